//! Forums: where decisions are made, how often they meet, who leads and who takes part.

use super::ids::{CategoryId, ForumId, RoleId};
use crate::load::Origin;
use serde::Serialize;

/// A meeting forum.
#[derive(Debug, Clone, Hash)]
pub struct Forum {
    /// Its id, also its Fluent term.
    pub id: ForumId,
    /// The forum group it belongs to (index into `Governance::forum_groups`).
    pub group: Option<usize>,
    /// Whether one forum is established per system.
    pub per_system: bool,
    /// What it may decide.
    pub authority: Decidable<DecisionAuthority>,
    /// Main task keys.
    pub main_tasks: Vec<String>,
    /// The agenda.
    pub agenda: Agenda,
    /// How often it meets.
    pub cadence: Cadence,
    /// Who leads it.
    pub chair: Decidable<Chair>,
    /// Chair duty keys.
    pub chair_duties: Vec<String>,
    /// Participants.
    pub participants: Vec<RoleId>,
    /// Participation note keys.
    pub participant_notes: Vec<String>,
    /// When it must or may be established.
    pub establishment: Option<Establishment>,
    /// Note keys.
    pub notes: Vec<String>,
    /// Dated meetings, in date order.
    pub meetings: Vec<Meeting>,
    /// Where it was written.
    pub origin: Origin,
}

/// A meeting on a known day.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Meeting {
    /// The day.
    pub date: Date,
    /// A note key (message `forum-<id>-meeting-<key>`).
    pub note: Option<String>,
}

/// A calendar day, checked to exist (leap years included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// The year.
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for anything else or a day the calendar does not have.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| {
            b[r.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| s[r].parse::<u16>().ok())
                .flatten()
        };
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYYMMDD`, as iCalendar writes a date.
    pub fn basic(&self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// A value the source may leave open: first-class "not yet decided".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Decidable<T> {
    /// Settled.
    Decided(T),
    /// An open question of the model.
    Undecided,
}

impl<T> Decidable<T> {
    /// The settled value, if any.
    pub fn decided(&self) -> Option<&T> {
        match self {
            Decidable::Decided(t) => Some(t),
            Decidable::Undecided => None,
        }
    }
}

/// What a forum may decide.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DecisionAuthority {
    /// Not a decision forum.
    None,
    /// Decides, possibly in the capacity of a role.
    Decides {
        /// The role whose authority the forum exercises.
        by_virtue_of: Option<RoleId>,
        /// Power keys.
        powers: Vec<String>,
    },
}

/// Who leads a forum.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Chair {
    /// A role.
    Role(RoleId),
    /// An appointed leader.
    Appointed,
}

/// A forum's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Agenda {
    /// Whether the items are fixed; otherwise they are possible topics.
    pub fixed: bool,
    /// Item keys.
    pub items: Vec<String>,
}

/// How often a forum meets.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Cadence {
    /// The regular rhythm; `None` means only when needed.
    pub rhythm: Option<Rhythm>,
    /// Whether it also meets when needed.
    pub when_needed: bool,
    /// Who calls the meetings.
    pub convened_by: Option<RoleId>,
    /// A rhythm for one system category.
    pub for_category: Option<(CategoryId, Rhythm)>,
}

/// A meeting rhythm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Rhythm {
    /// Regularly, without a fixed period.
    Regular,
    /// Between `min` and `max` times per period.
    Periodic {
        /// Fewest meetings.
        min: u32,
        /// Most meetings.
        max: u32,
        /// The period.
        per: Period,
    },
}

/// The period of a rhythm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// A week.
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
}

impl Period {
    /// Parses the YAML word.
    pub fn parse(s: &str) -> Option<Period> {
        Some(match s {
            "week" => Period::Week,
            "month" => Period::Month,
            "quarter" => Period::Quarter,
            "year" => Period::Year,
            _ => return None,
        })
    }

    /// The word passed to Fluent selectors.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }
}

/// When a per-system forum must or may be established.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Establishment {
    /// Must be established for these categories.
    pub must: Vec<CategoryId>,
    /// May be established for these.
    pub may: Vec<CategoryId>,
}

/// A named group of forums.
#[derive(Debug, Clone, Hash)]
pub struct ForumGroup {
    /// Its id.
    pub id: String,
    /// Members in display order.
    pub forums: Vec<ForumId>,
    /// Where it was written.
    pub origin: Origin,
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn only_real_days_are_dates() {
        assert_eq!(
            Date::parse("2027-03-11"),
            Some(Date {
                year: 2027,
                month: 3,
                day: 11
            })
        );
        assert!(Date::parse("2028-02-29").is_some());
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "2027-04-31",
            "2027-3-11",
            "11.03.2027",
            "2027-00-10",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2027-01-31") < Date::parse("2027-02-01"));
    }
}
