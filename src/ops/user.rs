//! `user add | show | edit`.

use crate::ops::scope::{read_personal, read_store};
use crate::ops::scope::Permit;
use crate::error::{Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{Email, Name};
use crate::ops::scope::{write_personal, Audited};
use crate::ops::{session, Change, Outcome, Who};
use crate::ops::views::UserView;
use crate::store::users::{self, User};
use crate::store::Store;

/// Registers a user; the same email with the same (or no) name again is unchanged.
pub fn add(store: &mut Store, who: &Who, email: &Email, name: Option<&Name>) -> Result<Change<UserView>> {
    let added = write_personal(store, who, |tx| {
        if let Some(existing) = users::find(tx, email)? {
            return match name {
                Some(n) if n.as_str() != existing.name => {
                    Err(Refusal::UserExists { email: email.to_string() }.into())
                }
                _ => Ok((None, Audited::unchanged(existing))),
            };
        }
        // The acting user, if any, is recorded as given: registering needs no login.
        Ok((None, register_in(tx, email, name)?))
    })?;
    Ok(added.map(Into::into))
}

/// Registers a new user (the core of `user add` and of `apply`), named
/// `name` or else after the part of the email before `@`.
pub fn register_in(c: &Permit, email: &Email, name: Option<&Name>) -> Result<Audited<User>> {
    let name = name_for(email, name)?;
    let user = users::insert(c, email, &name, crate::model::now())?;
    Ok(registered(user))
}

/// The name a new user gets: the one given, or their email's local part.
pub fn name_for(email: &Email, name: Option<&Name>) -> Result<Name> {
    match name {
        Some(n) => Ok(n.clone()),
        None => Name::parse(email.as_str().split('@').next().unwrap_or(email.as_str())),
    }
}

/// What [`register_in`] records of a user it wrote (`apply` writes the new
/// users of its file together).
pub fn registered(user: User) -> Audited<User> {
    let (email, details) = (user.email.clone(), format!("name={}", user.name));
    Audited::changed(Outcome::Created, user, AuditAction::UserAdd, &email, &details)
}

/// Yourself, or a user who shares an org with you; anyone else is not found.
pub fn show(store: &mut Store, who: &Who, email: Option<&Email>) -> Result<UserView> {
    read_personal(store, who, |tx, me| {
        let Some(email) = email else { return Ok(me.clone().into()) };
        match users::find(tx, email)? {
            Some(u) if u.id == me.id || users::share_an_org(tx, me.id, u.id)? => Ok(u.into()),
            _ => Err(Refusal::UserNotVisible { email: email.to_string() }.into()),
        }
    })
}

/// Changes your own display name.
pub fn edit(store: &mut Store, who: &Who, name: &Name) -> Result<Change<UserView>> {
    let renamed = write_personal(store, who, |tx| Ok((None, rename_in(tx, session::actor(tx, who)?, name)?)))?;
    Ok(renamed.map(Into::into))
}

/// Renames the acting user (the core of `user edit` and of `apply`); the
/// same name is unchanged.
pub fn rename_in(c: &Permit, mut me: User, name: &Name) -> Result<Audited<User>> {
    if me.name == name.as_str() {
        return Ok(Audited::unchanged(me));
    }
    users::set_name(c, me.id, name)?;
    let diff = crate::ops::Diff::new().field("name", Some(&me.name), Some(name.as_str()));
    me.name = name.to_string();
    let email = me.email.clone();
    Ok(Audited::changed(Outcome::Updated, me, AuditAction::UserEdit, &email, &diff.text()))
}

/// The acting user and, when an org is current, their session in it (for
/// `whoami`); the org's session fails as any command there would.
pub fn identify(store: &mut Store, who: &Who) -> Result<(User, Option<crate::ops::Session>)> {
    match &who.org {
        Some(_) => read_store(store, |tx| session::in_org(tx, who)).map(|s| (s.actor().clone(), Some(s))),
        None => read_store(store, |tx| session::actor(tx, who)).map(|u| (u, None)),
    }
}

/// The display name of `email`, if such a user exists (for a stale context's `whoami`).
pub fn name_of(store: &mut Store, email: &Email) -> Result<Option<String>> {
    read_store(store, |tx| Ok(users::find(tx, email)?.map(|u| u.name)))
}

/// The user the PostgreSQL login is linked to, if any.
pub fn linked_to_login(store: &mut Store) -> Result<Option<String>> {
    read_store(store, |tx| Ok(tx.login().and_then(|l| l.linked_email()).map(str::to_string)))
}
