-- 16: the policies bind each answer to the org it was asked about
-- (access.sql, which `orgctl init` applies after migrating): a row is
-- admitted only with the rights its own org gives the acting user, even
-- when a statement changes `app.org_id` as it runs
-- (tests/pg_attack_switch.rs). No table changes. The version moves so that
-- ordinary commands refuse a database whose policies are older (exit 6:
-- the owner runs `orgctl init`), and an older orgctl refuses this one.
SELECT 1;
