//! `cycle-row.html` of the built-in theme: a forum of the annual cycle's list.

use super::Said;
use crate::i18n::Catalogues;
use crate::render::cards::base::some;
use crate::render::cards::write::{Missing, Page};
use crate::render::views::cycle::CycleForum;

/// Each forum's row, in order; `None` when a message is missing.
pub(crate) fn cycle_rows(
    catalogues: &Catalogues,
    lang: &str,
    views: &[CycleForum],
) -> Option<Vec<Vec<String>>> {
    let mut said = Said::new(catalogues, lang);
    views
        .iter()
        .map(|f| {
            let mut p = Page::new(catalogues, lang, None, 512);
            row(&mut p, &mut said, f)?;
            Ok(vec![p.finish()])
        })
        .collect::<Result<_, Missing>>()
        .ok()
}

fn row(p: &mut Page, s: &mut Said, f: &CycleForum) -> Result<(), Missing> {
    p.lit("<li>");
    p.link(&f.link);
    p.lit(": ");
    p.esc(&f.cadence);
    if let Some(c) = some(&f.for_category) {
        p.lit(" ");
        p.esc(c);
    }
    if f.months.is_empty() {
        p.lit("<br>");
        p.lit(s.t("cycle-no-months")?);
    } else {
        p.lit("<br>");
        p.lit(s.t("cycle-months")?);
        p.lit(": ");
        for (i, m) in f.months.iter().enumerate() {
            if i > 0 {
                p.lit(", ");
            }
            p.esc(m);
        }
    }
    if !f.meetings.is_empty() {
        p.lit("<br>");
        p.lit(s.t("cycle-dates")?);
        p.lit(": ");
        for (i, mt) in f.meetings.iter().enumerate() {
            if i > 0 {
                p.lit(", ");
            }
            p.lit("<time datetime=\"");
            p.esc(&mt.iso);
            p.lit("\">");
            p.esc(&mt.text);
            p.lit("</time>");
        }
    }
    p.lit("</li>");
    Ok(())
}
