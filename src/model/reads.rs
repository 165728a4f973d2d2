//! What a page reads from the model, recorded while it renders, and a fingerprint of each read,
//! so that after an edit the watch engine re-renders exactly the pages whose reads changed.
//!
//! The model's collections are private: every read goes through an accessor of
//! [`Governance`] that notes a [`ModelRead`] here. So the record of a page is complete by
//! construction, and a view or content kind added later is tracked without code in the
//! engine. [`fingerprint`] hashes what each accessor can return; it is the only code that must
//! know the shape of a read, and its exhaustive matches point at it when a kind is added.
//!
//! Like Typst's comemo, a dependency is "this question, and a hash of its answer"; unlike it,
//! the engine keeps a reverse index from each question to the pages that asked it (push, not
//! pull), so an edit costs one fingerprint per distinct question, not one check per page.
//! Positions (`Origin`) hash to nothing: moving an entity down a file changes no page.

use super::messages::Any;
use super::Governance;
use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// The kinds of the model, as recorded reads name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Roles.
    Role,
    /// Groups of roles.
    RoleGroup,
    /// Forums.
    Forum,
    /// Groups of forums.
    ForumGroup,
    /// Risks.
    Risk,
    /// Systems.
    System,
    /// System categories.
    SystemCategory,
    /// Strategy levels.
    StrategyLevel,
    /// Capacities.
    Capacity,
    /// Foundations.
    Foundation,
    /// Supply sides.
    SupplySide,
    /// ICT functions.
    Function,
    /// Prose pages.
    Page,
}

/// One thing a page read from the model.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModelRead {
    /// One entity by id (or its absence): all its fields and every relation derived for it.
    Entity(Kind, String),
    /// The summary row of an entity that list pages show (fewer fields than [`Self::Entity`]).
    Row(Kind, String),
    /// One part of an entity, narrower than [`Self::Entity`], read by pages that show only it.
    Facet(Kind, String, Facet),
    /// Which entities of a kind exist, in order.
    List(Kind),
    /// The open questions of the model (which entity, which field).
    OpenQuestions,
}

/// A part of an entity that pages other than its own read (a view that needs more reads the
/// entity): so that reordering a role's responsibilities re-renders no list, matrix or map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// The relations derived for it (forums a role chairs, risks and systems tied to it, …).
    Ties,
    /// A role's escalation paths.
    Escalation,
    /// A forum's seats: its chair, who decides, its participants.
    Seats,
    /// The message ids it asks for (which messages exist: the export's texts).
    Messages,
}

/// What [`Governance::update`] changed, so that only reads it can reach are fingerprinted.
#[derive(Debug, Clone, Default)]
pub struct ModelDelta {
    /// Entities whose resolved value differs (positions aside), by kind.
    changed: HashMap<Kind, HashSet<String>>,
    /// Every entity resolved again, changed or not (its positions may have moved), in order.
    pub touched: Vec<(Kind, String)>,
    /// The relations were indexed again: any entity's ties may differ.
    pub ties: bool,
}

impl ModelDelta {
    /// Notes an entity resolved again, and whether its value changed.
    pub(super) fn note(&mut self, kind: Kind, id: &str, changed: bool) {
        self.touched.push((kind, id.to_string()));
        if changed {
            self.changed.entry(kind).or_default().insert(id.to_string());
        }
    }

    /// Adds a later update's changes to this one.
    pub fn merge(&mut self, later: ModelDelta) {
        for (kind, ids) in later.changed {
            self.changed.entry(kind).or_default().extend(ids);
        }
        self.touched.extend(later.touched);
        self.ties |= later.ties;
    }

