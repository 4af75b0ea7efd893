//! The committed completion scripts work in real shells: bash (always), zsh and fish (when installed).
//!
//! bash is driven the way readline drives it: COMP_LINE, COMP_POINT,
//! COMP_WORDS split at whitespace and at `=` and `@`, then the function that
//! `complete -p orgctl` names is called and COMPREPLY printed. fish answers
//! `complete -C LINE` itself. All three shells' classifiers (which positions
//! take a real name) are checked against one table.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{self, Env, ALICE, BOB, ORG};

const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("completions").join(name)
}

/// Whether `shell` can run; prints why a test is skipped when it cannot.
fn available(shell: &str, test: &str) -> bool {
    let ok = Command::new(shell).args(["-c", "exit 0"]).output().map(|o| o.status.success()).unwrap_or(false);
    if !ok {
        eprintln!("skipping {test}: `{shell}` is not installed (apt-get install {shell})");
    }
    ok
}

/// A shell command in the test's hermetic world: the built `orgctl` first on
/// PATH, the test's store and context in ORGCTL_DB and ORGCTL_CONTEXT.
fn shell(env: &Env, program: &str) -> Command {
    let bin_dir = Path::new(common::bin()).parent().expect("binary directory").to_path_buf();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs = vec![bin_dir];
    dirs.extend(std::env::split_paths(&path));
    let mut cmd = Command::new(program);
    cmd.env_clear()
        .env("PATH", std::env::join_paths(dirs).expect("PATH"))
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("NO_COLOR", "1")
        .env("TERM", "dumb")
        .env("ORGCTL_DB", env.store())
        .env("ORGCTL_CONTEXT", env.context())
        .current_dir(env.root());
    cmd
}

fn run(mut cmd: Command) -> Output {
    let out = cmd.output().expect("run shell");
    assert!(out.status.success(), "shell failed\n{}", common::describe(&out));
    out
}

/// Single-quoted for sh, bash, zsh and fish alike (no test word contains a quote).
fn quote(word: &str) -> String {
    assert!(!word.contains('\''), "test words have no quotes");
    format!("'{word}'")
}

/// COMP_WORDS as readline makes them: split at whitespace, and a run of the
/// word-break characters `=` and `@` is a word of its own.
fn comp_words(line: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for chunk in line.split_whitespace() {
        let mut current = String::new();
        let mut in_breaks = false;
        for c in chunk.chars() {
            let is_break = c == '=' || c == '@';
            if is_break != in_breaks && !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            in_breaks = is_break;
            current.push(c);
        }
        words.push(current);
    }
    if line.ends_with(' ') {
        words.push(String::new());
    }
    words
}

/// What bash offers for `line` (the cursor at its end), and its stderr.
fn bash_complete(env: &Env, line: &str) -> (Vec<String>, String) {
    let words = comp_words(line);
    let mut program = String::new();
    if Path::new(BASH_COMPLETION).is_file() {
        program.push_str(&format!("source {BASH_COMPLETION}\n"));
    }
    program.push_str(&format!("source {}\n", quote(&script("orgctl.bash").to_string_lossy())));
    program.push_str(&format!("COMP_LINE={}\nCOMP_POINT=${{#COMP_LINE}}\n", quote(line)));
    let quoted: Vec<String> = words.iter().map(|w| quote(w)).collect();
    program.push_str(&format!("COMP_WORDS=({})\nCOMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))\n", quoted.join(" ")));
    program.push_str(
        r#"spec=$(complete -p orgctl) || exit 3
fn=${spec#*-F }
fn=${fn%% *}
COMPREPLY=()
"$fn" orgctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#,
    );
    let mut cmd = shell(env, "bash");
    cmd.args(["--norc", "--noprofile", "-c", &program]);
    let out = run(cmd);
    let mut reply: Vec<String> =
        common::stdout(&out).lines().map(|l| l.trim_end().to_owned()).filter(|l| !l.is_empty()).collect();
    reply.sort();
    (reply, common::stderr(&out))
}

fn offers(reply: &[String], expected: &[&str], line: &str) {
    for e in expected {
        assert!(reply.iter().any(|r| r == e), "`{line}<TAB>` does not offer {e:?}: {reply:?}");
    }
}

/// Alice is admin of acme (team engineering, dashboard prod-health,
/// connector warehouse) and of beta (team platform); bob is a member of acme.
fn world() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "engineering"]);
    env.ok(&["team", "add", "engineering", BOB]);
    env.ok(&["dashboard", "create", "Production health", "--slug", "prod-health"]);
    env.ok(&["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://db.internal/analytics"]);
    env.ok(&["integration", "add", "alerts", "--kind", "webhook", "--url", "https://hooks.example.com/in"]);
    env.ok(&["org", "create", "beta"]);
    env.ok(&["--org", "beta", "team", "create", "platform"]);
    env
}

