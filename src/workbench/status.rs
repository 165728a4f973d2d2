//! Translation status: per language, what is translated, missing, stale and obsolete, measured
//! unit by unit against the source language, with the translation record deciding staleness.

use super::record::{Record, Recorded};
use super::units::{fingerprint, normalize, units, Unit};
use crate::diagnostics::Diagnostic;
pub use crate::i18n::report::{Item, LangStatus};
use crate::i18n::Catalogues;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Units of one language by key.
pub type Units = BTreeMap<String, Unit>;

/// How one translated unit stands against its record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Up to date.
    Current,
    /// Translated without a record.
    Unrecorded,
    /// Still the copy `scaffold` made.
    Untranslated,
    /// Made from this older source text.
    Stale(String),
}

/// Compares a translated unit with the source and the record.
pub fn standing(source: &Unit, translation: &Unit, recorded: Option<&Recorded>) -> Standing {
    let Some(r) = recorded else {
        return Standing::Unrecorded;
    };
    if r.translation != fingerprint(&translation.text) {
        // Edited since it was recorded: the translator has looked at it, which confirms it.
        return Standing::Current;
    }
    if r.untranslated {
        return Standing::Untranslated;
    }
    let changed = match &r.source_fp {
        Some(fp) => *fp != fingerprint(&source.text),
        None => normalize(&r.source) != normalize(&source.text),
    };
    if changed {
        Standing::Stale(if source.is_page() {
            "(an earlier version of the page)".into()
        } else {
            r.source.clone()
        })
    } else {
        Standing::Current
    }
}

/// The status of every language but the source (and the pseudo-locale).
pub fn analyse(cats: &Catalogues, records: &BTreeMap<String, Record>) -> Vec<LangStatus> {
    let Some(src_cat) = cats.by_lang.get(&cats.source) else {
        return Vec::new();
    };
    let source = units(src_cat);
    cats.by_lang
        .iter()
        .filter(|(l, _)| **l != cats.source && l.as_str() != crate::i18n::pseudo::CODE)
        .map(|(lang, cat)| {
            let empty = Record::default();
            lang_status(
                lang,
                &cats.source,
                &source,
                &units(cat),
                records.get(lang).unwrap_or(&empty),
            )
        })
        .collect()
}

/// The status of one language.
pub fn lang_status(
    lang: &str,
    source_lang: &str,
    source: &Units,
    trans: &Units,
    record: &Record,
) -> LangStatus {
    let mut st = LangStatus {
        lang: lang.to_string(),
        source: source.len(),
        translated: 0,
        missing: 0,
        stale: 0,
        obsolete: 0,
        unrecorded: 0,
        percent: 0.0,
        missing_items: Vec::new(),
        stale_items: Vec::new(),
        obsolete_items: Vec::new(),
    };
    for (key, s) in source {
        let item = |u: &Unit, old: Option<String>, target: Option<PathBuf>| Item {
            key: key.clone(),
            file: u.file.display.clone(),
            line: u.location().line,
            text: s.text.clone(),
            old_source: old,
            target,
        };
        match trans.get(key) {
            None => st.missing_items.push(item(
                s,
                None,
                Some(mirror_path(&s.file.display, source_lang, lang)),
            )),
            Some(t) => match standing(s, t, record.0.get(key)) {
                Standing::Untranslated => {
                    st.missing_items
                        .push(item(t, None, Some(t.file.display.clone())))
                }
                Standing::Stale(old) => {
                    st.translated += 1;
                    st.stale_items.push(item(t, Some(old), None));
                }
                Standing::Unrecorded => {
                    st.translated += 1;
                    st.unrecorded += 1;
                }
                Standing::Current => st.translated += 1,
            },
        }
    }
    for (key, t) in trans.iter().filter(|(k, _)| !source.contains_key(*k)) {
        st.obsolete_items.push(Item {
            key: key.clone(),
            file: t.file.display.clone(),
            line: t.location().line,
            text: t.text.clone(),
            old_source: None,
            target: None,
        });
    }
    st.missing = st.missing_items.len();
    st.stale = st.stale_items.len();
    st.obsolete = st.obsolete_items.len();
    st.percent = if st.source == 0 {
        100.0
    } else {
        ((st.translated - st.stale) as f64 * 1000.0 / st.source as f64).round() / 10.0
    };
    st
}

