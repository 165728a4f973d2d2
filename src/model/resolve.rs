//! Building the model from raw content: ids checked, references resolved, relations indexed.
//! Every problem is collected with its place; nothing stops at the first.

use super::*;
use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::load::content::*;
use crate::load::{Located, RawContent};
use std::collections::{BTreeMap, HashSet};

/// The kinds of things a reference can name, for "wrong kind" messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Role,
    Forum,
    Category,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Role => "role",
            Kind::Forum => "forum",
            Kind::Category => "system category",
        }
    }
}

struct Resolver {
    ids: BTreeMap<Kind, Vec<String>>,
    errors: Vec<Diagnostic>,
}

impl PartialOrd for Kind {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Kind {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (*self as u8).cmp(&(*other as u8))
    }
}

impl Resolver {
    fn known(&self, kind: Kind, id: &str) -> bool {
        self.ids
            .get(&kind)
            .is_some_and(|v| v.iter().any(|k| k == id))
    }

    /// Resolves a reference to `want`; reports unknown ids and ids of another kind.
    fn reference(
        &mut self,
        want: Kind,
        id: &str,
        origin: &Origin,
        path: &str,
        what: &str,
    ) -> Option<String> {
        if self.known(want, id) {
            return Some(id.to_string());
        }
        let other = [Kind::Role, Kind::Forum, Kind::Category]
            .into_iter()
            .find(|k| *k != want && self.known(*k, id));
        let d = match other {
            Some(k) => Diagnostic::error(
                "model::wrong-kind",
                format!(
                    "`{id}` is a {}, but {what} must be a {}",
                    k.word(),
                    want.word()
                ),
            )
            .label(format!("this is a {}", k.word()))
            .help(format!("name a {} here", want.word())),
            None => {
                let known = self.ids.get(&want).map(|v| v.as_slice()).unwrap_or(&[]);
                let mut d = Diagnostic::error(
                    "model::unknown-reference",
                    format!("unknown {} `{id}` in {what}", want.word()),
                )
                .label(format!("no {} has this id", want.word()));
                d.help = did_you_mean(id, known.iter().map(String::as_str)).or_else(|| {
                    Some(format!(
                        "add `content/{}s/{id}.yml` or name an existing {}",
                        want.word().replace(' ', "-"),
                        want.word()
                    ))
                });
                d
            }
        };
        self.errors.push(d.at(origin.locate(path)));
        None
    }

    fn keys(&mut self, keys: &[String], origin: &Origin, field: &str) -> Vec<String> {
        let mut seen = HashSet::new();
        for (i, k) in keys.iter().enumerate() {
            let path = format!("{field}.{i}");
            if !is_valid_id(k) {
                self.errors.push(bad_id(k, origin, &path, "key"));
            } else if !seen.insert(k.as_str()) {
                self.errors.push(
                    Diagnostic::error(
                        "model::duplicate-key",
                        format!("the key `{k}` appears twice in `{field}`"),
                    )
                    .at(origin.locate(&path))
                    .help("each key names one message; remove the repeated one or rename it"),
                );
            }
        }
        keys.to_vec()
    }
}

fn bad_id(id: &str, origin: &Origin, path: &str, what: &str) -> Diagnostic {
    Diagnostic::error("model::bad-id", format!("`{id}` is not a valid {what}"))
        .at(origin.locate(path))
        .help("use lower-case letters, digits and single hyphens, starting with a letter, such as `system-owner`")
}

/// Registers the ids of one kind; reports bad and duplicate ids.
fn register<'a, T: 'a>(
    items: impl IntoIterator<Item = &'a Located<T>>,
    id_of: impl Fn(&T) -> &str,
    kind_word: &str,
    seen: &mut HashMap<String, (String, Origin)>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut out = Vec::new();
    for l in items {
        let id = id_of(&l.value);
        if !is_valid_id(id) {
            errors.push(bad_id(id, &l.origin, "id", "id"));
            continue;
        }
        if let Some((other_kind, first)) = seen.get(id) {
            let first_at = first.locate("id");
            errors.push(
                Diagnostic::error(
                    "model::duplicate-id",
                    format!("the id `{id}` is used twice"),
                )
                .at(l.origin.locate("id"))
                .label(format!(
                    "this {kind_word} has the same id as a {other_kind}"
                ))
                .help(format!(
                    "ids must be unique; the first is at {}:{}:{}; rename one of them",
                    first_at.file.display(),
                    first_at.line,
                    first_at.column
                )),
            );
            continue;
        }
        seen.insert(id.to_string(), (kind_word.to_string(), l.origin.clone()));
        out.push(id.to_string());
    }
    out
}

