//! Input a command cannot take (exit 2), as data: each case names the value
//! and why, and is turned into its words and hint here and nowhere else.

use super::{Error, ErrorKind};

/// What a `can-i` action and target do not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The action needs a target and has none.
    NeedsTarget,
    /// The action is about the org and was given a target.
    OrgLevel,
    /// The action does not apply to a team.
    NotForTeam,
    /// The action does not apply to a connector.
    NotForConnector,
    /// `use` of something other than a connector.
    UseIsForConnectors,
}

/// The most problems of one file an error lists; the rest are counted.
pub const MAX_PROBLEMS: usize = 20;

/// A file whose problems are listed together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listing {
    Manifest,
    DirectoryExport { source: String },
}

/// Input a command cannot take (exit 2), with what it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// A value that does not parse: `what` names it (`email`, `slug`,
    /// `duration`...), `shown` is the value as printed (quoted, shortened or
    /// masked by its parser), `why` the reason.
    Value { what: Value, shown: String, why: String },
    /// A word outside its list.
    Unknown { what: &'static str, shown: String, expected: String },
    /// An integration event that is no audit action; `names` lists them.
    Event { name: String, names: String },
    /// An `audit-retention` outside 0-36500 days.
    Retention { days: i64 },
    /// An `invite-max-lifetime` over a year.
    InviteMaxLifetime { asked: String },
    /// A `can-i` target that is not `KIND/NAME`.
    Target { raw: String },
    /// A `can-i` action and target that do not fit.
    TargetShape { action: String, shape: Shape },
    /// A `sync --max-changes` that is neither a count nor a percentage.
    MaxChanges { raw: String },
    /// A directory export naming teams that do not exist (`first`, the first of them).
    SyncTeams { problems: Vec<String>, first: String },
    /// An invite valid for more than a year.
    InviteOverAYear,
    /// A time that has passed where a future one is needed.
    InThePast { what: String, at: String, example: &'static str },
    /// `org leave --transfer-to` oneself.
    TransferToSelf,
    /// `member remove --transfer-to` one of those removed.
    TransferToRemoved { email: String },
    /// A dashboard title with nothing to make a slug of.
    NoSlugFromTitle { title: String },
    /// An `audit list --action` that names nothing, with the nearest known name.
    AuditAction { action: String, nearest: Option<String> },
    /// A problem at a place in a manifest (`users[2]`, `orgs[0].teams[1]`...).
    Manifest { at: String, problem: String },
    /// Every problem found in a file, each with its place.
    Problems { file: Listing, problems: Vec<String> },
    /// A policy test that is not `ACTION [TARGET]`.
    Test { raw: String },
}

/// The values [`Invalid::Value`] names, each with its own hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// (The words of each follow `invalid`: `invalid email "x": why`.)
    Email,
    Slug,
    Name,
    Description,
    Source,
    /// A manifest's `managed_by` marker.
    ManagedBy,
    Duration,
    /// A time given as a duration back, a date or an RFC 3339 time (`--since`).
    Since,
    /// An RFC 3339 time.
    Time,
    Domain,
    /// An integration's channel (`#ops`).
    Channel,
    /// An `on`/`off` switch.
    Switch,
    ConnectorUrl,
    /// An integration's URL, of a kind (`slack`, `webhook`...) that takes `expected`.
    IntegrationUrl { kind: String, expected: String },
}

impl Value {
    fn word(&self) -> String {
        match self {
            Value::Email => "email".into(),
            Value::Slug => "slug".into(),
            Value::Name => "name".into(),
            Value::Description => "description".into(),
            Value::Source => "source".into(),
            Value::ManagedBy => "managed_by".into(),
            Value::Since | Value::Time => "time".into(),
            Value::Duration => "duration".into(),
            Value::Domain => "domain".into(),
            Value::Channel => "channel".into(),
            Value::Switch => "value".into(),
            Value::ConnectorUrl => "connector URL".into(),
            Value::IntegrationUrl { kind, .. } => format!("{kind} integration URL"),
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            Value::Email => "an email looks like `name@example.com`".into(),
            Value::Slug => {
                "a slug is 1-40 of `a-z 0-9 -`, starting and ending with a letter or digit, like `data-team`".into()
            }
            Value::Name => "a name is 1-200 characters of visible text, like `Alice Doe`".into(),
            Value::Source => "a source is 1-40 of `a-z 0-9 -`, like `okta` or `azure-ad`".into(),
            Value::ManagedBy => "managed_by names a directory sync's source, like `sync:okta`".into(),
            Value::Since => "like `7d`, `2026-11-01` or `2026-11-01T09:30:00Z`".into(),
            Value::Time => return None,
            Value::Duration => "a duration is a number and a unit `s m h d w`, like `90m` or `7d`".into(),
            Value::Domain => "a domain looks like `example.com`".into(),
            Value::Channel => "a name is 1-200 characters of visible text, like `Alice Doe`".into(),
            Value::Switch | Value::Description => return None,
            Value::ConnectorUrl => {
                "a URL looks like `postgres://db.internal:5432/analytics`, with `scheme://` and a host".into()
            }
            Value::IntegrationUrl { kind, expected } => format!("a {kind} integration takes {expected}"),
        })
    }
}

