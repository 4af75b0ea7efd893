//! `chat create | list | show | delete`: private to their owner, inside one org.

use crate::error::{Error, Result};
use crate::model::{now, Name};
use crate::ops::audited::AuditAction;
use crate::ops::{audit_in, session, Change, Outcome, Who};
use crate::store::chats::{self, Chat};
use crate::store::Store;

pub fn missing(id: i64, org: &str) -> Error {
    Error::not_found(format!("chat {id} does not exist in {org}")).with_hint("see your chats with `orgctl chat list`")
}

pub fn create(store: &mut Store, who: &Who, title: &Name) -> Result<Change<Chat>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        let chat = chats::insert(tx, s.org.id, s.actor.id, title.as_str(), now())?;
        // The title is the owner's business: the audit entry names only the id.
        audit_in(tx, &s, AuditAction::ChatCreate, &chat.id.to_string(), "")?;
        Ok(Change::new(Outcome::Created, Some(s.slug()), chat))
    })
}

pub fn list(store: &mut Store, who: &Who) -> Result<Vec<Chat>> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        chats::list(tx, s.org.id, s.actor.id)
    })
}

pub fn show(store: &mut Store, who: &Who, id: i64) -> Result<Chat> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        chats::find(tx, s.org.id, s.actor.id, id)?.ok_or_else(|| missing(id, s.slug()))
    })
}

/// Deletes one of your chats; `dry_run` checks it and rolls back.
pub fn delete(store: &mut Store, who: &Who, id: i64, dry_run: bool) -> Result<Change<Chat>> {
    store.write_then(!dry_run, |tx| {
        let s = session::in_org(tx, who)?;
        let chat = chats::find(tx, s.org.id, s.actor.id, id)?.ok_or_else(|| missing(id, s.slug()))?;
        chats::delete(tx, s.org.id, s.actor.id, id)?;
        audit_in(tx, &s, AuditAction::ChatDelete, &id.to_string(), "")?;
        Ok(Change::new(Outcome::Deleted, Some(s.slug()), chat).dry(dry_run))
    })
}
