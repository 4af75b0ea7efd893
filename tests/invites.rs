//! Invites (docs/contract.md §1 Invite, §4 `invite …`): create, list, revoke, resend, accept, decline; tokens never kept.

use std::time::Duration;

use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::common::*;

const ERIN: &str = "erin@example.com";
const FRANK: &str = "frank@example.com";

/// `invite create ARGS` as alice, with `--json`: one object per email.
fn create(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut full = vec!["invite", "create"];
    full.extend_from_slice(args);
    let v = env.json(&full);
    array(&v).clone()
}

/// Creates one invite and returns (id, token).
fn invite(env: &Env, args: &[&str]) -> (i64, String) {
    let list = create(env, args);
    assert_eq!(list.len(), 1, "{list:?}");
    (id_of(&list[0]), str_field(&list[0], "token"))
}

fn id_of(v: &Value) -> i64 {
    v["id"].as_i64().unwrap_or_else(|| panic!("no numeric id in {v}"))
}

/// Every invite of acme (`--state all`), as alice.
fn all(env: &Env) -> Vec<Value> {
    array(&env.json(&["invite", "list", "--state", "all"])).clone()
}

fn state(env: &Env, id: i64) -> String {
    let list = all(env);
    let inv = list.iter().find(|i| id_of(i) == id).unwrap_or_else(|| panic!("no invite {id} in {list:?}"));
    str_field(inv, "state")
}

fn listed_ids(env: &Env, state: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = array(&env.json(&["invite", "list", "--state", state])).iter().map(id_of).collect();
    ids.sort();
    ids
}

fn time_of(v: &Value, key: &str) -> OffsetDateTime {
    let s = str_field(v, key);
    assert_utc_time(&s);
    OffsetDateTime::parse(&s, &Rfc3339).unwrap_or_else(|e| panic!("{key} {s:?}: {e}"))
}

/// Seconds from `created_at` to `expires_at`.
fn lifetime(v: &Value) -> i64 {
    (time_of(v, "expires_at") - time_of(v, "created_at")).whole_seconds()
}

fn accept(env: &Env, user: &str, token: &str) -> std::process::Output {
    env.run(&["--json", "--as", user, "invite", "accept", token])
}

fn context(env: &Env) -> toml::Table {
    let text = String::from_utf8(env.context_bytes().expect("a context file")).expect("utf-8 context");
    toml::from_str(&text).unwrap_or_else(|e| panic!("context is not TOML ({e}): {text}"))
}

fn role_in_acme(env: &Env, email: &str) -> Option<String> {
    env.roles().into_iter().find(|(e, _)| e == email).map(|(_, r)| r)
}

/// The seed plus erin and frank (registered, in no org) and two teams.
fn setup() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["user", "add", ERIN, "--name", "Erin Zoe"]);
    env.ok(&["user", "add", FRANK, "--name", "Frank Loe"]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "create", "ops"]);
    env
}

#[test]
fn create_prints_one_object_per_email_with_its_token() {
    let env = setup();
    let list = create(&env, &[CAROL, DAVE, "--role", "admin", "--team", "eng", "--team", "ops"]);
    assert_eq!(list.len(), 2, "{list:?}");
    let mut tokens = Vec::new();
    for (inv, email) in list.iter().zip([CAROL, DAVE]) {
        assert_keys(inv, &["id", "email", "role", "teams", "state", "created_at", "expires_at", "token"]);
        assert_eq!(inv["email"], email);
        assert_eq!(inv["role"], "admin");
        assert_eq!(inv["state"], "pending");
        assert_eq!(inv["teams"], serde_json::json!(["eng", "ops"]));
        let token = str_field(inv, "token");
        assert!(token.len() >= 32, "a token of 256 bits: {token:?}");
        tokens.push(token);
        assert_eq!(lifetime(inv), 7 * 86_400, "default expiry is 7 days: {inv}");
    }
    assert_ne!(tokens[0], tokens[1]);
    // Printed once: the list never shows a token.
    let listed = env.ok(&["--json", "invite", "list", "--state", "all"]);
    for t in &tokens {
        assert!(!listed.contains(t.as_str()), "invite list shows a token: {listed}");
    }
    for inv in all(&env) {
        assert!(inv.get("token").is_none(), "{inv}");
    }
}

