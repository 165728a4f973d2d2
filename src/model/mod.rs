//! Stage 2, model: the validated, cross-linked, language-neutral governance graph.
//!
//! [`Governance::build`] takes the raw content of the load stage and either returns the whole
//! graph or every problem found in it (unknown and duplicate ids, references of the wrong kind,
//! malformed values), each pointing at the file, line and column. The model does no I/O and
//! knows nothing of languages or templates; relations that the content states once (a forum's
//! chair) are indexed here in both directions (the roles a forum is chaired by, and the forums
//! a role chairs), so nothing is typed twice.

mod forum;
mod ids;
pub mod messages;
mod overview;
pub mod reads;
mod resolve;
mod role;
mod summary;
mod system;

pub use forum::*;
pub use ids::*;
pub use overview::*;
pub use role::*;
pub use summary::*;
pub use system::*;

use crate::load::Origin;
use indexmap::IndexMap;
use reads::{Facet, Kind};
use std::collections::HashMap;

/// The whole governance model of a site. Its collections are private: every read goes through
/// an accessor that records it for the watch engine ([`reads`]).
#[derive(Debug, Clone, Default)]
pub struct Governance {
    /// Roles, in group order.
    roles: IndexMap<RoleId, Role>,
    /// Role groups, in file order.
    role_groups: Vec<RoleGroup>,
    /// Forums, in group order.
    forums: IndexMap<ForumId, Forum>,
    /// Forum groups.
    forum_groups: Vec<ForumGroup>,
    /// The risk register.
    risks: Vec<Risk>,
    /// The municipality's systems, in file order.
    systems: IndexMap<SystemId, System>,
    /// System categories (enterprise system, specialist system, …).
    system_categories: IndexMap<CategoryId, Concept>,
    /// The strategy chain, top down.
    strategy_levels: Vec<Concept>,
    /// Capacities and their capabilities.
    capacities: Vec<Concept>,
    /// The foundations of ICT use.
    foundations: Vec<Concept>,
    /// Sides of the orderer-supplier-SLA model and their responsibilities.
    supply_sides: Vec<Concept>,
    /// The ICT functions.
    functions: Vec<Concept>,
    /// Prose pages.
    pages: Vec<Page>,
    relations: Relations,
    /// The ids the model was resolved against, for [`Governance::update`].
    registry: std::sync::Arc<resolve::Registry>,
}

#[derive(Debug, Clone, Default)]
struct Relations {
    chairs: HashMap<RoleId, Vec<ForumId>>,
    attends: HashMap<RoleId, Vec<ForumId>>,
    convenes: HashMap<RoleId, Vec<ForumId>>,
    holds: HashMap<RoleId, Vec<RoleId>>,
    escalated_to: HashMap<ForumId, Vec<RoleId>>,
    role_risks: HashMap<RoleId, Vec<usize>>,
    forum_risks: HashMap<ForumId, Vec<usize>>,
    system_risks: HashMap<SystemId, Vec<usize>>,
    role_systems: HashMap<RoleId, Vec<(SystemTie, SystemId)>>,
    forum_systems: HashMap<ForumId, Vec<(SystemTie, SystemId)>>,
    /// Risk id → its index in the register (the first, should an id repeat).
    risk_at: HashMap<String, usize>,
}

/// A question the source leaves open, for `govdoc check` and the open-questions page.
#[derive(Debug, Clone)]
pub struct OpenQuestion {
    /// What is open, in words for the terminal.
    pub what: String,
    /// The entity kind (`forum`) and id.
    pub kind: &'static str,
    /// The entity id.
    pub id: String,
    /// The field that is open.
    pub field: &'static str,
    /// Where it was written.
    pub origin: Origin,
}

impl Governance {
    /// Roles, in group order.
    pub fn roles(&self) -> impl Iterator<Item = &Role> {
        reads::list(Kind::Role);
        self.roles
            .values()
            .inspect(|r| reads::entity(Kind::Role, r.id.as_str()))
    }

