//! Named contexts (issue 22), as kubectl's: each bundles a store with a user
//! and an org; `context set|use|list|show|rename|delete`, `--context-name`
//! and ORGCTL_CONTEXT_NAME; the single context file of before is the default
//! context and keeps working; a context never stores a password.

use serde_json::Value;

use crate::common::*;

/// Runs orgctl without ORGCTL_DB, so that the context decides the store.
fn run(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = env.cmd(args);
    cmd.env_remove("ORGCTL_DB");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().expect("run orgctl")
}

fn ok(env: &Env, args: &[&str]) -> String {
    let out = run(env, args, &[]);
    assert_eq!(code_of(&out), 0, "orgctl {args:?}: {}", describe(&out));
    stdout(&out)
}

fn json(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&ok(env, &all)).expect("JSON")
}

/// Two SQLite stores, each with its own user and org.
fn two_stores(env: &Env) -> (String, String) {
    let a = env.path("a.db").display().to_string();
    let b = env.path("b.db").display().to_string();
    for (db, user, org) in [(&a, "ann@a.test", "alpha"), (&b, "ben@b.test", "beta")] {
        ok(env, &["--db", db, "user", "add", user]);
        ok(env, &["--db", db, "--as", user, "org", "create", org]);
    }
    (a, b)
}

#[test]
fn a_context_bundles_a_store_a_user_and_an_org() {
    let env = Env::new();
    let (a, b) = two_stores(&env);
    ok(&env, &["--db", &a, "--as", "ann@a.test", "--org", "alpha", "context", "set", "left"]);
    ok(&env, &["--db", &b, "--as", "ben@b.test", "--org", "beta", "context", "set", "right"]);

    ok(&env, &["context", "use", "left"]);
    let me = json(&env, &["whoami"]);
    assert_eq!(str_field(&me, "user"), "ann@a.test");
    assert_eq!(str_field(&me, "org"), "alpha");
    assert_eq!(str_field(&me, "context"), "left");
    assert_eq!(str_field(&me, "store"), a);
    assert_eq!(str_field(&me, "store_source"), "context");

    // One invocation in another context, by flag or variable; the current one stays.
    let me = json(&env, &["--context-name", "right", "whoami"]);
    assert_eq!((str_field(&me, "user"), str_field(&me, "store")), ("ben@b.test".to_string(), b.clone()));
    let out = run(&env, &["--json", "whoami"], &[("ORGCTL_CONTEXT_NAME", "right")]);
    let me: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(str_field(&me, "context"), "right");
    assert_eq!(str_field(&json(&env, &["whoami"]), "context"), "left");

    // The --db flag beats the context's store.
    let me = json(&env, &["--db", &b, "--as", "ben@b.test", "whoami"]);
    assert_eq!(str_field(&me, "store_source"), "flag");

    let list = json(&env, &["context", "list"]);
    let names: Vec<String> = array(&list).iter().map(|c| str_field(c, "name")).collect();
    assert_eq!(names, ["default", "left", "right"]);
    let current: Vec<bool> = array(&list).iter().map(|c| c["current"].as_bool().unwrap_or(false)).collect();
    assert_eq!(current, [false, true, false]);
    let shown = json(&env, &["context", "show", "right"]);
    assert_eq!((str_field(&shown, "db"), str_field(&shown, "org")), (b.clone(), "beta".to_string()));

    // Rename keeps it current; delete forgets it and leaves the store alone.
    ok(&env, &["context", "rename", "left", "home"]);
    assert_eq!(str_field(&json(&env, &["whoami"]), "context"), "home");
    ok(&env, &["context", "delete", "home"]);
    assert_eq!(str_field(&json(&env, &["context", "show"]), "name"), "default");
    assert!(std::path::Path::new(&a).is_file(), "the store stays");
}

