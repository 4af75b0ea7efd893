//! `apply` and `export` (docs/contract.md §5): create / update / unchanged per kind, idempotence,
//! `--dry-run`, `--prune`, all-or-nothing failures, permissions, malformed manifests,
//! the export round trip, secrets left out of exports, audit entries, no progress bar in pipes.

use std::collections::BTreeSet;
use std::fs;

use serde_json::Value;

use crate::common::*;

const ERIN: &str = "erin@example.com";
const FRANK: &str = "frank@example.com";

/// A manifest with one of everything: users, an org with billing, members, a
/// team, a restricted dashboard with a team grant and a user grant, a
/// connector and an invite.
const BASE: &str = r#"
[[users]]
email = "alice@example.com"
name = "Alice Doe"

[[users]]
email = "bob@example.com"
name = "Bob Roe"

[[users]]
email = "carol@example.com"
name = "Carol Poe"

[[orgs]]
slug = "acme"
name = "Acme Inc"
plan = "team"
billing_email = "billing@example.com"

  [[orgs.members]]
  email = "alice@example.com"
  role = "admin"

  [[orgs.members]]
  email = "bob@example.com"
  role = "member"

  [[orgs.members]]
  email = "carol@example.com"
  role = "member"

  [[orgs.teams]]
  slug = "eng"
  name = "Engineering"
  description = "Builds it"
  members = ["alice@example.com", "bob@example.com"]

  [[orgs.dashboards]]
  slug = "kpis"
  title = "KPIs"
  description = "The numbers"
  visibility = "restricted"
  owner = "bob@example.com"
  grants = [{ team = "eng", permission = "edit" }, { user = "carol@example.com", permission = "view" }]

  [[orgs.connectors]]
  name = "warehouse"
  kind = "postgres"
  url = "postgres://reader@db.internal/analytics"

  [[orgs.invites]]
  email = "erin@example.com"
  role = "member"
  teams = ["eng"]
"#;

/// BASE with every updatable value changed.
const UPDATED: &str = r#"
[[users]]
email = "alice@example.com"
name = "Alice Q. Doe"

[[users]]
email = "bob@example.com"
name = "Bob Roe"

[[users]]
email = "carol@example.com"
name = "Carol Poe"

[[orgs]]
slug = "acme"
name = "Acme Corp"
plan = "enterprise"
billing_email = "finance@example.com"

  [[orgs.members]]
  email = "alice@example.com"
  role = "admin"

  [[orgs.members]]
  email = "bob@example.com"
  role = "member"

  [[orgs.members]]
  email = "carol@example.com"
  role = "admin"

  [[orgs.teams]]
  slug = "eng"
  name = "Eng"
  description = "Ships it"
  members = ["alice@example.com", "bob@example.com", "carol@example.com"]

  [[orgs.dashboards]]
  slug = "kpis"
  title = "Key numbers"
  description = "All the numbers"
  visibility = "org"
  owner = "carol@example.com"
  grants = [
    { team = "eng", permission = "view" },
    { user = "carol@example.com", permission = "edit" },
    { user = "bob@example.com", permission = "view" },
  ]

  [[orgs.connectors]]
  name = "warehouse"
  kind = "snowflake"
  url = "snowflake://acct.example/analytics"

  [[orgs.invites]]
  email = "erin@example.com"
  role = "member"
  teams = ["eng"]
"#;

// ---------------------------------------------------------------- helpers

/// Writes a manifest into the test's directory and returns its path.
fn write(env: &Env, name: &str, text: &str) -> String {
    let path = env.path(name);
    fs::write(&path, text).expect("write manifest");
    path.to_string_lossy().into_owned()
}

/// `orgctl --json --as ACTOR apply -f FILE EXTRA...`, asserting success.
fn apply(env: &Env, actor: &str, file: &str, extra: &[&str]) -> Value {
    let mut args = vec!["--as", actor, "apply", "-f", file];
    args.extend_from_slice(extra);
    let report = env.json(&args);
    assert_report_shape(&report);
    report
}

/// The store's logical content as `actor` sees it: the full export plus the
/// whole audit log of each named org.
fn state(env: &Env, actor: &str, orgs: &[&str]) -> String {
    let mut s = env.ok(&["--as", actor, "export"]);
    for org in orgs {
        s.push_str(&env.ok(&["--as", actor, "--org", org, "--json", "audit", "list", "--limit", "1000000"]));
    }
    s
}

fn audit(env: &Env, actor: &str, org: &str) -> Vec<Value> {
    array(&env.json(&["--as", actor, "--org", org, "audit", "list", "--limit", "1000000"])).clone()
}

fn changes(report: &Value) -> &Vec<Value> {
    array(&report["changes"])
}

/// The report's shape: `dry_run`, `changes` (action, kind, org, target), and a
/// `summary` that counts them.
fn assert_report_shape(report: &Value) {
    assert_keys(report, &["dry_run", "changes", "summary"]);
    assert!(report["dry_run"].is_boolean(), "{report}");
    let (mut created, mut updated, mut deleted) = (0, 0, 0);
    for c in changes(report) {
        assert_keys(c, &["action", "kind", "target"]);
        match c["action"].as_str() {
            Some("created") => created += 1,
            Some("updated") => updated += 1,
            Some("deleted") => deleted += 1,
            other => panic!("a change's action is created, updated or deleted, got {other:?} in {c}"),
        }
        let kind = str_field(c, "kind");
        assert!(!str_field(c, "target").is_empty(), "{c}");
        if kind == "user" {
            assert!(c.get("org").is_none_or(Value::is_null), "a user belongs to no org: {c}");
        } else {
            assert!(c["org"].is_string(), "a change of kind {kind} names its org: {c}");
        }
    }
    let s = &report["summary"];
    assert_keys(s, &["created", "updated", "deleted"]);
    assert_eq!(
        (s["created"].as_u64(), s["updated"].as_u64(), s["deleted"].as_u64()),
        (Some(created), Some(updated), Some(deleted)),
        "summary counts the changes: {report}"
    );
}

