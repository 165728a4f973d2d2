//! The governance map: which roles chair and take part in which forums, and where a role takes
//! a disagreement (a forum, or the ordinary line organisation), drawn by [`super::map_svg`].
//! The whole map has its own page; each role card and meeting description draws the
//! neighbourhood of its entity. Every map comes with the same facts as a list of sentences.

use super::common::{Link, Words};
use super::map_svg::{draw, Edge, EdgeKind, Legend, Node, NodeKind};
use super::rows::{Rows, Templates};
use crate::diagnostics::Diagnostic;
use crate::model::{messages, Chair, Decidable, EscalationTarget, ForumId, Governance, RoleId};
use crate::render::engine::Engine;
use crate::render::routes::PageKind;
use fluent_bundle::{FluentArgs, FluentValue};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::HashSet;

/// Above this many boxes a map is not readable on a screen (nor cheap to lay out: the layout
/// grows faster than the graph). The whole map then draws the escalation paths only, and
/// nothing when even those are more; a neighbourhood map is left out (the page lists it all).
pub const MAX_NODES: usize = 60;

/// The map page.
#[derive(Debug, Serialize)]
pub struct MapView {
    /// `full`, `escalation` (only the escalation paths drawn) or `none` (too big to draw).
    pub scope: &'static str,
    /// The drawing (escaped here, so the template prints it as is).
    pub svg: Option<String>,
    /// How many roles and forums the site has, for the note when not all are drawn.
    pub roles: usize,
    /// See [`MapView::roles`].
    pub forums: usize,
    /// Every tie the drawing shows, in words.
    pub ties: Vec<Tie>,
    /// When nothing is drawn: the escalation paths in words, one kept block per role.
    pub blocks: Option<Rows<()>>,
}

/// A small map of one role's or forum's ties, on its page.
#[derive(Debug, Serialize)]
pub struct NeighbourhoodView {
    /// The drawing.
    pub svg: String,
    /// The same ties in words.
    pub ties: Vec<Tie>,
    /// The whole map's page.
    pub map_url: String,
}

/// One line of a map in words: "System owner chairs Change forum".
#[derive(Debug, Clone, Serialize)]
pub struct Tie {
    /// The role.
    pub from: Link,
    /// What it does: "chairs", "takes part in", "escalates to".
    pub what: String,
    /// The forum or the line organisation (its `url` empty when it has no page).
    pub to: Link,
    /// The system category an escalation is for ("for enterprise systems").
    pub category: Option<String>,
}

/// A graph under construction: nodes by key, in the order they were first met.
struct Builder<'a, 'w> {
    w: &'a Words<'w>,
    nodes: Vec<Node>,
    links: Vec<Link>,
    /// Node by key; hashed with a fast hasher (keys are the site's own ids, a few per map).
    index: FxHashMap<String, usize>,
    edges: Vec<Edge>,
    ties: Vec<Tie>,
    current: Option<String>,
    /// The words of each kind of tie (takes part, chairs, escalates), looked up at its first
    /// tie and with the fallbacks that look-up met: a map's ties and its legend name the same
    /// three, and each use counts the fallbacks again, as when each looked the words up.
    tie_words: [Option<(String, Vec<String>)>; 3],
}

impl<'a, 'w> Builder<'a, 'w> {
    fn new(w: &'a Words<'w>, current: Option<String>) -> Self {
        Builder {
            w,
            nodes: Vec::new(),
            links: Vec::new(),
            index: FxHashMap::default(),
            edges: Vec::new(),
            ties: Vec::new(),
            current,
            tie_words: Default::default(),
        }
    }

    /// The words of a kind of tie ([`Builder::tie_words`]).
    fn tie_word(&mut self, kind: EdgeKind) -> String {
        let (i, id) = match kind {
            EdgeKind::TakesPart => (0, "map-tie-takes-part"),
            EdgeKind::Chairs => (1, "map-tie-chairs"),
            EdgeKind::Escalates => (2, "map-tie-escalates"),
        };
        let loc = self.w.loc;
        if let Some((text, fallbacks)) = &self.tie_words[i] {
            loc.note_fallbacks(fallbacks);
            return text.clone();
        }
        let before = loc.take_fallbacks();
        let text = self.w.text(id);
        let met = loc.take_fallbacks();
        loc.note_fallbacks(&before);
        loc.note_fallbacks(&met);
        self.tie_words[i] = Some((text.clone(), met));
        text
    }

