//! The permission table, row by row, at the SQL level (PostgreSQL): for
//! every action of `policy::Action` on every kind of target, and every kind
//! of login (admin, member, grantee through a team or directly, guest,
//! suspended member, expired member, member whose temporary admin role
//! ended, outsider, impersonating login, unlinked login, linked login
//! without `orgctl_app`), the
//! database allows exactly what `policy::decide` (the table `can-i` and
//! every command answer from) allows. Each action has its probe: the raw
//! SQL a login would send to do it, run in a savepoint and rolled back. The
//! probes are an exhaustive `match` on `Action`, so an action added to the
//! Rust table does not compile here until its database side is proved.

use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, Transaction};

use crate::pg_isolation::{id, user};
use crate::pg_logins::{acting, in_savepoint, message, World, MIA};

use orgctl::model::security::{ConnectorAccess, Rules};
use orgctl::model::{Permission, Role, TeamRole, Visibility};
use orgctl::policy::{decide, Action, Facts, Target, Via};

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

/// The actions that apply to one kind of target, with their `can-i` names.
type Actions = &'static [(Action, &'static str)];

/// Whether a statement, run in a savepoint, did what it asked: a query's
/// first column true or positive, a write touching a row. A refusal
/// (privilege, policy check) is `false`; any other error fails the test.
fn did(tx: &mut Transaction, sql: &str, params: Params) -> bool {
    let out = in_savepoint(tx, false, |sp| {
        if sql.trim_start().starts_with("SELECT") {
            sp.query_one(sql, params).map(|r| match r.try_get::<_, bool>(0) {
                Ok(b) => b,
                Err(_) => r.get::<_, i64>(0) > 0,
            })
        } else {
            sp.execute(sql, params).map(|n| n > 0)
        }
    });
    match out {
        Ok(b) => b,
        Err(e) if e.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) => false,
        Err(e) => panic!("{sql}: {}", message(&e)),
    }
}

/// The rows the walk acts on, in acme.
struct Ids {
    org: i64,
    me: i64,
    alice: i64,
    team: i64,
    spare: i64,
    secret: i64,
}

/// What a target is, for the probes and for the facts `decide` reads.
#[derive(Clone, Copy, Debug)]
enum On {
    Org,
    Dashboard(i64),
    Chat(i64),
    Connector(i64),
    Team(i64),
}

