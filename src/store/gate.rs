//! The store's gate: the one way in for the use cases. A door opens the
//! command's transaction, resolves who acts and where (the org, and the
//! target: a dashboard, a chat, a team), asks the policy, and only once it
//! said yes hands over a [`Scope`] and, for a write, the [`Permit`] that
//! every store function changing data requires; nothing outside the store
//! can make either, so a change that skips the policy does not compile. A
//! write returns an [`Audited`] outcome naming its audit entries; the door
//! writes them in the same transaction (the audit writer is private to the
//! store), and a write that changed rows without naming an entry is an
//! internal error that rolls the transaction back.
//!
//! The doors, by who acts and on what:
//! - [`read_as`] / [`read_in`], [`write_as`] / [`write_as_then`] /
//!   [`write_in_then`]: a member, in the current org or one named on the
//!   command line, for one action of the policy table on the org;
//! - [`write_on`]: a member, for actions on one target ([`DashboardNamed`],
//!   [`ChatNumbered`], [`TeamNamed`]): missing and not visible alike are not
//!   found (exit 3), visible but not allowed is refused (exit 4);
//! - [`write_into`]: a user who becomes a member by the write itself (`org
//!   create`, `invite accept`), asked the policy once they are in;
//! - [`write_closing`]: an org's deletion, whose entry is written before the
//!   org's rows (and its audit counter) cascade away;
//! - [`write_personal`] / [`read_personal`]: a user's own changes and reads
//!   outside any org's permissions (`user add`, `user edit`, `invite
//!   decline`, `org list`); [`read_store`]: what names no user;
//! - [`write_batch`] / [`read_batch`]: `apply` and `export`, which ask for a
//!   scope per org of their file through the same table; `apply` records
//!   every change through a [`Ledger`].
//!
//! Before a write in an org, the door sweeps what ended there
//! ([`crate::store::leaving::sweep`]).

use crate::error::{Error, Refusal, Result, Thing};
use crate::model::audit::AuditAction;
use crate::model::Slug;
use crate::store::session::{self, Session, Source, Who};
use serde::Serialize;
use crate::policy::{self, Action, Decision, Facts, Target, Via};
use crate::model::{Email, InviteRef, Role};
use crate::store::chats::{self, Chat};
use crate::store::connectors::{self, Connector};
use crate::store::integrations::{self, Integration};
use crate::store::invites::Invite;
use crate::store::connector_grants;
use crate::store::dashboards::{self, Dashboard};
use crate::store::orgs::{self, Org};
use crate::store::users::User;
use crate::store::OrgId;
pub use crate::store::permit::Permit;
use crate::store::{audit, leaving, Store, Tx};

/// The acting user in an org, for an action the policy allowed. Its fields
/// are private: the only way to one is through a door of this module.
#[derive(Debug)]
pub struct Scope {
    session: Session,
}

impl Scope {
    /// `user` in `org`, for asking the policy what they may do (policy
    /// tests); `None` when they are not a member. Built inside the caller's
    /// transaction without declaring `user` as the one acting: it answers
    /// questions, and the ops that write take the acting user's scope.
    pub(crate) fn for_policy_test(tx: &Tx, org: &Org, user: User) -> Result<Option<Scope>> {
        let Some(role) = crate::store::members::role(tx, org.id, user.id)? else { return Ok(None) };
        let rules = session::rules(tx, org.id)?;
        Ok(Some(Scope { session: Session { actor: user, org: org.clone(), role: Some(role), rules, actor_source: None } }))
    }

    /// The org's id, for the store's queries and mutators.
    pub fn org_id(&self) -> OrgId {
        self.session.org.id
    }

    pub fn org(&self) -> &Org {
        &self.session.org
    }

    pub fn slug(&self) -> &str {
        self.session.slug()
    }

    pub fn actor(&self) -> &User {
        &self.session.actor
    }

    /// The acting user's role in the org.
    pub fn role(&self) -> Option<crate::model::Role> {
        self.session.role
    }

    /// Whether the acting user has `sight` in the org (the policy's sight table).
    pub fn sees(&self, sight: crate::policy::Sight) -> bool {
        self.session.sees(sight)
    }

    /// The checked session, for the helpers that still take one.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The policy's answer for `action` in this org (for `can-i`, and for
    /// the rare command whose right depends on its arguments).
    pub fn decide(&self, action: Action) -> Decision {
        self.decide_on(action, Target::Org)
    }

    /// The policy's answer for `action` on a target whose facts the caller
    /// loaded (a connector's grants).
    pub fn decide_on(&self, action: Action, target: Target) -> Decision {
        let s = &self.session;
        policy::decide(action, &Facts { org: s.slug(), role: s.role, target, rules: s.rules })
    }

    /// The dashboard `slug`, for `action`: one the user cannot view is not
    /// found (exit 3) exactly like a missing one, so that it does not leak;
    /// one they can view but not act on is refused (exit 4).
    pub fn dashboard(&self, tx: &Tx, slug: &Slug, action: Action) -> Result<Dashboard> {
        let found = self.dashboard_decision(tx, slug, action)?;
        self.granted(found, action, Thing::Dashboard, slug.to_string())
    }

    /// The dashboard `slug` and the policy's answer for `action` on it (for
    /// `can-i`); not found, as in [`Scope::dashboard`], when the user cannot view it.
    pub fn dashboard_decision(&self, tx: &Tx, slug: &Slug, action: Action) -> Result<(Dashboard, Decision)> {
        let missing = || self.missing(Thing::Dashboard, slug.to_string());
        let d = dashboards::find(tx, self.org_id(), slug)?.ok_or_else(missing)?;
        let s = &self.session;
        let facts = Facts { org: s.slug(), role: s.role, target: self.dashboard_target(tx, &d)?, rules: s.rules };
        if !policy::can_view_dashboard(&facts) {
            return Err(missing());
        }
        Ok((d, policy::decide(action, &facts)))
    }

