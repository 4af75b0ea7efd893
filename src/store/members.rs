//! SQL for org membership.

use std::sync::LazyLock;

use serde_json::json;

use super::bulk::{Bulk, Ty};
use super::permit::Permit;
use super::ids::{OrgId, TeamId, UserId};
use super::sql::{params, Row, Tx};

use super::lifecycle::{active_member, active_team_member, live, role as role_sql};
use crate::error::Result;
use crate::model::{rfc3339, MemberState, Role};
use crate::policy::Membership;

/// A member of an org as listed: their teams in this org, by slug, and
/// where their membership stands (`state`, `expires`, `reason`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub teams: Vec<String>,
    pub joined_at: String,
    pub state: MemberState,
    pub expires: Option<String>,
    pub reason: Option<String>,
    /// `sync:NAME` for a membership a directory sync manages; `None`: made by hand.
    pub managed_by: Option<String>,
    /// The role that lasts: the one a temporary role falls back to, else `role`.
    pub lasting_role: Role,
}

/// The stored membership of a user, as the policy reads it
/// ([`crate::policy::standing`]); `None` when there is no row at all.
pub fn membership(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<Membership>> {
    c.query_opt(&MEMBERSHIP_OF, params![org_id, user_id], |r| membership_at(r, 0)).map(Option::flatten)
}

/// [`membership`]'s statement (kept planned: store::pg::hot).
pub(in crate::store) static MEMBERSHIP_OF: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {MEMBERSHIP} FROM members WHERE org_id = ?1 AND user_id = ?2"));

/// The columns [`membership_at`] reads, from `members`.
pub(in crate::store) const MEMBERSHIP: &str =
    "role, state, suspended_at, suspend_reason, suspended_until, expires, role_expires, fallback_role";

/// The membership whose [`MEMBERSHIP`] columns start at column `at` of
/// `r`; `None` when they are NULL (an outer join found none).
pub(in crate::store) fn membership_at(r: &Row, at: usize) -> Result<Option<Membership>> {
    type Raw = (Option<String>, String, Option<i64>, Option<String>, Option<i64>, Option<i64>, Option<i64>, Option<String>);
    let raw: Raw = (
        r.get(at)?,
        r.get::<Option<String>>(at + 1)?.unwrap_or_default(),
        r.get(at + 2)?,
        r.get(at + 3)?,
        r.get(at + 4)?,
        r.get(at + 5)?,
        r.get(at + 6)?,
        r.get(at + 7)?,
    );
    let (Some(role), state, suspended_at, suspend_reason, suspended_until, expires, role_expires, fallback) = raw else {
        return Ok(None);
    };
    Ok(Some(Membership {
        role: role.parse()?,
        state: state.parse()?,
        suspended_at,
        suspend_reason,
        suspended_until,
        expires,
        role_expires,
        fallback_role: fallback.map(|f| f.parse()).transpose()?,
    }))
}

/// [`role`]'s statement (kept planned: store::pg::hot).
pub(in crate::store) static ROLE: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT {} FROM members m WHERE m.org_id = ?1 AND m.user_id = ?2 AND {}", role_sql("m"), live("m"))
});

