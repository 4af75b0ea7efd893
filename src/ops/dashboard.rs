//! `dashboard create | list | show | edit | delete | share | unshare | access`.

use crate::ops::scope::Permit;
use std::collections::HashMap;

use serde::Serialize;

use crate::error::{Error, Invalid, Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{now, Email, Name, Permission, Slug, Visibility};
use crate::ops::scope::{read_as, read_on, write_as, write_on, Audited, DashboardNamed, Scope};
use crate::ops::{Change, Diff, Outcome, Session, Who};
use crate::policy::{self, Action, Facts, Sight, Target, Via};
use crate::store::dashboards::{self, Dashboard, Grantee};
use crate::store::{members, Store, Tx, UserId};

/// A dashboard as shown, with its grants.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DashboardView {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub visibility: Visibility,
    /// `None` (null in JSON, `-` in tables): the owner left; admins manage it.
    pub owner: Option<String>,
    pub grants: Vec<crate::ops::views::GrantView>,
}

/// One line of `dashboard access`: a member, what they can do, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Access {
    pub email: String,
    pub permission: Permission,
    pub reason: String,
}

/// The result of a share or unshare: the dashboard, and the grant it changed.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GrantChange {
    #[serde(flatten)]
    pub dashboard: DashboardView,
    /// `team SLUG` or `user EMAIL`.
    #[serde(skip)]
    pub grantee: String,
    /// The permission granted (`None` for an unshare).
    #[serde(skip)]
    pub permission: Option<Permission>,
}

/// Whom a share or unshare names.
#[derive(Debug, Clone)]
pub enum ShareTarget {
    Team(Slug),
    User(Email),
}

fn view(c: &Tx, d: Dashboard) -> Result<DashboardView> {
    let grants = dashboards::grants(c, d.id)?;
    Ok(DashboardView {
        slug: d.slug,
        title: d.title,
        description: d.description,
        visibility: d.visibility,
        owner: d.owner,
        grants: grants.into_iter().map(Into::into).collect(),
    })
}

pub struct NewDashboard<'a> {
    pub title: &'a Name,
    pub slug: Option<&'a Slug>,
    pub description: Option<&'a str>,
    pub visibility: Visibility,
}

/// Creates the dashboard `slug` in the scope's org, owned by `owner`: the
/// core of `dashboard create` and of `apply`.
pub fn create_in(c: &Permit, scope: &Scope, slug: &Slug, new: &NewDashboard, owner: UserId) -> Result<Audited<Dashboard>> {
    let org_id = scope.org_id();
    dashboards::insert(c, org_id, slug, new.title.as_str(), new.description, new.visibility, Some(owner), now())?;
    let d = dashboards::find(c, org_id, slug)?.ok_or_else(|| Error::internal("dashboard vanished"))?;
    Ok(created(d, slug, new.visibility))
}

/// What creating the dashboard `slug` records (`create_in`, and `apply`'s
/// dashboards created together).
pub fn created<T>(d: T, slug: &Slug, visibility: Visibility) -> Audited<T> {
    Audited::changed(Outcome::Created, d, AuditAction::DashboardCreate, slug.as_str(), &format!("visibility={visibility}"))
}

/// Writes a dashboard's new values, recorded as exactly the fields that
/// changed: the core of `dashboard edit` and of `apply`.
pub fn update_in(c: &Permit, before: &Dashboard, after: Dashboard) -> Result<Audited<Dashboard>> {
    let diff = edit_diff(before, &after);
    if diff.is_empty() {
        return Ok(Audited::unchanged(after));
    }
    dashboards::update(c, &after)?;
    let slug = after.slug.clone();
    Ok(Audited::changed(Outcome::Updated, after, AuditAction::DashboardEdit, &slug, &diff.text()))
}

pub fn create(store: &mut Store, who: &Who, new: &NewDashboard) -> Result<Change<DashboardView>> {
    write_as(store, who, Action::CreateDashboard, |tx, scope| {
        let slug = match new.slug {
            Some(slug) => slug.clone(),
            None => Slug::from_title(new.title.as_str()).ok_or_else(|| {
                Error::from(Invalid::NoSlugFromTitle { title: new.title.to_string() })
            })?,
        };
        if dashboards::slug_taken(tx, scope.org_id(), &slug)? {
            // The same words whether or not the acting user can see that
            // dashboard: a slug is unique in its org, and that it is taken is
            // all a refusal may say (not a title, an owner or a visibility).
            return Err(Refusal::SlugTaken { slug: slug.to_string(), org: scope.slug().to_string() }.into());
        }
        create_in(tx, scope, &slug, new, scope.actor().id)?.try_map(|d| view(tx, d))
    })
}

