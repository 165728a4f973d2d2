//! A language's catalogue (its Fluent bundle, built from the theme's and the site's files, the
//! site winning) and a [`Localizer`] that looks words up through the fallback chain.

use super::formatted::{FormatCache, Formatted, Shape};
use super::resource::{EntryInfo, FtlFile};
use crate::diagnostics::Diagnostic;
use crate::load::SourceFile;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use index::Index;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

mod index;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Everything one language says: messages, terms and prose pages.
pub struct LocaleCatalogue {
    /// Language code.
    pub lang: String,
    /// Its `.ftl` files, theme files first.
    pub files: Vec<Arc<FtlFile>>,
    /// Prose pages by page id.
    pub prose: HashMap<String, Arc<SourceFile>>,
    pub(super) bundle: Bundle,
    /// Where each id is defined, and where its text stands when it is plain ([`index`]).
    pub(super) index: Index,
    /// Ids defined twice within the site's (or within the theme's) files.
    pub duplicates: Vec<Diagnostic>,
    /// Units (`id`, `id.attr`) that are still scaffolded copies of the source: looked up as
    /// missing, so they come from the fallback language and `--drafts` marks them.
    pub untranslated: HashSet<String>,
    /// Entries (`id`) and units (`id.attr`) whose translation is broken (a syntax error, a
    /// duplicate id, an unknown variable or reference, a missing variable): looked up as
    /// missing, so they come from the fallback language, always marked with its language.
    pub broken: HashSet<String>,
    /// What is wrong in this language's own text (`workbench::check::broken_text`), kept
    /// because it depends on the files alone and costs most of a save under `--watch` at
    /// 10,000 entities; cleared whenever a file is patched in.
    pub(crate) text_findings: std::sync::OnceLock<Vec<Diagnostic>>,
    /// What is wrong in its references (`workbench::check`), each finding with the entry it
    /// applies to only when that entry is a content message (`None`: always); kept and cleared
    /// like `text_findings`.
    pub(crate) reference_findings: std::sync::OnceLock<Vec<(Option<String>, Diagnostic)>>,
    /// Texts without arguments formatted so far; dropped whenever a file is patched in.
    pub(super) formatted: std::sync::OnceLock<FormatCache>,
    /// The bundle changes every text it formats (the pseudo-locale), plain ones included.
    transforms: bool,
}

