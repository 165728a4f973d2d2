//! Offline search: a per-language index built with the site, and the page that lists it.
//!
//! For every role, forum, system, risk and prose page the index holds its title, URL, a short
//! text and its word stems (Snowball, by [`rust_stemmers`]: Norwegian for `nb`/`nn`/`no`,
//! Spanish for `es`, English for `en`; other languages keep whole words). The theme's
//! `static/search.js` fetches `/<lang>/search/index.json` and matches the reader's words
//! against the stems; without JavaScript `/<lang>/search/` lists every entry, grouped by kind.
//!
//! Normalisation, the same here and in `search.js`: lower case, then the accents of
//! `á à â ä é è ê ë í ì î ï ó ò ô ö ú ù û ü` are dropped (`æ ø å ñ` are letters of their
//! own and stay). Words are split at every character that is not a letter or digit. Stems
//! shorter than [`MIN_STEM`] are left out of the index; a query word matches a stem when
//! both have at least [`MIN_STEM`] characters and one is a prefix of the other.

use super::engine::Engine;
use super::export::json_str;
use super::views::rows::{Rows, Templates};
use super::views::Words;
use super::PageKind;
use crate::diagnostics::Diagnostic;
use crate::model::messages::field;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::borrow::Cow;
use std::cell::RefCell;

/// The shortest stem (and query word) that takes part in matching.
pub const MIN_STEM: usize = 3;

/// How long the short text of an entry may be, in characters.
const SHORT_TEXT: usize = 200;

/// One thing a reader can find.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Entry {
    /// `role`, `forum`, `system`, `risk` or `page`.
    pub kind: &'static str,
    /// The kind in the page's language ("Rolle").
    pub kind_label: String,
    /// Its title in the page's language.
    pub title: String,
    /// Its URL in the page's language.
    pub url: String,
    /// A short text: its summary or purpose, cut at [`SHORT_TEXT`] characters.
    pub text: String,
    /// The stems of the title.
    pub title_stems: Vec<String>,
    /// The stems of everything indexed (title included).
    pub stems: Vec<String>,
}

/// What the no-JavaScript search page shows of an entry.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Shown {
    /// `role`, `forum`, `system`, `risk` or `page`.
    pub kind: &'static str,
    /// The kind in the page's language.
    pub kind_label: String,
    /// Its title.
    pub title: String,
    /// Its URL.
    pub url: String,
    /// Its short text.
    pub text: String,
}

/// The entries of one kind, for the no-JavaScript search page.
#[derive(Debug, Serialize)]
pub struct Group {
    /// The kind.
    pub kind: &'static str,
    /// Its heading.
    pub name: String,
    /// Its entries, in the model's order, each rendered by `search-row.html`.
    pub entries: Rows<()>,
}

/// Lower case and without the accents listed in the module's documentation.
pub fn normalize(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// The Snowball stemmer of a language and its number among [`STEMS`]' maps, if it has one.
fn stemmer(lang: &str) -> Option<(usize, Stemmer)> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    let (n, algorithm) = match primary {
        "nb" | "nn" | "no" => (0, Algorithm::Norwegian),
        "es" => (1, Algorithm::Spanish),
        "en" => (2, Algorithm::English),
        _ => return None,
    };
    Some((n, Stemmer::create(algorithm)))
}

/// A stem as the index keeps it.
struct Stem {
    text: String,
    /// At least [`MIN_STEM`] characters long, so it takes part in matching.
    long: bool,
    /// The call of [`stems`] that last listed it, so a text lists it once.
    listed: u64,
}

/// One stemmer's stems: each distinct stem once, and the stem of every word met so far.
#[derive(Default)]
struct Kept {
    stems: Vec<Stem>,
    by_word: FxHashMap<String, usize>,
    by_text: FxHashMap<String, usize>,
    calls: u64,
}

thread_local! {
    /// Stems by word, one map per stemmer: a word's stem depends on the word alone, and a site
    /// repeats its words thousands of times (stemming was a tenth of a full build).
    static STEMS: RefCell<[Kept; 3]> = RefCell::default();
}

/// Words kept per stemmer and thread before the map starts over (a long `serve` session).
const MAX_KEPT_STEMS: usize = 200_000;