impl Governance {
    /// Validates and links raw content into the model, or returns every problem found.
    pub fn build(raw: &RawContent) -> Result<Governance, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        // Roles, forums and system categories share the Fluent term namespace (`-<id>`).
        let mut terms = HashMap::new();
        let role_ids = register(&raw.roles, |r| &r.id, "role", &mut terms, &mut errors);
        let forum_ids = register(&raw.forums, |f| &f.id, "forum", &mut terms, &mut errors);
        let cat_ids = register(
            &raw.system_categories,
            |c| &c.id,
            "system category",
            &mut terms,
            &mut errors,
        );
        let mut seen = HashMap::new();
        register(
            &raw.role_groups,
            |g| &g.id,
            "role group",
            &mut seen,
            &mut errors,
        );
        let mut seen = HashMap::new();
        register(
            &raw.forum_groups,
            |g| &g.id,
            "forum group",
            &mut seen,
            &mut errors,
        );
        let mut seen = HashMap::new();
        register(&raw.risks, |r| &r.id, "risk", &mut seen, &mut errors);
        for (list, word) in [
            (&raw.strategy_levels as &dyn AnyIds, "strategy level"),
            (&raw.capacities, "capacity"),
            (&raw.foundations, "foundation"),
            (&raw.supply_sides, "supply side"),
            (&raw.functions, "function"),
            (&raw.pages, "page"),
        ] {
            let mut seen = HashMap::new();
            list.register(word, &mut seen, &mut errors);
        }

        let mut r = Resolver {
            ids: BTreeMap::from([
                (Kind::Role, role_ids),
                (Kind::Forum, forum_ids),
                (Kind::Category, cat_ids),
            ]),
            errors,
        };
        let mut g = Governance::default();
        for c in &raw.system_categories {
            if r.known(Kind::Category, &c.value.id)
                && !g.system_categories.contains_key(c.value.id.as_str())
            {
                let id = CategoryId(c.value.id.clone());
                g.system_categories.insert(
                    id,
                    Concept {
                        id: c.value.id.clone(),
                        items: Vec::new(),
                        origin: c.origin.clone(),
                    },
                );
            }
        }
        let mut roles: IndexMap<RoleId, Role> = IndexMap::new();
        for l in &raw.roles {
            if r.known(Kind::Role, &l.value.id) && !roles.contains_key(l.value.id.as_str()) {
                let role = resolve_role(&mut r, l);
                roles.insert(role.id.clone(), role);
            }
        }
        let mut forums: IndexMap<ForumId, Forum> = IndexMap::new();
        for l in &raw.forums {
            if r.known(Kind::Forum, &l.value.id) && !forums.contains_key(l.value.id.as_str()) {
                let forum = resolve_forum(&mut r, l);
                forums.insert(forum.id.clone(), forum);
            }
        }
        // Groups decide display order; members not in any group keep file order at the end.
        for (gi, l) in raw.role_groups.iter().enumerate() {
            let mut members = Vec::new();
            for (i, m) in l.value.roles.iter().enumerate() {
                if let Some(id) =
                    r.reference(Kind::Role, m, &l.origin, &format!("roles.{i}"), "`roles`")
                {
                    let id = RoleId(id);
                    if let Some(role) = roles.get_mut(&id) {
                        if role.group.is_some() {
                            r.errors.push(
                                Diagnostic::error("model::two-groups", format!("role `{id}` is in more than one role group"))
                                    .at(l.origin.locate(&format!("roles.{i}")))
                                    .help("a role belongs to exactly one group; remove it from one of them"),
                            );
                        }
                        role.group = Some(gi);
                    }
                    members.push(id);
                }
            }
            g.role_groups.push(RoleGroup {
                id: l.value.id.clone(),
                roles: members,
                origin: l.origin.clone(),
            });
        }
        for (gi, l) in raw.forum_groups.iter().enumerate() {
            let mut members = Vec::new();
            for (i, m) in l.value.forums.iter().enumerate() {
                if let Some(id) = r.reference(
                    Kind::Forum,
                    m,
                    &l.origin,
                    &format!("forums.{i}"),
                    "`forums`",
                ) {
                    let id = ForumId(id);
                    if let Some(f) = forums.get_mut(&id) {
                        if f.group.is_some() {
                            r.errors.push(
                                Diagnostic::error("model::two-groups", format!("forum `{id}` is in more than one forum group"))
                                    .at(l.origin.locate(&format!("forums.{i}")))
                                    .help("a forum belongs to exactly one group; remove it from one of them"),
                            );
                        }
                        f.group = Some(gi);
                    }
                    members.push(id);
                }
            }
            g.forum_groups.push(ForumGroup {
                id: l.value.id.clone(),
                forums: members,
                origin: l.origin.clone(),
            });
        }
        let role_order: Vec<RoleId> = g
            .role_groups
            .iter()
            .flat_map(|grp| grp.roles.iter().cloned())
            .collect();
        roles.sort_by_cached_key(|id, role| {
            (
                role.group.is_none(),
                role_order.iter().position(|x| x == id),
            )
        });
        let forum_order: Vec<ForumId> = g
            .forum_groups
            .iter()
            .flat_map(|grp| grp.forums.iter().cloned())
            .collect();
        forums.sort_by_cached_key(|id, f| {
            (f.group.is_none(), forum_order.iter().position(|x| x == id))
        });
        g.roles = roles;
        g.forums = forums;

