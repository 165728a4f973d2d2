//! The fixture site (`tests/fixtures/basic/`), built once with the real binary: every page kind
//! in every language, snapshots of a role card and a meeting description per language, the
//! cadence phrases, derived relations, the language switcher, links, and no leaked ids.

mod support;

use govdoc::load::SiteInput;
use govdoc::site::{BuildOptions, Site};
use std::path::PathBuf;
use std::sync::OnceLock;
use support::*;

const LANGS: &[&str] = &["nb", "es", "en"];

/// The fixture, built once per test binary.
fn out() -> PathBuf {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let tmp = shared_tempdir("fixture_site");
        build(&fixture(), &tmp.path().join("public"), &[]).expect_status(0);
        tmp
    })
    .path()
    .join("public")
}

fn page(rel: &str) -> String {
    std::fs::read_to_string(out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn model() -> Site {
    let input = SiteInput::read(&fixture()).expect("fixture reads");
    Site::load(
        input,
        &BuildOptions {
            source: fixture(),
            ..Default::default()
        },
    )
    .expect("fixture loads")
}

#[test]
fn every_page_kind_exists_in_every_language() {
    let site = model();
    let out = out();
    assert!(out.join("index.html").is_file(), "root index.html");
    assert!(out.join(".govdoc-output").is_file(), "output marker");
    for lang in LANGS {
        let mut expected: Vec<String> = [
            "",
            "roles/",
            "forums/",
            "risks/",
            "model/",
            "glossary/",
            "open-questions/",
            "about/",
        ]
        .iter()
        .map(|p| format!("{lang}/{p}index.html"))
        .collect();
        expected.extend(
            site.model
                .roles()
                .map(|r| format!("{lang}/roles/{}/index.html", r.id)),
        );
        expected.extend(
            site.model
                .forums()
                .map(|f| format!("{lang}/forums/{}/index.html", f.id)),
        );
        for rel in &expected {
            assert!(out.join(rel).is_file(), "missing {rel}");
        }
    }
    // The fixture's own ids, so that a model that silently drops entities fails here.
    assert_eq!(site.model.roles().count(), 4);
    assert_eq!(site.model.forums().count(), 3);
}

#[test]
fn root_offers_every_language_and_points_to_the_default() {
    let root = page("index.html");
    for lang in LANGS {
        assert!(
            root.contains(&format!("href=\"/{lang}/\"")),
            "root links to /{lang}/:\n{root}"
        );
    }
    let default = tags(&root)
        .into_iter()
        .find(|t| t.name == "a" && t.attr("class") == Some("default"))
        .expect("a default language link");
    assert_eq!(default.attr("href"), Some("/nb/"));
    assert!(tags(&root).iter().any(|t| t.name == "link"
        && t.attr("hreflang") == Some("x-default")
        && t.attr("href") == Some("/nb/")));
}

#[test]
fn role_card_snapshots() {
    for lang in LANGS {
        let html = page(&format!("{lang}/roles/system-owner/index.html"));
        insta::assert_snapshot!(
            format!("role_card_system_owner_{lang}"),
            main_for_snapshot(&html)
        );
    }
}

#[test]
fn meeting_description_snapshots() {
    for lang in LANGS {
        let html = page(&format!("{lang}/forums/change-forum/index.html"));
        insta::assert_snapshot!(
            format!("meeting_change_forum_{lang}"),
            main_for_snapshot(&html)
        );
    }
}

/// The "meets" fact of a meeting description, lower-cased.
fn meets(lang: &str, forum: &str) -> String {
    let html = page(&format!("{lang}/forums/{forum}/index.html"));
    let facts = section(&html, "<dl class=\"facts\">", "</dl>").expect("facts");
    let dd = section(facts, "<dd>", "</dd>").expect("first fact");
    unescape(dd).to_lowercase()
}

#[test]
fn cadence_phrases_are_right_in_each_language() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("nb", "steering-group", &["1–2 ganger i året"]),
        ("en", "steering-group", &["once or twice a year"]),
        ("es", "steering-group", &["una o dos veces al año"]),
        (
            "nb",
            "change-forum",
            &[
                "månedlig og ved behov",
                "for hvert virksomhetssystem",
                "to ganger i året",
            ],
        ),
        (
            "en",
            "change-forum",
            &[
                "monthly and when needed",
                "each enterprise system",
                "twice a year",
            ],
        ),
        (
            "es",
            "change-forum",
            &[
                "mensualmente y cuando sea necesario",
                "cada sistema corporativo",
                "dos veces al año",
            ],
        ),
        ("nb", "user-forum", &["jevnlig og ved behov"]),
        ("en", "user-forum", &["regularly and when needed"]),
        (
            "es",
            "user-forum",
            &["periódicamente y cuando sea necesario"],
        ),
    ];
    for (lang, forum, phrases) in cases {
        let text = meets(lang, forum);
        for p in *phrases {
            assert!(
                text.contains(p),
                "{lang}/{forum}: {p:?} not in the cadence {text:?}"
            );
        }
    }
    // The same phrase on the forum index, where the table shows every forum's cadence.
    assert!(page("en/forums/index.html")
        .to_lowercase()
        .contains("once or twice a year"));
    // The convener is linked on the meeting description.
    assert!(
        page("en/forums/user-forum/index.html").contains("href=\"/en/roles/system-coordinator/\"")
    );
}

