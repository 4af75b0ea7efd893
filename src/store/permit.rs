//! The capability to change data: see [`Permit`].

use std::cell::Cell;

use super::sql::{Params, Row};
use super::Tx;
use crate::error::Result;

/// What a door of the store's gate (`store::gate`) hands a write once the
/// policy said yes: the store's functions that change data take a
/// `&Permit`, not a [`Tx`], and nothing outside the store can make one, so a
/// change that skips the policy does not compile.
/// It reads as its transaction does (it dereferences to the [`Tx`]). The
/// door checks, when the write returns, that a write which changed rows
/// names the audit entries that record it (an internal error otherwise, and
/// the transaction rolls back), and writes them in the same transaction.
pub struct Permit<'p, 't> {
    tx: &'p Tx<'t>,
    /// Whether a statement run through this permit changed a row since the
    /// door last recorded.
    wrote: Cell<bool>,
}

impl<'t> std::ops::Deref for Permit<'_, 't> {
    type Target = Tx<'t>;
    fn deref(&self) -> &Tx<'t> {
        self.tx
    }
}

impl<'p, 't> Permit<'p, 't> {
    /// Issued by the gate only (see `store::gate`), once the policy said yes.
    pub(in crate::store) fn new(tx: &'p Tx<'t>) -> Permit<'p, 't> {
        Permit { tx, wrote: Cell::new(false) }
    }

    /// Runs a statement that changes data; the number of rows it changed.
    pub(in crate::store) fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        let n = self.tx.execute(sql, params)?;
        if n > 0 {
            self.wrote.set(true);
        }
        Ok(n)
    }

    /// The row a statement that changes data returns (`INSERT ... RETURNING`).
    pub(in crate::store) fn write_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        let row = self.tx.write_row(sql, params, f)?;
        self.wrote.set(true);
        Ok(row)
    }

    /// Every row a statement that changes data returns (`INSERT ... RETURNING`).
    pub(in crate::store) fn write_map<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let rows = self.tx.write_map(sql, params, f)?;
        if !rows.is_empty() {
            self.wrote.set(true);
        }
        Ok(rows)
    }

    /// Whether a statement run through this permit changed a row since
    /// the last call (the gate checks that such a write names its audit
    /// entries).
    pub(in crate::store) fn take_wrote(&self) -> bool {
        self.wrote.replace(false)
    }
}

