//! The role card.

use super::common::{field_id, Link, ListItem, Words};
use crate::model::{Chair, Decidable, EscalationTarget, Governance, HeldBy, Role};
use crate::render::routes::PageKind;
use serde::Serialize;

/// Everything a role card shows.
#[derive(Debug, Serialize)]
pub struct RoleView {
    /// Id.
    pub id: String,
    /// Name, capitalised.
    pub name: String,
    /// One-sentence summary.
    pub summary: String,
    /// The group's name and a link to it on the roles page.
    pub group: Option<Link>,
    /// Who holds it: a role link, or words.
    pub held_by: Option<HeldByView>,
    /// Responsibilities.
    pub responsibilities: Vec<ListItem>,
    /// Tasks.
    pub tasks: Vec<ListItem>,
    /// Competencies.
    pub competencies: Vec<ListItem>,
    /// Critical success factors.
    pub success_factors: Vec<ListItem>,
    /// Policy areas.
    pub policy_areas: Vec<ListItem>,
    /// Notes.
    pub notes: Vec<ListItem>,
    /// Forums it chairs (derived from forum data).
    pub chairs: Vec<Link>,
    /// Forums it takes part in (derived).
    pub attends: Vec<Link>,
    /// Forums whose meetings it calls (derived).
    pub convenes: Vec<Link>,
    /// Roles it holds or appoints (derived from their `held-by`).
    pub holds: Vec<Link>,
    /// Where it escalates.
    pub escalation: Vec<EscalationView>,
    /// The appointing role, to escalate to through the line when the role names no path itself.
    pub escalate_to_appointer: Option<Link>,
    /// Whom to ask: the chairs of the forums it takes part in or calls.
    pub ask: Vec<AskView>,
    /// Risks that concern it (derived).
    pub risks: Vec<Link>,
    /// Systems it owns, coordinates, runs or supplies (derived from the systems).
    pub systems: super::system::SystemTiesView,
}

/// Who holds a role.
#[derive(Debug, Serialize)]
pub struct HeldByView {
    /// A role, when held by one.
    pub role: Option<Link>,
    /// Words, when described.
    pub text: Option<String>,
}

/// Someone to ask, and why: they chair a forum the role works in.
#[derive(Debug, Serialize)]
pub struct AskView {
    /// The chairing role.
    pub role: Link,
    /// The forum it chairs.
    pub forum: Link,
}

/// One escalation path.
#[derive(Debug, Serialize)]
pub struct EscalationView {
    /// The system category it applies to.
    pub category: Option<Link>,
    /// The forum escalated to; `None` means the line organisation.
    pub forum: Option<Link>,
}

impl RoleView {
    /// Builds the view of a role.
    pub fn build(w: &Words, r: &Role) -> RoleView {
        let id = r.id.as_str();
        let m = w.model;
        RoleView {
            id: id.to_string(),
            name: w.title(id),
            summary: w.text(&field_id("role", id, "summary")),
            group: r.group.and_then(|g| m.role_group_at(g)).map(|g| {
                let gid = &g.id;
                Link {
                    text: w.text(&field_id("role-group", gid, "name")),
                    url: w.url_to(&PageKind::Roles, gid),
                }
            }),
            held_by: r.held_by.as_ref().map(|h| match h {
                HeldBy::Role(rid) => HeldByView {
                    role: Some(w.role(rid)),
                    text: None,
                },
                HeldBy::Described => HeldByView {
                    role: None,
                    text: Some(w.text(&field_id("role", id, "held-by"))),
                },
            }),
            responsibilities: w.items("role", id, "responsibility", &r.responsibilities),
            tasks: w.items("role", id, "task", &r.tasks),
            competencies: w.items("role", id, "competency", &r.competencies),
            success_factors: w.items("role", id, "success-factor", &r.success_factors),
            policy_areas: w.items("role", id, "policy-area", &r.policy_areas),
            notes: w.items("role", id, "note", &r.notes),
            chairs: m
                .forums_chaired_by(&r.id)
                .iter()
                .map(|f| w.forum(f))
                .collect(),
            attends: m
                .forums_attended_by(&r.id)
                .iter()
                .map(|f| w.forum(f))
                .collect(),
            convenes: m
                .forums_convened_by(&r.id)
                .iter()
                .map(|f| w.forum(f))
                .collect(),
            holds: m.roles_held_by(&r.id).iter().map(|x| w.role(x)).collect(),
            escalation: r
                .escalation
                .iter()
                .map(|e| EscalationView {
                    category: e.category.as_ref().map(|c| w.category(c)),
                    forum: match &e.to {
                        EscalationTarget::Forum(f) => Some(w.forum(f)),
                        EscalationTarget::LineOrganisation => None,
                    },
                })
                .collect(),
            escalate_to_appointer: match &r.held_by {
                Some(HeldBy::Role(rid)) if r.escalation.is_empty() && *rid != r.id => {
                    Some(w.role(rid))
                }
                _ => None,
            },
            ask: ask(w, m, r),
            risks: m
                .risks_for_role(&r.id)
                .map(|x| w.risk(x.id.as_str()))
                .collect(),
            systems: super::system::SystemTiesView::build(w, m.systems_for_role(&r.id)),
        }
    }
}

/// The chairs of the forums a role attends or calls, once each, leaving out the role itself:
/// the people a role holder asks first about the work those forums share.
fn ask(w: &Words, m: &Governance, r: &Role) -> Vec<AskView> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    let forums = m.forums_attended_by(&r.id).iter();
    for fid in forums.chain(m.forums_convened_by(&r.id)) {
        // Only the forum's seats: a forum's cadence or tasks must not re-render role cards.
        let Some(f) = m.forum_seats_of(fid.as_str()) else {
            continue;
        };
        if let Decidable::Decided(Chair::Role(chair)) = f.chair {
            if *chair != r.id && !seen.contains(chair) {
                seen.push(chair.clone());
                out.push(AskView {
                    role: w.role(chair),
                    forum: w.forum(fid),
                });
            }
        }
    }
    out
}
