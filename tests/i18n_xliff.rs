//! `govdoc i18n export` / `import`: XLIFF 1.2 to and from translation tools, through the real
//! binary on a copy of `tests/fixtures/i18n/site`, with the export validated by `xmllint`
//! against the OASIS XLIFF 1.2 strict schema shipped in `schemas/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use support::copy_dir;

mod support;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/i18n/site");
const ES: &str = "locales/es/site.ftl";
const NB: &str = "locales/nb/site.ftl";

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

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let text = read(root, rel);
    assert!(text.contains(from), "no `{from}` in {rel}");
    std::fs::write(root.join(rel), text.replacen(from, to, 1)).unwrap();
}

/// The fixture with work for the translator in `es`: a missing message, a missing attribute,
/// a stale one-line message and a stale multi-line selector.
fn site_with_work() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(Path::new(FIXTURE), &root);
    edit(
        &root,
        ES,
        "forum-change-forum-task-assess = Evaluar cambios funcionales.\n",
        "",
    );
    edit(
        &root,
        ES,
        "    .detail = El propietario del sistema decide qué se compra.\n",
        "",
    );
    edit(
        &root,
        NB,
        "Eier systemet og prosessen det støtter.",
        "Eier systemet, prosessen og dataene.",
    );
    edit(&root, NB, "[one] Ett besøk", "[one] Ett besøk i dag");
    (tmp, root)
}

