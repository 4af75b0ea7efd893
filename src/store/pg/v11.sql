-- 11: members read no secrets (PostgreSQL side of migration 11 in
-- ../migrations.rs). A connector's URL is read in clear by admins only
-- (access.sql grants orgctl_app no SELECT on `url`); members read
-- `url_masked`, the URL as orgctl masks it (`****` for a password or a
-- secret parameter), which orgctl writes with every URL. A URL written by
-- raw SQL without its mask is shown to members as `****` (the trigger in
-- access.sql). Connectors of an older store get their masks from `orgctl
-- init`, which runs orgctl's masking on them after migrating.
ALTER TABLE connectors ADD COLUMN IF NOT EXISTS url_masked TEXT COLLATE "C";
