//! `integration add | list | show | edit | remove | test`: an org's notification
//! targets. The URL (or PagerDuty routing key) is a secret: every output, the
//! audit log and every error show it masked; only `export` writes it out.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::security::IntegrationKind;
use crate::model::{now, Name, Role, Slug};
use crate::ops::audited::AuditAction;
use crate::ops::scope::{read_as, write_as, write_as_then, Audited, Scope};
use crate::ops::{Change, Outcome, Session, Who};
use crate::policy::Action;
use crate::store::integrations::{self, Integration};
use crate::store::{Store, Tx};

/// The longest URL or key accepted.
const MAX_URL: usize = 2048;

/// An integration as shown. Admins see the URL masked and the channel;
/// members see only the name, kind and events (`url` and `channel` are null).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct IntegrationView {
    pub name: String,
    pub kind: IntegrationKind,
    pub url: Option<String>,
    pub channel: Option<String>,
    pub events: Vec<String>,
}

/// What `integration test` found.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TestResult {
    pub name: String,
    pub kind: IntegrationKind,
    pub url: String,
    pub valid: bool,
    pub reason: String,
}

/// The URL or key as it may be shown: `scheme://host/****` for a URL,
/// `****` for a key or anything that is not a URL.
pub fn mask(raw: &str) -> String {
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
        Error::usage(format!("invalid {kind} integration URL {}: {why}", mask(s)))
            .with_hint(format!("a {kind} integration takes {}", expected(kind)))
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
            return Err(Error::usage(format!("unknown event {e:?}")).with_hint(format!(
                "events are audit action names: {}",
                AuditAction::names().collect::<Vec<_>>().join(", ")
            )));
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
    Name::parse(raw).map(|n| Some(n.to_string())).map_err(|e| {
        let mut err = Error::usage(e.message.replacen("name", "channel", 1));
        err.hint = e.hint;
        err
    })
}

fn view(i: &Integration, role: Option<Role>) -> IntegrationView {
    let admin = role == Some(Role::Admin);
    IntegrationView {
        name: i.name.clone(),
        kind: i.kind,
        url: admin.then(|| mask(&i.url)),
        channel: if admin { i.channel.clone() } else { None },
        events: i.events.clone(),
    }
}

/// The audit details of an integration: never the secret.
pub fn details(i: &Integration) -> String {
    format!(
        "kind={} url={} channel={} events={}",
        i.kind,
        mask(&i.url),
        i.channel.as_deref().unwrap_or(""),
        i.events.join(",")
    )
}

fn find(c: &Tx, s: &Session, name: &Slug) -> Result<Integration> {
    integrations::find(c, s.org.id, name.as_str())?.ok_or_else(|| {
        Error::not_found(format!("integration {name} does not exist in {}", s.slug()))
            .with_hint("see `orgctl integration list`")
    })
}

/// A new integration's values, already parsed.
pub struct NewIntegration {
    pub name: Slug,
    pub kind: IntegrationKind,
    pub url: String,
    pub channel: Option<String>,
    pub events: Vec<String>,
}

/// Makes the integration `wanted.name` of the scope's org hold `wanted`'s
/// values, creating it if need be: the core of `integration add` and `edit`,
/// and of `apply`.
pub fn reconcile(c: &Tx, scope: &Scope, wanted: Integration) -> Result<Audited<Integration>> {
    let name = wanted.name.clone();
    match integrations::find(c, scope.org_id(), &name)? {
        Some(existing) => {
            if wanted == existing {
                return Ok(Audited::unchanged(existing));
            }
            integrations::update(c, scope.org_id(), &wanted)?;
            let details = details(&wanted);
            Ok(Audited::changed(Outcome::Updated, wanted, AuditAction::IntegrationEdit, &name, &details))
        }
        None => {
            integrations::insert(c, scope.org_id(), &wanted, now())?;
            let details = details(&wanted);
            Ok(Audited::changed(Outcome::Created, wanted, AuditAction::IntegrationAdd, &name, &details))
        }
    }
}

/// Removes an integration of the scope's org: the core of `integration
/// remove` and of `apply --prune`.
pub fn remove_in(c: &Tx, scope: &Scope, i: Integration) -> Result<Audited<Integration>> {
    integrations::delete(c, scope.org_id(), &i.name)?;
    let (name, details) = (i.name.clone(), format!("kind={}", i.kind));
    Ok(Audited::changed(Outcome::Deleted, i, AuditAction::IntegrationRemove, &name, &details))
}

/// Adds an integration (admins); the same values again are unchanged, other values a conflict.
pub fn add(store: &mut Store, who: &Who, new: &NewIntegration) -> Result<Change<IntegrationView>> {
    write_as(store, who, Action::ManageIntegrations, |tx, scope| {
        let wanted = Integration {
            name: new.name.to_string(),
            kind: new.kind,
            url: new.url.clone(),
            channel: new.channel.clone(),
            events: new.events.clone(),
        };
        if let Some(existing) = integrations::find(tx, scope.org_id(), new.name.as_str())? {
            if wanted != existing {
                return Err(Error::conflict(format!(
                    "integration {} already exists in {} with other values",
                    new.name,
                    scope.slug()
                ))
                .with_hint(format!("to change it, run `orgctl integration edit {}`", new.name)));
            }
        }
        Ok(reconcile(tx, scope, wanted)?.map(|i| view(&i, scope.role())))
    })
}

