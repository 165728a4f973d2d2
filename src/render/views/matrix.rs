//! The responsibility matrix: every role against every forum (chairs, decides in its capacity,
//! takes part, calls the meetings) and, when the site has systems, every system (owns,
//! coordinates, operates, supplies). Read only through the model's accessors.

use super::common::{Link, Words};
use super::rows::{Rows, Templates};
use crate::diagnostics::Diagnostic;
use crate::model::{Chair, Decidable, DecisionAuthority, ForumSeats, RoleId, SystemId, SystemTie};
use crate::render::engine::Engine;
use serde::Serialize;
use std::collections::HashMap;

/// Above this many forum or system columns a grid stops being readable (and at 3,000 forums
/// it would be hundreds of megabytes): the page lists the relations instead, one row each.
pub const MAX_COLUMNS: usize = 40;

/// The matrix as the template shows it.
#[derive(Debug, Serialize)]
pub struct MatrixView {
    /// Whether the grid is shown (`false`: too many columns, see [`MatrixView::pairs`]).
    pub dense: bool,
    /// Every relation, one row each (role, forum or system, what), for the compact layout:
    /// one kept block of rows per role (`responsibility-rows.html`).
    pub blocks: Option<Rows<()>>,
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

/// What a role does in a forum, in words (empty: nothing).
fn forum_cell(w: &Words, r: &RoleId, f: &ForumSeats) -> Vec<String> {
    let m = w.model;
    let mut cell = Vec::new();
    let chaired = m.forums_chaired_by(r).contains(f.id)
        || *f.chair == Decidable::Decided(Chair::Role(r.clone()));
    if chaired {
        cell.push(w.text("matrix-chairs"));
    }
    if let Decidable::Decided(DecisionAuthority::Decides {
        by_virtue_of: Some(by),
        ..
    }) = f.authority
    {
        if by == r {
            cell.push(w.text("matrix-decides"));
        }
    }
    if m.forums_attended_by(r).contains(f.id) || f.participants.contains(r) {
        cell.push(w.text("matrix-takes-part"));
    }
    if m.forums_convened_by(r).contains(f.id) {
        cell.push(w.text("matrix-convenes"));
    }
    cell
}

/// What a role does with a system, in words (empty: nothing).
fn system_cell(w: &Words, r: &RoleId, s: &SystemId) -> Vec<String> {
    w.model
        .systems_for_role(r)
        .iter()
        .filter(|(_, id)| id == s)
        .map(|(tie, _)| {
            w.text(match tie {
                SystemTie::Owns => "matrix-owns",
                SystemTie::Coordinates => "matrix-coordinates",
                SystemTie::Operates => "matrix-operates",
                SystemTie::Supplies => "matrix-supplies",
                SystemTie::ChangeForum | SystemTie::UserForum => "matrix-takes-part",
            })
        })
        .collect()
}

/// Builds the matrix.
pub fn matrix(w: &Words, engine: &Engine) -> Result<MatrixView, Diagnostic> {
    let m = w.model;
    // Ids and seats only: a role's or forum's other fields (responsibilities, cadence) are
    // not shown here, so editing them does not render the matrix again.
    let forums: Vec<ForumSeats> = m.forum_seats().collect();
    let systems: Vec<&SystemId> = if m.has_systems() {
        m.system_ids().collect()
    } else {
        Vec::new()
    };
    let roles: Vec<&RoleId> = m.role_ids().collect();
    let dense = forums.len() <= MAX_COLUMNS && systems.len() <= MAX_COLUMNS;
    if dense {
        let forum_links: Vec<Link> = forums.iter().map(|f| w.forum(f.id)).collect();
        let system_links: Vec<Link> = systems.iter().map(|s| w.system(s)).collect();
        let rows = roles
            .iter()
            .map(|r| MatrixRow {
                role: w.role(r),
                forums: forums.iter().map(|f| forum_cell(w, r, f)).collect(),
                systems: systems.iter().map(|s| system_cell(w, r, s)).collect(),
            })
            .collect();
        return Ok(MatrixView {
            dense,
            blocks: None,
            forums: forum_links,
            systems: system_links,
            rows,
        });
    }
    // One relation per row: only the forums and systems a role is tied to are looked at (a
    // grid of every role against every forum was 11 million cells at 10,000 entities), in
    // column order, so the rows are those of the grid without its empty cells.
    let forum_at: HashMap<&str, usize> = forums
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    let system_at: HashMap<&str, usize> = systems
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), i))
        .collect();
    let mut forum_side: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in forums.iter().enumerate() {
        if let Decidable::Decided(Chair::Role(r)) = f.chair {
            forum_side.entry(r.as_str()).or_default().push(i);
        }
        if let Decidable::Decided(DecisionAuthority::Decides {
            by_virtue_of: Some(r),
            ..
        }) = f.authority
        {
            forum_side.entry(r.as_str()).or_default().push(i);
        }
        for r in f.participants {
            forum_side.entry(r.as_str()).or_default().push(i);
        }
    }
    let mut tied = Vec::new();
    for r in &roles {
        let mut fs: Vec<usize> = m
            .forums_chaired_by(r)
            .iter()
            .chain(m.forums_attended_by(r))
            .chain(m.forums_convened_by(r))
            .filter_map(|f| forum_at.get(f.as_str()).copied())
            .chain(forum_side.get(r.as_str()).into_iter().flatten().copied())
            .collect();
        fs.sort_unstable();
        fs.dedup();
        let mut ss: Vec<usize> = m
            .systems_for_role(r)
            .iter()
            .filter_map(|(_, s)| system_at.get(s.as_str()).copied())
            .collect();
        ss.sort_unstable();
        ss.dedup();
        let fs: Vec<&str> = fs.into_iter().map(|i| forums[i].id.as_str()).collect();
        let ss: Vec<&SystemId> = ss.into_iter().map(|i| systems[i]).collect();
        tied.push((*r, fs, ss));
    }
    let write = engine.cards().matrix.then_some(|views: &[RoleBlock]| {
        crate::render::cards::matrix_rows(engine.catalogues(), engine.lang(), views)
    });
    let blocks = w.rows_written(
        "matrix",
        &tied,
        |(r, fs, ss)| {
            let mut key = format!("{}:", r.as_str());
            for f in fs {
                key.push_str(f);
                key.push(',');
            }
            key.push(';');
            for s in ss {
                key.push_str(s.as_str());
                key.push(',');
            }
            key
        },
        &Templates::new(engine, &["responsibility-rows.html"]),
        write,
        |(r, fs, ss)| role_block(w, r, fs, ss),
    )?;
    Ok(MatrixView {
        dense,
        blocks: Some(blocks),
        forums: Vec::new(),
        systems: Vec::new(),
        rows: Vec::new(),
    })
}

