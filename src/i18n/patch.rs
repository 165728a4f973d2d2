//! Changing one language's catalogue in place when a single `.ftl` file changes, for the
//! watcher: what changed in the file ([`diff_files`]), which other messages reach a changed one
//! through `{ -term }` or `{ message }` references ([`references`]), and swapping the file's
//! messages into the Fluent bundle without rebuilding it ([`LocaleCatalogue::try_patch`]).
//!
//! Rebuilding a bundle re-inserts every message of the language (about 80,000 at 10,000
//! entities); a patch inserts only the file's own. A patch is refused whenever it could make
//! the catalogue differ from a fresh build (deleted ids, duplicates, ids another file defines),
//! and the caller then rebuilds the language.

use super::catalogue::LocaleCatalogue;
use super::resource::FtlFile;
use fluent_syntax::ast;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How the messages of one file differ between two versions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileDiff {
    /// Ids in both versions whose value or attributes differ.
    pub changed: Vec<String>,
    /// Ids only in the new version.
    pub added: Vec<String>,
    /// Ids only in the old version.
    pub removed: Vec<String>,
}

impl FileDiff {
    /// Every id that differs.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.changed
            .iter()
            .chain(&self.added)
            .chain(&self.removed)
            .map(String::as_str)
    }

    /// Whether the set of ids changed (not only their text).
    pub fn changes_id_set(&self) -> bool {
        !self.added.is_empty() || !self.removed.is_empty()
    }
}

/// The part of an entry that reaches a page: its value and attributes (comments do not).
#[derive(PartialEq)]
enum Body<'a> {
    Message(
        &'a Option<ast::Pattern<&'a str>>,
        &'a [ast::Attribute<&'a str>],
    ),
    Term(&'a ast::Pattern<&'a str>, &'a [ast::Attribute<&'a str>]),
}

fn bodies(file: Option<&FtlFile>) -> HashMap<&str, Body<'_>> {
    let mut out = HashMap::new();
    let Some(file) = file else { return out };
    for e in &file.entries {
        let body = match file.resource.get_entry(e.index) {
            Some(ast::Entry::Message(m)) => Body::Message(&m.value, &m.attributes),
            Some(ast::Entry::Term(t)) => Body::Term(&t.value, &t.attributes),
            _ => continue,
        };
        out.insert(e.id.as_str(), body);
    }
    out
}

/// Compares two versions of a file (`None`: absent).
pub fn diff_files(old: Option<&FtlFile>, new: Option<&FtlFile>) -> FileDiff {
    let (a, b) = (bodies(old), bodies(new));
    let mut d = FileDiff::default();
    for (id, body) in &b {
        match a.get(id) {
            None => d.added.push(id.to_string()),
            Some(old) if old != body => d.changed.push(id.to_string()),
            Some(_) => {}
        }
    }
    d.removed = a
        .keys()
        .filter(|id| !b.contains_key(*id))
        .map(|id| id.to_string())
        .collect();
    for v in [&mut d.changed, &mut d.added, &mut d.removed] {
        v.sort_unstable();
    }
    d
}

/// The ids an entry refers to (`-term` for terms), anywhere in its value or attributes.
pub fn references(entry: &ast::Entry<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let (value, attrs) = match entry {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return out,
    };
    for p in value.into_iter().chain(attrs.iter().map(|a| &a.value)) {
        pattern_refs(p, &mut out);
    }
    out
}

