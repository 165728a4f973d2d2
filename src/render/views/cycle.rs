//! The annual cycle (årshjul): a wheel of the twelve months with one ring per forum and a mark
//! in each month it meets, as the forum's calendar feed places its meetings (the months of its
//! dated meetings where the site gives them, else its rhythm: [`super::calendar::months`]),
//! and the same facts as a list beside it.

use super::calendar::{forum_series, months};
use super::common::{Link, Words};
use super::forum::cadence_view;
use super::svg_text::{content, esc, plain};
use crate::model::Forum;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use std::fmt::Write;

/// The annual cycle page.
#[derive(Debug, Serialize)]
pub struct CycleView {
    /// The inline SVG (escaped here, so the template prints it as is).
    pub svg: String,
    /// The same facts in words, one item per forum.
    pub forums: Vec<CycleForum>,
    /// Whether any forum has dated meetings (the introduction then says where months come from).
    pub dated: bool,
}

/// One forum of the cycle.
#[derive(Debug, Serialize)]
pub struct CycleForum {
    /// Its ring number in the wheel.
    pub number: usize,
    /// The forum.
    pub link: Link,
    /// When it meets, in one phrase.
    pub cadence: String,
    /// An extra rhythm for one system category.
    pub for_category: Option<String>,
    /// The months of its meetings in the wheel, named.
    pub months: Vec<String>,
    /// Its dated meetings, earliest first (the wheel's months then come from them).
    pub meetings: Vec<super::meetings::MeetingView>,
}

fn month_name(w: &Words, m: u32) -> String {
    let mut a = FluentArgs::new();
    a.set("month", FluentValue::from(m));
    w.with("month-name", &a)
}

/// The months (1–12) of a forum's meetings, each once, in order.
fn forum_months(f: &Forum) -> Vec<u32> {
    let mut ms: Vec<u32> = f
        .meetings
        .iter()
        .map(|m| u32::from(m.date.month))
        .chain(forum_series(f).into_iter().flat_map(|(_, r)| months(r)))
        .collect();
    ms.sort_unstable();
    ms.dedup();
    ms
}

/// Builds the wheel and its list.
pub fn cycle(w: &Words) -> CycleView {
    let forums: Vec<_> = w.model.forums().collect();
    let month_sets: Vec<Vec<u32>> = forums.iter().map(|f| forum_months(f)).collect();
    let items: Vec<CycleForum> = forums
        .iter()
        .zip(&month_sets)
        .enumerate()
        .map(|(i, (f, ms))| {
            let c = cadence_view(w, &f.cadence);
            CycleForum {
                number: i + 1,
                link: w.forum(&f.id),
                cadence: c.text,
                for_category: c.for_category,
                months: ms.iter().map(|&m| month_name(w, m)).collect(),
                meetings: super::meetings::meetings(w, f),
            }
        })
        .collect();
    let names: Vec<String> = (1..=12).map(|m| month_name(w, m)).collect();
    let svg = wheel(w, &items, &month_sets, &names);
    let dated = items.iter().any(|f| !f.meetings.is_empty());
    CycleView {
        svg,
        forums: items,
        dated,
    }
}

/// The SVG: month sectors, one ring per forum with a dot in each month it meets, a legend.
fn wheel(w: &Words, items: &[CycleForum], months: &[Vec<u32>], names: &[String]) -> String {
    let (cx, cy) = (220.0_f64, 220.0_f64);
    let n = items.len().max(1);
    let (inner, outer) = (60.0_f64, 175.0_f64);
    let step = if n > 1 {
        (outer - inner) / (n - 1) as f64
    } else {
        0.0
    };
    let at = |r: f64, deg: f64| {
        let a = (deg - 90.0).to_radians();
        (cx + r * a.cos(), cy + r * a.sin())
    };
    let height = 450 + 26 * items.len();
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 440 {height}\" role=\"img\" aria-labelledby=\"cycle-title cycle-desc\" class=\"annual-cycle\"><title id=\"cycle-title\">{}</title><desc id=\"cycle-desc\">{}</desc>",
        esc(&plain(&w.text("cycle-title")).1),
        esc(&plain(&w.text("cycle-desc")).1)
    );
    // Month sectors and names.
    for (m, name) in names.iter().enumerate() {
        let (x1, y1) = at(inner - 15.0, m as f64 * 30.0);
        let (x2, y2) = at(outer + 15.0, m as f64 * 30.0);
        let _ = write!(
            s,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"currentColor\" stroke-opacity=\"0.35\"/>"
        );
        let (tx, ty) = at(outer + 32.0, m as f64 * 30.0 + 15.0);
        let short: String = plain(name).1.chars().take(3).collect();
        let _ = write!(
            s,
            "<text x=\"{tx:.1}\" y=\"{ty:.1}\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"14\" fill=\"currentColor\">{}</text>",
            esc(&short)
        );
    }
    // One ring per forum.
    for (i, item) in items.iter().enumerate() {
        let r = inner + step * i as f64;
        let _ = write!(
            s,
            "<g class=\"ring\"><circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r:.1}\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.5\"/>"
        );
        for &m in &months[i] {
            let (x, y) = at(r, (m as f64 - 0.5) * 30.0);
            let _ = write!(
                s,
                "<circle class=\"meeting\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"7\" fill=\"currentColor\"/>"
            );
        }
        let (x, y) = at(r, 0.0);
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"currentColor\">{}</text></g>",
            item.number
        );
    }
    // The legend: every forum named by its ring number.
    for (i, item) in items.iter().enumerate() {
        let y = 450 + 26 * i;
        let _ = write!(
            s,
            "<text x=\"10\" y=\"{y}\" font-size=\"15\" fill=\"currentColor\">{}. {} – {}</text>",
            item.number,
            content(&item.link.text),
            content(&item.cadence)
        );
    }
    s.push_str("</svg>");
    s
}
