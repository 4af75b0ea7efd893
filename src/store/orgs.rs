//! SQL for orgs and their billing settings.

use super::permit::Permit;
use super::ids::{OrgId, UserId};
use super::sql::{params, Row, Tx};

use crate::error::Result;
use crate::model::{Name, Plan, Role, Slug};

/// An organization as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    pub id: OrgId,
    pub slug: String,
    pub name: String,
    pub plan: String,
    pub billing_email: Option<String>,
    pub created_at: i64,
}

const COLUMNS: &str = "id, slug, name, plan, billing_email, created_at";

/// On PostgreSQL billing is its admins' only (the database's
/// `orgctl_org_billing`: nobody has SELECT on `plan` or `billing_email`);
/// anyone else reads an empty plan and no billing email, which orgctl
/// shows to admins only anyway. The function is called once per org read.
const PG_BY_ID: &str = "SELECT o.id, o.slug, o.name, coalesce(b.plan, ''), b.billing_email, o.created_at \
    FROM orgs o LEFT JOIN LATERAL orgctl_org_billing(o.id) b ON true WHERE o.id = ?1";

/// The org `id`, as its columns are read on each engine.
fn select_by_id(c: &Tx) -> String {
    if c.is_postgres() {
        PG_BY_ID.to_string()
    } else {
        format!("SELECT {COLUMNS} FROM orgs WHERE id = ?1")
    }
}

pub(in crate::store) fn from_row(r: &Row) -> Result<Org> {
    Ok(Org {
        id: r.get(0)?,
        slug: r.get(1)?,
        name: r.get(2)?,
        plan: r.get(3)?,
        billing_email: r.get(4)?,
        created_at: r.get(5)?,
    })
}

/// The id of the org with this slug, without entering it.
pub fn id_of(c: &Tx, slug: &Slug) -> Result<Option<OrgId>> {
    if c.is_postgres() {
        return c.query_row("SELECT orgctl_org_by_slug(?1)", [slug.as_str()], |r| r.get(0));
    }
    c.query_opt("SELECT id FROM orgs WHERE slug = ?1", [slug.as_str()], |r| r.get(0))
}

/// The org with this slug. On PostgreSQL, finding an org enters it (see
/// [`Tx::enter_org`]): its id comes from a lookup function, then its rows
/// are read with it set.
pub fn find(c: &Tx, slug: &Slug) -> Result<Option<Org>> {
    if c.is_postgres() {
        return match c.enter_org_by_slug(slug.as_str())? {
            Some(id) => c.query_opt(PG_BY_ID, [id], from_row),
            None => Ok(None),
        };
    }
    c.query_opt(&format!("SELECT {COLUMNS} FROM orgs WHERE slug = ?1"), [slug.as_str()], from_row)
}

pub fn insert(c: &Permit, slug: &Slug, name: &Name, now: i64) -> Result<Org> {
    // On PostgreSQL only the database picks ids and creates orgs: a
    // function inserts it and sets its id as the transaction's org, which
    // is then entered (locked) as any other.
    let id: OrgId = if c.is_postgres() {
        let id = c.write_row("SELECT orgctl_create_org(?1, ?2, ?3)", params![slug.as_str(), name.as_str(), now], |r| {
            r.get(0)
        })?;
        c.enter_org(id)?;
        id
    } else {
        c.write_row(
            "INSERT INTO orgs (slug, name, created_at) VALUES (?1, ?2, ?3) RETURNING id",
            params![slug.as_str(), name.as_str(), now],
            |r| r.get(0),
        )?
    };
    Ok(Org {
        id,
        slug: slug.to_string(),
        name: name.to_string(),
        plan: Plan::Free.to_string(),
        billing_email: None,
        created_at: now,
    })
}

pub fn set_name(c: &Permit, id: OrgId, name: &Name) -> Result<()> {
    c.execute("UPDATE orgs SET name = ?2 WHERE id = ?1", params![id, name.as_str()])?;
    Ok(())
}

pub fn set_billing(c: &Permit, id: OrgId, plan: Plan, email: Option<&str>) -> Result<()> {
    c.execute("UPDATE orgs SET plan = ?2, billing_email = ?3 WHERE id = ?1", params![id, plan.as_str(), email])?;
    Ok(())
}

/// Deletes the org; the schema's cascades remove everything in it.
pub fn delete(c: &Permit, id: OrgId) -> Result<()> {
    c.execute("DELETE FROM orgs WHERE id = ?1", [id])?;
    Ok(())
}

/// The orgs a user belongs to, with the user's role in each, by slug.
pub fn of_user(c: &Tx, user_id: UserId) -> Result<Vec<(Org, Role)>> {
    if c.is_postgres() {
        let ids: Vec<(OrgId, String)> =
            c.query_map("SELECT org_id, role FROM orgctl_memberships(?1)", [user_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let mut out = Vec::with_capacity(ids.len());
        for (id, role) in ids {
            let org = by_id(c, id)?.ok_or_else(|| crate::error::Error::internal("a membership without its org"))?;
            out.push((org, role.parse()?));
        }
        return Ok(out);
    }
    let rows = c.query_map(
        "SELECT o.id, o.slug, o.name, o.plan, o.billing_email, o.created_at, m.role \
         FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = ?1 ORDER BY o.slug",
        [user_id],
        |r| Ok((from_row(r)?, r.get::<String>(6)?)),
    )?;
    rows.into_iter().map(|(o, role)| Ok((o, role.parse()?))).collect()
}

/// Usage counts for billing: `members` counts active members (the
/// lifecycle predicate); suspended ones are counted apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub members: i64,
    pub suspended_members: i64,
    pub teams: i64,
    pub dashboards: i64,
    pub connectors: i64,
    pub pending_invites: i64,
}

pub fn usage(c: &Tx, org_id: OrgId, now: i64) -> Result<Usage> {
    c.query_row(
        &format!(
            "SELECT (SELECT count(*) FROM members m WHERE org_id = ?1 AND {active}), \
                    (SELECT count(*) FROM members m WHERE org_id = ?1 AND {live} AND NOT {active}), \
                    (SELECT count(*) FROM teams WHERE org_id = ?1), \
                    (SELECT count(*) FROM dashboards WHERE org_id = ?1), \
                    (SELECT count(*) FROM connectors WHERE org_id = ?1), \
                    (SELECT count(*) FROM invites WHERE org_id = ?1 AND state = 'pending' AND expires_at > ?2)",
            active = super::lifecycle::active_member("m"),
            live = super::lifecycle::live("m"),
        ),
        params![org_id, now],
        |r| {
            Ok(Usage {
                members: r.get(0)?,
                suspended_members: r.get(1)?,
                teams: r.get(2)?,
                dashboards: r.get(3)?,
                connectors: r.get(4)?,
                pending_invites: r.get(5)?,
            })
        },
    )
}

/// The org with this id (on PostgreSQL, entering it).
pub fn by_id(c: &Tx, id: OrgId) -> Result<Option<Org>> {
    c.enter_org(id)?;
    c.query_opt(&select_by_id(c), [id], from_row)
}

/// What is numbered per org: each kind has its own counter, which never goes
/// back, so a number is never handed out twice in an org and says nothing
/// about any other org's activity.
#[derive(Debug, Clone, Copy)]
pub enum Numbered {
    Chat,
    Invite,
}

/// The next number of this kind in the org.
pub fn next_number(c: &Tx, org_id: OrgId, kind: Numbered) -> Result<i64> {
    let kind = match kind {
        Numbered::Chat => "chat",
        Numbered::Invite => "invite",
    };
    c.next_number(org_id, kind)
}