/// The raw SQL that does `action` on `on`, as the acting login.
fn probe(tx: &mut Transaction, ids: &Ids, action: Action, on: On) -> bool {
    let (org, me) = (ids.org, ids.me);
    match (action, on) {
        (Action::ViewOrg, On::Org) => did(tx, "SELECT count(*) FROM orgs WHERE id = $1", &[&org]),
        (Action::ManageOrg, On::Org) => did(tx, "UPDATE orgs SET name = name || '' WHERE id = $1", &[&org]),
        (Action::ManageBilling, On::Org) => did(tx, "UPDATE orgs SET plan = 'team' WHERE id = $1", &[&org]),
        (Action::Invite, On::Org) => did(
            tx,
            "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
             VALUES ($1, 'probe@x.io', 'member', $2, 'pending', 0, 1, 900)",
            &[&org, &vec![9u8; 32]],
        ),
        (Action::ManageMembers | Action::Sync | Action::SuspendMembers, On::Org) => {
            did(tx, "UPDATE members SET joined_at = joined_at WHERE org_id = $1 AND user_id = $2", &[&org, &ids.alice])
        }
        (Action::ManageTeams, On::Org) => {
            did(tx, "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, 'probe', 'Probe', 0)", &[&org])
        }
        (Action::ManageConnectors, On::Org) => {
            did(tx, "UPDATE connectors SET kind = kind WHERE id = $1", &[&ids.spare])
        }
        (Action::UseConnectors, On::Org) => did(tx, "SELECT orgctl_can_use_connector($1)", &[&ids.spare]),
        (Action::ViewAudit, On::Org) => did(tx, "SELECT count(*) FROM audit", &[]),
        (Action::CreateDashboard, On::Org) => did(
            tx,
            "INSERT INTO dashboards (org_id, slug, title, visibility, owner_id, created_at) \
             VALUES ($1, 'probe', 'Probe', 'org', $2, 0)",
            &[&org, &me],
        ),
        // As `org leave` does: hand one's dashboards over to nobody, then go.
        (Action::LeaveOrg, On::Org) => did(
            tx,
            "WITH handed AS (SELECT orgctl_hand_over($1, $2, NULL, NULL)) \
             DELETE FROM members WHERE org_id = $1 AND user_id = $2 AND (SELECT count(*) FROM handed) = 1",
            &[&org, &me],
        ),
        (Action::ManageIntegrations, On::Org) => did(tx, "UPDATE integrations SET kind = kind", &[]),
        (Action::ManageSecurity, On::Org) => {
            did(tx, "UPDATE org_security SET connector_access = connector_access", &[])
        }
        // Reviewing the org's access reads what only admins see: a
        // restricted dashboard shared with nobody.
        (Action::ReviewAccess, On::Org) => did(tx, "SELECT count(*) FROM dashboards WHERE id = $1", &[&ids.secret]),
        (Action::View, On::Dashboard(d)) => did(tx, "SELECT count(*) FROM dashboards WHERE id = $1", &[&d]),
        (Action::Edit, On::Dashboard(d)) => did(tx, "UPDATE dashboards SET title = title || '' WHERE id = $1", &[&d]),
        (Action::Share, On::Dashboard(d)) => did(
            tx,
            "INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission) VALUES ($1, $2, $3, 'view')",
            &[&org, &d, &ids.alice],
        ),
        (Action::Delete, On::Dashboard(d)) => did(tx, "DELETE FROM dashboards WHERE id = $1", &[&d]),
        (Action::View, On::Chat(c)) => did(tx, "SELECT count(*) FROM chats WHERE id = $1", &[&c]),
        (Action::Edit, On::Chat(c)) => did(tx, "UPDATE chats SET title = title || '' WHERE id = $1", &[&c]),
        (Action::Delete, On::Chat(c)) => did(tx, "DELETE FROM chats WHERE id = $1", &[&c]),
        // No table shares a chat: there is nothing to send.
        (Action::Share, On::Chat(_)) => false,
        (Action::Use, On::Connector(k)) => did(tx, "SELECT orgctl_can_use_connector($1)", &[&k]),
        (Action::View, On::Team(t)) => did(tx, "SELECT count(*) FROM teams WHERE id = $1", &[&t]),
        (Action::Edit, On::Team(t)) => did(tx, "UPDATE teams SET name = name || '' WHERE id = $1", &[&t]),
        (action, on) => panic!("no probe for {action} on {on:?}: the walk below asks only what applies"),
    }
}

/// One kind of login, with what `decide` knows of it.
struct Actor {
    what: &'static str,
    client: Client,
    /// For an impersonating login, the user it declares (`app.user_id`).
    declares: Option<String>,
    /// The user's id (0 for a login acting as nobody).
    user: i64,
    /// The role it holds now (`None`: outside, suspended, expired, or no user at all).
    role: Option<Role>,
    /// Its grants and teams, as `decide` sees them.
    kpis_grant: Option<(Permission, Via)>,
    warehouse_grant: Option<Via>,
    in_eng: bool,
}

