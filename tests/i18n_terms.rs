//! The termbase in the translator's commands: `govdoc i18n check` warns at the exact word when a
//! message uses a deprecated variant, and `govdoc i18n terms` exports the termbase for CAT tools
//! (TBX and CSV). Runs the real binary on a copy of `tests/fixtures/i18n/site`.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::copy_dir;

mod support;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/i18n/site");

const TERMBASE: &str = r#"concepts:
  - id: ict
    fluent: -ict
    deck: "IKT, «TICs» (slide 9)"
    nb:
      term: IKT
      definition: Informasjons- og kommunikasjonsteknologi.
      deprecated: ["IT-*", "IT"]
    es:
      term: TIC
      definition: Tecnologías de la información y la comunicación; invariable.
      deprecated: ["TICs", "TI"]
    en:
      term: ICT
      definition: Information and communication technology.
      deprecated: ["IT"]
  - id: system-owner
    fluent: -system-owner
    deck: "systemeier (slide 16)"
    nb:
      term: systemeier
      definition: Lederen som eier et system.
    es:
      term: propietario del sistema
      definition: El directivo que es propietario de un sistema, "con comillas".
      deprecated: ["responsable del sistema", "responsables del sistema"]
    en:
      term: system owner
      definition: The manager who owns a system.
      deprecated: ["owner of the system*"]
"#;

fn site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(Path::new(FIXTURE), &root);
    std::fs::create_dir_all(root.join("termbase")).unwrap();
    std::fs::write(root.join("termbase/termbase.yml"), TERMBASE).unwrap();
    (tmp, root)
}

