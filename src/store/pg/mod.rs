//! The PostgreSQL store, so far: its schema, `orgctl init`, and the checks an
//! ordinary command's connection must pass.
//!
//! The schema is kept as pairs: `MIGRATIONS[i]` here is the PostgreSQL side
//! of `store::migrations::MIGRATIONS[i]` (same tables, columns, keys, checks
//! and indexes; a test compares the two engines' catalogs). `access.sql`
//! (roles, grants, row-level security, the lookup functions) is applied
//! after every migration run. The version lives in the one-row table
//! `orgctl_schema`, PostgreSQL's `PRAGMA user_version`.
//!
//! Nothing here prints a connection URL: messages name the store by the
//! caller's masked form of it, and every text that comes back from the
//! server or the driver has the URL's secrets taken out first.

use std::time::Duration;

use postgres::error::SqlState;
use std::collections::HashMap;

use postgres::config::SslMode;
use postgres::{Client, Config, NoTls};

use crate::error::{Error, Result};
use crate::store::latest_schema;
use std::path::Path;

pub(crate) mod hot;
pub mod libpq;
pub mod logins;
pub mod tls;

/// `MIGRATIONS[i]` takes a PostgreSQL store from version `i` to `i + 1`,
/// as the SQLite migration of the same index does.
pub const MIGRATIONS: &[&str] = &[
    include_str!("v1.sql"),
    include_str!("v2.sql"),
    include_str!("v3.sql"),
    include_str!("v4.sql"),
    include_str!("v5.sql"),
    include_str!("v6.sql"),
    include_str!("v7.sql"),
    include_str!("v8.sql"),
    include_str!("v9.sql"),
    include_str!("v10.sql"),
    include_str!("v11.sql"),
    include_str!("v12.sql"),
    include_str!("v13.sql"),
    include_str!("v14.sql"),
    include_str!("v15.sql"),
    include_str!("v16.sql"),
    include_str!("v17.sql"),
];

/// Roles, grants, policies and lookup functions, applied after migrating.
const ACCESS: &str = include_str!("access.sql");

/// The group role every orgctl login is granted.
pub const APP_ROLE: &str = "orgctl_app";

/// The advisory lock `orgctl init` holds while it looks and migrates: "orgc"
/// in ASCII (SQLite's `application_id`), in the two-key form, which never
/// meets a one-key lock such as a per-org `pg_advisory_xact_lock(org_id)`.
const INIT_LOCK: &str = "SELECT pg_advisory_xact_lock(1869768547, 0)";

/// Where the server's socket is when the URL names no host (Debian's default).
const DEFAULT_SOCKET_DIR: &str = "/run/postgresql";

/// How long to wait for a server that does not answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether `--db` names a PostgreSQL store: a `postgres://` or
/// `postgresql://` URL (the scheme in any case). Anything else is a SQLite path.
pub fn is_url(db: &str) -> bool {
    let lower = |n: usize| db.get(..n).map(str::to_ascii_lowercase);
    lower(11).as_deref() == Some("postgres://") || lower(13).as_deref() == Some("postgresql://")
}

/// A PostgreSQL store to connect to, and how to name it in messages.
pub struct Target {
    config: Config,
    shown: String,
    secrets: Vec<String>,
    warnings: Vec<String>,
    tls: tls::Mode,
    /// A PEM file of the authorities to trust beside the system's.
    rootcert: Option<String>,
}

/// The URL without the parameters that only libpq knows (`service`,
/// `sslmode` with libpq's values, `sslrootcert`), which the driver would
/// refuse, and those parameters.
fn take_libpq_params(raw: &str) -> (String, HashMap<&'static str, String>) {
    let mut found = HashMap::new();
    let Some((base, query)) = raw.split_once('?') else { return (raw.to_owned(), found) };
    let rest: Vec<&str> = query
        .split('&')
        .filter(|p| {
            for key in ["service", "sslmode", "sslrootcert"] {
                if let Some(value) = p.strip_prefix(key).and_then(|v| v.strip_prefix('=')) {
                    found.insert(key, value.to_owned());
                    return false;
                }
            }
            true
        })
        .collect();
    let url = if rest.is_empty() { base.to_owned() } else { format!("{base}?{}", rest.join("&")) };
    (url, found)
}