    /// A role by id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        reads::entity(Kind::Role, id);
        self.roles.get(id)
    }

    /// What the role tables show of each role, in group order.
    pub fn role_summaries(&self) -> impl Iterator<Item = RoleSummary<'_>> {
        reads::list(Kind::Role);
        self.roles.values().map(|r| {
            reads::row(Kind::Role, r.id.as_str());
            RoleSummary::of(r)
        })
    }

    /// What the role tables show of one role.
    pub fn role_summary(&self, id: &str) -> Option<RoleSummary<'_>> {
        reads::row(Kind::Role, id);
        self.roles.get(id).map(RoleSummary::of)
    }

    /// Role groups, in file order.
    pub fn role_groups(&self) -> impl Iterator<Item = &RoleGroup> {
        reads::list(Kind::RoleGroup);
        self.role_groups
            .iter()
            .inspect(|g| reads::entity(Kind::RoleGroup, &g.id))
    }

    /// The role group a role's `group` points at.
    pub fn role_group_at(&self, index: usize) -> Option<&RoleGroup> {
        let g = self.role_groups.get(index);
        if let Some(g) = g {
            reads::entity(Kind::RoleGroup, &g.id);
        }
        g
    }

    /// Forums, in group order.
    pub fn forums(&self) -> impl Iterator<Item = &Forum> {
        reads::list(Kind::Forum);
        self.forums
            .values()
            .inspect(|f| reads::entity(Kind::Forum, f.id.as_str()))
    }

    /// A forum by id.
    pub fn forum(&self, id: &str) -> Option<&Forum> {
        reads::entity(Kind::Forum, id);
        self.forums.get(id)
    }

    /// What the forum tables show of each forum, in group order.
    pub fn forum_summaries(&self) -> impl Iterator<Item = ForumSummary<'_>> {
        reads::list(Kind::Forum);
        self.forums.values().map(|f| {
            reads::row(Kind::Forum, f.id.as_str());
            ForumSummary::of(f)
        })
    }

    /// What the forum tables show of one forum.
    pub fn forum_summary(&self, id: &str) -> Option<ForumSummary<'_>> {
        reads::row(Kind::Forum, id);
        self.forums.get(id).map(ForumSummary::of)
    }

    /// Forum groups, in file order.
    pub fn forum_groups(&self) -> impl Iterator<Item = &ForumGroup> {
        reads::list(Kind::ForumGroup);
        self.forum_groups
            .iter()
            .inspect(|g| reads::entity(Kind::ForumGroup, &g.id))
    }

    /// The forum group a forum's `group` points at.
    pub fn forum_group_at(&self, index: usize) -> Option<&ForumGroup> {
        let g = self.forum_groups.get(index);
        if let Some(g) = g {
            reads::entity(Kind::ForumGroup, &g.id);
        }
        g
    }

    /// The risk register, in file order.
    pub fn risks(&self) -> impl Iterator<Item = &Risk> {
        reads::list(Kind::Risk);
        self.risks
            .iter()
            .inspect(|r| reads::entity(Kind::Risk, r.id.as_str()))
    }

    /// A risk by id.
    pub fn risk(&self, id: &str) -> Option<&Risk> {
        reads::entity(Kind::Risk, id);
        self.relations.risk_at.get(id).map(|&i| &self.risks[i])
    }

    /// The ids of every risk, in file order (a membership read).
    pub fn risk_ids(&self) -> impl Iterator<Item = &str> {
        reads::list(Kind::Risk);
        self.risks.iter().map(|r| r.id.as_str())
    }

    /// The municipality's systems, in file order.
    pub fn systems(&self) -> impl Iterator<Item = &System> {
        reads::list(Kind::System);
        self.systems
            .values()
            .inspect(|s| reads::entity(Kind::System, s.id.as_str()))
    }

    /// A system by id.
    pub fn system(&self, id: &str) -> Option<&System> {
        reads::entity(Kind::System, id);
        self.systems.get(id)
    }

    /// The ids of every system, in file order (a membership read).
    pub fn system_ids(&self) -> impl Iterator<Item = &SystemId> {
        reads::list(Kind::System);
        self.systems.keys()
    }

    /// Whether the site has any system (a membership read).
    pub fn has_systems(&self) -> bool {
        reads::list(Kind::System);
        !self.systems.is_empty()
    }

    /// The systems a role owns, coordinates, runs or supplies, with how (derived).
    pub fn systems_for_role(&self, role: &RoleId) -> &[(SystemTie, SystemId)] {
        reads::facet(Kind::Role, role.as_str(), Facet::Ties);
        self.relations
            .role_systems
            .get(role)
            .map_or(&[], Vec::as_slice)
    }

    /// The systems a forum governs as their change or user forum, with how (derived).
    pub fn systems_for_forum(&self, forum: &ForumId) -> &[(SystemTie, SystemId)] {
        reads::facet(Kind::Forum, forum.as_str(), Facet::Ties);
        self.relations
            .forum_systems
            .get(forum)
            .map_or(&[], Vec::as_slice)
    }

    /// Risks that concern this system.
    pub fn risks_for_system(&self, system: &SystemId) -> impl Iterator<Item = &Risk> {
        reads::facet(Kind::System, system.as_str(), Facet::Ties);
        self.relations
            .system_risks
            .get(system)
            .into_iter()
            .flatten()
            .map(|&i| &self.risks[i])
            .inspect(|r| reads::entity(Kind::Risk, r.id.as_str()))
    }

    /// System categories.
    pub fn system_categories(&self) -> impl Iterator<Item = &Concept> {
        reads::list(Kind::SystemCategory);
        self.system_categories
            .values()
            .inspect(|c| reads::entity(Kind::SystemCategory, &c.id))
    }

    /// The parts of the model overview of one kind, in file order.
    pub fn concepts(&self, kind: ConceptKind) -> impl Iterator<Item = &Concept> {
        let (k, list) = match kind {
            ConceptKind::StrategyLevel => (Kind::StrategyLevel, &self.strategy_levels),
            ConceptKind::Capacity => (Kind::Capacity, &self.capacities),
            ConceptKind::Foundation => (Kind::Foundation, &self.foundations),
            ConceptKind::SupplySide => (Kind::SupplySide, &self.supply_sides),
            ConceptKind::Function => (Kind::Function, &self.functions),
        };
        reads::list(k);
        list.iter().inspect(move |c| reads::entity(k, &c.id))
    }

    /// Prose pages, in file order.
    pub fn pages(&self) -> impl Iterator<Item = &Page> {
        reads::list(Kind::Page);
        self.pages
            .iter()
            .inspect(|p| reads::entity(Kind::Page, &p.id))
    }

    /// A role's escalation paths (`None`: no such role), without the rest of the role.
    pub fn escalation_of(&self, role: &RoleId) -> Option<&[Escalation]> {
        reads::facet(Kind::Role, role.as_str(), Facet::Escalation);
        self.roles.get(role).map(|r| r.escalation.as_slice())
    }

    /// Every forum's seats (chair, who decides, participants), in group order.
    pub fn forum_seats(&self) -> impl Iterator<Item = ForumSeats<'_>> {
        reads::list(Kind::Forum);
        self.forums.values().map(|f| {
            reads::facet(Kind::Forum, f.id.as_str(), Facet::Seats);
            ForumSeats::of(f)
        })
    }

    /// One forum's seats (chair, who decides, participants), for pages that show only those.
    pub fn forum_seats_of(&self, id: &str) -> Option<ForumSeats<'_>> {
        reads::facet(Kind::Forum, id, Facet::Seats);
        self.forums.get(id).map(ForumSeats::of)
    }

    /// Forums this role chairs.
    pub fn forums_chaired_by(&self, role: &RoleId) -> &[ForumId] {
        reads::facet(Kind::Role, role.as_str(), Facet::Ties);
        self.relations.chairs.get(role).map_or(&[], Vec::as_slice)
    }

    /// Forums this role takes part in.
    pub fn forums_attended_by(&self, role: &RoleId) -> &[ForumId] {
        reads::facet(Kind::Role, role.as_str(), Facet::Ties);
        self.relations.attends.get(role).map_or(&[], Vec::as_slice)
    }

    /// Forums whose meetings this role calls.
    pub fn forums_convened_by(&self, role: &RoleId) -> &[ForumId] {
        reads::facet(Kind::Role, role.as_str(), Facet::Ties);
        self.relations.convenes.get(role).map_or(&[], Vec::as_slice)
    }

    /// Roles that name this role in `held-by`.
    pub fn roles_held_by(&self, role: &RoleId) -> &[RoleId] {
        reads::facet(Kind::Role, role.as_str(), Facet::Ties);
        self.relations.holds.get(role).map_or(&[], Vec::as_slice)
    }

    /// Roles that escalate to this forum.
    pub fn roles_escalating_to(&self, forum: &ForumId) -> &[RoleId] {
        reads::facet(Kind::Forum, forum.as_str(), Facet::Ties);
        self.relations
            .escalated_to
            .get(forum)
            .map_or(&[], Vec::as_slice)
    }

    /// Risks that concern this role.
    pub fn risks_for_role(&self, role: &RoleId) -> impl Iterator<Item = &Risk> {
        reads::facet(Kind::Role, role.as_str(), Facet::Ties);
        self.relations
            .role_risks
            .get(role)
            .into_iter()
            .flatten()
            .map(|&i| &self.risks[i])
            .inspect(|r| reads::entity(Kind::Risk, r.id.as_str()))
    }

    /// Risks that concern this forum.
    pub fn risks_for_forum(&self, forum: &ForumId) -> impl Iterator<Item = &Risk> {
        reads::facet(Kind::Forum, forum.as_str(), Facet::Ties);
        self.relations
            .forum_risks
            .get(forum)
            .into_iter()
            .flatten()
            .map(|&i| &self.risks[i])
            .inspect(|r| reads::entity(Kind::Risk, r.id.as_str()))
    }

    /// The ids of every role, in group order (a membership read: what a sitemap needs).
    pub fn role_ids(&self) -> impl Iterator<Item = &RoleId> {
        reads::list(Kind::Role);
        self.roles.keys()
    }

    /// The ids of every forum, in group order.
    pub fn forum_ids(&self) -> impl Iterator<Item = &ForumId> {
        reads::list(Kind::Forum);
        self.forums.keys()
    }

    /// The ids of every prose page, in file order.
    pub fn page_ids(&self) -> impl Iterator<Item = &str> {
        reads::list(Kind::Page);
        self.pages.iter().map(|p| p.id.as_str())
    }

    /// Whether a role with this id exists (a membership read, narrower than [`Self::role`]).
    pub fn has_role(&self, id: &str) -> bool {
        reads::list(Kind::Role);
        self.roles.contains_key(id)
    }

    /// Whether a forum with this id exists.
    pub fn has_forum(&self, id: &str) -> bool {
        reads::list(Kind::Forum);
        self.forums.contains_key(id)
    }

    /// Every value the content marks as not yet decided.
    pub fn open_questions(&self) -> Vec<OpenQuestion> {
        reads::open_questions();
        self.open_questions_unrecorded()
    }

    fn open_questions_unrecorded(&self) -> Vec<OpenQuestion> {
        let mut out = Vec::new();
        for f in self.forums.values() {
            if f.authority == Decidable::Undecided {
                out.push(OpenQuestion {
                    what: format!("the decision authority of forum `{}` is not decided", f.id),
                    kind: "forum",
                    id: f.id.0.clone(),
                    field: "decision-authority",
                    origin: f.origin.clone(),
                });
            }
            if f.chair == Decidable::Undecided {
                out.push(OpenQuestion {
                    what: format!("the chair of forum `{}` is not decided", f.id),
                    kind: "forum",
                    id: f.id.0.clone(),
                    field: "chair",
                    origin: f.origin.clone(),
                });
            }
        }
        for r in &self.risks {
            out.extend(r.open_fields().into_iter().map(|field| OpenQuestion {
                what: format!("the {field} of risk `{}` is not decided", r.id),
                kind: "risk",
                id: r.id.0.clone(),
                field,
                origin: r.origin.clone(),
            }));
        }
        for s in self.systems.values() {
            out.extend(s.open_fields().into_iter().map(|field| OpenQuestion {
                what: format!(
                    "the {} of system `{}` is not decided",
                    field.replace('-', " "),
                    s.id
                ),
                kind: "system",
                id: s.id.0.clone(),
                field,
                origin: s.origin.clone(),
            }));
        }
        out
    }

    fn any_origin(&self) -> Option<&Origin> {
        self.roles
            .values()
            .map(|r| &r.origin)
            .chain(self.forums.values().map(|f| &f.origin))
            .chain(self.risks.iter().map(|r| &r.origin))
            .chain(self.pages.iter().map(|p| &p.origin))
            .chain(self.systems.values().map(|s| &s.origin))
            .chain(self.system_categories.values().map(|c| &c.origin))
            .chain(
                self.strategy_levels
                    .iter()
                    .chain(&self.capacities)
                    .chain(&self.foundations)
                    .map(|c| &c.origin),
            )
            .chain(
                self.supply_sides
                    .iter()
                    .chain(&self.functions)
                    .map(|c| &c.origin),
            )
            .chain(self.role_groups.iter().map(|g| &g.origin))
            .chain(self.forum_groups.iter().map(|g| &g.origin))
            .next()
    }
}
