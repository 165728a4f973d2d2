//! The responsibility matrix: every role against every forum (chairs, decides in its capacity,
//! takes part, calls the meetings) and, when the site has systems, every system (owns,
//! coordinates, operates, supplies). Read only through the model's accessors.

use super::common::{Link, Words};
use crate::model::{Chair, Decidable, DecisionAuthority, SystemTie};
use serde::Serialize;

/// Above this many forum or system columns a grid stops being readable (and at 3,000 forums
/// it would be hundreds of megabytes): the page lists the relations instead, one row each.
pub const MAX_COLUMNS: usize = 40;

/// The matrix as the template shows it.
#[derive(Debug, Serialize)]
pub struct MatrixView {
    /// Whether the grid is shown (`false`: too many columns, see [`MatrixView::pairs`]).
    pub dense: bool,
    /// Every relation, one row each (role, forum or system, what), for the compact layout.
    pub pairs: Vec<MatrixPair>,
    /// Forum columns.
    pub forums: Vec<Link>,
    /// System columns (empty when the site has none).
    pub systems: Vec<Link>,
    /// One row per role.
    pub rows: Vec<MatrixRow>,
}

/// One relation of the compact layout.
#[derive(Debug, Serialize)]
pub struct MatrixPair {
    /// The role.
    pub role: Link,
    /// The forum or system.
    pub target: Link,
    /// What the role does there, in words.
    pub what: String,
}

/// One role's row: for each column, what the role does there, in words.
#[derive(Debug, Serialize)]
pub struct MatrixRow {
    /// The role.
    pub role: Link,
    /// Per forum column.
    pub forums: Vec<Vec<String>>,
    /// Per system column.
    pub systems: Vec<Vec<String>>,
}

/// Builds the matrix.
pub fn matrix(w: &Words) -> MatrixView {
    let m = w.model;
    let forums: Vec<_> = m.forums().collect();
    let systems: Vec<_> = if m.has_systems() {
        m.systems().collect()
    } else {
        Vec::new()
    };
    let rows = m
        .roles()
        .map(|r| {
            let chairs = m.forums_chaired_by(&r.id);
            let attends = m.forums_attended_by(&r.id);
            let convenes = m.forums_convened_by(&r.id);
            let ties = m.systems_for_role(&r.id);
            MatrixRow {
                role: w.role(&r.id),
                forums: forums
                    .iter()
                    .map(|f| {
                        let mut cell = Vec::new();
                        let chaired = chairs.contains(&f.id)
                            || f.chair == Decidable::Decided(Chair::Role(r.id.clone()));
                        if chaired {
                            cell.push(w.text("matrix-chairs"));
                        }
                        if let Decidable::Decided(DecisionAuthority::Decides {
                            by_virtue_of: Some(by),
                            ..
                        }) = &f.authority
                        {
                            if *by == r.id {
                                cell.push(w.text("matrix-decides"));
                            }
                        }
                        if attends.contains(&f.id) || f.participants.contains(&r.id) {
                            cell.push(w.text("matrix-takes-part"));
                        }
                        if convenes.contains(&f.id) {
                            cell.push(w.text("matrix-convenes"));
                        }
                        cell
                    })
                    .collect(),
                systems: systems
                    .iter()
                    .map(|s| {
                        ties.iter()
                            .filter(|(_, id)| *id == s.id)
                            .map(|(tie, _)| {
                                w.text(match tie {
                                    SystemTie::Owns => "matrix-owns",
                                    SystemTie::Coordinates => "matrix-coordinates",
                                    SystemTie::Operates => "matrix-operates",
                                    SystemTie::Supplies => "matrix-supplies",
                                    SystemTie::ChangeForum | SystemTie::UserForum => {
                                        "matrix-takes-part"
                                    }
                                })
                            })
                            .collect()
                    })
                    .collect(),
            }
        })
        .collect();
    let forum_links: Vec<Link> = forums.iter().map(|f| w.forum(&f.id)).collect();
    let system_links: Vec<Link> = systems.iter().map(|s| w.system(&s.id)).collect();
    let dense = forum_links.len() <= MAX_COLUMNS && system_links.len() <= MAX_COLUMNS;
    if dense {
        return MatrixView {
            dense,
            pairs: Vec::new(),
            forums: forum_links,
            systems: system_links,
            rows,
        };
    }
    let pairs = rows
        .into_iter()
        .flat_map(|row| {
            let role = row.role;
            let forum_cells = row.forums.into_iter().zip(&forum_links);
            let system_cells = row.systems.into_iter().zip(&system_links);
            forum_cells
                .chain(system_cells)
                .filter(|(cell, _)| !cell.is_empty())
                .map(|(cell, target)| MatrixPair {
                    role: role.clone(),
                    target: target.clone(),
                    what: cell.join(", "),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    MatrixView {
        dense,
        pairs,
        forums: Vec::new(),
        systems: Vec::new(),
        rows: Vec::new(),
    }
}
