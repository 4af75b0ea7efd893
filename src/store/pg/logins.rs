//! Database logins mapped to orgctl users (PostgreSQL only).
//!
//! On a shared PostgreSQL store the login is who you are: the table
//! `logins` (v6.sql) maps a login role to the orgctl user it acts as, or
//! lets it impersonate any user (a grant, for CI jobs), and the policies of
//! access.sql decide what each statement may touch from that acting user.
//! `orgctl db link | unlink | links` manage the map, run by the database
//! owner (as `orgctl init` is) on a connection of their own; [`current`]
//! and [`CurrentLogin::may_act_as`] are what every other command checks
//! `--as` against before it runs.

use postgres::GenericClient;

use super::{Target, APP_ROLE};
use crate::error::{Error, Result};
use crate::model::Email;

/// Who the current login is, as the database sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginIs {
    /// Linked to this user: it acts as them and no one else.
    Linked { user_id: i64, email: String },
    /// Linked with `--impersonate`: it may act as any user, named by `--as`.
    Impersonator,
    /// Not linked: the database lets it read and write nothing.
    Unlinked,
}

/// The login of a connection (`session_user`) and what it is linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentLogin {
    pub login: String,
    pub is: LoginIs,
}

/// Who the connection's login is: one round trip, through the
/// `orgctl_whoami()` function (a login may not read the map itself).
pub fn current(c: &mut impl GenericClient) -> std::result::Result<CurrentLogin, postgres::Error> {
    let row = c.query_one("SELECT login, linked, impersonate, user_id, email FROM orgctl_whoami()", &[])?;
    Ok(CurrentLogin::of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)))
}

impl CurrentLogin {
    /// The login from a row of `orgctl_whoami()`.
    pub(super) fn of(
        login: String,
        linked: bool,
        impersonate: bool,
        user_id: Option<i64>,
        email: Option<String>,
    ) -> CurrentLogin {
        let is = match (linked, impersonate, user_id, email) {
            (true, true, _, _) => LoginIs::Impersonator,
            (true, false, Some(user_id), Some(email)) => LoginIs::Linked { user_id, email },
            _ => LoginIs::Unlinked,
        };
        CurrentLogin { login, is }
    }

    /// Whether this login may act as `email` (from `--as`, `ORGCTL_USER` or
    /// the context file); `None` means the user the login is linked to.
    /// Refused (exit 4) with the login's name and the user it maps to.
    pub fn may_act_as(&self, email: Option<&str>) -> Result<()> {
        let login = &self.login;
        match (&self.is, email) {
            (LoginIs::Impersonator, _) => Ok(()),
            (LoginIs::Linked { .. }, None) => Ok(()),
            (LoginIs::Linked { email: mine, .. }, Some(asked)) if asked == mine => Ok(()),
            (LoginIs::Linked { email: mine, .. }, Some(asked)) => Err(Error::forbidden(format!(
                "you are logged in to the database as {login}, which is linked to {mine}; it may not act as {asked}"
            ))
            .with_hint(format!(
                "drop `--as` and `ORGCTL_USER` (or run `orgctl login {mine}`) to act as {mine}; to act as other \
                 users, connect as a login the database owner linked with `orgctl db link ROLE --impersonate`"
            ))),
            (LoginIs::Unlinked, _) => Err(Error::forbidden(format!(
                "you are logged in to the database as {login}, which is not linked to any orgctl user"
            ))
            .with_hint(format!("the database owner must run `orgctl db link {login} EMAIL`"))),
        }
    }

    /// The email this login acts as when no `--as` is given, if it is linked to one.
    pub fn linked_email(&self) -> Option<&str> {
        match &self.is {
            LoginIs::Linked { email, .. } => Some(email),
            _ => None,
        }
    }
}

/// One row of the map, as `orgctl db links` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub role: String,
    /// The linked user's email; `None` for an impersonating login.
    pub user: Option<String>,
    pub impersonate: bool,
    /// The role that ran `db link`.
    pub linked_by: String,
    pub linked_at: i64,
}

