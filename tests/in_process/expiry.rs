//! What ends on its own (SPEC §1, expiry): once its time has passed, a
//! grant, membership, team membership, temporary role and suspension stop
//! counting at the next read, before anything writes, and the first write
//! in the org then records each ending with actor `orgctl`, exactly
//! (`tests/snapshots/expiry.txt`).

use std::fmt::Write as _;
use std::time::{Duration as StdDuration, Instant};

use orgctl::model::{Duration, Expiry, Permission, Role, Visibility};
use orgctl::ops::can_i::Subject;
use orgctl::ops::dashboard::{DashboardEdit, NewDashboard, ShareTarget};
use orgctl::ops::terms::Terms;
use orgctl::ops::{self, Who};
use orgctl::policy::Action;

use crate::common::in_process::{email, exit_code, mask_times, name, shown, slug, url, who, World, NO_EDIT};

const ORG: &str = "acme";
const ANN: &str = "ann@expiry.test";
const LAPSED: &str = "lapsed@expiry.test";
const TEMP: &str = "temp@expiry.test";
const BRIEF: &str = "brief@expiry.test";
const TEAMY: &str = "teamy@expiry.test";
const HELD: &str = "held@expiry.test";

/// How many seconds what ends is given for.
const LIFE: i64 = 2;

/// Ends in [`LIFE`] seconds.
fn soon() -> Terms {
    Terms { expires: Some(Expiry::In(Duration { seconds: LIFE })), reason: Some("trial".into()) }
}

#[test]
fn what_ends_stops_counting_and_the_next_write_records_it() {
    let mut w = World::new();
    let users: String =
        [ANN, LAPSED, TEMP, BRIEF, TEAMY, HELD].iter().map(|u| format!("[[users]]\nemail = \"{u}\"\n")).collect();
    w.apply(ANN, &format!("{users}\n[[orgs]]\nslug = \"{ORG}\"\n"));
    let a = &who(ANN, Some(ORG));
    let s = &mut w.store;
    let (secret, wide) = (slug("secret"), slug("wide"));
    for (title, slug, visibility) in [("Secret", &secret, Visibility::Restricted), ("Wide", &wide, Visibility::Org)] {
        let title = name(title);
        let new = NewDashboard { title: &title, slug: Some(slug), description: None, visibility };
        ops::dashboard::create(s, a, &new).expect("dashboard create");
    }
    let none = Terms::default;
    for u in [LAPSED, TEMP, TEAMY, HELD] {
        ops::member::add(s, a, &email(u), Role::Member, &none()).expect("member add");
    }
    ops::team::create(s, a, &slug("eng"), None, None).expect("team create");
    ops::connector::add(s, a, &slug("wh"), &slug("postgres"), &url("postgres://db.test/wh")).expect("connector add");

    // What ends, given in a row: each ends LIFE seconds after it is given
    // (whole seconds: between LIFE - 1 and LIFE seconds later).
    let given = Instant::now();
    ops::member::add(s, a, &email(BRIEF), Role::Member, &soon()).expect("member add --expires");
    let to = ShareTarget::User(email(LAPSED));
    ops::dashboard::share(s, a, &secret, &to, Permission::Edit, &soon()).expect("share --expires");
    ops::member::set_role(s, a, &email(TEMP), Role::Admin, &soon(), false).expect("set-role --expires");
    ops::team::add(s, a, &slug("eng"), &[email(TEAMY)], &soon()).expect("team add --expires");
    ops::connector_access::grant(s, a, &slug("wh"), &ShareTarget::User(email(TEAMY)), &soon()).expect("grant");
    let until = Some(Expiry::In(Duration { seconds: LIFE }));
    ops::lifecycle::suspend(s, a, &[email(HELD)], Some("cooling off"), until).expect("suspend --until");
    let all_given = Instant::now();

    let lapsed = who(LAPSED, Some(ORG));
    let view_secret = |s: &mut _, w: &Who| ops::can_i::check(s, w, Action::View, &Subject::Dashboard(slug("secret")));
    let (show, asked) = (exit_code(&ops::dashboard::show(s, &lapsed, &secret)), view_secret(s, &lapsed));
    // On a machine so busy that a second went by, the grant may already have ended.
    if given.elapsed() < StdDuration::from_secs(LIFE as u64 - 1) {
        assert_eq!(show, 0, "the grant holds for now");
        assert!(asked.is_ok_and(|d| d.allowed), "`can-i` agrees");
    }
    let log_before = w.audit(ANN, ORG).len();

    // Past every end.
    std::thread::sleep(
        (all_given + StdDuration::from_secs(LIFE as u64) + StdDuration::from_millis(100)) - Instant::now(),
    );
    let s = &mut w.store;
    let mut out = String::new();
    let missing = ops::dashboard::show(s, &lapsed, &slug("nope")).expect_err("no such dashboard");
    let shown_now = ops::dashboard::show(s, &lapsed, &secret).expect_err("the grant ended");
    assert_eq!(shown(&shown_now), shown(&missing).replace("nope", "secret"), "an ended grant reads as nothing there");
    let retitle = name("T");
    let edited = ops::dashboard::edit(s, &lapsed, &secret, &DashboardEdit { title: Some(&retitle), ..NO_EDIT });
    assert_eq!(exit_code(&edited), 3, "editing through an ended grant");
    assert_eq!(exit_code(&view_secret(s, &lapsed)), 3, "`can-i` on it");
    assert_eq!(exit_code(&ops::dashboard::show(s, &lapsed, &wide)), 0, "the org-wide dashboard is still theirs");
    let brief = ops::org::show(s, &who(BRIEF, Some(ORG)), None).expect_err("the membership ended");
    let _ = writeln!(out, "$ orgctl --as {BRIEF} --org {ORG} org show\n{}", mask_times(&shown(&brief)));
    let temp = ops::can_i::check(s, &who(TEMP, Some(ORG)), Action::ManageMembers, &Subject::Org);
    assert!(temp.as_ref().is_ok_and(|d| !d.allowed), "the temporary role ended: {temp:?}");
    let held = ops::can_i::check(s, &who(HELD, Some(ORG)), Action::ViewOrg, &Subject::Org);
    assert!(held.as_ref().is_ok_and(|d| d.allowed), "the suspension ended: {held:?}");
    let teamy = ops::can_i::check(s, &who(TEAMY, Some(ORG)), Action::Use, &Subject::Connector(slug("wh")));
    assert!(teamy.is_ok(), "the connector is still visible: {teamy:?}");
    assert_eq!(w.audit(ANN, ORG).len(), log_before, "reads record nothing");

    // The first write records every ending, then its own entry.
    ops::org::edit(&mut w.store, &who(ANN, Some(ORG)), None, &name("Acme")).expect("org edit");
    let _ = writeln!(out, "$ orgctl --as {ANN} org edit --name Acme");
    for line in &w.audit(ANN, ORG)[log_before..] {
        let _ = writeln!(out, "  {}", mask_times(line));
    }
    crate::common::in_process::assert_snapshot("expiry.txt", &out);
}
