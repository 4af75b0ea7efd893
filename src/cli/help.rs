//! Long help texts shared by `--help` and the man pages.
//!
//! `AFTER_LONG_HELP` is what `orgctl --help` prints below the options; the
//! tables below it are the same facts in the shape the man page wants
//! (xtask/src/man.rs). A unit test keeps the two in step.

/// `orgctl sync --help`: the file formats, what it changes, the guard.
pub const SYNC_HELP: &str = "\
CSV: a header naming the columns email, name, role, teams (any order); teams separated by `;`;
an empty role is `member` for someone new and keeps the role of a managed member.
SCIM: a ListResponse of Users: userName (or the primary emails[].value), name.formatted (or
displayName), roles[].value (primary or only; else none), groups[].display as team slugs,
active: false deprovisions.

Users missing in the store are created, members missing in the org are added, and both are
marked managed_by = \"sync:NAME\"; the roles and teams of members managed by this source follow
the file; managed members the file no longer lists (or lists inactive) are deprovisioned.
Members added by hand or by another source are never touched (reported as findings). Teams must
exist. A manual change to a managed row (member remove, member set-role, team remove,
apply --prune) is refused (exit 5) unless --force.

Examples:
  orgctl sync -f people.csv --source okta --dry-run
  orgctl sync -f people.csv --source okta --deprovision remove
  curl -s $SCIM_URL/Users | orgctl sync -f - --source azure-ad --format scim --max-changes 5%";

/// The nouns by purpose, at the top of both help texts.
macro_rules! by_purpose {
    () => {
        "\
Commands by purpose:
  Getting started   init, user add, login, org create, whoami
  People            member, invite, team
  Content           dashboard, connector, integration, chat
  Administration    billing, audit, access, can-i, org
  Automation        apply, export, sync, completions, db, context

"
    };
}

/// Below the options in `orgctl -h`: the nouns by purpose, and where to read more.
pub const AFTER_HELP: &str =
    concat!(by_purpose!(), "`orgctl --help` also lists the exit codes; `orgctl NOUN VERB --help` shows an example.");

