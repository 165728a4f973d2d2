//! Hostile and broken input (issue 12): one test per finding. Each breaks a copy of the fixture
//! after a good build and asserts the diagnostic (code, file, line), the exit status, and that
//! the earlier output folder and the source tree are byte-identical afterwards.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use support::*;

/// A fixture copy with a good build in `public/`.
struct Hostile {
    _tmp: tempfile::TempDir,
    site: PathBuf,
    out: PathBuf,
    before: BTreeMap<String, String>,
}

impl Hostile {
    fn new() -> Hostile {
        let (tmp, site) = fixture_copy();
        let out = tmp.path().join("public");
        build(&site, &out, &[]).expect_status(0);
        let before = hash_tree(&out);
        assert!(
            before.contains_key("nb/index.html"),
            "the good build wrote pages"
        );
        Hostile {
            _tmp: tmp,
            site,
            out,
            before,
        }
    }

    /// Another output folder beside the first, for runs that should succeed.
    fn tmp_out(&self, name: &str) -> PathBuf {
        self._tmp.path().join(name)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.site.join(rel)
    }

    /// Runs `f` (a build, check, …) on the broken site: it must exit with `status` and leave
    /// both the earlier output and the source tree byte-identical.
    fn run_keeps_everything(&self, status: i32, f: impl FnOnce(&Path, &Path) -> Run) -> Run {
        let source_before = hash_tree(&self.site);
        let run = f(&self.site, &self.out);
        run.expect_status(status);
        assert_eq!(
            self.before,
            hash_tree(&self.out),
            "a failed run changed the earlier output folder"
        );
        assert_eq!(
            source_before,
            hash_tree(&self.site),
            "the source tree changed"
        );
        assert_eq!(staging_leftovers(&self.out), Vec::<String>::new());
        run
    }

    /// `govdoc build` must fail with 1 and keep everything.
    fn build_fails(&self, extra: &[&str]) -> Run {
        self.run_keeps_everything(1, |site, out| build(site, out, extra))
    }
}

/// Asserts a diagnostic line `file:line:…error[code]…message…` on stderr.
fn assert_diag(run: &Run, file: &str, line: usize, code: &str, message: &str) {
    let place = format!("{file}:{line}:");
    assert!(
        run.stderr.lines().any(|l| l.starts_with(&place)
            && l.contains(&format!("error[{code}]"))
            && l.contains(message)),
        "no `{place}… error[{code}]: …{message}…` in stderr:\n{}",
        run.stderr
    );
}

fn append(path: &Path, text: &str) {
    let mut old = std::fs::read_to_string(path).unwrap_or_default();
    old.push_str(text);
    std::fs::write(path, old).unwrap();
}

#[allow(dead_code)]
fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn line_of(path: &Path, needle: &str) -> usize {
    line_col(path, needle).0
}

// 1. Crashes -------------------------------------------------------------------------------

#[test]
fn deeply_nested_fluent_placeables_are_an_error_not_a_crash() {
    let h = Hostile::new();
    let file = h.path("locales/en/site.ftl");
    let n = 12_000;
    append(
        &file,
        &format!("deep-message = {}\"x\"{}\n", "{".repeat(n), "}".repeat(n)),
    );
    let line = line_of(&file, "deep-message =");
    // In a translation, a broken entry is a warning unless `--strict` (the translator's guide).
    let run = h.build_fails(&["--strict"]);
    assert_diag(
        &run,
        "locales/en/site.ftl",
        line,
        "i18n::too-deep",
        "100 levels",
    );
    // `check` and `i18n check` read the same files.
    let check = h.run_keeps_everything(1, |site, _| {
        govdoc(&["check", "--strict", "--source", site.to_str().unwrap()])
    });
    assert_diag(
        &check,
        "locales/en/site.ftl",
        line,
        "i18n::too-deep",
        "100 levels",
    );
}

