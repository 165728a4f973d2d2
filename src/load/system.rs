//! The raw system (`content/systems/`): one of the municipality's systems and who governs it.

use serde::Deserialize;

/// A system of the municipality (`content/systems/`).
///
/// Who owns, coordinates, runs and supplies it, and which forums govern it. Every value that
/// names a role or forum is an id; `undecided` marks an open question; words (the system's
/// name, who holds the roles by name, the supplier) live in `system-<id>-…` messages.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSystem {
    /// Stable id; the system's name is the message `system-<id>-name`.
    pub id: String,
    /// Its system category id (`enterprise-system`, …).
    pub category: String,
    /// The system owner: a role id or `undecided`.
    pub owner: Option<String>,
    /// The system coordinator: a role id or `undecided`.
    pub coordinator: Option<String>,
    /// The operations provider: a role id, `described` or `undecided`.
    pub operations_provider: Option<String>,
    /// The system supplier: `described` (message `system-<id>-supplier`) or `undecided`.
    pub supplier: Option<String>,
    /// The reference of the service level agreement (`undecided` when there is none yet).
    pub sla: Option<String>,
    /// The change forum governing it: a forum id or `undecided`.
    pub change_forum: Option<String>,
    /// The user forum governing it: a forum id or `undecided`.
    pub user_forum: Option<String>,
}
