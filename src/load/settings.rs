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
    rules: std::collections::BTreeMap<String, RuleLevel>,
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
    if !errors.is_empty() {
        return Err(errors);
    }
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
