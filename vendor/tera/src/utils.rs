use crate::errors::Error;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map of names (templates, filters, functions, macros) hashed with [`FxHasher`].
// govdoc: tera looks a template, filter, function or macro up by name at every call, and
// hashing the name with SipHash each time was a percent of a govdoc build. These names come
// from the site's own templates, so a hash without flood protection is enough.
pub type NameMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The rustc compiler's hash function (FxHash): a rotate, a xor and a multiply per word.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Escape HTML following [OWASP](https://www.owasp.org/index.php/XSS_(Cross_Site_Scripting)_Prevention_Cheat_Sheet)
///
/// Escape the following characters with HTML entity encoding to prevent switching
/// into any execution context, such as script, style, or event handlers. Using
/// hex entities is recommended in the spec. In addition to the 5 characters
/// significant in XML (&, <, >, ", '), the forward slash is included as it helps
/// to end an HTML entity.
///
/// ```text
/// & --> &amp;
/// < --> &lt;
/// > --> &gt;
/// " --> &quot;
/// ' --> &#x27;     &apos; is not recommended
/// / --> &#x2F;     forward slash is included as it helps end an HTML entity
/// ```
#[inline]
pub fn escape_html(input: &str) -> String {
    let mut output = String::with_capacity(input.len() * 2);
    for c in input.chars() {
        match c {
            '&' => output.push_str("&amp;"),
            '<' => output.push_str("&lt;"),
            '>' => output.push_str("&gt;"),
            '"' => output.push_str("&quot;"),
            '\'' => output.push_str("&#x27;"),
            '/' => output.push_str("&#x2F;"),
            _ => output.push(c),
        }
    }

    // Not using shrink_to_fit() on purpose
    output
}

// govdoc: rendering writes text as `&str` into a `Sink`. Into a `String` (`Text`) it is
// pushed as it is, so a rendered page needs no UTF-8 check of all its bytes at the end (upstream
// wrote into a `Vec<u8>` and ran `String::from_utf8` over it: about 1 % of a govdoc build).
// Only bytes written through `io::Write` (numbers, `write!`) are checked.

/// Where the renderer writes: text, escaped text and, through `io::Write`, anything else.
pub(crate) trait Sink: std::io::Write {
    /// Writes text.
    fn text(&mut self, s: &str) -> std::io::Result<()> {
        self.write_all(s.as_bytes())
    }

    /// Writes text escaped with the `Tera`'s escape function.
    fn escaped(&mut self, s: &str, tera: &crate::Tera) -> std::io::Result<()> {
        self.text(&tera.get_escape_fn()(s))
    }
}

/// Rendered text held as a `String`.
#[derive(Default)]
pub(crate) struct Text(pub String);

impl std::io::Write for Text {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let s = std::str::from_utf8(buf)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        self.0.push_str(s);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Sink for Text {
    fn text(&mut self, s: &str) -> std::io::Result<()> {
        self.0.push_str(s);
        Ok(())
    }

    fn escaped(&mut self, s: &str, tera: &crate::Tera) -> std::io::Result<()> {
        match tera.get_escape_into_fn() {
            Some(escape_into) => escape_into(s, &mut self.0),
            None => self.0.push_str(&tera.get_escape_fn()(s)),
        }
        Ok(())
    }
}

/// Any `io::Write` as a sink (`Tera::render_to`).
pub(crate) struct Io<W>(pub W);

impl<W: std::io::Write> std::io::Write for Io<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.0.write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

impl<W: std::io::Write> Sink for Io<W> {}

/// govdoc: no longer takes a description for a UTF-8 error: `Text` takes only valid UTF-8.
pub(crate) fn render_to_string<F, E>(render: F) -> Result<String, Error>
where
    F: FnOnce(&mut Text) -> Result<(), E>,
    Error: From<E>,
{
    let mut buffer = Text::default();
    render(&mut buffer).map_err(Error::from)?;
    Ok(buffer.0)
}

#[cfg(test)]
mod tests {
    use super::escape_html;
    use super::render_to_string;

    #[test]
    fn test_escape_html() {
        let tests = vec![
            (r"", ""),
            (r"a&b", "a&amp;b"),
            (r"<a", "&lt;a"),
            (r">a", "&gt;a"),
            (r#"""#, "&quot;"),
            (r#"'"#, "&#x27;"),
            (r#"大阪"#, "大阪"),
        ];
        for (input, expected) in tests {
            assert_eq!(escape_html(input), expected);
        }
        let empty = String::new();
        assert_eq!(escape_html(&empty), empty);
    }

    #[test]
    fn test_render_to_string() {
        use std::io::Write;
        let string = render_to_string(|w| write!(w, "test")).unwrap();
        assert_eq!(string, "test".to_owned());
    }
}