#[test]
fn a_template_that_includes_itself_is_an_error_not_a_crash() {
    let h = Hostile::new();
    let file = h.path("templates/role.html");
    write(
        &file,
        "{% extends \"base.html\" %}\n{% block content %}\n{% include \"role.html\" %}\n{% endblock content %}\n",
    );
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "templates/role.html",
        3,
        "template::cycle",
        "`role.html` uses itself",
    );
}

#[test]
fn a_macro_that_calls_itself_is_an_error_not_a_crash() {
    let h = Hostile::new();
    write(
        &h.path("templates/loop.html"),
        "{% macro again(n) %}\n<b>{{ n }}</b>{{ self::again(n=n) }}\n{% endmacro again %}\n",
    );
    write(
        &h.path("templates/role.html"),
        "{% extends \"base.html\" %}\n{% import \"loop.html\" as l %}\n{% block content %}\n{{ l::again(n=1) }}\n{% endblock content %}\n",
    );
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "templates/loop.html",
        2,
        "template::cycle",
        "macro `again` of `loop.html` uses itself",
    );
}

// 3. Templates must not read the environment -------------------------------------------------

#[test]
fn templates_cannot_read_the_environment() {
    let h = Hostile::new();
    let file = h.path("templates/role.html");
    write(
        &file,
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ get_env(name=\"GOVDOC_TEST_SECRET\", default=\"none\") }}</p>\n{% endblock content %}\n",
    );
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "templates/role.html",
        3,
        "template::forbidden-function",
        "`get_env` is not available",
    );
}

// 2. base-url ------------------------------------------------------------------------------

#[test]
fn a_base_url_that_is_not_a_path_or_http_url_is_refused_in_the_settings() {
    let h = Hostile::new();
    let file = h.path("govdoc.yml");
    edit(&file, "base-url: /", "base-url: //evil.example/");
    let line = line_of(&file, "base-url:");
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "govdoc.yml",
        line,
        "settings::base-url",
        "`//evil.example/` is refused",
    );
    let check = h.run_keeps_everything(1, |site, _| {
        govdoc(&["check", "--source", site.to_str().unwrap()])
    });
    assert_diag(
        &check,
        "govdoc.yml",
        line,
        "settings::base-url",
        "is refused",
    );
}

#[test]
fn a_javascript_base_url_on_the_command_line_is_refused() {
    let h = Hostile::new();
    for bad in [
        "javascript:alert(1)//",
        "data:text/html,x",
        "//evil.example/",
    ] {
        let run = h.build_fails(&["--base-url", bad]);
        assert!(
            run.stderr.contains("error[settings::base-url]") && run.stderr.contains("is refused"),
            "{bad}: {}",
            run.stderr
        );
    }
    // A good one still builds.
    let ok = build(
        &h.site,
        &h.tmp_out("good"),
        &["--base-url", "https://intra.example/docs/"],
    );
    ok.expect_status(0);
}

// 4. Symlinks that leave the site ------------------------------------------------------------

#[cfg(unix)]
#[test]
fn symlinks_that_leave_the_site_are_refused() {
    let h = Hostile::new();
    // A file of the build machine, a folder outside the site, and a prose page outside it.
    let outside = h.tmp_out("outside");
    write(&outside.join("secret.txt"), "SECRET=hunter2\n");
    write(&outside.join("dir/inner.txt"), "inner\n");
    std::fs::create_dir_all(h.path("static")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), h.path("static/passwd.txt")).unwrap();
    std::os::unix::fs::symlink(outside.join("dir"), h.path("static/system")).unwrap();
    // A link that stays inside the site is fine.
    std::os::unix::fs::symlink(h.path("govdoc.yml"), h.path("static/settings-copy.txt")).unwrap();
    let run = h.build_fails(&[]);
    for link in ["static/passwd.txt", "static/system"] {
        assert_diag(&run, link, 1, "load::outside-link", "outside the site");
    }
    assert!(
        run.stderr.contains("secret.txt"),
        "the target is named:\n{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("static/settings-copy.txt"),
        "a link inside the site is allowed:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("hunter2"));
}

