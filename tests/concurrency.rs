//! Many processes on one store at once: no lock errors, rules hold, one store results.

use std::process::{Child, Output};

use crate::common::*;

/// Waits for all, and checks none failed for the store's sake.
fn wait_all(children: Vec<Child>) -> Vec<Output> {
    let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
    for out in &outputs {
        let err = stderr(out);
        let code = out.status.code();
        assert!(code.is_some(), "killed by a signal: {}", describe(out));
        assert_ne!(code, Some(1), "internal error under concurrency: {}", describe(out));
        assert_ne!(code, Some(6), "store error under concurrency: {}", describe(out));
        assert!(!err.to_lowercase().contains("locked"), "lock error: {err}");
        assert!(!err.contains("panicked"), "panic: {err}");
    }
    outputs
}

#[test]
fn eight_admins_demoting_themselves_leave_exactly_one_admin() {
    let env = Env::new();
    env.seed();
    let admins: Vec<String> = (0..7).map(|i| format!("admin{i}@example.com")).collect();
    for a in &admins {
        env.ok(&["-q", "user", "add", a, "--name", "Admin"]);
        env.ok(&["-q", "member", "add", a, "--role", "admin"]);
    }
    let mut everyone: Vec<String> = vec![ALICE.to_string()];
    everyone.extend(admins);
    let children: Vec<Child> =
        everyone.iter().map(|a| env.spawn(&["--as", a, "--org", ORG, "member", "set-role", a, "member"])).collect();
    let outputs = wait_all(children);
    let ok = outputs.iter().filter(|o| o.status.code() == Some(0)).count();
    let conflict = outputs.iter().filter(|o| o.status.code() == Some(5)).count();
    assert_eq!((ok, conflict), (7, 1), "expected 7 demotions and 1 last-admin refusal");

    let roles = env.roles_as(BOB);
    let remaining: Vec<&(String, String)> = roles.iter().filter(|(_, r)| r == "admin").collect();
    assert_eq!(remaining.len(), 1, "admins left: {roles:?}");
    // The one refused is the one who is still admin.
    let refused =
        everyone.iter().zip(&outputs).find(|(_, o)| o.status.code() == Some(5)).map(|(a, _)| a.clone()).unwrap();
    assert_eq!(remaining[0].0, refused);
}

#[test]
fn eight_processes_create_the_same_missing_store() {
    if sqlite_only("creating a missing store file") {
        return;
    }
    let env = Env::new();
    let db = env.path("fresh/dir/store.db");
    let db_str = db.to_str().unwrap().to_string();
    let children: Vec<Child> = (0..8).map(|_| env.spawn(&["--db", &db_str, "init"])).collect();
    let outputs = wait_all(children);
    for out in &outputs {
        assert_eq!(out.status.code(), Some(0), "{}", describe(out));
    }
    assert!(db.is_file());
    env.ok(&["--db", &db_str, "user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["--db", &db_str, "login", ALICE]);
}

#[test]
fn parallel_first_use_by_different_commands_yields_one_store() {
    let env = Env::new();
    let children: Vec<Child> = (0..8)
        .map(|i| {
            let email = format!("user{i}@example.com");
            env.spawn(&["user", "add", &email, "--name", "User"])
        })
        .collect();
    for out in wait_all(children) {
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    }
    for i in 0..8 {
        env.ok(&["login", &format!("user{i}@example.com")]);
    }
}

#[test]
fn parallel_member_adds_all_succeed() {
    let env = Env::new();
    env.seed();
    let users: Vec<String> = (0..12).map(|i| format!("p{i}@example.com")).collect();
    for u in &users {
        env.ok(&["-q", "user", "add", u, "--name", "P"]);
    }
    let children: Vec<Child> =
        users.iter().map(|u| env.spawn(&["--as", ALICE, "--org", ORG, "member", "add", u])).collect();
    for out in wait_all(children) {
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    }
    assert_eq!(env.roles().len(), 14);
    // And each change was audited once.
    let audit = env.json(&["audit", "list", "--action", "member.add"]);
    assert_eq!(array(&audit).len(), 13, "bob plus twelve");
}

#[test]
fn parallel_identical_adds_report_one_creation() {
    let env = Env::new();
    env.seed();
    let children: Vec<Child> =
        (0..8).map(|_| env.spawn(&["--json", "--as", ALICE, "--org", ORG, "member", "add", CAROL])).collect();
    let outputs = wait_all(children);
    let mut created = 0;
    for out in &outputs {
        assert_eq!(out.status.code(), Some(0), "{}", describe(out));
        let v = parse_json(&stdout(out), &["member", "add"]);
        match v["action"].as_str() {
            Some("created") => created += 1,
            Some("unchanged") => {}
            other => panic!("unexpected action {other:?}"),
        }
    }
    assert_eq!(created, 1);
}

/// `db backup` while other processes keep writing: every copy is a whole,
/// consistent store (`db check`: integrity, foreign keys, cross-org
/// references), holds a prefix of the writes, and the live store loses none.
#[test]
fn backups_taken_during_concurrent_writes_are_consistent() {
    if sqlite_only("`db backup` copies the store file") {
        return;
    }
    const WRITERS: usize = 4;
    const EACH: usize = 12;
    let env = Env::new();
    env.seed();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let copies: Vec<std::path::PathBuf> = std::thread::scope(|scope| {
        for w in 0..WRITERS {
            let (env, done) = (&env, &done);
            scope.spawn(move || {
                for i in 0..EACH {
                    let title = format!("Board {w} {i}");
                    let out = env.run(&["-q", "--as", ALICE, "--org", ORG, "dashboard", "create", &title]);
                    assert_eq!(code_of(&out), 0, "{}", describe(&out));
                }
                done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            });
        }
        let mut copies = Vec::new();
        // Back up over and over until every writer is through (at least three copies).
        while copies.len() < 3 || done.load(std::sync::atomic::Ordering::SeqCst) < WRITERS {
            let copy = env.path(&format!("copy-{}.db", copies.len()));
            let out = env.run(&["-q", "db", "backup", copy.to_str().unwrap()]);
            assert_eq!(code_of(&out), 0, "{}", describe(&out));
            copies.push(copy);
        }
        copies
    });

    let total = WRITERS * EACH;
    let count = |db: &std::path::Path| {
        let list = env.json(&["--db", db.to_str().unwrap(), "--as", ALICE, "--org", ORG, "dashboard", "list"]);
        array(&list).len()
    };
    let mut previous = 0;
    for copy in &copies {
        let check = env.json(&["--db", copy.to_str().unwrap(), "db", "check"]);
        assert_eq!(check["ok"], serde_json::Value::Bool(true), "{}: {check}", copy.display());
        let n = count(copy);
        assert!(n >= previous && n <= total, "{}: {n} dashboards after a copy with {previous}", copy.display());
        previous = n;
    }
    assert_eq!(count(&env.db()), total, "the live store lost writes");
    env.fails(&["db", "backup", copies[0].to_str().unwrap()], 5);
    // Never onto the store itself, not even with --force.
    let live = std::fs::read(env.db()).unwrap();
    env.fails(&["db", "backup", env.db().to_str().unwrap(), "--force"], 2);
    assert_eq!(std::fs::read(env.db()).unwrap(), live);
}
