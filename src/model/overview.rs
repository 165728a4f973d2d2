//! The parts of the model overview: risks, system categories, the strategy chain, capacities,
//! foundations, the orderer-supplier-SLA model, functions, and prose pages.

use super::forum::Decidable;
use super::ids::{ForumId, RiskId, RoleId, SystemId};
use crate::load::Origin;

/// A risk of the governance model.
#[derive(Debug, Clone, Hash)]
pub struct Risk {
    /// Its id.
    pub id: RiskId,
    /// The role that owns it.
    pub owner: Option<Decidable<RoleId>>,
    /// Likelihood on the 1-5 scale.
    pub likelihood: Option<Decidable<u8>>,
    /// Impact on the 1-5 scale.
    pub impact: Option<Decidable<u8>>,
    /// Whether the mitigation is described (message `risk-<id>-mitigation`).
    pub mitigation: Option<Decidable<()>>,
    /// Where the risk stands.
    pub status: Option<RiskStatus>,
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

/// Where a risk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RiskStatus {
    /// Identified, nothing done yet.
    Open,
    /// Mitigation under way.
    Mitigating,
    /// Accepted as it is.
    Accepted,
    /// No longer a risk.
    Closed,
}

impl RiskStatus {
    /// The status as YAML and messages name it.
    pub fn as_str(self) -> &'static str {
        match self {
            RiskStatus::Open => "open",
            RiskStatus::Mitigating => "mitigating",
            RiskStatus::Accepted => "accepted",
            RiskStatus::Closed => "closed",
        }
    }
}

impl Risk {
    /// The fields the content marks `undecided`, by their YAML names.
    pub fn open_fields(&self) -> Vec<&'static str> {
        let open = |u: bool, f: &'static str| u.then_some(f);
        [
            open(matches!(self.owner, Some(Decidable::Undecided)), "owner"),
            open(
                matches!(self.likelihood, Some(Decidable::Undecided)),
                "likelihood",
            ),
            open(matches!(self.impact, Some(Decidable::Undecided)), "impact"),
            open(
                matches!(self.mitigation, Some(Decidable::Undecided)),
                "mitigation",
            ),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
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
