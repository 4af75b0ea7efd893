//! `cargo xtask generate [--check]`: rewrite, or check, `completions/` and `man/`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let code = xtask::run(&args, &xtask::project_root(), &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}
