//! orgctl behind a connection pooler (PostgreSQL): PgBouncer in session
//! mode, as docs/team-server.md sets it up. A command ends its transaction
//! before it lets its connection go, so the pooler keeps the server's
//! process, warm, for the next command of the same login (a connection
//! left inside a transaction it would close); and what a login may see and
//! do is the same through the pooler as without it.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use postgres::{Client, NoTls};

use crate::common::*;

const PORT: u16 = 6432;

/// PgBouncer, if installed.
fn pgbouncer() -> Option<PathBuf> {
    let found = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"].into_iter().map(PathBuf::from).find(|p| p.exists());
    if found.is_none() {
        let test = std::thread::current().name().unwrap_or("this test").to_string();
        let _ = writeln!(std::io::stderr(), "SKIPPED (no pgbouncer: apt-get install pgbouncer): {test}");
    }
    found
}

/// A value of a URL's query (`host=...`).
fn query_value(url: &str, key: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|kv| kv.strip_prefix(&format!("{key}="))).map(str::to_string)
}

/// What PgBouncer runs on a server process a command gave back, as
/// docs/team-server.md sets it: `DISCARD ALL` but for `DISCARD PLANS`.
const RESET: &str = "CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; DEALLOCATE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD SEQUENCES; DISCARD TEMP";

/// A PgBouncer in session mode in front of the test server's socket,
/// trusting the server's own (socket) authentication; stopped when dropped.
struct Pooler {
    dir: tempfile::TempDir,
}

