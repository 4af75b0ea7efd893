//! `apply` and `export`: the whole manifest in one transaction.
//!
//! `apply` runs every change inside one IMMEDIATE transaction and commits only
//! at the end; `--dry-run` runs exactly the same code and rolls back, so the
//! plan it prints is the plan a real run carries out.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::error::{Error, Refusal, Result};
use crate::manifest::{
    ConnectorSpec, DashboardSpec, GrantSpec, GrantTo, IntegrationSpec, InviteSpec, Manifest, MemberSpec, OrgPlan,
    OrgSpec, SecuritySpec, TeamSpec, UseGrantSpec, UserSpec, Validated,
};
use crate::model::audit::AuditAction;
use crate::model::url::without_password;
use crate::model::{now, Email, Name, Role, Slug, Visibility};
use crate::ops::scope::{read_batch, write_batch, Audited, Ledger, Permit, Scope};
use crate::ops::{session, Diff, Outcome, Who};
use crate::policy::Action;
use crate::store::dashboards::Grantee;
use crate::store::integrations::{self, Integration};
use crate::store::orgs::Org;
use crate::store::users::User;
use crate::store::{
    connector_grants, connectors, dashboards, invites, members, orgs, security, teams, users, OrgId, Store, TeamId, Tx,
    UserId,
};

/// One change `apply` made (or, with `--dry-run`, would make).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Applied {
    pub action: Outcome,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    pub target: String,
    pub details: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
}

/// What `apply` reports.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Report {
    pub dry_run: bool,
    pub changes: Vec<Applied>,
    pub summary: Summary,
}

pub struct ApplyOptions {
    pub dry_run: bool,
    pub prune: bool,
    /// Change and prune rows a directory sync manages (refused otherwise).
    pub force: bool,
}

/// Counts the items `apply` walks through, for a progress bar.
pub fn size(v: &Validated) -> u64 {
    let orgs: usize = v
        .orgs
        .iter()
        .map(|o| {
            1 + o.members.len()
                + o.teams.iter().map(|t| 1 + t.members.len()).sum::<usize>()
                + o.dashboards.iter().map(|d| 1 + d.grants.len()).sum::<usize>()
                + o.connectors.iter().map(|k| 1 + k.grants.len()).sum::<usize>()
                + o.integrations.len()
                + o.invites.len()
                + usize::from(o.security.is_some())
        })
        .sum();
    (v.users.len() + orgs) as u64
}

/// What `apply` may change in an org: the actor must be allowed every one
/// of these there, by the same policy table the commands ask.
const APPLY_ACTIONS: &[Action] = &[
    Action::ManageOrg,
    Action::ManageBilling,
    Action::ManageMembers,
    Action::ManageTeams,
    Action::CreateDashboard,
    Action::ManageConnectors,
    Action::ManageIntegrations,
    Action::Invite,
    Action::ManageSecurity,
];

/// The state of one `apply` run inside its transaction.
/// A change's line in the plan, `(key, details)`; `None`: one per audit entry.
type PlanLine = Option<(String, String)>;

/// A grant on a dashboard `apply` creates, waiting for the dashboard's id:
/// the dashboard's slug, the grantee, the permission, its expiry and reason.
type WaitingGrant<'a> = (&'a Slug, Grantee, crate::model::Permission, Option<i64>, Option<String>);

/// A new member waiting to be written with the others, and what records it.
type Joining = (members::NewMember, Audited<UserId>);

struct Run<'a, 'p, 't, 'w> {
    c: &'a Permit<'p, 't>,
    /// The acting user, and the recorder of every change.
    ledger: &'a mut Ledger<'w, 'p, 't>,
    prune: bool,
    force: bool,
    now: i64,
    changes: Vec<Applied>,
    progress: &'a mut dyn FnMut(u64),
    /// Places in the file that name what is not there (a user, a member, a
    /// team): all are reported together once the whole file was walked.
    problems: Vec<Error>,
    /// The users of the file's `[[users]]`, by email, as found or registered.
    users: HashMap<Email, UserId>,
}

