//! Hostile text in every field kind reaching every output (issue 12): a payload with markup,
//! quotes, `]]>`, an iCalendar line break with an injected property, terminal escapes and a very
//! long word goes into a term, a text field, a list item and its `.detail`, the site title and a
//! prose page, and each output is checked in its own grammar: HTML and attributes, the inline
//! SVG of the annual cycle, the JSON export, the search index, the iCalendar feeds and the
//! `serve` error overlay. A failing build with the same payload keeps output and sources.

mod support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::*;

/// The payload as a prose page has it.
const PROSE: &str = "<script>alert(1)</script> \"' ]]> & x\u{7}\u{1b}[31m";
/// The Fluent payload as the reader sees it: control characters, a carriage return included,
/// become U+FFFD.
const SEEN: &str =
    "<script>alert(1)</script> \"' ]]> & x\u{FFFD}\u{FFFD}[31m\u{FFFD}\nX-INJECTED:1";
/// The same in Fluent syntax: the line break is a Fluent escape, as a `.ftl` line cannot hold one.
const FLUENT: &str = "<script>alert(1)</script> \"' ]]> & x{ \"\\u0007\\u001B\" }[31m{ \"\\u000D\\u000A\" }X-INJECTED:1";

fn long_word() -> String {
    "W".repeat(3000)
}

/// The fixture with the systems overlay and the payload in English, built once.
fn out() -> &'static Path {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = OUT.get_or_init(|| {
        let (tmp, site) = fixture_copy_in(shared_tempdir("hostile-outputs"));
        copy_dir(&repo_root().join("tests/fixtures/systems-overlay"), &site);
        let en = site.join("locales/en");
        let long = long_word();
        edit(
            &en.join("terms.ftl"),
            "-steering-group = steering group",
            &format!("-steering-group = steering {FLUENT} group"),
        );
        edit(
            &en.join("forums.ftl"),
            "forum-steering-group-purpose = Prioritises and coordinates ICT work.",
            &format!("forum-steering-group-purpose = Purpose {FLUENT} {long} end"),
        );
        edit(
            &en.join("forums.ftl"),
            "forum-steering-group-agenda-costs = Costs and risk",
            &format!(
                "forum-steering-group-agenda-costs = Costs {FLUENT}\n    .detail = Detail {FLUENT}"
            ),
        );
        edit(
            &en.join("site.ftl"),
            "site-title = Test municipality ICT governance",
            &format!("site-title = Title {FLUENT}"),
        );
        std::fs::write(
            en.join("pages/about.md"),
            format!("# About\n\n{PROSE} {long}\n"),
        )
        .unwrap();
        let out = tmp.path().join("public");
        build(&site, &out, &[]).expect_status(0);
        (tmp, out)
    });
    out
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn files_ending(ext: &str) -> Vec<(String, String)> {
    walkdir::WalkDir::new(out())
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path().to_string_lossy().ends_with(ext))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(out())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn no_output_carries_markup_or_raw_control_characters() {
    let mut checked = 0;
    for ext in [".html", ".json", ".ics", ".xml", ".txt"] {
        for (rel, text) in files_ending(ext) {
            checked += 1;
            // JSON and iCalendar carry text, not markup (the search script shows it with
            // `textContent`); HTML and XML must escape it.
            if ext == ".html" || ext == ".xml" {
                assert!(!text.contains("<script>alert(1)"), "{rel}: script");
            }
            let control = text
                .chars()
                .find(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
            assert_eq!(control, None, "{rel}: a raw control character");
            if ext == ".html" {
                for t in tags(&text) {
                    assert!(
                        !t.attrs.iter().any(|(n, _)| n.starts_with("on")
                            || n.contains('"')
                            || n.contains('\'')),
                        "{rel}: an attribute broke out: {t:?}"
                    );
                }
            }
        }
    }
    assert!(checked > 60, "only {checked} files");
    // The payload reached the pages, escaped.
    let home = read("en/forums/steering-group/index.html");
    assert!(
        home.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the text is shown, escaped"
    );
}

#[test]
fn the_annual_cycle_svg_stays_well_formed() {
    let page = read("en/annual-cycle/index.html");
    let start = page.find("<svg").expect("an inline SVG");
    let end = page[start..].find("</svg>").expect("closed") + start + "</svg>".len();
    let svg = page[start..end].replace("&nbsp;", "&#160;");
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}\n{svg:.2000}"));
    assert!(!doc.descendants().any(|n| n.tag_name().name() == "script"));
    assert!(
        svg.contains("Steering &lt;script&gt;"),
        "the term reached the SVG, escaped"
    );
}

