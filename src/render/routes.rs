//! The only code that knows URL shapes: every language under its own prefix, slugs from ids.
//!
//! | page                | URL                          |
//! |---------------------|------------------------------|
//! | language chooser    | `/`                          |
//! | home                | `/<lang>/`                   |
//! | roles, a role       | `/<lang>/roles/`, `/<lang>/roles/<id>/` |
//! | forums, a forum     | `/<lang>/forums/`, `/<lang>/forums/<id>/` |
//! | systems, a system   | `/<lang>/systems/`, `/<lang>/systems/<id>/` (only when the site has systems) |
//! | forum calendars     | `/<lang>/forums/calendar.ics`, `/<lang>/forums/<id>/calendar.ics` (forums with a regular rhythm) |
//! | responsibility matrix | `/<lang>/responsibilities/` |
//! | annual cycle        | `/<lang>/annual-cycle/`      |
//! | governance map      | `/<lang>/governance-map/`    |
//! | risk matrix         | `/<lang>/risk-matrix/`       |
//! | risk register       | `/<lang>/risks/` (each risk at `#<id>`) |
//! | model overview      | `/<lang>/model/`             |
//! | glossary            | `/<lang>/glossary/` (each term at `#term-<id>`) |
//! | open questions      | `/<lang>/open-questions/`    |
//! | translation status  | `/<lang>/translation-status/` |
//! | a prose page        | `/<lang>/<id>/`              |
//! | accessibility statement | `/<lang>/accessibility/` |
//! | search (every entry without JavaScript) | `/<lang>/search/` |
//! | search index        | `/<lang>/search/index.json` |
//! | not found           | `/<lang>/404.html` (and `/404.html` for other paths) |
//! | sitemap, robots     | `/sitemap.xml`, `/robots.txt` |
//!
//! URLs are path-absolute and carry the base path, so a site published under `/sub/` works.

use crate::diagnostics::Diagnostic;
use crate::model::Governance;
use serde::Serialize;

/// What a page is; together with a language it names one output file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum PageKind {
    /// The language's home page.
    Home,
    /// All roles.
    Roles,
    /// One role card.
    Role(String),
    /// All forums.
    Forums,
    /// One meeting description.
    Forum(String),
    /// The iCalendar feed of every forum with a regular rhythm (a file, not a page).
    Calendar,
    /// The iCalendar feed of one forum (a file, not a page).
    ForumCalendar(String),
    /// The responsibility matrix: roles against forums and systems.
    Responsibilities,
    /// The annual cycle (årshjul): when each forum meets over the year.
    AnnualCycle,
    /// The governance map: who chairs and takes part where, and where disagreements go.
    GovernanceMap,
    /// The risk matrix: likelihood against impact.
    RiskMatrix,
    /// The systems catalogue, grouped by category.
    Systems,
    /// One system card.
    System(String),
    /// The risk register.
    Risks,
    /// The model overview.
    Model,
    /// The glossary of terms.
    Glossary,
    /// The open questions of the model.
    OpenQuestions,
    /// Translation completeness.
    TranslationStatus,
    /// A prose page.
    Page(String),
    /// The accessibility statement (when the settings give one).
    Accessibility,
    /// The language's not-found page (`/<lang>/404.html`, a file, not a folder).
    NotFound,
    /// The search page: a search form (with JavaScript) and every entry of the index.
    Search,
}

impl PageKind {
    /// The pages govdoc makes in every language whatever the content says (the translation
    /// status page included: the settings or `serve` may switch it on).
    pub const BUILT_IN: [PageKind; 15] = [
        PageKind::Home,
        PageKind::Responsibilities,
        PageKind::AnnualCycle,
        PageKind::GovernanceMap,
        PageKind::RiskMatrix,
        PageKind::Roles,
        PageKind::Forums,
        PageKind::Risks,
        PageKind::Model,
        PageKind::Glossary,
        PageKind::OpenQuestions,
        PageKind::TranslationStatus,
        PageKind::Accessibility,
        PageKind::NotFound,
        PageKind::Search,
    ];

