//! The message-id convention: every word of an entity lives in a Fluent message whose id is
//! derived from the entity's kind, id and field, so authors never name messages by hand.
//!
//! | what                         | message id                          |
//! |------------------------------|-------------------------------------|
//! | name of a role, forum, system category | the term `-<id>`          |
//! | a single text field          | `<kind>-<id>-<field>`               |
//! | an item of a list field      | `<kind>-<id>-<list>-<key>`          |
//!
//! `<kind>` is the singular kind (`role`, `forum`, `risk`, …) and `<list>` the singular list
//! name (`responsibility`, `task`, `agenda`, …).

use super::Governance;
use crate::load::Origin;

/// The term holding the name of a role, forum or system category.
pub fn term(id: &str) -> String {
    format!("-{id}")
}

/// A single text field of an entity.
pub fn field(kind: &str, id: &str, field: &str) -> String {
    format!("{kind}-{id}-{field}")
}

/// An item of a list field of an entity.
pub fn item(kind: &str, id: &str, list: &str, key: &str) -> String {
    format!("{kind}-{id}-{list}-{key}")
}

/// One message the content refers to.
#[derive(Debug, Clone)]
pub struct MessageUse {
    /// The Fluent id (terms start with `-`).
    pub id: String,
    /// Whether the source language must have it.
    pub required: bool,
    /// The entity that refers to it.
    pub origin: Origin,
    /// The field of that entity that asks for it.
    pub path: String,
}

struct Uses<'a> {
    out: Vec<MessageUse>,
    origin: &'a Origin,
}

impl<'a> Uses<'a> {
    fn at(&mut self, origin: &'a Origin) -> &mut Self {
        self.origin = origin;
        self
    }

    fn one(&mut self, id: String, required: bool, path: &str) -> &mut Self {
        self.out.push(MessageUse {
            id,
            required,
            origin: self.origin.clone(),
            path: path.into(),
        });
        self
    }

    fn list(
        &mut self,
        kind: &str,
        id: &str,
        list: &str,
        yaml_field: &str,
        keys: &[String],
    ) -> &mut Self {
        for (i, k) in keys.iter().enumerate() {
            self.one(item(kind, id, list, k), true, &format!("{yaml_field}.{i}"));
        }
        self
    }

    fn named(&mut self, kind: &str, id: &str, origin: &'a Origin) -> &mut Self {
        self.at(origin)
            .one(field(kind, id, "name"), true, "id")
            .one(field(kind, id, "summary"), false, "id")
    }
}

