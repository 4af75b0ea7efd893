//! All output goes through here: tables on a terminal, tab-separated rows in a pipe, or JSON.
//!
//! stdout carries only data: on a terminal a change prints one sentence; in
//! TSV it prints one receipt row per change (`action kind org key details`,
//! the columns of `apply`'s plan) and its sentence goes to stderr; in JSON it
//! prints one object. Errors, hints and progress go to stderr. A reader that closes the pipe early
//! (`orgctl member list | head -1`) ends the program quietly with exit 0.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::cli::args::Format;
use crate::cli::table;
use crate::error::{Error, Result};
use crate::ops::{Change, Outcome};

/// Something that lists as a table row.
pub trait Row: Serialize {
    /// Column names, in the order of [`Row::cells`] (TSV uses the same order).
    const HEADERS: &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

pub struct Output {
    pub format: Format,
    /// `-o jsonl` (`audit list` only): lines of compact JSON; everything
    /// else the command prints is as with `-o json`.
    pub jsonl: bool,
    pub quiet: bool,
    pub color: bool,
    /// stdout is a terminal: tables fit its width.
    pub tty: bool,
}

impl Output {
    pub fn new(format: Option<Format>, json: bool, quiet: bool, color: bool) -> Output {
        let tty = io::stdout().is_terminal();
        let jsonl = format == Some(Format::Jsonl) && !json;
        let format = match format {
            _ if json => Format::Json,
            Some(Format::Jsonl) => Format::Json,
            Some(f) => f,
            None if tty => Format::Table,
            None => Format::Tsv,
        };
        Output { format, jsonl, quiet, color: color && tty && format == Format::Table, tty }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// A list of rows; an empty list prints nothing (but `[]` in JSON).
    pub fn list<R: Row>(&self, rows: &[R]) -> Result<()> {
        let mut w = self.stream::<R>();
        for r in rows {
            w.push(r)?;
        }
        w.finish()
    }

    /// A list of at most `limit` rows (`--limit N`), in the order given.
    pub fn list_limited<R: Row>(&self, rows: &[R], limit: Option<usize>) -> Result<()> {
        let mut w = self.stream_limited::<R>(limit);
        for r in rows {
            w.push(r)?;
        }
        w.finish()
    }

    /// A list written row by row as the store yields it.
    pub fn stream<R: Row>(&self) -> ListWriter<'_, R> {
        self.stream_limited(None)
    }

    /// A streamed list that keeps only the first `limit` rows pushed (`--limit N`).
    pub fn stream_limited<R: Row>(&self, limit: Option<usize>) -> ListWriter<'_, R> {
        ListWriter {
            out: self,
            rows: Vec::new(),
            count: 0,
            limit: limit.unwrap_or(usize::MAX),
            buf: String::new(),
            _row: std::marker::PhantomData,
        }
    }

    /// One object: a two-column table, a TSV row, or a JSON object.
    pub fn item<R: Row>(&self, r: &R) -> Result<()> {
        match self.format {
            Format::Json | Format::Jsonl => self.json(r),
            Format::Tsv => write_line(&tsv(&r.cells())),
            Format::Table => {
                let mut t = self.table();
                for (h, v) in R::HEADERS.iter().zip(r.cells()) {
                    t.add_row(vec![Cell::new(h.to_uppercase()).add_attributes(self.bold()), Cell::new(table_cell(&v))]);
                }
                write_line(&t.to_string())
            }
        }
    }

    /// The receipt of a change: on a terminal the sentence `message`; in TSV
    /// one row per change (the item's [`Receipted::receipts`]) with the
    /// sentence on stderr; in JSON the object with `"action"` (and `"org"`
    /// where it happened in one, `"dry_run": true` for a preview).
    pub fn change<T: Receipted>(&self, c: &Change<T>, message: &str) -> Result<()> {
        if self.is_json() {
            return self.json(&change_object(c)?);
        }
        if self.format == Format::Tsv && !self.quiet {
            let rows = c.item.receipts(c.outcome, c.org.as_deref());
            self.receipt_rows(&rows)?;
        }
        self.message(message)?;
        if c.dry_run {
            self.message("Dry run: nothing was changed")?;
        }
        Ok(())
    }