    /// Whether the user can view the dashboard `slug` (false when it is missing).
    pub fn can_view_dashboard(&self, tx: &Tx, slug: &Slug) -> Result<bool> {
        match self.dashboard_decision(tx, slug, Action::View) {
            Ok(_) => Ok(true),
            Err(e) if matches!(e.refusal.as_deref(), Some(Refusal::Missing { thing: Thing::Dashboard, .. })) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The target found, if the policy's answer is yes; a refusal (exit 4) otherwise.
    fn granted<T>(&self, (target, decision): (T, Decision), action: Action, thing: Thing, name: String) -> Result<T> {
        match decision.allowed {
            true => Ok(target),
            false => Err(self.refusal(action, thing, name, decision)),
        }
    }

    /// A refusal (exit 4) of `action` on the `thing` named `name`, with the policy's reason.
    fn refusal(&self, action: Action, thing: Thing, name: String, decision: Decision) -> Error {
        let (email, org) = (self.actor().email.clone(), self.slug().to_string());
        Refusal::NotAllowedOn { email, action: action.to_string(), thing, name, org, reason: decision.reason }.into()
    }

    /// The `thing` named `name` is not in the org, or not for this user (exit 3).
    fn missing(&self, thing: Thing, name: String) -> Error {
        Refusal::Missing { thing, name, org: self.slug().to_string() }.into()
    }

    /// The policy's facts about the acting user and a dashboard.
    fn dashboard_target(&self, tx: &Tx, d: &Dashboard) -> Result<Target> {
        let me = self.actor().id;
        let grant = dashboards::grants_for_user(tx, d.id, me)?
            .into_iter()
            .next()
            .map(|(team, p)| (p, team.map_or(Via::Direct, Via::Team)));
        Ok(Target::Dashboard { visibility: d.visibility, is_owner: d.owner_id == Some(me), grant })
    }

    /// One of the user's chats, for `action`: another user's chat is not
    /// found, like a missing one (chats are private to their owner).
    pub fn chat(&self, tx: &Tx, id: i64, action: Action) -> Result<Chat> {
        let found = self.chat_decision(tx, id, action)?;
        self.granted(found, action, Thing::Chat, id.to_string())
    }

    /// The chat `id` and the policy's answer for `action` on it (for `can-i`).
    pub fn chat_decision(&self, tx: &Tx, id: i64, action: Action) -> Result<(Chat, Decision)> {
        // The store finds only the acting user's own chats.
        let chat = chats::find(tx, self.org_id(), self.actor().id, id)?
            .ok_or_else(|| self.missing(Thing::Chat, id.to_string()))?;
        Ok((chat, self.decide_on(action, Target::Chat { is_owner: true })))
    }
}

impl Scope {
    /// The connector `name`, for `action`: an org-level action
    /// (`manage-connectors`, `view-org`) is asked of the org before the
    /// connector is looked up, as any admin's work is; `use` is decided on
    /// the connector's grants. Every member sees that a connector exists; a
    /// guest sees only those granted to them (or a team of theirs), and any
    /// other answers exactly like a missing one.
    pub fn connector(&self, tx: &Tx, name: &Slug, action: Action) -> Result<Connector> {
        if !action.needs_target() {
            require(&self.session, action)?;
        }
        let found = self.connector_decision(tx, name, action)?;
        self.granted(found, action, Thing::Connector, name.to_string())
    }

    /// The connector `name` and the policy's answer for `action` on it (for
    /// `can-i` and `access review`); not found, as in [`Scope::connector`],
    /// when the user may not see it.
    pub fn connector_decision(&self, tx: &Tx, name: &Slug, action: Action) -> Result<(Connector, Decision)> {
        let missing = || self.missing(Thing::Connector, name.to_string());
        let k = connectors::find(tx, self.org_id(), name.as_str())?.ok_or_else(missing)?;
        let decision = self.connector_use(tx, &k, action)?;
        Ok((k, decision))
    }

    /// The policy's answer for `action` on the connector `k`, which the
    /// caller found; not found when the user may not see it. Its grants are
    /// read only when they decide: for `use`, or whether a guest sees it.
    pub fn connector_use(&self, tx: &Tx, k: &Connector, action: Action) -> Result<Decision> {
        let sees_all = self.sees(policy::Sight::UngrantedConnectors);
        let grant = match action.needs_target() || !sees_all {
            true => self.connector_grant(tx, k)?,
            false => None,
        };
        if !sees_all && grant.is_none() {
            return Err(self.missing(Thing::Connector, k.name.clone()));
        }
        Ok(match action.needs_target() {
            true => self.decide_on(action, Target::Connector { grant }),
            false => self.decide(action),
        })
    }

    /// Whether the user sees the connector `k` at all (`connector list`):
    /// every member sees that a connector exists, whether or not they may
    /// use it; a guest sees only those granted to them or a team of theirs.
    pub fn sees_connector(&self, tx: &Tx, k: &Connector) -> Result<bool> {
        Ok(self.sees(policy::Sight::UngrantedConnectors) || self.connector_grant(tx, k)?.is_some())
    }

    /// How the user holds a grant to use the connector `k`, if at all.
    fn connector_grant(&self, tx: &Tx, k: &Connector) -> Result<Option<Via>> {
        Ok(connector_grants::held_by(tx, k.id, self.actor().id)?.map(|team| team.map_or(Via::Direct, Via::Team)))
    }

    /// The integration `name`, once the org-level `action` is allowed.
    pub fn integration(&self, tx: &Tx, name: &Slug, action: Action) -> Result<Integration> {
        require(&self.session, action)?;
        integrations::find(tx, self.org_id(), name.as_str())?
            .ok_or_else(|| self.missing(Thing::Integration, name.to_string()))
    }

    /// A member of the org, by email, once the org-level `action` is allowed.
    pub fn member(&self, tx: &Tx, email: &Email, action: Action) -> Result<(User, Role)> {
        require(&self.session, action)?;
        crate::store::lookup::existing_member(tx, &self.session, email)
    }

    /// An invite of the org, by id or by email, once the org-level `action`
    /// is allowed: for an email, its newest open (pending or expired)
    /// invite, else its newest revoked one (so revoking twice is `unchanged`).
    pub fn invite(&self, tx: &Tx, r: &InviteRef, action: Action) -> Result<Invite> {
        require(&self.session, action)?;
        crate::store::lookup::invite(tx, &self.session, r)
    }

    /// The team `slug`, for `action` (`View`, or `Edit`: its membership,
    /// name and maintainers): a team a guest is not in is not found, like a
    /// missing one; one the user may see but not change is refused (exit 4).
    pub fn team(&self, tx: &Tx, slug: &Slug, action: Action) -> Result<crate::store::teams::Team> {
        // A member may change no team they do not maintain, missing or not:
        // refused as `manage-teams` is, so that nothing is learnt of slugs.
        let (team, decision) = match self.team_decision(tx, slug, action) {
            Err(e) if matches!(e.refusal.as_deref(), Some(Refusal::Missing { thing: Thing::Team, .. }))
                && action == Action::Edit
                && self.role() == Some(crate::model::Role::Member) =>
            {
                require(&self.session, Action::ManageTeams)?;
                return Err(e);
            }
            other => other?,
        };
        if !decision.allowed && action == Action::Edit && self.role() == Some(crate::model::Role::Member) {
            require(&self.session, Action::ManageTeams)?;
        }
        if !decision.allowed {
            return Err(self.refusal(action, Thing::Team, slug.to_string(), decision));
        }
        Ok(team)
    }

    /// The team `slug` and the policy's answer for `action` on it (for `can-i`).
    pub fn team_decision(&self, tx: &Tx, slug: &Slug, action: Action) -> Result<(crate::store::teams::Team, Decision)> {
        let s = &self.session;
        let team = crate::store::lookup::team(tx, s, slug)?;
        let role = crate::store::teams::role_of(tx, team.id, self.actor().id)?;
        let facts = Facts { org: s.slug(), role: s.role, target: Target::Team { slug: team.slug.clone(), role }, rules: s.rules };
        if !policy::decide(Action::View, &facts).allowed {
            return Err(crate::store::lookup::no_such_team(s, slug));
        }
        Ok((team, policy::decide(action, &facts)))
    }
}

/// One audit entry a write asks for.
#[derive(Debug)]
struct Entry {
    /// Recorded in the name of orgctl itself (what a sweep cleared).
    by_system: bool,
    action: AuditAction,
    target: String,
    details: String,
}

/// What a write did, and what the audit log records of it.
#[derive(Debug)]
#[must_use = "a write's outcome carries its audit entries: return it from the write"]
pub struct Audited<T> {
    outcome: Outcome,
    item: T,
    entries: Vec<Entry>,
}

impl<T> Audited<T> {
    /// Nothing changed: nothing to record.
    pub fn unchanged(item: T) -> Self {
        Audited { outcome: Outcome::Unchanged, item, entries: Vec::new() }
    }

    /// A change, recorded as `action` on `target` with `details`.
    pub fn changed(outcome: Outcome, item: T, action: AuditAction, target: &str, details: &str) -> Self {
        Audited { outcome, item, entries: vec![Entry { by_system: false, action, target: target.into(), details: details.into() }] }
    }

    /// [`Audited::changed`] when `did` (a store call that reports whether it
    /// changed anything), else unchanged.
    pub fn changed_if(did: bool, outcome: Outcome, item: T, action: AuditAction, target: &str, details: &str) -> Self {
        if did {
            Self::changed(outcome, item, action, target, details)
        } else {
            Self::unchanged(item)
        }
    }

    /// A change made of several recorded steps (one entry each, such as one
    /// per member added to a team); with no step, nothing changed.
    pub fn of_steps(outcome: Outcome, item: T, steps: Vec<Step>) -> Self {
        let entries: Vec<Entry> =
            steps.into_iter().map(|(action, target, details)| Entry { by_system: false, action, target, details }).collect();
        let outcome = if entries.is_empty() { Outcome::Unchanged } else { outcome };
        Audited { outcome, item, entries }
    }

    /// The same change about another item (a view of it for the receipt).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Audited<U> {
        Audited { outcome: self.outcome, item: f(self.item), entries: self.entries }
    }

    /// [`Audited::map`] with a view that may fail to load.
    pub fn try_map<U>(self, f: impl FnOnce(T) -> Result<U>) -> Result<Audited<U>> {
        Ok(Audited { outcome: self.outcome, item: f(self.item)?, entries: self.entries })
    }

    /// The item and the entries as steps, to be recorded with a larger
    /// change (one invite among several).
    pub fn into_steps(self) -> (T, Vec<Step>) {
        (self.item, self.entries.into_iter().map(|e| (e.action, e.target, e.details)).collect())
    }

    /// What the write did it to, before the door records it.
    pub fn item(&self) -> &T {
        &self.item
    }

    /// What happened, before the door records it.
    pub fn outcome(&self) -> Outcome {
        self.outcome
    }

    /// Each entry's target and details (for `apply`'s plan).
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|e| (e.target.as_str(), e.details.as_str()))
    }

    /// The same change, after what the first write in the org found ended
    /// and cleared (`swept`), which is recorded first, in the name of orgctl.
    fn after_sweep(mut self, swept: Vec<Step>) -> Self {
        let mut entries: Vec<Entry> = swept
            .into_iter()
            .map(|(action, target, details)| Entry { by_system: true, action, target, details })
            .collect();
        entries.append(&mut self.entries);
        self.entries = entries;
        self
    }

    /// Prefixes every entry's details with `note` (`via apply`), so the log
    /// tells where the change came from.
    pub fn noting(mut self, note: &str) -> Self {
        for e in &mut self.entries {
            e.details = if e.details.is_empty() { note.to_string() } else { format!("{note}; {}", e.details) };
        }
        self
    }
}

