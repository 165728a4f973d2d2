//! Indexing relations both ways once the model is valid: the forums a role chairs, attends
//! and convenes, the roles it holds, who escalates where, and which risks concern what.

use super::*;

pub(super) fn index_relations(g: &Governance) -> Relations {
    let mut rel = Relations::default();
    for f in g.forums.values() {
        if let Decidable::Decided(Chair::Role(role)) = &f.chair {
            rel.chairs
                .entry(role.clone())
                .or_default()
                .push(f.id.clone());
        }
        for p in &f.participants {
            let list = rel.attends.entry(p.clone()).or_default();
            if !list.contains(&f.id) {
                list.push(f.id.clone());
            }
        }
        if let Some(c) = &f.cadence.convened_by {
            rel.convenes
                .entry(c.clone())
                .or_default()
                .push(f.id.clone());
        }
    }
    for role in g.roles.values() {
        if let Some(HeldBy::Role(h)) = &role.held_by {
            rel.holds
                .entry(h.clone())
                .or_default()
                .push(role.id.clone());
        }
        for e in &role.escalation {
            if let EscalationTarget::Forum(f) = &e.to {
                let list = rel.escalated_to.entry(f.clone()).or_default();
                if !list.contains(&role.id) {
                    list.push(role.id.clone());
                }
            }
        }
    }
    for s in g.systems.values() {
        for (tie, role) in s.role_ties() {
            rel.role_systems
                .entry(role.clone())
                .or_default()
                .push((tie, s.id.clone()));
        }
        for (tie, forum) in s.forum_ties() {
            rel.forum_systems
                .entry(forum.clone())
                .or_default()
                .push((tie, s.id.clone()));
        }
    }
    for (i, risk) in g.risks.iter().enumerate() {
        rel.risk_at.entry(risk.id.as_str().to_string()).or_insert(i);
        for role in &risk.roles {
            rel.role_risks.entry(role.clone()).or_default().push(i);
        }
        for f in &risk.forums {
            rel.forum_risks.entry(f.clone()).or_default().push(i);
        }
        for s in &risk.systems {
            rel.system_risks.entry(s.clone()).or_default().push(i);
        }
    }
    rel
}
