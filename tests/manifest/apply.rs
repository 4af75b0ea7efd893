//! `apply` per kind: create, update, unchanged; omitted fields, roles, idempotence, case-insensitive emails.

use crate::common::*;

use super::*;

#[test]
fn apply_creates_every_kind_into_an_empty_store() {
    let env = Env::new();
    let file = env.write("base.toml", BASE);
    let r = apply(&env, ALICE, &file, &[]);
    assert_eq!(r["dry_run"], false);
    for email in [ALICE, BOB, CAROL] {
        one(&r, "created", "user", &[email]);
        one(&r, "created", "member", &[email]);
    }
    one(&r, "created", "org", &[ORG]);
    one(&r, "created", "team", &["eng"]);
    one(&r, "created", "team_member", &["eng", ALICE]);
    one(&r, "created", "team_member", &["eng", BOB]);
    one(&r, "created", "dashboard", &["kpis"]);
    one(&r, "created", "grant", &["kpis", "eng"]);
    one(&r, "created", "grant", &["kpis", CAROL]);
    one(&r, "created", "connector", &["warehouse"]);
    let invite = one(&r, "created", "invite", &[ERIN]);
    assert!(invite["token"].as_str().is_some_and(|t| t.len() >= 16), "invite change carries its token: {invite}");
    assert_eq!(changes(&r).len(), 15, "nothing else changed:\n{r:#}");
    assert_eq!(r["summary"], serde_json::json!({"created": 15, "updated": 0, "deleted": 0}));
    for c in changes(&r).iter().filter(|c| c["kind"] != "user") {
        assert_eq!(c["org"], ORG, "{c}");
    }

    // And the store holds it.
    let a = |args: &[&str]| env.json_in(ALICE, ORG, args);
    let org = a(&["org", "show"]);
    assert_eq!(org["name"], "Acme Inc", "{org}");
    let billing = a(&["billing", "show"]);
    assert_eq!(
        (billing["plan"].as_str(), billing["billing_email"].as_str()),
        (Some("team"), Some("billing@example.com"))
    );
    assert_eq!(
        env.roles(),
        vec![(ALICE.into(), "admin".into()), (BOB.into(), "member".into()), (CAROL.into(), "member".into())]
    );
    let me = a(&["user", "show", BOB]);
    assert_eq!(me["name"], "Bob Roe");
    let team = a(&["team", "show", "eng"]);
    assert_eq!((team["name"].as_str(), team["description"].as_str()), (Some("Engineering"), Some("Builds it")));
    assert_eq!(sorted(&team["members"]), strings(&[ALICE, BOB]));
    let d = a(&["dashboard", "show", "kpis"]);
    assert_eq!(d["title"], "KPIs");
    assert_eq!(d["description"], "The numbers");
    assert_eq!(d["visibility"], "restricted");
    assert_eq!(d["owner"], BOB);
    assert_eq!(grants(&d), strings(&["team:eng=edit", "user:carol@example.com=view"]));
    let k = a(&["connector", "show", "warehouse"]);
    assert_eq!(
        (k["kind"].as_str(), k["url"].as_str()),
        // A user name alone may be a token (`https://TOKEN@github.com`): shown masked.
        (Some("postgres"), Some("postgres://****@db.internal/analytics"))
    );
    let invites = a(&["invite", "list"]);
    assert_eq!(emails(&invites), strings(&[ERIN]));
    assert_eq!(array(&invites)[0]["role"], "member");
    assert_eq!(sorted(&array(&invites)[0]["teams"]), strings(&["eng"]));
}

