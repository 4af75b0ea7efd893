//! The store's own transaction, rows and parameters: one API over SQLite and
//! PostgreSQL, so that nothing outside `store/` names either driver.
//!
//! SQL is written once, in the subset both engines accept, with SQLite's
//! numbered parameters `?1`, `?2`, ...; on PostgreSQL they are rewritten to
//! `$1`, `$2`, ... (outside quoted text) when a statement is first prepared
//! on a connection. (`$1` cannot be the source form: rusqlite reads `$1` as a
//! *name* and numbers names by first appearance, so `SELECT $2, $1` would
//! bind swapped without a word.)

use std::cell::RefCell;
use std::collections::HashMap;

use crate::error::{Error, Result};

/// A parameter value, borrowed from the caller.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Text(&'a str),
    Blob(&'a [u8]),
    /// A `bigint[]` (PostgreSQL only: a column of many rows, see `store::bulk`).
    Ints(&'a [Option<i64>]),
    /// A `text[]` (PostgreSQL only).
    Texts(&'a [Option<&'a str>]),
}

impl Value<'_> {
    /// The PostgreSQL type an array is sent as, in binary, even in a
    /// statement sent unprepared: SQLite has no arrays, and PostgreSQL reads
    /// one as its own type, where a scalar's type is left to the server.
    fn pg_array_type(&self) -> Option<postgres::types::Type> {
        match self {
            Value::Ints(_) => Some(postgres::types::Type::INT8_ARRAY),
            Value::Texts(_) => Some(postgres::types::Type::TEXT_ARRAY),
            _ => None,
        }
    }
}

/// Anything that binds as a parameter.
pub trait ToValue {
    fn to_value(&self) -> Value<'_>;
}

impl ToValue for i64 {
    fn to_value(&self) -> Value<'_> {
        Value::Int(*self)
    }
}

