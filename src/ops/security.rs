//! `org security` and `org security set`: an org's security settings, and the
//! checks that enforce them (who may join, how long an invite lives).

use crate::ops::scope::Permit;
use serde::Serialize;

use crate::error::{Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::security::{domain_allowed, format_duration, ConnectorAccess, SecuritySet, MAX_INVITE_LIFETIME};
use crate::model::Duration;
use crate::ops::scope::{read_as, write_as, Audited, Scope};
use crate::ops::{Change, Outcome, Who};
use crate::policy::Action;
use crate::store::orgs::Org;
use crate::store::security::{self, Stored};
use crate::store::{members, Store, Tx};

/// The default time an invite stays valid.
pub const DEFAULT_EXPIRY: i64 = 7 * 86_400;

/// Where a setting's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SettingSource {
    Default,
    Set,
}

impl SettingSource {
    fn of<T>(v: &Option<T>) -> SettingSource {
        if v.is_some() {
            SettingSource::Set
        } else {
            SettingSource::Default
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SettingSource::Default => "default",
            SettingSource::Set => "set",
        }
    }
}

/// The settings in force, each with its source (`org security`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SecurityView {
    /// Empty: any domain may join.
    pub allowed_domains: Vec<String>,
    pub allowed_domains_source: SettingSource,
    pub invite_max_lifetime: String,
    pub invite_max_lifetime_source: SettingSource,
    pub member_dashboards: bool,
    pub member_dashboards_source: SettingSource,
    pub connector_access: ConnectorAccess,
    pub connector_access_source: SettingSource,
    /// Empty: any domain may be a guest.
    pub guest_domains: Vec<String>,
    pub guest_domains_source: SettingSource,
    /// `None`: expiries are unbounded.
    pub grant_max_lifetime: Option<String>,
    pub grant_max_lifetime_source: SettingSource,
    /// Days of audit log `audit prune` keeps; 0 (the default) keeps everything.
    pub audit_retention: i64,
    pub audit_retention_source: SettingSource,
}

impl SecurityView {
    pub fn of(s: &Stored) -> SecurityView {
        SecurityView {
            allowed_domains: s.allowed_domains.clone().unwrap_or_default(),
            allowed_domains_source: SettingSource::of(&s.allowed_domains),
            invite_max_lifetime: format_duration(s.invite_max_lifetime.unwrap_or(MAX_INVITE_LIFETIME)),
            invite_max_lifetime_source: SettingSource::of(&s.invite_max_lifetime),
            member_dashboards: s.member_dashboards.unwrap_or(true),
            member_dashboards_source: SettingSource::of(&s.member_dashboards),
            connector_access: s.connector_access.unwrap_or(ConnectorAccess::Open),
            connector_access_source: SettingSource::of(&s.connector_access),
            guest_domains: s.guest_domains.clone().unwrap_or_default(),
            guest_domains_source: SettingSource::of(&s.guest_domains),
            grant_max_lifetime: s.grant_max_lifetime.map(format_duration),
            grant_max_lifetime_source: SettingSource::of(&s.grant_max_lifetime),
            audit_retention: s.audit_retention.unwrap_or(0),
            audit_retention_source: SettingSource::of(&s.audit_retention),
        }
    }
}

/// The receipt of `org security set`: the settings now, and the current
/// members whose email falls outside `allowed-domains` (they stay).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SecurityChange {
    #[serde(flatten)]
    pub settings: SecurityView,
    pub members_outside: Vec<String>,
}

/// Refuses (exit 4, naming the setting) a user whose email domain the org's
/// settings do not allow for the role: a guest's email is held to
/// `guest-domains` (default: any), a member's or admin's to
/// `allowed-domains`. Used by invite create and accept, member add and apply.
pub fn check_joining_as(c: &Tx, org: &Org, email: &str, role: crate::model::Role) -> Result<()> {
    check_joining_under(&security::get(c, org.id)?, org, email, role)
}

/// [`check_joining_as`] against the org's settings as read once (`apply`,
/// for each of its new members).
pub fn check_joining_under(settings: &security::Stored, org: &Org, email: &str, role: crate::model::Role) -> Result<()> {
    if role != crate::model::Role::Guest {
        let domains = settings.allowed_domains.clone().unwrap_or_default();
        if domain_allowed(&domains, email) {
            return Ok(());
        }
        return refused_domain(org, email, &domains);
    }
    let domains = settings.guest_domains.clone().unwrap_or_default();
    if domain_allowed(&domains, email) {
        return Ok(());
    }
    Err(Refusal::GuestDomain { email: email.to_string(), org: org.slug.clone(), domains }.into())
}

