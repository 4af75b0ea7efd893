//! Attacks through the lifecycle (PostgreSQL): a suspended member, an
//! expired one and a guest, each with their own login and raw SQL, read and
//! write only what the CLI would give them; a temporary admin role that
//! ended gives nothing; no org is left without an active admin whose role
//! does not expire, whoever writes the change. (Every row of the permission
//! table for these logins: `pg_attack_walk`.)

use postgres::error::SqlState;
use postgres::Transaction;

use crate::pg_attack_membership::commit_code;
use crate::pg_isolation::{id, ORG_TABLES};
use crate::pg_logins::{acting, run, Sql, World, MIA};

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// As the owner, in acme: `UPDATE members SET {set} WHERE user_id = mia`.
fn change_mia(w: &mut World, set: &str) {
    let (org, mia) = (w.acme.org, w.mia);
    let mut tx = w.owner.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    tx.execute(&format!("UPDATE members SET {set} WHERE org_id = $1 AND user_id = $2"), &[&org, &mia]).unwrap();
    tx.commit().unwrap();
}

/// The rows of each org table the transaction sees.
fn seen(tx: &mut Transaction) -> Vec<(&'static str, i64)> {
    ORG_TABLES.iter().map(|(t, _)| (*t, id(tx, &format!("SELECT count(*) FROM {t}"), &[]))).collect()
}

/// What someone whose membership gives nothing sees: their own membership
/// row (so that orgctl can tell them they are suspended), nothing else; and
/// they write nothing.
fn only_their_membership(w: &mut World, who: &str) {
    let (org, mia, dash) = (w.acme.org, w.mia, w.acme.dashboard);
    let mut c = w.client_of(MIA);
    let mut tx = acting(&mut c, Some(org), None);
    for (table, n) in seen(&mut tx) {
        assert_eq!(n, i64::from(table == "members"), "{who}: {table}");
    }
    let role: Option<String> = tx.query_one("SELECT orgctl_role_in($1)", &[&org]).unwrap().get(0);
    assert_eq!(role, None, "{who}: no role now");
    let chat = "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'x', 0, 9)";
    assert_eq!(run(&mut tx, chat, &[&org, &mia]), Sql::Denied, "{who}: a chat");
    assert_eq!(
        run(&mut tx, "UPDATE members SET state = 'active', expires = NULL", &[]),
        Sql::Rows(0),
        "{who}: undoing it"
    );
    assert_eq!(run(&mut tx, "DELETE FROM members", &[]), Sql::Rows(0), "{who}: leaving (nothing while suspended)");
    let grant = "INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission) VALUES ($1, $2, $3, 'view')";
    assert_eq!(run(&mut tx, grant, &[&org, &dash, &mia]), Sql::Denied, "{who}: a grant");
    tx.rollback().unwrap();
}

#[test]
fn suspended_and_expired_members_see_only_their_own_membership() {
    let Some(mut w) = World::new("pg_attack_lifecycle::suspended_and_expired_members_see_only_their_own_membership")
    else {
        return;
    };
    change_mia(&mut w, &format!("state = 'suspended', suspended_at = {}, suspend_reason = 'audit'", now() - 10));
    only_their_membership(&mut w, "suspended");
    // A suspension whose --until has passed gives everything back.
    change_mia(&mut w, &format!("suspended_until = {}", now() - 1));
    let (org, mut c) = (w.acme.org, w.client_of(MIA));
    let mut tx = acting(&mut c, Some(org), None);
    let role: Option<String> = tx.query_one("SELECT orgctl_role_in($1)", &[&org]).unwrap().get(0);
    assert_eq!(role.as_deref(), Some("member"));
    assert_eq!(id(&mut tx, "SELECT count(*) FROM chats", &[]), 1, "her chat is back");
    tx.rollback().unwrap();
    change_mia(&mut w, &format!("state = 'active', suspended_until = NULL, expires = {}", now() - 1));
    only_their_membership(&mut w, "expired");
}

