//! `db check | backup`, and the audit log reader.

use std::path::Path;

use crate::error::{Error, Result};
use crate::model::{nearest, now, Email, Since};
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
    pub since: Option<Since>,
    pub limit: i64,
}

/// Every action the audit log records (`audit list --action` takes one of
/// these, or a family: the part before the dot). A change that records a new
/// action adds it here.
pub const AUDIT_ACTIONS: &[&str] = &[
    "billing.set",
    "chat.create",
    "chat.delete",
    "connector.add",
    "connector.edit",
    "connector.grant",
    "connector.remove",
    "connector.revoke",
    "dashboard.create",
    "dashboard.delete",
    "dashboard.edit",
    "dashboard.share",
    "dashboard.unshare",
    "integration.add",
    "integration.edit",
    "integration.remove",
    "invite.accept",
    "invite.create",
    "invite.decline",
    "invite.resend",
    "invite.revoke",
    "member.add",
    "member.remove",
    "member.set_role",
    "org.create",
    "org.delete",
    "org.edit",
    "org.leave",
    "org.security",
    "team.add",
    "team.create",
    "team.delete",
    "team.edit",
    "team.remove",
    "user.add",
    "user.edit",
];

/// Checks an `--action` filter: a known action or family, or one the org's
/// log holds; otherwise a usage error naming the nearest known name (a typo
/// must not silently list nothing).
fn check_action(c: &rusqlite::Connection, org_id: i64, action: &str) -> Result<()> {
    let families: Vec<&str> = AUDIT_ACTIONS.iter().filter_map(|a| a.split('.').next()).collect();
    if AUDIT_ACTIONS.contains(&action) || families.contains(&action) || audit::has_action(c, org_id, action)? {
        return Ok(());
    }
    let mut names: Vec<&str> = AUDIT_ACTIONS.to_vec();
    names.extend(families);
    let hint = match nearest(action, names) {
        Some(n) => {
            format!("did you mean `--action {n}`? (an action such as `member.add`, or a family such as `member`)")
        }
        None => "pass an action such as `member.add`, or a family such as `member`".to_string(),
    };
    Err(Error::usage(format!("unknown audit action {action:?}")).with_hint(hint))
}

/// The current org's audit entries, newest first (admins).
pub fn audit_list(store: &mut Store, who: &Who, f: &AuditFilter) -> Result<Vec<audit::Entry>> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ViewAudit)?;
        if let Some(action) = f.action {
            check_action(tx, s.org.id, action)?;
        }
        audit::list(
            tx,
            s.org.id,
            &audit::Filter {
                actor: f.actor.map(Email::as_str),
                action: f.action,
                since: f.since.map(|t| t.at(now())),
                limit: f.limit,
            },
        )
    })
}

#[cfg(test)]
mod tests {
    use super::AUDIT_ACTIONS;

    /// Every `family.verb` literal the use cases record is a known action,
    /// so `audit list --action` accepts it before any entry exists.
    #[test]
    fn every_recorded_action_is_known() {
        let families = ["billing", "chat", "connector", "dashboard", "integration", "invite", "member", "org"];
        let families = [&families[..], &["security", "team", "user"]].concat();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ops");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let Some((family, verb)) = literal.split_once('.') else { continue };
                let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
                // (`integration.rs` is a file name, not an action.)
                let action = families.contains(&family) && word(verb) && verb != "rs";
                if action && !AUDIT_ACTIONS.contains(&literal) {
                    missing.push(format!(
                        "{literal} (src/ops/{})",
                        path.file_name().unwrap_or_default().to_string_lossy()
                    ));
                }
            }
        }
        assert!(missing.is_empty(), "add these to AUDIT_ACTIONS: {missing:?}");
    }
}
