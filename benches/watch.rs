//! The watch benchmark: median time from saving one role's message to the updated page on disk,
//! with `govdoc build --watch` running (debounce included), on generated sites of several sizes;
//! also the rebuild time govdoc reports for it, other kinds of edit, and a full build.
//!
//! Run: `cargo bench --bench watch` (all sizes: 30, 1000 and 10000 entities per language), or
//! `cargo bench --bench watch -- 1000` for chosen sizes. Sites come from [`govdoc::synth`]
//! (the `gen-site` example). The page is polled every 0.5 ms, so figures carry up to 0.5 ms of
//! polling delay.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const GOVDOC: &str = env!("CARGO_BIN_EXE_govdoc");

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

fn wait_line(rx: &Receiver<String>, prefix: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(900);
    loop {
        let line = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no `{prefix}` line"));
        if line.starts_with(prefix) {
            return line;
        }
    }
}

/// The rebuild time in a `rebuilt: …; … in N ms` line.
fn reported_ms(line: &str) -> f64 {
    line.rsplit(" in ")
        .next()
        .and_then(|t| t.trim_end_matches(" ms").parse().ok())
        .unwrap_or(f64::NAN)
}

fn full_build(dir: &Path, runs: usize) -> f64 {
    let times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let ok = Command::new(GOVDOC)
                .args(["build", "-s", "site", "-o", "full"])
                .current_dir(dir)
                .stderr(Stdio::null())
                .status()
                .map(|s| s.success());
            assert_eq!(ok.ok(), Some(true), "full build failed");
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    median(times)
}

struct Edit {
    name: &'static str,
    /// (file, old line prefix, new line, page) for iteration i; for a content edit, (file, old
    /// text, new text, page), and the save counts as on disk when the page's bytes change.
    make: fn(usize, usize) -> (String, String, String, String),
    content: bool,
}

fn line_of(text: &str, prefix: &str) -> String {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix}"))
        .to_string()
}

/// Polls `done` every 0.5 ms until it holds (a minute at most after `t0`).
fn wait_until(t0: Instant, done: impl Fn() -> bool) {
    while !done() {
        if t0.elapsed() > Duration::from_secs(60) {
            panic!("page never updated");
        }
        std::thread::sleep(Duration::from_micros(500));
    }
}

