//! SQL for dashboards and their grants.

use std::sync::LazyLock;

use serde_json::json;

use super::bulk::{Bulk, Ty};
use super::permit::Permit;
use super::ids::{DashboardId, OrgId, TeamId, UserId};
use super::sql::{params, Row, Tx};

use super::lifecycle::live;
use crate::error::Result;
use crate::model::{rfc3339, Permission, Slug, Visibility};

/// A dashboard as stored, with its owner's email (`None`: its owner left
/// and it was not handed over; admins manage it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub id: DashboardId,
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub visibility: Visibility,
    /// `None` once the owner has left the org (admins manage it then).
    pub owner_id: Option<UserId>,
    pub owner: Option<String>,
}

/// A grant on a dashboard: to a team or to a user, never both.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Grant {
    pub team: Option<String>,
    pub user: Option<String>,
    pub permission: Permission,
    /// When the grant ends (RFC 3339), if it does.
    pub expires: Option<String>,
    pub reason: Option<String>,
}

/// Whom a grant goes to, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grantee {
    Team(TeamId),
    User(UserId),
}

const SELECT: &str = "SELECT d.id, d.slug, d.title, d.description, d.visibility, d.owner_id, u.email \
    FROM dashboards d LEFT JOIN users u ON u.id = d.owner_id";

type Raw = (DashboardId, String, String, Option<String>, String, Option<UserId>, Option<String>);

fn from_row(r: &Row) -> Result<Raw> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
}

fn build(raw: Raw) -> Result<Dashboard> {
    let (id, slug, title, description, visibility, owner_id, owner) = raw;
    Ok(Dashboard { id, slug, title, description, visibility: visibility.parse()?, owner_id, owner })
}

/// Whether a dashboard of the org has this slug, whether or not the acting
/// user may view it (on PostgreSQL the database answers only that).
pub fn slug_taken(c: &Tx, org_id: OrgId, slug: &Slug) -> Result<bool> {
    if c.is_postgres() {
        return c.query_row("SELECT orgctl_dashboard_slug_taken(?1, ?2)", params![org_id, slug.as_str()], |r| r.get(0));
    }
    Ok(find(c, org_id, slug)?.is_some())
}

/// A dashboard of the org by slug (a statement kept planned: store::pg::hot).
pub(in crate::store) static FIND: LazyLock<String> =
    LazyLock::new(|| format!("{SELECT} WHERE d.org_id = ?1 AND d.slug = ?2"));

pub fn find(c: &Tx, org_id: OrgId, slug: &Slug) -> Result<Option<Dashboard>> {
    let raw = c.query_opt(&FIND, params![org_id, slug.as_str()], from_row)?;
    raw.map(build).transpose()
}

#[allow(clippy::too_many_arguments)]
pub fn insert(
    c: &Permit,
    org_id: OrgId,
    slug: &Slug,
    title: &str,
    description: Option<&str>,
    visibility: Visibility,
    owner_id: Option<UserId>,
    now: i64,
) -> Result<DashboardId> {
    c.write_row(
        "INSERT INTO dashboards (org_id, slug, title, description, visibility, owner_id, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        params![org_id, slug.as_str(), title, description, visibility.as_str(), owner_id, now],
        |r| r.get(0),
    )
}

/// A dashboard to insert with others (see [`insert_many`]).
pub struct NewDashboard<'a> {
    pub slug: &'a Slug,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub visibility: Visibility,
    pub owner_id: Option<UserId>,
}

