//! Attacks with an old snapshot (PostgreSQL): a transaction opened before
//! its login was unlinked, its user removed or demoted, keeps no rights. A
//! write takes the login's and the membership's rows FOR SHARE
//! (orgctl_fresh_rights): under REPEATABLE READ a snapshot older than their
//! change fails with a serialization failure (which orgctl retries, and the
//! retry is refused); a fresh transaction is refused outright.

use postgres::error::SqlState;
use postgres::{Client, IsolationLevel, Transaction};

use crate::pg_logins::{acting, run, Sql, World, MIA};

/// A REPEATABLE READ transaction as `c`, in `org`, its snapshot taken now.
fn snapshot(c: &mut Client, org: i64) -> Transaction<'_> {
    let mut tx = c.build_transaction().isolation_level(IsolationLevel::RepeatableRead).start().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    tx.execute("SELECT count(*) FROM members", &[]).unwrap();
    tx
}

/// The SQLSTATE `sql` fails with in `tx`, or `None` when it succeeds.
fn failure(tx: &mut Transaction, sql: &str, params: &[&(dyn postgres::types::ToSql + Sync)]) -> Option<SqlState> {
    tx.execute(sql, params).err().map(|e| e.code().cloned().expect("a database error"))
}

const CHAT: &str = "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'c', 0, 5)";
const RENAME_TEAM: &str = "UPDATE teams SET name = 'Stale' WHERE org_id = $1";

#[test]
fn a_removed_member_writes_nothing_from_an_old_snapshot() {
    let Some(mut w) = World::new("pg_attack_staleness::a_removed_member_writes_nothing_from_an_old_snapshot") else {
        return;
    };
    let acme = w.acme.org;
    let mut mia = w.client_of(MIA);
    let mut alice = w.client_of("alice@x.io");
    let mut old = snapshot(&mut mia, acme);
    // alice removes mia (her dashboards handed over first, as orgctl does).
    let mut tx = acting(&mut alice, Some(acme), None);
    run(&mut tx, "UPDATE dashboards SET owner_id = NULL WHERE owner_id = $1", &[&w.mia]);
    assert_eq!(run(&mut tx, "DELETE FROM members WHERE user_id = $1", &[&w.mia]), Sql::Rows(1));
    tx.commit().unwrap();
    assert_eq!(failure(&mut old, CHAT, &[&acme, &w.mia]), Some(SqlState::T_R_SERIALIZATION_FAILURE));
    drop(old);
    // Run again (as orgctl retries): refused.
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, CHAT, &[&acme, &w.mia]), Sql::Denied);
}

#[test]
fn a_demoted_admin_writes_nothing_from_an_old_snapshot() {
    let Some(mut w) = World::new("pg_attack_staleness::a_demoted_admin_writes_nothing_from_an_old_snapshot") else {
        return;
    };
    let acme = w.acme.org;
    let mut mia = w.client_of(MIA);
    let mut alice = w.client_of("alice@x.io");
    let promote = "UPDATE members SET role = $2 WHERE user_id = $1";
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, promote, &[&w.mia, &"admin"]), Sql::Rows(1));
    tx.commit().unwrap();
    // As an admin, mia may rename a team; then her snapshot ages.
    let mut old = snapshot(&mut mia, acme);
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, promote, &[&w.mia, &"member"]), Sql::Rows(1));
    tx.commit().unwrap();
    assert_eq!(failure(&mut old, RENAME_TEAM, &[&acme]), Some(SqlState::T_R_SERIALIZATION_FAILURE));
    drop(old);
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, RENAME_TEAM, &[&acme]), Sql::Rows(0), "a member renames no team");
    // A fresh admin's rename works.
    let mut tx2 = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx2, RENAME_TEAM, &[&acme]), Sql::Rows(1));
}

#[test]
fn an_unlinked_login_writes_nothing_from_an_old_snapshot() {
    let Some(mut w) = World::new("pg_attack_staleness::an_unlinked_login_writes_nothing_from_an_old_snapshot") else {
        return;
    };
    let acme = w.acme.org;
    let (role, mut alice) = w.login_of("alice@x.io");
    let mut old = snapshot(&mut alice, acme);
    w.env.ok(&["--db", &w.owner_url, "db", "unlink", &role]);
    assert_eq!(failure(&mut old, RENAME_TEAM, &[&acme]), Some(SqlState::T_R_SERIALIZATION_FAILURE));
    drop(old);
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, RENAME_TEAM, &[&acme]), Sql::Rows(0), "unlinked: no rows at all");
}