/// Sets on `config` what the service file or the environment supplied.
fn apply(config: &mut Config, values: &HashMap<&'static str, String>) -> Result<()> {
    let bad = |key: &str, value: &str| {
        Error::usage(format!("the PostgreSQL setting {key} = {value:?} (from the service file or environment) is not valid"))
    };
    for (key, value) in values {
        match *key {
            "host" => {
                for h in value.split(',').map(str::trim).filter(|h| !h.is_empty()) {
                    if h.starts_with('/') {
                        config.host_path(h);
                    } else {
                        config.host(h);
                    }
                }
            }
            "port" => {
                config.port(value.trim().parse().map_err(|_| bad(key, value))?);
            }
            "user" => {
                config.user(value);
            }
            "dbname" => {
                config.dbname(value);
            }
            "password" => {
                config.password(value);
            }
            "connect_timeout" => {
                let secs: u64 = value.trim().parse().map_err(|_| bad(key, value))?;
                config.connect_timeout(Duration::from_secs(secs.max(2)));
            }
            _ => {}
        }
    }
    Ok(())
}

impl Target {
    /// Parses `raw`; `shown` is how messages name it (the URL with its
    /// password masked). A URL without a host means the local server's
    /// Unix socket in `/run/postgresql`; without a user, the
    /// operating-system user, as `psql` does.
    pub fn parse(raw: &str, shown: &str) -> Result<Target> {
        Target::parse_with(raw, shown, &libpq::Sources::of_process())
    }

