//! The pipeline's layering, checked: each stage uses only the stages before it, the model does
//! no I/O and knows neither templates nor languages, and rendering never touches the disk.
//! (What Zola's maintainers could only write in a TODO comment, as a test that can fail.)

use std::path::Path;

fn sources(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.expect("readable source tree");
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).expect("readable source file");
            // Unit tests at the bottom of a file may use what they like.
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            out.push((entry.path().display().to_string(), code));
        }
    }
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

fn forbid(dir: &str, needles: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    for (file, code) in sources(dir) {
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            for needle in needles {
                if line.contains(needle) {
                    problems.push(format!("{file}:{}: uses `{needle}`", n + 1));
                }
            }
        }
    }
    problems
}

#[test]
fn the_model_is_pure_data() {
    let problems = forbid(
        "model",
        &[
            "std::fs",
            "tera::",
            "fluent_bundle",
            "fluent_syntax",
            "crate::i18n",
            "crate::render",
            "crate::write",
            "crate::watch",
            "crate::serve",
            "crate::incremental",
            "crate::site",
        ],
    );
    assert!(
        problems.is_empty(),
        "the model must not reach down the pipeline:\n{}",
        problems.join("\n")
    );
}

#[test]
fn rendering_never_touches_the_disk_or_later_stages() {
    let problems = forbid(
        "render",
        &[
            "std::fs",
            "fs_err",
            "crate::write",
            "crate::watch",
            "crate::serve",
            "crate::incremental",
            "crate::site",
        ],
    );
    assert!(
        problems.is_empty(),
        "render must stay pure:\n{}",
        problems.join("\n")
    );
}

#[test]
fn loading_does_not_interpret_or_render() {
    let problems = forbid(
        "load",
        &[
            "crate::model",
            "crate::i18n",
            "crate::render",
            "crate::write",
            "tera::",
            "fluent_bundle",
            "fluent_syntax",
        ],
    );
    assert!(
        problems.is_empty(),
        "load reads files and nothing else:\n{}",
        problems.join("\n")
    );
}

/// The runtime catalogue is a render input; the translator's workbench is a tool that writes
/// into the source tree. Rendering and the runtime catalogue never use the workbench.
#[test]
fn rendering_never_uses_the_workbench() {
    let mut problems = forbid("render", &["crate::workbench", "workbench::"]);
    problems.extend(forbid(
        "i18n",
        &[
            "crate::workbench",
            "workbench::",
            "std::fs",
            "fs_err",
            "crate::render",
            "crate::write",
            "crate::site",
        ],
    ));
    assert!(
        problems.is_empty(),
        "render and the runtime catalogue must not use the translator's workbench:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_itself_can_fail() {
    // `forbid` must find a needle that is there, or the tests above prove nothing.
    let hits = forbid("render", &["pub fn render_all"]);
    assert!(
        !hits.is_empty(),
        "the scan found nothing it should have found"
    );
}

/// Like [`forbid`], for needles that must start a word (`Role`, not `FileRole`).
fn forbid_words(dir: &str, needles: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    for (file, code) in sources(dir) {
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            for needle in needles {
                let starts_word = line.match_indices(needle).any(|(i, _)| {
                    !line[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_')
                });
                if starts_word {
                    problems.push(format!("{file}:{}: uses `{needle}`", n + 1));
                }
            }
        }
    }
    problems
}

/// The watch engine is a cache of the build: it knows files, pages and recorded reads, never a
/// content kind or a view. A new kind or view needs no code in `incremental/` or `watch/`.
#[test]
fn the_watch_engine_knows_no_content_kind() {
    let kinds = [
        "Role",
        "Forum",
        "Risk",
        "Concept",
        "Category",
        "RoleGroup",
        "ForumGroup",
        "roles()",
        "forums()",
        "risks()",
        "PageKind::Role",
        "PageKind::Forum",
        "PageKind::Home",
        "PageKind::Roles",
        "PageKind::Forums",
        "views::",
    ];
    let mut problems = forbid_words("incremental", &kinds);
    problems.extend(forbid_words("watch", &kinds));
    assert!(
        problems.is_empty(),
        "the watch engine must not name content kinds or views:\n{}",
        problems.join("\n")
    );
}

/// The library returns events and diagnostics; only the binary prints. A watcher or server that
/// printed on its own could not be used by an editor plugin or with `--message-format json`.
#[test]
fn the_library_never_prints() {
    let mut problems = Vec::new();
    for dir in [
        "watch",
        "serve",
        "incremental",
        "render",
        "model",
        "load",
        "write",
    ] {
        problems.extend(forbid(
            dir,
            &["println!", "eprintln!", "print!(", "eprint!("],
        ));
    }
    assert!(
        problems.is_empty(),
        "the library must not print:\n{}",
        problems.join("\n")
    );
}
