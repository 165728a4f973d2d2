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
    /// The row's HTML, one per template of its list, as the page shows it.
    pub html: Vec<String>,
    /// What else the page needs.
    pub extra: E,
}

impl<E> Row<E> {
    /// The HTML of the list's first template.
    pub fn first(&self) -> &str {
        self.html.first().map_or("", String::as_str)
    }
}

type Chunk<E> = Arc<Result<Vec<Row<E>>, Diagnostic>>;

/// The kept rows of one list, in order; serialised as the sequence of their first HTML.
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
            .filter(|r| !r.first().is_empty())
    }

    /// Whether no row shows anything.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

impl<E> Serialize for Rows<E> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(Row::first))
    }
}

impl<E> std::fmt::Debug for Rows<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Rows({} chunks)", self.chunks.len())
    }
}

/// The row templates of one list (each sees one row as `row`) and what else they see.
pub struct Templates<'a> {
    engine: &'a Engine,
    names: &'a [&'a str],
    ctx: tera::Context,
}

impl<'a> Templates<'a> {
    /// Row templates; their names end in `-row.html` or `-rows.html` ([`crate::render::engine`]
    /// compiles a loop over each).
    pub fn new(engine: &'a Engine, names: &'a [&'a str]) -> Self {
        Templates {
            engine,
            names,
            ctx: tera::Context::new(),
        }
    }

    /// A value every row of the list sees (column labels); it must be part of the list's key.
    pub fn with(mut self, name: &str, value: &impl Serialize) -> Self {
        self.ctx.insert(name, value);
        self
    }

    /// The HTML of each template for each view: one render per template for all of them (a
    /// render per row cost 3 % more instructions in a full build than the page's own loop).
    fn render<V: Serialize>(&self, views: &[V]) -> Result<Vec<Vec<String>>, Diagnostic> {
        let mut out: Vec<Vec<String>> = views.iter().map(|_| Vec::new()).collect();
        if views.is_empty() {
            return Ok(out);
        }
        let mut ctx = self.ctx.clone();
        ctx.insert("rows", views);
        for name in self.names {
            let html = self
                .engine
                .render(&crate::render::engine::each_row(name), &ctx)?;
            let parts: Vec<&str> = html.split(crate::render::engine::ROW_END).collect();
            if parts.len() != views.len() + 1 {
                let mut d = Diagnostic::error(
                    "template::row",
                    format!("the row template `{name}` writes a NUL character"),
                )
                .help("remove the NUL character (U+0000) from the template: rows are split at it");
                if let Some(src) = self.engine.source(name) {
                    let at = src.text.find('\0').unwrap_or(0);
                    d = d.at(src.at_offset(at, 1));
                }
                return Err(d);
            }
            for (row, part) in out.iter_mut().zip(parts) {
                // The line break that ends the template's file is not part of the row.
                row.push(part.strip_suffix('\n').unwrap_or(part).to_string());
            }
        }
        Ok(out)
    }
}

impl Words<'_> {
    /// The rows of `items` kept in chunks under `list` (in the page's language), rendered by
    /// `templates`: `view` builds the view of one item (`None`: no row) when its chunk is not
    /// kept, looking its words and model reads up through this helper so they are recorded
    /// with the chunk. `key` names an item within the list; `list` and the keys, with those
    /// records, must determine the rows.
    pub fn rows<I, V: Serialize, E: Send + Sync + 'static>(
        &self,
        list: &str,
        items: &[I],
        key: impl Fn(&I) -> String,
        templates: &Templates,
        view: impl Fn(&I) -> Option<(V, E)>,
    ) -> Result<Rows<E>, Diagnostic> {
        self.rows_written(list, items, key, templates, None::<fn(&[V]) -> _>, view)
    }

    /// [`Self::rows`], with each chunk written by `write` (the HTML of each template for each
    /// view, as the templates would render it; [`crate::render::cards`]) while the templates
    /// are the built-in ones; `write` returns `None` to hand the chunk to the templates.
    pub fn rows_written<I, V: Serialize, E: Send + Sync + 'static>(
        &self,
        list: &str,
        items: &[I],
        key: impl Fn(&I) -> String,
        templates: &Templates,
        write: Option<impl Fn(&[V]) -> Option<Vec<Vec<String>>>>,
        view: impl Fn(&I) -> Option<(V, E)>,
    ) -> Result<Rows<E>, Diagnostic> {
        let build = |at: &[I]| -> Result<Vec<Row<E>>, Diagnostic> {
            let (views, extras): (Vec<V>, Vec<E>) = at.iter().filter_map(&view).unzip();
            let html = match write.as_ref().and_then(|w| w(&views)) {
                Some(html) => html,
                None => templates.render(&views)?,
            };
            Ok(html
                .into_iter()
                .zip(extras)
                .map(|(html, extra)| Row { html, extra })
                .collect())
        };
        let chunks = self.chunks(list, items, key, build);
        if let Some(Err(e)) = chunks.iter().map(|c| c.as_ref()).find(|c| c.is_err()) {
            return Err(e.clone());
        }
        Ok(Rows { chunks })
    }

    /// `items` cut into chunks of about [`CHUNK`], each `build` once and kept under `list` (in
    /// the page's language) and its items' keys, with the words and model reads `build` made:
    /// `list` and the keys, with those records, must determine a chunk. A plain build keeps
    /// nothing and builds all the items as one chunk.
    pub fn chunks<I, T: Send + Sync + 'static>(
        &self,
        list: &str,
        items: &[I],
        key: impl Fn(&I) -> String,
        build: impl Fn(&[I]) -> T,
    ) -> Vec<Arc<T>> {
        if self.memo.is_none() {
            return vec![Arc::new(build(items))];
        }
        let mut chunks = Vec::new();
        let mut start = 0;
        let keys: Vec<String> = items.iter().map(&key).collect();
        for (i, k) in keys.iter().enumerate() {
            let last = i + 1 == keys.len();
            if !(last || i + 1 - start >= MAX_CHUNK || boundary(k)) {
                continue;
            }
            let (at, ks) = (&items[start..=i], &keys[start..=i]);
            chunks.push(self.kept(
                || {
                    let mut name = format!("{list}/");
                    for k in ks {
                        name.push_str(k);
                        name.push('\u{1e}');
                    }
                    name
                },
                || build(at),
            ));
            start = i + 1;
        }
        chunks
    }
}

