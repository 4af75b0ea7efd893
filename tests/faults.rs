//! Faults: `kill -9` in the middle of a big apply, damaged or unreachable store
//! files, damaged and stale context files, a reader that hangs up early, and a
//! store written by the first released schema (docs/contract.md §3, §7, §8).

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::common::*;

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A small xorshift generator: enough randomness for kill moments, and a
/// printed seed (`ORGCTL_FAULT_SEED`) to replay a failing run.
struct Rng(u64);

impl Rng {
    fn from_env() -> Rng {
        let seed = std::env::var("ORGCTL_FAULT_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1);
        eprintln!("faults: ORGCTL_FAULT_SEED={seed}");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

const BIG_ADMIN: &str = "u0@big.test";

/// A manifest for org `big`: `users` users, all members (u0 the admin),
/// `teams` teams of `team_size`, `dashboards` restricted dashboards with a
/// team grant and a user grant each.
fn big_manifest(users: usize, teams: usize, team_size: usize, dashboards: usize) -> String {
    let mut m = String::with_capacity(users * 120);
    for i in 0..users {
        m.push_str(&format!("[[users]]\nemail = \"u{i}@big.test\"\nname = \"User {i}\"\n\n"));
    }
    m.push_str("[[orgs]]\nslug = \"big\"\nname = \"Big Org\"\n\n");
    for i in 0..users {
        let role = if i == 0 { "admin" } else { "member" };
        m.push_str(&format!("  [[orgs.members]]\n  email = \"u{i}@big.test\"\n  role = \"{role}\"\n\n"));
    }
    for t in 0..teams {
        let members: Vec<String> =
            (0..team_size).map(|j| format!("\"u{}@big.test\"", (t * team_size + j) % users)).collect();
        m.push_str(&format!(
            "  [[orgs.teams]]\n  slug = \"team-{t}\"\n  name = \"Team {t}\"\n  members = [{}]\n\n",
            members.join(", ")
        ));
    }
    for d in 0..dashboards {
        m.push_str(&format!(
            "  [[orgs.dashboards]]\n  slug = \"dash-{d}\"\n  title = \"Dashboard {d}\"\n  visibility = \"restricted\"\n  \
             owner = \"{BIG_ADMIN}\"\n  grants = [{{ team = \"team-{}\", permission = \"view\" }}, \
             {{ user = \"u{}@big.test\", permission = \"edit\" }}]\n\n",
            d % teams.max(1),
            (d * 7 + 1) % users
        ));
    }
    m
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn export_of(env: &Env, db: &str) -> String {
    env.ok(&["--db", db, "--as", BIG_ADMIN, "export"])
}

// (a) kill -9 of a big apply ------------------------------------------------

#[test]
fn killed_apply_leaves_the_store_as_before_or_as_after() {
    let env = Env::new();
    let seed = env.write("seed.toml", &big_manifest(10, 1, 5, 2));
    let big = env.write("big.toml", &big_manifest(3000, 30, 100, 100));
    let apply = |db: &str, file: &str| {
        vec![
            "--db".to_string(),
            db.into(),
            "--as".into(),
            BIG_ADMIN.into(),
            "-q".into(),
            "apply".into(),
            "-f".into(),
            file.into(),
        ]
    };

    // The two states a killed apply may leave, and how long a full apply takes.
    let reference = env.extra_store("reference");
    env.ok(&refs(&apply(&reference, &seed)));
    let before = export_of(&env, &reference);
    let started = Instant::now();
    env.ok(&refs(&apply(&reference, &big)));
    let full = started.elapsed();
    let after = export_of(&env, &reference);
    assert_ne!(before, after);

    let reps = if heavy() { 20 } else { 5 };
    let mut rng = Rng::from_env();
    let (mut as_before, mut as_after, mut finished) = (0, 0, 0);
    for rep in 0..reps {
        let db = env.extra_store(&format!("killed-{rep}"));
        env.ok(&refs(&apply(&db, &seed)));
        // Anywhere from process start to a little past the usual end.
        let delay = Duration::from_micros(rng.below(full.as_micros() as u64 * 11 / 10));
        let mut child = env
            .std_cmd(&refs(&apply(&db, &big)))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn apply");
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL, as `kill -9`
        let status = child.wait().expect("wait for apply");
        if status.code() == Some(0) {
            finished += 1;
        }

        let now = export_of(&env, &db);
        if now == before {
            as_before += 1;
        } else if now == after {
            as_after += 1;
        } else {
            panic!("rep {rep}: killed after {delay:?}, the store is neither as before nor as after the apply");
        }
        env.ok(&["--db", &db, "db", "check"]);
        // The next commands work, and the same apply then completes.
        env.ok(&["--db", &db, "user", "add", "late@big.test", "--name", "Late"]);
        env.ok(&["--db", &db, "--as", BIG_ADMIN, "--org", "big", "member", "add", "late@big.test"]);
        env.ok(&["--db", &db, "--as", BIG_ADMIN, "--org", "big", "member", "remove", "late@big.test", "--yes"]);
        env.ok(&refs(&apply(&db, &big)));
        assert_eq!(export_of(&env, &db), after, "rep {rep}: apply after the kill did not complete the store");
    }
    eprintln!(
        "faults: {reps} kills of a {:.2} s apply: {as_before} left it as before, {as_after} as after ({finished} finished before the kill)",
        full.as_secs_f64()
    );
}

// (b) damaged and unreachable store files ------------------------------------

/// Commands that all need the store: a read, a write, `db check` and `export`.
fn store_commands(db: &Path) -> Vec<Vec<String>> {
    with_db(
        db,
        &[
            &["--as", ALICE, "--org", ORG, "member", "list"],
            &["--as", ALICE, "--org", ORG, "member", "add", CAROL],
            &["db", "check"],
            &["--as", ALICE, "export"],
        ],
    )
}

/// Every command exits 6 with an `error:` line naming the file, and the file's bytes stay as they were.
fn assert_refused(db: &Path, run: &dyn Fn(&[&str]) -> Output) {
    let bytes = fs::read(db).ok();
    for args in store_commands(db) {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&refs);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(6), "orgctl {args:?}: expected exit 6\n{}", describe(&out));
        assert!(err.starts_with("error:") && !err.contains("panicked"), "{args:?}: {err}");
        assert!(err.contains(s(db)), "{args:?}: the message does not name {}: {err}", db.display());
        assert!(stdout(&out).is_empty(), "{args:?}: {}", stdout(&out));
    }
    assert_eq!(fs::read(db).ok(), bytes, "the bytes of {} changed", db.display());
}

/// A sound store with some data, as one self-contained file (no WAL beside it).
fn valid_store(env: &Env, name: &str) -> PathBuf {
    env.seed();
    env.ok(&["-q", "--as", ALICE, "--org", ORG, "team", "create", "eng"]);
    env.ok(&["-q", "--as", ALICE, "--org", ORG, "dashboard", "create", "Board", "--visibility", "restricted"]);
    let copy = env.path(name);
    env.ok(&["-q", "db", "backup", s(&copy)]);
    copy
}

#[test]
fn truncated_store_is_refused_untouched() {
    if sqlite_only("a truncated store file") {
        return;
    }
    let env = Env::new();
    let valid = valid_store(&env, "valid.db");
    let bytes = fs::read(&valid).expect("read store");
    assert!(bytes.len() >= 8192, "store too small to cut: {} bytes", bytes.len());
    for (name, len) in [("half.db", bytes.len() / 2), ("ragged.db", bytes.len() / 2 + 123), ("header-only.db", 100)] {
        let db = env.path(name);
        fs::write(&db, &bytes[..len]).expect("write truncated store");
        assert_refused(&db, &|args| env.run(args));
    }
}

#[test]
fn garbage_store_is_refused_untouched() {
    if sqlite_only("a garbage store file") {
        return;
    }
    let env = Env::new();
    let mut x: u32 = 2_463_534_242;
    let mut noise = || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x as u8
    };
    let garbage: Vec<u8> = (0..16384).map(|_| noise()).collect();
    let db = env.path("garbage.db");
    fs::write(&db, &garbage).expect("write garbage");
    assert_refused(&db, &|args| env.run(args));
    // Garbage behind a genuine SQLite header is subtler: the magic matches, nothing else does.
    let mut fake = b"SQLite format 3\0".to_vec();
    fake.extend((0..16368).map(|_| noise()));
    let db = env.path("fake-header.db");
    fs::write(&db, &fake).expect("write fake store");
    assert_refused(&db, &|args| env.run(args));
}

#[test]
fn directory_as_store_is_refused() {
    if sqlite_only("a folder as the store file") {
        return;
    }
    let env = Env::new();
    let db = env.path("a-directory.db");
    fs::create_dir_all(&db).expect("create dir");
    for args in store_commands(&db) {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.fails(&refs, 6);
        assert!(stderr(&out).contains(s(&db)), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(fs::read_dir(&db).expect("list dir").count(), 0, "files written inside the directory");
}

const SETPRIV: &str = "setpriv";
const NOBODY: u32 = 65534;

/// The effective uid, from /proc (no libc needed).
fn euid() -> Option<u32> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

/// Runs orgctl with the given arguments and returns its output.
type Runner<'a> = Box<dyn Fn(&[&str]) -> Output + 'a>;

/// Runs orgctl as a user file permissions apply to: ourselves, or, as root
/// (who ignores them), `nobody` through setpriv. `None` when neither works.
fn unprivileged(env: &Env) -> Option<Runner<'_>> {
    let as_root = euid() == Some(0);
    let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups"];
    if as_root {
        let works = StdCommand::new(SETPRIV).args(nobody).arg("true").status().is_ok_and(|s| s.success());
        if !works {
            return None;
        }
        // nobody must be able to reach the test's directory.
        set_mode(env.root(), 0o755);
    }
    Some(Box::new(move |args: &[&str]| {
        let mut cmd = if as_root {
            let mut c = StdCommand::new(SETPRIV);
            c.args(nobody).arg(bin());
            c
        } else {
            StdCommand::new(bin())
        };
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
            .env("HOME", env.root())
            .env("NO_COLOR", "1")
            .env("ORGCTL_CONTEXT", env.path("nobody-context.toml"))
            .current_dir(env.root())
            .stdin(Stdio::null())
            .output()
            .expect("run orgctl")
    }))
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

fn chown_nobody(path: &Path) {
    if euid() == Some(0) {
        std::os::unix::fs::chown(path, Some(NOBODY), Some(NOBODY)).expect("chown");
    }
}

#[test]
fn unreadable_store_is_refused_untouched() {
    if sqlite_only("file permissions of the store") {
        return;
    }
    let env = Env::new();
    let Some(run) = unprivileged(&env) else {
        eprintln!("skipping unreadable_store_is_refused_untouched: running as root without a working `setpriv`, so chmod 000 is not enforced");
        return;
    };
    let valid = valid_store(&env, "valid.db");
    let dir = env.path("locked");
    fs::create_dir_all(&dir).expect("create dir");
    let db = dir.join("unreadable.db");
    fs::copy(&valid, &db).expect("copy store");
    // The folder is the runner's own, so only the file's mode stands in the way.
    chown_nobody(&dir);
    chown_nobody(&db);
    set_mode(&db, 0o000);
    assert_refused(&db, &*run);
    set_mode(&db, 0o600);
    assert_eq!(fs::read(&db).expect("read"), fs::read(&valid).expect("read"));
}

#[test]
fn store_in_a_read_only_location_is_refused_untouched() {
    if sqlite_only("a store file in a read-only folder") {
        return;
    }
    let env = Env::new();
    let Some(run) = unprivileged(&env) else {
        eprintln!("skipping store_in_a_read_only_location_is_refused_untouched: running as root without a working `setpriv`, so a read-only folder is not enforced");
        return;
    };
    let valid = valid_store(&env, "valid.db");
    let dir = env.path("readonly");
    fs::create_dir_all(&dir).expect("create dir");
    let db = dir.join("store.db");
    fs::copy(&valid, &db).expect("copy store");
    set_mode(&db, 0o644);
    // As root the folder stays root's (nobody may not write it); otherwise it is made read-only.
    if euid() != Some(0) {
        set_mode(&dir, 0o555);
    }
    assert_refused(&db, &*run);
    let fresh = dir.join("new.db");
    let out = run(&["--db", s(&fresh), "init"]);
    assert_eq!(out.status.code(), Some(6), "init in a read-only folder\n{}", describe(&out));
    assert!(stderr(&out).contains(s(&fresh)), "{}", stderr(&out));
    assert!(!fresh.exists());
    let mut names: Vec<String> =
        fs::read_dir(&dir).expect("list").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, vec!["store.db".to_string()], "files appeared in the read-only folder");
    set_mode(&dir, 0o755);
}

// (c) damaged and stale context files -----------------------------------------

/// Runs `member list` relying on the context file; returns the output.
fn with_context(env: &Env) -> Output {
    env.run(&["member", "list"])
}

/// The repairs docs/contract.md §3 names: `logout` then `login`, and then picking the org.
fn repair_with_logout(env: &Env) {
    env.ok(&["logout"]);
    env.ok(&["login", ALICE]);
    env.ok(&["org", "switch", ORG]);
    env.ok(&["member", "list"]);
}

fn world_with_two_orgs(env: &Env) {
    env.seed();
    env.ok(&["-q", "org", "create", "beta"]);
}

#[test]
fn damaged_context_file_is_reported_with_its_repair() {
    let env = Env::new();
    world_with_two_orgs(&env);
    let ctx = env.context();
    let damages: [(&str, &[u8]); 6] = [
        ("not TOML", b"this is = not [[toml"),
        ("unknown key", b"user = \"alice@example.com\"\norg = \"acme\"\ncolour = \"red\"\n"),
        ("wrong type", b"user = 42\n"),
        ("invalid email", b"user = \"not an email\"\norg = \"acme\"\n"),
        ("invalid slug", b"user = \"alice@example.com\"\norg = \"../etc\"\n"),
        ("binary", b"\x00\x01\x02\xff\xfe"),
    ];
    for (what, bytes) in damages {
        for repair_by_login in [false, true] {
            fs::write(&ctx, bytes).expect("write context");
            let out = with_context(&env);
            let err = stderr(&out);
            assert_eq!(code_of(&out), 2, "{what}: a damaged context file is a usage error\n{}", describe(&out));
            assert!(err.starts_with("error:") && err.contains(s(&ctx)), "{what}: should name the file: {err}");
            assert!(err.contains("orgctl logout") || err.contains("orgctl login"), "{what}: no repair named: {err}");
            let whoami = env.run(&["whoami"]);
            assert_eq!(code_of(&whoami), 2, "{what}: whoami\n{}", describe(&whoami));
            assert_eq!(fs::read(&ctx).expect("read context"), bytes, "{what}: a failing command rewrote the file");
            // Flags do not need the file, so scripts keep working.
            env.ok(&["--as", ALICE, "--org", ORG, "member", "list"]);
            if repair_by_login {
                env.ok(&["login", ALICE]);
                env.ok(&["org", "switch", ORG]);
                env.ok(&["member", "list"]);
            } else {
                repair_with_logout(&env);
            }
        }
    }
}

#[test]
fn empty_context_file_means_nobody_is_logged_in() {
    let env = Env::new();
    world_with_two_orgs(&env);
    fs::write(env.context(), "").expect("write context");
    let out = with_context(&env);
    assert_eq!(code_of(&out), 4, "{}", describe(&out));
    let err = stderr(&out);
    assert!(err.contains("no current user") && err.contains("orgctl login"), "{err}");
    repair_with_logout(&env);
}

#[test]
fn stale_context_file_is_reported_as_stale_and_never_acted_on() {
    let env = Env::new();
    world_with_two_orgs(&env);
    env.ok(&["-q", "org", "create", "doomed"]);
    env.ok(&["-q", "--as", ALICE, "org", "delete", "doomed", "--yes"]);
    env.ok(&["-q", "--as", ALICE, "--org", ORG, "member", "remove", BOB, "--yes"]);
    let ctx = env.context();
    let stale = [
        ("deleted org", format!("user = \"{ALICE}\"\norg = \"doomed\"\n")),
        ("never existed", format!("user = \"{ALICE}\"\norg = \"nowhere\"\n")),
        ("removed member", format!("user = \"{BOB}\"\norg = \"{ORG}\"\n")),
        ("deleted user", format!("user = \"ghost@example.com\"\norg = \"{ORG}\"\n")),
    ];
    for (what, text) in stale {
        fs::write(&ctx, &text).expect("write context");
        let audit_before = env.json(&["--as", ALICE, "--org", ORG, "audit", "list", "--limit", "1000"]);
        for args in [&["member", "list"][..], &["team", "create", "ghost-team"], &["dashboard", "create", "Ghost"]] {
            let out = env.run(args);
            let err = stderr(&out);
            assert_eq!(code_of(&out), 4, "{what}: {args:?}\n{}", describe(&out));
            assert!(err.contains("stale"), "{what}: {args:?} should say the context is stale: {err}");
            assert!(err.contains("hint:") && err.contains("`orgctl "), "{what}: no repair command: {err}");
        }
        let audit_after = env.json(&["--as", ALICE, "--org", ORG, "audit", "list", "--limit", "1000"]);
        assert_eq!(audit_before, audit_after, "{what}: a stale context was acted on");
        assert_eq!(fs::read_to_string(&ctx).expect("read context"), text, "{what}: the file was rewritten");
        repair_with_logout(&env);
    }
}

// (d) a reader that hangs up early ----------------------------------------------

#[test]
fn member_list_into_head_exits_quietly() {
    let env = Env::new();
    let manifest = env.write("many.toml", &big_manifest(4000, 2, 50, 0));
    env.ok(&["-q", "--as", BIG_ADMIN, "apply", "-f", &manifest]);
    for format in ["tsv", "json", "table"] {
        // Read one line, then close the pipe, as `| head -1` does.
        let mut child = env
            .std_cmd(&["--as", BIG_ADMIN, "--org", "big", "-o", format, "member", "list"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn member list");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("read a line");
        assert!(!first.trim().is_empty(), "{format}: empty first line");
        let out = child.wait_with_output().expect("wait");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{format}: exit after the reader left\n{err}");
        assert!(!err.contains("panicked") && !err.to_lowercase().contains("broken pipe"), "{format}: {err}");
    }
    // And through a real shell pipeline.
    let out = StdCommand::new("bash")
        .args(["-c", "set -o pipefail; \"$@\" | head -1", "bash", bin()])
        .args(["--db", &env.store(), "--as", BIG_ADMIN, "--org", "big", "member", "list"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run bash");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(stdout(&out).lines().count(), 1);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

// (e) a store of the first released schema ----------------------------------------

/// `tests/fixtures/schema-v1.db` was written by orgctl 0.1.0 (schema version 1,
/// the first released one) and must never be regenerated: it stands for the
/// stores users already have. It was made with:
///
/// ```text
/// orgctl --db /tmp/v1/live.db --as ada@fixture.test apply -f tests/fixtures/schema-v1.toml
/// orgctl --db /tmp/v1/live.db --as ada@fixture.test --org lab chat create "Private notes"
/// orgctl --db /tmp/v1/live.db db backup /tmp/v1/copy.db
/// sqlite3 /tmp/v1/copy.db 'PRAGMA journal_mode=DELETE; VACUUM;'
/// cp /tmp/v1/copy.db tests/fixtures/schema-v1.db
/// orgctl --db /tmp/v1/live.db --as ada@fixture.test export > tests/fixtures/schema-v1.export.toml
/// ```
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// `PRAGMA user_version` and `application_id` straight from the file header.
fn header_numbers(bytes: &[u8]) -> (u32, u32) {
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (word(60), word(68))
}

#[test]
fn schema_v1_store_opens_with_its_data_intact() {
    if sqlite_only("a SQLite file of the first schema") {
        return;
    }
    let fixture = Path::new(FIXTURES).join("schema-v1.db");
    let original = fs::read(&fixture).expect("tests/fixtures/schema-v1.db is committed");
    assert!(original.len() < 200 * 1024, "the fixture should stay small");
    assert!(original.starts_with(b"SQLite format 3\0"));
    assert_eq!(header_numbers(&original), (1, 0x6f72_6763), "the fixture must stay a schema-1 orgctl store");
    let expected = fs::read_to_string(Path::new(FIXTURES).join("schema-v1.export.toml")).expect("expected export");

    let env = Env::new();
    let db = env.path("v1-copy.db");
    fs::write(&db, &original).expect("copy fixture");
    let export = env.ok(&["--db", s(&db), "--as", "ada@fixture.test", "export"]);
    assert_eq!(export.trim_end(), expected.trim_end(), "the schema-1 store exports differently");
    env.ok(&["--db", s(&db), "db", "check"]);
    // What export leaves out is there too: the chat and the audit log.
    let chats = env.json(&["--db", s(&db), "--as", "ada@fixture.test", "--org", "lab", "chat", "list"]);
    assert_eq!(array(&chats).len(), 1, "{chats}");
    let audit = env.json(&["--db", s(&db), "--as", "ada@fixture.test", "--org", "lab", "audit", "list"]);
    assert!(!array(&audit).is_empty());
    // It takes writes, and is at the current schema afterwards.
    env.ok(&[
        "--db",
        s(&db),
        "--as",
        "ada@fixture.test",
        "--org",
        "lab",
        "member",
        "remove",
        "cy@fixture.test",
        "--yes",
    ]);
    env.ok(&["--db", s(&db), "db", "check"]);
    let copy = env.path("v1-after.db");
    env.ok(&["--db", s(&db), "db", "backup", s(&copy)]);
    let (version, app) = header_numbers(&fs::read(&copy).expect("read backup"));
    assert!(version >= 1 && app == 0x6f72_6763, "schema {version}, application id {app:#x}");
    assert_eq!(fs::read(&fixture).expect("reread fixture"), original, "the committed fixture was modified");
}

// (f) output that cannot be written ------------------------------------------------

/// Runs orgctl with stdout going to `stdout` (and `fsize`, if any, as the
/// process's file-size limit, as `ulimit -f` sets it).
fn run_into(env: &Env, args: &[&str], stdout: fs::File, fsize: Option<u64>) -> Output {
    let mut cmd = env.std_cmd(args);
    cmd.stdout(stdout).stderr(Stdio::piped());
    if let Some(limit) = fsize {
        use std::os::unix::process::CommandExt;
        // SAFETY: only setrlimit, async-signal-safe, runs between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                let l = libc::rlimit { rlim_cur: limit, rlim_max: limit };
                if libc::setrlimit(libc::RLIMIT_FSIZE, &l) == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            });
        }
    }
    cmd.output().expect("run orgctl")
}

fn dev_full() -> fs::File {
    fs::OpenOptions::new().write(true).open("/dev/full").expect("open /dev/full")
}

/// `team create qa >/dev/full` commits, then says so on stderr (exit 1)
/// instead of a bare "cannot write"; an invite whose token cannot be
/// written is not made at all, so no token is lost.
#[test]
fn output_that_cannot_be_written_is_reported_and_tokens_are_never_lost() {
    let env = Env::new();
    env.seed();
    for format in ["tsv", "json", "table"] {
        let slug = format!("qa-{format}");
        let out = run_into(&env, &["-o", format, "team", "create", &slug], dev_full(), None);
        assert_eq!(code_of(&out), 1, "{}", describe(&out));
        assert!(stderr(&out).contains("the change was made"), "{}", describe(&out));
        assert!(slugs(&env.json(&["team", "list"])).contains(&slug), "the team exists, as reported");
    }
    for args in [
        vec!["invite", "create", CAROL],
        vec!["--json", "invite", "create", CAROL],
        vec!["-q", "invite", "create", CAROL],
    ] {
        let out = run_into(&env, &args, dev_full(), None);
        assert_eq!(code_of(&out), 1, "{}", describe(&out));
        assert!(!stderr(&out).contains("the change was made"), "{}", describe(&out));
        let invites = env.json(&["invite", "list", "--state", "all"]);
        assert_eq!(array(&invites).len(), 0, "an invite was made whose token nobody saw: {invites}");
    }
    // With somewhere to write, it works.
    env.ok(&["invite", "create", CAROL]);
}

/// A write past `ulimit -f` is an error with a message and exit code, not
/// death by SIGXFSZ (exit 153 from a shell).
#[test]
fn a_write_past_the_file_size_limit_is_an_error_not_a_signal() {
    let env = Env::new();
    env.seed();
    for i in 0..20 {
        env.ok(&["team", "create", &format!("team-{i}")]);
    }
    env.ok(&["member", "list"]);
    let file = env.path("out.json");
    let out = run_into(&env, &["--json", "audit", "list"], fs::File::create(&file).unwrap(), Some(512));
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(stderr(&out).contains("cannot write to stdout"), "{}", describe(&out));
    if !on_postgres() {
        // The store itself past the limit: a store error (exit 6).
        let big = env.path("limited.db");
        let out = run_into(
            &env,
            &["--db", big.to_str().unwrap(), "user", "add", "q@example.com"],
            fs::File::create(env.path("o.txt")).unwrap(),
            Some(1024),
        );
        assert_eq!(out.status.code(), Some(6), "{}", describe(&out));
        assert!(stderr(&out).starts_with("error:"), "{}", describe(&out));
    }
}
