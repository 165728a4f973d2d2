//! Prose pages: Markdown to HTML, sanitised, because prose comes from translators' files and an
//! intranet page must not run whatever a pasted snippet contains, nor make the reader's browser
//! ask another host for anything (an image can be a tracking pixel).

use crate::diagnostics::Diagnostic;
use crate::load::SourceFile;
use pulldown_cmark::{html, Event, Options, Parser, Tag};
use std::borrow::Cow;

/// The deepest nesting of block quotes, lists, emphasis and raw HTML elements a prose page may
/// have. The HTML cleaner checks scopes along the whole stack of open elements for every tag, so
/// its cost grows with the square of the depth (100,000 nested quotes took 72 s); no real page
/// comes near this.
pub const MAX_NESTING: usize = 100;

fn options() -> Options {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    opts
}

/// Renders Markdown to safe HTML: raw HTML is cleaned, scripts and event handlers removed,
/// links to other hosts are marked `rel="noopener noreferrer"`, and images from other hosts
/// lose their address (only their text is shown) unless `external_images` allows them. Text
/// nested deeper than [`MAX_NESTING`] is shown as plain preformatted text ([`check`] reports it).
pub fn to_html(markdown: &str, external_images: bool) -> String {
    // HTML does not allow control characters (a pasted terminal escape): shown as U+FFFD.
    let cleaned: String;
    let markdown = if markdown.chars().any(is_hidden_control) {
        cleaned = markdown
            .chars()
            .map(|c| if is_hidden_control(c) { '\u{FFFD}' } else { c })
            .collect();
        cleaned.as_str()
    } else {
        markdown
    };
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    if deepest(events.iter()).is_some() {
        return format!("<pre>{}</pre>\n", crate::markup::escape(markdown));
    }
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events.into_iter());
    let mut cleaner = ammonia::Builder::default();
    cleaner.add_generic_attributes(["id"]);
    if !external_images {
        cleaner.attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && !is_local(value) {
                None
            } else {
                Some(Cow::Borrowed(value))
            }
        });
    }
    cleaner.clean(&unsafe_html).to_string()
}

/// The problems of one prose page: nesting deeper than [`MAX_NESTING`] (the page would be shown
/// as plain text) and, unless `external_images` allows them, images from other hosts.
pub fn check(file: &SourceFile, external_images: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(&file.text, options())
        .into_offset_iter()
        .collect();
    if let Some(i) = deepest(events.iter().map(|(e, _)| e)) {
        out.push(
            Diagnostic::error(
                "markdown::too-deep",
                format!("the text is nested more than {MAX_NESTING} levels deep (block quotes, lists, emphasis or HTML elements)"),
            )
            .at(file.at_offset(events[i].1.start, 1))
            .help("flatten the quotes or lists; govdoc would show this page as plain text"),
        );
        return out;
    }
    if external_images {
        return out;
    }
    for (event, range) in &events {
        let address = match event {
            Event::Start(Tag::Image { dest_url, .. }) => Some(dest_url.to_string()),
            Event::Html(h) | Event::InlineHtml(h) => html_image_sources(h).find(|s| !is_local(s)),
            _ => None,
        };
        if let Some(address) = address.filter(|a| !is_local(a)) {
            out.push(
                Diagnostic::error(
                    "markdown::external-image",
                    format!("the image `{address}` is on another host: every reader's browser would ask that host for it"),
                )
                .at(file.at_offset(range.start, range.len()))
                .help("copy the image into `static/` and write `/static/<file>`, or set `external-images: true` in govdoc.yml"),
            );
        }
    }
    out
}

/// The index of the event where nesting first goes deeper than [`MAX_NESTING`], if it does.
fn deepest<'a, 'e: 'a>(events: impl Iterator<Item = &'a Event<'e>>) -> Option<usize> {
    let (mut markdown, mut raw) = (0usize, 0usize);
    for (i, event) in events.enumerate() {
        match event {
            Event::Start(_) => markdown += 1,
            Event::End(_) => markdown = markdown.saturating_sub(1),
            Event::Html(h) | Event::InlineHtml(h) => raw = raw_html_depth(raw, h),
            _ => {}
        }
        if markdown + raw > MAX_NESTING {
            return Some(i);
        }
    }
    None
}

/// Elements that never have content, so never nest.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The depth of open raw HTML elements after `html`, counting start and end tags: an upper
/// bound (elements a browser closes by itself count as open), which is what a limit needs.
fn raw_html_depth(mut depth: usize, html: &str) -> usize {
    for tag in html.split('<').skip(1) {
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || VOID.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if !tag.split('>').next().unwrap_or("").ends_with('/') {
            depth += 1;
        }
    }
    depth
}

