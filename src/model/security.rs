//! Values of the org security settings and of integrations, parsed once at the edge.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Invalid, Result, Value};
use crate::model::audit::AuditAction;
use crate::model::shorten;
use crate::model::Name;

word_enum!(
    /// Who may use (query) a connector: every member, or admins and grantees.
    ConnectorAccess, "connector access", { Open => "open", Granted => "granted" }
);
word_enum!(
    /// Where an integration sends notifications.
    IntegrationKind, "integration kind", {
        Slack => "slack", Teams => "teams", Webhook => "webhook", Pagerduty => "pagerduty"
    }
);

/// The longest lifetime an invite may ever have, and the default of
/// `invite-max-lifetime`.
pub const MAX_INVITE_LIFETIME: i64 = 365 * 86_400;

/// The settings that decide what the policy allows members (the rest of the
/// settings bound values rather than permissions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    pub member_dashboards: bool,
    pub connector_access: ConnectorAccess,
}

impl Default for Rules {
    fn default() -> Self {
        Rules { member_dashboards: true, connector_access: ConnectorAccess::Open }
    }
}

/// One email domain of `allowed-domains`: lowercase labels of `a-z 0-9 -`
/// separated by dots, at least two labels, as in an email address.
pub fn parse_domain(raw: &str) -> Result<String, Error> {
    let d = raw.trim().trim_start_matches('@').to_ascii_lowercase();
    let bad = |why: &str| {
        crate::model::invalid(Value::Domain, format!("{raw:?}"), why)
    };
    if d.is_empty() {
        return Err(bad("it is empty"));
    }
    if d.len() > 253 {
        return Err(bad("it is longer than 253 characters"));
    }
    let labels: Vec<&str> = d.split('.').collect();
    if labels.len() < 2 {
        return Err(bad("it needs a dot, like `example.com`"));
    }
    for l in &labels {
        if l.is_empty() || l.len() > 63 {
            return Err(bad("each part between dots is 1-63 characters"));
        }
        if !l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return Err(bad("only letters, digits, `-` and dots are allowed"));
        }
        if l.starts_with('-') || l.ends_with('-') {
            return Err(bad("a part may not start or end with `-`"));
        }
    }
    Ok(d)
}

/// A comma-separated list of domains; an empty text is the empty list (any
/// domain). Repeats count once; the order given is kept.
pub fn parse_domains(raw: &str) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let d = parse_domain(part)?;
        if !out.contains(&d) {
            out.push(d);
        }
    }
    Ok(out)
}

/// Whether `email`'s domain is one of `domains` (an empty list allows any).
/// Only the exact domain matches: `example.com` does not let in `eu.example.com`.
pub fn domain_allowed(domains: &[String], email: &str) -> bool {
    domains.is_empty() || email.rsplit_once('@').is_some_and(|(_, d)| domains.iter().any(|x| x == d))
}

/// A number of seconds in the largest unit that divides it (`30d`, `36h`);
/// never weeks, so that `14d` reads back as `14d`.
pub fn format_duration(secs: i64) -> String {
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60)] {
        if secs % size == 0 {
            return format!("{}{unit}", secs / size);
        }
    }
    format!("{secs}s")
}

/// `on`/`off` (also `true`/`false`), as `--member-dashboards` takes it.
pub fn parse_switch(raw: &str) -> Result<bool, Error> {
    match raw {
        "on" | "true" => Ok(true),
        "off" | "false" => Ok(false),
        _ => Err(crate::model::invalid(Value::Switch, format!("{raw:?}"), "expected on or off")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_parse_and_match_exactly() {
        assert_eq!(parse_domains(" Example.COM, b.io,example.com ,").unwrap(), vec!["example.com", "b.io"]);
        assert!(parse_domains("").unwrap().is_empty());
        for bad in ["localhost", "a..b", "-a.com", "a b.com", "ex_ample.com", "exämple.com"] {
            assert!(parse_domain(bad).is_err(), "{bad:?}");
        }
        let d = vec!["example.com".to_string()];
        assert!(domain_allowed(&d, "a@example.com"));
        assert!(!domain_allowed(&d, "a@eu.example.com"));
        assert!(!domain_allowed(&d, "a@example.com.evil.io"));
        assert!(domain_allowed(&[], "a@any.io"));
    }

    #[test]
    fn durations_print_in_the_largest_whole_unit() {
        assert_eq!(format_duration(14 * 86_400), "14d");
        assert_eq!(format_duration(MAX_INVITE_LIFETIME), "365d");
        assert_eq!(format_duration(90 * 60), "90m");
        assert_eq!(format_duration(36 * 3600), "36h");
        assert_eq!(format_duration(61), "61s");
    }
}

// Integration values: checked on the way in, masked on the way out.

/// The longest URL or key accepted.
const MAX_URL: usize = 2048;

/// The URL or key as it may be shown: `scheme://host/****` for a URL,
/// `****` for a key or anything that is not a URL.
pub fn mask_integration_url(raw: &str) -> String {
    match url::Url::parse(raw.trim()) {
        Ok(u) if u.has_host() => {
            let host = u.host_str().unwrap_or_default();
            let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
            format!("{}://{host}{port}/****", u.scheme())
        }
        _ => "****".to_string(),
    }
}

/// Checks a URL or key enough to store it: not empty, no spaces or control
/// characters, and for the URL kinds a URL with a host. The shape for the
/// kind is `integration test`'s business ([`shape`]).
pub fn parse_url(kind: IntegrationKind, raw: &str) -> Result<String> {
    let s = raw.trim();
    let bad = |why: &str| {
        let what = Value::IntegrationUrl { kind: kind.to_string(), expected: expected(kind).to_string() };
        crate::model::invalid(what, mask_integration_url(s), why)
    };
    if s.is_empty() {
        return Err(bad("it is empty"));
    }
    if s.len() > MAX_URL {
        return Err(bad("it is longer than 2048 characters"));
    }
    if s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(bad("it contains spaces or control characters"));
    }
    if kind != IntegrationKind::Pagerduty {
        match url::Url::parse(s) {
            Ok(u) if u.has_host() && !u.cannot_be_a_base() => {}
            _ => return Err(bad("it is not a URL like `https://host/path`")),
        }
    }
    Ok(s.to_string())
}

/// What a valid URL or key of the kind looks like.
pub fn expected(kind: IntegrationKind) -> &'static str {
    match kind {
        IntegrationKind::Slack => "a Slack incoming-webhook URL `https://hooks.slack.com/services/T…/B…/…`",
        IntegrationKind::Teams => "a Microsoft Teams webhook URL `https://…` ",
        IntegrationKind::Webhook => "an https URL `https://host/path`",
        IntegrationKind::Pagerduty => "a PagerDuty routing key of 32 letters and digits",
    }
}

