//! Text inside inline SVG: escaped, and with fallback markers turned into `lang` attributes.
//!
//! Elsewhere in a page a fallback marker becomes `<span lang>`; inside SVG `<text>` a `<span>`
//! is not allowed, so SVG views strip the markers here and put the language on the element.

/// A text without fallback markers, and the language of the first marked part, if any.
pub fn plain(text: &str) -> (Option<String>, String) {
    // The marker's shape (private to `drafts`): U+E000, the language, U+E001, the text, U+E002.
    let lang = text
        .split_once('\u{E000}')
        .and_then(|(_, rest)| rest.split_once('\u{E001}'))
        .map(|(l, _)| l.to_string());
    (lang, crate::i18n::drafts::strip(text))
}

/// ` lang="…"` for a marked text, nothing otherwise.
pub fn lang_attr(lang: &Option<String>) -> String {
    lang.as_ref()
        .map(|l| format!(" lang=\"{}\"", esc(l)))
        .unwrap_or_default()
}

/// Escapes text for SVG content and attribute values.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A text as SVG content: escaped, a fallback text wrapped in `<tspan lang>`.
pub fn content(text: &str) -> String {
    match plain(text) {
        (None, t) => esc(&t),
        (lang, t) => format!("<tspan{}>{}</tspan>", lang_attr(&lang), esc(&t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fallback_text_becomes_a_tspan_with_its_language() {
        let marked = crate::i18n::drafts::mark("nb", "Systemeier & co");
        assert_eq!(
            content(&marked),
            "<tspan lang=\"nb\">Systemeier &amp; co</tspan>"
        );
        assert_eq!(content("Owner <x>"), "Owner &lt;x&gt;");
    }
}
