//! Source files kept in memory with their text, so that every later stage can point into them.

use crate::diagnostics::Location;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// One input file: where it is shown as coming from, and its text.
#[derive(Clone)]
pub struct SourceFile {
    /// Path shown to the user: relative to the site root, or `<embedded>/…` for the built-in theme.
    pub display: PathBuf,
    /// The whole text.
    pub text: Arc<str>,
    /// Byte offsets where lines start, built on the first location asked for: counting lines
    /// from the start for every finding made 100,000 findings in one file quadratic.
    line_starts: OnceLock<Vec<usize>>,
}

impl PartialEq for SourceFile {
    fn eq(&self, other: &Self) -> bool {
        self.display == other.display && self.text == other.text
    }
}

impl Eq for SourceFile {}

impl std::fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceFile")
            .field("display", &self.display)
            .field("text", &self.text)
            .finish()
    }
}

impl SourceFile {
    /// A file with a display path and its text.
    pub fn new(display: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Arc<Self> {
        Arc::new(SourceFile {
            display: display.into(),
            text: text.into(),
            line_starts: OnceLock::new(),
        })
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        })
    }

    /// A location at a byte offset in this file.
    pub fn at_offset(&self, offset: usize, len: usize) -> Location {
        let text = &self.text;
        let mut offset = offset.min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset);
        let line_start = starts[line - 1];
        Location {
            file: self.display.clone(),
            line,
            column: text[line_start..offset].chars().count() + 1,
            offset,
            len: len.min(text.len() - offset),
            text: Some(text.clone()),
        }
    }

    /// A location for a parser error at `offset`: parsers report many errors at the end of the
    /// file or of a line (where they noticed the problem), so a location with nothing visible
    /// from it to the end of its line moves back to the last visible character before it, which
    /// is on the line the author has to fix. An error at visible text stays where it is (at
    /// the start of a line, that text is what is wrong).
    pub fn at_error_offset(&self, offset: usize) -> Location {
        let mut at = offset.min(self.text.len());
        while at > 0 && !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = self.text[..at].trim_end();
        let rest_of_line = self.text[at..].split('\n').next().unwrap_or("");
        if rest_of_line.trim().is_empty() {
            if let Some(c) = before.chars().last() {
                at = before.len() - c.len_utf8();
            }
        }
        self.at_offset(at, 1)
    }

    /// A location at a 1-based line and column in this file.
    pub fn at_line_col(&self, line: usize, column: usize, len: usize) -> Location {
        let starts = self.line_starts();
        let Some(&line_start) = starts.get(line.max(1) - 1) else {
            return self.at_offset(self.text.len(), len);
        };
        let rest = &self.text[line_start..];
        let line_text =
            &rest[..memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1)];
        let offset = line_start
            + line_text
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(line_text.len(), |(b, _)| b);
        self.at_offset(offset, len)
    }

    /// The file name without extension (used for page ids and language codes).
    pub fn stem(&self) -> &str {
        self.display
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
    }

    /// Whether the display path lies under a directory.
    pub fn is_under(&self, dir: &Path) -> bool {
        self.display.starts_with(dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_from_the_line_index_match_counting_from_the_start() {
        let text = "a\nbé\n\nlast line\n";
        let f = SourceFile::new("x.ftl", text);
        for offset in 0..=text.len() + 2 {
            let want = Location::at_offset("x.ftl".into(), f.text.clone(), offset, 1);
            assert_eq!(f.at_offset(offset, 1), want, "offset {offset}");
        }
        for (line, column) in [(1, 1), (2, 2), (2, 9), (3, 1), (4, 5), (5, 1), (9, 1)] {
            let want = Location::at_line_col("x.ftl".into(), f.text.clone(), line, column, 1);
            assert_eq!(f.at_line_col(line, column, 1), want, "{line}:{column}");
        }
    }
}
