//! Generated files: shell completions (`completions/`) and man pages (`man/`), made from the clap definition.
//!
//! The committed copies are checked by the `generated` integration test, which
//! rewrites them when run as `ORGCTL_REGENERATE=1 cargo test --test main generated`.
//!
//! Completions are clap_complete's static scripts plus, for bash, zsh and
//! fish, a small layer that completes real names at the positions that take
//! them (`orgctl org switch <TAB>`, `--team <TAB>`, ...) by calling the hidden
//! `orgctl __complete KIND`. The layer decides the position in the shell itself,
//! so `orgctl` runs only where a name is wanted, and the static script handles
//! everything else. Which positions those are is the table [`DYNAMIC_POSITIONALS`].

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use clap::{Command, CommandFactory};
use clap_complete::Shell;
use clap_mangen::roff::{bold, italic, roman, Roff};
use clap_mangen::Man;

use crate::cli::args::Cli;
use crate::cli::help;

/// The directories, relative to the project root, that hold generated files.
pub const DIRS: [&str; 2] = ["completions", "man"];

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

/// Every generated file as (path relative to the project root, contents).
pub fn files() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (shell, name) in SCRIPTS {
        out.push((format!("completions/{name}"), completion(shell).into_bytes()));
    }
    for (name, page) in man_pages() {
        out.push((format!("man/{name}"), page));
    }
    out
}

/// Whether a file in one of [`DIRS`] is one that generation owns (and so
/// may delete when nothing generates it any more).
pub fn is_generated_name(name: &str) -> bool {
    name.starts_with("orgctl") || name.starts_with("_orgctl")
}

/// Writes every generated file under `dir` (the project root), leaves files
/// that are already up to date untouched, and deletes generated files that
/// nothing generates any more (a removed subcommand's man page).
pub fn write_all(dir: &Path) -> io::Result<()> {
    let files = files();
    for sub in DIRS {
        fs::create_dir_all(dir.join(sub))?;
        for entry in fs::read_dir(dir.join(sub))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{sub}/{name}");
            if entry.file_type()?.is_file() && is_generated_name(&name) && !files.iter().any(|(p, _)| *p == rel) {
                fs::remove_file(entry.path())?;
            }
        }
    }
    for (rel, contents) in &files {
        let path = dir.join(rel);
        if fs::read(&path).ok().as_deref() != Some(contents.as_slice()) {
            fs::write(&path, contents)?;
        }
    }
    Ok(())
}

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

// ---------------------------------------------------------------------------
// Completions

/// The completion script for one shell, as committed and as printed by `orgctl completions SHELL`.
pub fn completion(shell: Shell) -> String {
    let mut cmd = visible_command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "orgctl", &mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        Shell::Bash => bash_dynamic(&text),
        Shell::Zsh => zsh_dynamic(&text),
        Shell::Fish => fish_dynamic(&text),
        _ => text,
    }
}

