//! The formatted text of every message, attribute and term that takes no arguments, kept per
//! language after its first use.
//!
//! Most of what a page shows is such a text (a role's name, a heading, a label), and the same
//! text is formatted on thousands of pages: at 10,000 entities Fluent's resolver was 16 % of a
//! full build. The text depends only on the catalogue's bundle and files, which change only in
//! [`LocaleCatalogue::try_patch`](super::LocaleCatalogue::try_patch); that drops the whole
//! cache, since a patched term changes every message that refers to it. Whether an entry is
//! untranslated or broken is asked before the cache, so those sets may change freely.
//! Recording the read for the watch engine happens in the accessor, cache or not.
//!
//! A plain text (no placeable) is not kept: Fluent returns it without resolving anything, and
//! keeping every content message of a large site would add its whole text to the peak memory
//! (60 MB at 10,000 entities) for little gain. A plain value does not even come here: the
//! catalogue's index knows where its text stands in its file and copies it from there. What is kept are terms with their variants and
//! messages that refer to terms: the names and sentences that thousands of pages repeat.
//! Texts with arguments are kept apart, a few argument sets per message ([`args`]).

use super::resource::FtlFile;
use fluent_bundle::FluentArgs;
use std::sync::{Arc, OnceLock};

mod args;

/// A formatted text and the errors Fluent reported while formatting it.
pub(super) type Formatted = (String, Vec<String>);

/// What formatting an entry found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// A plain text; `clean` when it holds no control character to replace, so that it can
    /// be copied as written next time without reading it for them again.
    Plain { clean: bool },
    /// A text Fluent resolved (placeables, or the pseudo-locale's transform).
    Resolved,
}

/// What a slot knows once its entry was formatted.
enum Kept {
    /// No such text.
    Missing,
    /// A plain text, formatted again on every use (`true`: known to be clean).
    Plain(bool),
    /// The formatted text.
    Text(Box<Formatted>),
}

type Slot = OnceLock<Kept>;

/// One slot per entry value and per attribute of every file, in the files' order.
pub(super) struct FormatCache {
    /// For each file, the first slot of each entry.
    first: Vec<Vec<u32>>,
    slots: Box<[Slot]>,
    /// Texts formatted with arguments ([`args`]).
    with_args: args::ArgsCache,
}

impl FormatCache {
    /// Empty slots for the catalogue's files.
    pub(super) fn new(files: &[Arc<FtlFile>]) -> Self {
        let mut next = 0u32;
        let first = files
            .iter()
            .map(|f| {
                f.entries
                    .iter()
                    .map(|e| {
                        let at = next;
                        next += 1 + e.attributes.len() as u32;
                        at
                    })
                    .collect()
            })
            .collect();
        FormatCache {
            first,
            slots: (0..next).map(|_| OnceLock::new()).collect(),
            with_args: Default::default(),
        }
    }

    /// The slot of entry `ei` of file `fi` (its attribute `attr`).
    fn slot(
        &self,
        files: &[Arc<FtlFile>],
        (fi, ei): (usize, usize),
        attr: Option<&str>,
    ) -> Option<usize> {
        // A value's slot needs only the table (made from the same files): the entry itself
        // is read by the formatting, not here as well.
        let offset = match attr {
            None => 0,
            Some(a) => {
                let entry = files.get(fi)?.entries.get(ei)?;
                1 + entry.attributes.iter().position(|x| x == a)?
            }
        };
        Some(*self.first.get(fi)?.get(ei)? as usize + offset)
    }

    /// The text of entry `at` (its attribute `attr`) with `args`, kept for the few argument
    /// sets a message meets ([`args`]) or formatted by `format`.
    pub(super) fn get_with(
        &self,
        files: &[Arc<FtlFile>],
        at: (usize, usize),
        attr: Option<&str>,
        args: &FluentArgs,
        format: impl FnOnce() -> Option<Formatted>,
    ) -> Option<Formatted> {
        match self.slot(files, at, attr) {
            Some(slot) => self.with_args.get(slot as u32, args, format),
            None => format(),
        }
    }

    /// The text of entry `ei` of file `fi` (its attribute `attr`), formatted by `format` the
    /// first time (and every time for a plain text, which `format` says with its [`Shape`];
    /// `format(true)` may then skip the check for control characters that the first time
    /// found none); `None` when the entry has no such attribute or does not format.
    pub(super) fn get(
        &self,
        files: &[Arc<FtlFile>],
        (fi, ei): (usize, usize),
        attr: Option<&str>,
        format: impl Fn(bool) -> Option<(Formatted, Shape)>,
    ) -> Option<Formatted> {
        let slot = self.slots.get(self.slot(files, (fi, ei), attr)?)?;
        let mut fresh = None;
        let kept = slot.get_or_init(|| match format(false) {
            None => Kept::Missing,
            Some((text, Shape::Plain { clean })) => {
                fresh = Some(text);
                Kept::Plain(clean)
            }
            Some((text, Shape::Resolved)) => Kept::Text(Box::new(text)),
        });
        match kept {
            Kept::Missing => None,
            Kept::Plain(clean) => fresh.or_else(|| format(*clean).map(|(text, _)| text)),
            Kept::Text(text) => Some((**text).clone()),
        }
    }
}