impl ToValue for i32 {
    fn to_value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl ToValue for u32 {
    fn to_value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl ToValue for str {
    fn to_value(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl ToValue for Vec<Option<i64>> {
    fn to_value(&self) -> Value<'_> {
        Value::Ints(self)
    }
}

impl ToValue for Vec<Option<&str>> {
    fn to_value(&self) -> Value<'_> {
        Value::Texts(self)
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl<const N: usize> ToValue for [u8; N] {
    fn to_value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value<'_> {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value<'_> {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

/// A statement's parameters: `params![a, b]`, an array of one type, or `()`.
pub trait Params {
    fn values(&self) -> Vec<Value<'_>>;
}

impl Params for () {
    fn values(&self) -> Vec<Value<'_>> {
        Vec::new()
    }
}

impl Params for &[&dyn ToValue] {
    fn values(&self) -> Vec<Value<'_>> {
        self.iter().map(|v| v.to_value()).collect()
    }
}

impl<T: ToValue, const N: usize> Params for [T; N] {
    fn values(&self) -> Vec<Value<'_>> {
        self.iter().map(ToValue::to_value).collect()
    }
}

/// Parameters of several types: `params![org_id, slug.as_str(), None::<i64>]`.
macro_rules! params {
    () => { () };
    ($($p:expr),+ $(,)?) => {
        &[$(&$p as &dyn $crate::store::sql::ToValue),+] as &[&dyn $crate::store::sql::ToValue]
    };
}
pub(crate) use params;

/// A column's value as read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

/// Anything a column reads into.
pub trait FromCell: Sized {
    /// `None` when the column holds another type.
    fn from_cell(c: Cell<'_>) -> Option<Self>;
}

impl FromCell for i64 {
    fn from_cell(c: Cell<'_>) -> Option<Self> {
        match c {
            Cell::Int(i) => Some(i),
            _ => None,
        }
    }
}

impl FromCell for u32 {
    fn from_cell(c: Cell<'_>) -> Option<Self> {
        i64::from_cell(c).and_then(|i| u32::try_from(i).ok())
    }
}

impl FromCell for bool {
    fn from_cell(c: Cell<'_>) -> Option<Self> {
        i64::from_cell(c).map(|i| i != 0)
    }
}

impl FromCell for f64 {
    fn from_cell(c: Cell<'_>) -> Option<Self> {
        match c {
            Cell::Real(f) => Some(f),
            Cell::Int(i) => Some(i as f64),
            _ => None,
        }
    }
}

impl FromCell for String {
    fn from_cell(c: Cell<'_>) -> Option<Self> {
        match c {
            Cell::Text(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

impl FromCell for Vec<u8> {
    fn from_cell(c: Cell<'_>) -> Option<Self> {
        match c {
            Cell::Blob(b) => Some(b.to_vec()),
            _ => None,
        }
    }
}

impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(c: Cell<'_>) -> Option<Self> {
        match c {
            Cell::Null => Some(None),
            c => T::from_cell(c).map(Some),
        }
    }
}

/// One row of a result, on either engine.
pub struct Row<'r> {
    inner: RowInner<'r>,
}

enum RowInner<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r postgres::Row),
}

impl Row<'_> {
    /// Column `i` (from 0) as a `T`; a column of another type is an internal error.
    pub fn get<T: FromCell>(&self, i: usize) -> Result<T> {
        let wrong = || Error::internal(format!("store error: column {i} holds an unexpected type"));
        match &self.inner {
            RowInner::Sqlite(r) => {
                let v = r.get_ref(i)?;
                let cell = match v {
                    rusqlite::types::ValueRef::Null => Cell::Null,
                    rusqlite::types::ValueRef::Integer(i) => Cell::Int(i),
                    rusqlite::types::ValueRef::Real(f) => Cell::Real(f),
                    rusqlite::types::ValueRef::Text(t) => Cell::Text(std::str::from_utf8(t).map_err(|_| wrong())?),
                    rusqlite::types::ValueRef::Blob(b) => Cell::Blob(b),
                };
                T::from_cell(cell).ok_or_else(wrong)
            }
            RowInner::Pg(r) => {
                let cell: PgCell = r.try_get(i).map_err(|e| Error::internal(format!("store error: {e}")))?;
                T::from_cell(cell.0).ok_or_else(wrong)
            }
        }
    }
}

/// A PostgreSQL column decoded by its type into a [`Cell`].
struct PgCell<'a>(Cell<'a>);

impl<'a> postgres::types::FromSql<'a> for PgCell<'a> {
    fn from_sql(
        ty: &postgres::types::Type,
        raw: &'a [u8],
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        let cell = match *ty {
            Type::INT8 => Cell::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Cell::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT2 => Cell::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::BOOL => Cell::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::FLOAT8 => Cell::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Cell::Real(f64::from(f32::from_sql(ty, raw)?)),
            Type::BYTEA => Cell::Blob(<&[u8]>::from_sql(ty, raw)?),
            _ => Cell::Text(<&str>::from_sql(ty, raw)?),
        };
        Ok(PgCell(cell))
    }

    fn from_sql_null(_: &postgres::types::Type) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgCell(Cell::Null))
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        use postgres::types::Type;
        matches!(
            *ty,
            Type::INT8
                | Type::INT4
                | Type::INT2
                | Type::BOOL
                | Type::FLOAT8
                | Type::FLOAT4
                | Type::BYTEA
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
        )
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match *self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(i),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
            Value::Ints(_) | Value::Texts(_) => {
                return Err(rusqlite::Error::ToSqlConversionFailure("SQLite has no arrays".into()));
            }
        }))
    }
}