/// The text lower-cased char by char, and where its words are: its runs of letters and digits.
fn words(text: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut lower = String::with_capacity(text.len());
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut step = |at: usize, alphanumeric: bool| {
        if alphanumeric {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            words.push(s..at);
        }
    };
    let mut rest = text;
    while !rest.is_empty() {
        // A run of ASCII is copied whole and lower-cased in place (most text is ASCII, and
        // char by char this was half the cost of stemming); each byte stays one byte, and an
        // ASCII character is alphanumeric exactly when it is an ASCII letter or digit.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        if run > 0 {
            let at = lower.len();
            lower.push_str(&rest[..run]);
            lower[at..].make_ascii_lowercase();
            for (i, b) in lower.as_bytes()[at..].iter().enumerate() {
                step(at + i, b.is_ascii_alphanumeric());
            }
            rest = &rest[run..];
        }
        if let Some(c) = rest.chars().next() {
            for l in c.to_lowercase() {
                step(lower.len(), l.is_alphanumeric());
                lower.push(l);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    if let Some(s) = start {
        words.push(s..lower.len());
    }
    (lower, words)
}

/// The stems of a text, in order of first appearance, each once.
pub fn stems(lang: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_stem(lang, text, |stem| out.push(stem.to_string()));
    out
}

/// [`stems`], each given to `f` as it is found (the index writes them without a string each).
fn each_stem(lang: &str, text: &str, mut f: impl FnMut(&str)) {
    let (lower, ranges) = words(text);
    let words = ranges.into_iter().map(|r| &lower[r]);
    let Some((n, stemmer)) = stemmer(lang) else {
        let mut seen = FxHashSet::default();
        for word in words {
            let stem = normalize(word);
            if stem.chars().count() >= MIN_STEM && !seen.contains(&stem) {
                f(&stem);
                seen.insert(stem);
            }
        }
        return;
    };
    STEMS.with(|kept| {
        let mut kept = kept.borrow_mut();
        let kept = &mut kept[n];
        if kept.by_word.len() + words.len() > MAX_KEPT_STEMS {
            *kept = Kept::default();
        }
        kept.calls += 1;
        let call = kept.calls;
        for word in words {
            let i = match kept.by_word.get(word) {
                Some(&i) => i,
                None => {
                    // Stem first (the Snowball rules know the accents), then fold accents.
                    let text = normalize(&stemmer.stem(word));
                    let i = match kept.by_text.get(&text) {
                        Some(&i) => i,
                        None => {
                            kept.stems.push(Stem {
                                long: text.chars().count() >= MIN_STEM,
                                text: text.clone(),
                                listed: 0,
                            });
                            kept.by_text.insert(text, kept.stems.len() - 1);
                            kept.stems.len() - 1
                        }
                    };
                    kept.by_word.insert(word.to_string(), i);
                    i
                }
            };
            let stem = &mut kept.stems[i];
            if stem.long && stem.listed != call {
                stem.listed = call;
                f(&stem.text);
            }
        }
    })
}

/// Plain text of rendered HTML: tags dropped, the common entities decoded, spaces collapsed.
pub(crate) fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A text cut at a word boundary to at most [`SHORT_TEXT`] characters, with `…` when cut.
pub(crate) fn short(text: &str) -> String {
    // Its words joined by single spaces, in one buffer (no vector of words first).
    let mut joined = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    let text = joined;
    if text.chars().count() <= SHORT_TEXT {
        return text;
    }
    let cut: String = text.chars().take(SHORT_TEXT).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// What the index says of one thing, before stemming.
struct Subject {
    title: String,
    url: String,
    text: String,
    /// More indexed text (list items, the holder); empty when not asked for.
    more: Vec<String>,
}

/// The kinds of the index, in its order, with the message heading each on the search page.
const KINDS: [(&str, &str); 5] = [
    ("role", "nav-roles"),
    ("forum", "nav-forums"),
    ("system", "nav-systems"),
    ("risk", "nav-risks"),
    ("page", "search-kind-pages"),
];

/// The ids of every thing of `kind` the index lists, in the model's order (membership reads
/// only: what each entry shows is read inside its own fragment).
fn ids(w: &Words, kind: &str) -> Vec<String> {
    let m = w.model;
    match kind {
        "role" => m.role_ids().map(|i| i.0.clone()).collect(),
        "forum" => m.forum_ids().map(|i| i.0.clone()).collect(),
        "system" if m.has_systems() => m.system_ids().map(|i| i.0.clone()).collect(),
        "risk" => m.risk_ids().map(str::to_string).collect(),
        "page" => m.page_ids().map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

/// One thing of the index; `more` only when the stems are wanted.
fn subject(
    w: &Words,
    kind: &str,
    id: &str,
    prose: &dyn Fn(&str) -> Option<String>,
    more: bool,
) -> Option<Subject> {
    let m = w.model;
    let items = |list: Vec<super::views::ListItem>| -> Vec<String> {
        list.into_iter()
            .map(|i| match i.detail {
                Some(d) => format!("{} {d}", i.text),
                None => i.text,
            })
            .collect()
    };
    Some(match kind {
        "role" => {
            let mut rest = Vec::new();
            if !more && !m.has_role(id) {
                return None;
            }
            // Only the stems need the role's fields; the shown entry reads its words alone.
            if more {
                let r = m.role(id)?;
                rest = items(w.items("role", id, "responsibility", &r.responsibilities));
                rest.extend(items(w.items("role", id, "task", &r.tasks)));
                match &r.held_by {
                    Some(crate::model::HeldBy::Role(rid)) => rest.push(w.role(rid).text),
                    Some(crate::model::HeldBy::Described) => {
                        rest.push(w.text(&field("role", id, "held-by")))
                    }
                    None => {}
                }
            }
            Subject {
                title: w.title(id),
                url: w.url(&PageKind::Role(id.to_string())),
                text: w.text(&field("role", id, "summary")),
                more: rest,
            }
        }
        // Forums by id and words only: a forum's facts (cadence, chair) are not indexed, so
        // editing them does not re-render the index (the watch engine records these reads).
        "forum" => Subject {
            title: w.title(id),
            url: w.url(&PageKind::Forum(id.to_string())),
            text: w.text(&field("forum", id, "purpose")),
            more: Vec::new(),
        },
        "system" => {
            let v = super::views::system::SystemView::build(w, m.system(id)?);
            Subject {
                title: v.name,
                url: w.url(&PageKind::System(v.id)),
                text: v.summary.unwrap_or_default(),
                more: vec![v.category.text],
            }
        }
        "risk" => {
            let r = m.risk(id)?;
            Subject {
                title: w.text(&field("risk", id, "name")),
                url: format!("{}#{}", w.url(&PageKind::Risks), id),
                text: w.opt(&field("risk", id, "summary")).unwrap_or_default(),
                more: if more {
                    items(w.items("risk", id, "point", &r.points))
                } else {
                    Vec::new()
                },
            }
        }
        "page" => Subject {
            title: w.text(&field("page", id, "title")),
            url: w.url(&PageKind::Page(id.to_string())),
            text: prose(id).map(|h| plain(&h)).unwrap_or_default(),
            more: Vec::new(),
        },
        _ => return None,
    })
}

/// An entry of the index as JSON without fallback markers: byte for byte what serde writes
/// for [`Entry::unmarked`] of the same subject, with each stem written as it is found (a
/// string per stem and a vector of them per entry cost more than the JSON).
fn entry_json(w: &Words, kind: &'static str, kind_label: &str, s: &Subject) -> String {
    let mut all = format!("{}\n{}", s.title, s.text);
    for m in &s.more {
        all.push('\n');
        all.push_str(m);
    }
    let text = short(&s.text);
    let mut out = String::with_capacity(all.len() + 256);
    // The URL keeps its markers, as `Entry::unmarked` does.
    let string = |out: &mut String, key: &str, value: &str| {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":");
        json_str(out, value);
    };
    out.push_str("{\"kind\":");
    json_str(&mut out, kind);
    string(&mut out, "kind_label", &unmarked(kind_label));
    string(&mut out, "title", &unmarked(&s.title));
    string(&mut out, "url", &s.url);
    string(&mut out, "text", &unmarked(&text));
    for (key, indexed) in [("title_stems", &s.title), ("stems", &all)] {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":[");
        let mut first = true;
        each_stem(w.lang, &unmarked(indexed), |stem| {
            if !first {
                out.push(',');
            }
            first = false;
            json_str(&mut out, stem);
        });
        out.push(']');
    }
    out.push('}');
    out
}

#[cfg(test)]
fn entry(w: &Words, kind: &'static str, kind_label: &str, s: Subject) -> Entry {
    let mut all = format!("{}\n{}", s.title, s.text);
    for m in &s.more {
        all.push('\n');
        all.push_str(m);
    }
    // Text from a fallback language carries markers (for `lang` spans on the page): stemmed
    // without them.
    let strip = unmarked;
    Entry {
        kind,
        kind_label: kind_label.to_string(),
        title_stems: stems(w.lang, &strip(&s.title)),
        stems: stems(w.lang, &strip(&all)),
        text: short(&s.text),
        title: s.title,
        url: s.url,
    }
}

impl Entry {
    /// The entry without fallback markers, for the JSON index (which is not HTML, so they
    /// cannot become `lang` spans there).
    pub fn unmarked(mut self) -> Entry {
        for text in [&mut self.kind_label, &mut self.title, &mut self.text] {
            if let Cow::Owned(t) = unmarked(text) {
                *text = t;
            }
        }
        self
    }
}

/// The text without fallback markers ([`crate::i18n::drafts::strip`]), borrowed when it has
/// none, as almost every text: the markers are characters of the Private Use Area
/// (U+E000–U+F8FF), whose UTF-8 starts with byte 0xEE or 0xEF, and a text without those
/// bytes has nothing to strip.
fn unmarked(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b == 0xEE || b == 0xEF) {
        Cow::Owned(crate::i18n::drafts::strip(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// Every entry of the search page in the page's language, grouped by kind (groups without
/// entries are left out), without stems, each rendered by `search-row.html`: kept in chunks
/// of rows ([`Words::rows`]) that read only what the page shows, so an edit of indexed-only
/// text (a responsibility) leaves the page alone, and a role's new name renders one chunk,
/// not 10,000 entries. `prose` gives a prose page's HTML in that language.
pub fn groups(
    w: &Words,
    engine: &Engine,
    prose: impl Fn(&str) -> Option<String>,
) -> Result<Vec<Group>, Diagnostic> {
    let templates = Templates::new(engine, &["search-row.html"]);
    let write = engine.cards().search.then_some(|views: &[Shown]| {
        crate::render::cards::search_rows(engine.catalogues(), engine.lang(), views)
    });
    let mut groups = Vec::new();
    for &(kind, heading) in &KINDS {
        let ids = ids(w, kind);
        // Looked up once per kind, not per entry; the list's name holds it instead, so the
        // kept rows are keyed by it (as the index's pieces are).
        let label = w.text(&format!("search-kind-{kind}"));
        let entries = w.rows_written(
            &format!("search-rows/{kind}\u{1f}{label}"),
            &ids,
            String::clone,
            &templates,
            write,
            |id| {
                subject(w, kind, id, &prose, false).map(|s| {
                    let shown = Shown {
                        kind,
                        kind_label: label.clone(),
                        text: short(&s.text),
                        title: s.title,
                        url: s.url,
                    };
                    (shown, ())
                })
            },
        )?;
        if !entries.is_empty() {
            groups.push(Group {
                kind,
                name: w.text(heading),
                entries,
            });
        }
    }
    Ok(groups)
}

/// Entries per block of the index, on average (see [`blocks`]).
const BLOCK: u64 = 64;

/// A run of ids whose entries are kept together as one piece of the index.
struct Block {
    /// A hash of its ids, which names it.
    hash: u64,
    ids: Vec<String>,
}

/// The ids cut into blocks after every id whose hash is a multiple of [`BLOCK`]: the cuts
/// depend on the ids alone, so an entity added or removed changes only its own block.
fn blocks(ids: Vec<String>) -> Vec<Block> {
    use xxhash_rust::xxh3::{xxh3_64, Xxh3};
    let mut out = Vec::new();
    let mut block = Vec::new();
    let mut hash = Xxh3::new();
    let last = ids.len();
    for (i, id) in ids.into_iter().enumerate() {
        hash.update(id.as_bytes());
        hash.update(b"\n");
        let cut = xxh3_64(id.as_bytes()) % BLOCK == 0 || i + 1 == last;
        block.push(id);
        if cut {
            out.push(Block {
                hash: hash.digest(),
                ids: std::mem::take(&mut block),
            });
            hash.reset();
        }
    }
    out
}

/// The index file of the words' language as JSON (`/<lang>/search/index.json`), entries
/// without fallback markers. Each entry is kept as a fragment, and so is each block of
/// entries: after an edit the file is put together from a few hundred kept pieces, with one
/// entry and one block computed again.
pub fn index_json(w: &Words, prose: impl Fn(&str) -> Option<String>) -> String {
    let head = format!(
        "{{\"lang\":{},\"min_stem\":{MIN_STEM},\"entries\":[",
        serde_json::to_string(w.lang).unwrap_or_default()
    );
    let mut pieces = Vec::new();
    for &(kind, _) in &KINDS {
        let kind_blocks = w.kept(|| format!("search-blocks/{kind}"), || blocks(ids(w, kind)));
        if kind_blocks.is_empty() {
            continue;
        }
        // Looked up once per kind, not per entry; the kept pieces' keys name it instead.
        let label = w.text(&format!("search-kind-{kind}"));
        for b in kind_blocks.iter() {
            let piece = w.kept(
                || format!("search-block/{kind}\u{1f}{label}/{:016x}", b.hash),
                || {
                    let mut out = String::new();
                    for id in &b.ids {
                        let json = w.kept(
                            || format!("search-entry/{kind}\u{1f}{label}/{id}"),
                            || {
                                subject(w, kind, id, &prose, true)
                                    .map(|s| entry_json(w, kind, &label, &s))
                                    .unwrap_or_default()
                            },
                        );
                        if json.is_empty() {
                            continue;
                        }
                        if !out.is_empty() {
                            out.push(',');
                        }
                        out.push_str(&json);
                    }
                    out
                },
            );
            if !piece.is_empty() {
                pieces.push(piece);
            }
        }
    }
    let len = head.len() + pieces.iter().map(|p| p.len() + 1).sum::<usize>() + 2;
    let mut out = String::with_capacity(len);
    out.push_str(&head);
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(p);
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn norwegian_inflections_share_a_stem() {
        let a = stems("nb", "systemeieren");
        let b = stems("nb", "systemeier");
        assert_eq!(a.len(), 1);
        assert!(
            a[0].starts_with(&b[0]) || b[0].starts_with(&a[0]),
            "{a:?} {b:?}"
        );
    }

    #[test]
    fn spanish_accents_fold_after_stemming() {
        assert_eq!(normalize("Gestión ÆØÅ ñ"), "gestion æøå ñ");
        let s = stems("es", "información");
        assert!(s[0].starts_with("inform") && s[0].is_ascii(), "{s:?}");
    }

    #[test]
    fn an_index_entry_is_written_as_serde_writes_it() {
        let (model, routes, loc) = (
            crate::model::Governance::default(),
            crate::render::routes::Routes::new("/"),
            crate::i18n::Localizer::new(vec![]),
        );
        let marked = crate::i18n::drafts::mark("en", "Systemeier \"IT\"");
        for lang in ["nb", "en", "fi"] {
            let w = Words {
                loc: &loc,
                routes: &routes,
                model: &model,
                lang,
                memo: None,
            };
            let subject = || Subject {
                title: marked.clone(),
                url: "/nb/roles/x\u{fffd}/".to_string(),
                text: format!("Eier av {marked}, og\n  ansvar for <systemet> & data. ").repeat(9),
                more: vec!["Tiltak \\ plan".to_string(), marked.clone()],
            };
            let label = crate::i18n::drafts::mark("nb", "Rolle");
            let json = entry_json(&w, "role", &label, &subject());
            let serde = serde_json::to_string(&entry(&w, "role", &label, subject()).unmarked());
            assert_eq!(json, serde.expect("serialises"), "{lang}");
        }
    }

    #[test]
    fn short_words_are_left_out_and_text_is_cut() {
        assert_eq!(stems("en", "an IT owner"), vec!["owner".to_string()]);
        let long = "word ".repeat(100);
        let s = short(&long);
        assert!(s.chars().count() <= SHORT_TEXT + 1 && s.ends_with('…'));
        assert_eq!(short("  a\n b\t\tc  "), "a b c");
        assert_eq!(plain("<p>A &amp; <em>B</em></p>"), "A & B");
    }

    #[test]
    fn text_without_private_use_bytes_is_unmarked_as_it_is() {
        let marked = crate::i18n::drafts::mark("nb", "Systemeier");
        assert!(matches!(unmarked(&marked), Cow::Owned(t) if t == "Systemeier"));
        for plain in ["Systemeier", "Gestión æøå «»", ""] {
            assert!(matches!(unmarked(plain), Cow::Borrowed(t) if t == plain));
            assert_eq!(crate::i18n::drafts::strip(plain), plain);
        }
    }

    #[test]
    fn an_added_id_changes_only_its_own_block() {
        let ids: Vec<String> = (0..2000).map(|i| format!("role-{i:05}")).collect();
        let before = blocks(ids.clone());
        assert!(before.len() > 10, "{} blocks", before.len());
        let joined: Vec<String> = before.iter().flat_map(|b| b.ids.clone()).collect();
        assert_eq!(joined, ids, "every id once, in order");
        let mut more = ids.clone();
        more.insert(1000, "role-new".to_string());
        let after = blocks(more);
        let old: HashSet<u64> = before.iter().map(|b| b.hash).collect();
        let changed = after.iter().filter(|b| !old.contains(&b.hash)).count();
        assert!(changed <= 2, "{changed} blocks changed");
    }
}
