//! Rendering one page: the context every template shares (title, navigation, the language
//! switcher) and, per page kind, the view it shows and the template that lays it out.

use super::cards::frame::Date;
use super::*;

impl<'a> RenderEnv<'a> {
    /// What `base.html` shows around a page, as a tera context.
    fn frame(&self, w: &Words, lang: &str, kind: Option<&PageKind>, title: &str) -> tera::Context {
        self.frame_values(w, lang, kind, title).context()
    }

    pub(super) fn render_page(&self, lang: &str, kind: &PageKind) -> Result<Output, Diagnostic> {
        // Always marked: text from a fallback language carries its `lang` in every build.
        let loc = self.catalogues.localizer(lang).marking(true);
        let mut description: Option<String> = None;
        let w = self.words(&loc, lang);
        let (template, title, view): (&str, String, tera::Context) = match kind {
            PageKind::Calendar | PageKind::ForumCalendar(_) => {
                return self.render_calendar(lang, kind);
            }
            PageKind::Responsibilities => {
                let matrix = views::matrix::matrix(&w, self.engine(lang)?)?;
                (
                    "responsibilities.html",
                    w.text("matrix-title"),
                    with_view("matrix", &matrix),
                )
            }
            PageKind::AnnualCycle => {
                let cycle = views::cycle::cycle(&w, self.engine(lang)?)?;
                let lead = if cycle.dated {
                    "cycle-intro-dated"
                } else {
                    "cycle-intro"
                };
                description = Some(w.text(lead));
                (
                    "annual-cycle.html",
                    w.text("cycle-title"),
                    with_view("cycle", &cycle),
                )
            }
            PageKind::GovernanceMap => {
                let map = views::map::map(&w, self.engine(lang)?)?;
                (
                    "governance-map.html",
                    w.text("map-title"),
                    with_view("map", &map),
                )
            }
            PageKind::RiskMatrix => {
                let matrix = views::risk_matrix::risk_matrix(&w);
                (
                    "risk-matrix.html",
                    w.text("risk-matrix-title"),
                    with_view("matrix", &matrix),
                )
            }
            PageKind::Home => {
                let engine = self.engine(lang)?;
                let forums =
                    self.group_tables(&w, "forum", || views::overview::forum_groups(&w, engine));
                let forums = forums.as_ref().as_ref().map_err(Clone::clone)?;
                let roles =
                    self.group_tables(&w, "role", || views::overview::role_groups(&w, engine));
                let roles = roles.as_ref().as_ref().map_err(Clone::clone)?;
                let intro = self.prose_html(&loc, lang, "home");
                (
                    "home.html",
                    w.opt("site-title")
                        .unwrap_or_else(|| self.settings.title.clone()),
                    {
                        let mut c = tera::Context::new();
                        c.insert("forum_groups", &forums);
                        c.insert("role_groups", &roles);
                        c.insert("intro_html", &intro);
                        c
                    },
                )
            }
            PageKind::Roles => {
                let engine = self.engine(lang)?;
                let groups =
                    self.group_tables(&w, "role", || views::overview::role_groups(&w, engine));
                let groups = groups.as_ref().as_ref().map_err(Clone::clone)?;
                (
                    "roles.html",
                    w.text("nav-roles"),
                    with_view("groups", &groups),
                )
            }
            PageKind::Role(id) => {
                let role = self.model.role(id).ok_or_else(|| missing("role", id))?;
                let view = views::role::RoleView::build(&w, role);
                let map = views::map::role_neighbourhood(&w, &role.id);
                return self.render_card(&w, kind, Card::Role(&view), map.as_ref());
            }
            PageKind::Forums => {
                let engine = self.engine(lang)?;
                let groups =
                    self.group_tables(&w, "forum", || views::overview::forum_groups(&w, engine));
                let groups = groups.as_ref().as_ref().map_err(Clone::clone)?;
                let calendar = self
                    .model
                    .forums()
                    .any(views::calendar::has_events)
                    .then(|| w.url(&PageKind::Calendar));
                // The forums the feed of all forums leaves out, so the page says what it has.
                let without: Vec<Link> = self
                    .model
                    .forums()
                    .filter(|f| !views::calendar::has_events(f))
                    .map(|f| w.forum(&f.id))
                    .collect();
                ("forums.html", w.text("nav-forums"), {
                    let mut c = with_view("groups", &groups);
                    c.insert("calendar_url", &calendar);
                    c.insert("without_calendar", &without);
                    c
                })
            }
            PageKind::Forum(id) => {
                let forum = self.model.forum(id).ok_or_else(|| missing("forum", id))?;
                let view = views::forum::ForumView::build(&w, forum);
                let map = views::map::forum_neighbourhood(&w, &forum.id);
                return self.render_card(&w, kind, Card::Forum(&view), map.as_ref());
            }
            PageKind::Systems => {
                let groups = views::system::catalogue(&w);
                (
                    "systems.html",
                    w.text("nav-systems"),
                    with_view("groups", &groups),
                )
            }
            PageKind::System(id) => {
                let system = self.model.system(id).ok_or_else(|| missing("system", id))?;
                let view = views::system::SystemView::build(&w, system);
                description = view.summary.clone();
                ("system.html", view.name.clone(), with_view("system", &view))
            }
            PageKind::Risks => {
                let risks = views::overview::risks(&w, self.engine(lang)?)?;
                (
                    "risks.html",
                    w.text("nav-risks"),
                    with_view("risks", &risks),
                )
            }
            PageKind::Model => {
                let model = views::overview::model(&w);
                (
                    "model.html",
                    w.text("nav-model"),
                    with_view("model", &model),
                )
            }
            PageKind::Glossary => {
                let glossary = views::overview::glossary(&w, &self.catalogues, self.engine(lang)?)?;
                let terms = glossary.html();
                let langs: Vec<&(String, String)> = self.lang_names.iter().collect();
                let langs = serde_json::to_value(langs).unwrap_or_default();
                ("glossary.html", w.text("nav-glossary"), {
                    let mut c = tera::Context::new();
                    c.insert("terms", &terms);
                    c.insert("languages", &langs);
                    c
                })
            }
            PageKind::OpenQuestions => {
                let qs = views::overview::open_questions(&w);
                (
                    "open-questions.html",
                    w.text("open-questions-title"),
                    with_view("questions", &qs),
                )
            }
            PageKind::TranslationStatus => {
                let names: HashMap<&str, &str> = self
                    .lang_names
                    .iter()
                    .map(|(l, n)| (l.as_str(), n.as_str()))
                    .collect();
                let names = serde_json::to_value(names).unwrap_or_default();
                let status = &self.catalogues.status;
                let source = &self.settings.source_language;
                (
                    "translation-status.html",
                    w.text("translation-status-title"),
                    {
                        let mut c = tera::Context::new();
                        c.insert("languages", &status);
                        c.insert("language_names", &names);
                        c.insert("source_language", &source);
                        c
                    },
                )
            }
            PageKind::Accessibility => {
                let statement = self.statement_view(&w)?;
                let mut args = fluent_bundle::FluentArgs::new();
                let owner = statement.owner.clone().or_else(|| w.opt("site-title"));
                args.set(
                    "owner",
                    owner.unwrap_or_else(|| self.settings.title.clone()),
                );
                args.set("url", statement.site_url.clone());
                description = Some(w.with("accessibility-intro", &args));
                (
                    "accessibility.html",
                    w.text("accessibility-title"),
                    with_view("statement", &statement),
                )
            }
            PageKind::NotFound => {
                let homes = self.language_homes();
                ("not-found.html", w.text("not-found-title"), {
                    let mut c = tera::Context::new();
                    c.insert("language_homes", &homes);
                    c
                })
            }
            PageKind::Search => {
                let groups =
                    search::groups(&w, self.engine(lang)?, |id| self.prose_html(&loc, lang, id))?;
                ("search.html", w.text("search-title"), {
                    let mut c = tera::Context::new();
                    c.insert("groups", &groups);
                    c.insert("index_url", &self.routes.search_index(lang));
                    c.insert("search_js_url", &self.routes.asset("search.js"));
                    c
                })
            }
            PageKind::Page(id) => {
                let html = self.prose_html(&loc, lang, id).unwrap_or_default();
                description = views::lead::first_paragraph(&html);
                (
                    "page.html",
                    w.text(&field("page", id, "title")),
                    with_view("content_html", &html),
                )
            }
        };
        let mut ctx = self.frame(&w, lang, Some(kind), &title);
        ctx.extend(view);
        let description =
            description.or_else(|| views::lead::lead_message(kind).map(|id| w.text(id)));
        if let Some(d) = description {
            ctx.insert("page_description", &d);
        }
        let fallbacks = loc.take_fallbacks();
        ctx.insert("fallback_count", &fallbacks.len());
        let html = self.engine(lang)?.render(template, &ctx)?;
        Ok(Output {
            path: Routes::file(lang, kind),
            bytes: self.finish(&w, html).into(),
        })
    }

