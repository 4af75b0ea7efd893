//! `invite create | list | revoke | resend | accept | decline`.
//!
//! A token is 256 bits from the OS random source, shown once and stored only
//! as its SHA-256 hash; looking an invite up by that hash means no token is
//! ever compared byte by byte against a secret.

use crate::ops::scope::Permit;
use crate::store::TeamId;
use base64::Engine;
use serde::Serialize;
use sha2::Digest;

use crate::error::{Error, Invalid, Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{now, rfc3339, Duration, Email, InviteState, Role, Slug};
use crate::ops::scope::{
    read_as, write_as_delivering, write_on, write_into, write_personal, Audited, InviteNamed, OrMissing, Scope,
};
use crate::ops::{session, Change, Outcome, Who};
use crate::policy::Action;
use crate::store::invites::{self, Invite};
use crate::store::orgs::Org;
use crate::store::{members, users, Store, Tx};

/// The longest expiry an invite may ever be given (an org's
/// `invite-max-lifetime` may set a shorter one).
pub const MAX_EXPIRY: i64 = crate::model::security::MAX_INVITE_LIFETIME;

/// An invite as shown; `token` only right after `create` and `resend`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct InviteView {
    pub id: i64,
    pub org: String,
    pub email: String,
    pub role: Role,
    pub teams: Vec<String>,
    pub state: InviteState,
    pub created_at: String,
    pub expires_at: String,
    /// The email of the admin who sent it (`None` when unknown).
    pub invited_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

pub use crate::model::InviteRef;

/// 256 random bits as URL-safe base64, drawn again when the text would start
/// with `-`: `orgctl invite accept -X…` would read such a token as a flag.
/// (One draw in 64 is redrawn, so a token still carries over 255 bits.)
fn new_token() -> Result<String> {
    loop {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| Error::internal(format!("no randomness from the OS: {e}")))?;
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        if !token.starts_with('-') {
            return Ok(token);
        }
    }
}

fn hash(token: &str) -> Vec<u8> {
    sha2::Sha256::digest(token.trim().as_bytes()).to_vec()
}

fn view(c: &Tx, org: &str, i: &Invite, token: Option<String>) -> Result<InviteView> {
    Ok(InviteView {
        id: i.number,
        org: org.to_string(),
        email: i.email.clone(),
        role: i.role,
        teams: invites::teams(c, i.id)?.into_iter().map(|(_, slug)| slug).collect(),
        state: i.state_at(now()),
        created_at: rfc3339(i.created_at),
        expires_at: rfc3339(i.expires_at),
        invited_by: invites::inviter_email(c, i.id)?,
        token,
    })
}

/// The lifetime of a new or renewed invite: 7 days unless `d` says otherwise, at most 365 days.
pub fn expiry(d: Option<Duration>) -> Result<i64> {
    let secs = d.map_or(crate::ops::security::DEFAULT_EXPIRY, |d| d.seconds);
    if secs > MAX_EXPIRY {
        return Err(Invalid::InviteOverAYear.into());
    }
    Ok(secs)
}

/// Creates one invite per email, all or none. An email that already has a
/// pending invite with the same role and teams is `unchanged` (no new token:
/// `invite resend` makes one); with another role or teams it is a conflict.
/// `deliver` shows the invites (their tokens) before the commit: if it
/// fails, no invite is made whose token nobody saw.
pub fn create(
    store: &mut Store,
    who: &Who,
    emails: &[Email],
    role: Role,
    team_slugs: &[Slug],
    expires: Option<Duration>,
    mut deliver: impl FnMut(&[Change<InviteView>]) -> Result<()>,
) -> Result<Vec<Change<InviteView>>> {
    expiry(expires)?;
    let split = |change: &Change<Vec<(Outcome, InviteView)>>| -> Vec<Change<InviteView>> {
        let org = change.org.as_deref();
        change.item.iter().map(|(outcome, item)| Change::new(*outcome, org, item.clone())).collect()
    };
    let deliver_all = |change: &Change<Vec<(Outcome, InviteView)>>| deliver(&split(change));
    let change = write_as_delivering(store, who, Action::Invite, |tx, scope| {
        let s = scope.session();
        let secs = crate::ops::security::invite_lifetime(tx, s.org(), expires)?;
        let team_ids =
            team_slugs.iter().map(|t| crate::ops::lookup::team(tx, s, t).map(|t| t.id)).collect::<Result<Vec<_>>>()?;
        let mut seen = std::collections::BTreeSet::new();
        let (mut out, mut steps) = (Vec::new(), Vec::new());
        for email in emails.iter().filter(|e| seen.insert(e.as_str().to_string())) {
            let done = invite_one(tx, scope, email, role, &team_ids, now(), secs)?;
            let outcome = done.outcome();
            let (item, step) = done.into_steps();
            out.push((outcome, item));
            steps.extend(step);
        }
        Ok(Audited::of_steps(Outcome::Created, out, steps))
    }, deliver_all)?;
    Ok(split(&change))
}

