//! Rules on systems: an owner and a coordinator each, and the forums their category calls for.

use super::Rule;
use crate::diagnostics::Diagnostic;
use crate::load::RuleLevel;
use crate::model::{Governance, System};

/// Every system has a system owner.
pub const OWNER: Rule = Rule {
    code: "rule::system-owner",
    summary: "every system has a system owner",
    rationale: "the deck's ordering roles give each system a system owner who answers for it \
                (slides 12, 15-16)",
    default: RuleLevel::Warning,
    advice: false,
};

/// Every system has a system coordinator.
pub const COORDINATOR: Rule = Rule {
    code: "rule::system-coordinator",
    summary: "every system has a system coordinator",
    rationale: "the deck's ordering roles give each system a system coordinator, appointed by \
                its owner (slides 11-12)",
    default: RuleLevel::Warning,
    advice: false,
};

/// Systems of a category for which a forum must be established name their change and user forum.
pub const FORUMS: Rule = Rule {
    code: "rule::system-forums",
    summary: "a system whose category requires change and user forums names both",
    rationale: "change and user forums shall be established for enterprise and \
                cross-disciplinary systems (slides 21-22; the forums' `establishment.must`)",
    default: RuleLevel::Warning,
    advice: false,
};

/// Systems of a category for which a forum may be established get a note.
pub const MAY_HAVE_FORUMS: Rule = Rule {
    code: "rule::system-may-have-forums",
    summary:
        "a system whose category allows change and user forums is reminded that it may have them",
    rationale: "change and user forums may be established for business-critical systems \
                (slides 21-22; the forums' `establishment.may`)",
    default: RuleLevel::Warning,
    advice: true,
};

/// Systems whose role field (`owner`, `coordinator`) is absent. `undecided` is an open question,
/// listed as such, not a gap.
fn missing_role(
    model: &Governance,
    field: &str,
    get: impl Fn(&System) -> bool,
    code: &'static str,
    what: &str,
) -> Vec<Diagnostic> {
    model
        .systems()
        .filter(|s| !get(s))
        .map(|s| {
            Diagnostic::error(code, format!("system `{}` has no {what}", s.id))
                .at(s.origin.locate("id"))
                .label(format!("no `{field}` here"))
                .help(format!(
                    "add `{field}: <role id>`, or `{field}: undecided` while it is an open question"
                ))
        })
        .collect()
}

/// `rule::system-owner`.
pub fn owner(model: &Governance) -> Vec<Diagnostic> {
    missing_role(
        model,
        "owner",
        |s| s.owner.is_some(),
        OWNER.code,
        "system owner",
    )
}

/// `rule::system-coordinator`.
pub fn coordinator(model: &Governance) -> Vec<Diagnostic> {
    missing_role(
        model,
        "coordinator",
        |s| s.coordinator.is_some(),
        COORDINATOR.code,
        "system coordinator",
    )
}

/// `rule::system-forums` (`may: false`) and `rule::system-may-have-forums` (`may: true`): per
/// system, the forum fields that its category calls for and it leaves out.
pub fn forums(model: &Governance, may: bool) -> Vec<Diagnostic> {
    let (must, allowed): (Vec<String>, Vec<String>) = model
        .forums()
        .filter_map(|f| f.establishment.as_ref())
        .fold((Vec::new(), Vec::new()), |(mut must, mut may), e| {
            must.extend(e.must.iter().map(|c| c.0.clone()));
            may.extend(e.may.iter().map(|c| c.0.clone()));
            (must, may)
        });
    let mut out = Vec::new();
    for s in model.systems() {
        let category = s.category.as_str();
        let applies = if may {
            allowed.iter().any(|c| c == category) && !must.iter().any(|c| c == category)
        } else {
            must.iter().any(|c| c == category)
        };
        if !applies {
            continue;
        }
        let gaps: Vec<&str> = [
            ("change-forum", &s.change_forum),
            ("user-forum", &s.user_forum),
        ]
        .into_iter()
        .filter(|(_, f)| f.is_none())
        .map(|(name, _)| name)
        .collect();
        if gaps.is_empty() {
            continue;
        }
        let fields = gaps.join("` and `");
        let (code, message, help) = if may {
            (
                MAY_HAVE_FORUMS.code,
                format!(
                    "system `{}` is a `{category}`, which may have a change forum and a user forum",
                    s.id
                ),
                format!("consider `{fields}` for it"),
            )
        } else {
            (
                FORUMS.code,
                format!(
                    "system `{}` is a `{category}`, which must have a change forum and a user forum",
                    s.id
                ),
                format!("add `{fields}` (a forum id, or `undecided` while it is an open question)"),
            )
        };
        out.push(
            Diagnostic::error(code, message)
                .at(s.origin.locate("category"))
                .label(format!("no `{fields}` for this category"))
                .help(help),
        );
    }
    out
}