// 5. Broken text that used to ship with exit 0 ----------------------------------------------

#[test]
fn cyclic_terms_are_an_error() {
    let h = Hostile::new();
    let file = h.path("locales/nb/terms.ftl");
    edit(
        &file,
        "-system-owner = systemeier",
        "-system-owner = { -cyc-a }\n-cyc-a = { -cyc-b }\n-cyc-b = { -system-owner }",
    );
    let line = line_of(&file, "-system-owner = { -cyc-a }");
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "locales/nb/terms.ftl",
        line,
        "i18n::cycle",
        "reference cycle",
    );
    assert!(
        run.stderr
            .contains("-cyc-a → -cyc-b → -system-owner → -cyc-a"),
        "{}",
        run.stderr
    );
    let check = h.run_keeps_everything(1, |site, _| {
        govdoc(&["check", "--source", site.to_str().unwrap()])
    });
    assert_diag(
        &check,
        "locales/nb/terms.ftl",
        line,
        "i18n::cycle",
        "reference cycle",
    );
}

#[test]
fn a_required_message_with_only_an_attribute_is_an_error() {
    let h = Hostile::new();
    let file = h.path("locales/nb/roles.ftl");
    edit(
        &file,
        "role-system-owner-summary = Eier systemet og prosessen det støtter.",
        "role-system-owner-summary =\n    .note = Eier systemet og prosessen det støtter.",
    );
    let line = line_of(&file, "role-system-owner-summary =");
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "locales/nb/roles.ftl",
        line,
        "i18n::no-text",
        "has attributes but no value",
    );
}

#[test]
fn a_required_message_that_is_empty_is_an_error() {
    let h = Hostile::new();
    let file = h.path("locales/nb/roles.ftl");
    edit(
        &file,
        "role-system-owner-summary = Eier systemet og prosessen det støtter.",
        "role-system-owner-summary = { \"\" }",
    );
    let line = line_of(&file, "role-system-owner-summary =");
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "locales/nb/roles.ftl",
        line,
        "i18n::no-text",
        "is empty",
    );
}

#[test]
fn fluent_functions_are_an_error_not_literal_text() {
    let h = Hostile::new();
    let file = h.path("locales/en/roles.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let first = text
        .lines()
        .find(|l| l.starts_with("role-system-owner-summary"))
        .unwrap()
        .to_string();
    edit(
        &file,
        &first,
        "role-system-owner-summary = Owns { NUMBER(1) } system since { DATETIME(\"2020-01-01\") }.",
    );
    let line = line_of(&file, "{ NUMBER(1) }");
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "locales/en/roles.ftl",
        line,
        "i18n::function",
        "`NUMBER()`",
    );
    assert_diag(
        &run,
        "locales/en/roles.ftl",
        line,
        "i18n::function",
        "`DATETIME()`",
    );
}

// 6. serve -----------------------------------------------------------------------------------

/// A running `govdoc serve` of a fixture copy into its own output folder.
struct Served {
    h: Hostile,
    child: std::process::Child,
    base: String,
    stderr: std::sync::mpsc::Receiver<String>,
    seen: Vec<String>,
    source_before: BTreeMap<String, String>,
}

