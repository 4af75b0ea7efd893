//! The statements a write runs most, kept planned by the server.
//!
//! orgctl's statements are sent unprepared (one round trip), so the server
//! plans each anew every command; with the policies' InitPlans a plan of
//! these costs 0.1 to 0.9 ms, about as much as the rest of the statement
//! and, in a write, time during which the org's lock is held. A PL/pgSQL
//! function keeps its query's plan for the server process, and a pooled
//! process keeps it from one command to the next (docs/team-server.md's
//! reset leaves plans alone). So `init` makes each statement below a
//! function `orgctl_q_<digest of its text>`, and on PostgreSQL
//! [`call`] sends `SELECT * FROM orgctl_q_...(?1, ...)` in its place. Its
//! plan is the generic one from the first call (`plan_cache_mode`), made
//! once for any values, as the indexes serve every one of these; left to
//! choose, the server would plan each of a process's first five calls
//! anew. `tests/pg_plans.rs` checks both kinds of plan of each.
//!
//! Each function is SECURITY INVOKER: it runs the statement as the login
//! that calls it, under the same row-level security, so it can do nothing
//! the statement could not. Its text is the statement's own, from the
//! module that runs it: there is no second copy to drift. A statement that
//! is not listed runs as it is; a listed one whose function is missing (a
//! database `init` set up with an older orgctl) is a store error naming
//! `init` (`Target::statement_error`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::super::{dashboards, invites, members, security, teams};
use super::super::sql::to_postgres;

/// The statements, as their modules write them (`?N`).
fn statements() -> Vec<&'static str> {
    vec![
        dashboards::FIND.as_str(),
        dashboards::GRANTS.as_str(),
        dashboards::TEAM_GRANT.as_str(),
        dashboards::USER_GRANT.as_str(),
        dashboards::GRANT_TERMS,
        dashboards::GRANTS_FOR_USER.as_str(),
        teams::FIND,
        teams::MEMBER_EMAILS.as_str(),
        teams::ROLE_OF.as_str(),
        security::GET.as_str(),
        members::MEMBERSHIP_OF.as_str(),
        members::ROLE.as_str(),
        members::GET.as_str(),
        members::GET_ROW.as_str(),
        invites::TEAMS,
        invites::INVITER,
    ]
}

/// Each listed statement's function name, made once.
static LISTED: LazyLock<HashMap<&'static str, String>> =
    LazyLock::new(|| statements().into_iter().map(|sql| (sql, name(sql))).collect());

/// The function a statement becomes.
pub(crate) fn name(sql: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest: String = Sha256::digest(sql.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("orgctl_q_{digest}")
}

/// What to send for `sql` with `arity` parameters: its function's call
/// when it is listed, else `None` (send it as it is).
pub(crate) fn call(sql: &str, arity: usize) -> Option<String> {
    let name = LISTED.get(sql)?;
    let args: Vec<String> = (1..=arity).map(|i| format!("?{i}")).collect();
    Some(format!("SELECT * FROM {name}({})", args.join(", ")))
}

/// What the digest of the database's functions covers besides access.sql:
/// the statements' texts.
pub(crate) fn fingerprint() -> String {
    statements().join("\n")
}

/// Makes the functions (`init`, after access.sql, in its transaction): the
/// old ones dropped, each statement's described by the server for its
/// parameters' and columns' types.
pub(crate) fn install(tx: &mut postgres::Transaction) -> Result<(), postgres::Error> {
    let old: Vec<String> = tx
        .query(
            "SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p \
             WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'orgctl\\_q\\_%'",
            &[],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for f in old {
        tx.batch_execute(&format!("DROP FUNCTION {f}"))?;
    }
    for sql in statements() {
        let text = to_postgres(sql);
        let described = tx.prepare(&text)?;
        let kind = |t: &postgres::types::Type| format!("{}.{}", quote(t.schema()), quote(t.name()));
        let params: Vec<String> =
            described.params().iter().enumerate().map(|(i, t)| format!("p{} {}", i + 1, kind(t))).collect();
        let columns: Vec<String> =
            described.columns().iter().enumerate().map(|(i, c)| format!("c{} {}", i + 1, kind(c.type_()))).collect();
        let name = name(sql);
        let signature = format!("public.{name}({})", params.join(", "));
        tx.batch_execute(&format!(
            "CREATE FUNCTION {signature} RETURNS TABLE ({columns}) \
             LANGUAGE plpgsql VOLATILE SECURITY INVOKER \
             SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan \
             AS $orgctl$\n#variable_conflict use_column\nBEGIN\n    RETURN QUERY {text};\nEND\n$orgctl$; \
             COMMENT ON FUNCTION {signature} IS 'orgctl: one of its statements, kept planned (run as the caller)'; \
             REVOKE ALL ON FUNCTION {signature} FROM PUBLIC; \
             GRANT EXECUTE ON FUNCTION {signature} TO orgctl_app;",
            columns = columns.join(", "),
        ))?;
    }
    Ok(())
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_statement_becomes_its_functions_call_and_others_stay() {
        let sql = teams::FIND;
        let call = call(sql, 2).expect("listed");
        assert_eq!(call, format!("SELECT * FROM {}(?1, ?2)", name(sql)));
        assert!(name(sql).starts_with("orgctl_q_") && name(sql).len() == "orgctl_q_".len() + 16);
        assert_ne!(name(sql), name(invites::INVITER), "each statement its own function");
        assert_eq!(super::call("SELECT 1", 0), None);
        assert_eq!(statements().len(), LISTED.len(), "no statement listed twice");
    }
}