#[test]
fn bash_completes_nouns_verbs_and_flags() {
    let env = Env::new();
    let (reply, _) = bash_complete(&env, "orgctl mem");
    assert_eq!(reply, ["member"], "orgctl mem<TAB>");
    let (reply, _) = bash_complete(&env, "orgctl team ");
    offers(&reply, &["add", "create", "delete", "edit", "list", "remove", "show"], "orgctl team ");
    let (reply, _) = bash_complete(&env, "orgctl member list --ro");
    assert_eq!(reply, ["--role"], "orgctl member list --ro<TAB>");
    let (reply, _) = bash_complete(&env, "orgctl member add bob@example.com --role ");
    assert_eq!(reply, ["admin", "guest", "member"], "--role values");
    let (reply, _) = bash_complete(&env, "orgctl --output ");
    assert_eq!(reply, ["json", "jsonl", "table", "tsv"], "--output values");
    let (reply, _) = bash_complete(&env, "orgctl __c");
    assert!(reply.is_empty(), "the hidden subcommand is offered: {reply:?}");
    let (reply, _) = bash_complete(&env, "orgctl c");
    offers(&reply, &["can-i", "chat", "completions", "connector"], "orgctl c");
    let (reply, _) = bash_complete(&env, "orgctl can-i manage-");
    offers(
        &reply,
        &[
            "manage-billing",
            "manage-connectors",
            "manage-integrations",
            "manage-members",
            "manage-org",
            "manage-security",
            "manage-teams",
        ],
        "can-i",
    );
}

#[test]
fn bash_completes_real_names_from_the_store() {
    let env = world();
    let (reply, stderr) = bash_complete(&env, "orgctl org switch ");
    assert_eq!(reply, [ORG, "beta"], "orgctl org switch <TAB>");
    assert!(stderr.is_empty(), "completion wrote to stderr: {stderr}");
    assert_eq!(bash_complete(&env, "orgctl org switch b").0, ["beta"]);
    assert_eq!(bash_complete(&env, "orgctl org delete ").0, [ORG, "beta"]);
    assert_eq!(bash_complete(&env, "orgctl --org ").0, [ORG, "beta"]);
    // `--org=a`: bash's current word is `a`, after the `=`.
    assert_eq!(bash_complete(&env, "orgctl --org=a").0, [ORG]);
    assert_eq!(bash_complete(&env, "orgctl team show ").0, ["engineering"]);
    // The `--org` on the line is passed on: beta's teams.
    assert_eq!(bash_complete(&env, "orgctl --org beta team show ").0, ["platform"]);
    assert_eq!(bash_complete(&env, "orgctl member list --team ").0, ["engineering"]);
    assert_eq!(bash_complete(&env, "orgctl dashboard share ").0, ["prod-health"]);
    assert_eq!(bash_complete(&env, "orgctl dashboard share prod-health --team ").0, ["engineering"]);
    assert_eq!(bash_complete(&env, "orgctl connector show ").0, ["warehouse"]);
    assert_eq!(bash_complete(&env, "orgctl connector grant ").0, ["warehouse"]);
    assert_eq!(bash_complete(&env, "orgctl integration test ").0, ["alerts"]);
    assert!(bash_complete(&env, "orgctl --org beta integration show ").0.is_empty(), "beta has none");
    assert_eq!(bash_complete(&env, "orgctl member remove ").0, [ALICE, BOB]);
    assert_eq!(bash_complete(&env, "orgctl --as ").0, [ALICE, BOB]);
    assert_eq!(bash_complete(&env, "orgctl audit list --actor ").0, [ALICE, BOB]);
    // `bob@ex`: bash's current word is `ex`, after the `@`.
    assert_eq!(bash_complete(&env, "orgctl team add engineering bob@ex").0, ["example.com"]);
    // Not a name position: the static script answers (flags here).
    let (reply, _) = bash_complete(&env, "orgctl org switch --j");
    assert_eq!(reply, ["--json"]);
}