    fn node(&mut self, key: String, link: Link, kind: NodeKind) -> usize {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let current = self.current.as_deref() == Some(key.as_str());
        self.nodes.push(Node {
            label: super::capitalize(&link.text),
            url: (!current && !link.url.is_empty()).then(|| link.url.clone()),
            kind,
            current,
        });
        self.links.push(link);
        self.index.insert(key, self.nodes.len() - 1);
        self.nodes.len() - 1
    }

    fn role(&mut self, id: &RoleId) -> usize {
        let link = self.w.role(id);
        self.node(["role:", id.as_str()].concat(), link, NodeKind::Role)
    }

    fn forum(&mut self, id: &ForumId) -> usize {
        let link = self.w.forum(id);
        self.node(["forum:", id.as_str()].concat(), link, NodeKind::Forum)
    }

    fn target(&mut self, to: &EscalationTarget) -> usize {
        match to {
            EscalationTarget::Forum(f) => self.forum(f),
            EscalationTarget::LineOrganisation => {
                let link = line_organisation(self.w);
                self.node("line".into(), link, NodeKind::Line)
            }
        }
    }

    fn tie(&mut self, from: usize, to: usize, kind: EdgeKind, category: Option<String>) {
        let what = self.tie_word(kind);
        self.ties.push(Tie {
            from: self.links[from].clone(),
            what,
            to: self.links[to].clone(),
            category: category.as_ref().map(|c| {
                let mut a = FluentArgs::new();
                a.set("category", FluentValue::from(c.as_str()));
                self.w.with("map-for-category", &a)
            }),
        });
        self.edges.push(Edge {
            from,
            to,
            kind,
            label: category,
        });
    }

    /// A role's own ties: the forums it chairs and takes part in, and its escalation paths.
    fn role_ties(&mut self, m: &Governance, id: &RoleId, escalation_only: bool) {
        let r = self.role(id);
        if !escalation_only {
            for f in m.forums_chaired_by(id) {
                let t = self.forum(f);
                self.tie(r, t, EdgeKind::Chairs, None);
            }
            for f in m.forums_attended_by(id) {
                let t = self.forum(f);
                self.tie(r, t, EdgeKind::TakesPart, None);
            }
        }
        if let Some(escalation) = m.escalation_of(id) {
            for e in escalation {
                let t = self.target(&e.to);
                let cat = e.category.as_ref().map(|c| self.w.category(c).text);
                self.tie(r, t, EdgeKind::Escalates, cat);
            }
        }
    }

    fn finish(mut self, id: &str, title: String) -> (String, Vec<Tie>) {
        let w = self.w;
        let legend = Legend {
            title,
            nodes: [
                w.text("map-legend-role"),
                w.text("map-legend-forum"),
                w.text("map-legend-line-organisation"),
            ],
            edges: [
                self.tie_word(EdgeKind::TakesPart),
                self.tie_word(EdgeKind::Chairs),
                self.tie_word(EdgeKind::Escalates),
            ],
        };
        let svg = draw(&self.nodes, &self.edges, &legend, id);
        (svg, self.ties)
    }
}

/// The line organisation: linked to its glossary entry when the site defines the term.
fn line_organisation(w: &Words) -> Link {
    let term = messages::term("line-organisation");
    let url = if w.opt(&term).is_some() {
        format!("{}#term-line-organisation", w.url(&PageKind::Glossary))
    } else {
        String::new()
    };
    Link {
        text: w.text("map-line-organisation"),
        url,
    }
}

