//! `govdoc build --watch` end to end: the real binary on a generated site in a temporary
//! folder, edited the ways editors edit, with every wait bounded by a generous timeout.

mod common;

use common::*;

const CARD: &str = "public/nb/roles/role-00001/index.html";
const NB_ROLE: &str = "site/locales/nb/roles/role-00001.ftl";

#[test]
fn a_message_edit_rewrites_only_the_pages_that_show_it() {
    let (tmp, _site) = site(6);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("built ");
    g.wait_line("watching ");
    let before = snapshot(&dir.join("public"));

    let old = ftl_line(dir.join(NB_ROLE), "role-role-00001-responsibility-r2");
    edit(
        dir.join(NB_ROLE),
        &old,
        "role-role-00001-responsibility-r2 = Endret ansvar i farten.",
    );
    let line = g.wait_line("rebuilt");
    assert!(
        line.contains("locales/nb/roles/role-00001.ftl changed"),
        "{line}"
    );
    // The card, the language's search index (it stems the responsibilities) and the
    // language's texts of the model as data (`data/nb/texts.json`; `data/governance.json`,
    // the structure, stays as it was).
    assert_eq!(written(&line), 3, "{line}");
    // Rendered: those three, and in es and en the card and search index, which looked the
    // item's `.detail` attribute up in nb (their messages have none, so nb's would show). Not
    // the model's structure, not the search pages (their entries show no responsibilities),
    // not the other languages' texts (regression: at 10,000 entities rendering every text and
    // the whole search page again made this edit cost 2.5 s).
    let rendered = line.split("; ").nth(1).and_then(|p| p.split(' ').next());
    assert_eq!(rendered, Some("7"), "{line}");
    assert!(read(dir.join(CARD)).contains("Endret ansvar i farten."));

    let after = snapshot(&dir.join("public"));
    let changed: Vec<_> = after
        .iter()
        .filter(|(p, v)| before.get(*p) != Some(v))
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert_eq!(
        changed,
        [
            "data/nb/texts.json",
            "nb/roles/role-00001/index.html",
            "nb/search/index.json"
        ],
        "only the role card, the search index and the language's texts change (bytes or modification time)"
    );
    assert_eq!(before.len(), after.len());

    // Ctrl-C ends cleanly and leaves a complete output folder.
    assert!(g.interrupt(), "exit status after Ctrl-C");
    assert!(
        g.seen.iter().any(|l| l.starts_with("stopped")),
        "{:?}",
        g.seen
    );
    assert_eq!(snapshot(&dir.join("public")).len(), after.len());
}

