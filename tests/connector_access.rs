//! Data access per connector (docs/contract.md §1 Connector, §2 "use (query) a connector", issue 15):
//! `connector grant | revoke | access`, `can-i use connector/NAME`, and grants cascading away.

use serde_json::json;

use crate::common::*;

/// acme with a connector `wh`, a team `eng` holding carol; carol and dave are members too.
fn setup() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["member", "add", DAVE]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", CAROL]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://reader:pw@db.test/x"]);
    env
}

fn can_use(env: &Env, who: &str, name: &str) -> (i32, String) {
    let out = env.run(&["--as", who, "can-i", "use", &format!("connector/{name}")]);
    (code_of(&out), stdout(&out))
}

#[test]
fn open_access_lets_every_member_use_every_connector() {
    let env = setup();
    for who in [ALICE, BOB, CAROL] {
        let (code, out) = can_use(&env, who, "wh");
        assert_eq!(code, 0, "{who}: {out}");
    }
    let (_, out) = can_use(&env, BOB, "wh");
    assert!(out.contains("connector-access is open"), "{out}");
    let rows = env.json(&["connector", "access", "wh"]);
    assert_eq!(emails(&rows).len(), 4, "{rows}");
    env.ok(&["--as", BOB, "can-i", "use-connectors"]);
}

#[test]
fn granted_access_follows_grants_and_names_the_setting() {
    let env = setup();
    env.ok(&["org", "security", "set", "--connector-access", "granted"]);
    let (code, out) = can_use(&env, BOB, "wh");
    assert_eq!(code, 4, "{out}");
    assert!(out.starts_with("no: ") && out.contains("connector-access"), "{out}");
    let out = env.fails(&["--as", BOB, "can-i", "use-connectors"], 4);
    assert!(stdout(&out).contains("connector-access is granted"), "{}", describe(&out));
    let (code, out) = can_use(&env, ALICE, "wh");
    assert_eq!((code, out.trim()), (0, "yes: admin of acme"));

    let v = env.json(&["connector", "grant", "wh", "--team", "eng"]);
    assert_eq!(v["action"], "created");
    assert_eq!(v["grants"], json!([{ "team": "eng", "expires": null, "reason": null }]));
    let v = env.json(&["connector", "grant", "wh", "--user", BOB]);
    assert_eq!(
        v["grants"],
        json!([{ "team": "eng", "expires": null, "reason": null }, { "user": BOB, "expires": null, "reason": null }])
    );
    assert_eq!(env.json(&["connector", "grant", "wh", "--user", BOB])["action"], "unchanged");

    let (code, out) = can_use(&env, BOB, "wh");
    assert_eq!((code, out.trim()), (0, "yes: direct grant (connector-access is granted)"));
    let (code, out) = can_use(&env, CAROL, "wh");
    assert_eq!(code, 0);
    assert!(out.contains("team eng"), "{out}");
    assert_eq!(can_use(&env, DAVE, "wh").0, 4);

    let rows = env.json(&["connector", "access", "wh"]);
    let got: Vec<(String, String)> =
        array(&rows).iter().map(|r| (str_field(r, "email"), str_field(r, "permission"))).collect();
    assert_eq!(
        got,
        vec![(ALICE.into(), "use".into()), (BOB.into(), "use".into()), (CAROL.into(), "use".into())],
        "{rows}"
    );
    assert!(str_field(&rows[2], "reason").contains("team eng"), "{rows}");
    // Members may ask who may use it; they still see the connector exists.
    env.ok(&["--as", DAVE, "connector", "access", "wh"]);
    let list = env.json(&["--as", DAVE, "connector", "list"]);
    assert_eq!(str_field(&list[0], "name"), "wh");
    env.ok(&["--as", DAVE, "connector", "show", "wh"]);

    let v = env.json(&["connector", "revoke", "wh", "--user", BOB]);
    assert_eq!(v["action"], "deleted");
    assert_eq!(env.json(&["connector", "revoke", "wh", "--user", BOB])["action"], "unchanged");
    assert_eq!(can_use(&env, BOB, "wh").0, 4);

    let actions: Vec<String> = array(&env.json(&["audit", "list"])).iter().map(|e| str_field(e, "action")).collect();
    assert_eq!(actions.iter().filter(|a| *a == "connector.grant").count(), 2, "{actions:?}");
    assert_eq!(actions.iter().filter(|a| *a == "connector.revoke").count(), 1, "{actions:?}");
}

