//! What the policy rules of a manifest (`[orgs.rules]`) read of an org.
//!
//! Each rule's data comes from one small function here, so that the rules
//! follow the schema as it grows.

use super::ids::OrgId;
use super::sql::Tx;

use crate::error::Result;

/// One dashboard or connector grant of the org.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantFact {
    /// `dashboard/SLUG` or `connector/NAME`.
    pub on: String,
    /// `team SLUG` or `user EMAIL`.
    pub to: String,
    pub to_user: bool,
    /// When the grant ends (Unix time); `None`: never.
    pub expires: Option<i64>,
}

/// Every dashboard and connector grant of the org, with when it ends.
pub fn grants(c: &Tx, org_id: OrgId) -> Result<Vec<GrantFact>> {
    c.query_map(
        "SELECT 'dashboard/' || d.slug, CASE WHEN g.team_id IS NULL THEN 'user ' || u.email ELSE 'team ' || t.slug END, \
                g.team_id IS NULL, g.expires \
         FROM dashboard_grants g JOIN dashboards d ON d.id = g.dashboard_id \
         LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id WHERE g.org_id = ?1 \
         UNION ALL \
         SELECT 'connector/' || k.name, CASE WHEN g.team_id IS NULL THEN 'user ' || u.email ELSE 'team ' || t.slug END, \
                g.team_id IS NULL, g.expires \
         FROM connector_grants g JOIN connectors k ON k.id = g.connector_id \
         LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id WHERE g.org_id = ?1 \
         ORDER BY 1, 2",
        [org_id],
        |r| Ok(GrantFact { on: r.get(0)?, to: r.get(1)?, to_user: r.get(2)?, expires: r.get(3)? }),
    )
}

/// Each team of the org with its number of members and of maintainers.
pub fn team_maintainers(c: &Tx, org_id: OrgId) -> Result<Vec<(String, i64, i64)>> {
    c.query_map(
        "SELECT t.slug, (SELECT count(*) FROM team_members tm WHERE tm.team_id = t.id), \
                (SELECT count(*) FROM team_members tm WHERE tm.team_id = t.id AND tm.role = 'maintainer') \
         FROM teams t WHERE t.org_id = ?1 ORDER BY t.slug",
        [org_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}