#[test]
fn every_row_of_the_permission_table_holds_at_the_sql_level() {
    let Some(mut w) = World::new("pg_attack_walk::every_row_of_the_permission_table_holds_at_the_sql_level") else {
        return;
    };
    let (org, alice, mia) = (w.acme.org, w.alice, w.mia);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    // The seed: alice admin, mia member in team eng; kpis restricted
    // (alice's) shared with eng; warehouse granted to eng; connector-access
    // granted. Added here: a guest, a direct grantee, a suspended member and
    // an expired one (both in eng), a member whose temporary admin role has
    // ended, an org-wide dashboard, mia's own restricted one, a secret one
    // shared with nobody, a spare connector granted to nobody.
    let emails @ [gus_email, greg_email, sam_email, eve_email, tina_email] =
        ["gus@x.io", "greg@x.io", "sam@x.io", "eve@x.io", "tina@x.io"];
    let [gus, greg, sam, eve, tina] = emails.map(|e| user(&mut w.owner, e));
    let mut tx = w.owner.transaction().unwrap();
    tx.execute("SELECT set_config('app.org_id', $1, true)", &[&org.to_string()]).unwrap();
    let member = "INSERT INTO members (org_id, user_id, role, joined_at, state, suspended_at, expires, role_expires, \
                  fallback_role) VALUES ($1, $2, $3, 0, $4, $5, $6, $7, $8)";
    let none: Option<i64> = None;
    let no_role: Option<&str> = None;
    for (u, role, state, suspended, expires, role_expires, fallback) in [
        (gus, "guest", "active", none, none, none, no_role),
        (greg, "member", "active", none, none, none, no_role),
        (sam, "member", "suspended", Some(now - 60), none, none, no_role),
        (eve, "member", "active", none, Some(now - 60), none, no_role),
        (tina, "admin", "active", none, none, Some(now - 60), Some("member")),
    ] {
        tx.execute(member, &[&org, &u, &role, &state, &suspended, &expires, &role_expires, &fallback]).unwrap();
    }
    for u in [sam, eve] {
        tx.execute(
            "INSERT INTO team_members (team_id, user_id, org_id) VALUES ($1, $2, $3)",
            &[&w.acme.team, &u, &org],
        )
        .unwrap();
    }
    let dashboard = |tx: &mut Transaction, slug: &str, visibility: &str, owner: i64| {
        id(
            tx,
            "INSERT INTO dashboards (org_id, slug, title, visibility, owner_id, created_at) \
             VALUES ($1, $2, $2, $3, $4, 0) RETURNING id",
            &[&org, &slug, &visibility, &owner],
        )
    };
    let board = dashboard(&mut tx, "board", "org", alice);
    let mine = dashboard(&mut tx, "mine", "restricted", mia);
    let secret = dashboard(&mut tx, "secret", "restricted", alice);
    let kpis = w.acme.dashboard;
    let warehouse = w.acme.connector;
    for u in [gus, greg] {
        tx.execute(
            "INSERT INTO dashboard_grants (org_id, dashboard_id, user_id, permission) VALUES ($1, $2, $3, 'view')",
            &[&org, &kpis, &u],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO connector_grants (org_id, connector_id, user_id) VALUES ($1, $2, $3)",
            &[&org, &warehouse, &u],
        )
        .unwrap();
    }
    let spare = id(
        &mut tx,
        "INSERT INTO connectors (org_id, name, kind, url, created_at) VALUES ($1, 'spare', 'postgres', 'postgres://db/y', 0) \
         RETURNING id",
        &[&org],
    );
    let chat = id(&mut tx, "SELECT id FROM chats WHERE owner_id = $1", &[&mia]);
    tx.commit().unwrap();

    // The linked login without orgctl_app: linked to mia, then the grant taken back.
    let (bare, bare_client) = w.login_of(MIA);
    w.owner.batch_execute(&format!("REVOKE orgctl_app FROM {bare}")).unwrap();

    let direct = Some((Permission::View, Via::Direct));
    let through_eng = Some((Permission::View, Via::Team("eng".into())));
    let mut actors = Vec::new();
    let mut add = |w: &mut World, what, email: Option<&str>, user: i64, role, kpis_grant, warehouse_grant, in_eng| {
        let client = match email {
            Some(e) => w.client_of(e),
            None => w.unlinked().1,
        };
        actors.push(Actor { what, client, declares: None, user, role, kpis_grant, warehouse_grant, in_eng });
    };
    add(&mut w, "admin", Some("alice@x.io"), alice, Some(Role::Admin), None, None, false);
    add(
        &mut w,
        "member (through team eng)",
        Some(MIA),
        mia,
        Some(Role::Member),
        through_eng.clone(),
        Some(Via::Team("eng".into())),
        true,
    );
    add(&mut w, "direct grantee", Some(greg_email), greg, Some(Role::Member), direct.clone(), Some(Via::Direct), false);
    add(&mut w, "guest", Some(gus_email), gus, Some(Role::Guest), direct, Some(Via::Direct), false);
    add(
        &mut w,
        "suspended member",
        Some(sam_email),
        sam,
        None,
        through_eng.clone(),
        Some(Via::Team("eng".into())),
        true,
    );
    add(&mut w, "expired member", Some(eve_email), eve, None, through_eng, Some(Via::Team("eng".into())), true);
    add(&mut w, "temporary admin, ended", Some(tina_email), tina, Some(Role::Member), None, None, false);
    let bob = w.bob;
    add(&mut w, "outsider (bolt's admin)", Some("bob@x.io"), bob, None, None, None, false);
    add(&mut w, "unlinked login", None, 0, None, None, None, false);
    actors.push(Actor {
        what: "impersonating login declaring mia",
        client: w.impersonator().1,
        declares: Some(mia.to_string()),
        user: mia,
        role: Some(Role::Member),
        kpis_grant: Some((Permission::View, Via::Team("eng".into()))),
        warehouse_grant: Some(Via::Team("eng".into())),
        in_eng: true,
    });
    actors.push(Actor {
        what: "linked login without orgctl_app",
        client: bare_client,
        declares: None,
        user: mia,
        role: None,
        kpis_grant: None,
        warehouse_grant: None,
        in_eng: false,
    });

    let rules = Rules { member_dashboards: true, connector_access: ConnectorAccess::Granted };
    let ids_of = |me| Ids { org, me, alice, team: w.acme.team, spare, secret };
    let mut wrong = Vec::new();
    let mut cells = 0;
    for a in &mut actors {
        let ids = ids_of(a.user);
        let mut targets: Vec<(On, Target, Actions)> = vec![(On::Org, Target::Org, Action::ORG_ACTIONS)];
        for (d, visibility, owner, grant) in [
            (kpis, Visibility::Restricted, alice, a.kpis_grant.clone()),
            (board, Visibility::Org, alice, None),
            (mine, Visibility::Restricted, mia, None),
        ] {
            let t = Target::Dashboard { visibility, is_owner: a.user == owner, grant };
            targets.push((On::Dashboard(d), t, Action::TARGET_ACTIONS));
        }
        targets.push((On::Chat(chat), Target::Chat { is_owner: a.user == mia }, Action::TARGET_ACTIONS));
        targets.push((
            On::Connector(warehouse),
            Target::Connector { grant: a.warehouse_grant.clone() },
            Action::CONNECTOR_ACTIONS,
        ));
        targets.push((On::Connector(spare), Target::Connector { grant: None }, Action::CONNECTOR_ACTIONS));
        let team_role = a.in_eng.then_some(TeamRole::Member);
        targets.push((On::Team(ids.team), Target::Team { slug: "eng".into(), role: team_role }, Action::TEAM_ACTIONS));

        let mut tx = acting(&mut a.client, Some(org), a.declares.as_deref());
        for (on, target, actions) in targets {
            for (action, name) in actions {
                let facts = Facts { org: "acme", role: a.role, target: target.clone(), rules };
                let expected = decide(*action, &facts).allowed;
                let sql = probe(&mut tx, &ids, *action, on);
                cells += 1;
                if sql != expected {
                    wrong.push(format!("{} {name} on {on:?}: the table says {expected}, the database {sql}", a.what));
                }
            }
        }
        tx.rollback().unwrap();
    }
    assert!(cells > 200, "the walk covers the table: {cells} cells");
    assert!(
        wrong.is_empty(),
        "{} cell(s) where SQL and the permission table disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
