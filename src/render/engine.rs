//! Templates: tera 1.x, compiled once per build from the theme's templates and the site's
//! overrides, then one engine per language with `t()` bound to that language, so a template
//! can never forget to pass the language (the flaw of Zola's `trans`).
//!
//! The binding is made for the duration of one [`Engine::render`] call (a thread-local set and
//! restored around it), not by cloning the compiled templates per language: a clone per
//! language and per rebuild was a fifth of a message edit's rebuild at 10,000 entities under
//! `--watch`, all of it copying and dropping the same syntax trees.

use crate::diagnostics::Diagnostic;
use crate::i18n::{Catalogues, Localizer};
use crate::load::{FileRole, SiteInput, SourceFile};
use fluent_bundle::{FluentArgs, FluentValue};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use tera::{Tera, Value};

mod guard;

/// The compiled templates of a site, before any language is bound. Cheap to clone: shared.
#[derive(Clone)]
pub struct Templates {
    tera: Arc<Tera>,
    sources: Arc<BTreeMap<String, Arc<SourceFile>>>,
    /// Which pages are written without tera: those whose templates are all the built-in ones.
    cards: crate::render::cards::Choice,
}

/// The language `t()` formats in, and its words: set by [`Engine::render`] for the call.
struct Binding {
    catalogues: Arc<Catalogues>,
    lang: Arc<str>,
}

thread_local! {
    static BOUND: RefCell<Option<Binding>> = const { RefCell::new(None) };
}

/// Restores the previous binding when a render ends, also when it unwinds.
struct BindGuard(Option<Binding>);

