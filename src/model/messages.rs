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
    ["-", id].concat()
}

/// A single text field of an entity.
pub fn field(kind: &str, id: &str, field: &str) -> String {
    // `concat` sizes the string once; the formatter was measurable on every page (ids are put
    // together for each text a page shows).
    [kind, "-", id, "-", field].concat()
}

/// An item of a list field of an entity.
pub fn item(kind: &str, id: &str, list: &str, key: &str) -> String {
    [kind, "-", id, "-", list, "-", key].concat()
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
    /// Only a fingerprint is wanted: each (id, required) is hashed and summed (the order of a
    /// list does not matter), and nothing is kept.
    sum: Option<u64>,
}

impl<'a> Uses<'a> {
    fn at(&mut self, origin: &'a Origin) -> &mut Self {
        self.origin = origin;
        self
    }

    fn one(&mut self, id: String, required: bool, path: &str) -> &mut Self {
        if let Some(sum) = &mut self.sum {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (id, required).hash(&mut h);
            *sum = sum.wrapping_add(h.finish());
            return self;
        }
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
            let path = if self.sum.is_some() {
                String::new()
            } else {
                format!("{yaml_field}.{i}")
            };
            self.one(item(kind, id, list, k), true, &path);
        }
        self
    }

    fn named(&mut self, kind: &str, id: &str, origin: &'a Origin) -> &mut Self {
        self.at(origin)
            .one(field(kind, id, "name"), true, "id")
            .one(field(kind, id, "summary"), false, "id")
    }
}

