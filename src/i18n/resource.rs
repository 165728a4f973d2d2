//! One Fluent file, parsed: its resource for the bundle, where each entry starts, and its syntax
//! errors mapped from Fluent's byte ranges to file, line and column.

use crate::diagnostics::Diagnostic;
use crate::load::SourceFile;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// A parsed `.ftl` file.
pub struct FtlFile {
    /// The file.
    pub source: Arc<SourceFile>,
    /// The parsed resource (Junk entries for the parts that failed).
    pub resource: Arc<FluentResource>,
    /// Entries in file order.
    pub entries: Vec<EntryInfo>,
    /// Syntax errors.
    pub errors: Vec<Diagnostic>,
    /// Whether it belongs to the theme.
    pub theme: bool,
    /// Ids of the entries a syntax error skipped (as far as the broken text names one).
    pub junk_ids: Vec<String>,
}

impl std::fmt::Debug for FtlFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FtlFile")
            .field("source", &self.source.display)
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// Where one id's entries start in a file, and how many of them the parse tree has used.
struct Starts {
    first: usize,
    more: Vec<usize>,
    taken: usize,
}

impl Starts {
    /// The start of the id's next entry (0 when the text has fewer than the parse tree).
    fn take(&mut self) -> usize {
        let at = match self.taken {
            0 => Some(self.first),
            n => self.more.get(n - 1).copied(),
        };
        self.taken += 1;
        at.unwrap_or(0)
    }
}

/// A message or term of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryInfo {
    /// The id; terms keep their leading `-`.
    pub id: String,
    /// Index into the resource's entries.
    pub index: usize,
    /// Byte offset of the entry's first line.
    pub offset: usize,
    /// Attribute names.
    pub attributes: Vec<String>,
    /// The comment attached to the entry, if any.
    pub comment: Option<String>,
    /// Byte offset of the id (a term's `-` included) in the file's text, as the parse tree
    /// found it; `None` past 4 GiB. The catalogue's index compares ids there, next to their text.
    pub id_at: Option<u32>,
    /// Byte offset and length of the value in the file's text when it is plain (one text, no
    /// placeable) and shows as written (no control character to replace): what a look-up
    /// copies without reading the parse tree.
    pub plain: Option<(u32, u32)>,
}

impl FtlFile {
    /// Parses a file; syntax errors are kept, and the valid entries remain usable.
    pub fn parse(source: Arc<SourceFile>, theme: bool) -> FtlFile {
        // Fluent's parser recurses once per nested `{` or `(`: text nested deeper than
        // [`MAX_NESTING`] would overflow the stack, so such entries are blanked out (byte for
        // byte, so that every offset stays true) and reported instead of parsed.
        let (text, mut errors) = guard_nesting(&source);
        let (resource, parse_errors) = match FluentResource::try_new(text) {
            Ok(r) => (r, Vec::new()),
            Err((r, errs)) => (r, errs),
        };
        errors.extend(parse_errors
            .iter()
            .map(|e| {
                let junk_start = e.slice.as_ref().map_or(0, |r| r.start);
                let at = offending_offset(&source.text, e.pos.start, junk_start);
                Diagnostic::error("i18n::syntax", format!("Fluent syntax error: {}", e.kind))
                    .at(source.at_offset(at, (e.pos.end - e.pos.start).max(1)))
                    .label("here")
                    .help("see https://projectfluent.org/fluent/guide/ ; the entry is skipped until it is fixed")
            }));
        let junk_ids = parse_errors
            .iter()
            .filter_map(|e| {
                let start = e.slice.as_ref().map_or(e.pos.start, |r| r.start);
                junk_id(source.text.get(start..)?)
            })
            .collect();
        let starts = entry_starts(&source.text);
        // Where each id's entries start, in file order: one scan of `starts` per entry made a
        // file of 100,000 messages quadratic. Ids are nearly always unique in a file, so only
        // the second and later starts of an id take a list of their own.
        let mut starts_of: FxHashMap<&str, Starts> = FxHashMap::default();
        for (eid, offset) in &starts {
            match starts_of.entry(eid) {
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    o.get_mut().more.push(*offset)
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(Starts {
                        first: *offset,
                        more: Vec::new(),
                        taken: 0,
                    });
                }
            }
        }
        let mut entries = Vec::with_capacity(starts.len());
        let text = resource.source();
        for (index, entry) in resource.entries().enumerate() {
            let (id, attributes, comment, id_at, plain) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_string(),
                    m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                    m.comment.as_ref().map(|c| c.content.join("\n")),
                    offset_in(text, m.id.name),
                    m.value.as_ref().and_then(|v| plain_span(text, v)),
                ),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    t.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                    t.comment.as_ref().map(|c| c.content.join("\n")),
                    offset_in(text, t.id.name)
                        .and_then(|at| at.checked_sub(1))
                        .filter(|&at| text.as_bytes().get(at as usize) == Some(&b'-')),
                    plain_span(text, &t.value),
                ),
                _ => continue,
            };
            // The second `x` of a file is the second `x =`.
            let offset = starts_of.get_mut(id.as_str()).map_or(0, Starts::take);
            entries.push(EntryInfo {
                id,
                index,
                offset,
                attributes,
                comment,
                id_at,
                plain,
            });
        }
        FtlFile {
            source,
            resource: Arc::new(resource),
            entries,
            errors,
            theme,
            junk_ids,
        }
    }

    /// The line-and-column location of an entry.
    pub fn locate(&self, entry: &EntryInfo) -> crate::diagnostics::Location {
        let len = entry.id.len();
        self.source.at_offset(entry.offset, len)
    }
}

