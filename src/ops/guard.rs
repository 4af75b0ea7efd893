//! The rules a change must keep whichever verb makes it: the last admin
//! stays, and a row a directory sync manages changes only there (or with
//! `--force`). A leaf: the verbs, `sync` and `apply` share it.

use crate::error::{Refusal, Result};
use crate::ops::Session;
use crate::store::{members, Tx, UserId};

/// Refuses a change that would leave the org without an active admin, or
/// without an admin whose admin role does not end (`user_id` is the member
/// about to lose theirs).
pub fn keep_an_admin(c: &Tx, s: &Session, email: &str, doing: &str) -> Result<()> {
    if members::count_admins(c, s.org().id)? <= 1 {
        let (email, org, doing) = (email.to_string(), s.slug().to_string(), doing.to_string());
        return Err(Refusal::LastAdmin { email, org, doing }.into());
    }
    Ok(())
}

/// Refuses a change after which no admin of the org would hold an admin
/// role that does not end (`except`: the member whose role is changing).
pub fn keep_a_permanent_admin(c: &Tx, s: &Session, except: UserId, email: &str, doing: &str) -> Result<()> {
    if members::count_permanent_admins(c, s.org().id, Some(except))? == 0 {
        let (email, org, doing) = (email.to_string(), s.slug().to_string(), doing.to_string());
        return Err(Refusal::LastPermanentAdmin { email, org, doing }.into());
    }
    Ok(())
}

/// Refuses (exit 5) a manual change to a row a directory sync manages,
/// unless `force`: `what` names the row (`bob@x.test`, `bob@x.test's
/// membership of team eng`).
pub fn refuse_managed(managed_by: Option<String>, what: &str, force: bool) -> Result<()> {
    match managed_by {
        Some(source) if !force => Err(Refusal::ManagedBySync { what: what.to_string(), source }.into()),
        _ => Ok(()),
    }
}

