//! Shared harness: each test gets its own temporary store, context file and hermetic environment.
//!
//! The store is a SQLite file in the test's folder, or, with
//! `ORGCTL_TEST_STORE=postgres`, a PostgreSQL database of its own on the
//! server in `ORGCTL_TEST_DB` (see `pg_store`). Tests about the SQLite file
//! itself begin with `if sqlite_only("why") { return; }`.

// Not every test module uses every helper.
#![allow(dead_code)]

/// The text of `tests/fixtures/NAME`, compiled into the test binary.
macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $name))
    };
}

pub mod in_process;
pub mod matrix;
pub mod pg_cluster;
pub mod pg_store;

/// The login the tests' commands use on PostgreSQL, and the variables that
/// pick the suite's store and (for the harness's own test) the template.
pub use pg_store::{APP_ROLE as PG_APP_ROLE, STORE_VAR, TEMPLATE_VAR};

use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Output, Stdio};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const ALICE: &str = "alice@example.com";
pub const BOB: &str = "bob@example.com";
pub const CAROL: &str = "carol@example.com";
pub const DAVE: &str = "dave@example.com";
pub const ORG: &str = "acme";

/// The users `seed` registers, with their display names.
pub const USERS: [(&str, &str); 4] = [(ALICE, "Alice Doe"), (BOB, "Bob Roe"), (CAROL, "Carol Poe"), (DAVE, "Dave Moe")];

/// Generous: a hung process should fail its test, not the whole run.
const TIMEOUT: Duration = Duration::from_secs(60);

/// The hang guard on PostgreSQL, where every statement is a round trip and
/// the big applies of the fault tests take several times as long: a guard
/// against a hang, not a speed target (bench/pg.sh measures speed).
const PG_TIMEOUT: Duration = Duration::from_secs(240);

/// Path of the binary under test, built by cargo for this integration test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_orgctl")
}

/// Whether the suite runs on PostgreSQL (`ORGCTL_TEST_STORE=postgres`).
pub fn on_postgres() -> bool {
    pg_store::enabled()
}

/// Whether a PostgreSQL test server is configured (`ORGCTL_TEST_DB`); if
/// not, says `SKIPPED (no ORGCTL_TEST_DB): TEST` on stderr.
pub fn pg_server(test: &str) -> bool {
    pg_store::server_configured(test)
}

/// For a test about the SQLite store file (its bytes, mode, pragmas, WAL,
/// `db backup` of it, the `sqlite3` shell, damaged or old files): on
/// PostgreSQL, says `SKIPPED (SQLite-only: WHY): TEST` on stderr and returns
/// true, and the test returns. Call it before `Env::new()`.
pub fn sqlite_only(why: &str) -> bool {
    on_postgres() && skipped("SQLite-only", why)
}

/// For a black-box test whose every assertion an in-process test makes
/// on SQLite (`tests/in_process`): it still runs on PostgreSQL, where the
/// database enforces the rules itself; on SQLite, says `SKIPPED
/// (PostgreSQL-only: WHY): TEST` on stderr and returns true.
pub fn postgres_only(why: &str) -> bool {
    !on_postgres() && skipped("PostgreSQL-only", why)
}

/// Says `SKIPPED (KIND: WHY): TEST` on stderr; true.
fn skipped(kind: &str, why: &str) -> bool {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("this test");
    // Straight to the process's stderr: the test harness captures
    // `eprintln!` of passing tests, and a skip must be seen.
    let _ = writeln!(std::io::stderr(), "SKIPPED ({kind}: {why}): {test}");
    true
}

/// One test's private world: a temporary directory holding the store (or,
/// on PostgreSQL, a database of its own), the context file, and the
/// home/config/data directories the binary sees.
pub struct Env {
    // Declared first, so dropped first: the databases go before the folder.
    pg: Option<Pg>,
    dir: TempDir,
}

/// An `Env`'s PostgreSQL databases and the URL of its main store.
struct Pg {
    databases: pg_store::Databases,
    url: String,
}

impl Env {
    /// A test's world on the store the suite runs on.
    pub fn new() -> Self {
        Env::build(on_postgres())
    }

