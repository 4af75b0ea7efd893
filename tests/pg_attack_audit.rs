//! Attacks on the audit log (PostgreSQL): no login writes, changes or
//! deletes entries or counters directly, nor forges an entry in another
//! user's or login's name, in another org or in none; every change by raw
//! SQL that orgctl did not record is recorded by the database at the
//! commit; and every entry is chained by the database as the shared
//! definition says (recomputed here).

use postgres::error::SqlState;
use sha2::{Digest, Sha256};

use crate::pg_logins::{acting, in_savepoint, message, run, Sql, World, AUDIT, MIA};

/// One entry, as stored.
#[derive(Debug)]
struct Entry {
    number: i64,
    at: i64,
    actor: Option<String>,
    login: Option<String>,
    action: String,
    target: String,
    details: String,
    hash: Option<String>,
}

/// The org's entries by number, as its owner reads them.
fn entries(w: &mut World, org: i64) -> Vec<Entry> {
    let mut tx = w.owner.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    tx.query(
        "SELECT number, at, actor, login, action, target, details, hash FROM audit WHERE org_id = $1 ORDER BY number",
        &[&org],
    )
    .unwrap()
    .iter()
    .map(|r| Entry {
        number: r.get(0),
        at: r.get(1),
        actor: r.get(2),
        login: r.get(3),
        action: r.get(4),
        target: r.get(5),
        details: r.get(6),
        hash: r.get(7),
    })
    .collect()
}

