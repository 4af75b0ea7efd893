//! Shell completion scripts: the committed `completions/` files, printed by
//! `orgctl completions SHELL`.
//!
//! They are clap_complete's static scripts plus, for bash, zsh and fish, a
//! small layer that completes real names at the positions that take them
//! (`orgctl org switch <TAB>`, `--team <TAB>`, ...) by calling the hidden
//! `orgctl __complete KIND`. The layer decides the position in the shell
//! itself, so `orgctl` runs only where a name is wanted, and the static script
//! handles everything else. Which positions those are is the table
//! [`DYNAMIC_POSITIONALS`].
//!
//! The layer's shell code lives in `src/cli/completion/` as real scripts
//! (`shellcheck src/cli/completion/*.bash`, `fish --no-execute
//! src/cli/completion/layer.fish`); what depends on the command tree is filled
//! in at the lines `#@NAME@` (`case` arms, fish `complete` rules) and at
//! `@NAME@` inside a pattern (the options that take a value).

use clap::Command;
use clap_complete::Shell;

use crate::cli::visible::visible_command;

/// The shells with a committed script, and that script's file name.
pub const SCRIPTS: [(Shell, &str); 5] = [
    (Shell::Bash, "orgctl.bash"),
    (Shell::Zsh, "_orgctl"),
    (Shell::Fish, "orgctl.fish"),
    (Shell::Elvish, "orgctl.elv"),
    (Shell::PowerShell, "_orgctl.ps1"),
];

/// Which argument a dynamic position is: the verb's first positional, or every one after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    First,
    Rest,
}

/// `noun verb` positionals that `orgctl __complete KIND` supplies values for.
pub const DYNAMIC_POSITIONALS: &[(&str, &[&str], Position, &str)] = &[
    ("org", &["switch", "show", "edit", "delete", "leave"], Position::First, "orgs"),
    ("member", &["remove", "set-role"], Position::First, "members"),
    ("member", &["remove"], Position::Rest, "members"),
    ("invite", &["revoke", "resend"], Position::First, "invites"),
    // `can-i ACTION <TAB>`: the action sits where a verb would.
    ("can-i", &["view", "edit", "share", "delete"], Position::First, "targets"),
    ("team", &["show", "edit", "delete", "add", "remove"], Position::First, "teams"),
    ("team", &["add", "remove"], Position::Rest, "members"),
    ("dashboard", &["show", "edit", "delete", "share", "unshare", "access"], Position::First, "dashboards"),
    ("connector", &["show", "edit", "remove", "grant", "revoke", "access"], Position::First, "connectors"),
    ("integration", &["show", "edit", "remove", "test"], Position::First, "integrations"),
];

/// Options whose value `orgctl __complete KIND` supplies, wherever they appear.
pub const DYNAMIC_OPTIONS: &[(&str, &str)] = &[
    ("--org", "orgs"),
    ("--team", "teams"),
    ("--user", "members"),
    ("--as", "members"),
    ("--actor", "members"),
    ("--owner", "members"),
    ("--transfer-to", "members"),
    ("--dashboard", "dashboards"),
];

/// Global options passed on to `orgctl __complete`, so that it lists what
/// the command being typed would see.
const PASSED_ON: [&str; 4] = ["--db", "--context", "--as", "--org"];

/// The completion script for one shell, as committed and as printed by `orgctl completions SHELL`.
pub fn completion(shell: Shell, root: Command) -> String {
    let mut cmd = visible_command(root);
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "orgctl", &mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        Shell::Bash => bash_dynamic(&cmd, &text),
        Shell::Zsh => zsh_dynamic(&cmd, &text),
        Shell::Fish => fish_dynamic(&cmd, &text),
        _ => text,
    }
}

/// Every `--long` and `-s` option that takes a value, anywhere in the tree
/// (so that the shells can skip the value when counting positionals).
fn value_options(tree: &Command) -> (Vec<String>, Vec<char>) {
    fn walk(cmd: &Command, longs: &mut Vec<String>, shorts: &mut Vec<char>) {
        for arg in cmd.get_arguments().filter(|a| !a.is_positional() && a.get_action().takes_values()) {
            if let Some(l) = arg.get_long() {
                longs.push(format!("--{l}"));
            }
            if let Some(s) = arg.get_short() {
                shorts.push(s);
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, longs, shorts);
        }
    }
    let (mut longs, mut shorts) = (Vec::new(), Vec::new());
    walk(tree, &mut longs, &mut shorts);
    longs.retain(|l| !PASSED_ON.contains(&l.as_str()));
    longs.sort();
    longs.dedup();
    shorts.sort_unstable();
    shorts.dedup();
    (longs, shorts)
}

