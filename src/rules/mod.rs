//! Governance rules: what a governance model must contain, checked on every build and by
//! `govdoc check`. Each rule has a stable id, a rationale citing the deck, and a level the
//! site may set in `govdoc.yml` (`rules: {system-forums: warning}`).
//!
//! What the model itself insists on is not repeated here: a forum's chair, cadence and decision
//! authority (or `none`, "not a decision forum") are required, and a forum that never meets is
//! an error (`model::no-cadence`); every open question is listed by `govdoc check` and on the
//! open questions page.
//!
//! Rules read the validated model only; their findings are ordinary [`Diagnostic`]s, at the
//! file, line and column of the entity that breaks them.

mod escalation;
mod risks;
mod systems;

use crate::diagnostics::{did_you_mean, Diagnostic, Severity};
use crate::load::{RuleLevel, RuleSetting};
use crate::model::Governance;
use std::collections::BTreeMap;

/// One governance rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, as findings show it (`rule::system-owner`).
    pub code: &'static str,
    /// What the rule asks, in one line.
    pub summary: &'static str,
    /// Why, citing the deck.
    pub rationale: &'static str,
    /// The level when the site sets none.
    pub default: RuleLevel,
    /// Whether, at its default level, a finding is advice (a note) rather than a warning.
    pub advice: bool,
}

impl Rule {
    /// The id as `govdoc.yml` names it (`system-owner`).
    pub fn name(&self) -> &'static str {
        self.code.trim_start_matches("rule::")
    }
}

/// Every governance rule, in the order findings are reported.
pub const RULES: &[Rule] = &[
    systems::OWNER,
    systems::COORDINATOR,
    systems::FORUMS,
    systems::MAY_HAVE_FORUMS,
    risks::OWNER,
    risks::MITIGATION,
    escalation::CYCLE,
    escalation::END,
];

/// Runs every rule the site has not switched off; findings get the level the site set.
/// Unknown rule names in the settings are errors at their line.
pub fn check(model: &Governance, settings: &BTreeMap<String, RuleSetting>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (name, setting) in settings {
        if !RULES.iter().any(|r| r.name() == name) {
            let mut d = Diagnostic::error(
                "settings::unknown-rule",
                format!("`{name}` is not a governance rule govdoc knows"),
            )
            .at(setting.at.clone());
            d.help = did_you_mean(name, RULES.iter().map(|r| r.name())).or_else(|| {
                let names: Vec<&str> = RULES.iter().map(|r| r.name()).collect();
                Some(format!("the rules are: {}", names.join(", ")))
            });
            out.push(d);
        }
    }
    for rule in RULES {
        let level = settings.get(rule.name()).map_or(rule.default, |s| s.level);
        let severity = match level {
            RuleLevel::Off => continue,
            RuleLevel::Error => Severity::Error,
            RuleLevel::Warning => Severity::Warning,
        };
        let findings = match rule.code {
            c if c == systems::OWNER.code => systems::owner(model),
            c if c == systems::COORDINATOR.code => systems::coordinator(model),
            c if c == systems::FORUMS.code => systems::forums(model, false),
            c if c == systems::MAY_HAVE_FORUMS.code => systems::forums(model, true),
            c if c == risks::OWNER.code => risks::owner(model),
            c if c == risks::MITIGATION.code => risks::mitigation(model),
            c if c == escalation::CYCLE.code => escalation::cycles(model),
            c if c == escalation::END.code => escalation::ends(model),
            _ => Vec::new(),
        };
        // Advice (a note) stays advice unless the site raises the rule's level.
        let severity = match settings.get(rule.name()) {
            None if rule.advice => Severity::Note,
            _ => severity,
        };
        out.extend(findings.into_iter().map(|d| Diagnostic {
            severity,
            help: Some(match d.help {
                Some(h) => format!("{h}. Why: {}", rule.rationale),
                None => format!("why: {}", rule.rationale),
            }),
            ..d
        }));
    }
    out
}