#[test]
fn quiet_create_prints_only_the_tokens() {
    let env = setup();
    let out = env.ok(&["-q", "invite", "create", CAROL, DAVE]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "one token per line: {out:?}");
    for line in &lines {
        assert!(!line.contains('@') && !line.contains(char::is_whitespace), "not a bare token: {line:?}");
    }
    // In the order of the emails.
    env.ok(&["--as", CAROL, "invite", "accept", lines[0]]);
    env.ok(&["--as", DAVE, "invite", "accept", lines[1]]);
}

#[test]
fn expires_takes_a_duration() {
    let env = setup();
    for (arg, secs) in [("90m", 90 * 60), ("7d", 7 * 86_400), ("2w", 14 * 86_400), ("1s", 1), ("365d", 365 * 86_400)] {
        let email = format!("x{secs}@example.com");
        let list = create(&env, &[&email, "--expires", arg]);
        assert_eq!(lifetime(&list[0]), secs, "--expires {arg}: {}", list[0]);
    }
}

#[test]
fn expires_out_of_bounds_is_a_usage_error() {
    let env = setup();
    for bad in ["0s", "-1d", "366d", "7 days", "7", "d", "1y"] {
        let flag = format!("--expires={bad}");
        let err = env.json_err(&["invite", "create", CAROL, &flag], 2);
        assert_error_kind(&err, "usage");
        env.fails(&["invite", "create", CAROL, "--expires", bad], 2);
    }
    assert!(all(&env).is_empty(), "nothing was created");
}

#[test]
fn create_is_all_or_nothing() {
    let env = setup();
    // One email is a member: conflict, and the other is not invited either.
    let err = env.json_err(&["invite", "create", CAROL, BOB], 5);
    assert_error_kind(&err, "conflict");
    assert!(err["error"]["message"].as_str().unwrap_or("").contains(BOB), "{err}");
    // One email is invalid.
    env.fails(&["invite", "create", CAROL, "not-an-email"], 2);
    // One team does not exist.
    let err = env.json_err(&["invite", "create", CAROL, "--team", "eng", "--team", "nope"], 3);
    assert_error_kind(&err, "not_found");
    // A bad role.
    env.fails(&["invite", "create", CAROL, "--role", "owner"], 2);
    assert!(all(&env).is_empty(), "nothing was created: {:?}", all(&env));
    // The same email twice in one command is one invite at most, never two.
    let code = env.code(&["invite", "create", CAROL, "Carol@Example.com"]);
    assert!(all(&env).len() <= 1, "exit {code}: {:?}", all(&env));
}

#[test]
fn inviting_a_current_member_is_a_conflict() {
    let env = setup();
    for email in [BOB, ALICE, "BOB@example.com"] {
        let err = env.json_err(&["invite", "create", email], 5);
        assert_error_kind(&err, "conflict");
    }
    assert!(all(&env).is_empty());
}

#[test]
fn inviting_an_email_with_a_pending_invite_names_it_and_suggests_resend() {
    let env = setup();
    let (id, _) = invite(&env, &[CAROL]);
    // The same email with another role: the pending invite is in the way.
    let out = env.fails(&["invite", "create", CAROL, "--role", "admin"], 5);
    let text = stderr(&out);
    assert!(text.contains(&id.to_string()), "names the invite id {id}: {text}");
    assert!(text.contains("invite resend"), "suggests `invite resend`: {text}");
    let err = env.json_err(&["invite", "create", "CAROL@example.com", DAVE, "--role", "admin"], 5);
    assert_error_kind(&err, "conflict");
    assert_eq!(all(&env).len(), 1, "dave was not invited either");
}

