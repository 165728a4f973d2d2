//! Marking fallback text in `--drafts` builds.
//!
//! Words are looked up before tera escapes them, so a lookup cannot emit HTML. Instead the
//! [`super::Localizer`] wraps text taken from a fallback language in private-use characters
//! (which escaping leaves alone), and [`apply`] turns them into `<span class="fallback">` in text,
//! and drops them inside tags (attributes) and `<title>`, where markup is not allowed. Normal
//! builds never create the markers.

const OPEN: char = '\u{E000}';
const SEP: char = '\u{E001}';
const CLOSE: char = '\u{E002}';

/// Wraps text that came from the fallback language `lang`.
pub fn mark(lang: &str, text: &str) -> String {
    format!("{OPEN}{lang}{SEP}{text}{CLOSE}")
}

/// Whether a text carries markers.
pub fn is_marked(text: &str) -> bool {
    text.contains(OPEN)
}

/// The text without any markers.
pub fn strip(text: &str) -> String {
    // The markers are U+E000..U+E002, all led by the byte 0xEE; most texts have none, and a
    // byte search is far cheaper than walking the characters (search entries and map labels
    // strip every text they show).
    if !text.as_bytes().contains(&0xEE) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut in_head = false;
    for c in text.chars() {
        match c {
            OPEN => in_head = true,
            SEP => in_head = false,
            CLOSE => {}
            c if !in_head => out.push(c),
            _ => {}
        }
    }
    out
}

/// Splits a marked text into its opening marker and the rest (for capitalising the first letter).
pub fn split_head(text: &str) -> Option<(&str, &str)> {
    if !text.starts_with(OPEN) {
        return None;
    }
    let end = text.find(SEP)? + SEP.len_utf8();
    Some(text.split_at(end))
}

/// Turns markers in a rendered page into spans titled `tooltip` (without a tooltip: plain
/// `<span lang>`, for broken translations in normal builds); inside tags and `<title>` the
/// markers are dropped.
pub fn apply(html: &str, tooltip: Option<&str>) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut in_tag = false;
    let mut in_title = false;
    let mut open_spans: Vec<bool> = Vec::new();
    let mut chars = html.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            OPEN => {
                let mut lang = String::new();
                for (_, d) in chars.by_ref() {
                    if d == SEP {
                        break;
                    }
                    lang.push(d);
                }
                let span = !in_tag && !in_title;
                match (span, tooltip) {
                    (true, Some(tooltip)) => out.push_str(&format!(
                        "<span class=\"fallback\" lang=\"{}\" title=\"{}\">",
                        escape(&lang),
                        escape(tooltip)
                    )),
                    (true, None) => out.push_str(&format!("<span lang=\"{}\">", escape(&lang))),
                    _ => {}
                }
                open_spans.push(span);
            }
            CLOSE => {
                if open_spans.pop() == Some(true) {
                    out.push_str("</span>");
                }
            }
            '<' => {
                in_tag = true;
                let rest = &html[i..];
                let starts = |t: &str| {
                    rest.get(..t.len())
                        .is_some_and(|s| s.eq_ignore_ascii_case(t))
                };
                if starts("<title") {
                    in_title = true;
                } else if starts("</title") {
                    in_title = false;
                }
                out.push(c);
            }
            '>' => {
                in_tag = false;
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_in_text_nothing_in_attributes_or_title() {
        let m = mark("nb", "Roller");
        let html = format!("<title>{m} – x</title><a title=\"{m}\">{m}</a>");
        let out = apply(&html, Some("ikke oversatt"));
        assert_eq!(out, "<title>Roller – x</title><a title=\"Roller\"><span class=\"fallback\" lang=\"nb\" title=\"ikke oversatt\">Roller</span></a>");
    }

    #[test]
    fn strip_and_head() {
        let m = mark("nb", "rolle");
        assert_eq!(strip(&m), "rolle");
        let (head, rest) = split_head(&m).unwrap();
        assert_eq!(rest, "rolle\u{E002}");
        assert_eq!(strip(head), "");
        assert!(is_marked(&m));
    }

    #[test]
    fn strip_keeps_unmarked_text_and_other_private_use_characters() {
        assert_eq!(strip("Systemeier – ÆØÅ"), "Systemeier – ÆØÅ");
        // Same lead byte as the markers, not a marker.
        assert_eq!(strip("a\u{E123}b"), "a\u{E123}b");
        assert_eq!(strip(&format!("x {} y", mark("es", "z"))), "x z y");
    }
}
