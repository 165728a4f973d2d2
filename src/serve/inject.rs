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
use axum::http::{header, HeaderValue, Method, StatusCode};
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

/// The longest path segment and path served; longer ones are answered with the 404 page
/// (file systems refuse names over 255 bytes, which would otherwise be a 500).
pub const MAX_SEGMENT: usize = 255;
/// See [`MAX_SEGMENT`].
pub const MAX_PATH: usize = 4096;

/// The request path made safe to serve: runs of `/` collapsed (`//nb` would otherwise be
/// redirected to `//nb/`, which a browser reads as the host `nb`), and over-long paths replaced
/// by one that is certainly not found.
fn safe_path(path: &str) -> Option<String> {
    let too_long = path.len() > MAX_PATH || path.split('/').any(|s| s.len() > MAX_SEGMENT);
    if too_long {
        return Some("/__govdoc/not-found".into());
    }
    if !path.contains("//") {
        return None;
    }
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    Some(out)
}

/// A copy of a bodiless request without its `Range` (for HTML, which is changed on the way).
fn without_range(req: &Request) -> Request {
    let mut copy = Request::new(Body::empty());
    *copy.method_mut() = req.method().clone();
    *copy.uri_mut() = req.uri().clone();
    *copy.version_mut() = req.version();
    *copy.headers_mut() = req.headers().clone();
    copy.headers_mut().remove(header::RANGE);
    copy.headers_mut().remove(header::IF_RANGE);
    copy
}

/// The middleware (see the module documentation).
pub async fn inject(State(live): State<Arc<Live>>, mut req: Request, next: Next) -> Response {
    req.headers_mut().remove(header::IF_MODIFIED_SINCE);
    req.headers_mut().remove(header::IF_NONE_MATCH);
    let internal = req.uri().path().starts_with("/__govdoc/");
    if let Some(path) = safe_path(req.uri().path()) {
        let target = match req.uri().query() {
            Some(q) => format!("{path}?{q}"),
            None => path,
        };
        if let Ok(uri) = target.parse() {
            *req.uri_mut() = uri;
        }
    }
    // HEAD must announce the length GET sends, which includes the snippet; hyper drops the
    // body of a response to HEAD.
    let head = req.method() == Method::HEAD;
    if head {
        *req.method_mut() = Method::GET;
    }
    let retry = req
        .headers()
        .contains_key(header::RANGE)
        .then(|| without_range(&req));
    let again = next.clone();
    let mut res = next.run(req).await;
    fix_location(&mut res);
    if internal || !is_html(&res) {
        return res;
    }
    // A range of the file on disk is not a range of the page served: serve the whole page.
    if let Some(r) = retry {
        res = again.run(r).await;
        if !is_html(&res) {
            return res;
        }
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
        header::CONTENT_RANGE,
    ] {
        parts.headers.remove(h);
    }
    if parts.status == StatusCode::PARTIAL_CONTENT {
        parts.status = StatusCode::OK;
    }
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(page.len()));
    let body = if head {
        Body::empty()
    } else {
        Body::from(page)
    };
    Response::from_parts(parts, body)
}

fn is_html(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// A redirect must stay on this server: a `Location` starting with `//` or `/\\` is made a
/// plain path.
fn fix_location(res: &mut Response) {
    let Some(loc) = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return;
    };
    if loc.starts_with("//") || loc.starts_with("/\\") {
        let fixed = format!("/{}", loc.trim_start_matches(['/', '\\']));
        if let Ok(v) = HeaderValue::from_str(&fixed) {
            res.headers_mut().insert(header::LOCATION, v);
        }
    }
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