    /// What the page is, for messages ("the roles list").
    pub fn describe(&self) -> String {
        match self {
            PageKind::Home => "the home page".into(),
            PageKind::Roles => "the roles list".into(),
            PageKind::Role(id) => format!("the card of role `{id}`"),
            PageKind::Forums => "the forums list".into(),
            PageKind::Forum(id) => format!("the page of forum `{id}`"),
            PageKind::Calendar => "the calendar of all forums".into(),
            PageKind::ForumCalendar(id) => format!("the calendar of forum `{id}`"),
            PageKind::Responsibilities => "the responsibility matrix".into(),
            PageKind::AnnualCycle => "the annual cycle".into(),
            PageKind::GovernanceMap => "the governance map".into(),
            PageKind::RiskMatrix => "the risk matrix".into(),
            PageKind::Systems => "the systems catalogue".into(),
            PageKind::System(id) => format!("the card of system `{id}`"),
            PageKind::Risks => "the risk register".into(),
            PageKind::Model => "the model overview".into(),
            PageKind::Glossary => "the glossary".into(),
            PageKind::OpenQuestions => "the open questions page".into(),
            PageKind::TranslationStatus => "the translation status page".into(),
            PageKind::Page(id) => format!("the prose page `{id}`"),
            PageKind::Accessibility => "the accessibility statement".into(),
            PageKind::NotFound => "the not-found page".into(),
            PageKind::Search => "the search page".into(),
        }
    }
}

/// Two outputs of one path: every prose page whose output file is that of another page of the
/// site (a page with id `roles` would replace the roles list). Each error is at the page's
/// entry in `content/pages/` and names the page it collides with.
pub fn output_collisions(model: &Governance) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for page in model.pages() {
        let kind = PageKind::Page(page.id.clone());
        let file = Routes::file("<lang>", &kind);
        let others = PageKind::BUILT_IN
            .iter()
            .cloned()
            .chain(model.roles().map(|r| PageKind::Role(r.id.0.clone())))
            .chain(model.forums().map(|f| PageKind::Forum(f.id.0.clone())))
            .chain(std::iter::once(PageKind::Systems));
        for other in others.filter(|o| Routes::file("<lang>", o) == file) {
            out.push(
                Diagnostic::error(
                    "render::output-collision",
                    format!(
                        "the page `{}` and {} would both be written to `{file}`",
                        page.id,
                        other.describe()
                    ),
                )
                .at(page.origin.locate("id"))
                .label(format!("{} also has this path", other.describe()))
                .help(format!(
                    "give the page another id (and rename its .md files and `page-{}-…` messages): \
                     `{}` is the address of {}, which govdoc makes itself",
                    page.id,
                    page.id,
                    other.describe()
                )),
            );
        }
    }
    out
}

/// Builds URLs and output paths.
#[derive(Debug, Clone)]
pub struct Routes {
    base: String,
}

impl Routes {
    /// Routes under a base path (`""` or `/sub`).
    pub fn new(base_path: &str) -> Self {
        Routes {
            base: base_path.trim_end_matches('/').to_string(),
        }
    }

    /// The site-relative path of a page, with a trailing slash (`nb/roles/system-owner/`).
    pub fn rel(lang: &str, kind: &PageKind) -> String {
        let (section, id, ending) = Self::parts(kind);
        [lang, "/", section, id, ending].concat()
    }

    /// The parts of a page's path after the language: a fixed text, the id, a fixed ending.
    /// Joined with `concat`, which sizes the buffer once: every link of every page asks for a
    /// URL, and `format!` with two or three arguments was 2 % of a whole build.
    fn parts(kind: &PageKind) -> (&'static str, &str, &'static str) {
        match kind {
            PageKind::Home => ("", "", ""),
            PageKind::Roles => ("roles/", "", ""),
            PageKind::Role(id) => ("roles/", id, "/"),
            PageKind::Forums => ("forums/", "", ""),
            PageKind::Forum(id) => ("forums/", id, "/"),
            PageKind::Calendar => ("forums/calendar.ics", "", ""),
            PageKind::ForumCalendar(id) => ("forums/", id, "/calendar.ics"),
            PageKind::Responsibilities => ("responsibilities/", "", ""),
            PageKind::AnnualCycle => ("annual-cycle/", "", ""),
            PageKind::GovernanceMap => ("governance-map/", "", ""),
            PageKind::RiskMatrix => ("risk-matrix/", "", ""),
            PageKind::Systems => ("systems/", "", ""),
            PageKind::System(id) => ("systems/", id, "/"),
            PageKind::Risks => ("risks/", "", ""),
            PageKind::Model => ("model/", "", ""),
            PageKind::Glossary => ("glossary/", "", ""),
            PageKind::OpenQuestions => ("open-questions/", "", ""),
            PageKind::TranslationStatus => ("translation-status/", "", ""),
            PageKind::Page(id) => ("", id, "/"),
            PageKind::Accessibility => ("accessibility/", "", ""),
            PageKind::NotFound => ("404.html", "", ""),
            PageKind::Search => ("search/", "", ""),
        }
    }

