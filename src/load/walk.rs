//! Walking a site's folders and reading its files, each opened by name inside its folder
//! (see [`super::folder`]) and read into a per-thread buffer, in an order that puts them into
//! the map of inputs cheaply.

use super::folder::{name, open_file, Folder, Folders};
use super::input::{
    check_inside, check_size, input_file, io_error, FileRole, InputFile, MAX_TEXT_FILE,
};
use super::settings::SETTINGS_FILE;
use crate::diagnostics::Diagnostic;
use std::borrow::Cow;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The folders (and the settings file) a site's inputs come from, in walk order.
pub(super) const TOPS: [&str; 6] = [
    SETTINGS_FILE,
    "content",
    "locales",
    "templates",
    "static",
    "themes",
];

/// Every input file of the site in walk order (links followed, each folder sorted by name),
/// with an error in place of an entry that cannot be read or a link leading out of the site.
pub(super) fn walk<'a>(
    root: &'a Path,
    real_root: &'a Path,
    theme: &'a str,
) -> impl Iterator<Item = Found> + Send + 'a {
    let mut tops = TOPS.iter().enumerate();
    let mut current: Option<(usize, PathBuf, walkdir::IntoIter, Folders)> = None;
    std::iter::from_fn(move || loop {
        let Some((top_index, start, walk, folders)) = current.as_mut() else {
            let (top_index, top) = tops.next()?;
            let start = root.join(top);
            if start.exists() {
                let walk = walkdir::WalkDir::new(&start)
                    .follow_links(true)
                    .sort_by_file_name()
                    .into_iter();
                current = Some((top_index, start, walk, Folders::new(top)));
            }
            continue;
        };
        let Some(entry) = walk.next() else {
            current = None;
            continue;
        };
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                return Some(Found::Error(io_error(
                    e.path().unwrap_or(start),
                    &e.to_string(),
                )))
            }
        };
        if entry.path_is_symlink() {
            if let Err(d) = check_inside(real_root, root, entry.path()) {
                if entry.file_type().is_dir() {
                    walk.skip_current_dir();
                }
                return Some(Found::Error(d));
            }
        }
        if entry.file_type().is_dir() {
            folders.enter(entry.depth(), name(entry.path()), entry.path());
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let Some((rel, role, folder)) = found_file(folders, &entry, root, theme) else {
            continue;
        };
        return Some(Found::File {
            top: *top_index,
            rel,
            path: entry.into_path(),
            folder,
            role,
        });
    })
}

/// The built-in theme's files (in path order) and the files found under each of [`TOPS`] (in
/// walk order), in one sequence in path order but for equal paths, which keep the built-in
/// file before the site's, for the map to keep the site's.
///
/// A depth-first walk of folders sorted by name meets paths in their order, so only the tops
/// and the built-in theme are out of place: sorting the whole, the map merged eight runs,
/// moving every file three times and comparing paths component by component (6.9 M
/// instructions at 1,500 entities, one core). Were a run not in order, the map still sorts it.
pub(super) fn in_path_order(
    embedded: Vec<(PathBuf, InputFile)>,
    mut runs: Vec<Vec<(PathBuf, InputFile)>>,
) -> Vec<(PathBuf, InputFile)> {
    let mut order: Vec<(usize, &str)> = TOPS.iter().copied().enumerate().collect();
    order.sort_by_key(|&(_, top)| Path::new(top));
    let mut embedded = embedded.into_iter().peekable();
    let mut out = Vec::with_capacity(embedded.len() + runs.iter().map(Vec::len).sum::<usize>());
    for (i, top) in order {
        let run = runs.get_mut(i).map(std::mem::take).unwrap_or_default();
        if top != "themes" {
            out.extend(run);
            continue;
        }
        for file in run {
            while let Some(e) = embedded.next_if(|e| e.0 <= file.0) {
                out.push(e);
            }
            out.push(file);
        }
        out.extend(embedded.by_ref());
    }
    out.extend(embedded);
    out
}

