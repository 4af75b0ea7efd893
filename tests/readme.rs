//! The documentation, run. Every ```` ```sh ```` block of the README and of
//! the pages under `docs/` runs line by line against a fresh store, so the
//! pages and the product cannot drift apart; a block that cannot run there
//! (output, a PostgreSQL server, a command that never ends) says so on the
//! line before it, `<!-- not run: WHY -->`, and every other fence names its
//! language (`text` for output). The README's tour runs first on every page,
//! since the pages' examples continue from it. The convention is written
//! down in docs/architecture.md, "Development".

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::*;

/// The pages whose blocks are checked and run, relative to the repository.
const PAGES: &[&str] = &[
    "README.md",
    "docs/guide.md",
    "docs/team-server.md",
    "docs/scripting.md",
    "docs/trust.md",
    "docs/architecture.md",
    "docs/performance.md",
    "docs/decisions.md",
    "docs/compliance.md",
];

/// The pages with a test of their own below; `PAGES`' others run together.
const OWN_TESTS: &[&str] = &["README.md", "docs/guide.md", "docs/scripting.md", "docs/team-server.md"];

/// Pages under docs/ left out, and why.
const NOT_RUN_PAGES: &[(&str, &str)] = &[("docs/contract.md", "the contract as it was given, kept word for word")];

/// Shell languages that would read as commands without being run.
const OTHER_SHELLS: &[&str] = &["bash", "shell", "zsh", "ksh", "shell-session"];

fn read(page: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(page);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {page}: {e}"))
}

/// A fenced block of a page.
#[derive(Debug)]
struct Block {
    /// The line of its opening fence (1-based).
    line: usize,
    /// The fence's info string (`sh`, `text`, `toml`, ...), empty if none.
    info: String,
    /// `Some(reason)` when the line before it is `<!-- not run: reason -->`.
    not_run: Option<String>,
    /// Whether the line before it starts like a not-run mark.
    marked: bool,
    body: Vec<String>,
    closed: bool,
}

impl Block {
    fn runs(&self) -> bool {
        self.info == "sh" && !self.marked
    }
}

/// Every fenced block of `text`, indented ones (in lists) included.
fn blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        let Some(info) = trimmed.strip_prefix("```") else {
            i += 1;
            continue;
        };
        let indent = lines[i].len() - trimmed.len();
        let before = lines[..i].iter().rev().map(|l| l.trim()).find(|l| !l.is_empty()).unwrap_or_default();
        let marked = before.starts_with("<!-- not run");
        let not_run = before
            .strip_prefix("<!-- not run:")
            .and_then(|r| r.strip_suffix("-->"))
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        let mut block =
            Block { line: i + 1, info: info.trim().to_string(), not_run, marked, body: Vec::new(), closed: false };
        i += 1;
        while i < lines.len() {
            let l = lines[i];
            if l.trim_start().starts_with("```") && l.trim_start().trim_start_matches('`').trim().is_empty() {
                block.closed = true;
                i += 1;
                break;
            }
            let strip = l.len() - l.trim_start().len();
            block.body.push(l[strip.min(indent)..].to_string());
            i += 1;
        }
        found.push(block);
    }
    found
}

/// What breaks the convention on a page: every problem, each with its line.
fn problems(page: &str, blocks: &[Block]) -> Vec<String> {
    let mut found = Vec::new();
    for b in blocks {
        let at = format!("{page}:{}", b.line);
        let lang = b.info.split_whitespace().next().unwrap_or_default();
        if !b.closed {
            found.push(format!("{at}: the block is never closed"));
        }
        if lang.is_empty() {
            found.push(format!(
                "{at}: a block without a language: write ```sh for commands (run by the tests unless the line \
                 before says <!-- not run: WHY -->), ```text for output, or the file's format"
            ));
        } else if OTHER_SHELLS.contains(&lang) {
            found.push(format!("{at}: ```{lang} reads as commands that nothing runs: write ```sh"));
        } else if lang == "sh" && b.info != "sh" {
            found.push(format!("{at}: ```{} : a sh block's fence is ```sh alone; mark one that does not run with <!-- not run: WHY --> on the line before", b.info));
        }
        if b.marked && b.not_run.is_none() {
            found.push(format!("{at}: a not-run mark is `<!-- not run: WHY -->`, with the reason"));
        }
        if b.marked && lang != "sh" {
            found.push(format!("{at}: only a ```sh block is run, so only one can be marked not run"));
        }
        if b.runs() && commands(b).is_empty() {
            found.push(format!("{at}: a sh block without a command"));
        }
    }
    found
}

