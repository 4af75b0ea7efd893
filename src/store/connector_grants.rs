//! SQL for connector grants: which teams and members may use a connector when
//! the org's `connector-access` is `granted`.

use super::permit::Permit;
use super::ids::{ConnectorId, OrgId, TeamId, UserId};
use super::sql::{params, Tx};

use super::lifecycle::live;
use crate::error::Result;
use crate::model::rfc3339;
use crate::store::dashboards::Grantee;

/// A grant as shown: a team slug or a user email, never both.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct UseGrant {
    pub team: Option<String>,
    pub user: Option<String>,
    /// When the grant ends (RFC 3339), if it does.
    pub expires: Option<String>,
    pub reason: Option<String>,
}

fn ids(who: Grantee) -> (Option<TeamId>, Option<UserId>) {
    match who {
        Grantee::Team(id) => (Some(id), None),
        Grantee::User(id) => (None, Some(id)),
    }
}

/// Whether this grantee holds a grant on the connector.
pub fn has(c: &Tx, connector_id: ConnectorId, who: Grantee) -> Result<bool> {
    let (team, user) = ids(who);
    let n: i64 = c.query_row(&format!("SELECT count(*) FROM connector_grants g WHERE connector_id = ?1 AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3 AND {}", live("g")), params![connector_id, team, user], |r| r.get(0))?;
    Ok(n > 0)
}

/// Grants use with an expiry and a reason (updating an existing grant's);
/// false when the same grant was already there.
pub fn grant_with(
    c: &Permit,
    org_id: OrgId,
    connector_id: ConnectorId,
    who: Grantee,
    expires: Option<i64>,
    reason: Option<&str>,
) -> Result<bool> {
    let (team, user) = ids(who);
    if has(c, connector_id, who)? {
        let n = c.execute(
            "UPDATE connector_grants SET expires = ?4, reason = ?5 WHERE connector_id = ?1 \
             AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3 \
             AND (expires IS DISTINCT FROM ?4 OR reason IS DISTINCT FROM ?5)",
            params![connector_id, team, user, expires, reason],
        )?;
        return Ok(n > 0);
    }
    // An expired grant not swept yet gives way to the new one.
    c.execute(
        "DELETE FROM connector_grants WHERE connector_id = ?1 AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3",
        params![connector_id, team, user],
    )?;
    c.execute(
        "INSERT INTO connector_grants (org_id, connector_id, team_id, user_id, expires, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![org_id, connector_id, team, user, expires, reason],
    )?;
    Ok(true)
}

/// Removes a grant; false when there was none.
pub fn revoke(c: &Permit, connector_id: ConnectorId, who: Grantee) -> Result<bool> {
    let (team, user) = ids(who);
    let n = c.execute("DELETE FROM connector_grants WHERE connector_id = ?1 AND team_id IS NOT DISTINCT FROM ?2 AND user_id IS NOT DISTINCT FROM ?3", params![connector_id, team, user])?;
    Ok(n > 0)
}

/// The connector's grants: teams first, then users, each sorted.
pub fn list(c: &Tx, connector_id: ConnectorId) -> Result<Vec<UseGrant>> {
    let rows = c.query_map(
        &format!(
            "SELECT t.slug, u.email, g.expires, g.reason FROM connector_grants g \
             LEFT JOIN teams t ON t.id = g.team_id LEFT JOIN users u ON u.id = g.user_id \
             WHERE g.connector_id = ?1 AND {} ORDER BY g.team_id IS NULL, t.slug, u.email",
            live("g")
        ),
        [connector_id],
        |r| {
            Ok(UseGrant {
                team: r.get(0)?,
                user: r.get(1)?,
                expires: r.get::<Option<i64>>(2)?.map(rfc3339),
                reason: r.get(3)?,
            })
        },
    )?;
    Ok(rows)
}

