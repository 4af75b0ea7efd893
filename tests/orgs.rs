//! Organizations: `org create/list/show/switch/edit/delete/leave`, slugs, current-org handling.

use crate::common::*;

fn current_org(env: &Env) -> Option<String> {
    slug_of(&env.json(&["whoami"])["org"])
}

#[test]
fn org_create_makes_you_admin_and_current() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["login", ALICE]);
    let v = env.json(&["org", "create", ORG, "--name", "Acme Inc"]);
    assert_eq!(v["action"], "created", "{v}");
    assert_eq!(v["slug"], ORG);
    assert_eq!(v["name"], "Acme Inc");
    assert_eq!(v["role"], "admin");
    assert_eq!(current_org(&env).as_deref(), Some(ORG));
    let members = env.json(&["member", "list"]);
    assert_eq!(emails(&members), vec![ALICE.to_string()]);
    assert_eq!(array(&members)[0]["role"], "admin");
}

#[test]
fn org_create_receipt_names_the_org() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["login", ALICE]);
    let out = env.ok(&["org", "create", "initech"]);
    assert!(out.contains("initech"), "receipt: {out:?}");
}

#[test]
fn second_org_does_not_replace_the_current_one() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    assert_eq!(current_org(&env).as_deref(), Some(ORG));
}

#[test]
fn org_created_as_another_user_does_not_touch_the_context() {
    let env = Env::new();
    env.seed();
    let before = env.context_bytes();
    env.ok(&["--as", CAROL, "org", "create", "globex"]);
    assert_eq!(env.context_bytes(), before);
    assert_eq!(current_org(&env).as_deref(), Some(ORG));
    // Carol is globex's admin all the same.
    let orgs = env.json(&["--as", CAROL, "org", "list"]);
    assert_eq!(slugs(&orgs), vec!["globex".to_string()]);
    assert_eq!(array(&orgs)[0]["role"], "admin");
}

#[test]
fn org_create_without_a_user_is_forbidden() {
    let env = Env::new();
    env.ok(&["init"]);
    let out = env.fails(&["org", "create", ORG], 4);
    assert!(stderr(&out).contains("orgctl login"), "{}", stderr(&out));
}

#[test]
fn invalid_slugs_are_usage_errors() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    env.ok(&["login", ALICE]);
    let too_long = "a".repeat(41);
    for bad in ["Acme", "ac me", "-acme", "acme-", "ac_me", "café", "", "-", too_long.as_str()] {
        let out = env.run(&["org", "create", bad]);
        assert_eq!(code_of(&out), 2, "org create {bad:?}\n{}", describe(&out));
    }
    assert!(array(&env.json(&["org", "list"])).is_empty(), "an invalid org was created");
    let max = "b".repeat(40);
    for good in ["a", "7", "a-b-9", max.as_str()] {
        env.ok(&["org", "create", good]);
    }
    assert_eq!(array(&env.json(&["org", "list"])).len(), 4);
}

#[test]
fn taken_slug_is_a_conflict() {
    let env = Env::new();
    env.seed();
    let err = env.json_err(&["--as", CAROL, "org", "create", ORG], 5);
    assert_error_kind(&err, "conflict");
    env.fails(&["org", "create", ORG], 5);
    // Carol did not become anything in acme.
    assert!(array(&env.json(&["--as", CAROL, "org", "list"])).is_empty());
    assert!(!emails(&env.json(&["member", "list"])).contains(&CAROL.to_string()));
}

#[test]
fn org_list_shows_only_your_orgs_with_role_and_current() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    env.ok(&["--as", CAROL, "org", "create", "initech"]);
    let orgs = env.json(&["org", "list"]);
    assert_eq!(slugs(&orgs), vec![ORG.to_string(), "globex".to_string()]);
    for org in array(&orgs) {
        assert_keys(org, &["slug", "name", "role", "current"]);
        assert_eq!(org["role"], "admin");
        assert_eq!(org["current"], org["slug"] == ORG, "{org}");
    }
    let bobs = env.json(&["--as", BOB, "org", "list"]);
    assert_eq!(slugs(&bobs), vec![ORG.to_string()]);
    assert_eq!(array(&bobs)[0]["role"], "member");
    assert!(array(&env.json(&["--as", DAVE, "org", "list"])).is_empty());
}

#[test]
fn org_list_tsv_rows_start_with_the_slug() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    let out = env.ok(&["org", "list"]);
    let mut first: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    first.sort();
    assert_eq!(first, vec![ORG, "globex"], "tsv:\n{out}");
}

#[test]
fn org_show_for_member_non_member_and_missing() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["org", "show"]);
    assert_eq!(v["slug"], ORG);
    assert_eq!(v["name"], "Acme Inc");
    let v = env.json(&["--as", BOB, "org", "show", ORG]);
    assert_eq!(v["slug"], ORG);
    assert_eq!(v["role"], "member");
    env.fails(&["--as", CAROL, "org", "show", ORG], 3);
    let err = env.json_err(&["org", "show", "nope"], 3);
    assert_error_kind(&err, "not_found");
}

#[test]
fn org_switch_changes_the_current_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    let out = env.ok(&["org", "switch", "globex"]);
    assert!(out.contains("globex"), "switch receipt: {out:?}");
    let who = env.json(&["whoami"]);
    assert_eq!(slug_of(&who["org"]).as_deref(), Some("globex"));
    assert_eq!(who["org_source"], "file");
    let orgs = env.json(&["org", "list"]);
    for org in array(&orgs) {
        assert_eq!(org["current"], org["slug"] == "globex", "{org}");
    }
}

