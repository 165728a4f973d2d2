//! What every view needs: a [`Words`] helper that looks words up for one page, links, list items.

use crate::i18n::Localizer;
use crate::model::{messages, CategoryId, ForumId, Governance, RoleId, SystemId};
use crate::render::routes::{PageKind, Routes};
use fluent_bundle::FluentArgs;
use serde::Serialize;

/// A link with its text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Link {
    /// The text.
    pub text: String,
    /// The URL.
    pub url: String,
}

/// An item of a list field: its text and an optional longer explanation.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ListItem {
    /// The key within its list.
    pub key: String,
    /// An id for the item's HTML anchor, unique site-wide: its message id.
    pub anchor: String,
    /// The text.
    pub text: String,
    /// The explanation (`.detail` attribute).
    pub detail: Option<String>,
}

/// Looks words and links up for one page in one language.
pub struct Words<'a> {
    /// The localizer of the page's language.
    pub loc: &'a Localizer<'a>,
    /// URL builder.
    pub routes: &'a Routes,
    /// The model.
    pub model: &'a Governance,
    /// The page's language.
    pub lang: &'a str,
    /// Fragments kept between rebuilds ([`crate::render::memo`]), under `build --watch`.
    pub memo: Option<&'a crate::render::memo::Memo>,
}

impl Words<'_> {
    /// A fragment kept between rebuilds under `key` in this language ([`crate::render::memo`]);
    /// `f` computes it when it is not kept.
    pub fn kept<T: std::any::Any + Send + Sync>(
        &self,
        key: impl FnOnce() -> String,
        f: impl FnOnce() -> T,
    ) -> std::sync::Arc<T> {
        crate::render::memo::fragment(self.memo, || format!("{}/{}", self.lang, key()), f)
    }

    /// A message that must exist.
    pub fn text(&self, id: &str) -> String {
        self.loc.text(id)
    }

    /// A message that may exist.
    pub fn opt(&self, id: &str) -> Option<String> {
        self.loc.get(id, None)
    }

    /// A message with arguments.
    pub fn with(&self, id: &str, args: &FluentArgs) -> String {
        self.loc.text_with(id, args)
    }

    /// The name of a role, forum or system category, as it stands mid-sentence.
    pub fn name(&self, id: &str) -> String {
        // `messages::term`, without the formatting machinery and (for ids of usual length)
        // without an allocation: names are looked up tens of thousands of times per build.
        let mut buf = [b'-'; 64];
        if let Some(rest) = buf.get_mut(1..=id.len()) {
            rest.copy_from_slice(id.as_bytes());
            if let Ok(term) = std::str::from_utf8(&buf[..=id.len()]) {
                return self.loc.text(term);
            }
        }
        self.loc.text(&["-", id].concat())
    }

    /// The name as it starts a heading or list item.
    pub fn title(&self, id: &str) -> String {
        capitalize_owned(self.name(id))
    }

    /// The items of a list field (their ids as `messages::item` makes them, put together
    /// without the formatter: a role card has a score of items, and `format!` with four
    /// arguments cost twice the look-up of the item's text).
    pub fn items(&self, kind: &str, id: &str, list: &str, keys: &[String]) -> Vec<ListItem> {
        keys.iter()
            .map(|k| {
                let mid = item_id(kind, id, list, k);
                ListItem {
                    key: k.clone(),
                    anchor: mid.clone(),
                    text: self.loc.text(&mid),
                    detail: self.loc.get_attr(&mid, Some("detail"), None),
                }
            })
            .collect()
    }

    /// A URL in this language.
    pub fn url(&self, kind: &PageKind) -> String {
        self.routes.url(self.lang, kind)
    }

    /// A URL in this language with a fragment (`#anchor`).
    pub fn url_to(&self, kind: &PageKind, anchor: &str) -> String {
        let mut url = self.url(kind);
        url.reserve(anchor.len() + 1);
        url.push('#');
        url.push_str(anchor);
        url
    }

    /// A link to a role card.
    pub fn role(&self, id: &RoleId) -> Link {
        Link {
            text: self.title(id.as_str()),
            url: self.url(&PageKind::Role(id.0.clone())),
        }
    }

    /// A link to a role card whose text stands mid-sentence (not capitalised).
    pub fn role_inline(&self, id: &RoleId) -> Link {
        Link {
            text: self.name(id.as_str()),
            url: self.url(&PageKind::Role(id.0.clone())),
        }
    }

    /// A link to a meeting description.
    pub fn forum(&self, id: &ForumId) -> Link {
        Link {
            text: self.title(id.as_str()),
            url: self.url(&PageKind::Forum(id.0.clone())),
        }
    }

    /// A link to a system category's glossary entry, named in the plural (the term's
    /// `.plural` attribute, where the language gives one) because categories are listed as
    /// kinds of systems: "must be established for enterprise systems".
    pub fn category(&self, id: &CategoryId) -> Link {
        let term = messages::term(id.as_str());
        let text = self
            .loc
            .get_attr(&term, Some("plural"), None)
            .unwrap_or_else(|| self.name(id.as_str()));
        Link {
            text,
            url: self.url_to(&PageKind::Glossary, &["term-", id.as_str()].concat()),
        }
    }

    /// A link to a system card.
    pub fn system(&self, id: &SystemId) -> Link {
        Link {
            text: self.text(&field_id("system", id.as_str(), "name")),
            url: self.url(&PageKind::System(id.0.clone())),
        }
    }

    /// A link to a risk in the register.
    pub fn risk(&self, id: &str) -> Link {
        Link {
            text: self.text(&field_id("risk", id, "name")),
            url: self.url_to(&PageKind::Risks, id),
        }
    }
}

