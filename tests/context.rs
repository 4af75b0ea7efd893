//! The context file: missing user or org, stale context, damaged file and its repair by `logout`.

use std::fs;

use crate::common::*;

#[test]
fn org_command_without_a_user_is_forbidden_with_a_hint() {
    let env = Env::new();
    env.seed();
    env.ok(&["logout"]);
    let out = env.fails(&["member", "list"], 4);
    let err = stderr(&out);
    assert!(err.contains("error:"), "{err}");
    assert!(err.contains("hint:"), "a hint should say how to set the user: {err}");
    assert!(err.contains("orgctl login") || err.contains("--as"), "{err}");
    assert_error_kind(&env.json_err(&["member", "list"], 4), "forbidden");
}

#[test]
fn org_command_without_an_org_is_forbidden_with_a_hint() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["login", ALICE]);
    let out = env.fails(&["member", "list"], 4);
    let err = stderr(&out);
    assert!(err.contains("hint:"), "a hint should say how to set the org: {err}");
    assert!(
        err.contains("orgctl org") || err.contains("--org"),
        "hint should name `orgctl org switch`/`create` or `--org`: {err}"
    );
}

/// Alice's context names acme, which bob (promoted to admin) then deletes
/// while acting with `--as`, so the file is left pointing at nothing.
fn stale_org() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "--org", ORG, "org", "delete", ORG, "--yes"]);
    env
}

#[test]
fn stale_org_is_reported_with_the_repair_and_never_acted_on() {
    let env = stale_org();
    let before = env.context_bytes();
    assert!(
        String::from_utf8_lossy(before.as_deref().unwrap()).contains(ORG),
        "precondition: the context still names acme"
    );
    let before_globex = env.json(&["--org", "globex", "member", "list"]);
    for args in [vec!["member", "list"], vec!["member", "add", CAROL], vec!["org", "edit", "--name", "X"]] {
        let out = env.fails(&args, 4);
        let err = stderr(&out);
        assert!(err.to_lowercase().contains("stale"), "{args:?}: message should say stale: {err}");
        assert!(
            err.contains("orgctl org switch") || err.contains("orgctl logout") || err.contains("orgctl login"),
            "{args:?}: hint should name the repairing command: {err}"
        );
    }
    assert_error_kind(&env.json_err(&["member", "list"], 4), "forbidden");
    assert_eq!(env.context_bytes(), before, "a stale context must not be rewritten");
    assert_eq!(env.json(&["--org", "globex", "member", "list"]), before_globex);
    // The repair works.
    env.ok(&["org", "switch", "globex"]);
    env.ok(&["member", "list"]);
}

#[test]
fn stale_membership_is_reported_with_the_repair() {
    let env = Env::new();
    env.seed();
    env.ok(&["login", BOB]);
    env.ok(&["--as", ALICE, "member", "remove", BOB, "--yes"]);
    let before = env.context_bytes();
    let out = env.fails(&["member", "list"], 4);
    let err = stderr(&out);
    assert!(err.to_lowercase().contains("stale"), "message should say stale: {err}");
    assert!(
        err.contains("orgctl org switch") || err.contains("orgctl logout") || err.contains("orgctl login"),
        "hint should name the repairing command: {err}"
    );
    env.fails(&["org", "leave"], 4);
    assert_eq!(env.context_bytes(), before);
    assert_eq!(emails(&env.json(&["--as", ALICE, "member", "list"])), vec![ALICE.to_string()]);
}

#[test]
fn flags_override_a_stale_context() {
    let env = stale_org();
    // An explicit --org is not the stale file value: it simply works.
    let list = env.json(&["--org", "globex", "member", "list"]);
    assert_eq!(emails(&list), vec![ALICE.to_string()]);
}

/// `--as` someone else in the file's org is no stale context: the file is
/// fine, the pair is wrong, and the message says so without calling it stale.
#[test]
fn another_user_in_the_files_org_is_not_a_stale_context() {
    let env = Env::new();
    env.seed();
    let before = env.context_bytes();
    let out = env.fails(&["--as", CAROL, "member", "list"], 3);
    let err = stderr(&out);
    assert!(!err.to_lowercase().contains("stale"), "{err}");
    assert!(err.contains(CAROL) && err.contains(ORG) && err.contains("--org"), "{err}");
    assert_eq!(env.context_bytes(), before);
}

/// A directory where the context file should be: exit 2 and a hint that helps (not `logout`, which cannot).
#[test]
fn context_path_that_is_a_directory_is_a_usage_error() {
    let env = Env::new();
    env.seed();
    let dir = env.path("ctx-dir");
    std::fs::create_dir_all(&dir).unwrap();
    for args in [&["member", "list"][..], &["logout"][..], &["login", ALICE][..]] {
        let mut full = vec!["--context", dir.to_str().unwrap()];
        full.extend_from_slice(args);
        let err = stderr(&env.fails(&full, 2));
        assert!(err.contains("is a directory") && err.contains("--context FILE"), "{args:?}: {err}");
    }
}

