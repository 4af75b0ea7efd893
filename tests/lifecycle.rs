//! Access that changes over time: suspension, guests, expiry and temporary
//! roles, team maintainers, and the sweep that records what ended.

use crate::common::matrix::ORG_ACTIONS;
use crate::common::*;

#[test]
fn a_suspended_member_is_told_so_and_can_do_nothing_until_reactivated() {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", BOB]);
    let before = env.json(&["member", "list"]);
    let v = env.json(&["member", "suspend", BOB, "--reason", "laptop stolen"]);
    assert_eq!((v["action"].as_str(), v["state"].as_str()), (Some("updated"), Some("suspended")), "{v}");

    for args in [&["member", "list"][..], &["team", "list"], &["chat", "list"], &["can-i", "view-org"]] {
        let mut full = vec!["--as", BOB];
        full.extend_from_slice(args);
        let out = env.fails(&full, 4);
        let err = stderr(&out);
        assert!(err.contains("you are suspended in acme since ") && err.contains("(laptop stolen)"), "{err}");
    }
    // Everything is kept: the membership, its role and teams.
    let list = env.json(&["member", "list"]);
    let bob = array(&list).iter().find(|m| m["email"] == BOB).unwrap().clone();
    assert_eq!((bob["state"].as_str(), bob["role"].as_str()), (Some("suspended"), Some("member")));
    assert_eq!(bob["teams"], serde_json::json!(["eng"]));

    env.ok(&["member", "reactivate", BOB]);
    assert_eq!(env.json(&["member", "list"]), before, "reactivation gives everything back");
    env.ok(&["--as", BOB, "member", "list"]);
    let log = env.ok(&["audit", "list", "--action", "member.suspend"]);
    assert!(log.contains(BOB) && log.contains("laptop stolen"), "{log}");
}

#[test]
fn the_last_active_admin_cannot_be_suspended_and_only_admins_suspend() {
    let env = Env::new();
    env.seed();
    let err = env.json_err(&["member", "suspend", ALICE], 5);
    assert_error_kind(&err, "conflict");
    env.fails(&["--as", BOB, "member", "suspend", ALICE], 4);
    env.fails(&["member", "suspend", CAROL], 3);
    // A second admin may be suspended, but then the first is the last active one.
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["member", "suspend", BOB]);
    env.fails(&["member", "suspend", ALICE], 5);
}

#[test]
fn billing_counts_active_members_and_shows_suspended_apart() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["member", "suspend", CAROL]);
    let v = env.json(&["billing", "show"]);
    assert_eq!((v["usage"]["members"].as_i64(), v["usage"]["suspended_members"].as_i64()), (Some(2), Some(1)), "{v}");
}

#[test]
fn a_suspension_until_a_time_ends_on_its_own_and_the_next_write_records_it() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "suspend", BOB, "--until", "2s"]);
    env.fails(&["--as", BOB, "member", "list"], 4);
    std::thread::sleep(std::time::Duration::from_millis(3100));
    env.ok(&["--as", BOB, "member", "list"]);
    env.ok(&["chat", "create", "notes"]);
    let log = env.json(&["audit", "list", "--action", "member.reactivate"]);
    let entry = &array(&log)[0];
    assert_eq!((entry["actor"].as_str(), entry["target"].as_str()), (Some("orgctl"), Some(BOB)), "{log}");
    env.fails(&["member", "suspend", BOB, "--until", "2020-01-01T00:00:00Z"], 2);
}

