//! Who may do what: the one table of docs/contract.md §2. Every command and `can-i` ask it.
//!
//! Decisions are pure functions of facts loaded inside the command's
//! transaction, so the rule a command enforces and the answer `can-i` gives
//! can never drift apart.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;
use crate::model::security::{ConnectorAccess, Rules};
use crate::model::{MemberState, Permission, Role, TeamRole, Visibility};

/// Everything a user may ask permission for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    ViewOrg,
    ManageOrg,
    Invite,
    ManageMembers,
    ManageTeams,
    ManageConnectors,
    UseConnectors,
    ManageBilling,
    ViewAudit,
    CreateDashboard,
    LeaveOrg,
    ManageIntegrations,
    ManageSecurity,
    /// `access review` of the whole org (any member may review themselves).
    ReviewAccess,
    /// `sync` the org's members from a directory export.
    Sync,
    /// Suspend and reactivate members, give temporary roles.
    SuspendMembers,
    /// On a `connector/NAME` target.
    Use,
    /// On a dashboard or chat target.
    View,
    Edit,
    Share,
    Delete,
}

impl Action {
    /// The org-level actions and their `can-i` names.
    pub const ORG_ACTIONS: &'static [(Action, &'static str)] = &[
        (Action::ViewOrg, "view-org"),
        (Action::ManageOrg, "manage-org"),
        (Action::Invite, "invite"),
        (Action::ManageMembers, "manage-members"),
        (Action::ManageTeams, "manage-teams"),
        (Action::ManageConnectors, "manage-connectors"),
        (Action::UseConnectors, "use-connectors"),
        (Action::ManageBilling, "manage-billing"),
        (Action::ViewAudit, "view-audit"),
        (Action::CreateDashboard, "create-dashboard"),
        (Action::LeaveOrg, "leave-org"),
        (Action::ManageIntegrations, "manage-integrations"),
        (Action::ManageSecurity, "manage-security"),
        (Action::ReviewAccess, "review-access"),
        (Action::Sync, "sync"),
        (Action::SuspendMembers, "suspend-members"),
    ];

    /// The actions that take a `team/SLUG` target (`edit`: its membership,
    /// name, description and maintainers).
    pub const TEAM_ACTIONS: &'static [(Action, &'static str)] = &[(Action::View, "view"), (Action::Edit, "edit")];

    /// The actions that take a `dashboard/SLUG` or `chat/ID` target.
    pub const TARGET_ACTIONS: &'static [(Action, &'static str)] =
        &[(Action::View, "view"), (Action::Edit, "edit"), (Action::Share, "share"), (Action::Delete, "delete")];

    /// The actions that take a `connector/NAME` target.
    pub const CONNECTOR_ACTIONS: &'static [(Action, &'static str)] = &[(Action::Use, "use")];

    /// Every action with its `can-i` name.
    pub fn all() -> impl Iterator<Item = &'static (Action, &'static str)> {
        Self::ORG_ACTIONS.iter().chain(Self::TARGET_ACTIONS).chain(Self::CONNECTOR_ACTIONS)
    }

    pub fn name(self) -> &'static str {
        Self::all().find(|(a, _)| *a == self).map_or("?", |(_, n)| n)
    }

    pub fn needs_target(self) -> bool {
        Self::TARGET_ACTIONS.iter().chain(Self::CONNECTOR_ACTIONS).any(|(a, _)| *a == self)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Action {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::all().find(|(_, n)| *n == s).map(|(a, _)| *a).ok_or_else(|| {
            let names: Vec<_> = Self::all().map(|(_, n)| *n).collect();
            Error::from(crate::error::Invalid::Unknown {
                what: "action",
                shown: format!("{s:?}"),
                expected: names.join(", "),
            })
        })
    }
}