    /// [`Target::parse`], with what the URL leaves out read from `src` as
    /// libpq's tools read it (src/store/pg/libpq.rs): the service file, the
    /// `PG*` variables, then the password file.
    pub fn parse_with(raw: &str, shown: &str, src: &libpq::Sources) -> Result<Target> {
        let secrets = secrets_of(raw);
        let (url, mut params) = take_libpq_params(raw);
        let mut config: Config = url.parse().map_err(|e: postgres::Error| {
            Error::usage(format!("{shown} is not a valid PostgreSQL URL: {}", redact(&chain(&e), &secrets))).with_hint(
                "a URL looks like `postgresql://USER@HOST:5432/DB` or, over the local socket, \
                 `postgresql://USER@/DB?host=/run/postgresql`; the password is read from PGPASSWORD or ~/.pgpass",
            )
        })?;
        let mut given: HashMap<&str, String> = HashMap::new();
        if !config.get_hosts().is_empty() {
            given.insert("host", String::new());
        }
        if !config.get_ports().is_empty() {
            given.insert("port", String::new());
        }
        for (key, value) in [("user", config.get_user()), ("dbname", config.get_dbname())] {
            if let Some(v) = value {
                given.insert(key, v.to_owned());
            }
        }
        if config.get_password().is_some() {
            given.insert("password", String::new());
        }
        if config.get_connect_timeout().is_some() {
            given.insert("connect_timeout", String::new());
        }
        for key in ["sslmode", "sslrootcert"] {
            if params.contains_key(key) {
                given.insert(key, String::new());
            }
        }
        let mut found = libpq::defaults(&given, params.get("service").map(String::as_str), src)?;
        let mut warnings = std::mem::take(&mut found.warnings);
        for key in ["sslmode", "sslrootcert"] {
            if let Some(v) = found.values.remove(key) {
                params.insert(key, v);
            }
        }
        apply(&mut config, &found.values)?;
        let sslmode = params.get("sslmode").map(String::as_str).unwrap_or("prefer");
        let mut tls = tls::Mode::parse(sslmode).ok_or_else(|| {
            Error::usage(format!("sslmode={sslmode} is not one of libpq's modes"))
                .with_hint("use `sslmode=verify-full` (or `require`, `verify-ca`, `disable`)")
        })?;
        if config.get_hosts().is_empty() {
            config.host_path(DEFAULT_SOCKET_DIR);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        // A Unix socket never uses TLS, as with libpq.
        if config.get_hosts().iter().all(|h| matches!(h, postgres::config::Host::Unix(_))) {
            tls = tls::Mode::Off;
        }
        config.ssl_mode(if tls == tls::Mode::Off { SslMode::Disable } else { SslMode::Require });
        config.application_name("orgctl");
        if config.get_password().is_none() {
            let host = match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(h)) => h.clone(),
                Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
                None => DEFAULT_SOCKET_DIR.to_owned(),
            };
            let port = config.get_ports().first().copied().unwrap_or(5432);
            let os_user = whoami::username().unwrap_or_default();
            let user = config.get_user().map_or(os_user, str::to_owned);
            let dbname = config.get_dbname().map_or_else(|| user.clone(), str::to_owned);
            let (password, more) = libpq::password_from_file(&host, port, &dbname, &user, src);
            warnings.extend(more);
            if let Some(p) = password {
                config.password(p);
            }
        }
        let mut secrets = secrets;
        if let Some(p) = config.get_password().map(String::from_utf8_lossy).filter(|p| !p.is_empty()) {
            secrets.push(p.into_owned());
        }
        let rootcert = params.remove("sslrootcert");
        Ok(Target { config, shown: shown.to_string(), secrets, warnings, tls, rootcert })
    }

    /// What the user should know about how the connection was set up (a
    /// password file others may read, and so not used).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The database connected to: the URL's, else (as libpq does) the user's name.
    pub fn database(&self) -> Option<&str> {
        self.config.get_dbname().or(self.config.get_user())
    }

    /// The store as messages name it.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    fn redact(&self, text: &str) -> String {
        redact(text, &self.secrets)
    }

    fn connect(&self) -> Result<Client> {
        let connected = match self.tls {
            tls::Mode::Off => self.config.connect(NoTls),
            mode => self.config.connect(tls::connector(mode, self.rootcert.as_deref())?),
        };
        connected.map_err(|e| self.connect_error(&e))
    }

    /// A failed connection, as a store error whose hint says what to fix.
    fn connect_error(&self, e: &postgres::Error) -> Error {
        let shown = &self.shown;
        if let Some(db) = e.as_db_error() {
            let msg = self.redact(db.message());
            let code = db.code();
            return if *code == SqlState::INVALID_PASSWORD || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
                Error::store(format!("authentication failed at {shown}: {msg}")).with_hint(
                    "check the user name and password in the URL; the server's pg_hba.conf decides who may connect how",
                )
            } else if *code == SqlState::INVALID_CATALOG_NAME {
                Error::store(format!("the database of {shown} does not exist: {msg}")).with_hint(
                    "create it (`createdb -O OWNER NAME`), then run `orgctl init` with this `--db` as its owner",
                )
            } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
                Error::store(format!("{shown} refused the connection: {msg}"))
                    .with_hint("the database owner must run `GRANT CONNECT ON DATABASE NAME TO orgctl_app`")
            } else if *code == SqlState::CANNOT_CONNECT_NOW || *code == SqlState::TOO_MANY_CONNECTIONS {
                Error::store(format!("the server of {shown} takes no connections now: {msg}"))
                    .with_hint("try again in a moment")
            } else {
                Error::store(format!("cannot connect to {shown}: {msg}"))
            };
        }
        let detail = self.redact(&chain(e));
        if detail.starts_with("authentication error") || detail.contains("password missing") {
            Error::store(format!("authentication failed at {shown}: {detail}"))
                .with_hint(
                "the server asks for a password: set PGPASSWORD, or add a line \
                 `HOST:PORT:DB:USER:PASSWORD` to ~/.pgpass (mode 0600)",
            )
        } else if detail.starts_with("error performing TLS handshake") || detail.contains("server does not support TLS") {
            Error::store(format!("cannot connect to {shown} over TLS: {detail}")).with_hint(
                "check `sslmode` (`verify-full` needs a certificate for this host name from an authority the system \
                 trusts, or `sslrootcert=FILE` naming it); the server must have `ssl = on`",
            )
        } else {
            Error::store(format!("cannot reach the PostgreSQL server of {shown}: {detail}")).with_hint(
                "is the server running? check the host and port, or the socket folder (`?host=/run/postgresql`)",
            )
        }
    }

    /// A failed statement while `doing` something, as a store error.
    fn query_error(&self, doing: &str, e: &postgres::Error) -> Error {
        let shown = &self.shown;
        let Some(db) = e.as_db_error() else {
            return Error::store(format!("lost the connection to {shown} while {doing}: {}", self.redact(&chain(e))))
                .with_hint("nothing was changed; check the server and run the command again");
        };
        let msg = self.redact(db.message());
        let mut err = Error::store(format!("cannot {doing} in {shown}: {msg}"));
        if *db.code() == SqlState::INSUFFICIENT_PRIVILEGE && msg.contains("create role") {
            err = err.with_hint(format!(
                "a superuser must run `CREATE ROLE {APP_ROLE} NOLOGIN` first (or run `orgctl init` as a superuser)"
            ));
        } else if *db.code() == SqlState::INSUFFICIENT_PRIVILEGE {
            err = err.with_hint("run `orgctl init` connected as the database owner or a superuser");
        } else if let Some(h) = db.hint() {
            err = err.with_hint(self.redact(h));
        }
        err
    }
}

