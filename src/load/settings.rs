//! Site settings (`govdoc.yml`): languages and their order, fallback chains, title, base URL.

use super::source::SourceFile;
use super::yaml::{parse_one, Located};
use crate::diagnostics::{did_you_mean, Diagnostic};
use serde::Deserialize;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// The settings file's name, at the root of a site.
pub const SETTINGS_FILE: &str = "govdoc.yml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSettings {
    title: String,
    #[serde(default)]
    base_url: Option<String>,
    default_language: String,
    #[serde(default)]
    source_language: Option<String>,
    languages: Vec<RawLanguage>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    translation_status_page: bool,
    #[serde(default)]
    owner: Option<RawOwner>,
    #[serde(default)]
    contact: Option<Contact>,
    #[serde(default)]
    last_updated: Option<String>,
    #[serde(default)]
    search_engines: bool,
    #[serde(default)]
    example: bool,
    #[serde(default)]
    external_images: bool,
    #[serde(default)]
    accessibility_statement: Option<RawStatement>,
    #[serde(default)]
    rules: std::collections::BTreeMap<String, RuleLevel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOwner {
    name: String,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    logo: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawStatement {
    status: Conformance,
    created: String,
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    method: Option<TestMethod>,
    #[serde(default)]
    contact_email: Option<String>,
    #[serde(default)]
    deviations: Vec<String>,
}

/// Who publishes the site: shown in the header (with the logo) and the footer. A per-language
/// message `site-owner` overrides the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    /// The body's name (`Eksempel kommune`).
    pub name: String,
    /// Its public web site, linked from the footer.
    pub url: Option<String>,
    /// A file under `static/` shown as the logo in the header.
    pub logo: Option<String>,
}

/// How readers reach the site's editors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Contact {
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Telephone number as written.
    #[serde(default)]
    pub phone: Option<String>,
    /// A contact page.
    #[serde(default)]
    pub url: Option<String>,
}

/// How far the site meets the requirements (uustatus: «oppfyller kravene»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Conformance {
    /// Meets every requirement.
    Full,
    /// Meets some.
    Partial,
    /// Not assessed or does not meet them.
    None,
}

/// How the site was tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TestMethod {
    /// By the body itself.
    SelfAssessment,
    /// By someone outside.
    External,
}

/// The accessibility statement (tilgjengelighetserklæring), in the structure uustatus asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Conformance status.
    pub status: Conformance,
    /// When the statement was first made (YYYY-MM-DD).
    pub created: String,
    /// When it was last updated (YYYY-MM-DD).
    pub updated: Option<String>,
    /// How it was tested.
    pub method: TestMethod,
    /// Where feedback goes (defaults to `contact.email`).
    pub contact_email: Option<String>,
    /// WCAG success criteria not met (`1.4.10`); each is explained by the optional message
    /// `accessibility-deviation-1-4-10`.
    pub deviations: Vec<String>,
}

/// How a governance rule's findings count (`rules:` in `govdoc.yml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleLevel {
    /// A finding stops the build.
    Error,
    /// A finding is reported; the site is built.
    Warning,
    /// The rule is not run.
    Off,
}

/// A rule's level as the settings set it, and where, for findings about the setting itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSetting {
    /// The level.
    pub level: RuleLevel,
    /// Where the setting is written.
    pub at: crate::diagnostics::Location,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLanguage {
    code: String,
    #[serde(default)]
    fallback: Vec<String>,
}

/// One language of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, also the URL prefix (`nb`).
    pub code: String,
    /// Parsed identifier for Fluent's plural rules.
    pub langid: LanguageIdentifier,
    /// Languages to take a missing message from, in order.
    pub fallback: Vec<String>,
}

