//! Pictures and calendars of the default site: the iCalendar feeds (parsed with a real
//! iCalendar parser), the responsibility matrix and the annual cycle, in every language.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::*;

const LANGS: &[&str] = &["nb", "es", "en"];

/// The default site built twice into two folders, once per test binary.
fn outs() -> &'static (PathBuf, PathBuf) {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf, PathBuf)> = OnceLock::new();
    let (_, a, b) = OUT.get_or_init(|| {
        let tmp = shared_tempdir("views");
        let a = tmp.path().join("one");
        let b = tmp.path().join("two");
        build(&repo_root(), &a, &[]).expect_status(0);
        build(&repo_root(), &b, &[]).expect_status(0);
        (tmp, a, b)
    });
    static PATHS: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    PATHS.get_or_init(|| (a.clone(), b.clone()))
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every VEVENT of a feed, parsed by the `icalendar` crate: each event's properties by name.
fn events(text: &str) -> Vec<BTreeMap<String, String>> {
    assert!(text.ends_with("\r\n"), "content lines end with CRLF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "a line longer than 75 octets: {line:?}");
    }
    let unfolded = icalendar::parser::unfold(text);
    let cal = icalendar::parser::read_calendar(&unfolded)
        .unwrap_or_else(|e| panic!("the feed does not parse: {e}\n{text}"));
    // Also through the typed API: every component is a calendar component it knows.
    let typed: icalendar::Calendar = cal.clone().into();
    assert!(!typed.components.is_empty(), "a feed has events");
    fn walk(c: &icalendar::parser::Component, out: &mut Vec<BTreeMap<String, String>>) {
        if c.name.as_str() == "VEVENT" {
            out.push(
                c.properties
                    .iter()
                    .map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string()))
                    .collect(),
            );
        }
        for sub in &c.components {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    for c in &cal.components {
        walk(c, &mut out);
    }
    out
}

#[test]
fn every_forum_with_a_rhythm_has_a_feed_with_the_rule_of_its_cadence() {
    let (one, _) = outs();
    // The default site's cadences: monthly, monthly, 1–2 a year, twice a year for enterprise
    // systems; the change forum meets "regularly", with no period a rule could carry.
    let expected = [
        ("ict-forum", "FREQ=MONTHLY"),
        ("ict-steering-group", "FREQ=MONTHLY"),
        ("ikt-tinget", "FREQ=YEARLY"),
        ("user-forum", "FREQ=MONTHLY;INTERVAL=6"),
    ];
    for lang in LANGS {
        for (forum, rule) in expected {
            let feed = read(one, &format!("{lang}/forums/{forum}/calendar.ics"));
            let evs = events(&feed);
            assert_eq!(evs.len(), 1, "{lang}/{forum}: one series");
            let ev = &evs[0];
            assert_eq!(
                ev.get("RRULE").map(String::as_str),
                Some(rule),
                "{lang}/{forum}"
            );
            assert!(ev.contains_key("DTSTART") && ev.contains_key("DTSTAMP"));
            assert!(!ev["SUMMARY"].is_empty());
            assert!(
                ev["DESCRIPTION"].contains(&format!("/{lang}/forums/{forum}/")),
                "{lang}/{forum}: the description links the meeting description"
            );
            // Linked from the meeting description.
            let page = read(one, &format!("{lang}/forums/{forum}/index.html"));
            assert!(
                page.contains(&format!("href=\"/{lang}/forums/{forum}/calendar.ics\"")),
                "{lang}/{forum}: the page links its feed"
            );
        }
        assert!(
            !one.join(format!("{lang}/forums/change-forum/calendar.ics"))
                .exists(),
            "no feed without a period"
        );
        assert!(
            !read(one, &format!("{lang}/forums/change-forum/index.html")).contains("calendar.ics")
        );
        // IKT-tinget meets once or twice: the description says the rule shows the fewest.
        let tinget = events(&read(
            one,
            &format!("{lang}/forums/ikt-tinget/calendar.ics"),
        ));
        let monthly = events(&read(one, &format!("{lang}/forums/ict-forum/calendar.ics")));
        let paragraphs = |e: &BTreeMap<String, String>| {
            e["DESCRIPTION"]
                .replace("\\n", "\n")
                .matches("\n\n")
                .count()
        };
        assert_eq!(
            paragraphs(&tinget[0]),
            paragraphs(&monthly[0]) + 1,
            "{lang}: the range note"
        );
        // The feed of all forums has each series once, and the forums list links it.
        let all = events(&read(one, &format!("{lang}/forums/calendar.ics")));
        let mut rules: Vec<&str> = all.iter().map(|e| e["RRULE"].as_str()).collect();
        rules.sort_unstable();
        let mut want: Vec<&str> = expected.iter().map(|(_, r)| *r).collect();
        want.sort_unstable();
        assert_eq!(rules, want, "{lang}: the feed of all forums");
        assert!(read(one, &format!("{lang}/forums/index.html"))
            .contains(&format!("href=\"/{lang}/forums/calendar.ics\"")));
    }
}

