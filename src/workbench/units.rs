//! Translatable units: the smallest pieces a translator translates and that status counts.
//!
//! A unit is a message or term value (`role-x-summary`, `-system-owner`), one attribute of it
//! (`role-x-task-y.detail`), or a prose page (`pages/about.md`). Counting attributes as units of
//! their own means a translation that forgot an attribute shows up as missing, not as done.

use crate::diagnostics::Location;
use crate::i18n::{FtlFile, LocaleCatalogue};
use crate::load::SourceFile;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// One translatable text of one language.
#[derive(Debug, Clone)]
pub struct Unit {
    /// `id`, `id.attr` (terms keep their `-`) or `pages/<id>.md`.
    pub key: String,
    /// The message or term id (`pages/<id>.md` for pages).
    pub entry: String,
    /// The text as written, dedented (for pages: the whole Markdown file).
    pub text: String,
    /// The file defining it.
    pub file: Arc<SourceFile>,
    /// Byte range of the unit in the file (the `id =` or `.attr =` line to the unit's end).
    pub span: (usize, usize),
    /// Whether it comes from the theme.
    pub theme: bool,
    /// The comment attached to its entry.
    pub comment: Option<String>,
    /// Where its language's catalogue defines the entry ([`LocaleCatalogue::entry_at`]), so
    /// that reading its syntax tree needs no look-up by id.
    pub position: Option<(usize, usize)>,
}

impl Unit {
    /// Where the unit starts.
    pub fn location(&self) -> Location {
        let len = self.file.text[self.span.0..]
            .find(['=', '\n'])
            .unwrap_or(0)
            .max(1);
        self.file.at_offset(self.span.0, len)
    }

    /// Whether it is a prose page.
    pub fn is_page(&self) -> bool {
        self.key.starts_with("pages/")
    }

    /// Where a piece of text (`$name`, `-term`) first occurs inside the unit, or its start.
    pub fn find(&self, needle: &str) -> Location {
        let (start, end) = self.span;
        match self.file.text.get(start..end).and_then(|t| t.find(needle)) {
            Some(i) => self.file.at_offset(start + i, needle.len()),
            None => self.location(),
        }
    }
}

/// The units of one language in key order, each key once.
///
/// A sorted run rather than a map: a build cuts 300,000 units per language at the largest
/// sizes, and a `BTreeMap` had to be built by merging slice after slice on one core (8 % of a
/// 20,000-entity build and most of its load phase's idle core, BENCHMARKS.md), with each key
/// held twice. Look-ups are binary searches; walks are in key order, as before.
#[derive(Debug, Clone, Default)]
pub struct Units(Vec<Unit>);

impl Units {
    /// Units in any order, sorted by key; of two units of one key, the later wins, as with
    /// `insert`.
    pub fn from_units(mut units: Vec<Unit>) -> Units {
        // Sort positions, not the 150-byte units, then move each unit once (in place). A
        // stable sort, so that of one key the later stays later; on a run already in order
        // (units cut in id order nearly are) it only checks each neighbour: a parallel sort
        // compared keys far apart and missed the cache on each (a third of `i18n status` at
        // 20,000 entities).
        let mut order: Vec<usize> = (0..units.len()).collect();
        order.sort_by(|&a, &b| units[a].key.cmp(&units[b].key));
        apply_order(&mut units, &mut order);
        // `dedup_by` keeps the first of equal neighbours: swap so that it keeps the later.
        units.dedup_by(|later, kept| {
            let same = later.key == kept.key;
            if same {
                std::mem::swap(later, kept);
            }
            same
        });
        Units(units)
    }

    /// The unit of a key.
    pub fn get(&self, key: &str) -> Option<&Unit> {
        self.0
            .binary_search_by(|u| u.key.as_str().cmp(key))
            .ok()
            .map(|i| &self.0[i])
    }

