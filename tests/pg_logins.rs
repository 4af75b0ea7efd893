//! Logins map to users (PostgreSQL): below the application, connected as a
//! person's own login and sending raw SQL (setting `app.org_id` and
//! `app.user_id` as orgctl will), the database admits only the orgs that
//! person belongs to, and in them lets only admins write the admin-managed
//! tables; an impersonating login has exactly the powers of the user it
//! declares, and an unlinked login has none. Then `orgctl db link | unlink
//! | links` end to end, and the check orgctl makes of `--as` against the
//! login.
//!
//! The helpers `acting` and `run` serve the attacks of `pg_attack_*`, and
//! the walk of every row of the permission table (`pg_attack_walk`).

use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, GenericClient, Transaction};

use crate::common::*;
use crate::pg_common::{self, PgDb};
use crate::pg_isolation::{id, seed, user, Seeded, ORG_TABLES};

use orgctl::store::pg::logins::{self, LoginIs};

/// What orgctl sends to declare the user an impersonating login acts as
/// (`Tx::act_as`): transaction-local, as `app.org_id`.
const SET_ACTING_USER: &str = "SELECT set_config('app.user_id', $1, true)";

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

/// What one statement did, run in a savepoint so that a refusal leaves the
/// transaction usable.
#[derive(Debug, PartialEq, Eq)]
pub enum Sql {
    /// It ran, touching this many rows (0: row-level security hid them all).
    Rows(u64),
    /// The database refused it: insufficient privilege (42501), a row
    /// that fails a policy's WITH CHECK, or a grant it lacks.
    Denied,
}

/// Runs `sql` in a savepoint of `tx`. An error other than a refusal fails the test.
pub fn run(tx: &mut Transaction, sql: &str, params: Params) -> Sql {
    match in_savepoint(tx, true, |sp| sp.execute(sql, params)) {
        Ok(n) => Sql::Rows(n),
        Err(e) if e.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) => Sql::Denied,
        // An id written over its GENERATED ALWAYS identity.
        Err(e) if e.code() == Some(&SqlState::GENERATED_ALWAYS) => Sql::Denied,
        Err(e) => panic!("{sql}: {}", message(&e)),
    }
}

/// Runs `f` in a savepoint of `tx`, so that an error leaves the
/// transaction usable; what it did is kept if `keep` and it succeeded,
/// rolled back otherwise.
pub fn in_savepoint<T>(
    tx: &mut Transaction,
    keep: bool,
    f: impl FnOnce(&mut Transaction) -> Result<T, postgres::Error>,
) -> Result<T, postgres::Error> {
    let mut sp = tx.transaction().expect("savepoint");
    let out = f(&mut sp);
    if keep && out.is_ok() { sp.commit() } else { sp.rollback() }.expect("end the savepoint");
    out
}

/// The database's own words for `e` (or the driver's).
pub fn message(e: &postgres::Error) -> String {
    e.as_db_error().map_or_else(|| e.to_string(), |d| d.message().to_string())
}

/// A transaction as orgctl's engine opens one: the org set in `app.org_id`
/// and, once the acting user is resolved, `app.user_id` (both
/// transaction-local). `user` is a raw value, so tests can pass nonsense.
pub fn acting<'a>(c: &'a mut Client, org: Option<i64>, user: Option<&str>) -> Transaction<'a> {
    let mut tx = c.transaction().expect("begin");
    if let Some(org) = org {
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).expect("set app.org_id");
    }
    if let Some(user) = user {
        tx.execute(SET_ACTING_USER, &[&user]).expect("set app.user_id");
    }
    tx
}

/// The rows of every org table the transaction can see.
fn visible(tx: &mut Transaction) -> Vec<(&'static str, i64)> {
    ORG_TABLES.iter().map(|(t, _)| (*t, id(tx, &format!("SELECT count(*) FROM {t}"), &[]))).collect()
}

pub fn nothing_visible(tx: &mut Transaction, who: &str) {
    for (table, n) in visible(tx) {
        assert_eq!(n, 0, "{who}: {table} shows rows");
    }
}

fn emails(tx: &mut impl GenericClient) -> Vec<String> {
    tx.query("SELECT email FROM users ORDER BY email", &[]).unwrap().iter().map(|r| r.get(0)).collect()
}

/// Two orgs seeded by the owner (acme: alice admin, mia member; bolt: bob
/// admin, bea member), nick in no org, ivy invited to acme, and the owner's
/// URL for `orgctl db link`.
pub struct World {
    pub db: PgDb,
    pub env: Env,
    pub owner_url: String,
    pub owner: Client,
    pub acme: Seeded,
    pub bolt: Seeded,
    pub alice: i64,
    pub mia: i64,
    pub bob: i64,
    pub nick: i64,
    pub ivy: i64,
}

pub const MIA: &str = "mia@x.io";
pub const IVY: &str = "ivy@x.io";
pub const NICK: &str = "nick@x.io";

impl World {
    pub fn new(test: &str) -> Option<World> {
        let mut db = pg_common::db(test)?;
        let env = Env::new();
        let (role, password) = db.owner();
        let owner_url = db.url_as(&role, &password);
        env.ok(&["--db", &owner_url, "init"]);
        let mut owner = db.client_as(&role, &password);
        let alice = user(&mut owner, "alice@x.io");
        let mia = user(&mut owner, MIA);
        let bob = user(&mut owner, "bob@x.io");
        let bea = user(&mut owner, "bea@x.io");
        let nick = user(&mut owner, NICK);
        let ivy = user(&mut owner, IVY);
        let acme = seed(&mut owner, "acme", alice, mia, 1);
        let bolt = seed(&mut owner, "bolt", bob, bea, 2);
        Some(World { db, env, owner_url, owner, acme, bolt, alice, mia, bob, nick, ivy })
    }