/// The connector's grants by grantee id (for `apply --prune`).
pub fn grantees(c: &Tx, connector_id: ConnectorId) -> Result<Vec<Grantee>> {
    let raw: Vec<(Option<TeamId>, Option<UserId>)> =
        c.query_map("SELECT team_id, user_id FROM connector_grants WHERE connector_id = ?1", [connector_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    Ok(raw
        .into_iter()
        .filter_map(|(t, u)| match (t, u) {
            (Some(t), _) => Some(Grantee::Team(t)),
            (_, Some(u)) => Some(Grantee::User(u)),
            _ => None,
        })
        .collect())
}

/// How a user holds use of a connector: `Some(None)` directly, `Some(Some(team))`
/// through a team (the first by slug), `None` not at all. A direct grant wins.
pub fn held_by(c: &Tx, connector_id: ConnectorId, user_id: UserId) -> Result<Option<Option<String>>> {
    let mut held: Vec<Option<String>> = c.query_map(
        &format!(
            "SELECT NULL FROM connector_grants g WHERE connector_id = ?1 AND user_id = ?2 AND {live_g} \
             UNION ALL \
             SELECT t.slug FROM team_members tm \
               JOIN connector_grants g ON g.team_id = tm.team_id AND g.connector_id = ?1 \
               JOIN teams t ON t.id = tm.team_id \
             WHERE tm.user_id = ?2 AND {live_g} AND {live_tm}",
            live_g = live("g"),
            live_tm = live("tm")
        ),
        params![connector_id, user_id],
        |r| r.get(0),
    )?;
    // Direct (`None`) sorts first, then teams by slug.
    held.sort();
    Ok(held.into_iter().next())
}

/// Every user holding use of the connector, directly (`None`) or through a team.
pub fn holders(c: &Tx, connector_id: ConnectorId) -> Result<Vec<(UserId, Option<String>)>> {
    let rows = c.query_map(
        &format!(
            "SELECT user_id, NULL FROM connector_grants g WHERE connector_id = ?1 AND user_id IS NOT NULL AND {live_g} \
             UNION ALL \
             SELECT tm.user_id, t.slug FROM connector_grants g \
               JOIN team_members tm ON tm.team_id = g.team_id JOIN teams t ON t.id = g.team_id \
             WHERE g.connector_id = ?1 AND {live_g} AND {live_tm}",
            live_g = live("g"),
            live_tm = live("tm")
        ),
        [connector_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows)
}

/// The names of connectors on which a member holds a direct grant in this org.
pub fn direct_grants_of(c: &Tx, org_id: OrgId, user_id: UserId) -> Result<Vec<String>> {
    let rows = c.query_map(
        "SELECT k.name FROM connector_grants g JOIN connectors k ON k.id = g.connector_id \
         WHERE g.org_id = ?1 AND g.user_id = ?2 ORDER BY k.name",
        params![org_id, user_id],
        |r| r.get(0),
    )?;
    Ok(rows)
}

/// The names of connectors granted to a team.
pub fn granted_to_team(c: &Tx, org_id: OrgId, team_id: TeamId) -> Result<Vec<String>> {
    let rows = c.query_map(
        &format!(
            "SELECT k.name FROM connector_grants g JOIN connectors k ON k.id = g.connector_id \
             WHERE g.org_id = ?1 AND g.team_id = ?2 AND {} ORDER BY k.name",
            live("g")
        ),
        params![org_id, team_id],
        |r| r.get(0),
    )?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Email, Name, Role, Slug};
    use crate::store::{connectors, members, orgs, teams, users, Store};

    /// The composite foreign keys refuse a grant that crosses orgs, whatever ids are passed.
    #[test]
    fn a_grant_cannot_cross_orgs() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("o.db")).unwrap();
        store
            .write_permitted(|tx| {
                let u = users::insert(tx, &Email::parse("a@x.io")?, &Name::parse("A")?, 0)?;
                let acme = orgs::insert(tx, &Slug::parse("acme")?, &Name::parse("Acme")?, 0)?;
                let beta = orgs::insert(tx, &Slug::parse("beta")?, &Name::parse("Beta")?, 0)?;
                members::insert(tx, acme.id, u.id, Role::Admin, 0)?;
                connectors::insert(tx, acme.id, "wh", "postgres", "postgres://h/d", 0)?;
                let wh = connectors::find(tx, acme.id, "wh")?.unwrap().id;
                let team = teams::insert(tx, beta.id, &Slug::parse("eng")?, &Name::parse("Eng")?, None, 0)?;
                assert!(grant_with(tx, beta.id, wh, Grantee::User(u.id), None, None).is_err(), "connector of another org");
                assert!(grant_with(tx, acme.id, wh, Grantee::Team(team.id), None, None).is_err(), "team of another org");
                assert!(grant_with(tx, beta.id, wh, Grantee::Team(team.id), None, None).is_err(), "connector of another org");
                assert!(grant_with(tx, acme.id, wh, Grantee::User(u.id), None, None)?);
                assert!(!grant_with(tx, acme.id, wh, Grantee::User(u.id), None, None)?, "twice is once");
                members::delete(tx, acme.id, u.id)?;
                assert!(list(tx, wh)?.is_empty(), "removing the member removes the grant");
                Ok(())
            })
            .unwrap();
        let problems = store.read(|tx| crate::store::check::run(tx, None)).unwrap();
        assert!(problems.iter().all(|p| !p.contains("connector grant") && !p.contains("foreign key")), "{problems:?}");
    }
}
