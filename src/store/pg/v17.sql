-- 17: the audit writers (`orgctl_audit_many`, `orgctl_internal_append_many`
-- in access.sql, which `orgctl init` applies after migrating) take their
-- entries as four arrays (times, actions, targets, details), and the users'
-- lookup (`orgctl_users_by_email`) its emails as one, sent in binary, where
-- they took one JSON array. No table changes. The version
-- moves so that ordinary commands refuse a database whose functions are
-- older (exit 6: the owner runs `orgctl init`), and an older orgctl
-- refuses this one.
SELECT 1;