/// Invites `email` as `role` into `team_ids` unless the same invite is
/// already pending (unchanged): the core of `invite create` and of `apply`.
/// A pending invite that differs in role or teams, or an invitee who is
/// already a member, is a conflict (exit 5). Sent at `at` and valid for
/// `secs` from then (`apply` sends every invite at its run's one time, so
/// that an exported absolute expiry applies back to the second).
pub fn invite_one(
    c: &Permit,
    scope: &Scope,
    email: &Email,
    role: Role,
    team_ids: &[TeamId],
    at: i64,
    secs: i64,
) -> Result<Audited<InviteView>> {
    let s = scope.session();
    let pending = invites::pending_for(c, s.org().id, email.as_str(), at)?;
    if let Some(p) = &pending {
        let mut teams: Vec<TeamId> = invites::teams(c, p.id)?.into_iter().map(|(id, _)| id).collect();
        teams.sort_unstable();
        let mut wanted = team_ids.to_vec();
        wanted.sort_unstable();
        wanted.dedup();
        if p.role == role && teams == wanted {
            return Ok(Audited::unchanged(view(c, s.slug(), p, None)?));
        }
    }
    if let Some(u) = users::find(c, email)? {
        if members::role(c, s.org().id, u.id)?.is_some() {
            return Err(Refusal::AlreadyMember { email: email.to_string(), org: s.slug().to_string() }.into());
        }
    }
    crate::ops::security::check_joining_as(c, s.org(), email.as_str(), role)?;
    let t = at;
    if let Some(p) = pending {
        return Err(Refusal::InviteDiffers { email: email.to_string(), org: s.slug().to_string(), id: p.number }.into());
    }
    let token = new_token()?;
    let invite = invites::insert(c, s.org().id, email.as_str(), role, &hash(&token), t, t + secs, s.actor().id)?;
    for team in team_ids {
        invites::add_team(c, s.org().id, invite.id, *team)?;
    }
    let details = format!("id={} role={role}", invite.number);
    let created = view(c, s.slug(), &invite, Some(token))?;
    Ok(Audited::changed(Outcome::Created, created, AuditAction::InviteCreate, email.as_str(), &details))
}

/// The org's invites in one state (all with `None`), by id (admins).
pub fn list(store: &mut Store, who: &Who, state: Option<InviteState>) -> Result<Vec<InviteView>> {
    read_as(store, who, Action::Invite, |tx, scope| {
        invites::list(tx, scope.org_id(), state, now())?.iter().map(|i| view(tx, scope.slug(), i, None)).collect()
    })
}

/// Revokes a pending or expired invite (`dry_run`: checks it all and rolls back).
///
/// With `ignore_missing`, no such invite is `unchanged` with no item
/// instead of exit 3 (the permission and org checks still apply).
pub fn revoke(
    store: &mut Store,
    who: &Who,
    r: &InviteRef,
    dry_run: bool,
    ignore_missing: bool,
) -> Result<Change<Option<InviteView>>> {
    let change = write_on(store, who, OrMissing(InviteNamed(r)), &[Action::Invite], !dry_run, |tx, scope, found| {
        let s = scope.session();
        let mut i = match found {
            Ok(i) => i,
            Err(_) if ignore_missing => return Ok(Audited::unchanged(None)),
            Err(e) => return Err(e),
        };
        let id = i.number;
        match i.state_at(now()) {
            InviteState::Revoked => return Ok(Audited::unchanged(Some(view(tx, s.slug(), &i, None)?))),
            InviteState::Pending | InviteState::Expired => {}
            other => {
                return Err(Refusal::NotRevocable { id, state: other.to_string() }.into());
            }
        }
        invites::set_state(tx, &i, InviteState::Revoked)?;
        i.state = InviteState::Revoked;
        let revoked = Some(view(tx, s.slug(), &i, None)?);
        Ok(Audited::changed(Outcome::Updated, revoked, AuditAction::InviteRevoke, &i.email, &format!("id={id}")))
    })?;
    Ok(change.dry(dry_run))
}

