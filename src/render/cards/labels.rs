//! The labels of the cards and their frame (`t(id="…")` without arguments), looked up once
//! per language in a plain build, where no recorder notes each page's look-ups and no page
//! counts fallback text (`RenderEnv::plain`). Under `--watch` and in `--drafts` builds each
//! page looks its labels up itself, as tera's pages do.

use crate::i18n::{Catalogues, Localizer};
use crate::render::engine::escape_html;

/// Every label, sorted (for the binary search).
const IDS: [&str; 68] = [
    "accessibility-title",
    "agenda-not-fixed",
    "ask-chairs",
    "authority-by-virtue-of",
    "authority-decides",
    "authority-none",
    "breadcrumbs-label",
    "cadence-convened-by",
    "calendar-no-feed",
    "calendar-subscribe",
    "chair-appointed",
    "contact-email",
    "contact-page",
    "contact-phone",
    "escalation-line-organisation",
    "establishment-may",
    "establishment-must",
    "example-banner",
    "example-banner-label",
    "footer-about-heading",
    "footer-contact-heading",
    "footer-generated-by",
    "footer-last-updated",
    "label-attends",
    "label-chair",
    "label-chair-duties",
    "label-chairs",
    "label-change-forum-of",
    "label-competencies",
    "label-convenes",
    "label-coordinates-systems",
    "label-decision-authority",
    "label-escalate-to",
    "label-escalating-roles",
    "label-establishment",
    "label-fixed-agenda",
    "label-held-by",
    "label-holds",
    "label-main-tasks",
    "label-meets",
    "label-notes",
    "label-operates-systems",
    "label-owns-systems",
    "label-participants",
    "label-per-system",
    "label-policy-areas",
    "label-possible-topics",
    "label-related-risks",
    "label-responsibilities",
    "label-success-factors",
    "label-supplies-systems",
    "label-systems",
    "label-tasks",
    "label-user-forum-of",
    "label-whom-to-ask",
    "language-switcher-label",
    "main-navigation-label",
    "map-neighbourhood-caption",
    "map-neighbourhood-heading",
    "map-title",
    "meetings-heading",
    "menu-button",
    "menu-more",
    "open-questions-title",
    "search-link",
    "skip-to-content",
    "translation-status-title",
    "undecided",
];

/// One language's labels, escaped as `{{ t(id="…") }}` prints them.
#[derive(Debug)]
pub struct Labels {
    escaped: Vec<Option<String>>,
}

impl Labels {
    /// Looks every label up in `lang`, as the template function `t` does.
    pub fn new(catalogues: &Catalogues, lang: &str) -> Labels {
        Labels {
            escaped: IDS
                .iter()
                .map(|id| Localizer::look_up_in(catalogues, lang, id, None, None))
                .map(|text| text.map(|t| escape_html(&t)))
                .collect(),
        }
    }

    /// A label: `None` when `id` is not one, `Some(None)` when its message is missing.
    pub(super) fn get(&self, id: &str) -> Option<Option<&str>> {
        IDS.binary_search(&id)
            .ok()
            .map(|i| self.escaped[i].as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::IDS;

    #[test]
    fn the_ids_are_sorted_for_the_binary_search() {
        assert!(IDS.windows(2).all(|w| w[0] < w[1]));
    }
}