#[test]
fn uids_are_unique_and_stable_across_builds() {
    let (one, two) = outs();
    let mut seen = std::collections::BTreeSet::new();
    for lang in LANGS {
        let a = read(one, &format!("{lang}/forums/calendar.ics"));
        let b = read(two, &format!("{lang}/forums/calendar.ics"));
        assert_eq!(a, b, "{lang}: two builds give the same feed, byte for byte");
        for ev in events(&a) {
            let uid = ev["UID"].clone();
            assert!(
                uid.contains('@') && uid.contains(&format!(".{lang}@")),
                "{uid}"
            );
            assert!(seen.insert(uid.clone()), "UID {uid} twice");
        }
        // A forum's own feed carries the same UID as the feed of all forums.
        let own = events(&read(
            two,
            &format!("{lang}/forums/ikt-tinget/calendar.ics"),
        ));
        assert!(events(&a).iter().any(|e| e["UID"] == own[0]["UID"]));
        assert_eq!(own[0]["DTSTAMP"], events(&a)[0]["DTSTAMP"]);
    }
}

const FORUMS: &[&str] = &[
    "ict-steering-group",
    "ict-forum",
    "change-forum",
    "user-forum",
    "ikt-tinget",
];

/// The ids of the roles the roles list links, in order.
fn role_ids(out: &Path, lang: &str) -> Vec<String> {
    let list = read(out, &format!("{lang}/roles/index.html"));
    let prefix = format!("/{lang}/roles/");
    let mut ids: Vec<String> = tags(main_of(&list))
        .iter()
        .filter(|t| t.name == "a")
        .filter_map(|t| t.attr("href"))
        .filter_map(|h| h.strip_prefix(&prefix))
        .map(|h| h.trim_end_matches('/').to_string())
        .filter(|h| !h.is_empty() && !h.contains('#'))
        .collect();
    ids.dedup();
    assert!(ids.len() > 5, "{lang}: roles found: {ids:?}");
    ids
}

/// The `<h1>` text of a page.
fn heading(out: &Path, rel: &str) -> String {
    let html = read(out, rel);
    let start = html.find("<h1>").expect("an h1") + 4;
    let end = html[start..].find("</h1>").expect("h1 closes") + start;
    unescape(&html[start..end])
}

#[test]
fn the_responsibility_matrix_is_a_table_of_roles_against_forums() {
    let (one, _) = outs();
    for lang in LANGS {
        let html = read(one, &format!("{lang}/responsibilities/index.html"));
        let main = main_of(&html);
        assert!(main.contains("<caption>"), "{lang}: a caption");
        let table = &main[main.find("<table").unwrap()..main.find("</table>").unwrap()];
        for forum in FORUMS {
            assert!(
                table.contains(&format!(
                    "<th scope=\"col\"><a href=\"/{lang}/forums/{forum}/\">"
                )),
                "{lang}: a column for {forum}"
            );
        }
        let roles = role_ids(one, lang);
        for role in &roles {
            assert!(
                table.contains(&format!(
                    "<th scope=\"row\"><a href=\"/{lang}/roles/{role}/\">"
                )),
                "{lang}: a row for {role}"
            );
        }
        // Each row has one cell per forum.
        let rows: Vec<&str> = table.split("<tr>").skip(2).collect();
        assert_eq!(rows.len(), roles.len());
        for row in &rows {
            assert_eq!(row.matches("<td").count(), FORUMS.len());
        }
        // The chief executive chairs the steering group and decides there; the system owner
        // calls the user forum's meetings.
        let row_of = |role: &str| {
            rows.iter()
                .find(|r| r.contains(&format!("/{lang}/roles/{role}/\"")))
                .unwrap_or_else(|| panic!("{lang}: no row for {role}"))
                .split("<td")
                .skip(1)
                .map(|c| unescape(&c[c.find('>').unwrap() + 1..c.find("</td>").unwrap()]))
                .collect::<Vec<String>>()
        };
        let chief = row_of("chief-executive");
        let owner = row_of("system-owner");
        assert_eq!(chief[0].matches(", ").count(), 2, "{lang}: {chief:?}");
        assert!(
            chief[1].is_empty() && chief[2].is_empty(),
            "{lang}: {chief:?}"
        );
        assert!(
            owner[3].contains(", "),
            "{lang}: chairs and calls the user forum: {owner:?}"
        );
        assert!(owner[0].is_empty(), "{lang}: {owner:?}");
        // Linked from the model page.
        assert!(read(one, &format!("{lang}/model/index.html"))
            .contains(&format!("href=\"/{lang}/responsibilities/\"")));
    }
}

