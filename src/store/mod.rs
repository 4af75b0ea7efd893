//! The store: a SQLite file or a PostgreSQL database, opening it safely,
//! migrating it, and the SQL for each table family.
//!
//! Nothing outside this module writes SQL or opens a transaction: the rest
//! of the crate comes in through the gate ([`gate`]). Every command runs in
//! exactly one transaction taken through [`Store::write`] (on SQLite
//! IMMEDIATE, so a read-then-write can never fail on a lock upgrade) or
//! [`Store::read`].

pub(crate) mod audit;
pub(crate) mod chats;
pub(crate) mod check;
pub(crate) mod connector_grants;
pub(crate) mod connectors;
pub(crate) mod dashboards;
mod ids;
pub(crate) mod integrations;
pub(crate) mod invites;
pub(crate) mod lifecycle;
pub(crate) mod members;
mod migrations;
pub(crate) mod orgs;
pub(crate) mod rules;
pub mod pg;
pub(crate) mod security;
pub mod session;
pub mod gate;
pub mod permit;
pub(crate) mod leaving;
pub(crate) mod lookup;
mod bulk;
mod sql;
pub(crate) mod teams;
pub(crate) mod users;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use crate::error::{Error, Result};
pub use ids::{DashboardId, OrgId, TeamId, UserId};
pub use sql::Tx;

pub use migrations::latest as latest_schema;

/// `application_id` in the SQLite header: "orgc" in ASCII. It tells an orgctl
/// store from any other program's SQLite file.
pub const APPLICATION_ID: i64 = 0x6f72_6763;

/// How long a command waits, in total, for another process's lock before
/// giving up (exit 6). The contract asks for at least 10 s; CI machines under
/// load deserve more. SQLite's busy timeout and orgctl's own retries of a
/// start that reports busy at once share this one budget.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// An open store: a SQLite file (the default) or a PostgreSQL database.
/// Every command runs in one transaction taken through [`Store::write`] or
/// [`Store::read`]; the use cases see only [`Tx`].
pub struct Store {
    engine: Engine,
    /// Whether a write of this command has been committed.
    committed: bool,
}

enum Engine {
    Sqlite(Sqlite),
    Pg(Box<pg::PgStore>),
}

impl Store {
    /// Opens the SQLite store at `path`, creating it (and its folders) on
    /// first use with mode 0600, and migrating an older schema forward.
    ///
    /// Refuses, without writing a byte, a file that is not SQLite, a SQLite
    /// file of another program, and a store from a newer orgctl.
    pub fn open(path: &Path) -> Result<Store> {
        Ok(Store { engine: Engine::Sqlite(Sqlite::open(path)?), committed: false })
    }

    /// [`Store::open`], but a store that does not exist is created only by
    /// the first write: a command that only reads a missing store (a
    /// mistyped `--db`) is refused (exit 3, pointing to `orgctl init`)
    /// instead of leaving an empty store behind.
    pub fn open_for_command(path: &Path) -> Result<Store> {
        let missing = matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound);
        let sqlite = if missing { Sqlite::not_yet_created(path)? } else { Sqlite::open(path)? };
        Ok(Store { engine: Engine::Sqlite(sqlite), committed: false })
    }

    /// Connects to the PostgreSQL store `target` as an ordinary command
    /// does, after checking what it relies on (see [`pg::PgStore::open`]).
    pub fn open_postgres(target: pg::Target) -> Result<Store> {
        Ok(Store { engine: Engine::Pg(Box::new(pg::PgStore::open(target)?)), committed: false })
    }

    /// An empty SQLite store in memory, for a dry run against a store that
    /// does not exist yet: the plan is the same, and no file is created.
    pub fn in_memory(path: &Path) -> Result<Store> {
        Ok(Store { engine: Engine::Sqlite(Sqlite::in_memory(path)?), committed: false })
    }

    /// The SQLite file's path; on PostgreSQL, the URL with its password masked.
    pub fn path(&self) -> &Path {
        match &self.engine {
            Engine::Sqlite(s) => &s.path,
            Engine::Pg(p) => Path::new(p.shown()),
        }
    }

    /// Runs `f` in one write transaction and commits if it succeeds.
    pub(in crate::store) fn write<T>(&mut self, f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        self.write_then(true, f)
    }

    /// Runs `f` in one write transaction, then commits it only if `commit`
    /// is true: a dry run does the same work and keeps none of it.
    ///
    /// SQLite: IMMEDIATE, so a read-then-write never fails on a lock
    /// upgrade. PostgreSQL: READ COMMITTED, each org locked when entered
    /// ([`Tx::enter_org`]) before anything in it is checked; a transaction
    /// the server gives up on (serialization failure, deadlock, a unique key
    /// taken meanwhile) runs again from the start, which is why `f` may be
    /// called more than once.
    pub(in crate::store) fn write_then<T>(&mut self, commit: bool, mut f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        let out = match &mut self.engine {
            Engine::Sqlite(s) => s.write_then(commit, f),
            Engine::Pg(p) => p.run(true, commit, &mut f),
        }?;
        self.committed |= commit;
        Ok(out)
    }

    /// Whether this command has committed a change (so a failure after it,
    /// such as output that cannot be written, must say the change was made).
    pub fn committed(&self) -> bool {
        self.committed
    }

    /// Runs `f` in one read transaction (a consistent snapshot).
    pub(in crate::store) fn read<T>(&mut self, mut f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        match &mut self.engine {
            Engine::Sqlite(s) => s.read(f),
            Engine::Pg(p) => p.run(false, true, &mut f),
        }
    }

    /// Writes a consistent copy of the store to `to` (SQLite); on
    /// PostgreSQL, says how to take one instead (usage error, exit 2).
    pub fn backup_to(&self, to: &Path, force: bool) -> Result<()> {
        match &self.engine {
            Engine::Sqlite(s) => s.backup_to(to, force),
            Engine::Pg(p) => Err(p.backup_refusal(to)),
        }
    }

    /// Ends the command's use of the store. A SQLite store that was only
    /// read is left for the process's exit to release: its connection is
    /// read-only and has nothing to write back, and closing it (freeing the
    /// parsed schema and the cached statements piece by piece) cost a
    /// fifteenth of a read-only command's start-up. Every other store is
    /// closed here, which lets SQLite empty the write-ahead log.
    pub fn close(self) {
        if self.is_read_only() {
            std::mem::forget(self);
        }
    }

    /// The SQLite connection, for the store's own tests.
    #[cfg(test)]
    fn conn(&self) -> &Connection {
        match &self.engine {
            Engine::Sqlite(s) => &s.conn,
            Engine::Pg(_) => panic!("not a SQLite store"),
        }
    }

    /// Whether the store is SQLite's read-only connection.
    fn is_read_only(&self) -> bool {
        match &self.engine {
            Engine::Sqlite(s) => s.is_read_only(),
            Engine::Pg(_) => false,
        }
    }

    #[cfg(test)]
    fn open_waiting(path: &Path, busy: Duration) -> Result<Store> {
        Ok(Store { engine: Engine::Sqlite(Sqlite::open_waiting(path, busy)?), committed: false })
    }
}

