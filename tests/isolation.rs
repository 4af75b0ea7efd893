//! Org isolation (docs/contract.md §1 Organization): whatever slug, id or email an admin of one org passes,
//! orgctl acts on that org's own object or answers "not found", and the other org stays byte-for-byte the same.

use std::fmt::Write as _;

use serde_json::Value;

use crate::common::*;

/// Two orgs built alike: the same team, dashboard and connector slugs, the
/// same invited email, each with things only it has.
const ORGS: [&str; 2] = ["acme", "beta"];

fn admin(org: &str) -> String {
    format!("{org}-admin@iso.test")
}

fn member(org: &str) -> String {
    format!("{org}-member@iso.test")
}

fn manifest(org: &str) -> String {
    let mut m = String::new();
    for u in [admin(org), member(org)] {
        let _ = writeln!(m, "[[users]]\nemail = \"{u}\"\n");
    }
    m.push('\n');
    m.push_str(
        &fixture!("isolation-org.toml")
            .replace("{org}", org)
            .replace("{admin}", &admin(org))
            .replace("{member}", &member(org)),
    );
    m
}

/// Each org's ids: (its invite's id, its admin's chat id, its member's chat id).
struct World {
    env: Env,
    invite: [String; 2],
    admin_chat: [String; 2],
    member_chat: [String; 2],
}

fn world() -> World {
    let env = Env::new();
    let mut invite = [String::new(), String::new()];
    let mut admin_chat = [String::new(), String::new()];
    let mut member_chat = [String::new(), String::new()];
    for (i, org) in ORGS.iter().enumerate() {
        env.apply_as(&admin(org), &format!("{org}.toml"), &manifest(org));
        let list = env.json(&["--as", &admin(org), "--org", org, "invite", "list"]);
        invite[i] = array(&list)[0]["id"].to_string();
        let chat = |user: &str| {
            env.json(&["--as", user, "--org", org, "chat", "create", &format!("{org} secret plans")])["id"].to_string()
        };
        admin_chat[i] = chat(&admin(org));
        member_chat[i] = chat(&member(org));
    }
    World { env, invite, admin_chat, member_chat }
}

/// Everything an org's own people can see of it.
fn snapshot(env: &Env, org: &str) -> Vec<String> {
    let a = admin(org);
    let m = member(org);
    let run = |user: &str, args: &[&str]| {
        let mut full = vec!["--as", user, "--org", org];
        full.extend_from_slice(args);
        let out = env.run(&full);
        assert_eq!(code_of(&out), 0, "{full:?}\n{}", describe(&out));
        stdout(&out)
    };
    vec![
        run(&a, &["export"]),
        run(&a, &["--json", "export"]),
        run(&a, &["--json", "chat", "list"]),
        run(&m, &["--json", "chat", "list"]),
        run(&a, &["--json", "invite", "list", "--state", "all"]),
        run(&a, &["--json", "audit", "list", "--limit", "10000"]),
        run(&a, &["--json", "billing", "show"]),
        run(&a, &["--json", "member", "list"]),
        run(&a, &["--json", "dashboard", "access", "prod"]),
        run(&m, &["--json", "team", "show", "eng"]),
    ]
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    /// Acts on the caller's own org's object of that name.
    Ours,
    NotFound,
    /// An id that might also name one of ours: either is fine. Ids are
    /// numbered per org, so the same number often does name one of ours,
    /// which may be in a state the command refuses (exit 5).
    OursOrNotFound,
}