    /// Whether a unit has this key.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Keys and units, in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &Unit)> + ExactSizeIterator {
        self.0.iter().map(|u| (&u.key, u))
    }

    /// Keys and units, in key order, on every core.
    pub fn par_iter(&self) -> impl rayon::iter::IndexedParallelIterator<Item = (&String, &Unit)> {
        use rayon::prelude::*;
        self.0.par_iter().map(|u| (&u.key, u))
    }

    /// Keys, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|u| &u.key)
    }

    /// Units, in key order.
    pub fn values(&self) -> std::slice::Iter<'_, Unit> {
        self.0.iter()
    }

    /// How many units.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<Unit> for Units {
    fn from_iter<I: IntoIterator<Item = Unit>>(iter: I) -> Units {
        Units::from_units(iter.into_iter().collect())
    }
}

impl<'a> IntoIterator for &'a Units {
    type Item = (&'a String, &'a Unit);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, Unit>, fn(&'a Unit) -> (&'a String, &'a Unit)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|u| (&u.key, u))
    }
}

impl std::ops::Index<&str> for Units {
    type Output = Unit;
    fn index(&self, key: &str) -> &Unit {
        self.get(key)
            .unwrap_or_else(|| panic!("no unit with the key {key:?}"))
    }
}

/// Puts `items[order[i]]` at `i` for every `i`, following each cycle of the permutation
/// with swaps (no second vector of items); `order` is used up.
fn apply_order<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != usize::MAX {
            let from = std::mem::replace(&mut order[at], usize::MAX);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Every unit a language defines itself (theme and site files, the site winning), by key.
pub fn units(cat: &LocaleCatalogue) -> Units {
    use rayon::prelude::*;
    let mut ids: Vec<(&str, (usize, usize))> = cat.positions().collect();
    // In id order, the units come out nearly in key order (only `a.attr` after `a-b` is
    // out of place), which the sort below then only checks.
    ids.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
    // Cut on both cores, a message at a time; pages last, so that they win a shared key.
    let mut cut: Vec<Unit> = ids
        .par_iter()
        .flat_map_iter(|&(id, at)| {
            cat.entry_at(at)
                .map(|(file, entry)| {
                    entry_units(file, id, entry.offset, entry.comment.clone(), Some(at))
                })
                .unwrap_or_default()
        })
        .collect();
    for (page, src) in &cat.prose {
        let key = page_key(page);
        cut.push(Unit {
            entry: key.clone(),
            key,
            text: src.text.to_string(),
            file: src.clone(),
            span: (0, 0),
            theme: false,
            comment: None,
            position: None,
        });
    }
    Units::from_units(cut)
}

/// Units of two languages matched by key: each unit of `a` with the unit of the same key in
/// `b`, in key order, and the units only `b` has (in key order too).
pub struct Paired<'a> {
    /// Every unit of `a`, with `b`'s unit of its key if `b` has one.
    pub both: Vec<(&'a String, &'a Unit, Option<&'a Unit>)>,
    /// The units of `b` that `a` does not have.
    pub only_b: Vec<(&'a String, &'a Unit)>,
}

/// Matches the units of two languages by key in one walk through both maps (both are in key
/// order): a look-up per unit walked down a tree of 100,000 keys that share long prefixes
/// (`role-…-responsibility-…`), comparing them again at every level, and missed the cache at
/// every node at the largest sizes.
pub fn pair_up<'a>(a: &'a Units, b: &'a Units) -> Paired<'a> {
    use std::cmp::Ordering;
    let mut both = Vec::with_capacity(a.len());
    let mut only_b = Vec::new();
    let mut rest = b.iter().peekable();
    for (key, unit) in a {
        let mut found = None;
        while let Some(&(k, u)) = rest.peek() {
            match k.cmp(key) {
                Ordering::Less => only_b.push((k, u)),
                Ordering::Equal => found = Some(u),
                Ordering::Greater => break,
            }
            rest.next();
            if found.is_some() {
                break;
            }
        }
        both.push((key, unit, found));
    }
    only_b.extend(rest);
    Paired { both, only_b }
}

/// The key of a prose page.
pub fn page_key(page: &str) -> String {
    format!("pages/{page}.md")
}

/// The raw text of an entry: its first line and every indented line after it (blank lines
/// inside a multi-line pattern included), exactly as written.
pub fn entry_block(text: &str, offset: usize) -> &str {
    let rest = &text[offset.min(text.len())..];
    let mut end = 0;
    let mut pending = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if i == 0 {
            end = line.len();
            continue;
        }
        if line.trim().is_empty() {
            pending += line.len();
        } else if line.starts_with(' ') || line.starts_with('\t') {
            end += pending + line.len();
            pending = 0;
        } else {
            break;
        }
    }
    &rest[..end]
}

