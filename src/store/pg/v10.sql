-- 10: the database holds the line (PostgreSQL side of migration 10 in
-- ../migrations.rs). Every audit entry carries `hash` (migration 9), the
-- link of its org's chain; from here on the database computes it
-- (orgctl_audit in access.sql), so no entry, by orgctl or by raw SQL, can
-- skip the chain. Migration 9 chained the entries written before it.
--
-- Ids are handed out by the database only: every identity becomes
-- GENERATED ALWAYS (and access.sql grants orgctl_app no INSERT or UPDATE
-- on any `id` column, which also stops OVERRIDING SYSTEM VALUE).
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
