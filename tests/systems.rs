//! Systems as a content kind: the fixture site with two systems (`tests/fixtures/systems-overlay/`
//! copied over `tests/fixtures/basic/`) gets a system card per system and a catalogue grouped by
//! category in every language, and the links between systems, roles, forums and risks go both
//! ways. A site without systems gets neither page nor menu entry.

mod support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::*;

const LANGS: &[&str] = &["nb", "es", "en"];

/// The fixture with systems, built once per test binary: (site, output).
fn built() -> &'static (PathBuf, PathBuf) {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf, PathBuf)> = OnceLock::new();
    let (_, site, out) = OUT.get_or_init(|| {
        let (tmp, site) = systems_fixture_copy_in(shared_tempdir("systems"));
        let out = tmp.path().join("public");
        let run = build(&site, &out, &[]);
        run.expect_status(0);
        assert!(
            !run.stderr.contains("warning"),
            "the systems fixture builds without warnings:\n{}",
            run.stderr
        );
        (tmp, site, out)
    });
    // A `'static` pair of paths that outlives the temp dir's owner in the `OnceLock`.
    static PATHS: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    PATHS.get_or_init(|| (site.clone(), out.clone()))
}

fn page(rel: &str) -> String {
    let out = &built().1;
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn main_text(rel: &str) -> String {
    unescape(main_of(&page(rel)))
}

fn has_link(html: &str, href: &str) -> bool {
    tags(html)
        .iter()
        .any(|t| t.name == "a" && t.attr("href") == Some(href))
}

#[test]
fn every_system_has_a_card_and_the_catalogue_groups_them_by_category() {
    for lang in LANGS {
        let catalogue = page(&format!("{lang}/systems/index.html"));
        let main = main_of(&catalogue);
        assert!(has_link(main, &format!("/{lang}/systems/case-archive/")));
        assert!(has_link(main, &format!("/{lang}/systems/school-admin/")));
        // Categories in their file order, each one a section; empty categories are left out.
        let enterprise = main
            .find("id=\"enterprise-system\"")
            .expect("enterprise section");
        let specialist = main
            .find("id=\"specialist-system\"")
            .expect("specialist section");
        assert!(enterprise < specialist, "{lang}: category order");
        assert!(main[enterprise..specialist].contains("/systems/case-archive/"));
        assert!(main[specialist..].contains("/systems/school-admin/"));
        for id in ["case-archive", "school-admin"] {
            assert!(built()
                .1
                .join(format!("{lang}/systems/{id}/index.html"))
                .is_file());
        }
        // The menu of every page offers the catalogue.
        assert!(has_link(
            &page(&format!("{lang}/index.html")),
            &format!("/{lang}/systems/")
        ));
    }
    assert!(
        main_text("nb/systems/index.html").contains("Virksomhetssystem")
            || main_text("nb/systems/index.html").contains("virksomhetssystem")
    );
}

#[test]
fn a_system_card_shows_owner_coordinator_operations_supplier_sla_forums_and_risks() {
    let card = page("en/systems/case-archive/index.html");
    let main = main_of(&card);
    for href in [
        "/en/roles/system-owner/",
        "/en/roles/system-coordinator/",
        "/en/roles/operations-provider/",
        "/en/forums/change-forum/",
        "/en/forums/user-forum/",
        "/en/risks/#unclear-roles",
    ] {
        assert!(has_link(main, href), "the card links to {href}:\n{main}");
    }
    let text = unescape(main);
    assert!(text.contains("Case management and archive"), "{text}");
    assert!(
        text.contains("the chief executive's staff"),
        "named holder: {text}"
    );
    assert!(text.contains("Arkivsystemer AS"), "supplier: {text}");
    assert!(text.contains("DA-2024-03"), "SLA reference: {text}");
}

#[test]
fn open_fields_show_as_open_questions_on_the_card_and_the_open_questions_page() {
    let cases = [
        (
            "nb",
            "hvem som er systemeier, er ikke avklart",
            "Ikke avklart",
        ),
        (
            "es",
            "no está decidido quién es el propietario del sistema",
            "Sin decidir",
        ),
        ("en", "who owns the system is not decided", "Not decided"),
    ];
    for (lang, question, undecided) in cases {
        let card = main_text(&format!("{lang}/systems/school-admin/index.html"));
        assert!(card.contains(question), "{lang} card: {card}");
        assert!(card.contains(undecided), "{lang} card: {card}");
        let qs = page(&format!("{lang}/open-questions/index.html"));
        assert!(has_link(
            main_of(&qs),
            &format!("/{lang}/systems/school-admin/")
        ));
        assert!(unescape(main_of(&qs)).contains(question), "{lang}: {qs}");
    }
}

#[test]
fn role_and_forum_cards_list_the_systems_they_own_coordinate_and_govern() {
    let cases = [
        (
            "roles/system-owner",
            &["case-archive"][..],
            &["school-admin"][..],
        ),
        (
            "roles/system-coordinator",
            &["case-archive", "school-admin"],
            &[],
        ),
        (
            "roles/operations-provider",
            &["case-archive"],
            &["school-admin"],
        ),
        ("forums/change-forum", &["case-archive"], &["school-admin"]),
        ("forums/user-forum", &["case-archive"], &["school-admin"]),
        (
            "roles/chief-executive",
            &[],
            &["case-archive", "school-admin"],
        ),
    ];
    for lang in LANGS {
        for (card, listed, not_listed) in cases {
            let html = page(&format!("{lang}/{card}/index.html"));
            let main = main_of(&html);
            for id in listed {
                let href = format!("/{lang}/systems/{id}/");
                assert!(has_link(main, &href), "{lang}/{card} lists {id}");
            }
            for id in not_listed {
                let href = format!("/{lang}/systems/{id}/");
                assert!(!has_link(main, &href), "{lang}/{card} does not list {id}");
            }
        }
    }
    let owner = main_text("nb/roles/system-owner/index.html");
    assert!(owner.contains("Eier"), "{owner}");
    let forum = main_text("es/forums/change-forum/index.html");
    assert!(forum.contains("Comité de cambios de"), "{forum}");
}

#[test]
fn links_resolve_and_no_message_id_leaks() {
    let (site, out) = built();
    assert_no_problems("links", &link_problems(out, "/"));
    assert_no_problems("duplicate ids", &duplicate_id_problems(out));
    assert_no_problems("leaked ids", &leak_problems(out, &message_ids(site)));
}

#[test]
fn a_site_without_systems_has_no_catalogue_and_no_menu_entry() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build(&fixture(), &out, &[]).expect_status(0);
    for lang in LANGS {
        assert!(!out.join(format!("{lang}/systems")).exists());
        let home = std::fs::read_to_string(out.join(format!("{lang}/index.html"))).expect("home");
        assert!(!home.contains(&format!("/{lang}/systems/")));
    }
}

