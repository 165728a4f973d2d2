//! `govdoc init` then `govdoc build` with the binary alone (no theme folder on disk: the theme
//! is built in), and sites published under a sub-path with `--base-url`.

mod support;

use support::*;

const LANGS: &[&str] = &["nb", "es", "en"];

#[test]
fn init_then_build_gives_a_working_three_language_site() {
    let tmp = tempdir();
    let dir = tmp.path().join("intranet");
    std::fs::create_dir_all(&dir).unwrap();
    let run = govdoc_in(tmp.path(), &["init", "intranet"]);
    run.expect_status(0);
    assert!(dir.join("govdoc.yml").is_file(), "init wrote the settings");
    assert!(
        !dir.join("themes").exists(),
        "init must not copy the theme; the binary carries it"
    );
    // Run a copy of the binary, away from the repository and its theme folder, from inside the
    // new site with the defaults, as a user would: `govdoc build`.
    let bin = tmp.path().join("bin").join(
        std::path::Path::new(env!("CARGO_BIN_EXE_govdoc"))
            .file_name()
            .unwrap(),
    );
    std::fs::create_dir_all(bin.parent().unwrap()).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_govdoc"), &bin).unwrap();
    let status = std::process::Command::new(&bin)
        .arg("build")
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(status.success(), "the copied binary builds the new site");
    let out = dir.join("public");
    assert!(out.join("index.html").is_file());
    assert!(
        out.join("static/style.css").is_file(),
        "the built-in theme's stylesheet"
    );
    for lang in LANGS {
        let role =
            std::fs::read_to_string(out.join(format!("{lang}/roles/system-owner/index.html")))
                .expect("role card");
        assert!(role.contains("class=\"role-card\""), "{lang} role card");
        let forum =
            std::fs::read_to_string(out.join(format!("{lang}/forums/change-forum/index.html")))
                .expect("meeting description");
        assert!(
            forum.contains("class=\"meeting\""),
            "{lang} meeting description"
        );
        assert!(
            forum.contains(&format!("href=\"/{lang}/roles/system-owner/\"")),
            "{lang}: the chair links to the role card"
        );
    }
    // The languages really differ (not one language copied three times).
    let h1 = |lang: &str| {
        let html =
            std::fs::read_to_string(out.join(format!("{lang}/roles/system-owner/index.html")))
                .unwrap();
        section(&html, "<h1>", "</h1>").unwrap().to_string()
    };
    assert_ne!(h1("nb"), h1("en"));
    assert_ne!(h1("es"), h1("en"));
    assert_no_problems(
        "language switcher",
        &switcher_problems(&out, "", LANGS, "nb"),
    );
    assert_no_problems("internal links", &link_problems(&out, ""));
    assert_no_problems("leaked text", &leak_problems(&out, &message_ids(&dir)));
    // A second build replaces the first (the folder carries govdoc's marker).
    govdoc_in(&dir, &["build"]).expect_status(0);
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let tmp = tempdir();
    std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    let before = hash_tree(tmp.path());
    let run = govdoc(&["init", tmp.path().to_str().unwrap()]);
    run.expect_status(1);
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    assert_eq!(before, hash_tree(tmp.path()));
}

fn check_base(base_arg: &str, prefix: &str) {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build(&fixture(), &out, &["--base-url", base_arg]).expect_status(0);
    let pages = html_pages(&out);
    let mut internal = 0;
    for (rel, html) in &pages {
        for t in tags(html) {
            for attr in ["href", "src"] {
                let Some(url) = t.attr(attr) else { continue };
                if url.contains("://")
                    || url.starts_with('#')
                    || url.starts_with("mailto:")
                    || url.starts_with("data:")
                {
                    continue;
                }
                internal += 1;
                assert!(
                    url.starts_with(&format!("{prefix}/")),
                    "{rel}: <{} {attr}={url:?}> does not start with {prefix}/",
                    t.name
                );
            }
        }
    }
    assert!(
        internal > pages.len(),
        "few internal links found ({internal})"
    );
    assert_no_problems(
        &format!("links under {base_arg}"),
        &link_problems(&out, prefix),
    );
    assert_no_problems(
        &format!("switcher under {base_arg}"),
        &switcher_problems(&out, prefix, LANGS, "nb"),
    );
}

#[test]
fn base_url_sub_path_prefixes_every_internal_link() {
    check_base("/sub/", "/sub");
}

#[test]
fn base_url_with_host_uses_its_path() {
    check_base("https://intranet.example/styring/", "/styring");
}
