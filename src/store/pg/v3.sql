-- 3: a dashboard's owner is always a member of its org (composite foreign
-- key; NULL once the owner has left: admins manage it then), and the ids
-- shown to an org are numbered per org from a counter that never goes back.
-- Audit entries also record how the acting identity was established and the
-- operating-system account that ran the command. SQLite rebuilds
-- `dashboards` for this; PostgreSQL alters it in place (same columns, same
-- order).
ALTER TABLE dashboards DROP CONSTRAINT dashboards_owner_id_fkey;
ALTER TABLE dashboards ALTER COLUMN owner_id DROP NOT NULL;
UPDATE dashboards d SET owner_id = NULL
WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = d.org_id AND m.user_id = d.owner_id);
ALTER TABLE dashboards ADD CONSTRAINT dashboards_owner_member
    FOREIGN KEY (org_id, owner_id) REFERENCES members(org_id, user_id);

CREATE TABLE org_counters (
    org_id  BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    kind    TEXT COLLATE "C" NOT NULL CHECK (kind IN ('chat', 'invite', 'audit')),
    last    BIGINT NOT NULL,
    PRIMARY KEY (org_id, kind)
);

ALTER TABLE chats ADD COLUMN number BIGINT;
UPDATE chats SET number = id;
CREATE UNIQUE INDEX chats_by_number ON chats(org_id, number);
INSERT INTO org_counters (org_id, kind, last) SELECT org_id, 'chat', max(number) FROM chats GROUP BY org_id;

ALTER TABLE invites ADD COLUMN number BIGINT;
UPDATE invites SET number = id;
CREATE UNIQUE INDEX invites_by_number ON invites(org_id, number);
INSERT INTO org_counters (org_id, kind, last) SELECT org_id, 'invite', max(number) FROM invites GROUP BY org_id;

ALTER TABLE audit ADD COLUMN number BIGINT;
ALTER TABLE audit ADD COLUMN actor_source TEXT COLLATE "C";
ALTER TABLE audit ADD COLUMN os_user TEXT COLLATE "C";
UPDATE audit SET number = id WHERE org_id IS NOT NULL;
DROP INDEX audit_by_org;
CREATE UNIQUE INDEX audit_by_org ON audit(org_id, number);
INSERT INTO org_counters (org_id, kind, last)
SELECT org_id, 'audit', max(number) FROM audit WHERE org_id IN (SELECT id FROM orgs) GROUP BY org_id;
