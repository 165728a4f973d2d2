//! `role.html` of the built-in theme: the role card.

use super::macros::{fact_run, link_section, neighbourhood, section, system_ties};
use super::write::{Missing, Page};
use crate::render::views::map::NeighbourhoodView;
use crate::render::views::role::RoleView;
use fluent_bundle::{FluentArgs, FluentValue};

/// The `content` block of `role.html`.
pub(super) fn content(
    p: &mut Page,
    role: &RoleView,
    map: Option<&NeighbourhoodView>,
) -> Result<(), Missing> {
    p.lit("\n<article class=\"role-card\">\n  <header>\n    ");
    if let Some(g) = &role.group {
        p.lit("<p class=\"kicker\">");
        p.link(g);
        p.lit("</p>");
    }
    p.lit("\n    <h1>");
    p.esc(&role.name);
    p.lit("</h1>\n    <p class=\"summary\">");
    p.esc(&role.summary);
    p.lit("</p>\n  </header>\n  ");
    let escalates = !role.escalation.is_empty() || role.escalate_to_appointer.is_some();
    if role.held_by.is_some()
        || escalates
        || !role.ask.is_empty()
        || !role.chairs.is_empty()
        || !role.attends.is_empty()
        || !role.convenes.is_empty()
        || !role.holds.is_empty()
    {
        facts(p, role, escalates)?;
    }
    p.lit("\n  ");
    neighbourhood(p, map)?;
    let sections = [
        (
            "label-responsibilities",
            &role.responsibilities,
            "responsibilities",
        ),
        ("label-tasks", &role.tasks, "tasks"),
        ("label-policy-areas", &role.policy_areas, "policy-areas"),
        ("label-competencies", &role.competencies, "competencies"),
        (
            "label-success-factors",
            &role.success_factors,
            "success-factors",
        ),
        ("label-notes", &role.notes, "notes"),
    ];
    for (heading, list, id) in sections {
        p.lit("\n  ");
        section(p, heading, list, id)?;
    }
    p.lit("\n  ");
    system_ties(p, &role.systems)?;
    p.lit("\n  ");
    link_section(p, "label-related-risks", &role.risks, "risks")?;
    p.lit("\n</article>\n");
    Ok(())
}

/// The `<dl class="facts">` of a role that has any of them.
fn facts(p: &mut Page, role: &RoleView, escalates: bool) -> Result<(), Missing> {
    p.lit("\n  <dl class=\"facts\">\n    ");
    if let Some(h) = &role.held_by {
        p.lit("\n    <div><dt>");
        p.t("label-held-by")?;
        p.lit("</dt><dd>");
        match &h.role {
            Some(r) => p.link(r),
            None => p.esc(h.text.as_deref().unwrap_or_default()),
        }
        p.lit("</dd></div>\n    ");
    }
    p.lit("\n    ");
    if escalates {
        p.lit("\n    <div id=\"escalate-to\"><dt>");
        p.t("label-escalate-to")?;
        p.lit("</dt><dd>");
        if let Some(a) = &role.escalate_to_appointer {
            p.link(a);
            p.lit(", ");
            p.t("escalation-line-organisation")?;
        } else {
            p.lit("<ul class=\"box-list\">");
            for e in &role.escalation {
                p.lit("\n      <li>");
                if let Some(c) = &e.category {
                    p.lit("<a href=\"");
                    p.esc(&c.url);
                    p.lit("\">");
                    let mut args = FluentArgs::new();
                    args.set("category", FluentValue::from(c.text.clone()));
                    p.t_with("escalation-for", &args)?;
                    p.lit("</a>: ");
                }
                match &e.forum {
                    Some(f) => p.link(f),
                    None => p.t("escalation-line-organisation")?,
                }
                p.lit("</li>");
            }
            p.lit("\n    </ul>");
        }
        p.lit("</dd></div>\n    ");
    }
    p.lit("\n    ");
    if !role.ask.is_empty() {
        p.lit("\n    <div id=\"whom-to-ask\"><dt>");
        p.t("label-whom-to-ask")?;
        p.lit("</dt><dd><ul class=\"box-list\">");
        for a in &role.ask {
            p.lit("\n      <li>");
            p.link(&a.role);
            p.lit(" (");
            p.t("ask-chairs")?;
            p.lit(" ");
            p.link(&a.forum);
            p.lit(")</li>");
        }
        p.lit("\n    </ul></dd></div>\n    ");
    }
    let runs = [
        ("label-chairs", &role.chairs),
        ("label-attends", &role.attends),
        ("label-convenes", &role.convenes),
        ("label-holds", &role.holds),
    ];
    for (label, list) in runs {
        p.lit("\n    ");
        if !list.is_empty() {
            p.lit("\n    ");
            fact_run(p, label, list)?;
            p.lit("\n    ");
        }
    }
    p.lit("\n  </dl>\n  ");
    Ok(())
}
