//! Dashboards (docs/contract.md §1, §4 `dashboard …`): create, list, show, edit, delete, share, access, hiding;
//! and the org's other resources: connectors, chats and billing.

use serde_json::{json, Value};

use crate::common::*;

const ERIN: &str = "erin@example.com";
const FRANK: &str = "frank@example.com";

/// alice admin; bob owns `prod` (restricted) and `kpis` (org-wide); carol and
/// dave are in team eng (eng: view on prod, edit on kpis); dave also holds a
/// direct edit grant on prod; erin is a member with no grant; frank is in no org.
const FIXTURE: &str = fixture!("dashboards.toml");

fn setup() -> Env {
    let env = Env::new();
    env.seed();
    env.apply_as(ALICE, "fixture.toml", FIXTURE);
    env
}

fn show(env: &Env, slug: &str) -> Value {
    env.json(&["dashboard", "show", slug])
}

fn listed(env: &Env, user: &str) -> Vec<String> {
    slugs(&env.json(&["--as", user, "dashboard", "list"]))
}

/// The grants of a dashboard as (grantee, permission), sorted; teams as `team:SLUG`.
fn grants(env: &Env, slug: &str) -> Vec<(String, String)> {
    let d = show(env, slug);
    let mut out: Vec<(String, String)> = d["grants"]
        .as_array()
        .unwrap_or_else(|| panic!("grants: {d}"))
        .iter()
        .map(|g| {
            let who = match (g.get("team"), g.get("user")) {
                (Some(Value::String(t)), _) => format!("team:{t}"),
                (_, Some(u)) => email_of(u).unwrap_or_else(|| panic!("grant {g}")),
                _ => panic!("grant without team or user: {g}"),
            };
            (who, str_field(g, "permission"))
        })
        .collect();
    out.sort();
    out
}

fn grant(who: &str, p: &str) -> (String, String) {
    (who.to_string(), p.to_string())
}

/// `dashboard access` as (email, permission, reason), by email.
fn access(env: &Env, slug: &str) -> Vec<(String, String, String)> {
    let list = env.json(&["dashboard", "access", slug]);
    let mut out: Vec<(String, String, String)> = array(&list)
        .iter()
        .map(|a| (str_field(a, "email"), str_field(a, "permission"), str_field(a, "reason")))
        .collect();
    out.sort();
    out
}

fn row(email: &str, p: &str, reason: &str) -> (String, String, String) {
    (email.to_string(), p.to_string(), reason.to_string())
}

#[test]
fn create_makes_the_slug_from_the_title_and_the_creator_its_owner() {
    let env = Env::new();
    env.seed();
    let v = env.json(&["--as", BOB, "dashboard", "create", "Production Health!", "--description", "Latency"]);
    assert_eq!(v["action"], "created", "{v}");
    assert_keys(&v, &["slug", "title", "description", "visibility", "owner", "grants"]);
    assert_eq!(v["slug"], "production-health");
    assert_eq!(v["title"], "Production Health!");
    assert_eq!(v["description"], "Latency");
    assert_eq!(v["visibility"], "org", "org is the default");
    assert_eq!(email_of(&v["owner"]).as_deref(), Some(BOB));
    assert_eq!(v["grants"], json!([]));
    let v = env.json(&["dashboard", "create", "Board pack", "--slug", "board", "--visibility", "restricted"]);
    assert_eq!(v["slug"], "board");
    assert_eq!(v["visibility"], "restricted");
    assert_eq!(email_of(&v["owner"]).as_deref(), Some(ALICE));
    assert_eq!(show(&env, "production-health")["title"], "Production Health!");
    let out = env.ok(&["dashboard", "create", "Churn"]);
    assert!(out.contains("churn") && out.contains(ORG), "the receipt names the slug and the org: {out}");
}

#[test]
fn a_taken_slug_is_a_conflict() {
    let env = Env::new();
    env.seed();
    env.ok(&["dashboard", "create", "Production health"]);
    let err = env.json_err(&["--as", BOB, "dashboard", "create", "Production Health"], 5);
    assert_error_kind(&err, "conflict");
    env.fails(&["dashboard", "create", "Other", "--slug", "production-health"], 5);
    env.ok(&["dashboard", "create", "Production health", "--slug", "prod-2"]);
    assert_eq!(slugs(&env.json(&["dashboard", "list"])), strings(&["prod-2", "production-health"]));
    assert_eq!(email_of(&show(&env, "production-health")["owner"]).as_deref(), Some(ALICE));
}