/// The translation file that mirrors a source file: `locales/nb/roles.ftl` → `locales/es/roles.ftl`;
/// theme files map to the site's own `locales/<lang>/`, which overrides the theme.
pub fn mirror_path(source_file: &Path, source_lang: &str, lang: &str) -> PathBuf {
    let parts: Vec<String> = source_file
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let at = parts
        .windows(2)
        .rposition(|w| w[0] == "locales" && w[1] == source_lang);
    let rest: Vec<&String> = match at {
        Some(i) => parts[i + 2..].iter().collect(),
        None => parts.last().into_iter().collect(),
    };
    let mut p = PathBuf::from("locales").join(lang);
    for r in rest {
        p.push(r);
    }
    p
}

/// Builds an updated record: every translated unit that is unrecorded or edited since its
/// record gets the current source; units `force` names are recorded as current whatever
/// their state; records of units that are no longer translated are dropped.
pub fn refresh(
    source: &Units,
    trans: &Units,
    record: &Record,
    force: &dyn Fn(&str) -> bool,
) -> Record {
    let mut out = BTreeMap::new();
    for (key, t) in trans {
        let Some(s) = source.get(key) else { continue };
        let fp = fingerprint(&t.text);
        let keep = record
            .0
            .get(key)
            .filter(|r| r.translation == fp && !force(key));
        let r = keep.cloned().unwrap_or_else(|| current(s, fp));
        out.insert(key.clone(), r);
    }
    Record(out)
}

/// A record saying the translation `fp` is up to date with the source unit.
pub fn current(s: &Unit, fp: String) -> Recorded {
    if s.is_page() {
        Recorded {
            translation: fp,
            source: String::new(),
            source_fp: Some(fingerprint(&s.text)),
            untranslated: false,
        }
    } else {
        Recorded {
            translation: fp,
            source: s.text.clone(),
            source_fp: None,
            untranslated: false,
        }
    }
}

/// The missing, stale and obsolete units of a language as diagnostics (file and line).
pub fn findings(
    st: &LangStatus,
    source_lang: &str,
    sources: &Units,
    trans: &Units,
) -> Vec<Diagnostic> {
    let lang = &st.lang;
    let mut out = Vec::new();
    for it in &st.missing_items {
        let scaffolded = trans.get(&it.key);
        let unit = scaffolded.or_else(|| sources.get(&it.key));
        let target = it
            .target
            .as_ref()
            .map_or_else(String::new, |t| t.display().to_string());
        let (message, help) = if scaffolded.is_some() {
            (
                format!(
                    "`{}` in `{lang}` is still the `{source_lang}` text copied by scaffold",
                    it.key
                ),
                format!("translate it in {target}"),
            )
        } else {
            (
                format!("`{}` is not translated into `{lang}`", it.key),
                format!("add it to {target}, or run `govdoc i18n scaffold {lang}` to add every missing text"),
            )
        };
        out.push(
            Diagnostic::warning("i18n::missing", message)
                .at_opt(unit.map(Unit::location))
                .label("source text")
                .help(help),
        );
    }
    for it in &st.stale_items {
        out.push(
            Diagnostic::warning("i18n::stale", format!("`{}` in `{lang}` was translated from an older `{source_lang}` text", it.key))
                .at_opt(trans.get(&it.key).map(Unit::location))
                .label("translation")
                .help(format!(
                    "{source_lang} then: {}\n{source_lang} now:  {}\nupdate the translation (editing it confirms it), or run `govdoc i18n mark-current {lang} {}` if it still fits",
                    it.old_source.as_deref().unwrap_or(""),
                    it.text,
                    it.key
                )),
        );
    }
    for it in &st.obsolete_items {
        out.push(
            Diagnostic::warning(
                "i18n::obsolete",
                format!(
                    "`{}` in `{lang}` is no longer in the `{source_lang}` source",
                    it.key
                ),
            )
            .at_opt(trans.get(&it.key).map(Unit::location))
            .help("delete it (it is never shown), or check whether the message was renamed"),
        );
    }
    out
}