/// Whether a chunk ends after the item of this key (FNV-1a: the same in every build). The
/// low bits of FNV-1a depend only on the low bits of each byte, so keys alike but for a
/// suffix (`forum-00101#100`) met almost no boundary: the hash is mixed down first.
fn boundary(key: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h % CHUNK == 0
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

    /// An engine with one row template, `test-row.html`.
    fn engine() -> Engine {
        engine_with(b"<tr>{{ row }}</tr>\n")
    }

    fn engine_with(template: &[u8]) -> Engine {
        let mut input = crate::load::SiteInput {
            root: ".".into(),
            theme: "default".into(),
            files: Default::default(),
        };
        input
            .insert("templates/test-row.html".into(), template.to_vec(), false)
            .expect("a template");
        let cats = crate::i18n::Catalogues {
            by_lang: Default::default(),
            source: "nb".into(),
            chains: Default::default(),
            drafts: false,
            status: Vec::new(),
            strict: false,
            translation_findings: Default::default(),
            translation_judgements: Default::default(),
        };
        crate::render::engine::Templates::compile(&input)
            .expect("compiles")
            .for_language(Arc::new(cats), "nb")
    }

    #[test]
    fn an_edit_renders_again_only_the_chunk_of_the_row_that_read_it() {
        let (model, routes, loc) = (
            Governance::default(),
            Routes::new("/"),
            Localizer::new(vec![]),
        );
        let engine = engine();
        let templates = Templates::new(&engine, &["test-row.html"]);
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
                .rows("roles", &ids, String::clone, &templates, |id| {
                    built.set(built.get() + 1);
                    deps::note("nb", &format!("-{id}"));
                    Some((id.clone(), ()))
                })
                .expect("renders");
            rows.iter().map(Row::first).collect()
        };
        let fresh = list(None);
        assert!(
            fresh.starts_with("<tr>role-000</tr><tr>role-001</tr>"),
            "{fresh}"
        );
        assert_eq!(built.replace(0), 300);
        assert_eq!(list(Some(&memo)), fresh);
        assert_eq!(built.replace(0), 300, "first render builds every row");
        memo.settle();
        assert_eq!(list(Some(&memo)), fresh);
        assert_eq!(built.replace(0), 0, "kept");
        let renamed: HashSet<deps::Dep> = [("nb".to_string(), "-role-150".to_string())].into();
        assert_eq!(memo.invalidate(&renamed, []).len(), 1);
        assert_eq!(list(Some(&memo)), fresh);
        // One chunk: at most MAX_CHUNK rows (where its ids meet no boundary), not the list.
        let again = built.replace(0);
        assert!(
            (1..=MAX_CHUNK).contains(&again) && again < ids.len() / 2,
            "{again} rows built again"
        );
    }

    #[test]
    fn a_row_template_that_writes_a_nul_is_an_error_at_its_file() {
        let (model, routes, loc) = (
            Governance::default(),
            Routes::new("/"),
            Localizer::new(vec![]),
        );
        let engine = engine_with(b"<tr>\0{{ row }}</tr>\n");
        let w = Words {
            loc: &loc,
            routes: &routes,
            model: &model,
            lang: "nb",
            memo: None,
        };
        let templates = Templates::new(&engine, &["test-row.html"]);
        let Err(d) = w.rows(
            "t",
            &["a", "b"],
            |s| s.to_string(),
            &templates,
            |s| Some((*s, ())),
        ) else {
            panic!("rows split at a NUL of the template were taken for rows");
        };
        assert_eq!(d.code, "template::row");
        let at = d.location.expect("a location");
        assert!(at.file.ends_with("test-row.html"), "{:?}", at.file);
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