#[test]
fn a_yaml_file_replaced_by_rename_is_rebuilt_once() {
    let (tmp, site) = site(6);
    let dir = tmp.path();
    // A long window makes "exactly one rebuild" independent of how busy the machine is.
    let mut g = Govdoc::start(
        dir,
        &[
            "build",
            "--watch",
            "--debounce",
            "300",
            "-s",
            "site",
            "-o",
            "public",
        ],
    );
    g.wait_line("watching ");
    let yml = site.join("content/roles/role-00001.yml");
    let text = read(&yml).replace(
        "responsibilities: [r1, r2, r3, r4, r5, r6]",
        "responsibilities: [r6, r5, r4, r3, r2, r1]",
    );
    let tmp_file = site.join("content/roles/.role-00001.yml.tmp");
    std::fs::write(&tmp_file, text).unwrap();
    std::fs::rename(&tmp_file, &yml).unwrap();
    let line = g.wait_line("rebuilt");
    assert!(
        line.contains("content/roles/role-00001.yml changed"),
        "{line}"
    );
    let card = read(dir.join(CARD));
    let r6 = ftl_line(
        site.join("locales/nb/roles/role-00001.ftl"),
        "role-role-00001-responsibility-r6",
    );
    let r1 = ftl_line(
        site.join("locales/nb/roles/role-00001.ftl"),
        "role-role-00001-responsibility-r1",
    );
    let text_of = |l: &str| l.split_once(" = ").map(|(_, t)| t.to_string()).unwrap();
    assert!(
        card.find(&text_of(&r6)).unwrap() < card.find(&text_of(&r1)).unwrap(),
        "new order shown"
    );

    // vim's save: probe file, backup by rename, new file, backup deleted: one rebuild.
    let ftl = site.join("locales/es/roles/role-00002.ftl");
    let new_text = read(&ftl).replacen(
        "role-role-00002-summary = ",
        "role-role-00002-summary = Guardado con vim. ",
        1,
    );
    std::fs::write(site.join("locales/es/roles/4913"), "").unwrap();
    std::fs::remove_file(site.join("locales/es/roles/4913")).unwrap();
    std::fs::rename(&ftl, site.join("locales/es/roles/role-00002.ftl~")).unwrap();
    std::fs::write(&ftl, new_text).unwrap();
    std::fs::remove_file(site.join("locales/es/roles/role-00002.ftl~")).unwrap();
    let line = g.wait_line("rebuilt");
    assert!(
        line.contains("locales/es/roles/role-00002.ftl changed"),
        "{line}"
    );
    assert!(read(dir.join("public/es/roles/role-00002/index.html")).contains("Guardado con vim."));
    // A later, unrelated save shows that nothing else was queued in between.
    edit(
        site.join("locales/en/site.ftl"),
        "Synthetic governance (en)",
        "Synthetic governance (English)",
    );
    let line = g.wait_line("rebuilt");
    assert!(
        line.contains("locales/en/site.ftl changed"),
        "a second rebuild came from the vim save: {line}"
    );
    assert_eq!(
        g.seen.iter().filter(|l| l.starts_with("rebuilt")).count(),
        3,
        "{:?}",
        g.seen
    );
}

/// The window adapts: a save whose file its writer has closed is rebuilt after a sixth of
/// `--debounce`, while a file still open for writing is waited for as long as the window says,
/// so a slow writer is never read half-written.
#[test]
fn closed_saves_are_rebuilt_at_once_and_open_files_are_waited_for() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let (tmp, site) = site(6);
    let dir = tmp.path();
    let mut g = Govdoc::start(
        dir,
        &[
            "build",
            "--watch",
            "--debounce",
            "6000",
            "-s",
            "site",
            "-o",
            "public",
        ],
    );
    g.wait_line("watching ");
    let ftl = site.join("locales/nb/roles/role-00001.ftl");
    let old = ftl_line(&ftl, "role-role-00001-responsibility-r2");
    let start = Instant::now();
    edit(
        &ftl,
        &old,
        "role-role-00001-responsibility-r2 = Lagret og lukket.",
    );
    g.wait_line("rebuilt");
    let took = start.elapsed();
    assert!(
        took < Duration::from_millis(4000),
        "a closed save waited {took:?}, as long as the whole 6 s window"
    );
    assert!(read(dir.join(CARD)).contains("Lagret og lukket."));

    // A writer that pauses mid-file for longer than the short settle time (1 s): the half
    // written file (an unterminated placeable) is not read; one rebuild, with the whole text.
    let yml = site.join("content/roles/role-00002.yml");
    let whole = read(&yml).replace(
        "responsibilities: [r1, r2, r3, r4, r5, r6]",
        "responsibilities: [r6, r5, r4, r3, r2, r1]",
    );
    let cut = whole.find("responsibilities").expect("field") + 22;
    let mut f = std::fs::File::create(&yml).unwrap();
    f.write_all(&whole.as_bytes()[..cut]).unwrap();
    f.flush().unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    f.write_all(&whole.as_bytes()[cut..]).unwrap();
    drop(f);
    let line = g.wait_line("rebuilt");
    assert!(
        line.contains("content/roles/role-00002.yml changed"),
        "{line}"
    );
    assert!(
        !g.seen.iter().any(|l| l.starts_with("failed")),
        "a half-written file was read: {:?}",
        g.seen
    );
    assert_eq!(
        g.seen.iter().filter(|l| l.starts_with("rebuilt")).count(),
        2,
        "{:?}",
        g.seen
    );
}

