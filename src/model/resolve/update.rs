//! Updating the model in place after an edit that keeps every file's ids: only the edited
//! files' entities are resolved again, against the registry kept from the last build, and the
//! relations are indexed again only when an edit touched what they are built from. Anything
//! else (ids added, removed or reordered, groups, errors) goes through [`Governance::build`].

use super::*;
use crate::model::reads::{Kind as Read, ModelDelta};
use std::hash::{Hash, Hasher};

fn hash_of(value: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

fn ids<T>(list: &[Located<T>], id: impl Fn(&T) -> &str) -> Vec<&str> {
    list.iter().map(|l| id(&l.value)).collect()
}

/// The kinds an update resolves again; a file holding anything else needs a full build.
fn updatable(raw: &RawContent) -> bool {
    raw.roles.len() + raw.forums.len() + raw.systems.len() + raw.risks.len() == raw.count()
}

/// Whether the file names the same entities, in the same order, before and after.
fn same_ids(before: &RawContent, after: &RawContent) -> bool {
    ids(&before.roles, |r| &r.id) == ids(&after.roles, |r| &r.id)
        && ids(&before.forums, |f| &f.id) == ids(&after.forums, |f| &f.id)
        && ids(&before.systems, |s| &s.id) == ids(&after.systems, |s| &s.id)
        && ids(&before.risks, |r| &r.id) == ids(&after.risks, |r| &r.id)
}

/// What of a role the relations are built from.
fn role_ties(r: &Role) -> u64 {
    hash_of((&r.held_by, &r.escalation))
}

fn forum_ties(f: &Forum) -> u64 {
    hash_of((&f.chair, &f.participants, &f.cadence.convened_by))
}

fn system_ties(s: &System) -> u64 {
    hash_of((s.role_ties(), s.forum_ties()))
}

fn risk_ties(r: &Risk) -> u64 {
    hash_of((&r.roles, &r.forums, &r.systems))
}

impl Governance {
    /// Applies edited content files, each as its entities before and after, in place, when
    /// every one keeps its ids in order and holds only roles, forums, systems or risks, and the
    /// new entities resolve without a problem. Returns what changed, or `None` when the edit
    /// needs [`Governance::build`] (which also reports the problems): the caller builds then.
    pub fn update(&mut self, edits: &[(&RawContent, &RawContent)]) -> Option<ModelDelta> {
        let mut r = Resolver {
            reg: self.registry.clone(),
            errors: Vec::new(),
        };
        let (mut roles, mut forums, mut systems, mut risks) = (vec![], vec![], vec![], vec![]);
        for (before, after) in edits {
            if !updatable(before) || !updatable(after) || !same_ids(before, after) {
                return None;
            }
            // The old model knows every id the file names, or the edit is not what it seems.
            let known = after
                .roles
                .iter()
                .all(|l| self.roles.contains_key(l.value.id.as_str()))
                && after
                    .forums
                    .iter()
                    .all(|l| self.forums.contains_key(l.value.id.as_str()))
                && after
                    .systems
                    .iter()
                    .all(|l| self.systems.contains_key(l.value.id.as_str()))
                && after
                    .risks
                    .iter()
                    .all(|l| self.relations.risk_at.contains_key(&l.value.id));
            if !known {
                return None;
            }
            roles.extend(after.roles.iter().map(|l| resolve_role(&mut r, l)));
            forums.extend(after.forums.iter().map(|l| resolve_forum(&mut r, l)));
            for l in &after.systems {
                systems.push(resolve_system(&mut r, l)?);
            }
            risks.extend(after.risks.iter().map(|l| resolve_risk(&mut r, l)));
        }
        if r.errors.iter().any(Diagnostic::is_error) {
            return None;
        }
        let mut delta = ModelDelta::default();
        let mut ties = false;
        for mut new in roles {
            let old = self.roles.get_mut(new.id.as_str())?;
            new.group = old.group;
            ties |= role_ties(&new) != role_ties(old);
            delta.note(Read::Role, new.id.as_str(), hash_of(&new) != hash_of(&*old));
            // Positions may have moved even when nothing else did: keep the new ones.
            *old = new;
        }
        for mut new in forums {
            let old = self.forums.get_mut(new.id.as_str())?;
            new.group = old.group;
            ties |= forum_ties(&new) != forum_ties(old);
            delta.note(
                Read::Forum,
                new.id.as_str(),
                hash_of(&new) != hash_of(&*old),
            );
            *old = new;
        }
        for new in systems {
            let old = self.systems.get_mut(new.id.as_str())?;
            ties |= system_ties(&new) != system_ties(old);
            delta.note(
                Read::System,
                new.id.as_str(),
                hash_of(&new) != hash_of(&*old),
            );
            *old = new;
        }
        for new in risks {
            let at = *self.relations.risk_at.get(new.id.as_str())?;
            let old = self.risks.get_mut(at)?;
            ties |= risk_ties(&new) != risk_ties(old);
            delta.note(Read::Risk, new.id.as_str(), hash_of(&new) != hash_of(&*old));
            *old = new;
        }
        if ties {
            self.relations = index_relations(self);
            delta.ties = true;
        }
        Some(delta)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse_content_file, SourceFile};
    use crate::model::reads::{Facet, Fingerprints, ModelRead};

    const ROLES: &str = "- id: owner\n  responsibilities: [a, b]\n- id: chief\n  tasks: [t]\n";
    const FORUM: &str = "id: board\ndecision-authority: none\ncadence: {rhythm: regular}\n\
                         chair: owner\nparticipants: [owner]\n";

    fn raw(kind: &str, text: &str) -> RawContent {
        let mut raw = RawContent::default();
        let mut errors = Vec::new();
        let file = SourceFile::new(format!("content/{kind}/x.yml"), text);
        parse_content_file(kind, &file, &mut raw, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        raw
    }

    fn site(roles: &str, forum: &str) -> (RawContent, RawContent, RawContent) {
        let (r, f) = (raw("roles", roles), raw("forums", forum));
        let mut all = RawContent::default();
        all.append(&r);
        all.append(&f);
        (all, r, f)
    }

    /// Every read a page can make of this small model.
    fn reads() -> Vec<ModelRead> {
        let mut out = vec![ModelRead::OpenQuestions, ModelRead::List(Read::Role)];
        for (kind, id) in [
            (Read::Role, "owner"),
            (Read::Role, "chief"),
            (Read::Forum, "board"),
        ] {
            out.push(ModelRead::Entity(kind, id.into()));
            out.push(ModelRead::Row(kind, id.into()));
            out.push(ModelRead::Facet(kind, id.into(), Facet::Ties));
            out.push(ModelRead::Facet(kind, id.into(), Facet::Messages));
        }
        out
    }

    /// Updates the model built from the first texts with the second ones and checks that every
    /// read answers as in a model built afresh; returns what the update reported.
    fn update(before: (&str, &str), after: (&str, &str)) -> ModelDelta {
        let (all, roles, forum) = site(before.0, before.1);
        let mut g = Governance::build(&all).expect("valid");
        let (all_now, roles_now, forum_now) = site(after.0, after.1);
        let delta = g
            .update(&[(&roles, &roles_now), (&forum, &forum_now)])
            .expect("an update in place");
        let fresh = Governance::build(&all_now).expect("valid");
        let (a, b) = (Fingerprints::new(&g), Fingerprints::new(&fresh));
        for read in reads() {
            assert_eq!(a.of(&read), b.of(&read), "{read:?}");
        }
        delta
    }

    #[test]
    fn a_reorder_changes_one_entity_and_no_relation() {
        let d = update((ROLES, FORUM), (&ROLES.replace("[a, b]", "[b, a]"), FORUM));
        assert!(!d.ties);
        assert!(d.may_change(&ModelRead::Entity(Read::Role, "owner".into())));
        assert!(!d.may_change(&ModelRead::Entity(Read::Role, "chief".into())));
        assert!(!d.may_change(&ModelRead::Entity(Read::Forum, "board".into())));
        assert!(!d.may_change(&ModelRead::List(Read::Role)));
    }

    #[test]
    fn a_new_chair_indexes_the_relations_again() {
        let d = update(
            (ROLES, FORUM),
            (ROLES, &FORUM.replace("chair: owner", "chair: chief")),
        );
        assert!(d.ties);
        assert!(d.may_change(&ModelRead::Facet(Read::Role, "chief".into(), Facet::Ties)));
    }

    #[test]
    fn moved_lines_change_nothing_a_page_reads() {
        let d = update((ROLES, FORUM), (&format!("# roles\n{ROLES}"), FORUM));
        // Every entity of the saved files is resolved again (its positions moved)…
        assert_eq!(d.touched.len(), 3);
        // …but none of them answers any read differently.
        assert!(!d.ties);
        assert!(reads().iter().all(|r| !d.may_change(r)));
    }

    #[test]
    fn new_ids_and_bad_references_need_a_build() {
        let (all, roles, _) = site(ROLES, FORUM);
        let mut g = Governance::build(&all).expect("valid");
        let renamed = raw("roles", &ROLES.replace("id: chief", "id: head"));
        assert!(g.update(&[(&roles, &renamed)]).is_none());
        let mut g = Governance::build(&all).expect("valid");
        let unknown = raw("roles", &format!("{ROLES}  held-by: nobody\n"));
        assert!(g.update(&[(&roles, &unknown)]).is_none());
    }
}
