//! `govdoc i18n export LANG` and `govdoc i18n import FILE`: the missing and stale texts of a
//! language as an XLIFF 1.2 file for translation agencies' tools, and their translations back
//! into the `.ftl` files.
//!
//! XLIFF 1.2 rather than 2.x: it is the version that CAT tools and agencies' pipelines read and
//! write (Trados, memoQ, Phrase, OmegaT, Weblate, Crowdin…); 2.x support is still partial. The
//! export validates against the OASIS XLIFF 1.2 strict schema (`schemas/`).
//!
//! One `<file>` per translation file (`original` is the `.ftl` file the texts go to), one
//! `<trans-unit>` per unit (`id` and `resname` are the unit key: `id`, `id.attr`, `-term`).
//! A stale unit carries its current translation as `<target state="needs-review-translation">`
//! and the source it was made from as a note; a missing unit has no target. The Fluent comment
//! and the source file and line are context. Texts are Fluent patterns as written (placeables
//! such as `{ $name }` kept), multi-line ones dedented, under `xml:space="preserve"`.
//!
//! Import writes a unit when its target is not empty and either differs from the translation in
//! the file or is marked `translated`, `signed-off` or `final` (a reviewed, unchanged stale
//! translation): it replaces the unit's text in place, adds a missing attribute at the end of
//! its entry, or appends a missing entry to the file. Nothing else in the file changes. The
//! written units are then confirmed in the translation record against the current source.

use super::commands::Workbench;
use super::status::{current, lang_status, mirror_path};
use super::units::{entry_block, fingerprint, normalize, units, Unit};
use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::i18n::{FtlFile, LocaleCatalogue};
use crate::load::SourceFile;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What an export wrote.
#[derive(Debug, Default)]
pub struct Exported {
    /// The XLIFF document.
    pub xml: String,
    /// Missing units exported.
    pub missing: usize,
    /// Stale units exported.
    pub stale: usize,
    /// Prose pages left out (they are translated as whole Markdown files).
    pub pages: usize,
}

/// Text escaped for XML content and attribute values.
pub(crate) use crate::markup::escape as esc;

struct ExportUnit {
    key: String,
    source: String,
    old_source: Option<String>,
    translation: Option<String>,
    comment: Option<String>,
    source_file: PathBuf,
    line: usize,
}

/// The missing and stale texts of `lang` as XLIFF 1.2.
pub fn export(bench: &Workbench, lang: &str) -> Result<Exported, Diagnostic> {
    let no_lang = || {
        Diagnostic::error(
            "i18n::language",
            format!("`{lang}` is not a language of the site"),
        )
    };
    let src = bench
        .cats
        .by_lang
        .get(&bench.cats.source)
        .ok_or_else(no_lang)?;
    let cat = bench.cats.by_lang.get(lang).ok_or_else(no_lang)?;
    let source = units(src);
    let trans = units(cat);
    let record = bench.records.get(lang).cloned().unwrap_or_default();
    let st = lang_status(lang, &bench.cats.source, &source, &trans, &record);
    let mut out = Exported::default();
    let mut files: BTreeMap<PathBuf, Vec<ExportUnit>> = BTreeMap::new();
    for (item, stale) in st
        .missing_items
        .iter()
        .map(|i| (i, false))
        .chain(st.stale_items.iter().map(|i| (i, true)))
    {
        let Some(s) = source.get(&item.key) else {
            continue;
        };
        if s.is_page() {
            out.pages += 1;
            continue;
        }
        let t = trans.get(&item.key);
        let target_file = match (t, &item.target) {
            (Some(t), _) if !t.theme => t.file.display.clone(),
            (_, Some(p)) if !p.starts_with("<embedded>") => p.clone(),
            _ => mirror_path(&s.file.display, &bench.cats.source, lang),
        };
        let unit = ExportUnit {
            key: item.key.clone(),
            source: s.text.clone(),
            old_source: item.old_source.clone(),
            translation: if stale {
                t.map(|t| t.text.clone())
            } else {
                None
            },
            comment: s.comment.clone().or_else(|| {
                src.entry(&s.entry)
                    .and_then(|(f, e)| comment_above(&f.source.text, e.offset))
            }),
            source_file: s.file.display.clone(),
            line: s.location().line,
        };
        if stale {
            out.stale += 1;
        } else {
            out.missing += 1;
        }
        files.entry(target_file).or_default().push(unit);
    }
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
    for (file, us) in &files {
        let _ = writeln!(
            x,
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\">",
            esc(&file.to_string_lossy()),
            esc(&bench.cats.source),
            esc(lang)
        );
        x.push_str("    <header>\n      <tool tool-id=\"govdoc\" tool-name=\"govdoc\"/>\n    </header>\n    <body>\n");
        for u in us {
            let _ = writeln!(
                x,
                "      <trans-unit id=\"{0}\" resname=\"{0}\" xml:space=\"preserve\">",
                esc(&u.key)
            );
            let _ = writeln!(x, "        <source>{}</source>", esc(&u.source));
            if let Some(t) = &u.translation {
                let _ = writeln!(
                    x,
                    "        <target state=\"needs-review-translation\">{}</target>",
                    esc(t)
                );
            }
            let _ = writeln!(
                x,
                "        <context-group purpose=\"location\">\n          <context context-type=\"sourcefile\">{}</context>\n          <context context-type=\"linenumber\">{}</context>\n          <context context-type=\"x-fluent-id\">{}</context>\n        </context-group>",
                esc(&u.source_file.to_string_lossy()),
                u.line,
                esc(&u.key)
            );
            if let Some(c) = &u.comment {
                let _ = writeln!(
                    x,
                    "        <note from=\"fluent-comment\" annotates=\"source\">{}</note>",
                    esc(c)
                );
            }
            if let Some(o) = &u.old_source {
                let _ = writeln!(
                    x,
                    "        <note from=\"govdoc-old-source\" annotates=\"source\">The translation was made from this earlier source text; update it to the new source: {}</note>",
                    esc(o)
                );
            }
            x.push_str("      </trans-unit>\n");
        }
        x.push_str("    </body>\n  </file>\n");
    }
    x.push_str("</xliff>\n");
    out.xml = x;
    Ok(out)
}

