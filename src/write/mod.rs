//! Stage 4, write: publishing rendered outputs to disk, all or nothing.
//!
//! A build writes each page into a sibling staging directory as soon as it is rendered (so the
//! whole site is never held in memory), and swaps that directory in for the output directory
//! only when every page rendered and was written. A failed build drops the staging directory,
//! so the last good site stays exactly as it was. The output directory is only ever replaced
//! when it is absent, empty, or carries govdoc's marker from an earlier build.

mod at;
mod remove;
mod update;

pub use update::{remove_output, write_atomic};

use crate::diagnostics::{Diagnostic, Location};
use crate::render::Output;
use rustc_hash::FxHashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The marker file govdoc leaves in every output directory it writes.
pub const MARKER: &str = ".govdoc-output";

/// Why an output directory may not be written.
fn refuse(out: &Path, why: &str, help: &str) -> Diagnostic {
    Diagnostic::error(
        "write::refused",
        format!("will not write to {}: {why}", out.display()),
    )
    .at(Location::file_only(out.to_path_buf()))
    .help(help.to_string())
}

/// The absolute form of a path with every component resolved in order: each prefix that exists
/// is canonicalised (symlinks followed), and a `..` after it removes the last real component.
///
/// Resolving component by component matters for paths whose middle does not exist yet:
/// `public/../content` with no `public/` must resolve to `content`, because publishing creates
/// `public/` and the operating system then resolves the `..` for real. Comparing the text
/// instead let such a path slip past the guard and replace `content/`.
pub fn absolute(p: &Path) -> PathBuf {
    use std::path::Component;
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    // Once a component does not exist, nothing below it exists either, so the rest is lexical.
    let mut exists = true;
    for component in abs.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => out.push(component.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
                exists = out.exists();
            }
            Component::Normal(name) => {
                out.push(name);
                if exists {
                    match out.canonicalize() {
                        Ok(real) => out = real,
                        Err(_) => exists = false,
                    }
                }
            }
        }
    }
    out
}

/// Checks that `out` is a place govdoc may replace.
pub fn check_output_dir(out: &Path, source_root: &Path) -> Result<(), Diagnostic> {
    let out_abs = absolute(out);
    let src_abs = absolute(source_root);
    if out_abs == src_abs || src_abs.starts_with(&out_abs) {
        return Err(refuse(
            out,
            "it is the site's source folder or contains it",
            "choose a separate folder, such as `public`",
        ));
    }
    for input in ["content", "locales", "themes", "templates", "static"] {
        if out_abs.starts_with(src_abs.join(input)) {
            return Err(refuse(
                out,
                &format!("it is inside the site's `{input}/` folder"),
                "choose a folder outside the inputs, such as `public`",
            ));
        }
    }
    if out_abs.exists() {
        if !out_abs.is_dir() {
            return Err(refuse(
                out,
                "it is a file",
                "remove it or choose another folder",
            ));
        }
        let empty = std::fs::read_dir(&out_abs)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty && !out_abs.join(MARKER).is_file() {
            return Err(refuse(
                out,
                "it holds files that govdoc did not write",
                "choose an empty or new folder; govdoc only replaces folders it created (they contain .govdoc-output)",
            ));
        }
    }
    Ok(())
}

/// What a publish did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublishReport {
    /// Files written.
    pub files: usize,
    /// Bytes written.
    pub bytes: usize,
}

fn write_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("write::io", format!("cannot write {}: {e}", path.display()))
        .at(Location::file_only(path.to_path_buf()))
        .help("check that the folder is writable and the disk is not full")
}