/// One audit entry, as a cascade hands it back to be recorded with its change.
pub type Step = (AuditAction, String, String);

/// Refuses (exit 4) unless the session's role allows the org-level action.
fn require(s: &Session, action: Action) -> Result<()> {
    let d = policy::decide(action, &Facts { org: s.slug(), role: s.role, target: Target::Org, rules: s.rules });
    if d.allowed {
        Ok(())
    } else {
        Err(Refusal::NotAllowed {
            email: s.actor.email.clone(),
            action: action_words(action),
            org: s.slug().to_string(),
            reason: d.reason,
        }
        .into())
    }
}

fn action_words(action: Action) -> &'static str {
    match action {
        Action::ViewOrg => "view the org",
        Action::ManageOrg => "change or delete the org",
        Action::Invite => "manage invites",
        Action::ManageMembers => "manage members",
        Action::ManageTeams => "manage teams",
        Action::ManageConnectors => "manage connectors",
        Action::UseConnectors => "use connectors",
        Action::ManageBilling => "see or change billing",
        Action::ViewAudit => "read the audit log",
        Action::CreateDashboard => "create dashboards",
        Action::LeaveOrg => "leave the org",
        Action::ManageIntegrations => "manage integrations",
        Action::ManageSecurity => "see or change the security settings",
        Action::Sync => "sync members from a directory",
        Action::Use => "use this",
        Action::ReviewAccess => "review everyone's access (any member may review their own with `--user`)",
        Action::SuspendMembers => "suspend or reactivate members",
        Action::View => "view this",
        Action::Edit => "edit this",
        Action::Share => "share this",
        Action::Delete => "delete this",
    }
}

