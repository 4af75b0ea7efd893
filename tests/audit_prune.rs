//! `audit-retention` and `audit prune`: the setting (shown, set, manifest, export), what a prune
//! removes, its `audit.prune` entry that lets `db check` verify what remains, dry run, who may.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::common::*;
use crate::pg_common::superuser_url;

#[derive(Serialize)]
struct Canon<'a> {
    number: i64,
    at: &'a str,
    actor: Option<&'a str>,
    login: Option<&'a str>,
    action: &'a str,
    target: &'a str,
    details: &'a str,
}

type Raw = (i64, i64, Option<String>, Option<String>, String, String, String);

/// The chain of `rows` (number, at, actor, login, action, target, details),
/// computed here from the shared definition, independently of orgctl.
fn chain(rows: &[Raw]) -> Vec<(i64, String)> {
    let mut prev = String::new();
    let mut out = Vec::new();
    for (number, at, actor, login, action, target, details) in rows {
        let at = time::OffsetDateTime::from_unix_timestamp(*at)
            .expect("time")
            .format(&time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z"))
            .expect("format");
        let canon = Canon {
            number: *number,
            at: &at,
            actor: actor.as_deref(),
            login: login.as_deref(),
            action,
            target,
            details,
        };
        let json = serde_json::to_string(&canon).expect("json");
        let digest = Sha256::new().chain_update(prev.as_bytes()).chain_update(json.as_bytes()).finalize();
        prev = digest.iter().map(|b| format!("{b:02x}")).collect();
        out.push((*number, prev.clone()));
    }
    out
}

const SELECT: &str = "SELECT number, at, actor, login, action, target, details FROM audit \
                      WHERE org = 'acme' AND number IS NOT NULL ORDER BY number";

/// Moves acme's entries numbered up to `upto` back by `days` and rebuilds
/// the chain (as the store's owner could), as if they had been written then.
fn backdate(env: &Env, upto: i64, days: i64) {
    if let Some(db) = env.sqlite_file() {
        let conn = rusqlite::Connection::open(db).expect("open");
        conn.execute("UPDATE audit SET at = at - ?1 WHERE org = 'acme' AND number <= ?2", (days * 86_400, upto))
            .expect("backdate");
        let mut stmt = conn.prepare(SELECT).expect("prepare");
        let rows: Vec<Raw> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))
            .expect("query")
            .map(|r| r.expect("row"))
            .collect();
        for (n, h) in chain(&rows) {
            conn.execute("UPDATE audit SET hash = ?1 WHERE org = 'acme' AND number = ?2", (h, n)).expect("rehash");
        }
    } else {
        let mut su = postgres::Client::connect(&superuser_url(env), postgres::NoTls).expect("superuser");
        su.execute("UPDATE audit SET at = at - $1 WHERE org = 'acme' AND number <= $2", &[&(days * 86_400), &upto])
            .expect("backdate");
        let rows: Vec<Raw> = su
            .query(SELECT, &[])
            .expect("query")
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)))
            .collect();
        for (n, h) in chain(&rows) {
            su.execute("UPDATE audit SET hash = $1 WHERE org = 'acme' AND number = $2", &[&h, &n]).expect("rehash");
        }
    }
}

fn numbers(env: &Env) -> Vec<i64> {
    let mut n: Vec<i64> = array(&env.json(&["audit", "list"])).iter().map(|e| e["id"].as_i64().expect("id")).collect();
    n.sort_unstable();
    n
}

/// acme with entries 1..=5, the first three written 400 days ago.
fn aged(env: &Env) {
    env.seed();
    env.ok(&["team", "create", "t1"]);
    env.ok(&["team", "create", "t2"]);
    env.ok(&["team", "create", "t3"]);
    backdate(env, 3, 400);
    // The rebuilt chain is the one orgctl computes: db check agrees.
    env.ok(&["db", "check"]);
}