/// One entity of any kind, for [`Governance::uses_of`].
#[derive(Clone, Copy)]
pub(super) enum Any<'a> {
    Role(&'a super::Role),
    RoleGroup(&'a super::RoleGroup),
    Forum(&'a super::Forum),
    ForumGroup(&'a super::ForumGroup),
    Risk(&'a super::Risk),
    System(&'a super::System),
    Category(&'a super::Concept),
    /// A concept of a kind with its singular name and, when it has items, their list name
    /// and YAML field.
    Concept(
        &'a super::Concept,
        &'static str,
        Option<(&'static str, &'static str)>,
    ),
    Page(&'a super::Page),
}

/// A concept kind's singular name in message ids and, when its concepts have items, their
/// list name and YAML field.
pub(super) fn concept_words(
    kind: super::reads::Kind,
) -> (&'static str, Option<(&'static str, &'static str)>) {
    use super::reads::Kind as K;
    match kind {
        K::StrategyLevel => ("strategy-level", Some(("question", "questions"))),
        K::Capacity => ("capacity", Some(("capability", "capabilities"))),
        K::SupplySide => ("supply-side", Some(("responsibility", "responsibilities"))),
        K::Foundation => ("foundation", None),
        _ => ("function", None),
    }
}

/// A fingerprint of the message ids one entity asks for, each with whether it is required
/// (what [`super::reads::Facet::Messages`] covers: not their order, paths or positions).
pub(super) fn ids_of(e: Option<Any>) -> u64 {
    let Some(e) = e else {
        return 0;
    };
    let mut u = Uses {
        out: Vec::new(),
        origin: e.origin(),
        sum: Some(1),
    };
    u.entity(e);
    u.sum.unwrap_or_default()
}

impl<'a> Any<'a> {
    fn id(self) -> &'a str {
        match self {
            Any::Role(r) => r.id.as_str(),
            Any::RoleGroup(g) => &g.id,
            Any::Forum(f) => f.id.as_str(),
            Any::ForumGroup(g) => &g.id,
            Any::Risk(r) => r.id.as_str(),
            Any::System(s) => s.id.as_str(),
            Any::Category(c) | Any::Concept(c, ..) => &c.id,
            Any::Page(p) => &p.id,
        }
    }

    /// The entity's message uses.
    fn uses(self) -> Vec<MessageUse> {
        let mut u = Uses {
            out: Vec::new(),
            origin: self.origin(),
            sum: None,
        };
        u.entity(self);
        u.out
    }

    fn origin(self) -> &'a Origin {
        match self {
            Any::Role(r) => &r.origin,
            Any::RoleGroup(g) => &g.origin,
            Any::Forum(f) => &f.origin,
            Any::ForumGroup(g) => &g.origin,
            Any::Risk(r) => &r.origin,
            Any::System(s) => &s.origin,
            Any::Category(c) | Any::Concept(c, ..) => &c.origin,
            Any::Page(p) => &p.origin,
        }
    }
}

impl<'a> Uses<'a> {
    fn entity(&mut self, e: Any<'a>) {
        match e {
            Any::Role(r) => self.role(r),
            Any::RoleGroup(g) => {
                self.named("role-group", &g.id, &g.origin);
            }
            Any::Forum(f) => self.forum(f),
            Any::ForumGroup(g) => {
                self.named("forum-group", &g.id, &g.origin);
            }
            Any::Risk(r) => self.risk(r),
            Any::System(s) => self.system(s),
            Any::Category(c) => {
                self.at(&c.origin).one(term(&c.id), true, "id").one(
                    field("system-category", &c.id, "summary"),
                    false,
                    "id",
                );
            }
            Any::Concept(c, kind, list) => {
                self.named(kind, &c.id, &c.origin);
                if let Some((list, yaml_field)) = list {
                    self.list(kind, &c.id, list, yaml_field, &c.items);
                }
            }
            Any::Page(p) => {
                self.at(&p.origin)
                    .one(field("page", &p.id, "title"), true, "id");
            }
        }
    }

    fn role(&mut self, r: &'a super::Role) {
        let u = self;
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

    fn forum(&mut self, f: &'a super::Forum) {
        let u = self;
        let id = f.id.as_str();
        u.at(&f.origin)
            .one(term(id), true, "id")
            .one(field("forum", id, "purpose"), true, "id");
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

    fn risk(&mut self, r: &'a super::Risk) {
        let u = self;
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

    fn system(&mut self, s: &'a super::System) {
        let u = self;
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
}

impl Governance {
    /// Every entity of every kind, in the order [`Self::message_uses`] lists their messages.
    pub(super) fn every_entity(&self) -> impl Iterator<Item = (super::reads::Kind, Any<'_>)> {
        use super::reads::Kind as K;
        let concepts = [
            (K::StrategyLevel, &self.strategy_levels),
            (K::Capacity, &self.capacities),
            (K::Foundation, &self.foundations),
            (K::SupplySide, &self.supply_sides),
            (K::Function, &self.functions),
        ];
        self.roles
            .values()
            .map(|r| (K::Role, Any::Role(r)))
            .chain(
                self.role_groups
                    .iter()
                    .map(|g| (K::RoleGroup, Any::RoleGroup(g))),
            )
            .chain(self.forums.values().map(|f| (K::Forum, Any::Forum(f))))
            .chain(
                self.forum_groups
                    .iter()
                    .map(|g| (K::ForumGroup, Any::ForumGroup(g))),
            )
            .chain(self.risks.iter().map(|r| (K::Risk, Any::Risk(r))))
            .chain(self.systems.values().map(|s| (K::System, Any::System(s))))
            .chain(
                self.system_categories
                    .values()
                    .map(|c| (K::SystemCategory, Any::Category(c))),
            )
            .chain(concepts.into_iter().flat_map(|(k, list)| {
                let (name, items) = concept_words(k);
                list.iter().map(move |c| (k, Any::Concept(c, name, items)))
            }))
            .chain(self.pages.iter().map(|p| (K::Page, Any::Page(p))))
    }

    /// Every message the content refers to, required or optional, with where it is asked for.
    /// Recorded as each kind's membership and each entity's set of (id, required): a page that
    /// shows more of a use (its field, its position) must read the entity itself.
    pub fn message_uses(&self) -> Vec<MessageUse> {
        // Which messages exist depends on every entity's keys: a page listing them read each
        // kind's membership and each entity's message ids (not the whole entity).
        if super::reads::recording() {
            self.read_message_ids();
        }
        let Some(first) = self.any_origin() else {
            return Vec::new();
        };
        let mut u = Uses {
            out: Vec::new(),
            origin: first,
            sum: None,
        };
        for (_, e) in self.every_entity() {
            u.entity(e);
        }
        u.out
    }

    /// Notes a read of every kind's membership and every entity's message ids.
    fn read_message_ids(&self) {
        use super::reads::{self, Facet, Kind as K};
        for k in [
            K::Role,
            K::RoleGroup,
            K::Forum,
            K::ForumGroup,
            K::Risk,
            K::System,
            K::SystemCategory,
            K::StrategyLevel,
            K::Capacity,
            K::Foundation,
            K::SupplySide,
            K::Function,
            K::Page,
        ] {
            reads::list(k);
        }
        for (k, e) in self.every_entity() {
            reads::facet(k, e.id(), Facet::Messages);
        }
    }

    /// Every entity's message uses, entity by entity in the order of [`Self::message_uses`],
    /// with its kind and id (not recorded: for the checks, which keep them per entity).
    pub fn message_uses_by_entity(&self) -> Vec<EntityUses> {
        self.every_entity()
            .map(|(kind, e)| EntityUses {
                kind,
                id: e.id().to_string(),
                uses: e.uses(),
            })
            .collect()
    }

    /// One entity's message uses (none when there is no such entity); not recorded.
    pub fn message_uses_of(&self, kind: super::reads::Kind, id: &str) -> Vec<MessageUse> {
        use super::reads::Kind as K;
        let found = match kind {
            K::Role => self.roles.get(id).map(Any::Role),
            K::Forum => self.forums.get(id).map(Any::Forum),
            K::System => self.systems.get(id).map(Any::System),
            K::Risk => self
                .relations
                .risk_at
                .get(id)
                .and_then(|&i| self.risks.get(i))
                .map(Any::Risk),
            _ => self
                .every_entity()
                .find(|(k, e)| *k == kind && e.id() == id)
                .map(|(_, e)| e),
        };
        found.map(Any::uses).unwrap_or_default()
    }
}

/// One entity's message uses, with its kind and id.
#[derive(Debug, Clone)]
pub struct EntityUses {
    /// The entity's kind.
    pub kind: super::reads::Kind,
    /// Its id.
    pub id: String,
    /// The messages it asks for, in the order of its fields.
    pub uses: Vec<MessageUse>,
}