    /// A new login role linked (by `orgctl db link`) to `email`.
    pub fn login_of(&mut self, email: &str) -> (String, Client) {
        let (role, password) = self.db.role("");
        self.env.ok(&["--db", &self.owner_url, "db", "link", &role, email]);
        let c = self.db.client_as(&role, &password);
        (role, c)
    }

    pub fn client_of(&mut self, email: &str) -> Client {
        self.login_of(email).1
    }

    /// A new login role linked with `--impersonate`.
    pub fn impersonator(&mut self) -> (String, Client) {
        let (role, password) = self.db.role("");
        self.env.ok(&["--db", &self.owner_url, "db", "link", &role, "--impersonate"]);
        let c = self.db.client_as(&role, &password);
        (role, c)
    }

    /// A login granted orgctl_app that nobody linked.
    pub fn unlinked(&mut self) -> (String, Client) {
        let (role, password) = self.db.app_login();
        let c = self.db.client_as(&role, &password);
        (role, c)
    }

    /// A pending invite to acme for `email` (role `role`, team eng), valid
    /// for `lifetime` seconds from now (negative: expired); its id.
    pub fn invite(&mut self, email: &str, role: &str, lifetime: i64, token: u8) -> i64 {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        let mut tx = self.owner.transaction().unwrap();
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&self.acme.org.to_string()]).unwrap();
        let invite = id(
            &mut tx,
            "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number, invited_by) \
             VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, $8) RETURNING id",
            &[&self.acme.org, &email, &role, &vec![token; 32], &now, &(now + lifetime), &i64::from(token), &self.alice],
        );
        tx.execute(
            "INSERT INTO invite_teams (invite_id, team_id, org_id) VALUES ($1, $2, $3)",
            &[&invite, &self.acme.team, &self.acme.org],
        )
        .unwrap();
        tx.commit().unwrap();
        invite
    }

    /// `SELECT count(*) FROM {table} WHERE org_id = org AND {filter}`, as the owner.
    pub fn as_owner_count(&mut self, org: i64, table: &str, filter: &str) -> i64 {
        let mut tx = self.owner.transaction().unwrap();
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
        id(&mut tx, &format!("SELECT count(*) FROM {table} WHERE org_id = $1 AND {filter}"), &[&org])
    }
}

pub const INSERT_MEMBER: &str = "INSERT INTO members (org_id, user_id, role, joined_at) VALUES ($1, $2, $3, 0)";
/// orgctl's audit entry in the org `$1` (action `test`), written as every
/// command writes its own: through the database's function, which numbers,
/// chains and signs it with the acting user and the login.
pub const AUDIT: &str = "SELECT orgctl_audit($1::bigint, 0, 'test', 'x', '', NULL, NULL)";

#[test]
fn a_member_sees_only_the_orgs_they_belong_to() {
    let Some(mut w) = World::new("pg_logins::a_member_sees_only_the_orgs_they_belong_to") else { return };
    let mut mia = w.client_of(MIA);

    // In acme (hers): every org table shows acme's rows, but the audit log
    // and the invites (emails, roles, token hashes), which are its admins'
    // to read; the users are acme's members.
    let mut tx = acting(&mut mia, Some(w.acme.org), None);
    for (table, n) in visible(&mut tx) {
        if ["audit", "invites", "invite_teams"].contains(&table) {
            assert_eq!(n, 0, "{table} are for admins");
        } else {
            assert!(n > 0, "mia sees acme's {table}");
        }
    }
    assert_eq!(emails(&mut tx), ["alice@x.io", MIA]);
    tx.commit().unwrap();

    // In bolt (not hers), and with no org: nothing but her own user row.
    for org in [Some(w.bolt.org), None] {
        let mut tx = acting(&mut mia, org, None);
        nothing_visible(&mut tx, "mia outside acme");
        assert_eq!(emails(&mut tx), [MIA]);
        for (sql, key) in [
            ("UPDATE dashboards SET title = 'x' WHERE id = $1", w.bolt.dashboard),
            ("DELETE FROM teams WHERE id = $1", w.bolt.team),
            ("UPDATE users SET name = 'x' WHERE id = $1", w.bob),
        ] {
            assert_eq!(run(&mut tx, sql, &[&key]), Sql::Rows(0), "{sql}");
        }
    }

    // Each check is made once per statement (an InitPlan), not per row.
    let mut tx = acting(&mut mia, Some(w.acme.org), None);
    let plan: Vec<String> =
        tx.query("EXPLAIN SELECT * FROM dashboards", &[]).unwrap().iter().map(|r| r.get(0)).collect();
    assert!(plan.iter().any(|l| l.contains("InitPlan")), "{plan:#?}");
}

#[test]
fn a_member_cannot_make_themselves_admin_or_join_another_org() {
    let Some(mut w) = World::new("pg_logins::a_member_cannot_make_themselves_admin_or_join_another_org") else {
        return;
    };
    let mut mia = w.client_of(MIA);
    let (acme, bolt) = (w.acme.org, w.bolt.org);

    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.mia, &"admin"]), Sql::Denied, "herself again, as admin");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.nick, &"member"]), Sql::Denied, "someone else");
    let promote = "UPDATE members SET role = 'admin' WHERE user_id = $1";
    assert_eq!(run(&mut tx, promote, &[&w.mia]), Sql::Rows(0), "promoting herself");
    // The org in the row must be the org set: bolt's id with acme set fails.
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&bolt, &w.mia, &"member"]), Sql::Denied);
    tx.commit().unwrap();

    // With bolt set, she is a stranger there: joining, as anything, fails.
    let mut tx = acting(&mut mia, Some(bolt), None);
    for role in ["admin", "member"] {
        assert_eq!(run(&mut tx, INSERT_MEMBER, &[&bolt, &w.mia, &role]), Sql::Denied, "joining bolt as {role}");
    }
    // Nor can she claim it as a new org's founder, or take a free id for one.
    assert_eq!(
        run(&mut tx, "INSERT INTO orgs (id, slug, name, created_at) VALUES ($1, 'b2', 'B', 0)", &[&bolt]),
        Sql::Denied
    );
    tx.commit().unwrap();

    assert_eq!(w.as_owner_count(bolt, "members", "true"), 2, "bolt's members unchanged");
    assert_eq!(w.as_owner_count(acme, "members", "role = 'admin'"), 1);
}

