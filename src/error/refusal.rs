//! Why a command said no, as data: the door's answers, the rules' and each
//! verb's own, each turned into its words, its hint and its exit code here
//! and nowhere else.

use super::{Error, ErrorKind};

/// A kind of named thing in an org, for "missing" answers (exit 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Team,
    Dashboard,
    Chat,
    Connector,
    Integration,
    Invite,
}

impl Thing {
    fn word(self) -> &'static str {
        match self {
            Thing::Team => "team",
            Thing::Dashboard => "dashboard",
            Thing::Chat => "chat",
            Thing::Connector => "connector",
            Thing::Integration => "integration",
            Thing::Invite => "invite",
        }
    }

    /// Where to see the ones that exist.
    fn hint(self) -> &'static str {
        match self {
            Thing::Team => "see `orgctl team list`",
            Thing::Dashboard => "see the dashboards you can view with `orgctl dashboard list`",
            Thing::Chat => "see your chats with `orgctl chat list`",
            Thing::Connector => "see `orgctl connector list`",
            Thing::Integration => "see `orgctl integration list`",
            Thing::Invite => "see `orgctl invite list --state all`",
        }
    }
}

/// How a context file no longer fits the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staleness {
    /// Its user does not exist.
    UserGone { email: String },
    /// Its org does not exist.
    OrgGone { slug: String },
    /// Its org was deleted and its slug now names another.
    OrgReplaced { slug: String },
    /// Its user is no longer a member of its org.
    NoLongerMember { email: String, slug: String },
}

