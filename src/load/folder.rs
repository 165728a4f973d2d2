//! Files opened by their own name inside their folder's open descriptor, while a site is read.
//!
//! Opening `locales/nb/roles/role-00001.ftl` by its whole path makes the kernel look up every
//! component of the site's own path again (`/dev/shm/…/govdoc-30000/`), for each of 120,000
//! files at 20,000 entities per language: `File::open` was half of the time spent reading a
//! file. The walk meets each folder before its files, so it opens the folder once and hands
//! each file the folder's descriptor. Elsewhere than on unix files are opened by path.

use std::ffi::OsStr;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An open folder whose files are opened by name.
pub(super) struct Folder {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
}

#[cfg(unix)]
impl Folder {
    /// Opens the folder `path`, as `name` inside `parent` when that is open.
    fn open(parent: Option<&Folder>, name: &OsStr, path: &Path) -> Option<Folder> {
        use rustix::fs::{Mode, OFlags, CWD};
        let flags = OFlags::DIRECTORY | OFlags::RDONLY | OFlags::CLOEXEC;
        let fd = match parent {
            Some(parent) => rustix::fs::openat(&parent.fd, name, flags, Mode::empty()),
            None => rustix::fs::openat(CWD, path, flags, Mode::empty()),
        };
        fd.ok().map(|fd| Folder { fd })
    }

    /// Opens the file `name` inside this folder for reading.
    fn open_file(&self, name: &OsStr) -> io::Result<File> {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::CLOEXEC;
        Ok(File::from(rustix::fs::openat(
            &self.fd,
            name,
            flags,
            Mode::empty(),
        )?))
    }
}

#[cfg(not(unix))]
impl Folder {
    /// Nothing is kept open here: files are opened by path.
    fn open(_parent: Option<&Folder>, _name: &OsStr, _path: &Path) -> Option<Folder> {
        None
    }

    /// Never called: no folder is ever open.
    fn open_file(&self, name: &OsStr) -> io::Result<File> {
        File::open(name)
    }
}

/// Opens the file at `path` for reading, by its name inside `folder` when that is open.
pub(super) fn open_file(folder: Option<&Folder>, path: &Path) -> io::Result<File> {
    match folder {
        Some(folder) => folder.open_file(name(path)),
        None => File::open(path),
    }
}

/// The last component of a path the walk made (a folder's path joined with a name read from
/// it), as `Path::file_name` gives it. That parses the path's components from its end: twice a
/// file, 3 % of reading a site of 20,000 entities per language.
#[cfg(unix)]
pub(super) fn name(path: &Path) -> &OsStr {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    match memchr::memrchr(b'/', bytes).map(|slash| &bytes[slash + 1..]) {
        Some(last) if !matches!(last, b"" | b"." | b"..") => OsStr::from_bytes(last),
        _ => path.file_name().unwrap_or(path.as_os_str()),
    }
}

/// The last component of a path the walk made, as walkdir gives it.
#[cfg(not(unix))]
pub(super) fn name(path: &Path) -> &OsStr {
    path.file_name().unwrap_or(path.as_os_str())
}

/// How deep folders are kept open: a site nested a thousand folders deep must not use up the
/// process's descriptors (deeper files are opened by path, as before).
const OPEN_DEPTH: usize = 16;

/// The folders of a depth-first walk from one top folder (`content`, `locales`, …) that its
/// next files can be in: at each depth the last folder met there.
pub(super) struct Folders {
    top: &'static str,
    open: Vec<Level>,
}

/// A folder of the walk: its name (`""` when not UTF-8), its path relative to the site root,
/// and its descriptor when it could be opened.
struct Level {
    name: String,
    rel: PathBuf,
    folder: Option<Arc<Folder>>,
}

impl Folders {
    /// The walk from `top`, a name in the site root.
    pub fn new(top: &'static str) -> Folders {
        Folders {
            top,
            open: Vec::new(),
        }
    }

