//! The fuzz targets of `fuzz/` (Fluent loader, Markdown renderer) as time-bounded property tests,
//! so that every CI run tries new inputs without libFuzzer: token soups shaped like each
//! language, for `GOVDOC_FUZZ_SECS` seconds per target (default 3). The YAML content loader has
//! its own in `tests/loader_props.rs`. Nothing may panic or overflow the stack, locations stay
//! inside the file, and rendered prose never carries script or another host's image.

use govdoc::diagnostics::{render_human, Diagnostics};
use govdoc::i18n::FtlFile;
use govdoc::load::SourceFile;
use govdoc::render::markdown::{check, to_html};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::time::{Duration, Instant};

const FLUENT: &[&str] = &[
    "msg = ",
    "-term = ",
    "\n",
    "    ",
    "    .attr = ",
    "{ ",
    " }",
    "{",
    "}",
    "$var",
    "-term",
    "msg",
    "msg.attr",
    "\"",
    "\"\\u0007\"",
    "\"\\u000D\\u000A\"",
    "\\",
    "[one]",
    "*[other]",
    " -> ",
    "(",
    ")",
    "form: \"a\"",
    "NUMBER(",
    "# c\n",
    "## g\n",
    "\u{feff}",
    "é",
    "\r\n",
    "<script>",
    "x",
];

const MARKDOWN: &[&str] = &[
    "> ",
    "- ",
    "1. ",
    "* ",
    "  ",
    "\n",
    "\n\n",
    "# ",
    "**",
    "_",
    "`",
    "```\n",
    "[x]",
    "(",
    ")",
    "![a](",
    "https://t.example/p.gif",
    "/static/a.png",
    "//h.example/x",
    "<img src=",
    "<div>",
    "</div>",
    "<script>",
    "javascript:",
    "|",
    "---",
    "[^1]",
    "[^1]: n",
    "\u{1b}",
    "&",
    "<",
    "x",
];

fn soup(tokens: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(tokens), 0..max).prop_map(|v| v.concat())
}

/// Runs `test` on inputs from `strategy` until the time budget of one target is spent.
fn for_a_while<S: Strategy>(
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> usize {
    let secs = std::env::var("GOVDOC_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let until = Instant::now() + Duration::from_secs(secs);
    let mut runs = 0;
    while Instant::now() < until {
        let mut runner = TestRunner::new(Config {
            cases: 200,
            failure_persistence: None,
            ..Config::default()
        });
        if let Err(e) = runner.run(&strategy, &test) {
            panic!("{e}");
        }
        runs += 200;
    }
    runs
}

#[test]
fn the_fluent_loader_takes_any_fluent_shaped_text() {
    let runs = for_a_while(soup(FLUENT, 120), |text| {
        let file = FtlFile::parse(SourceFile::new("locales/nb/f.ftl", text.as_str()), false);
        for d in &file.errors {
            let l = d.location.as_ref().expect("a syntax error has a place");
            prop_assert!(l.line >= 1 && l.line <= text.lines().count().max(1) + 1);
            prop_assert!(l.offset <= text.len());
        }
        let _ = render_human(&Diagnostics(file.errors.clone()), false);
        Ok(())
    });
    eprintln!("{runs} Fluent inputs");
}

#[test]
fn deep_fluent_nesting_never_reaches_the_parser() {
    let runs = for_a_while(
        (
            1usize..3000,
            prop::sample::select(&["{ ", "{", "(", "{ -t("][..]),
        ),
        |(depth, open)| {
            let text = format!("msg = {}x\n", open.repeat(depth));
            let file = FtlFile::parse(SourceFile::new("f.ftl", text.as_str()), false);
            // Unclosed braces are an error at any depth; parentheses alone are plain text.
            prop_assert!(open == "(" || !file.errors.is_empty());
            Ok(())
        },
    );
    eprintln!("{runs} nested Fluent inputs");
}

/// The fuzz target's oracle: no script element, `javascript:` URL or other host's image in a
/// tag (text escapes `<`, so whatever follows a `<` up to `>` is a tag the browser reads).
fn renders_safely(markdown: &str) -> Result<(), String> {
    let html = to_html(markdown, false);
    if html.contains('\u{1b}') {
        return Err(format!("a raw escape character: {html}"));
    }
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("").to_ascii_lowercase();
        if tag.starts_with("script")
            || (tag.contains("href=\"javascript:") || tag.contains("src=\"javascript:"))
            || tag.contains("src=\"//")
            || tag.contains("src=\"http")
        {
            return Err(html);
        }
    }
    Ok(())
}

/// Inputs libFuzzer found (`fuzz/artifacts/`), kept as regression cases.
#[test]
fn fuzz_findings_stay_fixed() {
    // A heading that reads `dn="javascript:` as text, with a terminal escape: the first
    // oracle took the text for an attribute.
    let found = "# Om modelldn=\"javascript:\n\nDette er en\u{1b}**testmodell** for govdoc.\n";
    assert_eq!(renders_safely(found), Ok(()));
    assert!(
        to_html(found, false).contains("javascript:"),
        "kept as text"
    );
}

#[test]
fn the_markdown_renderer_takes_any_markdown_shaped_text() {
    let runs = for_a_while(soup(MARKDOWN, 150), |text| {
        prop_assert!(renders_safely(&text).is_ok(), "{:?}", renders_safely(&text));
        let f = SourceFile::new("locales/nb/pages/p.md", text.as_str());
        for d in check(&f, false) {
            let l = d.location.as_ref().expect("a place");
            prop_assert!(l.offset <= text.len());
        }
        Ok(())
    });
    eprintln!("{runs} Markdown inputs");
}
