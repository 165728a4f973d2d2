//! Issue 14: the glossary is sorted by each language's collation: Norwegian æ, ø, å after z,
//! Spanish ñ after n, accents and case compared only after the letters (Spanish "Órgano"
//! before "Usuario"). Builds a copy of `tests/fixtures/i18n/site` with terms that expose it.

use std::path::Path;
use std::process::Command;
use support::copy_dir;

mod support;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/i18n/site");

/// Terms per language, each a row of the glossary: (id, nb, es, en).
const TERMS: [(&str, &str, &str, &str); 6] = [
    ("t-organ", "organ", "órgano", "Órgano"),
    ("t-user", "åker", "usuario", "user"),
    ("t-oe", "øvelse", "ñandú", "ñandu"),
    ("t-zone", "zone", "zona", "zone"),
    ("t-ae", "ærlig", "nube", "élan"),
    ("t-name", "navn", "ñu", "elk"),
];

fn glossary(lang: &str, root: &Path, out: &Path) -> Vec<String> {
    let page = std::fs::read_to_string(out.join(lang).join("glossary/index.html"))
        .unwrap_or_else(|e| panic!("{lang} glossary: {e} ({})", root.display()));
    page.split("<tr id=\"term-")
        .skip(1)
        .filter_map(|row| {
            let id = row.split('"').next()?;
            TERMS.iter().any(|t| t.0 == id).then(|| id.to_string())
        })
        .collect()
}

#[test]
fn glossary_rows_follow_the_language_collation() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(Path::new(FIXTURE), &root);
    for (i, lang) in ["nb", "es", "en"].iter().enumerate() {
        let ftl: String = TERMS
            .iter()
            .map(|t| format!("-{} = {}\n", t.0, [t.1, t.2, t.3][i]))
            .collect();
        std::fs::write(root.join(format!("locales/{lang}/collation.ftl")), ftl).unwrap();
    }
    let out = tmp.path().join("public");
    let res = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["build", "--source"])
        .arg(&root)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    // nb: navn, organ, zone, ærlig, øvelse, åker (æ, ø, å after z, in that order).
    assert_eq!(
        glossary("nb", &root, &out),
        ["t-name", "t-organ", "t-zone", "t-ae", "t-oe", "t-user"]
    );
    // es: nube, ñandú, ñu, órgano, usuario, zona (ñ after n; ó with o).
    assert_eq!(
        glossary("es", &root, &out),
        ["t-ae", "t-oe", "t-name", "t-organ", "t-user", "t-zone"]
    );
    // en: élan, elk, ñandu, Órgano, user, zone (accents and case only break ties).
    assert_eq!(
        glossary("en", &root, &out),
        ["t-ae", "t-name", "t-oe", "t-organ", "t-user", "t-zone"]
    );
}
