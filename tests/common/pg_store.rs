//! The suite on PostgreSQL (`ORGCTL_TEST_STORE=postgres`): every `Env` gets a
//! database of its own on the server named by `ORGCTL_TEST_DB`, copied from a
//! template database that `orgctl init` prepared, and its commands reach it
//! as a login granted `orgctl_app`, as docs/team-server.md tells operators to set up
//! (never as the superuser, who would bypass row-level security).
//!
//! The template is made once per cluster and build of orgctl (its name holds
//! a hash of the binary's path, size and modification time), under an
//! advisory lock, so that several test processes may start at once: the
//! first builds it under a temporary name and renames it when `init` is
//! through; the others wait for the lock and find it. A copy takes ~33 ms.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use postgres::{Client, NoTls};

use crate::pg_common::{url_on, VAR as SERVER_VAR};

/// The variable that picks the store the whole suite runs on: unset (or
/// `sqlite`) for a SQLite file per test, `postgres` for a database per test.
pub const STORE_VAR: &str = "ORGCTL_TEST_STORE";

/// The login role the tests' commands connect as: granted `orgctl_app`,
/// owning nothing, no superuser, no BYPASSRLS.
pub const APP_ROLE: &str = "orgctl_test_app";

/// Advisory lock key ("orgctest") that serialises template preparation
/// across test processes.
const LOCK_KEY: i64 = 0x6f72_6763_7465_7374;

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Whether the suite runs on PostgreSQL, from `ORGCTL_TEST_STORE`.
pub fn enabled() -> bool {
    static MODE: OnceLock<bool> = OnceLock::new();
    *MODE.get_or_init(|| match std::env::var(STORE_VAR) {
        Err(std::env::VarError::NotPresent) => false,
        Ok(v) if v.is_empty() || v == "sqlite" => false,
        Ok(v) if v == "postgres" => true,
        other => panic!("{STORE_VAR} must be `postgres` or `sqlite` (or unset), not {other:?}"),
    })
}

/// Names the template database instead of the build's own name: for the
/// harness's test of several processes preparing one template at once.
pub const TEMPLATE_VAR: &str = "ORGCTL_TEST_TEMPLATE";

/// Whether a test server is configured; if not, says `SKIPPED (no
/// ORGCTL_TEST_DB): TEST` on stderr, as the tests of `pg_common` do.
pub fn server_configured(test: &str) -> bool {
    match std::env::var(SERVER_VAR) {
        Ok(v) if !v.trim().is_empty() => true,
        _ => {
            let _ = writeln!(std::io::stderr(), "SKIPPED (no {SERVER_VAR}): {test}");
            false
        }
    }
}

/// The superuser URL of the test server; a clear failure without one.
fn server() -> String {
    match std::env::var(SERVER_VAR) {
        Ok(v) if !v.trim().is_empty() => v,
        _ => panic!(
            "{STORE_VAR}=postgres runs the suite on PostgreSQL and needs {SERVER_VAR}: the URL of a \
             superuser on a throwaway server, e.g. postgresql://postgres@/postgres?host=/path/to/socket-dir \
             (see docs/team-server.md, \"Running the tests against PostgreSQL\")"
        ),
    }
}

fn connect(url: &str) -> Client {
    // The error only: the URL may hold a password.
    Client::connect(url, NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to the test server ({SERVER_VAR}): {}", explain(&e)))
}

/// The server's own message for a database error (whose `Display` says only "db error").
fn explain(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => e.to_string(),
    }
}

/// A key for the binary under test: a rebuilt orgctl (perhaps with a new
/// schema version) gets a template of its own.
fn build_key() -> u64 {
    let bin = Path::new(super::bin());
    let meta = fs::metadata(bin).expect("stat the orgctl binary");
    let mut hasher = DefaultHasher::new();
    bin.hash(&mut hasher);
    meta.len().hash(&mut hasher);
    meta.modified().ok().hash(&mut hasher);
    hasher.finish()
}

/// The name of this build's template database, prepared (and the app login
/// created) on first use in this process.
fn template() -> &'static str {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE.get_or_init(prepare_template)
}