pub const AFTER_LONG_HELP: &str = concat!(
    by_purpose!(),
    "\
Every command acting in an org needs a user and an org: from `--as`/`--org`,
ORGCTL_USER/ORGCTL_ORG, or the context file written by `login` and `org switch`
(a flag beats the variable, which beats the file).

Exit codes:
  0  success (can-i: yes)
  1  internal: anything unexpected
  2  usage: bad flags or arguments, invalid values, missing --yes without a terminal
  3  not_found: the org, user, member, team, dashboard, connector, chat or invite does not exist
     (or is not visible to you: an org you are not in, a dashboard you cannot view, another's chat)
  4  forbidden: no current user or org, a stale context, role, grant or setting does not allow it (can-i: no)
  5  conflict: already exists, last admin, invite not pending / expired / for another email
  6  store: the store cannot be opened, is corrupt, is from a newer orgctl, or stays locked
  7  cancelled: a confirmation prompt was declined or interrupted
  8  policy: a policy test or rule of a manifest does not hold (apply, check); every finding is listed

First steps:
  orgctl user add alice@example.com --name \"Alice Doe\"
  orgctl login alice@example.com
  orgctl org create acme --name \"Acme Inc\"
  orgctl member list

More: `man orgctl` (exit codes, environment, files, JSON field names), `orgctl NOUN VERB --help`."
);

pub const CAN_I_HELP: &str = "\
Actions:
  Org actions: view-org, manage-org, invite, manage-members, manage-teams,
  manage-connectors, use-connectors, manage-billing, view-audit, create-dashboard, leave-org,
  manage-integrations, manage-security, review-access, sync.
  With a target dashboard/SLUG or chat/ID: view, edit, share, delete.
  With a target connector/NAME: use.

The org's security settings take part: create-dashboard names member-dashboards,
use-connectors and use connector/NAME name connector-access.

Examples:
  orgctl can-i invite
  orgctl can-i edit dashboard/prod-health
  orgctl --as bob@example.com can-i use connector/warehouse
  orgctl --as bob@example.com can-i view chat/3 --json";

/// The nouns by purpose (the first block of `AFTER_LONG_HELP`).
pub const GROUPS: &[(&str, &str)] = &[
    ("Getting started", "init, user add, login, org create, whoami"),
    ("People", "member, invite, team"),
    ("Content", "dashboard, connector, integration, chat"),
    ("Administration", "billing, audit, access, can-i, org"),
    ("Automation", "apply, export, sync, completions, db, context"),
];

/// docs/contract.md §2, the permission model: (action, who may).
pub const PERMISSIONS: &[(&str, &str)] = &[
    ("view org, list members, list/show teams, list/show connectors", "admin, member"),
    ("edit org name, delete org", "admin"),
    ("invite, list/revoke/resend invites, add/remove members, change roles", "admin"),
    ("create/edit/delete teams, change team membership", "admin"),
    ("add/edit/remove connectors, grant/revoke connector use", "admin"),
    (
        "use (query) a connector",
        "connector-access open: admin, member; granted: admin, members granted directly or through a team",
    ),
    (
        "add/edit/remove/test integrations; view or set security settings",
        "admin (members may list integrations: names, kinds and events)",
    ),
    ("view or change billing and usage, read the audit log", "admin"),
    ("review who can access what (access review)", "admin; any member for --user themselves"),
    ("create a dashboard", "admin, member (member-dashboards on, the default); admin only when off"),
    ("view a dashboard", "org visibility: admin, member; restricted: admin, owner, view or edit grantee"),
    ("edit a dashboard's title/description", "admin, owner, edit grantee"),
    ("change visibility, share/unshare, delete a dashboard", "admin, owner"),
    ("create, list, show, delete a chat", "its owner only (admins included: nobody else)"),
    ("leave an org", "any member, except the last admin"),
    ("sync members from a directory file (sync)", "admin"),
];

/// How grants combine, and a worked example.
pub const PERMISSIONS_NOTES: &str = "Grants go to a team or to a member, with view or edit; a team's grant \
is held by every member of the team, and a member's strongest grant wins. A restricted dashboard that you \
cannot view answers exactly like a missing one (exit 3); can-i says why (no: restricted dashboard, no grant). \
Everything else not allowed is refused with exit 4; non-members of an org can do nothing in it.";

pub const PERMISSIONS_EXAMPLE: &[&str] = &[
    "orgctl dashboard create \"Production health\" --slug prod-health --visibility restricted",
    "orgctl dashboard share prod-health --team engineering --permission edit",
    "orgctl dashboard share prod-health --team leadership",
    "orgctl dashboard access prod-health",
    "    alice@example.com   edit   admin of acme",
    "    chen@example.com    edit   owner of the dashboard",
    "    dana@example.com    edit   team engineering has edit",
    "    priya@example.com   view   team leadership has view",
    "orgctl --as priya@example.com can-i edit dashboard/prod-health",
    "    no: team leadership has view only; editing needs edit",
];

/// Where the acting user and org come from.
pub const CONTEXT: &str = "Every command acting in an org needs a user and an org: from --as and --org, \
ORGCTL_USER and ORGCTL_ORG, or the context file written by login and org switch. A flag beats the \
variable, which beats the context file. Parallel scripts should pass --as and --org (or the variables) \
instead of switching the shared context file.";

/// docs/contract.md §7: (code, kind, when).
pub const EXIT_CODES: &[(i32, &str, &str)] = &[
    (0, "", "success (can-i: yes)"),
    (1, "internal", "anything unexpected"),
    (
        2,
        "usage",
        "bad flags or arguments, invalid values (email, slug, role, duration, manifest), missing --yes without a terminal",
    ),
    (
        3,
        "not_found",
        "the org, user, member, team, dashboard, connector, chat or invite does not exist (or is not visible to \
you: an org you are not a member of, a restricted dashboard without a grant, another user's chat; can-i too)",
    ),
    (4, "forbidden", "no current user or org, a stale context, role, grant or setting does not allow it (can-i: no)"),
    (5, "conflict", "already exists, last admin, invite not pending / expired / for another email"),
    (
        6,
        "store",
        "the store cannot be opened, is corrupt, is from a newer orgctl, or stays locked past the timeout",
    ),
    (7, "cancelled", "a confirmation prompt was declined or interrupted"),
    (8, "policy", "a policy test or rule of a manifest does not hold (apply, check); every finding is listed"),
];

/// The environment variables orgctl reads.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("ORGCTL_DB", "The store (a SQLite file or a postgresql:// URL), like --db."),
    ("ORGCTL_CONTEXT", "The context file, like --context."),
    ("ORGCTL_CONTEXT_NAME", "The named context to use, like --context-name."),
    (
        "PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSERVICE, PGSSLMODE, PGSSLROOTCERT, PGPASSFILE",
        "What a postgresql:// URL leaves out, read as libpq's tools read them (also ~/.pgpass and pg_service.conf).",
    ),
    ("ORGCTL_USER", "Act as this user (an email), like --as."),
    ("ORGCTL_ORG", "Use this org (a slug), like --org."),
    ("ORGCTL_NO_INPUT", "Set to 1 (or true, yes, on) to never prompt, like --no-input."),
    ("NO_COLOR", "When set and not empty, no colour (unless --color always)."),
];

