//! The schema, as an append-only list of migrations keyed by `PRAGMA user_version`.
//!
//! Never remove or edit an entry once it has been released: a store written by
//! an older orgctl is brought forward by running the entries past its version,
//! in order, inside one IMMEDIATE transaction. Add a new entry to change the
//! schema, and a fixture of the old schema under `tests/fixtures/`.

/// Migration `i` (0-based) takes a store from `user_version = i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: the first schema. Every table holding org data carries `org_id`, and
    // the composite foreign keys make a cross-org reference impossible to
    // write: a team member must be a member of the team's org, a grant must
    // point at a dashboard, team and member of its own org.
    r#"
CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

-- AUTOINCREMENT: an org id is never reused, so audit entries of a deleted org
-- can never be read by a later org that happens to get the same id.
CREATE TABLE orgs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    slug          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    plan          TEXT NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'team', 'enterprise')),
    billing_email TEXT,
    created_at    INTEGER NOT NULL
);

CREATE TABLE members (
    org_id     INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'member')),
    joined_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, user_id)
) WITHOUT ROWID;
CREATE INDEX members_by_user ON members(user_id);
CREATE INDEX members_by_role ON members(org_id, role);

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT,
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, slug),
    UNIQUE (org_id, id)
);

CREATE TABLE team_members (
    org_id   INTEGER NOT NULL,
    team_id  INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    PRIMARY KEY (team_id, user_id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, user_id) REFERENCES members(org_id, user_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX team_members_by_member ON team_members(org_id, user_id);

CREATE TABLE invites (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'member')),
    token_hash  BLOB NOT NULL UNIQUE,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined', 'revoked')),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    invited_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (org_id, id)
);
CREATE INDEX invites_by_email ON invites(org_id, email);

