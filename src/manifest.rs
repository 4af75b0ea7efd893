//! The manifest that `apply` reads and `export` writes: its format, and its
//! validation into typed values before anything touches the store.
//!
//! Every problem is reported with the place in the file that caused it
//! (`orgs[acme].teams[engineering].members[2]`), as a usage error (exit 2).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Invalid, Listing, Result};
use crate::model::{parse_description, Email, Expiry, Name, Permission, Plan, Role, Slug, Visibility};

/// The file as written: TOML, or JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<UserSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orgs: Vec<OrgSpec>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSpec {
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgSpec {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_email: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<TeamSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dashboards: Vec<DashboardSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connectors: Vec<ConnectorSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub integrations: Vec<IntegrationSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invites: Vec<InviteSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<SecuritySpec>,
    /// Policy rules the org must satisfy (not store state: never exported).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<RulesSpec>,
    /// Policy tests: what a user can and cannot do (not exported either).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tests: Vec<TestSpec>,
}

/// `[orgs.rules]`: each key left out is not checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RulesSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_admins: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_grant_lifetime: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_grants_only: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_team_has_maintainer: Option<bool>,
}

/// `[[orgs.tests]]`: a user and what they can and cannot do, in `can-i` syntax.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestSpec {
    pub user: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub can: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cannot: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberSpec {
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `sync:NAME` for a membership a directory sync manages (export writes
    /// it; apply sets it on the members it creates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_by: Option<String>,
    /// When the membership ends: an RFC 3339 time, or a duration resolved at apply time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `active` or `suspended` (export writes it for suspended members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamSpec {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub members: Vec<String>,
    /// Members of the team who maintain it (each must be in `members`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maintainers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DashboardSpec {
    pub slug: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default)]
    pub grants: Vec<GrantSpec>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectorSpec {
    pub name: String,
    pub kind: String,
    pub url: String,
    /// Who may use it when the org's `connector_access` is `granted`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<UseGrantSpec>,
}

/// A grant to use a connector: a team or a user, never both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UseGrantSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// When the grant ends: an RFC 3339 time, or a duration resolved at apply time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationSpec {
    pub name: String,
    pub kind: String,
    /// The webhook URL or routing key, in full (a secret).
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
}

/// `[orgs.security]`: a key left out keeps the org's current value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecuritySpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_domains: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite_max_lifetime: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_dashboards: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_access: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guest_domains: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_max_lifetime: Option<String>,
    /// Days of audit log `audit prune` keeps (0: everything).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_retention: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteSpec {
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}

/// The largest manifest `apply` reads: 64 MiB, four times the manifest of
/// 100,000 members and 10,000 dashboards that the benchmarks apply.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a manifest's text and the name to show for it: `-` is stdin, any
/// other path must be a regular file (a FIFO or a device such as `/dev/zero`
/// is refused at once); either way at most [`MAX_BYTES`] are read.
pub fn read_source(file: &std::path::Path) -> Result<(String, String)> {
    read_file_named(file, "manifest")
}

