//! SQL for teams and team membership.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::json;

use super::bulk::{Bulk, Ty};
use super::permit::Permit;
use super::ids::{OrgId, TeamId, UserId};
use super::sql::{params, Row, Tx};

use super::lifecycle::{active_team_member, live};
use crate::error::Result;
use crate::model::{rfc3339, Name, Slug, TeamRole};

/// A team as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub id: TeamId,
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
}

/// A team as listed: its members by email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamRow {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub members: Vec<String>,
}

fn from_row(r: &Row) -> Result<Team> {
    Ok(Team { id: r.get(0)?, slug: r.get(1)?, name: r.get(2)?, description: r.get(3)? })
}

/// A team of the org by slug (kept planned: store::pg::hot).
pub(in crate::store) const FIND: &str = "SELECT id, slug, name, description FROM teams WHERE org_id = ?1 AND slug = ?2";

pub fn find(c: &Tx, org_id: OrgId, slug: &Slug) -> Result<Option<Team>> {
    c.query_opt(FIND, params![org_id, slug.as_str()], from_row)
}

pub fn by_id(c: &Tx, id: TeamId) -> Result<Option<Team>> {
    c.query_opt("SELECT id, slug, name, description FROM teams WHERE id = ?1", [id], from_row)
}

pub fn insert(c: &Permit, org_id: OrgId, slug: &Slug, name: &Name, description: Option<&str>, now: i64) -> Result<Team> {
    let id = c.write_row(
        "INSERT INTO teams (org_id, slug, name, description, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![org_id, slug.as_str(), name.as_str(), description, now],
        |r| r.get(0),
    )?;
    Ok(Team { id, slug: slug.to_string(), name: name.to_string(), description: description.map(str::to_string) })
}

/// A new team to insert with others (see [`insert_many`]).
pub struct NewTeam<'a> {
    pub slug: &'a Slug,
    pub name: Name,
    pub description: Option<&'a str>,
}

/// New teams of one org in one statement (`apply`'s teams that do not
/// exist yet), returned in the order given.
pub fn insert_many(c: &Permit, org_id: OrgId, new: &[NewTeam], now: i64) -> Result<Vec<Team>> {
    const TEAMS: Bulk<3> = Bulk {
        table: "teams",
        shared: &[("org_id", Ty::BigInt), ("created_at", Ty::BigInt)],
        columns: [("slug", Ty::Text), ("name", Ty::Text), ("description", Ty::Text)],
    };
    let rows = new.iter().map(|t| [json!(t.slug.as_str()), json!(t.name.as_str()), json!(t.description)]);
    let mut ids: HashMap<String, TeamId> = TEAMS.insert_by_slug(c, params![org_id, now], rows)?;
    new.iter()
        .map(|t| {
            let id = ids
                .remove(t.slug.as_str())
                .ok_or_else(|| crate::error::Error::internal(format!("team {} was not created", t.slug)))?;
            Ok(Team {
                id,
                slug: t.slug.to_string(),
                name: t.name.to_string(),
                description: t.description.map(str::to_string),
            })
        })
        .collect()
}

pub fn update(c: &Permit, team_id: TeamId, name: &str, description: Option<&str>) -> Result<()> {
    c.execute("UPDATE teams SET name = ?2, description = ?3 WHERE id = ?1", params![team_id, name, description])?;
    Ok(())
}

pub fn delete(c: &Permit, team_id: TeamId) -> Result<()> {
    c.execute("DELETE FROM teams WHERE id = ?1", [team_id])?;
    Ok(())
}

/// [`member_emails`]' statement (kept planned: store::pg::hot).
pub(in crate::store) static MEMBER_EMAILS: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT u.email FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ?1 AND {} ORDER BY u.email",
        live("tm")
    )
});

/// The team's members' emails, sorted (team memberships that have not expired).
pub fn member_emails(c: &Tx, team_id: TeamId) -> Result<Vec<String>> {
    let rows = c.query_map(&MEMBER_EMAILS, [team_id], |r| r.get(0))?;
    Ok(rows)
}

/// A team member as `team show` lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    pub email: String,
    pub role: TeamRole,
    pub expires: Option<String>,
    pub reason: Option<String>,
}

/// The team's members with their role in it, by email.
pub fn members(c: &Tx, team_id: TeamId) -> Result<Vec<TeamMember>> {
    c.query_map(
        &format!(
            "SELECT u.email, tm.role, tm.expires, tm.reason FROM team_members tm JOIN users u ON u.id = tm.user_id \
             WHERE tm.team_id = ?1 AND {} ORDER BY u.email",
            live("tm")
        ),
        [team_id],
        |r| team_member(r, 0),
    )
}

