//! SQL for teams and team membership.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::error::Result;
use crate::model::{Name, Slug};

/// A team as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub id: i64,
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

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Team> {
    Ok(Team { id: r.get(0)?, slug: r.get(1)?, name: r.get(2)?, description: r.get(3)? })
}

pub fn find(c: &Connection, org_id: i64, slug: &Slug) -> Result<Option<Team>> {
    Ok(c.prepare_cached("SELECT id, slug, name, description FROM teams WHERE org_id = ?1 AND slug = ?2")?
        .query_row(params![org_id, slug.as_str()], from_row)
        .optional()?)
}

pub fn by_id(c: &Connection, id: i64) -> Result<Option<Team>> {
    Ok(c.prepare_cached("SELECT id, slug, name, description FROM teams WHERE id = ?1")?
        .query_row([id], from_row)
        .optional()?)
}

pub fn insert(
    c: &Connection,
    org_id: i64,
    slug: &Slug,
    name: &Name,
    description: Option<&str>,
    now: i64,
) -> Result<Team> {
    c.prepare_cached("INSERT INTO teams (org_id, slug, name, description, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![org_id, slug.as_str(), name.as_str(), description, now])?;
    Ok(Team {
        id: c.last_insert_rowid(),
        slug: slug.to_string(),
        name: name.to_string(),
        description: description.map(str::to_string),
    })
}

pub fn update(c: &Connection, team_id: i64, name: &str, description: Option<&str>) -> Result<()> {
    c.prepare_cached("UPDATE teams SET name = ?2, description = ?3 WHERE id = ?1")?.execute(params![
        team_id,
        name,
        description
    ])?;
    Ok(())
}

pub fn delete(c: &Connection, team_id: i64) -> Result<()> {
    c.prepare_cached("DELETE FROM teams WHERE id = ?1")?.execute([team_id])?;
    Ok(())
}

/// The team's members' emails, sorted.
pub fn member_emails(c: &Connection, team_id: i64) -> Result<Vec<String>> {
    let mut stmt = c.prepare_cached(
        "SELECT u.email FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ?1 ORDER BY u.email",
    )?;
    let rows = stmt.query_map([team_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn view(c: &Connection, team: Team) -> Result<TeamView> {
    let members = member_emails(c, team.id)?;
    Ok(TeamView { slug: team.slug, name: team.name, description: team.description, members })
}

/// Every team of the org, by slug.
pub fn list(c: &Connection, org_id: i64) -> Result<Vec<Team>> {
    let mut stmt = c.prepare_cached("SELECT id, slug, name, description FROM teams WHERE org_id = ?1 ORDER BY slug")?;
    let rows = stmt.query_map([org_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn is_member(c: &Connection, team_id: i64, user_id: i64) -> Result<bool> {
    Ok(c.prepare_cached("SELECT EXISTS (SELECT 1 FROM team_members WHERE team_id = ?1 AND user_id = ?2)")?
        .query_row([team_id, user_id], |r| r.get(0))?)
}

pub fn add_member(c: &Connection, org_id: i64, team_id: i64, user_id: i64) -> Result<bool> {
    let n = c
        .prepare_cached("INSERT OR IGNORE INTO team_members (org_id, team_id, user_id) VALUES (?1, ?2, ?3)")?
        .execute([org_id, team_id, user_id])?;
    Ok(n > 0)
}

pub fn remove_member(c: &Connection, team_id: i64, user_id: i64) -> Result<bool> {
    let n = c
        .prepare_cached("DELETE FROM team_members WHERE team_id = ?1 AND user_id = ?2")?
        .execute([team_id, user_id])?;
    Ok(n > 0)
}

/// The slugs of the teams a member belongs to in this org.
pub fn of_member(c: &Connection, org_id: i64, user_id: i64) -> Result<Vec<String>> {
    let mut stmt = c.prepare_cached(
        "SELECT t.slug FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.org_id = ?1 AND tm.user_id = ?2 ORDER BY t.slug",
    )?;
    let rows = stmt.query_map([org_id, user_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The team's members as (user id, email), by email.
pub fn member_ids(c: &Connection, team_id: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = c.prepare_cached(
        "SELECT u.id, u.email FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ?1 ORDER BY u.email",
    )?;
    let rows = stmt.query_map([team_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The pending invites that name the team (accepting them would join it), by the id users see.
pub fn pending_invites_naming(c: &Connection, team_id: i64) -> Result<Vec<i64>> {
    let mut stmt = c.prepare_cached(
        "SELECT i.number FROM invite_teams it JOIN invites i ON i.id = it.invite_id \
         WHERE it.team_id = ?1 AND i.state = 'pending' ORDER BY i.number",
    )?;
    let rows = stmt.query_map([team_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// How many members each team of the org has, by team id.
pub fn member_count(c: &Connection, team_id: i64) -> Result<i64> {
    Ok(c.prepare_cached("SELECT count(*) FROM team_members WHERE team_id = ?1")?.query_row([team_id], |r| r.get(0))?)
}
