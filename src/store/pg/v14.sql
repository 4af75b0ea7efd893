-- 14: a dashboard's and a connector's grants, by it (PostgreSQL side of
-- migration 14 in ../migrations.rs): the unique indexes by (dashboard,
-- team) and (dashboard, user) are partial, so every grant of a dashboard,
-- or one named with IS NOT DISTINCT FROM, was read from the whole table.
CREATE INDEX IF NOT EXISTS dashboard_grants_by_dashboard ON dashboard_grants(dashboard_id);
CREATE INDEX IF NOT EXISTS connector_grants_by_connector ON connector_grants(connector_id);
