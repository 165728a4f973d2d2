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
pub use crate::markup::escape as esc;

/// A coordinate written with one decimal, exactly as `{:.1}` writes it, but without the cost
/// of exact float formatting (Rust's `{:.1}` runs the Dragon4 algorithm, a tenth of the maps'
/// drawing time): the common case rounds an integer, and only a value within a hair of a tie,
/// where the multiplication by ten could round either way, a negative or a huge one, takes
/// the exact path.
#[derive(Debug, Clone, Copy)]
pub struct OneDecimal(pub f64);

impl std::fmt::Display for OneDecimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = self.0 * 10.0;
        let near_tie = (tenths - tenths.trunc() - 0.5).abs() < 1e-6;
        if self.0.is_sign_positive() && (0.0..1e9).contains(&tenths) && !near_tie {
            let n = tenths.round() as u64;
            write!(f, "{}.{}", n / 10, n % 10)
        } else {
            write!(f, "{:.1}", self.0)
        }
    }
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
        assert_eq!(esc("a&b \"c\" <d>"), "a&amp;b &quot;c&quot; &lt;d&gt;");
    }

    #[test]
    fn one_decimal_writes_what_the_exact_formatter_writes() {
        let mut values = vec![
            0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.675, -3.25, 1e9, 1e20,
        ];
        values.extend((0..20_000).map(|i| i as f64 * 0.05));
        values.extend((0..20_000).map(|i| i as f64 / 3.0 - 100.0));
        // Coordinates as the layout makes them: sums and halves of sizes.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push((x % 4_000_000) as f64 / 1000.0 + (x >> 40) as f64 * 1e-7);
        }
        for v in values {
            assert_eq!(OneDecimal(v).to_string(), format!("{v:.1}"), "{v:e}");
        }
    }
}
