//! `cargo xtask generate [--check]`: rewrite, or check, `completions/` and `man/`.

use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask generate [--check]

  generate          rewrite completions/ and man/ from the clap definition
  generate --check  change nothing; fail, naming each stale file, when they differ";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = xtask::project_root();
    match args.as_slice() {
        ["generate"] => match xtask::write_all(&root) {
            Ok(()) => {
                eprintln!("completions/ and man/ are up to date");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write completions/ and man/: {e}");
                ExitCode::FAILURE
            }
        },
        ["generate", "--check"] => {
            let problems = xtask::stale(&root);
            if problems.is_empty() {
                eprintln!("completions/ and man/ are up to date");
                return ExitCode::SUCCESS;
            }
            eprintln!("error: completions/ and man/ are stale:");
            for p in &problems {
                eprintln!("  {p}");
            }
            eprintln!("hint: regenerate them with `{}`", xtask::REGENERATE);
            ExitCode::FAILURE
        }
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("error: unknown task `{}`\n{USAGE}", args.join(" "));
            ExitCode::from(2)
        }
    }
}