/// [`read_source`] for a file `what` names in its errors (`the manifest`,
/// `the directory export`).
pub fn read_file_named(file: &std::path::Path, what: &str) -> Result<(String, String)> {
    use crate::files::{open_regular, read_at_most, Opened};
    let too_big = |shown: &str| {
        Error::usage(format!("the {what} {shown} is larger than 64 MiB"))
            .with_hint("split it into several files and apply each")
    };
    let not_text = |shown: &str| Error::usage(format!("the {what} {shown} is not UTF-8 text"));
    if file.as_os_str() == "-" {
        let bytes = read_at_most(std::io::stdin().lock(), MAX_BYTES)
            .map_err(|e| Error::usage(format!("cannot read the {what} from stdin: {e}")))?
            .ok_or_else(|| too_big("on stdin"))?;
        return Ok((String::from_utf8(bytes).map_err(|_| not_text("on stdin"))?, "<stdin>".into()));
    }
    let shown = file.display().to_string();
    let cannot = |why: String| {
        Error::usage(format!("cannot read the {what} {shown}: {why}"))
            .with_hint("pass an existing file with `-f FILE`, or `-f -` for stdin")
    };
    let (f, len) = match open_regular(file).map_err(|e| cannot(e.to_string()))? {
        Opened::File(f, len) => (f, len),
        Opened::Missing => return Err(cannot("No such file or directory (os error 2)".into())),
        Opened::NotRegular(what) => return Err(cannot(format!("it is {what}, not a regular file"))),
    };
    if len > MAX_BYTES {
        return Err(too_big(&shown));
    }
    let bytes = read_at_most(f, MAX_BYTES).map_err(|e| cannot(e.to_string()))?.ok_or_else(|| too_big(&shown))?;
    let text = String::from_utf8(bytes).map_err(|_| not_text(&shown))?;
    Ok((text, shown))
}

/// The manifest's text format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

/// The most entries (tables, inline tables, objects) a manifest may hold.
/// Counted on the text before it is parsed, so that a file of millions of
/// empty tables costs neither gigabytes of memory nor a long-held write lock.
pub const MAX_ENTRIES: usize = 500_000;

/// An upper bound of the entries in a manifest's text: the lines that open a
/// table (`[...]`), and every `{` (an inline table or a JSON object; one in a
/// string counts too, which only errs on the safe side).
fn entries_at_least(text: &str) -> usize {
    let headers = text.lines().filter(|l| l.trim_start().starts_with('[')).count();
    headers + text.bytes().filter(|b| *b == b'{').count()
}

impl Manifest {
    /// Parses the text; syntax errors and unknown keys are usage errors naming
    /// `source`, and so is a manifest of more than [`MAX_ENTRIES`] entries.
    pub fn parse(text: &str, format: Format, source: &str) -> Result<Manifest> {
        if entries_at_least(text) > MAX_ENTRIES {
            return Err(Error::usage(format!(
                "the manifest {source} holds more than {MAX_ENTRIES} entries (tables, inline tables or objects)"
            ))
            .with_hint("split it into several files and apply them one after another"));
        }
        match format {
            Format::Toml => toml::from_str(text).map_err(|e| {
                let place = e
                    .span()
                    .map(|s| {
                        let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                        format!(" (line {line})")
                    })
                    .unwrap_or_default();
                Error::usage(format!("invalid manifest {source}{place}: {}", e.message().trim()))
            }),
            Format::Json => serde_json::from_str(text).map_err(|e| {
                Error::usage(format!("invalid manifest {source} (line {}, column {}): {e}", e.line(), e.column()))
            }),
        }
    }

    pub fn to_text(&self, format: Format) -> Result<String> {
        match format {
            Format::Toml => toml::to_string(self).map_err(|e| Error::internal(e.to_string())),
            Format::Json => {
                serde_json::to_string_pretty(self).map(|s| s + "\n").map_err(|e| Error::internal(e.to_string()))
            }
        }
    }

    /// Checks every value and every reference inside the file, and reports
    /// every problem found (up to 20), each with its place.
    pub fn validate(&self) -> Result<Validated> {
        let mut problems = Problems::default();
        let mut users = Vec::new();
        let mut seen = BTreeSet::new();
        for (i, u) in self.users.iter().enumerate() {
            let at = format!("users[{i}]");
            let user = problems.take((|| {
                let email = at_place(&at, Email::parse(&u.email))?;
                if !seen.insert(email.clone()) {
                    return Err(place_err(&at, format!("user {email} is declared twice")));
                }
                let name = u.name.as_deref().map(|n| at_place(&at, Name::parse(n))).transpose()?;
                Ok(UserPlan { email, name })
            })());
            users.extend(user);
        }
        let mut orgs = Vec::new();
        let mut org_slugs = BTreeSet::new();
        for (i, o) in self.orgs.iter().enumerate() {
            let at = format!("orgs[{i}]");
            let slug = problems.take((|| {
                let slug = at_place(&at, Slug::parse(&o.slug))?;
                if !org_slugs.insert(slug.clone()) {
                    return Err(place_err(&at, format!("org {slug} is declared twice")));
                }
                Ok(slug)
            })());
            if let Some(slug) = slug {
                orgs.extend(validate_org(o, slug, &mut problems));
            }
        }
        problems.into_result()?;
        Ok(Validated { users, orgs })
    }
}

