//! The iCalendar feeds: one per forum with a regular rhythm and one for all of them, per
//! language (see [`views::calendar`] for the rules).

use super::page::missing;
use super::*;

impl RenderEnv<'_> {
    /// Renders `forums/calendar.ics` or `forums/<id>/calendar.ics` of a language.
    pub(super) fn render_calendar(
        &self,
        lang: &str,
        kind: &PageKind,
    ) -> Result<Output, Diagnostic> {
        // No fallback markers: a calendar is plain text.
        let loc = self.catalogues.localizer(lang).marking(false);
        let w = self.words(&loc, lang);
        let site_title = w
            .opt("site-title")
            .unwrap_or_else(|| self.settings.title.clone());
        let (forums, name) = match kind {
            PageKind::ForumCalendar(id) => {
                let f = self.model.forum(id).ok_or_else(|| missing("forum", id))?;
                (
                    vec![f.id.as_str()],
                    format!("{site_title}: {}", w.title(id)),
                )
            }
            _ => (
                self.model
                    .forums()
                    .filter(|f| views::calendar::has_events(f))
                    .map(|f| f.id.as_str())
                    .collect(),
                format!("{site_title}: {}", w.text("calendar-all-forums")),
            ),
        };
        let settings = views::calendar::FeedSettings {
            site: views::calendar::site_key(&self.settings.base_url, &self.settings.title),
            last_updated: self.settings.last_updated.as_deref(),
            base_url: &self.settings.base_url,
            name,
            shared: self.plain().then_some(&self.forum_events),
        };
        let text = views::calendar::feed(&w, &forums, &settings);
        Ok(Output {
            path: Routes::file(lang, kind),
            bytes: text.into(),
        })
    }
}
