//! `sync`: reconcile the org's members and their team memberships with a
//! directory export, and the rule that protects what a sync manages.
//!
//! A membership, team membership or user that `sync --source NAME` writes is
//! marked `managed_by = "sync:NAME"`. The next sync of the same source
//! changes, and deprovisions, only rows it manages: a member made by hand
//! or by another source is never touched (it is reported as a finding). A
//! manual change to a managed row is refused ([`refuse_managed`]) unless
//! forced, so that the directory stays the one place it is decided.
//!
//! Like `apply`, the whole sync is one transaction through the verbs' cores
//! (`member::add_in`, `set_role_in`, `remove_in`, `team::add_member_in`,
//! `remove_member_in`), so the rules they keep (allowed domains, the last
//! admin) hold; their audit entries are recorded as `sync.*`, with details
//! naming the source. `--dry-run` runs the same code and rolls back.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::directory::Entry;
use crate::error::{Error, Invalid, Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{ManagedBy, Role, Slug};
use crate::ops::scope::{write_in_then, Audited, Permit, Scope, Step};
use crate::ops::{Outcome, Who};
use crate::policy::Action;
use crate::store::teams::{self, Team};
use crate::store::{members, users, Store, UserId};

/// What happens to a managed member the directory no longer lists (or
/// lists with `active: false`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deprovision {
    /// Suspended: role, teams, grants and chats are kept for a reactivation.
    Suspend,
    /// Removed, as `member remove` removes them.
    Remove,
}

/// How many members one sync may change: a count, or a percentage of the
/// org's members before the sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaxChanges {
    Count(usize),
    Percent(u32),
}

impl std::str::FromStr for MaxChanges {
    type Err = Error;
    fn from_str(raw: &str) -> Result<MaxChanges> {
        let bad = || Error::from(Invalid::MaxChanges { raw: raw.to_string() });
        let raw = raw.trim();
        match raw.strip_suffix('%') {
            Some(p) => match p.trim().parse::<u32>() {
                Ok(p) if p <= 100 => Ok(MaxChanges::Percent(p)),
                _ => Err(bad()),
            },
            None => raw.parse::<usize>().map(MaxChanges::Count).map_err(|_| bad()),
        }
    }
}

/// The guard when `--max-changes` is not given.
pub const DEFAULT_MAX_CHANGES: MaxChanges = MaxChanges::Percent(10);

#[derive(Debug, Clone)]
pub struct SyncOptions {
    pub source: ManagedBy,
    pub deprovision: Deprovision,
    /// `None`: [`DEFAULT_MAX_CHANGES`], except on a source's first sync.
    pub max_changes: Option<MaxChanges>,
    pub dry_run: bool,
}

/// One change of the plan, as `apply`'s receipts show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Planned {
    pub action: Outcome,
    /// `user`, `member` or `team_member`.
    pub kind: &'static str,
    pub org: String,
    /// The email, or `TEAM/EMAIL` for a team membership.
    pub key: String,
    /// The same as `key`, under the name `apply`'s rows use.
    pub target: String,
    pub details: String,
}

/// Something the sync saw and left as it is.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Finding {
    /// `unmanaged` (a member made by hand or by another source), `name` (the
    /// directory's name differs from the user's own), `actor` (the acting
    /// admin, whom their own sync never deprovisions), `max_changes` (a dry
    /// run past the guard).
    pub kind: &'static str,
    pub org: String,
    pub key: String,
    pub message: String,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    /// Members the plan changes (added, updated, deprovisioned or with
    /// their teams changed): what `--max-changes` counts.
    pub members_changed: usize,
    /// The most members this sync may change; `None`: no limit.
    pub max_changes: Option<usize>,
}

/// What `sync` reports.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SyncReport {
    pub dry_run: bool,
    pub org: String,
    pub source: String,
    pub changes: Vec<Planned>,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

