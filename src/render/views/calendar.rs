//! iCalendar feeds of the forums (RFC 5545): one event per dated meeting, else one event series
//! per regular rhythm.
//!
//! Where a site gives a forum's `meetings`, each is an all-day event on its day (UID
//! `<forum>-<YYYYMMDD>.<lang>@<site>`), and the forum gets no series: a placeholder series
//! beside the real days would put meetings in a subscriber's calendar that never happen.
//! Otherwise the model knows how often a forum meets, not on which days, so each series is a
//! recurrence rule (`RRULE`) from a placeholder start, and its description says so in the
//! page's language.
//! How a rhythm becomes a rule ([`rule`]):
//!
//! | rhythm                 | rule                                  |
//! |------------------------|---------------------------------------|
//! | once a week / month / year | `FREQ=WEEKLY` / `FREQ=MONTHLY` / `FREQ=YEARLY` |
//! | once a quarter         | `FREQ=MONTHLY;INTERVAL=3`             |
//! | n times a year (n divides 12) | `FREQ=MONTHLY;INTERVAL=12/n`   |
//! | n times a quarter (n divides 3) | `FREQ=MONTHLY;INTERVAL=3/n`  |
//! | 2 or 4 times a month   | `FREQ=WEEKLY;INTERVAL=2` / `FREQ=WEEKLY` |
//! | n times a week (n divides 7) | `FREQ=DAILY;INTERVAL=7/n`       |
//! | a range (1–2 times a year) | the rule of its fewest meetings (`FREQ=YEARLY`), and the description says the forum may meet more often |
//! | any other count        | once per period, and the description says the real count |
//! | `regular` without period, or only when needed | no series (no rule can be given) |
//!
//! Builds are reproducible: a series starts on the 15th of January of the year of the
//! `last-updated` setting (2026 without it), `DTSTAMP` is that date (or 2026-01-01), and each
//! `UID` is `<forum>[-<category>].<lang>@<site>`, the site being the host of the base URL or
//! else the settings' title made a slug: a subscribed calendar updates instead of duplicating.

use super::common::Words;
use super::forum::{cadence_view, rhythm_text};
use super::meetings::note_text;
use crate::model::{Cadence, CategoryId, Forum, Period, Rhythm};
use crate::render::routes::{PageKind, Routes};
use fluent_bundle::{FluentArgs, FluentValue};

/// The regular rhythms of a cadence that become event series: the forum's own, and one for a
/// system category.
pub fn series(c: &Cadence) -> Vec<(Option<&CategoryId>, &Rhythm)> {
    let mut out = Vec::new();
    if let Some(r) = c.rhythm.as_ref().filter(|r| rule(r).is_some()) {
        out.push((None, r));
    }
    if let Some((cat, r)) = c.for_category.as_ref().filter(|(_, r)| rule(r).is_some()) {
        out.push((Some(cat), r));
    }
    out
}

/// The event series a forum's feed has: none when the site gives its meetings' dates, since
/// the dates are then the real calendar and a placeholder series would only duplicate it.
pub fn forum_series(f: &Forum) -> Vec<(Option<&CategoryId>, &Rhythm)> {
    if f.meetings.is_empty() {
        series(&f.cadence)
    } else {
        Vec::new()
    }
}

/// Whether a forum gets a calendar feed: it has a regular rhythm or dated meetings.
pub fn has_events(f: &Forum) -> bool {
    !f.meetings.is_empty() || !series(&f.cadence).is_empty()
}