    /// The URL of a page.
    pub fn url(&self, lang: &str, kind: &PageKind) -> String {
        let (section, id, ending) = Self::parts(kind);
        [self.base.as_str(), "/", lang, "/", section, id, ending].concat()
    }

    /// The output file of a page.
    pub fn file(lang: &str, kind: &PageKind) -> String {
        match kind {
            PageKind::NotFound | PageKind::Calendar | PageKind::ForumCalendar(_) => {
                Self::rel(lang, kind)
            }
            _ => format!("{}index.html", Self::rel(lang, kind)),
        }
    }

    /// The absolute URL of a path-absolute `url` when the base URL names a host
    /// (`https://intranet.example/styring/`), else the path itself.
    pub fn absolute(base_url: &str, url: &str) -> String {
        match base_url.find("://") {
            Some(i) => {
                let host_end = base_url[i + 3..]
                    .find('/')
                    .map_or(base_url.len(), |j| i + 3 + j);
                format!("{}{url}", &base_url[..host_end])
            }
            None => url.to_string(),
        }
    }

    /// The output file of a language's search index.
    pub fn search_index_file(lang: &str) -> String {
        format!("{}index.json", Self::rel(lang, &PageKind::Search))
    }

    /// The URL of a language's search index.
    pub fn search_index(&self, lang: &str) -> String {
        format!("{}/{}", self.base, Self::search_index_file(lang))
    }

    /// The URL of the root language chooser.
    pub fn root(&self) -> String {
        format!("{}/", self.base)
    }

    /// The URL of a static file.
    pub fn asset(&self, rel: &str) -> String {
        format!("{}/static/{rel}", self.base)
    }

    /// The base path (`""` or `/sub`).
    pub fn base(&self) -> &str {
        &self.base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_path() {
        let id = || "x".to_string();
        let table = [
            (PageKind::Home, "nb/"),
            (PageKind::Role(id()), "nb/roles/x/"),
            (PageKind::Forums, "nb/forums/"),
            (PageKind::Calendar, "nb/forums/calendar.ics"),
            (PageKind::ForumCalendar(id()), "nb/forums/x/calendar.ics"),
            (PageKind::System(id()), "nb/systems/x/"),
            (PageKind::Page(id()), "nb/x/"),
            (PageKind::NotFound, "nb/404.html"),
            (PageKind::Search, "nb/search/"),
        ];
        let r = Routes::new("/sub");
        for (kind, rel) in table {
            assert_eq!(Routes::rel("nb", &kind), rel);
            assert_eq!(r.url("nb", &kind), format!("/sub/{rel}"));
        }
        assert_eq!(Routes::new("").url("es", &PageKind::Home), "/es/");
    }

    #[test]
    fn urls_carry_the_base_path() {
        let r = Routes::new("/sub/");
        assert_eq!(
            r.url("nb", &PageKind::Role("system-owner".into())),
            "/sub/nb/roles/system-owner/"
        );
        assert_eq!(Routes::file("es", &PageKind::Home), "es/index.html");
        assert_eq!(Routes::new("").root(), "/");
        assert_eq!(r.asset("style.css"), "/sub/static/style.css");
        assert_eq!(Routes::file("en", &PageKind::NotFound), "en/404.html");
        assert_eq!(r.url("en", &PageKind::NotFound), "/sub/en/404.html");
        assert_eq!(
            Routes::absolute("https://h.example/sub/", "/sub/nb/"),
            "https://h.example/sub/nb/"
        );
        assert_eq!(Routes::absolute("/sub/", "/sub/nb/"), "/sub/nb/");
    }

    #[test]
    fn every_built_in_page_has_its_own_file() {
        let files: std::collections::BTreeSet<String> = PageKind::BUILT_IN
            .iter()
            .map(|k| Routes::file("nb", k))
            .collect();
        assert_eq!(files.len(), PageKind::BUILT_IN.len());
    }
}