/// A file met at its depth of the walk: its path relative to the root, its role and its open
/// folder, or `None` when it is not an input.
fn found_file(
    folders: &Folders,
    entry: &walkdir::DirEntry,
    root: &Path,
    theme: &str,
) -> Option<(PathBuf, FileRole, Option<Arc<Folder>>)> {
    let file_name = name(entry.path());
    // From its folders' names and paths: parsing and comparing the whole path, to take the
    // root off it and to find its parts, cost 3,700 instructions a file.
    let Some(parts) = folders.parts(entry.depth(), file_name) else {
        // Its folder was not met, which a depth-first walk never does.
        let rel = entry.path().strip_prefix(root).ok()?;
        return FileRole::of(rel, theme).map(|role| (rel.to_path_buf(), role, None));
    };
    let role = FileRole::of_parts(&parts, theme)?;
    let (rel, folder) = folders.file(entry.depth(), file_name)?;
    Some((rel, role, folder))
}

/// A file read from disk with its path relative to the root, or why it could not be.
pub(super) type ReadFile = Result<(PathBuf, InputFile), Diagnostic>;

/// A file met while walking the site: to read, or an error in its place.
pub(super) enum Found {
    File {
        /// Its top folder's index in [`TOPS`].
        top: usize,
        rel: PathBuf,
        path: PathBuf,
        folder: Option<Arc<Folder>>,
        role: FileRole,
    },
    Error(Diagnostic),
}

/// Bytes of the buffer each thread reads files into: every file of the generated sites, and
/// almost every text file, fits.
pub(super) const SCRATCH: usize = 64 * 1024;
const _: () = assert!(SCRATCH as u64 <= MAX_TEXT_FILE);

thread_local! {
    /// The reading buffer, taken out while a file is read (so a nested read gets a new one).
    static SCRATCH_BUF: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// Reads a file met by the walk and makes it an input of `role`.
pub(super) fn read_file(
    path: &Path,
    folder: Option<&Folder>,
    rel: &Path,
    role: FileRole,
) -> Result<InputFile, Diagnostic> {
    let mut file = open_file(folder, path).map_err(|e| io_error(rel, &e.to_string()))?;
    let mut buf = SCRATCH_BUF.take();
    if buf.len() < SCRATCH {
        buf = vec![0; SCRATCH];
    }
    let read = read_all(&mut file, &mut buf, rel, &role);
    let file = read.and_then(|bytes| input_file(rel, role, &bytes, false));
    SCRATCH_BUF.set(buf);
    file
}

/// Reads `file` whole: into `buf` when it fits, which needs no look at its size (one system
/// call a file); else it is checked against the limit before the rest is read.
fn read_all<'b>(
    file: &mut std::fs::File,
    buf: &'b mut [u8],
    rel: &Path,
    role: &FileRole,
) -> Result<Cow<'b, [u8]>, Diagnostic> {
    use std::io::Read;
    let mut len = 0;
    let mut end = false;
    while len < buf.len() {
        match file.read(&mut buf[len..]) {
            Ok(0) => {
                end = true;
                break;
            }
            Ok(n) => len += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(rel, &e.to_string())),
        }
    }
    if end {
        return Ok(Cow::Borrowed(&buf[..len]));
    }
    let size = file.metadata().map_or(0, |m| m.len());
    check_size(role, rel, size)?;
    let room = usize::try_from(size)
        .unwrap_or(0)
        .max(len)
        .saturating_add(1);
    let mut bytes = Vec::with_capacity(room);
    bytes.extend_from_slice(&buf[..len]);
    // Through `take`, which reads into the room made above: `File::read_to_end` would ask the
    // kernel for the size and the position again, two more calls per file.
    Read::by_ref(file)
        .take(u64::MAX)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(rel, &e.to_string()))?;
    Ok(Cow::Owned(bytes))
}