impl Target {
    /// A failed statement of an ordinary command. A transaction the server
    /// gave up on because of another one (serialization failure, deadlock,
    /// a unique key another transaction took meanwhile) is marked to be run
    /// again; row-level security refusing a row is a refusal (exit 4).
    pub(crate) fn statement_error(&self, e: &postgres::Error) -> Error {
        let shown = &self.shown;
        let Some(db) = e.as_db_error() else {
            return Error::store(format!("lost the connection to {shown}: {}", self.redact(&chain(e))))
                .with_hint("check the server and run the command again");
        };
        let msg = self.redact(db.message());
        let code = db.code();
        if *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::T_R_DEADLOCK_DETECTED
            || *code == SqlState::UNIQUE_VIOLATION
        {
            let mut err = Error::store(format!("{shown} gave up the transaction because of another one: {msg}"))
                .with_hint("nothing was changed; run the command again");
            err.retry = true;
            return err;
        }
        if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            return Error::forbidden(format!("the database refused: {msg}"));
        }
        // A function this orgctl calls is not in the database: its roles,
        // policies and functions (access.sql) were set up by an older
        // orgctl of the same schema version, which only `init` updates.
        if *code == SqlState::UNDEFINED_FUNCTION && msg.contains("orgctl_") {
            return Error::store(format!(
                "the functions of {shown} are older than this orgctl's: {msg}"
            ))
            .with_hint(
                "nothing was changed; the database owner runs `orgctl init` with this orgctl and this `--db` \
                 to bring them up to date",
            );
        }
        if *code == SqlState::ADMIN_SHUTDOWN || *code == SqlState::CANNOT_CONNECT_NOW {
            return Error::store(format!("the server of {shown} stopped: {msg}"))
                .with_hint("nothing was changed; run the command again once the server is back");
        }
        Error::internal(format!("store error: {msg} ({})", code.code()))
    }
}

/// How many times a write transaction runs before its conflict is reported.
pub(in crate::store) const ATTEMPTS: u32 = 30;

/// An open connection to a PostgreSQL store, as an ordinary command uses it.
pub struct PgStore {
    pub(in crate::store) client: Client,
    /// Statements prepared on this connection (or how many times sent unprepared), by their `?N` text.
    pub(in crate::store) cache: std::cell::RefCell<std::collections::HashMap<String, crate::store::sql::Sent>>,
    pub(in crate::store) target: Target,
    /// Who the connection's login is (`db link`); known once the
    /// connection's checks have run, with the first transaction.
    pub(in crate::store) login: Option<logins::CurrentLogin>,
    /// Whether the connection is in a transaction that was not committed (a
    /// read, or a write given up): the next one rolls it back first.
    pub(in crate::store) open: bool,
}

impl Drop for PgStore {
    /// Ends the transaction a read left open, so that the connection is
    /// idle when the command lets it go: a pooler in session mode (such as
    /// PgBouncer) then keeps the server's process, warm, for the next
    /// command, where it would close one left inside a transaction.
    fn drop(&mut self) {
        if self.open {
            let _ = self.client.batch_execute("ROLLBACK");
        }
    }
}

/// What an ordinary command's connection must pass, and who its login is,
/// in one query: the schema is there and current, the login is granted
/// `orgctl_app` and can bypass no row-level security. Any error (a schema
/// or role missing, a privilege lacking) sends the checks one by one, as
/// [`check_client`] makes them, for the message that says which.
///
/// Whether row-level security holds is asked of the server for `orgs`
/// itself (`row_security_active`: false for a superuser, a BYPASSRLS role,
/// or a table whose security was turned off), through the role cache,
/// where reading `pg_roles` in a new backend cost 0.6 ms of a command's
/// server time; when it is false, [`check_client`] says why.
const CHECKS: &str = "SELECT current_user::text, NOT row_security_active('public.orgs'), \
        pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'public.orgs'::regclass), 'USAGE'), \
        pg_has_role(current_user, 'orgctl_app', 'USAGE'), \
        (SELECT version FROM public.orgctl_schema), \
        w.login, w.linked, w.impersonate, w.user_id, w.email \
    FROM public.orgctl_whoami() w";