#[test]
fn a_member_who_is_not_an_admin_cannot_write_the_admin_tables() {
    let Some(mut w) = World::new("pg_logins::a_member_who_is_not_an_admin_cannot_write_the_admin_tables") else {
        return;
    };
    let mut mia = w.client_of(MIA);
    let a = &w.acme;
    let (org, team, connector) = (a.org, a.team, a.connector);
    let mut tx = acting(&mut mia, Some(org), None);

    for (sql, params) in [
        (
            "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0)",
            vec![&org as &(dyn ToSql + Sync)],
        ),
        ("INSERT INTO team_members (team_id, user_id, org_id) VALUES ($1, $2, $3)", vec![&team, &w.alice, &org]),
        (
            "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
             VALUES ($1, 'x@x.io', 'admin', '\\x01', 'pending', 0, 9999999999, 7)",
            vec![&org],
        ),
        ("INSERT INTO invite_teams (invite_id, team_id, org_id) VALUES ($1, $2, $3)", vec![&a.invite, &team, &org]),
        ("INSERT INTO connectors (org_id, name, kind, url, created_at) VALUES ($1, 'x', 'x', 'x://x', 0)", vec![&org]),
        (
            "INSERT INTO connector_grants (org_id, connector_id, user_id) VALUES ($1, $2, $3)",
            vec![&org, &connector, &w.mia],
        ),
        (
            "INSERT INTO integrations (org_id, name, kind, url, created_at) VALUES ($1, 'x', 'slack', 'https://x', 0)",
            vec![&org],
        ),
    ] {
        assert_eq!(run(&mut tx, sql, &params), Sql::Denied, "{sql}");
    }
    // Updates and deletes find no row they may touch.
    for sql in [
        "UPDATE orgs SET plan = 'enterprise'",
        "UPDATE orgs SET billing_email = 'x@x.io'",
        "UPDATE orgs SET name = 'Mine'",
        "DELETE FROM orgs",
        "UPDATE members SET role = 'member'",
        "DELETE FROM members WHERE role = 'admin'",
        "UPDATE teams SET name = 'x'",
        "DELETE FROM teams",
        "DELETE FROM team_members WHERE user_id <> (SELECT orgctl_acting_user())",
        "UPDATE invites SET role = 'admin'",
        "DELETE FROM invites",
        "DELETE FROM invite_teams",
        "UPDATE connectors SET url = 'x://evil'",
        "DELETE FROM connectors",
        "DELETE FROM connector_grants",
        "UPDATE integrations SET url = 'https://evil'",
        "DELETE FROM integrations",
        "UPDATE org_security SET allowed_domains = 'evil.io'",
        "DELETE FROM org_security",
    ] {
        assert_eq!(run(&mut tx, sql, &[]), Sql::Rows(0), "{sql}");
    }
    // What members do write: dashboards, their grants, chats, the counters.
    assert_eq!(
        run(
            &mut tx,
            "INSERT INTO dashboards (org_id, slug, title, owner_id, created_at) VALUES ($1, 'mine', 'Mine', $2, 0)",
            &[&org, &w.mia]
        ),
        Sql::Rows(1)
    );
    // Her own dashboard; the org's other one needs an edit grant.
    assert_eq!(run(&mut tx, "UPDATE dashboards SET title = 'Ours'", &[]), Sql::Rows(1));
    assert_eq!(
        run(
            &mut tx,
            "INSERT INTO chats (org_id, owner_id, title, created_at, number) VALUES ($1, $2, 'c', 0, 2)",
            &[&org, &w.mia]
        ),
        Sql::Rows(1)
    );
    // The counters are the database's: moved through orgctl_next_number only.
    assert_eq!(run(&mut tx, "UPDATE org_counters SET last = last + 1 WHERE kind = 'chat'", &[]), Sql::Denied);
    assert_eq!(id(&mut tx, "SELECT orgctl_next_number($1, 'chat')", &[&org]), 2);
    // Her own membership she may end (org leave, once her dashboards are
    // handed over); someone else's, not.
    assert_eq!(run(&mut tx, "UPDATE dashboards SET owner_id = NULL WHERE owner_id = $1", &[&w.mia]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "DELETE FROM members WHERE user_id = $1", &[&w.alice]), Sql::Rows(0));
    assert_eq!(run(&mut tx, "DELETE FROM members WHERE user_id = $1", &[&w.mia]), Sql::Rows(1));
    tx.rollback().unwrap();

    // The same statements as acme's admin go through.
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(org), None);
    assert_eq!(
        run(&mut tx, "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0)", &[&org]),
        Sql::Rows(1)
    );
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&org, &w.nick, &"member"]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "UPDATE members SET role = 'admin' WHERE user_id = $1", &[&w.mia]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "UPDATE orgs SET plan = 'enterprise'", &[]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "UPDATE connectors SET url = 'x://new'", &[]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "UPDATE invites SET role = 'admin'", &[]), Sql::Rows(1));
    assert!(id(&mut tx, "SELECT count(*) FROM audit", &[]) > 0, "admins read the audit log");
    tx.commit().unwrap();
}

