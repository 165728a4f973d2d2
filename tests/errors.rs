//! Errors a user can act on, one test per kind: each breaks a copy of the fixture after a good
//! build, and asserts exit status 1, `file:line:column`, the message and the offending line on
//! stderr, and that the earlier output folder is byte-for-byte what it was. Also: JSON output,
//! all errors of a build reported together, refused output folders, and usage errors.

mod support;

use std::path::{Path, PathBuf};
use support::*;

/// A fixture copy with a good build in `public/`, and that build's file hashes.
struct Broken {
    _tmp: tempfile::TempDir,
    site: PathBuf,
    out: PathBuf,
    before: std::collections::BTreeMap<String, String>,
}

impl Broken {
    fn new() -> Broken {
        let (tmp, site) = fixture_copy();
        let out = tmp.path().join("public");
        build(&site, &out, &[]).expect_status(0);
        let before = hash_tree(&out);
        assert!(
            before.contains_key("nb/roles/system-owner/index.html"),
            "the good build wrote pages"
        );
        Broken {
            _tmp: tmp,
            site,
            out,
            before,
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.site.join(rel)
    }

    /// Builds again (after the test broke something): must fail and leave the output alone.
    fn build_fails(&self, extra: &[&str]) -> Run {
        let run = build(&self.site, &self.out, extra);
        run.expect_status(1);
        assert_eq!(
            self.before,
            hash_tree(&self.out),
            "a failed build changed the earlier output folder"
        );
        assert_eq!(
            staging_leftovers(&self.out),
            Vec::<String>::new(),
            "staging folders left behind"
        );
        run
    }
}

/// Asserts that stderr has a diagnostic `file:line:col: error[code]: …message…`, followed by a
/// snippet that shows the offending source line.
fn assert_diag(
    stderr: &str,
    file: &str,
    line: usize,
    col: Option<usize>,
    code: &str,
    message: &str,
    source_line: &str,
) {
    let place = match col {
        Some(c) => format!("{file}:{line}:{c}: "),
        None => format!("{file}:{line}:"),
    };
    let found = stderr.lines().any(|l| {
        l.starts_with(&place) && l.contains(&format!("error[{code}]")) && l.contains(message)
    });
    assert!(
        found,
        "no `{place} error[{code}]: …{message}…` in stderr:\n{stderr}"
    );
    let snippet_has_line = stderr
        .lines()
        .any(|l| l.contains(&format!("{line} │")) && l.contains(source_line.trim()));
    assert!(
        snippet_has_line,
        "stderr does not show line {line} {source_line:?}:\n{stderr}"
    );
}

fn line_text(path: &Path, line: usize) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .nth(line - 1)
        .unwrap()
        .to_string()
}

#[test]
fn unknown_reference_names_the_place_and_the_closest_id() {
    let b = Broken::new();
    let file = b.path("content/forums/change-forum.yml");
    edit(&file, "chair: system-owner", "chair: system-ownr");
    let (line, col) = line_col(&file, "system-ownr");
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "content/forums/change-forum.yml",
        line,
        Some(col),
        "model::unknown-reference",
        "`system-ownr`",
        &line_text(&file, line),
    );
    assert!(
        run.stderr.contains("did you mean `system-owner`"),
        "{}",
        run.stderr
    );
}

#[test]
fn reference_of_the_wrong_kind_is_an_error() {
    let b = Broken::new();
    let file = b.path("content/forums/change-forum.yml");
    edit(&file, "chair: system-owner", "chair: steering-group");
    let (line, col) = line_col(&file, "chair: steering-group");
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "content/forums/change-forum.yml",
        line,
        Some(col + "chair: ".len()),
        "model::wrong-kind",
        "`steering-group` is a forum",
        "chair: steering-group",
    );
    assert!(run.stderr.contains("must be a role"), "{}", run.stderr);
}

#[test]
fn unknown_field_is_an_error_not_ignored() {
    let b = Broken::new();
    let file = b.path("content/roles/roles.yml");
    edit(
        &file,
        "  held-by: system-owner\n",
        "  held-by: system-owner\n  colour: blue\n",
    );
    let (line, col) = line_col(&file, "colour: blue");
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "content/roles/roles.yml",
        line,
        Some(col),
        "load::yaml",
        "unknown field `colour`",
        "colour: blue",
    );
    assert!(
        run.stderr.contains("`held-by`"),
        "the expected fields are listed:\n{}",
        run.stderr
    );
}

