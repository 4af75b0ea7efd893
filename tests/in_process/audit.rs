//! The audit entry of every verb, exactly: one script runs each verb once
//! through `ops` (as its command's handler does with `--yes`) and writes
//! down the entries it added to the org's log (number, actor, action,
//! target, details), compared with `tests/snapshots/audit.txt`. Times in
//! details are masked; everything else is as recorded.
//!
//! `member remove` runs on a member who holds a team membership, a grant,
//! a dashboard, a chat and a pending invite, so its details name each of
//! them, and once with `--transfer-to`. Edits record exactly the fields
//! that changed, secrets masked, values that could read as another field
//! quoted.

use std::fmt::Write as _;

use orgctl::error::Error;
use orgctl::model::security::{ConnectorAccess, IntegrationKind, SecuritySet};
use orgctl::model::{Duration, Expiry, Permission, Plan, Role, TeamRole, Visibility};
use orgctl::ops::dashboard::{DashboardEdit, NewDashboard, ShareTarget};
use orgctl::ops::integration::{IntegrationEdit, NewIntegration};
use orgctl::ops::invite::InviteRef;
use orgctl::ops::member::RemoveOptions;
use orgctl::ops::terms::Terms;
use orgctl::ops::{self, Who};
use orgctl::store::Store;

use crate::common::in_process::{assert_snapshot, email, mask_times, name, shown, slug, url, who, World, NO_EDIT};

const ORG: &str = "acme";
const ANN: &str = "ann@audit.test";
const BOB: &str = "bob@audit.test";
const CAT: &str = "cat@audit.test";
const DAN: &str = "dan@audit.test";
const EVE: &str = "eve@audit.test";
const FAY: &str = "fay@audit.test";

/// The script so far: the world, the log entries already written down, and the transcript.
struct Script {
    w: World,
    seen: usize,
    out: String,
}

impl Script {
    /// Notes `command` (run as `actor`), then the entries it added to the org's log.
    fn step<T>(&mut self, actor: &str, command: &str, run: impl FnOnce(&mut Store) -> Result<T, Error>) -> T {
        let done = run(&mut self.w.store)
            .unwrap_or_else(|e| panic!("`{command}` as {actor} failed: {}\n{}", shown(&e), self.out));
        let _ = writeln!(self.out, "$ orgctl --as {actor} {command}");
        let log = self.w.audit(ANN, ORG);
        for line in &log[self.seen.min(log.len())..] {
            let _ = writeln!(self.out, "  {}", mask_times(line));
        }
        self.seen = log.len();
        done
    }
}

fn who_in(user: &str) -> Who {
    who(user, Some(ORG))
}

