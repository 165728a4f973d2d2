//! Dated meetings in words: the day as the page's language writes it ("11. mars 2027",
//! "11 de marzo de 2027"), with the meeting's note, for the meeting description, the annual
//! cycle and the calendar feeds.

use super::common::Words;
use crate::model::{messages, Date, Forum};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

/// One dated meeting as pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct MeetingView {
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub iso: String,
    /// The day in words.
    pub text: String,
    /// The note, when the meeting has one.
    pub note: Option<String>,
}

/// A day in the page's language, through the message `meeting-date`.
pub fn date_text(w: &Words, d: Date) -> String {
    let mut month = FluentArgs::new();
    month.set("month", FluentValue::from(d.month));
    let mut a = FluentArgs::new();
    a.set("day", FluentValue::from(d.day));
    a.set("month", FluentValue::from(w.with("month-name", &month)));
    // A string, so that no number formatting can ever group the digits of a year.
    a.set("year", FluentValue::from(d.year.to_string()));
    w.with("meeting-date", &a)
}

/// The text of a meeting's note (`forum-<id>-meeting-<key>`).
pub fn note_text(w: &Words, f: &Forum, key: &str) -> String {
    w.text(&messages::item("forum", f.id.as_str(), "meeting", key))
}

/// Every dated meeting of a forum, earliest first.
pub fn meetings(w: &Words, f: &Forum) -> Vec<MeetingView> {
    f.meetings
        .iter()
        .map(|m| MeetingView {
            iso: m.date.iso(),
            text: date_text(w, m.date),
            note: m.note.as_deref().map(|k| note_text(w, f, k)),
        })
        .collect()
}
