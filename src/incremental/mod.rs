//! The incremental engine behind `build --watch` and `serve`: the whole site kept in memory
//! between saves, so a change costs what it touches.
//!
//! [`Session::start`] loads and renders everything once and publishes atomically, like
//! `govdoc build`, while recording which words every page looked up ([`crate::i18n::deps`]).
//! [`Session::apply`] then takes the files one save touched ([`ChangeSet`]) and:
//!
//! 1. re-reads only those files into the [`SiteInput`];
//! 2. refreshes only what depends on them: the content through the load stage's per-file
//!    [`crate::load::ContentCache`] and the model, one Fluent file's messages patched into its
//!    language ([`words`]), the templates, a static file;
//! 3. collects every error of the current inputs, exactly as a build would; on any error it
//!    stops here, leaves the output folder alone and remembers the pending work;
//! 4. re-renders only the pages whose recorded lookups a changed message reaches, or, after a
//!    content change, the pages whose recorded model reads ([`crate::model::reads`]) now have a
//!    different answer; all pages after a settings or template change. Writes only files whose bytes changed, each atomically;
//!    outputs of pages that no longer exist are deleted ([`pages`]).

mod changes;
mod pages;
pub mod plan;
mod state;
mod words;

pub use pages::digest;
pub use state::{ProgressSink, Session};

use crate::diagnostics::Diagnostics;
pub use changes::ChangeSet;
use std::path::PathBuf;
use std::time::Duration;

/// What one rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuild {
    /// What changed, in a few words.
    pub what: String,
    /// Pages and files rendered.
    pub rendered: usize,
    /// Files written (those whose bytes changed).
    pub written: usize,
    /// Files deleted.
    pub removed: usize,
    /// Wall time of the rebuild (not counting the watcher's debounce).
    pub elapsed: Duration,
    /// Whether the previous attempt had failed.
    pub recovered: bool,
    /// Warnings (only reported by the first build).
    pub warnings: Diagnostics,
}

/// The result of [`Session::start`] or [`Session::apply`].
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The site was (re)built.
    Built(Rebuild),
    /// The inputs have errors, or writing failed.
    Failed {
        /// What changed.
        what: String,
        /// All errors (and warnings) of the current inputs.
        errors: Diagnostics,
        /// Wall time.
        elapsed: Duration,
        /// Whether the output folder still holds the last good site (false when a write failed
        /// part-way, as on a full disk: the next good rebuild then publishes the site whole).
        output_kept: bool,
    },
    /// Nothing the site uses changed.
    Unchanged,
}

impl Outcome {
    /// The one line printed for this outcome (diagnostics are printed separately).
    pub fn line(&self, out: &std::path::Path) -> Option<String> {
        match self {
            Outcome::Built(r) => Some(format!(
                "{}: {}; {} rendered, {} written, {} removed in {} ms",
                if r.recovered {
                    "rebuilt (errors fixed)"
                } else {
                    "rebuilt"
                },
                r.what,
                r.rendered,
                r.written,
                r.removed,
                r.elapsed.as_millis()
            )),
            Outcome::Failed {
                what,
                errors,
                elapsed,
                output_kept,
            } => Some(format!(
                "failed: {what}; {} error(s) in {} ms; {}",
                errors.error_count(),
                elapsed.as_millis(),
                if *output_kept {
                    format!("{} keeps the last good site", out.display())
                } else {
                    format!(
                        "{} was only partly updated; the next good rebuild publishes it whole",
                        out.display()
                    )
                }
            )),
            Outcome::Unchanged => None,
        }
    }
}

/// A few words on what changed: one file by name, or a count and the first names.
pub(crate) fn describe(changes: &ChangeSet) -> String {
    let n = changes.changed.len() + changes.removed.len();
    let name = |p: &PathBuf| p.display().to_string();
    if n == 1 {
        return match changes.changed.iter().next() {
            Some(p) => format!("{} changed", name(p)),
            None => format!(
                "{} removed",
                changes.removed.iter().next().map(name).unwrap_or_default()
            ),
        };
    }
    let first: Vec<String> = changes.paths().take(3).map(name).collect();
    format!(
        "{n} files changed ({}{})",
        first.join(", "),
        if n > 3 { ", …" } else { "" }
    )
}
