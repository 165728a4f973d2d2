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
      deprecated: ["IT"]
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
    assert!(err.contains("write «TIC» (termbase/termbase.yml, concept `ict`)"), "{err}");
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
        ["locales/nb/site.ftl", "locales/nb/site.ftl", "locales/en/pages/about.md"],
        "{found:#?}"
    );
    assert!(found[2].3.contains("«owner of the systems»"), "{}", found[2].3);
}

#[test]
fn a_broken_termbase_is_an_error_with_its_place() {
    let (_t, root) = site();
    std::fs::write(
        root.join("termbase/termbase.yml"),
        TERMBASE.replace("      definition: Lederen som eier et system.\n", "      definiton: x\n"),
    )
    .unwrap();
    let (code, _, err) = govdoc(&root, &["i18n", "check"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("termbase/termbase.yml:"), "{err}");
    assert!(err.contains("definiton"), "{err}");
}