    /// Receipt rows as TSV lines (a token, when there is one, as a sixth field).
    pub fn receipt_rows(&self, rows: &[Receipt]) -> Result<()> {
        let mut text = String::new();
        for r in rows {
            text.push_str(&tsv(&r.cells()));
            text.push('\n');
        }
        write_raw(&text)
    }

    /// A sentence for people: on stdout under a table, on stderr when stdout
    /// carries TSV rows, nowhere in JSON or with `--quiet`.
    pub fn message(&self, line: &str) -> Result<()> {
        if self.quiet || self.is_json() {
            return Ok(());
        }
        if self.format == Format::Tsv {
            let mut err = io::stderr().lock();
            let _ = writeln!(err, "{line}");
            return Ok(());
        }
        write_line(line)
    }

    /// A warning about a change that succeeded, on stderr (left out with `--quiet`).
    pub fn warn(&self, line: &str) -> Result<()> {
        if self.quiet {
            return Ok(());
        }
        let mut err = io::stderr().lock();
        let _ = writeln!(err, "warning: {line}");
        Ok(())
    }

    /// Data a command exists to print (a path, a token): always printed.
    pub fn data(&self, line: &str) -> Result<()> {
        write_line(line)
    }

    /// Values as JSON lines (`-o jsonl`), written and flushed before this
    /// returns: what follows (a cursor file moved past them) may count
    /// them as delivered. A closed pipe ends the program quietly (exit 0).
    pub fn json_lines<T: Serialize>(&self, items: &[T]) -> Result<()> {
        let mut buf = Vec::with_capacity(items.len() * 256);
        for item in items {
            serde_json::to_writer(&mut buf, item).map_err(|e| Error::internal(e.to_string()))?;
            buf.push(b'\n');
        }
        let mut out = io::stdout().lock();
        check(out.write_all(&buf))?;
        check(out.flush())
    }

    /// Whether stdout is a pipe whose reader has gone (a `--follow` with
    /// nothing to write notices it here rather than at its next line).
    pub fn stdout_closed(&self) -> bool {
        let mut fd = libc::pollfd { fd: libc::STDOUT_FILENO, events: 0, revents: 0 };
        // SAFETY: one valid pollfd, a zero timeout.
        let n = unsafe { libc::poll(&mut fd, 1, 0) };
        n > 0 && fd.revents & (libc::POLLERR | libc::POLLHUP) != 0
    }

    /// Any serializable value as pretty JSON.
    pub fn json<T: Serialize + ?Sized>(&self, v: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(v).map_err(|e| Error::internal(e.to_string()))?;
        write_line(&text)
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_preset(presets::NOTHING);
        // Fit the terminal on a terminal; never cut anything in a pipe.
        t.set_content_arrangement(if self.tty { ContentArrangement::Dynamic } else { ContentArrangement::Disabled });
        if self.tty {
            t.set_width(self.width(&t));
        }
        // No `force_no_tty` without colour: it would also stop the table from
        // fitting the terminal. Without colour no cell carries a style, so
        // nothing but text is written.
        t
    }

    /// The terminal's width. Some terminals (a fresh `docker exec`, CI
    /// consoles) report a width of 0: then `COLUMNS`, then 80, rather than
    /// one-letter columns.
    fn width(&self, t: &Table) -> u16 {
        let reported = t.width().filter(|w| *w >= 20);
        let columns = || std::env::var("COLUMNS").ok()?.trim().parse::<u16>().ok().filter(|w| *w >= 20);
        reported.or_else(columns).unwrap_or(80)
    }

