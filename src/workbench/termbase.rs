//! The site's termbase (`termbase/termbase.yml`): every concept of the model with its preferred
//! term per language, a definition and the variants a writer must not use. The Fluent terms
//! implement it, the glossary publishes it; here it is read, its deprecated variants are found
//! in texts (`govdoc i18n check`), and it is exported for translation tools ([`super::terminology`]).

use super::units::Unit;
use crate::diagnostics::Diagnostic;
use crate::load::yaml::parse_one;
use crate::load::SourceFile;
use indexmap::IndexMap;
use serde::Deserialize;
use std::path::Path;
use std::sync::Arc;

/// Where a site keeps its termbase, relative to the site root.
pub const TERMBASE_FILE: &str = "termbase/termbase.yml";

/// The whole termbase, in file order.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Termbase {
    /// The concepts.
    pub concepts: Vec<Concept>,
}

/// One concept of the model.
#[derive(Debug, Clone, Deserialize)]
pub struct Concept {
    /// Stable id (`chief-executive`).
    pub id: String,
    /// The Fluent term that implements it (`-chief-executive`).
    #[serde(default)]
    pub fluent: Option<String>,
    /// The deck's own wording, with slides.
    #[serde(default)]
    pub deck: Option<String>,
    /// Why this term, for the review notes.
    #[serde(default)]
    pub reason: Option<String>,
    /// Per language code (`nb`, `es`, `en`), in file order.
    #[serde(flatten)]
    pub langs: IndexMap<String, TermEntry>,
}

/// A concept in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermEntry {
    /// The preferred term.
    pub term: String,
    /// What it means.
    pub definition: String,
    /// Variants not to use; `*` at the end also matches longer words.
    #[serde(default)]
    pub deprecated: Vec<String>,
}

impl Termbase {
    /// Reads `termbase/termbase.yml` under `root`: `Ok(None)` when the site has none.
    pub fn read(root: &Path) -> Result<Option<Termbase>, Diagnostic> {
        let path = root.join(TERMBASE_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Diagnostic::error(
                    "i18n::termbase",
                    format!("cannot read {TERMBASE_FILE}: {e}"),
                )
                .help("check the file's permissions"))
            }
        };
        Self::parse(&SourceFile::new(TERMBASE_FILE, text)).map(Some)
    }

    /// Parses a termbase file; errors name file, line and column.
    pub fn parse(file: &Arc<SourceFile>) -> Result<Termbase, Diagnostic> {
        let tb = parse_one::<Termbase>(file)?;
        let mut seen = std::collections::HashSet::new();
        for (i, c) in tb.value.concepts.iter().enumerate() {
            if !seen.insert(c.id.as_str()) {
                return Err(Diagnostic::error(
                    "i18n::termbase",
                    format!("the concept `{}` is in the termbase twice", c.id),
                )
                .at(tb.origin.locate(&format!("concepts.{i}.id")))
                .help("merge the two entries; each concept has one entry"));
            }
        }
        Ok(tb.value)
    }

    /// The deprecated variants of one language as matchers.
    pub fn variants(&self, lang: &str) -> Vec<Variant> {
        self.concepts
            .iter()
            .filter_map(|c| Some((c, c.langs.get(lang)?)))
            .flat_map(|(c, e)| e.deprecated.iter().map(|v| Variant::new(v, &c.id, &e.term)))
            .collect()
    }
}

/// A deprecated variant, ready to match words.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The concept it belongs to.
    pub concept: String,
    /// As written in the termbase (`rådmann*`).
    pub shown: String,
    /// The term to use instead.
    pub preferred: String,
    chars: Vec<char>,
    prefix: bool,
    exact_case: bool,
}

impl Variant {
    /// A matcher for `pattern`: a trailing `*` matches longer words too; a pattern that starts
    /// with two capitals is an abbreviation (`TICs`, `IT`) and matches only in that case.
    pub fn new(pattern: &str, concept: &str, preferred: &str) -> Variant {
        let body = pattern.trim_end_matches('*');
        let mut cs = body.chars();
        let exact_case = matches!((cs.next(), cs.next()),
            (Some(a), Some(b)) if a.is_uppercase() && b.is_uppercase());
        Variant {
            concept: concept.to_string(),
            shown: pattern.to_string(),
            preferred: preferred.to_string(),
            chars: body.chars().collect(),
            prefix: pattern.ends_with('*'),
            exact_case,
        }
    }

