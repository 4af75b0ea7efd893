//! The directory exports `orgctl sync` reads: a CSV with the header
//! `email,name,role,teams`, or a SCIM 2.0 ListResponse of Users. Both parse
//! into one list of [`Entry`], each with its place in the file (`line 4`,
//! `Resources[2]`), so that a bad row is reported where it is. Every problem
//! of the file is reported at once, as one usage error (exit 2), before
//! anything is looked up in the store.

use std::collections::HashMap;

use serde_json::Value;

use crate::error::{Error, Invalid, Listing, Result};
use crate::model::{Email, Name, Role, Slug};

/// The format of a directory export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Scim,
}

impl Format {
    /// `--format`, or the file's extension (`.csv`, `.json`), or, for stdin
    /// and other names, the text itself: a SCIM document is a JSON object,
    /// and no CSV export starts with `{`.
    pub fn decide(flag: Option<Format>, extension: Option<&str>, text: &str) -> Format {
        match (flag, extension) {
            (Some(f), _) => f,
            (None, Some("csv")) => Format::Csv,
            (None, Some("json" | "scim")) => Format::Scim,
            (None, _) if text.trim_start().starts_with('{') => Format::Scim,
            (None, _) => Format::Csv,
        }
    }
}

/// One person of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Where it is in the file: `line 4` (CSV) or `Resources[2]` (SCIM).
    pub at: String,
    pub email: Email,
    /// The display name; `None` when the file gives none.
    pub name: Option<Name>,
    /// The role; `None` when the file gives none (`member` for someone new).
    pub role: Option<Role>,
    /// The teams (by slug) the person belongs to.
    pub teams: Vec<Slug>,
    /// `false` for a SCIM user with `active: false`: deprovisioned like one
    /// the file does not list.
    pub active: bool,
}


/// Parses a directory export.
pub fn parse(text: &str, format: Format, source: &str) -> Result<Vec<Entry>> {
    let mut problems = Vec::new();
    let entries = match format {
        Format::Csv => parse_csv(text, &mut problems),
        Format::Scim => parse_scim(text, &mut problems),
    };
    // An email listed twice is a mistake of the export: which row wins?
    let mut first: HashMap<&Email, &str> = HashMap::new();
    for e in &entries {
        if let Some(at) = first.get(&e.email) {
            problems.push(format!("{}: {} is listed twice (first at {at})", e.at, e.email));
        } else {
            first.insert(&e.email, &e.at);
        }
    }
    match problems.len() {
        0 => Ok(entries),
        _ => Err(Invalid::Problems { file: Listing::DirectoryExport { source: source.to_string() }, problems }.into()),
    }
}

/// The CSV columns, in the order the contract names them.
const COLUMNS: [&str; 4] = ["email", "name", "role", "teams"];

/// CSV as RFC 4180 writes it: comma-separated, fields optionally quoted with
/// `"` (a quote doubled inside), CRLF or LF line ends, newlines inside
/// quotes. The header names the columns (any order, any case); all four
/// are required, and no other. Blank lines are skipped. Each row's place is
/// the line it starts on.
fn parse_csv(text: &str, problems: &mut Vec<String>) -> Vec<Entry> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = match records(text) {
        Ok(r) => r,
        Err(p) => {
            problems.push(p);
            return Vec::new();
        }
    };
    let mut rows = records.into_iter().filter(|(_, fields)| !(fields.len() == 1 && fields[0].trim().is_empty()));
    let Some((header_line, header)) = rows.next() else {
        problems.push("line 1: the file is empty; expected the header `email,name,role,teams`".into());
        return Vec::new();
    };
    let names: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let mut index = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        if !COLUMNS.contains(&n.as_str()) {
            problems.push(format!("line {header_line}: unknown column {n:?}; the header is `email,name,role,teams`"));
        } else if index.insert(n.clone(), i).is_some() {
            problems.push(format!("line {header_line}: the column {n} is named twice"));
        }
    }
    let missing: Vec<&str> = COLUMNS.iter().copied().filter(|c| !index.contains_key(*c)).collect();
    if !missing.is_empty() {
        problems.push(format!(
            "line {header_line}: missing column{} {}; the header is `email,name,role,teams`",
            if missing.len() > 1 { "s" } else { "" },
            missing.join(", ")
        ));
    }
    if !problems.is_empty() {
        return Vec::new();
    }
    let col = |fields: &[String], name: &str| fields[index[name]].trim().to_string();
    let mut out = Vec::new();
    for (line, fields) in rows {
        let at = format!("line {line}");
        if fields.len() != names.len() {
            problems.push(format!("{at}: {} fields, but the header has {}", fields.len(), names.len()));
            continue;
        }
        let row = Raw {
            email: Some(col(&fields, "email")),
            name: Some(col(&fields, "name")),
            role: Some(col(&fields, "role")),
            teams: col(&fields, "teams").split(';').map(str::to_string).collect(),
            active: true,
        };
        match row.entry(&at) {
            Ok(e) => out.push(e),
            Err(p) => problems.push(p),
        }
    }
    out
}

