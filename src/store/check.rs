//! `db check`: SQLite's integrity and foreign-key checks, and a check that no row refers across orgs.

use rusqlite::Connection;

use crate::error::Result;

/// Each query returns one text row per problem found.
const CROSS_ORG: &[(&str, &str)] = &[
    (
        "team member not in the team's org",
        "SELECT 'team ' || t.slug || ' has ' || u.email FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         JOIN users u ON u.id = tm.user_id \
         WHERE tm.org_id <> t.org_id OR NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = t.org_id AND m.user_id = tm.user_id)",
    ),
    (
        "grant on a dashboard of another org",
        "SELECT 'grant ' || g.id FROM dashboard_grants g JOIN dashboards d ON d.id = g.dashboard_id WHERE d.org_id <> g.org_id",
    ),
    (
        "grant to a team of another org",
        "SELECT 'grant ' || g.id FROM dashboard_grants g JOIN teams t ON t.id = g.team_id WHERE t.org_id <> g.org_id",
    ),
    (
        "grant to a user who is not a member of the org",
        "SELECT 'grant ' || g.id FROM dashboard_grants g WHERE g.user_id IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = g.org_id AND m.user_id = g.user_id)",
    ),
    (
        "invite team of another org",
        "SELECT 'invite ' || it.invite_id FROM invite_teams it JOIN teams t ON t.id = it.team_id \
         JOIN invites i ON i.id = it.invite_id WHERE t.org_id <> i.org_id OR it.org_id <> i.org_id",
    ),
    (
        "dashboard owner who is not a member of its org",
        "SELECT 'dashboard ' || d.slug FROM dashboards d WHERE d.owner_id IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = d.org_id AND m.user_id = d.owner_id)",
    ),
    (
        "connector grant on a connector of another org",
        "SELECT 'connector grant ' || g.id FROM connector_grants g JOIN connectors k ON k.id = g.connector_id \
         WHERE k.org_id <> g.org_id",
    ),
    (
        "connector grant to a team of another org",
        "SELECT 'connector grant ' || g.id FROM connector_grants g JOIN teams t ON t.id = g.team_id \
         WHERE t.org_id <> g.org_id",
    ),
    (
        "connector grant to a user who is not a member of the org",
        "SELECT 'connector grant ' || g.id FROM connector_grants g WHERE g.user_id IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = g.org_id AND m.user_id = g.user_id)",
    ),
    (
        "org without an admin",
        "SELECT 'org ' || o.slug FROM orgs o WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = o.id AND m.role = 'admin')",
    ),
];

/// Every problem found, as a readable line; empty when the store is sound.
pub fn run(c: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut stmt = c.prepare("PRAGMA integrity_check")?;
    for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
        let line = row?;
        if line != "ok" {
            problems.push(format!("integrity: {line}"));
        }
    }
    let mut stmt = c.prepare("PRAGMA foreign_key_check")?;
    for row in
        stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?, r.get::<_, String>(2)?)))?
    {
        let (table, rowid, parent) = row?;
        problems.push(format!(
            "foreign key: {table} row {} refers to a missing {parent}",
            rowid.map_or("?".to_string(), |r| r.to_string())
        ));
    }
    for (what, sql) in CROSS_ORG {
        let mut stmt = c.prepare(sql)?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            problems.push(format!("cross-org: {what}: {}", row?));
        }
    }
    Ok(problems)
}
