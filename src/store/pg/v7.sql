-- 7: managed rows (PostgreSQL side of migration 7 in ../migrations.rs). A
-- membership, team membership or user written by `orgctl sync --source
-- NAME` carries `managed_by = 'sync:NAME'`; NULL is a row made by hand.
ALTER TABLE members ADD COLUMN managed_by TEXT COLLATE "C";
ALTER TABLE team_members ADD COLUMN managed_by TEXT COLLATE "C";
ALTER TABLE users ADD COLUMN managed_by TEXT COLLATE "C";
