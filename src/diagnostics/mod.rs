//! Diagnostics shared by every stage: one shape for errors and warnings, rendered for humans
//! (miette snippets with the offending line) and as JSON for tools.
//!
//! Each stage has its own error type with the details it knows; every one of them converts into
//! [`Diagnostic`], which is what the CLI, `--watch` and the `serve` error overlay print.

mod render;

pub use render::{render_human, render_json, render_plain};

use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot produce a site.
    Error,
    /// The site is built, but something needs attention.
    Warning,
    /// Informational, such as an open question of the governance model.
    Note,
}

/// A place in a source file: 1-based line and column, plus the byte range for snippets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Byte offset of the start, into the file's text.
    #[serde(skip)]
    pub offset: usize,
    /// Length in bytes of the highlighted text (0 for a point).
    #[serde(skip)]
    pub len: usize,
    /// The file's text, kept for snippets.
    #[serde(skip)]
    pub text: Option<Arc<str>>,
}

impl Location {
    /// A location at a byte offset of a text; line and column are computed here.
    pub fn at_offset(file: PathBuf, text: Arc<str>, offset: usize, len: usize) -> Self {
        let offset = floor_char_boundary(&text, offset.min(text.len()));
        let before = &text[..offset];
        // Byte counting, which the compiler vectorises: a file with 40,000 findings must not
        // cost 40,000 slow scans.
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
        let column = text[line_start..offset].chars().count() + 1;
        let len = len.min(text.len() - offset);
        Location {
            file,
            line,
            column,
            offset,
            len,
            text: Some(text),
        }
    }

    /// A location given as 1-based line and column.
    pub fn at_line_col(
        file: PathBuf,
        text: Arc<str>,
        line: usize,
        column: usize,
        len: usize,
    ) -> Self {
        let line_start = if line <= 1 {
            0
        } else {
            memchr::memchr_iter(b'\n', text.as_bytes())
                .nth(line - 2)
                .map_or(text.len(), |i| i + 1)
        };
        let rest = &text[line_start..];
        let line_text =
            &rest[..memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1)];
        let offset = line_start
            + line_text
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(line_text.len(), |(b, _)| b);
        Self::at_offset(file, text, offset, len)
    }

    /// A location naming only a file (for problems that have no better place).
    pub fn file_only(file: PathBuf) -> Self {
        Location {
            file,
            line: 1,
            column: 1,
            offset: 0,
            len: 0,
            text: None,
        }
    }

    /// The source line this location points into, without its line break.
    pub fn source_line(&self) -> Option<&str> {
        let text = self.text.as_deref()?;
        text.lines().nth(self.line - 1)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One finding, from any stage.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// Error, warning or note.
    pub severity: Severity,
    /// A stable, machine-readable code such as `model::unknown-reference`.
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, when known.
    pub location: Option<Location>,
    /// The label shown under the highlighted text.
    pub label: Option<String>,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with a code and a message.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            label: None,
            help: None,
        }
    }

    /// A warning with a code and a message.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// A note with a code and a message.
    pub fn note(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(code, message)
        }
    }

    /// Attaches a location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Attaches an optional location.
    pub fn at_opt(mut self, location: Option<Location>) -> Self {
        self.location = location.or(self.location);
        self
    }

    /// Attaches a label for the highlighted text.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Attaches advice on what to do.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this finding stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// All findings of one run, in the order they were found.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(transparent)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds one finding.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Adds many findings.
    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(ds);
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    /// Iterates over the findings.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// Whether there are no findings at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<Diagnostic>> for Diagnostics {
    fn from(v: Vec<Diagnostic>) -> Self {
        Diagnostics(v)
    }
}

/// "did you mean …?" for an unknown name among known ones.
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(f64, &str)> = known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(wanted, k), k))
        .filter(|(s, _)| *s > 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, k)| k).collect()
}

/// Help text suggesting the closest known names, if any.
pub fn did_you_mean<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let close = closest(wanted, known);
    if close.is_empty() {
        None
    } else {
        let list: Vec<String> = close.iter().map(|c| format!("`{c}`")).collect();
        Some(format!("did you mean {}?", list.join(" or ")))
    }
}
