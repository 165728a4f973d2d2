//! The page being written: literal template text, escaped values, and `t()` as the templates
//! call it.

use super::labels::Labels;
use crate::i18n::{Catalogues, Localizer};
use crate::render::engine::{escape_html, escape_html_into};
use crate::render::views::Link;
use fluent_bundle::FluentArgs;
use std::borrow::Cow;

/// A message the page needs is missing: tera renders the page instead, and reports it as it
/// always has (same message, same place in the template).
#[derive(Debug)]
pub(crate) struct Missing;

/// A page of one language being written.
pub(crate) struct Page<'a> {
    out: String,
    catalogues: &'a Catalogues,
    lang: &'a str,
    /// The language's labels, when looked up once for all its pages.
    labels: Option<&'a Labels>,
}

impl<'a> Page<'a> {
    /// An empty page in `lang`, whose `t()` reads `labels` or else `catalogues`.
    pub fn new(
        catalogues: &'a Catalogues,
        lang: &'a str,
        labels: Option<&'a Labels>,
        capacity: usize,
    ) -> Self {
        Page {
            out: String::with_capacity(capacity),
            catalogues,
            lang,
            labels,
        }
    }

    /// The written page.
    pub fn finish(self) -> String {
        self.out
    }

    /// Template text, as it stands.
    pub fn lit(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// A value, escaped as tera's autoescape does.
    pub fn esc(&mut self, s: &str) {
        escape_html_into(s, &mut self.out);
    }

    /// `{{ t(id="…") }}`.
    pub fn t(&mut self, id: &str) -> Result<(), Missing> {
        if let Some(label) = self.labels.and_then(|l| l.get(id)) {
            self.lit(label.ok_or(Missing)?);
            return Ok(());
        }
        let text = self.message(id, None)?;
        self.esc(&text);
        Ok(())
    }

    /// `t(id="…")` passed to a macro that prints it: looked up when the macro is called,
    /// whether or not the macro shows it; escaped.
    pub fn heading(&self, id: &str) -> Result<Cow<'a, str>, Missing> {
        if let Some(label) = self.labels.and_then(|l| l.get(id)) {
            return label.map(Cow::Borrowed).ok_or(Missing);
        }
        Ok(Cow::Owned(escape_html(&self.message(id, None)?)))
    }

    /// `{{ t(id="…", arg=…) }}`.
    pub fn t_with(&mut self, id: &str, args: &FluentArgs) -> Result<(), Missing> {
        let text = self.message(id, Some(args))?;
        self.esc(&text);
        Ok(())
    }

    /// A message as `t()` formats it.
    fn message(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, Missing> {
        // What the template function `t` calls (`render::engine::translate`), so the page
        // reads, marks and records the same words.
        Localizer::look_up_in(self.catalogues, self.lang, id, None, args).ok_or(Missing)
    }

    /// `<a href="{{ l.url }}">{{ l.text }}</a>`.
    pub fn link(&mut self, l: &Link) {
        self.lit("<a href=\"");
        self.esc(&l.url);
        self.lit("\">");
        self.esc(&l.text);
        self.lit("</a>");
    }

    /// `{% for l in list %}<a href="{{ l.url }}">{{ l.text }}</a>{% if not loop.last %}, {% endif %}{% endfor %}`.
    pub fn link_run(&mut self, list: &[Link]) {
        for (i, l) in list.iter().enumerate() {
            if i > 0 {
                self.lit(", ");
            }
            self.link(l);
        }
    }
}
