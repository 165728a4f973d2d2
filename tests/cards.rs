//! Role and forum pages and list rows of the built-in theme are written by Rust
//! (`render::cards`), not by tera: the two must agree byte for byte, a site overriding one of their templates must get
//! its own template's output, and a missing message must stay the error tera reports.
//!
//! `TERA_ONLY` is process-wide, so the tests of this binary take turns ([`serial`]).

mod support;

use govdoc::load::SiteInput;
use govdoc::render::cards::{Choice, TERA_ONLY};
use govdoc::render::engine::Templates;
use govdoc::site::{build, BuildOptions};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Mutex, MutexGuard};
use support::{copy_dir, fixture_copy, repo_root, tempdir};

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// What the site's templates choose.
/// Every page kind and list written by Rust: the choice for the built-in theme.
fn all_written() -> Choice {
    Choice {
        role: true,
        forum: true,
        risks: true,
        cycle: true,
        matrix: true,
        glossary: true,
        search: true,
        role_rows: true,
        forum_rows: true,
        ties: true,
    }
}

fn choice(site: &Path) -> Choice {
    let input = SiteInput::read(site).expect("site reads");
    Templates::compile(&input)
        .expect("templates compile")
        .cards()
}

/// Every file of a finished build, by path.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).expect("output dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("under root").to_path_buf();
                out.insert(rel, std::fs::read(&p).expect("output file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn build_site(
    site: &Path,
    out: &Path,
    drafts: bool,
    tera_only: bool,
) -> BTreeMap<PathBuf, Vec<u8>> {
    TERA_ONLY.store(tera_only, Ordering::Relaxed);
    let opts = BuildOptions {
        source: site.to_path_buf(),
        out: out.to_path_buf(),
        drafts,
        pseudo: true,
        ..Default::default()
    };
    let built = build(&opts);
    TERA_ONLY.store(false, Ordering::Relaxed);
    built.unwrap_or_else(|e| panic!("{} builds: {e:?}", site.display()));
    files(out)
}

/// Builds `site` both ways and compares every file; returns how many role and forum pages
/// there were.
fn same_both_ways(site: &Path, drafts: bool) -> usize {
    let choice = choice(site);
    assert!(
        choice.role
            && choice.forum
            && choice.risks
            && choice.cycle
            && choice.matrix
            && choice.glossary,
        "{}: the built-in templates must be chosen",
        site.display()
    );
    let tmp = tempdir();
    let rust = build_site(site, &tmp.path().join("rust"), drafts, false);
    let tera = build_site(site, &tmp.path().join("tera"), drafts, true);
    assert_eq!(
        rust.keys().collect::<Vec<_>>(),
        tera.keys().collect::<Vec<_>>(),
        "{}: the same files",
        site.display()
    );
    let mut cards = 0;
    for (path, bytes) in &rust {
        let s = path.to_string_lossy();
        if s.contains("/roles/") || s.contains("/forums/") {
            cards += 1;
        }
        if bytes != &tera[path] {
            panic!(
                "{}: {} differs from tera's rendering:\n--- rust\n{}\n--- tera\n{}",
                site.display(),
                path.display(),
                String::from_utf8_lossy(bytes),
                String::from_utf8_lossy(&tera[path])
            );
        }
    }
    cards
}

#[test]
fn the_default_site_s_cards_equal_tera_s() {
    let _turn = serial();
    assert!(same_both_ways(&repo_root(), false) > 60);
}

#[test]
fn the_kommune_example_s_cards_equal_tera_s_also_in_drafts() {
    let _turn = serial();
    let site = repo_root().join("examples/kommune");
    assert!(same_both_ways(&site, false) > 60);
    assert!(same_both_ways(&site, true) > 60);
}

#[test]
fn fallback_text_and_the_draft_banner_equal_tera_s() {
    let _turn = serial();
    // Spanish lacks a role's summary, a term and the site's description: its cards fall back
    // to Norwegian, and the drafts build shows the banner, counting each look-up.
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&repo_root().join("examples/kommune"), &site);
    let es = site.join("locales/es");
    for f in std::fs::read_dir(&es).expect("es locales").flatten() {
        let p = f.path();
        if p.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&p).expect("ftl");
            let kept: String = text
                .lines()
                .filter(|l| {
                    !l.starts_with("role-ict-coordinator-summary")
                        && !l.starts_with("-ict-forum ")
                        && !l.starts_with("site-description ")
                })
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(&p, kept).expect("ftl written");
        }
    }
    same_both_ways(&site, true);
    let out = tempdir();
    let built = build_site(&site, out.path(), true, false);
    let card = &built[Path::new("es/roles/ict-coordinator/index.html")];
    let card = String::from_utf8_lossy(card);
    assert!(card.contains("class=\"draft-banner\""), "{card}");
    assert!(card.contains("class=\"fallback\" lang=\"nb\""), "{card}");
}