fn damage(env: &Env, text: &str) {
    fs::write(env.context(), text).unwrap();
}

#[test]
fn context_that_is_not_toml_is_a_usage_error_naming_the_file() {
    let env = Env::new();
    env.seed();
    damage(&env, "user = \"alice@example.com\nthis is [not toml\n");
    let before = env.context_bytes();
    for args in [vec!["whoami"], vec!["member", "list"], vec!["org", "list"]] {
        let out = env.fails(&args, 2);
        let err = stderr(&out);
        assert!(err.contains(env.context().to_str().unwrap()), "{args:?}: error should name the context file: {err}");
    }
    assert_error_kind(&env.json_err(&["whoami"], 2), "usage");
    assert_eq!(env.context_bytes(), before, "only logout may rewrite it");
}

#[test]
fn context_with_unknown_keys_is_a_usage_error() {
    let env = Env::new();
    env.seed();
    damage(&env, "user = \"alice@example.com\"\norg = \"acme\"\ncolour = \"blue\"\n");
    let out = env.fails(&["whoami"], 2);
    assert!(stderr(&out).contains(env.context().to_str().unwrap()), "{}", stderr(&out));
}

#[test]
fn context_with_wrong_value_types_is_a_usage_error() {
    let env = Env::new();
    env.seed();
    damage(&env, "user = 42\n");
    env.fails(&["whoami"], 2);
}

#[test]
fn logout_repairs_a_damaged_context() {
    let env = Env::new();
    env.seed();
    damage(&env, "\u{0}\u{1}garbage[[[");
    env.fails(&["whoami"], 2);
    env.ok(&["logout"]);
    env.fails(&["whoami"], 4);
    env.ok(&["login", ALICE]);
    env.ok(&["org", "switch", ORG]);
    assert_eq!(emails(&env.json(&["member", "list"])), vec![ALICE.to_string(), BOB.to_string()]);
}

#[test]
fn hand_written_context_is_honoured() {
    let env = Env::new();
    env.seed();
    damage(&env, "# written by hand\nuser = \"bob@example.com\"\norg = \"acme\"\n");
    let who = env.json(&["whoami"]);
    assert_eq!(email_of(&who["user"]).as_deref(), Some(BOB));
    assert_eq!(who["role"], "member");
    assert_eq!(who["user_source"], "file");
}

#[test]
fn empty_context_file_means_no_user() {
    let env = Env::new();
    env.seed();
    damage(&env, "");
    env.fails(&["whoami"], 4);
}

#[test]
fn context_is_replaced_not_left_with_temporaries() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    env.ok(&["org", "switch", "globex"]);
    env.ok(&["login", BOB]);
    let names: Vec<String> = fs::read_dir(env.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("context"))
        .collect();
    assert_eq!(names, vec!["context.toml".to_string()], "leftover temporary files");
}

/// The context is written through a new file with an unpredictable name,
/// created exclusively: symbolic links or files planted at every name an
/// attacker could guess (the old `.context.toml.PID.tmp`) neither redirect
/// the write nor take it over.
#[cfg(unix)]
#[test]
fn planted_temporaries_cannot_redirect_or_take_over_the_write() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.seed();
    let victim = env.path("victim.txt");
    fs::write(&victim, "keep me").unwrap();
    // The next pids the test's children will get, give or take.
    let probe = std::process::Command::new("true").spawn().unwrap();
    let next = probe.id();
    let _ = { probe }.wait();
    for pid in next..next + 400 {
        let name = env.path(&format!(".context.toml.{pid}.tmp"));
        if pid % 2 == 0 {
            std::os::unix::fs::symlink(&victim, &name).unwrap();
        } else {
            fs::write(&name, "planted").unwrap();
            fs::set_permissions(&name, fs::Permissions::from_mode(0o666)).unwrap();
        }
    }
    for _ in 0..5 {
        env.ok(&["login", BOB]);
        env.ok(&["login", ALICE]);
    }
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me", "the write followed a planted link");
    let ctx = env.context();
    let meta = fs::symlink_metadata(&ctx).unwrap();
    assert!(meta.file_type().is_file(), "the context is a regular file");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(fs::read_to_string(&ctx).unwrap().contains(ALICE));
    // Nothing else was left beside it.
    let leftovers = fs::read_dir(env.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".context.toml.") && !n.split('.').any(|p| p.parse::<u32>().is_ok()))
        .count();
    assert_eq!(leftovers, 0);
}
