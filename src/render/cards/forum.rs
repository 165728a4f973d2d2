//! `forum.html` of the built-in theme: the meeting description.

use super::base::some;
use super::macros::{fact_run, items, link_section, links, neighbourhood, section, system_ties};
use super::write::{Missing, Page};
use crate::render::views::forum::ForumView;
use crate::render::views::map::NeighbourhoodView;

/// The `content` block of `forum.html`.
pub(super) fn content(
    p: &mut Page,
    forum: &ForumView,
    map: Option<&NeighbourhoodView>,
) -> Result<(), Missing> {
    p.lit("\n<article class=\"meeting\">\n  <header>\n    ");
    if let Some(g) = &forum.group {
        p.lit("<p class=\"kicker\">");
        p.link(g);
        p.lit("</p>");
    }
    p.lit("\n    <h1>");
    p.esc(&forum.name);
    p.lit("</h1>\n    <p class=\"summary\">");
    p.esc(&forum.purpose);
    p.lit("</p>\n    ");
    if forum.per_system {
        p.lit("<p class=\"badge\">");
        p.t("label-per-system")?;
        p.lit("</p>");
    }
    p.lit("\n  </header>\n  <dl class=\"facts\">\n    ");
    facts(p, forum)?;
    p.lit("\n  </dl>\n  ");
    if !forum.meetings.is_empty() {
        p.lit("\n  <section aria-labelledby=\"h-meetings\">\n    <h2 id=\"h-meetings\">");
        p.t("meetings-heading")?;
        p.lit("</h2>\n    <ul class=\"meetings\">\n    ");
        for mt in &forum.meetings {
            p.lit("\n      <li><time datetime=\"");
            p.esc(&mt.iso);
            p.lit("\">");
            p.esc(&mt.text);
            p.lit("</time>");
            if let Some(note) = some(&mt.note) {
                p.lit(": ");
                p.esc(note);
            }
            p.lit("</li>\n    ");
        }
        p.lit("\n    </ul>\n  </section>\n  ");
    }
    p.lit("\n  ");
    if !forum.authority.powers.is_empty() {
        p.lit("\n  <section aria-labelledby=\"h-powers\">\n    <h2 id=\"h-powers\">");
        p.t("label-decision-authority")?;
        p.lit("</h2>\n    ");
        items(p, &forum.authority.powers);
        p.lit("\n  </section>\n  ");
    }
    p.lit("\n  ");
    section(p, "label-main-tasks", &forum.main_tasks, "main-tasks")?;
    p.lit("\n  ");
    if !forum.agenda.is_empty() {
        p.lit("\n  <section aria-labelledby=\"h-agenda\">\n    <h2 id=\"h-agenda\">");
        if forum.agenda_fixed {
            p.t("label-fixed-agenda")?;
        } else {
            p.t("label-possible-topics")?;
        }
        p.lit("</h2>\n    ");
        if !forum.agenda_fixed {
            p.lit("<p>");
            p.t("agenda-not-fixed")?;
            p.lit("</p>");
        }
        p.lit("\n    ");
        items(p, &forum.agenda);
        p.lit("\n  </section>\n  ");
    }
    p.lit("\n  <section aria-labelledby=\"h-participants\">\n    <h2 id=\"h-participants\">");
    p.t("label-participants")?;
    p.lit("</h2>\n    ");
    if !forum.participants.is_empty() {
        links(p, &forum.participants);
    }
    p.lit("\n    ");
    if !forum.participant_notes.is_empty() {
        items(p, &forum.participant_notes);
    }
    p.lit("\n  </section>\n  ");
    section(p, "label-chair-duties", &forum.chair_duties, "chair-duties")?;
    p.lit("\n  ");
    if !forum.must_establish.is_empty() || !forum.may_establish.is_empty() {
        p.lit("\n  <section aria-labelledby=\"h-establishment\">\n    <h2 id=\"h-establishment\">");
        p.t("label-establishment")?;
        p.lit("</h2>\n    <dl class=\"facts\">\n      ");
        fact_run(p, "establishment-must", &forum.must_establish)?;
        p.lit("\n      ");
        fact_run(p, "establishment-may", &forum.may_establish)?;
        p.lit("\n    </dl>\n  </section>\n  ");
    }
    p.lit("\n  ");
    section(p, "label-notes", &forum.notes, "notes")?;
    p.lit("\n  ");
    link_section(
        p,
        "label-escalating-roles",
        &forum.escalating_roles,
        "escalating",
    )?;
    p.lit("\n  ");
    neighbourhood(p, map)?;
    p.lit("\n  ");
    system_ties(p, &forum.systems)?;
    p.lit("\n  ");
    link_section(p, "label-related-risks", &forum.risks, "risks")?;
    p.lit("\n</article>\n");
    Ok(())
}

/// When it meets, who chairs it, what it may decide.
fn facts(p: &mut Page, forum: &ForumView) -> Result<(), Missing> {
    let c = &forum.cadence;
    p.lit("<div><dt>");
    p.t("label-meets")?;
    p.lit("</dt><dd>");
    p.esc(&c.text);
    if let Some(f) = some(&c.for_category) {
        p.lit("<br>");
        p.esc(f);
    }
    if let Some(by) = &c.convened_by {
        p.lit("<br>");
        p.t("cadence-convened-by")?;
        p.lit(": ");
        p.link(by);
    }
    if let Some(url) = some(&forum.calendar_url) {
        p.lit("<br><a href=\"");
        p.esc(url);
        p.lit("\" type=\"text/calendar\">");
        p.t("calendar-subscribe")?;
        p.lit("</a>");
    } else {
        p.lit("<br><span class=\"no-calendar\">");
        p.t("calendar-no-feed")?;
        p.lit("</span>");
    }
    p.lit("</dd></div>\n    <div><dt>");
    p.t("label-chair")?;
    p.lit("</dt><dd>");
    match (forum.chair.kind, &forum.chair.role) {
        ("role", role) => {
            p.lit("<a href=\"");
            p.esc(role.as_ref().map_or("", |r| r.url.as_str()));
            p.lit("\">");
            p.esc(role.as_ref().map_or("", |r| r.text.as_str()));
            p.lit("</a>");
        }
        ("appointed", _) => p.t("chair-appointed")?,
        _ => {
            p.lit("<strong class=\"open\">");
            p.t("undecided")?;
            p.lit("</strong>");
        }
    }
    p.lit("</dd></div>\n    <div><dt>");
    p.t("label-decision-authority")?;
    p.lit("</dt><dd>");
    let a = &forum.authority;
    match a.kind {
        "none" => p.t("authority-none")?,
        "undecided" => {
            p.lit("<strong class=\"open\">");
            p.t("undecided")?;
            p.lit("</strong>");
            if let Some(q) = some(&a.question) {
                p.lit(" \u{2013} ");
                p.esc(q);
            }
        }
        _ => match &a.by_virtue_of {
            Some(by) => {
                p.t("authority-by-virtue-of")?;
                p.lit(" ");
                p.link(by);
            }
            None => p.t("authority-decides")?,
        },
    }
    p.lit("</dd></div>");
    Ok(())
}