#[test]
fn list_filters_by_state() {
    let env = setup();
    env.ok(&["user", "add", "gina@example.com"]);
    let (accepted, t1) = invite(&env, &[CAROL]);
    let (declined, t2) = invite(&env, &[DAVE]);
    let (revoked, _) = invite(&env, &[ERIN]);
    let (pending, _) = invite(&env, &[FRANK]);
    let (expired, _) = invite(&env, &["gina@example.com", "--expires", "1s"]);
    env.ok(&["--as", CAROL, "invite", "accept", &t1]);
    env.ok(&["--as", DAVE, "invite", "decline", &t2]);
    env.ok(&["invite", "revoke", &revoked.to_string()]);
    std::thread::sleep(Duration::from_millis(2100));

    assert_eq!(listed_ids(&env, "pending"), vec![pending]);
    assert_eq!(listed_ids(&env, "accepted"), vec![accepted]);
    assert_eq!(listed_ids(&env, "declined"), vec![declined]);
    assert_eq!(listed_ids(&env, "revoked"), vec![revoked]);
    assert_eq!(listed_ids(&env, "expired"), vec![expired]);
    assert_eq!(listed_ids(&env, "all"), vec![accepted, declined, revoked, pending, expired]);
    // pending is the default.
    let default: Vec<i64> = array(&env.json(&["invite", "list"])).iter().map(id_of).collect();
    assert_eq!(default, vec![pending]);
    assert_eq!(state(&env, expired), "expired");
    for inv in all(&env) {
        assert_keys(&inv, &["id", "email", "role", "teams", "state", "created_at", "expires_at"]);
    }
    env.fails(&["invite", "list", "--state", "bogus"], 2);
    // tsv: one row per invite, no header.
    let tsv = env.ok(&["invite", "list", "--state", "all"]);
    assert_eq!(tsv.lines().count(), 5, "{tsv}");
}

#[test]
fn an_empty_invite_list_prints_nothing() {
    let env = setup();
    let out = env.run(&["invite", "list"]);
    assert_eq!(code_of(&out), 0);
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    assert_eq!(env.json(&["invite", "list", "--state", "all"]), serde_json::json!([]));
}

/// Expiry comes from the clock: no write is needed for an invite to expire.
#[test]
fn expired_invites_cannot_be_accepted_but_can_be_resent_or_revoked() {
    let env = setup();
    let (late, late_token) = invite(&env, &[CAROL, "--expires", "1s"]);
    let (gone, _) = invite(&env, &[DAVE, "--expires", "1s"]);
    std::thread::sleep(Duration::from_millis(2100));
    assert_eq!(state(&env, late), "expired");

    let out = accept(&env, CAROL, &late_token);
    assert_eq!(code_of(&out), 5, "accept after expiry\n{}", describe(&out));
    assert_error_kind(&parse_json(&stderr(&out), &["accept"]), "conflict");
    assert_eq!(role_in_acme(&env, CAROL), None);

    // A pending invite for the email still exists in the sense of "expired": a new one may be made or it resent.
    let v = env.json(&["invite", "resend", &late.to_string()]);
    assert_eq!(v["state"], "pending", "{v}");
    assert_eq!(id_of(&v), late, "resend keeps the invite's id");
    let fresh = str_field(&v, "token");
    assert_ne!(fresh, late_token);
    assert_eq!(lifetime(&v) / 86_400, 7, "default expiry again: {v}");
    assert_eq!(code_of(&accept(&env, CAROL, &late_token)), 3, "the old token is gone");
    env.ok(&["--as", CAROL, "invite", "accept", &fresh]);
    assert_eq!(role_in_acme(&env, CAROL).as_deref(), Some("member"));

    let v = env.json(&["invite", "revoke", &gone.to_string()]);
    assert_eq!(v["state"], "revoked", "an expired invite can be revoked: {v}");
    assert_eq!(state(&env, gone), "revoked");
}

#[test]
fn resend_takes_a_new_expiry() {
    let env = setup();
    let (id, _) = invite(&env, &[CAROL]);
    let v = env.json(&["invite", "resend", &id.to_string(), "--expires", "3d"]);
    let expires = time_of(&v, "expires_at");
    let now = OffsetDateTime::now_utc();
    let left = (expires - now).whole_seconds();
    assert!((3 * 86_400 - 120..=3 * 86_400 + 5).contains(&left), "3 days from now, {left}s: {v}");
    env.fails(&["invite", "resend", &id.to_string(), "--expires", "0s"], 2);
    env.fails(&["invite", "resend", "999"], 3);
    env.fails(&["invite", "resend", "abc"], 2);
}