/// A recurrence rule for a rhythm, and whether it is exact (`false`: the forum may meet more
/// often than the rule says). `None` for a rhythm without a period.
pub fn rule(r: &Rhythm) -> Option<(String, bool)> {
    let Rhythm::Periodic { min, max, per } = r else {
        return None;
    };
    let n = (*min).max(1);
    let exact = min == max;
    let (rule, counted) = match (per, n) {
        (Period::Week, 1) => ("FREQ=WEEKLY".to_string(), true),
        (Period::Week, n) if 7 % n == 0 => (format!("FREQ=DAILY;INTERVAL={}", 7 / n), true),
        (Period::Week, _) => ("FREQ=WEEKLY".to_string(), false),
        (Period::Month, 1) => ("FREQ=MONTHLY".to_string(), true),
        (Period::Month, 2) => ("FREQ=WEEKLY;INTERVAL=2".to_string(), true),
        (Period::Month, 4) => ("FREQ=WEEKLY".to_string(), true),
        (Period::Month, _) => ("FREQ=MONTHLY".to_string(), false),
        (Period::Quarter, n) if 3 % n == 0 => (format!("FREQ=MONTHLY;INTERVAL={}", 3 / n), true),
        (Period::Quarter, _) => ("FREQ=MONTHLY;INTERVAL=3".to_string(), false),
        (Period::Year, 1) => ("FREQ=YEARLY".to_string(), true),
        (Period::Year, n) if 12 % n == 0 => (format!("FREQ=MONTHLY;INTERVAL={}", 12 / n), true),
        (Period::Year, _) => ("FREQ=YEARLY".to_string(), false),
    };
    Some((rule, exact && counted))
}

/// The months (1–12) in which a rhythm's series has a meeting, as the calendar places them
/// from its start in January: what the annual cycle draws.
pub fn months(r: &Rhythm) -> Vec<u32> {
    match rule(r) {
        Some((rule, _)) => {
            if rule == "FREQ=YEARLY" {
                vec![1]
            } else if let Some(i) = rule.strip_prefix("FREQ=MONTHLY;INTERVAL=") {
                let step: u32 = i.parse().unwrap_or(1);
                (1..=12).step_by(step.max(1) as usize).collect()
            } else {
                (1..=12).collect()
            }
        }
        None => Vec::new(),
    }
}

/// The settings a feed needs.
pub struct FeedSettings<'a> {
    /// The site part of every UID.
    pub site: String,
    /// `last-updated`, ISO.
    pub last_updated: Option<&'a str>,
    /// The base URL (for absolute links).
    pub base_url: &'a str,
    /// The calendar's name.
    pub name: String,
    /// A plain build's forum events by language and forum, made once for the feed of all
    /// forums and the forum's own feed, which list the same events.
    pub shared: Option<&'a crate::render::memo::Shared<String>>,
}

/// One calendar file: every series of these forums, in the page's language. The events are
/// kept in chunks of forums ([`Words::chunks`]), so a forum's edit writes again only its chunk.
pub fn feed(w: &Words, forums: &[&str], s: &FeedSettings) -> String {
    let year = s
        .last_updated
        .and_then(|d| d.get(0..4))
        .filter(|y| y.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or("2026");
    let stamp = s
        .last_updated
        .map(|d| d.replace('-', ""))
        .filter(|d| d.len() == 8 && d.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| "20260101".to_string());
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:-//govdoc//govdoc//{}", w.lang.to_uppercase()),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(&s.name)),
    ] {
        fold(&l, &mut out);
    }
    // Everything an event reads besides its forum and words is in the key.
    let list = format!(
        "calendar/{year}/{stamp}/{}/{}",
        s.site.replace('/', "%2F"),
        s.base_url.replace('/', "%2F")
    );
    let events_of = |ids: &[&str]| {
        let mut text = String::new();
        for id in ids {
            if let Some(f) = w.model.forum(id) {
                for l in events(w, f, s, year, &stamp) {
                    fold(&l, &mut text);
                }
            }
        }
        text
    };
    if let Some(shared) = s.shared {
        for id in forums {
            let key = format!("{}\u{1f}{list}\u{1f}{id}", w.lang);
            // The forum's own feed and the feed of all forums.
            out.push_str(&shared.get(key, 2, || events_of(&[id])));
        }
    } else {
        for c in &w.chunks(&list, forums, |id| id.to_string(), |ids| events_of(ids)) {
            out.push_str(c);
        }
    }
    fold("END:VCALENDAR", &mut out);
    out
}

