//! Prose pages: Markdown to HTML, sanitised, because prose comes from translators' files and an
//! intranet page must not run whatever a pasted snippet contains.

use pulldown_cmark::{html, Options, Parser};

/// Renders Markdown to safe HTML: raw HTML is cleaned, scripts and event handlers removed,
/// and links to other hosts are marked `rel="noopener noreferrer"`.
pub fn to_html(markdown: &str) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, opts));
    ammonia::Builder::default()
        .add_generic_attributes(["id"])
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_rendered_and_cleaned() {
        let html = to_html("# Hei\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assert!(html.contains("<h1>Hei</h1>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
    }
}