/// The chain link of `e` after `prev`, by the shared definition (COMMON:
/// SHA-256 of PREV || the canonical JSON, lowercase hex).
fn link(prev: &str, e: &Entry) -> String {
    let at = chrono_free_rfc3339(e.at);
    let canon = format!(
        "{{\"number\":{},\"at\":{},\"actor\":{},\"login\":{},\"action\":{},\"target\":{},\"details\":{}}}",
        e.number,
        serde_json::to_string(&at).unwrap(),
        serde_json::to_string(&e.actor).unwrap(),
        serde_json::to_string(&e.login).unwrap(),
        serde_json::to_string(&e.action).unwrap(),
        serde_json::to_string(&e.target).unwrap(),
        serde_json::to_string(&e.details).unwrap(),
    );
    Sha256::digest(format!("{prev}{canon}").as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// `YYYY-MM-DDTHH:MM:SSZ` of a Unix time, as orgctl prints times.
fn chrono_free_rfc3339(secs: i64) -> String {
    orgctl::model::rfc3339(secs)
}

#[test]
fn no_login_writes_the_log_or_the_counters_by_hand() {
    let Some(mut w) = World::new("pg_attack_audit::no_login_writes_the_log_or_the_counters_by_hand") else { return };
    let (acme, bolt) = (w.acme.org, w.bolt.org);
    for who in ["alice@x.io", MIA] {
        let mut c = w.client_of(who);
        let mut tx = acting(&mut c, Some(acme), None);
        for sql in [
            "INSERT INTO audit (at, actor, org_id, action, target) VALUES (0, 'alice@x.io', $1, 'x', 'x')",
            "INSERT INTO audit (at, actor, org_id, action, target) VALUES (0, 'bob@x.io', NULL, 'x', 'x')",
            "UPDATE audit SET details = 'x' WHERE org_id = $1",
            "DELETE FROM audit WHERE org_id = $1",
            "DELETE FROM org_counters WHERE org_id = $1",
            "UPDATE org_counters SET last = 1000000 WHERE org_id = $1",
            "INSERT INTO org_counters (org_id, kind, last) VALUES ($1, 'chat', 99) ON CONFLICT DO NOTHING",
        ] {
            let params: Vec<&(dyn postgres::types::ToSql + Sync)> =
                if sql.contains("$1") { vec![&acme] } else { vec![] };
            assert_eq!(run(&mut tx, sql, &params), Sql::Denied, "{who}: {sql}");
        }
        // The database's own writers are not theirs to call, nor its
        // `sql.*` actions theirs to claim, nor another org's log theirs.
        for sql in [
            "SELECT orgctl_internal_append($1, 0, 'bob@x.io', 'x', 'x', '', NULL, NULL)",
            "SELECT orgctl_audit($1, 0, 'sql.delete', 'x', '', NULL, NULL)",
            "SELECT orgctl_internal_append_many($1, 'bob@x.io', NULL, NULL, '{}', '{}', '{}', '{}')",
            // One `sql.*` entry in a batch refuses the whole batch.
            "SELECT orgctl_audit_many($1, '{0,0}', '{x,sql.delete}', '{x,x}', '{\"\",\"\"}', NULL, NULL)",
        ] {
            assert_eq!(run(&mut tx, sql, &[&acme]), Sql::Denied, "{who}: {sql}");
        }
        assert_eq!(run(&mut tx, AUDIT, &[&bolt]), Sql::Denied, "{who}: bolt's log");
        assert_eq!(run(&mut tx, AUDIT_MANY, &[&bolt]), Sql::Denied, "{who}: bolt's log, in a batch");
        // A counter moves forward only as far as the rows it numbers.
        tx.execute("SELECT orgctl_store_counter($1, 'chat', 1000000)", &[&acme]).unwrap();
        let last: i64 =
            tx.query_one("SELECT last FROM org_counters WHERE org_id = $1 AND kind = 'chat'", &[&acme]).unwrap().get(0);
        assert_eq!(last, 1, "{who}: the chat counter stays at the highest chat number");
        tx.rollback().unwrap();
    }
    // An entry in no org names the acting user and the login, whatever
    // the caller would like.
    let (login, mut mia) = w.login_of(MIA);
    let mut tx = acting(&mut mia, None, None);
    tx.execute("SELECT orgctl_audit(NULL, 0, 'user.edit', 'bob@x.io', '', NULL, NULL)", &[]).unwrap();
    tx.commit().unwrap();
    let mut tx = w.owner.transaction().unwrap();
    let r = tx.query_one("SELECT actor, login FROM audit WHERE org_id IS NULL AND action = 'user.edit'", &[]).unwrap();
    assert_eq!((r.get::<_, String>(0), r.get::<_, String>(1)), (MIA.to_string(), login));
}

/// Two entries in one call (times, actions, targets, details side by
/// side), at two times: the writer spells the first entry's time once for
/// every entry that shares it, another anew. Their actor, number and hash
/// are the database's.
const AUDIT_MANY: &str =
    "SELECT orgctl_audit_many($1::bigint, '{0,86401}', '{first,second}', '{x,y}', '{\"\",z}', NULL, NULL)";

#[test]
fn a_batch_of_entries_is_numbered_chained_and_named_by_the_database() {
    let name = "pg_attack_audit::a_batch_of_entries_is_numbered_chained_and_named_by_the_database";
    let Some(mut w) = World::new(name) else { return };
    let acme = w.acme.org;
    let before = entries(&mut w, acme);
    let (login, mut mia) = w.login_of(MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    tx.execute(AUDIT, &[&acme]).unwrap();
    tx.execute(AUDIT_MANY, &[&acme]).unwrap();
    tx.execute(AUDIT, &[&acme]).unwrap();
    // Arrays of different lengths, or of two dimensions, are no batch.
    for sql in [
        "SELECT orgctl_audit_many($1::bigint, '{0,1}', '{a}', '{x}', '{\"\"}', NULL, NULL)",
        "SELECT orgctl_audit_many($1::bigint, '{0}', '{a}', '{x}', '{}', NULL, NULL)",
        "SELECT orgctl_audit_many($1::bigint, '{{0},{1}}', '{{a},{b}}', '{{x},{y}}', '{{\"\"},{\"\"}}', NULL, NULL)",
        "SELECT orgctl_audit_many($1::bigint, NULL, '{a}', '{x}', '{\"\"}', NULL, NULL)",
    ] {
        let e = in_savepoint(&mut tx, false, |sp| sp.execute(sql, &[&acme])).expect_err(sql);
        assert_eq!(e.code(), Some(&SqlState::INVALID_PARAMETER_VALUE), "{sql}: {}", message(&e));
    }
    tx.commit().unwrap();
    let log = entries(&mut w, acme);
    let new: Vec<&Entry> = log[before.len()..].iter().collect();
    let actions: Vec<&str> = new.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["test", "first", "second", "test"], "in the caller's order");
    assert!(
        new.iter().all(|e| e.actor.as_deref() == Some(MIA) && e.login.as_deref() == Some(login.as_str())),
        "{new:?}"
    );
    for (i, e) in log.iter().enumerate().skip(before.len()) {
        assert_eq!(e.number, log[i - 1].number + 1, "numbers follow on");
        let want = link(log[i - 1].hash.as_deref().unwrap_or(""), e);
        assert_eq!(e.hash.as_deref(), Some(want.as_str()), "entry {}: {e:?}", e.number);
    }
    // In no org: the acting user's name too.
    let mut tx = acting(&mut mia, None, None);
    tx.execute(AUDIT_MANY, &[&None::<i64>]).unwrap();
    tx.commit().unwrap();
    let mut tx = w.owner.transaction().unwrap();
    let rows = tx
        .query("SELECT actor, number FROM audit WHERE org_id IS NULL AND action IN ('first', 'second')", &[])
        .unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.get::<_, String>(0) == MIA && r.get::<_, Option<i64>>(1).is_none()));
}

