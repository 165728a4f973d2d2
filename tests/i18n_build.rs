//! What translators' features do to the built site: the pseudo-locale, `--drafts` marking of
//! fallback text, and no Unicode isolation marks anywhere. Runs the real binary on a copy of
//! `tests/fixtures/i18n/site`.

use std::path::{Path, PathBuf};
use std::process::Command;
use support::copy_dir;

mod support;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/i18n/site");

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Builds a copy of the fixture (after `edit`) with extra flags; returns the temp dir and output.
fn build(flags: &[&str], edit: impl Fn(&Path)) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(Path::new(FIXTURE), &root);
    edit(&root);
    let out = tmp.path().join("public");
    let res = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .arg("build")
        .arg("--source")
        .arg(&root)
        .arg("--out")
        .arg(&out)
        .args(flags)
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    (tmp, out)
}

fn pages(out: &Path, lang: &str) -> Vec<(PathBuf, String)> {
    walk(&out.join(lang))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| (p.clone(), std::fs::read_to_string(p).unwrap()))
        .collect()
}

/// The text a reader sees: text nodes outside elements marked as another language (`lang`
/// other than the page's), plus `title`, `alt`, `aria-label` and the meta description.
fn visible_text(html: &str, page_lang: &str) -> Vec<String> {
    const VOID: &[&str] = &["meta", "link", "br", "img", "input", "hr", "source", "wbr"];
    let mut out = Vec::new();
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        if !stack
            .iter()
            .any(|(name, other)| *other || name == "script" || name == "style")
        {
            out.push(text.to_string());
        }
        let gt = rest[lt..].find('>').map_or(rest.len(), |i| lt + i);
        let tag = &rest[lt + 1..gt];
        rest = rest.get(gt + 1..).unwrap_or("");
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_lowercase();
            if let Some(i) = stack.iter().rposition(|(n, _)| *n == name) {
                stack.truncate(i);
            }
            continue;
        }
        if tag.starts_with('!') {
            continue;
        }
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_lowercase();
        let attr = |a: &str| {
            tag.find(&format!(" {a}=\"")).map(|i| {
                tag[i + a.len() + 3..]
                    .split('"')
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
        };
        let other = attr("lang").is_some_and(|l| l != page_lang);
        if !other {
            for a in ["title", "alt", "aria-label"] {
                out.extend(attr(a));
            }
            if name == "meta" && attr("name").as_deref() == Some("description") {
                out.extend(attr("content"));
            }
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            stack.push((name, other));
        }
    }
    out
}

#[test]
fn pseudo_locale_has_no_text_outside_the_pseudo_alphabet() {
    let (_tmp, out) = build(&["--pseudo"], |_| {});
    assert_pseudo_clean(&out);
}

/// The default site at the repository root (once it has one) passes the same scan and
/// `govdoc i18n status --strict`.
#[test]
fn default_site_pseudo_build_and_strict_status() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    if !repo.join("govdoc.yml").is_file() {
        eprintln!("no default site at the repository root yet; skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::copy(repo.join("govdoc.yml"), root.join("govdoc.yml")).unwrap();
    for d in ["content", "locales", "templates", "static"] {
        if repo.join(d).is_dir() {
            copy_dir(&repo.join(d), &root.join(d));
        }
    }
    let status = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["i18n", "status", "--strict", "--source"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );
    let out = tmp.path().join("public");
    let res = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .arg("build")
        .arg("--source")
        .arg(&root)
        .arg("--out")
        .arg(&out)
        .arg("--pseudo")
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    assert_pseudo_clean(&out);
}

fn assert_pseudo_clean(out: &Path) {
    let bad = pseudo_offenders(out);
    assert!(
        bad.is_empty(),
        "text outside the pseudo alphabet:\n{}",
        bad.join("\n")
    );
}

/// Words on the pseudo-locale's pages that are not pseudo text, proper names or data.
fn pseudo_offenders(out: &Path) -> Vec<String> {
    let pages = pages(out, "qps");
    assert!(pages.len() > 5, "the pseudo-locale is built: {pages:?}");
    // Proper names and data that are the same in every language.
    // The owner's name and addresses come from govdoc.yml (data, the same in every language).
    let allowed = [
        "govdoc",
        "IKT-tinget",
        "Eksempel",
        "IKT-samarbeid",
        "example.org",
    ];
    let mut bad = Vec::new();
    for (path, html) in &pages {
        for text in visible_text(html, "qps") {
            for word in text.split_whitespace() {
                let word = word
                    .replace("&amp;", "&")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'");
                // fluent-pseudo keeps a, e, i, o, u as ASCII (doubled), and replaces every
                // other Latin letter; an ASCII consonant means the text bypassed the catalogue.
                if word
                    .chars()
                    .any(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c))
                    && !allowed.iter().any(|a| word.contains(a))
                {
                    bad.push(format!("{}: {word}", path.display()));
                }
            }
        }
    }
    bad
}