/// The dashboards the acting user can view.
pub fn list(store: &mut Store, who: &Who, each: &mut dyn FnMut(DashboardView) -> Result<()>) -> Result<()> {
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        let s = scope.session();
        let viewer = (!s.sees(Sight::AllDashboards)).then_some(s.actor().id);
        let guest = !s.sees(Sight::OrgWideDashboards);
        dashboards::for_each_visible_to(tx, s.org().id, viewer, guest, &mut |d| each(view(tx, d)?))
    })
}

pub fn show(store: &mut Store, who: &Who, slug: &Slug) -> Result<DashboardView> {
    read_on(store, who, DashboardNamed(slug), Action::View, |tx, scope, d| {
        let mut shown = view(tx, d)?;
        // A guest sees the grants that are theirs or their teams', not
        // who else the dashboard is shared with (other people, other teams).
        let s = scope.session();
        if !s.sees(Sight::OthersAccess) {
            let teams: Vec<String> =
                crate::store::teams::memberships_of(tx, s.org().id, s.actor().id)?.into_iter().map(|(t, _)| t.slug).collect();
            shown.grants.retain(|g| {
                g.user.as_deref() == Some(s.actor().email.as_str()) || g.team.as_ref().is_some_and(|t| teams.contains(t))
            });
        }
        Ok(shown)
    })
}

pub struct DashboardEdit<'a> {
    pub title: Option<&'a Name>,
    /// `Some(None)` clears the description.
    pub description: Option<Option<&'a str>>,
    pub visibility: Option<Visibility>,
    /// Hands the dashboard to this member (admins and the current owner).
    pub owner: Option<&'a Email>,
}

pub fn edit(store: &mut Store, who: &Who, slug: &Slug, e: &DashboardEdit) -> Result<Change<DashboardView>> {
    // Text needs `edit`; a visibility or an owner needs `share`, even when
    // it is already the one asked for: `unchanged` must not answer a refusal.
    let changes_text = e.title.is_some() || e.description.is_some();
    let mut actions = vec![if changes_text { Action::Edit } else { Action::View }];
    if e.visibility.is_some() || e.owner.is_some() {
        actions.push(Action::Share);
    }
    write_on(store, who, DashboardNamed(slug), &actions, true, |tx, scope, mut d| {
        let s = scope.session();
        if let Some(v) = e.visibility {
            d.visibility = v;
        }
        if let Some(email) = e.owner {
            let (user, _) = crate::ops::lookup::existing_member(tx, s, email)?;
            d.owner_id = Some(user.id);
            d.owner = Some(user.email);
        }
        if let Some(t) = e.title {
            d.title = t.to_string();
        }
        if let Some(desc) = e.description {
            d.description = desc.map(str::to_string);
        }
        let before = dashboards::find(tx, s.org().id, slug)?.ok_or_else(|| Error::internal("dashboard vanished"))?;
        update_in(tx, &before, d)?.try_map(|d| view(tx, d))
    })
}

/// What an edit changes, as its audit details (and `apply`'s plan line).
pub fn edit_diff(before: &Dashboard, after: &Dashboard) -> Diff {
    Diff::new()
        .field("title", Some(&before.title), Some(&after.title))
        .field("description", before.description.as_deref(), after.description.as_deref())
        .field("visibility", Some(before.visibility.as_str()), Some(after.visibility.as_str()))
        .field("owner", before.owner.as_deref(), after.owner.as_deref())
}

/// Deletes a dashboard with its grants (`dry_run`: works it out and rolls back).
pub fn delete(store: &mut Store, who: &Who, slug: &Slug, dry_run: bool) -> Result<Change<DashboardView>> {
    let change = write_on(store, who, DashboardNamed(slug), &[Action::Delete], !dry_run, |tx, _, d| delete_in(tx, d))?;
    Ok(change.dry(dry_run))
}

/// Deletes a dashboard with its grants (the core of `dashboard delete` and
/// of `apply --prune`; the caller has checked who may).
pub fn delete_in(c: &Permit, d: Dashboard) -> Result<Audited<DashboardView>> {
    let slug = d.slug.clone();
    let shown = view(c, d.clone())?;
    dashboards::delete(c, d.id)?;
    let details = format!("grants={}", shown.grants.len());
    Ok(Audited::changed(Outcome::Deleted, shown, AuditAction::DashboardDelete, &slug, &details))
}

/// The team or member a share (or a connector grant) names, looked up in the session's org.
pub fn grantee(c: &Tx, s: &Session, t: &ShareTarget) -> Result<(Grantee, String)> {
    Ok(match t {
        ShareTarget::Team(slug) => (Grantee::Team(crate::ops::lookup::team(c, s, slug)?.id), format!("team {slug}")),
        ShareTarget::User(email) => {
            let (user, _) = crate::ops::lookup::existing_member(c, s, email)?;
            (Grantee::User(user.id), format!("user {email}"))
        }
    })
}

