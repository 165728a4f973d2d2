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
use super::views::common::item_id;
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
    /// The text as a JSON string, as the index writes it thousands of times.
    json: String,
    /// At least [`MIN_STEM`] characters long, so it takes part in matching.
    long: bool,
    /// The call of [`stems`] that last listed it, so a text lists it once.
    listed: u64,
}

/// One stemmer's stems: each distinct stem once, and the stem of every word met so far, by the
/// word as it stands in the text (its lower case is stemmed).
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

/// The word being read by [`each_word`].
#[derive(Default)]
struct Word {
    /// Where it starts, while it is the text as it stands.
    start: Option<usize>,
    /// It lower-cased, once a character whose lower case is several characters joined it.
    lowered: String,
}

impl Word {
    /// A letter or digit at `at`, whose lower case is the one character `l`.
    fn push(&mut self, at: usize, l: char) {
        if self.lowered.is_empty() {
            self.start.get_or_insert(at);
        } else {
            self.lowered.push(l);
        }
    }

    /// The word ends at `at`: `f` gets it, if there is one.
    fn end(&mut self, text: &str, at: usize, f: &mut impl FnMut(&str, bool)) {
        if !self.lowered.is_empty() {
            f(&self.lowered, true);
            self.lowered.clear();
        } else if let Some(start) = self.start.take() {
            f(&text[start..at], false);
        }
    }
}

/// The words of a text, its runs of letters and digits once lower-cased char by char, each
/// given to `f` as it stands in the text (`false`: not lower-cased), or lower-cased (`true`)
/// when a character's lower case of several characters makes it (a word as it stands is a
/// key of the stems kept by word: copying and lower-casing every text was most of its cost).
fn each_word(text: &str, mut f: impl FnMut(&str, bool)) {
    let mut word = Word::default();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        // An ASCII character is a letter or digit exactly when its lower case is.
        if b.is_ascii() {
            if !b.is_ascii_alphanumeric() {
                word.end(text, at, &mut f);
            } else if word.lowered.is_empty() {
                // The rest of a run of ASCII letters and digits at once.
                word.start.get_or_insert(at);
                let run = bytes[at + 1..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric());
                at = run.map_or(bytes.len(), |n| at + 1 + n);
                continue;
            } else {
                word.lowered.push(char::from(b.to_ascii_lowercase()));
            }
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        // The letters of Latin-1 (æ ø å, á é ñ: most non-ASCII letters of these sites)
        // without Unicode's tables: each is a letter, and the capitals À–Þ lower-case 0x20
        // higher; × and ÷ are the two signs among them.
        if ('\u{c0}'..='\u{ff}').contains(&c) && c != '×' && c != '÷' {
            let l = if c < 'ß' {
                char::from_u32(u32::from(c) + 0x20).unwrap_or(c)
            } else {
                c
            };
            word.push(at, l);
            at += c.len_utf8();
            continue;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.is_alphanumeric() => word.push(at, l),
            (Some(_), None) | (None, _) => word.end(text, at, &mut f),
            (Some(l1), Some(l2)) => {
                for l in [l1, l2].into_iter().chain(lower) {
                    if !l.is_alphanumeric() {
                        word.end(text, at, &mut f);
                        continue;
                    }
                    if word.lowered.is_empty() {
                        let start = word.start.take().unwrap_or(at);
                        word.lowered
                            .extend(text[start..at].chars().flat_map(char::to_lowercase));
                    }
                    word.lowered.push(l);
                }
            }
        }
        at += c.len_utf8();
    }
    word.end(text, bytes.len(), &mut f);
}

/// The word lower-cased char by char.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.chars().flat_map(char::to_lowercase).collect())
    } else {
        Cow::Borrowed(word)
    }
}

/// The stems of a text, in order of first appearance, each once.
pub fn stems(lang: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_stem(lang, &[text], |_, stem, _| out.push(stem.to_string()));
    out
}

impl Kept {
    /// The number of the stem of a lower-cased word among `stems`, added when new.
    fn stem_of(&mut self, stemmer: &Stemmer, lower: &str) -> usize {
        // Stem first (the Snowball rules know the accents), then fold accents.
        let text = normalize(&stemmer.stem(lower));
        if let Some(&i) = self.by_text.get(&text) {
            return i;
        }
        let mut json = String::new();
        json_str(&mut json, &text);
        self.stems.push(Stem {
            long: text.chars().count() >= MIN_STEM,
            text: text.clone(),
            json,
            listed: 0,
        });
        self.by_text.insert(text, self.stems.len() - 1);
        self.stems.len() - 1
    }
}

