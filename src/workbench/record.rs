//! The translation record (`locales/<lang>/.source-record`): for every translated unit, the
//! source text it was translated from and a fingerprint of the translation as it was then.
//!
//! Stale detection compares the recorded source with the current one; the translation
//! fingerprint tells whether the translator has edited the translation since (which counts as
//! confirming it). The file holds one entry per unit, sorted by key, each after a blank line, so
//! two branches that translate different messages, even neighbouring ones, change lines with an
//! unchanged line between them and git merges them; it needs no server.
//!
//! ```text
//! role-system-owner-summary = 1f2e3d4c
//!     Eier systemet og prosessen det støtter.
//!
//! nav-roles = 0a1b2c3d untranslated
//!     Roller
//!
//! pages/about.md = 5e6f7a8b source:9c8d7e6f
//! ```
//!
//! The file is not `.ftl`, so it never enters a Fluent bundle.

use crate::diagnostics::{Diagnostic, Location};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The record's file name inside `locales/<lang>/`.
pub const RECORD_FILE: &str = ".source-record";

/// What was recorded for one unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// Fingerprint of the translation when it was recorded.
    pub translation: String,
    /// The source text then (empty for pages, which record only `source_fp`).
    pub source: String,
    /// Fingerprint of the source, for pages.
    pub source_fp: Option<String>,
    /// Added by `scaffold` as a copy of the source, not yet translated.
    pub untranslated: bool,
}

/// A language's record, by unit key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record(pub BTreeMap<String, Recorded>);

/// The record file of a language under a site root.
pub fn path(root: &Path, lang: &str) -> PathBuf {
    root.join("locales").join(lang).join(RECORD_FILE)
}

impl Record {
    /// Reads a language's record; a missing file is an empty record.
    pub fn read(root: &Path, lang: &str) -> Result<Record, Diagnostic> {
        let p = path(root, lang);
        match std::fs::read_to_string(&p) {
            Ok(text) => Ok(Record::parse(&text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Record::default()),
            Err(e) => Err(Diagnostic::error(
                "i18n::record",
                format!("cannot read {}: {e}", p.display()),
            )
            .at(Location::file_only(p))
            .help("check that the file can be read")),
        }
    }

    /// Parses the record format; lines that do not fit are skipped (a merge conflict marker, for
    /// instance, only loses the entries it garbles, which then show as unrecorded).
    pub fn parse(text: &str) -> Record {
        let mut map = BTreeMap::new();
        let mut current: Option<(String, Recorded)> = None;
        for line in text.lines() {
            if let Some(src) = line.strip_prefix("    ") {
                if let Some((_, r)) = current.as_mut() {
                    if !r.source.is_empty() {
                        r.source.push('\n');
                    }
                    r.source.push_str(src);
                }
                continue;
            }
            if let Some((k, r)) = current.take() {
                map.insert(k, r);
            }
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((key, rest)) = line.split_once(" = ") else {
                continue;
            };
            let mut words = rest.split_whitespace();
            let Some(translation) = words.next() else {
                continue;
            };
            let mut r = Recorded {
                translation: translation.to_string(),
                source: String::new(),
                source_fp: None,
                untranslated: false,
            };
            for w in words {
                if w == "untranslated" {
                    r.untranslated = true;
                } else if let Some(fp) = w.strip_prefix("source:") {
                    r.source_fp = Some(fp.to_string());
                }
            }
            current = Some((key.trim().to_string(), r));
        }
        if let Some((k, r)) = current {
            map.insert(k, r);
        }
        Record(map)
    }

    /// The file's text: a header, then one entry per unit in key order.
    pub fn serialize(&self, lang: &str, source_lang: &str) -> String {
        let mut out = format!(
            "# govdoc translation record for `{lang}`: the `{source_lang}` text each translation was made from.\n\
             # Written by `govdoc i18n mark-current` and `govdoc i18n scaffold`; do not edit by hand.\n\
             # Commit it together with the translations. See the translator's guide in the README.\n"
        );
        for (key, r) in &self.0 {
            // A blank line before every entry: two branches that confirm neighbouring entries
            // change lines with an unchanged line between them, which git merges cleanly.
            out.push('\n');
            out.push_str(key);
            out.push_str(" = ");
            out.push_str(&r.translation);
            if r.untranslated {
                out.push_str(" untranslated");
            }
            if let Some(fp) = &r.source_fp {
                out.push_str(" source:");
                out.push_str(fp);
            }
            out.push('\n');
            for l in r.source.lines().filter(|l| !l.trim().is_empty()) {
                out.push_str("    ");
                out.push_str(l);
                out.push('\n');
            }
        }
        out
    }

    /// Writes the record if its text changed; returns whether it did.
    pub fn write(&self, root: &Path, lang: &str, source_lang: &str) -> Result<bool, Diagnostic> {
        let p = path(root, lang);
        let text = self.serialize(lang, source_lang);
        if std::fs::read_to_string(&p).ok().as_deref() == Some(text.as_str()) {
            return Ok(false);
        }
        if self.0.is_empty() && !p.exists() {
            return Ok(false);
        }
        let err = |e: std::io::Error| {
            Diagnostic::error("i18n::record", format!("cannot write {}: {e}", p.display()))
                .at(Location::file_only(p.clone()))
                .help("check that the folder is writable")
        };
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(err)?;
        }
        std::fs::write(&p, text).map_err(err)?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut r = Record::default();
        r.0.insert(
            "b".into(),
            Recorded {
                translation: "11111111".into(),
                source: "two\nlines".into(),
                source_fp: None,
                untranslated: true,
            },
        );
        r.0.insert(
            "a.detail".into(),
            Recorded {
                translation: "22222222".into(),
                source: "{ -x } text".into(),
                source_fp: None,
                untranslated: false,
            },
        );
        r.0.insert(
            "pages/about.md".into(),
            Recorded {
                translation: "33333333".into(),
                source: String::new(),
                source_fp: Some("44444444".into()),
                untranslated: false,
            },
        );
        let text = r.serialize("es", "nb");
        assert!(
            text.find("a.detail = ").unwrap() < text.find("b = ").unwrap(),
            "sorted by key"
        );
        assert_eq!(Record::parse(&text), r);
    }

    #[test]
    fn garbage_lines_are_skipped() {
        let r = Record::parse("<<<<<<< HEAD\na = 12345678\n    src\n=======\n>>>>>>> other\n");
        assert_eq!(r.0.len(), 1);
        assert_eq!(r.0["a"].source, "src");
    }
}
