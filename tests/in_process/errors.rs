//! The refusals and not-founds users meet most, exactly: message, hint and
//! exit code (`ErrorKind::exit_code`, the code the binary ends with), each
//! from the `ops` call its command makes, compared with
//! `tests/snapshots/errors.txt`. Times are masked.
//!
//! Beside the snapshot, SPEC §2's "whatever a user cannot see answers
//! exactly like something that does not exist" is asserted outright: the
//! hidden thing and a missing one get the same words but for their name.

use std::fmt::Write as _;

use orgctl::error::Error;
use orgctl::model::{Name, Permission, Role, Visibility};
use orgctl::ops::can_i::Subject;
use orgctl::ops::dashboard::{NewDashboard, ShareTarget};
use orgctl::ops::db::AuditFilter;
use orgctl::ops::invite::InviteRef;
use orgctl::ops::member::RemoveOptions;
use orgctl::ops::terms::Terms;
use orgctl::ops::{self, Who};
use orgctl::policy::Action;
use orgctl::store::Store;

use crate::common::in_process::{assert_snapshot, email, mask_times, message, shown, slug, who, World};

const ORG: &str = "acme";
const ANN: &str = "ann@errors.test";
const BOB: &str = "bob@errors.test";
const GUS: &str = "gus@errors.test";
const SUE: &str = "sue@errors.test";
const OUT: &str = "out@errors.test";
const ZED: &str = "zed@errors.test";
const IVY: &str = "ivy@errors.test";

const WORLD: &str = r#"
users = [
  { email = "ann@errors.test" }, { email = "bob@errors.test" }, { email = "gus@errors.test" },
  { email = "sue@errors.test" }, { email = "out@errors.test" }, { email = "zed@errors.test" },
  { email = "ivy@errors.test" }, { email = "fay@other.test" },
]

[[orgs]]
slug = "acme"
members = [
  { email = "ann@errors.test", role = "admin" },
  { email = "bob@errors.test", role = "member" },
  { email = "gus@errors.test", role = "guest" },
  { email = "sue@errors.test", role = "member" },
]
teams = [{ slug = "eng", members = ["bob@errors.test"] }]
dashboards = [
  { slug = "open", title = "Open", owner = "ann@errors.test" },
  { slug = "secret", title = "Secret", visibility = "restricted", owner = "ann@errors.test" },
]
connectors = [{ name = "wh", kind = "postgres", url = "postgres://db.test/wh" }]
security = { allowed_domains = ["errors.test"], member_dashboards = false }
"#;

fn in_acme(user: &str) -> Who {
    who(user, Some(ORG))
}

/// The collected errors, a paragraph each.
struct Errors {
    w: World,
    out: String,
}

impl Errors {
    /// Runs `command` (as its `ops` call), which must fail; notes how, and returns the error.
    fn refused<T>(&mut self, actor: &str, command: &str, run: impl FnOnce(&mut Store) -> Result<T, Error>) -> Error {
        let Err(e) = run(&mut self.w.store) else { panic!("`{command}` as {actor} succeeded; it must be refused") };
        let as_actor = if actor.is_empty() { String::new() } else { format!("--as {actor} ") };
        let _ = writeln!(self.out, "$ orgctl {as_actor}{command}\n{}\n", mask_times(&shown(&e)));
        e
    }
}

/// `e`'s words with `name` in place of `as_name`: what a missing thing of that name would say.
fn renamed(e: &Error, name: &str, as_name: &str) -> String {
    shown(e).replace(name, as_name)
}

