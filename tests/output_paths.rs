//! The output guard resolves `--out` before judging it: a `..` anywhere in the path (after a
//! folder that does not exist yet, after one that does, through a symlink) must never let
//! `build`, `build --watch` or `serve` replace the site's sources or someone else's files.
//! Each case asserts the refusal and that the source tree and the neighbour folder are
//! byte-identical afterwards.

mod common;
mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use support::{copy_dir, fixture, hash_tree, Run};

/// A site in `tmp/site`, plus `tmp/important` holding someone else's file.
fn layout() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = support::tempdir();
    let site = tmp.path().join("site");
    copy_dir(&fixture(), &site);
    std::fs::create_dir_all(tmp.path().join("important")).unwrap();
    std::fs::write(tmp.path().join("important/thesis.txt"), "years of work").unwrap();
    (tmp, site)
}

/// `--out` values, relative to the site folder, that all point at something govdoc must not replace.
const HOSTILE: &[&str] = &[
    "public/../content",
    "nope/../content",
    "nope/../locales",
    "nope/deeper/../../content",
    "./nope/.././content",
    "content/../content",
    "public/..",
    "nope/..",
    "nope/../../site",
    "nope/../../important",
    "nope/x/../../../important",
    "../site/nope/../content",
    "../important",
    "../nope/../important",
    "linked-parent/../content",
    "to-content",
    "to-content/../content",
    "to-content/nope/..",
];

fn prepare_links(tmp: &Path, site: &Path) {
    std::os::unix::fs::symlink(site.join("content"), site.join("to-content")).unwrap();
    // A symlink to a folder deeper down: `linked-parent/..` is the real parent of its target.
    std::os::unix::fs::symlink(site.join("locales/nb"), site.join("linked-parent")).unwrap();
    let _ = tmp;
}

fn run_in(cwd: &Path, args: &[&str]) -> Run {
    support::govdoc_in(cwd, args)
}

fn assert_untouched(tmp: &Path, before: &std::collections::BTreeMap<String, String>, what: &str) {
    let after = hash_tree(tmp);
    assert_eq!(before, &after, "{what} changed files outside its output");
}

#[test]
fn build_refuses_every_dot_dot_path_that_reaches_the_sources() {
    let (tmp, site) = layout();
    prepare_links(tmp.path(), &site);
    let before = hash_tree(tmp.path());
    for out in HOSTILE {
        let run = run_in(&site, &["build", "--source", ".", "--out", out]);
        assert_eq!(run.status, 1, "--out {out}: {}", run.stderr);
        assert!(
            run.stderr.contains("error[write::refused]"),
            "--out {out}: {}",
            run.stderr
        );
        assert_untouched(tmp.path(), &before, &format!("build --out {out}"));
    }
}

#[test]
fn a_dot_dot_path_to_a_new_folder_is_built_where_it_resolves() {
    // The guard must not refuse honest paths: `nope/../public` is `public`, and nothing named
    // `nope` is left behind.
    let (_tmp, site) = layout();
    let run = run_in(
        &site,
        &["build", "--source", ".", "--out", "nope/../public"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(site.join("public/index.html").is_file());
    assert!(site.join("public/.govdoc-output").is_file());
    assert!(
        !site.join("nope").exists(),
        "an intermediate folder was left"
    );
}

/// Starts a long-running command and waits until it exits by itself; panics if it keeps running.
fn exits_by_itself(cwd: &Path, args: &[&str]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("govdoc starts");
    let deadline = Instant::now() + common::PATIENCE;
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            let out = child.wait_with_output().expect("output");
            return (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            );
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("govdoc {args:?} kept running with a refused output folder");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn watch_and_serve_refuse_them_too() {
    let (tmp, site) = layout();
    prepare_links(tmp.path(), &site);
    let before = hash_tree(tmp.path());
    // A representative subset: each `..` position once, for both long-running commands.
    for out in [
        "nope/../content",
        "public/../locales",
        "nope/../../important",
        "to-content/nope/..",
    ] {
        for cmd in [
            vec!["build", "--watch", "--source", ".", "--out", out],
            vec!["serve", "--source", ".", "--out", out, "--port", "0"],
        ] {
            let (status, stderr) = exits_by_itself(&site, &cmd);
            assert_eq!(status, 1, "{cmd:?}: {stderr}");
            assert!(
                stderr.contains("error[write::refused]"),
                "{cmd:?}: {stderr}"
            );
            assert_untouched(tmp.path(), &before, &format!("{cmd:?}"));
        }
    }
}