#[test]
fn the_annual_cycle_is_well_formed_svg_naming_every_forum_with_its_months() {
    let (one, _) = outs();
    for lang in LANGS {
        let html = read(one, &format!("{lang}/annual-cycle/index.html"));
        let start = html.find("<svg").expect("an inline svg");
        let end = html.find("</svg>").expect("svg closes") + 6;
        let svg = &html[start..end];
        let doc = roxmltree::Document::parse(svg)
            .unwrap_or_else(|e| panic!("{lang}: the SVG is not well-formed: {e}"));
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        for id in root.attribute("aria-labelledby").unwrap().split(' ') {
            let el = doc
                .descendants()
                .find(|n| n.attribute("id") == Some(id))
                .unwrap_or_else(|| panic!("{lang}: no #{id}"));
            assert!(
                el.text().is_some_and(|t| !t.trim().is_empty()),
                "#{id} says something"
            );
        }
        let texts: String = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("\n");
        // Monthly, monthly, none, twice (enterprise systems), once (the fewest of 1–2).
        let dots = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("meeting"))
            .count();
        assert_eq!(dots, 12 + 12 + 2 + 1, "{lang}: meeting dots");
        let list = &html[end..];
        for forum in FORUMS {
            let name = heading(one, &format!("{lang}/forums/{forum}/index.html"));
            assert!(texts.contains(&name), "{lang}: the wheel names {name}");
            assert!(
                list.contains(&format!("<a href=\"/{lang}/forums/{forum}/\">")),
                "{lang}: the list links {forum}"
            );
        }
        // The list beside carries the months: twelve for a monthly forum, one for IKT-tinget.
        let item = |forum: &str| {
            let at = list.find(&format!("/{lang}/forums/{forum}/\"")).unwrap();
            let li = &list[at..at + list[at..].find("</li>").unwrap()];
            li.rsplit("<br>").next().unwrap().matches(", ").count()
        };
        assert_eq!(item("ict-forum"), 11, "{lang}: twelve months");
        assert_eq!(item("ikt-tinget"), 0, "{lang}: one month");
        assert_eq!(item("user-forum"), 1, "{lang}: two months");
        assert!(read(one, &format!("{lang}/forums/index.html"))
            .contains(&format!("href=\"/{lang}/annual-cycle/\"")));
    }
}

/// A site with more forums than a grid can show (the synthetic site at 150 entities has 50)
/// lists the relations one per row: the page grows with the relations, not with roles × forums.
#[test]
fn a_large_site_lists_responsibilities_one_relation_per_row() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    govdoc::synth::generate(&site, 150).unwrap();
    let out = tmp.path().join("public");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(["build", "--source"])
        .arg(&site)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let html = std::fs::read_to_string(out.join("nb/responsibilities/index.html")).unwrap();
    assert!(
        !html.contains("class=\"matrix\""),
        "no grid with 50 forum columns"
    );
    let rows = html.matches("<tr><th scope=\"row\">").count();
    // Each of the 50 forums has a chair (who also decides there) and participants.
    assert!(rows >= 50, "{rows} relation rows");
    assert!(
        html.contains("<a href=\"/nb/forums/forum-00001/\">"),
        "relations link their forum"
    );
    assert!(html.len() < 400_000, "{} bytes", html.len());
}