/// Writes a write's audit entries, in its transaction: the one place that
/// does, reached only through the doors below.
fn record<T>(
    permit: &Permit,
    actor: Option<&User>,
    source: Option<Source>,
    org: Option<&Org>,
    done: Audited<T>,
) -> Result<(Outcome, T)> {
    let mut entries = Vec::new();
    let done = pend(permit, &mut entries, actor, source, org, done)?;
    audit::record_all(permit, &entries)?;
    Ok(done)
}

/// A write's audit entries, appended to `entries` to be written later in
/// the same transaction; an internal error if the write changed rows
/// through `permit` and named no entry for them.
fn pend<T>(
    permit: &Permit,
    entries: &mut Vec<audit::Pending>,
    actor: Option<&User>,
    source: Option<Source>,
    org: Option<&Org>,
    done: Audited<T>,
) -> Result<(Outcome, T)> {
    if permit.take_wrote() && done.entries.is_empty() {
        return Err(Error::internal("a write changed rows and named no audit entry for them"));
    }
    let at = crate::model::now();
    entries.extend(done.entries.into_iter().map(|e| {
        let (actor, actor_source) = match e.by_system {
            true => (Some(SYSTEM_ACTOR.to_string()), None),
            false => (actor.map(|u| u.email.clone()), actor.and(source).map(Source::as_str)),
        };
        audit::Pending {
            at,
            actor,
            actor_source,
            org: org.map(|o| (o.id, o.slug.clone())),
            action: e.action.as_str(),
            target: e.target,
            details: e.details,
        }
    }));
    Ok((done.outcome, done.item))
}

/// Who the audit log names for what orgctl itself did (what ended, cleared
/// by the first write after it).
pub const SYSTEM_ACTOR: &str = "orgctl";

/// Records a write made in a scope, and reports it in the scope's org.
fn record_in<T>(permit: &Permit, scope: &Scope, done: Audited<T>) -> Result<Change<T>> {
    let s = &scope.session;
    let (outcome, item) = record(permit, Some(&s.actor), s.actor_source, Some(&s.org), done)?;
    Ok(Change::new(outcome, Some(scope.slug()), item))
}

fn scope(tx: &Tx, who: &Who, org: Option<&Slug>, action: Action) -> Result<Scope> {
    let session = session::in_org_or(tx, who, org)?;
    require(&session, action)?;
    Ok(Scope { session })
}

/// Runs a read in one transaction, as the acting user in the current org,
/// once the policy allows `action`.
pub fn read_as<T>(store: &mut Store, who: &Who, action: Action, f: impl FnMut(&Tx, &Scope) -> Result<T>) -> Result<T> {
    read_in(store, who, None, action, f)
}

/// [`read_as`] in the org named on the command line (`org show SLUG`), or the
/// current org when none is named.
pub fn read_in<T>(
    store: &mut Store,
    who: &Who,
    org: Option<&Slug>,
    action: Action,
    mut f: impl FnMut(&Tx, &Scope) -> Result<T>,
) -> Result<T> {
    store.read(|tx| f(tx, &scope(tx, who, org, action)?))
}

