//! The content kinds as written in YAML: one raw type per kind, strict about unknown fields.
//!
//! Raw types mirror the files exactly and hold ids as plain strings; the model stage resolves
//! and checks them. Each kind lives in its own directory under `content/`, and a file holds
//! either one entity or a list of them.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::Deserialize;
use std::fmt;

pub use super::system::RawSystem;

/// A role (`content/roles/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRole {
    /// Stable id, also the role's Fluent term (`-<id>`).
    pub id: String,
    /// Who holds the role: a role id, or `described` for a message.
    pub held_by: Option<String>,
    /// Responsibility keys.
    #[serde(default)]
    pub responsibilities: Vec<String>,
    /// Task keys.
    #[serde(default)]
    pub tasks: Vec<String>,
    /// Required competency keys.
    #[serde(default)]
    pub competencies: Vec<String>,
    /// Critical success factor keys.
    #[serde(default)]
    pub success_factors: Vec<String>,
    /// Policy area keys.
    #[serde(default)]
    pub policy_areas: Vec<String>,
    /// Note keys.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Where the role escalates, per system category.
    #[serde(default)]
    pub escalation: Vec<RawEscalation>,
}

/// One escalation path of a role.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawEscalation {
    /// The system category this path applies to (all systems when absent).
    #[serde(rename = "for")]
    pub for_category: Option<String>,
    /// A forum id, or `line-organisation`.
    pub to: String,
}

/// A group of roles (`content/role-groups/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRoleGroup {
    /// Stable id.
    pub id: String,
    /// Member role ids, in display order.
    pub roles: Vec<String>,
}

/// A forum (`content/forums/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawForum {
    /// Stable id, also the forum's Fluent term.
    pub id: String,
    /// Whether one forum is established per system.
    #[serde(default)]
    pub per_system: bool,
    /// What the forum may decide.
    pub decision_authority: RawAuthority,
    /// Main task keys.
    #[serde(default)]
    pub main_tasks: Vec<String>,
    /// The agenda.
    pub agenda: Option<RawAgenda>,
    /// How often it meets.
    pub cadence: RawCadence,
    /// A role id, `appointed` or `undecided`.
    pub chair: String,
    /// Duties of the chair, as keys.
    #[serde(default)]
    pub chair_duties: Vec<String>,
    /// Participant role ids.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Notes on participation, as keys.
    #[serde(default)]
    pub participant_notes: Vec<String>,
    /// When the forum must and may be established.
    pub establishment: Option<RawEstablishment>,
    /// Note keys (the deck's "Presisering").
    #[serde(default)]
    pub notes: Vec<String>,
    /// Dated meetings, in date order.
    #[serde(default)]
    pub meetings: Vec<RawMeeting>,
}

/// A dated meeting: `2027-03-11`, or `{date: 2027-03-11, note: budget}` with a note whose
/// words are the message `forum-<id>-meeting-<note>`.
#[derive(Debug, Clone, PartialEq)]
pub struct RawMeeting {
    /// `YYYY-MM-DD`, checked by the model.
    pub date: String,
    /// A note key.
    pub note: Option<String>,
}

/// The decision authority as written: `none`, `undecided` or a mapping.
#[derive(Debug, Clone, PartialEq)]
pub enum RawAuthority {
    /// Not a decision forum.
    None,
    /// The source leaves it open.
    Undecided,
    /// The forum decides.
    Decides(RawDecides),
}

/// A forum's powers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawDecides {
    /// The role in whose capacity the forum decides.
    pub by_virtue_of: Option<String>,
    /// Power keys.
    #[serde(default)]
    pub powers: Vec<String>,
}

impl<'de> Deserialize<'de> for RawAuthority {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawAuthority;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`none`, `undecided`, or a mapping with `by-virtue-of` and `powers`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawAuthority, E> {
                match s {
                    "none" => Ok(RawAuthority::None),
                    "undecided" => Ok(RawAuthority::Undecided),
                    other => Err(E::invalid_value(Unexpected::Str(other), &self)),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<RawAuthority, A::Error> {
                RawDecides::deserialize(de::value::MapAccessDeserializer::new(m))
                    .map(RawAuthority::Decides)
            }
        }
        d.deserialize_any(V)
    }
}

/// A forum's agenda.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawAgenda {
    /// `false`: no fixed agenda, the items are possible topics.
    #[serde(default = "yes")]
    pub fixed: bool,
    /// Agenda item keys.
    #[serde(default)]
    pub items: Vec<String>,
}

fn yes() -> bool {
    true
}

/// When a per-system forum must or may be established, by system category.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawEstablishment {
    /// Categories for which the forum must be established.
    #[serde(default)]
    pub must: Vec<String>,
    /// Categories for which it may be established.
    #[serde(default)]
    pub may: Vec<String>,
}

/// How often a forum meets.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCadence {
    /// The regular rhythm; absent means only when needed.
    pub rhythm: Option<RawRhythm>,
    /// Whether it also meets when needed.
    #[serde(default)]
    pub when_needed: bool,
    /// The role that calls the meeting.
    pub convened_by: Option<String>,
    /// A rhythm that applies to one system category.
    pub for_category: Option<RawCategoryRhythm>,
}

/// A rhythm for one system category.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCategoryRhythm {
    /// The system category.
    pub category: String,
    /// Its rhythm.
    pub rhythm: RawRhythm,
}

