//! `can-i` for the org-level actions, and that its answers match what the commands enforce.

use crate::common::*;

/// Org-level `can-i` actions and whether a plain member may do them (docs/contract.md §2, §4).
const ORG_ACTIONS: [(&str, bool); 10] = [
    ("view-org", true),
    ("manage-org", false),
    ("invite", false),
    ("manage-members", false),
    ("manage-teams", false),
    ("manage-connectors", false),
    ("use-connectors", true),
    ("manage-billing", false),
    ("view-audit", false),
    ("create-dashboard", true),
];

#[test]
fn admin_may_do_every_org_action() {
    let env = Env::new();
    env.seed();
    for (action, _) in ORG_ACTIONS {
        let out = env.run(&["can-i", action]);
        assert_eq!(code_of(&out), 0, "admin can-i {action}\n{}", describe(&out));
        let text = stdout(&out);
        assert!(text.starts_with("yes"), "can-i {action}: {text:?}");
        assert!(text.contains(ORG), "the reason names the org: {text:?}");
    }
}

#[test]
fn member_may_do_only_the_member_actions() {
    let env = Env::new();
    env.seed();
    for (action, allowed) in ORG_ACTIONS {
        let out = env.run(&["--as", BOB, "can-i", action]);
        let text = stdout(&out);
        if allowed {
            assert_eq!(code_of(&out), 0, "member can-i {action}\n{}", describe(&out));
            assert!(text.starts_with("yes"), "can-i {action}: {text:?}");
        } else {
            assert_eq!(code_of(&out), 4, "member can-i {action}\n{}", describe(&out));
            assert!(text.starts_with("no"), "can-i {action}: {text:?}");
        }
    }
}

#[test]
fn non_member_may_do_nothing() {
    let env = Env::new();
    env.seed();
    for (action, _) in ORG_ACTIONS {
        let out = env.run(&["--as", CAROL, "--org", ORG, "can-i", action]);
        assert_eq!(code_of(&out), 3, "non-member can-i {action}\n{}", describe(&out));
        assert!(stdout(&out).is_empty(), "{}", describe(&out));
        assert!(stderr(&out).contains("does not exist or you are not a member"), "{}", describe(&out));
    }
}

#[test]
fn can_i_json_has_allowed_and_reason() {
    let env = Env::new();
    env.seed();
    let yes = env.json(&["can-i", "manage-members"]);
    assert_keys(&yes, &["allowed", "reason"]);
    assert_eq!(yes["allowed"], true);
    assert!(!str_field(&yes, "reason").is_empty());

    let out = env.fails(&["--json", "--as", BOB, "can-i", "manage-members"], 4);
    let no = parse_json(&stdout(&out), &["can-i"]);
    assert_eq!(no["allowed"], false, "{no}");
    assert!(!str_field(&no, "reason").is_empty());
}

#[test]
fn unknown_action_is_a_usage_error() {
    let env = Env::new();
    env.seed();
    let err = env.json_err(&["can-i", "rule-the-world"], 2);
    assert_error_kind(&err, "usage");
    env.fails(&["can-i"], 2);
}

#[test]
fn can_i_needs_a_user_and_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["logout"]);
    env.fails(&["can-i", "view-org"], 4);
}

#[test]
fn can_i_follows_role_changes() {
    let env = Env::new();
    env.seed();
    env.fails(&["--as", BOB, "can-i", "manage-members"], 4);
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "can-i", "manage-members"]);
    env.ok(&["member", "set-role", BOB, "member"]);
    env.fails(&["--as", BOB, "can-i", "manage-members"], 4);
}

#[test]
fn members_are_refused_admin_commands() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        for args in [
            vec!["--as", BOB, "org", "edit", "--name", "Bob Corp"],
            vec!["--as", BOB, "org", "delete", ORG, "--yes"],
            vec!["--as", BOB, "audit", "list"],
            vec!["--as", BOB, "billing", "show"],
        ] {
            let out = env.run(&args);
            assert_eq!(code_of(&out), 4, "{args:?}\n{}", describe(&out));
            assert!(out.stdout.is_empty(), "{args:?} printed data: {}", stdout(&out));
        }
    });
}

#[test]
fn admin_sees_billing() {
    let env = Env::new();
    env.seed();
    let billing = env.json(&["billing", "show"]);
    assert_keys(&billing, &["plan", "billing_email", "usage"]);
    let plan = str_field(&billing, "plan");
    assert!(["free", "team", "enterprise"].contains(&plan.as_str()), "plan {plan}");
}