/// The org-level part of the table: which roles may take each action.
/// A guest may enter the org (`whoami`, `org show` with its name only,
/// their own chats, what is shared with them) and leave it; the commands
/// that list the org's members, teams, connectors and integrations show a
/// guest only what is theirs or shared with them.
const ORG_TABLE: &[(Action, &[Role])] = &[
    (Action::ViewOrg, &[Role::Admin, Role::Member, Role::Guest]),
    (Action::UseConnectors, &[Role::Admin, Role::Member]),
    (Action::CreateDashboard, &[Role::Admin, Role::Member]),
    (Action::LeaveOrg, &[Role::Admin, Role::Member, Role::Guest]),
    (Action::SuspendMembers, &[Role::Admin]),
    (Action::ManageOrg, &[Role::Admin]),
    (Action::Invite, &[Role::Admin]),
    (Action::ManageMembers, &[Role::Admin]),
    (Action::ManageTeams, &[Role::Admin]),
    (Action::ManageConnectors, &[Role::Admin]),
    (Action::ManageBilling, &[Role::Admin]),
    (Action::ViewAudit, &[Role::Admin]),
    (Action::ManageIntegrations, &[Role::Admin]),
    (Action::ManageSecurity, &[Role::Admin]),
    (Action::ReviewAccess, &[Role::Admin]),
    (Action::Sync, &[Role::Admin]),
];

/// What a role sees of the org beyond what it may act on: the reads that
/// show more to some roles than to others, answered by [`sees`] from
/// [`SIGHT_TABLE`], as actions are from the table above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sight {
    /// Every dashboard, whatever its visibility and grants (`dashboard list`).
    AllDashboards,
    /// The org-wide dashboards (a guest sees only what is shared with them).
    OrgWideDashboards,
    /// Members other than oneself (`member list`, `member show`).
    OtherMembers,
    /// Teams one is not in (`team list`).
    OtherTeams,
    /// Connectors not granted to oneself or a team of one's own.
    UngrantedConnectors,
    /// Who else a dashboard or connector is shared with (its grants,
    /// `dashboard access`, `connector access`).
    OthersAccess,
    /// The org's integrations.
    Integrations,
    /// An integration's URL (masked).
    IntegrationUrls,
    /// The org's plan (`org show`).
    Plan,
}

/// Which roles have each [`Sight`]. A guest sees what is theirs or shared
/// with them; an admin sees everything.
pub const SIGHT_TABLE: &[(Sight, &[Role])] = &[
    (Sight::AllDashboards, &[Role::Admin]),
    (Sight::OrgWideDashboards, &[Role::Admin, Role::Member]),
    (Sight::OtherMembers, &[Role::Admin, Role::Member]),
    (Sight::OtherTeams, &[Role::Admin, Role::Member]),
    (Sight::UngrantedConnectors, &[Role::Admin, Role::Member]),
    (Sight::OthersAccess, &[Role::Admin, Role::Member]),
    (Sight::Integrations, &[Role::Admin, Role::Member]),
    (Sight::IntegrationUrls, &[Role::Admin]),
    (Sight::Plan, &[Role::Admin]),
];

/// Whether `role` (none: not a member) has `sight`.
pub fn sees(role: Option<Role>, sight: Sight) -> bool {
    let roles = SIGHT_TABLE.iter().find(|(s, _)| *s == sight).map_or(&[][..], |(_, roles)| *roles);
    role.is_some_and(|r| roles.contains(&r))
}

/// How a user holds a grant on a dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    Direct,
    Team(String),
}

/// What is known about the acting user and the target, loaded in the transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Org,
    Dashboard {
        visibility: Visibility,
        is_owner: bool,
        grant: Option<(Permission, Via)>,
    },
    Chat {
        is_owner: bool,
    },
    /// A connector, and how the user holds a grant on it (if at all).
    Connector {
        grant: Option<Via>,
    },
    /// A team, and the user's place in it (`None`: not in it).
    Team {
        slug: String,
        role: Option<TeamRole>,
    },
}

/// A membership as stored: what the lifecycle predicate reads. The same
/// predicate, written as SQL, is `store::lifecycle::active_member`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub role: Role,
    pub state: MemberState,
    pub suspended_at: Option<i64>,
    pub suspend_reason: Option<String>,
    pub suspended_until: Option<i64>,
    pub expires: Option<i64>,
    pub role_expires: Option<i64>,
    pub fallback_role: Option<Role>,
}

/// Where a user stands in an org at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Access, with the role held now (a temporary role that ended has
    /// fallen back).
    Active(Role),
    /// Suspended since then, for that reason: every check answers as for a
    /// non-member.
    Suspended { since: Option<i64>, reason: Option<String> },
    /// No membership, or one that expired.
    Outside,
}

