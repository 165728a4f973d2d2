//! A language's catalogue (its Fluent bundle, built from the theme's and the site's files, the
//! site winning) and a [`Localizer`] that looks words up through the fallback chain.

use super::resource::{EntryInfo, FtlFile};
use crate::diagnostics::Diagnostic;
use crate::load::SourceFile;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Everything one language says: messages, terms and prose pages.
pub struct LocaleCatalogue {
    /// Language code.
    pub lang: String,
    /// Its `.ftl` files, theme files first.
    pub files: Vec<Arc<FtlFile>>,
    /// Prose pages by page id.
    pub prose: HashMap<String, Arc<SourceFile>>,
    bundle: Bundle,
    index: HashMap<String, (usize, usize)>,
    /// Ids defined twice within the site's (or within the theme's) files.
    pub duplicates: Vec<Diagnostic>,
}

impl std::fmt::Debug for LocaleCatalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleCatalogue")
            .field("lang", &self.lang)
            .field("entries", &self.index.len())
            .finish()
    }
}

fn pseudo_transform(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

impl LocaleCatalogue {
    /// Builds a catalogue; `pseudo` turns every string into accented, lengthened pseudo-text.
    pub fn new(
        lang: &str,
        langid: LanguageIdentifier,
        files: Vec<Arc<FtlFile>>,
        prose: HashMap<String, Arc<SourceFile>>,
        pseudo: bool,
    ) -> Self {
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // All three languages are left-to-right; isolation marks would only leave invisible
        // U+2068/U+2069 characters in titles, attributes and copied text.
        bundle.set_use_isolating(false);
        if pseudo {
            bundle.set_transform(Some(pseudo_transform));
        }
        let mut index: HashMap<String, (usize, usize)> = HashMap::new();
        let mut duplicates = Vec::new();
        for (fi, file) in files.iter().enumerate() {
            bundle.add_resource_overriding(file.resource.clone());
            for (ei, entry) in file.entries.iter().enumerate() {
                if let Some(&(pf, pe)) = index.get(&entry.id) {
                    let prev = &files[pf];
                    if prev.theme == file.theme {
                        let first = prev.locate(&prev.entries[pe]);
                        duplicates.push(
                            Diagnostic::error(
                                "i18n::duplicate",
                                format!("`{}` is defined twice in `{lang}`", entry.id),
                            )
                            .at(file.locate(entry))
                            .help(format!(
                                "the first definition is at {}:{}; remove one (the later one wins)",
                                first.file.display(),
                                first.line
                            )),
                        );
                    }
                }
                index.insert(entry.id.clone(), (fi, ei));
            }
        }
        LocaleCatalogue {
            lang: lang.to_string(),
            files,
            prose,
            bundle,
            index,
            duplicates,
        }
    }

    /// Whether the language itself defines this message or term (`-term`).
    pub fn has(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    /// The file and entry defining an id.
    pub fn entry(&self, id: &str) -> Option<(&FtlFile, &EntryInfo)> {
        self.index
            .get(id)
            .map(|&(f, e)| (&*self.files[f], &self.files[f].entries[e]))
    }

    /// Every id this language defines.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.index.keys().map(String::as_str)
    }

    /// Formats a message, a message attribute, or a term (`-term`) in this language only.
    pub fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<(String, Vec<String>)> {
        let mut errors = Vec::new();
        let text = if let Some(term) = id.strip_prefix('-') {
            let (file, entry) = self.entry(id)?;
            let ast::Entry::Term(t) = file.resource.get_entry(entry.index)? else {
                return None;
            };
            debug_assert_eq!(t.id.name, term);
            let pattern = match attr {
                Some(a) => &t.attributes.iter().find(|x| x.id.name == a)?.value,
                None => &t.value,
            };
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned()
        } else {
            let msg = self.bundle.get_message(id)?;
            let pattern = match attr {
                Some(a) => msg.get_attribute(a)?.value(),
                None => msg.value()?,
            };
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned()
        };
        Some((text, errors.iter().map(|e| e.to_string()).collect()))
    }
}

/// Looks words up for one language through its fallback chain, remembering what fell back.
pub struct Localizer<'a> {
    /// The language first, then its fallbacks.
    pub chain: Vec<&'a LocaleCatalogue>,
    used_fallback: RefCell<Vec<String>>,
}

impl<'a> Localizer<'a> {
    /// A localizer over a chain of catalogues (the page's language first).
    pub fn new(chain: Vec<&'a LocaleCatalogue>) -> Self {
        Localizer {
            chain,
            used_fallback: RefCell::new(Vec::new()),
        }
    }

    /// The page's language.
    pub fn lang(&self) -> &str {
        self.chain.first().map_or("", |c| c.lang.as_str())
    }

    /// A message or term, or `None` when no language of the chain has it.
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.get_attr(id, None, args)
    }

    /// A message attribute, term attribute or value through the chain.
    pub fn get_attr(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        for (i, cat) in self.chain.iter().enumerate() {
            if let Some((text, _errors)) = cat.format(id, attr, args) {
                if i > 0 {
                    self.used_fallback.borrow_mut().push(id.to_string());
                }
                return Some(text);
            }
        }
        None
    }

    /// A message that must exist (checked before rendering); shows its id bracketed if not.
    pub fn text(&self, id: &str) -> String {
        self.get(id, None).unwrap_or_else(|| format!("[{id}]"))
    }

    /// A message with arguments that must exist.
    pub fn text_with(&self, id: &str, args: &FluentArgs) -> String {
        self.get(id, Some(args))
            .unwrap_or_else(|| format!("[{id}]"))
    }

    /// A prose page's Markdown through the chain.
    pub fn prose(&self, page: &str) -> Option<&'a Arc<SourceFile>> {
        for (i, cat) in self.chain.iter().enumerate() {
            if let Some(p) = cat.prose.get(page) {
                if i > 0 {
                    self.used_fallback
                        .borrow_mut()
                        .push(format!("pages/{page}.md"));
                }
                return Some(p);
            }
        }
        None
    }

    /// The ids that were taken from a fallback language so far.
    pub fn take_fallbacks(&self) -> Vec<String> {
        std::mem::take(&mut self.used_fallback.borrow_mut())
    }
}
