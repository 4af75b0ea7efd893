//! Attacks on what is private inside an org (PostgreSQL): another user's
//! chats (admins included), taking a dashboard's ownership or widening its
//! visibility, sharing someone else's dashboard, granting oneself `edit`,
//! editing without an edit grant, creating dashboards when the org's
//! `member-dashboards` forbids it. Each refused; the owner, the admin and
//! the grantee keep their rights. And the functions orgctl calls for its
//! session read and its kept-planned statements, called with another org's
//! ids, show nothing of it.

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

/// An argument of a function orgctl calls (they take `bigint` and `text`).
#[derive(Clone, Debug)]
enum Arg {
    Int(Option<i64>),
    Text(Option<String>),
}

/// A call of `function` with `args`, as the transaction's login: its rows
/// as JSON, `None` when the call failed.
fn answer(tx: &mut postgres::Transaction, function: &str, types: &[String], args: &[Arg]) -> Option<String> {
    let list: Vec<String> = types.iter().enumerate().map(|(i, t)| format!("${}::{t}", i + 1)).collect();
    let sql = format!("SELECT coalesce(jsonb_agg(to_jsonb(f)), '[]')::text FROM {function}({}) f", list.join(", "));
    let params: Vec<&(dyn postgres::types::ToSql + Sync)> = args
        .iter()
        .map(|a| match a {
            Arg::Int(v) => v as &(dyn postgres::types::ToSql + Sync),
            Arg::Text(v) => v as &(dyn postgres::types::ToSql + Sync),
        })
        .collect();
    crate::pg_logins::in_savepoint(tx, false, |sp| sp.query_one(&sql, &params)).ok().map(|r| r.get(0))
}

/// Every argument list for `types` drawn from the pools.
fn argument_lists(types: &[String], ints: &[Option<i64>], texts: &[Option<&str>]) -> Vec<Vec<Arg>> {
    types.iter().fold(vec![Vec::new()], |lists, t| {
        let pool: Vec<Arg> = if t == "bigint" {
            ints.iter().map(|v| Arg::Int(*v)).collect()
        } else {
            texts.iter().map(|v| Arg::Text(v.map(str::to_string))).collect()
        };
        lists.iter().flat_map(|l| pool.iter().map(move |a| [l.clone(), vec![a.clone()]].concat())).collect()
    })
}

/// The statements orgctl keeps planned (`orgctl_q_*`) and the session read
/// (`orgctl_session`) are functions any linked login may call, with any
/// ids. They run as their caller, so another org's ids give nothing: for
/// every argument list drawn from bolt's ids, names and times with which
/// bolt's admin reads something (an answer other than the one to NULLs:
/// `orgctl_session` answers a row whatever it may show), acme's admin reads
/// the answer to NULLs, whether `app.org_id` names acme or bolt.
#[test]
fn the_functions_orgctl_calls_show_another_org_nothing() {
    let Some(mut w) = World::new("pg_attack_visibility::the_functions_orgctl_calls_show_another_org_nothing") else {
        return;
    };
    let (acme, bolt) = (w.acme.org, w.bolt.org);
    let bea: i64 = w.owner.query_one("SELECT id FROM users WHERE email = 'bea@x.io'", &[]).unwrap().get(0);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    // bolt also holds a grant to one user, with terms, and an invite's inviter.
    let mut tx = w.owner.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&bolt.to_string()]).unwrap();
    tx.execute(
        "INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission, expires, reason) \
         VALUES ($1, $2, $3, 'edit', $4, 'review')",
        &[&bolt, &w.bolt.dashboard, &bea, &(now + 3600)],
    )
    .unwrap();
    tx.execute("UPDATE invites SET invited_by = $2 WHERE org_id = $1", &[&bolt, &w.bob]).unwrap();
    tx.commit().unwrap();
    // NULL too: a grant's terms are looked up by team or user, the other NULL.
    let b = &w.bolt;
    let ints = [b.org, b.team, b.dashboard, b.invite, w.bob, bea, now].map(Some);
    let ints = [&ints[..], &[None]].concat();
    let texts = ["eng", "kpis", "bob@x.io", "bea@x.io"].map(Some);
    let functions: Vec<(String, Vec<String>)> = w
        .owner
        .query(
            "SELECT p.proname::text, \
                    coalesce(array_agg(format_type(a.t, NULL) ORDER BY a.i) FILTER (WHERE a.t IS NOT NULL), '{}') \
             FROM pg_proc p LEFT JOIN LATERAL unnest(p.proargtypes) WITH ORDINALITY AS a(t, i) ON true \
             WHERE p.pronamespace = 'public'::regnamespace \
               AND (p.proname LIKE 'orgctl\\_q\\_%' OR p.proname = 'orgctl_session') \
             GROUP BY p.oid, p.proname ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert!(functions.len() > 10, "the kept-planned statements are there: {functions:?}");
    for (name, types) in &functions {
        assert!(
            types.iter().all(|t| t == "bigint" || t == "text"),
            "{name}: argument types the pools cover: {types:?}"
        );
    }
    let nulls = |types: &[String]| -> Vec<Arg> {
        types.iter().map(|t| if t == "bigint" { Arg::Int(None) } else { Arg::Text(None) }).collect()
    };

    // What bolt's admin reads, and with which argument lists.
    let mut bob = w.client_of("bob@x.io");
    let mut tx = acting(&mut bob, Some(bolt), None);
    let mut readable = Vec::new();
    for (name, types) in &functions {
        let empty = answer(&mut tx, name, types, &nulls(types)).expect("a call with NULLs");
        let lists: Vec<Vec<Arg>> = argument_lists(types, &ints, &texts)
            .into_iter()
            .filter(|args| answer(&mut tx, name, types, args).is_some_and(|a| a != empty))
            .collect();
        assert!(!lists.is_empty(), "{name}: bolt's admin reads something with one of the argument lists");
        readable.push((name, types, empty, lists));
    }
    tx.rollback().unwrap();

    let mut alice = w.client_of("alice@x.io");
    for org in [acme, bolt] {
        let mut tx = acting(&mut alice, Some(org), None);
        for (name, types, empty, lists) in &readable {
            for args in lists {
                let a = answer(&mut tx, name, types, args);
                assert!(
                    a.is_none() || a.as_ref() == Some(empty),
                    "{name}{args:?} with app.org_id {org}: acme's admin reads {a:?}"
                );
            }
        }
        tx.rollback().unwrap();
    }
}