/// [`messages::field`] put together without the formatter: ids are made for every text a
/// page shows, and `format!` cost more than looking the text up.
pub fn field_id(kind: &str, id: &str, field: &str) -> String {
    [kind, "-", id, "-", field].concat()
}

/// [`messages::item`] put together without the formatter (see [`field_id`]).
pub fn item_id(kind: &str, id: &str, list: &str, key: &str) -> String {
    [kind, "-", id, "-", list, "-", key].concat()
}

/// Upper-cases the first letter, for names that start a heading.
pub fn capitalize(s: &str) -> String {
    // Fallback text in a drafts build starts with a marker; the letter after it is the first.
    if let Some((head, rest)) = crate::i18n::drafts::split_head(s) {
        return format!("{head}{}", capitalize(rest));
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            // The rest is copied as a slice, not collected char by char.
            let mut out = String::with_capacity(s.len() + 4);
            out.extend(f.to_uppercase());
            out.push_str(c.as_str());
            out
        }
        None => String::new(),
    }
}

/// [`capitalize`] reusing the string when its first letter is ASCII (most names).
fn capitalize_owned(mut s: String) -> String {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => {
            s[..1].make_ascii_uppercase();
            s
        }
        _ => capitalize(&s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_model_s_ids() {
        for (kind, id, f) in [
            ("role", "system-owner", "summary"),
            ("", "", ""),
            ("a", "é", "-"),
        ] {
            assert_eq!(field_id(kind, id, f), messages::field(kind, id, f));
            assert_eq!(item_id(kind, id, f, "k"), messages::item(kind, id, f, "k"));
        }
    }

    #[test]
    fn capitalizing_a_kept_string_is_capitalizing_a_copy() {
        let marked = crate::i18n::drafts::mark("nb", "øvrige");
        for s in [
            "",
            "a",
            "system owner",
            "1 x",
            "øvrige roller",
            "ßtraße",
            "ǆ",
            &marked,
        ] {
            let by_char: String = match crate::i18n::drafts::split_head(s) {
                Some((head, rest)) => format!("{head}{}", capitalize(rest)),
                None => {
                    let mut c = s.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
            };
            assert_eq!(capitalize(s), by_char, "{s}");
            assert_eq!(capitalize_owned(s.to_string()), by_char, "{s}");
        }
        assert_eq!(capitalize("øvrige"), "Øvrige");
        assert_eq!(capitalize_owned("rolle".into()), "Rolle");
    }
}