/// [`check_joining_as`] for the invitee (`invite accept`), who is not a
/// member yet: the refusal names the setting but not the domains it lists.
pub fn check_joining_as_invitee(c: &Tx, org: &Org, email: &str, role: crate::model::Role) -> Result<()> {
    let settings = security::get(c, org.id)?;
    let (domains, setting) = if role == crate::model::Role::Guest {
        (settings.guest_domains.unwrap_or_default(), "guest-domains")
    } else {
        (settings.allowed_domains.unwrap_or_default(), "allowed-domains")
    };
    if domain_allowed(&domains, email) {
        return Ok(());
    }
    Err(Refusal::DomainNotListed { email: email.to_string(), org: org.slug.clone(), setting }.into())
}

fn refused_domain(org: &Org, email: &str, domains: &[String]) -> Result<()> {
    Err(Refusal::DomainNotAllowed { email: email.to_string(), org: org.slug.clone(), domains: domains.to_vec() }.into())
}

/// The lifetime of a new or renewed invite in `org`: `--expires` if given
/// (refused, exit 4, past the org's `invite-max-lifetime`), else 7 days or the
/// org's maximum if that is shorter.
pub fn invite_lifetime(c: &Tx, org: &Org, expires: Option<Duration>) -> Result<i64> {
    let set = security::get(c, org.id)?.invite_max_lifetime;
    let max = set.unwrap_or(MAX_INVITE_LIFETIME);
    match expires {
        None => Ok(DEFAULT_EXPIRY.min(max)),
        Some(d) if d.seconds <= max => Ok(d.seconds),
        Some(d) => {
            let (org, max, asked) = (org.slug.clone(), format_duration(max), format_duration(d.seconds));
            Err(Refusal::InviteTooLong { org, max, asked }.into())
        }
    }
}

pub fn show(store: &mut Store, who: &Who) -> Result<SecurityView> {
    read_as(store, who, Action::ManageSecurity, |tx, scope| {
        let s = scope.session();
        Ok(SecurityView::of(&security::get(tx, s.org().id)?))
    })
}

/// Writes what `set` changes of the stored settings of the scope's org: the
/// core of `org security set` and of `apply`. Returns the members outside
/// `allowed-domains` when the request names it; the audit details list the
/// changes as `key=value` words, and those members.
pub fn set_in(c: &Permit, scope: &Scope, set: &SecuritySet) -> Result<Audited<Vec<String>>> {
    let org_id = scope.org_id();
    let old = security::get(c, org_id)?;
    let mut new = old.clone();
    let mut changed = Vec::new();
    if let Some(d) = &set.allowed_domains {
        if old.allowed_domains.as_ref() != Some(d) {
            new.allowed_domains = Some(d.clone());
            changed.push(format!("allowed_domains={}", d.join(",")));
        }
    }
    if let Some(l) = set.invite_max_lifetime {
        if old.invite_max_lifetime != Some(l) {
            new.invite_max_lifetime = Some(l);
            changed.push(format!("invite_max_lifetime={}", format_duration(l)));
        }
    }
    if let Some(m) = set.member_dashboards {
        if old.member_dashboards != Some(m) {
            new.member_dashboards = Some(m);
            changed.push(format!("member_dashboards={}", if m { "on" } else { "off" }));
        }
    }
    if let Some(a) = set.connector_access {
        if old.connector_access != Some(a) {
            new.connector_access = Some(a);
            changed.push(format!("connector_access={a}"));
        }
    }
    if let Some(d) = &set.guest_domains {
        if old.guest_domains.as_ref() != Some(d) {
            new.guest_domains = Some(d.clone());
            changed.push(format!("guest_domains={}", d.join(",")));
        }
    }
    if let Some(l) = set.grant_max_lifetime {
        if old.grant_max_lifetime != l {
            new.grant_max_lifetime = l;
            changed.push(format!("grant_max_lifetime={}", l.map_or_else(|| "none".to_string(), format_duration)));
        }
    }
    if let Some(r) = set.audit_retention {
        if old.audit_retention != Some(r) {
            new.audit_retention = Some(r);
            changed.push(format!("audit_retention={r}"));
        }
    }
    if !changed.is_empty() {
        security::put(c, org_id, &new)?;
    }
    let outside: Vec<String> = match &set.allowed_domains {
        Some(d) => {
            members::ids(c, org_id)?.into_iter().map(|(_, email, _)| email).filter(|e| !domain_allowed(d, e)).collect()
        }
        None => Vec::new(),
    };
    if changed.is_empty() {
        return Ok(Audited::unchanged(outside));
    }
    let mut details = changed.join(" ");
    if !outside.is_empty() {
        details.push_str(&format!(" members_outside={}", outside.join(",")));
    }
    Ok(Audited::changed(Outcome::Updated, outside, AuditAction::OrgSecurity, scope.slug(), &details))
}

/// Changes the settings named in `set` (admins); the same values again are unchanged.
pub fn set(store: &mut Store, who: &Who, set: &SecuritySet) -> Result<Change<SecurityChange>> {
    write_as(store, who, Action::ManageSecurity, |tx, scope| {
        let done = set_in(tx, scope, set)?;
        let settings = SecurityView::of(&security::get(tx, scope.org_id())?);
        Ok(done.map(|members_outside| SecurityChange { settings, members_outside }))
    })
}
