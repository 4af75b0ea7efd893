//! Users and the acting identity: `user add/show/edit`, `login`, `logout`, `whoami`, flag > env > file.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::common::*;

#[test]
fn user_add_creates_a_user_and_reports_it() {
    let env = Env::new();
    let v = env.json(&["user", "add", ALICE, "--name", "Alice Doe"]);
    assert_eq!(v["action"], "created", "{v}");
    assert_eq!(v["email"], ALICE);
    assert_eq!(v["name"], "Alice Doe");
    env.ok(&["login", ALICE]);
    let me = env.json(&["user", "show"]);
    assert_eq!(me["email"], ALICE);
    assert_eq!(me["name"], "Alice Doe");
}

#[test]
fn user_add_needs_no_current_user() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    assert!(env.context_bytes().is_none(), "user add should not write the context");
}

#[test]
fn user_add_same_name_again_is_unchanged() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice Doe"]);
    let v = env.json(&["user", "add", ALICE, "--name", "Alice Doe"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    let out = env.ok(&["user", "add", ALICE, "--name", "Alice Doe"]);
    assert!(out.contains("unchanged"), "receipt should say unchanged: {out:?}");
}

#[test]
fn user_add_other_name_is_a_conflict_and_keeps_the_old_name() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice Doe"]);
    let err = env.json_err(&["user", "add", ALICE, "--name", "Someone Else"], 5);
    assert_error_kind(&err, "conflict");
    env.ok(&["login", ALICE]);
    assert_eq!(env.json(&["user", "show"])["name"], "Alice Doe");
}

#[test]
fn emails_are_case_insensitive_and_stored_lowercase() {
    let env = Env::new();
    let v = env.json(&["user", "add", "Bob@Example.COM", "--name", "Bob"]);
    assert_eq!(v["email"], BOB);
    env.ok(&["login", BOB]);
    assert_eq!(email_of(&env.json(&["whoami"])["user"]).as_deref(), Some(BOB));
    env.ok(&["login", "BOB@EXAMPLE.com"]);
    assert_eq!(email_of(&env.json(&["whoami"])["user"]).as_deref(), Some(BOB));
    // The same user in another case is the same user, not a new one.
    let again = env.json(&["user", "add", "bob@EXAMPLE.com", "--name", "Bob"]);
    assert_eq!(again["action"], "unchanged", "{again}");
}

#[test]
fn invalid_emails_are_usage_errors() {
    let env = Env::new();
    for bad in ["not-an-email", "a@", "@example.com", "a b@example.com", ""] {
        let out = env.run(&["user", "add", bad, "--name", "X"]);
        assert_eq!(code_of(&out), 2, "user add {bad:?}\n{}", describe(&out));
    }
    // Invalid addresses are refused wherever they are given.
    env.fails(&["login", "not-an-email"], 2);
}

#[test]
fn invalid_names_are_usage_errors() {
    let env = Env::new();
    let long = "x".repeat(201);
    for bad in ["", "   ", "bell\u{7}name", "line\nbreak", long.as_str()] {
        let out = env.run(&["user", "add", ALICE, "--name", bad]);
        assert_eq!(code_of(&out), 2, "user add --name {bad:?}\n{}", describe(&out));
        // One `error:` line, with the reason, whatever the value holds.
        let err = stderr(&out);
        let lines: Vec<&str> = err.lines().collect();
        assert!(lines.len() <= 2 && lines[0].starts_with("error: "), "{err:?}");
        assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "raw control characters: {err:?}");
    }
    let err = stderr(&env.fails(&["user", "add", ALICE, "--name", "line\nbreak"], 2));
    assert!(err.contains("control characters"), "the reason is cut off: {err:?}");
    let max = "y".repeat(200);
    env.ok(&["user", "add", ALICE, "--name", &max]);
}

#[test]
fn names_are_trimmed() {
    let env = Env::new();
    let v = env.json(&["user", "add", ALICE, "--name", "  Alice Doe  "]);
    assert_eq!(v["name"], "Alice Doe");
}

#[test]
fn user_show_of_a_fellow_member_and_of_a_stranger() {
    let env = Env::new();
    env.seed();
    let bob = env.json(&["user", "show", BOB]);
    assert_eq!(bob["email"], BOB);
    assert_eq!(bob["name"], "Bob Roe");
    // Carol shares no org with alice: not visible, reported as not found.
    let err = env.json_err(&["user", "show", CAROL], 3);
    assert_error_kind(&err, "not_found");
    env.fails(&["user", "show", "nobody@example.com"], 3);
    // Bob can see alice through acme.
    assert_eq!(env.json(&["--as", BOB, "user", "show", ALICE])["email"], ALICE);
}

#[test]
fn user_show_without_a_user_is_forbidden() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.fails(&["user", "show"], 4);
}

