//! `responsibility-rows.html` of the built-in theme: a role's rows of the compact
//! responsibilities matrix.

use crate::i18n::Catalogues;
use crate::render::cards::write::Page;
use crate::render::views::matrix::RoleBlock;

/// Each role's rows, in order (the template prints no message).
pub(crate) fn matrix_rows(
    catalogues: &Catalogues,
    lang: &str,
    views: &[RoleBlock],
) -> Option<Vec<Vec<String>>> {
    let rows = views.iter().map(|b| {
        let mut p = Page::new(catalogues, lang, None, 256 * b.pairs.len());
        for pair in &b.pairs {
            p.lit("\n    <tr><th scope=\"row\">");
            p.link(&pair.role);
            p.lit("</th><td>");
            p.link(&pair.target);
            p.lit("</td><td>");
            p.esc(&pair.what);
            p.lit("</td></tr>\n  ");
        }
        vec![p.finish()]
    });
    Some(rows.collect())
}