/// Splits CSV text into records of fields, each with the line it starts on.
fn records(text: &str) -> std::result::Result<Vec<(usize, Vec<String>)>, String> {
    let mut out = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut start) = (1usize, 1usize);
    let (mut quoted, mut was_quoted) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() && !was_quoted => {
                field.clear();
                quoted = true;
                was_quoted = true;
            }
            '"' => return Err(format!("line {line}: a quote inside an unquoted field; quote the whole field")),
            ',' => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                out.push((start, std::mem::take(&mut fields)));
                was_quoted = false;
                line += 1;
                start = line;
            }
            _ if was_quoted && !c.is_whitespace() => {
                return Err(format!("line {line}: text after a closing quote; double a quote inside a field (\"\")"))
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {start}: a quoted field is not closed"));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        out.push((start, fields));
    }
    Ok(out)
}

/// A row's values as the file gives them, before they are parsed.
struct Raw {
    email: Option<String>,
    name: Option<String>,
    role: Option<String>,
    teams: Vec<String>,
    active: bool,
}

impl Raw {
    /// The entry, or the row's first problem, named by its place.
    fn entry(self, at: &str) -> std::result::Result<Entry, String> {
        let here = |e: Error| format!("{at}: {}", e.message);
        let email = match self.email.as_deref().map(str::trim) {
            None | Some("") => return Err(format!("{at}: no email")),
            Some(e) => Email::parse(e).map_err(here)?,
        };
        let name = match self.name.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(n) => Some(Name::parse(n).map_err(here)?),
        };
        // The model's roles: whatever `member add --role` accepts.
        let role = match self.role.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(r) => Some(r.to_ascii_lowercase().parse::<Role>().map_err(here)?),
        };
        let mut teams = Vec::new();
        for t in self.teams.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            // A directory's group names are often titles (`Data Team`): read
            // as the team `data-team`, as a dashboard title gives its slug.
            let slug = Slug::parse(t)
                .or_else(|e| Slug::from_title(t).ok_or(e))
                .map_err(|e| format!("{at}: team {}", e.message))?;
            if !teams.contains(&slug) {
                teams.push(slug);
            }
        }
        Ok(Entry { at: at.to_string(), email, name, role, teams, active: self.active })
    }
}

/// A SCIM 2.0 ListResponse (`{"schemas": [...ListResponse], "Resources":
/// [User, ...]}`). Of each User: the email is `userName` when it is an
/// email, else the primary (or only) `emails[].value`; the name is
/// `name.formatted`, else `displayName`, else `name.givenName` and
/// `name.familyName`; the role is the primary (or only) `roles[].value`,
/// else none; the teams are `groups[].display`; `active: false`
/// deprovisions.
fn parse_scim(text: &str, problems: &mut Vec<String>) -> Vec<Entry> {
    let doc: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(format!("line {}: not JSON: {e}", e.line()));
            return Vec::new();
        }
    };
    let Some(resources) = doc.get("Resources").or_else(|| doc.get("resources")) else {
        problems.push("is not a SCIM ListResponse: it has no `Resources` array".into());
        return Vec::new();
    };
    let Some(resources) = resources.as_array() else {
        problems.push("`Resources` is not an array".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, user) in resources.iter().enumerate() {
        let at = format!("Resources[{i}]");
        match scim_user(user, &at).and_then(|raw| raw.entry(&at)) {
            Ok(e) => out.push(e),
            Err(p) => problems.push(p),
        }
    }
    out
}