/// Every `--long` and `-s` option that takes a value, anywhere in the tree
/// (so that the shells can skip the value when counting positionals).
fn value_options() -> (Vec<String>, Vec<char>) {
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
    walk(&visible_command(), &mut longs, &mut shorts);
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
fn sh_classifier() -> String {
    let (longs, shorts) = value_options();
    let (with_equals, separate, positional) = sh_case_arms("        ");
    let passed = PASSED_ON.join(" | ");
    let passed_eq = PASSED_ON.iter().map(|o| format!("{o}=*")).collect::<Vec<_>>().join(" | ");
    let shorts: String = shorts.into_iter().collect();
    SH_CLASSIFIER
        .replace("@PASSED@", &passed)
        .replace("@PASSED_EQ@", &passed_eq)
        .replace("@LONGS@", &longs.join(" | "))
        .replace("@SHORTS@", &shorts)
        .replace("@WITH_EQUALS@\n", &with_equals)
        .replace("@SEPARATE@\n", &separate)
        .replace("@POSITIONAL@\n", &positional)
}

const SH_CLASSIFIER: &str = r#"
# Real names (orgs, teams, dashboards, connectors, integrations, members) at the positions
# that take them, from `orgctl __complete KIND`; everything else is completed
# by the static function above. Added by src/cli/generate.rs.

# _orgctl_classify WORD... CUR: the words before the cursor (the command
# first) and the word being completed. Sets _orgctl_kind (empty unless the
# position takes a name), _orgctl_lead (what precedes the name in CUR, such
# as --org=) and _orgctl_pass (--db, --context, --as and --org from the line).
_orgctl_classify() {
    if [[ -n ${ZSH_VERSION-} ]]; then
        emulate -L zsh
        setopt ksh_arrays
    fi
    local -a ws=("$@") pos=()
    local n=$(($# - 1)) i=1 rest=0 w prev=""
    local cur=${ws[n]}
    _orgctl_kind="" _orgctl_lead="" _orgctl_pass=()
    while ((i < n)); do
        w=${ws[i]}
        if ((rest)); then
            pos+=("$w")
        else
            case $w in
            (--) rest=1 ;;
            (@PASSED@)
                if ((i + 1 < n)); then _orgctl_pass+=("$w" "${ws[i + 1]/#\~\//$HOME/}"); fi
                i=$((i + 1)) ;;
            (@PASSED_EQ@) _orgctl_pass+=("$w") ;;
            (@LONGS@) i=$((i + 1)) ;;
            (--*) ;;
            (-*[@SHORTS@]) i=$((i + 1)) ;;
            (-?*) ;;
            (*) pos+=("$w") ;;
            esac
        fi
        i=$((i + 1))
    done
    if ((n > 1)); then prev=${ws[n - 1]}; fi
    if ((!rest)); then
        case $cur in
@WITH_EQUALS@
        (-*) return 0 ;;
        esac
        [[ -n $_orgctl_kind ]] && return 0
        case $prev in
@SEPARATE@
        esac
        [[ -n $_orgctl_kind ]] && return 0
    fi
    ((${#pos[@]} >= 2)) || return 0
    case "${pos[0]} ${pos[1]} $((${#pos[@]} - 2))" in
@POSITIONAL@
    esac
    return 0
}
"#;

/// bash: the static `_orgctl`, then a classifier and `_orgctl_complete`,
/// which handles name positions and hands everything else to `_orgctl`.
fn bash_dynamic(generated: &str) -> String {
    let registered = "complete -F _orgctl ";
    assert!(generated.matches(registered).count() >= 1, "clap_complete's bash script changed shape: no `{registered}`");
    let body = generated.replace(registered, "complete -F _orgctl_complete ");
    let (head, tail) = match body.rfind("\nif [[ \"${BASH_VERSINFO[0]}\"") {
        Some(at) => body.split_at(at + 1),
        None => (body.as_str(), ""),
    };
    format!("{head}{}{BASH_WRAPPER}\n\n{tail}", sh_classifier())
}

const BASH_WRAPPER: &str = r#"
# Bash splits words at = and @ (COMP_WORDBREAKS), so the line is split again
# here on whitespace only; the candidates then replace only what bash sees as
# the current word ($2). Bash inserts a candidate as it is, so each is quoted
# for the shell (printf %q): an email such as a`touch${IFS}x`@example.com
# is inserted as one inert word, never run when the line is.
_orgctl_complete() {
    local line=${COMP_LINE:0:COMP_POINT} cur="" split v q bin
    local -a words=()
    read -r -a words <<<"$line"
    if [[ $line != *[[:space:]] ]] && ((${#words[@]} > 1)); then
        cur=${words[${#words[@]} - 1]}
        unset "words[${#words[@]}-1]"
    fi
    local _orgctl_kind _orgctl_lead
    local -a _orgctl_pass
    _orgctl_classify "${words[@]}" "$cur"
    if [[ -z $_orgctl_kind ]]; then
        _orgctl "$@"
        return
    fi
    split=""
    [[ $cur == *"$2" ]] && split=${cur%"$2"}
    bin=${words[0]/#\~\//$HOME/}
    COMPREPLY=()
    while IFS= read -r v; do
        [[ -n $v && $v == "${cur#"$_orgctl_lead"}"* ]] || continue
        v=$_orgctl_lead$v
        printf -v q '%q' "${v#"$split"}"
        COMPREPLY+=("$q")
    done < <("$bin" "${_orgctl_pass[@]}" __complete "$_orgctl_kind" 2>/dev/null </dev/null)
    # Only names make sense here: no file names when there are none.
    compopt +o default +o bashdefault 2>/dev/null
    return 0
}"#;

/// zsh: the static function is renamed `_orgctl_clap`; the new `_orgctl`
/// handles name positions and hands everything else to it.
fn zsh_dynamic(generated: &str) -> String {
    let defined = "\n_orgctl() {\n";
    assert_eq!(generated.matches(defined).count(), 1, "clap_complete's zsh script changed shape: `_orgctl() {{`");
    let body = generated.replace(defined, "\n_orgctl_clap() {\n");
    let last = "\nif [ \"$funcstack[1]\" = \"_orgctl\" ]; then";
    let at = body.rfind(last).unwrap_or_else(|| panic!("clap_complete's zsh script changed shape: `{last}`"));
    let (head, tail) = body.split_at(at + 1);
    format!("{head}{}{ZSH_WRAPPER}\n{tail}", sh_classifier())
}

const ZSH_WRAPPER: &str = r#"
_orgctl() {
    local _orgctl_kind _orgctl_lead
    local -a _orgctl_pass _orgctl_values
    _orgctl_classify "${(@)words[1,CURRENT-1]}" "$PREFIX"
    if [[ -z $_orgctl_kind ]]; then
        _orgctl_clap "$@"
        return
    fi
    _orgctl_values=(${(f)"$("${words[1]/#\~\//$HOME/}" "${_orgctl_pass[@]}" __complete "$_orgctl_kind" 2>/dev/null </dev/null)"})
    _orgctl_values=(${_orgctl_values:#})
    [[ -n $_orgctl_lead ]] && compset -P "$_orgctl_lead"
    compadd -a _orgctl_values
}"#;

/// fish: the static `complete` rules, plus rules whose condition is the classifier.
fn fish_dynamic(generated: &str) -> String {
    let (longs, shorts) = value_options();
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
        .replace("@WITH_EQUALS@", &with_equals)
        .replace("@SEPARATE@", &separate)
        .replace("@POSITIONAL@", &positional)
        .replace("@OPTIONS@", &options);
    format!("{generated}{layer}")
}

const FISH_LAYER: &str = r#"
# Real names (orgs, teams, dashboards, connectors, integrations, members) at the positions
# that take them, from `orgctl __complete KIND`. Added by src/cli/generate.rs.

# __fish_orgctl_classify WORD... CUR: the words before the cursor (the command
# first) and the word being completed. Prints the kind of name wanted, what
# precedes it in CUR (such as --org=), then --db, --context, --as and --org
# from the line; fails when the position takes no name.
function __fish_orgctl_classify
    set -l n (count $argv)
    set -l cur $argv[$n]
    set -l pass
    set -l pos
    set -l rest 0
    set -l i 2
    while test $i -lt $n
        set -l w $argv[$i]
        if test $rest = 1
            set -a pos $w
        else
            switch $w
                case --
                    set rest 1
                case @PASSED@
                    if test (math $i + 1) -lt $n
                        set -a pass $w (string replace -r '^~/' "$HOME/" -- $argv[(math $i + 1)])
                    end
                    set i (math $i + 1)
                case @PASSED_EQ@
                    set -a pass $w
                case @LONGS@
                    set i (math $i + 1)
                case '--*'
                case @SHORTS@
                    set i (math $i + 1)
                case '-?*'
                case '*'
                    set -a pos $w
            end
        end
        set i (math $i + 1)
    end
    set -l kind
    set -l lead
    set -l prev
    test $n -gt 2; and set prev $argv[(math $n - 1)]
    if test $rest = 1
        set prev
        set cur x
    end
    switch $cur
@WITH_EQUALS@        case '-*'
            return 1
        case '*'
            switch "$prev"
@SEPARATE@                case '*'
                    test (count $pos) -ge 2; or return 1
                    switch "$pos[1] $pos[2] "(math (count $pos) - 2)
@POSITIONAL@                    end
            end
    end
    test -n "$kind"; or return 1
    printf '%s\n' $kind "$lead" $pass
end

function __fish_orgctl_takes_name
    set -l cur (commandline -ct)
    __fish_orgctl_classify (commandline -opc) "$cur" >/dev/null
end

function __fish_orgctl_names
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l found (__fish_orgctl_classify $words "$cur")
    or return 1
    set -l kind $found[1]
    set -e found[1]
    set -e found[1]
    set -l bin (string replace -r '^~/' "$HOME/" -- $words[1])
    $bin $found __complete $kind 2>/dev/null </dev/null
end

complete -c orgctl -n __fish_orgctl_takes_name -f -a '(__fish_orgctl_names)'
@OPTIONS@"#;

// ---------------------------------------------------------------------------
// Man pages

/// Every man page as (file name, contents): `orgctl.1`, then one per visible
/// subcommand at every level (`orgctl-team.1`, `orgctl-team-add.1`, ...).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut root = visible_command().disable_help_subcommand(true);
    root.build();
    let mut out = Vec::new();
    collect_pages(&root, &[], &mut out);
    out
}

fn collect_pages(cmd: &Command, parents: &[&str], out: &mut Vec<(String, Vec<u8>)>) {
    let mut path: Vec<&str> = parents.to_vec();
    path.push(cmd.get_name());
    let name = path.join("-");
    out.push((format!("{name}.1"), man_page(cmd, &path)));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect_pages(sub, &path, out);
    }
}

fn man_page(cmd: &Command, path: &[&str]) -> Vec<u8> {
    let name = path.join("-");
    let version = cmd.get_version().unwrap_or_default();
    let man =
        Man::new(cmd.clone()).title(name.to_uppercase()).source(format!("orgctl {version}")).manual("orgctl manual");
    let mut sections: Vec<Vec<u8>> = Vec::new();
    let mut section = |f: &dyn Fn(&mut Vec<u8>) -> io::Result<()>| {
        let mut buf = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = f(&mut buf);
        sections.push(buf);
    };
    section(&|w| man.render_title(w));
    // No hyphenation: it would break commands, flags and paths across lines.
    section(&|w| w.write_all(b".nh\n"));
    section(&|w| man.render_name_section(w));
    section(&|w| man.render_synopsis_section(w));
    section(&|w| man.render_description_section(w));
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        section(&|w| man.render_options_section(w));
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        section(&|w| man.render_subcommands_section(w));
    }
    let mut roff = Roff::new();
    if path.len() == 1 {
        top_sections(&mut roff);
    } else if let Some(after) = cmd.get_after_long_help().or_else(|| cmd.get_after_help()) {
        after_help_sections(&mut roff, &after.to_string());
    }
    see_also(&mut roff, cmd, path);
    sections.push(roff.to_roff().into_bytes());

    // Each of clap_mangen's renders starts with the same two-line preamble; keep the first.
    let preamble = {
        let mut buf = Vec::new();
        let _ = Roff::new().to_writer(&mut buf);
        buf
    };
    let mut page = Vec::new();
    for (i, s) in sections.into_iter().enumerate() {
        match s.strip_prefix(preamble.as_slice()) {
            Some(rest) if i > 0 => page.extend_from_slice(rest),
            _ => page.extend_from_slice(&s),
        }
    }
    page
}

/// A subcommand's after-help text: blocks separated by blank lines, each
/// headed `Example:`, `Examples:` or `Something:` with indented lines below
/// (a block without such a heading goes under NOTES). Examples stay as typed.
fn after_help_sections(roff: &mut Roff, text: &str) {
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block.lines().collect();
        let Some(first) = lines.first() else { continue };
        let (heading, body) = match first.strip_suffix(':') {
            Some("Example") => ("EXAMPLES".to_owned(), &lines[1..]),
            Some(h) if !h.starts_with(' ') => (h.to_uppercase(), &lines[1..]),
            _ => ("NOTES".to_owned(), &lines[..]),
        };
        roff.control("SH", [heading.as_str()]);
        if heading == "EXAMPLES" {
            literal(roff, body);
        } else {
            for line in body {
                roff.text([roman(line.trim())]);
            }
        }
    }
}

/// Lines shown as typed (commands), not filled into a paragraph.
fn literal(roff: &mut Roff, lines: &[&str]) {
    roff.control("RS", ["4"]);
    roff.control("nf", []);
    for line in lines {
        roff.text([roman(line.trim())]);
    }
    roff.control("fi", []);
    roff.control("RE", []);
}

fn tagged(roff: &mut Roff, tag: &str, text: &str) {
    roff.control("TP", []);
    roff.text([bold(tag)]);
    roff.text([roman(text)]);
}

/// The top page's own sections: commands by purpose, exit status,
/// environment, files, JSON fields, first steps.
fn top_sections(roff: &mut Roff) {
    roff.control("SH", ["COMMANDS BY PURPOSE"]);
    for (group, commands) in help::GROUPS {
        tagged(roff, group, commands);
    }

    roff.control("SH", ["CONTEXT"]);
    roff.text([roman(help::CONTEXT)]);

    roff.control("SH", ["PERMISSIONS"]);
    for (action, who) in help::PERMISSIONS {
        tagged(roff, action, who);
    }
    roff.control("PP", []);
    roff.text([roman(help::PERMISSIONS_NOTES)]);
    literal(roff, help::PERMISSIONS_EXAMPLE);

    roff.control("SH", ["EXIT STATUS"]);
    for (code, kind, when) in help::EXIT_CODES {
        let tag = if kind.is_empty() { code.to_string() } else { format!("{code} ({kind})") };
        tagged(roff, &tag, when);
    }

    roff.control("SH", ["ENVIRONMENT"]);
    for (var, meaning) in help::ENVIRONMENT {
        tagged(roff, var, meaning);
    }

    roff.control("SH", ["FILES"]);
    for (file, meaning) in help::FILES {
        roff.control("TP", []);
        roff.text([italic(*file)]);
        roff.text([roman(*meaning)]);
    }

    roff.control("SH", ["JSON FIELDS"]);
    roff.text([roman(help::JSON_INTRO)]);
    for (object, fields) in help::JSON_FIELDS {
        tagged(roff, object, fields);
    }

    roff.control("SH", ["EXAMPLES"]);
    literal(roff, help::FIRST_STEPS);
}

fn see_also(roff: &mut Roff, cmd: &Command, path: &[&str]) {
    let mut pages: Vec<String> = Vec::new();
    if path.len() > 1 {
        pages.push(path[..path.len() - 1].join("-"));
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages.push(format!("{}-{}", path.join("-"), sub.get_name()));
    }
    if pages.is_empty() {
        return;
    }
    roff.control("SH", ["SEE ALSO"]);
    let mut line = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        line.push(bold(page.as_str()));
        line.push(roman(if i + 1 == pages.len() { "(1)" } else { "(1), " }));
    }
    roff.text(line);
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
    fn nothing_hidden_is_generated() {
        for (path, contents) in files() {
            let text = String::from_utf8_lossy(&contents);
            // Only the dynamic layer mentions `__complete`: one call, in bash, zsh and fish.
            let code = text.lines().filter(|l| !l.trim_start().starts_with('#'));
            let mentions = code.filter(|l| l.contains("__complete")).count();
            let layered = ["completions/orgctl.bash", "completions/_orgctl", "completions/orgctl.fish"];
            let expected = usize::from(layered.contains(&path.as_str()));
            assert_eq!(mentions, expected, "{path} mentions the hidden subcommand {mentions} times");
        }
    }

    #[test]
    fn dynamic_positions_exist_in_the_command_tree() {
        let cmd = visible_command();
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
            let (longs, _) = value_options();
            assert!(longs.contains(&opt.to_string()) || PASSED_ON.contains(opt), "no option {opt} takes a value");
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
        walk(&visible_command(), "orgctl");
    }

    #[test]
    fn man_pages_cover_every_visible_command() {
        let names: Vec<String> = man_pages().into_iter().map(|(n, _)| n).collect();
        for expected in ["orgctl.1", "orgctl-org.1", "orgctl-team-add.1", "orgctl-db-backup.1", "orgctl-can-i.1"] {
            assert!(names.contains(&expected.to_owned()), "missing {expected} in {names:?}");
        }
        assert!(!names.iter().any(|n| n.contains("__complete")));
        let (_, top) = man_pages().into_iter().next().unwrap_or_default();
        let top = String::from_utf8_lossy(&top);
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "JSON FIELDS", "COMMANDS BY PURPOSE"] {
            assert!(
                top.contains(&format!(".SH \"{section}\"")) || top.contains(&format!(".SH {section}")),
                "{section}"
            );
        }
    }
}
