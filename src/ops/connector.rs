//! `connector add | list | show | edit | remove`. Passwords in URLs are never shown.

use crate::ops::scope::Permit;
use serde::Serialize;

use crate::error::{Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::url::mask;
use crate::model::{now, Slug};
use crate::ops::scope::{read_as, read_on, write_as, write_on, Audited, ConnectorNamed};
use crate::ops::{Change, Diff, Outcome, Session, Who};
use crate::policy::Action;
use crate::store::connectors::{self, Connector};
use crate::store::Store;

/// A connector as shown: the URL's password is `****`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConnectorView {
    pub name: String,
    pub kind: String,
    pub url: String,
}

fn view(c: &Connector) -> ConnectorView {
    ConnectorView { name: c.name.clone(), kind: c.kind.clone(), url: mask(&c.url) }
}

pub fn add(store: &mut Store, who: &Who, name: &Slug, kind: &Slug, url: &url::Url) -> Result<Change<ConnectorView>> {
    write_as(store, who, Action::ManageConnectors, |tx, scope| {
        Ok(add_in(tx, scope.session(), name.as_str(), kind.as_str(), url.as_str())?.map(|k| view(&k)))
    })
}

/// Adds a connector (the core of `connector add` and of `apply`): a name
/// already taken in the org is a conflict.
pub fn add_in(c: &Permit, s: &Session, name: &str, kind: &str, url: &str) -> Result<Audited<Connector>> {
    // docs/contract.md §6: creating something whose name is taken is a conflict.
    if connectors::find(c, s.org().id, name)?.is_some() {
        return Err(Refusal::ConnectorExists { name: name.to_string(), org: s.slug().to_string() }.into());
    }
    let added = connectors::insert(c, s.org().id, name, kind, url, now())?;
    let details = format!("kind={kind} url={}", mask(url));
    Ok(Audited::changed(Outcome::Created, added, AuditAction::ConnectorAdd, name, &details))
}

pub fn list(store: &mut Store, who: &Who) -> Result<Vec<ConnectorView>> {
    // Every member sees that a connector exists, whether or not they may use it.
    // A guest sees only the connectors granted to them or their teams.
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        let mut out = Vec::new();
        for k in connectors::list(tx, scope.org_id())? {
            if !scope.sees_connector(tx, &k)? {
                continue;
            }
            out.push(view(&k));
        }
        Ok(out)
    })
}

pub fn show(store: &mut Store, who: &Who, name: &Slug) -> Result<ConnectorView> {
    // Every member sees that a connector exists, whether or not they may use it.
    read_on(store, who, ConnectorNamed(name), Action::ViewOrg, |_, _, k| Ok(view(&k)))
}

pub fn edit(
    store: &mut Store,
    who: &Who,
    name: &Slug,
    kind: Option<&Slug>,
    url: Option<&url::Url>,
) -> Result<Change<ConnectorView>> {
    write_on(store, who, ConnectorNamed(name), &[Action::ManageConnectors], true, |tx, _, before| {
        let kind = kind.map_or(before.kind.clone(), |k| k.to_string());
        let url = url.map_or(before.url.clone(), |u| u.to_string());
        Ok(edit_in(tx, before, &kind, &url)?.map(|k| view(&k)))
    })
}

/// Sets a connector's kind and URL (the core of `connector edit` and of
/// `apply`); the same values are unchanged. The audit entry shows the URLs masked.
pub fn edit_in(c: &Permit, before: Connector, kind: &str, url: &str) -> Result<Audited<Connector>> {
    if before.kind == kind && before.url == url {
        return Ok(Audited::unchanged(before));
    }
    connectors::update(c, before.id, kind, url)?;
    // A new password alone changes the URL but not its masked form.
    let diff = Diff::new().field("kind", Some(&before.kind), Some(kind)).secret_field(
        "url",
        before.url != url,
        Some(&mask(&before.url)),
        Some(&mask(url)),
    );
    let name = before.name.clone();
    let after = Connector { kind: kind.to_string(), url: url.to_string(), ..before };
    Ok(Audited::changed(Outcome::Updated, after, AuditAction::ConnectorEdit, &name, &diff.text()))
}

/// A removed connector with the grants to use it that went with it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConnectorRemoved {
    #[serde(flatten)]
    pub connector: ConnectorView,
    pub grants: Vec<crate::ops::views::UseGrantView>,
}

/// Removes a connector and its grants (admins); `dry_run` checks it all and rolls back.
pub fn remove(store: &mut Store, who: &Who, name: &Slug, dry_run: bool) -> Result<Change<ConnectorRemoved>> {
    let change = write_on(store, who, ConnectorNamed(name), &[Action::ManageConnectors], !dry_run, |tx, _, k| {
        remove_in(tx, k)
    })?;
    Ok(change.dry(dry_run))
}

/// Removes a connector and its grants (the core of `connector remove` and of `apply --prune`).
pub fn remove_in(c: &Permit, k: Connector) -> Result<Audited<ConnectorRemoved>> {
    let grants = crate::store::connector_grants::list(c, k.id)?;
    connectors::delete(c, k.id)?;
    let details = format!("grants={}", grants.len());
    let name = k.name.clone();
    let gone = ConnectorRemoved { connector: view(&k), grants: grants.into_iter().map(Into::into).collect() };
    Ok(Audited::changed(Outcome::Deleted, gone, AuditAction::ConnectorRemove, &name, &details))
}
