//! Safeguards of the trust audit: secrets never echoed, backups that cannot
//! leave you with nothing, bounded input, and stores the system `sqlite3` reads as sound.

use std::fs;
use std::path::Path;
use std::process::Command as StdCommand;

use crate::common::*;

const SQLITE3: &str = "sqlite3";

/// Whether the system `sqlite3` shell runs; says visibly why a test skips when it does not.
fn sqlite3_available(test: &str) -> bool {
    let ok = StdCommand::new(SQLITE3).arg("-version").output().map(|o| o.status.success()).unwrap_or(false);
    if !ok {
        eprintln!("SKIPPED {test}: the system `sqlite3` is not installed (apt-get install sqlite3)");
    }
    ok
}

fn sqlite3(db: &Path, sql: &str) -> String {
    let out = StdCommand::new(SQLITE3).arg(db).arg(sql).output().expect("run sqlite3");
    assert!(out.status.success(), "sqlite3 {sql:?} failed\n{}", describe(&out));
    stdout(&out)
}

/// A store with at least one row in every table.
fn full_store(env: &Env) {
    env.seed();
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", ALICE, BOB]);
    env.ok(&["invite", "create", CAROL, "--team", "eng"]);
    env.ok(&["dashboard", "create", "KPIs", "--visibility", "restricted"]);
    env.ok(&["dashboard", "share", "kpis", "--team", "eng", "--permission", "edit"]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://reader:pw@db.internal/x"]);
    env.ok(&["chat", "create", "Notes"]);
}

/// Debian 12's `sqlite3` 3.40.1 misreads WITHOUT ROWID tables whose key is
/// not their leading columns (`NULL value in team_members.org_id`); the
/// schema must read as sound to whatever `sqlite3` the operator has.
#[test]
fn the_system_sqlite3_finds_a_full_store_sound() {
    if !sqlite3_available("the_system_sqlite3_finds_a_full_store_sound") {
        return;
    }
    let env = Env::new();
    full_store(&env);
    let db = env.db();
    let tables = sqlite3(&db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    for table in tables.lines() {
        let n = sqlite3(&db, &format!("SELECT count(*) FROM \"{table}\""));
        assert_ne!(n.trim(), "0", "table {table} has no rows: the check would prove nothing about it");
    }
    assert_eq!(sqlite3(&db, "PRAGMA integrity_check").trim(), "ok");
    assert_eq!(sqlite3(&db, "PRAGMA foreign_key_check").trim(), "");
    env.ok(&["db", "check"]);
}
