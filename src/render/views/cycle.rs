//! The annual cycle (årshjul): a wheel of the twelve months with one ring per forum and a mark
//! in each month it meets, as the forum's calendar feed places its meetings (the months of its
//! dated meetings where the site gives them, else its rhythm: [`super::calendar::months`]),
//! and the same facts as a list beside it.

use super::calendar::{forum_series, months};
use super::common::{Link, Words};
use super::forum::cadence_view;
use super::rows::{Rows, Templates};
use super::svg_text::{content, esc, plain};
use crate::diagnostics::Diagnostic;
use crate::model::Forum;
use crate::render::engine::Engine;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use std::fmt::Write;

/// The annual cycle page.
#[derive(Debug, Serialize)]
pub struct CycleView {
    /// The inline SVG (escaped here, so the template prints it as is).
    pub svg: String,
    /// The same facts in words: one list item per forum, rendered by `cycle-row.html`.
    pub forums: Rows<Drawn>,
    /// Whether any forum has dated meetings (the introduction then says where months come from).
    pub dated: bool,
}

/// One forum of the cycle, as `cycle-row.html` sees it.
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

/// A forum's part of the wheel, kept with its list item so that a forum's edit redraws only
/// its own ring and legend line.
#[derive(Debug)]
pub struct Drawn {
    ring: String,
    legend: String,
    dated: bool,
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

/// Builds the wheel and its list from kept chunks of forums: a forum's ring depends on its
/// place and on how many rings there are, so both are part of its key.
pub fn cycle(w: &Words, engine: &Engine) -> Result<CycleView, Diagnostic> {
    let ids: Vec<(usize, &str)> = w
        .model
        .forum_ids()
        .map(|id| id.as_str())
        .enumerate()
        .collect();
    let n = ids.len();
    // The twelve names looked up once, not once per month of every forum (a forum meeting
    // monthly asked for twelve); each with the fallbacks it met, counted again wherever the
    // page shows it, as when each showing looked it up. The rows' key names them instead.
    let counted = w.loc.take_fallbacks();
    let names: Vec<(String, Vec<String>)> = (1..=12)
        .map(|m| (month_name(w, m), w.loc.take_fallbacks()))
        .collect();
    w.loc.note_fallbacks(&counted);
    let name_of = |m: u32| match m.checked_sub(1).and_then(|i| names.get(i as usize)) {
        Some((name, fallbacks)) => {
            w.loc.note_fallbacks(fallbacks);
            name.clone()
        }
        None => month_name(w, m),
    };
    let key: String = names.iter().map(|(t, _)| format!("\u{1f}{t}")).collect();
    let templates = Templates::new(engine, &["cycle-row.html"]);
    let write = engine.cards().cycle.then_some(|views: &[CycleForum]| {
        crate::render::cards::cycle_rows(engine.catalogues(), engine.lang(), views)
    });
    let forums = w.rows_written(
        &format!("cycle/{n}{key}"),
        &ids,
        |(i, id)| format!("{id}#{i}"),
        &templates,
        write,
        |&(i, id)| {
            let f = w.model.forum(id)?;
            let ms = forum_months(f);
            let c = cadence_view(w, &f.cadence);
            let item = CycleForum {
                number: i + 1,
                link: w.forum(&f.id),
                cadence: c.text,
                for_category: c.for_category,
                months: ms.iter().map(|&m| name_of(m)).collect(),
                meetings: super::meetings::meetings(w, f),
            };
            let drawn = Drawn {
                ring: ring(i, n, &ms),
                legend: legend(i, &item),
                dated: !item.meetings.is_empty(),
            };
            Some((item, drawn))
        },
    )?;
    let names: Vec<String> = (1..=12).map(name_of).collect();
    let svg = wheel(w, &forums, n, &names);
    let dated = forums.iter().any(|f| f.extra.dated);
    Ok(CycleView { svg, forums, dated })
}

const CENTRE: (f64, f64) = (220.0, 220.0);
const INNER: f64 = 60.0;
const OUTER: f64 = 175.0;

/// The point at radius `r` and `deg` degrees clockwise from twelve o'clock.
fn at(r: f64, deg: f64) -> (f64, f64) {
    let a = (deg - 90.0).to_radians();
    (CENTRE.0 + r * a.cos(), CENTRE.1 + r * a.sin())
}

/// The ring of the `i`th of `n` forums, with a dot in each month it meets.
fn ring(i: usize, n: usize, months: &[u32]) -> String {
    let (cx, cy) = CENTRE;
    let step = if n > 1 {
        (OUTER - INNER) / (n - 1) as f64
    } else {
        0.0
    };
    let r = INNER + step * i as f64;
    let mut s = String::new();
    let _ = write!(
        s,
        "<g class=\"ring\"><circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r:.1}\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.5\"/>"
    );
    for &m in months {
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
        i + 1
    );
    s
}

/// The legend line naming the `i`th forum by its ring number.
fn legend(i: usize, item: &CycleForum) -> String {
    let y = 450 + 26 * i;
    format!(
        "<text x=\"10\" y=\"{y}\" font-size=\"15\" fill=\"currentColor\">{}. {} – {}</text>",
        item.number,
        content(&item.link.text),
        content(&item.cadence)
    )
}

/// The SVG: month sectors, then the kept rings and legend lines of the `n` forums.
fn wheel(w: &Words, forums: &Rows<Drawn>, n: usize, names: &[String]) -> String {
    let height = 450 + 26 * n;
    // Sized for the kept rings and legend lines, so the drawing is not copied as it grows.
    let kept: usize = forums
        .iter()
        .map(|f| f.extra.ring.len() + f.extra.legend.len())
        .sum();
    let mut s = String::with_capacity(kept + 4096);
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 440 {height}\" role=\"img\" aria-labelledby=\"cycle-title cycle-desc\" class=\"annual-cycle\"><title id=\"cycle-title\">{}</title><desc id=\"cycle-desc\">{}</desc>",
        esc(&plain(&w.text("cycle-title")).1),
        esc(&plain(&w.text("cycle-desc")).1)
    );
    // Month sectors and names.
    for (m, name) in names.iter().enumerate() {
        let (x1, y1) = at(INNER - 15.0, m as f64 * 30.0);
        let (x2, y2) = at(OUTER + 15.0, m as f64 * 30.0);
        let _ = write!(
            s,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"currentColor\" stroke-opacity=\"0.35\"/>"
        );
        let (tx, ty) = at(OUTER + 32.0, m as f64 * 30.0 + 15.0);
        let short: String = plain(name).1.chars().take(3).collect();
        let _ = write!(
            s,
            "<text x=\"{tx:.1}\" y=\"{ty:.1}\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"14\" fill=\"currentColor\">{}</text>",
            esc(&short)
        );
    }
    for f in forums.iter() {
        s.push_str(&f.extra.ring);
    }
    for f in forums.iter() {
        s.push_str(&f.extra.legend);
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::super::calendar::{feed, FeedSettings};
    use super::*;
    use crate::model::reads::{Kind, ModelRead};
    use crate::render::memo::Memo;
    use crate::render::routes::Routes;
    use crate::site::{BuildOptions, Site};

    #[test]
    fn a_forums_edit_redraws_only_its_chunk_of_the_wheel_and_the_feed() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        crate::synth::generate(dir.path(), 1500).expect("a site of 500 forums");
        let input = crate::load::SiteInput::read(dir.path()).expect("the site is read");
        let site = Site::load(input, &BuildOptions::default()).expect("the site loads");
        let engine = site.templates.for_language(site.catalogues.clone(), "nb");
        let (loc, routes) = (site.catalogues.localizer("nb"), Routes::new("/"));
        let settings = FeedSettings {
            site: "kommune.example".into(),
            last_updated: None,
            base_url: "/",
            name: "Forums".into(),
            shared: None,
        };
        let ids: Vec<&str> = site.model.forum_ids().map(|id| id.as_str()).collect();
        let page = |memo: Option<&Memo>| {
            let w = Words {
                loc: &loc,
                routes: &routes,
                model: &site.model,
                lang: "nb",
                memo,
            };
            let c = cycle(&w, &engine).expect("the cycle renders");
            let list: String = c.forums.iter().map(|r| r.first().to_string()).collect();
            (c.svg, list, feed(&w, &ids, &settings))
        };
        let forums_read = |reads: &[ModelRead]| {
            reads
                .iter()
                .filter(|r| matches!(r, ModelRead::Entity(Kind::Forum, _)))
                .count()
        };
        let fresh = page(None);
        let mut memo = Memo::default();
        assert_eq!(
            page(Some(&memo)),
            fresh,
            "kept pieces put together as a build"
        );
        assert_eq!(
            forums_read(&memo.settle()),
            500,
            "each piece read its forums"
        );
        let edited = ModelRead::Entity(Kind::Forum, crate::synth::forum_id(250));
        assert!(!memo.invalidate(&Default::default(), [&edited]).is_empty());
        assert_eq!(page(Some(&memo)), fresh);
        let again = memo.settle();
        assert!(
            again.contains(&edited),
            "the edited forum's piece is drawn again"
        );
        let n = forums_read(&again);
        // The forum's chunk of the wheel and list (at most MAX_CHUNK), and its chunk of the feed.
        assert!(n < 200, "{n} of 500 forums drawn again");
    }
}