/// The `# …` comment lines right above an entry (the runtime parser drops comments).
fn comment_above(text: &str, offset: usize) -> Option<String> {
    let before = text.get(..offset)?;
    let mut lines: Vec<&str> = Vec::new();
    for l in before.lines().rev() {
        match l.strip_prefix('#') {
            Some(rest) if !rest.starts_with('#') => {
                lines.push(rest.strip_prefix(' ').unwrap_or(rest))
            }
            _ => break,
        }
    }
    lines.reverse();
    let c = lines.join("\n");
    (!c.trim().is_empty()).then_some(c)
}

/// One translated unit read from an XLIFF file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportUnit {
    /// The `.ftl` file (`<file original>`).
    pub file: PathBuf,
    /// Unit key.
    pub key: String,
    /// The target text.
    pub target: String,
    /// The target's `state`.
    pub state: Option<String>,
}

/// The translations of an XLIFF file: (target language, units).
pub fn parse(text: &str) -> Result<(String, Vec<ImportUnit>), Diagnostic> {
    let bad = |msg: String| {
        Diagnostic::error("i18n::xliff", msg)
            .help("the file must be XLIFF 1.2 as written by `govdoc i18n export`")
    };
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut lang: Option<String> = None;
    let mut file = PathBuf::new();
    let mut key: Option<String> = None;
    let mut target: Option<(String, Option<String>)> = None;
    let mut in_target = false;
    let mut out = Vec::new();
    let attr = |e: &quick_xml::events::BytesStart, name: &[u8]| -> Option<String> {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
    };
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| bad(format!("not well-formed XML: {e}")))?;
        let is_empty = matches!(ev, Event::Empty(_));
        match ev {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"xliff" => {
                    let v = attr(&e, b"version").unwrap_or_default();
                    if v != "1.2" {
                        return Err(bad(format!("XLIFF version `{v}`, expected `1.2`")));
                    }
                }
                b"file" => {
                    file = PathBuf::from(attr(&e, b"original").unwrap_or_default());
                    if let Some(l) = attr(&e, b"target-language") {
                        lang = Some(l);
                    }
                }
                b"trans-unit" => key = attr(&e, b"id"),
                b"target" => {
                    target = Some((String::new(), attr(&e, b"state")));
                    in_target = !is_empty;
                }
                _ => {}
            },
            Event::Text(t) if in_target => {
                let s = t
                    .unescape()
                    .map_err(|e| bad(format!("bad text in a target: {e}")))?;
                if let Some((buf, _)) = target.as_mut() {
                    buf.push_str(&s);
                }
            }
            Event::CData(t) if in_target => {
                if let Some((buf, _)) = target.as_mut() {
                    buf.push_str(&String::from_utf8_lossy(&t.into_inner()));
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"target" => in_target = false,
                b"trans-unit" => {
                    if let (Some(k), Some((t, state))) = (key.take(), target.take()) {
                        out.push(ImportUnit {
                            file: file.clone(),
                            key: k,
                            target: t,
                            state,
                        });
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    let lang = lang.ok_or_else(|| bad("no `<file target-language=…>`".into()))?;
    Ok((lang, out))
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Imported {
    /// The language.
    pub lang: String,
    /// Units written into `.ftl` files, by file.
    pub files: BTreeMap<PathBuf, usize>,
    /// Units confirmed in the record.
    pub confirmed: usize,
    /// Units left alone (no target, or an unchanged target not marked translated).
    pub skipped: usize,
}

/// An entry the language lacks: its id and its units' (key, text).
type NewEntry = (String, Vec<(String, String)>);

/// One edit of a file: replace `start..end` with `text`.
type Edit = (usize, usize, String);

/// A unit's text as Fluent source after `head` (`id =` or `    .attr =`).
fn render(head: &str, text: &str) -> String {
    let indent = head.len() - head.trim_start().len() + 4;
    let pad = " ".repeat(indent);
    let text = text.trim_end();
    if !text.contains('\n') {
        return format!("{head} {}\n", text.trim_start());
    }
    let mut s = format!("{head}\n");
    for l in text.lines() {
        if l.trim().is_empty() {
            s.push('\n');
        } else {
            s.push_str(&pad);
            s.push_str(l);
            s.push('\n');
        }
    }
    s
}

/// `id =` or `    .attr =` of the unit's first line.
fn head_of(u: &Unit) -> String {
    let line = u.file.text[u.span.0..].lines().next().unwrap_or("");
    match line.split_once('=') {
        Some((h, _)) => format!("{}=", h),
        None => format!("{} =", u.entry),
    }
}

/// Writes the translations of an XLIFF file into the site's `.ftl` files and confirms them.
pub fn import(root: &Path, text: &str) -> Result<Imported, Diagnostics> {
    let one = |d: Diagnostic| Diagnostics(vec![d]);
    let (lang, list) = parse(text).map_err(one)?;
    let bench = Workbench::open(root)?;
    bench.languages(std::slice::from_ref(&lang)).map_err(one)?;
    let src = &bench.cats.by_lang[&bench.cats.source];
    let cat: &LocaleCatalogue = &bench.cats.by_lang[&lang];
    let source = units(src);
    let trans = units(cat);
    let mut report = Imported {
        lang: lang.clone(),
        ..Imported::default()
    };
    let mut edits: BTreeMap<PathBuf, Vec<Edit>> = BTreeMap::new();
    // New entries per file, in the order of the XLIFF file: (entry id, [(key, text)]).
    let mut new_entries: BTreeMap<PathBuf, Vec<NewEntry>> = BTreeMap::new();
    let mut confirm: Vec<String> = Vec::new();
    let mut errors = Vec::new();
    for u in &list {
        let Some(s) = source.get(&u.key) else {
            errors.push(
                Diagnostic::error(
                    "i18n::unknown-id",
                    format!("`{}` is not a text of the source language", u.key),
                )
                .help("the source changed since the export; export again"),
            );
            continue;
        };
        let current = trans.get(&u.key).filter(|t| !t.theme);
        let reviewed = matches!(
            u.state.as_deref(),
            Some("translated" | "signed-off" | "final")
        );
        let changed = current.is_none_or(|t| normalize(&t.text) != normalize(&u.target))
            && normalize(&u.target) != normalize(&s.text);
        if u.target.trim().is_empty() || !(changed || reviewed) {
            report.skipped += 1;
            continue;
        }
        confirm.push(u.key.clone());
        if !changed {
            // Reviewed and unchanged: only the record changes.
            continue;
        }
        match current {
            Some(t) => {
                let head = head_of(t);
                edits.entry(t.file.display.clone()).or_default().push((
                    t.span.0,
                    t.span.1,
                    render(&head, &u.target),
                ));
                *report.files.entry(t.file.display.clone()).or_default() += 1;
            }
            None => {
                let site_entry = cat
                    .entry(&s.entry)
                    .filter(|(f, _)| !f.theme && f.source.display == u.file);
                if let (Some((f, e)), Some(attr)) =
                    (site_entry, u.key.strip_prefix(&format!("{}.", s.entry)))
                {
                    let end = e.offset + entry_block(&f.source.text, e.offset).len();
                    let mut line = render(&format!("    .{attr} ="), &u.target);
                    if !f.source.text[..end].ends_with('\n') {
                        line.insert(0, '\n');
                    }
                    edits
                        .entry(f.source.display.clone())
                        .or_default()
                        .push((end, end, line));
                } else {
                    let slot = new_entries.entry(u.file.clone()).or_default();
                    match slot.iter_mut().find(|(id, _)| *id == s.entry) {
                        Some((_, parts)) => parts.push((u.key.clone(), u.target.clone())),
                        None => {
                            slot.push((s.entry.clone(), vec![(u.key.clone(), u.target.clone())]))
                        }
                    }
                }
                *report.files.entry(u.file.clone()).or_default() += 1;
            }
        }
    }
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    // Every file the import touches must exist or be new under the language's folder.
    let lang_dir = Path::new("locales").join(&lang);
    let mut texts: BTreeMap<PathBuf, String> = BTreeMap::new();
    for file in edits.keys().chain(new_entries.keys()) {
        if !file.starts_with(&lang_dir) || file.extension().is_none_or(|e| e != "ftl") {
            return Err(one(Diagnostic::error(
                "i18n::xliff",
                format!(
                    "`{}` is not a Fluent file of `{lang}` (locales/{lang}/…ftl)",
                    file.display()
                ),
            )));
        }
        let text = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        texts.insert(file.clone(), text);
    }
    for (file, mut es) in edits {
        let text = texts.get_mut(&file).expect("read above");
        es.sort_by_key(|e| std::cmp::Reverse(e.0));
        for (start, end, new) in es {
            text.replace_range(start..end, &new);
        }
    }
    for (file, entries) in new_entries {
        let text = texts.get_mut(&file).expect("read above");
        for (id, parts) in entries {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            if !text.is_empty() {
                text.push('\n');
            }
            let value = parts.iter().find(|(k, _)| *k == id);
            match value {
                Some((_, v)) => text.push_str(&render(&format!("{id} ="), v)),
                None => text.push_str(&format!("{id} =\n")),
            }
            for (k, v) in parts.iter().filter(|(k, _)| *k != id) {
                let attr = k.strip_prefix(&format!("{id}.")).unwrap_or(k);
                text.push_str(&render(&format!("    .{attr} ="), v));
            }
        }
    }
    // Refuse to write a file the import would break.
    for (file, text) in &texts {
        let parsed = FtlFile::parse(SourceFile::new(file.clone(), text.as_str()), false);
        if !parsed.errors.is_empty() {
            let mut ds = parsed.errors;
            ds.insert(
                0,
                Diagnostic::error(
                    "i18n::xliff",
                    format!(
                        "the translations would break {}; no file was changed",
                        file.display()
                    ),
                )
                .at(Location::file_only(file.clone()))
                .help("fix the Fluent syntax of the targets named below and import again"),
            );
            return Err(Diagnostics(ds));
        }
    }
    for (file, text) in &texts {
        let p = root.join(file);
        if let Some(parent) = p.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        std::fs::write(&p, text).map_err(|e| {
            one(Diagnostic::error(
                "i18n::xliff",
                format!("cannot write {}: {e}", p.display()),
            ))
        })?;
    }
    if !confirm.is_empty() {
        // Only the imported units are confirmed: other unrecorded translations stay as they are.
        let bench = Workbench::open(root)?;
        let source = units(&bench.cats.by_lang[&bench.cats.source]);
        let trans = units(&bench.cats.by_lang[&lang]);
        let mut record = bench.records.get(&lang).cloned().unwrap_or_default();
        for key in &confirm {
            if let (Some(s), Some(t)) = (source.get(key), trans.get(key)) {
                record
                    .0
                    .insert(key.clone(), current(s, fingerprint(&t.text)));
            }
        }
        record.write(root, &lang, &bench.cats.source).map_err(one)?;
    }
    report.confirmed = confirm.len();
    Ok(report)
}
