//! Watch, step 1 of 3 (classify): file-system events → the set of site files that changed.
//!
//! Pure and table-tested. Editors save in many shapes (write in place, write a temporary file
//! and rename it over the original, delete and create, vim's `4913` probe and `file~` backup),
//! and `git checkout` sends bursts; all of them collapse here into one [`ChangeSet`] that names
//! each site file once, by its path relative to the site root, with the last thing that
//! happened to it. Removals are first-class (never inferred from whether a path exists).
//! Editor junk, the output folder, hidden folders such as `.git`, and files outside the site's
//! inputs are dropped.

pub use crate::incremental::ChangeSet;
use crate::load::is_editor_junk;
use crate::workbench::record::RECORD_FILE;

use std::path::{Component, Path, PathBuf};

/// What happened to a path, as far as govdoc cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// Written and closed by its writer, created as a folder, or its metadata changed.
    Changed,
    /// Created or written, and the writer may still have it open (no close seen yet).
    Writing,
    /// Deleted.
    Removed,
    /// Renamed: the first path is the old name, the second the new one.
    Renamed,
}

/// One event from the watcher, with absolute paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathEvent {
    /// What happened.
    pub kind: EventKind,
    /// The paths involved (two for a rename).
    pub paths: Vec<PathBuf>,
}

impl PathEvent {
    /// A single-path event.
    pub fn new(kind: EventKind, path: impl Into<PathBuf>) -> Self {
        PathEvent {
            kind,
            paths: vec![path.into()],
        }
    }
}

/// The top-level entries of a site that hold inputs; everything else at the top is ignored.
pub const INPUT_TOPS: &[&str] = &[
    "govdoc.yml",
    "content",
    "locales",
    "templates",
    "static",
    "themes",
];

/// Where the watched site is and what to leave out.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The site root (absolute).
    pub root: PathBuf,
    /// The output folder (absolute); events inside it are the watcher's own writes.
    pub out: PathBuf,
}

impl Scope {
    /// The path relative to the site root if it can be a site input, else `None`.
    pub fn relevant(&self, path: &Path) -> Option<PathBuf> {
        if path.starts_with(&self.out) {
            return None;
        }
        let rel = path.strip_prefix(&self.root).ok()?;
        let mut parts = rel.components();
        let top = match parts.next()? {
            Component::Normal(t) => t.to_str()?,
            _ => return None,
        };
        if !INPUT_TOPS.contains(&top) {
            return None;
        }
        for c in rel.components() {
            let Component::Normal(name) = c else {
                return None;
            };
            let name = name.to_str()?;
            // Hidden names are editor and VCS files, except the translation records.
            if is_editor_junk(name) || (name.starts_with('.') && name != RECORD_FILE) {
                return None;
            }
        }
        Some(rel.to_path_buf())
    }
}

/// Collapses a batch of events into the set of touched site files, in event order.
pub fn classify(events: &[PathEvent], scope: &Scope) -> ChangeSet {
    let mut set = ChangeSet::default();
    let mut mark = |path: &Path, removed: bool| {
        if let Some(rel) = scope.relevant(path) {
            let mut one = ChangeSet::default();
            if removed {
                one.removed.insert(rel);
            } else {
                one.changed.insert(rel);
            }
            set.merge(one);
        }
    };
    for e in events {
        match (e.kind, e.paths.as_slice()) {
            (EventKind::Renamed, [from, to]) => {
                mark(from, true);
                mark(to, false);
            }
            (EventKind::Removed, paths) => paths.iter().for_each(|p| mark(p, true)),
            (_, paths) => paths.iter().for_each(|p| mark(p, false)),
        }
    }
    set
}

/// Site files a writer may not be done with: written but not yet closed, or gone (an editor's
/// save often moves the file away and writes it anew a moment later). While any is left, the
/// watch loop waits for more events; once every file is closed it rebuilds at once, instead
/// of waiting out a fixed window after every save.
#[derive(Debug, Default)]
pub struct Settling {
    unsettled: std::collections::HashSet<PathBuf>,
}

impl Settling {
    /// Follows a batch of events, in order.
    pub fn note(&mut self, events: &[PathEvent], scope: &Scope) {
        for e in events {
            let mut mark = |path: &Path, open: bool| {
                if let Some(rel) = scope.relevant(path) {
                    if open {
                        self.unsettled.insert(rel);
                    } else {
                        self.unsettled.remove(&rel);
                    }
                }
            };
            match (e.kind, e.paths.as_slice()) {
                (EventKind::Renamed, [from, to]) => {
                    mark(from, true);
                    mark(to, false);
                }
                (EventKind::Writing | EventKind::Removed, paths) => {
                    paths.iter().for_each(|p| mark(p, true))
                }
                (_, paths) => paths.iter().for_each(|p| mark(p, false)),
            }
        }
    }

    /// Whether every site file touched is closed and in place.
    pub fn settled(&self) -> bool {
        self.unsettled.is_empty()
    }

