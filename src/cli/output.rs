//! All output goes through here: tables on a terminal, tab-separated rows in a pipe, or JSON.
//!
//! stdout carries only data (and the one-line receipt of a change); errors,
//! hints and progress go to stderr. A reader that closes the pipe early
//! (`orgctl member list | head -1`) ends the program quietly with exit 0.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::cli::args::Format;
use crate::error::{Error, Result};
use crate::ops::Change;

/// Something that lists as a table row.
pub trait Row: Serialize {
    /// Column names, in the order of [`Row::cells`] (TSV uses the same order).
    const HEADERS: &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
    /// stdout is a terminal: tables fit its width.
    pub tty: bool,
}

impl Output {
    pub fn new(format: Option<Format>, json: bool, quiet: bool, color: bool) -> Output {
        let tty = io::stdout().is_terminal();
        let format = if json { Format::Json } else { format.unwrap_or(if tty { Format::Table } else { Format::Tsv }) };
        Output { format, quiet, color: color && tty && format == Format::Table, tty }
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

    /// A list written row by row as the store yields it.
    pub fn stream<R: Row>(&self) -> ListWriter<'_, R> {
        ListWriter { out: self, table: None, count: 0, buf: String::new(), _row: std::marker::PhantomData }
    }

    /// One object: a two-column table, a TSV row, or a JSON object.
    pub fn item<R: Row>(&self, r: &R) -> Result<()> {
        match self.format {
            Format::Json => self.json(r),
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

    /// The receipt of a change: the message line, or in JSON the object
    /// with `"action"` (and `"org"` where it happened in one).
    pub fn change<T: Serialize>(&self, c: &Change<T>, message: &str) -> Result<()> {
        if self.is_json() {
            let mut obj = Map::new();
            obj.insert("action".into(), Value::from(c.outcome.as_str()));
            if let Some(org) = &c.org {
                obj.insert("org".into(), Value::from(org.as_str()));
            }
            match serde_json::to_value(&c.item).map_err(|e| Error::internal(e.to_string()))? {
                Value::Object(fields) => obj.extend(fields),
                other => {
                    obj.insert("item".into(), other);
                }
            }
            return self.json(&Value::Object(obj));
        }
        self.message(message)
    }

    /// A human line on stdout, left out with `--quiet` and in JSON.
    pub fn message(&self, line: &str) -> Result<()> {
        if self.quiet || self.is_json() {
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
            // Some terminals (a fresh `docker exec`, CI consoles) report a width
            // of 0: then `COLUMNS`, then 80, rather than one-letter columns.
            let reported = t.width().filter(|w| *w >= 20);
            let columns = || std::env::var("COLUMNS").ok()?.trim().parse::<u16>().ok().filter(|w| *w >= 20);
            t.set_width(reported.or_else(columns).unwrap_or(80));
        }
        // No `force_no_tty` without colour: it would also stop the table from
        // fitting the terminal. Without colour no cell carries a style, so
        // nothing but text is written.
        t
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
    table: Option<Table>,
    count: usize,
    /// TSV and JSON rows are written in blocks rather than a syscall a line.
    buf: String,
    _row: std::marker::PhantomData<R>,
}

const FLUSH_AT: usize = 64 * 1024;

impl<R: Row> ListWriter<'_, R> {
    pub fn push(&mut self, r: &R) -> Result<()> {
        match self.out.format {
            Format::Tsv => {
                self.buf.push_str(&tsv(&r.cells()));
                self.buf.push('\n');
            }
            Format::Json => {
                let text = serde_json::to_string_pretty(r).map_err(|e| Error::internal(e.to_string()))?;
                self.buf.push_str(if self.count == 0 { "[\n  " } else { ",\n  " });
                self.buf.push_str(&text.replace('\n', "\n  "));
            }
            Format::Table => {
                let out = self.out;
                let t = self.table.get_or_insert_with(|| {
                    let mut t = out.table();
                    t.set_header(R::HEADERS.iter().map(|h| Cell::new(h.to_uppercase()).add_attributes(out.bold())));
                    t
                });
                t.add_row(r.cells().iter().map(|c| table_cell(c)));
            }
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
            Format::Json => {
                self.buf.push_str(if self.count == 0 { "[]\n" } else { "\n]\n" });
                write_raw(&self.buf)
            }
            Format::Table => match &self.table {
                Some(t) => write_line(&t.to_string()),
                None => Ok(()),
            },
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

fn check(r: io::Result<()>) -> Result<()> {
    match r {
        Ok(()) => Ok(()),
        // The reader has gone (`| head`): what it wanted it has; stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(Error::internal(format!("cannot write to stdout: {e}"))),
    }
}

/// Joins a list for a table or TSV cell.
pub fn joined(items: &[String]) -> String {
    items.join(",")
}

/// Shows an optional value in a cell.
pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}
