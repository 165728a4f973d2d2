//! Governance rules: one fixture per rule that breaks it, with the finding asserted (rule id,
//! file, line, column); the levels a site sets in `govdoc.yml`; and the default site and the
//! systems fixture passing every rule at its default level.

mod support;

use std::path::{Path, PathBuf};
use support::*;

/// The fixture with the systems overlay, in a fresh temp folder.
fn site() -> (tempfile::TempDir, PathBuf) {
    systems_fixture_copy_in(tempdir())
}

fn check(site: &Path) -> Run {
    govdoc(&["check", "--source", site.to_str().expect("utf-8 path")])
}

/// Asserts a finding `severity[code]` at the place `needle` starts in `rel`.
fn assert_finding(run: &Run, site: &Path, rel: &str, needle: &str, severity: &str, code: &str) {
    let (line, col) = line_col(&site.join(rel), needle);
    let want = format!("{rel}:{line}:{col}: {severity}[{code}]");
    assert!(
        run.stderr.contains(&want),
        "expected `{want}` in:\n{}",
        run.stderr
    );
}

const SYSTEMS: &str = "content/systems/systems.yml";

#[test]
fn system_owner() {
    let (_tmp, site) = site();
    edit(&site.join(SYSTEMS), "  owner: undecided\n", "");
    let run = check(&site);
    run.expect_status(0);
    assert_finding(
        &run,
        &site,
        SYSTEMS,
        "school-admin",
        "warning",
        "rule::system-owner",
    );
    assert!(
        run.stderr.contains("slides 12, 15-16"),
        "the rationale cites the deck"
    );
}

#[test]
fn system_coordinator() {
    let (_tmp, site) = site();
    edit(
        &site.join(SYSTEMS),
        "  coordinator: system-coordinator\n  sla: undecided\n",
        "  sla: undecided\n",
    );
    let run = check(&site);
    assert_finding(
        &run,
        &site,
        SYSTEMS,
        "school-admin",
        "warning",
        "rule::system-coordinator",
    );
}

#[test]
fn system_forums() {
    let (_tmp, site) = site();
    edit(&site.join(SYSTEMS), "  user-forum: user-forum\n", "");
    let run = check(&site);
    assert_finding(
        &run,
        &site,
        SYSTEMS,
        "enterprise-system",
        "warning",
        "rule::system-forums",
    );
    assert!(run.stderr.contains("`user-forum`"), "{}", run.stderr);
}

#[test]
fn system_may_have_forums_is_a_note() {
    // The fixture's change forum may be established for specialist systems; school-admin has none.
    let (_tmp, site) = site();
    let run = check(&site);
    run.expect_status(0);
    assert_finding(
        &run,
        &site,
        SYSTEMS,
        "specialist-system",
        "note",
        "rule::system-may-have-forums",
    );
}

/// A forum's chair, cadence and decision authority are the model's own checks (errors), not
/// rules a site could switch off.
#[test]
fn a_forum_that_never_meets_is_an_error_of_the_model() {
    let (_tmp, site) = site();
    let rel = "content/forums/user-forum.yml";
    edit(
        &site.join(rel),
        "cadence:\n  rhythm: regular\n  when-needed: true\n",
        "cadence:\n  when-needed: false\n",
    );
    let run = check(&site);
    run.expect_status(1);
    assert_finding(&run, &site, rel, ": false", "error", "model::no-cadence");
}

#[test]
fn escalation_cycle() {
    // The system owner chairs the change forum and escalates to it: round and round.
    let (_tmp, site) = site();
    let rel = "content/roles/roles.yml";
    edit(&site.join(rel), "to: steering-group", "to: change-forum");
    let run = check(&site);
    run.expect_status(1);
    assert_finding(
        &run,
        &site,
        rel,
        "change-forum",
        "error",
        "rule::escalation-cycle",
    );
    assert!(
        run.stderr.contains("change-forum → change-forum"),
        "{}",
        run.stderr
    );
}

#[test]
fn escalation_end() {
    // The user forum is not a decision forum, and its chair is appointed: a dead end.
    let (_tmp, site) = site();
    let rel = "content/roles/roles.yml";
    edit(&site.join(rel), "to: steering-group", "to: user-forum");
    let run = check(&site);
    assert_finding(
        &run,
        &site,
        rel,
        "user-forum",
        "warning",
        "rule::escalation-end",
    );
    assert!(
        run.stderr
            .contains("ICT steering group or the line organisation")
            && run.stderr.contains("slides 15-16"),
        "the rationale cites the deck: {}",
        run.stderr
    );

    // The site sets its level: an error stops the build, `off` silences it.
    let settings = site.join("govdoc.yml");
    let text = std::fs::read_to_string(&settings).expect("settings");
    std::fs::write(
        &settings,
        format!("{text}rules:\n  escalation-end: error\n"),
    )
    .expect("write");
    let run = check(&site);
    run.expect_status(1);
    assert_finding(
        &run,
        &site,
        rel,
        "user-forum",
        "error",
        "rule::escalation-end",
    );
    edit(&settings, "escalation-end: error", "escalation-end: off");
    let run = check(&site);
    run.expect_status(0);
    assert!(
        !run.stderr.contains("rule::escalation-end"),
        "{}",
        run.stderr
    );
}