#[test]
fn resend_replaces_the_token() {
    let env = setup();
    let (id, old) = invite(&env, &[CAROL, "--team", "eng"]);
    let v = env.json(&["invite", "resend", &id.to_string()]);
    assert_keys(&v, &["id", "email", "role", "teams", "state", "created_at", "expires_at", "token"]);
    let new = str_field(&v, "token");
    assert_ne!(new, old);
    let out = accept(&env, CAROL, &old);
    assert_eq!(code_of(&out), 3, "the old token stops working\n{}", describe(&out));
    assert_error_kind(&parse_json(&stderr(&out), &["accept"]), "not_found");
    assert_eq!(state(&env, id), "pending");
    env.ok(&["--as", CAROL, "invite", "accept", &new]);
    assert_eq!(state(&env, id), "accepted");
    // Only pending or expired invites are resent.
    env.fails(&["invite", "resend", &id.to_string()], 5);
}

#[test]
fn revoke_moves_a_pending_invite_to_revoked_once() {
    let env = setup();
    let (id, token) = invite(&env, &[CAROL]);
    let v = env.json(&["invite", "revoke", &id.to_string()]);
    assert_eq!(v["state"], "revoked", "{v}");
    assert_eq!(v["action"], "updated", "{v}");
    let again = env.json(&["invite", "revoke", &id.to_string()]);
    assert_eq!(again["action"], "unchanged", "{again}");
    assert_eq!(again["state"], "revoked");
    // Revoked, then accepted: conflict.
    let out = accept(&env, CAROL, &token);
    assert_eq!(code_of(&out), 5, "{}", describe(&out));
    assert_eq!(role_in_acme(&env, CAROL), None);
    // Revoked invites are not resent.
    env.fails(&["invite", "resend", &id.to_string()], 5);
    // A new invite for the email may now be made.
    invite(&env, &[CAROL]);
    let err = env.json_err(&["invite", "revoke", "999"], 3);
    assert_error_kind(&err, "not_found");
}

#[test]
fn revoking_an_accepted_invite_is_a_conflict() {
    let env = setup();
    let (id, token) = invite(&env, &[CAROL]);
    env.ok(&["--as", CAROL, "invite", "accept", &token]);
    let err = env.json_err(&["invite", "revoke", &id.to_string()], 5);
    assert_error_kind(&err, "conflict");
    assert_eq!(state(&env, id), "accepted");
    assert_eq!(role_in_acme(&env, CAROL).as_deref(), Some("member"));
}

#[test]
fn accept_joins_with_the_role_and_the_teams_that_still_exist() {
    let env = setup();
    let (id, token) = invite(&env, &[CAROL, "--role", "admin", "--team", "eng", "--team", "ops"]);
    env.ok(&["team", "delete", "ops", "--yes"]);
    let out = accept(&env, CAROL, &token);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let v = parse_json(&stdout(&out), &["accept"]);
    assert_eq!(v["state"], "accepted", "{v}");
    assert_eq!(role_in_acme(&env, CAROL).as_deref(), Some("admin"));
    let members = env.json(&["member", "list", "--team", "eng"]);
    assert_eq!(emails(&members), vec![CAROL.to_string()]);
    let carol = array(&env.json(&["member", "list"])).iter().find(|m| m["email"] == CAROL).cloned().unwrap();
    assert_eq!(carol["teams"], serde_json::json!(["eng"]), "{carol}");
    assert_eq!(state(&env, id), "accepted");
    // Once only.
    let out = accept(&env, CAROL, &token);
    assert_eq!(code_of(&out), 5, "token reuse\n{}", describe(&out));
    assert_error_kind(&parse_json(&stderr(&out), &["accept"]), "conflict");
}

