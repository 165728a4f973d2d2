//! `govdoc new KIND ID` on a copy of the default site: the files it writes, the site building
//! right after, `govdoc check` naming what is left to fill in (file and line), and refusals of a
//! taken or malformed id with a diagnostic.

mod support;

use std::path::{Path, PathBuf};
use support::*;

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Starts `kind id`, builds, checks; returns the check's stderr.
fn start_build_check(kind: &str, id: &str, folder: &str) -> (tempfile::TempDir, PathBuf, String) {
    let (tmp, site) = default_site_copy();
    let run = govdoc(&["new", kind, id, "--source", s(&site)]);
    run.expect_status(0);
    let yaml = format!("content/{folder}/{id}.yml");
    let ftl = format!("locales/nb/{folder}.ftl");
    assert!(run.stderr.contains(&yaml), "{}", run.stderr);
    assert!(run.stderr.contains("to fill in"), "{}", run.stderr);
    assert!(site.join(&yaml).is_file());

    let out = tmp.path().join("public");
    build(&site, &out, &[]).expect_status(0);
    let page = match kind {
        "role" => format!("nb/roles/{id}/index.html"),
        "forum" => format!("nb/forums/{id}/index.html"),
        "system" => format!("nb/systems/{id}/index.html"),
        _ => "nb/risks/index.html".to_string(),
    };
    let html = std::fs::read_to_string(out.join(&page)).unwrap_or_else(|_| panic!("{page}"));
    assert!(
        html.contains("TODO(govdoc new)"),
        "the placeholder shows on {page}"
    );

    let check = govdoc(&["check", "--source", s(&site)]);
    check.expect_status(0);
    // Every placeholder message is named at its line in the source-language file.
    let (line, col) = line_col(&site.join(&ftl), "TODO(govdoc new)");
    let want = format!("{ftl}:{line}:{col}: note[new::fill-in]");
    assert!(
        check.stderr.contains(&want),
        "expected `{want}` in:\n{}",
        check.stderr
    );
    assert!(
        check.stderr.contains(&format!("{yaml}:")),
        "the YAML's marked lines are named:\n{}",
        check.stderr
    );
    (tmp, site, check.stderr)
}

#[test]
fn new_system_builds_and_check_names_what_is_left() {
    let (_tmp, site, stderr) = start_build_check("system", "payroll", "systems");
    for field in ["owner", "coordinator", "sla"] {
        let (line, col) = line_col(
            &site.join("content/systems/payroll.yml"),
            &format!("{field}: undecided"),
        );
        let col = col + field.len() + 2;
        let want = format!("content/systems/payroll.yml:{line}:{col}: note[model::open-question]");
        assert!(stderr.contains(&want), "expected `{want}` in:\n{stderr}");
    }
    assert!(stderr.contains("choose the category"), "{stderr}");
    // Filling in removes the findings.
    let ftl = site.join("locales/nb/systems.ftl");
    edit(&ftl, "TODO(govdoc new): systemets navn", "Lønn");
    let check = govdoc(&["check", "--source", s(&site)]);
    assert!(!check.stderr.contains("systemets navn"), "{}", check.stderr);
}

#[test]
fn new_role_builds_and_check_names_what_is_left() {
    let (_tmp, _site, stderr) = start_build_check("role", "records-manager", "roles");
    assert!(stderr.contains("rollens navn"), "{stderr}");
    assert!(stderr.contains("hva rollen gjør"), "{stderr}");
}

#[test]
fn new_forum_builds_and_check_names_what_is_left() {
    let (_tmp, site, stderr) = start_build_check("forum", "security-forum", "forums");
    let (line, _) = line_col(
        &site.join("content/forums/security-forum.yml"),
        "chair: undecided",
    );
    let want = format!("content/forums/security-forum.yml:{line}:");
    assert!(
        stderr
            .lines()
            .any(|l| l.contains(&want) && l.contains("model::open-question")),
        "the undecided chair is an open question:\n{stderr}"
    );
}

#[test]
fn new_risk_builds_and_check_names_what_is_left() {
    let (_tmp, _site, stderr) = start_build_check("risk", "supplier-lock-in", "risks");
    assert!(stderr.contains("risikoen, kort"), "{stderr}");
    assert!(
        stderr.contains("likelihood of risk `supplier-lock-in`")
            || stderr.matches("supplier-lock-in").count() >= 3,
        "the risk's undecided assessment is listed:\n{stderr}"
    );
}

#[test]
fn a_taken_id_is_refused_where_it_is_defined() {
    let (_tmp, site) = default_site_copy();
    // A role id, also a Fluent term: a forum of that id would share its name.
    for kind in ["role", "forum"] {
        let run = govdoc(&["new", kind, "system-owner", "--source", s(&site)]);
        run.expect_status(1);
        assert!(run.stderr.contains("error[new::exists]"), "{}", run.stderr);
        assert!(
            run.stderr.contains("already has a role `system-owner`"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("content/roles/"), "{}", run.stderr);
    }
    // A second `new` of the same id finds the first.
    govdoc(&["new", "system", "payroll", "--source", s(&site)]).expect_status(0);
    let before = std::fs::read_to_string(site.join("locales/nb/systems.ftl")).expect("ftl");
    let run = govdoc(&["new", "system", "payroll", "--source", s(&site)]);
    run.expect_status(1);
    let (line, col) = line_col(&site.join("content/systems/payroll.yml"), "id: payroll");
    let col = col + "id: ".len();
    let want = format!("content/systems/payroll.yml:{line}:{col}: error[new::exists]");
    assert!(
        run.stderr.contains(&want),
        "expected `{want}` in:\n{}",
        run.stderr
    );
    let after = std::fs::read_to_string(site.join("locales/nb/systems.ftl")).expect("ftl");
    assert_eq!(before, after, "a refused `new` writes nothing");
}

#[test]
fn a_bad_id_or_kind_is_refused() {
    let (_tmp, site) = default_site_copy();
    for bad in ["Payroll", "pay_roll", "-payroll", "payroll-", "con"] {
        let run = govdoc(&["new", "system", "--source", s(&site), "--", bad]);
        run.expect_status(1);
        assert!(
            run.stderr.contains("error[new::bad-id]"),
            "{bad}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("lower-case letters"), "{}", run.stderr);
    }
    let run = govdoc(&["new", "dragon", "smaug", "--source", s(&site)]);
    run.expect_status(2);
    assert!(!site.join("content/systems/Payroll.yml").exists());
}
