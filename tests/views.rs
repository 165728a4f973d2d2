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