/// The units of one message or term of a language (none when it does not define it).
pub fn units_of(cat: &LocaleCatalogue, id: &str) -> Vec<Unit> {
    cat.entry(id)
        .map(|(file, entry)| entry_units(file, id, entry.offset, entry.comment.clone(), None))
        .unwrap_or_default()
}

fn entry_units(
    file: &FtlFile,
    id: &str,
    offset: usize,
    comment: Option<String>,
    position: Option<(usize, usize)>,
) -> Vec<Unit> {
    let text = &file.source.text;
    // One pass over the entry's lines (the lines [`entry_block`] takes): each `id =` or
    // `.attr =` line starts a part, which runs to the next one or to the entry's last
    // non-blank line. 300,000 units at the largest sizes: no list of lines per part.
    let mut out = Vec::new();
    let mut part: Option<Part> = None;
    let mut end = offset;
    let mut pos = offset;
    let mut finish = |part: Part, end: usize| {
        let body = dedent(part.first, &text[part.rest..end]);
        if !body.is_empty() {
            out.push(Unit {
                key: match part.attr {
                    Some(attr) => [id, ".", attr].concat(),
                    None => id.to_string(),
                },
                entry: id.to_string(),
                text: body,
                file: file.source.clone(),
                span: (part.start, end),
                theme: file.theme,
                comment: comment.clone(),
                position,
            });
        }
    };
    for (i, line) in text[offset.min(text.len())..]
        .split_inclusive('\n')
        .enumerate()
    {
        let attr = if i == 0 {
            None
        } else if line.trim().is_empty() {
            pos += line.len();
            continue;
        } else if line.starts_with(' ') || line.starts_with('\t') {
            attribute_name(line)
        } else {
            break;
        };
        if i == 0 || attr.is_some() {
            if let Some(done) = part.take() {
                finish(done, pos);
            }
            part = Some(Part {
                attr,
                start: pos,
                first: line.split_once('=').map_or("", |(_, v)| v),
                rest: pos + line.len(),
            });
        }
        pos += line.len();
        end = pos;
    }
    if let Some(done) = part {
        finish(done, end);
    }
    out
}

/// One unit of an entry while its lines are read: the value (`attr` `None`) or an attribute.
struct Part<'a> {
    attr: Option<&'a str>,
    /// Where its `id =` or `.attr =` line starts.
    start: usize,
    /// The rest of that line after `=`.
    first: &'a str,
    /// Where its continuation lines start.
    rest: usize,
}

/// `.name =` at the start of an indented line.
fn attribute_name(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if t.len() == line.len() {
        return None;
    }
    let rest = t.strip_prefix('.')?;
    let (name, _) = rest.split_once('=')?;
    let name = name.trim();
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(name)
}

