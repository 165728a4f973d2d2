//! govdoc: a static site generator for ICT governance documentation.
//!
//! The pipeline, one module per stage, each depending only on the ones before it:
//!
//! 1. [`load`]: files → typed raw content with source positions (no interpretation).
//! 2. [`model`]: raw content → the validated, cross-linked, language-neutral [`model::Governance`].
//! 3. [`i18n`] + [`render`]: model + a language's Fluent catalogue + templates → page bytes, as
//!    pure functions that run in parallel.
//! 4. [`write`]: rendered outputs → disk, all at once or not at all.
//!
//! [`rules`] checks the model against what a governance model must contain.
//! [`workbench`] is the translator's tool beside the pipeline (`govdoc i18n …`): it reads the
//! catalogues and writes into the source tree; rendering never uses it.
//!
//! [`site`] runs the stages in order; [`diagnostics`] is the one error shape all stages share.

// A `Diagnostic` carries its location, snippet text and help, so it is large; it only travels on
// the error path, once per problem, where the size costs nothing measurable and boxing every
// error would only add noise.
#![allow(clippy::result_large_err)]

pub mod diagnostics;
pub mod i18n;
pub mod incremental;
pub mod init;
pub mod load;
pub mod markup;
pub mod model;
pub mod new_entity;
pub mod progress;
pub mod render;
pub mod rules;
pub mod serve;
pub mod site;
pub mod synth;
pub mod watch;
pub mod workbench;
pub mod write;
