//! The one place that knows which YAML crate govdoc uses.
//!
//! serde_yaml is archived upstream; keeping every call behind this module means that a maintained
//! drop-in fork (serde_yaml_ng, serde_norway) is a one-line change in `Cargo.toml` and here.
//! serde_yaml reports positions only for its own syntax and type errors, so a second, event-level
//! pass (yaml-rust2's marked events) records where every value starts. Later stages use that
//! index to point at a bad reference such as `participants.2`.

use super::source::SourceFile;
use crate::diagnostics::{Diagnostic, Location};
use rustc_hash::FxHashMap;
use serde::de::DeserializeOwned;
use std::collections::hash_map::Entry;
use std::sync::Arc;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Where each value of a YAML document starts, keyed by its dotted path (`participants.2`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PathIndex {
    /// Sorted by path, each path once (its first value). A sorted slice, not a hash map: every
    /// entity keeps its file's index for the whole build, and 15,000 maps with their spare
    /// buckets were 20 MB of a large site's memory.
    starts: Box<[(Box<str>, Start)]>,
    root_is_sequence: bool,
    /// Keys given twice in one mapping, in document order.
    duplicates: Vec<Duplicate>,
}

/// Line, column and length of a value.
type Start = (u32, u32, u32);

/// A key given twice in one mapping: the key, where its first and where its second occurrence
/// is (line, column).
type Duplicate = (String, (usize, usize), (usize, usize));

impl PathIndex {
    /// Line, column (both 1-based) and length of the value at `path`, if the document has it.
    pub fn get(&self, path: &str) -> Option<(usize, usize, usize)> {
        let at = self
            .starts
            .binary_search_by(|(p, _)| (**p).cmp(path))
            .ok()?;
        let (line, col, len) = self.starts[at].1;
        Some((line as usize, col as usize, len as usize))
    }
}

/// A value read from YAML, with the file and the path prefix it came from.
#[derive(Debug, Clone)]
pub struct Located<T> {
    /// The deserialized value.
    pub value: T,
    /// Where it came from.
    pub origin: Origin,
}

/// The file and path prefix of an entity, for pointing at its fields later.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The file.
    pub file: Arc<SourceFile>,
    /// Value positions in the file.
    pub index: Arc<PathIndex>,
    /// The entity's own path (`""` for a one-entity file, `"3"` for the fourth entry of a list).
    pub base: String,
}

/// Hashing ignores positions: a hash stands for what an entity says, not where it is written,
/// so that moving an entity down its file does not count as changing it.
impl std::hash::Hash for Origin {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl Origin {
    /// The location of a field of this entity (`"chair"`, `"participants.2"`), or of the entity
    /// itself when the field is absent from the file.
    pub fn locate(&self, field: &str) -> Location {
        let full = join(&self.base, field);
        let found = self.index.get(&full).or_else(|| self.index.get(&self.base));
        match found {
            Some((line, col, len)) => self.file.at_line_col(line, col, len),
            None => self.file.at_line_col(1, 1, 0),
        }
    }

    /// Whether the file has a value at this field of the entity.
    pub fn has(&self, field: &str) -> bool {
        self.index.get(&join(&self.base, field)).is_some()
    }

    /// The file's display path.
    pub fn file_display(&self) -> String {
        self.file.display.display().to_string()
    }
}

fn join(base: &str, field: &str) -> String {
    // `concat`, not `format!`: every value of every content file gets a path (24,000 at the
    // 1,000 size), and the formatting machinery cost five times the copying.
    match (base.is_empty(), field.is_empty()) {
        (true, _) => field.to_string(),
        (_, true) => base.to_string(),
        _ => [base, ".", field].concat(),
    }
}

/// Reads a file that holds either one `T` (a mapping) or a list of them.
pub fn parse_entities<T: DeserializeOwned>(
    file: &Arc<SourceFile>,
) -> Result<Vec<Located<T>>, Diagnostic> {
    let index = Arc::new(index_positions(file)?);
    if file.text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let values: Vec<T> = if index.root_is_sequence {
        serde_yaml::from_str::<Vec<T>>(&file.text).map_err(|e| yaml_error(file, &index, &e))?
    } else {
        vec![serde_yaml::from_str::<T>(&file.text).map_err(|e| yaml_error(file, &index, &e))?]
    };
    let seq = index.root_is_sequence;
    Ok(values
        .into_iter()
        .enumerate()
        .map(|(i, value)| Located {
            value,
            origin: Origin {
                file: file.clone(),
                index: index.clone(),
                base: if seq { i.to_string() } else { String::new() },
            },
        })
        .collect())
}

/// Reads a file that holds exactly one `T`.
pub fn parse_one<T: DeserializeOwned>(file: &Arc<SourceFile>) -> Result<Located<T>, Diagnostic> {
    let index = Arc::new(index_positions(file)?);
    let value = serde_yaml::from_str::<T>(&file.text).map_err(|e| yaml_error(file, &index, &e))?;
    Ok(Located {
        value,
        origin: Origin {
            file: file.clone(),
            index,
            base: String::new(),
        },
    })
}

/// Reads a `T` from YAML text without positions or diagnostics: `None` when it does not parse.
/// For peeking at a field before the real parse reports problems with their places.
pub fn parse_lenient<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_yaml::from_str(text).ok()
}

