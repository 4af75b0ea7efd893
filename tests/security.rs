//! Org security settings (docs/contract.md §1 Security settings, issue 15): `org security` and `org security set`,
//! each setting's value and source, and its enforcement by invites, members, dashboards and apply.

use serde_json::json;

use crate::common::*;

const OUTSIDER: &str = "eve@other.test";

fn seed(env: &Env) {
    env.seed();
    env.ok(&["user", "add", OUTSIDER, "--name", "Eve Outside"]);
}

#[test]
fn the_defaults_show_with_their_source() {
    let env = Env::new();
    seed(&env);
    let v = env.json(&["org", "security"]);
    assert_eq!(
        v,
        json!({
            "allowed_domains": [],
            "allowed_domains_source": "default",
            "invite_max_lifetime": "365d",
            "invite_max_lifetime_source": "default",
            "member_dashboards": true,
            "member_dashboards_source": "default",
            "connector_access": "open",
            "connector_access_source": "default",
            "guest_domains": [],
            "guest_domains_source": "default",
            "grant_max_lifetime": null,
            "grant_max_lifetime_source": "default",
            "audit_retention": 0,
            "audit_retention_source": "default",
        })
    );
    let tsv = env.ok(&["org", "security"]);
    assert_eq!(
        tsv,
        "allowed-domains\t(any)\tdefault\ninvite-max-lifetime\t365d\tdefault\nmember-dashboards\ton\tdefault\nconnector-access\topen\tdefault\nguest-domains\t(any)\tdefault\ngrant-max-lifetime\t(none)\tdefault\naudit-retention\t0\tdefault\n"
    );
}

#[test]
fn set_changes_what_it_names_and_reports_the_source() {
    let env = Env::new();
    seed(&env);
    let v = env.json(&[
        "org",
        "security",
        "set",
        "--allowed-domains",
        "Example.com,example.org",
        "--invite-max-lifetime",
        "30d",
        "--member-dashboards",
        "off",
        "--connector-access",
        "granted",
    ]);
    assert_eq!(v["action"], "updated");
    assert_eq!(v["allowed_domains"], json!(["example.com", "example.org"]));
    assert_eq!(v["invite_max_lifetime"], "30d");
    assert_eq!(v["member_dashboards"], false);
    assert_eq!(v["connector_access"], "granted");
    for key in ["allowed_domains", "invite_max_lifetime", "member_dashboards", "connector_access"] {
        assert_eq!(v[format!("{key}_source")], "set", "{key}: {v}");
    }
    let again = env.json(&["org", "security", "set", "--member-dashboards", "off"]);
    assert_eq!(again["action"], "unchanged");
    // Setting a default value explicitly makes it "set"; the others stay as they are.
    let v = env.json(&["org", "security", "set", "--allowed-domains", ""]);
    assert_eq!(v["allowed_domains"], json!([]));
    assert_eq!(v["connector_access"], "granted");
    let audit = env.json(&["audit", "list", "--action", "org.security"]);
    assert_eq!(array(&audit).len(), 2, "{audit}");
    assert!(str_field(&audit[1], "details").contains("connector_access=granted"), "{audit}");
}

#[test]
fn bad_values_and_nothing_to_change_are_usage_errors() {
    let env = Env::new();
    seed(&env);
    for args in [
        &["org", "security", "set"][..],
        &["org", "security", "set", "--allowed-domains", "not a domain"],
        &["org", "security", "set", "--allowed-domains", "localhost"],
        &["org", "security", "set", "--invite-max-lifetime", "400d"],
        &["org", "security", "set", "--invite-max-lifetime", "soon"],
        &["org", "security", "set", "--member-dashboards", "maybe"],
        &["org", "security", "set", "--connector-access", "closed"],
    ] {
        let err = env.json_err(args, 2);
        assert_error_kind(&err, "usage");
    }
    assert_eq!(env.json(&["org", "security"])["allowed_domains_source"], "default");
}

