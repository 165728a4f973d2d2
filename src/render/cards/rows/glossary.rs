//! `glossary-row.html` of the built-in theme: a term in every language.

use crate::i18n::Catalogues;
use crate::render::cards::base::some;
use crate::render::cards::write::Page;
use crate::render::views::overview::TermRow;

/// Each term's row, in order (the template prints no message).
pub(crate) fn glossary_rows(
    catalogues: &Catalogues,
    lang: &str,
    views: &[TermRow],
) -> Option<Vec<Vec<String>>> {
    let rows = views.iter().map(|r| {
        let mut p = Page::new(catalogues, lang, None, 256);
        p.lit("<tr id=\"term-");
        p.esc(&r.id);
        p.lit("\"><th scope=\"row\">");
        match some(&r.url) {
            Some(url) => {
                p.lit("<a href=\"");
                p.esc(url);
                p.lit("\">");
                p.esc(&r.term);
                p.lit("</a>");
            }
            None => p.esc(&r.term),
        }
        p.lit("</th>");
        for (tr_lang, text) in &r.translations {
            p.lit("<td lang=\"");
            p.esc(tr_lang);
            p.lit("\">");
            p.esc(text);
            p.lit("</td>");
        }
        p.lit("</tr>");
        vec![p.finish()]
    });
    Some(rows.collect())
}
