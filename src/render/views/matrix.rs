//! The responsibility matrix: every role against every forum (chairs, decides in its capacity,
//! takes part, calls the meetings) and, when the site has systems, every system (owns,
//! coordinates, operates, supplies). Read only through the model's accessors.

use super::common::{Link, Words};
use crate::model::{Chair, Decidable, DecisionAuthority, SystemTie};
use serde::Serialize;

/// The matrix as the template shows it.
#[derive(Debug, Serialize)]
pub struct MatrixView {
    /// Forum columns.
    pub forums: Vec<Link>,
    /// System columns (empty when the site has none).
    pub systems: Vec<Link>,
    /// One row per role.
    pub rows: Vec<MatrixRow>,
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
    MatrixView {
        forums: forums.iter().map(|f| w.forum(&f.id)).collect(),
        systems: systems.iter().map(|s| w.system(&s.id)).collect(),
        rows,
    }
}