impl std::fmt::Debug for LocaleCatalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleCatalogue")
            .field("lang", &self.lang)
            .field("entries", &self.index.len())
            .finish()
    }
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
        bundle.set_formatter(Some(super::numbers::format_value));
        if pseudo {
            bundle.set_transform(Some(super::pseudo::transform));
        }
        let entries = files.iter().map(|f| f.entries.len()).sum();
        let mut index = Index::new(&files, entries);
        let mut duplicates = Vec::new();
        for (fi, file) in files.iter().enumerate() {
            bundle.add_resource_overriding(file.resource.clone());
            for (ei, entry) in file.entries.iter().enumerate() {
                if let Some((pf, pe)) = index.insert(fi, ei, entry) {
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
            }
        }
        LocaleCatalogue {
            lang: lang.to_string(),
            files,
            prose,
            bundle,
            index,
            duplicates,
            untranslated: HashSet::new(),
            broken: HashSet::new(),
            text_findings: std::sync::OnceLock::new(),
            reference_findings: std::sync::OnceLock::new(),
            formatted: std::sync::OnceLock::new(),
            transforms: pseudo,
        }
    }

    /// Whether the language itself defines (and has translated) this message or term (`-term`).
    pub fn has(&self, id: &str) -> bool {
        super::deps::note(&self.lang, id);
        self.index.contains(id) && !self.untranslated.contains(id)
    }

    /// Whether the entry `id` (or its attribute `attr`) is a broken translation.
    #[inline]
    pub fn is_broken(&self, id: &str, attr: Option<&str>) -> bool {
        // Asked before every look-up, nearly always of an empty set: that test stays inline.
        !self.broken.is_empty() && self.is_broken_in(id, attr)
    }

    fn is_broken_in(&self, id: &str, attr: Option<&str>) -> bool {
        self.broken.contains(id) || attr.is_some_and(|a| self.broken.contains(&format!("{id}.{a}")))
    }

    /// The file and entry defining an id.
    pub fn entry(&self, id: &str) -> Option<(&FtlFile, &EntryInfo)> {
        self.index.get(id).and_then(|hit| self.entry_at(hit.at))
    }

    /// Every id this language defines with where it is defined (for [`Self::entry_at`]), in
    /// no particular order: one pass over the index instead of a look-up per id.
    pub fn positions(&self) -> impl Iterator<Item = (&str, (usize, usize))> {
        super::deps::note(&self.lang, super::deps::ANY_ID);
        self.index.iter()
    }

    /// The file and entry at a position from [`Self::positions`].
    pub fn entry_at(&self, (file, entry): (usize, usize)) -> Option<(&FtlFile, &EntryInfo)> {
        let f = self.files.get(file)?;
        Some((f, f.entries.get(entry)?))
    }

    /// Every id this language defines.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        super::deps::note(&self.lang, super::deps::ANY_ID);
        self.index.iter().map(|(id, _)| id)
    }

    /// Formats a message, a message attribute, or a term (`-term`) in this language only.
    pub fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Formatted> {
        super::deps::note(&self.lang, id);
        // The index, not the bundle, says what exists: a bundle patched by the watcher may
        // still hold messages that were deleted from the files.
        let hit = self.index.get(id)?;
        if self.is_untranslated(id, attr) || self.is_broken(id, attr) {
            return None;
        }
        if attr.is_none() && !self.transforms {
            // What `format_entry` returns for a plain text, read from where the index points,
            // without the parse tree and the kept slots (each a cache miss at scale).
            if let Some(text) = hit.plain {
                return Some((text.to_string(), Vec::new()));
            }
        }
        if attr.is_some() && !hit.attributes {
            return None;
        }
        let at = hit.at;
        let kept = self.formatted.get_or_init(|| FormatCache::new(&self.files));
        match args {
            Some(args) => kept.get_with(&self.files, at, attr, args, || {
                self.format_entry(at, id, attr, Some(args), false)
                    .map(|(f, _)| f)
            }),
            None => kept.get(&self.files, at, attr, |clean| {
                self.format_entry(at, id, attr, None, clean)
            }),
        }
    }

    fn is_untranslated(&self, id: &str, attr: Option<&str>) -> bool {
        !self.untranslated.is_empty()
            && match attr {
                None => self.untranslated.contains(id),
                Some(a) => self.untranslated.contains(&format!("{id}.{a}")),
            }
    }

    /// Formats entry `at` (the index's place of `id`) and says whether the text is plain (no
    /// placeable: nothing to resolve). The pattern is read from the entry's own file, not
    /// looked up by id in the bundle a second time, and a plain text is the text as written
    /// (what Fluent returns for it) unless the pseudo-locale transforms it: most texts on a
    /// page are plain, and each went through a hash look-up and the resolver. `clean`: the
    /// text is known to hold no control character (an earlier call found none).
    fn format_entry(
        &self,
        (fi, ei): (usize, usize),
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
        clean: bool,
    ) -> Option<(Formatted, Shape)> {
        let file = self.files.get(fi)?;
        let entry = file.entries.get(ei)?;
        let (value, attributes, term) = match file.resource.get_entry(entry.index)? {
            ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes, false),
            ast::Entry::Term(t) => (Some(&t.value), &t.attributes, true),
            _ => return None,
        };
        debug_assert_eq!(term, id.starts_with('-'));
        let pattern = match attr {
            Some(a) => &attributes.iter().find(|x| x.id.name == a)?.value,
            None => value?,
        };
        if !self.transforms {
            match pattern.elements.as_slice() {
                [] => return Some(((String::new(), Vec::new()), Shape::Plain { clean: true })),
                [ast::PatternElement::TextElement { value }] => {
                    let clean = clean || !hides_controls(value);
                    let text = if clean {
                        value.to_string()
                    } else {
                        visible(value.to_string())
                    };
                    return Some(((text, Vec::new()), Shape::Plain { clean }));
                }
                _ => {}
            }
        }
        let is_plain = matches!(
            pattern.elements.as_slice(),
            [] | [ast::PatternElement::TextElement { .. }]
        );
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if term {
            // A term may take parameters (`{ -system-owner(form: "definite") }` in a message);
            // named on its own, as in a heading, it has none, and its default variant is the
            // base form: that is the intended text, not an error.
            errors.retain(|e| !is_unknown_variable(e));
        }
        let shape = match is_plain {
            // Transformed on every use: nothing is known about the next result.
            true => Shape::Plain { clean: false },
            false => Shape::Resolved,
        };
        Some((
            (
                visible(text),
                errors.iter().map(|e| e.to_string()).collect(),
            ),
            shape,
        ))
    }
}

/// Control characters other than line breaks and tabs (a `{ "\u001B" }` escape, a stray byte
/// from a paste) become U+FFFD: HTML, SVG and iCalendar do not allow them, and a terminal
/// escape in a feed or export would reach whatever shows it.
fn visible(text: String) -> String {
    if !hides_controls(&text) {
        return text;
    }
    text.chars()
        .map(|c| if is_hidden_control(c) { '\u{FFFD}' } else { c })
        .collect()
}