/// An open, migrated SQLite store.
pub(crate) struct Sqlite {
    conn: Connection,
    path: PathBuf,
    /// The total lock wait ([`BUSY_TIMEOUT`] but in tests).
    busy: Duration,
    /// False while the connection is the read-only one of
    /// [`Sqlite::open_for_reading`]; the first write reopens it for writing.
    writable: bool,
    /// True while the store does not exist yet ([`Store::open_for_command`]):
    /// the first write creates it, a read is refused.
    missing: bool,
}

impl Sqlite {
    /// Opens the store at `path`, creating it (and its folders) on first use
    /// with mode 0600, and migrating an older schema forward.
    ///
    /// Refuses, without writing a byte, a file that is not SQLite, a SQLite
    /// file of another program, and a store from a newer orgctl.
    fn open(path: &Path) -> Result<Sqlite> {
        Sqlite::open_waiting(path, BUSY_TIMEOUT)
    }

    /// [`Sqlite::open`] with another total lock wait than [`BUSY_TIMEOUT`].
    ///
    /// A store that is already current and has its `-wal` and `-shm` files is
    /// opened read-only, so that a command that only reads writes nothing at
    /// all; the first [`Store::write`] reopens it for writing. Anything else
    /// (a new store, an older schema, a store without those files, any doubt)
    /// takes the read-write path, which creates, tags and migrates.
    fn open_waiting(path: &Path, busy: Duration) -> Result<Sqlite> {
        if let Some(store) = Sqlite::open_for_reading(path, busy)? {
            return Ok(store);
        }
        Sqlite::open_for_writing(path, busy)
    }