/// A read of the acting user's own, outside any org's permissions: the orgs
/// they belong to, themselves, the users they share an org with. The user
/// must exist (not found, or a stale context, otherwise).
pub fn read_personal<T>(store: &mut Store, who: &Who, mut f: impl FnMut(&Tx, &User) -> Result<T>) -> Result<T> {
    store.read(|tx| f(tx, &session::actor(tx, who)?))
}

/// A read of the store's own state that names no user: which orgs exist to
/// be completed on a command line, the schema. Nothing of any org's data
/// that the acting user may not see: on PostgreSQL the database shows each
/// login only its own.
pub fn read_store<T>(store: &mut Store, mut f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
    store.read(|tx| f(tx))
}

/// Runs a write in one IMMEDIATE transaction, as the acting user in the
/// current org, once the policy allows `action`; writes the audit entries the
/// outcome names, in the same transaction.
pub fn write_as<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    write_in_then(store, who, None, action, true, f)
}

/// [`write_as`], committed only if `commit` is true (a dry run does the same
/// work, audit entries included, and keeps none of it).
pub fn write_as_then<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    commit: bool,
    f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    write_in_then(store, who, None, action, commit, f)
}

/// Runs a write in one IMMEDIATE transaction, as the acting user in the
/// org named on the command line (or the current one), once the policy
/// allows `action`; the store first clears what ended in the org
/// ([`leaving::sweep`]: its entries, in the name of orgctl, recorded before
/// the write's own);
/// writes the audit entries the outcome names, in the same transaction;
/// committed only if `commit` (a dry run does the same work, audit entries
/// included, and keeps none of it).
pub fn write_in_then<T>(
    store: &mut Store,
    who: &Who,
    org: Option<&Slug>,
    action: Action,
    commit: bool,
    mut f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    store.write_then(commit, |tx| {
        let scope = scope(tx, who, org, action)?;
        let permit = Permit::new(tx);
        let swept = leaving::sweep(&permit, scope.org_id(), crate::model::now())?;
        let done = f(&permit, &scope)?.after_sweep(swept);
        record_in(&permit, &scope, done)
    })
}

/// What a command acts on inside the org, as the user named it: the door
/// resolves it for an action (missing and not visible alike are not found;
/// visible but not allowed is refused, exit 4), so a use case receives the
/// target only once the policy allowed that action on it.
pub trait Named {
    /// The target, loaded.
    type Item;
    /// The target if the policy allows `action` on it for the scope's user.
    fn resolve(&self, tx: &Tx, scope: &Scope, action: Action) -> Result<Self::Item>;
}

/// Declares a target the door resolves: a struct holding what the command
/// names it by, and the [`Scope`] resolver that loads it for an action.
macro_rules! target {
    ($(#[$doc:meta])* $name:ident(&$key:ty) => $item:ty, $resolver:ident) => {
        $(#[$doc])*
        pub struct $name<'a>(pub &'a $key);

        impl Named for $name<'_> {
            type Item = $item;
            fn resolve(&self, tx: &Tx, scope: &Scope, action: Action) -> Result<$item> {
                scope.$resolver(tx, self.0, action)
            }
        }
    };
}

target!(
    /// A dashboard, by slug.
    DashboardNamed(&Slug) => Dashboard, dashboard
);

/// One of the user's chats, by number.
pub struct ChatNumbered(pub i64);

impl Named for ChatNumbered {
    type Item = Chat;
    fn resolve(&self, tx: &Tx, scope: &Scope, action: Action) -> Result<Chat> {
        scope.chat(tx, self.0, action)
    }
}

target!(
    /// A connector, by name.
    ConnectorNamed(&Slug) => Connector, connector
);

target!(
    /// An integration, by name.
    IntegrationNamed(&Slug) => Integration, integration
);

target!(
    /// A member of the org, by email: the user and their role.
    MemberNamed(&Email) => (User, Role), member
);

target!(
    /// An invite of the org, by id or email.
    InviteNamed(&InviteRef) => Invite, invite
);

/// A target that may be missing (`--ignore-missing`): the use case gets
/// the "not found" answer to make an `unchanged` of; a refusal stays a
/// refusal, and the policy is asked before the lookup all the same.
pub struct OrMissing<N>(pub N);

impl<N: Named> Named for OrMissing<N> {
    type Item = Result<N::Item>;
    fn resolve(&self, tx: &Tx, scope: &Scope, action: Action) -> Result<Result<N::Item>> {
        match self.0.resolve(tx, scope, action) {
            Err(e) if e.refusal.as_deref().is_some_and(Refusal::is_missing) => Ok(Err(e)),
            other => other.map(Ok),
        }
    }
}

target!(
    /// A team, by slug.
    TeamNamed(&Slug) => crate::store::teams::Team, team
);

/// A read of one target in the current org: the user must be in the org,
/// and the policy must allow `action` on `target`; `f` gets the target.
pub fn read_on<N: Named, T>(
    store: &mut Store,
    who: &Who,
    target: N,
    action: Action,
    mut f: impl FnMut(&Tx, &Scope, N::Item) -> Result<T>,
) -> Result<T> {
    store.read(|tx| {
        let scope = scope(tx, who, None, Action::ViewOrg)?;
        let item = target.resolve(tx, &scope, action)?;
        f(tx, &scope, item)
    })
}