    /// A test's world on PostgreSQL whatever the suite runs on, or `None`
    /// (after saying `SKIPPED (no ORGCTL_TEST_DB): TEST` on stderr) when no
    /// test server is configured.
    pub fn postgres(test: &str) -> Option<Self> {
        pg_store::server_configured(test).then(|| Env::build(true))
    }

    fn build(postgres: bool) -> Self {
        let dir = tempfile::Builder::new().prefix("orgctl-test-").tempdir().expect("create temp dir");
        for sub in ["home", "config", "data"] {
            fs::create_dir_all(dir.path().join(sub)).expect("create sub dir");
        }
        let pg = postgres.then(|| {
            let databases = pg_store::Databases::new();
            let url = databases.create();
            Pg { databases, url }
        });
        Env { pg, dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A path inside this test's temporary directory.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// The SQLite store file. On PostgreSQL there is none: a test that
    /// needs the file is SQLite-only, others use `store()`.
    pub fn db(&self) -> PathBuf {
        assert!(
            self.pg.is_none(),
            "env.db() is the SQLite store file, and this run is on PostgreSQL ({}=postgres): \
             pass env.store() instead, or begin the test with `if sqlite_only(\"why\") {{ return; }}`",
            pg_store::STORE_VAR
        );
        self.path("orgctl.db")
    }

    /// The SQLite store file, or `None` on PostgreSQL.
    pub fn sqlite_file(&self) -> Option<PathBuf> {
        self.pg.is_none().then(|| self.path("orgctl.db"))
    }

    /// The store as `--db` and `ORGCTL_DB` take it: the SQLite file's path,
    /// or the URL of this test's database as the tests' app login.
    pub fn store(&self) -> String {
        match &self.pg {
            Some(pg) => pg.url.clone(),
            None => self.path("orgctl.db").to_string_lossy().into_owned(),
        }
    }

    /// Another, empty store for `--db`: `NAME.db` in the test's folder, or,
    /// on PostgreSQL, another database of this test's, initialised.
    pub fn extra_store(&self, name: &str) -> String {
        match &self.pg {
            Some(pg) => pg.databases.create(),
            None => self.path(&format!("{name}.db")).to_string_lossy().into_owned(),
        }
    }

    /// Everything the store keeps, to look for what must never be kept: the
    /// SQLite file's bytes with its WAL's, or every row of every table of the
    /// PostgreSQL database as text.
    pub fn store_contents(&self) -> Vec<u8> {
        match &self.pg {
            Some(pg) => pg.databases.contents(&pg.url),
            None => {
                let mut bytes = fs::read(self.path("orgctl.db")).expect("read the store");
                if let Ok(wal) = fs::read(self.path("orgctl.db-wal")) {
                    bytes.extend(wal);
                }
                bytes
            }
        }
    }

    pub fn context(&self) -> PathBuf {
        self.path("context.toml")
    }

    /// The complete environment of every invocation: nothing is inherited
    /// except PATH, so a developer's own ORGCTL_USER, ORGCTL_ORG,
    /// ORGCTL_NO_INPUT or HOME can never leak into a test.
    fn vars(&self) -> Vec<(&'static str, OsString)> {
        let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
        vec![
            ("PATH", path),
            ("HOME", self.path("home").into()),
            ("XDG_CONFIG_HOME", self.path("config").into()),
            ("XDG_DATA_HOME", self.path("data").into()),
            ("NO_COLOR", "1".into()),
            ("COLUMNS", "200".into()),
            ("ORGCTL_DB", self.store().into()),
            ("ORGCTL_CONTEXT", self.context().into()),
        ]
    }

    /// A plain std command, for tests that spawn processes in parallel or
    /// stream their output.
    pub fn std_cmd(&self, args: &[&str]) -> StdCommand {
        let mut cmd = StdCommand::new(bin());
        cmd.env_clear();
        for (key, value) in self.vars() {
            cmd.env(key, value);
        }
        cmd.args(args).current_dir(self.root()).stdin(Stdio::null());
        cmd
    }

    /// Starts orgctl in the background with stdout and stderr piped, for
    /// tests that run several at once.
    pub fn spawn(&self, args: &[&str]) -> Child {
        self.std_cmd(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn orgctl")
    }

    /// An assert_cmd command; stdin is a pipe, so orgctl never sees a terminal.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::from_std(self.std_cmd(args));
        cmd.timeout(if on_postgres() { PG_TIMEOUT } else { TIMEOUT });
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run orgctl")
    }

    pub fn code(&self, args: &[&str]) -> i32 {
        code_of(&self.run(args))
    }

    /// Runs, asserts exit 0, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(code_of(&out), 0, "orgctl {args:?} failed\n{}", describe(&out));
        stdout(&out)
    }

    /// Runs, asserts the exit code, returns the output.
    pub fn fails(&self, args: &[&str], code: i32) -> Output {
        let out = self.run(args);
        assert_eq!(code_of(&out), code, "orgctl {args:?}: expected exit {code}\n{}", describe(&out));
        out
    }

    /// Runs with `--json`, asserts exit 0, parses stdout as exactly one JSON value.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut full = vec!["--json"];
        full.extend_from_slice(args);
        let out = self.run(&full);
        assert_eq!(code_of(&out), 0, "orgctl {full:?} failed\n{}", describe(&out));
        parse_json(&stdout(&out), &full)
    }

