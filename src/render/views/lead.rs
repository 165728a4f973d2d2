//! A page's own meta description: the lead text a page opens with, so that no two pages of a
//! language share one (search results and link previews then tell them apart).

use crate::render::routes::PageKind;

/// The message a list or reference page opens with, for pages whose lead is a single message
/// without arguments.
pub fn lead_message(kind: &PageKind) -> Option<&'static str> {
    Some(match kind {
        PageKind::Roles => "roles-intro",
        PageKind::Forums => "forums-intro",
        PageKind::Systems => "systems-intro",
        PageKind::Risks => "risks-intro",
        PageKind::Model => "model-intro",
        PageKind::Glossary => "glossary-intro",
        PageKind::OpenQuestions => "open-questions-intro",
        PageKind::TranslationStatus => "translation-status-intro",
        PageKind::Responsibilities => "matrix-intro",
        PageKind::GovernanceMap => "map-intro",
        PageKind::RiskMatrix => "risk-matrix-intro",
        PageKind::Search => "search-intro",
        PageKind::NotFound => "not-found-lead",
        _ => return None,
    })
}

/// The plain text of a prose page's first paragraph, cut to the length of a search snippet.
pub fn first_paragraph(html: &str) -> Option<String> {
    let start = html.find("<p>")?;
    let end = html[start..].find("</p>")? + start;
    let text = crate::render::search::plain(&html[start..end]);
    (!text.is_empty()).then(|| crate::render::search::short(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_paragraph_is_plain_text() {
        let html = "<h2>x</h2>\n<p>Roller &amp; <em>fora</em>.</p><p>Mer.</p>";
        assert_eq!(first_paragraph(html).as_deref(), Some("Roller & fora ."));
        assert_eq!(first_paragraph("<ul><li>x</li></ul>"), None);
    }
}