/// One command of a block: its line in the page, its text (continuation
/// lines and a here-document included) and the exit code it must end with.
#[derive(Debug, PartialEq)]
struct Cmd {
    line: usize,
    text: String,
    expect: i32,
}

/// Where a line's comment starts: a `#` outside quotes, at the start or after a blank.
fn comment_start(line: &str) -> Option<usize> {
    let (mut single, mut double, mut prev) = (false, false, ' ');
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

/// The exit code a comment asks for (`# exit 3: why`), else 0.
fn expected_exit(lines: &[&str]) -> i32 {
    lines
        .iter()
        .filter_map(|l| comment_start(l).map(|i| l[i + 1..].trim()))
        .find_map(|c| c.strip_prefix("exit ").and_then(|r| r.split(|ch: char| !ch.is_ascii_digit()).next()))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The word that ends a here-document the line opens (`<<'EOF'`, `<<EOF`, `<<-EOF`).
fn heredoc_end(line: &str) -> Option<String> {
    let code = &line[..comment_start(line).unwrap_or(line.len())];
    let rest = code[code.find("<<")? + 2..].trim_start_matches('-').trim_start();
    let word: String =
        rest.trim_start_matches(['\'', '"']).chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!word.is_empty()).then_some(word)
}

/// The commands of a block, in order; blank and comment-only lines are skipped.
fn commands(block: &Block) -> Vec<Cmd> {
    let body = &block.body;
    let mut found = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let first = i;
        if body[i].trim().is_empty() || body[i].trim_start().starts_with('#') {
            i += 1;
            continue;
        }
        let mut shell: Vec<&str> = vec![&body[i]];
        while shell.last().is_some_and(|l| l.trim_end().ends_with('\\')) && i + 1 < body.len() {
            i += 1;
            shell.push(&body[i]);
        }
        let expect = expected_exit(&shell);
        let mut text = shell.join("\n");
        if let Some(end) = heredoc_end(&text) {
            while i + 1 < body.len() {
                i += 1;
                text.push('\n');
                text.push_str(&body[i]);
                if body[i].trim() == end {
                    break;
                }
            }
        }
        found.push(Cmd { line: block.line + 1 + first, text, expect });
        i += 1;
    }
    found
}

/// Runs commands as a reader would, one shell line at a time, in one
/// test's world: its store and context, its own home, orgctl on the PATH.
struct Reader<'a> {
    env: &'a Env,
    path: String,
    /// The token the latest `invite create` printed, for `TOKEN`.
    token: Option<String>,
}

impl<'a> Reader<'a> {
    fn new(env: &'a Env) -> Self {
        let bin_dir = Path::new(bin()).parent().expect("the binary's folder").to_path_buf();
        let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
        Reader { env, path, token: None }
    }

