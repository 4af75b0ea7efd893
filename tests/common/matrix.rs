//! SPEC §2's permission matrix, as both its tests see it: the kinds of
//! actor (one column each), the roles the table names, and the rule that
//! derives what a cell should do from a row's roles. `in_process::matrix`
//! runs every cell through `ops`; `permission_matrix` runs the same cells
//! through the binary on PostgreSQL.

use std::fmt::Write as _;

use orgctl::model::Visibility;

/// The org-level actions `can-i` takes (SPEC §4), each with a row in both tables.
pub const ORG_ACTIONS: [&str; 16] = [
    "view-org",
    "manage-org",
    "invite",
    "manage-members",
    "manage-teams",
    "manage-connectors",
    "use-connectors",
    "manage-billing",
    "view-audit",
    "create-dashboard",
    "leave-org",
    "manage-integrations",
    "manage-security",
    "review-access",
    "sync",
    "suspend-members",
];

/// The kinds of actor. Each is `KEY@matrix.test` in org `acme`, but the
/// outsiders: `other-org` is an admin of `globex`, `no-org` is in no org.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Actor {
    Admin,
    Member,
    Owner,
    ViewDirect,
    ViewTeam,
    EditDirect,
    EditTeam,
    Maintainer,
    Guest,
    Suspended,
    OtherOrg,
    NoOrg,
}

pub const ACTORS: [Actor; 12] = [
    Actor::Admin,
    Actor::Member,
    Actor::Owner,
    Actor::ViewDirect,
    Actor::ViewTeam,
    Actor::EditDirect,
    Actor::EditTeam,
    Actor::Maintainer,
    Actor::Guest,
    Actor::Suspended,
    Actor::OtherOrg,
    Actor::NoOrg,
];

impl Actor {
    pub fn key(self) -> &'static str {
        match self {
            Actor::Admin => "admin",
            Actor::Member => "member",
            Actor::Owner => "owner",
            Actor::ViewDirect => "view-direct",
            Actor::ViewTeam => "view-team",
            Actor::EditDirect => "edit-direct",
            Actor::EditTeam => "edit-team",
            Actor::Maintainer => "maintainer",
            Actor::Guest => "guest",
            Actor::Suspended => "suspended",
            Actor::OtherOrg => "other-org",
            Actor::NoOrg => "no-org",
        }
    }

    pub fn email(self) -> String {
        format!("{}@matrix.test", self.key())
    }

    /// The actors the lifecycle adds (guest, suspended, team maintainer).
    pub fn of_the_lifecycle(self) -> bool {
        matches!(self, Actor::Maintainer | Actor::Guest | Actor::Suspended)
    }

    /// A member of the org, in any role or state.
    pub fn in_org(self) -> bool {
        !matches!(self, Actor::OtherOrg | Actor::NoOrg)
    }

    /// An active member of the org in any role but guest.
    pub fn member(self) -> bool {
        self.in_org() && !matches!(self, Actor::Guest | Actor::Suspended)
    }

    /// Whether this actor holds `role` on the fixtures' dashboards and chat
    /// (all the owner's, granted to the four grantees) and team `scratch`.
    pub fn holds(self, role: Holder) -> bool {
        match role {
            Holder::A => self == Actor::Admin,
            Holder::M => self.member() && self != Actor::Admin,
            Holder::O => self == Actor::Owner,
            Holder::GView => matches!(self, Actor::ViewDirect | Actor::ViewTeam),
            Holder::GEdit => matches!(self, Actor::EditDirect | Actor::EditTeam),
            Holder::T => self == Actor::Maintainer,
        }
    }

    fn holds_any(self, roles: &[Holder]) -> bool {
        roles.iter().any(|r| self.holds(*r))
    }
}

/// The roles SPEC §2 names: `A` admin, `M` member, `O` dashboard (or chat)
/// owner, `G(view|edit)` grantees, and `T` a maintainer of the team acted on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Holder {
    A,
    M,
    O,
    GView,
    GEdit,
    T,
}
use Holder::*;

pub const ADMINS: &[Holder] = &[A];
pub const MEMBERS: &[Holder] = &[A, M];
pub const MAINTAINERS: &[Holder] = &[A, T];
/// Who may view a restricted dashboard; everyone else is told it does not exist.
pub const VIEW_RESTRICTED: &[Holder] = &[A, O, GView, GEdit];
pub const EDIT_DASHBOARD: &[Holder] = &[A, O, GEdit];
pub const MANAGE_DASHBOARD: &[Holder] = &[A, O];
pub const CHAT_OWNER: &[Holder] = &[O];

/// What a row acts on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Target {
    Org,
    Dashboard(Visibility),
    Chat,
}

pub const DORG: Target = Target::Dashboard(Visibility::Org);
pub const DRES: Target = Target::Dashboard(Visibility::Restricted);

/// The other visibility.
pub fn flipped(v: Visibility) -> Visibility {
    match v {
        Visibility::Org => Visibility::Restricted,
        Visibility::Restricted => Visibility::Org,
    }
}

/// What a cell should do.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
    Allowed,
    /// Refused as not visible: the answer a missing object gets.
    NotFound,
    Forbidden,
}

/// SPEC §2's rule for a row on `target` that `allowed` may take: an actor
/// holding one of those roles succeeds; someone outside the org finds
/// nothing (exit 3); a suspended member is refused (exit 4); a member who
/// may not view a restricted dashboard, or acts on another user's chat,
/// finds nothing; any other member is refused. `None` for a guest, whose
/// cells the in-process snapshot holds.
pub fn expected(target: Target, allowed: &[Holder], actor: Actor) -> Option<Outcome> {
    Some(match actor {
        Actor::Guest => return None,
        Actor::OtherOrg | Actor::NoOrg => Outcome::NotFound,
        Actor::Suspended => Outcome::Forbidden,
        _ if actor.holds_any(allowed) => Outcome::Allowed,
        // The owner sees their chat, so a refusal is a refusal; anyone else
        // cannot tell it from a missing one.
        _ if target == DRES && !actor.holds_any(VIEW_RESTRICTED) => Outcome::NotFound,
        _ if target == Target::Chat && !actor.holds_any(CHAT_OWNER) => Outcome::NotFound,
        _ => Outcome::Forbidden,
    })
}

/// A manifest's `[[orgs.dashboards]]` entry: dashboard `slug` of the owner,
/// granted to the four grantees (`view-direct` and team `viewers` view,
/// `edit-direct` and team `editors` edit), and to `more` (grant objects).
pub fn dashboard_toml(m: &mut String, slug: &str, vis: Visibility, more: &[&str]) {
    let _ = write!(
        m,
        r#"
  [[orgs.dashboards]]
  slug = "{slug}"
  title = "Dashboard {slug}"
  visibility = "{vis}"
  owner = "owner@matrix.test"
  grants = [
    {{ user = "view-direct@matrix.test", permission = "view" }},
    {{ user = "edit-direct@matrix.test", permission = "edit" }},
    {{ team = "viewers", permission = "view" }},
    {{ team = "editors", permission = "edit" }},
"#,
        vis = vis.as_str()
    );
    for grant in more {
        let _ = writeln!(m, "    {grant},");
    }
    m.push_str("  ]\n");
}