/// The one lifecycle predicate: active access = state active (or suspended
/// only until a time that has passed) and no expiry reached; the role is the
/// temporary one until it ends, then the one it falls back to.
pub fn standing(m: Option<&Membership>, now: i64) -> Standing {
    let Some(m) = m else {
        return Standing::Outside;
    };
    if m.expires.is_some_and(|e| e <= now) {
        return Standing::Outside;
    }
    if m.state == MemberState::Suspended && m.suspended_until.is_none_or(|u| u > now) {
        return Standing::Suspended { since: m.suspended_at, reason: m.suspend_reason.clone() };
    }
    match (m.role_expires, m.fallback_role) {
        (Some(until), Some(fallback)) if until <= now => Standing::Active(fallback),
        _ => Standing::Active(m.role),
    }
}

/// The acting user's standing in the org: `None` when not a member.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub org: &'a str,
    pub role: Option<Role>,
    pub target: Target,
    /// The org's security settings that bound what members may do.
    pub rules: Rules,
}

/// A yes or no, with the reason shown by `can-i` and in refusals.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub reason: String,
}

fn yes(reason: impl Into<String>) -> Decision {
    Decision { allowed: true, reason: reason.into() }
}

fn no(reason: impl Into<String>) -> Decision {
    Decision { allowed: false, reason: reason.into() }
}

/// Decides whether the user described by `facts` may take `action`.
pub fn decide(action: Action, facts: &Facts) -> Decision {
    let org = facts.org;
    let Some(role) = facts.role else {
        return no(format!("not a member of {org}"));
    };
    match &facts.target {
        Target::Org => match ORG_TABLE.iter().find(|(a, _)| *a == action) {
            Some((_, roles)) if roles.contains(&role) => setting(action, org, role, facts.rules),
            Some(_) => no(format!("{role} of {org}; only admins may {}", action)),
            None if action == Action::Use => no(format!("{action} needs a target such as connector/NAME")),
            None => no(format!("{action} needs a target such as dashboard/SLUG or chat/ID")),
        },
        Target::Connector { grant } => connector(action, org, role, facts.rules, grant.as_ref()),
        Target::Chat { is_owner } => match (action, is_owner) {
            (Action::Share, _) => no("chats are private and cannot be shared"),
            (Action::View | Action::Edit | Action::Delete, true) => yes("owner of the chat"),
            (Action::View | Action::Edit | Action::Delete, false) => no("chats are private to their owner"),
            _ => no(format!("{action} does not apply to a chat")),
        },
        Target::Dashboard { visibility, is_owner, grant } => {
            dashboard(action, org, role, *visibility, *is_owner, grant.as_ref())
        }
        Target::Team { slug, role: team_role } => team(action, org, role, slug, *team_role),
    }
}

/// A team: every member and admin sees it, a guest only their own; admins
/// and the team's maintainers change its membership, name and maintainers.
fn team(action: Action, org: &str, role: Role, slug: &str, team_role: Option<TeamRole>) -> Decision {
    match action {
        Action::View => match (role, team_role) {
            (Role::Admin | Role::Member, _) => yes(format!("{role} of {org}")),
            (Role::Guest, Some(_)) => yes(format!("member of team {slug}")),
            (Role::Guest, None) => no(format!("guest of {org}, not in team {slug}")),
        },
        Action::Edit => match (role, team_role) {
            (Role::Admin, _) => yes(format!("admin of {org}")),
            (_, Some(TeamRole::Maintainer)) => yes(format!("maintainer of team {slug}")),
            _ => no(format!("only admins and maintainers of team {slug} may change it")),
        },
        _ => no(format!("{action} does not apply to a team")),
    }
}

/// The org's settings may narrow what the table lets a member do; the reason
/// names the setting that decided.
fn setting(action: Action, org: &str, role: Role, rules: Rules) -> Decision {
    if role == Role::Admin {
        return yes(format!("{role} of {org}"));
    }
    match action {
        Action::CreateDashboard if !rules.member_dashboards => {
            no(format!("member-dashboards is off in {org}: only admins may create dashboards"))
        }
        Action::CreateDashboard => yes(format!("{role} of {org}; member-dashboards is on")),
        Action::UseConnectors if rules.connector_access == ConnectorAccess::Granted => no(format!(
            "connector-access is granted in {org}: a member may use only the connectors granted to them \
             (ask `can-i use connector/NAME`)"
        )),
        Action::UseConnectors => yes(format!("{role} of {org}; connector-access is open")),
        _ => yes(format!("{role} of {org}")),
    }
}