/// Removes staging folders of earlier builds of this output (`.<name>.govdoc-new-*`,
/// `.<name>.govdoc-old-*`) that a killed build left beside it; links are never followed.
fn remove_stale_staging(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefixes = [
        format!(".{name}.govdoc-new-"),
        format!(".{name}.govdoc-old-"),
    ];
    for e in entries.filter_map(Result::ok) {
        let file_name = e.file_name().to_string_lossy().to_string();
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if is_dir && prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// An output folder being built: a fresh sibling folder that pages are written into as they
/// are rendered, swapped in for the output folder only by [`Staging::publish`]. Dropped
/// without publishing (a failed build), it is removed and the output folder stays as it was.
pub struct Staging {
    dir: tempfile::TempDir,
    root: at::Root,
    out: PathBuf,
    parent: PathBuf,
    name: String,
    files: AtomicUsize,
    bytes: AtomicUsize,
    /// Folders this staging folder already has (relative): most pages sit in a folder of their
    /// own, but a forum's calendar shares its page's, and asking the kernel again costs a
    /// failed `mkdir` and a `stat` per file.
    made: Mutex<FxHashSet<String>>,
}

impl Staging {
    /// Checks that `out` may be replaced and opens an empty staging folder beside it.
    pub fn open(out: &Path, source_root: &Path) -> Result<Staging, Diagnostic> {
        check_output_dir(out, source_root)?;
        let out_abs = absolute(out);
        let parent = out_abs
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        std::fs::create_dir_all(&parent).map_err(|e| write_error(&parent, &e))?;
        let name = out_abs
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "public".into());
        remove_stale_staging(&parent, &name);
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.govdoc-new-"))
            .tempdir_in(&parent)
            .map_err(|e| write_error(&parent, &e))?;
        let root = at::Root::open(dir.path()).map_err(|e| write_error(dir.path(), &e))?;
        Ok(Staging {
            dir,
            root,
            out: out_abs,
            parent,
            name,
            files: AtomicUsize::new(0),
            bytes: AtomicUsize::new(0),
            made: Mutex::default(),
        })
    }

    /// Writes one output into the staging folder; safe to call from many threads at once.
    pub fn write(&self, output: &Output) -> Result<(), Diagnostic> {
        let rel = output.path.rsplit_once('/').map_or("", |(dir, _)| dir);
        let known = |made: &FxHashSet<String>| made.contains(rel);
        // A poisoned lock only loses the memo: the folder is then made (or found) again.
        if !self.made.lock().as_deref().is_ok_and(known) {
            self.root
                .make_dirs(rel)
                .map_err(|e| write_error(&self.dir.path().join(rel), &e))?;
            if let Ok(mut made) = self.made.lock() {
                made.insert(rel.to_string());
            }
        }
        self.root
            .write(&output.path, &output.bytes)
            .map_err(|e| write_error(&self.dir.path().join(&output.path), &e))?;
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(output.bytes.len(), Ordering::Relaxed);
        Ok(())
    }

    /// Marks the staging folder as govdoc's and swaps it in for the output folder.
    pub fn publish(self) -> Result<PublishReport, Diagnostic> {
        let marker = self.dir.path().join(MARKER);
        std::fs::write(
            &marker,
            "This folder is written by govdoc; it is replaced on every build.\n",
        )
        .map_err(|e| write_error(&marker, &e))?;
        let report = PublishReport {
            files: self.files.load(Ordering::Relaxed),
            bytes: self.bytes.load(Ordering::Relaxed),
        };
        let (out_abs, parent, name) = (self.out, self.parent, self.name);
        let staging = self.dir.keep();
        if out_abs.exists() {
            let old = tempfile::Builder::new()
                .prefix(&format!(".{name}.govdoc-old-"))
                .tempdir_in(&parent)
                .map_err(|e| write_error(&parent, &e))?
                .keep();
            std::fs::remove_dir(&old).map_err(|e| write_error(&old, &e))?;
            std::fs::rename(&out_abs, &old).map_err(|e| write_error(&out_abs, &e))?;
            if let Err(e) = std::fs::rename(&staging, &out_abs) {
                // Put the old site back so the output is never left missing.
                let _ = std::fs::rename(&old, &out_abs);
                return Err(write_error(&out_abs, &e));
            }
            let _ = remove::remove_tree(&old);
        } else {
            std::fs::rename(&staging, &out_abs).map_err(|e| write_error(&out_abs, &e))?;
        }
        Ok(report)
    }
}

/// Writes all outputs into a fresh sibling directory, then swaps it in for `out`.
pub fn publish(
    out: &Path,
    source_root: &Path,
    outputs: &[Output],
) -> Result<PublishReport, Diagnostic> {
    let staging = Staging::open(out, source_root)?;
    for o in outputs {
        staging.write(o)?;
    }
    staging.publish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(path: &str, text: &str) -> Output {
        Output {
            path: path.into(),
            bytes: text.as_bytes().into(),
        }
    }

    #[test]
    fn absolute_resolves_dot_dot_after_missing_and_linked_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("site/content/roles")).unwrap();
        std::os::unix::fs::symlink(root.join("site/content/roles"), root.join("site/link"))
            .unwrap();
        let site = root.join("site");
        assert_eq!(
            absolute(&site.join("nope/../content")),
            site.join("content")
        );
        assert_eq!(
            absolute(&site.join("a/b/../../content")),
            site.join("content")
        );
        assert_eq!(absolute(&site.join("nope/../../x")), root.join("x"));
        assert_eq!(
            absolute(&site.join("./content/./roles/..")),
            site.join("content")
        );
        // A symlink resolves first, so its `..` is the parent of its target.
        assert_eq!(absolute(&site.join("link/..")), site.join("content"));
        assert_eq!(
            absolute(&site.join("link/new")),
            site.join("content/roles/new")
        );
    }

    #[test]
    fn pages_written_into_a_dropped_staging_folder_never_reach_the_output() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("site");
        std::fs::create_dir_all(&src).unwrap();
        let public = tmp.path().join("public");
        publish(&public, &src, &[out("a/index.html", "one")]).unwrap();
        // A build that fails after writing some pages drops its staging folder.
        let staging = Staging::open(&public, &src).unwrap();
        staging.write(&out("a/index.html", "half")).unwrap();
        staging.write(&out("b/index.html", "new")).unwrap();
        drop(staging);
        assert_eq!(
            std::fs::read_to_string(public.join("a/index.html")).unwrap(),
            "one"
        );
        assert!(!public.join("b").exists());
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        assert!(
            names.iter().all(|n| !n.contains("govdoc-")),
            "staging left behind: {names:?}"
        );
        // Written from several threads at once, all pages arrive and are counted.
        let staging = Staging::open(&public, &src).unwrap();
        std::thread::scope(|s| {
            for t in 0..4 {
                let staging = &staging;
                s.spawn(move || {
                    for i in 0..25 {
                        staging
                            .write(&out(&format!("t{t}/{i}/index.html"), "x"))
                            .unwrap();
                    }
                });
            }
        });
        let report = staging.publish().unwrap();
        assert_eq!((report.files, report.bytes), (100, 100));
        assert!(public.join("t3/24/index.html").is_file());
        assert!(!public.join("a").exists());
    }

    #[test]
    fn publish_replaces_only_marked_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("site");
        std::fs::create_dir_all(&src).unwrap();
        let public = tmp.path().join("public");
        publish(&public, &src, &[out("a/index.html", "one")]).unwrap();
        assert_eq!(
            std::fs::read_to_string(public.join("a/index.html")).unwrap(),
            "one"
        );
        publish(&public, &src, &[out("b.html", "two")]).unwrap();
        assert!(!public.join("a/index.html").exists());
        assert!(public.join(MARKER).is_file());

        let foreign = tmp.path().join("foreign");
        std::fs::create_dir_all(&foreign).unwrap();
        std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
        let err = publish(&foreign, &src, &[out("x", "y")]).unwrap_err();
        assert!(err.message.contains("did not write"), "{}", err.message);
        assert_eq!(
            std::fs::read_to_string(foreign.join("keep.txt")).unwrap(),
            "mine"
        );

        assert!(publish(&src, &src, &[]).is_err());
        assert!(publish(&src.join("content/x"), &src, &[]).is_err());
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains("govdoc-"))
            .collect();
        assert!(leftovers.is_empty(), "staging folders left behind");
    }
}
