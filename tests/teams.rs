//! Teams (docs/contract.md §1 Team, §4 `team …`): the lifecycle, all-or-nothing membership, and what leaving the org takes along.

use serde_json::{json, Value};

use crate::common::*;

fn team(env: &Env, slug: &str) -> Value {
    env.json(&["team", "show", slug])
}

fn members_of(env: &Env, slug: &str) -> Vec<String> {
    let v = team(env, slug);
    let mut out: Vec<String> =
        v["members"].as_array().unwrap_or_else(|| panic!("members: {v}")).iter().filter_map(email_of).collect();
    out.sort();
    out
}

fn teams_of(env: &Env, email: &str) -> Value {
    let list = env.json(&["member", "list"]);
    array(&list).iter().find(|m| m["email"] == email).map(|m| m["teams"].clone()).unwrap_or(Value::Null)
}

/// The seed, carol as a member too, and teams eng and ops.
fn setup() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["team", "create", "eng", "--name", "Engineering", "--description", "Builds it"]);
    env.ok(&["team", "create", "ops"]);
    env
}

/// `setup`, then each (team, users) added, then GRANTS applied.
fn granted(teams: &[(&str, &[&str])]) -> Env {
    let env = setup();
    for (team, users) in teams {
        let mut args = vec!["team", "add", team];
        args.extend_from_slice(users);
        env.ok(&args);
    }
    env.apply_as(ALICE, "teams.toml", GRANTS);
    env
}

/// Two dashboards: `prod` (restricted) granted to team eng (edit) and to
/// carol directly (view); `kpis` (org-wide) granted to carol (edit) and ops (view).
const GRANTS: &str = fixture!("teams-grants.toml");

#[test]
fn create_list_show_edit_delete() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["team", "create", "eng", "--name", "Engineering", "--description", "Builds it"]);
    assert_eq!(v["action"], "created", "{v}");
    assert_keys(&v, &["slug", "name", "description", "members"]);
    assert_eq!(v["slug"], "eng");
    assert_eq!(v["name"], "Engineering");
    assert_eq!(v["description"], "Builds it");
    assert_eq!(v["members"], json!([]));
    // Without --name the name is the slug.
    let v = env.json(&["team", "create", "ops"]);
    assert_eq!(v["name"], "ops", "{v}");

    let list = env.json(&["team", "list"]);
    assert_eq!(slugs(&list), strings(&["eng", "ops"]));
    for t in array(&list) {
        assert_keys(t, &["slug", "name", "description", "members"]);
    }
    let tsv = env.ok(&["team", "list"]);
    assert_eq!(tsv.lines().count(), 2, "{tsv}");
    assert!(tsv.lines().any(|l| l.starts_with("eng\tEngineering\tBuilds it")), "{tsv}");

    let shown = team(&env, "eng");
    assert_keys(&shown, &["slug", "name", "description", "members"]);

    let v = env.json(&["team", "edit", "eng", "--name", "Platform", "--description", "Runs it"]);
    assert_eq!(v["action"], "updated", "{v}");
    let shown = team(&env, "eng");
    assert_eq!(shown["name"], "Platform");
    assert_eq!(shown["description"], "Runs it");
    let out = env.ok(&["team", "edit", "eng", "--name", "Platform"]);
    assert!(out.contains("unchanged"), "{out}");

    let v = env.json(&["--yes", "team", "delete", "ops"]);
    assert_eq!(v["action"], "deleted", "{v}");
    assert_eq!(slugs(&env.json(&["team", "list"])), strings(&["eng"]));
    let err = env.json_err(&["team", "show", "ops"], 3);
    assert_error_kind(&err, "not_found");
    env.fails(&["team", "edit", "ops", "--name", "X"], 3);
    env.fails(&["team", "delete", "ops", "--yes"], 3);
}

#[test]
fn receipts_name_the_team_and_the_org() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["team", "create", "eng"]);
    assert!(out.contains("eng") && out.contains(ORG), "{out}");
    let out = env.ok(&["team", "add", "eng", BOB]);
    assert!(out.contains("eng") && out.contains(ORG) && out.contains(BOB), "{out}");
}

#[test]
fn a_taken_or_invalid_slug_is_refused() {
    let env = setup();
    let err = env.json_err(&["team", "create", "eng"], 5);
    assert_error_kind(&err, "conflict");
    for bad in ["Eng", "-eng", "eng-", "e_g", "", &"a".repeat(41)] {
        let err = env.json_err(&["team", "create", bad], 2);
        assert_error_kind(&err, "usage");
    }
    env.fails(&["team", "create", "qa", "--name", ""], 2);
    assert_eq!(slugs(&env.json(&["team", "list"])), strings(&["eng", "ops"]));
}