    /// Runs with `--json`, asserts the exit code, parses stderr as the JSON error object.
    pub fn json_err(&self, args: &[&str], code: i32) -> Value {
        let mut full = vec!["--json"];
        full.extend_from_slice(args);
        let out = self.fails(&full, code);
        parse_json(&stderr(&out), &full)
    }

    /// Registers alice, bob, carol and dave; alice logs in and creates
    /// `acme` (she is its admin and it is her current org); bob joins acme
    /// as a member. Carol and dave belong to no org.
    pub fn seed(&self) {
        for (email, name) in USERS {
            self.ok(&["user", "add", email, "--name", name]);
        }
        self.ok(&["login", ALICE]);
        self.ok(&["org", "create", ORG, "--name", "Acme Inc"]);
        self.ok(&["member", "add", BOB]);
    }

    /// What a failing command must not change: acme's members and the viewer's orgs.
    pub fn snapshot(&self, viewer: &str) -> (Value, Value) {
        let members = self.json(&["--as", viewer, "--org", ORG, "member", "list"]);
        let orgs = self.json(&["--as", viewer, "org", "list"]);
        (members, orgs)
    }

    /// Runs `f`, then fails unless acme's members and alice's orgs are as
    /// they were ([`Env::snapshot`]): a refused command changes nothing.
    pub fn unchanged_by(&self, f: impl FnOnce(&Env)) {
        let before = self.snapshot(ALICE);
        f(self);
        assert_eq!(self.snapshot(ALICE), before, "the store changed");
    }

    /// acme's members as (email, role) pairs, sorted, seen by alice.
    pub fn roles(&self) -> Vec<(String, String)> {
        self.roles_as(ALICE)
    }

    pub fn roles_as(&self, viewer: &str) -> Vec<(String, String)> {
        let list = self.json(&["--as", viewer, "--org", ORG, "member", "list"]);
        let mut roles: Vec<(String, String)> =
            array(&list).iter().map(|m| (str_field(m, "email"), str_field(m, "role"))).collect();
        roles.sort();
        roles
    }

    /// The emails of the current org's members, sorted.
    pub fn members(&self) -> Vec<String> {
        emails(&self.json(&["member", "list"]))
    }

    pub fn context_bytes(&self) -> Option<Vec<u8>> {
        fs::read(self.context()).ok()
    }

    /// Writes `text` to `name` in this test's directory and returns the path,
    /// as the string `apply -f` takes.
    pub fn write(&self, name: &str, text: &str) -> String {
        let path = self.path(name);
        fs::write(&path, text).expect("write file");
        path.to_string_lossy().into_owned()
    }

    /// Writes `manifest` to `name` and runs `--as ACTOR apply -f` on it,
    /// asserting exit 0; returns stdout.
    pub fn apply_as(&self, actor: &str, name: &str, manifest: &str) -> String {
        let file = self.write(name, manifest);
        self.ok(&["--as", actor, "apply", "-f", &file])
    }

