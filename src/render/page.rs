//! Rendering one page: the context every template shares (title, navigation, the language
//! switcher) and, per page kind, the view it shows and the template that lays it out.

use super::*;

/// A navigation entry.
#[derive(Debug, Serialize)]
struct NavItem {
    text: String,
    url: String,
    current: bool,
}

/// The same page in another language.
#[derive(Debug, Serialize)]
struct Alternate {
    lang: String,
    name: String,
    url: String,
    current: bool,
}

impl<'a> RenderEnv<'a> {
    fn frame(&self, w: &Words, lang: &str, kind: Option<&PageKind>, title: &str) -> tera::Context {
        let mut ctx = tera::Context::new();
        let site_title = w
            .opt("site-title")
            .unwrap_or_else(|| self.settings.title.clone());
        let mut nav = vec![
            (PageKind::Home, w.text("nav-home")),
            (PageKind::Roles, w.text("nav-roles")),
            (PageKind::Forums, w.text("nav-forums")),
            (PageKind::Risks, w.text("nav-risks")),
            (PageKind::Model, w.text("nav-model")),
            (PageKind::Glossary, w.text("nav-glossary")),
        ];
        nav.extend(self.model.pages().filter(|p| p.nav).map(|p| {
            (
                PageKind::Page(p.id.clone()),
                w.text(&field("page", &p.id, "title")),
            )
        }));
        let section = kind.map(section_of);
        let nav: Vec<NavItem> = nav
            .into_iter()
            .map(|(k, text)| NavItem {
                current: Some(&k) == section.as_ref(),
                url: self.routes.url(lang, &k),
                text,
            })
            .collect();
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
        ctx.insert("lang", lang);
        ctx.insert("site_title", &site_title);
        ctx.insert("site_description", &w.opt("site-description"));
        ctx.insert("title", title);
        ctx.insert("nav", &nav);
        ctx.insert("alternates", &alternates);
        ctx.insert("base", self.routes.base());
        ctx.insert("root_url", &self.routes.root());
        ctx.insert("home_url", &self.routes.url(lang, &PageKind::Home));
        ctx.insert("css_url", &self.routes.asset("style.css"));
        ctx.insert(
            "open_questions_url",
            &self.routes.url(lang, &PageKind::OpenQuestions),
        );
        ctx.insert(
            "status_url",
            &(self.settings.translation_status_page)
                .then(|| self.routes.url(lang, &PageKind::TranslationStatus)),
        );
        ctx.insert("page_url", &kind.map(|k| self.routes.url(lang, k)));
        ctx.insert("drafts", &self.options.drafts);
        ctx.insert("generator", concat!("govdoc ", env!("CARGO_PKG_VERSION")));
        ctx
    }

    pub(super) fn render_page(&self, lang: &str, kind: &PageKind) -> Result<Output, Diagnostic> {
        let loc = self.catalogues.localizer(lang);
        let w = Words {
            loc: &loc,
            routes: &self.routes,
            model: self.model,
            lang,
        };
        let (template, title, view): (&str, String, tera::Context) = match kind {
            PageKind::Home => {
                let forums = views::overview::forum_groups(&w);
                let roles = views::overview::role_groups(&w);
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
                let groups = views::overview::role_groups(&w);
                (
                    "roles.html",
                    w.text("nav-roles"),
                    with_view("groups", &groups),
                )
            }
            PageKind::Role(id) => {
                let role = self.model.role(id).ok_or_else(|| missing("role", id))?;
                let view = views::role::RoleView::build(&w, role);
                ("role.html", view.name.clone(), with_view("role", &view))
            }
            PageKind::Forums => {
                let groups = views::overview::forum_groups(&w);
                (
                    "forums.html",
                    w.text("nav-forums"),
                    with_view("groups", &groups),
                )
            }
            PageKind::Forum(id) => {
                let forum = self.model.forum(id).ok_or_else(|| missing("forum", id))?;
                let view = views::forum::ForumView::build(&w, forum);
                ("forum.html", view.name.clone(), with_view("forum", &view))
            }
            PageKind::Risks => {
                let risks = views::overview::risks(&w);
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
                let terms = views::overview::glossary(&w, &self.catalogues);
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
            PageKind::Page(id) => {
                let html = self.prose_html(&loc, lang, id).unwrap_or_default();
                (
                    "page.html",
                    w.text(&field("page", id, "title")),
                    with_view("content_html", &html),
                )
            }
        };
        let mut ctx = self.frame(&w, lang, Some(kind), &title);
        ctx.extend(view);
        let fallbacks = loc.take_fallbacks();
        ctx.insert("fallback_count", &fallbacks.len());
        let html = self.engine(lang)?.render(template, &ctx)?;
        Ok(Output {
            path: Routes::file(lang, kind),
            bytes: self.finish(&w, html).into_bytes().into(),
        })
    }

    /// In `--drafts` builds, turns the fallback markers of a rendered page into marked spans.
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
        let html = markdown::to_html(&file.text);
        Some(if lang == crate::i18n::pseudo::CODE {
            crate::i18n::pseudo::transform_html(&html)
        } else if self.options.drafts && from != lang {
            format!("<div class=\"fallback\" lang=\"{from}\">\n{html}</div>\n")
        } else {
            html
        })
    }

    pub(super) fn render_special(&self, template: &str, path: &str) -> Result<Output, Diagnostic> {
        let lang = &self.settings.default_language;
        let loc = self.catalogues.localizer(lang);
        let w = Words {
            loc: &loc,
            routes: &self.routes,
            model: self.model,
            lang,
        };
        let title = if template == "root.html" {
            self.settings.title.clone()
        } else {
            w.text("not-found-title")
        };
        let mut ctx = self.frame(&w, lang, None, &title);
        let homes: Vec<Link> = self
            .lang_names
            .iter()
            .map(|(l, name)| Link {
                text: name.clone(),
                url: self.routes.url(l, &PageKind::Home),
            })
            .collect();
        ctx.insert("language_homes", &homes);
        ctx.insert("default_home", &self.routes.url(lang, &PageKind::Home));
        let html = self.engine(lang)?.render(template, &ctx)?;
        Ok(Output {
            path: path.to_string(),
            bytes: self.finish(&w, html).into_bytes().into(),
        })
    }
}

/// The template context of a page's own view, under the name its template uses.
fn with_view<T: Serialize + ?Sized>(name: &str, view: &T) -> tera::Context {
    let mut c = tera::Context::new();
    c.insert(name, view);
    c
}

fn section_of(kind: &PageKind) -> PageKind {
    match kind {
        PageKind::Role(_) => PageKind::Roles,
        PageKind::Forum(_) => PageKind::Forums,
        other => other.clone(),
    }
}

fn missing(kind: &str, id: &str) -> Diagnostic {
    Diagnostic::error("render::missing", format!("no {kind} `{id}` in the model"))
}