pub fn resend(store: &mut Store, who: &Who, r: &InviteRef, expires: Option<Duration>) -> Result<Change<InviteView>> {
    expiry(expires)?;
    write_on(store, who, InviteNamed(r), &[Action::Invite], true, |tx, scope, i| {
        let s = scope.session();
        let secs = crate::ops::security::invite_lifetime(tx, s.org(), expires)?;
        let id = i.number;
        let t = now();
        match i.state_at(t) {
            InviteState::Pending | InviteState::Expired => {}
            other => {
                return Err(Refusal::NotResendable { id, state: other.to_string(), email: i.email.clone() }.into())
            }
        }
        let token = new_token()?;
        invites::renew(tx, &i, &hash(&token), t + secs)?;
        let renewed = view(tx, s.slug(), &crate::store::lookup::invite_numbered(tx, s, id)?, Some(token))?;
        Ok(Audited::changed(Outcome::Updated, renewed, AuditAction::InviteResend, &i.email, &format!("id={id}")))
    })
}

/// Finds the invite behind a token for the acting user, checking in this
/// order: the token exists (3), it is for this user (5, docs/contract.md §7: "invite ... for
/// another email"), it is still pending (5).
/// Nothing about the org is revealed until the invite is known to be theirs.
fn by_token(c: &Tx, who: &Who, token: &str) -> Result<(users::User, Invite, Org)> {
    let me = session::actor(c, who)?;
    let missing = || Error::from(Refusal::NoInviteForToken);
    let email = invites::email_by_hash(c, &hash(token))?.ok_or_else(missing)?;
    if email != me.email {
        return Err(Refusal::InviteForAnother { email: me.email }.into());
    }
    let invite = invites::find_by_hash(c, &hash(token))?.ok_or_else(missing)?;
    let org = crate::store::orgs::by_id(c, invite.org_id)?.ok_or_else(|| Error::internal("invite without an org"))?;
    match invite.state_at(now()) {
        InviteState::Pending => Ok((me, invite, org)),
        InviteState::Expired => Err(Refusal::InviteExpired { org: org.slug, id: invite.number }.into()),
        other => Err(Refusal::InviteClosed { org: org.slug, state: other.to_string() }.into()),
    }
}

/// Accepts an invite: the user joins with the invited role and the invited teams that still exist.
pub fn accept(store: &mut Store, who: &Who, token: &str) -> Result<Change<InviteView>> {
    // The invite is the authority to join: the policy is asked once they are in.
    write_into(store, who, Action::ViewOrg, |tx, _| {
        let (me, mut invite, org) = by_token(tx, who, token)?;
        let t = now();
        // Someone added to the org after being invited may still accept, but
        // only into the role they hold: an invite never changes a role behind
        // an admin's back, and its receipt never names a role not applied.
        let member = match members::role(tx, org.id, me.id)? {
            Some(role) if role == invite.role => true,
            Some(role) => {
                let (org, email) = (org.slug, me.email);
                let (role, invited) = (role.to_string(), invite.role.to_string());
                return Err(Refusal::MemberInOtherRole { org, email, role, invited }.into());
            }
            None => {
                crate::ops::security::check_joining_as_invitee(tx, &org, &me.email, invite.role)?;
                false
            }
        };
        invites::accept(tx, &invite, &hash(token), me.id, member, t)?;
        let details = format!("id={} role={}", invite.number, invite.role);
        invite.state = InviteState::Accepted;
        let accepted = view(tx, &org.slug, &invite, None)?;
        let slug = Slug::from_store(org.slug);
        Ok((slug, Audited::changed(Outcome::Updated, accepted, AuditAction::InviteAccept, &me.email, &details)))
    })
}

pub fn decline(store: &mut Store, who: &Who, token: &str) -> Result<Change<InviteView>> {
    write_personal(store, who, |tx| {
        let (me, mut invite, org) = by_token(tx, who, token)?;
        invites::set_state(tx, &invite, InviteState::Declined)?;
        let details = format!("id={}", invite.number);
        invite.state = InviteState::Declined;
        let declined = view(tx, &org.slug, &invite, None)?;
        Ok((Some(org), Audited::changed(Outcome::Updated, declined, AuditAction::InviteDecline, &me.email, &details)))
    })
}