#[test]
fn only_admins_see_or_set_the_settings() {
    let env = Env::new();
    seed(&env);
    env.fails(&["--as", BOB, "org", "security"], 4);
    env.fails(&["--as", BOB, "org", "security", "set", "--member-dashboards", "off"], 4);
    env.fails(&["--as", CAROL, "org", "security"], 3);
    let out = env.fails(&["--as", BOB, "can-i", "manage-security"], 4);
    assert!(stdout(&out).starts_with("no: "), "{}", describe(&out));
    env.ok(&["can-i", "manage-security"]);
    assert_eq!(env.json(&["org", "security"])["member_dashboards_source"], "default");
}

#[test]
fn allowed_domains_govern_who_joins_and_keep_who_is_there() {
    let env = Env::new();
    seed(&env);
    env.ok(&["member", "add", OUTSIDER]);
    let v = env.json(&["org", "security", "set", "--allowed-domains", "example.com"]);
    assert_eq!(v["members_outside"], json!([OUTSIDER]), "the receipt lists who is outside: {v}");
    let line = env.ok(&["-o", "table", "org", "security", "set", "--allowed-domains", "example.com,example.net"]);
    assert!(line.contains(OUTSIDER), "{line}");
    assert!(emails(&env.json(&["member", "list"])).contains(&OUTSIDER.to_string()), "they stay");

    // member add
    env.ok(&["member", "remove", OUTSIDER, "--yes"]);
    let out = env.fails(&["member", "add", OUTSIDER], 4);
    assert!(stderr(&out).contains("allowed-domains"), "{}", describe(&out));
    // invite create
    let out = env.fails(&["invite", "create", "new@other.test"], 4);
    assert!(stderr(&out).contains("allowed-domains"), "{}", describe(&out));
    env.ok(&["invite", "create", "new@example.com"]);
    // Only the exact domain: a subdomain is another domain.
    env.fails(&["invite", "create", "new@eu.example.com"], 4);

    // invite accept: an invite sent before the setting cannot be accepted after it.
    env.ok(&["org", "security", "set", "--allowed-domains", ""]);
    let inv = env.json(&["invite", "create", OUTSIDER]);
    let token = str_field(&inv[0], "token");
    env.ok(&["org", "security", "set", "--allowed-domains", "example.com"]);
    let err = env.json_err(&["--as", OUTSIDER, "invite", "accept", &token], 4);
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("allowed-domains"), "{err}");
    // The invitee, not a member yet, is not shown the org's domain list.
    assert!(!err.to_string().contains("example.com"), "{err}");
    assert!(!emails(&env.json(&["member", "list"])).contains(&OUTSIDER.to_string()));
    env.ok(&["org", "security", "set", "--allowed-domains", "example.com,other.test"]);
    env.ok(&["--as", OUTSIDER, "invite", "accept", &token]);
}

#[test]
fn apply_is_refused_for_a_member_outside_the_allowed_domains() {
    let env = Env::new();
    seed(&env);
    env.ok(&["org", "security", "set", "--allowed-domains", "example.com"]);
    let path = env.path("m.toml");
    std::fs::write(&path, format!("[[orgs]]\nslug = \"{ORG}\"\n\n  [[orgs.members]]\n  email = \"{OUTSIDER}\"\n"))
        .unwrap();
    let p = path.to_string_lossy().into_owned();
    let err = env.json_err(&["apply", "-f", &p], 4);
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("allowed-domains"), "{err}");
    assert!(!emails(&env.json(&["member", "list"])).contains(&OUTSIDER.to_string()));
    std::fs::write(&path, format!("[[orgs]]\nslug = \"{ORG}\"\n\n  [[orgs.invites]]\n  email = \"x@other.test\"\n"))
        .unwrap();
    env.fails(&["apply", "-f", &p], 4); // invite-max-lifetime bounds a manifest's invites too.
    env.ok(&["org", "security", "set", "--invite-max-lifetime", "2d"]);
    let invite = |expires: &str| {
        format!(
            "[[orgs]]\nslug = \"{ORG}\"\n\n  [[orgs.invites]]\n  email = \"y@example.com\"\n  expires = \"{expires}\"\n"
        )
    };
    std::fs::write(&path, invite("5d")).unwrap();
    let err = env.json_err(&["apply", "-f", &p], 4);
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("invite-max-lifetime"), "{err}");
    std::fs::write(&path, invite("1d")).unwrap();
    env.ok(&["apply", "-f", &p]);
}