/// A write on one target in the current org: the user must be in the org,
/// and the policy must allow each of `actions` on `target` (checked in
/// order: the first refusal answers); `f` gets the target as the last
/// check loaded it. Otherwise as [`write_in_then`].
#[allow(clippy::too_many_arguments)]
pub fn write_on<N: Named, T>(
    store: &mut Store,
    who: &Who,
    target: N,
    actions: &[Action],
    commit: bool,
    mut f: impl FnMut(&Permit, &Scope, N::Item) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    store.write_then(commit, |tx| {
        let scope = scope(tx, who, None, Action::ViewOrg)?;
        let permit = Permit::new(tx);
        let swept = leaving::sweep(&permit, scope.org_id(), crate::model::now())?;
        let mut item = None;
        for action in actions {
            item = Some(target.resolve(tx, &scope, *action)?);
        }
        let item = item.ok_or_else(|| Error::internal("a write on a target that names no action"))?;
        let done = f(&permit, &scope, item)?.after_sweep(swept);
        record_in(&permit, &scope, done)
    })
}


/// [`write_in_then`] in the current org, committed, with `deliver` run on the
/// change inside the transaction, before the commit: what must reach the
/// user (an invite's token) is written first, and a failure to write it
/// rolls the change back.
pub fn write_as_delivering<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    mut f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
    mut deliver: impl FnMut(&Change<T>) -> Result<()>,
) -> Result<Change<T>> {
    store.write_then(true, |tx| {
        let scope = scope(tx, who, None, action)?;
        let permit = Permit::new(tx);
        let swept = leaving::sweep(&permit, scope.org_id(), crate::model::now())?;
        let done = f(&permit, &scope)?.after_sweep(swept);
        let change = record_in(&permit, &scope, done)?;
        deliver(&change)?;
        Ok(change)
    })
}

/// A write by which the acting user (who must exist) enters an org: `f`
/// creates the org with them as its admin, or makes them a member from an
/// invite, and returns the org's slug with what it did. The scope is asked
/// only then, in that org, for `action`; the entries are recorded in it.
pub fn write_into<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    mut f: impl FnMut(&Permit, &User) -> Result<(Slug, Audited<T>)>,
) -> Result<Change<T>> {
    store.write(|tx| {
        let me = session::actor(tx, who)?;
        let permit = Permit::new(tx);
        let (slug, done) = f(&permit, &me)?;
        let scope = scope(tx, who, Some(&slug), action)?;
        record_in(&permit, &scope, done)
    })
}

/// Deletes the org named on the command line once the policy allows
/// `ManageOrg`: `f` works out what goes with it, its entries are recorded
/// while the org (whose counter numbers them) still exists, and then the door
/// deletes the org with everything in it. Committed only if `commit`.
pub fn write_closing<T>(
    store: &mut Store,
    who: &Who,
    org: &Slug,
    commit: bool,
    mut f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    store.write_then(commit, |tx| {
        let scope = scope(tx, who, Some(org), Action::ManageOrg)?;
        let permit = Permit::new(tx);
        let done = f(tx, &scope)?;
        let change = record_in(&permit, &scope, done)?;
        orgs::delete(&permit, scope.org_id())?;
        Ok(change)
    })
}

/// A change of the user's own, outside any org's permissions: registering a
/// user (which needs no login), renaming oneself, declining an invite. `f`
/// returns the org the change belongs to, if any; the acting user, if they
/// exist once `f` ran, is recorded as given.
pub fn write_personal<T>(
    store: &mut Store,
    who: &Who,
    mut f: impl FnMut(&Permit) -> Result<(Option<Org>, Audited<T>)>,
) -> Result<Change<T>> {
    store.write(|tx| {
        // The actor may exist only once `f` ran (`user add` of oneself).
        let before = session::find_actor(tx, who)?;
        let permit = Permit::new(tx);
        let (org, done) = f(&permit)?;
        let actor = match before {
            Some(a) => Some(a),
            None => session::find_actor(tx, who)?,
        };
        let (outcome, item) = record(&permit, actor.as_ref(), who.user_source(), org.as_ref(), done)?;
        Ok(Change::new(outcome, org.as_ref().map(|o| o.slug.as_str()), item))
    })
}

/// Runs `apply` in one IMMEDIATE transaction (committed only if `commit`):
/// `f` gets a [`Ledger`] that holds the transaction's permit, hands out a scope
/// per org through the policy table and records every change; a change in
/// an org is recorded with its scope, so only in an org where the policy
/// said yes, and a write recorded by no entry is an internal error.
pub fn write_batch<T>(
    store: &mut Store,
    who: &Who,
    commit: bool,
    mut f: impl FnMut(&mut Ledger) -> Result<T>,
) -> Result<T> {
    store.write_then(commit, |tx| {
        let permit = Permit::new(tx);
        let mut ledger = Ledger { asker: Asker::new(tx, who)?, permit: &permit, pending: Default::default() };
        let out = f(&mut ledger)?;
        audit::record_all(&permit, &ledger.pending.into_inner())?;
        Ok(out)
    })
}

/// Runs `export` in one read transaction: `f` gets an [`Asker`] that hands
/// out a scope per org through the policy table.
pub fn read_batch<T>(store: &mut Store, who: &Who, mut f: impl FnMut(&Tx, &Asker) -> Result<T>) -> Result<T> {
    store.read(|tx| f(tx, &Asker::new(tx, who)?))
}

/// The acting user of a command that spans orgs (`apply`, `export`), who
/// may be declared in the file before they exist, and the policy's answer
/// in each org.
pub struct Asker<'a> {
    who: &'a Who,
    actor: Option<User>,
}

