//! Attacks with values the CLI would refuse (PostgreSQL): escape sequences
//! and bidi overrides in names (which later break other users' terminals
//! and `export`), bad slugs, mixed-case or malformed emails (which break
//! `member remove`). The database's CHECK constraints (`orgctl_value_*`)
//! refuse them as the CLI's parsers do; the values the CLI writes pass.

use postgres::error::SqlState;
use postgres::Transaction;

use crate::pg_logins::{acting, in_savepoint, message, World};

/// What `sql` did in a savepoint of `tx`: `Ok(rows)` or the SQLSTATE.
fn attempt(tx: &mut Transaction, sql: &str, params: &[&(dyn postgres::types::ToSql + Sync)]) -> Result<u64, SqlState> {
    in_savepoint(tx, true, |sp| sp.execute(sql, params))
        .map_err(|e| e.code().cloned().unwrap_or_else(|| panic!("{sql}: {}", message(&e))))
}

#[test]
fn values_obey_the_cli_parsers() {
    let Some(mut w) = World::new("pg_attack_values::values_obey_the_cli_parsers") else { return };
    let acme = w.acme.org;
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    let team = "INSERT INTO teams (org_id, slug, name, created_at) VALUES ($1, $2, $3, 0)";
    let bad_names = [
        "\u{1b}[31mred",
        "Al\u{202E}ice",
        "zero\u{200B}width",
        "bom\u{FEFF}",
        "tab\there",
        "line\nbreak",
        " leading",
        "trailing ",
        "",
        "   ",
    ];
    for (i, name) in bad_names.iter().enumerate() {
        let slug = format!("t{i}");
        assert_eq!(attempt(&mut tx, team, &[&acme, &slug, name]), Err(SqlState::CHECK_VIOLATION), "name {name:?}");
    }
    let long = "x".repeat(201);
    assert_eq!(attempt(&mut tx, team, &[&acme, &"long", &long]), Err(SqlState::CHECK_VIOLATION), "201 characters");
    for slug in ["Bad", "-lead", "trail-", "with space", "ünï", "a_b", "", &"a".repeat(41)] {
        assert_eq!(attempt(&mut tx, team, &[&acme, &slug, &"Ok"]), Err(SqlState::CHECK_VIOLATION), "slug {slug:?}");
    }
    // What the CLI writes goes in.
    for (slug, name) in [("ops", "Ops"), ("data-team-2", "Données & “quotes”"), (&"a".repeat(40) as &str, "é")] {
        assert_eq!(attempt(&mut tx, team, &[&acme, &slug, &name]), Ok(1), "{slug} {name}");
    }
    let long_ok = "é".repeat(200);
    assert_eq!(attempt(&mut tx, team, &[&acme, &"long-ok", &long_ok]), Ok(1), "200 characters");
    let rename = "UPDATE teams SET name = $2 WHERE id = $1";
    assert_eq!(attempt(&mut tx, rename, &[&w.acme.team, &"\u{1b}]0;pwned\u{7}"]), Err(SqlState::CHECK_VIOLATION));

    // Emails: users, invites, billing.
    let user = "INSERT INTO users (email, name, created_at) VALUES ($1, 'U', 0)";
    for email in
        ["Mixed@x.io", "no-at-sign", "a@b", "a@b.", "two@@x.io", "sp ace@x.io", "\"q\"@x.io", "ü@x.io", "a@x.io\n"]
    {
        assert_eq!(attempt(&mut tx, user, &[&email]), Err(SqlState::CHECK_VIOLATION), "email {email:?}");
    }
    assert_eq!(attempt(&mut tx, user, &[&"first.last+tag@mail.example.com"]), Ok(1));
    let invite = "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, number) \
                  VALUES ($1, $2, 'member', '\\x99', 'pending', 0, 1, 77)";
    assert_eq!(attempt(&mut tx, invite, &[&acme, &"Bob@X.io"]), Err(SqlState::CHECK_VIOLATION));
    assert_eq!(attempt(&mut tx, invite, &[&acme, &"bob@x.io"]), Ok(1));
    let billing = "UPDATE orgs SET billing_email = $1";
    assert_eq!(attempt(&mut tx, billing, &[&"Billing@X.io"]), Err(SqlState::CHECK_VIOLATION));
    assert_eq!(attempt(&mut tx, billing, &[&"billing@x.io"]), Ok(1));
    // A user's own name, through SQL, obeys the same bounds.
    assert_eq!(
        attempt(&mut tx, "UPDATE users SET name = $2 WHERE id = $1", &[&w.alice, &"\u{202E}ecila"]),
        Err(SqlState::CHECK_VIOLATION)
    );
    tx.commit().unwrap();
}
