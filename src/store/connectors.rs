//! SQL for data connectors.

use super::ids::{ConnectorId, OrgId};
use super::sql::{params, Row, Tx};

use crate::error::Result;

/// A connector as stored; `url` may hold a password and is never shown as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connector {
    pub id: ConnectorId,
    pub name: String,
    pub kind: String,
    pub url: String,
}

fn from_row(r: &Row) -> Result<Connector> {
    Ok(Connector { id: r.get(0)?, name: r.get(1)?, kind: r.get(2)?, url: r.get(3)? })
}

pub fn find(c: &Tx, org_id: OrgId, name: &str) -> Result<Option<Connector>> {
    c.query_opt(
        "SELECT id, name, kind, url FROM connectors WHERE org_id = ?1 AND name = ?2",
        params![org_id, name],
        from_row,
    )
}

/// Adds a connector; the row as stored.
pub fn insert(c: &Tx, org_id: OrgId, name: &str, kind: &str, url: &str, now: i64) -> Result<Connector> {
    c.query_row(
        "INSERT INTO connectors (org_id, name, kind, url, created_at) VALUES (?1, ?2, ?3, ?4, ?5) \
         RETURNING id, name, kind, url",
        params![org_id, name, kind, url, now],
        from_row,
    )
}

pub fn update(c: &Tx, id: ConnectorId, kind: &str, url: &str) -> Result<()> {
    c.execute("UPDATE connectors SET kind = ?2, url = ?3 WHERE id = ?1", params![id, kind, url])?;
    Ok(())
}

pub fn delete(c: &Tx, id: ConnectorId) -> Result<()> {
    c.execute("DELETE FROM connectors WHERE id = ?1", [id])?;
    Ok(())
}

pub fn list(c: &Tx, org_id: OrgId) -> Result<Vec<Connector>> {
    let rows =
        c.query_map("SELECT id, name, kind, url FROM connectors WHERE org_id = ?1 ORDER BY name", [org_id], from_row)?;
    Ok(rows)
}
