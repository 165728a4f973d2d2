//! `role-row.html` and `forum-row.html` of the built-in theme: the rows of the role and
//! forum tables, under column labels the page looked up once (`labels.*`).

use super::Said;
use crate::i18n::Catalogues;
use crate::render::cards::base::some;
use crate::render::cards::write::{Missing, Page};
use crate::render::views::overview::{ForumRow, RoleRow};

/// A column label by its name in the template (`{{ labels.name }}` of an absent one is an
/// error in tera: `None` hands the rows to it).
fn label<'l>(labels: &'l [(&'static str, String)], name: &str) -> Option<&'l str> {
    labels
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, t)| t.as_str())
}

/// Each role's row, in order.
pub(crate) fn role_rows(
    catalogues: &Catalogues,
    lang: &str,
    labels: &[(&'static str, String)],
    views: &[RoleRow],
) -> Option<Vec<Vec<String>>> {
    let (resp, held) = (label(labels, "responsibility")?, label(labels, "held_by")?);
    let rows = views.iter().map(|r| {
        let mut p = Page::new(catalogues, lang, None, 256 + r.summary.len());
        p.lit("<tr><th scope=\"row\">");
        p.link(&r.link);
        p.lit("</th><td data-label=\"");
        p.esc(resp);
        p.lit("\">");
        p.esc(&r.summary);
        p.lit("</td><td data-label=\"");
        p.esc(held);
        p.lit("\">");
        match some(&r.held_by) {
            Some(h) => p.esc(h),
            None => p.lit("–"),
        }
        p.lit("</td></tr>");
        vec![p.finish()]
    });
    Some(rows.collect())
}

/// Each forum's row, in order; `None` when a message or label is missing.
pub(crate) fn forum_rows(
    catalogues: &Catalogues,
    lang: &str,
    labels: &[(&'static str, String)],
    views: &[ForumRow],
) -> Option<Vec<Vec<String>>> {
    let cols = [
        label(labels, "authority")?,
        label(labels, "meets")?,
        label(labels, "chair")?,
    ];
    let mut said = Said::new(catalogues, lang);
    views
        .iter()
        .map(|f| {
            let mut p = Page::new(catalogues, lang, None, 512 + f.purpose.len());
            forum_row(&mut p, &mut said, cols, f)?;
            Ok(vec![p.finish()])
        })
        .collect::<Result<_, Missing>>()
        .ok()
}

fn forum_row(p: &mut Page, s: &mut Said, cols: [&str; 3], f: &ForumRow) -> Result<(), Missing> {
    p.lit("<tr>\n        <th scope=\"row\">");
    p.link(&f.link);
    p.lit("<br><span class=\"purpose\">");
    p.esc(&f.purpose);
    p.lit("</span></th>\n        <td data-label=\"");
    p.esc(cols[0]);
    p.lit("\">");
    match f.authority {
        "decides" => p.lit(s.t("authority-decides")?),
        "none" => p.lit(s.t("authority-none")?),
        _ => open(p, s)?,
    }
    p.lit("</td>\n        <td data-label=\"");
    p.esc(cols[1]);
    p.lit("\">");
    p.esc(&f.cadence.text);
    if let Some(c) = some(&f.cadence.for_category) {
        p.lit("<br>");
        p.esc(c);
    }
    p.lit("</td>\n        <td data-label=\"");
    p.esc(cols[2]);
    p.lit("\">");
    if let Some(chair) = &f.chair {
        p.link(chair);
    } else if f.chair_kind == "appointed" {
        p.lit(s.t("chair-appointed")?);
    } else {
        open(p, s)?;
    }
    p.lit("</td>\n      </tr>");
    Ok(())
}

fn open(p: &mut Page, s: &mut Said) -> Result<(), Missing> {
    p.lit("<strong class=\"open\">");
    p.lit(s.t("undecided")?);
    p.lit("</strong>");
    Ok(())
}
