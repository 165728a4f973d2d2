//! The watch engine is a cache of the build: after any sequence of edits, what it published is
//! byte for byte what a fresh `govdoc build` of the same sources publishes, and while the
//! sources are broken it leaves the last good output alone.
//!
//! A model-based property test: the state of a fixture site is a handful of independent
//! switches (a message, a term, a field, an entity added or moved to another file, a group
//! reordered, a prose page, a settings value, a template override, a static file, a broken
//! YAML or Fluent file); each step flips one switch, writes the files that differ and hands
//! exactly those paths to the engine, as the watcher would. Failures found become named
//! regression tests at the bottom.

mod support;

use govdoc::incremental::{Outcome, Session};
use govdoc::site::BuildOptions;
use govdoc::watch::ChangeSet;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use support::{copy_dir, fixture, hash_tree};

/// One switch of the site's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Switch {
    /// A role responsibility's text (nb): shown on one card.
    Message,
    /// The system owner's name (nb term): shown on many pages.
    Term,
    /// The change forum's `when-needed`: its page and the forum lists.
    WhenNeeded,
    /// The change forum's chair: two role cards and the lists.
    Chair,
    /// The user forum's rhythm made quarterly: a calendar feed appears (and the feed of all
    /// forums, the annual cycle and its meeting description change).
    Rhythm,
    /// The system owner's responsibilities reordered.
    Reorder,
    /// A role added (with its nb messages; es and en fall back).
    ExtraRole,
    /// The operations provider moved to a file of its own.
    Moved,
    /// Two roles swapped in their group.
    GroupOrder,
    /// A prose page added (in the menu of every page).
    ExtraPage,
    /// The site title in `govdoc.yml`.
    Title,
    /// A site template overriding the theme's risk register.
    Template,
    /// A static file.
    Static,
    /// A system added (with its nb name): the catalogue, its card, the menu and role cards.
    ExtraSystem,
    /// The added system's owner changed: two role cards, its card and the catalogue.
    SystemOwner,
    /// A YAML syntax error in the roles file.
    BrokenYaml,
    /// A Fluent syntax error in the nb forums file.
    BrokenFtl,
    /// An nb message referring to a term nobody defines (same set of ids: the quick check).
    UnknownTerm,
    /// An nb content message using a variable (content messages get none).
    VariableInContent,
    /// The system owner asks for a task without a message: an error at its key (the model is
    /// updated in place, so only that role's uses are checked again).
    UnwrittenTask,
    /// A comment line at the top of the roles file: every position in it moves, no value does.
    Comment,
    /// The risk concerns another forum: the relations are indexed again.
    RiskForum,
    /// The risk gets an owner: one open question fewer, no relation changes.
    RiskOwner,
}

const SWITCHES: [Switch; 23] = [
    Switch::Message,
    Switch::Term,
    Switch::WhenNeeded,
    Switch::Chair,
    Switch::Rhythm,
    Switch::Reorder,
    Switch::ExtraRole,
    Switch::Moved,
    Switch::GroupOrder,
    Switch::ExtraPage,
    Switch::Title,
    Switch::Template,
    Switch::Static,
    Switch::ExtraSystem,
    Switch::SystemOwner,
    Switch::BrokenYaml,
    Switch::BrokenFtl,
    Switch::UnknownTerm,
    Switch::VariableInContent,
    Switch::UnwrittenTask,
    Switch::Comment,
    Switch::RiskForum,
    Switch::RiskOwner,
];

/// Replaces `from` by `to`, insisting that `from` is there (else the switch would be void).
fn swap(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not found");
    text.replacen(from, to, 1)
}

const OPERATIONS_PROVIDER: &str =
    "\n- id: operations-provider\n  held-by: described\n  responsibilities:\n    - operation\n";

