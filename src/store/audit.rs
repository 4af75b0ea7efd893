//! SQL for the audit log.

use super::ids::OrgId;
use super::sql::{params, Tx};
use serde::Serialize;

use crate::error::Result;
use crate::model::rfc3339;

/// One audit entry as shown.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Entry {
    /// The entry's number in its org.
    pub id: i64,
    pub at: String,
    pub actor: Option<String>,
    pub org: Option<String>,
    pub action: String,
    pub target: String,
    pub details: String,
    /// How the acting identity was established: `flag`, `env` or `file`.
    pub actor_source: Option<String>,
    /// The operating-system account that ran the command.
    pub os_user: Option<String>,
    /// The database login that wrote the entry (PostgreSQL; absent on SQLite).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
}

/// What every change records, in the transaction that makes the change.
pub struct Record<'a> {
    pub actor: Option<&'a str>,
    pub actor_source: Option<&'a str>,
    pub org: Option<(OrgId, &'a str)>,
    pub action: &'a str,
    pub target: &'a str,
    pub details: &'a str,
}

/// The operating-system account running this process, looked up once.
fn os_user() -> Option<&'static str> {
    static USER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    USER.get_or_init(|| whoami::username().ok()).as_deref()
}

pub fn record(c: &Tx, now: i64, e: &Record) -> Result<()> {
    if c.is_postgres() {
        // The database writes the entry: its number, hash, actor (the acting
        // user) and login are its own (orgctl_audit, src/store/pg/access.sql).
        c.query_row(
            "SELECT orgctl_audit(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![e.org.map(|o| o.0), now, e.action, e.target, e.details, e.actor_source, os_user()],
            |_| Ok(()),
        )?;
        return Ok(());
    }
    let number = match e.org {
        Some((org_id, _)) => Some(super::orgs::next_number(c, org_id, super::orgs::Numbered::Audit)?),
        None => None,
    };
    c.execute(
        "INSERT INTO audit (at, actor, org_id, org, action, target, details, number, actor_source, os_user) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            now,
            e.actor,
            e.org.map(|o| o.0),
            e.org.map(|o| o.1),
            e.action,
            e.target,
            e.details,
            number,
            e.actor_source,
            os_user()
        ],
    )?;
    Ok(())
}

/// Filters for `audit list`.
pub struct Filter<'a> {
    pub actor: Option<&'a str>,
    pub action: Option<&'a str>,
    pub since: Option<i64>,
    pub limit: i64,
}

/// The org's newest entries first.
pub fn list(c: &Tx, org_id: OrgId, f: &Filter) -> Result<Vec<Entry>> {
    let rows = c.query_map(
        "SELECT number, at, actor, org, action, target, details, actor_source, os_user, login FROM audit \
         WHERE org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR actor = ?2) \
         AND (CAST(?3 AS TEXT) IS NULL OR action = ?3 OR substr(action, 1, length(?3) + 1) = ?3 || '.') \
         AND (CAST(?4 AS BIGINT) IS NULL OR at >= ?4) ORDER BY id DESC LIMIT ?5",
        params![org_id, f.actor, f.action, f.since, f.limit],
        |r| {
            Ok(Entry {
                id: r.get(0)?,
                at: rfc3339(r.get(1)?),
                actor: r.get(2)?,
                org: r.get(3)?,
                action: r.get(4)?,
                target: r.get(5)?,
                details: r.get(6)?,
                actor_source: r.get(7)?,
                os_user: r.get(8)?,
                login: r.get(9)?,
            })
        },
    )?;
    Ok(rows)
}

/// Whether the org's log holds an entry with this action (or family).
pub fn has_action(c: &Tx, org_id: OrgId, action: &str) -> Result<bool> {
    c.query_row(
        "SELECT EXISTS (SELECT 1 FROM audit WHERE org_id = ?1 AND \
         (action = ?2 OR substr(action, 1, length(?2) + 1) = ?2 || '.'))",
        params![org_id, action],
        |r| r.get(0),
    )
}