fn export(root: &Path, lang: &str) -> String {
    let file = root.parent().unwrap().join(format!("{lang}.xlf"));
    let (code, _, err) = govdoc(
        root,
        &["i18n", "export", lang, "--out", file.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(file).unwrap()
}

fn import(root: &Path, xliff: &str) -> (i32, String) {
    let file = root.parent().unwrap().join("translated.xlf");
    std::fs::write(&file, xliff).unwrap();
    let (code, _, err) = govdoc(root, &["i18n", "import", file.to_str().unwrap()]);
    (code, err)
}

/// The `<trans-unit>` of `key` with its target set to `target` (state `translated`).
fn translate(xliff: &str, key: &str, target: &str) -> String {
    let open = format!("<trans-unit id=\"{key}\"");
    let start = xliff.find(&open).unwrap_or_else(|| panic!("no unit {key}"));
    let end = start + xliff[start..].find("</trans-unit>").unwrap();
    let unit = &xliff[start..end];
    let target = format!("<target state=\"translated\">{target}</target>");
    let new = match (unit.find("<target"), unit.find("</target>")) {
        (Some(a), Some(b)) => format!("{}{target}{}", &unit[..a], &unit[b + 9..]),
        _ => unit.replacen("</source>", &format!("</source>\n        {target}"), 1),
    };
    format!("{}{new}{}", &xliff[..start], &xliff[end..])
}

fn strict_status(root: &Path) -> (i32, String) {
    let (code, out, err) = govdoc(root, &["i18n", "status", "es", "--strict"]);
    (code, format!("{out}{err}"))
}

#[test]
fn xliff_export_translate_import_passes_strict_status() {
    let (_tmp, root) = site_with_work();
    assert_eq!(strict_status(&root).0, 1, "the work is visible before");
    let x = export(&root, "es");
    for key in [
        "forum-change-forum-task-assess",
        "role-system-owner-responsibility-needs.detail",
        "role-system-owner-summary",
        "site-visits",
    ] {
        assert!(
            x.contains(&format!("<trans-unit id=\"{key}\"")),
            "{key}: {x}"
        );
    }
    // Stale units carry the current translation and the old source; the comment is context.
    assert!(x.contains(
        "<target state=\"needs-review-translation\">Es dueño del sistema y del proceso que apoya.</target>"
    ));
    assert!(
        x.contains("Eier systemet og prosessen det støtter.</note>"),
        "{x}"
    );
    assert!(
        x.contains("context-type=\"x-fluent-id\">site-visits<"),
        "{x}"
    );
    assert!(!x.contains("id=\"site-title\""), "current texts stay out");

    let x = translate(
        &x,
        "forum-change-forum-task-assess",
        "Evaluar cambios &amp; funcionales.",
    );
    let x = translate(
        &x,
        "role-system-owner-responsibility-needs.detail",
        "El propietario decide qué se compra.",
    );
    let x = translate(
        &x,
        "role-system-owner-summary",
        "Es dueño del sistema, del proceso y de los datos.",
    );
    let x = translate(
        &x,
        "site-visits",
        "{ $count -&gt;\n    [one] Una visita hoy\n   *[other] { $count } visitas\n}",
    );
    let before = read(&root, ES);
    let (code, err) = import(&root, &x);
    assert_eq!(code, 0, "{err}");
    let (code, out) = strict_status(&root);
    assert_eq!(code, 0, "{out}");
    let after = read(&root, ES);
    assert!(after.contains("forum-change-forum-task-assess = Evaluar cambios & funcionales.\n"));
    assert!(after.contains(
        "role-system-owner-responsibility-needs = Aclarar necesidades y decidir compras.\n    .detail = El propietario decide qué se compra.\n"
    ), "{after}");
    assert!(after.contains(
        "site-visits =\n    { $count ->\n        [one] Una visita hoy\n       *[other] { $count } visitas\n    }\n"
    ), "{after}");
    // Every other line is kept, in order, comments included.
    let changed = ["role-system-owner-summary =", "        [one] Una visita"];
    let kept: Vec<&str> = before
        .lines()
        .filter(|l| {
            !l.starts_with("role-system-owner-summary =") && !l.contains("[one] Una visita")
        })
        .collect();
    let mut rest = after
        .lines()
        .filter(|l| !changed.iter().any(|c| l.starts_with(c)));
    for line in &kept {
        assert!(rest.any(|l| l == *line), "`{line}` lost or moved:\n{after}");
    }
    assert!(after.contains("# same-as-source\n"));
    let (code, _, err) = govdoc(&root, &["i18n", "check"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn xliff_round_trip_without_new_translations_changes_no_file() {
    let (_tmp, root) = site_with_work();
    let before = support::hash_tree(&root.join("locales"));
    let x = export(&root, "es");
    let (code, err) = import(&root, &x);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        support::hash_tree(&root.join("locales")),
        before,
        "an untranslated export changes nothing"
    );
    assert_eq!(strict_status(&root).0, 1, "and confirms nothing: {err}");
    // A reviewer who accepts a stale translation as is marks it translated: only the record
    // changes.
    let x = translate(
        &x,
        "role-system-owner-summary",
        "Es dueño del sistema y del proceso que apoya.",
    );
    let es_before = read(&root, ES);
    let (code, err) = import(&root, &x);
    assert_eq!(code, 0, "{err}");
    assert_eq!(read(&root, ES), es_before);
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let stale: Vec<&str> = doc["languages"][0]["stale_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    assert_eq!(stale, ["site-visits"], "{doc}");
}

#[test]
fn xliff_import_refuses_a_target_that_breaks_fluent_and_changes_nothing() {
    let (_tmp, root) = site_with_work();
    let before = support::hash_tree(&root.join("locales"));
    let x = translate(
        &export(&root, "es"),
        "role-system-owner-summary",
        "{ $unclosed",
    );
    let (code, err) = import(&root, &x);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("would break"), "{err}");
    assert_eq!(support::hash_tree(&root.join("locales")), before);
}

fn xmllint(schema: &Path, file: &Path) -> (bool, String) {
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema)
        .arg(file)
        .output()
        .expect("xmllint is needed (Debian: libxml2-utils, installed by .ci/run)");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn xliff_export_validates_against_the_oasis_schema() {
    let (_tmp, root) = site_with_work();
    // A comment with markup-like text must come out escaped.
    edit(
        &root,
        NB,
        "forum-change-forum-task-assess =",
        "# Vises under <h2> & i lister\nforum-change-forum-task-assess =",
    );
    let x = export(&root, "es");
    assert!(
        x.contains("Vises under &lt;h2&gt; &amp; i lister</note>"),
        "{x}"
    );
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/xliff-core-1.2-strict.xsd");
    let file = root.parent().unwrap().join("es.xlf");
    let (ok, err) = xmllint(&schema, &file);
    assert!(ok, "{err}\n{x}");
    // The schema is really in force: a state outside XLIFF 1.2's list is rejected.
    let bad = root.parent().unwrap().join("bad.xlf");
    std::fs::write(&bad, x.replace("needs-review-translation", "half-done")).unwrap();
    let (ok, _) = xmllint(&schema, &bad);
    assert!(!ok, "xmllint accepted an invalid state");
}
