//! The command tree as users see it: the clap definition without its hidden
//! subcommands (`__complete`), which the completion scripts and the man pages
//! are made from.

use clap::{Command, CommandFactory};

use crate::cli::Cli;

/// The command tree as users see it: hidden subcommands (`__complete`) removed.
pub fn visible_command() -> Command {
    without_hidden_subcommands(Cli::command())
}

/// clap has no way to remove a subcommand, and clap_complete lists hidden
/// ones, so a command with hidden subcommands is rebuilt from its parts. The
/// unit tests check that the rebuilt root renders the same help as the original.
fn without_hidden_subcommands(cmd: Command) -> Command {
    if !cmd.get_subcommands().any(Command::is_hide_set) {
        return cmd.mut_subcommands(without_hidden_subcommands);
    }
    let subcommands: Vec<Command> =
        cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned().map(without_hidden_subcommands).collect();
    let mut out = Command::new(cmd.get_name().to_owned())
        .args(cmd.get_arguments().cloned())
        .groups(cmd.get_groups().cloned())
        .subcommands(subcommands)
        .propagate_version(cmd.is_propagate_version_set())
        .disable_help_subcommand(cmd.is_disable_help_subcommand_set())
        .disable_help_flag(cmd.is_disable_help_flag_set())
        .disable_version_flag(cmd.is_disable_version_flag_set())
        .subcommand_required(cmd.is_subcommand_required_set())
        .arg_required_else_help(cmd.is_arg_required_else_help_set())
        .hide(cmd.is_hide_set());
    if let Some(v) = cmd.get_version() {
        out = out.version(v.to_owned());
    }
    if let Some(v) = cmd.get_long_version() {
        out = out.long_version(v.to_owned());
    }
    if let Some(v) = cmd.get_author() {
        out = out.author(v.to_owned());
    }
    if let Some(v) = cmd.get_about() {
        out = out.about(v.clone());
    }
    if let Some(v) = cmd.get_long_about() {
        out = out.long_about(v.clone());
    }
    if let Some(v) = cmd.get_before_help() {
        out = out.before_help(v.clone());
    }
    if let Some(v) = cmd.get_before_long_help() {
        out = out.before_long_help(v.clone());
    }
    if let Some(v) = cmd.get_after_help() {
        out = out.after_help(v.clone());
    }
    if let Some(v) = cmd.get_after_long_help() {
        out = out.after_long_help(v.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help_of(cmd: &mut Command) -> String {
        format!("{}\n{}\n{}", cmd.render_help(), cmd.render_long_help(), cmd.render_version())
    }

    #[test]
    fn rebuilt_root_renders_the_same_help() {
        let mut original = Cli::command().term_width(100);
        let mut visible = visible_command().term_width(100);
        assert_eq!(help_of(&mut original), help_of(&mut visible));
        let names = |c: &Command| c.get_subcommands().map(|s| s.get_name().to_owned()).collect::<Vec<_>>();
        let mut expected = names(&original);
        expected.retain(|n| n != "__complete");
        assert_eq!(names(&visible), expected);
        assert!(original.find_subcommand("__complete").is_some(), "the hidden subcommand exists");
    }

    #[test]
    fn every_command_and_flag_has_help_and_every_verb_an_example() {
        fn walk(cmd: &Command, path: &str) {
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(!help.trim().is_empty(), "{path}: argument {} has no help", arg.get_id());
                assert!(!help.contains('\n'), "{path}: argument {} has more than one line of help", arg.get_id());
            }
            for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
                let sub_path = format!("{path} {}", sub.get_name());
                let about = sub.get_about().map(|h| h.to_string()).unwrap_or_default();
                assert!(!about.trim().is_empty(), "{sub_path} has no one-line help");
                if !sub.has_subcommands() {
                    let after = sub.get_after_help().map(|h| h.to_string()).unwrap_or_default();
                    assert!(after.contains("Example"), "{sub_path} has no example in its help");
                    let words = sub_path.trim_start_matches("orgctl ");
                    assert!(after.contains(words), "{sub_path}: its example does not run `{words}`");
                }
                walk(sub, &sub_path);
            }
        }
        walk(&visible_command(), "orgctl");
    }
}
