//! SPEC §2 exhaustively, in-process: every action of the permission table,
//! run through the `ops` call its command makes and asked of `can-i`, by
//! every kind of actor, compared with an exact table
//! (`tests/snapshots/permission_matrix.txt`).
//!
//! Each cell is checked three ways:
//! - the whole grid must equal the snapshot, cell for cell;
//! - for the actors §2 names by role (admin, member, dashboard owner,
//!   grantees, team maintainer, suspended, outsiders) the cell must be what
//!   the row's roles say (the rule below), so a blessed snapshot cannot
//!   quietly grant what §2 refuses; guests are held by the snapshot alone;
//! - `can-i` must agree with the command: yes exactly when it did it, and
//!   "not found" whenever the command could not find its target (but for
//!   guests, whose org-level answers do not speak of what a listing shows
//!   them).
//!
//! The rule: an actor holding one of the row's roles succeeds; someone
//! outside the org gets "not found" (exit 3); a suspended member is refused
//! (exit 4, told they are suspended); a member who may not view a restricted
//! dashboard, or acts on another user's chat, gets "not found"; any other
//! member is refused (exit 4).
//!
//! All rows share one world, built once: a row that changes the store acts,
//! in each cell, on a target of that actor's own (`victim-KEY`, a dashboard
//! per cell, ...), so every actor meets the same state; deleting the org
//! runs each cell on a world of its own.

use std::collections::HashMap;
use std::fmt::Write as _;

use orgctl::error::Error;
use orgctl::manifest::{Format, Manifest};
use orgctl::model::security::{ConnectorAccess, IntegrationKind, SecuritySet};
use orgctl::model::{Duration, Email, Expiry, Permission, Role, Slug, TeamRole, Visibility};
use orgctl::ops::access::ReviewFilter;
use orgctl::ops::can_i::Subject;
use orgctl::ops::dashboard::{DashboardEdit, NewDashboard, ShareTarget};
use orgctl::ops::db::AuditFilter;
use orgctl::ops::integration::{IntegrationEdit, NewIntegration};
use orgctl::ops::invite::InviteRef;
use orgctl::ops::member::RemoveOptions;
use orgctl::ops::terms::Terms;
use orgctl::ops::{self, Who};
use orgctl::policy::Action;
use orgctl::store::Store;

use crate::common::in_process::{
    assert_snapshot, email, exit_code, mask_times, message, name, shown, slug, url, who, World, NO_EDIT,
};
use crate::common::matrix::{
    dashboard_toml, expected, flipped, Actor, Holder, Outcome, Target, ACTORS, ADMINS, CHAT_OWNER, DORG, DRES,
    EDIT_DASHBOARD, MAINTAINERS, MANAGE_DASHBOARD, MEMBERS, ORG_ACTIONS, VIEW_RESTRICTED,
};

const ORG: &str = "acme";
const OTHER_ORG: &str = "globex";

/// What a command did: its change or answer, or, for a listing, whether the row's item was in it.
enum Seen {
    Done,
    Listed(bool),
}

fn done<T>(_: T) -> Seen {
    Seen::Done
}

/// What a cell's `ops` call gets: the store, the actor, and the row's targets.
struct Cell<'a> {
    store: &'a mut Store,
    who: Who,
    /// The acting user's email.
    me: Email,
    /// The row's dashboard and the other visibility than its own.
    dashboard: Slug,
    flipped: Visibility,
    /// The row's chat (the owner's).
    chat: i64,
    /// The actor's key, which names the targets of their own.
    key: &'static str,
}

impl Cell<'_> {
    /// `PREFIX-KEY@matrix.test`: a user who is there for this actor's cell only.
    fn own(&self, prefix: &str) -> Email {
        email(&format!("{prefix}-{}@matrix.test", self.key))
    }

    /// `PREFIX-KEY`: a team, connector or integration for this actor's cell only.
    fn own_slug(&self, prefix: &str) -> Slug {
        slug(&format!("{prefix}-{}", self.key))
    }
}

type Op = fn(&mut Cell) -> Result<Seen, Error>;

struct Row {
    /// SPEC §2's wording.
    action: &'static str,
    target: Target,
    can_i: Question,
    /// The `ops` call of the command; `None` when there is only `can-i`.
    op: Option<Op>,
    allowed: &'static [Holder],
    /// The call changes its dashboard or chat: each cell acts on its own.
    per_cell: bool,
    /// The call changes the whole org: each cell runs on a world of its own.
    fresh: bool,
}

impl Row {
    fn fresh(self) -> Row {
        Row { fresh: true, ..self }
    }
}

/// `can-i ACTION [TARGET]` (`{d}` the dashboard, `{c}` the chat), if the row asks it.
type Question = Option<(&'static str, Option<&'static str>)>;

fn read(action: &'static str, target: Target, can_i: Question, allowed: &'static [Holder], op: Op) -> Row {
    Row { action, target, can_i, op: Some(op), allowed, per_cell: false, fresh: false }
}

fn write(action: &'static str, target: Target, can_i: Question, allowed: &'static [Holder], op: Op) -> Row {
    Row { per_cell: true, ..read(action, target, can_i, allowed, op) }
}

fn ask(action: &'static str, target: Target, can_i: Question, allowed: &'static [Holder]) -> Row {
    Row { op: None, can_i, ..read(action, target, None, allowed, |_| Ok(Seen::Done)) }
}