/// Resolved site settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Plain title, used where no language applies (the root language chooser).
    pub title: String,
    /// Base URL as given (`/`, `/sub/` or `https://host/sub/`).
    pub base_url: String,
    /// The language the root page points to.
    pub default_language: String,
    /// The language authors write first; translations are measured against it.
    pub source_language: String,
    /// Languages in the author's order.
    pub languages: Vec<Language>,
    /// Theme name.
    pub theme: String,
    /// Whether to publish a translation status page.
    pub translation_status_page: bool,
    /// Who publishes the site.
    pub owner: Option<Owner>,
    /// How readers reach the editors.
    pub contact: Contact,
    /// The date the sources were last changed (YYYY-MM-DD), shown in every footer.
    pub last_updated: Option<String>,
    /// Whether `robots.txt` lets search engines in (an intranet keeps them out by default).
    pub search_engines: bool,
    /// Whether the site is a fictional example: every page then says so in a banner.
    pub example: bool,
    /// Whether prose pages may show images from other hosts (off: every such image would tell
    /// that host who reads the page).
    pub external_images: bool,
    /// The accessibility statement, published at `/<lang>/accessibility/` when given.
    pub accessibility_statement: Option<Statement>,
    /// Governance rule levels set by the site, by rule id (without the `rule::` prefix).
    pub rules: std::collections::BTreeMap<String, RuleSetting>,
}

impl Settings {
    /// The language with this code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Language codes in order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    /// The base path for URLs: `""` for the root, `/sub` for a sub-path.
    pub fn base_path(&self) -> String {
        let url = self.base_url.as_str();
        let path = match url.find("://") {
            Some(i) => url[i + 3..].find('/').map_or("", |j| &url[i + 3 + j..]),
            None => url,
        };
        path.trim_end_matches('/').to_string()
    }
}