/// As the admin of `ORGS[me]`, pass every kind of identifier of the other org.
fn probe(w: &World, me: usize) {
    let env = &w.env;
    let mine = ORGS[me];
    let other = 1 - me;
    let theirs = ORGS[other];
    let their_member = member(theirs);
    let their_admin = admin(theirs);
    let their_team = format!("{theirs}-team");
    let their_dash = format!("{theirs}-dash");
    let their_conn = format!("{theirs}-conn");
    let inv = w.invite[other].as_str();
    let chats = [w.admin_chat[other].as_str(), w.member_chat[other].as_str()];
    let chat_targets: Vec<String> = chats.iter().map(|c| format!("chat/{c}")).collect();
    let dash_target = format!("dashboard/{their_dash}");

    let my_admin = admin(mine);
    let my_member = member(mine);
    let before = snapshot(env, theirs);
    use Expect::*;
    let cases: Vec<(Vec<&str>, Expect)> = vec![
        // Teams.
        (vec!["team", "show", "eng"], Ours),
        (vec!["team", "edit", "eng", "--description", "edited"], Ours),
        (vec!["team", "add", "eng", &their_member], NotFound),
        (vec!["team", "add", "eng", &their_admin], NotFound),
        (vec!["team", "show", &their_team], NotFound),
        (vec!["team", "edit", &their_team, "--name", "Taken"], NotFound),
        (vec!["team", "add", &their_team, &my_admin], NotFound),
        (vec!["team", "remove", &their_team, &my_member], NotFound),
        (vec!["team", "delete", &their_team, "--yes"], NotFound),
        (vec!["member", "list", "--team", &their_team], NotFound),
        // Dashboards.
        (vec!["dashboard", "show", "prod"], Ours),
        (vec!["dashboard", "edit", "prod", "--title", "Edited"], Ours),
        (vec!["dashboard", "access", "prod"], Ours),
        (vec!["dashboard", "share", "prod", "--user", &their_member], NotFound),
        (vec!["dashboard", "share", "prod", "--team", &their_team], NotFound),
        (vec!["dashboard", "unshare", "prod", "--team", &their_team], NotFound),
        (vec!["dashboard", "unshare", "prod", "--user", &their_member], NotFound),
        (vec!["dashboard", "show", &their_dash], NotFound),
        (vec!["dashboard", "edit", &their_dash, "--title", "Taken"], NotFound),
        (vec!["dashboard", "edit", &their_dash, "--visibility", "restricted"], NotFound),
        (vec!["dashboard", "access", &their_dash], NotFound),
        (vec!["dashboard", "share", &their_dash, "--user", &my_admin], NotFound),
        (vec!["dashboard", "unshare", &their_dash, "--user", &my_admin], NotFound),
        (vec!["dashboard", "delete", &their_dash, "--yes"], NotFound),
        (vec!["can-i", "view", &dash_target], NotFound),
        // Connectors.
        (vec!["connector", "show", "wh"], Ours),
        (vec!["connector", "edit", "wh", "--kind", "snowflake"], Ours),
        (vec!["connector", "show", &their_conn], NotFound),
        (vec!["connector", "edit", &their_conn, "--kind", "postgres"], NotFound),
        (vec!["connector", "remove", &their_conn, "--yes"], NotFound),
        // Invites by the other org's id.
        (vec!["invite", "revoke", inv], OursOrNotFound),
        (vec!["invite", "resend", inv], OursOrNotFound),
        // Chats by the other org's ids.
        (vec!["chat", "show", chats[0]], OursOrNotFound),
        (vec!["chat", "show", chats[1]], OursOrNotFound),
        (vec!["chat", "delete", chats[0]], OursOrNotFound),
        (vec!["chat", "delete", chats[1]], OursOrNotFound),
        // Members of the other org only.
        (vec!["member", "remove", &their_member, "--yes"], NotFound),
        (vec!["member", "remove", &their_admin, "--yes"], NotFound),
        (vec!["member", "set-role", &their_member, "admin"], NotFound),
        (vec!["member", "set-role", &their_admin, "member"], NotFound),
        // Destructive on the shared names, last.
        (vec!["dashboard", "delete", "prod", "--yes"], Ours),
        (vec!["connector", "remove", "wh", "--yes"], Ours),
        (vec!["team", "delete", "eng", "--yes"], Ours),
    ];
    let mut bad = Vec::new();
    for (args, expect) in &cases {
        let mut full = vec!["--json", "--as", my_admin.as_str(), "--org", mine];
        full.extend(args);
        let out = env.run(&full);
        let code = code_of(&out);
        let text = format!("{}{}", stdout(&out), stderr(&out));
        let ok = match expect {
            Ours => code == 0,
            NotFound => code == 3,
            OursOrNotFound => code == 0 || code == 3 || code == 5,
        };
        if !ok {
            bad.push(format!("{expect:?} expected: {full:?}\n{}", describe(&out)));
            continue;
        }
        if code == 3 {
            let err = parse_json(&stderr(&out), &full);
            if err["error"]["kind"] != "not_found" {
                bad.push(format!("{full:?}: {err}"));
            }
        }
        // Nothing of theirs ever shows: not their titles, descriptions, emails or URLs.
        for leak in [format!("{theirs} "), format!("{theirs}pw"), format!("{theirs}user"), their_member.clone()] {
            if code == 0 && text.contains(&leak) {
                bad.push(format!("{full:?} shows {leak:?} of {theirs}:\n{text}"));
            }
        }
    }
    // Ours really was acted on.
    let a = &my_admin;
    env.fails(&["--as", a, "--org", mine, "dashboard", "show", "prod"], 3);
    env.fails(&["--as", a, "--org", mine, "team", "show", "eng"], 3);
    env.fails(&["--as", a, "--org", mine, "connector", "show", "wh"], 3);
    // A non-member is refused in the other org, whatever it names.
    for args in [
        vec!["team", "show", "eng"],
        vec!["dashboard", "show", "kpis"],
        vec!["connector", "show", "wh"],
        vec!["chat", "show", chats[0]],
        vec!["invite", "revoke", inv],
        vec!["member", "remove", &their_member, "--yes"],
    ] {
        let mut full = vec!["--as", a, "--org", theirs];
        full.extend(&args);
        let code = env.code(&full);
        if code != 3 {
            bad.push(format!("{full:?} in an org that is not mine: exit {code}, expected 3"));
        }
    }
    for t in &chat_targets {
        let code = env.code(&["--as", a, "--org", mine, "can-i", "view", t]);
        if code == 0 {
            bad.push(format!("can-i view {t} of {theirs}: yes"));
        }
    }
    let after = snapshot(env, theirs);
    for (b, a) in before.iter().zip(&after) {
        if b != a {
            bad.push(format!("{theirs} changed:\n--- before ---\n{b}\n--- after ---\n{a}"));
        }
    }
    assert!(bad.is_empty(), "{} isolation failure(s):\n\n{}", bad.len(), bad.join("\n\n"));
    // The store holds no cross-org reference.
    env.ok(&["db", "check"]);
}

