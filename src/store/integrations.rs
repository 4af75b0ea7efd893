//! SQL for integrations (notification targets); `url` is a secret and is never shown as is.

use super::permit::Permit;
use super::ids::OrgId;
use super::sql::{params, Row, Tx};

use crate::error::Result;
use crate::model::security::IntegrationKind;

/// An integration as stored; its name is its key in the org.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Integration {
    pub name: String,
    pub kind: IntegrationKind,
    pub url: String,
    pub channel: Option<String>,
    pub events: Vec<String>,
}

const SELECT: &str = "SELECT name, kind, url, channel, events FROM integrations";

/// On PostgreSQL an integration's URL is its org's admins' only (the
/// database's `orgctl_integration_url`); anyone else reads it empty, and
/// orgctl shows them names and kinds only.
const PG_SELECT: &str =
    "SELECT name, kind, coalesce(orgctl_integration_url(org_id, name), ''), channel, events FROM integrations";

fn select(c: &Tx) -> &'static str {
    if c.is_postgres() {
        PG_SELECT
    } else {
        SELECT
    }
}

type Raw = (String, String, String, Option<String>, String);

fn from_row(r: &Row) -> Result<Raw> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn build((name, kind, url, channel, events): Raw) -> Result<Integration> {
    let events = events.split(',').filter(|e| !e.is_empty()).map(str::to_string).collect();
    Ok(Integration { name, kind: kind.parse()?, url, channel, events })
}

pub fn find(c: &Tx, org_id: OrgId, name: &str) -> Result<Option<Integration>> {
    let raw = c.query_opt(&format!("{} WHERE org_id = ?1 AND name = ?2", select(c)), params![org_id, name], from_row)?;
    raw.map(build).transpose()
}

pub fn insert(c: &Permit, org_id: OrgId, i: &Integration, now: i64) -> Result<()> {
    c.execute(
        "INSERT INTO integrations (org_id, name, kind, url, channel, events, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![org_id, i.name, i.kind.as_str(), i.url, i.channel, i.events.join(","), now],
    )?;
    Ok(())
}

/// Writes the kind, URL, channel and events of the org's integration named `i.name`.
pub fn update(c: &Permit, org_id: OrgId, i: &Integration) -> Result<()> {
    c.execute(
        "UPDATE integrations SET kind = ?3, url = ?4, channel = ?5, events = ?6 WHERE org_id = ?1 AND name = ?2",
        params![org_id, i.name, i.kind.as_str(), i.url, i.channel, i.events.join(",")],
    )?;
    Ok(())
}

pub fn delete(c: &Permit, org_id: OrgId, name: &str) -> Result<()> {
    c.execute("DELETE FROM integrations WHERE org_id = ?1 AND name = ?2", params![org_id, name])?;
    Ok(())
}

/// The org's integrations, by name.
pub fn list(c: &Tx, org_id: OrgId) -> Result<Vec<Integration>> {
    let raw = c.query_map(&format!("{} WHERE org_id = ?1 ORDER BY name", select(c)), [org_id], from_row)?;
    raw.into_iter().map(build).collect()
}