/// Every transaction's setting: no JIT compilation. The server compiles a
/// statement whose estimated cost passes `jit_above_cost` (100,000 by
/// default), and the estimates of orgctl's reads grow with the org and
/// with the policies' function calls: the member list's is 26,690 at
/// 10,000 members, so it passes near 40,000. Compiling then costs about as
/// much as running (docs/performance.md), and orgctl's statements run once
/// each, which JIT does not pay back.
const NO_JIT: &str = "SET LOCAL jit = off";

impl PgStore {
    /// Connects. What ordinary commands rely on (the schema is there and
    /// current, the login is granted `orgctl_app` without being able to
    /// bypass row-level security) is checked with the first transaction,
    /// in its first round trip.
    pub fn open(target: Target) -> Result<PgStore> {
        let client = target.connect()?;
        Ok(PgStore { client, cache: Default::default(), target, login: None, open: false })
    }

    /// The store as messages name it (the URL, password masked).
    pub fn shown(&self) -> &str {
        &self.target.shown
    }

    /// Begins a transaction: one round trip that also ends the one left
    /// open and, on a new connection, makes the connection's checks.
    pub(in crate::store) fn begin(&mut self, write: bool) -> Result<()> {
        let level = if write { "READ COMMITTED, READ WRITE" } else { "REPEATABLE READ, READ ONLY" };
        let mut sql = String::new();
        if self.open {
            sql.push_str("ROLLBACK; ");
        }
        sql.push_str("START TRANSACTION ISOLATION LEVEL ");
        sql.push_str(level);
        sql.push_str("; ");
        sql.push_str(NO_JIT);
        if self.login.is_some() {
            self.client.batch_execute(&sql).map_err(|e| self.target.statement_error(&e))?;
            self.open = true;
            return Ok(());
        }
        sql.push_str("; ");
        sql.push_str(CHECKS);
        let row = match self.client.simple_query(&sql) {
            Ok(messages) => messages.into_iter().find_map(|m| match m {
                postgres::SimpleQueryMessage::Row(r) => Some(r),
                _ => None,
            }),
            Err(_) => None,
        };
        self.open = true;
        let Some(row) = row else {
            // Something is missing or refused: the checks one by one say what.
            self.client.batch_execute("ROLLBACK").map_err(|e| self.target.statement_error(&e))?;
            self.open = false;
            check_client(&self.target, &mut self.client)?;
            let login = logins::current(&mut self.client)
                .map_err(|e| self.target.query_error("ask who this login is", &e))?;
            self.login = Some(login);
            return self.begin(write);
        };
        let text = |i: usize| row.get(i).unwrap_or_default().to_owned();
        let flag = |i: usize| row.get(i) == Some("t");
        let checked = Checked {
            user: text(0),
            bypass: flag(1),
            owner: flag(2),
            member: flag(3),
            version: row.get(4).and_then(|v| v.parse().ok()).unwrap_or(0),
        };
        if checked.bypass {
            // A superuser or BYPASSRLS login, or the table's security off:
            // the checks one by one name the first; the last is refused here.
            self.client.batch_execute("ROLLBACK").map_err(|e| self.target.statement_error(&e))?;
            self.open = false;
            check_client(&self.target, &mut self.client)?;
            return Err(Error::store(format!(
                "row-level security does not hold for {} on the orgs of {}",
                checked.user, self.target.shown
            ))
            .with_hint("run `orgctl init` with this `--db`, connected as the database owner, to set it up again"));
        }
        checked.verdict(&self.target)?;
        let user_id = row.get(8).and_then(|v| v.parse().ok());
        let email = row.get(9).map(str::to_owned);
        self.login = Some(logins::CurrentLogin::of(text(5), flag(6), flag(7), user_id, email));
        Ok(())
    }

    /// `db backup` on PostgreSQL: the server's own tool does it.
    pub(crate) fn backup_refusal(&self, to: &Path) -> Error {
        Error::usage(format!("orgctl does not copy a PostgreSQL store ({})", self.target.shown)).with_hint(format!(
            "back it up with the server's own tool, as the database owner (row-level security stops any other role): \
             `pg_dump --format=custom --file {} DBNAME`",
            to.display()
        ))
    }
}