const fn can(action: &'static str) -> Question {
    Some((action, None))
}

const fn can_on(action: &'static str, target: &'static str) -> Question {
    Some((action, Some(target)))
}

fn no_terms() -> Terms {
    Terms::default()
}

/// SPEC §2, one row per action and (for dashboards) visibility.
fn table() -> Vec<Row> {
    vec![
        // view org, list members, list/show teams, list/show connectors: A, M
        read("view org", Target::Org, can("view-org"), MEMBERS, |c| {
            ops::org::show(c.store, &c.who, Some(&slug(ORG))).map(done)
        }),
        read("list members", Target::Org, can("view-org"), MEMBERS, |c| {
            let mut listed = false;
            ops::member::list(c.store, &c.who, None, None, &mut |m| {
                listed |= m.email == "owner@matrix.test";
                Ok(())
            })?;
            Ok(Seen::Listed(listed))
        }),
        read("list teams", Target::Org, can("view-org"), MEMBERS, |c| {
            let teams = ops::team::list(c.store, &c.who)?;
            Ok(Seen::Listed(teams.iter().any(|t| t.slug == "scratch2")))
        }),
        read("show teams", Target::Org, can_on("view", "team/scratch2"), MEMBERS, |c| {
            ops::team::show(c.store, &c.who, &slug("scratch2")).map(done)
        }),
        read("list connectors", Target::Org, can("use-connectors"), MEMBERS, |c| {
            let listed = ops::connector::list(c.store, &c.who)?;
            Ok(Seen::Listed(listed.iter().any(|k| k.name == "wh")))
        }),
        read("show connectors", Target::Org, can("use-connectors"), MEMBERS, |c| {
            ops::connector::show(c.store, &c.who, &slug("wh")).map(done)
        }),
        read("see who may use a connector", Target::Org, can("view-org"), MEMBERS, |c| {
            ops::connector_access::access(c.store, &c.who, &slug("wh")).map(done)
        }),
        ask("use a connector (open)", Target::Org, can_on("use", "connector/wh"), MEMBERS),
        // edit org name, delete org: A
        write("edit org name", Target::Org, can("manage-org"), ADMINS, |c| {
            ops::org::edit(c.store, &c.who, Some(&slug(ORG)), &name("Acme renamed")).map(done)
        }),
        write("delete org", Target::Org, can("manage-org"), ADMINS, |c| {
            ops::org::delete(c.store, &c.who, &slug(ORG), false).map(done)
        })
        .fresh(),
        // invite, list/revoke/resend invites, add/remove members, change roles: A
        write("invite", Target::Org, can("invite"), ADMINS, |c| {
            ops::invite::create(
                c.store,
                &c.who,
                &[email(&format!("new-{}@invited.test", c.key))],
                Role::Member,
                &[],
                None,
                |_| Ok(()),
            )
            .map(done)
        }),
        read("list invites", Target::Org, can("invite"), ADMINS, |c| {
            ops::invite::list(c.store, &c.who, None).map(done)
        }),
        write("revoke invites", Target::Org, can("invite"), ADMINS, |c| {
            let invite = InviteRef::Email(email(&format!("rv-{}@invited.test", c.key)));
            ops::invite::revoke(c.store, &c.who, &invite, false, false).map(done)
        }),
        write("resend invites", Target::Org, can("invite"), ADMINS, |c| {
            ops::invite::resend(c.store, &c.who, &InviteRef::Email(email("rs@invited.test")), None).map(done)
        }),
        write("add members", Target::Org, can("manage-members"), ADMINS, |c| {
            ops::member::add(c.store, &c.who, &c.own("extra"), Role::Member, &no_terms()).map(done)
        }),
        write("remove members", Target::Org, can("manage-members"), ADMINS, |c| {
            let opts = RemoveOptions { ignore_missing: false, transfer_to: None, dry_run: false, force: false };
            ops::member::remove(c.store, &c.who, &[c.own("victim")], &opts).map(done)
        }),
        write("change roles", Target::Org, can("manage-members"), ADMINS, |c| {
            ops::member::set_role(c.store, &c.who, &c.own("promote"), Role::Admin, &no_terms(), false).map(done)
        }),
        // create/edit/delete teams, change team membership: A
        write("create teams", Target::Org, can("manage-teams"), ADMINS, |c| {
            ops::team::create(c.store, &c.who, &c.own_slug("new"), None, None).map(done)
        }),
        write("delete teams", Target::Org, can("manage-teams"), ADMINS, |c| {
            ops::team::delete(c.store, &c.who, &c.own_slug("del"), false).map(done)
        }),
        // add/remove members of a team, rename/describe it, name maintainers: A, its maintainers
        write("edit teams", Target::Org, can_on("edit", "team/scratch"), MAINTAINERS, |c| {
            ops::team::edit(c.store, &c.who, &slug("scratch"), None, Some(Some("described"))).map(done)
        }),
        write("change team membership (add)", Target::Org, can_on("edit", "team/scratch"), MAINTAINERS, |c| {
            ops::team::add(c.store, &c.who, &slug("scratch"), &[email("owner@matrix.test")], &no_terms()).map(done)
        }),
        write("change team membership (remove)", Target::Org, can_on("edit", "team/scratch"), MAINTAINERS, |c| {
            ops::team::remove(c.store, &c.who, &slug("scratch"), &[c.own("out")], false, false).map(done)
        }),
        write("name maintainers", Target::Org, can_on("edit", "team/scratch"), MAINTAINERS, |c| {
            ops::team::set_role(c.store, &c.who, &slug("scratch"), &c.own("up"), TeamRole::Maintainer).map(done)
        }),
        write("change another team's membership", Target::Org, can_on("edit", "team/scratch2"), ADMINS, |c| {
            ops::team::add(c.store, &c.who, &slug("scratch2"), &[email("owner@matrix.test")], &no_terms()).map(done)
        }),
        // add/edit/remove connectors, grant/revoke connector use: A
        write("add connectors", Target::Org, can("manage-connectors"), ADMINS, |c| {
            ops::connector::add(c.store, &c.who, &c.own_slug("new"), &slug("postgres"), &url("postgres://db.test/new"))
                .map(done)
        }),
        write("edit connectors", Target::Org, can("manage-connectors"), ADMINS, |c| {
            ops::connector::edit(c.store, &c.who, &slug("wh"), None, Some(&url("postgres://db.test/edited"))).map(done)
        }),
        write("remove connectors", Target::Org, can("manage-connectors"), ADMINS, |c| {
            ops::connector::remove(c.store, &c.who, &c.own_slug("rm"), false).map(done)
        }),
        write("grant connector use", Target::Org, can("manage-connectors"), ADMINS, |c| {
            let to = ShareTarget::User(email("member@matrix.test"));
            ops::connector_access::grant(c.store, &c.who, &slug("wh"), &to, &no_terms()).map(done)
        }),
        write("revoke connector use", Target::Org, can("manage-connectors"), ADMINS, |c| {
            ops::connector_access::revoke(c.store, &c.who, &slug("wh"), &ShareTarget::Team(slug("viewers"))).map(done)
        }),
        // add/edit/remove/test integrations; view or set security settings: A (members may list integrations)
        read("list integrations", Target::Org, can("view-org"), MEMBERS, |c| {
            let listed = ops::integration::list(c.store, &c.who)?;
            Ok(Seen::Listed(listed.iter().any(|i| i.name == "alerts")))
        }),
        read("show integrations", Target::Org, can("manage-integrations"), ADMINS, |c| {
            ops::integration::show(c.store, &c.who, &slug("alerts")).map(done)
        }),
        write("add integrations", Target::Org, can("manage-integrations"), ADMINS, |c| {
            let new = NewIntegration {
                name: c.own_slug("new"),
                kind: IntegrationKind::Webhook,
                url: "https://hooks.test/new".into(),
                channel: None,
                events: Vec::new(),
            };
            ops::integration::add(c.store, &c.who, &new).map(done)
        }),
        write("edit integrations", Target::Org, can("manage-integrations"), ADMINS, |c| {
            let e = IntegrationEdit { url: None, channel: Some(Some("#edited".into())), events: None };
            ops::integration::edit(c.store, &c.who, &slug("alerts"), &e).map(done)
        }),
        write("remove integrations", Target::Org, can("manage-integrations"), ADMINS, |c| {
            ops::integration::remove(c.store, &c.who, &c.own_slug("rmi"), false).map(done)
        }),
        read("test integrations", Target::Org, can("manage-integrations"), ADMINS, |c| {
            ops::integration::test(c.store, &c.who, &slug("alerts")).map(done)
        }),
        read("view security settings", Target::Org, can("manage-security"), ADMINS, |c| {
            ops::security::show(c.store, &c.who).map(done)
        }),
        write("set security settings", Target::Org, can("manage-security"), ADMINS, |c| {
            let set = SecuritySet { invite_max_lifetime: Some(300 * 86_400), ..SecuritySet::default() };
            ops::security::set(c.store, &c.who, &set).map(done)
        }),
        // review who can access what: A; any member for themselves
        read("review access", Target::Org, can("review-access"), ADMINS, |c| {
            ops::access::review(c.store, &c.who, &ReviewFilter::default(), &mut |_| Ok(true)).map(done)
        }),
        read("review their own access", Target::Org, None, MEMBERS, |c| {
            let f = ReviewFilter { user: Some(c.me.clone()), ..ReviewFilter::default() };
            ops::access::review(c.store, &c.who, &f, &mut |_| Ok(true)).map(done)
        }),
        // view or change billing and usage, read the audit log: A
        read("view billing and usage", Target::Org, can("manage-billing"), ADMINS, |c| {
            ops::billing::show(c.store, &c.who).map(done)
        }),
        write("change billing", Target::Org, can("manage-billing"), ADMINS, |c| {
            ops::billing::set(c.store, &c.who, None, Some(&email("billing@matrix.test"))).map(done)
        }),
        read("read the audit log", Target::Org, can("view-audit"), ADMINS, |c| {
            let f = AuditFilter { actor: None, action: None, login: None, since: None, limit: 10 };
            ops::db::audit_list(c.store, &c.who, &f).map(done)
        }),
        // follow, export or prune the audit log: A
        read("follow the audit log", Target::Org, can("view-audit"), ADMINS, |c| {
            let f = AuditFilter { actor: None, action: None, login: None, since: None, limit: 10 };
            ops::db::audit_page(c.store, &c.who, &f, 0).map(done)
        }),
        write("prune the audit log", Target::Org, can("view-audit"), ADMINS, |c| {
            ops::db::audit_prune(c.store, &c.who, false).map(done)
        }),
        // export (a manifest of the org): A
        read("export", Target::Org, can("manage-org"), ADMINS, |c| {
            ops::manifest::export(c.store, &c.who, &[slug(ORG)]).map(done)
        }),
        // run policy tests (`check`): A
        read("run policy tests", Target::Org, None, ADMINS, |c| {
            let text = "[[orgs]]\nslug = \"acme\"\n\n  [[orgs.tests]]\n  user = \"member@matrix.test\"\n  can = [\"view-org\"]\n";
            let v = Manifest::parse(text, Format::Toml, "tests.toml").and_then(|m| m.validate())?;
            ops::policy_check::check(c.store, &c.who, &v).map(done)
        }),
        // sync members from a directory file: A (the command's own tests drive it)
        ask("sync members", Target::Org, can("sync"), ADMINS),
        // suspend / reactivate a member; temporary roles: A
        write("suspend a member", Target::Org, can("suspend-members"), ADMINS, |c| {
            ops::lifecycle::suspend(c.store, &c.who, &[c.own("held")], Some("audit"), None).map(done)
        }),
        write("reactivate a member", Target::Org, can("suspend-members"), ADMINS, |c| {
            ops::lifecycle::reactivate(c.store, &c.who, &[c.own("resting")]).map(done)
        }),
        write("give a temporary role", Target::Org, can("suspend-members"), ADMINS, |c| {
            let terms = Terms { expires: Some(Expiry::In(Duration { seconds: 7200 })), reason: Some("on call".into()) };
            ops::member::set_role(c.store, &c.who, &c.own("temp"), Role::Admin, &terms, false).map(done)
        }),
        // create a dashboard: A, M
        write("create a dashboard", Target::Org, can("create-dashboard"), MEMBERS, |c| {
            let title = name("Made here");
            let made = c.own_slug("made");
            let new = NewDashboard { title: &title, slug: Some(&made), description: None, visibility: Visibility::Org };
            ops::dashboard::create(c.store, &c.who, &new).map(done)
        }),
        // view a dashboard: org: A, M; restricted: A, O, G(view), G(edit)
        read("view a dashboard", DORG, can_on("view", "dashboard/{d}"), MEMBERS, show_dashboard),
        read("view a dashboard", DRES, can_on("view", "dashboard/{d}"), VIEW_RESTRICTED, show_dashboard),
        read("view a dashboard (list)", DORG, can_on("view", "dashboard/{d}"), MEMBERS, list_dashboards),
        read("view a dashboard (list)", DRES, can_on("view", "dashboard/{d}"), VIEW_RESTRICTED, list_dashboards),
        read("view a dashboard (access)", DORG, can_on("view", "dashboard/{d}"), MEMBERS, dashboard_access),
        read("view a dashboard (access)", DRES, can_on("view", "dashboard/{d}"), VIEW_RESTRICTED, dashboard_access),
        // edit a dashboard's title/description: A, O, G(edit)
        write("edit a dashboard's title", DORG, can_on("edit", "dashboard/{d}"), EDIT_DASHBOARD, retitle),
        write("edit a dashboard's title", DRES, can_on("edit", "dashboard/{d}"), EDIT_DASHBOARD, retitle),
        write("edit a dashboard's description", DORG, can_on("edit", "dashboard/{d}"), EDIT_DASHBOARD, describe),
        write("edit a dashboard's description", DRES, can_on("edit", "dashboard/{d}"), EDIT_DASHBOARD, describe),
        // change visibility, share/unshare, delete a dashboard, hand over ownership: A, O
        write("change visibility", DORG, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, flip),
        write("change visibility", DRES, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, flip),
        write("share a dashboard", DORG, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, share),
        write("share a dashboard", DRES, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, share),
        write("unshare a dashboard", DORG, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, unshare),
        write("unshare a dashboard", DRES, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, unshare),
        write("hand over ownership", DORG, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, hand_over),
        write("hand over ownership", DRES, can_on("share", "dashboard/{d}"), MANAGE_DASHBOARD, hand_over),
        write("delete a dashboard", DORG, can_on("delete", "dashboard/{d}"), MANAGE_DASHBOARD, delete_dashboard),
        write("delete a dashboard", DRES, can_on("delete", "dashboard/{d}"), MANAGE_DASHBOARD, delete_dashboard),
        // create, list, show, delete a chat: its owner only (creating one makes you its owner)
        write("create a chat", Target::Org, None, MEMBERS, |c| {
            ops::chat::create(c.store, &c.who, &name("Mine")).map(done)
        }),
        read("list a chat", Target::Chat, None, CHAT_OWNER, |c| {
            let chats = ops::chat::list(c.store, &c.who)?;
            Ok(Seen::Listed(chats.iter().any(|ch| ch.id == c.chat)))
        }),
        read("show a chat", Target::Chat, can_on("view", "chat/{c}"), CHAT_OWNER, |c| {
            ops::chat::show(c.store, &c.who, c.chat).map(done)
        }),
        write("delete a chat", Target::Chat, can_on("delete", "chat/{c}"), CHAT_OWNER, |c| {
            ops::chat::delete(c.store, &c.who, c.chat, false).map(done)
        }),
        ask("share a chat (nobody)", Target::Chat, can_on("share", "chat/{c}"), &[]),
        // leave an org: any member (the fixture has a second admin)
        write("leave an org", Target::Org, can("leave-org"), MEMBERS, |c| {
            ops::org::leave(c.store, &c.who, Some(&slug(ORG)), None, false).map(done)
        }),
    ]
}

