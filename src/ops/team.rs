//! `team create | list | show | edit | delete | add | remove`.

use crate::ops::terms::Terms;
use crate::ops::scope::Permit;
use serde::Serialize;

use crate::error::{Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{now, Email, Name, Permission, Slug, TeamRole};
use crate::ops::lookup::{existing_member, team as find};
use crate::ops::scope::{read_as, read_on, write_as, write_as_then, write_on, Audited, Scope, TeamNamed};
use crate::ops::{Change, Diff, Outcome, Who};
use crate::policy::Action;
use crate::ops::views::{TeamMemberView, TeamView};
use crate::store::teams::{self, Team};
use crate::store::{dashboards, Store, Tx, UserId};

/// A team with its members (each with their role in it: `member` or
/// `maintainer`) and the dashboards granted to it (for `team show`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamDetail {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub members: Vec<TeamMemberView>,
    pub dashboards: Vec<TeamDashboard>,
}

fn detail(c: &Tx, team: Team, dashboards: Vec<TeamDashboard>) -> Result<TeamDetail> {
    let members = teams::members(c, team.id)?.into_iter().map(Into::into).collect();
    Ok(TeamDetail { slug: team.slug, name: team.name, description: team.description, members, dashboards })
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamDashboard {
    pub slug: String,
    pub permission: Permission,
}

/// A deleted team, with the grants that went with it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamDeleted {
    #[serde(flatten)]
    pub team: TeamView,
    /// Dashboards whose grant to the team was dropped.
    pub grants: Vec<String>,
    /// Connectors whose grant to the team was dropped.
    pub connector_grants: Vec<String>,
    /// Pending invites that would have put someone in the team: they stay, without it.
    pub invites: Vec<i64>,
}

/// The result of `team add` / `team remove`: the team, and whom it changed.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Membership {
    #[serde(flatten)]
    pub team: TeamView,
    pub changed: Vec<String>,
    pub unchanged: Vec<String>,
    /// `team add` (true) or `team remove`.
    #[serde(skip)]
    pub adding: bool,
}

/// Makes the team `slug` of the scope's org exist with the name and
/// description given (`None`: kept, or for a new team its slug and none;
/// `Some(None)` clears the description): the core of `team create` and
/// `edit`, and of `apply`.
pub fn reconcile(
    c: &Permit,
    scope: &Scope,
    slug: &Slug,
    name: Option<&Name>,
    description: Option<Option<&str>>,
) -> Result<Audited<Team>> {
    let found = teams::find(c, scope.org_id(), slug)?;
    reconcile_found(c, scope, found, slug, name, description)
}

/// A new team's name: as given, or its slug.
pub fn name_for_new(slug: &Slug, name: Option<&Name>) -> Result<Name> {
    match name {
        Some(n) => Ok(n.clone()),
        None => Name::parse(slug.as_str()),
    }
}

/// What creating `team` records (`team create`; `apply`, which inserts its
/// new teams together).
pub fn created(team: Team) -> Audited<Team> {
    let (slug, details) = (team.slug.clone(), format!("name={}", team.name));
    Audited::changed(Outcome::Created, team, AuditAction::TeamCreate, &slug, &details)
}

/// [`reconcile`] of a team already looked up: `found`, the org's team of
/// that slug if it has one (`apply` reads all of them at once).
pub fn reconcile_found(
    c: &Permit,
    scope: &Scope,
    found: Option<Team>,
    slug: &Slug,
    name: Option<&Name>,
    description: Option<Option<&str>>,
) -> Result<Audited<Team>> {
    let Some(team) = found else {
        let name = name_for_new(slug, name)?;
        return Ok(created(teams::insert(c, scope.org_id(), slug, &name, description.flatten(), now())?));
    };
    let new_name = name.map_or(team.name.clone(), |n| n.to_string());
    let new_desc = description.map_or(team.description.clone(), |d| d.map(str::to_string));
    let diff = Diff::new().field("name", Some(&team.name), Some(&new_name)).field(
        "description",
        team.description.as_deref(),
        new_desc.as_deref(),
    );
    if diff.is_empty() {
        return Ok(Audited::unchanged(team));
    }
    teams::update(c, team.id, &new_name, new_desc.as_deref())?;
    let updated = Team { name: new_name, description: new_desc, ..team };
    Ok(Audited::changed(Outcome::Updated, updated, AuditAction::TeamEdit, slug.as_str(), &diff.text()))
}

pub fn create(
    store: &mut Store,
    who: &Who,
    slug: &Slug,
    name: Option<&Name>,
    description: Option<&str>,
) -> Result<Change<TeamView>> {
    write_as(store, who, Action::ManageTeams, |tx, scope| {
        if teams::find(tx, scope.org_id(), slug)?.is_some() {
            return Err(Refusal::TeamExists { slug: slug.to_string(), org: scope.slug().to_string() }.into());
        }
        // A new team has no members yet: nothing more to read.
        let done = reconcile_found(tx, scope, None, slug, name, Some(description))?;
        Ok(done.map(|t| TeamView { slug: t.slug, name: t.name, description: t.description, members: Vec::new() }))
    })
}