#[test]
fn a_title_without_letters_needs_a_slug() {
    let env = Env::new();
    env.seed();
    let err = env.json_err(&["dashboard", "create", "!!!"], 2);
    assert_error_kind(&err, "usage");
    assert!(err.to_string().contains("--slug"), "suggests --slug: {err}");
    env.fails(&["dashboard", "create", "?! ..."], 2);
    env.ok(&["dashboard", "create", "!!!", "--slug", "bang"]);
    assert_eq!(show(&env, "bang")["title"], "!!!");
    // Other invalid values.
    env.fails(&["dashboard", "create", ""], 2);
    env.fails(&["dashboard", "create", "Tab\there"], 2);
    env.fails(&["dashboard", "create", &"x".repeat(201)], 2);
    env.fails(&["dashboard", "create", "Fine", "--slug", "Not_A_Slug"], 2);
    env.fails(&["dashboard", "create", "Fine", "--visibility", "public"], 2);
    assert_eq!(slugs(&env.json(&["dashboard", "list"])), strings(&["bang"]));
}

#[test]
fn list_shows_only_the_dashboards_you_can_view() {
    let env = setup();
    env.ok(&["--as", ERIN, "dashboard", "create", "Erin's notes", "--slug", "notes", "--visibility", "restricted"]);
    assert_eq!(listed(&env, ALICE), strings(&["kpis", "notes", "prod"]), "admins see all");
    assert_eq!(listed(&env, BOB), strings(&["kpis", "prod"]), "the owner sees his");
    assert_eq!(listed(&env, CAROL), strings(&["kpis", "prod"]), "a team grant shows prod");
    assert_eq!(listed(&env, DAVE), strings(&["kpis", "prod"]));
    assert_eq!(listed(&env, ERIN), strings(&["kpis", "notes"]), "no grant on prod");
    env.fails(&["--as", FRANK, "--org", ORG, "dashboard", "list"], 3);
    let list = env.json(&["dashboard", "list"]);
    for d in array(&list) {
        assert_keys(d, &["slug", "title", "description", "visibility", "owner"]);
    }
}

#[test]
fn show_includes_the_grants() {
    let env = setup();
    let d = show(&env, "prod");
    assert_keys(&d, &["slug", "title", "description", "visibility", "owner", "grants"]);
    assert_eq!(d["visibility"], "restricted");
    assert_eq!(d["description"], "Latency");
    assert_eq!(grants(&env, "prod"), vec![grant(DAVE, "edit"), grant("team:eng", "view")]);
    // A view grantee sees the same.
    assert_eq!(env.json(&["--as", CAROL, "dashboard", "show", "prod"]), d);
}