#[test]
fn an_admin_cannot_read_or_write_another_org() {
    let Some(mut w) = World::new("pg_logins::an_admin_cannot_read_or_write_another_org") else { return };
    let mut alice = w.client_of("alice@x.io");
    let bolt = w.bolt.org;
    let mut tx = acting(&mut alice, Some(bolt), None);
    nothing_visible(&mut tx, "acme's admin in bolt");
    assert_eq!(emails(&mut tx), ["alice@x.io"]);
    for (sql, params) in [
        (
            "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0)",
            vec![&bolt as &(dyn ToSql + Sync)],
        ),
        (INSERT_MEMBER, vec![&bolt, &w.alice, &"admin"]),
        ("INSERT INTO connectors (org_id, name, kind, url, created_at) VALUES ($1, 'x', 'x', 'x://x', 0)", vec![&bolt]),
        ("INSERT INTO audit (at, actor, org_id, action, target) VALUES (0, 'alice@x.io', $1, 'x', 'x')", vec![&bolt]),
    ] {
        assert_eq!(run(&mut tx, sql, &params), Sql::Denied, "{sql}");
    }
    for sql in ["UPDATE orgs SET plan = 'free'", "DELETE FROM orgs", "DELETE FROM members", "DELETE FROM teams"] {
        assert_eq!(run(&mut tx, sql, &[]), Sql::Rows(0), "{sql}");
    }
    tx.commit().unwrap();
    assert_eq!(w.as_owner_count(bolt, "members", "true"), 2);
}

#[test]
fn an_impersonating_login_has_exactly_the_powers_of_the_user_it_declares() {
    let Some(mut w) = World::new("pg_logins::an_impersonating_login_has_exactly_the_powers_of_the_user_it_declares")
    else {
        return;
    };
    let (_, mut ci) = w.impersonator();
    let org = w.acme.org;
    let add_team = "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0)";
    let add_dashboard =
        "INSERT INTO dashboards (org_id, slug, title, owner_id, created_at) VALUES ($1, 'ci', 'CI', $2, 0)";

    // As alice (acme's admin): an admin's powers in acme, none in bolt.
    let mut tx = acting(&mut ci, Some(org), Some(&w.alice.to_string()));
    assert_eq!(run(&mut tx, add_team, &[&org]), Sql::Rows(1));
    assert!(id(&mut tx, "SELECT count(*) FROM audit", &[]) > 0);
    tx.rollback().unwrap();
    let mut tx = acting(&mut ci, Some(w.bolt.org), Some(&w.alice.to_string()));
    nothing_visible(&mut tx, "ci as alice in bolt");
    tx.rollback().unwrap();

    // As mia (a member): a member's.
    let mut tx = acting(&mut ci, Some(org), Some(&w.mia.to_string()));
    assert_eq!(run(&mut tx, add_team, &[&org]), Sql::Denied);
    assert_eq!(run(&mut tx, add_dashboard, &[&org, &w.mia]), Sql::Rows(1));
    assert_eq!(id(&mut tx, "SELECT count(*) FROM audit", &[]), 0);
    assert_eq!(emails(&mut tx), ["alice@x.io", MIA]);
    tx.rollback().unwrap();

    // As nick (in no org), as no one, as nonsense or a user that does not
    // exist: nothing.
    let nobody = (w.nick.to_string(), "999999".to_string());
    for user in
        [Some(nobody.0.as_str()), None, Some(""), Some("alice@x.io"), Some("1 OR true"), Some(nobody.1.as_str())]
    {
        let mut tx = acting(&mut ci, Some(org), user);
        nothing_visible(&mut tx, &format!("ci as {user:?}"));
        assert_eq!(run(&mut tx, add_dashboard, &[&org, &w.mia]), Sql::Denied, "ci as {user:?}");
        tx.rollback().unwrap();
    }

    // A linked login's own user is who it is, whatever app.user_id says.
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(org), Some(&w.alice.to_string()));
    assert_eq!(run(&mut tx, add_team, &[&org]), Sql::Denied, "mia declaring alice");
    assert_eq!(id(&mut tx, "SELECT count(*) FROM audit", &[]), 0);
    tx.rollback().unwrap();
}

#[test]
fn an_unlinked_login_sees_and_writes_nothing() {
    let Some(mut w) = World::new("pg_logins::an_unlinked_login_sees_and_writes_nothing") else { return };
    let (role, mut nobody) = w.unlinked();
    let org = w.acme.org;
    for user in [None, Some(w.alice.to_string())] {
        let mut tx = acting(&mut nobody, Some(org), user.as_deref());
        nothing_visible(&mut tx, "an unlinked login");
        assert!(emails(&mut tx).is_empty());
        assert_eq!(
            run(&mut tx, "INSERT INTO users (email, name, created_at) VALUES ('z@x.io', 'z', 0)", &[]),
            Sql::Denied
        );
        assert_eq!(run(&mut tx, "INSERT INTO audit (at, action, target) VALUES (0, 'x', 'x')", &[]), Sql::Denied);
        assert_eq!(run(&mut tx, "UPDATE users SET name = 'x'", &[]), Sql::Rows(0));
        // The lookups answer nothing either.
        let none: bool = tx.query_one("SELECT orgctl_org_by_slug('acme') IS NULL", &[]).unwrap().get(0);
        assert!(none);
        assert!(tx.query("SELECT * FROM orgctl_user_by_email('alice@x.io')", &[]).unwrap().is_empty());
        assert!(tx.query("SELECT * FROM orgctl_users_by_email('{alice@x.io}')", &[]).unwrap().is_empty());
        assert!(tx.query("SELECT * FROM orgctl_invite_by_token($1)", &[&vec![1u8; 32]]).unwrap().is_empty());
        tx.rollback().unwrap();
    }
    // Nor may it read the map of logins.
    let mut tx = nobody.transaction().unwrap();
    assert_eq!(run(&mut tx, "SELECT * FROM logins", &[]), Sql::Denied);
    assert_eq!(
        run(&mut tx, "INSERT INTO logins (role, user_id, linked_by, linked_at) VALUES ($1, 1, 'x', 0)", &[&role]),
        Sql::Denied
    );
    tx.rollback().unwrap();
    let who = logins::current(&mut nobody).unwrap();
    assert_eq!(who.is, LoginIs::Unlinked);
    assert_eq!(who.login, role);
}