        for l in &raw.risks {
            let c = &l.value.concerns;
            let roles = c
                .roles
                .iter()
                .enumerate()
                .filter_map(|(i, x)| {
                    r.reference(
                        Kind::Role,
                        x,
                        &l.origin,
                        &format!("concerns.roles.{i}"),
                        "`concerns.roles`",
                    )
                })
                .map(RoleId)
                .collect();
            let forums = c
                .forums
                .iter()
                .enumerate()
                .filter_map(|(i, x)| {
                    r.reference(
                        Kind::Forum,
                        x,
                        &l.origin,
                        &format!("concerns.forums.{i}"),
                        "`concerns.forums`",
                    )
                })
                .map(ForumId)
                .collect();
            let points = r.keys(&l.value.points, &l.origin, "points");
            g.risks.push(Risk {
                id: RiskId(l.value.id.clone()),
                roles,
                forums,
                points,
                origin: l.origin.clone(),
            });
        }
        let concept =
            |r: &mut Resolver, id: &str, items: &[String], field: &str, origin: &Origin| Concept {
                id: id.to_string(),
                items: r.keys(items, origin, field),
                origin: origin.clone(),
            };
        g.strategy_levels = raw
            .strategy_levels
            .iter()
            .map(|l| {
                concept(
                    &mut r,
                    &l.value.id,
                    &l.value.questions,
                    "questions",
                    &l.origin,
                )
            })
            .collect();
        g.capacities = raw
            .capacities
            .iter()
            .map(|l| {
                concept(
                    &mut r,
                    &l.value.id,
                    &l.value.capabilities,
                    "capabilities",
                    &l.origin,
                )
            })
            .collect();
        g.supply_sides = raw
            .supply_sides
            .iter()
            .map(|l| {
                concept(
                    &mut r,
                    &l.value.id,
                    &l.value.responsibilities,
                    "responsibilities",
                    &l.origin,
                )
            })
            .collect();
        g.foundations = raw
            .foundations
            .iter()
            .map(|l| concept(&mut r, &l.value.id, &[], "", &l.origin))
            .collect();
        g.functions = raw
            .functions
            .iter()
            .map(|l| concept(&mut r, &l.value.id, &[], "", &l.origin))
            .collect();
        g.pages = raw
            .pages
            .iter()
            .map(|l| Page {
                id: l.value.id.clone(),
                nav: l.value.nav,
                origin: l.origin.clone(),
            })
            .collect();