/// (action, kind, org, target) of every change, in order; `org` is "" for none.
fn plan(report: &Value) -> Vec<(String, String, String, String)> {
    changes(report)
        .iter()
        .map(|c| {
            (
                str_field(c, "action"),
                str_field(c, "kind"),
                c["org"].as_str().unwrap_or("").to_string(),
                str_field(c, "target"),
            )
        })
        .collect()
}

/// The one change with this action and kind whose target contains every needle.
fn one<'a>(report: &'a Value, action: &str, kind: &str, needles: &[&str]) -> &'a Value {
    let found: Vec<&Value> = changes(report)
        .iter()
        .filter(|c| c["action"] == action && c["kind"] == kind)
        .filter(|c| needles.iter().all(|n| c["target"].as_str().unwrap_or("").contains(n)))
        .collect();
    assert_eq!(found.len(), 1, "expected one {action} {kind} {needles:?} in\n{report:#}");
    found[0]
}

fn count(report: &Value, action: &str, kind: &str) -> usize {
    changes(report).iter().filter(|c| c["action"] == action && c["kind"] == kind).count()
}

fn assert_no_changes(report: &Value) {
    assert_eq!(report["changes"], serde_json::json!([]), "expected no changes:\n{report:#}");
    assert_eq!(report["summary"], serde_json::json!({"created": 0, "updated": 0, "deleted": 0}), "{report}");
}

/// Does this user exist? (`--as` an unknown user is exit 3.)
fn user_exists(env: &Env, email: &str) -> bool {
    match env.code(&["--as", email, "user", "show"]) {
        0 => true,
        3 => false,
        other => panic!("user show as {email}: exit {other}"),
    }
}

fn sorted(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = array(v).iter().map(|x| x.as_str().unwrap_or_default().to_string()).collect();
    out.sort();
    out
}

