-- Roles, grants, row-level security and the lookup functions of the
-- PostgreSQL store. Not a migration: `orgctl init` applies this file after
-- every migration run, in the same transaction, so a table that a migration
-- creates or rebuilds gets its policies and grants back. Every statement is
-- idempotent.
--
-- The model (README, "Running against PostgreSQL"):
-- * `orgctl_app` is a NOLOGIN group role. orgctl's logins are granted it
--   (`CREATE ROLE alice LOGIN; GRANT orgctl_app TO alice;`). It owns
--   nothing and cannot bypass row-level security.
-- * Every org-scoped table has row-level security enabled and forced (the
--   owner is subject too), with a policy that admits only the rows whose
--   org equals the transaction-local setting `app.org_id`, set with
--   `SELECT set_config('app.org_id', $1, true)`. After the transaction the
--   setting reads '' (not NULL), hence the NULLIF before the cast. With no
--   org set, the org tables read as empty and refuse every write.
-- * Four lookups run before the org is known: a user by email, an org by
--   slug, a user's own memberships, an invite by its token hash. Each is a
--   small SECURITY DEFINER function below, owned by the schema owner (the
--   role that ran `orgctl init`), with its search_path pinned, executable
--   by orgctl_app only. They return ids and the few columns the lookup
--   needs; everything else is read with the org set.

-- The group role. Roles belong to the cluster, not to the database: it may
-- exist already (another database of the cluster, or created by a
-- superuser beforehand for an owner who may not create roles).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'orgctl_app') THEN
        BEGIN
            CREATE ROLE orgctl_app NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created by a concurrent `orgctl init` in another database
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles
               WHERE rolname = 'orgctl_app' AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'the role orgctl_app bypasses row-level security (it is a superuser or has BYPASSRLS)'
            USING ERRCODE = 'OC001',
                  HINT = 'a superuser must run `ALTER ROLE orgctl_app NOSUPERUSER NOBYPASSRLS`, then run `orgctl init` again';
    END IF;
    IF NOT pg_catalog.has_schema_privilege('orgctl_app', 'public', 'USAGE') THEN
        GRANT USAGE ON SCHEMA public TO orgctl_app;
    END IF;
END $$;

-- Grants: the tables, never their ownership (the org tables get theirs with
-- their policy, below). The audit log is append-only for orgctl; users are
-- never deleted.
GRANT SELECT ON orgctl_schema TO orgctl_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON orgs TO orgctl_app;
GRANT SELECT, INSERT, UPDATE ON users TO orgctl_app;
GRANT SELECT, INSERT ON audit TO orgctl_app;
-- `org create` reserves the new org's id (`nextval`) so that it can set
-- `app.org_id` before inserting the org.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO orgctl_app;

-- Every table with an `org_id` column but the audit log (below): rows of
-- the org in `app.org_id` only, for reading and for writing, and the grants
-- to orgctl_app. The list comes from the catalog, so a table added by a
-- later migration is covered without being named here.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables tb USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'org_id'
          AND tb.table_type = 'BASE TABLE' AND c.table_name <> 'audit'
        ORDER BY 1
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.%I TO orgctl_app', t);
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS orgctl_org ON public.%I', t);
        EXECUTE format(
            'CREATE POLICY orgctl_org ON public.%I '
            'USING (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::bigint) '
            'WITH CHECK (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::bigint)', t);
    END LOOP;
END $$;

-- The org itself: its own row only. `org create` reserves an id with
-- nextval(pg_get_serial_sequence('orgs', 'id')), sets it, then inserts.
ALTER TABLE orgs ENABLE ROW LEVEL SECURITY;
ALTER TABLE orgs FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS orgctl_org ON orgs;
CREATE POLICY orgctl_org ON orgs
    USING (id = NULLIF(current_setting('app.org_id', true), '')::bigint)
    WITH CHECK (id = NULLIF(current_setting('app.org_id', true), '')::bigint);

-- The audit log: an org's entries are read with that org set; an entry is
-- written for the org that is set, or for no org (`user add`).
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS orgctl_org_read ON audit;
CREATE POLICY orgctl_org_read ON audit FOR SELECT
    USING (org_id = NULLIF(current_setting('app.org_id', true), '')::bigint);
DROP POLICY IF EXISTS orgctl_org_write ON audit;
CREATE POLICY orgctl_org_write ON audit FOR INSERT
    WITH CHECK (org_id IS NULL OR org_id = NULLIF(current_setting('app.org_id', true), '')::bigint);

-- Users are not org data, but the directory is not for browsing either:
-- with an org set, its members can be read (and renamed); anyone may be
-- registered; one user is found by email through orgctl_user_by_email.
-- (An INSERT ... RETURNING of a user outside the org is refused by the read
-- policy: look the new user up by email instead.)
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS orgctl_org_members ON users;
CREATE POLICY orgctl_org_members ON users FOR SELECT
    USING (EXISTS (SELECT 1 FROM public.members m WHERE m.user_id = users.id
                   AND m.org_id = NULLIF(current_setting('app.org_id', true), '')::bigint));
