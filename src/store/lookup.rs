//! Lookups in the session's org that several use cases share: a member by
//! email, a team by slug, each "not found" (exit 3) worded once. A leaf:
//! it uses the store and the session, and no other use case.

use crate::error::{Error, Refusal, Result, Thing};
use crate::model::{now, Email, InviteRef, InviteState, Role, Slug};
use super::invites::Invite;
use super::session::Session;
use super::teams::{self, Team};
use super::users::{self, User};
use super::{invites, members, Tx};

/// Looks up a member of the session's org (exit 3 otherwise). Someone who
/// only has a pending invite is told apart, with the command that revokes
/// it, to admins only (who see invites anyway): a member must not learn
/// from a refusal who is invited, nor an invite's id.
pub fn existing_member(c: &Tx, s: &Session, email: &Email) -> Result<(User, Role)> {
    let found = match users::find(c, email)? {
        Some(user) => members::role(c, s.org().id, user.id)?.map(|role| (user, role)),
        None => None,
    };
    match found {
        Some(pair) => Ok(pair),
        None => Err(not_a_member(c, s, email)?),
    }
}

fn not_a_member(c: &Tx, s: &Session, email: &Email) -> Result<Error> {
    let pending_invite = match s.role() {
        Some(Role::Admin) => invites::latest_open_for(c, s.org().id, email.as_str())?.map(|i| i.number),
        _ => None,
    };
    let (email, org) = (email.to_string(), s.slug().to_string());
    Ok(Refusal::NotAMember { email, org, pending_invite, listable: true }.into())
}

/// Looks up a team of the session's org (exit 3 otherwise).
pub fn team(c: &Tx, s: &Session, slug: &Slug) -> Result<Team> {
    teams::find(c, s.org().id, slug)?.ok_or_else(|| no_such_team(s, slug))
}

/// A team that does not exist, or that the user may not see (a guest not in it).
pub fn no_such_team(s: &Session, slug: &Slug) -> Error {
    Refusal::Missing { thing: Thing::Team, name: slug.to_string(), org: s.slug().to_string() }.into()
}

/// Guests see what is shared with them, not who else may see it: `dashboard
/// access` and `connector access` (which list the org's members) are refused.
pub fn refuse_guest_review(s: &super::session::Session) -> crate::error::Result<()> {
    if !s.sees(crate::policy::Sight::OthersAccess) {
        return Err(Refusal::GuestReview { email: s.actor().email.clone(), org: s.slug().to_string() }.into());
    }
    Ok(())
}

/// Looks up an invite of the session's org by the id users see (exit 3 otherwise).
pub fn invite_numbered(c: &Tx, s: &Session, id: i64) -> Result<Invite> {
    invites::find(c, s.org().id, id)?.ok_or_else(|| {
        Error::from(Refusal::Missing { thing: Thing::Invite, name: id.to_string(), org: s.slug().to_string() })
    })
}

/// The invite an id or email names: for an email, its newest open (pending
/// or expired) invite, else its newest revoked one (so revoking twice is
/// `unchanged`).
pub fn invite(c: &Tx, s: &Session, r: &InviteRef) -> Result<Invite> {
    match r {
        InviteRef::Id(id) => invite_numbered(c, s, *id),
        InviteRef::Email(email) => {
            if let Some(i) = invites::latest_open_for(c, s.org().id, email.as_str())? {
                return Ok(i);
            }
            let revoked = invites::list(c, s.org().id, Some(InviteState::Revoked), now())?
                .into_iter()
                .rfind(|i| i.email == email.as_str());
            revoked.ok_or_else(|| {
                Error::from(Refusal::NoPendingInvite { email: email.to_string(), org: s.slug().to_string() })
            })
        }
    }
}