#[test]
fn an_admin_of_acme_cannot_reach_into_beta() {
    let w = world();
    probe(&w, 0);
}

#[test]
fn an_admin_of_beta_cannot_reach_into_acme() {
    let w = world();
    probe(&w, 1);
}

#[test]
fn the_same_slugs_are_separate_objects() {
    let w = world();
    let env = &w.env;
    let show = |org: &str, args: &[&str]| -> Value {
        let a = admin(org);
        let mut full = vec!["--as", a.as_str(), "--org", org];
        full.extend_from_slice(args);
        env.json(&full)
    };
    for org in ORGS {
        assert_eq!(show(org, &["team", "show", "eng"])["name"], format!("{org} engineering"));
        assert_eq!(show(org, &["dashboard", "show", "prod"])["title"], format!("{org} production"));
        assert_eq!(show(org, &["connector", "show", "wh"])["url"], format!("postgres://{org}user:****@{org}.db/x"));
        let chats = show(org, &["chat", "list"]);
        assert_eq!(array(&chats).len(), 1, "{chats}");
        assert_eq!(show(org, &["billing", "show"])["usage"]["members"], 2);
    }
    // A user in both orgs sees each org's own objects under the same names.
    env.ok(&["--as", &admin("beta"), "--org", "beta", "member", "add", &member("acme")]);
    let both = member("acme");
    let acme = env.json(&["--as", &both, "--org", "acme", "dashboard", "list"]);
    let beta = env.json(&["--as", &both, "--org", "beta", "dashboard", "list"]);
    assert_eq!(slugs(&acme), vec!["acme-dash".to_string(), "kpis".to_string(), "prod".to_string()]);
    assert_eq!(slugs(&beta), vec!["beta-dash".to_string(), "kpis".to_string()], "beta's prod is restricted");
    env.fails(&["--as", &both, "--org", "beta", "dashboard", "show", "prod"], 3);
    // Their chats stay in their org.
    let acme_chats = env.json(&["--as", &both, "--org", "acme", "chat", "list"]);
    let beta_chats = env.json(&["--as", &both, "--org", "beta", "chat", "list"]);
    assert_eq!(array(&acme_chats).len(), 1);
    assert!(array(&beta_chats).is_empty(), "{beta_chats}");
    env.fails(&["--as", &both, "--org", "beta", "chat", "show", &w.member_chat[0]], 3);
    env.ok(&["db", "check"]);
}

