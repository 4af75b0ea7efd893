//! Isolation below the application: with the schema `orgctl init` made,
//! a login granted `orgctl_app` (and linked to a user) sees and changes only
//! the org it set in `app.org_id`, whatever SQL it sends, and cannot switch
//! the policies off.

use postgres::error::SqlState;
use postgres::{Client, GenericClient};

use crate::common::*;
use crate::pg_common;

/// Every table that holds org data, and the column that says which org.
pub const ORG_TABLES: [(&str, &str); 15] = [
    ("orgs", "id"),
    ("members", "org_id"),
    ("teams", "org_id"),
    ("team_members", "org_id"),
    ("invites", "org_id"),
    ("invite_teams", "org_id"),
    ("dashboards", "org_id"),
    ("dashboard_grants", "org_id"),
    ("connectors", "org_id"),
    ("chats", "org_id"),
    ("org_counters", "org_id"),
    ("audit", "org_id"),
    ("integrations", "org_id"),
    ("org_security", "org_id"),
    ("connector_grants", "org_id"),
];

/// Ids of one org's rows.
pub struct Seeded {
    pub org: i64,
    pub team: i64,
    pub dashboard: i64,
    pub connector: i64,
    pub invite: i64,
}

pub fn id(c: &mut impl GenericClient, sql: &str, params: &[&(dyn postgres::types::ToSql + Sync)]) -> i64 {
    c.query_one(sql, params).unwrap_or_else(|e| panic!("{sql}: {e}")).get(0)
}

pub fn user(c: &mut Client, email: &str) -> i64 {
    id(c, "INSERT INTO users (email, name, created_at) VALUES ($1, $1, 0) RETURNING id", &[&email])
}

/// One org with a row in every org table, written as the schema owner: FORCE
/// subjects the owner to the policies too, so the org is set first.
pub fn seed(c: &mut Client, slug: &str, admin: i64, member: i64, token: u8) -> Seeded {
    let mut tx = c.transaction().unwrap();
    let org = id(&mut tx, "SELECT nextval(pg_get_serial_sequence('orgs', 'id'))", &[]);
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    tx.execute(
        "INSERT INTO orgs (id, slug, name, created_at) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $2, 0)",
        &[&org, &slug],
    )
    .unwrap();
    for (u, role) in [(admin, "admin"), (member, "member")] {
        tx.execute("INSERT INTO members (org_id, user_id, role, joined_at) VALUES ($1, $2, $3, 0)", &[&org, &u, &role])
            .unwrap();
    }
    let team = id(
        &mut tx,
        "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'eng', 'Eng', 0) RETURNING id",
        &[&org],
    );
    tx.execute("INSERT INTO team_members (team_id, user_id, org_id) VALUES ($1, $2, $3)", &[&team, &member, &org])
        .unwrap();
    let hash = vec![token; 32];
    let invite = id(
        &mut tx,
        "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
         VALUES ($1, 'new@example.com', 'member', $2, 'pending', 0, 1, 1) RETURNING id",
        &[&org, &hash],
    );
    tx.execute("INSERT INTO invite_teams (invite_id, team_id, org_id) VALUES ($1, $2, $3)", &[&invite, &team, &org])
        .unwrap();
    let dashboard = id(
        &mut tx,
        "INSERT INTO dashboards (org_id, slug, title, visibility, owner_id, created_at) \
         VALUES ($1, 'kpis', 'KPIs', 'restricted', $2, 0) RETURNING id",
        &[&org, &admin],
    );
    tx.execute(
        "INSERT INTO dashboard_grants (org_id, dashboard_id, team_id, permission) VALUES ($1, $2, $3, 'view')",
        &[&org, &dashboard, &team],
    )
    .unwrap();
    let connector = id(
        &mut tx,
        "INSERT INTO connectors (org_id, name, kind, url, created_at) \
         VALUES ($1, 'warehouse', 'postgres', 'postgres://db/x', 0) RETURNING id",
        &[&org],
    );
    tx.execute(
        "INSERT INTO connector_grants (org_id, connector_id, team_id) VALUES ($1, $2, $3)",
        &[&org, &connector, &team],
    )
    .unwrap();
    tx.execute(
        "INSERT INTO integrations (org_id, name, kind, url, created_at) VALUES ($1, 'alerts', 'webhook', 'https://x', 0)",
        &[&org],
    )
    .unwrap();
    tx.execute("INSERT INTO org_security (org_id, connector_access) VALUES ($1, 'granted')", &[&org]).unwrap();
    tx.execute(
        "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'hi', 0, 1)",
        &[&org, &member],
    )
    .unwrap();
    tx.execute(
        "INSERT INTO org_counters (org_id, kind, last) VALUES ($1, 'chat', 1), ($1, 'invite', 1), ($1, 'audit', 1)",
        &[&org],
    )
    .unwrap();
    tx.execute(
        "INSERT INTO audit (at, actor, org_id, org, action, target, number) VALUES (0, 'a@x', $1, $2, 'org.create', $2, 1)",
        &[&org, &slug],
    )
    .unwrap();
    tx.commit().unwrap();
    Seeded { org, team, dashboard, connector, invite }
}

