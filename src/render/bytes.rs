//! The contents of an output file, cheap to make and to share.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// The bytes of one output: a rendered page kept in the buffer it was written into, or a static
/// file shared with the site's inputs. Cloning shares them.
///
/// An `Arc<[u8]>` needs its own allocation, so each page was copied into a second buffer just
/// after it was written (2 % of a full build's instructions and a tenth of its cache misses on
/// writes); the page's own buffer is kept instead.
#[derive(Clone)]
pub struct Bytes(Repr);

#[derive(Clone)]
enum Repr {
    Owned(Arc<Vec<u8>>),
    Shared(Arc<[u8]>),
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match &self.0 {
            Repr::Owned(v) => v,
            Repr::Shared(b) => b,
        }
    }
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        self
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Bytes {}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Self {
        Bytes(Repr::Owned(Arc::new(v)))
    }
}

impl From<String> for Bytes {
    fn from(s: String) -> Self {
        s.into_bytes().into()
    }
}

impl From<&[u8]> for Bytes {
    fn from(b: &[u8]) -> Self {
        Bytes(Repr::Shared(b.into()))
    }
}

impl From<Arc<[u8]>> for Bytes {
    fn from(b: Arc<[u8]>) -> Self {
        Bytes(Repr::Shared(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_keeps_its_buffer_and_compares_by_content() {
        let page = String::from("<p>x</p>");
        let at = page.as_ptr();
        let bytes = Bytes::from(page);
        assert_eq!(bytes.as_ptr(), at, "the page was copied");
        assert_eq!(bytes, Bytes::from(&b"<p>x</p>"[..]));
        assert_eq!(format!("{bytes:?}"), format!("{:?}", b"<p>x</p>"));
    }
}
