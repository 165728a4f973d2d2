//! Stage 3, render: pure functions of model + language + templates → page bytes.
//!
//! 1. [`plan`] lists every output of the site as a [`Job`] (page × language, the root chooser,
//!    the 404 page, static files).
//! 2. [`RenderEnv::new`] binds the compiled templates to each language.
//! 3. [`RenderEnv::render`] turns one job into an [`Output`]; [`RenderEnv::render_all`] does all
//!    of them in parallel and collects every error.
//!
//! Nothing here touches the file system or global state; writing is the next stage.

mod bytes;
pub mod engine;
pub mod export;
pub mod markdown;
pub mod memo;
pub mod routes;
pub mod search;
pub mod views;

mod calendar;
pub mod cards;
mod page;

use crate::diagnostics::Diagnostic;
use crate::i18n::Catalogues;
use crate::load::{FileRole, Settings, SiteInput};
use crate::model::{messages::field, Governance};
pub use bytes::Bytes;
use engine::{Engine, Templates};
use rayon::prelude::*;
use routes::{PageKind, Routes};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use views::{Link, Words};

/// One file of the finished site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the output directory, with `/` separators.
    pub path: String,
    /// Contents.
    pub bytes: Bytes,
}

/// One unit of rendering work.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Job {
    /// A page in a language.
    Page {
        /// Language code.
        lang: String,
        /// Which page.
        kind: PageKind,
    },
    /// The root language chooser.
    Root,
    /// The 404 page.
    NotFound,
    /// `sitemap.xml`: every page with its language alternates.
    Sitemap,
    /// `robots.txt`.
    Robots,
    /// `data/governance.json`: the model as data, without its texts ([`export`]).
    Data,
    /// `data/<lang>/texts.json`: the texts of the model in one language ([`export`]).
    Texts {
        /// Language code.
        lang: String,
    },
    /// The search index of a language, `<lang>/search/index.json`.
    SearchIndex {
        /// Language code.
        lang: String,
    },
    /// A static file.
    Asset {
        /// Path under `static/`.
        rel: String,
    },
}

/// Options that change what is rendered.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Show reviewers where text came from a fallback language.
    pub drafts: bool,
}

/// The pages of one language a reader may land on, in site order: the fixed pages, then one
/// per role, forum, system (with their catalogue) and prose page. The plan and the sitemap
/// both list them from here.
fn reader_pages(model: &Governance) -> Vec<PageKind> {
    let mut kinds = vec![
        PageKind::Home,
        PageKind::Roles,
        PageKind::Forums,
        PageKind::Risks,
        PageKind::Model,
        PageKind::Glossary,
        PageKind::OpenQuestions,
    ];
    kinds.extend(model.role_ids().map(|id| PageKind::Role(id.0.clone())));
    kinds.extend(model.forum_ids().map(|id| PageKind::Forum(id.0.clone())));
    kinds.push(PageKind::Responsibilities);
    kinds.push(PageKind::AnnualCycle);
    kinds.push(PageKind::GovernanceMap);
    kinds.push(PageKind::RiskMatrix);
    if model.has_systems() {
        kinds.push(PageKind::Systems);
        kinds.extend(model.system_ids().map(|id| PageKind::System(id.0.clone())));
    }
    kinds.extend(model.page_ids().map(|id| PageKind::Page(id.to_string())));
    kinds
}

impl Job {
    /// Whether the job puts a whole language (or the whole site) in one file: the list pages,
    /// the search index, the texts export; each takes as long as hundreds of pages.
    fn is_long(&self) -> bool {
        match self {
            Job::Texts { .. } | Job::SearchIndex { .. } | Job::Data | Job::Sitemap => true,
            Job::Page { kind, .. } => matches!(
                kind,
                PageKind::Home
                    | PageKind::Roles
                    | PageKind::Forums
                    | PageKind::Risks
                    | PageKind::Glossary
                    | PageKind::Responsibilities
                    | PageKind::AnnualCycle
                    | PageKind::GovernanceMap
                    | PageKind::RiskMatrix
                    | PageKind::Systems
                    | PageKind::Search
                    | PageKind::Calendar
            ),
            Job::Root | Job::NotFound | Job::Robots | Job::Asset { .. } => false,
        }
    }
}