    /// `--json --as ACTOR --org ORG ARGS...`, asserting exit 0; the parsed stdout.
    pub fn json_in(&self, actor: &str, org: &str, args: &[&str]) -> Value {
        self.json(&as_in(actor, org, args))
    }

    /// `--as ACTOR --org ORG ARGS...`, asserting exit 0; stdout.
    pub fn ok_in(&self, actor: &str, org: &str, args: &[&str]) -> String {
        self.ok(&as_in(actor, org, args))
    }
}

/// `--as ACTOR --org ORG` followed by `args`.
fn as_in<'a>(actor: &'a str, org: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut full = vec!["--as", actor, "--org", org];
    full.extend_from_slice(args);
    full
}

pub fn code_of(out: &Output) -> i32 {
    match out.status.code() {
        Some(code) => code,
        None => panic!("orgctl was killed by a signal\n{}", describe(out)),
    }
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn describe(out: &Output) -> String {
    format!("status: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}", out.status, stdout(out), stderr(out))
}

pub fn parse_json(text: &str, args: &[&str]) -> Value {
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("orgctl {args:?}: not one JSON value ({e}):\n{text}"))
}

pub fn array(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("expected a JSON array, got {v}"))
}

pub fn str_field(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_else(|| panic!("expected string field {key:?} in {v}")).to_string()
}

/// An email given either as a string or as an object with an `email` key.
pub fn email_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("email").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

/// An org given either as a slug string or as an object with a `slug` key.
pub fn slug_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("slug").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

pub fn emails(list: &Value) -> Vec<String> {
    let mut out: Vec<String> = array(list).iter().map(|m| str_field(m, "email")).collect();
    out.sort();
    out
}

pub fn slugs(list: &Value) -> Vec<String> {
    let mut out: Vec<String> = array(list).iter().map(|o| str_field(o, "slug")).collect();
    out.sort();
    out
}

pub fn assert_keys(v: &Value, keys: &[&str]) {
    let obj = v.as_object().unwrap_or_else(|| panic!("expected a JSON object, got {v}"));
    for key in keys {
        assert!(obj.contains_key(*key), "missing key {key:?} in {v}");
    }
}

/// RFC 3339 in UTC with a `Z` suffix, e.g. `2025-01-02T03:04:05Z` (fractions allowed).
pub fn assert_utc_time(s: &str) {
    let b = s.as_bytes();
    let ok = s.len() >= 20
        && s.ends_with('Z')
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && s[..4].bytes().all(|c| c.is_ascii_digit());
    assert!(ok, "not an RFC 3339 UTC time: {s:?}");
}

/// The JSON error object on stderr: `{"error":{"kind":..,"message":..}}`.
pub fn assert_error_kind(err: &Value, kind: &str) {
    assert_eq!(err["error"]["kind"], kind, "error object: {err}");
    let message = err["error"]["message"].as_str().unwrap_or("");
    assert!(!message.is_empty(), "error without message: {err}");
}

/// Owned copies of string literals, to compare with what a test read back.
pub fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Seconds since the epoch of an RFC 3339 UTC time `YYYY-MM-DDTHH:MM:SS...Z`.
pub fn epoch(s: &str) -> i64 {
    assert_utc_time(s);
    let n = |a: usize, b: usize| s[a..b].parse::<i64>().expect("digits");
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    days * 86400 + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19)
}

/// `ORGCTL_HEAVY=1` asks the long-running suites for their full size.
pub fn heavy() -> bool {
    std::env::var("ORGCTL_HEAVY").is_ok_and(|v| v == "1")
}

/// The permission bits of a file, e.g. `0o600`.
pub fn file_mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

/// Each command as full arguments with `--db DB` in front (a path, or
/// `env.store()`).
pub fn with_db(db: impl AsRef<Path>, commands: &[&[&str]]) -> Vec<Vec<String>> {
    let db = db.as_ref().to_str().expect("utf-8 path");
    commands
        .iter()
        .map(|args| {
            let mut full = vec!["--db".to_string(), db.to_string()];
            full.extend(args.iter().map(|a| a.to_string()));
            full
        })
        .collect()
}
