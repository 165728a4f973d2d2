//! The incremental engine's words: applying a changed `.ftl` file or prose page to the language
//! catalogues, and turning the change into the set of `(language, id)` lookups it affects.
//!
//! Procedure for a Fluent file: diff its old and new entries; patch the language's bundle with
//! the file's messages (or rebuild that one language when a patch could differ from a fresh
//! build); then widen the changed ids by every message that references one of them (`{ -term }`
//! inside a summary), transitively, since Fluent resolves those inside the bundle where no
//! lookup is recorded. When ids appear or disappear, [`deps::ANY_ID`] is added for pages that
//! list a language's ids (the glossary).

use crate::i18n::deps::{self, Dep};
use crate::i18n::{diff_files, references, Catalogues, FtlFile, LocaleCatalogue};
use crate::load::{FileRole, Settings, SiteInput};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// Per language: id → the ids whose text refers to it.
#[derive(Default)]
pub struct Refs {
    by_lang: HashMap<String, HashMap<String, HashSet<String>>>,
}

impl Refs {
    /// Indexes the references of every language.
    pub fn build(cats: &Catalogues) -> Self {
        let mut refs = Refs::default();
        for (lang, cat) in &cats.by_lang {
            refs.index_language(lang, cat);
        }
        refs
    }

    fn index_language(&mut self, lang: &str, cat: &LocaleCatalogue) {
        let map = self.by_lang.entry(lang.to_string()).or_default();
        map.clear();
        for f in &cat.files {
            edges(f, |target, source| {
                map.entry(target).or_default().insert(source.to_string());
            });
        }
    }

    fn replace_file(&mut self, lang: &str, old: Option<&FtlFile>, new: &FtlFile) {
        let map = self.by_lang.entry(lang.to_string()).or_default();
        if let Some(old) = old {
            edges(old, |target, source| {
                if let Some(s) = map.get_mut(&target) {
                    s.remove(source);
                }
            });
        }
        edges(new, |target, source| {
            map.entry(target).or_default().insert(source.to_string());
        });
    }

    /// `ids` and every id that reaches one of them through references, in language `lang`.
    pub fn widen(&self, lang: &str, ids: impl IntoIterator<Item = String>) -> HashSet<String> {
        let mut seen: HashSet<String> = HashSet::new();
        let mut todo: Vec<String> = ids.into_iter().collect();
        let map = self.by_lang.get(lang);
        while let Some(id) = todo.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            if let Some(sources) = map.and_then(|m| m.get(&id)) {
                todo.extend(sources.iter().filter(|s| !seen.contains(*s)).cloned());
            }
        }
        seen
    }
}

fn edges(f: &FtlFile, mut add: impl FnMut(String, &str)) {
    for e in &f.entries {
        if let Some(entry) = f.resource.get_entry(e.index) {
            for target in references(entry) {
                add(target, &e.id);
            }
        }
    }
}

/// What a change to words did.
#[derive(Debug, Default)]
pub struct WordChange {
    /// The lookups whose answer may have changed.
    pub deps: HashSet<Dep>,
    /// Whether ids or prose pages appeared or disappeared (the content check must run again).
    pub id_set_changed: bool,
    /// Whether the catalogues could not be changed in place and were rebuilt whole.
    pub rebuilt_all: bool,
}