impl Run<'_, '_, '_, '_> {
    /// The value, or `None` with a problem of the file's (a usage error)
    /// noted for the end; any other error stops the run.
    fn note<T>(&mut self, r: Result<T>) -> Result<Option<T>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.invalid.is_some() => {
                self.problems.push(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Records what a verb's core did in the audit log, as the verb records
    /// it (details starting `via apply`), with one line in the plan in
    /// apply's terms: `kind`, `key` and `details` as the verbs' receipt rows
    /// show the same change.
    fn done_as<T>(
        &mut self,
        scope: &Scope,
        kind: &'static str,
        key: &str,
        details: &str,
        done: Audited<T>,
    ) -> Result<T> {
        self.done_in(Some(scope), kind, key, details, done)
    }

    /// [`Run::done_as`] in an org, or in none (users).
    fn done_in<T>(
        &mut self,
        scope: Option<&Scope>,
        kind: &'static str,
        key: &str,
        details: &str,
        done: Audited<T>,
    ) -> Result<T> {
        if done.outcome() != Outcome::Unchanged {
            let (action, org) = (done.outcome(), scope.map(|s| s.slug().to_string()));
            self.changes.push(Applied { action, kind, org, target: key.into(), details: details.into(), token: None });
        }
        Ok(self.ledger.record(scope, done.noting("via apply"))?.1)
    }

    /// Records what a core did in the audit log only: a part of a change
    /// that has its own line in the plan.
    fn audit_only<T>(&mut self, scope: &Scope, done: Audited<T>) -> Result<T> {
        Ok(self.ledger.record(Some(scope), done.noting("via apply"))?.1)
    }

    /// Records what a verb's core did, in the audit log (its details
    /// starting `via apply`) and in the plan, one line per entry.
    fn done<T>(&mut self, scope: Option<&Scope>, kind: &'static str, done: Audited<T>) -> Result<T> {
        let action = done.outcome();
        for (target, details) in done.entries() {
            let org = scope.map(|s| s.slug().to_string());
            let (target, details) = (target.to_string(), details.to_string());
            self.changes.push(Applied { action, kind, org, target, details, token: None });
        }
        Ok(self.ledger.record(scope, done.noting("via apply"))?.1)
    }

    /// Records the changes one bulk write made, after it: a plan line each
    /// (`Some((key, details))` as [`Run::done_as`] shows it, `None`: one per
    /// entry as [`Run::done`] does), their entries together in the log.
    fn done_together<T>(
        &mut self,
        scope: &Scope,
        kind: &'static str,
        changes: Vec<(PlanLine, Audited<T>)>,
    ) -> Result<()> {
        self.done_together_as(scope, changes.into_iter().map(|(line, done)| (kind, line, done)).collect())
    }

    /// [`Run::done_together`] of changes of several kinds.
    fn done_together_as<T>(&mut self, scope: &Scope, changes: Vec<(&'static str, PlanLine, Audited<T>)>) -> Result<()> {
        let mut steps = Vec::new();
        for (kind, line, done) in changes {
            let (action, org) = (done.outcome(), Some(scope.slug().to_string()));
            match line {
                Some((target, details)) if action != Outcome::Unchanged => {
                    self.changes.push(Applied { action, kind, org, target, details, token: None });
                }
                Some(_) => {}
                None => {
                    for (target, details) in done.entries() {
                        let (target, details) = (target.to_string(), details.to_string());
                        let org = org.clone();
                        self.changes.push(Applied { action, kind, org, target, details, token: None });
                    }
                }
            }
            steps.extend(done.noting("via apply").into_steps().1);
        }
        self.ledger.record(Some(scope), Audited::of_steps(Outcome::Updated, (), steps))?;
        Ok(())
    }

    /// Writes the org's new members waiting in `joining` in one statement,
    /// then records each as `member add` records it.
    fn join(&mut self, scope: &Scope, joining: &mut Vec<Joining>) -> Result<()> {
        let (new, done): (Vec<_>, Vec<_>) = std::mem::take(joining).into_iter().unzip();
        members::insert_many(self.c, scope.org_id(), now(), &new)?;
        self.done_together(scope, "member", done.into_iter().map(|d| (None, d)).collect())
    }

    fn tick(&mut self) {
        (self.progress)(1);
    }

    fn actor(&self) -> Result<&User> {
        self.ledger.actor().ok_or_else(|| Error::internal("apply without an actor"))
    }
}

/// Applies a validated manifest as the acting user.
pub fn apply(
    store: &mut Store,
    who: &Who,
    v: &Validated,
    opts: &ApplyOptions,
    progress: &mut dyn FnMut(u64),
) -> Result<Report> {
    let actor_email = session::user_email(who)?.value.clone();
    write_batch(store, who, !opts.dry_run, |ledger| {
        let tx = ledger.permit();
        let mut run =
            Run { c: tx, ledger, prune: opts.prune, force: opts.force, now: now(), changes: Vec::new(), progress, problems: Vec::new(), users: HashMap::new() };
        // A user declared in the file may be the acting user before it exists.
        let declared = v.users.iter().any(|u| u.email == actor_email);
        if run.ledger.actor().is_none() && !declared {
            session::actor(tx, who)?;
        }
        // The actor must be allowed everything apply does in every existing
        // org in the file, checked before anything is written. An actor the
        // store does not know yet holds no role: it may only create new orgs.
        // On PostgreSQL each org named is locked before anything is checked,
        // in id order, so that two applies naming the same orgs in another
        // order wait for each other instead of deadlocking.
        let mut existing = Vec::new();
        for o in &v.orgs {
            existing.extend(orgs::id_of(tx, &o.slug)?);
        }
        existing.sort_unstable();
        for id in existing {
            tx.enter_org(id)?;
        }
        for o in &v.orgs {
            // (On PostgreSQL an org the actor may not see is found by id only.)
            let refused = match orgs::find(tx, &o.slug)? {
                Some(org) => run.ledger.scope(tx, &org, APPLY_ACTIONS)?.is_err(),
                None => orgs::id_of(tx, &o.slug)?.is_some(),
            };
            if refused {
                return Err(Refusal::ApplyNotAdmin { email: actor_email.to_string(), org: o.slug.to_string() }.into());
            }
        }
        let mut renames = Vec::new();
        // The file's users that exist already, looked up together.
        let known: HashMap<String, User> =
            users::find_many(tx, v.users.iter().map(|u| &u.email))?.into_iter().map(|u| (u.email.clone(), u)).collect();
        let mut fresh = Vec::new();
        for u in &v.users {
            apply_user(&mut run, u, &mut renames, &known, &mut fresh)?;
        }
        register_users(&mut run, &fresh)?;
        if run.ledger.actor().is_none() {
            run.ledger.refresh_actor(tx)?;
        }
        for o in &v.orgs {
            apply_org(&mut run, o)?;
        }
        // Only the acting user's own name may change (checked in `apply_user`).
        for (user, name) in renames {
            let diff = Diff::new().field("name", Some(&user.name), Some(name.as_str())).text();
            let email = user.email.clone();
            run.done_in(None, "user", &email, &diff, crate::ops::user::rename_in(tx, user, &name)?)?;
        }
        crate::manifest::report_problems(std::mem::take(&mut run.problems))?;
        // The file's policy rules and tests, against the state this
        // transaction would commit: any finding and nothing is kept.
        let mut findings = Vec::new();
        for o in &v.orgs {
            if o.policy.tests.is_empty() && o.policy.rule_count() == 0 {
                continue;
            }
            let Some(id) = orgs::id_of(tx, &o.slug)? else { continue };
            tx.enter_org(id)?;
            if let Some(org) = orgs::find(tx, &o.slug)? {
                findings.extend(crate::ops::policy_check::evaluate(tx, &org, &o.policy, run.now)?);
            }
        }
        if !findings.is_empty() {
            return Err(Error::policy(findings));
        }
        let mut changes = run.changes;
        if opts.dry_run {
            // The invites of a dry run are rolled back: their tokens could never be used.
            changes.iter_mut().for_each(|c| c.token = None);
        }
        Ok(Report { dry_run: opts.dry_run, summary: summarize(&changes), changes })
    })
}

fn summarize(changes: &[Applied]) -> Summary {
    let (created, updated, deleted) = Outcome::tally(changes.iter().map(|c| c.action));
    Summary { created, updated, deleted }
}

fn apply_user(
    run: &mut Run,
    u: &crate::manifest::UserPlan,
    renames: &mut Vec<(User, Name)>,
    known: &HashMap<String, User>,
    fresh: &mut Vec<(Email, Name)>,
) -> Result<()> {
    run.tick();
    match known.get(u.email.as_str()).cloned() {
        Some(existing) => {
            run.users.insert(u.email.clone(), existing.id);
            if let Some(name) = &u.name {
                if name.as_str() != existing.name {
                    // A manifest may create users, but an existing user's name
                    // is theirs alone: an admin of one org must not rename
                    // someone everywhere.
                    if Some(existing.id) != run.ledger.actor().map(|a| a.id) {
                        return Err(Refusal::RenamesOther { email: existing.email }.into());
                    }
                    renames.push((existing, name.clone()));
                }
            }
        }
        None => fresh.push((u.email.clone(), crate::ops::user::name_for(&u.email, u.name.as_ref())?)),
    }
    Ok(())
}

/// Registers the file's new users together, in one statement, and records
/// each as `user add` records it, in the file's order.
fn register_users(run: &mut Run, fresh: &[(Email, Name)]) -> Result<()> {
    if fresh.is_empty() {
        return Ok(());
    }
    let c = run.c;
    users::insert_many(c, &fresh.iter().map(|(e, n)| (e, n)).collect::<Vec<_>>(), now())?;
    let mut found: HashMap<String, User> =
        users::find_many(c, fresh.iter().map(|(e, _)| e))?.into_iter().map(|u| (u.email.clone(), u)).collect();
    for (email, _) in fresh {
        let user =
            found.remove(email.as_str()).ok_or_else(|| Error::internal("a user just registered cannot be found"))?;
        run.users.insert(email.clone(), user.id);
        let details = format!("name={}", user.name);
        run.done_in(None, "user", email.as_str(), &details, crate::ops::user::registered(user))?;
    }
    Ok(())
}

/// `team SLUG` or `user EMAIL`, for a grant's place in the plan.
fn grantee_name(c: &Tx, grantee: Grantee) -> Result<String> {
    Ok(match grantee {
        Grantee::Team(id) => teams::by_id(c, id)?.map_or(format!("team #{id}"), |t| format!("team {}", t.slug)),
        Grantee::User(id) => users::by_id(c, id)?.map_or(format!("user #{id}"), |u| format!("user {}", u.email)),
    })
}

use crate::manifest::place_err as place;

/// [`Error::placed`] at the manifest place `at`.
fn placed(at: &str) -> impl Fn(Error) -> Error + Copy + '_ {
    move |e| e.placed(format_args!("manifest {at}"))
}

fn user_id(c: &Tx, at: &str, email: &Email, cache: &mut HashMap<Email, UserId>) -> Result<UserId> {
    if let Some(id) = cache.get(email) {
        return Ok(*id);
    }
    let user = users::find(c, email)?.ok_or_else(|| {
        place(at, format!("user {email} does not exist"))
            .with_hint("declare it under [[users]] or run `orgctl user add`")
    })?;
    cache.insert(email.clone(), user.id);
    Ok(user.id)
}

/// One org of the manifest while apply works on it: the scope the policy
/// gave, the org as it stands, and what the file's names resolve to.
struct InOrg<'o> {
    scope: Scope,
    org: Org,
    o: &'o OrgPlan,
    /// Founded by this apply: its name, plan and billing email are part of
    /// its creation, not a second line in the plan.
    created: bool,
    /// Users the file names, by email, looked up once.
    ids: HashMap<Email, UserId>,
    /// The file's teams, by slug, once reconciled.
    team_ids: BTreeMap<Slug, TeamId>,
    /// The org's members, read once the members are reconciled (nothing
    /// after that step changes who is one).
    members: Option<std::collections::HashSet<UserId>>,
}

impl InOrg<'_> {
    fn user(&mut self, c: &Tx, at: &str, email: &Email) -> Result<UserId> {
        user_id(c, at, email, &mut self.ids)
    }