/// Someone added to the org after being invited: the same role accepts (and
/// joins the teams), another role is a conflict that changes nothing.
#[test]
fn accept_by_someone_who_became_a_member_meanwhile() {
    let env = setup();
    let (admin_id, admin_token) = invite(&env, &[CAROL, "--role", "admin"]);
    env.ok(&["member", "add", CAROL]);
    let out = accept(&env, CAROL, &admin_token);
    assert_eq!(code_of(&out), 5, "{}", describe(&out));
    assert_error_kind(&parse_json(&stderr(&out), &["accept"]), "conflict");
    assert!(stderr(&out).contains("member set-role"), "{}", describe(&out));
    assert_eq!(role_in_acme(&env, CAROL).as_deref(), Some("member"));
    assert_eq!(state(&env, admin_id), "pending");

    env.ok(&["invite", "revoke", &admin_id.to_string()]);
    let (id, token) = invite(&env, &[DAVE, "--team", "eng"]);
    env.ok(&["member", "add", DAVE]);
    let out = accept(&env, DAVE, &token);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(parse_json(&stdout(&out), &["accept"])["role"], "member");
    assert_eq!(state(&env, id), "accepted");
    assert!(emails(&env.json(&["member", "list", "--team", "eng"])).contains(&DAVE.to_string()));
}

/// Tokens are handed to `invite accept TOKEN` as they are: none may look like a flag.
#[test]
fn tokens_never_start_with_a_dash() {
    let env = setup();
    let (id, first) = invite(&env, &[CAROL]);
    let mut tokens = vec![first];
    for _ in 0..150 {
        let v = env.json(&["invite", "resend", &id.to_string()]);
        tokens.push(str_field(&v, "token"));
    }
    for t in &tokens {
        assert!(!t.starts_with('-'), "{t}");
        assert!(t.len() >= 43 && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{t}");
    }
    // A dash-led text is still read as a token, not as a flag.
    let out = accept(&env, CAROL, "-Xnot-a-token");
    assert_eq!(code_of(&out), 3, "{}", describe(&out));
}

#[test]
fn accept_takes_the_email_in_any_case() {
    let env = setup();
    let (_, token) = invite(&env, &["Carol@EXAMPLE.com"]);
    env.ok(&["--as", "carol@example.COM", "invite", "accept", &token]);
    assert_eq!(role_in_acme(&env, CAROL).as_deref(), Some("member"));
}

#[test]
fn accept_by_another_user_is_a_conflict_and_does_not_name_the_org() {
    let env = setup();
    let (id, token) = invite(&env, &[CAROL]);
    let out = env.fails(&["--as", DAVE, "invite", "accept", &token], 5);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!text.contains(ORG), "the refusal names the org: {text}");
    assert!(!text.contains("Acme"), "the refusal names the org: {text}");
    let err = env.json_err(&["--as", DAVE, "invite", "accept", &token], 5);
    assert_error_kind(&err, "conflict");
    assert!(!err.to_string().contains(ORG), "{err}");
    // The invite is untouched and still works for its user.
    assert_eq!(state(&env, id), "pending");
    assert_eq!(role_in_acme(&env, DAVE), None);
    env.fails(&["--as", DAVE, "invite", "decline", &token], 5);
    assert_eq!(state(&env, id), "pending");
    env.ok(&["--as", CAROL, "invite", "accept", &token]);
}

#[test]
fn an_unknown_token_is_not_found() {
    let env = setup();
    invite(&env, &[CAROL]);
    for token in ["nope", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"] {
        let out = accept(&env, CAROL, token);
        assert_eq!(code_of(&out), 3, "{}", describe(&out));
        assert_error_kind(&parse_json(&stderr(&out), &["accept"]), "not_found");
        env.fails(&["--as", CAROL, "invite", "decline", token], 3);
    }
    assert_eq!(role_in_acme(&env, CAROL), None);
}

#[test]
fn decline_ends_the_invite() {
    let env = setup();
    let (id, token) = invite(&env, &[CAROL, "--team", "eng"]);
    let v = env.json(&["--as", CAROL, "invite", "decline", &token]);
    assert_eq!(v["state"], "declined", "{v}");
    assert_eq!(state(&env, id), "declined");
    assert_eq!(role_in_acme(&env, CAROL), None);
    env.fails(&["--as", CAROL, "invite", "accept", &token], 5);
    env.fails(&["--as", CAROL, "invite", "decline", &token], 5);
    env.fails(&["invite", "revoke", &id.to_string()], 5);
    assert_eq!(role_in_acme(&env, CAROL), None);
    assert!(env.json(&["member", "list", "--team", "eng"]).as_array().unwrap().is_empty());
}