#[test]
fn retention_is_a_security_setting_shown_with_its_source() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["org", "security"]);
    assert_eq!((v["audit_retention"].as_i64(), v["audit_retention_source"].as_str()), (Some(0), Some("default")));
    env.ok(&["org", "security", "set", "--audit-retention", "365"]);
    let v = env.json(&["org", "security"]);
    assert_eq!((v["audit_retention"].as_i64(), v["audit_retention_source"].as_str()), (Some(365), Some("set")));
    let entries = array(&env.json(&["audit", "list", "--action", "org.security"])).clone();
    assert!(str_field(&entries[0], "details").contains("audit_retention=365"), "{entries:?}");
    env.fails(&["org", "security", "set", "--audit-retention", "-1"], 2);
    env.fails(&["org", "security", "set", "--audit-retention", "ten"], 2);
    env.fails(&["--as", BOB, "org", "security", "set", "--audit-retention", "1"], 4);
    // Export writes it; a manifest sets it, and refuses a bad one naming the place.
    let export = env.ok(&["export"]);
    assert!(export.contains("audit_retention = 365"), "{export}");
    env.apply_as(ALICE, "r.toml", "[[orgs]]\nslug = \"acme\"\n[orgs.security]\naudit_retention = 30\n");
    assert_eq!(env.json(&["org", "security"])["audit_retention"], 30);
    let bad = env.write("bad.toml", "[[orgs]]\nslug = \"acme\"\n[orgs.security]\naudit_retention = -5\n");
    let err = stderr(&env.fails(&["apply", "-f", &bad], 2));
    assert!(err.contains("orgs[acme].security"), "{err}");
}

#[test]
fn prune_removes_old_entries_records_where_the_chain_starts_and_db_check_passes() {
    let env = Env::new();
    aged(&env);
    // Retention 0: nothing goes, and it says so.
    let out = env.run(&["audit", "prune"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stderr(&out).contains("audit-retention is 0"), "{}", describe(&out));
    assert_eq!(numbers(&env), vec![1, 2, 3, 4, 5]);
    env.ok(&["org", "security", "set", "--audit-retention", "365"]);
    // A dry run says what would go and removes nothing.
    let dry = env.json(&["audit", "prune", "--dry-run"]);
    assert_eq!((dry["dry_run"].as_bool(), dry["removed"].as_i64()), (Some(true), Some(3)), "{dry}");
    assert_eq!(numbers(&env), vec![1, 2, 3, 4, 5, 6]);
    let done = env.json(&["audit", "prune"]);
    assert_eq!((done["action"].as_str(), done["removed"].as_i64()), (Some("deleted"), Some(3)), "{done}");
    assert_eq!((done["first"].as_i64(), done["last"].as_i64()), (Some(1), Some(3)));
    assert_eq!(numbers(&env), vec![4, 5, 6, 7]);
    let prune = array(&env.json(&["audit", "list", "--action", "audit.prune"]))[0].clone();
    let start = done["chain_starts_from"].as_str().expect("hash").to_string();
    assert!(str_field(&prune, "details").contains(&start), "{prune}");
    env.ok(&["db", "check"]);
    // Again: nothing is that old any more; nothing recorded.
    let again = env.json(&["audit", "prune"]);
    assert_eq!((again["action"].as_str(), again["removed"].as_i64()), (Some("unchanged"), Some(0)));
    assert_eq!(numbers(&env), vec![4, 5, 6, 7]);
    // New entries extend the pruned chain, and tampering is still found.
    env.ok(&["team", "create", "t4"]);
    env.ok(&["db", "check"]);
    if let Some(db) = env.sqlite_file() {
        let conn = rusqlite::Connection::open(db).expect("open");
        conn.execute("UPDATE audit SET details = 'x' WHERE org = 'acme' AND number = 4", []).expect("tamper");
        drop(conn);
        let err = stderr(&env.fails(&["db", "check"], 6));
        assert!(err.contains("entry 4 "), "{err}");
    }
}

#[test]
fn prune_of_every_old_entry_keeps_the_newest_and_a_verifiable_chain() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "security", "set", "--audit-retention", "1"]);
    backdate(&env, 3, 10);
    env.ok(&["db", "check"]);
    let done = env.json(&["audit", "prune"]);
    // The org's newest entry always stays (the next entry's hash extends
    // it); the numbers never go back.
    assert_eq!(done["removed"].as_i64(), Some(2), "{done}");
    assert_eq!(numbers(&env), vec![3, 4]);
    env.ok(&["db", "check"]);
}

#[test]
fn only_admins_may_prune() {
    let env = Env::new();
    aged(&env);
    env.ok(&["org", "security", "set", "--audit-retention", "365"]);
    env.fails(&["--as", BOB, "audit", "prune"], 4);
    env.fails(&["--as", BOB, "audit", "prune", "--dry-run"], 4);
    env.fails(&["--as", CAROL, "audit", "prune"], 3);
    assert_eq!(numbers(&env), vec![1, 2, 3, 4, 5, 6]);
}