#[test]
fn broken_files_keep_the_last_good_site_until_fixed() {
    let (tmp, site) = site(6);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");
    let good = snapshot(&dir.join("public"));

    let yml = site.join("content/roles/role-00001.yml");
    let original = read(&yml);
    std::fs::write(
        &yml,
        original.replace(
            "responsibilities: [r1, r2, r3, r4, r5, r6]",
            "responsibilities: [r1, r2\n",
        ),
    )
    .unwrap();
    g.wait_line("failed");
    assert!(
        g.seen
            .iter()
            .any(|l| l.starts_with("content/roles/role-00001.yml:") && l.contains("error")),
        "{:?}",
        g.seen
    );
    assert!(g.alive());
    assert_eq!(
        snapshot(&dir.join("public")),
        good,
        "old pages stay, byte for byte and untouched"
    );

    std::fs::write(&yml, &original).unwrap();
    g.wait_line("rebuilt (errors fixed)");

    let ftl = site.join("locales/nb/roles/role-00001.ftl");
    let summary = ftl_line(&ftl, "role-role-00001-summary");
    edit(&ftl, &summary, "role-role-00001-summary = { -role-00001");
    g.wait_line("failed");
    assert!(
        g.seen
            .iter()
            .any(|l| l.starts_with("locales/nb/roles/role-00001.ftl:")
                && l.contains(": error[i18n::syntax]")),
        "{:?}",
        g.seen
    );
    assert!(g.alive());
    assert_eq!(snapshot(&dir.join("public")), good);

    edit(
        &ftl,
        "role-role-00001-summary = { -role-00001",
        "role-role-00001-summary = Rettet sammendrag.",
    );
    let line = g.wait_line("rebuilt (errors fixed)");
    assert!(written(&line) >= 1, "{line}");
    assert!(read(dir.join(CARD)).contains("Rettet sammendrag."));
    assert!(
        read(dir.join("public/nb/roles/index.html")).contains("Rettet sammendrag."),
        "the roles list shows summaries too"
    );
}

#[test]
fn deleting_a_role_reports_its_references_and_then_removes_its_pages() {
    let (tmp, site) = site(6);
    let dir = tmp.path();
    std::fs::write(site.join("content/roles/extra.yml"), "id: extra\n").unwrap();
    std::fs::write(site.join("locales/nb/extra.ftl"), "-extra = ekstrarolle\nrole-extra-summary = En ekstra rolle.\nrisk-extra-risk-name = Ekstra risiko\n").unwrap();
    std::fs::write(
        site.join("content/risks/extra-risk.yml"),
        "id: extra-risk\nconcerns:\n  roles: [extra]\n",
    )
    .unwrap();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");
    for lang in ["nb", "es", "en"] {
        assert!(dir
            .join(format!("public/{lang}/roles/extra/index.html"))
            .is_file());
    }
    let good = snapshot(&dir.join("public"));

    std::fs::remove_file(site.join("content/roles/extra.yml")).unwrap();
    g.wait_line("failed");
    assert!(
        g.seen
            .iter()
            .any(|l| l.starts_with("content/risks/extra-risk.yml:")
                && l.contains("unknown role `extra`")),
        "the reference is reported with its place: {:?}",
        g.seen
    );
    assert!(g.alive());
    assert_eq!(snapshot(&dir.join("public")), good);

    std::fs::remove_file(site.join("content/risks/extra-risk.yml")).unwrap();
    let line = g.wait_line("rebuilt (errors fixed)");
    assert!(line.contains("removed"), "{line}");
    for lang in ["nb", "es", "en"] {
        assert!(
            !dir.join(format!("public/{lang}/roles/extra")).exists(),
            "{lang} card removed"
        );
        assert!(!read(dir.join(format!("public/{lang}/risks/index.html"))).contains("extra-risk"));
    }
    assert!(dir.join("public/nb/roles/role-00001/index.html").is_file());
}