impl Drop for BindGuard {
    fn drop(&mut self) {
        let previous = self.0.take();
        BOUND.with(|b| *b.borrow_mut() = previous);
    }
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("names", &self.sources.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Templates {
    /// Compiles every template; site templates replace theme templates of the same name.
    /// All syntax errors are reported, each with file, line and column.
    pub fn compile(input: &SiteInput) -> Result<Templates, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, Arc<SourceFile>> = BTreeMap::new();
        for theme_pass in [true, false] {
            for (role, src) in input
                .sources(|r| matches!(r, FileRole::Template { theme, .. } if *theme == theme_pass))
            {
                if let FileRole::Template { name, .. } = role {
                    sources.insert(name.clone(), src.clone());
                }
            }
        }
        let mut errors = Vec::new();
        let mut parsed = BTreeMap::new();
        for (name, src) in &sources {
            match tera::Template::new(name, None, &src.text) {
                Ok(t) => {
                    parsed.insert(name.clone(), t);
                }
                Err(e) => errors.push(template_error(&e, src, "template::syntax")),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let errors = guard::check(&parsed, &sources);
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut tera = Tera::default();
        // Templates come from the site's many authors; nothing in them may read the build
        // machine (a CI secret in the environment would be published).
        for name in guard::FORBIDDEN_FUNCTIONS {
            tera.register_function(
                name,
                move |_: &HashMap<String, Value>| -> tera::Result<Value> {
                    Err(tera::Error::msg(format!(
                        "the template function `{name}` is not available in govdoc templates"
                    )))
                },
            );
        }
        tera.autoescape_on(vec![".html", ".xml"]);
        // tera's default also escapes `/`, which turns every URL into `&#x2F;` soup; quotes,
        // ampersands and angle brackets are all HTML needs in text and quoted attributes.
        tera.set_escape_fns(escape_html, escape_html_into);
        tera.register_function("t", translate);
        // Each row template also gets a loop over a list's rows, so a list renders its rows in
        // one call and splits them ([`crate::render::views::rows`]).
        let loops: Vec<(String, String)> = sources
            .keys()
            .filter(|n| n.ends_with("-row.html") || n.ends_with("-rows.html"))
            .map(|n| {
                (
                    each_row(n),
                    format!(
                        "{{% for row in rows %}}{{% include \"{n}\" %}}{ROW_END}{{% endfor %}}"
                    ),
                )
            })
            .collect();
        // The templates parsed for the guard above are used as they are: parsing them a second
        // time (`add_raw_templates`) was 2.5 % of a build of 1,000 entities per language.
        tera.templates.extend(parsed);
        for (name, text) in &loops {
            if let Ok(t) = tera::Template::new(name, None, text) {
                tera.templates.insert(name.clone(), t);
            }
        }
        if let Err(e) = tera
            .build_inheritance_chains()
            .and_then(|()| tera.check_macro_files())
        {
            let src = sources
                .values()
                .next()
                .cloned()
                .unwrap_or_else(|| SourceFile::new("templates", ""));
            return Err(vec![template_error(&e, &src, "template::structure")]);
        }
        Ok(Templates {
            tera: Arc::new(tera),
            cards: crate::render::cards::Choice::of(&sources),
            sources: Arc::new(sources),
        })
    }

    /// Whether a template of this name exists.
    pub fn has(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }

    /// Which of the role and forum pages are written without tera ([`crate::render::cards`]).
    pub fn cards(&self) -> crate::render::cards::Choice {
        self.cards
    }

    /// The source of a template.
    pub fn source(&self, name: &str) -> Option<&Arc<SourceFile>> {
        self.sources.get(name)
    }

    /// An engine for one language: `t(id="…", arg=…)` formats a message of that language.
    pub fn for_language(&self, catalogues: Arc<Catalogues>, lang: &str) -> Engine {
        Engine {
            templates: self.clone(),
            catalogues,
            lang: Arc::from(lang),
        }
    }
}

/// Ends each row in the output of a row template's loop: a NUL, which no text of the site
/// can hold (messages turn control characters into U+FFFD).
pub const ROW_END: char = '\0';

/// The name of the loop over a row template's rows.
pub fn each_row(template: &str) -> String {
    format!("rows/{template}")
}

/// `t(id="…", attr="…", arg=…)`: a message of the language bound by [`Engine::render`].
fn translate(args: &HashMap<String, Value>) -> tera::Result<Value> {
    // One pass over the arguments: `id` and `attr` are not hashed for, and no `FluentArgs`
    // is made for the many calls that have no others.
    let (mut id, mut attr, mut fargs) = (None, None, None::<FluentArgs>);
    for (k, v) in args {
        match k.as_str() {
            "id" => id = Some(v),
            "attr" => attr = Some(v),
            _ => {
                let value = match v {
                    Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                    Value::String(s) => FluentValue::from(s.clone()),
                    other => FluentValue::from(other.to_string()),
                };
                fargs
                    .get_or_insert_with(FluentArgs::new)
                    .set(k.clone(), value);
            }
        }
    }
    let id = id.and_then(Value::as_str).ok_or_else(|| {
        tera::Error::msg("t() needs `id`, the message id, such as t(id=\"nav-roles\")")
    })?;
    let attr = attr.and_then(Value::as_str);
    BOUND.with(|bound| {
        let bound = bound.borrow();
        let Some(Binding { catalogues, lang }) = bound.as_ref() else {
            return Err(tera::Error::msg("t() is only available while a page of one language renders"));
        };
        // Always marked: text from a fallback language carries its `lang` in every build.
        // Without arguments the catalogue's kept text serves (see `i18n::formatted`).
        Localizer::look_up_in(catalogues, lang, id, attr, fargs.as_ref())
            .map(Value::String)
            .ok_or_else(|| tera::Error::msg(format!("no message `{id}` in `{lang}` or its fallback languages; add it to the theme's or the site's locale files")))
    })
}

/// Templates bound to one language.
pub struct Engine {
    templates: Templates,
    catalogues: Arc<Catalogues>,
    lang: Arc<str>,
}

impl Engine {
    /// Which of the role and forum pages are written without tera in this site.
    pub fn cards(&self) -> crate::render::cards::Choice {
        self.templates.cards
    }

    /// The source of a template, for diagnostics.
    pub fn source(&self, name: &str) -> Option<&Arc<SourceFile>> {
        self.templates.source(name)
    }

    /// The catalogues `t()` reads, for rows written without tera.
    pub(crate) fn catalogues(&self) -> &Catalogues {
        &self.catalogues
    }

    /// The language `t()` reads.
    pub(crate) fn lang(&self) -> &str {
        &self.lang
    }

    /// Renders a template; a failure becomes a diagnostic pointing into the template.
    pub fn render(&self, name: &str, ctx: &tera::Context) -> Result<String, Diagnostic> {
        let binding = Binding {
            catalogues: self.catalogues.clone(),
            lang: self.lang.clone(),
        };
        let _guard = BindGuard(BOUND.with(|b| b.borrow_mut().replace(binding)));
        self.templates.tera.render(name, ctx).map_err(|e| {
            let (tpl, _) = failing_template(&e, name);
            let src = self
                .templates
                .source(&tpl)
                .cloned()
                .unwrap_or_else(|| SourceFile::new(format!("templates/{tpl}"), ""));
            template_error(&e, &src, "template::render")
        })
    }
}

fn chain(e: &tera::Error) -> Vec<String> {
    let mut out = vec![e.to_string()];
    let mut cur: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = cur {
        out.push(s.to_string());
        cur = s.source();
    }
    out
}

/// The innermost template named in the error chain ("… while rendering 'x.html'").
fn failing_template(e: &tera::Error, default: &str) -> (String, Vec<String>) {
    let msgs = chain(e);
    let mut name = default.to_string();
    for m in &msgs {
        for marker in [
            "while rendering '",
            "Failed to render '",
            "Failed to parse '",
        ] {
            if let Some(i) = m.find(marker) {
                let rest = &m[i + marker.len()..];
                if let Some(j) = rest.find('\'') {
                    name = rest[..j].to_string();
                }
            }
        }
    }
    (name, msgs)
}

/// Turns a tera error into a diagnostic: syntax errors carry `--> line:col`; render errors
/// name a variable, filter or function, which is looked up in the template's text.
fn template_error(e: &tera::Error, src: &SourceFile, code: &'static str) -> Diagnostic {
    let msgs = chain(e);
    let detail = msgs.last().cloned().unwrap_or_default();
    if let Some(pos) = detail.find("--> ") {
        let rest = &detail[pos + 4..];
        let nums: Vec<usize> = rest
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .take(2)
            .filter_map(|s| s.parse().ok())
            .collect();
        let expected = detail
            .lines()
            .find_map(|l| l.trim().strip_prefix("= "))
            .unwrap_or("unexpected text")
            .to_string();
        if let [line, col] = nums[..] {
            return Diagnostic::error(code, format!("template syntax error: {expected}"))
                .at(src.at_line_col(line, col, 1))
                .label("here")
                .help(
                    "fix the tag at this place; tera syntax: https://keats.github.io/tera/docs/",
                );
        }
    }
    let message = msgs
        .iter()
        .skip(1)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(": ");
    let message = if message.is_empty() {
        detail.clone()
    } else {
        message
    };
    let needle = [
        "Variable `",
        "Filter `",
        "Function `",
        "Test `",
        "message `",
    ]
    .iter()
    .find_map(|m| detail.find(m).map(|i| &detail[i + m.len()..]))
    .and_then(|rest| rest.split('`').next())
    .filter(|s| !s.is_empty());
    let location = needle
        .and_then(|n| src.text.find(n).map(|off| src.at_offset(off, n.len())))
        .unwrap_or_else(|| src.at_line_col(1, 1, 0));
    Diagnostic::error(code, format!("template error: {message}"))
        .at(location)
        .help("check the names used here against the template guide in the README")
}

/// Escapes text for HTML text and double- or single-quoted attribute values.
pub fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    escape_html_into(input, &mut out);
    out
}

/// [`escape_html`], appended to `out`: how tera prints a value (no escaped copy per value).
pub fn escape_html_into(input: &str, out: &mut String) {
    if !has_special(input.as_bytes()) {
        out.push_str(input);
        return;
    }
    crate::markup::escape_runs(out, input, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    });
}

/// Whether any byte needs escaping. Most printed text has none; the loop has no early exit, so
/// the compiler checks many bytes per instruction, where the escaping loop takes one at a time.
fn has_special(bytes: &[u8]) -> bool {
    bytes.chunks(64).any(|chunk| {
        chunk.iter().fold(false, |hit, &b| {
            hit | matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escapes_every_special_character_and_keeps_the_rest() {
        assert_eq!(
            escape_html("Råd & «utvalg» <b>\"x\"</b> 'y' æøå"),
            "Råd &amp; «utvalg» &lt;b&gt;&quot;x&quot;&lt;/b&gt; &#39;y&#39; æøå"
        );
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&"), "&amp;");
        assert_eq!(escape_html("ø<"), "ø&lt;");
        let long = "æ".repeat(40);
        assert_eq!(escape_html(&long), long);
        assert_eq!(escape_html(&format!("{long}'")), format!("{long}&#39;"));
    }
}
