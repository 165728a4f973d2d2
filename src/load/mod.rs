//! Stage 1, load: files → typed raw content with source positions.
//!
//! 1. [`SiteInput::read`] reads the site (and the built-in theme) into memory.
//! 2. [`parse_settings`] reads `govdoc.yml`.
//! 3. [`parse_content`] turns every `content/<kind>/*.yml` into raw entities of that kind.
//!
//! Loading never writes and never interprets references: that is the model's job.

pub mod content;
mod folder;
mod input;
mod settings;
mod source;
mod system;
mod walk;
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
            /// How many entities of all kinds there are.
            pub fn count(&self) -> usize {
                0 $( + self.$field.len() )*
            }

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
type ParsedFile = (Arc<SourceFile>, Arc<RawContent>, Vec<Diagnostic>);

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
        self.refresh(input);
        self.assemble()
    }

    /// Brings the cache up to date with `input` and returns the files whose text changed,
    /// added or removed, each with its entities before and after (`None`: no such file).
    pub fn refresh(&mut self, input: &SiteInput) -> Vec<ContentEdit> {
        use rayon::prelude::*;
        // Each file kept, or to parse with what the cache had for it; the parsing (15,000
        // files at the largest sizes) runs on whichever core is free, in path order after.
        type Slot<'a> = Result<ParsedFile, (&'a str, &'a Arc<SourceFile>, Option<ParsedFile>)>;
        let mut slots: Vec<(PathBuf, Slot)> = Vec::new();
        for (rel, f) in &input.files {
            let (FileRole::Content { kind }, Some(src)) = (&f.role, &f.source) else {
                continue;
            };
            // A changed file is read into a new `SourceFile`: the same `Arc` is the same text.
            let slot = match self.files.remove(rel) {
                Some(p) if Arc::ptr_eq(&p.0, src) => Ok(p),
                before => Err((kind.as_str(), src, before)),
            };
            slots.push((rel.clone(), slot));
        }
        let done: Vec<(PathBuf, ParsedFile, Option<ContentEdit>)> = slots
            .into_par_iter()
            .map(|(rel, slot)| match slot {
                Ok(kept) => (rel, kept, None),
                Err((kind, src, before)) => {
                    let parsed = parse_file(kind, src);
                    let edit = ContentEdit {
                        before: before.map(|b| b.1),
                        after: Some(parsed.1.clone()),
                        clean: parsed.2.is_empty(),
                    };
                    (rel, parsed, Some(edit))
                }
            })
            .collect();
        let mut edits = Vec::new();
        let mut kept = Vec::with_capacity(done.len());
        for (rel, parsed, edit) in done {
            edits.extend(edit);
            kept.push((rel, parsed));
        }
        edits.extend(self.files.values().map(|gone| ContentEdit {
            before: Some(gone.1.clone()),
            after: None,
            clean: true,
        }));
        // Already in path order: collecting is one pass, not a search per file.
        self.files = kept.into_iter().collect();
        edits
    }

    /// [`Self::refresh`] for the given files only, when the caller knows that no other file
    /// changed (the watch engine does): a save then costs nothing per unchanged file.
    pub fn refresh_files<'a>(
        &mut self,
        input: &SiteInput,
        rels: impl IntoIterator<Item = &'a PathBuf>,
    ) -> Vec<ContentEdit> {
        let mut edits = Vec::new();
        for rel in rels {
            let now = input
                .files
                .get(rel)
                .and_then(|f| match (&f.role, &f.source) {
                    (FileRole::Content { kind }, Some(src)) => Some((kind, src)),
                    _ => None,
                });
            match now {
                Some((_, src)) if self.files.get(rel).is_some_and(|p| Arc::ptr_eq(&p.0, src)) => {}
                Some((kind, src)) => {
                    let parsed = parse_file(kind, src);
                    edits.push(ContentEdit {
                        after: Some(parsed.1.clone()),
                        clean: parsed.2.is_empty(),
                        before: self.files.insert(rel.clone(), parsed).map(|b| b.1),
                    });
                }
                None => {
                    if let Some(gone) = self.files.remove(rel) {
                        edits.push(ContentEdit {
                            before: Some(gone.1),
                            after: None,
                            clean: true,
                        });
                    }
                }
            }
        }
        edits
    }

    /// Every cached file's entities put together in path order, with their problems.
    pub fn assemble(&self) -> (RawContent, Vec<Diagnostic>) {
        let mut content = RawContent::default();
        let mut errors = Vec::new();
        for (_, raw, e) in self.files.values() {
            content.append(raw);
            errors.extend(e.iter().cloned());
        }
        (content, errors)
    }
}

fn parse_file(kind: &str, src: &Arc<SourceFile>) -> ParsedFile {
    let mut raw = RawContent::default();
    let mut errors = Vec::new();
    parse_content_file(kind, src, &mut raw, &mut errors);
    (src.clone(), Arc::new(raw), errors)
}

/// One content file that changed since the cache last saw it.
pub struct ContentEdit {
    /// Its entities before (`None`: the file is new).
    pub before: Option<Arc<RawContent>>,
    /// Its entities now (`None`: the file is gone).
    pub after: Option<Arc<RawContent>>,
    /// Whether it parsed without problems.
    pub clean: bool,
}

/// Parses every content file of a site. All problems are collected, not just the first.
pub fn parse_content(input: &SiteInput) -> (RawContent, Vec<Diagnostic>) {
    ContentCache::default().parse(input)
}