/// Grants of a dashboard as sorted "team:eng=edit" / "user:x=view" strings.
fn grants(dashboard: &Value) -> Vec<String> {
    let mut out: Vec<String> = array(&dashboard["grants"])
        .iter()
        .map(|g| {
            let to = match (g["team"].as_str(), g["user"].as_str()) {
                (Some(t), _) => format!("team:{t}"),
                (_, Some(u)) => format!("user:{u}"),
                _ => panic!("grant without team or user: {g}"),
            };
            format!("{to}={}", str_field(g, "permission"))
        })
        .collect();
    out.sort();
    out
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

// ---------------------------------------------------------------- create / update / unchanged

#[test]
fn apply_creates_every_kind_into_an_empty_store() {
    let env = Env::new();
    let file = write(&env, "base.toml", BASE);
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
    let a = |args: &[&str]| {
        let mut full = vec!["--as", ALICE, "--org", ORG];
        full.extend_from_slice(args);
        env.json(&full)
    };
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
    assert_eq!(sorted(&team["members"]), s(&[ALICE, BOB]));
    let d = a(&["dashboard", "show", "kpis"]);
    assert_eq!(d["title"], "KPIs");
    assert_eq!(d["description"], "The numbers");
    assert_eq!(d["visibility"], "restricted");
    assert_eq!(d["owner"], BOB);
    assert_eq!(grants(&d), s(&["team:eng=edit", "user:carol@example.com=view"]));
    let k = a(&["connector", "show", "warehouse"]);
    assert_eq!(
        (k["kind"].as_str(), k["url"].as_str()),
        // A user name alone may be a token (`https://TOKEN@github.com`): shown masked.
        (Some("postgres"), Some("postgres://****@db.internal/analytics"))
    );
    let invites = a(&["invite", "list"]);
    assert_eq!(emails(&invites), s(&[ERIN]));
    assert_eq!(array(&invites)[0]["role"], "member");
    assert_eq!(sorted(&array(&invites)[0]["teams"]), s(&["eng"]));
}

#[test]
fn apply_updates_what_differs_per_kind() {
    let env = Env::new();
    apply(&env, ALICE, &write(&env, "base.toml", BASE), &[]);
    let r = apply(&env, ALICE, &write(&env, "updated.toml", UPDATED), &[]);
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

    let a = |args: &[&str]| {
        let mut full = vec!["--as", ALICE, "--org", ORG];
        full.extend_from_slice(args);
        env.json(&full)
    };
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
    assert_eq!(sorted(&team["members"]), s(&[ALICE, BOB, CAROL]));
    let d = a(&["dashboard", "show", "kpis"]);
    assert_eq!(
        (d["title"].as_str(), d["description"].as_str(), d["visibility"].as_str(), d["owner"].as_str()),
        (Some("Key numbers"), Some("All the numbers"), Some("org"), Some(CAROL))
    );
    assert_eq!(grants(&d), s(&["team:eng=view", "user:bob@example.com=view", "user:carol@example.com=edit"]));
    let k = a(&["connector", "show", "warehouse"]);
    assert_eq!(
        (k["kind"].as_str(), k["url"].as_str()),
        (Some("snowflake"), Some("snowflake://acct.example/analytics"))
    );
    assert_eq!(array(&a(&["invite", "list", "--state", "all"])).len(), 1, "still one invite for erin");

    // The updated file now matches.
    assert_no_changes(&apply(&env, ALICE, &write(&env, "updated2.toml", UPDATED), &[]));
}

#[test]
fn omitted_optional_fields_keep_their_values() {
    let env = Env::new();
    apply(&env, ALICE, &write(&env, "base.toml", BASE), &[]);
    let before = state(&env, ALICE, &[ORG]);
    // No name, plan, billing email, members, team name/description/members,
    // dashboard description/visibility/owner/grants, connectors or invites.
    let minimal = r#"
[[orgs]]
slug = "acme"

  [[orgs.teams]]
  slug = "eng"

  [[orgs.dashboards]]
  slug = "kpis"
  title = "KPIs"
"#;
    assert_no_changes(&apply(&env, ALICE, &write(&env, "minimal.toml", minimal), &[]));
    assert_eq!(state(&env, ALICE, &[ORG]), before);
}

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

/// A manifest invite has the bounds of `invite create --expires`.
#[test]
fn manifest_invite_expiry_is_bounded_like_the_flag() {
    let env = Env::new();
    env.seed();
    for (expires, code) in [("400d", 2), ("0s", 2), ("365d", 0)] {
        let text = format!(
            "[[orgs]]\nslug = \"acme\"\n  [[orgs.invites]]\n  email = \"erin@example.com\"\n  expires = \"{expires}\"\n"
        );
        let file = write(&env, "inv.toml", &text);
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
    let r = apply(&env, ALICE, &write(&env, "roles.toml", text), &[]);
    assert_eq!(changes(&r).len(), 1, "{r:#}");
    one(&r, "created", "member", &[DAVE]);
    let roles = env.roles();
    assert!(roles.contains(&(CAROL.to_string(), "admin".to_string())), "{roles:?}");
    assert!(roles.contains(&(DAVE.to_string(), "member".to_string())), "{roles:?}");
}

#[test]
fn applying_the_same_file_twice_changes_nothing_the_second_time() {
    let env = Env::new();
    let file = write(&env, "base.toml", BASE);
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
    assert_eq!(emails(&invites), s(&[ERIN]), "one invite for the pending email");
}

#[test]
fn emails_in_a_manifest_are_case_insensitive() {
    let env = Env::new();
    let text = r#"
[[users]]
email = "Alice@Example.COM"
name = "Alice Doe"

[[users]]
email = "BOB@example.com"

[[orgs]]
slug = "acme"
  [[orgs.members]]
  email = "alice@EXAMPLE.com"
  role = "admin"
  [[orgs.members]]
  email = "Bob@Example.com"
  [[orgs.teams]]
  slug = "eng"
  members = ["BOB@EXAMPLE.COM"]
"#;
    let file = write(&env, "case.toml", text);
    apply(&env, ALICE, &file, &[]);
    assert_eq!(env.roles(), vec![(ALICE.to_string(), "admin".to_string()), (BOB.to_string(), "member".to_string())]);
    assert_no_changes(&apply(&env, ALICE, &file, &[]));
}

// ---------------------------------------------------------------- invites and output

#[test]
fn invite_tokens_appear_in_the_output_and_pending_invites_are_not_repeated() {
    let env = Env::new();
    let file = write(&env, "base.toml", BASE);
    let out = env.ok(&["--as", ALICE, "apply", "-f", &file]);
    // tsv in a pipe: the invite's row carries the token, which works.
    let row = out.lines().find(|l| l.contains(ERIN)).unwrap_or_else(|| panic!("no row for erin's invite:\n{out}"));
    let token = row
        .split('\t')
        .rfind(|f| f.len() >= 16 && f.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or_else(|| panic!("no token in {row:?}"))
        .to_string();
    assert!(row.contains(ORG), "the row names the org: {row:?}");
    // Every org-scoped row names its org.
    for line in out.lines().filter(|l| l.contains('\t') && !l.contains("\tuser\t")) {
        assert!(line.split('\t').any(|f| f == ORG), "row without its org: {line:?}");
    }

    // The second apply creates no other invite for the same pending email.
    let r = apply(&env, ALICE, &file, &[]);
    assert_eq!(count(&r, "created", "invite"), 0, "{r:#}");
    let all = env.json(&["--as", ALICE, "--org", ORG, "invite", "list", "--state", "all"]);
    assert_eq!(array(&all).len(), 1, "{all}");

    // The printed token is the real one; once erin is a member no invite is made.
    env.ok(&["user", "add", ERIN, "--name", "Erin"]);
    env.ok(&["--as", ERIN, "invite", "accept", &token]);
    assert!(env.roles().contains(&(ERIN.to_string(), "member".to_string())));
    assert_no_changes(&apply(&env, ALICE, &file, &[]));
    let all = env.json(&["--as", ALICE, "--org", ORG, "invite", "list", "--state", "all"]);
    assert_eq!(array(&all).len(), 1, "{all}");
}

/// Seconds since the epoch of an RFC 3339 UTC time `YYYY-MM-DDTHH:MM:SS...Z`.
fn epoch(s: &str) -> i64 {
    assert_utc_time(s);
    let n = |a: usize, b: usize| s[a..b].parse::<i64>().expect("digits");
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    days * 86400 + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19)
}

#[test]
fn invites_in_a_manifest_keep_their_role_teams_and_expiry() {
    let env = Env::new();
    env.seed();
    let text = r#"
[[orgs]]
slug = "acme"
  [[orgs.teams]]
  slug = "eng"
  [[orgs.invites]]
  email = "erin@example.com"
  role = "admin"
  teams = ["eng"]
  expires = "3d"
  [[orgs.invites]]
  email = "frank@example.com"
"#;
    let r = apply(&env, ALICE, &write(&env, "invites.toml", text), &[]);
    assert_eq!(count(&r, "created", "invite"), 2, "{r:#}");
    let list = env.json(&["--as", ALICE, "--org", ORG, "invite", "list"]);
    let erin = array(&list).iter().find(|i| i["email"] == ERIN).expect("erin's invite");
    assert_eq!(erin["role"], "admin");
    assert_eq!(sorted(&erin["teams"]), s(&["eng"]));
    let life = epoch(&str_field(erin, "expires_at")) - epoch(&str_field(erin, "created_at"));
    assert!((3 * 86400 - 5..=3 * 86400 + 5).contains(&life), "expires in 3 days: {erin}");
    let frank = array(&list).iter().find(|i| i["email"] == FRANK).expect("frank's invite");
    assert_eq!(frank["role"], "member", "the default role");
    let life = epoch(&str_field(frank, "expires_at")) - epoch(&str_field(frank, "created_at"));
    assert!((7 * 86400 - 5..=7 * 86400 + 5).contains(&life), "the default 7 days (docs/contract.md §1): {frank}");
}

#[test]
fn quiet_apply_prints_only_the_invite_tokens() {
    let env = Env::new();
    let file = write(&env, "base.toml", BASE);
    let out = env.ok(&["--as", ALICE, "-q", "apply", "-f", &file]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "only the token line (docs/contract.md §3 --quiet): {out:?}");
    assert!(lines[0].contains(ERIN), "{out:?}");
    assert!(env.ok(&["--as", ALICE, "-q", "apply", "-f", &file]).is_empty(), "nothing to print the second time");
}

// ---------------------------------------------------------------- dry run

#[test]
fn dry_run_writes_nothing_and_plans_exactly_what_the_real_run_does() {
    let env = Env::new();
    env.seed();
    let text = format!("[[users]]\nemail = \"{FRANK}\"\nname = \"Frank\"\n{BASE}");
    let file = write(&env, "plan.toml", &text);
    let before = state(&env, ALICE, &[ORG]);

    let dry = apply(&env, ALICE, &file, &["--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert!(changes(&dry).len() >= 10, "the plan has the changes:\n{dry:#}");
    assert_eq!(state(&env, ALICE, &[ORG]), before, "a dry run writes nothing");
    assert!(!user_exists(&env, FRANK), "a dry run creates no user");

    // In text, the plan names what it would change, and still writes nothing.
    let out = env.ok(&["--as", ALICE, "apply", "-f", &file, "--dry-run"]);
    for target in ["kpis", "eng", "warehouse", ERIN, FRANK, CAROL] {
        assert!(out.contains(target), "the plan mentions {target}:\n{out}");
    }
    assert_eq!(state(&env, ALICE, &[ORG]), before);

    let real = apply(&env, ALICE, &file, &[]);
    assert_eq!(real["dry_run"], false);
    assert_eq!(plan(&dry), plan(&real), "the dry run planned exactly the real run's changes");
    assert_eq!(dry["summary"], real["summary"]);
    assert!(user_exists(&env, FRANK));
    assert_ne!(state(&env, ALICE, &[ORG]), before);
}

#[test]
fn dry_run_on_an_empty_store_creates_nothing() {
    let env = Env::new();
    let file = write(&env, "base.toml", BASE);
    let dry = apply(&env, ALICE, &file, &["--dry-run"]);
    assert_eq!(dry["summary"]["created"], 15, "{dry:#}");
    assert!(!env.db().exists(), "a dry run creates no store file");
    for email in [ALICE, BOB, CAROL] {
        assert!(!user_exists(&env, email), "{email} was not created");
    }
    // The plan shows the invite but no token: a rolled-back invite has none that works.
    let invite = one(&dry, "created", "invite", &[ERIN]);
    assert!(invite.get("token").is_none_or(|t| t.is_null()), "{invite}");
    let real = apply(&env, ALICE, &file, &[]);
    assert_eq!(plan(&dry), plan(&real));
    assert!(one(&real, "created", "invite", &[ERIN])["token"].is_string(), "{real:#}");
}

// ---------------------------------------------------------------- prune

/// acme with more than PRUNE names (dave as second admin, team ops, carol in
/// eng, dashboard old, grants to eng and ops on kpis, connector legacy, a
/// pending invite), and beta, which the file does not name.
fn prune_fixture(env: &Env) {
    env.seed();
    for args in [
        vec!["member", "add", CAROL],
        vec!["member", "add", DAVE, "--role", "admin"],
        vec!["team", "create", "eng"],
        vec!["team", "create", "ops"],
        vec!["team", "add", "eng", BOB, CAROL],
        vec!["dashboard", "create", "KPIs", "--slug", "kpis"],
        vec!["dashboard", "create", "Old", "--slug", "old"],
        vec!["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://reader@db/a"],
        vec!["connector", "add", "legacy", "--kind", "mysql", "--url", "mysql://db/legacy"],
        vec!["invite", "create", ERIN],
        vec!["org", "create", "beta"],
        vec!["--org", "beta", "member", "add", BOB],
        vec!["--org", "beta", "team", "create", "x"],
    ] {
        let mut full = vec!["--as", ALICE];
        if args[0] != "--org" {
            full.extend_from_slice(&["--org", ORG]);
        }
        full.extend_from_slice(&args);
        env.ok(&full);
    }
    // The grants, through apply (without --prune it only adds).
    let grants = r#"
[[orgs]]
slug = "acme"
  [[orgs.dashboards]]
  slug = "kpis"
  title = "KPIs"
  grants = [{ team = "eng", permission = "edit" }, { team = "ops" }, { user = "carol@example.com" }]
"#;
    let r = apply(env, ALICE, &write(env, "grants.toml", grants), &[]);
    assert_eq!(count(&r, "created", "grant"), 3, "{r:#}");
}

/// Names part of what `prune_fixture` made, exactly as it is (alice, the
/// acting user, is not listed).
const PRUNE: &str = r#"
[[orgs]]
slug = "acme"

  [[orgs.members]]
  email = "bob@example.com"
  role = "member"

  [[orgs.members]]
  email = "carol@example.com"
  role = "member"

  [[orgs.teams]]
  slug = "eng"
  members = ["bob@example.com"]

  [[orgs.dashboards]]
  slug = "kpis"
  title = "KPIs"
  grants = [{ user = "carol@example.com", permission = "view" }]

  [[orgs.connectors]]
  name = "warehouse"
  kind = "postgres"
  url = "postgres://reader@db/a"
"#;

#[test]
fn without_prune_nothing_is_deleted() {
    let env = Env::new();
    prune_fixture(&env);
    let file = write(&env, "prune.toml", PRUNE);
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
    let file = write(&env, "prune.toml", PRUNE);
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
    let a = |args: &[&str]| {
        let mut full = vec!["--as", ALICE, "--org", ORG];
        full.extend_from_slice(args);
        env.json(&full)
    };
    assert_eq!(
        env.roles(),
        vec![(ALICE.into(), "admin".into()), (BOB.into(), "member".into()), (CAROL.into(), "member".into())],
        "the acting user's own membership is never pruned"
    );
    assert_eq!(slugs(&a(&["team", "list"])), s(&["eng"]));
    assert_eq!(sorted(&a(&["team", "show", "eng"])["members"]), s(&[BOB]));
    assert_eq!(slugs(&a(&["dashboard", "list"])), s(&["kpis"]));
    assert_eq!(grants(&a(&["dashboard", "show", "kpis"])), s(&["user:carol@example.com=view"]));
    let names: Vec<String> = array(&a(&["connector", "list"])).iter().map(|k| str_field(k, "name")).collect();
    assert_eq!(names, s(&["warehouse"]));
    assert_eq!(emails(&a(&["invite", "list"])), s(&[ERIN]), "invites are not pruned");
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
    let text = r#"
[[orgs]]
slug = "gamma"
  [[orgs.members]]
  email = "dave@example.com"
  role = "admin"
"#;
    let r = apply(&env, CAROL, &write(&env, "gamma.toml", text), &["--prune"]);
    one(&r, "created", "member", &[CAROL]);
    assert_eq!(count(&r, "deleted", "member"), 0, "{r:#}");
    let members = env.json(&["--as", CAROL, "--org", "gamma", "member", "list"]);
    assert_eq!(emails(&members), s(&[CAROL, DAVE]));
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
    apply(&env, ALICE, &write(&env, "base.toml", BASE), &[]);
    let created = one(&apply(&env, ALICE, &write(&env, "again.toml", UPDATED), &[]), "updated", "grant", &["eng"])
        ["target"]
        .clone();
    let without = UPDATED.replace("{ team = \"eng\", permission = \"view\" },", "");
    let r = apply(&env, ALICE, &write(&env, "without.toml", &without), &["--prune"]);
    let deleted = one(&r, "deleted", "grant", &["kpis"]);
    assert_eq!(deleted["target"], created, "{r:#}");
}

// ---------------------------------------------------------------- all or nothing

/// Valid work in a new org and in acme, then `tail` (appended to acme), which
/// fails only at apply time.
fn failing_in_the_middle(tail: &str, code: i32, needle: &str) {
    let env = Env::new();
    env.seed();
    let text = format!(
        r#"
[[users]]
email = "frank@example.com"
name = "Frank"

[[users]]
email = "grace@example.com"

[[users]]
email = "alice@example.com"
name = "Alice the Renamed"

[[orgs]]
slug = "beta"
name = "Beta"
  [[orgs.members]]
  email = "frank@example.com"
  [[orgs.members]]
  email = "grace@example.com"
  [[orgs.teams]]
  slug = "t1"
  members = ["frank@example.com"]
  [[orgs.dashboards]]
  slug = "d1"
  title = "D1"
  grants = [{{ team = "t1", permission = "edit" }}]
  [[orgs.connectors]]
  name = "c1"
  kind = "postgres"
  url = "postgres://db/c1"
  [[orgs.invites]]
  email = "heidi@example.com"

[[orgs]]
slug = "acme"
name = "Acme Renamed"
plan = "enterprise"
  [[orgs.members]]
  email = "frank@example.com"
  [[orgs.members]]
  email = "carol@example.com"
  role = "member"
  [[orgs.teams]]
  slug = "eng"
  members = ["bob@example.com", "frank@example.com"]
  [[orgs.dashboards]]
  slug = "kpis"
  title = "KPIs"
  grants = [{{ team = "eng", permission = "view" }}]
{tail}
"#
    );
    let file = write(&env, "bad.toml", &text);
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

// ---------------------------------------------------------------- permissions

#[test]
fn a_member_who_is_not_an_admin_of_an_org_in_the_file_is_refused() {
    let env = Env::new();
    env.seed();
    let text = r#"
[[users]]
email = "newbie@example.com"

[[orgs]]
slug = "fresh"

[[orgs]]
slug = "acme"
plan = "enterprise"
  [[orgs.members]]
  email = "newbie@example.com"
"#;
    let file = write(&env, "as-bob.toml", text);
    let before = state(&env, ALICE, &[ORG]);
    let err = env.json_err(&["--as", BOB, "apply", "-f", &file], 4);
    assert_error_kind(&err, "forbidden");
    let out = env.fails(&["--as", BOB, "apply", "-f", &file, "--dry-run"], 4);
    assert!(stderr(&out).contains(ORG), "the refusal names the org: {}", stderr(&out));
    // carol is no member at all.
    env.fails(&["--as", CAROL, "apply", "-f", &file], 4);
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    assert!(!user_exists(&env, "newbie@example.com"));
    assert_eq!(env.code(&["--as", BOB, "org", "show", "fresh"]), 3, "the new org was not created");
}

#[test]
fn a_new_org_is_created_with_the_acting_user_as_admin() {
    let env = Env::new();
    env.seed();
    let text = r#"
[[orgs]]
slug = "gamma"
name = "Gamma"
  [[orgs.members]]
  email = "dave@example.com"
"#;
    let r = apply(&env, CAROL, &write(&env, "gamma.toml", text), &[]);
    one(&r, "created", "org", &["gamma"]);
    one(&r, "created", "member", &[CAROL]);
    one(&r, "created", "member", &[DAVE]);
    let members = env.json(&["--as", CAROL, "--org", "gamma", "member", "list"]);
    let roles: Vec<(String, String)> =
        array(&members).iter().map(|m| (str_field(m, "email"), str_field(m, "role"))).collect();
    assert!(roles.contains(&(CAROL.into(), "admin".into())), "{members}");
    assert!(roles.contains(&(DAVE.into(), "member".into())), "{members}");
}

#[test]
fn a_declared_user_may_act_on_an_empty_store() {
    let env = Env::new();
    let text = r#"
[[users]]
email = "ci@example.com"
name = "CI"

[[orgs]]
slug = "fixtures"
  [[orgs.teams]]
  slug = "bots"
  members = ["ci@example.com"]
"#;
    let file = write(&env, "seed.toml", text);
    let out = env.ok(&["--as", "ci@example.com", "apply", "-f", &file]);
    assert!(out.contains("fixtures"), "{out}");
    let members = env.json(&["--as", "ci@example.com", "--org", "fixtures", "member", "list"]);
    assert_eq!(emails(&members), s(&["ci@example.com"]));
    assert_eq!(array(&members)[0]["role"], "admin");
    assert_eq!(env.json(&["--as", "ci@example.com", "user", "show"])["name"], "CI");
    assert_no_changes(&apply(&env, "ci@example.com", &file, &[]));
}

/// docs/contract.md §5: "The acting user must be an admin of every existing org in the
/// file". Being declared under `[[users]]` lets a new user act, not skip that
/// rule: a stranger must not be able to rename acme and make themselves admin.
#[test]
fn a_declared_new_user_is_not_an_admin_of_existing_orgs() {
    let env = Env::new();
    env.seed();
    let text = r#"
[[users]]
email = "mallory@example.com"

[[orgs]]
slug = "acme"
name = "Taken over"
  [[orgs.members]]
  email = "mallory@example.com"
  role = "admin"
"#;
    let file = write(&env, "takeover.toml", text);
    let before = state(&env, ALICE, &[ORG]);
    let out = env.run(&["--as", "mallory@example.com", "apply", "-f", &file, "--prune"]);
    assert_eq!(code_of(&out), 4, "a new user may not change an existing org\n{}", describe(&out));
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    assert!(!user_exists(&env, "mallory@example.com"));
}

/// docs/contract.md §2: only the user renames themselves (`user edit`); a manifest may
/// not rename someone who is in none of its orgs.
#[test]
fn a_manifest_may_not_rename_a_user_outside_its_orgs() {
    let env = Env::new();
    env.seed();
    let before = state(&env, ALICE, &[ORG]);
    let text = "[[users]]\nemail = \"dave@example.com\"\nname = \"Not Dave\"\n\n[[orgs]]\nslug = \"acme\"\nplan = \"enterprise\"\n";
    let file = write(&env, "rename.toml", text);
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &file], 4);
    assert_error_kind(&err, "forbidden");
    assert_eq!(env.json(&["--as", DAVE, "user", "show"])["name"], "Dave Moe");
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    // Dave may rename himself that way.
    let mine = write(&env, "mine.toml", "[[users]]\nemail = \"dave@example.com\"\nname = \"David Moe\"\n");
    one(&apply(&env, DAVE, &mine, &[]), "updated", "user", &[DAVE]);
    assert_eq!(env.json(&["--as", DAVE, "user", "show"])["name"], "David Moe");
}

#[test]
fn an_undeclared_unknown_acting_user_is_refused() {
    let env = Env::new();
    env.seed();
    let text = "[[users]]\nemail = \"frank@example.com\"\n\n[[orgs]]\nslug = \"fresh\"\n";
    let file = write(&env, "ghost.toml", text);
    let before = state(&env, ALICE, &[ORG]);
    // README: `--as` naming a user that does not exist is exit 3.
    let err = env.json_err(&["--as", "ghost@example.com", "apply", "-f", &file], 3);
    assert_error_kind(&err, "not_found");
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    assert!(!user_exists(&env, FRANK));
    // On an empty store too.
    let empty = Env::new();
    let file = write(&empty, "ghost.toml", text);
    assert_ne!(empty.code(&["--as", "ghost@example.com", "apply", "-f", &file]), 0);
    assert!(!user_exists(&empty, FRANK));
}

#[test]
fn apply_without_an_acting_user_is_forbidden() {
    let env = Env::new();
    let file = write(&env, "base.toml", BASE);
    let err = env.json_err(&["apply", "-f", &file], 4);
    assert_error_kind(&err, "forbidden");
    let out = env.fails(&["apply", "-f", &file], 4);
    assert!(stderr(&out).contains("--as"), "the error says how to set the user: {}", stderr(&out));
    // Nothing was created: the declared users do not exist.
    assert!(!user_exists(&env, ALICE));
}

// ---------------------------------------------------------------- malformed manifests

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
        let file = write(&env, "bad.toml", text);
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
    let file = write(&env, "bad.toml", &cases[0].1);
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
    let file = write(&env, "empty.toml", "");
    let out = stderr(&env.run(&["--as", ALICE, "apply", "-f", &file]));
    assert!(out.contains("0 changes"), "{out:?}");
    let r = apply(&env, ALICE, &file, &[]);
    assert_no_changes(&r);
    assert_eq!(r["dry_run"], false);
    assert_eq!(state(&env, ALICE, &[ORG]), before);
}

const JSON_MANIFEST: &str = r#"{
  "users": [{ "email": "frank@example.com", "name": "Frank" }],
  "orgs": [
    {
      "slug": "acme",
      "members": [{ "email": "frank@example.com", "role": "member" }],
      "teams": [{ "slug": "eng", "name": "Engineering", "members": ["frank@example.com"] }]
    }
  ]
}"#;

#[test]
fn a_json_file_is_read_as_json() {
    let env = Env::new();
    env.seed();
    let file = write(&env, "m.json", JSON_MANIFEST);
    let r = apply(&env, ALICE, &file, &[]);
    one(&r, "created", "user", &[FRANK]);
    one(&r, "created", "member", &[FRANK]);
    one(&r, "created", "team_member", &["eng", FRANK]);
    assert_no_changes(&apply(&env, ALICE, &file, &[]));

    let before = state(&env, ALICE, &[ORG]);
    let bad = write(&env, "bad.json", "{\"orgs\": [{\"slug\": \"acme\",}]}");
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &bad], 2);
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("line 1"), "{err}");
    let unknown = write(&env, "unknown.json", "{\"orgs\": [{\"slug\": \"acme\", \"colour\": \"red\"}]}");
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &unknown], 2);
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("colour"), "{err}");
    // TOML text in a .json file is not TOML.
    let toml_in_json = write(&env, "toml.json", HEAD);
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