#[test]
fn the_watched_output_matches_a_fresh_build() {
    let (tmp, site) = site(9);
    let dir = tmp.path();
    // A message of role 1 that uses a term no page looks up itself: only the reference links
    // role 1's card to the term.
    let one = site.join("locales/nb/roles/role-00001.ftl");
    let r3 = ftl_line(&one, "role-role-00001-responsibility-r3");
    edit(
        &one,
        &r3,
        "role-role-00001-responsibility-r3 = Rapporterer til { -test-term }.",
    );
    std::fs::write(
        site.join("locales/nb/test-terms.ftl"),
        "-test-term = gammel term\n",
    )
    .unwrap();
    add_groups(&site);
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");

    // Incremental message edits only (no full re-render in between): a role's name, a term
    // reached only through a reference, a theme message overridden in one language.
    let ftl = site.join("locales/nb/roles/role-00002.ftl");
    let term = ftl_line(&ftl, "-role-00002");
    edit(&ftl, &term, "-role-00002 = nytt rollenavn");
    g.wait_line("rebuilt");
    edit(
        site.join("locales/nb/test-terms.ftl"),
        "gammel term",
        "ny term",
    );
    g.wait_line("rebuilt");
    assert!(
        read(dir.join(CARD)).contains("Rapporterer til ny term."),
        "a message that references a changed term follows it"
    );
    std::fs::write(
        site.join("locales/en/extra.ftl"),
        "nav-roles = All the roles\n",
    )
    .unwrap();
    g.wait_line("rebuilt");
    assert!(read(dir.join("public/en/index.html")).contains("All the roles"));
    same_as_fresh_build(dir, "fresh-words", &[]);

    // Model edits, each written whole (a file replaced by rename, so that no half-written
    // state is seen and rebuilt on its own): each re-renders the pages whose entity data or derived relations changed,
    // the pages that looked up a changed entity's words, and the list pages; after each the
    // output must be the fresh build's, byte for byte.
    let forum = |n: u32| site.join(format!("content/forums/forum-0000{n}.yml"));
    let mut step = 0;
    let mut check = |g: &mut Govdoc, what: &str| {
        let line = g.wait_line("rebuilt");
        step += 1;
        eprintln!("{what}: {line}");
        same_as_fresh_build(dir, &format!("fresh-model-{step}"), &[]);
    };
    // A cadence.
    swap(dir, forum(1), "when-needed: true", "when-needed: false");
    check(&mut g, "cadence");
    // A chair moves from role 1 to role 2: both cards show it.
    swap(dir, forum(1), "chair: role-00001", "chair: role-00002");
    check(&mut g, "chair");
    assert!(read(dir.join("public/nb/roles/role-00002/index.html")).contains("forums/forum-00001/"));
    // A participant leaves, then comes back (last in the list).
    let all = "participants: [role-00001, role-00002, role-00003]";
    swap(dir, forum(2), all, "participants: [role-00002, role-00003]");
    check(&mut g, "participant removed");
    swap(
        dir,
        forum(2),
        "participants: [role-00002, role-00003]",
        "participants: [role-00002, role-00003, role-00001]",
    );
    check(&mut g, "participant added");
    // A risk now concerns role 2 instead of role 1.
    swap(
        dir,
        site.join("content/risks/risk-00001.yml"),
        "roles: [role-00001]",
        "roles: [role-00002]",
    );
    check(&mut g, "risk concerns");
    // A role moves to another group.
    swap(
        dir,
        site.join("content/role-groups/groups.yml"),
        "roles: [role-00001, role-00002]\n- id: others\n  roles: [role-00003]",
        "roles: [role-00001]\n- id: others\n  roles: [role-00002, role-00003]",
    );
    check(&mut g, "role group");
    // Forums reordered in their group: no forum's data change, but the role cards list the
    // forums their roles attend in the new order.
    swap(
        dir,
        site.join("content/forum-groups/groups.yml"),
        "[forum-00001, forum-00002, forum-00003]",
        "[forum-00003, forum-00002, forum-00001]",
    );
    check(&mut g, "forum order");
    // A risk renamed (its words written first).
    put(
        dir,
        site.join("locales/nb/renamed.ftl"),
        "risk-risk-00009-name = Omdøpt risiko\nrisk-risk-00009-point-p1 = Punkt en.\nrisk-risk-00009-point-p2 = Punkt to.\nrisk-risk-00009-mitigation = Tiltak.\n",
    );
    g.wait_line("rebuilt");
    swap(
        dir,
        site.join("content/risks/risk-00002.yml"),
        "id: risk-00002",
        "id: risk-00009",
    );
    check(&mut g, "risk renamed");
    // A forum deleted with its references: the references first, then the forum, which
    // fails until the group no longer lists it.
    swap(
        dir,
        site.join("content/roles/role-00002.yml"),
        "to: forum-00003",
        "to: line-organisation",
    );
    check(&mut g, "escalation");
    swap(
        dir,
        site.join("content/risks/risk-00003.yml"),
        "forums: [forum-00003]",
        "forums: [forum-00002]",
    );
    check(&mut g, "risk forums");
    std::fs::remove_file(forum(3)).unwrap();
    g.wait_line("failed");
    swap(
        dir,
        site.join("content/forum-groups/groups.yml"),
        "[forum-00003, forum-00002, forum-00001]",
        "[forum-00002, forum-00001]",
    );
    check(&mut g, "forum deleted");
    for lang in ["nb", "es", "en"] {
        assert!(!dir
            .join(format!("public/{lang}/forums/forum-00003"))
            .exists());
    }
}

