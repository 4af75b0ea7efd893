//! `db check | backup`, and the audit log reader.

use std::path::Path;

use crate::error::{Error, Result};
use crate::model::{now, Duration, Email};
use crate::ops::{require, session, Who};
use crate::policy::Action;
use crate::store::{audit, check, Store};

/// Integrity, foreign-key and cross-org checks; the problems found.
pub fn check(store: &mut Store) -> Result<Vec<String>> {
    store.read(|tx| check::run(tx))
}

/// A consistent copy of the store, taken while others may write
/// (`VACUUM INTO` reads one snapshot and writes a compact new file).
pub fn backup(store: &mut Store, to: &Path, force: bool) -> Result<()> {
    let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y);
    if same(to, store.path()) {
        return Err(Error::usage(format!("{} is the store itself", to.display()))
            .with_hint("back it up to another file: `orgctl db backup FILE`"));
    }
    if to.exists() {
        if !force {
            return Err(
                Error::conflict(format!("{} already exists", to.display())).with_hint("pass `--force` to overwrite it")
            );
        }
        std::fs::remove_file(to).map_err(|e| Error::store(format!("cannot replace {}: {e}", to.display())))?;
    }
    let target = to.to_str().ok_or_else(|| Error::usage("the backup path must be valid UTF-8"))?;
    store
        .conn()
        .execute("VACUUM INTO ?1", [target])
        .map_err(|e| Error::store(format!("cannot write the backup {}: {e}", to.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o600));
    }
    Ok(())
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