/// The content lines of one forum's events: its dated meetings, else its series.
fn events(w: &Words, f: &Forum, s: &FeedSettings, year: &str, stamp: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let id = f.id.as_str();
    let url = Routes::absolute(s.base_url, &w.url(&PageKind::Forum(id.to_string())));
    let cadence = cadence_view(w, &f.cadence);
    let purpose = w.text(&crate::model::messages::field("forum", id, "purpose"));
    for m in &f.meetings {
        let mut description: Vec<String> = m
            .note
            .as_deref()
            .map(|k| note_text(w, f, k))
            .into_iter()
            .collect();
        description.extend([purpose.clone(), url.clone()]);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{id}-{}.{}@{}", m.date.basic(), w.lang, s.site),
            format!("DTSTAMP:{stamp}T000000Z"),
            format!("DTSTART;VALUE=DATE:{}", m.date.basic()),
            format!("SUMMARY:{}", escape(&w.title(id))),
            format!("DESCRIPTION:{}", escape(&description.join("\n\n"))),
        ]);
        if url.contains("://") {
            lines.push(format!("URL:{url}"));
        }
        lines.push("END:VEVENT".to_string());
    }
    for (cat, rhythm) in forum_series(f) {
        let Some((rrule, exact)) = rule(rhythm) else {
            continue;
        };
        let (uid, summary, when) = match cat {
            None => (id.to_string(), w.title(id), cadence.text.clone()),
            Some(c) => {
                let mut a = FluentArgs::new();
                a.set("forum", FluentValue::from(w.title(id)));
                a.set("category", FluentValue::from(w.name(c.as_str())));
                (
                    format!("{id}-{}", c.as_str()),
                    w.with("calendar-forum-for-category", &a),
                    cadence.for_category.clone().unwrap_or_default(),
                )
            }
        };
        let mut description = vec![purpose.clone(), when];
        if !exact {
            let mut a = FluentArgs::new();
            a.set("rhythm", FluentValue::from(rhythm_text(w, rhythm)));
            description.push(w.with("calendar-note-approximate", &a));
        }
        description.push(w.text("calendar-note-dates"));
        description.push(url.clone());
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{uid}.{}@{}", w.lang, s.site),
            format!("DTSTAMP:{stamp}T000000Z"),
            format!("DTSTART;VALUE=DATE:{year}0115"),
            format!("RRULE:{rrule}"),
            format!("SUMMARY:{}", escape(&summary)),
            format!("DESCRIPTION:{}", escape(&description.join("\n\n"))),
        ]);
        // URL must be a URI: only when the base URL names a host.
        if url.contains("://") {
            lines.push(format!("URL:{url}"));
        }
        lines.extend(["TRANSP:TRANSPARENT".to_string(), "END:VEVENT".to_string()]);
    }
    lines
}

/// The site part of a UID: the base URL's host, else the title as a slug.
pub fn site_key(base_url: &str, title: &str) -> String {
    if let Some(i) = base_url.find("://") {
        let rest = &base_url[i + 3..];
        let host = rest.split('/').next().unwrap_or(rest);
        if !host.is_empty() {
            return host.to_string();
        }
    }
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "govdoc".into()
    } else {
        slug
    }
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Appends a content line folded at 75 octets, never inside a character, ended by CRLF.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(min: u32, max: u32, per: Period) -> Rhythm {
        Rhythm::Periodic { min, max, per }
    }

    #[test]
    fn rhythms_become_rules() {
        let r = |x| rule(&x);
        assert_eq!(
            r(p(1, 1, Period::Month)),
            Some(("FREQ=MONTHLY".into(), true))
        );
        assert_eq!(
            r(p(1, 2, Period::Year)),
            Some(("FREQ=YEARLY".into(), false))
        );
        assert_eq!(
            r(p(2, 2, Period::Year)),
            Some(("FREQ=MONTHLY;INTERVAL=6".into(), true))
        );
        assert_eq!(
            r(p(1, 1, Period::Quarter)),
            Some(("FREQ=MONTHLY;INTERVAL=3".into(), true))
        );
        assert_eq!(
            r(p(5, 5, Period::Year)),
            Some(("FREQ=YEARLY".into(), false))
        );
        assert_eq!(r(Rhythm::Regular), None);
        assert_eq!(months(&p(2, 2, Period::Year)), vec![1, 7]);
        assert_eq!(months(&p(1, 1, Period::Month)).len(), 12);
    }

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        fold(&format!("DESCRIPTION:{}", "ø".repeat(60)), &mut out);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("DESCRIPTION:{}", "ø".repeat(60))
        );
    }

    #[test]
    fn the_site_key_is_the_host_or_a_slug() {
        assert_eq!(
            site_key("https://intranet.example/styring/", "X"),
            "intranet.example"
        );
        assert_eq!(
            site_key("/", "IKT-styring i Kommune"),
            "ikt-styring-i-kommune"
        );
    }
}