/// On PostgreSQL a value is encoded as the type the server inferred for
/// its parameter: an integer binds to `bigint`, `integer`, `smallint` or
/// `boolean` columns alike, as it does in SQLite.
///
/// A statement sent without being prepared first (see [`PgTx::prepare`])
/// leaves its parameters' types to the server (`UNSPECIFIED`): their values
/// go as text, which the server reads as whatever type it inferred, as a
/// literal in the statement would be.
impl postgres::types::ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use bytes::BufMut;
        use postgres::types::{IsNull, Type};
        if ty.oid() == UNSPECIFIED {
            match *self {
                Value::Null => return Ok(IsNull::Yes),
                Value::Int(i) => out.put_slice(i.to_string().as_bytes()),
                Value::Text(s) => out.put_slice(s.as_bytes()),
                Value::Blob(b) => {
                    out.put_slice(b"\\x");
                    for byte in b {
                        out.put_slice(format!("{byte:02x}").as_bytes());
                    }
                }
                Value::Ints(_) | Value::Texts(_) => return Err("an array is sent as its own type".into()),
            }
            return Ok(IsNull::No);
        }
        match *self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().as_str().to_sql(ty, out),
                _ => i.to_sql(ty, out),
            },
            Value::Text(s) => s.to_sql(ty, out),
            Value::Blob(b) => b.to_sql(ty, out),
            Value::Ints(a) => a.to_sql(ty, out),
            Value::Texts(a) => a.to_sql(ty, out),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    fn encode_format(&self, ty: &postgres::types::Type) -> postgres::types::Format {
        if ty.oid() == UNSPECIFIED {
            postgres::types::Format::Text
        } else {
            postgres::types::Format::Binary
        }
    }

    postgres::types::to_sql_checked!();
}

/// The type oid that leaves a parameter's type to the server.
const UNSPECIFIED: u32 = 0;

/// A parameter type the server infers, as it does when preparing.
fn unspecified() -> postgres::types::Type {
    postgres::types::Type::new("unspecified".into(), UNSPECIFIED, postgres::types::Kind::Pseudo, "pg_catalog".into())
}

/// `?N` → `$N` outside quoted text and identifiers, and `unixepoch()` → the
/// transaction's clock, for PostgreSQL.
pub(crate) fn to_postgres(sql: &str) -> String {
    // SQLite's clock, as the lifecycle predicate reads it (store::lifecycle).
    let sql = &sql.replace("unixepoch()", "CAST(floor(extract(epoch FROM now())) AS BIGINT)");
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    for c in sql.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '?' => {
                out.push('$');
                continue;
            }
            None => {}
        }
        out.push(c);
    }
    out
}

/// A transaction (read or write) handed to the use cases.
pub struct Tx<'a> {
    engine: Engine<'a>,
    /// On PostgreSQL, who the connection's login is.
    login: Option<&'a super::pg::logins::CurrentLogin>,
    /// The per-org counters this transaction has moved (see [`Tx::next_number`]).
    counters: RefCell<HashMap<(super::OrgId, &'static str), Counter>>,
    /// The hash of the last audit entry this transaction wrote, per org (the
    /// link the next one extends: see `audit::record`).
    audit_heads: RefCell<HashMap<super::OrgId, String>>,
}

/// A per-org counter within one transaction: the last number handed out,
/// and the value the `org_counters` row holds.
#[derive(Clone, Copy)]
struct Counter {
    handed: i64,
    stored: i64,
}

enum Engine<'a> {
    Sqlite(rusqlite::Transaction<'a>),
    Pg(RefCell<PgTx<'a>>),
}

/// A PostgreSQL transaction with its connection's prepared statements. The
/// connection is in the transaction (`PgStore::run` began it and ends it).
pub(crate) struct PgTx<'a> {
    pub(crate) client: &'a mut postgres::Client,
    /// Statements by their `?N` text: prepared on this connection, or how
    /// many times they were sent unprepared.
    pub(crate) cache: &'a RefCell<HashMap<String, Sent>>,
    pub(crate) errors: &'a super::pg::Target,
    /// The org whose rows this transaction may touch (`app.org_id`), once set.
    pub(crate) org: Option<super::OrgId>,
    pub(crate) write: bool,
    /// Whether the connection is still in a transaction (cleared by a commit).
    pub(crate) open: &'a mut bool,
}