/// Reconciles the current org with the directory `entries` as an admin (the
/// policy's `sync`), in one transaction.
pub fn sync(store: &mut Store, who: &Who, entries: &[Entry], opts: &SyncOptions) -> Result<SyncReport> {
    let change = write_in_then(store, who, None, Action::Sync, !opts.dry_run, |tx, scope| {
        let mut run = Run {
            c: tx,
            scope,
            source: opts.source.as_str(),
            changes: Vec::new(),
            findings: Vec::new(),
            steps: Vec::new(),
            touched: BTreeSet::new(),
        };
        let before = members::with_managers(tx, scope.org_id())?;
        let first_sync = !before.iter().any(|m| m.3.as_deref() == Some(run.source));
        let teams = run.teams(entries)?;
        let mut listed = HashSet::new();
        for e in entries.iter().filter(|e| e.active) {
            listed.insert(e.email.as_str());
            run.entry(e, &teams)?;
        }
        for e in entries.iter().filter(|e| !e.active) {
            run.inactive(e)?;
        }
        let me = scope.actor().id;
        for (uid, email, _, managed_by) in &before {
            if managed_by.as_deref() == Some(run.source) && !listed.contains(email.as_str()) {
                if *uid == me {
                    // As `apply --prune`: the acting admin's own membership
                    // is never taken away by the command they run.
                    let message = format!(
                        "{email} (you) is not listed by {} but runs this sync: left as they are",
                        run.source
                    );
                    run.find("actor", email, message);
                    continue;
                }
                run.deprovision(*uid, email, opts.deprovision)?;
            }
        }
        let limit = limit(opts.max_changes, first_sync, before.len());
        let n = run.touched.len();
        if let Some(max) = limit.filter(|max| n > *max) {
            let why = match opts.max_changes {
                Some(MaxChanges::Count(_)) => format!("--max-changes {max}"),
                Some(MaxChanges::Percent(p)) => format!("--max-changes {p}% ({max} of {} members)", before.len()),
                None => format!("the default --max-changes 10% ({max} of {} members)", before.len()),
            };
            let (source, org) = (run.source.to_string(), scope.slug().to_string());
            let refused = Refusal::TooManyChanges { source, org, count: n, limit: why };
            if !opts.dry_run {
                return Err(refused.into());
            }
            // A dry run reports it as a finding, in the same words but the last.
            let (org, key, message) = (scope.slug().to_string(), run.source.to_string(), refused.plan_words());
            run.findings.push(Finding { kind: "max_changes", org, key, message });
        }
        let summary = summarize(&run.changes, n, limit);
        let report = SyncReport {
            dry_run: opts.dry_run,
            org: scope.slug().to_string(),
            source: run.source.to_string(),
            changes: run.changes,
            findings: run.findings,
            summary,
        };
        Ok(Audited::of_steps(Outcome::Updated, report, run.steps))
    })?;
    Ok(change.item)
}

/// The most members a sync may change: `max` of the org's `members` before
/// it, and at least one (a single leaver is never refused). Without
/// `--max-changes`, 10%; but a source's first sync, which manages no member
/// yet, has no export to have been truncated and is not limited.
fn limit(max: Option<MaxChanges>, first_sync: bool, members: usize) -> Option<usize> {
    let of = |p: u32| (members * p as usize / 100).max(1);
    match max {
        Some(MaxChanges::Count(n)) => Some(n),
        Some(MaxChanges::Percent(p)) => Some(of(p)),
        None if first_sync => None,
        None => match DEFAULT_MAX_CHANGES {
            MaxChanges::Count(n) => Some(n),
            MaxChanges::Percent(p) => Some(of(p)),
        },
    }
}

fn summarize(changes: &[Planned], members_changed: usize, max_changes: Option<usize>) -> Summary {
    let (created, updated, deleted) = Outcome::tally(changes.iter().map(|c| c.action));
    Summary { created, updated, deleted, members_changed, max_changes }
}