#[test]
fn user_edit_changes_only_your_own_name() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["user", "edit", "--name", "Alice Smith"]);
    assert_eq!(v["action"], "updated", "{v}");
    assert_eq!(v["name"], "Alice Smith");
    assert_eq!(env.json(&["user", "show"])["name"], "Alice Smith");
    assert_eq!(env.json(&["--as", BOB, "user", "show", ALICE])["name"], "Alice Smith");
    // Bob's name is untouched.
    assert_eq!(env.json(&["user", "show", BOB])["name"], "Bob Roe");
    env.fails(&["user", "edit", "--name", ""], 2);
    assert_eq!(env.json(&["user", "show"])["name"], "Alice Smith");
}

#[test]
fn user_edit_without_a_user_is_forbidden() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.fails(&["user", "edit", "--name", "Other"], 4);
}

#[test]
fn login_writes_a_private_context_file() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["login", ALICE]);
    let text = fs::read_to_string(env.context()).expect("context file written");
    assert!(text.contains(ALICE), "context: {text}");
    let mode = fs::metadata(env.context()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "context file mode");
}

#[test]
fn login_of_an_unknown_user_is_not_found_and_changes_nothing() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    let err = env.json_err(&["login", BOB], 3);
    assert_error_kind(&err, "not_found");
    assert!(env.context_bytes().is_none(), "failed login wrote a context file");
    env.ok(&["login", ALICE]);
    let before = env.context_bytes();
    env.fails(&["login", BOB], 3);
    assert_eq!(env.context_bytes(), before);
}

#[test]
fn login_keeps_the_org_while_still_a_member() {
    let env = Env::new();
    env.seed();
    env.ok(&["login", BOB]);
    let who = env.json(&["whoami"]);
    assert_eq!(email_of(&who["user"]).as_deref(), Some(BOB));
    assert_eq!(slug_of(&who["org"]).as_deref(), Some(ORG));
    assert_eq!(who["role"], "member");
}

#[test]
fn login_drops_an_org_the_new_user_is_not_in() {
    let env = Env::new();
    env.seed();
    env.ok(&["login", CAROL]);
    let text = fs::read_to_string(env.context()).unwrap();
    assert!(text.contains(CAROL));
    assert!(!text.contains(ORG), "carol is not in acme, context kept it:\n{text}");
}

#[test]
fn logout_clears_user_and_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["logout"]);
    let text = fs::read_to_string(env.context()).unwrap_or_default();
    assert!(!text.contains(ALICE) && !text.contains(ORG), "context after logout:\n{text}");
    env.fails(&["whoami"], 4);
    env.fails(&["member", "list"], 4);
    // Logging out twice is fine, and says nothing changed.
    assert_eq!(env.json(&["logout"])["action"], "unchanged");
}

/// The context commands report like every change: `"action"` in JSON.
#[test]
fn login_logout_and_switch_report_an_action() {
    let env = Env::new();
    env.seed();
    assert_eq!(env.json(&["login", ALICE])["action"], "unchanged");
    let v = env.json(&["login", BOB]);
    assert_eq!((v["action"].as_str(), v["user"].as_str(), v["org"].as_str()), (Some("updated"), Some(BOB), Some(ORG)));
    let v = env.json(&["org", "switch", ORG]);
    assert_eq!((v["action"].as_str(), v["slug"].as_str()), (Some("unchanged"), Some(ORG)), "{v}");
    assert_eq!(env.json(&["logout"])["action"], "updated");
}

#[test]
fn logout_without_any_context_succeeds() {
    let env = Env::new();
    env.ok(&["logout"]);
}

#[test]
fn whoami_without_a_user_is_forbidden_with_a_login_hint() {
    let env = Env::new();
    env.ok(&["init"]);
    let out = env.fails(&["whoami"], 4);
    let err = stderr(&out);
    assert!(err.contains("error:"), "stderr: {err}");
    assert!(err.contains("orgctl login"), "hint should name `orgctl login`: {err}");
    let json = env.json_err(&["whoami"], 4);
    assert_error_kind(&json, "forbidden");
}

#[test]
fn whoami_reports_values_from_the_file() {
    let env = Env::new();
    env.seed();
    let who = env.json(&["whoami"]);
    assert_keys(&who, &["user", "org", "role", "user_source", "org_source"]);
    assert_eq!(email_of(&who["user"]).as_deref(), Some(ALICE));
    assert_eq!(slug_of(&who["org"]).as_deref(), Some(ORG));
    assert_eq!(who["role"], "admin");
    assert_eq!(who["user_source"], "file");
    assert_eq!(who["org_source"], "file");
}

#[test]
fn whoami_with_user_but_no_org_has_null_org() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["login", ALICE]);
    let who = env.json(&["whoami"]);
    assert_eq!(email_of(&who["user"]).as_deref(), Some(ALICE));
    assert!(who["org"].is_null(), "{who}");
    assert!(who["org_source"].is_null(), "{who}");
}

/// alice admin of acme and globex; bob admin of globex and member of acme;
/// carol member of both. The context file says alice / acme.
fn two_orgs() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    env.ok(&["--org", "globex", "member", "add", BOB, "--role", "admin"]);
    env.ok(&["member", "add", CAROL]);
    env.ok(&["--org", "globex", "member", "add", CAROL]);
    env
}