/// Lists every output of the site.
pub fn plan(
    model: &Governance,
    settings: &Settings,
    input: &SiteInput,
    templates: &Templates,
) -> Vec<Job> {
    let mut jobs = Vec::new();
    let pages = reader_pages(model);
    for lang in settings.codes() {
        let mut kinds = pages.clone();
        let feeds: Vec<PageKind> = model
            .forums()
            .filter(|f| views::calendar::has_events(f))
            .map(|f| PageKind::ForumCalendar(f.id.0.clone()))
            .collect();
        if !feeds.is_empty() {
            kinds.push(PageKind::Calendar);
            kinds.extend(feeds);
        }
        if settings.translation_status_page && templates.has("translation-status.html") {
            kinds.push(PageKind::TranslationStatus);
        }
        if settings.accessibility_statement.is_some() && templates.has("accessibility.html") {
            kinds.push(PageKind::Accessibility);
        }
        if templates.has("not-found.html") {
            kinds.push(PageKind::NotFound);
        }
        jobs.push(Job::Texts {
            lang: lang.to_string(),
        });
        if templates.has("search.html") {
            kinds.push(PageKind::Search);
            jobs.push(Job::SearchIndex {
                lang: lang.to_string(),
            });
        }
        jobs.extend(kinds.into_iter().map(|kind| Job::Page {
            lang: lang.to_string(),
            kind,
        }));
    }
    jobs.push(Job::Root);
    jobs.push(Job::NotFound);
    jobs.push(Job::Sitemap);
    jobs.push(Job::Robots);
    jobs.push(Job::Data);
    let assets: BTreeSet<String> = input
        .files
        .values()
        .filter_map(|f| match &f.role {
            FileRole::Asset { rel, .. } => Some(rel.clone()),
            _ => None,
        })
        .collect();
    jobs.extend(assets.into_iter().map(|rel| Job::Asset { rel }));
    jobs
}

/// Everything rendering reads, borrowed and immutable, so jobs can run in parallel.
pub struct RenderEnv<'a> {
    /// Site settings.
    pub settings: &'a Settings,
    /// The model.
    pub model: &'a Governance,
    /// All languages' words.
    pub catalogues: Arc<Catalogues>,
    /// The site's inputs (for static files).
    pub input: &'a SiteInput,
    /// URLs.
    pub routes: Routes,
    /// Options.
    pub options: RenderOptions,
    engines: HashMap<String, Engine>,
    lang_names: Vec<(String, String)>,
    /// The theme has a search page (`search.html`), so the site has search.
    has_search: bool,
    /// Fragments kept between rebuilds (only under `build --watch`).
    memo: Option<&'a memo::Memo>,
    /// Role and forum tables rendered once per language for the pages that show them.
    tables: memo::Shared<Result<page::Tables, Diagnostic>>,
    /// The message ids the texts export lists, found once for every language.
    export_ids: memo::Shared<export::Chunks>,
    /// Each forum's calendar events by language, for its feed and the feed of all forums.
    forum_events: memo::Shared<String>,
    /// Per language, what every page shows alike (plain builds only, [`RenderEnv::plain`]).
    fixed: HashMap<String, std::sync::OnceLock<cards::frame::FixedWords>>,
}

impl<'a> RenderEnv<'a> {
    /// A page's words: its language's localizer with the routes, the model and the memo.
    fn words<'b>(&'b self, loc: &'b crate::i18n::Localizer<'b>, lang: &'b str) -> Words<'b> {
        Words {
            loc,
            routes: &self.routes,
            model: self.model,
            lang,
            memo: self.memo,
        }
    }

    /// Binds the templates to every language of the site.
    pub fn new(
        settings: &'a Settings,
        model: &'a Governance,
        catalogues: Arc<Catalogues>,
        templates: &Templates,
        input: &'a SiteInput,
        options: RenderOptions,
    ) -> Self {
        let engines = settings
            .codes()
            .map(|l| (l.to_string(), templates.for_language(catalogues.clone(), l)))
            .collect();
        let lang_names = settings
            .codes()
            .map(|l| {
                (
                    l.to_string(),
                    catalogues
                        .localizer(l)
                        .get("language-name", None)
                        .unwrap_or_else(|| l.to_string()),
                )
            })
            .collect();
        RenderEnv {
            settings,
            model,
            catalogues,
            input,
            routes: Routes::new(&settings.base_path()),
            options,
            engines,
            lang_names,
            has_search: templates.has("search.html"),
            memo: None,
            tables: memo::Shared::default(),
            export_ids: memo::Shared::default(),
            forum_events: memo::Shared::default(),
            fixed: settings
                .codes()
                .map(|l| (l.to_string(), std::sync::OnceLock::new()))
                .collect(),
        }
    }

