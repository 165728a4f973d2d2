//! The model as data: `govdoc export` and `data/governance.json` validate against
//! `schemas/governance.schema.json` (a real JSON Schema validator), read back with serde without
//! losing anything, and carry the example municipality's relations both ways with its texts in
//! every language.

mod support;

use govdoc::render::export::{Export, Score};
use serde_json::Value;
use std::path::{Path, PathBuf};
use support::*;

fn schema() -> Value {
    let text = std::fs::read_to_string(repo_root().join("schemas/governance.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn assert_valid(what: &str, instance: &Value) {
    let schema = schema();
    jsonschema::meta::validate(&schema).expect("the schema is a valid JSON Schema");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

/// `govdoc export --source SITE --out FILE`, as text.
fn export(site: &Path, tmp: &Path) -> String {
    let file = tmp.join("governance.json");
    let run = govdoc(&[
        "export",
        "--source",
        site.to_str().unwrap(),
        "--out",
        file.to_str().unwrap(),
    ]);
    run.expect_status(0);
    std::fs::read_to_string(file).unwrap()
}

fn sites() -> [(&'static str, PathBuf); 2] {
    [
        ("default site", repo_root()),
        ("example", repo_root().join("examples/kommune")),
    ]
}

#[test]
fn export_validates_against_its_schema_and_round_trips_without_loss() {
    for (what, site) in sites() {
        let tmp = tempdir();
        let text = export(&site, tmp.path());
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_valid(what, &value);
        // Read back into the typed export and write again: nothing lost, nothing added.
        let typed: Export = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_value(&typed).unwrap(), value, "{what}");
        assert_eq!(govdoc::render::export::to_json(&typed), text, "{what}");
        assert!(!typed.roles.is_empty() && !typed.forums.is_empty() && !typed.risks.is_empty());
        for lang in &typed.languages {
            assert!(typed.texts[lang].len() > 100, "{what}: texts in {lang}");
        }
    }
}

#[test]
fn every_build_publishes_the_export_as_structure_and_texts_per_language() {
    let tmp = tempdir();
    let site = repo_root().join("examples/kommune");
    let out = tmp.path().join("public");
    build(&site, &out, &[]).expect_status(0);
    let published = std::fs::read_to_string(out.join("data/governance.json")).unwrap();
    let value: Value = serde_json::from_str(&published).unwrap();
    assert_valid("published", &value);
    assert!(
        value.get("texts").is_none(),
        "texts are published per language"
    );
    // The structure and the texts of every language, put together, are what `export` writes.
    let mut whole: Export = serde_json::from_str(&published).unwrap();
    // Written as serde writes the structure (the build puts it together from kept pieces).
    assert_eq!(
        published,
        govdoc::render::export::to_json(&whole),
        "data/governance.json byte for byte"
    );
    for lang in whole.languages.clone() {
        let file = out.join(format!("data/{lang}/texts.json"));
        let text = std::fs::read_to_string(&file).unwrap();
        let texts: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&text).unwrap();
        // Written as serde writes the map (the watch engine puts it together from pieces).
        let mut again = serde_json::to_string_pretty(&texts).unwrap();
        again.push('\n');
        assert_eq!(text, again, "{lang}");
        whole.texts.insert(lang, texts);
    }
    assert_eq!(
        govdoc::render::export::to_json(&whole),
        export(&site, tmp.path()),
        "build and export agree"
    );
}

#[test]
fn export_of_the_example_has_relations_both_ways_and_texts_per_language() {
    let tmp = tempdir();
    let e: Export =
        serde_json::from_str(&export(&repo_root().join("examples/kommune"), tmp.path())).unwrap();
    assert_eq!(e.languages, ["nb", "es", "en"]);
    assert_eq!(e.systems.len(), 12);
    let epr = e.systems.iter().find(|s| s.id == "health-records").unwrap();
    assert_eq!(epr.category, "business-critical-system");
    assert_eq!(epr.owner.as_deref(), Some("system-owner"));
    assert_eq!(epr.change_forum.as_deref(), Some("change-forum"));
    assert_eq!(epr.risks, ["health-records-downtime"]);
    let risk = e
        .risks
        .iter()
        .find(|r| r.id == "health-records-downtime")
        .unwrap();
    assert_eq!(risk.systems, ["health-records"]);
    assert_eq!(risk.likelihood, Some(Score::Level(2)));
    assert_eq!(risk.impact, Some(Score::Level(5)));
    assert_eq!(risk.mitigation.as_deref(), Some("described"));
    let owner = e.roles.iter().find(|r| r.id == "system-owner").unwrap();
    assert!(owner
        .systems
        .iter()
        .any(|t| t.tie == "owns" && t.system == "health-records"));
    let forum = e.forums.iter().find(|f| f.id == "change-forum").unwrap();
    assert!(forum
        .systems
        .iter()
        .any(|t| t.tie == "change-forum" && t.system == "health-records"));
    assert!(forum.risks.contains(&"health-records-downtime".to_string()));
    let welfare = e
        .systems
        .iter()
        .find(|s| s.id == "welfare-technology")
        .unwrap();
    assert_eq!(welfare.sla.as_deref(), Some("undecided"));
    for (lang, name) in [
        ("nb", "Elektronisk pasientjournal (EPJ)"),
        ("es", "Historia clínica electrónica (HCE)"),
        ("en", "Electronic patient record (EPR)"),
    ] {
        assert_eq!(e.texts[lang]["system-health-records-name"], name);
    }
}

/// Every `content/<kind>/*.yml` of both sites validates against `schemas/content/<kind>.schema.json`,
/// and a file the loader refuses is refused by its schema too.
#[test]
fn every_content_file_of_both_sites_validates_against_its_content_schema() {
    let mut checked = 0;
    for (what, site) in sites() {
        for dir in std::fs::read_dir(site.join("content")).unwrap() {
            let dir = dir.unwrap().path();
            if !dir.is_dir() {
                continue;
            }
            let kind = dir.file_name().unwrap().to_str().unwrap().to_string();
            let schema_file = repo_root().join(format!("schemas/content/{kind}.schema.json"));
            let schema: Value = serde_json::from_str(
                &std::fs::read_to_string(&schema_file)
                    .unwrap_or_else(|e| panic!("{}: {e}", schema_file.display())),
            )
            .unwrap();
            jsonschema::meta::validate(&schema).expect("a valid JSON Schema");
            let validator = jsonschema::validator_for(&schema).unwrap();
            for file in std::fs::read_dir(&dir).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_none_or(|e| e != "yml") {
                    continue;
                }
                let yaml: Value =
                    serde_yaml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
                let errors: Vec<String> = validator
                    .iter_errors(&yaml)
                    .map(|e| format!("{} at {}", e, e.instance_path()))
                    .collect();
                assert!(errors.is_empty(), "{what}: {}: {errors:#?}", file.display());
                checked += 1;
            }
            // The schema is strict like the loader: an unknown field is refused.
            let wrong = serde_json::json!({"id": "x", "categroy": "enterprise-system"});
            assert!(
                !validator.is_valid(&wrong),
                "{kind}: unknown fields refused"
            );
        }
    }
    assert!(checked > 25, "{checked} files checked");
}