impl<'a> Asker<'a> {
    fn new(tx: &Tx, who: &'a Who) -> Result<Asker<'a>> {
        let mut asker = Asker { who, actor: None };
        asker.refresh_actor(tx)?;
        Ok(asker)
    }

    /// The acting user, if they exist yet.
    pub fn actor(&self) -> Option<&User> {
        self.actor.as_ref()
    }

    /// Looks the acting user up again (once the file's users are in).
    pub fn refresh_actor(&mut self, tx: &Tx) -> Result<()> {
        self.actor = session::find_actor(tx, self.who)?;
        Ok(())
    }

    /// Enters `org` and gives a scope there once the policy allows every one
    /// of `actions`, or the first refusal (the caller words the error). An
    /// actor the store does not know yet holds no role: every action is refused.
    pub fn scope(&self, tx: &Tx, org: &Org, actions: &[Action]) -> Result<std::result::Result<Scope, Decision>> {
        tx.enter_org(org.id)?;
        let role = match &self.actor {
            Some(a) => match session::standing_in(tx, org.id, a.id)? {
                policy::Standing::Active(role) => Some(role),
                _ => None,
            },
            None => None,
        };
        let rules = session::rules(tx, org.id)?;
        for action in actions {
            let d = policy::decide(*action, &Facts { org: &org.slug, role, target: Target::Org, rules });
            if !d.allowed {
                return Ok(Err(d));
            }
        }
        let Some(actor) = self.actor.clone() else {
            return Ok(Err(Decision { allowed: false, reason: format!("not a member of {}", org.slug) }));
        };
        Ok(Ok(Scope {
            session: Session { actor, org: org.clone(), role, rules, actor_source: self.who.user_source() },
        }))
    }
}

/// An [`Asker`] that also records the changes of `apply`.
pub struct Ledger<'a, 'p, 't> {
    asker: Asker<'a>,
    permit: &'a Permit<'p, 't>,
    /// The entries recorded so far, in order: written together when the
    /// batch ends (or the acting user is looked up again), in its transaction.
    pending: std::cell::RefCell<Vec<audit::Pending>>,
}

impl<'a> std::ops::Deref for Ledger<'a, '_, '_> {
    type Target = Asker<'a>;
    fn deref(&self) -> &Asker<'a> {
        &self.asker
    }
}

impl<'a> std::ops::DerefMut for Ledger<'a, '_, '_> {
    fn deref_mut(&mut self) -> &mut Asker<'a> {
        &mut self.asker
    }
}

impl<'a, 'p, 't> Ledger<'a, 'p, 't> {
    /// The transaction's permit, for apply's writes.
    pub fn permit(&self) -> &'a Permit<'p, 't> {
        self.permit
    }

    /// [`Asker::refresh_actor`], once the entries recorded so far are
    /// written: on PostgreSQL the database names the acting user it knows
    /// when it writes them, and those were recorded before they existed.
    pub fn refresh_actor(&mut self, tx: &Tx) -> Result<()> {
        audit::record_all(self.permit, &std::mem::take(self.pending.get_mut()))?;
        self.asker.refresh_actor(tx)
    }

    /// Records a change: in a scope's org, or (for users) in none; its
    /// entries are written with the others when the batch ends.
    pub fn record<T>(&self, scope: Option<&Scope>, done: Audited<T>) -> Result<(Outcome, T)> {
        let org = scope.map(|s| &s.session.org);
        let mut pending = self.pending.borrow_mut();
        pend(self.permit, &mut pending, self.asker.actor.as_ref(), self.asker.who.user_source(), org, done)
    }
}

/// What a change did, as reported in `"action"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    Deleted,
}

impl Outcome {
    /// How many of `outcomes` created, updated and deleted something.
    pub fn tally(outcomes: impl Iterator<Item = Outcome>) -> (usize, usize, usize) {
        outcomes.fold((0, 0, 0), |(c, u, d), o| match o {
            Outcome::Created => (c + 1, u, d),
            Outcome::Updated => (c, u + 1, d),
            Outcome::Deleted => (c, u, d + 1),
            Outcome::Unchanged => (c, u, d),
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::Deleted => "deleted",
        }
    }
}

/// The result of a change: what happened, in which org, to what.
#[derive(Debug, Clone)]
pub struct Change<T> {
    pub outcome: Outcome,
    pub org: Option<String>,
    pub item: T,
    /// A `--dry-run`: the change was worked out in a transaction that was rolled back.
    pub dry_run: bool,
}

impl<T> Change<T> {
    pub fn new(outcome: Outcome, org: Option<&str>, item: T) -> Self {
        Change { outcome, org: org.map(str::to_string), item, dry_run: false }
    }

    /// The same change about another item (a view of it for the receipt).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Change<U> {
        Change { outcome: self.outcome, org: self.org, item: f(self.item), dry_run: self.dry_run }
    }

    /// Marks the change as a preview that was not kept.
    pub fn dry(mut self, dry_run: bool) -> Self {
        self.dry_run = dry_run;
        self
    }
}


