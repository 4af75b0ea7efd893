//! `orgctl access review` (issue 14, docs/contract.md §2/§4/§6): one row per (member,
//! dashboard) pair with the effective permission and the reason, answered
//! from the same policy table as `can-i`: a generated org proves they agree
//! on every pair.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::*;

const PEOPLE: [&str; 7] = [ALICE, BOB, CAROL, DAVE, "erin@example.com", "frank@example.com", "gina@example.com"];

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// An org where every kind of access occurs: admins, owners, org-wide and
/// restricted dashboards, direct and team grants of both permissions,
/// overlapping teams.
fn generated(seed: u64) -> Env {
    let env = Env::new();
    env.seed();
    let mut rng = Lcg(seed);
    for p in &PEOPLE[2..] {
        env.ok(&["user", "add", p]);
    }
    for (i, p) in PEOPLE.iter().enumerate().skip(2) {
        let role = if i == 3 { "admin" } else { "member" };
        env.ok(&["member", "add", p, "--role", role]);
    }
    for t in ["eng", "ops", "data"] {
        env.ok(&["team", "create", t]);
        for p in &PEOPLE[1..] {
            if rng.next(3) == 0 {
                env.ok(&["team", "add", t, p]);
            }
        }
    }
    for d in 0..6 {
        let owner = PEOPLE[rng.next(PEOPLE.len())];
        let vis = if rng.next(3) == 0 { "org" } else { "restricted" };
        let slug = format!("d{d}");
        env.ok(&["--as", owner, "dashboard", "create", &format!("Dash {d}"), "--slug", &slug, "--visibility", vis]);
        for _ in 0..3 {
            let p = ["view", "edit"][rng.next(2)];
            if rng.next(2) == 0 {
                let t = ["eng", "ops", "data"][rng.next(3)];
                env.ok(&["dashboard", "share", &slug, "--team", t, "--permission", p]);
            } else {
                let u = PEOPLE[rng.next(PEOPLE.len())];
                env.ok(&["dashboard", "share", &slug, "--user", u, "--permission", p]);
            }
        }
    }
    env
}

fn rows(v: &Value) -> BTreeMap<(String, String), (String, String)> {
    array(v)
        .iter()
        .map(|r| {
            assert_keys(r, &["email", "dashboard", "permission", "reason"]);
            ((str_field(r, "email"), str_field(r, "dashboard")), (str_field(r, "permission"), str_field(r, "reason")))
        })
        .collect()
}

/// `can-i ACTION dashboard/SLUG` as `who`: `Some((allowed, reason))`, or
/// `None` when the dashboard is hidden from them (answered as not found).
fn can_i(env: &Env, who: &str, action: &str, slug: &str) -> Option<(bool, String)> {
    let out = env.run(&["--json", "--as", who, "can-i", action, &format!("dashboard/{slug}")]);
    if code_of(&out) == 3 {
        return None;
    }
    let v = parse_json(&stdout(&out), &[action, slug]);
    Some((v["allowed"] == true, str_field(&v, "reason")))
}

#[test]
fn the_review_and_can_i_agree_on_every_pair_of_a_generated_org() {
    for seed in [7, 42] {
        let env = generated(seed);
        let review = rows(&env.json(&["access", "review"]));
        for who in PEOPLE {
            for d in 0..6 {
                let slug = format!("d{d}");
                let edit = can_i(&env, who, "edit", &slug);
                let view = can_i(&env, who, "view", &slug);
                let expected = match (edit, view) {
                    (Some((true, why)), _) => Some(("edit".to_string(), why)),
                    (_, Some((true, why))) => Some(("view".to_string(), why)),
                    _ => None,
                };
                let got = review.get(&(who.to_string(), slug.clone())).cloned();
                assert_eq!(got, expected, "seed {seed}: {who} on {slug}");
            }
        }
        // And a member reviewing themselves sees exactly their rows.
        let own = rows(&env.json(&["--as", "erin@example.com", "access", "review", "--user", "erin@example.com"]));
        let theirs: BTreeMap<_, _> =
            review.iter().filter(|((e, _), _)| e == "erin@example.com").map(|(k, v)| (k.clone(), v.clone())).collect();
        assert_eq!(own, theirs, "seed {seed}");
    }
}

#[test]
fn the_review_filters_and_keeps_its_order() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["team", "create", "engineering"]);
    env.ok(&["team", "add", "engineering", CAROL]);
    env.ok(&["--as", BOB, "dashboard", "create", "Prod", "--visibility", "restricted"]);
    env.ok(&["dashboard", "create", "Wiki"]);
    env.ok(&["dashboard", "share", "prod", "--team", "engineering", "--permission", "edit"]);
    let all = env.json(&["access", "review"]);
    let pairs: Vec<(String, String, String, String)> = array(&all)
        .iter()
        .map(|r| (str_field(r, "email"), str_field(r, "dashboard"), str_field(r, "permission"), str_field(r, "reason")))
        .collect();
    let want = |e: &str, d: &str, p: &str, r: &str| (e.to_string(), d.to_string(), p.to_string(), r.to_string());
    assert_eq!(
        pairs,
        vec![
            want(ALICE, "prod", "edit", "admin of acme"),
            want(ALICE, "wiki", "edit", "admin of acme"),
            want(BOB, "prod", "edit", "owner of the dashboard"),
            want(BOB, "wiki", "view", "org-wide dashboard, member of acme"),
            want(CAROL, "prod", "edit", "team engineering has edit"),
            want(CAROL, "wiki", "view", "org-wide dashboard, member of acme"),
        ]
    );
    assert_eq!(array(&env.json(&["access", "review", "--dashboard", "wiki"])).len(), 3);
    assert_eq!(emails(&env.json(&["access", "review", "--team", "engineering"])), vec![CAROL, CAROL]);
    assert_eq!(array(&env.json(&["access", "review", "--permission", "view"])).len(), 2);
    assert_eq!(array(&env.json(&["access", "review", "--user", BOB, "--permission", "edit"])).len(), 1);
    let tsv = env.ok(&["access", "review", "--user", CAROL, "--dashboard", "prod"]);
    assert_eq!(tsv, format!("{CAROL}\tprod\tedit\tteam engineering has edit\n"));
    // Unknown names are not found; a bad permission is a usage error.
    env.fails(&["access", "review", "--dashboard", "nope"], 3);
    env.fails(&["access", "review", "--team", "nope"], 3);
    env.fails(&["access", "review", "--user", DAVE], 3);
    env.fails(&["access", "review", "--permission", "own"], 2);
}

#[test]
fn members_may_review_only_themselves() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["dashboard", "create", "Secret", "--visibility", "restricted"]);
    env.ok(&["dashboard", "create", "Wiki"]);
    let err = env.json_err(&["--as", BOB, "access", "review"], 4);
    assert_error_kind(&err, "forbidden");
    env.fails(&["--as", BOB, "access", "review", "--user", CAROL], 4);
    let own = env.json(&["--as", BOB, "access", "review", "--user", BOB]);
    assert_eq!(array(&own).len(), 1, "bob sees the wiki only: {own}");
    // A restricted dashboard they cannot see is not found, as everywhere.
    env.fails(&["--as", BOB, "access", "review", "--user", BOB, "--dashboard", "secret"], 3);
    // Outsiders are refused as for any org they are not in; `can-i` knows the action.
    env.fails(&["--as", DAVE, "--org", ORG, "access", "review", "--user", DAVE], 3);
    env.ok(&["can-i", "review-access"]);
    env.fails(&["--as", BOB, "can-i", "review-access"], 4);
}