DROP POLICY IF EXISTS orgctl_org_rename ON users;
CREATE POLICY orgctl_org_rename ON users FOR UPDATE
    USING (EXISTS (SELECT 1 FROM public.members m WHERE m.user_id = users.id
                   AND m.org_id = NULLIF(current_setting('app.org_id', true), '')::bigint));
DROP POLICY IF EXISTS orgctl_register ON users;
CREATE POLICY orgctl_register ON users FOR INSERT WITH CHECK (true);

-- search_path is pinned to the system catalog (then pg_temp, last, so no
-- temporary object can stand in for a catalog one) and every table is
-- named with its schema: nothing a caller creates or sets can change what
-- these functions read.

-- The user with this email (emails are stored as orgctl normalised them).
CREATE OR REPLACE FUNCTION orgctl_user_by_email(p_email text)
RETURNS TABLE (id bigint, email text, name text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT u.id, u.email, u.name FROM public.users u WHERE u.email = p_email $$;
COMMENT ON FUNCTION orgctl_user_by_email(text) IS
    'orgctl: one user by email, before any org is known (login, --as, member add, invite accept)';

-- The id of the org with this slug, or NULL; the caller then sets app.org_id.
CREATE OR REPLACE FUNCTION orgctl_org_by_slug(p_slug text)
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT o.id FROM public.orgs o WHERE o.slug = p_slug $$;
COMMENT ON FUNCTION orgctl_org_by_slug(text) IS
    'orgctl: an org id by slug, before its org is set (--org, org create checks the slug is free)';

-- A user's own memberships, by slug (`org list`, `login`).
CREATE OR REPLACE FUNCTION orgctl_memberships(p_user_id bigint)
RETURNS TABLE (org_id bigint, slug text, name text, role text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT o.id, o.slug, o.name, m.role
    FROM public.members m JOIN public.orgs o ON o.id = m.org_id
    WHERE m.user_id = p_user_id
    ORDER BY o.slug
$$;
COMMENT ON FUNCTION orgctl_memberships(bigint) IS
    'orgctl: the orgs a user belongs to and their role in each (org list)';

-- The org and id of the invite with this token hash; the caller then sets
-- app.org_id and reads the invite under the org policy.
CREATE OR REPLACE FUNCTION orgctl_invite_by_token(p_token_hash bytea)
RETURNS TABLE (org_id bigint, invite_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT i.org_id, i.id FROM public.invites i WHERE i.token_hash = p_token_hash $$;
COMMENT ON FUNCTION orgctl_invite_by_token(bytea) IS
    'orgctl: the org and id of an invite by its token hash (invite accept, invite decline)';

-- A user's name, also for a user in no org (whose row no org policy
-- admits): `user edit`, and `apply` renaming its acting user. orgctl asks
-- for it only for the acting user.
CREATE OR REPLACE FUNCTION orgctl_set_user_name(p_id bigint, p_name text)
RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ UPDATE public.users SET name = p_name WHERE id = p_id $$;
COMMENT ON FUNCTION orgctl_set_user_name(bigint, text) IS
    'orgctl: renames a user (user edit, apply), whether or not they belong to an org';

REVOKE ALL ON FUNCTION orgctl_user_by_email(text), orgctl_org_by_slug(text),
    orgctl_memberships(bigint), orgctl_invite_by_token(bytea), orgctl_set_user_name(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orgctl_user_by_email(text), orgctl_org_by_slug(text),
    orgctl_memberships(bigint), orgctl_invite_by_token(bytea), orgctl_set_user_name(bigint, text) TO orgctl_app;

-- The lookup functions run as their owner (the schema owner), which FORCE
-- subjects to the policies above like everyone else: these read-only
-- policies, for that role alone, are what the functions read through.
-- orgctl_app is not that role and is not granted it, so it reaches these
-- rows only through the functions' fixed queries. (Writes by the owner
-- still need `app.org_id`.) The role is the functions' owner, not whoever
-- runs this file, so a later `orgctl init` by a superuser keeps them working.
DO $$
DECLARE
    owner text := (SELECT p.proowner::regrole::text FROM pg_catalog.pg_proc p
                   WHERE p.oid = 'public.orgctl_user_by_email(text)'::regprocedure);
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'orgs', 'members', 'invites'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS orgctl_owner_lookup ON public.%I', t);
        EXECUTE format('CREATE POLICY orgctl_owner_lookup ON public.%I FOR SELECT TO %s USING (true)', t, owner);
    END LOOP;
    DROP POLICY IF EXISTS orgctl_owner_rename ON public.users;
    EXECUTE format('CREATE POLICY orgctl_owner_rename ON public.users FOR UPDATE TO %s USING (true)', owner);
END $$;
