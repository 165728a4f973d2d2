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
mod resolve;
mod role;

pub use forum::*;
pub use ids::*;
pub use overview::*;
pub use role::*;

use crate::load::Origin;
use indexmap::IndexMap;
use std::collections::HashMap;

/// The whole governance model of a site.
#[derive(Debug, Clone, Default)]
pub struct Governance {
    /// Roles, in group order.
    pub roles: IndexMap<RoleId, Role>,
    /// Role groups, in file order.
    pub role_groups: Vec<RoleGroup>,
    /// Forums, in group order.
    pub forums: IndexMap<ForumId, Forum>,
    /// Forum groups.
    pub forum_groups: Vec<ForumGroup>,
    /// The risk register.
    pub risks: Vec<Risk>,
    /// System categories (enterprise system, specialist system, …).
    pub system_categories: IndexMap<CategoryId, Concept>,
    /// The strategy chain, top down.
    pub strategy_levels: Vec<Concept>,
    /// Capacities and their capabilities.
    pub capacities: Vec<Concept>,
    /// The foundations of ICT use.
    pub foundations: Vec<Concept>,
    /// Sides of the orderer-supplier-SLA model and their responsibilities.
    pub supply_sides: Vec<Concept>,
    /// The ICT functions.
    pub functions: Vec<Concept>,
    /// Prose pages.
    pub pages: Vec<Page>,
    relations: Relations,
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
    /// Forums this role chairs.
    pub fn forums_chaired_by(&self, role: &RoleId) -> &[ForumId] {
        self.relations.chairs.get(role).map_or(&[], Vec::as_slice)
    }

    /// Forums this role takes part in.
    pub fn forums_attended_by(&self, role: &RoleId) -> &[ForumId] {
        self.relations.attends.get(role).map_or(&[], Vec::as_slice)
    }

    /// Forums whose meetings this role calls.
    pub fn forums_convened_by(&self, role: &RoleId) -> &[ForumId] {
        self.relations.convenes.get(role).map_or(&[], Vec::as_slice)
    }

    /// Roles that name this role in `held-by`.
    pub fn roles_held_by(&self, role: &RoleId) -> &[RoleId] {
        self.relations.holds.get(role).map_or(&[], Vec::as_slice)
    }

    /// Roles that escalate to this forum.
    pub fn roles_escalating_to(&self, forum: &ForumId) -> &[RoleId] {
        self.relations
            .escalated_to
            .get(forum)
            .map_or(&[], Vec::as_slice)
    }

    /// Risks that concern this role.
    pub fn risks_for_role(&self, role: &RoleId) -> impl Iterator<Item = &Risk> {
        self.relations
            .role_risks
            .get(role)
            .into_iter()
            .flatten()
            .map(|&i| &self.risks[i])
    }

    /// Risks that concern this forum.
    pub fn risks_for_forum(&self, forum: &ForumId) -> impl Iterator<Item = &Risk> {
        self.relations
            .forum_risks
            .get(forum)
            .into_iter()
            .flatten()
            .map(|&i| &self.risks[i])
    }

    /// Every value the content marks as not yet decided.
    pub fn open_questions(&self) -> Vec<OpenQuestion> {
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
        out
    }

    fn any_origin(&self) -> Option<&Origin> {
        self.roles
            .values()
            .map(|r| &r.origin)
            .chain(self.forums.values().map(|f| &f.origin))
            .chain(self.risks.iter().map(|r| &r.origin))
            .chain(self.pages.iter().map(|p| &p.origin))
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
