//! The incremental engine's model diff: after a content YAML edit, which pages show something
//! that changed, found by comparing the model the output was rendered from with the new one,
//! entity by entity.
//!
//! A role card and a meeting description read from the model exactly: the entity's own fields,
//! its group's id, and the relations derived from other entities (the forums a role chairs,
//! attends and convenes, the roles that name it in `held-by`, the roles escalating to a forum,
//! the risks that concern either). So an entity's page is re-rendered when any of that differs,
//! in every language: its own data changed, or it was added, or a change elsewhere (a forum's
//! new chair, a risk's new `concerns`, a reordered forum group) changed one of its derived lists.
//! Comparing the derived lists themselves, rather than re-rendering the neighbours of a changed
//! entity, is both tighter (a forum's cadence does not touch its participants' cards) and safe
//! against reorders (swapping two forums in their group reorders the "chairs" list of a role
//! that neither forum's data names as changed).
//!
//! `origin` (file, line) is ignored: no page shows it, and counting it would make every entity
//! below an inserted line "changed". A list page (home, roles, forums, risks, model, glossary,
//! open questions) is re-rendered when the rows it shows changed ([`Lists`]): at 10,000
//! entities these are the expensive pages (30–90 ms each), so a role's reordered
//! responsibilities re-render its three cards and nothing else. Prose pages ask for a full
//! re-render, since every page's navigation lists them.

use crate::model::{
    messages, Concept, Decidable, DecisionAuthority, Forum, Governance, Risk, Role,
};
use crate::render::routes::PageKind;
use std::collections::{BTreeSet, HashSet};

/// What a model change touches.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ModelDiff {
    /// Every page may show it (prose pages changed: they are in the navigation).
    pub all: bool,
    /// Roles whose cards must be rendered again (present in the new model).
    pub roles: BTreeSet<String>,
    /// Forums whose meeting descriptions must be rendered again (present in the new model).
    pub forums: BTreeSet<String>,
    /// Message ids of changed entities (old and new version): pages that looked one up show
    /// the entity.
    pub messages: HashSet<String>,
    /// Which list pages show something that changed.
    pub lists: Lists,
}

/// The list pages whose model data changed (each read exactly what its view in
/// `render/views/overview.rs` reads). The translation status page, the root and 404 pages show
/// no model data but the prose pages, whose changes re-render everything.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Lists {
    /// The role rows (roles page, home, model overview): groups, order, `held-by`.
    pub roles: bool,
    /// The forum rows (forums page, home): groups, order, authority, cadence, chair.
    pub forums: bool,
    /// The risk register.
    pub risks: bool,
    /// The concepts of the model overview.
    pub concepts: bool,
    /// The glossary: which terms name a role or a forum.
    pub glossary: bool,
    /// The open questions.
    pub open_questions: bool,
}

impl Lists {
    /// Whether the list page of this kind must be rendered again.
    pub fn shows(&self, kind: &PageKind) -> bool {
        match kind {
            PageKind::Home => self.roles || self.forums,
            PageKind::Roles => self.roles,
            PageKind::Forums => self.forums,
            PageKind::Risks => self.risks,
            PageKind::Model => self.concepts || self.roles,
            PageKind::Glossary => self.glossary,
            PageKind::OpenQuestions => self.open_questions,
            PageKind::TranslationStatus
            | PageKind::Role(_)
            | PageKind::Forum(_)
            | PageKind::Page(_) => false,
        }
    }
}

fn lists(
    old: &Governance,
    new: &Governance,
    role_groups_same: bool,
    forum_groups_same: bool,
) -> Lists {
    let role_row = |r: &Role| (r.id.clone(), r.group.is_some(), r.held_by.clone());
    let forum_row = |f: &Forum| {
        let authority = match &f.authority {
            Decidable::Undecided => 0,
            Decidable::Decided(DecisionAuthority::None) => 1,
            Decidable::Decided(DecisionAuthority::Decides { .. }) => 2,
        };
        (
            f.id.clone(),
            f.group.is_some(),
            authority,
            f.cadence.clone(),
            f.chair.clone(),
        )
    };
    let risk_row = |r: &Risk| {
        (
            r.id.clone(),
            r.roles.clone(),
            r.forums.clone(),
            r.points.clone(),
        )
    };
    let concepts = |m: &Governance| {
        [
            &m.strategy_levels,
            &m.capacities,
            &m.foundations,
            &m.supply_sides,
            &m.functions,
        ]
        .map(|cs| {
            cs.iter()
                .map(|c| (c.id.clone(), c.items.clone()))
                .collect::<Vec<_>>()
        })
    };
    let questions = |m: &Governance| {
        m.open_questions()
            .into_iter()
            .map(|q| (q.kind, q.id, q.field))
            .collect::<Vec<_>>()
    };
    Lists {
        roles: !role_groups_same
            || !old
                .roles
                .values()
                .map(role_row)
                .eq(new.roles.values().map(role_row)),
        forums: !forum_groups_same
            || !old
                .forums
                .values()
                .map(forum_row)
                .eq(new.forums.values().map(forum_row)),
        risks: !old
            .risks
            .iter()
            .map(risk_row)
            .eq(new.risks.iter().map(risk_row)),
        concepts: concepts(old) != concepts(new),
        glossary: old.roles.len() != new.roles.len()
            || old.forums.len() != new.forums.len()
            || !old.roles.keys().all(|k| new.roles.contains_key(k))
            || !old.forums.keys().all(|k| new.forums.contains_key(k)),
        open_questions: questions(old) != questions(new),
    }
}

