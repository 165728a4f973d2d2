//! The built-in `base.html` written without tera: everything before and after a card's
//! `content` block, from the page's [`Frame`].

use super::frame::{Frame, NavItem};
use super::write::{Missing, Page};
use fluent_bundle::{FluentArgs, FluentValue};

/// tera's truth of an optional text: present and not empty.
pub(super) fn some(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// `base.html` up to its `content` block: head, header, navigation, breadcrumbs, the draft
/// banner.
pub(super) fn head(p: &mut Page, f: &Frame, fallback_count: usize) -> Result<(), Missing> {
    p.lit("<!DOCTYPE html>\n<html lang=\"");
    p.esc(f.lang);
    p.lit("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>");
    if f.title != f.site_title {
        p.esc(&f.title);
        p.lit(" \u{2013} ");
    }
    p.esc(&f.site_title);
    p.lit("</title>\n");
    if let Some(d) = some(&f.page_description) {
        p.lit("<meta name=\"description\" content=\"");
        p.esc(d);
        p.lit("\">\n");
    }
    if !f.search_engines {
        p.lit("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
    }
    p.lit("<meta name=\"generator\" content=\"");
    p.esc(f.generator);
    p.lit("\">\n");
    if let Some(c) = some(&f.canonical_url) {
        p.lit("<link rel=\"canonical\" href=\"");
        p.esc(c);
        p.lit("\">\n");
    }
    p.lit("<link rel=\"icon\" href=\"");
    p.esc(&f.favicon_url);
    p.lit("\" type=\"image/svg+xml\">\n");
    for alt in &f.alternates {
        p.lit("<link rel=\"alternate\" hreflang=\"");
        p.esc(&alt.lang);
        p.lit("\" href=\"");
        p.esc(&alt.url);
        p.lit("\">\n");
    }
    p.lit("<link rel=\"stylesheet\" href=\"");
    p.esc(&f.css_url);
    p.lit("\">\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">");
    p.t("skip-to-content")?;
    p.lit("</a>\n<header class=\"site-header\">\n  <div class=\"wrap header-row\">\n    <a class=\"brand\" href=\"");
    p.esc(&f.home_url);
    p.lit("\">");
    if let Some(logo) = f.owner.as_ref().and_then(|o| some(&o.logo_url)) {
        p.lit("<img class=\"logo\" src=\"");
        p.esc(logo);
        p.lit("\" alt=\"\" width=\"40\" height=\"40\">");
    }
    p.lit("<span class=\"brand-text\">");
    if let Some(o) = &f.owner {
        p.lit("<span class=\"owner\">");
        p.esc(&o.name);
        p.lit("</span>");
    }
    p.lit("<span class=\"site-title\">");
    p.esc(&f.site_title);
    p.lit("</span></span></a>\n    ");
    if let Some(s) = some(&f.search_url) {
        p.lit("<a class=\"search-link\" href=\"");
        p.esc(s);
        p.lit("\"");
        if f.page_url.as_deref() == Some(s) {
            p.lit(" aria-current=\"page\"");
        }
        p.lit(">");
        p.t("search-link")?;
        p.lit("</a>\n    ");
    }
    p.lit("<nav class=\"languages\" aria-label=\"");
    p.t("language-switcher-label")?;
    p.lit("\">\n      <ul>\n      ");
    for alt in &f.alternates {
        p.lit("\n        <li>");
        if alt.current {
            p.lit("<span class=\"current-language\" aria-current=\"true\" lang=\"");
            p.esc(&alt.lang);
            p.lit("\">");
            p.esc(&alt.name);
            p.lit("</span>");
        } else {
            p.lit("<a href=\"");
            p.esc(&alt.url);
            p.lit("\" hreflang=\"");
            p.esc(&alt.lang);
            p.lit("\" lang=\"");
            p.esc(&alt.lang);
            p.lit("\">");
            p.esc(&alt.name);
            p.lit("</a>");
        }
        p.lit("</li>\n      ");
    }
    p.lit("\n      </ul>\n    </nav>\n  </div>");
    let more_count = f.nav.iter().filter(|n| n.more).count();
    let more_here = f.nav.iter().any(|n| n.more && (n.current || n.in_section));
    p.lit("\n  <nav class=\"main-nav\" aria-label=\"");
    p.t("main-navigation-label")?;
    p.lit("\">\n    <details class=\"menu wrap\">\n      <summary>");
    p.t("menu-button")?;
    p.lit("</summary>\n      <ul class=\"menu-list\">\n      ");
    for item in f.nav.iter().filter(|n| !n.more) {
        p.lit("\n        ");
        nav_item(p, item);
        p.lit("\n      ");
    }
    p.lit("\n      ");
    if more_count > 0 {
        p.lit("<li class=\"menu-more-item\"><details class=\"menu-more\">\n          <summary");
        if more_here {
            p.lit(" class=\"in-section\"");
        }
        p.lit(">");
        p.t("menu-more")?;
        p.lit("</summary>\n          <ul>\n          ");
        for item in f.nav.iter().filter(|n| n.more) {
            p.lit("\n            ");
            nav_item(p, item);
            p.lit("\n          ");
        }
        p.lit("\n          </ul>\n        </details></li>\n      ");
    }
    p.lit("</ul>\n    </details>\n  </nav>\n</header>\n");
    if f.example {
        p.lit("<aside class=\"example-banner\" aria-label=\"");
        p.t("example-banner-label")?;
        p.lit("\"><p class=\"wrap\">");
        p.t("example-banner")?;
        p.lit("</p></aside>\n");
    }
    if !f.breadcrumbs.is_empty() {
        p.lit("<nav class=\"breadcrumbs wrap\" aria-label=\"");
        p.t("breadcrumbs-label")?;
        p.lit("\">\n  <ol>\n  ");
        let last = f.breadcrumbs.len() - 1;
        for (i, c) in f.breadcrumbs.iter().enumerate() {
            p.lit("\n    <li>");
            if i == last {
                p.lit("<span>");
                p.esc(&c.text);
                p.lit("</span>");
            } else {
                p.link(c);
            }
            p.lit("</li>\n  ");
        }
        p.lit("\n  </ol>\n</nav>\n");
    }
    p.lit("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n");
    if f.drafts && fallback_count > 0 {
        p.lit("<p class=\"draft-banner\" role=\"note\">");
        let mut args = FluentArgs::new();
        // tera hands numbers to `t()` as floats.
        args.set("count", FluentValue::from(fallback_count as f64));
        p.t_with("draft-fallback-banner", &args)?;
        p.lit("</p>");
    }
    p.lit("\n");
    Ok(())
}

fn nav_item(p: &mut Page, item: &NavItem) {
    p.lit("<li><a href=\"");
    p.esc(&item.url);
    p.lit("\"");
    if item.current {
        p.lit(" aria-current=\"page\"");
    } else if item.in_section {
        p.lit(" class=\"in-section\"");
    }
    p.lit(">");
    p.esc(&item.text);
    p.lit("</a></li>");
}

/// `base.html` after its `content` block: the footer.
pub(super) fn foot(p: &mut Page, f: &Frame) -> Result<(), Missing> {
    p.lit("\n</main>\n<footer class=\"site-footer\">\n  <div class=\"wrap footer-grid\">\n    ");
    if let Some(o) = &f.owner {
        p.lit("<section aria-labelledby=\"footer-owner\">\n      <h2 id=\"footer-owner\">");
        p.esc(&o.name);
        p.lit("</h2>\n      ");
        if let Some(url) = some(&o.url) {
            p.lit("<p><a href=\"");
            p.esc(url);
            p.lit("\">");
            p.esc(url.replace("https://", "").trim_end_matches('/'));
            p.lit("</a></p>");
        }
        p.lit("\n    </section>\n    ");
    }
    let c = f.contact;
    if some(&c.email).is_some() || some(&c.phone).is_some() || some(&c.url).is_some() {
        p.lit("<section aria-labelledby=\"footer-contact\">\n      <h2 id=\"footer-contact\">");
        p.t("footer-contact-heading")?;
        p.lit("</h2>\n      <ul>\n        ");
        if let Some(email) = some(&c.email) {
            p.lit("<li>");
            p.t("contact-email")?;
            p.lit(": <a href=\"mailto:");
            p.esc(email);
            p.lit("\">");
            p.esc(email);
            p.lit("</a></li>");
        }
        p.lit("\n        ");
        if let Some(phone) = some(&c.phone) {
            p.lit("<li>");
            p.t("contact-phone")?;
            p.lit(": <a href=\"tel:");
            p.esc(&phone.replace(' ', ""));
            p.lit("\">");
            p.esc(phone);
            p.lit("</a></li>");
        }
        p.lit("\n        ");
        if let Some(url) = some(&c.url) {
            p.lit("<li><a href=\"");
            p.esc(url);
            p.lit("\">");
            p.t("contact-page")?;
            p.lit("</a></li>");
        }
        p.lit("\n      </ul>\n    </section>\n    ");
    }
    p.lit("<section aria-labelledby=\"footer-about\">\n      <h2 id=\"footer-about\">");
    p.t("footer-about-heading")?;
    p.lit("</h2>\n      <ul>\n        ");
    if let Some(d) = &f.last_updated {
        p.lit("<li>");
        p.t("footer-last-updated")?;
        p.lit(": <time datetime=\"");
        p.esc(&d.iso);
        p.lit("\">");
        let mut args = FluentArgs::new();
        args.set("year", FluentValue::from(d.year.clone()));
        // tera hands numbers to `t()` as floats.
        args.set("month", FluentValue::from(f64::from(d.month)));
        args.set("day", FluentValue::from(f64::from(d.day)));
        p.t_with("date", &args)?;
        p.lit("</time></li>");
    }
    p.lit("\n        ");
    if let Some(url) = some(&f.accessibility_url) {
        p.lit("<li>");
        footer_link(p, url, f.page_url.as_deref(), "accessibility-title")?;
        p.lit("</li>");
    }
    p.lit("\n        <li>");
    let page_url = f.page_url.as_deref();
    footer_link(p, &f.open_questions_url, page_url, "open-questions-title")?;
    p.lit("</li>\n        ");
    if let Some(url) = some(&f.status_url) {
        p.lit("<li>");
        footer_link(p, url, f.page_url.as_deref(), "translation-status-title")?;
        p.lit("</li>");
    }
    p.lit("\n        <li>");
    p.t("footer-generated-by")?;
    p.lit("</li>\n      </ul>\n    </section>\n  </div>\n</footer>\n</body>\n</html>\n");
    Ok(())
}

/// A footer link to a page named by message `id`, marked when it is the page itself:
/// `<a href="{{ url }}"{% if page_url == url %} aria-current="page"{% endif %}>{{ t(id) }}</a>`.
fn footer_link(p: &mut Page, url: &str, page_url: Option<&str>, id: &str) -> Result<(), Missing> {
    p.lit("<a href=\"");
    p.esc(url);
    p.lit("\"");
    if page_url == Some(url) {
        p.lit(" aria-current=\"page\"");
    }
    p.lit(">");
    p.t(id)?;
    p.lit("</a>");
    Ok(())
}
