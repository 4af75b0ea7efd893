//! Malformed manifests, missing and empty files, JSON files and standard input.

use crate::common::*;

use super::*;

const HEAD: &str = "[[users]]\nemail = \"frank@example.com\"\n\n[[orgs]]\nslug = \"acme\"\nplan = \"enterprise\"\n";

/// The 1-based line of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> String {
    let n = text.lines().position(|l| l.contains(needle)).expect("needle in text") + 1;
    format!("line {n}")
}

#[test]
fn malformed_manifests_are_usage_errors_that_name_the_place_and_write_nothing() {
    let env = Env::new();
    env.seed();
    let before = state(&env, ALICE, &[ORG]);
    let team = "  [[orgs.teams]]\n  slug = \"eng\"\n";
    let dash = "  [[orgs.dashboards]]\n  slug = \"d\"\n  title = \"D\"\n";
    let conn = "  [[orgs.connectors]]\n  name = \"w\"\n  kind = \"postgres\"\n  url = \"postgres://db/w\"\n";
    let member = |email: &str, role: &str| format!("  [[orgs.members]]\n  email = \"{email}\"\n  role = \"{role}\"\n");

    let syntax = format!("{HEAD}name = \n");
    let top = format!("colour = \"red\"\n{HEAD}");
    let in_org = format!("{HEAD}colour = \"red\"\n");
    let in_team = format!("{HEAD}{team}  colour = \"red\"\n");
    let in_grant =
        format!("{HEAD}{team}{dash}  grants = [{{ team = \"eng\", permission = \"view\", colour = \"red\" }}]\n");
    let cases: Vec<(&str, String, Vec<String>)> = vec![
        ("toml syntax", syntax.clone(), vec![line_of(&syntax, "name =")]),
        ("unknown top-level key", top.clone(), vec!["colour".into(), line_of(&top, "colour")]),
        ("unknown org key", in_org.clone(), vec!["colour".into(), line_of(&in_org, "colour")]),
        ("unknown team key", in_team.clone(), vec!["colour".into(), line_of(&in_team, "colour")]),
        ("unknown grant key", in_grant.clone(), vec!["colour".into(), line_of(&in_grant, "colour")]),
        ("bad user email", "[[users]]\nemail = \"not-an-email\"\n".into(), vec!["users[0]".into()]),
        ("bad member email", format!("{HEAD}{}", member("bob@", "member")), vec!["orgs[acme].members[0]".into()]),
        (
            "bad team member email",
            format!("{HEAD}{}{team}  members = [\"bob@example.com\", \"nope\"]\n", member(BOB, "member")),
            vec!["orgs[acme].teams[eng].members[1]".into()],
        ),
        ("bad org slug", "[[orgs]]\nslug = \"Not A Slug\"\n".into(), vec!["orgs[0]".into()]),
        ("bad team slug", format!("{HEAD}  [[orgs.teams]]\n  slug = \"-eng\"\n"), vec!["orgs[acme].teams[0]".into()]),
        ("bad role", format!("{HEAD}{}", member(BOB, "owner")), vec!["orgs[acme].members[0]".into(), "owner".into()]),
        ("bad plan", "[[orgs]]\nslug = \"acme\"\nplan = \"gold\"\n".into(), vec!["orgs[acme]".into(), "gold".into()]),
        (
            "bad visibility",
            format!("{HEAD}{dash}  visibility = \"secret\"\n"),
            vec!["orgs[acme].dashboards[d]".into(), "secret".into()],
        ),
        (
            "bad permission",
            format!("{HEAD}{team}{dash}  grants = [{{ team = \"eng\", permission = \"admin\" }}]\n"),
            vec!["orgs[acme].dashboards[d].grants[0]".into()],
        ),
        (
            "grant naming team and user",
            format!("{HEAD}{team}{dash}  grants = [{{ team = \"eng\", user = \"bob@example.com\" }}]\n"),
            vec!["orgs[acme].dashboards[d].grants[0]".into()],
        ),
        (
            "unknown team in a grant",
            format!("{HEAD}{dash}  grants = [{{ team = \"ghost\", permission = \"view\" }}]\n"),
            vec!["orgs[acme].dashboards[d].grants[0]".into(), "ghost".into()],
        ),
        (
            "bad connector url",
            format!("{HEAD}{}", conn.replace("postgres://db/w", "not a url")),
            vec!["orgs[acme].connectors[w]".into()],
        ),
        ("duplicate org", format!("{HEAD}\n[[orgs]]\nslug = \"acme\"\n"), vec!["orgs[1]".into()]),
        ("duplicate team", format!("{HEAD}{team}{team}"), vec!["orgs[acme].teams[eng]".into()]),
        ("duplicate dashboard", format!("{HEAD}{dash}{dash}"), vec!["orgs[acme].dashboards[d]".into()]),
        ("duplicate connector", format!("{HEAD}{conn}{conn}"), vec!["orgs[acme].connectors[w]".into()]),
        (
            "duplicate member",
            format!("{HEAD}{}{}", member(BOB, "member"), member("Bob@Example.com", "admin")),
            vec!["orgs[acme].members[1]".into()],
        ),
        (
            "unknown, undeclared member",
            format!("{HEAD}{}", member("ghost@example.com", "member")),
            vec!["orgs[acme].members[0]".into(), "ghost@example.com".into()],
        ),
        (
            "bad invite expiry",
            format!("{HEAD}  [[orgs.invites]]\n  email = \"{ERIN}\"\n  expires = \"soon\"\n"),
            vec!["orgs[acme].invites[0]".into()],
        ),
    ];
    for (what, text, needles) in &cases {
        let file = env.write("bad.toml", text);
        let err = env.json_err(&["--as", ALICE, "apply", "-f", &file], 2);
        assert_error_kind(&err, "usage");
        let message = err["error"]["message"].as_str().unwrap_or("");
        for needle in needles {
            assert!(
                message.contains(needle.as_str()),
                "{what}: the error names {needle:?}: {err}\n--- manifest ---\n{text}"
            );
        }
    }
    // Human form: `error:` on stderr, nothing on stdout.
    let file = env.write("bad.toml", &cases[0].1);
    let out = env.fails(&["--as", ALICE, "apply", "-f", &file], 2);
    assert!(stderr(&out).starts_with("error: "), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert_eq!(state(&env, ALICE, &[ORG]), before, "no malformed manifest wrote anything");
    assert!(!user_exists(&env, FRANK));
}

#[test]
fn a_missing_file_is_a_usage_error_naming_it() {
    let env = Env::new();
    env.seed();
    let err = env.json_err(&["--as", ALICE, "apply", "-f", "no-such-manifest.toml"], 2);
    assert_error_kind(&err, "usage");
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("no-such-manifest.toml"), "{err}");
}

