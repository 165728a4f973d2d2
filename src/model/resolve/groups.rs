//! Resolving role and forum groups. Groups decide display order: members keep the order their
//! group lists them in, and entities in no group come last in file order (with a warning for
//! roles, since every role of the model is meant to sit in one of its tables).

use super::*;

/// Links groups and members both ways and sorts roles and forums into group order.
pub(super) fn resolve_groups(r: &mut Resolver, raw: &RawContent, g: &mut Governance) {
    for (gi, l) in raw.role_groups.iter().enumerate() {
        let ids = r.references(Kind::Role, &l.value.roles, &l.origin, "roles");
        for (i, id) in ids.iter().enumerate() {
            if let Some(role) = g.roles.get_mut(id.as_str()) {
                claim(
                    r,
                    &mut role.group,
                    gi,
                    "role",
                    id,
                    &l.origin,
                    &format!("roles.{i}"),
                );
            }
        }
        let roles = ids.into_iter().map(RoleId).collect();
        g.role_groups.push(RoleGroup {
            id: l.value.id.clone(),
            roles,
            origin: l.origin.clone(),
        });
    }
    for (gi, l) in raw.forum_groups.iter().enumerate() {
        let ids = r.references(Kind::Forum, &l.value.forums, &l.origin, "forums");
        for (i, id) in ids.iter().enumerate() {
            if let Some(forum) = g.forums.get_mut(id.as_str()) {
                claim(
                    r,
                    &mut forum.group,
                    gi,
                    "forum",
                    id,
                    &l.origin,
                    &format!("forums.{i}"),
                );
            }
        }
        let forums = ids.into_iter().map(ForumId).collect();
        g.forum_groups.push(ForumGroup {
            id: l.value.id.clone(),
            forums,
            origin: l.origin.clone(),
        });
    }
    let role_rank = rank(g.role_groups.iter().flat_map(|grp| &grp.roles));
    g.roles
        .sort_by_cached_key(|id, _| role_rank.get(id).copied().unwrap_or(usize::MAX));
    let forum_rank = rank(g.forum_groups.iter().flat_map(|grp| &grp.forums));
    g.forums
        .sort_by_cached_key(|id, _| forum_rank.get(id).copied().unwrap_or(usize::MAX));
    if !g.role_groups.is_empty() {
        for role in g.roles.values().filter(|role| role.group.is_none()) {
            r.errors.push(
                Diagnostic::warning(
                    "model::ungrouped",
                    format!("role `{}` is in no role group", role.id),
                )
                .at(role.origin.locate("id"))
                .help("add its id to the `roles:` list of a file in content/role-groups/"),
            );
        }
    }
}

/// Each id's first position in display order.
fn rank<'a, K: Clone + Eq + std::hash::Hash + 'a>(
    order: impl Iterator<Item = &'a K>,
) -> HashMap<K, usize> {
    let mut ranks = HashMap::new();
    for (i, id) in order.enumerate() {
        ranks.entry(id.clone()).or_insert(i);
    }
    ranks
}

/// Puts an entity into group `gi`; an entity already in a group is an error.
fn claim(
    r: &mut Resolver,
    slot: &mut Option<usize>,
    gi: usize,
    word: &str,
    id: &str,
    origin: &Origin,
    path: &str,
) {
    if slot.is_some() {
        r.errors.push(
            Diagnostic::error(
                "model::two-groups",
                format!("{word} `{id}` is in more than one {word} group"),
            )
            .at(origin.locate(path))
            .help(format!(
                "a {word} belongs to exactly one group; remove it from one of them"
            )),
        );
    }
    *slot = Some(gi);
}