#[test]
fn user_precedence_flag_beats_env_beats_file() {
    let env = two_orgs();
    let who = |cmd: &mut assert_cmd::Command| -> serde_json::Value {
        let out = cmd.output().unwrap();
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        parse_json(&stdout(&out), &["whoami"])
    };
    let file = who(&mut env.cmd(&["--json", "whoami"]));
    assert_eq!(email_of(&file["user"]).as_deref(), Some(ALICE));
    assert_eq!(file["user_source"], "file");

    let from_env = who(env.cmd(&["--json", "whoami"]).env("ORGCTL_USER", BOB));
    assert_eq!(email_of(&from_env["user"]).as_deref(), Some(BOB));
    assert_eq!(from_env["user_source"], "env");
    assert_eq!(from_env["role"], "member", "bob is a member of acme");

    let flag = who(env.cmd(&["--json", "--as", CAROL, "whoami"]).env("ORGCTL_USER", BOB));
    assert_eq!(email_of(&flag["user"]).as_deref(), Some(CAROL));
    assert_eq!(flag["user_source"], "flag");
    assert_eq!(flag["org_source"], "file");

    // None of this touched the file.
    let again = who(&mut env.cmd(&["--json", "whoami"]));
    assert_eq!(email_of(&again["user"]).as_deref(), Some(ALICE));
}

#[test]
fn org_precedence_flag_beats_env_beats_file() {
    let env = two_orgs();
    let who = |cmd: &mut assert_cmd::Command| -> serde_json::Value {
        let out = cmd.output().unwrap();
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        parse_json(&stdout(&out), &["whoami"])
    };
    let from_env = who(env.cmd(&["--json", "whoami"]).env("ORGCTL_ORG", "globex"));
    assert_eq!(slug_of(&from_env["org"]).as_deref(), Some("globex"));
    assert_eq!(from_env["org_source"], "env");

    let flag = who(env.cmd(&["--json", "--org", ORG, "whoami"]).env("ORGCTL_ORG", "globex"));
    assert_eq!(slug_of(&flag["org"]).as_deref(), Some(ORG));
    assert_eq!(flag["org_source"], "flag");

    // The org choice decides where a command acts: bob is admin only in globex.
    let out = env.cmd(&["member", "add", DAVE]).env("ORGCTL_USER", BOB).env("ORGCTL_ORG", "globex").output().unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(emails(&env.json(&["--org", "globex", "member", "list"])).contains(&DAVE.to_string()));
    assert!(!emails(&env.json(&["member", "list"])).contains(&DAVE.to_string()));
    let out = env
        .cmd(&["--org", ORG, "member", "add", DAVE])
        .env("ORGCTL_USER", BOB)
        .env("ORGCTL_ORG", "globex")
        .output()
        .unwrap();
    assert_eq!(code_of(&out), 4, "bob is only a member of acme\n{}", describe(&out));
}

#[test]
fn as_flag_or_variable_naming_an_unknown_user_is_not_found() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let err = env.json_err(&["--as", "ghost@example.com", "member", "list"], 3);
        assert_error_kind(&err, "not_found");
        let out = env.cmd(&["member", "add", CAROL]).env("ORGCTL_USER", "ghost@example.com").output().unwrap();
        assert_eq!(code_of(&out), 3, "{}", describe(&out));
    });
}

#[test]
fn org_flag_or_variable_naming_an_unknown_org_is_not_found() {
    let env = Env::new();
    env.seed();
    let err = env.json_err(&["--org", "nope", "member", "list"], 3);
    assert_error_kind(&err, "not_found");
    let out = env.cmd(&["member", "list"]).env("ORGCTL_ORG", "nope").output().unwrap();
    assert_eq!(code_of(&out), 3, "{}", describe(&out));
}

#[test]
fn org_flag_naming_an_org_you_are_not_in_answers_like_a_missing_one() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", CAROL, "org", "create", "globex"]);
    let err = env.json_err(&["--org", "globex", "member", "list"], 3);
    assert_error_kind(&err, "not_found");
    let missing = env.json_err(&["--org", "nowhere", "member", "list"], 3);
    assert_eq!(err.to_string().replace("globex", "X"), missing.to_string().replace("nowhere", "X"));
    assert_eq!(err["error"]["message"], "org globex does not exist or you are not a member");
    let out = env.cmd(&["member", "list"]).env("ORGCTL_ORG", "globex").output().unwrap();
    assert_eq!(code_of(&out), 3, "{}", describe(&out));
    for args in [
        &["org", "show", "globex"][..],
        &["org", "switch", "globex"][..],
        &["can-i", "view-org", "--org", "globex"][..],
    ] {
        let out = env.run(args);
        assert_eq!(code_of(&out), 3, "{args:?}: {}", describe(&out));
        assert!(stderr(&out).contains("does not exist or you are not a member"), "{args:?}: {}", describe(&out));
    }
}
