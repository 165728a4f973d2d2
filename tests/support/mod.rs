//! Helpers shared by the integration tests: running the real `govdoc` binary, copying and
//! hashing folders, and reading the HTML govdoc writes (tags, links, visible text).
//!
//! Each test binary uses a different subset, hence the `dead_code` allowance.
#![allow(dead_code)]

use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (the default site).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The small, stable fixture site.
pub fn fixture() -> PathBuf {
    repo_root().join("tests/fixtures/basic")
}

/// A fresh temporary folder under cargo's per-project temp dir.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("govdoc-test-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("temp dir")
}

/// A temporary folder for a build shared by all tests of one test binary (kept in a `static`,
/// so it is never dropped). Such folders older than an hour, left by earlier runs, are removed.
pub fn shared_tempdir(name: &str) -> tempfile::TempDir {
    let prefix = format!("govdoc-shared-{name}-");
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"));
    if let Ok(entries) = std::fs::read_dir(root) {
        for e in entries.filter_map(|e| e.ok()) {
            let stale = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600);
            if stale && e.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    tempfile::Builder::new()
        .prefix(&prefix)
        .tempdir_in(root)
        .expect("temp dir")
}

/// A temporary copy of the fixture site, for tests that change it.
pub fn fixture_copy() -> (tempfile::TempDir, PathBuf) {
    fixture_copy_in(tempdir())
}

/// A copy of the fixture site in a given temporary folder.
pub fn fixture_copy_in(tmp: tempfile::TempDir) -> (tempfile::TempDir, PathBuf) {
    let site = tmp.path().join("site");
    copy_dir(&fixture(), &site);
    (tmp, site)
}

/// A temporary copy of the project's own site (settings, content, locales, termbase), for
/// tests that change it.
pub fn default_site_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(&site).expect("site dir");
    std::fs::copy(repo_root().join("govdoc.yml"), site.join("govdoc.yml")).expect("settings");
    for d in ["content", "locales", "termbase"] {
        if repo_root().join(d).is_dir() {
            copy_dir(&repo_root().join(d), &site.join(d));
        }
    }
    (tmp, site)
}

/// The fixture site with the systems overlay (`tests/fixtures/systems-overlay`: systems,
/// categories and their words) copied over it, in `tmp`.
pub fn systems_fixture_copy_in(tmp: tempfile::TempDir) -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = fixture_copy_in(tmp);
    let overlay = repo_root().join("tests/fixtures/systems-overlay");
    copy_dir(&overlay.join("content"), &site.join("content"));
    copy_dir(&overlay.join("locales"), &site.join("locales"));
    (tmp, site)
}

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    /// Exit status (-1 when killed by a signal).
    pub status: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Panics with both streams when the run did not exit with `code`.
    pub fn expect_status(&self, code: i32) -> &Self {
        assert_eq!(
            self.status, code,
            "expected exit status {code}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Runs `govdoc` with arguments in a working folder.
pub fn govdoc_in(cwd: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("run govdoc");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `govdoc` with arguments, from the repository root.
pub fn govdoc(args: &[&str]) -> Run {
    govdoc_in(&repo_root(), args)
}

/// `govdoc build --source SOURCE --out OUT [extra…]`.
pub fn build(source: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec![
        "build",
        "--source",
        source.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    govdoc(&args)
}

/// Copies a folder tree.
pub fn copy_dir(src: &Path, dst: &Path) {
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(src).unwrap();
        let to = dst.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
}

/// SHA-256 of every file (and the set of folders) under `dir`, by relative path.
pub fn hash_tree(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("walk");
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if entry.file_type().is_dir() {
            out.insert(format!("{rel}/"), "dir".to_string());
        } else if entry.file_type().is_symlink() {
            let target = std::fs::read_link(entry.path()).unwrap();
            out.insert(rel, format!("link to {}", target.display()));
        } else {
            let bytes = std::fs::read(entry.path()).unwrap();
            let digest = Sha256::digest(&bytes);
            out.insert(rel, digest.iter().map(|b| format!("{b:02x}")).collect());
        }
    }
    out
}

/// Names in `dir`'s parent that look like govdoc's staging folders (left behind = a bug).
pub fn staging_leftovers(dir: &Path) -> Vec<String> {
    let parent = dir.parent().unwrap();
    std::fs::read_dir(parent)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".govdoc-new-") || n.contains(".govdoc-old-"))
        .collect()
}

/// Replaces `from` by `to` in a file; panics when `from` is not there (the test would be void).
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// 1-based line and column of the first occurrence of `needle` in a file.
pub fn line_col(path: &Path, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let off = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {}", path.display()));
    let before = &text[..off];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// Every `.html` file of a built site, by path relative to the output folder (`/` separators).
pub fn html_pages(out: &Path) -> BTreeMap<String, String> {
    let mut pages = BTreeMap::new();
    for entry in walkdir::WalkDir::new(out).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "html") {
            let rel = entry
                .path()
                .strip_prefix(out)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            pages.insert(rel, std::fs::read_to_string(entry.path()).unwrap());
        }
    }
    pages
}