fn group_id(m: &Governance, g: Option<usize>) -> Option<&str> {
    g.and_then(|g| m.role_groups.get(g)).map(|g| g.id.as_str())
}

fn forum_group_id(m: &Governance, g: Option<usize>) -> Option<&str> {
    g.and_then(|g| m.forum_groups.get(g)).map(|g| g.id.as_str())
}

/// Whether a role's own data (without origin) are the same, its group by id.
fn same_role(om: &Governance, o: &Role, nm: &Governance, n: &Role) -> bool {
    // Destructured so that a new field of `Role` must be decided on here.
    let Role {
        id,
        group,
        held_by,
        responsibilities,
        tasks,
        competencies,
        success_factors,
        policy_areas,
        notes,
        escalation,
        origin: _,
    } = o;
    *id == n.id
        && group_id(om, *group) == group_id(nm, n.group)
        && *held_by == n.held_by
        && *responsibilities == n.responsibilities
        && *tasks == n.tasks
        && *competencies == n.competencies
        && *success_factors == n.success_factors
        && *policy_areas == n.policy_areas
        && *notes == n.notes
        && *escalation == n.escalation
}

/// Whether the relations a role card derives from other entities are the same.
fn same_role_relations(om: &Governance, nm: &Governance, r: &crate::model::RoleId) -> bool {
    om.forums_chaired_by(r) == nm.forums_chaired_by(r)
        && om.forums_attended_by(r) == nm.forums_attended_by(r)
        && om.forums_convened_by(r) == nm.forums_convened_by(r)
        && om.roles_held_by(r) == nm.roles_held_by(r)
        && om
            .risks_for_role(r)
            .map(|x| &x.id)
            .eq(nm.risks_for_role(r).map(|x| &x.id))
}

fn same_forum(om: &Governance, o: &Forum, nm: &Governance, n: &Forum) -> bool {
    let Forum {
        id,
        group,
        per_system,
        authority,
        main_tasks,
        agenda,
        cadence,
        chair,
        chair_duties,
        participants,
        participant_notes,
        establishment,
        notes,
        origin: _,
    } = o;
    *id == n.id
        && forum_group_id(om, *group) == forum_group_id(nm, n.group)
        && *per_system == n.per_system
        && *authority == n.authority
        && *main_tasks == n.main_tasks
        && *agenda == n.agenda
        && *cadence == n.cadence
        && *chair == n.chair
        && *chair_duties == n.chair_duties
        && *participants == n.participants
        && *participant_notes == n.participant_notes
        && *establishment == n.establishment
        && *notes == n.notes
}

fn same_forum_relations(om: &Governance, nm: &Governance, f: &crate::model::ForumId) -> bool {
    om.roles_escalating_to(f) == nm.roles_escalating_to(f)
        && om
            .risks_for_forum(f)
            .map(|x| &x.id)
            .eq(nm.risks_for_forum(f).map(|x| &x.id))
}

fn same_risk(o: &Risk, n: &Risk) -> bool {
    let Risk {
        id,
        roles,
        forums,
        points,
        origin: _,
    } = o;
    *id == n.id && *roles == n.roles && *forums == n.forums && *points == n.points
}

fn same_concept(o: &Concept, n: &Concept) -> bool {
    o.id == n.id && o.items == n.items
}