/// A team as `team list` shows it: its member count rather than every email.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamSummary {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub member_count: i64,
    pub members: Vec<String>,
}

/// The org's teams by slug, with member counts (any member may list).
pub fn summaries(store: &mut Store, who: &Who) -> Result<Vec<TeamSummary>> {
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        let mut seen = teams::members_seen_by_team(tx, scope.org_id())?;
        let mut out = Vec::new();
        for t in visible_teams(tx, scope)? {
            let (member_count, members) = seen.remove(&t.id).unwrap_or_default();
            out.push(TeamSummary { slug: t.slug, name: t.name, description: t.description, member_count, members });
        }
        Ok(out)
    })
}

pub fn list(store: &mut Store, who: &Who) -> Result<Vec<TeamView>> {
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        let mut seen = teams::members_seen_by_team(tx, scope.org_id())?;
        Ok(visible_teams(tx, scope)?
            .into_iter()
            .map(|t| {
                let (_, members) = seen.remove(&t.id).unwrap_or_default();
                teams::TeamRow { slug: t.slug, name: t.name, description: t.description, members }.into()
            })
            .collect())
    })
}

pub fn show(store: &mut Store, who: &Who, slug: &Slug) -> Result<TeamDetail> {
    read_on(store, who, TeamNamed(slug), Action::View, |tx, scope, team| {
        let s = scope.session();
        // Only the grants on dashboards the viewer can see: a restricted
        // dashboard must not show through its team's page.
        let mut dashboards = Vec::new();
        for (slug, permission) in dashboards::granted_to_team(tx, s.org().id, team.id)? {
            if scope.can_view_dashboard(tx, &Slug::from_store(slug.clone()))? {
                dashboards.push(TeamDashboard { slug, permission });
            }
        }
        detail(tx, team, dashboards)
    })
}

/// The org's teams the acting user may see: all, for a guest only theirs.
fn visible_teams(c: &Tx, scope: &Scope) -> Result<Vec<Team>> {
    let all = teams::list(c, scope.org_id())?;
    if scope.sees(crate::policy::Sight::OtherTeams) {
        return Ok(all);
    }
    let mut out = Vec::new();
    for t in all {
        if teams::role_of(c, t.id, scope.actor().id)?.is_some() {
            out.push(t);
        }
    }
    Ok(out)
}

/// Changes a team's name and/or description; `Some(None)` clears the description.
pub fn edit(
    store: &mut Store,
    who: &Who,
    slug: &Slug,
    name: Option<&Name>,
    description: Option<Option<&str>>,
) -> Result<Change<TeamView>> {
    write_on(store, who, TeamNamed(slug), &[Action::Edit], true, |tx, scope, _| {
        reconcile(tx, scope, slug, name, description)?.try_map(|t| team_view(tx, t))
    })
}

/// Deletes a team with its memberships, its grants and its place in pending
/// invites (`dry_run`: works it all out and rolls back).
pub fn delete(store: &mut Store, who: &Who, slug: &Slug, dry_run: bool) -> Result<Change<TeamDeleted>> {
    let change = write_as_then(store, who, Action::ManageTeams, !dry_run, |tx, scope| {
        delete_in(tx, scope, find(tx, scope.session(), slug)?)
    })?;
    Ok(change.dry(dry_run))
}

/// Deletes a team with its memberships, its grants and its place in pending
/// invites (the core of `team delete` and of `apply --prune`).
pub fn delete_in(c: &Permit, scope: &Scope, team: Team) -> Result<Audited<TeamDeleted>> {
    let slug = team.slug.clone();
    let view = team_view(c, team.clone())?;
    let grants: Vec<String> =
        dashboards::granted_to_team(c, scope.org_id(), team.id)?.into_iter().map(|(d, _)| d).collect();
    let connector_grants = crate::store::connector_grants::granted_to_team(c, scope.org_id(), team.id)?;
    let invites = teams::pending_invites_naming(c, team.id)?;
    teams::delete(c, team.id)?;
    let mut details = format!("members={}", view.members.len());
    if !grants.is_empty() {
        details.push_str(&format!(" grants={}", grants.join(",")));
    }
    if !connector_grants.is_empty() {
        details.push_str(&format!(" connector_grants={}", connector_grants.join(",")));
    }
    if !invites.is_empty() {
        let ids: Vec<String> = invites.iter().map(i64::to_string).collect();
        details.push_str(&format!(" invites={}", ids.join(",")));
    }
    let gone = TeamDeleted { team: view, grants, connector_grants, invites };
    Ok(Audited::changed(Outcome::Deleted, gone, AuditAction::TeamDelete, &slug, &details))
}

/// Adds members to a team (admins and the team's maintainers), all or
/// nothing; those already in it are no error. `terms`: when the team
/// memberships end, and why.
pub fn add(store: &mut Store, who: &Who, slug: &Slug, emails: &[Email], terms: &Terms) -> Result<Change<Membership>> {
    change_members(store, who, slug, emails, Some(terms), false, false)
}

