//! `govdoc build --watch` and the watching half of `govdoc serve`: classify, then plan, then
//! execute.
//!
//! 1. [`classify`] (pure): file-system events → [`ChangeSet`], the site files touched.
//! 2. [`plan`] (pure): [`ChangeSet`] → [`RebuildPlan`], what to refresh by kind of input.
//! 3. [`run`]: the debounced watcher and the loop that hands each batch to the incremental
//!    engine ([`crate::incremental::Session`]) and reports one line per rebuild.

pub mod classify;
pub mod plan;
pub mod run;

pub use classify::{classify, ChangeSet, EventKind, PathEvent, Scope};
pub use plan::{plan, RebuildPlan};