fn govdoc(root: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(args)
        .arg("--source")
        .arg(root)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let p = root.join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

/// (file, line, column, message) of every deprecated-term finding.
fn deprecated(root: &Path) -> Vec<(String, u64, u64, String)> {
    let (_, out, err) = govdoc(root, &["i18n", "check", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    v.as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "i18n::deprecated-term")
        .map(|d| {
            assert_eq!(d["severity"], "warning");
            let l = &d["location"];
            (
                l["file"].as_str().unwrap().to_string(),
                l["line"].as_u64().unwrap(),
                l["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn line_col(root: &Path, rel: &str, needle: &str) -> (u64, u64) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    for (n, l) in text.lines().enumerate() {
        if let Some(b) = l.find(needle) {
            return (n as u64 + 1, l[..b].chars().count() as u64 + 1);
        }
    }
    panic!("no {needle:?} in {rel}")
}

#[test]
fn check_reports_deprecated_variants_with_place_and_preferred_term() {
    let (_t, root) = site();
    assert!(
        deprecated(&root).is_empty(),
        "the fixture uses no variant yet"
    );
    let es = "locales/es/site.ftl";
    // In a value, in an attribute, in a select variant, and quoted (the deck's words: allowed).
    edit(
        &root,
        es,
        "Aclarar necesidades y decidir compras.",
        "Aclarar necesidades de las TICs y decidir compras.",
    );
    edit(
        &root,
        es,
        ".detail = El propietario del sistema decide qué se compra.",
        ".detail = El responsable del sistema decide qué se compra.",
    );
    edit(
        &root,
        es,
        "*[other] { $count } visitas",
        "*[other] { $count } visitas TICs",
    );
    edit(
        &root,
        es,
        "Foro para priorizar y decidir cambios.",
        "Foro para priorizar y decidir cambios («Staff TICs» en la fuente).",
    );
    let found = deprecated(&root);
    let (vl, vc) = line_col(&root, es, "visitas TICs");
    let want = [
        (line_col(&root, es, "TICs y decidir"), "TICs"),
        (
            line_col(&root, es, "responsable del sistema decide"),
            "responsable del sistema",
        ),
        ((vl, vc + 8), "TICs"),
    ];
    assert_eq!(found.len(), want.len(), "{found:#?}");
    for ((file, line, col, msg), (at, word)) in found.iter().zip(want) {
        assert_eq!(file, es);
        assert_eq!((*line, *col), at, "{msg}");
        assert!(msg.contains(&format!("«{word}»")), "{msg}");
    }
    assert!(found[0].3.contains("the term is «TIC»"), "{}", found[0].3);
    assert!(
        found[1].3.contains("the term is «propietario del sistema»"),
        "{}",
        found[1].3
    );
    // Warnings, not errors: the check still passes.
    let (code, _, err) = govdoc(&root, &["i18n", "check"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning[i18n::deprecated-term]"), "{err}");
    assert!(
        err.contains("write «TIC» (termbase/termbase.yml, concept `ict`)"),
        "{err}"
    );
}

#[test]
fn check_reads_source_language_and_prose_pages_too() {
    let (_t, root) = site();
    edit(
        &root,
        "locales/nb/site.ftl",
        "Eier systemet",
        "Eier IT-systemet, IT og",
    );
    let page = "locales/en/pages/about.md";
    let text = std::fs::read_to_string(root.join(page)).unwrap();
    std::fs::write(
        root.join(page),
        format!("{text}\nThe owner of the systems decides. {{#owner-of-the-system}}\n"),
    )
    .unwrap();
    let found = deprecated(&root);
    let files: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    // `IT-systemet` is one word with `IT` in front: the variant `IT` (no `*`) still matches
    // at a hyphen, since a hyphen ends a word; `IT og` matches as well.
    assert_eq!(
        files,
        [
            "locales/nb/site.ftl",
            "locales/nb/site.ftl",
            "locales/en/pages/about.md"
        ],
        "{found:#?}"
    );
    assert!(
        found[2].3.contains("«owner of the systems»"),
        "{}",
        found[2].3
    );
}

#[test]
fn a_broken_termbase_is_an_error_with_its_place() {
    let (_t, root) = site();
    std::fs::write(
        root.join("termbase/termbase.yml"),
        TERMBASE.replace(
            "      definition: Lederen som eier et system.\n",
            "      definiton: x\n",
        ),
    )
    .unwrap();
    let (code, _, err) = govdoc(&root, &["i18n", "check"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("termbase/termbase.yml:"), "{err}");
    assert!(err.contains("definiton"), "{err}");
}

fn export(root: &Path, format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["i18n", "terms", "--format", format, "--source"])
        .arg(root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const TBX_NS: &str = "urn:iso:std:iso:30042:ed-2";

#[test]
fn terms_export_as_tbx_is_well_formed_with_every_concept_and_status() {
    let (_t, root) = site();
    let xml = export(&root, "tbx");
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let tbx = doc.root_element();
    assert_eq!(tbx.tag_name().name(), "tbx");
    assert_eq!(tbx.tag_name().namespace(), Some(TBX_NS));
    assert_eq!(tbx.attribute("type"), Some("TBX-Basic"));
    assert_eq!(tbx.attribute("style"), Some("dca"));
    let xml_ns = "http://www.w3.org/XML/1998/namespace";
    assert_eq!(
        tbx.attribute((xml_ns, "lang")),
        Some("nb"),
        "the source language"
    );
    let concepts: Vec<_> = tbx
        .descendants()
        .filter(|n| n.has_tag_name((TBX_NS, "conceptEntry")))
        .collect();
    let ids: Vec<&str> = concepts.iter().filter_map(|c| c.attribute("id")).collect();
    assert_eq!(ids, ["ict", "system-owner"]);
    // (language, term, status) of the concept `ict`, languages in the site's order.
    let terms: Vec<(String, String, String)> = concepts[0]
        .children()
        .filter(|n| n.has_tag_name((TBX_NS, "langSec")))
        .flat_map(|ls| {
            let lang = ls.attribute((xml_ns, "lang")).unwrap().to_string();
            let def = ls
                .children()
                .find(|n| n.attribute("type") == Some("definition"))
                .and_then(|n| n.text())
                .unwrap_or_default();
            assert!(!def.is_empty(), "{lang} has a definition");
            ls.children()
                .filter(|n| n.has_tag_name((TBX_NS, "termSec")))
                .map(move |ts| {
                    let term = ts
                        .children()
                        .find(|n| n.has_tag_name((TBX_NS, "term")))
                        .and_then(|n| n.text())
                        .unwrap()
                        .to_string();
                    let status = ts
                        .children()
                        .find(|n| n.attribute("type") == Some("administrativeStatus"))
                        .and_then(|n| n.text())
                        .unwrap()
                        .to_string();
                    (lang.clone(), term, status)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let want = [
        ("nb", "IKT", "preferredTerm-admn-sts"),
        ("nb", "IT", "deprecatedTerm-admn-sts"),
        ("es", "TIC", "preferredTerm-admn-sts"),
        ("es", "TICs", "deprecatedTerm-admn-sts"),
        ("es", "TI", "deprecatedTerm-admn-sts"),
        ("en", "ICT", "preferredTerm-admn-sts"),
        ("en", "IT", "deprecatedTerm-admn-sts"),
    ];
    let got: Vec<(&str, &str, &str)> = terms
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    assert_eq!(got, want);
    // Text with quotes and « » survives escaping.
    assert!(xml.contains("&quot;con comillas&quot;"), "{xml}");
}

#[test]
fn terms_export_as_csv_round_trips_with_the_csv_crate() {
    let (_t, root) = site();
    let text = export(&root, "csv");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "concept",
            "language",
            "term",
            "status",
            "definition",
            "fluent",
            "source"
        ]
    );
    let rows: Vec<Vec<String>> = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    // 7 terms of `ict`, 3 + 2 + 1 + 1 of `system-owner` (the `*` of a variant is dropped).
    assert_eq!(rows.len(), 13, "{rows:#?}");
    assert_eq!(
        rows[0],
        [
            "ict",
            "nb",
            "IKT",
            "preferred",
            "Informasjons- og kommunikasjonsteknologi.",
            "-ict",
            "IKT, «TICs» (slide 9)"
        ]
    );
    let owner_es: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r[0] == "system-owner" && r[1] == "es")
        .map(|r| (r[2].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        owner_es,
        [
            ("propietario del sistema", "preferred"),
            ("responsable del sistema", "deprecated"),
            ("responsables del sistema", "deprecated")
        ]
    );
    assert!(rows
        .iter()
        .any(|r| r[2] == "owner of the system" && r[3] == "deprecated"));
    // Written back with the csv crate, the same bytes: nothing lost or reinterpreted.
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&header).unwrap();
    for row in &rows {
        w.write_record(row).unwrap();
    }
    assert_eq!(String::from_utf8(w.into_inner().unwrap()).unwrap(), text);
}

#[test]
fn the_default_sites_termbase_exports_every_concept_in_three_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let xml = export(root, "tbx");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let entries = doc
        .descendants()
        .filter(|n| n.has_tag_name((TBX_NS, "conceptEntry")))
        .count();
    let yaml = std::fs::read_to_string(root.join("termbase/termbase.yml")).unwrap();
    assert_eq!(entries, yaml.matches("\n  - id: ").count());
    for lang in ["nb", "es", "en"] {
        let n = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name((TBX_NS, "langSec"))
                    && n.attribute(("http://www.w3.org/XML/1998/namespace", "lang")) == Some(lang)
            })
            .count();
        assert_eq!(n, entries, "every concept has {lang}");
    }
    let csv_text = export(root, "csv");
    let n = csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .count();
    assert!(n > entries * 3, "{n} rows");
}

#[test]
fn terms_without_a_termbase_is_an_error_that_says_what_to_do() {
    let (_t, root) = site();
    std::fs::remove_dir_all(root.join("termbase")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["i18n", "terms", "--source"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("termbase/termbase.yml"));
}