/// [`insert`] of many dashboards of one org in one statement (`apply`'s
/// new dashboards), in the order given: their ids, by slug.
pub fn insert_many(
    c: &Permit,
    org_id: OrgId,
    new: &[NewDashboard],
    now: i64,
) -> Result<std::collections::HashMap<String, DashboardId>> {
    const DASHBOARDS: Bulk<5> = Bulk {
        table: "dashboards",
        shared: &[("org_id", Ty::BigInt), ("created_at", Ty::BigInt)],
        columns: [
            ("slug", Ty::Text),
            ("title", Ty::Text),
            ("description", Ty::Text),
            ("visibility", Ty::Text),
            ("owner_id", Ty::BigInt),
        ],
    };
    let rows = new.iter().map(|d| {
        [
            json!(d.slug.as_str()),
            json!(d.title),
            json!(d.description),
            json!(d.visibility.as_str()),
            json!(d.owner_id),
        ]
    });
    DASHBOARDS.insert_by_slug(c, params![org_id, now], rows)
}

/// A grant to insert with others (see [`insert_grants`]).
pub struct NewGrant {
    pub dashboard_id: DashboardId,
    pub who: Grantee,
    pub permission: Permission,
    pub expires: Option<i64>,
    pub reason: Option<String>,
}

/// New grants on dashboards of one org in one statement (`apply`'s grants
/// on the dashboards it creates: none of them exists yet), in the order given.
pub fn insert_grants(c: &Permit, org_id: OrgId, new: &[NewGrant]) -> Result<()> {
    const GRANTS: Bulk<6> = Bulk {
        table: "dashboard_grants",
        shared: &[("org_id", Ty::BigInt)],
        columns: [
            ("dashboard_id", Ty::BigInt),
            ("team_id", Ty::BigInt),
            ("user_id", Ty::BigInt),
            ("permission", Ty::Text),
            ("expires", Ty::BigInt),
            ("reason", Ty::Text),
        ],
    };
    let rows = new.iter().map(|g| {
        let (team, user) = match g.who {
            Grantee::Team(id) => (Some(id), None),
            Grantee::User(id) => (None, Some(id)),
        };
        [
            json!(g.dashboard_id),
            json!(team),
            json!(user),
            json!(g.permission.as_str()),
            json!(g.expires),
            json!(g.reason),
        ]
    });
    GRANTS.insert(c, params![org_id], rows)
}

/// The live grants on the org's dashboards (as [`grant_of`] reads one), in
/// one statement (`apply`: whether a grant in the file is there already).
pub fn live_grants(c: &Tx, org_id: OrgId) -> Result<std::collections::HashMap<(DashboardId, Grantee), Permission>> {
    let rows = c.query_map(
        &format!(
            "SELECT g.dashboard_id, NULL, g.user_id, g.permission FROM dashboard_grants g \
             WHERE g.org_id = ?1 AND g.user_id IS NOT NULL AND {live_g} \
             UNION ALL \
             SELECT g.dashboard_id, g.team_id, NULL, g.permission FROM teams t \
             JOIN dashboard_grants g ON g.team_id = t.id WHERE t.org_id = ?1 AND {live_g}",
            live_g = live("g")
        ),
        [org_id],
        |r| {
            let who = match (r.get::<Option<TeamId>>(1)?, r.get::<Option<UserId>>(2)?) {
                (Some(t), _) => Grantee::Team(t),
                (None, Some(u)) => Grantee::User(u),
                (None, None) => return Ok(None),
            };
            Ok(Some(((r.get::<DashboardId>(0)?, who), r.get::<String>(3)?.parse::<Permission>()?)))
        },
    )?;
    Ok(rows.into_iter().flatten().collect())
}

