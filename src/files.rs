//! Opening files a user names (a manifest, the context file) without hanging or reading forever.
//!
//! A path may name a FIFO (opening it for reading blocks until a writer
//! comes), a terminal, or a device such as `/dev/zero` (endless). Only regular
//! files are read: the file is opened without blocking and its type checked
//! on the open handle, so a path swapped after a check cannot slip through.

use std::io::Read;
use std::path::Path;

/// What opening a path found.
pub enum Opened {
    /// A regular file, with its length when opened.
    File(std::fs::File, u64),
    Missing,
    /// Something else, described (`a FIFO`, `a device`, `a directory`).
    NotRegular(&'static str),
}

pub fn open_regular(path: &Path) -> std::io::Result<Opened> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK | libc::O_NOCTTY);
    let file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Opened::Missing),
        Err(e) => return Err(e),
    };
    let meta = file.metadata()?;
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(Opened::File(file, meta.len()));
    }
    if kind.is_dir() {
        return Ok(Opened::NotRegular("a directory"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Ok(Opened::NotRegular("a FIFO"));
        }
        if kind.is_socket() {
            return Ok(Opened::NotRegular("a socket"));
        }
    }
    Ok(Opened::NotRegular("a device"))
}

/// Reads at most `limit` bytes; `None` when there is more.
pub fn read_at_most(r: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    r.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}
