//! `apply` is the verbs composed: the same org built once with the verbs and
//! once from a manifest leaves the same audit entries (apply's details
//! start `via apply`), in-process through `ops` on stores in memory.

use std::path::Path;

use orgctl::error::Error;
use orgctl::manifest::{Format, Manifest};
use orgctl::model::{Email, Name, Permission, Role, Slug, Visibility};
use orgctl::ops::dashboard::{NewDashboard, ShareTarget};
use orgctl::ops::db::AuditFilter;
use orgctl::ops::manifest::ApplyOptions;
use orgctl::ops::{self, Source, Sourced, Who};
use orgctl::store::Store;

fn email(e: &str) -> Email {
    Email::parse(e).expect("an email")
}

fn slug(s: &str) -> Slug {
    Slug::parse(s).expect("a slug")
}

fn who(user: &str, org: Option<&str>) -> Who {
    Who {
        user: Some(Sourced { value: email(user), source: Source::Flag }),
        org: org.map(|o| Sourced { value: slug(o), source: Source::Flag }),
        org_id: None,
    }
}

/// The org's audit entries as (actor, action, target, details), with
/// apply's `via apply` note taken off the details.
fn entries(store: &mut Store, admin: &Who) -> Vec<(String, String, String, String)> {
    let f = AuditFilter { actor: None, action: None, login: None, since: None, limit: 1000 };
    let mut out: Vec<_> = ops::db::audit_list(store, admin, &f)
        .expect("audit list")
        .into_iter()
        .map(|e| {
            let details =
                e.details.strip_prefix("via apply").map_or(e.details.as_str(), |d| d.trim_start_matches("; "));
            (e.actor.unwrap_or_default(), e.action, e.target, details.to_string())
        })
        .collect();
    out.sort();
    out
}

const MANIFEST: &str = r#"
[[users]]
email = "ada@x.test"
name = "Ada"

[[users]]
email = "bob@x.test"
name = "Bob"

[[users]]
email = "cy@x.test"
name = "Cy"

[[orgs]]
slug = "acme"

  [[orgs.members]]
  email = "ada@x.test"
  role = "admin"

  [[orgs.members]]
  email = "bob@x.test"
  role = "member"

  [[orgs.members]]
  email = "cy@x.test"
  role = "member"

  [[orgs.teams]]
  slug = "eng"
  name = "Eng"
  members = ["bob@x.test"]

  [[orgs.dashboards]]
  slug = "rev"
  title = "Revenue"
  visibility = "restricted"
  owner = "ada@x.test"
  grants = [ { team = "eng", permission = "view" }, { user = "cy@x.test", permission = "edit" } ]
"#;

fn by_verbs() -> Result<Store, Error> {
    let mut s = Store::in_memory(Path::new("verbs.db"))?;
    for (e, n) in [("ada@x.test", "Ada"), ("bob@x.test", "Bob"), ("cy@x.test", "Cy")] {
        ops::user::add(&mut s, &who(e, None), &email(e), Some(&Name::parse(n)?))?;
    }
    ops::org::create(&mut s, &who("ada@x.test", None), &slug("acme"), None)?;
    let ada = who("ada@x.test", Some("acme"));
    ops::member::add(&mut s, &ada, &email("bob@x.test"), Role::Member, &Default::default())?;
    ops::member::add(&mut s, &ada, &email("cy@x.test"), Role::Member, &Default::default())?;
    ops::team::create(&mut s, &ada, &slug("eng"), Some(&Name::parse("Eng")?), None)?;
    ops::team::add(&mut s, &ada, &slug("eng"), &[email("bob@x.test")], &Default::default())?;
    let title = Name::parse("Revenue")?;
    let new =
        NewDashboard { title: &title, slug: Some(&slug("rev")), description: None, visibility: Visibility::Restricted };
    ops::dashboard::create(&mut s, &ada, &new)?;
    let eng = ShareTarget::Team(slug("eng"));
    ops::dashboard::share(&mut s, &ada, &slug("rev"), &eng, Permission::View, &Default::default())?;
    let cy = ShareTarget::User(email("cy@x.test"));
    ops::dashboard::share(&mut s, &ada, &slug("rev"), &cy, Permission::Edit, &Default::default())?;
    Ok(s)
}

fn by_apply() -> Result<Store, Error> {
    let mut s = Store::in_memory(Path::new("apply.db"))?;
    let v = Manifest::parse(MANIFEST, Format::Toml, "acme.toml")?.validate()?;
    let opts = ApplyOptions { dry_run: false, prune: false, force: false };
    ops::manifest::apply(&mut s, &who("ada@x.test", None), &v, &opts, &mut |_| {})?;
    Ok(s)
}

#[test]
fn each_verb_and_its_manifest_equivalent_leave_the_same_audit_entries() {
    let ada = who("ada@x.test", Some("acme"));
    let mut verbs = by_verbs().expect("the verbs run");
    let mut applied = by_apply().expect("the manifest applies");
    let (v, a) = (entries(&mut verbs, &ada), entries(&mut applied, &ada));
    assert!(v.iter().any(|e| e.1 == "org.create"), "{v:#?}");
    assert!(v.iter().any(|e| e.1 == "dashboard.share"), "{v:#?}");
    assert_eq!(v, a, "verbs (left) and apply (right) record the same entries");
}

#[test]
fn apply_demotes_last_so_an_org_can_be_handed_over_but_never_left_without_an_admin() {
    let mut s = by_apply().expect("the manifest applies");
    let handover = MANIFEST
        .replacen("email = \"ada@x.test\"\n  role = \"admin\"", "email = \"ada@x.test\"\n  role = \"member\"", 1)
        .replacen("email = \"cy@x.test\"\n  role = \"member\"", "email = \"cy@x.test\"\n  role = \"admin\"", 1);
    assert_ne!(handover, MANIFEST);
    let v = Manifest::parse(&handover, Format::Toml, "handover.toml").and_then(|m| m.validate()).expect("valid");
    let opts = ApplyOptions { dry_run: false, prune: false, force: false };
    ops::manifest::apply(&mut s, &who("ada@x.test", None), &v, &opts, &mut |_| {})
        .expect("cy is promoted before ada is demoted");
    let cy = who("cy@x.test", Some("acme"));
    let roles: Vec<(String, String)> =
        entries(&mut s, &cy).into_iter().filter(|e| e.1 == "member.set_role").map(|e| (e.2, e.3)).collect();
    assert_eq!(
        roles,
        [
            ("ada@x.test".to_string(), "role=admin->member".to_string()),
            ("cy@x.test".into(), "role=member->admin".into())
        ]
    );
    // Cy, now the only admin, may not demote herself by a file either.
    let alone =
        handover.replacen("email = \"cy@x.test\"\n  role = \"admin\"", "email = \"cy@x.test\"\n  role = \"member\"", 1);
    let v = Manifest::parse(&alone, Format::Toml, "alone.toml").and_then(|m| m.validate()).expect("valid");
    let e = ops::manifest::apply(&mut s, &who("cy@x.test", None), &v, &opts, &mut |_| {})
        .expect_err("the last admin is not demoted");
    assert_eq!(e.kind.exit_code(), 5, "{e:?}");
    assert!(e.message.contains("last admin of acme"), "{}", e.message);
}
