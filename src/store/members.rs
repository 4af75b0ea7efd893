//! SQL for org membership.

use super::ids::{OrgId, TeamId, UserId};
use super::sql::{params, Row, Tx};
use serde::Serialize;

use crate::error::Result;
use crate::model::{rfc3339, Role};

/// A member of an org as listed: their teams in this org, by slug.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Member {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub teams: Vec<String>,
    pub joined_at: String,
    /// `sync:NAME` for a membership a directory sync manages; `None`: made by hand.
    pub managed_by: Option<String>,
}

pub fn role(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<Role>> {
    let role: Option<String> =
        c.query_opt("SELECT role FROM members WHERE org_id = ?1 AND user_id = ?2", params![org_id, user_id], |r| {
            r.get(0)
        })?;
    role.map(|r| r.parse()).transpose()
}

pub fn insert(c: &Tx, org_id: OrgId, user_id: UserId, role: Role, now: i64) -> Result<()> {
    c.execute(
        "INSERT INTO members (org_id, user_id, role, joined_at) VALUES (?1, ?2, ?3, ?4)",
        params![org_id, user_id, role.as_str(), now],
    )?;
    Ok(())
}

pub fn set_role(c: &Tx, org_id: OrgId, user_id: UserId, role: Role) -> Result<()> {
    c.execute(
        "UPDATE members SET role = ?3 WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id, role.as_str()],
    )?;
    Ok(())
}

/// Ends a membership; the schema's cascades remove the user's team
/// memberships and direct dashboard grants in this org with it. The dashboards the member still owns stay in the org
/// without an owner (an owner is always a member: the schema insists).
pub fn delete(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<()> {
    super::dashboards::hand_over_owned(c, org_id, user_id, None)?;
    c.execute("DELETE FROM members WHERE org_id = ?1 AND user_id = ?2", params![org_id, user_id])?;
    Ok(())
}

/// Who manages a membership: `Some("sync:NAME")`, or `None` for one made by
/// hand (or no membership at all).
pub fn managed_by(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<String>> {
    let found: Option<Option<String>> = c.query_opt(
        "SELECT managed_by FROM members WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id],
        |r| r.get(0),
    )?;
    Ok(found.flatten())
}

/// A user's membership of the org, if any: their role and who manages it.
pub fn membership(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<(Role, Option<String>)>> {
    let raw: Option<(String, Option<String>)> = c.query_opt(
        "SELECT role, managed_by FROM members WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    raw.map(|(role, by)| Ok((role.parse()?, by))).transpose()
}

/// Marks a membership as managed by `source` (`None`: by hand).
pub fn set_managed_by(c: &Tx, org_id: OrgId, user_id: UserId, source: Option<&str>) -> Result<()> {
    c.execute(
        "UPDATE members SET managed_by = ?3 WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id, source],
    )?;
    Ok(())
}

/// A member as (user id, email, role, managed_by).
pub type ManagedMember = (UserId, String, Role, Option<String>);

/// Every member of the org with who manages them, by email.
pub fn with_managers(c: &Tx, org_id: OrgId) -> Result<Vec<ManagedMember>> {
    let raw: Vec<(UserId, String, String, Option<String>)> = c.query_map(
        "SELECT m.user_id, u.email, m.role, m.managed_by FROM members m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = ?1 ORDER BY u.email",
        [org_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    raw.into_iter().map(|(id, e, r, m)| Ok((id, e, r.parse()?, m))).collect()
}

pub fn count_admins(c: &Tx, org_id: OrgId) -> Result<i64> {
    c.query_row("SELECT count(*) FROM members WHERE org_id = ?1 AND role = 'admin'", [org_id], |r| r.get(0))
}

const SELECT: &str = "SELECT u.email, u.name, m.role, m.joined_at, \
      (SELECT string_agg(t.slug, ',' ORDER BY t.slug) FROM team_members tm JOIN teams t ON t.id = tm.team_id \
        WHERE tm.org_id = m.org_id AND tm.user_id = m.user_id), m.managed_by \
    FROM members m JOIN users u ON u.id = m.user_id";

type RawMember = (String, String, String, i64, Option<String>, Option<String>);

fn from_row(r: &Row) -> Result<RawMember> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
}

fn build(raw: RawMember) -> Result<Member> {
    let (email, name, role, joined, teams, managed_by) = raw;
    Ok(Member {
        email,
        name,
        role: role.parse()?,
        teams: teams.map(|t| t.split(',').map(str::to_string).collect()).unwrap_or_default(),
        joined_at: rfc3339(joined),
        managed_by,
    })
}

pub fn get(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<Member>> {
    let raw =
        c.query_opt(&format!("{SELECT} WHERE m.org_id = ?1 AND m.user_id = ?2"), params![org_id, user_id], from_row)?;
    raw.map(build).transpose()
}

/// Streams the org's members, by email, to `each`, optionally only one role
/// or one team's members; rows are never collected, so memory stays flat.
pub fn for_each(
    c: &Tx,
    org_id: OrgId,
    role: Option<Role>,
    team_id: Option<TeamId>,
    each: &mut dyn FnMut(Member) -> Result<()>,
) -> Result<()> {
    let sql = format!(
        "{SELECT} WHERE m.org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR m.role = ?2) \
         AND (CAST(?3 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM team_members x WHERE x.team_id = ?3 AND x.user_id = m.user_id)) \
         ORDER BY u.email"
    );
    c.for_each(&sql, params![org_id, role.map(Role::as_str), team_id], |r| each(build(from_row(r)?)?))
}

/// Every member of the org as (user id, email, role), by email.
pub fn ids(c: &Tx, org_id: OrgId) -> Result<Vec<(UserId, String, Role)>> {
    let raw: Vec<(UserId, String, String)> = c.query_map("SELECT m.user_id, u.email, m.role FROM members m JOIN users u ON u.id = m.user_id WHERE m.org_id = ?1 ORDER BY u.email", [org_id], |r| Ok((r.get(0)?, r.get(1)?, r.get::<String>(2)?)))?;
    raw.into_iter().map(|(id, e, r)| Ok((id, e, r.parse()?))).collect()
}

/// Streams the org's members as (user id, email, role), by email, optionally
/// only one team's members or one user: for `access review`, whose callback
/// may query the same transaction for each.
pub fn for_each_id(
    c: &Tx,
    org_id: OrgId,
    team_id: Option<TeamId>,
    user_id: Option<UserId>,
    each: &mut dyn FnMut(UserId, &str, Role) -> Result<()>,
) -> Result<()> {
    c.for_each(
        "SELECT m.user_id, u.email, m.role FROM members m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = ?1 AND (CAST(?2 AS BIGINT) IS NULL OR m.user_id = ?2) \
         AND (CAST(?3 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM team_members x WHERE x.team_id = ?3 AND x.user_id = m.user_id)) \
         ORDER BY u.email",
        params![org_id, user_id, team_id],
        |r| {
            let (id, email, role): (UserId, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            each(id, &email, role.parse()?)
        },
    )
}