/// Where `part`, a slice of `text` (as the parse tree holds them), starts in it.
fn offset_in(text: &str, part: &str) -> Option<u32> {
    let at = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    if at.checked_add(part.len())? > text.len() {
        return None;
    }
    u32::try_from(at).ok()
}

/// [`EntryInfo::plain`] of a pattern: its one text element's place, or an empty place for an
/// empty pattern (both are the text Fluent would return as written).
fn plain_span(text: &str, pattern: &ast::Pattern<&str>) -> Option<(u32, u32)> {
    match pattern.elements.as_slice() {
        [] => Some((0, 0)),
        // Checked here, where the text is in cache, rather than on every look-up.
        [ast::PatternElement::TextElement { value }]
            if !super::catalogue::hides_controls(value) =>
        {
            Some((offset_in(text, value)?, u32::try_from(value.len()).ok()?))
        }
        _ => None,
    }
}

/// The deepest nesting of placeables (`{`) and call arguments (`(`) a Fluent file may use.
/// Real messages nest two or three levels; the parser recurses once per level.
pub const MAX_NESTING: usize = 100;

/// Finds every entry nested deeper than [`MAX_NESTING`]: returns the text to parse, with those
/// entries replaced by spaces (line breaks kept), and one `i18n::too-deep` error per entry.
fn guard_nesting(source: &SourceFile) -> (String, Vec<Diagnostic>) {
    let text: &str = &source.text;
    let bytes = text.as_bytes();
    // Each level is a `{` or a `(`: a file with no more of them than the limit cannot nest
    // deeper, and counting them is a fraction of the walk below (31 MB of Fluent text at
    // 15,000 entities per language, nearly all of it plain words).
    if bytes.iter().filter(|&&b| b == b'{' || b == b'(').count() <= MAX_NESTING {
        return (text.to_string(), Vec::new());
    }
    let mut errors = Vec::new();
    let mut blank: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut entry_start = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let at_line_start = i == 0 || bytes[i - 1] == b'\n';
        if at_line_start
            && !matches!(
                bytes[i],
                b' ' | b'\t' | b'\n' | b'\r' | b'}' | b'[' | b'*' | b'.'
            )
        {
            // A line in column 0 (other than a `}`, a variant or an attribute) starts an entry
            // or a comment; an open placeable cannot continue past it, so the count restarts.
            depth = 0;
            in_string = false;
            entry_start = i;
            if bytes[i] == b'#' {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n + 1);
                continue;
            }
        }
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'{' => depth += 1,
                b'(' if depth > 0 => depth += 1,
                b'}' | b')' if depth > 0 => depth -= 1,
                b'"' if depth > 0 => in_string = true,
                _ => {}
            }
            if depth > MAX_NESTING {
                let end = entry_end(text, i);
                errors.push(
                    Diagnostic::error(
                        "i18n::too-deep",
                        format!("placeables nested more than {MAX_NESTING} levels deep"),
                    )
                    .at(source.at_offset(i, 1))
                    .label("too deep here")
                    .help("flatten the message; govdoc refuses Fluent text nested deeper than this, and skips the entry"),
                );
                blank.push((entry_start, end));
                depth = 0;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if blank.is_empty() {
        return (text.to_string(), errors);
    }
    let mut out = bytes.to_vec();
    for (s, e) in blank {
        for b in &mut out[s..e] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Whole multi-byte characters were replaced, so the text is still UTF-8.
    (String::from_utf8(out).unwrap_or_default(), errors)
}

/// The end of the entry that contains byte `at`: the start of the next line in column 0.
fn entry_end(text: &str, at: usize) -> usize {
    let mut pos = text[at..].find('\n').map_or(text.len(), |n| at + n + 1);
    while pos < text.len() {
        let rest = &text[pos..];
        if !rest.starts_with([' ', '\t', '\n', '\r', '}', '[', '*', '.']) {
            return pos;
        }
        pos = rest.find('\n').map_or(text.len(), |n| pos + n + 1);
    }
    text.len()
}

/// Where to point a syntax error: the parser reports where it gave up, which for an unclosed
/// `{` is the blank line, the next entry or the end of the file after it; the offending line is
/// the last line at or before that place that is neither blank nor the start of another entry.
/// The id a skipped (junk) entry starts with: `-term =` or `message =`.
fn junk_id(text: &str) -> Option<String> {
    let line = text.lines().next()?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim();
    let name = id.strip_prefix('-').unwrap_or(id);
    let ok = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| id.to_string())
}

