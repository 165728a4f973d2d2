//! Building the model from raw content: ids checked, references resolved, relations indexed.
//! Every problem is collected with its place; nothing stops at the first.

use super::*;
use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::load::content::*;
use crate::load::{Located, RawContent};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

mod forum;
mod groups;
mod relations;
mod risk;
mod role;
mod system;
mod update;

use forum::resolve_forum;
use relations::index_relations;
use risk::resolve_risk;
use role::resolve_role;
use system::resolve_system;

/// The kinds of things a reference can name, for "wrong kind" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Role,
    Forum,
    Category,
    System,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Role => "role",
            Kind::Forum => "forum",
            Kind::Category => "system category",
            Kind::System => "system",
        }
    }
}

/// The ids references can name, kept with the model so that an edit that keeps every file's
/// ids resolves the changed entities against it without registering the whole site again.
#[derive(Debug, Default)]
pub(super) struct Registry {
    /// Ids by kind, in file order (the order "did you mean" sees them in).
    ids: BTreeMap<Kind, Vec<String>>,
    /// The same, for lookups: a scan of 10,000 ids per reference made resolving quadratic.
    known: BTreeMap<Kind, HashSet<String>>,
}

struct Resolver {
    reg: Arc<Registry>,
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
        self.reg.known.get(&kind).is_some_and(|s| s.contains(id))
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
        let other = [Kind::Role, Kind::Forum, Kind::Category, Kind::System]
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
                let known = self.reg.ids.get(&want).map(|v| v.as_slice()).unwrap_or(&[]);
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

    /// Resolves every id of a list field; bad ones are reported and left out.
    fn references(
        &mut self,
        want: Kind,
        ids: &[String],
        origin: &Origin,
        field: &str,
    ) -> Vec<String> {
        let what = format!("`{field}`");
        ids.iter()
            .enumerate()
            .filter_map(|(i, id)| self.reference(want, id, origin, &format!("{field}.{i}"), &what))
            .collect()
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
        .help("use lower-case letters, digits and single hyphens, starting with a letter, such as `system-owner`; `con`, `nul`, `prn`, `aux`, `com1`… and `lpt1`… are names Windows reserves, so they cannot be folder names")
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
        let mut r = register_ids(raw);
        let mut g = Governance::default();
        for c in &raw.system_categories {
            let id = c.value.id.as_str();
            if r.known(Kind::Category, id) && !g.system_categories.contains_key(id) {
                let concept = Concept {
                    id: id.to_string(),
                    items: Vec::new(),
                    origin: c.origin.clone(),
                };
                g.system_categories
                    .insert(CategoryId(id.to_string()), concept);
            }
        }
        for l in &raw.roles {
            if r.known(Kind::Role, &l.value.id) && !g.roles.contains_key(l.value.id.as_str()) {
                let role = resolve_role(&mut r, l);
                g.roles.insert(role.id.clone(), role);
            }
        }
        for l in &raw.forums {
            if r.known(Kind::Forum, &l.value.id) && !g.forums.contains_key(l.value.id.as_str()) {
                let forum = resolve_forum(&mut r, l);
                g.forums.insert(forum.id.clone(), forum);
            }
        }
        groups::resolve_groups(&mut r, raw, &mut g);
        for l in &raw.systems {
            let id = l.value.id.as_str();
            if r.known(Kind::System, id) && !g.systems.contains_key(id) {
                if let Some(system) = resolve_system(&mut r, l) {
                    g.systems.insert(system.id.clone(), system);
                }
            }
        }
        for l in &raw.risks {
            g.risks.push(resolve_risk(&mut r, l));
        }
        let mut concept = |id: &str, items: &[String], field: &str, origin: &Origin| Concept {
            id: id.to_string(),
            items: r.keys(items, origin, field),
            origin: origin.clone(),
        };
        g.strategy_levels = raw
            .strategy_levels
            .iter()
            .map(|l| concept(&l.value.id, &l.value.questions, "questions", &l.origin))
            .collect();
        g.capacities = raw
            .capacities
            .iter()
            .map(|l| {
                concept(
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
            .map(|l| concept(&l.value.id, &[], "", &l.origin))
            .collect();
        g.functions = raw
            .functions
            .iter()
            .map(|l| concept(&l.value.id, &[], "", &l.origin))
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
        if r.errors.iter().any(|d| d.is_error()) {
            return Err(r.errors);
        }
        g.relations = index_relations(&g);
        g.registry = r.reg;
        Ok(g)
    }
}

/// Registers every id of every kind; bad and duplicate ids are reported, and the resolver
/// knows the good ones of the kinds that references can name.
fn register_ids(raw: &RawContent) -> Resolver {
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
    register(
        &raw.role_groups,
        |g| &g.id,
        "role group",
        &mut HashMap::new(),
        &mut errors,
    );
    register(
        &raw.forum_groups,
        |g| &g.id,
        "forum group",
        &mut HashMap::new(),
        &mut errors,
    );
    let system_ids = register(
        &raw.systems,
        |s| &s.id,
        "system",
        &mut HashMap::new(),
        &mut errors,
    );
    register(
        &raw.risks,
        |r| &r.id,
        "risk",
        &mut HashMap::new(),
        &mut errors,
    );
    for (list, word) in [
        (&raw.strategy_levels as &dyn AnyIds, "strategy level"),
        (&raw.capacities, "capacity"),
        (&raw.foundations, "foundation"),
        (&raw.supply_sides, "supply side"),
        (&raw.functions, "function"),
        (&raw.pages, "page"),
    ] {
        list.register(word, &mut HashMap::new(), &mut errors);
    }
    let ids = BTreeMap::from([
        (Kind::Role, role_ids),
        (Kind::Forum, forum_ids),
        (Kind::Category, cat_ids),
        (Kind::System, system_ids),
    ]);
    let known = ids
        .iter()
        .map(|(k, v)| (*k, v.iter().cloned().collect()))
        .collect();
    Resolver {
        reg: Arc::new(Registry { ids, known }),
        errors,
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
