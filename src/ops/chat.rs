//! `chat create | list | show | delete`: private to their owner, inside one org.

use crate::error::Result;
use crate::model::audit::AuditAction;
use crate::model::{now, Name};
use crate::ops::scope::{read_as, read_on, write_as, write_on, Audited, ChatNumbered};
use crate::ops::{Change, Outcome, Who};
use crate::policy::Action;
use crate::ops::views::ChatView;
use crate::store::chats;
use crate::store::Store;

// A chat belongs to its owner: any member may keep chats (`view-org`), and
// every query below names the owner.

pub fn create(store: &mut Store, who: &Who, title: &Name) -> Result<Change<ChatView>> {
    write_as(store, who, Action::ViewOrg, |tx, scope| {
        let chat = chats::insert(tx, scope.org_id(), scope.actor().id, title.as_str(), now())?;
        // The title is the owner's business: the audit entry names only the id.
        let id = chat.id.to_string();
        Ok(Audited::changed(Outcome::Created, chat.into(), AuditAction::ChatCreate, &id, ""))
    })
}

pub fn list(store: &mut Store, who: &Who) -> Result<Vec<ChatView>> {
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        Ok(chats::list(tx, scope.org_id(), scope.actor().id)?.into_iter().map(Into::into).collect())
    })
}

pub fn show(store: &mut Store, who: &Who, id: i64) -> Result<ChatView> {
    read_on(store, who, ChatNumbered(id), Action::View, |_, _, chat| Ok(chat.into()))
}

/// Deletes one of your chats; `dry_run` checks it and rolls back.
pub fn delete(store: &mut Store, who: &Who, id: i64, dry_run: bool) -> Result<Change<ChatView>> {
    let change = write_on(store, who, ChatNumbered(id), &[Action::Delete], !dry_run, |tx, scope, chat| {
        chats::delete(tx, scope.org_id(), scope.actor().id, id)?;
        Ok(Audited::changed(Outcome::Deleted, chat.into(), AuditAction::ChatDelete, &id.to_string(), ""))
    })?;
    Ok(change.dry(dry_run))
}
