//! Issue 14: numbers in messages are written the language's way, through any Fluent message
//! (`{ $n }`), for plain and regional codes (`nb-NO`, `es-ES`, `en-GB`).

use fluent_bundle::{FluentArgs, FluentValue};
use govdoc::i18n::{FtlFile, LocaleCatalogue};
use govdoc::load::SourceFile;
use std::collections::HashMap;
use std::sync::Arc;

fn format(lang: &str, n: f64) -> String {
    let file = FtlFile::parse(
        SourceFile::new(format!("locales/{lang}/x.ftl"), "n = { $n } ord\n"),
        false,
    );
    let cat = LocaleCatalogue::new(
        lang,
        lang.parse().expect("a language code"),
        vec![Arc::new(file)],
        HashMap::new(),
        false,
    );
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(n));
    let (text, errors) = cat.format("n", None, Some(&args)).expect("formats");
    assert!(errors.is_empty(), "{errors:?}");
    text.trim_end_matches(" ord").to_string()
}

#[test]
fn numbers_follow_the_language() {
    // What ICU's Intl.NumberFormat writes for these locales.
    let cases = [
        ("nb", 1234.0, "1\u{a0}234"),
        ("nb", 1234567.5, "1\u{a0}234\u{a0}567,5"),
        ("nb", 99.4, "99,4"),
        ("nb-NO", -1234.25, "\u{2212}1\u{a0}234,25"),
        ("es", 1234.0, "1234"),
        ("es", 12345.0, "12.345"),
        ("es-ES", 1234567.5, "1.234.567,5"),
        ("es", 99.4, "99,4"),
        ("en", 1234.0, "1,234"),
        ("en-GB", 1234567.5, "1,234,567.5"),
        ("en", 99.4, "99.4"),
        ("en", 7.0, "7"),
    ];
    for (lang, n, want) in cases {
        assert_eq!(format(lang, n), want, "{n} in {lang}");
    }
}
