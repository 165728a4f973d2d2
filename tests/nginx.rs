//! The documented nginx configuration (`deploy/nginx/`), run with Debian's nginx on 127.0.0.1
//! against a fresh build of the default site under `/ikt-styring/`: pages, content types,
//! the Content-Security-Policy and other security headers, caching, and the not-found page in
//! the reader's language.
//!
//! Needs `/usr/sbin/nginx` (Debian package `nginx`; `.ci/run` installs it). On a developer
//! machine without it, `GOVDOC_SKIP_NGINX=1` skips this test explicitly and says so.

mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::*;

const NGINX: &str = "/usr/sbin/nginx";

struct Server {
    child: Child,
    origin: String,
    site: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The deployment files with their port and folders pointed at a temporary folder.
fn config(www: &Path, port: u16) -> String {
    let deploy = repo_root().join("deploy/nginx");
    let conf = std::fs::read_to_string(deploy.join("govdoc.conf")).unwrap();
    for needle in [
        "listen 80;",
        "root /srv/govdoc/www;",
        "/etc/nginx/snippets/govdoc-headers.conf",
    ] {
        assert!(
            conf.contains(needle),
            "govdoc.conf no longer has `{needle}`"
        );
    }
    conf.replace("listen 80;", &format!("listen 127.0.0.1:{port};"))
        .replace("root /srv/govdoc/www;", &format!("root {};", www.display()))
        .replace(
            "/etc/nginx/snippets/govdoc-headers.conf",
            &deploy.join("govdoc-headers.conf").display().to_string(),
        )
}

fn start() -> Option<Server> {
    start_site(&repo_root())
}

/// nginx with the documented configuration, serving a fresh build of `source` under `/ikt-styring/`.
fn start_site(source: &Path) -> Option<Server> {
    if std::env::var("GOVDOC_SKIP_NGINX").is_ok_and(|v| !v.is_empty() && v != "0") {
        let _ =
            std::io::stderr().write_all(b"\n!!! NGINX TEST SKIPPED: GOVDOC_SKIP_NGINX is set.\n");
        return None;
    }
    assert!(
        Path::new(NGINX).is_file(),
        "the nginx test needs Debian's nginx at {NGINX}: run `bash .ci/run` to install it, or set GOVDOC_SKIP_NGINX=1"
    );
    let tmp = tempdir();
    let www = tmp.path().join("www");
    build(
        source,
        &www.join("ikt-styring"),
        &["--base-url", "https://intranet.example/ikt-styring/"],
    )
    .expect_status(0);
    let port = free_port();
    let prefix: PathBuf = tmp.path().join("nginx");
    std::fs::create_dir_all(&prefix).unwrap();
    std::fs::write(prefix.join("govdoc.conf"), config(&www, port)).unwrap();
    let p = prefix.display();
    std::fs::write(
        prefix.join("nginx.conf"),
        format!(
            "daemon off;\nmaster_process off;\npid {p}/nginx.pid;\nerror_log {p}/error.log;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n\
             client_body_temp_path {p}/body;\n  proxy_temp_path {p}/proxy;\n  fastcgi_temp_path {p}/fastcgi;\n\
             uwsgi_temp_path {p}/uwsgi;\n  scgi_temp_path {p}/scgi;\n  include {p}/govdoc.conf;\n}}\n"
        ),
    )
    .unwrap();
    let check = Command::new(NGINX)
        .args(["-t", "-e"])
        .arg(prefix.join("error.log"))
        .arg("-p")
        .arg(&prefix)
        .arg("-c")
        .arg(prefix.join("nginx.conf"))
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "nginx -t refuses the configuration:\n{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let child = Command::new(NGINX)
        .arg("-e")
        .arg(prefix.join("error.log"))
        .arg("-p")
        .arg(&prefix)
        .arg("-c")
        .arg(prefix.join("nginx.conf"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let origin = format!("http://127.0.0.1:{port}");
    let server = Server {
        child,
        origin,
        site: www.join("ikt-styring"),
        _tmp: tmp,
    };
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "nginx did not start listening"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(server)
}

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: String,
}

fn get(server: &Server, path: &str) -> Answer {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = client
        .get(format!("{}{path}", server.origin))
        .send()
        .unwrap();
    Answer {
        status: res.status().as_u16(),
        headers: res.headers().clone(),
        body: res.text().unwrap_or_default(),
    }
}

fn header<'a>(a: &'a Answer, name: &str) -> &'a str {
    a.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

#[test]
fn the_documented_nginx_configuration_serves_the_site_under_a_sub_path() {
    let Some(server) = start() else { return };

    // Pages, in the right type, with a strict policy and revalidated.
    let page = get(&server, "/ikt-styring/nb/roles/system-owner/");
    assert_eq!(page.status, 200);
    assert_eq!(header(&page, "content-type"), "text/html; charset=utf-8");
    let csp = header(&page, "content-security-policy");
    assert!(csp.starts_with("default-src 'self';"), "{csp}");
    assert!(!csp.contains("unsafe"), "{csp}");
    assert!(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'"));
    for (h, v) in [
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "same-origin"),
        ("x-frame-options", "DENY"),
        ("cache-control", "no-cache"),
    ] {
        assert_eq!(header(&page, h), v, "{h}");
    }
    assert!(page.body.contains("<html lang=\"nb\">"));
    assert!(page.body.contains("href=\"/ikt-styring/static/style.css\""));

    // Static files: their types, cached for a day, the same security headers.
    for (path, ty) in [
        ("/ikt-styring/static/style.css", "text/css; charset=utf-8"),
        (
            "/ikt-styring/static/favicon.svg",
            "image/svg+xml; charset=utf-8",
        ),
    ] {
        let a = get(&server, path);
        assert_eq!(a.status, 200, "{path}");
        assert_eq!(header(&a, "content-type"), ty, "{path}");
        assert_eq!(
            header(&a, "cache-control"),
            "public, max-age=86400",
            "{path}"
        );
        assert!(header(&a, "content-security-policy").starts_with("default-src 'self';"));
        assert_eq!(header(&a, "x-content-type-options"), "nosniff");
    }
    // Calendar feeds: text/calendar, revalidated like pages.
    let feed = get(&server, "/ikt-styring/nb/forums/calendar.ics");
    assert_eq!(feed.status, 200);
    assert_eq!(
        header(&feed, "content-type"),
        "text/calendar; charset=utf-8"
    );
    assert_eq!(header(&feed, "cache-control"), "no-cache");
    assert!(feed.body.starts_with("BEGIN:VCALENDAR"));
    let sitemap = get(&server, "/ikt-styring/sitemap.xml");
    assert_eq!(sitemap.status, 200);
    assert!(header(&sitemap, "content-type").contains("xml"));
    assert!(sitemap
        .body
        .contains("<loc>https://intranet.example/ikt-styring/en/</loc>"));
    let robots = get(&server, "/ikt-styring/robots.txt");
    assert_eq!(header(&robots, "content-type"), "text/plain; charset=utf-8");
    // Crawlers ask the host's root, and get the site's rules, which name its path.
    let root_robots = get(&server, "/robots.txt");
    assert_eq!(root_robots.status, 200);
    assert_eq!(
        header(&root_robots, "content-type"),
        "text/plain; charset=utf-8"
    );
    assert!(
        root_robots.body.contains("Disallow: /ikt-styring/\n"),
        "{}",
        root_robots.body
    );

    // The not-found page in the reader's language, with the same headers.
    for (path, lang) in [
        ("/ikt-styring/es/roles/nobody/", "es"),
        ("/ikt-styring/en/nothing.html", "en"),
        ("/ikt-styring/nb/x/y/", "nb"),
        ("/ikt-styring/elsewhere/", "nb"),
    ] {
        let a = get(&server, path);
        assert_eq!(a.status, 404, "{path}");
        assert!(
            a.body.contains(&format!("<html lang=\"{lang}\">")),
            "{path}: {}",
            &a.body[..a.body.len().min(300)]
        );
        assert!(header(&a, "content-security-policy").starts_with("default-src 'self';"));
    }

    // A folder without its slash is redirected to it; nothing lives outside the sub-path.
    let bare = get(&server, "/ikt-styring/en");
    assert_eq!(bare.status, 301);
    assert!(header(&bare, "location").ends_with("/ikt-styring/en/"));
    assert_eq!(get(&server, "/").status, 302);
    assert_eq!(get(&server, "/other/").status, 404);
}

/// The browser suite (axe-core, no console error, no CSP violation, no request elsewhere, the
/// language switcher, keyboard, no JavaScript, the phone header and menu, the one-row menu at
/// 1280 px) against nginx with the documented configuration, under `/ikt-styring/`, for the
/// default site and the example municipality.
#[test]
fn the_browser_suite_passes_behind_nginx() {
    if browser_skipped() {
        return;
    }
    for source in [repo_root(), repo_root().join("examples/kommune")] {
        let Some(server) = start_site(&source) else {
            return;
        };
        let out = Command::new("node")
            .arg(repo_root().join("tests/browser/run.mjs"))
            .arg(&server.site)
            .args(["--base-path", "/ikt-styring/", "--origin", &server.origin])
            .current_dir(repo_root())
            .stdin(Stdio::null())
            .output()
            .expect("run node (the browser suite needs Node.js; `bash .ci/run` checks it)");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "{}: the browser suite failed behind nginx:\n{text}",
            source.display()
        );
        assert!(text.contains("0 axe violations"), "{text}");
    }
}

