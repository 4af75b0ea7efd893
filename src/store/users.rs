//! SQL for users.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::error::Result;
use crate::model::{Email, Name};

/// A registered user.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct User {
    #[serde(skip)]
    pub id: i64,
    pub email: String,
    pub name: String,
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<User> {
    Ok(User { id: r.get(0)?, email: r.get(1)?, name: r.get(2)? })
}

pub fn find(c: &Connection, email: &Email) -> Result<Option<User>> {
    Ok(c.prepare_cached("SELECT id, email, name FROM users WHERE email = ?1")?
        .query_row([email.as_str()], from_row)
        .optional()?)
}

pub fn by_id(c: &Connection, id: i64) -> Result<Option<User>> {
    Ok(c.prepare_cached("SELECT id, email, name FROM users WHERE id = ?1")?.query_row([id], from_row).optional()?)
}

pub fn insert(c: &Connection, email: &Email, name: &Name, now: i64) -> Result<User> {
    c.prepare_cached("INSERT INTO users (email, name, created_at) VALUES (?1, ?2, ?3)")?.execute(params![
        email.as_str(),
        name.as_str(),
        now
    ])?;
    Ok(User { id: c.last_insert_rowid(), email: email.to_string(), name: name.to_string() })
}

pub fn set_name(c: &Connection, id: i64, name: &Name) -> Result<()> {
    c.prepare_cached("UPDATE users SET name = ?2 WHERE id = ?1")?.execute(params![id, name.as_str()])?;
    Ok(())
}

/// True when the two users are members of at least one common org.
pub fn share_an_org(c: &Connection, a: i64, b: i64) -> Result<bool> {
    Ok(c.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM members m1 JOIN members m2 ON m1.org_id = m2.org_id \
         WHERE m1.user_id = ?1 AND m2.user_id = ?2)",
    )?
    .query_row([a, b], |r| r.get(0))?)
}

/// Every user, by email (for `export`).
pub fn all(c: &Connection) -> Result<Vec<User>> {
    let mut stmt = c.prepare_cached("SELECT id, email, name FROM users ORDER BY email")?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
