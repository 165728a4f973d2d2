//! Offline search (issue 11), read from a build of the repository's own site: every language has
//! its index (`<lang>/search/index.json`) with every role, forum, risk and prose page, their
//! URLs in that language and their Snowball stems; a reader's inflected word finds the entry by
//! the documented prefix rule; the search page lists every entry without JavaScript; the header
//! of every page links to it.

mod support;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;
use support::*;

const LANGS: [&str; 3] = ["nb", "es", "en"];

fn out() -> PathBuf {
    static OUT: OnceLock<(tempfile::TempDir, Run)> = OnceLock::new();
    let (tmp, run) = OUT.get_or_init(|| {
        let tmp = shared_tempdir("search");
        let run = build(&repo_root(), &tmp.path().join("public"), &[]);
        (tmp, run)
    });
    run.expect_status(0);
    tmp.path().join("public")
}

fn index(lang: &str) -> Value {
    let path = out().join(format!("{lang}/search/index.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{lang}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{lang}: index is not JSON: {e}"))
}

fn entries(lang: &str) -> Vec<Value> {
    index(lang)["entries"].as_array().expect("entries").clone()
}

/// The ids of the pages of one kind the build wrote (`nb/roles/<id>/index.html`).
fn ids(kind: &str) -> Vec<String> {
    let dir = out().join("nb").join(kind);
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("index.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    ids
}

/// The `<h1>` of a page.
fn h1(rel: &str) -> String {
    let html = std::fs::read_to_string(out().join(rel)).unwrap();
    let h = section(&html, "<h1>", "</h1>").unwrap_or_else(|| panic!("{rel}: no <h1>"));
    unescape(h.trim_start_matches("<h1>").trim_end_matches("</h1>"))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s.as_str().expect("string").to_string())
        .collect()
}

/// The matching rule of `static/search.js`: lower case, accents folded, split at non-letters;
/// a word of at least `min` characters matches a stem of at least `min` when one is a prefix
/// of the other. Returns the titles of the entries whose title matches every word.
fn search_titles(lang: &str, query: &str) -> Vec<String> {
    let idx = index(lang);
    let min = idx["min_stem"].as_u64().expect("min_stem") as usize;
    let fold = |c: char| match c {
        'á' | 'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        c => c,
    };
    let q: String = query
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold)
        .collect();
    let words: Vec<&str> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= min)
        .collect();
    assert!(!words.is_empty(), "{query:?} has no word to search");
    idx["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            let stems = strings(&e["title_stems"]);
            words.iter().all(|w| {
                stems
                    .iter()
                    .any(|s| s.chars().count() >= min && (s.starts_with(w) || w.starts_with(s)))
            })
        })
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_language_has_an_index_of_every_role_forum_risk_and_page() {
    let roles = ids("roles");
    let forums = ids("forums");
    assert!(roles.len() > 5 && forums.len() > 3, "{roles:?} {forums:?}");
    let pages: Vec<String> = ["about", "introduction", "terminology"]
        .into_iter()
        .filter(|p| out().join("nb").join(p).join("index.html").is_file())
        .map(String::from)
        .collect();
    assert!(!pages.is_empty(), "the site has prose pages");
    for lang in LANGS {
        let idx = index(lang);
        assert_eq!(idx["lang"], lang);
        let entries = entries(lang);
        let urls: BTreeSet<&str> = entries.iter().map(|e| e["url"].as_str().unwrap()).collect();
        for (kind, list) in [("roles", &roles), ("forums", &forums)] {
            for id in list {
                let url = format!("/{lang}/{kind}/{id}/");
                let e = entries
                    .iter()
                    .find(|e| e["url"] == url.as_str())
                    .unwrap_or_else(|| panic!("{lang}: no index entry for {url}"));
                // The title is the card's heading in the same language.
                let heading = h1(&format!("{lang}/{kind}/{id}/index.html"));
                assert_eq!(e["title"], heading.as_str(), "{lang} {url}");
                assert!(
                    !e["text"].as_str().unwrap().is_empty(),
                    "{lang} {url}: no text"
                );
                let title_stems = strings(&e["title_stems"]);
                let stems = strings(&e["stems"]);
                assert!(!title_stems.is_empty(), "{lang} {url}: no title stems");
                assert!(
                    title_stems.iter().all(|s| stems.contains(s)),
                    "{lang} {url}: title stems are not among the stems"
                );
            }
        }
        for p in &pages {
            let url = format!("/{lang}/{p}/");
            assert!(urls.contains(url.as_str()), "{lang}: no entry for {url}");
        }
        let risks = entries.iter().filter(|e| e["kind"] == "risk").count();
        assert!(risks > 0, "{lang}: no risk in the index");
        for e in entries.iter().filter(|e| e["kind"] == "risk") {
            let url = e["url"].as_str().unwrap();
            assert!(url.starts_with(&format!("/{lang}/risks/#")), "{url}");
        }
        // Every URL is in the index's language.
        assert!(
            urls.iter().all(|u| u.starts_with(&format!("/{lang}/"))),
            "{lang}: {urls:?}"
        );
    }
}