    fn run(&mut self, page: &str, cmd: &Cmd) {
        let code_part = &cmd.text[..comment_start(&cmd.text).unwrap_or(cmd.text.len())];
        let text = match &self.token {
            Some(t) => cmd.text.replace("TOKEN", t),
            None => {
                assert!(!code_part.contains("TOKEN"), "{page}:{}: TOKEN before an invite printed one", cmd.line);
                cmd.text.clone()
            }
        };
        let env = self.env;
        let mut sh = Command::new("sh");
        sh.arg("-c")
            .arg(&text)
            .env_clear()
            .env("PATH", &self.path)
            .env("HOME", env.path("home"))
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("NO_COLOR", "1")
            .env("ORGCTL_DB", env.store())
            .env("ORGCTL_CONTEXT", env.context())
            .current_dir(env.root())
            .stdin(Stdio::null());
        let out = assert_cmd::Command::from_std(sh)
            .timeout(Duration::from_secs(if on_postgres() { 240 } else { 60 }))
            .output()
            .expect("run sh");
        // `db backup` copies a SQLite file; on PostgreSQL it refuses (exit
        // 2) with the `pg_dump` command to use, as the docs say.
        let refused_backup =
            on_postgres() && text.contains("db backup") && code_of(&out) == 2 && stderr(&out).contains("pg_dump");
        if !refused_backup {
            assert_eq!(
                code_of(&out),
                cmd.expect,
                "{page}:{}: `{text}` should exit {}\n{}",
                cmd.line,
                cmd.expect,
                describe(&out)
            );
        }
        if code_part.contains("invite create") && cmd.expect == 0 {
            // A new invite's receipt row carries its token as the sixth field.
            let printed = stdout(&out);
            if let Some(t) = printed.lines().next().and_then(|row| row.split('\t').nth(5)).filter(|t| !t.is_empty()) {
                self.token = Some(t.to_string());
            }
        }
    }
}

/// The page's blocks, after checking that each keeps the convention.
fn checked_blocks(page: &str) -> Vec<Block> {
    let found = blocks(&read(page));
    let wrong = problems(page, &found);
    assert!(wrong.is_empty(), "{page} breaks the docs' block convention:\n{}", wrong.join("\n"));
    found
}

/// The README's commands that run: its tour.
fn tour() -> Vec<Cmd> {
    checked_blocks("README.md").iter().filter(|b| b.runs()).flat_map(commands).collect()
}

/// Checks a page's blocks, then runs its sh blocks in order in a fresh
/// store where the README's tour has run. Returns how many commands ran.
fn run_page(page: &str) -> usize {
    let runnable: Vec<Cmd> = checked_blocks(page).iter().filter(|b| b.runs()).flat_map(commands).collect();
    if runnable.is_empty() {
        return 0;
    }
    let env = Env::new();
    let mut reader = Reader::new(&env);
    for cmd in tour() {
        reader.run("README.md", &cmd);
    }
    for cmd in &runnable {
        reader.run(page, cmd);
    }
    runnable.len()
}

#[test]
fn every_line_of_the_readme_tour_runs() {
    let readme = read("README.md");
    let tour_line = readme.lines().position(|l| l == "## A tour").expect("the README has a tour") + 1;
    let found = checked_blocks("README.md");
    let runs: Vec<&Block> = found.iter().filter(|b| b.runs()).collect();
    assert!(
        runs.len() == 1 && runs[0].line > tour_line,
        "the README's one block that runs is its tour: {:?}",
        runs.iter().map(|b| b.line).collect::<Vec<_>>()
    );
    let lines = tour();
    assert!(lines.len() > 15, "the tour is there: {lines:?}");
    for cmd in &lines {
        assert!(cmd.text.starts_with("orgctl "), "a tour line runs orgctl: {}", cmd.text);
    }
    let env = Env::new();
    let mut reader = Reader::new(&env);
    for cmd in &lines {
        reader.run("README.md", cmd);
    }
    assert!(reader.token.is_some(), "the tour's invite printed a token");
    // The tour left what it says: carol joined, and the apply of the export changed nothing.
    let members = env.json(&["--as", ALICE, "--org", ORG, "member", "list"]);
    assert!(emails(&members).contains(&CAROL.to_string()), "{members}");
}

