//! What the use cases hand the command line to show: views made from the
//! store's rows, never the rows themselves (the store's row types do not
//! serialize), so that what a command prints is decided here, field by
//! field, and a column added to a table shows nowhere until a view names it.

use serde::Serialize;

use crate::model::{MemberState, Role, TeamRole};
use crate::store::{audit, chats, members, teams, users};

/// A user: their email and display name.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct UserView {
    pub email: String,
    pub name: String,
}

impl From<users::User> for UserView {
    fn from(u: users::User) -> Self {
        UserView { email: u.email, name: u.name }
    }
}

/// A chat, as shown to its owner.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ChatView {
    pub id: i64,
    pub title: String,
    pub created_at: String,
}

impl From<chats::Chat> for ChatView {
    fn from(c: chats::Chat) -> Self {
        ChatView { id: c.id, title: c.title, created_at: c.created_at }
    }
}

/// A member of an org: their teams there, by slug, and where their
/// membership stands (`state`, `expires`, `reason`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MemberView {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub teams: Vec<String>,
    pub joined_at: String,
    pub state: MemberState,
    pub expires: Option<String>,
    pub reason: Option<String>,
    /// `sync:NAME` for a membership a directory sync manages; `None`: made by hand.
    pub managed_by: Option<String>,
}

impl From<members::Member> for MemberView {
    fn from(m: members::Member) -> Self {
        MemberView {
            email: m.email,
            name: m.name,
            role: m.role,
            teams: m.teams,
            joined_at: m.joined_at,
            state: m.state,
            expires: m.expires,
            reason: m.reason,
            managed_by: m.managed_by,
        }
    }
}

/// A team: its members by email.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamView {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub members: Vec<String>,
}

impl From<teams::TeamRow> for TeamView {
    fn from(t: teams::TeamRow) -> Self {
        TeamView { slug: t.slug, name: t.name, description: t.description, members: t.members }
    }
}

/// A member of a team, with their role in it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamMemberView {
    pub email: String,
    pub role: TeamRole,
    pub expires: Option<String>,
    pub reason: Option<String>,
}

impl From<teams::TeamMember> for TeamMemberView {
    fn from(m: teams::TeamMember) -> Self {
        TeamMemberView { email: m.email, role: m.role, expires: m.expires, reason: m.reason }
    }
}

/// One audit entry.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AuditEntry {
    /// The entry's number in its org.
    pub id: i64,
    pub at: String,
    pub actor: Option<String>,
    pub org: Option<String>,
    pub action: String,
    pub target: String,
    pub details: String,
    /// How the acting identity was established: `flag`, `env`, `file` or `login`.
    pub actor_source: Option<String>,
    /// The operating-system account that ran the command.
    pub os_user: Option<String>,
    /// The database login that wrote the entry (PostgreSQL; absent on SQLite).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// The entry's link in its org's hash chain; absent (null) only for
    /// entries that belong to no org (`user add`).
    pub hash: Option<String>,
}

impl From<audit::Entry> for AuditEntry {
    fn from(e: audit::Entry) -> Self {
        AuditEntry {
            id: e.id,
            at: e.at,
            actor: e.actor,
            org: e.org,
            action: e.action,
            target: e.target,
            details: e.details,
            actor_source: e.actor_source,
            os_user: e.os_user,
            login: e.login,
            hash: e.hash,
        }
    }
}

/// A grant on a dashboard: to a team or to a user, never both.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct GrantView {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub permission: crate::model::Permission,
    /// When the grant ends (RFC 3339), if it does.
    pub expires: Option<String>,
    pub reason: Option<String>,
}

impl From<crate::store::dashboards::Grant> for GrantView {
    fn from(g: crate::store::dashboards::Grant) -> Self {
        GrantView { team: g.team, user: g.user, permission: g.permission, expires: g.expires, reason: g.reason }
    }
}

/// A grant to use a connector: to a team or to a user, never both.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct UseGrantView {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// When the grant ends (RFC 3339), if it does.
    pub expires: Option<String>,
    pub reason: Option<String>,
}

impl From<crate::store::connector_grants::UseGrant> for UseGrantView {
    fn from(g: crate::store::connector_grants::UseGrant) -> Self {
        UseGrantView { team: g.team, user: g.user, expires: g.expires, reason: g.reason }
    }
}

/// An org's usage, for billing: `members` counts active members;
/// suspended ones are counted apart.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct UsageView {
    pub members: i64,
    pub suspended_members: i64,
    pub teams: i64,
    pub dashboards: i64,
    pub connectors: i64,
    pub pending_invites: i64,
}

impl From<crate::store::orgs::Usage> for UsageView {
    fn from(u: crate::store::orgs::Usage) -> Self {
        UsageView {
            members: u.members,
            suspended_members: u.suspended_members,
            teams: u.teams,
            dashboards: u.dashboards,
            connectors: u.connectors,
            pending_invites: u.pending_invites,
        }
    }
}