/// The `<main …>…</main>` element of a page.
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("page has <main>");
    let end = html[start..].find("</main>").expect("page has </main>") + start + "</main>".len();
    &html[start..end]
}

/// The `<main>` of a page without blank lines, for snapshots that pin content, not indentation noise.
pub fn main_for_snapshot(html: &str) -> String {
    main_of(html)
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A start tag: its name and its (double- or single-quoted or bare) attributes, unescaped.
#[derive(Debug, Clone)]
pub struct Tag {
    /// Lower-case name.
    pub name: String,
    /// Attributes in order.
    pub attrs: Vec<(String, String)>,
    /// Byte offset of the `<` in the page.
    pub offset: usize,
}

impl Tag {
    /// An attribute's value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Undoes the HTML escapes govdoc and ammonia write.
pub fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every start tag of a page (comments and end tags skipped).
pub fn tags(html: &str) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rel) = html[i..].find('<') {
        let start = i + rel;
        if html[start..].starts_with("<!--") {
            i = html[start..]
                .find("-->")
                .map_or(html.len(), |e| start + e + 3);
            continue;
        }
        let mut j = start + 1;
        if j >= bytes.len() || !bytes[j].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
            j += 1;
        }
        let name = html[start + 1..j].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if j >= bytes.len() || bytes[j] == b'>' || bytes[j] == b'/' {
                break;
            }
            let ns = j;
            while j < bytes.len()
                && !bytes[j].is_ascii_whitespace()
                && !matches!(bytes[j], b'=' | b'>' | b'/')
            {
                j += 1;
            }
            let an = html[ns..j].to_ascii_lowercase();
            let mut value = String::new();
            if j < bytes.len() && bytes[j] == b'=' {
                j += 1;
                if j < bytes.len() && (bytes[j] == b'"' || bytes[j] == b'\'') {
                    let q = bytes[j] as char;
                    let vs = j + 1;
                    let ve = html[vs..].find(q).map_or(html.len(), |e| vs + e);
                    value = unescape(&html[vs..ve]);
                    j = (ve + 1).min(html.len());
                } else {
                    let vs = j;
                    while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' {
                        j += 1;
                    }
                    value = unescape(&html[vs..j]);
                }
            }
            if an.is_empty() {
                j += 1;
                continue;
            }
            attrs.push((an, value));
        }
        out.push(Tag {
            name,
            attrs,
            offset: start,
        });
        i = j.max(start + 1);
    }
    out
}

/// The text between tags (outside `<script>`/`<style>`), trimmed, non-empty, unescaped.
pub fn text_nodes(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(gt) = rest.find('>') {
        rest = &rest[gt + 1..];
        let end = rest.find('<').unwrap_or(rest.len());
        let t = rest[..end].trim();
        if !t.is_empty() {
            out.push(unescape(t));
        }
        rest = &rest[end..];
    }
    out
}

/// The part of a page between the start of the first tag matching `open` and its `close`.
pub fn section<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let s = html.find(open)?;
    let e = html[s..].find(close)? + s;
    Some(&html[s..e])
}

/// The output file a site URL points to: the base path stripped, `…/` → `…/index.html`.
/// `None` for URLs outside the site (other hosts, `mailto:`) or outside the base path.
pub fn url_to_file(url: &str, base: &str) -> Option<String> {
    let url = url.split('#').next().unwrap();
    if url.is_empty()
        || url.contains("://")
        || url.starts_with("mailto:")
        || url.starts_with("tel:")
        || url.starts_with("data:")
    {
        return None;
    }
    let base = base.trim_end_matches('/');
    let path = url.strip_prefix(base)?;
    let path = path.strip_prefix('/')?;
    if path.is_empty() || path.ends_with('/') {
        Some(format!("{path}index.html"))
    } else {
        Some(path.to_string())
    }
}

/// The language prefix of an output path (`nb/roles/x/index.html` → `nb`), if it is one of `langs`.
pub fn lang_of<'a>(rel: &str, langs: &[&'a str]) -> Option<&'a str> {
    let first = rel.split('/').next()?;
    langs.iter().find(|l| **l == first).copied()
}

