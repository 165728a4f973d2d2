//! The pseudo-locale (`govdoc build --pseudo`): an extra language, code `qps`, made from the
//! source language's messages with every letter accented and vowels doubled, so text that does
//! not come from the catalogues (hard-coded in a template) and layouts that break with longer
//! text show at a glance.

use crate::load::{Language, Settings};
use std::borrow::Cow;

/// The pseudo-locale's code (the range `qps`–`qtz` is reserved for private use; `qps` is the
/// code Windows and Mozilla use for pseudo-locales).
pub const CODE: &str = "qps";

/// The transform set on the pseudo-locale's Fluent bundle: accented and lengthened, not flipped.
pub fn transform(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

/// The pseudo-language, to append to the site's languages; it uses the source language's plural
/// rules, since its text is the source text.
pub fn language(settings: &Settings) -> Option<Language> {
    let source = settings.language(&settings.source_language)?;
    Some(Language {
        code: CODE.to_string(),
        langid: source.langid.clone(),
        fallback: Vec::new(),
    })
}

/// Pseudo-localises rendered HTML (a prose page): its text and the `title` attributes readers
/// see as tooltips (an `<abbr>`'s expansion), never tags, other attributes or entities.
pub fn transform_html(html: &str) -> String {
    let text = fluent_pseudo::transform_dom(html, false, true, false);
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest: &str = &text;
    const OPEN: &str = " title=\"";
    while let Some(at) = rest.find(OPEN) {
        let (head, tail) = rest.split_at(at + OPEN.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        out.push_str(&transform_outside_entities(&tail[..end]));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Transforms the text between character references, leaving `&amp;` and the like whole.
fn transform_outside_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&transform(&rest[..amp]));
        let after = &rest[amp..];
        let end = after.find(';').map_or(after.len(), |e| e + 1);
        out.push_str(&after[..end]);
        rest = &after[end..];
    }
    out.push_str(&transform(rest));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_tags_and_entities() {
        let out = transform_html("<p><a href=\"/nb/roles/\">Roles</a> &amp; more</p>");
        assert!(out.starts_with("<p><a href=\"/nb/roles/\">"), "{out}");
        assert!(out.contains("&amp;"), "{out}");
        assert!(!out.contains("Roles"), "{out}");
    }

    #[test]
    fn abbreviation_titles_are_transformed_but_not_their_entities() {
        let out = transform_html("<p><abbr title=\"Service &amp; level\">SLA</abbr></p>");
        assert!(out.contains("&amp;"), "{out}");
        assert!(!out.contains("Service"), "{out}");
        assert!(out.starts_with("<p><abbr title=\""), "{out}");
    }
}
