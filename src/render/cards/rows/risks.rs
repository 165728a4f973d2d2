//! `risk-row.html` and `risk-section-row.html` of the built-in theme: a risk's row of the
//! register's table and its section below it.

use super::{Arg, Said};
use crate::i18n::Catalogues;
use crate::render::cards::base::some;
use crate::render::cards::macros::items;
use crate::render::cards::write::{Missing, Page};
use crate::render::views::overview::{RiskView, ScoreView};
use crate::render::views::system::FactView;

/// Each risk's HTML of the two templates, in order; `None` when a message is missing.
pub(crate) fn risk_rows(
    catalogues: &Catalogues,
    lang: &str,
    views: &[RiskView],
) -> Option<Vec<Vec<String>>> {
    let mut said = Said::new(catalogues, lang);
    let mut write = |r: &RiskView| -> Result<Vec<String>, Missing> {
        let mut p = Page::new(catalogues, lang, None, 2048);
        row(&mut p, &mut said, r)?;
        let row = p.finish();
        let mut p = Page::new(catalogues, lang, None, 2048);
        section(&mut p, &mut said, r)?;
        Ok(vec![row, p.finish()])
    };
    views.iter().map(&mut write).collect::<Result<_, _>>().ok()
}

/// `risk-row.html`.
fn row(p: &mut Page, s: &mut Said, r: &RiskView) -> Result<(), Missing> {
    p.lit("<tr>\n      <th scope=\"row\"><a href=\"#");
    p.esc(&r.id);
    p.lit("\">");
    p.esc(&r.name);
    p.lit("</a></th>\n      <td data-label=\"");
    p.lit(s.t("label-likelihood")?);
    p.lit("\">");
    score(p, s, &r.likelihood)?;
    p.lit("</td>\n      <td data-label=\"");
    p.lit(s.t("label-impact")?);
    p.lit("\">");
    score(p, s, &r.impact)?;
    p.lit("</td>\n      <td data-label=\"");
    p.lit(s.t("label-risk-level")?);
    p.lit("\">");
    match r.level.filter(|l| !l.is_empty()) {
        Some(level) => {
            p.lit("<span class=\"risk-level-");
            p.esc(level);
            p.lit("\">");
            p.lit(s.t_arg("risk-matrix-level", "level", Arg::Str(level))?);
            p.lit("</span>");
        }
        None => p.lit(s.t("risk-register-level-unknown")?),
    }
    p.lit("</td>\n      <td data-label=\"");
    p.lit(s.t("label-risk-owner")?);
    p.lit("\">");
    fact(p, s, &r.owner)?;
    p.lit("</td>\n      <td data-label=\"");
    p.lit(s.t("label-mitigation")?);
    p.lit("\">");
    if some(&r.mitigation.text).is_some() {
        p.lit("<a href=\"#");
        p.esc(&r.id);
        p.lit("\">");
        p.lit(s.t("risk-register-see-mitigation")?);
        p.lit("</a>");
    } else {
        fact(p, s, &r.mitigation)?;
    }
    p.lit("</td>\n    </tr>");
    Ok(())
}

/// `risk-section-row.html`.
fn section(p: &mut Page, s: &mut Said, r: &RiskView) -> Result<(), Missing> {
    p.lit("<section class=\"risk\" id=\"");
    p.esc(&r.id);
    p.lit("\" aria-labelledby=\"h-");
    p.esc(&r.id);
    p.lit("\">\n  <h2 id=\"h-");
    p.esc(&r.id);
    p.lit("\">");
    p.esc(&r.name);
    p.lit("</h2>\n  ");
    if let Some(summary) = some(&r.summary) {
        p.lit("<p>");
        p.esc(summary);
        p.lit("</p>");
    }
    p.lit("\n  ");
    if !r.points.is_empty() {
        items(p, &r.points);
    }
    p.lit("\n  ");
    if r.assessed {
        p.lit("\n  <dl class=\"facts\">\n    <div><dt>");
        p.lit(s.t("label-risk-owner")?);
        p.lit("</dt><dd>");
        fact(p, s, &r.owner)?;
        p.lit("</dd></div>\n    <div><dt>");
        p.lit(s.t("label-likelihood")?);
        p.lit("</dt><dd>");
        score(p, s, &r.likelihood)?;
        p.lit("</dd></div>\n    <div><dt>");
        p.lit(s.t("label-impact")?);
        p.lit("</dt><dd>");
        score(p, s, &r.impact)?;
        p.lit("</dd></div>\n    <div><dt>");
        p.lit(s.t("label-mitigation")?);
        p.lit("</dt><dd>");
        fact(p, s, &r.mitigation)?;
        p.lit("</dd></div>\n    ");
        if let Some(status) = r.status.filter(|st| !st.is_empty()) {
            p.lit("<div><dt>");
            p.lit(s.t("label-risk-status")?);
            p.lit("</dt><dd>");
            p.lit(s.t_arg("risk-status", "status", Arg::Str(status))?);
            p.lit("</dd></div>");
        }
        p.lit("\n  </dl>\n  ");
    }
    p.lit("\n  ");
    if !r.roles.is_empty() || !r.forums.is_empty() || !r.systems.is_empty() {
        p.lit("\n  <p class=\"concerns\">");
        p.lit(s.t("label-concerns")?);
        p.lit(":\n    ");
        p.link_run(&r.roles);
        if !r.roles.is_empty() && (!r.forums.is_empty() || !r.systems.is_empty()) {
            p.lit(", ");
        }
        p.lit("\n    ");
        p.link_run(&r.forums);
        if !r.forums.is_empty() && !r.systems.is_empty() {
            p.lit(", ");
        }
        p.lit("\n    ");
        p.link_run(&r.systems);
        p.lit("\n  </p>\n  ");
    }
    p.lit("\n</section>");
    Ok(())
}

/// A score: `{% if x.score %}…{% elif x.open %}…{% else %}…{% endif %}`.
fn score(p: &mut Page, s: &mut Said, x: &ScoreView) -> Result<(), Missing> {
    match x.score.filter(|n| *n != 0) {
        Some(n) => p.lit(s.t_arg("risk-score", "score", Arg::Num(n))?),
        None => open_or_missing(p, s, x.open)?,
    }
    Ok(())
}

/// A fact: its link (and words), its words, or open or missing.
fn fact(p: &mut Page, s: &mut Said, f: &FactView) -> Result<(), Missing> {
    if let Some(l) = &f.link {
        p.link(l);
        if let Some(text) = some(&f.text) {
            p.lit(" (");
            p.esc(text);
            p.lit(")");
        }
    } else if let Some(text) = some(&f.text) {
        p.esc(text);
    } else {
        open_or_missing(p, s, f.open)?;
    }
    Ok(())
}

fn open_or_missing(p: &mut Page, s: &mut Said, open: bool) -> Result<(), Missing> {
    if open {
        p.lit("<strong class=\"open\">");
        p.lit(s.t("undecided")?);
        p.lit("</strong>");
    } else {
        p.lit("<span class=\"missing\">");
        p.lit(s.t("system-not-stated")?);
        p.lit("</span>");
    }
    Ok(())
}