/// A copy of the fixture site with `templates/<name>` of its own: the built-in one with
/// `marker` put before `before`.
fn overriding(name: &str, before: &str, marker: &str) -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = fixture_copy();
    let builtin = govdoc::load::builtin_theme_files()
        .into_iter()
        .find(|(p, _)| p == Path::new("themes/default/templates").join(name).as_path())
        .map(|(_, b)| String::from_utf8(b).expect("utf-8"))
        .expect("built-in template");
    std::fs::create_dir_all(site.join("templates")).expect("templates dir");
    std::fs::write(
        site.join("templates").join(name),
        builtin.replacen(before, &format!("{marker}{before}"), 1),
    )
    .expect("template written");
    (tmp, site)
}

#[test]
fn a_site_overriding_role_html_gets_its_own_role_cards() {
    let _turn = serial();
    let (_tmp, site) = overriding("role.html", "</article>", "<!-- own role card -->");
    assert_eq!(
        choice(&site),
        Choice {
            role: false,
            ..all_written()
        }
    );
    let out = tempdir();
    let built = build_site(&site, out.path(), false, false);
    let role = String::from_utf8_lossy(&built[Path::new("nb/roles/system-owner/index.html")]);
    assert!(role.contains("<!-- own role card -->"), "{role}");
    let forum = String::from_utf8_lossy(&built[Path::new("nb/forums/change-forum/index.html")]);
    assert!(!forum.contains("<!-- own"), "{forum}");
}

#[test]
fn every_way_a_risk_row_shows_equals_tera_s() {
    let _turn = serial();
    // Kommune's risks are all assessed and decided: one is made undecided and half unstated,
    // another loses its status and concerns, so each branch of the two row templates shows.
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&repo_root().join("examples/kommune"), &site);
    let risks = site.join("content/risks/risks.yml");
    let text = std::fs::read_to_string(&risks).expect("risks");
    let text = text
        .replacen(
            "  owner: ict-staff\n  likelihood: 2\n  impact: 3\n  mitigation: described\n",
            "  likelihood: undecided\n  mitigation: undecided\n",
            1,
        )
        .replacen("  status: accepted\n  points:", "  points:", 1);
    assert_ne!(text, std::fs::read_to_string(&risks).expect("risks"));
    std::fs::write(&risks, text).expect("risks written");
    let ftl = site.join("locales/en/risks.ftl");
    let words = std::fs::read_to_string(&ftl).expect("ftl");
    let point = "risk-communication-point-understanding = ";
    let at = words.find(point).expect("the point's message");
    let end = at + words[at..].find('\n').expect("a line");
    let words = format!(
        "{}\n    .detail = Said <twice> & \"more\".{}",
        &words[..end],
        &words[end..]
    );
    std::fs::write(&ftl, words).expect("ftl written");
    same_both_ways(&site, false);
    let out = tempdir();
    let built = build_site(&site, out.path(), false, false);
    let page = String::from_utf8_lossy(&built[Path::new("en/risks/index.html")]);
    for shown in [
        "class=\"missing\"",
        "class=\"open\"",
        "class=\"detail\"",
        "class=\"concerns\"",
        "risk-level-high",
    ] {
        assert!(page.contains(shown), "{shown}: {page}");
    }
}

