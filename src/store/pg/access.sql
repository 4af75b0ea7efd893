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
-- * Who is acting comes from the login (issue "logins map to users"): the
--   table `logins` (v6.sql) maps `session_user` to an orgctl user, or marks
--   it as impersonating, in which case the user it acts as is the one named
--   by the transaction-local `app.user_id`. orgctl_acting_user() below is
--   that user; NULL for a login that is not linked (which then can do
--   nothing at all). The policies admit an org's rows only to a member of
--   that org, and writes to the admin-managed tables only to its admins.
-- * Four lookups run before the org is known: a user by email, an org by
--   slug, a user's own memberships, an invite by its token hash. Each is a
--   small SECURITY DEFINER function below, owned by the schema owner (the
--   role that ran `orgctl init`), with its search_path pinned, executable
--   by orgctl_app only. They return ids and the few columns the lookup
--   needs; everything else is read with the org set.
-- * The policies for orgctl_app are written `TO orgctl_app`; the schema
--   owner has its own (`orgctl_owner_*`): it reads every row through the
--   lookup functions, and writes an org's rows with that org set (seeding,
--   repairs). It is trusted: it could switch row-level security off anyway.

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
-- never deleted. The audit log is append-only but for `audit prune` (DELETE,
-- admitted by a policy below to the org's admins when it sets a retention).
GRANT SELECT ON orgctl_schema TO orgctl_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON orgs TO orgctl_app;
GRANT SELECT, INSERT, UPDATE ON users TO orgctl_app;
GRANT SELECT, INSERT, DELETE ON audit TO orgctl_app;
-- `org create` reserves the new org's id (`nextval`) so that it can set
-- `app.org_id` before inserting the org.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO orgctl_app;


-- The logins map and the departures note are the owner's (`orgctl db
-- link`, the triggers below): orgctl_app gets no grant on either.
REVOKE ALL ON logins, departures FROM orgctl_app;

-- search_path is pinned to the system catalog (then pg_temp, last, so no
-- temporary object can stand in for a catalog one) and every table and
-- function is named with its schema: nothing a caller creates or sets can
-- change what these functions read. Each is STABLE, and the policies call
-- the ones that depend only on the org as `(SELECT f(...))`, an InitPlan
-- evaluated once per statement, not once per row.

-- Who is acting: the user the login (`session_user`, which neither SET ROLE
-- nor a SECURITY DEFINER function changes) is linked to; for an
-- impersonating login, the existing user whose id is in `app.user_id`
-- (anything else there is no user). NULL for a login that is not linked.
CREATE OR REPLACE FUNCTION orgctl_acting_user()
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN NOT l.impersonate THEN l.user_id
                ELSE (SELECT u.id FROM public.users u
                      WHERE u.id = CASE WHEN current_setting('app.user_id', true) ~ '^[0-9]{1,18}$'
                                        THEN current_setting('app.user_id', true)::bigint END)
           END
    FROM public.logins l WHERE l.role = session_user::text
$$;
COMMENT ON FUNCTION orgctl_acting_user() IS
    'orgctl: the user acting: the one the login is linked to, or for an impersonating login the one in app.user_id';

-- The acting user's email (invites are addressed by email; audit entries name it).
CREATE OR REPLACE FUNCTION orgctl_acting_email()
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT u.email FROM public.users u WHERE u.id = public.orgctl_acting_user() $$;
COMMENT ON FUNCTION orgctl_acting_email() IS 'orgctl: the email of orgctl_acting_user()';

-- Whether the login is linked at all (to a user, or to impersonate).
CREATE OR REPLACE FUNCTION orgctl_is_linked()
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM public.logins l WHERE l.role = session_user::text) $$;
COMMENT ON FUNCTION orgctl_is_linked() IS 'orgctl: whether session_user is linked (db link)';

-- Who this login is, for orgctl to check `--as` against: one row, with the
-- linked user (NULL for an impersonating or unlinked login).
CREATE OR REPLACE FUNCTION orgctl_whoami()
RETURNS TABLE (login text, linked boolean, impersonate boolean, user_id bigint, email text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT session_user::text, l.role IS NOT NULL, coalesce(l.impersonate, false), u.id, u.email
    FROM (SELECT 1) AS one
    LEFT JOIN public.logins l ON l.role = session_user::text
    LEFT JOIN public.users u ON u.id = l.user_id
$$;
COMMENT ON FUNCTION orgctl_whoami() IS
    'orgctl: the login, and the user it is linked to or whether it impersonates (checked against --as)';

CREATE OR REPLACE FUNCTION orgctl_is_member(p_org bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM public.members m
                   WHERE m.org_id = p_org AND m.user_id = public.orgctl_acting_user())
$$;
COMMENT ON FUNCTION orgctl_is_member(bigint) IS 'orgctl: whether the acting user is a member of the org';

CREATE OR REPLACE FUNCTION orgctl_is_admin(p_org bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM public.members m
                   WHERE m.org_id = p_org AND m.user_id = public.orgctl_acting_user() AND m.role = 'admin')
$$;
COMMENT ON FUNCTION orgctl_is_admin(bigint) IS 'orgctl: whether the acting user is an admin of the org';

-- Whether the acting user is an active maintainer of the team (team set-role):
-- maintainers change their team's membership, name and maintainers.
CREATE OR REPLACE FUNCTION orgctl_is_maintainer(p_team bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM public.team_members tm
                   JOIN public.members m ON m.org_id = tm.org_id AND m.user_id = tm.user_id
                   WHERE tm.team_id = p_team AND tm.user_id = public.orgctl_acting_user()
                     AND tm.role = 'maintainer' AND m.state = 'active'
                     AND (tm.expires IS NULL OR tm.expires > extract(epoch FROM now()))
                     AND (m.expires IS NULL OR m.expires > extract(epoch FROM now())))
$$;
COMMENT ON FUNCTION orgctl_is_maintainer(bigint) IS 'orgctl: whether the acting user maintains the team';

-- `org create`: an org id nobody has claimed: one the sequence has handed
-- out (`nextval`: so nobody takes ids ahead of it), with no member and no
-- audit entry (every org that ever existed has one: `org.create`). Only an
-- org being created in the caller's own transaction is so; ids of deleted
-- orgs, whose audit entries remain, never are.
CREATE OR REPLACE FUNCTION orgctl_org_unclaimed(p_org bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p_org IS NOT NULL
       AND p_org <= coalesce(pg_sequence_last_value(pg_get_serial_sequence('public.orgs', 'id')::regclass), 0)
       AND NOT EXISTS (SELECT 1 FROM public.members m WHERE m.org_id = p_org)
       AND NOT EXISTS (SELECT 1 FROM public.audit a WHERE a.org_id = p_org)
$$;
COMMENT ON FUNCTION orgctl_org_unclaimed(bigint) IS
    'orgctl: an org id with no member and no audit entry yet (org create: the creator becomes its first admin)';

-- `invite accept` and `invite decline`: whether the acting user was ever
-- invited to the org (any state: a declined invite is still shown).
CREATE OR REPLACE FUNCTION orgctl_is_invited(p_org bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM public.invites i
                   WHERE i.org_id = p_org AND i.email = public.orgctl_acting_email())
$$;
COMMENT ON FUNCTION orgctl_is_invited(bigint) IS 'orgctl: whether the acting user has an invite to the org';

-- `invite accept`: a pending, unexpired invite to the org, addressed to the
-- acting user's email, with this role.
CREATE OR REPLACE FUNCTION orgctl_invited_as(p_org bigint, p_role text)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM public.invites i
                   WHERE i.org_id = p_org AND i.email = public.orgctl_acting_email()
                     AND i.state = 'pending' AND i.role = p_role
                     AND i.expires_at > extract(epoch FROM statement_timestamp()))
$$;
COMMENT ON FUNCTION orgctl_invited_as(bigint, text) IS
    'orgctl: whether the acting user holds a pending, unexpired invite to the org with this role';

-- `invite accept`: the teams of the acting user's pending, unexpired invites to the org.
CREATE OR REPLACE FUNCTION orgctl_invited_teams(p_org bigint)
RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(it.team_id), '{}')
    FROM public.invites i JOIN public.invite_teams it ON it.invite_id = i.id
    WHERE i.org_id = p_org AND i.email = public.orgctl_acting_email()
      AND i.state = 'pending' AND i.expires_at > extract(epoch FROM statement_timestamp())
$$;
COMMENT ON FUNCTION orgctl_invited_teams(bigint) IS
    'orgctl: the teams named by the acting user''s pending invites to the org';

-- What an invited user may see of the org before joining (their invites,
-- those invites' teams and inviters), as arrays of ids.
CREATE OR REPLACE FUNCTION orgctl_my_invites(p_org bigint)
RETURNS TABLE (invite_ids bigint[], team_ids bigint[], inviter_ids bigint[])
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT i.id), '{}'),
           coalesce(array_agg(DISTINCT it.team_id) FILTER (WHERE it.team_id IS NOT NULL), '{}'),
           coalesce(array_agg(DISTINCT i.invited_by) FILTER (WHERE i.invited_by IS NOT NULL), '{}')
    FROM public.invites i LEFT JOIN public.invite_teams it ON it.invite_id = i.id
    WHERE i.org_id = p_org AND i.email = public.orgctl_acting_email()
$$;
COMMENT ON FUNCTION orgctl_my_invites(bigint) IS
    'orgctl: the acting user''s invites to the org, their teams and inviters (what an invitee may read)';

-- `org leave`: whether the acting user left the org in this very transaction.
CREATE OR REPLACE FUNCTION orgctl_departed(p_org bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM public.departures d
                   WHERE d.xact = pg_current_xact_id_if_assigned()::text::bigint
                     AND d.org_id = p_org AND d.user_id = public.orgctl_acting_user())
$$;
COMMENT ON FUNCTION orgctl_departed(bigint) IS
    'orgctl: whether the acting user left the org in this transaction (org leave records its audit entry after)';

-- The departure note: when a login's own user's membership is deleted (by
-- themselves, or in a cascade), note it for this transaction; clear notes
-- of transactions that have ended.
CREATE OR REPLACE FUNCTION orgctl_note_departure()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    x bigint := pg_current_xact_id()::text::bigint;
BEGIN
    IF OLD.user_id = public.orgctl_acting_user() THEN
        DELETE FROM public.departures WHERE xact <> x;
        INSERT INTO public.departures (xact, org_id, user_id) VALUES (x, OLD.org_id, OLD.user_id)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION orgctl_note_departure() IS
    'orgctl: trigger on members: notes that the acting user left an org in this transaction';
DROP TRIGGER IF EXISTS orgctl_note_departure ON members;
CREATE TRIGGER orgctl_note_departure AFTER DELETE ON members
    FOR EACH ROW EXECUTE FUNCTION orgctl_note_departure();

-- An invited user who is not an admin may answer their invite, and nothing
-- more: a policy sees the new row but not the old one, so this trigger
-- refuses any change but `state`, from pending to accepted or declined
-- (otherwise they could raise its role before accepting it).
CREATE OR REPLACE FUNCTION orgctl_guard_invite()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    app boolean := (SELECT pg_has_role(r.oid, 'orgctl_app', 'USAGE') AND NOT (r.rolsuper OR r.rolbypassrls)
                    FROM pg_roles r WHERE r.rolname = session_user);
BEGIN
    IF app AND NOT public.orgctl_is_admin(OLD.org_id)
       AND (to_jsonb(NEW) - 'state' IS DISTINCT FROM to_jsonb(OLD) - 'state'
            OR OLD.state <> 'pending' OR NEW.state NOT IN ('accepted', 'declined')) THEN
        RAISE EXCEPTION 'only an admin of the org may change an invite; its invitee may only accept or decline it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION orgctl_guard_invite() IS
    'orgctl: trigger on invites: a non-admin may only move their own invite from pending to accepted or declined';
DROP TRIGGER IF EXISTS orgctl_guard_invite ON invites;
CREATE TRIGGER orgctl_guard_invite BEFORE UPDATE ON invites
    FOR EACH ROW EXECUTE FUNCTION orgctl_guard_invite();

-- The user with this email (emails are stored as orgctl normalised them),
-- for a linked login.
CREATE OR REPLACE FUNCTION orgctl_user_by_email(p_email text)
RETURNS TABLE (id bigint, email text, name text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT u.id, u.email, u.name FROM public.users u WHERE u.email = p_email AND public.orgctl_is_linked() $$;
COMMENT ON FUNCTION orgctl_user_by_email(text) IS
    'orgctl: one user by email, before any org is known (login, --as, member add, invite accept)';

-- The id of the org with this slug, or NULL; the caller then sets app.org_id.
CREATE OR REPLACE FUNCTION orgctl_org_by_slug(p_slug text)
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT o.id FROM public.orgs o WHERE o.slug = p_slug AND public.orgctl_is_linked() $$;
COMMENT ON FUNCTION orgctl_org_by_slug(text) IS
    'orgctl: an org id by slug, before its org is set (--org, org create checks the slug is free)';

-- A user's memberships, by slug: all of the acting user's own (`org list`,
-- `login`); of another user, only those in orgs the acting user belongs to
-- as well, whose member lists they may read anyway (`user show`: whether
-- two users share an org).
CREATE OR REPLACE FUNCTION orgctl_memberships(p_user_id bigint)
RETURNS TABLE (org_id bigint, slug text, name text, role text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT o.id, o.slug, o.name, m.role
    FROM public.members m JOIN public.orgs o ON o.id = m.org_id
    WHERE m.user_id = p_user_id
      AND (p_user_id = public.orgctl_acting_user()
           OR EXISTS (SELECT 1 FROM public.members mine
                      WHERE mine.org_id = m.org_id AND mine.user_id = public.orgctl_acting_user()))
    ORDER BY o.slug
$$;
COMMENT ON FUNCTION orgctl_memberships(bigint) IS
    'orgctl: the orgs a user belongs to and their role in each: the acting user''s all, another''s those shared';

-- The org, id and email of the invite with this token hash; the caller
-- then sets app.org_id and reads the invite under the org policy (as its
-- invitee). The email lets orgctl tell the holder of someone else's token
-- "this invite is for another email" without reading the invite, which only
-- its invitee and the org's admins may. (Dropped first: its columns grew.)
DROP FUNCTION IF EXISTS orgctl_invite_by_token(bytea);
CREATE FUNCTION orgctl_invite_by_token(p_token_hash bytea)
RETURNS TABLE (org_id bigint, invite_id bigint, email text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT i.org_id, i.id, i.email FROM public.invites i
    WHERE i.token_hash = p_token_hash AND public.orgctl_is_linked()
$$;
COMMENT ON FUNCTION orgctl_invite_by_token(bytea) IS
    'orgctl: the org, id and email of an invite by its token hash (invite accept, invite decline)';

-- A user's name, also for a user in no org (whose row no org policy
-- admits): `user edit`, and `apply` renaming its acting user. The acting
-- user's own name only (orgctl asks for no other); anyone else's is left
-- as it is (0 rows).
CREATE OR REPLACE FUNCTION orgctl_set_user_name(p_id bigint, p_name text)
RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ UPDATE public.users SET name = p_name WHERE id = p_id AND p_id = public.orgctl_acting_user() $$;
COMMENT ON FUNCTION orgctl_set_user_name(bigint, text) IS
    'orgctl: renames the acting user (user edit, apply), whether or not they belong to an org';

-- The audit hash chain: each entry extends the hash of its org's newest
-- entry (`audit::record`). Members write entries but may not read them, so
-- the head is returned by this function, for the org set only. A hash
-- tells nothing about what the entry says.
CREATE OR REPLACE FUNCTION orgctl_audit_head(p_org bigint)
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT a.hash FROM public.audit a
    WHERE a.org_id = p_org AND p_org = NULLIF(current_setting('app.org_id', true), '')::bigint
    ORDER BY a.number DESC LIMIT 1
$$;
COMMENT ON FUNCTION orgctl_audit_head(bigint) IS
    'orgctl: the hash of the newest audit entry of the org set (the link the next entry extends)';

-- Every function here: EXECUTE for orgctl_app only (the triggers' are
-- never called directly; PostgreSQL runs them as their owner).
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'orgctl\_%'
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO orgctl_app', f);
    END LOOP;
END $$;

-- The policies. In them, `org` is the org set in `app.org_id`:
--   NULLIF(current_setting('app.org_id', true), '')::bigint
-- and `member` / `admin` are (SELECT orgctl_is_member(org)) /
-- (SELECT orgctl_is_admin(org)): whether the acting user is a member / an
-- admin of it. Permissive policies (any one admits a row) say who may
-- touch a table at all; restrictive ones (all must hold) bind every row to
-- the org set and the admin-managed tables' writes to admins. Every policy
-- is dropped and made again, so this file can run any number of times.
DO $$
DECLARE
    owner text := (SELECT p.proowner::regrole::text FROM pg_catalog.pg_proc p
                   WHERE p.oid = 'public.orgctl_user_by_email(text)'::regprocedure);
    org constant text := $q$NULLIF(current_setting('app.org_id', true), '')::bigint$q$;
    member text;
    admin text;
    me constant text := '(SELECT public.orgctl_acting_user())';
    -- Written by admins only: members, teams and their members, invites and
    -- their teams, connectors and their grants, integrations, security
    -- settings (and the org row itself, below: billing, edit, delete).
    admin_tables constant text[] := ARRAY['members', 'teams', 'team_members', 'invites', 'invite_teams',
                                          'connectors', 'connector_grants', 'integrations', 'org_security'];
    -- Each of those, the exceptions to "admins only" for one command
    -- (INSERT, UPDATE, DELETE): the rows a non-admin may write.
    ins text;
    upd text;
    del text;
    t text;
    p text;
BEGIN
    member := format('(SELECT public.orgctl_is_member(%s))', org);
    admin := format('(SELECT public.orgctl_is_admin(%s))', org);

    -- Policies made by earlier versions of this file.
    FOR t, p IN VALUES ('users', 'orgctl_org_members'), ('users', 'orgctl_org_rename'),
                       ('audit', 'orgctl_org_read'), ('audit', 'orgctl_org_write')
    LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', p, t);
    END LOOP;

    -- Every table with an `org_id` column but the audit log and the
    -- departures note: the grants to orgctl_app, row-level security forced,
    -- and rows of the org set only, for a member of it. The list comes from
    -- the catalog, so a table added by a later migration is covered without
    -- being named here (as a member's table: name it above if admins manage it).
    FOR t IN
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables tb USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'org_id'
          AND tb.table_type = 'BASE TABLE' AND c.table_name NOT IN ('audit', 'departures')
        ORDER BY 1
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.%I TO orgctl_app', t);
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS orgctl_org ON public.%I', t);
        EXECUTE format('CREATE POLICY orgctl_org ON public.%I AS RESTRICTIVE TO orgctl_app '
                       'USING (org_id = %s) WITH CHECK (org_id = %s)', t, org, org);
        EXECUTE format('DROP POLICY IF EXISTS orgctl_member ON public.%I', t);
        EXECUTE format('CREATE POLICY orgctl_member ON public.%I TO orgctl_app USING (%s) WITH CHECK (%s)',
                       t, member, member);
        EXECUTE format('DROP POLICY IF EXISTS orgctl_owner_org ON public.%I', t);
        EXECUTE format('CREATE POLICY orgctl_owner_org ON public.%I TO %s '
                       'USING (org_id = %s) WITH CHECK (org_id = %s)', t, owner, org, org);
        FOREACH p IN ARRAY ARRAY['orgctl_invitee', 'orgctl_invitee_answer', 'orgctl_founder', 'orgctl_tied',
                                 'orgctl_admin_insert', 'orgctl_admin_update', 'orgctl_admin_delete'] LOOP
            EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', p, t);
        END LOOP;
    END LOOP;

    -- Admins only, but for these exceptions:
    -- * members: the creator of an org nobody has claimed yet adds
    --   themselves as its first admin (org create); an invited user adds
    --   themselves with the role of their pending invite (invite accept);
    --   a member deletes their own membership (org leave; the database
    --   cascades it into their team memberships and grants).
    -- * team_members: an invited user joins the teams of their pending
    --   invite (invite accept); anyone leaves a team; a team's maintainers
    --   add, remove and name its members (teams: rename and describe it).
    -- * invites: an invited user moves their own pending invite to accepted
    --   or declined (and the trigger above lets them change nothing else).
    FOREACH t IN ARRAY admin_tables LOOP
        ins := admin;
        upd := admin;
        del := admin;
        IF t = 'members' THEN
            ins := format('%s OR (user_id = %s AND NOT %s)', admin, me, member);
            del := format('%s OR user_id = %s', admin, me);
        ELSIF t = 'team_members' THEN
            ins := format('%s OR (user_id = %s AND team_id = ANY ((SELECT public.orgctl_invited_teams(%s))::bigint[])) '
                          'OR public.orgctl_is_maintainer(team_id)', admin, me, org);
            upd := format('%s OR public.orgctl_is_maintainer(team_id)', admin);
            del := format('%s OR user_id = %s OR public.orgctl_is_maintainer(team_id)', admin, me);
        ELSIF t = 'teams' THEN
            upd := format('%s OR public.orgctl_is_maintainer(id)', admin);
        ELSIF t = 'invites' THEN
            upd := format('%s OR (email = (SELECT public.orgctl_acting_email()) AND state = ''pending'')', admin);
        END IF;
        EXECUTE format('CREATE POLICY orgctl_admin_insert ON public.%I AS RESTRICTIVE FOR INSERT TO orgctl_app '
                       'WITH CHECK (%s)', t, ins);
        IF t = 'invites' THEN
            EXECUTE format('CREATE POLICY orgctl_admin_update ON public.%I AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                           'USING (%s) WITH CHECK (%s OR (email = (SELECT public.orgctl_acting_email()) '
                           'AND state IN (''accepted'', ''declined'')))', t, upd, admin);
        ELSE
            EXECUTE format('CREATE POLICY orgctl_admin_update ON public.%I AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                           'USING (%s) WITH CHECK (%s)', t, upd, upd);
        END IF;
        EXECUTE format('CREATE POLICY orgctl_admin_delete ON public.%I AS RESTRICTIVE FOR DELETE TO orgctl_app '
                       'USING (%s)', t, del);
    END LOOP;

    -- Who else may touch an org's rows, beyond its members (permissive):
    -- org create: the first admin of an org nobody has claimed.
    EXECUTE format('CREATE POLICY orgctl_founder ON public.members FOR INSERT TO orgctl_app '
                   'WITH CHECK (user_id = %s AND role = ''admin'' AND (SELECT public.orgctl_org_unclaimed(%s)))',
                   me, org);
    -- invite accept: an invited user joins, with their invite's role and teams.
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.members FOR INSERT TO orgctl_app '
                   'WITH CHECK (user_id = %s AND public.orgctl_invited_as(org_id, role))', me);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.team_members FOR INSERT TO orgctl_app '
                   'WITH CHECK (user_id = %s AND team_id = ANY ((SELECT public.orgctl_invited_teams(%s))::bigint[]))', me, org);
    -- invite accept / decline: an invited user reads their invites, those
    -- invites' teams, and the org's security settings (allowed domains),
    -- and answers a pending invite.
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.invites FOR SELECT TO orgctl_app '
                   'USING (email = (SELECT public.orgctl_acting_email()))');
    EXECUTE format('CREATE POLICY orgctl_invitee_answer ON public.invites FOR UPDATE TO orgctl_app '
                   'USING (email = (SELECT public.orgctl_acting_email()) AND state = ''pending'') '
                   'WITH CHECK (email = (SELECT public.orgctl_acting_email()) AND state IN (''accepted'', ''declined''))');
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.invite_teams FOR SELECT TO orgctl_app '
                   'USING (invite_id = ANY ((SELECT invite_ids FROM public.orgctl_my_invites(%s))::bigint[]))', org);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.teams FOR SELECT TO orgctl_app '
                   'USING (id = ANY ((SELECT team_ids FROM public.orgctl_my_invites(%s))::bigint[]))', org);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.org_security FOR SELECT TO orgctl_app '
                   'USING ((SELECT public.orgctl_is_invited(%s)))', org);
    -- The audit number of an entry written by an invited user (invite
    -- decline) or by a member who has just left (org leave).
    EXECUTE format('CREATE POLICY orgctl_tied ON public.org_counters TO orgctl_app '
                   'USING (kind = ''audit'' AND ((SELECT public.orgctl_is_invited(%s)) OR (SELECT public.orgctl_departed(%s)))) '
                   'WITH CHECK (kind = ''audit'' AND ((SELECT public.orgctl_is_invited(%s)) OR (SELECT public.orgctl_departed(%s))))',
                   org, org, org, org);

    -- The org itself: its own row only (restrictive), for its members;
    -- admins change (org edit, billing set) and delete it. `org create`
    -- reserves an id with nextval(pg_get_serial_sequence('orgs', 'id')),
    -- sets it, inserts the org, then its creator as first admin: any linked
    -- user may insert an org nobody has claimed, and read it back before
    -- joining. An invited user reads the org they are invited to.
    ALTER TABLE public.orgs ENABLE ROW LEVEL SECURITY;
    ALTER TABLE public.orgs FORCE ROW LEVEL SECURITY;
    FOREACH p IN ARRAY ARRAY['orgctl_org', 'orgctl_member', 'orgctl_owner_org', 'orgctl_founder', 'orgctl_invitee',
                             'orgctl_admin_insert', 'orgctl_admin_update', 'orgctl_admin_delete'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.orgs', p);
    END LOOP;
    EXECUTE format('CREATE POLICY orgctl_org ON public.orgs AS RESTRICTIVE TO orgctl_app '
                   'USING (id = %s) WITH CHECK (id = %s)', org, org);
    EXECUTE format('CREATE POLICY orgctl_member ON public.orgs TO orgctl_app USING (%s) WITH CHECK (%s)',
                   member, member);
    EXECUTE format('CREATE POLICY orgctl_owner_org ON public.orgs TO %s USING (id = %s) WITH CHECK (id = %s)',
                   owner, org, org);
    EXECUTE format('CREATE POLICY orgctl_founder ON public.orgs TO orgctl_app '
                   'USING (%s IS NOT NULL AND (SELECT public.orgctl_org_unclaimed(%s))) '
                   'WITH CHECK (%s IS NOT NULL AND (SELECT public.orgctl_org_unclaimed(%s)))', me, org, me, org);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.orgs FOR SELECT TO orgctl_app '
                   'USING ((SELECT public.orgctl_is_invited(%s)))', org);
    EXECUTE format('CREATE POLICY orgctl_admin_update ON public.orgs AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                   'USING (%s) WITH CHECK (%s)', admin, admin);
    EXECUTE format('CREATE POLICY orgctl_admin_delete ON public.orgs AS RESTRICTIVE FOR DELETE TO orgctl_app '
                   'USING (%s)', admin);

    -- The audit log: an org's entries are read by its admins (audit list),
    -- with that org set. An entry is written for the org set (by one of its
    -- members, an invited user answering, or a member who has just left,
    -- in the name of the acting user) or for no org (user add, user edit),
    -- by a linked login; an admin's write also records, as `orgctl`, what
    -- ended in the org on its own (lifecycle expiry).
    -- Its `login` is always the login writing it. No UPDATE is granted;
    -- DELETE only through the prune policy.
    ALTER TABLE public.audit ENABLE ROW LEVEL SECURITY;
    ALTER TABLE public.audit FORCE ROW LEVEL SECURITY;
    FOREACH p IN ARRAY ARRAY['orgctl_read', 'orgctl_write', 'orgctl_login', 'orgctl_owner_org', 'orgctl_prune'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.audit', p);
    END LOOP;
    EXECUTE format('CREATE POLICY orgctl_read ON public.audit FOR SELECT TO orgctl_app '
                   'USING (org_id = %s AND %s)', org, admin);
    EXECUTE format('CREATE POLICY orgctl_write ON public.audit FOR INSERT TO orgctl_app '
                   'WITH CHECK ((SELECT public.orgctl_is_linked()) AND (org_id IS NULL OR (org_id = %s AND actor = (SELECT public.orgctl_acting_email()) '
                   'AND (%s OR (SELECT public.orgctl_is_invited(%s)) OR (SELECT public.orgctl_departed(%s)))) '
                   'OR (org_id = %s AND actor = ''orgctl'' AND %s)))',
                   org, member, org, org, org, admin);
    -- `audit prune`: the org's admins, once the org sets a retention.
    EXECUTE format('CREATE POLICY orgctl_prune ON public.audit FOR DELETE TO orgctl_app '
                   'USING (org_id = %s AND %s AND EXISTS (SELECT 1 FROM public.org_security s '
                   'WHERE s.org_id = audit.org_id AND s.audit_retention > 0))', org, admin);
    EXECUTE 'CREATE POLICY orgctl_login ON public.audit AS RESTRICTIVE FOR INSERT TO orgctl_app '
            'WITH CHECK (login = session_user)';
    EXECUTE format('CREATE POLICY orgctl_owner_org ON public.audit TO %s '
                   'USING (org_id = %s) WITH CHECK (org_id IS NULL OR org_id = %s)', owner, org, org);

    -- Users are not org data, and the directory is not for browsing: the
    -- acting user reads and renames their own row; a member reads the
    -- other members of the org set; an invited user, who invited them.
    -- A linked login may register a user (user add); one user is found by
    -- email through orgctl_user_by_email.
    ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
    ALTER TABLE public.users FORCE ROW LEVEL SECURITY;
    FOREACH p IN ARRAY ARRAY['orgctl_self', 'orgctl_member', 'orgctl_invitee', 'orgctl_register',
                             'orgctl_rename', 'orgctl_owner_register'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.users', p);
    END LOOP;
    EXECUTE format('CREATE POLICY orgctl_self ON public.users FOR SELECT TO orgctl_app USING (id = %s)', me);
    EXECUTE format('CREATE POLICY orgctl_member ON public.users FOR SELECT TO orgctl_app '
                   'USING (%s AND EXISTS (SELECT 1 FROM public.members m WHERE m.user_id = users.id AND m.org_id = %s))',
                   member, org);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.users FOR SELECT TO orgctl_app '
                   'USING (id = ANY ((SELECT inviter_ids FROM public.orgctl_my_invites(%s))::bigint[]))', org);
    EXECUTE format('CREATE POLICY orgctl_rename ON public.users FOR UPDATE TO orgctl_app '
                   'USING (id = %s) WITH CHECK (id = %s)', me, me);
    EXECUTE 'CREATE POLICY orgctl_register ON public.users FOR INSERT TO orgctl_app '
            'WITH CHECK ((SELECT public.orgctl_is_linked()))';
    EXECUTE format('CREATE POLICY orgctl_owner_register ON public.users FOR INSERT TO %s WITH CHECK (true)', owner);

    -- The logins map and the departures note: the owner's alone.
    FOREACH t IN ARRAY ARRAY['logins', 'departures'] LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS orgctl_owner ON public.%I', t);
        EXECUTE format('CREATE POLICY orgctl_owner ON public.%I TO %s USING (true) WITH CHECK (true)', t, owner);
    END LOOP;

    -- The lookup functions run as their owner (the schema owner), which
    -- FORCE subjects to the policies like everyone else: these read-only
    -- policies, for that role alone, are what the functions read through.
    -- orgctl_app is not that role and is not granted it, so it reaches these
    -- rows only through the functions' fixed queries. The role is the
    -- functions' owner, not whoever runs this file, so a later `orgctl init`
    -- by a superuser keeps them working.
    FOREACH t IN ARRAY ARRAY['users', 'orgs', 'members', 'invites', 'invite_teams', 'audit'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS orgctl_owner_lookup ON public.%I', t);
        EXECUTE format('CREATE POLICY orgctl_owner_lookup ON public.%I FOR SELECT TO %s USING (true)', t, owner);
    END LOOP;
    DROP POLICY IF EXISTS orgctl_owner_rename ON public.users;
    EXECUTE format('CREATE POLICY orgctl_owner_rename ON public.users FOR UPDATE TO %s USING (true)', owner);
END $$;