/// Writes a file whole: written next to the site, then renamed into place.
fn put(dir: &std::path::Path, p: impl AsRef<std::path::Path>, text: &str) {
    let tmp = dir.join("edit.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, p.as_ref()).unwrap();
}

/// Replaces `from` by `to` in a file, replacing the file whole (see [`put`]).
fn swap(dir: &std::path::Path, p: impl AsRef<std::path::Path>, from: &str, to: &str) {
    let text = read(&p);
    assert!(
        text.contains(from),
        "{} has no {from:?}",
        p.as_ref().display()
    );
    put(dir, p, &text.replacen(from, to, 1));
}

/// Groups for the model edits of the parity test, with their names in the source language.
fn add_groups(site: &std::path::Path) {
    for (dir, text) in [
        (
            "content/role-groups",
            "- id: leaders\n  roles: [role-00001, role-00002]\n- id: others\n  roles: [role-00003]\n",
        ),
        (
            "content/forum-groups",
            "- id: main\n  forums: [forum-00001, forum-00002, forum-00003]\n",
        ),
    ] {
        std::fs::create_dir_all(site.join(dir)).unwrap();
        std::fs::write(site.join(dir).join("groups.yml"), text).unwrap();
    }
    std::fs::write(
        site.join("locales/nb/groups.ftl"),
        "role-group-leaders-name = Ledere\nrole-group-others-name = Andre\nforum-group-main-name = Hovedfora\n",
    )
    .unwrap();
}

#[test]
fn a_one_field_yaml_edit_renders_only_the_pages_that_show_it() {
    let (tmp, site) = site(30);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");
    let pages = snapshot(&dir.join("public"))
        .keys()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .count();
    swap(
        dir,
        site.join("content/forums/forum-00005.yml"),
        "when-needed: true",
        "when-needed: false",
    );
    let line = g.wait_line("rebuilt");
    let rendered: usize = line
        .split("; ")
        .nth(1)
        .and_then(|p| p.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no rendered count in {line:?}"));
    // In 3 languages: the meeting description, the two lists that show cadences (forums,
    // home), the annual cycle, the forum's calendar and the all-forums calendar; and the model
    // as data (its structure). Not the responsibility matrix (it reads forums' seats and
    // roles' ties, and `convened-by` did not change), nor each language's texts (they read
    // which messages each entity asks for, which did not change), nor the other forums'
    // pages, role cards or risks.
    assert_eq!(
        rendered,
        3 * (1 + 2 + 1 + 2) + 1,
        "{line} (of {pages} pages)"
    );
    assert!(pages >= 80, "{pages}");
    assert!(written(&line) >= 3, "{line}");
    same_as_fresh_build(dir, "fresh", &[]);
}

/// Reordering a role's responsibilities changes its card, the search index (its stems) and the
/// model as data, and nothing else: the lists, the responsibility matrix, the maps, the forum
/// cards and the texts read only the parts of a role they show (ties, escalation, message ids).
#[test]
fn reordering_a_roles_responsibilities_renders_only_its_card_index_and_data() {
    let (tmp, site) = site(30);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");
    swap(
        dir,
        site.join("content/roles/role-00005.yml"),
        "[r1, r2, r3",
        "[r2, r1, r3",
    );
    let line = g.wait_line("rebuilt");
    assert!(
        line.contains("; 7 rendered, 7 written,"),
        "role card and search index in 3 languages, and data/governance.json: {line}"
    );
    same_as_fresh_build(dir, "fresh", &[]);
}

fn same_as_fresh_build(dir: &std::path::Path, name: &str, extra: &[&str]) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["build", "-s", "site", "-o", name])
        .args(extra)
        .current_dir(dir)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = |d: &str| {
        snapshot(&dir.join(d))
            .into_iter()
            .map(|(p, (_, b))| (p, b))
            .collect::<Vec<_>>()
    };
    let (watched, fresh) = (bytes("public"), bytes(name));
    for ((p, a), (q, b)) in watched.iter().zip(&fresh) {
        assert_eq!(p, q);
        assert!(
            a == b,
            "{} differs from a fresh build ({name})",
            p.display()
        );
    }
    assert_eq!(watched.len(), fresh.len());
}

