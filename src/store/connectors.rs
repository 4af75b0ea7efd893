//! SQL for data connectors.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// A connector as stored; `url` may hold a password and is never shown as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connector {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub url: String,
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Connector> {
    Ok(Connector { id: r.get(0)?, name: r.get(1)?, kind: r.get(2)?, url: r.get(3)? })
}

pub fn find(c: &Connection, org_id: i64, name: &str) -> Result<Option<Connector>> {
    Ok(c.prepare_cached("SELECT id, name, kind, url FROM connectors WHERE org_id = ?1 AND name = ?2")?
        .query_row(params![org_id, name], from_row)
        .optional()?)
}

pub fn insert(c: &Connection, org_id: i64, name: &str, kind: &str, url: &str, now: i64) -> Result<()> {
    c.prepare_cached("INSERT INTO connectors (org_id, name, kind, url, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![org_id, name, kind, url, now])?;
    Ok(())
}

pub fn update(c: &Connection, id: i64, kind: &str, url: &str) -> Result<()> {
    c.prepare_cached("UPDATE connectors SET kind = ?2, url = ?3 WHERE id = ?1")?.execute(params![id, kind, url])?;
    Ok(())
}

pub fn delete(c: &Connection, id: i64) -> Result<()> {
    c.prepare_cached("DELETE FROM connectors WHERE id = ?1")?.execute([id])?;
    Ok(())
}

pub fn list(c: &Connection, org_id: i64) -> Result<Vec<Connector>> {
    let mut stmt = c.prepare_cached("SELECT id, name, kind, url FROM connectors WHERE org_id = ?1 ORDER BY name")?;
    let rows = stmt.query_map([org_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