/// The `case` arms shared by bash and zsh (both accept `(pattern) ... ;;`):
/// names after `--org=`, names after `--org`, and names at positionals.
fn sh_case_arms(indent: &str) -> (String, String, String) {
    let with_equals = DYNAMIC_OPTIONS
        .iter()
        .map(|(opt, kind)| format!("{indent}({opt}=*) _orgctl_kind={kind} _orgctl_lead={opt}= ;;\n"))
        .collect();
    let separate =
        DYNAMIC_OPTIONS.iter().map(|(opt, kind)| format!("{indent}({opt}) _orgctl_kind={kind} ;;\n")).collect();
    // First positionals before the ones after them: `team add 0` is a team, `team add 1` a member.
    let mut positional = String::new();
    for wanted in [Position::First, Position::Rest] {
        for (noun, verbs, _, kind) in DYNAMIC_POSITIONALS.iter().filter(|d| d.2 == wanted) {
            let patterns: Vec<String> = verbs
                .iter()
                .map(|v| match wanted {
                    Position::First => format!("\"{noun} {v} 0\""),
                    Position::Rest => format!("\"{noun} {v} \"*"),
                })
                .collect();
            positional.push_str(&format!("{indent}({}) _orgctl_kind={kind} ;;\n", patterns.join(" | ")));
        }
    }
    (with_equals, separate, positional)
}

/// The classifier shared by bash and zsh (zsh runs it with 0-based arrays).
fn sh_classifier(tree: &Command) -> String {
    let (longs, shorts) = value_options(tree);
    let (with_equals, separate, positional) = sh_case_arms("        ");
    let passed = PASSED_ON.join(" | ");
    let passed_eq = PASSED_ON.iter().map(|o| format!("{o}=*")).collect::<Vec<_>>().join(" | ");
    let shorts: String = shorts.into_iter().collect();
    let text = SH_CLASSIFIER
        .replace("@PASSED@", &passed)
        .replace("@PASSED_EQ@", &passed_eq)
        .replace("@LONGS@", &longs.join(" | "))
        .replace("@SHORTS@", &shorts)
        .replace("#@WITH_EQUALS@\n", &with_equals)
        .replace("#@SEPARATE@\n", &separate)
        .replace("#@POSITIONAL@\n", &positional);
    format!("\n{text}")
}

/// Shared by bash and zsh; its `#@NAME@` lines take the `case` arms.
const SH_CLASSIFIER: &str = include_str!("completion/classify.bash");

/// bash: the static `_orgctl`, then a classifier and `_orgctl_complete`,
/// which handles name positions and hands everything else to `_orgctl`.
fn bash_dynamic(tree: &Command, generated: &str) -> String {
    let registered = "complete -F _orgctl ";
    assert!(generated.matches(registered).count() >= 1, "clap_complete's bash script changed shape: no `{registered}`");
    let body = generated.replace(registered, "complete -F _orgctl_complete ");
    let (head, tail) = match body.rfind("\nif [[ \"${BASH_VERSINFO[0]}\"") {
        Some(at) => body.split_at(at + 1),
        None => (body.as_str(), ""),
    };
    format!("{head}{}\n{BASH_WRAPPER}\n{tail}", sh_classifier(tree))
}

const BASH_WRAPPER: &str = include_str!("completion/wrapper.bash");

/// zsh: the static function is renamed `_orgctl_clap`; the new `_orgctl`
/// handles name positions and hands everything else to it.
fn zsh_dynamic(tree: &Command, generated: &str) -> String {
    let defined = "\n_orgctl() {\n";
    assert_eq!(generated.matches(defined).count(), 1, "clap_complete's zsh script changed shape: `_orgctl() {{`");
    let body = generated.replace(defined, "\n_orgctl_clap() {\n");
    let last = "\nif [ \"$funcstack[1]\" = \"_orgctl\" ]; then";
    let at = body.rfind(last).unwrap_or_else(|| panic!("clap_complete's zsh script changed shape: `{last}`"));
    let (head, tail) = body.split_at(at + 1);
    format!("{head}{}\n{ZSH_WRAPPER}{tail}", sh_classifier(tree))
}