/// Whether the URL or key has the shape its kind needs, without any network:
/// `Ok(what it is)` or `Err(why not)`. Never mentions the secret itself.
pub fn shape(kind: IntegrationKind, raw: &str) -> std::result::Result<&'static str, String> {
    let https = || -> std::result::Result<url::Url, String> {
        let u = url::Url::parse(raw).map_err(|_| "it is not a URL".to_string())?;
        if u.scheme() != "https" {
            return Err(format!("it uses {}, not https", u.scheme()));
        }
        if !u.has_host() || u.host_str().is_none_or(str::is_empty) {
            return Err("it has no host".into());
        }
        if u.password().is_some() || !u.username().is_empty() {
            return Err("it carries a user name or password".into());
        }
        Ok(u)
    };
    match kind {
        IntegrationKind::Slack => {
            let u = https()?;
            if u.host_str() != Some("hooks.slack.com") {
                return Err("its host is not hooks.slack.com".into());
            }
            let parts: Vec<&str> = u.path().trim_start_matches('/').split('/').collect();
            let ok = parts.len() == 4
                && parts[0] == "services"
                && parts[1..].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()));
            if !ok {
                return Err("its path is not /services/T…/B…/SECRET".into());
            }
            Ok("a Slack incoming-webhook URL")
        }
        IntegrationKind::Teams => https().map(|_| "an https Teams webhook URL"),
        IntegrationKind::Webhook => https().map(|_| "an https webhook URL"),
        IntegrationKind::Pagerduty => {
            if raw.len() != 32 {
                return Err(format!("a routing key has 32 characters, this has {}", raw.chars().count()));
            }
            if !raw.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err("a routing key has only letters and digits".into());
            }
            Ok("a PagerDuty routing key")
        }
    }
}

/// A comma-separated list of event names (the audit actions); an empty text
/// is none. Repeats count once; the order given is kept.
pub fn parse_events(raw: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for e in raw.iter().flat_map(|r| r.split(',')).map(str::trim).filter(|e| !e.is_empty()) {
        if !AuditAction::is_name(e) {
            let names = AuditAction::names().collect::<Vec<_>>().join(", ");
            return Err(Invalid::Event { name: e.to_string(), names }.into());
        }
        if !out.iter().any(|x| x == e) {
            out.push(e.to_string());
        }
    }
    Ok(out)
}

/// A channel name (`#ops`): like a name, 1-200 characters without control
/// characters; an empty text is none.
pub fn parse_channel(raw: &str) -> Result<Option<String>> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    Name::parse(raw).map(|n| Some(n.to_string())).map_err(|e| match e.invalid.map(|i| *i) {
        Some(Invalid::Value { shown, why, .. }) => Invalid::Value { what: Value::Channel, shown, why }.into(),
        _ => Error::internal("a name refused for no reason"),
    })
}

/// What `org security set` (or a manifest) asks to change; `None` leaves a setting alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecuritySet {
    pub allowed_domains: Option<Vec<String>>,
    pub invite_max_lifetime: Option<i64>,
    pub member_dashboards: Option<bool>,
    pub connector_access: Option<ConnectorAccess>,
    /// Email domains guests may come from (empty: any).
    pub guest_domains: Option<Vec<String>>,
    /// The bound on every expiry (`Some(None)`: none again).
    pub grant_max_lifetime: Option<Option<i64>>,
    /// Days of audit log `audit prune` keeps; 0 keeps everything.
    pub audit_retention: Option<i64>,
}

/// The longest `audit-retention`: 100 years, in days.
pub const MAX_AUDIT_RETENTION: i64 = 36_500;

/// Checks an `audit-retention` value: whole days, 0 (keep everything) to 36500.
pub fn check_retention(days: i64) -> Result<i64> {
    if !(0..=MAX_AUDIT_RETENTION).contains(&days) {
        return Err(Invalid::Retention { days }.into());
    }
    Ok(days)
}

/// Checks an `invite-max-lifetime` value: at most 365 days.
pub fn check_lifetime(secs: i64) -> Result<i64> {
    if secs > MAX_INVITE_LIFETIME {
        return Err(Invalid::InviteMaxLifetime { asked: format_duration(secs) }.into());
    }
    Ok(secs)
}
