//! The translator's workbench behind `govdoc i18n status|check|scaffold|mark-current`: loads
//! only what translators touch (settings, Fluent files, prose pages, records), so it works even
//! while the content or the templates have errors, and reports every finding as a diagnostic.

use super::record::Record;
use super::status::{self, LangStatus};
use super::termbase::Termbase;
use super::units::units;
use super::{check, scaffold};
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics};
use crate::i18n::{CatalogueOptions, Catalogues};
use crate::load::{parse_settings, Settings, SiteInput};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A site opened for translation work.
pub struct Workbench {
    /// The site root.
    pub root: PathBuf,
    /// Settings.
    pub settings: Settings,
    /// Every language's catalogue, with scaffolded copies marked untranslated.
    pub cats: Catalogues,
    /// Syntax errors and duplicate ids found while building the catalogues.
    pub load_errors: Vec<Diagnostic>,
    /// Each translation's record.
    pub records: BTreeMap<String, Record>,
    /// The site's termbase (`termbase/termbase.yml`), if it has one.
    pub termbase: Option<Termbase>,
}

/// One language's status with its findings, as printed by `status`.
#[derive(Debug, Serialize)]
pub struct StatusEntry {
    /// Counts and lists.
    #[serde(flatten)]
    pub status: LangStatus,
    /// Missing, stale and obsolete units, and errors in the language's files.
    pub problems: Diagnostics,
}

/// Reads every language's record.
pub fn read_records(
    root: &Path,
    settings: &Settings,
) -> (BTreeMap<String, Record>, Vec<Diagnostic>) {
    let mut records = BTreeMap::new();
    let mut errors = Vec::new();
    for code in settings.codes().filter(|c| *c != settings.source_language) {
        match Record::read(root, code) {
            Ok(r) => {
                records.insert(code.to_string(), r);
            }
            Err(d) => errors.push(d),
        }
    }
    (records, errors)
}

/// Marks every language's scaffolded, still untranslated units, so lookups skip them.
pub fn apply_records(cats: &mut Catalogues, records: &BTreeMap<String, Record>) {
    apply_records_with(cats, records, None);
}

/// [`apply_records`], reading each language's units from `cut` where it has them (a build
/// cuts every language once for all its checks).
pub fn apply_records_with(
    cats: &mut Catalogues,
    records: &BTreeMap<String, Record>,
    cut: Option<&BTreeMap<String, status::Units>>,
) {
    for (lang, cat) in cats.by_lang.iter_mut() {
        let Some(r) = records.get(lang) else {
            continue;
        };
        // Only a scaffolded copy is ever marked, and most records hold none: then the language
        // need not be cut into units at all.
        cat.untranslated = if !r.0.values().any(|x| x.untranslated) {
            Default::default()
        } else if let Some(us) = cut.and_then(|c| c.get(lang)) {
            status::untranslated(us, r).into_iter().collect()
        } else {
            status::untranslated(&units(cat), r).into_iter().collect()
        };
    }
}

impl Workbench {
    /// Opens the site at `root`.
    pub fn open(root: &Path) -> Result<Workbench, Diagnostics> {
        let input = SiteInput::read(root).map_err(Diagnostics)?;
        let settings_file = input.settings_file().cloned().ok_or_else(|| {
            Diagnostics(vec![Diagnostic::error(
                "load::no-site",
                "the site has no govdoc.yml",
            )])
        })?;
        let settings = parse_settings(&settings_file).map_err(Diagnostics)?;
        let (mut cats, load_errors) =
            // The translator's own check reports broken translations as errors, as it always
            // did: it is where they get fixed.
            Catalogues::build(
                &settings,
                &input,
                CatalogueOptions {
                    strict: true,
                    ..CatalogueOptions::default()
                },
            );
        let (records, record_errors) = read_records(root, &settings);
        if !record_errors.is_empty() {
            return Err(Diagnostics(record_errors));
        }
        apply_records(&mut cats, &records);
        let termbase = Termbase::read(root).map_err(|d| Diagnostics(vec![d]))?;
        Ok(Workbench {
            root: root.to_path_buf(),
            settings,
            cats,
            load_errors,
            records,
            termbase,
        })
    }

    /// The translations to work on: those named (checked), or all but the source language.
    pub fn languages(&self, wanted: &[String]) -> Result<Vec<String>, Diagnostic> {
        let all: Vec<String> = self
            .settings
            .codes()
            .filter(|c| *c != self.cats.source)
            .map(String::from)
            .collect();
        if wanted.is_empty() {
            return Ok(all);
        }
        for w in wanted {
            if !all.contains(w) {
                let mut d = Diagnostic::error(
                    "i18n::language",
                    format!("`{w}` is not a translation of this site"),
                );
                d.help = Some(if *w == self.cats.source {
                    format!("`{w}` is the source language; translations are measured against it")
                } else {
                    did_you_mean(w, all.iter().map(String::as_str))
                        .unwrap_or_else(|| format!("the translations are: {}", all.join(", ")))
                });
                return Err(d);
            }
        }
        Ok(wanted.to_vec())
    }

    fn record(&self, lang: &str) -> Record {
        self.records.get(lang).cloned().unwrap_or_default()
    }