#[test]
fn every_verb_writes_its_audit_entry() {
    let mut s = Script { w: World::new(), seen: 0, out: String::new() };
    for u in [ANN, BOB, CAT, DAN, EVE, FAY] {
        ops::user::add(&mut s.w.store, &Who::default(), &email(u), None).expect("user add");
    }
    let terms = Terms::default;
    let (a, b) = (&who_in(ANN), &who_in(BOB));
    s.step(ANN, "org create acme --name Acme", |st| {
        ops::org::create(st, &who(ANN, None), &slug(ORG), Some(&name("Acme")))
    });
    s.step(ANN, "org edit acme --name 'Acme Inc'", |st| ops::org::edit(st, a, Some(&slug(ORG)), &name("Acme Inc")));
    for (u, r) in [(BOB, Role::Member), (CAT, Role::Member), (DAN, Role::Member), (EVE, Role::Admin)] {
        let cmd = format!("member add {u} --role {r}");
        s.step(ANN, &cmd, |st| ops::member::add(st, a, &email(u), r, &terms()));
    }
    s.step(ANN, &format!("member set-role {DAN} admin"), |st| {
        ops::member::set_role(st, a, &email(DAN), Role::Admin, &terms(), false)
    });
    let temporary = Terms { expires: Some(Expiry::In(Duration { seconds: 7200 })), reason: Some("on call".into()) };
    s.step(ANN, &format!("member set-role {CAT} admin --expires 2h --reason 'on call'"), |st| {
        ops::member::set_role(st, a, &email(CAT), Role::Admin, &temporary, false)
    });
    s.step(ANN, &format!("member set-role {DAN} member"), |st| {
        ops::member::set_role(st, a, &email(DAN), Role::Member, &terms(), false)
    });
    s.step(ANN, &format!("member suspend {DAN} --reason audit"), |st| {
        ops::lifecycle::suspend(st, a, &[email(DAN)], Some("audit"), None)
    });
    s.step(ANN, &format!("member reactivate {DAN}"), |st| ops::lifecycle::reactivate(st, a, &[email(DAN)]));

    // Teams.
    s.step(ANN, "team create eng --name Engineering --description 'Builds it'", |st| {
        ops::team::create(st, a, &slug("eng"), Some(&name("Engineering")), Some("Builds it"))
    });
    s.step(ANN, "team edit eng --description 'Builds and runs it'", |st| {
        ops::team::edit(st, a, &slug("eng"), None, Some(Some("Builds and runs it")))
    });
    s.step(ANN, &format!("team add eng {BOB} {CAT}"), |st| {
        ops::team::add(st, a, &slug("eng"), &[email(BOB), email(CAT)], &terms())
    });
    s.step(ANN, &format!("team set-role eng {BOB} maintainer"), |st| {
        ops::team::set_role(st, a, &slug("eng"), &email(BOB), TeamRole::Maintainer)
    });
    s.step(BOB, &format!("team remove eng {CAT}"), |st| {
        ops::team::remove(st, b, &slug("eng"), &[email(CAT)], false, false)
    });
    s.step(ANN, "team create tmp", |st| ops::team::create(st, a, &slug("tmp"), None, None));
    s.step(ANN, "team delete tmp --yes", |st| ops::team::delete(st, a, &slug("tmp"), false));

    // Dashboards.
    let (title, ops_slug) = (name("Ops"), slug("ops"));
    let new = NewDashboard { title: &title, slug: Some(&ops_slug), description: None, visibility: Visibility::Org };
    s.step(BOB, "dashboard create Ops --slug ops", |st| ops::dashboard::create(st, b, &new));
    let retitled = name("Operations");
    let edit = DashboardEdit {
        title: Some(&retitled),
        description: Some(Some("what runs")),
        visibility: Some(Visibility::Restricted),
        owner: None,
    };
    s.step(BOB, "dashboard edit ops --title Operations --description 'what runs' --visibility restricted", |st| {
        ops::dashboard::edit(st, b, &ops_slug, &edit)
    });
    s.step(BOB, "dashboard share ops --team eng --permission edit", |st| {
        ops::dashboard::share(st, b, &ops_slug, &ShareTarget::Team(slug("eng")), Permission::Edit, &terms())
    });
    s.step(BOB, &format!("dashboard share ops --user {CAT}"), |st| {
        ops::dashboard::share(st, b, &ops_slug, &ShareTarget::User(email(CAT)), Permission::View, &terms())
    });
    s.step(BOB, &format!("dashboard share ops --user {CAT} --permission edit"), |st| {
        ops::dashboard::share(st, b, &ops_slug, &ShareTarget::User(email(CAT)), Permission::Edit, &terms())
    });
    s.step(BOB, "dashboard unshare ops --team eng", |st| {
        ops::dashboard::unshare(st, b, &ops_slug, &ShareTarget::Team(slug("eng")), false)
    });
    let (title, kept) = (name("Kept"), slug("kept"));
    let new = NewDashboard { title: &title, slug: Some(&kept), description: None, visibility: Visibility::Org };
    s.step(BOB, "dashboard create Kept --slug kept", |st| ops::dashboard::create(st, b, &new));
    let to_ann = email(ANN);
    s.step(BOB, &format!("dashboard edit kept --owner {ANN}"), |st| {
        ops::dashboard::edit(st, b, &kept, &DashboardEdit { owner: Some(&to_ann), ..NO_EDIT })
    });
    // A value that could read as another field is quoted.
    let tricky = name("visibility=restricted→org");
    s.step(ANN, "dashboard edit kept --title 'visibility=restricted→org'", |st| {
        ops::dashboard::edit(st, a, &kept, &DashboardEdit { title: Some(&tricky), ..NO_EDIT })
    });
    s.step(ANN, "dashboard delete kept --yes", |st| ops::dashboard::delete(st, a, &kept, false));

    // Connectors and integrations.
    s.step(ANN, "connector add wh --kind postgres --url postgres://reader:pw@db.test/wh", |st| {
        ops::connector::add(st, a, &slug("wh"), &slug("postgres"), &url("postgres://reader:pw@db.test/wh"))
    });
    s.step(ANN, "connector edit wh --url postgres://reader:new@db.test/wh", |st| {
        ops::connector::edit(st, a, &slug("wh"), None, Some(&url("postgres://reader:new@db.test/wh")))
    });
    s.step(ANN, "connector grant wh --team eng", |st| {
        ops::connector_access::grant(st, a, &slug("wh"), &ShareTarget::Team(slug("eng")), &terms())
    });
    s.step(ANN, &format!("connector grant wh --user {CAT}"), |st| {
        ops::connector_access::grant(st, a, &slug("wh"), &ShareTarget::User(email(CAT)), &terms())
    });
    s.step(ANN, "connector revoke wh --team eng", |st| {
        ops::connector_access::revoke(st, a, &slug("wh"), &ShareTarget::Team(slug("eng")))
    });
    s.step(ANN, "connector remove wh --yes", |st| ops::connector::remove(st, a, &slug("wh"), false));
    let hook = NewIntegration {
        name: slug("alerts"),
        kind: IntegrationKind::Slack,
        url: "https://hooks.slack.com/services/T1/B2/secret".into(),
        channel: Some("#ops".into()),
        events: vec!["member.add".into()],
    };
    s.step(ANN, "integration add alerts --kind slack --url https://hooks.slack.com/services/T1/B2/secret --channel '#ops' --events member.add", |st| ops::integration::add(st, a, &hook));
    let e = IntegrationEdit {
        url: None,
        channel: Some(Some("#alerts".into())),
        events: Some(vec!["member.add".into(), "invite.accept".into()]),
    };
    s.step(ANN, "integration edit alerts --channel '#alerts' --events member.add,invite.accept", |st| {
        ops::integration::edit(st, a, &slug("alerts"), &e)
    });
    // A new secret in a URL whose masked form stays the same still leaves an entry.
    let e = IntegrationEdit {
        url: Some("https://hooks.slack.com/services/T1/B2/other".into()),
        channel: None,
        events: None,
    };
    s.step(ANN, "integration edit alerts --url https://hooks.slack.com/services/T1/B2/other", |st| {
        ops::integration::edit(st, a, &slug("alerts"), &e)
    });
    s.step(ANN, "integration remove alerts --yes", |st| ops::integration::remove(st, a, &slug("alerts"), false));

    // Settings and billing.
    let set = SecuritySet {
        allowed_domains: Some(vec!["audit.test".into()]),
        invite_max_lifetime: Some(14 * 86_400),
        member_dashboards: Some(false),
        connector_access: Some(ConnectorAccess::Granted),
        ..SecuritySet::default()
    };
    s.step(ANN, "org security set --allowed-domains audit.test --invite-max-lifetime 14d --member-dashboards off --connector-access granted", |st| ops::security::set(st, a, &set));
    s.step(ANN, "billing set --plan team --email billing@audit.test", |st| {
        ops::billing::set(st, a, Some(Plan::Team), Some(&email("billing@audit.test")))
    });

    // Invites.
    let sent = s.step(ANN, &format!("invite create {FAY} --team eng"), |st| {
        ops::invite::create(st, a, &[email(FAY)], Role::Member, &[slug("eng")], None, |_| Ok(()))
    });
    let first = sent.first().and_then(|c| c.item.token.clone()).expect("a token");
    let resent = s.step(ANN, &format!("invite resend {FAY}"), |st| {
        ops::invite::resend(st, a, &InviteRef::Email(email(FAY)), None)
    });
    let token = resent.item.token.clone().expect("a new token");
    assert_ne!(first, token, "a resent invite has a new token");
    s.step(FAY, "invite accept TOKEN", |st| ops::invite::accept(st, &who(FAY, None), &token));
    s.step(ANN, "invite create x@audit.test y@audit.test", |st| {
        ops::invite::create(st, a, &[email("x@audit.test"), email("y@audit.test")], Role::Member, &[], None, |_| Ok(()))
    });
    s.step(ANN, "invite revoke x@audit.test", |st| {
        ops::invite::revoke(st, a, &InviteRef::Email(email("x@audit.test")), false, false)
    });

    // Chats.
    let chat = s.step(CAT, "chat create Notes", |st| ops::chat::create(st, &who_in(CAT), &name("Notes")));
    s.step(CAT, &format!("chat delete {}", chat.item.id), |st| {
        ops::chat::delete(st, &who_in(CAT), chat.item.id, false)
    });

    // Removals: CAT holds a team membership, a grant, a dashboard, a chat and sent an invite.
    let (title, cats) = (name("Cat's"), slug("cats"));
    let new = NewDashboard { title: &title, slug: Some(&cats), description: None, visibility: Visibility::Org };
    s.step(CAT, "dashboard create \"Cat's\" --slug cats", |st| ops::dashboard::create(st, &who_in(CAT), &new));
    s.step(CAT, "chat create Scratch", |st| ops::chat::create(st, &who_in(CAT), &name("Scratch")));
    s.step(ANN, &format!("team add eng {CAT}"), |st| ops::team::add(st, a, &slug("eng"), &[email(CAT)], &terms()));
    // CAT is still a temporary admin: their invite carries that authority.
    s.step(CAT, "invite create z@audit.test", |st| {
        ops::invite::create(st, &who_in(CAT), &[email("z@audit.test")], Role::Member, &[], None, |_| Ok(()))
    });
    let opts = RemoveOptions { ignore_missing: false, transfer_to: None, dry_run: false, force: false };
    s.step(ANN, &format!("member remove {CAT} --yes"), |st| ops::member::remove(st, a, &[email(CAT)], &opts));
    let opts = RemoveOptions { ignore_missing: false, transfer_to: Some(email(ANN)), dry_run: false, force: false };
    s.step(ANN, &format!("member remove {BOB} --transfer-to {ANN} --yes"), |st| {
        ops::member::remove(st, a, &[email(BOB)], &opts)
    });
    s.step(EVE, "org leave acme --yes", |st| ops::org::leave(st, &who_in(EVE), Some(&slug(ORG)), None, false));
    s.step(ANN, "audit prune", |st| ops::db::audit_prune(st, a, false));

    // No secret of a URL reaches the log.
    for entry in s.out.lines().filter(|l| l.starts_with("  #")) {
        for secret in ["pw@", "new@", "/secret", "/other"] {
            assert!(!entry.contains(secret), "the log holds a secret: {entry}");
        }
    }
    assert_snapshot("audit.txt", &s.out);
}
