//! Where each id of a language is defined, and a plain text's place, found by one probe.
//!
//! Every text of every page is looked up here: at 10,000 entities, with about 100,000 ids per
//! language, each look-up was a chain of cache misses (the id's heap string, the file's entry,
//! the parse tree, the pattern, the text). An entry of these tables holds the id's and the
//! plain value's places instead: a message's id is compared where its file spells it, and the
//! value usually stands on the same line, so a plain text costs the probe and that one line.
//!
//! Terms (`-id`, one per role, forum and category: their names) are looked up far more often
//! than messages, by many pages each. They have a table of their own, and their ids and plain
//! texts are copied side by side into one string (330 KB per language at 10,000 entities),
//! so that names stay in cache instead of sharing it with every message of the site.

use super::super::resource::{EntryInfo, FtlFile};
use hashbrown::HashTable;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::hash::BuildHasher;
use std::sync::Arc;

/// One id: where its entry is, where its id and plain value stand (in the file's text, or
/// in [`Index::names`] for a term).
#[derive(Clone, Copy)]
struct Found {
    file: u32,
    entry: u32,
    id_at: u32,
    /// Byte offset of the plain value ([`NOT_PLAIN`]: none).
    text_at: u32,
    text_len: u32,
    id_len: u16,
    attributes: bool,
}

const NOT_PLAIN: u32 = u32::MAX;

/// What a look-up found.
pub(in crate::i18n) struct Hit<'a> {
    /// The file and entry (indexes into the catalogue's files and the file's entries).
    pub at: (usize, usize),
    /// The value as written, when it is plain.
    pub plain: Option<&'a str>,
    /// Whether the entry has attributes.
    pub attributes: bool,
}

/// The ids of one catalogue.
pub(in crate::i18n) struct Index {
    /// The text of each of the catalogue's files, in their order.
    texts: Vec<Arc<str>>,
    messages: HashTable<Found>,
    terms: HashTable<Found>,
    /// Each term's id followed by its plain text. A patched file's terms are added again; what
    /// they replace stays, a few bytes per edit.
    names: String,
    /// Ids whose place is not known (offsets past 4 GiB, a very long id): found by their own
    /// string.
    far: FxHashMap<Box<str>, (usize, usize)>,
}

fn hash(id: &str) -> u64 {
    FxBuildHasher.hash_one(id)
}

fn is_term(id: &str) -> bool {
    id.starts_with('-')
}

/// Where the ids and texts of a table stand.
#[derive(Clone, Copy)]
enum Bytes<'a> {
    Files(&'a [Arc<str>]),
    Names(&'a str),
}

impl<'a> Bytes<'a> {
    fn of(self, f: &Found) -> &'a str {
        match self {
            Bytes::Files(texts) => texts.get(f.file as usize).map_or("", |t| &**t),
            Bytes::Names(names) => names,
        }
    }
}

impl Found {
    fn id<'t>(&self, bytes: Bytes<'t>) -> &'t str {
        let at = self.id_at as usize;
        bytes
            .of(self)
            .get(at..at + usize::from(self.id_len))
            .unwrap_or("")
    }

    fn is(&self, bytes: Bytes<'_>, id: &str) -> bool {
        self.is_in(bytes.of(self), id)
    }

    /// Whether this is `id`, with its bytes in `text`.
    fn is_in(&self, text: &str, id: &str) -> bool {
        let at = self.id_at as usize;
        usize::from(self.id_len) == id.len()
            && text.as_bytes().get(at..at + id.len()) == Some(id.as_bytes())
    }

    fn at(&self) -> (usize, usize) {
        (self.file as usize, self.entry as usize)
    }
}

impl Index {
    /// An empty index over `files`, with room for `entries` ids. (The terms' table grows:
    /// growing it reads only [`Self::names`], while the messages' would read every file.)
    pub(in crate::i18n) fn new(files: &[Arc<FtlFile>], entries: usize) -> Self {
        Index {
            texts: files.iter().map(|f| f.source.text.clone()).collect(),
            messages: HashTable::with_capacity(entries),
            terms: HashTable::new(),
            names: String::new(),
            far: FxHashMap::default(),
        }
    }