    fn is_member(&self, c: &Tx, uid: UserId) -> Result<bool> {
        if let Some(members) = &self.members {
            return Ok(members.contains(&uid));
        }
        members::role(c, self.org.id, uid).map(|r| r.is_some())
    }

    /// A team the file declares, or one the org already has.
    fn team_id(&self, c: &Tx, at: &str, slug: &Slug) -> Result<TeamId> {
        match self.team_ids.get(slug) {
            Some(id) => Ok(*id),
            None => teams::find(c, self.org.id, slug)?
                .map(|t| t.id)
                .ok_or_else(|| place(at, format!("team {slug} is neither in the manifest nor in {}", self.o.slug))),
        }
    }
}

/// Applies one org of the manifest: the verbs' cores, kind by kind, in an
/// order where each kind finds what it names (members before teams, teams
/// before grants and invites), the security settings last.
fn apply_org(run: &mut Run, o: &OrgPlan) -> Result<OrgId> {
    let mut t = enter_org(run, o)?;
    reconcile_org(run, &mut t)?;
    reconcile_members(run, &mut t)?;
    t.members = Some(members::with_role(run.c, t.org.id)?);
    reconcile_teams(run, &mut t)?;
    reconcile_dashboards(run, &mut t)?;
    reconcile_connectors(run, &mut t)?;
    reconcile_integrations(run, &t)?;
    reconcile_invites(run, &mut t)?;
    // Like `org security set`, the settings govern who joins from now on, so
    // members and invites listed in the same file (an export of an org whose
    // members predate its allowed-domains) apply back.
    if let Some(set) = &o.security {
        run.tick();
        run.done(Some(&t.scope), "security", crate::ops::security::set_in(run.c, &t.scope, set)?)?;
    }
    Ok(t.org.id)
}

/// Finds the org or founds it (the acting user its first admin), and asks
/// the policy for the scope apply needs in it.
fn enter_org<'o>(run: &mut Run, o: &'o OrgPlan) -> Result<InOrg<'o>> {
    run.tick();
    let c = run.c;
    let actor = run.actor()?.clone();
    let (org, founded) = match orgs::find(c, &o.slug)? {
        Some(org) => (org, None),
        None => {
            let done = crate::ops::org::found(c, &actor, &o.slug, o.name.as_ref())?;
            (done.item().clone(), Some(done))
        }
    };
    let created = founded.is_some();
    // Checked before the run for an existing org; its founder, for a new one.
    let scope = run.ledger.scope(c, &org, APPLY_ACTIONS)?.map_err(|d| {
        let (email, org) = (actor.email.clone(), o.slug.to_string());
        Error::from(Refusal::ApplyRefused { email, org, reason: d.reason })
    })?;
    if let Some(done) = founded {
        // Recorded as `org create` records it (one entry, `org.create`);
        // the plan shows the founder's membership on a line of its own.
        run.done(Some(&scope), "org", done)?;
        run.changes.push(Applied {
            action: Outcome::Created,
            kind: "member",
            org: Some(scope.slug().to_string()),
            target: actor.email.clone(),
            details: "role=admin".to_string(),
            token: None,
        });
    }
    let ids = run.users.clone();
    Ok(InOrg { scope, org, o, created, ids, team_ids: BTreeMap::new(), members: None })
}