#[test]
fn a_synthetic_site_with_the_compact_matrix_and_map_equals_tera_s() {
    let _turn = serial();
    // 50 forums: more columns than the dense matrix takes, so its rows are per-role blocks;
    // more escalating roles than the governance map draws, so it lists their ties.
    let tmp = tempdir();
    let site = tmp.path().join("site");
    govdoc::synth::generate(&site, 150).expect("site is written");
    same_both_ways(&site, false);
    let out = tempdir();
    let built = build_site(&site, out.path(), false, false);
    let page = String::from_utf8_lossy(&built[Path::new("nb/responsibilities/index.html")]);
    assert!(
        page.contains("</td></tr>\n  \n    <tr><th scope=\"row\">"),
        "{page}"
    );
    // More escalating roles than a map can draw: the map page lists each role's ties.
    let map = String::from_utf8_lossy(&built[Path::new("nb/governance-map/index.html")]);
    assert!(
        !map.contains("<svg") && map.contains("</li>\n\n  <li>"),
        "{map}"
    );
}

#[test]
fn a_site_overriding_a_risk_row_gets_its_own_rows() {
    let _turn = serial();
    let (_tmp, site) = overriding("risk-section-row.html", "</section>", "<!-- own risk -->");
    assert_eq!(
        choice(&site),
        Choice {
            risks: false,
            ..all_written()
        }
    );
    let out = tempdir();
    let built = build_site(&site, out.path(), false, false);
    let page = String::from_utf8_lossy(&built[Path::new("es/risks/index.html")]);
    assert!(page.contains("<!-- own risk --></section>"), "{page}");
}

#[test]
fn a_site_overriding_base_html_gets_it_on_every_card() {
    let _turn = serial();
    let (_tmp, site) = overriding("base.html", "</footer>", "<!-- own frame -->");
    assert_eq!(
        choice(&site),
        Choice {
            role: false,
            forum: false,
            ..all_written()
        }
    );
    let out = tempdir();
    let built = build_site(&site, out.path(), false, false);
    for page in [
        "nb/roles/system-owner/index.html",
        "es/forums/change-forum/index.html",
    ] {
        let html = String::from_utf8_lossy(&built[Path::new(page)]);
        assert!(
            html.contains("<!-- own frame --></footer>"),
            "{page}: {html}"
        );
    }
}

#[test]
fn a_missing_label_is_the_same_error_as_tera_s() {
    let _turn = serial();
    // A theme of its own, the built-in one without `label-held-by`: its templates are the
    // built-in ones, so the cards are written by Rust until the message is missing.
    let (_tmp, site) = fixture_copy();
    for (path, bytes) in govdoc::load::builtin_theme_files() {
        let rel = path.strip_prefix("themes/default").expect("theme path");
        let to = site.join("themes/own").join(rel);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("theme dir");
        let bytes = if rel.extension().is_some_and(|e| e == "ftl") {
            String::from_utf8(bytes)
                .expect("utf-8")
                .lines()
                .filter(|l| !l.starts_with("label-held-by "))
                .map(|l| format!("{l}\n"))
                .collect::<String>()
                .into_bytes()
        } else {
            bytes
        };
        std::fs::write(to, bytes).expect("theme file");
    }
    let settings = std::fs::read_to_string(site.join("govdoc.yml")).expect("settings");
    std::fs::write(site.join("govdoc.yml"), format!("{settings}theme: own\n")).expect("settings");
    assert_eq!(choice(&site), all_written());
    let errors = |tera_only: bool| {
        TERA_ONLY.store(tera_only, Ordering::Relaxed);
        let out = tempdir();
        let built = build(&BuildOptions {
            source: site.clone(),
            out: out.path().to_path_buf(),
            ..Default::default()
        });
        TERA_ONLY.store(false, Ordering::Relaxed);
        let errors = built.expect_err("a missing message fails the build").0;
        errors
            .into_iter()
            .map(|d| {
                (
                    d.code,
                    d.message,
                    d.location.map(|l| (l.file, l.line, l.column)),
                )
            })
            .collect::<Vec<_>>()
    };
    let rust = errors(false);
    assert_eq!(rust, errors(true), "the same errors as tera's");
    let (_, message, _) = rust
        .iter()
        .find(|(_, _, at)| {
            at.as_ref()
                .is_some_and(|(f, _, _)| f.ends_with("role.html"))
        })
        .unwrap_or_else(|| panic!("no error in role.html: {rust:?}"));
    assert!(
        message.contains("no message `label-held-by` in `nb` or its fallback languages"),
        "{message}"
    );
}