/// Keys of `units` that are scaffolded copies not yet translated (rendered as missing).
pub fn untranslated(trans: &Units, record: &Record) -> BTreeSet<String> {
    trans
        .iter()
        .filter(|(k, t)| {
            record
                .0
                .get(*k)
                .is_some_and(|r| r.untranslated && r.translation == fingerprint(&t.text))
        })
        .map(|(k, _)| k.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(key: &str, text: &str) -> Unit {
        let file = crate::load::SourceFile::new("locales/x/a.ftl", format!("{key} = {text}\n"));
        Unit {
            key: key.into(),
            entry: key.into(),
            text: text.into(),
            file,
            span: (0, key.len()),
            theme: false,
            comment: None,
        }
    }

    #[test]
    fn standing_follows_source_and_translation() {
        let (s, t) = (unit("m", "Ny tekst"), unit("m", "Texto"));
        let rec = |src: &str, tr: &str| Recorded {
            translation: fingerprint(tr),
            source: src.into(),
            source_fp: None,
            untranslated: false,
        };
        assert_eq!(standing(&s, &t, None), Standing::Unrecorded);
        assert_eq!(
            standing(&s, &t, Some(&rec("Ny tekst", "Texto"))),
            Standing::Current
        );
        assert_eq!(
            standing(&s, &t, Some(&rec("Gammel tekst", "Texto"))),
            Standing::Stale("Gammel tekst".into())
        );
        // Edited since recorded: confirmed.
        assert_eq!(
            standing(&s, &t, Some(&rec("Gammel tekst", "Texto viejo"))),
            Standing::Current
        );
        let copy = Recorded {
            untranslated: true,
            ..rec("Ny tekst", "Texto")
        };
        assert_eq!(standing(&s, &t, Some(&copy)), Standing::Untranslated);
    }

    #[test]
    fn refresh_keeps_stale_records_and_records_edits() {
        let source: Units = [("a", "A ny"), ("b", "B")]
            .iter()
            .map(|(k, v)| (k.to_string(), unit(k, v)))
            .collect();
        let trans: Units = [("a", "a es"), ("b", "b es"), ("gone", "x")]
            .iter()
            .map(|(k, v)| (k.to_string(), unit(k, v)))
            .collect();
        let mut old = Record::default();
        old.0.insert(
            "a".into(),
            Recorded {
                translation: fingerprint("a es"),
                source: "A gammel".into(),
                source_fp: None,
                untranslated: false,
            },
        );
        let new = refresh(&source, &trans, &old, &|_| false);
        assert_eq!(new.0["a"].source, "A gammel", "stale stays stale");
        assert_eq!(new.0["b"].source, "B", "unrecorded gets recorded");
        assert!(
            !new.0.contains_key("gone"),
            "obsolete units are not recorded"
        );
        let forced = refresh(&source, &trans, &old, &|k| k == "a");
        assert_eq!(forced.0["a"].source, "A ny");
    }

    #[test]
    fn mirror_paths() {
        assert_eq!(
            mirror_path(Path::new("locales/nb/roles.ftl"), "nb", "es"),
            PathBuf::from("locales/es/roles.ftl")
        );
        assert_eq!(
            mirror_path(
                Path::new("<built-in>/themes/default/locales/nb/theme.ftl"),
                "nb",
                "en"
            ),
            PathBuf::from("locales/en/theme.ftl")
        );
        assert_eq!(
            mirror_path(Path::new("locales/nb/pages/about.md"), "nb", "es"),
            PathBuf::from("locales/es/pages/about.md")
        );
    }
}
