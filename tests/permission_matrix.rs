//! docs/contract.md §2 exhaustively: every action, run as a real command and asked of `can-i`, by every kind of actor.
//!
//! One table (`TABLE`) restates docs/contract.md §2 row by row, each action as a concrete
//! command and its `can-i` question. The expected outcome of every cell is
//! derived from that table alone:
//!
//! - an actor holding one of the row's roles succeeds (exit 0, `can-i` yes);
//! - a non-member of the org (a member of another org, or a user in no org)
//!   gets "not found" (exit 3): an org you are not in answers exactly like
//!   a missing one, from the commands and from `can-i`;
//! - a member who may not view a restricted dashboard gets "not found"
//!   (exit 3, "or is not visible to you"), for every command on it, and so
//!   does `can-i`;
//! - a member acting on another user's chat gets "not found" from the
//!   command and from `can-i` (chats are private);
//! - any other member is refused with exit 4.
//!
//! `can-i` runs before its command in each cell (the command may delete its
//! target), and must agree with it: yes exactly when the command exits 0.
//!
//! On SQLite the matrix runs in-process instead (`in_process::matrix`, the
//! same cells through `ops` against an exact table); here it runs on
//! PostgreSQL, where the database enforces the rules itself.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde_json::Value;

use orgctl::model::Visibility;

use crate::common::matrix::{
    dashboard_toml, expected, flipped, Actor, Holder, Outcome, Target, ACTORS, ADMINS, CHAT_OWNER, DORG, DRES,
    EDIT_DASHBOARD, MANAGE_DASHBOARD, MEMBERS, ORG_ACTIONS, VIEW_RESTRICTED,
};
use crate::common::*;

/// Why the matrix runs here on PostgreSQL only: on SQLite,
/// `in_process::matrix` makes the same checks through `ops`, in-process.
const IN_PROCESS: &str = "on SQLite, in_process::matrix checks every cell in-process";

/// The org another org's member belongs to.
const OTHER_ORG: &str = "globex";

/// The actors of this matrix; the lifecycle's (guest, suspended, team
/// maintainer) are in `lifecycle_actors` below and in `in_process::matrix`.
fn actors() -> impl Iterator<Item = Actor> {
    ACTORS.into_iter().filter(|a| !a.of_the_lifecycle())
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Check {
    /// The exit code decides.
    Exit,
    /// Every member's command succeeds; the listing holds the item (after
    /// placeholder substitution) exactly when the actor is allowed.
    Lists(&'static str),
}

struct Row {
    /// docs/contract.md §2's wording.
    action: &'static str,
    target: Target,
    /// The command with placeholders; empty when there is only `can-i`.
    cmd: &'static [&'static str],
    check: Check,
    /// `can-i ACTION [TARGET]`.
    can_i: Option<(&'static str, Option<&'static str>)>,
    allowed: &'static [Holder],
    /// The command changes its dashboard or chat: each cell gets its own.
    per_cell: bool,
    /// The command changes the org or the actor's membership: each cell gets its own store.
    fresh: bool,
}

const fn row(
    action: &'static str,
    target: Target,
    cmd: &'static [&'static str],
    can_i: Option<(&'static str, Option<&'static str>)>,
    allowed: &'static [Holder],
) -> Row {
    Row { action, target, cmd, check: Check::Exit, can_i, allowed, per_cell: false, fresh: false }
}

impl Row {
    const fn per_cell(self) -> Row {
        Row { per_cell: true, ..self }
    }

    const fn fresh(self) -> Row {
        Row { fresh: true, ..self }
    }

    const fn lists(self, item: &'static str) -> Row {
        Row { check: Check::Lists(item), ..self }
    }
}

const fn can(action: &'static str) -> Option<(&'static str, Option<&'static str>)> {
    Some((action, None))
}

const fn can_on(action: &'static str, target: &'static str) -> Option<(&'static str, Option<&'static str>)> {
    Some((action, Some(target)))
}

