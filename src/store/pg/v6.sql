-- 6: who is acting, known to the database itself (PostgreSQL side of
-- migration 6 in ../migrations.rs).
--
-- `logins` maps a database login (the role name `session_user` reports) to
-- the orgctl user it is, or marks it as impersonating: a login that may act
-- as any user, declaring which one in the transaction-local `app.user_id`
-- (CI jobs). `orgctl db link`, run by the database owner, writes it;
-- orgctl_app may not read or write it (access.sql): a login learns who it is
-- through orgctl_whoami() only. Roles belong to the cluster, so the mapping
-- is kept by name, per database. PostgreSQL only: a SQLite store's boundary
-- is its file's permissions, and tests/pg_schema.rs lists it as such.
CREATE TABLE logins (
    role         TEXT COLLATE "C" PRIMARY KEY,
    user_id      BIGINT REFERENCES users(id) ON DELETE CASCADE,
    impersonate  BOOLEAN NOT NULL DEFAULT false,
    linked_by    TEXT COLLATE "C" NOT NULL,
    linked_at    BIGINT NOT NULL,
    CHECK ((user_id IS NULL) = impersonate)
);
CREATE INDEX logins_by_user ON logins(user_id) WHERE user_id IS NOT NULL;

-- A member who leaves an org (`org leave`, or deleting their own
-- membership) is no longer a member when the command records its audit
-- entry. The trigger on `members` (access.sql) notes the departure here,
-- stamped with the transaction; the audit policy lets that user, in that
-- same transaction only, write the org's entry and take its number.
-- Rows of finished transactions are cleared by the next departure.
CREATE TABLE departures (
    xact     BIGINT NOT NULL,
    org_id   BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (xact, org_id, user_id)
);

-- Every audit entry records the database login that wrote it, beside the
-- user it acted as (`actor`). It is filled in by the database
-- (`session_user`), never by orgctl, and a policy refuses any other value:
-- an entry cannot be written in another login's name. NULL on SQLite.
ALTER TABLE audit ADD COLUMN login TEXT COLLATE "C" DEFAULT session_user;
