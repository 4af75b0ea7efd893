//! SQL for orgs and their billing settings.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::model::{Name, Plan, Role, Slug};

/// An organization as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub plan: String,
    pub billing_email: Option<String>,
    pub created_at: i64,
}

const COLUMNS: &str = "id, slug, name, plan, billing_email, created_at";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Org> {
    Ok(Org {
        id: r.get(0)?,
        slug: r.get(1)?,
        name: r.get(2)?,
        plan: r.get(3)?,
        billing_email: r.get(4)?,
        created_at: r.get(5)?,
    })
}

pub fn find(c: &Connection, slug: &Slug) -> Result<Option<Org>> {
    Ok(c.prepare_cached(&format!("SELECT {COLUMNS} FROM orgs WHERE slug = ?1"))?
        .query_row([slug.as_str()], from_row)
        .optional()?)
}

pub fn insert(c: &Connection, slug: &Slug, name: &Name, now: i64) -> Result<Org> {
    c.prepare_cached("INSERT INTO orgs (slug, name, created_at) VALUES (?1, ?2, ?3)")?.execute(params![
        slug.as_str(),
        name.as_str(),
        now
    ])?;
    Ok(Org {
        id: c.last_insert_rowid(),
        slug: slug.to_string(),
        name: name.to_string(),
        plan: Plan::Free.to_string(),
        billing_email: None,
        created_at: now,
    })
}

pub fn set_name(c: &Connection, id: i64, name: &Name) -> Result<()> {
    c.prepare_cached("UPDATE orgs SET name = ?2 WHERE id = ?1")?.execute(params![id, name.as_str()])?;
    Ok(())
}

pub fn set_billing(c: &Connection, id: i64, plan: Plan, email: Option<&str>) -> Result<()> {
    c.prepare_cached("UPDATE orgs SET plan = ?2, billing_email = ?3 WHERE id = ?1")?.execute(params![
        id,
        plan.as_str(),
        email
    ])?;
    Ok(())
}

/// Deletes the org; the schema's cascades remove everything in it.
pub fn delete(c: &Connection, id: i64) -> Result<()> {
    c.prepare_cached("DELETE FROM orgs WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// The orgs a user belongs to, with the user's role in each, by slug.
pub fn of_user(c: &Connection, user_id: i64) -> Result<Vec<(Org, Role)>> {
    let mut stmt = c.prepare_cached(
        "SELECT o.id, o.slug, o.name, o.plan, o.billing_email, o.created_at, m.role \
         FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = ?1 ORDER BY o.slug",
    )?;
    let rows = stmt
        .query_map([user_id], |r| Ok((from_row(r)?, r.get::<_, String>(6)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|(o, role)| Ok((o, role.parse()?))).collect()
}

/// Usage counts for billing.
#[derive(Debug, Clone, Copy, serde::Serialize, PartialEq, Eq)]
pub struct Usage {
    pub members: i64,
    pub teams: i64,
    pub dashboards: i64,
    pub connectors: i64,
    pub pending_invites: i64,
}

pub fn usage(c: &Connection, org_id: i64, now: i64) -> Result<Usage> {
    Ok(c.prepare_cached(
        "SELECT (SELECT count(*) FROM members WHERE org_id = ?1), \
                (SELECT count(*) FROM teams WHERE org_id = ?1), \
                (SELECT count(*) FROM dashboards WHERE org_id = ?1), \
                (SELECT count(*) FROM connectors WHERE org_id = ?1), \
                (SELECT count(*) FROM invites WHERE org_id = ?1 AND state = 'pending' AND expires_at > ?2)",
    )?
    .query_row(params![org_id, now], |r| {
        Ok(Usage {
            members: r.get(0)?,
            teams: r.get(1)?,
            dashboards: r.get(2)?,
            connectors: r.get(3)?,
            pending_invites: r.get(4)?,
        })
    })?)
}

/// Every org (for `export` by an operator and for completion).
pub fn slugs(c: &Connection) -> Result<Vec<String>> {
    let mut stmt = c.prepare_cached("SELECT slug FROM orgs ORDER BY slug")?;
    let rows = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn by_id(c: &Connection, id: i64) -> Result<Option<Org>> {
    Ok(c.prepare_cached(&format!("SELECT {COLUMNS} FROM orgs WHERE id = ?1"))?.query_row([id], from_row).optional()?)
}

/// What is numbered per org: each kind has its own counter, which never goes
/// back, so a number is never handed out twice in an org and says nothing
/// about any other org's activity.
#[derive(Debug, Clone, Copy)]
pub enum Numbered {
    Chat,
    Invite,
    Audit,
}

/// The next number of this kind in the org.
pub fn next_number(c: &Connection, org_id: i64, kind: Numbered) -> Result<i64> {
    let kind = match kind {
        Numbered::Chat => "chat",
        Numbered::Invite => "invite",
        Numbered::Audit => "audit",
    };
    Ok(c.prepare_cached(
        "INSERT INTO org_counters (org_id, kind, last) VALUES (?1, ?2, 1) \
         ON CONFLICT (org_id, kind) DO UPDATE SET last = last + 1 RETURNING last",
    )?
    .query_row(params![org_id, kind], |r| r.get(0))?)
}