#[test]
fn an_empty_manifest_is_valid_and_changes_nothing() {
    let env = Env::new();
    env.seed();
    let before = state(&env, ALICE, &[ORG]);
    let file = env.write("empty.toml", "");
    let out = stderr(&env.run(&["--as", ALICE, "apply", "-f", &file]));
    assert!(out.contains("0 changes"), "{out:?}");
    let r = apply(&env, ALICE, &file, &[]);
    assert_no_changes(&r);
    assert_eq!(r["dry_run"], false);
    assert_eq!(state(&env, ALICE, &[ORG]), before);
}

const JSON_MANIFEST: &str = fixture!("manifest/frank.json");

#[test]
fn a_json_file_is_read_as_json() {
    let env = Env::new();
    env.seed();
    let file = env.write("m.json", JSON_MANIFEST);
    let r = apply(&env, ALICE, &file, &[]);
    one(&r, "created", "user", &[FRANK]);
    one(&r, "created", "member", &[FRANK]);
    one(&r, "created", "team_member", &["eng", FRANK]);
    assert_no_changes(&apply(&env, ALICE, &file, &[]));

    let before = state(&env, ALICE, &[ORG]);
    let bad = env.write("bad.json", "{\"orgs\": [{\"slug\": \"acme\",}]}");
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &bad], 2);
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("line 1"), "{err}");
    let unknown = env.write("unknown.json", "{\"orgs\": [{\"slug\": \"acme\", \"colour\": \"red\"}]}");
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &unknown], 2);
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("colour"), "{err}");
    // TOML text in a .json file is not TOML.
    let toml_in_json = env.write("toml.json", HEAD);
    env.fails(&["--as", ALICE, "apply", "-f", &toml_in_json], 2);
    assert_eq!(state(&env, ALICE, &[ORG]), before);
}