/// The rows of `org` in every org table, as the owner sees them with it set.
fn owner_counts(c: &mut Client, org: i64) -> Vec<i64> {
    let mut tx = c.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    ORG_TABLES
        .iter()
        .map(|(t, col)| id(&mut tx, &format!("SELECT count(*) FROM {t} WHERE {col} = $1"), &[&org]))
        .collect()
}

fn denied(tx: &mut postgres::Transaction, sql: &str, params: &[&(dyn postgres::types::ToSql + Sync)]) {
    let mut sp = tx.transaction().unwrap();
    let e = sp.execute(sql, params).expect_err(sql);
    assert_eq!(e.code(), Some(&SqlState::INSUFFICIENT_PRIVILEGE), "{sql}: {e}");
}

#[test]
fn row_level_security_isolates_orgs_below_the_application() {
    let Some(mut db) = pg_common::db("pg_isolation::row_level_security_isolates_orgs_below_the_application") else {
        return;
    };
    let env = Env::new();
    let (owner_role, owner_password) = db.owner();
    let owner_url = db.url_as(&owner_role, &owner_password);
    env.ok(&["--db", &owner_url, "init"]);

    let mut owner = db.client_as(&owner_role, &owner_password);
    let (alice, bob, carol) =
        (user(&mut owner, "alice@x.io"), user(&mut owner, "bob@x.io"), user(&mut owner, "carol@x.io"));
    let a = seed(&mut owner, "acme", alice, carol, 1);
    let b = seed(&mut owner, "bolt", bob, carol, 2);
    let b_before = owner_counts(&mut owner, b.org);
    assert!(b_before.iter().all(|n| *n > 0), "every table holds rows of bolt: {b_before:?}");

    // The login is alice's (acme's admin): the database admits the rows of
    // an org she belongs to (tests/pg_logins.rs: what a member, a stranger
    // and an unlinked login get).
    let (login, password) = db.app_login();
    env.ok(&["--db", &owner_url, "db", "link", &login, "alice@x.io"]);
    let mut app = db.client_as(&login, &password);

    // It cannot bypass: not a superuser, no BYPASSRLS, owns nothing.
    let r = app
        .query_one(
            "SELECT rolsuper, rolbypassrls, \
                    (SELECT count(*) FROM pg_class WHERE relowner = r.oid) \
             FROM pg_roles r WHERE rolname = current_user",
            &[],
        )
        .unwrap();
    assert_eq!((r.get::<_, bool>(0), r.get::<_, bool>(1), r.get::<_, i64>(2)), (false, false, 0));

    // With acme set, a query with no org filter at all returns acme's rows only.
    let mut tx = app.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&a.org.to_string()]).unwrap();
    for (table, column) in ORG_TABLES {
        let r = tx
            .query_one(&format!("SELECT count(*), count(*) FILTER (WHERE {column} <> $1) FROM {table}"), &[&a.org])
            .unwrap();
        let (all, foreign): (i64, i64) = (r.get(0), r.get(1));
        // (Chats are their owner's alone: acme's admin sees none of carol's.)
        assert!(all > 0 || table == "chats", "{table}: acme's rows are visible");
        assert_eq!(foreign, 0, "{table}: another org's rows are visible");
    }
    let emails: Vec<String> =
        tx.query("SELECT email FROM users ORDER BY email", &[]).unwrap().iter().map(|r| r.get(0)).collect();
    assert_eq!(emails, ["alice@x.io", "carol@x.io"], "users: acme's members only");

    // bolt's rows, by id or by org: UPDATE and DELETE touch nothing.
    // (The audit log and the counters are not the login's to write at all:
    // below. An id is never written, so the org row is updated by name.)
    for (table, column) in ORG_TABLES.iter().filter(|(t, _)| !["audit", "org_counters"].contains(t)) {
        let set = if *column == "id" { "name = name".to_string() } else { format!("{column} = {column}") };
        let n = tx.execute(&format!("UPDATE {table} SET {set} WHERE {column} = $1"), &[&b.org]).unwrap();
        assert_eq!(n, 0, "UPDATE of bolt's {table}");
        let n = tx.execute(&format!("DELETE FROM {table} WHERE {column} = $1"), &[&b.org]).unwrap();
        assert_eq!(n, 0, "DELETE of bolt's {table}");
    }
    for (sql, key) in [
        ("UPDATE dashboards SET title = 'pwned' WHERE id = $1", b.dashboard),
        ("DELETE FROM dashboards WHERE id = $1", b.dashboard),
        ("DELETE FROM connectors WHERE id = $1", b.connector),
        ("UPDATE invites SET state = 'revoked' WHERE id = $1", b.invite),
        ("DELETE FROM teams WHERE id = $1", b.team),
        ("DELETE FROM orgs WHERE id = $1", b.org),
        ("UPDATE users SET name = 'pwned' WHERE id = $1", bob),
    ] {
        assert_eq!(tx.execute(sql, &[&key]).unwrap(), 0, "{sql}");
    }

    // Writing bolt's org id fails outright (42501), in every table.
    denied(&mut tx, "INSERT INTO orgs (slug, name, created_at) VALUES ('x', 'x', $1)", &[&0i64]);
    denied(
        &mut tx,
        "INSERT INTO members (org_id, user_id, role, joined_at) VALUES ($1, $2, 'admin', 0)",
        &[&b.org, &alice],
    );
    denied(&mut tx, "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0)", &[&b.org]);
    denied(
        &mut tx,
        "INSERT INTO connectors (org_id, name, kind, url, created_at) VALUES ($1, 'x', 'x', 'x://x', 0)",
        &[&b.org],
    );
    denied(
        &mut tx,
        "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'x', 0, 9)",
        &[&b.org, &carol],
    );
    denied(
        &mut tx,
        "INSERT INTO org_counters (org_id, kind, last) VALUES ($1, 'chat', 9) ON CONFLICT DO NOTHING",
        &[&b.org],
    );
    denied(&mut tx, "INSERT INTO audit (at, org_id, action, target) VALUES (0, $1, 'x', 'x')", &[&b.org]);
    // The audit log is append-only for orgctl, even within its own org
    // (`audit prune` goes through orgctl_audit_prune, which removes only
    // entries older than the org's retention).
    denied(&mut tx, "DELETE FROM audit WHERE org_id = $1", &[&a.org]);
    denied(&mut tx, "UPDATE audit SET target = 'x' WHERE org_id = $1", &[&a.org]);
    denied(&mut tx, "INSERT INTO org_security (org_id, connector_access) VALUES ($1, 'open')", &[&b.org]);
    // ... and so does moving one of acme's rows into bolt.
    denied(&mut tx, "UPDATE connectors SET org_id = $1 WHERE id = $2", &[&b.org, &a.connector]);
    // Switching the policies off is not the login's to do.
    denied(&mut tx, "ALTER TABLE teams DISABLE ROW LEVEL SECURITY", &[]);
    denied(&mut tx, "ALTER TABLE teams NO FORCE ROW LEVEL SECURITY", &[]);
    denied(&mut tx, "DROP POLICY orgctl_org ON teams", &[]);
    {
        let mut sp = tx.transaction().unwrap();
        sp.batch_execute("SET LOCAL row_security = off").unwrap();
        let e = sp.query("SELECT * FROM teams", &[]).expect_err("row_security = off");
        assert_eq!(e.code(), Some(&SqlState::INSUFFICIENT_PRIVILEGE), "{e}");
    }
    tx.commit().unwrap();

    // Nothing of bolt's changed.
    assert_eq!(owner_counts(&mut owner, b.org), b_before);
    {
        let mut t = owner.transaction().unwrap();
        t.execute("SELECT set_config('app.org_id', $1, true)", &[&b.org.to_string()]).unwrap();
        let kept = id(&mut t, "SELECT count(*) FROM dashboards WHERE id = $1 AND title = 'KPIs'", &[&b.dashboard]);
        assert_eq!(kept, 1, "bolt's dashboard kept its title");
    }
    // FORCE holds the owner to the org policy too (it reads orgs, members,
    // users and invites through the lookup functions' read-only policy).
    {
        let mut t = owner.transaction().unwrap();
        assert_eq!(id(&mut t, "SELECT count(*) FROM dashboards", &[]), 0, "the owner without an org");
        denied(&mut t, "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0)", &[&a.org]);
    }

    // The setting is transaction-local: the next transaction on the same
    // connection has no org, and then every org table reads as empty.
    let mut tx = app.transaction().unwrap();
    let setting: String = id_text(&mut tx, "SELECT current_setting('app.org_id', true)");
    assert_eq!(setting, "", "app.org_id leaked into the next transaction");
    for (table, _) in ORG_TABLES {
        assert_eq!(id(&mut tx, &format!("SELECT count(*) FROM {table}"), &[]), 0, "{table} without an org");
    }
    let emails: Vec<String> = tx.query("SELECT email FROM users", &[]).unwrap().iter().map(|r| r.get(0)).collect();
    assert_eq!(emails, ["alice@x.io"], "users without an org: the login's own user only");
    denied(&mut tx, "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0)", &[&a.org]);
    tx.commit().unwrap();

    // Before the org is known, the four lookups answer exactly one question each.
    let mut tx = app.transaction().unwrap();
    assert_eq!(id(&mut tx, "SELECT orgctl_org_by_slug('bolt')", &[]), b.org);
    let none: bool = tx.query_one("SELECT orgctl_org_by_slug('nope') IS NULL", &[]).unwrap().get(0);
    assert!(none, "an unknown slug has no id");
    assert_eq!(id(&mut tx, "SELECT id FROM orgctl_user_by_email('bob@x.io')", &[]), bob);
    let memberships = |tx: &mut postgres::Transaction, user: i64| -> Vec<String> {
        tx.query("SELECT slug FROM orgctl_memberships($1)", &[&user]).unwrap().iter().map(|r| r.get(0)).collect()
    };
    assert_eq!(memberships(&mut tx, alice), ["acme"], "the login's own user's orgs");
    assert_eq!(memberships(&mut tx, carol), ["acme"], "another user's orgs: only those shared");
    assert!(memberships(&mut tx, bob).is_empty(), "bob shares no org with alice");
    let r = tx.query_one("SELECT org_id, invite_id FROM orgctl_invite_by_token($1)", &[&vec![2u8; 32]]).unwrap();
    assert_eq!((r.get::<_, i64>(0), r.get::<_, i64>(1)), (b.org, b.invite));
    tx.commit().unwrap();

    // `org create`: the database creates the org and sets it; its creator
    // becomes its admin.
    let mut tx = app.transaction().unwrap();
    let new = id(&mut tx, "SELECT orgctl_create_org('crux', 'Crux', 0)", &[]);
    tx.execute("INSERT INTO members (org_id, user_id, role, joined_at) VALUES ($1, $2, 'admin', 0)", &[&new, &alice])
        .unwrap();
    assert_eq!(id(&mut tx, "SELECT count(*) FROM orgs", &[]), 1, "only the new org");
    tx.commit().unwrap();

    // init once more: nothing to do.
    let out = env.run(&["--db", &owner_url, "init"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stderr(&out).contains("Nothing to do"), "{}", describe(&out));
}