/// A contractor: a guest who sees only the dashboard shared with them.
#[test]
fn a_guest_sees_and_uses_only_what_is_shared_with_them() {
    let env = Env::new();
    env.seed();
    env.ok(&["dashboard", "create", "Org wide", "--slug", "wide"]);
    env.ok(&["dashboard", "create", "Audit", "--slug", "audit", "--visibility", "restricted"]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://r@db/x"]);
    env.ok(&["connector", "add", "lake", "--kind", "postgres", "--url", "postgres://r@db/y"]);
    env.ok(&["member", "add", CAROL, "--role", "guest", "--reason", "Q1 audit"]);
    env.ok(&["dashboard", "share", "audit", "--user", CAROL]);
    env.ok(&["connector", "grant", "wh", "--user", CAROL]);

    let as_carol = |args: &[&str]| {
        let mut full = vec!["--as", CAROL];
        full.extend_from_slice(args);
        full.iter().map(|s| s.to_string()).collect::<Vec<String>>()
    };
    let run = |args: &[&str]| {
        let full = as_carol(args);
        let refs: Vec<&str> = full.iter().map(String::as_str).collect();
        env.run(&refs)
    };
    let list = env.json(&["--as", CAROL, "dashboard", "list"]);
    assert_eq!(slugs(&list), vec!["audit".to_string()]);
    let missing = stderr(&run(&["dashboard", "show", "nope"]));
    let wide = run(&["dashboard", "show", "wide"]);
    assert_eq!(code_of(&wide), 3);
    assert_eq!(stderr(&wide).replace("wide", "nope"), missing, "an org-wide dashboard answers as missing");
    assert_eq!(emails(&env.json(&["--as", CAROL, "member", "list"])), vec![CAROL.to_string()]);
    assert!(array(&env.json(&["--as", CAROL, "team", "list"])).is_empty());
    assert_eq!(code_of(&run(&["team", "show", "eng"])), 3);
    let names: Vec<String> =
        array(&env.json(&["--as", CAROL, "connector", "list"])).iter().map(|c| str_field(c, "name")).collect();
    assert_eq!(names, vec!["wh".to_string()]);
    assert_eq!(code_of(&run(&["connector", "show", "lake"])), 3);
    assert_eq!(code_of(&run(&["can-i", "use", "connector/wh"])), 0);
    assert_eq!(code_of(&run(&["can-i", "create-dashboard"])), 4);
    assert_eq!(code_of(&run(&["dashboard", "create", "Mine"])), 4);
    assert_eq!(code_of(&run(&["can-i", "view", "dashboard/audit"])), 0);
    // The dashboard shows her own grant, not the team's she is not in.
    env.ok(&["dashboard", "share", "audit", "--team", "eng"]);
    let shown = env.json(&["--as", CAROL, "dashboard", "show", "audit"]);
    let grants = array(&shown["grants"]);
    assert_eq!(grants.len(), 1, "{shown}");
    assert_eq!(grants[0]["user"], CAROL, "{shown}");
    assert_eq!(array(&env.json(&["dashboard", "show", "audit"])["grants"]).len(), 2, "an admin sees both");
    env.ok(&["--as", CAROL, "chat", "create", "notes"]);
    env.ok(&["--as", CAROL, "org", "show"]);
    env.ok(&["--as", CAROL, "whoami"]);
    // Who else may see what is shared with them is not theirs to list: the
    // access lists name the org's members.
    let out = run(&["dashboard", "access", "audit"]);
    assert_eq!(code_of(&out), 4, "{}", describe(&out));
    assert!(!stdout(&out).contains(ALICE), "{}", describe(&out));
    assert_eq!(code_of(&run(&["connector", "access", "wh"])), 4);
    assert_eq!(code_of(&run(&["connector", "access", "lake"])), 3, "an ungranted connector is missing");
    assert_eq!(code_of(&run(&["dashboard", "access", "wide"])), 3);
}

#[test]
fn guest_domains_limit_guests_and_allowed_domains_limit_members() {
    let env = Env::new();
    env.seed();
    env.ok(&["org", "security", "set", "--allowed-domains", "example.com", "--guest-domains", "contractor.test"]);
    env.ok(&["user", "add", "casey@contractor.test"]);
    env.fails(&["member", "add", "casey@contractor.test"], 4);
    env.ok(&["member", "add", "casey@contractor.test", "--role", "guest"]);
    let err = env.fails(&["member", "add", CAROL, "--role", "guest"], 4);
    assert!(stderr(&err).contains("guest-domains"), "{}", describe(&err));
    let v = env.json(&["org", "security"]);
    assert_eq!(v["guest_domains"], serde_json::json!(["contractor.test"]));
    assert!(v["grant_max_lifetime"].is_null(), "{v}");
}

#[test]
fn grants_memberships_and_temporary_roles_expire_when_read_and_are_recorded_by_the_next_write() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL, "--expires", "2s", "--reason", "trial"]);
    env.ok(&["dashboard", "create", "Secret", "--slug", "secret", "--visibility", "restricted"]);
    env.ok(&["dashboard", "share", "secret", "--user", BOB, "--expires", "2s", "--reason", "incident"]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", BOB, "--expires", "2s"]);
    env.ok(&["member", "set-role", BOB, "admin", "--expires", "2s"]);
    let shown = env.json(&["dashboard", "show", "secret"]);
    assert_eq!(shown["grants"][0]["reason"], "incident", "{shown}");
    assert!(shown["grants"][0]["expires"].is_string(), "{shown}");
    assert_eq!(code_of(&env.run(&["--as", BOB, "can-i", "view", "dashboard/secret"])), 0);
    assert_eq!(code_of(&env.run(&["--as", BOB, "can-i", "manage-members"])), 0);

    std::thread::sleep(std::time::Duration::from_millis(3100));
    // Read: already gone, with nothing written yet.
    assert_eq!(code_of(&env.run(&["--as", BOB, "can-i", "view", "dashboard/secret"])), 3);
    assert_eq!(code_of(&env.run(&["--as", BOB, "can-i", "manage-members"])), 4);
    assert_eq!(code_of(&env.run(&["--as", CAROL, "member", "list"])), 3);
    assert_eq!(emails(&env.json(&["member", "list"])), vec![ALICE.to_string(), BOB.to_string()]);
    // The first write records each end, as orgctl.
    env.ok(&["chat", "create", "notes"]);
    let by_orgctl = || -> Vec<String> {
        let log = env.json(&["audit", "list"]);
        let mut actions: Vec<String> =
            array(&log).iter().filter(|e| e["actor"] == "orgctl").map(|e| str_field(e, "action")).collect();
        actions.sort();
        actions
    };
    assert_eq!(by_orgctl(), vec!["grant.expire", "member.expire", "role.expire", "team.expire"]);
    env.ok(&["chat", "create", "more"]);
    assert_eq!(by_orgctl().len(), 4, "recorded once");
}