    /// Whether `read` may answer differently after the update: each kind's ids and order are
    /// the same, so only reads of changed entities (and, after new relations, anything) may.
    pub fn may_change(&self, read: &ModelRead) -> bool {
        if self.ties {
            return true;
        }
        match read {
            ModelRead::Entity(kind, id)
            | ModelRead::Row(kind, id)
            | ModelRead::Facet(kind, id, _) => self
                .changed
                .get(kind)
                .is_some_and(|s| s.contains(id.as_str())),
            ModelRead::List(_) => false,
            ModelRead::OpenQuestions => !self.changed.is_empty(),
        }
    }
}

thread_local! {
    static RECORDER: RefCell<Option<Vec<ModelRead>>> = const { RefCell::new(None) };
}

/// Whether a recorder is listening on this thread (noting costs nothing otherwise).
pub(super) fn recording() -> bool {
    RECORDER.with(|r| r.borrow().is_some())
}

/// Notes a read of the running job.
pub(super) fn note(read: impl FnOnce() -> ModelRead) {
    RECORDER.with(|r| {
        if let Some(v) = r.borrow_mut().as_mut() {
            v.push(read());
        }
    });
}

/// Notes a read of an entity.
pub(super) fn entity(kind: Kind, id: &str) {
    if recording() {
        note(|| ModelRead::Entity(kind, id.to_string()));
    }
}

/// Notes a read of an entity's row.
pub(super) fn row(kind: Kind, id: &str) {
    if recording() {
        note(|| ModelRead::Row(kind, id.to_string()));
    }
}

/// Notes a read of one part of an entity.
pub(super) fn facet(kind: Kind, id: &str, facet: Facet) {
    if recording() {
        note(|| ModelRead::Facet(kind, id.to_string(), facet));
    }
}

/// Notes a read of the open questions.
pub(super) fn open_questions() {
    if recording() {
        note(|| ModelRead::OpenQuestions);
    }
}

/// Notes a read of a kind's membership.
pub(super) fn list(kind: Kind) {
    if recording() {
        note(|| ModelRead::List(kind));
    }
}

/// Runs `f` and returns the model reads it made, sorted and without repeats.
pub fn record<R>(f: impl FnOnce() -> R) -> (R, Vec<ModelRead>) {
    // An outer recorder is saved and restored: a work-stealing thread may run another job
    // inside this one, and the two pages' reads must not mix.
    let outer = RECORDER.with(|r| r.replace(Some(Vec::new())));
    let out = f();
    let mut reads = RECORDER.with(|r| r.replace(outer)).unwrap_or_default();
    reads.sort_unstable();
    reads.dedup();
    (out, reads)
}