/// Saves edits one at a time and measures save → page on disk; returns (latencies, rebuilds).
fn measure(
    dir: &Path,
    rx: &Receiver<String>,
    edit: &Edit,
    roles: usize,
    runs: usize,
) -> (Vec<f64>, Vec<f64>, String) {
    let (mut lat, mut reb) = (Vec::new(), Vec::new());
    let mut last = String::new();
    for i in 0..runs {
        let (file, prefix, new_line, page) = (edit.make)(i, roles);
        let path = dir.join("site").join(&file);
        let text = std::fs::read_to_string(&path).expect("readable");
        // A save may arrive as two events and give two rebuilds: what is left of the last save
        // must not be read as this one's.
        while rx.try_recv().is_ok() {}
        if edit.content {
            let (from, to) = if text.contains(&prefix) {
                (&prefix, &new_line)
            } else {
                (&new_line, &prefix)
            };
            let new_text = text.replacen(from.as_str(), to, 1);
            let page = dir.join("public").join(&page);
            let before = std::fs::read(&page).unwrap_or_default();
            let t0 = Instant::now();
            std::fs::write(&path, new_text).expect("saved");
            wait_until(t0, || std::fs::read(&page).is_ok_and(|p| p != before));
            lat.push(t0.elapsed().as_secs_f64() * 1000.0);
            last = wait_line(rx, "rebuilt");
            reb.push(reported_ms(&last));
            std::thread::sleep(Duration::from_millis(150));
            continue;
        }
        let old = line_of(&text, &prefix);
        let new_text = text.replacen(&old, &new_line, 1);
        let marker = new_line
            .split_once(" = ")
            .map(|(_, t)| t.to_string())
            .unwrap_or_default();
        let page = dir.join("public").join(page);
        let t0 = Instant::now();
        std::fs::write(&path, new_text).expect("saved");
        wait_until(t0, || {
            std::fs::read_to_string(&page).is_ok_and(|p| p.contains(&marker))
        });
        lat.push(t0.elapsed().as_secs_f64() * 1000.0);
        last = wait_line(rx, "rebuilt");
        reb.push(reported_ms(&last));
        std::thread::sleep(Duration::from_millis(150));
    }
    (lat, reb, last)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![30, 1000, 10000]
    } else {
        sizes
    };
    let edits = [
        Edit {
            name: "role responsibility (nb)",
            make: |i, roles| {
                let id = format!("role-{:05}", i % roles + 1);
                (
                    format!("locales/nb/roles/{id}.ftl"),
                    format!("role-{id}-responsibility-r2 ="),
                    format!("role-{id}-responsibility-r2 = Benchmark edit {i}."),
                    format!("nb/roles/{id}/index.html"),
                )
            },
            content: false,
        },
        Edit {
            name: "role summary (nb; also on lists)",
            make: |i, roles| {
                let id = format!("role-{:05}", i % roles + 1);
                (
                    format!("locales/nb/roles/{id}.ftl"),
                    format!("role-{id}-summary ="),
                    format!("role-{id}-summary = Summary edit {i}."),
                    format!("nb/roles/{id}/index.html"),
                )
            },
            content: false,
        },
        Edit {
            name: "role name term (nb; every page naming it)",
            make: |i, roles| {
                let id = format!("role-{:05}", i % roles + 1);
                (
                    format!("locales/nb/roles/{id}.ftl"),
                    format!("-{id} ="),
                    format!("-{id} = Renamed {i}"),
                    format!("nb/roles/{id}/index.html"),
                )
            },
            content: false,
        },
        Edit {
            name: "one role's YAML (responsibilities reordered)",
            make: |i, roles| {
                let id = format!("role-{:05}", i % roles + 1);
                (
                    format!("content/roles/{id}.yml"),
                    "[r1, r2, r3".into(),
                    "[r2, r1, r3".into(),
                    format!("nb/roles/{id}/index.html"),
                )
            },
            content: true,
        },
        Edit {
            name: "one forum's YAML (cadence: when needed; also on lists)",
            make: |i, _| {
                let id = format!("forum-{:05}", i + 1);
                (
                    format!("content/forums/{id}.yml"),
                    "when-needed: true".into(),
                    "when-needed: false".into(),
                    format!("nb/forums/{id}/index.html"),
                )
            },
            content: true,
        },
    ];
    println!("| entities/lang | full build ms | edit | runs | save → page ms (median) | rebuild ms (median) | last rebuild line |");
    println!("|---|---|---|---|---|---|---|");
    for n in sizes {
        let tmp = tempfile::tempdir().expect("temporary folder");
        govdoc::synth::generate(&tmp.path().join("site"), n).expect("site generated");
        let (roles, _, _) = govdoc::synth::counts(n);
        let full = full_build(tmp.path(), if n >= 10000 { 3 } else { 5 });
        let mut child = Command::new(GOVDOC)
            .args(["build", "--watch", "-s", "site", "-o", "public"])
            .current_dir(tmp.path())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("govdoc starts");
        let (tx, rx) = channel();
        let stderr = child.stderr.take().expect("piped");
        std::thread::spawn(move || {
            for l in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(l).is_err() {
                    break;
                }
            }
        });
        wait_line(&rx, "watching");
        std::thread::sleep(Duration::from_millis(300));
        for (k, edit) in edits.iter().enumerate() {
            let runs = if k == 0 { 21 } else { 7 };
            let (lat, reb, last) = measure(tmp.path(), &rx, edit, roles, runs);
            println!(
                "| {n} | {full:.0} | {} | {runs} | {:.1} | {:.0} | `{}` |",
                edit.name,
                median(lat),
                median(reb),
                last
            );
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}