impl Served {
    /// Starts serve; with `fd_limit`, under `ulimit -n` (to stand for a server whose
    /// connections are all taken).
    fn start(extra: &[&str], fd_limit: Option<u32>) -> Served {
        use std::io::BufRead;
        let h = Hostile::new();
        let source_before = hash_tree(&h.site);
        let out = h.tmp_out("served");
        let mut args: Vec<String> = vec![
            "serve".into(),
            "--source".into(),
            h.site.to_str().unwrap().into(),
            "--out".into(),
            out.to_str().unwrap().into(),
            "--port".into(),
            "0".into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let bin = env!("CARGO_BIN_EXE_govdoc");
        let mut cmd = match fd_limit {
            Some(n) => {
                let mut c = std::process::Command::new("sh");
                c.arg("-c")
                    .arg(format!("ulimit -n {n} && exec \"$0\" \"$@\""))
                    .arg(bin)
                    .args(&args);
                c
            }
            None => {
                let mut c = std::process::Command::new(bin);
                c.args(&args);
                c
            }
        };
        let mut child = cmd
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let err = child.stderr.take().unwrap();
        let (tx, stderr) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for l in std::io::BufReader::new(err).lines().map_while(Result::ok) {
                if tx.send(l).is_err() {
                    break;
                }
            }
        });
        let mut s = Served {
            h,
            child,
            base: String::new(),
            stderr,
            seen: Vec::new(),
            source_before,
        };
        let line = s.wait_for("serving ");
        s.base = line
            .split(" at http://")
            .nth(1)
            .and_then(|x| x.split('/').next())
            .expect("an address")
            .to_string();
        s
    }

    fn wait_for(&mut self, prefix: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
        while let Ok(l) = self
            .stderr
            .recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
        {
            self.seen.push(l.clone());
            if l.starts_with(prefix) {
                return l;
            }
        }
        panic!("no {prefix:?} line; stderr:\n{}", self.seen.join("\n"));
    }

    /// Sends a request as written; returns status, headers (lower-case names) and body.
    fn raw(
        &self,
        method: &str,
        target: &str,
        headers: &[&str],
    ) -> (u16, Vec<(String, String)>, Vec<u8>) {
        use std::io::{Read, Write};
        let addr: std::net::SocketAddr = self.base.replace("0.0.0.0", "127.0.0.1").parse().unwrap();
        let mut s = std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_secs(30))
            .unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
            .unwrap();
        let mut req =
            format!("{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        s.write_all(req.as_bytes()).unwrap();
        let mut all = Vec::new();
        let _ = s.read_to_end(&mut all);
        let split = all
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no response head: {:?}", String::from_utf8_lossy(&all)));
        let head = String::from_utf8_lossy(&all[..split]).to_string();
        let mut lines = head.lines();
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let hs = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        (status, hs, all[split + 4..].to_vec())
    }

    fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        assert_eq!(
            self.source_before,
            hash_tree(&self.h.site),
            "serve changed the source tree"
        );
        assert_eq!(
            self.h.before,
            hash_tree(&self.h.out),
            "serve changed another output folder"
        );
    }
}

fn header<'a>(hs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    hs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

#[test]
fn serve_never_redirects_to_a_protocol_relative_url() {
    let s = Served::start(&[], None);
    for target in ["//nb", "///nb", "//nb?x=1"] {
        let (status, hs, _) = s.raw("GET", target, &[]);
        let loc = header(&hs, "location").unwrap_or("");
        assert!(
            !loc.starts_with("//") && !loc.starts_with("/\\"),
            "{target}: {status} to {loc:?}"
        );
        if (300..400).contains(&status) {
            assert!(loc.starts_with("/nb/"), "{target}: {loc}");
        }
    }
    s.stop();
}

#[test]
fn serve_head_reports_the_length_get_sends() {
    let s = Served::start(&[], None);
    let (gs, ghs, body) = s.raw("GET", "/nb/", &[]);
    let (hs_, hhs, hbody) = s.raw("HEAD", "/nb/", &[]);
    assert_eq!((gs, hs_), (200, 200));
    assert!(hbody.is_empty());
    assert!(String::from_utf8_lossy(&body).contains("/__govdoc/reload.js"));
    let glen = header(&ghs, "content-length").map(str::to_string);
    if let Some(l) = &glen {
        assert_eq!(l, &body.len().to_string());
    }
    assert_eq!(
        header(&hhs, "content-length"),
        Some(body.len().to_string().as_str()),
        "HEAD headers: {hhs:?}"
    );
    s.stop();
}

#[test]
fn serve_range_requests_on_pages_get_the_whole_page() {
    let s = Served::start(&[], None);
    let (_, _, full) = s.raw("GET", "/nb/", &[]);
    let (status, hs, body) = s.raw("GET", "/nb/", &["Range: bytes=0-99"]);
    assert_eq!(status, 200, "{hs:?}");
    assert!(header(&hs, "content-range").is_none());
    assert_eq!(
        String::from_utf8_lossy(&body),
        String::from_utf8_lossy(&full)
    );
    s.stop();
}