impl Pooler {
    fn start(binary: &Path, socket_dir: &str, roles: &[&str]) -> Pooler {
        let dir = tempfile::Builder::new().prefix("orgctl-pgbouncer-").tempdir().expect("a folder for the pooler");
        let d = dir.path().display();
        let users: String = roles.iter().map(|r| format!("\"{r}\" \"\"\n")).collect();
        std::fs::write(dir.path().join("users.txt"), users).expect("write the pooler's users");
        let ini = format!(
            "[databases]\n* = host={socket_dir}\n[pgbouncer]\nlisten_addr =\nlisten_port = {PORT}\n\
             unix_socket_dir = {d}\nauth_type = trust\nauth_file = {d}/users.txt\npool_mode = session\n\
             server_reset_query = {RESET}\nlogfile = {d}/pgbouncer.log\npidfile = {d}/pgbouncer.pid\n"
        );
        std::fs::write(dir.path().join("pgbouncer.ini"), ini).expect("write the pooler's settings");
        // PgBouncer refuses to run as root: as the server's owner, then.
        let root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        let mut cmd = if root {
            let chown = Command::new("chown").args(["-R", "postgres"]).arg(dir.path()).status();
            assert!(chown.is_ok_and(|s| s.success()), "chown the pooler's folder to postgres");
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(binary);
            c
        } else {
            Command::new(binary)
        };
        let status = cmd.arg("-d").arg(dir.path().join("pgbouncer.ini")).status().expect("start pgbouncer");
        assert!(status.success(), "pgbouncer did not start");
        let socket = dir.path().join(format!(".s.PGSQL.{PORT}"));
        for _ in 0..100 {
            if socket.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert!(socket.exists(), "pgbouncer is not listening");
        Pooler { dir }
    }

    /// `url` (the test's store) reached through the pooler.
    fn url(&self, url: &str) -> String {
        let (base, _) = url.split_once('?').unwrap_or((url, ""));
        format!("{base}?host={}&port={PORT}", self.dir.path().display())
    }
}

impl Drop for Pooler {
    fn drop(&mut self) {
        if let Ok(pid) = std::fs::read_to_string(self.dir.path().join("pgbouncer.pid")) {
            let _ = Command::new("kill").arg("-INT").arg(pid.trim()).status();
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    }
}

/// The server processes the app login holds on the test's database, and their states.
fn backends(server: &mut Client, db: &str) -> Vec<(i32, String)> {
    let rows = server
        .query(
            "SELECT pid, coalesce(state, '') FROM pg_stat_activity WHERE datname = $1 AND usename = $2 ORDER BY pid",
            &[&db, &crate::common::pg_store::APP_ROLE],
        )
        .expect("read pg_stat_activity");
    rows.iter().map(|r| (r.get(0), r.get(1))).collect()
}

#[test]
fn commands_through_a_session_pooler_share_one_warm_server_process_and_its_limits() {
    let Some(env) =
        Env::postgres("pg_pooler::commands_through_a_session_pooler_share_one_warm_server_process_and_its_limits")
    else {
        return;
    };
    let Some(binary) = pgbouncer() else { return };
    env.seed();
    let store = env.store();
    let socket_dir = query_value(&store, "host").expect("the test server is reached over its socket");
    let db = store.split('?').next().and_then(|p| p.rsplit('/').next()).expect("a database name").to_string();
    let pooler = Pooler::start(&binary, &socket_dir, &[crate::common::pg_store::APP_ROLE]);
    let pooled = pooler.url(&store);
    let mut server = Client::connect(&std::env::var("ORGCTL_TEST_DB").expect("the test server"), NoTls)
        .expect("connect as the superuser");

    // Reads and a write, one process each, through the pooler.
    let first = env.ok(&["--db", &pooled, "member", "list"]);
    let after_first = backends(&mut server, &db);
    assert_eq!(after_first.len(), 1, "one server process kept for the login: {after_first:?}");
    assert_eq!(after_first[0].1, "idle", "and left idle, outside any transaction: {after_first:?}");
    env.ok(&["--db", &pooled, "whoami"]);
    env.ok(&["--db", &pooled, "member", "add", CAROL]);
    env.ok(&["--db", &pooled, "can-i", "manage-members"]);
    let again = env.ok(&["--db", &pooled, "member", "list"]);
    assert!(again.contains(CAROL) && !first.contains(CAROL), "the write went through: {again}");
    assert_eq!(backends(&mut server, &db), after_first, "every command reused the same server process");

    // What a user may see and do is the same through it.
    env.fails(&["--db", &pooled, "--as", DAVE, "--org", ORG, "member", "list"], 3);
    env.fails(&["--db", &pooled, "--as", CAROL, "member", "add", DAVE], 4);
    let as_carol = env.json(&["--db", &pooled, "--as", CAROL, "org", "list"]);
    assert_eq!(as_carol.as_array().map(Vec::len), Some(1), "carol sees acme only: {as_carol}");
    assert_eq!(env.json(&["--db", &store, "member", "list"]), env.json(&["--db", &pooled, "member", "list"]));

    // A raw session through the pooler leaves state behind on the server
    // process (prepared statements of the names orgctl's driver uses, a
    // search path, an org set for the session, a channel, a temporary
    // table, an advisory lock); the next client of that process finds none
    // of it.
    let pid_of = |c: &mut Client| -> i32 { c.query_one("SELECT pg_backend_pid()", &[]).expect("a pid").get(0) };
    let mut raw = Client::connect(&pooled, NoTls).expect("a raw session through the pooler");
    let pid = pid_of(&mut raw);
    let pids: Vec<i32> = backends(&mut server, &db).into_iter().map(|(p, _)| p).collect();
    assert_eq!(pids, [pid], "the same server process");
    raw.batch_execute(
        "PREPARE s0 AS SELECT 1; PREPARE s1 AS SELECT 2; SET search_path = pg_temp; \
         SET app.org_id = '999'; LISTEN orgctl; CREATE TEMP TABLE left_behind (i int); \
         SELECT pg_advisory_lock(42)",
    )
    .expect("leave state behind");
    drop(raw);
    env.ok(&["--db", &pooled, "member", "list"]);
    let mut next = Client::connect(&pooled, NoTls).expect("the next session through the pooler");
    assert_eq!(pid_of(&mut next), pid, "the process was reused");
    let left = next
        .query_one(
            "SELECT coalesce(current_setting('app.org_id', true), ''), current_setting('search_path'), \
                    (SELECT count(*) FROM pg_prepared_statements WHERE from_sql), (SELECT count(*) FROM pg_listening_channels()), \
                    to_regclass('pg_temp.left_behind') IS NULL, \
                    (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid())",
            &[],
        )
        .expect("read the session's state");
    let left: (String, String, i64, i64, bool, i64) =
        (left.get(0), left.get(1), left.get(2), left.get(3), left.get(4), left.get(5));
    assert_eq!(left, (String::new(), "\"$user\", public".to_string(), 0, 0, true, 0), "the reset cleared it");
}
