//! The engine's first step: a [`ChangeSet`] → a [`RebuildPlan`] saying which parts of the
//! in-memory site must be refreshed, by kind of input file (never by content kind). Pure and
//! table-tested.
//!
//! | changed file                  | what is redone                                            |
//! |-------------------------------|-----------------------------------------------------------|
//! | `govdoc.yml`                  | everything (languages, theme and base URL may change)     |
//! | `locales/<l>/.source-record`  | everything (which texts are untranslated)                 |
//! | `content/**.yml`              | those files are parsed again; the model is updated in place when they keep their ids (else built afresh) and their entities checked again; pages whose recorded model reads now answer differently are re-rendered (only changed bytes written) |
//! | `locales/<l>/**.ftl`          | the file's messages swapped into `<l>`; pages that looked up a changed message re-rendered |
//! | `locales/<l>/pages/*.md`      | pages that show that prose                                |
//! | a template                    | templates recompiled, all pages re-rendered               |
//! | a static file                 | that file copied                                          |
//! | a folder (moved in or out)    | the folder is read again and its files planned as above   |

use super::changes::ChangeSet;
use crate::load::FileRole;
use crate::workbench::record::RECORD_FILE;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// What to refresh, by kind of input. Paths are relative to the site root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RebuildPlan {
    /// The settings changed: reload the whole site.
    pub reload: bool,
    /// Content YAML files.
    pub content: BTreeSet<PathBuf>,
    /// Fluent files.
    pub messages: BTreeSet<PathBuf>,
    /// Prose pages.
    pub prose: BTreeSet<PathBuf>,
    /// Templates.
    pub templates: BTreeSet<PathBuf>,
    /// Static files.
    pub assets: BTreeSet<PathBuf>,
    /// Paths that are no site file by name: possibly folders, to be read again.
    pub folders: BTreeSet<PathBuf>,
}

impl RebuildPlan {
    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        !self.reload && self.files().next().is_none() && self.folders.is_empty()
    }

    /// Every file of the plan.
    pub fn files(&self) -> impl Iterator<Item = &PathBuf> {
        self.content
            .iter()
            .chain(&self.messages)
            .chain(&self.prose)
            .chain(&self.templates)
            .chain(&self.assets)
    }

    /// Files the plan only touches through the messages (no model, template or asset work).
    pub fn only_words(&self) -> bool {
        !self.reload
            && self.content.is_empty()
            && self.templates.is_empty()
            && self.assets.is_empty()
            && self.folders.is_empty()
    }
}

/// Sorts the changed paths by what they are to a site using `theme`.
pub fn plan(changes: &ChangeSet, theme: &str) -> RebuildPlan {
    let mut p = RebuildPlan::default();
    for rel in changes.paths() {
        // A translation record changes which texts count as untranslated in every language.
        if rel.file_name().is_some_and(|n| n == RECORD_FILE) {
            p.reload = true;
            continue;
        }
        match FileRole::of(rel, theme) {
            Some(FileRole::Settings) => p.reload = true,
            Some(FileRole::Content { .. }) => {
                p.content.insert(rel.clone());
            }
            Some(FileRole::Messages { .. }) => {
                p.messages.insert(rel.clone());
            }
            Some(FileRole::Prose { .. }) => {
                p.prose.insert(rel.clone());
            }
            Some(FileRole::Template { .. }) => {
                p.templates.insert(rel.clone());
            }
            Some(FileRole::Asset { .. }) => {
                p.assets.insert(rel.clone());
            }
            // No extension the site uses: a folder (or a stray file, which reading shows).
            None if rel.extension().is_none() => {
                p.folders.insert(rel.clone());
            }
            None => {}
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(changed: &[&str], removed: &[&str]) -> ChangeSet {
        ChangeSet {
            changed: changed.iter().map(PathBuf::from).collect(),
            removed: removed.iter().map(PathBuf::from).collect(),
        }
    }

    fn paths(ps: &[&str]) -> BTreeSet<PathBuf> {
        ps.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn paths_are_planned_by_role() {
        let p = plan(
            &changes(
                &[
                    "locales/nb/roles.ftl",
                    "locales/es/pages/about.md",
                    "content/roles/a.yml",
                    "themes/default/templates/role.html",
                    "static/logo.svg",
                    "content/forums",
                ],
                &[
                    "content/risks/r.yml",
                    "themes/other/templates/x.html",
                    "locales/nb/notes.txt",
                ],
            ),
            "default",
        );
        assert!(!p.reload);
        assert_eq!(p.messages, paths(&["locales/nb/roles.ftl"]));
        assert_eq!(p.prose, paths(&["locales/es/pages/about.md"]));
        assert_eq!(
            p.content,
            paths(&["content/risks/r.yml", "content/roles/a.yml"])
        );
        assert_eq!(p.templates, paths(&["themes/default/templates/role.html"]));
        assert_eq!(p.assets, paths(&["static/logo.svg"]));
        assert_eq!(p.folders, paths(&["content/forums"]));
        assert!(!p.only_words());
    }

    #[test]
    fn words_only_and_settings() {
        let p = plan(
            &changes(&["locales/en/a.ftl"], &["locales/en/b.ftl"]),
            "default",
        );
        assert!(p.only_words() && !p.is_empty());
        assert!(plan(&changes(&["govdoc.yml"], &[]), "default").reload);
        assert!(plan(&changes(&["locales/es/.source-record"], &[]), "default").reload);
        assert!(plan(&changes(&[], &[]), "default").is_empty());
    }
}