#[test]
fn serve_very_long_path_segments_are_404_not_500() {
    let s = Served::start(&[], None);
    for target in [
        format!("/{}", "a".repeat(300)),
        format!("/nb/{}/x", "b".repeat(5000)),
        format!("/{}", "c/".repeat(3000)),
    ] {
        let (status, _, body) = s.raw("GET", &target, &[]);
        assert_eq!(status, 404, "{}…", &target[..20]);
        assert!(!body.is_empty(), "the site's 404 page");
    }
    s.stop();
}

#[test]
fn serve_warns_when_bound_beyond_loopback() {
    let mut s = Served::start(&["--bind", "0.0.0.0"], None);
    let _ = s.child.kill();
    assert!(
        s.seen
            .iter()
            .any(|l| l.starts_with("warning:") && l.contains("visible to the network")),
        "{}",
        s.seen.join("\n")
    );
    s.stop();
}

#[test]
fn serve_idle_connections_cannot_starve_a_normal_request() {
    // 200 idle connections against a server allowed 128 open files: without an idle timeout,
    // the server could never accept another connection (the issue saw this with 20,000
    // connections at the usual limit).
    let s = Served::start(&[], Some(128));
    let addr: std::net::SocketAddr = s.base.parse().unwrap();
    let mut idle = Vec::new();
    for _ in 0..200 {
        match std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(500)) {
            Ok(c) => idle.push(c),
            Err(_) => break,
        }
    }
    assert!(
        idle.len() >= 128,
        "only {} idle connections opened",
        idle.len()
    );
    let started = std::time::Instant::now();
    let (status, _, body) = s.raw("GET", "/nb/", &[]);
    assert_eq!(status, 200);
    assert!(!body.is_empty());
    assert!(
        started.elapsed() < std::time::Duration::from_secs(25),
        "a normal request waited {:?}",
        started.elapsed()
    );
    drop(idle);
    s.stop();
}

// 7. Smaller ---------------------------------------------------------------------------------

#[test]
fn staging_folders_left_by_a_killed_build_are_removed_by_the_next() {
    let h = Hostile::new();
    let parent = h.out.parent().unwrap();
    // What a SIGKILL leaves: a half-written new site and a renamed old one.
    write(
        &parent.join(".public.govdoc-new-Ab12Cd/nb/index.html"),
        "half",
    );
    write(
        &parent.join(".public.govdoc-old-Xy34Zw/.govdoc-output"),
        "old",
    );
    // Another output's staging and an unrelated folder stay.
    write(&parent.join(".other.govdoc-new-Ab12Cd/x"), "other");
    write(&parent.join("keep/x"), "keep");
    let source_before = hash_tree(&h.site);
    build(&h.site, &h.out, &[]).expect_status(0);
    assert_eq!(
        staging_leftovers(&h.out),
        vec![".other.govdoc-new-Ab12Cd".to_string()],
        "only the other output's staging folder is left"
    );
    assert!(parent.join("keep/x").is_file());
    assert_eq!(h.before, hash_tree(&h.out), "the same site was published");
    assert_eq!(source_before, hash_tree(&h.site));
}

#[test]
fn a_byte_order_mark_is_accepted_in_yaml_and_fluent_files() {
    let h = Hostile::new();
    for rel in [
        "content/roles/roles.yml",
        "locales/nb/roles.ftl",
        "govdoc.yml",
    ] {
        let p = h.path(rel);
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend(std::fs::read(&p).unwrap());
        std::fs::write(&p, bytes).unwrap();
    }
    let source_before = hash_tree(&h.site);
    let out = h.tmp_out("bom");
    build(&h.site, &out, &[]).expect_status(0);
    assert_eq!(
        h.before,
        hash_tree(&out),
        "the same site as without the marks"
    );
    assert_eq!(source_before, hash_tree(&h.site));
}