/// A digest of `access.sql` and of the statements kept planned
/// ([`hot`]), kept in `orgctl_schema.access`: `init` applies them again
/// when this orgctl's differ from the ones last applied.
fn access_digest() -> String {
    use sha2::{Digest, Sha256};
    let mut digest = Sha256::new();
    digest.update(ACCESS.as_bytes());
    digest.update(hot::fingerprint().as_bytes());
    digest.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// What `orgctl init` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitOutcome {
    /// The empty database now holds the schema.
    Created,
    /// An older schema was brought forward from this version.
    Migrated { from: i64 },
    /// The schema was current: nothing was written.
    Unchanged,
}

/// Creates the schema, the group role and the policies in an empty database,
/// or migrates an older schema forward: one transaction under an advisory
/// lock, so concurrent runs serialise and a failure leaves nothing behind.
/// A schema newer than this orgctl, or a database holding other tables, is
/// refused untouched (exit 6).
pub fn init(t: &Target) -> Result<InitOutcome> {
    let mut client = t.connect()?;
    let doing = "create the orgctl schema";
    let mut tx = client.transaction().map_err(|e| t.query_error(doing, &e))?;
    tx.batch_execute("SET LOCAL client_min_messages = warning").map_err(|e| t.query_error(doing, &e))?;
    tx.batch_execute(INIT_LOCK).map_err(|e| t.query_error(doing, &e))?;
    let version = read_version(&mut tx).map_err(|e| t.query_error("read the schema version", &e))?;
    let latest = latest_schema();
    let from = match version {
        Some(v) if v > latest => return Err(newer(t, v)),
        Some(v) => {
            let role: bool = tx
                .query_one("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", &[&APP_ROLE])
                .map_err(|e| t.query_error(doing, &e))?
                .get(0);
            // The roles, policies and functions this orgctl sets up may have
            // changed without a new schema version: their digest says so.
            // (Read without naming the column: a store set up before it
            // existed lacks it, and only the owner may add it, below.)
            let access: Option<String> = tx
                .query_one("SELECT to_jsonb(s)->>'access' FROM orgctl_schema s", &[])
                .map_err(|e| t.query_error(doing, &e))?
                .get(0);
            if v == latest && role && access.as_deref() == Some(access_digest().as_str()) {
                return Ok(InitOutcome::Unchanged);
            }
            v
        }
        None => {
            let others: i64 = tx
                .query_one(
                    "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace \
                     AND relkind IN ('r', 'p', 'v', 'm', 'f', 'S')",
                    &[],
                )
                .map_err(|e| t.query_error(doing, &e))?
                .get(0);
            if others > 0 {
                return Err(Error::store(format!(
                    "{} holds {others} other table(s) or sequence(s) and no orgctl schema; it was left untouched",
                    t.shown
                ))
                .with_hint(
                    "give orgctl an empty database of its own (`createdb -O OWNER orgctl`), then run `orgctl init`",
                ));
            }
            tx.batch_execute(
                "CREATE TABLE orgctl_schema (\
                     one boolean PRIMARY KEY DEFAULT true CHECK (one), \
                     version integer NOT NULL); \
                 COMMENT ON TABLE orgctl_schema IS \
                     'orgctl: the schema version (one row); a newer orgctl migrates it forward, an older one refuses it'; \
                 INSERT INTO orgctl_schema (version) VALUES (0);",
            )
            .map_err(|e| t.query_error(doing, &e))?;
            0
        }
    };
    let start =
        usize::try_from(from).map_err(|_| Error::store(format!("{} has a negative schema version", t.shown)))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(start) {
        tx.batch_execute(sql).map_err(|e| t.query_error(&format!("migrate to schema {}", i + 1), &e))?;
    }
    tx.batch_execute(ACCESS).map_err(|e| t.query_error("set up the roles and row-level security", &e))?;
    hot::install(&mut tx).map_err(|e| t.query_error("set up the statements kept planned", &e))?;
    if from < super::migrations::MASKED_URLS {
        fill_masks(&mut tx).map_err(|e| t.query_error("mask the connectors' URLs", &e))?;
    }
    let latest_i32 = i32::try_from(latest).map_err(|_| Error::internal("schema version out of range"))?;
    tx.batch_execute("ALTER TABLE orgctl_schema ADD COLUMN IF NOT EXISTS access text")
        .map_err(|e| t.query_error(doing, &e))?;
    tx.execute("UPDATE orgctl_schema SET version = $1, access = $2", &[&latest_i32, &access_digest()])
        .map_err(|e| t.query_error(doing, &e))?;
    tx.commit().map_err(|e| t.query_error(doing, &e))?;
    Ok(if version.is_none() { InitOutcome::Created } else { InitOutcome::Migrated { from } })
}