#[test]
fn accept_with_no_current_org_makes_the_org_current() {
    let env = setup();
    let (_, token) = invite(&env, &[CAROL]);
    env.ok(&["login", CAROL]);
    let ctx = context(&env);
    assert!(ctx.get("org").is_none(), "carol has no org yet: {ctx}");
    env.ok(&["invite", "accept", &token]);
    let ctx = context(&env);
    assert_eq!(ctx["user"].as_str(), Some(CAROL), "{ctx}");
    assert_eq!(ctx["org"].as_str(), Some(ORG), "{ctx}");
    let who = env.json(&["whoami"]);
    assert_eq!(who["org"], ORG, "{who}");
    assert_eq!(who["role"], "member", "{who}");
}

#[test]
fn accept_does_not_switch_an_existing_current_org() {
    let env = setup();
    env.ok(&["--as", CAROL, "org", "create", "carolco"]);
    let (_, token) = invite(&env, &[CAROL]);
    env.ok(&["login", CAROL]);
    env.ok(&["org", "switch", "carolco"]);
    env.ok(&["invite", "accept", &token]);
    let who = env.json(&["whoami"]);
    assert_eq!(who["org"], "carolco", "{who}");
}

#[test]
fn every_step_is_audited_and_no_entry_holds_a_token() {
    let env = setup();
    let (a, ta) = invite(&env, &[CAROL, "--team", "eng"]);
    let (_, td) = invite(&env, &[DAVE]);
    let (r, tr) = invite(&env, &[ERIN]);
    let resent = env.json(&["invite", "resend", &a.to_string()]);
    let ta2 = str_field(&resent, "token");
    env.ok(&["--as", CAROL, "invite", "accept", &ta2]);
    env.ok(&["--as", DAVE, "invite", "decline", &td]);
    env.ok(&["invite", "revoke", &r.to_string()]);
    let entries = array(&env.json(&["audit", "list", "--action", "invite"])).clone();
    let actions: Vec<String> = entries.iter().map(|e| str_field(e, "action")).collect();
    for want in ["create", "resend", "accept", "decline", "revoke"] {
        assert!(actions.iter().any(|a| a.ends_with(want)), "no invite {want} entry in {actions:?}");
    }
    assert_eq!(actions.iter().filter(|a| a.ends_with("create")).count(), 3, "one entry per invite: {actions:?}");
    let accept = entries.iter().find(|e| str_field(e, "action").ends_with("accept")).unwrap();
    assert_eq!(email_of(&accept["actor"]).as_deref(), Some(CAROL), "{accept}");
    let decline = entries.iter().find(|e| str_field(e, "action").ends_with("decline")).unwrap();
    assert_eq!(email_of(&decline["actor"]).as_deref(), Some(DAVE), "{decline}");

    let tokens = [ta, ta2, td, tr];
    let everything = env.ok(&["--json", "audit", "list", "--limit", "1000"]);
    let table = env.ok(&["-o", "table", "audit", "list", "--limit", "1000"]);
    for t in &tokens {
        assert!(!everything.contains(t.as_str()), "an audit entry holds a token: {everything}");
        assert!(!table.contains(t.as_str()), "an audit entry holds a token: {table}");
    }
}

