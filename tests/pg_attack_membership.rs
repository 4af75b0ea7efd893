//! Attacks on membership (PostgreSQL), as a hostile tenant would make them
//! with nothing but their own login and raw SQL: a membership comes only
//! from the org's founding transaction, an admin of the org, or the holder
//! of a pending invite's token; emails do not change by SQL; allowed
//! domains hold; at the commit every org keeps an admin. Each attack is
//! refused, and the legitimate path beside it still works.

use postgres::error::SqlState;
use postgres::IsolationLevel;

use crate::pg_isolation::id;
use crate::pg_logins::{acting, run, Sql, World, INSERT_MEMBER, IVY, MIA, NICK};

/// The SQLSTATE a commit failed with, if it failed.
pub fn commit_code(tx: postgres::Transaction) -> Option<SqlState> {
    tx.commit().err().and_then(|e| e.code().cloned())
}

#[test]
fn no_one_changes_an_email_to_take_an_invite() {
    let Some(mut w) = World::new("pg_attack_membership::no_one_changes_an_email_to_take_an_invite") else { return };
    // ivy is invited to acme as admin; mia (a member) would become her.
    w.invite(IVY, "admin", 3600, 40);
    let (acme, bolt) = (w.acme.org, w.bolt.org);
    let mut mia = w.client_of(MIA);
    let mut tx = acting(&mut mia, Some(acme), None);
    let take = "UPDATE users SET email = $1 WHERE id = $2";
    assert_eq!(run(&mut tx, take, &[&IVY, &w.mia]), Sql::Denied, "her own email, to the invited one");
    assert_eq!(run(&mut tx, take, &[&"future@x.io", &w.mia]), Sql::Denied, "any email (a future db link)");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.mia, &"admin"]), Sql::Denied, "admin of her own org");
    assert_eq!(run(&mut tx, "SELECT orgctl_accept_invite($1, 0)", &[&vec![40u8; 32]]), Sql::Denied, "ivy's token");
    tx.rollback().unwrap();
    let mut tx = acting(&mut mia, Some(bolt), None);
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&bolt, &w.mia, &"admin"]), Sql::Denied, "admin of another org");
    tx.rollback().unwrap();
    // Her name she may change, as `user edit` does.
    let mut tx = acting(&mut mia, None, None);
    assert_eq!(run(&mut tx, "UPDATE users SET name = 'Mia' WHERE id = $1", &[&w.mia]), Sql::Rows(1));
    tx.commit().unwrap();
    // The rightful invitee accepts with the token.
    let mut ivy = w.client_of(IVY);
    let mut tx = acting(&mut ivy, Some(acme), None);
    assert_eq!(run(&mut tx, "SELECT orgctl_accept_invite($1, 0)", &[&vec![40u8; 32]]), Sql::Rows(1));
    tx.commit().unwrap();
    assert_eq!(w.as_owner_count(acme, "members", &format!("user_id = {} AND role = 'admin'", w.ivy)), 1);
}

