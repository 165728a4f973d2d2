//! Resolving a forum: decision authority, cadence and rhythms, chair, participants,
//! establishment rules.

use super::*;

fn resolve_rhythm(r: &mut Resolver, raw: &RawRhythm, o: &Origin, path: &str) -> Option<Rhythm> {
    match raw {
        RawRhythm::Regular => Some(Rhythm::Regular),
        RawRhythm::Periodic(p) => {
            let Some(per) = Period::parse(&p.per) else {
                let mut d =
                    Diagnostic::error("model::bad-period", format!("`{}` is not a period", p.per))
                        .at(o.locate(&format!("{path}.per")));
                d.help = did_you_mean(&p.per, ["week", "month", "quarter", "year"])
                    .or(Some("use week, month, quarter or year".into()));
                r.errors.push(d);
                return None;
            };
            if p.times.min == 0 || p.times.min > p.times.max {
                r.errors.push(
                    Diagnostic::error(
                        "model::bad-times",
                        format!(
                            "`times` must be at least 1, and a range must go up: got {}-{}",
                            p.times.min, p.times.max
                        ),
                    )
                    .at(o.locate(&format!("{path}.times")))
                    .help("write a count such as `1` or a range such as `[1, 2]`"),
                );
                return None;
            }
            Some(Rhythm::Periodic {
                min: p.times.min,
                max: p.times.max,
                per,
            })
        }
    }
}

/// Dated meetings: real days, in date order, each at most once; a note is a key.
fn resolve_meetings(r: &mut Resolver, raw: &[RawMeeting], o: &Origin) -> Vec<Meeting> {
    let mut out: Vec<Meeting> = Vec::new();
    for (i, m) in raw.iter().enumerate() {
        let mapping = format!("meetings.{i}.date");
        let path = if o.has(&mapping) {
            mapping
        } else {
            format!("meetings.{i}")
        };
        let Some(date) = Date::parse(m.date.trim()) else {
            let shown: String = m
                .date
                .chars()
                .take(40)
                .flat_map(char::escape_default)
                .collect();
            r.errors.push(
                Diagnostic::error(
                    "model::bad-date",
                    format!("`{shown}` is not a date of the calendar"),
                )
                .at(o.locate(&path))
                .label("not a real day")
                .help("write the date as YYYY-MM-DD, such as 2027-03-11, on a day the month has"),
            );
            continue;
        };
        if let Some(prev) = out.last().map(|p| p.date) {
            if date <= prev {
                let (code, what) = if date == prev {
                    ("model::duplicate-meeting", "appears twice")
                } else {
                    ("model::meeting-order", "comes after a later date")
                };
                r.errors.push(
                    Diagnostic::error(
                        code,
                        format!("the meeting on {} {what} ({})", date.iso(), prev.iso()),
                    )
                    .at(o.locate(&path))
                    .help("list each meeting once, earliest first"),
                );
                continue;
            }
        }
        if let Some(k) = &m.note {
            if !is_valid_id(k) {
                r.errors
                    .push(bad_id(k, o, &format!("meetings.{i}.note"), "note key"));
            }
        }
        out.push(Meeting {
            date,
            note: m.note.clone(),
        });
    }
    out
}

pub(super) fn resolve_forum(r: &mut Resolver, l: &Located<RawForum>) -> Forum {
    let (v, o) = (&l.value, &l.origin);
    let authority = match &v.decision_authority {
        RawAuthority::None => Decidable::Decided(DecisionAuthority::None),
        RawAuthority::Undecided => Decidable::Undecided,
        RawAuthority::Decides(d) => Decidable::Decided(DecisionAuthority::Decides {
            by_virtue_of: d
                .by_virtue_of
                .as_deref()
                .and_then(|id| {
                    r.reference(
                        Kind::Role,
                        id,
                        o,
                        "decision-authority.by-virtue-of",
                        "`decision-authority.by-virtue-of`",
                    )
                })
                .map(RoleId),
            powers: r.keys(&d.powers, o, "decision-authority.powers"),
        }),
    };
    let chair = match v.chair.as_str() {
        "appointed" => Decidable::Decided(Chair::Appointed),
        "undecided" => Decidable::Undecided,
        id => match r.reference(Kind::Role, id, o, "chair", "`chair`") {
            Some(id) => Decidable::Decided(Chair::Role(RoleId(id))),
            None => Decidable::Undecided,
        },
    };
    let c = &v.cadence;
    let cadence = Cadence {
        rhythm: c
            .rhythm
            .as_ref()
            .and_then(|x| resolve_rhythm(r, x, o, "cadence.rhythm")),
        when_needed: c.when_needed,
        convened_by: c
            .convened_by
            .as_deref()
            .and_then(|id| {
                r.reference(
                    Kind::Role,
                    id,
                    o,
                    "cadence.convened-by",
                    "`cadence.convened-by`",
                )
            })
            .map(RoleId),
        for_category: c.for_category.as_ref().and_then(|fc| {
            let cat = r.reference(
                Kind::Category,
                &fc.category,
                o,
                "cadence.for-category.category",
                "`cadence.for-category`",
            );
            let rhythm = resolve_rhythm(r, &fc.rhythm, o, "cadence.for-category.rhythm");
            Some((CategoryId(cat?), rhythm?))
        }),
    };
    if cadence.rhythm.is_none() && !cadence.when_needed && c.rhythm.is_none() {
        r.errors.push(
            Diagnostic::error(
                "model::no-cadence",
                format!(
                    "forum `{}` never meets: its cadence has no rhythm and is not `when-needed`",
                    v.id
                ),
            )
            .at(o.locate("cadence"))
            .help("add `rhythm: {times: 1, per: month}` or `when-needed: true`"),
        );
    }
    let participants = r
        .references(Kind::Role, &v.participants, o, "participants")
        .into_iter()
        .map(RoleId)
        .collect();
    let establishment = v.establishment.as_ref().map(|e| Establishment {
        must: r
            .references(Kind::Category, &e.must, o, "establishment.must")
            .into_iter()
            .map(CategoryId)
            .collect(),
        may: r
            .references(Kind::Category, &e.may, o, "establishment.may")
            .into_iter()
            .map(CategoryId)
            .collect(),
    });
    let agenda = v
        .agenda
        .as_ref()
        .map(|a| Agenda {
            fixed: a.fixed,
            items: r.keys(&a.items, o, "agenda.items"),
        })
        .unwrap_or_default();
    Forum {
        id: ForumId(v.id.clone()),
        group: None,
        per_system: v.per_system,
        authority,
        main_tasks: r.keys(&v.main_tasks, o, "main-tasks"),
        agenda,
        cadence,
        chair,
        chair_duties: r.keys(&v.chair_duties, o, "chair-duties"),
        participants,
        participant_notes: r.keys(&v.participant_notes, o, "participant-notes"),
        establishment,
        notes: r.keys(&v.notes, o, "notes"),
        meetings: resolve_meetings(r, &v.meetings, o),
        origin: o.clone(),
    }
}
