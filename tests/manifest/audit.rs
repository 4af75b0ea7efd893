//! Every change `apply` makes writes one audit entry `via apply`.

use crate::common::*;

use super::*;

/// The entries of `org` newer than `before`.
fn new_entries(env: &Env, org: &str, before: &[Value]) -> Vec<Value> {
    let seen: BTreeSet<i64> = before.iter().filter_map(|e| e["id"].as_i64()).collect();
    audit(env, ALICE, org).into_iter().filter(|e| e["id"].as_i64().is_some_and(|id| !seen.contains(&id))).collect()
}

fn assert_one_entry_per_change(report: &Value, entries: &[Value], org: &str) {
    let in_org: Vec<&Value> = changes(report).iter().filter(|c| c["org"] == org).collect();
    assert_eq!(entries.len(), in_org.len(), "one audit entry per change in {org}:\n{entries:#?}\n{report:#}");
    for e in entries {
        assert_keys(e, &["id", "at", "actor", "org", "action", "target", "details"]);
        assert_eq!(e["actor"], ALICE, "{e}");
        assert_eq!(e["org"], org, "{e}");
        let details = str_field(e, "details");
        assert!(details.starts_with("via apply"), "the entry says it came from apply: {e}");
    }
    // Each entry as the command line writes it: the target is what the verb
    // names (`eng` for the receipt's `eng/carol@example.com`), the rest of
    // the receipt's key is in the details (`via apply; carol@example.com`).
    let mut targets: Vec<String> = entries.iter().map(|e| str_field(e, "target")).collect();
    let mut expected: Vec<String> =
        in_org.iter().map(|c| str_field(c, "target").split('/').next().unwrap_or_default().to_string()).collect();
    targets.sort();
    expected.sort();
    assert_eq!(targets, expected);
    for c in &in_org {
        let key = str_field(c, "target");
        if let Some((target, rest)) = key.split_once('/') {
            assert!(
                entries.iter().any(|e| e["target"] == target && str_field(e, "details").contains(rest)),
                "no entry on {target} naming {rest}: {entries:#?}"
            );
        }
    }
}

#[test]
fn every_change_applied_writes_one_audit_entry_via_apply() {
    let env = Env::new();
    prune_fixture(&env);
    let before = audit(&env, ALICE, ORG);
    let with_more = format!(
        "{PRUNE}\n  [[orgs.dashboards]]\n  slug = \"fresh\"\n  title = \"Fresh\"\n  grants = [{{ team = \"eng\" }}]\n"
    )
    .replace("name = \"warehouse\"\n  kind = \"postgres\"", "name = \"warehouse\"\n  kind = \"redshift\"");
    let r = apply(&env, ALICE, &env.write("audit.toml", &with_more), &["--prune"]);
    assert!(count(&r, "created", "dashboard") == 1 && count(&r, "updated", "connector") == 1, "{r:#}");
    assert_eq!(r["summary"]["deleted"], 6, "{r:#}");
    let entries = new_entries(&env, ORG, &before);
    assert_one_entry_per_change(&r, &entries, ORG);
    // Under the same action names as the command line, so one filter finds both.
    let actions: BTreeSet<String> = entries.iter().map(|e| str_field(e, "action")).collect();
    for a in &actions {
        assert!(
            [
                "member.remove",
                "team.delete",
                "team.remove",
                "dashboard.create",
                "dashboard.delete",
                "dashboard.share",
                "dashboard.unshare",
                "connector.edit",
                "connector.remove"
            ]
            .contains(&a.as_str()),
            "{a} is not an action the command line writes: {actions:?}"
        );
    }
    assert!(actions.contains("dashboard.share") && actions.contains("connector.edit"), "{actions:?}");
    // A dry run and an unchanged run write none.
    let before = audit(&env, ALICE, ORG);
    apply(&env, ALICE, &env.write("audit2.toml", &with_more), &["--prune", "--dry-run"]);
    apply(&env, ALICE, &env.write("audit3.toml", &with_more), &["--prune"]);
    assert_eq!(audit(&env, ALICE, ORG), before);
}

/// docs/guide.md, "apply and export": "Every change writes an audit entry whose
/// details start with `via apply`" (docs/contract.md §1 audit log), invites included.
#[test]
fn invites_created_by_apply_are_audited_via_apply() {
    let env = Env::new();
    env.seed();
    let before = audit(&env, ALICE, ORG);
    let text = "[[orgs]]\nslug = \"acme\"\n  [[orgs.invites]]\n  email = \"erin@example.com\"\n";
    let r = apply(&env, ALICE, &env.write("invite.toml", text), &[]);
    one(&r, "created", "invite", &[ERIN]);
    assert_one_entry_per_change(&r, &new_entries(&env, ORG, &before), ORG);
}
