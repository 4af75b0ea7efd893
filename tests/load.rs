//! Load: sixteen orgctl processes writing one store at once (docs/contract.md §8), and the
//! query plans of the hot reads (indexes, never a scan of a big table).
//!
//! Each writer works in its own namespace of emails and slugs inside one of two
//! orgs, with `--as`/`--org` (never the shared context file). `ORGCTL_HEAVY=1`
//! makes each writer do 200 changes instead of 25.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::Command as StdCommand;
use std::time::Instant;

use serde_json::Value;

use crate::common::{array, code_of, describe, heavy, parse_json, sqlite_only, stderr, stdout, Env};

const WRITERS: usize = 16;
const ORGS: [&str; 2] = ["load-a", "load-b"];
const BOSS: &str = "boss@load.test";
const SQLITE3: &str = "/usr/bin/sqlite3";

fn changes_per_writer() -> usize {
    if heavy() {
        200
    } else {
        25
    }
}

fn admin_of(p: usize) -> String {
    format!("w{p}-admin@load.test")
}

fn org_of(p: usize) -> &'static str {
    ORGS[p % ORGS.len()]
}

/// What one writer's namespace should hold when it is done.
#[derive(Debug, Default, PartialEq, Eq)]
struct Expected {
    members: BTreeSet<String>,
    teams: BTreeMap<String, BTreeSet<String>>,
    /// dashboard slug → (grantee, permission) pairs
    dashboards: BTreeMap<String, BTreeSet<(String, String)>>,
    invites: BTreeSet<String>,
}

/// The commands writer `p` runs, in order, and the state they leave.
///
/// Changes come in blocks of eight around one user `k`: register, add as a
/// member, create a team, put the user in it, create a restricted dashboard,
/// share it with the team, invite someone to the team, and finally either
/// remove the previous block's user (taking their team place and grants with
/// them) or give this block's user a direct edit grant.
fn plan(p: usize, n: usize) -> (Vec<Vec<String>>, Expected) {
    let mut cmds = Vec::new();
    let mut exp = Expected::default();
    let user = |k: usize| format!("w{p}-u{k}@load.test");
    let team = |k: usize| format!("w{p}-t{k}");
    let dash = |k: usize| format!("w{p}-d{k}");
    for i in 0..n {
        let k = i / 8;
        let (u, t, d) = (user(k), team(k), dash(k));
        let args: Vec<String> = match i % 8 {
            0 => vec!["user".into(), "add".into(), u.clone(), "--name".into(), format!("Writer {p} user {k}")],
            1 => {
                exp.members.insert(u.clone());
                vec!["member".into(), "add".into(), u.clone(), "--role".into(), "member".into()]
            }
            2 => {
                exp.teams.insert(t.clone(), BTreeSet::new());
                vec!["team".into(), "create".into(), t.clone(), "--name".into(), format!("Team {p} {k}")]
            }
            3 => {
                exp.teams.get_mut(&t).map(|m| m.insert(u.clone()));
                vec!["team".into(), "add".into(), t.clone(), u.clone()]
            }
            4 => {
                exp.dashboards.insert(d.clone(), BTreeSet::new());
                let title = format!("Dashboard {p} {k}");
                vec![
                    "dashboard".into(),
                    "create".into(),
                    title,
                    "--slug".into(),
                    d.clone(),
                    "--visibility".into(),
                    "restricted".into(),
                ]
            }
            5 => {
                exp.dashboards.get_mut(&d).map(|g| g.insert((format!("team:{t}"), "view".into())));
                vec![
                    "dashboard".into(),
                    "share".into(),
                    d.clone(),
                    "--team".into(),
                    t.clone(),
                    "--permission".into(),
                    "view".into(),
                ]
            }
            6 => {
                let invited = format!("w{p}-i{k}@load.test");
                exp.invites.insert(invited.clone());
                vec![
                    "invite".into(),
                    "create".into(),
                    invited,
                    "--team".into(),
                    t.clone(),
                    "--expires".into(),
                    "1d".into(),
                ]
            }
            _ if k % 2 == 1 => {
                let gone = user(k - 1);
                exp.members.remove(&gone);
                for m in exp.teams.values_mut() {
                    m.remove(&gone);
                }
                for g in exp.dashboards.values_mut() {
                    g.remove(&(format!("user:{gone}"), "edit".into()));
                }
                vec!["member".into(), "remove".into(), gone, "--yes".into()]
            }
            _ => {
                exp.dashboards.get_mut(&d).map(|g| g.insert((format!("user:{u}"), "edit".into())));
                vec![
                    "dashboard".into(),
                    "share".into(),
                    d.clone(),
                    "--user".into(),
                    u.clone(),
                    "--permission".into(),
                    "edit".into(),
                ]
            }
        };
        let mut full: Vec<String> = vec!["-q".into(), "--as".into(), admin_of(p), "--org".into(), org_of(p).into()];
        full.extend(args);
        cmds.push(full);
    }
    (cmds, exp)
}

