-- 2: `dashboard list` for a member gathers the visible set from indexes
-- (org-wide ones, their own, their grants) instead of testing every
-- dashboard of the org.
CREATE INDEX dashboards_by_visibility ON dashboards(org_id, visibility);
CREATE INDEX dashboards_by_owner ON dashboards(org_id, owner_id);