// ---------------------------------------------------------------- export

fn acme_example() -> String {
    fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/acme.toml")).expect("read examples/acme.toml")
}

const ACME_ADMIN: &str = "alice.doe@acme.test";

#[test]
fn export_then_apply_into_an_empty_store_then_export_gives_the_same_manifest() {
    let one_env = Env::new();
    let example = write(&one_env, "acme.toml", &acme_example());
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
    assert_no_changes(&apply(&one_env, ACME_ADMIN, &write(&one_env, "export.toml", &toml1), &[]));

    // TOML: into an empty store, export again.
    let two = Env::new();
    let r = apply(&two, ACME_ADMIN, &write(&two, "export.toml", &toml1), &[]);
    assert_eq!(r["summary"], first["summary"], "the export recreates everything the example did");
    assert_eq!(two.ok(&["--as", ACME_ADMIN, "export"]), toml1, "TOML round trip");
    assert_eq!(two.ok(&["--as", ACME_ADMIN, "--json", "export"]), json1);

    // JSON: the same.
    let three = Env::new();
    apply(&three, ACME_ADMIN, &write(&three, "export.json", &json1), &[]);
    assert_eq!(three.ok(&["--as", ACME_ADMIN, "--json", "export"]), json1, "JSON round trip");
    assert_eq!(three.ok(&["--as", ACME_ADMIN, "export"]), toml1);
}

