//! Source files kept in memory with their text, so that every later stage can point into them.

use crate::diagnostics::Location;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One input file: where it is shown as coming from, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path shown to the user: relative to the site root, or `<embedded>/…` for the built-in theme.
    pub display: PathBuf,
    /// The whole text.
    pub text: Arc<str>,
}

impl SourceFile {
    /// A file with a display path and its text.
    pub fn new(display: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Arc<Self> {
        Arc::new(SourceFile {
            display: display.into(),
            text: text.into(),
        })
    }

    /// A location at a byte offset in this file.
    pub fn at_offset(&self, offset: usize, len: usize) -> Location {
        Location::at_offset(self.display.clone(), self.text.clone(), offset, len)
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
        Location::at_line_col(self.display.clone(), self.text.clone(), line, column, len)
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