#[test]
fn bash_completes_can_i_targets_and_invites() {
    let env = world();
    env.ok(&["dashboard", "create", "Secret", "--visibility", "restricted"]);
    let chat = env.ok(&["--as", BOB, "-q", "chat", "create", "Mine"]).trim().to_string();
    env.ok(&["invite", "create", "dave@example.com"]);
    assert_eq!(bash_complete(&env, "orgctl can-i view ").0, ["dashboard/prod-health", "dashboard/secret"]);
    // Bob sees neither the restricted dashboard nor anyone's chats but his own.
    let mine = format!("chat/{chat}");
    assert_eq!(bash_complete(&env, "orgctl --as bob@example.com can-i edit ").0, [&mine, "dashboard/prod-health"]);
    assert_eq!(bash_complete(&env, "orgctl --as bob@example.com can-i edit ch").0, [mine.as_str()]);
    let (reply, _) = bash_complete(&env, "orgctl invite revoke ");
    assert_eq!(reply.len(), 2, "{reply:?}");
    assert!(reply.contains(&"dave@example.com".to_string()), "{reply:?}");
    assert!(reply.iter().any(|r| r.parse::<i64>().is_ok()), "{reply:?}");
    assert_eq!(bash_complete(&env, "orgctl member remove alice@example.com ").0, [ALICE, BOB]);
}

#[test]
fn bash_completion_is_silent_without_a_store() {
    let env = Env::new();
    for line in ["orgctl org switch ", "orgctl --org ", "orgctl team show ", "orgctl connector remove "] {
        let (reply, stderr) = bash_complete(&env, line);
        assert!(reply.is_empty(), "`{line}<TAB>` without a store offers {reply:?}");
        assert!(stderr.is_empty(), "`{line}<TAB>` without a store wrote to stderr: {stderr}");
    }
    if let Some(db) = env.sqlite_file() {
        assert!(!db.exists(), "completion created the store");
    }
    // A `--db` on the line is used, and a missing one is no error either.
    let world = world();
    let missing = world.path("missing.db");
    let (reply, stderr) = bash_complete(&world, &format!("orgctl --db {} org switch ", missing.display()));
    assert!(reply.is_empty() && stderr.is_empty(), "{reply:?} {stderr}");
    assert!(!missing.exists(), "completion created the store named by --db");
}

/// (words before the cursor, word being completed, expected `kind|lead|passed-on options`).
const CLASSIFIED: &[(&[&str], &str, &str)] = &[
    (&["orgctl"], "", "||"),
    (&["orgctl", "team"], "", "||"),
    (&["orgctl", "org", "switch"], "", "orgs||"),
    (&["orgctl", "org", "switch"], "ac", "orgs||"),
    (&["orgctl", "org", "switch", "acme"], "", "||"),
    (&["orgctl", "org", "switch"], "-", "||"),
    (&["orgctl", "org", "create"], "", "||"),
    (&["orgctl", "--json", "org", "delete"], "", "orgs||"),
    (&["orgctl", "-o", "json", "org", "show"], "", "orgs||"),
    (&["orgctl", "-yo", "json", "team", "show"], "", "teams||"),
    (&["orgctl", "--org"], "", "orgs||"),
    (&["orgctl"], "--org=a", "orgs|--org=|"),
    (&["orgctl", "member", "list"], "--team=", "teams|--team=|"),
    (&["orgctl", "team", "add"], "", "teams||"),
    (&["orgctl", "team", "add", "eng"], "", "members||"),
    (&["orgctl", "team", "add", "eng", "a@x.io"], "b", "members||"),
    (&["orgctl", "member", "list", "--role", "admin", "--team"], "", "teams||"),
    (&["orgctl", "member", "remove"], "", "members||"),
    (&["orgctl", "member", "remove", "a@x.io"], "", "members||"),
    (&["orgctl", "invite", "revoke"], "", "invites||"),
    (&["orgctl", "invite", "resend"], "d", "invites||"),
    (&["orgctl", "can-i", "view"], "", "targets||"),
    (&["orgctl", "can-i", "delete"], "dash", "targets||"),
    (&["orgctl", "can-i", "invite"], "", "||"),
    (&["orgctl", "member", "remove", "a@x.io", "--transfer-to"], "", "members||"),
    (&["orgctl", "dashboard", "list", "--owner"], "", "members||"),
    (&["orgctl", "access", "review", "--dashboard"], "", "dashboards||"),
    (&["orgctl", "dashboard", "share", "--permission", "edit"], "", "dashboards||"),
    (&["orgctl", "dashboard", "share", "prod", "--user"], "", "members||"),
    (&["orgctl", "connector", "remove"], "", "connectors||"),
    (&["orgctl", "connector", "grant"], "", "connectors||"),
    (&["orgctl", "connector", "grant", "wh", "--team"], "", "teams||"),
    (&["orgctl", "integration", "test"], "", "integrations||"),
    (&["orgctl", "integration", "edit"], "", "integrations||"),
    (&["orgctl", "--org", "beta", "team", "show"], "", "teams||--org beta"),
    (&["orgctl", "--db", "x.db", "--context=c.toml", "org", "switch"], "", "orgs||--db x.db --context=c.toml"),
    (&["orgctl", "--as", "bob@example.com", "dashboard", "show"], "", "dashboards||--as bob@example.com"),
    (&["orgctl", "--db", "~/x.db", "org", "leave"], "", "orgs||--db HOME/x.db"),
];

