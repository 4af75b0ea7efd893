//! `db check | backup`, and the audit log reader.

use crate::store::OrgId;
use std::path::Path;

use crate::error::{Invalid, Result};
use crate::model::audit::AuditAction;
use crate::model::{nearest, now, Email, Since};
use crate::ops::views::AuditEntry;
use crate::ops::scope::{read_personal, read_store};
use crate::ops::scope::read_as;
use crate::ops::scope::{write_as_then, Audited};
use crate::ops::{Change, Outcome, Who};
use crate::policy::Action;
use crate::store::{audit, check, Store, Tx};

/// Integrity, foreign-key and cross-org checks; the problems found.
///
/// On PostgreSQL, where each org's rows are seen only from inside it, the
/// cross-org queries run in each org of the acting user (if one is set).
pub fn check(store: &mut Store, who: &Who) -> Result<Vec<String>> {
    match &who.user {
        Some(_) => read_personal(store, who, |tx, me| check::run(tx, Some(me))),
        None => read_store(store, |tx| check::run(tx, None)),
    }
}

/// A consistent copy of the store, taken while others may write; see
/// [`Store::backup_to`] for what makes it safe.
pub fn backup(store: &mut Store, to: &Path, force: bool) -> Result<()> {
    store.backup_to(to, force)
}

pub struct AuditFilter<'a> {
    pub actor: Option<&'a Email>,
    pub action: Option<&'a str>,
    /// The database login that wrote the entry (PostgreSQL).
    pub login: Option<&'a str>,
    pub since: Option<Since>,
    pub limit: i64,
}

/// Checks an `--action` filter: a known action or family, or one the org's
/// log holds; otherwise a usage error naming the nearest known name (a typo
/// must not silently list nothing).
fn check_action(c: &Tx, org_id: OrgId, action: &str) -> Result<()> {
    let families: Vec<&str> = AuditAction::names().filter_map(|a| a.split('.').next()).collect();
    if AuditAction::is_name(action) || families.contains(&action) || audit::has_action(c, org_id, action)? {
        return Ok(());
    }
    let mut names: Vec<&str> = AuditAction::names().collect();
    names.extend(families);
    let nearest = nearest(action, names).map(str::to_string);
    Err(Invalid::AuditAction { action: action.to_string(), nearest }.into())
}

impl AuditFilter<'_> {
    /// The store's filter, once an `--action` is known to the org's log.
    fn checked(&self, tx: &Tx, org_id: OrgId) -> Result<audit::Filter<'_>> {
        if let Some(action) = self.action {
            check_action(tx, org_id, action)?;
        }
        Ok(audit::Filter {
            actor: self.actor.map(Email::as_str),
            action: self.action,
            login: self.login,
            since: self.since.map(|t| t.at(now())),
            limit: self.limit,
        })
    }
}

/// The current org's audit entries, newest first (admins).
pub fn audit_list(store: &mut Store, who: &Who, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
    read_as(store, who, Action::ViewAudit, |tx, scope| {
        Ok(audit::list(tx, scope.org_id(), &f.checked(tx, scope.org_id())?)?.into_iter().map(Into::into).collect())
    })
}

/// One page of the current org's audit stream (`audit list -o jsonl`): the
/// entries numbered above `after`, oldest first, at most `f.limit` looked
/// at, and the number the next page starts after (admins; checked again
/// for every page, so a reader demoted or removed meanwhile stops).
pub fn audit_page(store: &mut Store, who: &Who, f: &AuditFilter, after: i64) -> Result<(Vec<AuditEntry>, i64)> {
    read_as(store, who, Action::ViewAudit, |tx, scope| {
        let (entries, next) = audit::page(tx, scope.org_id(), &f.checked(tx, scope.org_id())?, after)?;
        Ok((entries.into_iter().map(Into::into).collect(), next))
    })
}

/// What `audit prune` removed (or, in a dry run, would remove).
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct Pruned {
    /// The org's `audit-retention` in days; 0 keeps everything.
    pub audit_retention: i64,
    /// Entries written before this time go (absent when the retention is 0).
    pub before: Option<String>,
    pub removed: i64,
    /// The numbers of the first and last entry removed.
    pub first: Option<i64>,
    pub last: Option<i64>,
    /// The hash the remaining chain starts from (recorded in the
    /// `audit.prune` entry, which `db check` reads).
    pub chain_starts_from: Option<String>,
}

/// Removes the current org's audit entries older than its `audit-retention`
/// (admins, like reading the log), and records an `audit.prune` entry that
/// carries the hash the remaining chain starts from. A retention of 0 (the
/// default), or nothing that old, removes nothing and records nothing.
pub fn audit_prune(store: &mut Store, who: &Who, dry_run: bool) -> Result<Change<Pruned>> {
    let c = write_as_then(store, who, Action::ViewAudit, !dry_run, |tx, scope| {
        let days = crate::store::security::get(tx, scope.org_id())?.audit_retention.unwrap_or(0);
        let mut out =
            Pruned { audit_retention: days, before: None, removed: 0, first: None, last: None, chain_starts_from: None };
        if days == 0 {
            return Ok(Audited::unchanged(out));
        }
        let before = now() - days * 86_400;
        out.before = Some(crate::model::rfc3339(before));
        let Some((count, first, last, hash)) = audit::prunable(tx, scope.org_id(), before)? else {
            return Ok(Audited::unchanged(out));
        };
        audit::prune(tx, scope.org_id(), last)?;
        let details = audit::prune_details(count, first, last, days, &hash);
        out.removed = count;
        out.first = Some(first);
        out.last = Some(last);
        out.chain_starts_from = Some(hash);
        Ok(Audited::changed(Outcome::Deleted, out, AuditAction::AuditPrune, "audit", &details))
    })?;
    Ok(c.dry(dry_run))
}
