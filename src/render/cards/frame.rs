//! What `base.html` shows around every page (head, header, navigation, breadcrumbs, footer),
//! typed: made here for every page, handed to tera as a context, and read as it is by the
//! built-in role and forum pages ([`super::base`]).

use crate::load::Contact;
use crate::model::messages::field;
use crate::render::routes::{PageKind, Routes};
use crate::render::views::{Link, Words};
use crate::render::RenderEnv;
use serde::Serialize;

/// A navigation entry: `current` on the page itself (`aria-current="page"`), `in_section`
/// on the list a role card or meeting description belongs to (marked by style only), `more`
/// on reference pages (the glossary, prose pages), which the header groups under "More" so
/// the menu keeps to one row however many prose pages a site adds.
#[derive(Debug, Serialize)]
pub(crate) struct NavItem {
    pub text: String,
    pub url: String,
    pub current: bool,
    pub in_section: bool,
    pub more: bool,
}

/// A date of the settings, for the `date` message (`{ $day }. { $month } { $year }`).
#[derive(Debug, Serialize)]
pub(crate) struct Date {
    pub iso: String,
    /// Text, not a number: a year is not grouped like a count ("2025", never "2 025").
    pub year: String,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A `YYYY-MM-DD` date; `None` when it is not one.
    pub fn parse(iso: &str) -> Option<Date> {
        Some(Date {
            iso: iso.to_string(),
            year: iso.get(0..4)?.parse::<u32>().ok()?.to_string(),
            month: iso.get(5..7)?.parse().ok()?,
            day: iso.get(8..10)?.parse().ok()?,
        })
    }
}

/// The site's owner as the header and footer show it.
#[derive(Debug, Serialize)]
pub(crate) struct OwnerView {
    pub name: String,
    pub url: Option<String>,
    pub logo_url: Option<String>,
}

/// The same page in another language.
#[derive(Debug, Serialize)]
pub(crate) struct Alternate {
    pub lang: String,
    pub name: String,
    pub url: String,
    pub current: bool,
}

/// The frame's words for one page: the site's title, the menu's entries (with their URLs),
/// the breadcrumbs' first link, the owner's name and the site's description (twice: the
/// site's and, until the page has its own, the page's).
#[derive(Debug, Clone)]
pub(crate) struct FrameWords {
    pub site_title: Option<String>,
    pub nav: Vec<(PageKind, String, String)>,
    pub home: Option<String>,
    pub owner: Option<String>,
    pub description: [Option<String>; 2],
}

/// What every page of one language shows alike, in a plain build.
#[derive(Debug)]
pub(crate) struct FixedWords {
    pub words: FrameWords,
    pub labels: super::Labels,
}

/// The values `base.html` reads, under the names it reads them by.
pub(crate) struct Frame<'a> {
    pub lang: &'a str,
    pub site_title: String,
    pub site_description: Option<String>,
    pub title: String,
    pub nav: Vec<NavItem>,
    pub alternates: Vec<Alternate>,
    pub base: &'a str,
    pub root_url: String,
    pub home_url: String,
    pub css_url: String,
    pub favicon_url: String,
    pub breadcrumbs: Vec<Link>,
    pub owner: Option<OwnerView>,
    pub contact: &'a Contact,
    pub last_updated: Option<Date>,
    pub accessibility_url: Option<String>,
    pub canonical_url: Option<String>,
    /// The site's description until the page gives its own.
    pub page_description: Option<String>,
    pub open_questions_url: String,
    pub status_url: Option<String>,
    pub page_url: Option<String>,
    pub search_url: Option<String>,
    pub drafts: bool,
    pub example: bool,
    pub search_engines: bool,
    pub generator: &'static str,
}