/// Every command that lets someone who is not (yet, or any longer) a member,
/// or not an admin, write to an org: it works for the right person only.
#[test]
fn each_flow_works_for_the_right_person_only() {
    let Some(mut w) = World::new("pg_logins::each_flow_works_for_the_right_person_only") else { return };
    let mut nick = w.client_of(NICK);

    // org create: the database creates the org (its id, set for the
    // transaction); its founding transaction adds its creator as first
    // admin, then the audit entry.
    let mut tx = acting(&mut nick, None, None);
    let new = id(&mut tx, "SELECT orgctl_create_org('nix', 'Nix', 0)", &[]);
    assert_eq!(id(&mut tx, "SELECT count(*) FROM orgs", &[]), 1, "the founder reads the new org");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&new, &w.mia, &"admin"]), Sql::Denied, "someone else as first admin");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&new, &w.nick, &"member"]), Sql::Denied, "the founder, as a mere member");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&new, &w.nick, &"admin"]), Sql::Rows(1));
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&new, &w.mia, &"member"]), Sql::Rows(1), "now an admin, adding mia");
    tx.execute(AUDIT, &[&new]).unwrap();
    tx.commit().unwrap();
    // Then org delete, by its admin: the audit entry first, then the org.
    let mut tx = acting(&mut nick, Some(new), None);
    tx.execute(AUDIT, &[&new]).unwrap();
    assert_eq!(run(&mut tx, "DELETE FROM orgs", &[]), Sql::Rows(1));
    tx.commit().unwrap();
    // Nobody picks an org id, or creates an org but through the function.
    let mut tx = acting(&mut nick, None, None);
    let take =
        "INSERT INTO orgs (id, slug, name, created_at) OVERRIDING SYSTEM VALUE VALUES (9999, 'ahead', 'Ahead', 0)";
    assert_eq!(run(&mut tx, take, &[]), Sql::Denied, "an id of one's choosing");
    let plain = "INSERT INTO orgs (slug, name, created_at) VALUES ('plain', 'Plain', 0)";
    assert_eq!(run(&mut tx, plain, &[]), Sql::Denied, "an org without the function");
    assert_eq!(run(&mut tx, "SELECT nextval('orgs_id_seq')", &[]), Sql::Denied, "the sequence");
    tx.rollback().unwrap();
    // Its id, whose audit entries remain, cannot be claimed again.
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(new), None);
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&new, &w.mia, &"admin"]), Sql::Denied);
    nothing_visible(&mut tx, "mia in the deleted org");
    tx.rollback().unwrap();
    // A member may not delete their org.
    let mut tx = acting(&mut mia, Some(w.acme.org), None);
    assert_eq!(run(&mut tx, "DELETE FROM orgs", &[]), Sql::Rows(0));
    tx.rollback().unwrap();

    // invite accept: ivy joins acme with the role and teams of her pending
    // invite, and nothing more.
    let acme = w.acme.org;
    let other_team = {
        let mut tx = w.owner.transaction().unwrap();
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&acme.to_string()]).unwrap();
        let t = id(
            &mut tx,
            "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'ops', 'Ops', 0) RETURNING id",
            &[&acme],
        );
        tx.commit().unwrap();
        t
    };
    let invite = w.invite(IVY, "member", 3600, 9);
    let mut ivy = w.client_of(IVY);
    let mut tx = acting(&mut ivy, Some(acme), None);
    let found =
        tx.query_one("SELECT org_id, invite_id, email FROM orgctl_invite_by_token($1)", &[&vec![9u8; 32]]).unwrap();
    let found: (i64, i64, String) = (found.get(0), found.get(1), found.get(2));
    assert_eq!(found, (acme, invite, IVY.to_string()), "the invite, and whom it is for");
    assert_eq!(id(&mut tx, "SELECT count(*) FROM invites", &[]), 1, "her invite only");
    assert_eq!(id(&mut tx, "SELECT count(*) FROM orgs", &[]), 1, "the org she is invited to");
    assert_eq!(id(&mut tx, "SELECT count(*) FROM org_security", &[]), 1, "its allowed domains");
    assert_eq!(id(&mut tx, "SELECT count(*) FROM members", &[]), 0, "not its members yet");
    assert_eq!(run(&mut tx, "UPDATE invites SET role = 'admin'", &[]), Sql::Denied, "raising her invite's role");
    assert_eq!(run(&mut tx, "UPDATE invites SET expires_at = expires_at + 1", &[]), Sql::Denied);
    // No membership, team or acceptance by plain SQL: only the function,
    // with the token.
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.ivy, &"admin"]), Sql::Denied, "as admin");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.nick, &"member"]), Sql::Denied, "someone else");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.ivy, &"member"]), Sql::Denied, "without the token");
    let join_team = "INSERT INTO team_members (team_id, user_id, org_id) VALUES ($1, $2, $3)";
    assert_eq!(run(&mut tx, join_team, &[&other_team, &w.ivy, &acme]), Sql::Denied, "a team not in her invite");
    assert_eq!(run(&mut tx, join_team, &[&w.acme.team, &w.ivy, &acme]), Sql::Denied, "her invite's team, by hand");
    assert_eq!(run(&mut tx, "UPDATE invites SET state = 'accepted' WHERE id = $1", &[&invite]), Sql::Denied);
    let accept = "SELECT orgctl_accept_invite($1, 0)";
    assert_eq!(run(&mut tx, accept, &[&vec![8u8; 32]]), Sql::Denied, "a wrong token");
    assert_eq!(run(&mut tx, accept, &[&vec![9u8; 32]]), Sql::Rows(1));
    assert_eq!(id(&mut tx, "SELECT count(*) FROM members WHERE user_id = $1 AND role = 'member'", &[&w.ivy]), 1);
    assert_eq!(id(&mut tx, "SELECT count(*) FROM team_members WHERE user_id = $1", &[&w.ivy]), 1, "eng only");
    assert_eq!(run(&mut tx, accept, &[&vec![9u8; 32]]), Sql::Denied, "accepted once");
    tx.execute(AUDIT, &[&acme]).unwrap();
    tx.commit().unwrap();

    // Someone not invited, or invited with an expired invite, cannot join.
    let expired = w.invite(NICK, "member", -60, 10);
    let mut tx = acting(&mut nick, Some(acme), None);
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.nick, &"member"]), Sql::Denied, "an expired invite");
    assert_eq!(run(&mut tx, "SELECT orgctl_accept_invite($1, 0)", &[&vec![10u8; 32]]), Sql::Denied, "expired");
    tx.rollback().unwrap();
    let mut bob = w.client_of("bob@x.io");
    let mut tx = acting(&mut bob, Some(acme), None);
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.bob, &"member"]), Sql::Denied, "no invite");
    assert_eq!(run(&mut tx, "UPDATE invites SET state = 'declined' WHERE id = $1", &[&expired]), Sql::Rows(0));
    tx.rollback().unwrap();

    // invite decline: the invitee, not a member, answers and records it
    // (in the transaction itself, as orgctl does, not in a savepoint: the
    // database knows the answer by the transaction that wrote it).
    let declined = w.invite(NICK, "member", 3600, 11);
    let mut tx = acting(&mut nick, Some(acme), None);
    assert_eq!(tx.execute("UPDATE invites SET state = 'declined' WHERE id = $1", &[&declined]).unwrap(), 1);
    tx.execute(AUDIT, &[&acme]).unwrap();
    tx.commit().unwrap();

    // org leave: mia deletes her own membership (cascading into her team
    // memberships and grants), then records it, in the same transaction;
    // the next one finds her a stranger.
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, "DELETE FROM members WHERE user_id = $1", &[&w.mia]), Sql::Rows(1));
    tx.execute(AUDIT, &[&acme]).unwrap();
    tx.commit().unwrap();
    assert_eq!(w.as_owner_count(acme, "team_members", &format!("user_id = {}", w.mia)), 0);
    let mut tx = acting(&mut mia, Some(acme), None);
    assert_eq!(run(&mut tx, AUDIT, &[&acme]), Sql::Denied, "after leaving");
    nothing_visible(&mut tx, "mia after leaving");
    tx.rollback().unwrap();

    // The audit log names the user acting and the login writing, truly.
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    let forged =
        "INSERT INTO audit (at, actor, org_id, action, target, login) VALUES (0, $1, $2, 'x', 'x', 'postgres')";
    assert_eq!(run(&mut tx, forged, &[&MIA, &acme]), Sql::Denied, "in another user's and login's name");
    tx.execute(AUDIT, &[&acme]).unwrap();
    let logins: Vec<(String, Option<String>)> = tx
        .query("SELECT actor, login FROM audit WHERE action = 'test' ORDER BY number", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(logins.len(), 4, "{logins:?}");
    assert_eq!(logins.iter().map(|(a, _)| a.as_str()).collect::<Vec<_>>(), [IVY, NICK, MIA, "alice@x.io"]);
    assert!(logins.iter().all(|(_, l)| l.as_deref().is_some_and(|l| l.starts_with(&w.db.name))), "{logins:?}");
    assert_ne!(logins[0].1, logins[3].1, "each entry names its own login");
    tx.rollback().unwrap();

    // user add and user edit: a linked login registers users and renames
    // itself, with audit entries in no org; nobody else's name.
    let mut tx = acting(&mut nick, None, None);
    assert_eq!(
        run(&mut tx, "INSERT INTO users (email, name, created_at) VALUES ('new@x.io', 'New', 0)", &[]),
        Sql::Rows(1)
    );
    assert_eq!(run(&mut tx, "UPDATE users SET name = 'Nick' WHERE id = $1", &[&w.nick]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "UPDATE users SET name = 'Bob?' WHERE id = $1", &[&w.bob]), Sql::Rows(0));
    assert_eq!(
        run(&mut tx, "INSERT INTO audit (at, actor, action, target) VALUES (0, $1, 'user.edit', $1)", &[&NICK]),
        Sql::Denied,
        "an entry in no org, by hand"
    );
    tx.execute("SELECT orgctl_audit(NULL, 0, 'user.edit', 'nick@x.io', '', NULL, NULL)", &[]).unwrap();
    tx.commit().unwrap();
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn db_link_unlink_and_links_end_to_end() {
    let Some(mut w) = World::new("pg_logins::db_link_unlink_and_links_end_to_end") else { return };
    let env = Env::new();
    let owner = w.owner_url.clone();
    let db = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["--db".to_string(), owner.clone(), "db".to_string()];
        full.extend(args.iter().map(|a| a.to_string()));
        full
    };

    // A plain login role, not granted orgctl_app yet.
    let (alice_role, alice_password) = w.db.role("");
    let v = env.json(&refs(&db(&["link", &alice_role, "Alice@X.io"])));
    assert_keys(&v, &["action", "role", "user", "impersonate", "linked_by", "linked_at"]);
    assert_eq!(v["action"], "created");
    assert_eq!(v["role"], alice_role.as_str());
    assert_eq!(v["user"], "alice@x.io", "the email as stored");
    assert_eq!(v["impersonate"], false);
    assert_utc_time(v["linked_at"].as_str().unwrap());
    let granted: bool = {
        let mut c = w.db.client();
        c.query_one("SELECT pg_has_role($1, 'orgctl_app', 'USAGE')", &[&alice_role]).unwrap().get(0)
    };
    assert!(granted, "db link grants orgctl_app");
    // Linked, the login knows who it is.
    let mut c = w.db.client_as(&alice_role, &alice_password);
    let me = logins::current(&mut c).unwrap();
    assert_eq!(me.is, LoginIs::Linked { user_id: w.alice, email: "alice@x.io".into() });

    // Again: unchanged. To someone else: a conflict, until unlinked.
    assert_eq!(env.json(&refs(&db(&["link", &alice_role, "alice@x.io"])))["action"], "unchanged");
    let out = env.fails(&refs(&db(&["link", &alice_role, MIA])), 5);
    assert!(
        stderr(&out).contains(&format!("the login {alice_role} is already linked to alice@x.io")),
        "{}",
        describe(&out)
    );
    assert!(
        stderr(&out).contains(&format!("hint: unlink it first with `orgctl db unlink {alice_role}`")),
        "{}",
        describe(&out)
    );
    let out = env.fails(&refs(&db(&["link", &alice_role, "--impersonate"])), 5);
    assert!(stderr(&out).contains("already linked"), "{}", describe(&out));

    // An impersonating login, and the list (table, TSV, JSON, --limit).
    let (ci_role, _) = w.db.role("");
    let out = env.ok(&refs(&db(&["-o", "table", "link", &ci_role, "--impersonate"])));
    assert!(out.contains(&format!("Linked the login {ci_role} to any user (--impersonate)")), "{out}");
    let list = env.json(&refs(&db(&["links"])));
    let rows = array(&list);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["role"], alice_role.as_str());
    assert_eq!(rows[1]["role"], ci_role.as_str());
    assert_eq!(rows[1]["user"], serde_json::Value::Null);
    assert_eq!(rows[1]["impersonate"], true);
    for r in rows {
        assert_keys(r, &["role", "user", "impersonate", "linked_by", "linked_at"]);
    }
    let owner_role = w.owner_url.split("://").nth(1).and_then(|s| s.split(':').next()).unwrap_or_default().to_string();
    assert_eq!(rows[0]["linked_by"], owner_role.as_str());
    let tsv = env.ok(&refs(&db(&["links"])));
    let lines: Vec<&str> = tsv.lines().collect();
    assert_eq!(lines.len(), 2, "{tsv}");
    assert!(lines[0].starts_with(&format!("{alice_role}\talice@x.io\tno\t{owner_role}\t")), "{tsv}");
    assert!(lines[1].starts_with(&format!("{ci_role}\t\tyes\t")), "{tsv}");
    let table = env.ok(&refs(&db(&["-o", "table", "links"])));
    assert!(table.lines().next().unwrap_or_default().contains("ROLE"), "{table}");
    assert_eq!(array(&env.json(&refs(&db(&["links", "--limit", "1"])))).len(), 1);

    // TSV receipt of a change.
    let (bob_role, _) = w.db.role("");
    let receipt = env.ok(&refs(&db(&["link", &bob_role, "bob@x.io"])));
    assert_eq!(receipt, format!("created\tlogin\t\t{bob_role}\tuser=bob@x.io\n"));

    // unlink: the link goes (the role stays), and then it is not found.
    let v = env.json(&refs(&db(&["unlink", &bob_role])));
    assert_eq!(v["action"], "deleted");
    assert_eq!(v["user"], "bob@x.io");
    let err = env.json_err(&refs(&db(&["unlink", &bob_role])), 3);
    assert_error_kind(&err, "not_found");
    let out = env.fails(&refs(&db(&["unlink", &bob_role])), 3);
    assert!(stderr(&out).contains(&format!("the login {bob_role} is not linked")), "{}", describe(&out));
    assert!(stderr(&out).contains("hint: `orgctl db links`"), "{}", describe(&out));

    // Refusals: an unknown user, a missing role, a role that bypasses RLS,
    // the schema owner, a NOLOGIN role, bad arguments.
    let out = env.fails(&refs(&db(&["link", &bob_role, "ghost@x.io"])), 3);
    assert!(stderr(&out).contains("user ghost@x.io does not exist"), "{}", describe(&out));
    let hint = format!("hint: register and link in one step: `orgctl db link {bob_role} ghost@x.io --register");
    assert!(stderr(&out).contains(&hint), "{}", describe(&out));
    // With --register, the owner registers the user and links in one transaction.
    let v = env.json(&refs(&db(&["link", &bob_role, "ghost@x.io", "--register", "--name", "Ghost"])));
    assert_eq!((v["action"].as_str(), v["user"].as_str()), (Some("created"), Some("ghost@x.io")), "{v}");
    env.ok(&refs(&db(&["unlink", &bob_role])));
    let out = env.fails(&refs(&db(&["link", "no_such_role_x", "alice@x.io"])), 3);
    assert!(stderr(&out).contains("the role no_such_role_x does not exist"), "{}", describe(&out));
    assert!(stderr(&out).contains("CREATE ROLE \"no_such_role_x\" LOGIN PASSWORD"), "{}", describe(&out));
    let (bypass, _) = w.db.role("BYPASSRLS");
    let out = env.fails(&refs(&db(&["link", &bypass, "alice@x.io"])), 2);
    assert!(stderr(&out).contains("bypasses row-level security"), "{}", describe(&out));
    let out = env.fails(&refs(&db(&["link", &owner_role, "alice@x.io"])), 2);
    assert!(stderr(&out).contains("owns the orgctl schema"), "{}", describe(&out));
    let (nologin, _) = w.db.role("");
    w.db.client().batch_execute(&format!("ALTER ROLE {nologin} NOLOGIN")).unwrap();
    let out = env.fails(&refs(&db(&["link", &nologin, "alice@x.io"])), 2);
    assert!(stderr(&out).contains("cannot log in"), "{}", describe(&out));
    env.fails(&refs(&db(&["link", &bob_role])), 2);
    env.fails(&refs(&db(&["link", &bob_role, "alice@x.io", "--impersonate"])), 2);
    env.fails(&refs(&db(&["link", &bob_role, "not-an-email"])), 2);
    let listed = array(&env.json(&refs(&db(&["links"])))).len();
    assert_eq!(listed, 2, "no refusal linked anything");

    // Only the owner manages links: a linked login is told who may.
    let alice_url = w.db.url_as(&alice_role, &alice_password);
    let out = env.fails(&["--db", &alice_url, "db", "links"], 6);
    assert!(stderr(&out).contains("logins are linked by the database owner"), "{}", describe(&out));
    assert!(stderr(&out).contains("hint: run it with `--db` connected as the database owner"), "{}", describe(&out));
    assert!(!stderr(&out).contains(&alice_password), "{}", describe(&out));
    // Not initialised: run init first.
    let Some(empty) = pg_common::db("pg_logins::db_link_unlink_and_links_end_to_end (empty)") else { return };
    let out = env.fails(&["--db", &empty.url(), "db", "links"], 6);
    assert!(stderr(&out).contains("hint: run `orgctl init`"), "{}", describe(&out));
}

