//! `member list | add | remove | set-role`, and the last-admin rule they share with `org leave`.

use crate::ops::scope::Permit;
use crate::ops::lookup::existing_member;
use crate::store::UserId;
use serde::Serialize;

use crate::error::{Error, Invalid, Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{now, Email, Role, Slug};
use crate::ops::guard::{keep_a_permanent_admin, keep_an_admin};
use crate::ops::scope::{read_as, write_as, write_as_then, write_on, Audited, MemberNamed, Scope, Step};
use crate::ops::{Change, Outcome, Session, Who};
use crate::policy::{Action, Sight};
use crate::ops::views::MemberView;
use crate::store::members;
use crate::store::users::User;
use crate::store::{invites, users, Store, Tx};

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
    /// Dashboards the user owned: they stay in the org, ownerless or handed to `transferred_to`.
    pub dashboards: Vec<String>,
    /// Who owns those dashboards now (`None`: nobody; admins manage them).
    pub transferred_to: Option<String>,
    /// How many of the user's private chats in the org were deleted.
    pub chats_deleted: usize,
    /// The pending invites the user had sent, revoked with their authority.
    pub invites_revoked: Vec<RevokedInvite>,
}

/// A pending invite revoked because its sender lost the authority behind it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RevokedInvite {
    pub id: i64,
    pub email: String,
}

/// The result of `member remove EMAIL...`: who went (with what), and who was
/// not a member (with `--ignore-missing`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removals {
    pub removed: Vec<Removed>,
    pub unchanged: Vec<String>,
}

/// `removed` and `unchanged`; when exactly one member was removed (the
/// common `member remove EMAIL`), their fields also sit at the top, as a
/// one-object receipt has them.
impl Serialize for Removals {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = ser.serialize_map(None)?;
        if let ([one], []) = (self.removed.as_slice(), self.unchanged.as_slice()) {
            if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(one) {
                for (k, v) in fields {
                    map.serialize_entry(&k, &v)?;
                }
            }
        }
        map.serialize_entry("removed", &self.removed)?;
        map.serialize_entry("unchanged", &self.unchanged)?;
        map.end()
    }
}

/// A role change, with the invites a demoted admin had sent (now revoked).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RoleChange {
    #[serde(flatten)]
    pub member: MemberView,
    pub invites_revoked: Vec<RevokedInvite>,
}

/// How `member remove` runs.
#[derive(Debug, Clone, Default)]
pub struct RemoveOptions {
    /// A non-member (or unknown user) is `unchanged` instead of exit 3.
    pub ignore_missing: bool,
    /// The member who takes over the removed members' dashboards.
    pub transfer_to: Option<Email>,
    /// Work it all out, then roll back.
    pub dry_run: bool,
    /// Also remove members a directory sync manages.
    pub force: bool,
}

/// Streams the members of the current org (any member may list).
pub fn list(
    store: &mut Store,
    who: &Who,
    role: Option<Role>,
    team: Option<&Slug>,
    each: &mut dyn FnMut(MemberView) -> Result<()>,
) -> Result<()> {
    read_as(store, who, Action::ViewOrg, |tx, scope| {
        let s = scope.session();
        let team_id = match team {
            Some(slug) => Some(crate::ops::lookup::team(tx, s, slug)?.id),
            None => None,
        };
        // A guest sees only themselves in the member list.
        if !s.sees(Sight::OtherMembers) {
            let me = s.actor().email.to_string();
            return members::for_each(tx, s.org().id, role, team_id, &mut |m| {
                if m.email == me {
                    each(m.into())
                } else {
                    Ok(())
                }
            });
        }
        members::for_each(tx, s.org().id, role, team_id, &mut |m| each(m.into()))
    })
}

/// Looks up a user who must exist (exit 3 otherwise).
pub fn existing_user(c: &Tx, email: &Email) -> Result<User> {
    users::find(c, email)?.ok_or_else(|| {
        Error::from(Refusal::NotRegistered { email: email.to_string() })
    })
}

fn member_view(c: &Tx, s: &Session, user_id: UserId) -> Result<MemberView> {
    let m = members::get(c, s.org().id, user_id)?.ok_or_else(members::vanished)?;
    Ok(m.into())
}

/// Makes an existing user a member of the scope's org, if its
/// `allowed-domains` lets them in: the core of `member add` and of `apply`.
pub fn add_in(c: &Permit, scope: &Scope, user_id: UserId, email: &str, role: Role) -> Result<Audited<UserId>> {
    add_in_with(c, scope, user_id, email, role, None, None)
}

/// [`add_in`] with the membership's expiry and reason. A guest's email is
/// held to `guest-domains`, a member's or admin's to `allowed-domains`.
pub fn add_in_with(
    c: &Permit,
    scope: &Scope,
    user_id: UserId,
    email: &str,
    role: Role,
    expires: Option<i64>,
    reason: Option<&str>,
) -> Result<Audited<UserId>> {
    crate::ops::security::check_joining_as(c, scope.org(), email, role)?;
    members::insert_with(c, scope.org_id(), user_id, role, now(), expires, reason)?;
    Ok(added(user_id, email, role, expires, reason))
}

