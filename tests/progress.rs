//! Progress of a whole-site build: the events the library reports, and what the binary shows
//! for them (plain lines when standard error is not a terminal or messages are JSON, a bar on a
//! terminal, nothing for builds shorter than the delay). `GOVDOC_PROGRESS_AFTER_MS` shortens
//! the one-second delay, so the small fixture site shows it.

mod support;

use govdoc::progress::Progress;
use govdoc::site::{build_with_progress, BuildOptions};
use std::process::Command;
use std::sync::Mutex;
use support::*;

fn run_build(out: &std::path::Path, delay_ms: &str, extra: &[&str]) -> Run {
    let site = fixture();
    let mut args = vec![
        "build",
        "--source",
        site.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(&args)
        .env("GOVDOC_PROGRESS_AFTER_MS", delay_ms)
        .env("NO_COLOR", "1")
        .output()
        .expect("run govdoc");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn progress_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("progress: "))
        .collect()
}

/// Plain lines only: no carriage returns or escape sequences a log would garble.
fn assert_plain(stderr: &str) {
    assert!(
        !stderr.contains('\r') && !stderr.contains('\u{1b}'),
        "terminal control characters in {stderr:?}"
    );
}

#[test]
fn the_library_reports_every_output_once_between_rendering_and_publishing() {
    let tmp = tempdir();
    let events = Mutex::new(Vec::new());
    let opts = BuildOptions {
        source: fixture(),
        out: tmp.path().join("public"),
        ..Default::default()
    };
    let report = build_with_progress(&opts, &|p| events.lock().unwrap().push(p)).unwrap();
    let events = events.into_inner().unwrap();
    assert_eq!(events.first(), Some(&Progress::Loading));
    assert_eq!(events.last(), Some(&Progress::Publishing));
    let Some(Progress::Rendering { total }) = events.get(1).copied() else {
        panic!("second event is not Rendering: {events:?}");
    };
    assert_eq!(total, report.written.files, "every output is written");
    let mut done: Vec<usize> = events[2..events.len() - 1]
        .iter()
        .map(|e| match e {
            Progress::Written { done, total: t } if *t == total => *done,
            other => panic!("unexpected event while rendering: {other:?}"),
        })
        .collect();
    done.sort_unstable();
    assert_eq!(done, (1..=total).collect::<Vec<_>>());
}

#[test]
fn a_long_build_prints_plain_progress_lines_when_stderr_is_not_a_terminal() {
    let tmp = tempdir();
    let run = run_build(&tmp.path().join("public"), "0", &[]);
    run.expect_status(0);
    assert_plain(&run.stderr);
    let lines = progress_lines(&run.stderr);
    assert_eq!(
        lines.first(),
        Some(&"progress: loading and checking the site")
    );
    let rendering = lines
        .iter()
        .position(|l| l.starts_with("progress: rendering "))
        .unwrap_or_else(|| panic!("no rendering line: {lines:?}"));
    let all_written = lines
        .iter()
        .position(|l| l.ends_with("files written (100%)"))
        .unwrap_or_else(|| panic!("no 100% line: {lines:?}"));
    assert_eq!(lines.last(), Some(&"progress: publishing the new site"));
    assert!(rendering < all_written, "{lines:?}");
    // At most one line per tenth: a log of a large site stays short.
    assert!(lines.len() <= 14, "{lines:?}");
    let summary = run.stderr.lines().last().unwrap_or_default();
    assert!(
        summary.starts_with("built "),
        "summary comes last: {summary}"
    );
}

#[test]
fn json_messages_keep_stdout_clean_and_show_progress_as_plain_lines() {
    let tmp = tempdir();
    let run = run_build(
        &tmp.path().join("public"),
        "0",
        &["--message-format", "json"],
    );
    run.expect_status(0);
    assert_plain(&run.stderr);
    assert!(
        progress_lines(&run.stderr).contains(&"progress: publishing the new site"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("progress"), "{}", run.stdout);
    if !run.stdout.trim().is_empty() {
        serde_json::from_str::<serde_json::Value>(&run.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", run.stdout));
    }
}

#[test]
fn a_build_shorter_than_the_delay_shows_no_progress() {
    let tmp = tempdir();
    let run = run_build(&tmp.path().join("public"), "600000", &[]);
    run.expect_status(0);
    assert!(progress_lines(&run.stderr).is_empty(), "{}", run.stderr);
}

#[test]
fn a_terminal_gets_a_bar_that_is_cleared_before_the_summary() {
    // `script` (util-linux) runs the build with a pseudo-terminal as its standard error.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    }
    let tmp = tempdir();
    let cmd = format!(
        "GOVDOC_PROGRESS_AFTER_MS=0 {} build --source {} --out {}",
        env!("CARGO_BIN_EXE_govdoc"),
        fixture().display(),
        tmp.path().join("public").display()
    );
    let out = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
        .expect("run script");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        !text.contains("progress: "),
        "a terminal gets a bar, not lines: {text}"
    );
    // The bar's text, then indicatif's "clear line" before the summary.
    assert!(text.contains("rendering ["), "{text:?}");
    let summary = text.find("built ").unwrap_or_else(|| panic!("{text:?}"));
    assert!(text[..summary].ends_with("\u{1b}[2K"), "{text:?}");
}
