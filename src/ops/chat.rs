//! `chat create | list | show | delete`: private to their owner, inside one org.

use crate::error::Result;
use crate::model::audit::AuditAction;
use crate::model::{now, Name};
use crate::ops::scope::{read_as, write_as, Audited, write_on, ChatNumbered};
use crate::ops::{Change, Outcome, Who};
use crate::policy::Action;
use crate::store::chats::{self, Chat};
use crate::store::Store;

// A chat belongs to its owner: any member may keep chats (`view-org`), and
// every query below names the owner.

pub fn create(store: &mut Store, who: &Who, title: &Name) -> Result<Change<Chat>> {
    write_as(store, who, Action::ViewOrg, |tx, scope| {
        let chat = chats::insert(tx, scope.org_id(), scope.actor().id, title.as_str(), now())?;
        // The title is the owner's business: the audit entry names only the id.
        let id = chat.id.to_string();
        Ok(Audited::changed(Outcome::Created, chat, AuditAction::ChatCreate, &id, ""))
    })
}

pub fn list(store: &mut Store, who: &Who) -> Result<Vec<Chat>> {
    read_as(store, who, Action::ViewOrg, |tx, scope| chats::list(tx, scope.org_id(), scope.actor().id))
}

pub fn show(store: &mut Store, who: &Who, id: i64) -> Result<Chat> {
    read_as(store, who, Action::ViewOrg, |tx, scope| scope.chat(tx, id, Action::View))
}

/// Deletes one of your chats; `dry_run` checks it and rolls back.
pub fn delete(store: &mut Store, who: &Who, id: i64, dry_run: bool) -> Result<Change<Chat>> {
    let change = write_on(store, who, ChatNumbered(id), &[Action::Delete], !dry_run, |tx, scope, chat| {
        chats::delete(tx, scope.org_id(), scope.actor().id, id)?;
        Ok(Audited::changed(Outcome::Deleted, chat, AuditAction::ChatDelete, &id.to_string(), ""))
    })?;
    Ok(change.dry(dry_run))
}