fn show_dashboard(c: &mut Cell) -> Result<Seen, Error> {
    ops::dashboard::show(c.store, &c.who, &c.dashboard).map(done)
}

fn list_dashboards(c: &mut Cell) -> Result<Seen, Error> {
    let mut listed = false;
    ops::dashboard::list(c.store, &c.who, &mut |d| {
        listed |= d.slug == c.dashboard.as_str();
        Ok(())
    })?;
    Ok(Seen::Listed(listed))
}

fn dashboard_access(c: &mut Cell) -> Result<Seen, Error> {
    ops::dashboard::access(c.store, &c.who, &c.dashboard).map(done)
}

fn retitle(c: &mut Cell) -> Result<Seen, Error> {
    let title = name("Retitled");
    let e = DashboardEdit { title: Some(&title), ..NO_EDIT };
    ops::dashboard::edit(c.store, &c.who, &c.dashboard, &e).map(done)
}

fn describe(c: &mut Cell) -> Result<Seen, Error> {
    let e = DashboardEdit { description: Some(Some("described")), ..NO_EDIT };
    ops::dashboard::edit(c.store, &c.who, &c.dashboard, &e).map(done)
}

fn flip(c: &mut Cell) -> Result<Seen, Error> {
    let e = DashboardEdit { visibility: Some(c.flipped), ..NO_EDIT };
    ops::dashboard::edit(c.store, &c.who, &c.dashboard, &e).map(done)
}