impl Governance {
    /// Every message the content refers to, required or optional, with where it is asked for.
    pub fn message_uses(&self) -> Vec<MessageUse> {
        // Which messages exist depends on every entity's keys: a page listing them read them all.
        if super::reads::recording() {
            self.read_everything();
        }
        let Some(first) = self.any_origin() else {
            return Vec::new();
        };
        let mut u = Uses {
            out: Vec::new(),
            origin: first,
        };
        for r in self.roles.values() {
            let id = r.id.as_str();
            u.at(&r.origin)
                .one(term(id), true, "id")
                .one(field("role", id, "summary"), true, "id");
            if r.held_by == Some(super::HeldBy::Described) {
                u.one(field("role", id, "held-by"), true, "held-by");
            }
            u.list(
                "role",
                id,
                "responsibility",
                "responsibilities",
                &r.responsibilities,
            )
            .list("role", id, "task", "tasks", &r.tasks)
            .list("role", id, "competency", "competencies", &r.competencies)
            .list(
                "role",
                id,
                "success-factor",
                "success-factors",
                &r.success_factors,
            )
            .list("role", id, "policy-area", "policy-areas", &r.policy_areas)
            .list("role", id, "note", "notes", &r.notes);
        }
        for g in &self.role_groups {
            u.named("role-group", &g.id, &g.origin);
        }
        for f in self.forums.values() {
            let id = f.id.as_str();
            u.at(&f.origin).one(term(id), true, "id").one(
                field("forum", id, "purpose"),
                true,
                "id",
            );
            match &f.authority {
                super::Decidable::Undecided => {
                    u.one(
                        field("forum", id, "decision-authority-question"),
                        false,
                        "decision-authority",
                    );
                }
                super::Decidable::Decided(super::DecisionAuthority::Decides { powers, .. }) => {
                    u.list("forum", id, "power", "decision-authority.powers", powers);
                }
                _ => {}
            }
            u.list("forum", id, "task", "main-tasks", &f.main_tasks)
                .list("forum", id, "agenda", "agenda.items", &f.agenda.items)
                .list("forum", id, "chair-duty", "chair-duties", &f.chair_duties)
                .list(
                    "forum",
                    id,
                    "participant-note",
                    "participant-notes",
                    &f.participant_notes,
                )
                .list("forum", id, "note", "notes", &f.notes);
            for (i, m) in f.meetings.iter().enumerate() {
                if let Some(k) = &m.note {
                    u.one(
                        item("forum", id, "meeting", k),
                        true,
                        &format!("meetings.{i}.note"),
                    );
                }
            }
        }
        for g in &self.forum_groups {
            u.named("forum-group", &g.id, &g.origin);
        }
        for r in &self.risks {
            if r.mitigation == Some(super::Decidable::Decided(())) {
                u.at(&r.origin).one(
                    field("risk", r.id.as_str(), "mitigation"),
                    true,
                    "mitigation",
                );
            }
            u.named("risk", r.id.as_str(), &r.origin).list(
                "risk",
                r.id.as_str(),
                "point",
                "points",
                &r.points,
            );
        }
        for s in self.systems.values() {
            let id = s.id.as_str();
            u.named("system", id, &s.origin)
                .one(field("system", id, "owner-holder"), false, "owner")
                .one(
                    field("system", id, "coordinator-holder"),
                    false,
                    "coordinator",
                );
            let described = |p: &Option<super::Decidable<super::Party>>| {
                matches!(p, Some(super::Decidable::Decided(super::Party::Described)))
            };
            if described(&s.operations_provider) {
                u.one(
                    field("system", id, "operations-provider"),
                    true,
                    "operations-provider",
                );
            }
            if described(&s.supplier) {
                u.one(field("system", id, "supplier"), true, "supplier");
            }
        }
        for c in self.system_categories.values() {
            u.at(&c.origin).one(term(&c.id), true, "id").one(
                field("system-category", &c.id, "summary"),
                false,
                "id",
            );
        }
        for s in &self.strategy_levels {
            u.named("strategy-level", &s.id, &s.origin).list(
                "strategy-level",
                &s.id,
                "question",
                "questions",
                &s.items,
            );
        }
        for c in &self.capacities {
            u.named("capacity", &c.id, &c.origin).list(
                "capacity",
                &c.id,
                "capability",
                "capabilities",
                &c.items,
            );
        }
        for f in &self.foundations {
            u.named("foundation", &f.id, &f.origin);
        }
        for s in &self.supply_sides {
            u.named("supply-side", &s.id, &s.origin).list(
                "supply-side",
                &s.id,
                "responsibility",
                "responsibilities",
                &s.items,
            );
        }
        for f in &self.functions {
            u.named("function", &f.id, &f.origin);
        }
        for p in &self.pages {
            u.at(&p.origin)
                .one(field("page", &p.id, "title"), true, "id");
        }
        u.out
    }

    /// Notes a read of every entity of every kind, through the recording accessors.
    fn read_everything(&self) {
        use super::ConceptKind::*;
        self.roles().for_each(drop);
        self.role_groups().for_each(drop);
        self.forums().for_each(drop);
        self.forum_groups().for_each(drop);
        self.risks().for_each(drop);
        self.systems().for_each(drop);
        self.system_categories().for_each(drop);
        for kind in [StrategyLevel, Capacity, Foundation, SupplySide, Function] {
            self.concepts(kind).for_each(drop);
        }
        self.pages().for_each(drop);
    }
}
