//! `apply --prune`: deletes what the file does not name, in the file's orgs only.

use crate::common::*;

use super::*;

#[test]
fn without_prune_nothing_is_deleted() {
    let env = Env::new();
    prune_fixture(&env);
    let file = env.write("prune.toml", PRUNE);
    let before = state(&env, ALICE, &[ORG, "beta"]);
    let r = apply(&env, ALICE, &file, &[]);
    assert_no_changes(&r);
    assert_eq!(state(&env, ALICE, &[ORG, "beta"]), before);
    let dry = apply(&env, ALICE, &file, &["--dry-run"]);
    assert_no_changes(&dry);
}

#[test]
fn prune_removes_what_the_file_does_not_name_in_its_orgs_only() {
    let env = Env::new();
    prune_fixture(&env);
    let file = env.write("prune.toml", PRUNE);
    let before = state(&env, ALICE, &[ORG, "beta"]);
    let beta_before = env.ok(&["--as", ALICE, "export", "--org", "beta"]);

    // The plan shows the deletions and writes nothing.
    let dry = apply(&env, ALICE, &file, &["--prune", "--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    let text = env.ok(&["--as", ALICE, "apply", "-f", &file, "--prune", "--dry-run"]);
    assert!(text.contains("deleted") && text.contains("legacy") && text.contains(DAVE), "plan:\n{text}");
    assert_eq!(state(&env, ALICE, &[ORG, "beta"]), before, "a pruning dry run writes nothing");

    let r = apply(&env, ALICE, &file, &["--prune"]);
    assert_eq!(plan(&dry), plan(&r), "the dry run planned the real run");
    one(&r, "deleted", "member", &[DAVE]);
    one(&r, "deleted", "team_member", &["eng", CAROL]);
    one(&r, "deleted", "team", &["ops"]);
    one(&r, "deleted", "grant", &["kpis"]);
    one(&r, "deleted", "dashboard", &["old"]);
    one(&r, "deleted", "connector", &["legacy"]);
    assert_eq!(changes(&r).len(), 6, "only deletions:\n{r:#}");
    assert_eq!(r["summary"], serde_json::json!({"created": 0, "updated": 0, "deleted": 6}));
    for c in changes(&r) {
        assert_eq!(c["org"], ORG, "prune stays in the file's orgs: {c}");
    }

    // What is left in acme.
    let a = |args: &[&str]| env.json_in(ALICE, ORG, args);
    assert_eq!(
        env.roles(),
        vec![(ALICE.into(), "admin".into()), (BOB.into(), "member".into()), (CAROL.into(), "member".into())],
        "the acting user's own membership is never pruned"
    );
    assert_eq!(slugs(&a(&["team", "list"])), strings(&["eng"]));
    assert_eq!(sorted(&a(&["team", "show", "eng"])["members"]), strings(&[BOB]));
    assert_eq!(slugs(&a(&["dashboard", "list"])), strings(&["kpis"]));
    assert_eq!(grants(&a(&["dashboard", "show", "kpis"])), strings(&["user:carol@example.com=view"]));
    let names: Vec<String> = array(&a(&["connector", "list"])).iter().map(|k| str_field(k, "name")).collect();
    assert_eq!(names, strings(&["warehouse"]));
    assert_eq!(emails(&a(&["invite", "list"])), strings(&[ERIN]), "invites are not pruned");
    // Never users, never orgs, never another org's contents.
    assert!(user_exists(&env, DAVE));
    assert_eq!(env.ok(&["--as", ALICE, "export", "--org", "beta"]), beta_before);
    // Pruning again changes nothing.
    assert_no_changes(&apply(&env, ALICE, &file, &["--prune"]));
}

#[test]
fn prune_never_removes_the_acting_users_membership_in_a_new_org() {
    let env = Env::new();
    env.seed();
    let text = fixture!("manifest/prune-new-org.toml");
    let r = apply(&env, CAROL, &env.write("gamma.toml", text), &["--prune"]);
    one(&r, "created", "member", &[CAROL]);
    assert_eq!(count(&r, "deleted", "member"), 0, "{r:#}");
    let members = env.json(&["--as", CAROL, "--org", "gamma", "member", "list"]);
    assert_eq!(emails(&members), strings(&[CAROL, DAVE]));
    for m in array(&members) {
        assert_eq!(m["role"], "admin", "{m}");
    }
}

/// A pruned grant names its grantee the way the created one did (`kpis/team
/// eng`), not by an internal id: STYLE.md "name the org and the object acted
/// on"; no command shows team ids.
#[test]
fn a_pruned_team_grant_names_the_team() {
    let env = Env::new();
    apply(&env, ALICE, &env.write("base.toml", BASE), &[]);
    let created = one(&apply(&env, ALICE, &env.write("again.toml", UPDATED), &[]), "updated", "grant", &["eng"])
        ["target"]
        .clone();
    let without = UPDATED.replace("{ team = \"eng\", permission = \"view\" },", "");
    let r = apply(&env, ALICE, &env.write("without.toml", &without), &["--prune"]);
    let deleted = one(&r, "deleted", "grant", &["kpis"]);
    assert_eq!(deleted["target"], created, "{r:#}");
}