/// The whole map: every forum and every role tied to one, or, on a big site, less (see
/// [`MAX_NODES`]).
pub fn map(w: &Words, engine: &Engine) -> Result<MapView, Diagnostic> {
    let m = w.model;
    let roles: Vec<&RoleId> = m.role_ids().collect();
    let forums: Vec<&ForumId> = m.forum_ids().collect();
    let full_nodes = forums.len() + roles.iter().filter(|r| has_ties(m, r)).count() + 1;
    let mut b = Builder::new(w, None);
    let scope = if full_nodes <= MAX_NODES {
        for f in &forums {
            b.forum(f);
        }
        for r in roles.iter().filter(|r| has_ties(m, r)) {
            b.role_ties(m, r, false);
        }
        "full"
    } else {
        let escalating: Vec<&RoleId> = roles
            .iter()
            .copied()
            .filter(|r| m.escalation_of(r).is_some_and(|e| !e.is_empty()))
            .collect();
        // Boxes counted from the ids alone: on a big site the drawing is left out, and then
        // each role's sentences are a kept block, not words looked up for every role.
        let targets: HashSet<&EscalationTarget> = escalating
            .iter()
            .flat_map(|r| m.escalation_of(r).unwrap_or_default())
            .map(|e| &e.to)
            .collect();
        if escalating.len() + targets.len() > MAX_NODES {
            let write = engine.cards().ties.then_some(|views: &[EscalationBlock]| {
                crate::render::cards::ties_rows(engine.catalogues(), engine.lang(), views)
            });
            let blocks = w.rows_written(
                "map-escalation",
                &escalating,
                |r| r.as_str().to_string(),
                &Templates::new(engine, &["map-ties-rows.html"]),
                write,
                |r| escalation_block(w, r),
            )?;
            return Ok(MapView {
                scope: "none",
                svg: None,
                roles: roles.len(),
                forums: forums.len(),
                ties: Vec::new(),
                blocks: Some(blocks),
            });
        }
        for r in escalating {
            b.role_ties(m, r, true);
        }
        "escalation"
    };
    let (svg, ties) = b.finish("map", w.text("map-title"));
    Ok(MapView {
        scope,
        svg: Some(svg),
        roles: roles.len(),
        forums: forums.len(),
        ties,
        blocks: None,
    })
}

/// One role's escalation paths in words (`map-ties-rows.html`).
fn escalation_block(w: &Words, r: &RoleId) -> Option<(EscalationBlock, ())> {
    let mut b = Builder::new(w, None);
    b.role_ties(w.model, r, true);
    Some((EscalationBlock { ties: b.ties }, ()))
}

/// One role's escalation paths, as `map-ties-rows.html` shows them.
#[derive(Serialize)]
pub struct EscalationBlock {
    /// Its ties, an item each.
    pub ties: Vec<Tie>,
}

fn has_ties(m: &Governance, r: &RoleId) -> bool {
    !m.forums_chaired_by(r).is_empty()
        || !m.forums_attended_by(r).is_empty()
        || m.escalation_of(r).is_some_and(|e| !e.is_empty())
}

/// The map around one role: the forums it chairs and takes part in, where it escalates.
/// `None` when it has no ties or more than a map can show (its card lists them all).
pub fn role_neighbourhood(w: &Words, id: &RoleId) -> Option<NeighbourhoodView> {
    let mut b = Builder::new(w, Some(["role:", id.as_str()].concat()));
    b.role_ties(w.model, id, false);
    neighbourhood(b, id.as_str())
}

/// The map around one forum: its chair and participants, the roles that bring disagreements
/// to it, and where its chair takes one further.
pub fn forum_neighbourhood(w: &Words, id: &ForumId) -> Option<NeighbourhoodView> {
    let m = w.model;
    let f = m.forum(id.as_str())?;
    let mut b = Builder::new(w, Some(["forum:", id.as_str()].concat()));
    let me = b.forum(id);
    if let Decidable::Decided(Chair::Role(chair)) = &f.chair {
        let c = b.role(chair);
        b.tie(c, me, EdgeKind::Chairs, None);
        if let Some(escalation) = m.escalation_of(chair) {
            for e in escalation {
                let t = b.target(&e.to);
                let cat = e.category.as_ref().map(|c| w.category(c).text);
                b.tie(c, t, EdgeKind::Escalates, cat);
            }
        }
    }
    for p in &f.participants {
        let r = b.role(p);
        b.tie(r, me, EdgeKind::TakesPart, None);
    }
    for r in m.roles_escalating_to(id) {
        let Some(escalation) = m.escalation_of(r) else {
            continue;
        };
        let from = b.role(r);
        for e in escalation {
            if e.to == EscalationTarget::Forum(id.clone()) {
                let cat = e.category.as_ref().map(|c| w.category(c).text);
                b.tie(from, me, EdgeKind::Escalates, cat);
            }
        }
    }
    neighbourhood(b, id.as_str())
}

fn neighbourhood(b: Builder, id: &str) -> Option<NeighbourhoodView> {
    if b.edges.is_empty() || b.nodes.len() > MAX_NODES / 3 {
        return None;
    }
    let mut a = FluentArgs::new();
    a.set("name", FluentValue::from(b.w.title(id)));
    let w = b.w;
    let title = w.with("map-neighbourhood-title", &a);
    let (svg, ties) = b.finish("neighbourhood", title);
    let map_url = w.url(&PageKind::GovernanceMap);
    Some(NeighbourhoodView { svg, ties, map_url })
}
