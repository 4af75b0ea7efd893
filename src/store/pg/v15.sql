-- 15: an org's admins, by org (PostgreSQL side of migration 15 in
-- ../migrations.rs). `members_by_role` (org, role) also matched a
-- membership looked up by (org, user) on its org alone, and a store planned
-- without statistics (filled a moment ago, as by `apply`) chose it for
-- those lookups and for the foreign keys' checks of team members, grants
-- and dashboards' owners: the whole org's memberships read for each.
DROP INDEX IF EXISTS members_by_role;
CREATE INDEX IF NOT EXISTS members_admins ON members(org_id) WHERE role = 'admin';