#[test]
fn org_switch_needs_membership_and_an_existing_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", CAROL, "org", "create", "globex"]);
    let before = env.context_bytes();
    let err = env.json_err(&["org", "switch", "globex"], 3);
    assert_error_kind(&err, "not_found");
    env.fails(&["org", "switch", "nope"], 3);
    env.fails(&["org", "switch", "Not A Slug"], 2);
    assert_eq!(env.context_bytes(), before);
    assert_eq!(current_org(&env).as_deref(), Some(ORG));
}

#[test]
fn org_edit_renames_for_admins_only() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["org", "edit", "--name", "Acme Corp"]);
    assert_eq!(v["action"], "updated", "{v}");
    assert_eq!(v["name"], "Acme Corp");
    assert_eq!(env.json(&["org", "show", ORG])["name"], "Acme Corp");
    let err = env.json_err(&["--as", BOB, "org", "edit", ORG, "--name", "Bob Corp"], 4);
    assert_error_kind(&err, "forbidden");
    env.fails(&["--as", CAROL, "org", "edit", ORG, "--name", "Carol Corp"], 3);
    env.fails(&["org", "edit", ORG, "--name", "bad\u{1b}name"], 2);
    assert_eq!(env.json(&["org", "show", ORG])["name"], "Acme Corp");
}

#[test]
fn org_edit_receipt_names_the_org() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["org", "edit", ORG, "--name", "Acme Corp"]);
    assert!(out.contains(ORG), "receipt: {out:?}");
}

#[test]
fn org_delete_without_yes_is_refused_and_changes_nothing() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let out = env.fails(&["org", "delete", ORG], 2);
        assert!(stderr(&out).contains("--yes"), "stderr should mention --yes: {}", stderr(&out));
    });
}

#[test]
fn org_delete_is_for_admins_only() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        env.fails(&["--as", BOB, "org", "delete", ORG, "--yes"], 4);
        env.fails(&["--as", CAROL, "org", "delete", ORG, "--yes"], 3);
        env.fails(&["org", "delete", "nope", "--yes"], 3);
    });
}

#[test]
fn org_delete_removes_the_org_and_everything_in_it() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "create", "globex"]);
    let v = env.json(&["org", "delete", ORG, "--yes"]);
    assert_eq!(v["action"], "deleted", "{v}");
    env.fails(&["org", "show", ORG], 3);
    assert_eq!(slugs(&env.json(&["org", "list"])), vec!["globex".to_string()]);
    assert!(array(&env.json(&["--as", BOB, "org", "list"])).is_empty());
    // The slug is free again, and the new acme starts empty.
    env.ok(&["--as", CAROL, "org", "create", ORG]);
    let members = env.json(&["--as", CAROL, "--org", ORG, "member", "list"]);
    assert_eq!(emails(&members), vec![CAROL.to_string()]);
    // Users survive the org.
    assert_eq!(env.json(&["--as", BOB, "user", "show"])["email"], BOB);
}

#[test]
fn org_delete_receipt_names_the_org() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["org", "delete", ORG, "--yes"]);
    assert!(out.contains(ORG), "receipt: {out:?}");
}

#[test]
fn member_can_leave() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", BOB, "org", "leave", ORG, "--yes"]);
    assert_eq!(emails(&env.json(&["member", "list"])), vec![ALICE.to_string()]);
    assert!(array(&env.json(&["--as", BOB, "org", "list"])).is_empty());
    // Bob is no longer anything in acme.
    env.fails(&["--as", BOB, "--org", ORG, "member", "list"], 3);
}

#[test]
fn leave_defaults_to_the_current_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", BOB, "org", "leave", "--yes"]);
    assert_eq!(emails(&env.json(&["member", "list"])), vec![ALICE.to_string()]);
}

#[test]
fn last_admin_cannot_leave() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let out = env.fails(&["org", "leave", ORG], 5);
        assert!(
            stderr(&out).to_lowercase().contains("promot"),
            "message should say to promote someone first: {}",
            stderr(&out)
        );
        let err = env.json_err(&["org", "leave"], 5);
        assert_error_kind(&err, "conflict");
    });
    // can-i tells the same: no, with the reason; a member may leave.
    let v = env.fails(&["can-i", "leave-org"], 4);
    assert!(stdout(&v).starts_with("no: ") && stdout(&v).contains("last admin of acme"), "{}", describe(&v));
    env.ok(&["--as", BOB, "can-i", "leave-org"]);
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["can-i", "leave-org"]);
}

#[test]
fn one_of_two_admins_can_leave() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["org", "leave", ORG, "--yes"]);
    assert_eq!(env.roles_as(BOB), vec![(BOB.to_string(), "admin".to_string())]);
    assert!(array(&env.json(&["org", "list"])).is_empty());
    // Now bob is the last admin.
    env.fails(&["--as", BOB, "org", "leave", ORG], 5);
}

#[test]
fn non_member_cannot_leave() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        env.fails(&["--as", CAROL, "org", "leave", ORG], 3);
        env.fails(&["org", "leave", "nope"], 3);
    });
}
