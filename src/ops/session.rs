//! Who is acting, and in which org: resolved and checked inside the command's transaction.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::model::security::Rules;
use crate::model::{Email, Role, Slug};
use crate::store::orgs::Org;
use crate::store::users::User;
use crate::store::{members, orgs, users};

/// Where a setting came from; a flag beats the environment, which beats the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Flag,
    Env,
    File,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The identity a command runs as, before it is checked against the store.
#[derive(Debug, Clone, Default)]
pub struct Who {
    pub user: Option<Sourced<Email>>,
    pub org: Option<Sourced<Slug>>,
}

/// A checked identity inside an org.
#[derive(Debug, Clone)]
pub struct Session {
    pub actor: User,
    pub org: Org,
    /// `None` only for sessions opened with [`org_of`] on an org the actor is not in.
    pub role: Option<Role>,
    /// The org's security settings that bound what members may do.
    pub rules: Rules,
}

impl Session {
    pub fn slug(&self) -> &str {
        &self.org.slug
    }
}

/// The acting user's email, which must be set (exit 4 with how to set it otherwise).
pub fn user_email(who: &Who) -> Result<&Sourced<Email>> {
    who.user.as_ref().ok_or_else(|| {
        Error::forbidden("no current user").with_hint(
            "run `orgctl login EMAIL` (or pass `--as EMAIL`); new here? `orgctl user add EMAIL --name NAME` first",
        )
    })
}

/// The acting user, who must exist.
pub fn actor(c: &Connection, who: &Who) -> Result<User> {
    let user = user_email(who)?;
    match users::find(c, &user.value)? {
        Some(u) => Ok(u),
        None if user.source == Source::File => {
            Err(Error::forbidden(format!("the context is stale: its user {} does not exist in this store", user.value))
                .with_hint("run `orgctl login EMAIL` with an existing user, or `orgctl logout`"))
        }
        None => Err(Error::not_found(format!("user {} does not exist", user.value))
            .with_hint(format!("register it with `orgctl user add {}`", user.value))),
    }
}

/// The acting user in the current org, who must be a member of it.
pub fn in_org(c: &Connection, who: &Who) -> Result<Session> {
    let actor = actor(c, who)?;
    let Some(org) = &who.org else {
        return Err(Error::forbidden("no current org")
            .with_hint("run `orgctl org switch SLUG` (see `orgctl org list`), or pass `--org SLUG`"));
    };
    let user_from_file = who.user.as_ref().is_some_and(|u| u.source == Source::File);
    in_named(c, actor, &org.value, Origin { org_from_file: org.source == Source::File, user_from_file })
}

/// Where the org of a session was named, and the user: together they tell a
/// stale context file from a wrong flag.
#[derive(Clone, Copy)]
struct Origin {
    org_from_file: bool,
    user_from_file: bool,
}

/// The acting user in the org named on the command line (as with
/// `org show SLUG`), or in the current org when none is named.
pub fn in_org_or(c: &Connection, who: &Who, slug: Option<&Slug>) -> Result<Session> {
    match slug {
        Some(slug) => in_named(c, actor(c, who)?, slug, Origin { org_from_file: false, user_from_file: false }),
        None => in_org(c, who),
    }
}

/// The repair for a context whose org is gone or no longer yours; `org
/// list` may well be empty, so it names the other ways out too.
const STALE_ORG_HINT: &str =
    "run `orgctl org switch SLUG` with one of `orgctl org list` (or `orgctl org create SLUG`, or `orgctl logout`)";

fn in_named(c: &Connection, actor: User, slug: &Slug, origin: Origin) -> Result<Session> {
    let Some(org) = orgs::find(c, slug)? else {
        return Err(if origin.org_from_file {
            Error::forbidden(format!("the context is stale: its org {slug} no longer exists")).with_hint(STALE_ORG_HINT)
        } else {
            Error::not_found(format!("org {slug} does not exist")).with_hint("see your orgs with `orgctl org list`")
        });
    };
    match members::role(c, org.id, actor.id)? {
        Some(role) => {
            let rules = crate::ops::security::rules(c, org.id)?;
            Ok(Session { actor, org, role: Some(role), rules })
        }
        // The file named both and they no longer fit: the file is stale.
        None if origin.org_from_file && origin.user_from_file => {
            Err(Error::forbidden(format!("the context is stale: {} is no longer a member of {slug}", actor.email))
                .with_hint(STALE_ORG_HINT))
        }
        // Another user (`--as`) in the file's org: the file is fine, the pair is not.
        None if origin.org_from_file => Err(Error::forbidden(format!(
            "{} is not a member of {slug} (the current org of the context file)",
            actor.email
        ))
        .with_hint(format!("pass `--org SLUG` with one of `orgctl --as {} org list`", actor.email))),
        None => Err(Error::forbidden(format!("{} is not a member of {slug}", actor.email))
            .with_hint("ask an admin of the org for an invite, or see your orgs with `orgctl org list`")),
    }
}

/// The acting user and the org, whether or not the user is a member
/// (`can-i` answers "no" for non-members instead of failing).
pub fn org_of(c: &Connection, who: &Who) -> Result<Session> {
    let actor = actor(c, who)?;
    let Some(org) = &who.org else {
        return in_org(c, who);
    };
    let Some(found) = orgs::find(c, &org.value)? else {
        return in_org(c, who);
    };
    let role = members::role(c, found.id, actor.id)?;
    let from_file = org.source == Source::File && who.user.as_ref().is_some_and(|u| u.source == Source::File);
    if role.is_none() && from_file {
        return in_org(c, who);
    }
    let rules = crate::ops::security::rules(c, found.id)?;
    Ok(Session { actor, org: found, role, rules })
}
