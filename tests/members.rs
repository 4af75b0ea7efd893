//! Org membership: `member list/add/remove/set-role`, the last-admin rule, admin-only changes.

use crate::common::*;

fn pair(email: &str, role: &str) -> (String, String) {
    (email.to_string(), role.to_string())
}

#[test]
fn member_list_json_has_the_contract_fields() {
    let env = Env::new();
    env.seed();
    let list = env.json(&["member", "list"]);
    assert_eq!(emails(&list), vec![ALICE.to_string(), BOB.to_string()]);
    for m in array(&list) {
        assert_keys(m, &["email", "name", "role", "teams", "joined_at"]);
        assert!(m["teams"].is_array(), "teams should be an array: {m}");
        assert_utc_time(&str_field(m, "joined_at"));
    }
    let bob = array(&list).iter().find(|m| m["email"] == BOB).unwrap();
    assert_eq!(bob["name"], "Bob Roe");
    assert_eq!(bob["role"], "member");
}

#[test]
fn member_list_tsv_columns_are_email_name_role_teams_joined() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["member", "list"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "one line per member, no header:\n{out}");
    let bob: Vec<&str> = lines
        .iter()
        .find(|l| l.starts_with(BOB))
        .unwrap_or_else(|| panic!("no row for bob:\n{out}"))
        .split('\t')
        .collect();
    assert_eq!(bob.len(), 5, "columns: {bob:?}");
    assert_eq!(bob[0], BOB);
    assert_eq!(bob[1], "Bob Roe");
    assert_eq!(bob[2], "member");
    assert_eq!(bob[3], "", "bob is in no team");
    assert_utc_time(bob[4]);
    // -o tsv is the same as the pipe default.
    assert_eq!(env.ok(&["-o", "tsv", "member", "list"]), out);
}

#[test]
fn member_list_filters_by_role() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL, "--role", "admin"]);
    let admins = env.json(&["member", "list", "--role", "admin"]);
    assert_eq!(emails(&admins), vec![ALICE.to_string(), CAROL.to_string()]);
    let members = env.json(&["member", "list", "--role", "member"]);
    assert_eq!(emails(&members), vec![BOB.to_string()]);
    env.fails(&["member", "list", "--role", "owner"], 2);
}

#[test]
fn members_may_list_but_non_members_may_not() {
    let env = Env::new();
    env.seed();
    let list = env.json(&["--as", BOB, "member", "list"]);
    assert_eq!(emails(&list), vec![ALICE.to_string(), BOB.to_string()]);
    let err = env.json_err(&["--as", CAROL, "--org", ORG, "member", "list"], 3);
    assert_error_kind(&err, "not_found");
}

#[test]
fn member_add_defaults_to_member_and_reports_the_change() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["member", "add", CAROL]);
    assert_eq!(v["action"], "created", "{v}");
    assert_eq!(v["email"], CAROL);
    assert_eq!(v["name"], "Carol Poe");
    assert_eq!(v["role"], "member");
    assert_eq!(v["org"], ORG);
    assert!(v["teams"].is_array(), "{v}");
    assert_utc_time(&str_field(&v, "joined_at"));
    assert!(env.roles().contains(&pair(CAROL, "member")));
}

#[test]
fn member_add_receipt_names_member_org_and_role() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["member", "add", CAROL, "--role", "admin"]);
    assert!(out.contains(CAROL) && out.contains(ORG) && out.contains("admin"), "receipt: {out:?}");
    assert_eq!(out.lines().count(), 1, "one receipt line: {out:?}");
}

#[test]
fn member_add_accepts_any_case_of_the_email() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", "CAROL@Example.com"]);
    assert!(env.roles().contains(&pair(CAROL, "member")));
}

#[test]
fn member_add_of_an_unknown_user_is_not_found() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let err = env.json_err(&["member", "add", "ghost@example.com"], 3);
        assert_error_kind(&err, "not_found");
    });
}

#[test]
fn member_add_same_role_again_is_unchanged() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["member", "add", BOB]);
    assert_eq!(v["action"], "unchanged", "{v}");
    let v = env.json(&["member", "add", BOB, "--role", "member"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    let out = env.ok(&["member", "add", BOB]);
    assert!(out.contains("unchanged"), "receipt: {out:?}");
    assert_eq!(env.roles(), vec![pair(ALICE, "admin"), pair(BOB, "member")]);
}

#[test]
fn member_add_with_another_role_is_a_conflict() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let err = env.json_err(&["member", "add", BOB, "--role", "admin"], 5);
        assert_error_kind(&err, "conflict");
        env.fails(&["member", "add", ALICE, "--role", "member"], 5);
    });
}

#[test]
fn member_add_with_an_unknown_role_is_a_usage_error() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let err = env.json_err(&["member", "add", CAROL, "--role", "owner"], 2);
        assert_error_kind(&err, "usage");
        env.fails(&["member", "add", "not-an-email"], 2);
    });
}