fn share(c: &mut Cell) -> Result<Seen, Error> {
    let to = ShareTarget::User(email("member@matrix.test"));
    ops::dashboard::share(c.store, &c.who, &c.dashboard, &to, Permission::Edit, &no_terms()).map(done)
}

fn unshare(c: &mut Cell) -> Result<Seen, Error> {
    ops::dashboard::unshare(c.store, &c.who, &c.dashboard, &ShareTarget::Team(slug("editors")), false).map(done)
}

fn hand_over(c: &mut Cell) -> Result<Seen, Error> {
    let to = email("member@matrix.test");
    let e = DashboardEdit { owner: Some(&to), ..NO_EDIT };
    ops::dashboard::edit(c.store, &c.who, &c.dashboard, &e).map(done)
}

fn delete_dashboard(c: &mut Cell) -> Result<Seen, Error> {
    ops::dashboard::delete(c.store, &c.who, &c.dashboard, false).map(done)
}

/// The prefixes of the users each actor has for their own cell (`victim-KEY`, ...).
const OWN_USERS: [&str; 8] = ["extra", "victim", "promote", "temp", "held", "resting", "out", "up"];

/// The dashboard of a cell: the row's own for a row that changes it, else the shared one.
fn dashboard_slug(i: usize, row: &Row, actor: Actor) -> String {
    match row.target {
        Target::Dashboard(_) if row.per_cell => format!("c{i}-{}", actor.key()),
        Target::Dashboard(Visibility::Org) => "shared-org".to_string(),
        _ => "shared-restricted".to_string(),
    }
}

