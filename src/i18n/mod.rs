//! Languages: Fluent catalogues for every language of the site, fallback chains, and the checks
//! that every message the content asks for exists.
//!
//! 1. Each `.ftl` file is parsed on its own ([`FtlFile::parse`]); syntax errors carry file, line
//!    and column, and the rest of the file stays usable.
//! 2. [`Catalogues::build`] makes one [`LocaleCatalogue`] per language: the theme's messages,
//!    overridden by the site's, plus the language's prose pages.
//! 3. [`Catalogues::check_content`] reports every required message missing from the source
//!    language, and every message a language can take from neither itself nor its fallbacks.
//!
//! The translator's workbench (`govdoc i18n …`) builds on these: [`units`] cuts every language
//! into translatable units, [`record`] keeps what each translation was made from, [`status`]
//! measures languages against the source, [`check`] finds what a translation broke,
//! [`scaffold`] adds missing messages, [`workbench`] runs the commands; [`pseudo`] and [`drafts`]
//! serve `govdoc build --pseudo` and `--drafts`.

mod catalogue;
pub mod check;
pub mod deps;
pub mod drafts;
mod patch;
pub mod pseudo;
pub mod record;
mod resource;
pub mod scaffold;
pub mod status;
pub mod units;
pub mod workbench;

pub use catalogue::{LocaleCatalogue, Localizer};
pub use patch::{diff_files, references, FileDiff};
pub use resource::{EntryInfo, FtlFile};

use crate::diagnostics::Diagnostic;
use crate::load::{FileRole, Settings, SiteInput, SourceFile};
use crate::model::Governance;
use indexmap::IndexMap;
use std::collections::HashMap;
use std::sync::Arc;

/// The catalogues of all languages of a site.
#[derive(Debug)]
pub struct Catalogues {
    /// By language code, in the settings' order.
    pub by_lang: IndexMap<String, LocaleCatalogue>,
    /// The source language's code.
    pub source: String,
    /// Fallback chains by language code (the language itself first).
    pub chains: HashMap<String, Vec<String>>,
    /// Whether lookups mark text taken from a fallback language (`--drafts`).
    pub drafts: bool,
    /// Translation status of every language, for the translation-status page.
    pub status: Vec<status::LangStatus>,
}

