//! Property tests for the loader: any text as a content file, arbitrary or YAML-shaped or a
//! real fixture file with an edit, never panics `parse_content_file` or `Site::load`, and yields
//! either content or diagnostics that point at a real place (line and column ≥ 1, within the file).

mod support;

use govdoc::diagnostics::{render_human, Diagnostic, Diagnostics};
use govdoc::load::{parse_content_file, RawContent, SiteInput, SourceFile, CONTENT_KINDS};
use govdoc::site::{BuildOptions, Site};
use proptest::prelude::*;
use std::path::PathBuf;
use std::sync::OnceLock;

const TOKENS: &[&str] = &[
    "id: ",
    "system-owner",
    "change-forum",
    "- ",
    "\n",
    "  ",
    "    ",
    ":",
    ": ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "\"",
    "'",
    "&a ",
    "*a",
    "!!str ",
    "!!map ",
    "---\n",
    "...\n",
    "# c\n",
    "\t",
    "chair: ",
    "held-by: ",
    "participants:\n",
    "times: [1, 2]",
    "times: -1",
    "per: year",
    "cadence:\n",
    "rhythm: regular",
    "rhythm:\n",
    "decision-authority: ",
    "none",
    "undecided",
    "by-virtue-of: ",
    "99999999999999999999",
    "~",
    "null",
    "true",
    "|\n",
    ">-\n",
    "? ",
    "%YAML 1.2\n",
    "é",
    "\u{feff}",
    "\r\n",
    "<<: *a",
    "escalation:\n",
    "for: ",
    "to: ",
    "roles:\n",
    "@",
    "`",
    "0x1F",
    "1e9",
    "\u{0}",
];

fn yamlish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|t| t.concat())
}

/// The fixture's content files, as (kind, text).
fn fixture_files() -> &'static Vec<(String, String)> {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let mut out = Vec::new();
        for e in walkdir::WalkDir::new(support::fixture().join("content")).sort_by_file_name() {
            let e = e.unwrap();
            if e.file_type().is_file() {
                let kind = e
                    .path()
                    .parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((kind, std::fs::read_to_string(e.path()).unwrap()));
            }
        }
        out
    })
}

/// A fixture content file with `insert` put in at a char position and `delete` chars removed there.
fn mutated() -> impl Strategy<Value = (String, String)> {
    let n = fixture_files().len();
    (
        0..n,
        any::<prop::sample::Index>(),
        0usize..8,
        prop_oneof![yamlish(), any::<String>(), Just(String::new())],
    )
        .prop_map(move |(i, at, delete, insert)| {
            let (kind, text) = &fixture_files()[i];
            let chars: Vec<char> = text.chars().collect();
            let at = at.index(chars.len() + 1);
            let end = (at + delete).min(chars.len());
            let mut s: String = chars[..at].iter().collect();
            s.push_str(&insert);
            s.extend(&chars[end..]);
            (kind.clone(), s)
        })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), yamlish()]
}

/// Every location points into the file: line 1…lines+1, column ≥ 1; rendering never panics.
fn check_locations(ds: &[Diagnostic], file: &str, text: &str) -> Result<(), TestCaseError> {
    let lines = text.split('\n').count();
    for d in ds {
        if let Some(l) = &d.location {
            prop_assert!(
                l.line >= 1 && l.column >= 1,
                "{}: line {} column {}",
                d.message,
                l.line,
                l.column
            );
            if l.file.to_string_lossy() == file {
                prop_assert!(
                    l.line <= lines + 1,
                    "{}: line {} of a file with {} lines",
                    d.message,
                    l.line,
                    lines
                );
            }
        }
    }
    let _ = render_human(&Diagnostics(ds.to_vec()), false);
    Ok(())
}

fn parse_one(kind: &str, text: &str) -> Result<(), TestCaseError> {
    let rel = format!("content/{kind}/fuzz.yml");
    let file = SourceFile::new(rel.clone(), text.to_string());
    let mut content = RawContent::default();
    let mut errors = Vec::new();
    parse_content_file(kind, &file, &mut content, &mut errors);
    for d in &errors {
        prop_assert!(
            d.is_error(),
            "a parse problem that is not an error: {}",
            d.message
        );
        prop_assert!(
            d.location.is_some(),
            "a parse error without a place: {}",
            d.message
        );
    }
    check_locations(&errors, &rel, text)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_a_content_file_parses_or_points_at_a_line(kind in prop::sample::select(CONTENT_KINDS), text in any_text()) {
        parse_one(kind, &text)?;
    }

    #[test]
    fn edited_fixture_files_parse_or_point_at_a_line((kind, text) in mutated()) {
        parse_one(&kind, &text)?;
    }
}

fn base_input() -> &'static SiteInput {
    static INPUT: OnceLock<SiteInput> = OnceLock::new();
    INPUT.get_or_init(|| SiteInput::read(&support::fixture()).expect("fixture reads"))
}

fn load_with(kind: &str, text: &str) -> Result<(), TestCaseError> {
    let mut input = base_input().clone();
    let rel = format!("content/{kind}/fuzz.yml");
    // Replace the kind's own file too, so the fuzzed text is not only ever an addition.
    let own: Vec<PathBuf> = input
        .files
        .keys()
        .filter(|p| p.starts_with(format!("content/{kind}")))
        .cloned()
        .collect();
    for p in own.iter().take(1) {
        input.files.remove(p);
    }
    input
        .insert(PathBuf::from(&rel), text.as_bytes().to_vec(), false)
        .map_err(|d| TestCaseError::fail(d.message))?;
    let opts = BuildOptions {
        source: support::fixture(),
        ..Default::default()
    };
    match Site::load(input, &opts) {
        Ok(site) => check_locations(&site.warnings.0, &rel, text),
        Err(ds) => {
            prop_assert!(ds.has_errors(), "Site::load failed without an error");
            check_locations(&ds.0, &rel, text)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn site_load_never_panics_on_any_content_text(kind in prop::sample::select(&["roles", "forums", "risks", "role-groups"][..]), text in any_text()) {
        load_with(kind, &text)?;
    }

    #[test]
    fn site_load_never_panics_on_edited_fixture_files((kind, text) in mutated()) {
        load_with(&kind, &text)?;
    }
}

/// The unchanged fixture loads: the properties above do not pass only because everything fails.
#[test]
fn the_unchanged_fixture_loads() {
    for (kind, text) in fixture_files() {
        let mut content = RawContent::default();
        let mut errors = Vec::new();
        parse_content_file(
            kind,
            &SourceFile::new(format!("content/{kind}/x.yml"), text.clone()),
            &mut content,
            &mut errors,
        );
        assert!(errors.is_empty(), "{kind}: {errors:?}");
    }
    let site = Site::load(
        base_input().clone(),
        &BuildOptions {
            source: support::fixture(),
            ..Default::default()
        },
    );
    assert!(site.is_ok());
}
