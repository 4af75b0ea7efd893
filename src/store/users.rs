//! SQL for users.

use serde_json::json;

use super::bulk::{Bulk, Ty};
use super::permit::Permit;
use super::ids::UserId;
use super::sql::{params, Row, Tx};

use crate::error::Result;
use crate::model::{Email, Name};

/// A registered user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
}

fn from_row(r: &Row) -> Result<User> {
    Ok(User { id: r.get(0)?, email: r.get(1)?, name: r.get(2)? })
}

pub fn find(c: &Tx, email: &Email) -> Result<Option<User>> {
    if c.is_postgres() {
        return c.query_opt("SELECT id, email, name FROM orgctl_user_by_email(?1)", [email.as_str()], from_row);
    }
    c.query_opt("SELECT id, email, name FROM users WHERE email = ?1", [email.as_str()], from_row)
}

/// [`find`] of many emails in one statement (`apply`'s `[[users]]`): the
/// users that exist, by email.
pub fn find_many<'e>(c: &Tx, emails: impl IntoIterator<Item = &'e Email>) -> Result<Vec<User>> {
    let emails: Vec<Option<&str>> = emails.into_iter().map(|e| Some(e.as_str())).collect();
    if c.is_postgres() {
        return c.query_map(
            "SELECT id, email, name FROM orgctl_users_by_email(CAST(?1 AS TEXT[]))",
            [emails],
            from_row,
        );
    }
    let json = serde_json::to_string(&emails).unwrap_or_default();
    c.query_map("SELECT id, email, name FROM users WHERE email IN (SELECT value FROM json_each(?1))", [json], from_row)
}

/// [`find`], declaring the user found as the one acting (PostgreSQL's
/// transaction-local `app.user_id`, which an impersonating login needs), in
/// the same statement.
pub fn find_acting(c: &Tx, email: &Email) -> Result<Option<User>> {
    if c.is_postgres() {
        return c.query_opt(
            "SELECT id, email, name, set_config('app.user_id', id::text, true) FROM orgctl_user_by_email(?1)",
            [email.as_str()],
            from_row,
        );
    }
    find(c, email)
}

pub fn by_id(c: &Tx, id: UserId) -> Result<Option<User>> {
    c.query_opt("SELECT id, email, name FROM users WHERE id = ?1", [id], from_row)
}

pub fn insert(c: &Permit, email: &Email, name: &Name, now: i64) -> Result<User> {
    insert_managed(c, email, name, now, None)
}

/// [`insert`] of many users in one statement (`apply`'s `[[users]]`), in
/// the order given; [`find_many`] reads them back.
pub fn insert_many(c: &Permit, new: &[(&Email, &Name)], now: i64) -> Result<()> {
    const USERS: Bulk<2> = Bulk {
        table: "users",
        shared: &[("created_at", Ty::BigInt)],
        columns: [("email", Ty::Text), ("name", Ty::Text)],
    };
    USERS.insert(c, params![now], new.iter().map(|(e, n)| [json!(e.as_str()), json!(n.as_str())]))
}

/// [`insert`], marked as written by `managed_by` (`sync:NAME`).
pub fn insert_managed(c: &Permit, email: &Email, name: &Name, now: i64, managed_by: Option<&str>) -> Result<User> {
    c.execute(
        "INSERT INTO users (email, name, created_at, managed_by) VALUES (?1, ?2, ?3, ?4)",
        params![email.as_str(), name.as_str(), now, managed_by],
    )?;
    // Not `RETURNING id`: on PostgreSQL a user outside the org in
    // `app.org_id` cannot be read back through the table, only by email.
    find(c, email)?.ok_or_else(|| crate::error::Error::internal("a user just registered cannot be found"))
}

pub fn set_name(c: &Permit, id: UserId, name: &Name) -> Result<()> {
    if c.is_postgres() {
        // A user in no org is outside every org's rows: the name goes
        // through the one function that may write it (access.sql).
        return c.write_row("SELECT orgctl_set_user_name(?1, ?2)", params![id, name.as_str()], |_| Ok(()));
    }
    c.execute("UPDATE users SET name = ?2 WHERE id = ?1", params![id, name.as_str()])?;
    Ok(())
}

/// True when the two users are members of at least one common org.
pub fn share_an_org(c: &Tx, a: UserId, b: UserId) -> Result<bool> {
    if c.is_postgres() {
        return c.query_row(
            "SELECT EXISTS (SELECT 1 FROM orgctl_memberships(?1) a JOIN orgctl_memberships(?2) b ON a.org_id = b.org_id)",
            params![a, b],
            |r| r.get(0),
        );
    }
    c.query_row(
        "SELECT EXISTS (SELECT 1 FROM members m1 JOIN members m2 ON m1.org_id = m2.org_id \
         WHERE m1.user_id = ?1 AND m2.user_id = ?2)",
        params![a, b],
        |r| r.get(0),
    )
}