fn yaml_error(file: &SourceFile, index: &PathIndex, e: &serde_yaml::Error) -> Diagnostic {
    let message = e.to_string();
    // serde_yaml appends " at line L column C"; the location is shown separately.
    let message = match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    // serde_yaml reports a duplicate key at the start of its mapping; the event pass knows
    // where the second one is.
    if let Some((key, first, second)) = duplicate_named(index, &message) {
        return Diagnostic::error("load::yaml", message)
            .at(file.at_line_col(second.0, second.1, key.chars().count().max(1)))
            .label("given again here")
            .help(format!(
                "`{key}` is first given at line {}, column {}; keep one of the two",
                first.0, first.1
            ));
    }
    let location = match e.location() {
        Some(l) => file.at_line_col(l.line(), l.column(), 1),
        None => file.at_line_col(1, 1, 0),
    };
    let help = if message.contains("unknown field") {
        "remove the field or correct its spelling; the expected fields are listed above"
    } else if message.contains("missing field") {
        "add the field to this entry"
    } else {
        "fix the YAML at this place; see the content format in the README"
    };
    Diagnostic::error("load::yaml", message)
        .at(location)
        .help(help)
}

/// The duplicate key a serde_yaml message (`duplicate field `x``, `duplicate entry with key
/// "x"`) is about, with its two places.
fn duplicate_named<'a>(index: &'a PathIndex, message: &str) -> Option<&'a Duplicate> {
    let (_, rest) = message.split_once("duplicate ")?;
    let key = rest.split(['`', '"']).nth(1).filter(|k| !k.is_empty())?;
    index.duplicates.iter().find(|(k, ..)| k == key)
}

struct Indexer {
    stack: Vec<Frame>,
    index: PathIndex,
    /// Every value's path and start in document order, sorted into `index` at the end.
    starts: Vec<(Box<str>, Start)>,
    /// The first text holding a control character (written as an escape such as `\a` or
    /// `\x1b`: YAML refuses them raw), with its line and column.
    control: Option<(usize, usize, char)>,
}

enum Frame {
    Map {
        path: String,
        key: Option<String>,
        /// The keys given so far, with their line and column.
        /// Hashed fast (not DoS-resistant): keys come from the site's own files, as ids do.
        seen: FxHashMap<String, (usize, usize)>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

impl Indexer {
    fn value_path(&mut self) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, next }) => {
                let p = join(path, itoa::Buffer::new().format(*next));
                *next += 1;
                Some(p)
            }
            Some(Frame::Map { path, key, .. }) => key.take().map(|k| join(path, &k)),
        }
    }

    fn record(&mut self, path: Box<str>, mark: Marker, len: usize) {
        let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        self.starts
            .push((path, (n(mark.line()), n(mark.col() + 1), n(len))));
    }
}

impl MarkedEventReceiver for Indexer {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(text, ..) => {
                if self.control.is_none() {
                    if let Some(c) = text.chars().find(|&c| is_hidden_control(c)) {
                        self.control = Some((mark.line(), mark.col() + 1, c));
                    }
                }
                if let Some(Frame::Map {
                    key: key @ None,
                    seen,
                    ..
                }) = self.stack.last_mut()
                {
                    let here = (mark.line(), mark.col() + 1);
                    match seen.entry(text.clone()) {
                        Entry::Occupied(first) => {
                            self.index
                                .duplicates
                                .push((text.clone(), *first.get(), here))
                        }
                        Entry::Vacant(slot) => {
                            slot.insert(here);
                        }
                    }
                    *key = Some(text);
                    return;
                }
                if let Some(path) = self.value_path() {
                    self.record(path.into_boxed_str(), mark, text.len().max(1));
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_seq = matches!(ev, Event::SequenceStart(..));
                let path = self.value_path().unwrap_or_default();
                if self.stack.is_empty() {
                    self.index.root_is_sequence = is_seq;
                }
                self.record(path.as_str().into(), mark, 1);
                self.stack.push(if is_seq {
                    Frame::Seq { path, next: 0 }
                } else {
                    Frame::Map {
                        path,
                        key: None,
                        seen: FxHashMap::default(),
                    }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            Event::Alias(_) => {
                self.value_path();
            }
            _ => {}
        }
    }
}

fn index_positions(file: &SourceFile) -> Result<PathIndex, Diagnostic> {
    let mut indexer = Indexer {
        stack: Vec::new(),
        index: PathIndex::default(),
        starts: Vec::new(),
        control: None,
    };
    let mut parser = Parser::new_from_str(&file.text);
    match parser.load(&mut indexer, false) {
        Ok(()) => match indexer.control {
            // No page, feed or export can show it, and a terminal escape would reach whatever
            // displays the text: refused here once, for every field of every kind.
            Some((line, col, c)) => Err(Diagnostic::error(
                "load::control-character",
                format!(
                    "a text holds the control character U+{:04X}, which no page, feed or export can show",
                    c as u32
                ),
            )
            .at(file.at_line_col(line, col, 1))
            .help("remove the escape (such as `\\a` or `\\x1b`) from the quoted text")),
            None => {
                let mut starts = indexer.starts;
                // Stable: of a path given twice, the first value stays first and is kept.
                starts.sort_by(|a, b| a.0.cmp(&b.0));
                starts.dedup_by(|later, first| later.0 == first.0);
                Ok(PathIndex {
                    starts: starts.into_boxed_slice(),
                    ..indexer.index
                })
            }
        },
        Err(e) => {
            let m = e.marker();
            Err(Diagnostic::error(
                "load::yaml-syntax",
                format!("YAML syntax error: {}", e.info()),
            )
            .at(file.at_error_offset(file.at_line_col(m.line(), m.col() + 1, 0).offset))
            .help("check indentation, colons and quotes near this line"))
        }
    }
}

/// Control characters other than line breaks and tabs.
fn is_hidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_character_written_as_an_escape_is_refused_where_it_stands() {
        let file = SourceFile::new("x.yml", "id: a\nname: \"ok \\a \\x1b[31m\"\n");
        let d = index_positions(&file).expect_err("refused");
        assert_eq!(d.code, "load::control-character");
        assert!(d.message.contains("U+0007"), "{}", d.message);
        assert_eq!(d.location.as_ref().map(|l| l.line), Some(2));
        assert!(index_positions(&SourceFile::new("y.yml", "name: \"tab\\there\"\n")).is_ok());
    }