    /// The variant without its `*`.
    pub fn word(&self) -> String {
        self.chars.iter().collect()
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn same(a: char, b: char, exact: bool) -> bool {
    a == b || (!exact && a.to_lowercase().eq(b.to_lowercase()))
}

/// Whether position `at` is inside quotation marks: the deck quoted, which is allowed.
fn quoted(line: &[char], at: usize) -> bool {
    let before = &line[..at];
    let count = |c: char| before.iter().filter(|&&x| x == c).count();
    count('«') > count('»') || count('“') > count('”') || count('"') % 2 == 1
}

/// The deprecated variants found in one line of text, each with its character index.
pub fn find<'v>(line: &str, variants: &'v [Variant]) -> Vec<(&'v Variant, usize)> {
    let cs: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    for v in variants {
        let n = v.chars.len();
        if n == 0 || cs.len() < n {
            continue;
        }
        for i in 0..=cs.len() - n {
            if i > 0 && is_word(cs[i - 1]) && is_word(v.chars[0]) {
                continue;
            }
            if !cs[i..i + n]
                .iter()
                .zip(&v.chars)
                .all(|(a, b)| same(*a, *b, v.exact_case))
            {
                continue;
            }
            let end = i + n;
            if !v.prefix && end < cs.len() && is_word(cs[end]) && is_word(v.chars[n - 1]) {
                continue;
            }
            if !quoted(&cs, i) {
                out.push((v, i));
            }
        }
    }
    // Two variants found at one place (`IT-*` and `IT` in "IT-systemet") are one finding.
    out.sort_by_key(|(_, i)| *i);
    out.dedup_by_key(|(_, i)| *i);
    out
}

/// Where a character of a Fluent unit stands: reader's text, a variant's text, or syntax.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Text,
    Variant,
    Expr,
}

/// The words a reader sees in a Fluent unit, line by line, with everything else (the id, `=`,
/// attribute names, variant keys, placeables) blanked out, one blank per character, so that
/// character columns stay true.
fn masked_lines(text: &str) -> Vec<String> {
    let mut stack: Vec<Ctx> = Vec::new();
    let mut in_key = false;
    let mut out = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        let t = line.trim_start();
        // A variant's text ends where the next variant key or the select's `}` starts a line.
        if stack.last() == Some(&Ctx::Variant)
            && (t.starts_with('[') || t.starts_with("*[") || t.starts_with('}'))
        {
            stack.pop();
        }
        let skip = if n == 0 || (stack.len() == 1 && t.starts_with('.')) {
            line.find('=').map_or(line.len(), |i| i + 1)
        } else {
            0
        };
        if n == 0 {
            stack = vec![Ctx::Text];
        }
        let mut s = String::with_capacity(line.len());
        for (i, c) in line.char_indices() {
            let shown = i >= skip
                && match stack.last() {
                    Some(Ctx::Text | Ctx::Variant) => {
                        if c == '{' {
                            stack.push(Ctx::Expr);
                        }
                        c != '{'
                    }
                    Some(Ctx::Expr) => {
                        if in_key {
                            if c == ']' {
                                in_key = false;
                                stack.push(Ctx::Variant);
                            }
                        } else {
                            match c {
                                '{' => stack.push(Ctx::Expr),
                                '}' => {
                                    stack.pop();
                                }
                                '[' => in_key = true,
                                _ => {}
                            }
                        }
                        false
                    }
                    None => false,
                };
            s.push(if shown { c } else { ' ' });
        }
        out.push(s);
    }
    out
}

/// A Markdown line with what the reader does not read as text blanked out: heading ids
/// (`{#orderer}`), code spans, link targets and HTML tags.
fn masked_markdown(line: &str) -> String {
    let mut close: Option<char> = None;
    let mut prev = ' ';
    let mut s = String::with_capacity(line.len());
    for c in line.chars() {
        let shown = match close {
            Some(end) => {
                if c == end {
                    close = None;
                }
                false
            }
            None => {
                close = match c {
                    '{' => Some('}'),
                    '`' => Some('`'),
                    '<' => Some('>'),
                    '(' if prev == ']' => Some(')'),
                    _ => None,
                };
                close.is_none()
            }
        };
        prev = c;
        s.push(if shown { c } else { ' ' });
    }
    s
}

