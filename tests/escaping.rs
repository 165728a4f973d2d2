//! Hostile text from translators: Fluent messages with markup and attribute-breaking quotes are
//! escaped wherever they land (text, attributes, `<title>`), and Markdown prose is sanitised.

mod support;

use std::path::PathBuf;
use std::sync::OnceLock;
use support::*;

const SCRIPT: &str = "<script>alert(1)</script>";
const BREAKOUT: &str = "\" onmouseover=\"x";

/// The fixture with hostile English messages and prose, built once.
fn out() -> PathBuf {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let (tmp, site) = fixture_copy_in(shared_tempdir("escaping"));
        let en = site.join("locales/en");
        // Lands in <meta content="…"> on every page and in the home page's text.
        edit(&en.join("site.ftl"), "site-description = Roles, meetings and risks in a small test model.", &format!("site-description = Evil {SCRIPT} and {BREAKOUT} end"));
        // Lands in text (the role card's summary and the role tables).
        edit(&en.join("roles.ftl"), "role-system-owner-summary = Owns the system and the process it supports.", &format!("role-system-owner-summary = Owns {SCRIPT} and {BREAKOUT} end"));
        // A term: lands in <h1>, <title>, and link texts on other pages.
        edit(&en.join("terms.ftl"), "-system-owner = system owner", &format!("-system-owner = owner {SCRIPT} {BREAKOUT}"));
        // A theme message overridden by the site: lands in aria-label="…".
        std::fs::write(en.join("theme-overrides.ftl"), format!("language-switcher-label = Lang {BREAKOUT} {SCRIPT}\n")).unwrap();
        std::fs::write(
            en.join("pages/about.md"),
            "# About the model\n\nKept text.\n\n<script>alert(2)</script>\n\n[click](javascript:alert(3))\n\n<a href=\"javascript:alert(4)\">link</a>\n\n<img src=\"x\" onerror=\"alert(5)\">\n\n<p onclick=\"alert(6)\" style=\"color:red\">styled</p>\n",
        )
        .unwrap();
        build(&site, &tmp.path().join("public"), &[]).expect_status(0);
        tmp
    })
    .path()
    .join("public")
}

fn page(rel: &str) -> String {
    std::fs::read_to_string(out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn fluent_text_is_escaped_in_text_and_attributes() {
    for (rel, html) in html_pages(&out()) {
        assert!(
            !html.contains(SCRIPT),
            "{rel}: a Fluent message injected a <script>"
        );
        assert!(
            !html.contains(BREAKOUT),
            "{rel}: a Fluent message broke out of an attribute"
        );
        assert!(
            !html.contains("onmouseover=\"x"),
            "{rel}: an event handler attribute appeared"
        );
        for t in tags(&html) {
            assert!(
                !t.attrs.iter().any(|(n, _)| n.starts_with("on")),
                "{rel}: <{}> has an event handler: {:?}",
                t.name,
                t.attrs
            );
            // The one script a page may load is the theme's own search script, by `src`.
            assert!(
                t.name != "script"
                    || (t
                        .attr("src")
                        .is_some_and(|s| s.ends_with("/static/search.js"))
                        && t.attrs.iter().any(|(n, _)| n == "defer")),
                "{rel}: a <script> element: {:?}",
                t.attrs
            );
        }
    }
    let card = page("en/roles/system-owner/index.html");
    // Shown as text, not dropped: the reader sees exactly what the translator wrote.
    let summary = section(&card, "<p class=\"summary\">", "</p>").expect("summary");
    assert_eq!(
        unescape(&summary["<p class=\"summary\">".len()..]),
        format!("Owns {SCRIPT} and {BREAKOUT} end")
    );
    let title = section(&card, "<title>", "</title>").expect("title");
    assert!(
        unescape(title).contains(&format!("owner {SCRIPT} {BREAKOUT}"))
            || unescape(title).contains(&format!("Owner {SCRIPT} {BREAKOUT}")),
        "{title}"
    );
    // Attribute values round-trip as the translator wrote them.
    let all = tags(&card);
    let meta = all
        .iter()
        .find(|t| t.name == "meta" && t.attr("name") == Some("description"))
        .expect("meta description");
    // A role card describes itself by its summary, which carries the same payload.
    assert_eq!(
        meta.attr("content"),
        Some(format!("Owns {SCRIPT} and {BREAKOUT} end").as_str())
    );
    let nav = all
        .iter()
        .find(|t| t.name == "nav" && t.attr("class") == Some("languages"))
        .expect("language nav");
    assert_eq!(
        nav.attr("aria-label"),
        Some(format!("Lang {BREAKOUT} {SCRIPT}").as_str())
    );
    // The other languages are untouched.
    assert!(page("nb/roles/system-owner/index.html").contains("<h1>Systemeier</h1>"));
}

#[test]
fn prose_pages_are_sanitised() {
    let html = page("en/about/index.html");
    let main = main_of(&html);
    assert!(main.contains("Kept text."), "{main}");
    assert!(main.contains("styled"), "{main}");
    for bad in [
        "<script",
        "alert(2)",
        "javascript:",
        "onerror",
        "onclick",
        "alert(5)",
    ] {
        assert!(
            !main.to_lowercase().contains(bad),
            "{bad:?} survived sanitising:\n{main}"
        );
    }
}