    /// A folder met at `depth` (0: the top itself), named `name`, at `path`.
    pub fn enter(&mut self, depth: usize, name: &OsStr, path: &Path) {
        self.open.truncate(depth);
        if self.open.len() != depth {
            return;
        }
        let level = match self.open.last() {
            Some(parent) => Level {
                name: name.to_str().unwrap_or("").to_string(),
                rel: join(&parent.rel, name),
                folder: (depth < OPEN_DEPTH)
                    .then(|| Folder::open(parent.folder.as_deref(), name, path))
                    .flatten()
                    .map(Arc::new),
            },
            None => Level {
                name: self.top.to_string(),
                rel: PathBuf::from(self.top),
                folder: Folder::open(None, name, path).map(Arc::new),
            },
        };
        self.open.push(level);
    }

    /// The components of the path relative to the site root of a file met at `depth`, named
    /// `name` (as [`super::input::FileRole::of_parts`] takes them). `None` when its folder was
    /// not met, which a depth-first walk never does.
    pub fn parts<'a>(&'a self, depth: usize, name: &'a OsStr) -> Option<Vec<&'a str>> {
        if depth == 0 {
            return Some(vec![self.top]);
        }
        let folders = self.open.get(..depth)?;
        let mut parts = Vec::with_capacity(depth + 1);
        parts.extend(folders.iter().map(|l| l.name.as_str()));
        parts.push(name.to_str().unwrap_or(""));
        Some(parts)
    }

    /// The path relative to the site root and the open folder of a file met at `depth`,
    /// named `name`. `None` when its folder was not met.
    pub fn file(&self, depth: usize, name: &OsStr) -> Option<(PathBuf, Option<Arc<Folder>>)> {
        match depth.checked_sub(1) {
            None => Some((PathBuf::from(self.top), None)),
            Some(d) => {
                let level = self.open.get(d)?;
                Some((join(&level.rel, name), level.folder.clone()))
            }
        }
    }
}

/// `folder.join(name)` in one allocation.
fn join(folder: &Path, name: &OsStr) -> PathBuf {
    let mut path = PathBuf::with_capacity(folder.as_os_str().len() + 1 + name.len());
    path.push(folder);
    path.push(name);
    path
}

#[cfg(test)]
mod tests {
    use crate::load::SiteInput;
    use std::path::Path;

    #[test]
    fn names_are_the_last_components() {
        for path in [
            "/a/b/name.ftl",
            "rel/name",
            "name",
            "/top",
            "a/b/",
            "/",
            "",
            "a/..",
            "a/.",
            "./a",
        ] {
            let path = Path::new(path);
            assert_eq!(
                super::name(path),
                path.file_name().unwrap_or(path.as_os_str()),
                "{}",
                path.display()
            );
        }
    }

    #[test]
    fn files_are_read_whole_by_their_path_relative_to_the_root() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        let write = |rel: &str, bytes: &[u8]| {
            let path = site.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        };
        write("govdoc.yml", b"title: t\n");
        write("content/roles/deep/er/owner.yml", b"- id: owner\n");
        write("locales/nb/roles.ftl", b"\xef\xbb\xbfrole = Rolle\n");
        // Around the size of the reading buffer: the first read fills it or ends the file.
        let sizes = [super::super::walk::SCRATCH - 1, super::super::walk::SCRATCH];
        for (i, size) in sizes.into_iter().chain([200_000]).enumerate() {
            let bytes: Vec<u8> = (0..size).map(|b| (b % 251) as u8).collect();
            write(&format!("static/blob-{i}.bin"), &bytes);
            write(&format!("templates/long-{i}.html"), &vec![b'x'; size]);
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(site.join("locales/nb"), site.join("locales/en")).unwrap();
        let input = SiteInput::read(&site).unwrap();
        let mut on_disk = 0;
        for (rel, file) in &input.files {
            if rel.starts_with("themes") {
                continue;
            }
            on_disk += 1;
            let expected = std::fs::read(site.join(rel)).unwrap();
            let read = match &file.source {
                Some(source) => source.text.as_bytes(),
                None => &file.bytes[..],
            };
            let expected = expected.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&expected);
            assert_eq!(read, expected, "{}", rel.display());
        }
        assert_eq!(on_disk, if cfg!(unix) { 10 } else { 9 });
        let key = Path::new("content/roles/deep/er/owner.yml");
        assert!(input.files.contains_key(key));
        #[cfg(unix)]
        assert!(input.files.contains_key(Path::new("locales/en/roles.ftl")));
    }
}
