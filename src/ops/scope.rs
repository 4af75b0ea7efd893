//! One door for every change: a use case asks for a [`Scope`] with the action
//! it is about to take, and gets one only once the policy said yes, inside the
//! command's transaction. A write returns an [`Audited`] outcome naming what
//! the audit log records of it, and the door writes those entries: the audit
//! writer is private to this module, so a write that skips the policy or the
//! audit does not compile.
//!
//! The doors, by who acts and where:
//! - [`read_as`] / [`read_in`], [`write_as`] / [`write_as_then`] /
//!   [`write_in_then`]: a member, in the current org or one named on the
//!   command line, for one action of the policy table;
//! - [`write_into`]: a user who becomes a member by the write itself (`org
//!   create`, `invite accept`), asked the policy once they are in;
//! - [`write_closing`]: an org's deletion, whose entry is written before the
//!   org's rows (and its audit counter) cascade away;
//! - [`write_personal`]: a change of the user's own, outside any org's
//!   permissions (`user add`, `user edit`, `invite decline`);
//! - [`write_batch`] / [`read_batch`]: `apply` and `export`, which ask for a
//!   scope per org of their file through the same table; `apply` records
//!   every change through a [`Ledger`].
//!
//! Dashboard and chat targets come from the scope too ([`Scope::dashboard`],
//! [`Scope::chat`]), so a refusal and "not found for you" are decided in one
//! place.

use crate::error::{Error, Result};
use crate::model::audit::AuditAction;
use crate::model::Slug;
use crate::ops::{session, Change, Outcome, Session, Source, Who};
use crate::policy::{self, Action, Decision, Facts, Target, Via};
use crate::store::chats::{self, Chat};
use crate::store::dashboards::{self, Dashboard};
use crate::store::orgs::{self, Org};
use crate::store::users::User;
use crate::store::OrgId;
use crate::store::{audit, Store, Tx};

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
        let (d, decision) = self.dashboard_decision(tx, slug, action)?;
        if !decision.allowed {
            let hint = format!("see who can with `orgctl dashboard access {slug}`");
            return Err(self.refusal(action, &format!("dashboard {slug}"), decision).with_hint(hint));
        }
        Ok(d)
    }

    /// The dashboard `slug` and the policy's answer for `action` on it (for
    /// `can-i`); not found, as in [`Scope::dashboard`], when the user cannot view it.
    pub fn dashboard_decision(&self, tx: &Tx, slug: &Slug, action: Action) -> Result<(Dashboard, Decision)> {
        let missing = || {
            Error::not_found(format!("dashboard {slug} does not exist in {}", self.slug()))
                .with_hint("see the dashboards you can view with `orgctl dashboard list`")
        };
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
            Err(e) if e.kind == crate::error::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// A refusal (exit 4) of `action` on `what`, with the policy's reason.
    fn refusal(&self, action: Action, what: &str, decision: Decision) -> Error {
        let (who, org) = (&self.actor().email, self.slug());
        Error::forbidden(format!("{who} may not {action} {what} in {org}: {}", decision.reason))
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
        let (chat, decision) = self.chat_decision(tx, id, action)?;
        if !decision.allowed {
            return Err(self.refusal(action, &format!("chat {id}"), decision));
        }
        Ok(chat)
    }

    /// The chat `id` and the policy's answer for `action` on it (for `can-i`).
    pub fn chat_decision(&self, tx: &Tx, id: i64, action: Action) -> Result<(Chat, Decision)> {
        // The store finds only the acting user's own chats.
        let chat = chats::find(tx, self.org_id(), self.actor().id, id)?.ok_or_else(|| {
            Error::not_found(format!("chat {id} does not exist in {}", self.slug()))
                .with_hint("see your chats with `orgctl chat list`")
        })?;
        Ok((chat, self.decide_on(action, Target::Chat { is_owner: true })))
    }
}

impl Scope {
    /// The team `slug`, for `action` (`View`, or `Edit`: its membership,
    /// name and maintainers): a team a guest is not in is not found, like a
    /// missing one; one the user may see but not change is refused (exit 4).
    pub fn team(&self, tx: &Tx, slug: &Slug, action: Action) -> Result<crate::store::teams::Team> {
        // A member may change no team they do not maintain, missing or not:
        // refused as `manage-teams` is, so that nothing is learnt of slugs.
        let (team, decision) = match self.team_decision(tx, slug, action) {
            Err(e) if e.kind == crate::error::ErrorKind::NotFound
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
            return Err(self.refusal(action, &format!("team {slug}"), decision)
                .with_hint(format!("ask an admin of {} or a maintainer of team {slug}", self.slug())));
        }
        Ok(team)
    }