/// Reads and checks the settings file.
pub fn parse_settings(file: &Arc<SourceFile>) -> Result<Settings, Vec<Diagnostic>> {
    let Located { value: raw, origin } = parse_one::<RawSettings>(file).map_err(|d| vec![d])?;
    let mut errors = Vec::new();
    let mut languages = Vec::new();
    for (i, l) in raw.languages.iter().enumerate() {
        match l.code.parse::<LanguageIdentifier>() {
            Ok(langid) if is_url_safe(&l.code) => languages.push(Language {
                code: l.code.clone(),
                langid,
                fallback: l.fallback.clone(),
            }),
            _ => errors.push(
                Diagnostic::error(
                    "settings::language",
                    format!("`{}` is not a language code", l.code),
                )
                .at(origin.locate(&format!("languages.{i}.code")))
                .help("use a BCP 47 code such as `nb`, `es` or `en`"),
            ),
        }
    }
    if languages.is_empty() && errors.is_empty() {
        errors.push(
            Diagnostic::error("settings::language", "the site has no languages")
                .at(origin.locate("languages"))
                .help("list at least one language under `languages:`"),
        );
    }
    let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
    let known = |c: &str| codes.iter().any(|k| k == c);
    for (i, l) in raw.languages.iter().enumerate() {
        for (j, f) in l.fallback.iter().enumerate() {
            if !known(f) || *f == l.code {
                let mut d = Diagnostic::error(
                    "settings::fallback",
                    format!(
                        "the fallback `{f}` of language `{}` is not another language of the site",
                        l.code
                    ),
                )
                .at(origin.locate(&format!("languages.{i}.fallback.{j}")));
                d.help = did_you_mean(f, codes.iter().map(String::as_str)).or(Some(
                    "name another language listed under `languages:`".into(),
                ));
                errors.push(d);
            }
        }
    }
    for (field, code) in [
        ("default-language", Some(&raw.default_language)),
        ("source-language", raw.source_language.as_ref()),
    ] {
        if let Some(code) = code {
            if !known(code) {
                let mut d = Diagnostic::error(
                    "settings::language",
                    format!("`{code}` is not one of the site's languages"),
                )
                .at(origin.locate(field));
                d.help = did_you_mean(code, codes.iter().map(String::as_str)).or(Some(
                    "add it under `languages:` or name one that is there".into(),
                ));
                errors.push(d);
            }
        }
    }
    if let Some(url) = &raw.base_url {
        if let Err(why) = check_base_url(url) {
            errors.push(base_url_error(url, &why).at(origin.locate("base-url")));
        }
    }
    let mut date = |field: &str, value: Option<&String>| {
        if let Some(v) = value {
            if !is_date(v) {
                errors.push(
                    Diagnostic::error(
                        "settings::date",
                        format!("`{}` is not a date", v.escape_default()),
                    )
                    .at(origin.locate(field))
                    .help("write the date as YYYY-MM-DD, such as 2025-05-01"),
                );
            }
        }
    };
    date("last-updated", raw.last_updated.as_ref());
    if let Some(a) = &raw.accessibility_statement {
        date("accessibility-statement.created", Some(&a.created));
        date("accessibility-statement.updated", a.updated.as_ref());
    }
    let mut check_url = |field: &str, value: Option<&String>| {
        if let Some(v) = value {
            if !(v.starts_with("https://") || v.starts_with("http://") || v.starts_with('/'))
                || v.chars()
                    .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>'))
            {
                errors.push(
                    Diagnostic::error(
                        "settings::url",
                        format!("`{}` is not an http(s) URL or a path", v.escape_default()),
                    )
                    .at(origin.locate(field))
                    .help("write an address such as https://www.example.no/"),
                );
            }
        }
    };
    if let Some(o) = &raw.owner {
        check_url("owner.url", o.url.as_ref());
    }
    if let Some(c) = &raw.contact {
        check_url("contact.url", c.url.as_ref());
    }
    let mut check_text = |field: &str, value: Option<&String>, ok: fn(&str) -> bool, what: &str| {
        if let Some(v) = value {
            if !ok(v) {
                errors.push(
                    Diagnostic::error(
                        "settings::value",
                        format!("`{}` is not {what}", v.escape_default()),
                    )
                    .at(origin.locate(field)),
                );
            }
        }
    };
    let email = |v: &str| {
        v.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
            && !v
                .chars()
                .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '?'))
    };
    let file = |v: &str| {
        !v.is_empty()
            && !v.starts_with('/')
            && v.split('/').all(|s| !s.is_empty() && s != "." && s != "..")
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
    };
    if let Some(c) = &raw.contact {
        check_text(
            "contact.email",
            c.email.as_ref(),
            email,
            "an e-mail address",
        );
    }
    if let Some(o) = &raw.owner {
        check_text("owner.logo", o.logo.as_ref(), file, "a file under static/");
    }
    if let Some(a) = &raw.accessibility_statement {
        check_text(
            "accessibility-statement.contact-email",
            a.contact_email.as_ref(),
            email,
            "an e-mail address",
        );
        for (i, d) in a.deviations.iter().enumerate() {
            let criterion = |v: &str| {
                let parts: Vec<&str> = v.split('.').collect();
                parts.len() == 3
                    && parts.iter().all(|p| {
                        !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit())
                    })
            };
            check_text(
                &format!("accessibility-statement.deviations.{i}"),
                Some(d),
                criterion,
                "a WCAG success criterion such as 1.4.10",
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let contact_email = raw.contact.as_ref().and_then(|c| c.email.clone());
    Ok(Settings {
        title: raw.title,
        base_url: raw.base_url.unwrap_or_else(|| "/".into()),
        source_language: raw
            .source_language
            .unwrap_or_else(|| raw.default_language.clone()),
        default_language: raw.default_language,
        languages,
        theme: raw.theme.unwrap_or_else(|| "default".into()),
        translation_status_page: raw.translation_status_page,
        owner: raw.owner.map(|o| Owner {
            name: o.name,
            url: o.url,
            logo: o.logo,
        }),
        contact: raw.contact.unwrap_or_default(),
        last_updated: raw.last_updated,
        search_engines: raw.search_engines,
        example: raw.example,
        external_images: raw.external_images,
        accessibility_statement: raw.accessibility_statement.map(|a| Statement {
            status: a.status,
            created: a.created,
            updated: a.updated,
            method: a.method.unwrap_or(TestMethod::SelfAssessment),
            contact_email: a.contact_email.or(contact_email),
            deviations: a.deviations,
        }),
        rules: raw
            .rules
            .iter()
            .map(|(id, level)| {
                let at = origin.locate(&format!("rules.{id}"));
                (id.clone(), RuleSetting { level: *level, at })
            })
            .collect(),
    })
}

/// The theme a settings text names, read with the YAML parser (comments, quotes and flow
/// style are YAML's business), before the full parse: the theme decides which files are read.
/// A broken settings file is reported by [`parse_settings`]; `default` is assumed here.
pub fn theme_name(settings_text: &str) -> String {
    #[derive(Deserialize)]
    struct ThemeOnly {
        #[serde(default)]
        theme: Option<String>,
    }
    super::yaml::parse_lenient::<ThemeOnly>(settings_text)
        .and_then(|s| s.theme)
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "default".into())
}

