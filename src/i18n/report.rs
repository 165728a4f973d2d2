//! The translation status as the runtime sees it: plain data the workbench computes
//! ([`crate::workbench::status`]) and the translation-status page renders.

use serde::Serialize;
use std::path::PathBuf;

/// A unit that needs the translator, with where to look.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// Unit key.
    pub key: String,
    /// File (the source's for missing units, the translation's otherwise).
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// The source text now (for obsolete units: the translation).
    pub text: String,
    /// For stale units: the source text the translation was made from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_source: Option<String>,
    /// For stale units: the change from the old to the new source, word by word
    /// (`[-removed-]{+added+}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    /// For stale units: the translation as it stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation: Option<String>,
    /// For missing units: the translation file it belongs in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<PathBuf>,
}

/// One language's status.
#[derive(Debug, Clone, Serialize)]
pub struct LangStatus {
    /// Language code.
    pub lang: String,
    /// Units in the source language.
    pub source: usize,
    /// Units the language has (current or stale).
    pub translated: usize,
    /// Units it lacks (or still has as scaffolded copies of the source).
    pub missing: usize,
    /// Translated units whose source changed since.
    pub stale: usize,
    /// Units the source no longer has.
    pub obsolete: usize,
    /// Translated units without a record (their staleness cannot be told yet).
    pub unrecorded: usize,
    /// Of those, the ones whose text is the source's own (a name or an acronym, or not yet
    /// translated): `mark-current LANG` leaves copies alone, so each must be named to confirm it.
    pub unrecorded_copies: Vec<String>,
    /// Share of source units translated and up to date, in percent.
    pub percent: f64,
    /// Words of the source language's texts (placeables, variant keys and Fluent syntax not
    /// counted), the figure agencies quote by.
    pub source_words: usize,
    /// Source words of the missing texts.
    pub missing_words: usize,
    /// Source words of the stale texts (their new source).
    pub stale_words: usize,
    /// Source words of the texts translated and up to date.
    pub current_words: usize,
    /// The missing units.
    pub missing_items: Vec<Item>,
    /// The stale units, with old and new source.
    pub stale_items: Vec<Item>,
    /// The obsolete units.
    pub obsolete_items: Vec<Item>,
}
