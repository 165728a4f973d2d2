//! Index pages, the risk register, the model overview, the glossary, open questions and home.

use super::common::{capitalize, Link, ListItem, Words};
use super::forum::{cadence_view, CadenceView};
use super::rows::{Row, Rows, Templates};
use super::system::FactView;
use crate::diagnostics::Diagnostic;
use crate::i18n::Catalogues;
use crate::model::{messages::field, Chair, Concept, ConceptKind, Decidable, DecisionAuthority};
use crate::render::engine::Engine;
use crate::render::routes::PageKind;
use serde::Serialize;
use std::collections::HashSet;

/// A row of a role table.
#[derive(Debug, Serialize)]
pub struct RoleRow {
    /// Link to the card.
    pub link: Link,
    /// Summary.
    pub summary: String,
    /// Who holds it.
    pub held_by: Option<String>,
}

/// A group of rows with a heading.
#[derive(Debug, Serialize)]
pub struct Group {
    /// Anchor id.
    pub id: String,
    /// Heading.
    pub name: String,
    /// Optional introduction.
    pub summary: Option<String>,
    /// Rows, kept between rebuilds.
    pub rows: Rows<()>,
}

/// The column labels a row template shows in `data-label` (for the one-block-per-row layout
/// on phones): looked up once per table, and part of each kept row's key.
#[derive(Debug, Serialize)]
struct Labels(Vec<(&'static str, String)>);

impl Labels {
    fn of(w: &Words, ids: &[(&'static str, &str)]) -> Labels {
        Labels(ids.iter().map(|(k, id)| (*k, w.text(id))).collect())
    }

    /// The labels as part of a row's key (they are not recorded with the row).
    fn key(&self) -> String {
        self.0.iter().map(|(_, t)| format!("\u{1f}{t}")).collect()
    }

    fn map(&self) -> std::collections::BTreeMap<&str, &str> {
        self.0.iter().map(|(k, t)| (*k, t.as_str())).collect()
    }
}

/// One role's row of a role table (`role-row.html`).
fn role_row(w: &Words, id: &str) -> Option<(RoleRow, ())> {
    let r = w.model.role_summary(id)?;
    let row = RoleRow {
        link: w.role(r.id),
        summary: w.text(&field("role", r.id.as_str(), "summary")),
        held_by: r.held_by.map(|h| match h {
            crate::model::HeldBy::Role(x) => w.title(x.as_str()),
            crate::model::HeldBy::Described => w.text(&field("role", r.id.as_str(), "held-by")),
        }),
    };
    Some((row, ()))
}

/// What sets one kind's grouped tables apart (roles, forums).
struct TableKind<V> {
    /// `role` or `forum`: names the row template, the group messages and the ungrouped table.
    kind: &'static str,
    /// Column labels: (name in the template, message id).
    labels: &'static [(&'static str, &'static str)],
    /// One row's view.
    row: fn(&Words, &str) -> Option<(V, ())>,
    /// The rows written without tera ([`crate::render::cards`]), while the template is the
    /// built-in one.
    write: Option<WriteRows<V>>,
}

/// Writes the rows of a table from its column labels and its row views.
type WriteRows<V> =
    fn(&Catalogues, &str, &[(&'static str, String)], &[V]) -> Option<Vec<Vec<String>>>;

/// A kind's tables: one per group in the model's order, then one for the ungrouped entities;
/// each row is a kept row of `<kind>-row.html`.
fn grouped_tables<V: Serialize>(
    w: &Words,
    engine: &Engine,
    t: TableKind<V>,
    groups: Vec<(String, Vec<&str>)>,
    loose: Vec<&str>,
) -> Result<Vec<Group>, Diagnostic> {
    let labels = Labels::of(w, t.labels);
    let list = format!("{}-rows{}", t.kind, labels.key());
    let template = format!("{}-row.html", t.kind);
    let names = [template.as_str()];
    let templates = Templates::new(engine, &names).with("labels", &labels.map());
    let write = t
        .write
        .map(|f| move |views: &[V]| f(engine.catalogues(), engine.lang(), &labels.0, views));
    let rows_of = |ids: &[&str]| -> Result<Rows<()>, Diagnostic> {
        w.rows_written(
            &list,
            ids,
            |id| id.to_string(),
            &templates,
            write.as_ref(),
            |id| (t.row)(w, id),
        )
    };
    let group_kind = format!("{}-group", t.kind);
    let mut tables = Vec::new();
    for (id, members) in groups {
        tables.push(Group {
            name: w.text(&field(&group_kind, &id, "name")),
            summary: w.opt(&field(&group_kind, &id, "summary")),
            rows: rows_of(&members)?,
            id,
        });
    }
    if !loose.is_empty() {
        tables.push(Group {
            id: format!("other-{}s", t.kind),
            name: w.text(&format!("{}s-ungrouped", t.kind)),
            summary: None,
            rows: rows_of(&loose)?,
        });
    }
    Ok(tables)
}

/// The role tables, by group; each row is a kept row of `role-row.html`.
pub fn role_groups(w: &Words, engine: &Engine) -> Result<Vec<Group>, Diagnostic> {
    let m = w.model;
    let groups = m
        .role_groups()
        .map(|g| (g.id.clone(), g.roles.iter().map(|id| id.as_str()).collect()))
        .collect();
    let loose = m
        .role_summaries()
        .filter(|r| !r.grouped)
        .map(|r| r.id.as_str())
        .collect();
    let kind = TableKind {
        kind: "role",
        labels: &[
            ("responsibility", "label-responsibility"),
            ("held_by", "label-held-by"),
        ],
        row: role_row,
        write: engine
            .cards()
            .role_rows
            .then_some(crate::render::cards::role_rows as WriteRows<RoleRow>),
    };
    grouped_tables(w, engine, kind, groups, loose)
}

/// A row of a forum table: what it decides, when it meets, who leads it.
#[derive(Debug, Serialize)]
pub struct ForumRow {
    /// Link to the meeting description.
    pub link: Link,
    /// Purpose.
    pub purpose: String,
    /// `decides`, `none` or `undecided`.
    pub authority: &'static str,
    /// When it meets.
    pub cadence: CadenceView,
    /// The chair's name, or words for an appointed or open chair.
    pub chair: Option<Link>,
    /// `role`, `appointed` or `undecided`.
    pub chair_kind: &'static str,
}

/// One forum's row of a forum table (`forum-row.html`).
fn forum_row(w: &Words, id: &str) -> Option<(ForumRow, ())> {
    let f = w.model.forum_summary(id)?;
    let row = ForumRow {
        link: w.forum(f.id),
        purpose: w.text(&field("forum", f.id.as_str(), "purpose")),
        authority: match f.authority {
            Decidable::Undecided => "undecided",
            Decidable::Decided(DecisionAuthority::None) => "none",
            Decidable::Decided(DecisionAuthority::Decides { .. }) => "decides",
        },
        cadence: cadence_view(w, f.cadence),
        chair: match f.chair {
            Decidable::Decided(Chair::Role(r)) => Some(w.role(r)),
            _ => None,
        },
        chair_kind: match f.chair {
            Decidable::Decided(Chair::Role(_)) => "role",
            Decidable::Decided(Chair::Appointed) => "appointed",
            Decidable::Undecided => "undecided",
        },
    };
    Some((row, ()))
}

/// The forum tables, by group; each row is a kept row of `forum-row.html`.
pub fn forum_groups(w: &Words, engine: &Engine) -> Result<Vec<Group>, Diagnostic> {
    let m = w.model;
    let groups = m
        .forum_groups()
        .map(|g| {
            (
                g.id.clone(),
                g.forums.iter().map(|id| id.as_str()).collect(),
            )
        })
        .collect();
    let loose = m
        .forum_summaries()
        .filter(|f| !f.grouped)
        .map(|f| f.id.as_str())
        .collect();
    let kind = TableKind {
        kind: "forum",
        labels: &[
            ("authority", "label-decision-authority"),
            ("meets", "label-meets"),
            ("chair", "label-chair"),
        ],
        row: forum_row,
        write: engine
            .cards()
            .forum_rows
            .then_some(crate::render::cards::forum_rows as WriteRows<ForumRow>),
    };
    grouped_tables(w, engine, kind, groups, loose)
}

/// A risk of the register.
#[derive(Debug, Serialize)]
pub struct RiskView {
    /// Anchor id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Summary.
    pub summary: Option<String>,
    /// Sub-points.
    pub points: Vec<ListItem>,
    /// Roles it concerns.
    pub roles: Vec<Link>,
    /// Forums it concerns.
    pub forums: Vec<Link>,
    /// Systems it concerns.
    pub systems: Vec<Link>,
    /// Its owner.
    pub owner: FactView,
    /// Likelihood, 1-5.
    pub likelihood: ScoreView,
    /// Impact, 1-5.
    pub impact: ScoreView,
    /// The matrix's level (`low` … `very-high`), when both scores are known.
    pub level: Option<&'static str>,
    /// How it is mitigated.
    pub mitigation: FactView,
    /// `open`, `mitigating`, `accepted` or `closed`, when stated.
    pub status: Option<&'static str>,
    /// Whether the register states anything beyond the risk's words.
    pub assessed: bool,
}

/// A 1-5 score of the register.
#[derive(Debug, Default, Serialize)]
pub struct ScoreView {
    /// The score, when assessed.
    pub score: Option<u8>,
    /// `undecided` in the content.
    pub open: bool,
    /// Not in the content.
    pub missing: bool,
}

fn score(d: &Option<Decidable<u8>>) -> ScoreView {
    match d {
        None => ScoreView {
            missing: true,
            ..Default::default()
        },
        Some(Decidable::Undecided) => ScoreView {
            open: true,
            ..Default::default()
        },
        Some(Decidable::Decided(n)) => ScoreView {
            score: Some(*n),
            ..Default::default()
        },
    }
}

fn fact<T>(d: &Option<Decidable<T>>, decided: impl FnOnce(&T) -> FactView) -> FactView {
    match d {
        None => FactView {
            missing: true,
            ..Default::default()
        },
        Some(Decidable::Undecided) => FactView {
            open: true,
            ..Default::default()
        },
        Some(Decidable::Decided(t)) => decided(t),
    }
}

/// The risk register as the page splices it: per risk its table row (`risk-row.html`) and
/// its section (`risk-section.html`), kept together between rebuilds.
pub struct RiskEntries(Rows<()>);

impl Serialize for RiskEntries {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Entry<'a> {
            row: &'a str,
            section: &'a str,
        }
        s.collect_seq(self.0.iter().map(|r| Entry {
            row: r.first(),
            section: r.html.get(1).map_or("", String::as_str),
        }))
    }
}

/// The risk register: one kept entry per risk.
pub fn risks(w: &Words, engine: &Engine) -> Result<RiskEntries, Diagnostic> {
    let ids: Vec<&str> = w.model.risk_ids().collect();
    let templates = Templates::new(engine, &["risk-row.html", "risk-section-row.html"]);
    let write = engine.cards().risks.then_some(|views: &[RiskView]| {
        crate::render::cards::risk_rows(engine.catalogues(), engine.lang(), views)
    });
    let rows = w.rows_written(
        "risks",
        &ids,
        |id| id.to_string(),
        &templates,
        write,
        |id| Some((risk_view(w, w.model.risk(id)?), ())),
    )?;
    Ok(RiskEntries(rows))
}

fn risk_view(w: &Words, r: &crate::model::Risk) -> RiskView {
    let id = r.id.as_str();
    RiskView {
        id: id.to_string(),
        name: w.text(&field("risk", id, "name")),
        summary: w.opt(&field("risk", id, "summary")),
        points: w.items("risk", id, "point", &r.points),
        roles: r.roles.iter().map(|x| w.role(x)).collect(),
        forums: r.forums.iter().map(|x| w.forum(x)).collect(),
        systems: r.systems.iter().map(|x| w.system(x)).collect(),
        owner: fact(&r.owner, |role| FactView {
            link: Some(w.role(role)),
            ..Default::default()
        }),
        likelihood: score(&r.likelihood),
        impact: score(&r.impact),
        level: match (&r.likelihood, &r.impact) {
            (Some(Decidable::Decided(l)), Some(Decidable::Decided(i))) => {
                Some(super::risk_matrix::level(*l, *i))
            }
            _ => None,
        },
        mitigation: fact(&r.mitigation, |()| FactView {
            text: Some(w.text(&field("risk", id, "mitigation"))),
            ..Default::default()
        }),
        status: r.status.map(|s| s.as_str()),
        assessed: r.owner.is_some()
            || r.likelihood.is_some()
            || r.impact.is_some()
            || r.mitigation.is_some()
            || r.status.is_some(),
    }
}

/// A concept of the model overview with its items.
#[derive(Debug, Serialize)]
pub struct ConceptView {
    /// Anchor id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Summary.
    pub summary: Option<String>,
    /// Items.
    pub items: Vec<ListItem>,
}

fn concepts<'m>(
    w: &Words,
    kind: &str,
    list: &str,
    cs: impl Iterator<Item = &'m Concept>,
) -> Vec<ConceptView> {
    cs.map(|c| ConceptView {
        id: c.id.clone(),
        name: w.text(&field(kind, &c.id, "name")),
        summary: w.opt(&field(kind, &c.id, "summary")),
        items: w.items(kind, &c.id, list, &c.items),
    })
    .collect()
}

/// The model overview.
#[derive(Debug, Serialize)]
pub struct ModelView {
    /// The strategy chain with its questions.
    pub strategy_levels: Vec<ConceptView>,
    /// Capacities with their capabilities.
    pub capacities: Vec<ConceptView>,
    /// The foundations.
    pub foundations: Vec<ConceptView>,
    /// The orderer-supplier-SLA model.
    pub supply_sides: Vec<ConceptView>,
    /// The functions.
    pub functions: Vec<ConceptView>,
    /// The role groups, linked to their tables on the roles page (the model page explains
    /// the layers; the tables themselves are on the home and roles pages).
    pub role_groups: Vec<Link>,
    /// The forum groups, linked to their tables on the forums page.
    pub forum_groups: Vec<Link>,
}

/// Builds the model overview.
pub fn model(w: &Words) -> ModelView {
    let m = w.model;
    ModelView {
        strategy_levels: concepts(
            w,
            "strategy-level",
            "question",
            m.concepts(ConceptKind::StrategyLevel),
        ),
        capacities: concepts(
            w,
            "capacity",
            "capability",
            m.concepts(ConceptKind::Capacity),
        ),
        foundations: concepts(w, "foundation", "", m.concepts(ConceptKind::Foundation)),
        supply_sides: concepts(
            w,
            "supply-side",
            "responsibility",
            m.concepts(ConceptKind::SupplySide),
        ),
        functions: concepts(w, "function", "", m.concepts(ConceptKind::Function)),
        role_groups: group_links(
            w,
            &PageKind::Roles,
            m.role_groups()
                .map(|g| {
                    (
                        g.id.as_str(),
                        w.text(&field("role-group", &g.id, "name")),
                        g.roles.iter().map(|r| r.as_str()).collect(),
                    )
                })
                .collect(),
            m.role_ids().map(|id| id.as_str()),
            ("other-roles", "roles-ungrouped"),
        ),
        forum_groups: group_links(
            w,
            &PageKind::Forums,
            m.forum_groups()
                .map(|g| {
                    (
                        g.id.as_str(),
                        w.text(&field("forum-group", &g.id, "name")),
                        g.forums.iter().map(|f| f.as_str()).collect(),
                    )
                })
                .collect(),
            m.forum_ids().map(|id| id.as_str()),
            ("other-forums", "forums-ungrouped"),
        ),
    }
}

/// Links to a list page's group tables: each group, then the table of ungrouped entities when
/// some entity is in no group. Built from the groups and the membership alone, not the rows, so
/// a forum's cadence or a role's summary does not re-render the model page.
fn group_links<'m>(
    w: &Words,
    list: &PageKind,
    groups: Vec<(&'m str, String, Vec<&'m str>)>,
    mut members: impl Iterator<Item = &'m str>,
    loose: (&str, &str),
) -> Vec<Link> {
    let url = w.url(list);
    let grouped: HashSet<&str> = groups
        .iter()
        .flat_map(|(_, _, ids)| ids.iter().copied())
        .collect();
    let has_loose = members.any(|id| !grouped.contains(id));
    let mut links: Vec<Link> = groups
        .into_iter()
        .map(|(id, text, _)| Link {
            url: format!("{url}#{id}"),
            text,
        })
        .collect();
    if has_loose {
        links.push(Link {
            url: format!("{url}#{}", loose.0),
            text: w.text(loose.1),
        });
    }
    links
}

/// A glossary row: a term in every language.
#[derive(Debug, Serialize)]
pub struct TermRow {
    /// The term id without `-`.
    pub id: String,
    /// The term in the page's language.
    pub term: String,
    /// Where the term is explained, if it names a role or forum.
    pub url: Option<String>,
    /// The term in each language, in site order.
    pub translations: Vec<(String, String)>,
}

/// The glossary: every Fluent term of the source language, in every language, one kept row
/// of `glossary-row.html` each; [`Glossary::html`] puts them in alphabetical order.
pub fn glossary(w: &Words, cats: &Catalogues, engine: &Engine) -> Result<Glossary, Diagnostic> {
    let Some(source) = cats.by_lang.get(&cats.source) else {
        return Ok(Glossary(None));
    };
    let terms: Vec<&str> = source.ids().filter(|id| id.starts_with('-')).collect();
    let templates = Templates::new(engine, &["glossary-row.html"]);
    // One localizer per language for the page, not one per row and language.
    let locs: Vec<(&str, crate::i18n::Localizer)> = cats
        .by_lang
        .keys()
        .map(|lang| (lang.as_str(), cats.localizer(lang)))
        .collect();
    let write = engine.cards().glossary.then_some(|views: &[TermRow]| {
        crate::render::cards::glossary_rows(engine.catalogues(), engine.lang(), views)
    });
    let rows = w.rows_written(
        "glossary",
        &terms,
        |t| t.to_string(),
        &templates,
        write,
        |&tid| {
            let id = tid.trim_start_matches('-').to_string();
            let url = if w.model.has_role(&id) {
                Some(w.url(&PageKind::Role(id.clone())))
            } else if w.model.has_forum(&id) {
                Some(w.url(&PageKind::Forum(id.clone())))
            } else {
                None
            };
            let translations = locs
                .iter()
                .map(|(lang, loc)| (lang.to_string(), loc.get(tid, None).unwrap_or_default()))
                .collect();
            let row = TermRow {
                term: capitalize(&w.text(tid)),
                id,
                url,
                translations,
            };
            // Drafts builds mark fallback terms; the markers must not move them in the order.
            let order = (
                crate::i18n::collate::key(w.lang, &crate::i18n::drafts::strip(&row.term)),
                row.id.clone(),
            );
            Some((row, order))
        },
    )?;
    Ok(Glossary(Some(rows)))
}

/// The glossary's kept rows.
pub struct Glossary(Option<Rows<GlossaryOrder>>);

impl Glossary {
    /// The rows' HTML in the language's alphabetical order.
    pub fn html(&self) -> Vec<&str> {
        let mut rows: Vec<&Row<GlossaryOrder>> = self.0.iter().flat_map(Rows::iter).collect();
        rows.sort_by(|a, b| a.extra.cmp(&b.extra));
        rows.into_iter().map(Row::first).collect()
    }
}

/// Where a glossary row goes: the term's collation key in the page's language, then its id.
pub type GlossaryOrder = (crate::i18n::collate::CollationKey, String);

/// An open question of the model.
#[derive(Debug, Serialize)]
pub struct OpenQuestionView {
    /// The entity it belongs to.
    pub subject: Link,
    /// The entity's kind (`forum`, `system`).
    pub kind: &'static str,
    /// The open field, by its YAML name (`decision-authority`, `chair`, `owner`, …).
    pub field: &'static str,
    /// The content's own words on what is open.
    pub question: Option<String>,
}

/// The open questions.
pub fn open_questions(w: &Words) -> Vec<OpenQuestionView> {
    w.model
        .open_questions()
        .into_iter()
        .map(|q| OpenQuestionView {
            subject: match q.kind {
                "system" => w.system(&crate::model::SystemId(q.id.clone())),
                "risk" => w.risk(&q.id),
                _ => w.forum(&crate::model::ForumId(q.id.clone())),
            },
            kind: q.kind,
            field: q.field,
            question: w.opt(&field(q.kind, &q.id, &format!("{}-question", q.field))),
        })
        .collect()
}
