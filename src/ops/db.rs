//! `db check | backup`, and the audit log reader.

use std::path::Path;

use crate::error::Result;
use crate::model::{now, Duration, Email};
use crate::ops::{require, session, Who};
use crate::policy::Action;
use crate::store::{audit, check, Store};

/// Integrity, foreign-key and cross-org checks; the problems found.
pub fn check(store: &mut Store) -> Result<Vec<String>> {
    store.read(|tx| check::run(tx))
}

/// A consistent copy of the store, taken while others may write; see
/// [`Store::backup_to`] for what makes it safe.
pub fn backup(store: &mut Store, to: &Path, force: bool) -> Result<()> {
    store.backup_to(to, force)
}

pub struct AuditFilter<'a> {
    pub actor: Option<&'a Email>,
    pub action: Option<&'a str>,
    pub since: Option<Duration>,
    pub limit: i64,
}

/// The current org's audit entries, newest first (admins).
pub fn audit_list(store: &mut Store, who: &Who, f: &AuditFilter) -> Result<Vec<audit::Entry>> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ViewAudit)?;
        audit::list(
            tx,
            s.org.id,
            &audit::Filter {
                actor: f.actor.map(Email::as_str),
                action: f.action,
                since: f.since.map(|d| now() - d.seconds),
                limit: f.limit,
            },
        )
    })
}