/// `regular`, or `{times: N | [min, max], per: week|month|quarter|year}`.
#[derive(Debug, Clone, PartialEq)]
pub enum RawRhythm {
    /// Meets regularly without a fixed period.
    Regular,
    /// Meets a number of times per period.
    Periodic(RawPeriodic),
}

/// A number of meetings per period.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPeriodic {
    /// How many times.
    pub times: RawTimes,
    /// Per what.
    pub per: String,
}

/// A count or a range of counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RawTimes {
    /// Fewest.
    pub min: u32,
    /// Most.
    pub max: u32,
}

/// A plain date is a meeting without a note. Kept apart from the derived struct so that a
/// mapping still refuses unknown fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMeetingFields {
    date: String,
    note: Option<String>,
}

impl<'de> Deserialize<'de> for RawMeeting {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawMeeting;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date such as `2027-03-11`, or `{date: 2027-03-11, note: key}`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawMeeting, E> {
                Ok(RawMeeting {
                    date: s.to_string(),
                    note: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<RawMeeting, A::Error> {
                RawMeetingFields::deserialize(de::value::MapAccessDeserializer::new(m)).map(|f| {
                    RawMeeting {
                        date: f.date,
                        note: f.note,
                    }
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawRhythm {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawRhythm;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`regular`, or a mapping such as `{times: 1, per: month}`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawRhythm, E> {
                match s {
                    "regular" => Ok(RawRhythm::Regular),
                    other => Err(E::invalid_value(Unexpected::Str(other), &self)),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<RawRhythm, A::Error> {
                RawPeriodic::deserialize(de::value::MapAccessDeserializer::new(m))
                    .map(RawRhythm::Periodic)
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawTimes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawTimes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number such as `1`, or a range such as `[1, 2]`")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<RawTimes, E> {
                let n = u32::try_from(n)
                    .map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &self))?;
                Ok(RawTimes { min: n, max: n })
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<RawTimes, E> {
                let n =
                    u64::try_from(n).map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))?;
                self.visit_u64(n)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<RawTimes, A::Error> {
                let min: u32 = s
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let max: u32 = s
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                if s.next_element::<u32>()?.is_some() {
                    return Err(de::Error::invalid_length(3, &self));
                }
                Ok(RawTimes { min, max })
            }
        }
        d.deserialize_any(V)
    }
}

/// A group of forums (`content/forum-groups/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawForumGroup {
    /// Stable id.
    pub id: String,
    /// Member forum ids, in display order.
    pub forums: Vec<String>,
}

/// A risk of the model (`content/risks/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRisk {
    /// Stable id.
    pub id: String,
    /// The role that owns the risk: a role id or `undecided`.
    pub owner: Option<String>,
    /// How likely it is, 1 (rare) to 5 (almost certain), or `undecided`.
    pub likelihood: Option<RawScore>,
    /// How bad it would be, 1 (negligible) to 5 (severe), or `undecided`.
    pub impact: Option<RawScore>,
    /// `described` (message `risk-<id>-mitigation`) or `undecided`.
    pub mitigation: Option<String>,
    /// `open`, `mitigating`, `accepted` or `closed`.
    pub status: Option<String>,
    /// The roles, forums and systems the risk concerns.
    #[serde(default)]
    pub concerns: RawConcerns,
    /// Sub-point keys.
    #[serde(default)]
    pub points: Vec<String>,
}

/// What a risk is about.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConcerns {
    /// Role ids.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Forum ids.
    #[serde(default)]
    pub forums: Vec<String>,
    /// System ids.
    #[serde(default)]
    pub systems: Vec<String>,
}

/// An entity that is only an id plus Fluent messages (system categories, foundations, functions).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawNamed {
    /// Stable id.
    pub id: String,
}

/// A level of the strategy chain (`content/strategy-levels/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawStrategyLevel {
    /// Stable id.
    pub id: String,
    /// Keys of the questions this level answers.
    #[serde(default)]
    pub questions: Vec<String>,
}

/// A capacity and its capabilities (`content/capacities/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCapacity {
    /// Stable id.
    pub id: String,
    /// Capability keys.
    #[serde(default)]
    pub capabilities: Vec<String>,
}

/// A side of the orderer-supplier-SLA model (`content/supply-sides/`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSupplySide {
    /// Stable id.
    pub id: String,
    /// Responsibility keys.
    #[serde(default)]
    pub responsibilities: Vec<String>,
}

/// A prose page (`content/pages/`), its text in `locales/<lang>/pages/<id>.md`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPage {
    /// Stable id, also the URL slug.
    pub id: String,
    /// Whether the page appears in the navigation.
    #[serde(default = "yes")]
    pub nav: bool,
}

/// A score on the register's 1-5 scale, or `undecided`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawScore {
    /// A whole number; the model checks that it is 1 to 5.
    Score(u64),
    /// Not assessed yet.
    Undecided,
}

impl<'de> Deserialize<'de> for RawScore {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawScore;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number from 1 to 5, or `undecided`")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<RawScore, E> {
                Ok(RawScore::Score(n))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<RawScore, E> {
                Err(E::invalid_value(Unexpected::Signed(n), &self))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawScore, E> {
                match s {
                    "undecided" => Ok(RawScore::Undecided),
                    other => Err(E::invalid_value(Unexpected::Str(other), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}