/// An escalation path that ends at the line organisation passes, as the deck's system owner's
/// does (slides 15-16), and so does one through the steering group's chair.
#[test]
fn escalation_to_the_line_organisation_passes() {
    let (_tmp, site) = site();
    let rel = "content/roles/roles.yml";
    edit(
        &site.join(rel),
        "to: steering-group",
        "to: line-organisation",
    );
    let run = check(&site);
    run.expect_status(0);
    assert!(!run.stderr.contains("[rule::escalation"), "{}", run.stderr);
}

#[test]
fn the_site_sets_rule_levels() {
    let (_tmp, site) = site();
    edit(&site.join(SYSTEMS), "  owner: undecided\n", "");
    let settings = site.join("govdoc.yml");
    let text = std::fs::read_to_string(&settings).expect("settings");
    std::fs::write(&settings, format!("{text}rules:\n  system-owner: error\n")).expect("write");
    let run = check(&site);
    run.expect_status(1);
    assert_finding(
        &run,
        &site,
        SYSTEMS,
        "school-admin",
        "error",
        "rule::system-owner",
    );

    edit(&settings, "system-owner: error", "system-owner: off");
    let run = check(&site);
    run.expect_status(0);
    assert!(!run.stderr.contains("rule::system-owner"), "{}", run.stderr);

    edit(&settings, "system-owner: off", "system-ownr: warning");
    let run = check(&site);
    run.expect_status(1);
    assert_finding(
        &run,
        &site,
        "govdoc.yml",
        "warning",
        "error",
        "settings::unknown-rule",
    );
    assert!(
        run.stderr.contains("did you mean `system-owner`"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_default_site_and_the_systems_fixture_pass_every_rule() {
    let run = govdoc(&["check"]);
    run.expect_status(0);
    assert!(!run.stderr.contains("[rule::"), "{}", run.stderr);
    let run = govdoc(&["check", "--source", "examples/kommune"]);
    run.expect_status(0);
    assert!(
        !run.stderr.contains("[rule::"),
        "the example: {}",
        run.stderr
    );
    let (_tmp, site) = site();
    let run = check(&site);
    run.expect_status(0);
    let findings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("[rule::") && !l.contains("note[rule::system-may-have-forums]"))
        .collect();
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn risk_owner() {
    let (_tmp, site) = site();
    let rel = "content/risks/risks.yml";
    edit(&site.join(rel), "  owner: system-owner\n", "");
    let run = check(&site);
    run.expect_status(0);
    assert_finding(
        &run,
        &site,
        rel,
        "unclear-roles",
        "warning",
        "rule::risk-owner",
    );
}

#[test]
fn risk_mitigation() {
    let (_tmp, site) = site();
    let rel = "content/risks/risks.yml";
    edit(&site.join(rel), "  mitigation: described\n", "");
    let run = check(&site);
    run.expect_status(0);
    assert_finding(
        &run,
        &site,
        rel,
        "unclear-roles",
        "warning",
        "rule::risk-mitigation",
    );
}

/// `govdoc check --message-format json` prints rule findings like every other diagnostic: one
/// JSON array on standard output, each finding with its rule id as `code`, the file, line,
/// column and severity, and the rationale in `help`.
#[test]
fn findings_as_json() {
    let (_tmp, site) = site();
    edit(&site.join(SYSTEMS), "  owner: undecided\n", "");
    let rel = "content/roles/roles.yml";
    edit(&site.join(rel), "to: steering-group", "to: user-forum");
    let run = govdoc(&[
        "check",
        "--source",
        site.to_str().expect("utf-8 path"),
        "--message-format",
        "json",
    ]);
    run.expect_status(0);
    assert!(
        run.stderr.trim().is_empty(),
        "JSON mode prints nothing else: {}",
        run.stderr
    );
    let findings: Vec<serde_json::Value> =
        serde_json::from_str(&run.stdout).expect("stdout is one JSON array");
    let find = |code: &str| {
        findings
            .iter()
            .find(|f| f["code"] == code)
            .unwrap_or_else(|| panic!("no `{code}` in {findings:#?}"))
    };
    for (code, file, needle, severity) in [
        ("rule::system-owner", SYSTEMS, "school-admin", "warning"),
        ("rule::escalation-end", rel, "user-forum", "warning"),
        (
            "rule::system-may-have-forums",
            SYSTEMS,
            "specialist-system",
            "note",
        ),
    ] {
        let f = find(code);
        let (line, col) = line_col(&site.join(file), needle);
        assert_eq!(f["severity"], severity, "{f:#}");
        assert_eq!(f["location"]["file"], file, "{f:#}");
        assert_eq!(f["location"]["line"], line, "{f:#}");
        assert_eq!(f["location"]["column"], col, "{f:#}");
        assert!(
            f["help"].as_str().is_some_and(|h| h.contains("slides")),
            "the rationale cites the deck: {f:#}"
        );
    }
    // Open questions come in the same array, as notes.
    assert!(findings
        .iter()
        .any(|f| f["code"] == "model::open-question" && f["severity"] == "note"));
}