/// Reports the problems `apply` found in the file while walking it (names of
/// users, members and teams that are not there), like [`Manifest::validate`].
pub fn report_problems(problems: Vec<Error>) -> Result<()> {
    Problems(problems).into_result()
}


/// The problems found while validating a manifest: all are reported at once.
#[derive(Default)]
struct Problems(Vec<Error>);

impl Problems {
    /// The value, or `None` with its error noted.
    fn take<T>(&mut self, r: Result<T>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }

    /// One problem is reported as it is; several as one usage error that
    /// lists each (with its place), at most 20 of them.
    fn into_result(self) -> Result<()> {
        let mut all = self.0;
        match all.len() {
            0 => Ok(()),
            1 => Err(all.remove(0)),
            _ => {
                let problems = all.into_iter().map(|e| e.message).collect();
                Err(Invalid::Problems { file: Listing::Manifest, problems }.into())
            }
        }
    }
}

/// A problem at a place in the manifest (exit 2).
pub fn place_err(at: &str, problem: String) -> Error {
    Invalid::Manifest { at: at.to_string(), problem }.into()
}

fn at_place<T>(at: &str, r: Result<T>) -> Result<T> {
    r.map_err(|e| {
        let mut out = place_err(at, e.message);
        out.hint = e.hint;
        out
    })
}

/// The validated manifest: every value parsed, every name unique.
#[derive(Debug, Clone)]
pub struct Validated {
    pub users: Vec<UserPlan>,
    pub orgs: Vec<OrgPlan>,
}

#[derive(Debug, Clone)]
pub struct UserPlan {
    pub email: Email,
    pub name: Option<Name>,
}

#[derive(Debug, Clone)]
pub struct OrgPlan {
    pub at: String,
    pub slug: Slug,
    pub name: Option<Name>,
    pub plan: Option<Plan>,
    pub billing_email: Option<Email>,
    /// Each member with the role the file gives (`None`: keep theirs, `member` if new).
    pub members: Vec<(Email, Option<Role>)>,
    /// The members the file marks as managed by a directory sync (`sync:NAME`).
    pub managed_by: BTreeMap<Email, String>,
    /// The lifecycle keys of the members that carry any, by email.
    pub member_terms: std::collections::BTreeMap<Email, MemberTerms>,
    pub teams: Vec<TeamPlan>,
    pub dashboards: Vec<DashboardPlan>,
    pub connectors: Vec<ConnectorPlan>,
    pub integrations: Vec<IntegrationPlan>,
    pub invites: Vec<InvitePlan>,
    pub security: Option<crate::model::security::SecuritySet>,
    pub policy: OrgPolicy,
}

/// An org's policy rules and tests, parsed: what `apply` and `check` evaluate.
#[derive(Debug, Clone, Default)]
pub struct OrgPolicy {
    pub min_admins: Option<i64>,
    /// Seconds.
    pub max_grant_lifetime: Option<i64>,
    pub team_grants_only: bool,
    pub every_team_has_maintainer: bool,
    pub tests: Vec<PolicyTest>,
}

impl OrgPolicy {
    /// How many rules are set.
    pub fn rule_count(&self) -> usize {
        usize::from(self.min_admins.is_some())
            + usize::from(self.max_grant_lifetime.is_some())
            + usize::from(self.team_grants_only)
            + usize::from(self.every_team_has_maintainer)
    }
}