pub fn update(c: &Permit, d: &Dashboard) -> Result<()> {
    if c.is_postgres() {
        // The owner changes last, through the database's hand-over (see
        // [`hand_over_owned`]).
        c.execute(
            "UPDATE dashboards SET title = ?2, description = ?3, visibility = ?4 WHERE id = ?1",
            params![d.id, d.title, d.description, d.visibility.as_str()],
        )?;
        c.query_map(
            "SELECT orgctl_hand_over(org_id, owner_id, ?2, id) FROM dashboards \
             WHERE id = ?1 AND owner_id IS NOT NULL AND owner_id IS DISTINCT FROM ?2",
            params![d.id, d.owner_id],
            |r| r.get::<i64>(0),
        )?;
        c.execute(
            "UPDATE dashboards SET owner_id = ?2 WHERE id = ?1 AND owner_id IS NULL AND owner_id IS DISTINCT FROM ?2",
            params![d.id, d.owner_id],
        )?;
        return Ok(());
    }
    c.execute(
        "UPDATE dashboards SET title = ?2, description = ?3, visibility = ?4, owner_id = ?5 WHERE id = ?1",
        params![d.id, d.title, d.description, d.visibility.as_str(), d.owner_id],
    )?;
    Ok(())
}

pub fn delete(c: &Permit, id: DashboardId) -> Result<()> {
    c.execute("DELETE FROM dashboards WHERE id = ?1", [id])?;
    Ok(())
}

/// The live grants `filter` picks: `lead`'s columns, then [`grant`]'s
/// five; ordered by `lead`'s, then teams first and users, each sorted.
fn grants_sql(lead: &str, filter: &str) -> String {
    let sep = if lead.is_empty() { "" } else { ", " };
    format!(
        "SELECT {lead}{sep}t.slug, u.email, g.permission, g.expires, g.reason FROM dashboard_grants g \
         LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id \
         WHERE {filter} AND {} ORDER BY {lead}{sep}g.team_id IS NULL, t.slug, u.email",
        live("g")
    )
}

/// The dashboard's grants (kept planned: store::pg::hot).
pub(in crate::store) static GRANTS: LazyLock<String> = LazyLock::new(|| grants_sql("", "g.dashboard_id = ?1"));

/// The dashboard's grants: teams first, then users, each sorted.
pub fn grants(c: &Tx, dashboard_id: DashboardId) -> Result<Vec<Grant>> {
    c.query_map(&GRANTS, [dashboard_id], |r| grant(r, 0))
}

/// [`grants`] of every dashboard of the org at once, by dashboard id, each
/// in the same order (`export`: one statement where it read one a
/// dashboard); a dashboard without grants is absent.
pub fn grants_by_dashboard(c: &Tx, org_id: OrgId) -> Result<std::collections::HashMap<DashboardId, Vec<Grant>>> {
    c.grouped(&grants_sql("g.dashboard_id", "g.org_id = ?1"), [org_id], |r| grant(r, 1))
}

/// A [`Grant`] from its five columns (team slug, user email, permission,
/// expires, reason), starting at `at`.
fn grant(r: &Row, at: usize) -> Result<Grant> {
    let permission: String = r.get(at + 2)?;
    let expires: Option<i64> = r.get(at + 3)?;
    Ok(Grant {
        team: r.get(at)?,
        user: r.get(at + 1)?,
        permission: permission.parse()?,
        expires: expires.map(rfc3339),
        reason: r.get(at + 4)?,
    })
}

/// The live grant of a team, and of a user, on a dashboard (kept planned:
/// store::pg::hot).
pub(in crate::store) static TEAM_GRANT: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT permission FROM dashboard_grants g WHERE dashboard_id = ?1 AND team_id = ?2 AND {}", live("g"))
});
pub(in crate::store) static USER_GRANT: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT permission FROM dashboard_grants g WHERE dashboard_id = ?1 AND user_id = ?2 AND {}", live("g"))
});

/// The permission a grant gives this grantee on this dashboard, if any.
pub fn grant_of(c: &Tx, dashboard_id: DashboardId, who: Grantee) -> Result<Option<Permission>> {
    let p: Option<String> = match who {
        Grantee::Team(id) => c.query_opt(&TEAM_GRANT, params![dashboard_id, id], |r| r.get(0))?,
        Grantee::User(id) => c.query_opt(&USER_GRANT, params![dashboard_id, id], |r| r.get(0))?,
    };
    p.map(|p| p.parse()).transpose()
}

