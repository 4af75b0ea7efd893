//! The org set in `app.org_id` changed in the middle of a statement
//! (PostgreSQL). A login may call `set_config` anywhere in its own SQL, for
//! instance once per row in a query's select list, and the policies ask
//! their questions lazily, once a statement, when a row first needs them.
//! Whatever the setting says by the time a row is checked, a row is
//! admitted only with the rights its own org gives the acting user: the
//! answer of "is this user a member (an admin, a guest) of the org?" is
//! bound to the org it was asked about, and compared with the row's. The
//! same holds for the rows a write touches and the rows it writes.

use postgres::{Client, Transaction};

use crate::pg_isolation::{id, ORG_TABLES};
use crate::pg_logins::{acting, World};

/// Plans that read each table whole, in its physical order (the org seeded
/// first comes first), so that the select list runs between the rows' checks.
fn scan_in_order(c: &mut Client) {
    c.batch_execute("SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off").unwrap();
}

/// The rows of `table` not in org `org` that a query returns when it
/// switches `app.org_id` to `to` on every row it returns (`OFFSET 0`
/// keeps the switch in the scan's own select list).
fn others_read_while_switching(tx: &mut Transaction, table: &str, column: &str, org: i64, to: i64) -> i64 {
    id(
        tx,
        &format!(
            "SELECT count(*) FROM (SELECT t.{column} AS org, set_config('app.org_id', $2, true) AS switched \
             FROM {table} t OFFSET 0) s WHERE s.org <> $1"
        ),
        &[&org, &to.to_string()],
    )
}

#[test]
fn switching_the_org_in_the_middle_of_a_statement_shows_no_other_org() {
    let Some(mut w) = World::new("pg_attack_switch::switching_the_org_in_the_middle_of_a_statement_shows_no_other_org")
    else {
        return;
    };
    // alice is acme's admin and in no other org.
    let mut alice = w.client_of("alice@x.io");
    scan_in_order(&mut alice);
    let (acme, bolt) = (w.acme.org, w.bolt.org);
    for (table, column) in ORG_TABLES {
        let mut tx = acting(&mut alice, Some(acme), None);
        let mine = id(&mut tx, &format!("SELECT count(*) FROM {table}"), &[]);
        let leaked = others_read_while_switching(&mut tx, table, column, acme, bolt);
        assert_eq!(
            leaked, 0,
            "{table}: bolt's rows read by switching app.org_id from acme mid-statement ({mine} of acme's)"
        );
        tx.rollback().unwrap();
    }
    let mut tx = acting(&mut alice, Some(acme), None);
    let emails: i64 = id(
        &mut tx,
        "SELECT count(*) FROM (SELECT u.email, set_config('app.org_id', $1, true) FROM users u OFFSET 0) s \
         WHERE s.email IN ('bob@x.io', 'bea@x.io')",
        &[&bolt.to_string()],
    );
    assert_eq!(emails, 0, "users: bolt's members read by switching app.org_id");
}

/// alice, acme's admin, joins bolt with `role` (no team, no grant), written
/// by the owner; acme's and bolt's ids.
fn alice_joins_bolt(w: &mut World, role: &str) -> (i64, i64) {
    let (acme, bolt) = (w.acme.org, w.bolt.org);
    let mut tx = w.owner.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&bolt.to_string()]).unwrap();
    tx.execute(crate::pg_logins::INSERT_MEMBER, &[&bolt, &w.alice, &role]).unwrap();
    tx.commit().unwrap();
    (acme, bolt)
}

#[test]
fn switching_between_two_orgs_mid_statement_keeps_each_org_s_own_rights() {
    let Some(mut w) =
        World::new("pg_attack_switch::switching_between_two_orgs_mid_statement_keeps_each_org_s_own_rights")
    else {
        return;
    };
    // alice: acme's admin, and a plain member of bolt (no team, no grant).
    let (acme, bolt) = alice_joins_bolt(&mut w, "member");
    let mut alice = w.client_of("alice@x.io");
    scan_in_order(&mut alice);
    // What bolt keeps from its members: its invites and its audit log
    // (admins), its restricted dashboard and that dashboard's grants (admins,
    // owner, grantees). Asked in bolt, alice reads none of them; asked in
    // acme, where she is an admin, and switched to bolt while the rows are
    // read, still none.
    for table in ["invites", "invite_teams", "audit", "dashboards", "dashboard_grants"] {
        let mut tx = acting(&mut alice, Some(bolt), None);
        let plain = id(&mut tx, &format!("SELECT count(*) FROM {table}"), &[]);
        assert_eq!(plain, 0, "{table}: a member of bolt reads what bolt keeps to its admins");
        tx.rollback().unwrap();
        let mut tx = acting(&mut alice, Some(acme), None);
        let acme_rows = id(&mut tx, &format!("SELECT count(*) FROM {table}"), &[]);
        assert!(acme_rows > 0, "{table}: acme's admin reads acme's rows");
        let switched = others_read_while_switching(&mut tx, table, "org_id", acme, bolt);
        assert_eq!(switched, 0, "{table}: bolt's rows read with acme's admin rights by switching app.org_id");
        tx.rollback().unwrap();
    }
}

/// Every org table's rows of `org`, as the owner reads them: one text per
/// table, to compare before and after.
fn rows_of(w: &mut World, org: i64) -> Vec<(&'static str, String)> {
    let mut tx = w.owner.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    let rows = ORG_TABLES
        .iter()
        .map(|(table, column)| {
            let sql = format!(
                "SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM {table} t WHERE t.{column} = $1"
            );
            (*table, tx.query_one(&sql, &[&org]).unwrap().get::<_, String>(0))
        })
        .collect();
    tx.rollback().unwrap();
    rows
}