impl Frame<'_> {
    /// The values as a tera context, for the templates tera renders.
    pub fn context(&self) -> tera::Context {
        let mut ctx = tera::Context::new();
        ctx.insert("lang", self.lang);
        ctx.insert("site_title", &self.site_title);
        ctx.insert("site_description", &self.site_description);
        ctx.insert("title", &self.title);
        ctx.insert("nav", &self.nav);
        ctx.insert("alternates", &self.alternates);
        ctx.insert("base", self.base);
        ctx.insert("root_url", &self.root_url);
        ctx.insert("home_url", &self.home_url);
        ctx.insert("css_url", &self.css_url);
        ctx.insert("favicon_url", &self.favicon_url);
        ctx.insert("breadcrumbs", &self.breadcrumbs);
        ctx.insert("owner", &self.owner);
        ctx.insert("contact", self.contact);
        ctx.insert("last_updated", &self.last_updated);
        ctx.insert("accessibility_url", &self.accessibility_url);
        ctx.insert("canonical_url", &self.canonical_url);
        ctx.insert("page_description", &self.page_description);
        ctx.insert("open_questions_url", &self.open_questions_url);
        ctx.insert("status_url", &self.status_url);
        ctx.insert("page_url", &self.page_url);
        ctx.insert("search_url", &self.search_url);
        ctx.insert("drafts", &self.drafts);
        ctx.insert("example", &self.example);
        ctx.insert("search_engines", &self.search_engines);
        ctx.insert("generator", self.generator);
        ctx
    }
}

