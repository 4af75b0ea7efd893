//! Attacks on what is private inside an org (PostgreSQL): another user's
//! chats (admins included), taking a dashboard's ownership or widening its
//! visibility, sharing someone else's dashboard, granting oneself `edit`,
//! editing without an edit grant, creating dashboards when the org's
//! `member-dashboards` forbids it. Each refused; the owner, the admin and
//! the grantee keep their rights.

use crate::pg_logins::{acting, run, Sql, World, MIA};

#[test]
fn chats_are_their_owner_s_alone() {
    let Some(mut w) = World::new("pg_attack_visibility::chats_are_their_owner_s_alone") else { return };
    let acme = w.acme.org;
    // The seed gave mia (a member) one chat.
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, "SELECT * FROM chats", &[]), Sql::Rows(0), "the admin reads none of mia's");
    assert_eq!(run(&mut tx, "UPDATE chats SET title = 'x'", &[]), Sql::Rows(0));
    assert_eq!(run(&mut tx, "DELETE FROM chats", &[]), Sql::Rows(0));
    let forged = "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'x', 0, 8)";
    assert_eq!(run(&mut tx, forged, &[&acme, &w.mia]), Sql::Denied, "a chat in mia's name");
    let count: i64 = tx.query_one("SELECT orgctl_chat_count($1)", &[&acme]).unwrap().get(0);
    assert_eq!(count, 1, "a count is all an admin learns");
    tx.rollback().unwrap();
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, "SELECT * FROM chats", &[]), Sql::Rows(1), "her own");
    assert_eq!(run(&mut tx, "UPDATE chats SET title = 'Mine'", &[]), Sql::Rows(1));
    tx.commit().unwrap();
    // Her chats go with her membership, deleted by the database.
    let mut tx = acting(&mut alice, Some(acme), None);
    run(&mut tx, "UPDATE dashboards SET owner_id = NULL WHERE owner_id = $1", &[&w.mia]);
    assert_eq!(run(&mut tx, "DELETE FROM members WHERE user_id = $1", &[&w.mia]), Sql::Rows(1));
    tx.commit().unwrap();
    assert_eq!(w.as_owner_count(acme, "chats", "true"), 0);
}