#[test]
fn share_with_a_team_or_a_user_and_share_again() {
    let env = setup();
    env.ok(&["team", "create", "ops"]);
    let v = env.json(&["--as", BOB, "dashboard", "share", "kpis", "--team", "ops"]);
    assert_eq!(v["action"], "created", "{v}");
    let v = env.json(&["--as", BOB, "dashboard", "share", "kpis", "--user", ERIN, "--permission", "edit"]);
    assert_eq!(v["action"], "created", "{v}");
    assert_eq!(
        grants(&env, "kpis"),
        vec![grant(ERIN, "edit"), grant("team:eng", "edit"), grant("team:ops", "view")],
        "view is the default"
    );
    // The same again: unchanged; another permission: updated.
    let v = env.json(&["dashboard", "share", "kpis", "--team", "ops", "--permission", "view"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    let out = env.ok(&["dashboard", "share", "kpis", "--user", ERIN, "--permission", "edit"]);
    assert!(out.contains("unchanged"), "{out}");
    let v = env.json(&["dashboard", "share", "kpis", "--user", ERIN]);
    assert_eq!(v["action"], "updated", "{v}");
    assert_eq!(grants(&env, "kpis"), vec![grant(ERIN, "view"), grant("team:eng", "edit"), grant("team:ops", "view")]);
    // Unshare, and unshare what is not there.
    let v = env.json(&["dashboard", "unshare", "kpis", "--team", "ops"]);
    assert_ne!(v["action"], "unchanged", "{v}");
    let v = env.json(&["dashboard", "unshare", "kpis", "--team", "ops"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    env.ok(&["dashboard", "unshare", "kpis", "--user", ERIN]);
    assert_eq!(grants(&env, "kpis"), vec![grant("team:eng", "edit")]);
}

#[test]
fn share_needs_one_grantee_and_a_known_permission() {
    let cases = [
        vec!["dashboard", "share", "kpis"],
        vec!["dashboard", "share", "kpis", "--team", "eng", "--user", ERIN],
        vec!["dashboard", "share", "kpis", "--user", ERIN, "--permission", "admin"],
        vec!["dashboard", "share", "kpis", "--user", "not-an-email"],
        vec!["dashboard", "unshare", "kpis"],
    ];
    assert_refused_keeping_grants(&setup(), "kpis", &cases, 2, "usage");
}

#[test]
fn sharing_with_a_non_member_or_an_unknown_team_is_not_found() {
    let cases = [
        vec!["dashboard", "share", "prod", "--user", FRANK],
        vec!["dashboard", "share", "prod", "--user", "ghost@example.com"],
        vec!["dashboard", "share", "prod", "--team", "nope"],
        vec!["dashboard", "share", "nope", "--team", "eng"],
        vec!["dashboard", "unshare", "prod", "--team", "nope"],
    ];
    assert_refused_keeping_grants(&setup(), "prod", &cases, 3, "not_found");
}

/// Each of `cases` fails with `code` and the JSON error `kind`, and `slug`'s grants stay as they were.
fn assert_refused_keeping_grants(env: &Env, slug: &str, cases: &[Vec<&str>], code: i32, kind: &str) {
    let before = grants(env, slug);
    for args in cases {
        let err = env.json_err(args, code);
        assert_error_kind(&err, kind);
    }
    assert_eq!(grants(env, slug), before);
}

#[test]
fn a_grant_gives_access_and_unsharing_takes_it_away() {
    let env = setup();
    env.fails(&["--as", ERIN, "dashboard", "show", "prod"], 3);
    env.ok(&["--as", BOB, "dashboard", "share", "prod", "--user", ERIN]);
    env.ok(&["--as", ERIN, "dashboard", "show", "prod"]);
    env.fails(&["--as", ERIN, "dashboard", "edit", "prod", "--title", "Mine"], 4);
    env.ok(&["--as", BOB, "dashboard", "share", "prod", "--user", ERIN, "--permission", "edit"]);
    env.ok(&["--as", ERIN, "dashboard", "edit", "prod", "--title", "Mine"]);
    env.ok(&["--as", BOB, "dashboard", "unshare", "prod", "--user", ERIN]);
    env.fails(&["--as", ERIN, "dashboard", "show", "prod"], 3);
    assert_eq!(show(&env, "prod")["title"], "Mine");
}

#[test]
fn title_and_description_are_edited_by_the_owner_admins_and_edit_grantees() {
    let env = setup();
    for (user, title) in [(BOB, "By owner"), (ALICE, "By admin"), (DAVE, "By direct editor"), (CAROL, "By team editor")]
    {
        if user == CAROL {
            // carol holds edit on kpis through eng, only view on prod.
            let v = env.json(&["--as", user, "dashboard", "edit", "kpis", "--title", title, "--description", "d"]);
            assert_eq!(v["title"], title, "{v}");
            continue;
        }
        let v = env.json(&["--as", user, "dashboard", "edit", "prod", "--title", title, "--description", user]);
        assert_eq!(v["action"], "updated", "{v}");
        let d = show(&env, "prod");
        assert_eq!(d["title"], title);
        assert_eq!(d["description"], user);
    }
    // A view grantee and a plain member may not.
    let before = show(&env, "prod");
    let err = env.json_err(&["--as", CAROL, "dashboard", "edit", "prod", "--title", "No"], 4);
    assert_error_kind(&err, "forbidden");
    env.fails(&["--as", ERIN, "dashboard", "edit", "kpis", "--description", "No"], 4);
    env.fails(&["--as", ERIN, "dashboard", "edit", "prod", "--description", "No"], 3);
    assert_eq!(show(&env, "prod"), before);
    env.fails(&["dashboard", "edit", "prod", "--title", ""], 2);
    env.fails(&["dashboard", "edit", "nope", "--title", "X"], 3);
}

#[test]
fn visibility_is_changed_by_the_owner_and_admins_only() {
    let env = setup();
    // dave may edit prod's text, not its visibility, not even together.
    let err = env.json_err(&["--as", DAVE, "dashboard", "edit", "prod", "--visibility", "org"], 4);
    assert_error_kind(&err, "forbidden");
    env.fails(&["--as", DAVE, "dashboard", "edit", "prod", "--title", "T", "--visibility", "org"], 4);
    env.fails(&["--as", CAROL, "dashboard", "edit", "kpis", "--visibility", "restricted"], 4);
    // Asking for the visibility it already has is still a change of visibility: refused, not `unchanged`.
    env.fails(&["--as", DAVE, "dashboard", "edit", "prod", "--visibility", "restricted"], 4);
    env.fails(&["--as", CAROL, "dashboard", "edit", "kpis", "--visibility", "org"], 4);
    env.fails(&["--as", ERIN, "dashboard", "edit", "kpis", "--visibility", "org"], 4);
    assert_eq!(show(&env, "prod")["title"], "Production");
    assert_eq!(show(&env, "prod")["visibility"], "restricted");

    let v = env.json(&["--as", BOB, "dashboard", "edit", "prod", "--visibility", "org"]);
    assert_eq!(v["visibility"], "org", "{v}");
    assert!(listed(&env, ERIN).contains(&"prod".to_string()), "org-wide now");
    env.ok(&["dashboard", "edit", "prod", "--visibility", "restricted"]);
    env.fails(&["--as", ERIN, "dashboard", "show", "prod"], 3);
    env.fails(&["dashboard", "edit", "prod", "--visibility", "public"], 2);
}

#[test]
fn delete_is_for_the_owner_and_admins_and_needs_yes() {
    let env = setup();
    let out = env.fails(&["--as", BOB, "dashboard", "delete", "kpis"], 2);
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    for user in [CAROL, DAVE, ERIN] {
        let err = env.json_err(&["--as", user, "dashboard", "delete", "kpis", "--yes"], 4);
        assert_error_kind(&err, "forbidden");
    }
    env.fails(&["--as", DAVE, "dashboard", "delete", "prod", "--yes"], 4);
    env.fails(&["--as", FRANK, "--org", ORG, "dashboard", "delete", "prod", "--yes"], 3);
    assert_eq!(slugs(&env.json(&["dashboard", "list"])), strings(&["kpis", "prod"]));
    let v = env.json(&["--as", BOB, "dashboard", "delete", "kpis", "--yes"]);
    assert_eq!(v["action"], "deleted", "{v}");
    env.ok(&["dashboard", "delete", "prod", "--yes"]);
    env.fails(&["dashboard", "show", "prod"], 3);
    env.fails(&["dashboard", "delete", "prod", "--yes"], 3);
    assert_eq!(env.json(&["dashboard", "list"]), json!([]));
}

#[test]
fn access_lists_every_member_who_can_view_or_edit_and_why() {
    let env = setup();
    // The admin and the owner come first on both, then the rest.
    let with_admin_and_owner = |rest: &[(&str, &str, &str)]| {
        let mut rows = vec![row(ALICE, "edit", "admin of acme"), row(BOB, "edit", "owner of the dashboard")];
        rows.extend(rest.iter().map(|&(email, permission, why)| row(email, permission, why)));
        rows
    };
    assert_eq!(
        access(&env, "prod"),
        with_admin_and_owner(&[
            (CAROL, "view", "team eng has view"),
            // dave's direct edit grant is stronger than eng's view.
            (DAVE, "edit", "direct grant edit"),
        ])
    );
    assert_eq!(
        access(&env, "kpis"),
        with_admin_and_owner(&[
            (CAROL, "edit", "team eng has edit"),
            (DAVE, "edit", "team eng has edit"),
            (ERIN, "view", "org-wide dashboard, member of acme"),
        ])
    );
    // Members who can view it may ask; the table has the same rows.
    let tsv = env.ok(&["--as", CAROL, "dashboard", "access", "prod"]);
    assert_eq!(tsv.lines().count(), 4, "{tsv}");
    assert!(tsv.lines().any(|l| l == format!("{CAROL}\tview\tteam eng has view")), "{tsv}");
}

#[test]
fn access_follows_grants_and_roles() {
    let env = setup();
    env.ok(&["member", "set-role", ERIN, "admin"]);
    env.ok(&["--as", BOB, "dashboard", "share", "prod", "--user", CAROL, "--permission", "edit"]);
    let rows = access(&env, "prod");
    assert!(rows.contains(&row(ERIN, "edit", "admin of acme")), "{rows:?}");
    assert!(rows.contains(&row(CAROL, "edit", "direct grant edit")), "{rows:?}");
}

/// docs/contract.md §7 (3: "or is not visible to you"): a restricted dashboard that the
/// user cannot view answers every command exactly as a missing slug does.
#[test]
fn an_invisible_dashboard_answers_like_a_missing_one() {
    let env = setup();
    let commands: [&[&str]; 7] = [
        &["dashboard", "show", "SLUG"],
        &["dashboard", "edit", "SLUG", "--title", "Mine"],
        &["dashboard", "edit", "SLUG", "--visibility", "org"],
        &["dashboard", "delete", "SLUG", "--yes"],
        &["dashboard", "share", "SLUG", "--user", ERIN, "--permission", "edit"],
        &["dashboard", "unshare", "SLUG", "--team", "eng"],
        &["dashboard", "access", "SLUG"],
    ];
    let before = show(&env, "prod");
    for cmd in commands {
        let run = |slug: &str| {
            let mut args = vec!["--as", ERIN];
            args.extend(cmd.iter().map(|a| if *a == "SLUG" { slug } else { a }));
            let out = env.run(&args);
            let mut json_args = vec!["--json"];
            json_args.extend(&args);
            let json = env.run(&json_args);
            (code_of(&out), stdout(&out), stderr(&out).replace(slug, "SLUG"), stderr(&json).replace(slug, "SLUG"))
        };
        let hidden = run("prod");
        let missing = run("no-such-dash");
        assert_eq!(hidden.0, 3, "{cmd:?} on a hidden dashboard: {hidden:?}");
        assert_eq!(hidden, missing, "{cmd:?}: hidden and missing differ");
        assert_error_kind(&parse_json(&hidden.3, cmd), "not_found");
    }
    // `can-i` cannot tell them apart either: the same exit and the same message.
    for action in ["view", "edit", "share", "delete"] {
        let ask = |slug: &str| {
            let out = env.run(&["--as", ERIN, "can-i", action, &format!("dashboard/{slug}")]);
            (code_of(&out), stdout(&out), stderr(&out).replace(slug, "SLUG"))
        };
        let (hidden, missing) = (ask("prod"), ask("no-such-dash"));
        assert_eq!(hidden.0, 3, "can-i {action} on a hidden dashboard: {hidden:?}");
        assert_eq!(hidden, missing, "can-i {action}: hidden and missing differ");
    }
    assert_eq!(show(&env, "prod"), before, "nothing changed");
}

/// `ARGS` as bob, a member of acme, is forbidden (4); as carol, in no org, acme does not exist (3).
fn assert_members_forbidden_outsiders_not_found(env: &Env, args: &[&str]) {
    let mut full = vec!["--as", BOB];
    full.extend(args);
    let err = env.json_err(&full, 4);
    assert_error_kind(&err, "forbidden");
    let mut full = vec!["--as", CAROL, "--org", ORG];
    full.extend(args);
    env.fails(&full, 3);
}

mod connectors {
    //! Connectors (docs/contract.md §1 Connector): admins change them, members use them, passwords never print.

    use super::*;

    const PASSWORD: &str = "S3cr3t-Pa55w0rd";
    const URL: &str = "postgres://reader:S3cr3t-Pa55w0rd@db.internal:5432/analytics";
    const MASKED: &str = "postgres://reader:****@db.internal:5432/analytics";

    #[test]
    fn add_list_show_edit_remove() {
        let env = Env::new();
        env.seed();
        let v = env.json(&["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://db/x"]);
        assert_eq!(v["action"], "created", "{v}");
        assert_keys(&v, &["name", "kind", "url"]);
        assert_eq!(v["url"], "postgres://db/x");
        env.ok(&["connector", "add", "events", "--kind", "bigquery", "--url", "bigquery://acme-prod/events"]);
        let list = env.json(&["connector", "list"]);
        let mut names: Vec<String> = array(&list).iter().map(|c| str_field(c, "name")).collect();
        names.sort();
        assert_eq!(names, strings(&["events", "warehouse"]));
        let tsv = env.ok(&["connector", "list"]);
        assert!(tsv.lines().any(|l| l == "warehouse\tpostgres\tpostgres://db/x"), "{tsv}");

        let v = env.json(&["connector", "edit", "warehouse", "--kind", "snowflake", "--url", "snowflake://acct/db"]);
        assert_eq!(v["action"], "updated", "{v}");
        let v = env.json(&["connector", "show", "warehouse"]);
        assert_eq!((v["kind"].clone(), v["url"].clone()), (json!("snowflake"), json!("snowflake://acct/db")));

        let out = env.fails(&["connector", "remove", "warehouse"], 2);
        assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
        let v = env.json(&["connector", "remove", "warehouse", "--yes"]);
        assert_eq!(v["action"], "deleted", "{v}");
        env.fails(&["connector", "show", "warehouse"], 3);
        env.fails(&["connector", "edit", "warehouse", "--kind", "postgres"], 3);
        env.fails(&["connector", "remove", "warehouse", "--yes"], 3);
    }

    #[test]
    fn the_name_is_unique_and_values_are_checked() {
        let env = Env::new();
        env.seed();
        env.ok(&["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://db/x"]);
        let err = env.json_err(&["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://db/y"], 5);
        assert_error_kind(&err, "conflict");
        // docs/contract.md §6: creating something whose name is taken is a conflict, even with the same values.
        let err = env.json_err(&["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://db/x"], 5);
        assert_error_kind(&err, "conflict");
        for url in ["not a url", "db.internal/analytics", "", "postgres://u:p@host:99999/x"] {
            let err = env.json_err(&["connector", "add", "other", "--kind", "postgres", "--url", url], 2);
            assert_error_kind(&err, "usage");
        }
        env.fails(&["connector", "add", "Bad Name", "--kind", "postgres", "--url", "postgres://db/x"], 2);
        env.fails(&["connector", "add", "other", "--url", "postgres://db/x"], 2);
        env.fails(&["connector", "edit", "warehouse", "--url", "nope"], 2);
        let list = env.json(&["connector", "list"]);
        assert_eq!(array(&list).len(), 1, "{list}");
        assert_eq!(array(&list)[0]["url"], "postgres://db/x");
    }

    #[test]
    fn admins_change_connectors_members_list_and_show_them() {
        let env = Env::new();
        env.seed();
        env.ok(&["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://db/x"]);
        let before = env.json(&["connector", "list"]);
        assert_eq!(env.json(&["--as", BOB, "connector", "list"]), before);
        assert_eq!(env.json(&["--as", BOB, "connector", "show", "warehouse"])["name"], "warehouse");
        for args in [
            vec!["connector", "add", "mine", "--kind", "postgres", "--url", "postgres://db/y"],
            vec!["connector", "edit", "warehouse", "--url", "postgres://db/z"],
            vec!["connector", "remove", "warehouse", "--yes"],
        ] {
            assert_members_forbidden_outsiders_not_found(&env, &args);
        }
        env.fails(&["--as", CAROL, "--org", ORG, "connector", "list"], 3);
        env.fails(&["--as", CAROL, "--org", ORG, "connector", "show", "warehouse"], 3);
        assert_eq!(env.json(&["connector", "list"]), before);
    }

    /// docs/contract.md §1: "Passwords in URLs are never printed (shown as `****`)", in any format, nor in export.
    #[test]
    fn the_password_in_a_url_never_appears() {
        let env = Env::new();
        env.seed();
        let mut outputs = Vec::new();
        for fmt in ["table", "tsv", "json"] {
            let name = format!("wh-{fmt}");
            let out = env.run(&["-o", fmt, "connector", "add", &name, "--kind", "postgres", "--url", URL]);
            assert_eq!(code_of(&out), 0, "{}", describe(&out));
            outputs.push((format!("add -o {fmt}"), describe(&out)));
        }
        let v = env.json(&["connector", "show", "wh-json"]);
        assert_eq!(v["url"], MASKED);
        for fmt in ["table", "tsv", "json"] {
            for args in [vec!["connector", "list"], vec!["connector", "show", "wh-tsv"]] {
                for user in [ALICE, BOB] {
                    let mut full = vec!["--as", user, "-o", fmt];
                    full.extend(&args);
                    let out = env.run(&full);
                    assert_eq!(code_of(&out), 0, "{}", describe(&out));
                    assert!(stdout(&out).contains("****"), "{full:?} should show ****: {}", stdout(&out));
                    outputs.push((format!("{full:?}"), describe(&out)));
                }
            }
            let out = env.run(&["-o", fmt, "connector", "edit", "wh-table", "--url", URL, "--kind", "snowflake"]);
            outputs.push((format!("edit -o {fmt}"), describe(&out)));
            let out = env.run(&["-o", fmt, "audit", "list"]);
            outputs.push((format!("audit -o {fmt}"), describe(&out)));
        }
        outputs.push(("export".into(), env.ok(&["export"])));
        outputs.push(("export --json".into(), env.ok(&["export", "--json"])));
        outputs.push(("apply --dry-run".into(), {
            let path = env.path("export.toml");
            std::fs::write(&path, env.ok(&["export"])).unwrap();
            describe(&env.run(&["apply", "-f", path.to_str().unwrap(), "--dry-run"]))
        }));
        outputs.push((
            "conflict".into(),
            describe(&env.run(&["connector", "add", "wh-tsv", "--kind", "x", "--url", URL])),
        ));
        let bad_port = URL.replace("5432", "99999");
        outputs.push((
            "bad url".into(),
            describe(&env.run(&["connector", "add", "bad", "--kind", "x", "--url", &bad_port])),
        ));
        outputs.push(("remove".into(), describe(&env.run(&["--json", "connector", "remove", "wh-json", "--yes"]))));
        for (what, text) in &outputs {
            assert!(!text.contains(PASSWORD), "{what} prints the password:\n{text}");
        }
    }

    /// Secrets passed as query parameters (`?password=`, `&token=`) are passwords too.
    #[test]
    fn secret_query_parameters_never_appear() {
        let env = Env::new();
        env.seed();
        let url = "snowflake://svc:Pw-1@acct/db?warehouse=wh&password=Hunter-2&token=Tk-3";
        env.ok(&["connector", "add", "sf", "--kind", "snowflake", "--url", url]);
        let shown = env.json(&["connector", "show", "sf"]);
        assert_eq!(shown["url"], "snowflake://svc:****@acct/db?warehouse=wh&password=****&token=****");
        let edited = describe(&env.run(&["connector", "edit", "sf", "--url", &url.replace("wh", "wh2")]));
        let exported = env.ok(&["export"]);
        assert!(exported.contains("snowflake://svc@acct/db?warehouse=wh2\""), "{exported}");
        let texts = [exported.clone(), edited, env.ok(&["connector", "list"]), env.ok(&["--json", "audit", "list"])];
        for text in &texts {
            for secret in ["Pw-1", "Hunter-2", "Tk-3"] {
                assert!(!text.contains(secret), "{secret} shows in:\n{text}");
            }
        }
        // The export applies as unchanged: the stored secrets stay.
        let path = env.path("export.toml");
        std::fs::write(&path, &exported).unwrap();
        // The summary is a sentence for people: on stderr in a pipe.
        let applied =
            stderr(&env.cmd(&["apply", "-f", path.to_str().unwrap()]).assert().success().get_output().clone());
        assert!(applied.contains("0 changes"), "{applied}");
        let again = env.json(&["connector", "show", "sf"]);
        assert_eq!(again["url"], "snowflake://svc:****@acct/db?warehouse=wh2&password=****&token=****");
    }
}

mod chats {
    //! Chats (docs/contract.md §1 Chat): private to their owner; nobody else, admins included, can list, read or delete them.

    use super::*;

    fn chat_ids(env: &Env, user: &str) -> Vec<i64> {
        let list = env.json(&["--as", user, "chat", "list"]);
        array(&list).iter().map(|c| c["id"].as_i64().expect("chat id")).collect()
    }

    #[test]
    fn create_list_show_delete() {
        let env = Env::new();
        env.seed();
        let v = env.json(&["--as", BOB, "chat", "create", "Why did signups drop?"]);
        assert_eq!(v["action"], "created", "{v}");
        assert_keys(&v, &["id", "title", "created_at"]);
        assert_utc_time(&str_field(&v, "created_at"));
        let id = v["id"].as_i64().expect("numeric id").to_string();
        // `-q` prints just the new id, which `chat show` takes.
        let quiet = env.ok(&["-q", "--as", BOB, "chat", "create", "Second"]);
        env.ok(&["--as", BOB, "chat", "show", quiet.trim()]);
        let list = env.json(&["--as", BOB, "chat", "list"]);
        assert_eq!(array(&list).len(), 2, "{list}");
        let shown = env.json(&["--as", BOB, "chat", "show", &id]);
        assert_eq!(shown["title"], "Why did signups drop?");
        let v = env.json(&["--as", BOB, "chat", "delete", &id]);
        assert_eq!(v["action"], "deleted", "{v}");
        env.fails(&["--as", BOB, "chat", "show", &id], 3);
        env.fails(&["--as", BOB, "chat", "delete", &id], 3);
        assert_eq!(array(&env.json(&["--as", BOB, "chat", "list"])).len(), 1);
        env.fails(&["--as", BOB, "chat", "show", "abc"], 2);
        env.fails(&["--as", BOB, "chat", "create", ""], 2);
        env.fails(&["--as", CAROL, "--org", ORG, "chat", "create", "Outsider"], 3);
    }

    #[test]
    fn a_chat_is_invisible_to_everyone_but_its_owner() {
        let env = Env::new();
        env.seed();
        env.ok(&["member", "add", CAROL]);
        let v = env.json(&["--as", BOB, "chat", "create", "Bob's thoughts"]);
        let id = v["id"].as_i64().unwrap();
        let target = format!("chat/{id}");
        let id = id.to_string();
        env.ok(&["--as", CAROL, "chat", "create", "Carol's"]);
        for user in [ALICE, CAROL] {
            assert!(!chat_ids(&env, user).contains(&id.parse().unwrap()), "{user} lists bob's chat");
            let list = env.ok(&["--as", user, "--json", "chat", "list"]);
            assert!(!list.contains("Bob's thoughts"), "{user}: {list}");
            for verb in ["show", "delete"] {
                let err = env.json_err(&["--as", user, "chat", verb, &id], 3);
                assert_error_kind(&err, "not_found");
                let other = env.json_err(&["--as", user, "chat", verb, "999"], 3);
                let same = |v: &Value, id: &str| v.to_string().replace(id, "ID");
                assert_eq!(same(&err, &id), same(&other, "999"), "{user} {verb}: bob's chat vs a missing one");
            }
            for action in ["view", "delete", "edit", "share"] {
                // Exactly as for a chat that does not exist.
                let out = env.fails(&["--as", user, "can-i", action, &target], 3);
                let missing = env.fails(&["--as", user, "can-i", action, "chat/999"], 3);
                assert_eq!(stderr(&out).replace(&id, "ID"), stderr(&missing).replace("999", "ID"), "{user} {action}");
                assert!(stdout(&out).is_empty(), "{user} can-i {action}: {}", stdout(&out));
            }
        }
        env.fails(&["--as", DAVE, "--org", ORG, "chat", "show", &id], 3);
        // Still there for bob.
        assert_eq!(env.json(&["--as", BOB, "chat", "show", &id])["title"], "Bob's thoughts");
        for action in ["view", "delete"] {
            let out = env.run(&["--as", BOB, "can-i", action, &target]);
            assert_eq!(code_of(&out), 0, "{}", describe(&out));
            assert!(stdout(&out).starts_with("yes"));
        }
        env.fails(&["--as", BOB, "can-i", "share", &target], 4);
    }
}

mod billing {
    //! Billing (docs/contract.md §1 Billing): plan, billing email and usage, admins only.

    use super::*;

    #[test]
    fn show_and_set_the_plan_and_email() {
        let env = Env::new();
        env.seed();
        let v = env.json(&["billing", "show"]);
        assert_keys(&v, &["plan", "billing_email", "usage"]);
        assert_eq!(v["plan"], "free", "a new org is on the free plan: {v}");
        for plan in ["team", "enterprise", "free"] {
            let v = env.json(&["billing", "set", "--plan", plan]);
            assert_eq!(v["plan"], plan, "{v}");
            assert_eq!(env.json(&["billing", "show"])["plan"], plan);
        }
        let v = env.json(&["billing", "set", "--plan", "team", "--email", "billing@acme.test"]);
        assert_eq!(v["action"], "updated", "{v}");
        let v = env.json(&["billing", "show"]);
        assert_eq!((v["plan"].clone(), v["billing_email"].clone()), (json!("team"), json!("billing@acme.test")));
        for args in [
            vec!["billing", "set", "--plan", "gold"],
            vec!["billing", "set", "--plan", "Team"],
            vec!["billing", "set", "--email", "not-an-email"],
        ] {
            let err = env.json_err(&args, 2);
            assert_error_kind(&err, "usage");
        }
        assert_eq!(env.json(&["billing", "show"]), v, "failures change nothing");
    }

    #[test]
    fn usage_counts_what_the_org_holds() {
        let env = Env::new();
        env.seed();
        env.ok(&["member", "add", CAROL]);
        env.ok(&["team", "create", "eng"]);
        env.ok(&["team", "create", "ops"]);
        env.ok(&["dashboard", "create", "One"]);
        env.ok(&["--as", BOB, "dashboard", "create", "Two", "--visibility", "restricted"]);
        env.ok(&["dashboard", "create", "Three"]);
        env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://db/x"]);
        env.ok(&["connector", "add", "ev", "--kind", "bigquery", "--url", "bigquery://p/e"]);
        let invites = env.json(&["invite", "create", DAVE, "x@example.com", "y@example.com"]);
        let revoked = array(&invites)[2]["id"].to_string();
        env.ok(&["invite", "revoke", &revoked]);
        env.ok(&["--as", BOB, "chat", "create", "Not counted"]);
        // Another org's things do not count.
        env.ok(&["--as", BOB, "org", "create", "bobco"]);
        env.ok(&["--as", BOB, "--org", "bobco", "team", "create", "solo"]);

        let usage = env.json(&["billing", "show"])["usage"].clone();
        let want = [("members", 3), ("teams", 2), ("dashboards", 3), ("connectors", 2), ("pending_invites", 2)];
        for (key, n) in want {
            assert_eq!(usage[key], n, "usage.{key}: {usage}");
        }
        let tsv = env.ok(&["billing", "show"]);
        assert_eq!(tsv.lines().count(), 1, "{tsv}");
        env.ok(&["member", "remove", CAROL, "--yes"]);
        assert_eq!(env.json(&["billing", "show"])["usage"]["members"], 2);
    }

    #[test]
    fn billing_is_for_admins_only() {
        let env = Env::new();
        env.seed();
        let before = env.json(&["billing", "show"]);
        for args in [vec!["billing", "show"], vec!["billing", "set", "--plan", "enterprise"]] {
            assert_members_forbidden_outsiders_not_found(&env, &args);
        }
        assert_eq!(env.json(&["billing", "show"]), before);
    }
}