/// The example municipality built twice: its forums have dated meetings in 2027.
fn kommune_outs() -> &'static (PathBuf, PathBuf) {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf, PathBuf)> = OnceLock::new();
    let (_, a, b) = OUT.get_or_init(|| {
        let tmp = shared_tempdir("views-kommune");
        let a = tmp.path().join("one");
        let b = tmp.path().join("two");
        let site = repo_root().join("examples/kommune");
        build(&site, &a, &[]).expect_status(0);
        build(&site, &b, &[]).expect_status(0);
        (tmp, a, b)
    });
    static PATHS: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    PATHS.get_or_init(|| (a.clone(), b.clone()))
}

/// The dates a forum file of the example lists under `meetings:` (plain or `date:`), as
/// iCalendar writes them.
fn kommune_dates(forum: &str) -> Vec<String> {
    let path = repo_root().join(format!("examples/kommune/content/forums/{forum}.yml"));
    let text = std::fs::read_to_string(path).expect("forum file");
    let list = text.split("\nmeetings:\n").nth(1).expect("a meetings list");
    list.lines()
        .filter_map(|l| {
            let l = l
                .trim()
                .trim_start_matches("- ")
                .trim_start_matches("date: ");
            (l.len() == 10 && l.starts_with("20")).then(|| l.replace('-', ""))
        })
        .collect()
}

#[test]
fn dated_meetings_are_real_events_with_stable_uids() {
    let (one, two) = kommune_outs();
    let forums = [
        "ict-steering-group",
        "ict-forum",
        "ikt-tinget",
        "user-forum",
    ];
    for lang in LANGS {
        let all = read(one, &format!("{lang}/forums/calendar.ics"));
        assert_eq!(
            all,
            read(two, &format!("{lang}/forums/calendar.ics")),
            "{lang}: two builds give the same feed"
        );
        let all = events(&all);
        let mut total = 0;
        for forum in forums {
            let dates = kommune_dates(forum);
            assert!(dates.len() >= 2, "{forum}: {dates:?}");
            let own = events(&read(one, &format!("{lang}/forums/{forum}/calendar.ics")));
            // The dates replace the placeholder series: one event per meeting, no rule.
            assert_eq!(own.len(), dates.len(), "{lang}/{forum}");
            for (ev, date) in own.iter().zip(&dates) {
                assert_eq!(ev["DTSTART"], *date, "{lang}/{forum}");
                assert!(!ev.contains_key("RRULE"), "{lang}/{forum}: a real event");
                assert_eq!(
                    ev["UID"],
                    format!("{forum}-{date}.{lang}@eksempel-kommune-ikt-styring"),
                    "{lang}/{forum}"
                );
                assert!(
                    all.iter().any(|e| e["UID"] == ev["UID"]),
                    "{lang}: in the feed of all"
                );
                assert!(ev["DESCRIPTION"].contains(&format!("/{lang}/forums/{forum}/")));
            }
            total += dates.len();
            // The meeting description lists the dates.
            let page = read(one, &format!("{lang}/forums/{forum}/index.html"));
            for date in &dates {
                let iso = format!("{}-{}-{}", &date[0..4], &date[4..6], &date[6..8]);
                assert!(
                    page.contains(&format!("<time datetime=\"{iso}\">")),
                    "{lang}/{forum}: {iso} on the page"
                );
            }
        }
        assert_eq!(
            all.len(),
            total,
            "{lang}: the feed of all forums has every meeting once"
        );
    }
    // A note shows on the page and in the event, in the page's language.
    let page = read(one, "es/forums/ict-steering-group/index.html");
    assert!(page.contains("9 de febrero de 2027"), "the date in Spanish");
    assert!(
        page.contains("Aportaciones al presupuesto"),
        "the note in Spanish"
    );
    let nb = events(&read(one, "nb/forums/ict-steering-group/calendar.ics"));
    let budget = nb
        .iter()
        .find(|e| e["DTSTART"] == "20270914")
        .expect("the budget meeting");
    assert!(
        budget["DESCRIPTION"].starts_with("Innspill til budsjett"),
        "{budget:?}"
    );
}

