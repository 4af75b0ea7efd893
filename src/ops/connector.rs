//! `connector add | list | show | edit | remove`. Passwords in URLs are never shown.

use crate::store::Tx;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::audit::AuditAction;
use crate::model::url::mask;
use crate::model::{now, Slug};
use crate::ops::scope::{read_as, write_as, write_as_then, Audited};
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

fn find(c: &Tx, s: &Session, name: &Slug) -> Result<Connector> {
    connectors::find(c, s.org.id, name.as_str())?.ok_or_else(|| {
        Error::not_found(format!("connector {name} does not exist in {}", s.slug()))
            .with_hint("see `orgctl connector list`")
    })
}

pub fn add(store: &mut Store, who: &Who, name: &Slug, kind: &Slug, url: &url::Url) -> Result<Change<ConnectorView>> {
    write_as(store, who, Action::ManageConnectors, |tx, scope| {
        let s = scope.session();
        // docs/contract.md §6: creating something whose name is taken is a conflict.
        if connectors::find(tx, s.org.id, name.as_str())?.is_some() {
            return Err(Error::conflict(format!("connector {name} already exists in {}", s.slug()))
                .with_hint(format!("to change it, run `orgctl connector edit {name}`")));
        }
        connectors::insert(tx, s.org.id, name.as_str(), kind.as_str(), url.as_str(), now())?;
        let shown = ConnectorView { name: name.to_string(), kind: kind.to_string(), url: mask(url.as_str()) };
        let details = format!("kind={kind} url={}", shown.url);
        Ok(Audited::changed(Outcome::Created, shown, AuditAction::ConnectorAdd, name.as_str(), &details))
    })
}

pub fn list(store: &mut Store, who: &Who) -> Result<Vec<ConnectorView>> {
    // Every member sees that a connector exists, whether or not they may use it.
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        Ok(connectors::list(tx, scope.org_id())?.iter().map(view).collect())
    })
}

pub fn show(store: &mut Store, who: &Who, name: &Slug) -> Result<ConnectorView> {
    // Every member sees that a connector exists, whether or not they may use it.
    read_as(store, who, Action::ViewOrg, |tx, scope| Ok(view(&find(tx, scope.session(), name)?)))
}

pub fn edit(
    store: &mut Store,
    who: &Who,
    name: &Slug,
    kind: Option<&Slug>,
    url: Option<&url::Url>,
) -> Result<Change<ConnectorView>> {
    write_as(store, who, Action::ManageConnectors, |tx, scope| {
        let mut c = find(tx, scope.session(), name)?;
        let before = c.clone();
        if let Some(k) = kind {
            c.kind = k.to_string();
        }
        if let Some(u) = url {
            c.url = u.to_string();
        }
        if c == before {
            return Ok(Audited::unchanged(view(&c)));
        }
        connectors::update(tx, c.id, &c.kind, &c.url)?;
        let diff = Diff::new().field("kind", Some(&before.kind), Some(&c.kind)).field(
            "url",
            Some(&mask(&before.url)),
            Some(&mask(&c.url)),
        );
        Ok(Audited::changed(Outcome::Updated, view(&c), AuditAction::ConnectorEdit, name.as_str(), &diff.text()))
    })
}

/// A removed connector with the grants to use it that went with it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConnectorRemoved {
    #[serde(flatten)]
    pub connector: ConnectorView,
    pub grants: Vec<crate::store::connector_grants::UseGrant>,
}

/// Removes a connector and its grants (admins); `dry_run` checks it all and rolls back.
pub fn remove(store: &mut Store, who: &Who, name: &Slug, dry_run: bool) -> Result<Change<ConnectorRemoved>> {
    let change = write_as_then(store, who, Action::ManageConnectors, !dry_run, |tx, scope| {
        let c = find(tx, scope.session(), name)?;
        let grants = crate::store::connector_grants::list(tx, c.id)?;
        connectors::delete(tx, c.id)?;
        let details = format!("grants={}", grants.len());
        let gone = ConnectorRemoved { connector: view(&c), grants };
        Ok(Audited::changed(Outcome::Deleted, gone, AuditAction::ConnectorRemove, name.as_str(), &details))
    })?;
    Ok(change.dry(dry_run))
}
