//! `export`: the round trip through `apply`, secrets left out, which orgs are exported.

use crate::common::*;

use super::*;

/// Export prints only the orgs you administer; none at all prints nothing.
#[test]
fn export_of_nothing_prints_nothing_and_members_cannot_export() {
    let env = Env::new();
    env.seed();
    let out = env.run(&["--as", BOB, "export"]);
    assert_eq!((code_of(&out), stdout(&out)), (0, String::new()), "{}", describe(&out));
    let err = env.json_err(&["--as", BOB, "export", "--org", ORG], 4);
    assert_error_kind(&err, "forbidden");
    assert!(err.to_string().contains("export"), "{err}");
}

fn acme_example() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/acme.toml"))
        .expect("read examples/acme.toml")
}

const ACME_ADMIN: &str = "alice.doe@acme.test";

#[test]
fn export_then_apply_into_an_empty_store_then_export_gives_the_same_manifest() {
    let one_env = Env::new();
    let example = one_env.write("acme.toml", &acme_example());
    let first = apply(&one_env, ACME_ADMIN, &example, &[]);
    let tokens: Vec<String> = changes(&first).iter().filter_map(|c| c["token"].as_str().map(str::to_string)).collect();
    assert_eq!(tokens.len(), 2, "two invites, two tokens");
    let toml1 = one_env.ok(&["--as", ACME_ADMIN, "export"]);
    let json1 = one_env.ok(&["--as", ACME_ADMIN, "--json", "export"]);
    for t in &tokens {
        assert!(!toml1.contains(t.as_str()) && !json1.contains(t.as_str()), "export leaves out invite tokens");
    }
    assert!(toml1.contains("zoe.martin@acme.test"), "pending invites are exported (without tokens)");
    // The export applies back onto its own store as unchanged.
    assert_no_changes(&apply(&one_env, ACME_ADMIN, &one_env.write("export.toml", &toml1), &[]));

    // TOML: into an empty store, export again.
    let two = Env::new();
    let r = apply(&two, ACME_ADMIN, &two.write("export.toml", &toml1), &[]);
    assert_eq!(r["summary"], first["summary"], "the export recreates everything the example did");
    assert_eq!(two.ok(&["--as", ACME_ADMIN, "export"]), toml1, "TOML round trip");
    assert_eq!(two.ok(&["--as", ACME_ADMIN, "--json", "export"]), json1);

    // JSON: the same.
    let three = Env::new();
    apply(&three, ACME_ADMIN, &three.write("export.json", &json1), &[]);
    assert_eq!(three.ok(&["--as", ACME_ADMIN, "--json", "export"]), json1, "JSON round trip");
    assert_eq!(three.ok(&["--as", ACME_ADMIN, "export"]), toml1);
}

#[test]
fn export_round_trips_awkward_content() {
    let env = Env::new();
    env.seed();
    let a = |args: &[&str]| {
        env.ok_in(ALICE, ORG, args);
    };
    // A dashboard whose owner has since left the org, text that needs quoting
    // and escaping, a team without description, a password, an invite to a team.
    a(&["member", "add", CAROL]);
    env.ok(&[
        "--as",
        CAROL,
        "--org",
        ORG,
        "dashboard",
        "create",
        r#"Say "hi" \ ünïcødé 'x' """"#,
        "--slug",
        "carols",
        "--description",
        "two\nlines \"\"\" and ''' too",
        "--visibility",
        "restricted",
    ]);
    a(&["member", "remove", CAROL, "--yes"]);
    a(&["team", "create", "bare"]);
    a(&["team", "add", "bare", BOB]);
    a(&[
        "connector",
        "add",
        "wh",
        "--kind",
        "postgres",
        "--url",
        "postgres://u:p%40ss@db.internal:5432/x?sslmode=require",
    ]);
    a(&["invite", "create", ERIN, "--team", "bare", "--role", "admin"]);
    env.ok(&["--as", ALICE, "user", "edit", "--name", r#"Alice "Al" O'Doe"#]);

    // Carol's dashboard stayed without an owner; an admin hands it to Bob.
    let shown = env.ok(&["--as", ALICE, "--org", ORG, "--json", "dashboard", "show", "carols"]);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&shown).unwrap()["owner"], serde_json::Value::Null);
    a(&["dashboard", "edit", "carols", "--owner", BOB]);

    let toml1 = env.ok(&["--as", ALICE, "export"]);
    let json1 = env.ok(&["--as", ALICE, "--json", "export"]);
    assert!(!toml1.contains(CAROL), "the departed owner is gone: {toml1}");
    assert!(toml1.contains(&format!("owner = \"{BOB}\"")), "the new owner is exported: {toml1}");
    assert!(!toml1.contains("p%40ss") && !toml1.contains("p@ss"), "{toml1}");
    assert_no_changes(&apply(&env, ALICE, &env.write("self.toml", &toml1), &[]));

    let two = Env::new();
    apply(&two, ALICE, &two.write("export.toml", &toml1), &[]);
    assert_eq!(two.ok(&["--as", ALICE, "export"]), toml1);
    assert_eq!(two.ok(&["--as", ALICE, "--json", "export"]), json1);
    let three = Env::new();
    apply(&three, ALICE, &three.write("export.json", &json1), &[]);
    assert_eq!(three.ok(&["--as", ALICE, "export"]), toml1);
}