/// docs/contract.md §2, one row per action and (for dashboards) visibility. Placeholders:
/// `{k}` the actor's key, `{d}` the dashboard, `{flip}` the other visibility,
/// `{c}` the chat id, `{chat}` the shared chat's title, `{rv}` an invite for
/// this actor to revoke, `{rs}` an invite to resend.
const TABLE: &[Row] = &[
    // view org, list members, list/show teams, list/show connectors: A, M
    row("view org", Target::Org, &["org", "show", ORG], can("view-org"), MEMBERS),
    row("list members", Target::Org, &["member", "list"], can("view-org"), MEMBERS),
    row("list teams", Target::Org, &["team", "list"], can("view-org"), MEMBERS),
    row("show teams", Target::Org, &["team", "show", "viewers"], can("view-org"), MEMBERS),
    row("list connectors", Target::Org, &["connector", "list"], can("use-connectors"), MEMBERS),
    row("show connectors", Target::Org, &["connector", "show", "wh"], can("use-connectors"), MEMBERS),
    // edit org name, delete org: A
    row("edit org name", Target::Org, &["org", "edit", ORG, "--name", "Acme by {k}"], can("manage-org"), ADMINS),
    row("delete org", Target::Org, &["org", "delete", ORG, "--yes"], can("manage-org"), ADMINS).fresh(),
    // invite, list/revoke/resend invites, add/remove members, change roles: A
    row("invite", Target::Org, &["invite", "create", "new-{k}@invited.test"], can("invite"), ADMINS),
    row("list invites", Target::Org, &["invite", "list", "--state", "all"], can("invite"), ADMINS),
    row("revoke invites", Target::Org, &["invite", "revoke", "{rv}"], can("invite"), ADMINS),
    row("resend invites", Target::Org, &["invite", "resend", "{rs}"], can("invite"), ADMINS),
    row("add members", Target::Org, &["member", "add", "extra-{k}@matrix.test"], can("manage-members"), ADMINS),
    row(
        "remove members",
        Target::Org,
        &["member", "remove", "victim-{k}@matrix.test", "--yes"],
        can("manage-members"),
        ADMINS,
    ),
    row(
        "change roles",
        Target::Org,
        &["member", "set-role", "promote-{k}@matrix.test", "admin"],
        can("manage-members"),
        ADMINS,
    ),
    // create/edit/delete teams, change team membership: A
    row("create teams", Target::Org, &["team", "create", "new-{k}"], can("manage-teams"), ADMINS),
    row(
        "edit teams",
        Target::Org,
        &["team", "edit", "scratch", "--description", "by {k}"],
        can("manage-teams"),
        ADMINS,
    ),
    row("delete teams", Target::Org, &["team", "delete", "del-{k}", "--yes"], can("manage-teams"), ADMINS),
    row(
        "change team membership (add)",
        Target::Org,
        &["team", "add", "scratch", "member@matrix.test"],
        can("manage-teams"),
        ADMINS,
    ),
    row(
        "change team membership (remove)",
        Target::Org,
        &["team", "remove", "scratch2", "member@matrix.test"],
        can("manage-teams"),
        ADMINS,
    ),
    // add/edit/remove connectors: A
    row(
        "add connectors",
        Target::Org,
        &["connector", "add", "new-{k}", "--kind", "postgres", "--url", "postgres://db.test/{k}"],
        can("manage-connectors"),
        ADMINS,
    ),
    row(
        "edit connectors",
        Target::Org,
        &["connector", "edit", "wh", "--url", "postgres://db.test/{k}"],
        can("manage-connectors"),
        ADMINS,
    ),
    row(
        "remove connectors",
        Target::Org,
        &["connector", "remove", "rm-{k}", "--yes"],
        can("manage-connectors"),
        ADMINS,
    ),
    // grant/revoke connector use: A; who may use a connector: A, M may ask
    row(
        "grant connector use",
        Target::Org,
        &["connector", "grant", "wh", "--user", "member@matrix.test"],
        can("manage-connectors"),
        ADMINS,
    ),
    row(
        "revoke connector use",
        Target::Org,
        &["connector", "revoke", "wh", "--team", "viewers"],
        can("manage-connectors"),
        ADMINS,
    ),
    row("see who may use a connector", Target::Org, &["connector", "access", "wh"], can("view-org"), MEMBERS),
    // use (query) a connector: connector-access open (the fixture's): A, M
    row("use a connector (open)", Target::Org, &[], can_on("use", "connector/wh"), MEMBERS),
    // add/edit/remove/test integrations; view or set security settings: A (members may list integrations)
    row("list integrations", Target::Org, &["integration", "list"], can("view-org"), MEMBERS),
    row("show integrations", Target::Org, &["integration", "show", "alerts"], can("manage-integrations"), ADMINS),
    row(
        "add integrations",
        Target::Org,
        &["integration", "add", "new-{k}", "--kind", "webhook", "--url", "https://hooks.test/{k}"],
        can("manage-integrations"),
        ADMINS,
    ),
    row(
        "edit integrations",
        Target::Org,
        &["integration", "edit", "alerts", "--channel", "#by-{k}"],
        can("manage-integrations"),
        ADMINS,
    ),
    row(
        "remove integrations",
        Target::Org,
        &["integration", "remove", "rmi-{k}", "--yes"],
        can("manage-integrations"),
        ADMINS,
    ),
    row("test integrations", Target::Org, &["integration", "test", "alerts"], can("manage-integrations"), ADMINS),
    row("view security settings", Target::Org, &["org", "security"], can("manage-security"), ADMINS),
    row(
        "set security settings",
        Target::Org,
        &["org", "security", "set", "--invite-max-lifetime", "300d"],
        can("manage-security"),
        ADMINS,
    ),
    // view or change billing and usage, read the audit log: A
    row("view billing and usage", Target::Org, &["billing", "show"], can("manage-billing"), ADMINS),
    row(
        "change billing",
        Target::Org,
        &["billing", "set", "--email", "billing-{k}@matrix.test"],
        can("manage-billing"),
        ADMINS,
    ),
    row("read the audit log", Target::Org, &["audit", "list"], can("view-audit"), ADMINS),
    // review who can access what: A (any member may review themselves: tests/access_review.rs)
    row("review access", Target::Org, &["access", "review"], can("review-access"), ADMINS),
    row("suspend a member", Target::Org, &["member", "suspend", "admin2@matrix.test"], can("suspend-members"), ADMINS)
        .fresh(),
    // create a dashboard: A, M
    row(
        "create a dashboard",
        Target::Org,
        &["dashboard", "create", "Made by {k}", "--slug", "made-{k}"],
        can("create-dashboard"),
        MEMBERS,
    ),
    // view a dashboard: org: A, M; restricted: A, O, G(view), G(edit)
    row("view a dashboard", DORG, &["dashboard", "show", "{d}"], can_on("view", "dashboard/{d}"), MEMBERS),
    row("view a dashboard", DRES, &["dashboard", "show", "{d}"], can_on("view", "dashboard/{d}"), VIEW_RESTRICTED),
    row("view a dashboard (list)", DORG, &["dashboard", "list"], can_on("view", "dashboard/{d}"), MEMBERS).lists("{d}"),
    row("view a dashboard (list)", DRES, &["dashboard", "list"], can_on("view", "dashboard/{d}"), VIEW_RESTRICTED)
        .lists("{d}"),
    row("view a dashboard (access)", DORG, &["dashboard", "access", "{d}"], can_on("view", "dashboard/{d}"), MEMBERS),
    row(
        "view a dashboard (access)",
        DRES,
        &["dashboard", "access", "{d}"],
        can_on("view", "dashboard/{d}"),
        VIEW_RESTRICTED,
    ),
    // edit a dashboard's title/description: A, O, G(edit)
    row(
        "edit a dashboard's title",
        DORG,
        &["dashboard", "edit", "{d}", "--title", "Title by {k}"],
        can_on("edit", "dashboard/{d}"),
        EDIT_DASHBOARD,
    ),
    row(
        "edit a dashboard's title",
        DRES,
        &["dashboard", "edit", "{d}", "--title", "Title by {k}"],
        can_on("edit", "dashboard/{d}"),
        EDIT_DASHBOARD,
    ),
    row(
        "edit a dashboard's description",
        DORG,
        &["dashboard", "edit", "{d}", "--description", "by {k}"],
        can_on("edit", "dashboard/{d}"),
        EDIT_DASHBOARD,
    ),
    row(
        "edit a dashboard's description",
        DRES,
        &["dashboard", "edit", "{d}", "--description", "by {k}"],
        can_on("edit", "dashboard/{d}"),
        EDIT_DASHBOARD,
    ),
    // change visibility, share/unshare, delete a dashboard: A, O
    row(
        "change visibility",
        DORG,
        &["dashboard", "edit", "{d}", "--visibility", "{flip}"],
        can_on("share", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    row(
        "change visibility",
        DRES,
        &["dashboard", "edit", "{d}", "--visibility", "{flip}"],
        can_on("share", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    row(
        "share a dashboard",
        DORG,
        &["dashboard", "share", "{d}", "--user", "member@matrix.test", "--permission", "edit"],
        can_on("share", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    row(
        "share a dashboard",
        DRES,
        &["dashboard", "share", "{d}", "--user", "member@matrix.test", "--permission", "edit"],
        can_on("share", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    row(
        "unshare a dashboard",
        DORG,
        &["dashboard", "unshare", "{d}", "--team", "editors"],
        can_on("share", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    row(
        "unshare a dashboard",
        DRES,
        &["dashboard", "unshare", "{d}", "--team", "editors"],
        can_on("share", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    row(
        "delete a dashboard",
        DORG,
        &["dashboard", "delete", "{d}", "--yes"],
        can_on("delete", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    row(
        "delete a dashboard",
        DRES,
        &["dashboard", "delete", "{d}", "--yes"],
        can_on("delete", "dashboard/{d}"),
        MANAGE_DASHBOARD,
    )
    .per_cell(),
    // create, list, show, delete a chat: its owner only (creating one makes you its owner)
    row("create a chat", Target::Org, &["chat", "create", "Chat by {k}"], None, MEMBERS),
    row("list a chat", Target::Chat, &["chat", "list"], None, CHAT_OWNER).lists("{chat}"),
    row("show a chat", Target::Chat, &["chat", "show", "{c}"], can_on("view", "chat/{c}"), CHAT_OWNER),
    row("delete a chat", Target::Chat, &["chat", "delete", "{c}"], can_on("delete", "chat/{c}"), CHAT_OWNER).per_cell(),
    row("share a chat (nobody)", Target::Chat, &[], can_on("share", "chat/{c}"), &[]),
    // leave an org: any member (the fixture has a second admin)
    row("leave an org", Target::Org, &["org", "leave", ORG, "--yes"], can("leave-org"), MEMBERS).fresh(),
];

/// A store holding the matrix's org, its people and the targets the given rows need.
struct Fixture {
    env: Env,
    /// Chat ids by title.
    chats: HashMap<String, i64>,
    /// Invite ids by email.
    invites: HashMap<String, i64>,
}

const SHARED_CHAT: &str = "Owner's private chat";

fn dashboard_slug(i: usize, row: &Row, actor: Actor) -> String {
    let Target::Dashboard(vis) = row.target else { panic!("row {i} has no dashboard") };
    if row.per_cell {
        format!("c{i}-{}", actor.key())
    } else {
        format!("shared-{}", vis.as_str())
    }
}

fn chat_title(i: usize, row: &Row, actor: Actor) -> String {
    if row.per_cell {
        format!("c{i}-{}", actor.key())
    } else {
        SHARED_CHAT.to_string()
    }
}

impl Fixture {
    /// Builds everything in two applies, plus one `chat create` per chat.
    fn new(rows: &[(usize, &Row)]) -> Fixture {
        let env = Env::new();
        let keys: Vec<&str> = actors().map(|a| a.key()).collect();
        let mut m = String::new();
        let mut users: Vec<String> = actors().map(|a| a.email()).collect();
        users.push("admin2@matrix.test".into());
        for k in &keys {
            for prefix in ["extra", "victim", "promote"] {
                users.push(format!("{prefix}-{k}@matrix.test"));
            }
        }
        for u in &users {
            let _ = writeln!(m, "[[users]]\nemail = \"{u}\"\n");
        }
        let _ = writeln!(m, "[[orgs]]\nslug = \"{ORG}\"\nname = \"Acme\"\n");
        let mut members: Vec<(String, &str)> =
            vec![(Actor::Admin.email(), "admin"), ("admin2@matrix.test".into(), "admin")];
        for a in [Actor::Member, Actor::Owner, Actor::ViewDirect, Actor::ViewTeam, Actor::EditDirect, Actor::EditTeam] {
            members.push((a.email(), "member"));
        }
        for k in &keys {
            members.push((format!("victim-{k}@matrix.test"), "member"));
            members.push((format!("promote-{k}@matrix.test"), "member"));
        }
        for (email, role) in &members {
            let _ = writeln!(m, "  [[orgs.members]]\n  email = \"{email}\"\n  role = \"{role}\"\n");
        }
        let mut teams: Vec<(String, String)> = vec![
            ("viewers".into(), "\"view-team@matrix.test\"".into()),
            ("editors".into(), "\"edit-team@matrix.test\"".into()),
            ("scratch".into(), String::new()),
            ("scratch2".into(), "\"member@matrix.test\"".into()),
        ];
        for k in &keys {
            teams.push((format!("del-{k}"), String::new()));
        }
        for (slug, list) in &teams {
            let _ = writeln!(m, "  [[orgs.teams]]\n  slug = \"{slug}\"\n  members = [{list}]\n");
        }
        let _ = writeln!(
            m,
            "  [[orgs.connectors]]\n  name = \"wh\"\n  kind = \"postgres\"\n  url = \"postgres://db.test/wh\"\n"
        );
        for k in &keys {
            let _ = writeln!(
                m,
                "  [[orgs.connectors]]\n  name = \"rm-{k}\"\n  kind = \"postgres\"\n  url = \"postgres://db.test/rm\"\n"
            );
        }
        let _ = writeln!(
            m,
            "  [[orgs.integrations]]\n  name = \"alerts\"\n  kind = \"slack\"\n  url = \"https://hooks.slack.com/services/T1/B2/matrix\"\n"
        );
        for k in &keys {
            let _ = writeln!(
                m,
                "  [[orgs.integrations]]\n  name = \"rmi-{k}\"\n  kind = \"webhook\"\n  url = \"https://hooks.test/rm\"\n"
            );
        }
        let mut invited = vec!["rs@invited.test".to_string()];
        invited.extend(keys.iter().map(|k| format!("rv-{k}@invited.test")));
        for email in &invited {
            let _ = writeln!(m, "  [[orgs.invites]]\n  email = \"{email}\"\n  role = \"member\"\n");
        }
        dashboard_toml(&mut m, "shared-org", Visibility::Org, &[]);
        dashboard_toml(&mut m, "shared-restricted", Visibility::Restricted, &[]);
        for (i, row) in rows {
            if let (Target::Dashboard(vis), true) = (row.target, row.per_cell) {
                for a in actors() {
                    dashboard_toml(&mut m, &dashboard_slug(*i, row, a), vis, &[]);
                }
            }
        }
        env.apply_as(&Actor::Admin.email(), "acme.toml", &m);

        // The other org, made by its own admin so acme's admin is not in it.
        let other = format!(
            "[[orgs]]\nslug = \"{OTHER_ORG}\"\n\n  [[orgs.members]]\n  email = \"{}\"\n  role = \"admin\"\n\n  [[orgs.teams]]\n  slug = \"viewers\"\n  members = []\n",
            Actor::OtherOrg.email()
        );
        env.apply_as(&Actor::OtherOrg.email(), "globex.toml", &other);

        let admin = Actor::Admin.email();
        let list = env.json(&["--as", &admin, "--org", ORG, "invite", "list", "--state", "all"]);
        let invites =
            array(&list).iter().map(|i| (str_field(i, "email"), i["id"].as_i64().expect("invite id"))).collect();

        let mut chats = HashMap::new();
        let mut titles: Vec<String> = Vec::new();
        for (i, row) in rows {
            if row.target == Target::Chat {
                for a in actors() {
                    titles.push(chat_title(*i, row, a));
                }
            }
        }
        titles.sort();
        titles.dedup();
        let owner = Actor::Owner.email();
        for t in titles {
            let v = env.json(&["--as", &owner, "--org", ORG, "chat", "create", &t]);
            chats.insert(t, v["id"].as_i64().expect("chat id"));
        }

        let member = Actor::Member.email();
        let out = env.run(&["--json", "--as", &member, "--org", ORG, "can-i", "view", "dashboard/no-such-dashboard"]);
        assert_eq!(code_of(&out), 3, "can-i on a missing dashboard is not found\n{}", describe(&out));
        let err = parse_json(&stderr(&out), &["can-i"]);
        assert_eq!(err["error"]["kind"], "not_found", "{err}");
        Fixture { env, chats, invites }
    }

    fn fill(&self, template: &str, i: usize, row: &Row, actor: Actor) -> String {
        let mut s = template.replace("{k}", actor.key());
        if let Target::Dashboard(vis) = row.target {
            s = s.replace("{d}", &dashboard_slug(i, row, actor)).replace("{flip}", flipped(vis).as_str());
        }
        if row.target == Target::Chat {
            let title = chat_title(i, row, actor);
            s = s.replace("{c}", &self.chats[&title].to_string()).replace("{chat}", &title);
        }
        if s.contains("{rv}") {
            s = s.replace("{rv}", &self.invites[&format!("rv-{}@invited.test", actor.key())].to_string());
        }
        if s.contains("{rs}") {
            s = s.replace("{rs}", &self.invites["rs@invited.test"].to_string());
        }
        s
    }

    /// Runs one cell; returns a line per disagreement with the table.
    fn cell(&self, i: usize, row: &Row, actor: Actor) -> Vec<String> {
        let mut bad = Vec::new();
        let want = expected(row.target, row.allowed, actor).expect("no guest in this matrix");
        let email = actor.email();
        let who = format!("[{}] {:?} ({}) as {}", row.action, row.target, i, actor.key());
        let base = vec!["--json".to_string(), "--as".to_string(), email, "--org".to_string(), ORG.to_string()];

        let mut can_i_code = None;
        if let Some((action, target)) = row.can_i {
            let mut args = base.clone();
            args.push("can-i".into());
            args.push(action.into());
            if let Some(t) = target {
                args.push(self.fill(t, i, row, actor));
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = self.env.run(&args);
            let code = code_of(&out);
            can_i_code = Some(code);
            let (want_code, want_kind) = match want {
                Outcome::Allowed => (0, ""),
                // What the command cannot find, `can-i` cannot either.
                Outcome::NotFound => (3, "not_found"),
                Outcome::Forbidden => (4, "forbidden"),
            };
            if code != want_code {
                bad.push(format!("{who}: `can-i` exited {code}, expected {want_code}\n{}", describe(&out)));
            } else if code == 0 || code == 4 {
                let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap_or(Value::Null);
                if v["allowed"] != Value::Bool(code == 0) || !v["reason"].is_string() {
                    bad.push(format!("{who}: `can-i` printed {v} for exit {code}"));
                }
            } else {
                let err: Value = serde_json::from_str(stderr(&out).trim()).unwrap_or(Value::Null);
                if err["error"]["kind"] != want_kind {
                    bad.push(format!("{who}: `can-i` error {err}, expected kind {want_kind}"));
                }
            }
        }

        if row.cmd.is_empty() {
            return bad;
        }
        let mut args = base;
        args.extend(row.cmd.iter().map(|a| self.fill(a, i, row, actor)));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = self.env.run(&args);
        let code = code_of(&out);
        let (want_code, want_kind) = match (want, row.check) {
            (Outcome::Allowed, _) => (0, ""),
            // A listing of what you may see is not refused: it leaves the item out.
            (_, Check::Lists(_)) if actor.in_org() => (0, ""),
            (Outcome::NotFound, _) => (3, "not_found"),
            (Outcome::Forbidden, _) => (4, "forbidden"),
        };
        if code != want_code {
            bad.push(format!("{who}: `{}` exited {code}, expected {want_code}\n{}", args.join(" "), describe(&out)));
            return bad;
        }
        if code != 0 {
            let err: Value = serde_json::from_str(stderr(&out).trim()).unwrap_or(Value::Null);
            if err["error"]["kind"] != want_kind {
                bad.push(format!("{who}: error {err}, expected kind {want_kind}"));
            }
            if !out.stdout.is_empty() {
                bad.push(format!("{who}: a refusal printed data: {}", stdout(&out)));
            }
        }
        // For a listing, "yes" means the item is listed.
        let mut did = code == 0;
        if let (Check::Lists(item), 0) = (row.check, code) {
            let item = self.fill(item, i, row, actor);
            did = stdout(&out).contains(&format!("\"{item}\""));
            if did != (want == Outcome::Allowed) {
                bad.push(format!("{who}: listing has {item}: {did}, expected {}", want == Outcome::Allowed));
            }
        }
        // `can-i` and the command agree: yes exactly when the command does it.
        if let Some(c) = can_i_code {
            if (c == 0) != did {
                bad.push(format!("{who}: `can-i` exited {c} but the command exited {code} (did it: {did})"));
            }
        }
        bad
    }
}

/// Runs every cell of the rows `pick` selects, each row in one shared fixture
/// (or a fresh one per cell for rows marked `fresh`); fails with every disagreement.
fn run_rows(pick: impl Fn(&Row) -> bool) {
    if postgres_only(IN_PROCESS) {
        return;
    }
    let rows: Vec<(usize, &Row)> = TABLE.iter().enumerate().filter(|(_, r)| pick(r)).collect();
    assert!(!rows.is_empty(), "no rows selected");
    let mut bad = Vec::new();
    let shared: Vec<(usize, &Row)> = rows.iter().copied().filter(|(_, r)| !r.fresh).collect();
    if !shared.is_empty() {
        let fx = Fixture::new(&shared);
        for (i, row) in &shared {
            for actor in actors() {
                bad.extend(fx.cell(*i, row, actor));
            }
        }
    }
    for (i, row) in rows.iter().filter(|(_, r)| r.fresh) {
        for actor in actors() {
            let fx = Fixture::new(&[(*i, row)]);
            bad.extend(fx.cell(*i, row, actor));
        }
    }
    assert!(bad.is_empty(), "{} cell(s) disagree with docs/contract.md §2:\n\n{}", bad.len(), bad.join("\n\n"));
}

#[test]
fn org_level_actions() {
    run_rows(|r| r.target == Target::Org && !r.fresh);
}

#[test]
fn deleting_and_leaving_the_org() {
    run_rows(|r| r.fresh);
}

#[test]
fn dashboard_actions_on_an_org_wide_dashboard() {
    run_rows(|r| r.target == DORG);
}

#[test]
fn dashboard_actions_on_a_restricted_dashboard() {
    run_rows(|r| r.target == DRES);
}

#[test]
fn chat_actions() {
    run_rows(|r| r.target == Target::Chat);
}

/// The table is complete: every `can-i` action of docs/contract.md §4 has a row, every
/// dashboard row comes in both visibilities, and every actor kind is run.
#[test]
fn the_table_covers_every_can_i_action() {
    // `sync` is driven by its own tests (tests/sync.rs).
    for action in ORG_ACTIONS.into_iter().filter(|a| *a != "sync") {
        assert!(
            TABLE.iter().any(|r| r.can_i == Some((action, None)) && !r.cmd.is_empty()),
            "no command row for can-i {action}"
        );
    }
    for action in ["view", "edit", "share", "delete"] {
        for vis in [Visibility::Org, Visibility::Restricted] {
            assert!(
                TABLE.iter().any(|r| r.target == Target::Dashboard(vis)
                    && r.can_i.is_some_and(|(a, t)| a == action && t == Some("dashboard/{d}"))),
                "no {vis:?} dashboard row for can-i {action}"
            );
        }
    }
    for action in ["view", "delete", "share"] {
        assert!(
            TABLE.iter().any(|r| r.target == Target::Chat && r.can_i.is_some_and(|(a, _)| a == action)),
            "no chat row for can-i {action}"
        );
    }
    // Every kind of actor gets every outcome somewhere.
    for actor in actors() {
        let outcomes: Vec<Outcome> = TABLE.iter().filter_map(|r| expected(r.target, r.allowed, actor)).collect();
        if actor.in_org() {
            assert!(outcomes.contains(&Outcome::Allowed), "{actor:?} is never allowed anything");
        } else {
            assert!(outcomes.iter().all(|o| *o == Outcome::NotFound), "{actor:?} outside the org finds nothing");
        }
    }
}

/// docs/contract.md §2 "use (query) a connector" with `connector-access = granted`: admins,
/// and members granted use directly or through a team; nobody else, and
/// `connector access` lists exactly those `can-i` says yes to.
#[test]
fn connector_use_when_access_is_granted() {
    if postgres_only(IN_PROCESS) {
        return;
    }
    let env = Env::new();
    let mut m = String::new();
    for a in actors() {
        let _ = writeln!(m, "[[users]]\nemail = \"{}\"\n", a.email());
    }
    let _ = writeln!(m, "[[orgs]]\nslug = \"{ORG}\"\n");
    for a in actors().filter(|a| a.in_org()) {
        let role = if a == Actor::Admin { "admin" } else { "member" };
        let _ = writeln!(m, "  [[orgs.members]]\n  email = \"{}\"\n  role = \"{role}\"\n", a.email());
    }
    let _ = writeln!(m, "  [[orgs.teams]]\n  slug = \"viewers\"\n  members = [\"{}\"]\n", Actor::ViewTeam.email());
    let _ = writeln!(
        m,
        "  [[orgs.connectors]]\n  name = \"wh\"\n  kind = \"postgres\"\n  url = \"postgres://db.test/wh\"\n  grants = [{{ user = \"{}\" }}, {{ team = \"viewers\" }}]\n",
        Actor::ViewDirect.email()
    );
    let _ = writeln!(m, "  [orgs.security]\n  connector_access = \"granted\"\n");
    env.apply_as(&Actor::Admin.email(), "acme.toml", &m);
    let other = format!(
        "[[orgs]]\nslug = \"{OTHER_ORG}\"\n\n  [[orgs.members]]\n  email = \"{}\"\n  role = \"admin\"\n",
        Actor::OtherOrg.email()
    );
    env.apply_as(&Actor::OtherOrg.email(), "globex.toml", &other);

    let admin = Actor::Admin.email();
    let listed = emails(&env.json(&["--as", &admin, "--org", ORG, "connector", "access", "wh"]));
    let mut bad = Vec::new();
    for actor in actors() {
        let allowed = matches!(actor, Actor::Admin | Actor::ViewDirect | Actor::ViewTeam);
        let email = actor.email();
        let out = env.run(&["--json", "--as", &email, "--org", ORG, "can-i", "use", "connector/wh"]);
        // Outside the org, it answers like a missing org (exit 3).
        let want = if allowed {
            0
        } else if actor.in_org() {
            4
        } else {
            3
        };
        if code_of(&out) != want {
            bad.push(format!(
                "{}: can-i use exited {}, expected {want}\n{}",
                actor.key(),
                code_of(&out),
                describe(&out)
            ));
        }
        let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap_or(Value::Null);
        let reason = v["reason"].as_str().unwrap_or("");
        if actor.in_org() && actor != Actor::Admin && !reason.contains("connector-access") {
            bad.push(format!("{}: the reason does not name the setting: {v}", actor.key()));
        }
        if actor.in_org() && listed.contains(&email) != allowed {
            bad.push(format!("{}: connector access lists them: {}, expected {allowed}", actor.key(), !allowed));
        }
        // Everyone in the org still sees that the connector exists.
        let code = env.code(&["--as", &email, "--org", ORG, "connector", "show", "wh"]);
        if code != if actor.in_org() { 0 } else { 3 } {
            bad.push(format!("{}: connector show exited {code}", actor.key()));
        }
    }
    assert!(bad.is_empty(), "{} cell(s) disagree with docs/contract.md §2:\n\n{}", bad.len(), bad.join("\n\n"));
}

/// docs/contract.md §1 lifecycle and the new rows of §2, by the actors the lifecycle adds: a
/// guest (sees only what is shared with them), a suspended member (every check
/// answers as for a non-member; told they are suspended), a team maintainer
/// (manages their team only) and a member whose grant expired. Each cell runs
/// the command and asks `can-i`, which must agree (yes exactly when exit 0).
#[test]
fn lifecycle_actors() {
    let env = Env::new();
    let emails =
        ["admin", "guest", "suspended", "maintainer", "lapsed", "member", "extra"].map(|k| format!("{k}@life.test"));
    for e in &emails {
        env.ok(&["user", "add", e]);
    }
    let [admin, guest, suspended, maintainer, lapsed, member, extra] = emails.each_ref().map(String::as_str);
    let a = |args: &[&str]| {
        let mut full = vec!["--as", admin, "--org", "life"];
        full.extend_from_slice(args);
        env.ok(&full)
    };
    env.ok(&["--as", admin, "org", "create", "life"]);
    a(&["member", "add", guest, "--role", "guest"]);
    for e in [suspended, maintainer, lapsed, member, extra] {
        a(&["member", "add", e]);
    }
    a(&["team", "create", "eng"]);
    a(&["team", "create", "ops"]);
    a(&["team", "add", "eng", maintainer, member, suspended]);
    a(&["team", "set-role", "eng", maintainer, "maintainer"]);
    a(&["dashboard", "create", "Wide", "--slug", "wide"]);
    a(&["dashboard", "create", "Shared", "--slug", "shared", "--visibility", "restricted"]);
    a(&["dashboard", "share", "shared", "--user", guest]);
    a(&["dashboard", "share", "shared", "--team", "eng", "--permission", "edit"]);
    a(&["dashboard", "share", "shared", "--user", lapsed, "--permission", "edit", "--expires", "1s"]);
    a(&["member", "suspend", suspended, "--reason", "audit"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));

    // (actor, command, can-i, expected exit of the command)
    let cases: &[(&str, &[&str], &[&str], i32)] = &[
        (guest, &["dashboard", "show", "shared"], &["view", "dashboard/shared"], 0),
        (guest, &["dashboard", "show", "wide"], &["view", "dashboard/wide"], 3),
        (guest, &["dashboard", "edit", "shared", "--title", "T"], &["edit", "dashboard/shared"], 4),
        (guest, &["dashboard", "create", "Mine"], &["create-dashboard"], 4),
        (guest, &["team", "show", "eng"], &["view", "team/eng"], 3),
        (guest, &["org", "security"], &["manage-security"], 4),
        (guest, &["member", "add", lapsed], &["manage-members"], 4),
        (suspended, &["dashboard", "show", "shared"], &["view", "dashboard/shared"], 4),
        (suspended, &["member", "list"], &["view-org"], 4),
        (suspended, &["team", "add", "eng", extra], &["edit", "team/eng"], 4),
        (maintainer, &["team", "add", "eng", extra], &["edit", "team/eng"], 0),
        (maintainer, &["team", "set-role", "eng", member, "maintainer"], &["edit", "team/eng"], 0),
        (maintainer, &["team", "add", "ops", extra], &["edit", "team/ops"], 4),
        (maintainer, &["team", "delete", "eng", "--yes"], &["manage-teams"], 4),
        (maintainer, &["member", "add", "nobody@life.test"], &["manage-members"], 4),
        (maintainer, &["dashboard", "edit", "shared", "--title", "T"], &["edit", "dashboard/shared"], 0),
        (lapsed, &["dashboard", "show", "shared"], &["view", "dashboard/shared"], 3),
        (lapsed, &["dashboard", "edit", "shared", "--title", "T"], &["edit", "dashboard/shared"], 3),
        (lapsed, &["dashboard", "show", "wide"], &["view", "dashboard/wide"], 0),
    ];
    let mut failures = String::new();
    for (actor, cmd, can_i, code) in cases {
        let mut q = vec!["--as", actor, "--org", "life", "can-i"];
        q.extend_from_slice(can_i);
        let asked = code_of(&env.run(&q));
        let mut full = vec!["--as", actor, "--org", "life"];
        full.extend_from_slice(cmd);
        let out = env.run(&full);
        let got = code_of(&out);
        let agrees = (asked == 0) == (*code == 0) && (*code != 3 || asked == 3);
        if got != *code || !agrees {
            let _ = writeln!(
                failures,
                "{actor} {cmd:?}: exit {got} (want {code}), can-i {can_i:?} exit {asked}: {}",
                stderr(&out)
            );
        }
        if *actor == suspended {
            assert!(stderr(&out).contains("you are suspended in life since"), "{}", describe(&out));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}
