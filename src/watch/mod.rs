//! `govdoc build --watch` and the watching half of `govdoc serve`: classify, then plan, then
//! execute.
//!
//! 1. [`classify`] (pure): file-system events → [`ChangeSet`], the site files touched.
//! 2. [`run`]: the debounced watcher and the loop that hands each batch to the incremental
//!    engine ([`crate::incremental::Session`]), which plans and rebuilds.
//!
//! The dependency goes one way: the watcher uses the engine, the engine knows no watcher.

pub mod classify;
pub mod run;

pub use classify::{classify, ChangeSet, EventKind, PathEvent, Scope};

use crate::incremental::Outcome;
use std::path::Path;

/// What the watch loop and the server have to tell the person running them. The library never
/// prints: the binary decides how each event looks (text or JSON).
#[derive(Debug)]
pub enum Event<'a> {
    /// A build or rebuild ended (or found nothing to do).
    Rebuilt {
        /// What happened.
        outcome: &'a Outcome,
        /// The output folder.
        out: &'a Path,
        /// Whether this was the first build of the session.
        first: bool,
    },
    /// Something worth a warning that is not an error in the site.
    Warning(String),
    /// `serve` is listening.
    Serving {
        /// The site folder.
        source: &'a Path,
        /// Where to open it.
        url: &'a str,
    },
}
