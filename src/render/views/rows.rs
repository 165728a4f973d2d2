//! Rows of list pages, each rendered through its own template and kept between rebuilds
//! ([`crate::render::memo`]) with the words and model reads it made. A page of thousands of
//! rows is put together by splicing their HTML, so after an edit only the rows that read what
//! changed go through tera again (a role's new name: its row on each list, not 3,334 rows).

use super::common::Words;
use crate::diagnostics::Diagnostic;
use crate::render::engine::Engine;
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// A rendered row and what the page needs of it besides its HTML (a glossary row's sort key).
pub struct Row<E> {
    /// The row's HTML, as the page shows it.
    pub html: String,
    /// What else the page needs.
    pub extra: E,
}

/// A kept row, or the template error that rendering it gave.
pub type Kept<E> = Arc<Result<Row<E>, Diagnostic>>;

/// The HTML of a kept row, serialised as a string for the page's template to splice.
pub struct Spliced<E>(Kept<E>);

impl<E> Serialize for Spliced<E> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_ref() {
            Ok(row) => s.serialize_str(&row.html),
            Err(_) => s.serialize_str(""),
        }
    }
}

impl<E> std::fmt::Debug for Spliced<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Spliced")
    }
}

impl<E> Spliced<E> {
    /// Whether the row shows nothing (its entity is gone).
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().as_ref().map_or(true, |r| r.html.is_empty())
    }

    /// What else the page needs of the row.
    pub fn extra(&self) -> Option<&E> {
        self.0.as_ref().as_ref().ok().map(|r| &r.extra)
    }
}

impl Words<'_> {
    /// A row kept under `key` (in the page's language): `f` builds it when it is not kept,
    /// looking up its words and model reads through this helper so they are recorded with it.
    /// The key, with those records, must determine the row.
    pub fn row<E: Send + Sync + 'static>(
        &self,
        key: impl FnOnce() -> String,
        f: impl FnOnce() -> Result<Row<E>, Diagnostic>,
    ) -> Result<Spliced<E>, Diagnostic> {
        let kept: Kept<E> = self.kept(key, f);
        match kept.as_ref() {
            Ok(_) => Ok(Spliced(kept)),
            Err(e) => Err(e.clone()),
        }
    }
}

/// Renders `template` with `ctx`: one row of a list page.
pub fn render(engine: &Engine, template: &str, ctx: &tera::Context) -> Result<String, Diagnostic> {
    let mut html = engine.render(template, ctx)?;
    // The line break that ends the template's file is not part of the row.
    if html.ends_with('\n') {
        html.pop();
    }
    Ok(html)
}
