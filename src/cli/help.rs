//! Long help texts shared by `--help` and the man pages.

pub const AFTER_LONG_HELP: &str = "\
Commands by purpose:
  Getting started   init, user add, login, org create, whoami
  People            member, invite, team
  Content           dashboard, connector, chat
  Administration    billing, audit, can-i, org
  Automation        apply, export, completions, db

Every command acting in an org needs a user and an org: from `--as`/`--org`,
ORGCTL_USER/ORGCTL_ORG, or the context file written by `login` and `org switch`
(a flag beats the variable, which beats the file).

Exit codes:
  0  success (can-i: yes)
  1  internal: anything unexpected
  2  usage: bad flags or arguments, invalid values, missing --yes without a terminal
  3  not_found: the org, user, member, team, dashboard, connector, chat or invite does not exist
  4  forbidden: no current user or org, not a member, role or grant does not allow it (can-i: no)
  5  conflict: already exists, last admin, invite not pending / expired / for another email
  6  store: the store cannot be opened, is corrupt, is from a newer orgctl, or stays locked
  7  cancelled: a confirmation prompt was declined or interrupted

First steps:
  orgctl user add alice@example.com --name \"Alice Doe\"
  orgctl login alice@example.com
  orgctl org create acme --name \"Acme Inc\"
  orgctl member list";

pub const CAN_I_HELP: &str = "\
Org actions: view-org, manage-org, invite, manage-members, manage-teams,
manage-connectors, use-connectors, manage-billing, view-audit, create-dashboard, leave-org.
With a target dashboard/SLUG or chat/ID: view, edit, share, delete.

Examples:
  orgctl can-i invite
  orgctl can-i edit dashboard/prod-health
  orgctl --as bob@example.com can-i view chat/3 --json";