    /// The entry defining `id`.
    pub(in crate::i18n) fn get(&self, id: &str) -> Option<Hit<'_>> {
        let h = hash(id);
        // Two finds rather than one over `Bytes`: the comparison runs for every candidate.
        let found = match is_term(id) {
            true => self
                .terms
                .find(h, |f| f.is_in(&self.names, id))
                .map(|f| (f, &*self.names)),
            false => {
                let text = |f: &Found| self.texts.get(f.file as usize).map_or("", |t| &**t);
                self.messages
                    .find(h, |f| f.is_in(text(f), id))
                    .map(|f| (f, text(f)))
            }
        };
        let Some((f, bytes)) = found else {
            return match self.far.is_empty() {
                true => None,
                false => self.far.get(id).map(|&at| Hit {
                    at,
                    plain: None,
                    attributes: true,
                }),
            };
        };
        let plain = match f.text_at {
            NOT_PLAIN => None,
            at => bytes.get(at as usize..at as usize + f.text_len as usize),
        };
        Some(Hit {
            at: f.at(),
            plain,
            attributes: f.attributes,
        })
    }

    /// Whether some file defines `id`.
    pub(in crate::i18n) fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// How many ids there are.
    pub(in crate::i18n) fn len(&self) -> usize {
        self.messages.len() + self.terms.len() + self.far.len()
    }

    /// Every id with its file and entry, in no particular order.
    pub(in crate::i18n) fn iter(&self) -> impl Iterator<Item = (&str, (usize, usize))> {
        let (files, names) = (Bytes::Files(&self.texts), Bytes::Names(&self.names));
        let messages = self.messages.iter().map(move |f| (f.id(files), f.at()));
        let terms = self.terms.iter().map(move |f| (f.id(names), f.at()));
        let far = self.far.iter().map(|(id, &at)| (&**id, at));
        messages.chain(terms).chain(far)
    }

    /// Makes entry `ei` of file `fi` (`entry`) the definition of its id; returns the place of
    /// the definition it replaces.
    pub(in crate::i18n) fn insert(
        &mut self,
        fi: usize,
        ei: usize,
        entry: &EntryInfo,
    ) -> Option<(usize, usize)> {
        let near = self.found(fi, ei, entry);
        let Index {
            texts,
            messages,
            terms,
            names,
            far,
        } = self;
        // The id is read where the table will compare it (the entry's own copy is elsewhere
        // in memory: one more cache miss per id of the site).
        let (term, id) = match &near {
            Some((f, true)) => (true, f.id(Bytes::Names(names))),
            Some((f, false)) => (false, f.id(Bytes::Files(texts))),
            None => (is_term(&entry.id), entry.id.as_str()),
        };
        let (table, bytes) = match term {
            true => (terms, Bytes::Names(names)),
            false => (messages, Bytes::Files(texts)),
        };
        let mut previous = match far.is_empty() {
            true => None,
            false => far.remove(id),
        };
        let h = hash(id);
        match near {
            Some((new, _)) => match table.find_mut(h, |f| f.is(bytes, id)) {
                Some(f) => previous = Some(std::mem::replace(f, new).at()),
                None => {
                    table.insert_unique(h, new, |f| hash(f.id(bytes)));
                }
            },
            None => {
                if let Ok(o) = table.find_entry(h, |f| f.is(bytes, id)) {
                    previous = Some(o.remove().0.at());
                }
                far.insert(id.into(), (fi, ei));
            }
        }
        previous
    }

    /// Removes `id` if entry `ei` of file `fi` defines it.
    pub(in crate::i18n) fn remove(&mut self, fi: usize, ei: usize, id: &str) {
        if self.far.get(id) == Some(&(fi, ei)) {
            self.far.remove(id);
        }
        let Index {
            texts,
            messages,
            terms,
            names,
            ..
        } = self;
        let (table, bytes) = match is_term(id) {
            true => (terms, Bytes::Names(names)),
            false => (messages, Bytes::Files(texts)),
        };
        if let Ok(o) = table.find_entry(hash(id), |f| f.at() == (fi, ei) && f.is(bytes, id)) {
            o.remove();
        }
    }

    /// Takes the text of a new version of file `fi`: its entries must have been removed first.
    pub(in crate::i18n) fn set_text(&mut self, fi: usize, text: Arc<str>) {
        if let Some(t) = self.texts.get_mut(fi) {
            *t = text;
        }
    }

    /// The table entry of entry `ei` of file `fi` (a term's id and plain text copied into
    /// [`Self::names`]) and whether it is a term's, or `None` when its place is not known.
    fn found(&mut self, fi: usize, ei: usize, entry: &EntryInfo) -> Option<(Found, bool)> {
        let id_at = entry.id_at? as usize;
        let id_len = u16::try_from(entry.id.len()).ok()?;
        let text = self.texts.get(fi)?;
        // `FtlFile::parse` found both places in the parsed text, which is the file's text but
        // for entries too deep to parse (blanked out byte for byte, so nothing here moves).
        // Checked all the same: a wrong place would make the id unfindable, a silent loss,
        // where the string-keyed table (`None`) only costs speed.
        let id = text.get(id_at..id_at + entry.id.len())?;
        if id != entry.id {
            return None;
        }
        let plain = entry
            .plain
            .and_then(|(at, len)| Some((at, text.get(at as usize..at as usize + len as usize)?)));
        let term = is_term(id);
        let (id_at, plain) = match term {
            false => (id_at, plain),
            true => {
                let at = self.names.len();
                self.names.push_str(id);
                let plain = plain.map(|(_, p)| {
                    self.names.push_str(p);
                    (u32::try_from(at + id.len()).unwrap_or(u32::MAX), p)
                });
                (at, plain)
            }
        };
        let (text_at, text_len) = match plain {
            Some((at, p)) if at != u32::MAX => (at, u32::try_from(p.len()).ok()?),
            _ => (NOT_PLAIN, 0),
        };
        let found = Found {
            file: u32::try_from(fi).ok()?,
            entry: u32::try_from(ei).ok()?,
            id_at: u32::try_from(id_at).ok()?,
            text_at,
            text_len,
            id_len,
            attributes: !entry.attributes.is_empty(),
        };
        Some((found, term))
    }
}
