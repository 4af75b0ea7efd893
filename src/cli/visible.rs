//! The command tree as users see it: the clap definition without its hidden
//! subcommands (`__complete`), which the completion scripts and the man pages
//! are made from.

use clap::Command;

/// The command tree as users see it: hidden subcommands (`__complete`)
/// removed, then built, so that every command's arguments are defined (clap
/// defers them until a command runs) and every command has clap's own
/// `help` subcommand and flags, as at run time.
pub fn visible_command(root: Command) -> Command {
    visible_command_with(root, |cmd| cmd)
}

/// [`visible_command`] without clap's `help` subcommands: the commands orgctl
/// itself defines, as the man pages describe them.
pub fn defined_commands(root: Command) -> Command {
    visible_command_with(root, |cmd| cmd.disable_help_subcommand(true))
}

/// [`visible_command`] with `settings` applied to the root before it is built.
pub fn visible_command_with(root: Command, settings: impl FnOnce(Command) -> Command) -> Command {
    let mut cmd = settings(without_hidden_subcommands(root));
    cmd.build();
    if cmd.find_subcommand("help").is_none() {
        return cmd;
    }
    // clap copies the tree under `help` (`orgctl help team add`) before it
    // defines the deferred commands, so its copy holds only their names: the
    // verbs are copied in here from the built tree, as clap copies them.
    let nouns: Vec<Command> = cmd.get_subcommands().filter(|s| s.get_name() != "help").cloned().collect();
    cmd.mut_subcommand("help", |help| {
        help.mut_subcommands(|copy| match nouns.iter().find(|n| n.get_name() == copy.get_name()) {
            Some(noun) => {
                let bin = copy.get_bin_name().unwrap_or(copy.get_name()).to_owned();
                let verbs: Vec<Command> = help_children(noun, &bin);
                copy.subcommands(verbs)
            }
            None => copy,
        })
    })
}

/// `cmd`'s subcommands as the `help` subcommand lists them under `bin`
/// (`orgctl help team`): name, help line and their own subcommands, without
/// clap's `help` subcommands.
fn help_children(cmd: &Command, bin: &str) -> Vec<Command> {
    cmd.get_subcommands().filter(|s| s.get_name() != "help").map(|s| copy_for_help(s, bin)).collect()
}

fn copy_for_help(cmd: &Command, parent_bin: &str) -> Command {
    let bin = format!("{parent_bin} {}", cmd.get_name());
    let mut out = Command::new(cmd.get_name().to_owned())
        .bin_name(&bin)
        .hide(cmd.is_hide_set())
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommands(help_children(cmd, &bin));
    if let Some(about) = cmd.get_about() {
        out = out.about(about.clone());
    }
    out
}

/// clap has no way to remove a subcommand, and clap_complete lists hidden
/// ones, so a command with hidden subcommands is rebuilt from its parts. The
/// unit tests check that the rebuilt root renders the same help as the original.
fn without_hidden_subcommands(cmd: Command) -> Command {
    if !cmd.get_subcommands().any(Command::is_hide_set) {
        return cmd.mut_subcommands(without_hidden_subcommands);
    }
    rebuilt_with(&cmd, |s| !s.is_hide_set()).mut_subcommands(without_hidden_subcommands)
}

/// The root command with only the subcommand that `args` name, when they
/// name one: clap copies every global option into every subcommand of the
/// root before it parses, which on every start-up cost a seventh of a
/// command that reads the store. `None` when no argument is a subcommand's
/// name. The caller parses with the full root whenever this one fails, so a
/// wrong guess (an option's value that happens to be a subcommand's name)
/// costs a second parse, never a different result: with one subcommand,
/// arguments that parse at all parse as they would with all of them.
pub(crate) fn root_for(cmd: &Command, args: &[std::ffi::OsString]) -> Option<Command> {
    let named = args.iter().skip(1).find_map(|a| cmd.find_subcommand(a))?;
    Some(rebuilt_with(cmd, |s| std::ptr::eq(s, named)))
}

/// `cmd` rebuilt from its parts with only the subcommands that `keep` keeps.
fn rebuilt_with(cmd: &Command, keep: impl Fn(&Command) -> bool) -> Command {
    let subcommands: Vec<Command> = cmd.get_subcommands().filter(|s| keep(s)).cloned().collect();
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
    use crate::cli::Cli;
    use clap::CommandFactory;

    fn help_of(cmd: &mut Command) -> String {
        format!("{}\n{}\n{}", cmd.render_help(), cmd.render_long_help(), cmd.render_version())
    }

    #[test]
    fn rebuilt_root_renders_the_same_help() {
        let mut original = Cli::command().term_width(100);
        let mut visible = visible_command_with(Cli::command(), |cmd| cmd.term_width(100));
        assert_eq!(help_of(&mut original), help_of(&mut visible));
        let names = |c: &Command| c.get_subcommands().map(|s| s.get_name().to_owned()).collect::<Vec<_>>();
        let mut expected = names(&original);
        expected.retain(|n| n != "__complete");
        assert_eq!(names(&visible), expected);
        assert!(original.find_subcommand("__complete").is_some(), "the hidden subcommand exists");
    }

    fn parse(cmd: Command, args: &[&str]) -> Result<clap::ArgMatches, clap::Error> {
        cmd.try_get_matches_from(args.iter().map(std::ffi::OsString::from))
    }

    #[test]
    fn a_root_with_only_the_named_subcommand_parses_as_the_whole_tree_or_not_at_all() {
        let full = Cli::command();
        let args = ["orgctl", "--as", "a@example.com", "team", "create", "x", "--name", "X"];
        let root = root_for(&full, &args.map(Into::into)).expect("`team` is named");
        assert_eq!(root.get_subcommands().map(Command::get_name).collect::<Vec<_>>(), ["team"]);
        let parsed = |cmd| {
            let matches = parse(cmd, &args).unwrap();
            (
                format!("{:?}", <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap()),
                matches.value_source("as_user"),
            )
        };
        assert_eq!(parsed(root), parsed(full.clone()), "the same command and globals, from the same sources");
        // `team` here is the value of --org: the guess fails, the whole tree parses.
        let args = ["orgctl", "--org", "team", "whoami"];
        let root = root_for(&full, &args.map(Into::into)).expect("`team` is a subcommand's name");
        assert!(parse(root, &args).is_err());
        assert!(parse(full.clone(), &args).is_ok());
        assert!(root_for(&full, &["orgctl".into(), "--version".into()]).is_none());
    }

    #[test]
    fn help_lists_every_verb_of_every_noun() {
        let cmd = visible_command(Cli::command());
        let help = cmd.find_subcommand("help").expect("clap's help subcommand");
        for noun in cmd.get_subcommands().filter(|s| s.get_name() != "help" && s.has_subcommands()) {
            let copy = help.find_subcommand(noun.get_name()).expect("each noun under help");
            for verb in noun.get_subcommands().filter(|v| v.get_name() != "help") {
                assert!(
                    copy.find_subcommand(verb.get_name()).is_some(),
                    "no `orgctl help {} {}`",
                    noun.get_name(),
                    verb.get_name()
                );
            }
        }
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
        walk(&defined_commands(Cli::command()), "orgctl");
    }
}