    /// Status of the given languages, each with its problems.
    pub fn status(&self, langs: &[String]) -> Vec<StatusEntry> {
        let Some(src) = self.cats.by_lang.get(&self.cats.source) else {
            return Vec::new();
        };
        let source = units(src);
        let errors: Vec<Diagnostic> = self
            .check_all()
            .0
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        langs
            .iter()
            .filter_map(|lang| {
                let (st, mut problems) = self.lang_findings(lang, &source)?;
                let dir = Path::new("locales").join(lang);
                problems.extend(
                    errors
                        .iter()
                        .filter(|d| {
                            d.location
                                .as_ref()
                                .is_some_and(|l| l.file.starts_with(&dir))
                        })
                        .cloned(),
                );
                Some(StatusEntry {
                    status: st,
                    problems: Diagnostics(problems),
                })
            })
            .collect()
    }

    /// Every finding of `check` without the status findings: syntax, duplicates, references,
    /// variables, identical translations, deprecated variants of the termbase's terms.
    fn check_all(&self) -> Diagnostics {
        let mut out: Vec<Diagnostic> = self.load_errors.clone();
        let Some(src) = self.cats.by_lang.get(&self.cats.source) else {
            return Diagnostics(out);
        };
        let source = units(src);
        for (lang, cat) in &self.cats.by_lang {
            let trans = units(cat);
            // The site's own words only: the theme's strings are not the termbase's concepts.
            if let Some(tb) = &self.termbase {
                let variants = tb.variants(lang);
                for u in trans.values().filter(|u| !u.theme) {
                    out.extend(super::termbase::deprecated_uses(lang, u, &variants));
                }
            }
            for u in trans.values().filter(|u| !u.is_page()) {
                let Some(refs) = check::unit_refs(cat, u) else {
                    continue;
                };
                out.extend(check::unknown_references(cat, u, &refs));
                if *lang == self.cats.source || cat.untranslated.contains(&u.key) {
                    continue;
                }
                let Some(s) = source.get(&u.key) else {
                    continue;
                };
                // A term's variables are its own parameters (a definite form in one language,
                // none in another), so they need not match the source's.
                let is_term = u.entry.starts_with('-');
                if let (Some(srefs), false) = (check::unit_refs(src, s), is_term) {
                    out.extend(check::variable_mismatch(
                        lang,
                        &self.cats.source,
                        u,
                        &srefs,
                        &refs,
                    ));
                }
                out.extend(check::identical(lang, &self.cats.source, s, u));
            }
        }
        Diagnostics(out)
    }

    /// Everything `check` reports: [`Self::check_all`] plus every language's missing, stale and
    /// obsolete units.
    pub fn check(&self) -> Diagnostics {
        let mut out = self.check_all();
        let langs = self.languages(&[]).unwrap_or_default();
        let Some(src) = self.cats.by_lang.get(&self.cats.source) else {
            return out;
        };
        let source = units(src);
        for lang in &langs {
            if let Some((_, problems)) = self.lang_findings(lang, &source) {
                out.extend(problems);
            }
        }
        out
    }

    /// One language's status against the source units, and its missing, stale and obsolete
    /// units as findings.
    fn lang_findings(
        &self,
        lang: &str,
        source: &status::Units,
    ) -> Option<(LangStatus, Vec<Diagnostic>)> {
        let cat = self.cats.by_lang.get(lang)?;
        let trans = units(cat);
        let st = status::lang_status(lang, &self.cats.source, source, &trans, &self.record(lang));
        let problems = status::findings(&st, &self.cats.source, source, &trans);
        Some((st, problems))
    }

    /// Appends the missing messages of a language.
    pub fn scaffold(&self, lang: &str) -> Result<scaffold::ScaffoldReport, Diagnostic> {
        scaffold::scaffold(&self.root, &self.cats, lang, &self.record(lang))
    }

    /// Records units of a language as up to date with the current source: the named ones (or
    /// all with `all`), plus every translation that is new or edited since its record.
    /// Returns the number of units whose record changed.
    pub fn mark_current(
        &self,
        lang: &str,
        ids: &[String],
        all: bool,
    ) -> Result<usize, Diagnostics> {
        let src = self.cats.by_lang.get(&self.cats.source);
        let cat = self.cats.by_lang.get(lang);
        let (Some(src), Some(cat)) = (src, cat) else {
            return Err(Diagnostics(vec![Diagnostic::error(
                "i18n::language",
                format!("`{lang}` is not a language of the site"),
            )]));
        };
        let source = units(src);
        let trans = units(cat);
        let mut errors = Vec::new();
        for id in ids {
            let known = trans.contains_key(id)
                || trans
                    .keys()
                    .any(|k| k.split('.').next() == Some(id.as_str()));
            if !known
                || !source
                    .keys()
                    .any(|k| k == id || k.split('.').next() == Some(id.as_str()))
            {
                let mut d = Diagnostic::error(
                    "i18n::unknown-id",
                    format!("`{id}` is not a translated message of `{lang}`"),
                );
                d.help = did_you_mean(id, trans.keys().map(String::as_str))
                    .or(Some("run `govdoc i18n status` to see the ids".into()));
                errors.push(d);
            }
        }
        if !errors.is_empty() {
            return Err(Diagnostics(errors));
        }
        let old = self.record(lang);
        // A message id confirms its attributes too: `mark-current es x` covers `x.detail`.
        let named = |key: &str| {
            ids.iter().any(|id| {
                key == id
                    || key
                        .strip_prefix(id.as_str())
                        .is_some_and(|r| r.starts_with('.'))
            })
        };
        let new = status::refresh(&source, &trans, &old, &named, all);
        let changed = new
            .0
            .iter()
            .filter(|(k, r)| old.0.get(*k) != Some(*r))
            .count()
            + old.0.keys().filter(|k| !new.0.contains_key(*k)).count();
        new.write(&self.root, lang, &self.cats.source)
            .map_err(|d| Diagnostics(vec![d]))?;
        Ok(changed)
    }
}