/// The title of a cell's chat: the row's own for a row that changes it, else the shared one.
fn chat_title(i: usize, row: &Row, actor: Actor) -> String {
    if row.per_cell {
        format!("c{i}-{}", actor.key())
    } else {
        "Owner's private chat".to_string()
    }
}

/// Beside the grantees' grants, every dashboard's: the suspended member may edit.
const ORG_WIDE_GRANTS: &[&str] = &[r#"{ user = "suspended@matrix.test", permission = "edit" }"#];
/// And the restricted dashboards': the guest may view them.
const RESTRICTED_GRANTS: &[&str] = &[
    r#"{ user = "suspended@matrix.test", permission = "edit" }"#,
    r#"{ user = "guest@matrix.test", permission = "view" }"#,
];

/// The matrix's world: org `acme` with a member of every kind and every
/// cell's own targets, and an admin of `globex` who is not in it.
fn manifest(rows: &[Row]) -> String {
    let keys: Vec<&str> = ACTORS.iter().map(|a| a.key()).collect();
    let own = |prefix: &str| keys.iter().map(move |k| format!("{prefix}-{k}")).collect::<Vec<_>>();
    let mut m = String::new();
    let mut users: Vec<String> = ACTORS.iter().map(|a| a.email()).collect();
    users.push("admin2@matrix.test".into());
    for prefix in OWN_USERS {
        users.extend(own(prefix).iter().map(|u| format!("{u}@matrix.test")));
    }
    for u in &users {
        let _ = writeln!(m, "[[users]]\nemail = \"{u}\"\n");
    }
    let _ = writeln!(m, "[[orgs]]\nslug = \"{ORG}\"\nname = \"Acme\"\n");
    let member = |m: &mut String, email: &str, role: &str, state: &str| {
        let _ = writeln!(m, "  [[orgs.members]]\n  email = \"{email}\"\n  role = \"{role}\"\n  state = \"{state}\"\n");
    };
    member(&mut m, "admin@matrix.test", "admin", "active");
    member(&mut m, "admin2@matrix.test", "admin", "active");
    member(&mut m, "guest@matrix.test", "guest", "active");
    member(&mut m, "suspended@matrix.test", "member", "suspended");
    for k in ["member", "owner", "view-direct", "view-team", "edit-direct", "edit-team", "maintainer"] {
        member(&mut m, &format!("{k}@matrix.test"), "member", "active");
    }
    // Everyone's own users are members, but `extra-*` (to be added) and `resting-*` (suspended).
    for prefix in OWN_USERS.iter().filter(|p| **p != "extra") {
        let state = if *prefix == "resting" { "suspended" } else { "active" };
        for u in own(prefix) {
            member(&mut m, &format!("{u}@matrix.test"), "member", state);
        }
    }
    let in_scratch: Vec<String> =
        ["maintainer", "member"].into_iter().map(String::from).chain(own("out")).chain(own("up")).collect();
    let list = |users: &[String]| users.iter().map(|u| format!("\"{u}@matrix.test\"")).collect::<Vec<_>>().join(", ");
    let mut teams = vec![
        ("viewers".to_string(), list(&["view-team".into()])),
        ("editors".to_string(), list(&["edit-team".into(), "suspended".into()])),
        ("scratch".to_string(), format!("{}]\n  maintainers = [\"maintainer@matrix.test\"", list(&in_scratch))),
        ("scratch2".to_string(), list(&["member".into()])),
    ];
    teams.extend(own("del").into_iter().map(|t| (t, String::new())));
    for (slug, members) in &teams {
        let _ = writeln!(m, "  [[orgs.teams]]\n  slug = \"{slug}\"\n  members = [{members}]\n");
    }
    m.push_str(
        "  [[orgs.connectors]]\n  name = \"wh\"\n  kind = \"postgres\"\n  url = \"postgres://db.test/wh\"\n  grants = [ { team = \"viewers\" } ]\n\n",
    );
    for name in own("rm") {
        let _ = writeln!(
            m,
            "  [[orgs.connectors]]\n  name = \"{name}\"\n  kind = \"postgres\"\n  url = \"postgres://db.test/rm\"\n"
        );
    }
    m.push_str(
        "  [[orgs.integrations]]\n  name = \"alerts\"\n  kind = \"slack\"\n  url = \"https://hooks.slack.com/services/T1/B2/matrix\"\n\n",
    );
    for name in own("rmi") {
        let _ = writeln!(
            m,
            "  [[orgs.integrations]]\n  name = \"{name}\"\n  kind = \"webhook\"\n  url = \"https://hooks.test/rm\"\n"
        );
    }
    for invited in std::iter::once("rs".to_string()).chain(own("rv")) {
        let _ = writeln!(m, "  [[orgs.invites]]\n  email = \"{invited}@invited.test\"\n  role = \"member\"\n");
    }
    dashboard_toml(&mut m, "shared-org", Visibility::Org, ORG_WIDE_GRANTS);
    dashboard_toml(&mut m, "shared-restricted", Visibility::Restricted, RESTRICTED_GRANTS);
    for (i, row) in rows.iter().enumerate() {
        if let (Target::Dashboard(vis), true) = (row.target, row.per_cell) {
            for a in ACTORS {
                dashboard_toml(
                    &mut m,
                    &dashboard_slug(i, row, a),
                    vis,
                    if vis == Visibility::Org { ORG_WIDE_GRANTS } else { RESTRICTED_GRANTS },
                );
            }
        }
    }
    m
}

/// A world for `rows`, and its chats' ids by title (all the owner's).
fn world(rows: &[Row]) -> (World, HashMap<String, i64>) {
    let mut w = World::new();
    w.apply(&Actor::Admin.email(), &manifest(rows));
    w.apply(
        &Actor::OtherOrg.email(),
        &format!("[[orgs]]\nslug = \"{OTHER_ORG}\"\n\n  [[orgs.teams]]\n  slug = \"viewers\"\n  members = []\n"),
    );
    let owner = who(&Actor::Owner.email(), Some(ORG));
    let mut titles: Vec<String> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.target == Target::Chat)
        .flat_map(|(i, r)| ACTORS.map(|a| chat_title(i, r, a)))
        .collect();
    titles.sort();
    titles.dedup();
    let chats = titles
        .into_iter()
        .map(|t| {
            let id = ops::chat::create(&mut w.store, &owner, &name(&t)).expect("the owner's chat").item.id;
            (t, id)
        })
        .collect();
    (w, chats)
}