    fn open_for_writing(path: &Path, busy: Duration) -> Result<Sqlite> {
        create_file(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
        // The busy timeout comes before anything that may touch a lock.
        conn.busy_timeout(busy).map_err(|e| open_error(path, e))?;
        // The `-wal` and `-shm` files outlive the connection (emptied, not
        // deleted), so that the next command that only reads can open the
        // store read-only instead of creating and deleting them again.
        keep_wal_files(&conn).map_err(|e| open_error(path, e))?;

        let (app_id, version, tables) = header(&conn).map_err(|e| open_error(path, e))?;
        refuse_foreign_or_newer(path, app_id, version, tables)?;

        // `secure_delete` overwrites deleted rows with zeros, so a removed
        // connector's password does not linger in the file's free space;
        // `journal_size_limit = 0` empties the WAL when the last connection
        // closes, so no old page lingers there either.
        conn.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; \
             PRAGMA journal_size_limit = 0;",
        )
        .map_err(|e| open_error(path, e))?;
        conn.set_prepared_statement_cache_capacity(64);

        let mut store = Sqlite { conn, path: path.to_path_buf(), busy, writable: true, missing: false };
        if version < latest_schema() {
            store.migrate().map_err(|e| migration_error(path, version, e))?;
        }
        // The journal mode changes only once the schema is known good, so a
        // store refused above is left as it was: no WAL header, no `-wal`/`-shm`.
        let mode: String =
            store.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).map_err(|e| open_error(path, e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            let conn = &store.conn;
            retry_busy(conn, busy, || {
                conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get::<_, String>(0))
            })
            .map_err(|e| open_error(path, e))?;
            // A first read in WAL mode makes the `-wal` and `-shm` files,
            // which later readers need to open the store read-only.
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0))
                .map_err(|e| open_error(path, e))?;
        }
        Ok(store)
    }

    /// The read-only connection, when the store allows it: it exists, is
    /// current, and has its `-wal` and `-shm` files (left by any earlier
    /// command). `readonly_shm` makes SQLite open `-shm` read-only too: alone
    /// on the store it then reads the WAL into its own memory, beside another
    /// connection it shares that connection's index, and either way it
    /// writes, creates and deletes nothing. `None` means: take the read-write
    /// path (which also gives the established error for a damaged file).
    fn open_for_reading(path: &Path, busy: Duration) -> Result<Option<Sqlite>> {
        let Some(uri) = read_only_uri(path) else { return Ok(None) };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let Ok(conn) = Connection::open_with_flags(&uri, flags) else { return Ok(None) };
        // The busy timeout comes before anything that may touch a lock.
        if conn.busy_timeout(busy).is_err() {
            return Ok(None);
        }
        let Ok((app_id, version, tables)) = header(&conn) else { return Ok(None) };
        refuse_foreign_or_newer(path, app_id, version, tables)?;
        if version != latest_schema() || app_id != APPLICATION_ID {
            return Ok(None);
        }
        // Closing a read-only connection has nothing to checkpoint.
        if conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).is_err()
            || conn.execute_batch("PRAGMA foreign_keys = ON").is_err()
        {
            return Ok(None);
        }
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Some(Sqlite { conn, path: path.to_path_buf(), busy, writable: false, missing: false }))
    }

    /// Replaces a read-only connection by a read-write one (before a write).
    /// The read-only one is closed first: connections of one process to one
    /// file share SQLite's handle on `-shm`, and its would stay read-only.
    fn make_writable(&mut self) -> Result<()> {
        if !self.writable {
            let placeholder = Connection::open_in_memory().map_err(|e| open_error(&self.path, e))?;
            drop(std::mem::replace(&mut self.conn, placeholder));
            *self = Sqlite::open_for_writing(&self.path, self.busy)?;
        }
        Ok(())
    }

    /// A store that does not exist yet, held without creating anything: the
    /// first write creates it ([`Sqlite::make_writable`]), a read is refused.
    fn not_yet_created(path: &Path) -> Result<Sqlite> {
        let conn = Connection::open_in_memory().map_err(|e| open_error(path, e))?;
        Ok(Sqlite { conn, path: path.to_path_buf(), busy: BUSY_TIMEOUT, writable: false, missing: true })
    }

    /// A read of a store that does not exist: refused, unless another
    /// process has created it meanwhile (then it is opened).
    fn refuse_missing(&mut self) -> Result<()> {
        if !self.missing {
            return Ok(());
        }
        if self.path.exists() {
            *self = Sqlite::open_waiting(&self.path, self.busy)?;
            return Ok(());
        }
        Err(missing_store(&self.path))
    }

    /// Whether the connection is the read-only one.
    fn is_read_only(&self) -> bool {
        !self.writable
    }

    /// An empty store in memory, for a dry run against a store that does not
    /// exist yet: the plan is the same, and no file is created.
    fn in_memory(path: &Path) -> Result<Sqlite> {
        let conn = Connection::open_in_memory().map_err(|e| open_error(path, e))?;
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;").map_err(|e| open_error(path, e))?;
        let mut store = Sqlite { conn, path: path.to_path_buf(), busy: BUSY_TIMEOUT, writable: true, missing: false };
        store.migrate()?;
        Ok(store)
    }

    /// Runs `f` in one IMMEDIATE transaction and commits if it succeeds.
    fn write<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.write_then(true, f)
    }

    /// Runs `f` in one IMMEDIATE transaction, then commits it only if
    /// `commit` is true: a dry run does the same work and keeps none of it.
    fn write_then<T>(&mut self, commit: bool, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.make_writable()?;
        let conn = &self.conn;
        // `new_unchecked` takes `&Connection`, so the start can be retried; the
        // `&mut self` receiver still guarantees there is no other transaction.
        let tx =
            retry_busy(conn, self.busy, || rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate))?;
        let tx = Tx::sqlite(tx);
        let out = f(&tx)?;
        if commit {
            tx.commit()?;
        }
        Ok(out)
    }

    /// Runs `f` in one read transaction (a consistent snapshot).
    ///
    /// On the read-only connection the snapshot is taken before `f` runs: in
    /// the instant another process attaches to the store and has not yet
    /// rebuilt the shared index, a read-only reader cannot rebuild it itself
    /// (SQLite says "read-only"); the store is then reopened for writing,
    /// which can, and the snapshot taken again.
    fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.refuse_missing()?;
        if !self.writable {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
            let snapshot = tx.query_row("PRAGMA schema_version", [], |_| Ok(()));
            match snapshot {
                Ok(()) => {
                    let tx = Tx::sqlite(tx);
                    let out = f(&tx)?;
                    tx.commit()?;
                    return Ok(out);
                }
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::ReadOnly) => {
                    drop(tx);
                    self.make_writable()?;
                }
                Err(e) => return Err(e.into()),
            }
        }
        let tx = Tx::sqlite(self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?);
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Brings the schema forward. Foreign keys are off while it runs (the
    /// pragma only takes effect outside a transaction): rebuilding a table
    /// drops the old one, which would otherwise cascade into every table that
    /// refers to it. `foreign_key_check` then proves nothing was broken
    /// before the transaction commits.
    fn migrate(&mut self) -> Result<()> {
        self.conn.execute_batch("PRAGMA foreign_keys = OFF")?;
        let result = self.migrate_tx();
        self.conn.execute_batch("PRAGMA foreign_keys = ON")?;
        result
    }

    fn migrate_tx(&mut self) -> Result<()> {
        let path = self.path.clone();
        self.write(|tx| {
            // Another process may have migrated between our look and our lock.
            let current: i64 = tx.query_row("PRAGMA user_version", (), |r| r.get(0))?;
            if current > latest_schema() {
                return Err(Error::store(format!("{} was written by a newer orgctl", path.display())));
            }
            for sql in &migrations::MIGRATIONS[current as usize..] {
                tx.execute_batch(sql)?;
            }
            if current < migrations::AUDIT_HASH {
                audit::fill_chains(tx)?;
            }
            if current < migrations::MASKED_URLS {
                connectors::fill_masks(tx)?;
            }
            let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", (), |r| r.get(0))?;
            if broken > 0 {
                return Err(Error::store(format!(
                    "migrating {} would break {broken} reference(s); it was left untouched",
                    path.display()
                ))
                .with_hint("run `orgctl db check` with the orgctl that wrote it"));
            }
            tx.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                latest_schema()
            ))?;
            Ok(())
        })
    }
}

