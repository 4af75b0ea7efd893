-- 12: raw SQL's changes noted per statement (PostgreSQL side of migration
-- 12 in ../migrations.rs). Each statement that changes an org's rows notes
-- here which rows, and at the commit its note becomes audit entries unless
-- orgctl wrote the transaction's own (orgctl_internal_note_changes and
-- orgctl_internal_record_changes in access.sql). A note lives only inside
-- its transaction: the commit deletes it. orgctl_app has no privilege on
-- the table (its column is `org`, not `org_id`, so that access.sql's
-- grants to the org tables pass it by).
CREATE TABLE IF NOT EXISTS audit_pending (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org BIGINT NOT NULL,
    tbl TEXT COLLATE "C" NOT NULL,
    op TEXT COLLATE "C" NOT NULL,
    keys TEXT[] NOT NULL,
    details TEXT[]
);