/// One cell as the grid shows it, `COMMAND/CAN-I`: an exit code, or for a
/// listing `+` (the item listed) or `-` (left out); `.` where there is no
/// command or no `can-i` question.
struct Ran {
    command: Option<Result<Seen, Error>>,
    can_i: Option<Result<bool, Error>>,
}

impl Ran {
    fn command_code(&self) -> Option<i32> {
        self.command.as_ref().map(exit_code)
    }

    fn can_i_code(&self) -> Option<i32> {
        self.can_i.as_ref().map(|r| match r {
            Ok(true) => 0,
            Ok(false) => 4,
            Err(_) => exit_code(r),
        })
    }

    /// Whether the command did it (for a listing: listed the item).
    fn did(&self) -> Option<bool> {
        self.command.as_ref().map(|r| matches!(r, Ok(Seen::Done | Seen::Listed(true))))
    }

    fn text(&self) -> String {
        let command = match &self.command {
            None => ".".to_string(),
            Some(Ok(Seen::Listed(true))) => "+".to_string(),
            Some(Ok(Seen::Listed(false))) => "-".to_string(),
            Some(r) => exit_code(r).to_string(),
        };
        let can_i = self.can_i_code().map_or(".".to_string(), |c| c.to_string());
        format!("{command}/{can_i}")
    }