    #[test]
    fn index_points_at_nested_values() {
        let f = SourceFile::new("x.yml", "id: a\nparticipants:\n  - one\n  - two\n");
        let idx = index_positions(&f).unwrap();
        assert_eq!(idx.get("participants.1"), Some((4, 5, 3)));
        assert_eq!(idx.get("id"), Some((1, 5, 1)));
        assert!(!idx.root_is_sequence);
    }

    #[test]
    fn list_files_index_each_entry() {
        let f = SourceFile::new("x.yml", "- id: a\n- id: b\n  chair: c\n");
        let idx = index_positions(&f).unwrap();
        assert!(idx.root_is_sequence);
        assert_eq!(idx.get("1.chair"), Some((3, 10, 1)));
    }

    #[test]
    fn a_key_after_a_list_is_where_it_is() {
        let f = SourceFile::new(
            "x.yml",
            "id: a\nparticipants:\n  - one\n  - two\n\nchair: c\nnotes:\n- n\n\nescalation: e\n",
        );
        let idx = index_positions(&f).unwrap();
        assert_eq!(idx.get("chair"), Some((6, 8, 1)));
        assert_eq!(idx.get("escalation"), Some((10, 13, 1)));
        // A broken key appended after a list is reported on its own line, not at the list's
        // last item two lines up.
        let f = SourceFile::new("x.yml", "id: a\nnotes:\n  - one\n\n@chair: c\n");
        let loc = index_positions(&f).unwrap_err().location.unwrap();
        assert_eq!((loc.line, loc.column), (5, 1));
        // Errors noticed at the end of a line or file still point at the last visible text.
        let f = SourceFile::new("x.yml", "id: a\nchair nobody\n");
        let loc = index_positions(&f).unwrap_err().location.unwrap();
        assert_eq!((loc.line, loc.column), (2, 12));
    }

    #[test]
    fn a_duplicate_key_is_reported_at_the_duplicate() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct S {
            title: String,
            languages: Vec<String>,
        }
        let f = SourceFile::new(
            "govdoc.yml",
            "# comment\n# comment\ntitle: A\nlanguages:\n  - nb\ntitle: B\n",
        );
        let d = parse_one::<S>(&f).unwrap_err();
        let loc = d.location.unwrap();
        assert_eq!(
            (loc.file.to_str(), loc.line, loc.column),
            (Some("govdoc.yml"), 6, 1)
        );
        assert!(
            d.message.contains("duplicate field `title`"),
            "{}",
            d.message
        );
        assert!(d.help.unwrap().contains("line 3, column 1"));
        // In a list file, the duplicate inside the second entry.
        let f = SourceFile::new(
            "x.yml",
            "- title: A\n  languages: []\n- title: B\n  languages: []\n  title: C\n",
        );
        let d = parse_entities::<S>(&f).unwrap_err();
        let loc = d.location.unwrap();
        assert_eq!((loc.line, loc.column), (5, 3));
    }

    #[test]
    fn syntax_error_has_line() {
        let f = SourceFile::new("x.yml", "id: a\nlist: [unclosed\n");
        let d = index_positions(&f).unwrap_err();
        let loc = d.location.unwrap();
        assert!(loc.line >= 2, "line {}", loc.line);
    }
}