/// The stems of several texts read as one (the stems of `texts.join("\n")`), each given to
/// `f` as it is found, with the number of the text it was first found in (the index writes
/// them without a string each, and the stems of an entry's title start those of the entry).
fn each_stem(lang: &str, texts: &[&str], mut f: impl FnMut(usize, &str, &str)) {
    let Some((n, stemmer)) = stemmer(lang) else {
        let mut seen = FxHashSet::default();
        for (t, text) in texts.iter().enumerate() {
            each_word(text, |word, lowered| {
                let stem = if lowered {
                    normalize(word)
                } else {
                    normalize(&lowercase(word))
                };
                if stem.chars().count() >= MIN_STEM && !seen.contains(&stem) {
                    let mut json = String::new();
                    json_str(&mut json, &stem);
                    f(t, &stem, &json);
                    seen.insert(stem);
                }
            });
        }
        return;
    };
    STEMS.with(|kept| {
        let mut kept = kept.borrow_mut();
        let kept = &mut kept[n];
        // At most a word per two bytes (a word and what ends it).
        let words: usize = texts.iter().map(|t| t.len() / 2 + 1).sum();
        if kept.by_word.len() + words > MAX_KEPT_STEMS {
            *kept = Kept::default();
        }
        kept.calls += 1;
        let call = kept.calls;
        for (t, text) in texts.iter().enumerate() {
            each_word(text, |word, lowered| {
                let i = if lowered {
                    kept.stem_of(&stemmer, word)
                } else if let Some(&i) = kept.by_word.get(word) {
                    i
                } else {
                    let i = kept.stem_of(&stemmer, &lowercase(word));
                    kept.by_word.insert(word.to_string(), i);
                    i
                };
                let stem = &mut kept.stems[i];
                if stem.long && stem.listed != call {
                    stem.listed = call;
                    f(t, &stem.text, &stem.json);
                }
            });
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
    // Most texts are short and spaced once already: as they are.
    if text.len() <= SHORT_TEXT && spaced_once(text) {
        return text.to_string();
    }
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

/// Whether the text is its words joined by single spaces (what `split_whitespace` and a join
/// with `' '` make of it).
fn spaced_once(text: &str) -> bool {
    let mut space = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if space || c != ' ' {
                return false;
            }
            space = true;
        } else {
            space = false;
        }
    }
    !space || text.is_empty()
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
    // Each item's text and explanation as texts of their own (words never join across
    // texts, so that is the item's words), without the anchors of a `ListItem`.
    let items = |rest: &mut Vec<String>, list: &str, keys: &[String]| {
        for key in keys {
            let mid = item_id(kind, id, list, key);
            rest.push(w.loc.text(&mid));
            if let Some(detail) = w.loc.get_attr(&mid, Some("detail"), None) {
                rest.push(detail);
            }
        }
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
                items(&mut rest, "responsibility", &r.responsibilities);
                items(&mut rest, "task", &r.tasks);
                match &r.held_by {
                    Some(crate::model::HeldBy::Role(rid)) => rest.push(w.title(rid.as_str())),
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
        // What the system's card calls its name, summary and category, without the rest of
        // the card.
        "system" => {
            let category = &m.system(id)?.category;
            Subject {
                title: w.text(&field("system", id, "name")),
                url: w.url(&PageKind::System(id.to_string())),
                text: w.opt(&field("system", id, "summary")).unwrap_or_default(),
                more: if more {
                    vec![w.title(category.as_str())]
                } else {
                    Vec::new()
                },
            }
        }
        "risk" => {
            let r = m.risk(id)?;
            Subject {
                title: w.text(&field("risk", id, "name")),
                url: format!("{}#{}", w.url(&PageKind::Risks), id),
                text: w.opt(&field("risk", id, "summary")).unwrap_or_default(),
                more: {
                    let mut rest = Vec::new();
                    if more {
                        items(&mut rest, "point", &r.points);
                    }
                    rest
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
fn entry_json(out: &mut String, w: &Words, kind: &'static str, kind_label: &str, s: &Subject) {
    let text = short(&s.text);
    // The URL keeps its markers, as `Entry::unmarked` does.
    let string = |out: &mut String, key: &str, value: &str| {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":");
        json_str(out, value);
    };
    out.push_str("{\"kind\":");
    json_str(out, kind);
    string(out, "kind_label", &unmarked(kind_label));
    string(out, "title", &unmarked(&s.title));
    string(out, "url", &s.url);
    string(out, "text", &unmarked(&text));
    let mut texts: Vec<&str> = vec![&s.title, &s.text];
    texts.extend(s.more.iter().map(String::as_str));
    if texts.iter().any(|t| has_markers(t)) {
        stems_json_marked(w.lang, &texts, out);
    } else {
        stems_json(w.lang, &texts, out);
    }
    out.push('}');
}

/// The entry's `title_stems` and `stems` of `texts` (its title first), none of which has
/// markers: the stems of all its texts start with those of its title, so each text is read
/// once and the title's stems are written twice.
fn stems_json(lang: &str, texts: &[&str], out: &mut String) {
    // The title's stems as JSON, then whether `out` has them in both lists.
    let mut title = String::new();
    let mut both = false;
    let lists = |out: &mut String, title: &str| {
        out.push_str(",\"title_stems\":[");
        out.push_str(title);
        out.push_str("],\"stems\":[");
        out.push_str(title);
    };
    each_stem(lang, texts, |t, _, stem| {
        if t == 0 {
            if !title.is_empty() {
                title.push(',');
            }
            title.push_str(stem);
            return;
        }
        if !both {
            lists(out, &title);
            both = true;
        }
        if !out.ends_with('[') {
            out.push(',');
        }
        out.push_str(stem);
    });
    if !both {
        lists(out, &title);
    }
    out.push(']');
}

/// [`stems_json`] of texts of which some have markers: the stems of the title and of all
/// texts found apart, each list from the text without markers (which may join words).
fn stems_json_marked(lang: &str, texts: &[&str], out: &mut String) {
    let all = texts.join("\n");
    for (key, indexed) in [("title_stems", texts[0]), ("stems", &all)] {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":[");
        let mut first = true;
        each_stem(lang, &[&unmarked(indexed)], |_, _, stem| {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(stem);
        });
        out.push(']');
    }
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
    if has_markers(text) {
        Cow::Owned(crate::i18n::drafts::strip(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether the text may have fallback markers (see [`unmarked`]).
fn has_markers(text: &str) -> bool {
    text.bytes().any(|b| b == 0xEE || b == 0xEF)
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
    if w.memo.is_none() {
        return index_json_plain(w, &prose, head);
    }
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
                                let mut json = String::new();
                                if let Some(s) = subject(w, kind, id, &prose, true) {
                                    entry_json(&mut json, w, kind, &label, &s);
                                }
                                json
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

/// [`index_json`] in a plain build, which keeps nothing: each entry written straight into the
/// file (kept entries and blocks were copied twice more, megabytes per language).
fn index_json_plain(w: &Words, prose: &dyn Fn(&str) -> Option<String>, head: String) -> String {
    let mut out = head;
    let mut first = true;
    for &(kind, _) in &KINDS {
        let ids = ids(w, kind);
        if ids.is_empty() {
            continue;
        }
        let label = w.text(&format!("search-kind-{kind}"));
        // About what an entry takes, so that the file is seldom copied as it grows.
        out.reserve(ids.len() * 256);
        for id in &ids {
            let Some(s) = subject(w, kind, id, prose, true) else {
                continue;
            };
            if !first {
                out.push(',');
            }
            first = false;
            entry_json(&mut out, w, kind, &label, &s);
        }
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
        let plain = "Systemeier İT-Ansvar \"IT\"".to_string();
        for (lang, marked) in ["nb", "en", "fi"]
            .into_iter()
            .flat_map(|lang| [(lang, marked.clone()), (lang, plain.clone())])
        {
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
            let mut json = String::new();
            entry_json(&mut json, &w, "role", &label, &subject());
            let serde = serde_json::to_string(&entry(&w, "role", &label, subject()).unmarked());
            assert_eq!(json, serde.expect("serialises"), "{lang}");
        }
    }

    #[test]
    fn words_are_found_as_in_the_text_lower_cased_char_by_char() {
        for text in [
            "Systemeier SYSTEMEIER systemeier",
            "ÆØÅ Gestión-ÁNGEL ñ 42x",
            "ÀÖ×ØÞßàö÷øÿ a×b c÷d ÿ",
            "İstanbul xİy İ-İ aİ Σσ",
            "  ",
            "a",
            "ﬁle Straße",
        ] {
            let lower: String = text.chars().flat_map(char::to_lowercase).collect();
            let expected: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let mut found = Vec::new();
            each_word(text, |word, lowered| {
                found.push(if lowered {
                    word.to_string()
                } else {
                    lowercase(word).into_owned()
                })
            });
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn short_words_are_left_out_and_text_is_cut() {
        assert_eq!(stems("en", "an IT owner"), vec!["owner".to_string()]);
        let long = "word ".repeat(100);
        let s = short(&long);
        assert!(s.chars().count() <= SHORT_TEXT + 1 && s.ends_with('…'));
        assert_eq!(short("  a\n b\t\tc  "), "a b c");
        for spaced in ["", "a", "a b", "æ ø"] {
            assert!(spaced_once(spaced), "{spaced:?}");
            assert_eq!(short(spaced), spaced);
        }
        for not in [" ", " a", "a ", "a  b", "a\nb", "a\u{a0}b"] {
            assert!(!spaced_once(not), "{not:?}");
        }
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