/// Whoever writes first after something ended records it (a member too, on
/// PostgreSQL as on SQLite: there the database does it), with the same
/// entries on both engines: a membership goes as `member remove` takes one.
#[test]
fn a_member_s_write_records_what_ended_in_the_same_words_on_both_engines() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL, "--expires", "2s"]);
    env.ok(&["--as", CAROL, "dashboard", "create", "Carol's", "--slug", "cdash"]);
    env.ok(&["--as", CAROL, "chat", "create", "notes"]);
    env.ok(&["dashboard", "create", "KPIs", "--slug", "kpis", "--visibility", "restricted"]);
    env.ok(&["dashboard", "share", "kpis", "--user", BOB, "--expires", "2s"]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", BOB, "--expires", "2s"]);
    std::thread::sleep(std::time::Duration::from_millis(3100));
    env.ok(&["--as", BOB, "dashboard", "create", "Mine"]);
    let log = env.json(&["audit", "list"]);
    let mut ended: Vec<(String, String, String)> = array(&log)
        .iter()
        .filter(|e| e["actor"] == "orgctl")
        .map(|e| (str_field(e, "action"), str_field(e, "target"), str_field(e, "details")))
        .collect();
    ended.reverse(); // audit list is newest first
    let expected = [
        ("member.expire", CAROL, "role=member dashboards=cdash owner=- chats=1".to_string()),
        ("team.expire", "eng", format!("member={BOB}")),
        ("grant.expire", "dashboard/kpis", format!("user={BOB} permission=view")),
    ];
    let expected: Vec<(String, String, String)> =
        expected.into_iter().map(|(a, t, d)| (a.to_string(), t.to_string(), d)).collect();
    assert_eq!(ended, expected, "{log}");
    env.ok(&["--as", BOB, "dashboard", "create", "More"]);
    let again = array(&env.json(&["audit", "list"])).iter().filter(|e| e["actor"] == "orgctl").count();
    assert_eq!(again, 3, "recorded once");
}