#[test]
fn apply_updates_what_differs_per_kind() {
    let env = Env::new();
    apply(&env, ALICE, &env.write("base.toml", BASE), &[]);
    let r = apply(&env, ALICE, &env.write("updated.toml", UPDATED), &[]);
    one(&r, "updated", "user", &[ALICE]);
    one(&r, "updated", "org", &[ORG]);
    one(&r, "updated", "member", &[CAROL]);
    one(&r, "updated", "team", &["eng"]);
    one(&r, "created", "team_member", &["eng", CAROL]);
    one(&r, "updated", "dashboard", &["kpis"]);
    one(&r, "updated", "grant", &["kpis", "eng"]);
    one(&r, "updated", "grant", &["kpis", CAROL]);
    one(&r, "created", "grant", &["kpis", BOB]);
    one(&r, "updated", "connector", &["warehouse"]);
    assert_eq!(changes(&r).len(), 10, "nothing else changed, no second invite:\n{r:#}");
    assert_eq!(r["summary"], serde_json::json!({"created": 2, "updated": 8, "deleted": 0}));

    let a = |args: &[&str]| env.json_in(ALICE, ORG, args);
    assert_eq!(a(&["user", "show", ALICE])["name"], "Alice Q. Doe");
    assert_eq!(a(&["org", "show"])["name"], "Acme Corp");
    let billing = a(&["billing", "show"]);
    assert_eq!(
        (billing["plan"].as_str(), billing["billing_email"].as_str()),
        (Some("enterprise"), Some("finance@example.com"))
    );
    assert!(env.roles().contains(&(CAROL.to_string(), "admin".to_string())));
    let team = a(&["team", "show", "eng"]);
    assert_eq!((team["name"].as_str(), team["description"].as_str()), (Some("Eng"), Some("Ships it")));
    assert_eq!(sorted(&team["members"]), strings(&[ALICE, BOB, CAROL]));
    let d = a(&["dashboard", "show", "kpis"]);
    assert_eq!(
        (d["title"].as_str(), d["description"].as_str(), d["visibility"].as_str(), d["owner"].as_str()),
        (Some("Key numbers"), Some("All the numbers"), Some("org"), Some(CAROL))
    );
    assert_eq!(grants(&d), strings(&["team:eng=view", "user:bob@example.com=view", "user:carol@example.com=edit"]));
    let k = a(&["connector", "show", "warehouse"]);
    assert_eq!(
        (k["kind"].as_str(), k["url"].as_str()),
        (Some("snowflake"), Some("snowflake://acct.example/analytics"))
    );
    assert_eq!(array(&a(&["invite", "list", "--state", "all"])).len(), 1, "still one invite for erin");

    // The updated file now matches.
    assert_no_changes(&apply(&env, ALICE, &env.write("updated2.toml", UPDATED), &[]));
}

#[test]
fn omitted_optional_fields_keep_their_values() {
    let env = Env::new();
    apply(&env, ALICE, &env.write("base.toml", BASE), &[]);
    let before = state(&env, ALICE, &[ORG]);
    // No name, plan, billing email, members, team name/description/members,
    // dashboard description/visibility/owner/grants, connectors or invites.
    let minimal = fixture!("manifest/minimal.toml");
    assert_no_changes(&apply(&env, ALICE, &env.write("minimal.toml", minimal), &[]));
    assert_eq!(state(&env, ALICE, &[ORG]), before);
}

/// A manifest invite has the bounds of `invite create --expires`.
#[test]
fn manifest_invite_expiry_is_bounded_like_the_flag() {
    let env = Env::new();
    env.seed();
    for (expires, code) in [("400d", 2), ("0s", 2), ("365d", 0)] {
        let text = format!(
            "[[orgs]]\nslug = \"acme\"\n  [[orgs.invites]]\n  email = \"erin@example.com\"\n  expires = \"{expires}\"\n"
        );
        let file = env.write("inv.toml", &text);
        let out = env.run(&["--as", ALICE, "apply", "-f", &file]);
        assert_eq!(code_of(&out), code, "expires = {expires}\n{}", describe(&out));
        if code != 0 {
            assert!(stderr(&out).contains("invites[0]"), "the error names the place: {}", describe(&out));
        }
    }
}

/// A member listed without `role` keeps the role they hold; someone new joins as member.
#[test]
fn a_member_without_a_role_keeps_theirs() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL, "--role", "admin"]);
    let text = "[[orgs]]\nslug = \"acme\"\n  [[orgs.members]]\n  email = \"carol@example.com\"\n  [[orgs.members]]\n  email = \"dave@example.com\"\n";
    let r = apply(&env, ALICE, &env.write("roles.toml", text), &[]);
    assert_eq!(changes(&r).len(), 1, "{r:#}");
    one(&r, "created", "member", &[DAVE]);
    let roles = env.roles();
    assert!(roles.contains(&(CAROL.to_string(), "admin".to_string())), "{roles:?}");
    assert!(roles.contains(&(DAVE.to_string(), "member".to_string())), "{roles:?}");
}