        for role in g.roles.values() {
            if role.group.is_none() && !g.role_groups.is_empty() {
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
        if r.errors.iter().any(|d| d.is_error()) {
            return Err(r.errors);
        }
        g.relations = index_relations(&g);
        Ok(g)
    }
}

/// Lets the id-only kinds share one registration loop.
trait AnyIds {
    fn register(
        &self,
        word: &str,
        seen: &mut HashMap<String, (String, Origin)>,
        errors: &mut Vec<Diagnostic>,
    );
}

macro_rules! any_ids {
    ($($t:ty),*) => {$(
        impl AnyIds for Vec<Located<$t>> {
            fn register(&self, word: &str, seen: &mut HashMap<String, (String, Origin)>, errors: &mut Vec<Diagnostic>) {
                register(self, |x| &x.id, word, seen, errors);
            }
        }
    )*};
}
any_ids!(
    RawStrategyLevel,
    RawCapacity,
    RawNamed,
    RawSupplySide,
    RawPage
);

fn resolve_role(r: &mut Resolver, l: &Located<RawRole>) -> Role {
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

fn resolve_rhythm(r: &mut Resolver, raw: &RawRhythm, o: &Origin, path: &str) -> Option<Rhythm> {
    match raw {
        RawRhythm::Regular => Some(Rhythm::Regular),
        RawRhythm::Periodic(p) => {
            let Some(per) = Period::parse(&p.per) else {
                let mut d =
                    Diagnostic::error("model::bad-period", format!("`{}` is not a period", p.per))
                        .at(o.locate(&format!("{path}.per")));
                d.help = did_you_mean(&p.per, ["week", "month", "quarter", "year"])
                    .or(Some("use week, month, quarter or year".into()));
                r.errors.push(d);
                return None;
            };
            if p.times.min == 0 || p.times.min > p.times.max {
                r.errors.push(
                    Diagnostic::error(
                        "model::bad-times",
                        format!(
                            "`times` must be at least 1, and a range must go up: got {}-{}",
                            p.times.min, p.times.max
                        ),
                    )
                    .at(o.locate(&format!("{path}.times")))
                    .help("write a count such as `1` or a range such as `[1, 2]`"),
                );
                return None;
            }
            Some(Rhythm::Periodic {
                min: p.times.min,
                max: p.times.max,
                per,
            })
        }
    }
}

fn resolve_forum(r: &mut Resolver, l: &Located<RawForum>) -> Forum {
    let (v, o) = (&l.value, &l.origin);
    let authority = match &v.decision_authority {
        RawAuthority::None => Decidable::Decided(DecisionAuthority::None),
        RawAuthority::Undecided => Decidable::Undecided,
        RawAuthority::Decides(d) => Decidable::Decided(DecisionAuthority::Decides {
            by_virtue_of: d
                .by_virtue_of
                .as_deref()
                .and_then(|id| {
                    r.reference(
                        Kind::Role,
                        id,
                        o,
                        "decision-authority.by-virtue-of",
                        "`decision-authority.by-virtue-of`",
                    )
                })
                .map(RoleId),
            powers: r.keys(&d.powers, o, "decision-authority.powers"),
        }),
    };
    let chair = match v.chair.as_str() {
        "appointed" => Decidable::Decided(Chair::Appointed),
        "undecided" => Decidable::Undecided,
        id => match r.reference(Kind::Role, id, o, "chair", "`chair`") {
            Some(id) => Decidable::Decided(Chair::Role(RoleId(id))),
            None => Decidable::Undecided,
        },
    };
    let c = &v.cadence;
    let cadence = Cadence {
        rhythm: c
            .rhythm
            .as_ref()
            .and_then(|x| resolve_rhythm(r, x, o, "cadence.rhythm")),
        when_needed: c.when_needed,
        convened_by: c
            .convened_by
            .as_deref()
            .and_then(|id| {
                r.reference(
                    Kind::Role,
                    id,
                    o,
                    "cadence.convened-by",
                    "`cadence.convened-by`",
                )
            })
            .map(RoleId),
        for_category: c.for_category.as_ref().and_then(|fc| {
            let cat = r.reference(
                Kind::Category,
                &fc.category,
                o,
                "cadence.for-category.category",
                "`cadence.for-category`",
            );
            let rhythm = resolve_rhythm(r, &fc.rhythm, o, "cadence.for-category.rhythm");
            Some((CategoryId(cat?), rhythm?))
        }),
    };
    if cadence.rhythm.is_none() && !cadence.when_needed && c.rhythm.is_none() {
        r.errors.push(
            Diagnostic::error(
                "model::no-cadence",
                format!(
                    "forum `{}` never meets: its cadence has no rhythm and is not `when-needed`",
                    v.id
                ),
            )
            .at(o.locate("cadence"))
            .help("add `rhythm: {times: 1, per: month}` or `when-needed: true`"),
        );
    }
    let participants = v
        .participants
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            r.reference(
                Kind::Role,
                p,
                o,
                &format!("participants.{i}"),
                "`participants`",
            )
        })
        .map(RoleId)
        .collect();
    let establishment = v.establishment.as_ref().map(|e| Establishment {
        must: e
            .must
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                r.reference(
                    Kind::Category,
                    c,
                    o,
                    &format!("establishment.must.{i}"),
                    "`establishment`",
                )
            })
            .map(CategoryId)
            .collect(),
        may: e
            .may
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                r.reference(
                    Kind::Category,
                    c,
                    o,
                    &format!("establishment.may.{i}"),
                    "`establishment`",
                )
            })
            .map(CategoryId)
            .collect(),
    });
    let agenda = v
        .agenda
        .as_ref()
        .map(|a| Agenda {
            fixed: a.fixed,
            items: r.keys(&a.items, o, "agenda.items"),
        })
        .unwrap_or_default();
    Forum {
        id: ForumId(v.id.clone()),
        group: None,
        per_system: v.per_system,
        authority,
        main_tasks: r.keys(&v.main_tasks, o, "main-tasks"),
        agenda,
        cadence,
        chair,
        chair_duties: r.keys(&v.chair_duties, o, "chair-duties"),
        participants,
        participant_notes: r.keys(&v.participant_notes, o, "participant-notes"),
        establishment,
        notes: r.keys(&v.notes, o, "notes"),
        origin: o.clone(),
    }
}

fn index_relations(g: &Governance) -> Relations {
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
    for (i, risk) in g.risks.iter().enumerate() {
        for role in &risk.roles {
            rel.role_risks.entry(role.clone()).or_default().push(i);
        }
        for f in &risk.forums {
            rel.forum_risks.entry(f.clone()).or_default().push(i);
        }
    }
    rel
}