/// The store keeps only hashes: no token appears in what it holds (the
/// SQLite file's bytes and its WAL's, or every row on PostgreSQL), neither as
/// text nor as its decoded bytes, raw or in hex.
#[test]
fn the_store_never_holds_a_token() {
    let env = setup();
    let mut tokens: Vec<String> =
        create(&env, &[CAROL, DAVE, "--team", "eng"]).iter().map(|i| str_field(i, "token")).collect();
    let (id, t) = invite(&env, &[ERIN]);
    tokens.push(t);
    let resent = env.json(&["invite", "resend", &id.to_string()]);
    tokens.push(str_field(&resent, "token"));
    env.ok(&["--as", CAROL, "invite", "accept", &tokens[0]]);
    let bytes = env.store_contents();
    let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    for t in &tokens {
        assert!(!holds(t.as_bytes()), "the store holds the token {t} in clear");
        // Nor its decoded bytes, whatever alphabet the token uses.
        for engine in [URL_SAFE_NO_PAD, STANDARD_NO_PAD] {
            if let Ok(raw) = engine.decode(t.trim_end_matches('=')) {
                let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
                assert!(raw.len() < 16 || !holds(&raw), "the store holds the raw bytes of token {t}");
                assert!(raw.len() < 16 || !holds(hex.as_bytes()), "the store holds token {t} in hex");
            }
        }
    }
}

#[test]
fn non_admins_cannot_manage_invites() {
    let env = setup();
    let (id, token) = invite(&env, &[CAROL]);
    let before = all(&env);
    let id = id.to_string();
    for user in [BOB, DAVE] {
        let base = ["--as", user, "--org", ORG];
        for rest in [
            vec!["invite", "create", ERIN],
            vec!["invite", "list"],
            vec!["invite", "list", "--state", "all"],
            vec!["invite", "revoke", &id],
            vec!["invite", "resend", &id],
        ] {
            let mut args = base.to_vec();
            args.extend(rest);
            // A member is refused; an outsider does not even find the org.
            let (code, kind) = if user == DAVE { (3, "not_found") } else { (4, "forbidden") };
            let err = env.json_err(&args, code);
            assert_error_kind(&err, kind);
            assert!(!err.to_string().contains(token.as_str()), "{err}");
        }
    }
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "invite", "list"]);
    env.ok(&["member", "set-role", BOB, "member"]);
    assert_eq!(all(&env), before);
}

/// `invite revoke --ignore-missing`: no such invite is `unchanged`, as
/// `member remove --ignore-missing` does; the org and permission checks stay.
#[test]
fn revoke_ignore_missing_reports_unchanged() {
    let env = setup();
    let v = env.json(&["invite", "revoke", "999", "--ignore-missing"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    assert_eq!(v["invite"], "999", "{v}");
    let v = env.json(&["invite", "revoke", DAVE, "--ignore-missing", "--dry-run"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    let tsv = env.ok(&["-o", "tsv", "invite", "revoke", DAVE, "--ignore-missing"]);
    assert!(tsv.starts_with("unchanged\tinvite\tacme\t"), "{tsv}");
    // An existing invite is still revoked.
    let (id, _) = invite(&env, &[CAROL]);
    let v = env.json(&["invite", "revoke", &id.to_string(), "--ignore-missing"]);
    assert_eq!(v["action"], "updated", "{v}");
    // Not an admin, or not a member: refused as before.
    env.fails(&["--as", BOB, "invite", "revoke", "999", "--ignore-missing"], 4);
    env.fails(&["--as", DAVE, "invite", "revoke", "999", "--ignore-missing"], 3);
}

/// Someone who only has a pending invite is told apart, to an admin, by
/// the invite's id as `invite list` shows it: its number in the org, never
/// its row, which counts every org's invites (on PostgreSQL, one sequence
/// for the whole store).
#[test]
fn the_hint_for_an_invitee_names_the_org_s_own_invite_id() {
    let env = setup();
    // Another org invites first, so that acme's rows and numbers differ.
    env.ok(&["--as", DAVE, "org", "create", "globex"]);
    for n in 0..3 {
        env.ok(&["--as", DAVE, "--org", "globex", "invite", "create", &format!("g{n}@example.com")]);
    }
    let (id, _) = invite(&env, &[ERIN]);
    assert_eq!(id, 1, "acme's first invite is its number 1");
    let err = env.json_err(&["member", "remove", ERIN, "--yes"], 3);
    let hint = err["error"]["hint"].as_str().unwrap_or_default();
    assert!(hint.contains(&format!("pending invite (id {id})")), "{err}");
    // A member is not told who is invited.
    let err = env.json_err(&["--as", BOB, "member", "remove", ERIN, "--yes"], 4);
    assert!(!err.to_string().contains("invite"), "{err}");
}
