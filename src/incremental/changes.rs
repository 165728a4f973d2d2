//! The engine's input: the site files one save touched, as the watcher (or a test) reports them.

use std::collections::BTreeSet;
use std::path::PathBuf;

/// The site files touched by a batch of events, relative to the site root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// Files that exist and may have new content.
    pub changed: BTreeSet<PathBuf>,
    /// Files that were deleted (or renamed away).
    pub removed: BTreeSet<PathBuf>,
}

impl ChangeSet {
    /// Whether nothing relevant happened.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty()
    }

    /// Adds another batch; a later event for a path overrides an earlier one.
    pub fn merge(&mut self, later: ChangeSet) {
        for p in later.changed {
            self.removed.remove(&p);
            self.changed.insert(p);
        }
        for p in later.removed {
            self.changed.remove(&p);
            self.removed.insert(p);
        }
    }

    /// Every touched path.
    pub fn paths(&self) -> impl Iterator<Item = &PathBuf> {
        self.changed.iter().chain(&self.removed)
    }
}
