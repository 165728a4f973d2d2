//! Rendering diagnostics: a grep- and editor-friendly first line (`file:line:col: error: …`),
//! then a miette snippet of the offending line, then the help text.

use super::{Diagnostic, Diagnostics, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode, SourceSpan};
use std::fmt;

struct Snippet<'a> {
    diag: &'a Diagnostic,
    source: Option<Window>,
    /// The highlighted range, relative to the window.
    span: SourceSpan,
}

/// The few lines of a file a snippet shows, with their place in the file. Handing miette the
/// whole file would copy and scan it for every finding: quadratic for a file with many.
struct Window {
    name: String,
    text: String,
    /// 0-based number of the window's first line in the file.
    first_line: usize,
}

/// At most this many bytes of a long line are shown around the highlighted place.
const LONG_LINE: usize = 240;

impl Window {
    /// The location's line with one line of context each side, long lines cut around the
    /// highlighted place; and the highlighted range within it.
    fn around(
        name: String,
        text: &str,
        offset: usize,
        len: usize,
        line: usize,
    ) -> (Window, SourceSpan) {
        let bytes = text.as_bytes();
        let offset = offset.min(text.len());
        let line_start = memchr::memrchr(b'\n', &bytes[..offset]).map_or(0, |i| i + 1);
        let before = if line_start == 0 {
            0
        } else {
            memchr::memrchr(b'\n', &bytes[..line_start - 1]).map_or(0, |i| i + 1)
        };
        let line_end = memchr::memchr(b'\n', &bytes[offset..]).map_or(text.len(), |i| offset + i);
        let after = if line_end >= text.len() {
            text.len()
        } else {
            memchr::memchr(b'\n', &bytes[line_end + 1..]).map_or(text.len(), |i| line_end + 1 + i)
        };
        let (mut start, mut end) = (before, after);
        let mut first_line = line
            .saturating_sub(1)
            .saturating_sub(usize::from(before < line_start));
        if end - start > 4 * LONG_LINE {
            // A huge line (a 200 MB id): show only the neighbourhood of the place.
            start = floor_boundary(text, offset.saturating_sub(LONG_LINE / 2).max(line_start));
            end = floor_boundary(text, (offset + LONG_LINE).min(line_end));
            first_line = line.saturating_sub(1);
        }
        let local = offset - start;
        let span_len = len.min(end.saturating_sub(offset));
        let window = Window {
            name,
            text: blank_controls(&text[start..end]),
            first_line,
        };
        (window, SourceSpan::new(local.into(), span_len))
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl SourceCode for Window {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self.text.as_str().read_span(span, before, after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )))
    }
}

impl fmt::Debug for Snippet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diag.message)
    }
}

impl fmt::Display for Snippet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diag.message)
    }
}

impl std::error::Error for Snippet<'_> {}

impl miette::Diagnostic for Snippet<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diag
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.diag.location.as_ref()?;
        self.source.as_ref()?;
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            self.diag.label.clone(),
            self.span,
        ))))
    }
}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// The one-line form: `file:line:col: error[code]: message`.
pub fn render_plain(d: &Diagnostic) -> String {
    let place = match &d.location {
        Some(l) => format!("{}:{}:{}: ", l.file.display(), l.line, l.column),
        None => String::new(),
    };
    escape_controls(&format!(
        "{place}{}[{}]: {}",
        severity_word(d.severity),
        d.code,
        cap(&d.message)
    ))
}

/// At most this many characters of a message, label or help are shown: a finding about a
/// 200 MB id must not print the id.
const MAX_TEXT: usize = 400;

/// The text, cut to [`MAX_TEXT`] characters with a note of how much was left out.
fn cap(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(MAX_TEXT) {
        None => s.into(),
        Some((at, _)) => format!(
            "{}… ({} more characters)",
            &s[..at],
            s[at..].chars().count()
        )
        .into(),
    }
}

/// Whether a text needs [`cap`] or [`escape_controls`] before it is shown.
fn needs_cleaning(t: &str) -> bool {
    t.len() > MAX_TEXT || t.chars().any(is_bad_control)
}

/// Control characters (a terminal escape sequence in a source file, say) written as `\u{1b}`,
/// so that a diagnostic can never drive the reader's terminal.
pub fn escape_controls(s: &str) -> String {
    if !s.chars().any(is_bad_control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if is_bad_control(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn is_bad_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t')
}

/// A source text for snippets with every control character replaced by `?` of the same byte
/// length, so the highlighted byte ranges stay true.
fn blank_controls(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
                "?".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Human form of all findings: the plain line, the snippet and the help of each, then a summary.
pub fn render_human(ds: &Diagnostics, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
    let mut out = String::new();
    for d in ds.iter() {
        out.push_str(&render_plain(d));
        out.push('\n');
        let window = d.location.as_ref().and_then(|l| {
            l.text.as_ref().map(|t| {
                Window::around(
                    escape_controls(&l.file.display().to_string()),
                    t,
                    l.offset,
                    l.len,
                    l.line,
                )
            })
        });
        let (source, span) = match window {
            Some((w, span)) => (Some(w), span),
            None => (None, SourceSpan::new(0.into(), 0)),
        };
        let clean;
        let d = if [Some(&d.message), d.label.as_ref(), d.help.as_ref()]
            .into_iter()
            .flatten()
            .any(|t| needs_cleaning(t))
        {
            let clean_text = |t: &str| escape_controls(&cap(t));
            clean = Diagnostic {
                message: clean_text(&d.message),
                label: d.label.as_deref().map(clean_text),
                help: d.help.as_deref().map(clean_text),
                ..d.clone()
            };
            &clean
        } else {
            d
        };
        let snippet = Snippet {
            diag: d,
            source,
            span,
        };
        let mut rendered = String::new();
        if handler.render_report(&mut rendered, &snippet).is_ok() {
            // The first line repeats the message, which the plain line already gave.
            let body: Vec<&str> = rendered.lines().skip(1).collect();
            let body = body.join("\n");
            if !body.trim().is_empty() {
                out.push_str(&body);
                out.push('\n');
            }
        }
        out.push('\n');
    }
    let errors = ds.error_count();
    let warnings = ds
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    if errors > 0 || warnings > 0 {
        out.push_str(&format!("{errors} error(s), {warnings} warning(s)\n"));
    }
    out
}

/// JSON form: an array of `{severity, code, message, location: {file, line, column}, label, help}`.
pub fn render_json(ds: &Diagnostics) -> String {
    let capped: Vec<Diagnostic> = ds
        .iter()
        .map(|d| Diagnostic {
            message: cap(&d.message).into_owned(),
            label: d.label.as_deref().map(|t| cap(t).into_owned()),
            help: d.help.as_deref().map(|t| cap(t).into_owned()),
            ..d.clone()
        })
        .collect();
    serde_json::to_string_pretty(&capped).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