/// Applies one changed `.ftl` file or prose page (already refreshed in `input`).
pub fn apply(
    cats: &mut Arc<Catalogues>,
    refs: &mut Refs,
    settings: &Settings,
    input: &SiteInput,
    rel: &Path,
    pseudo: bool,
) -> WordChange {
    let mut change = WordChange::default();
    let (lang, theme, prose) = match FileRole::of(rel, &input.theme) {
        Some(FileRole::Messages { lang, theme }) => (lang, theme, None),
        Some(FileRole::Prose { lang, page }) => (lang, false, Some(page)),
        _ => return change,
    };
    let Some(language) = settings.language(&lang) else {
        return change;
    };
    let source = input.files.get(rel).and_then(|f| f.source.clone());
    let Some(all) = Arc::get_mut(cats) else {
        // Someone still holds the catalogues (never the case between rebuilds): start afresh.
        let (fresh, _) = Catalogues::build(
            settings,
            input,
            crate::i18n::CatalogueOptions {
                pseudo,
                drafts: cats.drafts,
                strict: cats.strict,
            },
        );
        *cats = Arc::new(fresh);
        *refs = Refs::build(cats);
        change.rebuilt_all = true;
        return change;
    };
    let Some(cat) = all.by_lang.get_mut(&lang) else {
        return change;
    };
    if let Some(page) = prose {
        let before = cat.prose.contains_key(&page);
        match source {
            Some(s) => cat.prose.insert(page.clone(), s),
            None => cat.prose.remove(&page),
        };
        change.id_set_changed = before != cat.prose.contains_key(&page);
        change.deps.insert((lang, deps::prose_key(&page)));
        return change;
    }
    // Byte comparison: `Path`'s `==` parses components, too slow for 10,000 files per save.
    let builtin = Path::new("<built-in>").join(rel);
    let (rel_os, builtin_os) = (rel.as_os_str(), builtin.as_os_str());
    let old_at = cat.files.iter().position(|f| {
        let d = f.source.display.as_os_str();
        d == rel_os || d == builtin_os
    });
    let old = old_at.map(|i| cat.files[i].clone());
    let new = source.map(|s| Arc::new(FtlFile::parse(s, theme)));
    let diff = diff_files(old.as_deref(), new.as_deref());
    let kept_text = cat.text_findings.get().cloned();
    let kept_refs = cat.reference_findings.get().cloned();
    let patched = match (&old, &new) {
        (Some(_), Some(n)) => cat.try_patch(n.clone()),
        _ => false,
    };
    if patched {
        if let (Some(o), Some(n)) = (&old, &new) {
            refs.replace_file(&lang, Some(o), n);
            let changed: Vec<String> = diff.ids().map(str::to_string).collect();
            crate::workbench::check::carry_over_findings(
                cat,
                o,
                n,
                &changed,
                kept_text,
                kept_refs,
                |id| refs.widen(&lang, [id.to_string()]),
            );
        }
    } else {
        let mut files = cat.files.clone();
        if let Some(i) = old_at {
            files.remove(i);
        }
        if let Some(n) = &new {
            files.push(n.clone());
        }
        // The order of `Catalogues::build`: theme files first, then by path; later ones win.
        files.sort_by_key(|f| (!f.theme, f.source.display.clone()));
        *cat = LocaleCatalogue::new(
            &lang,
            language.langid.clone(),
            files,
            cat.prose.clone(),
            pseudo,
        );
        refs.index_language(&lang, cat);
    }
    change.id_set_changed = diff.changes_id_set();
    let ids: Vec<String> = diff.ids().map(str::to_string).collect();
    change.deps = refs
        .widen(&lang, ids)
        .into_iter()
        .map(|id| (lang.clone(), id))
        .collect();
    if diff.changes_id_set() {
        change.deps.insert((lang, deps::ANY_ID.to_string()));
    }
    change
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SourceFile;

    #[test]
    fn references_widen_transitively() {
        let f = FtlFile::parse(
            SourceFile::new("a.ftl", "-t = T\nx = { -t }\ny = { x }!\nz = Z\n"),
            false,
        );
        let cat = LocaleCatalogue::new(
            "nb",
            "nb".parse().unwrap(),
            vec![Arc::new(f)],
            HashMap::new(),
            false,
        );
        let mut refs = Refs::default();
        refs.index_language("nb", &cat);
        let mut got: Vec<String> = refs.widen("nb", ["-t".to_string()]).into_iter().collect();
        got.sort();
        assert_eq!(got, ["-t", "x", "y"]);
        assert_eq!(refs.widen("nb", ["z".to_string()]).len(), 1);
    }
}