#[test]
fn a_change_by_raw_sql_is_recorded_at_the_commit() {
    let Some(mut w) = World::new("pg_attack_audit::a_change_by_raw_sql_is_recorded_at_the_commit") else { return };
    let acme = w.acme.org;
    let before = entries(&mut w, acme).len();
    let (alice_login, mut alice) = w.login_of("alice@x.io");
    // An admin's change of a connector with no entry of orgctl's.
    let mut tx = acting(&mut alice, Some(acme), None);
    let n = run(&mut tx, "UPDATE connectors SET url = 'postgres://evil@db/x' WHERE id = $1", &[&w.acme.connector]);
    assert_eq!(n, Sql::Rows(1));
    tx.commit().unwrap();
    // A member's chat.
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    let chat = "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'c', 0, 7)";
    assert_eq!(run(&mut tx, chat, &[&acme, &w.mia]), Sql::Rows(1));
    tx.commit().unwrap();
    let log = entries(&mut w, acme);
    let new: Vec<&Entry> = log[before..].iter().collect();
    assert_eq!(new.len(), 2, "{new:?}");
    assert_eq!(new[0].action, "sql.update");
    assert_eq!(new[0].target, format!("connectors:{}", w.acme.connector));
    assert_eq!(new[0].details, "changed=url");
    assert_eq!(new[0].actor.as_deref(), Some("alice@x.io"));
    assert_eq!(new[0].login.as_deref(), Some(alice_login.as_str()));
    assert_eq!(new[1].action, "sql.insert");
    assert!(new[1].target.starts_with("chats:"), "{:?}", new[1]);
    assert_eq!(new[1].actor.as_deref(), Some(MIA));
    // A change that orgctl records (its entry in the same transaction) gets
    // no second entry.
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, "UPDATE teams SET name = 'Engineering' WHERE id = $1", &[&w.acme.team]), Sql::Rows(1));
    tx.execute(AUDIT, &[&acme]).unwrap();
    tx.commit().unwrap();
    let log = entries(&mut w, acme);
    assert_eq!(log.len(), before + 3);
    assert_eq!(log.last().unwrap().action, "test");
    // Numbers follow on, and every entry the database wrote is chained to
    // the one before (the seeded entries, written by the owner, carry none).
    for (i, e) in log.iter().enumerate().skip(before) {
        assert_eq!(e.number, log[i - 1].number + 1, "numbers follow on");
        let want = link(log[i - 1].hash.as_deref().unwrap_or(""), e);
        assert_eq!(e.hash.as_deref(), Some(want.as_str()), "entry {}: {e:?}", e.number);
    }
}

