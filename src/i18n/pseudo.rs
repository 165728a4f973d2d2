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

/// Pseudo-localises rendered HTML (a prose page): text only, never tags, attributes or entities.
pub fn transform_html(html: &str) -> String {
    fluent_pseudo::transform_dom(html, false, true, false).into_owned()
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
}