/// The org's name, plan and billing email: one line in the plan; in the
/// log, `org.edit` and `billing.set` as the verbs record them. A new org's
/// are part of its creation, not a second line in the plan.
fn reconcile_org(run: &mut Run, t: &mut InOrg) -> Result<()> {
    let c = run.c;
    let mut org = t.org.clone();
    let before = org.clone();
    if let Some(name) = &t.o.name {
        org = run.audit_only(&t.scope, crate::ops::org::rename_in(c, org, name)?)?;
    }
    let plan = t.o.plan.map_or(org.plan.parse(), Ok)?;
    let billing = t.o.billing_email.as_ref().map(|e| e.to_string()).or(org.billing_email.clone());
    let (plan, billing) = run.audit_only(&t.scope, crate::ops::billing::set_in(c, &org, plan, billing.as_deref())?)?;
    org.plan = plan.to_string();
    org.billing_email = billing;
    let changed = Diff::new()
        .field("name", Some(&before.name), Some(&org.name))
        .field("plan", Some(&before.plan), Some(&org.plan))
        .field("billing_email", before.billing_email.as_deref(), org.billing_email.as_deref());
    if !changed.is_empty() && !t.created {
        run.changes.push(Applied {
            action: Outcome::Updated,
            kind: "org",
            org: Some(t.scope.slug().to_string()),
            target: t.o.slug.to_string(),
            details: changed.text(),
            token: None,
        });
    }
    t.org = org;
    Ok(())
}

/// The members: added with their role, roles changed, and with `--prune`
/// those the file does not name removed as `member remove` removes them.
fn reconcile_members(run: &mut Run, t: &mut InOrg) -> Result<()> {
    let c = run.c;
    let actor = run.actor()?.id;
    let named: BTreeSet<&Email> = t.o.members.iter().map(|(e, _)| e).collect();
    // Each member is listed once (the file is checked for that) and looked
    // up before anything of theirs changes: the org's members as they stand
    // now answer every lookup of the loop.
    let org_id = t.org.id;
    let before = members::roles(c, org_id)?;
    let role_of = |uid: UserId| -> Result<Option<Role>> {
        match before.get(&uid) {
            None => Ok(None),
            Some(Some(r)) => Ok(Some(r.parse()?)),
            Some(None) => members::role(c, org_id, uid),
        }
    };
    // New members with nothing more to them (no terms, no sync marker) are
    // checked in the file's order, and written together in one statement,
    // then recorded: before anything else of the loop writes, and at its end.
    let mut joining: Vec<Joining> = Vec::new();
    let settings = security::get(c, org_id)?;
    // Promotions and additions first, demotions last, as an admin would
    // run the verbs to hand the org over: the last-admin rule (the verb's
    // own, in `member::set_role_in`) then refuses only a file that leaves
    // no admin.
    let demoted = |role: &Option<Role>, uid: Option<UserId>| -> Result<bool> {
        Ok(matches!(uid.map(role_of).transpose()?.flatten(), Some(Role::Admin)) && !matches!(role, Some(Role::Admin) | None))
    };
    let mut order: Vec<usize> = Vec::new();
    let mut last: Vec<usize> = Vec::new();
    for (i, (email, role)) in t.o.members.iter().enumerate() {
        let uid = match t.ids.get(email) {
            Some(id) => Some(*id),
            None => users::find(c, email)?.map(|u| u.id),
        };
        if demoted(role, uid)? { last.push(i) } else { order.push(i) }
    }
    order.extend(last);
    for i in order {
        let (email, role) = &t.o.members[i];
        run.tick();
        let at = format!("{}.members[{i}]", t.o.at);
        let Some(uid) = run.note(t.user(c, &at, email))? else { continue };
        let terms = t.o.member_terms.get(email);
        let simple = terms.is_none() && !t.o.managed_by.contains_key(email);
        match (role_of(uid)?, *role) {
            (Some(_), None) => {}
            (None, role) if simple => {
                let role = role.unwrap_or(Role::Member);
                crate::ops::security::check_joining_under(&settings, t.scope.org(), email.as_str(), role)
                    .map_err(placed(&at))?;
                joining.push(((uid, role, None, None), crate::ops::member::added(uid, email.as_str(), role, None, None)));
                continue;
            }
            (Some(r), Some(role)) => {
                run.join(&t.scope, &mut joining)?;
                if r != role {
                    crate::ops::guard::refuse_managed(
                        members::managed_by(c, t.org.id, uid)?,
                        email.as_str(),
                        run.force,
                    )?;
                }
                // As with `member set-role`: a demoted admin's pending
                // invites go too, and the last admin is not demoted.
                let done = crate::ops::member::set_role_in(c, t.scope.session(), uid, email.as_str(), r, role)?;
                run.done_as(&t.scope, "member", email.as_str(), &format!("role={r}->{role}"), done)?;
            }
            (None, role) => {
                run.join(&t.scope, &mut joining)?;
                let role = role.unwrap_or(Role::Member);
                // Checked against the settings in force before this apply: the
                // file's own `[orgs.security]` takes effect at its end.
                let placed = placed(&at);
                let what = format!("{email}'s membership");
                let expires = crate::ops::terms::resolve_expiry(c, t.scope.session(), terms.and_then(|x| x.expires), &what)
                    .map_err(placed)?;
                let reason = terms.and_then(|x| x.reason.as_deref());
                let done = crate::ops::member::add_in_with(c, &t.scope, uid, email.as_str(), role, expires, reason)
                    .map_err(placed)?;
                // An export of a synced org applies back with its markers.
                if let Some(source) = t.o.managed_by.get(email) {
                    members::set_managed_by(c, t.org.id, uid, Some(source))?;
                }
                run.done(Some(&t.scope), "member", done)?;
            }
        }
        if let Some(terms) = terms {
            run.join(&t.scope, &mut joining)?;
            let done =
                crate::ops::lifecycle::reconcile_terms(c, t.scope.session(), uid, email, terms).map_err(placed(&at))?;
            run.done_as(&t.scope, "member", email.as_str(), "", done)?;
        }
    }
    run.join(&t.scope, &mut joining)?;
    if run.prune {
        for (uid, email, _, managed_by) in members::with_managers(c, t.org.id)? {
            // The acting user's own membership is never pruned.
            let parsed = Email::from_store(email.clone());
            if uid != actor && !named.contains(&parsed) {
                crate::ops::guard::refuse_managed(managed_by, &email, run.force)?;
                // As `member remove` does: their dashboards become ownerless,
                // their private chats and the pending invites that carried
                // their authority go with the membership.
                let (_, steps) =
                    crate::ops::member::remove_in(c, t.scope.session(), uid, AuditAction::MemberRemove, None)?;
                run.done_as(&t.scope, "member", &email, "", Audited::of_steps(Outcome::Deleted, (), steps))?;
            }
        }
    }
    Ok(())
}

