//! Translation status: per language, what is translated, missing, stale and obsolete, measured
//! unit by unit against the source language, with the translation record deciding staleness.

use super::record::{Record, Recorded};
use super::units::{fingerprint, normalize, pair_up, same_normalized, units, words, Unit};
use crate::diagnostics::Diagnostic;
pub use crate::i18n::report::{Item, LangStatus};
use crate::i18n::Catalogues;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Units of one language by key.
pub use super::units::Units;

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
///
/// A translation is current only when its record names the source text it now stands for:
/// editing a translation never confirms it against a source that moved on (only
/// `mark-current` does, after the translator has seen the new source).
pub fn standing(source: &Unit, translation: &Unit, recorded: Option<&Recorded>) -> Standing {
    let Some(r) = recorded else {
        return Standing::Unrecorded;
    };
    let edited = r.translation != fingerprint(&translation.text);
    if r.untranslated && !edited {
        return Standing::Untranslated;
    }
    let changed = match &r.source_fp {
        Some(fp) => *fp != fingerprint(&source.text),
        None => normalize(&r.source) != normalize(&source.text),
    };
    if changed {
        Standing::Stale(if r.source.is_empty() {
            "(an earlier version of the page)".into()
        } else {
            r.source.clone()
        })
    } else {
        Standing::Current
    }
}

/// The change from `old` to `new` word by word, in git's `--word-diff` notation:
/// `[-removed-]{+added+}`; long unchanged runs are shortened to `…`.
pub fn word_diff(old: &str, new: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_words(old, new);
    // Runs of equal text and changes; a change absorbs the blanks between it and the next
    // change, so `[-a b-]{+c d+}` reads as one change, not four.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    let (mut del, mut ins, mut blank) = (String::new(), String::new(), String::new());
    let flush = |runs: &mut Vec<(ChangeTag, String)>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            runs.push((ChangeTag::Delete, std::mem::take(del)));
        }
        if !ins.is_empty() {
            runs.push((ChangeTag::Insert, std::mem::take(ins)));
        }
    };
    for c in diff.iter_all_changes() {
        let v = c.value();
        match c.tag() {
            ChangeTag::Equal if v.trim().is_empty() && !(del.is_empty() && ins.is_empty()) => {
                blank.push_str(v)
            }
            ChangeTag::Equal => {
                let trailing = std::mem::take(&mut blank);
                flush(&mut runs, &mut del, &mut ins);
                let text = format!("{trailing}{v}");
                match runs.last_mut() {
                    Some((ChangeTag::Equal, t)) => t.push_str(&text),
                    _ => runs.push((ChangeTag::Equal, text)),
                }
            }
            tag => {
                let b = std::mem::take(&mut blank);
                if !del.is_empty() {
                    del.push_str(&b);
                }
                if !ins.is_empty() {
                    ins.push_str(&b);
                }
                if tag == ChangeTag::Delete {
                    del.push_str(v)
                } else {
                    ins.push_str(v)
                }
            }
        }
    }
    flush(&mut runs, &mut del, &mut ins);
    if !blank.is_empty() {
        runs.push((ChangeTag::Equal, blank));
    }
    let mut out = String::new();
    let n = runs.len();
    for (i, (tag, text)) in runs.iter().enumerate() {
        match tag {
            ChangeTag::Equal => {
                let words: Vec<&str> = text.split_whitespace().collect();
                const KEEP: usize = 6;
                if words.len() > 2 * KEEP + 1 {
                    let lead = text.len() - text.trim_start().len();
                    let trail = text.len() - text.trim_end().len();
                    let head = if i == 0 {
                        String::new()
                    } else {
                        format!("{}{} ", &text[..lead], words[..KEEP].join(" "))
                    };
                    let tail = if i + 1 == n {
                        String::new()
                    } else {
                        format!(
                            " {}{}",
                            words[words.len() - KEEP..].join(" "),
                            &text[text.len() - trail..]
                        )
                    };
                    out.push_str(&format!("{head}…{tail}"));
                } else {
                    out.push_str(text);
                }
            }
            ChangeTag::Delete => out.push_str(&format!("[-{}-]", text.trim_end())),
            ChangeTag::Insert => out.push_str(&format!("{{+{}+}}", text.trim_end())),
        }
        if matches!(tag, ChangeTag::Delete | ChangeTag::Insert)
            && text.ends_with(char::is_whitespace)
        {
            out.push(' ');
        }
    }
    out.split('\n')
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// The status of every language but the source (and the pseudo-locale).
pub fn analyse(cats: &Catalogues, records: &BTreeMap<String, Record>) -> Vec<LangStatus> {
    analyse_with(cats, records, None)
}