/// The first line's rest trimmed, continuation lines (`rest`, whole lines) without their
/// common indentation, trailing blank lines dropped. Put together from slices of the file in
/// one allocation: a unit per message and attribute (300,000 at the largest sizes), and most
/// are one line.
fn dedent(first: &str, rest: &str) -> String {
    let first = first.trim();
    if rest.is_empty() {
        return first.to_string();
    }
    let lines = || rest.split_inclusive('\n').map(str::trim_end);
    let indent = lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(first.len() + rest.len());
    // Lines joined by `\n`; blank ones are held back until a line with text follows.
    let (mut lines_out, mut blank) = (0usize, 0usize);
    let parts = (!first.is_empty())
        .then_some(first)
        .into_iter()
        .chain(lines().map(|l| l.get(indent..).unwrap_or("")));
    for l in parts {
        if l.is_empty() {
            blank += 1;
            continue;
        }
        for _ in 0..blank + 1 {
            if lines_out > 0 {
                out.push('\n');
            }
            lines_out += 1;
        }
        blank = 0;
        out.push_str(l);
    }
    out
}

/// The text as compared: lines trimmed, blank lines dropped, so re-indenting changes nothing.
pub fn normalize(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether two texts [`normalize`] to the same text, without building either.
pub fn same_normalized(a: &str, b: &str) -> bool {
    let lines = |t| {
        str::lines(t)
            .map(str::trim)
            .filter(|l: &&str| !l.is_empty())
    };
    lines(a).eq(lines(b))
}

/// The words of a text as a translator counts them: placeables' variables (`$name`), term
/// references (`-term`), selector arrows and variant keys (`[one]`, `*[other]`) and tokens
/// without a letter or digit are not words; the text of every variant is.
pub fn words(text: &str) -> usize {
    // Every source text is counted once per translation (300,000 at the largest sizes), and
    // decoding each character cost four fifths of a language's status. Bytes suffice unless
    // the text may hold whitespace beyond ASCII (U+0085, U+00A0, U+1680, U+2000–U+205F and
    // U+3000 all start with one of these bytes); letters such as `æ` or `ó` (0xC3 …) do not.
    if text.bytes().any(|b| matches!(b, 0xC2 | 0xE1..=0xE3)) {
        return words_by_char(text);
    }
    text.as_bytes()
        .split(|&b| b == b' ' || (b'\t'..=b'\r').contains(&b))
        .filter(|t| !t.is_empty())
        .filter(|t| {
            let t = trim_braces(t);
            !(matches!(t.first(), Some(b'$' | b'['))
                || t.starts_with(b"*[")
                || (t.first() == Some(&b'-') && t.get(1).is_some_and(u8::is_ascii_lowercase)))
                && (t.iter().any(u8::is_ascii_alphanumeric)
                    || (!t.is_ascii()
                        && std::str::from_utf8(t)
                            .is_ok_and(|t| t.chars().any(char::is_alphanumeric))))
        })
        .count()
}

/// `{` and `}` trimmed from both ends.
fn trim_braces(mut t: &[u8]) -> &[u8] {
    while let [b'{' | b'}', rest @ ..] = t {
        t = rest;
    }
    while let [rest @ .., b'{' | b'}'] = t {
        t = rest;
    }
    t
}

/// [`words`] character by character, for texts that may hold Unicode whitespace.
fn words_by_char(text: &str) -> usize {
    text.split_whitespace()
        .map(|t| t.trim_matches(|c| c == '{' || c == '}'))
        .filter(|t| {
            !(t.starts_with('$')
                || t.starts_with('[')
                || t.starts_with("*[")
                || (t.starts_with('-') && t[1..].starts_with(|c: char| c.is_ascii_lowercase()))
                || !t.chars().any(char::is_alphanumeric))
        })
        .count()
}

/// A short fingerprint of a text (first 8 hex digits of the SHA-256 of its normalized form).
pub fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(normalize(text).as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn parse(text: &str) -> FtlFile {
        FtlFile::parse(SourceFile::new("locales/nb/x.ftl", text), false)
    }

    /// The units of every entry of a file, in file order.
    fn units_in(f: &FtlFile) -> Vec<Unit> {
        f.entries
            .iter()
            .flat_map(|e| entry_units(f, &e.id, e.offset, None, None))
            .collect()
    }

    #[test]
    fn values_and_attributes_are_units() {
        let f = parse("a = A\n    .detail = More\n        text\n-t = T\nsel =\n    { $n ->\n        [one] one\n       *[other] many\n    }\n\nb = B\n");
        let us = units_in(&f);
        let keys: Vec<&str> = us.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, ["a", "a.detail", "-t", "sel", "b"]);
        assert_eq!(us[1].text, "More\ntext");
        assert_eq!(us[3].text, "{ $n ->\n    [one] one\n   *[other] many\n}");
        assert_eq!(us[1].location().line, 2);
        assert_eq!(us[4].location().line, 11);
        assert_eq!(us[3].find("$n").line, 6);
    }

    #[test]
    fn units_are_the_map_inserting_them_one_at_a_time_gives() {
        // Ids whose keys do not sort in id order (`m-1` before `m.a`), a term, a theme file
        // the site file overrides, and enough entries to need more than one sorted run.
        let mut site = String::new();
        for i in 0..20_000 {
            site.push_str(&format!("m{i} = M{i}\n    .a = A{i}\nm{i}-1 = N{i}\n"));
        }
        site.push_str("-t = T\n    .g = g\n");
        let theme = FtlFile::parse(
            SourceFile::new("theme/locales/nb/x.ftl", "m7 = theme\nonly-theme = O\n"),
            true,
        );
        let files = vec![Arc::new(theme), Arc::new(parse(&site))];
        let cat = LocaleCatalogue::new(
            "nb",
            "nb".parse().unwrap(),
            files,
            Default::default(),
            false,
        );
        let mut expected = BTreeMap::new();
        for (id, at) in cat.positions() {
            let (file, entry) = cat.entry_at(at).unwrap();
            for u in entry_units(file, id, entry.offset, entry.comment.clone(), Some(at)) {
                expected.insert(u.key.clone(), u);
            }
        }
        let got = units(&cat);
        let seen: Vec<(String, String, PathBuf, (usize, usize))> = got
            .iter()
            .map(|(k, u)| (k.clone(), u.text.clone(), u.file.display.clone(), u.span))
            .collect();
        let want: Vec<(String, String, PathBuf, (usize, usize))> = expected
            .iter()
            .map(|(k, u)| (k.clone(), u.text.clone(), u.file.display.clone(), u.span))
            .collect();
        assert_eq!(got.len(), 60_003);
        assert_eq!(seen, want);
        assert_eq!(got["m7"].text, "M7");
        assert_eq!(got["only-theme"].text, "O");
        assert!(got.get("m7.b").is_none() && !got.contains_key("m20000"));
        for (k, u) in &expected {
            assert_eq!(got.get(k).map(|g| g.span), Some(u.span), "{k}");
        }
    }

    #[test]
    fn of_one_key_the_last_unit_wins() {
        let f = parse("a = 1\nb = 2\nc = 3\n");
        let us = units_in(&f);
        let keyed = |key: &str, u: &Unit| Unit {
            key: key.to_string(),
            ..u.clone()
        };
        let run = vec![
            keyed("c", &us[0]),
            keyed("a", &us[0]),
            keyed("c", &us[1]),
            keyed("a", &us[1]),
            keyed("b", &us[2]),
            keyed("c", &us[2]),
        ];
        let kept: Vec<(String, String)> = Units::from_units(run)
            .iter()
            .map(|(k, u)| (k.clone(), u.text.clone()))
            .collect();
        let kept: Vec<(&str, &str)> = kept.iter().map(|(k, t)| (k.as_str(), t.as_str())).collect();
        assert_eq!(kept, [("a", "2"), ("b", "3"), ("c", "3")]);
    }

    #[test]
    fn an_order_is_applied_in_place_as_by_copying() {
        // Every permutation of five, and a long one made of many cycles.
        fn check(order: &[usize]) {
            let items: Vec<String> = (0..order.len()).map(|i| format!("u{i}")).collect();
            let want: Vec<String> = order.iter().map(|&i| items[i].clone()).collect();
            let mut moved = items.clone();
            apply_order(&mut moved, &mut order.to_vec());
            assert_eq!(moved, want, "{order:?}");
        }
        fn each(prefix: &mut Vec<usize>, n: usize) {
            if prefix.len() == n {
                return check(prefix);
            }
            for i in 0..n {
                if !prefix.contains(&i) {
                    prefix.push(i);
                    each(prefix, n);
                    prefix.pop();
                }
            }
        }
        each(&mut Vec::new(), 5);
        check(&(0..1000).map(|i| (i * 7919) % 1000).collect::<Vec<_>>());
        check(&[]);
    }

    #[test]
    fn pairing_matches_keys_as_look_ups_do() {
        let map = |keys: &[&str]| -> Units {
            let f = parse(
                &keys
                    .iter()
                    .map(|k| format!("{k} = x\n"))
                    .collect::<String>(),
            );
            f.entries
                .iter()
                .flat_map(|e| entry_units(&f, &e.id, e.offset, None, None))
                .collect()
        };
        let a = map(&["a", "a-b", "c", "e", "f"]);
        let b = map(&["A", "a", "b", "c", "d", "f", "g", "h"]);
        let p = pair_up(&a, &b);
        let both: Vec<(&str, Option<&str>)> = p
            .both
            .iter()
            .map(|(k, _, u)| (k.as_str(), u.map(|u| u.key.as_str())))
            .collect();
        let expected: Vec<(&str, Option<&str>)> = a
            .keys()
            .map(|k| (k.as_str(), b.get(k).map(|u| u.key.as_str())))
            .collect();
        assert_eq!(both, expected);
        let only: Vec<&str> = p.only_b.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(only, ["A", "b", "d", "g", "h"]);
    }

    #[test]
    fn same_normalized_agrees_with_normalize() {
        let texts = [
            "a\n  b",
            "a\nb",
            "  a \n\n b\r\n",
            "a b",
            "ab",
            "",
            "\n \n",
            "a\n\nb\nc",
            "a\nb c",
        ];
        for x in texts {
            for y in texts {
                assert_eq!(
                    same_normalized(x, y),
                    normalize(x) == normalize(y),
                    "{x:?} {y:?}"
                );
            }
        }
    }

    #[test]
    fn words_leave_out_fluent_syntax() {
        assert_eq!(words("Velkommen, { $name }, til styringsmodellen."), 3);
        assert_eq!(words("{ -system-owner } eier { -system }"), 1);
        assert_eq!(
            words("{ $count ->\n    [one] Ett besøk\n   *[other] { $count } besøk\n}"),
            3
        );
        assert_eq!(words("Side 1 av 5 – les mer"), 6);
    }

    #[test]
    fn words_by_bytes_count_as_by_characters() {
        let texts = [
            "Velkommen, { $name }, til styringsmodellen.",
            "{ -system-owner } eier { -system }",
            "{ $count ->\n    [one] Ett besøk\n   *[other] { $count } besøk\n}",
            "reunión\x0bcompra\x0c1\r\nñ æ ø å {{x}} }{ { } $ - -a -A *[x] [y] *x",
            "Side 1 av 5 – les mer",
            "a\u{a0}b\u{85}c\u{2003}d\u{3000}e «f» °",
            "½ ² ⅓ … ・ ° ¿? ¡! «» - -- -1 -é",
        ];
        for text in texts {
            assert_eq!(words(text), words_by_char(text), "{text:?}");
        }
    }

    #[test]
    fn fingerprints_ignore_indentation() {
        assert_eq!(fingerprint("a\n  b"), fingerprint("a\n    b\n"));
        assert_ne!(fingerprint("a b"), fingerprint("a c"));
        assert_eq!(fingerprint("x").len(), 8);
    }

    #[test]
    fn attribute_only_messages_have_no_value_unit() {
        let f = parse("m =\n    .title = T\n");
        let us = entry_units(&f, "m", 0, None, None);
        assert_eq!(us.len(), 1);
        assert_eq!(us[0].key, "m.title");
    }
}