/// [`members`] of every team of the org at once, by team id (`export`: one
/// statement where it read one a team); a team without members is absent.
pub fn members_by_team(c: &Tx, org_id: OrgId) -> Result<HashMap<TeamId, Vec<TeamMember>>> {
    c.grouped(
        &format!(
            "SELECT tm.team_id, u.email, tm.role, tm.expires, tm.reason FROM team_members tm \
             JOIN users u ON u.id = tm.user_id WHERE tm.org_id = ?1 AND {} ORDER BY tm.team_id, u.email",
            live("tm")
        ),
        [org_id],
        |r| team_member(r, 1),
    )
}

/// A [`TeamMember`] from its four columns (email, role, expires, reason),
/// starting at `at`.
fn team_member(r: &Row, at: usize) -> Result<TeamMember> {
    let role: String = r.get(at + 1)?;
    let expires: Option<i64> = r.get(at + 2)?;
    Ok(TeamMember { email: r.get(at)?, role: role.parse()?, expires: expires.map(rfc3339), reason: r.get(at + 3)? })
}

/// [`role_of`]'s statement (kept planned: store::pg::hot).
pub(in crate::store) static ROLE_OF: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT tm.role FROM team_members tm WHERE tm.team_id = ?1 AND tm.user_id = ?2 AND {}", active_team_member("tm"))
});

/// A user's role in a team, if their team membership gives access now.
pub fn role_of(c: &Tx, team_id: TeamId, user_id: UserId) -> Result<Option<TeamRole>> {
    let role: Option<String> = c.query_opt(&ROLE_OF, params![team_id, user_id], |r| r.get(0))?;
    role.map(|r| r.parse()).transpose()
}

/// Sets a team member's role in the team; false when it already was.
pub fn set_role(c: &Permit, team_id: TeamId, user_id: UserId, role: TeamRole) -> Result<bool> {
    let n = c.execute(
        "UPDATE team_members SET role = ?3 WHERE team_id = ?1 AND user_id = ?2 AND role <> ?3",
        params![team_id, user_id, role.as_str()],
    )?;
    Ok(n > 0)
}

/// Adds a team member with an expiry and a reason; an existing one gets the
/// new terms. Returns whether anything changed.
pub fn add_member_with(
    c: &Permit,
    org_id: OrgId,
    team_id: TeamId,
    user_id: UserId,
    expires: Option<i64>,
    reason: Option<&str>,
) -> Result<bool> {
    let n = c.execute(
        "INSERT INTO team_members (org_id, team_id, user_id, expires, reason) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT (team_id, user_id) DO UPDATE SET expires = excluded.expires, reason = excluded.reason \
         WHERE team_members.expires IS DISTINCT FROM excluded.expires OR team_members.reason IS DISTINCT FROM excluded.reason",
        params![org_id, team_id, user_id, expires, reason],
    )?;
    Ok(n > 0)
}

pub fn view(c: &Tx, team: Team) -> Result<TeamRow> {
    let members = member_emails(c, team.id)?;
    Ok(TeamRow { slug: team.slug, name: team.name, description: team.description, members })
}

/// Every team of the org, by slug.
pub fn list(c: &Tx, org_id: OrgId) -> Result<Vec<Team>> {
    let rows = c.query_map(
        "SELECT id, slug, name, description FROM teams WHERE org_id = ?1 ORDER BY slug",
        [org_id],
        from_row,
    )?;
    Ok(rows)
}

pub fn add_member(c: &Permit, org_id: OrgId, team_id: TeamId, user_id: UserId) -> Result<bool> {
    let n = c.execute(
        "INSERT INTO team_members (org_id, team_id, user_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![org_id, team_id, user_id],
    )?;
    Ok(n > 0)
}