#[test]
fn role_card_shows_derived_relations() {
    let so = page("en/roles/system-owner/index.html");
    let main = main_of(&so);
    let facts = section(main, "<dl class=\"facts\">", "</dl>").expect("facts");
    let fact = |label: &str| -> String {
        let at = facts
            .find(&format!("<dt>{label}</dt>"))
            .unwrap_or_else(|| panic!("no fact {label:?} in {facts}"));
        section(&facts[at..], "<dd>", "</dd>").unwrap().to_string()
    };
    // Chairs and attends come from the forums' data, not from the role's file.
    assert!(
        fact("Chairs").contains("href=\"/en/forums/change-forum/\""),
        "{facts}"
    );
    assert!(
        fact("Takes part in").contains("href=\"/en/forums/steering-group/\""),
        "{facts}"
    );
    assert!(!fact("Takes part in").contains("change-forum"), "{facts}");
    assert!(
        fact("Responsible for the roles").contains("href=\"/en/roles/system-coordinator/\""),
        "{facts}"
    );
    // Success factors with their `.detail`; escalation per category and to the line, in the
    // summary boxes.
    assert!(main.contains("Engaged management<p class=\"detail\">Management follows up the system owner&#39;s work.</p>"), "{main}");
    let esc = section(main, "id=\"escalate-to\"", "</dd>").expect("escalation box");
    assert!(
        esc.contains("href=\"/en/glossary/#term-enterprise-system\""),
        "{esc}"
    );
    assert!(esc.contains("href=\"/en/forums/steering-group/\""), "{esc}");
    assert!(esc.contains("through ordinary line management"), "{esc}");
    // A term inside a message (`{ -change-forum }`) is resolved in each language.
    assert!(
        main.contains("Approve changes in the change forum"),
        "{main}"
    );
    assert!(
        page("nb/roles/system-owner/index.html").contains("Godkjenne endringer i endringsforumet")
    );

    let sc = page("es/roles/system-coordinator/index.html");
    let held = section(main_of(&sc), "<dl class=\"facts\">", "</dl>").unwrap();
    assert!(
        held.contains("<a href=\"/es/roles/system-owner/\">Propietario del sistema</a>"),
        "{held}"
    );
    let op = page("nb/roles/operations-provider/index.html");
    assert!(main_of(&op).contains("Driftsenheten"), "held-by: described");
}

#[test]
fn meeting_descriptions_state_authority_chair_and_establishment() {
    let sg = page("en/forums/steering-group/index.html");
    assert!(
        sg.contains(
            "In the capacity of <a href=\"/en/roles/chief-executive/\">chief executive</a>"
        ),
        "{}",
        main_of(&sg)
    );
    assert!(sg.contains("Set priorities"));
    let uf = page("en/forums/user-forum/index.html");
    assert!(uf.contains("Not a decision forum"), "{}", main_of(&uf));
    assert!(uf.contains("An appointed chair"), "{}", main_of(&uf));
    let cf = page("es/forums/change-forum/index.html");
    let main = main_of(&cf);
    assert!(
        main.contains("La fuente no dice qué puede decidir el comité."),
        "{main}"
    );
    let est = section(main, "id=\"h-establishment\"", "</section>").expect("establishment");
    assert!(
        est.contains("#term-enterprise-system\">sistema corporativo</a>"),
        "{est}"
    );
    assert!(
        est.contains("#term-specialist-system\">sistema especializado</a>"),
        "{est}"
    );
    // Participants link to role cards.
    assert!(
        main.contains("href=\"/es/roles/operations-provider/\""),
        "{main}"
    );
}

