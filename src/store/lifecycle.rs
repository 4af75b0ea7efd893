//! Access that changes over time, written once as SQL: whether a
//! membership, a team membership or a grant gives access *now*. Every query
//! that decides access (who is a member, who sees a dashboard, who may use a
//! connector, who is in a team) builds its condition from these fragments,
//! and the policy's Rust side ([`crate::policy::standing`]) reads the same
//! columns the same way. Expiry is decided when access is read: no
//! scheduler; [`expired`] finds what has ended, so that the first write in
//! the org afterwards records it and clears it away.
//!
//! `unixepoch()` is SQLite's clock; on PostgreSQL the statement rewrite
//! (`sql::to_postgres`) reads the transaction's clock in its place.

use super::permit::Permit;
use super::ids::{OrgId, UserId};
use super::sql::{params, Tx};
use crate::error::Result;

/// A row (alias `t`) with an `expires` column that has not ended.
pub(crate) fn live(t: &str) -> String {
    format!("({t}.expires IS NULL OR {t}.expires > unixepoch())")
}

/// A membership (alias `m`) that gives access: active (or suspended only
/// until a time that has passed) and not expired. Never NULL, so that it
/// may be negated.
pub(crate) fn active_member(m: &str) -> String {
    format!(
        "(({m}.state = 'active' OR coalesce({m}.suspended_until <= unixepoch(), FALSE)) AND {})",
        live(m)
    )
}

/// The role a membership (alias `m`) holds now: a temporary role falls back
/// once it ends.
pub(crate) fn role(m: &str) -> String {
    format!("(CASE WHEN {m}.role_expires <= unixepoch() THEN {m}.fallback_role ELSE {m}.role END)")
}

/// A team membership (alias `tm`) that gives access: live, of a member who
/// is active (members alias `tmm` is joined by the fragment itself).
pub(crate) fn active_team_member(tm: &str) -> String {
    format!(
        "({} AND EXISTS (SELECT 1 FROM members tmm WHERE tmm.org_id = {tm}.org_id AND tmm.user_id = {tm}.user_id AND {}))",
        live(tm),
        active_member("tmm")
    )
}

/// What has ended in an org and is still stored, as the sweep finds it.
#[derive(Debug, Default)]
pub struct Expired {
    /// Temporary roles that ended: (user, email, role, fallback role).
    pub roles: Vec<(UserId, String, String, String)>,
    /// Suspensions whose `--until` passed: (user, email).
    pub suspensions: Vec<(UserId, String)>,
    /// Memberships that expired: (user, email).
    pub members: Vec<(UserId, String)>,
    /// Team memberships that expired: (team id, team slug, user, email).
    pub team_members: Vec<(i64, String, UserId, String)>,
    /// Dashboard grants that expired: (grant id, dashboard slug, grantee words, permission).
    pub dashboard_grants: Vec<(i64, String, String, String)>,
    /// Connector grants that expired: (grant id, connector name, grantee words).
    pub connector_grants: Vec<(i64, String, String)>,
}

impl Expired {
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty()
            && self.suspensions.is_empty()
            && self.members.is_empty()
            && self.team_members.is_empty()
            && self.dashboard_grants.is_empty()
            && self.connector_grants.is_empty()
    }
}

