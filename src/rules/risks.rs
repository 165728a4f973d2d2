//! Rules on the risk register: every risk has an owner and a mitigation (or says they are open).

use super::Rule;
use crate::diagnostics::Diagnostic;
use crate::load::RuleLevel;
use crate::model::{Governance, Risk};

/// Every risk has an owner.
pub const OWNER: Rule = Rule {
    code: "rule::risk-owner",
    summary: "every risk names its owner, or `undecided`",
    rationale: "a risk of the model (slide 24) is only followed up when someone owns it",
    default: RuleLevel::Warning,
    advice: false,
};

/// Every risk has a mitigation.
pub const MITIGATION: Rule = Rule {
    code: "rule::risk-mitigation",
    summary: "every risk describes its mitigation, or `undecided`",
    rationale: "the deck lists the most important risks (slide 24); a register says what is \
                done about each",
    default: RuleLevel::Warning,
    advice: false,
};

fn missing(
    model: &Governance,
    absent: impl Fn(&Risk) -> bool,
    code: &'static str,
    field: &str,
    help: &str,
) -> Vec<Diagnostic> {
    model
        .risks()
        .filter(|r| absent(r))
        .map(|r| {
            Diagnostic::error(code, format!("risk `{}` has no `{field}`", r.id))
                .at(r.origin.locate("id"))
                .label(format!("no `{field}` here"))
                .help(help.to_string())
        })
        .collect()
}

/// `rule::risk-owner`.
pub fn owner(model: &Governance) -> Vec<Diagnostic> {
    missing(
        model,
        |r| r.owner.is_none(),
        OWNER.code,
        "owner",
        "add `owner: <role id>`, or `owner: undecided` while it is an open question",
    )
}

/// `rule::risk-mitigation`.
pub fn mitigation(model: &Governance) -> Vec<Diagnostic> {
    missing(
        model,
        |r| r.mitigation.is_none(),
        MITIGATION.code,
        "mitigation",
        "add `mitigation: described` and the message `risk-<id>-mitigation`, or \
         `mitigation: undecided` while it is an open question",
    )
}