#[test]
fn invite_max_lifetime_bounds_expires_on_create_and_resend() {
    let env = Env::new();
    seed(&env);
    env.ok(&["org", "security", "set", "--invite-max-lifetime", "2d"]);
    let out = env.fails(&["invite", "create", "a@example.com", "--expires", "3d"], 4);
    assert!(stderr(&out).contains("invite-max-lifetime"), "{}", describe(&out));
    let inv = env.json(&["invite", "create", "a@example.com", "--expires", "2d"]);
    let id = inv[0]["id"].as_i64().unwrap().to_string();
    env.fails(&["invite", "resend", &id, "--expires", "3d"], 4);
    env.ok(&["invite", "resend", &id, "--expires", "1d"]);
    // Without --expires the default 7 days is cut to the maximum.
    let inv = env.json(&["invite", "create", "b@example.com"]);
    let created = epoch(&str_field(&inv[0], "created_at"));
    let expires = epoch(&str_field(&inv[0], "expires_at"));
    assert_eq!(expires - created, 2 * 86_400, "{inv}");
    // The contract's hard bound stays a usage error.
    env.fails(&["invite", "create", "c@example.com", "--expires", "400d"], 2);
}

#[test]
fn member_dashboards_off_stops_members_and_can_i_says_why() {
    let env = Env::new();
    seed(&env);
    let yes = env.json(&["--as", BOB, "can-i", "create-dashboard"]);
    assert_eq!(yes["allowed"], true);
    env.ok(&["org", "security", "set", "--member-dashboards", "off"]);
    let out = env.fails(&["--as", BOB, "dashboard", "create", "Bob's"], 4);
    assert!(stderr(&out).contains("member-dashboards"), "{}", describe(&out));
    let out = env.fails(&["--as", BOB, "can-i", "create-dashboard"], 4);
    assert!(stdout(&out).starts_with("no: ") && stdout(&out).contains("member-dashboards"), "{}", describe(&out));
    env.ok(&["dashboard", "create", "Admin's", "--slug", "admins"]);
    env.ok(&["can-i", "create-dashboard"]);
    // Members keep what they had: viewing, editing their own.
    env.ok(&["--as", BOB, "dashboard", "show", "admins"]);
}

#[test]
fn the_manifest_carries_the_settings_and_round_trips() {
    let env = Env::new();
    seed(&env);
    env.ok(&["member", "add", OUTSIDER]);
    env.ok(&[
        "org",
        "security",
        "set",
        "--allowed-domains",
        "example.com",
        "--invite-max-lifetime",
        "14d",
        "--connector-access",
        "granted",
    ]);
    let text = env.ok(&["export"]);
    assert!(
        text.contains(
            "[orgs.security]\nallowed_domains = [\"example.com\"]\ninvite_max_lifetime = \"14d\"\nconnector_access = \"granted\"\n"
        ),
        "only the settings that were set:\n{text}"
    );
    // Into an empty store: the member outside the domains, who predates the
    // setting, comes back too (the settings take effect at the end of apply).
    let other = Env::new();
    let path = other.path("e.toml");
    std::fs::write(&path, &text).unwrap();
    let p = path.to_string_lossy().into_owned();
    let report = other.json(&["--as", ALICE, "apply", "-f", &p]);
    assert!(report.to_string().contains("members_outside"), "{report}");
    assert_eq!(other.ok(&["--as", ALICE, "export"]), text);
    let again = other.json(&["--as", ALICE, "apply", "-f", &p]);
    assert!(array(&again["changes"]).is_empty(), "{again}");
    let v = other.json(&["--as", ALICE, "--org", ORG, "org", "security"]);
    assert_eq!(v["member_dashboards_source"], "default");
    assert_eq!(v["connector_access_source"], "set");

    std::fs::write(&path, "[[orgs]]\nslug = \"acme\"\n\n  [orgs.security]\n  invite_max_lifetime = \"2y\"\n").unwrap();
    other.fails(&["--as", ALICE, "apply", "-f", &p], 2);
    std::fs::write(&path, "[[orgs]]\nslug = \"acme\"\n\n  [orgs.security]\n  colour = \"red\"\n").unwrap();
    other.fails(&["--as", ALICE, "apply", "-f", &p], 2);
}