const ZSH_WRAPPER: &str = include_str!("completion/wrapper.zsh");

/// fish: the static `complete` rules, plus rules whose condition is the classifier.
fn fish_dynamic(tree: &Command, generated: &str) -> String {
    let (longs, shorts) = value_options(tree);
    let passed = PASSED_ON.join(" ");
    let passed_eq = PASSED_ON.iter().map(|o| format!("'{o}=*'")).collect::<Vec<_>>().join(" ");
    let shorts = shorts.iter().map(|s| format!("'-*{s}'")).collect::<Vec<_>>().join(" ");
    let with_equals: String = DYNAMIC_OPTIONS
        .iter()
        .map(|(opt, kind)| {
            format!("        case '{opt}=*'\n            set kind {kind}\n            set lead {opt}=\n")
        })
        .collect();
    let separate: String = DYNAMIC_OPTIONS
        .iter()
        .map(|(opt, kind)| format!("                case {opt}\n                    set kind {kind}\n"))
        .collect();
    let mut positional = String::new();
    for wanted in [Position::First, Position::Rest] {
        for (noun, verbs, pos, kind) in DYNAMIC_POSITIONALS.iter().filter(|d| d.2 == wanted) {
            let patterns: Vec<String> = verbs
                .iter()
                .map(|v| match pos {
                    Position::First => format!("'{noun} {v} 0'"),
                    Position::Rest => format!("'{noun} {v} *'"),
                })
                .collect();
            positional.push_str(&format!(
                "                        case {}\n                            set kind {kind}\n",
                patterns.join(" ")
            ));
        }
    }
    let options: String = DYNAMIC_OPTIONS
        .iter()
        .map(|(opt, _)| {
            format!(
                "complete -c orgctl -l {} -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'\n",
                opt.trim_start_matches("--")
            )
        })
        .collect();
    let layer = FISH_LAYER
        .replace("@PASSED@", &passed)
        .replace("@PASSED_EQ@", &passed_eq)
        .replace("@LONGS@", &longs.join(" "))
        .replace("@SHORTS@", &shorts)
        .replace("#@WITH_EQUALS@\n", &with_equals)
        .replace("#@SEPARATE@\n", &separate)
        .replace("#@POSITIONAL@\n", &positional)
        .replace("#@OPTIONS@\n", &options);
    format!("{generated}\n{layer}")
}

const FISH_LAYER: &str = include_str!("completion/layer.fish");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dynamic_positions_exist_in_the_command_tree() {
        let cmd = visible_command(<crate::cli::Cli as clap::CommandFactory>::command());
        for (noun, verbs, pos, kind) in DYNAMIC_POSITIONALS {
            assert!(crate::cli::complete::KINDS.contains(kind), "`__complete {kind}` is not supported");
            if *noun == "can-i" {
                for verb in *verbs {
                    assert!(verb.parse::<crate::policy::Action>().is_ok_and(|a| a.needs_target()), "{verb}");
                }
                continue;
            }
            for verb in *verbs {
                let leaf = cmd
                    .find_subcommand(noun)
                    .and_then(|n| n.find_subcommand(verb))
                    .unwrap_or_else(|| panic!("no `orgctl {noun} {verb}`"));
                let positionals: Vec<_> = leaf.get_positionals().collect();
                // `Rest`: a second positional, or a first that takes several values.
                let ok = match pos {
                    Position::First => !positionals.is_empty(),
                    Position::Rest => {
                        positionals.len() >= 2
                            || positionals.first().is_some_and(|p| p.get_num_args().is_some_and(|n| n.max_values() > 1))
                    }
                };
                assert!(ok, "`orgctl {noun} {verb}` has no such positional");
            }
        }
        for (opt, kind) in DYNAMIC_OPTIONS {
            assert!(crate::cli::complete::KINDS.contains(kind), "`__complete {kind}` is not supported");
            let (longs, _) = value_options(&visible_command(<crate::cli::Cli as clap::CommandFactory>::command()));
            assert!(longs.contains(&opt.to_string()) || PASSED_ON.contains(opt), "no option {opt} takes a value");
        }
    }
}
