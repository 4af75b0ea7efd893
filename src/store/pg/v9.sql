-- 9: the audit hash chain and the audit retention (PostgreSQL side of
-- migration 9 in ../migrations.rs).
--
-- Every entry of an org carries `hash`: the lowercase hex SHA-256 of the
-- previous entry's hash (by number, in the same org; '' before the first)
-- followed by the entry's canonical JSON
--   {"number":N,"at":"YYYY-MM-DDTHH:MM:SSZ","actor":..,"login":..,"action":..,"target":..,"details":..}
-- (the definition is `chain_hash` in ../audit.rs; to_json escapes text as
-- serde_json does). The entries written before this migration get their
-- chain here. The owner running the migration is subject to row-level
-- security (FORCE) like everyone else; the fill needs every row, so FORCE
-- is lifted for it and access.sql, applied right after, restores it.
ALTER TABLE audit ADD COLUMN hash TEXT COLLATE "C";
ALTER TABLE org_security ADD COLUMN audit_retention BIGINT CHECK (audit_retention >= 0);

ALTER TABLE audit NO FORCE ROW LEVEL SECURITY;
DO $$
DECLARE
    r record;
    prev text := '';
    cur bigint := NULL;
BEGIN
    FOR r IN SELECT id, org_id, number, at, actor, login, action, target, details
             FROM audit WHERE org_id IS NOT NULL AND number IS NOT NULL ORDER BY org_id, number
    LOOP
        IF cur IS DISTINCT FROM r.org_id THEN
            prev := '';
            cur := r.org_id;
        END IF;
        prev := encode(sha256(convert_to(prev
            || '{"number":' || r.number
            || ',"at":' || to_json(to_char(to_timestamp(r.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text
            || ',"actor":' || coalesce(to_json(r.actor)::text, 'null')
            || ',"login":' || coalesce(to_json(r.login)::text, 'null')
            || ',"action":' || to_json(r.action)::text
            || ',"target":' || to_json(r.target)::text
            || ',"details":' || to_json(r.details)::text
            || '}', 'UTF8')), 'hex');
        UPDATE audit SET hash = prev WHERE id = r.id;
    END LOOP;
END $$;