    /// The team `slug` and the policy's answer for `action` on it (for `can-i`).
    pub fn team_decision(&self, tx: &Tx, slug: &Slug, action: Action) -> Result<(crate::store::teams::Team, Decision)> {
        let s = &self.session;
        let team = crate::ops::lookup::team(tx, s, slug)?;
        let role = crate::store::teams::role_of(tx, team.id, self.actor().id)?;
        let facts = Facts { org: s.slug(), role: s.role, target: Target::Team { slug: team.slug.clone(), role }, rules: s.rules };
        if !policy::decide(Action::View, &facts).allowed {
            return Err(crate::ops::lookup::no_such_team(s, slug));
        }
        Ok((team, policy::decide(action, &facts)))
    }
}

/// One audit entry a write asks for.
#[derive(Debug)]
struct Entry {
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
        Audited { outcome, item, entries: vec![Entry { action, target: target.into(), details: details.into() }] }
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
            steps.into_iter().map(|(action, target, details)| Entry { action, target, details }).collect();
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
        Err(Error::forbidden(format!(
            "{} may not {} in {}: {}",
            s.actor.email,
            action_words(action),
            s.slug(),
            d.reason
        ))
        .with_hint(format!("ask an admin of {} (see `orgctl member list --role admin`)", s.slug())))
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
    tx: &Tx,
    actor: Option<&User>,
    source: Option<Source>,
    org: Option<&Org>,
    done: Audited<T>,
) -> Result<(Outcome, T)> {
    let mut entries = Vec::new();
    let done = pend(&mut entries, actor, source, org, done);
    audit::record_all(tx, &entries)?;
    Ok(done)
}

/// A write's audit entries, appended to `entries` to be written later.
fn pend<T>(
    entries: &mut Vec<audit::Pending>,
    actor: Option<&User>,
    source: Option<Source>,
    org: Option<&Org>,
    done: Audited<T>,
) -> (Outcome, T) {
    let at = crate::model::now();
    entries.extend(done.entries.into_iter().map(|e| audit::Pending {
        at,
        actor: actor.map(|u| u.email.clone()),
        actor_source: actor.and(source).map(Source::as_str),
        org: org.map(|o| (o.id, o.slug.clone())),
        action: e.action.as_str(),
        target: e.target,
        details: e.details,
    }));
    (done.outcome, done.item)
}

/// Records a write made in a scope, and reports it in the scope's org.
fn record_in<T>(tx: &Tx, scope: &Scope, done: Audited<T>) -> Result<Change<T>> {
    let s = &scope.session;
    let (outcome, item) = record(tx, Some(&s.actor), s.actor_source, Some(&s.org), done)?;
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

/// Runs a write in one IMMEDIATE transaction, as the acting user in the
/// current org, once the policy allows `action`; writes the audit entries the
/// outcome names, in the same transaction.
pub fn write_as<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    write_as_then(store, who, action, true, f)
}

/// [`write_as`], committed only if `commit` is true (a dry run does the same
/// work, audit entries included, and keeps none of it).
pub fn write_as_then<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    commit: bool,
    f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    write_in_then(store, who, None, action, commit, f)
}

/// [`write_as_then`] in the org named on the command line (`org leave SLUG`),
/// or the current org when none is named.
pub fn write_in_then<T>(
    store: &mut Store,
    who: &Who,
    org: Option<&Slug>,
    action: Action,
    commit: bool,
    mut f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    store.write_then(commit, |tx| {
        let scope = scope(tx, who, org, action)?;
        sweep(tx, &scope)?;
        let done = f(tx, &scope)?;
        record_in(tx, &scope, done)
    })
}

/// [`write_as`], with `deliver` run on the change inside the transaction,
/// before the commit: what must reach the user (an invite's token) is
/// written first, and a failure to write it rolls the change back.
pub fn write_as_delivering<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    mut f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
    mut deliver: impl FnMut(&Change<T>) -> Result<()>,
) -> Result<Change<T>> {
    store.write_then(true, |tx| {
        let scope = scope(tx, who, None, action)?;
        sweep(tx, &scope)?;
        let done = f(tx, &scope)?;
        let change = record_in(tx, &scope, done)?;
        deliver(&change)?;
        Ok(change)
    })
}

