//! Systems: the municipality's systems, their category, who owns, coordinates, runs and
//! supplies each, and the forums that govern it.

use super::forum::Decidable;
use super::ids::{CategoryId, ForumId, RoleId, SystemId};
use crate::load::Origin;

/// One of the municipality's systems.
#[derive(Debug, Clone, Hash)]
pub struct System {
    /// Its id; its name is the message `system-<id>-name`.
    pub id: SystemId,
    /// Its system category.
    pub category: CategoryId,
    /// The system owner's role (`None`: not stated).
    pub owner: Option<Decidable<RoleId>>,
    /// The system coordinator's role.
    pub coordinator: Option<Decidable<RoleId>>,
    /// Who runs it.
    pub operations_provider: Option<Decidable<Party>>,
    /// Who supplies it.
    pub supplier: Option<Decidable<Party>>,
    /// The reference of its service level agreement.
    pub sla: Option<Decidable<String>>,
    /// The change forum governing it.
    pub change_forum: Option<Decidable<ForumId>>,
    /// The user forum governing it.
    pub user_forum: Option<Decidable<ForumId>>,
    /// Where it was written.
    pub origin: Origin,
}

/// A party that runs or supplies a system: a role, or words of its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Party {
    /// A role of the model.
    Role(RoleId),
    /// Described by a message (`system-<id>-operations-provider`, `system-<id>-supplier`).
    Described,
}

/// How a role or forum takes part in a system's governance, as its card lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SystemTie {
    /// The role owns the system.
    Owns,
    /// The role coordinates it.
    Coordinates,
    /// The role runs it.
    Operates,
    /// The role supplies it.
    Supplies,
    /// The forum is its change forum.
    ChangeForum,
    /// The forum is its user forum.
    UserForum,
}

impl System {
    /// The roles named by the system, with how each takes part.
    pub fn role_ties(&self) -> Vec<(SystemTie, &RoleId)> {
        let mut out = Vec::new();
        out.extend(settled(&self.owner).map(|r| (SystemTie::Owns, r)));
        out.extend(settled(&self.coordinator).map(|r| (SystemTie::Coordinates, r)));
        out.extend(party_role(&self.operations_provider).map(|r| (SystemTie::Operates, r)));
        out.extend(party_role(&self.supplier).map(|r| (SystemTie::Supplies, r)));
        out
    }

    /// The forums named by the system, with how each governs it.
    pub fn forum_ties(&self) -> Vec<(SystemTie, &ForumId)> {
        let mut out = Vec::new();
        out.extend(settled(&self.change_forum).map(|f| (SystemTie::ChangeForum, f)));
        out.extend(settled(&self.user_forum).map(|f| (SystemTie::UserForum, f)));
        out
    }

    /// The fields the content marks `undecided`, by their YAML names.
    pub fn open_fields(&self) -> Vec<&'static str> {
        [
            (open(&self.owner), "owner"),
            (open(&self.coordinator), "coordinator"),
            (open(&self.operations_provider), "operations-provider"),
            (open(&self.supplier), "supplier"),
            (open(&self.sla), "sla"),
            (open(&self.change_forum), "change-forum"),
            (open(&self.user_forum), "user-forum"),
        ]
        .into_iter()
        .filter_map(|(o, f)| o.then_some(f))
        .collect()
    }
}

/// The settled value of an optional field.
fn settled<T>(d: &Option<Decidable<T>>) -> Option<&T> {
    d.as_ref().and_then(Decidable::decided)
}

/// The role of a settled party that is a role.
fn party_role(d: &Option<Decidable<Party>>) -> Option<&RoleId> {
    match settled(d) {
        Some(Party::Role(r)) => Some(r),
        _ => None,
    }
}

/// Whether an optional field is marked `undecided`.
fn open<T>(d: &Option<Decidable<T>>) -> bool {
    matches!(d, Some(Decidable::Undecided))
}