/// Migration 11: the connectors stored before it get their URLs as members
/// may read them, masked by orgctl (the owner reads each org's with it set).
fn fill_masks(tx: &mut postgres::Transaction) -> std::result::Result<(), postgres::Error> {
    let orgs: Vec<i64> = tx.query("SELECT id FROM orgs", &[])?.iter().map(|r| r.get(0)).collect();
    for org in orgs {
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()])?;
        for r in tx.query("SELECT id, url FROM connectors WHERE url_masked IS NULL", &[])? {
            let (id, url): (i64, String) = (r.get(0), r.get(1));
            tx.execute("UPDATE connectors SET url_masked = $2 WHERE id = $1", &[&id, &crate::model::url::mask(&url)])?;
        }
    }
    tx.execute("SELECT set_config('app.org_id', '', true)", &[])?;
    Ok(())
}

/// The schema version, or `None` when the database holds no orgctl schema.
fn read_version(tx: &mut postgres::Transaction) -> std::result::Result<Option<i64>, postgres::Error> {
    let exists: bool = tx.query_one("SELECT to_regclass('public.orgctl_schema') IS NOT NULL", &[])?.get(0);
    if !exists {
        return Ok(None);
    }
    let v: Option<i32> = tx.query_opt("SELECT version FROM orgctl_schema", &[])?.map(|r| r.get(0));
    Ok(Some(i64::from(v.unwrap_or(0))))
}

fn newer(t: &Target, version: i64) -> Error {
    Error::store(format!(
        "{} was written by a newer orgctl (schema {version}, this one knows up to {})",
        t.shown,
        latest_schema()
    ))
    .with_hint("upgrade orgctl to use this store; it was left untouched")
}

/// What the connection's checks found, judged in the order
/// [`check_client`] makes them.
struct Checked {
    user: String,
    bypass: bool,
    owner: bool,
    member: bool,
    version: i64,
}

impl Checked {
    fn verdict(&self, t: &Target) -> Result<()> {
        let (shown, user) = (&t.shown, &self.user);
        let grant =
            format!("connect as a login granted {APP_ROLE}: `CREATE ROLE alice LOGIN; GRANT {APP_ROLE} TO alice;`");
        if self.bypass {
            return Err(Error::store(format!(
                "{user} bypasses row-level security (a superuser or BYPASSRLS); orgctl does not run its commands so"
            ))
            .with_hint(grant));
        }
        if self.owner {
            return Err(Error::store(format!(
                "{user} owns the orgctl schema in {shown}; orgctl runs its commands as a login that owns nothing"
            ))
            .with_hint(grant));
        }
        if !self.member {
            return Err(Error::store(format!("the role {user} lacks {APP_ROLE} in {shown}"))
                .with_hint(format!("the database owner must run `GRANT {APP_ROLE} TO {user};`")));
        }
        if self.version > latest_schema() {
            return Err(newer(t, self.version));
        }
        if self.version < latest_schema() {
            return Err(Error::store(format!(
                "{shown} holds orgctl schema {}; this orgctl needs {}",
                self.version,
                latest_schema()
            ))
            .with_hint("run `orgctl init` with this `--db`, connected as the database owner, to migrate it"));
        }
        Ok(())
    }
}

/// Checks what an ordinary command relies on, one query at a time (when
/// [`CHECKS`] failed): the schema is there and current, and the login is
/// granted `orgctl_app` without being able to bypass row-level security
/// (not a superuser, no BYPASSRLS, not the schema owner).
fn check_client(t: &Target, c: &mut Client) -> Result<()> {
    let shown = &t.shown;
    let doing = "check the connection";
    let row = c
        .query_one(
            "SELECT to_regclass('public.orgctl_schema') IS NOT NULL, current_user::text, \
                    r.rolsuper OR r.rolbypassrls, \
                    EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) \
             FROM pg_roles r WHERE r.rolname = current_user",
            &[&APP_ROLE],
        )
        .map_err(|e| t.query_error(doing, &e))?;
    let (initialised, user, bypass, role): (bool, String, bool, bool) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    if !initialised || !role {
        return Err(Error::store(format!("{shown} holds no orgctl schema (it is not initialised)"))
            .with_hint("run `orgctl init` with this `--db`, connected as the database owner"));
    }
    let checked = Checked { user, bypass, owner: false, member: true, version: latest_schema() };
    checked.verdict(t)?;
    let row = c
        .query_one(
            "SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'public.orgs'::regclass), 'USAGE'), \
                    pg_has_role(current_user, $1, 'USAGE')",
            &[&APP_ROLE],
        )
        .map_err(|e| t.query_error(doing, &e))?;
    let checked = Checked { owner: row.get(0), member: row.get(1), ..checked };
    checked.verdict(t)?;
    let version: i32 =
        c.query_one("SELECT version FROM orgctl_schema", &[]).map_err(|e| t.query_error(doing, &e))?.get(0);
    Checked { version: i64::from(version), ..checked }.verdict(t)
}

