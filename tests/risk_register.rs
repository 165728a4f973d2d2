//! The risk register: owner, likelihood and impact on a 1-5 scale, mitigation, status and the
//! systems concerned, shown in every language; in the default site, where the deck gives no
//! assessment, every one of these is an open question and nothing is invented.

mod support;

use support::*;

fn overlay_site() -> (tempfile::TempDir, std::path::PathBuf) {
    systems_fixture_copy_in(tempdir())
}

#[test]
fn an_assessed_risk_shows_owner_scores_mitigation_status_and_systems() {
    let (tmp, site) = overlay_site();
    let out = tmp.path().join("public");
    build(&site, &out, &[]).expect_status(0);
    let cases = [
        (
            "nb",
            [
                "3 av 5",
                "4 av 5",
                "gjennomgås med hver systemeier",
                "Tiltak pågår",
                "Risikoeier",
            ],
        ),
        (
            "es",
            [
                "3 de 5",
                "4 de 5",
                "se repasan con cada propietario",
                "Medidas en curso",
                "Responsable del riesgo",
            ],
        ),
        (
            "en",
            [
                "3 out of 5",
                "4 out of 5",
                "gone through with each system owner",
                "Being mitigated",
                "Risk owner",
            ],
        ),
    ];
    for (lang, words) in cases {
        let html =
            std::fs::read_to_string(out.join(format!("{lang}/risks/index.html"))).expect("risks");
        let main = main_of(&html);
        let text = unescape(main);
        for w in words {
            assert!(text.contains(w), "{lang}: `{w}` in {text}");
        }
        let links: Vec<_> = tags(main).into_iter().filter(|t| t.name == "a").collect();
        for href in [
            format!("/{lang}/roles/system-owner/"),
            format!("/{lang}/systems/case-archive/"),
        ] {
            assert!(
                links.iter().any(|t| t.attr("href") == Some(href.as_str())),
                "{lang}: {href}"
            );
        }
    }
}

#[test]
fn the_default_site_shows_every_assessment_as_an_open_question() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build(&repo_root(), &out, &[]).expect_status(0);
    let html = std::fs::read_to_string(out.join("en/risks/index.html")).expect("risks");
    let text = unescape(main_of(&html));
    assert!(text.contains("Not decided"), "{text}");
    assert!(!text.contains("out of 5"), "no invented score: {text}");
    let qs = std::fs::read_to_string(out.join("en/open-questions/index.html")).expect("qs");
    let qs = unescape(main_of(&qs));
    for q in [
        "who owns the risk is not decided",
        "the likelihood has not been assessed",
        "the impact has not been assessed",
        "the mitigation is not decided",
    ] {
        assert!(qs.contains(q), "{q} in {qs}");
    }
    let nb = std::fs::read_to_string(out.join("nb/open-questions/index.html")).expect("qs");
    assert!(unescape(main_of(&nb)).contains("sannsynligheten er ikke vurdert"));
}

#[test]
fn a_score_off_the_scale_is_an_error_at_its_line() {
    let (tmp, site) = overlay_site();
    let file = site.join("content/risks/risks.yml");
    edit(&file, "impact: 4", "impact: 7");
    let (line, col) = line_col(&file, "7");
    let run = build(&site, &tmp.path().join("public"), &[]);
    run.expect_status(1);
    let want = format!("content/risks/risks.yml:{line}:{col}: error[model::bad-score]");
    assert!(run.stderr.contains(&want), "{want} in:\n{}", run.stderr);
}

/// Issue 11: "the risk page is a register table": one row per risk with its scores, level,
/// owner (linked) and a way to its mitigation, under a caption and column headers.
#[test]
fn the_risk_page_opens_with_a_register_table() {
    let (tmp, site) = overlay_site();
    let out = tmp.path().join("public");
    build(&site, &out, &[]).expect_status(0);
    for (lang, level) in [
        ("nb", "Høy risiko"),
        ("es", "Riesgo alto"),
        ("en", "High risk"),
    ] {
        let html =
            std::fs::read_to_string(out.join(format!("{lang}/risks/index.html"))).expect("risks");
        let table = section(&html, "<table class=\"risk-register\">", "</table>")
            .unwrap_or_else(|| panic!("{lang}: no register table"));
        let caption = section(table, "<caption", "</caption>").expect("caption");
        assert!(!text_nodes(caption).is_empty(), "{lang}: empty caption");
        let cols = tags(table)
            .into_iter()
            .filter(|t| t.name == "th" && t.attr("scope") == Some("col"))
            .count();
        assert_eq!(
            cols, 6,
            "{lang}: risk, likelihood, impact, level, owner, mitigation"
        );
        let body = section(table, "<tbody>", "</tbody>").expect("tbody");
        let row = section(body, "<tr>", "</tr>").expect("a row");
        let text = unescape(row);
        assert!(text.contains(level), "{lang}: {level} in {text}");
        let links: Vec<_> = tags(row).into_iter().filter(|t| t.name == "a").collect();
        for href in [
            format!("/{lang}/roles/system-owner/"),
            "#unclear-roles".to_string(),
        ] {
            assert!(
                links.iter().any(|t| t.attr("href") == Some(href.as_str())),
                "{lang}: {href} in {row}"
            );
        }
        // The details stay on the page, where the table's links point.
        assert!(html.contains("<section class=\"risk\" id=\"unclear-roles\""));
    }
}

#[test]
fn the_default_sites_register_has_a_row_per_risk() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build(&repo_root(), &out, &[]).expect_status(0);
    let html = std::fs::read_to_string(out.join("nb/risks/index.html")).expect("risks");
    let table = section(&html, "<table class=\"risk-register\">", "</table>").expect("table");
    let rows = tags(table)
        .into_iter()
        .filter(|t| t.name == "th" && t.attr("scope") == Some("row"))
        .count();
    let risks = html.matches("<section class=\"risk\" id=").count();
    assert!(risks > 0);
    assert_eq!(rows, risks);
    assert!(
        unescape(table).contains("Ikke vurdert"),
        "no level without scores"
    );
}