#[test]
fn yaml_syntax_error_names_line_and_column() {
    let b = Broken::new();
    let file = b.path("content/forums/user-forum.yml");
    edit(&file, "chair: appointed", "chair: appointed: yes");
    let (line, col) = line_col(&file, "appointed: yes");
    let run = b.build_fails(&[]);
    // The second `:` on the line is the one YAML does not allow.
    assert_diag(
        &run.stderr,
        "content/forums/user-forum.yml",
        line,
        Some(col + "appointed".len()),
        "load::yaml-syntax",
        "YAML syntax error",
        "chair: appointed: yes",
    );
}

#[test]
fn fluent_syntax_error_maps_bytes_to_line_and_column() {
    let b = Broken::new();
    let file = b.path("locales/es/site.ftl");
    edit(
        &file,
        "page-about-title = Sobre el modelo",
        "page-about-title = Sobre el modelo } fin",
    );
    let (line, col) = line_col(&file, "} fin");
    // A broken translation is a warning unless `--strict` (see the translator's guide).
    let run = b.build_fails(&["--strict"]);
    assert_diag(
        &run.stderr,
        "locales/es/site.ftl",
        line,
        Some(col),
        "i18n::syntax",
        "Unbalanced closing brace",
        "Sobre el modelo } fin",
    );
}

#[test]
fn fluent_error_at_the_end_of_a_line_points_into_that_line() {
    let b = Broken::new();
    let file = b.path("locales/es/site.ftl");
    edit(
        &file,
        "page-about-title = Sobre el modelo",
        "page-about-title = Sobre el modelo { $count",
    );
    let (line, col) = line_col(&file, "{ $count");
    // A broken translation is a warning unless `--strict` (see the translator's guide).
    let run = b.build_fails(&["--strict"]);
    // Fluent notices the missing `}` at the line break. govdoc must name this line, not the
    // next entry's; the column is the line's last character or just after it (where `}` goes).
    let end = col + "{ $count".len();
    let place = |c: usize| format!("locales/es/site.ftl:{line}:{c}: error[i18n::syntax]");
    assert!(
        run.stderr
            .lines()
            .any(|l| l.starts_with(&place(end - 1)) || l.starts_with(&place(end))),
        "no Fluent syntax error at line {line}, column {} or {end}:\n{}",
        end - 1,
        run.stderr
    );
    assert!(
        run.stderr.contains("{ $count"),
        "the offending line is shown:\n{}",
        run.stderr
    );
}

#[test]
fn template_error_in_a_site_override_names_the_template() {
    let b = Broken::new();
    let file = b.path("templates/role.html");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ role.name }</h1>\n{% endblock content %}\n").unwrap();
    let (line, col) = line_col(&file, "}</h1>");
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "templates/role.html",
        line,
        Some(col),
        "template::syntax",
        "template syntax error",
        "<h1>{{ role.name }</h1>",
    );
}

#[test]
fn template_render_error_names_the_template() {
    // A template that parses but fails while rendering (an unknown variable).
    let b = Broken::new();
    let file = b.path("templates/forum.html");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ forum.nme }}</h1>\n{% endblock content %}\n").unwrap();
    let run = b.build_fails(&[]);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("error[template::render]"))
        .unwrap_or_else(|| panic!("no render error:\n{}", run.stderr));
    assert!(line.starts_with("templates/forum.html:"), "{line}");
    assert!(line.contains("forum.nme"), "{line}");
}

