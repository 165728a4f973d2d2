//! Issue 15: the termbase (`termbase/termbase.yml`) is the one source of the site's terminology.
//!
//! - every concept's preferred term is the default value of its Fluent term, in every language;
//! - no message of `locales/<lang>/*.ftl` and no built page of that language uses a deprecated
//!   variant (a failure names file and line), except quoted as the deck's own words;
//! - the published terminology page (`locales/<lang>/pages/terminology.md`) is the termbase as
//!   generated here (`GOVDOC_BLESS=1 cargo test --release --test termbase` rewrites it).

use govdoc::load::SiteInput;
use govdoc::render::RenderOptions;
use govdoc::site::{BuildOptions, Site};
use govdoc::workbench::termbase::{find, Variant};
use serde_yaml::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const LANGS: [&str; 3] = ["nb", "es", "en"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One language's entry of a concept.
struct Entry {
    term: String,
    definition: String,
    deprecated: Vec<String>,
}

struct Concept {
    id: String,
    fluent: Option<String>,
    deck: String,
    langs: Vec<(String, Entry)>,
}

impl Concept {
    fn lang(&self, lang: &str) -> &Entry {
        &self
            .langs
            .iter()
            .find(|(l, _)| l == lang)
            .unwrap_or_else(|| panic!("concept `{}` has no `{lang}` entry", self.id))
            .1
    }
}

fn text(v: &Value, key: &str, what: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("termbase: {what} lacks `{key}`"))
        .trim()
        .to_string()
}

fn termbase() -> &'static Vec<Concept> {
    static T: OnceLock<Vec<Concept>> = OnceLock::new();
    T.get_or_init(|| {
        let path = root().join("termbase/termbase.yml");
        let src = std::fs::read_to_string(&path).expect("termbase/termbase.yml reads");
        let doc: Value = serde_yaml::from_str(&src).expect("termbase is YAML");
        let list = doc
            .get("concepts")
            .and_then(Value::as_sequence)
            .expect("termbase has `concepts`");
        let mut seen = std::collections::HashSet::new();
        list.iter()
            .map(|c| {
                let id = text(c, "id", "a concept");
                assert!(seen.insert(id.clone()), "termbase: concept `{id}` twice");
                let fluent = c.get("fluent").and_then(Value::as_str).map(str::to_string);
                let deck = text(c, "deck", &format!("concept `{id}`"));
                let langs = LANGS
                    .iter()
                    .map(|l| {
                        let e = c
                            .get(*l)
                            .unwrap_or_else(|| panic!("termbase: `{id}` has no `{l}`"));
                        let what = format!("`{id}`.{l}");
                        let deprecated = e
                            .get("deprecated")
                            .and_then(Value::as_sequence)
                            .map(|s| {
                                s.iter()
                                    .map(|v| v.as_str().expect("a variant is text").to_string())
                                    .collect()
                            })
                            .unwrap_or_default();
                        (
                            l.to_string(),
                            Entry {
                                term: text(e, "term", &what),
                                definition: text(e, "definition", &what),
                                deprecated,
                            },
                        )
                    })
                    .collect();
                Concept {
                    id,
                    fluent,
                    deck,
                    langs,
                }
            })
            .collect()
    })
}

fn variants(lang: &str) -> Vec<Variant> {
    termbase()
        .iter()
        .flat_map(|c| {
            let e = c.lang(lang);
            e.deprecated
                .iter()
                .map(move |v| Variant::new(v, &c.id, &e.term))
        })
        .collect()
}

fn report(file: &str, line: usize, col: usize, v: &Variant, context: &str) -> String {
    format!(
        "{file}:{line}:{col}: deprecated variant {:?} of `{}`; the termbase's term is {:?}\n    {}",
        v.shown,
        v.concept,
        v.preferred,
        context.trim()
    )
}

