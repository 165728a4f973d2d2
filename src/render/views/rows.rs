//! Rows of list pages, each rendered through its own template and kept between rebuilds
//! ([`crate::render::memo`]) with the words and model reads it made. A page of thousands of
//! rows is put together by splicing their HTML, so after an edit only the rows near what
//! changed go through tera again (a role's new name: one chunk of each list, not 3,334 rows).
//!
//! Rows are kept in chunks of about [`CHUNK`] rows, not one by one: a page that used 10,000
//! fragments spent more on finding, sorting and indexing their keys than a chunk costs to
//! render again. A chunk ends after an id whose hash is a multiple of [`CHUNK`] (and at
//! [`MAX_CHUNK`] rows), so adding or removing a row changes one chunk, not every chunk after it.

use super::common::Words;
use crate::diagnostics::Diagnostic;
use crate::render::engine::Engine;
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// The mean number of rows of a kept chunk.
pub const CHUNK: u64 = 32;

/// The most rows of a kept chunk.
pub const MAX_CHUNK: usize = 128;

/// A rendered row and what the page needs of it besides its HTML (a glossary row's sort key).
pub struct Row<E> {
    /// The row's HTML, as the page shows it; empty when its entity is gone.
    pub html: String,
    /// What else the page needs.
    pub extra: E,
}

type Chunk<E> = Arc<Result<Vec<Row<E>>, Diagnostic>>;

/// The kept rows of one list, in order; serialised as the sequence of their HTML.
pub struct Rows<E> {
    chunks: Vec<Chunk<E>>,
}

impl<E> Rows<E> {
    /// The rows that show something, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Row<E>> {
        self.chunks
            .iter()
            .filter_map(|c| c.as_ref().as_ref().ok())
            .flatten()
            .filter(|r| !r.html.is_empty())
    }

    /// Whether no row shows anything.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

impl<E> Serialize for Rows<E> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(|r| r.html.as_str()))
    }
}

impl<E> std::fmt::Debug for Rows<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Rows({} chunks)", self.chunks.len())
    }
}

impl Words<'_> {
    /// The rows of `items` kept in chunks under `list` (in the page's language): `f` builds
    /// the row of one item when its chunk is not kept, looking its words and model reads up
    /// through this helper so they are recorded with the chunk. `key` names an item within
    /// the list; `list` and the keys, with those records, must determine the rows.
    pub fn rows<I, E: Send + Sync + 'static>(
        &self,
        list: &str,
        items: &[I],
        key: impl Fn(&I) -> String,
        f: impl Fn(&I) -> Result<Row<E>, Diagnostic>,
    ) -> Result<Rows<E>, Diagnostic> {
        let mut chunks = Vec::new();
        let mut start = 0;
        let keys: Vec<String> = items.iter().map(&key).collect();
        for (i, k) in keys.iter().enumerate() {
            let last = i + 1 == keys.len();
            if !(last || i + 1 - start >= MAX_CHUNK || boundary(k)) {
                continue;
            }
            let (at, ks) = (&items[start..=i], &keys[start..=i]);
            let chunk: Chunk<E> = self.kept(
                || {
                    let mut name = format!("{list}/");
                    for k in ks {
                        name.push_str(k);
                        name.push('\u{1e}');
                    }
                    name
                },
                || at.iter().map(&f).collect(),
            );
            if let Err(e) = chunk.as_ref() {
                return Err(e.clone());
            }
            chunks.push(chunk);
            start = i + 1;
        }
        Ok(Rows { chunks })
    }
}

/// Whether a chunk ends after the item of this key (FNV-1a: the same in every build).
fn boundary(key: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h % CHUNK == 0
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{deps, Localizer};
    use crate::model::Governance;
    use crate::render::memo::Memo;
    use crate::render::routes::Routes;
    use std::cell::Cell;
    use std::collections::HashSet;

    #[test]
    fn an_edit_renders_again_only_the_chunk_of_the_row_that_read_it() {
        let (model, routes, loc) = (
            Governance::default(),
            Routes::new("/"),
            Localizer::new(vec![]),
        );
        let mut memo = Memo::default();
        let ids: Vec<String> = (0..300).map(|i| format!("role-{i:03}")).collect();
        let built = Cell::new(0);
        let list = |memo: Option<&Memo>| -> String {
            let w = Words {
                loc: &loc,
                routes: &routes,
                model: &model,
                lang: "nb",
                memo,
            };
            let rows = w
                .rows("roles", &ids, String::clone, |id| {
                    built.set(built.get() + 1);
                    deps::note("nb", &format!("-{id}"));
                    Ok(Row {
                        html: format!("<tr>{id}</tr>"),
                        extra: (),
                    })
                })
                .expect("no template here");
            rows.iter().map(|r| r.html.as_str()).collect()
        };
        let fresh = list(None);
        assert_eq!(built.replace(0), 300);
        assert_eq!(list(Some(&memo)), fresh);
        assert_eq!(built.replace(0), 300, "first render builds every row");
        memo.settle();
        assert_eq!(list(Some(&memo)), fresh);
        assert_eq!(built.replace(0), 0, "kept");
        let renamed: HashSet<deps::Dep> = [("nb".to_string(), "-role-150".to_string())].into();
        assert_eq!(memo.invalidate(&renamed, []).len(), 1);
        assert_eq!(list(Some(&memo)), fresh);
        let again = built.replace(0);
        assert!(
            (1..=MAX_CHUNK).contains(&again) && again < 100,
            "{again} rows built again"
        );
    }

    #[test]
    fn chunks_end_at_ids_not_positions_so_an_insert_changes_one_chunk() {
        let ids: Vec<String> = (0..2000).map(|i| format!("role-{i:05}")).collect();
        let ends = |ids: &[String]| -> Vec<String> {
            ids.iter().filter(|k| boundary(k)).cloned().collect()
        };
        let before = ends(&ids);
        let mut inserted = ids.clone();
        inserted.insert(700, "role-new".into());
        let after = ends(&inserted);
        let n = before.len();
        assert!(
            n > 2000 / CHUNK as usize / 2 && n < 2000 / CHUNK as usize * 2,
            "{n}"
        );
        // Every boundary but the new id's own stays where it was.
        assert_eq!(after.iter().filter(|k| *k != "role-new").count(), n);
    }
}
