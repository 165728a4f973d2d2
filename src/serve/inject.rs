//! What `serve` adds to HTML responses, and only there (never to files on disk, so `build`
//! output stays byte-identical): the live-reload script, and while the site has errors an
//! overlay with the same diagnostics the terminal shows.
//!
//! Procedure of [`inject`], a response middleware: drop the request's cache validators (a 304
//! would bring back a stale page or overlay), run the request, and for `text/html` responses
//! insert the script tag, stamped with the current build number, and the overlay before
//! `</body>`, then forbid caching.

use super::Live;
use crate::diagnostics::{render_human, Diagnostics};
use crate::render::engine::escape_html;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;

/// The reload script: compares the build number it was served with to the server's, which the
/// event stream sends on connecting and after every rebuild, and reloads when they differ.
pub const RELOAD_JS: &str = r#"// govdoc serve: reloads this page when the site is rebuilt (server-sent events).
(function () {
  var me = document.currentScript;
  var build = me ? me.getAttribute("data-build") : null;
  var events = new EventSource("/__govdoc/events");
  events.addEventListener("build", function (e) {
    if (build !== null && e.data !== build) { events.close(); location.reload(); }
  });
})();
"#;

/// The error overlay for a set of diagnostics.
pub fn overlay(errors: &Diagnostics) -> String {
    let text = escape_html(&render_human(errors, false));
    format!(
        concat!(
            "<div id=\"govdoc-errors\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;",
            "background:rgba(24,24,24,.94);color:#fff;padding:2rem;font:15px/1.5 system-ui,sans-serif\">",
            "<h2 style=\"margin:0 0 1rem;color:#ff8a80\">govdoc: the site has errors</h2>",
            "<p>The pages show the last good build. Fix the files below and save: this page reloads by itself.</p>",
            "<pre style=\"white-space:pre-wrap;font:13px/1.45 ui-monospace,monospace;background:#000;padding:1rem\">{}</pre></div>"
        ),
        text
    )
}

/// The HTML inserted into a page: the script tag and, while broken, the overlay.
fn snippet(live: &Live) -> String {
    let (build, errors) = live.snapshot();
    let mut s = format!("<script src=\"/__govdoc/reload.js\" data-build=\"{build}\"></script>");
    if let Some(errors) = errors {
        s.push_str(&overlay(&errors));
    }
    s
}

/// Inserts `snippet` before the last `</body>`, or at the end when there is none.
pub fn insert(html: &str, snippet: &str) -> String {
    let at = html.rfind("</body>").unwrap_or(html.len());
    let mut out = String::with_capacity(html.len() + snippet.len());
    out.push_str(&html[..at]);
    out.push_str(snippet);
    out.push_str(&html[at..]);
    out
}

/// The middleware (see the module documentation).
pub async fn inject(State(live): State<Arc<Live>>, mut req: Request, next: Next) -> Response {
    req.headers_mut().remove(header::IF_MODIFIED_SINCE);
    req.headers_mut().remove(header::IF_NONE_MATCH);
    let internal = req.uri().path().starts_with("/__govdoc/");
    let res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if internal || !html {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 256 * 1024 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let page = insert(&String::from_utf8_lossy(&bytes), &snippet(&live));
    for h in [
        header::CONTENT_LENGTH,
        header::LAST_MODIFIED,
        header::ETAG,
        header::ACCEPT_RANGES,
    ] {
        parts.headers.remove(h);
    }
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Response::from_parts(parts, Body::from(page))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Diagnostic;

    #[test]
    fn snippet_goes_before_body_end_and_errors_are_escaped() {
        assert_eq!(
            insert("<p>x</p></body></html>", "S"),
            "<p>x</p>S</body></html>"
        );
        assert_eq!(insert("plain", "S"), "plainS");
        let o = overlay(&Diagnostics(vec![Diagnostic::error(
            "x::y",
            "bad <script> & more",
        )]));
        assert!(o.contains("bad &lt;script&gt; &amp; more"), "{o}");
        assert!(!o.contains("<script>"));
    }
}