/// The state of one sync inside its transaction.
struct Run<'a, 'p, 't> {
    c: &'a Permit<'p, 't>,
    scope: &'a Scope,
    /// `sync:NAME`.
    source: &'a str,
    changes: Vec<Planned>,
    findings: Vec<Finding>,
    /// The audit entries, recorded by the door with the change.
    steps: Vec<Step>,
    /// The members the plan changes, by email.
    touched: BTreeSet<String>,
}

impl Run<'_, '_, '_> {
    fn plan(&mut self, action: Outcome, kind: &'static str, key: &str, details: String) {
        let org = self.scope.slug().to_string();
        self.changes.push(Planned { action, kind, org, key: key.into(), target: key.into(), details });
    }

    fn find(&mut self, kind: &'static str, key: &str, message: String) {
        let org = self.scope.slug().to_string();
        self.findings.push(Finding { kind, org, key: key.into(), message });
    }

    /// Records a core's audit entries as `sync.*`, with the source named.
    fn audit<T>(&mut self, done: Audited<T>) -> T {
        let (item, steps) = done.into_steps();
        for (action, target, details) in steps {
            let action = match action {
                AuditAction::MemberAdd => AuditAction::SyncAdd,
                AuditAction::MemberSetRole => AuditAction::SyncUpdate,
                AuditAction::MemberRemove => AuditAction::SyncRemove,
                AuditAction::TeamAdd => AuditAction::SyncTeamAdd,
                AuditAction::TeamRemove => AuditAction::SyncTeamRemove,
                // What goes with a change (a demoted admin's invites) keeps its own name.
                other => other,
            };
            let details =
                if details.is_empty() { format!("source={}", self.source) } else { format!("source={} {details}", self.source) };
            self.steps.push((action, target, details));
        }
        item
    }

    /// The teams the file names, each of which must exist in the org: a sync
    /// manages who is in a team, not the teams themselves (their names and
    /// grants are the admins'). A missing one is a usage error naming its
    /// place; all are reported at once.
    fn teams(&self, entries: &[Entry]) -> Result<HashMap<Slug, Team>> {
        let mut found = HashMap::new();
        let (mut problems, mut missing) = (Vec::new(), None);
        for e in entries {
            for slug in &e.teams {
                if found.contains_key(slug) {
                    continue;
                }
                match teams::find(self.c, self.scope.org_id(), slug)? {
                    Some(t) => {
                        found.insert(slug.clone(), t);
                    }
                    None => {
                        problems.push(format!("{}: team {slug} does not exist in {}", e.at, self.scope.slug()));
                        missing.get_or_insert(slug.clone());
                    }
                }
            }
        }
        match missing {
            None => Ok(found),
            Some(slug) => Err(Invalid::SyncTeams { problems, first: slug.to_string() }.into()),
        }
    }

    /// One person the directory lists as active.
    fn entry(&mut self, e: &Entry, teams: &HashMap<Slug, Team>) -> Result<()> {
        let (c, org_id, email) = (self.c, self.scope.org_id(), e.email.as_str());
        // The entry's place goes before what is about its content.
        let at = |err: Error| err.placed(&e.at);
        let (uid, new_user) = match users::find(c, &e.email)? {
            Some(u) => {
                if let Some(name) = e.name.as_ref().filter(|n| n.as_str() != u.name) {
                    // A user's name is theirs: an admin of one org does not
                    // rename someone everywhere (as with `apply`).
                    let message = format!(
                        "the directory names {email} {:?}, the user is named {:?}; a user's name is changed only by them (`orgctl user edit`)",
                        name.as_str(),
                        u.name
                    );
                    self.find("name", email, message);
                }
                (u.id, false)
            }
            None => {
                let name = match &e.name {
                    Some(n) => n.clone(),
                    None => crate::model::Name::parse(email.split('@').next().unwrap_or(email)).map_err(at)?,
                };
                let user = users::insert_managed(c, &e.email, &name, crate::model::now(), Some(self.source))?;
                self.plan(Outcome::Created, "user", email, format!("name={name}"));
                (user.id, true)
            }
        };
        match members::role_and_manager(c, org_id, uid)? {
            None => {
                let role = e.role.unwrap_or(Role::Member);
                let done = crate::ops::member::add_in(c, self.scope, uid, email, role).map_err(at)?;
                members::set_managed_by(c, org_id, uid, Some(self.source))?;
                self.audit(done);
                if new_user {
                    if let Some(step) = self.steps.last_mut() {
                        step.2.push_str(" user=created");
                    }
                }
                self.plan(Outcome::Created, "member", email, format!("role={role}"));
                self.touched.insert(email.to_string());
            }
            Some((current, Some(by))) if by == self.source => {
                self.reinstate(uid, email)?;
                if let Some(role) = e.role.filter(|r| *r != current) {
                    let s = self.scope.session();
                    if current == Role::Admin {
                        crate::ops::guard::keep_an_admin(c, s, email, "demote them").map_err(at)?;
                    }
                    let done = crate::ops::member::set_role_in(c, s, uid, email, current, role)?;
                    self.audit(done);
                    self.plan(Outcome::Updated, "member", email, format!("role={current}->{role}"));
                    self.touched.insert(email.to_string());
                }
            }
            Some((_, by)) => {
                let who = match by {
                    Some(other) => format!("managed by {other}"),
                    None => "added by hand".to_string(),
                };
                let message = format!(
                    "{email} is a member of {} {who}, not by {}; the sync leaves them as they are",
                    self.scope.slug(),
                    self.source
                );
                self.find("unmanaged", email, message);
                return Ok(());
            }
        }
        self.reconcile_teams(uid, email, &e.teams, teams)
    }

    /// A managed member's teams: those the file names are joined (a manual
    /// membership of one is left as it is), and the memberships this source
    /// manages that the file no longer names are ended. Memberships made by
    /// hand stay.
    fn reconcile_teams(
        &mut self,
        uid: UserId,
        email: &str,
        wanted: &[Slug],
        teams: &HashMap<Slug, Team>,
    ) -> Result<()> {
        let c = self.c;
        let current = teams::memberships_of(c, self.scope.org_id(), uid)?;
        for slug in wanted {
            let Some(team) = teams.get(slug) else { continue };
            if current.iter().any(|(t, _)| t.id == team.id) {
                continue;
            }
            self.audit(crate::ops::team::add_member_in(c, self.scope, team, uid, email)?);
            teams::set_member_managed_by(c, team.id, uid, Some(self.source))?;
            self.plan(Outcome::Created, "team_member", &format!("{slug}/{email}"), String::new());
            self.touched.insert(email.to_string());
        }
        for (team, by) in current {
            let named = wanted.iter().any(|s| s.as_str() == team.slug);
            if !named && by.as_deref() == Some(self.source) {
                self.audit(crate::ops::team::remove_member_in(c, &team, uid, email)?);
                self.plan(Outcome::Deleted, "team_member", &format!("{}/{email}", team.slug), String::new());
                self.touched.insert(email.to_string());
            }
        }
        Ok(())
    }

    /// A person the directory lists with `active: false`: a member this
    /// source manages is deprovisioned with the absent ones; anyone else is
    /// only reported.
    fn inactive(&mut self, e: &Entry) -> Result<()> {
        let Some(user) = users::find(self.c, &e.email)? else { return Ok(()) };
        let Some((_, by)) = members::role_and_manager(self.c, self.scope.org_id(), user.id)? else { return Ok(()) };
        if by.as_deref() != Some(self.source) {
            let message = format!(
                "{}: {} is inactive in the directory but not managed by {}; the sync leaves them as they are",
                e.at, e.email, self.source
            );
            self.find("unmanaged", e.email.as_str(), message);
        }
        Ok(())
    }

    /// A managed member this source suspended (they had left the directory)
    /// whom the directory lists again is reactivated, everything they kept
    /// given back; a suspension made by hand stays.
    fn reinstate(&mut self, uid: UserId, email: &str) -> Result<()> {
        let c = self.c;
        let Some(m) = members::membership(c, self.scope.org_id(), uid)? else { return Ok(()) };
        if m.state != crate::model::MemberState::Suspended || m.suspend_reason.as_deref() != Some(GONE) {
            return Ok(());
        }
        members::reactivate(c, self.scope.org_id(), uid)?;
        self.audit(Audited::of_steps(
            Outcome::Updated,
            (),
            vec![(AuditAction::SyncUpdate, email.to_owned(), "state=active".to_owned())],
        ));
        self.plan(Outcome::Updated, "member", email, "state=active".into());
        self.touched.insert(email.to_string());
        Ok(())
    }

    /// Ends the access of a managed member the directory no longer lists.
    fn deprovision(&mut self, uid: UserId, email: &str, how: Deprovision) -> Result<()> {
        match how {
            Deprovision::Remove => {
                self.touched.insert(email.to_string());
                let s = self.scope.session();
                let (gone, steps) = crate::ops::member::remove_in(self.c, s, uid, AuditAction::MemberRemove, None)?;
                self.audit(Audited::of_steps(Outcome::Deleted, (), steps));
                let mut details = format!("role={}", gone.role);
                if !gone.teams.is_empty() {
                    details.push_str(&format!(" teams={}", gone.teams.join(",")));
                }
                self.plan(Outcome::Deleted, "member", email, details);
            }
            Deprovision::Suspend => {
                // One suspended already (by an earlier sync) is no change.
                let steps = deprovision_suspend(self.c, self.scope, uid, email)?;
                if !steps.is_empty() {
                    self.audit(Audited::of_steps(Outcome::Updated, (), steps));
                    self.plan(Outcome::Updated, "member", email, "state=suspended".into());
                    self.touched.insert(email.to_string());
                }
            }
        }
        Ok(())
    }
}