impl<'a> Tx<'a> {
    pub(crate) fn sqlite(tx: rusqlite::Transaction<'a>) -> Tx<'a> {
        Tx { engine: Engine::Sqlite(tx), login: None, counters: RefCell::default(), audit_heads: RefCell::default() }
    }

    pub(crate) fn postgres(tx: PgTx<'a>, login: &'a super::pg::logins::CurrentLogin) -> Tx<'a> {
        Tx { engine: Engine::Pg(RefCell::new(tx)), login: Some(login), counters: RefCell::default(), audit_heads: RefCell::default() }
    }

    /// The SQLite connection, for maintenance that only SQLite has.
    pub(crate) fn sqlite_conn(&self) -> Option<&rusqlite::Connection> {
        match &self.engine {
            Engine::Sqlite(tx) => Some(tx),
            Engine::Pg(_) => None,
        }
    }

    /// On PostgreSQL, who the connection's login is (`db link`).
    pub fn login(&self) -> Option<&super::pg::logins::CurrentLogin> {
        self.login
    }

    /// Whether this is a PostgreSQL transaction.
    pub fn is_postgres(&self) -> bool {
        matches!(self.engine, Engine::Pg(_))
    }

    /// Commits the transaction.
    pub(crate) fn commit(self) -> Result<()> {
        self.store_counters(None)?;
        match self.engine {
            Engine::Sqlite(tx) => Ok(tx.commit()?),
            // A read transaction is left open: the store rolls it back
            // with the next statement it sends, or the server when the
            // connection closes; either ends it as a commit would.
            Engine::Pg(tx) => {
                let tx = tx.into_inner();
                if !tx.write {
                    return Ok(());
                }
                let errors = tx.errors;
                tx.client.batch_execute("COMMIT").map_err(|e| errors.statement_error(&e))?;
                *tx.open = false;
                Ok(())
            }
        }
    }

    /// From here on, the transaction works in this org: on PostgreSQL its
    /// rows become visible (`app.org_id`, transaction-local) and a write
    /// transaction takes the org's lock before anything is checked, so that
    /// writers in one org run one after another, as SQLite's do. Entering
    /// the org already entered does nothing; entering another one too (a
    /// transaction spanning orgs enters them in id order: see `apply`).
    pub fn enter_org(&self, org_id: super::OrgId) -> Result<()> {
        let Engine::Pg(cell) = &self.engine else { return Ok(()) };
        let (write, current) = {
            let tx = cell.borrow();
            (tx.write, tx.org)
        };
        if current == Some(org_id) {
            return Ok(());
        }
        // Row-level security admits the counters of the org being left only
        // while it is still the one set.
        if let Some(left) = current {
            self.store_counters(Some(left))?;
        }
        let sql = if write {
            "SELECT set_config('app.org_id', ?1, true), pg_advisory_xact_lock(?2)"
        } else {
            "SELECT set_config('app.org_id', ?1, true), ?2"
        };
        self.query_row(sql, params![org_id.setting(), org_id], |_| Ok(()))?;
        cell.borrow_mut().org = Some(org_id);
        Ok(())
    }

    /// PostgreSQL: whether this transaction writes (it locks each org it
    /// enters), and the org it has entered, if any; `None` on SQLite.
    pub(in crate::store) fn pg_state(&self) -> Option<(bool, Option<super::OrgId>)> {
        let Engine::Pg(cell) = &self.engine else { return None };
        let tx = cell.borrow();
        Some((tx.write, tx.org))
    }

    /// PostgreSQL: the statement just run entered `org_id` as
    /// [`Tx::enter_org`] does (set `app.org_id` and, in a write, took the
    /// org's lock), with no org entered before.
    pub(in crate::store) fn entered(&self, org_id: super::OrgId) {
        if let Engine::Pg(cell) = &self.engine {
            cell.borrow_mut().org = Some(org_id);
        }
    }