/// The org's integrations (any member; only admins see URLs and channels).
pub fn list(store: &mut Store, who: &Who) -> Result<Vec<IntegrationView>> {
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        let s = scope.session();
        Ok(integrations::list(tx, s.org.id)?.iter().map(|i| view(i, s.role)).collect())
    })
}

pub fn show(store: &mut Store, who: &Who, name: &Slug) -> Result<IntegrationView> {
    read_as(store, who, Action::ManageIntegrations, |tx, scope| {
        let s = scope.session();
        Ok(view(&find(tx, s, name)?, s.role))
    })
}

/// What `integration edit` changes; `None` leaves a value alone, `Some(None)` clears the channel.
#[derive(Default)]
pub struct IntegrationEdit {
    pub url: Option<String>,
    pub channel: Option<Option<String>>,
    pub events: Option<Vec<String>>,
}

pub fn edit(store: &mut Store, who: &Who, name: &Slug, e: &IntegrationEdit) -> Result<Change<IntegrationView>> {
    write_as(store, who, Action::ManageIntegrations, |tx, scope| {
        let mut i = find(tx, scope.session(), name)?;
        if let Some(u) = &e.url {
            i.url = parse_url(i.kind, u)?;
        }
        if let Some(ch) = &e.channel {
            i.channel = ch.clone();
        }
        if let Some(ev) = &e.events {
            i.events = ev.clone();
        }
        Ok(reconcile(tx, scope, i)?.map(|i| view(&i, scope.role())))
    })
}

/// Removes an integration (admins); `dry_run` checks it and rolls back.
pub fn remove(store: &mut Store, who: &Who, name: &Slug, dry_run: bool) -> Result<Change<IntegrationView>> {
    let change = write_as_then(store, who, Action::ManageIntegrations, !dry_run, |tx, scope| {
        let i = find(tx, scope.session(), name)?;
        Ok(remove_in(tx, scope, i)?.map(|i| view(&i, scope.role())))
    })?;
    Ok(change.dry(dry_run))
}

/// Checks the stored URL's shape for its kind (admins); nothing is sent.
pub fn test(store: &mut Store, who: &Who, name: &Slug) -> Result<TestResult> {
    read_as(store, who, Action::ManageIntegrations, |tx, scope| {
        let s = scope.session();
        let i = find(tx, s, name)?;
        let (valid, reason) = match shape(i.kind, &i.url) {
            Ok(what) => (true, format!("{what} (nothing was sent)")),
            Err(why) => (false, why),
        };
        Ok(TestResult { name: i.name.clone(), kind: i.kind, url: mask(&i.url), valid, reason })
    })
}

/// Checks, before a confirmation prompt, that the acting user may remove the integration and that it exists.
pub fn precheck(store: &mut Store, who: &Who, name: &Slug) -> Result<()> {
    read_as(store, who, Action::ManageIntegrations, |tx, scope| {
        let s = scope.session();
        find(tx, s, name).map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLACK: &str = "https://hooks.slack.com/services/T000/B000/XXXXSECRET";

    #[test]
    fn secrets_never_show() {
        assert_eq!(mask(SLACK), "https://hooks.slack.com/****");
        assert_eq!(mask("0123456789abcdef0123456789abcdef"), "****");
        assert_eq!(mask("https://u:pw@h.example:8443/x?token=t"), "https://h.example:8443/****");
        let e = parse_url(IntegrationKind::Webhook, "https://h.example/a b?token=SECRET").unwrap_err();
        assert!(!e.message.contains("SECRET"), "{}", e.message);
    }

    #[test]
    fn shapes_follow_the_kind() {
        use IntegrationKind::*;
        assert!(shape(Slack, SLACK).is_ok());
        for bad in [
            "http://hooks.slack.com/services/T/B/X",
            "https://example.com/services/T/B/X",
            "https://hooks.slack.com/services/T/B",
            "https://hooks.slack.com/other/T/B/X",
        ] {
            assert!(shape(Slack, bad).is_err(), "{bad}");
        }
        assert!(shape(Webhook, "https://h.example/hook").is_ok());
        assert!(shape(Webhook, "http://h.example/hook").is_err());
        assert!(shape(Teams, "https://acme.webhook.office.com/webhookb2/x").is_ok());
        assert!(shape(Pagerduty, "0123456789abcdef0123456789ABCDEF").is_ok());
        assert!(shape(Pagerduty, "short").is_err());
        assert!(shape(Pagerduty, "0123456789abcdef0123456789abcde-").is_err());
    }

    #[test]
    fn events_are_audit_actions() {
        let ev = parse_events(&["member.add, invite.accept".into(), "member.add".into()]).unwrap();
        assert_eq!(ev, vec!["member.add", "invite.accept"]);
        assert!(parse_events(&["member.ad".into()]).is_err());
        assert!(parse_events(&[String::new()]).unwrap().is_empty());
    }
}
