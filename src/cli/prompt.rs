//! Confirmations: the only place that may call dialoguer, and only on a terminal.

use std::io::IsTerminal;

use crate::error::{Error, Result};

pub struct Prompter {
    /// `--yes`: every confirmation is answered yes.
    pub yes: bool,
    /// stdin and stderr are terminals and `--no-input` was not given.
    pub interactive: bool,
}

impl Prompter {
    pub fn new(yes: bool, no_input: bool) -> Prompter {
        let interactive = !no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Prompter { yes, interactive }
    }

    /// An interrupt (Ctrl-C) while a prompt waits is a "no": exit 7, nothing changed.
    /// Prompts run before their command's transaction, so there is nothing to undo.
    fn exit_cancelled_on_interrupt() {
        let _ = ctrlc::set_handler(|| {
            // Show the cursor again, should the prompt have hidden it.
            eprintln!("\x1b[?25h\nerror: cancelled; nothing was changed");
            std::process::exit(7);
        });
    }

    fn refuse(what: &str) -> Error {
        Error::usage(format!("{what} needs confirmation and nobody can be asked here"))
            .with_hint("pass `--yes` to confirm, or `--dry-run` to see what would go")
    }

    /// Whether `what` must be confirmed by asking: not with `--yes`; refused
    /// (exit 2) when nobody can be asked. Before asking, Ctrl-C is made to
    /// exit 7 with nothing changed.
    fn must_ask(&self, what: &str) -> Result<bool> {
        if self.yes {
            return Ok(false);
        }
        if !self.interactive {
            return Err(Self::refuse(what));
        }
        Self::exit_cancelled_on_interrupt();
        Ok(true)
    }

    /// Asks a yes/no question (default no); declining exits 7.
    pub fn confirm(&self, what: &str, question: &str) -> Result<()> {
        if !self.must_ask(what)? {
            return Ok(());
        }
        // A whole line, not a single key: a stray `y` in what the operator
        // types must not confirm a deletion. Only `y` or `yes` does; an empty
        // line or `n`/`no` declines; anything else asks again.
        let answer: std::io::Result<String> = dialoguer::Input::new()
            .with_prompt(format!("{question} [y/N]"))
            .allow_empty(true)
            .validate_with(|a: &String| -> std::result::Result<(), &str> {
                match a.trim().to_ascii_lowercase().as_str() {
                    "" | "y" | "yes" | "n" | "no" => Ok(()),
                    _ => Err("answer y or n"),
                }
            })
            .interact_text()
            .map_err(std::io::Error::other);
        match answer.map(|a| a.trim().to_ascii_lowercase()) {
            Ok(a) if a == "y" || a == "yes" => Ok(()),
            _ => Err(Error::cancelled(format!("{what} cancelled; nothing was changed"))),
        }
    }

    /// Asks the user to type `expected` (an org's slug) to confirm; anything else exits 7.
    pub fn confirm_typed(&self, what: &str, question: &str, expected: &str) -> Result<()> {
        if !self.must_ask(what)? {
            return Ok(());
        }
        let answer: std::io::Result<String> = dialoguer::Input::new()
            .with_prompt(question)
            .allow_empty(true)
            .interact_text()
            .map_err(std::io::Error::other);
        match answer {
            Ok(typed) if typed.trim() == expected => Ok(()),
            _ => Err(Error::cancelled(format!("{what} cancelled; nothing was changed"))),
        }
    }
}