/// What the export shows of writer `p`'s namespace in its org.
fn observed(export: &Value, p: usize) -> Expected {
    let prefix = format!("w{p}-");
    let mine = |s: &str| s.starts_with(&prefix) && !s.starts_with(&format!("{prefix}admin"));
    let list = |v: &Value, key: &str| v.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let mut out = Expected::default();
    let org = list(export, "orgs").into_iter().find(|o| o["slug"] == org_of(p)).unwrap_or(Value::Null);
    for m in list(&org, "members") {
        if mine(&text(&m, "email")) {
            out.members.insert(text(&m, "email"));
        }
    }
    for t in list(&org, "teams") {
        if mine(&text(&t, "slug")) {
            let members = list(&t, "members").iter().filter_map(Value::as_str).map(String::from).collect();
            out.teams.insert(text(&t, "slug"), members);
        }
    }
    for d in list(&org, "dashboards") {
        if mine(&text(&d, "slug")) {
            let grants = list(&d, "grants")
                .iter()
                .map(|g| {
                    let who = match (g.get("team").and_then(Value::as_str), g.get("user").and_then(Value::as_str)) {
                        (Some(t), _) => format!("team:{t}"),
                        (_, Some(u)) => format!("user:{u}"),
                        _ => "?".to_string(),
                    };
                    (who, text(g, "permission"))
                })
                .collect();
            out.dashboards.insert(text(&d, "slug"), grants);
        }
    }
    for i in list(&org, "invites") {
        if mine(&text(&i, "email")) {
            out.invites.insert(text(&i, "email"));
        }
    }
    out
}

/// The boss (admin of both orgs) and one admin per writer, in one apply.
fn seed(env: &Env) {
    let mut m = format!("[[users]]\nemail = \"{BOSS}\"\nname = \"Boss\"\n\n");
    for p in 0..WRITERS {
        m.push_str(&format!("[[users]]\nemail = \"{}\"\nname = \"Writer {p}\"\n\n", admin_of(p)));
    }
    for org in ORGS {
        m.push_str(&format!(
            "[[orgs]]\nslug = \"{org}\"\n\n  [[orgs.members]]\n  email = \"{BOSS}\"\n  role = \"admin\"\n\n"
        ));
        for p in (0..WRITERS).filter(|p| org_of(*p) == org) {
            m.push_str(&format!("  [[orgs.members]]\n  email = \"{}\"\n  role = \"admin\"\n\n", admin_of(p)));
        }
    }
    let path = env.path("load-seed.toml");
    fs::write(&path, m).expect("write seed manifest");
    env.ok(&["-q", "--as", BOSS, "apply", "-f", path.to_str().expect("utf-8 path")]);
}

