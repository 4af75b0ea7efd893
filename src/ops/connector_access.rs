//! `connector grant | revoke | access`: who may use (query) a connector when
//! the org's `connector-access` is `granted`, and why.

use crate::ops::scope::Permit;
use crate::store::dashboards::Grantee;
use crate::store::Tx;
use serde::Serialize;

use crate::error::Result;
use crate::model::audit::AuditAction;
use crate::model::security::ConnectorAccess;
use crate::model::Slug;
use crate::ops::dashboard::{grantee, ShareTarget};
use crate::ops::scope::{read_on, write_on, Audited, ConnectorNamed};
use crate::ops::{Change, Outcome, Session, Who};
use crate::policy::{self, Action, Facts, Target, Via};
use crate::store::connector_grants::{self};
use crate::store::connectors::Connector;
use crate::store::{members, Store};

/// A connector with its grants, as `grant` and `revoke` report it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConnectorGrants {
    pub name: String,
    pub kind: String,
    /// Masked, as everywhere but `export`.
    pub url: String,
    pub connector_access: ConnectorAccess,
    pub grants: Vec<crate::ops::views::UseGrantView>,
}

/// One line of `connector access`: a member who may use the connector, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct UseAccess {
    pub email: String,
    /// Always `use`.
    pub permission: &'static str,
    pub reason: String,
}

fn shown(c: &Tx, s: &Session, k: &Connector) -> Result<ConnectorGrants> {
    Ok(ConnectorGrants {
        name: k.name.clone(),
        kind: k.kind.clone(),
        url: crate::model::url::mask(&k.url),
        connector_access: s.rules().connector_access,
        grants: connector_grants::list(c, k.id)?.into_iter().map(Into::into).collect(),
    })
}

/// Grants a team or member use of a connector (admins); the same grant again is unchanged.
pub fn grant(
    store: &mut Store,
    who: &Who,
    name: &Slug,
    to: &ShareTarget,
    terms: &crate::ops::terms::Terms,
) -> Result<Change<ConnectorGrants>> {
    write_on(store, who, ConnectorNamed(name), &[Action::ManageConnectors], true, |tx, scope, k| {
        let s = scope.session();
        let (g, named) = grantee(tx, s, to)?;
        let done = grant_in(tx, s, &k, g, &named, terms)?;
        done.try_map(|()| shown(tx, s, &k))
    })
}

/// Grants `named` (a team or member) use of a connector (the core of
/// `connector grant` and of `apply`), until `terms.expires` (bounded by the
/// org's `grant-max-lifetime`) and for `terms.reason`; the same grant again
/// is unchanged.
pub fn grant_in(
    c: &Permit,
    s: &Session,
    k: &Connector,
    g: Grantee,
    named: &str,
    terms: &crate::ops::terms::Terms,
) -> Result<Audited<()>> {
    if terms.is_empty() && connector_grants::has(c, k.id, g)? {
        return Ok(Audited::unchanged(()));
    }
    let expires = crate::ops::terms::grant_expiry(c, s, terms.expires, &format!("the grant on connector {}", k.name))?;
    let did = connector_grants::grant_with(c, s.org().id, k.id, g, expires, terms.reason.as_deref())?;
    let mut details = named.to_owned();
    if let Some(e) = expires {
        details.push_str(&format!(" expires={}", crate::model::rfc3339(e)));
    }
    if let Some(r) = &terms.reason {
        details.push_str(&format!(" reason={r}"));
    }
    Ok(Audited::changed_if(did, Outcome::Created, (), AuditAction::ConnectorGrant, &k.name, &details))
}

/// Removes `named`'s grant to use a connector (the core of `connector
/// revoke` and of `apply --prune`); one that is not there is unchanged.
pub fn revoke_in(c: &Permit, k: &Connector, g: Grantee, named: &str) -> Result<Audited<()>> {
    let did = connector_grants::revoke(c, k.id, g)?;
    Ok(Audited::changed_if(did, Outcome::Deleted, (), AuditAction::ConnectorRevoke, &k.name, named))
}

/// Removes a grant (admins); removing one that is not there is unchanged.
pub fn revoke(store: &mut Store, who: &Who, name: &Slug, from: &ShareTarget) -> Result<Change<ConnectorGrants>> {
    write_on(store, who, ConnectorNamed(name), &[Action::ManageConnectors], true, |tx, scope, k| {
        let s = scope.session();
        let (g, named) = grantee(tx, s, from)?;
        revoke_in(tx, &k, g, &named)?.try_map(|()| shown(tx, s, &k))
    })
}

/// Every member who may use the connector, and why (any member may ask).
pub fn access(store: &mut Store, who: &Who, name: &Slug) -> Result<Vec<UseAccess>> {
    // A connector not granted to a guest does not exist for them (the door
    // says so); one that is, they may not review.
    read_on(store, who, ConnectorNamed(name), Action::ViewOrg, |tx, scope, k| {
        let s = scope.session();
        crate::ops::lookup::refuse_guest_review(s)?;
        // Each member's best grant (direct first, then teams by slug), then the policy.
        let mut best: std::collections::HashMap<crate::store::UserId, Option<String>> =
            std::collections::HashMap::new();
        for (user, team) in connector_grants::holders(tx, k.id)? {
            let entry = best.entry(user).or_insert_with(|| team.clone());
            if team < *entry {
                *entry = team;
            }
        }
        let mut out = Vec::new();
        for (id, email, role) in members::active_ids(tx, s.org().id)? {
            let grant = best.remove(&id).map(|t| t.map_or(Via::Direct, Via::Team));
            let facts = Facts { org: s.slug(), role: Some(role), target: Target::Connector { grant }, rules: s.rules() };
            let d = policy::decide(Action::Use, &facts);
            if d.allowed {
                out.push(UseAccess { email, permission: "use", reason: d.reason });
            }
        }
        Ok(out)
    })
}
