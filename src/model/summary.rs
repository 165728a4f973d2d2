//! What list pages show of a role or forum: a row, narrower than the entity, so that editing a
//! role's responsibilities does not re-render the role tables at 10,000 rows.
//!
//! A view that needs more than a summary must read the entity itself, which records the
//! wider dependency: the narrow type is what keeps the record honest.

use super::{Cadence, Chair, Decidable, DecisionAuthority, Forum, ForumId, HeldBy, Role, RoleId};

/// A role as the role tables show it.
#[derive(Debug, Clone, Copy, Hash)]
pub struct RoleSummary<'a> {
    /// Id.
    pub id: &'a RoleId,
    /// Who holds it.
    pub held_by: Option<&'a HeldBy>,
    /// Whether it belongs to a group (ungrouped roles get a table of their own).
    pub grouped: bool,
}

impl<'a> RoleSummary<'a> {
    /// The summary of a role.
    pub fn of(r: &'a Role) -> Self {
        RoleSummary {
            id: &r.id,
            held_by: r.held_by.as_ref(),
            grouped: r.group.is_some(),
        }
    }
}

/// A forum as the forum tables show it.
#[derive(Debug, Clone, Copy, Hash)]
pub struct ForumSummary<'a> {
    /// Id.
    pub id: &'a ForumId,
    /// Decision authority.
    pub authority: &'a Decidable<DecisionAuthority>,
    /// When it meets.
    pub cadence: &'a Cadence,
    /// Who leads it.
    pub chair: &'a Decidable<Chair>,
    /// Whether it belongs to a group.
    pub grouped: bool,
}

impl<'a> ForumSummary<'a> {
    /// The summary of a forum.
    pub fn of(f: &'a Forum) -> Self {
        ForumSummary {
            id: &f.id,
            authority: &f.authority,
            cadence: &f.cadence,
            chair: &f.chair,
            grouped: f.group.is_some(),
        }
    }
}

/// Who sits where in a forum, as the responsibility matrix shows it.
#[derive(Debug, Clone, Copy)]
pub struct ForumSeats<'a> {
    /// Id.
    pub id: &'a ForumId,
    /// Who leads it.
    pub chair: &'a Decidable<Chair>,
    /// Decision authority.
    pub authority: &'a Decidable<DecisionAuthority>,
    /// Participating roles.
    pub participants: &'a [RoleId],
}

impl<'a> ForumSeats<'a> {
    /// The seats of a forum.
    pub fn of(f: &'a Forum) -> Self {
        ForumSeats {
            id: &f.id,
            chair: &f.chair,
            authority: &f.authority,
            participants: &f.participants,
        }
    }
}
