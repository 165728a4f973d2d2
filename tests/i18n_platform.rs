//! Issue 14: the README's recipe for translation platforms (Weblate, Pontoon) fits the default
//! site: the layout it names exists, `l10n.toml` says what the site says, the file masks match.

use govdoc::workbench::Workbench;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn ftl_stems(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "ftl").then(|| p.file_stem().unwrap().to_string_lossy().into())
        })
        .collect();
    v.sort();
    v
}

/// The value of `key = …` in `l10n.toml` (a subset of TOML: strings and string arrays).
fn toml_value(text: &str, key: &str) -> String {
    text.lines()
        .find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().to_string())
        })
        .unwrap_or_else(|| panic!("l10n.toml has no `{key}`"))
}

#[test]
fn the_platform_recipe_matches_the_default_sites_layout() {
    let bench = match Workbench::open(root()) {
        Ok(b) => b,
        Err(ds) => panic!("{}", govdoc::diagnostics::render_human(&ds, false)),
    };
    let source = bench.cats.source.clone();
    let translations: Vec<String> = bench.languages(&[]).unwrap();
    assert_eq!(source, "nb");
    let stems = ftl_stems(&root().join("locales").join(&source));
    assert!(stems.len() >= 5, "{stems:?}");
    // Monolingual layout: each Norwegian file has its translation, each language a record.
    for lang in &translations {
        let dir = root().join("locales").join(lang);
        assert_eq!(
            ftl_stems(&dir),
            stems,
            "locales/{lang} mirrors locales/{source}"
        );
        assert!(
            dir.join(".source-record").is_file(),
            "locales/{lang}/.source-record"
        );
    }
    // Pontoon: l10n.toml names the reference and the translations as govdoc.yml does.
    let toml = std::fs::read_to_string(root().join("l10n.toml")).expect("l10n.toml");
    let quoted: Vec<String> = translations.iter().map(|l| format!("\"{l}\"")).collect();
    assert_eq!(
        toml_value(&toml, "locales"),
        format!("[{}]", quoted.join(", "))
    );
    assert_eq!(
        toml_value(&toml, "reference"),
        format!("\"locales/{source}/*.ftl\"")
    );
    assert_eq!(toml_value(&toml, "l10n"), "\"locales/{locale}/*.ftl\"");
    // Weblate: the README lists one component per Norwegian file, and its mask and base file
    // name files that exist in every language.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let listed: Vec<String> = stems.iter().map(|s| format!("`{s}`")).collect();
    assert!(
        readme.contains(&format!("({})", listed.join(", "))),
        "the README's Weblate recipe lists the components {listed:?}"
    );
    let row = |name: &str| -> String {
        readme
            .lines()
            .find_map(|l| l.strip_prefix(&format!("| {name} | `")))
            .and_then(|r| r.split('`').next())
            .unwrap_or_else(|| panic!("README has no `{name}` row"))
            .to_string()
    };
    let mask = row("File mask");
    let base = row("Monolingual base language file");
    assert!(root().join(&base).is_file(), "{base}");
    for lang in translations.iter().chain([&source]) {
        let file = mask.replace('*', lang);
        assert!(root().join(&file).is_file(), "{mask} names {file}");
    }
}
