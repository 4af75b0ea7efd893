//! The query plans of the hot statements on PostgreSQL, as the app login
//! sees them (row-level security and all, with the org set): a member's
//! lookup, a dashboard by slug and its grants for one user, the dashboard
//! list, the org row and its settings, a session's org row, membership and
//! settings read together, and the live grants of an org's dashboards (apply). In a store where the org read is a
//! small part of a big one, none of them may read a whole big table (a
//! `Seq Scan` on members, users, dashboards, their grants or team members,
//! the tables seeded by the thousand; teams and orgs fit a page here, and a
//! scan of one page is the plan to want), whether the server plans them for the values given (a custom
//! plan) or once for any values (a generic plan, which a prepared statement
//! gets after its fifth run, as in `apply`). `tests/load.rs` checks the
//! same statements' plans on SQLite.

use postgres::Client;

use crate::common::*;
use crate::pg_common;

/// The tables a plan may not read whole.
const BIG: [&str; 5] = ["members", "users", "dashboards", "dashboard_grants", "team_members"];

/// `live(t)` of store::lifecycle, with the server's clock.
fn live(t: &str) -> String {
    format!("({t}.expires IS NULL OR {t}.expires > CAST(floor(extract(epoch FROM now())) AS BIGINT))")
}

/// Every `Seq Scan` on a big table in a plan (`EXPLAIN (FORMAT JSON)`).
fn seq_scans(plan: &serde_json::Value, found: &mut Vec<String>) {
    match plan {
        serde_json::Value::Object(node) => {
            if node.get("Node Type").and_then(|v| v.as_str()) == Some("Seq Scan") {
                let table = node.get("Relation Name").and_then(|v| v.as_str()).unwrap_or("");
                if BIG.contains(&table) {
                    found.push(table.to_string());
                }
            }
            node.values().for_each(|v| seq_scans(v, found));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| seq_scans(v, found)),
        _ => {}
    }
}

/// Adds to `failures` what `plan` (of `what`, generic or custom) reads whole.
fn note_whole_reads(plan: &serde_json::Value, what: &str, generic: bool, failures: &mut Vec<String>) {
    let mut found = Vec::new();
    seq_scans(plan, &mut found);
    if !found.is_empty() {
        let kind = if generic { "generic" } else { "custom" };
        failures.push(format!("{what} ({kind} plan) reads {found:?} whole:\n{plan:#}"));
    }
}

/// The plan of `sql` (with `$1`, `$2` standing for `args`): custom when
/// `generic` is false, else the generic plan of the prepared statement.
fn plan(c: &mut Client, sql: &str, args: &[i64], generic: bool) -> serde_json::Value {
    explain(c, "FORMAT JSON", sql, args, generic)
}

/// [`plan`] with `EXPLAIN`'s `options` (`ANALYZE` runs the statement).
fn explain(c: &mut Client, options: &str, sql: &str, args: &[i64], generic: bool) -> serde_json::Value {
    let values: Vec<String> = args.iter().map(i64::to_string).collect();
    explain_typed(c, options, sql, &vec!["bigint".to_string(); args.len()], &values, generic)
}

/// [`explain`] with parameters of any type: their types and values as SQL.
fn explain_typed(
    c: &mut Client,
    options: &str,
    sql: &str,
    types: &[String],
    values: &[String],
    generic: bool,
) -> serde_json::Value {
    let mode = if generic { "force_generic_plan" } else { "force_custom_plan" };
    c.batch_execute(&format!("SET plan_cache_mode = {mode}; DEALLOCATE ALL")).unwrap();
    let types = types.join(", ");
    c.batch_execute(&format!("PREPARE hot ({types}) AS {sql}")).unwrap_or_else(|e| panic!("{sql}: {e}"));
    let values = values.join(", ");
    let execute = if values.is_empty() { "EXECUTE hot".to_string() } else { format!("EXECUTE hot ({values})") };
    let text = c
        .simple_query(&format!("EXPLAIN ({options}) {execute}"))
        .unwrap()
        .into_iter()
        .find_map(|m| match m {
            postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_owned),
            _ => None,
        })
        .expect("a plan");
    serde_json::from_str(&text).unwrap()
}