#[cfg(test)]
impl Store {
    /// A write with a permit and no policy, for the store's own unit tests.
    pub(in crate::store) fn write_permitted<T>(&mut self, mut f: impl FnMut(&Permit) -> Result<T>) -> Result<T> {
        self.write(|tx| f(&Permit::new(tx)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::model::{Email, Name, Role};
    use crate::ops::{Sourced, Who};
    use crate::store::{members, users};

    /// A store with acme, whose admin is ada (the acting user of `who`).
    fn acme() -> (tempfile::TempDir, Store, Who) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::in_memory(&dir.path().join("m.db")).unwrap();
        store
            .write_permitted(|p| {
                let ada = users::insert(p, &Email::parse("ada@x.test")?, &Name::parse("Ada")?, 0)?;
                let org = orgs::insert(p, &Slug::parse("acme")?, &Name::parse("Acme")?, 0)?;
                members::insert(p, org.id, ada.id, Role::Admin, 0)
            })
            .unwrap();
        let who = Who {
            user: Some(Sourced { value: Email::parse("ada@x.test").unwrap(), source: Source::Flag }),
            org: Some(Sourced { value: Slug::parse("acme").unwrap(), source: Source::Flag }),
            org_id: None,
        };
        (dir, store, who)
    }

    /// Adds bob, a member of acme, and returns him as the acting user.
    fn with_bob(store: &mut Store, who: &Who) -> Who {
        store
            .write_permitted(|p| {
                let bob = users::insert(p, &Email::parse("bob@x.test")?, &Name::parse("Bob")?, 0)?;
                let org = orgs::find(p, &Slug::parse("acme")?)?.expect("acme");
                members::insert(p, org.id, bob.id, Role::Member, 0)
            })
            .unwrap();
        Who { user: Some(Sourced { value: Email::parse("bob@x.test").unwrap(), source: Source::Flag }), ..who.clone() }
    }

    fn name(store: &mut Store, who: &Who) -> String {
        read_as(store, who, Action::ViewOrg, |_, scope| Ok(scope.org().name.clone())).unwrap()
    }

    #[test]
    fn a_write_that_changes_rows_and_names_no_audit_entry_is_rolled_back() {
        let (_dir, mut store, who) = acme();
        let renamed = write_as(&mut store, &who, Action::ManageOrg, |p, scope| {
            orgs::set_name(p, scope.org_id(), &Name::parse("Sneaky")?)?;
            Ok(Audited::unchanged(()))
        });
        let e = renamed.expect_err("an unaudited change is refused");
        assert_eq!(e.kind, ErrorKind::Internal, "{e:?}");
        assert_eq!(name(&mut store, &who), "Acme", "and nothing of it is kept");
        // The same change, named, goes through and is recorded.
        write_as(&mut store, &who, Action::ManageOrg, |p, scope| {
            orgs::set_name(p, scope.org_id(), &Name::parse("Acme Two")?)?;
            Ok(Audited::changed(Outcome::Updated, (), AuditAction::OrgEdit, "acme", "name=Acme→Acme Two"))
        })
        .unwrap();
        assert_eq!(name(&mut store, &who), "Acme Two");
    }

    #[test]
    fn a_query_that_changes_data_outside_a_permit_is_refused() {
        let (_dir, mut store, who) = acme();
        let e = read_as(&mut store, &who, Action::ViewOrg, |tx, _| {
            tx.query_row("UPDATE orgs SET name = 'Sneaky' RETURNING name", (), |r| r.get::<String>(0))
        })
        .expect_err("a read that writes is refused");
        assert_eq!(e.kind, ErrorKind::Internal, "{e:?}");
        assert_eq!(name(&mut store, &who), "Acme");
    }

    #[test]
    fn a_refused_action_never_reaches_the_write() {
        let (_dir, mut store, who) = acme();
        let bob = with_bob(&mut store, &who);
        let mut reached = false;
        let e = write_as(&mut store, &bob, Action::ManageOrg, |_, _| {
            reached = true;
            Ok(Audited::unchanged(()))
        })
        .expect_err("a member may not manage the org");
        assert_eq!(e.kind, ErrorKind::Forbidden, "{e:?}");
        assert!(!reached, "the write ran without the policy's yes");
    }

    /// A target is resolved by the door for the action the use case
    /// performs: the policy first (a refusal never reaches the lookup, nor
    /// the write), then the lookup; `OrMissing` hands "not found" over as
    /// data, and a refusal stays a refusal.
    #[test]
    fn a_target_is_resolved_by_the_door_for_the_action_performed() {
        let (_dir, mut store, who) = acme();
        let bob = with_bob(&mut store, &who);
        let nope = Slug::parse("nope").unwrap();
        let mut reached = false;
        let e = write_on(&mut store, &bob, ConnectorNamed(&nope), &[Action::ManageConnectors], true, |_, _, _| {
            reached = true;
            Ok(Audited::unchanged(()))
        })
        .expect_err("a member may not manage connectors");
        assert!(matches!(e.refusal.as_deref(), Some(Refusal::NotAllowed { .. })), "refused before the lookup: {e:?}");
        assert!(!reached);
        let e = write_on(&mut store, &who, ConnectorNamed(&nope), &[Action::ManageConnectors], true, |_, _, _| {
            reached = true;
            Ok(Audited::unchanged(()))
        })
        .expect_err("no such connector");
        assert!(matches!(e.refusal.as_deref(), Some(Refusal::Missing { thing: Thing::Connector, .. })), "{e:?}");
        assert!(!reached);
        let found = write_on(&mut store, &who, OrMissing(ConnectorNamed(&nope)), &[Action::ManageConnectors], true, |_, _, k| {
            Ok(Audited::unchanged(k.is_err()))
        })
        .unwrap();
        assert!(found.item, "a missing target is handed over as data");
        let e = write_on(&mut store, &bob, OrMissing(ConnectorNamed(&nope)), &[Action::ManageConnectors], true, |_, _, _| {
            reached = true;
            Ok(Audited::unchanged(()))
        })
        .expect_err("a refusal stays a refusal");
        assert_eq!(e.kind, ErrorKind::Forbidden, "{e:?}");
        assert!(!reached);
        let ada = Email::parse("ada@x.test").unwrap();
        let (user, role) = read_on(&mut store, &bob, MemberNamed(&ada), Action::ViewOrg, |_, _, m| Ok(m)).unwrap();
        assert_eq!((user.email.as_str(), role), ("ada@x.test", Role::Admin));
    }
}