fn expected_classes(env: &Env) -> Vec<String> {
    let home = env.path("home").to_string_lossy().into_owned();
    CLASSIFIED.iter().map(|(_, _, want)| want.replace("HOME", &home)).collect()
}

fn call_args(words: &[&str], cur: &str) -> String {
    let mut all: Vec<String> = words.iter().map(|w| quote(w)).collect();
    all.push(quote(cur));
    all.join(" ")
}

fn check_classes(shell_name: &str, out: &Output, env: &Env) {
    let got: Vec<String> = common::stdout(out).lines().map(str::to_owned).collect();
    let want = expected_classes(env);
    assert_eq!(got.len(), want.len(), "{shell_name}: one line per case\n{}", common::describe(out));
    for (((words, cur, _), got), want) in CLASSIFIED.iter().zip(&got).zip(&want) {
        assert_eq!(got, want, "{shell_name}: {words:?} + {cur:?}");
    }
    assert!(common::stderr(out).is_empty(), "{shell_name} wrote to stderr: {}", common::stderr(out));
}

#[test]
fn bash_classifies_name_positions() {
    let env = Env::new();
    let mut program = format!("source {}\n", quote(&script("orgctl.bash").to_string_lossy()));
    for (words, cur, _) in CLASSIFIED {
        program.push_str(&format!(
            "_orgctl_classify {}\necho \"$_orgctl_kind|$_orgctl_lead|${{_orgctl_pass[*]}}\"\n",
            call_args(words, cur)
        ));
    }
    let mut cmd = shell(&env, "bash");
    cmd.args(["--norc", "--noprofile", "-c", &program]);
    check_classes("bash", &run(cmd), &env);
}

#[test]
fn zsh_script_loads_and_classifies() {
    if !available("zsh", "zsh_script_loads_and_classifies") {
        return;
    }
    let env = Env::new();
    let src = quote(&script("_orgctl").to_string_lossy());
    let mut cmd = shell(&env, "zsh");
    cmd.args(["-f", "-c", &format!("autoload -U compinit; compinit -u -D; source {src}")]);
    let out = run(cmd);
    assert!(common::stderr(&out).is_empty(), "zsh: loading _orgctl warns: {}", common::stderr(&out));

    let mut program = format!("autoload -U compinit; compinit -u -D; source {src}\n");
    for (words, cur, _) in CLASSIFIED {
        program.push_str(&format!(
            "_orgctl_classify {}\necho \"$_orgctl_kind|$_orgctl_lead|${{_orgctl_pass[*]}}\"\n",
            call_args(words, cur)
        ));
    }
    let mut cmd = shell(&env, "zsh");
    cmd.args(["-f", "-c", &program]);
    check_classes("zsh", &run(cmd), &env);
}

fn fish_complete(env: &Env, line: &str) -> Vec<String> {
    let src = quote(&script("orgctl.fish").to_string_lossy());
    let mut cmd = shell(env, "fish");
    cmd.args(["--no-config", "-c", &format!("source {src}; complete -C {}", quote(line))]);
    let out = run(cmd);
    assert!(common::stderr(&out).is_empty(), "fish: `{line}` wrote to stderr: {}", common::stderr(&out));
    let mut reply: Vec<String> =
        common::stdout(&out).lines().map(|l| l.split('\t').next().unwrap_or_default().to_owned()).collect();
    reply.sort();
    reply
}