fn scim_user(user: &Value, at: &str) -> std::result::Result<Raw, String> {
    if !user.is_object() {
        return Err(format!("{at}: not a User object"));
    }
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let user_name = text(user.get("userName"));
    let email = match user_name.as_deref().filter(|u| Email::parse(u).is_ok()) {
        Some(u) => Some(u.to_string()),
        None => primary(user.get("emails"), at, "emails")?.or(user_name),
    };
    let name = user.get("name");
    let name = text(name.and_then(|n| n.get("formatted")))
        .filter(|n| !n.trim().is_empty())
        .or_else(|| text(user.get("displayName")).filter(|n| !n.trim().is_empty()))
        .or_else(|| {
            let parts: Vec<String> = ["givenName", "familyName"]
                .iter()
                .filter_map(|k| text(name.and_then(|n| n.get(*k))))
                .filter(|p| !p.trim().is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        });
    let role = primary(user.get("roles"), at, "roles")?;
    let mut teams = Vec::new();
    match user.get("groups") {
        None | Some(Value::Null) => {}
        Some(Value::Array(groups)) => {
            for (j, g) in groups.iter().enumerate() {
                match text(g.get("display")) {
                    Some(d) => teams.push(d),
                    None => return Err(format!("{at}: groups[{j}] has no `display`")),
                }
            }
        }
        Some(_) => return Err(format!("{at}: `groups` is not an array")),
    }
    let active = match user.get("active") {
        None | Some(Value::Null) => true,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(format!("{at}: `active` is not true or false")),
    };
    Ok(Raw { email, name, role, teams, active })
}

/// The `value` of a SCIM multi-valued attribute's primary item, or of its
/// only item; `None` when it is absent or empty.
fn primary(attr: Option<&Value>, at: &str, key: &str) -> std::result::Result<Option<String>, String> {
    let items = match attr {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(format!("{at}: `{key}` is not an array")),
    };
    let chosen = items
        .iter()
        .find(|v| v.get("primary").and_then(Value::as_bool) == Some(true))
        .or(if items.len() == 1 { items.first() } else { None });
    match chosen {
        Some(v) => match v.get("value").and_then(Value::as_str) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(format!("{at}: the primary item of `{key}` has no `value`")),
        },
        None if items.is_empty() => Ok(None),
        None => Err(format!("{at}: `{key}` has several items and none is primary")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_keep_their_line_numbers_across_quoted_newlines() {
        let text = "email,name,role,teams\r\na@x.test,\"Doe, A\",admin,eng;ops\n\"b@x.test\",\"B\nMultiline\",,\n\nc@x.test,C,member,\n";
        let e = parse(text, Format::Csv, "f.csv");
        let err = e.expect_err("a name with a newline is refused");
        assert!(err.message.contains("line 3"), "{}", err.message);
        let ok = parse("email,name,role,teams\na@x.test,\"Doe, \"\"A\"\"\",admin,eng;ops\n\nc@x.test,,,\n", Format::Csv, "f")
            .expect("parses");
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[0].name.as_ref().map(|n| n.as_str()), Some("Doe, \"A\""));
        assert_eq!(ok[0].teams.len(), 2);
        assert_eq!(ok[1].at, "line 4");
        assert_eq!(ok[1].role, None);
    }

    #[test]
    fn csv_header_must_name_the_four_columns() {
        let err = parse("email,name,role\na@x.test,A,member\n", Format::Csv, "f").expect_err("missing");
        assert!(err.message.contains("line 1: missing column teams"), "{}", err.message);
        let err = parse("email,name,role,team\n", Format::Csv, "f").expect_err("unknown");
        assert!(err.message.contains("unknown column \"team\""), "{}", err.message);
    }

    #[test]
    fn scim_users_read_the_usual_attributes() {
        let doc = r#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"Resources":[
            {"userName":"ann","emails":[{"value":"other@x.test"},{"value":"ann@x.test","primary":true}],
             "name":{"formatted":"Ann A"},"roles":[{"value":"admin"}],"groups":[{"display":"eng"}]},
            {"userName":"bob@x.test","displayName":"Bob","active":false,"groups":[{"display":"Data Team"}]}]}"#;
        let e = parse(doc, Format::Scim, "f").expect("parses");
        assert_eq!(e[0].email.as_str(), "ann@x.test");
        assert_eq!(e[0].role, Some(Role::Admin));
        assert_eq!(e[0].teams[0].as_str(), "eng");
        assert!(!e[1].active);
        assert_eq!(e[1].teams[0].as_str(), "data-team");
        assert_eq!(e[1].name.as_ref().map(|n| n.as_str()), Some("Bob"));
    }

    #[test]
    fn format_is_decided_by_flag_then_extension_then_text() {
        assert_eq!(Format::decide(None, Some("csv"), "{"), Format::Csv);
        assert_eq!(Format::decide(None, None, " {\"Resources\":[]}"), Format::Scim);
        assert_eq!(Format::decide(None, None, "email,name,role,teams"), Format::Csv);
        assert_eq!(Format::decide(Some(Format::Scim), Some("csv"), ""), Format::Scim);
    }
}