    /// A role card or meeting description: written here when its templates are the built-in
    /// ones ([`cards`]), by tera otherwise and whenever a message it needs is missing (tera
    /// then reports it as before).
    fn render_card(
        &self,
        w: &Words,
        kind: &PageKind,
        card: Card,
        map: Option<&views::map::NeighbourhoodView>,
    ) -> Result<Output, Diagnostic> {
        let lang = w.lang;
        let (title, description) = match card {
            Card::Role(v) => (&v.name, &v.summary),
            Card::Forum(v) => (&v.name, &v.purpose),
        };
        let mut frame = self.frame_values(w, lang, Some(kind), title);
        frame.page_description = Some(description.clone());
        let fallback_count = w.loc.take_fallbacks().len();
        let engine = self.engine(lang)?;
        let choice = engine.cards();
        let labels = || self.fixed(lang).map(|f| &f.labels);
        let cats = &self.catalogues;
        let written = match card {
            Card::Role(v) if choice.role => {
                cards::role_page(cats, lang, &frame, fallback_count, v, map, labels()).ok()
            }
            Card::Forum(v) if choice.forum => {
                cards::forum_page(cats, lang, &frame, fallback_count, v, map, labels()).ok()
            }
            _ => None,
        };
        let html = match written {
            Some(html) => html,
            None => {
                let mut ctx = frame.context();
                let template = match card {
                    Card::Role(v) => {
                        ctx.insert("role", v);
                        "role.html"
                    }
                    Card::Forum(v) => {
                        ctx.insert("forum", v);
                        "forum.html"
                    }
                };
                ctx.insert("neighbourhood", &map);
                ctx.insert("fallback_count", &fallback_count);
                engine.render(template, &ctx)?
            }
        };
        Ok(Output {
            path: Routes::file(lang, kind),
            bytes: self.finish(w, html).into(),
        })
    }

