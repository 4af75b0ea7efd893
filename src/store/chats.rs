//! SQL for chats. Every query names the owner: a chat is visible to nobody else.

use super::permit::Permit;
use super::ids::{OrgId, UserId};
use super::sql::{params, Row, Tx};

use crate::error::Result;
use crate::model::rfc3339;

/// A chat as shown to its owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chat {
    pub id: i64,
    pub title: String,
    pub created_at: String,
}

fn from_row(r: &Row) -> Result<Chat> {
    Ok(Chat { id: r.get(0)?, title: r.get(1)?, created_at: rfc3339(r.get(2)?) })
}

/// A chat's id is its number in the org (see [`super::orgs::next_number`]).
pub fn insert(c: &Permit, org_id: OrgId, owner_id: UserId, title: &str, now: i64) -> Result<Chat> {
    let number = super::orgs::next_number(c, org_id, super::orgs::Numbered::Chat)?;
    c.execute(
        "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![org_id, owner_id, title, now, number],
    )?;
    Ok(Chat { id: number, title: title.to_string(), created_at: rfc3339(now) })
}

pub fn find(c: &Tx, org_id: OrgId, owner_id: UserId, id: i64) -> Result<Option<Chat>> {
    c.query_opt(
        "SELECT number, title, created_at FROM chats WHERE org_id = ?1 AND owner_id = ?2 AND number = ?3",
        params![org_id, owner_id, id],
        from_row,
    )
}

pub fn list(c: &Tx, org_id: OrgId, owner_id: UserId) -> Result<Vec<Chat>> {
    let rows = c.query_map(
        "SELECT number, title, created_at FROM chats WHERE org_id = ?1 AND owner_id = ?2 ORDER BY number",
        params![org_id, owner_id],
        from_row,
    )?;
    Ok(rows)
}

pub fn delete(c: &Permit, org_id: OrgId, owner_id: UserId, id: i64) -> Result<bool> {
    let n = c.execute(
        "DELETE FROM chats WHERE org_id = ?1 AND owner_id = ?2 AND number = ?3",
        params![org_id, owner_id, id],
    )?;
    Ok(n > 0)
}

/// Deletes every chat of a user in an org (they left or were removed); returns how many.
pub fn delete_all_of(c: &Permit, org_id: OrgId, owner_id: UserId) -> Result<usize> {
    if c.is_postgres() {
        // Only their owner may touch chats there: the database counts them
        // for the receipt and deletes them with the membership.
        let n: i64 = c.query_row("SELECT orgctl_chats_of(?1, ?2)", params![org_id, owner_id], |r| r.get(0))?;
        return Ok(usize::try_from(n).unwrap_or(0));
    }
    c.execute("DELETE FROM chats WHERE org_id = ?1 AND owner_id = ?2", params![org_id, owner_id])
}

/// How many chats the org holds, everybody's (for `org delete`'s receipt: a count, never whose or what).
pub fn count_in_org(c: &Tx, org_id: OrgId) -> Result<i64> {
    let sql =
        if c.is_postgres() { "SELECT orgctl_chat_count(?1)" } else { "SELECT count(*) FROM chats WHERE org_id = ?1" };
    c.query_row(sql, [org_id], |r| r.get(0))
}
