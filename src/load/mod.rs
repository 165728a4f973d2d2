//! Stage 1, load: files → typed raw content with source positions.
//!
//! 1. [`SiteInput::read`] reads the site (and the built-in theme) into memory.
//! 2. [`parse_settings`] reads `govdoc.yml`.
//! 3. [`parse_content`] turns every `content/<kind>/*.yml` into raw entities of that kind.
//!
//! Loading never writes and never interprets references: that is the model's job.

pub mod content;
mod input;
mod settings;
mod source;
pub mod yaml;

pub use input::{builtin_theme_files, is_editor_junk, FileRole, InputFile, SiteInput};
pub use settings::{
    check_base_url, check_base_url_override, parse_settings, Language, Settings, SETTINGS_FILE,
};
pub use source::SourceFile;
pub use yaml::{Located, Origin};

use crate::diagnostics::{did_you_mean, Diagnostic, Location};
use content::*;
use std::sync::Arc;

/// Every raw entity of a site, by kind, in file order.
#[derive(Debug, Clone, Default)]
pub struct RawContent {
    /// `content/roles/`.
    pub roles: Vec<Located<RawRole>>,
    /// `content/role-groups/`.
    pub role_groups: Vec<Located<RawRoleGroup>>,
    /// `content/forums/`.
    pub forums: Vec<Located<RawForum>>,
    /// `content/forum-groups/`.
    pub forum_groups: Vec<Located<RawForumGroup>>,
    /// `content/risks/`.
    pub risks: Vec<Located<RawRisk>>,
    /// `content/system-categories/`.
    pub system_categories: Vec<Located<RawNamed>>,
    /// `content/strategy-levels/`.
    pub strategy_levels: Vec<Located<RawStrategyLevel>>,
    /// `content/capacities/`.
    pub capacities: Vec<Located<RawCapacity>>,
    /// `content/foundations/`.
    pub foundations: Vec<Located<RawNamed>>,
    /// `content/supply-sides/`.
    pub supply_sides: Vec<Located<RawSupplySide>>,
    /// `content/functions/`.
    pub functions: Vec<Located<RawNamed>>,
    /// `content/pages/`.
    pub pages: Vec<Located<RawPage>>,
}

/// The content directories govdoc knows.
pub const CONTENT_KINDS: &[&str] = &[
    "roles",
    "role-groups",
    "forums",
    "forum-groups",
    "risks",
    "system-categories",
    "strategy-levels",
    "capacities",
    "foundations",
    "supply-sides",
    "functions",
    "pages",
];

/// Parses one content file of a kind into `content`; problems go to `errors`.
pub fn parse_content_file(
    kind: &str,
    file: &Arc<SourceFile>,
    content: &mut RawContent,
    errors: &mut Vec<Diagnostic>,
) {
    fn add<T: serde::de::DeserializeOwned>(
        file: &Arc<SourceFile>,
        into: &mut Vec<Located<T>>,
        errors: &mut Vec<Diagnostic>,
    ) {
        match yaml::parse_entities::<T>(file) {
            Ok(v) => into.extend(v),
            Err(d) => errors.push(d),
        }
    }
    match kind {
        "roles" => add(file, &mut content.roles, errors),
        "role-groups" => add(file, &mut content.role_groups, errors),
        "forums" => add(file, &mut content.forums, errors),
        "forum-groups" => add(file, &mut content.forum_groups, errors),
        "risks" => add(file, &mut content.risks, errors),
        "system-categories" => add(file, &mut content.system_categories, errors),
        "strategy-levels" => add(file, &mut content.strategy_levels, errors),
        "capacities" => add(file, &mut content.capacities, errors),
        "foundations" => add(file, &mut content.foundations, errors),
        "supply-sides" => add(file, &mut content.supply_sides, errors),
        "functions" => add(file, &mut content.functions, errors),
        "pages" => add(file, &mut content.pages, errors),
        other => {
            let mut d = Diagnostic::error(
                "load::unknown-kind",
                format!("`content/{other}/` is not a content kind govdoc knows"),
            )
            .at(Location::file_only(file.display.clone()));
            d.help = did_you_mean(other, CONTENT_KINDS.iter().copied())
                .or_else(|| Some(format!("content kinds are: {}", CONTENT_KINDS.join(", "))));
            errors.push(d);
        }
    }
}

/// Parses every content file of a site. All problems are collected, not just the first.
pub fn parse_content(input: &SiteInput) -> (RawContent, Vec<Diagnostic>) {
    let mut content = RawContent::default();
    let mut errors = Vec::new();
    for (role, file) in input.sources(|r| matches!(r, FileRole::Content { .. })) {
        if let FileRole::Content { kind } = role {
            parse_content_file(kind, file, &mut content, &mut errors);
        }
    }
    (content, errors)
}