/// Creates or updates a grant.
pub fn set_grant(c: &Permit, org_id: OrgId, dashboard_id: DashboardId, who: Grantee, p: Permission) -> Result<()> {
    set_grant_with(c, org_id, dashboard_id, who, p, None, None)
}

/// Creates or updates a grant, with its expiry and reason.
pub fn set_grant_with(
    c: &Permit,
    org_id: OrgId,
    dashboard_id: DashboardId,
    who: Grantee,
    p: Permission,
    expires: Option<i64>,
    reason: Option<&str>,
) -> Result<()> {
    let (team, user) = match who {
        Grantee::Team(id) => (Some(id), None),
        Grantee::User(id) => (None, Some(id)),
    };
    // A new grant (apply's every one) in one statement; an existing one,
    // expired or not, is updated.
    let inserted = c.execute(
        "INSERT INTO dashboard_grants (org_id, dashboard_id, team_id, user_id, permission, expires, reason) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
        params![org_id, dashboard_id, team, user, p.as_str(), expires, reason],
    )?;
    if inserted == 0 {
        c.execute(
            "UPDATE dashboard_grants SET permission = ?4, expires = ?5, reason = ?6 WHERE dashboard_id = ?1 \
                 AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3",
            params![dashboard_id, team, user, p.as_str(), expires, reason],
        )?;
    }
    Ok(())
}

/// A grant's expiry and reason as stored (`None`: no such grant).
pub fn grant_terms(c: &Tx, dashboard_id: DashboardId, who: Grantee) -> Result<Option<(Option<i64>, Option<String>)>> {
    let (team, user) = match who {
        Grantee::Team(id) => (Some(id), None),
        Grantee::User(id) => (None, Some(id)),
    };
    c.query_opt(GRANT_TERMS, params![dashboard_id, team, user], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// A grant's expiry and reason (kept planned: store::pg::hot).
pub(in crate::store) const GRANT_TERMS: &str = "SELECT expires, reason FROM dashboard_grants WHERE dashboard_id = ?1 \
     AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3";

pub fn remove_grant(c: &Permit, dashboard_id: DashboardId, who: Grantee) -> Result<bool> {
    let (team, user) = match who {
        Grantee::Team(id) => (Some(id), None),
        Grantee::User(id) => (None, Some(id)),
    };
    let n = c.execute("DELETE FROM dashboard_grants WHERE dashboard_id = ?1 AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3", params![dashboard_id, team, user])?;
    Ok(n > 0)
}

/// [`grants_for_user`]'s statement (kept planned: store::pg::hot).
pub(in crate::store) static GRANTS_FOR_USER: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT NULL, permission FROM dashboard_grants g WHERE dashboard_id = ?1 AND user_id = ?2 AND {} \
         UNION ALL \
         SELECT t.slug, g.permission FROM team_members tm \
           JOIN dashboard_grants g ON g.team_id = tm.team_id AND g.dashboard_id = ?1 \
           JOIN teams t ON t.id = tm.team_id \
         WHERE tm.user_id = ?2 AND {} AND {}",
        live("g"),
        live("g"),
        live("tm")
    )
});

/// The grants a user holds on a dashboard, directly (`None`) or through a
/// team (`Some(slug)`), strongest first.
pub fn grants_for_user(
    c: &Tx,
    dashboard_id: DashboardId,
    user_id: UserId,
) -> Result<Vec<(Option<String>, Permission)>> {
    let raw: Vec<(Option<String>, String)> = c.query_map(
        &GRANTS_FOR_USER,
        params![dashboard_id, user_id],
        |r| Ok((r.get(0)?, r.get::<String>(1)?)),
    )?;
    let mut out = raw.into_iter().map(|(t, p)| Ok((t, p.parse::<Permission>()?))).collect::<Result<Vec<_>>>()?;
    // Edit before view, then direct before team, then by team slug.
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.is_some().cmp(&b.0.is_some())).then(a.0.cmp(&b.0)));
    Ok(out)
}