#[test]
fn applying_the_same_file_twice_changes_nothing_the_second_time() {
    let env = Env::new();
    let file = env.write("base.toml", BASE);
    apply(&env, ALICE, &file, &[]);
    let before = state(&env, ALICE, &[ORG]);

    let run = env.run(&["--as", ALICE, "apply", "-f", &file]);
    assert_eq!(code_of(&run), 0, "{}", describe(&run));
    assert!(run.stdout.is_empty(), "no change, no row: {}", describe(&run));
    let out = stderr(&run);
    assert!(out.contains("0 changes"), "the second run says it changed nothing (on stderr): {out:?}");
    let r = apply(&env, ALICE, &file, &[]);
    assert_eq!(r["dry_run"], false);
    assert_no_changes(&r);
    let table = env.ok(&["--as", ALICE, "-o", "table", "apply", "-f", &file]);
    assert!(table.contains("0 changes"), "{table:?}");

    // No audit entry, no second invite, nothing else.
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    let invites = env.json(&["--as", ALICE, "--org", ORG, "invite", "list", "--state", "all"]);
    assert_eq!(emails(&invites), strings(&[ERIN]), "one invite for the pending email");
}

#[test]
fn emails_in_a_manifest_are_case_insensitive() {
    let env = Env::new();
    let text = fixture!("manifest/mixed-case-emails.toml");
    let file = env.write("case.toml", text);
    apply(&env, ALICE, &file, &[]);
    assert_eq!(env.roles(), vec![(ALICE.to_string(), "admin".to_string()), (BOB.to_string(), "member".to_string())]);
    assert_no_changes(&apply(&env, ALICE, &file, &[]));
}

/// New teams go in together, between and beside existing ones: each new
/// team gets its own name (given, or its slug) and description and its own
/// `team.create` entry, in the file's order; an existing team listed
/// between them is edited as `team edit` does.
#[test]
fn apply_creates_new_teams_beside_an_existing_one_each_as_team_create_does() {
    let env = Env::new();
    apply(&env, ALICE, &env.write("base.toml", BASE), &[]);
    let teams = r#"
[[orgs]]
slug = "acme"

  [[orgs.teams]]
  slug = "ops"
  description = "Runs it"
  members = ["carol@example.com"]

  [[orgs.teams]]
  slug = "eng"
  name = "Engineers"

  [[orgs.teams]]
  slug = "data"
  name = "Data"
  members = ["bob@example.com"]
"#;
    let r = apply(&env, ALICE, &env.write("teams.toml", teams), &[]);
    one(&r, "created", "team", &["ops"]);
    one(&r, "updated", "team", &["eng"]);
    one(&r, "created", "team", &["data"]);
    one(&r, "created", "team_member", &["ops", CAROL]);
    one(&r, "created", "team_member", &["data", BOB]);
    let order: Vec<String> =
        changes(&r).iter().filter(|c| c["kind"] == "team").map(|c| str_field(c, "target")).collect();
    assert_eq!(order.len(), 3, "{r:#}");
    assert!(order[0].contains("ops") && order[1].contains("eng") && order[2].contains("data"), "{order:?}");

    let show = |slug: &str| env.json_in(ALICE, ORG, &["team", "show", slug]);
    let (ops, eng, data) = (show("ops"), show("eng"), show("data"));
    assert_eq!((ops["name"].as_str(), ops["description"].as_str()), (Some("ops"), Some("Runs it")), "{ops}");
    assert_eq!((eng["name"].as_str(), eng["description"].as_str()), (Some("Engineers"), Some("Builds it")), "{eng}");
    assert_eq!((data["name"].as_str(), data["description"].as_str()), (Some("Data"), None), "{data}");
    assert_eq!(sorted(&ops["members"]), strings(&[CAROL]));
    assert_eq!(sorted(&data["members"]), strings(&[BOB]));

    let entries = audit(&env, ALICE, ORG);
    let team_entries: Vec<(String, String, String)> = entries
        .iter()
        .filter(|e| str_field(e, "action").starts_with("team.") && !str_field(e, "action").starts_with("team.member"))
        .map(|e| (str_field(e, "action"), str_field(e, "target"), str_field(e, "details")))
        .collect();
    let find = |action: &str, target: &str| {
        team_entries
            .iter()
            .find(|(a, t, _)| a == action && t == target)
            .unwrap_or_else(|| panic!("no {action} of {target} in {team_entries:#?}"))
            .2
            .clone()
    };
    assert!(find("team.create", "ops").contains("name=ops"), "{team_entries:#?}");
    assert!(find("team.create", "data").contains("name=Data"), "{team_entries:#?}");
    assert!(find("team.edit", "eng").contains("name"), "{team_entries:#?}");
}
