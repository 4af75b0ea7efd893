//! Man pages (`man/`): clap_mangen's rendering of the command tree as users
//! see it, one page per command at every level, plus the top page's own
//! sections from `orgctl::cli::help`.

use std::io::{self, Write};

use clap::Command;
use clap_mangen::roff::{bold, italic, roman, Roff};
use clap_mangen::Man;

use orgctl::cli::help;
use orgctl::cli::visible::defined_commands;

/// Every man page as (file name, contents): `orgctl.1`, then one per visible
/// subcommand at every level (`orgctl-team.1`, `orgctl-team-add.1`, ...).
pub fn pages() -> Vec<(String, Vec<u8>)> {
    let root = defined_commands(<orgctl::cli::Cli as clap::CommandFactory>::command());
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