impl Sqlite {
    /// Writes a consistent copy of the store to `to`, even while others write.
    ///
    /// `VACUUM INTO` fills a new, empty file created with `O_EXCL` and mode
    /// 0600 in `to`'s folder (so nobody else can read it while it is being
    /// written), the copy is synced, then renamed over `to` (or, without
    /// `force`, linked to `to` only if `to` still does not exist) and the
    /// folder synced. On any failure the new file is removed and `to` is as
    /// it was: a full disk or a file-size limit never leaves you with no
    /// backup. Refused (usage): the store itself, its `-wal`, `-shm` and
    /// `-journal` files, a symbolic link, and anything but a regular file.
    pub fn backup_to(&self, to: &Path, force: bool) -> Result<()> {
        if self.missing {
            return Err(missing_store(&self.path));
        }
        let shown = to.display();
        let refuse = |why: &str| {
            Error::usage(format!("cannot back up to {shown}: {why}"))
                .with_hint("back it up to a new file of its own: `orgctl db backup FILE`")
        };
        let Some(name) = to.file_name() else {
            return Err(refuse("it names no file"));
        };
        let dir = to.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let existing = match std::fs::symlink_metadata(to) {
            Ok(m) => Some(m),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::store(format!("cannot look at {shown}: {e}"))),
        };
        if let Some(m) = &existing {
            if m.file_type().is_symlink() {
                return Err(refuse("it is a symbolic link"));
            }
            if !m.is_file() {
                return Err(refuse("it is not a regular file"));
            }
        }
        if self.is_own_file(dir, name, existing.as_ref()) {
            return Err(refuse("it is the store itself or one of its journal files"));
        }
        if existing.is_some() && !force {
            return Err(Error::conflict(format!("{shown} already exists")).with_hint("pass `--force` to overwrite it"));
        }
        ignore_file_size_signal();

