//! The default site and the example municipality in a real browser: builds each with the `govdoc`
//! binary and runs `tests/browser/run.mjs` on it (headless Chromium + axe-core, WCAG 2.1 A/AA, keyboard,
//! no-JavaScript, language switcher, no request off the machine).
//!
//! Needs Node, Debian's `chromium` and `tests/browser/node_modules`; `.ci/run` installs all three
//! (`GOVDOC_CI_INSTALL_ONLY=1 bash .ci/run` installs without running the tests). On a developer
//! machine without a browser, `GOVDOC_SKIP_BROWSER=1` skips this test explicitly and says so.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const SETUP_HINT: &str = "run `bash .ci/run` to install them (or `GOVDOC_CI_INSTALL_ONLY=1 bash .ci/run` to only install), \
     or set GOVDOC_SKIP_BROWSER=1 to skip the browser tests explicitly";

/// How long the whole browser run may take before it is killed.
const TIMEOUT: Duration = Duration::from_secs(600);

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skipped() -> bool {
    if std::env::var("GOVDOC_SKIP_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0") {
        let line = "!".repeat(78);
        // Straight to the process's stderr: the test harness captures eprintln! of passing tests.
        let _ = std::io::stderr().write_all(
            format!(
                "\n{line}\n!!! BROWSER TESTS SKIPPED: GOVDOC_SKIP_BROWSER is set.\n\
                 !!! Accessibility, keyboard and language-switcher checks in Chromium did NOT run.\n{line}\n"
            )
            .as_bytes(),
        );
        return true;
    }
    false
}

/// Everything the browser run needs is there, or the test fails saying how to get it.
fn require_tools() {
    let mut missing = Vec::new();
    match Command::new("node").arg("--version").output() {
        Ok(o) if o.status.success() => {}
        _ => missing.push("node (Node.js 20 or newer) on PATH".to_string()),
    }
    let chromium = std::env::var_os("GOVDOC_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/bin/chromium".into());
    if !chromium.is_file() {
        missing.push(format!(
            "Chromium at {} (Debian package `chromium`)",
            chromium.display()
        ));
    }
    let modules = repo().join("tests/browser/node_modules");
    for (module, file) in [
        ("playwright-core", "package.json"),
        ("axe-core", "axe.min.js"),
    ] {
        if !modules.join(module).join(file).is_file() {
            missing.push(format!("the npm module {module} in {}", modules.display()));
        }
    }
    assert!(
        missing.is_empty(),
        "the browser tests need:\n  - {}\n{SETUP_HINT}",
        missing.join("\n  - ")
    );
}

/// Runs a command to the end (or kills it after `timeout`), returning status and all output.
fn run(cmd: &mut Command, timeout: Duration) -> (Option<i32>, String) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}\n{SETUP_HINT}"));
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for child") {
            break Some(status);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let text = format!(
        "{}{}",
        out_reader.join().unwrap(),
        err_reader.join().unwrap()
    );
    match status {
        Some(s) => (s.code(), text),
        None => (
            None,
            format!("{text}\n(killed after {} s)", timeout.as_secs()),
        ),
    }
}

fn build_site(source: &Path, out: &Path, extra: &[&str]) {
    let (code, text) = run(
        Command::new(env!("CARGO_BIN_EXE_govdoc"))
            .arg("build")
            .arg("--source")
            .arg(source)
            .arg("--out")
            .arg(out)
            .args(extra),
        Duration::from_secs(120),
    );
    assert_eq!(
        code,
        Some(0),
        "govdoc build of {} failed:\n{text}",
        source.display()
    );
    assert!(
        out.join("index.html").is_file(),
        "the build wrote no index.html into {}",
        out.display()
    );
}

/// One Chromium at a time: the machines have two cores, and the runs are timed.
static BROWSER: Mutex<()> = Mutex::new(());

/// Builds the site at `source` (with `build_args`) and runs the browser checks on it (with `run_args`).
fn browser_checks(source: &Path, build_args: &[&str], run_args: &[&str]) {
    if skipped() {
        return;
    }
    require_tools();
    let _one_at_a_time = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = tempfile::tempdir().expect("temp dir");
    let site = tmp.path().join("public");
    build_site(source, &site, build_args);

    let mut node = Command::new("node");
    node.arg(repo().join("tests/browser/run.mjs"))
        .arg(&site)
        .args(run_args)
        .current_dir(repo());
    let (code, text) = run(&mut node, TIMEOUT);
    match code {
        // The report is shown with `cargo test -- --nocapture`.
        Some(0) => println!("{text}"),
        Some(2) => panic!("the browser tests could not start:\n{text}\n{SETUP_HINT}"),
        _ => panic!(
            "the browser tests failed (exit {code:?}); each FAIL line says what and where:\n{text}"
        ),
    }
}

/// Home, a role card, a meeting description, the risk register and the glossary in nb, es and en,
/// plus the language chooser and the not-found page: axe (WCAG 2.1 A and AA), `<html lang>`, the
/// skip link by keyboard, the page without JavaScript, the language switcher, every link, reflow
/// at 320 px, the compact header and menu at 360 px, the one-row menu at 1280 px, and no request
/// leaving 127.0.0.1.
#[test]
fn default_site_passes_the_browser_checks() {
    browser_checks(&repo(), &[], &[]);
}

/// The same checks on the example municipality, whose menu has a systems entry and whose pages
/// carry the example banner: the phone header and the one-row menu at 1280 px must hold there
/// too.
#[test]
fn example_municipality_passes_the_browser_checks() {
    browser_checks(&repo().join("examples/kommune"), &[], &[]);
}

/// The same site published under a sub-path: served only under `/styring/`, every link, the
/// stylesheet and the language switcher must stay there.
#[test]
fn default_site_works_under_a_sub_path() {
    browser_checks(
        &repo(),
        &["--base-url", "https://intranet.example/styring/"],
        &["--base-path", "/styring/", "--quick"],
    );
}
