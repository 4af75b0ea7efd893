//! SQL for teams and team membership.

use super::ids::{OrgId, TeamId, UserId};
use super::sql::{params, Row, Tx};
use serde::Serialize;

use crate::error::Result;
use crate::model::{Name, Slug};

/// A team as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub id: TeamId,
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
}

/// A team as listed: its members by email.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamView {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub members: Vec<String>,
}

fn from_row(r: &Row) -> Result<Team> {
    Ok(Team { id: r.get(0)?, slug: r.get(1)?, name: r.get(2)?, description: r.get(3)? })
}

pub fn find(c: &Tx, org_id: OrgId, slug: &Slug) -> Result<Option<Team>> {
    c.query_opt(
        "SELECT id, slug, name, description FROM teams WHERE org_id = ?1 AND slug = ?2",
        params![org_id, slug.as_str()],
        from_row,
    )
}

pub fn by_id(c: &Tx, id: TeamId) -> Result<Option<Team>> {
    c.query_opt("SELECT id, slug, name, description FROM teams WHERE id = ?1", [id], from_row)
}

pub fn insert(c: &Tx, org_id: OrgId, slug: &Slug, name: &Name, description: Option<&str>, now: i64) -> Result<Team> {
    let id = c.query_row(
        "INSERT INTO teams (org_id, slug, name, description, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![org_id, slug.as_str(), name.as_str(), description, now],
        |r| r.get(0),
    )?;
    Ok(Team { id, slug: slug.to_string(), name: name.to_string(), description: description.map(str::to_string) })
}

pub fn update(c: &Tx, team_id: TeamId, name: &str, description: Option<&str>) -> Result<()> {
    c.execute("UPDATE teams SET name = ?2, description = ?3 WHERE id = ?1", params![team_id, name, description])?;
    Ok(())
}

pub fn delete(c: &Tx, team_id: TeamId) -> Result<()> {
    c.execute("DELETE FROM teams WHERE id = ?1", [team_id])?;
    Ok(())
}

/// The team's members' emails, sorted.
pub fn member_emails(c: &Tx, team_id: TeamId) -> Result<Vec<String>> {
    let rows = c.query_map(
        "SELECT u.email FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ?1 ORDER BY u.email",
        [team_id],
        |r| r.get(0),
    )?;
    Ok(rows)
}

pub fn view(c: &Tx, team: Team) -> Result<TeamView> {
    let members = member_emails(c, team.id)?;
    Ok(TeamView { slug: team.slug, name: team.name, description: team.description, members })
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

pub fn add_member(c: &Tx, org_id: OrgId, team_id: TeamId, user_id: UserId) -> Result<bool> {
    let n = c.execute(
        "INSERT INTO team_members (org_id, team_id, user_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![org_id, team_id, user_id],
    )?;
    Ok(n > 0)
}

pub fn remove_member(c: &Tx, team_id: TeamId, user_id: UserId) -> Result<bool> {
    let n = c.execute("DELETE FROM team_members WHERE team_id = ?1 AND user_id = ?2", params![team_id, user_id])?;
    Ok(n > 0)
}

/// The slugs of the teams a member belongs to in this org.
pub fn of_member(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Vec<String>> {
    let rows = c.query_map(
        "SELECT t.slug FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.org_id = ?1 AND tm.user_id = ?2 ORDER BY t.slug",
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
pub fn set_member_managed_by(c: &Tx, team_id: TeamId, user_id: UserId, source: Option<&str>) -> Result<()> {
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
pub fn member_ids(c: &Tx, team_id: TeamId) -> Result<Vec<(UserId, String)>> {
    let rows = c.query_map("SELECT u.id, u.email FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ?1 ORDER BY u.email", [team_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
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

/// How many members each team of the org has, by team id.
pub fn member_count(c: &Tx, team_id: TeamId) -> Result<i64> {
    c.query_row("SELECT count(*) FROM team_members WHERE team_id = ?1", [team_id], |r| r.get(0))
}
