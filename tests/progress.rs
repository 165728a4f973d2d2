//! Progress of a whole-site build: the events the library reports, and what the binary shows
//! for them (plain lines when standard error is not a terminal or messages are JSON, a bar on a
//! terminal, nothing for builds shorter than the delay), for `govdoc build` and for the first
//! build of `govdoc build --watch` and `govdoc serve`. `GOVDOC_PROGRESS_AFTER_MS` shortens the
//! one-second delay, so the small fixture site shows it; one test waits the real second on a
//! generated site that takes longer than that.

mod support;

use govdoc::incremental::Session;
use govdoc::progress::Progress;
use govdoc::site::{build_with_progress, BuildOptions};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use support::*;

fn run_build(out: &Path, delay_ms: &str, extra: &[&str]) -> Run {
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

/// Runs a long-lived `govdoc` command (`build --watch`, `serve`) until standard error has a
/// line starting with `until` (the first build is done), then stops it; returns that stderr.
fn first_build_of(args: &[&str], delay_ms: Option<&str>, until: &str) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_govdoc"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("GOVDOC_PROGRESS_AFTER_MS")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(ms) = delay_ms {
        cmd.env("GOVDOC_PROGRESS_AFTER_MS", ms);
    }
    let mut child = cmd.spawn().expect("start govdoc");
    let stderr = child.stderr.take().expect("stderr is piped");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(180);
    let mut seen = Vec::new();
    let reached = loop {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(line) => {
                let done = line.starts_with(until);
                seen.push(line);
                if done {
                    break true;
                }
            }
            Err(_) => break false,
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    let text = seen.join("\n");
    assert!(reached, "no line starting with {until:?}:\n{text}");
    text
}

/// Whether a rendering line already counts every file written.
fn all_written_at_once(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("progress: rendering ") else {
        return false;
    };
    let mut numbers = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty());
    matches!((numbers.next(), numbers.next()), (Some(total), Some(done)) if total == done)
}

/// The progress lines of a first build: the phase it is in when the delay is over (loading,
/// rendering, or already publishing: under `--watch` the first build renders in memory and
/// writes while publishing, and a fast machine renders 9,000 files within the delay), then the
/// later phases in order, at most one line per tenth up to 100%, publishing last; then the
/// build's summary (`built …`) after the last of them.
fn assert_first_build_lines(stderr: &str) {
    assert_plain(stderr);
    let lines = progress_lines(stderr);
    let phase = |l: &str| {
        if l == "progress: loading and checking the site" {
            0
        } else if l.ends_with("files written (100%)") || all_written_at_once(l) {
            3
        } else if l.starts_with("progress: rendering ") {
            1
        } else if l.contains(" files written (") {
            2
        } else if l == "progress: publishing the new site" {
            4
        } else {
            panic!("not a progress line: {l}\n{stderr}")
        }
    };
    let phases: Vec<u8> = lines.iter().map(|l| phase(l)).collect();
    assert!(
        phases.windows(2).all(|w| w[0] <= w[1]),
        "phases out of order: {stderr}"
    );
    // Once rendering was shown, all written is shown too: by a 100% line, or by the rendering
    // line itself when the delay ended after the last file was written.
    if phases.contains(&1) {
        assert!(phases.contains(&3), "no 100% line: {stderr}");
    }
    assert_eq!(
        lines.last(),
        Some(&"progress: publishing the new site"),
        "{stderr}"
    );
    assert!(lines.len() <= 14, "{stderr}");
    let all: Vec<&str> = stderr.lines().collect();
    let last_progress = all
        .iter()
        .rposition(|l| l.starts_with("progress: "))
        .unwrap_or_default();
    let summary = all
        .iter()
        .position(|l| l.starts_with("built "))
        .unwrap_or_else(|| panic!("no summary: {stderr}"));
    assert!(
        last_progress < summary,
        "the summary follows the progress: {stderr}"
    );
}

