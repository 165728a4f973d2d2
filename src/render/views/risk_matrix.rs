//! The risk matrix: every assessed risk placed by likelihood (rows, 5 at the top) and impact
//! (columns), as an HTML table whose cells say their level in words; the colour only repeats it.

use super::common::{Link, Words};
use crate::model::Decidable;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

/// The matrix page.
#[derive(Debug, Serialize)]
pub struct RiskMatrixView {
    /// Rows from likelihood 5 down to 1; empty when no risk has both scores (no grid is drawn).
    pub rows: Vec<MatrixRow>,
    /// Column headings, impact 1 to 5.
    pub impacts: Vec<String>,
    /// Risks that cannot be placed, each with why.
    pub unplaced: Vec<Unplaced>,
    /// How many risks the register has.
    pub total: usize,
}

/// One likelihood row.
#[derive(Debug, Serialize)]
pub struct MatrixRow {
    /// "5 – very high".
    pub heading: String,
    /// Impact 1 to 5.
    pub cells: Vec<Cell>,
}

/// One cell: its level and the risks in it.
#[derive(Debug, Serialize)]
pub struct Cell {
    /// `low`, `medium`, `high` or `very-high` (the CSS class).
    pub level: &'static str,
    /// The level in words.
    pub level_text: String,
    /// The risks placed here, linked to the register.
    pub risks: Vec<Link>,
}

/// A risk left out of the grid.
#[derive(Debug, Serialize)]
pub struct Unplaced {
    /// The risk.
    pub link: Link,
    /// What is missing, in words.
    pub why: String,
}

/// The level of a cell, from the product of its scores (1–25): the usual four bands of a
/// 5×5 matrix, so that every band has cells on both sides of the diagonal.
pub fn level(likelihood: u8, impact: u8) -> &'static str {
    match u16::from(likelihood) * u16::from(impact) {
        0..=4 => "low",
        5..=9 => "medium",
        10..=16 => "high",
        _ => "very-high",
    }
}

fn score(w: &Words, id: &str, s: u8) -> String {
    let mut a = FluentArgs::new();
    a.set("score", FluentValue::from(s));
    w.with(id, &a)
}

/// Builds the matrix.
pub fn risk_matrix(w: &Words) -> RiskMatrixView {
    let mut placed: Vec<(u8, u8, Link)> = Vec::new();
    let mut unplaced = Vec::new();
    let mut total = 0;
    for r in w.model.risks() {
        total += 1;
        let link = w.risk(r.id.as_str());
        let get = |s: &Option<Decidable<u8>>| match s {
            Some(Decidable::Decided(v)) if (1..=5).contains(v) => Ok(*v),
            Some(Decidable::Decided(_)) | Some(Decidable::Undecided) => Err("undecided"),
            None => Err("not-stated"),
        };
        match (get(&r.likelihood), get(&r.impact)) {
            (Ok(l), Ok(i)) => placed.push((l, i, link)),
            (l, i) => {
                let mut a = FluentArgs::new();
                a.set("likelihood", FluentValue::from(l.err().unwrap_or("known")));
                a.set("impact", FluentValue::from(i.err().unwrap_or("known")));
                unplaced.push(Unplaced {
                    link,
                    why: w.with("risk-matrix-unplaced", &a),
                });
            }
        }
    }
    let rows = if placed.is_empty() {
        Vec::new()
    } else {
        (1..=5u8)
            .rev()
            .map(|l| MatrixRow {
                heading: score(w, "risk-matrix-likelihood", l),
                cells: (1..=5u8)
                    .map(|i| {
                        let level = level(l, i);
                        let mut a = FluentArgs::new();
                        a.set("level", FluentValue::from(level));
                        Cell {
                            level,
                            level_text: w.with("risk-matrix-level", &a),
                            risks: placed
                                .iter()
                                .filter(|(pl, pi, _)| *pl == l && *pi == i)
                                .map(|(_, _, link)| link.clone())
                                .collect(),
                        }
                    })
                    .collect(),
            })
            .collect()
    };
    RiskMatrixView {
        rows,
        impacts: (1..=5u8)
            .map(|i| score(w, "risk-matrix-impact", i))
            .collect(),
        unplaced,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::level;

    #[test]
    fn levels_rise_with_both_scores() {
        assert_eq!(level(1, 1), "low");
        assert_eq!(level(2, 2), "low");
        assert_eq!(level(3, 3), "medium");
        assert_eq!(level(4, 4), "high");
        assert_eq!(level(4, 5), "very-high");
        assert_eq!(level(5, 5), "very-high");
        let rank = |l, i| {
            ["low", "medium", "high", "very-high"]
                .iter()
                .position(|x| *x == level(l, i))
        };
        for l in 1..=5 {
            for i in 1..5 {
                assert!(rank(l, i) <= rank(l, i + 1) && rank(i, l) <= rank(i + 1, l));
            }
        }
    }
}