#[test]
fn the_annual_cycle_places_dated_meetings() {
    let (one, _) = kommune_outs();
    for lang in LANGS {
        let html = read(one, &format!("{lang}/annual-cycle/index.html"));
        let start = html.find("<svg").expect("an inline svg");
        let end = html.find("</svg>").expect("svg closes") + 6;
        let doc = roxmltree::Document::parse(&html[start..end]).expect("well-formed SVG");
        let dots = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("meeting"))
            .count();
        // The steering group and the ICT forum: every month but July; IKT-tinget: April and
        // October; the user forums: March and September; the change forum: no fixed months.
        assert_eq!(dots, 11 + 11 + 2 + 2, "{lang}: meeting dots");
        let list = &html[end..];
        assert!(
            list.contains("<time datetime=\"2027-04-21\">"),
            "{lang}: the dates listed"
        );
    }
}

// ---- Governance map, risk matrix and forums without a feed (issue 10, views2) ----

/// The example municipality, built once per test binary.
fn kommune() -> &'static PathBuf {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = OUT.get_or_init(|| {
        let tmp = shared_tempdir("views-kommune");
        let out = tmp.path().join("out");
        build(&repo_root().join("examples/kommune"), &out, &[]).expect_status(0);
        (tmp, out)
    });
    out
}

/// Every inline `<svg>…</svg>` of a page, each parsed: they must be well-formed XML.
fn svgs(html: &str, what: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").expect("svg closes") + start + 6;
        let svg = &rest[start..end];
        roxmltree::Document::parse(svg)
            .unwrap_or_else(|e| panic!("{what}: the SVG is not well-formed: {e}\n{svg}"));
        out.push(svg.to_string());
        rest = &rest[end..];
    }
    out
}

/// The links of a map (`<a href>` in the SVG) and the texts of its boxes.
fn map_nodes(svg: &str) -> (Vec<String>, String) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("group"));
    let title = root.attribute("aria-labelledby").expect("a name");
    assert!(doc
        .descendants()
        .any(|n| n.attribute("id") == Some(title) && n.text().is_some_and(|t| !t.is_empty())));
    let links = doc
        .descendants()
        .filter(|n| n.has_tag_name("a"))
        .filter_map(|n| n.attribute("href").map(str::to_string))
        .collect();
    let texts = doc
        .descendants()
        .filter(|n| n.has_tag_name("tspan") || n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ");
    (links, texts)
}

#[test]
fn the_governance_map_names_and_links_every_forum_and_tied_role_in_both_sites() {
    for (out, site) in [(&outs().0, "default"), (kommune(), "kommune")] {
        for lang in LANGS {
            let html = read(out, &format!("{lang}/governance-map/index.html"));
            let svg = svgs(&html, &format!("{site}/{lang}"));
            assert_eq!(svg.len(), 1, "{site}/{lang}: one drawing");
            let (links, texts) = map_nodes(&svg[0]);
            for forum in FORUMS {
                let url = format!("/{lang}/forums/{forum}/");
                assert!(links.contains(&url), "{site}/{lang}: the map links {forum}");
                // The list beside it links it too.
                let after = &html[html.find("</svg>").unwrap()..];
                assert!(after.contains(&format!("href=\"{url}\"")), "{site}/{lang}");
            }
            // The roles that chair, take part or escalate; the line organisation.
            for role in [
                "chief-executive",
                "system-owner",
                "user",
                "operations-provider",
            ] {
                assert!(
                    links.contains(&format!("/{lang}/roles/{role}/")),
                    "{site}/{lang}: the map links {role}"
                );
                let name = heading(out, &format!("{lang}/roles/{role}/index.html"));
                let first = name.split(' ').next().unwrap();
                assert!(texts.contains(first), "{site}/{lang}: names {name}");
            }
            assert!(links.iter().any(|l| l.ends_with("#term-line-organisation")));
            // A role with no tie to a forum is not drawn.
            assert!(!links.contains(&format!("/{lang}/roles/authorised-buyer/")));
            // Every link of the map goes to a page of the site.
            for l in &links {
                let file = l.split('#').next().unwrap().trim_start_matches('/');
                assert!(out.join(file).join("index.html").exists(), "{site}: {l}");
            }
            // The escalation paths of the system owner, in words beside the drawing.
            let ties = main_of(&html);
            let owner = format!("/{lang}/roles/system-owner/\"");
            assert!(
                ties.matches(&owner).count() >= 4,
                "{site}/{lang}: chairs two, takes part, escalates twice"
            );
            assert!(read(out, &format!("{lang}/model/index.html"))
                .contains(&format!("href=\"/{lang}/governance-map/\"")));
        }
    }
}

