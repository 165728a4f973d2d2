//! Escaping for text written into markup by hand (SVG views, XLIFF and TBX files, refused
//! Markdown shown as `<pre>`): one function, so every writer escapes the same characters.
//! Templates escape through tera with `render::engine::escape_html`, which also escapes `'`.

/// Text escaped for XML/HTML content and double-quoted attribute values (`&`, `<`, `>`, `"`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text);
    out
}

/// [`escape`] appended to `out`, for writers that build a whole drawing in one buffer.
pub fn escape_into(out: &mut String, text: &str) {
    escape_runs(out, text, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        _ => None,
    });
}

/// `text` appended to `out` with each ASCII byte that `entity` names replaced by its entity
/// (HTML, XML, JSON: each escaper is its table). Runs between those bytes are copied whole:
/// every printed value of every page passes through here, and pushing char by char cost 4 %
/// of a full build.
#[inline]
pub fn escape_runs(out: &mut String, text: &str, entity: impl Fn(u8) -> Option<&'static str>) {
    let mut run = 0;
    for (i, b) in text.bytes().enumerate() {
        let Some(entity) = entity(b) else {
            continue;
        };
        // Only ASCII bytes are escaped, so `i` is a character boundary.
        out.push_str(&text[run..i]);
        out.push_str(entity);
        run = i + 1;
    }
    out.push_str(&text[run..]);
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_the_four_markup_characters_and_keeps_the_rest() {
        assert_eq!(escape(r#"a<b>&"c"'ø"#), "a&lt;b&gt;&amp;&quot;c&quot;'ø");
        assert_eq!(escape(""), "");
        assert_eq!(escape("æøå"), "æøå");
    }
}