/// Problems with the language switcher and `hreflang` alternates of every page: each must point
/// to an existing file, to the same page in the named language, and `<html lang>` must match the
/// page's language prefix (the default language for pages outside a prefix).
pub fn switcher_problems(
    out: &Path,
    base: &str,
    langs: &[&str],
    default_lang: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let pages = html_pages(out);
    for (rel, html) in &pages {
        let page_lang = lang_of(rel, langs);
        let all = tags(html);
        let html_lang = all
            .iter()
            .find(|t| t.name == "html")
            .and_then(|t| t.attr("lang").map(str::to_string));
        let want_lang = page_lang.unwrap_or(default_lang);
        if html_lang.as_deref() != Some(want_lang) {
            problems.push(format!(
                "{rel}: <html lang> is {html_lang:?}, expected {want_lang:?}"
            ));
        }
        let mut links: Vec<(String, Option<String>)> = Vec::new();
        for t in all
            .iter()
            .filter(|t| t.name == "link" && t.attr("rel") == Some("alternate"))
        {
            links.push((
                t.attr("href").unwrap_or("").to_string(),
                t.attr("hreflang").map(str::to_string),
            ));
        }
        if let Some(nav) = section(html, "<nav class=\"languages\"", "</nav>") {
            let nav_links: Vec<Tag> = tags(nav).into_iter().filter(|t| t.name == "a").collect();
            if nav_links.len() + 1 != langs.len() {
                problems.push(format!(
                    "{rel}: the language switcher has {} links for {} languages",
                    nav_links.len(),
                    langs.len()
                ));
            }
            for t in nav_links {
                links.push((
                    t.attr("href").unwrap_or("").to_string(),
                    t.attr("hreflang").or(t.attr("lang")).map(str::to_string),
                ));
            }
        } else if page_lang.is_some() {
            problems.push(format!("{rel}: no <nav class=\"languages\">"));
        }
        if page_lang.is_some()
            && !all
                .iter()
                .any(|t| t.name == "link" && t.attr("rel") == Some("alternate"))
        {
            problems.push(format!(
                "{rel}: no <link rel=\"alternate\" hreflang> alternates"
            ));
        }
        for (href, hreflang) in links {
            let Some(file) = url_to_file(&href, base) else {
                problems.push(format!(
                    "{rel}: switcher link {href:?} is not a site URL under {base:?}"
                ));
                continue;
            };
            if !out.join(&file).is_file() {
                problems.push(format!(
                    "{rel}: switcher link {href:?} → {file} does not exist"
                ));
                continue;
            }
            let Some(hl) = hreflang.filter(|h| h != "x-default") else {
                continue;
            };
            if lang_of(&file, langs) != Some(hl.as_str()) {
                problems.push(format!(
                    "{rel}: link for {hl:?} points to {file}, not into /{hl}/"
                ));
            }
            // The same page in the other language: only the language prefix differs.
            if let Some(pl) = page_lang {
                let expected = format!("{hl}{}", &rel[pl.len()..]);
                if file != expected {
                    problems.push(format!("{rel}: link for {hl:?} points to {file}, expected the same page {expected}"));
                }
            }
        }
    }
    if pages.is_empty() {
        problems.push(format!("no pages in {}", out.display()));
    }
    problems
}

