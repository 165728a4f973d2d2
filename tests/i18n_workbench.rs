//! The translator's workbench, end to end through the real binary on a temporary copy of
//! `tests/fixtures/i18n/site` (nb source, es and en translations, all records current).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::copy_dir;

mod support;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/i18n/site");

fn site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(Path::new(FIXTURE), &root);
    (tmp, root)
}

fn govdoc(root: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(args)
        .arg("--source")
        .arg(root)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

fn write(root: &Path, rel: &str, text: &str) {
    std::fs::write(root.join(rel), text).unwrap();
}

/// 1-based line of the first line starting with `prefix`.
fn line_of(root: &Path, rel: &str, prefix: &str) -> usize {
    read(root, rel)
        .lines()
        .position(|l| l.starts_with(prefix))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no `{prefix}` in {rel}"))
}

fn replace_line(root: &Path, rel: &str, prefix: &str, new: Option<&str>) {
    let text = read(root, rel);
    let mut lines: Vec<String> = Vec::new();
    for l in text.lines() {
        if l.starts_with(prefix) {
            lines.extend(new.map(String::from));
        } else {
            lines.push(l.to_string());
        }
    }
    write(root, rel, &(lines.join("\n") + "\n"));
}

/// The fixture with one of each problem in `es`; returns (code, file, line) for each.
fn broken_site() -> (
    tempfile::TempDir,
    PathBuf,
    Vec<(&'static str, &'static str, usize)>,
) {
    let (tmp, root) = site();
    let es = "locales/es/site.ftl";
    let nb = "locales/nb/site.ftl";
    replace_line(&root, es, "forum-change-forum-task-assess", None);
    replace_line(
        &root,
        nb,
        "role-system-owner-summary",
        Some("role-system-owner-summary = Eier systemet, prosessen og dataene."),
    );
    replace_line(
        &root,
        es,
        "site-welcome",
        Some("site-welcome = Bienvenido, { $nombre }, al modelo de gobernanza."),
    );
    let mut text = read(&root, es);
    text.push_str("old-message = Un mensaje que ya no existe\nbroken = { $x\n");
    write(&root, es, &text);
    let expected = vec![
        (
            "i18n::missing",
            nb,
            line_of(&root, nb, "forum-change-forum-task-assess"),
        ),
        (
            "i18n::stale",
            es,
            line_of(&root, es, "role-system-owner-summary"),
        ),
        ("i18n::obsolete", es, line_of(&root, es, "old-message")),
        ("i18n::syntax", es, line_of(&root, es, "broken")),
        (
            "i18n::unknown-variable",
            es,
            line_of(&root, es, "site-welcome"),
        ),
    ];
    (tmp, root, expected)
}

fn json_has(problems: &Value, code: &str, file: &str, line: usize) -> bool {
    problems.as_array().unwrap().iter().any(|d| {
        d["code"] == code
            && d["location"]["file"].as_str() == Some(file)
            && d["location"]["line"].as_u64() == Some(line as u64)
    })
}

#[test]
fn clean_fixture_passes_strict_status_and_check() {
    let (_tmp, root) = site();
    let (code, out, err) = govdoc(&root, &["i18n", "status", "--strict"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("100.0%"), "{out}");
    let (code, _, err) = govdoc(&root, &["i18n", "check"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 error(s), 0 warning(s)"), "{err}");
}

#[test]
fn status_reports_each_problem_with_file_and_line_in_text_and_json() {
    let (_tmp, root, expected) = broken_site();
    let (code, out, err) = govdoc(&root, &["i18n", "status", "es", "--strict"]);
    assert_eq!(code, 1, "--strict fails on missing or stale: {out}{err}");
    for (c, file, line) in &expected {
        let needle = format!("{file}:{line}:");
        assert!(
            out.lines()
                .any(|l| l.starts_with(&needle) && l.contains(&format!("[{c}]"))),
            "status text lacks {c} at {needle}:\n{out}"
        );
    }
    assert!(
        out.contains("Eier [-systemet og-]{+systemet,+} prosessen [-det støtter.-]{+og dataene.+}"),
        "the change of the source, word by word:\n{out}"
    );
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let es = &doc["languages"][0];
    assert_eq!(es["lang"], "es");
    assert_eq!(es["missing"], 1);
    assert_eq!(es["stale"], 1);
    assert_eq!(es["obsolete"], 1, "{es}");
    assert_eq!(
        es["stale_items"][0]["old_source"],
        "Eier systemet og prosessen det støtter."
    );
    for (c, file, line) in &expected {
        assert!(
            json_has(&es["problems"], c, file, *line),
            "status JSON lacks {c} at {file}:{line}: {}",
            es["problems"]
        );
    }
}

#[test]
fn check_reports_each_problem_with_file_and_line_in_text_and_json() {
    let (_tmp, root, expected) = broken_site();
    let (code, _, err) = govdoc(&root, &["i18n", "check"]);
    assert_eq!(code, 1, "syntax errors fail check: {err}");
    for (c, file, line) in &expected {
        let needle = format!("{file}:{line}:");
        assert!(
            err.lines()
                .any(|l| l.starts_with(&needle) && l.contains(&format!("[{c}]"))),
            "check text lacks {c} at {needle}:\n{err}"
        );
    }
    assert!(
        err.contains("broken = { $x"),
        "the offending line is shown:\n{err}"
    );
    let (_, out, _) = govdoc(&root, &["i18n", "check", "--format", "json"]);
    let ds: Value = serde_json::from_str(&out).unwrap();
    for (c, file, line) in &expected {
        assert!(
            json_has(&ds, c, file, *line),
            "check JSON lacks {c} at {file}:{line}: {ds}"
        );
    }
}

#[test]
fn check_finds_unknown_references_and_identical_copies() {
    let (_tmp, root) = site();
    let en = "locales/en/site.ftl";
    replace_line(
        &root,
        en,
        "role-system-owner-summary",
        Some("role-system-owner-summary = Owns the { -system-ownr } and its process."),
    );
    replace_line(
        &root,
        en,
        "forum-change-forum-purpose",
        Some("forum-change-forum-purpose = Forum for å prioritere og beslutte endringer."),
    );
    let (_, out, _) = govdoc(&root, &["i18n", "check", "--format", "json"]);
    let ds: Value = serde_json::from_str(&out).unwrap();
    assert!(
        json_has(
            &ds,
            "i18n::unknown-reference",
            en,
            line_of(&root, en, "role-system-owner-summary")
        ),
        "{ds}"
    );
    assert!(
        json_has(
            &ds,
            "i18n::identical",
            en,
            line_of(&root, en, "forum-change-forum-purpose")
        ),
        "{ds}"
    );
    // `-ikt-tinget` is the same in every language by design and is not reported.
    assert!(!ds.to_string().contains("-ikt-tinget"), "{ds}");
}

/// A one-word copy identical to the source ("Roller") is flagged like a long one; names
/// (`SLA`, `IKT-tinget`) are not.
#[test]
fn check_flags_one_word_copies_identical_to_the_source() {
    let (_tmp, root) = site();
    let es = "locales/es/site.ftl";
    let text = read(&root, es) + "nav-roles = Roller\nnav-risks = SLA\n";
    write(&root, es, &text);
    let (_, out, _) = govdoc(&root, &["i18n", "check", "--format", "json"]);
    let ds: Value = serde_json::from_str(&out).unwrap();
    assert!(
        json_has(&ds, "i18n::identical", es, line_of(&root, es, "nav-roles")),
        "{ds}"
    );
    assert!(
        !json_has(&ds, "i18n::identical", es, line_of(&root, es, "nav-risks")),
        "{ds}"
    );
}

/// `mark-current --all` confirms translations, never an untranslated copy: neither a
/// scaffolded copy left as it was nor a text identical to the source.
#[test]
fn mark_current_all_never_confirms_untranslated_copies() {
    let (_tmp, root) = site();
    let es = "locales/es/site.ftl";
    replace_line(&root, es, "forum-change-forum-task-assess", None);
    let (code, _, err) = govdoc(&root, &["i18n", "scaffold", "es"]);
    assert_eq!(code, 0, "{err}");
    let before = read(&root, "locales/es/.source-record")
        .lines()
        .find(|l| l.starts_with("nav-roles ="))
        .map(String::from);
    let text = read(&root, es) + "nav-roles = Roller\n";
    write(&root, es, &text);
    let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es", "--all"]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let missing: Vec<&str> = doc["languages"][0]["missing_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    assert!(
        missing.contains(&"forum-change-forum-task-assess"),
        "the scaffolded copy is still missing: {doc}"
    );
    let nav_roles = |root: &Path| {
        read(root, "locales/es/.source-record")
            .lines()
            .find(|l| l.starts_with("nav-roles ="))
            .map(String::from)
    };
    assert_eq!(
        nav_roles(&root),
        before,
        "a copy identical to the source is not confirmed by --all"
    );
    // Named by id, the copy is confirmed: the translator said so.
    let (code, _, err) = govdoc(
        &root,
        &[
            "i18n",
            "mark-current",
            "es",
            "forum-change-forum-task-assess",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["languages"][0]["missing"], 0, "{doc}");
}

/// A translation that is the source text unchanged (an acronym) is never confirmed by a plain
/// `mark-current LANG`, so status must not send the translator there: it names the ids to confirm.
#[test]
fn status_names_unrecorded_copies_that_mark_current_all_leaves_alone() {
    let (_tmp, root) = site();
    for lang in ["nb", "es", "en"] {
        let file = format!("locales/{lang}/site.ftl");
        let text = read(&root, &file) + "agreement-acronym = SLA\n";
        write(&root, &file, &text);
    }
    let copies_line = |root: &Path| {
        let (code, out, err) = govdoc(root, &["i18n", "status", "es"]);
        assert_eq!(code, 0, "{err}");
        out.lines()
            .find(|l| l.starts_with("es:") && l.contains("source text unchanged"))
            .map(String::from)
    };
    let named = |root: &Path| copies_line(root).is_some_and(|l| l.contains("agreement-acronym"));
    let unrecorded = |root: &Path| {
        let (_, out, _) = govdoc(root, &["i18n", "status", "es", "--format", "json"]);
        let doc: Value = serde_json::from_str(&out).unwrap();
        doc["languages"][0]["unrecorded"].as_u64().unwrap()
    };
    let line = copies_line(&root).expect("status names the unrecorded copy");
    assert!(
        line.contains("govdoc i18n mark-current es ") && line.contains("agreement-acronym"),
        "{line}"
    );
    let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es"]);
    assert_eq!(code, 0, "{err}");
    assert!(named(&root), "a plain mark-current left it");
    let before = unrecorded(&root);
    let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es", "agreement-acronym"]);
    assert_eq!(code, 0, "{err}");
    assert!(!named(&root), "confirmed by id");
    assert_eq!(unrecorded(&root), before - 1);
}

fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walk(&root.join("locales")) {
        out.push((e.clone(), std::fs::read(&e).unwrap()));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn scaffold_appends_only_and_is_idempotent() {
    let (_tmp, root) = site();
    let es = "locales/es/site.ftl";
    replace_line(&root, es, "forum-change-forum-task-assess", None);
    replace_line(&root, es, "site-welcome", None);
    let before = read(&root, es);
    let (code, _, err) = govdoc(&root, &["i18n", "scaffold", "es"]);
    assert_eq!(code, 0, "{err}");
    let after = read(&root, es);
    assert!(
        after.starts_with(&before),
        "existing translations, comments and order are untouched"
    );
    let added = &after[before.len()..];
    assert!(added.contains("# nb: Vurdere funksjonelle endringer.\nforum-change-forum-task-assess = Vurdere funksjonelle endringer.\n"), "{added}");
    assert!(
        added.contains("site-welcome = Velkommen, { $name }, til styringsmodellen."),
        "{added}"
    );
    let snap = snapshot(&root);
    let (code, _, err) = govdoc(&root, &["i18n", "scaffold", "es"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("nothing is missing"), "{err}");
    assert_eq!(snapshot(&root), snap, "a second run changes no file");
    // The copies count as missing until translated; editing one makes it translated.
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["languages"][0]["missing"], 2, "{doc}");
    replace_line(
        &root,
        es,
        "site-welcome",
        Some("site-welcome = Bienvenido, { $name }, al modelo."),
    );
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["languages"][0]["missing"], 1, "{doc}");
}

/// Stale means stale: a translation is current only when its record names the source text it
/// now stands for. Editing a translation (a style fix) never confirms it against a source that
/// moved on, and `mark-current` without ids never records a source the translator did not see.
#[test]
fn stale_until_confirmed_by_mark_current_never_by_editing() {
    let (_tmp, root) = site();
    let nb = "locales/nb/site.ftl";
    replace_line(
        &root,
        nb,
        "role-system-owner-summary",
        Some("role-system-owner-summary = Eier systemet, prosessen og dataene."),
    );
    replace_line(
        &root,
        nb,
        "forum-change-forum-purpose",
        Some("forum-change-forum-purpose = Forum for å prioritere endringer."),
    );
    let status = |root: &Path| {
        let (code, out, _) = govdoc(root, &["i18n", "status", "es", "--format", "json"]);
        let doc: Value = serde_json::from_str(&out).unwrap();
        (code, doc["languages"][0].clone())
    };
    let stale = |root: &Path| {
        status(root).1["stale_items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["key"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        stale(&root),
        ["forum-change-forum-purpose", "role-system-owner-summary"]
    );
    // The old and new source as a word-level difference, in JSON and in text.
    let (_, lang) = status(&root);
    let item = &lang["stale_items"][0];
    assert_eq!(
        item["diff"], "Forum for å prioritere [-og beslutte-] endringer.",
        "{item}"
    );
    assert!(
        item["translation"].as_str().unwrap().starts_with("Foro"),
        "{item}"
    );
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es"]);
    assert!(
        out.contains("the nb source changed: Forum for å prioritere [-og beslutte-] endringer."),
        "{out}"
    );
    let (code, _, err) = govdoc(
        &root,
        &["i18n", "mark-current", "es", "role-system-owner-summary"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(stale(&root), ["forum-change-forum-purpose"]);
    // A style fix to the translation, committed without confirming it: still stale, and
    // `status --strict` fails.
    replace_line(
        &root,
        "locales/es/site.ftl",
        "forum-change-forum-purpose",
        Some("forum-change-forum-purpose = Foro para los cambios."),
    );
    assert_eq!(
        stale(&root),
        ["forum-change-forum-purpose"],
        "editing a translation does not confirm it"
    );
    let (code, _, _) = govdoc(&root, &["i18n", "status", "es", "--strict"]);
    assert_eq!(code, 1, "a hidden change of meaning fails --strict");
    // `mark-current` without ids records new translations, never a source the translator did
    // not see.
    let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(stale(&root), ["forum-change-forum-purpose"]);
    // Confirming it by name does.
    let (code, _, err) = govdoc(
        &root,
        &["i18n", "mark-current", "es", "forum-change-forum-purpose"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(stale(&root).is_empty());
    let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es", "no-such-id"]);
    assert_eq!(code, 1, "{err}");
}

/// Prose pages: a changed page shows what changed, word by word, not the whole new page.
#[test]
fn stale_prose_pages_show_a_word_level_difference() {
    let (_tmp, root) = site();
    // Record the page with its text (the fixture's record has only a fingerprint).
    let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es", "pages/about.md"]);
    assert_eq!(code, 0, "{err}");
    write(
        &root,
        "locales/nb/pages/about.md",
        "Dette nettstedet beskriver **styringsmodellen** for IKT.\n",
    );
    write(
        &root,
        "locales/es/pages/about.md",
        "Este sitio describe el **modelo**.\n",
    );
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let items = doc["languages"][0]["stale_items"].as_array().unwrap();
    let page = items
        .iter()
        .find(|i| i["key"] == "pages/about.md")
        .unwrap_or_else(|| panic!("the edited page stays stale: {doc}"));
    assert_eq!(
        page["diff"],
        "Dette nettstedet beskriver [-**styringsmodellen**.-]{+**styringsmodellen** for IKT.+}",
        "{page}"
    );
}

#[test]
fn attributes_count_as_texts_of_their_own() {
    let (_tmp, root) = site();
    let es = "locales/es/site.ftl";
    replace_line(&root, es, "    .detail = El propietario", None);
    let (_, out, _) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let missing = &doc["languages"][0]["missing_items"];
    assert_eq!(
        missing[0]["key"], "role-system-owner-responsibility-needs.detail",
        "{doc}"
    );
    assert_eq!(
        missing[0]["line"],
        line_of(&root, "locales/nb/site.ftl", "    .detail") as u64
    );
    // Scaffold leaves the existing entry alone and says what to add by hand.
    let before = read(&root, es);
    let (code, _, err) = govdoc(&root, &["i18n", "scaffold", "es"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(read(&root, es), before);
    assert!(
        err.contains("i18n::scaffold-attribute") && err.contains(".detail = …"),
        "{err}"
    );
}

#[test]
fn scaffold_copies_multi_line_messages_as_valid_fluent() {
    let (_tmp, root) = site();
    let en = "locales/en/site.ftl";
    let text = read(&root, en);
    let start = text.find("site-visits =").unwrap();
    write(&root, en, &text[..start]);
    let (code, _, err) = govdoc(&root, &["i18n", "scaffold", "en"]);
    assert_eq!(code, 0, "{err}");
    let after = read(&root, en);
    assert!(
        after.ends_with("\n# nb:\n#     { $count ->\n#         [one] Ett besøk\n#        *[other] { $count } besøk\n#     }\nsite-visits =\n    { $count ->\n        [one] Ett besøk\n       *[other] { $count } besøk\n    }\n"),
        "{after}"
    );
    let (code, _, err) = govdoc(&root, &["i18n", "check"]);
    assert_eq!(code, 0, "the scaffolded file parses: {err}");
    assert!(
        !err.contains("i18n::identical"),
        "scaffolded copies are reported as missing, not as identical: {err}"
    );
    assert!(
        err.contains("still the `nb` text copied by scaffold"),
        "{err}"
    );
}

#[test]
fn status_counts_words_per_language_in_text_and_json() {
    let (_tmp, root) = site();
    // Missing in es: "Vurdere funksjonelle endringer." (3 words).
    replace_line(
        &root,
        "locales/es/site.ftl",
        "forum-change-forum-task-assess",
        None,
    );
    // Stale in es and en: "Eier systemet, prosessen og dataene." (5 words).
    replace_line(
        &root,
        "locales/nb/site.ftl",
        "role-system-owner-summary",
        Some("role-system-owner-summary = Eier systemet, prosessen og dataene."),
    );
    let (_, out, _) = govdoc(&root, &["i18n", "status", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let lang = |code: &str| {
        doc["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["lang"] == code)
            .unwrap()
            .clone()
    };
    let (es, en) = (lang("es"), lang("en"));
    assert_eq!(es["missing_words"], 3, "{es}");
    assert_eq!(es["stale_words"], 5, "{es}");
    assert_eq!(en["missing_words"], 0, "{en}");
    assert_eq!(en["stale_words"], 5, "{en}");
    let total = es["source_words"].as_u64().unwrap();
    assert!(total > 100, "{total}");
    assert_eq!(en["source_words"], es["source_words"]);
    let (_, text, _) = govdoc(&root, &["i18n", "status"]);
    assert!(
        text.contains(&format!(
            "es: 8 of {total} source words to translate (3 in missing texts, 5 in stale texts)"
        )),
        "{text}"
    );
}

fn git(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git is needed");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Two translators confirm neighbouring entries of `.source-record` on two branches (texts
/// that are not neighbours in the `.ftl` file): git merges both without a conflict.
#[test]
fn records_of_neighbouring_texts_merge_without_conflict() {
    let (_tmp, root) = site();
    let ok = |r: (bool, String)| assert!(r.0, "{}", r.1);
    ok(git(&root, &["init", "-q", "-b", "main"]));
    // Start from records in the current format, every theme string recorded.
    let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es", "--all"]);
    assert_eq!(code, 0, "{err}");
    let nb = "locales/nb/site.ftl";
    replace_line(
        &root,
        nb,
        "forum-change-forum-agenda-proposed-changes",
        Some("forum-change-forum-agenda-proposed-changes = Foreslåtte endringer i neste halvår."),
    );
    replace_line(
        &root,
        nb,
        "forum-change-forum-power-stop-or-start",
        Some(
            "forum-change-forum-power-stop-or-start = Kan stanse, utsette og iverksette endringer.",
        ),
    );
    ok(git(&root, &["add", "-A"]));
    ok(git(&root, &["commit", "-qm", "source"]));
    let es = "locales/es/site.ftl";
    let translate = |branch: &str, id: &str, text: &str| {
        ok(git(&root, &["checkout", "-q", "-b", branch, "main"]));
        replace_line(&root, es, id, Some(&format!("{id} = {text}")));
        let (code, _, err) = govdoc(&root, &["i18n", "mark-current", "es", id]);
        assert_eq!(code, 0, "{err}");
        ok(git(&root, &["commit", "-qam", branch]));
    };
    translate(
        "ana",
        "forum-change-forum-agenda-proposed-changes",
        "Cambios propuestos para el próximo semestre.",
    );
    translate(
        "bruno",
        "forum-change-forum-power-stop-or-start",
        "Puede detener, aplazar e iniciar cambios.",
    );
    ok(git(&root, &["checkout", "-q", "ana"]));
    let (merged, out) = git(&root, &["merge", "-q", "--no-edit", "bruno"]);
    assert!(
        merged,
        "merge conflict:\n{out}\n{}",
        read(&root, "locales/es/.source-record")
    );
    let (code, out, err) = govdoc(&root, &["i18n", "status", "es", "--strict"]);
    assert_eq!(code, 0, "{out}{err}");
}

/// Issue 14: a term attribute a language adds for its own grammar (`.gender`) and uses in a
/// selector is not obsolete; one no selector uses still is.
#[test]
fn a_term_attribute_used_by_a_selector_is_not_obsolete() {
    let (_tmp, root) = site();
    let es = "locales/es/site.ftl";
    replace_line(
        &root,
        es,
        "-system-owner =",
        Some("-system-owner = propietario del sistema\n    .gender = masculine\n    .unused = x"),
    );
    replace_line(
        &root,
        es,
        "role-system-owner-summary",
        Some("role-system-owner-summary =\n    { -system-owner.gender ->\n        [feminine] Es dueña del sistema y del proceso que apoya.\n       *[masculine] Es dueño del sistema y del proceso que apoya.\n    }"),
    );
    govdoc(
        &root,
        &["i18n", "mark-current", "es", "role-system-owner-summary"],
    );
    let (_, out, err) = govdoc(&root, &["i18n", "status", "es", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
    let es_status = &v["languages"][0];
    let obsolete: Vec<&str> = es_status["obsolete_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    assert_eq!(obsolete, ["-system-owner.unused"], "{es_status}");
    let (_, out, _) = govdoc(&root, &["i18n", "check", "--format", "json"]);
    assert!(!out.contains("-system-owner.gender"), "{out}");
}
