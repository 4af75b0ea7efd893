//! One door for every change: a use case asks for a [`Scope`] with the action
//! it is about to take, and gets one only once the policy said yes, inside the
//! command's transaction. A write returns an [`Audited`] outcome naming what
//! the audit log records of it, and [`write_as`] writes those entries: a write
//! that skips the policy or the audit does not compile.
//!
//! Use cases move to this door one module at a time. Through it so far:
//! billing, chats, teams, connectors and their grants, integrations, security
//! settings, dashboards, members (add, list, set-role, remove, with their
//! cascades handing back their entries as [`Step`]s), org show/edit/leave,
//! and invite list/revoke/resend. Still opening their session and auditing by
//! hand: invite create and accept, org create and delete (its entry must be
//! written before the org's counter goes with it), access review, can-i, db
//! and apply.

use crate::error::Result;
use crate::model::Slug;
use crate::ops::audited::AuditAction;
use crate::ops::{audit_in, require, session, Change, Outcome, Session, Who};
use crate::policy::Action;
use crate::store::orgs::Org;
use crate::store::users::User;
use crate::store::OrgId;
use crate::store::{Store, Tx};

/// The acting user in an org, for an action the policy allowed. Its fields
/// are private: the only way to one is [`read_as`] or [`write_as`].
#[derive(Debug)]
pub struct Scope {
    session: Session,
}

impl Scope {
    /// The org's id, for the store's queries and mutators.
    pub fn org_id(&self) -> OrgId {
        self.session.org.id
    }

    pub fn org(&self) -> &Org {
        &self.session.org
    }

    pub fn slug(&self) -> &str {
        self.session.slug()
    }

    pub fn actor(&self) -> &User {
        &self.session.actor
    }

    /// The acting user's role in the org.
    pub fn role(&self) -> Option<crate::model::Role> {
        self.session.role
    }

    /// The checked session, for the helpers that still take one.
    pub fn session(&self) -> &Session {
        &self.session
    }
}

/// One audit entry a write asks for.
#[derive(Debug)]
struct Entry {
    action: AuditAction,
    target: String,
    details: String,
}

/// What a write did, and what the audit log records of it.
#[derive(Debug)]
#[must_use = "a write's outcome carries its audit entries: return it from the write"]
pub struct Audited<T> {
    outcome: Outcome,
    item: T,
    entries: Vec<Entry>,
}

impl<T> Audited<T> {
    /// Nothing changed: nothing to record.
    pub fn unchanged(item: T) -> Self {
        Audited { outcome: Outcome::Unchanged, item, entries: Vec::new() }
    }

    /// A change, recorded as `action` on `target` with `details`.
    pub fn changed(outcome: Outcome, item: T, action: AuditAction, target: &str, details: &str) -> Self {
        Audited { outcome, item, entries: vec![Entry { action, target: target.into(), details: details.into() }] }
    }

    /// A change made of several recorded steps (one entry each, such as one
    /// per member added to a team); with no step, nothing changed.
    pub fn of_steps(outcome: Outcome, item: T, steps: Vec<Step>) -> Self {
        let entries: Vec<Entry> =
            steps.into_iter().map(|(action, target, details)| Entry { action, target, details }).collect();
        let outcome = if entries.is_empty() { Outcome::Unchanged } else { outcome };
        Audited { outcome, item, entries }
    }

    /// One more entry for the same change (a cascade the log should show).
    pub fn and(mut self, action: AuditAction, target: &str, details: &str) -> Self {
        self.entries.push(Entry { action, target: target.into(), details: details.into() });
        self
    }
}

/// One audit entry, as a cascade hands it back to be recorded with its change.
pub type Step = (AuditAction, String, String);

fn scope(tx: &Tx, who: &Who, org: Option<&Slug>, action: Action) -> Result<Scope> {
    let session = session::in_org_or(tx, who, org)?;
    require(&session, action)?;
    Ok(Scope { session })
}

/// Runs a read in one transaction, as the acting user in the current org,
/// once the policy allows `action`.
pub fn read_as<T>(store: &mut Store, who: &Who, action: Action, f: impl FnMut(&Tx, &Scope) -> Result<T>) -> Result<T> {
    read_in(store, who, None, action, f)
}

/// [`read_as`] in the org named on the command line (`org show SLUG`), or the
/// current org when none is named.
pub fn read_in<T>(
    store: &mut Store,
    who: &Who,
    org: Option<&Slug>,
    action: Action,
    mut f: impl FnMut(&Tx, &Scope) -> Result<T>,
) -> Result<T> {
    store.read(|tx| f(tx, &scope(tx, who, org, action)?))
}

/// Runs a write in one IMMEDIATE transaction, as the acting user in the
/// current org, once the policy allows `action`; writes the audit entries the
/// outcome names, in the same transaction.
pub fn write_as<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    write_as_then(store, who, action, true, f)
}

/// [`write_as`], committed only if `commit` is true (a dry run does the same
/// work, audit entries included, and keeps none of it).
pub fn write_as_then<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    commit: bool,
    f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    write_in_then(store, who, None, action, commit, f)
}

/// [`write_as_then`] in the org named on the command line (`org leave SLUG`),
/// or the current org when none is named.
pub fn write_in_then<T>(
    store: &mut Store,
    who: &Who,
    org: Option<&Slug>,
    action: Action,
    commit: bool,
    mut f: impl FnMut(&Tx, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    store.write_then(commit, |tx| {
        let scope = scope(tx, who, org, action)?;
        let done = f(tx, &scope)?;
        for e in &done.entries {
            audit_in(tx, &scope.session, e.action, &e.target, &e.details)?;
        }
        Ok(Change::new(done.outcome, Some(scope.slug()), done.item))
    })
}