/// The translatable text of one line of a Fluent file: no comments, ids, keys or placeables.
fn ftl_text(line: &str, open_select: &mut usize) -> String {
    let t = line.trim_start();
    if t.starts_with('#') || t.is_empty() {
        return String::new();
    }
    let mut t = if !line.starts_with(' ') {
        // `id = value`
        line.split_once('=')
            .map(|(_, v)| v)
            .unwrap_or("")
            .to_string()
    } else if let Some(rest) = t.strip_prefix('.') {
        rest.split_once('=')
            .map(|(_, v)| v)
            .unwrap_or("")
            .to_string()
    } else {
        let t = t.trim_start_matches('*');
        if t.starts_with('[') {
            t.split_once(']').map(|(_, v)| v).unwrap_or("").to_string()
        } else {
            t.to_string()
        }
    };
    // Remove placeables; a select expression's opening line (`{ $form ->`) keeps nothing.
    let mut out = String::new();
    let mut depth = 0usize;
    for c in t.drain(..) {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            '}' if *open_select > 0 => *open_select -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    if depth > 0 {
        *open_select += depth;
    }
    out
}

fn locale_files(lang: &str) -> Vec<PathBuf> {
    let dir = root().join("locales").join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("locales dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn no_message_uses_a_deprecated_variant() {
    let mut found = Vec::new();
    for lang in LANGS {
        let vs = variants(lang);
        for file in locale_files(lang) {
            let src = std::fs::read_to_string(&file).expect("ftl reads");
            let mut open = 0;
            for (n, line) in src.lines().enumerate() {
                let t = ftl_text(line, &mut open);
                for (v, _) in find(&t, &vs) {
                    let col = line.find(v.word().as_str());
                    found.push(report(
                        &rel(&file),
                        n + 1,
                        col.map_or(1, |c| c + 1),
                        v,
                        line,
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} message(s) use deprecated variants:\n{}",
        found.len(),
        found.join("\n")
    );
}

struct Built {
    site: Site,
    pages: Vec<(String, String)>,
}

fn built() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| {
        let input = SiteInput::read(root()).expect("default site reads");
        let site = match Site::load(input, &BuildOptions::default()) {
            Ok(s) => s,
            Err(ds) => panic!(
                "default site does not load:\n{}",
                govdoc::diagnostics::render_human(&ds, false)
            ),
        };
        let pages = site
            .render(RenderOptions::default())
            .expect("default site renders")
            .iter()
            .filter(|o| o.path.ends_with(".html"))
            .map(|o| {
                (
                    o.path.clone(),
                    String::from_utf8_lossy(&o.bytes).to_string(),
                )
            })
            .collect();
        Built { site, pages }
    })
}

/// The visible text of each line of an HTML page (tags removed, entities decoded), with the
/// language of the innermost element that set one, so a glossary cell in another language is
/// checked against that language's variants.
fn visible_lines(html: &str, page_lang: &str) -> Vec<Vec<(String, String)>> {
    let mut in_tag = false;
    let mut tag = String::new();
    let mut langs: Vec<(String, String)> = Vec::new(); // (element name, lang)
    let mut skip = false; // inside <script> or <style>
    let mut out = Vec::new();
    for line in html.lines() {
        let mut segs: Vec<(String, String)> = Vec::new();
        let mut cur = String::new();
        let lang_now = |langs: &Vec<(String, String)>| {
            langs
                .last()
                .map_or(page_lang.to_string(), |(_, l)| l.clone())
        };
        for c in line.chars() {
            if in_tag {
                if c == '>' {
                    in_tag = false;
                    let t = tag.trim().to_string();
                    let name: String = t
                        .trim_start_matches('/')
                        .chars()
                        .take_while(|c| c.is_alphanumeric())
                        .collect();
                    if t.starts_with('/') {
                        if name == "script" || name == "style" {
                            skip = false;
                        }
                        if let Some(pos) = langs.iter().rposition(|(n, _)| *n == name) {
                            if !cur.is_empty() {
                                segs.push((lang_now(&langs), std::mem::take(&mut cur)));
                            }
                            langs.truncate(pos);
                        }
                    } else {
                        if name == "script" || name == "style" {
                            skip = true;
                        }
                        if let Some(i) = t.find(" lang=\"") {
                            let l: String = t[i + 7..].chars().take_while(|c| *c != '"').collect();
                            if !cur.is_empty() {
                                segs.push((lang_now(&langs), std::mem::take(&mut cur)));
                            }
                            if !t.ends_with('/') {
                                langs.push((name, l));
                            }
                        }
                    }
                    cur.push(' ');
                } else {
                    tag.push(c);
                }
            } else if c == '<' {
                in_tag = true;
                tag.clear();
            } else if !skip {
                cur.push(c);
            }
        }
        if !cur.is_empty() {
            segs.push((lang_now(&langs), cur));
        }
        out.push(
            segs.into_iter()
                .map(|(l, s)| {
                    (
                        l,
                        s.replace("&amp;", "&")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&#39;", "'")
                            .replace("&#x27;", "'"),
                    )
                })
                .collect(),
        );
    }
    out
}

#[test]
fn no_built_page_uses_a_deprecated_variant() {
    let b = built();
    let by_lang: std::collections::HashMap<&str, Vec<Variant>> =
        LANGS.iter().map(|l| (*l, variants(l))).collect();
    let mut found = Vec::new();
    let mut checked = [0usize; 3];
    for (path, html) in &b.pages {
        let Some(i) = LANGS
            .iter()
            .position(|l| path.starts_with(&format!("{l}/")))
        else {
            continue;
        };
        checked[i] += 1;
        for (n, segs) in visible_lines(html, LANGS[i]).iter().enumerate() {
            for (lang, text) in segs {
                let Some(vs) = by_lang.get(lang.as_str()) else {
                    continue;
                };
                for (v, _) in find(text, vs) {
                    found.push(report(&format!("public/{path}"), n + 1, 1, v, text));
                }
            }
        }
    }
    for (i, lang) in LANGS.iter().enumerate() {
        assert!(checked[i] > 20, "only {} {lang} pages built", checked[i]);
    }
    assert!(
        found.is_empty(),
        "{} place(s) in built pages use deprecated variants:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn every_concept_is_its_fluent_term_in_every_language() {
    let b = built();
    let mut wrong = Vec::new();
    for c in termbase() {
        let Some(id) = &c.fluent else { continue };
        assert!(id.starts_with('-'), "`{}`: fluent must name a term", c.id);
        for lang in LANGS {
            let got = b.site.catalogues.localizer(lang).get(id, None);
            let want = &c.lang(lang).term;
            if got.as_deref() != Some(want.as_str()) {
                wrong.push(format!(
                    "`{}` in {lang}: termbase says {want:?}, locales/{lang}/terms.ftl `{id}` gives {got:?}",
                    c.id
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_role_and_forum_term_is_in_the_termbase() {
    let b = built();
    let cat = &b.site.catalogues.by_lang["nb"];
    let known: Vec<&str> = termbase()
        .iter()
        .filter_map(|c| c.fluent.as_deref())
        .collect();
    let m = &b.site.model;
    let missing: Vec<String> = cat
        .ids()
        .filter(|id| id.starts_with('-'))
        .filter(|id| {
            let bare = id.trim_start_matches('-');
            m.has_role(bare) || m.has_forum(bare)
        })
        .filter(|id| !known.contains(id))
        .map(|id| id.to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "terms without a termbase concept: {missing:?}"
    );
}

/// Words of the terminology page per language.
fn page_words(lang: &str) -> (&'static str, &'static str, &'static str, &'static str) {
    match lang {
        "nb" => (
            "Denne siden er laget fra termbasen (termbase/termbase.yml), som er fasit for hvilke ord nettstedet bruker. Hvert begrep har én term på hvert språk. Ordlisten viser termene på alle tre språk side om side.",
            "I kilden",
            "Bruk ikke",
            "lysbilde",
        ),
        "es" => (
            "Esta página se genera a partir de la base terminológica (termbase/termbase.yml), que fija las palabras que usa el sitio. Cada concepto tiene un solo término en cada idioma. El glosario muestra los términos de los tres idiomas uno al lado del otro.",
            "En la fuente",
            "No se usa",
            "diapositiva",
        ),
        _ => (
            "This page is generated from the termbase (termbase/termbase.yml), which sets the words the site uses. Each concept has one term in each language. The glossary shows the terms of all three languages side by side.",
            "In the source",
            "Not used",
            "slide",
        ),
    }
}

fn quote(lang: &str, s: &str) -> String {
    match lang {
        "en" => format!("“{s}”"),
        _ => format!("«{s}»"),
    }
}

fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().collect::<String>() + cs.as_str())
        .unwrap_or_default()
}

fn terminology_page(lang: &str) -> String {
    let (intro, source, avoid, slide) = page_words(lang);
    let mut out = format!("{intro}\n");
    for c in termbase() {
        let e = c.lang(lang);
        out.push_str(&format!(
            "\n## {} {{#{}}}\n\n{}\n\n",
            capitalise(&e.term),
            c.id,
            e.definition
        ));
        let deck = c
            .deck
            .replace(
                "slides ",
                &format!("{slide}{} ", if lang == "en" { "s" } else { "" }),
            )
            .replace("slide ", &format!("{slide} "));
        out.push_str(&format!("*{source}:* {deck}"));
        if !e.deprecated.is_empty() {
            let list: Vec<String> = e
                .deprecated
                .iter()
                .map(|v| quote(lang, v.trim_end_matches('*')))
                .collect();
            out.push_str(&format!(" · *{avoid}:* {}", list.join(", ")));
        }
        out.push('\n');
    }
    out
}

#[test]
fn terminology_page_is_generated_from_the_termbase() {
    let bless = std::env::var_os("GOVDOC_BLESS").is_some();
    let mut stale = Vec::new();
    for lang in LANGS {
        let path = root().join(format!("locales/{lang}/pages/terminology.md"));
        let want = terminology_page(lang);
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if bless {
                std::fs::write(&path, &want).expect("write terminology page");
            } else {
                stale.push(rel(&path));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} differ from the termbase; run `GOVDOC_BLESS=1 cargo test --release --test termbase` and commit"
    );
}

#[test]
fn the_ftl_reader_leaves_out_placeables() {
    let mut open = 0;
    assert_eq!(
        ftl_text("role-x-summary = Prepares { -y } for TICs", &mut open).trim(),
        "Prepares  for TICs"
    );
}

/// Issue 15: every role the deck describes in one line says so on its card, and where it acts,
/// in all three languages (`role-<id>-note-one-line`).
#[test]
fn every_one_line_role_explains_itself_on_its_card() {
    let b = built();
    let roles = [
        "municipal-decision-body",
        "overall-management",
        "steering-group-members",
        "system-coordinator",
        "ict-coordinator",
        "authorised-buyer",
        "user",
        "other-system-vendors",
        "projects-and-consulting",
    ];
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    };
    let mut missing = Vec::new();
    for lang in LANGS {
        let loc = b.site.catalogues.localizer(lang);
        for role in roles {
            let id = format!("role-{role}-note-one-line");
            let Some(note) = loc.get(&id, None) else {
                missing.push(format!("{lang}: no message `{id}`"));
                continue;
            };
            let path = format!("{lang}/roles/{role}/index.html");
            let page = b.pages.iter().find(|(p, _)| *p == path);
            if !page.is_some_and(|(_, html)| html.contains(&escape(&note))) {
                missing.push(format!("{path} does not show `{id}`"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Issue 15: the deck's open points that are not a field of the model (who chairs the steering
/// group, "POL???", …) are listed on the open-questions page, one item per line of the site's
/// `open-questions-source-points`, in every language; a site without it shows no such section.
#[test]
fn the_decks_open_points_are_on_the_open_questions_page() {
    let b = built();
    for lang in LANGS {
        let loc = b.site.catalogues.localizer(lang);
        let points = loc
            .get("open-questions-source-points", None)
            .unwrap_or_default();
        let lines: Vec<&str> = points
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert!(lines.len() >= 4, "{lang}: {points:?}");
        let path = format!("{lang}/open-questions/index.html");
        let (_, html) = b
            .pages
            .iter()
            .find(|(p, _)| *p == path)
            .unwrap_or_else(|| panic!("no {path}"));
        let section = html
            .split("<h2 id=\"source-points\">")
            .nth(1)
            .unwrap_or_else(|| panic!("{path} has no section of the source's open points"));
        let items = section.split("</ul>").next().unwrap_or_default();
        assert_eq!(items.matches("<li>").count(), lines.len(), "{path}");
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        };
        for l in &lines {
            assert!(
                items.contains(&format!("<li>{}</li>", esc(l))),
                "{path}: {l}"
            );
        }
        assert!(section.contains("POL???"), "{path}");
    }
}