/// Every file the switches touch, as the state says it should be (`None`: absent).
fn files(base: &Path, on: &BTreeMap<Switch, bool>) -> BTreeMap<PathBuf, Option<String>> {
    let is = |s: Switch| on.get(&s).copied().unwrap_or(false);
    let read = |rel: &str| std::fs::read_to_string(base.join(rel)).expect("fixture file");
    let mut out: BTreeMap<PathBuf, Option<String>> = BTreeMap::new();
    let mut put = |rel: &str, text: Option<String>| {
        out.insert(PathBuf::from(rel), text);
    };

    let mut roles_ftl = read("locales/nb/roles.ftl");
    if is(Switch::Message) {
        roles_ftl = swap(&roles_ftl, "= Avklare behov", "= Avklare behovene");
    }
    if is(Switch::UnknownTerm) {
        roles_ftl = swap(
            &roles_ftl,
            "= Kjenne fagområdet godt",
            "= Kjenne { -no-such-term } godt",
        );
    }
    if is(Switch::VariableInContent) {
        roles_ftl = swap(
            &roles_ftl,
            "= Har det overordnede ansvaret for IKT.",
            "= Har { $count } ansvar for IKT.",
        );
    }
    if is(Switch::ExtraRole) {
        roles_ftl
            .push_str("\nrole-extra-role-summary = Ekstra.\nrole-extra-role-task-x = Gjøre x\n");
    }
    put("locales/nb/roles.ftl", Some(roles_ftl));

    let mut terms = read("locales/nb/terms.ftl");
    if is(Switch::Term) {
        terms = swap(
            &terms,
            "-system-owner = systemeier",
            "-system-owner = systemansvarlig",
        );
    }
    if is(Switch::ExtraRole) {
        terms.push_str("\n-extra-role = ekstrarolle\n");
    }
    put("locales/nb/terms.ftl", Some(terms));

    let mut forum = read("content/forums/change-forum.yml");
    if is(Switch::WhenNeeded) {
        forum = swap(&forum, "when-needed: true", "when-needed: false");
    }
    if is(Switch::Chair) {
        forum = swap(&forum, "chair: system-owner", "chair: chief-executive");
    }
    put("content/forums/change-forum.yml", Some(forum));
    let mut user = read("content/forums/user-forum.yml");
    if is(Switch::Rhythm) {
        user = swap(
            &user,
            "rhythm: regular",
            "rhythm:\n    times: 1\n    per: quarter",
        );
    }
    put("content/forums/user-forum.yml", Some(user));

    let mut roles = read("content/roles/roles.yml");
    if is(Switch::Reorder) {
        roles = swap(
            &roles,
            "    - needs\n    - budget",
            "    - budget\n    - needs",
        );
    }
    if is(Switch::Moved) {
        roles = swap(&roles, OPERATIONS_PROVIDER, "");
    }
    if is(Switch::ExtraRole) {
        roles.push_str("\n- id: extra-role\n  tasks:\n    - x\n");
    }
    if is(Switch::BrokenYaml) {
        roles.push_str("\n- id: [unclosed\n");
    }
    if is(Switch::UnwrittenTask) {
        roles = swap(
            &roles,
            "    - approve-changes\n",
            "    - approve-changes\n    - unwritten\n",
        );
    }
    if is(Switch::Comment) {
        roles.insert_str(0, "# The roles of the fixture.\n");
    }
    put("content/roles/roles.yml", Some(roles));
    put(
        "content/roles/zz-moved.yml",
        is(Switch::Moved).then(|| OPERATIONS_PROVIDER.trim_start().to_string()),
    );

    let mut groups = read("content/role-groups/role-groups.yml");
    if is(Switch::GroupOrder) {
        groups = swap(
            &groups,
            "    - system-owner\n    - system-coordinator",
            "    - system-coordinator\n    - system-owner",
        );
    }
    put("content/role-groups/role-groups.yml", Some(groups));

    let mut pages = read("content/pages/pages.yml");
    let mut site_ftl = read("locales/nb/site.ftl");
    if is(Switch::ExtraPage) {
        pages.push_str("- id: extra\n");
        site_ftl.push_str("\npage-extra-title = Ekstra side\n");
    }
    put("content/pages/pages.yml", Some(pages));
    put("locales/nb/site.ftl", Some(site_ftl));
    put(
        "locales/nb/pages/extra.md",
        is(Switch::ExtraPage).then(|| "# Ekstra\n\nEn side til.\n".to_string()),
    );

    let mut settings = read("govdoc.yml");
    if is(Switch::Title) {
        settings = swap(
            &settings,
            "title: Fixture governance",
            "title: Fixture governance II",
        );
    }
    put("govdoc.yml", Some(settings));

    let theme_risks = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/risks.html"),
    )
    .expect("theme template");
    put(
        "templates/risks.html",
        is(Switch::Template).then(|| theme_risks.replacen("</h1>", "</h1><p>Override.</p>", 1)),
    );
    put(
        "static/extra.txt",
        is(Switch::Static).then(|| "an extra file\n".to_string()),
    );

    let owner = if is(Switch::SystemOwner) {
        "chief-executive"
    } else {
        "system-owner"
    };
    put(
        "content/systems/payroll.yml",
        is(Switch::ExtraSystem).then(|| {
            format!(
                "id: payroll\ncategory: enterprise-system\nowner: {owner}\n\
                 coordinator: system-coordinator\nchange-forum: change-forum\n"
            )
        }),
    );
    put(
        "locales/nb/systems.ftl",
        is(Switch::ExtraSystem).then(|| "system-payroll-name = Lønn\n".to_string()),
    );

    let mut risks = read("content/risks/risks.yml");
    if is(Switch::RiskForum) {
        risks = swap(&risks, "      - change-forum", "      - steering-group");
    }
    if is(Switch::RiskOwner) {
        risks = swap(&risks, "owner: undecided", "owner: system-owner");
    }
    put("content/risks/risks.yml", Some(risks));

    let mut forums_ftl = read("locales/nb/forums.ftl");
    if is(Switch::BrokenFtl) {
        forums_ftl.push_str("\nbroken-message = { unclosed\n");
    }
    put("locales/nb/forums.ftl", Some(forums_ftl));
    out
}

