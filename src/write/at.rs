//! Folders and files made relative to the open staging folder.
//!
//! The kernel resolves a path component by component: a page's absolute staging path
//! (`/srv/.public.govdoc-new-x/nb/roles/owner/index.html`) cost a look-up of each of the staging
//! folder's own components on every `mkdir` and `open`, 75,000 of them at 10,000 entities per
//! language. Relative to a descriptor of the staging folder only the page's own part is walked
//! (8 % less system time for making a folder and writing a page into it, measured on tmpfs).

use std::io;
use std::path::Path;

/// An open folder that paths below it are resolved from.
pub(super) struct Root {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    #[cfg(not(unix))]
    dir: std::path::PathBuf,
}

#[cfg(unix)]
impl Root {
    /// Opens `dir` for resolving paths below it.
    pub fn open(dir: &Path) -> io::Result<Root> {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::DIRECTORY | OFlags::RDONLY | OFlags::CLOEXEC;
        let fd = rustix::fs::open(dir, flags, Mode::empty())?;
        Ok(Root { fd })
    }

    /// `create_dir_all` for `rel` below the root: the folder itself first, its parents only
    /// when it has none.
    pub fn make_dirs(&self, rel: &str) -> io::Result<()> {
        use rustix::io::Errno;
        if rel.is_empty() {
            return Ok(());
        }
        let mode = rustix::fs::Mode::from_bits_truncate(0o777);
        match rustix::fs::mkdirat(&self.fd, rel, mode) {
            Err(Errno::NOENT) => {
                if let Some((parent, _)) = rel.rsplit_once('/') {
                    self.make_dirs(parent)?;
                }
                match rustix::fs::mkdirat(&self.fd, rel, mode) {
                    Ok(()) | Err(Errno::EXIST) => Ok(()),
                    Err(e) => Err(e.into()),
                }
            }
            Ok(()) | Err(Errno::EXIST) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Creates (or truncates) the file `rel` below the root and writes `bytes` into it.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        use rustix::fs::{Mode, OFlags};
        use std::io::Write;
        let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::CLOEXEC;
        let fd = rustix::fs::openat(&self.fd, rel, flags, Mode::from_bits_truncate(0o666))?;
        std::fs::File::from(fd).write_all(bytes)
    }
}

#[cfg(not(unix))]
impl Root {
    /// Remembers `dir` for resolving paths below it.
    pub fn open(dir: &Path) -> io::Result<Root> {
        Ok(Root {
            dir: dir.to_path_buf(),
        })
    }

    /// `create_dir_all` for `rel` below the root.
    pub fn make_dirs(&self, rel: &str) -> io::Result<()> {
        std::fs::create_dir_all(self.dir.join(rel))
    }

    /// Creates (or truncates) the file `rel` below the root and writes `bytes` into it.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        std::fs::write(self.dir.join(rel), bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_made_with_their_parents_and_files_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let root = Root::open(tmp.path()).unwrap();
        root.make_dirs("nb/roles/owner").unwrap();
        root.make_dirs("nb/roles/owner").unwrap();
        root.make_dirs("nb/roles/other").unwrap();
        root.make_dirs("").unwrap();
        root.write("nb/roles/owner/index.html", b"long text")
            .unwrap();
        root.write("nb/roles/owner/index.html", b"new").unwrap();
        root.write("index.html", b"root").unwrap();
        let read = |p: &str| std::fs::read_to_string(tmp.path().join(p)).unwrap();
        assert_eq!(read("nb/roles/owner/index.html"), "new");
        assert_eq!(read("index.html"), "root");
        assert!(tmp.path().join("nb/roles/other").is_dir());
        let err = root.write("nb/none/index.html", b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }
}