fn is_hidden_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Whether `text` holds a character [`is_hidden_control`] rejects, read byte by byte: every
/// text of every page is checked, and a scan by `char` that stops at the first match cost as
/// much as the rest of the look-up. In UTF-8 the control characters are the bytes below 0x20,
/// 0x7F, and C2 80–C2 9F (U+0080–U+009F); a whole-slice fold without early exit vectorizes.
/// Every plain text of a site is checked when its file is parsed: one fold for the bytes that
/// may start a control character, which most texts lack, comes first (half the instructions).
pub(super) fn hides_controls(text: &str) -> bool {
    let b = text.as_bytes();
    if !b.iter().fold(false, |acc, &c| {
        acc | (c < 0x20) | (c == 0x7f) | (c == 0xc2)
    }) {
        return false;
    }
    let low = b.iter().fold(false, |acc, &c| {
        acc | ((c < 0x20) & (c != b'\n') & (c != b'\t')) | (c == 0x7f)
    });
    let c1 = b
        .iter()
        .zip(b.iter().skip(1))
        .fold(false, |acc, (&c, &d)| acc | ((c == 0xc2) & (d < 0xa0)));
    low | c1
}

fn is_unknown_variable(e: &fluent_bundle::FluentError) -> bool {
    use fluent_bundle::resolver::{errors::ReferenceKind, ResolverError};
    matches!(
        e,
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Variable { .. }
        ))
    )
}

/// `id` (its attribute `attr`) from the first language of `chain` that has it, with that
/// language's place in the chain; text from a fallback language is marked with its language
/// when `mark` says so or the first language's translation is broken.
fn look_up<'c>(
    chain: impl Iterator<Item = &'c LocaleCatalogue>,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
    mut mark: bool,
) -> Option<(usize, String)> {
    let taken = |i: usize, cat: &LocaleCatalogue, text: String, mark: bool| {
        if i > 0 && mark {
            (i, super::drafts::mark(&cat.lang, &text))
        } else {
            (i, text)
        }
    };
    // A text that formats with errors (it refers to a term or message its language lacks)
    // would show `{-term}` on the page; the next language of the chain that formats cleanly
    // is better, and the broken one is only used when no language does better.
    let mut broken: Option<(usize, &LocaleCatalogue, String)> = None;
    for (i, cat) in chain.enumerate() {
        if i == 0 {
            // A broken translation falls back, and the text says which language it is in.
            mark = mark || cat.is_broken(id, attr);
        }
        if let Some((text, errors)) = cat.format(id, attr, args) {
            if errors.is_empty() {
                return Some(taken(i, cat, text, mark));
            }
            broken.get_or_insert((i, cat, text));
        }
    }
    broken.map(|(i, cat, text)| taken(i, cat, text, mark))
}

/// Looks words up for one language through its fallback chain, remembering what fell back.
pub struct Localizer<'a> {
    /// The language first, then its fallbacks.
    pub chain: Vec<&'a LocaleCatalogue>,
    used_fallback: RefCell<Vec<String>>,
    mark: bool,
}

impl<'a> Localizer<'a> {
    /// A localizer over a chain of catalogues (the page's language first).
    pub fn new(chain: Vec<&'a LocaleCatalogue>) -> Self {
        Localizer {
            chain,
            used_fallback: RefCell::new(Vec::new()),
            mark: false,
        }
    }

    /// Whether to mark text taken from a fallback language ([`super::drafts`]).
    pub fn marking(mut self, mark: bool) -> Self {
        self.mark = mark;
        self
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
        let (i, text) = look_up(self.chain.iter().copied(), id, attr, args, self.mark)?;
        if i > 0 {
            self.used_fallback.borrow_mut().push(id.to_string());
        }
        Some(text)
    }

    /// [`Self::get_attr`] in `lang` of `catalogues`, marked when it falls back, without a
    /// localizer: a template's `t()` looks one text up at a time, and building the chain for
    /// each cost half as much as the look-up.
    pub fn look_up_in(
        catalogues: &super::Catalogues,
        lang: &str,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let chain = catalogues.chains.get(lang)?;
        let cats = chain.iter().filter_map(|l| catalogues.by_lang.get(l));
        look_up(cats, id, attr, args, true).map(|(_, text)| text)
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
        self.prose_from(page).map(|(_, p)| p)
    }

    /// A prose page's Markdown through the chain, with the language it was found in.
    pub fn prose_from(&self, page: &str) -> Option<(&'a str, &'a Arc<SourceFile>)> {
        for (i, cat) in self.chain.iter().enumerate() {
            super::deps::note(&cat.lang, &super::deps::prose_key(page));
            if let Some(p) = cat.prose.get(page) {
                if i > 0 {
                    self.used_fallback
                        .borrow_mut()
                        .push(format!("pages/{page}.md"));
                }
                return Some((cat.lang.as_str(), p));
            }
        }
        None
    }