#[test]
fn role_cards_and_meeting_descriptions_draw_their_neighbourhood() {
    let (one, _) = outs();
    for lang in LANGS {
        // The system owner: the forums it chairs and where it escalates.
        let card = read(one, &format!("{lang}/roles/system-owner/index.html"));
        let svg = svgs(&card, &format!("{lang}/system-owner"));
        assert_eq!(svg.len(), 1, "{lang}: one map on the card");
        let (links, _) = map_nodes(&svg[0]);
        for forum in [
            "change-forum",
            "user-forum",
            "ict-steering-group",
            "ict-forum",
        ] {
            assert!(
                links.contains(&format!("/{lang}/forums/{forum}/")),
                "{lang}: {forum}"
            );
        }
        assert!(
            !links.contains(&format!("/{lang}/roles/system-owner/")),
            "the card's own role is drawn, not linked"
        );
        assert!(svg[0].contains("class=\"node role current\""));
        assert!(card.contains(&format!("href=\"/{lang}/governance-map/\"")));
        // The change forum: its chair, its participants, and where its chair escalates.
        let page = read(one, &format!("{lang}/forums/change-forum/index.html"));
        let svg = svgs(&page, &format!("{lang}/change-forum"));
        let (links, _) = map_nodes(&svg[0]);
        for role in ["system-owner", "user"] {
            assert!(
                links.contains(&format!("/{lang}/roles/{role}/")),
                "{lang}: {role}"
            );
        }
        assert!(links.contains(&format!("/{lang}/forums/ict-steering-group/")));
        // A role tied to no forum has no map.
        let lone = read(one, &format!("{lang}/roles/authorised-buyer/index.html"));
        assert!(!lone.contains("<svg"), "{lang}: no empty map");
    }
}

#[test]
fn maps_are_the_same_bytes_in_every_build() {
    let (one, two) = outs();
    for lang in LANGS {
        for rel in ["governance-map/index.html", "roles/system-owner/index.html"] {
            let rel = format!("{lang}/{rel}");
            assert_eq!(read(one, &rel), read(two, &rel), "{rel}");
        }
    }
}