impl Invalid {
    /// What the user reads.
    pub fn message(&self) -> String {
        match self {
            // (A description is not repeated back: it may be long.)
            Invalid::Value { what, shown, why } if shown.is_empty() => format!("invalid {}: {why}", what.word()),
            Invalid::Value { what, shown, why } => format!("invalid {} {shown}: {why}", what.word()),
            Invalid::Unknown { what, shown, expected } => format!("unknown {what} {shown}: expected one of {expected}"),
            Invalid::Event { name, .. } => format!("unknown event {name:?}"),
            Invalid::Retention { days } => format!("audit-retention is a number of days from 0 to 36500, not {days}"),
            Invalid::InviteMaxLifetime { asked } => format!("invite-max-lifetime may be at most 365d, not {asked}"),
            Invalid::Target { raw } => format!("invalid target {raw:?}"),
            Invalid::TargetShape { action, shape } => match shape {
                Shape::NeedsTarget => format!("`{action}` needs a target"),
                Shape::OrgLevel => format!("`{action}` is an org-level action and takes no target"),
                Shape::NotForTeam => format!("`{action}` does not apply to a team"),
                Shape::NotForConnector => format!("`{action}` does not apply to a connector"),
                Shape::UseIsForConnectors => "`use` applies to a connector".into(),
            },
            Invalid::MaxChanges { raw } => {
                format!("invalid --max-changes {raw:?}: expected a count (`25`) or a percentage (`20%`)")
            }
            Invalid::SyncTeams { problems, .. } => problems.join("\n"),
            Invalid::InviteOverAYear => "an invite may be valid for at most 365 days (`--expires 365d`)".into(),
            Invalid::InThePast { what, at, .. } => format!("invalid {what}: {at} is in the past"),
            Invalid::TransferToSelf => "cannot hand your dashboards to yourself as you leave".into(),
            Invalid::TransferToRemoved { email } => {
                format!("cannot hand {email}'s dashboards to {email}, who is being removed")
            }
            Invalid::NoSlugFromTitle { title } => format!("cannot make a slug from the title {title:?}"),
            Invalid::AuditAction { action, .. } => format!("unknown audit action {action:?}"),
            Invalid::Manifest { at, problem } => format!("manifest {at}: {problem}"),
            Invalid::Problems { file: Listing::DirectoryExport { source }, problems } if problems.len() == 1 => {
                format!("{source} {}", problems[0])
            }
            Invalid::Problems { file, problems } => {
                let n = problems.len();
                let mut lines: Vec<String> = problems.iter().take(MAX_PROBLEMS).map(|p| format!("  {p}")).collect();
                if n > MAX_PROBLEMS {
                    lines.push(format!("  ... and {} more", n - MAX_PROBLEMS));
                }
                let whose = match file {
                    Listing::Manifest => "the manifest".to_string(),
                    Listing::DirectoryExport { source } => format!("the directory export {source}"),
                };
                format!("{whose} has {n} problems:\n{}", lines.join("\n"))
            }
            Invalid::Test { raw } if raw.trim().is_empty() => {
                "an empty test: expected `ACTION [TARGET]` as `can-i` takes them".into()
            }
            Invalid::Test { raw } => format!("{raw:?} has more than an action and a target"),
        }
    }

    /// What to type next, if anything.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Invalid::Value { what, .. } => return what.hint(),
            Invalid::Unknown { .. } => return None,
            Invalid::Event { names, .. } => format!("events are audit action names: {names}"),
            Invalid::Retention { .. } => "0 keeps every entry; 365 keeps a year".into(),
            Invalid::InviteMaxLifetime { .. } => return None,
            Invalid::Target { .. } => "a target is `dashboard/SLUG`, `chat/ID`, `connector/NAME` or `team/SLUG`".into(),
            Invalid::TargetShape { action, shape } => match shape {
                Shape::NeedsTarget => format!("for example `orgctl can-i {action} dashboard/SLUG`"),
                Shape::OrgLevel => return None,
                Shape::NotForTeam => "ask `orgctl can-i edit team/SLUG` (its membership, name and maintainers)".into(),
                Shape::NotForConnector | Shape::UseIsForConnectors => "ask `orgctl can-i use connector/NAME`".into(),
            },
            Invalid::MaxChanges { .. } | Invalid::InviteOverAYear | Invalid::Manifest { .. } | Invalid::Test { .. } => {
                return None
            }
            Invalid::Problems { file: Listing::Manifest, .. } => {
                "fix them all, then run `orgctl apply --dry-run -f FILE` to check".into()
            }
            Invalid::Problems { file: Listing::DirectoryExport { .. }, .. } => {
                "fix the export, then check with `orgctl sync --dry-run`".into()
            }
            Invalid::SyncTeams { first, .. } => {
                format!("sync joins existing teams only: create them first (`orgctl team create {first}`)")
            }
            Invalid::InThePast { example, .. } => format!("give a future time or a duration such as `{example}`"),
            Invalid::TransferToSelf | Invalid::TransferToRemoved { .. } => {
                "pass `--transfer-to` a member who stays".into()
            }
            Invalid::NoSlugFromTitle { .. } => "pass one with `--slug SLUG`".into(),
            Invalid::AuditAction { nearest: Some(n), .. } => {
                format!("did you mean `--action {n}`? (an action such as `member.add`, or a family such as `member`)")
            }
            Invalid::AuditAction { nearest: None, .. } => {
                "pass an action such as `member.add`, or a family such as `member`".into()
            }
        })
    }
}

impl From<Invalid> for Error {
    fn from(i: Invalid) -> Error {
        let mut e = Error::new(ErrorKind::Usage, i.message());
        e.hint = i.hint();
        e.invalid = Some(Box::new(i));
        e
    }
}