/// Using (querying) one connector: admins always; members as the org's
/// `connector-access` says.
fn connector(action: Action, org: &str, role: Role, rules: Rules, grant: Option<&Via>) -> Decision {
    if action != Action::Use {
        return no(format!("{action} does not apply to a connector"));
    }
    if role == Role::Admin {
        return yes(format!("admin of {org}"));
    }
    if role == Role::Guest {
        return match grant {
            Some(Via::Direct) => yes("direct grant (guest)"),
            Some(Via::Team(t)) => yes(format!("team {t} is granted use (guest)")),
            None => no(format!("guest of {org}: only connectors granted to them")),
        };
    }
    match (rules.connector_access, grant) {
        (ConnectorAccess::Open, _) => yes(format!("connector-access is open in {org}: every member may use it")),
        (ConnectorAccess::Granted, Some(Via::Direct)) => yes("direct grant (connector-access is granted)"),
        (ConnectorAccess::Granted, Some(Via::Team(t))) => {
            yes(format!("team {t} is granted use (connector-access is granted)"))
        }
        (ConnectorAccess::Granted, None) => no(format!("connector-access is granted in {org} and there is no grant")),
    }
}

fn dashboard(
    action: Action,
    org: &str,
    role: Role,
    visibility: Visibility,
    is_owner: bool,
    grant: Option<&(Permission, Via)>,
) -> Decision {
    if !action.needs_target() || action == Action::Use {
        return no(format!("{action} does not apply to a dashboard"));
    }
    if role == Role::Admin {
        return yes(format!("admin of {org}"));
    }
    if is_owner {
        return yes("owner of the dashboard");
    }
    let granted = |p: &Permission, via: &Via| match via {
        Via::Direct => format!("direct grant {p}"),
        Via::Team(t) => format!("team {t} has {p}"),
    };
    match action {
        Action::View => match (grant, visibility) {
            (Some((p, via)), _) => yes(granted(p, via)),
            (None, _) if role == Role::Guest => no(format!("guest of {org}: only dashboards shared with them")),
            (None, Visibility::Org) => yes(format!("org-wide dashboard, member of {org}")),
            (None, Visibility::Restricted) => no("restricted dashboard, no grant"),
        },
        Action::Edit => match grant {
            Some((Permission::Edit, via)) => yes(granted(&Permission::Edit, via)),
            Some((p, via)) => no(format!("{} only; editing needs edit", granted(p, via))),
            None if visibility == Visibility::Restricted || role == Role::Guest => {
                no("restricted dashboard, no grant")
            }
            None => no("no edit grant; only admins, the owner and edit grantees may edit"),
        },
        _ => no(format!("only admins and the owner may {action} a dashboard")),
    }
}