/// Dashboards a user can view in an org, by slug: all for an admin (no
/// `viewer`); otherwise org-wide ones (not for a guest), the viewer's own,
/// and those granted to them or a team of theirs. Each part is an index
/// search, so the cost follows what the user can see, not the size of the org.
pub fn for_each_visible(
    c: &Tx,
    org_id: OrgId,
    viewer: Option<UserId>,
    each: &mut dyn FnMut(Dashboard) -> Result<()>,
) -> Result<()> {
    for_each_visible_to(c, org_id, viewer, false, each)
}

/// [`for_each_visible`], leaving out org-wide dashboards for a `guest`.
pub fn for_each_visible_to(
    c: &Tx,
    org_id: OrgId,
    viewer: Option<UserId>,
    guest: bool,
    each: &mut dyn FnMut(Dashboard) -> Result<()>,
) -> Result<()> {
    let Some(user_id) = viewer else {
        return c.for_each(&format!("{SELECT} WHERE d.org_id = ?1 ORDER BY d.slug"), [org_id], |r| {
            each(build(from_row(r)?)?)
        });
    };
    let sql = {
        format!(
            "{SELECT} WHERE d.id IN ( \
               SELECT id FROM dashboards WHERE org_id = ?1 AND visibility = 'org' AND ?3 = 0 \
               UNION SELECT id FROM dashboards WHERE org_id = ?1 AND owner_id = ?2 \
               UNION SELECT dashboard_id FROM dashboard_grants g WHERE org_id = ?1 AND user_id = ?2 AND {live_g} \
               UNION SELECT g.dashboard_id FROM team_members tm JOIN dashboard_grants g ON g.team_id = tm.team_id \
                     WHERE tm.org_id = ?1 AND tm.user_id = ?2 AND {live_g} AND {live_tm}) \
             ORDER BY d.slug",
            live_g = live("g"),
            live_tm = live("tm")
        )
    };
    c.for_each(&sql, params![org_id, user_id, i64::from(guest)], |r| each(build(from_row(r)?)?))
}

/// Every dashboard of the org, by slug.
pub fn list(c: &Tx, org_id: OrgId) -> Result<Vec<Dashboard>> {
    let mut out = Vec::new();
    for_each_visible(c, org_id, None, &mut |d| {
        out.push(d);
        Ok(())
    })?;
    Ok(out)
}

/// The dashboards granted to a team, with the permission, by slug.
pub fn granted_to_team(c: &Tx, org_id: OrgId, team_id: TeamId) -> Result<Vec<(String, Permission)>> {
    let raw: Vec<(String, String)> = c.query_map(
        &format!(
            "SELECT d.slug, g.permission FROM dashboard_grants g JOIN dashboards d ON d.id = g.dashboard_id \
             WHERE g.org_id = ?1 AND g.team_id = ?2 AND {} ORDER BY d.slug",
            live("g")
        ),
        params![org_id, team_id],
        |r| Ok((r.get(0)?, r.get::<String>(1)?)),
    )?;
    raw.into_iter().map(|(s, p)| Ok((s, p.parse()?))).collect()
}