#[test]
fn the_json_export_and_search_index_hold_the_text_exactly() {
    let seen_term = format!("steering {SEEN} group");
    // The export's texts are published per language beside its structure.
    for rel in ["data/en/texts.json", "en/search/index.json"] {
        let json: serde_json::Value =
            serde_json::from_str(&read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let mut strings = Vec::new();
        collect_strings(&json, &mut strings);
        assert!(
            strings
                .iter()
                .any(|s| s.contains("<script>alert(1)</script> \"' ]]> & x")),
            "{rel}: the payload is not there as text"
        );
        if rel.starts_with("data/") {
            assert!(
                strings.contains(&seen_term),
                "{rel}: the term round-trips exactly"
            );
        }
    }
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

#[test]
fn icalendar_feeds_are_folded_and_cannot_be_injected() {
    let feeds = files_ending(".ics");
    assert!(feeds.len() >= 9, "{} feeds", feeds.len());
    for (rel, text) in feeds {
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                assert!(
                    i > 0 && bytes[i - 1] == b'\r',
                    "{rel}: a bare LF at byte {i}"
                );
            }
            if b == b'\r' {
                assert_eq!(
                    bytes.get(i + 1),
                    Some(&b'\n'),
                    "{rel}: a bare CR at byte {i}"
                );
            }
        }
        for line in text.split("\r\n") {
            assert!(
                line.len() <= 75,
                "{rel}: a line of {} octets: {line:.80}",
                line.len()
            );
        }
        let unfolded = text.replace("\r\n ", "");
        for line in unfolded.split("\r\n") {
            assert!(
                !line.starts_with("X-INJECTED"),
                "{rel}: a property was injected"
            );
        }
        let begins = unfolded.matches("\r\nBEGIN:VEVENT\r\n").count();
        assert_eq!(
            begins,
            unfolded.matches("\r\nEND:VEVENT\r\n").count(),
            "{rel}"
        );
        let parsed: icalendar::Calendar = text.parse().unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(parsed.components.len(), begins, "{rel}: every event parses");
        if rel.starts_with("en/forums/steering-group/") {
            assert!(
                unfolded.contains("SUMMARY:Steering <script>alert(1)</script> \"'"),
                "{rel}: the name is there as text"
            );
            assert!(
                unfolded.contains("\\nX-INJECTED:1"),
                "{rel}: the line break is escaped"
            );
            assert!(
                unfolded.contains(&long_word()),
                "{rel}: the long word is folded, not cut"
            );
        }
    }
}

#[test]
fn a_failing_build_with_the_payload_keeps_output_and_sources() {
    let (tmp, site) = fixture_copy();
    let out = tmp.path().join("public");
    build(&site, &out, &[]).expect_status(0);
    let before = hash_tree(&out);
    // A reference to a missing role, named by the payload; and the payload as a URL.
    edit(
        &site.join("content/forums/change-forum.yml"),
        "chair: system-owner",
        "chair: \"<script>alert(1)</script>\\\"' ]]> \\r\\nX-INJECTED:1 \\e[31m\"",
    );
    let settings = site.join("govdoc.yml");
    let mut text = std::fs::read_to_string(&settings).unwrap();
    text.push_str("owner:\n  name: \"<b>x</b>\"\n  url: \"javascript:alert(1)//\\r\\n\"\n");
    std::fs::write(&settings, text).unwrap();
    let sources = hash_tree(&site);
    for extra in [&[][..], &["--message-format", "json"][..]] {
        let run = build(&site, &out, extra);
        run.expect_status(1);
        assert_eq!(before, hash_tree(&out), "the earlier output changed");
        assert_eq!(sources, hash_tree(&site), "the sources changed");
        assert_eq!(staging_leftovers(&out), Vec::<String>::new());
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(
            !all.contains('\u{1b}') && !all.contains('\u{7}'),
            "raw control characters: {all:?}"
        );
        assert!(
            !all.contains("\r\nX-INJECTED"),
            "a raw line break from the source: {all:?}"
        );
        if extra.is_empty() {
            assert!(run.stderr.contains("error[settings::"), "{}", run.stderr);
        } else {
            let json: serde_json::Value =
                serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
            let codes: Vec<&str> = json
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|d| d["code"].as_str())
                .collect();
            assert!(codes.contains(&"settings::url"), "{codes:?}");
        }
    }
}