#[test]
fn a_revoked_declined_or_accepted_invite_gives_nothing() {
    let Some(mut w) = World::new("pg_attack_membership::a_revoked_declined_or_accepted_invite_gives_nothing") else {
        return;
    };
    let acme = w.acme.org;
    let revoked = w.invite(NICK, "member", 3600, 41);
    {
        let mut tx = w.owner.transaction().unwrap();
        tx.execute("SELECT set_config('app.org_id', $1, true)", &[&acme.to_string()]).unwrap();
        tx.execute("UPDATE invites SET state = 'revoked' WHERE id = $1", &[&revoked]).unwrap();
        tx.commit().unwrap();
    }
    let mut nick = w.client_of(NICK);
    let accept = "SELECT orgctl_accept_invite($1, 0)";
    let mut tx = acting(&mut nick, Some(acme), None);
    assert_eq!(run(&mut tx, accept, &[&vec![41u8; 32]]), Sql::Denied, "revoked");
    assert_eq!(run(&mut tx, "UPDATE invites SET state = 'pending' WHERE id = $1", &[&revoked]), Sql::Rows(0));
    // Nor may the holder of a revoked invite write the org's log.
    assert_eq!(run(&mut tx, crate::pg_logins::AUDIT, &[&acme]), Sql::Denied, "its audit log");
    tx.rollback().unwrap();
    // Declined: then accepting it fails too.
    w.invite(NICK, "member", 3600, 42);
    let mut tx = acting(&mut nick, Some(acme), None);
    // (In the transaction itself, as orgctl does: the database knows the
    // answer by the transaction that wrote it.)
    assert_eq!(tx.execute("UPDATE invites SET state = 'declined' WHERE state = 'pending'", &[]).unwrap(), 1);
    assert_eq!(run(&mut tx, accept, &[&vec![42u8; 32]]), Sql::Denied, "declined");
    // ... while the decline itself is recorded, in the same transaction.
    assert_eq!(run(&mut tx, crate::pg_logins::AUDIT, &[&acme]), Sql::Rows(1));
    tx.commit().unwrap();
    // Someone else's token is someone else's.
    w.invite(IVY, "member", 3600, 43);
    let mut tx = acting(&mut nick, Some(acme), None);
    assert_eq!(run(&mut tx, accept, &[&vec![43u8; 32]]), Sql::Denied, "ivy's invite");
    tx.rollback().unwrap();
    assert_eq!(w.as_owner_count(acme, "members", &format!("user_id = {}", w.nick)), 0);
}

/// The race the founding check closes: a statement whose snapshot predates
/// an org's creation (so it sees no member there) inserting its author as
/// admin the moment the org is committed. The org row's xmin is the
/// founding transaction; no other transaction passes.
#[test]
fn only_the_founding_transaction_adds_the_first_admin() {
    let Some(mut w) = World::new("pg_attack_membership::only_the_founding_transaction_adds_the_first_admin") else {
        return;
    };
    let mut nick = w.client_of(NICK);
    let mut mia = w.client_of(MIA);
    // mia's transaction takes its snapshot first.
    let mut late = mia.build_transaction().isolation_level(IsolationLevel::RepeatableRead).start().unwrap();
    late.execute("SELECT 1", &[]).unwrap();
    // nick founds an org and commits.
    let mut tx = acting(&mut nick, None, None);
    let new = id(&mut tx, "SELECT orgctl_create_org('nova', 'Nova', 0)", &[]);
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&new, &w.nick, &"admin"]), Sql::Rows(1));
    tx.commit().unwrap();
    // mia, with the new org set, in her old snapshot.
    late.execute("SELECT set_config('app.org_id', $1, true)", &[&new.to_string()]).unwrap();
    assert_eq!(run(&mut late, INSERT_MEMBER, &[&new, &w.mia, &"admin"]), Sql::Denied, "a co-founder by race");
    late.rollback().unwrap();
    // Nor in a fresh one.
    let mut tx = acting(&mut mia, Some(new), None);
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&new, &w.mia, &"admin"]), Sql::Denied);
    tx.rollback().unwrap();
    // An org created without its first admin does not commit.
    let mut tx = acting(&mut nick, None, None);
    id(&mut tx, "SELECT orgctl_create_org('empty', 'Empty', 0)", &[]);
    assert_eq!(commit_code(tx), Some(SqlState::CHECK_VIOLATION), "an org without an admin");
    // An unlinked login creates nothing.
    let (_, mut nobody) = w.unlinked();
    let mut tx = acting(&mut nobody, None, None);
    assert_eq!(run(&mut tx, "SELECT orgctl_create_org('ghost', 'Ghost', 0)", &[]), Sql::Denied);
}

