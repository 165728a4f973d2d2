//! The example municipality (`examples/kommune/`): builds with no warning in all three
//! languages, says on every page that it is a fictional example, has a card per system and the
//! catalogue in each language, and links systems, roles, forums and risks both ways.

mod support;

use std::path::PathBuf;
use std::sync::OnceLock;
use support::*;

const LANGS: &[&str] = &["nb", "es", "en"];

const SYSTEMS: &[&str] = &[
    "case-archive",
    "finance",
    "payroll-hr",
    "identity-access",
    "intranet",
    "document-management",
    "gis-maps",
    "health-records",
    "school-admin",
    "kindergarten",
    "building-permits",
    "welfare-technology",
];

fn site() -> PathBuf {
    repo_root().join("examples/kommune")
}

/// The example, built once per test binary.
fn out() -> &'static PathBuf {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &OUT.get_or_init(|| {
        let tmp = shared_tempdir("kommune");
        let out = tmp.path().join("public");
        let run = build(&site(), &out, &[]);
        run.expect_status(0);
        assert!(
            !run.stderr.contains("warning") && !run.stderr.contains("error"),
            "the example builds without warnings:\n{}",
            run.stderr
        );
        (tmp, out)
    })
    .1
}

fn page(rel: &str) -> String {
    std::fs::read_to_string(out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn links_to(html: &str, href: &str) -> bool {
    tags(html)
        .iter()
        .any(|t| t.name == "a" && t.attr("href").is_some_and(|h| h.starts_with(href)))
}

#[test]
fn kommune_builds_in_three_languages_with_a_card_per_system_and_the_catalogue() {
    for lang in LANGS {
        let catalogue = page(&format!("{lang}/systems/index.html"));
        let main = main_of(&catalogue);
        for category in [
            "enterprise-system",
            "cross-disciplinary-system",
            "business-critical-system",
            "specialist-system",
        ] {
            assert!(
                main.contains(&format!("id=\"{category}\"")),
                "{lang}: the catalogue has the category {category}"
            );
        }
        for id in SYSTEMS {
            let href = format!("/{lang}/systems/{id}/");
            assert!(links_to(main, &href), "{lang}: the catalogue lists {id}");
            let card = page(&format!("{lang}/systems/{id}/index.html"));
            assert!(links_to(
                main_of(&card),
                &format!("/{lang}/roles/system-owner/")
            ));
        }
    }
    let en = unescape(main_of(&page("en/systems/health-records/index.html")));
    assert!(en.contains("Electronic patient record"), "{en}");
    assert!(en.contains("The director of health and care"), "{en}");
    let es = unescape(main_of(&page("es/systems/health-records/index.html")));
    assert!(es.contains("Historia clínica electrónica"), "{es}");
    let nb = unescape(main_of(&page("nb/systems/health-records/index.html")));
    assert!(nb.contains("Kommunalsjef for helse og omsorg"), "{nb}");
}

#[test]
fn kommune_labels_every_page_as_an_example() {
    let pages = html_pages(out());
    assert!(pages.len() > 50, "{} pages", pages.len());
    for (rel, html) in &pages {
        let banner = tags(html)
            .into_iter()
            .find(|t| t.name == "aside" && t.attr("class") == Some("example-banner"));
        let banner = banner.unwrap_or_else(|| panic!("{rel} has no example banner"));
        assert!(
            banner.attr("aria-label").is_some_and(|l| !l.is_empty()),
            "{rel}: the banner is a labelled landmark"
        );
    }
    for (lang, text) in [
        ("nb", "oppdiktet eksempel"),
        ("es", "ejemplo ficticio"),
        ("en", "fictional example"),
    ] {
        let home = unescape(&page(&format!("{lang}/index.html")));
        assert!(
            home.contains(text),
            "{lang}: the banner speaks the page's language"
        );
    }
}

#[test]
fn kommune_links_systems_roles_forums_and_risks_both_ways() {
    for lang in LANGS {
        let card = page(&format!("{lang}/systems/health-records/index.html"));
        let card = main_of(&card);
        // System → roles, forums, risks.
        for href in [
            format!("/{lang}/roles/system-owner/"),
            format!("/{lang}/roles/system-coordinator/"),
            format!("/{lang}/roles/operations-provider/"),
            format!("/{lang}/forums/change-forum/"),
            format!("/{lang}/forums/user-forum/"),
            format!("/{lang}/risks/#health-records-downtime"),
        ] {
            assert!(
                links_to(card, &href),
                "{lang}: the EPR card links to {href}"
            );
        }
        // Roles and forums → system.
        for back in [
            "roles/system-owner",
            "roles/system-coordinator",
            "roles/operations-provider",
            "forums/change-forum",
            "forums/user-forum",
        ] {
            let html = page(&format!("{lang}/{back}/index.html"));
            assert!(
                links_to(main_of(&html), &format!("/{lang}/systems/health-records/")),
                "{lang}: {back} links back to the EPR"
            );
        }
        // The register → the systems, roles and forums a risk concerns, and its owner.
        let register = page(&format!("{lang}/risks/index.html"));
        let register = main_of(&register);
        for href in [
            format!("/{lang}/systems/health-records/"),
            format!("/{lang}/systems/identity-access/"),
            format!("/{lang}/roles/operations-provider/"),
            format!("/{lang}/forums/change-forum/"),
            format!("/{lang}/roles/chief-executive/"),
        ] {
            assert!(
                links_to(register, &href),
                "{lang}: the register links to {href}"
            );
        }
        // A role a risk concerns → the risk.
        let coordinator = page(&format!("{lang}/roles/system-coordinator/index.html"));
        assert!(
            links_to(
                main_of(&coordinator),
                &format!("/{lang}/risks/#access-rights-drift")
            ),
            "{lang}: the coordinator's card links to the risk"
        );
    }
}

#[test]
fn kommune_links_resolve_and_no_message_id_leaks() {
    assert_no_problems("links", &link_problems(out(), "/"));
    assert_no_problems("duplicate ids", &duplicate_id_problems(out()));
    assert_no_problems("leaked ids", &leak_problems(out(), &message_ids(&site())));
}

/// A copy of the example to break.
fn kommune_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    let copy = tmp.path().join("site");
    copy_dir(&site(), &copy);
    (tmp, copy)
}

/// Dated meetings are checked: a day the calendar lacks, dates out of order or twice, and a
/// note without its message are errors at the file, line and column of the meeting.
#[test]
fn kommune_meeting_dates_are_checked() {
    let rel = "content/forums/ict-forum.yml";
    let cases = [
        (
            "  - 2027-02-04\n",
            "  - 2027-02-29\n",
            "2027-02-29",
            "model::bad-date",
        ),
        (
            "  - 2027-03-04\n",
            "  - 2027-01-04\n",
            "2027-01-04",
            "model::meeting-order",
        ),
        (
            "  - 2027-03-04\n",
            "  - 2027-02-04\n",
            "2027-02-04\n  - 2027-04",
            "model::duplicate-meeting",
        ),
        (
            "  - 2027-04-01\n",
            "  - 1. april\n",
            "1. april",
            "model::bad-date",
        ),
        (
            "  - 2027-05-05\n",
            "  - date: 2027-05-05\n    note: no-such-text\n",
            "no-such-text",
            "i18n::missing-source",
        ),
    ];
    for (from, to, needle, code) in cases {
        let (_tmp, copy) = kommune_copy();
        let file = copy.join(rel);
        edit(&file, from, to);
        let run = govdoc(&["check", "--source", copy.to_str().expect("utf-8 path")]);
        run.expect_status(1);
        let (line, col) = line_col(&file, needle);
        let want = format!("{rel}:{line}:{col}: error[");
        assert!(
            run.stderr.lines().any(|l| l.contains(&want)) && run.stderr.contains(code),
            "{code}: expected `{want}` in:\n{}",
            run.stderr
        );
    }
}

/// The export carries each forum's dated meetings, with the note keys whose texts it lists.
#[test]
fn kommune_export_has_the_meetings() {
    let run = govdoc(&["export", "--source", "examples/kommune"]);
    run.expect_status(0);
    let export: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let forum = |id: &str| {
        export["forums"]
            .as_array()
            .and_then(|fs| fs.iter().find(|f| f["id"] == id))
            .unwrap_or_else(|| panic!("no forum {id}"))
            .clone()
    };
    let tinget = forum("ikt-tinget");
    assert_eq!(
        tinget["meetings"],
        serde_json::json!([
            {"date": "2027-04-21", "note": "spring"},
            {"date": "2027-10-20", "note": "autumn"}
        ])
    );
    assert_eq!(
        forum("ict-forum")["meetings"].as_array().map(Vec::len),
        Some(11)
    );
    assert_eq!(forum("change-forum")["meetings"], serde_json::json!([]));
    assert!(export["texts"]["en"]["forum-ikt-tinget-meeting-spring"]
        .as_str()
        .is_some_and(|t| t.starts_with("Spring meeting")));
}
