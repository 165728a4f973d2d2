//! The repository's own site (`govdoc.yml`, `content/`, `locales/`, `themes/default/`), built
//! once with the real binary into a temporary folder (never into the repository's `public/`):
//! every language, every role card and meeting description, no leaked ids or placeholders, and
//! a language switcher that works on every page.

mod support;

use govdoc::load::SiteInput;
use govdoc::model::ConceptKind;
use govdoc::site::{BuildOptions, Site};
use std::path::PathBuf;
use std::sync::OnceLock;
use support::*;

/// The default site, built once per test binary; the build's outcome is kept so every test
/// reports a failed build with its diagnostics.
fn out() -> PathBuf {
    static OUT: OnceLock<(tempfile::TempDir, Run)> = OnceLock::new();
    let (tmp, run) = OUT.get_or_init(|| {
        let tmp = shared_tempdir("default_site");
        let run = build(&repo_root(), &tmp.path().join("public"), &[]);
        (tmp, run)
    });
    run.expect_status(0);
    tmp.path().join("public")
}

fn site() -> Site {
    let input = SiteInput::read(&repo_root()).expect("the default site reads");
    match Site::load(
        input,
        &BuildOptions {
            source: repo_root(),
            ..Default::default()
        },
    ) {
        Ok(s) => s,
        Err(ds) => panic!(
            "the default site does not load:\n{}",
            ds.iter()
                .map(govdoc::diagnostics::render_plain)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn languages(site: &Site) -> Vec<String> {
    site.settings.codes().map(str::to_string).collect()
}

#[test]
fn every_language_has_every_role_card_and_meeting_description() {
    let out = out();
    let site = site();
    let langs = languages(&site);
    for code in ["nb", "es", "en"] {
        assert!(
            langs.iter().any(|l| l == code),
            "the default site has {code}: {langs:?}"
        );
    }
    assert!(out.join("index.html").is_file(), "root index.html");
    for lang in &langs {
        for p in [
            "",
            "roles/",
            "forums/",
            "risks/",
            "model/",
            "glossary/",
            "open-questions/",
        ] {
            assert!(
                out.join(format!("{lang}/{p}index.html")).is_file(),
                "missing {lang}/{p}index.html"
            );
        }
        for id in site.model.roles().map(|r| &r.id) {
            let rel = format!("{lang}/roles/{id}/index.html");
            let html =
                std::fs::read_to_string(out.join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
            assert!(
                html.contains("class=\"role-card\""),
                "{rel} is not a role card"
            );
        }
        for id in site.model.forums().map(|f| &f.id) {
            let rel = format!("{lang}/forums/{id}/index.html");
            let html =
                std::fs::read_to_string(out.join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
            assert!(
                html.contains("class=\"meeting\""),
                "{rel} is not a meeting description"
            );
        }
        for p in site.model.pages() {
            assert!(
                out.join(format!("{lang}/{}/index.html", p.id)).is_file(),
                "missing page {lang}/{}",
                p.id
            );
        }
    }
}

#[test]
fn default_content_covers_what_the_issue_asks_for() {
    let site = site();
    let m = &site.model;
    for role in ["system-owner", "chief-executive", "operations-provider"] {
        assert!(m.has_role(role), "role {role}");
    }
    for forum in ["ict-steering-group", "change-forum"] {
        assert!(m.has_forum(forum), "forum {forum}");
    }
    assert!(
        m.risks().count() >= 2,
        "the risk register has {} risks",
        m.risks().count()
    );
    let has = |k: ConceptKind| m.concepts(k).next().is_some();
    assert!(
        has(ConceptKind::StrategyLevel)
            && has(ConceptKind::Capacity)
            && has(ConceptKind::Foundation),
        "model overview parts"
    );
    assert!(
        has(ConceptKind::Function) && has(ConceptKind::SupplySide),
        "functions and the orderer-supplier model"
    );
}

#[test]
fn no_page_shows_a_raw_message_id_or_placeholder() {
    let ids = message_ids(&repo_root());
    assert_no_problems(
        "leaked text on the default site",
        &leak_problems(&out(), &ids),
    );
}

#[test]
fn language_switcher_points_to_existing_pages() {
    let site = site();
    let langs = languages(&site);
    let langs: Vec<&str> = langs.iter().map(String::as_str).collect();
    assert_no_problems(
        "language switcher",
        &switcher_problems(&out(), "", &langs, &site.settings.default_language),
    );
}

#[test]
fn internal_links_resolve() {
    assert_no_problems(
        "internal links of the default site",
        &link_problems(&out(), ""),
    );
}

#[test]
fn no_page_has_duplicate_ids() {
    assert_no_problems(
        "duplicate ids on the default site",
        &duplicate_id_problems(&out()),
    );
}