#[test]
fn fish_script_loads_and_completes() {
    if !available("fish", "fish_script_loads_and_completes") {
        return;
    }
    let env = world();
    assert_eq!(fish_complete(&env, "orgctl mem"), ["member"]);
    offers(&fish_complete(&env, "orgctl team "), &["add", "create", "list", "show"], "orgctl team ");
    assert_eq!(fish_complete(&env, "orgctl org switch "), [ORG, "beta"]);
    assert_eq!(fish_complete(&env, "orgctl --org="), ["--org=acme", "--org=beta"]);
    assert_eq!(fish_complete(&env, "orgctl --org beta team show "), ["platform"]);
    assert_eq!(fish_complete(&env, "orgctl member list --team "), ["engineering"]);
    assert_eq!(fish_complete(&env, "orgctl team add engineering "), [ALICE, BOB]);
    let flags = fish_complete(&env, "orgctl org switch --");
    assert!(flags.contains(&"--json".to_owned()), "{flags:?}");
    assert!(!flags.contains(&"--team".to_owned()), "`--team` offered where it does not exist: {flags:?}");
    assert!(!fish_complete(&env, "orgctl __").iter().any(|c| c.contains("__complete")));
}

#[test]
fn fish_classifies_name_positions() {
    if !available("fish", "fish_classifies_name_positions") {
        return;
    }
    let env = Env::new();
    let mut program = format!("source {}\n", quote(&script("orgctl.fish").to_string_lossy()));
    for (words, cur, _) in CLASSIFIED {
        program.push_str(&format!(
            "set -l r (__fish_orgctl_classify {})\n\
             set -l k ''; set -l l ''\n\
             if set -q r[1]; set k $r[1]; set l $r[2]; set -e r[1]; set -e r[1]; end\n\
             set -l p (string join ' ' -- $r)\n\
             echo \"$k|$l|$p\"\n",
            call_args(words, cur)
        ));
    }
    let mut cmd = shell(&env, "fish");
    cmd.args(["--no-config", "-c", &program]);
    check_classes("fish", &run(cmd), &env);
}

/// What zsh's `_orgctl` offers for `line` at a name position. Outside a
/// completion widget `compadd` and `compset` are stand-ins that print what
/// would be offered; the rest (classifier, `orgctl __complete`) is the real thing.
fn zsh_names(env: &Env, line: &str) -> Vec<String> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    let prefix = if line.ends_with(' ') { "" } else { words.pop().unwrap_or_default() };
    let quoted: Vec<String> = words.iter().map(|w| quote(w)).collect();
    let program = format!(
        "autoload -U compinit; compinit -u -D; source {src}\n\
         compadd() {{ while (( $# )); do if [[ $1 == -a ]]; then shift; for x in \"${{(@P)1}}\"; do print -r -- \"[$x]\"; done; fi; shift; done }}\n\
         compset() {{ [[ $1 == -P ]] && PREFIX=${{PREFIX#$2}} }}\n\
         _orgctl_clap() {{ print -r -- STATIC }}\n\
         words=({words} {prefix}); CURRENT=$(( ${{#words}} )); PREFIX={prefix}\n\
         _orgctl\n",
        src = quote(&script("_orgctl").to_string_lossy()),
        words = quoted.join(" "),
        prefix = quote(prefix),
    );
    let mut cmd = shell(env, "zsh");
    cmd.args(["-f", "-c", &program]);
    let out = run(cmd);
    assert!(common::stderr(&out).is_empty(), "zsh: `{line}` wrote to stderr: {}", common::stderr(&out));
    let mut reply: Vec<String> =
        common::stdout(&out).lines().map(|l| l.trim_start_matches('[').trim_end_matches(']').to_owned()).collect();
    reply.sort();
    reply
}

#[test]
fn zsh_completes_real_names_from_the_store() {
    if !available("zsh", "zsh_completes_real_names_from_the_store") {
        return;
    }
    let env = world();
    assert_eq!(zsh_names(&env, "orgctl org switch "), [ORG, "beta"]);
    assert_eq!(zsh_names(&env, "orgctl --org="), [ORG, "beta"]);
    assert_eq!(zsh_names(&env, "orgctl --org beta team show "), ["platform"]);
    assert_eq!(zsh_names(&env, "orgctl dashboard access "), ["prod-health"]);
    assert_eq!(zsh_names(&env, "orgctl team add engineering "), [ALICE, BOB]);
    // Anything else goes to clap's static function.
    assert_eq!(zsh_names(&env, "orgctl team "), ["STATIC"]);
    assert_eq!(zsh_names(&env, "orgctl org switch --"), ["STATIC"]);
    // No store: nothing, silently.
    let empty = Env::new();
    assert!(zsh_names(&empty, "orgctl org switch ").is_empty());
    if let Some(db) = empty.sqlite_file() {
        assert!(!db.exists(), "completion created the store");
    }
}