CREATE TABLE invite_teams (
    org_id     INTEGER NOT NULL,
    invite_id  INTEGER NOT NULL,
    team_id    INTEGER NOT NULL,
    PRIMARY KEY (invite_id, team_id),
    FOREIGN KEY (org_id, invite_id) REFERENCES invites(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX invite_teams_by_team ON invite_teams(team_id);

CREATE TABLE dashboards (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT,
    visibility  TEXT NOT NULL DEFAULT 'org' CHECK (visibility IN ('org', 'restricted')),
    owner_id    INTEGER NOT NULL REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, slug),
    UNIQUE (org_id, id)
);

CREATE TABLE dashboard_grants (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL,
    dashboard_id  INTEGER NOT NULL,
    team_id       INTEGER,
    user_id       INTEGER,
    permission    TEXT NOT NULL CHECK (permission IN ('view', 'edit')),
    CHECK ((team_id IS NULL) <> (user_id IS NULL)),
    FOREIGN KEY (org_id, dashboard_id) REFERENCES dashboards(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, user_id) REFERENCES members(org_id, user_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX grants_team ON dashboard_grants(dashboard_id, team_id) WHERE team_id IS NOT NULL;
CREATE UNIQUE INDEX grants_user ON dashboard_grants(dashboard_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX grants_by_team ON dashboard_grants(team_id) WHERE team_id IS NOT NULL;
CREATE INDEX grants_by_user ON dashboard_grants(org_id, user_id) WHERE user_id IS NOT NULL;

CREATE TABLE connectors (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    url         TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE chats (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    owner_id    INTEGER NOT NULL REFERENCES users(id),
    title       TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX chats_by_owner ON chats(org_id, owner_id);

-- The audit log outlives what it describes, so it keeps the actor's email and
-- the org's slug as text; `org_id` (never reused) scopes who may read it.
CREATE TABLE audit (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    actor    TEXT,
    org_id   INTEGER,
    org      TEXT,
    action   TEXT NOT NULL,
    target   TEXT NOT NULL,
    details  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_org ON audit(org_id, id);
"#,
    // 2: `dashboard list` for a member gathers the visible set from indexes
    // (org-wide ones, their own, their grants) instead of testing every
    // dashboard of the org.
    r#"
CREATE INDEX dashboards_by_visibility ON dashboards(org_id, visibility);
CREATE INDEX dashboards_by_owner ON dashboards(org_id, owner_id);
"#,
    // 3: a dashboard's owner is always a member of its org (composite
    // foreign key; NULL once the owner has left: admins manage it then), and
    // the ids shown to an org are numbered per org from a counter that never
    // goes back, so an id is never handed out twice and says nothing about
    // other orgs' activity. Audit entries also record how the acting identity
    // was established and the operating-system account that ran the command.
    // Runs with foreign keys off (see `Store::migrate`): rebuilding
    // `dashboards` must not cascade into its grants.
    r#"
CREATE TABLE dashboards_v3 (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT,
    visibility  TEXT NOT NULL DEFAULT 'org' CHECK (visibility IN ('org', 'restricted')),
    owner_id    INTEGER,
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, slug),
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, owner_id) REFERENCES members(org_id, user_id)
);
INSERT INTO dashboards_v3 (id, org_id, slug, title, description, visibility, owner_id, created_at)
SELECT d.id, d.org_id, d.slug, d.title, d.description, d.visibility,
       CASE WHEN EXISTS (SELECT 1 FROM members m WHERE m.org_id = d.org_id AND m.user_id = d.owner_id)
            THEN d.owner_id END,
       d.created_at
FROM dashboards d;
DROP TABLE dashboards;
ALTER TABLE dashboards_v3 RENAME TO dashboards;
CREATE INDEX dashboards_by_visibility ON dashboards(org_id, visibility);
CREATE INDEX dashboards_by_owner ON dashboards(org_id, owner_id);

CREATE TABLE org_counters (
    org_id  INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('chat', 'invite', 'audit')),
    last    INTEGER NOT NULL,
    PRIMARY KEY (org_id, kind)
) WITHOUT ROWID;

ALTER TABLE chats ADD COLUMN number INTEGER;
UPDATE chats SET number = id;
CREATE UNIQUE INDEX chats_by_number ON chats(org_id, number);
INSERT INTO org_counters (org_id, kind, last) SELECT org_id, 'chat', max(number) FROM chats GROUP BY org_id;

ALTER TABLE invites ADD COLUMN number INTEGER;
UPDATE invites SET number = id;
CREATE UNIQUE INDEX invites_by_number ON invites(org_id, number);
INSERT INTO org_counters (org_id, kind, last) SELECT org_id, 'invite', max(number) FROM invites GROUP BY org_id;

ALTER TABLE audit ADD COLUMN number INTEGER;
ALTER TABLE audit ADD COLUMN actor_source TEXT;
ALTER TABLE audit ADD COLUMN os_user TEXT;
UPDATE audit SET number = id WHERE org_id IS NOT NULL;
DROP INDEX audit_by_org;
CREATE UNIQUE INDEX audit_by_org ON audit(org_id, number);
INSERT INTO org_counters (org_id, kind, last)
SELECT org_id, 'audit', max(number) FROM audit WHERE org_id IN (SELECT id FROM orgs) GROUP BY org_id;
"#,
    // 4: the system `sqlite3` of Debian 12 (3.40.1) reports `NULL value in
    // team_members.org_id` from `PRAGMA integrity_check` on every valid store:
    // a bug of that version with WITHOUT ROWID tables whose primary key is not
    // their leading columns. The two such tables are rebuilt with the key
    // first; their foreign keys, indexes and rows stay the same. Nothing
    // refers to them, so dropping the old tables cascades nowhere.
    r#"
CREATE TABLE team_members_new (
    team_id  INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    org_id   INTEGER NOT NULL,
    PRIMARY KEY (team_id, user_id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, user_id) REFERENCES members(org_id, user_id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO team_members_new (team_id, user_id, org_id) SELECT team_id, user_id, org_id FROM team_members;
DROP TABLE team_members;
ALTER TABLE team_members_new RENAME TO team_members;
CREATE INDEX team_members_by_member ON team_members(org_id, user_id);

CREATE TABLE invite_teams_new (
    invite_id  INTEGER NOT NULL,
    team_id    INTEGER NOT NULL,
    org_id     INTEGER NOT NULL,
    PRIMARY KEY (invite_id, team_id),
    FOREIGN KEY (org_id, invite_id) REFERENCES invites(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO invite_teams_new (invite_id, team_id, org_id) SELECT invite_id, team_id, org_id FROM invite_teams;
DROP TABLE invite_teams;
ALTER TABLE invite_teams_new RENAME TO invite_teams;
CREATE INDEX invite_teams_by_team ON invite_teams(team_id);
"#,
    // 5: integrations, org security settings and connector grants. Each table
    // carries `org_id`, and the composite foreign keys make a grant on another
    // org's connector, or to another org's team or member, impossible to write.
    r#"
CREATE UNIQUE INDEX connectors_by_org_id ON connectors(org_id, id);

CREATE TABLE integrations (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('slack', 'teams', 'webhook', 'pagerduty')),
    url         TEXT NOT NULL,
    channel     TEXT,
    events      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, name)
);

-- One row per org that has set anything; a NULL column is the default.
CREATE TABLE org_security (
    org_id               INTEGER PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
    allowed_domains      TEXT,
    invite_max_lifetime  INTEGER CHECK (invite_max_lifetime > 0),
    member_dashboards    INTEGER CHECK (member_dashboards IN (0, 1)),
    connector_access     TEXT CHECK (connector_access IN ('open', 'granted'))
);

CREATE TABLE connector_grants (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL,
    connector_id  INTEGER NOT NULL,
    team_id       INTEGER,
    user_id       INTEGER,
    CHECK ((team_id IS NULL) <> (user_id IS NULL)),
    FOREIGN KEY (org_id, connector_id) REFERENCES connectors(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, user_id) REFERENCES members(org_id, user_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX connector_grants_team ON connector_grants(connector_id, team_id) WHERE team_id IS NOT NULL;
CREATE UNIQUE INDEX connector_grants_user ON connector_grants(connector_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX connector_grants_by_team ON connector_grants(team_id) WHERE team_id IS NOT NULL;
CREATE INDEX connector_grants_by_user ON connector_grants(org_id, user_id) WHERE user_id IS NOT NULL;
"#,
    // 6: database logins (PostgreSQL). On PostgreSQL this migration maps
    // logins to users and records, in every audit entry, the login that wrote
    // it (src/store/pg/v6.sql); a SQLite store has no logins (its file's
    // permissions are the boundary), so here the audit log only gains the
    // column, always NULL, so that both engines read it with the same SQL.
    r#"
ALTER TABLE audit ADD COLUMN login TEXT;
"#,
    // 7: managed rows. A membership, team membership or user written by
    // `orgctl sync --source NAME` carries `managed_by = 'sync:NAME'`; NULL is
    // a row made by hand. Manual changes to a managed row are refused unless
    // forced (src/ops/sync.rs).
    r#"
ALTER TABLE members ADD COLUMN managed_by TEXT;
ALTER TABLE team_members ADD COLUMN managed_by TEXT;
ALTER TABLE users ADD COLUMN managed_by TEXT;
"#,
    // 8: access that changes over time. A member may be a `guest`, be
    // suspended (keeping everything, with who, when, why and until when),
    // carry an expiry and a reason, and hold a temporary role that falls back
    // to `fallback_role` at `role_expires`; invites may carry `guest` too. A
    // team member may be a maintainer and expire; dashboard and connector
    // grants may expire and say why. The org settings gain `guest_domains`
    // and `grant_max_lifetime`. Changing a CHECK needs a rebuild in SQLite:
    // `members` and `invites` are rebuilt with the same keys and indexes
    // (foreign keys are off while migrating, so nothing cascades; the
    // tables that refer to them keep referring by name).
    r#"
CREATE TABLE members_v8 (
    org_id           INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    user_id          INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role             TEXT NOT NULL CHECK (role IN ('admin', 'member', 'guest')),
    joined_at        INTEGER NOT NULL,
    managed_by       TEXT,
    state            TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'suspended')),
    suspended_at     INTEGER,
    suspended_by     TEXT,
    suspend_reason   TEXT,
    suspended_until  INTEGER,
    expires          INTEGER,
    reason           TEXT,
    role_expires     INTEGER,
    fallback_role    TEXT CHECK (fallback_role IN ('admin', 'member', 'guest')),
    PRIMARY KEY (org_id, user_id)
) WITHOUT ROWID;
INSERT INTO members_v8 (org_id, user_id, role, joined_at, managed_by)
SELECT org_id, user_id, role, joined_at, managed_by FROM members;
DROP TABLE members;
ALTER TABLE members_v8 RENAME TO members;
CREATE INDEX members_by_user ON members(user_id);
CREATE INDEX members_by_role ON members(org_id, role);

CREATE TABLE invites_v8 (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'member', 'guest')),
    token_hash  BLOB NOT NULL UNIQUE,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined', 'revoked')),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    invited_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    number      INTEGER,
    UNIQUE (org_id, id)
);
INSERT INTO invites_v8 (id, org_id, email, role, token_hash, state, created_at, expires_at, invited_by, number)
SELECT id, org_id, email, role, token_hash, state, created_at, expires_at, invited_by, number FROM invites;
DROP TABLE invites;
ALTER TABLE invites_v8 RENAME TO invites;
CREATE INDEX invites_by_email ON invites(org_id, email);
CREATE UNIQUE INDEX invites_by_number ON invites(org_id, number);

ALTER TABLE team_members ADD COLUMN role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'maintainer'));
ALTER TABLE team_members ADD COLUMN expires INTEGER;
ALTER TABLE team_members ADD COLUMN reason TEXT;
ALTER TABLE dashboard_grants ADD COLUMN expires INTEGER;
ALTER TABLE dashboard_grants ADD COLUMN reason TEXT;
ALTER TABLE connector_grants ADD COLUMN expires INTEGER;
ALTER TABLE connector_grants ADD COLUMN reason TEXT;
ALTER TABLE org_security ADD COLUMN guest_domains TEXT;
ALTER TABLE org_security ADD COLUMN grant_max_lifetime INTEGER CHECK (grant_max_lifetime > 0);
"#,
    // 9: the audit hash chain and the audit retention. Every entry of an org
    // carries `hash` (see `audit::chain_hash`); on SQLite the entries written
    // before this migration get theirs in Rust, right after it, in the same
    // transaction (`audit::fill_chains`: SQLite has no SHA-256 in SQL). An
    // org's `audit_retention` (days; NULL or 0: keep everything) is what
    // `audit prune` removes by.
    r#"
ALTER TABLE audit ADD COLUMN hash TEXT;
ALTER TABLE org_security ADD COLUMN audit_retention INTEGER CHECK (audit_retention >= 0);
"#,
    // 10: the PostgreSQL side makes every id GENERATED ALWAYS and has the
    // database compute each audit entry's hash (src/store/pg/v10.sql,
    // access.sql), so that no login can pick an id or append an entry
    // outside its org's chain. SQLite's rowid keys have no such notion, and
    // its entries are chained by orgctl (`audit::chain_hash`): nothing to do.
    r#"
-- Nothing: see src/store/pg/v10.sql.
"#,
    // 11: a connector's URL as members may read it, masked by orgctl
    // (`model::url::mask`) whenever the URL is written. On PostgreSQL only
    // admins read `url` itself (src/store/pg/v11.sql, access.sql); on SQLite
    // the column is kept in step so that both engines hold the same rows.
    // The connectors already stored get theirs once this has run.
    r#"
ALTER TABLE connectors ADD COLUMN url_masked TEXT;
"#,
    // 12: on PostgreSQL, where raw SQL's changes are recorded by the
    // database, a table of each statement's changes until its commit
    // (src/store/pg/v12.sql). orgctl records its own on SQLite: nothing to do.
    r#"
-- Nothing: see src/store/pg/v12.sql.
"#,
    // 13: what ends, by org and time. Before every write in an org the
    // sweep asks what has ended there (`leaving::sweep`, `orgctl_sweep` on
    // PostgreSQL); without these it read every membership, team membership
    // and grant of the org to find none. Partial: only rows that end are
    // indexed, so an org where nothing ends keeps them empty.
    r#"
CREATE INDEX members_role_ending ON members(org_id, role_expires) WHERE role_expires IS NOT NULL;
CREATE INDEX members_ending ON members(org_id, expires) WHERE expires IS NOT NULL;
CREATE INDEX members_suspension_ending ON members(org_id, suspended_until) WHERE suspended_until IS NOT NULL;
CREATE INDEX team_members_ending ON team_members(org_id, expires) WHERE expires IS NOT NULL;
CREATE INDEX dashboard_grants_ending ON dashboard_grants(org_id, expires) WHERE expires IS NOT NULL;
CREATE INDEX connector_grants_ending ON connector_grants(org_id, expires) WHERE expires IS NOT NULL;
"#,
    // 14: a dashboard's and a connector's grants, by it. The unique indexes
    // by (dashboard, team) and (dashboard, user) are partial (a grant names
    // one or the other), so no index served "every grant of this dashboard"
    // (`dashboard show`, the receipt of `dashboard share`) or a grant named
    // with `IS NOT DISTINCT FROM` (its terms, `unshare`): each read every
    // grant of every org.
    r#"
CREATE INDEX dashboard_grants_by_dashboard ON dashboard_grants(dashboard_id);
CREATE INDEX connector_grants_by_connector ON connector_grants(connector_id);
"#,
    // 15: an org's admins, by org. `members_by_role` (org, role) served the
    // count of an org's admins, and also matched a membership looked up by
    // (org, user) on its org alone: a PostgreSQL store planned without
    // statistics (filled a moment ago, as by `apply`) chose it for those
    // lookups and for the foreign keys' checks, reading the whole org's
    // memberships for each (66 us a row of a 1,000-member team's members).
    // A partial index of the admins serves only the questions about admins.
    r#"
DROP INDEX IF EXISTS members_by_role;
CREATE INDEX members_admins ON members(org_id) WHERE role = 'admin';
"#,
    // 16: on PostgreSQL, policies that bind each answer to the org it was
    // asked about, so that no statement can mix two orgs' rights
    // (src/store/pg/v16.sql). A SQLite store has no policies: nothing to do.
    r#"
-- Nothing: see src/store/pg/v16.sql.
"#,
    // 17: on PostgreSQL, the audit writers take their entries as arrays
    // (src/store/pg/v17.sql). A SQLite store writes its entries itself:
    // nothing to do.
    r#"
-- Nothing: see src/store/pg/v17.sql.
"#,
];

/// The migration that added `connectors.url_masked`: a store below it gets
/// its connectors' masks written once it has run.
pub const MASKED_URLS: i64 = 11;

/// The migration that added `audit.hash`: a store below it gets its
/// existing entries' chains filled once it has run.
pub const AUDIT_HASH: i64 = 9;

/// The schema version this orgctl writes.
pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}