#[test]
fn only_admins_grant_and_targets_must_exist() {
    let env = setup();
    env.fails(&["--as", BOB, "connector", "grant", "wh", "--user", BOB], 4);
    env.fails(&["--as", BOB, "connector", "revoke", "wh", "--team", "eng"], 4);
    env.fails(&["connector", "grant", "nope", "--team", "eng"], 3);
    env.fails(&["connector", "grant", "wh", "--team", "nope"], 3);
    env.fails(&["connector", "grant", "wh", "--user", "nobody@example.com"], 3);
    env.fails(&["connector", "grant", "wh"], 2);
    env.fails(&["connector", "grant", "wh", "--team", "eng", "--user", BOB], 2);
    env.fails(&["connector", "access", "nope"], 3);
    env.fails(&["can-i", "use", "connector/nope"], 3);
    env.fails(&["can-i", "use"], 2);
    env.fails(&["can-i", "view", "connector/wh"], 2);
    env.fails(&["can-i", "use", "dashboard/x"], 2);
    // Non-members learn nothing: the org answers like a missing one.
    let (code, out) = can_use(&env, "nobody@example.com", "wh");
    assert_ne!(code, 0, "{out}");
    env.ok(&["user", "add", "out@example.com"]);
    let out = env.fails(&["--as", "out@example.com", "--org", ORG, "can-i", "use", "connector/wh"], 3);
    assert!(stdout(&out).is_empty(), "{}", describe(&out));
}

#[test]
fn grants_cascade_with_team_deletion_and_member_removal_and_say_so() {
    let env = setup();
    env.ok(&["connector", "add", "lake", "--kind", "bigquery", "--url", "bigquery://p/d"]);
    env.ok(&["connector", "grant", "wh", "--team", "eng"]);
    env.ok(&["connector", "grant", "lake", "--team", "eng"]);
    env.ok(&["connector", "grant", "wh", "--user", BOB]);
    env.ok(&["dashboard", "create", "KPIs", "--slug", "kpis"]);
    env.ok(&["dashboard", "share", "kpis", "--team", "eng"]);

    let v = env.json(&["team", "delete", "eng", "--yes"]);
    assert_eq!(v["connector_grants"], json!(["lake", "wh"]), "{v}");
    assert_eq!(v["grants"], json!(["kpis"]), "{v}");
    let line = env.ok(&["-o", "table", "member", "remove", BOB, "--yes"]);
    assert!(line.contains("connectors") && line.contains("wh"), "{line}");
    assert_eq!(
        env.json(&["connector", "grant", "wh", "--user", CAROL])["grants"],
        json!([{ "user": CAROL, "expires": null, "reason": null }])
    );
    let v = env.json(&["member", "remove", CAROL, "--yes"]);
    assert_eq!(v["connector_grants"], json!(["wh"]), "{v}");
    assert_eq!(env.json(&["connector", "revoke", "wh", "--user", ALICE])["grants"], json!([]));
    env.ok(&["team", "create", "ops"]);
    env.ok(&["connector", "grant", "wh", "--team", "ops"]);
    let line = env.ok(&["team", "delete", "ops", "--yes"]);
    assert!(line.contains("wh"), "{line}");
    // Nothing dangles: the store's own check finds no cross-org or missing reference.
    env.ok(&["db", "check"]);
}

#[test]
fn the_manifest_carries_grants_and_prune_removes_unlisted_ones() {
    let env = setup();
    env.ok(&["connector", "grant", "wh", "--team", "eng"]);
    env.ok(&["connector", "grant", "wh", "--user", BOB]);
    let text = env.ok(&["export"]);
    assert!(text.contains("[[orgs.connectors.grants]]\nteam = \"eng\"\n"), "{text}");
    assert!(text.contains(&format!("[[orgs.connectors.grants]]\nuser = \"{BOB}\"\n")), "{text}");
    let other = Env::new();
    let path = other.path("e.toml");
    std::fs::write(&path, &text).unwrap();
    let p = path.to_string_lossy().into_owned();
    other.ok(&["--as", ALICE, "apply", "-f", &p]);
    assert_eq!(other.ok(&["--as", ALICE, "export"]), text);

    let trimmed = text.replace(&format!("[[orgs.connectors.grants]]\nuser = \"{BOB}\"\n"), "");
    std::fs::write(&path, &trimmed).unwrap();
    let plan = other.json(&["--as", ALICE, "apply", "-f", &p, "--prune"]);
    let changes = array(&plan["changes"]);
    assert_eq!(changes.len(), 1, "{plan}");
    assert_eq!(changes[0]["kind"], "connector_grant");
    assert_eq!(changes[0]["action"], "deleted");
    let revoked = other.json(&["--as", ALICE, "--org", ORG, "audit", "list", "--action", "connector.revoke"]);
    assert_eq!(array(&revoked).len(), 1, "{revoked}");

    let bad = trimmed.replace("team = \"eng\"", "team = \"eng\"\npermission = \"edit\"");
    std::fs::write(&path, bad).unwrap();
    other.fails(&["--as", ALICE, "apply", "-f", &p], 2);
    let bad = trimmed.replace("team = \"eng\"", "team = \"ghost\"");
    std::fs::write(&path, bad).unwrap();
    other.fails(&["--as", ALICE, "apply", "-f", &p], 2);
}

/// A grant's receipt is a connector object: `name, kind, url`, the URL masked.
#[test]
fn a_grant_receipt_carries_the_connector_fields_with_the_url_masked() {
    let env = Env::new();
    env.seed();
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://reader:hunter2@db/x"]);
    let v = env.json(&["connector", "grant", "wh", "--user", BOB]);
    assert_keys(&v, &["action", "name", "kind", "url", "grants"]);
    assert_eq!(v["url"], "postgres://reader:****@db/x");
    assert!(!v.to_string().contains("hunter2"), "{v}");
}
