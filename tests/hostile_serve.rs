//! The `serve` error overlay with hostile text (issue 12): a diagnostic that echoes markup,
//! quotes and a terminal escape from a source file shows them as text over the last good page.

mod common;

use common::*;

#[test]
fn the_error_overlay_escapes_what_the_sources_say() {
    let (tmp, site) = site(6);
    let mut g = Govdoc::start(
        tmp.path(),
        &["serve", "-s", "site", "--out", "public", "--port", "0"],
    );
    let line = g.wait_line("serving ");
    let base = line
        .split(" at ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .expect("an address")
        .trim_end_matches('/')
        .to_string();
    let role = site.join("content/roles/role-00002.yml");
    let text = read(&role);
    let held = text
        .lines()
        .find(|l| l.starts_with("held-by:"))
        .expect("a held-by line")
        .to_string();
    edit(
        &role,
        &held,
        "held-by: \"<script>alert(1)</script>\\\" onload='x' ]]> \\e[31m\"",
    );
    g.wait_line("failed");
    let page = reqwest::blocking::Client::builder()
        .timeout(PATIENCE)
        .build()
        .unwrap()
        .get(format!("{base}/nb/"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        page.contains("id=\"govdoc-errors\""),
        "the overlay is shown"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the id is shown as text"
    );
    assert!(
        !page.contains("<script>alert(1)"),
        "no markup from the source"
    );
    assert!(!page.contains("onload='x'"), "no attribute from the source");
    assert!(!page.contains('\u{1b}'), "no raw terminal escape");
    assert!(g.interrupt(), "serve stops cleanly");
}

#[test]
fn a_prose_page_saved_while_watching_is_checked_like_a_build_checks_it() {
    let (tmp, site) = site(6);
    let mut g = Govdoc::start(
        tmp.path(),
        &["build", "--watch", "-s", "site", "-o", "public"],
    );
    g.wait_line("watching ");
    let page = site.join("locales/nb/pages/about.md");
    std::fs::create_dir_all(page.parent().unwrap()).unwrap();
    std::fs::write(&page, "# Om\n\n![logo](/static/logo.svg)\n").unwrap();
    g.wait_line("rebuilt");
    // An edit of a page that exists changes no id: the check must run all the same.
    std::fs::write(&page, "# Om\n\n![piksel](https://tracker.example/p.gif)\n").unwrap();
    g.wait_line("failed");
    assert!(
        g.seen
            .iter()
            .any(|l| l.contains("locales/nb/pages/about.md:3:")
                && l.contains("markdown::external-image")),
        "{:?}",
        g.seen
    );
    std::fs::write(&page, "# Om\n\n![logo](/static/logo.svg)\n").unwrap();
    g.wait_line("rebuilt");
    assert!(g.interrupt());
}