/// Problems with every internal link and asset reference (`href`, `src`) of every page: each
/// must start with the base path and lead to an existing file; a `#fragment` must name an `id`
/// on the target page.
pub fn link_problems(out: &Path, base: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let pages = html_pages(out);
    let ids: BTreeMap<String, BTreeSet<String>> = pages
        .iter()
        .map(|(rel, html)| {
            (
                rel.clone(),
                tags(html)
                    .iter()
                    .filter_map(|t| t.attr("id").map(str::to_string))
                    .collect(),
            )
        })
        .collect();
    let prefix = format!("{}/", base.trim_end_matches('/'));
    for (rel, html) in &pages {
        for t in tags(html) {
            for attr in ["href", "src"] {
                let Some(url) = t.attr(attr) else { continue };
                if url.contains("://")
                    || url.starts_with("mailto:")
                    || url.starts_with("tel:")
                    || url.starts_with("data:")
                {
                    continue;
                }
                let (path, frag) = match url.split_once('#') {
                    Some((p, f)) => (p, Some(f)),
                    None => (url, None),
                };
                let target = if path.is_empty() {
                    rel.clone()
                } else {
                    if !path.starts_with(&prefix) {
                        problems.push(format!("{rel}: <{} {attr}={url:?}> does not start with the base path {prefix:?}", t.name));
                        continue;
                    }
                    match url_to_file(path, base) {
                        Some(f) => f,
                        None => {
                            problems.push(format!(
                                "{rel}: <{} {attr}={url:?}> is outside the site",
                                t.name
                            ));
                            continue;
                        }
                    }
                };
                if !out.join(&target).is_file() {
                    problems.push(format!(
                        "{rel}: <{} {attr}={url:?}> → {target} does not exist",
                        t.name
                    ));
                    continue;
                }
                if let Some(frag) = frag.filter(|f| !f.is_empty()) {
                    if !ids.get(&target).is_some_and(|s| s.contains(frag)) {
                        problems.push(format!(
                            "{rel}: <{} {attr}={url:?}>: no id {frag:?} on {target}",
                            t.name
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// `id`s used twice on one page (invalid HTML; a `#fragment` to them is ambiguous).
pub fn duplicate_id_problems(out: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for (rel, html) in html_pages(out) {
        let mut seen = BTreeSet::new();
        for t in tags(&html) {
            if let Some(id) = t.attr("id") {
                if !seen.insert(id.to_string()) {
                    problems.push(format!("{rel}: duplicate id {id:?}"));
                }
            }
        }
    }
    problems
}

/// Every message and term id of a site's locale files and of the built-in theme's.
pub fn message_ids(site: &Path) -> BTreeSet<String> {
    fn ids_of(text: &str, into: &mut BTreeSet<String>) {
        for line in text.lines() {
            if !line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
                continue;
            }
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim();
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    into.insert(id.to_string());
                }
            }
        }
    }
    let mut ids = BTreeSet::new();
    let locales = site.join("locales");
    if locales.is_dir() {
        for e in walkdir::WalkDir::new(&locales)
            .into_iter()
            .filter_map(|e| e.ok())
        {
            if e.path().extension().is_some_and(|x| x == "ftl") {
                ids_of(&std::fs::read_to_string(e.path()).unwrap(), &mut ids);
            }
        }
    }
    for (path, bytes) in govdoc::load::builtin_theme_files() {
        if path.extension().is_some_and(|x| x == "ftl") {
            ids_of(&String::from_utf8_lossy(&bytes), &mut ids);
        }
    }
    ids
}

fn is_id_marker(s: &str) -> bool {
    // `[some-id]` or `[-some-term]` as `Localizer::text` writes for a missing message.
    let inner = s.trim_start_matches('-');
    let mut parts = inner.split('-');
    inner.starts_with(|c: char| c.is_ascii_lowercase())
        && inner
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && parts.next().is_some()
        && parts.next().is_some()
}

/// Text a reader must never see on any page: a raw message id (the `[id]` marker of a missing
/// message, or a text or human-facing attribute equal to a message id), a template placeholder,
/// an unresolved Fluent placeable, or Fluent's Unicode isolation marks.
pub fn leak_problems(out: &Path, ids: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    for (rel, html) in html_pages(out) {
        for mark in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            if html.contains(mark) {
                problems.push(format!(
                    "{rel}: contains the Unicode isolation mark U+{:04X}",
                    mark as u32
                ));
            }
        }
        for ph in ["{{", "}}", "{%", "%}", "{#", "#}"] {
            if html.contains(ph) {
                problems.push(format!("{rel}: contains the template placeholder {ph:?}"));
            }
        }
        let mut texts = text_nodes(&html);
        for t in tags(&html) {
            for a in ["title", "alt", "aria-label", "content", "placeholder"] {
                if let Some(v) = t.attr(a) {
                    if !(t.name == "meta" && t.attr("name") == Some("viewport")) {
                        texts.push(v.to_string());
                    }
                }
            }
        }
        for text in texts {
            if ids.contains(text.as_str()) {
                problems.push(format!("{rel}: shows the message id {text:?} as text"));
            }
            let mut rest = text.as_str();
            while let Some(s) = rest.find('[') {
                let after = &rest[s + 1..];
                if let Some(e) = after.find(']') {
                    if is_id_marker(&after[..e]) || ids.contains(&after[..e]) {
                        problems.push(format!(
                            "{rel}: shows a missing-message marker [{}]",
                            &after[..e]
                        ));
                    }
                }
                rest = after;
            }
            let mut rest = text.as_str();
            while let Some(s) = rest.find('{') {
                let after = &rest[s + 1..];
                let inner: String = after.chars().take_while(|c| *c != '}').collect();
                let closed = after.len() > inner.len();
                let name = inner.trim().trim_start_matches(['$', '-']);
                if closed
                    && !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    problems.push(format!(
                        "{rel}: shows an unresolved Fluent placeable {{{inner}}}"
                    ));
                }
                rest = &rest[s + 1..];
            }
        }
    }
    problems
}

/// Fails with every problem listed.
pub fn assert_no_problems(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what}: {} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