fn offending_offset(text: &str, pos: usize, junk_start: usize) -> usize {
    let mut at = pos.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    loop {
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = &text[line_start..line_end];
        let next_entry = line_start > junk_start && !line.starts_with([' ', '\t']);
        if (!line.trim().is_empty() && !next_entry) || line_start == 0 {
            return at;
        }
        // The end of the previous line.
        at = line_start - 1;
    }
}

/// Where each entry's first line starts, found from the source: Fluent entries start in
/// column 0 with `id =` or `-id =`; their continuation lines are indented.
fn entry_starts(text: &str) -> Vec<(&str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let starts_entry = line
            .as_bytes()
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'-');
        if starts_entry {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim();
                if !id.is_empty()
                    && id
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
                {
                    out.push((id, offset));
                }
            }
        }
        offset += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_errors_have_positions() {
        let src = SourceFile::new(
            "locales/nb/x.ftl",
            "a = A\n-term = T\n    .attr = x\nbroken = {\nb = B\n",
        );
        let f = FtlFile::parse(src, false);
        let ids: Vec<&str> = f.entries.iter().map(|e| e.id.as_str()).collect();
        // The parser's recovery swallows `b`: the unclosed `{` continues onto its line.
        assert_eq!(ids, ["a", "-term"]);
        assert_eq!(f.entries[1].attributes, ["attr"]);
        assert_eq!(f.errors.len(), 1);
        assert_eq!(f.errors[0].location.as_ref().unwrap().line, 4);
    }

    #[test]
    fn errors_at_the_end_point_at_the_last_line() {
        let f = FtlFile::parse(
            SourceFile::new("locales/nb/x.ftl", "a = A\nbroken = { $x\n\n"),
            false,
        );
        assert_eq!(f.errors[0].location.as_ref().unwrap().line, 2);
    }

    #[test]
    fn an_id_defined_twice_has_two_places() {
        let f = FtlFile::parse(
            SourceFile::new("locales/nb/x.ftl", "a = A\nb = B\na = Again\n"),
            false,
        );
        let lines: Vec<(&str, usize)> = f
            .entries
            .iter()
            .map(|e| (e.id.as_str(), f.locate(e).line))
            .collect();
        assert_eq!(lines, [("a", 1), ("b", 2), ("a", 3)]);
        assert_eq!(&f.source.text[f.entries[2].offset..], "a = Again\n");
    }

    #[test]
    fn ids_and_plain_values_have_their_places_in_the_text() {
        let text =
            "# c\na = A b\n-t = T { $x }\n-p = Plain\n    .attr = x\nm =\n    two\n    lines\nc = a\u{7f}\n";
        let f = FtlFile::parse(SourceFile::new("locales/nb/x.ftl", text), false);
        let places: Vec<(&str, Option<&str>)> = f
            .entries
            .iter()
            .map(|e| {
                let at = e.id_at.unwrap() as usize;
                assert_eq!(&text[at..at + e.id.len()], e.id);
                let plain = e
                    .plain
                    .map(|(at, len)| &text[at as usize..(at + len) as usize]);
                (e.id.as_str(), plain)
            })
            .collect();
        assert_eq!(
            places,
            [
                ("a", Some("A b")),
                ("-t", None),
                ("-p", Some("Plain")),
                ("m", None),
                ("c", None)
            ]
        );
    }

    /// The parse trees live as long as the catalogue: fluent-syntax as vendored keeps no spare
    /// room in them (vendor/fluent-syntax/GOVDOC.md), which was most of a large site's memory.
    #[test]
    fn parse_trees_keep_no_spare_room() {
        let f = FtlFile::parse(
            SourceFile::new(
                "locales/nb/x.ftl",
                "a = A\nb = B { -t }.\n    .x = X\n-t = T\nc = C\nd = D\ne = E\nf = F\n",
            ),
            false,
        );
        let body = &f.resource.entries().collect::<Vec<_>>();
        assert_eq!(body.len(), 7);
        for entry in body {
            let (value, attributes) = match entry {
                ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            assert_eq!(attributes.capacity(), attributes.len());
            let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
            for p in patterns {
                assert_eq!(p.elements.capacity(), p.elements.len(), "{entry:?}");
            }
        }
    }
}