/// Grants a team or member `view` or `edit`; the same grant again is unchanged.
pub fn share(
    store: &mut Store,
    who: &Who,
    slug: &Slug,
    to: &ShareTarget,
    p: Permission,
    terms: &crate::ops::terms::Terms,
) -> Result<Change<GrantChange>> {
    write_on(store, who, DashboardNamed(slug), &[Action::Share], true, |tx, scope, d| {
        let s = scope.session();
        let (g, named) = grantee(tx, s, to)?;
        let what = format!("the grant on dashboard {slug}");
        // The grant there now, read once for both ways below.
        let existing = dashboards::grant_of(tx, d.id, g)?;
        let done = if terms.is_empty() && existing.is_some() {
            share_in(tx, s, &d, g, &named, p, existing)?
        } else {
            let expires = crate::ops::terms::grant_expiry(tx, s, terms.expires, &what)?;
            share_in_with(tx, s, &d, g, &named, p, expires, terms.reason.as_deref(), existing)?
        };
        done
            .try_map(|()| Ok(GrantChange { dashboard: view(tx, d)?, grantee: named, permission: Some(p) }))
    })
}

/// Grants `named` (a team or member) `p` on a dashboard (the core of
/// `dashboard share` and of `apply`; the caller has checked who may), the
/// grant there now being `existing` (as `dashboards::grant_of` reads it).
/// The same grant again is unchanged; another permission is an update.
pub fn share_in(
    c: &Permit,
    s: &Session,
    d: &Dashboard,
    g: Grantee,
    named: &str,
    p: Permission,
    existing: Option<Permission>,
) -> Result<Audited<()>> {
    let outcome = match existing {
        Some(old) if old == p => return Ok(Audited::unchanged(())),
        Some(_) => Outcome::Updated,
        None => Outcome::Created,
    };
    dashboards::set_grant(c, s.org().id, d.id, g, p)?;
    Ok(shared(outcome, &d.slug, named, p, None, None))
}

/// What sharing a dashboard records (`share_in`, `share_in_with`, and
/// `apply`'s grants written together): the grantee, the permission, and
/// the grant's expiry and reason when it has them.
pub fn shared(outcome: Outcome, slug: &str, named: &str, p: Permission, expires: Option<i64>, reason: Option<&str>) -> Audited<()> {
    let mut details = format!("{named} permission={p}");
    if let Some(e) = expires {
        details.push_str(&format!(" expires={}", crate::model::rfc3339(e)));
    }
    if let Some(r) = reason {
        details.push_str(&format!(" reason={r}"));
    }
    Audited::changed(outcome, (), AuditAction::DashboardShare, slug, &details)
}

/// [`share_in`] with the grant's expiry and reason: the same permission
/// and terms again is unchanged; other terms are an update. The grant's
/// terms are read only when there is one.
#[allow(clippy::too_many_arguments)]
pub fn share_in_with(
    c: &Permit,
    s: &Session,
    d: &Dashboard,
    g: Grantee,
    named: &str,
    p: Permission,
    expires: Option<i64>,
    reason: Option<&str>,
    existing: Option<Permission>,
) -> Result<Audited<()>> {
    let outcome = match existing {
        Some(old) => {
            let terms = dashboards::grant_terms(c, d.id, g)?;
            if old == p && terms.is_some_and(|(e, r)| e == expires && r.as_deref() == reason) {
                return Ok(Audited::unchanged(()));
            }
            Outcome::Updated
        }
        None => Outcome::Created,
    };
    dashboards::set_grant_with(c, s.org().id, d.id, g, p, expires, reason)?;
    Ok(shared(outcome, &d.slug, named, p, expires, reason))
}

/// Removes `named`'s grant on a dashboard (the core of `dashboard unshare`
/// and of `apply --prune`); the permission it had, if it had one.
pub fn unshare_in(c: &Permit, d: &Dashboard, g: Grantee, named: &str) -> Result<Audited<Option<Permission>>> {
    let old = dashboards::grant_of(c, d.id, g)?;
    let did = dashboards::remove_grant(c, d.id, g)?;
    Ok(Audited::changed_if(did, Outcome::Deleted, old, AuditAction::DashboardUnshare, &d.slug, named))
}

/// Removes a grant; removing one that is not there is unchanged.
pub fn unshare(
    store: &mut Store,
    who: &Who,
    slug: &Slug,
    from: &ShareTarget,
    dry_run: bool,
) -> Result<Change<GrantChange>> {
    let change = write_on(store, who, DashboardNamed(slug), &[Action::Share], !dry_run, |tx, scope, d| {
        let s = scope.session();
        let (g, named) = grantee(tx, s, from)?;
        unshare_in(tx, &d, g, &named)?
            .try_map(|permission| Ok(GrantChange { dashboard: view(tx, d)?, grantee: named, permission }))
    })?;
    Ok(change.dry(dry_run))
}