impl RenderEnv<'_> {
    /// What `base.html` shows around a page, typed: tera gets it as a context
    /// ([`Frame::context`]), the built-in role and forum pages read it as it is.
    pub(in crate::render) fn frame_values<'f>(
        &'f self,
        w: &Words,
        lang: &'f str,
        kind: Option<&PageKind>,
        title: &str,
    ) -> Frame<'f> {
        // The language's words read where they are kept, not cloned whole first: only their
        // texts and URLs go into the page's frame.
        let made;
        let words = match self.fixed(lang) {
            Some(f) => &f.words,
            None => {
                made = self.frame_words(w, lang, kind);
                &made
            }
        };
        let site_title = words
            .site_title
            .clone()
            .unwrap_or_else(|| self.settings.title.clone());
        let section = kind.map(section_of);
        let nav: Vec<NavItem> = words
            .nav
            .iter()
            .map(|(k, text, url)| NavItem {
                current: Some(k) == kind,
                in_section: Some(k) == section.as_ref() && Some(k) != kind,
                more: matches!(k, PageKind::Glossary | PageKind::Page(_)),
                url: url.clone(),
                text: text.clone(),
            })
            .collect();
        // Home › section › this page; the home page itself has none.
        let mut crumbs: Vec<Link> = Vec::new();
        if let Some(k) = kind.filter(|k| **k != PageKind::Home) {
            crumbs.push(Link {
                text: words.home.clone().unwrap_or_default(),
                url: self.routes.url(lang, &PageKind::Home),
            });
            let parent = section_of(k);
            if parent != *k {
                if let Some(item) = nav.iter().find(|n| n.in_section) {
                    crumbs.push(Link {
                        text: item.text.clone(),
                        url: item.url.clone(),
                    });
                }
            }
            crumbs.push(Link {
                text: title.to_string(),
                url: self.routes.url(lang, k),
            });
        }
        let owner = self.settings.owner.as_ref().map(|o| OwnerView {
            name: words.owner.clone().unwrap_or_else(|| o.name.clone()),
            url: o.url.clone(),
            logo_url: o.logo.as_ref().map(|l| self.routes.asset(l)),
        });
        let canonical = kind
            .filter(|k| **k != PageKind::NotFound)
            .map(|k| Routes::absolute(&self.settings.base_url, &self.routes.url(lang, k)));
        let alternates: Vec<Alternate> = self
            .lang_names
            .iter()
            .map(|(l, name)| Alternate {
                lang: l.clone(),
                name: name.clone(),
                url: kind.map_or_else(
                    || self.routes.url(l, &PageKind::Home),
                    |k| self.routes.url(l, k),
                ),
                current: l == lang,
            })
            .collect();
        Frame {
            lang,
            site_title,
            // Looked up twice, as when each went into the context: a drafts build counts each
            // look-up that falls back.
            site_description: words.description[0].clone(),
            page_description: words.description[1].clone(),
            title: title.to_string(),
            nav,
            alternates,
            base: self.routes.base(),
            root_url: self.routes.root(),
            home_url: self.routes.url(lang, &PageKind::Home),
            css_url: self.routes.asset("style.css"),
            favicon_url: self.routes.asset("favicon.svg"),
            breadcrumbs: crumbs,
            owner,
            contact: &self.settings.contact,
            last_updated: self.settings.last_updated.as_deref().and_then(Date::parse),
            accessibility_url: self
                .settings
                .accessibility_statement
                .as_ref()
                .map(|_| self.routes.url(lang, &PageKind::Accessibility)),
            canonical_url: canonical,
            open_questions_url: self.routes.url(lang, &PageKind::OpenQuestions),
            status_url: (self.settings.translation_status_page)
                .then(|| self.routes.url(lang, &PageKind::TranslationStatus)),
            page_url: kind.map(|k| self.routes.url(lang, k)),
            search_url: self
                .has_search
                .then(|| self.routes.url(lang, &PageKind::Search)),
            drafts: self.options.drafts,
            example: self.settings.example,
            search_engines: self.settings.search_engines,
            generator: concat!("govdoc ", env!("CARGO_PKG_VERSION")),
        }
    }

    /// The frame's words (and the menu's URLs), looked up for one page as they always were:
    /// a `--drafts` build counts each look-up that falls back, so each is made as often.
    fn frame_words(&self, w: &Words, lang: &str, kind: Option<&PageKind>) -> FrameWords {
        let site_title = w.opt("site-title");
        let mut nav = vec![
            (PageKind::Home, w.text("nav-home")),
            (PageKind::Roles, w.text("nav-roles")),
            (PageKind::Forums, w.text("nav-forums")),
            (PageKind::Risks, w.text("nav-risks")),
            (PageKind::Model, w.text("nav-model")),
            (PageKind::Glossary, w.text("nav-glossary")),
        ];
        if self.model.has_systems() {
            nav.insert(3, (PageKind::Systems, w.text("nav-systems")));
        }
        nav.extend(self.model.pages().filter(|p| p.nav).map(|p| {
            (
                PageKind::Page(p.id.clone()),
                w.text(&field("page", &p.id, "title")),
            )
        }));
        let nav = nav
            .into_iter()
            .map(|(k, text)| {
                let url = self.routes.url(lang, &k);
                (k, text, url)
            })
            .collect();
        // The breadcrumbs start at home, except on the home page.
        let home = kind
            .is_some_and(|k| *k != PageKind::Home)
            .then(|| w.text("nav-home"));
        let owner = self
            .settings
            .owner
            .as_ref()
            .and_then(|_| w.opt("site-owner"));
        FrameWords {
            site_title,
            nav,
            home,
            owner,
            description: [w.opt("site-description"), w.opt("site-description")],
        }
    }

    /// What every page of a language shows alike, made once per language in a plain build;
    /// `None` otherwise (under `--watch` each page records its own look-ups, and in `--drafts`
    /// builds counts those that fall back).
    pub(in crate::render) fn fixed(&self, lang: &str) -> Option<&FixedWords> {
        if !self.plain() {
            return None;
        }
        let cell = self.fixed.get(lang)?;
        Some(cell.get_or_init(|| {
            let loc = self.catalogues.localizer(lang).marking(true);
            let w = self.words(&loc, lang);
            FixedWords {
                // Any page but the home page: the breadcrumbs' first link is looked up too.
                words: self.frame_words(&w, lang, Some(&PageKind::Roles)),
                labels: super::Labels::new(&self.catalogues, lang),
            }
        }))
    }
}

fn section_of(kind: &PageKind) -> PageKind {
    match kind {
        PageKind::Role(_) => PageKind::Roles,
        PageKind::Forum(_) => PageKind::Forums,
        PageKind::System(_) => PageKind::Systems,
        PageKind::Responsibilities => PageKind::Model,
        PageKind::AnnualCycle => PageKind::Forums,
        PageKind::GovernanceMap => PageKind::Model,
        PageKind::RiskMatrix => PageKind::Risks,
        other => other.clone(),
    }
}