/// An email may hold shell metacharacters (a backtick is legal in its local
/// part). In a real interactive bash, Tab must insert it quoted, so that
/// neither Tab nor running the completed line executes it.
#[test]
fn bash_inserts_candidates_quoted_in_an_interactive_shell() {
    if !available("bash", "bash_inserts_candidates_quoted_in_an_interactive_shell") {
        return;
    }
    use rexpect::session::spawn_command;
    let env = world();
    let hostile = "z`pwned`@example.com";
    env.ok(&["user", "add", hostile, "--name", "Zed"]);
    env.ok(&["member", "add", hostile]);
    // `pwned` on PATH leaves a mark if the shell ever runs it.
    let tools = env.path("tools");
    std::fs::create_dir_all(&tools).unwrap();
    let marker = env.path("ran");
    std::fs::write(tools.join("pwned"), format!("#!/bin/sh\ntouch '{}'\n", marker.display())).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tools.join("pwned"), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut cmd = shell(&env, "bash");
    let path = std::env::join_paths(
        std::iter::once(tools.clone())
            .chain(std::iter::once(Path::new(common::bin()).parent().unwrap().to_path_buf()))
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .unwrap();
    cmd.env("PATH", path).env("TERM", "xterm").env("PS1", "READY> ").args(["--norc", "--noprofile", "-i"]);
    let mut s = spawn_command(cmd, Some(30_000)).expect("spawn an interactive bash");
    s.exp_string("READY> ").expect("prompt");
    if Path::new(BASH_COMPLETION).is_file() {
        s.send_line(&format!("source {BASH_COMPLETION}")).unwrap();
        s.exp_string("READY> ").expect("bash-completion loads");
    }
    s.send_line(&format!("source {}", quote(&script("orgctl.bash").to_string_lossy()))).unwrap();
    s.exp_string("READY> ").expect("the script loads");
    // Tab completes `z` to the one member starting with it.
    s.send("orgctl --as z").unwrap();
    s.send("\t").unwrap();
    s.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(!marker.exists(), "pressing Tab ran the email's command substitution");
    s.send_line(" whoami -o tsv; echo DONE-$?").unwrap();
    let out = s.exp_string("DONE-").expect("the completed line runs");
    let code = s.exp_regex("[0-9]+").expect("exit code").1;
    s.send_line("exit").unwrap();
    assert!(!marker.exists(), "running the completed line ran the email's command substitution\n{out}");
    assert_eq!(code, "0", "`orgctl --as <completed> whoami` failed\n{out}");
    assert!(out.contains(hostile), "whoami got the email as typed\n{out}");
}

/// The completion layer's shell code is kept as real scripts under
/// `src/cli/completion/`: each parses in its shell as it stands (placeholders
/// included), and shellcheck passes the bash ones.
#[test]
fn completion_templates_are_scripts_their_shells_and_shellcheck_read() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli/completion");
    let checks: [(&str, &[&str], &str); 5] = [
        ("bash", &["-n"], "classify.bash"),
        ("bash", &["-n"], "wrapper.bash"),
        ("zsh", &["-n"], "classify.bash"),
        ("zsh", &["-n"], "wrapper.zsh"),
        ("fish", &["--no-execute"], "layer.fish"),
    ];
    for (program, args, file) in checks {
        if !available(program, "completion_templates_are_scripts_their_shells_and_shellcheck_read") {
            continue;
        }
        let out = Command::new(program).args(args).arg(dir.join(file)).output().expect("run the shell");
        assert!(out.status.success(), "{program} cannot parse {file}\n{}", common::describe(&out));
    }
    let probe = Command::new("shellcheck").arg("--version").output();
    if probe.map(|o| !o.status.success()).unwrap_or(true) {
        eprintln!("skipping shellcheck of the completion templates: `shellcheck` is not installed (apt-get install shellcheck)");
        return;
    }
    // Run from the templates' folder, where .shellcheckrc explains the one placeholder it would flag.
    let out = Command::new("shellcheck")
        .args(["classify.bash", "wrapper.bash"])
        .current_dir(&dir)
        .output()
        .expect("run shellcheck");
    assert!(out.status.success(), "shellcheck finds problems in the completion templates\n{}", common::describe(&out));
}