/// Removes members from a team, all or nothing; those not in it are no error.
pub fn remove(
    store: &mut Store,
    who: &Who,
    slug: &Slug,
    emails: &[Email],
    dry_run: bool,
    force: bool,
) -> Result<Change<Membership>> {
    change_members(store, who, slug, emails, None, dry_run, force)
}

/// `team set-role SLUG EMAIL member|maintainer` (admins and the team's
/// maintainers): the member must be in the team.
pub fn set_role(store: &mut Store, who: &Who, slug: &Slug, email: &Email, role: TeamRole) -> Result<Change<TeamDetail>> {
    write_on(store, who, TeamNamed(slug), &[Action::Edit], true, |tx, scope, team| {
        let s = scope.session();
        let (user, _) = existing_member(tx, s, email)?;
        if teams::role_of(tx, team.id, user.id)?.is_none() {
            return Err(Refusal::NotOnTeam { email: email.to_string(), team: slug.to_string() }.into());
        }
        let did = teams::set_role(tx, team.id, user.id, role)?;
        let details = format!("member={email} role={role}");
        let done = Audited::changed_if(did, Outcome::Updated, (), AuditAction::TeamSetRole, &team.slug, &details);
        done.try_map(|()| detail(tx, team, Vec::new()))
    })
}

fn change_members(
    store: &mut Store,
    who: &Who,
    slug: &Slug,
    emails: &[Email],
    add: Option<&Terms>,
    dry_run: bool,
    force: bool,
) -> Result<Change<Membership>> {
    let change = write_on(store, who, TeamNamed(slug), &[Action::Edit], !dry_run, |tx, scope, team| {
        let s = scope.session();
        let expires = match add {
            Some(t) => crate::ops::terms::resolve_expiry(tx, s, t.expires, &format!("team {slug}"))?,
            None => None,
        };
        let (mut changed, mut unchanged, mut steps) = (Vec::new(), Vec::new(), Vec::new());
        let mut seen = std::collections::HashSet::new();
        // An email named twice counts once.
        for email in emails.iter().filter(|e| seen.insert(e.as_str())) {
            // Any email that is not a member fails the whole call: nothing is written.
            let (user, _) = existing_member(tx, s, email)?;
            let done = if let Some(terms) = add {
                if terms.is_empty() {
                    add_member_in(tx, scope, &team, user.id, email.as_str())?
                } else {
                    let did = teams::add_member_with(tx, s.org().id, team.id, user.id, expires, terms.reason.as_deref())?;
                    let mut details = email.to_string();
                    if let Some(e) = expires {
                        details.push_str(&format!(" expires={}", crate::model::rfc3339(e)));
                    }
                    if let Some(r) = &terms.reason {
                        details.push_str(&format!(" reason={r}"));
                    }
                    Audited::changed_if(did, Outcome::Created, (), AuditAction::TeamAdd, &team.slug, &details)
                }
            } else {
                let managed_by = teams::member_managed_by(tx, team.id, user.id)?;
                let what = format!("{email}'s membership of team {slug}");
                crate::ops::guard::refuse_managed(managed_by, &what, force)?;
                remove_member_in(tx, &team, user.id, email.as_str())?
            };
            if done.outcome() == Outcome::Unchanged {
                unchanged.push(email.to_string());
            } else {
                steps.extend(done.into_steps().1);
                changed.push(email.to_string());
            }
        }
        let m = Membership { team: team_view(tx, team)?, changed, unchanged, adding: add.is_some() };
        Ok(Audited::of_steps(Outcome::Updated, m, steps))
    })?;
    Ok(change.dry(dry_run))
}

/// Adds a member of the org to a team (the core of `team add` and of
/// `apply`); one already in it is unchanged.
pub fn add_member_in(c: &Permit, scope: &Scope, team: &Team, user_id: UserId, email: &str) -> Result<Audited<()>> {
    let did = teams::add_member(c, scope.org_id(), team.id, user_id)?;
    Ok(added_member(team, email, did))
}

/// What [`add_member_in`] records, for a member the caller added (`did`)
/// or found in the team already (`apply` adds a team's members together).
pub fn added_member(team: &Team, email: &str, did: bool) -> Audited<()> {
    Audited::changed_if(did, Outcome::Created, (), AuditAction::TeamAdd, &team.slug, email)
}

/// Takes a member out of a team (the core of `team remove` and of `apply
/// --prune`); one not in it is unchanged.
pub fn remove_member_in(c: &Permit, team: &Team, user_id: UserId, email: &str) -> Result<Audited<()>> {
    let did = teams::remove_member(c, team.id, user_id)?;
    Ok(Audited::changed_if(did, Outcome::Deleted, (), AuditAction::TeamRemove, &team.slug, email))
}

/// The team as listed: its members by email.
fn team_view(c: &Tx, team: Team) -> Result<TeamView> {
    Ok(teams::view(c, team)?.into())
}