    /// Lines naming every way this cell breaks SPEC §2's rule or disagrees with `can-i`.
    fn problems(&self, row: &Row, actor: Actor) -> Vec<String> {
        let mut bad = Vec::new();
        if let Some(want) = expected(row.target, row.allowed, actor) {
            let (code, can_code) = match want {
                Outcome::Allowed => (0, 0),
                Outcome::NotFound => (3, 3),
                Outcome::Forbidden => (4, 4),
            };
            let listing = matches!(self.command, Some(Ok(Seen::Listed(_))));
            match (self.command_code(), self.did()) {
                // A listing of what you may see is not refused: it leaves the item out.
                (Some(0), Some(did)) if listing && actor.member() && did != (want == Outcome::Allowed) => {
                    bad.push(format!("the listing has the item: {did}, SPEC says {want:?}"))
                }
                (Some(0), _) if listing && actor.member() => {}
                (Some(got), _) if got != code => bad.push(format!("the command exited {got}, SPEC says {code}")),
                _ => {}
            }
            if let Some(got) = self.can_i_code().filter(|c| *c != can_code) {
                bad.push(format!("`can-i` exited {got}, SPEC says {can_code}"));
            }
        }
        // A guest's org-level answers (`view-org`) do not speak of the items
        // a listing shows them: the snapshot alone holds guests.
        if let (Some(asked), Some(did), false) = (self.can_i_code(), self.did(), actor == Actor::Guest) {
            if (asked == 0) != did {
                bad.push(format!("`can-i` exited {asked} but the command did it: {did}"));
            }
            if self.command_code() == Some(3) && asked != 3 {
                bad.push(format!("the command found nothing (exit 3) but `can-i` exited {asked}"));
            }
        }
        // A suspended member is told so, whatever they try; but `check`,
        // which answers for every org of its file, says "not a member".
        if actor == Actor::Suspended && row.action != "run policy tests" {
            for e in [
                self.command.as_ref().and_then(|r| r.as_ref().err()),
                self.can_i.as_ref().and_then(|r| r.as_ref().err()),
            ]
            .into_iter()
            .flatten()
            {
                if !message(e).starts_with("you are suspended in acme since") {
                    bad.push(format!("a suspended member is told: {}", shown(e)));
                }
            }
        }
        bad
    }
}

/// Runs one cell on `store`: `can-i` first (the command may delete its target), then the command.
fn run_cell(store: &mut Store, chats: &HashMap<String, i64>, i: usize, row: &Row, actor: Actor) -> Ran {
    let dashboard = dashboard_slug(i, row, actor);
    let chat = chats.get(&chat_title(i, row, actor)).copied().unwrap_or(0);
    let mut cell = Cell {
        store,
        who: who(&actor.email(), Some(ORG)),
        me: email(&actor.email()),
        dashboard: slug(&dashboard),
        flipped: match row.target {
            Target::Dashboard(v) => flipped(v),
            _ => Visibility::Org,
        },
        chat,
        key: actor.key(),
    };
    let can_i = row.can_i.map(|(action, target)| {
        let action: Action = action.parse().expect("a can-i action");
        let subject = match target {
            None => Subject::Org,
            Some(t) => {
                Subject::parse(&t.replace("{d}", &dashboard).replace("{c}", &chat.to_string())).expect("a can-i target")
            }
        };
        ops::can_i::check(cell.store, &cell.who, action, &subject).map(|d| d.allowed)
    });
    let command = row.op.map(|op| op(&mut cell));
    Ran { command, can_i }
}

fn target_name(t: Target) -> &'static str {
    match t {
        Target::Org => "",
        Target::Dashboard(Visibility::Org) => " [org dashboard]",
        Target::Dashboard(Visibility::Restricted) => " [restricted dashboard]",
        Target::Chat => " [chat]",
    }
}

/// The whole grid, a line per row; every disagreement with SPEC §2's rule listed apart.
fn grid() -> (String, Vec<String>) {
    let rows = table();
    let (mut shared, chats) = world(&rows);
    let width = 56;
    let mut out = String::from(
        "# SPEC §2 in-process: each cell is COMMAND/CAN-I, an exit code (0 yes, 3 not found, 4 refused),\n\
         # or for a listing + (the item listed) or - (left out); `.` where there is no command or question.\n",
    );
    let _ = write!(out, "{:width$}", "action");
    for a in ACTORS {
        let _ = write!(out, " {:>11}", a.key());
    }
    out.push('\n');
    let mut bad = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let label = format!("{}{}", row.action, target_name(row.target));
        let _ = write!(out, "{label:width$}");
        for actor in ACTORS {
            let ran = if row.fresh {
                let (mut own, own_chats) = world(&rows[i..=i]);
                run_cell(&mut own.store, &own_chats, 0, row, actor)
            } else {
                run_cell(&mut shared.store, &chats, i, row, actor)
            };
            let _ = write!(out, " {:>11}", ran.text());
            bad.extend(ran.problems(row, actor).into_iter().map(|p| format!("{label} as {}: {p}", actor.key())));
        }
        out.push('\n');
    }
    (out, bad)
}

