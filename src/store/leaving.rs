//! What goes when a membership ends, and the sweep of what ended on its own.
//!
//! [`remove_member`] is the cascade of `member remove`, `org leave`, `apply
//! --prune`, a directory sync and an expired membership alike. [`sweep`] is
//! what the first write in an org does after something in it ended (a
//! membership, a temporary role, a suspension's `--until`, a team
//! membership, a grant): it clears the rows and names the audit entries to
//! record in the name of orgctl. On PostgreSQL the database does the sweep
//! itself (`orgctl_sweep`), whoever writes; on SQLite this module does it,
//! called by the store's gate before every write in an org.

use super::ids::{OrgId, UserId};
use super::lifecycle;
use super::permit::Permit;
use super::{chats, connector_grants, dashboards, invites, members, teams};
use crate::error::Result;
use crate::model::audit::AuditAction;
use crate::model::Role;

/// A membership that ended, with what went with it.
#[derive(Debug, Clone)]
pub struct Left {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub joined_at: String,
    /// Teams the user was in.
    pub teams: Vec<String>,
    /// Dashboards on which the user held a direct grant.
    pub grants: Vec<String>,
    /// Connectors on which the user held a direct grant.
    pub connector_grants: Vec<String>,
    /// Dashboards the user owned: they stay in the org, handed over or ownerless.
    pub dashboards: Vec<String>,
    /// How many of the user's private chats in the org were deleted.
    pub chats_deleted: usize,
    /// The pending invites the user had sent, revoked with their authority: (number, email).
    pub invites_revoked: Vec<(i64, String)>,
}

impl Left {
    /// The details of the membership's audit entry; `owner` names who owns
    /// the dashboards now (`-`: nobody).
    pub fn details(&self, owner: Option<&str>) -> String {
        let mut details = format!("role={}", self.role);
        if !self.teams.is_empty() {
            details.push_str(&format!(" teams={}", self.teams.join(",")));
        }
        if !self.grants.is_empty() {
            details.push_str(&format!(" grants={}", self.grants.join(",")));
        }
        if !self.connector_grants.is_empty() {
            details.push_str(&format!(" connector_grants={}", self.connector_grants.join(",")));
        }
        if !self.dashboards.is_empty() {
            details.push_str(&format!(" dashboards={} owner={}", self.dashboards.join(","), owner.unwrap_or("-")));
        }
        if self.chats_deleted > 0 {
            details.push_str(&format!(" chats={}", self.chats_deleted));
        }
        if !self.invites_revoked.is_empty() {
            let ids: Vec<String> = self.invites_revoked.iter().map(|(n, _)| n.to_string()).collect();
            details.push_str(&format!(" invites_revoked={}", ids.join(",")));
        }
        details
    }

    /// The audit entries of the invites revoked with the membership.
    pub fn revocations(&self) -> Vec<(AuditAction, String, String)> {
        revocations(&self.invites_revoked)
    }
}

/// The audit entries of invites revoked because their sender lost the
/// authority behind them.
pub fn revocations(revoked: &[(i64, String)]) -> Vec<(AuditAction, String, String)> {
    revoked
        .iter()
        .map(|(n, email)| (AuditAction::InviteRevoke, email.clone(), format!("id={n} reason=inviter lost admin")))
        .collect()
}

/// Ends `user_id`'s membership: their team memberships and direct grants go,
/// the dashboards they own are handed to `transfer_to` (or left ownerless),
/// their chats are deleted and the invites they sent revoked. The caller
/// checks who may (and the last-admin rule).
pub fn remove_member(c: &Permit, org_id: OrgId, user_id: UserId, transfer_to: Option<UserId>) -> Result<Left> {
    let m = members::get_row(c, org_id, user_id)?
        .ok_or_else(members::vanished)?;
    let grants = dashboards::direct_grants_of(c, org_id, user_id)?;
    let connector_grants = connector_grants::direct_grants_of(c, org_id, user_id)?;
    let team_slugs = teams::of_member(c, org_id, user_id)?;
    let owned = dashboards::owned_by(c, org_id, user_id)?;
    dashboards::hand_over_owned(c, org_id, user_id, transfer_to)?;
    let chats_deleted = chats::delete_all_of(c, org_id, user_id)?;
    let invites_revoked = invites::revoke_sent_by(c, org_id, user_id)?;
    members::delete(c, org_id, user_id)?;
    Ok(Left {
        email: m.email,
        name: m.name,
        role: m.role,
        joined_at: m.joined_at,
        teams: team_slugs,
        grants,
        connector_grants,
        dashboards: owned,
        chats_deleted,
        invites_revoked,
    })
}

/// Records and clears what has ended in the org at `at`; the audit entries
/// to record of it, in the name of orgctl. On PostgreSQL the database did
/// it already (and recorded it): none.
pub fn sweep(c: &Permit, org_id: OrgId, at: i64) -> Result<Vec<(AuditAction, String, String)>> {
    if lifecycle::swept_by_database(c, org_id, at)? {
        return Ok(Vec::new());
    }
    let first = lifecycle::expired(c, org_id)?;
    if first.is_empty() {
        return Ok(Vec::new());
    }
    let mut steps = Vec::new();
    for (user_id, email, role, fallback) in &first.roles {
        lifecycle::fall_back(c, org_id, *user_id)?;
        steps.push((AuditAction::RoleExpire, email.clone(), format!("role={role}->{fallback}")));
    }
    for (user_id, email) in &first.suspensions {
        members::reactivate(c, org_id, *user_id)?;
        steps.push((AuditAction::MemberReactivate, email.clone(), "suspension ended (--until)".to_string()));
    }
    for (user_id, _) in &first.members {
        let left = remove_member(c, org_id, *user_id, None)?;
        steps.extend(left.revocations());
        steps.push((AuditAction::MemberExpire, left.email.clone(), left.details(None)));
    }
    // Memberships that ended took their team memberships and grants with them.
    let rest = if first.members.is_empty() { first } else { lifecycle::expired(c, org_id)? };
    for (team_id, slug, user_id, email) in &rest.team_members {
        lifecycle::delete_team_member(c, *team_id, *user_id)?;
        steps.push((AuditAction::TeamExpire, slug.clone(), format!("member={email}")));
    }
    for (id, slug, grantee, permission) in &rest.dashboard_grants {
        lifecycle::delete_dashboard_grant(c, *id)?;
        steps.push((AuditAction::GrantExpire, format!("dashboard/{slug}"), format!("{grantee} permission={permission}")));
    }
    for (id, name, grantee) in &rest.connector_grants {
        lifecycle::delete_connector_grant(c, *id)?;
        steps.push((AuditAction::GrantExpire, format!("connector/{name}"), grantee.clone()));
    }
    Ok(steps)
}