#[test]
fn entries_of_the_cli_are_chained_by_the_database() {
    use crate::common::*;
    let Some(mut w) = World::new("pg_attack_audit::entries_of_the_cli_are_chained_by_the_database") else { return };
    let (role, password) = w.db.role("");
    w.env.ok(&["--db", &w.owner_url, "db", "link", &role, "nick@x.io"]);
    let url = w.db.url_as(&role, &password);
    let env = Env::new();
    env.ok(&["--db", &url, "org", "create", "nova", "--name", "Nova \"quoted\" ünïcode"]);
    env.ok(&["--db", &url, "--org", "nova", "team", "create", "ops"]);
    let out = env.ok(&["--db", &url, "--org", "nova", "audit", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_str(&out).unwrap();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(listed.iter().all(|e| e["login"] == role.as_str() && e["actor"] == "nick@x.io"), "{listed:?}");
    let org: i64 = w.owner.query_one("SELECT id FROM orgs WHERE slug = 'nova'", &[]).unwrap().get(0);
    let log = entries(&mut w, org);
    assert_eq!(log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["org.create", "team.create"]);
    let mut prev = String::new();
    for e in &log {
        let want = link(&prev, e);
        assert_eq!(e.hash.as_deref(), Some(want.as_str()), "{e:?}");
        prev = want;
    }
}

#[test]
fn a_raw_statement_of_many_rows_gets_an_entry_per_row_and_its_note_is_out_of_reach() {
    let Some(mut w) = World::new("pg_attack_audit::a_raw_statement_of_many_rows_gets_an_entry_per_row") else {
        return;
    };
    let acme = w.acme.org;
    let before = entries(&mut w, acme).len();
    let (_, mut alice) = w.login_of("alice@x.io");
    // Two teams in one statement, both renamed in another (one also
    // described), and a third statement that changes nothing.
    let mut tx = acting(&mut alice, Some(acme), None);
    let add =
        "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'red', 'Red', 0), ($1, 'blue', 'Blue', 0)";
    assert_eq!(run(&mut tx, add, &[&acme]), Sql::Rows(2));
    let rename = "UPDATE teams SET name = upper(name), description = CASE WHEN slug = 'red' THEN 'warm' END \
                  WHERE org_id = $1 AND slug IN ('red', 'blue')";
    assert_eq!(run(&mut tx, rename, &[&acme]), Sql::Rows(2));
    assert_eq!(run(&mut tx, "UPDATE teams SET name = 'x' WHERE slug = 'none'", &[]), Sql::Rows(0));
    // The note of the changes is the database's alone, even inside the
    // transaction that wrote it.
    for sql in [
        "SELECT count(*) FROM audit_pending",
        "DELETE FROM audit_pending",
        "UPDATE audit_pending SET keys = '{}'",
        "INSERT INTO audit_pending (org, tbl, op, keys) VALUES (1, 'teams', 'insert', '{1}')",
    ] {
        assert_eq!(run(&mut tx, sql, &[]), Sql::Denied, "{sql}");
    }
    tx.commit().unwrap();
    let ids: Vec<(String, i64)> = {
        let mut tx = w.owner.transaction().unwrap();
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&acme.to_string()]).unwrap();
        let rows = tx.query("SELECT slug, id FROM teams WHERE slug IN ('red', 'blue')", &[]).unwrap();
        rows.iter().map(|r| (r.get(0), r.get(1))).collect()
    };
    assert_eq!(ids.len(), 2);
    let log = entries(&mut w, acme);
    let new: Vec<(&str, String, &str)> =
        log[before..].iter().map(|e| (e.action.as_str(), e.target.clone(), e.details.as_str())).collect();
    let target = |slug: &str| format!("teams:{}", ids.iter().find(|(s, _)| s == slug).unwrap().1);
    assert_eq!(new.len(), 4, "{new:?}");
    let inserted: std::collections::BTreeSet<String> = new[..2].iter().map(|(a, t, _)| format!("{a} {t}")).collect();
    assert_eq!(inserted, [format!("sql.insert {}", target("red")), format!("sql.insert {}", target("blue"))].into());
    let mut updated: Vec<(String, &str)> = new[2..].iter().map(|(a, t, d)| (format!("{a} {t}"), *d)).collect();
    updated.sort();
    let mut want = vec![
        (format!("sql.update {}", target("red")), "changed=description,name"),
        (format!("sql.update {}", target("blue")), "changed=name"),
    ];
    want.sort();
    assert_eq!(updated, want);
    let pending: i64 = w.owner.query_one("SELECT count(*) FROM audit_pending", &[]).unwrap().get(0);
    assert_eq!(pending, 0, "no note outlives its transaction");

    // The other ways to change rows in one statement: an upsert that
    // updates, a MERGE that deletes, a delete inside a CTE.
    let before = log.len();
    let mut tx = acting(&mut alice, Some(acme), None);
    let upsert = "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'red', 'Red', 0) \
                  ON CONFLICT (org_id, slug) DO UPDATE SET name = excluded.name";
    assert_eq!(run(&mut tx, upsert, &[&acme]), Sql::Rows(1));
    let join = "INSERT INTO team_members (org_id, team_id, user_id) \
                SELECT $1, id, $2 FROM teams WHERE org_id = $1 AND slug = 'red'";
    assert_eq!(run(&mut tx, join, &[&acme, &w.mia]), Sql::Rows(1));
    let merge = "MERGE INTO teams t USING (SELECT $1::bigint AS org_id, 'blue' AS slug) s \
                 ON t.org_id = s.org_id AND t.slug = s.slug WHEN MATCHED THEN DELETE";
    assert_eq!(run(&mut tx, merge, &[&acme]), Sql::Rows(1));
    let cte =
        "WITH gone AS (DELETE FROM teams WHERE org_id = $1 AND slug = 'red' RETURNING id) SELECT count(*) FROM gone";
    assert_eq!(run(&mut tx, cte, &[&acme]), Sql::Rows(1));
    tx.commit().unwrap();
    let log = entries(&mut w, acme);
    let new: Vec<(&str, String, &str)> =
        log[before..].iter().map(|e| (e.action.as_str(), e.target.clone(), e.details.as_str())).collect();
    // The team's member goes with it (the foreign key's cascade, a
    // statement of its own): recorded too.
    let member = format!("team_members:{},{},{acme}", ids.iter().find(|(s, _)| s == "red").unwrap().1, w.mia);
    assert_eq!(
        new,
        [
            ("sql.update", target("red"), "changed=name"),
            ("sql.insert", member.clone(), ""),
            ("sql.delete", target("blue"), ""),
            ("sql.delete", target("red"), ""),
            ("sql.delete", member, ""),
        ]
    );
}
