//! `map-ties-rows.html` of the built-in theme: a role's escalation paths in words, on a
//! governance map too large to draw.

use crate::i18n::Catalogues;
use crate::render::cards::macros::tie;
use crate::render::cards::write::Page;
use crate::render::views::map::EscalationBlock;

/// Each role's ties, in order (the template prints no message).
pub(crate) fn ties_rows(
    catalogues: &Catalogues,
    lang: &str,
    views: &[EscalationBlock],
) -> Option<Vec<Vec<String>>> {
    let rows = views.iter().map(|b| {
        let mut p = Page::new(catalogues, lang, None, 256 * b.ties.len());
        for t in &b.ties {
            tie(&mut p, t);
        }
        vec![p.finish()]
    });
    Some(rows.collect())
}