/// Options for building catalogues.
#[derive(Debug, Clone, Copy, Default)]
pub struct CatalogueOptions {
    /// Build the pseudo-locale ([`pseudo::CODE`], when the settings list it) from the source
    /// language's files.
    pub pseudo: bool,
    /// Mark text taken from a fallback language (`--drafts`).
    pub drafts: bool,
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
        for (role, source) in sorted {
            match role {
                FileRole::Messages { lang, theme } => {
                    let f = FtlFile::parse(source.clone(), *theme);
                    errors.extend(f.errors.iter().cloned());
                    files.entry(lang.clone()).or_default().push(Arc::new(f));
                }
                FileRole::Prose { lang, page } => {
                    prose
                        .entry(lang.clone())
                        .or_default()
                        .insert(page.clone(), source.clone());
                }
                _ => {}
            }
        }
        let mut by_lang = IndexMap::new();
        let mut chains = HashMap::new();
        let source_files = files
            .get(&settings.source_language)
            .cloned()
            .unwrap_or_default();
        let source_prose = prose
            .get(&settings.source_language)
            .cloned()
            .unwrap_or_default();
        for lang in &settings.languages {
            let pseudo = opts.pseudo && lang.code == pseudo::CODE;
            let (lang_files, lang_prose) = if pseudo {
                (source_files.clone(), source_prose.clone())
            } else {
                (
                    files.remove(&lang.code).unwrap_or_default(),
                    prose.remove(&lang.code).unwrap_or_default(),
                )
            };
            let cat = LocaleCatalogue::new(
                &lang.code,
                lang.langid.clone(),
                lang_files,
                lang_prose,
                pseudo,
            );
            errors.extend(cat.duplicates.iter().cloned());
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
        };
        (cats, errors)
    }

    /// References in the source language that cannot resolve: a term or message it does not
    /// define, or a variable in a content message (content messages are formatted without
    /// arguments). Either would show as `{-term}` or `{$x}` on the page, so both are errors.
    fn check_source_references(&self, model: &Governance) -> Vec<Diagnostic> {
        let Some(source) = self.by_lang.get(&self.source) else {
            return Vec::new();
        };
        let content: std::collections::HashSet<String> =
            model.message_uses().into_iter().map(|u| u.id).collect();
        let mut out = Vec::new();
        for unit in units::units(source).values().filter(|u| !u.is_page()) {
            let Some(refs) = check::unit_refs(source, unit) else {
                continue;
            };
            out.extend(check::unknown_references(source, unit, &refs));
            // Terms may declare parameters of their own (`$form`); messages of the content get
            // no variables at all.
            if content.contains(&unit.entry) && !unit.entry.starts_with('-') {
                for var in &refs.vars {
                    out.push(
                        Diagnostic::error(
                            "i18n::variable-in-content",
                            format!(
                                "`{}` uses the variable `${var}`, but content messages get no variables",
                                unit.key
                            ),
                        )
                        .at(unit.find(&format!("${var}")))
                        .help("write the text out, or refer to a term such as `{ -system-owner }`"),
                    );
                }
            }
        }
        out
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

    /// Checks that the content's messages exist: required ones in the source language, and every
    /// one the source language has somewhere in each language's chain.
    pub fn check_content(&self, model: &Governance) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let Some(source) = self.by_lang.get(&self.source) else {
            return out;
        };
        for (lang, cat) in &self.by_lang {
            if lang != pseudo::CODE {
                out.extend(check::broken_text(cat));
            }
        }
        for u in model.message_uses() {
            if u.required && source.has(&u.id) {
                if let Some(d) = no_text(source, &u.id) {
                    out.push(d);
                }
            }
            if u.required && !source.has(&u.id) {
                let file = if u.id.starts_with('-') {
                    "terms.ftl"
                } else {
                    "a .ftl file"
                };
                out.push(
                    Diagnostic::error(
                        "i18n::missing-source",
                        format!(
                            "no message `{}` in the source language `{}`",
                            u.id, self.source
                        ),
                    )
                    .at(u.origin.locate(&u.path))
                    .label("asked for here")
                    .help(format!(
                        "add `{} = …` to {file} in locales/{}/",
                        u.id, self.source
                    )),
                );
            }
        }
        out.extend(self.check_source_references(model));
        for page in model.pages() {
            if !source.prose.contains_key(&page.id) {
                out.push(
                    Diagnostic::error(
                        "i18n::missing-prose",
                        format!("page `{}` has no text in the source language", page.id),
                    )
                    .at(page.origin.locate("id"))
                    .help(format!(
                        "write locales/{}/pages/{}.md",
                        self.source, page.id
                    )),
                );
            }
        }
        out
    }

    /// Per language, the ids (messages, terms, prose pages) that come from a fallback language.
    pub fn fallback_report(&self, model: &Governance) -> IndexMap<String, Vec<String>> {
        let mut report = IndexMap::new();
        let Some(source) = self.by_lang.get(&self.source) else {
            return report;
        };
        let mut ids: Vec<&str> = source.ids().collect();
        ids.sort_unstable();
        for (lang, cat) in &self.by_lang {
            if *lang == self.source {
                continue;
            }
            let mut missing: Vec<String> = ids
                .iter()
                .filter(|id| !cat.has(id))
                .map(|s| s.to_string())
                .collect();
            for p in model.pages() {
                if source.prose.contains_key(&p.id) && !cat.prose.contains_key(&p.id) {
                    missing.push(format!("pages/{}.md", p.id));
                }
            }
            report.insert(lang.clone(), missing);
        }
        report
    }
}

/// A required message that defines no text: only attributes (the page would show `[id]`), or
/// a value that is empty (`{ "" }`, the page would show nothing).
fn no_text(source: &LocaleCatalogue, id: &str) -> Option<Diagnostic> {
    use fluent_syntax::ast;
    let (file, info) = source.entry(id)?;
    let ast::Entry::Message(m) = file.resource.get_entry(info.index)? else {
        return None;
    };
    let problem = match &m.value {
        None => "has attributes but no value",
        Some(p) => {
            let empty = p.elements.iter().all(|e| match e {
                ast::PatternElement::TextElement { value } => value.trim().is_empty(),
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
                } => value.trim().is_empty(),
                _ => false,
            });
            if !empty {
                return None;
            }
            "is empty"
        }
    };
    Some(
        Diagnostic::error(
            "i18n::no-text",
            format!("the required message `{id}` {problem}"),
        )
        .at(file.locate(info))
        .label("no text")
        .help(format!("write the text after `{id} =`; the page needs it")),
    )
}
