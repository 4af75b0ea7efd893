//! Store faults: garbage files, directories, newer schema versions and foreign SQLite files exit 6, untouched.

use std::fs;
use std::path::Path;
use std::process::Command as StdCommand;

use crate::common::*;

const SQLITE3: &str = "/usr/bin/sqlite3";

/// Commands that all need the store; each must be refused with exit 6.
fn store_commands(db: &Path) -> Vec<Vec<String>> {
    with_db(
        db,
        &[
            &["init"],
            &["user", "add", ALICE, "--name", "Alice"],
            &["login", ALICE],
            &["--as", ALICE, "--org", ORG, "member", "list"],
        ],
    )
}

fn assert_refused_untouched(env: &Env, db: &Path) {
    let before = fs::read(db).ok();
    let listing_before = sibling_names(db);
    for args in store_commands(db) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.fails(&args, 6);
        let err = stderr(&out);
        assert!(err.starts_with("error:"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let mut json_args: Vec<String> = store_commands(db).remove(1);
    json_args.insert(0, "--json".into());
    let json_args: Vec<&str> = json_args.iter().map(String::as_str).collect();
    let out = env.fails(&json_args, 6);
    assert_error_kind(&parse_json(&stderr(&out), &json_args), "store");
    assert_eq!(fs::read(db).ok(), before, "the store's bytes changed");
    assert_eq!(sibling_names(db), listing_before, "files appeared next to the store");
}

/// Names in the store's directory, to catch stray -wal/-journal files.
fn sibling_names(db: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(db.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Writes the 4-byte big-endian `PRAGMA user_version` at header offset 60.
fn set_user_version(db: &Path, version: u32) {
    let mut bytes = fs::read(db).unwrap();
    assert!(bytes.len() >= 100 && bytes.starts_with(b"SQLite format 3\0"));
    bytes[60..64].copy_from_slice(&version.to_be_bytes());
    fs::write(db, bytes).unwrap();
}

#[test]
fn garbage_file_is_refused_untouched() {
    if sqlite_only("a garbage store file") {
        return;
    }
    let env = Env::new();
    let db = env.path("faults/garbage.db");
    fs::create_dir_all(db.parent().unwrap()).unwrap();
    let garbage: Vec<u8> = (0..16384u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    fs::write(&db, &garbage).unwrap();
    assert_refused_untouched(&env, &db);
    // `--verbose` adds what SQLite itself said, below the message; without
    // it, only orgctl's words.
    let db = db.to_str().unwrap();
    let plain = stderr(&env.fails(&["--db", db, "whoami"], 6));
    let verbose = stderr(&env.fails(&["--db", db, "--verbose", "whoami"], 6));
    assert!(!plain.contains("caused by:"), "{plain}");
    assert!(verbose.contains("\ncaused by: file is not a database\n"), "{verbose}");
    let json = parse_json(&stderr(&env.fails(&["--db", db, "--verbose", "--json", "whoami"], 6)), &["--json"]);
    assert!(json["error"]["causes"][0].as_str().is_some_and(|c| c.contains("not a database")), "{json}");
}

#[test]
fn text_file_is_refused_untouched() {
    if sqlite_only("a text file as the store") {
        return;
    }
    let env = Env::new();
    let db = env.path("faults/notes.db");
    fs::create_dir_all(db.parent().unwrap()).unwrap();
    fs::write(&db, "these are my notes, not a database\n".repeat(50)).unwrap();
    assert_refused_untouched(&env, &db);
}

#[test]
fn directory_as_store_is_refused() {
    if sqlite_only("a folder as the store file") {
        return;
    }
    let env = Env::new();
    let db = env.path("faults/a-directory.db");
    fs::create_dir_all(&db).unwrap();
    for args in store_commands(&db) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.fails(&args, 6);
    }
    assert!(db.is_dir());
    assert_eq!(fs::read_dir(&db).unwrap().count(), 0, "files written inside the directory");
}

#[test]
fn store_under_a_regular_file_cannot_be_created() {
    if sqlite_only("creating the store file") {
        return;
    }
    let env = Env::new();
    let blocker = env.path("blocker");
    fs::write(&blocker, "x").unwrap();
    let db = blocker.join("orgctl.db");
    let out = env.fails(&["--db", db.to_str().unwrap(), "init"], 6);
    assert!(stderr(&out).starts_with("error:"), "{}", stderr(&out));
    assert_eq!(fs::read(&blocker).unwrap(), b"x");
}

#[test]
fn store_from_a_newer_orgctl_is_refused_untouched() {
    if sqlite_only("edits the SQLite header's user_version") {
        return;
    }
    let env = Env::new();
    env.ok(&["init"]);
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    // A non-empty WAL left behind would hold page 1 and hide the header edit.
    let wal = env.path("orgctl.db-wal");
    if wal.exists() {
        assert_eq!(fs::metadata(&wal).unwrap().len(), 0, "WAL left behind after a command");
    }
    set_user_version(&env.db(), 9999);
    let db = env.db();
    assert_refused_untouched(&env, &db);
    let out = env.fails(&["user", "add", BOB, "--name", "Bob"], 6);
    let err = stderr(&out).to_lowercase();
    assert!(err.contains("newer") || err.contains("version"), "should say the store is newer: {err}");
}

#[test]
fn foreign_sqlite_file_is_refused_untouched() {
    if sqlite_only("a foreign SQLite file") {
        return;
    }
    if !Path::new(SQLITE3).exists() {
        eprintln!("skipping foreign_sqlite_file_is_refused_untouched: {SQLITE3} is missing");
        return;
    }
    let env = Env::new();
    let db = env.path("faults/notes.sqlite");
    fs::create_dir_all(db.parent().unwrap()).unwrap();
    let status = StdCommand::new(SQLITE3)
        .arg(&db)
        .arg("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('hello');")
        .status()
        .unwrap();
    assert!(status.success());
    assert_refused_untouched(&env, &db);
}

#[test]
fn empty_foreign_sqlite_schema_with_other_application_id_is_refused() {
    if sqlite_only("a foreign SQLite file") {
        return;
    }
    if !Path::new(SQLITE3).exists() {
        eprintln!("skipping: {SQLITE3} is missing");
        return;
    }
    let env = Env::new();
    let db = env.path("faults/other-app.sqlite");
    fs::create_dir_all(db.parent().unwrap()).unwrap();
    let status =
        StdCommand::new(SQLITE3).arg(&db).arg("PRAGMA application_id = 1234567; CREATE TABLE t(x);").status().unwrap();
    assert!(status.success());
    assert_refused_untouched(&env, &db);
}

#[test]
fn store_faults_change_nothing_elsewhere() {
    // A store fault on one invocation leaves the real store and the context alone.
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let ctx = env.context_bytes();
        let bad = env.path("bad.db");
        fs::write(&bad, vec![0xff_u8; 4096]).unwrap();
        env.fails(&["--db", bad.to_str().unwrap(), "login", BOB], 6);
        assert_eq!(env.context_bytes(), ctx);
    });
}

/// Turns a store back to the rollback journal, as another program may leave it.
fn to_rollback_journal(db: &Path) {
    let out = StdCommand::new(SQLITE3).arg(db).arg("PRAGMA journal_mode = delete").output().expect("run sqlite3");
    assert!(out.status.success(), "{}", describe(&out));
}

/// `user_version = -1` used to panic (exit 101); a version lower than the
/// schema printed the whole schema SQL; both switched the header to WAL and
/// made `-wal`/`-shm` files beside a store they then refused.
#[test]
fn impossible_and_lying_schema_versions_are_refused_untouched() {
    if sqlite_only("edits the SQLite header's user_version") {
        return;
    }
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    let db = env.db();
    to_rollback_journal(&db);
    assert!(!env.path("orgctl.db-wal").exists());
    for version in [u32::MAX, 2, 1] {
        set_user_version(&db, version);
        assert_refused_untouched(&env, &db);
        let out = env.fails(&["user", "add", BOB, "--name", "Bob"], 6);
        let err = stderr(&out);
        assert!(!err.contains("panicked") && !err.contains("CREATE"), "{err}");
        assert!(err.len() < 600, "{} bytes: {err}", err.len());
        assert!(err.contains("left untouched"), "{err}");
    }
}

/// A mistyped path must not make a read create an empty store that then
/// checks as sound; the first write still creates it ("created on first use").
#[test]
fn reads_of_a_missing_store_create_nothing_and_name_init() {
    if sqlite_only("files beside a SQLite store") {
        return;
    }
    let env = Env::new();
    let typo = env.path("sub/typo.db");
    let typo = typo.to_str().unwrap();
    for args in [
        vec!["--db", typo, "db", "check"],
        vec!["--db", typo, "--as", ALICE, "org", "list"],
        vec!["--db", typo, "--as", ALICE, "whoami"],
        vec!["--db", typo, "login", ALICE],
        vec!["--db", typo, "--as", ALICE, "--org", ORG, "member", "list"],
        vec!["--db", typo, "db", "backup", "copy.db"],
    ] {
        let out = env.fails(&args, 3);
        assert!(stderr(&out).contains("orgctl init"), "{}", describe(&out));
        assert!(!env.path("sub").exists(), "{args:?} created a folder or a store");
        assert!(!env.path("copy.db").exists());
    }
    let err = env.json_err(&["--db", typo, "db", "check"], 3);
    assert_error_kind(&err, "not_found");
    // A write creates it, and then reads work.
    env.ok(&["--db", typo, "user", "add", ALICE]);
    env.ok(&["--db", typo, "db", "check"]);
    let other = env.path("other.db");
    env.ok(&["--db", other.to_str().unwrap(), "init"]);
    assert!(other.exists());
}

/// A mistyped PostgreSQL URL or `--db -` is a usage error, never a SQLite
/// file named after it (and its password).
#[test]
fn mistyped_postgres_urls_and_stdin_are_refused_as_stores() {
    let env = Env::new();
    let before = fs::read_dir(env.root()).unwrap().count();
    for db in [
        "postgres:/u:Typo5ecret@h/db",
        "postgresq://u:Typo5ecret@h/db",
        "postgres:u:Typo5ecret@h",
        "POSTGRESQL:/u:Typo5ecret@h/db",
        "file:///tmp/x.db",
        "-",
    ] {
        for args in [vec!["--db", db, "user", "add", ALICE], vec!["--db", db, "db", "path"], vec!["--db", db, "init"]] {
            let out = env.fails(&args, 2);
            assert!(!format!("{}{}", stdout(&out), stderr(&out)).contains("Typo5ecret"), "{}", describe(&out));
        }
        let err = env.json_err(&["--db", db, "whoami"], 2);
        assert_error_kind(&err, "usage");
    }
    assert_eq!(fs::read_dir(env.root()).unwrap().count(), before, "a file was created");
    assert!(!env.path("-").exists() && !env.path("--wal").exists());
}