/// Suspends a member the directory no longer lists (`--deprovision
/// suspend`, the default), returning the audit entries to record (named
/// `sync.suspend`; [`Run::audit`] adds the source). The member keeps their
/// role, teams, grants, dashboards and chats, as `member suspend` keeps
/// them, and the last active admin is never suspended (exit 5). One already
/// suspended is left as they are.
fn deprovision_suspend(c: &Permit, scope: &Scope, uid: UserId, email: &str) -> Result<Vec<Step>> {
    if !crate::ops::lifecycle::suspend_in(c, scope.session(), uid, email, Some(GONE), None)? {
        return Ok(Vec::new());
    }
    Ok(vec![(AuditAction::SyncSuspend, email.to_owned(), format!("reason={GONE}"))])
}

/// The reason a sync suspends a member with: it also tells a later sync
/// which suspensions are its own to lift.
const GONE: &str = "no longer in the directory";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_changes_parses_counts_and_percentages() {
        assert_eq!("25".parse::<MaxChanges>().ok(), Some(MaxChanges::Count(25)));
        assert_eq!("20%".parse::<MaxChanges>().ok(), Some(MaxChanges::Percent(20)));
        assert!("101%".parse::<MaxChanges>().is_err());
        assert!("-1".parse::<MaxChanges>().is_err());
        assert!("ten".parse::<MaxChanges>().is_err());
    }

    #[test]
    fn the_limit_is_at_least_one_and_off_for_a_first_sync_by_default() {
        assert_eq!(limit(None, true, 3), None);
        assert_eq!(limit(None, false, 3), Some(1));
        assert_eq!(limit(None, false, 40), Some(4));
        assert_eq!(limit(Some(MaxChanges::Percent(50)), true, 10), Some(5));
        assert_eq!(limit(Some(MaxChanges::Count(0)), true, 10), Some(0));
    }
}