/// [`analyse`], reading each language's units from `cut` where it has them (a build cuts
/// every language once for all its checks).
pub fn analyse_with(
    cats: &Catalogues,
    records: &BTreeMap<String, Record>,
    cut: Option<&BTreeMap<String, Units>>,
) -> Vec<LangStatus> {
    use rayon::prelude::*;
    use std::borrow::Cow;
    let units_of = |lang: &str, cat| match cut.and_then(|c| c.get(lang)) {
        Some(us) => Cow::Borrowed(us),
        None => Cow::Owned(units(cat)),
    };
    let Some(src_cat) = cats.by_lang.get(&cats.source) else {
        return Vec::new();
    };
    let source = units_of(&cats.source, src_cat);
    let langs: Vec<_> = cats
        .by_lang
        .iter()
        .filter(|(l, _)| **l != cats.source && l.as_str() != crate::i18n::pseudo::CODE)
        .collect();
    let empty = Record::default();
    langs
        .into_par_iter()
        .map(|(lang, cat)| {
            lang_status(
                lang,
                &cats.source,
                &source,
                &units_of(lang, cat),
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
    lang_status_counted(
        lang,
        source_lang,
        source,
        &source_words(source),
        trans,
        record,
    )
}

/// The words of each source unit, in key order, for [`lang_status_counted`]: counted once
/// for all the translations a build measures.
pub fn source_words(source: &Units) -> Vec<usize> {
    use rayon::prelude::*;
    source.par_iter().map(|(_, u)| words(&u.text)).collect()
}

/// [`lang_status`] with the source's words counted ([`source_words`]).
pub fn lang_status_counted(
    lang: &str,
    source_lang: &str,
    source: &Units,
    source_words: &[usize],
    trans: &Units,
    record: &Record,
) -> LangStatus {
    use rayon::prelude::*;
    let paired = pair_up(source, trans);
    // Each source unit judged on both cores (100,000 units at the largest sizes), then
    // counted in key order.
    let judged: Vec<Judged> = paired
        .both
        .par_iter()
        .zip(source_words.par_iter())
        .map(|(&(key, s, t), &words)| Judged {
            words,
            standing: judge(lang, source_lang, key, s, t, record),
        })
        .collect();
    let mut st = LangStatus {
        lang: lang.to_string(),
        source: source.len(),
        translated: 0,
        missing: 0,
        stale: 0,
        obsolete: 0,
        unrecorded: 0,
        unrecorded_copies: Vec::new(),
        percent: 0.0,
        source_words: 0,
        missing_words: 0,
        stale_words: 0,
        current_words: 0,
        missing_items: Vec::new(),
        stale_items: Vec::new(),
        obsolete_items: Vec::new(),
    };
    for j in judged {
        st.source_words += j.words;
        match j.standing {
            Judgement::Missing(item) => {
                st.missing_words += j.words;
                st.missing_items.push(*item);
            }
            Judgement::Stale(item) => {
                st.translated += 1;
                st.stale_words += j.words;
                st.stale_items.push(*item);
            }
            Judgement::Unrecorded { copy } => {
                st.translated += 1;
                st.unrecorded += 1;
                st.unrecorded_copies.extend(copy);
            }
            Judgement::Current => st.translated += 1,
        }
    }
    st.obsolete_items = paired
        .only_b
        .par_iter()
        .filter(|(k, _)| !own_grammar(k, source, trans))
        .map(|&(key, t)| Item {
            key: key.clone(),
            file: t.file.display.clone(),
            line: t.location().line,
            text: t.text.clone(),
            old_source: None,
            diff: None,
            translation: None,
            target: None,
        })
        .collect();
    st.current_words = st
        .source_words
        .saturating_sub(st.missing_words + st.stale_words);
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

/// One source unit in [`lang_status`]: its words and how its translation stands.
struct Judged {
    words: usize,
    standing: Judgement,
}

/// How a source unit's translation stands, with the list item it adds (boxed: most units
/// add none, and 100,000 judgements are held at once).
enum Judgement {
    Missing(Box<Item>),
    Stale(Box<Item>),
    /// Translated without a record; `copy` names it when it is the source's text unchanged.
    Unrecorded {
        copy: Option<String>,
    },
    Current,
}

fn judge(
    lang: &str,
    source_lang: &str,
    key: &str,
    s: &Unit,
    translation: Option<&Unit>,
    record: &Record,
) -> Judgement {
    let item = |u: &Unit, old: Option<String>, target: Option<PathBuf>| {
        Box::new(Item {
            key: key.to_string(),
            file: u.file.display.clone(),
            line: u.location().line,
            text: s.text.clone(),
            diff: old
                .as_deref()
                .filter(|o| !o.starts_with("(an earlier"))
                .map(|o| word_diff(o, &s.text)),
            translation: target.is_none().then(|| u.text.clone()),
            old_source: old,
            target,
        })
    };
    match translation {
        None => Judgement::Missing(item(
            s,
            None,
            Some(mirror_path(&s.file.display, source_lang, lang)),
        )),
        Some(t) => match standing(s, t, record.0.get(key)) {
            Standing::Untranslated => {
                Judgement::Missing(item(t, None, Some(t.file.display.clone())))
            }
            Standing::Stale(old) => Judgement::Stale(item(t, Some(old), None)),
            Standing::Unrecorded => Judgement::Unrecorded {
                copy: same_normalized(&t.text, &s.text).then(|| key.to_string()),
            },
            Standing::Current => Judgement::Current,
        },
    }
}

/// Whether `key` is an attribute a language adds to a term for its own grammar (Spanish
/// `-system-owner.gender`) and uses in one of its selectors (`{ -system-owner.gender -> … }`):
/// the source has nothing to measure it against, and it is not obsolete while the term exists.
fn own_grammar(key: &str, source: &Units, trans: &Units) -> bool {
    let Some((term, _)) = key.split_once('.') else {
        return false;
    };
    if !term.starts_with('-') || !source.contains_key(term) {
        return false;
    }
    trans.values().any(|u| {
        u.text.match_indices(key).any(|(i, _)| {
            let next = u.text[i + key.len()..].chars().next();
            !next.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
        })
    })
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

/// Builds an updated record, confirming only what the translator has seen:
///
/// - a unit `named` (by id on the command line) is recorded as current, whatever its state;
/// - with `all`, every translation is, except scaffolded copies still untouched and copies
///   identical to the source (an untranslated copy never becomes a translation by accident);
/// - otherwise a new (unrecorded) translation is recorded, and an edited one whose record still
///   names the current source gets its new fingerprint; an edited translation whose source
///   moved on keeps its old record, and stays stale until confirmed against the new source.
///
/// Records of units that are no longer translated are dropped.
pub fn refresh(
    source: &Units,
    trans: &Units,
    record: &Record,
    named: &dyn Fn(&str) -> bool,
    all: bool,
) -> Record {
    let mut out = BTreeMap::new();
    for (key, t) in trans {
        let Some(s) = source.get(key) else { continue };
        let fp = fingerprint(&t.text);
        let old = record.0.get(key);
        let copy = normalize(&t.text) == normalize(&s.text);
        let names_source = |r: &Recorded| match &r.source_fp {
            Some(sfp) => *sfp == fingerprint(&s.text),
            None => normalize(&r.source) == normalize(&s.text),
        };
        let r = if named(key) {
            Some(current(s, fp))
        } else {
            match old {
                None if copy => None,
                None => Some(current(s, fp)),
                Some(r) if r.translation == fp => {
                    if all && !r.untranslated && !copy {
                        Some(current(s, fp))
                    } else {
                        Some(r.clone())
                    }
                }
                Some(r) if names_source(r) && !copy => Some(current(s, fp)),
                Some(_) if all && !copy => Some(current(s, fp)),
                Some(r) => Some(r.clone()),
            }
        };
        if let Some(r) = r {
            out.insert(key.clone(), r);
        }
    }
    Record(out)
}

/// A record saying the translation `fp` is up to date with the source unit.
pub fn current(s: &Unit, fp: String) -> Recorded {
    // Pages keep their whole text too, so a later change shows as a word-level difference.
    Recorded {
        translation: fp,
        source: s.text.clone(),
        source_fp: None,
        untranslated: false,
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
                .help(match &it.diff {
                    Some(d) => format!(
                        "the {source_lang} source changed: {d}\nupdate the translation, then run `govdoc i18n mark-current {lang} {}` (editing alone does not confirm it)",
                        it.key
                    ),
                    None => format!(
                        "the {source_lang} source changed (an earlier version, recorded without its text)\nupdate the translation, then run `govdoc i18n mark-current {lang} {}` (editing alone does not confirm it)",
                        it.key
                    ),
                }),
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
            position: None,
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
        // Edited since recorded, but the source moved on: still stale.
        assert_eq!(
            standing(&s, &t, Some(&rec("Gammel tekst", "Texto viejo"))),
            Standing::Stale("Gammel tekst".into())
        );
        // Edited since recorded, the source unchanged: current.
        assert_eq!(
            standing(&s, &t, Some(&rec("Ny tekst", "Texto viejo"))),
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
            .map(|(k, v)| unit(k, v))
            .collect();
        let trans: Units = [("a", "a es"), ("b", "b es"), ("gone", "x")]
            .iter()
            .map(|(k, v)| unit(k, v))
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
        let new = refresh(&source, &trans, &old, &|_| false, false);
        assert_eq!(new.0["a"].source, "A gammel", "stale stays stale");
        assert_eq!(new.0["b"].source, "B", "unrecorded gets recorded");
        assert!(
            !new.0.contains_key("gone"),
            "obsolete units are not recorded"
        );
        let forced = refresh(&source, &trans, &old, &|k| k == "a", false);
        assert_eq!(forced.0["a"].source, "A ny");
    }

    #[test]
    fn word_diff_shows_only_what_changed() {
        assert_eq!(
            word_diff(
                "Eier systemet og prosessen.",
                "Eier systemet, prosessen og dataene."
            ),
            "Eier [-systemet-]{+systemet, prosessen+} og [-prosessen.-]{+dataene.+}"
        );
        let d = word_diff("Forum for endringer.", "Forum for å prioritere endringer.");
        assert_eq!(d, "Forum for {+å prioritere+} endringer.");
        let long_old = format!("{} gammel {}", "ord ".repeat(30), "slutt ".repeat(30));
        let long_new = format!("{} ny {}", "ord ".repeat(30), "slutt ".repeat(30));
        let d = word_diff(&long_old, &long_new);
        assert!(
            d.contains("[-gammel-]") && d.contains("{+ny+}") && d.contains('…'),
            "{d}"
        );
        assert!(d.len() < 120, "long unchanged runs are shortened: {d}");
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
