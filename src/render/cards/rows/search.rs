//! `search-row.html` of the built-in theme: an entry of the search page without JavaScript.

use crate::i18n::Catalogues;
use crate::render::cards::write::Page;
use crate::render::search::Shown;

/// Each entry's row, in order (the template prints no message).
pub(crate) fn search_rows(
    catalogues: &Catalogues,
    lang: &str,
    views: &[Shown],
) -> Option<Vec<Vec<String>>> {
    let rows = views.iter().map(|r| {
        let mut p = Page::new(catalogues, lang, None, 256 + r.text.len());
        p.lit("<li data-kind=\"");
        p.esc(r.kind);
        p.lit("\"><a href=\"");
        p.esc(&r.url);
        p.lit("\">");
        p.esc(&r.title);
        p.lit("</a>");
        if !r.text.is_empty() {
            p.lit("<p class=\"detail\">");
            p.esc(&r.text);
            p.lit("</p>");
        }
        p.lit("</li>");
        vec![p.finish()]
    });
    Some(rows.collect())
}