    /// Keeps fragments of big pages in `memo` between rebuilds ([`memo`]). Not in `--drafts`
    /// builds, whose pages count the fallback texts they show, fragments included.
    pub fn with_memo(mut self, memo: &'a memo::Memo) -> Self {
        if !self.options.drafts {
            self.memo = Some(memo);
        }
        self
    }

    /// Renders every job; all errors are collected (each distinct one once).
    pub fn render_all(&self, jobs: &[Job]) -> Result<Vec<Output>, Vec<Diagnostic>> {
        let results: Vec<Result<Output, Diagnostic>> =
            jobs.par_iter().map(|j| self.render(j)).collect();
        let mut outputs = Vec::with_capacity(results.len());
        let mut errors: Vec<Diagnostic> = Vec::new();
        for r in results {
            match r {
                Ok(o) => outputs.push(o),
                Err(d) => {
                    let same = |e: &Diagnostic| e.message == d.message && e.location == d.location;
                    if !errors.iter().any(same) {
                        errors.push(d);
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(outputs)
        } else {
            Err(errors)
        }
    }

    /// Renders every job in parallel and hands each output to `sink` as soon as it is rendered,
    /// so a whole-site build holds only the pages in flight, never the site. Every distinct
    /// error of rendering or of the sink is collected; after the first, outputs are no longer
    /// handed on (the build fails anyway) but rendering goes on to find the other errors.
    pub fn render_each<F>(&self, jobs: &[Job], sink: F) -> Result<(), Vec<Diagnostic>>
    where
        F: Fn(Output) -> Result<(), Diagnostic> + Sync,
    {
        use std::sync::atomic::{AtomicBool, Ordering};
        let failed = AtomicBool::new(false);
        let errors = std::sync::Mutex::new(Vec::<(usize, Diagnostic)>::new());
        // The longest jobs first: a list page or a language's index started last would keep
        // one core busy after the other has run out of pages.
        let (long, short): (Vec<usize>, Vec<usize>) =
            (0..jobs.len()).partition(|&i| jobs[i].is_long());
        let order: Vec<usize> = long.into_iter().chain(short).collect();
        order.par_iter().for_each(|&i| {
            let job = &jobs[i];
            let done = self.render(job).and_then(|o| {
                if failed.load(Ordering::Relaxed) {
                    Ok(())
                } else {
                    sink(o)
                }
            });
            if let Err(d) = done {
                failed.store(true, Ordering::Relaxed);
                errors
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((i, d));
            }
        });
        let mut found = errors.into_inner().unwrap_or_else(|e| e.into_inner());
        if found.is_empty() {
            return Ok(());
        }
        // In job order, as `render_all` reports them, whatever order the threads finished in.
        found.sort_by_key(|(i, _)| *i);
        let mut errors: Vec<Diagnostic> = Vec::new();
        for (_, d) in found {
            let same = |e: &Diagnostic| e.message == d.message && e.location == d.location;
            if !errors.iter().any(same) {
                errors.push(d);
            }
        }
        Err(errors)
    }

    /// Renders one job.
    pub fn render(&self, job: &Job) -> Result<Output, Diagnostic> {
        match job {
            Job::Page { lang, kind } => self.render_page(lang, kind),
            Job::Root => self.render_special("root.html", "index.html"),
            Job::NotFound => self.render_special("404.html", "404.html"),
            Job::Sitemap => Ok(self.sitemap()),
            Job::Robots => Ok(self.robots()),
            Job::Data => Ok(Output {
                path: export::PATH.to_string(),
                bytes: export::data_json(self.model, self.settings, self.memo).into(),
            }),
            Job::Texts { lang } => Ok(Output {
                path: export::texts_path(lang),
                bytes: export::texts_json(
                    self.model,
                    &self.catalogues,
                    lang,
                    self.memo,
                    self.plain()
                        .then(|| (&self.export_ids, self.settings.codes().count())),
                )
                .into(),
            }),
            Job::SearchIndex { lang } => self.search_index(lang),
            Job::Asset { rel } => {
                let theme_first = |theme: bool| {
                    self.input.files.values().find(|f| matches!(&f.role, FileRole::Asset { rel: r, theme: t } if r == rel && *t == theme))
                };
                let file = theme_first(false)
                    .or_else(|| theme_first(true))
                    .ok_or_else(|| {
                        Diagnostic::error(
                            "render::asset",
                            format!("static file `{rel}` disappeared"),
                        )
                    })?;
                Ok(Output {
                    path: format!("static/{rel}"),
                    bytes: file.bytes.clone().into(),
                })
            }
        }
    }

    /// `sitemap.xml`: every page a reader may land on, the search page included (not the 404
    /// or translation-status pages), each with its `xhtml:link` alternates in every language. URLs are absolute when
    /// the base URL names a host, path-absolute otherwise.
    fn sitemap(&self) -> Output {
        let mut kinds = reader_pages(self.model);
        if self.settings.accessibility_statement.is_some() {
            kinds.push(PageKind::Accessibility);
        }
        if self.has_search {
            kinds.push(PageKind::Search);
        }
        let abs = |lang: &str, k: &PageKind| {
            xml_escape(&Routes::absolute(
                &self.settings.base_url,
                &self.routes.url(lang, k),
            ))
        };
        let codes: Vec<&str> = self.settings.codes().collect();
        let default = codes
            .iter()
            .position(|l| *l == self.settings.default_language);
        // Every page's address in every language, made once: each language's entry of a page
        // lists them all (made for each entry, they were most of the sitemap's cost).
        let urls: Vec<Vec<String>> = kinds
            .iter()
            .map(|k| codes.iter().map(|l| abs(l, k)).collect())
            .collect();
        let lastmod = self
            .settings
            .last_updated
            .as_ref()
            .map(|d| format!("    <lastmod>{d}</lastmod>\n"));
        let per_link = 50 + codes.iter().map(|l| l.len()).max().unwrap_or(0);
        let per_entry = 100 + lastmod.as_ref().map_or(0, String::len) + per_link * codes.len();
        let size: usize = urls
            .iter()
            .map(|u| (codes.len() + 2) * u.iter().map(String::len).sum::<usize>())
            .sum();
        let mut xml = String::with_capacity(200 + size + per_entry * codes.len() * urls.len());
        xml.push_str(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
        );
        for i in 0..codes.len() {
            for (k, alternates) in kinds.iter().zip(&urls) {
                for piece in ["  <url>\n    <loc>", alternates[i].as_str(), "</loc>\n"] {
                    xml.push_str(piece);
                }
                if let Some(l) = &lastmod {
                    xml.push_str(l);
                }
                for (other, url) in codes.iter().zip(alternates) {
                    for piece in [
                        "    <xhtml:link rel=\"alternate\" hreflang=\"",
                        other,
                        "\" href=\"",
                        url.as_str(),
                        "\"/>\n",
                    ] {
                        xml.push_str(piece);
                    }
                }
                let fallback;
                let default_url = match default {
                    Some(d) => &alternates[d],
                    None => {
                        fallback = abs(&self.settings.default_language, k);
                        &fallback
                    }
                };
                for piece in [
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"",
                    default_url.as_str(),
                    "\"/>\n  </url>\n",
                ] {
                    xml.push_str(piece);
                }
            }
        }
        xml.push_str("</urlset>\n");
        Output {
            path: "sitemap.xml".into(),
            bytes: xml.into(),
        }
    }

    /// `robots.txt`: an intranet keeps search engines out unless `search-engines: true`.
    ///
    /// Crawlers read it only at the host's root, so its rules name the site's own path
    /// (`/styring/`, not `/`): under a sub-path the file is a block to copy into the host's
    /// `/robots.txt`, and the pages' robots meta tag keeps crawlers out meanwhile.
    fn robots(&self) -> Output {
        let root = self.routes.root();
        let sitemap = Routes::absolute(&self.settings.base_url, &format!("{root}sitemap.xml"));
        let mut text = String::new();
        if root != "/" {
            text.push_str(&format!(
                "# This site lives under {root}, but crawlers read robots.txt only at the host's root\n\
                 # (/robots.txt): copy the lines below into that file. The pages also carry\n\
                 # <meta name=\"robots\"> when search engines are kept out.\n"
            ));
        }
        if self.settings.search_engines {
            text.push_str(&format!(
                "User-agent: *\nAllow: {root}\n\nSitemap: {sitemap}\n"
            ));
        } else {
            text.push_str(&format!(
                "# An intranet: no search engine may index it (govdoc.yml: search-engines: true allows them).\nUser-agent: *\nDisallow: {root}\n"
            ));
        }
        Output {
            path: "robots.txt".into(),
            bytes: text.into(),
        }
    }

    /// A plain build: no memo and no drafts, so nothing records what a job looks up, and jobs
    /// may share what they compute alike ([`memo::Shared`]).
    fn plain(&self) -> bool {
        self.memo.is_none() && !self.options.drafts
    }

    fn engine(&self, lang: &str) -> Result<&Engine, Diagnostic> {
        self.engines
            .get(lang)
            .ok_or_else(|| Diagnostic::error("render::language", format!("no language `{lang}`")))
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