#[test]
fn dashboards_change_hands_only_by_their_owner_or_an_admin() {
    let Some(mut w) = World::new("pg_attack_visibility::dashboards_change_hands_only_by_their_owner_or_an_admin")
    else {
        return;
    };
    let acme = w.acme.org;
    let (alice_id, mia_id, dash) = (w.alice, w.mia, w.acme.dashboard);
    // alice (admin) owns a dashboard; a second one is owned by her too.
    let mut owner = w.owner.transaction().unwrap();
    owner.execute("SELECT set_config('app.org_id', $1, true)", &[&acme.to_string()]).unwrap();
    owner
        .execute("UPDATE dashboards SET owner_id = $1, visibility = 'restricted' WHERE id = $2", &[&alice_id, &dash])
        .unwrap();
    owner.commit().unwrap();
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    for sql in [
        "UPDATE dashboards SET owner_id = $1 WHERE id = $2",
        "UPDATE dashboards SET title = 'mine' WHERE id = $2 AND $1::bigint > 0",
        "DELETE FROM dashboards WHERE id = $2 AND $1::bigint > 0",
    ] {
        assert_eq!(run(&mut tx, sql, &[&mia_id, &dash]), Sql::Rows(0), "{sql}");
    }
    let grant = "INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission) VALUES ($1, $2, $3, 'edit')";
    assert_eq!(run(&mut tx, grant, &[&acme, &dash, &mia_id]), Sql::Denied, "granting herself edit");
    tx.rollback().unwrap();
    // With a view grant from the owner she still may not edit; with edit
    // she edits the title but changes neither visibility nor owner.
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    let share = "INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission) VALUES ($1, $2, $3, $4)";
    assert_eq!(run(&mut tx, share, &[&acme, &dash, &mia_id, &"view"]), Sql::Rows(1));
    tx.commit().unwrap();
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, "UPDATE dashboards SET title = 'x' WHERE id = $1", &[&dash]), Sql::Rows(0), "view only");
    assert_eq!(run(&mut tx, "UPDATE dashboard_grants SET permission = 'edit'", &[]), Sql::Rows(0), "upgrading it");
    tx.rollback().unwrap();
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(
        run(&mut tx, "UPDATE dashboard_grants SET permission = 'edit' WHERE user_id = $1", &[&mia_id]),
        Sql::Rows(1)
    );
    tx.commit().unwrap();
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, "UPDATE dashboards SET title = 'Edited' WHERE id = $1", &[&dash]), Sql::Rows(1));
    let widen = "UPDATE dashboards SET visibility = 'org' WHERE id = $1";
    assert_eq!(run(&mut tx, widen, &[&dash]), Sql::Denied, "an edit grantee widening it");
    let take = "UPDATE dashboards SET owner_id = $2 WHERE id = $1";
    assert_eq!(run(&mut tx, take, &[&dash, &mia_id]), Sql::Denied, "an edit grantee taking it");
    let reshare =
        "INSERT INTO dashboard_grants (org_id, dashboard_id, team_id, permission) VALUES ($1, $2, $3, 'edit') \
                   ON CONFLICT (dashboard_id, team_id) WHERE team_id IS NOT NULL DO UPDATE SET permission = 'edit'";
    assert_eq!(run(&mut tx, reshare, &[&acme, &dash, &w.acme.team]), Sql::Denied, "sharing it on");
    let unshare = "DELETE FROM dashboard_grants WHERE team_id = $1";
    assert_eq!(run(&mut tx, unshare, &[&w.acme.team]), Sql::Rows(0), "unsharing it");
    tx.commit().unwrap();
    // The owner (an admin here) hands it over; then mia, its owner, may do all.
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, take, &[&dash, &mia_id]), Sql::Rows(1));
    tx.commit().unwrap();
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, widen, &[&dash]), Sql::Rows(1));
    assert_eq!(run(&mut tx, reshare, &[&acme, &dash, &w.acme.team]), Sql::Rows(1));
    assert_eq!(run(&mut tx, unshare, &[&w.acme.team]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "DELETE FROM dashboards WHERE id = $1", &[&dash]), Sql::Rows(1));
    tx.commit().unwrap();
}

#[test]
fn member_dashboards_off_leaves_creation_to_admins() {
    let Some(mut w) = World::new("pg_attack_visibility::member_dashboards_off_leaves_creation_to_admins") else {
        return;
    };
    let acme = w.acme.org;
    let create = "INSERT INTO dashboards (org_id, slug, title, owner_id, created_at) VALUES ($1, $2, 'D', $3, 0)";
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    let off = "INSERT INTO org_security (org_id, member_dashboards) VALUES ($1, 0) \
               ON CONFLICT (org_id) DO UPDATE SET member_dashboards = 0";
    assert_eq!(run(&mut tx, off, &[&acme]), Sql::Rows(1));
    tx.commit().unwrap();
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, create, &[&acme, &"m1", &w.mia]), Sql::Denied, "a member, with the setting off");
    tx.rollback().unwrap();
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, create, &[&acme, &"a1", &w.alice]), Sql::Rows(1), "an admin");
    tx.commit().unwrap();
    // On again (the default), members create their own, never in someone else's name.
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, "UPDATE org_security SET member_dashboards = NULL", &[]), Sql::Rows(1));
    tx.commit().unwrap();
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, create, &[&acme, &"m2", &w.alice]), Sql::Denied, "owned by someone else");
    assert_eq!(run(&mut tx, create, &[&acme, &"m3", &w.mia]), Sql::Rows(1));
    tx.commit().unwrap();
}
