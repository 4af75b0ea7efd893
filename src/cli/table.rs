//! Fitting a list into the terminal's width, the way `gh` does: identifiers
//! (emails, slugs, ids, times, fixed words) are never split or cut; free text
//! (names, titles, descriptions, details) is cut with `…` to what is left;
//! and when even the identifiers do not fit, the list turns vertical, one
//! `HEADER  value` block per row, so nothing is lost.
//!
//! The layout is decided here, apart from rendering, so that it can be tested
//! at any width without a terminal.

use unicode_width::UnicodeWidthStr;

/// Columns that hold identifiers: never split, never cut.
const IDENTIFIER_COLUMNS: &[&str] = &[
    "id",
    "number",
    "email",
    "slug",
    "owner",
    "actor",
    "login",
    "org",
    "dashboard",
    "team",
    "user",
    "key",
    "target",
    "invited_by",
    "role",
    "state",
    "visibility",
    "permission",
    "action",
    "kind",
    "at",
    "joined_at",
    "created_at",
    "expires_at",
    "expires",
    "linked_at",
    "linked_by",
    "current",
    "user_source",
    "org_source",
    "impersonate",
];

/// What a cut free-text column keeps at the least (its header may be wider).
const MIN_FREE: usize = 8;

/// Each cell is padded by one space on either side.
const PADDING: usize = 2;

/// How a list is shown.
#[derive(Debug, PartialEq, Eq)]
pub enum Layout {
    /// Columns; the rows with free text cut to fit.
    Columns(Vec<Vec<String>>),
    /// One block per row: each header beside its whole value.
    Vertical,
}

pub fn is_identifier(header: &str) -> bool {
    IDENTIFIER_COLUMNS.contains(&header)
}

/// The display width of a cell: its widest line.
fn width(cell: &str) -> usize {
    cell.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// Lays out `rows` under `headers` in `total` columns of the terminal.
pub fn fit(headers: &[&str], rows: &[Vec<String>], total: usize) -> Layout {
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| rows.iter().map(|r| r.get(i).map_or(0, |c| width(c))).max().unwrap_or(0).max(h.len()))
        .collect();
    let needed: usize = widths.iter().map(|w| w + PADDING).sum();
    if needed <= total {
        return Layout::Columns(rows.to_vec());
    }
    let free: Vec<usize> = (0..headers.len()).filter(|&i| !is_identifier(headers[i])).collect();
    let fixed: usize = (0..headers.len()).filter(|&i| is_identifier(headers[i])).map(|i| widths[i] + PADDING).sum();
    let floor = |i: usize| widths[i].min(MIN_FREE.max(headers[i].len()));
    let least: usize = free.iter().map(|&i| floor(i) + PADDING).sum();
    if free.is_empty() || fixed + least > total {
        return Layout::Vertical;
    }
    // Share what is left among the free columns: each gets its floor, then
    // the rest goes to the narrowest wants first, so a short column keeps its
    // whole text and the long ones share the remainder evenly.
    let mut room = total - fixed - free.len() * PADDING;
    let mut give: Vec<(usize, usize)> = free.iter().map(|&i| (i, 0)).collect();
    give.sort_by_key(|&(i, _)| widths[i]);
    let mut left = give.len();
    for (i, w) in give.iter_mut() {
        let share = room / left;
        *w = widths[*i].min(share.max(floor(*i)));
        room = room.saturating_sub(*w);
        left -= 1;
    }
    let cut: Vec<(usize, usize)> = give;
    let rows = rows
        .iter()
        .map(|r| {
            let mut r = r.clone();
            for &(i, w) in &cut {
                if let Some(c) = r.get_mut(i) {
                    *c = shorten(c, w);
                }
            }
            r
        })
        .collect();
    Layout::Columns(rows)
}

/// `text` cut to `max` columns of display width, each line, ending in `…` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    text.lines()
        .map(|line| {
            if line.width() <= max {
                return line.to_owned();
            }
            let mut out = String::new();
            let mut used = 0;
            for ch in line.chars() {
                let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
                if used + w + 1 > max {
                    break;
                }
                out.push(ch);
                used += w;
            }
            out.push('…');
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The vertical layout: `HEADER  value` lines, a blank line between rows;
/// free text cut to what is left of `total` columns beside the headers.
pub fn vertical(headers: &[&str], rows: &[Vec<String>], total: usize) -> String {
    let pad = headers.iter().map(|h| h.len()).max().unwrap_or(0);
    let room = total.saturating_sub(pad + 2).max(MIN_FREE);
    let blocks: Vec<String> = rows
        .iter()
        .map(|r| {
            headers
                .iter()
                .zip(r)
                .map(|(h, v)| {
                    let v = if is_identifier(h) { v.clone() } else { shorten(v, room) };
                    let v = v.replace('\n', &format!("\n{:pad$}  ", ""));
                    format!("{:pad$}  {v}", h.to_uppercase())
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    blocks.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn a_list_that_fits_is_untouched() {
        let rows = vec![row(&["bob@example.com", "Bob"])];
        assert_eq!(fit(&["email", "name"], &rows, 80), Layout::Columns(rows.clone()));
    }

    #[test]
    fn free_text_is_cut_and_identifiers_are_whole() {
        let email = "maximilian.alexander.von.longname@example.com";
        let name = "A very long display name that has to be cut somewhere on a narrow screen";
        let rows = vec![row(&[email, name, "member", "2026-12-04T10:00:00Z"])];
        let Layout::Columns(out) = fit(&["email", "name", "role", "joined_at"], &rows, 90) else {
            panic!("vertical at 90 columns")
        };
        assert_eq!(out[0][0], email);
        assert_eq!(out[0][3], "2026-12-04T10:00:00Z");
        assert!(out[0][1].ends_with('…') && out[0][1].len() < name.len(), "{:?}", out[0][1]);
        let used: usize = out[0].iter().map(|c| width(c) + PADDING).sum();
        assert!(used <= 90, "{used} columns");
        assert_eq!(fit(&["email", "name", "role", "joined_at"], &rows, 80), Layout::Vertical);
    }

    #[test]
    fn identifiers_that_cannot_fit_turn_the_list_vertical() {
        let rows = vec![row(&["zara.new@acme.test", "very-long-dashboard-slug-here", "admin", "2026-12-04T10:00:00Z"])];
        assert_eq!(fit(&["email", "slug", "role", "created_at"], &rows, 40), Layout::Vertical);
        let text = vertical(&["email", "slug"], &rows, 40);
        assert!(text.contains("EMAIL  zara.new@acme.test"), "{text}");
        assert!(text.contains("SLUG   very-long-dashboard-slug-here"), "{text}");
    }

    #[test]
    fn shorten_counts_display_width() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("日本語テキスト", 5), "日本…");
        assert_eq!(shorten("short", 10), "short");
    }
}