#[derive(Debug, Clone)]
pub struct PolicyTest {
    pub user: Email,
    /// Each question with the answer it expects (true: `can`).
    pub asks: Vec<(Ask, bool)>,
}

/// One `can-i` question: `view dashboard/prod-health`, `create-dashboard`.
#[derive(Debug, Clone)]
pub struct Ask {
    pub text: String,
    pub action: crate::policy::Action,
    pub subject: crate::ops::can_i::Subject,
}

impl Ask {
    /// Parses `ACTION [TARGET]` as `can-i` takes it, with the same checks.
    pub fn parse(raw: &str) -> Result<Ask> {
        let mut words = raw.split_whitespace();
        let action: crate::policy::Action = match words.next() {
            Some(a) => a.parse()?,
            None => return Err(Invalid::Test { raw: raw.to_string() }.into()),
        };
        let subject = match words.next() {
            Some(t) => crate::ops::can_i::Subject::parse(t)?,
            None => crate::ops::can_i::Subject::Org,
        };
        if words.next().is_some() {
            return Err(Invalid::Test { raw: raw.to_string() }.into());
        }
        crate::ops::can_i::check_shape(action, &subject)?;
        Ok(Ask { text: raw.split_whitespace().collect::<Vec<_>>().join(" "), action, subject })
    }
}

fn org_policy(at: &str, o: &OrgSpec) -> Result<OrgPolicy> {
    let mut p = OrgPolicy::default();
    if let Some(r) = &o.rules {
        let at = format!("{at}.rules");
        if let Some(n) = r.min_admins {
            if n < 1 {
                return Err(place_err(&at, format!("min-admins must be at least 1, not {n}")));
            }
            p.min_admins = Some(n);
        }
        if let Some(d) = &r.max_grant_lifetime {
            p.max_grant_lifetime = Some(at_place(&format!("{at}.max-grant-lifetime"), crate::model::Duration::parse(d))?.seconds);
        }
        p.team_grants_only = r.team_grants_only.unwrap_or(false);
        p.every_team_has_maintainer = r.every_team_has_maintainer.unwrap_or(false);
    }
    for (i, t) in o.tests.iter().enumerate() {
        let at = format!("{at}.tests[{i}]");
        let user = at_place(&at, Email::parse(&t.user))?;
        let mut asks = Vec::new();
        for (list, expect, name) in [(&t.can, true, "can"), (&t.cannot, false, "cannot")] {
            for (j, raw) in list.iter().enumerate() {
                asks.push((at_place(&format!("{at}.{name}[{j}]"), Ask::parse(raw))?, expect));
            }
        }
        p.tests.push(PolicyTest { user, asks });
    }
    Ok(p)
}

/// A member's `expires`, `reason` and `state` in a file.
#[derive(Debug, Clone, Default)]
pub struct MemberTerms {
    pub expires: Option<crate::model::Expiry>,
    pub reason: Option<String>,
    pub state: Option<crate::model::MemberState>,
}

#[derive(Debug, Clone)]
pub struct TeamPlan {
    pub at: String,
    pub slug: Slug,
    pub name: Option<Name>,
    pub description: Option<Option<String>>,
    pub members: Vec<Email>,
    pub maintainers: Vec<Email>,
}