#[test]
fn team_add_is_all_or_nothing() {
    let env = setup();
    env.ok(&["user", "add", "erin@example.com"]);
    // A registered user who is not in acme: nobody is added. The implementation
    // answers not_found (the member does not exist, docs/contract.md §7).
    let err = env.json_err(&["team", "add", "eng", BOB, "erin@example.com", CAROL], 3);
    assert_error_kind(&err, "not_found");
    assert!(err["error"]["message"].as_str().unwrap().contains("erin@example.com"), "{err}");
    assert!(members_of(&env, "eng").is_empty(), "nothing was added");
    // An unknown user, an invalid email, a dave who is in no org.
    env.fails(&["team", "add", "eng", BOB, "ghost@example.com"], 3);
    env.fails(&["team", "add", "eng", BOB, DAVE], 3);
    env.fails(&["team", "add", "eng", BOB, "not-an-email"], 2);
    env.fails(&["team", "add", "nope", BOB], 3);
    env.fails(&["team", "add", "eng"], 2);
    assert!(members_of(&env, "eng").is_empty(), "nothing was added");
    assert_eq!(teams_of(&env, BOB), json!([]));

    let v = env.json(&["team", "add", "eng", BOB, "Carol@Example.com"]);
    assert_ne!(v["action"], "unchanged", "{v}");
    assert_eq!(members_of(&env, "eng"), strings(&[BOB, CAROL]));
}

#[test]
fn adding_members_already_in_the_team_is_unchanged() {
    let env = setup();
    env.ok(&["team", "add", "eng", BOB]);
    let v = env.json(&["team", "add", "eng", BOB]);
    assert_eq!(v["action"], "unchanged", "{v}");
    let out = env.ok(&["team", "add", "eng", BOB]);
    assert!(out.contains("unchanged"), "{out}");
    // Some new, some already in: the new ones are added, no error.
    env.ok(&["team", "add", "eng", BOB, CAROL]);
    assert_eq!(members_of(&env, "eng"), strings(&[BOB, CAROL]));
}

#[test]
fn team_remove_takes_members_out() {
    let env = setup();
    env.ok(&["team", "add", "eng", BOB, CAROL, ALICE]);
    let v = env.json(&["team", "remove", "eng", BOB, CAROL]);
    assert_eq!(v["action"], "updated", "{v}");
    assert_eq!(members_of(&env, "eng"), strings(&[ALICE]));
    // Someone not in the team is no error.
    env.ok(&["team", "remove", "eng", BOB]);
    env.fails(&["team", "remove", "nope", BOB], 3);
    assert_eq!(members_of(&env, "eng"), strings(&[ALICE]));
    // Removed from the team, still in the org.
    assert!(env.roles().contains(&(BOB.to_string(), "member".to_string())));
}

#[test]
fn a_user_may_be_in_many_teams() {
    let env = setup();
    env.ok(&["team", "create", "qa"]);
    for t in ["qa", "eng", "ops"] {
        env.ok(&["team", "add", t, BOB]);
    }
    env.ok(&["team", "add", "eng", CAROL]);
    let bob = teams_of(&env, BOB);
    let mut got: Vec<String> = bob.as_array().unwrap().iter().filter_map(slug_of).collect();
    got.sort();
    assert_eq!(got, strings(&["eng", "ops", "qa"]), "{bob}");
    for t in ["qa", "eng", "ops"] {
        assert!(members_of(&env, t).contains(&BOB.to_string()), "{t}");
    }
    // `member list --team` filters.
    assert_eq!(emails(&env.json(&["member", "list", "--team", "eng"])), strings(&[BOB, CAROL]));
    assert_eq!(emails(&env.json(&["member", "list", "--team", "qa"])), strings(&[BOB]));
    let none = env.run(&["member", "list", "--team", "ops", "--role", "admin"]);
    assert_eq!(code_of(&none), 0);
    assert!(none.stdout.is_empty(), "{}", stdout(&none));
    let err = env.json_err(&["member", "list", "--team", "nope"], 3);
    assert_error_kind(&err, "not_found");
}

#[test]
fn team_show_lists_members_and_the_dashboards_granted_to_it() {
    let env = granted(&[("eng", &[BOB, CAROL][..])]);
    let v = team(&env, "eng");
    assert_eq!(members_of(&env, "eng"), strings(&[BOB, CAROL]));
    let text = v.to_string();
    assert!(text.contains("\"prod\""), "eng is granted prod: {v}");
    assert!(!text.contains("\"kpis\""), "kpis is granted to ops and carol, not eng: {v}");
    let ops = team(&env, "ops").to_string();
    assert!(ops.contains("\"kpis\"") && !ops.contains("\"prod\""), "{ops}");
    let tsv = env.ok(&["team", "show", "eng"]);
    assert!(tsv.contains("prod") && tsv.contains(BOB), "{tsv}");
    // Members may see it too.
    assert_eq!(env.json(&["--as", BOB, "team", "show", "eng"])["slug"], "eng");
    // But not a restricted dashboard they cannot view: carol can (direct grant), dave cannot.
    env.ok(&["member", "add", DAVE]);
    let seen_by = |user: &str| env.json(&["--as", user, "team", "show", "eng"])["dashboards"].to_string();
    assert!(seen_by(CAROL).contains("\"prod\""), "{}", seen_by(CAROL));
    assert!(!seen_by(DAVE).contains("\"prod\""), "a restricted dashboard shows through team show: {}", seen_by(DAVE));
    assert!(!env.ok(&["--as", DAVE, "team", "show", "eng"]).contains("prod"));
}

