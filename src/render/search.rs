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

use super::views::Words;
use super::PageKind;
use crate::model::messages::field;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use std::collections::BTreeSet;

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

/// The entries of one kind, for the no-JavaScript search page.
#[derive(Debug, Serialize)]
pub struct Group {
    /// The kind.
    pub kind: &'static str,
    /// Its heading.
    pub name: String,
    /// Its entries, in the model's order.
    pub entries: Vec<Entry>,
}

/// The index file, `/<lang>/search/index.json`.
#[derive(Debug, Serialize)]
pub struct Index<'a> {
    /// The language.
    pub lang: &'a str,
    /// The shortest stem that matches, as the script must know it.
    pub min_stem: usize,
    /// Every entry.
    pub entries: &'a [Entry],
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

/// The Snowball stemmer of a language, if it has one.
fn stemmer(lang: &str) -> Option<Stemmer> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    let algorithm = match primary {
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "es" => Algorithm::Spanish,
        "en" => Algorithm::English,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// The stems of a text, in order of first appearance, each once.
pub fn stems(lang: &str, text: &str) -> Vec<String> {
    let stemmer = stemmer(lang);
    let lower: String = text.chars().flat_map(char::to_lowercase).collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for word in lower.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        // Stem first (the Snowball rules know the accents), then fold accents.
        let stem = match &stemmer {
            Some(s) => normalize(&s.stem(word)),
            None => normalize(word),
        };
        if stem.chars().count() >= MIN_STEM && seen.insert(stem.clone()) {
            out.push(stem);
        }
    }
    out
}

/// Plain text of rendered HTML: tags dropped, the common entities decoded, spaces collapsed.
fn plain(html: &str) -> String {
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
fn short(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SHORT_TEXT {
        return text;
    }
    let cut: String = text.chars().take(SHORT_TEXT).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

fn entry(
    w: &Words,
    kind: &'static str,
    title: String,
    url: String,
    text: &str,
    more: &[String],
) -> Entry {
    // Stemming is most of the index's cost (a fifth of a whole build); the page does not show
    // stems, so it skips them.
    if !STEMMED.get() {
        return Entry {
            kind,
            kind_label: w.text(&format!("search-kind-{kind}")),
            title_stems: Vec::new(),
            stems: Vec::new(),
            text: short(text),
            title,
            url,
        };
    }
    let mut all = format!("{title}\n{text}");
    for m in more {
        all.push('\n');
        all.push_str(m);
    }
    // Text from a fallback language carries markers (for `lang` spans on the page): stemmed
    // without them.
    let strip = crate::i18n::drafts::strip;
    Entry {
        kind,
        kind_label: w.text(&format!("search-kind-{kind}")),
        title_stems: stems(w.lang, &strip(&title)),
        stems: stems(w.lang, &strip(&all)),
        text: short(text),
        title,
        url,
    }
}

thread_local! {
    /// Whether [`groups`] computes stems; off only inside [`listing`]. A thread-local, not a
    /// parameter threaded through every entry: rendering one job never hands work to other
    /// threads, so the flag cannot leak into another job.
    static STEMMED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// [`groups`] for the no-JavaScript search page: the same entries, without stems (which only
/// the index uses). The same words are looked up, so the watch engine records the same reads.
pub fn listing(w: &Words, prose: impl Fn(&str) -> Option<String>) -> Vec<Group> {
    let before = STEMMED.replace(false);
    let out = groups(w, prose);
    STEMMED.set(before);
    out
}

impl Entry {
    /// The entry without fallback markers, for the JSON index (which is not HTML, so they
    /// cannot become `lang` spans there).
    pub fn unmarked(mut self) -> Entry {
        let strip = crate::i18n::drafts::strip;
        self.kind_label = strip(&self.kind_label);
        self.title = strip(&self.title);
        self.text = strip(&self.text);
        self
    }
}

/// Every entry of the index in the page's language, grouped by kind (groups without entries
/// are left out). `prose` gives a prose page's HTML in that language.
pub fn groups(w: &Words, prose: impl Fn(&str) -> Option<String>) -> Vec<Group> {
    let m = w.model;
    let items = |list: &[super::views::ListItem]| -> Vec<String> {
        list.iter()
            .map(|i| match &i.detail {
                Some(d) => format!("{} {d}", i.text),
                None => i.text.clone(),
            })
            .collect()
    };
    let mut groups = Vec::new();

    let roles = m
        .roles()
        .map(|r| {
            let v = super::views::role::RoleView::build(w, r);
            let mut more = items(&v.responsibilities);
            more.extend(items(&v.tasks));
            if let Some(h) = &v.held_by {
                more.extend(h.role.as_ref().map(|l| l.text.clone()));
                more.extend(h.text.clone());
            }
            entry(
                w,
                "role",
                v.name.clone(),
                w.url(&PageKind::Role(v.id.clone())),
                &v.summary,
                &more,
            )
        })
        .collect();
    groups.push(("role", "nav-roles", roles));

    // Forums by id and words only: a forum's facts (cadence, chair) are not indexed, so editing
    // them does not re-render the index (the watch engine records these reads).
    let forums = m
        .forum_ids()
        .map(|id| {
            let id = id.as_str();
            entry(
                w,
                "forum",
                w.title(id),
                w.url(&PageKind::Forum(id.to_string())),
                &w.text(&field("forum", id, "purpose")),
                &[],
            )
        })
        .collect();
    groups.push(("forum", "nav-forums", forums));

    if m.has_systems() {
        let systems = m
            .systems()
            .map(|s| {
                let v = super::views::system::SystemView::build(w, s);
                entry(
                    w,
                    "system",
                    v.name.clone(),
                    w.url(&PageKind::System(v.id.clone())),
                    v.summary.as_deref().unwrap_or_default(),
                    std::slice::from_ref(&v.category.text),
                )
            })
            .collect();
        groups.push(("system", "nav-systems", systems));
    }

    let risks = super::views::overview::risks(w)
        .into_iter()
        .map(|r| {
            let more = items(&r.points);
            entry(
                w,
                "risk",
                r.name.clone(),
                format!("{}#{}", w.url(&PageKind::Risks), r.id),
                r.summary.as_deref().unwrap_or_default(),
                &more,
            )
        })
        .collect();
    groups.push(("risk", "nav-risks", risks));

    let pages = m
        .pages()
        .map(|p| {
            let body = prose(&p.id).map(|h| plain(&h)).unwrap_or_default();
            entry(
                w,
                "page",
                w.text(&field("page", &p.id, "title")),
                w.url(&PageKind::Page(p.id.clone())),
                &body,
                &[],
            )
        })
        .collect();
    groups.push(("page", "search-kind-pages", pages));

    groups
        .into_iter()
        .filter(|(_, _, e): &(_, _, Vec<Entry>)| !e.is_empty())
        .map(|(kind, heading, entries)| Group {
            kind,
            name: w.text(heading),
            entries,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn short_words_are_left_out_and_text_is_cut() {
        assert_eq!(stems("en", "an IT owner"), vec!["owner".to_string()]);
        let long = "word ".repeat(100);
        let s = short(&long);
        assert!(s.chars().count() <= SHORT_TEXT + 1 && s.ends_with('…'));
        assert_eq!(plain("<p>A &amp; <em>B</em></p>"), "A & B");
    }
}