#[derive(Debug, Clone)]
pub struct DashboardPlan {
    pub at: String,
    pub slug: Slug,
    pub title: Name,
    pub description: Option<Option<String>>,
    pub visibility: Option<Visibility>,
    pub owner: Option<Email>,
    pub grants: Vec<GrantPlan>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum GrantTo {
    Team(Slug),
    User(Email),
}

#[derive(Debug, Clone)]
pub struct GrantPlan {
    pub at: String,
    pub to: GrantTo,
    pub permission: Permission,
    pub expires: Option<crate::model::Expiry>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ConnectorPlan {
    pub name: Slug,
    pub kind: Slug,
    pub url: String,
    /// Each grant with its place in the file, and when it ends and why.
    pub grants: Vec<(String, GrantTo, crate::ops::terms::Terms)>,
}

#[derive(Debug, Clone)]
pub struct IntegrationPlan {
    pub name: Slug,
    pub kind: crate::model::security::IntegrationKind,
    pub url: String,
    pub channel: Option<String>,
    pub events: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct InvitePlan {
    pub at: String,
    pub email: Email,
    pub role: Role,
    pub teams: Vec<Slug>,
    /// A duration from the apply, or the absolute time `export` writes.
    pub expires: Option<Expiry>,
}

fn validate_org(o: &OrgSpec, slug: Slug, problems: &mut Problems) -> Option<OrgPlan> {
    let at = format!("orgs[{slug}]");
    let name = problems.take(o.name.as_deref().map(|n| at_place(&at, Name::parse(n))).transpose());
    let plan = problems.take(o.plan.as_deref().map(|p| at_place(&at, p.parse::<Plan>())).transpose());
    let billing_email = problems.take(o.billing_email.as_deref().map(|e| at_place(&at, Email::parse(e))).transpose());

    let mut members = Vec::new();
    let mut managed_by = BTreeMap::new();
    let mut member_terms = std::collections::BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (i, m) in o.members.iter().enumerate() {
        let at = format!("{at}.members[{i}]");
        let member = problems.take((|| {
            let email = at_place(&at, Email::parse(&m.email))?;
            // No role: `member` for someone new, the role they hold for a member.
            let role = m.role.as_deref().map(|r| at_place(&at, r.parse::<Role>())).transpose()?;
            if !seen.insert(email.clone()) {
                return Err(place_err(&at, format!("member {email} is listed twice")));
            }
            let terms = MemberTerms {
                expires: m.expires.as_deref().map(|e| at_place(&at, crate::model::Expiry::parse(e))).transpose()?,
                reason: m.reason.clone(),
                state: m.state.as_deref().map(|s| at_place(&at, s.parse::<crate::model::MemberState>())).transpose()?,
            };
            if let Some(source) = &m.managed_by {
                let source = at_place(&at, crate::model::ManagedBy::parse(source))?;
                managed_by.insert(email.clone(), source.to_string());
            }
            Ok((email, role, terms))
        })());
        if let Some((email, role, terms)) = member {
            if terms.expires.is_some() || terms.reason.is_some() || terms.state.is_some() {
                member_terms.insert(email.clone(), terms);
            }
            members.push((email, role));
        }
    }

    let mut teams = Vec::new();
    let mut team_slugs = BTreeSet::new();
    for (i, t) in o.teams.iter().enumerate() {
        let at_i = format!("{at}.teams[{i}]");
        let team = problems.take((|| {
            let slug = at_place(&at_i, Slug::parse(&t.slug))?;
            let at_t = format!("{at}.teams[{slug}]");
            if !team_slugs.insert(slug.clone()) {
                return Err(place_err(&at_t, format!("team {slug} is declared twice")));
            }
            let name = t.name.as_deref().map(|n| at_place(&at_t, Name::parse(n))).transpose()?;
            let description = t.description.as_deref().map(|d| at_place(&at_t, parse_description(d))).transpose()?;
            let mut tm = Vec::new();
            let mut seen = BTreeSet::new();
            for (j, e) in t.members.iter().enumerate() {
                let at = format!("{at_t}.members[{j}]");
                let email = at_place(&at, Email::parse(e))?;
                if seen.insert(email.clone()) {
                    tm.push(email);
                }
            }
            let mut maintainers = Vec::new();
            for (j, e) in t.maintainers.iter().enumerate() {
                let at = format!("{at_t}.maintainers[{j}]");
                let email = at_place(&at, Email::parse(e))?;
                if !seen.contains(&email) {
                    return Err(place_err(&at, format!("maintainer {email} is not a member of team {slug}"))
                        .with_hint("list them under the team's members too"));
                }
                maintainers.push(email);
            }
            Ok(TeamPlan { at: at_t, slug, name, description, members: tm, maintainers })
        })());
        teams.extend(team);
    }

    let mut dashboards = Vec::new();
    let mut dash_slugs = BTreeSet::new();
    for (i, d) in o.dashboards.iter().enumerate() {
        let at_i = format!("{at}.dashboards[{i}]");
        let dashboard = problems.take((|| {
            let slug = at_place(&at_i, Slug::parse(&d.slug))?;
            let at_d = format!("{at}.dashboards[{slug}]");
            if !dash_slugs.insert(slug.clone()) {
                return Err(place_err(&at_d, format!("dashboard {slug} is declared twice")));
            }
            let title = at_place(&at_d, Name::parse(&d.title))?;
            let description = d.description.as_deref().map(|x| at_place(&at_d, parse_description(x))).transpose()?;
            let visibility = d.visibility.as_deref().map(|v| at_place(&at_d, v.parse::<Visibility>())).transpose()?;
            let owner = d.owner.as_deref().map(|e| at_place(&at_d, Email::parse(e))).transpose()?;
            let mut grants = Vec::new();
            let mut seen = BTreeSet::new();
            for (j, g) in d.grants.iter().enumerate() {
                let at = format!("{at_d}.grants[{j}]");
                let to = match (&g.team, &g.user) {
                    (Some(t), None) => GrantTo::Team(at_place(&at, Slug::parse(t))?),
                    (None, Some(u)) => GrantTo::User(at_place(&at, Email::parse(u))?),
                    _ => return Err(place_err(&at, "a grant names exactly one of `team` or `user`".into())),
                };
                let permission = g
                    .permission
                    .as_deref()
                    .map(|p| at_place(&at, p.parse::<Permission>()))
                    .transpose()?
                    .unwrap_or(Permission::View);
                if !seen.insert(to.clone()) {
                    return Err(place_err(&at, "the same grantee is listed twice".into()));
                }
                let expires = g.expires.as_deref().map(|e| at_place(&at, crate::model::Expiry::parse(e))).transpose()?;
                grants.push(GrantPlan { at, to, permission, expires, reason: g.reason.clone() });
            }
            Ok(DashboardPlan { at: at_d, slug, title, description, visibility, owner, grants })
        })());
        dashboards.extend(dashboard);
    }

    let mut connectors = Vec::new();
    let mut names = BTreeSet::new();
    for (i, c) in o.connectors.iter().enumerate() {
        let at_i = format!("{at}.connectors[{i}]");
        let connector = problems.take((|| {
            let name = at_place(&at_i, Slug::parse(&c.name))?;
            let at_c = format!("{at}.connectors[{name}]");
            if !names.insert(name.clone()) {
                return Err(place_err(&at_c, format!("connector {name} is declared twice")));
            }
            let kind = at_place(&at_c, Slug::parse(&c.kind))?;
            let url = at_place(&at_c, crate::model::url::parse_url(&c.url))?.to_string();
            let mut grants = Vec::new();
            let mut seen = BTreeSet::new();
            for (j, g) in c.grants.iter().enumerate() {
                let at = format!("{at_c}.grants[{j}]");
                let to = match (&g.team, &g.user) {
                    (Some(t), None) => GrantTo::Team(at_place(&at, Slug::parse(t))?),
                    (None, Some(u)) => GrantTo::User(at_place(&at, Email::parse(u))?),
                    _ => return Err(place_err(&at, "a grant names exactly one of `team` or `user`".into())),
                };
                if !seen.insert(to.clone()) {
                    return Err(place_err(&at, "the same grantee is listed twice".into()));
                }
                let terms = crate::ops::terms::Terms {
                    expires: g.expires.as_deref().map(|e| at_place(&at, crate::model::Expiry::parse(e))).transpose()?,
                    reason: g.reason.clone(),
                };
                grants.push((at, to, terms));
            }
            Ok(ConnectorPlan { name, kind, url, grants })
        })());
        connectors.extend(connector);
    }

    let mut integrations = Vec::new();
    let mut names = BTreeSet::new();
    for (i, x) in o.integrations.iter().enumerate() {
        let at_i = format!("{at}.integrations[{i}]");
        let integration = problems.take((|| {
            let name = at_place(&at_i, Slug::parse(&x.name))?;
            let at_x = format!("{at}.integrations[{name}]");
            if !names.insert(name.clone()) {
                return Err(place_err(&at_x, format!("integration {name} is declared twice")));
            }
            let kind = at_place(&at_x, x.kind.parse::<crate::model::security::IntegrationKind>())?;
            let url = at_place(&at_x, crate::model::security::parse_url(kind, &x.url))?;
            let channel = match &x.channel {
                Some(ch) => at_place(&at_x, crate::model::security::parse_channel(ch))?,
                None => None,
            };
            let events = at_place(&at_x, crate::model::security::parse_events(&x.events))?;
            Ok(IntegrationPlan { name, kind, url, channel, events })
        })());
        integrations.extend(integration);
    }

    let security = problems.take((|| {
        let Some(sec) = &o.security else { return Ok(None) };
        let at = format!("{at}.security");
        let allowed_domains = match &sec.allowed_domains {
            Some(list) => Some(at_place(&at, crate::model::security::parse_domains(&list.join(",")))?),
            None => None,
        };
        let invite_max_lifetime = match &sec.invite_max_lifetime {
            Some(d) => Some(at_place(
                &at,
                crate::model::Duration::parse(d).and_then(|d| crate::model::security::check_lifetime(d.seconds)),
            )?),
            None => None,
        };
        let connector_access = match &sec.connector_access {
            Some(a) => Some(at_place(&at, a.parse::<crate::model::security::ConnectorAccess>())?),
            None => None,
        };
        let audit_retention = match sec.audit_retention {
            Some(d) => Some(at_place(&at, crate::model::security::check_retention(d))?),
            None => None,
        };
        Ok(Some(crate::model::security::SecuritySet {
            allowed_domains,
            invite_max_lifetime,
            member_dashboards: sec.member_dashboards,
            connector_access,
            guest_domains: match &sec.guest_domains {
                Some(list) => Some(at_place(&at, crate::model::security::parse_domains(&list.join(",")))?),
                None => None,
            },
            grant_max_lifetime: match sec.grant_max_lifetime.as_deref() {
                None => None,
                Some("none") => Some(None),
                Some(d) => Some(Some(at_place(&at, crate::model::Duration::parse(d))?.seconds)),
            },
            audit_retention,
        }))
    })());

    let policy = problems.take(org_policy(&at, o));

    let mut invites = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, inv) in o.invites.iter().enumerate() {
        let at = format!("{at}.invites[{i}]");
        let invite = problems.take((|| {
            let email = at_place(&at, Email::parse(&inv.email))?;
            if !seen.insert(email.clone()) {
                return Err(place_err(&at, format!("{email} is invited twice")));
            }
            let role =
                inv.role.as_deref().map(|r| at_place(&at, r.parse::<Role>())).transpose()?.unwrap_or(Role::Member);
            let teams = inv.teams.iter().map(|t| at_place(&at, Slug::parse(t))).collect::<Result<Vec<_>>>()?;
            let expires = inv.expires.as_deref().map(|d| at_place(&at, Expiry::parse(d))).transpose()?;
            Ok(InvitePlan { at: at.clone(), email, role, teams, expires })
        })());
        invites.extend(invite);
    }

    Some(OrgPlan {
        at,
        slug,
        name: name?,
        plan: plan?,
        billing_email: billing_email?,
        members,
        managed_by,
        member_terms,
        teams,
        dashboards,
        connectors,
        integrations,
        invites,
        security: security?,
        policy: policy?,
    })
}