#[test]
fn expiries_in_the_past_or_beyond_the_bound_are_refused() {
    let env = Env::new();
    env.seed();
    env.ok(&["dashboard", "create", "KPIs", "--slug", "kpis"]);
    let err = env.fails(&["dashboard", "share", "kpis", "--user", BOB, "--expires", "2020-01-01T00:00:00Z"], 2);
    assert!(stderr(&err).contains("past"), "{}", describe(&err));
    env.fails(&["member", "add", CAROL, "--expires", "soon"], 2);
    env.ok(&["org", "security", "set", "--grant-max-lifetime", "30d"]);
    let err = env.fails(&["dashboard", "share", "kpis", "--user", BOB, "--expires", "60d"], 4);
    assert!(stderr(&err).contains("grant-max-lifetime"), "{}", describe(&err));
    // Without `--expires`, a grant ends at the bound.
    let v = env.json(&["dashboard", "share", "kpis", "--user", BOB]);
    assert!(v["dashboard"]["grants"][0]["expires"].is_string() || v["grants"][0]["expires"].is_string(), "{v}");
    // The one admin may not make their own admin role end.
    env.fails(&["member", "set-role", ALICE, "admin", "--expires", "2h"], 5);
}

#[test]
fn team_maintainers_manage_their_team_and_nothing_else() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["member", "add", DAVE]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "create", "ops"]);
    env.ok(&["team", "add", "eng", BOB]);
    env.fails(&["--as", BOB, "team", "add", "eng", CAROL], 4);
    env.fails(&["team", "set-role", "eng", CAROL, "maintainer"], 3);
    env.ok(&["team", "set-role", "eng", BOB, "maintainer"]);
    let shown = env.json(&["team", "show", "eng"]);
    assert_eq!(
        shown["members"],
        serde_json::json!([{ "email": BOB, "role": "maintainer", "expires": null, "reason": null }])
    );
    assert_eq!(code_of(&env.run(&["--as", BOB, "can-i", "edit", "team/eng"])), 0);
    assert_eq!(code_of(&env.run(&["--as", BOB, "can-i", "edit", "team/ops"])), 4);
    env.ok(&["--as", BOB, "team", "add", "eng", CAROL]);
    env.ok(&["--as", BOB, "team", "set-role", "eng", CAROL, "maintainer"]);
    env.ok(&["--as", BOB, "team", "edit", "eng", "--name", "Engineering"]);
    env.ok(&["--as", BOB, "team", "remove", "eng", CAROL]);
    env.fails(&["--as", BOB, "team", "add", "ops", DAVE], 4);
    env.fails(&["--as", BOB, "team", "delete", "eng", "--yes"], 4);
    env.fails(&["--as", BOB, "member", "add", DAVE], 4);
    env.fails(&["--as", BOB, "team", "create", "new"], 4);
}