#[test]
fn member_changes_are_for_admins_only() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.unchanged_by(|env| {
        for args in [
            vec!["--as", BOB, "member", "add", DAVE],
            vec!["--as", BOB, "member", "remove", CAROL, "--yes"],
            vec!["--as", BOB, "member", "set-role", CAROL, "admin"],
            vec!["--as", BOB, "member", "set-role", BOB, "admin"],
            vec!["--as", DAVE, "--org", ORG, "member", "add", DAVE],
            vec!["--as", DAVE, "--org", ORG, "member", "remove", BOB, "--yes"],
            vec!["--as", DAVE, "--org", ORG, "member", "set-role", DAVE, "admin"],
        ] {
            let out = env.run(&args);
            // A member is refused; an outsider does not even find the org.
            let want = if args[1] == DAVE { 3 } else { 4 };
            assert_eq!(code_of(&out), want, "orgctl {args:?}\n{}", describe(&out));
        }
    });
}

#[test]
fn member_remove_removes_and_reports() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["member", "remove", BOB, "--yes"]);
    assert_eq!(v["action"], "deleted", "{v}");
    assert_eq!(env.roles(), vec![pair(ALICE, "admin")]);
    // The user still exists and can be added back.
    env.ok(&["member", "add", BOB]);
}

#[test]
fn member_remove_receipt_names_member_and_org() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["member", "remove", BOB, "--yes"]);
    assert!(out.contains(BOB) && out.contains(ORG), "receipt: {out:?}");
}

#[test]
fn member_remove_without_yes_is_refused_without_a_terminal() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let out = env.fails(&["member", "remove", BOB], 2);
        assert!(stderr(&out).contains("--yes"), "stderr: {}", stderr(&out));
        let err = env.json_err(&["member", "remove", BOB], 2);
        assert_error_kind(&err, "usage");
        // --no-input says the same thing explicitly.
        env.fails(&["--no-input", "member", "remove", BOB], 2);
    });
}

#[test]
fn member_remove_of_a_non_member_is_not_found() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let err = env.json_err(&["member", "remove", CAROL, "--yes"], 3);
        assert_error_kind(&err, "not_found");
        env.fails(&["member", "remove", "ghost@example.com", "--yes"], 3);
    });
}

#[test]
fn last_admin_cannot_be_removed() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let out = env.fails(&["member", "remove", ALICE, "--yes"], 5);
        assert!(stderr(&out).to_lowercase().contains("promot"), "stderr: {}", stderr(&out));
        assert_error_kind(&env.json_err(&["member", "remove", ALICE, "--yes"], 5), "conflict");
    });
}

#[test]
fn last_admin_cannot_be_demoted() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        let out = env.fails(&["member", "set-role", ALICE, "member"], 5);
        assert!(stderr(&out).to_lowercase().contains("promot"), "stderr: {}", stderr(&out));
    });
}

#[test]
fn with_two_admins_either_can_be_demoted_or_removed() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["member", "set-role", BOB, "admin"]);
    assert_eq!(v["action"], "updated", "{v}");
    assert_eq!(v["role"], "admin");
    assert_eq!(env.roles(), vec![pair(ALICE, "admin"), pair(BOB, "admin")]);
    // Alice demotes herself; bob is now the only admin.
    env.ok(&["member", "set-role", ALICE, "member"]);
    assert_eq!(env.roles(), vec![pair(ALICE, "member"), pair(BOB, "admin")]);
    // Alice, now a member, may no longer change roles.
    env.fails(&["member", "set-role", ALICE, "admin"], 4);
    // Bob promotes her back, then removes himself: allowed with two admins.
    env.ok(&["--as", BOB, "member", "set-role", ALICE, "admin"]);
    env.ok(&["--as", BOB, "member", "remove", BOB, "--yes"]);
    assert_eq!(env.roles(), vec![pair(ALICE, "admin")]);
}

#[test]
fn set_role_receipt_names_member_org_and_role() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["member", "set-role", BOB, "admin"]);
    assert!(out.contains(BOB) && out.contains(ORG) && out.contains("admin"), "receipt: {out:?}");
}

#[test]
fn set_role_to_the_same_role_succeeds_unchanged() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["member", "set-role", BOB, "member"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    assert_eq!(env.roles(), vec![pair(ALICE, "admin"), pair(BOB, "member")]);
}

#[test]
fn set_role_errors() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        assert_error_kind(&env.json_err(&["member", "set-role", BOB, "owner"], 2), "usage");
        assert_error_kind(&env.json_err(&["member", "set-role", CAROL, "admin"], 3), "not_found");
        env.fails(&["member", "set-role", "ghost@example.com", "admin"], 3);
        env.fails(&["member", "set-role", BOB], 2);
    });
}

#[test]
fn membership_is_per_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", CAROL, "org", "create", "globex"]);
    env.ok(&["--as", CAROL, "--org", "globex", "member", "add", DAVE]);
    // Alice, admin of acme, cannot touch globex's members.
    env.fails(&["--org", "globex", "member", "remove", DAVE, "--yes"], 3);
    env.fails(&["--org", "globex", "member", "add", BOB], 3);
    // And dave, a globex member, is not in acme.
    env.fails(&["member", "remove", DAVE, "--yes"], 3);
    assert_eq!(env.roles(), vec![pair(ALICE, "admin"), pair(BOB, "member")]);
    let globex = env.json(&["--as", CAROL, "--org", "globex", "member", "list"]);
    assert_eq!(emails(&globex), vec![CAROL.to_string(), DAVE.to_string()]);
}
