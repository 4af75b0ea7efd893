//! The test harness itself: what `ORGCTL_TEST_STORE=postgres` gives every
//! test (a database copied from a template that `orgctl init` prepared,
//! reached as a login granted `orgctl_app`, dropped after the test), how
//! SQLite-only tests say so, and test processes that start together sharing
//! one template.

use std::process::{Child, Command, Output, Stdio};

use postgres::{Client, NoTls};

use crate::common::*;
use crate::pg_common::{self, one, url_on};

const COPY_TEST: &str = "harness::a_postgres_env_is_an_initialised_copy_reached_as_the_app_login";

/// The database in a `postgresql://...host/NAME?query` URL.
fn db_name(url: &str) -> String {
    let path = url.split('?').next().unwrap_or(url);
    path.rsplit('/').next().unwrap_or_default().to_string()
}

fn server() -> Client {
    let base = std::env::var(pg_common::VAR).expect("the test server");
    Client::connect(&base, NoTls).expect("connect to the test server")
}

fn exists(c: &mut Client, db: &str) -> bool {
    c.query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&db]).expect("look up a database").is_some()
}

/// This test binary running one test by its exact name, with `vars` set
/// (`Some`) or removed (`None`) on top of this process's environment.
fn this_binary(test: &str, vars: &[(&str, Option<&str>)]) -> Command {
    let mut cmd = Command::new(std::env::current_exe().expect("the test binary"));
    cmd.args(["--exact", test, "--test-threads=1"]).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (key, value) in vars {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    cmd
}

fn run(mut cmd: Command) -> Output {
    cmd.output().expect("run the test binary")
}

#[test]
fn a_postgres_env_is_an_initialised_copy_reached_as_the_app_login() {
    let Some(env) = Env::postgres(COPY_TEST) else { return };
    let url = env.store();
    let login = format!("://{PG_APP_ROLE}@");
    assert!(url.starts_with("postgres") && url.contains(&login), "not the tests' app login: {url}");
    let name = db_name(&url);
    let mut c = server();
    assert!(exists(&mut c, &name), "{name} was not created");

    // The commands are given this URL, and find orgctl's schema there.
    let out = env.run(&["init"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stderr(&out).contains("Nothing to do"), "{}", describe(&out));
    let init = env.json(&["init"]);
    assert_eq!(init["action"], "unchanged", "{init}");
    let base = std::env::var(pg_common::VAR).expect("the test server");
    let mut db = Client::connect(&url_on(&base, None, &name), NoTls).expect("connect to the test database");
    assert_eq!(one::<i64>(&mut db, "SELECT count(*) FROM orgctl_schema"), 1);
    // What the store holds is read past row-level security: the schema row.
    let version = one::<String>(&mut db, "SELECT t::text FROM orgctl_schema t");
    let contents = String::from_utf8(env.store_contents()).expect("rows as text");
    assert!(contents.contains(&format!("orgctl_schema: {version}\n")), "{contents}");

    // The login is one row-level security holds: no superuser, no
    // BYPASSRLS, owning nothing, granted orgctl_app.
    let row = c
        .query_one(
            "SELECT rolsuper, rolbypassrls, pg_has_role(rolname, 'orgctl_app', 'MEMBER') FROM pg_roles \
             WHERE rolname = $1",
            &[&PG_APP_ROLE],
        )
        .expect("the tests' login exists");
    assert_eq!((row.get(0), row.get(1), row.get(2)), (false, false, true), "{PG_APP_ROLE}");
    let owned: i64 = db
        .query_one(
            "SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)",
            &[&PG_APP_ROLE],
        )
        .expect("count owned relations")
        .get(0);
    assert_eq!(owned, 0, "{PG_APP_ROLE} owns tables of the test database");
    drop(db);

    // Another store of the same test is another initialised database.
    let extra = env.extra_store("second");
    let extra_name = db_name(&extra);
    assert_ne!(extra_name, name);
    assert_eq!(env.json(&["--db", &extra, "init"])["action"], "unchanged");

    // Both go with the Env.
    drop(env);
    assert!(!exists(&mut c, &name), "{name} was left behind");
    assert!(!exists(&mut c, &extra_name), "{extra_name} was left behind");
}

#[test]
fn sqlite_only_tests_say_so_when_the_suite_runs_on_postgres() {
    const TEST: &str = "store_faults::garbage_file_is_refused_untouched";
    // No server is needed to skip.
    let out = run(this_binary(TEST, &[(STORE_VAR, Some("postgres")), (pg_common::VAR, None)]));
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(
        stderr(&out).contains(&format!("SKIPPED (SQLite-only: a garbage store file): {TEST}")),
        "{}",
        describe(&out)
    );
    assert!(stdout(&out).contains("1 passed"), "{}", describe(&out));
    // On SQLite it runs, and says nothing.
    let out = run(this_binary(TEST, &[(STORE_VAR, None)]));
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(!stderr(&out).contains("SKIPPED"), "{}", describe(&out));
    assert!(stdout(&out).contains("1 passed"), "{}", describe(&out));
}

#[test]
fn postgres_only_tests_say_so_when_the_suite_runs_on_sqlite() {
    const TEST: &str = "permission_matrix::chat_actions";
    let out = run(this_binary(TEST, &[(STORE_VAR, None)]));
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stderr(&out).contains("SKIPPED (PostgreSQL-only: on SQLite, "), "{}", describe(&out));
    assert!(stderr(&out).contains(&format!("): {TEST}")), "{}", describe(&out));
    assert!(stdout(&out).contains("1 passed"), "{}", describe(&out));
}

#[test]
fn the_postgres_suite_without_a_server_or_with_an_unknown_store_fails_clearly() {
    const TEST: &str = "foundation::no_arguments_is_a_usage_error";
    let out = run(this_binary(TEST, &[(STORE_VAR, Some("postgres")), (pg_common::VAR, None)]));
    assert_eq!(code_of(&out), 101, "{}", describe(&out));
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        text.contains("ORGCTL_TEST_STORE=postgres runs the suite on PostgreSQL and needs ORGCTL_TEST_DB"),
        "{text}"
    );
    let out = run(this_binary(TEST, &[(STORE_VAR, Some("mysql"))]));
    assert_eq!(code_of(&out), 101, "{}", describe(&out));
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(text.contains("ORGCTL_TEST_STORE must be `postgres` or `sqlite`"), "{text}");
}

#[test]
fn test_processes_started_together_prepare_one_template() {
    const TEST: &str = "harness::test_processes_started_together_prepare_one_template";
    if !pg_server(TEST) {
        return;
    }
    let template = format!("orgctl_tmpl_race_{}", std::process::id());
    let mut c = server();
    assert!(!exists(&mut c, &template));
    let children: Vec<Child> = (0..4)
        .map(|_| {
            this_binary(COPY_TEST, &[(STORE_VAR, Some("postgres")), (TEMPLATE_VAR, Some(&template))])
                .spawn()
                .expect("spawn the test binary")
        })
        .collect();
    let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
    let made = exists(&mut c, &template);
    let half_built = exists(&mut c, &format!("{template}_new"));
    c.batch_execute(&format!("DROP DATABASE IF EXISTS {template} WITH (FORCE)")).expect("drop the template");
    for out in &outputs {
        assert_eq!(code_of(out), 0, "{}", describe(out));
        assert!(stdout(out).contains("1 passed"), "{}", describe(out));
    }
    assert!(made && !half_built, "expected one template {template}, made: {made}, half-built left: {half_built}");
}
