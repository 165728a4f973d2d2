//! `govdoc serve` over loopback: content types, the 404 page, path traversal refused, the
//! reload script only in served HTML (never on disk), a reload event after an edit, the error
//! overlay while the site is broken, and a clear error when the port is taken.

mod common;

use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

fn start(dir: &std::path::Path) -> (Govdoc, String) {
    let mut g = Govdoc::start(
        dir,
        &["serve", "-s", "site", "--out", "public", "--port", "0"],
    );
    let line = g.wait_line("serving ");
    let base = line
        .split(" at ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .expect("an address")
        .trim_end_matches('/')
        .to_string();
    (g, base)
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(PATIENCE)
        .build()
        .unwrap()
}

fn get(base: &str, path: &str) -> (u16, String, String) {
    let r = client().get(format!("{base}{path}")).send().unwrap();
    let ct = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (r.status().as_u16(), ct, r.text().unwrap())
}

/// Sends a request line as written (no URL normalisation) and returns the status line and body.
fn raw(base: &str, target: &str) -> (String, String) {
    let mut s = TcpStream::connect(base.trim_start_matches("http://")).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let status = text.lines().next().unwrap_or_default().to_string();
    (status, text)
}

#[test]
fn pages_types_404_and_traversal() {
    let (tmp, _site) = site(6);
    let dir = tmp.path();
    let (_g, base) = start(dir);

    let (status, ct, body) = get(&base, "/nb/roles/role-00001/");
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/html"), "{ct}");
    assert!(
        body.contains("/__govdoc/reload.js"),
        "script injected into served HTML"
    );
    let on_disk = read(dir.join("public/nb/roles/role-00001/index.html"));
    assert!(!on_disk.contains("__govdoc"), "never into files on disk");

    let (status, ct, css) = get(&base, "/static/style.css");
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/css"), "{ct}");
    assert!(!css.contains("__govdoc"));

    // Translators preview with serve: the status page is published even though the settings
    // of the generated site do not ask for it.
    let (status, _, body) = get(&base, "/es/translation-status/");
    assert_eq!(status, 200, "serve publishes the translation-status page");
    assert!(body.contains("<h1"), "{body}");

    let (status, ct, _) = get(&base, "/__govdoc/reload.js");
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/javascript"), "{ct}");

    let (status, ct, body) = get(&base, "/nb/no-such-page/");
    assert_eq!(status, 404);
    assert!(ct.starts_with("text/html"));
    assert_eq!(
        body.replace(
            &body[body.find("<script src=\"/__govdoc").unwrap()
                ..body.find("</script>").unwrap() + 9],
            ""
        ),
        read(dir.join("public/404.html")),
        "the site's own 404 page"
    );

    std::fs::write(dir.join("secret.txt"), "top secret").unwrap();
    for target in [
        "/../secret.txt",
        "/nb/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/nb/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
    ] {
        let (status, text) = raw(&base, target);
        assert!(
            status.contains(" 404 ") || status.contains(" 400 "),
            "{target}: {status}"
        );
        assert!(
            !text.contains("top secret"),
            "{target} escaped the site folder"
        );
    }
}

#[test]
fn an_edit_sends_a_reload_event_and_errors_show_as_an_overlay() {
    let (tmp, site) = site(6);
    let dir = tmp.path();
    let (mut g, base) = start(dir);
    let events = client()
        .get(format!("{base}/__govdoc/events"))
        .send()
        .unwrap();
    assert!(events.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/event-stream"));
    let mut lines = BufReader::new(events).lines();
    let mut next_build = || loop {
        let line = lines
            .next()
            .expect("the event stream stays open")
            .expect("readable");
        if let Some(n) = line.strip_prefix("data: ") {
            return n.parse::<u64>().expect("a build number");
        }
    };
    let first = next_build();

    let ftl = site.join("locales/nb/roles/role-00001.ftl");
    let old = ftl_line(&ftl, "role-role-00001-responsibility-r3");
    edit(
        &ftl,
        &old,
        "role-role-00001-responsibility-r3 = Lastet på nytt.",
    );
    let second = next_build();
    assert!(second > first);
    g.wait_line("rebuilt");
    let (_, _, page) = get(&base, "/nb/roles/role-00001/");
    assert!(page.contains("Lastet på nytt."));
    assert!(page.contains(&format!("data-build=\"{second}\"")));
    assert!(!page.contains("govdoc-errors"));

    edit(
        &ftl,
        "role-role-00001-responsibility-r3 = Lastet på nytt.",
        "role-role-00001-responsibility-r3 = { $broken",
    );
    let third = next_build();
    assert!(
        third > second,
        "a failed rebuild also reloads, to show the overlay"
    );
    let (_, _, page) = get(&base, "/nb/roles/role-00001/");
    assert!(
        page.contains("id=\"govdoc-errors\""),
        "overlay while broken"
    );
    assert!(
        page.contains("locales/nb/roles/role-00001.ftl:"),
        "with the diagnostic's place"
    );
    assert!(page.contains("Lastet på nytt."), "over the last good page");

    edit(
        &ftl,
        "role-role-00001-responsibility-r3 = { $broken",
        "role-role-00001-responsibility-r3 = Rettet igjen.",
    );
    assert!(next_build() > third);
    let (_, _, page) = get(&base, "/nb/roles/role-00001/");
    assert!(!page.contains("govdoc-errors"), "overlay gone when fixed");
    assert!(page.contains("Rettet igjen."));
    assert!(
        g.interrupt(),
        "Ctrl-C ends serve cleanly even with an open event stream"
    );
    assert!(dir.join("public/nb/roles/role-00001/index.html").is_file());
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let (tmp, _site) = site(3);
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["serve", "-s", "site", "--port", &port])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("cannot listen on 127.0.0.1:{port}")) && err.contains("--port"),
        "{err}"
    );
}

#[test]
fn a_site_broken_from_the_start_shows_its_errors_and_recovers() {
    let (tmp, site) = site(3);
    let dir = tmp.path();
    let yml = site.join("content/forums/forum-00001.yml");
    let good = read(&yml);
    std::fs::write(&yml, good.replace("chair: role-00001", "chair: role-99999")).unwrap();
    let (mut g, base) = start(dir);
    let (status, ct, page) = get(&base, "/nb/");
    assert_eq!(status, 404);
    assert!(ct.starts_with("text/html"));
    assert!(
        page.contains("id=\"govdoc-errors\"") && page.contains("role-99999"),
        "{page}"
    );
    std::fs::write(&yml, good).unwrap();
    g.wait_line("rebuilt (errors fixed)");
    let (status, _, page) = get(&base, "/nb/");
    assert_eq!(status, 200);
    assert!(!page.contains("govdoc-errors"));
}