    /// The ids that were taken from a fallback language so far.
    pub fn take_fallbacks(&self) -> Vec<String> {
        std::mem::take(&mut self.used_fallback.borrow_mut())
    }

    /// Counts `ids` as taken from a fallback language: a page showing words that another
    /// page's localizer formatted for it.
    pub fn note_fallbacks(&self, ids: &[String]) {
        self.used_fallback.borrow_mut().extend_from_slice(ids);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_finds_exactly_the_hidden_controls() {
        let all = (0u32..0x3000)
            .chain(0xE000..0xE100)
            .filter_map(char::from_u32);
        for c in all {
            for text in [
                format!("{c}"),
                format!("ab{c}"),
                format!("{c}é"),
                format!("¿x{c}"),
            ] {
                assert_eq!(
                    hides_controls(&text),
                    text.chars().any(is_hidden_control),
                    "{:?}",
                    c as u32
                );
            }
        }
        assert_eq!(visible("a\u{1b}b\u{85}".into()), "a\u{FFFD}b\u{FFFD}");
        assert_eq!(visible("line\n\ttab ¿¡ å".into()), "line\n\ttab ¿¡ å");
    }

    #[test]
    fn plain_texts_are_read_where_the_index_points_and_are_what_fluent_gives() {
        // Before the site's texts: an entry too deep to parse, blanked out byte for byte.
        let deep = format!(
            "deep = {}{}\n",
            "{".repeat(super::super::resource::MAX_NESTING + 1),
            "}".repeat(super::super::resource::MAX_NESTING + 1)
        );
        // An id too long for the table's entries: found by its own string.
        let long = "l".repeat(70_000);
        let theme = "nav = Theme\n    .title = T\nkeep = K\n";
        let site = format!(
            "{deep}nav = Site\n-term = Name\nstray = R\u{1b}x\n{long} = Long\nref = Om {{ -term }}\n"
        );
        let cat = LocaleCatalogue::new(
            "nb",
            "nb".parse().unwrap(),
            vec![
                Arc::new(FtlFile::parse(
                    SourceFile::new("<built-in>/t.ftl", theme),
                    true,
                )),
                Arc::new(FtlFile::parse(
                    SourceFile::new("nb/a.ftl", site.as_str()),
                    false,
                )),
            ],
            HashMap::new(),
            false,
        );
        let plain = |id: &str| cat.index.get(id).and_then(|hit| hit.plain);
        assert_eq!(plain("nav"), Some("Site"));
        assert_eq!(plain("-term"), Some("Name"));
        assert_eq!(plain("ref"), None);
        // Replacing its control character is left to the formatting.
        assert_eq!(plain("stray"), None);
        assert_eq!(plain(&long), None);
        for id in ["nav", "keep", "-term", "stray", &long, "ref"] {
            let at = cat.index.get(id).map(|hit| hit.at).unwrap();
            let slow = cat.format_entry(at, id, None, None, false).map(|(f, _)| f);
            assert_eq!(cat.format(id, None, None), slow, "{id}");
        }
        assert_eq!(cat.format("stray", None, None).unwrap().0, "R\u{FFFD}x");
        assert_eq!(cat.format(&long, None, None).unwrap().0, "Long");
        // The site's `nav` took the theme's over, attributes and all.
        assert_eq!(cat.format("nav", Some("title"), None), None);
        let mut ids: Vec<&str> = cat
            .ids()
            .map(|id| if id == long { "<long>" } else { id })
            .collect();
        ids.sort_unstable();
        assert_eq!(ids, ["-term", "<long>", "keep", "nav", "ref", "stray"]);
        assert_eq!(cat.entry(&long).map(|(_, e)| e.id.len()), Some(70_000));
    }

    #[test]
    fn a_plain_text_is_copied_unread_only_once_it_was_found_clean() {
        let ftl = "clean = Rolle\nstray = Rolle\u{1b}[31m\n";
        let file = FtlFile::parse(SourceFile::new("nb/a.ftl", ftl), false);
        let cat = LocaleCatalogue::new(
            "nb",
            "nb".parse().unwrap(),
            vec![Arc::new(file)],
            HashMap::new(),
            false,
        );
        let at = |id: &str| cat.index.get(id).map(|hit| hit.at).unwrap();
        let shape = |id: &str| {
            cat.format_entry(at(id), id, None, None, false)
                .map(|(_, s)| s)
        };
        assert_eq!(shape("clean"), Some(Shape::Plain { clean: true }));
        assert_eq!(shape("stray"), Some(Shape::Plain { clean: false }));
        for _ in 0..2 {
            assert_eq!(
                cat.format("stray", None, None).map(|(t, _)| t).as_deref(),
                Some("Rolle\u{FFFD}[31m")
            );
            assert_eq!(
                cat.format("clean", None, None).map(|(t, _)| t).as_deref(),
                Some("Rolle")
            );
        }
    }
}
