-- Roles, grants, row-level security and the lookup functions of the
-- PostgreSQL store. Not a migration: `orgctl init` applies this file after
-- every migration run, in the same transaction, so a table that a migration
-- creates or rebuilds gets its policies and grants back. Every statement is
-- idempotent.
--
-- The model (docs/team-server.md; what it enforces, docs/trust.md):
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
    -- Neither everyone (PUBLIC) nor orgctl_app may create anything in the
    -- schema where orgctl's tables and functions live: a login's function
    -- there, of a name orgctl calls with other argument types, would run
    -- in every other login's commands. (A grant to one login by name is
    -- the server administrator's, which this does not look for.) PostgreSQL 15 grants no one CREATE on
    -- `public`, but a database made by an older server (or by hand) may.
    -- Revoked here when this role may (it owns the schema, or is a
    -- superuser); refused otherwise.
    IF pg_catalog.has_schema_privilege('orgctl_app', 'public', 'CREATE') THEN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        REVOKE CREATE ON SCHEMA public FROM orgctl_app;
        IF pg_catalog.has_schema_privilege('orgctl_app', 'public', 'CREATE') THEN
            RAISE EXCEPTION 'the logins of orgctl_app may create objects in the schema public'
                USING ERRCODE = 'OC001',
                      HINT = 'the owner of the schema public or a superuser must run `REVOKE CREATE ON SCHEMA public FROM PUBLIC` (and from any role orgctl_app belongs to), then run `orgctl init` again';
        END IF;
    END IF;
END $$;

-- Grants: the tables, never their ownership (the org tables get theirs with
-- their policy, below), and never a column the database keeps itself:
-- * no `id` anywhere (INSERT or UPDATE): ids come from the identities only,
--   and without the column privilege even OVERRIDING SYSTEM VALUE is refused;
-- * orgs are created by orgctl_create_org only; users are never deleted and
--   their email never changes (only `name` may be updated);
-- * the audit log and the per-org counters are read-only: entries are
--   written by the database (orgctl_audit, and the change triggers below),
--   the counters moved by orgctl_next_number / orgctl_store_counter;
-- * no sequence: nobody reserves or burns ids;
-- * no secret (SPEC §8): an org's billing (plan, billing email), a
--   connector's URL and an integration's URL are not granted for SELECT;
--   admins read them through orgctl_org_billing, orgctl_connector_url and
--   orgctl_integration_url, members a connector's URL masked by orgctl
--   (`url_masked`). (UPDATE ... WHERE id = ... needs SELECT only on `id`.)
GRANT SELECT ON orgctl_schema TO orgctl_app;
REVOKE ALL ON orgs, users, audit FROM orgctl_app;
GRANT SELECT (id, slug, name, created_at), DELETE ON orgs TO orgctl_app;
GRANT UPDATE (name, plan, billing_email) ON orgs TO orgctl_app;
GRANT SELECT ON users TO orgctl_app;
GRANT INSERT (email, name, created_at, managed_by) ON users TO orgctl_app;
GRANT UPDATE (name) ON users TO orgctl_app;
GRANT SELECT ON audit TO orgctl_app;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM orgctl_app;