#[test]
fn control_characters_from_source_files_are_escaped_in_diagnostics() {
    // Written as YAML escapes: refused where they stand, before any page, feed or export.
    let h = Hostile::new();
    let file = h.path("content/forums/change-forum.yml");
    edit(
        &file,
        "chair: system-owner",
        "chair: \"sys\\e[2J\\e]0;pwned\\atem\"",
    );
    let line = line_of(&file, "chair:");
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "content/forums/change-forum.yml",
        line,
        "load::control-character",
        "U+001B",
    );
    // Raw in the file: the snippet that echoes the line must not send them to the terminal.
    let h = Hostile::new();
    let file = h.path("content/forums/change-forum.yml");
    edit(
        &file,
        "chair: system-owner",
        "chair: sys\u{1b}[2J\u{1b}]0;pwned\u{7}tem",
    );
    let run = h.build_fails(&[]);
    assert!(
        run.stderr.contains("change-forum.yml:"),
        "the error names the file:\n{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'),
        "raw control characters on stderr:\n{:?}",
        run.stderr
    );
}

#[test]
fn windows_device_names_are_refused_as_ids() {
    let h = Hostile::new();
    let file = h.path("content/roles/roles.yml");
    append(&file, "\n- id: con\n  tasks: [x]\n");
    let line = line_of(&file, "id: con");
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "content/roles/roles.yml",
        line,
        "model::bad-id",
        "`con` is not a valid",
    );
    assert!(run.stderr.contains("Windows reserves"), "{}", run.stderr);
}

#[test]
fn a_huge_id_gives_a_short_diagnostic() {
    let h = Hostile::new();
    let file = h.path("content/roles/roles.yml");
    // 2 MB in one id: the finding names the place and a cut of the text, not the whole id.
    append(&file, &format!("\n- id: {}X\n", "a".repeat(2_000_000)));
    let run = h.build_fails(&[]);
    assert!(
        run.stderr.contains("error[model::bad-id]"),
        "{}",
        &run.stderr[..2000.min(run.stderr.len())]
    );
    assert!(
        run.stderr.contains("more characters)"),
        "the message says it was cut"
    );
    assert!(
        run.stderr.len() < 20_000,
        "{} bytes of diagnostics for one bad id",
        run.stderr.len()
    );
    let json = h.run_keeps_everything(1, |site, out| {
        build(site, out, &["--message-format", "json"])
    });
    assert!(
        json.stdout.len() < 20_000,
        "{} bytes of JSON",
        json.stdout.len()
    );
}

#[test]
fn thousands_of_findings_in_one_file_point_at_their_own_lines() {
    let h = Hostile::new();
    let file = h.path("content/roles/many.yml");
    let mut text = String::new();
    for i in 0..3000 {
        text.push_str(&format!("- id: role-x{i}\n  tasks: [a]\n"));
    }
    write(&file, &text);
    let run = h.build_fails(&[]);
    // Entry 2,500 starts on line 5,001; its snippet shows that line and its neighbours.
    let place =
        "content/roles/many.yml:5001:7: error[i18n::missing-source]: no message `-role-x2500`";
    assert!(run.stderr.contains(place), "no {place:?}");
    assert!(
        run.stderr.contains(" 5001 │ - id: role-x2500"),
        "the snippet shows line 5001"
    );
    assert!(
        run.stderr.contains(" 5000 │   tasks: [a]"),
        "with the line before it"
    );
}

// 8. Sizes and depth: limits checked before parsing, and costs that grow linearly -------------

