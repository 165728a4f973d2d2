//! The translator's workbench behind `govdoc i18n …`: a tool that reads the runtime catalogues
//! ([`crate::i18n`]) and writes into the source tree. Rendering never uses it.
//!
//! [`units`] cuts every language into translatable units, [`record`] keeps what each
//! translation was made from, [`status`] measures languages against the source, [`check`] finds
//! what a translation broke (and checks the content's words for `build` and `check`, keeping
//! each entity's findings in [`uses`]),
//! [`scaffold`] adds missing messages, [`termbase`] reads the site's terminology and finds
//! deprecated variants, [`terminology`] exports it (TBX, CSV), [`commands`] runs the commands.

pub mod check;
pub mod commands;
pub mod record;
pub mod scaffold;
pub mod status;
pub mod termbase;
pub mod terminology;
pub mod units;
pub mod uses;
pub mod xliff;

pub use commands::{apply_records, apply_records_with, read_records, StatusEntry, Workbench};