#[test]
fn stdin_takes_toml_by_default_and_json_with_format_json_or_a_leading_brace() {
    let env = Env::new();
    env.seed();
    let run = |args: &[&str], input: &str| env.cmd(args).write_stdin(input.to_string()).output().expect("run orgctl");

    let out = run(&["--as", ALICE, "--json", "apply", "-f", "-", "--format", "json"], JSON_MANIFEST);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let r = parse_json(&stdout(&out), &["apply"]);
    assert_report_shape(&r);
    one(&r, "created", "member", &[FRANK]);

    let toml = "[[orgs]]\nslug = \"acme\"\n  [[orgs.members]]\n  email = \"carol@example.com\"\n";
    let out = run(&["--as", ALICE, "--json", "apply", "-f", "-"], toml);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    one(&parse_json(&stdout(&out), &["apply"]), "created", "member", &[CAROL]);

    let before = state(&env, ALICE, &[ORG]);
    let out = run(&["--as", ALICE, "--json", "apply", "-f", "-", "--format", "json"], "{\"orgs\": [");
    assert_eq!(code_of(&out), 2, "{}", describe(&out));
    assert_error_kind(&parse_json(&stderr(&out), &["apply"]), "usage");
    // JSON read as TOML (`--format toml` says so) fails too.
    let out = run(&["--as", ALICE, "apply", "-f", "-", "--format", "toml"], JSON_MANIFEST);
    assert_eq!(code_of(&out), 2, "{}", describe(&out));
    let out = run(&["--as", ALICE, "apply", "-f", "-", "--format", "yaml"], "");
    assert_eq!(code_of(&out), 2, "{}", describe(&out));
    assert_eq!(state(&env, ALICE, &[ORG]), before);
}

/// Several problems are printed one per line, never joined by a literal `\n`.
#[test]
fn several_problems_print_on_separate_lines() {
    let env = Env::new();
    env.seed();
    let text = "[[orgs]]\nslug = \"Bad Slug\"\n[[orgs]]\nslug = \"x\"\n[[orgs.members]]\nemail = \"nope\"\n";
    std::fs::write(env.path("m.toml"), text).unwrap();
    let out = env.fails(&["apply", "-f", "m.toml"], 2);
    let err = stderr(&out);
    assert!(!err.contains("\\n"), "{err}");
    assert!(err.lines().count() >= 4, "{err}");
    assert!(err.lines().any(|l| l.trim_start().starts_with("manifest orgs[0]")), "{err}");
}

/// A manifest of more entries than the bound is refused before it is parsed
/// (exit 2), so millions of empty tables neither take gigabytes nor hold the
/// write lock; a user in no org gets the same refusal, dry run or not.
#[test]
fn a_manifest_of_too_many_entries_is_refused_before_parsing() {
    let env = Env::new();
    env.seed();
    let before = env.store_contents();
    for text in ["[[users]]\n".repeat(500_001), format!("{{\"users\": [{}{{}}]}}", "{},".repeat(500_001))] {
        let name = if text.starts_with('{') { "many.json" } else { "many.toml" };
        std::fs::write(env.path(name), &text).unwrap();
        for args in [vec!["apply", "-f", name], vec!["--as", CAROL, "apply", "--dry-run", "-f", name]] {
            let started = std::time::Instant::now();
            let out = env.fails(&args, 2);
            assert!(stderr(&out).contains("more than 500000 entries"), "{}", describe(&out));
            assert!(started.elapsed() < std::time::Duration::from_secs(30), "{:?}", started.elapsed());
        }
    }
    assert_eq!(env.store_contents(), before, "the store changed");
    // Under the bound, a manifest is applied as before.
    std::fs::write(env.path("ok.toml"), "[[users]]\nemail = \"x@example.com\"\n").unwrap();
    env.ok(&["apply", "--dry-run", "-f", "ok.toml"]);
}