#[test]
fn switching_the_org_in_the_middle_of_a_write_changes_nothing_in_the_other_org() {
    let Some(mut w) =
        World::new("pg_attack_switch::switching_the_org_in_the_middle_of_a_write_changes_nothing_in_the_other_org")
    else {
        return;
    };
    // alice: acme's admin, and a plain member of bolt, who may write none of
    // bolt's admin-managed rows.
    let (acme, bolt) = alice_joins_bolt(&mut w, "member");
    let before = rows_of(&mut w, bolt);
    let mut alice = w.client_of("alice@x.io");
    scan_in_order(&mut alice);
    // Each statement is checked first on acme's rows (seeded first, read
    // first), where alice is an admin, and switches to bolt before bolt's.
    let switch = "set_config('app.org_id', $1, true) IS NOT NULL";
    let (a, b) = (acme.to_string(), bolt.to_string());
    let writes: Vec<String> = vec![
        // Updates and deletes whose condition switches on acme's rows and
        // picks bolt's.
        format!("UPDATE teams SET name = 'taken' WHERE CASE WHEN {switch} THEN org_id = {bolt} END"),
        format!("UPDATE dashboards SET title = 'taken' WHERE CASE WHEN {switch} THEN org_id = {bolt} END"),
        format!("UPDATE connectors SET url = 'postgres://evil/x' WHERE CASE WHEN {switch} THEN org_id = {bolt} END"),
        format!("UPDATE org_security SET connector_access = 'open' WHERE CASE WHEN {switch} THEN org_id = {bolt} END"),
        format!(
            "UPDATE members SET role = 'admin' WHERE CASE WHEN {switch} THEN org_id = {bolt} AND user_id = {} END",
            w.alice
        ),
        format!("DELETE FROM invites WHERE CASE WHEN {switch} THEN org_id = {bolt} END"),
        format!("DELETE FROM dashboard_grants WHERE CASE WHEN {switch} THEN org_id = {bolt} END"),
        format!("DELETE FROM members WHERE CASE WHEN {switch} THEN org_id = {bolt} AND role = 'admin' END"),
        // An update whose new value switches, on acme's row, before bolt's.
        format!("UPDATE teams SET name = CASE WHEN {switch} THEN name END"),
        // Inserts of an acme row then a bolt row, the select list switching
        // on the second.
        format!(
            "INSERT INTO teams (org_id, slug, name, created_at) \
                 SELECT v.org, v.slug, CASE WHEN v.org = {bolt} AND {switch} THEN v.slug ELSE v.slug END, 0 \
                 FROM (VALUES ({acme}, 'acme-new'), ({bolt}, 'bolt-new')) v(org, slug)"
        ),
        format!(
            "INSERT INTO members (org_id, user_id, role, joined_at) \
                 SELECT v.org, v.u, 'admin', CASE WHEN v.org = {bolt} AND {switch} THEN 0 ELSE 0 END \
                 FROM (VALUES ({acme}, {nick}), ({bolt}, {nick})) v(org, u)",
            nick = w.nick
        ),
        format!(
            "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
                 SELECT v.org, 'evil@x.io', 'admin', sha256(v.org::text::bytea), 'pending', 0, \
                        CASE WHEN v.org = {bolt} AND {switch} THEN 4102444800 ELSE 4102444800 END, 99 \
                 FROM (VALUES ({acme}), ({bolt})) v(org)"
        ),
    ];
    for sql in &writes {
        let param: &(dyn postgres::types::ToSql + Sync) = &b;
        let mut tx = acting(&mut alice, Some(acme), None);
        let _ = crate::pg_logins::run(&mut tx, sql, &[param]);
        // Committed: whatever the statement did stands (acme's rows too),
        // and the database's checks at the commit have run.
        let switched_back: Option<String> =
            tx.query_one("SELECT set_config('app.org_id', $1, true)", &[&a]).unwrap().get(0);
        assert_eq!(switched_back.as_deref(), Some(a.as_str()));
        if let Err(e) = tx.commit() {
            panic!("{sql}: the commit failed: {}", crate::pg_logins::message(&e));
        }
        let after = rows_of(&mut w, bolt);
        for ((table, was), (_, now)) in before.iter().zip(&after) {
            assert_eq!(
                was, now,
                "{table}: bolt's rows changed by acme's admin switching app.org_id mid-statement: {sql}"
            );
        }
    }
}

#[test]
fn a_guest_of_one_org_keeps_no_role_of_another_by_switching() {
    let Some(mut w) = World::new("pg_attack_switch::a_guest_of_one_org_keeps_no_role_of_another_by_switching") else {
        return;
    };
    // alice: acme's admin, and a guest of bolt, with whom bolt shares
    // nothing: she sees none of bolt's dashboards.
    let (acme, bolt) = alice_joins_bolt(&mut w, "guest");
    let mut alice = w.client_of("alice@x.io");
    scan_in_order(&mut alice);
    let mut tx = acting(&mut alice, Some(bolt), None);
    assert_eq!(id(&mut tx, "SELECT count(*) FROM dashboards", &[]), 0, "a guest sees what is shared with her only");
    tx.rollback().unwrap();
    // Asked in acme and switched to bolt after acme's first row: acme's
    // first row reads her role (admin) and binds the member check to acme;
    // bolt's rows fail that check, so the guest check is asked then, about
    // bolt, and admits them as a guest's. The role read for acme is acme's
    // alone: with it, she would see bolt's restricted dashboard as an admin.
    let mut tx = acting(&mut alice, Some(acme), None);
    let switched = others_read_while_switching(&mut tx, "dashboards", "org_id", acme, bolt);
    assert_eq!(switched, 0, "bolt's dashboards read with acme's admin role by switching app.org_id");
    tx.rollback().unwrap();
}
