//! Values of the org security settings and of integrations, parsed once at the edge.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;
use crate::model::shorten;

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
        Error::usage(format!("invalid domain {raw:?}: {why}")).with_hint("a domain looks like `example.com`")
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
        _ => Err(Error::usage(format!("invalid value {raw:?}: expected on or off"))),
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
