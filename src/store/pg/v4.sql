-- 4: SQLite rebuilds `team_members` and `invite_teams` with their key
-- columns first, to get around a bug of Debian 12's `sqlite3` shell.
-- PostgreSQL has no such bug; the tables are rebuilt the same way anyway so
-- that both engines list the same columns in the same order. Their foreign
-- keys (by the same names), indexes and rows stay the same; nothing refers
-- to them. Row-level security and grants are applied again after every
-- migration run (access.sql).
CREATE TABLE team_members_new (
    team_id  BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    org_id   BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id),
    CONSTRAINT team_members_org_id_team_id_fkey
        FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE,
    CONSTRAINT team_members_org_id_user_id_fkey
        FOREIGN KEY (org_id, user_id) REFERENCES members(org_id, user_id) ON DELETE CASCADE
);
INSERT INTO team_members_new (team_id, user_id, org_id) SELECT team_id, user_id, org_id FROM team_members;
DROP TABLE team_members;
ALTER TABLE team_members_new RENAME TO team_members;
ALTER TABLE team_members RENAME CONSTRAINT team_members_new_pkey TO team_members_pkey;
CREATE INDEX team_members_by_member ON team_members(org_id, user_id);

CREATE TABLE invite_teams_new (
    invite_id  BIGINT NOT NULL,
    team_id    BIGINT NOT NULL,
    org_id     BIGINT NOT NULL,
    PRIMARY KEY (invite_id, team_id),
    CONSTRAINT invite_teams_org_id_invite_id_fkey
        FOREIGN KEY (org_id, invite_id) REFERENCES invites(org_id, id) ON DELETE CASCADE,
    CONSTRAINT invite_teams_org_id_team_id_fkey
        FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE
);
INSERT INTO invite_teams_new (invite_id, team_id, org_id) SELECT invite_id, team_id, org_id FROM invite_teams;
DROP TABLE invite_teams;
ALTER TABLE invite_teams_new RENAME TO invite_teams;
ALTER TABLE invite_teams RENAME CONSTRAINT invite_teams_new_pkey TO invite_teams_pkey;
CREATE INDEX invite_teams_by_team ON invite_teams(team_id);