/// The teams and their members. The org's teams and their members are read
/// once; the teams it lacks go in together, in one statement, recorded as
/// `team create` records one, the others are updated as `team edit` does,
/// the file's new team memberships go in together, in one statement, and
/// then each team's changes are recorded in the file's order as the verbs
/// record them (the team, its members, their roles).
fn reconcile_teams(run: &mut Run, t: &mut InOrg) -> Result<()> {
    let c = run.c;
    let mut existing: HashMap<String, teams::Team> =
        teams::list(c, t.org.id)?.into_iter().map(|team| (team.slug.clone(), team)).collect();
    let mut present_by_team = teams::member_ids_by_team(c, t.org.id)?;
    // The teams the org does not have yet go in together, in the file's order.
    let found: Vec<Option<teams::Team>> =
        t.o.teams.iter().map(|team_plan| existing.remove(team_plan.slug.as_str())).collect();
    let new = t
        .o
        .teams
        .iter()
        .zip(&found)
        .filter(|(_, found)| found.is_none())
        .map(|(team_plan, _)| {
            Ok(teams::NewTeam {
                slug: &team_plan.slug,
                name: crate::ops::team::name_for_new(&team_plan.slug, team_plan.name.as_ref())?,
                description: team_plan.description.as_ref().and_then(|d| d.as_deref()),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut created = teams::insert_many(c, t.org.id, &new, now())?.into_iter();
    let mut reconciled = Vec::new();
    let mut joining = Vec::new();
    for (team_plan, found) in t.o.teams.iter().zip(found) {
        run.tick();
        let description = team_plan.description.as_ref().map(|d| d.as_deref());
        let done = match found {
            None => crate::ops::team::created(
                created.next().ok_or_else(|| Error::internal(format!("team {} was not created", team_plan.slug)))?,
            ),
            Some(team) => crate::ops::team::reconcile_found(
                c,
                &t.scope,
                Some(team),
                &team_plan.slug,
                team_plan.name.as_ref(),
                description,
            )?,
        };
        let team = done.item().clone();
        t.team_ids.insert(team_plan.slug.clone(), team.id);
        // Those already in the team: adding them again would change nothing.
        let present: BTreeSet<UserId> = present_by_team.remove(&team.id).unwrap_or_default().into_iter().collect();
        let mut wanted = BTreeSet::new();
        // The file's members of the team, in its order, once checked.
        let mut listed = Vec::new();
        for (j, email) in team_plan.members.iter().enumerate() {
            run.tick();
            let at = format!("{}.members[{j}]", team_plan.at);
            let Some(uid) = run.note(t.user(c, &at, email))? else { continue };
            if !t.is_member(c, uid)? {
                run.problems.push(
                    place(&at, format!("{email} is not a member of {}", t.o.slug))
                        .with_hint("list them under members of the org first"),
                );
                continue;
            }
            wanted.insert(uid);
            listed.push((uid, email));
        }
        joining.extend(listed.iter().filter(|(uid, _)| !present.contains(uid)).map(|(uid, _)| (team.id, *uid)));
        reconciled.push((team_plan, team, done.map(|_| ()), listed, wanted));
    }
    let added = teams::add_members(c, t.org.id, &joining)?;
    for (team_plan, team, done, listed, wanted) in reconciled {
        let mut changes: Vec<(&'static str, PlanLine, Audited<()>)> = vec![("team", None, done)];
        changes.extend(listed.iter().map(|(uid, email)| {
            let line = (format!("{}/{email}", team_plan.slug), String::new());
            let did = added.contains(&(team.id, *uid));
            ("team_member", Some(line), crate::ops::team::added_member(&team, email.as_str(), did))
        }));
        run.done_together_as(&t.scope, changes)?;
        for (uid, email) in listed {
            let role = if team_plan.maintainers.contains(email) {
                Some(crate::model::TeamRole::Maintainer)
            } else if run.prune {
                Some(crate::model::TeamRole::Member)
            } else {
                None
            };
            if let Some(role) = role {
                let did = teams::set_role(c, team.id, uid, role)?;
                let details = format!("member={email} role={role}");
                let done = Audited::changed_if(did, Outcome::Updated, (), AuditAction::TeamSetRole, &team.slug, &details);
                run.done_as(&t.scope, "team_member", &format!("{}/{email}", team_plan.slug), &format!("role={role}"), done)?;
            }
        }
        if run.prune {
            for (uid, email) in teams::member_ids(c, team.id)? {
                if !wanted.contains(&uid) {
                    let managed_by = teams::member_managed_by(c, team.id, uid)?;
                    let what = format!("{email}'s membership of team {}", team_plan.slug);
                    crate::ops::guard::refuse_managed(managed_by, &what, run.force)?;
                    let done = crate::ops::team::remove_member_in(c, &team, uid, &email)?;
                    run.done_as(&t.scope, "team_member", &format!("{}/{email}", team_plan.slug), "", done)?;
                }
            }
        }
    }
    if run.prune {
        for team in teams::list(c, t.org.id)? {
            if !t.team_ids.contains_key(&Slug::from_store(team.slug.clone())) {
                let slug = team.slug.clone();
                run.done_as(&t.scope, "team", &slug, "", crate::ops::team::delete_in(c, &t.scope, team)?)?;
            }
        }
    }
    Ok(())
}

/// The dashboards and their grants. The org's dashboards and their live
/// grants are read once; the new dashboards are written in one statement
/// and the grants on them in another, an existing dashboard is updated and
/// its grants set one by one (a grant already as the file says writes
/// nothing). Every change is recorded after the writes, in the file's
/// order, as the verbs record them.
fn reconcile_dashboards(run: &mut Run, t: &mut InOrg) -> Result<()> {
    let c = run.c;
    let actor = run.actor()?.id;
    let mut dash_slugs = BTreeSet::new();
    let mut existing: HashMap<String, dashboards::Dashboard> =
        dashboards::list(c, t.org.id)?.into_iter().map(|d| (d.slug.clone(), d)).collect();
    let live = if existing.is_empty() { HashMap::new() } else { dashboards::live_grants(c, t.org.id)? };
    // Each change in the file's order; a new dashboard's and its grants'
    // are written together below, so they wait here for their ids.
    let mut changes: Vec<(&'static str, PlanLine, Audited<()>)> = Vec::new();
    let mut new_dashboards = Vec::new();
    let mut new_grants: Vec<WaitingGrant> = Vec::new();
    for d in &t.o.dashboards {
        run.tick();
        dash_slugs.insert(d.slug.clone());
        let owner_id = match &d.owner {
            Some(e) => {
                let at = format!("{}.owner", d.at);
                match run.note(t.user(c, &at, e))? {
                    Some(uid) if t.is_member(c, uid)? => Some(uid),
                    Some(_) => {
                        run.problems.push(
                            place(&at, format!("owner {e} is not a member of {}", t.o.slug))
                                .with_hint("a dashboard's owner must be a member: list them under members of the org"),
                        );
                        None
                    }
                    None => None,
                }
            }
            None => None,
        };
        let dash = match existing.remove(d.slug.as_str()) {
            Some(before) => {
                let mut after = before.clone();
                after.title = d.title.to_string();
                if let Some(desc) = &d.description {
                    after.description = desc.clone();
                }
                if let Some(v) = d.visibility {
                    after.visibility = v;
                }
                if owner_id.is_some() {
                    after.owner_id = owner_id;
                    after.owner = d.owner.as_ref().map(|e| e.to_string());
                }
                let done = crate::ops::dashboard::update_in(c, &before, after)?;
                changes.push(("dashboard", None, done.map(|_| ())));
                Some(before)
            }
            None => {
                let visibility = d.visibility.unwrap_or(Visibility::Org);
                new_dashboards.push(dashboards::NewDashboard {
                    slug: &d.slug,
                    title: d.title.as_str(),
                    description: d.description.as_ref().and_then(|d| d.as_deref()),
                    visibility,
                    owner_id: Some(owner_id.unwrap_or(actor)),
                });
                changes.push(("dashboard", None, crate::ops::dashboard::created((), &d.slug, visibility)));
                None
            }
        };
        let mut wanted = Vec::new();
        for g in &d.grants {
            run.tick();
            let (grantee, named) = match &g.to {
                GrantTo::Team(slug) => {
                    let Some(id) = run.note(t.team_id(c, &g.at, slug))? else { continue };
                    (Grantee::Team(id), format!("team {slug}"))
                }
                GrantTo::User(email) => {
                    let Some(uid) = run.note(t.user(c, &g.at, email))? else { continue };
                    if !t.is_member(c, uid)? {
                        run.problems.push(place(&g.at, format!("{email} is not a member of {}", t.o.slug)));
                        continue;
                    }
                    (Grantee::User(uid), format!("user {email}"))
                }
            };
            wanted.push(grantee);
            let terms = if g.expires.is_none() && g.reason.is_none() {
                None
            } else {
                let s = t.scope.session();
                let expires = crate::ops::terms::resolve_expiry(c, s, g.expires, &format!("the grant on {}", d.slug))
                    .map_err(|e| Error { message: format!("manifest {}: {}", g.at, e.message), ..e })?;
                Some(expires)
            };
            let done = match (&dash, terms) {
                // A new dashboard has no grant yet: each is created, with the others.
                (None, expires) => {
                    let expires = expires.flatten();
                    let reason = g.reason.as_deref().filter(|_| terms.is_some());
                    new_grants.push((&d.slug, grantee, g.permission, expires, reason.map(str::to_owned)));
                    crate::ops::dashboard::shared(Outcome::Created, d.slug.as_str(), &named, g.permission, expires, reason)
                }
                (Some(dash), None) if live.get(&(dash.id, grantee)) == Some(&g.permission) => Audited::unchanged(()),
                (Some(dash), None) => {
                    let existing = crate::store::dashboards::grant_of(c, dash.id, grantee)?;
                    crate::ops::dashboard::share_in(c, t.scope.session(), dash, grantee, &named, g.permission, existing)?
                }
                (Some(dash), Some(expires)) => {
                    let s = t.scope.session();
                    let existing = crate::store::dashboards::grant_of(c, dash.id, grantee)?;
                    let reason = g.reason.as_deref();
                    crate::ops::dashboard::share_in_with(c, s, dash, grantee, &named, g.permission, expires, reason, existing)?
                }
            };
            let (target, details) = (format!("{}/{named}", d.slug), format!("permission={}", g.permission));
            changes.push(("grant", Some((target, details)), done));
        }
        if let (true, Some(dash)) = (run.prune, &dash) {
            for (grantee, _) in dashboards::grantees(c, dash.id)? {
                if !wanted.contains(&grantee) {
                    let who = grantee_name(c, grantee)?;
                    let done = crate::ops::dashboard::unshare_in(c, dash, grantee, &who)?;
                    changes.push(("grant", Some((format!("{}/{who}", d.slug), String::new())), done.map(|_| ())));
                }
            }
        }
    }
    let ids = dashboards::insert_many(c, t.org.id, &new_dashboards, now())?;
    let grants = new_grants
        .into_iter()
        .map(|(slug, who, permission, expires, reason)| {
            let dashboard_id =
                *ids.get(slug.as_str()).ok_or_else(|| Error::internal(format!("dashboard {slug} was not created")))?;
            Ok(dashboards::NewGrant { dashboard_id, who, permission, expires, reason })
        })
        .collect::<Result<Vec<_>>>()?;
    dashboards::insert_grants(c, t.org.id, &grants)?;
    run.done_together_as(&t.scope, changes)?;
    if run.prune {
        for d in dashboards::list(c, t.org.id)? {
            if !dash_slugs.contains(&Slug::from_store(d.slug.clone())) {
                let slug = d.slug.clone();
                run.done_as(&t.scope, "dashboard", &slug, "", crate::ops::dashboard::delete_in(c, d)?)?;
            }
        }
    }

    Ok(())
}

/// The connectors and who may use them. A URL without secrets (as `export`
/// writes it) keeps the password and secret parameters already stored, so
/// an exported manifest applies as unchanged.
fn reconcile_connectors(run: &mut Run, t: &mut InOrg) -> Result<()> {
    let c = run.c;
    let mut conn_names = BTreeSet::new();
    for k in &t.o.connectors {
        run.tick();
        conn_names.insert(k.name.as_str().to_string());
        let done = match connectors::find(c, t.org.id, k.name.as_str())? {
            Some(existing) => {
                let keeps_password = without_password(&k.url) == k.url && without_password(&existing.url) == k.url;
                let url = if keeps_password { existing.url.clone() } else { k.url.clone() };
                crate::ops::connector::edit_in(c, existing, k.kind.as_str(), &url)?
            }
            None => crate::ops::connector::add_in(c, t.scope.session(), k.name.as_str(), k.kind.as_str(), &k.url)?,
        };
        let connector = run.done_as(&t.scope, "connector", k.name.as_str(), &format!("kind={}", k.kind), done)?;
        let mut wanted = Vec::new();
        for (at, to, terms) in &k.grants {
            run.tick();
            let (grantee, named) = match to {
                GrantTo::Team(slug) => (Grantee::Team(t.team_id(c, at, slug)?), format!("team {slug}")),
                GrantTo::User(email) => {
                    let uid = t.user(c, at, email)?;
                    if !t.is_member(c, uid)? {
                        return Err(place(at, format!("{email} is not a member of {}", t.o.slug)));
                    }
                    (Grantee::User(uid), format!("user {email}"))
                }
            };
            wanted.push(grantee);
            let done = crate::ops::connector_access::grant_in(c, t.scope.session(), &connector, grantee, &named, terms)
                .map_err(placed(at))?;
            run.done_as(&t.scope, "connector_grant", &format!("{}/{named}", k.name), "", done)?;
        }
        if run.prune {
            for grantee in connector_grants::grantees(c, connector.id)? {
                if !wanted.contains(&grantee) {
                    let who = grantee_name(c, grantee)?;
                    let done = crate::ops::connector_access::revoke_in(c, &connector, grantee, &who)?;
                    run.done_as(&t.scope, "connector_grant", &format!("{}/{who}", k.name), "", done)?;
                }
            }
        }
    }
    if run.prune {
        for k in connectors::list(c, t.org.id)? {
            if !conn_names.contains(&k.name) {
                let name = k.name.clone();
                run.done_as(&t.scope, "connector", &name, "", crate::ops::connector::remove_in(c, k)?)?;
            }
        }
    }

    Ok(())
}

/// The integrations. The URL is a secret: the plan and the audit log show it masked.
fn reconcile_integrations(run: &mut Run, t: &InOrg) -> Result<()> {
    let c = run.c;
    let mut integration_names = BTreeSet::new();
    for x in &t.o.integrations {
        run.tick();
        integration_names.insert(x.name.as_str().to_string());
        let wanted = Integration {
            name: x.name.to_string(),
            kind: x.kind,
            url: x.url.clone(),
            channel: x.channel.clone(),
            events: x.events.clone(),
        };
        run.done(Some(&t.scope), "integration", crate::ops::integration::reconcile(c, &t.scope, wanted)?)?;
    }
    if run.prune {
        for x in integrations::list(c, t.org.id)? {
            if !integration_names.contains(&x.name) {
                run.done(Some(&t.scope), "integration", crate::ops::integration::remove_in(c, &t.scope, x)?)?;
            }
        }
    }

    Ok(())
}

/// The invites: created when the email has no pending invite and is not a member yet.
fn reconcile_invites(run: &mut Run, t: &mut InOrg) -> Result<()> {
    let c = run.c;
    for inv in &t.o.invites {
        run.tick();
        let member = match users::find(c, &inv.email)? {
            Some(u) => t.is_member(c, u.id)?,
            None => false,
        };
        // As the contract says (§5), an invite is created only if none is
        // pending for that email; one that differs in role or teams stays
        // as it is (where `invite create` calls it a conflict: revoke it
        // first), and one whose invitee joined since has done its work, so
        // that the file applies again. The rest is the verb's core.
        if member || invites::pending_for(c, t.org.id, inv.email.as_str(), run.now)?.is_some() {
            continue;
        }
        let tids = inv.teams.iter().map(|slug| t.team_id(c, &inv.at, slug)).collect::<Result<Vec<_>>>();
        let Some(tids) = run.note(tids)? else { continue };
        let at = format!("{}.expires", inv.at);
        let expires = match inv.expires {
            Some(e) if e.seconds_from(run.now) <= 0 => {
                return Err(place(&at, format!("the invite of {} expires in the past", inv.email)))
            }
            Some(e) => Some(crate::model::Duration { seconds: e.seconds_from(run.now) }),
            None => None,
        };
        crate::ops::invite::expiry(expires).map_err(|e| place(&at, e.message))?;
        // Within the contract's bound, the org's invite-max-lifetime (exit 4 past it).
        let secs = crate::ops::security::invite_lifetime(c, &t.org, expires)
            .map_err(placed(&at))?;
        let done = crate::ops::invite::invite_one(c, &t.scope, &inv.email, inv.role, &tids, run.now, secs)
            .map_err(placed(&inv.at))?;
        let created = done.outcome() == Outcome::Created;
        let invite = run.done(Some(&t.scope), "invite", done)?;
        // The token shows once, in the plan.
        if let (true, Some(line)) = (created, run.changes.last_mut()) {
            line.token = invite.token;
        }
    }

    Ok(())
}

/// A manifest of the given orgs (all those the acting user administers when
/// none are named): no invite tokens, no connector passwords.
pub fn export(store: &mut Store, who: &Who, slugs: &[Slug]) -> Result<Manifest> {
    read_batch(store, who, |tx, asker| {
        let me = session::actor(tx, who)?;
        // An export holds all that apply may change: the same rights.
        let mut chosen: Vec<Org> = Vec::new();
        if slugs.is_empty() {
            for (org, _) in orgs::of_user(tx, me.id)? {
                if asker.scope(tx, &org, APPLY_ACTIONS)?.is_ok() {
                    chosen.push(org);
                }
            }
        } else {
            for slug in slugs {
                // Not a member: not found, as everywhere.
                let s = session::in_org_or(tx, who, Some(slug))?;
                if asker.scope(tx, s.org(), APPLY_ACTIONS)?.is_err() {
                    let (email, org) = (s.actor().email.clone(), slug.to_string());
                    return Err(Refusal::ExportAdminsOnly { email, org }.into());
                }
                chosen.push(s.org().clone());
            }
        }
        let mut emails = BTreeSet::new();
        let mut out_orgs = Vec::new();
        for org in &chosen {
            out_orgs.push(export_org(tx, org, &mut emails)?);
        }
        out_orgs.sort_by(|a, b| a.slug.cmp(&b.slug));
        // Every user named, found in one statement, written by email.
        let wanted: Vec<Email> = emails.into_iter().map(Email::from_store).collect();
        let mut found: std::collections::BTreeMap<String, String> =
            users::find_many(tx, wanted.iter())?.into_iter().map(|u| (u.email, u.name)).collect();
        let users_out = wanted
            .iter()
            .filter_map(|e| found.remove(e.as_str()).map(|name| UserSpec { email: e.as_str().to_string(), name: Some(name) }))
            .collect();
        Ok(Manifest { users: users_out, orgs: out_orgs })
    })
}

fn export_org(c: &Tx, org: &Org, emails: &mut BTreeSet<String>) -> Result<OrgSpec> {
    c.enter_org(org.id)?;
    let mut members_out = Vec::new();
    members::for_each(c, org.id, None, None, &mut |m| {
        emails.insert(m.email.clone());
        let state = (m.state == crate::model::MemberState::Suspended).then(|| m.state.to_string());
        // The role that lasts: a temporary role is not written back (apply
        // would make it permanent); see docs/decisions.md.
        members_out.push(MemberSpec {
            email: m.email,
            role: Some(m.lasting_role.to_string()),
            expires: m.expires,
            reason: m.reason,
            state,
            managed_by: m.managed_by,
        });
        Ok(())
    })?;
    let mut teams_out = Vec::new();
    let mut members_by_team = teams::members_by_team(c, org.id)?;
    for t in teams::list(c, org.id)? {
        let all = members_by_team.remove(&t.id).unwrap_or_default();
        let maintainers = all
            .iter()
            .filter(|m| m.role == crate::model::TeamRole::Maintainer)
            .map(|m| m.email.clone())
            .collect();
        let members = all.into_iter().map(|m| m.email).collect();
        teams_out.push(TeamSpec { slug: t.slug, name: Some(t.name), description: t.description, members, maintainers });
    }
    let mut dash_out = Vec::new();
    let mut grants_by_dashboard = dashboards::grants_by_dashboard(c, org.id)?;
    for d in dashboards::list(c, org.id)? {
        emails.extend(d.owner.clone());
        let grants = grants_by_dashboard
            .remove(&d.id)
            .unwrap_or_default()
            .into_iter()
            .map(|g| GrantSpec {
                team: g.team,
                user: g.user,
                permission: Some(g.permission.to_string()),
                expires: g.expires,
                reason: g.reason,
            })
            .collect();
        dash_out.push(DashboardSpec {
            slug: d.slug,
            title: d.title,
            description: d.description,
            visibility: Some(d.visibility.to_string()),
            owner: d.owner,
            grants,
        });
    }
    let connectors_out = connectors::list(c, org.id)?
        .into_iter()
        .map(|k| {
            let grants = connector_grants::list(c, k.id)?
                .into_iter()
                .map(|g| UseGrantSpec { team: g.team, user: g.user, expires: g.expires, reason: g.reason })
                .collect();
            Ok(ConnectorSpec { name: k.name, kind: k.kind, url: without_password(&k.url), grants })
        })
        .collect::<Result<Vec<_>>>()?;
    // Integration URLs are kept in full: the file is what restores them.
    let integrations_out = integrations::list(c, org.id)?
        .into_iter()
        .map(|x| IntegrationSpec {
            name: x.name,
            kind: x.kind.to_string(),
            url: x.url,
            channel: x.channel,
            events: x.events,
        })
        .collect();
    // Only the settings an admin has set: the defaults stay defaults on the way back.
    let stored = security::get(c, org.id)?;
    let security_out = SecuritySpec {
        allowed_domains: stored.allowed_domains,
        invite_max_lifetime: stored.invite_max_lifetime.map(crate::model::security::format_duration),
        member_dashboards: stored.member_dashboards,
        connector_access: stored.connector_access.map(|a| a.to_string()),
        guest_domains: stored.guest_domains,
        grant_max_lifetime: stored.grant_max_lifetime.map(crate::model::security::format_duration),
        audit_retention: stored.audit_retention,
    };
    let t = now();
    let mut invites_out = Vec::new();
    for i in invites::list(c, org.id, Some(crate::model::InviteState::Pending), t)? {
        let teams = invites::teams(c, i.id)?.into_iter().map(|(_, s)| s).collect();
        // The absolute expiry, so that a round trip keeps it.
        let expires = Some(crate::model::rfc3339(i.expires_at));
        invites_out.push(InviteSpec { email: i.email, role: Some(i.role.to_string()), teams, expires });
    }
    Ok(OrgSpec {
        slug: org.slug.clone(),
        name: Some(org.name.clone()),
        plan: Some(org.plan.clone()),
        billing_email: org.billing_email.clone(),
        members: members_out,
        teams: teams_out,
        dashboards: dash_out,
        connectors: connectors_out,
        integrations: integrations_out,
        invites: invites_out,
        security: (security_out != SecuritySpec::default()).then_some(security_out),
        // Rules and tests are the file's promises, not store state.
        rules: None,
        tests: Vec::new(),
    })
}