#[test]
fn every_sh_block_of_the_guide_runs() {
    let ran = run_page("docs/guide.md");
    assert!(ran > 30, "the guide's examples and recipes ran: {ran}");
    for recipe in ["### A contractor", "### Offboarding by sync"] {
        let guide = read("docs/guide.md");
        let at = guide.lines().position(|l| l == recipe).unwrap_or_else(|| panic!("the guide has {recipe}")) + 1;
        let next = guide.lines().skip(at).position(|l| l.starts_with('#')).map_or(usize::MAX, |n| at + n);
        let runs = blocks(&guide).iter().filter(|b| b.runs() && b.line > at && b.line < next).count();
        assert!(runs > 0, "{recipe} holds a block that runs");
    }
}

#[test]
fn every_sh_block_of_the_scripting_page_runs() {
    assert!(run_page("docs/scripting.md") > 0, "the scripting page's examples ran");
}

#[test]
fn every_sh_block_of_the_team_server_page_runs_or_says_why_not() {
    run_page("docs/team-server.md");
}

#[test]
fn every_sh_block_of_the_other_pages_runs_or_says_why_not() {
    for page in PAGES.iter().filter(|p| !OWN_TESTS.contains(p)) {
        run_page(page);
    }
}

/// A new page under docs/ is checked and run without anyone remembering to.
#[test]
fn every_page_of_the_docs_is_run() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read docs/") {
        let name = format!("docs/{}", entry.expect("entry").file_name().to_string_lossy());
        if name.ends_with(".md") && !PAGES.contains(&name.as_str()) && !NOT_RUN_PAGES.iter().any(|(p, _)| *p == name) {
            missing.push(name);
        }
    }
    assert!(missing.is_empty(), "pages no test runs: {missing:?} (add them to PAGES in tests/readme.rs)");
    for page in OWN_TESTS.iter().chain(NOT_RUN_PAGES.iter().map(|(p, _)| p)) {
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(page).is_file(), "{page} is there");
    }
    assert!(OWN_TESTS.iter().all(|p| PAGES.contains(p)), "every page with a test of its own is in PAGES");
}

/// The convention itself: what runs, what is refused, how lines are read.
#[test]
fn the_block_convention_is_enforced() {
    let page = "\
intro

```
orgctl whoami
```

```bash
orgctl whoami
```

<!-- not run: -->
```sh
orgctl whoami
```

<!-- not run: needs a server -->
```text
output
```

```sh no-run
orgctl whoami
```

- in a list:

  <!-- not run: never ends -->
  ```sh
  orgctl audit list -o jsonl --follow
  ```

```sh
orgctl user add a@example.com --name \"A #1\"   # a comment
orgctl --as a@example.com can-i view-org   # exit 4: not a member
# a comment line
orgctl org create x \\
  --name X   # exit 0
cat > f.csv <<'EOF'
email,name # not a comment
EOF
orgctl sync -f f.csv --source hr --dry-run
```

```text
$ orgctl whoami
```
";
    let found = blocks(page);
    assert_eq!(found.len(), 8, "{found:?}");
    let wrong = problems("p.md", &found);
    for (line, what) in
        [(3, "without a language"), (7, "```bash"), (12, "not-run mark"), (17, "only a ```sh"), (21, "alone")]
    {
        assert!(
            wrong.iter().any(|w| w.starts_with(&format!("p.md:{line}:")) && w.contains(what)),
            "{line} {what}: {wrong:?}"
        );
    }
    assert_eq!(wrong.len(), 5, "{wrong:?}");
    let indented = &found[5];
    assert_eq!((indented.line, indented.not_run.as_deref(), indented.runs()), (28, Some("never ends"), false));
    assert_eq!(indented.body, vec!["orgctl audit list -o jsonl --follow"]);
    let runs: Vec<&Block> = found.iter().filter(|b| b.runs()).collect();
    assert_eq!(runs.len(), 1, "{runs:?}");
    let cmds = commands(runs[0]);
    let shape: Vec<(usize, i32)> = cmds.iter().map(|c| (c.line, c.expect)).collect();
    assert_eq!(shape, vec![(33, 0), (34, 4), (36, 0), (38, 0), (41, 0)], "{cmds:?}");
    assert!(cmds[2].text.ends_with("--name X   # exit 0"), "{cmds:?}");
    assert!(cmds[3].text.ends_with("not a comment\nEOF"), "{cmds:?}");
    assert_eq!(comment_start("--channel '#ops' x # y"), Some(19));
    assert_eq!(comment_start("https://h/#frag"), None);
}