#[test]
fn export_round_trips_awkward_content() {
    let env = Env::new();
    env.seed();
    let a = |args: &[&str]| {
        let mut full = vec!["--as", ALICE, "--org", ORG];
        full.extend_from_slice(args);
        env.ok(&full);
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
    assert_no_changes(&apply(&env, ALICE, &write(&env, "self.toml", &toml1), &[]));

    let two = Env::new();
    apply(&two, ALICE, &write(&two, "export.toml", &toml1), &[]);
    assert_eq!(two.ok(&["--as", ALICE, "export"]), toml1);
    assert_eq!(two.ok(&["--as", ALICE, "--json", "export"]), json1);
    let three = Env::new();
    apply(&three, ALICE, &write(&three, "export.json", &json1), &[]);
    assert_eq!(three.ok(&["--as", ALICE, "export"]), toml1);
}

#[test]
fn export_leaves_out_connector_passwords_and_reapplying_keeps_them() {
    let env = Env::new();
    env.seed();
    let text = r#"
[[orgs]]
slug = "acme"
  [[orgs.connectors]]
  name = "warehouse"
  kind = "postgres"
  url = "postgres://reader:s3cretpw@db.internal:5432/analytics"
"#;
    let file = write(&env, "conn.toml", text);
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
    assert_no_changes(&apply(&env, ALICE, &write(&env, "export.toml", &exported), &[]));
    assert_no_changes(&apply(&env, ALICE, &write(&env, "export.json", &json), &["--prune"]));
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    let shown = env.json(&["--as", ALICE, "--org", ORG, "connector", "show", "warehouse"]);
    assert_eq!(shown["url"], url.as_str(), "the password was kept");

    // A different password, or another URL, is an update.
    let other = text.replace("s3cretpw", "n3wpw");
    let r = apply(&env, ALICE, &write(&env, "other.toml", &other), &[]);
    assert!(!r.to_string().contains("n3wpw"), "{r}");
    one(&r, "updated", "connector", &["warehouse"]);
    let moved = text.replace("reader:s3cretpw@db.internal", "reader@db2.internal");
    one(&apply(&env, ALICE, &write(&env, "moved.toml", &moved), &[]), "updated", "connector", &["warehouse"]);
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
    assert_eq!(exported_orgs(&env, &["--org", "gamma", "--org", ORG]), s(&[ORG, "gamma"]));
    assert_eq!(exported_orgs(&env, &["--org", "beta"]), s(&["beta"]));
    // By default: every org alice administers, not delta, where she is a member.
    assert_eq!(exported_orgs(&env, &[]), s(&[ORG, "beta", "gamma"]));
    // The users section holds the people of the exported orgs only.
    let gamma = env.json(&["--as", ALICE, "export", "--org", "gamma"]);
    assert_eq!(emails(&gamma["users"]), s(&[ALICE, CAROL]));
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
    assert_no_changes(&apply(&env, DAVE, &write(&env, "empty.toml", &empty), &[]));
}

// ---------------------------------------------------------------- audit

/// The entries of `org` newer than `before`.
fn new_entries(env: &Env, org: &str, before: &[Value]) -> Vec<Value> {
    let seen: BTreeSet<i64> = before.iter().filter_map(|e| e["id"].as_i64()).collect();
    audit(env, ALICE, org).into_iter().filter(|e| e["id"].as_i64().is_some_and(|id| !seen.contains(&id))).collect()
}

fn assert_one_entry_per_change(report: &Value, entries: &[Value], org: &str) {
    let in_org: Vec<&Value> = changes(report).iter().filter(|c| c["org"] == org).collect();
    assert_eq!(entries.len(), in_org.len(), "one audit entry per change in {org}:\n{entries:#?}\n{report:#}");
    for e in entries {
        assert_keys(e, &["id", "at", "actor", "org", "action", "target", "details"]);
        assert_eq!(e["actor"], ALICE, "{e}");
        assert_eq!(e["org"], org, "{e}");
        let details = str_field(e, "details");
        assert!(details.starts_with("via apply"), "the entry says it came from apply: {e}");
    }
    let mut targets: Vec<String> = entries.iter().map(|e| str_field(e, "target")).collect();
    let mut expected: Vec<String> = in_org.iter().map(|c| str_field(c, "target")).collect();
    targets.sort();
    expected.sort();
    assert_eq!(targets, expected);
}

#[test]
fn every_change_applied_writes_one_audit_entry_via_apply() {
    let env = Env::new();
    prune_fixture(&env);
    let before = audit(&env, ALICE, ORG);
    let with_more = format!(
        "{PRUNE}\n  [[orgs.dashboards]]\n  slug = \"fresh\"\n  title = \"Fresh\"\n  grants = [{{ team = \"eng\" }}]\n"
    )
    .replace("name = \"warehouse\"\n  kind = \"postgres\"", "name = \"warehouse\"\n  kind = \"redshift\"");
    let r = apply(&env, ALICE, &write(&env, "audit.toml", &with_more), &["--prune"]);
    assert!(count(&r, "created", "dashboard") == 1 && count(&r, "updated", "connector") == 1, "{r:#}");
    assert_eq!(r["summary"]["deleted"], 6, "{r:#}");
    let entries = new_entries(&env, ORG, &before);
    assert_one_entry_per_change(&r, &entries, ORG);
    // Under the same action names as the command line, so one filter finds both.
    let actions: BTreeSet<String> = entries.iter().map(|e| str_field(e, "action")).collect();
    for a in &actions {
        assert!(
            [
                "member.remove",
                "team.delete",
                "team.remove",
                "dashboard.create",
                "dashboard.delete",
                "dashboard.share",
                "dashboard.unshare",
                "connector.edit",
                "connector.remove"
            ]
            .contains(&a.as_str()),
            "{a} is not an action the command line writes: {actions:?}"
        );
    }
    assert!(actions.contains("dashboard.share") && actions.contains("connector.edit"), "{actions:?}");
    // A dry run and an unchanged run write none.
    let before = audit(&env, ALICE, ORG);
    apply(&env, ALICE, &write(&env, "audit2.toml", &with_more), &["--prune", "--dry-run"]);
    apply(&env, ALICE, &write(&env, "audit3.toml", &with_more), &["--prune"]);
    assert_eq!(audit(&env, ALICE, ORG), before);
}

/// README "apply and export": "Every change writes an audit entry whose
/// details start with `via apply`" (docs/contract.md §1 audit log), invites included.
#[test]
fn invites_created_by_apply_are_audited_via_apply() {
    let env = Env::new();
    env.seed();
    let before = audit(&env, ALICE, ORG);
    let text = "[[orgs]]\nslug = \"acme\"\n  [[orgs.invites]]\n  email = \"erin@example.com\"\n";
    let r = apply(&env, ALICE, &write(&env, "invite.toml", text), &[]);
    one(&r, "created", "invite", &[ERIN]);
    assert_one_entry_per_change(&r, &new_entries(&env, ORG, &before), ORG);
}

// ---------------------------------------------------------------- concurrency

/// docs/contract.md §8 and the users of §0: CI jobs seed fixtures several at once against
/// one store. Parallel applies of one file into a missing store all succeed,
/// and between them make each change exactly once.
#[test]
fn parallel_applies_of_one_file_all_succeed_and_change_everything_once() {
    let env = Env::new();
    let file = write(&env, "base.toml", BASE);
    let children: Vec<_> = (0..4)
        .map(|_| {
            env.std_cmd(&["--as", ALICE, "--json", "apply", "-f", &file])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn orgctl")
        })
        .collect();
    let mut created = 0;
    for child in children {
        let out = child.wait_with_output().expect("wait for orgctl");
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        let r = parse_json(&stdout(&out), &["apply"]);
        assert_report_shape(&r);
        created += changes(&r).len();
    }
    assert_eq!(created, 15, "every change made once, by one of them");
    let invites = env.json(&["--as", ALICE, "--org", ORG, "invite", "list", "--state", "all"]);
    assert_eq!(array(&invites).len(), 1, "{invites}");
}

// ---------------------------------------------------------------- big manifests

#[test]
fn a_big_apply_in_a_pipe_shows_no_progress_bar() {
    let env = Env::new();
    let n = 1000;
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!("[[users]]\nemail = \"user{i}@example.com\"\nname = \"User {i}\"\n\n"));
    }
    text.push_str("[[orgs]]\nslug = \"big\"\n");
    for i in 0..n {
        let role = if i == 0 { "admin" } else { "member" };
        text.push_str(&format!("  [[orgs.members]]\n  email = \"user{i}@example.com\"\n  role = \"{role}\"\n"));
    }
    let file = write(&env, "big.toml", &text);
    let out = env.run(&["--as", "user0@example.com", "apply", "-f", &file]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let err = stderr(&out);
    for bad in ["\r", "\u{1b}", "█", "░", "▉", "#>", "/2001", "applying"] {
        assert!(!err.contains(bad), "a progress bar in a pipe ({bad:?}): {err:?}");
    }
    assert_eq!(stdout(&out).lines().filter(|l| l.starts_with("created\tmember")).count(), n);
    let members = env.json(&["--as", "user0@example.com", "--org", "big", "member", "list"]);
    assert_eq!(array(&members).len(), n);
    // With --json too, and the second time it is unchanged.
    let r = apply(&env, "user0@example.com", &file, &[]);
    assert_no_changes(&r);
}
