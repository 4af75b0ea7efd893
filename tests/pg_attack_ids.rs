//! Attacks on ids (PostgreSQL): a login that picks ids ahead of the
//! identities makes every later write of everyone fail. Every id is
//! GENERATED ALWAYS, and orgctl_app holds no INSERT or UPDATE privilege on
//! any `id` column (which stops OVERRIDING SYSTEM VALUE too) nor any right
//! on the sequences; the same inserts without an id still work.

use crate::pg_logins::{acting, run, Sql, World};

/// Every table with an identity, and an insert of one row in acme (`$1`)
/// without its id, for the admin alice (`$2`).
const TABLES: [(&str, &str); 9] = [
    (
        "teams",
        "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0) RETURNING $2::bigint",
    ),
    (
        "invites",
        "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
         VALUES ($1, 'z@x.io', 'member', '\\x01', 'pending', 0, 1, 50) RETURNING $2::bigint",
    ),
    (
        "dashboards",
        "INSERT INTO dashboards (org_id, slug, title, visibility, owner_id, created_at) VALUES ($1, 'd2', 'D', 'org', $2, 0)",
    ),
    (
        "dashboard_grants",
        "INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission) \
         SELECT $1, d.id, $2, 'view' FROM dashboards d WHERE d.org_id = $1 AND d.slug = 'd2'",
    ),
    (
        "connectors",
        "INSERT INTO connectors (org_id, name, kind, url, created_at) VALUES ($1, 'c2', 'x', 'x://x', 0) \
         RETURNING $2::bigint",
    ),
    (
        "connector_grants",
        "INSERT INTO connector_grants (org_id, connector_id, user_id) \
         SELECT $1, c.id, $2 FROM connectors c WHERE c.org_id = $1 AND c.name = 'c2'",
    ),
    ("chats", "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'c', 0, 9)"),
    (
        "integrations",
        "INSERT INTO integrations (org_id, name, kind, url, created_at) VALUES ($1, 'i2', 'webhook', 'https://h/x', 0) \
         RETURNING $2::bigint",
    ),
    ("users", "INSERT INTO users (email, name, created_at) SELECT 'zz@x.io', 'Z', 0 WHERE $1::bigint > $2::bigint * 0"),
];

#[test]
fn no_login_picks_an_id() {
    let Some(mut w) = World::new("pg_attack_ids::no_login_picks_an_id") else { return };
    let acme = w.acme.org;
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    for (table, insert) in TABLES {
        // With an id of one's choosing, plainly or overriding the identity.
        let with_id = insert
            .replacen(&format!("INSERT INTO {table} ("), &format!("INSERT INTO {table} (id, "), 1)
            .replacen("VALUES (", "VALUES (987654321, ", 1)
            .replacen("SELECT ", "SELECT 987654321, ", 1);
        assert_eq!(run(&mut tx, &with_id, &[&acme, &w.alice]), Sql::Denied, "{with_id}");
        let overriding = with_id.replacen(" VALUES (", " OVERRIDING SYSTEM VALUE VALUES (", 1).replacen(
            ") SELECT ",
            ") OVERRIDING SYSTEM VALUE SELECT ",
            1,
        );
        assert_eq!(run(&mut tx, &overriding, &[&acme, &w.alice]), Sql::Denied, "{overriding}");
        // Without one, the row goes in with the identity's next id.
        assert_eq!(run(&mut tx, insert, &[&acme, &w.alice]), Sql::Rows(1), "{insert}");
        // An existing row's id does not move either.
        let move_id = format!("UPDATE {table} SET id = id + 1000000");
        assert_eq!(run(&mut tx, &move_id, &[]), Sql::Denied, "{move_id}");
        let sequence = format!("SELECT nextval(pg_get_serial_sequence('{table}', 'id'))");
        assert_eq!(run(&mut tx, &sequence, &[]), Sql::Denied, "{sequence}");
        let setval = format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1000000)");
        assert_eq!(run(&mut tx, &setval, &[]), Sql::Denied, "{setval}");
    }
    for sql in [
        "INSERT INTO orgs (id, slug, name, created_at) OVERRIDING SYSTEM VALUE VALUES (987654321, 'o', 'O', 0)",
        "INSERT INTO audit (id, at, action, target) OVERRIDING SYSTEM VALUE VALUES (987654321, 0, 'x', 'x')",
        "UPDATE orgs SET id = id + 1000000",
    ] {
        assert_eq!(run(&mut tx, sql, &[]), Sql::Denied, "{sql}");
    }
    tx.commit().unwrap();
    // Everyone's next writes still work: the identities were never passed.
    let mut mia = w.client_of(crate::pg_logins::MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    let chat =
        "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'm', 0, 10) RETURNING id";
    let id: i64 = tx.query_one(chat, &[&acme, &w.mia]).unwrap().get(0);
    assert!(id < 1000, "an id from the identity: {id}");
    tx.commit().unwrap();
}
