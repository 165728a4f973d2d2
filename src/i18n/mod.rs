//! Languages: Fluent catalogues for every language of the site, fallback chains, and the checks
//! that every message the content asks for exists.
//!
//! 1. Each `.ftl` file is parsed on its own ([`FtlFile::parse`]); syntax errors carry file, line
//!    and column, and the rest of the file stays usable.
//! 2. [`Catalogues::build`] makes one [`LocaleCatalogue`] per language: the theme's messages,
//!    overridden by the site's, plus the language's prose pages.
//! 3. [`Catalogues::localizer`] looks words up along a language's fallback chain; [`deps`]
//!    records the lookups for the watch engine, [`patch`](diff_files) swaps single files in.
//!
//! This is a render input and nothing more: it never writes. The translator's workbench
//! (`govdoc i18n …`, [`crate::workbench`]) builds on it and is the one that checks content
//! against the catalogues and writes into the source tree; [`pseudo`] and [`drafts`] serve
//! `govdoc build --pseudo` and `--drafts`; [`numbers`] writes numbers the language's way and
//! [`collate`] sorts words its way;
//! [`report`] is the status data the status page shows.

mod catalogue;
pub mod collate;
pub mod deps;
pub mod drafts;
mod formatted;
pub mod numbers;
mod patch;
pub mod pseudo;
pub mod report;
mod resource;

pub use catalogue::{LocaleCatalogue, Localizer};
pub use patch::{diff_files, references, FileDiff};
pub use resource::{EntryInfo, FtlFile};

use crate::diagnostics::Diagnostic;
use crate::load::{FileRole, Settings, SiteInput, SourceFile};
use indexmap::IndexMap;
use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::collections::HashMap;
use std::sync::Arc;

/// The catalogues of all languages of a site.
#[derive(Debug)]
pub struct Catalogues {
    /// By language code, in the settings' order. Looked up (with [`Self::chains`]) for every
    /// `t()` of every page, so hashed with a fast hasher: the codes come from the settings.
    pub by_lang: IndexMap<String, LocaleCatalogue, FxBuildHasher>,
    /// The source language's code.
    pub source: String,
    /// Fallback chains by language code (the language itself first).
    pub chains: FxHashMap<String, Vec<String>>,
    /// Whether lookups mark text taken from a fallback language (`--drafts`).
    pub drafts: bool,
    /// Translation status of every language, for the translation-status page.
    pub status: Vec<report::LangStatus>,
    /// Broken translations are errors, not warnings (`--strict`).
    pub strict: bool,
    /// Broken translations found in the languages' texts (the workbench's checks), already
    /// under [`Catalogues::policy`]; their units are in each catalogue's `broken`.
    pub translation_findings: std::collections::BTreeMap<String, Vec<Diagnostic>>,
    /// The same findings by language and unit key, so that the watch engine re-judges only
    /// the units an edit touched.
    pub translation_judgements:
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, Vec<Diagnostic>>>,
}

/// Options for building catalogues.
#[derive(Debug, Clone, Copy, Default)]
pub struct CatalogueOptions {
    /// Build the pseudo-locale ([`pseudo::CODE`], when the settings list it) from the source
    /// language's files.
    pub pseudo: bool,
    /// Mark text taken from a fallback language (`--drafts`).
    pub drafts: bool,
    /// Broken translations are errors, not warnings (`--strict`).
    pub strict: bool,
}

