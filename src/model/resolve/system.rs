//! Resolving a system: its category, the roles and forums it names, its SLA reference.

use super::*;

/// `undecided`, or what `resolve` makes of the value; `None` when the field is absent or bad.
fn decidable<T>(
    value: Option<&str>,
    resolve: impl FnOnce(&str) -> Option<T>,
) -> Option<Decidable<T>> {
    match value? {
        "undecided" => Some(Decidable::Undecided),
        v => resolve(v).map(Decidable::Decided),
    }
}

pub(super) fn resolve_system(r: &mut Resolver, l: &Located<RawSystem>) -> Option<System> {
    let (v, o) = (&l.value, &l.origin);
    let category = r.reference(Kind::Category, &v.category, o, "category", "`category`");
    let role = |r: &mut Resolver, value: &Option<String>, field: &str| {
        decidable(value.as_deref(), |id| {
            r.reference(Kind::Role, id, o, field, &format!("`{field}`"))
                .map(RoleId)
        })
    };
    let owner = role(r, &v.owner, "owner");
    let coordinator = role(r, &v.coordinator, "coordinator");
    let party = |r: &mut Resolver, value: &Option<String>, field: &str| {
        decidable(value.as_deref(), |id| match id {
            "described" => Some(Party::Described),
            id => r
                .reference(Kind::Role, id, o, field, &format!("`{field}`"))
                .map(|id| Party::Role(RoleId(id))),
        })
    };
    let operations_provider = party(r, &v.operations_provider, "operations-provider");
    let supplier = party(r, &v.supplier, "supplier");
    let forum = |r: &mut Resolver, value: &Option<String>, field: &str| {
        decidable(value.as_deref(), |id| {
            r.reference(Kind::Forum, id, o, field, &format!("`{field}`"))
                .map(ForumId)
        })
    };
    let change_forum = forum(r, &v.change_forum, "change-forum");
    let user_forum = forum(r, &v.user_forum, "user-forum");
    let sla = decidable(v.sla.as_deref(), |s| {
        if s.trim().is_empty() || s.chars().any(char::is_control) {
            r.errors.push(
                Diagnostic::error(
                    "model::bad-sla",
                    "the SLA reference is empty or holds control characters",
                )
                .at(o.locate("sla"))
                .help("write the agreement's reference, such as `DA-2024-03`, or `undecided`"),
            );
            None
        } else {
            Some(s.to_string())
        }
    });
    Some(System {
        id: SystemId(v.id.clone()),
        category: CategoryId(category?),
        owner,
        coordinator,
        operations_provider,
        supplier,
        sla,
        change_forum,
        user_forum,
        origin: o.clone(),
    })
}