    /// Finds the org `slug` by the database's lookup function and enters
    /// it (as [`Tx::enter_org`]) in the same statement; `None` when no org
    /// has that slug. PostgreSQL only.
    pub(crate) fn enter_org_by_slug(&self, slug: &str) -> Result<Option<super::OrgId>> {
        let Engine::Pg(cell) = &self.engine else {
            return Err(Error::internal("enter_org_by_slug is for PostgreSQL"));
        };
        let (write, current) = {
            let tx = cell.borrow();
            (tx.write, tx.org)
        };
        if current.is_some() {
            let id: Option<super::OrgId> = self.query_row("SELECT orgctl_org_by_slug(?1)", [slug], |r| r.get(0))?;
            if let Some(id) = id {
                self.enter_org(id)?;
            }
            return Ok(id);
        }
        let sql = if write {
            "SELECT o.id, set_config('app.org_id', o.id::text, true), pg_advisory_xact_lock(o.id) \
             FROM (SELECT orgctl_org_by_slug(?1) AS id OFFSET 0) o WHERE o.id IS NOT NULL"
        } else {
            "SELECT o.id, set_config('app.org_id', o.id::text, true) \
             FROM (SELECT orgctl_org_by_slug(?1) AS id OFFSET 0) o WHERE o.id IS NOT NULL"
        };
        let id: Option<super::OrgId> = self.query_opt(sql, [slug], |r| r.get(0))?;
        if id.is_some() {
            cell.borrow_mut().org = id;
        }
        Ok(id)
    }

    /// The next number of `kind` (chat, invite, audit) in the org, from a
    /// counter that never goes back. The first in a transaction moves the
    /// stored counter, which holds its row until the commit; the rest count
    /// here, and the row is written once more when the transaction leaves
    /// the org or commits. Writing it for every number cost an apply of
    /// 2,311 audit entries 2.9 s on PostgreSQL, each update of the one row
    /// walking a longer chain of its versions.
    pub(in crate::store) fn next_number(&self, org_id: super::OrgId, kind: &'static str) -> Result<i64> {
        if let Some(counter) = self.counters.borrow_mut().get_mut(&(org_id, kind)) {
            counter.handed += 1;
            return Ok(counter.handed);
        }
        // On PostgreSQL the counters are the database's: a function moves them.
        let sql = if self.is_postgres() {
            "SELECT orgctl_next_number(?1, ?2)"
        } else {
            "INSERT INTO org_counters (org_id, kind, last) VALUES (?1, ?2, 1) \
             ON CONFLICT (org_id, kind) DO UPDATE SET last = org_counters.last + 1 RETURNING last"
        };
        let n: i64 = self.write_row(sql, params![org_id, kind], |r| r.get(0))?;
        self.counters.borrow_mut().insert((org_id, kind), Counter { handed: n, stored: n });
        Ok(n)
    }

    /// The hash of the last audit entry this transaction wrote in the org.
    pub(crate) fn audit_head(&self, org_id: super::OrgId) -> Option<String> {
        self.audit_heads.borrow().get(&org_id).cloned()
    }

    /// Notes the hash of the audit entry just written in the org.
    pub(crate) fn set_audit_head(&self, org_id: super::OrgId, hash: String) {
        self.audit_heads.borrow_mut().insert(org_id, hash);
    }