#[test]
fn polling_sees_edits_too() {
    let (tmp, _site) = site(3);
    let dir = tmp.path();
    let mut g = Govdoc::start(
        dir,
        &["build", "--watch", "--poll", "-s", "site", "-o", "public"],
    );
    g.wait_line("watching ");
    let old = ftl_line(dir.join(NB_ROLE), "role-role-00001-responsibility-r4");
    edit(
        dir.join(NB_ROLE),
        &old,
        "role-role-00001-responsibility-r4 = Sett ved polling.",
    );
    let line = g.wait_line("rebuilt");
    // The card, the language's search index and `data/nb/texts.json`.
    assert_eq!(written(&line), 3, "{line}");
    assert!(read(dir.join(CARD)).contains("Sett ved polling."));
}

#[test]
fn templates_static_files_settings_and_moved_folders() {
    let (tmp, site) = site(6);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");

    // A site template overriding the theme's: every role card follows, nothing else changes.
    let theme_role = read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/themes/default/templates/role.html"
    ));
    std::fs::create_dir_all(site.join("templates")).unwrap();
    std::fs::write(
        site.join("templates/role.html"),
        theme_role.replacen(
            "{% block content %}",
            "{% block content %}<p>Custom role card</p>",
            1,
        ),
    )
    .unwrap();
    let line = g.wait_line("rebuilt");
    assert_eq!(written(&line), 6, "two roles in three languages: {line}");
    assert!(read(dir.join("public/es/roles/role-00002/index.html")).contains("Custom role card"));
    assert!(!read(dir.join("public/es/forums/forum-00001/index.html")).contains("Custom role card"));

    // Static files: added, overriding the theme's, and removed again (the theme's comes back).
    let theme_css = read(dir.join("public/static/style.css"));
    std::fs::create_dir_all(site.join("static")).unwrap();
    std::fs::write(site.join("static/style.css"), "body { color: red }\n").unwrap();
    g.wait_line("rebuilt");
    assert_eq!(
        read(dir.join("public/static/style.css")),
        "body { color: red }\n"
    );
    std::fs::remove_file(site.join("static/style.css")).unwrap();
    g.wait_line("rebuilt");
    assert_eq!(read(dir.join("public/static/style.css")), theme_css);

    // A folder moved into the content and out again, as a file manager does.
    std::fs::write(
        site.join("locales/nb/moved.ftl"),
        "-moved-role = flyttet rolle\nrole-moved-role-summary = Kom med en mappe.\n",
    )
    .unwrap();
    g.wait_line("rebuilt");
    let outside = dir.join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("moved-role.yml"), "id: moved-role\n").unwrap();
    std::fs::rename(&outside, site.join("content/roles/moved")).unwrap();
    g.wait_line("rebuilt");
    assert!(read(dir.join("public/nb/roles/moved-role/index.html")).contains("Kom med en mappe."));
    std::fs::rename(site.join("content/roles/moved"), &outside).unwrap();
    g.wait_line("rebuilt");
    assert!(!dir.join("public/nb/roles/moved-role").exists());

    // The settings are read again.
    edit(
        site.join("govdoc.yml"),
        "title: Synthetic governance",
        "title: Renamed site",
    );
    g.wait_line("rebuilt");
    assert!(read(dir.join("public/index.html")).contains("Renamed site"));
    assert!(g.alive());
}

