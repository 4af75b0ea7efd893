//! `member list | add | remove | set-role`, and the last-admin rule they share with `org leave`.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{now, Email, Role, Slug};
use crate::ops::{audit_in, require, session, Change, Outcome, Session, Who};
use crate::policy::Action;
use crate::store::members::{self, Member};
use crate::store::users::User;
use crate::store::{dashboards, teams, users, Store};

/// A membership that ended, with what went with it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Removed {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub joined_at: String,
    /// Teams the user was removed from.
    pub teams: Vec<String>,
    /// Dashboards on which the user's direct grant was dropped.
    pub grants: Vec<String>,
    /// Connectors on which the user's direct grant to use them was dropped.
    pub connector_grants: Vec<String>,
}

/// Streams the members of the current org (any member may list).
pub fn list(
    store: &mut Store,
    who: &Who,
    role: Option<Role>,
    team: Option<&Slug>,
    each: &mut dyn FnMut(Member) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ViewOrg)?;
        let team_id = match team {
            Some(slug) => Some(crate::ops::team::find(tx, &s, slug)?.id),
            None => None,
        };
        members::for_each(tx, s.org.id, role, team_id, each)
    })
}

/// Looks up a user who must exist (exit 3 otherwise).
pub fn existing_user(c: &Connection, email: &Email) -> Result<User> {
    users::find(c, email)?.ok_or_else(|| {
        Error::not_found(format!("user {email} does not exist")).with_hint(format!(
            "register it with `orgctl user add {email}`, or send an invite with `orgctl invite create {email}`"
        ))
    })
}

/// Looks up a member of the session's org (exit 3 otherwise).
pub fn existing_member(c: &Connection, s: &Session, email: &Email) -> Result<(User, Role)> {
    let not_member =
        || Error::not_found(format!("{email} is not a member of {}", s.slug())).with_hint("see `orgctl member list`");
    let user = users::find(c, email)?.ok_or_else(not_member)?;
    let role = members::role(c, s.org.id, user.id)?.ok_or_else(not_member)?;
    Ok((user, role))
}

fn member_view(c: &Connection, s: &Session, user_id: i64) -> Result<Member> {
    members::get(c, s.org.id, user_id)?.ok_or_else(|| Error::internal("member vanished inside its transaction"))
}

/// Adds an existing user to the current org; the same role again is unchanged.
pub fn add(store: &mut Store, who: &Who, email: &Email, role: Role) -> Result<Change<Member>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageMembers)?;
        let user = existing_user(tx, email)?;
        match members::role(tx, s.org.id, user.id)? {
            Some(r) if r == role => Ok(Change::new(Outcome::Unchanged, Some(s.slug()), member_view(tx, &s, user.id)?)),
            Some(r) => Err(Error::conflict(format!("{email} is already a member of {} as {r}", s.slug()))
                .with_hint(format!("to change the role, run `orgctl member set-role {email} {role}`"))),
            None => {
                crate::ops::security::check_joining(tx, &s.org, email.as_str())?;
                members::insert(tx, s.org.id, user.id, role, now())?;
                audit_in(tx, &s, "member.add", email.as_str(), &format!("role={role}"))?;
                Ok(Change::new(Outcome::Created, Some(s.slug()), member_view(tx, &s, user.id)?))
            }
        }
    })
}

/// Refuses a change that would leave the org without an admin.
pub fn keep_an_admin(c: &Connection, s: &Session, email: &str, doing: &str) -> Result<()> {
    if members::count_admins(c, s.org.id)? <= 1 {
        return Err(Error::conflict(format!("{email} is the last admin of {}; cannot {doing}", s.slug()))
            .with_hint("promote someone first with `orgctl member set-role EMAIL admin`"));
    }
    Ok(())
}

/// Ends a membership inside an open transaction: checks the last-admin rule,
/// records what goes with it (teams, direct grants), deletes, audits.
pub fn remove_in(c: &Connection, s: &Session, user_id: i64, action: &str) -> Result<Removed> {
    let m = member_view(c, s, user_id)?;
    if m.role == Role::Admin {
        let doing = if action == "org.leave" { "leave" } else { "remove them" };
        keep_an_admin(c, s, &m.email, doing)?;
    }
    let grants = dashboards::direct_grants_of(c, s.org.id, user_id)?;
    let connector_grants = crate::store::connector_grants::direct_grants_of(c, s.org.id, user_id)?;
    let team_slugs = teams::of_member(c, s.org.id, user_id)?;
    members::delete(c, s.org.id, user_id)?;
    let mut details = format!("role={}", m.role);
    if !team_slugs.is_empty() {
        details.push_str(&format!(" teams={}", team_slugs.join(",")));
    }
    if !grants.is_empty() {
        details.push_str(&format!(" grants={}", grants.join(",")));
    }
    if !connector_grants.is_empty() {
        details.push_str(&format!(" connector_grants={}", connector_grants.join(",")));
    }
    audit_in(c, s, action, &m.email, &details)?;
    Ok(Removed {
        email: m.email,
        name: m.name,
        role: m.role,
        joined_at: m.joined_at,
        teams: team_slugs,
        grants,
        connector_grants,
    })
}

/// Checks, before a confirmation prompt, that the acting user may remove
/// `email` and that it is a member (the removal checks again in its transaction).
pub fn precheck_remove(store: &mut Store, who: &Who, email: &Email) -> Result<()> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageMembers)?;
        existing_member(tx, &s, email).map(|_| ())
    })
}

/// Removes a member from the current org (admins).
pub fn remove(store: &mut Store, who: &Who, email: &Email) -> Result<Change<Removed>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageMembers)?;
        let (user, _) = existing_member(tx, &s, email)?;
        let removed = remove_in(tx, &s, user.id, "member.remove")?;
        Ok(Change::new(Outcome::Deleted, Some(s.slug()), removed))
    })
}

/// Changes a member's role (admins); demoting the last admin is refused.
pub fn set_role(store: &mut Store, who: &Who, email: &Email, role: Role) -> Result<Change<Member>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageMembers)?;
        let (user, current) = existing_member(tx, &s, email)?;
        if current == role {
            return Ok(Change::new(Outcome::Unchanged, Some(s.slug()), member_view(tx, &s, user.id)?));
        }
        if current == Role::Admin {
            keep_an_admin(tx, &s, email.as_str(), "demote them")?;
        }
        members::set_role(tx, s.org.id, user.id, role)?;
        audit_in(tx, &s, "member.set_role", email.as_str(), &format!("role={current}->{role}"))?;
        Ok(Change::new(Outcome::Updated, Some(s.slug()), member_view(tx, &s, user.id)?))
    })
}
