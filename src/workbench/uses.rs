//! The content's message uses and their findings, kept entity by entity: a build checks every
//! entity, and the watch engine, after a content edit that kept every id, checks again only the
//! entities the edit resolved again (a use's findings read only the use and the source
//! language, so the others cannot have changed).

use super::check::use_findings;
use crate::diagnostics::Diagnostic;
use crate::i18n::Catalogues;
use crate::model::messages::{EntityUses, MessageUse};
use crate::model::reads::Kind;
use crate::model::Governance;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One entity's message uses and what the check found in them.
struct Checked {
    uses: Vec<MessageUse>,
    findings: Vec<Diagnostic>,
}

/// Every entity's message uses and findings, in the order a build reports them.
pub struct ContentUses {
    entities: Vec<Checked>,
    at: HashMap<(Kind, String), usize>,
    /// Each asked id's uses, made on first need (most builds never ask) and then kept current.
    asked: OnceLock<HashMap<String, Asked>>,
}

/// How many uses ask for one id, and how many of them require it.
#[derive(Debug, Clone, Copy, Default)]
struct Asked {
    uses: u32,
    required: u32,
}

/// Adds `uses` to the counts, or takes them away.
fn count(asked: &mut HashMap<String, Asked>, uses: &[MessageUse], add: bool) {
    for u in uses {
        let a = asked.entry(u.id.clone()).or_default();
        let required = u32::from(u.required);
        if add {
            a.uses += 1;
            a.required += required;
        } else {
            a.uses = a.uses.saturating_sub(1);
            a.required = a.required.saturating_sub(required);
            if a.uses == 0 {
                asked.remove(&u.id);
            }
        }
    }
}

impl ContentUses {
    /// Every entity's uses, each checked against the source language of `cats`.
    pub fn new(cats: &Catalogues, model: &Governance) -> ContentUses {
        Self::checked(cats, model.message_uses_by_entity())
    }

    /// [`Self::new`] from the uses already taken from the model (a build takes them while
    /// the words are still loading).
    pub fn checked(cats: &Catalogues, all: Vec<EntityUses>) -> ContentUses {
        let at = all
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.kind, e.id.clone()), i))
            .collect();
        let entities = all
            .into_par_iter()
            .map(|e| Checked {
                findings: use_findings(cats, &e.uses),
                uses: e.uses,
            })
            .collect();
        ContentUses {
            entities,
            at,
            asked: OnceLock::new(),
        }
    }

    /// Takes the uses of the given entities from `model` again and checks them; `false` (and
    /// nothing changed) when one of them is unknown here: then only [`Self::new`] is right.
    pub fn update(
        &mut self,
        cats: &Catalogues,
        model: &Governance,
        touched: &[(Kind, String)],
    ) -> bool {
        let Some(places) = touched
            .iter()
            .map(|k| self.at.get(k).copied())
            .collect::<Option<Vec<usize>>>()
        else {
            return false;
        };
        for ((kind, id), i) in touched.iter().zip(places) {
            let uses = model.message_uses_of(*kind, id);
            if let Some(asked) = self.asked.get_mut() {
                count(asked, &self.entities[i].uses, false);
                count(asked, &uses, true);
            }
            self.entities[i] = Checked {
                findings: use_findings(cats, &uses),
                uses,
            };
        }
        true
    }

    /// Whether any use asks for `id`, and if so whether one requires it.
    pub fn asks(&self, id: &str) -> Option<bool> {
        let asked = self.asked.get_or_init(|| {
            let mut asked = HashMap::new();
            for e in &self.entities {
                count(&mut asked, &e.uses, true);
            }
            asked
        });
        asked.get(id).map(|a| a.required > 0)
    }

    /// Every finding of the uses, entity by entity.
    pub fn findings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.entities.iter().flat_map(|e| &e.findings)
    }
}