/// Needs no server: on a SQLite store the commands are usage errors.
#[test]
fn db_link_commands_are_for_postgresql_only() {
    let env = Env::new();
    // A SQLite file of its own, also when the suite runs on PostgreSQL.
    let lite = env.path("lite.db");
    let lite = lite.to_str().expect("utf-8 path");
    env.ok(&["--db", lite, "init"]);
    for args in [
        vec!["--db", lite, "db", "link", "alice", ALICE],
        vec!["--db", lite, "db", "link", "ci", "--impersonate"],
        vec!["--db", lite, "db", "unlink", "alice"],
        vec!["--db", lite, "db", "links"],
    ] {
        let out = env.fails(&args, 2);
        assert!(stderr(&out).contains("is for PostgreSQL stores only"), "{}", describe(&out));
        assert!(stderr(&out).contains("hint: pass the PostgreSQL store as its owner"), "{}", describe(&out));
        let err = env.json_err(&args, 2);
        assert_error_kind(&err, "usage");
    }
}

/// What orgctl checks `--as` against: the login a connection is, and
/// whether it may act as a given user (exit 4 with the login and its user).
#[test]
fn a_login_may_act_only_as_its_own_user_unless_it_impersonates() {
    let Some(mut w) = World::new("pg_logins::a_login_may_act_only_as_its_own_user_unless_it_impersonates") else {
        return;
    };
    let (mia_role, mut mia) = w.login_of(MIA);
    let me = logins::current(&mut mia).unwrap();
    assert_eq!(me.login, mia_role);
    assert_eq!(me.is, LoginIs::Linked { user_id: w.mia, email: MIA.into() });
    assert!(me.may_act_as(None).is_ok());
    assert!(me.may_act_as(Some(MIA)).is_ok());
    let e = me.may_act_as(Some("alice@x.io")).unwrap_err();
    assert_eq!(e.kind.exit_code(), 4);
    assert_eq!(
        e.message,
        format!(
            "you are logged in to the database as {mia_role}, which is linked to {MIA}; it may not act as alice@x.io"
        )
    );
    assert!(e.hint.as_deref().unwrap_or_default().contains("orgctl db link ROLE --impersonate"));

    let (ci_role, mut ci) = w.impersonator();
    let ci_is = logins::current(&mut ci).unwrap();
    assert_eq!((ci_is.login.as_str(), &ci_is.is), (ci_role.as_str(), &LoginIs::Impersonator));
    assert!(ci_is.may_act_as(Some("alice@x.io")).is_ok());

    // Unlinking takes effect on the next statement: the login is no one.
    w.env.ok(&["--db", &w.owner_url, "db", "unlink", &mia_role]);
    let after = logins::current(&mut mia).unwrap();
    assert_eq!(after.is, LoginIs::Unlinked);
    assert_eq!(after.may_act_as(None).unwrap_err().kind.exit_code(), 4);
    let mut tx = acting(&mut mia, Some(w.acme.org), None);
    nothing_visible(&mut tx, "mia's login once unlinked");
}