fn pattern_refs(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for v in variants {
                pattern_refs(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_refs(i, out),
    }
}

fn inline_refs(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    let args = match i {
        ast::InlineExpression::MessageReference { id, .. } => {
            out.push(id.name.to_string());
            None
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.push(format!("-{}", id.name));
            arguments.as_ref()
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => Some(arguments),
        ast::InlineExpression::Placeable { expression } => {
            expression_refs(expression, out);
            None
        }
        _ => None,
    };
    if let Some(a) = args {
        for x in a.positional.iter().chain(a.named.iter().map(|n| &n.value)) {
            inline_refs(x, out);
        }
    }
}

impl LocaleCatalogue {
    /// Puts a new version of one of the language's files in place, if that gives exactly what a
    /// rebuild would; returns `false` (and changes nothing) otherwise.
    pub fn try_patch(&mut self, new: Arc<FtlFile>) -> bool {
        let display = new.source.display.as_os_str();
        // Byte comparison: `Path`'s `==` parses components, too slow for 10,000 files per save.
        let Some(fi) = self
            .files
            .iter()
            .position(|f| f.source.display.as_os_str() == display && f.theme == new.theme)
        else {
            return false;
        };
        if !self.duplicates.is_empty()
            || !new.errors.is_empty()
            || !self.files[fi].errors.is_empty()
        {
            return false;
        }
        let d = diff_files(Some(&self.files[fi]), Some(&new));
        if !d.removed.is_empty() {
            // A deleted id may uncover a theme definition or break a reference: rebuild.
            return false;
        }
        let mut seen = HashSet::new();
        for e in &new.entries {
            if !seen.insert(e.id.as_str()) {
                return false;
            }
            match self.index.get(&e.id).map(|hit| hit.at) {
                None => {}
                Some((f, _)) if f == fi => {}
                // A site file may take over an id from the theme; anything else is a duplicate.
                Some((f, _)) if self.files[f].theme && !new.theme => {}
                Some(_) => return false,
            }
        }
        self.bundle.add_resource_overriding(new.resource.clone());
        // The index reads ids in their file's text: the old version's go before the text does.
        for (ei, e) in self.files[fi].entries.iter().enumerate() {
            self.index.remove(fi, ei, &e.id);
        }
        self.index.set_text(fi, new.source.text.clone());
        for (ei, e) in new.entries.iter().enumerate() {
            self.index.insert(fi, ei, e);
        }
        self.files[fi] = new;
        self.text_findings = std::sync::OnceLock::new();
        self.reference_findings = std::sync::OnceLock::new();
        self.formatted = std::sync::OnceLock::new();
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SourceFile;

    fn ftl(path: &str, text: &str) -> Arc<FtlFile> {
        Arc::new(FtlFile::parse(SourceFile::new(path, text), false))
    }

    fn cat(files: Vec<Arc<FtlFile>>) -> LocaleCatalogue {
        LocaleCatalogue::new("nb", "nb".parse().unwrap(), files, HashMap::new(), false)
    }

    #[test]
    fn diff_sees_text_not_comments() {
        let a = ftl("a.ftl", "# c\nx = X\ny = Y\n-t = T\n    .g = m\nz = Z\n");
        let b = ftl(
            "a.ftl",
            "# other comment\nx = X\ny = Y2\n-t = T\n    .g = f\nw = W\n",
        );
        let d = diff_files(Some(&a), Some(&b));
        assert_eq!(d.changed, ["-t", "y"]);
        assert_eq!(d.added, ["w"]);
        assert_eq!(d.removed, ["z"]);
        assert!(d.changes_id_set());
        assert_eq!(diff_files(None, Some(&a)).added.len(), 4);
    }

    #[test]
    fn references_are_found_everywhere() {
        let f = ftl("a.ftl", "x = { -t } and { y.attr } { $n -> \n   [one] { -u(case: \"gen\") }\n  *[other] { NUMBER($n) } { z }\n}\n");
        let e = f.resource.get_entry(0).unwrap();
        assert_eq!(references(e), ["-t", "y", "-u", "z"]);
    }

    #[test]
    fn patch_matches_a_rebuild_or_refuses() {
        let theme = Arc::new(FtlFile::parse(
            SourceFile::new("<built-in>/t.ftl", "nav = Theme\nq = Q\n"),
            true,
        ));
        let a = ftl("a.ftl", "x = X\n");
        let b = ftl("b.ftl", "y = Y\n");
        let mut c = cat(vec![theme.clone(), a, b]);
        // Formatted texts are kept: a patch must drop them.
        assert_eq!(c.format("x", None, None).unwrap().0, "X");
        assert_eq!(c.format("nav", None, None).unwrap().0, "Theme");
        assert!(c.try_patch(ftl("a.ftl", "x = X2\nnav = Site\n")));
        assert_eq!(c.format("x", None, None).unwrap().0, "X2");
        assert_eq!(c.format("nav", None, None).unwrap().0, "Site");
        // `y` belongs to b.ftl: defining it in a.ftl would be a duplicate, so no patch.
        assert!(!c.try_patch(ftl("a.ftl", "x = X2\nnav = Site\ny = again\n")));
        // Deleting `nav` from a.ftl must uncover the theme's text: no patch.
        assert!(!c.try_patch(ftl("a.ftl", "x = X3\n")));
        assert_eq!(c.format("x", None, None).unwrap().0, "X2");
        assert!(!c.try_patch(ftl("new.ftl", "n = N\n")));
    }

    #[test]
    fn a_patch_moves_the_index_to_the_new_text() {
        let mut c = cat(vec![ftl(
            "a.ftl",
            "x = X\n    .attr = A\ny = Y\n-t = Old\n",
        )]);
        assert_eq!(c.format("x", Some("attr"), None).unwrap().0, "A");
        // Every offset of the file moves; `x` loses its attribute.
        assert!(c.try_patch(ftl(
            "a.ftl",
            "# a longer first line\nx = X2\ny = Y\nz = Z\n-t = New\n"
        )));
        let plain = |c: &LocaleCatalogue, id: &str| {
            c.index.get(id).and_then(|h| h.plain.map(str::to_string))
        };
        assert_eq!(plain(&c, "y").as_deref(), Some("Y"));
        assert_eq!(plain(&c, "x").as_deref(), Some("X2"));
        assert_eq!(c.format("z", None, None).unwrap().0, "Z");
        assert_eq!(c.format("x", Some("attr"), None), None);
        assert_eq!(plain(&c, "-t").as_deref(), Some("New"));
        assert_eq!(c.ids().count(), 4);
    }

    #[test]
    fn patching_a_term_changes_the_kept_text_of_messages_using_it() {
        // Only texts with placeables are kept: a term's variants, a message using a term.
        let terms = ftl(
            "terms.ftl",
            "-owner = { $form ->\n    [definite] eieren\n   *[base] eier\n }\n    .plural = { \"eiere\" }\n",
        );
        let msgs = ftl("msgs.ftl", "title = Om { -owner }\nplain = Tekst\n");
        let mut c = cat(vec![terms, msgs]);
        assert_eq!(c.format("title", None, None).unwrap().0, "Om eier");
        assert_eq!(c.format("-owner", Some("plural"), None).unwrap().0, "eiere");
        assert_eq!(c.format("plain", None, None).unwrap().0, "Tekst");
        assert!(c.try_patch(ftl(
            "terms.ftl",
            "-owner = { $form ->\n    [definite] systemeieren\n   *[base] systemeier\n }\n    .plural = { \"systemeiere\" }\n",
        )));
        assert_eq!(c.format("title", None, None).unwrap().0, "Om systemeier");
        assert_eq!(
            c.format("-owner", Some("plural"), None).unwrap().0,
            "systemeiere"
        );
        assert!(c.try_patch(ftl("msgs.ftl", "title = Om { -owner }\nplain = Ny\n")));
        assert_eq!(c.format("plain", None, None).unwrap().0, "Ny");
        assert!(c.format("-owner", Some("missing"), None).is_none());
    }
}
