//! The parts of the model overview: risks, system categories, the strategy chain, capacities,
//! foundations, the orderer-supplier-SLA model, functions, and prose pages.

use super::ids::{ForumId, RiskId, RoleId, SystemId};
use crate::load::Origin;

/// A risk of the governance model.
#[derive(Debug, Clone, Hash)]
pub struct Risk {
    /// Its id.
    pub id: RiskId,
    /// Roles it concerns.
    pub roles: Vec<RoleId>,
    /// Forums it concerns.
    pub forums: Vec<ForumId>,
    /// Systems it concerns.
    pub systems: Vec<SystemId>,
    /// Sub-point keys.
    pub points: Vec<String>,
    /// Where it was written.
    pub origin: Origin,
}

/// An entity made of an id and a list of item keys (strategy levels, capacities, supply sides),
/// or of an id alone (system categories, foundations, functions).
#[derive(Debug, Clone, Hash)]
pub struct Concept {
    /// Its id.
    pub id: String,
    /// Item keys (questions, capabilities, responsibilities).
    pub items: Vec<String>,
    /// Where it was written.
    pub origin: Origin,
}

/// A prose page.
#[derive(Debug, Clone, Hash)]
pub struct Page {
    /// Its id and slug.
    pub id: String,
    /// Whether it is in the navigation.
    pub nav: bool,
    /// Where it was written.
    pub origin: Origin,
}

/// The kinds of concept the model overview lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConceptKind {
    /// The strategy chain, top down.
    StrategyLevel,
    /// Capacities and their capabilities.
    Capacity,
    /// The foundations of ICT use.
    Foundation,
    /// Sides of the orderer-supplier-SLA model.
    SupplySide,
    /// The ICT functions.
    Function,
}
