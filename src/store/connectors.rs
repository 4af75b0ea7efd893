//! SQL for data connectors.

use super::permit::Permit;
use super::ids::{ConnectorId, OrgId};
use super::sql::{params, Row, Tx};

use crate::error::Result;
use crate::model::url::mask;

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

/// The columns of a connector as the acting user may read them: on
/// PostgreSQL the URL in clear for an admin and masked for anyone else (the
/// database's `orgctl_connector_url`: members have no SELECT on `url`).
fn columns(c: &Tx) -> &'static str {
    if c.is_postgres() {
        "id, name, kind, orgctl_connector_url(id)"
    } else {
        "id, name, kind, url"
    }
}

pub fn find(c: &Tx, org_id: OrgId, name: &str) -> Result<Option<Connector>> {
    c.query_opt(
        &format!("SELECT {} FROM connectors WHERE org_id = ?1 AND name = ?2", columns(c)),
        params![org_id, name],
        from_row,
    )
}

/// Adds a connector, with its URL as members may read it; the row as stored.
pub fn insert(c: &Permit, org_id: OrgId, name: &str, kind: &str, url: &str, now: i64) -> Result<Connector> {
    let id = c.write_row(
        "INSERT INTO connectors (org_id, name, kind, url, url_masked, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         RETURNING id",
        params![org_id, name, kind, url, mask(url), now],
        |r| r.get(0),
    )?;
    Ok(Connector { id, name: name.to_string(), kind: kind.to_string(), url: url.to_string() })
}

pub fn update(c: &Permit, id: ConnectorId, kind: &str, url: &str) -> Result<()> {
    c.execute(
        "UPDATE connectors SET kind = ?2, url = ?3, url_masked = ?4 WHERE id = ?1",
        params![id, kind, url, mask(url)],
    )?;
    Ok(())
}

/// Writes the masks of connectors stored before migration 11 (those of the
/// org set, on PostgreSQL; all of them on SQLite).
pub(in crate::store) fn fill_masks(c: &Tx) -> Result<()> {
    let raw: Vec<(ConnectorId, String)> =
        c.query_map("SELECT id, url FROM connectors WHERE url_masked IS NULL", (), |r| Ok((r.get(0)?, r.get(1)?)))?;
    for (id, url) in raw {
        c.execute("UPDATE connectors SET url_masked = ?2 WHERE id = ?1", params![id, mask(&url)])?;
    }
    Ok(())
}

pub fn delete(c: &Permit, id: ConnectorId) -> Result<()> {
    c.execute("DELETE FROM connectors WHERE id = ?1", [id])?;
    Ok(())
}

pub fn list(c: &Tx, org_id: OrgId) -> Result<Vec<Connector>> {
    let rows =
        c.query_map(&format!("SELECT {} FROM connectors WHERE org_id = ?1 ORDER BY name", columns(c)), [org_id], from_row)?;
    Ok(rows)
}