#[test]
fn member_show_lists_access_and_reactivation_restores_it_exactly() {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", BOB]);
    env.ok(&["team", "set-role", "eng", BOB, "maintainer"]);
    env.ok(&["dashboard", "create", "Secret", "--slug", "secret", "--visibility", "restricted"]);
    env.ok(&["dashboard", "share", "secret", "--team", "eng", "--permission", "edit"]);
    env.ok(&["dashboard", "create", "Wide", "--slug", "wide"]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://r@db/x"]);
    env.ok(&["--as", BOB, "chat", "create", "mine"]);
    let before = env.json(&["member", "show", BOB]);
    assert_keys(&before, &["email", "name", "role", "state", "expires", "teams", "access"]);
    assert_eq!(before["teams"], serde_json::json!([{ "slug": "eng", "role": "maintainer" }]));
    let access = array(&before["access"]);
    let secret = access.iter().find(|a| a["target"] == "secret").unwrap();
    assert_eq!((secret["kind"].as_str(), secret["permission"].as_str()), (Some("dashboard"), Some("edit")));
    assert_eq!(secret["reason"], "team eng has edit");
    assert!(access.iter().any(|a| a["kind"] == "connector" && a["target"] == "wh" && a["permission"] == "use"));
    assert_eq!(env.json(&["--as", BOB, "member", "show", BOB]), before, "a member may show themselves");
    env.fails(&["--as", BOB, "member", "show", ALICE], 4);

    env.ok(&["member", "suspend", BOB, "--reason", "review"]);
    let during = env.json(&["member", "show", BOB]);
    assert_eq!(during["state"], "suspended");
    assert!(array(&during["access"]).is_empty(), "a suspended member reaches nothing: {during}");
    env.ok(&["member", "reactivate", BOB]);
    assert_eq!(env.json(&["member", "show", BOB]), before);
    assert_eq!(env.json(&["--as", BOB, "chat", "list"]).as_array().map(Vec::len), Some(1));
}

/// `can-i --list` and `can-i ACTION TARGET` answer from one policy: for
/// every kind of actor, every pair listed is a yes and every other a no.
#[test]
fn can_i_list_agrees_with_can_i_on_every_pair() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL, "--role", "guest"]);
    env.ok(&["member", "add", DAVE]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "create", "ops"]);
    env.ok(&["team", "add", "eng", BOB, DAVE]);
    env.ok(&["team", "set-role", "eng", DAVE, "maintainer"]);
    env.ok(&["dashboard", "create", "Wide", "--slug", "wide"]);
    env.ok(&["dashboard", "create", "Secret", "--slug", "secret", "--visibility", "restricted"]);
    env.ok(&["dashboard", "share", "secret", "--user", CAROL]);
    env.ok(&["org", "security", "set", "--connector-access", "granted"]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://r@db/x"]);
    env.ok(&["connector", "grant", "wh", "--team", "eng"]);
    let mut pairs: Vec<(String, String)> = ORG_ACTIONS.iter().map(|a| (a.to_string(), ORG.to_string())).collect();
    for d in ["wide", "secret"] {
        for a in ["view", "edit", "share", "delete"] {
            pairs.push((a.into(), format!("dashboard/{d}")));
        }
    }
    pairs.push(("use".into(), "connector/wh".into()));
    for t in ["eng", "ops"] {
        for a in ["view", "edit"] {
            pairs.push((a.into(), format!("team/{t}")));
        }
    }
    for who in [ALICE, BOB, CAROL, DAVE] {
        let listed: Vec<(String, String)> = array(&env.json(&["--as", who, "can-i", "--list"]))
            .iter()
            .map(|r| (str_field(r, "action"), str_field(r, "target")))
            .collect();
        for (action, target) in &pairs {
            let mut args = vec!["--as", who, "can-i", action.as_str()];
            if target != ORG {
                args.push(target.as_str());
            }
            let yes = code_of(&env.run(&args)) == 0;
            assert_eq!(yes, listed.contains(&(action.clone(), target.clone())), "{who} {action} {target}: {listed:?}");
        }
    }
}

#[test]
fn access_review_expiring_lists_what_ends_within_the_window() {
    let env = Env::new();
    env.seed();
    env.ok(&["dashboard", "create", "KPIs", "--slug", "kpis"]);
    env.ok(&["dashboard", "share", "kpis", "--user", BOB, "--expires", "3d", "--reason", "audit"]);
    env.ok(&["member", "add", CAROL, "--expires", "30d"]);
    let rows = env.json(&["access", "review", "--expiring", "7d"]);
    assert_eq!(array(&rows).len(), 1, "{rows}");
    let row = &array(&rows)[0];
    assert_eq!(
        (row["kind"].as_str(), row["email"].as_str(), row["target"].as_str(), row["reason"].as_str()),
        (Some("dashboard_grant"), Some(BOB), Some("dashboard/kpis"), Some("audit"))
    );
    assert_eq!(array(&env.json(&["access", "review", "--expiring", "60d"])).len(), 2);
    env.fails(&["--as", BOB, "access", "review", "--expiring", "7d"], 4);
}