/// What [`add_in_with`] records of a membership it wrote (`apply` writes
/// its new members together, checked as [`add_in_with`] checks them).
pub fn added(user_id: UserId, email: &str, role: Role, expires: Option<i64>, reason: Option<&str>) -> Audited<UserId> {
    let mut details = format!("role={role}");
    if let Some(e) = expires {
        details.push_str(&format!(" expires={}", crate::model::rfc3339(e)));
    }
    if let Some(r) = reason {
        details.push_str(&format!(" reason={r}"));
    }
    Audited::changed(Outcome::Created, user_id, AuditAction::MemberAdd, email, &details)
}

/// Adds an existing user to the current org; the same role again is
/// unchanged. `terms`: when the membership ends, and why.
pub fn add(
    store: &mut Store,
    who: &Who,
    email: &Email,
    role: Role,
    terms: &crate::ops::terms::Terms,
) -> Result<Change<MemberView>> {
    write_as(store, who, Action::ManageMembers, |tx, scope| {
        let s = scope.session();
        let user = existing_user(tx, email)?;
        match members::role(tx, s.org().id, user.id)? {
            Some(r) if r == role && terms.is_empty() => Ok(Audited::unchanged(member_view(tx, s, user.id)?)),
            // The same role with `--expires`/`--reason`: the membership's
            // terms are brought to them, as `apply` does.
            Some(r) if r == role => {
                let wanted = crate::manifest::MemberTerms {
                    expires: terms.expires,
                    reason: terms.reason.clone(),
                    state: None,
                };
                crate::ops::lifecycle::reconcile_terms(tx, s, user.id, email, &wanted)?
                    .try_map(|()| member_view(tx, s, user.id))
            }
            Some(r) => {
                let (email, org) = (email.to_string(), s.slug().to_string());
                Err(Refusal::AlreadyMemberAs { email, org, role: r.to_string(), asked: role.to_string() }.into())
            }
            None => {
                let expires = crate::ops::terms::resolve_expiry(tx, s, terms.expires, &format!("{email}'s membership"))?;
                add_in_with(tx, scope, user.id, email.as_str(), role, expires, terms.reason.as_deref())?
                    .try_map(|id| member_view(tx, s, id))
            }
        }
    })
}

/// Ends a membership inside an open transaction: checks the last-admin rule,
/// records what goes with it (teams, direct grants, owned dashboards, chats,
/// the invites they sent), deletes, audits. Owned dashboards stay in the org:
/// handed to `transfer_to` (a member's user id and email), or ownerless.
pub fn remove_in(
    c: &Permit,
    s: &Session,
    user_id: UserId,
    action: AuditAction,
    transfer_to: Option<(UserId, &str)>,
) -> Result<(Removed, Vec<Step>)> {
    let m = members::get_row(c, s.org().id, user_id)?
        .ok_or_else(members::vanished)?;
    if m.role == Role::Admin && action != AuditAction::MemberExpire {
        let doing = if action == AuditAction::OrgLeave { "leave" } else { "remove them" };
        keep_an_admin(c, s, &m.email, doing)?;
        keep_a_permanent_admin(c, s, user_id, &m.email, doing)?;
    }
    let left = crate::store::leaving::remove_member(c, s.org().id, user_id, transfer_to.map(|t| t.0))?;
    let mut steps = left.revocations();
    steps.push((action, left.email.clone(), left.details(transfer_to.map(|t| t.1))));
    let removed = Removed {
        invites_revoked: left.invites_revoked.iter().map(|(id, email)| RevokedInvite { id: *id, email: email.clone() }).collect(),
        email: left.email,
        name: left.name,
        role: left.role,
        joined_at: left.joined_at,
        teams: left.teams,
        grants: left.grants,
        connector_grants: left.connector_grants,
        dashboards: left.dashboards,
        transferred_to: transfer_to.map(|t| t.1.to_string()),
        chats_deleted: left.chats_deleted,
    };
    Ok((removed, steps))
}

/// Revokes the pending invites a member sent (they were demoted or left): an
/// invite carries its sender's authority.
/// Returns them with the audit entry of each, to be recorded with the change.
pub(crate) fn revoke_sent_by(c: &Permit, s: &Session, user_id: UserId) -> Result<(Vec<RevokedInvite>, Vec<Step>)> {
    let revoked = invites::revoke_sent_by(c, s.org().id, user_id)?;
    let steps = crate::store::leaving::revocations(&revoked);
    Ok((revoked.into_iter().map(|(id, email)| RevokedInvite { id, email }).collect(), steps))
}