/// Users, two orgs (the big one holding most rows), teams, dashboards and
/// grants, written as the schema owner; the small org's id, and a member of
/// both orgs.
fn seed(c: &mut Client) -> Seeded {
    c.batch_execute(
        "INSERT INTO users (email, name, created_at) SELECT 'u' || i || '@x.io', 'User ' || i, 0 \
         FROM generate_series(1, 6000) i",
    )
    .unwrap();
    let user = |c: &mut Client, i: i64| -> i64 {
        c.query_one("SELECT id FROM users WHERE email = $1", &[&format!("u{i}@x.io")]).unwrap().get(0)
    };
    let mut ids = Vec::new();
    // Ten more orgs of ten: a shared server holds many orgs, and a plan
    // made once for any org (generic) expects an org's share of the rows.
    let tiny: Vec<(String, i32, i32, i32)> = (0..10).map(|i| (format!("tiny{i}"), 10, 1, 2)).collect();
    let orgs = [("big".to_string(), 6000, 60, 3000), ("small".to_string(), 30, 3, 40)].into_iter().chain(tiny);
    for (slug, members, teams, dashboards) in orgs {
        let mut tx = c.transaction().unwrap();
        let org: i64 = tx.query_one("SELECT nextval(pg_get_serial_sequence('orgs', 'id'))", &[]).unwrap().get(0);
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
        tx.execute(
            "INSERT INTO orgs (id, slug, name, created_at) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $2, 0)",
            &[&org, &slug],
        )
        .unwrap();
        let sql = format!(
            "INSERT INTO members (org_id, user_id, role, joined_at) \
             SELECT {org}, u.id, CASE WHEN i = 1 THEN 'admin' ELSE 'member' END, 0 \
             FROM generate_series(1, {members}) i JOIN users u ON u.email = 'u' || i || '@x.io'; \
             INSERT INTO org_security (org_id) VALUES ({org}); \
             INSERT INTO teams (org_id, slug, name, created_at) \
             SELECT {org}, 't' || i, 'Team ' || i, 0 FROM generate_series(1, {teams}) i; \
             INSERT INTO team_members (org_id, team_id, user_id) \
             SELECT {org}, t.id, m.user_id FROM teams t JOIN members m ON m.org_id = t.org_id \
             WHERE t.org_id = {org} AND m.user_id % {teams} = t.id % {teams}; \
             INSERT INTO dashboards (org_id, slug, title, visibility, owner_id, created_at) \
             SELECT {org}, 'd' || i, 'Dashboard ' || i, CASE WHEN i % 3 = 0 THEN 'org' ELSE 'restricted' END, \
                    (SELECT u.id FROM users u WHERE u.email = 'u' || (1 + i % {members}) || '@x.io'), 0 \
             FROM generate_series(1, {dashboards}) i; \
             INSERT INTO dashboard_grants (org_id, dashboard_id, team_id, permission) \
             SELECT {org}, d.id, t.id, 'view' FROM dashboards d JOIN teams t ON t.org_id = d.org_id \
             WHERE d.org_id = {org} AND t.id % {teams} = d.id % {teams}; \
             INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission) \
             SELECT {org}, d.id, m.user_id, 'edit' FROM dashboards d JOIN members m ON m.org_id = d.org_id \
             WHERE d.org_id = {org} AND m.user_id % {dashboards} = d.id % {dashboards};"
        );
        tx.batch_execute(&sql).unwrap_or_else(|e| panic!("seed {slug}: {e}"));
        tx.commit().unwrap();
        ids.push(org);
    }
    c.batch_execute("ANALYZE").unwrap();
    Seeded { big: ids[0], small: ids[1], me: user(c, 5) }
}

/// The orgs [`seed`] made: the big one, the small one, and a member of both.
struct Seeded {
    big: i64,
    small: i64,
    me: i64,
}