#[test]
fn manifest_lifecycle_keys_apply_export_and_round_trip() {
    let env = Env::new();
    env.seed();
    env.ok(&["user", "add", "casey@contractor.test"]);
    let file = format!(
        r#"
[[orgs]]
slug = "acme"

  [[orgs.members]]
  email = "{ALICE}"
  role = "admin"

  [[orgs.members]]
  email = "{BOB}"
  role = "member"
  state = "suspended"

  [[orgs.members]]
  email = "casey@contractor.test"
  role = "guest"
  expires = "30d"
  reason = "Q1 audit"

  [[orgs.teams]]
  slug = "eng"
  members = ["{ALICE}", "{BOB}"]
  maintainers = ["{BOB}"]

  [[orgs.dashboards]]
  slug = "audit"
  title = "Audit"
  visibility = "restricted"
  owner = "{ALICE}"
  grants = [ {{ user = "casey@contractor.test", permission = "view", expires = "7d", reason = "audit" }} ]

  [orgs.security]
  guest_domains = ["contractor.test"]
  grant_max_lifetime = "90d"
"#
    );
    env.apply_as(ALICE, "life.toml", &file);
    let casey = env.json(&["member", "show", "casey@contractor.test"]);
    assert_eq!((casey["role"].as_str(), casey["reason"].as_str()), (Some("guest"), Some("Q1 audit")), "{casey}");
    assert!(casey["expires"].is_string(), "{casey}");
    assert_eq!(env.json(&["member", "show", BOB])["state"], "suspended");
    let team = env.json(&["team", "show", "eng"]);
    let bob = array(&team["members"]).iter().find(|m| m["email"] == BOB).unwrap().clone();
    assert_eq!(bob["role"], "maintainer");

    let first = env.ok(&["export", "--org", "acme"]);
    assert!(first.contains("maintainers") && first.contains("guest_domains") && first.contains("suspended"), "{first}");
    assert!(!first.contains("\"30d\"") && !first.contains("\"7d\""), "durations are exported as times: {first}");
    // Export -> apply into an empty store -> export gives the same manifest.
    let other = Env::new();
    for (email, name) in USERS {
        other.ok(&["user", "add", email, "--name", name]);
    }
    other.ok(&["user", "add", "casey@contractor.test"]);
    let users_first = env.ok(&["export"]);
    other.apply_as(ALICE, "round.toml", &users_first);
    assert_eq!(other.ok(&["--as", ALICE, "export"]), users_first);
    // And applying the export again changes nothing.
    let again = env.apply_as(ALICE, "again.toml", &users_first);
    assert!(!again.contains("updated") && !again.contains("created"), "{again}");
}

#[test]
fn manifest_lifecycle_mistakes_are_usage_errors_naming_the_place() {
    let env = Env::new();
    env.seed();
    for (bad, place) in [
        (format!("[[orgs]]\nslug = \"acme\"\n[[orgs.members]]\nemail = \"{BOB}\"\nstate = \"paused\"\n"), "orgs[acme].members[0]"),
        (format!("[[orgs]]\nslug = \"acme\"\n[[orgs.members]]\nemail = \"{BOB}\"\nexpires = \"soon\"\n"), "orgs[acme].members[0]"),
        (
            format!("[[orgs]]\nslug = \"acme\"\n[[orgs.teams]]\nslug = \"eng\"\nmembers = [\"{ALICE}\"]\nmaintainers = [\"{BOB}\"]\n"),
            "orgs[acme].teams[eng].maintainers[0]",
        ),
        (format!("[[orgs]]\nslug = \"acme\"\n[[orgs.members]]\nemail = \"{BOB}\"\nexpires = \"2020-01-01T00:00:00Z\"\n"), "orgs[acme].members[0]"),
    ] {
        let path = env.write("bad.toml", &bad);
        let out = env.fails(&["apply", "-f", &path], 2);
        assert!(stderr(&out).contains(place), "{place}: {}", describe(&out));
    }
}