/// Two orgs with the same integration, connector and team names, built by
/// their own admins: grants, settings and integrations of one never reach the other.
fn twin_orgs() -> Env {
    let env = Env::new();
    for org in ORGS {
        let (a, m) = (admin(org), member(org));
        env.ok(&["user", "add", &a]);
        env.ok(&["user", "add", &m]);
        env.ok(&["--as", &a, "org", "create", org]);
        let run = |args: &[&str]| {
            let mut full = vec!["--as", a.as_str(), "--org", org];
            full.extend_from_slice(args);
            env.ok(&full);
        };
        run(&["member", "add", &m]);
        run(&["team", "create", "eng"]);
        run(&["team", "add", "eng", &m]);
        run(&["connector", "add", "wh", "--kind", "postgres", "--url", &format!("postgres://{org}.db/x")]);
        let url = format!("https://hooks.slack.com/services/T{org}/B{org}/{org}Secret");
        run(&["integration", "add", "alerts", "--kind", "slack", "--url", &url, "--events", "member.add"]);
    }
    env
}

#[test]
fn same_named_integrations_never_meet() {
    let env = twin_orgs();
    let (a, b) = (admin("acme"), admin("beta"));
    env.ok(&["--as", &a, "--org", "acme", "integration", "edit", "alerts", "--channel", "#acme"]);
    let beta = env.json(&["--as", &b, "--org", "beta", "integration", "show", "alerts"]);
    assert!(beta["channel"].is_null(), "acme's edit reached beta: {beta}");
    env.fails(&["--as", &a, "--org", "beta", "integration", "show", "alerts"], 3);
    env.fails(&["--as", &a, "--org", "beta", "integration", "remove", "alerts", "--yes"], 3);
    env.ok(&["--as", &a, "--org", "acme", "integration", "remove", "alerts", "--yes"]);
    assert_eq!(array(&env.json(&["--as", &b, "--org", "beta", "integration", "list"])).len(), 1);
    let export = env.ok(&["--as", &b, "export", "--org", "beta"]);
    assert!(export.contains("betaSecret") && !export.contains("acmeSecret"), "{export}");
    let audit = env.json(&["--as", &b, "--org", "beta", "audit", "list", "--action", "integration.remove"]);
    assert!(array(&audit).is_empty(), "{audit}");
}

