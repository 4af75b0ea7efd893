//! `orgctl init` on PostgreSQL: the schema, roles and policies made once,
//! refusals that leave the database untouched, connection problems as store
//! errors with hints and without the password, and the other commands'
//! honest refusal (PostgreSQL runs `init` only so far).

use crate::common::*;
use crate::pg_common::{self, one};

/// A password that must never appear in any output.
const SECRET: &str = "S3cr3t-Pa55";

fn assert_no_secret(out: &std::process::Output) {
    let all = format!("{}{}", stdout(out), stderr(out));
    assert!(!all.contains(SECRET), "the password leaked:\n{all}");
}

/// The schema version `init` gives a SQLite store (a file of its own, also
/// when the suite runs on PostgreSQL).
fn latest_sqlite_schema(env: &Env) -> i32 {
    let lite = env.path("lite.db");
    env.ok(&["--db", lite.to_str().expect("utf-8 path"), "init"]);
    let c = rusqlite::Connection::open(&lite).expect("open the SQLite store");
    c.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("user_version")
}

#[test]
fn init_creates_the_schema_roles_and_policies_once() {
    let Some(db) = pg_common::db("pg_init::init_creates_the_schema_roles_and_policies_once") else { return };
    let env = Env::new();
    let url = db.url();
    let out = env.run(&["--db", &url, "init"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let first = stdout(&out).lines().next().unwrap_or_default().to_string();
    assert!(
        first.starts_with("postgresql://") && first.ends_with(&db.name) || first.contains(&format!("/{}?", db.name)),
        "the first line names the store\n{}",
        describe(&out)
    );
    let quiet = env.ok(&["-q", "--db", &url, "init"]);
    assert_eq!(quiet.trim_end(), first, "-q prints the store alone");
    assert!(stderr(&out).contains("Created the orgctl schema"), "{}", describe(&out));

    let mut c = db.client();
    let version: i32 = one(&mut c, "SELECT version FROM orgctl_schema");
    assert_eq!(version, latest_sqlite_schema(&env), "both engines are at the same schema version");

    // Row-level security is enabled and forced on every table holding org
    // data (every table with org_id, and orgs itself) and on users.
    let unprotected: Vec<String> = c
        .query(
            "SELECT c.relname::text FROM pg_class c \
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> 'orgctl_schema' \
               AND NOT (c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)) \
             ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(unprotected.is_empty(), "tables without forced row-level security: {unprotected:?}");
    let org_tables: i64 = one(
        &mut c,
        "SELECT count(DISTINCT table_name) FROM information_schema.columns \
         WHERE table_schema = 'public' AND column_name = 'org_id'",
    );
    assert!(org_tables >= 11, "{org_tables} tables with org_id");

    // The group role: no login, no bypass, owns nothing.
    let (login, superuser, bypass): (bool, bool, bool) = {
        let r = c
            .query_one("SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'orgctl_app'", &[])
            .unwrap();
        (r.get(0), r.get(1), r.get(2))
    };
    assert_eq!((login, superuser, bypass), (false, false, false));
    let owned: i64 = one(
        &mut c,
        "SELECT (SELECT count(*) FROM pg_class WHERE relowner = 'orgctl_app'::regrole) \
              + (SELECT count(*) FROM pg_proc WHERE proowner = 'orgctl_app'::regrole)",
    );
    assert_eq!(owned, 0, "orgctl_app owns nothing");

    // The functions: SECURITY DEFINER, search_path pinned, for orgctl_app only.
    let functions = c
        .query(
            "SELECT proname::text, prosecdef, array_to_string(proconfig, ','), \
                    has_function_privilege('orgctl_app', oid, 'EXECUTE'), \
                    has_function_privilege('public', oid, 'EXECUTE') \
             FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname NOT LIKE 'orgctl\\_q\\_%' ORDER BY 1",
            &[],
        )
        .unwrap();
    let names: Vec<String> = functions.iter().map(|r| r.get(0)).collect();
    assert_eq!(
        names,
        [
            "orgctl_accept_invite",
            "orgctl_acting_email",
            "orgctl_acting_user",
            "orgctl_answered",
            "orgctl_audit",
            "orgctl_audit_many",
            "orgctl_audit_prune",
            "orgctl_can_use_connector",
            "orgctl_can_view_dashboard",
            "orgctl_chat_count",
            "orgctl_chats_of",
            "orgctl_connector_url",
            "orgctl_create_org",
            "orgctl_dashboard_slug_taken",
            "orgctl_departed",
            "orgctl_founding",
            "orgctl_fresh_standing",
            "orgctl_guard_dashboard",
            "orgctl_guard_invite",
            "orgctl_hand_over",
            "orgctl_holds_dashboard_grant",
            "orgctl_integration_url",
            "orgctl_internal_append",
            "orgctl_internal_append_many",
            "orgctl_internal_audited",
            "orgctl_internal_check_domain",
            "orgctl_internal_drop_chats",
            "orgctl_internal_keep_admin",
            "orgctl_internal_note_changes",
            "orgctl_internal_record_changes",
            "orgctl_internal_role_now",
            "orgctl_invite_by_token",
            "orgctl_is_admin",
            "orgctl_is_guest",
            "orgctl_is_invited",
            "orgctl_is_linked",
            "orgctl_is_maintainer",
            "orgctl_is_member",
            "orgctl_memberships",
            "orgctl_my_invites",
            "orgctl_my_teams",
            "orgctl_next_number",
            "orgctl_note_departure",
            "orgctl_org_billing",
            "orgctl_org_by_slug",
            "orgctl_role_in",
            "orgctl_sees_dashboard",
            "orgctl_session",
            "orgctl_set_user_name",
            "orgctl_store_counter",
            "orgctl_sweep",
            "orgctl_user_by_email",
            "orgctl_users_by_email",
            "orgctl_whoami",
        ],
        "the lookups that run before the org is known, who is acting (logins), the writers that check what \
         they write (org create, invite accept, audit entries and their pruning, counters), the triggers and their helpers"
    );
    for r in &functions {
        let (name, definer, config, app, public): (String, bool, String, bool, bool) =
            (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4));
        // The invite guard runs as its caller (to tell orgctl_accept_invite
        // from a login's own UPDATE); the lifecycle predicate is a function
        // of its arguments; the session's read is the login's own statement,
        // kept as a function for its plan.
        let invoker = ["orgctl_guard_invite", "orgctl_guard_dashboard", "orgctl_internal_role_now", "orgctl_session"]
            .contains(&name.as_str());
        assert_eq!(definer, !invoker, "{name} is SECURITY DEFINER (or deliberately not)");
        // The sweep's plans are made once for any org and time (its indexes
        // serve them), and so is the session's read; who acts and their
        // role are looked up by key whatever the statistics (pg_plans.rs);
        // every function pins its search path.
        let expected = match name.as_str() {
            "orgctl_sweep" | "orgctl_session" => "search_path=pg_catalog, pg_temp,plan_cache_mode=force_generic_plan",
            "orgctl_acting_user"
            | "orgctl_acting_email"
            | "orgctl_role_in"
            | "orgctl_my_teams"
            | "orgctl_fresh_standing"
            | "orgctl_is_invited"
            | "orgctl_my_invites"
            | "orgctl_answered" => "search_path=pg_catalog, pg_temp,enable_seqscan=off",
            _ => "search_path=pg_catalog, pg_temp",
        };
        assert_eq!(config, expected, "{name}");
        assert!(!public, "{name}: no EXECUTE for PUBLIC");
        assert_eq!(app, !name.starts_with("orgctl_internal_"), "{name}: EXECUTE for orgctl_app but the internal ones");
    }

    // The statements kept planned (store::pg::hot): each a function that
    // runs its one query as its caller, search path pinned, for orgctl_app.
    let kept = c
        .query(
            "SELECT proname::text, prosecdef, array_to_string(proconfig, ','), prosrc, \
                    has_function_privilege('orgctl_app', oid, 'EXECUTE'), \
                    has_function_privilege('public', oid, 'EXECUTE') \
             FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'orgctl\\_q\\_%'",
            &[],
        )
        .unwrap();
    assert!(kept.len() >= 10, "{} statements kept planned", kept.len());
    for r in &kept {
        let (name, definer, config, source, app, public): (String, bool, String, String, bool, bool) =
            (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
        assert!(!definer, "{name} runs as its caller");
        assert_eq!(config, "search_path=public, pg_temp,plan_cache_mode=force_generic_plan", "{name}");
        assert!(app && !public, "{name}: EXECUTE for orgctl_app only");
        let body: Vec<&str> = source.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(body.len(), 4, "{name}: one query and nothing else:\n{source}");
        assert!(body[2].starts_with("RETURN QUERY SELECT ") && body[2].ends_with(';'), "{name}: {source}");
        assert_eq!(body[2].matches(';').count(), 1, "{name}: {source}");
    }

    // Again: nothing to do, nothing written.
    let before: i64 = one(&mut c, "SELECT xmin::text::bigint FROM orgctl_schema");
    let out = env.run(&["--db", &url, "init"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stderr(&out).contains("Nothing to do"), "{}", describe(&out));
    let v = env.json(&["--db", &url, "init"]);
    assert_keys(&v, &["path", "action", "schema"]);
    assert_eq!(v["action"], "unchanged");
    assert_eq!(v["schema"], i64::from(version));
    let after: i64 = one(&mut c, "SELECT xmin::text::bigint FROM orgctl_schema");
    assert_eq!(before, after, "a second init writes nothing");

    // Roles and policies set up by another orgctl (same schema version):
    // init applies this orgctl's again, and says so.
    let digest: String = one(&mut c, "SELECT access FROM orgctl_schema");
    assert_eq!(digest.len(), 64, "a SHA-256 of the access file: {digest}");
    c.batch_execute("UPDATE orgctl_schema SET access = 'older'; DROP FUNCTION orgctl_org_by_slug(text)").unwrap();
    let v = env.json(&["--db", &url, "init"]);
    assert_ne!(v["action"], "unchanged", "{v}");
    assert_eq!(one::<String>(&mut c, "SELECT access FROM orgctl_schema"), digest);
    let back: bool = one(&mut c, "SELECT to_regprocedure('orgctl_org_by_slug(text)') IS NOT NULL");
    assert!(back, "the dropped lookup function is back");
    assert_eq!(env.json(&["--db", &url, "init"])["action"], "unchanged");
}

/// No login may create objects where orgctl's functions live (one of its
/// own, under a name orgctl calls, would run in every other login's
/// commands). A database made by an older server lets everyone create in
/// `public`: `init` closes it when its role may, and refuses otherwise.
#[test]
fn a_public_schema_open_to_create_is_closed_by_init_or_refused() {
    let Some(mut db) = pg_common::db("pg_init::a_public_schema_open_to_create_is_closed_by_init_or_refused") else {
        return;
    };
    let env = Env::new();
    let (owner, owner_password) = db.owner();
    let owner_url = db.url_as(&owner, &owner_password);
    let mut su = db.client();
    let open = "SELECT has_schema_privilege('orgctl_app', 'public', 'CREATE')";
    su.batch_execute("GRANT CREATE ON SCHEMA public TO PUBLIC").unwrap();

    // The database's owner owns `public` (PostgreSQL 15): init closes it.
    env.ok(&["--db", &owner_url, "init"]);
    assert!(!one::<bool>(&mut su, open), "no login of orgctl_app may create in public after init");

    // A `public` the owner does not own, opened again: refused, and nothing applied.
    su.batch_execute(
        "ALTER SCHEMA public OWNER TO CURRENT_USER; GRANT CREATE ON SCHEMA public TO PUBLIC; \
         UPDATE orgctl_schema SET access = 'older'",
    )
    .unwrap();
    let out = env.fails(&["--db", &owner_url, "init"], 6);
    assert!(stderr(&out).contains("may create objects in the schema public"), "{}", describe(&out));
    assert!(stderr(&out).contains("REVOKE CREATE ON SCHEMA public FROM PUBLIC"), "{}", describe(&out));
    assert!(!stderr(&out).contains(&owner_password), "{}", describe(&out));
    assert_eq!(one::<String>(&mut su, "SELECT access FROM orgctl_schema"), "older", "nothing was applied");
    assert!(one::<bool>(&mut su, open));

    // Closed by a superuser (who lets the owner create there), init goes through.
    su.batch_execute(&format!("REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT CREATE ON SCHEMA public TO {owner}"))
        .unwrap();
    env.ok(&["--db", &owner_url, "init"]);
    assert!(!one::<bool>(&mut su, open));
}

#[test]
fn init_takes_the_url_from_orgctl_db_too() {
    let Some(db) = pg_common::db("pg_init::init_takes_the_url_from_orgctl_db_too") else { return };
    let env = Env::new();
    let out = env.std_cmd(&["--json", "init"]).env("ORGCTL_DB", db.url()).output().expect("run orgctl");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let v = parse_json(&stdout(&out), &["init"]);
    assert_eq!(v["action"], "created");
    let version: i32 = one(&mut db.client(), "SELECT version FROM orgctl_schema");
    assert_eq!(i64::from(version), v["schema"].as_i64().unwrap());
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let Some(db) = pg_common::db("pg_init::a_newer_schema_is_refused_untouched") else { return };
    let env = Env::new();
    let url = db.url();
    env.ok(&["--db", &url, "init"]);
    let mut c = db.client();
    c.batch_execute("UPDATE orgctl_schema SET version = 99").unwrap();
    let tables: i64 = one(&mut c, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    let err = env.json_err(&["--db", &url, "init"], 6);
    assert_error_kind(&err, "store");
    let message = err["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("newer orgctl") && message.contains("99"), "{err}");
    let out = env.fails(&["--db", &url, "init"], 6);
    assert!(stderr(&out).contains("hint: upgrade orgctl"), "{}", describe(&out));
    assert_eq!(one::<i32>(&mut c, "SELECT version FROM orgctl_schema"), 99, "left untouched");
    let after: i64 = one(&mut c, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    assert_eq!(tables, after);
}

#[test]
fn init_refuses_a_database_that_holds_other_tables() {
    let Some(db) = pg_common::db("pg_init::init_refuses_a_database_that_holds_other_tables") else { return };
    let env = Env::new();
    let mut c = db.client();
    c.batch_execute("CREATE TABLE invoices (id bigint)").unwrap();
    let out = env.fails(&["--db", &db.url(), "init"], 6);
    assert!(stderr(&out).contains("no orgctl schema; it was left untouched"), "{}", describe(&out));
    assert!(stderr(&out).contains("hint: give orgctl an empty database"), "{}", describe(&out));
    let ours: bool = one(&mut c, "SELECT to_regclass('public.orgctl_schema') IS NOT NULL");
    assert!(!ours);
}

/// Many inits at once, on one database and on two (the role is the
/// cluster's): one creates, the others find nothing to do, none fails.
#[test]
fn concurrent_inits_make_one_schema() {
    let Some(first) = pg_common::db("pg_init::concurrent_inits_make_one_schema") else { return };
    let Some(second) = pg_common::db("pg_init::concurrent_inits_make_one_schema (second database)") else { return };
    let env = Env::new();
    let children: Vec<_> = [first.url(), second.url()]
        .iter()
        .flat_map(|url| (0..4).map(move |_| url.clone()))
        .map(|url| {
            let child = env
                .std_cmd(&["--db", &url, "init"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn();
            (url, child.expect("spawn orgctl"))
        })
        .collect();
    let mut created = std::collections::HashMap::new();
    for (url, child) in children {
        let out = child.wait_with_output().expect("wait for orgctl");
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        if stderr(&out).contains("Created") {
            *created.entry(url).or_insert(0) += 1;
        } else {
            assert!(stderr(&out).contains("Nothing to do"), "{}", describe(&out));
        }
    }
    assert_eq!(created.len(), 2, "{created:?}");
    assert!(created.values().all(|n| *n == 1), "{created:?}");
}

#[test]
fn an_owner_without_rights_on_the_schema_is_told_who_may_init() {
    let Some(mut db) = pg_common::db("pg_init::an_owner_without_rights_on_the_schema_is_told_who_may_init") else {
        return;
    };
    let env = Env::new();
    let (user, password) = db.role("");
    let out = env.fails(&["--db", &db.url_as(&user, &password), "init"], 6);
    assert!(stderr(&out).contains("hint: run `orgctl init` connected as the database owner"), "{}", describe(&out));
    assert!(!stderr(&out).contains(&password), "{}", describe(&out));
}

/// Needs no server: a server that is down is a store error with a hint,
/// for `init` and for every other command (never a fallback to a SQLite
/// file or a scratch store), and the password shows nowhere.
#[test]
fn a_server_that_is_down_is_a_store_error_without_the_password() {
    let env = Env::new();
    let manifest = env.path("m.toml");
    std::fs::write(&manifest, "[[orgs]]\nslug = \"acme\"\n").unwrap();
    let manifest = manifest.display().to_string();
    // No socket in that folder: nothing listens.
    let down = format!("postgresql://orgctl:{SECRET}@/orgctl?host=/nonexistent-orgctl-socket-dir");
    for args in [
        vec!["init"],
        vec!["--as", ALICE, "org", "list"],
        vec!["--as", ALICE, "apply", "--dry-run", "-f", &manifest],
        vec!["db", "check"],
    ] {
        let mut full = vec!["--db", &down];
        full.extend(args.iter().copied());
        let out = env.fails(&full, 6);
        assert!(stderr(&out).contains("cannot reach the PostgreSQL server"), "{}", describe(&out));
        assert!(stderr(&out).contains("hint: is the server running?"), "{}", describe(&out));
        assert_no_secret(&out);
    }
    let err = env.json_err(&["--db", &down, "init"], 6);
    assert_error_kind(&err, "store");
    assert!(!err.to_string().contains(SECRET), "{err}");
    // A secret in the query string is masked as well.
    let down = format!("postgresql://orgctl@/orgctl?host=/nonexistent-orgctl-socket-dir&password={SECRET}");
    let out = env.fails(&["--db", &down, "whoami"], 6);
    assert!(stderr(&out).contains("hint: is the server running?"), "{}", describe(&out));
    assert_no_secret(&out);
    // An invalid URL is a usage error, and keeps its secret too.
    let out = env.fails(&["--db", &format!("postgresql://orgctl:{SECRET}@db:notaport/orgctl"), "init"], 2);
    assert!(stderr(&out).contains("not a valid PostgreSQL URL"), "{}", describe(&out));
    assert_no_secret(&out);
    // `db path` names the store without its password; `logout` and
    // `completions` need no store and still run.
    let shown = env.ok(&["--db", &down, "db", "path"]);
    assert!(shown.starts_with("postgresql://") && !shown.contains(SECRET), "{shown}");
    env.ok(&["--db", &down, "logout"]);
    env.ok(&["--db", &down, "completions", "bash"]);
    // No SQLite file was made in the working folder or the data folder.
    assert!(!env.path("data/orgctl").exists() && !env.path("orgctl.db").exists(), "a SQLite store was created");
}

#[test]
fn connection_problems_are_store_errors_with_hints_and_no_password() {
    let Some(db) = pg_common::db("pg_init::connection_problems_are_store_errors_with_hints_and_no_password") else {
        return;
    };
    let env = Env::new();
    let with_secret = |url: String| -> String {
        // postgresql://user@host/... -> postgresql://user:SECRET@host/...
        match (url.find("://"), url.find('@')) {
            (Some(s), Some(at)) if !url[s + 3..at].contains(':') => format!("{}:{SECRET}{}", &url[..at], &url[at..]),
            _ => url,
        }
    };

    // The database does not exist.
    let missing = with_secret(db.url_of_db(&format!("{}_missing", db.name)));
    for args in [vec!["--db", &missing, "init"], vec!["--db", &missing, "member", "list"]] {
        let out = env.fails(&args, 6);
        assert!(stderr(&out).contains("does not exist"), "{}", describe(&out));
        assert!(stderr(&out).contains("hint: create it"), "{}", describe(&out));
        assert_no_secret(&out);
    }
    let err = env.json_err(&["--db", &missing, "init"], 6);
    assert_error_kind(&err, "store");

    // No such role: authentication fails.
    let nobody = db.url_as(&format!("{}_nobody", db.name), SECRET);
    let out = env.fails(&["--db", &nobody, "init"], 6);
    assert!(stderr(&out).contains("authentication failed"), "{}", describe(&out));
    assert!(stderr(&out).contains("hint: check the user name and password"), "{}", describe(&out));
    assert_no_secret(&out);

    // `db path` names the store without its password.
    let shown = env.ok(&["--db", &missing, "db", "path"]);
    assert!(shown.starts_with("postgresql://") && shown.contains("****"), "{shown}");
    assert!(!shown.contains(SECRET), "{shown}");
}

#[test]
fn ordinary_commands_run_as_an_app_login_after_checking_the_connection() {
    let Some(mut db) = pg_common::db("pg_init::ordinary_commands_run_as_an_app_login_after_checking_the_connection")
    else {
        return;
    };
    let env = Env::new();
    let manifest = env.path("m.toml");
    std::fs::write(&manifest, "[[orgs]]\nslug = \"acme\"\nname = \"Acme\"\n").unwrap();
    let manifest = manifest.display().to_string();
    let (plain, plain_password) = db.role("");
    let plain_url = db.url_as(&plain, &plain_password);

    // Not initialised yet: the hint says to run init.
    let out = env.fails(&["--db", &plain_url, "--as", ALICE, "org", "list"], 6);
    assert!(stderr(&out).contains("not initialised"), "{}", describe(&out));
    assert!(stderr(&out).contains("hint: run `orgctl init`"), "{}", describe(&out));

    env.ok(&["--db", &db.url(), "init"]);
    let (login, password) = db.app_login();
    let app = db.url_as(&login, &password);
    // Unlinked, the login may do nothing (tests/pg_logins.rs); linked to
    // impersonate, it acts as the user `--as` names, as a CI job's does.
    env.ok(&["--db", &db.url(), "db", "link", &login, "--impersonate"]);

    // A login granted orgctl_app runs every command; the password is never shown.
    for (args, code) in [
        (vec!["user", "add", ALICE, "--name", "Alice"], 0),
        (vec!["apply", "--dry-run", "-f", &manifest], 0),
        (vec!["org", "create", "acme"], 0),
        (vec!["whoami"], 0),
        (vec!["member", "list"], 0),
        (vec!["export"], 0),
        (vec!["db", "check"], 0),
        (vec!["can-i", "view", "dashboard/kpis"], 3),
        (vec!["db", "backup", "copy.db"], 2),
    ] {
        let mut full = vec!["--db", &app, "--as", ALICE, "--org", ORG];
        full.extend(args.iter().copied());
        let out = env.run(&full);
        assert_eq!(code_of(&out), code, "{args:?}\n{}", describe(&out));
        assert!(!stdout(&out).contains(&password) && !stderr(&out).contains(&password), "{}", describe(&out));
    }
    let roles = env.json(&["--db", &app, "--as", ALICE, "org", "list"]);
    assert_eq!(slugs(&roles), vec![ORG.to_string()]);
    // `db backup` says how to back up a PostgreSQL store instead.
    let out = env.fails(&["--db", &app, "db", "backup", "copy.db"], 2);
    assert!(stderr(&out).contains("pg_dump"), "{}", describe(&out));

    // A login without the role is told which grant it lacks.
    let out = env.fails(&["--db", &plain_url, "--as", ALICE, "org", "list"], 6);
    assert!(stderr(&out).contains(&format!("the role {plain} lacks orgctl_app")), "{}", describe(&out));
    assert!(stderr(&out).contains(&format!("GRANT orgctl_app TO {plain};")), "{}", describe(&out));

    // A role that bypasses row-level security is never used for commands.
    let (bypass, bypass_password) = db.role("BYPASSRLS");
    db.client().batch_execute(&format!("GRANT orgctl_app TO {bypass}")).unwrap();
    let out = env.fails(&["--db", &db.url_as(&bypass, &bypass_password), "--as", ALICE, "org", "list"], 6);
    assert!(stderr(&out).contains("bypasses row-level security"), "{}", describe(&out));
    assert!(stderr(&out).contains("GRANT orgctl_app TO alice;"), "{}", describe(&out));
}

/// A database whose functions an older orgctl of the same schema version
/// set up (here: one dropped) is a store error that names `init`, and
/// changes nothing; once the owner runs `init`, the command runs.
#[test]
fn functions_older_than_orgctls_are_a_store_error_naming_init() {
    let Some(mut db) = pg_common::db("pg_init::functions_older_than_orgctls_are_a_store_error_naming_init") else {
        return;
    };
    let env = Env::new();
    env.ok(&["--db", &db.url(), "init"]);
    let (login, password) = db.app_login();
    let app = db.url_as(&login, &password);
    env.ok(&["--db", &db.url(), "db", "link", &login, "--impersonate"]);
    env.ok(&["--db", &app, "--as", ALICE, "user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["--db", &app, "--as", ALICE, "org", "create", ORG]);
    let mut c = db.client();
    c.batch_execute("UPDATE orgctl_schema SET access = 'older'; DROP FUNCTION orgctl_session(bigint, bigint)").unwrap();
    let audit: i64 = one(&mut c, "SELECT count(*) FROM audit");

    let out = env.fails(&["--db", &app, "--as", ALICE, "--org", ORG, "member", "add", BOB], 6);
    assert!(stderr(&out).contains("older than this orgctl's"), "{}", describe(&out));
    assert!(stderr(&out).contains("the database owner runs `orgctl init`"), "{}", describe(&out));
    assert!(!stderr(&out).contains(&password), "{}", describe(&out));
    assert_eq!(one::<i64>(&mut c, "SELECT count(*) FROM audit"), audit, "nothing was written");

    env.ok(&["--db", &db.url(), "init"]);
    let v = env.json(&["--db", &app, "--as", ALICE, "--org", ORG, "whoami"]);
    assert_eq!((v["org"].as_str(), v["role"].as_str()), (Some(ORG), Some("admin")), "{v}");
}

/// A store at the previous schema version (made from the same migration
/// list, as an older orgctl would have left it) is brought forward in place:
/// its rows kept, its new tables under the same policies.
#[test]
fn an_older_schema_is_migrated_forward_in_place() {
    let Some(db) = pg_common::db("pg_init::an_older_schema_is_migrated_forward_in_place") else { return };
    let env = Env::new();
    let migrations = orgctl::store::pg::MIGRATIONS;
    let previous = migrations.len() - 1;
    let mut c = db.client();
    c.batch_execute(&format!(
        "CREATE TABLE orgctl_schema (one boolean PRIMARY KEY DEFAULT true CHECK (one), version integer NOT NULL); \
         INSERT INTO orgctl_schema (version) VALUES ({previous});"
    ))
    .unwrap();
    for sql in &migrations[..previous] {
        c.batch_execute(sql).unwrap();
    }
    c.batch_execute("INSERT INTO orgs (slug, name, created_at) VALUES ('acme', 'Acme', 0)").unwrap();
    // Functions an older orgctl made with arguments this one no longer
    // takes (schema 16's JSON audit writers and users' lookup).
    for f in [
        "orgctl_audit_many(bigint, jsonb, text, text)",
        "orgctl_internal_append_many(bigint, text, text, text, jsonb)",
        "orgctl_users_by_email(jsonb)",
    ] {
        c.batch_execute(&format!("CREATE FUNCTION {f} RETURNS bigint LANGUAGE sql AS 'SELECT 0'")).unwrap();
    }

    let out = env.run(&["--db", &db.url(), "init"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stderr(&out).contains(&format!("from schema {previous} to {}", migrations.len())), "{}", describe(&out));
    assert_eq!(one::<i32>(&mut c, "SELECT version FROM orgctl_schema") as usize, migrations.len());
    assert_eq!(one::<String>(&mut c, "SELECT slug FROM orgs"), "acme", "rows are kept");
    let unprotected: i64 = one(
        &mut c,
        "SELECT count(*) FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' \
         AND c.relname <> 'orgctl_schema' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)",
    );
    assert_eq!(unprotected, 0);
    let stale: i64 = one(
        &mut c,
        "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace \
         AND 'jsonb'::regtype = ANY (proargtypes::regtype[]) \
         AND proname IN ('orgctl_audit_many', 'orgctl_internal_append_many', 'orgctl_users_by_email')",
    );
    assert_eq!(stale, 0, "the older functions are dropped");
    assert_eq!(env.json(&["--db", &db.url(), "init"])["action"], "unchanged");
}

/// A `--db` URL whose password holds `#` or `?` (read by a URL parser as a
/// host and port) is masked by `db path` and in every error.
#[test]
fn a_db_url_password_with_a_hash_is_masked() {
    let env = Env::new();
    for url in [
        format!("postgresql://orgctl:20#{SECRET}@/orgctl?host=/nonexistent-orgctl-socket-dir"),
        format!("postgresql://orgctl:20?{SECRET}@localhost:1/orgctl"),
        format!("postgresql://orgctl:p#{SECRET}@/orgctl?host=/nonexistent-orgctl-socket-dir"),
    ] {
        let shown = env.ok(&["--db", &url, "db", "path"]);
        assert!(shown.contains("****") && !shown.contains(SECRET), "{shown}");
        for args in [vec!["whoami"], vec!["--json", "member", "list"], vec!["init"]] {
            let mut full = vec!["--db", url.as_str()];
            full.extend(args);
            let out = env.run(&full);
            assert_ne!(code_of(&out), 0, "{}", describe(&out));
            assert_no_secret(&out);
        }
    }
}

/// `init` on the server's `postgres` maintenance database warns on stderr
/// before it does anything (here the server is down, so nothing is done).
#[test]
fn init_on_the_maintenance_database_warns() {
    let env = Env::new();
    for db in [
        format!("postgresql://orgctl:{SECRET}@/postgres?host=/nonexistent-orgctl-socket-dir"),
        "postgresql://postgres@/?host=/nonexistent-orgctl-socket-dir".to_string(),
    ] {
        let out = env.fails(&["--db", &db, "init"], 6);
        assert!(
            stderr(&out).contains("warning:") && stderr(&out).contains("maintenance database"),
            "{}",
            describe(&out)
        );
        assert_no_secret(&out);
    }
    let out = env.fails(&["--db", "postgresql://orgctl@/orgctl?host=/nonexistent-orgctl-socket-dir", "init"], 6);
    assert!(!stderr(&out).contains("warning:"), "{}", describe(&out));
}