/// Compares two models; see the module documentation for what counts.
///
/// The pages that looked up a message of a changed entity are re-rendered too (but for the
/// list pages, decided by [`Lists`]), a safety net for any page that shows an entity's words
/// beyond its own page; its name
/// (the term, a risk's name) counts only when the entity was added or removed, since a link
/// shows the name and the id, not the data.
pub fn diff(old: &Governance, new: &Governance) -> ModelDiff {
    let mut d = ModelDiff::default();
    // Entities whose messages pages may show: collected into small models, whose
    // `message_uses` name exactly their messages.
    let mut touched = Governance::default();
    let same_pages = old.pages.len() == new.pages.len()
        && old
            .pages
            .iter()
            .zip(&new.pages)
            .all(|(o, n)| o.id == n.id && o.nav == n.nav);
    if !same_pages {
        d.all = true;
        return d;
    }
    let same_groups = |a: &[(String, Vec<String>)], b: &[(String, Vec<String>)]| a == b;
    let role_groups = |m: &Governance| -> Vec<(String, Vec<String>)> {
        m.role_groups
            .iter()
            .map(|g| (g.id.clone(), g.roles.iter().map(|r| r.0.clone()).collect()))
            .collect()
    };
    let forum_groups = |m: &Governance| -> Vec<(String, Vec<String>)> {
        m.forum_groups
            .iter()
            .map(|g| (g.id.clone(), g.forums.iter().map(|r| r.0.clone()).collect()))
            .collect()
    };
    // Groups show on the list pages, and on members' pages by id (compared per member below).
    let role_groups_same = same_groups(&role_groups(old), &role_groups(new));
    let forum_groups_same = same_groups(&forum_groups(old), &forum_groups(new));
    d.lists = lists(old, new, role_groups_same, forum_groups_same);
    for (id, n) in &new.roles {
        let own = old.roles.get(id).is_some_and(|o| same_role(old, o, new, n));
        if !own {
            touched.roles.insert(id.clone(), n.clone());
        }
        if !own || !same_role_relations(old, new, id) {
            d.roles.insert(id.0.clone());
        }
    }
    for (id, o) in &old.roles {
        if !new.roles.contains_key(id) {
            touched.roles.insert(id.clone(), o.clone());
        } else if !touched.roles.contains_key(id) {
            continue;
        }
        // The old version's messages too (a removed held-by text, a dropped list item).
        let mut g = Governance::default();
        g.roles.insert(id.clone(), o.clone());
        d.messages
            .extend(g.message_uses().into_iter().map(|u| u.id));
    }
    for (id, n) in &new.forums {
        let own = old
            .forums
            .get(id)
            .is_some_and(|o| same_forum(old, o, new, n));
        if !own {
            touched.forums.insert(id.clone(), n.clone());
        }
        if !own || !same_forum_relations(old, new, id) {
            d.forums.insert(id.0.clone());
        }
    }
    for (id, o) in &old.forums {
        if !new.forums.contains_key(id) {
            touched.forums.insert(id.clone(), o.clone());
        } else if !touched.forums.contains_key(id) {
            continue;
        }
        let mut g = Governance::default();
        g.forums.insert(id.clone(), o.clone());
        d.messages
            .extend(g.message_uses().into_iter().map(|u| u.id));
    }
    let risk_changed = |a: &[Risk], b: &[Risk], out: &mut Vec<Risk>| {
        for r in a {
            if !b.iter().any(|x| same_risk(r, x)) {
                out.push(r.clone());
            }
        }
    };
    risk_changed(&new.risks, &old.risks, &mut touched.risks);
    risk_changed(&old.risks, &new.risks, &mut touched.risks);
    // Concepts changed or added, and their old versions: their words are on the pages that
    // looked them up.
    let concepts = |a: &[Concept], b: &[Concept], out: &mut Vec<Concept>| {
        for c in a.iter().filter(|c| !b.iter().any(|x| same_concept(c, x))) {
            out.push(c.clone());
        }
        for c in b.iter().filter(|c| !a.iter().any(|x| same_concept(c, x))) {
            out.push(c.clone());
        }
    };
    let cats_old: Vec<Concept> = old.system_categories.values().cloned().collect();
    let cats_new: Vec<Concept> = new.system_categories.values().cloned().collect();
    let mut cats: Vec<Concept> = Vec::new();
    concepts(&cats_old, &cats_new, &mut cats);
    for c in cats {
        touched
            .system_categories
            .insert(crate::model::CategoryId(c.id.clone()), c);
    }
    concepts(
        &old.strategy_levels,
        &new.strategy_levels,
        &mut touched.strategy_levels,
    );
    concepts(&old.capacities, &new.capacities, &mut touched.capacities);
    concepts(&old.foundations, &new.foundations, &mut touched.foundations);
    concepts(
        &old.supply_sides,
        &new.supply_sides,
        &mut touched.supply_sides,
    );
    concepts(&old.functions, &new.functions, &mut touched.functions);
    d.messages
        .extend(touched.message_uses().into_iter().map(|u| u.id));
    // A link shows an entity's name and a URL made of its id, never its data: while the id
    // stays, pages that only link the entity (its name looked up) need not change.
    let kept = |in_old: bool, in_new: bool| in_old && in_new;
    for id in touched.roles.keys() {
        if kept(old.roles.contains_key(id), new.roles.contains_key(id)) {
            d.messages.remove(&messages::term(id.as_str()));
        }
    }
    for id in touched.forums.keys() {
        if kept(old.forums.contains_key(id), new.forums.contains_key(id)) {
            d.messages.remove(&messages::term(id.as_str()));
        }
    }
    for r in &touched.risks {
        let has = |m: &Governance| m.risks.iter().any(|x| x.id == r.id);
        if kept(has(old), has(new)) {
            d.messages
                .remove(&messages::field("risk", r.id.as_str(), "name"));
        }
    }
    for id in touched.system_categories.keys() {
        if kept(
            old.system_categories.contains_key(id),
            new.system_categories.contains_key(id),
        ) {
            d.messages.remove(&messages::term(id.as_str()));
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse_content_file, RawContent, SourceFile};

    /// A model from `(kind, yaml)` files.
    fn model(files: &[(&str, &str)]) -> Governance {
        let mut raw = RawContent::default();
        let mut errors = Vec::new();
        for (i, (kind, text)) in files.iter().enumerate() {
            let f = SourceFile::new(format!("content/{kind}/{i}.yml"), *text);
            parse_content_file(kind, &f, &mut raw, &mut errors);
        }
        assert!(errors.is_empty(), "{errors:?}");
        Governance::build(&raw).expect("a valid model")
    }

    const ROLES: &str = "- id: a\n- id: b\n";
    const FORUMS: &str = "\
- id: f
  decision-authority: none
  chair: a
  participants: [a, b]
  cadence:
    rhythm: regular
    when-needed: true
- id: g
  decision-authority: none
  chair: a
  participants: [b]
  cadence:
    when-needed: true
";

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_cadence_touches_its_forum_and_the_forum_lists_only() {
        let old = model(&[("roles", ROLES), ("forums", FORUMS)]);
        let new = model(&[
            ("roles", ROLES),
            (
                "forums",
                &FORUMS.replacen("when-needed: true", "when-needed: false", 1),
            ),
        ]);
        let d = diff(&old, &new);
        assert!(!d.all);
        assert_eq!(d.roles, set(&[]));
        assert_eq!(d.forums, set(&["f"]));
        assert_eq!(
            d.lists,
            Lists {
                forums: true,
                ..Lists::default()
            }
        );
        assert!(
            !d.messages.contains("-f"),
            "links show the name, not the data"
        );
        assert!(d.messages.contains("forum-f-purpose"));
    }

    #[test]
    fn moved_lines_change_nothing() {
        let old = model(&[("roles", ROLES), ("forums", FORUMS)]);
        let new = model(&[
            ("roles", &format!("# a comment\n\n{ROLES}")),
            ("forums", &format!("\n\n{FORUMS}")),
        ]);
        assert_eq!(diff(&old, &new), ModelDiff::default());
    }

    #[test]
    fn a_new_chair_touches_both_roles_and_a_reorder_the_lists_it_reorders() {
        let old = model(&[("roles", ROLES), ("forums", FORUMS)]);
        let new = model(&[
            ("roles", ROLES),
            ("forums", &FORUMS.replacen("chair: a", "chair: b", 1)),
        ]);
        let d = diff(&old, &new);
        assert_eq!(d.roles, set(&["a", "b"]));
        assert_eq!(d.forums, set(&["f"]));

        // No forum's data change when their group lists them the other way round, but role
        // b's card lists the forums it attends in the new order.
        let groups = |order: &str| format!("- id: all\n  forums: [{order}]\n");
        let old = model(&[
            ("roles", ROLES),
            ("forums", FORUMS),
            ("forum-groups", &groups("f, g")),
        ]);
        let new = model(&[
            ("roles", ROLES),
            ("forums", FORUMS),
            ("forum-groups", &groups("g, f")),
        ]);
        let d = diff(&old, &new);
        assert_eq!(d.roles, set(&["a", "b"]));
        assert_eq!(d.forums, set(&[]));
        assert!(d.lists.forums && !d.lists.roles);
    }
}
