//! Alphabetical order as each language's readers expect it, for lists sorted by their words
//! (the glossary): Norwegian puts æ, ø, å after z, Spanish ñ after n; otherwise letters are
//! compared without accents and case first (`Órgano` before `Usuario`), then by accent, then
//! lower case before upper case, as the Unicode Collation Algorithm's three levels do.
//!
//! A full collator (`icu_collator`) would pull a second copy of the ICU4X crates already in the
//! tree at another version, with its data, for three Latin-script languages; these rules are
//! the part of CLDR's root order and nb/es tailorings those languages need.

/// A sort key: compare keys to compare texts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CollationKey {
    primary: Vec<u32>,
    accents: Vec<u32>,
    case: Vec<bool>,
}

/// The base letter and whether it carried a mark, for Latin letters with diacritics.
fn base_letter(c: char) -> Option<char> {
    const TABLE: [(&str, char); 22] = [
        ("àáâãäåāăą", 'a'),
        ("çćĉċč", 'c'),
        ("ďđ", 'd'),
        ("èéêëēĕėęě", 'e'),
        ("ĝğġģ", 'g'),
        ("ĥħ", 'h'),
        ("ìíîïĩīĭįı", 'i'),
        ("ĵ", 'j'),
        ("ķ", 'k'),
        ("ĺļľŀł", 'l'),
        ("ñńņňŉ", 'n'),
        ("òóôõöøōŏő", 'o'),
        ("ŕŗř", 'r'),
        ("śŝşš", 's'),
        ("ţťŧ", 't'),
        ("ùúûüũūŭůűų", 'u'),
        ("ŵ", 'w'),
        ("ýÿŷ", 'y'),
        ("źżž", 'z'),
        ("ð", 'd'),
        ("þ", 't'),
        ("ĸ", 'k'),
    ];
    TABLE
        .iter()
        .find(|(marked, _)| marked.contains(c))
        .map(|(_, b)| *b)
}

const LETTERS: u32 = 1000;

fn letter(c: char) -> u32 {
    LETTERS + (c as u32 - 'a' as u32) * 10
}

/// Letters a language sorts as letters of their own, after the letter they follow.
fn tailored(lang: &str, c: char) -> Option<u32> {
    match (lang, c) {
        // Norwegian: æ, ø, å after z; ä, ö and ü are their variants (ä as æ, ö as ø, ü as y).
        ("nb" | "nn" | "no", 'æ' | 'ä') => Some(letter('z') + 10),
        ("nb" | "nn" | "no", 'ø' | 'ö') => Some(letter('z') + 20),
        ("nb" | "nn" | "no", 'å') => Some(letter('z') + 30),
        ("nb" | "nn" | "no", 'ü') => Some(letter('y')),
        ("es", 'ñ') => Some(letter('n') + 5),
        _ => None,
    }
}

/// The collation key of `text` in `lang` (a code such as `nb`, `es-ES`).
pub fn key(lang: &str, text: &str) -> CollationKey {
    let lang = lang.split(['-', '_']).next().unwrap_or(lang);
    let mut k = CollationKey {
        primary: Vec::with_capacity(text.len()),
        accents: Vec::with_capacity(text.len()),
        case: Vec::with_capacity(text.len()),
    };
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let upper = lower != c;
        let mut push = |weight: u32, accent: u32| {
            k.primary.push(weight);
            k.accents.push(accent);
            k.case.push(upper);
        };
        if let Some(w) = tailored(lang, lower) {
            // ä sorts as æ, but after it (a secondary difference).
            let plain = matches!(lower, 'æ' | 'ø' | 'å' | 'ñ');
            push(w, if plain { 0 } else { lower as u32 });
        } else if lower.is_ascii_lowercase() {
            push(letter(lower), 0);
        } else if let Some(b) = base_letter(lower) {
            push(letter(b), lower as u32);
        } else if lower == 'æ' {
            push(letter('a'), 'æ' as u32);
            push(letter('e'), 'æ' as u32);
        } else if lower == 'ß' {
            push(letter('s'), 'ß' as u32);
            push(letter('s'), 'ß' as u32);
        } else if let Some(d) = lower.to_digit(10) {
            push(500 + d, 0);
        } else if lower.is_whitespace() {
            push(1, 0);
        } else if lower.is_alphabetic() {
            // Other scripts: after Latin, in code point order.
            push(LETTERS * 10 + lower as u32, 0);
        } else {
            // Punctuation and symbols: before digits and letters, in code point order.
            push(10 + (lower as u32).min(480), 0);
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::key;

    fn sorted(lang: &str, words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        v.sort_by_cached_key(|w| key(lang, w));
        v
    }

    #[test]
    fn norwegian_puts_ae_oe_aa_after_z() {
        assert_eq!(
            sorted(
                "nb",
                &[
                    "Århus",
                    "ærlig",
                    "zebra",
                    "Øst",
                    "ål",
                    "and",
                    "ångström",
                    "Ärlig"
                ]
            ),
            [
                "and",
                "zebra",
                "ærlig",
                "Ärlig",
                "Øst",
                "ål",
                "ångström",
                "Århus"
            ]
        );
    }

    #[test]
    fn spanish_puts_n_tilde_after_n_and_ignores_accents_first() {
        assert_eq!(
            sorted(
                "es-ES",
                &["Usuario", "Ñu", "oso", "Órgano", "nube", "ñandú", "nada", "órgano"]
            ),
            ["nada", "nube", "ñandú", "Ñu", "órgano", "Órgano", "oso", "Usuario"]
        );
    }

    #[test]
    fn english_folds_accents_and_case() {
        assert_eq!(
            sorted(
                "en",
                &["Zone", "élan", "Elan", "eland", "Øresund", "ox", "2 forums", "ab"]
            ),
            ["2 forums", "ab", "Elan", "élan", "eland", "Øresund", "ox", "Zone"]
        );
    }
}