#[test]
fn a_system_naming_an_unknown_role_is_an_error_at_its_line() {
    let (tmp, site) = systems_fixture_copy_in(tempdir());
    let file = site.join("content/systems/systems.yml");
    edit(
        &file,
        "coordinator: system-coordinator\n  operations",
        "coordinator: system-cordinator\n  operations",
    );
    let (line, col) = line_col(&file, "system-cordinator");
    let run = build(&site, &tmp.path().join("public"), &[]);
    run.expect_status(1);
    let at = format!("content/systems/systems.yml:{line}:{col}");
    assert!(run.stderr.contains(&at), "{at} in:\n{}", run.stderr);
    assert!(
        run.stderr.contains("did you mean `system-coordinator`"),
        "{}",
        run.stderr
    );
    assert!(Path::new(&site).exists());
}

#[test]
fn the_responsibility_matrix_has_a_table_of_roles_against_systems() {
    for lang in LANGS {
        let html = main_text(&format!("{lang}/responsibilities/index.html"));
        let raw = page(&format!("{lang}/responsibilities/index.html"));
        assert_eq!(
            raw.matches("<caption>").count(),
            2,
            "{lang}: forums and systems"
        );
        let systems = &raw[raw.rfind("<table").unwrap()..raw.rfind("</table>").unwrap()];
        for id in ["case-archive", "school-admin"] {
            assert!(
                has_link(systems, &format!("/{lang}/systems/{id}/")),
                "{lang}: a column for {id}"
            );
        }
        // The system owner owns the case archive and nothing of the school system (its owner
        // is undecided); the coordinator coordinates both.
        let row = |role: &str| {
            let at = systems.find(&format!("/{lang}/roles/{role}/\"")).unwrap();
            let tr = &systems[at..at + systems[at..].find("</tr>").unwrap()];
            tr.split("<td")
                .skip(1)
                .map(|c| c[c.find('>').unwrap() + 1..c.find("</td>").unwrap()].to_string())
                .collect::<Vec<String>>()
        };
        let owner = row("system-owner");
        let coordinator = row("system-coordinator");
        assert!(
            !owner[0].is_empty() && owner[1].is_empty(),
            "{lang}: {owner:?}"
        );
        assert!(
            !coordinator[0].is_empty() && coordinator[0] == coordinator[1],
            "{lang}: {coordinator:?}"
        );
        assert_ne!(owner[0], coordinator[0], "{lang}");
        assert!(!html.is_empty());
    }
}