/// What `db link` links a login to.
#[derive(Debug, Clone, Copy)]
pub enum LinkTo<'a> {
    User(&'a Email),
    /// The user, registered first with this name if the store lacks them
    /// (`db link ROLE EMAIL --register`).
    Register(&'a Email, &'a str),
    Impersonate,
}

/// What `db link` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    /// A new link.
    Created,
    /// The link was there; the login had lost `orgctl_app` and has it again.
    Regranted,
    /// The link and the grant were there already.
    Unchanged,
}

const LINKS: &str = "SELECT l.role, u.email, l.impersonate, l.linked_by, l.linked_at \
                     FROM logins l LEFT JOIN users u ON u.id = l.user_id";

fn link_of(r: &postgres::Row) -> Link {
    Link { role: r.get(0), user: r.get(1), impersonate: r.get(2), linked_by: r.get(3), linked_at: r.get(4) }
}

/// A connection as the database owner, in a transaction, with the schema
/// checked to be this orgctl's and the map writable by this connection.
fn owner_transaction<'c>(t: &Target, c: &'c mut postgres::Client, doing: &str) -> Result<postgres::Transaction<'c>> {
    let mut tx = c.transaction().map_err(|e| t.query_error(doing, &e))?;
    let version = super::read_version(&mut tx).map_err(|e| t.query_error(doing, &e))?;
    let latest = crate::store::latest_schema();
    match version {
        None => {
            return Err(Error::store(format!("{} holds no orgctl schema (it is not initialised)", t.shown()))
                .with_hint("run `orgctl init` with this `--db`, connected as the database owner"))
        }
        Some(v) if v > latest => return Err(super::newer(t, v)),
        Some(v) if v < latest => {
            return Err(Error::store(format!("{} holds orgctl schema {v}; this orgctl needs {latest}", t.shown()))
                .with_hint("run `orgctl init` with this `--db`, connected as the database owner, to migrate it"))
        }
        Some(_) => {}
    }
    let (user, may): (String, bool) = {
        let r = tx
            .query_one("SELECT current_user::text, has_table_privilege('public.logins', 'INSERT, DELETE')", &[])
            .map_err(|e| t.query_error(doing, &e))?;
        (r.get(0), r.get(1))
    };
    if !may {
        return Err(Error::store(format!(
            "{user} may not {doing} in {}: logins are linked by the database owner",
            t.shown()
        ))
        .with_hint("run it with `--db` connected as the database owner (the role that ran `orgctl init`)"));
    }
    Ok(tx)
}