#[test]
fn a_guest_reads_only_what_is_shared_with_them() {
    let Some(mut w) = World::new("pg_attack_lifecycle::a_guest_reads_only_what_is_shared_with_them") else { return };
    // mia becomes a guest; the seed put her in team eng, which holds a view
    // grant on kpis and a grant on the warehouse connector.
    change_mia(&mut w, "role = 'guest'");
    let (org, mia) = (w.acme.org, w.mia);
    let mut c = w.client_of(MIA);
    let mut tx = acting(&mut c, Some(org), None);
    let expected = |table: &str| match table {
        // The org's name, herself, her team and her place in it, what the
        // team was given (dashboard, connector, their grants), her chat.
        "orgs" | "members" | "teams" | "team_members" | "dashboards" | "dashboard_grants" | "connectors"
        | "connector_grants" | "chats" => 1,
        // Invites, counters, the audit log, integrations, settings.
        _ => 0,
    };
    for (table, n) in seen(&mut tx) {
        assert_eq!(n, expected(table), "the guest's {table}");
    }
    let members = tx.query("SELECT user_id FROM members", &[]).unwrap();
    assert_eq!(members[0].get::<_, i64>(0), mia, "the member list is herself");
    for (sql, what) in [
        ("INSERT INTO dashboards (org_id, slug, title, visibility, owner_id, created_at) VALUES ($1, 'g', 'G', 'org', $2, 0)", "a dashboard"),
        ("INSERT INTO team_members (team_id, user_id, org_id) SELECT id, $2, $1 FROM teams WHERE slug = 'nope'", "nothing"),
    ] {
        let out = run(&mut tx, sql, &[&org, &mia]);
        assert!(matches!(out, Sql::Denied | Sql::Rows(0)), "{what}: {out:?}");
    }
    // Her own chats are hers to write.
    let chat = "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'mine', 0, 2)";
    assert_eq!(run(&mut tx, chat, &[&org, &mia]), Sql::Rows(1), "a guest's own chat");
    tx.rollback().unwrap();

    // Out of the team, the team's grants give her nothing.
    let mut tx = w.owner.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    tx.execute("DELETE FROM team_members WHERE user_id = $1", &[&mia]).unwrap();
    tx.commit().unwrap();
    let mut tx = acting(&mut c, Some(org), None);
    for table in ["teams", "dashboards", "dashboard_grants", "connectors", "connector_grants"] {
        assert_eq!(id(&mut tx, &format!("SELECT count(*) FROM {table}"), &[]), 0, "{table} without the team");
    }
    tx.rollback().unwrap();
}

#[test]
fn an_ended_temporary_admin_role_gives_nothing_and_the_last_permanent_admin_stays() {
    let Some(mut w) = World::new(
        "pg_attack_lifecycle::an_ended_temporary_admin_role_gives_nothing_and_the_last_permanent_admin_stays",
    ) else {
        return;
    };
    let (org, alice) = (w.acme.org, w.alice);
    change_mia(&mut w, &format!("role = 'admin', role_expires = {}, fallback_role = 'member'", now() - 1));
    let mut c = w.client_of(MIA);
    let mut tx = acting(&mut c, Some(org), None);
    let admin: bool = tx.query_one("SELECT orgctl_is_admin($1)", &[&org]).unwrap().get(0);
    assert!(!admin, "the temporary role has ended");
    assert_eq!(id(&mut tx, "SELECT count(*) FROM invites", &[]), 0, "invites are for admins");
    assert_eq!(run(&mut tx, "UPDATE teams SET name = 'x'", &[]), Sql::Rows(0), "an admin's write");
    tx.rollback().unwrap();

    // alice, acme's only permanent admin, may not suspend herself, give
    // herself an expiry or make her role temporary: each fails at commit.
    let mut a = w.client_of("alice@x.io");
    for set in [
        format!("state = 'suspended', suspended_at = {}", now()),
        format!("expires = {}", now() + 3600),
        format!("role_expires = {}, fallback_role = 'member'", now() + 3600),
    ] {
        let mut tx = acting(&mut a, Some(org), None);
        let sql = format!("UPDATE members SET {set} WHERE user_id = $1");
        assert_eq!(run(&mut tx, &sql, &[&alice]), Sql::Rows(1), "{set}");
        assert_eq!(commit_code(tx), Some(SqlState::CHECK_VIOLATION), "{set}: the org keeps a permanent admin");
    }
}

#[test]
fn nobody_writes_in_the_name_of_orgctl_and_the_sweep_is_the_org_s_own() {
    let Some(mut w) =
        World::new("pg_attack_lifecycle::nobody_writes_in_the_name_of_orgctl_and_the_sweep_is_the_org_s_own")
    else {
        return;
    };
    let (acme, bolt) = (w.acme.org, w.bolt.org);
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    tx.execute("SELECT orgctl_audit($1, 0, 'member.expire', 'mia@x.io', 'role=member', NULL, NULL)", &[&acme]).unwrap();
    let actor: String = tx.query_one("SELECT actor FROM audit WHERE action = 'member.expire'", &[]).unwrap().get(0);
    assert_eq!(actor, "alice@x.io", "an admin's entry is in her name, whatever its action");
    tx.rollback().unwrap();
    // The sweep runs for the org set, for someone who stands in it only.
    let mut tx = acting(&mut alice, Some(bolt), None);
    assert_eq!(run(&mut tx, "SELECT orgctl_sweep($1, 0, NULL)", &[&bolt]), Sql::Denied, "another org");
    tx.rollback().unwrap();
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, "SELECT orgctl_sweep($1, 0, NULL)", &[&bolt]), Sql::Denied, "not the org set");
    tx.rollback().unwrap();
    change_mia(&mut w, &format!("state = 'suspended', suspended_at = {}", now()));
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, "SELECT orgctl_sweep($1, 0, NULL)", &[&acme]), Sql::Denied, "suspended");
    tx.rollback().unwrap();
}