    /// Forgets what was waited for (the window ran out, or a rebuild took it all in).
    pub fn clear(&mut self) {
        self.unsettled.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EventKind::*;

    fn scope() -> Scope {
        Scope {
            root: "/site".into(),
            out: "/site/public".into(),
        }
    }

    fn ev(kind: EventKind, paths: &[&str]) -> PathEvent {
        PathEvent {
            kind,
            paths: paths.iter().map(PathBuf::from).collect(),
        }
    }

    fn set(changed: &[&str], removed: &[&str]) -> ChangeSet {
        ChangeSet {
            changed: changed.iter().map(PathBuf::from).collect(),
            removed: removed.iter().map(PathBuf::from).collect(),
        }
    }

    #[test]
    fn editor_save_shapes_collapse_to_one_change() {
        let r = "/site/locales/nb/roles.ftl";
        let table: Vec<(&str, Vec<PathEvent>, ChangeSet)> = vec![
            (
                "write in place",
                vec![ev(Changed, &[r]), ev(Changed, &[r])],
                set(&["locales/nb/roles.ftl"], &[]),
            ),
            (
                "temp file renamed over the original",
                vec![
                    ev(Changed, &["/site/locales/nb/.roles.ftl.tmp"]),
                    ev(Renamed, &["/site/locales/nb/.roles.ftl.tmp", r]),
                ],
                set(&["locales/nb/roles.ftl"], &[]),
            ),
            (
                "delete then create",
                vec![ev(Removed, &[r]), ev(Changed, &[r])],
                set(&["locales/nb/roles.ftl"], &[]),
            ),
            (
                "vim: probe file, backup by rename, new file, backup deleted",
                vec![
                    ev(Changed, &["/site/locales/nb/4913"]),
                    ev(Removed, &["/site/locales/nb/4913"]),
                    ev(Renamed, &[r, "/site/locales/nb/roles.ftl~"]),
                    ev(Changed, &[r]),
                    ev(Removed, &["/site/locales/nb/roles.ftl~"]),
                ],
                set(&["locales/nb/roles.ftl"], &[]),
            ),
            (
                "swap files only",
                vec![
                    ev(Changed, &["/site/content/roles/.a.yml.swp"]),
                    ev(Changed, &["/site/content/roles/#a.yml#"]),
                ],
                set(&[], &[]),
            ),
            (
                "deleted for good",
                vec![ev(Changed, &[r]), ev(Removed, &[r])],
                set(&[], &["locales/nb/roles.ftl"]),
            ),
            (
                "renamed to another site file",
                vec![ev(
                    Renamed,
                    &["/site/content/roles/a.yml", "/site/content/roles/b.yml"],
                )],
                set(&["content/roles/b.yml"], &["content/roles/a.yml"]),
            ),
            (
                "the output folder and .git are not inputs",
                vec![
                    ev(Changed, &["/site/public/nb/index.html"]),
                    ev(Changed, &["/site/.git/index"]),
                ],
                set(&[], &[]),
            ),
            (
                "files outside the inputs",
                vec![
                    ev(Changed, &["/site/README.md"]),
                    ev(Changed, &["/elsewhere/govdoc.yml"]),
                ],
                set(&[], &[]),
            ),
            (
                "a burst from git checkout",
                vec![
                    ev(Changed, &["/site/govdoc.yml"]),
                    ev(Changed, &["/site/content/roles/a.yml"]),
                    ev(Removed, &["/site/templates/x.html"]),
                    ev(Changed, &["/site/content/roles/a.yml"]),
                ],
                set(
                    &["content/roles/a.yml", "govdoc.yml"],
                    &["templates/x.html"],
                ),
            ),
            (
                "a folder removed",
                vec![ev(Removed, &["/site/content/risks"])],
                set(&[], &["content/risks"]),
            ),
        ];
        for (name, events, want) in table {
            assert_eq!(classify(&events, &scope()), want, "{name}");
        }
    }

    #[test]
    fn a_save_is_settled_once_every_site_file_is_closed_and_in_place() {
        let r = "/site/locales/nb/roles.ftl";
        let table: Vec<(&str, Vec<PathEvent>, bool)> = vec![
            ("written, not closed yet", vec![ev(Writing, &[r])], false),
            (
                "written in place and closed",
                vec![ev(Writing, &[r]), ev(Changed, &[r])],
                true,
            ),
            (
                "temp file renamed over the original",
                vec![
                    ev(Writing, &["/site/locales/nb/.roles.ftl.tmp"]),
                    ev(Changed, &["/site/locales/nb/.roles.ftl.tmp"]),
                    ev(Renamed, &["/site/locales/nb/.roles.ftl.tmp", r]),
                ],
                true,
            ),
            (
                "vim: the original moved to a backup, not yet written anew",
                vec![
                    ev(Changed, &["/site/locales/nb/4913"]),
                    ev(Removed, &["/site/locales/nb/4913"]),
                    ev(Renamed, &[r, "/site/locales/nb/roles.ftl~"]),
                ],
                false,
            ),
            (
                "vim: written anew and closed",
                vec![
                    ev(Renamed, &[r, "/site/locales/nb/roles.ftl~"]),
                    ev(Writing, &[r]),
                    ev(Changed, &[r]),
                    ev(Removed, &["/site/locales/nb/roles.ftl~"]),
                ],
                true,
            ),
            ("deleted: it may come back", vec![ev(Removed, &[r])], false),
            (
                "junk and output files are not waited for",
                vec![
                    ev(Writing, &["/site/content/roles/.a.yml.swp"]),
                    ev(Writing, &["/site/public/nb/index.html"]),
                ],
                true,
            ),
        ];
        for (name, events, want) in table {
            let mut s = Settling::default();
            s.note(&events, &scope());
            assert_eq!(s.settled(), want, "{name}");
        }
        // Across batches: a close in a later batch settles a write from an earlier one.
        let mut s = Settling::default();
        s.note(&[ev(Writing, &[r])], &scope());
        assert!(!s.settled());
        s.note(&[ev(Changed, &[r])], &scope());
        assert!(s.settled());
    }

    #[test]
    fn later_batches_override_earlier_ones() {
        let mut a = set(&["x"], &["y"]);
        a.merge(set(&["y"], &["x"]));
        assert_eq!(a, set(&["y"], &["x"]));
    }
}
