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
mod system;
pub mod yaml;

pub use input::{
    builtin_theme_files, is_editor_junk, FileRole, InputFile, SiteInput, MAX_TEXT_FILE,
};
pub use settings::{
    check_base_url, check_base_url_override, parse_settings, Conformance, Contact, Language, Owner,
    RuleLevel, RuleSetting, Settings, Statement, TestMethod, SETTINGS_FILE,
};
pub use source::SourceFile;
pub use yaml::{Located, Origin};

use crate::diagnostics::{did_you_mean, Diagnostic, Location};
use content::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Declares the content kinds in one place: the raw content's fields, the folder names, how a
/// file of each kind is parsed and how parses are put together. A new kind is one line here.
macro_rules! content_kinds {
    ($( $(#[$doc:meta])* $field:ident: $dir:literal => $raw:ty, )*) => {
        /// Every raw entity of a site, by kind, in file order.
        #[derive(Debug, Clone, Default)]
        pub struct RawContent {
            $( $(#[$doc])* pub $field: Vec<Located<$raw>>, )*
        }

        /// The content directories govdoc knows.
        pub const CONTENT_KINDS: &[&str] = &[$($dir),*];

        /// Parses one file of a known kind into `content`; `false` for an unknown kind.
        fn parse_known_kind(
            kind: &str,
            file: &Arc<SourceFile>,
            content: &mut RawContent,
            errors: &mut Vec<Diagnostic>,
        ) -> bool {
            match kind {
                $( $dir => add(file, &mut content.$field, errors), )*
                _ => return false,
            }
            true
        }

        impl RawContent {
            /// Appends another file's entities, kind by kind.
            pub fn append(&mut self, other: &RawContent) {
                $( self.$field.extend(other.$field.iter().cloned()); )*
            }
        }
    };
}

content_kinds! {
    /// `content/roles/`.
    roles: "roles" => RawRole,
    /// `content/role-groups/`.
    role_groups: "role-groups" => RawRoleGroup,
    /// `content/forums/`.
    forums: "forums" => RawForum,
    /// `content/forum-groups/`.
    forum_groups: "forum-groups" => RawForumGroup,
    /// `content/risks/`.
    risks: "risks" => RawRisk,
    /// `content/systems/`.
    systems: "systems" => RawSystem,
    /// `content/system-categories/`.
    system_categories: "system-categories" => RawNamed,
    /// `content/strategy-levels/`.
    strategy_levels: "strategy-levels" => RawStrategyLevel,
    /// `content/capacities/`.
    capacities: "capacities" => RawCapacity,
    /// `content/foundations/`.
    foundations: "foundations" => RawNamed,
    /// `content/supply-sides/`.
    supply_sides: "supply-sides" => RawSupplySide,
    /// `content/functions/`.
    functions: "functions" => RawNamed,
    /// `content/pages/`.
    pages: "pages" => RawPage,
}

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

/// Parses one content file of a kind into `content`; problems go to `errors`.
pub fn parse_content_file(
    kind: &str,
    file: &Arc<SourceFile>,
    content: &mut RawContent,
    errors: &mut Vec<Diagnostic>,
) {
    if parse_known_kind(kind, file, content, errors) {
        return;
    }
    let mut d = Diagnostic::error(
        "load::unknown-kind",
        format!("`content/{kind}/` is not a content kind govdoc knows"),
    )
    .at(Location::file_only(file.display.clone()));
    d.help = did_you_mean(kind, CONTENT_KINDS.iter().copied())
        .or_else(|| Some(format!("content kinds are: {}", CONTENT_KINDS.join(", "))));
    errors.push(d);
}

/// One parsed content file: the source it was parsed from, its entities and its problems.
type ParsedFile = (Arc<SourceFile>, RawContent, Vec<Diagnostic>);

/// Content files parsed one by one and kept while they are unchanged, so that a long-running
/// build (`--watch`, `serve`) re-parses only the files a save touched. A plain build uses an
/// empty cache: both take the same path through [`ContentCache::parse`].
#[derive(Default)]
pub struct ContentCache {
    files: BTreeMap<PathBuf, ParsedFile>,
}

impl ContentCache {
    /// Every content file of the site parsed (from the cache where the file is the same one
    /// that was parsed before), in path order, with all problems collected.
    pub fn parse(&mut self, input: &SiteInput) -> (RawContent, Vec<Diagnostic>) {
        let mut kept = BTreeMap::new();
        for (rel, f) in &input.files {
            let (FileRole::Content { kind }, Some(src)) = (&f.role, &f.source) else {
                continue;
            };
            // A changed file is read into a new `SourceFile`: the same `Arc` is the same text.
            let parsed = match self.files.remove(rel) {
                Some(p) if Arc::ptr_eq(&p.0, src) => p,
                _ => {
                    let mut raw = RawContent::default();
                    let mut errors = Vec::new();
                    parse_content_file(kind, src, &mut raw, &mut errors);
                    (src.clone(), raw, errors)
                }
            };
            kept.insert(rel.clone(), parsed);
        }
        self.files = kept;
        let mut content = RawContent::default();
        let mut errors = Vec::new();
        for (_, raw, e) in self.files.values() {
            content.append(raw);
            errors.extend(e.iter().cloned());
        }
        (content, errors)
    }
}

/// Parses every content file of a site. All problems are collected, not just the first.
pub fn parse_content(input: &SiteInput) -> (RawContent, Vec<Diagnostic>) {
    ContentCache::default().parse(input)
}