/// The deprecated variants a unit uses, as warnings at the exact word.
pub fn deprecated_uses(lang: &str, unit: &Unit, variants: &[Variant]) -> Vec<Diagnostic> {
    if variants.is_empty() {
        return Vec::new();
    }
    let (start, end) = if unit.is_page() {
        (0, unit.file.text.len())
    } else {
        unit.span
    };
    let Some(text) = unit.file.text.get(start..end) else {
        return Vec::new();
    };
    let lines: Vec<String> = if unit.is_page() {
        text.split('\n').map(masked_markdown).collect()
    } else {
        masked_lines(text)
    };
    let mut out = Vec::new();
    let mut offset = start;
    for (raw, masked) in text.split('\n').zip(&lines) {
        for (v, at) in find(masked, variants) {
            // One masked character per raw character: the index carries over.
            let byte = raw.char_indices().nth(at).map_or(0, |(b, _)| b);
            // A `*` variant is shown as the whole word it matched ("rådmannen").
            let len: usize = raw.get(byte..).map_or(0, |r| {
                r.chars()
                    .enumerate()
                    .take_while(|(i, c)| *i < v.chars.len() || (v.prefix && is_word(*c)))
                    .map(|(_, c)| c.len_utf8())
                    .sum()
            });
            out.push(
                Diagnostic::warning(
                    "i18n::deprecated-term",
                    format!(
                        "`{}` in `{lang}` uses «{}», which the termbase deprecates for `{}`; the term is «{}»",
                        unit.key,
                        raw.get(byte..byte + len).unwrap_or(&v.word()),
                        v.concept,
                        v.preferred
                    ),
                )
                .at(unit.file.at_offset(offset + byte, len))
                .label("deprecated")
                .help(format!(
                    "write «{}» ({TERMBASE_FILE}, concept `{}`); quoting the source's own words in «…» is allowed",
                    v.preferred, v.concept
                )),
            );
        }
        offset += raw.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vs() -> Vec<Variant> {
        ["TICs", "Control board*", "rådmann*", "IT"]
            .iter()
            .map(|v| Variant::new(v, "x", "y"))
            .collect()
    }

    fn hits(s: &str) -> Vec<String> {
        let vs = vs();
        find(s, &vs).iter().map(|(v, _)| v.shown.clone()).collect()
    }

    #[test]
    fn the_matcher_finds_what_it_should_and_spares_quotes() {
        assert_eq!(hits("el foro TICs decide"), ["TICs"]);
        assert!(hits("las TIC son").is_empty());
        assert_eq!(hits("The control boards meet"), ["Control board*"]);
        assert_eq!(hits("Rådmannen leder"), ["rådmann*"]);
        assert!(hits("kilden sier «Ledes av: Rådmann» her").is_empty());
        assert!(hits("It is important").is_empty(), "IT is an abbreviation");
        assert_eq!(hits("the IT strategy"), ["IT"]);
        assert!(hits("ICT strategy").is_empty());
    }

    #[test]
    fn masking_keeps_columns_and_drops_syntax() {
        let m = masked_lines("x-summary = Prepares { -y } for TICs\n    .detail = IT here");
        assert_eq!(m[0].find("TICs"), Some(32));
        assert!(!m[0].contains("x-summary") && !m[0].contains("-y"));
        assert_eq!(m[1].trim(), "IT here");
        let m = masked_lines(
            "t =\n    { $form ->\n        [def] rådmannen\n       *[base] IT { $x }\n    }",
        );
        assert_eq!(m[1].trim(), "");
        assert_eq!(m[2].trim(), "rådmannen");
        assert_eq!(m[3].trim(), "IT");
        assert!(!m[2].contains("def"));
    }

    #[test]
    fn markdown_ids_code_and_links_are_not_text() {
        let m = masked_markdown(
            "### Other suppliers {#vendors} see [the IT page](it.html) `IT` <b>IT</b>",
        );
        // The link's text and the tag's content are read; its target, the id and code are not.
        assert_eq!(hits(&m), ["IT", "IT"]);
        assert_eq!(m.find("IT"), Some(40));
        assert_eq!(m.chars().count(), 72);
    }
}