#[test]
fn export_leaves_out_connector_passwords_and_reapplying_keeps_them() {
    let env = Env::new();
    env.seed();
    let text = fixture!("manifest/connector-password.toml");
    let file = env.write("conn.toml", text);
    let out = env.ok(&["--as", ALICE, "apply", "-f", &file]);
    assert!(!out.contains("s3cretpw"), "apply never prints a password: {out}");
    let shown = env.json(&["--as", ALICE, "--org", ORG, "connector", "show", "warehouse"]);
    let url = str_field(&shown, "url");
    assert!(url.contains("****") && !url.contains("s3cretpw"), "{url}");

    let exported = env.ok(&["--as", ALICE, "export"]);
    assert!(!exported.contains("s3cretpw") && !exported.contains("****"), "export has no password:\n{exported}");
    assert!(exported.contains("postgres://reader@db.internal:5432/analytics"), "{exported}");
    let json = env.ok(&["--as", ALICE, "--json", "export"]);
    assert!(!json.contains("s3cretpw"), "{json}");

    // Re-applying the export: unchanged, and the password is still there.
    let before = state(&env, ALICE, &[ORG]);
    assert_no_changes(&apply(&env, ALICE, &env.write("export.toml", &exported), &[]));
    assert_no_changes(&apply(&env, ALICE, &env.write("export.json", &json), &["--prune"]));
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    let shown = env.json(&["--as", ALICE, "--org", ORG, "connector", "show", "warehouse"]);
    assert_eq!(shown["url"], url.as_str(), "the password was kept");

    // A different password, or another URL, is an update.
    let other = text.replace("s3cretpw", "n3wpw");
    let r = apply(&env, ALICE, &env.write("other.toml", &other), &[]);
    assert!(!r.to_string().contains("n3wpw"), "{r}");
    one(&r, "updated", "connector", &["warehouse"]);
    let moved = text.replace("reader:s3cretpw@db.internal", "reader@db2.internal");
    one(&apply(&env, ALICE, &env.write("moved.toml", &moved), &[]), "updated", "connector", &["warehouse"]);
    let shown = env.json(&["--as", ALICE, "--org", ORG, "connector", "show", "warehouse"]);
    assert_eq!(shown["url"], "postgres://****@db2.internal:5432/analytics");
    let exported = env.ok(&["--as", ALICE, "export"]);
    assert!(exported.contains("postgres://reader@db2.internal:5432/analytics"), "export keeps it:\n{exported}");
}

/// alice administers acme, beta and gamma; bob's delta has alice as a member.
fn orgs_fixture(env: &Env) {
    env.seed();
    env.ok(&["--as", ALICE, "org", "create", "beta"]);
    env.ok(&["--as", ALICE, "org", "create", "gamma"]);
    env.ok(&["--as", ALICE, "--org", "gamma", "member", "add", CAROL]);
    env.ok(&["--as", BOB, "org", "create", "delta"]);
    env.ok(&["--as", BOB, "--org", "delta", "member", "add", ALICE]);
}

fn exported_orgs(env: &Env, args: &[&str]) -> Vec<String> {
    let mut full = vec!["--as", ALICE, "--json", "export"];
    full.extend_from_slice(args);
    let out = env.run(&full);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let v = parse_json(&stdout(&out), &full);
    v.get("orgs").map_or(Vec::new(), |o| array(o).iter().map(|o| str_field(o, "slug")).collect())
}

#[test]
fn export_names_exactly_the_orgs_asked_for() {
    let env = Env::new();
    orgs_fixture(&env);
    assert_eq!(exported_orgs(&env, &["--org", "gamma", "--org", ORG]), strings(&[ORG, "gamma"]));
    assert_eq!(exported_orgs(&env, &["--org", "beta"]), strings(&["beta"]));
    // By default: every org alice administers, not delta, where she is a member.
    assert_eq!(exported_orgs(&env, &[]), strings(&[ORG, "beta", "gamma"]));
    // The users section holds the people of the exported orgs only.
    let gamma = env.json(&["--as", ALICE, "export", "--org", "gamma"]);
    assert_eq!(emails(&gamma["users"]), strings(&[ALICE, CAROL]));
    let text = env.ok(&["--as", ALICE, "export", "--org", "gamma"]);
    assert!(!text.contains(BOB) && !text.contains("acme"), "{text}");
}

#[test]
fn export_of_an_org_you_do_not_administer_is_refused() {
    let env = Env::new();
    orgs_fixture(&env);
    // A member of delta, not its admin (docs/contract.md §2: what is not listed is refused with 4).
    let err = env.json_err(&["--as", ALICE, "export", "--org", "delta"], 4);
    assert_error_kind(&err, "forbidden");
    let out = env.fails(&["--as", ALICE, "export", "--org", ORG, "--org", "delta"], 4);
    assert!(stdout(&out).is_empty(), "no partial export: {}", stdout(&out));
    // Not a member at all: the org does not exist for them.
    env.fails(&["--as", CAROL, "export", "--org", ORG], 3);
    env.fails(&["--as", BOB, "export", "--org", ORG], 4);
    // No org at all (docs/contract.md §7: does not exist → 3).
    env.fails(&["--as", ALICE, "export", "--org", "nope"], 3);
    // A user who administers nothing exports an empty manifest that applies as nothing.
    let empty = env.ok(&["--as", DAVE, "export"]);
    assert_no_changes(&apply(&env, DAVE, &env.write("empty.toml", &empty), &[]));
}
