//! The incremental engine's content cache: every content YAML file parsed on its own and kept,
//! so a change re-parses one file and the model is rebuilt from the cached rest.
//!
//! Files are kept in path order, the order [`crate::load::parse_content`] reads them in, so the
//! model (and every page) comes out exactly as in a full build.

use crate::diagnostics::Diagnostic;
use crate::load::{parse_content_file, FileRole, RawContent, SiteInput};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Parsed content files by path relative to the site root.
#[derive(Default)]
pub struct ContentCache {
    files: BTreeMap<PathBuf, (RawContent, Vec<Diagnostic>)>,
}

fn parse_one(input: &SiteInput, rel: &Path) -> Option<(RawContent, Vec<Diagnostic>)> {
    let file = input.files.get(rel)?;
    let (FileRole::Content { kind }, Some(src)) = (&file.role, &file.source) else {
        return None;
    };
    let mut raw = RawContent::default();
    let mut errors = Vec::new();
    parse_content_file(kind, src, &mut raw, &mut errors);
    Some((raw, errors))
}

fn append(into: &mut RawContent, from: &RawContent) {
    into.roles.extend(from.roles.iter().cloned());
    into.role_groups.extend(from.role_groups.iter().cloned());
    into.forums.extend(from.forums.iter().cloned());
    into.forum_groups.extend(from.forum_groups.iter().cloned());
    into.risks.extend(from.risks.iter().cloned());
    into.system_categories
        .extend(from.system_categories.iter().cloned());
    into.strategy_levels
        .extend(from.strategy_levels.iter().cloned());
    into.capacities.extend(from.capacities.iter().cloned());
    into.foundations.extend(from.foundations.iter().cloned());
    into.supply_sides.extend(from.supply_sides.iter().cloned());
    into.functions.extend(from.functions.iter().cloned());
    into.pages.extend(from.pages.iter().cloned());
}

impl ContentCache {
    /// Parses every content file of the site.
    pub fn parse_all(input: &SiteInput) -> Self {
        let mut cache = ContentCache::default();
        let rels: Vec<PathBuf> = input
            .files
            .iter()
            .filter(|(_, f)| matches!(f.role, FileRole::Content { .. }))
            .map(|(p, _)| p.clone())
            .collect();
        for rel in rels {
            cache.refresh(input, &rel);
        }
        cache
    }

    /// Parses one file again from the (already refreshed) input, or forgets it when it is gone.
    pub fn refresh(&mut self, input: &SiteInput, rel: &Path) {
        match parse_one(input, rel) {
            Some(parsed) => {
                self.files.insert(rel.to_path_buf(), parsed);
            }
            None => {
                self.files.remove(rel);
            }
        }
    }

    /// All raw content in file order, and every file's parse errors.
    pub fn assemble(&self) -> (RawContent, Vec<Diagnostic>) {
        let mut raw = RawContent::default();
        let mut errors = Vec::new();
        for (r, e) in self.files.values() {
            append(&mut raw, r);
            errors.extend(e.iter().cloned());
        }
        (raw, errors)
    }
}
