//! `user add | show | edit`.

use crate::error::{Error, Result};
use crate::model::{Email, Name};
use crate::ops::audited::AuditAction;
use crate::ops::{audit, session, Change, Outcome, Who};
use crate::store::users::{self, User};
use crate::store::Store;

/// Registers a user; the same email with the same (or no) name again is unchanged.
pub fn add(store: &mut Store, who: &Who, email: &Email, name: Option<&Name>) -> Result<Change<User>> {
    store.write(|tx| {
        if let Some(existing) = users::find(tx, email)? {
            return match name {
                Some(n) if n.as_str() != existing.name => {
                    Err(Error::conflict(format!("user {email} already exists, with another name"))
                        .with_hint(format!("to rename it, run `orgctl --as {email} user edit --name NAME`")))
                }
                _ => Ok(Change::new(Outcome::Unchanged, None, existing)),
            };
        }
        let default_name;
        let name = match name {
            Some(n) => n,
            None => {
                let local = email.as_str().split('@').next().unwrap_or(email.as_str());
                default_name = Name::parse(local)?;
                &default_name
            }
        };
        let user = users::insert(tx, email, name, crate::model::now())?;
        // The acting user, if any, is recorded as given: registering needs no login.
        let actor = match &who.user {
            Some(u) => users::find(tx, &u.value)?,
            None => None,
        };
        audit(
            tx,
            actor.as_ref(),
            who.user_source(),
            None,
            AuditAction::UserAdd,
            email.as_str(),
            &format!("name={}", name),
        )?;
        Ok(Change::new(Outcome::Created, None, user))
    })
}

/// Yourself, or a user who shares an org with you; anyone else is not found.
pub fn show(store: &mut Store, who: &Who, email: Option<&Email>) -> Result<User> {
    store.read(|tx| {
        let me = session::actor(tx, who)?;
        let Some(email) = email else { return Ok(me) };
        match users::find(tx, email)? {
            Some(u) if u.id == me.id || users::share_an_org(tx, me.id, u.id)? => Ok(u),
            _ => Err(Error::not_found(format!("user {email} does not exist or shares no org with you"))),
        }
    })
}

/// Changes your own display name.
pub fn edit(store: &mut Store, who: &Who, name: &Name) -> Result<Change<User>> {
    store.write(|tx| {
        let mut me = session::actor(tx, who)?;
        if me.name == name.as_str() {
            return Ok(Change::new(Outcome::Unchanged, None, me));
        }
        users::set_name(tx, me.id, name)?;
        let diff = crate::ops::Diff::new().field("name", Some(&me.name), Some(name.as_str()));
        audit(tx, Some(&me), who.user_source(), None, AuditAction::UserEdit, &me.email, &diff.text())?;
        me.name = name.to_string();
        Ok(Change::new(Outcome::Updated, None, me))
    })
}