impl Catalogues {
    /// Parses all Fluent files and prose pages; returns the catalogues and all syntax errors.
    pub fn build(
        settings: &Settings,
        input: &SiteInput,
        opts: CatalogueOptions,
    ) -> (Catalogues, Vec<Diagnostic>) {
        let mut files: HashMap<String, Vec<Arc<FtlFile>>> = HashMap::new();
        let mut prose: HashMap<String, HashMap<String, Arc<SourceFile>>> = HashMap::new();
        let mut errors = Vec::new();
        let mut file_errors: Vec<(String, Diagnostic)> = Vec::new();
        // Theme files first so that site files override them.
        let mut sorted: Vec<(&FileRole, &Arc<SourceFile>)> = input
            .sources(|r| matches!(r, FileRole::Messages { .. } | FileRole::Prose { .. }))
            .collect();
        sorted.sort_by_key(|(r, s)| {
            (
                !matches!(r, FileRole::Messages { theme: true, .. }),
                s.display.clone(),
            )
        });
        // Parsing is most of the work and each file stands alone: parse on every core, then
        // sort the files into languages in the order above.
        let parsed: Vec<Option<FtlFile>> = sorted
            .par_iter()
            .map(|(role, source)| match role {
                FileRole::Messages { theme, .. } => Some(FtlFile::parse((*source).clone(), *theme)),
                _ => None,
            })
            .collect();
        for ((role, source), parsed) in sorted.into_iter().zip(parsed) {
            match (role, parsed) {
                (FileRole::Messages { lang, .. }, Some(f)) => {
                    file_errors.extend(f.errors.iter().map(|d| (lang.clone(), d.clone())));
                    files.entry(lang.clone()).or_default().push(Arc::new(f));
                }
                (FileRole::Prose { lang, page }, _) => {
                    prose
                        .entry(lang.clone())
                        .or_default()
                        .insert(page.clone(), source.clone());
                }
                _ => {}
            }
        }
        let mut by_lang = IndexMap::default();
        let mut chains = FxHashMap::default();
        // The theme's strings come in the languages the theme has (`es`, `nb`, `en`); a site
        // language written as a platform writes it (`es-ES`, `nb-NO`, `en-GB`) gets the theme
        // language that Fluent's language negotiation picks for it.
        let theme_langs: Vec<String> = files
            .iter()
            .filter(|(_, fs)| fs.iter().any(|f| f.theme))
            .map(|(l, _)| l.clone())
            .collect();
        for lang in &settings.languages {
            if theme_langs.contains(&lang.code) {
                continue;
            }
            let Some(best) = negotiate_theme_language(&lang.code, &theme_langs) else {
                continue;
            };
            let theme: Vec<Arc<FtlFile>> =
                files[&best].iter().filter(|f| f.theme).cloned().collect();
            let own = files.remove(&lang.code).unwrap_or_default();
            files.insert(lang.code.clone(), theme.into_iter().chain(own).collect());
        }
        let source_files = files
            .get(&settings.source_language)
            .cloned()
            .unwrap_or_default();
        let source_prose = prose
            .get(&settings.source_language)
            .cloned()
            .unwrap_or_default();
        // Each language's bundle and index are its own: build them in parallel.
        let inputs: Vec<_> = settings
            .languages
            .iter()
            .map(|lang| {
                let pseudo = opts.pseudo && lang.code == pseudo::CODE;
                let (lang_files, lang_prose) = if pseudo {
                    (source_files.clone(), source_prose.clone())
                } else {
                    (
                        files.remove(&lang.code).unwrap_or_default(),
                        prose.remove(&lang.code).unwrap_or_default(),
                    )
                };
                (lang, lang_files, lang_prose, pseudo)
            })
            .collect();
        let built: Vec<LocaleCatalogue> = inputs
            .into_par_iter()
            .map(|(lang, lang_files, lang_prose, pseudo)| {
                LocaleCatalogue::new(
                    &lang.code,
                    lang.langid.clone(),
                    lang_files,
                    lang_prose,
                    pseudo,
                )
            })
            .collect();
        for (lang, cat) in settings.languages.iter().zip(built) {
            by_lang.insert(lang.code.clone(), cat);
            let mut chain = vec![lang.code.clone()];
            chain.extend(lang.fallback.iter().filter(|f| **f != lang.code).cloned());
            chains.insert(lang.code.clone(), chain);
        }
        let cats = Catalogues {
            by_lang,
            source: settings.source_language.clone(),
            chains,
            drafts: opts.drafts,
            status: Vec::new(),
            strict: opts.strict,
            translation_findings: Default::default(),
            translation_judgements: Default::default(),
        };
        // Syntax errors were collected per file above; judge them by language now.
        let mut judged = Vec::new();
        // Files of languages the settings do not list still report their syntax errors.
        for (lang, d) in file_errors {
            judged.push(cats.policy(&lang, d));
        }
        for (lang, cat) in &cats.by_lang {
            judged.extend(cat.duplicates.iter().map(|d| cats.policy(lang, d.clone())));
        }
        errors.extend(judged);
        (cats, errors)
    }

    /// The one rule for broken translations: in the source language a finding is an error;
    /// in any other language it is a warning (the entry falls back along the chain, marked
    /// with its language, and the source language's site is never blocked), unless `--strict`
    /// makes it an error.
    pub fn policy(&self, lang: &str, d: Diagnostic) -> Diagnostic {
        if lang == self.source || self.strict || !d.is_error() {
            return d;
        }
        let chain = self
            .chains
            .get(lang)
            .map(|c| c[1..].join(" → "))
            .unwrap_or_default();
        let mut d = Diagnostic {
            severity: crate::diagnostics::Severity::Warning,
            ..d
        };
        let note = format!("until it is fixed, `{lang}` pages show this text from {chain} (`--strict` makes this an error)");
        d.help = Some(match d.help.take() {
            Some(h) => format!("{h}\n{note}"),
            None => note,
        });
        d
    }

    /// A localizer for one language.
    pub fn localizer(&self, lang: &str) -> Localizer<'_> {
        let chain = self
            .chains
            .get(lang)
            .map(|c| c.iter().filter_map(|l| self.by_lang.get(l)).collect())
            .unwrap_or_default();
        Localizer::new(chain).marking(self.drafts)
    }
}

/// The theme language that serves a site language (`es-ES` → `es`), by Fluent's language
/// negotiation (filtering: the requested language's more general forms match).
pub fn negotiate_theme_language(code: &str, available: &[String]) -> Option<String> {
    use fluent_langneg::{negotiate_languages, NegotiationStrategy};
    use unic_langid::LanguageIdentifier;
    let requested: LanguageIdentifier = code.parse().ok()?;
    let available: Vec<LanguageIdentifier> =
        available.iter().filter_map(|a| a.parse().ok()).collect();
    negotiate_languages(
        &[requested],
        &available,
        None,
        NegotiationStrategy::Filtering,
    )
    .first()
    .map(|l| l.to_string())
}

#[cfg(test)]
mod langneg_tests {
    use super::negotiate_theme_language;

    #[test]
    fn platform_codes_negotiate_with_the_theme_languages() {
        let theme: Vec<String> = ["nb", "es", "en"].map(String::from).to_vec();
        for (site, want) in [
            ("es-ES", "es"),
            ("nb-NO", "nb"),
            ("en-GB", "en"),
            ("es-419", "es"),
        ] {
            assert_eq!(
                negotiate_theme_language(site, &theme).as_deref(),
                Some(want),
                "{site}"
            );
        }
        assert_eq!(negotiate_theme_language("de-DE", &theme), None);
    }
}