#[test]
fn the_risk_matrix_places_every_assessed_risk_and_says_its_levels_in_words() {
    let out = kommune();
    for lang in LANGS {
        let html = read(out, &format!("{lang}/risk-matrix/index.html"));
        let main = main_of(&html);
        let table = &main[main.find("<table").expect("a grid")..main.find("</table>").unwrap()];
        assert!(table.contains("<caption>"));
        assert_eq!(
            table.matches("<th scope=\"col\">").count(),
            5,
            "{lang}: impacts"
        );
        assert_eq!(
            table.matches("<th scope=\"row\">").count(),
            5,
            "{lang}: likelihoods"
        );
        // Every cell names its level in words, whatever its colour.
        let cells: Vec<&str> = table.split("<td data-label").skip(1).collect();
        assert_eq!(cells.len(), 25);
        for c in &cells {
            let level = c
                .split("class=\"risk-level\">")
                .nth(1)
                .and_then(|t| t.split('<').next())
                .unwrap_or("");
            assert!(
                !level.trim().is_empty(),
                "{lang}: a cell without words: {c}"
            );
        }
        // Every risk of the register with both scores is linked from its cell, once; the
        // system-owner risk (likelihood 3, impact 3) sits in the middle cell.
        let register = read(out, &format!("{lang}/risks/index.html"));
        let ids: Vec<&str> = register
            .split("<section class=\"risk\" id=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        assert!(ids.len() >= 8, "{lang}: {ids:?}");
        for id in &ids {
            let href = format!("href=\"/{lang}/risks/#{id}\"");
            assert_eq!(main.matches(&href).count(), 1, "{lang}: {id} placed once");
        }
        let middle = cells[2 * 5 + 2];
        assert!(
            middle.contains("#system-owners-own-needs\""),
            "{lang}: {middle}"
        );
        assert!(register.contains(&format!("href=\"/{lang}/risk-matrix/\"")));
    }
    // The default site assesses no risk: a sentence, no empty grid.
    let (one, _) = outs();
    for lang in LANGS {
        let html = read(one, &format!("{lang}/risk-matrix/index.html"));
        let main = main_of(&html);
        assert!(!main.contains("<table"), "{lang}: no empty grid");
        assert!(main.contains("class=\"notice\""), "{lang}: says why");
        assert!(main.contains(&format!("href=\"/{lang}/risks/\"")));
    }
}

/// The page and the feed agree: a forum has a "Subscribe" link exactly when it has a feed,
/// and otherwise says why; the forums list names the forums the feed of all forums leaves out.
#[test]
fn a_forum_without_a_fixed_rhythm_says_it_has_no_feed() {
    for out in [&outs().0, kommune()] {
        for lang in LANGS {
            let all = read(out, &format!("{lang}/forums/calendar.ics"));
            let list = read(out, &format!("{lang}/forums/index.html"));
            let mut without = Vec::new();
            for forum in FORUMS {
                let page = read(out, &format!("{lang}/forums/{forum}/index.html"));
                let feed = out.join(format!("{lang}/forums/{forum}/calendar.ics"));
                let uid = format!("UID:{forum}.{lang}@");
                assert_eq!(
                    page.contains("calendar.ics"),
                    feed.exists(),
                    "{lang}/{forum}: link and feed"
                );
                assert_eq!(
                    page.contains("class=\"no-calendar\""),
                    !feed.exists(),
                    "{lang}/{forum}: the note when there is no feed"
                );
                if !feed.exists() {
                    assert!(
                        !all.contains(&uid),
                        "{lang}/{forum}: not in the feed of all"
                    );
                    without.push(*forum);
                }
            }
            assert_eq!(
                without,
                ["change-forum"],
                "{lang}: the change forum meets 'regularly'"
            );
            let note = &list[list
                .find("class=\"no-calendar\"")
                .expect("the list says so")..];
            let note = &note[..note.find("</span>").unwrap()];
            assert!(note.contains(&format!("href=\"/{lang}/forums/change-forum/\"")));
            assert!(!note.contains("ict-forum"));
        }
    }
}

/// A site too big for one drawing (the synthetic site at 300 entities: 100 roles, 100 forums)
/// says so, and draws the escalation paths only if they fit, else nothing; pages keep
/// their small maps, and the map page's size grows with the escalations, not the square.
#[test]
fn a_large_site_gets_a_bounded_map() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    govdoc::synth::generate(&site, 300).unwrap();
    let out = tmp.path().join("public");
    build(&site, &out, &[]).expect_status(0);
    let html = std::fs::read_to_string(out.join("nb/governance-map/index.html")).unwrap();
    assert!(
        html.contains("class=\"notice\""),
        "the page says not all is drawn"
    );
    let drawn = svgs(&html, "large").len();
    assert!(drawn <= 1);
    if drawn == 1 {
        let (links, _) = map_nodes(&svgs(&html, "large")[0]);
        assert!(links.len() <= govdoc::render::views::map::MAX_NODES);
    }
    assert!(
        html.contains("/nb/forums/forum-00003/"),
        "the escalation list links forums"
    );
    assert!(html.len() < 200_000, "{} bytes", html.len());
    let card = std::fs::read_to_string(out.join("nb/roles/role-00001/index.html")).unwrap();
    assert_eq!(
        svgs(&card, "card").len(),
        1,
        "a role card keeps its own map"
    );
}

/// A forum name that falls back to Norwegian in the Spanish site: inside the annual cycle's SVG
/// the fallback becomes a `<tspan lang="nb">`, never the `<span>` it is in HTML (which SVG does
/// not allow, and which broke the drawing).
#[test]
fn a_fallback_name_in_the_annual_cycle_is_a_tspan_with_its_language() {
    let (tmp, site) = default_site_copy();
    edit(
        &site.join("locales/es/terms.ftl"),
        "-ikt-tinget = Jornada TIC\n",
        "",
    );
    let out = tmp.path().join("out");
    build(&site, &out, &[]).expect_status(0);
    let html = read(&out, "es/annual-cycle/index.html");
    let start = html.find("<svg").expect("the wheel");
    let svg = &html[start..start + html[start..].find("</svg>").expect("svg closes") + 6];
    assert!(!svg.contains("<span"), "no HTML span inside the SVG");
    assert!(
        svg.contains("<tspan lang=\"nb\">IKT-tinget</tspan>"),
        "the fallback name keeps its language: {svg}"
    );
    roxmltree::Document::parse(svg).expect("well-formed SVG");
}