/// The first write in an org after something in it ended (a membership, a
/// temporary role, a suspension's `--until`, a team membership, a grant)
/// records the end, with actor `orgctl`, and clears the rows away, in the
/// write's transaction, whoever writes. Access was already decided at read
/// time; this keeps the audit log and the stored rows in step with it. On
/// PostgreSQL the database does it (a member may not write those rows).
fn sweep(tx: &Tx, scope: &Scope) -> Result<()> {
    let at = crate::model::now();
    if crate::store::lifecycle::swept_by_database(tx, scope.org_id(), at)? {
        return Ok(());
    }
    let steps = crate::ops::lifecycle::sweep(tx, scope.session())?;
    if steps.is_empty() {
        return Ok(());
    }
    for (action, target, details) in steps {
        audit::record(
            tx,
            at,
            &audit::Record {
                actor: Some(crate::ops::lifecycle::SYSTEM_ACTOR),
                actor_source: None,
                org: Some((scope.org_id(), scope.slug())),
                action: action.as_str(),
                target: &target,
                details: &details,
            },
        )?;
    }
    Ok(())
}

/// A write by which the acting user (who must exist) enters an org: `f`
/// creates the org with them as its admin, or makes them a member from an
/// invite, and returns the org's slug with what it did. The scope is asked
/// only then, in that org, for `action`; the entries are recorded in it.
pub fn write_into<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    mut f: impl FnMut(&Tx, &User) -> Result<(Slug, Audited<T>)>,
) -> Result<Change<T>> {
    store.write(|tx| {
        let me = session::actor(tx, who)?;
        let (slug, done) = f(tx, &me)?;
        let scope = scope(tx, who, Some(&slug), action)?;
        record_in(tx, &scope, done)
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
        let done = f(tx, &scope)?;
        let change = record_in(tx, &scope, done)?;
        orgs::delete(tx, scope.org_id())?;
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
    mut f: impl FnMut(&Tx) -> Result<(Option<Org>, Audited<T>)>,
) -> Result<Change<T>> {
    store.write(|tx| {
        // The actor may exist only once `f` ran (`user add` of oneself).
        let before = session::find_actor(tx, who)?;
        let (org, done) = f(tx)?;
        let actor = match before {
            Some(a) => Some(a),
            None => session::find_actor(tx, who)?,
        };
        let (outcome, item) = record(tx, actor.as_ref(), who.user_source(), org.as_ref(), done)?;
        Ok(Change::new(outcome, org.as_ref().map(|o| o.slug.as_str()), item))
    })
}

/// Runs `apply` in one IMMEDIATE transaction (committed only if `commit`):
/// `f` gets a [`Ledger`] that hands out a scope per org through the policy
/// table and records every change it makes.
pub fn write_batch<T>(
    store: &mut Store,
    who: &Who,
    commit: bool,
    mut f: impl FnMut(&Tx, &mut Ledger) -> Result<T>,
) -> Result<T> {
    store.write_then(commit, |tx| {
        let mut ledger = Ledger { asker: Asker::new(tx, who)?, pending: Default::default() };
        let out = f(tx, &mut ledger)?;
        audit::record_all(tx, &ledger.pending.into_inner())?;
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
        let rules = crate::ops::session::rules(tx, org.id)?;
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

/// An [`Asker`] that also records the changes of `apply`: their entries,
/// in order, are written together when the batch ends, in its transaction.
pub struct Ledger<'a> {
    asker: Asker<'a>,
    pending: std::cell::RefCell<Vec<audit::Pending>>,
}

impl<'a> std::ops::Deref for Ledger<'a> {
    type Target = Asker<'a>;
    fn deref(&self) -> &Asker<'a> {
        &self.asker
    }
}

impl<'a> std::ops::DerefMut for Ledger<'a> {
    fn deref_mut(&mut self) -> &mut Asker<'a> {
        &mut self.asker
    }
}

impl Ledger<'_> {
    /// [`Asker::refresh_actor`], once the entries recorded so far are
    /// written: on PostgreSQL the database names the acting user it knows
    /// when it writes them, and those were recorded before they existed.
    pub fn refresh_actor(&mut self, tx: &Tx) -> Result<()> {
        audit::record_all(tx, &std::mem::take(self.pending.get_mut()))?;
        self.asker.refresh_actor(tx)
    }

    /// Records a change: in a scope's org, or (for users) in none; its
    /// entries are written with the others when the batch ends.
    pub fn record<T>(&self, _tx: &Tx, scope: Option<&Scope>, done: Audited<T>) -> Result<(Outcome, T)> {
        let org = scope.map(|s| &s.session.org);
        let mut pending = self.pending.borrow_mut();
        Ok(pend(&mut pending, self.asker.actor.as_ref(), self.asker.who.user_source(), org, done))
    }
}
