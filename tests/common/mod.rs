//! Helpers for tests that run the real `govdoc` binary: a child process whose stderr lines are
//! read on a thread and waited for with generous timeouts (never fixed sleeps alone), and a
//! small generated site in a temporary folder.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant, SystemTime};

/// How long any single wait may take: long, because the machine may be busy.
pub const PATIENCE: Duration = Duration::from_secs(90);

/// A running govdoc with its stderr lines.
pub struct Govdoc {
    pub child: Child,
    lines: Receiver<String>,
    /// Every line seen so far.
    pub seen: Vec<String>,
}

impl Govdoc {
    /// Starts `govdoc ARGS` in `dir`.
    pub fn start(dir: &Path, args: &[&str]) -> Govdoc {
        let mut child = Command::new(env!("CARGO_BIN_EXE_govdoc"))
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("govdoc starts");
        let stderr = child.stderr.take().expect("stderr is piped");
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Govdoc {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits for the next line that satisfies `want`; panics with everything seen on timeout.
    pub fn wait_for(&mut self, what: &str, want: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if want(&line) {
                        return line;
                    }
                }
                Err(RecvTimeoutError::Timeout) => panic!(
                    "timed out waiting for {what}; stderr so far:\n{}",
                    self.seen.join("\n")
                ),
                Err(RecvTimeoutError::Disconnected) => panic!(
                    "govdoc ended while waiting for {what}; stderr:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// Waits for the next line starting with `prefix`.
    pub fn wait_line(&mut self, prefix: &str) -> String {
        self.wait_for(prefix, |l| l.starts_with(prefix))
    }

    /// Lines received so far without waiting.
    pub fn drain(&mut self) -> Vec<String> {
        let mut new = Vec::new();
        while let Ok(l) = self.lines.try_recv() {
            self.seen.push(l.clone());
            new.push(l);
        }
        new
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends Ctrl-C (SIGINT) and waits for the process to end; returns whether it succeeded.
    pub fn interrupt(&mut self) -> bool {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                self.drain();
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("govdoc did not stop after Ctrl-C");
    }
}

impl Drop for Govdoc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary folder with a generated site of `n` entities per language in `site/`.
pub fn site(n: usize) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let site = tmp.path().join("site");
    govdoc::synth::generate(&site, n).expect("site is written");
    (tmp, site)
}

/// Every file under `dir` with its modification time and bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (SystemTime, Vec<u8>)> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let meta = e.metadata().expect("metadata");
        let rel = e.path().strip_prefix(dir).expect("inside").to_path_buf();
        out.insert(
            rel,
            (
                meta.modified().expect("mtime"),
                std::fs::read(e.path()).expect("readable"),
            ),
        );
    }
    out
}

/// The number in `"…, N written, …"` of a rebuild line.
pub fn written(line: &str) -> usize {
    line.split(", ")
        .find_map(|p| {
            p.strip_suffix(" written")
                .and_then(|n| n.rsplit(' ').next())
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or_else(|| panic!("no written count in {line:?}"))
}

/// Reads a file as text.
pub fn read(p: impl AsRef<Path>) -> String {
    std::fs::read_to_string(p.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", p.as_ref().display()))
}

/// Replaces `from` by `to` in a file, writing it in place (truncate and write).
pub fn edit(p: impl AsRef<Path>, from: &str, to: &str) {
    let text = read(&p);
    assert!(
        text.contains(from),
        "{} has no {from:?}",
        p.as_ref().display()
    );
    std::fs::write(p.as_ref(), text.replacen(from, to, 1)).expect("written");
}

/// The line of a Fluent file that defines `id`.
pub fn ftl_line(p: impl AsRef<Path>, id: &str) -> String {
    read(p)
        .lines()
        .find(|l| l.starts_with(&format!("{id} =")))
        .unwrap_or_else(|| panic!("no {id}"))
        .to_string()
}
