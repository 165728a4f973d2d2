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
        assert!(before.contains_key("nb/index.html"), "the good build wrote pages");
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
        assert_eq!(source_before, hash_tree(&self.site), "the source tree changed");
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
    let run = h.build_fails(&[]);
    assert_diag(&run, "locales/en/site.ftl", line, "i18n::too-deep", "100 levels");
    // `check` and `i18n check` read the same files.
    let check = h.run_keeps_everything(1, |site, _| {
        govdoc(&["check", "--source", site.to_str().unwrap()])
    });
    assert_diag(&check, "locales/en/site.ftl", line, "i18n::too-deep", "100 levels");
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
    assert_diag(&run, "templates/role.html", 3, "template::cycle", "`role.html` uses itself");
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
    assert_diag(&run, "templates/loop.html", 2, "template::cycle", "macro `again` of `loop.html` uses itself");
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
    assert_diag(&run, "govdoc.yml", line, "settings::base-url", "`//evil.example/` is refused");
    let check = h.run_keeps_everything(1, |site, _| {
        govdoc(&["check", "--source", site.to_str().unwrap()])
    });
    assert_diag(&check, "govdoc.yml", line, "settings::base-url", "is refused");
}

#[test]
fn a_javascript_base_url_on_the_command_line_is_refused() {
    let h = Hostile::new();
    for bad in ["javascript:alert(1)//", "data:text/html,x", "//evil.example/"] {
        let run = h.build_fails(&["--base-url", bad]);
        assert!(
            run.stderr.contains("error[settings::base-url]") && run.stderr.contains("is refused"),
            "{bad}: {}",
            run.stderr
        );
    }
    // A good one still builds.
    let ok = build(&h.site, &h.tmp_out("good"), &["--base-url", "https://intra.example/docs/"]);
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
    assert!(run.stderr.contains("secret.txt"), "the target is named:\n{}", run.stderr);
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
    edit(&file, "-system-owner = systemeier", "-system-owner = { -cyc-a }\n-cyc-a = { -cyc-b }\n-cyc-b = { -system-owner }");
    let line = line_of(&file, "-system-owner = { -cyc-a }");
    let run = h.build_fails(&[]);
    assert_diag(&run, "locales/nb/terms.ftl", line, "i18n::cycle", "reference cycle");
    assert!(run.stderr.contains("-cyc-a → -cyc-b → -system-owner → -cyc-a"), "{}", run.stderr);
    let check = h.run_keeps_everything(1, |site, _| {
        govdoc(&["check", "--source", site.to_str().unwrap()])
    });
    assert_diag(&check, "locales/nb/terms.ftl", line, "i18n::cycle", "reference cycle");
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
    assert_diag(&run, "locales/nb/roles.ftl", line, "i18n::no-text", "has attributes but no value");
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
    assert_diag(&run, "locales/nb/roles.ftl", line, "i18n::no-text", "is empty");
}

#[test]
fn fluent_functions_are_an_error_not_literal_text() {
    let h = Hostile::new();
    let file = h.path("locales/en/roles.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let first = text.lines().find(|l| l.starts_with("role-system-owner-summary")).unwrap().to_string();
    edit(&file, &first, "role-system-owner-summary = Owns { NUMBER(1) } system since { DATETIME(\"2020-01-01\") }.");
    let line = line_of(&file, "{ NUMBER(1) }");
    let run = h.build_fails(&[]);
    assert_diag(&run, "locales/en/roles.ftl", line, "i18n::function", "`NUMBER()`");
    assert_diag(&run, "locales/en/roles.ftl", line, "i18n::function", "`DATETIME()`");
}
