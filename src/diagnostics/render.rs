//! Rendering diagnostics: a grep- and editor-friendly first line (`file:line:col: error: …`),
//! then a miette snippet of the offending line, then the help text.

use super::{Diagnostic, Diagnostics, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;

struct Snippet<'a> {
    diag: &'a Diagnostic,
    source: Option<NamedSource<String>>,
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

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let loc = self.diag.location.as_ref()?;
        self.source.as_ref()?;
        let span = SourceSpan::new(loc.offset.into(), loc.len);
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            self.diag.label.clone(),
            span,
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
        d.message
    ))
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
        let source = d.location.as_ref().and_then(|l| {
            l.text.as_ref().map(|t| {
                NamedSource::new(
                    escape_controls(&l.file.display().to_string()),
                    blank_controls(t),
                )
            })
        });
        let clean;
        let d = if [Some(&d.message), d.label.as_ref(), d.help.as_ref()]
            .into_iter()
            .flatten()
            .any(|t| t.chars().any(is_bad_control))
        {
            clean = Diagnostic {
                message: escape_controls(&d.message),
                label: d.label.as_deref().map(escape_controls),
                help: d.help.as_deref().map(escape_controls),
                ..d.clone()
            };
            &clean
        } else {
            d
        };
        let snippet = Snippet { diag: d, source };
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
    serde_json::to_string_pretty(ds).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