/// The store and context defaults (the directories crate's data and config directories).
pub const FILES: &[(&str, &str)] = &[
    (
        "$XDG_DATA_HOME/orgctl/orgctl.db",
        "The store on Linux (~/.local/share/orgctl/orgctl.db when XDG_DATA_HOME is unset); \
~/Library/Application Support/orgctl/orgctl.db on macOS; %APPDATA%\\orgctl\\data\\orgctl.db on Windows. \
Created on first use with mode 0600.",
    ),
    (
        "$XDG_CONFIG_HOME/orgctl/context.toml",
        "The context file with the current user and org on Linux (~/.config/orgctl/context.toml when \
XDG_CONFIG_HOME is unset); ~/Library/Application Support/orgctl/context.toml on macOS; \
%APPDATA%\\orgctl\\config\\context.toml on Windows. Written atomically with mode 0600.",
    ),
];

pub const JSON_INTRO: &str = "With --json (or -o json) stdout is exactly one JSON value: an array for lists, an \
object otherwise, snake_case keys, RFC 3339 UTC times. A change's object carries \"action\": \"created\", \
\"updated\", \"unchanged\" or \"deleted\". Errors go to stderr as {\"error\":{\"kind\":KIND,\"message\":MESSAGE}} (plus \"hint\" when there is one), \
KIND being one of the EXIT STATUS kinds. Each object has at least these fields:";

/// docs/contract.md §6: the JSON field names, part of the contract.
pub const JSON_FIELDS: &[(&str, &str)] = &[
    ("user", "email, name"),
    ("org", "slug, name, role, current"),
    ("member", "email, name, role, teams, joined_at, managed_by (sync:NAME, or null for a member added by hand)"),
    (
        "invite",
        "id, email, role, teams, state, created_at, expires_at, invited_by (null if unknown); token only in the output of invite create \
and invite resend (create prints an array, one object per email, each with its action)",
    ),
    ("team", "slug, name, description, members"),
    ("dashboard", "slug, title, description, visibility, owner (null when ownerless), grants (each grant: team or user, permission)"),
    ("connector", "name, kind, url (password, a lone user name and secret query or fragment parameters masked)"),
    ("connector grant/revoke", "name, kind, connector_access, grants (each grant: team or user)"),
    ("connector access", "email, permission (use), reason"),
    ("integration", "name, kind, url (masked; null for members), channel, events"),
    ("integration test", "name, kind, url (masked), valid, reason"),
    (
        "security",
        "allowed_domains (array; empty: any), invite_max_lifetime, member_dashboards (bool), connector_access, \
audit_retention (days; 0 keeps everything), each with a *_source of default or set; org security set adds members_outside",
    ),
    ("chat", "id, title, created_at"),
    (
        "audit entry",
        "id, at, actor, org, action, target, details, actor_source (flag, env, file), os_user (the OS account), \
hash (its link in the org's hash chain; -o jsonl lines add \"v\": 1)",
    ),
    ("whoami", "user, org, role, user_source, org_source (sources: flag, env, file), stale (and problem, repair when stale)"),
    ("access review row", "email, dashboard, permission (view or edit), reason"),
    ("can-i", "allowed, reason"),
    ("audit prune", "action, org, dry_run, audit_retention, before, removed, first, last, chain_starts_from"),
    ("billing", "plan, billing_email, usage"),
    (
        "sync",
        "dry_run, org, source, changes (each: action, kind, org, key, target (the same as key), details), findings \
(each: kind, org, key, message), summary (created, updated, deleted, members_changed, max_changes)",
    ),
    (
        "apply",
        "dry_run, changes (each: action, kind, org, target, details, and token for a created invite), summary \
(created, updated, deleted)",
    ),
];

/// The "First steps" commands of `AFTER_LONG_HELP`.
pub const FIRST_STEPS: &[&str] = &[
    "orgctl user add alice@example.com --name \"Alice Doe\"",
    "orgctl login alice@example.com",
    "orgctl org create acme --name \"Acme Inc\"",
    "orgctl member list",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_help_and_man_tables_agree() {
        for (group, commands) in GROUPS {
            let line = AFTER_LONG_HELP.lines().find(|l| l.trim_start().starts_with(group));
            let line = line.unwrap_or_else(|| panic!("group {group} missing from --help"));
            assert!(line.ends_with(commands), "group {group}: {line:?}");
            assert!(AFTER_HELP.contains(line), "group {group} missing from -h");
        }
        for (code, kind, _) in EXIT_CODES {
            let prefix = if kind.is_empty() { format!("  {code}  success") } else { format!("  {code}  {kind}:") };
            assert!(AFTER_LONG_HELP.contains(&prefix), "exit code {code} missing from --help");
        }
        for step in FIRST_STEPS {
            assert!(AFTER_LONG_HELP.contains(&format!("  {step}\n")) || AFTER_LONG_HELP.contains(step), "{step}");
        }
    }
}
