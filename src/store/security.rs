//! SQL for an org's security settings: one row per org that has set any; NULL is the default.

use super::permit::Permit;
use super::ids::OrgId;
use super::sql::{params, Tx};

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

pub fn get(c: &Tx, org_id: OrgId) -> Result<Stored> {
    let raw = c.query_opt(
        "SELECT allowed_domains, invite_max_lifetime, member_dashboards, connector_access, guest_domains, \
             grant_max_lifetime, audit_retention FROM org_security WHERE org_id = ?1",
        [org_id],
        |r| {
            Ok((
                r.get::<Option<String>>(0)?,
                r.get::<Option<i64>>(1)?,
                r.get::<Option<bool>>(2)?,
                r.get::<Option<String>>(3)?,
                r.get::<Option<String>>(4)?,
                r.get::<Option<i64>>(5)?,
                r.get::<Option<i64>>(6)?,
            ))
        },
    )?;
    let Some((domains, lifetime, dashboards, access, guest_domains, grant_max, retention)) = raw else {
        return Ok(Stored::default());
    };
    Ok(Stored {
        allowed_domains: domains.map(|d| d.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()),
        invite_max_lifetime: lifetime,
        member_dashboards: dashboards,
        connector_access: access.map(|a| a.parse()).transpose()?,
        guest_domains: guest_domains.map(|d| d.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()),
        grant_max_lifetime: grant_max,
        audit_retention: retention,
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
