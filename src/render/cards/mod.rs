//! Role and forum pages of the built-in theme, written by Rust: half of a site's pages, and
//! half of its rendering time when tera turned each view into a `serde_json` tree and walked
//! `base.html`, `role.html` or `forum.html` and their macros for it.
//!
//! The writers here are those templates compiled by hand, so they apply only while a site's
//! templates are byte for byte the built-in ones ([`Choice::of`]); a site or theme that
//! overrides any of them gets tera, as every other page does. `t()` is what the template
//! function calls, values are escaped by the engine's escape function, and a missing message
//! hands the page back to tera, which reports it as it always has.
//! The rows of some lists are written the same way ([`rows`]).
//! `tests/cards.rs` checks every page of the project's sites against tera.

mod base;
mod forum;
pub(crate) mod frame;
mod labels;
mod macros;
mod role;
mod rows;
mod write;

use crate::i18n::Catalogues;
use crate::load::SourceFile;
use crate::render::views::forum::ForumView;
use crate::render::views::map::NeighbourhoodView;
use crate::render::views::role::RoleView;
use frame::Frame;
pub(crate) use labels::Labels;
pub(crate) use rows::cycle::cycle_rows;
pub(crate) use rows::glossary::glossary_rows;
pub(crate) use rows::matrix::matrix_rows;
pub(crate) use rows::risks::risk_rows;
pub(crate) use rows::search::search_rows;
pub(crate) use rows::tables::{forum_rows, role_rows};
pub(crate) use rows::ties::ties_rows;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
pub(crate) use write::Missing;
use write::Page;

/// The templates every card reads, with the built-in theme's text of each.
const SHARED: [(&str, &str); 4] = [
    (
        "base.html",
        include_str!("../../../themes/default/templates/base.html"),
    ),
    (
        "macros.html",
        include_str!("../../../themes/default/templates/macros.html"),
    ),
    (
        "map-macros.html",
        include_str!("../../../themes/default/templates/map-macros.html"),
    ),
    (
        "system-macros.html",
        include_str!("../../../themes/default/templates/system-macros.html"),
    ),
];
const ROLE: &str = include_str!("../../../themes/default/templates/role.html");
const FORUM: &str = include_str!("../../../themes/default/templates/forum.html");
const CYCLE_ROW: &str = include_str!("../../../themes/default/templates/cycle-row.html");
const GLOSSARY_ROW: &str = include_str!("../../../themes/default/templates/glossary-row.html");
const MATRIX_ROWS: &str =
    include_str!("../../../themes/default/templates/responsibility-rows.html");
const SEARCH_ROW: &str = include_str!("../../../themes/default/templates/search-row.html");
const ROLE_ROW: &str = include_str!("../../../themes/default/templates/role-row.html");
const FORUM_ROW: &str = include_str!("../../../themes/default/templates/forum-row.html");
const TIES_ROWS: &str = include_str!("../../../themes/default/templates/map-ties-rows.html");
const RISK_ROW: &str = include_str!("../../../themes/default/templates/risk-row.html");
const RISK_SECTION_ROW: &str =
    include_str!("../../../themes/default/templates/risk-section-row.html");

/// Set, all templates are rendered by tera: for tests that compare the two ways.
#[doc(hidden)]
pub static TERA_ONLY: AtomicBool = AtomicBool::new(false);

/// Which pages of a site are written here instead of by tera.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Choice {
    /// Role cards (`role.html` and what it reads are the built-in ones).
    pub role: bool,
    /// Meeting descriptions (`forum.html` and what it reads are the built-in ones).
    pub forum: bool,
    /// The risk register's rows (`risk-row.html` and `risk-section-row.html` are the built-in
    /// ones).
    pub risks: bool,
    /// The annual cycle's rows (`cycle-row.html` is the built-in one).
    pub cycle: bool,
    /// The responsibilities matrix's rows (`responsibility-rows.html` is the built-in one).
    pub matrix: bool,
    /// The glossary's rows (`glossary-row.html` is the built-in one).
    pub glossary: bool,
    /// The search page's entries (`search-row.html` is the built-in one).
    pub search: bool,
    /// The role tables' rows (`role-row.html` is the built-in one).
    pub role_rows: bool,
    /// The forum tables' rows (`forum-row.html` is the built-in one).
    pub forum_rows: bool,
    /// The governance map's ties in words (`map-ties-rows.html` is the built-in one).
    pub ties: bool,
}

impl Choice {
    /// The choice for a site's templates (the theme's, with the site's overrides applied).
    pub fn of(sources: &BTreeMap<String, Arc<SourceFile>>) -> Choice {
        if TERA_ONLY.load(Ordering::Relaxed) {
            return Choice::default();
        }
        let same = |name: &str, text: &str| sources.get(name).is_some_and(|s| &*s.text == text);
        let shared = SHARED.iter().all(|(name, text)| same(name, text));
        Choice {
            role: shared && same("role.html", ROLE),
            forum: shared && same("forum.html", FORUM),
            risks: same("risk-row.html", RISK_ROW)
                && same("risk-section-row.html", RISK_SECTION_ROW),
            cycle: same("cycle-row.html", CYCLE_ROW),
            matrix: same("responsibility-rows.html", MATRIX_ROWS),
            glossary: same("glossary-row.html", GLOSSARY_ROW),
            search: same("search-row.html", SEARCH_ROW),
            role_rows: same("role-row.html", ROLE_ROW),
            forum_rows: same("forum-row.html", FORUM_ROW),
            ties: same("map-ties-rows.html", TIES_ROWS),
        }
    }
}

/// A role card as the built-in `role.html` renders it.
pub(crate) fn role_page(
    catalogues: &Catalogues,
    lang: &str,
    frame: &Frame,
    fallback_count: usize,
    role: &RoleView,
    map: Option<&NeighbourhoodView>,
    labels: Option<&Labels>,
) -> Result<String, Missing> {
    let mut p = Page::new(catalogues, lang, labels, capacity(map));
    base::head(&mut p, frame, fallback_count)?;
    role::content(&mut p, role, map)?;
    base::foot(&mut p, frame)?;
    Ok(p.finish())
}

/// A meeting description as the built-in `forum.html` renders it.
pub(crate) fn forum_page(
    catalogues: &Catalogues,
    lang: &str,
    frame: &Frame,
    fallback_count: usize,
    forum: &ForumView,
    map: Option<&NeighbourhoodView>,
    labels: Option<&Labels>,
) -> Result<String, Missing> {
    let mut p = Page::new(catalogues, lang, labels, capacity(map));
    base::head(&mut p, frame, fallback_count)?;
    forum::content(&mut p, forum, map)?;
    base::foot(&mut p, frame)?;
    Ok(p.finish())
}

/// Room for a typical page, so the buffer grows once at most.
fn capacity(map: Option<&NeighbourhoodView>) -> usize {
    8 * 1024 + map.map_or(0, |m| m.svg.len())
}