    /// A language's role or forum tables (`kind`), made by `make`: in a plain build once for the
    /// home page and the roles or forums page, which show the same tables. Under `--watch` each
    /// page makes them, from rows the memo keeps, so that
    /// each page records the words it shows; drafts builds likewise.
    fn group_tables(
        &self,
        w: &Words,
        kind: &str,
        make: impl FnOnce() -> Result<Vec<views::overview::Group>, Diagnostic>,
    ) -> Arc<Result<Tables, Diagnostic>> {
        if !self.plain() {
            return Arc::new(make().map(|groups| Tables {
                groups,
                fallbacks: Vec::new(),
            }));
        }
        // The home page and the roles or forums page.
        let made = self.tables.get(format!("{}/{kind}", w.lang), 2, || {
            // Only what the tables met goes with them; the making page's earlier fallbacks stay
            // its own.
            let before = w.loc.take_fallbacks();
            let groups = make();
            let fallbacks = w.loc.take_fallbacks();
            w.loc.note_fallbacks(&before);
            groups.map(|groups| Tables { groups, fallbacks })
        });
        if let Ok(t) = made.as_ref() {
            w.loc.note_fallbacks(&t.fallbacks);
        }
        made
    }

    /// Turns the fallback markers of a rendered page into `<span lang="…">` (WCAG 3.1.2), in
    /// `--drafts` builds also marked for reviewers (class `fallback` and a tooltip).
    fn finish(&self, w: &Words, html: String) -> String {
        if !self.options.drafts {
            // Only broken translations are marked in normal builds: with their language, no
            // more (`<span lang="nb">`), so screen readers read them right.
            return if crate::i18n::drafts::is_marked(&html) {
                crate::i18n::drafts::apply(&html, None)
            } else {
                html
            };
        }
        let tooltip =
            crate::i18n::drafts::strip(&w.opt("draft-fallback-marker").unwrap_or_default());
        crate::i18n::drafts::apply(&html, Some(&tooltip))
    }

    /// A prose page as HTML: pseudo-localised in the pseudo-locale, and wrapped in a marked
    /// `div` in `--drafts` builds when it comes from a fallback language.
    fn prose_html(
        &self,
        loc: &crate::i18n::Localizer<'_>,
        lang: &str,
        page: &str,
    ) -> Option<String> {
        let (from, file) = loc.prose_from(page)?;
        let html = markdown::to_html(&file.text, self.settings.external_images);
        Some(if lang == crate::i18n::pseudo::CODE {
            crate::i18n::pseudo::transform_html(&html)
        } else if self.options.drafts && from != lang {
            format!("<div class=\"fallback\" lang=\"{from}\">\n{html}</div>\n")
        } else if from != lang {
            format!("<div lang=\"{from}\">\n{html}</div>\n")
        } else {
            html
        })
    }