        let tmp =
            new_private_file(dir, name).map_err(|e| Error::store(format!("cannot write the backup {shown}: {e}")))?;
        let result = (|| -> std::result::Result<(), String> {
            let target = tmp.to_str().ok_or("the backup path must be valid UTF-8")?;
            self.conn.execute("VACUUM INTO ?1", [target]).map_err(|e| e.to_string())?;
            std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(|e| e.to_string())?;
            if force {
                std::fs::rename(&tmp, to).map_err(|e| e.to_string())?;
            } else {
                // A link never replaces a file that appeared meanwhile.
                match std::fs::hard_link(&tmp, to) {
                    Ok(()) => {
                        let _ = std::fs::remove_file(&tmp);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        return Err(format!("{shown} appeared while the copy was written"));
                    }
                    // A file system without hard links: the existence check above stands.
                    Err(_) => std::fs::rename(&tmp, to).map_err(|e| e.to_string())?,
                }
            }
            // The rename itself survives a power cut only once the folder is synced.
            if let Ok(d) = std::fs::File::open(dir) {
                let _ = d.sync_all();
            }
            Ok(())
        })();
        result.map_err(|why| {
            let _ = std::fs::remove_file(&tmp);
            Error::store(format!("cannot write the backup {shown}: {why}")).with_hint(format!(
                "{} was left as it was; free some space or pick another folder",
                if existing.is_some() { "the old backup" } else { "nothing" }
            ))
        })
    }

    /// Whether `dir/name` is the store file or one of its `-wal`, `-shm` and
    /// `-journal` files (by path, and by identity for any hard link to them).
    fn is_own_file(&self, dir: &Path, name: &std::ffi::OsStr, existing: Option<&std::fs::Metadata>) -> bool {
        let Ok(store) = self.path.canonicalize() else {
            return false;
        };
        let own: Vec<PathBuf> = ["", "-wal", "-shm", "-journal"]
            .iter()
            .map(|suffix| {
                let mut p = store.clone().into_os_string();
                p.push(suffix);
                PathBuf::from(p)
            })
            .collect();
        if let Ok(d) = dir.canonicalize() {
            if own.contains(&d.join(name)) {
                return true;
            }
        }
        #[cfg(unix)]
        if let Some(m) = existing {
            use std::os::unix::fs::MetadataExt;
            return own
                .iter()
                .filter_map(|p| std::fs::metadata(p).ok())
                .any(|o| o.dev() == m.dev() && o.ino() == m.ino());
        }
        let _ = existing;
        false
    }
}

/// A new, empty file beside `name` in `dir`, created exclusively with mode 0600.
fn new_private_file(dir: &Path, name: &std::ffi::OsStr) -> std::io::Result<PathBuf> {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    let tag: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = dir.join(format!(".{}.{tag}.backup-tmp", name.to_string_lossy()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&tmp)?;
    // The umask can only take bits away; this makes sure none were added either.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Err(e) = file.set_permissions(std::fs::Permissions::from_mode(0o600)) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    }
    drop(file);
    Ok(tmp)
}

/// A file-size limit (`ulimit -f`) kills a process with SIGXFSZ by default;
/// ignored, the write fails with an error instead, which the backup reports
/// after removing its partial file.
fn ignore_file_size_signal() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to SIG_IGN installs no handler
    // and touches no memory of this process.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// Creates the store's folders and an empty file with mode 0600 if missing.
/// SQLite gives its `-wal` and `-shm` files the mode of the main file.
fn create_file(path: &Path) -> Result<()> {
    let shown = path.display();
    if path.is_dir() {
        return Err(Error::store(format!("{shown} is a directory, not a store file")));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.exists() {
            let mut builder = std::fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            builder
                .create(parent)
                .map_err(|e| Error::store(format!("cannot create the folder {}: {e}", parent.display())))?;
        }
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        // Several processes may create the same store at once: whoever loses
        // the race simply opens the file the winner made.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::store(format!("cannot create the store {shown}: {e}"))),
    }
}

/// Refuses, untouched, a SQLite file of another program and a store from a newer orgctl.
fn refuse_foreign_or_newer(path: &Path, app_id: i64, version: i64, tables: i64) -> Result<()> {
    let shown = path.display();
    if app_id != APPLICATION_ID && (app_id != 0 || version != 0 || tables != 0) {
        return Err(Error::store(format!("{shown} is a SQLite file of another program, not an orgctl store"))
            .with_hint("pass `--db PATH` with the path of an orgctl store, or a new file"));
    }
    if version < 0 {
        return Err(Error::store(format!(
            "{shown} has an impossible schema version ({version}); it was left untouched"
        ))
        .with_hint("restore it from a copy made with `orgctl db backup`"));
    }
    if version > latest_schema() {
        return Err(Error::store(format!(
            "{shown} was written by a newer orgctl (schema {version}, this one knows up to {})",
            latest_schema()
        ))
        .with_hint("upgrade orgctl to use this store; it was left untouched"));
    }
    Ok(())
}

/// Asks SQLite to keep the `-wal` and `-shm` files when the last connection
/// closes (`SQLITE_FCNTL_PERSIST_WAL`); the WAL is still checkpointed and,
/// with `journal_size_limit = 0`, emptied.
fn keep_wal_files(conn: &Connection) -> rusqlite::Result<()> {
    let mut on: std::ffi::c_int = 1;
    // SAFETY: the handle is this open connection's; "main" is a valid
    // NUL-terminated name; PERSIST_WAL reads and writes one int, which `on` is.
    let rc = unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&raw mut on).cast(),
        )
    };
    if rc == rusqlite::ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rc), Some("cannot keep the WAL files".into())))
    }
}

