-- 8: access that changes over time (PostgreSQL side of migration 8 in
-- ../migrations.rs): guests, suspension, expiry and reasons, temporary
-- roles, team maintainers, and the org settings `guest_domains` and
-- `grant_max_lifetime`. Columns are added at the end, in the order SQLite's
-- rebuilt tables have them.
ALTER TABLE members DROP CONSTRAINT members_role_check;
ALTER TABLE members ADD CONSTRAINT members_role_check CHECK (role IN ('admin', 'member', 'guest'));
ALTER TABLE members
    ADD COLUMN state TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'suspended')),
    ADD COLUMN suspended_at BIGINT,
    ADD COLUMN suspended_by TEXT COLLATE "C",
    ADD COLUMN suspend_reason TEXT COLLATE "C",
    ADD COLUMN suspended_until BIGINT,
    ADD COLUMN expires BIGINT,
    ADD COLUMN reason TEXT COLLATE "C",
    ADD COLUMN role_expires BIGINT,
    ADD COLUMN fallback_role TEXT COLLATE "C" CHECK (fallback_role IN ('admin', 'member', 'guest'));

ALTER TABLE invites DROP CONSTRAINT invites_role_check;
ALTER TABLE invites ADD CONSTRAINT invites_role_check CHECK (role IN ('admin', 'member', 'guest'));

ALTER TABLE team_members
    ADD COLUMN role TEXT COLLATE "C" NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'maintainer')),
    ADD COLUMN expires BIGINT,
    ADD COLUMN reason TEXT COLLATE "C";
ALTER TABLE dashboard_grants ADD COLUMN expires BIGINT, ADD COLUMN reason TEXT COLLATE "C";
ALTER TABLE connector_grants ADD COLUMN expires BIGINT, ADD COLUMN reason TEXT COLLATE "C";
ALTER TABLE org_security
    ADD COLUMN guest_domains TEXT COLLATE "C",
    ADD COLUMN grant_max_lifetime BIGINT CHECK (grant_max_lifetime > 0);