/// A database for `test`, `init` run on it as its owner, and seeded: the
/// database, the environment, the owner's URL and connection, the seed.
fn store(test: &str) -> Option<(pg_common::PgDb, Env, String, Client, Seeded)> {
    let (db, env, owner_url, mut owner) = initialised(test)?;
    let seeded = seed(&mut owner);
    Some((db, env, owner_url, owner, seeded))
}

/// A database for `test` with `init` run on it as its owner: the
/// database, the environment, the owner's URL and connection.
fn initialised(test: &str) -> Option<(pg_common::PgDb, Env, String, Client)> {
    let mut db = pg_common::db(test)?;
    let env = Env::new();
    let (owner_role, owner_password) = db.owner();
    let owner_url = db.url_as(&owner_role, &owner_password);
    env.ok(&["--db", &owner_url, "init"]);
    let owner = db.client_as(&owner_role, &owner_password);
    Some((db, env, owner_url, owner))
}

#[test]
fn the_hot_statements_read_no_big_table_whole() {
    let Some((mut db, env, owner_url, _owner, seeded)) = store("pg_plans::the_hot_statements_read_no_big_table_whole")
    else {
        return;
    };
    let (org, me) = (seeded.small, seeded.me);
    let (login, password) = db.app_login();
    env.ok(&["--db", &owner_url, "db", "link", &login, "u5@x.io"]);

    let mut app = db.client_as(&login, &password);
    app.batch_execute(&format!("BEGIN; SELECT set_config('app.org_id', '{org}', true)")).unwrap();
    let dashboard: i64 =
        app.query_one("SELECT id FROM dashboards WHERE org_id = $1 AND slug = 'd3'", &[&org]).unwrap().get(0);
    let dashboards = "SELECT d.id, d.slug, d.title, d.description, d.visibility, d.owner_id, u.email \
                      FROM dashboards d LEFT JOIN users u ON u.id = d.owner_id";
    let hot: Vec<(&str, String, Vec<i64>)> = vec![
        (
            "a member's lookup",
            "SELECT role, state, suspended_at, suspend_reason, suspended_until, expires, role_expires, fallback_role \
             FROM members WHERE org_id = $1 AND user_id = $2"
                .into(),
            vec![org, me],
        ),
        ("a dashboard by slug", format!("{dashboards} WHERE d.org_id = $1 AND d.slug = 'd3'"), vec![org]),
        (
            "a dashboard's grants for a user",
            format!(
                "SELECT NULL, permission FROM dashboard_grants g WHERE dashboard_id = $1 AND user_id = $2 AND {} \
                 UNION ALL \
                 SELECT t.slug, g.permission FROM team_members tm \
                   JOIN dashboard_grants g ON g.team_id = tm.team_id AND g.dashboard_id = $1 \
                   JOIN teams t ON t.id = tm.team_id \
                 WHERE tm.user_id = $2 AND {} AND {}",
                live("g"),
                live("g"),
                live("tm")
            ),
            vec![dashboard, me],
        ),
        ("the dashboard list", format!("{dashboards} WHERE d.org_id = $1 ORDER BY d.slug"), vec![org]),
        (
            "the org row",
            "SELECT o.id, o.slug, o.name, coalesce(b.plan, ''), b.billing_email, o.created_at \
             FROM orgs o LEFT JOIN LATERAL orgctl_org_billing(o.id) b ON true WHERE o.id = $1"
                .into(),
            vec![org],
        ),
        (
            "the org's settings",
            "SELECT allowed_domains, invite_max_lifetime, member_dashboards, connector_access, guest_domains, \
             grant_max_lifetime, audit_retention FROM org_security WHERE org_id = $1"
                .into(),
            vec![org],
        ),
        ("the member list", "SELECT m.user_id, m.role FROM members m WHERE m.org_id = $1".into(), vec![org]),
        (
            "the live grants on an org's dashboards (apply)",
            format!(
                "SELECT g.dashboard_id, NULL, g.user_id, g.permission FROM dashboard_grants g \
                 WHERE g.org_id = $1 AND g.user_id IS NOT NULL AND {live_g} \
                 UNION ALL \
                 SELECT g.dashboard_id, g.team_id, NULL, g.permission FROM teams t \
                 JOIN dashboard_grants g ON g.team_id = t.id WHERE t.org_id = $1 AND {live_g}",
                live_g = live("g")
            ),
            vec![org],
        ),
        (
            "the members of an org's teams (apply)",
            format!("SELECT tm.team_id, tm.user_id FROM team_members tm WHERE tm.org_id = $1 AND {}", live("tm")),
            vec![org],
        ),
        (
            "a session's org row, membership and settings in one (orgctl_session, for store::session)",
            function_query(&mut app, "orgctl_session"),
            vec![org, me],
        ),
    ];
    let mut failures = Vec::new();
    for (what, sql, args) in &hot {
        for generic in [false, true] {
            note_whole_reads(&plan(&mut app, sql, args, generic), what, generic, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The statements `init` keeps planned as functions (store::pg::hot) run
/// their generic plan many times in a pooled server process (and a
/// statement sent as it is, a custom one): neither reads a big table whole. Read from the functions
/// themselves, each with values of its parameters' types.
#[test]
fn the_statements_kept_planned_read_no_big_table_whole() {
    let Some((mut db, env, owner_url, mut owner, seeded)) =
        store("pg_plans::the_statements_kept_planned_read_no_big_table_whole")
    else {
        return;
    };
    let (login, password) = db.app_login();
    env.ok(&["--db", &owner_url, "db", "link", &login, "u5@x.io"]);
    let kept: Vec<(String, Vec<String>)> = owner
        .query(
            "SELECT proname::text, array(SELECT format_type(t, NULL) FROM unnest(proargtypes) t) \
             FROM pg_proc WHERE proname LIKE 'orgctl\\_q\\_%' AND pronamespace = 'public'::regnamespace",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert!(kept.len() >= 10, "{} statements kept planned", kept.len());
    let mut app = db.client_as(&login, &password);
    app.batch_execute(&format!("BEGIN; SELECT set_config('app.org_id', '{}', true)", seeded.small)).unwrap();
    let mut failures = Vec::new();
    for (name, types) in &kept {
        let sql = function_query(&mut app, name);
        let values: Vec<String> = types
            .iter()
            .map(|t| match t.as_str() {
                "bigint" => seeded.small.to_string(),
                "text" => "'d3'".to_string(),
                other => panic!("{name}: a parameter of type {other}: give the test a value for it"),
            })
            .collect();
        for generic in [false, true] {
            let p = explain_typed(&mut app, "FORMAT JSON", &sql, types, &values, generic);
            note_whole_reads(&p, &format!("{name}: {sql}"), generic, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The query of a PL/pgSQL function that returns one (`RETURN QUERY ...;`),
/// as the database holds it, with its parameters `p_*` numbered in order.
fn function_query(c: &mut Client, name: &str) -> String {
    let row = c
        .query_one(
            "SELECT prosrc, proargnames FROM pg_proc WHERE proname = $1 AND pronamespace = 'public'::regnamespace",
            &[&name],
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let (source, args): (String, Option<Vec<String>>) = (row.get(0), row.get(1));
    let args = args.unwrap_or_default();
    let start = source.find("RETURN QUERY").unwrap_or_else(|| panic!("{name} returns no query")) + "RETURN QUERY".len();
    let end = start + source[start..].find(';').expect("the query ends");
    let mut query = source[start..end].to_string();
    for (i, arg) in args.iter().enumerate().filter(|(_, a)| a.starts_with("p_")) {
        assert!(query.contains(arg.as_str()), "{name}'s query reads its parameter {arg}");
        query = query.replace(arg.as_str(), &format!("${}", i + 1));
    }
    query
}

/// The rows a plan run with `ANALYZE` read from `table`: those its scans
/// returned and those they filtered out.
fn rows_read(plan: &serde_json::Value, table: &str) -> u64 {
    match plan {
        serde_json::Value::Object(node) => {
            let own = if node.get("Relation Name").and_then(|v| v.as_str()) == Some(table) {
                ["Actual Rows", "Rows Removed by Filter", "Rows Removed by Index Recheck"]
                    .iter()
                    .filter_map(|k| node.get(*k).and_then(|v| v.as_u64()))
                    .sum()
            } else {
                0
            };
            own + node.values().map(|v| rows_read(v, table)).sum::<u64>()
        }
        serde_json::Value::Array(items) => items.iter().map(|v| rows_read(v, table)).sum(),
        _ => 0,
    }
}

/// Before every write, `orgctl_sweep` asks whether anything has ended in
/// the org (its first statement, copied here a kind at a time: keep them
/// in step). Where nothing has, the answer must come from the indexes of
/// what ends (migration 13), the earliest end of each kind, not from
/// reading the org's thousands of memberships, team memberships and grants
/// one by one, in the plan made for the values given or for any (which
/// the function's statement gets after its fifth run: the `EXISTS` it
/// replaced read every membership of every org in that one). Some rows end
/// later, so the indexes are not empty.
#[test]
fn the_sweep_reads_nothing_when_nothing_ended() {
    let Some((_db, _env, _, mut owner, seeded)) = store("pg_plans::the_sweep_reads_nothing_when_nothing_ended") else {
        return;
    };
    let big = seeded.big;
    let later = 4_000_000_000_i64;
    owner
        .batch_execute(&format!(
            "BEGIN; SELECT set_config('app.org_id', '{big}', true); \
             UPDATE members SET expires = {later} WHERE org_id = {big} AND user_id % 500 = 7; \
             UPDATE members SET role_expires = {later}, fallback_role = 'member' WHERE org_id = {big} AND user_id % 700 = 8; \
             UPDATE team_members SET expires = {later} WHERE org_id = {big} AND user_id % 400 = 9; \
             UPDATE dashboard_grants SET expires = {later} WHERE org_id = {big} AND id % 300 = 10; \
             COMMIT; ANALYZE"
        ))
        .unwrap();
    // As orgctl_sweep runs it: as the schema owner (it is SECURITY
    // DEFINER), with the org set.
    let app = &mut owner;
    app.batch_execute(&format!("BEGIN; SELECT set_config('app.org_id', '{big}', true)")).unwrap();
    let now: i64 = app.query_one("SELECT CAST(floor(extract(epoch FROM now())) AS BIGINT)", &[]).unwrap().get(0);
    let checks = [
        (
            "members",
            "SELECT coalesce((SELECT min(m.role_expires) FROM members m WHERE m.org_id = $1) <= $2 \
             OR (SELECT min(m.expires) FROM members m WHERE m.org_id = $1) <= $2 \
             OR (SELECT min(m.suspended_until) FROM members m WHERE m.org_id = $1 AND m.state = 'suspended') <= $2, \
             false)",
        ),
        ("team_members", "SELECT (SELECT min(tm.expires) FROM team_members tm WHERE tm.org_id = $1) <= $2"),
        ("dashboard_grants", "SELECT (SELECT min(g.expires) FROM dashboard_grants g WHERE g.org_id = $1) <= $2"),
        ("connector_grants", "SELECT (SELECT min(g.expires) FROM connector_grants g WHERE g.org_id = $1) <= $2"),
    ];
    let stored: i64 = app.query_one("SELECT count(*) FROM members WHERE org_id = $1", &[&big]).unwrap().get(0);
    assert!(stored >= 6000, "the big org holds its members ({stored})");
    let mut failures = Vec::new();
    for (table, sql) in checks {
        for generic in [false, true] {
            let p = explain(app, "ANALYZE, FORMAT JSON", sql, &[big, now], generic);
            let read = rows_read(&p, table);
            // The earliest ending of each kind (one row per index) and no more.
            if read > 3 {
                let kind = if generic { "generic" } else { "custom" };
                failures.push(format!("{table} ({kind} plan): {read} rows read to find none ended:\n{p:#}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Who is acting, their email, role, teams and invites are asked by every
/// policy, many times a command: in a store of a few hundred users,
/// members, team members and invites (a team's server), where the planner
/// left alone reads such a table whole, each call must still find its rows
/// by key, for an impersonating login as for the app's own queries. (The
/// user's id was once matched with a pattern test on every row of `users`
/// read: 0.25 ms a call at 225 users.)
#[test]
fn the_acting_user_and_their_standing_are_found_by_key_in_a_small_store() {
    let Some((mut db, env, owner_url, mut owner)) =
        initialised("pg_plans::the_acting_user_and_their_standing_are_found_by_key_in_a_small_store")
    else {
        return;
    };
    owner
        .batch_execute(
            "INSERT INTO users (email, name, created_at) SELECT 'u' || i || '@x.io', 'User ' || i, 0 \
             FROM generate_series(1, 300) i",
        )
        .unwrap();
    let mut tx = owner.transaction().unwrap();
    let org: i64 = tx.query_one("SELECT nextval(pg_get_serial_sequence('orgs', 'id'))", &[]).unwrap().get(0);
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    tx.execute(
        "INSERT INTO orgs (id, slug, name, created_at) OVERRIDING SYSTEM VALUE VALUES ($1, 'o', 'O', 0)",
        &[&org],
    )
    .unwrap();
    tx.batch_execute(&format!(
        "INSERT INTO members (org_id, user_id, role, joined_at) \
         SELECT {org}, u.id, CASE WHEN u.email = 'u1@x.io' THEN 'admin' ELSE 'member' END, 0 \
         FROM users u WHERE u.id % 2 = 1 OR u.email = 'u7@x.io'; \
         INSERT INTO teams (org_id, slug, name, created_at) SELECT {org}, 't' || i, 'T' || i, 0 FROM generate_series(0, 4) i; \
         INSERT INTO team_members (org_id, team_id, user_id) \
         SELECT {org}, t.id, m.user_id FROM members m JOIN teams t ON t.org_id = m.org_id AND t.slug = 't' || (m.user_id % 5); \
         INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
         SELECT {org}, 'i' || i || '@x.io', 'member', sha256(int8send(i)), 'pending', 0, 4000000000, i \
         FROM generate_series(1, 300) i; \
         INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
         VALUES ({org}, 'u7@x.io', 'member', sha256('u7'), 'pending', 0, 4000000000, 301)"
    ))
    .unwrap();
    tx.commit().unwrap();
    owner.batch_execute("ANALYZE").unwrap();
    let me: i64 = pg_common::one(&mut owner, "SELECT id FROM users WHERE email = 'u7@x.io'");
    owner.execute("SELECT set_config('app.org_id', $1, false)", &[&org.to_string()]).unwrap();
    let team: i64 = owner
        .query_one("SELECT team_id FROM team_members WHERE org_id = $1 AND user_id = $2", &[&org, &me])
        .unwrap()
        .get(0);
    let invite: i64 =
        owner.query_one("SELECT id FROM invites WHERE org_id = $1 AND email = 'u7@x.io'", &[&org]).unwrap().get(0);
    let (login, password) = db.app_login();
    env.ok(&["--db", &owner_url, "db", "link", &login, "--impersonate"]);

    let mut app = db.client_as(&login, &password);
    app.batch_execute(&format!(
        "BEGIN; SELECT set_config('app.user_id', '{me}', true), set_config('app.org_id', '{org}', true)"
    ))
    .unwrap();
    let tables = ["invites", "logins", "members", "team_members", "users"];
    let scans = |c: &mut Client| -> Vec<(String, i64)> {
        c.query(
            "SELECT relname::text, seq_scan FROM pg_stat_xact_user_tables WHERE relname = ANY ($1) ORDER BY relname",
            &[&&tables[..]],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
    };
    let ask = "SELECT orgctl_acting_user(), orgctl_acting_email(), orgctl_role_in($1), orgctl_my_teams($1), \
               orgctl_fresh_standing($1, 'member'), orgctl_is_invited($1), (SELECT invite_ids FROM orgctl_my_invites($1))";
    let before = scans(&mut app);
    for _ in 0..5 {
        let row = app.query_one(ask, &[&org]).unwrap();
        assert_eq!(row.get::<_, Option<i64>>(0), Some(me), "the impersonated user acts");
        assert_eq!(row.get::<_, Option<String>>(1).as_deref(), Some("u7@x.io"), "their email");
        assert_eq!(row.get::<_, Option<String>>(2).as_deref(), Some("member"), "their role in the org");
        assert_eq!(row.get::<_, Vec<i64>>(3), vec![team], "their teams");
        assert_eq!(row.get::<_, Option<bool>>(4), Some(true), "they stand as a member");
        assert_eq!(row.get::<_, Option<bool>>(5), Some(true), "they were invited");
        assert_eq!(row.get::<_, Vec<i64>>(6), vec![invite], "their invites");
    }
    let after = scans(&mut app);
    assert_eq!(before.len(), tables.len(), "the tables' counters: {before:?}");
    assert_eq!(after, before, "sequential scans while asking who acts and where they stand (before, after)");
    // Anything but a user's id in the setting is no user, and no standing.
    for bad in ["", "7x", "99999999999999999999", " 7", "-1", "999999"] {
        app.execute("SELECT set_config('app.user_id', $1, true)", &[&bad]).unwrap();
        let row = app.query_one(ask, &[&org]).unwrap();
        assert_eq!(row.get::<_, Option<i64>>(0), None, "app.user_id = {bad:?} is no user");
        assert_eq!(row.get::<_, Option<String>>(1), None, "app.user_id = {bad:?} has no email");
        assert_eq!(row.get::<_, Option<String>>(2), None, "app.user_id = {bad:?} holds no role");
        assert!(row.get::<_, Vec<i64>>(3).is_empty(), "app.user_id = {bad:?} is in no team");
        assert_eq!(row.get::<_, Option<bool>>(4), Some(false), "app.user_id = {bad:?} stands nowhere");
        assert_eq!(row.get::<_, Option<bool>>(5), Some(false), "app.user_id = {bad:?} was not invited");
        assert!(row.get::<_, Vec<i64>>(6).is_empty(), "app.user_id = {bad:?} has no invites");
    }
}

/// An org of `n` users, all members (`u1@x.io` its admin), written in
/// `tx` as the schema owner; its id.
fn org_of_members(tx: &mut postgres::Transaction, n: i64) -> i64 {
    let org: i64 = tx.query_one("SELECT nextval(pg_get_serial_sequence('orgs', 'id'))", &[]).unwrap().get(0);
    tx.batch_execute(&format!(
        "SELECT set_config('app.org_id', '{org}', true); \
         INSERT INTO orgs (id, slug, name, created_at) OVERRIDING SYSTEM VALUE VALUES ({org}, 'o', 'O', 0); \
         INSERT INTO users (email, name, created_at) SELECT 'u' || i || '@x.io', 'User ' || i, 0 FROM generate_series(1, {n}) i; \
         INSERT INTO members (org_id, user_id, role, joined_at) \
         SELECT {org}, id, CASE WHEN email = 'u1@x.io' THEN 'admin' ELSE 'member' END, 0 FROM users"
    ))
    .unwrap();
    org
}

/// The memberships the transaction has read so far, by index or whole.
fn memberships_read(tx: &mut postgres::Transaction) -> i64 {
    tx.query_one(
        "SELECT coalesce(sum(idx_tup_fetch + seq_tup_read), 0)::bigint FROM pg_stat_xact_user_tables \
         WHERE relname = 'members'",
        &[],
    )
    .unwrap()
    .get(0)
}

/// A store filled a moment ago has no statistics until autovacuum reads
/// it (`apply` into an empty store, then every command of the next
/// minute). Each team membership, user grant and dashboard owner written
/// then checks its membership through the foreign key, and each policy
/// asks the acting user's: each must read about one membership, not the
/// whole org's (an index by org alone matched those lookups on their org,
/// and without statistics the planner took it: 1,000 team memberships
/// read a 1,000-member org's memberships 1,000 times).
#[test]
fn a_store_without_statistics_finds_each_membership_by_key() {
    let Some((_db, _env, _, mut owner)) =
        initialised("pg_plans::a_store_without_statistics_finds_each_membership_by_key")
    else {
        return;
    };
    let mut tx = owner.transaction().unwrap();
    let never: i64 = tx
        .query_one("SELECT count(*) FROM pg_class WHERE relname IN ('members', 'team_members') AND reltuples < 0", &[])
        .unwrap()
        .get(0);
    assert_eq!(never, 2, "the new store's tables were never analyzed");
    let org = org_of_members(&mut tx, 1000);
    tx.execute("INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 't', 'T', 0)", &[&org]).unwrap();
    let before = memberships_read(&mut tx);
    let added = tx
        .execute(
            "INSERT INTO team_members (org_id, team_id, user_id) \
             SELECT m.org_id, t.id, m.user_id FROM members m JOIN teams t ON t.org_id = m.org_id WHERE m.org_id = $1",
            &[&org],
        )
        .unwrap();
    let read = memberships_read(&mut tx) - before;
    assert_eq!(added, 1000);
    // The insert's own read of the org's 1,000 memberships, and one for
    // each foreign key check (a few more: the planner's own probes).
    assert!(read <= 2 * 1000 + 100, "1,000 team memberships read {read} memberships");
    tx.rollback().unwrap();
}

/// The same without statistics, as the app login: reading one member's row
/// with their teams (`member add` and `member show`'s receipt, a statement
/// kept planned) reads a handful of memberships, not the org's. The users'
/// policy asks, for each user read, whether they are a member of the org
/// set; with the policies bound to their org (schema 16) a store without
/// statistics first hashed the whole org's memberships for it (2 ms a
/// command in an org of 10,000).
#[test]
fn a_member_s_row_is_read_by_key_in_a_store_without_statistics() {
    let Some((mut db, env, owner_url, mut owner)) =
        initialised("pg_plans::a_member_s_row_is_read_by_key_in_a_store_without_statistics")
    else {
        return;
    };
    // Statistics stay out of the way for the test's length: autovacuum
    // would otherwise analyze the new rows a minute later.
    owner
        .batch_execute(
            "ALTER TABLE members SET (autovacuum_enabled = off); ALTER TABLE users SET (autovacuum_enabled = off); \
             ALTER TABLE team_members SET (autovacuum_enabled = off)",
        )
        .unwrap();
    let org = {
        let mut tx = owner.transaction().unwrap();
        let org = org_of_members(&mut tx, 1000);
        tx.commit().unwrap();
        org
    };
    let (login, password) = db.app_login();
    env.ok(&["--db", &owner_url, "db", "link", &login, "u1@x.io"]);
    // The kept statements that read one member's row with their teams
    // (members::GET and members::GET_ROW).
    let names: Vec<String> = owner
        .query(
            "SELECT proname::text FROM pg_proc WHERE proname LIKE 'orgctl\\_q\\_%' AND prosrc LIKE '%string_agg(t.slug%' \
             AND prosrc LIKE '%FROM members m JOIN users u%'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let mut app = db.client_as(&login, &password);
    let mut tx = app.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    let user: i64 = tx.query_one("SELECT id FROM users WHERE email = 'u500@x.io'", &[]).unwrap().get(0);
    for name in &names {
        let before = memberships_read(&mut tx);
        let email: String = tx.query_one(&format!("SELECT * FROM {name}($1, $2)"), &[&org, &user]).unwrap().get(0);
        let read = memberships_read(&mut tx) - before;
        assert_eq!(email, "u500@x.io");
        assert!(read <= 20, "{name}: one member's row read {read} memberships of the org's 1,000");
    }
    let analyzed: i64 = tx
        .query_one("SELECT count(*) FROM pg_class WHERE relname IN ('members', 'users') AND reltuples >= 0", &[])
        .unwrap()
        .get(0);
    assert_eq!(analyzed, 0, "the store was never analyzed (the test's premise)");
}
