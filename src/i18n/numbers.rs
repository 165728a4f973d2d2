//! Numbers as each language writes them, for every number a message shows (`{ $percent }`):
//! Norwegian `1 234,5` (a no-break space groups thousands), Spanish `1234,5` but `12.345,5`
//! (CLDR groups Spanish only from five digits), English `1,234.5`. The separators are CLDR's;
//! no Fluent function is involved, so translators write `{ $count }` and get the right form.

use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// How one language writes numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberStyle {
    group: &'static str,
    decimal: &'static str,
    minus: &'static str,
    /// Fewest digits of the integer part before grouping starts (CLDR's minimum grouping
    /// digits plus three).
    group_from: usize,
}

impl NumberStyle {
    /// The style of a language (its primary subtag); English for languages govdoc does not know.
    pub fn of(lang: &LanguageIdentifier) -> NumberStyle {
        match lang.language.as_str() {
            // CLDR: no-break space for groups, comma for decimals, U+2212 as minus sign.
            "nb" | "nn" | "no" => NumberStyle {
                group: "\u{a0}",
                decimal: ",",
                minus: "\u{2212}",
                group_from: 4,
            },
            "es" => NumberStyle {
                group: ".",
                decimal: ",",
                minus: "-",
                group_from: 5,
            },
            _ => NumberStyle {
                group: ",",
                decimal: ".",
                minus: "-",
                group_from: 4,
            },
        }
    }

    /// Rewrites a number written the Rust way (`-1234.5`) in this style.
    pub fn format(&self, plain: &str) -> String {
        let (negative, digits) = match plain.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, plain),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        // Infinity and NaN have no digits to group: leave them as they are.
        if !int.bytes().all(|b| b.is_ascii_digit()) {
            return plain.to_string();
        }
        let mut out = String::with_capacity(plain.len() + 4);
        if negative {
            out.push_str(self.minus);
        }
        if int.len() >= self.group_from {
            for (i, c) in int.chars().enumerate() {
                if i > 0 && (int.len() - i) % 3 == 0 {
                    out.push_str(self.group);
                }
                out.push(c);
            }
        } else {
            out.push_str(int);
        }
        if !frac.is_empty() {
            out.push_str(self.decimal);
            out.push_str(frac);
        }
        out
    }
}

impl Memoizable for NumberStyle {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(NumberStyle::of(&lang))
    }
}

/// The bundle's formatter: numbers in the bundle's language, everything else as Fluent has it.
pub fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let plain = n.as_string();
    intls
        .with_try_get::<NumberStyle, _, _>((), |style| style.format(&plain))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(lang: &str, n: &str) -> String {
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        NumberStyle::of(&id).format(n)
    }

    /// The expected forms are what ICU (`Intl.NumberFormat`) writes for these locales.
    #[test]
    fn each_language_writes_numbers_its_own_way() {
        assert_eq!(fmt("nb", "1234"), "1\u{a0}234");
        assert_eq!(fmt("nb-NO", "1234567.5"), "1\u{a0}234\u{a0}567,5");
        assert_eq!(fmt("nb", "99.4"), "99,4");
        assert_eq!(fmt("nb", "-1234.25"), "\u{2212}1\u{a0}234,25");
        assert_eq!(fmt("es", "1234"), "1234");
        assert_eq!(fmt("es", "12345"), "12.345");
        assert_eq!(fmt("es-ES", "1234567.5"), "1.234.567,5");
        assert_eq!(fmt("es", "99.4"), "99,4");
        assert_eq!(fmt("en", "1234"), "1,234");
        assert_eq!(fmt("en-GB", "1234567.5"), "1,234,567.5");
        assert_eq!(fmt("en", "0.5"), "0.5");
        assert_eq!(fmt("en", "999"), "999");
        assert_eq!(fmt("en", "inf"), "inf");
    }
}