/// The slugs of dashboards on which a member holds a direct grant in this org.
pub fn direct_grants_of(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Vec<String>> {
    let rows = c.query_map(
        "SELECT d.slug FROM dashboard_grants g JOIN dashboards d ON d.id = g.dashboard_id \
         WHERE g.org_id = ?1 AND g.user_id = ?2 ORDER BY d.slug",
        params![org_id, user_id],
        |r| r.get(0),
    )?;
    Ok(rows)
}

/// The slugs of the dashboards a member owns in this org.
pub fn owned_by(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Vec<String>> {
    let rows = c.query_map(
        "SELECT slug FROM dashboards WHERE org_id = ?1 AND owner_id = ?2 ORDER BY slug",
        params![org_id, user_id],
        |r| r.get(0),
    )?;
    Ok(rows)
}

/// Hands every dashboard a member owns in this org to another member, or to
/// nobody (`None`: admins manage them), before the membership ends.
///
/// On PostgreSQL through the database's `orgctl_hand_over`: whoever gives
/// a restricted dashboard away may no longer view it, and row-level
/// security checks an updated row as its writer would read it.
pub fn hand_over_owned(c: &Permit, org_id: OrgId, from: UserId, to: Option<UserId>) -> Result<()> {
    if c.is_postgres() {
        c.write_row("SELECT orgctl_hand_over(?1, ?2, ?3, NULL)", params![org_id, from, to], |r| r.get::<i64>(0))?;
        return Ok(());
    }
    c.execute("UPDATE dashboards SET owner_id = ?3 WHERE org_id = ?1 AND owner_id = ?2", params![org_id, from, to])?;
    Ok(())
}

/// Every member's strongest grant on a dashboard, direct or through a team:
/// (user id, team slug or `None` for direct, permission), best first per user.
pub fn grant_holders(c: &Tx, dashboard_id: DashboardId) -> Result<Vec<(UserId, Option<String>, Permission)>> {
    let raw: Vec<(UserId, Option<String>, String)> = c.query_map(
        &format!(
            "SELECT user_id, NULL, permission FROM dashboard_grants g WHERE dashboard_id = ?1 AND user_id IS NOT NULL AND {live_g} \
             UNION ALL \
             SELECT tm.user_id, t.slug, g.permission FROM dashboard_grants g \
               JOIN team_members tm ON tm.team_id = g.team_id JOIN teams t ON t.id = g.team_id \
             WHERE g.dashboard_id = ?1 AND {live_g} AND {live_tm}",
            live_g = live("g"),
            live_tm = live("tm")
        ),
        [dashboard_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get::<String>(2)?)),
    )?;
    raw.into_iter().map(|(u, t, p)| Ok((u, t, p.parse()?))).collect()
}

/// The dashboard's grants by grantee id (for `apply --prune`).
pub fn grantees(c: &Tx, dashboard_id: DashboardId) -> Result<Vec<(Grantee, Permission)>> {
    let raw: Vec<(Option<TeamId>, Option<UserId>, String)> = c.query_map(
        "SELECT team_id, user_id, permission FROM dashboard_grants WHERE dashboard_id = ?1",
        [dashboard_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get::<String>(2)?)),
    )?;
    raw.into_iter()
        .filter_map(|(t, u, p)| {
            let g = match (t, u) {
                (Some(t), _) => Grantee::Team(t),
                (_, Some(u)) => Grantee::User(u),
                _ => return None,
            };
            Some(p.parse::<Permission>().map(|p| (g, p)))
        })
        .collect()
}

/// Every grant a member holds in the org, directly (`None`) or through a team
/// (`Some(slug)`), as (dashboard id, team, permission).
pub fn grants_held_by(
    c: &Tx,
    org_id: OrgId,
    user_id: UserId,
) -> Result<Vec<(DashboardId, Option<String>, Permission)>> {
    let raw: Vec<(DashboardId, Option<String>, String)> = c.query_map(
        &format!(
            "SELECT dashboard_id, NULL, permission FROM dashboard_grants g WHERE org_id = ?1 AND user_id = ?2 AND {live_g} \
             UNION ALL \
             SELECT g.dashboard_id, t.slug, g.permission FROM team_members tm \
               JOIN dashboard_grants g ON g.team_id = tm.team_id JOIN teams t ON t.id = tm.team_id \
             WHERE tm.org_id = ?1 AND tm.user_id = ?2 AND {live_g} AND {live_tm}",
            live_g = live("g"),
            live_tm = live("tm")
        ),
        params![org_id, user_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get::<String>(2)?)),
    )?;
    raw.into_iter().map(|(d, t, p)| Ok((d, t, p.parse()?))).collect()
}