#[test]
fn suspended_members_drop_out_of_dashboard_and_connector_access() {
    let env = Env::new();
    env.seed();
    env.ok(&["dashboard", "create", "KPIs", "--slug", "kpis"]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://r@db/x"]);
    let who = |args: &[&str]| emails(&env.json(args));
    assert!(who(&["dashboard", "access", "kpis"]).contains(&BOB.to_string()));
    assert!(who(&["connector", "access", "wh"]).contains(&BOB.to_string()));
    env.ok(&["member", "suspend", BOB]);
    assert!(!who(&["dashboard", "access", "kpis"]).contains(&BOB.to_string()));
    assert!(!who(&["connector", "access", "wh"]).contains(&BOB.to_string()));
}

/// A connector grant in a manifest carries `expires` and `reason` as a
/// dashboard grant does: applied, refused past the setting's bound, written
/// back by export as an absolute time, and stable through export → apply.
#[test]
fn connector_grants_in_a_manifest_carry_expires_and_reason() {
    let env = Env::new();
    env.seed();
    let file = env.write(
        "k.toml",
        &format!(
            "[[orgs]]\nslug = \"{ORG}\"\n\n[[orgs.members]]\nemail = \"{ALICE}\"\nrole = \"admin\"\n\n\
             [[orgs.members]]\nemail = \"{BOB}\"\nrole = \"member\"\n\n\
             [[orgs.connectors]]\nname = \"wh\"\nkind = \"postgres\"\nurl = \"postgres://r@db/x\"\n\
             grants = [ {{ user = \"{BOB}\", expires = \"30d\", reason = \"quarter close\" }} ]\n"
        ),
    );
    env.ok(&["apply", "-f", &file]);
    let manifest = env.json(&["export", "--org", ORG]);
    let connector = array(&manifest["orgs"][0]["connectors"])[0].clone();
    let grant = array(&connector["grants"])[0].clone();
    assert_eq!(str_field(&grant, "reason"), "quarter close", "{connector}");
    assert!(str_field(&grant, "expires").ends_with('Z'), "an absolute time: {connector}");
    let exported = env.ok(&["export", "--org", ORG]);
    assert!(exported.contains("reason = \"quarter close\""), "{exported}");
    let again = env.write("again.toml", &exported);
    let second = env.run(&["apply", "-f", &again]);
    assert_eq!(code_of(&second), 0, "{}", describe(&second));
    assert_eq!(env.ok(&["export", "--org", ORG]), exported, "export → apply → export is stable");
    let bad = env.write("bad.toml", &exported.replace(&str_field(&grant, "expires"), "2001-01-01T00:00:00Z"));
    let out = env.run(&["apply", "-f", &bad]);
    assert_eq!(code_of(&out), 2, "a past expiry: {}", describe(&out));
    assert!(stderr(&out).contains("connectors"), "the place is named: {}", describe(&out));
}

/// A temporary role is not written back by `export`: the member's lasting
/// role is (apply would otherwise make the temporary role permanent).
#[test]
fn export_writes_the_role_that_lasts_not_a_temporary_one() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "set-role", BOB, "admin", "--expires", "2h", "--reason", "on call"]);
    let shown = env.json(&["member", "show", BOB]);
    assert_eq!(shown["role"], "admin", "{shown}");
    let text = env.ok(&["export"]);
    let manifest: toml::Value = toml::from_str(&text).expect("export writes TOML");
    let members = manifest["orgs"][0]["members"].as_array().expect("the org's members");
    let bob = members.iter().find(|m| m["email"].as_str() == Some(BOB)).expect("bob is exported");
    assert_eq!(bob["role"].as_str(), Some("member"), "{text}");
}

/// `member add` of someone already a member with the same role and new
/// terms brings the terms to what is asked (as `apply` does), rather than
/// calling it a conflict; another role is still a conflict.
#[test]
fn member_add_again_with_new_terms_updates_them() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL, "--role", "guest", "--expires", "30d", "--reason", "Q1 audit"]);
    let first = env.json(&["member", "show", CAROL]);
    env.ok(&["member", "add", CAROL, "--role", "guest", "--expires", "60d", "--reason", "Q2 audit"]);
    let second = env.json(&["member", "show", CAROL]);
    assert!(str_field(&second, "expires") > str_field(&first, "expires"), "{first} {second}");
    assert_eq!(str_field(&second, "reason"), "Q2 audit");
    let entries = env.json(&["audit", "list", "--action", "member.add"]);
    assert!(array(&entries).iter().any(|e| str_field(e, "details").starts_with("expires=")), "{entries}");
    let out = env.run(&["member", "add", CAROL, "--role", "member", "--expires", "60d"]);
    assert_eq!(code_of(&out), 5, "{}", describe(&out));
}
