//! Resolving a role: who holds it, its lists of keys, its escalation paths.

use super::*;

pub(super) fn resolve_role(r: &mut Resolver, l: &Located<RawRole>) -> Role {
    let (v, o) = (&l.value, &l.origin);
    let held_by = v.held_by.as_deref().and_then(|h| match h {
        "described" => Some(HeldBy::Described),
        id => r
            .reference(Kind::Role, id, o, "held-by", "`held-by`")
            .map(|id| HeldBy::Role(RoleId(id))),
    });
    let escalation = v
        .escalation
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let category = match &e.for_category {
                Some(c) => Some(CategoryId(r.reference(
                    Kind::Category,
                    c,
                    o,
                    &format!("escalation.{i}.for"),
                    "`escalation.for`",
                )?)),
                None => None,
            };
            let to = match e.to.as_str() {
                "line-organisation" => EscalationTarget::LineOrganisation,
                id => EscalationTarget::Forum(ForumId(r.reference(
                    Kind::Forum,
                    id,
                    o,
                    &format!("escalation.{i}.to"),
                    "`escalation.to`",
                )?)),
            };
            Some(Escalation { category, to })
        })
        .collect();
    Role {
        id: RoleId(v.id.clone()),
        group: None,
        held_by,
        responsibilities: r.keys(&v.responsibilities, o, "responsibilities"),
        tasks: r.keys(&v.tasks, o, "tasks"),
        competencies: r.keys(&v.competencies, o, "competencies"),
        success_factors: r.keys(&v.success_factors, o, "success-factors"),
        policy_areas: r.keys(&v.policy_areas, o, "policy-areas"),
        notes: r.keys(&v.notes, o, "notes"),
        escalation,
        origin: o.clone(),
    }
}
