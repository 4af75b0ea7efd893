//! A manifest's policy rules and tests (`[orgs.rules]`, `[[orgs.tests]]`),
//! evaluated inside a transaction: by `apply` against the state it is about
//! to commit, by `check` against the store as it is. Tests ask the very
//! function `can-i` answers with ([`can_i::decide_for`]).

use crate::error::{Error, Finding, Refusal, Result};
use crate::manifest::{OrgPolicy, Validated};
use crate::model::security::format_duration;
use crate::ops::can_i;
use crate::ops::scope::read_batch;
use crate::ops::Who;
use crate::policy::Action;
use crate::store::orgs::Org;
use crate::store::{members, rules, Store, Tx};

/// Every rule and test of `p` that does not hold in `org`.
pub fn evaluate(tx: &Tx, org: &Org, p: &OrgPolicy, now: i64) -> Result<Vec<Finding>> {
    let slug = org.slug.to_string();
    let mut out = Vec::new();
    let mut rule = |key: &str, message: String| {
        out.push(Finding { kind: "rule", org: slug.clone(), key: key.to_string(), message });
    };
    if let Some(min) = p.min_admins {
        let admins = members::count_admins(tx, org.id)?;
        if admins < min {
            rule("min-admins", format!("{} has {admins} admin(s); the rule asks for at least {min}", org.slug));
        }
    }
    if p.max_grant_lifetime.is_some() || p.team_grants_only {
        for g in rules::grants(tx, org.id)? {
            if let Some(max) = p.max_grant_lifetime {
                match g.expires {
                    None => rule(
                        "max-grant-lifetime",
                        format!("the grant on {} to {} never expires (at most {})", g.on, g.to, format_duration(max)),
                    ),
                    Some(e) if e - now > max => rule(
                        "max-grant-lifetime",
                        format!(
                            "the grant on {} to {} ends in {}, past {}",
                            g.on,
                            g.to,
                            format_duration(e - now),
                            format_duration(max)
                        ),
                    ),
                    Some(_) => {}
                }
            }
            if p.team_grants_only && g.to_user {
                rule("team-grants-only", format!("{} is granted to {}, not to a team", g.on, g.to));
            }
        }
    }
    if p.every_team_has_maintainer {
        for (team, members, maintainers) in rules::team_maintainers(tx, org.id)? {
            if members > 0 && maintainers == 0 {
                rule("every-team-has-maintainer", format!("team {team} has {members} member(s) and no maintainer"));
            }
        }
    }
    for t in &p.tests {
        for (ask, expect) in &t.asks {
            let d = can_i::decide_for(tx, org, &t.user, ask.action, &ask.subject)?;
            if d.allowed != *expect {
                let verb = if *expect { "can" } else { "cannot" };
                out.push(Finding {
                    kind: "test",
                    org: slug.clone(),
                    key: format!("{} {verb} {}", t.user, ask.text),
                    message: format!("can-i says {}: {}", if d.allowed { "yes" } else { "no" }, d.reason),
                });
            }
        }
    }
    Ok(out)
}

/// How many tests (questions) and rules a manifest holds.
pub fn counts(v: &Validated) -> (usize, usize) {
    v.orgs.iter().fold((0, 0), |(t, r), o| {
        (t + o.policy.tests.iter().map(|x| x.asks.len()).sum::<usize>(), r + o.policy.rule_count())
    })
}

/// `check -f FILE`: the manifest's rules and tests against the store as it
/// is (admins of each org in the file; an org that does not exist is not
/// found). Exit 8 with every finding; otherwise the numbers that hold.
pub fn check(store: &mut Store, who: &Who, v: &Validated) -> Result<(usize, usize)> {
    let findings = read_batch(store, who, |tx, asker| {
        let mut findings = Vec::new();
        for o in &v.orgs {
            let missing = || crate::ops::session::no_such_org(&o.slug);
            let id = crate::store::orgs::id_of(tx, &o.slug)?.ok_or_else(missing)?;
            tx.enter_org(id)?;
            let org = crate::store::orgs::find(tx, &o.slug)?.ok_or_else(missing)?;
            if let Err(d) = asker.scope(tx, &org, &[Action::ReviewAccess])? {
                // An org they are not in answers as missing, as everywhere.
                let member = match asker.actor() {
                    Some(a) => members::role(tx, org.id, a.id)?.is_some(),
                    None => false,
                };
                if !member {
                    return Err(missing());
                }
                return Err(Refusal::PolicyTestsAdminsOnly { org: org.slug, reason: d.reason }.into());
            }
            findings.extend(evaluate(tx, &org, &o.policy, crate::model::now())?);
        }
        Ok(findings)
    })?;
    if !findings.is_empty() {
        return Err(Error::policy(findings));
    }
    Ok(counts(v))
}
