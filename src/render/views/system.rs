//! The system card, the systems catalogue, and the systems a role or forum card lists.

use super::common::{Link, Words};
use crate::model::{
    messages::field, CategoryId, Decidable, Party, RoleId, System, SystemId, SystemTie,
};
use crate::render::routes::PageKind;
use serde::Serialize;

/// One fact of a system card: a link, words, or an open question.
#[derive(Debug, Default, Serialize)]
pub struct FactView {
    /// The role or forum, when the fact names one.
    pub link: Option<Link>,
    /// Words (a named holder, a described supplier, an SLA reference).
    pub text: Option<String>,
    /// `undecided` in the content: shown as an open question.
    pub open: bool,
    /// Not in the content at all.
    pub missing: bool,
}

impl FactView {
    fn open() -> Self {
        FactView {
            open: true,
            ..Default::default()
        }
    }

    fn missing() -> Self {
        FactView {
            missing: true,
            ..Default::default()
        }
    }
}

/// Everything a system card shows.
#[derive(Debug, Serialize)]
pub struct SystemView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// What the system is for.
    pub summary: Option<String>,
    /// Its category (a link to the glossary).
    pub category: Link,
    /// The system owner (role) and who holds it.
    pub owner: FactView,
    /// The system coordinator (role) and who holds it.
    pub coordinator: FactView,
    /// Who runs it.
    pub operations_provider: FactView,
    /// Who supplies it.
    pub supplier: FactView,
    /// The SLA reference.
    pub sla: FactView,
    /// Its change forum.
    pub change_forum: FactView,
    /// Its user forum.
    pub user_forum: FactView,
    /// Risks that concern it (derived from the risk register).
    pub risks: Vec<Link>,
    /// The fields left open, by YAML name, for the card's open questions.
    pub open_questions: Vec<&'static str>,
}

impl SystemView {
    /// Builds the view of a system.
    pub fn build(w: &Words, s: &System) -> SystemView {
        let id = s.id.as_str();
        let role = |d: &Option<Decidable<RoleId>>, holder: &str| match d {
            None => FactView::missing(),
            Some(Decidable::Undecided) => FactView::open(),
            Some(Decidable::Decided(r)) => FactView {
                link: Some(w.role(r)),
                text: w.opt(&field("system", id, holder)),
                ..Default::default()
            },
        };
        let party = |d: &Option<Decidable<Party>>, message: &str| match d {
            None => FactView::missing(),
            Some(Decidable::Undecided) => FactView::open(),
            Some(Decidable::Decided(Party::Role(r))) => FactView {
                link: Some(w.role(r)),
                ..Default::default()
            },
            Some(Decidable::Decided(Party::Described)) => FactView {
                text: Some(w.text(&field("system", id, message))),
                ..Default::default()
            },
        };
        let forum = |d: &Option<Decidable<crate::model::ForumId>>| match d {
            None => FactView::missing(),
            Some(Decidable::Undecided) => FactView::open(),
            Some(Decidable::Decided(f)) => FactView {
                link: Some(w.forum(f)),
                ..Default::default()
            },
        };
        SystemView {
            id: id.to_string(),
            name: w.text(&field("system", id, "name")),
            summary: w.opt(&field("system", id, "summary")),
            category: category_link(w, &s.category),
            owner: role(&s.owner, "owner-holder"),
            coordinator: role(&s.coordinator, "coordinator-holder"),
            operations_provider: party(&s.operations_provider, "operations-provider"),
            supplier: party(&s.supplier, "supplier"),
            sla: match &s.sla {
                None => FactView::missing(),
                Some(Decidable::Undecided) => FactView::open(),
                Some(Decidable::Decided(r)) => FactView {
                    text: Some(r.clone()),
                    ..Default::default()
                },
            },
            change_forum: forum(&s.change_forum),
            user_forum: forum(&s.user_forum),
            risks: w
                .model
                .risks_for_system(&s.id)
                .map(|r| w.risk(r.id.as_str()))
                .collect(),
            open_questions: s.open_fields(),
        }
    }
}

/// A category's name in the singular, linked to its glossary entry.
fn category_link(w: &Words, c: &CategoryId) -> Link {
    Link {
        text: w.title(c.as_str()),
        url: format!("{}#term-{}", w.url(&PageKind::Glossary), c),
    }
}

/// A category of the catalogue and its systems.
#[derive(Debug, Serialize)]
pub struct CategoryGroupView {
    /// The category id (the section's anchor).
    pub id: String,
    /// The category's name in the plural, as a heading.
    pub name: String,
    /// What the category means, where the site says.
    pub summary: Option<String>,
    /// Its systems, in file order.
    pub systems: Vec<SystemRowView>,
}

/// A system as the catalogue lists it.
#[derive(Debug, Serialize)]
pub struct SystemRowView {
    /// The system card.
    pub link: Link,
    /// What the system is for.
    pub summary: Option<String>,
    /// The system owner.
    pub owner: FactView,
}

/// The systems catalogue: every category that has systems, in the order of the categories.
pub fn catalogue(w: &Words) -> Vec<CategoryGroupView> {
    let systems: Vec<&System> = w.model.systems().collect();
    w.model
        .system_categories()
        .filter_map(|c| {
            let rows: Vec<SystemRowView> = systems
                .iter()
                .filter(|s| s.category.as_str() == c.id)
                .map(|s| {
                    let card = SystemView::build(w, s);
                    SystemRowView {
                        link: w.system(&s.id),
                        summary: card.summary,
                        owner: card.owner,
                    }
                })
                .collect();
            (!rows.is_empty()).then(|| CategoryGroupView {
                id: c.id.clone(),
                name: w.category(&CategoryId(c.id.clone())).text,
                summary: w.opt(&field("system-category", &c.id, "summary")),
                systems: rows,
            })
        })
        .collect()
}

/// The systems a role or forum card lists, by how it takes part.
#[derive(Debug, Default, Serialize)]
pub struct SystemTiesView {
    /// Systems it owns.
    pub owns: Vec<Link>,
    /// Systems it coordinates.
    pub coordinates: Vec<Link>,
    /// Systems it runs.
    pub operates: Vec<Link>,
    /// Systems it supplies.
    pub supplies: Vec<Link>,
    /// Systems it is the change forum of.
    pub change_forum_of: Vec<Link>,
    /// Systems it is the user forum of.
    pub user_forum_of: Vec<Link>,
    /// Whether there is anything to list.
    pub any: bool,
}

impl SystemTiesView {
    /// Sorts derived ties into the lists a card shows.
    pub fn build(w: &Words, ties: &[(SystemTie, SystemId)]) -> Self {
        let mut v = SystemTiesView {
            any: !ties.is_empty(),
            ..Default::default()
        };
        for (tie, id) in ties {
            let list = match tie {
                SystemTie::Owns => &mut v.owns,
                SystemTie::Coordinates => &mut v.coordinates,
                SystemTie::Operates => &mut v.operates,
                SystemTie::Supplies => &mut v.supplies,
                SystemTie::ChangeForum => &mut v.change_forum_of,
                SystemTie::UserForum => &mut v.user_forum_of,
            };
            list.push(w.system(id));
        }
        v
    }
}