/// The JSON receipt names each of `names` as a string: what went with the user.
fn assert_receipt_names(v: &Value, names: &[&str]) {
    let text = v.to_string();
    for name in names {
        assert!(text.contains(&format!("\"{name}\"")), "the receipt should say {name} went: {v}");
    }
}

#[test]
fn member_remove_takes_the_user_out_of_its_teams_and_drops_its_direct_grants() {
    let env = granted(&[("eng", &[BOB, CAROL][..]), ("ops", &[CAROL][..])]);
    let v = env.json(&["member", "remove", CAROL, "--yes"]);
    assert_eq!(v["action"], "deleted", "{v}");
    assert_receipt_names(&v, &["eng", "ops", "prod", "kpis"]);
    assert_eq!(members_of(&env, "eng"), strings(&[BOB]));
    assert!(members_of(&env, "ops").is_empty());
    for slug in ["prod", "kpis"] {
        let d = env.json(&["dashboard", "show", slug]);
        assert!(!d["grants"].to_string().contains(CAROL), "carol's grant on {slug} stays: {d}");
    }
    // Team grants stay.
    assert!(env.json(&["dashboard", "show", "prod"])["grants"].to_string().contains("eng"));
    // Joining again starts from nothing.
    env.ok(&["member", "add", CAROL]);
    assert_eq!(teams_of(&env, CAROL), json!([]));
    env.fails(&["--as", CAROL, "dashboard", "show", "prod"], 3);
}

#[test]
fn member_remove_receipt_names_the_teams_and_grants() {
    let env = granted(&[("ops", &[CAROL][..])]);
    let out = env.ok(&["member", "remove", CAROL, "--yes"]);
    for name in [CAROL, ORG, "ops", "prod", "kpis"] {
        assert!(out.contains(name), "receipt should name {name}: {out}");
    }
}

#[test]
fn leaving_the_org_takes_the_same_along() {
    let env = granted(&[("eng", &[BOB, CAROL][..])]);
    let v = env.json(&["--as", CAROL, "org", "leave", ORG, "--yes"]);
    assert_receipt_names(&v, &["eng", "prod", "kpis"]);
    assert_eq!(members_of(&env, "eng"), strings(&[BOB]));
    let access = env.json(&["dashboard", "access", "kpis"]);
    assert!(!access.to_string().contains(CAROL), "{access}");
    for slug in ["prod", "kpis"] {
        assert!(!env.json(&["dashboard", "show", slug])["grants"].to_string().contains(CAROL));
    }
}

#[test]
fn team_delete_needs_yes_without_a_terminal() {
    let env = granted(&[("eng", &[BOB][..])]);
    let out = env.fails(&["team", "delete", "eng"], 2);
    assert!(stderr(&out).contains("--yes"), "says to pass --yes: {}", stderr(&out));
    let err = env.json_err(&["team", "delete", "eng"], 2);
    assert_error_kind(&err, "usage");
    assert_eq!(members_of(&env, "eng"), strings(&[BOB]), "the team is untouched");
    env.ok(&["team", "delete", "eng", "--yes"]);
    env.fails(&["team", "show", "eng"], 3);
    // Its grant went with it; its members stay in the org.
    let prod = env.json(&["dashboard", "show", "prod"]);
    assert!(!prod["grants"].to_string().contains("eng"), "{prod}");
    assert_eq!(teams_of(&env, BOB), json!([]));
    env.fails(&["--as", BOB, "dashboard", "show", "prod"], 3);
}

#[test]
fn members_may_list_and_show_but_not_change_teams() {
    let env = setup();
    env.ok(&["team", "add", "eng", CAROL]);
    let before = (env.json(&["team", "list"]), env.json(&["member", "list"]));
    assert_eq!(env.json(&["--as", BOB, "team", "list"]), before.0);
    env.ok(&["--as", BOB, "team", "show", "eng"]);
    for args in [
        vec!["team", "create", "qa"],
        vec!["team", "edit", "eng", "--name", "Bob's"],
        vec!["team", "delete", "eng", "--yes"],
        vec!["team", "add", "eng", BOB],
        vec!["team", "remove", "eng", CAROL],
    ] {
        let mut full = vec!["--as", BOB];
        full.extend(&args);
        let err = env.json_err(&full, 4);
        assert_error_kind(&err, "forbidden");
        // Someone outside acme gets the same answer.
        let mut full = vec!["--as", DAVE, "--org", ORG];
        full.extend(&args);
        env.fails(&full, 3);
    }
    env.fails(&["--as", DAVE, "--org", ORG, "team", "list"], 3);
    env.fails(&["--as", DAVE, "--org", ORG, "team", "show", "eng"], 3);
    assert_eq!((env.json(&["team", "list"]), env.json(&["member", "list"])), before);
}