    /// Writes the counters moved in memory (of one org, or of all).
    fn store_counters(&self, only: Option<super::OrgId>) -> Result<()> {
        let moved: Vec<((super::OrgId, &'static str), i64)> = self
            .counters
            .borrow()
            .iter()
            .filter(|((org, _), c)| c.handed > c.stored && only.is_none_or(|o| o == *org))
            .map(|(key, c)| (*key, c.handed))
            .collect();
        for ((org_id, kind), last) in moved {
            if self.is_postgres() {
                // The function never moves a counter past the numbers its
                // rows use; it answers whether the counter still exists.
                let sql = "SELECT orgctl_store_counter(?1, ?2, ?3)";
                self.query_row(sql, params![org_id, kind, last], |_| Ok(()))?;
                if let Some(c) = self.counters.borrow_mut().get_mut(&(org_id, kind)) {
                    c.stored = last;
                }
                continue;
            }
            let n = self.execute(
                "UPDATE org_counters SET last = ?3 WHERE org_id = ?1 AND kind = ?2 AND last < ?3",
                params![org_id, kind, last],
            )?;
            // No row left: the org was deleted in this transaction, its
            // counters with it.
            let gone = || -> Result<bool> {
                let sql = "SELECT count(*) FROM org_counters WHERE org_id = ?1 AND kind = ?2";
                Ok(self.query_row(sql, params![org_id, kind], |r| r.get::<i64>(0))? == 0)
            };
            if n != 1 && !gone()? {
                return Err(super::Error::internal(format!("the {kind} counter of org {org_id} did not move")));
            }
            if let Some(c) = self.counters.borrow_mut().get_mut(&(org_id, kind)) {
                c.stored = last;
            }
        }
        Ok(())
    }

    /// Runs a statement; the number of rows it changed. Outside the store's
    /// own bookkeeping (counters, the audit writer, schema), changes go
    /// through a [`super::permit::Permit`].
    pub(in crate::store) fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        let values = params.values();
        match &self.engine {
            Engine::Sqlite(tx) => Ok(tx.prepare_cached(sql)?.execute(rusqlite::params_from_iter(values.iter()))?),
            Engine::Pg(cell) => {
                let mut pg = cell.borrow_mut();
                let n = pg.run(sql, &values, &mut |_| Ok(()))?;
                Ok(usize::try_from(n).unwrap_or(usize::MAX))
            }
        }
    }

    /// Runs statements without parameters.
    pub(in crate::store) fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.engine {
            Engine::Sqlite(tx) => Ok(tx.execute_batch(sql)?),
            Engine::Pg(cell) => {
                let mut pg = cell.borrow_mut();
                let errors = pg.errors;
                pg.client.batch_execute(sql).map_err(|e| errors.statement_error(&e))
            }
        }
    }

