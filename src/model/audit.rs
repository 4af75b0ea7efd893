//! The audit actions: every change the use cases make is recorded under one
//! of these names, written once here. The command line, `apply`, `audit list
//! --action` and the events an integration may be told about all read them
//! from this list, so a new action cannot be recorded under a name the rest
//! of orgctl does not know.

/// What a change is recorded as in the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    AuditPrune,
    BillingSet,
    ChatCreate,
    ChatDelete,
    ConnectorAdd,
    ConnectorEdit,
    ConnectorGrant,
    ConnectorRemove,
    ConnectorRevoke,
    DashboardCreate,
    DashboardDelete,
    DashboardEdit,
    DashboardShare,
    DashboardUnshare,
    GrantExpire,
    IntegrationAdd,
    IntegrationEdit,
    IntegrationRemove,
    InviteAccept,
    InviteCreate,
    InviteDecline,
    InviteResend,
    InviteRevoke,
    MemberAdd,
    MemberExpire,
    MemberReactivate,
    MemberRemove,
    MemberSetRole,
    MemberSuspend,
    OrgCreate,
    OrgDelete,
    OrgEdit,
    OrgLeave,
    OrgSecurity,
    SyncAdd,
    SyncRemove,
    SyncSuspend,
    SyncTeamAdd,
    SyncTeamRemove,
    SyncUpdate,
    RoleExpire,
    TeamAdd,
    TeamCreate,
    TeamDelete,
    TeamEdit,
    TeamExpire,
    TeamRemove,
    TeamSetRole,
    UserAdd,
    UserEdit,
}

impl AuditAction {
    /// Every action, sorted by name.
    pub const ALL: &'static [AuditAction] = &[
        AuditAction::AuditPrune,
        AuditAction::BillingSet,
        AuditAction::ChatCreate,
        AuditAction::ChatDelete,
        AuditAction::ConnectorAdd,
        AuditAction::ConnectorEdit,
        AuditAction::ConnectorGrant,
        AuditAction::ConnectorRemove,
        AuditAction::ConnectorRevoke,
        AuditAction::DashboardCreate,
        AuditAction::DashboardDelete,
        AuditAction::DashboardEdit,
        AuditAction::DashboardShare,
        AuditAction::DashboardUnshare,
        AuditAction::GrantExpire,
        AuditAction::IntegrationAdd,
        AuditAction::IntegrationEdit,
        AuditAction::IntegrationRemove,
        AuditAction::InviteAccept,
        AuditAction::InviteCreate,
        AuditAction::InviteDecline,
        AuditAction::InviteResend,
        AuditAction::InviteRevoke,
        AuditAction::MemberAdd,
        AuditAction::MemberExpire,
        AuditAction::MemberReactivate,
        AuditAction::MemberRemove,
        AuditAction::MemberSetRole,
        AuditAction::MemberSuspend,
        AuditAction::OrgCreate,
        AuditAction::OrgDelete,
        AuditAction::OrgEdit,
        AuditAction::OrgLeave,
        AuditAction::OrgSecurity,
        AuditAction::RoleExpire,
        AuditAction::SyncAdd,
        AuditAction::SyncRemove,
        AuditAction::SyncSuspend,
        AuditAction::SyncTeamAdd,
        AuditAction::SyncTeamRemove,
        AuditAction::SyncUpdate,
        AuditAction::TeamAdd,
        AuditAction::TeamCreate,
        AuditAction::TeamDelete,
        AuditAction::TeamEdit,
        AuditAction::TeamExpire,
        AuditAction::TeamRemove,
        AuditAction::TeamSetRole,
        AuditAction::UserAdd,
        AuditAction::UserEdit,
    ];

    /// The name as the audit log, `--action` and integration events spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::AuditPrune => "audit.prune",
            AuditAction::BillingSet => "billing.set",
            AuditAction::ChatCreate => "chat.create",
            AuditAction::ChatDelete => "chat.delete",
            AuditAction::ConnectorAdd => "connector.add",
            AuditAction::ConnectorEdit => "connector.edit",
            AuditAction::ConnectorGrant => "connector.grant",
            AuditAction::ConnectorRemove => "connector.remove",
            AuditAction::ConnectorRevoke => "connector.revoke",
            AuditAction::DashboardCreate => "dashboard.create",
            AuditAction::DashboardDelete => "dashboard.delete",
            AuditAction::DashboardEdit => "dashboard.edit",
            AuditAction::DashboardShare => "dashboard.share",
            AuditAction::DashboardUnshare => "dashboard.unshare",
            AuditAction::GrantExpire => "grant.expire",
            AuditAction::IntegrationAdd => "integration.add",
            AuditAction::IntegrationEdit => "integration.edit",
            AuditAction::IntegrationRemove => "integration.remove",
            AuditAction::InviteAccept => "invite.accept",
            AuditAction::InviteCreate => "invite.create",
            AuditAction::InviteDecline => "invite.decline",
            AuditAction::InviteResend => "invite.resend",
            AuditAction::InviteRevoke => "invite.revoke",
            AuditAction::MemberAdd => "member.add",
            AuditAction::MemberExpire => "member.expire",
            AuditAction::MemberReactivate => "member.reactivate",
            AuditAction::MemberRemove => "member.remove",
            AuditAction::MemberSetRole => "member.set_role",
            AuditAction::MemberSuspend => "member.suspend",
            AuditAction::OrgCreate => "org.create",
            AuditAction::OrgDelete => "org.delete",
            AuditAction::OrgEdit => "org.edit",
            AuditAction::OrgLeave => "org.leave",
            AuditAction::OrgSecurity => "org.security",
            AuditAction::SyncAdd => "sync.add",
            AuditAction::SyncRemove => "sync.remove",
            AuditAction::SyncSuspend => "sync.suspend",
            AuditAction::SyncTeamAdd => "sync.team_add",
            AuditAction::SyncTeamRemove => "sync.team_remove",
            AuditAction::SyncUpdate => "sync.update",
            AuditAction::RoleExpire => "role.expire",
            AuditAction::TeamAdd => "team.add",
            AuditAction::TeamCreate => "team.create",
            AuditAction::TeamDelete => "team.delete",
            AuditAction::TeamEdit => "team.edit",
            AuditAction::TeamExpire => "team.expire",
            AuditAction::TeamRemove => "team.remove",
            AuditAction::TeamSetRole => "team.set_role",
            AuditAction::UserAdd => "user.add",
            AuditAction::UserEdit => "user.edit",
        }
    }

    /// Every action's name, sorted.
    pub fn names() -> impl Iterator<Item = &'static str> {
        Self::ALL.iter().map(|a| a.as_str())
    }

    /// Whether `name` is an action's name.
    pub fn is_name(name: &str) -> bool {
        Self::names().any(|n| n == name)
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::AuditAction;

    #[test]
    fn names_are_sorted_unique_and_shaped_like_noun_dot_verb() {
        let names: Vec<&str> = AuditAction::names().collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
        assert!(names.iter().all(|n| n.split('.').count() == 2), "{names:?}");
    }
}