    /// A list as a table: on a terminal fitted to its width by
    /// [`crate::cli::table::fit`] (free text cut, identifiers whole, or one
    /// block per row when they cannot fit); in a pipe (`-o table`) whole.
    fn list_table(&self, headers: &[&str], rows: &[Vec<String>]) -> String {
        let mut t = self.table();
        let rows = if self.tty {
            let width = usize::from(self.width(&t));
            match table::fit(headers, rows, width) {
                table::Layout::Columns(rows) => rows,
                table::Layout::Vertical => return table::vertical(headers, rows, width),
            }
        } else {
            rows.to_vec()
        };
        // The rows now fit: nothing is wrapped again.
        t.set_content_arrangement(ContentArrangement::Disabled);
        t.set_header(headers.iter().map(|h| Cell::new(h.to_uppercase()).add_attributes(self.bold())));
        for r in rows {
            t.add_row(r);
        }
        t.to_string()
    }

    fn bold(&self) -> Vec<Attribute> {
        if self.color {
            vec![Attribute::Bold]
        } else {
            vec![]
        }
    }
}

/// Writes a list as it comes: TSV and JSON rows go out at once, a table is
/// laid out at the end (it needs every width).
pub struct ListWriter<'a, R> {
    out: &'a Output,
    /// A table's rows, laid out at the end.
    rows: Vec<Vec<String>>,
    count: usize,
    /// Rows past this many are dropped (`--limit N`).
    limit: usize,
    /// TSV and JSON rows are written in blocks rather than a syscall a line.
    buf: String,
    _row: std::marker::PhantomData<R>,
}

const FLUSH_AT: usize = 64 * 1024;

impl<R: Row> ListWriter<'_, R> {
    /// Whether the list has all the rows `--limit` lets it print.
    pub fn is_full(&self) -> bool {
        self.count >= self.limit
    }

    pub fn push(&mut self, r: &R) -> Result<()> {
        if self.is_full() {
            return Ok(());
        }
        match self.out.format {
            Format::Tsv => {
                self.buf.push_str(&tsv(&r.cells()));
                self.buf.push('\n');
            }
            Format::Json | Format::Jsonl => {
                let text = serde_json::to_string_pretty(r).map_err(|e| Error::internal(e.to_string()))?;
                self.buf.push_str(if self.count == 0 { "[\n  " } else { ",\n  " });
                self.buf.push_str(&text.replace('\n', "\n  "));
            }
            Format::Table => self.rows.push(r.cells().iter().map(|c| table_cell(c)).collect()),
        }
        self.count += 1;
        if self.buf.len() >= FLUSH_AT {
            write_raw(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        match self.out.format {
            Format::Json | Format::Jsonl => {
                self.buf.push_str(if self.count == 0 { "[]\n" } else { "\n]\n" });
                write_raw(&self.buf)
            }
            Format::Table if self.rows.is_empty() => Ok(()),
            Format::Table => write_line(&self.out.list_table(R::HEADERS, &self.rows)),
            Format::Tsv => write_raw(&self.buf),
        }
    }
}

/// A value as a table cell: a tab would break the columns, a carriage
/// return the row; a line break simply makes a taller row.
fn table_cell(value: &str) -> String {
    value.replace('\t', " ").replace('\r', "")
}

/// One TSV line. Tabs, line breaks and backslashes inside a value are
/// escaped (`\t`, `\n`, `\r`, `\\`, as in `mysql --batch` or PostgreSQL's
/// text format), so that every row stays one line with the same number of
/// fields and nothing of the value is lost.
fn tsv(cells: &[String]) -> String {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push('\t');
        }
        for ch in cell.chars() {
            match ch {
                '\\' => line.push_str("\\\\"),
                '\t' => line.push_str("\\t"),
                '\n' => line.push_str("\\n"),
                '\r' => line.push_str("\\r"),
                c => line.push(c),
            }
        }
    }
    line
}