    /// The one row a statement returns, through `f`; none is an internal error.
    pub(in crate::store) fn query_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, params, f)?
            .ok_or_else(|| Error::internal("store error: a query that returns one row returned none"))
    }

    /// [`Tx::query_row`] for a statement that changes data (`INSERT ...
    /// RETURNING`): for a [`super::gate::Permit`] and the store's own bookkeeping.
    pub(in crate::store) fn write_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.first(sql, params, true, f)?
            .ok_or_else(|| Error::internal("store error: a statement that returns one row returned none"))
    }

    /// [`Tx::query_map`] for a statement that changes data (`INSERT ...
    /// RETURNING` of many rows).
    pub(in crate::store) fn write_map<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.all(sql, params, true, f)
    }

    /// The first row a statement returns, if any, through `f`.
    pub(in crate::store) fn query_opt<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        self.first(sql, params, false, f)
    }

    /// The first row `sql` returns, if any, through `f` (`writes`: see [`Tx::each`]).
    fn first<T>(&self, sql: &str, params: impl Params, writes: bool, f: impl FnOnce(&Row) -> Result<T>) -> Result<Option<T>> {
        let mut f = Some(f);
        let mut out = None;
        self.each(sql, params, true, writes, &mut |row| {
            if let Some(f) = f.take() {
                out = Some(f(row)?);
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Every row a statement returns, through `f`.
    pub(in crate::store) fn query_map<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.all(sql, params, false, f)
    }

    /// Every row `sql` returns, through `f` (`writes`: see [`Tx::each`]).
    fn all<T>(&self, sql: &str, params: impl Params, writes: bool, mut f: impl FnMut(&Row) -> Result<T>) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, params, false, writes, &mut |row| {
            out.push(f(row)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Every row a statement returns, one at a time, to `f`, which may
    /// query the same transaction. On SQLite the rows stream (memory stays
    /// flat however many there are); on PostgreSQL, where one connection
    /// runs one statement at a time, they are fetched first.
    pub(in crate::store) fn for_each(
        &self,
        sql: &str,
        params: impl Params,
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        self.each(sql, params, false, false, &mut f)
    }

    /// Rows grouped by their first column, in the rows' order within each
    /// group, each made by `value` (which reads the columns after the
    /// first): a reader of many teams' or dashboards' rows in one statement.
    pub(in crate::store) fn grouped<K: FromCell + std::hash::Hash + Eq, V>(
        &self,
        sql: &str,
        params: impl Params,
        mut value: impl FnMut(&Row) -> Result<V>,
    ) -> Result<std::collections::HashMap<K, Vec<V>>> {
        let mut groups: std::collections::HashMap<K, Vec<V>> = std::collections::HashMap::new();
        self.for_each(sql, params, |r| {
            groups.entry(r.get(0)?).or_default().push(value(r)?);
            Ok(())
        })?;
        Ok(groups)
    }

    /// Runs `sql`, each row to `f` (only the first if `first`). A query
    /// (`writes` false) that would change data is an internal error on
    /// SQLite, which can tell: changes go through a permit.
    fn each(
        &self,
        sql: &str,
        params: impl Params,
        first: bool,
        writes: bool,
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let values = params.values();
        match &self.engine {
            Engine::Sqlite(tx) => {
                let mut stmt = tx.prepare_cached(sql)?;
                if !writes && !stmt.readonly() {
                    return Err(Error::internal(format!("a query that changes data outside a permit: {sql}")));
                }
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                while let Some(r) = rows.next()? {
                    f(&Row { inner: RowInner::Sqlite(r) })?;
                    if first {
                        break;
                    }
                }
                Ok(())
            }
            Engine::Pg(cell) => {
                let mut rows = Vec::new();
                cell.borrow_mut().run(sql, &values, &mut |r| {
                    if !first || rows.is_empty() {
                        rows.push(r);
                    }
                    Ok(())
                })?;
                for r in &rows {
                    f(&Row { inner: RowInner::Pg(r) })?;
                    if first {
                        break;
                    }
                }
                Ok(())
            }
        }
    }
}

fn pg_params<'v>(values: &'v [Value<'v>]) -> Vec<&'v (dyn postgres::types::ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn postgres::types::ToSql + Sync)).collect()
}

/// A statement on a PostgreSQL connection, by its `?N` text.
pub(crate) enum Sent {
    /// Sent unprepared this many times.
    Unprepared(u32),
    /// Prepared: its plan kept by the server for the connection.
    Prepared(postgres::Statement),
}

/// The sends of a statement made unprepared before the next one prepares
/// it. Unprepared, a send is one round trip; preparing takes one more, and
/// then spares the server the statement's parse and plan at every send. A
/// statement sent twice (a row read before a write and after it) is
/// cheaper unprepared; one sent a third time is likely sent many more
/// (`apply`'s per-row statements).
const UNPREPARED_SENDS: u32 = 2;

impl PgTx<'_> {
    /// The statement for `sql` (written with `?N`) prepared on this
    /// connection, from its third send; before that it is sent unprepared
    /// (`None`), in one round trip instead of two, which is all a command
    /// that sends each of its statements once or twice needs.
    fn prepare(&mut self, sql: &str) -> Result<Option<postgres::Statement>> {
        let sent = match self.cache.borrow().get(sql) {
            Some(Sent::Prepared(s)) => return Ok(Some(s.clone())),
            Some(Sent::Unprepared(n)) => *n,
            None => 0,
        };
        if sent < UNPREPARED_SENDS {
            self.cache.borrow_mut().insert(sql.to_string(), Sent::Unprepared(sent + 1));
            return Ok(None);
        }
        let stmt = self.client.prepare(&to_postgres(sql)).map_err(|e| self.errors.statement_error(&e))?;
        self.cache.borrow_mut().insert(sql.to_string(), Sent::Prepared(stmt.clone()));
        Ok(Some(stmt))
    }

    /// Runs `sql` with `values`, each row to `f`; the number of rows it
    /// returned or changed.
    fn run(&mut self, sql: &str, values: &[Value], f: &mut dyn FnMut(postgres::Row) -> Result<()>) -> Result<u64> {
        use postgres::fallible_iterator::FallibleIterator;
        let errors = self.errors;
        let fail = |e: postgres::Error| errors.statement_error(&e);
        let refs = pg_params(values);
        // A statement kept planned runs as its function (store::pg::hot).
        let call = super::pg::hot::call(sql, values.len());
        let sql = call.as_deref().unwrap_or(sql);
        let mut rows = match self.prepare(sql)? {
            Some(stmt) => self.client.query_raw(&stmt, refs).map_err(fail)?,
            None => {
                let typed = refs.into_iter().zip(values).map(|(r, v)| (r, v.pg_array_type().unwrap_or_else(unspecified)));
                self.client.query_typed_raw(&to_postgres(sql), typed).map_err(fail)?
            }
        };
        while let Some(row) = rows.next().map_err(fail)? {
            f(row)?;
        }
        Ok(rows.rows_affected().unwrap_or(0))
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        let err = match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
                Error::store(format!("the store stayed locked past the timeout: {e}"))
                    .with_hint("another orgctl is holding a long write; try again")
            }
            Some(ErrorCode::NotADatabase) => Error::store(format!("the store is not an orgctl database: {e}")),
            Some(ErrorCode::DatabaseCorrupt) => Error::store(format!("the store is corrupt: {e}"))
                .with_hint("restore it from a backup made with `orgctl db backup`"),
            Some(ErrorCode::ReadOnly)
            | Some(ErrorCode::CannotOpen)
            | Some(ErrorCode::PermissionDenied)
            | Some(ErrorCode::DiskFull)
            | Some(ErrorCode::SystemIoFailure) => Error::store(format!("cannot write the store: {e}")),
            _ => Error::internal(format!("store error: {e}")),
        };
        err.with_source(e)
    }
}