/// Removes members from the current org (admins), all or nothing.
pub fn remove(store: &mut Store, who: &Who, emails: &[Email], opts: &RemoveOptions) -> Result<Change<Removals>> {
    let change = write_as_then(store, who, Action::ManageMembers, !opts.dry_run, |tx, scope| {
        let s = scope.session();
        let mut seen = std::collections::HashSet::new();
        let emails: Vec<&Email> = emails.iter().filter(|e| seen.insert(e.as_str())).collect();
        let transfer_to = match &opts.transfer_to {
            Some(to) => {
                let (user, _) = existing_member(tx, s, to)?;
                if emails.contains(&to) {
                    return Err(Invalid::TransferToRemoved { email: to.to_string() }.into());
                }
                Some((user.id, to.as_str()))
            }
            None => None,
        };
        // Look every email up first: one that is not a member fails the whole call.
        let mut targets = Vec::new();
        let mut unchanged = Vec::new();
        for email in emails {
            match scope.member(tx, email, Action::ManageMembers) {
                Ok((user, _)) => {
                    let managed_by = members::managed_by(tx, s.org().id, user.id)?;
                    crate::ops::guard::refuse_managed(managed_by, email.as_str(), opts.force)?;
                    targets.push(user)
                }
                Err(e) if opts.ignore_missing && matches!(e.refusal.as_deref(), Some(Refusal::NotAMember { .. })) => {
                    unchanged.push(email.to_string())
                }
                Err(e) => return Err(e),
            }
        }
        let (mut removed, mut steps) = (Vec::new(), Vec::new());
        for user in targets {
            let (gone, cascade) = remove_in(tx, s, user.id, AuditAction::MemberRemove, transfer_to)?;
            removed.push(gone);
            steps.extend(cascade);
        }
        Ok(Audited::of_steps(Outcome::Deleted, Removals { removed, unchanged }, steps))
    })?;
    Ok(change.dry(opts.dry_run))
}

/// Changes a member's role (admins); demoting the last admin is refused.
/// A demoted admin's pending invites are revoked in the same transaction.
/// A member a directory sync manages keeps their role unless `force`.
/// With `--expires`, the role is temporary: it falls back to the current
/// one when it ends; every org keeps an admin whose admin role does not end.
pub fn set_role(
    store: &mut Store,
    who: &Who,
    email: &Email,
    role: Role,
    terms: &crate::ops::terms::Terms,
    force: bool,
) -> Result<Change<RoleChange>> {
    write_on(store, who, MemberNamed(email), &[Action::ManageMembers], true, |tx, scope, (user, current)| {
        let s = scope.session();
        if current != role {
            crate::ops::guard::refuse_managed(members::managed_by(tx, s.org().id, user.id)?, email.as_str(), force)?;
        }
        // A demotion is checked by `set_role_in`; an admin role that ends, here.
        if current == Role::Admin && role == Role::Admin && terms.expires.is_some() {
            keep_an_admin(tx, s, email.as_str(), "make their admin role end")?;
            keep_a_permanent_admin(tx, s, user.id, email.as_str(), "make their admin role end")?;
        }
        if role == Role::Guest {
            crate::ops::security::check_joining_as(tx, scope.org(), email.as_str(), role)?;
        }
        let done = match terms.expires {
            None => set_role_in(tx, s, user.id, email.as_str(), current, role)?,
            Some(_) => {
                let until = crate::ops::terms::resolve_expiry(tx, s, terms.expires, &format!("{email}'s role"))?
                    .ok_or_else(|| Error::internal("an expiry resolved to none"))?;
                // The role to fall back to: the one they hold for good.
                let fallback = members::membership(tx, s.org().id, user.id)?
                    .and_then(|m| m.fallback_role)
                    .unwrap_or(current);
                members::set_temporary_role(tx, s.org().id, user.id, role, until, fallback, terms.reason.as_deref())?;
                let mut details = format!("role={current}->{role} until={} then={fallback}", crate::model::rfc3339(until));
                if let Some(r) = &terms.reason {
                    details.push_str(&format!(" reason={r}"));
                }
                Audited::changed(Outcome::Updated, Vec::new(), AuditAction::MemberSetRole, email.as_str(), &details)
            }
        };
        done.try_map(|invites_revoked| Ok(RoleChange { member: member_view(tx, s, user.id)?, invites_revoked }))
    })
}

/// Changes a member's role from `from` to `to` (the core of `member set-role`
/// and of `apply`; the caller has checked that an admin remains). A demoted
/// admin's pending invites lose the authority that sent them: they are
/// revoked, and returned.
pub fn set_role_in(
    c: &Permit,
    s: &Session,
    user_id: UserId,
    email: &str,
    from: Role,
    to: Role,
) -> Result<Audited<Vec<RevokedInvite>>> {
    if from == to {
        return Ok(Audited::unchanged(Vec::new()));
    }
    if from == Role::Admin {
        keep_an_admin(c, s, email, "demote them")?;
        keep_a_permanent_admin(c, s, user_id, email, "demote them")?;
    }
    members::set_role(c, s.org().id, user_id, to)?;
    let mut steps = vec![(AuditAction::MemberSetRole, email.to_string(), format!("role={from}->{to}"))];
    let revoked = if from == Role::Admin {
        let (revoked, revocations) = revoke_sent_by(c, s, user_id)?;
        steps.extend(revocations);
        revoked
    } else {
        Vec::new()
    };
    Ok(Audited::of_steps(Outcome::Updated, revoked, steps))
}
