//! SQL for an org's security settings: one row per org that has set any; NULL is the default.

use super::permit::Permit;
use super::ids::OrgId;
use super::sql::{params, Row, Tx};

use crate::error::Result;
use crate::model::security::ConnectorAccess;

/// The settings as stored: `None` means "not set, the default applies".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stored {
    pub allowed_domains: Option<Vec<String>>,
    pub invite_max_lifetime: Option<i64>,
    pub member_dashboards: Option<bool>,
    pub connector_access: Option<ConnectorAccess>,
    /// Email domains guests may come from (`None`: any).
    pub guest_domains: Option<Vec<String>>,
    /// The longest an expiry may reach, in seconds (`None`: unbounded).
    pub grant_max_lifetime: Option<i64>,
    /// Days of audit log kept (`audit prune`); 0 keeps everything.
    pub audit_retention: Option<i64>,
}

/// The org's settings (kept planned: store::pg::hot).
pub(in crate::store) static GET: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("SELECT {COLUMNS} FROM org_security WHERE org_id = ?1"));

pub fn get(c: &Tx, org_id: OrgId) -> Result<Stored> {
    let stored = c.query_opt(&GET, [org_id], |r| stored_at(r, 0))?;
    Ok(stored.unwrap_or_default())
}

/// The columns [`stored_at`] reads, from `org_security`.
pub(in crate::store) const COLUMNS: &str = "allowed_domains, invite_max_lifetime, member_dashboards, connector_access, \
     guest_domains, grant_max_lifetime, audit_retention";

/// The settings whose [`COLUMNS`] start at column `at` of `r` (all NULL,
/// as from an outer join that found no row, are the defaults).
pub(in crate::store) fn stored_at(r: &Row, at: usize) -> Result<Stored> {
    let domains: Option<String> = r.get(at)?;
    let access: Option<String> = r.get(at + 3)?;
    let guest_domains: Option<String> = r.get(at + 4)?;
    Ok(Stored {
        allowed_domains: domains.map(|d| d.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()),
        invite_max_lifetime: r.get(at + 1)?,
        member_dashboards: r.get(at + 2)?,
        connector_access: access.map(|a| a.parse()).transpose()?,
        guest_domains: guest_domains.map(|d| d.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()),
        grant_max_lifetime: r.get(at + 5)?,
        audit_retention: r.get(at + 6)?,
    })
}

pub fn put(c: &Permit, org_id: OrgId, s: &Stored) -> Result<()> {
    c.execute(
        "INSERT INTO org_security (org_id, allowed_domains, invite_max_lifetime, member_dashboards, connector_access, \
           guest_domains, grant_max_lifetime, audit_retention) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
         ON CONFLICT (org_id) DO UPDATE SET allowed_domains = excluded.allowed_domains, \
           invite_max_lifetime = excluded.invite_max_lifetime, member_dashboards = excluded.member_dashboards, \
           connector_access = excluded.connector_access, guest_domains = excluded.guest_domains, \
           grant_max_lifetime = excluded.grant_max_lifetime, audit_retention = excluded.audit_retention",
        params![
            org_id,
            s.allowed_domains.as_ref().map(|d| d.join(",")),
            s.invite_max_lifetime,
            s.member_dashboards,
            s.connector_access.map(|a| a.as_str()),
            s.guest_domains.as_ref().map(|d| d.join(",")),
            s.grant_max_lifetime,
            s.audit_retention,
        ],
    )?;
    Ok(())
}