/// `orgctl db link ROLE EMAIL` / `--impersonate`: maps the login role to the
/// user (or lets it impersonate) and grants it `orgctl_app`, in one
/// transaction. The role must exist and be an ordinary login; a role
/// linked to something else is a conflict (unlink it first).
pub fn link(t: &Target, role: &str, to: LinkTo, now: i64) -> Result<(Linked, Link)> {
    let doing = "link the login";
    let mut c = t.connect()?;
    let mut tx = owner_transaction(t, &mut c, doing)?;
    let q = |e: postgres::Error| t.query_error(doing, &e);
    tx.batch_execute("LOCK TABLE logins IN SHARE ROW EXCLUSIVE MODE").map_err(q)?;

    let Some(r) = tx
        .query_opt(
            "SELECT r.rolcanlogin, r.rolsuper OR r.rolbypassrls, \
                    pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = 'public.orgs'::regclass), 'USAGE'), \
                    pg_has_role(r.oid, $2, 'USAGE') \
             FROM pg_roles r WHERE r.rolname = $1",
            &[&role, &APP_ROLE],
        )
        .map_err(q)?
    else {
        return Err(Error::not_found(format!("the role {role} does not exist in {}", t.shown())).with_hint(format!(
            "create the login first (`CREATE ROLE {} LOGIN PASSWORD '...';` as a superuser or a role with CREATEROLE), \
             then run this again",
            quote_ident(role)
        )));
    };
    let (can_login, bypass, owner, granted): (bool, bool, bool, bool) = (r.get(0), r.get(1), r.get(2), r.get(3));
    if role == APP_ROLE {
        return Err(Error::usage(format!("{APP_ROLE} is the group role every orgctl login is granted, not a login"))
            .with_hint("link a login role: `orgctl db link ROLE EMAIL`"));
    }
    if bypass {
        return Err(Error::usage(format!(
            "the role {role} bypasses row-level security (a superuser or BYPASSRLS); orgctl does not run its commands as it"
        ))
        .with_hint("link an ordinary login: `CREATE ROLE NAME LOGIN PASSWORD '...'`, then `orgctl db link NAME EMAIL`"));
    }
    if owner {
        return Err(Error::usage(format!(
            "the role {role} owns the orgctl schema; orgctl runs its commands as a login that owns nothing"
        ))
        .with_hint(
            "link an ordinary login: `CREATE ROLE NAME LOGIN PASSWORD '...'`, then `orgctl db link NAME EMAIL`",
        ));
    }
    if !can_login {
        return Err(Error::usage(format!("the role {role} cannot log in (it is NOLOGIN)"))
            .with_hint(format!("let it log in first: `ALTER ROLE {} LOGIN;`", quote_ident(role))));
    }

    let user: Option<(i64, String)> = match to {
        LinkTo::Impersonate => None,
        LinkTo::User(email) | LinkTo::Register(email, _) => {
            let found = tx.query_opt("SELECT id, email FROM users WHERE email = $1", &[&email.as_str()]).map_err(q)?;
            match (found, &to) {
                (Some(r), _) => Some((r.get(0), r.get(1))),
                (None, LinkTo::Register(_, name)) => {
                    let r = tx
                        .query_one(
                            "INSERT INTO users (email, name, created_at) VALUES ($1, $2, $3) RETURNING id, email",
                            &[&email.as_str(), name, &now],
                        )
                        .map_err(q)?;
                    Some((r.get(0), r.get(1)))
                }
                (None, _) => {
                    return Err(Error::not_found(format!("user {email} does not exist")).with_hint(format!(
                        "register and link in one step: `orgctl db link {role} {email} --register --name NAME`"
                    )))
                }
            }
        }
    };
    let impersonate = user.is_none();
    let existing = tx.query_opt(&format!("{LINKS} WHERE l.role = $1"), &[&role]).map_err(q)?.map(|r| link_of(&r));
    let wanted_email = user.as_ref().map(|(_, e)| e.clone());
    let outcome = match existing {
        Some(l) if l.impersonate == impersonate && l.user == wanted_email => {
            if granted {
                return Ok((Linked::Unchanged, l));
            }
            grant(&mut tx, t, role)?;
            tx.commit().map_err(q)?;
            return Ok((Linked::Regranted, l));
        }
        Some(l) => {
            let now_is = match &l.user {
                Some(e) => format!("linked to {e}"),
                None => "linked to impersonate any user".to_string(),
            };
            return Err(Error::conflict(format!("the login {role} is already {now_is}"))
                .with_hint(format!("unlink it first with `orgctl db unlink {role}`, then link it again")));
        }
        None => Linked::Created,
    };
    let row = tx
        .query_one(
            "INSERT INTO logins (role, user_id, impersonate, linked_by, linked_at) \
             VALUES ($1, $2, $3, current_user, $4) RETURNING linked_by",
            &[&role, &user.as_ref().map(|(id, _)| *id), &impersonate, &now],
        )
        .map_err(q)?;
    let linked_by: String = row.get(0);
    if !granted {
        grant(&mut tx, t, role)?;
    }
    tx.commit().map_err(q)?;
    Ok((outcome, Link { role: role.to_string(), user: wanted_email, impersonate, linked_by, linked_at: now }))
}