/// An error with its causes, `outer: inner: ...`.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// The secrets a URL may carry, as written and percent-decoded: the
/// password of its user-info and the value of any `password`-like query
/// parameter. Found by the URL's shape, so even a URL the driver rejects
/// gives them up.
fn secrets_of(raw: &str) -> Vec<String> {
    let mut found = Vec::new();
    let Some(rest) = raw.find("://").map(|i| &raw[i + 3..]) else {
        return found;
    };
    let (head, query) = match rest.find(['?', '#']) {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, ""),
    };
    if let Some(at) = head.rfind('@') {
        if let Some((_, password)) = head[..at].split_once(':') {
            found.push(password.to_string());
        }
    }
    for piece in query.split(['&', '#', ';']) {
        if let Some((k, v)) = piece.split_once('=') {
            if k.to_ascii_lowercase().contains("pass") {
                found.push(v.to_string());
            }
        }
    }
    let decoded: Vec<String> = found
        .iter()
        .map(|s| url::form_urlencoded::parse(format!("x={s}").as_bytes()).map(|(_, v)| v.into_owned()).collect())
        .collect();
    found.extend(decoded);
    found.retain(|s| !s.is_empty());
    found.sort_by_key(|s| std::cmp::Reverse(s.len()));
    found.dedup();
    found
}

/// `text` with every secret replaced by `****`, longest first.
fn redact(text: &str, secrets: &[String]) -> String {
    secrets.iter().fold(text.to_string(), |t, s| t.replace(s.as_str(), "****"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sqlite_migration_has_its_postgresql_pair() {
        assert_eq!(
            MIGRATIONS.len(),
            crate::store::migrations::MIGRATIONS.len(),
            "a migration was added on one engine only: add its PostgreSQL side to src/store/pg (vN.sql) \
             and list it in pg::MIGRATIONS, at the same index as in store/migrations.rs"
        );
    }

    #[test]
    fn only_postgres_urls_are_postgres_stores() {
        for yes in ["postgres://h/d", "postgresql://u@/d?host=/run/postgresql", "PostgreSQL://h/d"] {
            assert!(is_url(yes), "{yes}");
        }
        for no in
            ["orgctl.db", "/var/lib/postgres/orgctl.db", "postgres:/h/d", "postgres", "pg://h/d", "sqlite://x", ""]
        {
            assert!(!is_url(no), "{no}");
        }
    }

    #[test]
    fn secrets_are_taken_out_of_every_message() {
        let raw = "postgresql://alice:p%40ss%2Fw0rd@db.internal/orgctl?sslpassword=k3y&password=other";
        let secrets = secrets_of(raw);
        let text = "password authentication failed: p%40ss%2Fw0rd p@ss/w0rd k3y other";
        let clean = redact(text, &secrets);
        for s in ["p%40ss", "p@ss", "k3y", "other"] {
            assert!(!clean.contains(s), "{s} in {clean}");
        }
        assert!(clean.starts_with("password authentication failed: ****"), "{clean}");
        assert!(secrets_of("postgresql://alice@/orgctl?host=/run/postgresql").is_empty());
    }

    #[test]
    fn a_url_without_host_or_user_means_the_local_socket() {
        let t = Target::parse("postgresql:///orgctl", "postgresql:///orgctl").unwrap();
        assert!(
            matches!(t.config.get_hosts(), [postgres::config::Host::Unix(p)] if p.as_os_str() == DEFAULT_SOCKET_DIR)
        );
        assert_eq!(t.config.get_dbname(), Some("orgctl"));
        let e = Target::parse("postgresql://alice:s3cret@db:notaport/x", "postgresql://alice:****@db:notaport/x")
            .err()
            .unwrap();
        assert!(!e.message.contains("s3cret"), "{}", e.message);
    }
}