fn prepare_template() -> String {
    let base = server();
    let name = match std::env::var(TEMPLATE_VAR) {
        Ok(name) if !name.is_empty() => name,
        _ => format!("orgctl_tmpl_{:016x}", build_key()),
    };
    let mut c = connect(&base);
    c.execute("SELECT pg_advisory_lock($1)", &[&LOCK_KEY]).expect("take the template lock");
    // Roles belong to the cluster: made once, whoever comes first.
    c.batch_execute(&format!(
        "DO $$ BEGIN CREATE ROLE {APP_ROLE} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    ))
    .expect("create the tests' app login");
    let exists = c.query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&name]).expect("look for the template");
    if exists.is_none() {
        // A half-built one is what a killed run left: we hold the lock, so nobody else builds it.
        let building = format!("{name}_new");
        c.batch_execute(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)")).expect("drop a stale template");
        c.batch_execute(&format!("CREATE DATABASE {building} TEMPLATE template0")).expect("create the template");
        let url = url_on(&base, None, &building);
        orgctl_as_superuser(&["--db", &url, "init"]);
        // The tests act as every user with `--as`: their login is linked to
        // impersonate (which also grants it orgctl_app), as a CI job's is.
        orgctl_as_superuser(&["--db", &url, "db", "link", APP_ROLE, "--impersonate"]);
        // Waits (up to 5 s) for init's connection to go.
        c.batch_execute(&format!("ALTER DATABASE {building} RENAME TO {name}")).expect("name the template");
    }
    c.batch_execute(&format!("GRANT orgctl_app TO {APP_ROLE}")).expect("grant orgctl_app to the tests' login");
    c.execute("SELECT pg_advisory_unlock($1)", &[&LOCK_KEY]).expect("release the template lock");
    name
}

/// `orgctl ARGS` (`--db URL init`, `db link`) as the superuser, in an
/// environment of its own.
fn orgctl_as_superuser(args: &[&str]) {
    let home = tempfile::Builder::new().prefix("orgctl-template-").tempdir().expect("create temp dir");
    let out = Command::new(super::bin())
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("ORGCTL_CONTEXT", home.path().join("context.toml"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run orgctl init");
    assert_eq!(super::code_of(&out), 0, "orgctl {args:?} on the template database failed\n{}", super::describe(&out));
}

/// The PostgreSQL databases of one `Env`, dropped with it.
pub struct Databases {
    base: String,
    names: Mutex<Vec<String>>,
}

impl Databases {
    pub fn new() -> Databases {
        Databases { base: server(), names: Mutex::new(Vec::new()) }
    }

    /// A new database, initialised as the template is; the URL the tests'
    /// login reaches it with.
    pub fn create(&self) -> String {
        let template = template();
        let name = format!("orgctl_e{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
        connect(&self.base)
            .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .unwrap_or_else(|e| panic!("create a test database from the template: {}", explain(&e)));
        self.names.lock().expect("database list").push(name.clone());
        url_on(&self.base, Some(APP_ROLE), &name)
    }

    /// Every row of every table of the database at `url` (made by `create`),
    /// read as the superuser (row-level security does not apply), as text.
    pub fn contents(&self, url: &str) -> Vec<u8> {
        let path = url.split('?').next().unwrap_or(url);
        let name = path.rsplit('/').next().expect("database name");
        let mut c = connect(&url_on(&self.base, None, name));
        let tables: Vec<String> = c
            .query("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", &[])
            .expect("list tables")
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut out = Vec::new();
        for table in tables {
            for row in c.query(&format!("SELECT t::text FROM public.\"{table}\" t"), &[]).expect("read a table") {
                let text: String = row.get(0);
                writeln!(out, "{table}: {text}").expect("write to memory");
            }
        }
        out
    }
}

impl Drop for Databases {
    fn drop(&mut self) {
        let Ok(mut c) = Client::connect(&self.base, NoTls) else { return };
        let names = std::mem::take(&mut *self.names.lock().unwrap_or_else(|e| e.into_inner()));
        for name in names {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}