/// Why the door, a rule or a verb said no, as data: each reason names what
/// it is about, and is turned into its words, its hint and its exit code in
/// one place (`From<Refusal> for Error`); the error keeps the reason
/// ([`Error::refusal`]), so a caller can tell reasons apart by their data,
/// never by their words.
///
/// Roles, states and times are carried as the words the user reads: this
/// module sits below the model, which makes its values from these errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    // The door: who is acting, and where (exit 3 or 4).
    /// No acting user is set (exit 4).
    NoCurrentUser,
    /// No current org is set (exit 4).
    NoCurrentOrg,
    /// The user named on the command line or in a variable does not exist (exit 3).
    NoSuchUser { email: String },
    /// The org does not exist, or the acting user is not a member: alike, so
    /// that nobody learns which slugs other tenants use (exit 3).
    NoSuchOrg { slug: String },
    /// The acting user is suspended in the org (exit 4).
    Suspended { org: String, email: String, since: String, reason: String },
    /// The org is one of the context file's, and the user given by `--as` is
    /// not a member of it: the file is fine, the pair is not (exit 3).
    NotInContextOrg { slug: String, email: String },
    /// The context file names a user or org that no longer fits the store
    /// (exit 4; `whoami` still answers, and says how to repair it).
    Stale(Staleness),
    /// The policy refused an action on the org (exit 4).
    NotAllowed { email: String, action: &'static str, org: String, reason: String },
    /// The policy refused an action on a dashboard, chat or team the user may see (exit 4).
    NotAllowedOn { email: String, action: String, thing: Thing, name: String, org: String, reason: String },

    // Things that are not there, or not there for this user (exit 3).
    /// A team, dashboard, chat, connector, integration or invite that does
    /// not exist in the org, or that the acting user may not see.
    Missing { thing: Thing, name: String, org: String },
    /// Someone who is not a member of the org. `pending_invite` (shown to
    /// admins) is their open invite's id; `listable` says whether the
    /// acting user may see the member list.
    NotAMember { email: String, org: String, pending_invite: Option<i64>, listable: bool },
    /// Someone who is not on the team.
    NotOnTeam { email: String, team: String },
    /// `member add` of an email nobody registered.
    NotRegistered { email: String },
    /// A user who does not exist or shares no org with the acting user: alike.
    UserNotVisible { email: String },
    /// An email without an open or revoked invite in the org.
    NoPendingInvite { email: String, org: String },
    /// A token no invite has.
    NoInviteForToken,

    // The rules every verb keeps (exit 5).
    /// The change would leave the org without an active admin.
    LastAdmin { email: String, org: String, doing: String },
    /// The change would leave no admin whose admin role does not end.
    LastPermanentAdmin { email: String, org: String, doing: String },
    /// The row is managed by a directory sync, and `--force` was not given.
    ManagedBySync { what: String, source: String },

    // Names and states already taken (exit 5).
    OrgExists { slug: String },
    TeamExists { slug: String, org: String },
    ConnectorExists { name: String, org: String },
    /// `integration add` of a name that exists with other values.
    IntegrationDiffers { name: String, org: String },
    /// A dashboard slug in use, seen or hidden: the same words either way.
    SlugTaken { slug: String, org: String },
    /// `user add` of an email registered under another name.
    UserExists { email: String },
    /// `invite create` for a member.
    AlreadyMember { email: String, org: String },
    /// `member add` of a member; `asked` is the role the command asked for.
    AlreadyMemberAs { email: String, org: String, role: String, asked: String },
    /// `invite create` while another pending invite, differing in role or teams, exists.
    InviteDiffers { email: String, org: String, id: i64 },
    /// `invite revoke` of an accepted or declined invite.
    NotRevocable { id: i64, state: String },
    /// `invite resend` of an invite that is neither pending nor expired.
    NotResendable { id: i64, state: String, email: String },
    /// `invite accept` by a user the invite is not for.
    InviteForAnother { email: String },
    /// `invite accept` of an expired invite.
    InviteExpired { org: String, id: i64 },
    /// `invite accept` of an invite revoked, declined or accepted.
    InviteClosed { org: String, state: String },
    /// `invite accept` by a member whose role differs from the invite's.
    MemberInOtherRole { org: String, email: String, role: String, invited: String },
    /// A sync that would change more members than `--max-changes` allows.
    TooManyChanges { source: String, org: String, count: usize, limit: String },

    // The org's settings and the admins' reserves (exit 4).
    /// An email whose domain the org's `guest-domains` does not list.
    GuestDomain { email: String, org: String, domains: Vec<String> },
    /// An email whose domain the org's `allowed-domains` does not list.
    DomainNotAllowed { email: String, org: String, domains: Vec<String> },
    /// The same, told to the invitee, who may not read the setting's domains.
    DomainNotListed { email: String, org: String, setting: &'static str },
    /// `--expires` beyond the org's `invite-max-lifetime`.
    InviteTooLong { org: String, max: String, asked: String },
    /// An expiry beyond the org's `grant-max-lifetime`.
    GrantTooLong { org: String, max: String, what: String, asked: String },
    /// A guest asking who else may see something.
    GuestReview { email: String, org: String },
    /// A member asking for another member's access.
    OthersAccess { email: String, other: String, org: String },
    /// `check` of an org by someone who is not its admin.
    PolicyTestsAdminsOnly { org: String, reason: String },
    /// `apply` naming an existing org the actor does not administer.
    ApplyNotAdmin { email: String, org: String },
    /// `apply` refused by the policy in an org.
    ApplyRefused { email: String, org: String, reason: String },
    /// A manifest renaming an existing user other than the actor.
    RenamesOther { email: String },
    /// `export` of an org the actor does not administer.
    ExportAdminsOnly { email: String, org: String },
}

impl Refusal {
    /// The exit code's kind.
    pub fn kind(&self) -> ErrorKind {
        use Refusal::*;
        match self {
            NoCurrentUser
            | NoCurrentOrg
            | Stale(_)
            | Suspended { .. }
            | NotAllowed { .. }
            | NotAllowedOn { .. }
            | GuestDomain { .. }
            | DomainNotAllowed { .. }
            | DomainNotListed { .. }
            | InviteTooLong { .. }
            | GrantTooLong { .. }
            | GuestReview { .. }
            | OthersAccess { .. }
            | PolicyTestsAdminsOnly { .. }
            | ApplyNotAdmin { .. }
            | ApplyRefused { .. }
            | RenamesOther { .. }
            | ExportAdminsOnly { .. } => ErrorKind::Forbidden,
            NoSuchUser { .. }
            | NoSuchOrg { .. }
            | NotInContextOrg { .. }
            | Missing { .. }
            | NotAMember { .. }
            | NotOnTeam { .. }
            | NotRegistered { .. }
            | UserNotVisible { .. }
            | NoPendingInvite { .. }
            | NoInviteForToken => ErrorKind::NotFound,
            LastAdmin { .. }
            | LastPermanentAdmin { .. }
            | ManagedBySync { .. }
            | OrgExists { .. }
            | TeamExists { .. }
            | ConnectorExists { .. }
            | IntegrationDiffers { .. }
            | SlugTaken { .. }
            | UserExists { .. }
            | AlreadyMember { .. }
            | AlreadyMemberAs { .. }
            | InviteDiffers { .. }
            | NotRevocable { .. }
            | NotResendable { .. }
            | InviteForAnother { .. }
            | InviteExpired { .. }
            | InviteClosed { .. }
            | MemberInOtherRole { .. }
            | TooManyChanges { .. } => ErrorKind::Conflict,
        }
    }

    /// Whether it says something is not there (for this user).
    pub fn is_missing(&self) -> bool {
        self.kind() == ErrorKind::NotFound
    }

    /// What a sync's dry run says of [`Refusal::TooManyChanges`] (nothing
    /// was to be written anyway); any other refusal's message.
    pub fn plan_words(&self) -> String {
        match self {
            Refusal::TooManyChanges { source, org, count, limit } => {
                format!("{source} would change {count} members of {org}, more than {limit}")
            }
            other => other.message(),
        }
    }

    /// What the user reads.
    pub fn message(&self) -> String {
        use Refusal::*;
        match self {
            NoCurrentUser => "no current user".into(),
            NoCurrentOrg => "no current org".into(),
            NoSuchUser { email } => format!("user {email} does not exist"),
            NoSuchOrg { slug } | NotInContextOrg { slug, .. } => {
                format!("org {slug} does not exist or you are not a member")
            }
            Stale(Staleness::UserGone { email }) => {
                format!("the context is stale: its user {email} does not exist in this store")
            }
            Stale(Staleness::OrgGone { slug }) => format!("the context is stale: its org {slug} no longer exists"),
            Stale(Staleness::OrgReplaced { slug }) => {
                format!("the context is stale: its org {slug} was deleted, and {slug} now names another org")
            }
            Stale(Staleness::NoLongerMember { email, slug }) => {
                format!("the context is stale: {email} is no longer a member of {slug}")
            }
            Suspended { org, since, reason, .. } => format!("you are suspended in {org} since {since} ({reason})"),
            NotAllowed { email, action, org, reason } => format!("{email} may not {action} in {org}: {reason}"),
            NotAllowedOn { email, action, thing, name, org, reason } => {
                format!("{email} may not {action} {} {name} in {org}: {reason}", thing.word())
            }
            Missing { thing, name, org } => format!("{} {name} does not exist in {org}", thing.word()),
            NotAMember { email, org, .. } => format!("{email} is not a member of {org}"),
            NotOnTeam { email, team } => format!("{email} is not a member of team {team}"),
            NotRegistered { email } => format!("user {email} does not exist"),
            UserNotVisible { email } => format!("user {email} does not exist or shares no org with you"),
            NoPendingInvite { email, org } => format!("{email} has no pending invite in {org}"),
            NoInviteForToken => "no invite has this token".into(),
            LastAdmin { email, org, doing } => format!("{email} is the last admin of {org}; cannot {doing}"),
            LastPermanentAdmin { email, org, doing } => {
                format!("{email} is the last admin of {org} whose admin role does not expire; cannot {doing}")
            }
            ManagedBySync { what, source } => {
                format!("{what} is managed by {source}; change it in the directory or pass --force")
            }
            OrgExists { slug } => format!("org {slug} already exists"),
            TeamExists { slug, org } => format!("team {slug} already exists in {org}"),
            ConnectorExists { name, org } => format!("connector {name} already exists in {org}"),
            IntegrationDiffers { name, org } => format!("integration {name} already exists in {org} with other values"),
            SlugTaken { slug, org } => format!("the slug {slug} is already taken in {org}"),
            UserExists { email } => format!("user {email} already exists, with another name"),
            AlreadyMember { email, org } => format!("{email} is already a member of {org}"),
            AlreadyMemberAs { email, org, role, .. } => format!("{email} is already a member of {org} as {role}"),
            InviteDiffers { email, org, id } => format!("{email} already has a pending invite to {org} (id {id})"),
            NotRevocable { id, state } => format!("invite {id} is {state} and can no longer be revoked"),
            NotResendable { id, state, .. } => {
                format!("invite {id} is {state}; only pending or expired invites can be resent")
            }
            InviteForAnother { email } => format!("this invite is for another email, not {email}"),
            InviteExpired { org, .. } => format!("this invite to {org} has expired"),
            InviteClosed { org, state } => format!("this invite to {org} is {state}"),
            MemberInOtherRole { org, role, invited, .. } => {
                format!("you are already a member of {org} as {role}; this invite is for {invited}")
            }
            TooManyChanges { .. } => format!("{}; nothing was written", self.plan_words()),
            GuestDomain { email, org, domains } => {
                format!("{email} may not join {org} as a guest: its guest-domains setting is {}", domains.join(", "))
            }
            DomainNotAllowed { email, org, domains } => {
                format!("{email} may not join {org}: its allowed-domains setting is {}", domains.join(", "))
            }
            DomainNotListed { email, org, setting } => {
                format!("{email} may not join {org}: its {setting} setting does not list that domain")
            }
            InviteTooLong { org, max, asked } => {
                format!("an invite to {org} may be valid for at most {max} (its invite-max-lifetime setting), not {asked}")
            }
            GrantTooLong { org, max, what, asked } => {
                format!("grant-max-lifetime of {org} allows expiries up to {max}; {what} asked for {asked}")
            }
            GuestReview { email, org } => {
                format!("{email} is a guest of {org}: guests see what is shared with them, not who else may see it")
            }
            OthersAccess { email, other, org } => {
                format!("{email} may not see {other}'s access in {org}: only admins may (anyone may see their own)")
            }
            PolicyTestsAdminsOnly { org, reason } => format!("only an admin of {org} may run its policy tests: {reason}"),
            ApplyNotAdmin { email, org } => format!("{email} is not an admin of {org}, which the manifest names"),
            ApplyRefused { email, org, reason } => format!("{email} may not apply to {org}: {reason}"),
            RenamesOther { email } => {
                format!("the manifest renames {email}, an existing user; only they can rename themselves")
            }
            ExportAdminsOnly { email, org } => format!("{email} may not export {org}: only its admins may"),
        }
    }

    /// What to type next, if anything.
    pub fn hint(&self) -> Option<String> {
        use Refusal::*;
        Some(match self {
            NoCurrentUser => {
                "run `orgctl login EMAIL` (or pass `--as EMAIL`); new here? `orgctl user add EMAIL --name NAME` first".into()
            }
            NoCurrentOrg => "run `orgctl org switch SLUG` (see `orgctl org list`), or pass `--org SLUG`".into(),
            NoSuchUser { email } => format!("register it with `orgctl user add {email}`"),
            NoSuchOrg { .. } => "see your orgs with `orgctl org list`".into(),
            NotInContextOrg { slug, email } => format!(
                "{slug} is the current org of the context file; pass `--org SLUG` with one of `orgctl --as {email} org list`"
            ),
            Stale(Staleness::UserGone { .. }) => {
                "run `orgctl login EMAIL` with an existing user, or `orgctl logout`".into()
            }
            // `org list` may well be empty, so the repair names the other ways out too.
            Stale(_) => {
                "run `orgctl org switch SLUG` with one of `orgctl org list` (or `orgctl org create SLUG`, or `orgctl logout`)"
                    .into()
            }
            Suspended { org, email, .. } => format!("ask an admin of {org} to run `orgctl member reactivate {email}`"),
            NotAllowed { org, .. } => format!("ask an admin of {org} (see `orgctl member list --role admin`)"),
            NotAllowedOn { thing: Thing::Dashboard, name, .. } => {
                format!("see who can with `orgctl dashboard access {name}`")
            }
            NotAllowedOn { thing: Thing::Team, name, org, .. } => {
                format!("ask an admin of {org} or a maintainer of team {name}")
            }
            NotAllowedOn { .. } => return None,
            Missing { thing, .. } => thing.hint().into(),
            NotAMember { email, pending_invite: Some(id), .. } => {
                format!("{email} only has a pending invite (id {id}); revoke it with `orgctl invite revoke {email}`")
            }
            NotAMember { listable: true, .. } => "see `orgctl member list`".into(),
            NotAMember { .. } => return None,
            NotOnTeam { email, team } => format!("add them first with `orgctl team add {team} {email}`"),
            NotRegistered { email } => format!(
                "register it with `orgctl user add {email}`, or send an invite with `orgctl invite create {email}`"
            ),
            UserNotVisible { .. } => return None,
            NoPendingInvite { email, .. } => {
                format!("see `orgctl invite list --state all`, or invite them with `orgctl invite create {email}`")
            }
            NoInviteForToken => "check the token, or ask for a new invite".into(),
            LastAdmin { .. } => "promote someone first with `orgctl member set-role EMAIL admin`".into(),
            LastPermanentAdmin { .. } => {
                "make another admin without `--expires` first (`orgctl member set-role EMAIL admin`)".into()
            }
            ManagedBySync { source, .. } => {
                let name = source.strip_prefix("sync:").unwrap_or(source);
                format!("the next `orgctl sync --source {name}` decides it again; `--force` changes it here anyway")
            }
            OrgExists { .. } => "choose another slug".into(),
            TeamExists { slug, .. } => format!("to change it, run `orgctl team edit {slug}`"),
            ConnectorExists { name, .. } => format!("to change it, run `orgctl connector edit {name}`"),
            IntegrationDiffers { name, .. } => format!("to change it, run `orgctl integration edit {name}`"),
            SlugTaken { .. } => "choose another with `--slug SLUG`".into(),
            UserExists { email } => format!("to rename it, run `orgctl --as {email} user edit --name NAME`"),
            AlreadyMember { .. } => return None,
            AlreadyMemberAs { email, asked, .. } => {
                format!("to change the role, run `orgctl member set-role {email} {asked}`")
            }
            InviteDiffers { id, .. } => format!(
                "it differs in role or teams; revoke it first with `orgctl invite revoke {id}`, or send it again with `orgctl invite resend {id}`"
            ),
            NotRevocable { .. } => return None,
            NotResendable { email, .. } => format!("create a new one with `orgctl invite create {email}`"),
            InviteForAnother { .. } => "accept it as the invited user with `--as EMAIL`".into(),
            InviteExpired { org, id } => format!("ask an admin of {org} to run `orgctl invite resend {id}`"),
            InviteClosed { .. } => return None,
            MemberInOtherRole { org, email, invited, .. } => format!(
                "decline it with `orgctl invite decline TOKEN`, or ask an admin of {org} to run `orgctl member set-role {email} {invited}`"
            ),
            TooManyChanges { .. } => {
                "check that the export is complete (`--dry-run` prints the plan), then pass `--max-changes N` or `--max-changes P%`".into()
            }
            GuestDomain { org, .. } => {
                format!("an admin of {org} may widen it with `orgctl org security set --guest-domains DOMAIN,...`")
            }
            DomainNotAllowed { org, .. } => {
                format!("an admin of {org} may widen it with `orgctl org security set --allowed-domains DOMAIN,...`")
            }
            DomainNotListed { org, .. } => {
                format!("ask an admin of {org} to widen the setting, or to invite another of your emails")
            }
            InviteTooLong { max, .. } => format!("pass `--expires {max}` or less"),
            GrantTooLong { .. } => {
                "give a shorter `--expires`, or ask an admin to change `org security set --grant-max-lifetime`".into()
            }
            GuestReview { .. } => "ask an admin of the org, who may run `orgctl access review`".into(),
            OthersAccess { email, .. } => format!("run `orgctl member show {email}`"),
            PolicyTestsAdminsOnly { .. } => {
                "run `orgctl check` as an admin of every org in the file (`--as EMAIL`)".into()
            }
            ApplyNotAdmin { .. } | ApplyRefused { .. } => {
                "apply as an admin of every existing org in the file (`--as EMAIL`)".into()
            }
            RenamesOther { email } => format!(
                "drop `name` from that [[users]] entry, or ask {email} to run `orgctl user edit --name NAME`"
            ),
            ExportAdminsOnly { .. } => "see the orgs you administer with `orgctl org list`".into(),
        })
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Error {
        let mut e = Error::new(r.kind(), r.message());
        e.hint = r.hint();
        e.refusal = Some(Box::new(r));
        e
    }
}