/// One role's rows of the compact layout. The forums and systems it is tied to, in column
/// order, come from the page (which reads every forum's seats and the order) and are part of
/// the key; the words, the role's ties and those forums' seats are read here, so they are
/// recorded with the kept rows.
fn role_block(
    w: &Words,
    r: &RoleId,
    forums: &[&str],
    systems: &[&SystemId],
) -> Option<(RoleBlock, ())> {
    let m = w.model;
    let role = w.role(r);
    let mut pairs = Vec::new();
    for f in forums {
        let Some(seats) = m.forum_seats_of(f) else {
            continue;
        };
        let cell = forum_cell(w, r, &seats);
        if !cell.is_empty() {
            pairs.push(MatrixPair {
                role: role.clone(),
                target: w.forum(seats.id),
                what: cell.join(", "),
            });
        }
    }
    for s in systems {
        let cell = system_cell(w, r, s);
        if !cell.is_empty() {
            pairs.push(MatrixPair {
                role: role.clone(),
                target: w.system(s),
                what: cell.join(", "),
            });
        }
    }
    (!pairs.is_empty()).then_some((RoleBlock { pairs }, ()))
}

/// One role's relations, as `responsibility-rows.html` shows them.
#[derive(Serialize)]
pub struct RoleBlock {
    /// The role's pairs, a table row each.
    pub pairs: Vec<MatrixPair>,
}