/// The `file:` URI that opens `path` read-only with a read-only `-shm`, or
/// `None` when the store, its `-wal` or its `-shm` is missing (a new store,
/// or one last closed by an older orgctl or another program): then the
/// read-write path creates them.
fn read_only_uri(path: &Path) -> Option<String> {
    let with = |suffix: &str| {
        let mut p = path.as_os_str().to_os_string();
        p.push(suffix);
        PathBuf::from(p)
    };
    let non_empty_file = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > 0);
    if !non_empty_file || !with("-wal").is_file() || !with("-shm").is_file() {
        return None;
    }
    let text = path.to_str()?;
    let mut uri = String::from(if text.starts_with('/') { "file://" } else { "file:" });
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?readonly_shm=1");
    Some(uri)
}

/// Reads the header fields and the schema size from one snapshot: another
/// process may be creating the store at this very moment, and three separate
/// reads could see its tables but not yet its `application_id`.
fn header(conn: &Connection) -> rusqlite::Result<(i64, i64, i64)> {
    conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id()), \
                (SELECT user_version FROM pragma_user_version()), \
                (SELECT count(*) FROM sqlite_schema)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// A read of a store that does not exist (exit 3).
fn missing_store(path: &Path) -> Error {
    Error::not_found(format!("there is no store at {}", path.display())).with_hint(
        "create it with `orgctl init` (or any command that writes, such as `orgctl user add EMAIL`), or pass \
         `--db PATH` with the path of an existing store",
    )
}

/// A migration that failed (its transaction rolled back, the store as it
/// was): what SQLite said, on one line and without the SQL it ran, which
/// would print the whole schema.
fn migration_error(path: &Path, from: i64, e: Error) -> Error {
    if e.kind != crate::error::ErrorKind::Internal {
        return e;
    }
    let why = e.message.strip_prefix("store error: ").unwrap_or(&e.message);
    // rusqlite says `MESSAGE in SQL at offset N`: the SQL is the migration's.
    let why = why.split(" in ").next().unwrap_or(why).lines().next().unwrap_or_default();
    let why: String = crate::model::shorten(why).into_owned();
    Error::store(format!(
        "{} says schema {from} but does not hold it, so it cannot be brought to schema {}: {why}; it was left untouched",
        path.display(),
        latest_schema()
    ))
    .with_hint("restore it from a copy made with `orgctl db backup`, or run `orgctl db check` with the orgctl that wrote it")
}

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    let shown = path.display();
    let err = match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => {
            Error::store(format!("{shown} is not an orgctl store (not a SQLite database); it was left untouched"))
                .with_hint("pass `--db PATH` with the path of an orgctl store, or a new file")
        }
        Some(ErrorCode::DatabaseCorrupt) => Error::store(format!("the store {shown} is corrupt"))
            .with_hint("restore it from a copy made with `orgctl db backup`"),
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            Error::store(format!("the store {shown} stayed locked past the timeout"))
        }
        _ => Error::store(format!("cannot open the store {shown}: {e}")),
    };
    err.with_source(e)
}