/// A linked login with no user named anywhere acts as its user: `whoami`
/// answers from the login, `access review --user SELF` and `apply` work,
/// `org create` names the admin, and the audit says `actor_source: login`.
#[test]
fn a_linked_login_without_as_is_its_user_everywhere() {
    let Some(mut w) = World::new("pg_logins::a_linked_login_without_as_is_its_user_everywhere") else { return };
    let (role, password) = w.db.role("");
    w.env.ok(&["--db", &w.owner_url, "db", "link", &role, MIA]);
    let url = w.db.url_as(&role, &password);
    let me = w.env.json(&["--db", &url, "whoami"]);
    assert_eq!((me["user"].as_str(), me["user_source"].as_str()), (Some(MIA), Some("login")), "{me}");
    let rows = w.env.json(&["--db", &url, "--org", "acme", "access", "review", "--user", MIA]);
    assert!(rows.is_array(), "{rows}");
    let out = w.env.run(&["--db", &url, "-o", "table", "org", "create", "zed"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(said.contains(&format!("with {MIA} as admin")) && !said.contains("with  as"), "{said}");
    let manifest = w.env.write("m.toml", "[[orgs]]\nslug = \"zed\"\nname = \"Zed Labs\"\n");
    w.env.ok(&["--db", &url, "apply", "-f", &manifest]);
    let log = w.env.json(&["--db", &url, "--org", "zed", "audit", "list"]);
    let entries = array(&log);
    assert!(entries.len() >= 2, "{log}");
    for e in entries {
        assert_eq!(e["actor_source"], "login", "{e}");
        assert_eq!(e["actor"], MIA, "{e}");
    }
}