/// Writes what differs from the current files; returns the change set the watcher would report.
fn write(site: &Path, want: &BTreeMap<PathBuf, Option<String>>) -> ChangeSet {
    let mut changes = ChangeSet::default();
    for (rel, text) in want {
        let path = site.join(rel);
        let now = std::fs::read_to_string(&path).ok();
        if now.as_ref() == text.as_ref() {
            continue;
        }
        match text {
            Some(t) => {
                std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
                std::fs::write(&path, t).expect("write");
                changes.changed.insert(rel.clone());
            }
            None => {
                std::fs::remove_file(&path).expect("remove");
                changes.removed.insert(rel.clone());
            }
        }
    }
    changes
}

/// The published tree without govdoc's marker file.
fn published(dir: &Path) -> BTreeMap<String, String> {
    let mut t = hash_tree(dir);
    t.remove(".govdoc-output");
    t
}

/// The errors among `ds`, each as code, message and position, sorted (the order of a report is
/// not part of the contract; the set is).
fn error_list(ds: &[govdoc::diagnostics::Diagnostic]) -> Vec<String> {
    let mut out: Vec<String> = ds
        .iter()
        .filter(|d| d.is_error())
        .map(|d| {
            let at = d
                .location
                .as_ref()
                .map(|l| format!("{}:{}:{}", l.file.display(), l.line, l.column))
                .unwrap_or_default();
            format!("{} {} {at}", d.code, d.message)
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Runs a sequence of switch flips through the engine, comparing with a fresh build each step.
fn run(steps: &[usize]) {
    let tmp = support::tempdir();
    let site = tmp.path().join("site");
    copy_dir(&fixture(), &site);
    let base = fixture();
    let mut state: BTreeMap<Switch, bool> = BTreeMap::new();
    write(&site, &files(&base, &state));
    let public = tmp.path().join("public");
    let fresh = tmp.path().join("fresh");
    let opts = BuildOptions {
        source: site.clone(),
        out: public.clone(),
        ..Default::default()
    };
    let (mut session, first) = Session::start(opts.clone()).expect("session starts");
    assert!(matches!(first, Outcome::Built(_)), "{first:?}");
    let mut last_good = published(&public);
    let mut history = Vec::new();
    for &i in steps {
        let switch = SWITCHES[i % SWITCHES.len()];
        let v = state.entry(switch).or_insert(false);
        *v = !*v;
        history.push(format!("{switch:?}={v}"));
        let changes = write(&site, &files(&base, &state));
        if changes.changed.is_empty() && changes.removed.is_empty() {
            // A switch with nothing to act on (the system's owner while there is no system):
            // the watcher reports nothing, and nothing changed since the last comparison.
            continue;
        }
        let outcome = session.apply(&changes);
        let fresh_build = govdoc::site::build(&BuildOptions {
            source: site.clone(),
            out: fresh.clone(),
            ..Default::default()
        });
        match fresh_build {
            Ok(_) => {
                assert!(
                    !matches!(outcome, Outcome::Failed { .. }),
                    "after {history:?}: the engine failed where a build succeeds: {outcome:?}"
                );
                let watched = published(&public);
                let built = published(&fresh);
                if watched != built {
                    let differ: Vec<&String> = watched
                        .keys()
                        .chain(built.keys())
                        .filter(|k| watched.get(*k) != built.get(*k))
                        .collect();
                    panic!("after {history:?}: the watched output differs from a fresh build in {differ:?}");
                }
                last_good = watched;
            }
            Err(errors) => {
                let Outcome::Failed { errors: found, .. } = &outcome else {
                    panic!(
                        "after {history:?}: the build fails ({}) but the engine said {outcome:?}",
                        errors.0[0].message
                    );
                };
                assert_eq!(
                    error_list(&found.0),
                    error_list(&errors.0),
                    "after {history:?}: the engine's errors differ from a fresh build's"
                );
                assert_eq!(
                    published(&public),
                    last_good,
                    "after {history:?}: a failed rebuild changed the output"
                );
            }
        }
    }
}

proptest! {
    // A fixed number of cases so CI time is bounded; each case is up to 12 edits.
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_edit_sequence_ends_as_a_fresh_build(steps in prop::collection::vec(0usize..SWITCHES.len(), 1..12)) {
        run(&steps);
    }
}

/// Every switch on and off again, one after the other: each kind of edit at least once.
#[test]
fn every_kind_of_edit_in_turn() {
    let all: Vec<usize> = (0..SWITCHES.len()).chain(0..SWITCHES.len()).collect();
    run(&all);
}

/// A broken file hides an added role until it is fixed.
#[test]
fn a_role_added_while_the_yaml_is_broken_then_fixed() {
    let i = |s: Switch| SWITCHES.iter().position(|x| *x == s).unwrap();
    run(&[
        i(Switch::BrokenYaml),
        i(Switch::ExtraRole),
        i(Switch::Chair),
        i(Switch::BrokenYaml),
        i(Switch::ExtraRole),
    ]);
}

/// A content error found by the in-place path keeps following its line: a task without a
/// message, then a comment above it (every position moves, no value does), then the fix.
#[test]
fn a_finding_in_an_updated_file_moves_with_its_line() {
    let i = |s: Switch| SWITCHES.iter().position(|x| *x == s).unwrap();
    run(&[
        i(Switch::UnwrittenTask),
        i(Switch::Comment),
        i(Switch::Reorder),
        i(Switch::UnwrittenTask),
        i(Switch::RiskForum),
        i(Switch::RiskOwner),
        i(Switch::Comment),
    ]);
}
