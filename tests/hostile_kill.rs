//! SIGKILL during `govdoc build` (issue 12): a build killed at any moment, mid-publish
//! included, leaves the output folder holding a complete old site or a complete new one, never
//! a mix; the next build cleans up what the killed one left.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::*;

/// Entities per language: about 1,000 pages in three languages, enough that writing the site
/// takes a good part of a build.
const SIZE: usize = 300;

/// How long the kill loop may run; the whole test stays near 30 s on a busy CI machine.
const BUDGET: Duration = Duration::from_secs(15);

fn spawn_build(site: &Path, out: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["build", "--source"])
        .arg(site)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start govdoc")
}

fn timed_build(site: &Path, out: &Path) -> (BTreeMap<String, String>, Duration) {
    let started = Instant::now();
    build(site, out, &[]).expect_status(0);
    (hash_tree(out), started.elapsed())
}

#[test]
fn a_build_killed_at_any_moment_leaves_a_whole_old_or_new_site() {
    let tmp = tempdir();
    let old_site = tmp.path().join("old");
    govdoc::synth::generate(&old_site, SIZE).expect("generate");
    // The new site differs on every page: the footer's "last updated" date.
    let new_site = tmp.path().join("new");
    copy_dir(&old_site, &new_site);
    append(&new_site.join("govdoc.yml"), "last-updated: 2026-01-02\n");
    let (old, _) = timed_build(&old_site, &tmp.path().join("ref-old"));
    let (new, _) = timed_build(&new_site, &tmp.path().join("ref-new"));
    assert_ne!(old, new);
    // Timed once warm, the median of three: the first runs of a fresh clone's binary also
    // load it from disk, and timed by them every later build finished before its kill.
    let mut warm: Vec<Duration> = (0..3)
        .map(|_| timed_build(&new_site, &tmp.path().join("warm")).1)
        .collect();
    warm.sort();
    let mut took = warm[1];

    let out = tmp.path().join("public");
    build(&old_site, &out, &[]).expect_status(0);
    let mut current = &old;
    let (mut kills, mut mid_publish, mut round) = (0, 0, 0u32);
    let started = Instant::now();
    while started.elapsed() < BUDGET && (round < 12 || mid_publish == 0) {
        // Each round builds the other site, killed somewhere between 50% and 130% of a build (most of a build is writing).
        let (site, next) = if current == &old {
            (&new_site, &new)
        } else {
            (&old_site, &old)
        };
        let fraction = 0.5 + 0.8 * f64::from((round * 7) % 12) / 11.0;
        round += 1;
        let before = staging_leftovers(&out);
        let mut child = spawn_build(site, &out);
        std::thread::sleep(took.mul_f64(fraction));
        let killed = child.try_wait().expect("wait").is_none();
        if killed {
            child.kill().expect("SIGKILL");
            kills += 1;
        } else if fraction < 1.0 {
            // Done before most of a build's time: builds got faster than timed (a busy
            // machine calmed down); aim earlier from now on.
            took = took.mul_f64(0.75);
        }
        let status = child.wait().expect("wait");
        if staging_leftovers(&out).iter().any(|s| !before.contains(s)) {
            mid_publish += 1;
        }
        let now = hash_tree(&out);
        assert!(
            now == old || now == new,
            "round {round}: after a SIGKILL at {:.0}% of a build (status {status}), the output is neither the old nor the new site: {} files, {} differ from the old, {} from the new",
            fraction * 100.0,
            now.len(),
            differing(&now, &old),
            differing(&now, &new),
        );
        if now == *next {
            current = next;
        }
    }
    eprintln!("{round} rounds, {kills} killed, {mid_publish} left staging folders (killed mid-publish), build {took:?}");
    assert!(kills > 0, "no build was killed: the site builds too fast");
    assert!(
        mid_publish > 0,
        "no kill landed while the site was written; the test proved nothing"
    );
    // The next build finishes, publishes the new site whole and removes the leftovers.
    build(&new_site, &out, &[]).expect_status(0);
    assert_eq!(hash_tree(&out), new);
    assert_eq!(staging_leftovers(&out), Vec::<String>::new());
}

fn differing(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> usize {
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter().filter(|k| a.get(*k) != b.get(*k)).count()
}

fn append(path: &Path, text: &str) {
    let mut old = std::fs::read_to_string(path).expect("read");
    old.push_str(text);
    std::fs::write(path, old).expect("write");
}
