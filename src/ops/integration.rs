//! `integration add | list | show | edit | remove | test`: an org's notification
//! targets. The URL (or PagerDuty routing key) is a secret: every output, the
//! audit log and every error show it masked; only `export` writes it out.

use crate::ops::scope::Permit;
use serde::Serialize;

use crate::error::{Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::security::{mask_integration_url as mask, parse_url, shape, IntegrationKind};
use crate::model::{now, Role, Slug};
use crate::ops::scope::{read_as, read_on, write_as, write_on, Audited, IntegrationNamed, Scope};
use crate::ops::{Change, Outcome, Who};
use crate::policy::{Action, Sight};
use crate::store::integrations::{self, Integration};
use crate::store::Store;

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

fn view(i: &Integration, role: Option<Role>) -> IntegrationView {
    let admin = crate::policy::sees(role, Sight::IntegrationUrls);
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

/// The audit details of an edit: each changed field as `field=OLD→NEW`,
/// the URL masked (a new secret under the same masked form still counts).
fn edit_details(before: &Integration, after: &Integration) -> String {
    let (old_kind, new_kind) = (before.kind.to_string(), after.kind.to_string());
    crate::ops::Diff::new()
        .field("kind", Some(&old_kind), Some(&new_kind))
        .secret_field("url", before.url != after.url, Some(&mask(&before.url)), Some(&mask(&after.url)))
        .field("channel", before.channel.as_deref(), after.channel.as_deref())
        .field("events", Some(&before.events.join(",")), Some(&after.events.join(",")))
        .text()
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
pub fn reconcile(c: &Permit, scope: &Scope, wanted: Integration) -> Result<Audited<Integration>> {
    let name = wanted.name.clone();
    match integrations::find(c, scope.org_id(), &name)? {
        Some(existing) => {
            if wanted == existing {
                return Ok(Audited::unchanged(existing));
            }
            integrations::update(c, scope.org_id(), &wanted)?;
            let details = edit_details(&existing, &wanted);
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
pub fn remove_in(c: &Permit, scope: &Scope, i: Integration) -> Result<Audited<Integration>> {
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
                let (name, org) = (new.name.to_string(), scope.slug().to_string());
                return Err(Refusal::IntegrationDiffers { name, org }.into());
            }
        }
        Ok(reconcile(tx, scope, wanted)?.map(|i| view(&i, scope.role())))
    })
}

/// The org's integrations (any member; only admins see URLs and channels).
pub fn list(store: &mut Store, who: &Who) -> Result<Vec<IntegrationView>> {
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        let s = scope.session();
        // Integrations are hidden from guests.
        if !s.sees(Sight::Integrations) {
            return Ok(Vec::new());
        }
        Ok(integrations::list(tx, s.org().id)?.iter().map(|i| view(i, s.role())).collect())
    })
}

pub fn show(store: &mut Store, who: &Who, name: &Slug) -> Result<IntegrationView> {
    read_on(store, who, IntegrationNamed(name), Action::ManageIntegrations, |_, scope, i| Ok(view(&i, scope.role())))
}

/// What `integration edit` changes; `None` leaves a value alone, `Some(None)` clears the channel.
#[derive(Default)]
pub struct IntegrationEdit {
    pub url: Option<String>,
    pub channel: Option<Option<String>>,
    pub events: Option<Vec<String>>,
}

pub fn edit(store: &mut Store, who: &Who, name: &Slug, e: &IntegrationEdit) -> Result<Change<IntegrationView>> {
    write_on(store, who, IntegrationNamed(name), &[Action::ManageIntegrations], true, |tx, scope, mut i| {
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
    let change = write_on(store, who, IntegrationNamed(name), &[Action::ManageIntegrations], !dry_run, |tx, scope, i| {
        Ok(remove_in(tx, scope, i)?.map(|i| view(&i, scope.role())))
    })?;
    Ok(change.dry(dry_run))
}

/// Checks the stored URL's shape for its kind (admins); nothing is sent.
pub fn test(store: &mut Store, who: &Who, name: &Slug) -> Result<TestResult> {
    read_on(store, who, IntegrationNamed(name), Action::ManageIntegrations, |_, _, i| {
        let (valid, reason) = match shape(i.kind, &i.url) {
            Ok(what) => (true, format!("{what} (nothing was sent)")),
            Err(why) => (false, why),
        };
        Ok(TestResult { name: i.name.clone(), kind: i.kind, url: mask(&i.url), valid, reason })
    })
}

/// Checks, before a confirmation prompt, that the acting user may remove the integration and that it exists.
pub fn precheck(store: &mut Store, who: &Who, name: &Slug) -> Result<()> {
    read_on(store, who, IntegrationNamed(name), Action::ManageIntegrations, |_, _, _| Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::security::parse_events;

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
