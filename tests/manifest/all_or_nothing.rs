//! A manifest that fails part-way through writes nothing at all.

use crate::common::*;

use super::*;

/// Valid work in a new org and in acme, then `tail` (appended to acme), which
/// fails only at apply time.
fn failing_in_the_middle(tail: &str, code: i32, needle: &str) {
    let env = Env::new();
    env.seed();
    let text = fixture!("manifest/all-or-nothing.toml").replace("{tail}", tail);
    let file = env.write("bad.toml", &text);
    let before = state(&env, ALICE, &[ORG]);
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &file], code);
    let message = err["error"]["message"].as_str().unwrap_or("");
    assert!(message.contains(needle), "the error names {needle:?}: {err}");
    // The same through a dry run.
    env.fails(&["--as", ALICE, "apply", "-f", &file, "--dry-run"], code);
    assert_eq!(state(&env, ALICE, &[ORG]), before, "a failed apply writes nothing");
    assert!(!user_exists(&env, FRANK) && !user_exists(&env, "grace@example.com"));
    assert_eq!(env.json(&["--as", BOB, "user", "show"])["name"], "Bob Roe");
    assert_eq!(env.code(&["--as", ALICE, "org", "show", "beta"]), 3, "the new org was not created");
}

#[test]
fn a_team_member_who_is_not_an_org_member_fails_the_whole_apply() {
    failing_in_the_middle(
        r#"  [[orgs.teams]]
  slug = "late"
  members = ["frank@example.com", "dave@example.com"]
"#,
        2,
        "orgs[acme].teams[late].members[1]",
    );
}

#[test]
fn a_grant_to_an_unknown_team_fails_the_whole_apply() {
    failing_in_the_middle(
        r#"  [[orgs.dashboards]]
  slug = "late"
  title = "Late"
  grants = [{ team = "eng", permission = "view" }, { team = "ghost", permission = "view" }]
"#,
        2,
        "orgs[acme].dashboards[late].grants[1]",
    );
}

#[test]
fn an_invite_to_an_unknown_team_fails_the_whole_apply() {
    failing_in_the_middle(
        r#"  [[orgs.invites]]
  email = "ivan@example.com"
  teams = ["ghost"]
"#,
        2,
        "orgs[acme].invites[0]",
    );
}

#[test]
fn leaving_an_org_without_an_admin_fails_the_whole_apply() {
    // alice, acme's only admin, is listed last as a plain member: the org
    // would be left without an admin, which is found at the end of acme.
    failing_in_the_middle(
        r#"  [[orgs.connectors]]
  name = "late"
  kind = "postgres"
  url = "postgres://db/late"
  [[orgs.members]]
  email = "alice@example.com"
  role = "member"
"#,
        5,
        "admin",
    );
}
