//! The Nu Html Checker (npm `vnu-jar`, run with the machine's Java) on every page of the default
//! site and of the example municipality, in every language, plus the theme's stylesheet and
//! favicon: zero errors.
//!
//! Needs `java` on PATH (Debian's `default-jre-headless`) and `tests/browser/node_modules/vnu-jar`;
//! `.ci/run` installs both. On a developer machine without them, `GOVDOC_SKIP_BROWSER=1` skips
//! this test explicitly and says so, as it does for the browser tests.

mod support;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::*;

const SETUP_HINT: &str = "run `bash .ci/run` to install them (or `GOVDOC_CI_INSTALL_ONLY=1 bash .ci/run` to only install), \
     or set GOVDOC_SKIP_BROWSER=1 to skip the validator explicitly";

/// A page that must fail: the checker is shown to run on the files it is given, since `vnu.jar`
/// reports nothing at all (and exits 0) for a file it cannot read.
const BROKEN_PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>\
     <body><p><div></div></p></body></html>\n";

fn skipped() -> bool {
    if std::env::var("GOVDOC_SKIP_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0") {
        // Straight to stderr: the harness captures eprintln! of passing tests.
        let _ = std::io::stderr().write_all(
            b"\n!!! HTML VALIDATOR SKIPPED: GOVDOC_SKIP_BROWSER is set; the Nu Html Checker did NOT run.\n",
        );
        return true;
    }
    false
}

fn vnu_jar() -> PathBuf {
    repo_root().join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar")
}

fn require_tools() {
    let mut missing = Vec::new();
    if !Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        missing.push("java on PATH (Debian package `default-jre-headless`)".to_string());
    }
    if !vnu_jar().is_file() {
        missing.push(format!("the npm module vnu-jar ({})", vnu_jar().display()));
    }
    assert!(
        missing.is_empty(),
        "the HTML validity test needs:\n  - {}\n{SETUP_HINT}",
        missing.join("\n  - ")
    );
}

/// Every file under `dir` whose name ends in one of `exts`, sorted.
fn files(dir: &Path, exts: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| exts.contains(&x))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[derive(serde::Deserialize)]
struct Report {
    messages: Vec<Message>,
}

#[derive(serde::Deserialize)]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    url: Option<String>,
    #[serde(rename = "lastLine")]
    line: Option<u64>,
    #[serde(rename = "firstColumn")]
    column: Option<u64>,
    message: String,
    extract: Option<String>,
}

#[test]
fn every_page_of_both_sites_passes_the_nu_html_checker() {
    if skipped() {
        return;
    }
    require_tools();
    let tmp = tempdir();
    let sites = [
        ("default site", repo_root()),
        ("examples/kommune", repo_root().join("examples/kommune")),
    ];
    let mut checked = Vec::new();
    for (i, (name, source)) in sites.iter().enumerate() {
        let out = tmp.path().join(format!("site-{i}"));
        build(source, &out, &[]).expect_status(0);
        let pages = files(&out, &["html"]);
        for lang in ["nb", "es", "en"] {
            let n = pages
                .iter()
                .filter(|p| p.starts_with(out.join(lang)))
                .count();
            assert!(n > 10, "{name}: only {n} pages in {lang}");
        }
        checked.extend(pages);
        checked.extend(files(&out.join("static"), &["css", "svg"]));
    }
    let canary = tmp.path().join("canary.html");
    std::fs::write(&canary, BROKEN_PAGE).unwrap();

    let output = Command::new("java")
        .arg("-jar")
        .arg(vnu_jar())
        .args([
            "--errors-only",
            "--also-check-css",
            "--also-check-svg",
            "--format",
            "json",
            "--stdout",
        ])
        .args(&checked)
        .arg(&canary)
        .output()
        .unwrap_or_else(|e| panic!("cannot run java: {e}\n{SETUP_HINT}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report: Report = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "the checker's output is not its JSON report ({e}):\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });

    let canary_url = format!("file:{}", canary.display());
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut canary_caught = false;
    for m in report.messages {
        let url = m.url.unwrap_or_default();
        if url == canary_url {
            canary_caught = true;
            continue;
        }
        let file = url
            .strip_prefix(&format!("file:{}/", tmp.path().display()))
            .unwrap_or(&url)
            .to_string();
        let extract = m.extract.unwrap_or_default().replace('\n', "⏎");
        errors.entry(file).or_default().push(format!(
            "{}:{}: {} [{}] in `{extract}`",
            m.line.unwrap_or(0),
            m.column.unwrap_or(0),
            m.message,
            m.kind
        ));
    }
    assert!(
        canary_caught,
        "the checker found nothing wrong in a broken page, so it checked nothing:\n{stdout}"
    );
    let report: Vec<String> = errors
        .iter()
        .map(|(file, list)| format!("{file}\n    {}", list.join("\n    ")))
        .collect();
    assert!(
        errors.is_empty(),
        "the Nu Html Checker found errors in {} of {} files (site-0 is the default site, site-1 examples/kommune):\n{}",
        errors.len(),
        checked.len(),
        report.join("\n")
    );
    println!("Nu Html Checker: {} files, 0 errors", checked.len());
}
