//! Stage 4, write, for the watcher: changing single files of a published output directory.
//!
//! Each file is written to a temporary name in its own directory and renamed over the old one,
//! so a web server or browser never reads half a page; files whose bytes did not change are
//! never touched (their modification time stays); outputs of removed pages are deleted together
//! with the folders they leave empty.

use crate::diagnostics::{Diagnostic, Location};
use std::path::Path;

fn io_error(path: &Path, what: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "write::io",
        format!("cannot {what} {}: {e}", path.display()),
    )
    .at(Location::file_only(path.to_path_buf()))
    .help("check that the output folder is writable and the disk is not full")
}

/// Replaces `out/rel` with `bytes` atomically (temporary file and rename in the same folder).
pub fn write_atomic(out: &Path, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    let path = out.join(rel);
    let dir = path.parent().unwrap_or(out);
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, "create", &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    // A plain write (not a 0600 temporary file) so the page gets the same permissions as a build.
    let tmp = dir.join(format!(".{name}.govdoc-tmp"));
    std::fs::write(&tmp, bytes).map_err(|e| io_error(&tmp, "write", &e))?;
    std::fs::rename(&tmp, &path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_error(&path, "replace", &e)
    })
}

/// Deletes `out/rel` and then every parent folder it leaves empty, up to `out` itself.
pub fn remove_output(out: &Path, rel: &str) -> Result<(), Diagnostic> {
    let path = out.join(rel);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error(&path, "delete", &e)),
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == out || !d.starts_with(out) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_and_removals_prune() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        write_atomic(out, "nb/roles/a/index.html", b"one").unwrap();
        write_atomic(out, "nb/roles/a/index.html", b"two").unwrap();
        write_atomic(out, "nb/index.html", b"home").unwrap();
        assert_eq!(
            std::fs::read(out.join("nb/roles/a/index.html")).unwrap(),
            b"two"
        );
        let names: Vec<_> = std::fs::read_dir(out.join("nb/roles/a"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
        remove_output(out, "nb/roles/a/index.html").unwrap();
        assert!(!out.join("nb/roles").exists());
        assert!(out.join("nb/index.html").is_file());
        remove_output(out, "nb/gone.html").unwrap();
    }
}