-- The logins map and the departures note are the owner's (`orgctl db
-- link`, the triggers below): orgctl_app gets no grant on either.
REVOKE ALL ON logins, departures FROM orgctl_app;

-- search_path is pinned to the system catalog (then pg_temp, last, so no
-- temporary object can stand in for a catalog one) and every table and
-- function is named with its schema: nothing a caller creates or sets can
-- change what these functions read. Each is STABLE, and the policies call
-- the ones that depend only on the org as `(SELECT f(...))`, an InitPlan
-- evaluated once per statement, not once per row.
-- Every function here is PL/pgSQL, which keeps each query's plan for the
-- session (and a pooled server process keeps them from one command to the
-- next: docs/team-server.md's reset leaves plans alone): a SQL function
-- that is not inlined (SECURITY DEFINER and SET keep these from it) is
-- parsed and planned again by every statement that calls it, 0.4 ms per
-- INSERT of `apply` for orgctl_is_member alone, and 50-60 us a command for
-- each lookup that runs before the org is known. The predicates every
-- policy asks (who is acting, their email, their role in the org, their
-- teams, their invites) read the acting user (or email) into a variable
-- first, so that the plan looks their rows up by key (org, user), and
-- plan with `enable_seqscan` off, so that it does whatever the tables'
-- statistics: the planner reads a table of a few hundred rows whole, a
-- cost each of a command's many calls paid (tests/pg_plans.rs). Those that
-- return rows do so with RETURN QUERY under `#variable_conflict
-- use_column`, so that a column never reads as an output parameter of
-- the same name.

-- Who is acting: the user the login (`session_user`, which neither SET ROLE
-- nor a SECURITY DEFINER function changes) is linked to; for an
-- impersonating login, the existing user whose id is in `app.user_id`
-- (anything else there is no user). NULL for a login that is not linked.
-- Every policy asks it, many times a command: it is one query, whose two
-- lookups are by key whatever the tables' statistics (enable_seqscan off:
-- a users table of a few hundred rows is otherwise read whole, each call),
-- and the setting is read and checked once, before it (inside the query,
-- its pattern test was a filter run on every row read: 0.25 ms a call at
-- 225 users).
CREATE OR REPLACE FUNCTION orgctl_acting_user()
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
    wanted constant text := current_setting('app.user_id', true);
    named constant bigint := CASE WHEN wanted ~ '^[0-9]{1,18}$' THEN wanted::bigint END;
BEGIN
    RETURN (SELECT CASE WHEN NOT l.impersonate THEN l.user_id
                        ELSE (SELECT u.id FROM public.users u WHERE u.id = named) END
            FROM public.logins l WHERE l.role = session_user::text);
END
$$;
COMMENT ON FUNCTION orgctl_acting_user() IS
    'orgctl: the user acting: the one the login is linked to, or for an impersonating login the one in app.user_id';

-- The acting user's email (invites are addressed by email; audit entries name it).
CREATE OR REPLACE FUNCTION orgctl_acting_email()
RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
    me constant bigint := public.orgctl_acting_user();
BEGIN
    RETURN (SELECT u.email FROM public.users u WHERE u.id = me);
END
$$;
COMMENT ON FUNCTION orgctl_acting_email() IS 'orgctl: the email of orgctl_acting_user()';

-- Whether the login is linked at all (to a user, or to impersonate).
CREATE OR REPLACE FUNCTION orgctl_is_linked()
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ BEGIN RETURN EXISTS (SELECT 1 FROM public.logins l WHERE l.role = session_user::text); END $$;
COMMENT ON FUNCTION orgctl_is_linked() IS 'orgctl: whether session_user is linked (db link)';

-- Who this login is, for orgctl to check `--as` against: one row, with the
-- linked user (NULL for an impersonating or unlinked login).
CREATE OR REPLACE FUNCTION orgctl_whoami()
RETURNS TABLE (login text, linked boolean, impersonate boolean, user_id bigint, email text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        SELECT session_user::text, l.role IS NOT NULL, coalesce(l.impersonate, false), u.id, u.email
        FROM (SELECT 1) AS one
        LEFT JOIN public.logins l ON l.role = session_user::text
        LEFT JOIN public.users u ON u.id = l.user_id;
END
$$;
COMMENT ON FUNCTION orgctl_whoami() IS
    'orgctl: the login, and the user it is linked to or whether it impersonates (checked against --as)';

-- Where a membership stands now (SPEC §1, lifecycle): the role it gives,
-- or NULL when it gives nothing: expired, or suspended (until a time that
-- has not passed). A temporary role that ended falls back. The one
-- predicate of the database's side, as `policy::standing` is orgctl's
-- (and `store::lifecycle` its SQL for the engines' shared queries): every
-- function below that asks whether someone is a member, an admin, a guest
-- or a maintainer asks it. Expiry is decided when access is read.
CREATE OR REPLACE FUNCTION orgctl_internal_role_now(m public.members)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN CASE
        WHEN m.expires IS NOT NULL AND m.expires <= extract(epoch FROM now()) THEN NULL
        WHEN m.state <> 'active' AND (m.suspended_until IS NULL OR m.suspended_until > extract(epoch FROM now()))
            THEN NULL
        WHEN m.role_expires <= extract(epoch FROM now()) AND m.fallback_role IS NOT NULL THEN m.fallback_role
        ELSE m.role
    END;
END
$$;

-- The role the acting user holds now in the org (admin, member or guest),
-- or NULL: not a member, suspended, or expired. The membership is looked
-- up by its key, as orgctl_acting_user's lookups are, whatever the org's size.
CREATE OR REPLACE FUNCTION orgctl_role_in(p_org bigint)
RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
    me constant bigint := public.orgctl_acting_user();
BEGIN
    RETURN (SELECT public.orgctl_internal_role_now(m) FROM public.members m WHERE m.org_id = p_org AND m.user_id = me);
END
$$;
COMMENT ON FUNCTION orgctl_role_in(bigint) IS
    'orgctl: the role the acting user holds now in the org (NULL: none, suspended or expired)';

-- A member: an admin or a member now (guests see only what is shared with them).
CREATE OR REPLACE FUNCTION orgctl_is_member(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ BEGIN RETURN coalesce(public.orgctl_role_in(p_org) IN ('admin', 'member'), false); END $$;
COMMENT ON FUNCTION orgctl_is_member(bigint) IS
    'orgctl: whether the acting user is an admin or a member of the org now (not a guest, not suspended)';

CREATE OR REPLACE FUNCTION orgctl_is_admin(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ BEGIN RETURN coalesce(public.orgctl_role_in(p_org) = 'admin', false); END $$;
COMMENT ON FUNCTION orgctl_is_admin(bigint) IS 'orgctl: whether the acting user is an admin of the org now';

-- A guest of the org now: reads only what is shared with them.
CREATE OR REPLACE FUNCTION orgctl_is_guest(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ BEGIN RETURN coalesce(public.orgctl_role_in(p_org) = 'guest', false); END $$;
COMMENT ON FUNCTION orgctl_is_guest(bigint) IS 'orgctl: whether the acting user is a guest of the org now';

-- The teams the acting user is in now (a live team membership of a
-- membership that stands), for grants through a team.
CREATE OR REPLACE FUNCTION orgctl_my_teams(p_org bigint)
RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
    me constant bigint := public.orgctl_acting_user();
BEGIN
    RETURN (SELECT coalesce(array_agg(tm.team_id), '{}') FROM public.team_members tm
            JOIN public.members m ON m.org_id = tm.org_id AND m.user_id = tm.user_id
            WHERE tm.org_id = p_org AND tm.user_id = me AND m.org_id = p_org AND m.user_id = me
              AND (tm.expires IS NULL OR tm.expires > extract(epoch FROM now()))
              AND public.orgctl_internal_role_now(m) IS NOT NULL);
END
$$;
COMMENT ON FUNCTION orgctl_my_teams(bigint) IS 'orgctl: the teams the acting user is in now';

-- Whether the acting user is an active maintainer of the team (team set-role):
-- maintainers change their team's membership, name and maintainers.
CREATE OR REPLACE FUNCTION orgctl_is_maintainer(p_team bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    me constant bigint := public.orgctl_acting_user();
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.team_members tm
                   WHERE tm.team_id = p_team AND tm.user_id = me
                     AND tm.role = 'maintainer' AND tm.team_id = ANY (public.orgctl_my_teams(tm.org_id)));
END
$$;
COMMENT ON FUNCTION orgctl_is_maintainer(bigint) IS 'orgctl: whether the acting user maintains the team';

-- A grant on a dashboard (any permission, or `edit` only) that holds now
-- for the acting user, directly or through a team.
CREATE OR REPLACE FUNCTION orgctl_holds_dashboard_grant(p_dashboard bigint, p_edit boolean)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    me constant bigint := public.orgctl_acting_user();
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.dashboard_grants g
                   WHERE g.dashboard_id = p_dashboard AND (NOT p_edit OR g.permission = 'edit')
                     AND (g.expires IS NULL OR g.expires > extract(epoch FROM now()))
                     AND (g.user_id = me OR g.team_id = ANY (public.orgctl_my_teams(g.org_id))));
END
$$;
COMMENT ON FUNCTION orgctl_holds_dashboard_grant(bigint, boolean) IS
    'orgctl: whether the acting user holds a live grant (edit: an edit grant) on the dashboard, directly or through a team';

-- Who may view a dashboard (SPEC §2), for a user holding `p_role` in its
-- org now (orgctl_role_in): `org` visibility, admins and members;
-- `restricted`, admins, its owner and grantees; a guest, only what is
-- granted to them (or what they own). Anyone else: nothing, as if it did
-- not exist. Given the row's columns, so that a policy can ask about a row
-- its own statement writes.
CREATE OR REPLACE FUNCTION orgctl_sees_dashboard(p_role text, p_dashboard bigint, p_visibility text, p_owner bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (
        SELECT coalesce(CASE p_role
                            WHEN 'admin' THEN true
                            WHEN 'member' THEN p_visibility = 'org' OR p_owner = public.orgctl_acting_user()
                                               OR public.orgctl_holds_dashboard_grant(p_dashboard, false)
                            WHEN 'guest' THEN p_owner = public.orgctl_acting_user()
                                              OR public.orgctl_holds_dashboard_grant(p_dashboard, false)
                            ELSE false END, false));
END
$$;
COMMENT ON FUNCTION orgctl_sees_dashboard(text, bigint, text, bigint) IS
    'orgctl: whether a user of that role (the acting one) may view the dashboard with these columns';

CREATE OR REPLACE FUNCTION orgctl_can_view_dashboard(p_dashboard bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (
        SELECT coalesce((SELECT public.orgctl_sees_dashboard(public.orgctl_role_in(d.org_id), d.id, d.visibility, d.owner_id)
                         FROM public.dashboards d WHERE d.id = p_dashboard), false));
END
$$;
COMMENT ON FUNCTION orgctl_can_view_dashboard(bigint) IS 'orgctl: whether the acting user may view the dashboard';

-- Who may use (query) a connector (SPEC §2): admins; with the org's
-- `connector-access` open, members; otherwise (and always for guests)
-- those granted its use, directly or through a team, by a live grant.
CREATE OR REPLACE FUNCTION orgctl_can_use_connector(p_connector bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (
        SELECT coalesce((SELECT CASE public.orgctl_role_in(k.org_id)
                                    WHEN 'admin' THEN true
                                    WHEN 'member' THEN coalesce((SELECT s.connector_access FROM public.org_security s
                                                                 WHERE s.org_id = k.org_id), 'open') = 'open'
                                                       OR granted.any
                                    WHEN 'guest' THEN granted.any
                                    ELSE false END
                         FROM public.connectors k,
                              LATERAL (SELECT EXISTS (SELECT 1 FROM public.connector_grants g
                                                      WHERE g.connector_id = k.id
                                                        AND (g.expires IS NULL OR g.expires > extract(epoch FROM now()))
                                                        AND (g.user_id = public.orgctl_acting_user()
                                                             OR g.team_id = ANY (public.orgctl_my_teams(k.org_id))))
                                       AS any) granted
                         WHERE k.id = p_connector), false));
END
$$;
COMMENT ON FUNCTION orgctl_can_use_connector(bigint) IS 'orgctl: whether the acting user may use the connector';

-- `audit prune` (admins of an org that sets a retention): removes the org's
-- entries up to number p_last that are older than the retention, and only
-- those; no login deletes audit entries otherwise. The prune's own entry
-- (written next, through orgctl_audit) carries the hash the rest resumes from.
CREATE OR REPLACE FUNCTION orgctl_audit_prune(p_org bigint, p_last bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    days bigint;
    gone bigint;
BEGIN
    IF p_org IS DISTINCT FROM NULLIF(current_setting('app.org_id', true), '')::bigint
       OR NOT public.orgctl_is_admin(p_org) THEN
        RAISE EXCEPTION 'only an admin of the org may prune its audit log' USING ERRCODE = '42501';
    END IF;
    SELECT s.audit_retention INTO days FROM public.org_security s WHERE s.org_id = p_org;
    IF coalesce(days, 0) <= 0 THEN
        RETURN 0;
    END IF;
    -- The numbers never go back (the counter keeps the last one), and the
    -- org's newest entry always stays: the next entry's hash extends it, so
    -- the chain stays anchored in the table itself.
    INSERT INTO public.org_counters (org_id, kind, last)
    SELECT p_org, 'audit', max(a.number) FROM public.audit a WHERE a.org_id = p_org HAVING max(a.number) IS NOT NULL
    ON CONFLICT (org_id, kind) DO UPDATE SET last = greatest(org_counters.last, excluded.last);
    DELETE FROM public.audit a
    WHERE a.org_id = p_org AND a.number <= p_last AND a.at < extract(epoch FROM now()) - days * 86400
      AND a.number < (SELECT max(b.number) FROM public.audit b WHERE b.org_id = p_org);
    GET DIAGNOSTICS gone = ROW_COUNT;
    RETURN gone;
END
$$;
COMMENT ON FUNCTION orgctl_audit_prune(bigint, bigint) IS
    'orgctl: removes the org''s audit entries older than its retention (audit prune, admins)';

-- `invite accept` and `invite decline`: whether the acting user was ever
-- invited to the org (any state: a declined invite is still shown).
CREATE OR REPLACE FUNCTION orgctl_is_invited(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
    mine constant text := public.orgctl_acting_email();
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.invites i WHERE i.org_id = p_org AND i.email = mine);
END
$$;
COMMENT ON FUNCTION orgctl_is_invited(bigint) IS 'orgctl: whether the acting user has an invite to the org';

-- What an invited user may see of the org before joining (their invites,
-- those invites' teams and inviters), as arrays of ids.
CREATE OR REPLACE FUNCTION orgctl_my_invites(p_org bigint)
RETURNS TABLE (invite_ids bigint[], team_ids bigint[], inviter_ids bigint[])
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_column
DECLARE
    mine constant text := public.orgctl_acting_email();
BEGIN
    RETURN QUERY
        SELECT coalesce(array_agg(DISTINCT i.id), '{}'),
               coalesce(array_agg(DISTINCT it.team_id) FILTER (WHERE it.team_id IS NOT NULL), '{}'),
               coalesce(array_agg(DISTINCT i.invited_by) FILTER (WHERE i.invited_by IS NOT NULL), '{}')
        FROM public.invites i LEFT JOIN public.invite_teams it ON it.invite_id = i.id
        WHERE i.org_id = p_org AND i.email = mine;
END
$$;
COMMENT ON FUNCTION orgctl_my_invites(bigint) IS
    'orgctl: the acting user''s invites to the org, their teams and inviters (what an invitee may read)';

-- `org leave`: whether the acting user left the org in this very transaction.
CREATE OR REPLACE FUNCTION orgctl_departed(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    me constant bigint := public.orgctl_acting_user();
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.departures d
                   WHERE d.xact = pg_current_xact_id_if_assigned()::text::bigint
                     AND d.org_id = p_org AND d.user_id = me);
END
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
-- refuses any change but `state`, from pending to declined (otherwise
-- they could change its role or expiry).
-- It runs as the caller (SECURITY INVOKER), so `current_user` is the login
-- for a statement of its own and the schema owner inside
-- orgctl_accept_invite, which moves the invite to accepted after checking
-- its token.
CREATE OR REPLACE FUNCTION orgctl_guard_invite()
RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    app boolean := (SELECT pg_has_role(r.oid, 'orgctl_app', 'USAGE') AND NOT (r.rolsuper OR r.rolbypassrls)
                    FROM pg_roles r WHERE r.rolname = current_user);
BEGIN
    IF app AND NOT public.orgctl_is_admin(OLD.org_id)
       AND (to_jsonb(NEW) - 'state' IS DISTINCT FROM to_jsonb(OLD) - 'state'
            OR OLD.state <> 'pending' OR NEW.state <> 'declined') THEN
        RAISE EXCEPTION 'only an admin of the org may change an invite; its invitee may only decline it (or accept it with its token)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION orgctl_guard_invite() IS
    'orgctl: trigger on invites: a non-admin may only decline their own pending invite';
DROP TRIGGER IF EXISTS orgctl_guard_invite ON invites;
CREATE TRIGGER orgctl_guard_invite BEFORE UPDATE ON invites
    FOR EACH ROW EXECUTE FUNCTION orgctl_guard_invite();

-- The user with this email (emails are stored as orgctl normalised them),
-- for a linked login.
CREATE OR REPLACE FUNCTION orgctl_user_by_email(p_email text)
RETURNS TABLE (id bigint, email text, name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        SELECT u.id, u.email, u.name FROM public.users u WHERE u.email = p_email AND public.orgctl_is_linked();
END
$$;
COMMENT ON FUNCTION orgctl_user_by_email(text) IS
    'orgctl: one user by email, before any org is known (login, --as, member add, invite accept)';

-- orgctl_user_by_email for many emails at once (an array of them): the
-- users that exist, in one call (`apply`'s `[[users]]`), where a call per
-- email cost 23 us each.
CREATE OR REPLACE FUNCTION orgctl_users_by_email(p_emails text[])
RETURNS TABLE (id bigint, email text, name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        SELECT u.id, u.email, u.name FROM public.users u
        WHERE u.email IN (SELECT e FROM unnest(p_emails) AS e) AND public.orgctl_is_linked();
END
$$;
COMMENT ON FUNCTION orgctl_users_by_email(text[]) IS
    'orgctl: the users of many emails, as orgctl_user_by_email finds one';

-- The id of the org with this slug, or NULL; the caller then sets app.org_id.
CREATE OR REPLACE FUNCTION orgctl_org_by_slug(p_slug text)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (SELECT o.id FROM public.orgs o WHERE o.slug = p_slug AND public.orgctl_is_linked());
END
$$;
COMMENT ON FUNCTION orgctl_org_by_slug(text) IS
    'orgctl: an org id by slug, before its org is set (--org, org create checks the slug is free)';

-- A user's memberships, by slug: all of the acting user's own (`org list`,
-- `login`); of another user, only those in orgs the acting user belongs to
-- as well, whose member lists they may read anyway (`user show`: whether
-- two users share an org).
CREATE OR REPLACE FUNCTION orgctl_memberships(p_user_id bigint)
RETURNS TABLE (org_id bigint, slug text, name text, role text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        SELECT o.id, o.slug, o.name, m.role
        FROM public.members m JOIN public.orgs o ON o.id = m.org_id
        WHERE m.user_id = p_user_id
          AND (p_user_id = public.orgctl_acting_user()
               OR EXISTS (SELECT 1 FROM public.members mine
                          WHERE mine.org_id = m.org_id AND mine.user_id = public.orgctl_acting_user()))
        ORDER BY o.slug;
END
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
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        SELECT i.org_id, i.id, i.email FROM public.invites i
        WHERE i.token_hash = p_token_hash AND public.orgctl_is_linked();
END
$$;
COMMENT ON FUNCTION orgctl_invite_by_token(bytea) IS
    'orgctl: the org, id and email of an invite by its token hash (invite accept, invite decline)';

-- A user's name, also for a user in no org (whose row no org policy
-- admits): `user edit`, and `apply` renaming its acting user. The acting
-- user's own name only (orgctl asks for no other); anyone else's is left
-- as it is (0 rows).
CREATE OR REPLACE FUNCTION orgctl_set_user_name(p_id bigint, p_name text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE public.users SET name = p_name WHERE id = p_id AND p_id = public.orgctl_acting_user();
END
$$;
COMMENT ON FUNCTION orgctl_set_user_name(bigint, text) IS
    'orgctl: renames the acting user (user edit, apply), whether or not they belong to an org';

-- The database holds the line (SPEC §8): what a login may do through raw
-- SQL is what orgctl may do for its user, and nothing goes unrecorded.
--
-- Membership comes from three places only: the transaction that created
-- the org (orgctl_create_org, then orgctl_founding in the policies), an
-- admin of the org (the policies), and the holder of a pending, unexpired
-- invite's token (orgctl_accept_invite). Functions named
-- `orgctl_internal_*` are the database's own (triggers, the audit writer):
-- orgctl_app may not call them.

-- `org create`: inserts the org with an id from its identity, sets it as
-- the transaction's org, and returns it. Only a login acting as a user may.
CREATE OR REPLACE FUNCTION orgctl_create_org(p_slug text, p_name text, p_now bigint)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    new_id bigint;
BEGIN
    IF public.orgctl_acting_user() IS NULL THEN
        RAISE EXCEPTION 'only a login acting as a user may create an org' USING ERRCODE = 'insufficient_privilege';
    END IF;
    new_id := nextval(pg_get_serial_sequence('public.orgs', 'id'));
    PERFORM set_config('app.org_id', new_id::text, true);
    INSERT INTO public.orgs (id, slug, name, created_at) OVERRIDING SYSTEM VALUE
    VALUES (new_id, p_slug, p_name, p_now);
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION orgctl_create_org(text, text, bigint) IS
    'orgctl: org create: inserts the org (its id from the identity) and sets it as app.org_id';

-- Whether the org was created by this very transaction: its row's xmin is
-- this transaction's id. A statement of another transaction, whatever its
-- snapshot, never passes (the race of a member insert running while the
-- org is created is closed); a later update of the org (by its admins)
-- only makes them "founders" of an org they already administer.
CREATE OR REPLACE FUNCTION orgctl_founding(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.orgs o
                   WHERE o.id = p_org AND o.xmin = pg_current_xact_id_if_assigned()::xid);
END
$$;
COMMENT ON FUNCTION orgctl_founding(bigint) IS
    'orgctl: whether this transaction created the org (its creator may add themselves as first admin)';

-- Allowed domains (SPEC §1): a new membership's email must be in the org's
-- `allowed-domains` when it is set, however the membership is written.
-- Once per statement, over the rows it wrote (a row trigger cost 8 us a
-- row, 78 ms of an apply's 10,000 members): a new membership, or one
-- whose role changed.
CREATE OR REPLACE FUNCTION orgctl_internal_check_domain()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    orgs bigint[];
    users bigint[];
    roles text[];
    bad record;
BEGIN
    -- An org that sets neither list holds no one to a domain: when none of
    -- the statement's orgs sets one, there is nothing to read (apply's
    -- 10,000 new members were 20 ms of aggregating and joining for it).
    IF NOT EXISTS (SELECT 1 FROM public.org_security s
                   WHERE s.org_id IN (SELECT n.org_id FROM new_rows n)
                     AND (coalesce(s.allowed_domains, '') <> '' OR coalesce(s.guest_domains, '') <> '')) THEN
        RETURN NULL;
    END IF;
    -- The memberships to check: every new one, or those whose role an
    -- update changed. (Each query names only the transition tables its
    -- event has: PL/pgSQL plans a statement when it first runs it.)
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.org_id), array_agg(n.user_id), array_agg(n.role) INTO orgs, users, roles FROM new_rows n;
    ELSE
        SELECT array_agg(n.org_id), array_agg(n.user_id), array_agg(n.role) INTO orgs, users, roles
        FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM old_rows o
                          WHERE o.org_id = n.org_id AND o.user_id = n.user_id AND o.role IS NOT DISTINCT FROM n.role);
    END IF;
    -- Guests are held to guest-domains; members and admins to
    -- allowed-domains.
    SELECT u.email, n.role INTO bad
    FROM unnest(orgs, users, roles) AS n(org_id, user_id, role)
    JOIN public.org_security s ON s.org_id = n.org_id
    CROSS JOIN LATERAL (SELECT CASE WHEN n.role = 'guest' THEN s.guest_domains ELSE s.allowed_domains END AS list) d
    JOIN public.users u ON u.id = n.user_id
    WHERE coalesce(d.list, '') <> '' AND NOT split_part(u.email, '@', 2) = ANY (string_to_array(d.list, ','))
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% may not join as %: outside the org''s % domains', bad.email, bad.role,
            CASE WHEN bad.role = 'guest' THEN 'guest' ELSE 'allowed' END
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS orgctl_check_domain ON members;
DROP TRIGGER IF EXISTS orgctl_check_domain_update ON members;
CREATE TRIGGER orgctl_check_domain AFTER INSERT ON members REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orgctl_internal_check_domain();
CREATE TRIGGER orgctl_check_domain_update AFTER UPDATE ON members REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orgctl_internal_check_domain();

-- `invite accept`: the holder of a pending, unexpired invite's token, whose
-- email it is addressed to, joins with its role (or keeps the same role
-- they already hold) and its teams; the invite becomes accepted. A revoked,
-- declined, accepted or expired invite, another user's, or a wrong token
-- gives nothing (42501). Returns the org.
CREATE OR REPLACE FUNCTION orgctl_accept_invite(p_token_hash bytea, p_now bigint)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    me bigint := public.orgctl_acting_user();
    inv record;
    held text;
BEGIN
    SELECT i.id, i.org_id, i.email, i.role INTO inv FROM public.invites i
    WHERE i.token_hash = p_token_hash AND i.state = 'pending'
      AND i.expires_at > extract(epoch FROM statement_timestamp());
    IF NOT FOUND OR me IS NULL OR inv.email IS DISTINCT FROM public.orgctl_acting_email() THEN
        RAISE EXCEPTION 'no pending invite with this token is addressed to you' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('app.org_id', inv.org_id::text, true);
    -- The invite first: its row lock orders two acceptances, and a
    -- revocation committed meanwhile leaves nothing to accept.
    UPDATE public.invites SET state = 'accepted' WHERE id = inv.id AND state = 'pending';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the invite is no longer pending' USING ERRCODE = 'serialization_failure';
    END IF;
    SELECT m.role INTO held FROM public.members m WHERE m.org_id = inv.org_id AND m.user_id = me;
    IF held IS NULL THEN
        INSERT INTO public.members (org_id, user_id, role, joined_at) VALUES (inv.org_id, me, inv.role, p_now);
    ELSIF held <> inv.role THEN
        RAISE EXCEPTION 'already a member as %, the invite is for %', held, inv.role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.team_members (team_id, user_id, org_id)
    SELECT it.team_id, me, inv.org_id FROM public.invite_teams it WHERE it.invite_id = inv.id
    ON CONFLICT DO NOTHING;
    RETURN inv.org_id;
END
$$;
COMMENT ON FUNCTION orgctl_accept_invite(bytea, bigint) IS
    'orgctl: invite accept: the token''s holder joins with the invite''s role and teams';

-- The audit log, written by the database. One writer appends every entry:
-- under the org's lock (the one orgctl's writes take), numbered after the
-- org's newest entry (or its counter, if higher), chained to that entry's
-- hash, in the name of the acting user and of `session_user`. It appends
-- a batch: the entries' times, actions, targets and details, as four
-- arrays of one length read side by side, written in their order (`apply`
-- writes an org's entries in one call: the head, the counter and the org's
-- slug are read once, and one statement inserts them all). Returns how
-- many it wrote.
CREATE OR REPLACE FUNCTION orgctl_internal_append_many(p_org bigint, p_actor text, p_source text, p_os_user text,
                                                       p_at bigint[], p_action text[], p_target text[],
                                                       p_details text[])
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    was text := current_setting('app.org_id', true);
    login text := session_user::text;
    last_number bigint;
    prev text;
    slug text;
    n bigint;
    canon text[];
    c text;
    hashes text[] := '{}';
    written bigint;
    -- The canonical JSON's parts that are the same for every entry: the
    -- actor, the login, and the time most of them share (the first's).
    actor_json constant text := coalesce(to_json(p_actor)::text, 'null');
    login_json constant text := coalesce(to_json(login)::text, 'null');
    first_at bigint;
    first_at_text text;
BEGIN
    IF p_at IS NULL OR p_action IS NULL OR p_target IS NULL OR p_details IS NULL
       OR coalesce(array_ndims(p_at), 1) <> 1 OR coalesce(array_ndims(p_action), 1) <> 1
       OR coalesce(array_ndims(p_target), 1) <> 1 OR coalesce(array_ndims(p_details), 1) <> 1
       OR cardinality(p_action) <> cardinality(p_at) OR cardinality(p_target) <> cardinality(p_at)
       OR cardinality(p_details) <> cardinality(p_at) THEN
        RAISE EXCEPTION 'audit entries come as four arrays of one length (times, actions, targets, details)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The entries are read side by side with unnest, numbered as they come
    -- (the arrays arrive in binary: a JSON array of objects took twice as
    -- long to read, 60-70 ms of a 23,000-entry apply).
    IF p_org IS NULL THEN
        INSERT INTO public.audit (at, actor, org_id, org, action, target, details, number, actor_source, os_user, login)
        SELECT x.at, p_actor, NULL, NULL, x.action, x.target, x.details, NULL, p_source, p_os_user, login
        FROM unnest(p_at, p_action, p_target, p_details) WITH ORDINALITY AS x(at, action, target, details, i)
        ORDER BY x.i;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;
    END IF;
    PERFORM pg_advisory_xact_lock(p_org);
    PERFORM set_config('app.org_id', p_org::text, true);
    SELECT a.number, a.hash, a.org INTO last_number, prev, slug
    FROM public.audit a WHERE a.org_id = p_org ORDER BY a.number DESC LIMIT 1;
    n := greatest(coalesce(last_number, 0),
                  coalesce((SELECT c.last FROM public.org_counters c WHERE c.org_id = p_org AND c.kind = 'audit'), 0));
    slug := coalesce((SELECT o.slug FROM public.orgs o WHERE o.id = p_org), slug);
    -- Each entry's canonical JSON, as the shared definition says
    -- (serde_json's escaping is PostgreSQL's: `\"` `\\` `\n` `\r` `\t` `\b`
    -- `\f`, other characters below 0x20 as `\u00xx`; the time, in UTC,
    -- needs none), all in one statement; then the chain, link by link, each
    -- hash extending the one before it. (A function per entry cost its call,
    -- 12-18 us, and a loop over the entries' records as much again: 290 ms
    -- of a 23,000-entry apply, where this takes 100 ms; making once the
    -- parts every entry shares took about a third off this statement.)
    first_at := p_at[array_lower(p_at, 1)];
    first_at_text := to_char(timestamp '1970-01-01' + first_at * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    SELECT array_agg('{"number":' || (n + x.i)::text
                     || ',"at":"' || CASE WHEN x.at = first_at THEN first_at_text
                                          ELSE to_char(timestamp '1970-01-01' + x.at * interval '1 second',
                                                       'YYYY-MM-DD"T"HH24:MI:SS"Z"') END
                     || '","actor":' || actor_json
                     || ',"login":' || login_json
                     || ',"action":' || to_json(x.action)::text
                     || ',"target":' || to_json(x.target)::text
                     || ',"details":' || to_json(x.details)::text || '}' ORDER BY x.i)
    INTO canon
    FROM unnest(p_at, p_action, p_target, p_details) WITH ORDINALITY AS x(at, action, target, details, i);
    prev := coalesce(prev, '');
    FOREACH c IN ARRAY coalesce(canon, '{}') LOOP
        prev := encode(sha256(convert_to(prev || c, 'UTF8')), 'hex');
        hashes := hashes || prev;
    END LOOP;
    -- The entries and their hashes side by side (ROWS FROM): reading the
    -- array by subscript, row by row, walked it from its start each time
    -- (2.1 s for the 23,000 entries of a large apply).
    INSERT INTO public.audit (at, actor, org_id, org, action, target, details, number, actor_source, os_user, login, hash)
    SELECT x.at, p_actor, p_org, slug, x.action, x.target, x.details, n + x.i, p_source, p_os_user, login, x.hash
    FROM unnest(p_at, p_action, p_target, p_details, hashes) WITH ORDINALITY AS x(at, action, target, details, hash, i)
    ORDER BY x.i;
    GET DIAGNOSTICS written = ROW_COUNT;
    PERFORM set_config('app.org_id', coalesce(was, ''), true);
    RETURN written;
END
$$;

-- One entry: the database's own (orgctl_sweep, the change triggers).
CREATE OR REPLACE FUNCTION orgctl_internal_append(p_org bigint, p_at bigint, p_actor text, p_action text,
                                                  p_target text, p_details text, p_source text, p_os_user text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM public.orgctl_internal_append_many(p_org, p_actor, p_source, p_os_user,
                                               ARRAY[p_at], ARRAY[p_action], ARRAY[p_target], ARRAY[p_details]);
END
$$;

-- What ended on its own (SPEC §1, lifecycle): a temporary role, a
-- suspension's --until, a membership, a team membership, a dashboard or
-- connector grant. Access already ended when it was read (every check asks
-- orgctl_internal_role_now and the grants' expiry); the first write in the
-- org afterwards, whoever makes it (a member cannot write those rows
-- themselves), calls this to clear the rows away and record each end with
-- actor `orgctl`, in the same order and words as orgctl's own sweep on
-- SQLite (`ops::lifecycle::sweep`; the lifecycle tests run on both engines
-- and compare them). Returns how many entries it wrote.
--
-- Its statements are planned once for any org and time (a generic plan),
-- which the indexes of what ends (migration 13) serve; planned again for
-- each call's values, the first one alone cost more than it takes to run.
CREATE OR REPLACE FUNCTION orgctl_sweep(p_org bigint, p_at bigint, p_os_user text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    t constant bigint := CAST(floor(extract(epoch FROM now())) AS BIGINT);
    r record;
    i record;
    n bigint := 0;
    teams text;
    grants text;
    cgrants text;
    owned text;
    chats bigint;
    revoked text;
BEGIN
    IF p_org IS DISTINCT FROM NULLIF(current_setting('app.org_id', true), '')::bigint
       OR NOT public.orgctl_fresh_standing(p_org, 'any') THEN
        RAISE EXCEPTION 'only someone of the org may record what ended in it' USING ERRCODE = '42501';
    END IF;
    -- Most writes find nothing ended: one statement says so (every kind
    -- below, or more), where planning the six below in a new backend took
    -- most of a write command's server time. Each kind's earliest end is
    -- the first entry of its index (migration 13), whatever the plan: as
    -- `EXISTS (... WHERE expires <= t)`, the plan made for any `t` (which
    -- this function's statements get after their fifth run) read every
    -- membership of every org (tests/pg_plans.rs).
    IF NOT coalesce((SELECT min(m.role_expires) FROM public.members m WHERE m.org_id = p_org) <= t
                    OR (SELECT min(m.expires) FROM public.members m WHERE m.org_id = p_org) <= t
                    OR (SELECT min(m.suspended_until) FROM public.members m
                        WHERE m.org_id = p_org AND m.state = 'suspended') <= t
                    OR (SELECT min(tm.expires) FROM public.team_members tm WHERE tm.org_id = p_org) <= t
                    OR (SELECT min(g.expires) FROM public.dashboard_grants g WHERE g.org_id = p_org) <= t
                    OR (SELECT min(g.expires) FROM public.connector_grants g WHERE g.org_id = p_org) <= t,
                    false) THEN
        RETURN 0;
    END IF;
    FOR r IN SELECT m.user_id, u.email, m.role, m.fallback_role FROM public.members m
             JOIN public.users u ON u.id = m.user_id
             WHERE m.org_id = p_org AND m.role_expires <= t ORDER BY u.email LOOP
        UPDATE public.members SET role = fallback_role, role_expires = NULL, fallback_role = NULL
        WHERE org_id = p_org AND user_id = r.user_id AND fallback_role IS NOT NULL;
        PERFORM public.orgctl_internal_append(p_org, p_at, 'orgctl', 'role.expire', r.email,
                                              format('role=%s->%s', r.role, r.fallback_role), NULL, p_os_user);
        n := n + 1;
    END LOOP;
    FOR r IN SELECT m.user_id, u.email FROM public.members m JOIN public.users u ON u.id = m.user_id
             WHERE m.org_id = p_org AND m.state = 'suspended' AND m.suspended_until <= t ORDER BY u.email LOOP
        UPDATE public.members SET state = 'active', suspended_at = NULL, suspended_by = NULL, suspend_reason = NULL,
                                  suspended_until = NULL
        WHERE org_id = p_org AND user_id = r.user_id;
        PERFORM public.orgctl_internal_append(p_org, p_at, 'orgctl', 'member.reactivate', r.email,
                                              'suspension ended (--until)', NULL, p_os_user);
        n := n + 1;
    END LOOP;
    -- A membership that ended goes as `member remove` takes one: its team
    -- memberships and grants with it, its dashboards to nobody, its chats
    -- deleted (orgctl_drop_chats), the invites it sent revoked.
    FOR r IN SELECT m.user_id, u.email, m.role FROM public.members m JOIN public.users u ON u.id = m.user_id
             WHERE m.org_id = p_org AND m.expires <= t ORDER BY u.email LOOP
        teams := (SELECT string_agg(tt.slug, ',' ORDER BY tt.slug) FROM public.team_members tm
                  JOIN public.teams tt ON tt.id = tm.team_id
                  WHERE tm.org_id = p_org AND tm.user_id = r.user_id AND (tm.expires IS NULL OR tm.expires > t));
        grants := (SELECT string_agg(d.slug, ',' ORDER BY d.slug) FROM public.dashboard_grants g
                   JOIN public.dashboards d ON d.id = g.dashboard_id WHERE g.org_id = p_org AND g.user_id = r.user_id);
        cgrants := (SELECT string_agg(k.name, ',' ORDER BY k.name) FROM public.connector_grants g
                    JOIN public.connectors k ON k.id = g.connector_id WHERE g.org_id = p_org AND g.user_id = r.user_id);
        owned := (SELECT string_agg(d.slug, ',' ORDER BY d.slug) FROM public.dashboards d
                  WHERE d.org_id = p_org AND d.owner_id = r.user_id);
        UPDATE public.dashboards SET owner_id = NULL WHERE org_id = p_org AND owner_id = r.user_id;
        chats := (SELECT count(*) FROM public.chats c WHERE c.org_id = p_org AND c.owner_id = r.user_id);
        revoked := NULL;
        FOR i IN SELECT v.number, v.email FROM public.invites v
                 WHERE v.org_id = p_org AND v.invited_by = r.user_id AND v.state = 'pending' ORDER BY v.number LOOP
            PERFORM public.orgctl_internal_append(p_org, p_at, 'orgctl', 'invite.revoke', i.email,
                                                  format('id=%s reason=inviter lost admin', i.number), NULL, p_os_user);
            revoked := concat_ws(',', revoked, i.number::text);
            n := n + 1;
        END LOOP;
        UPDATE public.invites SET state = 'revoked' WHERE org_id = p_org AND invited_by = r.user_id AND state = 'pending';
        DELETE FROM public.members WHERE org_id = p_org AND user_id = r.user_id;
        PERFORM public.orgctl_internal_append(p_org, p_at, 'orgctl', 'member.expire', r.email,
            'role=' || r.role || coalesce(' teams=' || teams, '') || coalesce(' grants=' || grants, '')
            || coalesce(' connector_grants=' || cgrants, '') || coalesce(' dashboards=' || owned || ' owner=-', '')
            || CASE WHEN chats > 0 THEN ' chats=' || chats ELSE '' END
            || coalesce(' invites_revoked=' || revoked, ''), NULL, p_os_user);
        n := n + 1;
    END LOOP;
    FOR r IN SELECT tm.team_id, tt.slug, tm.user_id, u.email FROM public.team_members tm
             JOIN public.teams tt ON tt.id = tm.team_id JOIN public.users u ON u.id = tm.user_id
             JOIN public.members m ON m.org_id = tm.org_id AND m.user_id = tm.user_id
             WHERE tm.org_id = p_org AND tm.expires <= t AND (m.expires IS NULL OR m.expires > t)
             ORDER BY tt.slug, u.email LOOP
        DELETE FROM public.team_members WHERE team_id = r.team_id AND user_id = r.user_id;
        PERFORM public.orgctl_internal_append(p_org, p_at, 'orgctl', 'team.expire', r.slug, 'member=' || r.email,
                                              NULL, p_os_user);
        n := n + 1;
    END LOOP;
    FOR r IN SELECT g.id, d.slug, CASE WHEN g.team_id IS NOT NULL THEN 'team=' || tt.slug ELSE 'user=' || u.email END
                    AS grantee, g.permission
             FROM public.dashboard_grants g JOIN public.dashboards d ON d.id = g.dashboard_id
             LEFT JOIN public.teams tt ON tt.id = g.team_id LEFT JOIN public.users u ON u.id = g.user_id
             WHERE g.org_id = p_org AND g.expires <= t ORDER BY d.slug, g.id LOOP
        DELETE FROM public.dashboard_grants WHERE id = r.id;
        PERFORM public.orgctl_internal_append(p_org, p_at, 'orgctl', 'grant.expire', 'dashboard/' || r.slug,
                                              r.grantee || ' permission=' || r.permission, NULL, p_os_user);
        n := n + 1;
    END LOOP;
    FOR r IN SELECT g.id, k.name, CASE WHEN g.team_id IS NOT NULL THEN 'team=' || tt.slug ELSE 'user=' || u.email END
                    AS grantee
             FROM public.connector_grants g JOIN public.connectors k ON k.id = g.connector_id
             LEFT JOIN public.teams tt ON tt.id = g.team_id LEFT JOIN public.users u ON u.id = g.user_id
             WHERE g.org_id = p_org AND g.expires <= t ORDER BY k.name, g.id LOOP
        DELETE FROM public.connector_grants WHERE id = r.id;
        PERFORM public.orgctl_internal_append(p_org, p_at, 'orgctl', 'grant.expire', 'connector/' || r.name,
                                              r.grantee, NULL, p_os_user);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION orgctl_sweep(bigint, bigint, text) IS
    'orgctl: clears and records (actor orgctl) what ended in the org: roles, suspensions, memberships, team memberships, grants';

-- Whether the acting user answered an invite of the org in this very
-- transaction (invite decline records its entry after): an invite revoked,
-- declined or accepted earlier gives no right to write the org's log.
CREATE OR REPLACE FUNCTION orgctl_answered(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
    mine constant text := public.orgctl_acting_email();
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.invites i
                   WHERE i.org_id = p_org AND i.email = mine
                     AND i.state IN ('accepted', 'declined')
                     AND i.xmin = pg_current_xact_id_if_assigned()::xid);
END
$$;
COMMENT ON FUNCTION orgctl_answered(bigint) IS
    'orgctl: whether the acting user accepted or declined an invite of the org in this transaction';

-- orgctl's own entries (every command's), with their details: actor = the
-- acting user, login = session_user, for an org the acting user belongs
-- to, or has created, left, or answered an invite of in this transaction,
-- or for no org. `sql.*` actions are the database's own. The entries as
-- orgctl_internal_append_many takes them (times, actions, targets,
-- details): a command's entries (all of an org's, for `apply`) in one call,
-- each checked as if it came alone.
CREATE OR REPLACE FUNCTION orgctl_audit_many(p_org bigint, p_at bigint[], p_action text[], p_target text[],
                                             p_details text[], p_source text, p_os_user text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT public.orgctl_is_linked()
       OR (p_org IS NOT NULL AND NOT (public.orgctl_role_in(p_org) IS NOT NULL OR public.orgctl_answered(p_org)
                                      OR public.orgctl_departed(p_org) OR public.orgctl_founding(p_org)))
       OR EXISTS (SELECT 1 FROM unnest(p_action) a WHERE a LIKE 'sql.%') THEN
        RAISE EXCEPTION 'this login may not write an audit entry of that org' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Always in the acting user's name: what ended on its own is recorded
    -- as `orgctl` by the database itself (orgctl_sweep), never through here.
    RETURN public.orgctl_internal_append_many(p_org, public.orgctl_acting_email(), p_source, p_os_user,
                                              p_at, p_action, p_target, p_details);
END
$$;
COMMENT ON FUNCTION orgctl_audit_many(bigint, bigint[], text[], text[], text[], text, text) IS
    'orgctl: appends orgctl''s audit entries, in order (numbered, chained, in the acting user''s and the login''s name)';

-- One entry of orgctl's, as orgctl_audit_many writes it.
CREATE OR REPLACE FUNCTION orgctl_audit(p_org bigint, p_at bigint, p_action text, p_target text, p_details text,
                                        p_source text, p_os_user text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM public.orgctl_audit_many(p_org, ARRAY[p_at], ARRAY[p_action], ARRAY[p_target], ARRAY[p_details],
                                     p_source, p_os_user);
END
$$;
COMMENT ON FUNCTION orgctl_audit(bigint, bigint, text, text, text, text, text) IS
    'orgctl: appends orgctl''s audit entry (numbered, chained, in the acting user''s and the login''s name)';

-- Whether this transaction has written an orgctl entry in the org: the
-- org's newest entry that is not the database's own was inserted by it.
-- (The org's lock, taken by every append and held to the commit, keeps
-- anyone else from appending after it meanwhile.)
CREATE OR REPLACE FUNCTION orgctl_internal_audited(p_org bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN coalesce((SELECT a.xmin = pg_current_xact_id_if_assigned()::xid FROM public.audit a
                     WHERE a.org_id = p_org AND a.action NOT LIKE 'sql.%'
                     ORDER BY a.number DESC LIMIT 1), false);
END
$$;

-- Every change of an org's rows by a login granted orgctl_app is recorded:
-- at the commit, a change in an org where the transaction wrote no orgctl
-- entry gets its own entry, `sql.insert`, `sql.update` or `sql.delete`,
-- target `TABLE:KEY`, details the columns an update changed. orgctl's
-- commands write their entries (with their details) and so add none.
--
-- In two steps, as PostgreSQL allows: a constraint trigger, the only kind
-- deferred to the commit, fires per row (about 4 us a row, 250 ms of a
-- large apply's commit), and a statement's trigger, which sees all its
-- rows at once, fires before orgctl writes its entries. So each statement
-- notes what it changed in `audit_pending` (its rows' keys, an update's
-- changed columns: one row per org and statement), and at the commit that
-- row's deferred trigger writes the entries if the transaction wrote none
-- of its own in that org, and deletes it. `audit_pending` never holds a
-- committed row, and orgctl_app has no privilege on it.
--
-- The statement trigger's function, orgctl_internal_note_changes, is
-- written by the policies' block below, from the tables there are.

-- At the commit, a statement's note: its entries, unless the transaction
-- wrote orgctl's own in that org.
CREATE OR REPLACE FUNCTION orgctl_internal_record_changes()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ats bigint[];
    actions text[];
    targets text[];
    details text[];
BEGIN
    DELETE FROM public.audit_pending WHERE id = NEW.id;
    IF public.orgctl_internal_audited(NEW.org) THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(array_agg(extract(epoch FROM statement_timestamp())::bigint ORDER BY k.i), '{}'),
           coalesce(array_agg('sql.' || NEW.op ORDER BY k.i), '{}'),
           coalesce(array_agg(NEW.tbl || ':' || k.key ORDER BY k.i), '{}'),
           coalesce(array_agg(coalesce(k.changed, '') ORDER BY k.i), '{}')
    INTO ats, actions, targets, details
    FROM unnest(NEW.keys, NEW.details) WITH ORDINALITY AS k(key, changed, i);
    PERFORM public.orgctl_internal_append_many(NEW.org, public.orgctl_acting_email(), 'login', NULL,
                                               ats, actions, targets, details);
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS orgctl_record_changes ON audit_pending;
CREATE CONSTRAINT TRIGGER orgctl_record_changes AFTER INSERT ON audit_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION orgctl_internal_record_changes();
REVOKE ALL ON audit_pending FROM PUBLIC;

-- At the commit, every org that exists has an active admin whose role and
-- membership do not expire (SPEC §8), whoever wrote the change (orgctl
-- refuses it before, exit 5; raw SQL meets this).
CREATE OR REPLACE FUNCTION orgctl_internal_keep_admin()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o bigint := CASE WHEN TG_TABLE_NAME = 'orgs' THEN (to_jsonb(NEW)->>'id')::bigint
                     ELSE (to_jsonb(OLD)->>'org_id')::bigint END;
    was text := current_setting('app.org_id', true);
    orphan boolean;
BEGIN
    PERFORM set_config('app.org_id', o::text, true);
    orphan := EXISTS (SELECT 1 FROM public.orgs WHERE id = o)
              AND NOT EXISTS (SELECT 1 FROM public.members m
                              WHERE m.org_id = o AND m.role = 'admin' AND m.state = 'active'
                                AND m.expires IS NULL AND m.role_expires IS NULL);
    PERFORM set_config('app.org_id', coalesce(was, ''), true);
    IF orphan THEN
        RAISE EXCEPTION 'org % would be left without an active, permanent admin', o USING ERRCODE = 'check_violation',
            HINT = 'an org always keeps at least one active admin whose role does not expire: promote another member first';
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS orgctl_keep_admin ON members;
CREATE CONSTRAINT TRIGGER orgctl_keep_admin AFTER UPDATE OR DELETE ON members
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION orgctl_internal_keep_admin();
DROP TRIGGER IF EXISTS orgctl_keep_admin ON orgs;
CREATE CONSTRAINT TRIGGER orgctl_keep_admin AFTER INSERT ON orgs
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION orgctl_internal_keep_admin();

-- Rights on the latest committed state (SPEC §8): every write of an org's
-- rows by a login granted orgctl_app asks this, once per statement, with
-- the standing the write needs: 'admin', 'member' (an admin or a member)
-- or 'any' (a guest too: their own chats). It locks the login's row and
-- the acting user's membership FOR SHARE and answers from them, with the
-- lifecycle's predicate (orgctl_internal_role_now): under REPEATABLE READ a
-- transaction whose snapshot predates an unlinking, a removal, a demotion
-- or a suspension fails (serialization failure, which orgctl retries);
-- under READ COMMITTED the lock waits for such a change in flight and reads
-- what it committed.
CREATE OR REPLACE FUNCTION orgctl_fresh_standing(p_org bigint, p_need text)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
    l record;
    me bigint;
    m public.members;
    held text;
BEGIN
    SELECT lg.user_id, lg.impersonate INTO l FROM public.logins lg WHERE lg.role = session_user::text FOR SHARE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    me := CASE WHEN l.impersonate THEN public.orgctl_acting_user() ELSE l.user_id END;
    SELECT * INTO m FROM public.members mm WHERE mm.org_id = p_org AND mm.user_id = me FOR SHARE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    held := public.orgctl_internal_role_now(m);
    RETURN CASE p_need WHEN 'admin' THEN held = 'admin'
                       WHEN 'member' THEN held IN ('admin', 'member')
                       ELSE held IS NOT NULL END;
END
$$;
COMMENT ON FUNCTION orgctl_fresh_standing(bigint, text) IS
    'orgctl: whether the acting user stands in the org as p_need (admin, member, any) on the latest committed state, locking both rows';

-- Dashboards and chats (SPEC §2). A dashboard's title and description are
-- edited by an admin, its owner or a holder of an `edit` grant (directly
-- or through a team); its visibility and owner are changed by an admin or
-- its owner only (this trigger: a policy sees the new row, not the old).
CREATE OR REPLACE FUNCTION orgctl_guard_dashboard()
RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    -- A login's own statement (not the database's functions, which run as
    -- the schema owner: orgctl_hand_over, orgctl_sweep).
    app boolean := (SELECT pg_has_role(r.oid, 'orgctl_app', 'USAGE') AND NOT (r.rolsuper OR r.rolbypassrls)
                    FROM pg_roles r WHERE r.rolname = current_user);
BEGIN
    IF app
       AND (NEW.visibility IS DISTINCT FROM OLD.visibility OR NEW.owner_id IS DISTINCT FROM OLD.owner_id)
       AND NOT public.orgctl_is_admin(OLD.org_id)
       AND OLD.owner_id IS DISTINCT FROM public.orgctl_acting_user() THEN
        RAISE EXCEPTION 'only an admin or the owner of a dashboard may change its visibility or owner'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION orgctl_guard_dashboard() IS
    'orgctl: trigger on dashboards: visibility and ownership change by an admin or the owner only';
DROP TRIGGER IF EXISTS orgctl_guard_dashboard ON dashboards;
CREATE TRIGGER orgctl_guard_dashboard BEFORE UPDATE ON dashboards
    FOR EACH ROW EXECUTE FUNCTION orgctl_guard_dashboard();

-- The secrets (SPEC §8), in clear for the org's admins only: billing, a
-- connector's URL (anyone else reads it as orgctl masked it), an
-- integration's URL (anyone else: NULL; members list names and kinds).
CREATE OR REPLACE FUNCTION orgctl_org_billing(p_org bigint)
RETURNS TABLE (plan text, billing_email text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        SELECT o.plan, o.billing_email FROM public.orgs o WHERE o.id = p_org AND public.orgctl_is_admin(p_org);
END
$$;
COMMENT ON FUNCTION orgctl_org_billing(bigint) IS 'orgctl: the org''s plan and billing email (its admins only)';

-- Every command's second statement (src/store/session.rs): the org's row,
-- the acting user's membership and the org's settings, each NULL where
-- row-level security shows none. SECURITY INVOKER: it reads as the login,
-- under the same policies as the statement it stands for; a function only
-- so that its plan, 0.4-0.8 ms to make, is made once per server process
-- and kept (through a pooler, from one command to the next): the generic
-- plan from the first call, as for the statements of store::pg::hot.
CREATE OR REPLACE FUNCTION orgctl_session(p_org bigint, p_user bigint)
RETURNS TABLE (id bigint, slug text, name text, plan text, billing_email text, created_at bigint,
               role text, state text, suspended_at bigint, suspend_reason text, suspended_until bigint,
               expires bigint, role_expires bigint, fallback_role text,
               allowed_domains text, invite_max_lifetime bigint, member_dashboards bigint, connector_access text,
               guest_domains text, grant_max_lifetime bigint, audit_retention bigint)
LANGUAGE plpgsql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
        SELECT o.id, o.slug, o.name, coalesce(b.plan, ''), b.billing_email, o.created_at,
               m.role, m.state, m.suspended_at, m.suspend_reason, m.suspended_until, m.expires, m.role_expires,
               m.fallback_role,
               s.allowed_domains, s.invite_max_lifetime, s.member_dashboards, s.connector_access, s.guest_domains,
               s.grant_max_lifetime, s.audit_retention
        FROM (SELECT 1) AS one
        LEFT JOIN public.orgs o ON o.id = p_org
        LEFT JOIN LATERAL public.orgctl_org_billing(o.id) b ON true
        LEFT JOIN public.members m ON m.org_id = p_org AND m.user_id = p_user
        LEFT JOIN public.org_security s ON s.org_id = p_org;
END
$$;
COMMENT ON FUNCTION orgctl_session(bigint, bigint) IS
    'orgctl: the org, the acting user''s membership and the org''s settings, as the login may read them (every command)';

CREATE OR REPLACE FUNCTION orgctl_connector_url(p_connector bigint)
RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (
        SELECT CASE public.orgctl_role_in(k.org_id)
                   WHEN 'admin' THEN k.url
                   WHEN 'member' THEN coalesce(k.url_masked, '****')
                   WHEN 'guest' THEN CASE WHEN public.orgctl_can_use_connector(k.id) THEN coalesce(k.url_masked, '****') END
               END
        FROM public.connectors k WHERE k.id = p_connector);
END
$$;
COMMENT ON FUNCTION orgctl_connector_url(bigint) IS
    'orgctl: a connector''s URL: in clear for admins, masked for members (and guests it is granted to)';

CREATE OR REPLACE FUNCTION orgctl_integration_url(p_org bigint, p_name text)
RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (
        SELECT i.url FROM public.integrations i
        WHERE i.org_id = p_org AND i.name = p_name AND public.orgctl_is_admin(p_org));
END
$$;
COMMENT ON FUNCTION orgctl_integration_url(bigint, text) IS 'orgctl: an integration''s URL (the org''s admins only)';

-- `dashboard create`: whether a slug is taken in the org, also by a
-- dashboard the acting user may not view (a slug is unique in its org;
-- that it is taken is all this says). For those who may create one.
CREATE OR REPLACE FUNCTION orgctl_dashboard_slug_taken(p_org bigint, p_slug text)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (
        SELECT public.orgctl_is_member(p_org)
               AND EXISTS (SELECT 1 FROM public.dashboards d WHERE d.org_id = p_org AND d.slug = p_slug));
END
$$;
COMMENT ON FUNCTION orgctl_dashboard_slug_taken(bigint, text) IS
    'orgctl: whether a dashboard slug is taken in the org (dashboard create; visible or not)';

-- Handing dashboards over (`dashboard edit --owner`, `org leave`, `member
-- remove`): the owner who gives away a restricted dashboard may no longer
-- view it, and a policy checks an updated row as its writer would read it,
-- so the hand-over is this function's: for an admin of the org, or for the
-- dashboards' owner themselves (both on the latest committed state), it
-- moves the dashboards `p_from` owns (one, or all with p_dashboard NULL)
-- to `p_to` (a member: the foreign key) or to nobody. Returns how many.
CREATE OR REPLACE FUNCTION orgctl_hand_over(p_org bigint, p_from bigint, p_to bigint, p_dashboard bigint)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    IF p_org IS DISTINCT FROM NULLIF(current_setting('app.org_id', true), '')::bigint
       OR NOT (public.orgctl_fresh_standing(p_org, 'admin')
               OR (p_from = public.orgctl_acting_user() AND public.orgctl_fresh_standing(p_org, 'any'))) THEN
        RAISE EXCEPTION 'only an admin or the owner of a dashboard may hand it over' USING ERRCODE = '42501';
    END IF;
    UPDATE public.dashboards d SET owner_id = p_to
    WHERE d.org_id = p_org AND d.owner_id = p_from AND (p_dashboard IS NULL OR d.id = p_dashboard);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION orgctl_hand_over(bigint, bigint, bigint, bigint) IS
    'orgctl: hands the dashboards a user owns (one or all) to another member or to nobody (admins, the owner)';

-- A member's chats go with their membership (leave, removal), deleted by
-- the database: no one but its owner may touch a chat otherwise.
CREATE OR REPLACE FUNCTION orgctl_internal_drop_chats()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    was text := current_setting('app.org_id', true);
BEGIN
    PERFORM set_config('app.org_id', OLD.org_id::text, true);
    DELETE FROM public.chats c WHERE c.org_id = OLD.org_id AND c.owner_id = OLD.user_id;
    PERFORM set_config('app.org_id', coalesce(was, ''), true);
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS orgctl_drop_chats ON members;
CREATE TRIGGER orgctl_drop_chats AFTER DELETE ON members
    FOR EACH ROW EXECUTE FUNCTION orgctl_internal_drop_chats();

-- What orgctl reports of chats it may not read: how many chats a member
-- leaving or being removed has in the org (for the receipt; they go with
-- the membership), for an admin of the org or the member themselves; and
-- how many the org holds (org delete's receipt), for its members.
CREATE OR REPLACE FUNCTION orgctl_chats_of(p_org bigint, p_user bigint)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (
        SELECT count(*) FROM public.chats c
        WHERE c.org_id = p_org AND c.owner_id = p_user
          AND (p_user = public.orgctl_acting_user() OR public.orgctl_is_admin(p_org)));
END
$$;
COMMENT ON FUNCTION orgctl_chats_of(bigint, bigint) IS
    'orgctl: how many chats a user has in the org (member remove, org leave: a count only)';
CREATE OR REPLACE FUNCTION orgctl_chat_count(p_org bigint)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (SELECT count(*) FROM public.chats c WHERE c.org_id = p_org AND public.orgctl_is_member(p_org));
END
$$;
COMMENT ON FUNCTION orgctl_chat_count(bigint) IS 'orgctl: how many chats the org holds (org delete: a count only)';

-- Values obey the CLI's parsers (src/model.rs), whoever writes them:
-- CHECK constraints named orgctl_value_*, rules rather than schema (the
-- schema comparison leaves them out), added NOT VALID so that a store
-- holding older values still migrates (every new or changed row is checked).
-- * emails (users, invites, billing): at most 254 characters of printable
--   ASCII without spaces, upper case, quotes, parentheses or brackets, one
--   `@` between a local part and a domain with a dot, not ending in a dot;
-- * slugs (orgs, teams, dashboards): 1-40 of a-z 0-9 -, starting and
--   ending with a letter or digit;
-- * names and titles (users, orgs, teams, dashboards, chats): 1-200
--   characters, not blank, no leading or trailing space, no control
--   character (U+0001-U+001F, U+007F-U+009F), no invisible or reordering
--   one (U+061C, U+180E, U+200B-U+200F, U+202A-U+202E, U+2060-U+2064,
--   U+2066-U+2069, U+FEFF).
DO $$
DECLARE
    email constant text := $r$(char_length(%1$I) <= 254 AND %1$I ~ '^[!-~]+$' AND %1$I !~ '[A-Z"()\[\]]' $r$
                        || $r$AND %1$I ~ '^[^@]+@[^@]+\.[^@.]+$')$r$;
    slug constant text := $r$(%1$I ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$')$r$;
    name constant text := $r$(char_length(%1$I) BETWEEN 1 AND 200 AND %1$I ~ '[^[:space:]]' AND %1$I !~ '^ | $' $r$
                       || $r$AND %1$I !~ '[\u0001-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]')$r$;
    t text;
    c text;
    rule text;
BEGIN
    FOR t, c, rule IN VALUES ('users', 'email', email), ('invites', 'email', email), ('orgs', 'billing_email', email),
                             ('orgs', 'slug', slug), ('teams', 'slug', slug), ('dashboards', 'slug', slug),
                             ('users', 'name', name), ('orgs', 'name', name), ('teams', 'name', name),
                             ('dashboards', 'title', name), ('chats', 'title', name)
    LOOP
        EXECUTE format('ALTER TABLE public.%I DROP CONSTRAINT IF EXISTS %I', t, 'orgctl_value_' || c);
        EXECUTE format('ALTER TABLE public.%I ADD CONSTRAINT %I CHECK %s NOT VALID', t, 'orgctl_value_' || c,
                       format(rule, c));
    END LOOP;
END $$;

-- The per-org counters of chats and invites (their numbers), moved for
-- orgctl by these two: the next number of a kind, and, at the commit, the
-- last one handed out, which may not pass the highest number the org's
-- rows of that kind hold (nobody can push a counter ahead).
CREATE OR REPLACE FUNCTION orgctl_next_number(p_org bigint, p_kind text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    IF p_kind NOT IN ('chat', 'invite') OR public.orgctl_role_in(p_org) IS NULL
       OR p_org IS DISTINCT FROM NULLIF(current_setting('app.org_id', true), '')::bigint THEN
        RAISE EXCEPTION 'no % counter of this org for this login', p_kind USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.org_counters (org_id, kind, last) VALUES (p_org, p_kind, 1)
    ON CONFLICT (org_id, kind) DO UPDATE SET last = org_counters.last + 1 RETURNING last INTO n;
    RETURN n;
END
$$;
COMMENT ON FUNCTION orgctl_next_number(bigint, text) IS
    'orgctl: the next chat or invite number of the org set (its members only)';

CREATE OR REPLACE FUNCTION orgctl_store_counter(p_org bigint, p_kind text, p_last bigint)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    used bigint;
    n bigint;
BEGIN
    IF p_kind NOT IN ('chat', 'invite')
       OR p_org IS DISTINCT FROM NULLIF(current_setting('app.org_id', true), '')::bigint THEN
        RAISE EXCEPTION 'no % counter of this org for this login', p_kind USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_kind = 'chat' THEN
        used := (SELECT max(c.number) FROM public.chats c WHERE c.org_id = p_org);
    ELSE
        used := (SELECT max(i.number) FROM public.invites i WHERE i.org_id = p_org);
    END IF;
    UPDATE public.org_counters SET last = least(p_last, coalesce(used, 0))
    WHERE org_id = p_org AND kind = p_kind AND last < least(p_last, coalesce(used, 0));
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN (SELECT count(*) FROM public.org_counters c WHERE c.org_id = p_org AND c.kind = p_kind);
END
$$;
COMMENT ON FUNCTION orgctl_store_counter(bigint, text, bigint) IS
    'orgctl: moves a chat or invite counter forward to the last number used (never past the rows'' own)';

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
        IF f::text LIKE 'orgctl\_internal\_%' THEN
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM orgctl_app', f);
        ELSE
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO orgctl_app', f);
        END IF;
    END LOOP;
END $$;

-- The policies. In them, `org` is the org set in `app.org_id`:
--   NULLIF(current_setting('app.org_id', true), '')::bigint
-- and `member` / `admin` say that the row's org is one the acting user is a
-- member / an admin of:
--   org_id = (SELECT CASE WHEN orgctl_is_member(x.o) THEN x.o END
--             FROM (SELECT org) AS x(o))
-- The question is asked once a statement (an InitPlan), about the org set
-- when a row first needs it, and its answer is that org or nothing: never
-- a bare "yes", which a row of another org could use. A login may change
-- `app.org_id` in the middle of a statement (set_config in its select
-- list, once per row), so the org the question was asked about and the
-- org a later row is checked against may differ; bound to its org, the
-- answer admits that org's rows only (tests/pg_attack_switch.rs).
-- Permissive policies (any one admits a row) say who may touch a table at
-- all; restrictive ones (all must hold) bind every row to the org set and
-- the admin-managed tables' writes to admins. Every policy is dropped and
-- made again, so this file can run any number of times.
DO $$
DECLARE
    owner text := (SELECT p.proowner::regrole::text FROM pg_catalog.pg_proc p
                   WHERE p.oid = 'public.orgctl_user_by_email(text)'::regprocedure);
    org constant text := $q$NULLIF(current_setting('app.org_id', true), '')::bigint$q$;
    -- "The row's org (the column named first) is one where the predicate
    -- (the second, of the org x.o) holds", as above.
    tie constant text := '%1$s = (SELECT CASE WHEN %2$s THEN x.o END FROM (SELECT ' || org || ') AS x(o))';
    member text;
    admin text;
    founding text;
    invited text;
    -- The same, for writes: on the latest committed state (orgctl_fresh_standing);
    -- `fresh_any`: a guest too.
    fresh_admin text;
    fresh_member text;
    fresh_any text;
    guest text;
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
    key text;
    -- A row's key columns, for a table without an id (orgctl_internal_note_changes).
    key_columns constant text[] := ARRAY['team_id', 'invite_id', 'user_id', 'kind', 'org_id'];
    body text;
    tables text[] := '{}';
BEGIN
    member := format(tie, 'org_id', 'public.orgctl_is_member(x.o)');
    admin := format(tie, 'org_id', 'public.orgctl_is_admin(x.o)');
    guest := format(tie, 'org_id', 'public.orgctl_is_guest(x.o)');
    fresh_admin := format(tie, 'org_id', 'public.orgctl_fresh_standing(x.o, ''admin'')');
    fresh_member := format(tie, 'org_id', 'public.orgctl_fresh_standing(x.o, ''member'')');
    fresh_any := format(tie, 'org_id', 'public.orgctl_fresh_standing(x.o, ''any'')');
    founding := format(tie, 'org_id', 'public.orgctl_founding(x.o)');
    invited := format(tie, 'org_id', 'public.orgctl_is_invited(x.o)');

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
        -- Column by column: every column but `id` may be inserted and
        -- updated (`org_id` only to the org set: the policy); the counters
        -- are read only.
        EXECUTE format('REVOKE ALL ON public.%I FROM orgctl_app', t);
        IF t = 'org_counters' THEN
            EXECUTE format('GRANT SELECT ON public.%I TO orgctl_app', t);
        ELSE
            EXECUTE format('GRANT SELECT (%s), DELETE ON public.%I TO orgctl_app',
                           (SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position)
                            FROM information_schema.columns c
                            WHERE c.table_schema = 'public' AND c.table_name = t
                              AND (t, c.column_name) NOT IN (('connectors', 'url'), ('integrations', 'url'))), t);
            EXECUTE format('GRANT INSERT (%s) ON public.%I TO orgctl_app',
                           (SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position)
                            FROM information_schema.columns c
                            WHERE c.table_schema = 'public' AND c.table_name = t AND c.column_name <> 'id'), t);
            EXECUTE format('GRANT UPDATE (%s) ON public.%I TO orgctl_app',
                           (SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position)
                            FROM information_schema.columns c
                            WHERE c.table_schema = 'public' AND c.table_name = t AND c.column_name <> 'id'), t);
        END IF;
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
                                 'orgctl_admin_insert', 'orgctl_admin_update', 'orgctl_admin_delete',
                                 'orgctl_guest', 'orgctl_self', 'orgctl_view', 'orgctl_secret'] LOOP
            EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', p, t);
        END LOOP;
    END LOOP;

    -- The tables members write (dashboards, their grants, chats): a write
    -- needs membership on the latest committed state (a guest's standing
    -- is enough for chats, their own: orgctl_own_chat below).
    FOR t IN
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables tb USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'org_id'
          AND tb.table_type = 'BASE TABLE'
          AND c.table_name NOT IN ('audit', 'departures', 'org_counters')
          AND c.table_name::text <> ALL (admin_tables)
        ORDER BY 1
    LOOP
        FOREACH p IN ARRAY ARRAY['orgctl_fresh_insert', 'orgctl_fresh_update', 'orgctl_fresh_delete'] LOOP
            EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', p, t);
        END LOOP;
        p := CASE WHEN t = 'chats' THEN fresh_any ELSE fresh_member END;
        EXECUTE format('CREATE POLICY orgctl_fresh_insert ON public.%I AS RESTRICTIVE FOR INSERT TO orgctl_app '
                       'WITH CHECK (%s)', t, p);
        EXECUTE format('CREATE POLICY orgctl_fresh_update ON public.%I AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                       'USING (%s) WITH CHECK (%s)', t, p, p);
        EXECUTE format('CREATE POLICY orgctl_fresh_delete ON public.%I AS RESTRICTIVE FOR DELETE TO orgctl_app '
                       'USING (%s)', t, p);
    END LOOP;

    -- What a login reads of an org beyond `orgctl_member` (SPEC §1-§2):
    -- * everyone reads their own membership row, whatever its standing (a
    --   suspended member is told so; a guest sees themselves);
    -- * a guest reads the org row (its name), their own chats, the teams
    --   they are in and their own team memberships, and the dashboards and
    --   connectors shared with them (their grants too); nothing else; and
    --   may leave;
    -- * a dashboard is read only by those who may view it, and its grants
    --   with it (restricted ones: admins, owner, grantees);
    -- * invites (emails, roles, token hashes) by the org's admins and
    --   their invitee only.
    EXECUTE format('CREATE POLICY orgctl_self ON public.members FOR SELECT TO orgctl_app USING (user_id = %s)', me);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.chats TO orgctl_app USING (%s) WITH CHECK (%s)', guest, guest);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.members FOR DELETE TO orgctl_app USING (%s AND user_id = %s)',
                   guest, me);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.teams FOR SELECT TO orgctl_app '
                   'USING (%s AND id = ANY ((SELECT public.orgctl_my_teams(%s))::bigint[]))', guest, org);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.team_members FOR SELECT TO orgctl_app '
                   'USING (%s AND user_id = %s)', guest, me);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.dashboards FOR SELECT TO orgctl_app USING (%s)', guest);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.dashboard_grants FOR SELECT TO orgctl_app '
                   'USING (%s AND (user_id = %s OR team_id = ANY ((SELECT public.orgctl_my_teams(%s))::bigint[])))', guest, me, org);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.connectors FOR SELECT TO orgctl_app '
                   'USING (%s AND public.orgctl_can_use_connector(id))', guest);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.connector_grants FOR SELECT TO orgctl_app '
                   'USING (%s AND (user_id = %s OR team_id = ANY ((SELECT public.orgctl_my_teams(%s))::bigint[])))', guest, me, org);
    -- (The role is asked once a statement too, and bound to its org the
    -- same way: the pair (org, role) is read once, and a row gets the role
    -- only when the pair's org is the row's.)
    EXECUTE format('CREATE POLICY orgctl_view ON public.dashboards AS RESTRICTIVE FOR SELECT TO orgctl_app '
                   'USING (public.orgctl_sees_dashboard((SELECT CASE WHEN s.p[1] = dashboards.org_id::text '
                   'THEN s.p[2] END FROM (SELECT (SELECT ARRAY[x.o::text, public.orgctl_role_in(x.o)] '
                   'FROM (SELECT %s) AS x(o))) AS s(p)), id, visibility, owner_id))', org);
    EXECUTE 'CREATE POLICY orgctl_view ON public.dashboard_grants AS RESTRICTIVE FOR SELECT TO orgctl_app '
            'USING (public.orgctl_can_view_dashboard(dashboard_id))';
    EXECUTE format('CREATE POLICY orgctl_secret ON public.invites AS RESTRICTIVE FOR SELECT TO orgctl_app '
                   'USING (%s OR email = (SELECT public.orgctl_acting_email()))', admin);
    EXECUTE format('CREATE POLICY orgctl_secret ON public.invite_teams AS RESTRICTIVE FOR SELECT TO orgctl_app '
                   'USING (%s OR invite_id = ANY ((SELECT invite_ids FROM public.orgctl_my_invites(%s))::bigint[]))',
                   admin, org);

    -- Chats are their owner's alone, admins included (the membership
    -- trigger deletes a leaver's). Dashboards: created by admins, or by
    -- members when the org's `member-dashboards` allows it (as their
    -- owner); edited by an admin, the owner or an edit grantee (who
    -- changes no visibility or owner: orgctl_guard_dashboard); deleted by
    -- an admin or the owner; shared (grants) by an admin or the owner.
    FOREACH p IN ARRAY ARRAY['orgctl_own_chat', 'orgctl_dashboard_create', 'orgctl_dashboard_edit',
                             'orgctl_dashboard_delete'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.chats', p);
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.dashboards', p);
    END LOOP;
    FOREACH p IN ARRAY ARRAY['orgctl_share_insert', 'orgctl_share_update', 'orgctl_share_delete'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.dashboard_grants', p);
    END LOOP;
    EXECUTE format('CREATE POLICY orgctl_own_chat ON public.chats AS RESTRICTIVE TO orgctl_app '
                   'USING (owner_id = %s) WITH CHECK (owner_id = %s)', me, me);
    EXECUTE format('CREATE POLICY orgctl_dashboard_create ON public.dashboards AS RESTRICTIVE FOR INSERT TO orgctl_app '
                   'WITH CHECK (%s OR (owner_id = %s AND coalesce((SELECT s.member_dashboards FROM public.org_security s '
                   'WHERE s.org_id = dashboards.org_id), 1) = 1))', fresh_admin, me);
    EXECUTE format('CREATE POLICY orgctl_dashboard_edit ON public.dashboards AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                   'USING (%s OR owner_id = %s OR public.orgctl_holds_dashboard_grant(id, true)) WITH CHECK (true)',
                   fresh_admin, me);
    EXECUTE format('CREATE POLICY orgctl_dashboard_delete ON public.dashboards AS RESTRICTIVE FOR DELETE TO orgctl_app '
                   'USING (%s OR owner_id = %s)', fresh_admin, me);
    EXECUTE format('CREATE POLICY orgctl_share_insert ON public.dashboard_grants AS RESTRICTIVE FOR INSERT TO orgctl_app '
                   'WITH CHECK (%s OR EXISTS (SELECT 1 FROM public.dashboards d WHERE d.id = dashboard_id AND d.owner_id = %s))',
                   fresh_admin, me);
    EXECUTE format('CREATE POLICY orgctl_share_update ON public.dashboard_grants AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                   'USING (%s OR EXISTS (SELECT 1 FROM public.dashboards d WHERE d.id = dashboard_id AND d.owner_id = %s)) '
                   'WITH CHECK (%s OR EXISTS (SELECT 1 FROM public.dashboards d WHERE d.id = dashboard_id AND d.owner_id = %s))',
                   fresh_admin, me, fresh_admin, me);
    EXECUTE format('CREATE POLICY orgctl_share_delete ON public.dashboard_grants AS RESTRICTIVE FOR DELETE TO orgctl_app '
                   'USING (%s OR EXISTS (SELECT 1 FROM public.dashboards d WHERE d.id = dashboard_id AND d.owner_id = %s))',
                   fresh_admin, me);

    -- Every org table's changes are recorded (orgctl_internal_note_changes),
    -- the org row's too; not the counters (orgctl's alone), nor the audit
    -- log itself. First the statement's note: a branch per table with that
    -- table's key (its id, or its key columns) and org (`org_id`, or `id`
    -- for orgs), in plain SQL, whose plans PostgreSQL keeps for the session
    -- (built and planned anew for each statement, it cost 0.3 ms a write).
    body := '';
    FOR t IN
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables tb USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'org_id'
          AND tb.table_type = 'BASE TABLE' AND c.table_name NOT IN ('audit', 'departures', 'org_counters')
        UNION SELECT 'orgs'
        ORDER BY 1
    LOOP
        -- The row's key: its id, or its key columns (those of these it has,
        -- in this order).
        key := (SELECT CASE WHEN bool_or(c.column_name = 'id') THEN 'r.id::text'
                            ELSE format('concat_ws('','', %s)',
                                        string_agg('r.' || quote_ident(c.column_name), ', '
                                                   ORDER BY array_position(key_columns, c.column_name::text))
                                            FILTER (WHERE c.column_name::text = ANY (key_columns)))
                       END
                FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t);
        p := CASE WHEN t = 'orgs' THEN 'r.id' ELSE 'r.org_id' END;
        -- An update's old and new rows pair up by their place in the
        -- transition tables (PostgreSQL appends to both as it updates each row).
        body := body || format($b$
    IF TG_TABLE_NAME = %1$L THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO public.audit_pending (org, tbl, op, keys)
            SELECT %2$s, %1$L, 'insert', array_agg(%3$s) FROM new_rows r WHERE %2$s IS NOT NULL GROUP BY 1;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO public.audit_pending (org, tbl, op, keys)
            SELECT %2$s, %1$L, 'delete', array_agg(%3$s) FROM old_rows r WHERE %2$s IS NOT NULL GROUP BY 1;
        ELSE
            INSERT INTO public.audit_pending (org, tbl, op, keys, details)
            SELECT %2$s, %1$L, 'update', array_agg(%3$s ORDER BY n.i), array_agg(c.changed ORDER BY n.i)
            FROM (SELECT row_number() OVER () AS i, x AS row FROM new_rows x) n
            JOIN (SELECT row_number() OVER () AS i, x AS row FROM old_rows x) o USING (i)
            CROSS JOIN LATERAL (SELECT (n.row).*) r
            CROSS JOIN LATERAL (SELECT 'changed=' || coalesce(string_agg(e.key, ',' ORDER BY e.key), '')
                                FROM jsonb_each(to_jsonb(n.row)) e
                                WHERE e.value IS DISTINCT FROM to_jsonb(o.row) -> e.key) c(changed)
            WHERE %2$s IS NOT NULL GROUP BY 1;
        END IF;
        RETURN NULL;
    END IF;$b$, t, p, key);
        tables := tables || t;
    END LOOP;
    EXECUTE format($f$CREATE OR REPLACE FUNCTION public.orgctl_internal_note_changes()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $n$
BEGIN
    IF NOT pg_has_role(session_user, 'orgctl_app', 'MEMBER') THEN
        RETURN NULL;
    END IF;%s
    RAISE EXCEPTION 'no note of changes to %%', TG_TABLE_NAME;
END
$n$
$f$, body);
    REVOKE ALL ON FUNCTION public.orgctl_internal_note_changes() FROM PUBLIC, orgctl_app;
    -- Then its triggers.
    FOREACH t IN ARRAY tables LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS orgctl_audit_change ON public.%I', t);
        FOREACH p IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON public.%I', 'orgctl_note_' || p, t);
            EXECUTE format('CREATE TRIGGER %I AFTER %s ON public.%I REFERENCING %s '
                           'FOR EACH STATEMENT EXECUTE FUNCTION public.orgctl_internal_note_changes()',
                           'orgctl_note_' || p, upper(p), t,
                           CASE p WHEN 'insert' THEN 'NEW TABLE AS new_rows' WHEN 'delete' THEN 'OLD TABLE AS old_rows'
                                  ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END);
        END LOOP;
    END LOOP;

    -- Admins only, but for these exceptions:
    -- * members: the transaction that created the org (orgctl_founding)
    --   adds its creator as its first admin (org create); a member deletes
    --   their own membership (org leave; the database cascades it into
    --   their team memberships and grants). Accepting an invite goes through
    --   orgctl_accept_invite, which checks the token: no policy lets an
    --   invited user insert a membership.
    -- * team_members: anyone leaves a team; a team's maintainers add,
    --   remove and name its members (teams: rename and describe it).
    -- * invites: an invited user declines their own pending invite (and the
    --   trigger above lets them change nothing else).
    FOREACH t IN ARRAY admin_tables LOOP
        ins := fresh_admin;
        upd := fresh_admin;
        del := fresh_admin;
        IF t = 'members' THEN
            ins := format('%s OR (user_id = %s AND role = ''admin'' AND %s)', fresh_admin, me, founding);
            del := format('%s OR (user_id = %s AND %s)', fresh_admin, me, fresh_any);
        ELSIF t = 'team_members' THEN
            ins := format('%s OR public.orgctl_is_maintainer(team_id)', fresh_admin);
            upd := format('%s OR public.orgctl_is_maintainer(team_id)', fresh_admin);
            del := format('%s OR (user_id = %s AND %s) OR public.orgctl_is_maintainer(team_id)', fresh_admin, me, fresh_any);
        ELSIF t = 'teams' THEN
            upd := format('%s OR public.orgctl_is_maintainer(id)', fresh_admin);
        ELSIF t = 'invites' THEN
            upd := format('%s OR (email = (SELECT public.orgctl_acting_email()) AND state = ''pending'')', fresh_admin);
        END IF;
        EXECUTE format('CREATE POLICY orgctl_admin_insert ON public.%I AS RESTRICTIVE FOR INSERT TO orgctl_app '
                       'WITH CHECK (%s)', t, ins);
        IF t = 'invites' THEN
            EXECUTE format('CREATE POLICY orgctl_admin_update ON public.%I AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                           'USING (%s) WITH CHECK (%s OR (email = (SELECT public.orgctl_acting_email()) '
                           'AND state = ''declined''))', t, upd, fresh_admin);
        ELSE
            EXECUTE format('CREATE POLICY orgctl_admin_update ON public.%I AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                           'USING (%s) WITH CHECK (%s)', t, upd, upd);
        END IF;
        EXECUTE format('CREATE POLICY orgctl_admin_delete ON public.%I AS RESTRICTIVE FOR DELETE TO orgctl_app '
                       'USING (%s)', t, del);
    END LOOP;

    -- Who else may touch an org's rows, beyond its members (permissive):
    -- org create: the first admin of the org, inserted by the transaction
    -- that created it (the org row's xmin is that transaction: no other
    -- transaction, whatever its snapshot, can pass this).
    EXECUTE format('CREATE POLICY orgctl_founder ON public.members FOR INSERT TO orgctl_app '
                   'WITH CHECK (user_id = %s AND role = ''admin'' AND %s)', me, founding);
    -- invite accept / decline: an invited user reads their invites, those
    -- invites' teams, and the org's security settings (allowed domains),
    -- and declines a pending invite.
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.invites FOR SELECT TO orgctl_app '
                   'USING (email = (SELECT public.orgctl_acting_email()))');
    EXECUTE format('CREATE POLICY orgctl_invitee_answer ON public.invites FOR UPDATE TO orgctl_app '
                   'USING (email = (SELECT public.orgctl_acting_email()) AND state = ''pending'') '
                   'WITH CHECK (email = (SELECT public.orgctl_acting_email()) AND state = ''declined'')');
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.invite_teams FOR SELECT TO orgctl_app '
                   'USING (invite_id = ANY ((SELECT invite_ids FROM public.orgctl_my_invites(%s))::bigint[]))', org);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.teams FOR SELECT TO orgctl_app '
                   'USING (id = ANY ((SELECT team_ids FROM public.orgctl_my_invites(%s))::bigint[]))', org);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.org_security FOR SELECT TO orgctl_app USING (%s)',
                   invited);

    -- The org itself: its own row only (restrictive), for its members;
    -- admins change (org edit, billing set) and delete it. `org create`
    -- calls orgctl_create_org (which inserts the org and sets its id), then
    -- inserts its creator as first admin: the founding transaction reads
    -- the org before joining. An invited user reads the org they are
    -- invited to.
    ALTER TABLE public.orgs ENABLE ROW LEVEL SECURITY;
    ALTER TABLE public.orgs FORCE ROW LEVEL SECURITY;
    FOREACH p IN ARRAY ARRAY['orgctl_org', 'orgctl_member', 'orgctl_owner_org', 'orgctl_founder', 'orgctl_invitee',
                             'orgctl_guest', 'orgctl_admin_insert', 'orgctl_admin_update', 'orgctl_admin_delete'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.orgs', p);
    END LOOP;
    EXECUTE format('CREATE POLICY orgctl_org ON public.orgs AS RESTRICTIVE TO orgctl_app '
                   'USING (id = %s) WITH CHECK (id = %s)', org, org);
    -- (The org row's org is its id.)
    member := format(tie, 'id', 'public.orgctl_is_member(x.o)');
    guest := format(tie, 'id', 'public.orgctl_is_guest(x.o)');
    fresh_admin := format(tie, 'id', 'public.orgctl_fresh_standing(x.o, ''admin'')');
    founding := format(tie, 'id', 'public.orgctl_founding(x.o)');
    invited := format(tie, 'id', 'public.orgctl_is_invited(x.o)');
    EXECUTE format('CREATE POLICY orgctl_member ON public.orgs TO orgctl_app USING (%s) WITH CHECK (%s)',
                   member, member);
    EXECUTE format('CREATE POLICY orgctl_owner_org ON public.orgs TO %s USING (id = %s) WITH CHECK (id = %s)',
                   owner, org, org);
    EXECUTE format('CREATE POLICY orgctl_founder ON public.orgs FOR SELECT TO orgctl_app USING (%s)', founding);
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.orgs FOR SELECT TO orgctl_app USING (%s)', invited);
    EXECUTE format('CREATE POLICY orgctl_guest ON public.orgs FOR SELECT TO orgctl_app USING (%s)', guest);
    EXECUTE format('CREATE POLICY orgctl_admin_update ON public.orgs AS RESTRICTIVE FOR UPDATE TO orgctl_app '
                   'USING (%s) WITH CHECK (%s)', fresh_admin, fresh_admin);
    EXECUTE format('CREATE POLICY orgctl_admin_delete ON public.orgs AS RESTRICTIVE FOR DELETE TO orgctl_app '
                   'USING (%s)', fresh_admin);

    -- The audit log: an org's entries are read by its admins (audit list),
    -- with that org set. Nobody but the database writes it: orgctl_audit
    -- (orgctl's own entries) and the change triggers (raw SQL) append as
    -- the schema owner, under its policy below.
    ALTER TABLE public.audit ENABLE ROW LEVEL SECURITY;
    ALTER TABLE public.audit FORCE ROW LEVEL SECURITY;
    FOREACH p IN ARRAY ARRAY['orgctl_read', 'orgctl_write', 'orgctl_login', 'orgctl_owner_org'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON public.audit', p);
    END LOOP;
    EXECUTE format('CREATE POLICY orgctl_read ON public.audit FOR SELECT TO orgctl_app '
                   'USING (org_id = %s AND %s)', org, format(tie, 'org_id', 'public.orgctl_is_admin(x.o)'));
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
    -- (OFFSET 0 keeps the membership a lookup by key for each user read:
    -- without it, a store without statistics hashed the whole org's
    -- memberships to read one user.)
    EXECUTE format('CREATE POLICY orgctl_member ON public.users FOR SELECT TO orgctl_app '
                   'USING (EXISTS (SELECT 1 FROM public.members m WHERE m.user_id = users.id AND %s OFFSET 0))',
                   format(tie, 'm.org_id', 'public.orgctl_is_member(x.o)'));
    EXECUTE format('CREATE POLICY orgctl_invitee ON public.users FOR SELECT TO orgctl_app '
                   'USING (id = ANY ((SELECT inviter_ids FROM public.orgctl_my_invites(%s))::bigint[]))', org);
    EXECUTE format('CREATE POLICY orgctl_rename ON public.users FOR UPDATE TO orgctl_app '
                   'USING (id = %s) WITH CHECK (id = %s)', me, me);
    -- (Only `name` is granted for UPDATE: nobody changes an email by SQL.)
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
    -- Raw SQL's pending changes: written and read by the owner's triggers
    -- alone (orgctl_internal_note_changes); no policy for orgctl_app.
    ALTER TABLE public.audit_pending ENABLE ROW LEVEL SECURITY;
    ALTER TABLE public.audit_pending FORCE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS orgctl_owner ON public.audit_pending;
    EXECUTE format('CREATE POLICY orgctl_owner ON public.audit_pending TO %s USING (true) WITH CHECK (true)', owner);
END $$;

-- Functions of earlier versions of this file that nothing uses any more
-- (their policies were made again above without them).
DROP FUNCTION IF EXISTS orgctl_org_unclaimed(bigint);
DROP FUNCTION IF EXISTS orgctl_invited_as(bigint, text);
DROP FUNCTION IF EXISTS orgctl_invited_teams(bigint);
DROP FUNCTION IF EXISTS orgctl_can_edit_dashboard(bigint);
DROP FUNCTION IF EXISTS orgctl_fresh_rights(bigint, boolean);
-- The chain link as a function of its own (migration 10): the audit
-- writer computes it inline now, for every entry of a batch at once.
DROP FUNCTION IF EXISTS orgctl_audit_hash(text, bigint, bigint, text, text, text, text, text);
-- The per-row recorder of raw SQL's changes, before it took two steps.
DROP FUNCTION IF EXISTS orgctl_internal_note_change();
-- The audit writers took their entries, and the users' lookup its emails,
-- as one JSON array (before schema 17); they take arrays now.
DROP FUNCTION IF EXISTS orgctl_users_by_email(jsonb);
DROP FUNCTION IF EXISTS orgctl_audit_many(bigint, jsonb, text, text);
DROP FUNCTION IF EXISTS orgctl_internal_append_many(bigint, text, text, text, jsonb);