/// Everything of the org that has ended (one cheap query per kind).
pub fn expired(c: &Tx, org_id: OrgId) -> Result<Expired> {
    let grantee = "CASE WHEN g.team_id IS NOT NULL THEN 'team=' || t.slug ELSE 'user=' || u.email END";
    Ok(Expired {
        roles: c.query_map(
            "SELECT m.user_id, u.email, m.role, m.fallback_role FROM members m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = ?1 AND m.role_expires <= unixepoch() ORDER BY u.email",
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?,
        suspensions: c.query_map(
            "SELECT m.user_id, u.email FROM members m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = ?1 AND m.state = 'suspended' AND m.suspended_until <= unixepoch() ORDER BY u.email",
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?,
        members: c.query_map(
            "SELECT m.user_id, u.email FROM members m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = ?1 AND m.expires <= unixepoch() ORDER BY u.email",
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?,
        team_members: c.query_map(
            "SELECT tm.team_id, t.slug, tm.user_id, u.email FROM team_members tm \
             JOIN teams t ON t.id = tm.team_id JOIN users u ON u.id = tm.user_id \
             JOIN members m ON m.org_id = tm.org_id AND m.user_id = tm.user_id \
             WHERE tm.org_id = ?1 AND tm.expires <= unixepoch() AND (m.expires IS NULL OR m.expires > unixepoch()) \
             ORDER BY t.slug, u.email",
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?,
        dashboard_grants: c.query_map(
            &format!(
                "SELECT g.id, d.slug, {grantee}, g.permission FROM dashboard_grants g \
                 JOIN dashboards d ON d.id = g.dashboard_id \
                 LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id \
                 WHERE g.org_id = ?1 AND g.expires <= unixepoch() ORDER BY d.slug, g.id"
            ),
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?,
        connector_grants: c.query_map(
            &format!(
                "SELECT g.id, k.name, {grantee} FROM connector_grants g \
                 JOIN connectors k ON k.id = g.connector_id \
                 LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id \
                 WHERE g.org_id = ?1 AND g.expires <= unixepoch() ORDER BY k.name, g.id"
            ),
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?,
    })
}

/// On PostgreSQL the database records and clears what ended in the org
/// (`orgctl_sweep`: the rows a member may not write themselves, recorded
/// with actor `orgctl`), whoever writes: true. On SQLite, false: orgctl's
/// own sweep does it from [`expired`].
pub fn swept_by_database(c: &Tx, org_id: OrgId, at: i64) -> Result<bool> {
    if !c.is_postgres() {
        return Ok(false);
    }
    c.query_row("SELECT orgctl_sweep(?1, ?2, ?3)", params![org_id, at, super::audit::os_user()], |r| r.get::<i64>(0))?;
    Ok(true)
}

/// Ends a temporary role: the member falls back to the role they had.
pub fn fall_back(c: &Permit, org_id: OrgId, user_id: UserId) -> Result<()> {
    c.execute(
        "UPDATE members SET role = fallback_role, role_expires = NULL, fallback_role = NULL \
         WHERE org_id = ?1 AND user_id = ?2 AND fallback_role IS NOT NULL",
        params![org_id, user_id],
    )?;
    Ok(())
}

pub fn delete_team_member(c: &Permit, team_id: i64, user_id: UserId) -> Result<()> {
    c.execute("DELETE FROM team_members WHERE team_id = ?1 AND user_id = ?2", params![team_id, user_id])?;
    Ok(())
}

pub fn delete_dashboard_grant(c: &Permit, id: i64) -> Result<()> {
    c.execute("DELETE FROM dashboard_grants WHERE id = ?1", [id])?;
    Ok(())
}

pub fn delete_connector_grant(c: &Permit, id: i64) -> Result<()> {
    c.execute("DELETE FROM connector_grants WHERE id = ?1", [id])?;
    Ok(())
}

/// What [`ending`] finds: kind, email (or `team/SLUG`), target, expires, reason.
pub type EndingRow = (String, String, String, i64, Option<String>);

/// Access that ends by `until` (and has not ended yet): (kind, email or
/// team, target, expires, reason), by time. Kinds: `membership`, `role`
/// (a temporary role), `team_member`, `dashboard_grant`, `connector_grant`.
pub fn ending(c: &Tx, org_id: OrgId, until: i64) -> Result<Vec<EndingRow>> {
    c.query_map(
        "SELECT 'membership', u.email, o.slug, m.expires, m.reason FROM members m \
           JOIN users u ON u.id = m.user_id JOIN orgs o ON o.id = m.org_id \
           WHERE m.org_id = ?1 AND m.expires > unixepoch() AND m.expires <= ?2 \
         UNION ALL SELECT 'role', u.email, m.role || '->' || m.fallback_role, m.role_expires, m.reason FROM members m \
           JOIN users u ON u.id = m.user_id \
           WHERE m.org_id = ?1 AND m.fallback_role IS NOT NULL AND m.role_expires > unixepoch() AND m.role_expires <= ?2 \
         UNION ALL SELECT 'team_member', u.email, 'team/' || t.slug, tm.expires, tm.reason FROM team_members tm \
           JOIN users u ON u.id = tm.user_id JOIN teams t ON t.id = tm.team_id \
           WHERE tm.org_id = ?1 AND tm.expires > unixepoch() AND tm.expires <= ?2 \
         UNION ALL SELECT 'dashboard_grant', coalesce(u.email, 'team/' || t.slug), 'dashboard/' || d.slug, g.expires, g.reason \
           FROM dashboard_grants g JOIN dashboards d ON d.id = g.dashboard_id \
           LEFT JOIN users u ON u.id = g.user_id LEFT JOIN teams t ON t.id = g.team_id \
           WHERE g.org_id = ?1 AND g.expires > unixepoch() AND g.expires <= ?2 \
         UNION ALL SELECT 'connector_grant', coalesce(u.email, 'team/' || t.slug), 'connector/' || k.name, g.expires, g.reason \
           FROM connector_grants g JOIN connectors k ON k.id = g.connector_id \
           LEFT JOIN users u ON u.id = g.user_id LEFT JOIN teams t ON t.id = g.team_id \
           WHERE g.org_id = ?1 AND g.expires > unixepoch() AND g.expires <= ?2 \
         ORDER BY 4, 2, 3",
        params![org_id, until],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )
}
