//! The model both invariants tests drive: the world (users, orgs, teams,
//! dashboards), the operations, what each should do (docs/contract.md §1, §2),
//! how an export reads back, and the proptest strategy of random steps.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use proptest::prelude::*;
use serde_json::Value;

pub const USERS: [&str; 6] = ["u0@inv.test", "u1@inv.test", "u2@inv.test", "u3@inv.test", "u4@inv.test", "u5@inv.test"];
pub const ORGS: [&str; 2] = ["alpha", "beta"];
pub const TEAMS: [&str; 2] = ["red", "blue"];
pub const DASHES: [&str; 3] = ["d1", "d2", "d3"];
pub const STEPS: usize = 30;

/// Exit codes seen per kind of step, printed at the end to show what a run covered.
pub type Seen = Mutex<BTreeMap<String, BTreeMap<i32, usize>>>;

/// Counts one step's exit code under its kind of operation.
pub fn record(seen: &Seen, op: &Op, code: i32) {
    let kind = format!("{op:?}").split([' ', '{']).next().unwrap_or_default().to_string();
    if let Ok(mut seen) = seen.lock() {
        *seen.entry(kind).or_default().entry(code).or_default() += 1;
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Admin,
    Member,
}

impl Role {
    pub fn word(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Member => "member",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Perm {
    View,
    Edit,
}

impl Perm {
    pub fn word(self) -> &'static str {
        match self {
            Perm::View => "view",
            Perm::Edit => "edit",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grantee {
    Team(usize),
    User(usize),
}

#[derive(Clone, Debug)]
pub enum Op {
    MemberAdd { target: usize, role: Role },
    MemberRemove { target: usize },
    SetRole { target: usize, role: Role },
    Leave,
    TeamCreate { team: usize },
    TeamAdd { team: usize, target: usize },
    TeamRemove { team: usize, target: usize },
    TeamDelete { team: usize },
    DashCreate { dash: usize, restricted: bool },
    Share { dash: usize, to: Grantee, perm: Perm },
    Unshare { dash: usize, to: Grantee },
    SetVisibility { dash: usize, restricted: bool },
    DashDelete { dash: usize },
}

/// Who acts, chosen against the model when the step runs: the i-th admin of
/// the org, the i-th plain member (any user if there is none), or any user.
#[derive(Clone, Copy, Debug)]
pub enum Pick {
    Admin(usize),
    Member(usize),
    Anyone(usize),
}

#[derive(Clone, Debug)]
pub struct Step {
    pub org: usize,
    pub actor: Pick,
    pub op: Op,
}

#[derive(Clone, Debug)]
pub struct Dash {
    /// `None` once the owner has left the org.
    pub owner: Option<usize>,
    pub restricted: bool,
    pub grants: BTreeMap<Grantee, Perm>,
}

#[derive(Clone, Debug, Default)]
pub struct Org {
    pub members: BTreeMap<usize, Role>,
    pub teams: BTreeMap<usize, BTreeSet<usize>>,
    pub dashes: BTreeMap<usize, Dash>,
}

/// What the model expects of a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Exit 0; the model has applied the change.
    Ok,
    /// One of these non-zero codes; the model is unchanged.
    Fail(&'static [i32]),
    /// the contract (docs/contract.md) leaves it open (exit 0 or one of these); either way nothing changes.
    Either(&'static [i32]),
}

impl Expect {
    /// Whether a command that ended with `code` did what the model expects.
    pub fn admits(self, code: i32) -> bool {
        match self {
            Expect::Ok => code == 0,
            Expect::Fail(codes) => codes.contains(&code),
            Expect::Either(codes) => code == 0 || codes.contains(&code),
        }
    }
}

pub const FORBIDDEN: Expect = Expect::Fail(&[4]);
pub const NOT_FOUND: Expect = Expect::Fail(&[3]);
pub const CONFLICT: Expect = Expect::Fail(&[5]);

#[derive(Clone, Debug)]
pub struct Model {
    pub orgs: [Org; 2],
}

impl Model {
    /// alpha: u0 admin, u1 and u2 members, team red {u1}, restricted d1 (u0's)
    /// shared with red. beta: u3 admin, u4 and u2 members, team red {u4},
    /// org-wide d1 (u3's). u5 is in no org. The same slugs in both orgs make a
    /// leak between them visible.
    pub fn initial() -> Model {
        let mut alpha = Org::default();
        alpha.members.extend([(0, Role::Admin), (1, Role::Member), (2, Role::Member)]);
        alpha.teams.insert(0, BTreeSet::from([1]));
        alpha.dashes.insert(
            0,
            Dash { owner: Some(0), restricted: true, grants: BTreeMap::from([(Grantee::Team(0), Perm::View)]) },
        );
        let mut beta = Org::default();
        beta.members.extend([(3, Role::Admin), (4, Role::Member), (2, Role::Member)]);
        beta.teams.insert(0, BTreeSet::from([4]));
        beta.dashes.insert(0, Dash { owner: Some(3), restricted: false, grants: BTreeMap::new() });
        Model { orgs: [alpha, beta] }
    }

    /// A generated user number: below [`MEMBER_PICKS`] it picks a member of
    /// the org (most targets should be members, or nearly every step is
    /// refused), above it any user.
    pub fn target(&self, org: usize, raw: usize) -> usize {
        let members: Vec<usize> = self.orgs[org].members.keys().copied().collect();
        if raw < MEMBER_PICKS && !members.is_empty() {
            members[raw % members.len()]
        } else {
            raw % USERS.len()
        }
    }

    /// The step's operation with its generated user numbers made concrete.
    pub fn concrete(&self, org: usize, op: &Op) -> Op {
        let t = |raw: usize| self.target(org, raw);
        let g = |to: Grantee| match to {
            Grantee::User(raw) => Grantee::User(t(raw)),
            team => team,
        };
        match *op {
            Op::MemberAdd { target, role } => Op::MemberAdd { target: t(target), role },
            Op::MemberRemove { target } => Op::MemberRemove { target: t(target) },
            Op::SetRole { target, role } => Op::SetRole { target: t(target), role },
            Op::TeamAdd { team, target } => Op::TeamAdd { team, target: t(target) },
            Op::TeamRemove { team, target } => Op::TeamRemove { team, target: t(target) },
            Op::Share { dash, to, perm } => Op::Share { dash, to: g(to), perm },
            Op::Unshare { dash, to } => Op::Unshare { dash, to: g(to) },
            ref other => other.clone(),
        }
    }

    pub fn admins(&self, org: usize) -> Vec<usize> {
        self.orgs[org].members.iter().filter(|(_, r)| **r == Role::Admin).map(|(u, _)| *u).collect()
    }

    pub fn resolve(&self, org: usize, pick: Pick) -> usize {
        let admins = self.admins(org);
        let plain: Vec<usize> =
            self.orgs[org].members.iter().filter(|(_, r)| **r == Role::Member).map(|(u, _)| *u).collect();
        match pick {
            Pick::Admin(i) if !admins.is_empty() => admins[i % admins.len()],
            Pick::Member(i) if !plain.is_empty() => plain[i % plain.len()],
            Pick::Admin(i) | Pick::Member(i) | Pick::Anyone(i) => i % USERS.len(),
        }
    }

    pub fn can_view(&self, org: usize, user: usize, dash: usize) -> bool {
        let o = &self.orgs[org];
        let (Some(role), Some(d)) = (o.members.get(&user), o.dashes.get(&dash)) else { return false };
        *role == Role::Admin
            || d.owner == Some(user)
            || !d.restricted
            || d.grants.keys().any(|g| match g {
                Grantee::User(u) => *u == user,
                Grantee::Team(t) => o.teams.get(t).is_some_and(|m| m.contains(&user)),
            })
    }

    pub fn visible(&self, org: usize, user: usize) -> BTreeSet<String> {
        DASHES.iter().enumerate().filter(|(d, _)| self.can_view(org, user, *d)).map(|(_, s)| s.to_string()).collect()
    }

    pub fn remove_member(&mut self, org: usize, user: usize) {
        let o = &mut self.orgs[org];
        o.members.remove(&user);
        for members in o.teams.values_mut() {
            members.remove(&user);
        }
        for d in o.dashes.values_mut() {
            d.grants.remove(&Grantee::User(user));
            if d.owner == Some(user) {
                d.owner = None; // the dashboard stays, without an owner
            }
        }
    }

    /// Predicts the outcome of `op` by `actor` in `org`, applying it only on
    /// success: a refusal changes nothing (docs/contract.md §7).
    pub fn step(&mut self, org: usize, actor: usize, op: &Op) -> Expect {
        let Some(role) = self.orgs[org].members.get(&actor).copied() else {
            return NOT_FOUND; // not a member: the org does not exist for them
        };
        let admin = role == Role::Admin;
        let admin_count = self.admins(org).len();
        match *op {
            Op::MemberAdd { target, role: r } => {
                if !admin {
                    return FORBIDDEN;
                }
                match self.orgs[org].members.get(&target) {
                    Some(cur) if *cur == r => Expect::Ok,
                    Some(_) => CONFLICT,
                    None => {
                        self.orgs[org].members.insert(target, r);
                        Expect::Ok
                    }
                }
            }
            Op::MemberRemove { target } => {
                if !admin {
                    return FORBIDDEN;
                }
                match self.orgs[org].members.get(&target) {
                    None => NOT_FOUND,
                    Some(Role::Admin) if admin_count == 1 => CONFLICT,
                    Some(_) => {
                        self.remove_member(org, target);
                        Expect::Ok
                    }
                }
            }
            Op::SetRole { target, role: r } => {
                if !admin {
                    return FORBIDDEN;
                }
                match self.orgs[org].members.get(&target).copied() {
                    None => NOT_FOUND,
                    Some(cur) if cur == r => Expect::Ok,
                    Some(Role::Admin) if admin_count == 1 => CONFLICT,
                    Some(_) => {
                        self.orgs[org].members.insert(target, r);
                        Expect::Ok
                    }
                }
            }
            Op::Leave => {
                if admin && admin_count == 1 {
                    return CONFLICT;
                }
                self.remove_member(org, actor);
                Expect::Ok
            }
            Op::TeamCreate { team } => {
                if !admin {
                    return FORBIDDEN;
                }
                if self.orgs[org].teams.contains_key(&team) {
                    return CONFLICT;
                }
                self.orgs[org].teams.insert(team, BTreeSet::new());
                Expect::Ok
            }
            Op::TeamAdd { team, target } | Op::TeamRemove { team, target } => {
                if !admin {
                    return FORBIDDEN;
                }
                let is_member = self.orgs[org].members.contains_key(&target);
                let Some(members) = self.orgs[org].teams.get_mut(&team) else { return NOT_FOUND };
                if !is_member {
                    return NOT_FOUND;
                }
                if matches!(op, Op::TeamAdd { .. }) {
                    members.insert(target);
                } else {
                    members.remove(&target);
                }
                Expect::Ok
            }
            Op::TeamDelete { team } => {
                if !admin {
                    return FORBIDDEN;
                }
                if self.orgs[org].teams.remove(&team).is_none() {
                    return NOT_FOUND;
                }
                for d in self.orgs[org].dashes.values_mut() {
                    d.grants.remove(&Grantee::Team(team));
                }
                Expect::Ok
            }
            Op::DashCreate { dash, restricted } => {
                if self.orgs[org].dashes.contains_key(&dash) {
                    return CONFLICT;
                }
                self.orgs[org].dashes.insert(dash, Dash { owner: Some(actor), restricted, grants: BTreeMap::new() });
                Expect::Ok
            }
            Op::Share { dash, to, .. } | Op::Unshare { dash, to } => {
                if !self.can_view(org, actor, dash) {
                    return NOT_FOUND; // a dashboard you cannot view does not exist for you
                }
                let o = &self.orgs[org];
                if !admin && o.dashes[&dash].owner != Some(actor) {
                    return FORBIDDEN;
                }
                let exists = match to {
                    Grantee::Team(t) => o.teams.contains_key(&t),
                    Grantee::User(u) => o.members.contains_key(&u),
                };
                if !exists {
                    return NOT_FOUND;
                }
                let grants = &mut self.orgs[org].dashes.get_mut(&dash).expect("checked above").grants;
                match *op {
                    Op::Share { perm, .. } => grants.insert(to, perm),
                    _ => grants.remove(&to),
                };
                Expect::Ok
            }
            Op::SetVisibility { dash, restricted } => {
                if !self.can_view(org, actor, dash) {
                    return NOT_FOUND;
                }
                let d = self.orgs[org].dashes.get_mut(&dash).expect("visible, so it exists");
                let may = admin || d.owner == Some(actor);
                if d.restricted == restricted {
                    // Setting the visibility it already has changes nothing;
                    // docs/contract.md §2 does not say whether a non-owner is refused.
                    return if may { Expect::Ok } else { Expect::Either(&[4]) };
                }
                if !may {
                    return FORBIDDEN;
                }
                d.restricted = restricted;
                Expect::Ok
            }
            Op::DashDelete { dash } => {
                if !self.can_view(org, actor, dash) {
                    return NOT_FOUND;
                }
                if !admin && self.orgs[org].dashes[&dash].owner != Some(actor) {
                    return FORBIDDEN;
                }
                self.orgs[org].dashes.remove(&dash);
                Expect::Ok
            }
        }
    }

    /// The org as `export --json` should show it, in comparable form.
    pub fn snapshot(&self, org: usize) -> Snapshot {
        let o = &self.orgs[org];
        let members = o.members.iter().map(|(u, r)| (USERS[*u].to_string(), r.word().to_string())).collect();
        let teams = o
            .teams
            .iter()
            .map(|(t, m)| (TEAMS[*t].to_string(), m.iter().map(|u| USERS[*u].to_string()).collect()))
            .collect();
        let dashes = o
            .dashes
            .iter()
            .map(|(d, v)| {
                let grants = v
                    .grants
                    .iter()
                    .map(|(g, p)| {
                        let who = match g {
                            Grantee::Team(t) => format!("team:{}", TEAMS[*t]),
                            Grantee::User(u) => format!("user:{}", USERS[*u]),
                        };
                        (who, p.word().to_string())
                    })
                    .collect();
                let vis = if v.restricted { "restricted" } else { "org" };
                (
                    DASHES[*d].to_string(),
                    (v.owner.map(|u| USERS[u].to_string()).unwrap_or_default(), vis.to_string(), grants),
                )
            })
            .collect();
        Snapshot { members, teams, dashes }
    }
}

/// Members (email → role), teams (slug → emails), dashboards (slug → owner, visibility, grants).
#[derive(Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub members: BTreeMap<String, String>,
    pub teams: BTreeMap<String, BTreeSet<String>>,
    pub dashes: BTreeMap<String, (String, String, BTreeMap<String, String>)>,
}

pub fn list_of<'a>(v: &'a Value, key: &str) -> Vec<&'a Value> {
    v.get(key).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default()
}

pub fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// Reads one org of an export, and checks the invariants that hold whatever the model says.
pub fn read_export(export: &Value, slug: &str) -> Result<Snapshot, String> {
    let orgs = list_of(export, "orgs");
    let [org] = orgs.as_slice() else { return Err(format!("expected exactly org {slug} in {export}")) };
    if text(org, "slug") != slug {
        return Err(format!("export of {slug} shows org {}", text(org, "slug")));
    }
    let members: BTreeMap<String, String> = list_of(org, "members")
        .iter()
        .map(|m| (text(m, "email"), m.get("role").and_then(Value::as_str).unwrap_or("member").to_string()))
        .collect();
    if !members.values().any(|r| r == "admin") {
        return Err(format!("{slug} has no admin: {members:?}"));
    }
    let teams: BTreeMap<String, BTreeSet<String>> = list_of(org, "teams")
        .iter()
        .map(|t| (text(t, "slug"), list_of(t, "members").iter().filter_map(|m| m.as_str()).map(String::from).collect()))
        .collect();
    for (t, m) in &teams {
        if let Some(stray) = m.iter().find(|e| !members.contains_key(*e)) {
            return Err(format!("team {t} of {slug} holds {stray}, who is not a member of {slug}"));
        }
    }
    let mut dashes = BTreeMap::new();
    for d in list_of(org, "dashboards") {
        let mut grants = BTreeMap::new();
        for g in list_of(d, "grants") {
            let who = match (g.get("team").and_then(Value::as_str), g.get("user").and_then(Value::as_str)) {
                (Some(t), None) if teams.contains_key(t) => format!("team:{t}"),
                (None, Some(u)) if members.contains_key(u) => format!("user:{u}"),
                _ => return Err(format!("grant {g} on {slug}/{} points outside {slug}", text(d, "slug"))),
            };
            grants.insert(who, g.get("permission").and_then(Value::as_str).unwrap_or("view").to_string());
        }
        let vis = d.get("visibility").and_then(Value::as_str).unwrap_or("org").to_string();
        dashes.insert(text(d, "slug"), (text(d, "owner"), vis, grants));
    }
    Ok(Snapshot { members, teams, dashes })
}

/// The command line a step stands for.
pub fn command(org: usize, actor: usize, op: &Op) -> Vec<String> {
    let mut a: Vec<String> = ["--json", "--as", USERS[actor], "--org", ORGS[org]].map(String::from).to_vec();
    let mut push = |parts: &[&str]| a.extend(parts.iter().map(|s| s.to_string()));
    let grantee = |g: Grantee| match g {
        Grantee::Team(t) => ["--team", TEAMS[t]],
        Grantee::User(u) => ["--user", USERS[u]],
    };
    let vis = |r: bool| if r { "restricted" } else { "org" };
    match *op {
        Op::MemberAdd { target, role } => push(&["member", "add", USERS[target], "--role", role.word()]),
        Op::MemberRemove { target } => push(&["member", "remove", USERS[target], "--yes"]),
        Op::SetRole { target, role } => push(&["member", "set-role", USERS[target], role.word()]),
        Op::Leave => push(&["org", "leave", "--yes"]),
        Op::TeamCreate { team } => push(&["team", "create", TEAMS[team]]),
        Op::TeamAdd { team, target } => push(&["team", "add", TEAMS[team], USERS[target]]),
        Op::TeamRemove { team, target } => push(&["team", "remove", TEAMS[team], USERS[target]]),
        Op::TeamDelete { team } => push(&["team", "delete", TEAMS[team], "--yes"]),
        Op::DashCreate { dash, restricted } => {
            let title = format!("Dashboard {}", DASHES[dash]);
            push(&["dashboard", "create", &title, "--slug", DASHES[dash], "--visibility", vis(restricted)])
        }
        Op::Share { dash, to, perm } => {
            push(&["dashboard", "share", DASHES[dash]]);
            push(&grantee(to));
            push(&["--permission", perm.word()]);
        }
        Op::Unshare { dash, to } => {
            push(&["dashboard", "unshare", DASHES[dash]]);
            push(&grantee(to));
        }
        Op::SetVisibility { dash, restricted } => {
            push(&["dashboard", "edit", DASHES[dash], "--visibility", vis(restricted)])
        }
        Op::DashDelete { dash } => push(&["dashboard", "delete", DASHES[dash], "--yes"]),
    }
    a
}

pub fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| if a.is_empty() || a.contains(' ') { format!("'{a}'") } else { a.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The two seed manifests, each with the admin who applies it: every user
/// plus alpha, then beta, so that the store starts as [`Model::initial`].
pub fn seed_manifests() -> [(usize, String, &'static str); 2] {
    let users: String = USERS.iter().map(|u| format!("[[users]]\nemail = \"{u}\"\nname = \"User {u}\"\n\n")).collect();
    let org = |slug: &str, admin: usize, member: usize, d1: &str| {
        format!(
                "[[orgs]]\nslug = \"{slug}\"\n\n  [[orgs.members]]\n  email = \"{a}\"\n  role = \"admin\"\n\n  \
                 [[orgs.members]]\n  email = \"{m}\"\n  role = \"member\"\n\n  [[orgs.members]]\n  email = \"{u2}\"\n  role = \"member\"\n\n  \
                 [[orgs.teams]]\n  slug = \"red\"\n  members = [\"{m}\"]\n\n  \
                 [[orgs.dashboards]]\n  slug = \"d1\"\n  title = \"Dashboard d1\"\n  owner = \"{a}\"\n  {d1}\n",
                a = USERS[admin],
                m = USERS[member],
                u2 = USERS[2],
            )
    };
    let alpha = format!(
        "{users}{}",
        org("alpha", 0, 1, "visibility = \"restricted\"\n  grants = [{ team = \"red\", permission = \"view\" }]")
    );
    let beta = org("beta", 3, 4, "visibility = \"org\"");
    [(0, alpha, "alpha.toml"), (3, beta, "beta.toml")]
}

pub fn role() -> impl Strategy<Value = Role> {
    prop_oneof![Just(Role::Admin), Just(Role::Member)]
}

pub fn perm() -> impl Strategy<Value = Perm> {
    prop_oneof![Just(Perm::View), Just(Perm::Edit)]
}

/// Generated user numbers below this pick a member of the org, see [`Model::target`].
pub const MEMBER_PICKS: usize = 12;

/// A generated user number: two in three pick a member of the org, one in three any user.
pub const USER_NUMBERS: std::ops::Range<usize> = 0..MEMBER_PICKS + USERS.len();

pub fn grantee() -> impl Strategy<Value = Grantee> {
    prop_oneof![(0..TEAMS.len()).prop_map(Grantee::Team), USER_NUMBERS.prop_map(Grantee::User)]
}

pub fn op() -> impl Strategy<Value = Op> {
    let user = USER_NUMBERS;
    let team = 0..TEAMS.len();
    let dash = 0..DASHES.len();
    prop_oneof![
        3 => (user.clone(), role()).prop_map(|(target, role)| Op::MemberAdd { target, role }),
        2 => user.clone().prop_map(|target| Op::MemberRemove { target }),
        2 => (user.clone(), role()).prop_map(|(target, role)| Op::SetRole { target, role }),
        1 => Just(Op::Leave),
        2 => team.clone().prop_map(|team| Op::TeamCreate { team }),
        3 => (team.clone(), user.clone()).prop_map(|(team, target)| Op::TeamAdd { team, target }),
        1 => (team.clone(), user).prop_map(|(team, target)| Op::TeamRemove { team, target }),
        1 => team.prop_map(|team| Op::TeamDelete { team }),
        3 => (dash.clone(), any::<bool>()).prop_map(|(dash, restricted)| Op::DashCreate { dash, restricted }),
        4 => (dash.clone(), grantee(), perm()).prop_map(|(dash, to, perm)| Op::Share { dash, to, perm }),
        1 => (dash.clone(), grantee()).prop_map(|(dash, to)| Op::Unshare { dash, to }),
        2 => (dash.clone(), any::<bool>()).prop_map(|(dash, restricted)| Op::SetVisibility { dash, restricted }),
        1 => dash.prop_map(|dash| Op::DashDelete { dash }),
    ]
}

/// One random sequence of [`STEPS`] steps.
pub fn sequence() -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(step(), STEPS)
}

pub fn step() -> impl Strategy<Value = Step> {
    let pick = prop_oneof![
        5 => (0..8usize).prop_map(Pick::Admin),
        3 => (0..8usize).prop_map(Pick::Member),
        2 => (0..USERS.len()).prop_map(Pick::Anyone),
    ];
    (0..ORGS.len(), pick, op()).prop_map(|(org, actor, op)| Step { org, actor, op })
}

/// The model itself: a quick sanity check that needs no store.
#[test]
fn the_model_keeps_an_admin_and_drops_what_goes_with_a_member() {
    let mut m = Model::initial();
    assert_eq!(m.visible(0, 1), BTreeSet::from(["d1".to_string()]), "red's grant");
    assert!(m.visible(0, 2).is_empty(), "restricted, no grant");
    assert_eq!(m.step(0, 0, &Op::Leave), CONFLICT);
    assert_eq!(m.step(0, 0, &Op::TeamCreate { team: 0 }), CONFLICT);
    assert_eq!(m.step(0, 0, &Op::TeamCreate { team: 1 }), Expect::Ok);
    assert_eq!(m.step(0, 0, &Op::TeamAdd { team: 1, target: 1 }), Expect::Ok);
    assert_eq!(m.step(0, 1, &Op::DashCreate { dash: 1, restricted: true }), Expect::Ok);
    assert_eq!(m.step(0, 1, &Op::Share { dash: 1, to: Grantee::User(2), perm: Perm::Edit }), Expect::Ok);
    assert_eq!(m.step(0, 2, &Op::SetVisibility { dash: 1, restricted: false }), FORBIDDEN);
    assert_eq!(m.step(0, 2, &Op::DashDelete { dash: 0 }), NOT_FOUND);
    assert_eq!(m.step(0, 0, &Op::MemberRemove { target: 2 }), Expect::Ok);
    assert!(m.orgs[0].dashes[&1].grants.is_empty());
    assert_eq!(m.step(0, 0, &Op::MemberRemove { target: 1 }), Expect::Ok);
    assert!(m.orgs[0].teams.values().all(BTreeSet::is_empty));
    assert_eq!(m.orgs[0].dashes[&1].owner, None, "a dashboard stays, without an owner");
    assert_eq!(m.step(0, 0, &Op::TeamDelete { team: 0 }), Expect::Ok);
    assert!(m.orgs[0].dashes[&0].grants.is_empty());
    assert_eq!(m.step(1, 0, &Op::DashCreate { dash: 2, restricted: false }), NOT_FOUND);
    assert_eq!(m.visible(1, 2), BTreeSet::from(["d1".to_string()]), "beta's d1 is org-wide");
    assert!(m.visible(1, 0).is_empty());
}