/// Every member who can view or edit the dashboard, and why, by email.
pub fn access(store: &mut Store, who: &Who, slug: &Slug) -> Result<Vec<Access>> {
    read_on(store, who, DashboardNamed(slug), Action::View, |tx, scope, d| {
        let s = scope.session();
        crate::ops::lookup::refuse_guest_review(s)?;
        // Each member's strongest grant, then the same policy the commands use.
        let mut best = strongest_grants(dashboards::grant_holders(tx, d.id)?);
        let mut out = Vec::new();
        for (id, email, role) in members::active_ids(tx, s.org().id)? {
            let facts = Facts {
                org: s.slug(),
                role: Some(role),
                target: Target::Dashboard {
                    visibility: d.visibility,
                    is_owner: d.owner_id == Some(id),
                    grant: best.remove(&id),
                },
                rules: s.rules(),
            };
            let edit = policy::decide(Action::Edit, &facts);
            let viewing = policy::decide(Action::View, &facts);
            if edit.allowed {
                out.push(Access { email, permission: Permission::Edit, reason: edit.reason });
            } else if viewing.allowed {
                out.push(Access { email, permission: Permission::View, reason: viewing.reason });
            }
        }
        Ok(out)
    })
}

/// For each user holding grants (directly or through teams), the one that
/// explains their access: edit over view; at the same permission a direct
/// grant over a team's, and then the team first by name.
fn strongest_grants(
    holders: Vec<(crate::store::UserId, Option<String>, Permission)>,
) -> HashMap<crate::store::UserId, (Permission, Via)> {
    let mut best: HashMap<crate::store::UserId, (Permission, Via)> = HashMap::new();
    for (user, team, p) in holders {
        let via = team.map_or(Via::Direct, Via::Team);
        let better = match best.get(&user) {
            None => true,
            Some((q, v)) => p > *q || (p == *q && via_rank(&via) < via_rank(v)),
        };
        if better {
            best.insert(user, (p, via));
        }
    }
    best
}

fn via_rank(v: &Via) -> (u8, String) {
    match v {
        Via::Direct => (0, String::new()),
        Via::Team(t) => (1, t.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team(name: &str) -> Option<String> {
        Some(name.to_string())
    }

    #[test]
    fn the_strongest_grant_explains_access() {
        use Permission::{Edit, View};
        let u = crate::store::UserId::for_test;
        let best = strongest_grants(vec![
            // 1: a team's edit beats a direct view.
            (u(1), None, View),
            (u(1), team("ops"), Edit),
            // 2: at the same permission, the direct grant is the reason.
            (u(2), team("eng"), View),
            (u(2), None, View),
            // 3: two teams with edit: the first by name.
            (u(3), team("ops"), Edit),
            (u(3), team("eng"), Edit),
            (u(3), team("data"), View),
            // 4: one grant.
            (u(4), team("eng"), View),
        ]);
        assert_eq!(best[&u(1)], (Edit, Via::Team("ops".into())));
        assert_eq!(best[&u(2)], (View, Via::Direct));
        assert_eq!(best[&u(3)], (Edit, Via::Team("eng".into())));
        assert_eq!(best[&u(4)], (View, Via::Team("eng".into())));
        assert_eq!(best.len(), 4);
    }

    #[test]
    fn the_reason_names_what_gives_access() {
        let reason = |role, is_owner, grant, visibility| {
            let f = Facts {
                org: "acme",
                role: Some(role),
                target: Target::Dashboard { visibility, is_owner, grant },
                rules: Default::default(),
            };
            let edit = policy::decide(Action::Edit, &f);
            if edit.allowed {
                ("edit", edit.reason)
            } else {
                let view = policy::decide(Action::View, &f);
                (if view.allowed { "view" } else { "none" }, view.reason)
            }
        };
        use crate::model::Role::{Admin, Member};
        use Visibility::{Org, Restricted};
        let (p, r) = reason(Admin, false, None, Restricted);
        assert_eq!(p, "edit");
        assert!(r.contains("admin"), "{r}");
        let (p, r) = reason(Member, true, None, Restricted);
        assert_eq!(p, "edit");
        assert!(r.contains("owner"), "{r}");
        let (p, r) = reason(Member, false, Some((Permission::Edit, Via::Team("eng".into()))), Restricted);
        assert_eq!(p, "edit");
        assert!(r.contains("team eng"), "{r}");
        let (p, r) = reason(Member, false, None, Org);
        assert_eq!(p, "view");
        assert!(r.contains("org"), "{r}");
        let (p, r) = reason(Member, false, Some((Permission::View, Via::Direct)), Restricted);
        assert_eq!(p, "view");
        assert!(r.contains("grant"), "{r}");
        assert_eq!(reason(Member, false, None, Restricted).0, "none");
    }
}