fn id_text(c: &mut impl GenericClient, sql: &str) -> String {
    c.query_one(sql, &[]).unwrap_or_else(|e| panic!("{sql}: {e}")).get(0)
}

/// A session-level setting (`set_config(..., false)`) would outlive its
/// transaction and show the next one another org's rows: the reason orgctl
/// only ever sets it transaction-locally. This pins the hazard down.
#[test]
fn a_session_level_org_setting_would_leak() {
    let Some(mut db) = pg_common::db("pg_isolation::a_session_level_org_setting_would_leak") else { return };
    let env = Env::new();
    let (owner_role, owner_password) = db.owner();
    env.ok(&["--db", &db.url_as(&owner_role, &owner_password), "init"]);
    let mut owner = db.client_as(&owner_role, &owner_password);
    let alice = user(&mut owner, "alice@x.io");
    let bob = user(&mut owner, "bob@x.io");
    let a = seed(&mut owner, "acme", alice, bob, 1);
    let (login, password) = db.app_login();
    env.ok(&["--db", &db.url_as(&owner_role, &owner_password), "db", "link", &login, "alice@x.io"]);
    let mut app = db.client_as(&login, &password);
    app.execute("SELECT set_config('app.org_id', $1, false)", &[&a.org.to_string()]).unwrap();
    let mut tx = app.transaction().unwrap();
    assert!(id(&mut tx, "SELECT count(*) FROM teams", &[]) > 0, "the session setting carried over");
}
