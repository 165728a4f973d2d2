//! List rows of the built-in theme written by Rust (`*-row.html` templates compiled by hand),
//! for lists whose row templates are byte for byte the built-in ones ([`super::Choice`]).
//! A writer gets the views of one kept chunk of rows ([`crate::render::views::rows`]) and
//! returns each row's HTML per template as the engine's row loop would, or `None` when a
//! message is missing, so the chunk goes to tera, which reports the error as it always has.

pub(crate) mod cycle;
pub(crate) mod glossary;
pub(crate) mod matrix;
pub(crate) mod risks;
pub(crate) mod search;
pub(crate) mod tables;
pub(crate) mod ties;

use super::write::Missing;
use crate::i18n::{Catalogues, Localizer};
use crate::render::engine::escape_html;
use fluent_bundle::{FluentArgs, FluentValue};

/// An argument of `t()` as a template passes it.
#[derive(Clone, Copy)]
pub(super) enum Arg<'v> {
    /// A number (tera hands it to Fluent as `f64`).
    Num(u8),
    /// A string.
    Str(&'v str),
}

/// The messages a chunk of rows prints, each looked up once for the chunk: its rows record
/// their look-ups together ([`crate::render::memo`]), so one look-up records what many did.
pub(super) struct Said<'a> {
    catalogues: &'a Catalogues,
    lang: &'a str,
    /// Key (the id, and for a message with an argument its value) and escaped text.
    kept: Vec<(String, String)>,
}

impl<'a> Said<'a> {
    /// No message looked up yet, in `lang`.
    pub fn new(catalogues: &'a Catalogues, lang: &'a str) -> Self {
        Said {
            catalogues,
            lang,
            kept: Vec::new(),
        }
    }

    /// `{{ t(id="…") }}`, escaped.
    pub fn t(&mut self, id: &str) -> Result<&str, Missing> {
        self.get(id.to_string(), id, None)
    }

    /// `{{ t(id="…", name=value) }}`, escaped.
    pub fn t_arg(&mut self, id: &str, name: &'static str, value: Arg) -> Result<&str, Missing> {
        let key = match value {
            Arg::Num(n) => format!("{id}\u{1f}{n}"),
            Arg::Str(s) => format!("{id}\u{1f}{s}"),
        };
        let mut args = FluentArgs::new();
        match value {
            Arg::Num(n) => args.set(name, FluentValue::from(f64::from(n))),
            Arg::Str(s) => args.set(name, FluentValue::from(s.to_string())),
        }
        self.get(key, id, Some(&args))
    }

    fn get(&mut self, key: String, id: &str, args: Option<&FluentArgs>) -> Result<&str, Missing> {
        let at = match self.kept.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                // What the template function `t` calls, so the rows record the same words.
                let text = Localizer::look_up_in(self.catalogues, self.lang, id, None, args)
                    .ok_or(Missing)?;
                self.kept.push((key, escape_html(&text)));
                self.kept.len() - 1
            }
        };
        Ok(&self.kept[at].1)
    }
}
