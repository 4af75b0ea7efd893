//! The doors as the use cases go through them: the store's gate
//! ([`crate::store::gate`]), with the first write in an org clearing what
//! ended there before it ([`crate::ops::lifecycle::sweep`]).

use crate::error::Result;
use crate::model::Slug;
use crate::ops::lifecycle;
use crate::ops::Who;
use crate::policy::Action;
use crate::store::Store;

pub use crate::store::gate::{
    read_as, read_batch, read_in, read_personal, read_store, write_batch, write_closing, write_into, write_personal,
    Asker, Audited, Ledger, Permit, Scope, Step,
};
use crate::store::gate::{self, Change};

/// Runs a write in one IMMEDIATE transaction, as the acting user in the
/// current org, once the policy allows `action`; writes the audit entries the
/// outcome names, in the same transaction.
pub fn write_as<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    write_in_then(store, who, None, action, true, f)
}

/// [`write_as`], committed only if `commit` is true (a dry run does the same
/// work, audit entries included, and keeps none of it).
pub fn write_as_then<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    commit: bool,
    f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
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
    f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
) -> Result<Change<T>> {
    gate::write_in_then(store, who, org, action, commit, lifecycle::sweep, f)
}

/// [`write_as`], with `deliver` run on the change inside the transaction,
/// before the commit: what must reach the user (an invite's token) is
/// written first, and a failure to write it rolls the change back.
pub fn write_as_delivering<T>(
    store: &mut Store,
    who: &Who,
    action: Action,
    f: impl FnMut(&Permit, &Scope) -> Result<Audited<T>>,
    deliver: impl FnMut(&Change<T>) -> Result<()>,
) -> Result<Change<T>> {
    gate::write_as_delivering(store, who, action, lifecycle::sweep, f, deliver)
}