/// The PostgreSQL store's transactions, here beside [`PgTx`] so that
/// `store::pg` (the connection, the schema, the logins) needs nothing of this
/// module.
impl super::pg::PgStore {
    /// Runs `f` in one transaction: a write at READ COMMITTED (each org is
    /// locked when entered), a read as a REPEATABLE READ snapshot; committed
    /// if `commit`. A write the server gave up on runs again.
    pub(crate) fn run<T>(&mut self, write: bool, commit: bool, f: &mut dyn FnMut(&Tx) -> Result<T>) -> Result<T> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.begin(write)?;
            let Some(login) = &self.login else { return Err(Error::internal("the connection was not checked")) };
            let pg = PgTx {
                client: &mut self.client,
                cache: &self.cache,
                errors: &self.target,
                org: None,
                write,
                open: &mut self.open,
            };
            let tx = Tx::postgres(pg, login);
            let result = f(&tx).and_then(|out| if commit { tx.commit().map(|()| out) } else { Ok(out) });
            match result {
                Err(e) if e.retry && attempt < super::pg::ATTEMPTS => {
                    std::thread::sleep(std::time::Duration::from_millis(u64::from(attempt.min(10)) * 3));
                }
                other => return other,
            }
        }
    }

}

#[cfg(test)]
mod tests {
    use super::to_postgres;

    #[test]
    fn numbered_parameters_become_dollars_outside_quoted_text() {
        assert_eq!(
            to_postgres("SELECT ?2, ?1 WHERE a = '?1' AND \"b?\" = ?3"),
            "SELECT $2, $1 WHERE a = '?1' AND \"b?\" = $3"
        );
        assert_eq!(to_postgres("SELECT 'it''s ?1', ?1"), "SELECT 'it''s ?1', $1");
    }
}
