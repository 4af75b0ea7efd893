-- 13: what ends, by org and time (PostgreSQL side of migration 13 in
-- ../migrations.rs). orgctl_sweep, before every write in an org, asks
-- whether anything has ended there; without these it read every
-- membership, team membership and grant of the org to find none. Partial:
-- only rows that end are indexed.
CREATE INDEX IF NOT EXISTS members_role_ending ON members(org_id, role_expires) WHERE role_expires IS NOT NULL;
CREATE INDEX IF NOT EXISTS members_ending ON members(org_id, expires) WHERE expires IS NOT NULL;
CREATE INDEX IF NOT EXISTS members_suspension_ending ON members(org_id, suspended_until)
    WHERE suspended_until IS NOT NULL;
CREATE INDEX IF NOT EXISTS team_members_ending ON team_members(org_id, expires) WHERE expires IS NOT NULL;
CREATE INDEX IF NOT EXISTS dashboard_grants_ending ON dashboard_grants(org_id, expires) WHERE expires IS NOT NULL;
CREATE INDEX IF NOT EXISTS connector_grants_ending ON connector_grants(org_id, expires) WHERE expires IS NOT NULL;