fn grant(tx: &mut postgres::Transaction, t: &Target, role: &str) -> Result<()> {
    let sql = format!("GRANT {APP_ROLE} TO {}", quote_ident(role));
    tx.batch_execute(&sql).map_err(|e| {
        let base = t.query_error(&format!("grant {APP_ROLE} to {role}"), &e);
        if e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE) {
            base.with_hint(format!(
                "a superuser must run `{sql};` (or give the database owner `WITH ADMIN OPTION` on {APP_ROLE}), \
                 then run this again"
            ))
        } else {
            base
        }
    })
}

/// `orgctl db unlink ROLE`: removes the login's link; the link it had.
/// The login keeps `orgctl_app` (roles belong to the whole cluster, and it
/// may serve another orgctl database), but unlinked it reads and writes
/// nothing here.
pub fn unlink(t: &Target, role: &str) -> Result<Link> {
    let doing = "unlink the login";
    let mut c = t.connect()?;
    let mut tx = owner_transaction(t, &mut c, doing)?;
    let q = |e: postgres::Error| t.query_error(doing, &e);
    let gone = tx
        .query_opt(
            "WITH gone AS (DELETE FROM logins WHERE role = $1 \
                           RETURNING role, user_id, impersonate, linked_by, linked_at) \
             SELECT g.role, u.email, g.impersonate, g.linked_by, g.linked_at \
             FROM gone g LEFT JOIN users u ON u.id = g.user_id",
            &[&role],
        )
        .map_err(q)?;
    let Some(r) = gone else {
        return Err(Error::not_found(format!("the login {role} is not linked"))
            .with_hint("`orgctl db links` lists the linked logins"));
    };
    tx.commit().map_err(q)?;
    Ok(link_of(&r))
}

/// `orgctl db links`: every link, by role.
pub fn list(t: &Target) -> Result<Vec<Link>> {
    let doing = "list the logins";
    let mut c = t.connect()?;
    let mut tx = owner_transaction(t, &mut c, doing)?;
    let rows = tx.query(&format!("{LINKS} ORDER BY l.role"), &[]).map_err(|e| t.query_error(doing, &e))?;
    Ok(rows.iter().map(link_of).collect())
}

/// A role name as a quoted SQL identifier (`"name"`, inner quotes doubled),
/// for statements that cannot take it as a parameter (GRANT).
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn login(is: LoginIs) -> CurrentLogin {
        CurrentLogin { login: "alice".into(), is }
    }

    #[test]
    fn a_linked_login_acts_as_its_user_only() {
        let l = login(LoginIs::Linked { user_id: 7, email: "alice@x.io".into() });
        assert!(l.may_act_as(None).is_ok());
        assert!(l.may_act_as(Some("alice@x.io")).is_ok());
        let e = l.may_act_as(Some("bob@x.io")).unwrap_err();
        assert_eq!(e.kind.exit_code(), 4);
        assert!(e.message.contains("as alice, which is linked to alice@x.io"), "{}", e.message);
        assert!(e.message.contains("may not act as bob@x.io"), "{}", e.message);
        assert!(e.hint.unwrap_or_default().contains("orgctl db link ROLE --impersonate"));
        assert_eq!(l.linked_email(), Some("alice@x.io"));
    }

    #[test]
    fn an_impersonator_acts_as_anyone_and_an_unlinked_login_as_no_one() {
        let ci = login(LoginIs::Impersonator);
        assert!(ci.may_act_as(Some("bob@x.io")).is_ok());
        assert_eq!(ci.linked_email(), None);
        let nobody = login(LoginIs::Unlinked);
        for asked in [None, Some("alice@x.io")] {
            let e = nobody.may_act_as(asked).unwrap_err();
            assert_eq!(e.kind.exit_code(), 4);
            assert!(e.message.contains("not linked to any orgctl user"), "{}", e.message);
            assert_eq!(e.hint.as_deref(), Some("the database owner must run `orgctl db link alice EMAIL`"));
        }
    }

    #[test]
    fn role_names_are_quoted_for_grant() {
        assert_eq!(quote_ident("alice"), "\"alice\"");
        assert_eq!(quote_ident("a\"; DROP TABLE x; --"), "\"a\"\"; DROP TABLE x; --\"");
    }
}