#[test]
fn stems_let_an_inflected_word_find_its_role() {
    // nb: the definite form finds the system owner ("systemeieren" → "systemeier").
    let nb = search_titles("nb", "systemeieren");
    assert!(nb.contains(&"Systemeier".to_string()), "{nb:?}");
    // es: accents and plural: "propietarios del sistema" still finds it.
    let es = search_titles("es", "propietarios sistemas");
    assert!(
        es.iter().any(|t| t.to_lowercase().contains("propietari")),
        "{es:?}"
    );
    // en: "owners" finds "System owner".
    let en = search_titles("en", "system owners");
    assert!(en.contains(&"System owner".to_string()), "{en:?}");
    // The stems are what Snowball makes, folded: no accented vowel is left in any language.
    for lang in LANGS {
        for e in entries(lang) {
            for s in strings(&e["stems"]) {
                assert!(
                    !s.contains(['á', 'é', 'í', 'ó', 'ú', 'ü']),
                    "{lang}: {s:?} is not folded"
                );
                assert!(s.chars().count() >= 3, "{lang}: {s:?} is shorter than 3");
            }
        }
    }
}

#[test]
fn the_search_page_lists_every_entry_without_javascript() {
    for lang in LANGS {
        let rel = format!("{lang}/search/index.html");
        let html = std::fs::read_to_string(out().join(&rel)).unwrap();
        let main = main_of(&html);
        let links: BTreeSet<String> = tags(main)
            .into_iter()
            .filter(|t| t.name == "a")
            .filter_map(|t| t.attr("href").map(unescape))
            .collect();
        for e in entries(lang) {
            let url = e["url"].as_str().unwrap();
            assert!(links.contains(url), "{rel}: no link to {url}");
        }
        // Grouped by kind under headings, the form hidden until the script shows it, the
        // script a file of the theme, the status a live region.
        assert!(main.contains("<h2 id=\"search-role\">"), "{rel}");
        assert!(main.contains("<h2 id=\"search-forum\">"), "{rel}");
        assert!(main.contains("<h2 id=\"search-risk\">"), "{rel}");
        let form = tags(main)
            .into_iter()
            .find(|t| t.name == "form")
            .expect("a search form");
        assert!(form.attrs.iter().any(|(n, _)| n == "hidden"), "{rel}");
        assert_eq!(
            form.attr("data-index"),
            Some(format!("/{lang}/search/index.json").as_str())
        );
        assert!(main.contains("<label for=\"search-query\">"), "{rel}");
        assert!(main.contains("aria-live=\"polite\""), "{rel}");
        assert!(
            main.contains("<script src=\"/static/search.js\" defer></script>"),
            "{rel}"
        );
    }
    assert!(out().join("static/search.js").is_file());
}

#[test]
fn every_page_links_the_search_page_of_its_language() {
    let mut problems = Vec::new();
    for (rel, html) in html_pages(&out()) {
        let Some(lang) = lang_of(&rel, &LANGS) else {
            continue;
        };
        let want = format!("<a class=\"search-link\" href=\"/{lang}/search/\"");
        if !html.contains(&want) {
            problems.push(format!("{rel}: no search link"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
