//! The meeting description, with cadence and decision authority put into words through Fluent.

use super::common::{field_id, Link, ListItem, Words};
use crate::model::{Cadence, Chair, Decidable, DecisionAuthority, Forum, Rhythm};
use crate::render::routes::PageKind;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

/// Everything a meeting description shows.
#[derive(Debug, Serialize)]
pub struct ForumView {
    /// Id.
    pub id: String,
    /// Name, capitalised.
    pub name: String,
    /// Purpose.
    pub purpose: String,
    /// Its group.
    pub group: Option<Link>,
    /// Established per system.
    pub per_system: bool,
    /// Decision authority.
    pub authority: AuthorityView,
    /// Main tasks.
    pub main_tasks: Vec<ListItem>,
    /// Whether the agenda is fixed.
    pub agenda_fixed: bool,
    /// Agenda items or topics.
    pub agenda: Vec<ListItem>,
    /// When it meets.
    pub cadence: CadenceView,
    /// Who leads it.
    pub chair: ChairView,
    /// The chair's duties.
    pub chair_duties: Vec<ListItem>,
    /// Who takes part.
    pub participants: Vec<Link>,
    /// Notes on participation.
    pub participant_notes: Vec<ListItem>,
    /// Categories for which it must be established.
    pub must_establish: Vec<Link>,
    /// Categories for which it may be established.
    pub may_establish: Vec<Link>,
    /// Notes.
    pub notes: Vec<ListItem>,
    /// Roles that escalate here (derived).
    pub escalating_roles: Vec<Link>,
    /// Risks that concern it (derived).
    pub risks: Vec<Link>,
    /// Systems it governs as change or user forum (derived from the systems).
    pub systems: super::system::SystemTiesView,
    /// Its iCalendar feed, when it has a regular rhythm or dated meetings.
    pub calendar_url: Option<String>,
    /// Its dated meetings, earliest first.
    pub meetings: Vec<super::meetings::MeetingView>,
}

/// Decision authority in words.
#[derive(Debug, Serialize)]
pub struct AuthorityView {
    /// `decides`, `none` or `undecided`.
    pub kind: &'static str,
    /// The role in whose capacity it decides.
    pub by_virtue_of: Option<Link>,
    /// Its powers.
    pub powers: Vec<ListItem>,
    /// For `undecided`: what is open, when the content says.
    pub question: Option<String>,
}

/// Who leads a forum.
#[derive(Debug, Serialize)]
pub struct ChairView {
    /// `role`, `appointed` or `undecided`.
    pub kind: &'static str,
    /// The chairing role.
    pub role: Option<Link>,
}

/// When a forum meets.
#[derive(Debug, Serialize)]
pub struct CadenceView {
    /// The whole rhythm in one phrase ("monthly and when needed").
    pub text: String,
    /// Who calls the meetings.
    pub convened_by: Option<Link>,
    /// An extra rhythm for one system category, in one phrase.
    pub for_category: Option<String>,
}

/// The rhythm in words: "monthly", "1–2 times a year", "regularly".
pub fn rhythm_text(w: &Words, rhythm: &Rhythm) -> String {
    match rhythm {
        Rhythm::Regular => w.text("cadence-regular"),
        Rhythm::Periodic { min, max, per } => {
            let mut a = FluentArgs::new();
            a.set("min", FluentValue::from(*min));
            a.set("max", FluentValue::from(*max));
            a.set("per", FluentValue::from(per.as_str()));
            a.set(
                "range",
                FluentValue::from(if min == max { "no" } else { "yes" }),
            );
            w.with("cadence-periodic", &a)
        }
    }
}

/// A cadence in words.
pub fn cadence_view(w: &Words, c: &Cadence) -> CadenceView {
    let text = match (&c.rhythm, c.when_needed) {
        (Some(r), true) => {
            let mut a = FluentArgs::new();
            a.set("rhythm", FluentValue::from(rhythm_text(w, r)));
            w.with("cadence-and-when-needed", &a)
        }
        (Some(r), false) => rhythm_text(w, r),
        (None, _) => w.text("cadence-when-needed"),
    };
    let for_category = c.for_category.as_ref().map(|(cat, r)| {
        let mut a = FluentArgs::new();
        a.set("category", FluentValue::from(w.name(cat.as_str())));
        a.set("rhythm", FluentValue::from(rhythm_text(w, r)));
        w.with("cadence-for-category", &a)
    });
    CadenceView {
        text: super::common::capitalize(&text),
        convened_by: c.convened_by.as_ref().map(|r| w.role(r)),
        for_category,
    }
}

impl ForumView {
    /// Builds the view of a forum.
    pub fn build(w: &Words, f: &Forum) -> ForumView {
        let id = f.id.as_str();
        let m = w.model;
        let authority = match &f.authority {
            Decidable::Undecided => AuthorityView {
                kind: "undecided",
                by_virtue_of: None,
                powers: Vec::new(),
                question: w.opt(&field_id("forum", id, "decision-authority-question")),
            },
            Decidable::Decided(DecisionAuthority::None) => AuthorityView {
                kind: "none",
                by_virtue_of: None,
                powers: Vec::new(),
                question: None,
            },
            Decidable::Decided(DecisionAuthority::Decides {
                by_virtue_of,
                powers,
            }) => AuthorityView {
                kind: "decides",
                by_virtue_of: by_virtue_of.as_ref().map(|r| w.role_inline(r)),
                powers: w.items("forum", id, "power", powers),
                question: None,
            },
        };
        let chair = match &f.chair {
            Decidable::Decided(Chair::Role(r)) => ChairView {
                kind: "role",
                role: Some(w.role(r)),
            },
            Decidable::Decided(Chair::Appointed) => ChairView {
                kind: "appointed",
                role: None,
            },
            Decidable::Undecided => ChairView {
                kind: "undecided",
                role: None,
            },
        };
        let est = f.establishment.clone().unwrap_or_default();
        ForumView {
            id: id.to_string(),
            name: w.title(id),
            purpose: w.text(&field_id("forum", id, "purpose")),
            group: f.group.and_then(|g| m.forum_group_at(g)).map(|g| {
                let gid = &g.id;
                Link {
                    text: w.text(&field_id("forum-group", gid, "name")),
                    url: w.url_to(&PageKind::Forums, gid),
                }
            }),
            per_system: f.per_system,
            authority,
            main_tasks: w.items("forum", id, "task", &f.main_tasks),
            agenda_fixed: f.agenda.fixed,
            agenda: w.items("forum", id, "agenda", &f.agenda.items),
            cadence: cadence_view(w, &f.cadence),
            chair,
            chair_duties: w.items("forum", id, "chair-duty", &f.chair_duties),
            participants: f.participants.iter().map(|r| w.role(r)).collect(),
            participant_notes: w.items("forum", id, "participant-note", &f.participant_notes),
            must_establish: est.must.iter().map(|c| w.category(c)).collect(),
            may_establish: est.may.iter().map(|c| w.category(c)).collect(),
            notes: w.items("forum", id, "note", &f.notes),
            escalating_roles: m
                .roles_escalating_to(&f.id)
                .iter()
                .map(|r| w.role(r))
                .collect(),
            risks: m
                .risks_for_forum(&f.id)
                .map(|x| w.risk(x.id.as_str()))
                .collect(),
            systems: super::system::SystemTiesView::build(w, m.systems_for_forum(&f.id)),
            calendar_url: super::calendar::has_events(f)
                .then(|| w.url(&PageKind::ForumCalendar(id.to_string()))),
            meetings: super::meetings::meetings(w, f),
        }
    }
}
