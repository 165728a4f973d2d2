//! Roles and role groups.

use super::ids::{CategoryId, ForumId, RoleId};
use crate::load::Origin;

/// A governance role: who is responsible for what.
#[derive(Debug, Clone, Hash)]
pub struct Role {
    /// Its id, also its Fluent term (`-<id>`).
    pub id: RoleId,
    /// The group it belongs to (index into `Governance::role_groups`).
    pub group: Option<usize>,
    /// Who holds it.
    pub held_by: Option<HeldBy>,
    /// Responsibility keys.
    pub responsibilities: Vec<String>,
    /// Task keys.
    pub tasks: Vec<String>,
    /// Competency keys.
    pub competencies: Vec<String>,
    /// Critical success factor keys.
    pub success_factors: Vec<String>,
    /// Policy area keys.
    pub policy_areas: Vec<String>,
    /// Note keys.
    pub notes: Vec<String>,
    /// Escalation paths.
    pub escalation: Vec<Escalation>,
    /// Where it was written.
    pub origin: Origin,
}

/// Who holds a role.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HeldBy {
    /// Another role.
    Role(RoleId),
    /// Described in words (message `role-<id>-held-by`).
    Described,
}

/// Where a role escalates a disagreement.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Escalation {
    /// The system category this applies to; all systems when `None`.
    pub category: Option<CategoryId>,
    /// The target.
    pub to: EscalationTarget,
}

/// An escalation target.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EscalationTarget {
    /// A forum.
    Forum(ForumId),
    /// The ordinary line organisation.
    LineOrganisation,
}

/// A named group of roles, shown together.
#[derive(Debug, Clone, Hash)]
pub struct RoleGroup {
    /// Its id.
    pub id: String,
    /// Members in display order.
    pub roles: Vec<RoleId>,
    /// Where it was written.
    pub origin: Origin,
}