/// `govdoc build --watch` on a site whose first build takes longer than the real one-second
/// delay (no test shortcut): the same plain lines as `govdoc build` on a pipe, then the summary
/// and "watching".
#[test]
fn a_long_first_build_under_watch_prints_plain_progress_lines() {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    govdoc::synth::generate(&site, 3000).expect("generate a site");
    let out = tmp.path().join("public");
    let started = Instant::now();
    let stderr = first_build_of(
        &[
            "build",
            "--watch",
            "--source",
            site.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
        "watching ",
    );
    assert!(
        started.elapsed() > Duration::from_secs(1),
        "the generated site built in under a second: make it larger"
    );
    assert_first_build_lines(&stderr);
    assert!(out.join("index.html").is_file());
}

/// `govdoc serve` shows its first build's progress the same way, as plain lines also with
/// JSON messages (standard output stays for JSON).
#[test]
fn serves_first_build_prints_progress_lines_with_json_messages_too() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    let stderr = first_build_of(
        &[
            "serve",
            "--source",
            fixture().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--port",
            "0",
            "--message-format",
            "json",
        ],
        Some("0"),
        "serving ",
    );
    assert_first_build_lines(&stderr);
}

/// A short first build under `--watch` shows nothing but its summary, as `govdoc build` does.
#[test]
fn a_short_first_build_under_watch_shows_no_progress() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    let stderr = first_build_of(
        &[
            "build",
            "--watch",
            "--source",
            fixture().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        Some("600000"),
        "watching ",
    );
    assert!(progress_lines(&stderr).is_empty(), "{stderr}");
}

/// On a terminal the first build under `--watch` gets the bar, cleared before its summary.
#[test]
fn a_terminal_gets_a_bar_for_the_first_build_under_watch() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    }
    let tmp = tempdir();
    // Ctrl-C (SIGINT) after a few seconds stops the watch cleanly once the first build is done.
    let cmd = format!(
        "GOVDOC_PROGRESS_AFTER_MS=0 timeout -s INT 8 {} build --watch --source {} --out {}",
        env!("CARGO_BIN_EXE_govdoc"),
        fixture().display(),
        tmp.path().join("public").display()
    );
    let out = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
        .expect("run script");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("progress: "), "a bar, not lines: {text}");
    assert!(text.contains("rendering ["), "{text:?}");
    let summary = text.find("built ").unwrap_or_else(|| panic!("{text:?}"));
    assert!(text[..summary].ends_with("\u{1b}[2K"), "{text:?}");
    assert!(text.contains("watching "), "{text:?}");
}

/// The library side: a session's first build reports every output once between rendering and
/// publishing, like `build_with_progress`; its rebuilds report nothing.
#[test]
fn a_session_reports_its_first_build_only() {
    let (tmp, site) = fixture_copy();
    let events = std::sync::Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let opts = BuildOptions {
        source: site.clone(),
        out: tmp.path().join("public"),
        ..Default::default()
    };
    let (mut session, first) =
        Session::start_with_progress(opts, Box::new(move |p| sink.lock().unwrap().push(p)))
            .expect("session starts");
    let govdoc::incremental::Outcome::Built(built) = first else {
        panic!("the first build failed: {first:?}");
    };
    let seen = std::mem::take(&mut *events.lock().unwrap());
    assert_eq!(seen.first(), Some(&Progress::Loading));
    assert_eq!(seen.last(), Some(&Progress::Publishing));
    let Some(Progress::Rendering { total }) = seen.get(1).copied() else {
        panic!("second event is not Rendering: {seen:?}");
    };
    assert_eq!(total, built.rendered, "every output is reported");
    let mut done: Vec<usize> = seen[2..seen.len() - 1]
        .iter()
        .map(|e| match e {
            Progress::Written { done, total: t } if *t == total => *done,
            other => panic!("unexpected event while rendering: {other:?}"),
        })
        .collect();
    done.sort_unstable();
    assert_eq!(done, (1..=total).collect::<Vec<_>>());
    // A rebuild after a save prints its one line; the first build's display is over.
    let settings = site.join("govdoc.yml");
    let text = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(&settings, format!("{text}\n# saved again\n")).unwrap();
    let mut changes = govdoc::watch::ChangeSet::default();
    changes
        .changed
        .insert(Path::new("govdoc.yml").to_path_buf());
    let rebuilt = session.apply(&changes);
    assert!(
        matches!(rebuilt, govdoc::incremental::Outcome::Built(_)),
        "{rebuilt:?}"
    );
    assert!(
        events.lock().unwrap().is_empty(),
        "a rebuild reported progress"
    );
}