#[test]
fn json_diagnostics_are_parseable_with_file_line_and_column() {
    let b = Broken::new();
    let file = b.path("content/forums/change-forum.yml");
    edit(&file, "chair: system-owner", "chair: system-ownr");
    let (line, col) = line_col(&file, "system-ownr");
    let run = b.build_fails(&["--message-format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout));
    let list = json.as_array().expect("a JSON array");
    let d = list
        .iter()
        .find(|d| d["code"] == "model::unknown-reference")
        .unwrap_or_else(|| panic!("no unknown-reference in {json:#}"));
    assert_eq!(d["severity"], "error");
    assert_eq!(d["location"]["file"], "content/forums/change-forum.yml");
    assert_eq!(d["location"]["line"], line);
    assert_eq!(d["location"]["column"], col);
    assert!(
        d["message"].as_str().unwrap().contains("system-ownr"),
        "{d:#}"
    );
    assert!(
        d["help"].as_str().unwrap_or("").contains("system-owner"),
        "{d:#}"
    );
}

#[test]
fn all_errors_of_a_build_are_reported_together() {
    let b = Broken::new();
    edit(
        &b.path("content/roles/roles.yml"),
        "  held-by: system-owner\n",
        "  held-by: system-owner\n  colour: blue\n",
    );
    edit(
        &b.path("content/forums/user-forum.yml"),
        "chair: appointed",
        "chair: appointed: yes",
    );
    edit(
        &b.path("locales/en/site.ftl"),
        "page-about-title = About the model",
        "page-about-title = About { $count",
    );
    let tpl = b.path("templates/role.html");
    std::fs::create_dir_all(tpl.parent().unwrap()).unwrap();
    std::fs::write(&tpl, "{% if %}\n").unwrap();
    // A broken translation is a warning unless `--strict` (see the translator's guide).
    let run = b.build_fails(&["--strict"]);
    for (file, code) in [
        ("content/roles/roles.yml:", "load::yaml"),
        ("content/forums/user-forum.yml:", "load::yaml-syntax"),
        ("locales/en/site.ftl:", "i18n::syntax"),
        ("templates/role.html:", "template::syntax"),
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with(file) && l.contains(&format!("error[{code}]"))),
            "{file} {code} not reported:\n{}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("4 error(s)"), "{}", run.stderr);
}

#[test]
fn all_model_errors_are_reported_together() {
    let b = Broken::new();
    edit(
        &b.path("content/forums/change-forum.yml"),
        "chair: system-owner",
        "chair: system-ownr",
    );
    edit(
        &b.path("content/risks/risks.yml"),
        "      - change-forum",
        "      - chnage-forum",
    );
    edit(
        &b.path("content/roles/roles.yml"),
        "      to: steering-group",
        "      to: system-owner",
    );
    let run = b.build_fails(&[]);
    for (file, code, what) in [
        (
            "content/forums/change-forum.yml:",
            "model::unknown-reference",
            "system-ownr",
        ),
        (
            "content/risks/risks.yml:",
            "model::unknown-reference",
            "chnage-forum",
        ),
        (
            "content/roles/roles.yml:",
            "model::wrong-kind",
            "system-owner",
        ),
    ] {
        assert!(
            run.stderr.lines().any(|l| l.starts_with(file)
                && l.contains(&format!("error[{code}]"))
                && l.contains(what)),
            "{file} {code} {what} not reported:\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr.contains("did you mean `change-forum`"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_reports_errors_and_open_questions() {
    let (_tmp, site) = fixture_copy();
    let ok = govdoc(&["check", "--source", site.to_str().unwrap()]);
    ok.expect_status(0);
    assert!(
        ok.stderr.contains("note[model::open-question]") && ok.stderr.contains("change-forum"),
        "{}",
        ok.stderr
    );
    // The change forum's decision authority, and the fixture risk's owner, likelihood, impact
    // and mitigation.
    assert!(ok.stderr.contains("5 open question"), "{}", ok.stderr);
    edit(
        &site.join("content/forums/change-forum.yml"),
        "chair: system-owner",
        "chair: system-ownr",
    );
    let bad = govdoc(&["check", "--source", site.to_str().unwrap()]);
    bad.expect_status(1);
    assert!(
        bad.stderr.contains("error[model::unknown-reference]"),
        "{}",
        bad.stderr
    );
}

#[test]
fn refuses_to_write_into_the_source_tree() {
    let (_tmp, site) = fixture_copy();
    let before = hash_tree(&site);
    for out in [
        site.clone(),
        site.join("content"),
        site.join("content/public"),
        site.join("locales/nb/public"),
    ] {
        let run = build(&site, &out, &[]);
        run.expect_status(1);
        assert!(
            run.stderr.contains("error[write::refused]"),
            "{}: {}",
            out.display(),
            run.stderr
        );
        assert_eq!(
            before,
            hash_tree(&site),
            "the source tree changed after --out {}",
            out.display()
        );
    }
}

#[test]
fn refuses_a_folder_with_foreign_files() {
    let (tmp, site) = fixture_copy();
    let out = tmp.path().join("mine");
    std::fs::create_dir_all(out.join("sub")).unwrap();
    std::fs::write(out.join("keep.txt"), "my notes").unwrap();
    std::fs::write(out.join("sub/index.html"), "<p>mine</p>").unwrap();
    let before = hash_tree(&out);
    let run = build(&site, &out, &[]);
    run.expect_status(1);
    assert!(
        run.stderr.contains("error[write::refused]") && run.stderr.contains("did not write"),
        "{}",
        run.stderr
    );
    assert_eq!(before, hash_tree(&out), "a foreign folder was changed");
    // An output folder govdoc wrote itself is replaced, and nothing else is touched.
    let ours = tmp.path().join("public");
    build(&site, &ours, &[]).expect_status(0);
    build(&site, &ours, &[]).expect_status(0);
    assert!(ours.join(".govdoc-output").is_file());
    assert_eq!(staging_leftovers(&ours), Vec::<String>::new());
}

#[test]
fn a_folder_without_settings_is_an_error() {
    let tmp = tempdir();
    let run = build(tmp.path(), &tmp.path().join("public"), &[]);
    run.expect_status(1);
    assert!(run.stderr.contains("govdoc.yml"), "{}", run.stderr);
    assert!(!tmp.path().join("public").exists());
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["build", "--no-such-flag"][..],
        &["frobnicate"][..],
        &[][..],
        &["build", "--message-format", "xml"][..],
        &["init"][..],
    ] {
        let run = govdoc(args);
        assert_eq!(run.status, 2, "govdoc {args:?}: {run:?}");
        assert!(
            !run.stderr.is_empty(),
            "govdoc {args:?} explains the usage error"
        );
    }
    let help = govdoc(&["--help"]);
    help.expect_status(0);
    assert!(
        help.stdout.contains("build") && help.stdout.contains("init"),
        "{}",
        help.stdout
    );
    let version = govdoc(&["--version"]);
    version.expect_status(0);
    assert!(
        version.stdout.contains(env!("CARGO_PKG_VERSION")),
        "{}",
        version.stdout
    );
}

#[test]
fn duplicate_id_names_both_places() {
    let b = Broken::new();
    let file = b.path("content/forums/user-forum.yml");
    edit(&file, "id: user-forum", "id: change-forum");
    let (line, col) = line_col(&file, "change-forum");
    let (first_line, first_col) =
        line_col(&b.path("content/forums/change-forum.yml"), "change-forum");
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "content/forums/user-forum.yml",
        line,
        Some(col),
        "model::duplicate-id",
        "`change-forum` is used twice",
        "id: change-forum",
    );
    assert!(
        run.stderr.contains(&format!(
            "content/forums/change-forum.yml:{first_line}:{first_col}"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_required_field_is_an_error() {
    let b = Broken::new();
    let file = b.path("content/forums/user-forum.yml");
    edit(&file, "chair: appointed\n", "");
    let run = b.build_fails(&[]);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("error[load::yaml]"))
        .unwrap_or_else(|| panic!("{}", run.stderr));
    assert!(
        line.starts_with("content/forums/user-forum.yml:1:"),
        "{line}"
    );
    assert!(line.contains("missing field `chair`"), "{line}");
}

#[test]
fn missing_source_language_message_points_at_the_key() {
    let b = Broken::new();
    edit(
        &b.path("locales/nb/roles.ftl"),
        "role-system-owner-responsibility-budget = Sette av budsjett til drift og forvaltning\n",
        "",
    );
    let file = b.path("content/roles/roles.yml");
    let (line, col) = line_col(&file, "budget");
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "content/roles/roles.yml",
        line,
        Some(col),
        "i18n::missing-source",
        "`role-system-owner-responsibility-budget`",
        "- budget",
    );
}

#[test]
fn a_message_referring_to_an_unknown_term_is_an_error() {
    // Fluent formats an unresolved reference as `{-ikt-strategy}`; shown on a page, that is a raw
    // id. In the source language it is an authoring mistake like an unknown id in content.
    let b = Broken::new();
    let file = b.path("locales/nb/roles.ftl");
    edit(
        &file,
        "role-chief-executive-task-strategy = Fastsette IKT-strategien",
        "role-chief-executive-task-strategy = Fastsette { -ikt-strategy }",
    );
    let (line, _) = line_col(&file, "{ -ikt-strategy }");
    let run = b.build_fails(&[]);
    assert!(
        run.stderr
            .lines()
            .any(|l| l.starts_with(&format!("locales/nb/roles.ftl:{line}:"))
                && l.contains("error[")
                && l.contains("ikt-strategy")),
        "no error naming locales/nb/roles.ftl:{line} and `-ikt-strategy`:\n{}",
        run.stderr
    );
}

#[test]
fn a_comment_after_the_theme_is_not_an_error() {
    let b = Broken::new();
    edit(
        &b.path("govdoc.yml"),
        "title: Fixture governance\n",
        "title: Fixture governance\ntheme: default # the built-in one\n",
    );
    let run = build(&b.site, &b.out, &[]);
    run.expect_status(0);
    assert!(!run.stderr.contains("error"), "{}", run.stderr);
    assert_eq!(b.before, hash_tree(&b.out), "the same site as without it");
}

#[test]
fn a_prose_page_at_the_address_of_a_built_in_page_is_an_error() {
    let b = Broken::new();
    let file = b.path("content/pages/pages.yml");
    std::fs::write(&file, "- id: about\n- id: roles\n").unwrap();
    for lang in ["nb", "es", "en"] {
        std::fs::write(
            b.path(&format!("locales/{lang}/pages/roles.md")),
            "# Roller\n",
        )
        .unwrap();
        let ftl = b.path(&format!("locales/{lang}/site.ftl"));
        let text = std::fs::read_to_string(&ftl).unwrap();
        std::fs::write(&ftl, format!("{text}page-roles-title = Roller\n")).unwrap();
    }
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "content/pages/pages.yml",
        2,
        Some(7),
        "render::output-collision",
        "the page `roles` and the roles list would both be written to `<lang>/roles/index.html`",
        "- id: roles",
    );
    assert_eq!(run.stderr.matches("error[").count(), 1, "{}", run.stderr);
}

#[test]
fn a_message_defined_twice_is_reported_at_the_second_definition() {
    let b = Broken::new();
    let file = b.path("locales/nb/site.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let (first_line, _) = line_col(&file, "site-title =");
    std::fs::write(&file, format!("{text}site-title = Igjen\n")).unwrap();
    let second_line = text.lines().count() + 1;
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "locales/nb/site.ftl",
        second_line,
        Some(1),
        "i18n::duplicate",
        "`site-title` is defined twice in `nb`",
        "site-title = Igjen",
    );
    assert!(
        run.stderr.contains(&format!(
            "the first definition is at locales/nb/site.ftl:{first_line};"
        )),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("error[").count(), 1, "{}", run.stderr);
}

#[test]
fn a_duplicate_key_in_the_settings_is_reported_at_the_duplicate() {
    let b = Broken::new();
    let file = b.path("govdoc.yml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}title: Again\n")).unwrap();
    let line = text.lines().count() + 1;
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "govdoc.yml",
        line,
        Some(1),
        "load::yaml",
        "duplicate field `title`",
        "title: Again",
    );
    let (first_line, first_col) = line_col(&file, "title: Fixture");
    assert!(
        run.stderr.contains(&format!(
            "`title` is first given at line {first_line}, column {first_col}"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn a_broken_key_appended_after_a_list_is_reported_on_its_own_line() {
    let b = Broken::new();
    let file = b.path("content/forums/user-forum.yml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.ends_with("  - no-decisions\n"),
        "the file ends with a list"
    );
    std::fs::write(&file, format!("{text}\n@chair: appointed\n")).unwrap();
    let line = text.lines().count() + 2;
    let run = b.build_fails(&[]);
    assert_diag(
        &run.stderr,
        "content/forums/user-forum.yml",
        line,
        Some(1),
        "load::yaml-syntax",
        "unexpected character",
        "@chair: appointed",
    );
}