#[test]
fn every_org_keeps_an_admin_at_the_commit() {
    let Some(mut w) = World::new("pg_attack_membership::every_org_keeps_an_admin_at_the_commit") else { return };
    let acme = w.acme.org;
    let mut alice = w.client_of("alice@x.io");
    for sql in ["UPDATE members SET role = 'member' WHERE user_id = $1", "DELETE FROM members WHERE user_id = $1"] {
        let mut tx = acting(&mut alice, Some(acme), None);
        // (Her dashboards handed over first, as orgctl does.)
        run(&mut tx, "UPDATE dashboards SET owner_id = NULL WHERE owner_id = $1", &[&w.alice]);
        assert_eq!(run(&mut tx, sql, &[&w.alice]), Sql::Rows(1), "{sql}: the statement runs...");
        assert_eq!(commit_code(tx), Some(SqlState::CHECK_VIOLATION), "{sql}: ...the commit does not");
    }
    assert_eq!(w.as_owner_count(acme, "members", "role = 'admin'"), 1);
    // With another admin named first, she may step down.
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, "UPDATE members SET role = 'admin' WHERE user_id = $1", &[&w.mia]), Sql::Rows(1));
    assert_eq!(run(&mut tx, "UPDATE members SET role = 'member' WHERE user_id = $1", &[&w.alice]), Sql::Rows(1));
    tx.commit().unwrap();
    assert_eq!(w.as_owner_count(acme, "members", &format!("role = 'admin' AND user_id = {}", w.mia)), 1);
}

#[test]
fn allowed_domains_hold_for_every_new_membership() {
    let Some(mut w) = World::new("pg_attack_membership::allowed_domains_hold_for_every_new_membership") else {
        return;
    };
    let acme = w.acme.org;
    w.invite(NICK, "member", 3600, 44);
    let mut alice = w.client_of("alice@x.io");
    let mut tx = acting(&mut alice, Some(acme), None);
    let set = "INSERT INTO org_security (org_id, allowed_domains) VALUES ($1, $2) \
               ON CONFLICT (org_id) DO UPDATE SET allowed_domains = excluded.allowed_domains";
    assert_eq!(run(&mut tx, set, &[&acme, &"example.com"]), Sql::Rows(1));
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.nick, &"member"]), Sql::Denied, "an admin adding x.io");
    tx.commit().unwrap();
    let mut nick = w.client_of(NICK);
    let mut tx = acting(&mut nick, Some(acme), None);
    assert_eq!(run(&mut tx, "SELECT orgctl_accept_invite($1, 0)", &[&vec![44u8; 32]]), Sql::Denied, "by invite");
    tx.rollback().unwrap();
    // Widened, both work.
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, set, &[&acme, &"example.com,x.io"]), Sql::Rows(1));
    tx.commit().unwrap();
    let mut tx = acting(&mut nick, Some(acme), None);
    assert_eq!(run(&mut tx, "SELECT orgctl_accept_invite($1, 0)", &[&vec![44u8; 32]]), Sql::Rows(1));
    tx.commit().unwrap();
    // Narrowed again: nick stays, and may be changed but in role.
    let mut tx = acting(&mut alice, Some(acme), None);
    assert_eq!(run(&mut tx, set, &[&acme, &"example.com"]), Sql::Rows(1));
    let reason = "UPDATE members SET reason = 'kept' WHERE org_id = $1 AND user_id = $2";
    assert_eq!(run(&mut tx, reason, &[&acme, &w.nick]), Sql::Rows(1), "the role is unchanged");
    let promote = "UPDATE members SET role = 'admin' WHERE org_id = $1 AND user_id = $2";
    assert_eq!(run(&mut tx, promote, &[&acme, &w.nick]), Sql::Denied, "a new role is a new membership's");
    tx.rollback().unwrap();
    // Guest domains alone (no allowed domains): a guest from elsewhere is
    // refused, as a guest or made one; a member from anywhere joins.
    let mut tx = acting(&mut alice, Some(acme), None);
    let guests = "UPDATE org_security SET allowed_domains = NULL, guest_domains = 'example.com' WHERE org_id = $1";
    assert_eq!(run(&mut tx, guests, &[&acme]), Sql::Rows(1));
    let drop_nick = "DELETE FROM members WHERE org_id = $1 AND user_id = $2";
    assert_eq!(run(&mut tx, drop_nick, &[&acme, &w.nick]), Sql::Rows(1));
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.nick, &"guest"]), Sql::Denied, "a guest from x.io");
    assert_eq!(run(&mut tx, INSERT_MEMBER, &[&acme, &w.nick, &"member"]), Sql::Rows(1), "a member from x.io");
    let demote = "UPDATE members SET role = 'guest' WHERE org_id = $1 AND user_id = $2";
    assert_eq!(run(&mut tx, demote, &[&acme, &w.nick]), Sql::Denied, "made a guest from x.io");
    tx.rollback().unwrap();
}
