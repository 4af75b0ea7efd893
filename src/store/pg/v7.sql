-- 7: the database holds the line (PostgreSQL side of migration 7 in
-- ../migrations.rs). Every audit entry carries `hash`, the link of its
-- org's chain (lowercase hex SHA-256 of the previous entry's hash and the
-- entry's canonical JSON; README, "The audit trail"); on PostgreSQL the
-- database computes it (orgctl_audit in access.sql), so no entry, by orgctl
-- or by raw SQL, can skip the chain. Entries written before this version
-- are chained here, in number order per org.
--
-- Ids are handed out by the database only: every identity becomes
-- GENERATED ALWAYS (and access.sql grants orgctl_app no INSERT or UPDATE
-- on any `id` column, which also stops OVERRIDING SYSTEM VALUE).
ALTER TABLE audit ADD COLUMN hash TEXT COLLATE "C";

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.is_identity = 'YES'
             ORDER BY 1
    LOOP
        EXECUTE format('ALTER TABLE public.%I ALTER COLUMN id SET GENERATED ALWAYS', t);
    END LOOP;
END $$;

-- The canonical JSON of an entry and its chain link, as the shared
-- definition says (serde_json's escaping is PostgreSQL's: `\"` `\\` `\n`
-- `\r` `\t` `\b` `\f`, other characters below 0x20 as `\u00xx`).
CREATE OR REPLACE FUNCTION orgctl_audit_hash(p_prev text, p_number bigint, p_at bigint, p_actor text,
                                             p_login text, p_action text, p_target text, p_details text)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT encode(sha256(convert_to(coalesce(p_prev, '') || '{"number":' || p_number::text
        || ',"at":' || to_json(to_char(to_timestamp(p_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text
        || ',"actor":' || coalesce(to_json(p_actor)::text, 'null')
        || ',"login":' || coalesce(to_json(p_login)::text, 'null')
        || ',"action":' || to_json(p_action)::text
        || ',"target":' || to_json(p_target)::text
        || ',"details":' || to_json(p_details)::text || '}', 'UTF8')), 'hex')
$$;

DO $$
DECLARE
    e record;
    prev text;
    org bigint;
BEGIN
    FOR e IN SELECT a.id, a.org_id, a.number, a.at, a.actor, a.login, a.action, a.target, a.details
             FROM audit a WHERE a.org_id IS NOT NULL ORDER BY a.org_id, a.number
    LOOP
        IF org IS DISTINCT FROM e.org_id THEN
            prev := '';
            org := e.org_id;
            -- The owner writes an org's rows with that org set (access.sql).
            PERFORM set_config('app.org_id', org::text, true);
        END IF;
        prev := orgctl_audit_hash(prev, e.number, e.at, e.actor, e.login, e.action, e.target, e.details);
        UPDATE audit SET hash = prev WHERE id = e.id;
    END LOOP;
END $$;
