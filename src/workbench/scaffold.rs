//! `govdoc i18n scaffold LANG`: appends every message the language lacks to the translation
//! file that mirrors the source file (`locales/nb/roles.ftl` → `locales/es/roles.ftl`).
//!
//! Each added message gets the source text as its value, so the translator finds the structure
//! (placeables, selectors, attributes) ready to edit, and the same text as a comment above it,
//! which stays as a reference after the value is overwritten. The record marks the copies as
//! `untranslated`: status counts them as missing and the build shows them as fallback text until
//! the value is edited. Existing text is never touched: new entries are only appended, so a
//! second run finds nothing missing and changes nothing.

use super::record::{Record, Recorded};
use super::status::{mirror_path, refresh};
use super::units::{entry_block, fingerprint, units, Unit};
use crate::diagnostics::{Diagnostic, Location};
use crate::i18n::Catalogues;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a scaffold run did.
#[derive(Debug, Default)]
pub struct ScaffoldReport {
    /// Files appended to (or created), relative to the site root, with the number of entries.
    pub files: Vec<(PathBuf, usize)>,
    /// Whether the record changed.
    pub record_changed: bool,
    /// Things scaffold cannot do (missing attributes of existing entries, missing pages).
    pub notes: Vec<Diagnostic>,
}

/// Appends the missing messages of `lang` under `root` and updates its record.
pub fn scaffold(
    root: &Path,
    cats: &Catalogues,
    lang: &str,
    record: &Record,
) -> Result<ScaffoldReport, Diagnostic> {
    let no_lang = || {
        Diagnostic::error(
            "i18n::language",
            format!("`{lang}` is not a language of the site"),
        )
    };
    let cat = cats.by_lang.get(lang).ok_or_else(no_lang)?;
    let src = cats.by_lang.get(&cats.source).ok_or_else(no_lang)?;
    let source_units = units(src);
    let trans_units = units(cat);
    let mut report = ScaffoldReport::default();
    let mut appends: BTreeMap<PathBuf, (usize, String)> = BTreeMap::new();
    let mut added: Vec<&Unit> = Vec::new();
    // Source files in order, entries in file order: the translation file reads like the source.
    for file in &src.files {
        for entry in &file.entries {
            let winner = src
                .entry(&entry.id)
                .is_some_and(|(f, e)| std::ptr::eq(f, &**file) && e.index == entry.index);
            if !winner {
                continue;
            }
            let entry_units: Vec<&Unit> = source_units
                .values()
                .filter(|u| u.entry == entry.id)
                .collect();
            if cat.entry(&entry.id).is_none() {
                let target = mirror_path(&file.source.display, &cats.source, lang);
                let block = entry_block(&file.source.text, entry.offset).trim_end();
                let slot = appends.entry(target).or_default();
                slot.0 += 1;
                slot.1.push('\n');
                for (i, line) in block.lines().enumerate() {
                    let comment = if i == 0 {
                        format!(
                            "# {}: {}",
                            cats.source,
                            line.split_once('=').map_or(line, |(_, v)| v).trim()
                        )
                    } else {
                        format!("# {}", line.trim_end())
                    };
                    slot.1.push_str(comment.trim_end());
                    slot.1.push('\n');
                }
                slot.1.push_str(block);
                slot.1.push('\n');
                added.extend(entry_units);
            } else {
                for u in entry_units
                    .iter()
                    .filter(|u| !trans_units.contains_key(&u.key))
                {
                    let at = cat.entry(&entry.id).map(|(f, e)| f.locate(e));
                    report.notes.push(
                        Diagnostic::note(
                            "i18n::scaffold-attribute",
                            format!(
                                "`{}` lacks `{}`; scaffold does not change existing entries",
                                entry.id, u.key
                            ),
                        )
                        .at_opt(at)
                        .help(format!(
                            "add `.{} = …` to this entry by hand ({}: {})",
                            u.key.rsplit('.').next().unwrap_or(""),
                            cats.source,
                            u.text
                        )),
                    );
                }
            }
        }
    }
    for (page, file) in &src.prose {
        if !cat.prose.contains_key(page) {
            report.notes.push(
                Diagnostic::note(
                    "i18n::scaffold-page",
                    format!("page `{page}` has no `{lang}` text"),
                )
                .at(Location::file_only(file.display.clone()))
                .help(format!(
                    "copy it to {} and translate it",
                    mirror_path(&file.display, &cats.source, lang).display()
                )),
            );
        }
    }
    for (target, (count, text)) in &appends {
        append(&root.join(target), text)?;
        report.files.push((target.clone(), *count));
    }
    let mut new_record = refresh(&source_units, &trans_units, record, &|_| false, false);
    for u in added {
        new_record.0.insert(
            u.key.clone(),
            Recorded {
                translation: fingerprint(&u.text),
                source: u.text.clone(),
                source_fp: None,
                untranslated: true,
            },
        );
    }
    report.record_changed = new_record.write(root, lang, &cats.source)?;
    Ok(report)
}

/// Appends text to a file, starting it on a fresh line; creates the file (and folders) if needed.
fn append(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let err = |e: std::io::Error| {
        Diagnostic::error(
            "i18n::scaffold",
            format!("cannot write {}: {e}", path.display()),
        )
        .at(Location::file_only(path.to_path_buf()))
        .help("check that the folder is writable")
    };
    let existing = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(err(e)),
    };
    let mut out = existing;
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(if out.is_empty() {
        text.trim_start_matches('\n')
    } else {
        text
    });
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    std::fs::write(path, out).map_err(err)
}