#[test]
fn a_text_file_over_the_size_limit_is_refused_before_it_is_parsed() {
    let h = Hostile::new();
    // One id of 10 MiB (a 200 MB one took 5.2 GB of memory): refused by its size alone.
    let big = format!(
        "- id: {}\n",
        "a".repeat(govdoc::load::MAX_TEXT_FILE as usize)
    );
    write(&h.path("content/roles/huge.yml"), &big);
    let run = h.build_fails(&[]);
    assert!(
        run.stderr.contains("content/roles/huge.yml")
            && run.stderr.contains("error[load::too-large]"),
        "{}",
        &run.stderr[..run.stderr.len().min(3000)]
    );
    assert!(
        run.stderr.len() < 5_000,
        "{} bytes of diagnostics",
        run.stderr.len()
    );
    // A static file of the same size is copied as it is.
    std::fs::remove_file(h.path("content/roles/huge.yml")).unwrap();
    write(&h.path("static/manual.pdf"), &big);
    build(&h.site, &h.tmp_out("with-pdf"), &[]).expect_status(0);
}

#[test]
fn an_oversized_settings_file_is_refused_by_name() {
    let h = Hostile::new();
    // The theme is looked up in govdoc.yml before the inputs are walked; that early read is
    // bounded too, and the size check names the file.
    let mut text = std::fs::read_to_string(h.path("govdoc.yml")).unwrap();
    text.push('#');
    text.push_str(&"x".repeat(govdoc::load::MAX_TEXT_FILE as usize));
    text.push('\n');
    write(&h.path("govdoc.yml"), &text);
    let run = h.build_fails(&[]);
    assert!(
        run.stderr.contains("govdoc.yml") && run.stderr.contains("error[load::too-large]"),
        "{}",
        &run.stderr[..run.stderr.len().min(3000)]
    );
}

#[test]
fn a_file_of_many_messages_points_at_its_last_lines() {
    let h = Hostile::new();
    // 20,000 unused messages and a broken one at the end: locating each entry counted lines
    // from the start of the file, and finding its start scanned every entry (272 s at 100,000).
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!("unused-message-{i} = Tekst {i}\n"));
    }
    text.push_str("broken-at-the-end = { \n");
    write(&h.path("locales/nb/unused.ftl"), &text);
    let run = h.build_fails(&[]);
    assert_diag(
        &run,
        "locales/nb/unused.ftl",
        20_001,
        "i18n::syntax",
        "Fluent syntax error",
    );
}

#[test]
fn markdown_nested_too_deep_is_an_error_not_a_slow_build() {
    for (name, nested) in [
        ("quotes", "> ".repeat(5_000)),
        ("lists", "- ".repeat(5_000)),
        ("html", "<div>".repeat(5_000)),
    ] {
        let h = Hostile::new();
        let file = h.path("locales/nb/pages/about.md");
        write(&file, &format!("# Om\n\n{nested}x\n"));
        let run = h.build_fails(&[]);
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with("locales/nb/pages/about.md:3:")
                    && l.contains("error[markdown::too-deep]")
                    && l.contains("more than 100 levels")),
            "{name}: {}",
            run.stderr
        );
    }
}

#[test]
fn external_images_in_prose_are_refused_unless_the_settings_allow_them() {
    let h = Hostile::new();
    let file = h.path("locales/en/pages/about.md");
    append(
        &file,
        "\n\n![pixel](https://tracker.example/p.gif?who=reader)\n\n<img src=\"//cdn.example/x.png\" alt=\"x\">\n",
    );
    let pixel = line_of(&file, "![pixel]");
    let raw = line_of(&file, "<img src=");
    let run = h.build_fails(&[]);
    for (line, host) in [(pixel, "tracker.example"), (raw, "cdn.example")] {
        assert_diag(
            &run,
            "locales/en/pages/about.md",
            line,
            "markdown::external-image",
            host,
        );
    }
    assert!(
        run.stderr.contains("external-images: true"),
        "says how to allow them"
    );
    // Allowed in the settings: the page shows them.
    append(&h.path("govdoc.yml"), "external-images: true\n");
    let out = h.tmp_out("allowed");
    build(&h.site, &out, &[]).expect_status(0);
    let page = std::fs::read_to_string(out.join("en/about/index.html")).unwrap();
    assert!(
        page.contains("https://tracker.example/p.gif?who=reader"),
        "{page}"
    );
}