#[test]
fn login_and_org_switch_write_into_the_context_in_use() {
    let env = Env::new();
    let (a, _) = two_stores(&env);
    ok(&env, &["--db", &a, "user", "add", "amy@a.test"]);
    ok(&env, &["--db", &a, "--as", "ann@a.test", "--org", "alpha", "member", "add", "amy@a.test"]);
    ok(&env, &["--db", &a, "context", "set", "left"]);
    ok(&env, &["context", "use", "left"]);
    ok(&env, &["login", "amy@a.test"]);
    ok(&env, &["org", "switch", "alpha"]);
    let me = json(&env, &["whoami"]);
    assert_eq!((str_field(&me, "user"), str_field(&me, "org")), ("amy@a.test".to_string(), "alpha".to_string()));
    let default = json(&env, &["context", "show", "default"]);
    assert!(default["user"].is_null(), "the default context is untouched: {default}");
    ok(&env, &["logout"]);
    let left = json(&env, &["context", "show", "left"]);
    assert!(left["user"].is_null() && str_field(&left, "db") == a, "logout keeps the store: {left}");
}

#[test]
fn the_single_context_file_of_before_is_the_default_context() {
    let env = Env::new();
    env.seed();
    std::fs::write(env.context(), "user = \"alice@example.com\"\norg = \"acme\"\n").expect("write");
    let me = env.json(&["whoami"]);
    assert_eq!(str_field(&me, "context"), "default");
    assert_eq!(str_field(&me, "org"), "acme");
}

#[test]
fn a_context_never_holds_a_password_and_bad_names_are_refused() {
    let env = Env::new();
    let before = std::fs::read(env.context()).ok();
    let out = run(&env, &["--db", "postgresql://ann:S3cret@db.internal/orgctl", "context", "set", "team"], &[]);
    assert_eq!(code_of(&out), 2, "{}", describe(&out));
    assert!(!format!("{}{}", stdout(&out), stderr(&out)).contains("S3cret"), "{}", describe(&out));
    assert!(stderr(&out).contains("PGPASSWORD"), "{}", describe(&out));
    assert_eq!(std::fs::read(env.context()).ok(), before, "nothing written");
    for bad in ["default", "Team", "-x", ""] {
        let out = run(&env, &["--db", "x.db", "context", "set", bad], &[]);
        assert_eq!(code_of(&out), 2, "{bad:?}: {}", describe(&out));
    }
    let out = run(&env, &["context", "use", "nosuch"], &[]);
    assert_eq!(code_of(&out), 3, "{}", describe(&out));
    assert!(stderr(&out).contains("orgctl context list"), "{}", describe(&out));
    let out = run(&env, &["--context-name", "nosuch", "whoami"], &[]);
    assert_eq!(code_of(&out), 3, "{}", describe(&out));
    let out = run(&env, &["--context-name", "", "whoami"], &[]);
    assert_eq!(code_of(&out), 2, "{}", describe(&out));
    let out = run(&env, &["context", "set", "nostore"], &[]);
    assert_eq!(code_of(&out), 2, "a context needs a store: {}", describe(&out));
    for secret in ["postgresql://alice@db.internal/orgctl?password=S3cret", "postgres://reader:2024#S3cret@db/x"] {
        let out = run(&env, &["--db", secret, "context", "set", "team"], &[]);
        assert_eq!(code_of(&out), 2, "{secret}: {}", describe(&out));
        assert!(!format!("{}{}", stdout(&out), stderr(&out)).contains("S3cret"), "{}", describe(&out));
    }
}

/// A user name is not a password: the URLs the docs give each person
/// (`postgresql://alice@db.internal/...`) make a context as they are.
#[test]
fn a_context_keeps_a_url_that_names_only_a_user() {
    let env = Env::new();
    for (name, url) in [
        ("team", "postgresql://alice@db.internal/orgctl?sslmode=verify-full"),
        ("local", "postgresql://alice@/orgctl?host=/run/postgresql"),
        ("svc", "postgresql://?service=orgctl"),
    ] {
        let out = run(&env, &["--db", url, "context", "set", name], &[]);
        assert_eq!(code_of(&out), 0, "{url}: {}", describe(&out));
        let file = std::fs::read_to_string(env.context()).expect("read the context file");
        assert!(file.contains(&format!("db = \"{url}\"")), "{url} is the store of {name}:\n{file}");
    }
}