fn hash_of(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// Answers fingerprint questions over one model, with the by-id indexes built once.
pub struct Fingerprints<'a> {
    model: &'a Governance,
    by_id: HashMap<(Kind, &'a str), usize>,
}

impl<'a> Fingerprints<'a> {
    /// Indexes the model's vector-held kinds by id.
    pub fn new(model: &'a Governance) -> Self {
        let mut by_id = HashMap::new();
        let m = model;
        let vecs: [(Kind, Vec<&'a str>); 9] = [
            (
                Kind::RoleGroup,
                m.role_groups.iter().map(|g| g.id.as_str()).collect(),
            ),
            (
                Kind::ForumGroup,
                m.forum_groups.iter().map(|g| g.id.as_str()).collect(),
            ),
            (Kind::Risk, m.risks.iter().map(|r| r.id.as_str()).collect()),
            (
                Kind::StrategyLevel,
                m.strategy_levels.iter().map(|c| c.id.as_str()).collect(),
            ),
            (
                Kind::Capacity,
                m.capacities.iter().map(|c| c.id.as_str()).collect(),
            ),
            (
                Kind::Foundation,
                m.foundations.iter().map(|c| c.id.as_str()).collect(),
            ),
            (
                Kind::SupplySide,
                m.supply_sides.iter().map(|c| c.id.as_str()).collect(),
            ),
            (
                Kind::Function,
                m.functions.iter().map(|c| c.id.as_str()).collect(),
            ),
            (Kind::Page, m.pages.iter().map(|p| p.id.as_str()).collect()),
        ];
        for (kind, ids) in vecs {
            for (i, id) in ids.into_iter().enumerate() {
                by_id.entry((kind, id)).or_insert(i);
            }
        }
        Fingerprints { model, by_id }
    }

    fn index(&self, kind: Kind, id: &str) -> Option<usize> {
        self.by_id.get(&(kind, id)).copied()
    }

    /// A hash of everything the accessor behind `read` can return.
    pub fn of(&self, read: &ModelRead) -> u64 {
        let m = self.model;
        match read {
            ModelRead::Entity(kind, id) => self.entity(*kind, id),
            ModelRead::Row(kind, id) => match kind {
                Kind::Role => hash_of(m.roles.get(id.as_str()).map(super::RoleSummary::of)),
                Kind::Forum => hash_of(m.forums.get(id.as_str()).map(super::ForumSummary::of)),
                other => self.entity(*other, id),
            },
            ModelRead::Facet(kind, id, facet) => self.facet(*kind, id, *facet),
            ModelRead::List(kind) => self.list(*kind),
            ModelRead::OpenQuestions => hash_of(
                m.open_questions_unrecorded()
                    .iter()
                    .map(|q| (q.kind, &q.id, q.field))
                    .collect::<Vec<_>>(),
            ),
        }
    }

    fn facet(&self, kind: Kind, id: &str, facet: Facet) -> u64 {
        let m = self.model;
        match (kind, facet) {
            (_, Facet::Ties) => self.ties(kind, id),
            (_, Facet::Messages) => super::messages::ids_of(self.any(kind, id)),
            (Kind::Role, Facet::Escalation) => hash_of(m.roles.get(id).map(|r| &r.escalation)),
            (Kind::Forum, Facet::Seats) => hash_of(
                m.forums
                    .get(id)
                    .map(|f| (&f.chair, &f.authority, &f.participants)),
            ),
            _ => self.entity(kind, id),
        }
    }

    /// One entity of any kind by id.
    fn any(&self, kind: Kind, id: &str) -> Option<Any<'a>> {
        let m = self.model;
        let at = self.index(kind, id);
        let concept = |list: &'a [super::Concept]| {
            let (name, items) = super::messages::concept_words(kind);
            at.map(|i| Any::Concept(&list[i], name, items))
        };
        match kind {
            Kind::Role => m.roles.get(id).map(Any::Role),
            Kind::RoleGroup => at.map(|i| Any::RoleGroup(&m.role_groups[i])),
            Kind::Forum => m.forums.get(id).map(Any::Forum),
            Kind::ForumGroup => at.map(|i| Any::ForumGroup(&m.forum_groups[i])),
            Kind::Risk => at.map(|i| Any::Risk(&m.risks[i])),
            Kind::System => m.systems.get(id).map(Any::System),
            Kind::SystemCategory => m.system_categories.get(id).map(Any::Category),
            Kind::StrategyLevel => concept(&m.strategy_levels),
            Kind::Capacity => concept(&m.capacities),
            Kind::Foundation => concept(&m.foundations),
            Kind::SupplySide => concept(&m.supply_sides),
            Kind::Function => concept(&m.functions),
            Kind::Page => at.map(|i| Any::Page(&m.pages[i])),
        }
    }

    /// The relations derived for an entity (what [`Facet::Ties`] covers).
    fn ties(&self, kind: Kind, id: &str) -> u64 {
        let m = self.model;
        let rel = &m.relations;
        let risks = |of: Option<&Vec<usize>>| -> Vec<&str> {
            of.into_iter()
                .flatten()
                .map(|&i| m.risks[i].id.as_str())
                .collect()
        };
        match kind {
            Kind::Role => hash_of((
                rel.chairs.get(id),
                rel.attends.get(id),
                rel.convenes.get(id),
                rel.holds.get(id),
                risks(rel.role_risks.get(id)),
                rel.role_systems.get(id),
            )),
            Kind::Forum => hash_of((
                rel.escalated_to.get(id),
                risks(rel.forum_risks.get(id)),
                rel.forum_systems.get(id),
            )),
            Kind::System => hash_of(risks(rel.system_risks.get(id))),
            _ => self.entity(kind, id),
        }
    }

    fn entity(&self, kind: Kind, id: &str) -> u64 {
        let m = self.model;
        let at = |k| self.index(k, id);
        match kind {
            Kind::Role => hash_of((m.roles.get(id), self.ties(kind, id))),
            Kind::Forum => hash_of((m.forums.get(id), self.ties(kind, id))),
            Kind::System => hash_of((m.systems.get(id), self.ties(kind, id))),
            Kind::SystemCategory => hash_of(m.system_categories.get(id)),
            Kind::RoleGroup => hash_of(at(kind).map(|i| &m.role_groups[i])),
            Kind::ForumGroup => hash_of(at(kind).map(|i| &m.forum_groups[i])),
            Kind::Risk => hash_of(at(kind).map(|i| &m.risks[i])),
            Kind::StrategyLevel => hash_of(at(kind).map(|i| &m.strategy_levels[i])),
            Kind::Capacity => hash_of(at(kind).map(|i| &m.capacities[i])),
            Kind::Foundation => hash_of(at(kind).map(|i| &m.foundations[i])),
            Kind::SupplySide => hash_of(at(kind).map(|i| &m.supply_sides[i])),
            Kind::Function => hash_of(at(kind).map(|i| &m.functions[i])),
            Kind::Page => hash_of(at(kind).map(|i| &m.pages[i])),
        }
    }

    fn list(&self, kind: Kind) -> u64 {
        let m = self.model;
        let ids = |it: &mut dyn Iterator<Item = &str>| {
            let mut h = DefaultHasher::new();
            for id in it {
                id.hash(&mut h);
            }
            h.finish()
        };
        match kind {
            Kind::Role => ids(&mut m.roles.keys().map(|k| k.as_str())),
            Kind::Forum => ids(&mut m.forums.keys().map(|k| k.as_str())),
            Kind::System => ids(&mut m.systems.keys().map(|k| k.as_str())),
            Kind::SystemCategory => ids(&mut m.system_categories.keys().map(|k| k.as_str())),
            Kind::RoleGroup => ids(&mut m.role_groups.iter().map(|g| g.id.as_str())),
            Kind::ForumGroup => ids(&mut m.forum_groups.iter().map(|g| g.id.as_str())),
            Kind::Risk => ids(&mut m.risks.iter().map(|r| r.id.as_str())),
            Kind::StrategyLevel => ids(&mut m.strategy_levels.iter().map(|c| c.id.as_str())),
            Kind::Capacity => ids(&mut m.capacities.iter().map(|c| c.id.as_str())),
            Kind::Foundation => ids(&mut m.foundations.iter().map(|c| c.id.as_str())),
            Kind::SupplySide => ids(&mut m.supply_sides.iter().map(|c| c.id.as_str())),
            Kind::Function => ids(&mut m.functions.iter().map(|c| c.id.as_str())),
            Kind::Page => ids(&mut m.pages.iter().map(|p| p.id.as_str())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_inside_and_nests() {
        entity(Kind::Role, "outside");
        let ((), outer) = record(|| {
            entity(Kind::Role, "b");
            let ((), inner) = record(|| list(Kind::Forum));
            assert_eq!(inner, vec![ModelRead::List(Kind::Forum)]);
            entity(Kind::Role, "a");
            entity(Kind::Role, "a");
        });
        assert_eq!(
            outer,
            vec![
                ModelRead::Entity(Kind::Role, "a".into()),
                ModelRead::Entity(Kind::Role, "b".into())
            ]
        );
    }
}