/// The role a user holds now in the org, if their membership has not
/// ended (a suspended member still has one: admins manage them).
pub fn role(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<Role>> {
    let role: Option<String> = c.query_opt(&ROLE, params![org_id, user_id], |r| r.get(0))?;
    role.map(|r| r.parse()).transpose()
}

/// What [`role`] reads for every member of the org, in one query: the
/// role's text by user (`None` where [`role`] would read a NULL).
pub fn roles(c: &Tx, org_id: OrgId) -> Result<std::collections::HashMap<UserId, Option<String>>> {
    let rows: Vec<(UserId, Option<String>)> = c.query_map(
        &format!("SELECT m.user_id, {} FROM members m WHERE m.org_id = ?1 AND {}", role_sql("m"), live("m")),
        [org_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows.into_iter().collect())
}

/// The users [`role`] finds a role for in the org, in one query.
pub fn with_role(c: &Tx, org_id: OrgId) -> Result<std::collections::HashSet<UserId>> {
    let ids: Vec<UserId> = c.query_map(
        &format!("SELECT m.user_id FROM members m WHERE m.org_id = ?1 AND {} AND {} IS NOT NULL", live("m"), role_sql("m")),
        [org_id],
        |r| r.get(0),
    )?;
    Ok(ids.into_iter().collect())
}

pub fn insert(c: &Permit, org_id: OrgId, user_id: UserId, role: Role, now: i64) -> Result<()> {
    insert_with(c, org_id, user_id, role, now, None, None)
}

/// [`insert`] with an expiry and a reason.
pub fn insert_with(
    c: &Permit,
    org_id: OrgId,
    user_id: UserId,
    role: Role,
    now: i64,
    expires: Option<i64>,
    reason: Option<&str>,
) -> Result<()> {
    c.execute(
        "INSERT INTO members (org_id, user_id, role, joined_at, expires, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![org_id, user_id, role.as_str(), now, expires, reason],
    )?;
    Ok(())
}

/// A membership [`insert_many`] writes: (user, role, expiry, reason).
pub type NewMember = (UserId, Role, Option<i64>, Option<String>);

/// [`insert_with`] of many memberships in one statement (`apply`).
pub fn insert_many(c: &Permit, org_id: OrgId, now: i64, new: &[NewMember]) -> Result<()> {
    const MEMBERS: Bulk<4> = Bulk {
        table: "members",
        shared: &[("org_id", Ty::BigInt), ("joined_at", Ty::BigInt)],
        columns: [("user_id", Ty::BigInt), ("role", Ty::Text), ("expires", Ty::BigInt), ("reason", Ty::Text)],
    };
    let rows = new.iter().map(|(user, role, expires, reason)| {
        [json!(user), json!(role.as_str()), json!(expires), json!(reason)]
    });
    MEMBERS.insert(c, params![org_id, now], rows)
}

/// Sets a membership's expiry and reason; false when they already were.
pub fn set_expiry(c: &Permit, org_id: OrgId, user_id: UserId, expires: Option<i64>, reason: Option<&str>) -> Result<bool> {
    let n = c.execute(
        "UPDATE members SET expires = ?3, reason = ?4 WHERE org_id = ?1 AND user_id = ?2 \
         AND (expires IS DISTINCT FROM ?3 OR reason IS DISTINCT FROM ?4)",
        params![org_id, user_id, expires, reason],
    )?;
    Ok(n > 0)
}

/// A permanent role change: any temporary role is over.
pub fn set_role(c: &Permit, org_id: OrgId, user_id: UserId, role: Role) -> Result<()> {
    c.execute(
        "UPDATE members SET role = ?3, role_expires = NULL, fallback_role = NULL WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id, role.as_str()],
    )?;
    Ok(())
}

/// A temporary role until `until`, falling back to `fallback` then.
pub fn set_temporary_role(
    c: &Permit,
    org_id: OrgId,
    user_id: UserId,
    role: Role,
    until: i64,
    fallback: Role,
    reason: Option<&str>,
) -> Result<()> {
    c.execute(
        "UPDATE members SET role = ?3, role_expires = ?4, fallback_role = ?5, reason = coalesce(?6, reason) \
         WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id, role.as_str(), until, fallback.as_str(), reason],
    )?;
    Ok(())
}

/// Suspends a membership (keeping everything it holds).
pub fn suspend(
    c: &Permit,
    org_id: OrgId,
    user_id: UserId,
    at: i64,
    by: &str,
    reason: Option<&str>,
    until: Option<i64>,
) -> Result<()> {
    c.execute(
        "UPDATE members SET state = 'suspended', suspended_at = ?3, suspended_by = ?4, suspend_reason = ?5, \
         suspended_until = ?6 WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id, at, by, reason, until],
    )?;
    Ok(())
}

/// Ends a suspension.
pub fn reactivate(c: &Permit, org_id: OrgId, user_id: UserId) -> Result<()> {
    c.execute(
        "UPDATE members SET state = 'active', suspended_at = NULL, suspended_by = NULL, suspend_reason = NULL, \
         suspended_until = NULL WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id],
    )?;
    Ok(())
}

/// Ends a membership; the schema's cascades remove the user's team
/// memberships and direct dashboard grants in this org with it. The dashboards the member still owns stay in the org
/// without an owner (an owner is always a member: the schema insists).
pub fn delete(c: &Permit, org_id: OrgId, user_id: UserId) -> Result<()> {
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

/// A user's membership of the org, if any: their stored role and who manages it.
pub fn role_and_manager(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<(Role, Option<String>)>> {
    let raw: Option<(String, Option<String>)> = c.query_opt(
        "SELECT role, managed_by FROM members WHERE org_id = ?1 AND user_id = ?2",
        params![org_id, user_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    raw.map(|(role, by)| Ok((role.parse()?, by))).transpose()
}

/// Marks a membership as managed by `source` (`None`: by hand).
pub fn set_managed_by(c: &Permit, org_id: OrgId, user_id: UserId, source: Option<&str>) -> Result<()> {
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

/// The org's active admins (suspended and expired ones do not count).
pub fn count_admins(c: &Tx, org_id: OrgId) -> Result<i64> {
    c.query_row(
        &format!("SELECT count(*) FROM members m WHERE m.org_id = ?1 AND {} = 'admin' AND {}", role_sql("m"), active_member("m")),
        [org_id],
        |r| r.get(0),
    )
}

/// The org's active admins whose admin role does not end (no expiry, not
/// temporary), other than `except`.
pub fn count_permanent_admins(c: &Tx, org_id: OrgId, except: Option<UserId>) -> Result<i64> {
    c.query_row(
        "SELECT count(*) FROM members m WHERE m.org_id = ?1 AND m.role = 'admin' AND m.role_expires IS NULL \
         AND m.expires IS NULL AND m.state = 'active' AND (CAST(?2 AS BIGINT) IS NULL OR m.user_id <> ?2)",
        params![org_id, except],
        |r| r.get(0),
    )
}

/// A member's row as listed: their teams read for that member alone.
fn select() -> String {
    select_with(&format!(
        "(SELECT string_agg(t.slug, ',' ORDER BY t.slug) FROM team_members tm JOIN teams t ON t.id = tm.team_id \
          WHERE tm.org_id = m.org_id AND tm.user_id = m.user_id AND {}) \
         FROM members m JOIN users u ON u.id = m.user_id",
        live("tm")
    ))
}

/// The org's members as listed (the org is `?1`): every member's teams
/// gathered in one pass over the org's team memberships, where a query per
/// member cost PostgreSQL 10 us each (0.5 s of a 50,000-member list).
fn select_all() -> String {
    select_with(&format!(
        "ts.slugs FROM members m JOIN users u ON u.id = m.user_id \
         LEFT JOIN (SELECT tm.user_id, string_agg(t.slug, ',' ORDER BY t.slug) AS slugs \
                    FROM team_members tm JOIN teams t ON t.id = tm.team_id \
                    WHERE tm.org_id = ?1 AND {} GROUP BY tm.user_id) ts ON ts.user_id = m.user_id",
        live("tm")
    ))
}

/// The listing's columns, `teams_from` giving the teams column and the
/// tables.
fn select_with(teams_from: &str) -> String {
    format!(
        "SELECT u.email, u.name, {role}, m.joined_at, \
          CASE WHEN {active} THEN 'active' ELSE 'suspended' END, m.expires, m.reason, m.managed_by, \
          coalesce(m.fallback_role, m.role), {teams_from}",
        role = role_sql("m"),
        active = active_member("m"),
    )
}

type Raw = (String, String, String, i64, Option<String>, String, Option<i64>, Option<String>, Option<String>, String);

fn from_row(r: &Row) -> Result<Raw> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(9)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?))
}

fn build(raw: Raw) -> Result<Member> {
    let (email, name, role, joined, teams, state, expires, reason, managed_by, lasting) = raw;
    Ok(Member {
        email,
        name,
        role: role.parse()?,
        teams: teams.map(|t| t.split(',').map(str::to_string).collect()).unwrap_or_default(),
        joined_at: rfc3339(joined),
        state: state.parse()?,
        expires: expires.map(rfc3339),
        reason,
        managed_by,
        lasting_role: lasting.parse()?,
    })
}

/// The error for a member the caller found earlier in the same
/// transaction and can no longer find: a bug, not a user's mistake.
pub fn vanished() -> crate::error::Error {
    crate::error::Error::internal("member vanished inside its transaction")
}

/// [`get`]'s and [`get_row`]'s statements (kept planned: store::pg::hot).
pub(in crate::store) static GET: LazyLock<String> =
    LazyLock::new(|| format!("{} WHERE m.org_id = ?1 AND m.user_id = ?2 AND {}", select(), live("m")));
pub(in crate::store) static GET_ROW: LazyLock<String> =
    LazyLock::new(|| format!("{} WHERE m.org_id = ?1 AND m.user_id = ?2", select()));

/// A member as listed, unless their membership has expired.
pub fn get(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<Member>> {
    let raw = c.query_opt(&GET, params![org_id, user_id], from_row)?;
    raw.map(build).transpose()
}

/// A member as stored, even if their membership has expired (for the
/// sweep that ends it).
pub fn get_row(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Option<Member>> {
    let raw = c.query_opt(&GET_ROW, params![org_id, user_id], from_row)?;
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
        "{} WHERE m.org_id = ?1 AND {} AND (CAST(?2 AS TEXT) IS NULL OR {} = ?2) \
         AND (CAST(?3 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM team_members x WHERE x.team_id = ?3 AND x.user_id = m.user_id AND {})) \
         ORDER BY u.email",
        select_all(),
        live("m"),
        role_sql("m"),
        live("x")
    );
    c.for_each(&sql, params![org_id, role.map(Role::as_str), team_id], |r| each(build(from_row(r)?)?))
}

/// Every member of the org whose membership has not expired as (user id,
/// email, role now), by email (suspended ones included).
pub fn ids(c: &Tx, org_id: OrgId) -> Result<Vec<(UserId, String, Role)>> {
    let raw: Vec<(UserId, String, String)> = c.query_map(
        &format!(
            "SELECT m.user_id, u.email, {} FROM members m JOIN users u ON u.id = m.user_id WHERE m.org_id = ?1 AND {} ORDER BY u.email",
            role_sql("m"),
            live("m")
        ),
        [org_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get::<String>(2)?)),
    )?;
    raw.into_iter().map(|(id, e, r)| Ok((id, e, r.parse()?))).collect()
}

/// The org's active members (not suspended, not expired) as (user id,
/// email, role now), by email: who can reach anything (`dashboard access`,
/// `connector access`).
pub fn active_ids(c: &Tx, org_id: OrgId) -> Result<Vec<(UserId, String, Role)>> {
    let mut out = Vec::new();
    for_each_id(c, org_id, None, None, &mut |id, email, role| {
        out.push((id, email.to_string(), role));
        Ok(())
    })?;
    Ok(out)
}

/// Streams the org's active members as (user id, email, role now), by email, optionally
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
        &format!(
            "SELECT m.user_id, u.email, {} FROM members m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = ?1 AND {} AND (CAST(?2 AS BIGINT) IS NULL OR m.user_id = ?2) \
             AND (CAST(?3 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM team_members x WHERE x.team_id = ?3 AND x.user_id = m.user_id AND {})) \
             ORDER BY u.email",
            role_sql("m"),
            active_member("m"),
            active_team_member("x")
        ),
        params![org_id, user_id, team_id],
        |r| {
            let (id, email, role): (UserId, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            each(id, &email, role.parse()?)
        },
    )
}
