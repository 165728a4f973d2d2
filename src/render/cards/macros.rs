//! The built-in macros the cards call (`macros.html`, `map-macros.html`,
//! `system-macros.html`), each writing what its macro's body writes, newline for newline.

use super::base::some;
use super::write::{Missing, Page};
use crate::render::views::map::{NeighbourhoodView, Tie};
use crate::render::views::system::SystemTiesView;
use crate::render::views::{Link, ListItem};

/// `m::items(list)`.
pub(super) fn items(p: &mut Page, list: &[ListItem]) {
    p.lit("\n<ul class=\"items\">\n");
    for item in list {
        p.lit("\n  <li id=\"");
        p.esc(&item.anchor);
        p.lit("\">");
        p.esc(&item.text);
        if let Some(d) = some(&item.detail) {
            p.lit("<p class=\"detail\">");
            p.esc(d);
            p.lit("</p>");
        }
        p.lit("</li>\n");
    }
    p.lit("\n</ul>\n");
}

/// `m::links(list)`.
pub(super) fn links(p: &mut Page, list: &[Link]) {
    p.lit("\n<ul class=\"links\">\n");
    for l in list {
        p.lit("\n  <li>");
        p.link(l);
        p.lit("</li>\n");
    }
    p.lit("\n</ul>\n");
}

/// `m::section(heading=t(id=heading), list, id)`.
pub(super) fn section(
    p: &mut Page,
    heading: &str,
    list: &[ListItem],
    id: &str,
) -> Result<(), Missing> {
    let heading = p.heading(heading)?;
    p.lit("\n");
    if !list.is_empty() {
        section_head(p, &heading, id);
        items(p, list);
        p.lit("\n</section>\n");
    }
    p.lit("\n");
    Ok(())
}

/// `m::link_section(heading=t(id=heading), list, id)`.
pub(super) fn link_section(
    p: &mut Page,
    heading: &str,
    list: &[Link],
    id: &str,
) -> Result<(), Missing> {
    let heading = p.heading(heading)?;
    p.lit("\n");
    if !list.is_empty() {
        section_head(p, &heading, id);
        links(p, list);
        p.lit("\n</section>\n");
    }
    p.lit("\n");
    Ok(())
}

/// The start of a section; `heading` is escaped.
fn section_head(p: &mut Page, heading: &str, id: &str) {
    p.lit("\n<section aria-labelledby=\"h-");
    p.esc(id);
    p.lit("\">\n  <h2 id=\"h-");
    p.esc(id);
    p.lit("\">");
    p.lit(heading);
    p.lit("</h2>\n  ");
}

/// `map_macros::neighbourhood(map)`.
pub(super) fn neighbourhood(p: &mut Page, map: Option<&NeighbourhoodView>) -> Result<(), Missing> {
    p.lit("\n");
    if let Some(map) = map {
        p.lit("\n<section class=\"neighbourhood\" aria-labelledby=\"h-neighbourhood\">\n  <h2 id=\"h-neighbourhood\">");
        p.t("map-neighbourhood-heading")?;
        p.lit("</h2>\n  <figure class=\"governance-map-figure\" aria-labelledby=\"neighbourhood-caption\">\n    <div class=\"map-scroll\">");
        p.lit(&map.svg);
        p.lit("</div>\n    <figcaption id=\"neighbourhood-caption\">");
        p.t("map-neighbourhood-caption")?;
        p.lit(" <a href=\"");
        p.esc(&map.map_url);
        p.lit("\">");
        p.t("map-title")?;
        p.lit("</a></figcaption>\n  </figure>\n  <ul class=\"map-ties\">\n");
        for tie in &map.ties {
            self::tie(p, tie);
        }
        p.lit("\n</ul>\n</section>\n");
    }
    p.lit("\n");
    Ok(())
}

/// One tie of a list in words.
pub(super) fn tie(p: &mut Page, tie: &Tie) {
    p.lit("\n  <li>");
    end(p, &tie.from);
    p.lit(" ");
    p.esc(&tie.what);
    p.lit(" ");
    end(p, &tie.to);
    if let Some(c) = some(&tie.category) {
        p.lit(" ");
        p.esc(c);
    }
    p.lit("</li>\n");
}

/// One end of a tie: a link when it has a page.
fn end(p: &mut Page, l: &Link) {
    if l.url.is_empty() {
        p.esc(&l.text);
    } else {
        p.link(l);
    }
}

/// `s::ties(ties)`.
pub(super) fn system_ties(p: &mut Page, ties: &SystemTiesView) -> Result<(), Missing> {
    p.lit("\n");
    if ties.any {
        p.lit("\n<section aria-labelledby=\"h-systems\">\n  <h2 id=\"h-systems\">");
        p.t("label-systems")?;
        p.lit("</h2>\n  <dl class=\"facts\">\n    ");
        let lists = [
            ("label-owns-systems", &ties.owns),
            ("label-coordinates-systems", &ties.coordinates),
            ("label-operates-systems", &ties.operates),
            ("label-supplies-systems", &ties.supplies),
            ("label-change-forum-of", &ties.change_forum_of),
            ("label-user-forum-of", &ties.user_forum_of),
        ];
        for (i, (label, list)) in lists.into_iter().enumerate() {
            if i > 0 {
                p.lit("\n    ");
            }
            fact_run(p, label, list)?;
        }
        p.lit("\n  </dl>\n</section>\n");
    }
    p.lit("\n");
    Ok(())
}

/// `{% if list | length > 0 %}<div><dt>{{ t(id=label) }}</dt><dd>…links, comma-separated…</dd></div>{% endif %}`.
pub(super) fn fact_run(p: &mut Page, label: &str, list: &[Link]) -> Result<(), Missing> {
    if !list.is_empty() {
        p.lit("<div><dt>");
        p.t(label)?;
        p.lit("</dt><dd>");
        p.link_run(list);
        p.lit("</dd></div>");
    }
    Ok(())
}