fn write_line(s: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    check(writeln!(out, "{s}"))
}

fn write_raw(s: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    check(out.write_all(s.as_bytes()))
}

const CANNOT_WRITE: &str = "cannot write to stdout";

fn check(r: io::Result<()>) -> Result<()> {
    match r {
        Ok(()) => Ok(()),
        // The reader has gone (`| head`): what it wanted it has; stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(Error {
            mark: Some(crate::error::Mark::OutputUnwritable),
            ..Error::internal(format!("{CANNOT_WRITE}: {e}"))
        }),
    }
}

/// An error that came after the command committed its change: when it is
/// the output that could not be written (`>/dev/full`, `ulimit -f`), it says
/// the change was made all the same (exit 1), so no one takes it for undone.
pub fn after_commit(e: Error) -> Error {
    if e.mark != Some(crate::error::Mark::OutputUnwritable) {
        return e;
    }
    let mut out = Error::internal(format!("the change was made, but its report could not be written: {}", e.message));
    out.hint = Some("see what was done with `orgctl audit list`; run read commands to see the result".into());
    out
}

/// The JSON object of a change: `action`, `org`, `dry_run` for a preview, then the item's fields.
pub fn change_object<T: Serialize>(c: &Change<T>) -> Result<Value> {
    let mut obj = Map::new();
    obj.insert("action".into(), Value::from(c.outcome.as_str()));
    if let Some(org) = &c.org {
        obj.insert("org".into(), Value::from(org.as_str()));
    }
    if c.dry_run {
        obj.insert("dry_run".into(), Value::from(true));
    }
    match serde_json::to_value(&c.item).map_err(|e| Error::internal(e.to_string()))? {
        Value::Object(fields) => {
            for (k, v) in fields {
                obj.entry(k).or_insert(v);
            }
        }
        other => {
            obj.insert("item".into(), other);
        }
    }
    Ok(Value::Object(obj))
}

/// One row of a change's receipt, in the columns of `apply`'s plan.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Receipt {
    pub action: Outcome,
    pub kind: String,
    pub org: Option<String>,
    pub key: String,
    pub details: String,
    pub token: Option<String>,
}

impl Receipt {
    pub fn new(
        action: Outcome,
        kind: &str,
        org: Option<&str>,
        key: impl Into<String>,
        details: impl Into<String>,
    ) -> Self {
        Receipt {
            action,
            kind: kind.to_string(),
            org: org.map(str::to_string),
            key: key.into(),
            details: details.into(),
            token: None,
        }
    }

    pub fn cells(&self) -> Vec<String> {
        let mut cells = vec![
            self.action.as_str().to_string(),
            self.kind.clone(),
            opt(&self.org),
            self.key.clone(),
            self.details.clone(),
        ];
        if let Some(t) = &self.token {
            cells.push(t.clone());
        }
        cells
    }
}

/// What a change's item prints as its receipt rows in TSV. `KIND` names the
/// kind of object as `apply`'s plan does (`member`, `team`, `dashboard`, ...);
/// the key is its identifier (the item's `slug`, `email`, `name` or `id`).
/// Items whose change cascades (a removed member) list every change.
pub trait Receipted: Serialize {
    const KIND: &'static str;

    fn key(&self) -> String {
        let v = serde_json::to_value(self).unwrap_or(Value::Null);
        ["slug", "email", "name", "id", "user"]
            .iter()
            .find_map(|k| match v.get(*k) {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            })
            .unwrap_or_default()
    }

    fn details(&self) -> String {
        String::new()
    }

    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        vec![Receipt::new(action, Self::KIND, org, self.key(), self.details())]
    }
}

impl Receipted for Value {
    const KIND: &'static str = "context";
}

/// Joins a list for a table or TSV cell.
pub fn joined(items: &[String]) -> String {
    items.join(",")
}

/// Shows an optional value in a cell.
pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}