/// Whether a user can see that the dashboard exists at all: refusals on
/// dashboards a user cannot view answer "not found", so they do not leak.
pub fn can_view_dashboard(facts: &Facts) -> bool {
    decide(Action::View, facts).allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(role: Option<Role>, target: Target) -> Facts<'static> {
        Facts { org: "acme", role, target, rules: Rules::default() }
    }

    const ROLES: [Option<Role>; 4] = [Some(Role::Admin), Some(Role::Member), Some(Role::Guest), None];

    /// Each sight has its row, and what a guest sees is a part of what a
    /// member sees, which is a part of what an admin sees.
    #[test]
    fn every_sight_has_a_row_and_sight_widens_with_the_role() {
        for (sight, _) in SIGHT_TABLE {
            assert_eq!(SIGHT_TABLE.iter().filter(|(s, _)| s == sight).count(), 1, "{sight:?}");
            assert!(!sees(None, *sight), "a non-member has no {sight:?}");
            assert!(sees(Some(Role::Admin), *sight), "an admin sees everything, {sight:?} too");
            if sees(Some(Role::Guest), *sight) {
                assert!(sees(Some(Role::Member), *sight), "{sight:?}");
            }
        }
        assert!(!sees(Some(Role::Guest), Sight::OtherMembers));
        assert!(sees(Some(Role::Member), Sight::OtherMembers));
        assert!(!sees(Some(Role::Member), Sight::Plan));
    }

    #[test]
    fn org_actions_follow_the_table_for_every_role() {
        for (action, name) in Action::ORG_ACTIONS {
            for role in ROLES {
                let d = decide(*action, &facts(role, Target::Org));
                let expected = match role {
                    None => false,
                    Some(Role::Admin) => true,
                    Some(Role::Member) => matches!(
                        action,
                        Action::ViewOrg | Action::UseConnectors | Action::CreateDashboard | Action::LeaveOrg
                    ),
                    Some(Role::Guest) => matches!(action, Action::ViewOrg | Action::LeaveOrg),
                };
                assert_eq!(d.allowed, expected, "{name} as {role:?}: {}", d.reason);
                assert!(!d.reason.is_empty());
            }
        }
    }

    #[test]
    fn standing_reads_state_expiry_and_temporary_roles() {
        let m = Membership {
            role: Role::Admin,
            state: MemberState::Active,
            suspended_at: None,
            suspend_reason: None,
            suspended_until: None,
            expires: None,
            role_expires: None,
            fallback_role: None,
        };
        assert_eq!(standing(Some(&m), 100), Standing::Active(Role::Admin));
        assert_eq!(standing(None, 100), Standing::Outside);
        let expired = Membership { expires: Some(100), ..m.clone() };
        assert_eq!(standing(Some(&expired), 100), Standing::Outside);
        assert_eq!(standing(Some(&expired), 99), Standing::Active(Role::Admin));
        let temporary = Membership { role_expires: Some(50), fallback_role: Some(Role::Member), ..m.clone() };
        assert_eq!(standing(Some(&temporary), 49), Standing::Active(Role::Admin));
        assert_eq!(standing(Some(&temporary), 50), Standing::Active(Role::Member));
        let suspended = Membership {
            state: MemberState::Suspended,
            suspended_at: Some(10),
            suspend_reason: Some("why".into()),
            suspended_until: Some(60),
            ..m
        };
        assert_eq!(standing(Some(&suspended), 59), Standing::Suspended { since: Some(10), reason: Some("why".into()) });
        assert_eq!(standing(Some(&suspended), 60), Standing::Active(Role::Admin));
    }

    #[test]
    fn guests_see_only_what_is_shared_and_maintainers_edit_their_team() {
        let guest = |target| facts(Some(Role::Guest), target);
        let org_wide = Target::Dashboard { visibility: Visibility::Org, is_owner: false, grant: None };
        assert!(!decide(Action::View, &guest(org_wide)).allowed);
        let granted =
            Target::Dashboard { visibility: Visibility::Org, is_owner: false, grant: Some((Permission::View, Via::Direct)) };
        assert!(decide(Action::View, &guest(granted.clone())).allowed);
        assert!(!decide(Action::Edit, &guest(granted)).allowed);
        let rules = Rules { member_dashboards: true, connector_access: ConnectorAccess::Open };
        let f = Facts { org: "acme", role: Some(Role::Guest), target: Target::Connector { grant: None }, rules };
        assert!(!decide(Action::Use, &f).allowed, "open connector-access does not open connectors to guests");
        let team = |role, team_role| facts(Some(role), Target::Team { slug: "eng".into(), role: team_role });
        assert!(decide(Action::Edit, &team(Role::Member, Some(TeamRole::Maintainer))).allowed);
        assert!(!decide(Action::Edit, &team(Role::Member, Some(TeamRole::Member))).allowed);
        assert!(!decide(Action::Edit, &team(Role::Member, None)).allowed);
        assert!(decide(Action::Edit, &team(Role::Admin, None)).allowed);
        assert!(!decide(Action::View, &team(Role::Guest, None)).allowed);
        assert!(decide(Action::View, &team(Role::Guest, Some(TeamRole::Member))).allowed);
    }

    #[test]
    fn every_action_name_parses_back() {
        for (action, name) in Action::all() {
            assert_eq!(name.parse::<Action>().unwrap(), *action);
        }
        assert!("fly".parse::<Action>().is_err());
    }

    /// Every dashboard action for every kind of user, against docs/contract.md §2.
    #[test]
    fn dashboard_actions_follow_the_table() {
        #[derive(Clone, Copy, Debug)]
        enum Who {
            Admin,
            Owner,
            Member,
            ViewGrant,
            EditGrant,
            TeamView,
            TeamEdit,
            Outsider,
        }
        let all = [
            Who::Admin,
            Who::Owner,
            Who::Member,
            Who::ViewGrant,
            Who::EditGrant,
            Who::TeamView,
            Who::TeamEdit,
            Who::Outsider,
        ];
        for vis in Visibility::ALL {
            for who in all {
                let (role, is_owner, grant) = match who {
                    Who::Admin => (Some(Role::Admin), false, None),
                    Who::Owner => (Some(Role::Member), true, None),
                    Who::Member => (Some(Role::Member), false, None),
                    Who::ViewGrant => (Some(Role::Member), false, Some((Permission::View, Via::Direct))),
                    Who::EditGrant => (Some(Role::Member), false, Some((Permission::Edit, Via::Direct))),
                    Who::TeamView => (Some(Role::Member), false, Some((Permission::View, Via::Team("eng".into())))),
                    Who::TeamEdit => (Some(Role::Member), false, Some((Permission::Edit, Via::Team("eng".into())))),
                    Who::Outsider => (None, false, None),
                };
                let f = facts(role, Target::Dashboard { visibility: *vis, is_owner, grant });
                for (action, name) in Action::TARGET_ACTIONS {
                    let expected = match (who, action) {
                        (Who::Outsider, _) => false,
                        (Who::Admin | Who::Owner, _) => true,
                        (_, Action::View) => *vis == Visibility::Org || !matches!(who, Who::Member),
                        (Who::EditGrant | Who::TeamEdit, Action::Edit) => true,
                        _ => false,
                    };
                    let d = decide(*action, &f);
                    assert_eq!(d.allowed, expected, "{name} {vis:?} as {who:?}: {}", d.reason);
                }
            }
        }
    }

    #[test]
    fn team_grants_name_the_team() {
        let f = facts(
            Some(Role::Member),
            Target::Dashboard {
                visibility: Visibility::Restricted,
                is_owner: false,
                grant: Some((Permission::Edit, Via::Team("engineering".into()))),
            },
        );
        assert_eq!(decide(Action::Edit, &f).reason, "team engineering has edit");
        let f = facts(
            Some(Role::Member),
            Target::Dashboard { visibility: Visibility::Restricted, is_owner: false, grant: None },
        );
        assert_eq!(decide(Action::View, &f).reason, "restricted dashboard, no grant");
    }

    #[test]
    fn chats_belong_to_their_owner_only() {
        for role in ROLES {
            for (action, _) in Action::TARGET_ACTIONS {
                for is_owner in [true, false] {
                    let d = decide(*action, &facts(role, Target::Chat { is_owner }));
                    let expected = role.is_some() && is_owner && *action != Action::Share;
                    assert_eq!(d.allowed, expected, "{action} owner={is_owner} role={role:?}");
                }
            }
        }
    }

    #[test]
    fn settings_narrow_what_members_may_do_and_are_named() {
        let rules = Rules { member_dashboards: false, connector_access: ConnectorAccess::Granted };
        let f = |role| Facts { org: "acme", role: Some(role), target: Target::Org, rules };
        let d = decide(Action::CreateDashboard, &f(Role::Member));
        assert!(!d.allowed && d.reason.contains("member-dashboards"), "{}", d.reason);
        assert!(decide(Action::CreateDashboard, &f(Role::Admin)).allowed);
        let d = decide(Action::UseConnectors, &f(Role::Member));
        assert!(!d.allowed && d.reason.contains("connector-access"), "{}", d.reason);
        assert!(decide(Action::UseConnectors, &f(Role::Admin)).allowed);
    }

    #[test]
    fn connector_use_follows_the_access_setting() {
        for access in ConnectorAccess::ALL {
            let rules = Rules { member_dashboards: true, connector_access: *access };
            for (role, grant) in [
                (Some(Role::Admin), None),
                (Some(Role::Member), None),
                (Some(Role::Member), Some(Via::Direct)),
                (Some(Role::Member), Some(Via::Team("eng".into()))),
                (None, Some(Via::Direct)),
            ] {
                let f = Facts { org: "acme", role, target: Target::Connector { grant: grant.clone() }, rules };
                let d = decide(Action::Use, &f);
                let expected = match role {
                    None => false,
                    Some(Role::Admin) => true,
                    Some(Role::Member) => *access == ConnectorAccess::Open || grant.is_some(),
                    Some(Role::Guest) => grant.is_some(),
                };
                assert_eq!(d.allowed, expected, "{access:?} {role:?} {grant:?}: {}", d.reason);
                for (other, _) in Action::TARGET_ACTIONS {
                    assert!(!decide(*other, &f).allowed);
                }
            }
        }
        let f =
            facts(Some(Role::Admin), Target::Dashboard { visibility: Visibility::Org, is_owner: true, grant: None });
        assert!(!decide(Action::Use, &f).allowed, "use does not apply to a dashboard");
    }
}