/// Runs `f`, and while it reports busy retries it with a growing pause
/// until `budget` has passed since the first try: SQLite may report busy at
/// once, without waiting (another connection recovering the WAL, or changing
/// the journal mode). Each try's busy timeout is what is left of the budget,
/// so the whole wait is `budget` (plus one pause of at most 250 ms), never
/// the busy timeout times the number of tries.
fn retry_busy<T>(
    conn: &Connection,
    budget: Duration,
    mut f: impl FnMut() -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    let deadline = std::time::Instant::now() + budget;
    let mut attempt: u64 = 0;
    let result = loop {
        match f() {
            Err(e) if matches!(e.sqlite_error_code(), Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)) => {
                let left = deadline.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    break Err(e);
                }
                attempt += 1;
                std::thread::sleep(Duration::from_millis(50 * attempt.min(5)).min(left));
                let left = deadline.saturating_duration_since(std::time::Instant::now());
                conn.busy_timeout(left)?;
            }
            other => break other,
        }
    };
    if attempt > 0 {
        conn.busy_timeout(budget)?;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Email, Name, Role, Slug};

    fn fresh() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("sub/orgctl.db")).unwrap();
        (dir, store)
    }

    #[test]
    fn counters_count_in_the_transaction_and_are_stored_once_at_the_commit() {
        use orgs::Numbered::{Chat, Invite};
        let (_dir, mut store) = fresh();
        let stored = |store: &Store, kind: &str| -> Option<i64> {
            let sql = "SELECT last FROM org_counters WHERE kind = ?1";
            store.conn().query_row(sql, [kind], |r| r.get(0)).ok()
        };
        let (a, b) = store
            .write_permitted(|tx| {
                let a = orgs::insert(tx, &Slug::parse("acme")?, &Name::parse("Acme")?, 0)?.id;
                let b = orgs::insert(tx, &Slug::parse("beta")?, &Name::parse("Beta")?, 0)?.id;
                let audit: Vec<i64> = (0..3).map(|_| orgs::next_number(tx, a, Invite)).collect::<Result<_>>()?;
                assert_eq!(audit, [1, 2, 3]);
                assert_eq!(orgs::next_number(tx, b, Invite)?, 1, "each org counts on its own");
                assert_eq!(orgs::next_number(tx, a, Chat)?, 1, "and each kind");
                Ok((a, b))
            })
            .unwrap();
        assert_eq!(stored(&store, "chat"), Some(1));
        let last = |store: &Store, org: OrgId| -> i64 {
            let sql = "SELECT last FROM org_counters WHERE org_id = ?1 AND kind = 'invite'";
            store.conn().query_row(sql, [org.raw()], |r| r.get(0)).unwrap()
        };
        assert_eq!((last(&store, a), last(&store, b)), (3, 1), "stored at the commit");
        // A run that is rolled back (a dry run) moves nothing.
        store.write_then(false, |tx| orgs::next_number(tx, a, Invite).map(|n| assert_eq!(n, 4))).unwrap();
        assert_eq!(last(&store, a), 3);
        assert_eq!(store.write_permitted(|tx| orgs::next_number(tx, a, Invite)).unwrap(), 4, "the next one goes on");
        assert_eq!(last(&store, a), 4);
    }

    #[test]
    fn a_new_store_is_private_tagged_and_current() {
        let (dir, store) = fresh();
        let c = store.conn();
        let app: i64 = c.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
        let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        let fk: i64 = c.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        let sync: i64 = c.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
        let secure_delete: i64 = c.query_row("PRAGMA secure_delete", [], |r| r.get(0)).unwrap();
        assert_eq!((app, version, mode.as_str(), fk, sync), (APPLICATION_ID, latest_schema(), "wal", 1, 2));
        assert_eq!(secure_delete, 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(dir.path().join("sub/orgctl.db")).unwrap();
            assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        }
    }

    /// A current store with its WAL files opens read-only; the first write
    /// reopens it for writing, and the WAL files stay (empty) after it.
    #[test]
    fn a_current_store_opens_read_only_until_it_writes() {
        let (dir, store) = fresh();
        assert!(!store.is_read_only(), "a new store is created read-write");
        drop(store);
        let path = dir.path().join("sub/orgctl.db");
        for suffix in ["-wal", "-shm"] {
            let meta = std::fs::metadata(format!("{}{suffix}", path.display())).expect("the WAL files stay");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{suffix}");
            }
            if suffix == "-wal" {
                assert_eq!(meta.len(), 0, "the WAL is emptied on close");
            }
        }
        let mut store = Store::open(&path).unwrap();
        assert!(store.is_read_only());
        let n: i64 = store.read(|tx| tx.query_row("SELECT count(*) FROM users", (), |r| r.get(0))).unwrap();
        assert_eq!(n, 0);
        assert!(store.conn().execute("DELETE FROM users", []).is_err(), "the read-only connection wrote");
        store.write_permitted(|tx| users::insert(tx, &Email::parse("a@x.io")?, &Name::parse("A")?, 0).map(|_| ())).unwrap();
        assert!(!store.is_read_only());
        let fk: i64 = store.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        let sync: i64 = store.conn().query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
        assert_eq!((fk, sync), (1, 2));
        drop(store);
        let mut store = Store::open(&path).unwrap();
        let n: i64 = store.read(|tx| tx.query_row("SELECT count(*) FROM users", (), |r| r.get(0))).unwrap();
        assert_eq!(n, 1);
    }

    /// A reader alone on a store whose last writer left pages in the WAL (as
    /// a killed process does) reads them: it sees the committed write.
    #[test]
    fn a_read_only_reader_sees_a_wal_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("orgctl.db");
        drop(Store::open(&path).unwrap());
        let mut writer = Store::open(&path).unwrap();
        writer.write_permitted(|tx| users::insert(tx, &Email::parse("a@x.io")?, &Name::parse("A")?, 0).map(|_| ())).unwrap();
        let c = writer.conn();
        c.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).unwrap();
        drop(writer);
        let wal = std::fs::metadata(format!("{}-wal", path.display())).unwrap();
        assert!(wal.len() > 0, "the WAL should still hold the write");
        let mut store = Store::open(&path).unwrap();
        assert!(store.is_read_only());
        let n: i64 = store.read(|tx| tx.query_row("SELECT count(*) FROM users", (), |r| r.get(0))).unwrap();
        assert_eq!(n, 1);
        assert_eq!(std::fs::metadata(format!("{}-wal", path.display())).unwrap().len(), wal.len());
    }

    /// A path that URIs would misread (`?`, `#`, `%`, spaces) opens read-only all the same.
    #[test]
    fn an_awkward_path_opens_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a ?b#c%20d/store.db");
        drop(Store::open(&path).unwrap());
        let store = Store::open(&path).unwrap();
        assert!(store.is_read_only());
        assert!(!dir.path().join("a ").exists());
    }

    /// The lock wait is one budget: a write blocked behind another
    /// connection's transaction gives up after it, not after the busy timeout
    /// times the retries (which made the documented 30 s about 181 s).
    #[test]
    fn a_blocked_write_gives_up_after_the_total_lock_wait() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("orgctl.db");
        drop(Store::open(&path).unwrap());
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN IMMEDIATE").unwrap();
        let budget = Duration::from_millis(1000);
        let mut store = Store::open_waiting(&path, budget).unwrap();
        let started = std::time::Instant::now();
        let e = store.write_permitted(|_| Ok(())).expect_err("the write must give up");
        let waited = started.elapsed();
        assert_eq!(e.kind, crate::error::ErrorKind::Store, "{}", e.message);
        assert!(waited >= budget, "gave up early: {waited:?}");
        assert!(waited < budget + Duration::from_millis(600), "waited {waited:?} for a budget of {budget:?}");
        holder.execute_batch("ROLLBACK").unwrap();
        store.write_permitted(|_| Ok(())).unwrap();
    }

    #[test]
    fn newer_and_foreign_stores_are_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let future = dir.path().join("future.db");
        drop(Store::open(&future).unwrap());
        rusqlite::Connection::open(&future).unwrap().pragma_update(None, "user_version", 99).unwrap();
        let before = std::fs::read(&future).unwrap();
        let e = Store::open(&future).err().unwrap();
        assert_eq!(e.kind, crate::error::ErrorKind::Store);
        assert!(e.message.contains("newer"), "{}", e.message);
        assert_eq!(std::fs::read(&future).unwrap(), before);

        let foreign = dir.path().join("foreign.db");
        rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        let e = Store::open(&foreign).err().unwrap();
        assert!(e.message.contains("another program"), "{}", e.message);
    }

    #[test]
    fn removing_a_member_removes_their_team_memberships_and_grants() {
        let (_dir, mut store) = fresh();
        store
            .write_permitted(|tx| {
                let alice = users::insert(tx, &Email::parse("a@x.io")?, &Name::parse("A")?, 0)?;
                let bob = users::insert(tx, &Email::parse("b@x.io")?, &Name::parse("B")?, 0)?;
                let org = orgs::insert(tx, &Slug::parse("acme")?, &Name::parse("Acme")?, 0)?;
                members::insert(tx, org.id, alice.id, Role::Admin, 0)?;
                members::insert(tx, org.id, bob.id, Role::Member, 0)?;
                let team = teams::insert(tx, org.id, &Slug::parse("eng")?, &Name::parse("Eng")?, None, 0)?;
                teams::add_member(tx, org.id, team.id, bob.id)?;
                let d = dashboards::insert(
                    tx,
                    org.id,
                    &Slug::parse("kpis")?,
                    "KPIs",
                    None,
                    crate::model::Visibility::Restricted,
                    Some(alice.id),
                    0,
                )?;
                dashboards::set_grant(
                    tx,
                    org.id,
                    d,
                    dashboards::Grantee::User(bob.id),
                    crate::model::Permission::Edit,
                )?;
                members::delete(tx, org.id, bob.id)?;
                assert!(teams::member_emails(tx, team.id)?.is_empty());
                assert!(dashboards::grants(tx, d)?.is_empty());
                // A team member must be a member of the team's org: the schema refuses anything else.
                assert!(teams::add_member(tx, org.id, team.id, bob.id).is_err());
                Ok(())
            })
            .unwrap();
        assert!(store.read(|tx| check::run(tx, None)).unwrap().is_empty());
    }

    #[test]
    fn an_owner_is_always_a_member_and_db_check_reports_one_who_is_not() {
        let (_dir, mut store) = fresh();
        let (org_id, carol) = store
            .write_permitted(|tx| {
                let alice = users::insert(tx, &Email::parse("a@x.io")?, &Name::parse("A")?, 0)?;
                let carol = users::insert(tx, &Email::parse("c@x.io")?, &Name::parse("C")?, 0)?;
                let org = orgs::insert(tx, &Slug::parse("acme")?, &Name::parse("Acme")?, 0)?;
                members::insert(tx, org.id, alice.id, Role::Admin, 0)?;
                let vis = crate::model::Visibility::Org;
                // The schema refuses a non-member owner.
                let kpis = Slug::parse("kpis")?;
                assert!(dashboards::insert(tx, org.id, &kpis, "K", None, vis, Some(carol.id), 0).is_err());
                // Leaving makes the owner's dashboards ownerless, not orphaned.
                members::insert(tx, org.id, carol.id, Role::Member, 0)?;
                dashboards::insert(tx, org.id, &kpis, "K", None, vis, Some(carol.id), 0)?;
                members::delete(tx, org.id, carol.id)?;
                assert_eq!(dashboards::find(tx, org.id, &kpis)?.and_then(|d| d.owner_id), None);
                Ok((org.id, carol.id))
            })
            .unwrap();
        assert!(store.read(|tx| check::run(tx, None)).unwrap().is_empty());
        // A store damaged behind orgctl's back (foreign keys off) is reported.
        let c = store.conn();
        c.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        c.execute(
            "UPDATE dashboards SET owner_id = ?1 WHERE org_id = ?2",
            rusqlite::params![carol.raw(), org_id.raw()],
        )
        .unwrap();
        let problems = store.read(|tx| check::run(tx, None)).unwrap();
        assert!(
            problems.iter().any(|p| p.contains("dashboard owner who is not a member") && p.contains("kpis")),
            "{problems:?}"
        );
    }
}
