//! The audit hash chain: every entry carries `hash`, `db check` verifies each org's chain and names
//! the first entry that does not match (SQLite file and PostgreSQL tampered with by their owner),
//! stores from before the chain get theirs when migrated.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::common::*;
use crate::pg_common::superuser_url;

/// acme with five entries: org.create, member.add bob and carol, team.create, org.edit.
fn seeded(env: &Env) {
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["org", "edit", "--name", "Acme Two"]);
}

fn hashes(env: &Env) -> Vec<Value> {
    array(&env.json(&["audit", "list"])).clone()
}

fn is_hex64(v: &Value) -> bool {
    v.as_str().is_some_and(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

/// `db check` fails (exit 6) and its message names `needle`.
fn check_fails_naming(env: &Env, needle: &str) {
    let out = env.fails(&["db", "check"], 6);
    let err = stderr(&out);
    assert!(err.contains("audit chain of acme") && err.contains(needle), "{err}");
}

#[test]
fn every_org_entry_carries_a_distinct_hash_and_db_check_passes() {
    let env = Env::new();
    seeded(&env);
    let list = hashes(&env);
    assert!(list.len() > 3);
    for e in &list {
        assert!(is_hex64(&e["hash"]), "{e}");
    }
    let mut all: Vec<&str> = list.iter().filter_map(|e| e["hash"].as_str()).collect();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), list.len(), "hashes repeat");
    env.ok(&["db", "check"]);
    // A member (who may write entries but not read them) extends the chain too.
    env.ok(&["--as", BOB, "dashboard", "create", "Bob's board"]);
    env.ok(&["db", "check"]);
    // A multi-entry transaction (apply) chains within itself too.
    env.apply_as(
        ALICE,
        "m.toml",
        "[[orgs]]\nslug = \"acme\"\n[[orgs.teams]]\nslug = \"t1\"\n[[orgs.teams]]\nslug = \"t2\"\n",
    );
    env.ok(&["db", "check"]);
}

#[test]
fn a_changed_entry_in_the_sqlite_file_is_named_by_db_check() {
    if sqlite_only("edits the store file with rusqlite") {
        return;
    }
    let env = Env::new();
    seeded(&env);
    env.ok(&["db", "check"]);
    let conn = rusqlite::Connection::open(env.db()).expect("open store");
    let n = conn
        .execute("UPDATE audit SET details = details || ' (edited)' WHERE org = 'acme' AND number = 3", [])
        .expect("tamper");
    assert_eq!(n, 1);
    drop(conn);
    check_fails_naming(&env, "entry 3 ");
    let json = env.json_err(&["db", "check"], 6);
    assert_error_kind(&json, "store");
}

#[test]
fn a_deleted_entry_in_the_sqlite_file_breaks_the_chain_at_the_next() {
    if sqlite_only("edits the store file with rusqlite") {
        return;
    }
    let env = Env::new();
    seeded(&env);
    let conn = rusqlite::Connection::open(env.db()).expect("open store");
    conn.execute("DELETE FROM audit WHERE org = 'acme' AND number = 2", []).expect("tamper");
    drop(conn);
    check_fails_naming(&env, "entry 3 ");
    // Deleting the first entries is a gap no prune accounts for.
    let env = Env::new();
    seeded(&env);
    let conn = rusqlite::Connection::open(env.db()).expect("open store");
    conn.execute("DELETE FROM audit WHERE org = 'acme' AND number <= 2", []).expect("tamper");
    drop(conn);
    check_fails_naming(&env, "entry 3 ");
}

#[test]
fn pg_a_changed_entry_is_named_by_db_check() {
    let Some(env) = Env::postgres("pg_a_changed_entry_is_named_by_db_check") else { return };
    seeded(&env);
    env.ok(&["--as", ALICE, "db", "check"]);
    let mut su = postgres::Client::connect(&superuser_url(&env), postgres::NoTls).expect("connect as superuser");
    let n = su
        .execute("UPDATE audit SET target = target || 'x' WHERE org = 'acme' AND number = 4", &[])
        .expect("tamper as the superuser");
    assert_eq!(n, 1);
    let out = env.fails(&["--as", ALICE, "db", "check"], 6);
    let err = stderr(&out);
    assert!(err.contains("audit chain of acme") && err.contains("entry 4 "), "{err}");
}

#[test]
fn pg_migration_fills_the_chain_of_older_entries_as_the_rust_definition_does() {
    let Some(env) = Env::postgres("pg_migration_fills_the_chain_of_older_entries_as_the_rust_definition_does") else {
        return;
    };
    seeded(&env);
    let mut su = postgres::Client::connect(&superuser_url(&env), postgres::NoTls).expect("connect as superuser");
    // An entry whose text needs every kind of escaping, written as an
    // older orgctl would have (no hash), then the store taken back to the
    // schema before the chain and migrated forward.
    su.batch_execute(
        "INSERT INTO audit (at, actor, org_id, org, action, target, details, number, login) \
         SELECT 1796000000, 'alice@example.com', org_id, 'acme', 'org.edit', 'acme', \
                E'quote \" back \\\\ nl \\n tab \\t ctl \\x01 é 😀', max(number) + 1, 'someone' \
         FROM audit WHERE org = 'acme' GROUP BY org_id; \
         UPDATE org_counters SET last = last + 1 WHERE kind = 'audit' AND org_id = (SELECT id FROM orgs WHERE slug = 'acme'); \
         ALTER TABLE audit DROP COLUMN hash; ALTER TABLE org_security DROP COLUMN audit_retention; \
         UPDATE orgctl_schema SET version = 8;",
    )
    .expect("take the store back to schema 8, before the chain");
    drop(su);
    env.ok(&["--db", &superuser_url(&env), "init"]);
    let list = array(&env.json(&["--as", ALICE, "audit", "list"])).clone();
    assert!(list.iter().all(|e| is_hex64(&e["hash"])), "{list:?}");
    env.ok(&["--as", ALICE, "db", "check"]);
    // New entries extend the migrated chain.
    env.ok(&["--as", ALICE, "org", "edit", "--name", "Acme Again"]);
    env.ok(&["--as", ALICE, "db", "check"]);
}

#[test]
fn a_store_from_before_the_chain_gets_one_when_migrated() {
    if sqlite_only("a SQLite file of the first schema") {
        return;
    }
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db");
    let env = Env::new();
    let db = env.path("v1.db");
    fs::write(&db, fs::read(&fixture).expect("fixture")).expect("copy fixture");
    let db = db.to_string_lossy().into_owned();
    env.ok(&["--db", &db, "db", "check"]);
    let list = array(&env.json(&["--db", &db, "--as", "ada@fixture.test", "--org", "lab", "audit", "list"])).clone();
    assert!(!list.is_empty());
    assert!(list.iter().all(|e| is_hex64(&e["hash"])), "{list:?}");
    env.ok(&["--db", &db, "--as", "ada@fixture.test", "--org", "lab", "org", "edit", "--name", "Lab Two"]);
    env.ok(&["--db", &db, "db", "check"]);
    // And the filled chain is checked, not just present.
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute(
        "UPDATE audit SET actor = 'eve@fixture.test' WHERE id = (SELECT min(id) FROM audit WHERE org = 'lab')",
        [],
    )
    .expect("tamper");
    drop(conn);
    let err = stderr(&env.fails(&["--db", &db, "db", "check"], 6));
    assert!(err.contains("audit chain of lab") && err.contains("does not match"), "{err}");
}
