//! `db check`: SQLite's integrity and foreign-key checks, and a check that no row refers across orgs.

use super::sql::Tx;
use super::OrgId;

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
///
/// On SQLite: the file's integrity, its foreign keys, the cross-org
/// queries over every org, and every org's audit hash chain. On PostgreSQL the server keeps the pages and the
/// foreign keys (the composite keys make a cross-org reference impossible
/// to write), and row-level security shows only the org entered: the
/// cross-org queries run in each org of `me` (the acting user, if one is set).
pub fn run(c: &Tx, me: Option<&super::users::User>) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    if c.sqlite_conn().is_some() {
        for line in c.query_map("PRAGMA integrity_check", (), |r| r.get::<String>(0))? {
            if line != "ok" {
                problems.push(format!("integrity: {line}"));
            }
        }
        let broken = c.query_map("PRAGMA foreign_key_check", (), |r| {
            Ok((r.get::<String>(0)?, r.get::<Option<i64>>(1)?, r.get::<String>(2)?))
        })?;
        for (table, rowid, parent) in broken {
            problems.push(format!(
                "foreign key: {table} row {} refers to a missing {parent}",
                rowid.map_or("?".to_string(), |r| r.to_string())
            ));
        }
        cross_org(c, &mut problems)?;
        chains(c, None, &mut problems)?;
    } else if let Some(me) = me {
        for (org, _) in super::orgs::of_user(c, me.id)? {
            let org = org.id;
            c.enter_org(org)?;
            cross_org(c, &mut problems)?;
            chains(c, Some(org), &mut problems)?;
        }
    }
    Ok(problems)
}

/// Each org's audit hash chain (on PostgreSQL, of the org entered, which
/// row-level security shows to its admins only): the first entry that does
/// not match, per org.
fn chains(c: &Tx, only: Option<OrgId>, problems: &mut Vec<String>) -> Result<()> {
    for (org_id, slug) in super::audit::chained_orgs(c)? {
        if only.is_some_and(|o| o != org_id) {
            continue;
        }
        if let Some(problem) = super::audit::verify_chain(c, org_id, &slug)? {
            problems.push(problem);
        }
    }
    Ok(())
}

fn cross_org(c: &Tx, problems: &mut Vec<String>) -> Result<()> {
    for (what, sql) in CROSS_ORG {
        for row in c.query_map(sql, (), |r| r.get::<String>(0))? {
            problems.push(format!("cross-org: {what}: {row}"));
        }
    }
    Ok(())
}