/// `YYYY-MM-DD` with a month 01–12 and a day 01–31.
fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let month: u32 = v[5..7].parse().unwrap_or(0);
    let day: u32 = v[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn is_url_safe(code: &str) -> bool {
    !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Checks a `--base-url` given on the command line (the settings file's is checked when read).
pub fn check_base_url_override(url: &str) -> Result<(), Diagnostic> {
    check_base_url(url).map_err(|why| base_url_error(url, &why))
}

fn base_url_error(url: &str, why: &str) -> Diagnostic {
    let shown: String = url
        .chars()
        .take(80)
        .flat_map(char::escape_default)
        .collect();
    Diagnostic::error(
        "settings::base-url",
        format!("the base URL `{shown}` is refused: {why}"),
    )
    .label("base URL")
    .help("use a path starting with one `/` (such as `/` or `/docs/`) or an http(s) URL such as `https://intranet.example/docs/`")
}

/// Whether a base URL is a path (`/`, `/sub/`) or an `http(s)://host/path` URL: anything else
/// (`javascript:`, `data:`, a protocol-relative `//host/`, …) would go into every link.
pub fn check_base_url(url: &str) -> Result<(), String> {
    let path = if let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    {
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
        if !host_ok {
            return Err(format!("`{host}` is not a host name"));
        }
        if path.is_empty() {
            return Ok(());
        }
        path
    } else if url.starts_with('/') {
        url
    } else {
        return Err("it is neither a path starting with `/` nor an http(s) URL".into());
    };
    if path.starts_with("//") {
        return Err("a path starting with `//` names another host".into());
    }
    if let Some(c) = path.chars().find(|c| {
        c.is_control()
            || c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^' | '?' | '#'
            )
    }) {
        return Err(format!("the path contains {:?}", c));
    }
    if path.split('/').any(|seg| seg == ".." || seg == ".") {
        return Err("the path contains a `.` or `..` segment".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_base_url, theme_name};

    #[test]
    fn the_theme_is_read_as_yaml() {
        assert_eq!(
            theme_name("title: T\ntheme: default # comment\n"),
            "default"
        );
        assert_eq!(theme_name("theme: 'dark' # the dark one\n"), "dark");
        assert_eq!(theme_name("{title: T, theme: dark}\n"), "dark");
        assert_eq!(theme_name("title: T\n"), "default");
        assert_eq!(theme_name("title: [broken\n"), "default");
    }

    #[test]
    fn base_urls() {
        for ok in [
            "/",
            "/docs/",
            "/a/b",
            "https://intra.example/docs/",
            "http://localhost:8080",
            "https://h.example",
        ] {
            assert!(check_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)//",
            "//evil.example/",
            "data:text/html,x",
            "",
            "docs/",
            "https:///x",
            "https://user@evil.example/",
            "/a b/",
            "/\"x",
            "/../",
            "ftp://h/",
            "\\\\evil/",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
    }
}