/// The `src` values of `<img>` tags in raw HTML, as far as a plain scan finds them (the
/// renderer drops any it misses).
fn html_image_sources(html: &str) -> impl Iterator<Item = String> + '_ {
    html.split('<').skip(1).filter_map(|tag| {
        let tag = tag.split('>').next().unwrap_or("");
        if !tag.to_ascii_lowercase().starts_with("img") {
            return None;
        }
        let lower = tag.to_ascii_lowercase();
        let at = lower.find("src")? + 3;
        let rest = tag[at..].trim_start().strip_prefix('=')?.trim_start();
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split(char::is_whitespace).next().unwrap_or(""),
        };
        Some(value.to_string())
    })
}

/// Whether an image address stays on the site's own host: a path, never a scheme (`https:`,
/// `data:`) or a protocol-relative `//host/`. Browsers ignore surrounding whitespace and
/// control characters and tabs or line breaks inside, so this does too.
fn is_local(address: &str) -> bool {
    let cleaned: String = address
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    // Browsers read `\` as `/`: `\\host`, `/\host` and `\/host` are all `//host`.
    let mut start = cleaned.chars().take(2);
    if start.clone().count() == 2 && start.all(|c| c == '/' || c == '\\') {
        return false;
    }
    let before_path = cleaned.split(['/', '\\', '?', '#']).next().unwrap_or("");
    !before_path.contains(':')
}

fn is_hidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_rendered_and_cleaned() {
        let html = to_html("# Hei\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>", false);
        assert!(html.contains("<h1>Hei</h1>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
    }

    #[test]
    fn images_from_other_hosts_lose_their_address_unless_allowed() {
        let md = "![pixel](https://tracker.example/p.gif) ![logo](/static/logo.svg) \
                  ![b](//evil.example/x.png) <img src=\" HTTPS://t.example/a\" alt=raw> \
                  ![c](data:image/png;base64,AAAA) <img src='\\\\evil.example\\x.png'> \
                  <img src='/\\evil.example/y.png'>";
        let html = to_html(md, false);
        for gone in ["tracker.example", "evil.example", "t.example", "data:"] {
            assert!(!html.contains(gone), "{gone} in {html}");
        }
        assert!(html.contains("src=\"/static/logo.svg\""), "{html}");
        assert!(html.contains("alt=\"pixel\""), "the text stays: {html}");
        let allowed = to_html(md, true);
        assert!(
            allowed.contains("https://tracker.example/p.gif"),
            "{allowed}"
        );
    }

    #[test]
    fn external_images_are_found_with_their_line() {
        let f = SourceFile::new(
            "locales/nb/pages/about.md",
            "# Om\n\n![pixel](https://tracker.example/p.gif)\n\n<img src='//x.example/a'>\n\n![ok](/static/a.png)\n",
        );
        let found = check(&f, false);
        let lines: Vec<usize> = found
            .iter()
            .filter_map(|d| d.location.as_ref())
            .map(|l| l.line)
            .collect();
        assert_eq!(lines, [3, 5], "{found:?}");
        assert!(found.iter().all(|d| d.code == "markdown::external-image"));
        assert!(check(&f, true).is_empty());
    }

    #[test]
    fn nesting_beyond_the_limit_is_found_and_shown_as_text() {
        for (md, line) in [
            (format!("a\n\n{}x\n", "> ".repeat(MAX_NESTING + 1)), 3),
            (format!("a\n\n{}x\n", "- ".repeat(MAX_NESTING)), 3),
            (
                format!("a\n\nb\n\n{}x\n", "<div>".repeat(MAX_NESTING + 1)),
                5,
            ),
        ] {
            let f = SourceFile::new("p.md", md.as_str());
            let found = check(&f, false);
            assert_eq!(found.len(), 1, "{md:.40}: {found:?}");
            assert_eq!(found[0].code, "markdown::too-deep");
            assert_eq!(found[0].location.as_ref().map(|l| l.line), Some(line));
            let html = to_html(&md, false);
            assert!(
                html.starts_with("<pre>") && !html.contains("<div>"),
                "{html:.80}"
            );
        }
        let ok = format!("{}x\n", "> ".repeat(MAX_NESTING - 2));
        assert!(check(&SourceFile::new("p.md", ok.as_str()), false).is_empty());
        assert!(to_html(&ok, false).contains("<blockquote>"));
    }
}