#[test]
fn the_pseudo_check_catches_hard_coded_text() {
    // The same scan on a site whose template has a hard-coded English word must fail.
    let (_tmp, out) = build(&["--pseudo"], |root| {
        std::fs::create_dir_all(root.join("templates")).unwrap();
        let page = include_str!("../themes/default/templates/page.html").replace(
            "<article class=\"prose\">",
            "<article class=\"prose\"><p>Contents</p>",
        );
        std::fs::write(root.join("templates/page.html"), page).unwrap();
    });
    let bad = pseudo_offenders(&out);
    assert!(
        bad.iter().any(|w| w.ends_with(": Contents")),
        "the scan must catch it: {bad:?}"
    );
}

#[test]
fn no_isolation_marks_anywhere_in_the_output() {
    for flags in [&[][..], &["--pseudo", "--drafts"][..]] {
        let (_tmp, out) = build(flags, |root| {
            // A missing message makes --drafts mark text, placeables included.
            let es = root.join("locales/es/site.ftl");
            let text = std::fs::read_to_string(&es)
                .unwrap()
                .replace("-change-forum = comité de cambios\n", "");
            std::fs::write(es, text).unwrap();
        });
        for path in walk(&out) {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let lower = text.to_lowercase();
            for bad in [
                "\u{2068}",
                "\u{2069}",
                "&#x2068;",
                "&#x2069;",
                "&#8296;",
                "&#8297;",
                "%e2%81%a8",
                "%e2%81%a9",
            ] {
                assert!(
                    !lower.contains(bad),
                    "{bad:?} in {} ({flags:?})",
                    path.display()
                );
            }
            for c in ['\u{E000}', '\u{E001}', '\u{E002}'] {
                assert!(
                    !text.contains(c),
                    "a drafts marker leaked into {}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn drafts_mark_fallback_text_and_normal_builds_do_not() {
    let drop_term = |root: &Path| {
        let es = root.join("locales/es/site.ftl");
        let text = std::fs::read_to_string(&es)
            .unwrap()
            .replace("-change-forum = comité de cambios\n", "");
        std::fs::write(es, text).unwrap();
        std::fs::remove_file(root.join("locales/es/pages/about.md")).unwrap();
    };
    let (_tmp, out) = build(&["--drafts"], drop_term);
    let forum = std::fs::read_to_string(out.join("es/forums/change-forum/index.html")).unwrap();
    assert!(
        forum.contains(
            "<span class=\"fallback\" lang=\"nb\" title=\"no traducido\">Endringsforum</span>"
        ) || forum.contains("<span class=\"fallback\" lang=\"nb\""),
        "{forum}"
    );
    let title = forum
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap();
    assert!(!title.contains('<'), "no markup in <title>: {title}");
    let about = std::fs::read_to_string(out.join("es/about/index.html")).unwrap();
    assert!(
        about.contains("<div class=\"fallback\" lang=\"nb\">"),
        "{about}"
    );
    let (_tmp2, out) = build(&[], drop_term);
    for path in walk(&out) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            !text.contains("class=\"fallback\""),
            "fallback marked in a normal build: {}",
            path.display()
        );
    }
    let forum = std::fs::read_to_string(out.join("es/forums/change-forum/index.html")).unwrap();
    assert!(
        forum.contains("Endringsforum"),
        "the fallback text is shown from nb"
    );
}

#[test]
fn translation_status_page_lists_missing_and_stale_texts() {
    let (_tmp, out) = build(&[], |root| {
        let settings = std::fs::read_to_string(root.join("govdoc.yml")).unwrap();
        std::fs::write(
            root.join("govdoc.yml"),
            settings + "translation-status-page: true\n",
        )
        .unwrap();
        let nb = root.join("locales/nb/site.ftl");
        let text = std::fs::read_to_string(&nb)
            .unwrap()
            .replace("Eier systemet og prosessen det støtter.", "Eier alt.");
        std::fs::write(nb, text).unwrap();
        let es = root.join("locales/es/site.ftl");
        let text = std::fs::read_to_string(&es)
            .unwrap()
            .replace("-change-forum = comité de cambios\n", "");
        std::fs::write(es, text).unwrap();
    });
    let page = std::fs::read_to_string(out.join("en/translation-status/index.html")).unwrap();
    assert!(
        page.contains("<code>-change-forum</code>"),
        "missing term listed: {page}"
    );
    assert!(page.contains("<td lang=\"nb\">Eier systemet og prosessen det støtter.</td><td lang=\"nb\">Eier alt.<p class=\"detail\">"), "old and new source: {page}");
    assert!(
        std::fs::read_to_string(out.join("es/index.html"))
            .unwrap()
            .contains("/es/translation-status/"),
        "linked from the footer"
    );
    let (_tmp, out) = build(&[], |_| {});
    assert!(
        !out.join("en/translation-status/index.html").exists(),
        "off unless the settings turn it on"
    );
}

/// One policy for broken translations: a misspelt variable, an unknown term, a missing
/// variable, an unclosed brace and a duplicate id in `es` are each reported by `build` and
/// `check` with file, line and column; the entries fall back to `nb`, marked with their language;
/// the site (every language) is still built; `--strict` makes each finding an error.
#[test]
fn broken_translations_warn_fall_back_marked_and_fail_only_with_strict() {
    let edit = |root: &Path| {
        let es = root.join("locales/es/site.ftl");
        let text = std::fs::read_to_string(&es).unwrap();
        let text =
            text.replace(
                "role-system-owner-summary = Es dueño del sistema y del proceso que apoya.",
                "role-system-owner-summary = Es dueño del { -sistema }.",
            )
            .replace(
                "forum-change-forum-purpose = Foro para priorizar y decidir cambios.",
                "forum-change-forum-purpose = Foro para { $categroy }.",
            )
            .replace(
                "site-welcome = Bienvenido, { $name }, al modelo de gobernanza.",
                "site-welcome = Bienvenido al modelo de gobernanza.",
            )
            .replace(
                "forum-change-forum-task-assess = Evaluar cambios funcionales.",
                "forum-change-forum-task-assess = Evaluar { cambios funcionales.",
            ) + "forum-change-forum-power-stop-or-start = Otra vez.\n";
        std::fs::write(&es, text).unwrap();
    };
    let (tmp, out) = build(&[], edit);
    let root = tmp.path().join("site");
    let es_text = std::fs::read_to_string(root.join("locales/es/site.ftl")).unwrap();
    let line = |prefix: &str| {
        es_text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with(prefix))
            .map(|(i, _)| i + 1)
            .last()
            .unwrap()
    };
    let expected = [
        (
            "i18n::unknown-reference",
            line("role-system-owner-summary"),
            44,
        ),
        (
            "i18n::unknown-variable",
            line("forum-change-forum-purpose ="),
            42,
        ),
        ("i18n::missing-variable", line("site-welcome"), 1),
        ("i18n::syntax", line("forum-change-forum-task-assess"), 0),
        (
            "i18n::duplicate",
            line("forum-change-forum-power-stop-or-start"),
            1,
        ),
    ];
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_govdoc"))
            .args(args)
            .arg("--source")
            .arg(&root)
            .output()
            .unwrap();
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let outdir = tmp.path().join("again");
    let outdir = outdir.to_str().unwrap();
    for args in [&["build", "--out", outdir][..], &["check"][..]] {
        let (code, err) = run(args);
        assert_eq!(
            code, 0,
            "{args:?} must not fail on a broken translation: {err}"
        );
        for (c, l, col) in &expected {
            let at = if *col > 0 {
                format!("locales/es/site.ftl:{l}:{col}: warning[{c}]")
            } else {
                format!("locales/es/site.ftl:{l}:")
            };
            assert!(
                err.lines()
                    .any(|x| x.starts_with(&at) && x.contains(&format!("warning[{c}]"))),
                "{args:?} lacks {at} {c}:\n{err}"
            );
        }
        assert!(err.contains("`es` pages show this text from nb"), "{err}");
        let (code, err) = run(&[args, &["--strict"]].concat());
        assert_eq!(code, 1, "{args:?} --strict fails: {err}");
        assert!(err.contains("error[i18n::unknown-variable]"), "{err}");
    }
    // The es pages show the nb text of each broken entry, marked as Norwegian.
    let es: String = pages(&out, "es").into_iter().map(|(_, t)| t).collect();
    for nb in [
        "Eier systemet og prosessen det støtter.",
        "Forum for å prioritere og beslutte endringer.",
        "Vurdere funksjonelle endringer.",
        "Kan stanse og iverksette endringer.",
    ] {
        assert!(
            es.contains(&format!("<span lang=\"nb\">{nb}</span>")),
            "es falls back to nb, marked, for {nb}"
        );
    }
    assert!(!es.contains("{-sistema}") && !es.contains("{$categroy}") && !es.contains("Otra vez"));
    // The source language is untouched and built.
    let nb: String = pages(&out, "nb").into_iter().map(|(_, t)| t).collect();
    assert!(
        nb.contains("Eier systemet og prosessen det støtter.")
            && !nb.contains("<span lang=\"nb\">")
    );
}

/// Site languages written as platforms write them (`nb-NO`, `es-ES`, `en-GB`) get the built-in
/// theme's `nb`, `es` and `en` strings through Fluent's language negotiation: the Spanish site's
/// menu button says "Menú", not the Norwegian "Meny".
#[test]
fn platform_locale_codes_negotiate_with_the_theme_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(Path::new(FIXTURE), &root);
    let yml = std::fs::read_to_string(root.join("govdoc.yml"))
        .unwrap()
        .replace("default-language: nb", "default-language: nb-NO")
        .replace("code: nb", "code: nb-NO")
        .replace("code: es", "code: es-ES")
        .replace("code: en", "code: en-GB")
        .replace("[nb]", "[nb-NO]");
    std::fs::write(root.join("govdoc.yml"), yml).unwrap();
    for (from, to) in [("nb", "nb-NO"), ("es", "es-ES"), ("en", "en-GB")] {
        std::fs::rename(
            root.join("locales").join(from),
            root.join("locales").join(to),
        )
        .unwrap();
    }
    let out = tmp.path().join("out");
    support::build(&root, &out, &[]).expect_status(0);
    let page = |lang: &str| std::fs::read_to_string(out.join(lang).join("index.html")).unwrap();
    let (nb, es, en) = (page("nb-NO"), page("es-ES"), page("en-GB"));
    assert!(nb.contains(">Meny<"), "{nb}");
    assert!(es.contains(">Menú<"), "{es}");
    assert!(!es.contains(">Meny<"), "es-ES fell back to Norwegian: {es}");
    assert!(en.contains(">Menu<"), "{en}");
}