#[test]
fn open_question_and_risk_pages() {
    let oq = page("nb/open-questions/index.html");
    assert!(
        main_of(&oq).contains("href=\"/nb/forums/change-forum/\""),
        "{}",
        main_of(&oq)
    );
    let risks = page("en/risks/index.html");
    let main = main_of(&risks);
    assert!(main.contains("id=\"unclear-roles\""), "{main}");
    assert!(main.contains("Matters are left undecided"), "{main}");
    assert!(
        main.contains("href=\"/en/roles/system-owner/\"")
            && main.contains("href=\"/en/forums/change-forum/\""),
        "{main}"
    );
    // The risk is derived onto the role card and the meeting description.
    assert!(page("en/roles/system-owner/index.html").contains("href=\"/en/risks/#unclear-roles\""));
    assert!(page("en/forums/change-forum/index.html").contains("href=\"/en/risks/#unclear-roles\""));
}

#[test]
fn prose_page_is_rendered_per_language() {
    assert!(page("es/about/index.html").contains("<strong>modelo de prueba</strong>"));
    assert!(page("en/about/index.html").contains("<strong>test model</strong>"));
}

#[test]
fn language_switcher_points_to_existing_pages() {
    assert_no_problems(
        "language switcher",
        &switcher_problems(&out(), "", LANGS, "nb"),
    );
}

#[test]
fn internal_links_resolve() {
    assert_no_problems("internal links", &link_problems(&out(), ""));
}

#[test]
fn no_page_has_duplicate_ids() {
    assert_no_problems("duplicate ids", &duplicate_id_problems(&out()));
}

#[test]
fn no_raw_ids_placeholders_or_isolation_marks() {
    let ids = message_ids(&fixture());
    assert!(
        ids.contains("-system-owner") && ids.contains("nav-home"),
        "the id list reads site and theme files"
    );
    assert_no_problems("leaked text", &leak_problems(&out(), &ids));
}

/// The page checks themselves must be able to fail: feed them a broken page.
#[test]
fn page_checks_catch_broken_pages() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    copy_dir(&self::out(), &out);
    let rel = "en/roles/system-owner/index.html";
    let html = std::fs::read_to_string(out.join(rel)).unwrap();
    let broken = html
        .replace(
            "href=\"/nb/roles/system-owner/\"",
            "href=\"/nb/roles/nobody/\"",
        )
        .replace(
            "<h1>System owner</h1>",
            "<h1>[role-system-owner-name] \u{2068}x\u{2069} {{ role.name }}</h1><p>nav-home</p>",
        )
        .replace("<html lang=\"en\">", "<html lang=\"nb\">");
    assert_ne!(broken, html);
    std::fs::write(out.join(rel), broken).unwrap();
    let sw = switcher_problems(&out, "", LANGS, "nb");
    assert!(sw.iter().any(|p| p.contains("nobody")), "{sw:?}");
    assert!(sw.iter().any(|p| p.contains("<html lang>")), "{sw:?}");
    assert!(link_problems(&out, "").iter().any(|p| p.contains("nobody")));
    let leaks = leak_problems(&out, &message_ids(&fixture()));
    for needle in [
        "[role-system-owner-name]",
        "U+2068",
        "\"{{\"",
        "\"nav-home\"",
    ] {
        assert!(
            leaks.iter().any(|p| p.contains(needle)),
            "{needle}: {leaks:?}"
        );
    }
}

#[test]
fn a_missing_translation_falls_back_instead_of_showing_an_id() {
    let (tmp, site) = fixture_copy();
    edit(
        &site.join("locales/es/roles.ftl"),
        "role-system-owner-responsibility-needs = Aclarar las necesidades\n",
        "",
    );
    edit(
        &site.join("locales/en/terms.ftl"),
        "-change-forum = change forum\n",
        "",
    );
    let out = tmp.path().join("public");
    let run = build(&site, &out, &[]);
    run.expect_status(0);
    assert!(
        run.stderr.contains("i18n::fallback"),
        "the build warns about fallback text:\n{}",
        run.stderr
    );
    let es = std::fs::read_to_string(out.join("es/roles/system-owner/index.html")).unwrap();
    // Marked with its language in every build (WCAG 3.1.2), not only with `--drafts`.
    assert!(
        es.contains("><span lang=\"nb\">Avklare behov</span></li>"),
        "{}",
        main_of(&es)
    );
    let en = std::fs::read_to_string(out.join("en/forums/change-forum/index.html")).unwrap();
    assert!(
        section(&en, "<h1>", "</h1>")
            .unwrap()
            .contains("Endringsforum"),
        "{}",
        main_of(&en)
    );
    assert_no_problems(
        "leaked text with fallbacks",
        &leak_problems(&out, &message_ids(&site)),
    );
}