#[test]
fn same_named_connector_grants_and_settings_never_meet() {
    let env = twin_orgs();
    let (a, b) = (admin("acme"), admin("beta"));
    for org in ORGS {
        let adm = admin(org);
        env.ok(&["--as", &adm, "--org", org, "org", "security", "set", "--connector-access", "granted"]);
    }
    // acme grants its team eng; beta's eng member gains nothing.
    env.ok(&["--as", &a, "--org", "acme", "connector", "grant", "wh", "--team", "eng"]);
    env.ok(&["--as", &member("acme"), "--org", "acme", "can-i", "use", "connector/wh"]);
    env.fails(&["--as", &member("beta"), "--org", "beta", "can-i", "use", "connector/wh"], 4);
    let rows = env.json(&["--as", &b, "--org", "beta", "connector", "access", "wh"]);
    assert_eq!(emails(&rows), vec![b.clone()], "{rows}");
    // Naming the other org's member in a grant: not a member here.
    env.fails(&["--as", &a, "--org", "acme", "connector", "grant", "wh", "--user", &member("beta")], 3);
    // Settings are per org.
    env.ok(&["--as", &a, "--org", "acme", "org", "security", "set", "--member-dashboards", "off"]);
    env.ok(&["--as", &member("beta"), "--org", "beta", "dashboard", "create", "Mine", "--slug", "mine"]);
    env.fails(&["--as", &member("acme"), "--org", "acme", "dashboard", "create", "Mine", "--slug", "mine"], 4);
    assert_eq!(env.json(&["--as", &b, "--org", "beta", "org", "security"])["member_dashboards_source"], "default");
    // Deleting acme's team takes only acme's grant.
    env.ok(&["--as", &b, "--org", "beta", "connector", "grant", "wh", "--team", "eng"]);
    env.ok(&["--as", &a, "--org", "acme", "team", "delete", "eng", "--yes"]);
    env.ok(&["--as", &member("beta"), "--org", "beta", "can-i", "use", "connector/wh"]);
    env.ok(&["db", "check"]);
}

/// A plain member learns nothing from a refusal that `member list` would not
/// tell them: not who has a pending invite (nor its id), not that a hidden
/// dashboard exists any more than `show` says, not the plan.
#[test]
fn refusals_do_not_reveal_invites_hidden_dashboards_or_billing() {
    let env = Env::new();
    env.seed();
    env.ok(&["invite", "create", CAROL]);
    env.ok(&["dashboard", "create", "Kpis", "--slug", "kpis"]);
    env.ok(&["dashboard", "create", "Secret", "--slug", "secret", "--visibility", "restricted"]);
    env.ok(&["--as", BOB, "dashboard", "create", "Mine", "--slug", "mine"]);
    // An invited email and an unknown one answer alike.
    for args in [
        vec!["dashboard", "share", "mine", "--user", "EMAIL"],
        vec!["org", "leave", "--transfer-to", "EMAIL", "--dry-run"],
    ] {
        let answer = |email: &str| {
            let args: Vec<&str> = args.iter().map(|a| if *a == "EMAIL" { email } else { a }).collect();
            let mut full = vec!["--as", BOB];
            full.extend(args);
            let out = env.fails(&full, 3);
            stderr(&out).replace(email, "EMAIL")
        };
        let invited = answer(CAROL);
        assert!(!invited.contains("invite") && !invited.contains("id 1"), "{invited}");
        assert_eq!(invited, answer(DAVE), "{args:?}");
    }
    // Admins still get the hint.
    let out = env.fails(&["dashboard", "share", "kpis", "--user", CAROL], 3);
    assert!(stderr(&out).contains("pending invite"), "{}", describe(&out));
    // A taken slug is refused in the same words whether or not it can be seen.
    let hidden = env.fails(&["--as", BOB, "dashboard", "create", "X", "--slug", "secret"], 5);
    let visible = env.fails(&["--as", BOB, "dashboard", "create", "X", "--slug", "kpis"], 5);
    assert_eq!(stderr(&hidden).replace("secret", "S"), stderr(&visible).replace("kpis", "S"));
    assert!(!stderr(&hidden).contains("dashboard secret"), "{}", describe(&hidden));
    // Billing is for admins: no plan for members.
    let member_view = env.json(&["--as", BOB, "org", "show"]);
    assert!(member_view.get("plan").is_none(), "{member_view}");
    env.fails(&["--as", BOB, "billing", "show"], 4);
    let admin_view = env.json(&["org", "show"]);
    assert_eq!(admin_view["plan"], "free", "{admin_view}");
    let listed = env.json(&["--as", BOB, "org", "list"]);
    assert!(array(&listed).iter().all(|o| o.get("plan").is_none()), "{listed}");
}