#[test]
fn refusals_say_what_and_what_next() {
    let mut w = World::new();
    w.apply(ANN, WORLD);
    w.apply(OUT, "[[orgs]]\nslug = \"globex\"\n");
    let a = in_acme(ANN);
    // Another org's invite first, so that acme's first invite is not the store's first row.
    ops::invite::create(
        &mut w.store,
        &who(OUT, Some("globex")),
        &[email("pat@globex.test")],
        Role::Member,
        &[],
        None,
        |_| Ok(()),
    )
    .expect("globex invites pat");
    ops::lifecycle::suspend(&mut w.store, &a, &[email(SUE)], Some("audit"), None).expect("suspend sue");
    let sent =
        ops::invite::create(&mut w.store, &a, &[email(IVY)], Role::Member, &[], None, |_| Ok(())).expect("invite ivy");
    let token = sent.first().and_then(|c| c.item.token.clone()).expect("a token");
    let chat = ops::chat::create(&mut w.store, &a, &Name::parse("Ann's").expect("a title")).expect("ann's chat");
    let mut x = Errors { w, out: String::new() };
    let no_terms = Terms::default;
    let remove = RemoveOptions { ignore_missing: false, transfer_to: None, dry_run: false, force: false };

    // Who is acting, and where.
    x.refused("", "member list (no user)", |s| ops::member::list(s, &Who::default(), None, None, &mut |_| Ok(())));
    x.refused(ANN, "member list (no org)", |s| ops::member::list(s, &who(ANN, None), None, None, &mut |_| Ok(())));
    let missing_org = x.refused(ANN, "--org nope member list", |s| {
        ops::member::list(s, &who(ANN, Some("nope")), None, None, &mut |_| Ok(()))
    });
    let outside =
        x.refused(OUT, "--org acme member list", |s| ops::member::list(s, &in_acme(OUT), None, None, &mut |_| Ok(())));
    x.refused(ZED, "--org acme org show", |s| ops::org::show(s, &in_acme(ZED), None));
    x.refused("nobody@errors.test", "--org acme org show", |s| ops::org::show(s, &in_acme("nobody@errors.test"), None));
    let suspended =
        x.refused(SUE, "--org acme dashboard show open", |s| ops::dashboard::show(s, &in_acme(SUE), &slug("open")));
    x.refused(SUE, "--org acme can-i view-org", |s| {
        ops::can_i::check(s, &in_acme(SUE), Action::ViewOrg, &Subject::Org)
    });

    // Roles and settings.
    x.refused(BOB, "member add zed@errors.test", |s| {
        ops::member::add(s, &in_acme(BOB), &email(ZED), Role::Member, &no_terms())
    });
    x.refused(BOB, "team create ops", |s| ops::team::create(s, &in_acme(BOB), &slug("ops"), None, None));
    x.refused(BOB, "billing show", |s| ops::billing::show(s, &in_acme(BOB)));
    x.refused(BOB, "audit list", |s| {
        let f = AuditFilter { actor: None, action: None, login: None, since: None, limit: 10 };
        ops::db::audit_list(s, &in_acme(BOB), &f)
    });
    x.refused(BOB, "dashboard create Mine", |s| {
        let title = Name::parse("Mine").expect("a title");
        let new = NewDashboard { title: &title, slug: None, description: None, visibility: Visibility::Org };
        ops::dashboard::create(s, &in_acme(BOB), &new)
    });
    x.refused(BOB, "dashboard share open --user gus@errors.test", |s| {
        ops::dashboard::share(
            s,
            &in_acme(BOB),
            &slug("open"),
            &ShareTarget::User(email(GUS)),
            Permission::View,
            &no_terms(),
        )
    });
    x.refused(ANN, "member add fay@other.test", |s| {
        ops::member::add(s, &a, &email("fay@other.test"), Role::Member, &no_terms())
    });
    x.refused(GUS, "member add zed@errors.test", |s| {
        ops::member::add(s, &in_acme(GUS), &email(ZED), Role::Member, &no_terms())
    });

    // The last admin.
    x.refused(ANN, "member set-role ann@errors.test member", |s| {
        ops::member::set_role(s, &a, &email(ANN), Role::Member, &no_terms(), false)
    });
    x.refused(ANN, "member remove ann@errors.test --yes", |s| ops::member::remove(s, &a, &[email(ANN)], &remove));
    x.refused(ANN, "org leave acme --yes", |s| ops::org::leave(s, &a, Some(&slug(ORG)), None, false));
    x.refused(ANN, "member suspend ann@errors.test", |s| ops::lifecycle::suspend(s, &a, &[email(ANN)], None, None));

    // Conflicts.
    x.refused(ANN, "org create acme", |s| ops::org::create(s, &who(ANN, None), &slug(ORG), None));
    x.refused(ANN, "team create eng", |s| ops::team::create(s, &a, &slug("eng"), None, None));
    x.refused(ANN, "member add bob@errors.test --role admin", |s| {
        ops::member::add(s, &a, &email(BOB), Role::Admin, &no_terms())
    });
    x.refused(ANN, "invite create bob@errors.test", |s| {
        ops::invite::create(s, &a, &[email(BOB)], Role::Member, &[], None, |_| Ok(()))
    });
    x.refused(ZED, "invite accept TOKEN (not the invited email)", |s| ops::invite::accept(s, &who(ZED, None), &token));
    x.refused(IVY, "invite accept not-a-token", |s| ops::invite::accept(s, &who(IVY, None), "not-a-token"));

    // Not found, and what cannot be seen answering the same.
    x.refused(ANN, "team show nope", |s| ops::team::show(s, &a, &slug("nope")));
    x.refused(ANN, "connector show nope", |s| ops::connector::show(s, &a, &slug("nope")));
    x.refused(ANN, "integration show nope", |s| ops::integration::show(s, &a, &slug("nope")));
    x.refused(ANN, "invite revoke 99", |s| ops::invite::revoke(s, &a, &InviteRef::Id(99), false, false));
    x.refused(ANN, "member remove zed@errors.test --yes", |s| ops::member::remove(s, &a, &[email(ZED)], &remove));
    let invited_only =
        x.refused(ANN, "member remove ivy@errors.test --yes", |s| ops::member::remove(s, &a, &[email(IVY)], &remove));
    x.refused(BOB, "user show out@errors.test", |s| ops::user::show(s, &in_acme(BOB), Some(&email(OUT))));
    let missing_dashboard =
        x.refused(BOB, "dashboard show nope", |s| ops::dashboard::show(s, &in_acme(BOB), &slug("nope")));
    let hidden_dashboard =
        x.refused(BOB, "dashboard show secret", |s| ops::dashboard::show(s, &in_acme(BOB), &slug("secret")));
    let hidden_by_can_i = x.refused(BOB, "can-i view dashboard/secret", |s| {
        ops::can_i::check(s, &in_acme(BOB), Action::View, &Subject::Dashboard(slug("secret")))
    });
    let guest_dashboard =
        x.refused(GUS, "dashboard show open", |s| ops::dashboard::show(s, &in_acme(GUS), &slug("open")));
    let guest_team = x.refused(GUS, "team show eng", |s| ops::team::show(s, &in_acme(GUS), &slug("eng")));
    let missing_team = x.refused(GUS, "team show nope", |s| ops::team::show(s, &in_acme(GUS), &slug("nope")));
    let missing_chat = x.refused(BOB, "chat show 99", |s| ops::chat::show(s, &in_acme(BOB), 99));
    let id = chat.item.id;
    let others_chat = x.refused(BOB, &format!("chat show {id}"), |s| ops::chat::show(s, &in_acme(BOB), id));

    // Usage.
    x.refused(ANN, "can-i view", |s| ops::can_i::check(s, &a, Action::View, &Subject::Org));
    x.refused(ANN, "can-i manage-org dashboard/open", |s| {
        ops::can_i::check(s, &a, Action::ManageOrg, &Subject::Dashboard(slug("open")))
    });
    x.refused(ANN, "audit list --action member.ad", |s| {
        let f = AuditFilter { actor: None, action: Some("member.ad"), login: None, since: None, limit: 10 };
        ops::db::audit_list(s, &a, &f)
    });

    // An org, dashboard, team or chat one may not see reads as a missing one.
    assert_eq!(
        shown(&outside),
        shown(&missing_org).replace("nope", ORG),
        "an org one is not in answers as a missing one"
    );
    assert_eq!(shown(&hidden_dashboard), renamed(&missing_dashboard, "nope", "secret"), "a restricted dashboard");
    assert_eq!(shown(&hidden_by_can_i), shown(&hidden_dashboard), "`can-i` on a restricted dashboard");
    assert_eq!(
        shown(&guest_dashboard),
        renamed(&missing_dashboard, "nope", "open"),
        "an org-wide dashboard, to a guest"
    );
    assert_eq!(shown(&guest_team), renamed(&missing_team, "nope", "eng"), "a team, to a guest not in it");
    assert_eq!(shown(&others_chat), renamed(&missing_chat, "99", &id.to_string()), "another user's chat");
    assert!(message(&suspended).starts_with("you are suspended in acme since "), "{}", shown(&suspended));
    assert!(message(&suspended).ends_with(" (audit)"), "{}", shown(&suspended));

    // The invite is named by the id `invite list` shows, never by its row.
    let listed = ops::invite::list(&mut x.w.store, &a, None).expect("acme's invites");
    let ivy = listed.iter().find(|i| i.email == IVY).expect("ivy's invite");
    let hint = invited_only.hint.clone().unwrap_or_default();
    assert!(hint.contains(&format!("(id {})", ivy.id)), "{hint} names invite {}", ivy.id);

    assert_snapshot("errors.txt", &x.out);
}