/// Issue 14: the status page counts words (source, translated and up to date, untranslated,
/// stale), written the page's language's way, and shows each stale text's old and new source
/// beside the translation as it stands.
#[test]
fn translation_status_page_counts_words_and_shows_stale_texts_side_by_side() {
    let (_tmp, out) = build(&[], |root| {
        let settings = std::fs::read_to_string(root.join("govdoc.yml")).unwrap();
        std::fs::write(
            root.join("govdoc.yml"),
            settings + "translation-status-page: true\n",
        )
        .unwrap();
        // 1,200 more source words, none of them translated: numbers with thousands.
        let nb = root.join("locales/nb/site.ftl");
        let text = std::fs::read_to_string(&nb)
            .unwrap()
            .replace("Eier systemet og prosessen det støtter.", "Eier alt.")
            + &format!("site-long = {}\n", "ord ".repeat(1200));
        std::fs::write(nb, text).unwrap();
    });
    let en = std::fs::read_to_string(out.join("en/translation-status/index.html")).unwrap();
    let nb = std::fs::read_to_string(out.join("nb/translation-status/index.html")).unwrap();
    let es = std::fs::read_to_string(out.join("es/translation-status/index.html")).unwrap();
    assert!(en.contains("<h2 id=\"status-words\">Words</h2>"), "{en}");
    // The new message's 1,200 words are missing in es and en; the stale summary's two.
    assert!(
        en.contains("<td>1,200</td>"),
        "untranslated words, en style: {en}"
    );
    assert!(
        nb.contains("<td>1\u{a0}200</td>"),
        "nb groups with a no-break space: {nb}"
    );
    assert!(
        es.contains("<td>1200</td>"),
        "es groups only from five digits: {es}"
    );
    assert!(en.contains("<td>2</td>"), "stale words: {en}");
    assert!(
        en.contains("<td lang=\"nb\">Eier systemet og prosessen det støtter.</td><td lang=\"nb\">Eier alt.<p class=\"detail\">Change in the source: <code>"),
        "old and new source with the change: {en}"
    );
    assert!(
        en.contains("<td lang=\"es\">Es dueño del sistema y del proceso que apoya.</td>"),
        "the current translation beside them: {en}"
    );
    // Percentages: "99,4 %" in nb and es, "99.4%" in en (a no-break space before %).
    let pct = |page: &str| -> Vec<String> {
        page.split("<td>")
            .filter_map(|c| c.split_once("</td>").map(|(v, _)| v.to_string()))
            .filter(|v| v.ends_with('%'))
            .collect()
    };
    let (p_nb, p_es, p_en) = (pct(&nb), pct(&es), pct(&en));
    assert!(!p_en.is_empty(), "{en}");
    for ((a, b), c) in p_nb.iter().zip(&p_es).zip(&p_en) {
        assert!(
            a.ends_with("\u{a0}%") && b.ends_with("\u{a0}%"),
            "{a:?} {b:?}"
        );
        assert!(!c.ends_with(" %") && !c.ends_with("\u{a0}%"), "{c:?}");
        if c.contains('.') {
            assert!(a.contains(',') && b.contains(','), "{a:?} {b:?} {c:?}");
        }
    }
    assert!(
        p_en.iter().any(|c| c.contains('.')),
        "a percentage with decimals: {p_en:?}"
    );
}

/// The open-questions page shows a section of the source's open points only when the site
/// writes `open-questions-source-points` (the theme's default is empty).
#[test]
fn a_site_without_source_points_shows_no_such_section() {
    let (_tmp, out) = build(&[], |_| {});
    let page = std::fs::read_to_string(out.join("en/open-questions/index.html")).unwrap();
    assert!(!page.contains("id=\"source-points\""), "{page}");
}
