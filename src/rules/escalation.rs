//! Rules on escalation paths: a role escalates to a forum, whose chair may escalate further,
//! for the same system category. A path must not come back to where it has been, and must
//! end where a decision can be made: the line organisation or a forum that decides.

use super::Rule;
use crate::diagnostics::Diagnostic;
use crate::load::RuleLevel;
use crate::model::{
    CategoryId, Chair, Decidable, DecisionAuthority, EscalationTarget, ForumId, Governance, Role,
};

/// Escalation paths have no cycles.
pub const CYCLE: Rule = Rule {
    code: "rule::escalation-cycle",
    summary: "no escalation path comes back to a forum it has passed",
    rationale: "escalation moves a matter upwards until it is decided: the system owner \
                escalates to the ICT steering group or the line organisation (slides 15-16)",
    default: RuleLevel::Error,
    advice: false,
};

/// Escalation paths end where a decision can be made.
pub const END: Rule = Rule {
    code: "rule::escalation-end",
    summary: "every escalation path ends at a forum that decides or at the line organisation",
    rationale: "escalation ends at the ICT steering group or the line organisation, where the \
                matter can be decided (slides 15-16)",
    default: RuleLevel::Warning,
    advice: false,
};

/// How a path from one escalation entry ends.
enum End {
    /// At the line organisation or a forum that decides (or whose authority is open).
    Decided,
    /// At a forum that is not a decision forum.
    NoDecision(ForumId),
    /// Back at a forum already passed.
    Cycle(Vec<ForumId>),
}

/// The escalation target of `role` for `category` (a path for the category, else a general one).
fn next<'m>(role: &'m Role, category: Option<&CategoryId>) -> Option<&'m EscalationTarget> {
    let exact = role
        .escalation
        .iter()
        .find(|e| e.category.as_ref() == category && category.is_some());
    exact
        .or_else(|| role.escalation.iter().find(|e| e.category.is_none()))
        .map(|e| &e.to)
}

fn follow(model: &Governance, first: &EscalationTarget, category: Option<&CategoryId>) -> End {
    let mut passed: Vec<ForumId> = Vec::new();
    let mut target = first;
    loop {
        let EscalationTarget::Forum(f) = target else {
            return End::Decided;
        };
        if passed.contains(f) {
            passed.push(f.clone());
            return End::Cycle(passed);
        }
        passed.push(f.clone());
        let Some(forum) = model.forum(f.as_str()) else {
            return End::Decided;
        };
        let onward = match &forum.chair {
            Decidable::Decided(Chair::Role(chair)) => {
                model.role(chair.as_str()).and_then(|r| next(r, category))
            }
            _ => None,
        };
        match onward {
            Some(t) => target = t,
            None if forum.authority == Decidable::Decided(DecisionAuthority::None) => {
                return End::NoDecision(f.clone())
            }
            None => return End::Decided,
        }
    }
}

/// Every escalation entry of every role with where its path ends.
fn paths(model: &Governance) -> Vec<(&Role, usize, End)> {
    let mut out = Vec::new();
    for role in model.roles() {
        for (i, e) in role.escalation.iter().enumerate() {
            out.push((role, i, follow(model, &e.to, e.category.as_ref())));
        }
    }
    out
}

/// `rule::escalation-cycle`.
pub fn cycles(model: &Governance) -> Vec<Diagnostic> {
    paths(model)
        .into_iter()
        .filter_map(|(role, i, end)| match end {
            End::Cycle(path) => {
                let path: Vec<&str> = path.iter().map(ForumId::as_str).collect();
                Some(
                    Diagnostic::error(
                        CYCLE.code,
                        format!(
                            "the escalation path of role `{}` goes round in a circle: {}",
                            role.id,
                            path.join(" → ")
                        ),
                    )
                    .at(role.origin.locate(&format!("escalation.{i}.to")))
                    .label("this path never reaches a decision")
                    .help("let the last forum's chair escalate upwards, or end the path at `line-organisation`"),
                )
            }
            _ => None,
        })
        .collect()
}

/// `rule::escalation-end`.
pub fn ends(model: &Governance) -> Vec<Diagnostic> {
    paths(model)
        .into_iter()
        .filter_map(|(role, i, end)| match end {
            End::NoDecision(f) => Some(
                Diagnostic::error(
                    END.code,
                    format!(
                        "the escalation path of role `{}` ends at forum `{f}`, which is not a decision forum",
                        role.id
                    ),
                )
                .at(role.origin.locate(&format!("escalation.{i}.to")))
                .label("nobody here can decide")
                .help("escalate to a forum that decides, such as the ICT steering group, or to `line-organisation`"),
            ),
            _ => None,
        })
        .collect()
}