#[test]
fn sixteen_writers_at_once_all_succeed_and_land() {
    let env = Env::new();
    seed(&env);
    let n = changes_per_writer();
    let plans: Vec<(Vec<Vec<String>>, Expected)> = (0..WRITERS).map(|p| plan(p, n)).collect();

    let started = Instant::now();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = plans
            .iter()
            .map(|(cmds, _)| {
                let env = &env;
                scope.spawn(move || {
                    let mut problems = Vec::new();
                    for args in cmds {
                        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
                        let out = env.std_cmd(&refs).output().expect("run orgctl");
                        let err = stderr(&out).to_lowercase();
                        if out.status.code() != Some(0) || err.contains("locked") || err.contains("busy") {
                            problems.push(format!("orgctl {args:?}\n{}", describe(&out)));
                        }
                    }
                    problems
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("writer thread")).collect()
    });
    let elapsed = started.elapsed();
    let total = WRITERS * n;
    eprintln!(
        "load: {WRITERS} writers x {n} changes = {total} changes in {:.2} s = {:.0} changes/s",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64()
    );
    assert!(failures.is_empty(), "{} of {total} commands failed:\n{}", failures.len(), failures.join("\n"));

    // Every writer's namespace holds exactly what it asked for.
    let export = env.json(&["--as", BOSS, "export"]);
    for (p, (_, expected)) in plans.iter().enumerate() {
        assert_eq!(&observed(&export, p), expected, "writer {p} in {}", org_of(p));
    }
    // And the counts agree, seen through the ordinary commands.
    for org in ORGS {
        let writers: Vec<usize> = (0..WRITERS).filter(|p| org_of(*p) == org).collect();
        let sum = |f: &dyn Fn(&Expected) -> usize| writers.iter().map(|p| f(&plans[*p].1)).sum::<usize>();
        let count = |args: &[&str]| {
            let mut full = vec!["--as", BOSS, "--org", org];
            full.extend_from_slice(args);
            array(&env.json(&full)).len()
        };
        assert_eq!(count(&["member", "list"]), 1 + writers.len() + sum(&|e| e.members.len()), "members of {org}");
        assert_eq!(count(&["team", "list"]), sum(&|e| e.teams.len()), "teams of {org}");
        assert_eq!(count(&["dashboard", "list"]), sum(&|e| e.dashboards.len()), "dashboards of {org}");
        assert_eq!(count(&["invite", "list"]), sum(&|e| e.invites.len()), "invites of {org}");
    }
    env.ok(&["db", "check"]);
}

/// The hot reads, copied from `src/store/`: keep them in step when those change
/// (`string_agg(... ORDER BY ...)` written as `group_concat`, which the
/// system `sqlite3` shell knows: the plan is the same).
const HOT_QUERIES: &[(&str, &str)] = &[
    ("member role lookup (every command)", "SELECT role FROM members WHERE org_id = ?1 AND user_id = ?2"),
    (
        "member list",
        "SELECT u.email, u.name, m.role, m.joined_at, ts.slugs \
         FROM members m JOIN users u ON u.id = m.user_id \
         LEFT JOIN (SELECT tm.user_id, group_concat(t.slug, ',') AS slugs \
                    FROM team_members tm JOIN teams t ON t.id = tm.team_id \
                    WHERE tm.org_id = ?1 GROUP BY tm.user_id) ts ON ts.user_id = m.user_id \
         WHERE m.org_id = ?1 AND (?2 IS NULL OR m.role = ?2) \
         AND (?3 IS NULL OR EXISTS (SELECT 1 FROM team_members x WHERE x.team_id = ?3 AND x.user_id = m.user_id)) \
         ORDER BY u.email",
    ),
    (
        "dashboards visible to a user (dashboard list)",
        "SELECT d.id, d.slug, d.title, d.description, d.visibility, d.owner_id, u.email \
         FROM dashboards d JOIN users u ON u.id = d.owner_id \
         WHERE d.org_id = ?1 AND (?3 OR d.visibility = 'org' OR d.owner_id = ?2 \
           OR EXISTS (SELECT 1 FROM dashboard_grants g WHERE g.dashboard_id = d.id AND g.user_id = ?2) \
           OR EXISTS (SELECT 1 FROM dashboard_grants g JOIN team_members tm ON tm.team_id = g.team_id \
                      WHERE g.dashboard_id = d.id AND tm.user_id = ?2)) \
         ORDER BY d.slug",
    ),
    (
        "a dashboard's grants (dashboard show, the receipt of share)",
        "SELECT t.slug, u.email, g.permission, g.expires, g.reason FROM dashboard_grants g \
         LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id \
         WHERE g.dashboard_id = ?1 AND (g.expires IS NULL OR g.expires > unixepoch()) \
         ORDER BY g.team_id IS NULL, t.slug, u.email",
    ),
    (
        "a grant's terms (dashboard share, unshare)",
        "SELECT expires, reason FROM dashboard_grants WHERE dashboard_id = ?1 \
         AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3",
    ),
    (
        "a connector's grants (connector show)",
        "SELECT t.slug, u.email, g.expires, g.reason FROM connector_grants g \
         LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id \
         WHERE g.connector_id = ?1 ORDER BY g.team_id IS NULL, t.slug, u.email",
    ),
    (
        "dashboard by slug (can-i, show)",
        "SELECT d.id, d.slug, d.title, d.description, d.visibility, d.owner_id, u.email \
         FROM dashboards d JOIN users u ON u.id = d.owner_id WHERE d.org_id = ?1 AND d.slug = ?2",
    ),
    (
        "a user's grants on a dashboard (can-i)",
        "SELECT NULL, permission FROM dashboard_grants WHERE dashboard_id = ?1 AND user_id = ?2 \
         UNION ALL \
         SELECT t.slug, g.permission FROM team_members tm \
           JOIN dashboard_grants g ON g.team_id = tm.team_id AND g.dashboard_id = ?1 \
           JOIN teams t ON t.id = tm.team_id \
         WHERE tm.user_id = ?2",
    ),
    (
        "a member's teams",
        "SELECT t.slug FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.org_id = ?1 AND tm.user_id = ?2 ORDER BY t.slug",
    ),
    ("admin count (last-admin rule)", "SELECT count(*) FROM members WHERE org_id = ?1 AND role = 'admin'"),
];

/// Lines of a query plan that walk a whole table (or a whole index of it)
/// instead of searching it; scans of subquery results are fine.
fn full_scans(plan: &str) -> Vec<String> {
    plan.lines()
        .map(str::trim)
        .map(|l| l.trim_start_matches(['|', '`', '-', ' ']))
        .filter(|l| l.starts_with("SCAN ") && !l.starts_with("SCAN (subquery") && !l.starts_with("SCAN CONSTANT"))
        .map(String::from)
        .collect()
}

/// A seeded store whose plans the `sqlite3` shell can show, unless this
/// run cannot (on PostgreSQL, or without the shell: said, not silent).
fn plans_store(test: &str) -> Option<Env> {
    if sqlite_only("SQLite query plans through the `sqlite3` shell") {
        return None;
    }
    if !Path::new(SQLITE3).exists() {
        eprintln!("skipping {test}: {SQLITE3} is missing");
        return None;
    }
    let env = Env::new();
    env.seed();
    Some(env)
}

/// `EXPLAIN QUERY PLAN` of `sql` on the store, read only.
fn query_plan(env: &Env, sql: &str) -> String {
    let out = StdCommand::new(SQLITE3)
        .arg("-readonly")
        .arg(env.db())
        .arg(format!("EXPLAIN QUERY PLAN {sql}"))
        .output()
        .expect("run sqlite3");
    assert_eq!(code_of(&out), 0, "{sql}: sqlite3 failed\n{}", describe(&out));
    stdout(&out)
}

#[test]
fn hot_queries_search_indexes_and_never_scan_a_table() {
    let Some(env) = plans_store("hot_queries_search_indexes_and_never_scan_a_table") else { return };
    let mut problems = Vec::new();
    for (what, sql) in HOT_QUERIES {
        let plan = query_plan(&env, sql);
        assert!(plan.contains("SEARCH"), "{what}: no index search at all:\n{plan}");
        let scans = full_scans(&plan);
        if !scans.is_empty() {
            problems.push(format!("{what}: {scans:?}\n{plan}"));
        }
    }
    assert!(problems.is_empty(), "hot queries scan tables:\n{}", problems.join("\n"));
    // The store was only read.
    let check = parse_json(&env.ok(&["--json", "db", "check"]), &["db", "check"]);
    assert_eq!(check["ok"], true);
}

/// The sweep's questions before every write (`store::lifecycle::expired`,
/// copied: keep them in step), each with the index that must answer it: by
/// org and time, so that an org where nothing has ended is not read row by
/// row to find so.
const SWEEP_QUERIES: &[(&str, &str)] = &[
    ("members_role_ending", "SELECT m.user_id FROM members m WHERE m.org_id = ?1 AND m.role_expires <= unixepoch()"),
    (
        "members_suspension_ending",
        "SELECT m.user_id FROM members m WHERE m.org_id = ?1 AND m.state = 'suspended' AND m.suspended_until <= unixepoch()",
    ),
    ("members_ending", "SELECT m.user_id FROM members m WHERE m.org_id = ?1 AND m.expires <= unixepoch()"),
    (
        "team_members_ending",
        "SELECT tm.team_id, tm.user_id FROM team_members tm \
         JOIN members m ON m.org_id = tm.org_id AND m.user_id = tm.user_id \
         WHERE tm.org_id = ?1 AND tm.expires <= unixepoch() AND (m.expires IS NULL OR m.expires > unixepoch())",
    ),
    ("dashboard_grants_ending", "SELECT g.id FROM dashboard_grants g WHERE g.org_id = ?1 AND g.expires <= unixepoch()"),
    ("connector_grants_ending", "SELECT g.id FROM connector_grants g WHERE g.org_id = ?1 AND g.expires <= unixepoch()"),
];

#[test]
fn the_sweep_finds_what_ended_by_org_and_time() {
    let Some(env) = plans_store("the_sweep_finds_what_ended_by_org_and_time") else { return };
    // Something that ends, so that the indexes are not empty.
    env.ok(&["member", "add", crate::common::CAROL, "--expires", "30d"]);
    let mut problems = Vec::new();
    for (index, sql) in SWEEP_QUERIES {
        let plan = query_plan(&env, sql);
        if !plan.contains(&format!("INDEX {index} (org_id=? AND ")) {
            problems.push(format!("{sql}\n  does not search {index} by org and time:\n{plan}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn full_scan_detection_reads_sqlite_plans() {
    let plan = "QUERY PLAN\n|--SEARCH m USING PRIMARY KEY (org_id=?)\n|  `--SCAN (subquery-1)\n`--SCAN d\n";
    assert_eq!(full_scans(plan), vec!["SCAN d".to_string()]);
    assert!(full_scans("QUERY PLAN\n`--SEARCH members USING PRIMARY KEY (org_id=? AND user_id=?)\n").is_empty());
}