#[test]
fn every_action_by_every_actor_matches_the_table() {
    let (grid, bad) = grid();
    assert!(bad.is_empty(), "{} cell(s) disagree with SPEC §2:\n{}\n\n{grid}", bad.len(), bad.join("\n"));
    assert_snapshot("permission_matrix.txt", &grid);
}

/// The table is complete: every `can-i` action has a row with a command
/// (but `sync`, whose own tests drive it), and every dashboard action comes
/// in both visibilities.
#[test]
fn the_table_covers_every_can_i_action() {
    let rows = table();
    let names: Vec<&str> = Action::ORG_ACTIONS.iter().map(|(_, n)| *n).collect();
    assert_eq!(names, ORG_ACTIONS, "the policy's org-level actions are SPEC §4's");
    for (_, action) in Action::ORG_ACTIONS {
        let with_command = rows.iter().any(|r| r.can_i == Some((action, None)) && r.op.is_some());
        let asked = rows.iter().any(|r| r.can_i == Some((action, None)));
        assert!(with_command || (*action == "sync" && asked), "no row for can-i {action}");
    }
    for (_, action) in Action::TARGET_ACTIONS {
        for target in [DORG, DRES] {
            assert!(
                rows.iter()
                    .any(|r| r.target == target
                        && r.can_i.is_some_and(|(a, t)| a == *action && t == Some("dashboard/{d}"))),
                "no {target:?} row for can-i {action}"
            );
        }
        if *action != "edit" {
            assert!(
                rows.iter().any(|r| r.target == Target::Chat && r.can_i.is_some_and(|(a, _)| a == *action)),
                "no chat row for can-i {action}"
            );
        }
    }
    // Every kind of actor gets some yes, and outsiders only "not found".
    for actor in ACTORS {
        let outcomes: Vec<Option<Outcome>> = rows.iter().map(|r| expected(r.target, r.allowed, actor)).collect();
        match actor {
            Actor::Guest => assert!(outcomes.iter().all(Option::is_none)),
            Actor::Suspended => assert!(outcomes.iter().all(|o| *o == Some(Outcome::Forbidden))),
            Actor::OtherOrg | Actor::NoOrg => assert!(outcomes.iter().all(|o| *o == Some(Outcome::NotFound))),
            _ => assert!(outcomes.contains(&Some(Outcome::Allowed)), "{actor:?} is never allowed anything"),
        }
    }
}

/// SPEC §2 "use (query) a connector" with `connector-access = granted`:
/// admins, and members granted use directly or through a team; nobody
/// else, the reason naming the setting; `connector access` lists exactly
/// those `can-i` says yes to, and every member still sees the connector.
#[test]
fn connector_use_when_access_is_granted() {
    let (mut w, _) = world(&[]);
    let admin = who(&Actor::Admin.email(), Some(ORG));
    let set = SecuritySet { connector_access: Some(ConnectorAccess::Granted), ..SecuritySet::default() };
    ops::security::set(&mut w.store, &admin, &set).expect("connector-access granted");
    let to = ShareTarget::User(email(&Actor::ViewDirect.email()));
    ops::connector_access::grant(&mut w.store, &admin, &slug("wh"), &to, &no_terms()).expect("grant view-direct");
    let listed: Vec<String> = ops::connector_access::access(&mut w.store, &admin, &slug("wh"))
        .expect("connector access")
        .into_iter()
        .map(|u| u.email)
        .collect();
    let mut out = String::new();
    for actor in ACTORS {
        let me = who(&actor.email(), Some(ORG));
        let asked = ops::can_i::check(&mut w.store, &me, Action::Use, &Subject::Connector(slug("wh")));
        let shown_to_them = ops::connector::show(&mut w.store, &me, &slug("wh"));
        let answer = match &asked {
            Ok(d) => format!("{}: {}", if d.allowed { "yes" } else { "no" }, d.reason),
            Err(e) => mask_times(&shown(e)).replace('\n', " "),
        };
        let _ = writeln!(
            out,
            "{:12} can-i use: {answer}\n{:12} connector show: exit {}; listed by connector access: {}",
            actor.key(),
            "",
            exit_code(&shown_to_them),
            listed.contains(&actor.email())
        );
        let allowed = matches!(actor, Actor::Admin | Actor::ViewDirect | Actor::ViewTeam);
        let member = actor.member();
        assert_eq!(asked.as_ref().is_ok_and(|d| d.allowed), allowed, "{actor:?}: {answer}");
        assert_eq!(listed.contains(&actor.email()), allowed && member, "{actor:?} in `connector access`: {listed:?}");
        if member && actor != Actor::Admin {
            assert!(answer.contains("connector-access"), "{actor:?}: the reason does not name the setting: {answer}");
        }
        assert_eq!(exit_code(&shown_to_them) == 0, member, "{actor:?} sees the connector");
    }
    assert_snapshot("connector_access_granted.txt", &out);
}
