//! `apply` and `export`: the whole manifest in one transaction.
//!
//! `apply` runs every change inside one IMMEDIATE transaction and commits only
//! at the end; `--dry-run` runs exactly the same code and rolls back, so the
//! plan it prints is the plan a real run carries out.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::store::Tx;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::manifest::{
    ConnectorSpec, DashboardSpec, GrantSpec, GrantTo, IntegrationSpec, InviteSpec, Manifest, MemberSpec, OrgPlan,
    OrgSpec, SecuritySpec, TeamSpec, UseGrantSpec, UserSpec, Validated,
};
use crate::model::{now, Email, Name, Role, Slug, Visibility};
use crate::ops::audited::AuditAction;
use crate::ops::connector::without_password;
use crate::ops::{audit, audit_in, session, Diff, Outcome, Session, Who};
use crate::store::dashboards::{Dashboard, Grantee};
use crate::store::integrations::{self, Integration};
use crate::store::orgs::Org;
use crate::store::users::User;
use crate::store::{
    chats, connector_grants, connectors, dashboards, invites, members, orgs, security, teams, users, OrgId, Store,
    TeamId, UserId,
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

/// The state of one `apply` run inside its transaction.
struct Run<'a, 't> {
    c: &'a Tx<'t>,
    actor: Option<User>,
    prune: bool,
    now: i64,
    changes: Vec<Applied>,
    progress: &'a mut dyn FnMut(u64),
    /// How the acting user was named, for the audit trail.
    source: Option<crate::ops::Source>,
    /// Places in the file that name what is not there (a user, a member, a
    /// team): all are reported together once the whole file was walked.
    problems: Vec<Error>,
}

impl Run<'_, '_> {
    /// The value, or `None` with a problem of the file's (a usage error)
    /// noted for the end; any other error stops the run.
    fn note<T>(&mut self, r: Result<T>) -> Result<Option<T>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.kind == crate::error::ErrorKind::Usage => {
                self.problems.push(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn record(
        &mut self,
        org: Option<&Org>,
        action: Outcome,
        kind: &'static str,
        target: &str,
        details: String,
    ) -> Result<()> {
        if action == Outcome::Unchanged {
            return Ok(());
        }
        let audit_details = if details.is_empty() { "via apply".to_string() } else { format!("via apply; {details}") };
        let audited = audit_action(kind, action)
            .ok_or_else(|| Error::internal(format!("no audit action for a {kind} change")))?;
        audit(self.c, self.actor.as_ref(), self.source, org, audited, target, &audit_details)?;
        self.changes.push(Applied {
            action,
            kind,
            org: org.map(|o| o.slug.clone()),
            target: target.to_string(),
            details,
            token: None,
        });
        Ok(())
    }

    fn tick(&mut self) {
        (self.progress)(1);
    }

    fn actor(&self) -> Result<&User> {
        self.actor.as_ref().ok_or_else(|| Error::internal("apply without an actor"))
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
    store.write_then(!opts.dry_run, |tx| {
        let mut run = Run {
            c: tx,
            actor: None,
            prune: opts.prune,
            now: now(),
            changes: Vec::new(),
            progress,
            source: who.user_source(),
            problems: Vec::new(),
        };
        // A user declared in the file may be the acting user before it exists.
        run.actor = users::find(tx, &actor_email)?;
        let declared = v.users.iter().any(|u| u.email == actor_email);
        if run.actor.is_none() && !declared {
            session::actor(tx, who)?;
        }
        // The actor must be an admin of every existing org in the file, checked
        // before anything is written. An actor the store does not know yet is
        // an admin of nothing: it may only create new orgs.
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
            if let Some(org) = orgs::find(tx, &o.slug)? {
                let role = match &run.actor {
                    Some(a) => members::role(tx, org.id, a.id)?,
                    None => None,
                };
                if role != Some(Role::Admin) {
                    return Err(Error::forbidden(format!(
                        "{actor_email} is not an admin of {}, which the manifest names",
                        o.slug
                    ))
                    .with_hint("apply as an admin of every existing org in the file (`--as EMAIL`)"));
                }
            }
        }
        let mut renames = Vec::new();
        for u in &v.users {
            apply_user(&mut run, u, &mut renames)?;
        }
        if run.actor.is_none() {
            run.actor = users::find(tx, &actor_email)?;
        }
        for o in &v.orgs {
            apply_org(&mut run, o)?;
        }
        // Only the acting user's own name may change (checked in `apply_user`).
        for (user, name) in renames {
            users::set_name(tx, user.id, &name)?;
            let diff = Diff::new().field("name", Some(&user.name), Some(name.as_str()));
            run.record(None, Outcome::Updated, "user", &user.email, diff.text())?;
        }
        crate::manifest::report_problems(std::mem::take(&mut run.problems))?;
        let mut changes = run.changes;
        if opts.dry_run {
            // The invites of a dry run are rolled back: their tokens could never be used.
            changes.iter_mut().for_each(|c| c.token = None);
        }
        Ok(Report { dry_run: opts.dry_run, summary: summarize(&changes), changes })
    })
}

fn summarize(changes: &[Applied]) -> Summary {
    let mut s = Summary::default();
    for c in changes {
        match c.action {
            Outcome::Created => s.created += 1,
            Outcome::Updated => s.updated += 1,
            Outcome::Deleted => s.deleted += 1,
            Outcome::Unchanged => {}
        }
    }
    s
}

fn apply_user(run: &mut Run, u: &crate::manifest::UserPlan, renames: &mut Vec<(User, Name)>) -> Result<()> {
    run.tick();
    match users::find(run.c, &u.email)? {
        Some(existing) => {
            if let Some(name) = &u.name {
                if name.as_str() != existing.name {
                    // A manifest may create users, but an existing user's name
                    // is theirs alone: an admin of one org must not rename
                    // someone everywhere.
                    if Some(existing.id) != run.actor.as_ref().map(|a| a.id) {
                        return Err(Error::forbidden(format!(
                            "the manifest renames {}, an existing user; only they can rename themselves",
                            existing.email
                        ))
                        .with_hint(format!(
                            "drop `name` from that [[users]] entry, or ask {} to run `orgctl user edit --name NAME`",
                            existing.email
                        )));
                    }
                    renames.push((existing, name.clone()));
                }
            }
        }
        None => {
            let name = match &u.name {
                Some(n) => n.clone(),
                None => Name::parse(u.email.as_str().split('@').next().unwrap_or("user"))?,
            };
            users::insert(run.c, &u.email, &name, run.now)?;
            run.record(None, Outcome::Created, "user", u.email.as_str(), format!("name={name}"))?;
        }
    }
    Ok(())
}

/// The audit action the command line writes for the same change, so that
/// `audit list --action member.add` finds members added by apply too.
fn audit_action(kind: &str, action: Outcome) -> Option<AuditAction> {
    use Outcome::{Created as C, Deleted as D};
    match (kind, action) {
        ("user", C) => Some(AuditAction::UserAdd),
        ("user", _) => Some(AuditAction::UserEdit),
        ("org", C) => Some(AuditAction::OrgCreate),
        ("org", _) => Some(AuditAction::OrgEdit),
        ("member", C) => Some(AuditAction::MemberAdd),
        ("member", D) => Some(AuditAction::MemberRemove),
        ("member", _) => Some(AuditAction::MemberSetRole),
        ("team", C) => Some(AuditAction::TeamCreate),
        ("team", D) => Some(AuditAction::TeamDelete),
        ("team", _) => Some(AuditAction::TeamEdit),
        ("team_member", D) => Some(AuditAction::TeamRemove),
        ("team_member", _) => Some(AuditAction::TeamAdd),
        ("dashboard", C) => Some(AuditAction::DashboardCreate),
        ("dashboard", D) => Some(AuditAction::DashboardDelete),
        ("dashboard", _) => Some(AuditAction::DashboardEdit),
        ("grant", D) => Some(AuditAction::DashboardUnshare),
        ("grant", _) => Some(AuditAction::DashboardShare),
        ("connector", C) => Some(AuditAction::ConnectorAdd),
        ("connector", D) => Some(AuditAction::ConnectorRemove),
        ("connector", _) => Some(AuditAction::ConnectorEdit),
        ("connector_grant", D) => Some(AuditAction::ConnectorRevoke),
        ("connector_grant", _) => Some(AuditAction::ConnectorGrant),
        ("integration", C) => Some(AuditAction::IntegrationAdd),
        ("integration", D) => Some(AuditAction::IntegrationRemove),
        ("integration", _) => Some(AuditAction::IntegrationEdit),
        ("security", _) => Some(AuditAction::OrgSecurity),
        _ => None,
    }
}

/// `team SLUG` or `user EMAIL`, for a grant's place in the plan.
fn grantee_name(c: &Tx, grantee: Grantee) -> Result<String> {
    Ok(match grantee {
        Grantee::Team(id) => teams::by_id(c, id)?.map_or(format!("team #{id}"), |t| format!("team {}", t.slug)),
        Grantee::User(id) => users::by_id(c, id)?.map_or(format!("user #{id}"), |u| format!("user {}", u.email)),
    })
}

fn place(at: &str, message: String) -> Error {
    Error::usage(format!("manifest {at}: {message}"))
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

fn apply_org(run: &mut Run, o: &OrgPlan) -> Result<OrgId> {
    run.tick();
    let c = run.c;
    let actor = run.actor()?.clone();
    let mut created = false;
    let mut org = match orgs::find(c, &o.slug)? {
        Some(org) => org,
        None => {
            created = true;
            let name = o.name.clone().map_or_else(|| Name::parse(o.slug.as_str()), Ok)?;
            let org = orgs::insert(c, &o.slug, &name, run.now)?;
            members::insert(c, org.id, actor.id, Role::Admin, run.now)?;
            run.record(Some(&org), Outcome::Created, "org", o.slug.as_str(), format!("name={name}"))?;
            run.record(Some(&org), Outcome::Created, "member", actor.email.as_str(), "role=admin".into())?;
            org
        }
    };
    let mut changed = Diff::new();
    if let Some(name) = o.name.as_ref().filter(|n| n.as_str() != org.name) {
        orgs::set_name(c, org.id, name)?;
        changed = changed.field("name", Some(&org.name), Some(name.as_str()));
        org.name = name.to_string();
    }
    let plan = o.plan.map_or(org.plan.clone(), |p| p.to_string());
    let billing = o.billing_email.as_ref().map(|e| e.to_string()).or(org.billing_email.clone());
    if plan != org.plan || billing != org.billing_email {
        orgs::set_billing(c, org.id, plan.parse()?, billing.as_deref())?;
        changed = changed.field("plan", Some(&org.plan), Some(&plan)).field(
            "billing_email",
            org.billing_email.as_deref(),
            billing.as_deref(),
        );
        org.plan = plan;
        org.billing_email = billing;
    }
    // A new org's plan and billing email are part of its creation, not a second change.
    if !changed.is_empty() && !created {
        run.record(Some(&org), Outcome::Updated, "org", o.slug.as_str(), changed.text())?;
    }
    let mut ids = HashMap::new();

    // Members.
    let named: BTreeSet<&Email> = o.members.iter().map(|(e, _)| e).collect();
    for (i, (email, role)) in o.members.iter().enumerate() {
        run.tick();
        let at = format!("{}.members[{i}]", o.at);
        let Some(uid) = run.note(user_id(c, &at, email, &mut ids))? else { continue };
        match (members::role(c, org.id, uid)?, *role) {
            (Some(_), None) => {}
            (Some(r), Some(role)) if r == role => {}
            (Some(r), Some(role)) => {
                members::set_role(c, org.id, uid, role)?;
                run.record(Some(&org), Outcome::Updated, "member", email.as_str(), format!("role={r}->{role}"))?;
            }
            (None, role) => {
                let role = role.unwrap_or(Role::Member);
                // Checked against the settings in force before this apply: the
                // file's own `[orgs.security]` takes effect at its end.
                crate::ops::security::check_joining(c, &org, email.as_str())
                    .map_err(|e| Error { message: format!("manifest {at}: {}", e.message), ..e })?;
                members::insert(c, org.id, uid, role, run.now)?;
                run.record(Some(&org), Outcome::Created, "member", email.as_str(), format!("role={role}"))?;
            }
        }
    }
    if run.prune {
        let s = Session {
            actor: actor.clone(),
            org: org.clone(),
            role: Some(Role::Admin),
            actor_source: run.source,
            rules: crate::ops::security::rules(c, org.id)?,
        };
        for (uid, email, _) in members::ids(c, org.id)? {
            // The acting user's own membership is never pruned.
            let parsed = Email::from_store(email.clone());
            if uid != actor.id && !named.contains(&parsed) {
                // What goes with a membership goes here too: their private
                // chats, and the pending invites that carried their authority.
                chats::delete_all_of(c, org.id, uid)?;
                let (_, revocations) = crate::ops::member::revoke_sent_by(c, &s, uid)?;
                for (action, target, details) in revocations {
                    audit_in(c, &s, action, &target, &details)?;
                }
                members::delete(c, org.id, uid)?;
                run.record(Some(&org), Outcome::Deleted, "member", &email, String::new())?;
            }
        }
    }
    let is_member = |c: &Tx, uid: UserId| members::role(c, org.id, uid).map(|r| r.is_some());

    // Teams and their members.
    let mut team_ids: BTreeMap<Slug, TeamId> = BTreeMap::new();
    for t in &o.teams {
        run.tick();
        let team = match teams::find(c, org.id, &t.slug)? {
            Some(team) => {
                let name = t.name.as_ref().map_or(team.name.clone(), |n| n.to_string());
                let description = t.description.clone().unwrap_or(team.description.clone());
                let diff = Diff::new().field("name", Some(&team.name), Some(&name)).field(
                    "description",
                    team.description.as_deref(),
                    description.as_deref(),
                );
                if !diff.is_empty() {
                    teams::update(c, team.id, &name, description.as_deref())?;
                    run.record(Some(&org), Outcome::Updated, "team", t.slug.as_str(), diff.text())?;
                }
                team
            }
            None => {
                let name = t.name.clone().map_or_else(|| Name::parse(t.slug.as_str()), Ok)?;
                let team =
                    teams::insert(c, org.id, &t.slug, &name, t.description.clone().flatten().as_deref(), run.now)?;
                run.record(Some(&org), Outcome::Created, "team", t.slug.as_str(), format!("name={name}"))?;
                team
            }
        };
        team_ids.insert(t.slug.clone(), team.id);
        let mut wanted = BTreeSet::new();
        for (j, email) in t.members.iter().enumerate() {
            run.tick();
            let at = format!("{}.members[{j}]", t.at);
            let Some(uid) = run.note(user_id(c, &at, email, &mut ids))? else { continue };
            if !is_member(c, uid)? {
                run.problems.push(
                    place(&at, format!("{email} is not a member of {}", o.slug))
                        .with_hint("list them under members of the org first"),
                );
                continue;
            }
            wanted.insert(uid);
            if teams::add_member(c, org.id, team.id, uid)? {
                run.record(Some(&org), Outcome::Created, "team_member", &format!("{}/{email}", t.slug), String::new())?;
            }
        }
        if run.prune {
            for (uid, email) in teams::member_ids(c, team.id)? {
                if !wanted.contains(&uid) {
                    teams::remove_member(c, team.id, uid)?;
                    run.record(
                        Some(&org),
                        Outcome::Deleted,
                        "team_member",
                        &format!("{}/{email}", t.slug),
                        String::new(),
                    )?;
                }
            }
        }
    }
    if run.prune {
        for team in teams::list(c, org.id)? {
            if !team_ids.contains_key(&Slug::from_store(team.slug.clone())) {
                teams::delete(c, team.id)?;
                run.record(Some(&org), Outcome::Deleted, "team", &team.slug, String::new())?;
            }
        }
    }
    let team_id = |c: &Tx, at: &str, slug: &Slug| -> Result<TeamId> {
        match team_ids.get(slug) {
            Some(id) => Ok(*id),
            None => teams::find(c, org.id, slug)?
                .map(|t| t.id)
                .ok_or_else(|| place(at, format!("team {slug} is neither in the manifest nor in {}", o.slug))),
        }
    };

    // Dashboards and their grants.
    let mut dash_slugs = BTreeSet::new();
    for d in &o.dashboards {
        run.tick();
        dash_slugs.insert(d.slug.clone());
        let owner_id = match &d.owner {
            Some(e) => {
                let at = format!("{}.owner", d.at);
                match run.note(user_id(c, &at, e, &mut ids))? {
                    Some(uid) if is_member(c, uid)? => Some(uid),
                    Some(_) => {
                        run.problems.push(
                            place(&at, format!("owner {e} is not a member of {}", o.slug))
                                .with_hint("a dashboard's owner must be a member: list them under members of the org"),
                        );
                        None
                    }
                    None => None,
                }
            }
            None => None,
        };
        let dash = match dashboards::find(c, org.id, &d.slug)? {
            Some(mut existing) => {
                let before = existing.clone();
                existing.title = d.title.to_string();
                if let Some(desc) = &d.description {
                    existing.description = desc.clone();
                }
                if let Some(v) = d.visibility {
                    existing.visibility = v;
                }
                if owner_id.is_some() {
                    existing.owner_id = owner_id;
                    existing.owner = d.owner.as_ref().map(|e| e.to_string());
                }
                let diff = crate::ops::dashboard::edit_diff(&before, &existing);
                if !diff.is_empty() {
                    dashboards::update(c, &existing)?;
                    run.record(Some(&org), Outcome::Updated, "dashboard", d.slug.as_str(), diff.text())?;
                }
                existing
            }
            None => {
                let visibility = d.visibility.unwrap_or(Visibility::Org);
                let owner = owner_id.or(Some(actor.id));
                let desc = d.description.clone().flatten();
                let id = dashboards::insert(
                    c,
                    org.id,
                    &d.slug,
                    d.title.as_str(),
                    desc.as_deref(),
                    visibility,
                    owner,
                    run.now,
                )?;
                run.record(
                    Some(&org),
                    Outcome::Created,
                    "dashboard",
                    d.slug.as_str(),
                    format!("visibility={visibility}"),
                )?;
                Dashboard {
                    id,
                    slug: d.slug.to_string(),
                    title: d.title.to_string(),
                    description: desc,
                    visibility,
                    owner_id: owner,
                    owner: None,
                }
            }
        };
        let mut wanted = Vec::new();
        for g in &d.grants {
            run.tick();
            let (grantee, named) = match &g.to {
                GrantTo::Team(slug) => {
                    let Some(id) = run.note(team_id(c, &g.at, slug))? else { continue };
                    (Grantee::Team(id), format!("team {slug}"))
                }
                GrantTo::User(email) => {
                    let Some(uid) = run.note(user_id(c, &g.at, email, &mut ids))? else { continue };
                    if !is_member(c, uid)? {
                        run.problems.push(place(&g.at, format!("{email} is not a member of {}", o.slug)));
                        continue;
                    }
                    (Grantee::User(uid), format!("user {email}"))
                }
            };
            wanted.push(grantee);
            let target = format!("{}/{named}", d.slug);
            match dashboards::grant_of(c, dash.id, grantee)? {
                Some(p) if p == g.permission => {}
                old => {
                    dashboards::set_grant(c, org.id, dash.id, grantee, g.permission)?;
                    let action = if old.is_some() { Outcome::Updated } else { Outcome::Created };
                    run.record(Some(&org), action, "grant", &target, format!("permission={}", g.permission))?;
                }
            }
        }
        if run.prune {
            for (grantee, _) in dashboards::grantees(c, dash.id)? {
                if !wanted.contains(&grantee) {
                    dashboards::remove_grant(c, dash.id, grantee)?;
                    let who = grantee_name(c, grantee)?;
                    run.record(Some(&org), Outcome::Deleted, "grant", &format!("{}/{who}", d.slug), String::new())?;
                }
            }
        }
    }
    if run.prune {
        for d in dashboards::list(c, org.id)? {
            if !dash_slugs.contains(&Slug::from_store(d.slug.clone())) {
                dashboards::delete(c, d.id)?;
                run.record(Some(&org), Outcome::Deleted, "dashboard", &d.slug, String::new())?;
            }
        }
    }

    // Connectors. A URL without secrets (as `export` writes it) keeps the
    // password and secret parameters already stored, so an exported manifest
    // applies as unchanged.
    let mut conn_names = BTreeSet::new();
    for k in &o.connectors {
        run.tick();
        conn_names.insert(k.name.as_str().to_string());
        let connector_id = match connectors::find(c, org.id, k.name.as_str())? {
            Some(existing) => {
                let keeps_password = without_password(&k.url) == k.url && without_password(&existing.url) == k.url;
                let url = if keeps_password { existing.url.clone() } else { k.url.clone() };
                if existing.kind != k.kind.as_str() || existing.url != url {
                    connectors::update(c, existing.id, k.kind.as_str(), &url)?;
                    run.record(Some(&org), Outcome::Updated, "connector", k.name.as_str(), format!("kind={}", k.kind))?;
                }
                existing.id
            }
            None => {
                connectors::insert(c, org.id, k.name.as_str(), k.kind.as_str(), &k.url, run.now)?;
                run.record(Some(&org), Outcome::Created, "connector", k.name.as_str(), format!("kind={}", k.kind))?;
                connectors::find(c, org.id, k.name.as_str())?.ok_or_else(|| Error::internal("connector vanished"))?.id
            }
        };
        let mut wanted = Vec::new();
        for (at, to) in &k.grants {
            run.tick();
            let (grantee, named) = match to {
                GrantTo::Team(slug) => (Grantee::Team(team_id(c, at, slug)?), format!("team {slug}")),
                GrantTo::User(email) => {
                    let uid = user_id(c, at, email, &mut ids)?;
                    if !is_member(c, uid)? {
                        return Err(place(at, format!("{email} is not a member of {}", o.slug)));
                    }
                    (Grantee::User(uid), format!("user {email}"))
                }
            };
            wanted.push(grantee);
            if connector_grants::grant(c, org.id, connector_id, grantee)? {
                run.record(
                    Some(&org),
                    Outcome::Created,
                    "connector_grant",
                    &format!("{}/{named}", k.name),
                    String::new(),
                )?;
            }
        }
        if run.prune {
            for grantee in connector_grants::grantees(c, connector_id)? {
                if !wanted.contains(&grantee) {
                    connector_grants::revoke(c, connector_id, grantee)?;
                    let who = grantee_name(c, grantee)?;
                    run.record(
                        Some(&org),
                        Outcome::Deleted,
                        "connector_grant",
                        &format!("{}/{who}", k.name),
                        String::new(),
                    )?;
                }
            }
        }
    }
    if run.prune {
        for k in connectors::list(c, org.id)? {
            if !conn_names.contains(&k.name) {
                connectors::delete(c, k.id)?;
                run.record(Some(&org), Outcome::Deleted, "connector", &k.name, String::new())?;
            }
        }
    }

    // Integrations. The URL is a secret: the plan and the audit log show it masked.
    let mut integration_names = BTreeSet::new();
    for x in &o.integrations {
        run.tick();
        integration_names.insert(x.name.as_str().to_string());
        let wanted = Integration {
            name: x.name.to_string(),
            kind: x.kind,
            url: x.url.clone(),
            channel: x.channel.clone(),
            events: x.events.clone(),
        };
        let details = crate::ops::integration::details(&wanted);
        match integrations::find(c, org.id, x.name.as_str())? {
            Some(existing) => {
                if wanted != existing {
                    integrations::update(c, org.id, &wanted)?;
                    run.record(Some(&org), Outcome::Updated, "integration", x.name.as_str(), details)?;
                }
            }
            None => {
                integrations::insert(c, org.id, &wanted, run.now)?;
                run.record(Some(&org), Outcome::Created, "integration", x.name.as_str(), details)?;
            }
        }
    }
    if run.prune {
        for x in integrations::list(c, org.id)? {
            if !integration_names.contains(&x.name) {
                integrations::delete(c, org.id, &x.name)?;
                run.record(Some(&org), Outcome::Deleted, "integration", &x.name, format!("kind={}", x.kind))?;
            }
        }
    }

    // Invites: created when the email has no pending invite and is not a member yet.
    let s = Session {
        actor: actor.clone(),
        org: org.clone(),
        role: Some(Role::Admin),
        actor_source: run.source,
        rules: crate::ops::security::rules(c, org.id)?,
    };
    for inv in &o.invites {
        run.tick();
        let member = match users::find(c, &inv.email)? {
            Some(u) => is_member(c, u.id)?,
            None => false,
        };
        if member || invites::pending_for(c, org.id, inv.email.as_str(), run.now)?.is_some() {
            continue;
        }
        let tids = inv.teams.iter().map(|t| team_id(c, &inv.at, t)).collect::<Result<Vec<_>>>();
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
        let secs = crate::ops::security::invite_lifetime(c, &org, expires)
            .map_err(|e| Error { message: format!("manifest {at}: {}", e.message), ..e })?;
        let created = crate::ops::invite::create_one(c, &s, &inv.email, inv.role, &tids, run.now, secs, "via apply; ")?;
        run.changes.push(Applied {
            action: Outcome::Created,
            kind: "invite",
            org: Some(org.slug.clone()),
            target: inv.email.to_string(),
            details: format!("id={} role={}", created.id, inv.role),
            token: created.token,
        });
    }

    // Security settings last: like `org security set`, they govern who joins
    // from now on, so members and invites listed in the same file (an export
    // of an org whose members predate its allowed-domains) apply back.
    if let Some(set) = &o.security {
        run.tick();
        let (changed, outside) = crate::ops::security::set_in(c, &org, set)?;
        if !changed.is_empty() {
            let mut details = changed.join(" ");
            if !outside.is_empty() {
                details.push_str(&format!(" members_outside={}", outside.join(",")));
            }
            run.record(Some(&org), Outcome::Updated, "security", o.slug.as_str(), details)?;
        }
    }

    if members::count_admins(c, org.id)? == 0 {
        return Err(Error::conflict(format!("the manifest leaves {} without an admin", o.slug))
            .with_hint("keep at least one member with role = \"admin\""));
    }
    Ok(org.id)
}

/// A manifest of the given orgs (all those the acting user administers when
/// none are named): no invite tokens, no connector passwords.
pub fn export(store: &mut Store, who: &Who, slugs: &[Slug]) -> Result<Manifest> {
    store.read(|tx| {
        let me = session::actor(tx, who)?;
        let chosen: Vec<Org> = if slugs.is_empty() {
            orgs::of_user(tx, me.id)?.into_iter().filter(|(_, r)| *r == Role::Admin).map(|(o, _)| o).collect()
        } else {
            let mut out = Vec::new();
            for slug in slugs {
                let s = session::in_org_or(tx, who, Some(slug))?;
                if s.role != Some(Role::Admin) {
                    return Err(Error::forbidden(format!(
                        "{} may not export {slug}: only its admins may",
                        s.actor.email
                    ))
                    .with_hint("see the orgs you administer with `orgctl org list`"));
                }
                out.push(s.org);
            }
            out
        };
        let mut emails = BTreeSet::new();
        let mut out_orgs = Vec::new();
        for org in chosen {
            out_orgs.push(export_org(tx, &org, &mut emails)?);
        }
        out_orgs.sort_by(|a, b| a.slug.cmp(&b.slug));
        let mut users_out = Vec::new();
        for email in emails {
            if let Some(u) = users::find(tx, &Email::from_store(email))? {
                users_out.push(UserSpec { email: u.email, name: Some(u.name) });
            }
        }
        Ok(Manifest { users: users_out, orgs: out_orgs })
    })
}

fn export_org(c: &Tx, org: &Org, emails: &mut BTreeSet<String>) -> Result<OrgSpec> {
    c.enter_org(org.id)?;
    let mut members_out = Vec::new();
    for (_, email, role) in members::ids(c, org.id)? {
        emails.insert(email.clone());
        members_out.push(MemberSpec { email, role: Some(role.to_string()) });
    }
    let mut teams_out = Vec::new();
    for t in teams::list(c, org.id)? {
        let members = teams::member_emails(c, t.id)?;
        teams_out.push(TeamSpec { slug: t.slug, name: Some(t.name), description: t.description, members });
    }
    let mut dash_out = Vec::new();
    for d in dashboards::list(c, org.id)? {
        emails.extend(d.owner.clone());
        let grants = dashboards::grants(c, d.id)?
            .into_iter()
            .map(|g| GrantSpec { team: g.team, user: g.user, permission: Some(g.permission.to_string()) })
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
                .map(|g| UseGrantSpec { team: g.team, user: g.user })
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
    })
}