/// The block after `**Setting up a team server**` in docs/team-server.md,
/// whole (comments removed).
fn setup_block() -> String {
    let page = read("docs/team-server.md");
    let at =
        page.lines().position(|l| l.starts_with("**Setting up a team server**")).expect("the team server's set-up") + 1;
    let found = blocks(&page);
    let block = found.iter().find(|b| b.line > at).expect("the set-up has a block");
    assert_eq!(block.info, "sh", "the set-up is a sh block");
    block
        .body
        .iter()
        .map(|l| l.find("  #").map_or(l.as_str(), |i| &l[..i]).trim_end())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The team-server set-up of docs/team-server.md, pasted into a shell on a
/// fresh server (a throwaway one of this test's own, whose superuser the
/// shell acts as through PGUSER, as the page says), runs top to bottom and
/// leaves a working team store.
#[test]
fn the_team_server_setup_runs_top_to_bottom() {
    let test = "readme::the_team_server_setup_runs_top_to_bottom";
    let Some(cluster) = crate::common::pg_cluster::Cluster::start(test, |_| (String::new(), None)) else { return };
    let env = Env::new();
    let block = setup_block();
    assert!(block.lines().count() >= 10, "the block is there:\n{block}");
    let bin_dir = Path::new(bin()).parent().expect("the binary's folder").to_path_buf();
    let path = format!("{}:{}:{}", bin_dir.display(), cluster.bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("sh")
        .arg("-ec")
        .arg(format!("{block}\n"))
        .env_clear()
        .env("PATH", &path)
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("NO_COLOR", "1")
        .env("PGHOST", &cluster.dir)
        .env("PGPORT", cluster.port.to_string())
        .env("PGUSER", "postgres")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("run sh");
    assert_eq!(code_of(&out), 0, "the set-up block failed\n{block}\n{}", describe(&out));
    let listed = stdout(&out);
    for who in ["alice@example.com", "bob@example.com"] {
        assert!(listed.contains(who), "bob's `member list` shows {who}:\n{}", describe(&out));
    }
}

/// The README's install block puts the man pages under `$CARGO_HOME` (where
/// `man` looks, beside `$CARGO_HOME/bin`) and the completion under
/// `$XDG_DATA_HOME`, whatever those are: its lines after `cargo install` run
/// here with both pointing into the test's folder.
#[test]
fn the_install_block_honours_cargo_home() {
    let readme = read("README.md");
    let start = readme.find("cargo install --path . \\\n").expect("the README has the install block");
    let block = &readme[start..start + readme[start..].find("```").expect("the block ends")];
    let script = block.replacen("cargo install --path . \\\n  && ", "", 1);
    let env = Env::new();
    let out = Command::new("sh")
        .arg("-ec")
        .arg(&script)
        .env("CARGO_HOME", env.path("cargo-home"))
        .env("XDG_DATA_HOME", env.path("data-home"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("run sh");
    assert_eq!(code_of(&out), 0, "{script}\n{}", describe(&out));
    assert!(env.path("cargo-home/share/man/man1/orgctl.1").is_file(), "the man pages go under CARGO_HOME");
    assert!(env.path("data-home/bash-completion/completions/orgctl").is_file(), "the completion under XDG_DATA_HOME");
}