    /// Links to every language's home page, named in its own language.
    fn language_homes(&self) -> Vec<Link> {
        self.lang_names
            .iter()
            .map(|(l, name)| Link {
                text: name.clone(),
                url: self.routes.url(l, &PageKind::Home),
            })
            .collect()
    }

    /// The accessibility statement of the settings, in the page's language.
    fn statement_view(&self, w: &Words) -> Result<StatementView, Diagnostic> {
        let s = self
            .settings
            .accessibility_statement
            .as_ref()
            .ok_or_else(|| missing("accessibility statement", "accessibility-statement"))?;
        Ok(StatementView {
            // The address when the base URL names a host; the site's title otherwise.
            site_url: if self.settings.base_url.contains("://") {
                Routes::absolute(
                    &self.settings.base_url,
                    &self.routes.url(w.lang, &PageKind::Home),
                )
            } else {
                w.opt("site-title")
                    .unwrap_or_else(|| self.settings.title.clone())
            },
            owner: self
                .settings
                .owner
                .as_ref()
                .map(|o| w.opt("site-owner").unwrap_or_else(|| o.name.clone())),
            status: s.status,
            method: s.method,
            created: Date::parse(&s.created),
            updated: s.updated.as_deref().and_then(Date::parse),
            contact_email: s.contact_email.clone(),
            deviations: s
                .deviations
                .iter()
                .map(|c| Deviation {
                    criterion: c.clone(),
                    explanation: w.opt(&format!("accessibility-deviation-{}", c.replace('.', "-"))),
                })
                .collect(),
        })
    }

    /// `<lang>/search/index.json`: every entry of the language's search index (see
    /// [`search`]), as compact JSON.
    pub(super) fn search_index(&self, lang: &str) -> Result<Output, Diagnostic> {
        let loc = self.catalogues.localizer(lang);
        let w = self.words(&loc, lang);
        let json = search::index_json(&w, |id| self.prose_html(&loc, lang, id));
        Ok(Output {
            path: Routes::search_index_file(lang),
            bytes: json.into(),
        })
    }

    pub(super) fn render_special(&self, template: &str, path: &str) -> Result<Output, Diagnostic> {
        let lang = &self.settings.default_language;
        let loc = self.catalogues.localizer(lang).marking(true);
        let w = self.words(&loc, lang);
        let title = if template == "root.html" {
            self.settings.title.clone()
        } else {
            w.text("not-found-title")
        };
        let mut ctx = self.frame(&w, lang, None, &title);
        let homes = self.language_homes();
        ctx.insert("language_homes", &homes);
        ctx.insert("default_home", &self.routes.url(lang, &PageKind::Home));
        let html = self.engine(lang)?.render(template, &ctx)?;
        Ok(Output {
            path: path.to_string(),
            bytes: self.finish(&w, html).into(),
        })
    }
}

/// A kind's group tables and the ids their words took from a fallback language, which every
/// page showing them counts.
#[derive(Debug, Default, Serialize)]
#[serde(transparent)]
pub(super) struct Tables {
    groups: Vec<views::overview::Group>,
    #[serde(skip)]
    fallbacks: Vec<String>,
}

/// The view of a page [`RenderEnv::render_card`] writes.
#[derive(Clone, Copy)]
enum Card<'v> {
    Role(&'v views::role::RoleView),
    Forum(&'v views::forum::ForumView),
}

/// One WCAG success criterion the site does not meet, and why.
#[derive(Debug, Serialize)]
struct Deviation {
    criterion: String,
    explanation: Option<String>,
}

/// The accessibility statement as `accessibility.html` shows it.
#[derive(Debug, Serialize)]
struct StatementView {
    site_url: String,
    owner: Option<String>,
    status: crate::load::Conformance,
    method: crate::load::TestMethod,
    created: Option<Date>,
    updated: Option<Date>,
    contact_email: Option<String>,
    deviations: Vec<Deviation>,
}

/// The template context of a page's own view, under the name its template uses.
fn with_view<T: Serialize + ?Sized>(name: &str, view: &T) -> tera::Context {
    let mut c = tera::Context::new();
    c.insert(name, view);
    c
}

pub(super) fn missing(kind: &str, id: &str) -> Diagnostic {
    Diagnostic::error("render::missing", format!("no {kind} `{id}` in the model"))
}
