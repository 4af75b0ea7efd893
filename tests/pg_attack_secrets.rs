//! Attacks on secrets (PostgreSQL): a member, with their own login and raw
//! SQL, reads no connector or integration URL in clear, no billing, no
//! invite (email, role, token hash); they read a connector's URL as orgctl
//! masks it. The org's admins read them all, through the same functions.

use crate::pg_logins::{acting, run, Sql, World, MIA};

#[test]
fn members_read_no_secret_and_admins_read_them_all() {
    let Some(mut w) = World::new("pg_attack_secrets::members_read_no_secret_and_admins_read_them_all") else { return };
    let (org, connector) = (w.acme.org, w.acme.connector);
    // orgctl writes every URL with its mask; the seed wrote one with a
    // password, as raw SQL would, and no mask.
    let mut owner = w.owner.transaction().unwrap();
    owner.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    owner
        .execute(
            "UPDATE connectors SET url = 'postgres://etl:hunter2@db/x', url_masked = NULL WHERE id = $1",
            &[&connector],
        )
        .unwrap();
    owner.execute("UPDATE orgs SET billing_email = 'pay@x.io', plan = 'team' WHERE id = $1", &[&org]).unwrap();
    owner.commit().unwrap();

    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(org), None);
    for sql in [
        "SELECT url FROM connectors",
        "SELECT * FROM connectors",
        "SELECT count(*) FROM connectors WHERE url LIKE '%hunter2%'",
        "SELECT url FROM integrations",
        "SELECT plan FROM orgs",
        "SELECT billing_email FROM orgs",
        "SELECT * FROM orgs",
    ] {
        assert_eq!(run(&mut tx, sql, &[]), Sql::Denied, "{sql}");
    }
    assert_eq!(run(&mut tx, "SELECT * FROM invites", &[]), Sql::Rows(0), "invites are the admins'");
    assert_eq!(run(&mut tx, "SELECT * FROM invite_teams", &[]), Sql::Rows(0));
    let masked: Option<String> = tx.query_one("SELECT orgctl_connector_url($1)", &[&connector]).unwrap().get(0);
    assert_eq!(masked.as_deref(), Some("****"), "a URL written without its mask shows as ****");
    let hook: Option<String> = tx.query_one("SELECT orgctl_integration_url($1, 'alerts')", &[&org]).unwrap().get(0);
    assert_eq!(hook, None);
    assert_eq!(run(&mut tx, "SELECT * FROM orgctl_org_billing($1)", &[&org]), Sql::Rows(0));
    tx.rollback().unwrap();

    // What orgctl writes, members read masked as orgctl masks it.
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(org), None);
    let clear: String = tx.query_one("SELECT orgctl_connector_url($1)", &[&connector]).unwrap().get(0);
    assert_eq!(clear, "postgres://etl:hunter2@db/x", "admins read it in clear");
    let masked = orgctl::model::url::mask(&clear);
    tx.execute("UPDATE connectors SET url_masked = $2 WHERE id = $1", &[&connector, &masked]).unwrap();
    let hook: Option<String> = tx.query_one("SELECT orgctl_integration_url($1, 'alerts')", &[&org]).unwrap().get(0);
    assert_eq!(hook.as_deref(), Some("https://x"));
    let billing = tx.query_one("SELECT plan, billing_email FROM orgctl_org_billing($1)", &[&org]).unwrap();
    assert_eq!((billing.get::<_, String>(0), billing.get::<_, String>(1)), ("team".into(), "pay@x.io".into()));
    tx.commit().unwrap();
    let mut tx = acting(&mut mia, Some(org), None);
    let seen: String = tx.query_one("SELECT orgctl_connector_url($1)", &[&connector]).unwrap().get(0);
    assert_eq!(seen, masked);
    assert!(seen.contains("****") && !seen.contains("hunter2"), "{seen}");
    tx.rollback().unwrap();
}