fn browser_skipped() -> bool {
    if std::env::var("GOVDOC_SKIP_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0") {
        let _ = std::io::stderr()
            .write_all(b"\n!!! BROWSER RUN BEHIND NGINX SKIPPED: GOVDOC_SKIP_BROWSER is set.\n");
        return true;
    }
    false
}

/// Every page of the default site and of the example municipality, in every language, behind
/// nginx under `/ikt-styring/` (tests/browser/every-page.mjs): zero axe WCAG 2.1 A/AA
/// violations, no console error, no CSP violation, no request elsewhere, every link answered,
/// the language switcher to the same page. With `GOVDOC_SCREENSHOTS=1` it also rewrites the
/// README's screenshots in docs/screenshots/.
#[test]
fn every_page_of_both_sites_passes_behind_nginx() {
    if browser_skipped() {
        return;
    }
    let screenshots = std::env::var("GOVDOC_SCREENSHOTS").is_ok_and(|v| !v.is_empty() && v != "0");
    for (source, set) in [
        (repo_root(), "default"),
        (repo_root().join("examples/kommune"), "example"),
    ] {
        let started = Instant::now();
        let Some(server) = start_site(&source) else {
            return;
        };
        let served = started.elapsed();
        let mut node = Command::new("node");
        node.arg(repo_root().join("tests/browser/every-page.mjs"))
            .arg(&server.site)
            .args(["--base-path", "/ikt-styring/", "--origin", &server.origin]);
        if screenshots {
            node.arg("--screenshots")
                .arg(repo_root().join("docs/screenshots"))
                .args(["--screenshot-set", set]);
        }
        let out = node
            .current_dir(repo_root())
            .stdin(Stdio::null())
            .output()
            .expect("run node (the browser suite needs Node.js; `bash .ci/run` checks it)");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "{}: the every-page browser run failed behind nginx:\n{text}",
            source.display()
        );
        // Shown with --nocapture: how many pages and how long.
        println!(
            "{}: built and served in {:.1} s, browser run {:.1} s\n{}",
            source.display(),
            served.as_secs_f64(),
            (started.elapsed() - served).as_secs_f64(),
            text.trim_end()
        );
    }
}