#[test]
fn a_scaffolded_message_falls_back_until_it_is_translated() {
    let (tmp, site) = site(3);
    let dir = tmp.path();
    let id = "role-role-00001-responsibility-r5";
    let es = site.join("locales/es/roles/role-00001.ftl");
    let line = ftl_line(&es, id);
    edit(&es, &format!("{line}\n"), "");
    let scaffold = std::process::Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["i18n", "scaffold", "es", "-s", "site"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        scaffold.status.success(),
        "{}",
        String::from_utf8_lossy(&scaffold.stderr)
    );
    let mut g = Govdoc::start(
        dir,
        &["build", "--watch", "--drafts", "-s", "site", "-o", "public"],
    );
    g.wait_line("watching ");
    same_as_fresh_build(dir, "fresh-scaffolded", &["--drafts"]);

    // The translator replaces the scaffolded copy: the page shows it, no longer as a draft.
    let file = walkdir::WalkDir::new(site.join("locales/es"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .find(|p| p.extension().is_some_and(|x| x == "ftl") && read(p).contains(&format!("{id} =")))
        .expect("the scaffolded message");
    let copy = ftl_line(&file, id);
    edit(&file, &copy, &format!("{id} = Traducido por fin."));
    g.wait_line("rebuilt");
    assert!(read(dir.join("public/es/roles/role-00001/index.html")).contains("Traducido por fin."));
    same_as_fresh_build(dir, "fresh-translated", &["--drafts"]);
}

#[test]
fn watch_with_pseudo_publishes_the_pseudo_locale() {
    let (tmp, _site) = site(2);
    let dir = tmp.path();
    let mut g = Govdoc::start(
        dir,
        &["build", "--watch", "--pseudo", "-s", "site", "-o", "public"],
    );
    g.wait_line("built ");
    g.wait_line("watching ");
    let home = dir.join("public/qps/index.html");
    assert!(home.is_file(), "no qps/index.html: --pseudo was dropped");
    same_as_fresh_build(dir, "fresh", &["--pseudo"]);

    // A source-language edit reaches the pseudo-locale too.
    let old = ftl_line(dir.join(NB_ROLE), "role-role-00001-responsibility-r2");
    edit(
        dir.join(NB_ROLE),
        &old,
        "role-role-00001-responsibility-r2 = Endret ansvar i farten.",
    );
    g.wait_line("rebuilt");
    assert!(g.interrupt(), "exit status after Ctrl-C");
    same_as_fresh_build(dir, "fresh-after-edit", &["--pseudo"]);
}

#[test]
fn an_output_folder_deleted_while_watching_is_published_whole_again() {
    let (tmp, _site) = site(6);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");
    std::fs::remove_dir_all(dir.join("public")).unwrap();
    let old = ftl_line(dir.join(NB_ROLE), "role-role-00001-responsibility-r2");
    edit(
        dir.join(NB_ROLE),
        &old,
        "role-role-00001-responsibility-r2 = Etter slettingen.",
    );
    let line = g.wait_line("rebuilt");
    assert!(read(dir.join(CARD)).contains("Etter slettingen."), "{line}");
    // Every file, the marker included, so the next `govdoc build` accepts the folder.
    same_as_fresh_build(dir, "fresh", &[]);
    assert!(dir.join("public/.govdoc-output").is_file());
    assert!(g.interrupt());
    assert!(
        g.seen
            .iter()
            .any(|l| l.contains("holds the last good site")),
        "{:?}",
        g.seen
    );
}

#[test]
fn a_failed_write_says_so_and_the_next_rebuild_publishes_whole() {
    let (tmp, _site) = site(6);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");
    // A folder where the role card must go: its write fails like a full disk's would.
    let card = dir.join(CARD);
    std::fs::remove_file(&card).unwrap();
    std::fs::create_dir_all(card.join("in-the-way")).unwrap();
    let old = ftl_line(dir.join(NB_ROLE), "role-role-00001-responsibility-r2");
    edit(
        dir.join(NB_ROLE),
        &old,
        "role-role-00001-responsibility-r2 = Første forsøk.",
    );
    let line = g.wait_line("failed");
    assert!(line.contains("only partly updated"), "{line}");
    assert!(!line.contains("keeps the last good site"), "{line}");

    std::fs::remove_dir_all(&card).unwrap();
    edit(dir.join(NB_ROLE), "Første forsøk.", "Andre forsøk.");
    let line = g.wait_line("rebuilt");
    assert!(read(dir.join(CARD)).contains("Andre forsøk."), "{line}");
    same_as_fresh_build(dir, "fresh", &[]);
    assert!(g.interrupt());
}

/// The checks of the source text that are kept between saves (reference findings, broken
/// text) follow message edits that keep the language's set of ids: an unknown term, a variable
/// in a content message and a term cycle each fail the rebuild as soon as they are saved, and
/// the fix is seen as soon as it is saved (was a known gap until the quick words check).
#[test]
fn findings_kept_between_saves_follow_message_edits() {
    let (tmp, _site) = site(6);
    let dir = tmp.path();
    let mut g = Govdoc::start(dir, &["build", "--watch", "-s", "site", "-o", "public"]);
    g.wait_line("watching ");
    let ftl = dir.join(NB_ROLE);
    let original = read(&ftl);
    let summary = original
        .lines()
        .find(|l| l.starts_with("role-role-00001-summary ="))
        .expect("a summary line")
        .to_string();
    for (broken, code) in [
        (
            format!("{summary} {{ -no-such-term }}"),
            "i18n::unknown-reference",
        ),
        (
            format!("{summary} {{ $count }}"),
            "i18n::variable-in-content",
        ),
        (
            format!("{summary}\n-loop-a = {{ -loop-b }}\n-loop-b = {{ -loop-a }}"),
            "i18n::",
        ),
    ] {
        let seen_before = g.seen.len();
        put(dir, &ftl, &original.replacen(&summary, &broken, 1));
        g.wait_line("failed");
        assert!(
            g.seen[seen_before..].iter().any(|l| l.contains(code)),
            "{code} reported after the save: {:?}",
            &g.seen[seen_before..]
        );
        put(dir, &ftl, &original);
        g.wait_line("rebuilt (errors fixed)");
    }
    assert!(g.alive());
}