/// [`add_member`] of many `(team, user)` pairs in one statement (`apply`,
/// all of a file's teams at once): the pairs it added (those already in
/// their team are left as they are).
pub fn add_members(
    c: &Permit,
    org_id: OrgId,
    pairs: &[(TeamId, UserId)],
) -> Result<std::collections::HashSet<(TeamId, UserId)>> {
    const TEAM_MEMBERS: Bulk<2> = Bulk {
        table: "team_members",
        shared: &[("org_id", Ty::BigInt)],
        columns: [("team_id", Ty::BigInt), ("user_id", Ty::BigInt)],
    };
    let rows = pairs.iter().map(|(team, user)| [json!(team), json!(user)]);
    let added = TEAM_MEMBERS.insert_new(c, params![org_id], rows, "team_id, user_id", |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(added.into_iter().collect())
}

pub fn remove_member(c: &Permit, team_id: TeamId, user_id: UserId) -> Result<bool> {
    let n = c.execute("DELETE FROM team_members WHERE team_id = ?1 AND user_id = ?2", params![team_id, user_id])?;
    Ok(n > 0)
}

/// The slugs of the teams a member belongs to in this org.
pub fn of_member(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Vec<String>> {
    let rows = c.query_map(
        &format!(
            "SELECT t.slug FROM team_members tm JOIN teams t ON t.id = tm.team_id \
             WHERE tm.org_id = ?1 AND tm.user_id = ?2 AND {} ORDER BY t.slug",
            live("tm")
        ),
        params![org_id, user_id],
        |r| r.get(0),
    )?;
    Ok(rows)
}

/// Who manages a team membership: `Some("sync:NAME")`, or `None` for one
/// made by hand (or none at all).
pub fn member_managed_by(c: &Tx, team_id: TeamId, user_id: UserId) -> Result<Option<String>> {
    let found: Option<Option<String>> = c.query_opt(
        "SELECT managed_by FROM team_members WHERE team_id = ?1 AND user_id = ?2",
        params![team_id, user_id],
        |r| r.get(0),
    )?;
    Ok(found.flatten())
}

/// Marks a team membership as managed by `source` (`None`: by hand).
pub fn set_member_managed_by(c: &Permit, team_id: TeamId, user_id: UserId, source: Option<&str>) -> Result<()> {
    c.execute(
        "UPDATE team_members SET managed_by = ?3 WHERE team_id = ?1 AND user_id = ?2",
        params![team_id, user_id, source],
    )?;
    Ok(())
}

/// A member's teams in the org as (team, managed_by), by slug.
pub fn memberships_of(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Vec<(Team, Option<String>)>> {
    c.query_map(
        "SELECT t.id, t.slug, t.name, t.description, tm.managed_by \
         FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.org_id = ?1 AND tm.user_id = ?2 ORDER BY t.slug",
        params![org_id, user_id],
        |r| Ok((from_row(r)?, r.get(4)?)),
    )
}

/// The team's members as (user id, email), by email.
/// The current members of every team of the org, by team (`apply`: one
/// statement where [`member_ids`] takes one a team).
pub fn member_ids_by_team(c: &Tx, org_id: OrgId) -> Result<HashMap<TeamId, Vec<UserId>>> {
    c.grouped(
        &format!("SELECT tm.team_id, tm.user_id FROM team_members tm WHERE tm.org_id = ?1 AND {}", live("tm")),
        [org_id],
        |r| r.get(1),
    )
}

pub fn member_ids(c: &Tx, team_id: TeamId) -> Result<Vec<(UserId, String)>> {
    let rows = c.query_map(&format!("SELECT u.id, u.email FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ?1 AND {} ORDER BY u.email", live("tm")), [team_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows)
}

/// The pending invites that name the team (accepting them would join it), by the id users see.
pub fn pending_invites_naming(c: &Tx, team_id: TeamId) -> Result<Vec<i64>> {
    let rows = c.query_map(
        "SELECT i.number FROM invite_teams it JOIN invites i ON i.id = it.invite_id \
         WHERE it.team_id = ?1 AND i.state = 'pending' ORDER BY i.number",
        [team_id],
        |r| r.get(0),
    )?;
    Ok(rows)
}

/// Every team of the org's members: how many (team memberships that have
/// not expired) and their emails, sorted, by team id, in one statement
/// (a team list read two a team); a team without members is absent. The
/// count is of the memberships and the emails of the users the login may
/// read, as on PostgreSQL a guest reads only some.
pub fn members_seen_by_team(c: &Tx, org_id: OrgId) -> Result<HashMap<TeamId, (i64, Vec<String>)>> {
    let mut by_team: HashMap<TeamId, (i64, Vec<String>)> = HashMap::new();
    c.for_each(
        &format!(
            "SELECT tm.team_id, u.email FROM team_members tm LEFT JOIN users u ON u.id = tm.user_id \
             WHERE tm.org_id = ?1 AND {} ORDER BY tm.team_id, u.email",
            live("tm")
        ),
        [org_id],
        |r| {
            let team = by_team.entry(r.get(0)?).or_default();
            team.0 += 1;
            if let Some(email) = r.get::<Option<String>>(1)? {
                team.1.push(email);
            }
            Ok(())
        },
    )?;
    Ok(by_team)
}
