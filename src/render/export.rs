//! The model as data: `govdoc export` and `data/governance.json` in every build.
//!
//! Entities keep their language-neutral ids and keys, with their relations both ways (the
//! derived ones too, so a reader needs no graph code), and the texts are a separate map per
//! language from message id to text. `govdoc export` writes both in one file; a build publishes
//! the structure as `data/governance.json` and each language's texts as
//! `data/<lang>/texts.json`, so that editing a message rewrites one language's texts, not the
//! model. Undecided and described values keep the YAML's keywords
//! (`undecided`, `described`, `appointed`, `line-organisation`). The shape is
//! `schemas/governance.schema.json`; every read goes through [`Governance`]'s accessors.

use super::memo::{self, Memo};
use crate::i18n::Catalogues;
use crate::load::Settings;
use crate::model::{
    Chair, ConceptKind, Decidable, DecisionAuthority, EscalationTarget, Forum, Governance, HeldBy,
    Party, Rhythm, Risk, Role, System, SystemTie,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where every build publishes the export's structure.
pub const PATH: &str = "data/governance.json";

/// Where every build publishes the texts of a language: message id → text.
pub fn texts_path(lang: &str) -> String {
    format!("data/{lang}/texts.json")
}

/// The version of the export's shape; raised on every incompatible change.
pub const FORMAT: u32 = 1;

/// The whole validated model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Export {
    /// [`FORMAT`].
    pub format: u32,
    /// The language authors write first.
    pub source_language: String,
    /// The site's languages in order.
    pub languages: Vec<String>,
    /// Role groups in order, with their roles.
    pub role_groups: Vec<Group>,
    /// Forum groups in order, with their forums.
    pub forum_groups: Vec<Group>,
    /// System category ids in order.
    pub system_categories: Vec<String>,
    /// Roles.
    pub roles: Vec<RoleData>,
    /// Forums.
    pub forums: Vec<ForumData>,
    /// Systems.
    pub systems: Vec<SystemData>,
    /// The risk register.
    pub risks: Vec<RiskData>,
    /// The strategy chain, top down, with its question keys.
    pub strategy_levels: Vec<ConceptData>,
    /// Capacities with their capability keys.
    pub capacities: Vec<ConceptData>,
    /// The foundations of ICT use.
    pub foundations: Vec<ConceptData>,
    /// Sides of the orderer-supplier-SLA model with their responsibility keys.
    pub supply_sides: Vec<ConceptData>,
    /// The ICT functions.
    pub functions: Vec<ConceptData>,
    /// Prose pages.
    pub pages: Vec<PageData>,
    /// Per language: message id → text (fallback languages filled in as the site shows them).
    /// Only in `govdoc export`; a build publishes them per language ([`texts_path`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<String, BTreeMap<String, String>>,
}

/// A part of the model: an id and its item keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ConceptData {
    pub id: String,
    pub items: Vec<String>,
}

/// A prose page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PageData {
    pub id: String,
    /// Whether the menu lists it.
    pub nav: bool,
}

/// A group and its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub members: Vec<String>,
}

/// A tie between a system and a role or forum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Tie {
    /// `owns`, `coordinates`, `operates`, `supplies`, `change-forum` or `user-forum`.
    pub tie: String,
    pub system: String,
}

/// A role with what it does and everything that refers to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RoleData {
    pub id: String,
    /// A role id or `described`.
    pub held_by: Option<String>,
    pub responsibilities: Vec<String>,
    pub tasks: Vec<String>,
    pub competencies: Vec<String>,
    pub success_factors: Vec<String>,
    pub policy_areas: Vec<String>,
    pub notes: Vec<String>,
    pub escalation: Vec<EscalationData>,
    /// Derived: forums it chairs, attends, convenes; roles it holds; systems; risks.
    pub chairs: Vec<String>,
    pub attends: Vec<String>,
    pub convenes: Vec<String>,
    pub holds: Vec<String>,
    pub systems: Vec<Tie>,
    pub risks: Vec<String>,
}

/// One escalation path of a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct EscalationData {
    /// A system category id, or none for every category.
    #[serde(rename = "for")]
    pub for_category: Option<String>,
    /// A forum id or `line-organisation`.
    pub to: String,
}

/// A forum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ForumData {
    pub id: String,
    pub per_system: bool,
    /// `decides`, `none` (not a decision forum) or `undecided`.
    pub decision_authority: String,
    /// The role whose authority the forum decides by, when it decides.
    pub by_virtue_of: Option<String>,
    pub powers: Vec<String>,
    pub main_tasks: Vec<String>,
    pub agenda_fixed: bool,
    pub agenda: Vec<String>,
    pub cadence: CadenceData,
    /// A role id, `appointed` or `undecided`.
    pub chair: String,
    pub chair_duties: Vec<String>,
    pub participants: Vec<String>,
    pub participant_notes: Vec<String>,
    pub establishment: Option<EstablishmentData>,
    pub notes: Vec<String>,
    /// Dated meetings, earliest first (absent in exports made before they existed).
    #[serde(default)]
    pub meetings: Vec<MeetingData>,
    /// Derived: roles escalating to it, systems it governs, risks.
    pub escalated_from: Vec<String>,
    pub systems: Vec<Tie>,
    pub risks: Vec<String>,
}

/// A dated meeting of a forum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MeetingData {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// A note key (message `forum-<id>-meeting-<key>`).
    pub note: Option<String>,
}

/// How often a forum meets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct CadenceData {
    pub rhythm: Option<RhythmData>,
    pub when_needed: bool,
    pub convened_by: Option<String>,
    /// A different rhythm for one system category.
    pub for_category: Option<String>,
    pub category_rhythm: Option<RhythmData>,
}

/// `regular`, or between `min` and `max` times per `per`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RhythmData {
    pub regular: bool,
    pub min: Option<u32>,
    pub max: Option<u32>,
    /// `week`, `month`, `quarter` or `year`.
    pub per: Option<String>,
}

/// The system categories for which a forum must and may be established.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct EstablishmentData {
    pub must: Vec<String>,
    pub may: Vec<String>,
}

/// A system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SystemData {
    pub id: String,
    pub category: String,
    /// Role ids or `undecided`.
    pub owner: Option<String>,
    pub coordinator: Option<String>,
    /// Role ids, `described` or `undecided`.
    pub operations_provider: Option<String>,
    pub supplier: Option<String>,
    /// The agreement's reference or `undecided`.
    pub sla: Option<String>,
    /// Forum ids or `undecided`.
    pub change_forum: Option<String>,
    pub user_forum: Option<String>,
    /// Derived: the risks that concern it.
    pub risks: Vec<String>,
}

/// A risk of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RiskData {
    pub id: String,
    /// A role id or `undecided`.
    pub owner: Option<String>,
    pub likelihood: Option<Score>,
    pub impact: Option<Score>,
    /// `described` or `undecided`.
    pub mitigation: Option<String>,
    /// `open`, `mitigating`, `accepted` or `closed`.
    pub status: Option<String>,
    pub roles: Vec<String>,
    pub forums: Vec<String>,
    pub systems: Vec<String>,
    pub points: Vec<String>,
}

/// 1 (very low) to 5 (very high), or `undecided`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Score {
    Level(u8),
    Open(String),
}

const UNDECIDED: &str = "undecided";

fn ids<T: AsRef<str>>(v: impl IntoIterator<Item = T>) -> Vec<String> {
    v.into_iter().map(|s| s.as_ref().to_string()).collect()
}

fn decidable<T>(d: &Option<Decidable<T>>, f: impl Fn(&T) -> String) -> Option<String> {
    d.as_ref().map(|d| match d {
        Decidable::Decided(t) => f(t),
        Decidable::Undecided => UNDECIDED.to_string(),
    })
}

fn party(p: &Party) -> String {
    match p {
        Party::Role(r) => r.as_str().to_string(),
        Party::Described => "described".to_string(),
    }
}

fn score(d: &Option<Decidable<u8>>) -> Option<Score> {
    d.as_ref().map(|d| match d {
        Decidable::Decided(n) => Score::Level(*n),
        Decidable::Undecided => Score::Open(UNDECIDED.into()),
    })
}

fn tie(t: SystemTie) -> String {
    match t {
        SystemTie::Owns => "owns",
        SystemTie::Coordinates => "coordinates",
        SystemTie::Operates => "operates",
        SystemTie::Supplies => "supplies",
        SystemTie::ChangeForum => "change-forum",
        SystemTie::UserForum => "user-forum",
    }
    .to_string()
}

fn ties(v: &[(SystemTie, crate::model::SystemId)]) -> Vec<Tie> {
    v.iter()
        .map(|(t, s)| Tie {
            tie: tie(*t),
            system: s.as_str().to_string(),
        })
        .collect()
}

fn rhythm(r: &Rhythm) -> RhythmData {
    match r {
        Rhythm::Regular => RhythmData {
            regular: true,
            min: None,
            max: None,
            per: None,
        },
        Rhythm::Periodic { min, max, per } => RhythmData {
            regular: false,
            min: Some(*min),
            max: Some(*max),
            per: Some(per.as_str().to_string()),
        },
    }
}

/// The model and its texts as data.
pub fn export(model: &Governance, settings: &Settings, catalogues: &Catalogues) -> Export {
    let mut e = structure(model, settings);
    e.texts = settings
        .codes()
        .map(|lang| (lang.to_string(), texts(model, catalogues, lang)))
        .collect();
    e
}

/// The ids of every message the content uses, sorted, each once.
fn used_ids(model: &Governance) -> Vec<String> {
    let mut ids: Vec<String> = model.message_uses().into_iter().map(|u| u.id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The texts of one language: every message the content uses that the language (or its
/// fallbacks) has.
pub fn texts(model: &Governance, catalogues: &Catalogues, lang: &str) -> BTreeMap<String, String> {
    let loc = catalogues.localizer(lang).marking(false);
    used_ids(model)
        .into_iter()
        .filter_map(|id| loc.get(&id, None).map(|t| (id, t)))
        .collect()
}

/// Messages per chunk of [`texts_json`], on average.
const CHUNK: u64 = 128;

/// The used ids cut into chunks after every id whose hash is a multiple of [`CHUNK`]: the cuts
/// depend on the ids alone, so an added or removed message changes only its own chunk. Each
/// chunk comes with a hash of its ids, which names it.
pub struct Chunks {
    ids: Vec<String>,
    chunks: Vec<(u64, std::ops::Range<usize>)>,
}

fn chunks(ids: Vec<String>) -> Chunks {
    use xxhash_rust::xxh3::{xxh3_64, Xxh3};
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut hash = Xxh3::new();
    for (i, id) in ids.iter().enumerate() {
        hash.update(id.as_bytes());
        hash.update(b"\n");
        if xxh3_64(id.as_bytes()) % CHUNK == 0 || i + 1 == ids.len() {
            chunks.push((hash.digest(), start..i + 1));
            hash.reset();
            start = i + 1;
        }
    }
    Chunks { ids, chunks }
}

/// [`texts`] as pretty JSON with a final newline, byte for byte what serde writes, put together
/// from chunks kept in `memo`: a message edit formats one chunk again, not 80,000 messages.
/// The used ids are the same in every language: a plain build gives `shared` and the number of
/// languages, and they are found once for all of them.
pub fn texts_json(
    model: &Governance,
    catalogues: &Catalogues,
    lang: &str,
    memo: Option<&Memo>,
    shared: Option<(&memo::Shared<Chunks>, usize)>,
) -> String {
    let used = match shared {
        Some((shared, langs)) => shared.get(String::new(), langs, || chunks(used_ids(model))),
        None => memo::fragment(
            memo,
            || "export-ids".to_string(),
            || chunks(used_ids(model)),
        ),
    };
    let loc = catalogues.localizer(lang).marking(false);
    if memo.is_none() {
        // Nothing is kept: the lines are written straight into the file (each chunk was
        // copied once more, megabytes per language).
        let mut out = String::with_capacity(used.ids.len() * 32);
        out.push_str("{\n");
        text_lines(&mut out, &loc, &used.ids);
        if out.len() == 2 {
            return "{}\n".to_string();
        }
        out.push_str("\n}\n");
        return out;
    }
    let pieces: Vec<_> = used
        .chunks
        .iter()
        .map(|(hash, range)| {
            memo::fragment(
                memo,
                || format!("export-texts/{lang}/{hash:016x}"),
                || {
                    let mut out = String::new();
                    text_lines(&mut out, &loc, &used.ids[range.clone()]);
                    out
                },
            )
        })
        .filter(|lines| !lines.is_empty())
        .collect();
    if pieces.is_empty() {
        return "{}\n".to_string();
    }
    let len = pieces.iter().map(|p| p.len() + 2).sum::<usize>() + 4;
    let mut out = String::with_capacity(len);
    out.push_str("{\n");
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(p);
    }
    out.push_str("\n}\n");
    out
}

/// The other control characters as serde_json writes them (`\u` and lower-case hex).
const CONTROL: [&str; 32] = [
    "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
    "\\u0008", "\\u0009", "\\u000a", "\\u000b", "\\u000c", "\\u000d", "\\u000e", "\\u000f",
    "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
    "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
];

/// `s` as a JSON string, byte for byte what serde_json writes, appended to `out`: serde's
/// escaping through `io::Write` cost more per text of the export than looking the text up,
/// and almost no text has anything to escape.
pub(super) fn json_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    // Checked for the bytes JSON escapes without stopping at the first, so that the loop
    // runs over whole vector registers.
    let plain = !s.bytes().fold(false, |any, b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if plain {
        out.push_str(s);
    } else {
        crate::markup::escape_runs(out, s, |b| match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\t' => Some("\\t"),
            b'\r' => Some("\\r"),
            0x08 => Some("\\b"),
            0x0C => Some("\\f"),
            0..=0x1F => Some(CONTROL[usize::from(b)]),
            _ => None,
        });
    }
    out.push('"');
}

/// The lines of [`texts_json`] of `ids` (those the language has), joined by `,\n`, appended
/// to `out`. Written in place: a string per quoted id, text and line was a third of the
/// export's time.
fn text_lines(out: &mut String, loc: &crate::i18n::Localizer, ids: &[String]) {
    let mut first = true;
    for id in ids {
        let Some(text) = loc.get(id, None) else {
            continue;
        };
        if !first {
            out.push_str(",\n");
        }
        first = false;
        out.push_str("  ");
        json_str(out, id);
        out.push_str(": ");
        json_str(out, &text);
    }
}

/// What the export holds of one role.
fn role_data(model: &Governance, r: &Role) -> RoleData {
    RoleData {
        id: r.id.as_str().to_string(),
        held_by: r.held_by.as_ref().map(|h| match h {
            HeldBy::Role(id) => id.as_str().to_string(),
            HeldBy::Described => "described".to_string(),
        }),
        responsibilities: r.responsibilities.clone(),
        tasks: r.tasks.clone(),
        competencies: r.competencies.clone(),
        success_factors: r.success_factors.clone(),
        policy_areas: r.policy_areas.clone(),
        notes: r.notes.clone(),
        escalation: r
            .escalation
            .iter()
            .map(|e| EscalationData {
                for_category: e.category.as_ref().map(|c| c.as_str().to_string()),
                to: match &e.to {
                    EscalationTarget::Forum(f) => f.as_str().to_string(),
                    EscalationTarget::LineOrganisation => "line-organisation".to_string(),
                },
            })
            .collect(),
        chairs: ids(model.forums_chaired_by(&r.id).iter().map(|f| f.as_str())),
        attends: ids(model.forums_attended_by(&r.id).iter().map(|f| f.as_str())),
        convenes: ids(model.forums_convened_by(&r.id).iter().map(|f| f.as_str())),
        holds: ids(model.roles_held_by(&r.id).iter().map(|f| f.as_str())),
        systems: ties(model.systems_for_role(&r.id)),
        risks: ids(model.risks_for_role(&r.id).map(|k| k.id.as_str())),
    }
}

/// What the export holds of one forum.
fn forum_data(model: &Governance, f: &Forum) -> ForumData {
    let (authority, by_virtue_of, powers) = match &f.authority {
        Decidable::Undecided => (UNDECIDED, None, Vec::new()),
        Decidable::Decided(DecisionAuthority::None) => ("none", None, Vec::new()),
        Decidable::Decided(DecisionAuthority::Decides {
            by_virtue_of,
            powers,
        }) => (
            "decides",
            by_virtue_of.as_ref().map(|r| r.as_str().to_string()),
            powers.clone(),
        ),
    };
    ForumData {
        id: f.id.as_str().to_string(),
        per_system: f.per_system,
        decision_authority: authority.to_string(),
        by_virtue_of,
        powers,
        main_tasks: f.main_tasks.clone(),
        agenda_fixed: f.agenda.fixed,
        agenda: f.agenda.items.clone(),
        cadence: CadenceData {
            rhythm: f.cadence.rhythm.as_ref().map(rhythm),
            when_needed: f.cadence.when_needed,
            convened_by: f.cadence.convened_by.as_ref().map(|r| r.as_str().into()),
            for_category: f
                .cadence
                .for_category
                .as_ref()
                .map(|(c, _)| c.as_str().into()),
            category_rhythm: f.cadence.for_category.as_ref().map(|(_, r)| rhythm(r)),
        },
        chair: match &f.chair {
            Decidable::Undecided => UNDECIDED.to_string(),
            Decidable::Decided(Chair::Appointed) => "appointed".to_string(),
            Decidable::Decided(Chair::Role(r)) => r.as_str().to_string(),
        },
        chair_duties: f.chair_duties.clone(),
        participants: ids(f.participants.iter().map(|r| r.as_str())),
        participant_notes: f.participant_notes.clone(),
        establishment: f.establishment.as_ref().map(|e| EstablishmentData {
            must: ids(e.must.iter().map(|c| c.as_str())),
            may: ids(e.may.iter().map(|c| c.as_str())),
        }),
        notes: f.notes.clone(),
        meetings: f
            .meetings
            .iter()
            .map(|m| MeetingData {
                date: m.date.iso(),
                note: m.note.clone(),
            })
            .collect(),
        escalated_from: ids(model.roles_escalating_to(&f.id).iter().map(|r| r.as_str())),
        systems: ties(model.systems_for_forum(&f.id)),
        risks: ids(model.risks_for_forum(&f.id).map(|k| k.id.as_str())),
    }
}

/// What the export holds of one system.
fn system_data(model: &Governance, s: &System) -> SystemData {
    SystemData {
        id: s.id.as_str().to_string(),
        category: s.category.as_str().to_string(),
        owner: decidable(&s.owner, |r| r.as_str().to_string()),
        coordinator: decidable(&s.coordinator, |r| r.as_str().to_string()),
        operations_provider: decidable(&s.operations_provider, party),
        supplier: decidable(&s.supplier, party),
        sla: decidable(&s.sla, Clone::clone),
        change_forum: decidable(&s.change_forum, |f| f.as_str().to_string()),
        user_forum: decidable(&s.user_forum, |f| f.as_str().to_string()),
        risks: ids(model.risks_for_system(&s.id).map(|k| k.id.as_str())),
    }
}

/// What the export holds of one risk.
fn risk_data(k: &Risk) -> RiskData {
    RiskData {
        id: k.id.as_str().to_string(),
        owner: decidable(&k.owner, |r| r.as_str().to_string()),
        likelihood: score(&k.likelihood),
        impact: score(&k.impact),
        mitigation: decidable(&k.mitigation, |()| "described".to_string()),
        status: k.status.map(|s| s.as_str().to_string()),
        roles: ids(k.roles.iter().map(|r| r.as_str())),
        forums: ids(k.forums.iter().map(|r| r.as_str())),
        systems: ids(k.systems.iter().map(|r| r.as_str())),
        points: k.points.clone(),
    }
}

/// The model as data without its texts: what `data/governance.json` holds.
pub fn structure(model: &Governance, settings: &Settings) -> Export {
    let mut e = frame(model, settings);
    e.roles = model.roles().map(|r| role_data(model, r)).collect();
    e.forums = model.forums().map(|f| forum_data(model, f)).collect();
    e.systems = model.systems().map(|s| system_data(model, s)).collect();
    e.risks = model.risks().map(risk_data).collect();
    e
}

/// The export without its texts and without the entities of the four big lists (roles,
/// forums, systems, risks), which [`data_json`] keeps piece by piece.
fn frame(model: &Governance, settings: &Settings) -> Export {
    let concepts = |kind: ConceptKind| -> Vec<ConceptData> {
        model
            .concepts(kind)
            .map(|c| ConceptData {
                id: c.id.clone(),
                items: c.items.clone(),
            })
            .collect()
    };
    let strategy_levels = concepts(ConceptKind::StrategyLevel);
    let capacities = concepts(ConceptKind::Capacity);
    let foundations = concepts(ConceptKind::Foundation);
    let supply_sides = concepts(ConceptKind::SupplySide);
    let functions = concepts(ConceptKind::Function);
    let pages = model
        .pages()
        .map(|p| PageData {
            id: p.id.clone(),
            nav: p.nav,
        })
        .collect();
    Export {
        format: FORMAT,
        source_language: settings.source_language.clone(),
        languages: ids(settings.codes()),
        role_groups: model
            .role_groups()
            .map(|g| Group {
                id: g.id.clone(),
                members: ids(g.roles.iter().map(|r| r.as_str())),
            })
            .collect(),
        forum_groups: model
            .forum_groups()
            .map(|g| Group {
                id: g.id.clone(),
                members: ids(g.forums.iter().map(|r| r.as_str())),
            })
            .collect(),
        system_categories: ids(model.system_categories().map(|c| c.id.as_str())),
        roles: Vec::new(),
        forums: Vec::new(),
        systems: Vec::new(),
        risks: Vec::new(),
        strategy_levels,
        capacities,
        foundations,
        supply_sides,
        functions,
        pages,
        texts: BTreeMap::new(),
    }
}

/// One entity as an element of a top-level list of [`to_json`]'s output: serde's pretty JSON
/// indented by the two levels it sits at (no string holds a line break: JSON escapes them).
fn element(value: &impl Serialize) -> String {
    // Written by serde two levels deep, inside two lists whose lines are then cut off (cheaper
    // than indenting every line of it again).
    let json = serde_json::to_string_pretty(&[[value]]).unwrap_or_default();
    if let Some(inner) = json
        .strip_prefix("[\n  [\n")
        .and_then(|j| j.strip_suffix("\n  ]\n]"))
    {
        return inner.to_string();
    }
    reindented(value)
}

/// [`element`] by indenting every line of serde's pretty JSON.
fn reindented(value: &impl Serialize) -> String {
    let json = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut out = String::with_capacity(json.len() + json.len() / 8);
    for (i, line) in json.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("    ");
        out.push_str(line);
    }
    out
}

/// The elements of a top-level list of [`data_json`], in kept blocks of kept elements, each
/// block its elements joined the way serde writes them: an edit of one entity serialises one
/// element and joins one block again, not 10,000 entities. `ids` runs inside the kept list of
/// ids, so that its membership read invalidates it.
fn list_blocks(
    memo: Option<&Memo>,
    kind: &str,
    ids: impl FnOnce() -> Vec<String>,
    one: impl Fn(&str) -> Option<String>,
) -> Vec<std::sync::Arc<String>> {
    let cut = memo::fragment(memo, || format!("export-data-ids/{kind}"), || chunks(ids()));
    cut.chunks
        .iter()
        .map(|(hash, range)| {
            memo::fragment(
                memo,
                || format!("export-data-block/{kind}/{hash:016x}"),
                || {
                    let mut out = String::new();
                    for id in &cut.ids[range.clone()] {
                        let json = memo::fragment(
                            memo,
                            || format!("export-data/{kind}/{id}"),
                            || one(id).unwrap_or_default(),
                        );
                        if json.is_empty() {
                            continue;
                        }
                        if !out.is_empty() {
                            out.push_str(",\n");
                        }
                        out.push_str(&json);
                    }
                    out
                },
            )
        })
        .filter(|b| !b.is_empty())
        .collect()
}

/// [`structure`] as [`to_json`] writes it, byte for byte (`data/governance.json`), with the
/// roles, forums, systems and risks kept in `memo` entity by entity and in blocks: a YAML edit
/// of one role serialises that role again, not the whole model (30 ms at 10,000 entities).
pub fn data_json(model: &Governance, settings: &Settings, memo: Option<&Memo>) -> String {
    let frame = to_json(&frame(model, settings));
    let lists = [
        (
            "roles",
            list_blocks(
                memo,
                "role",
                || model.role_ids().map(|i| i.as_str().to_string()).collect(),
                |id| model.role(id).map(|r| element(&role_data(model, r))),
            ),
        ),
        (
            "forums",
            list_blocks(
                memo,
                "forum",
                || model.forum_ids().map(|i| i.as_str().to_string()).collect(),
                |id| model.forum(id).map(|f| element(&forum_data(model, f))),
            ),
        ),
        (
            "systems",
            list_blocks(
                memo,
                "system",
                || model.system_ids().map(|i| i.as_str().to_string()).collect(),
                |id| model.system(id).map(|s| element(&system_data(model, s))),
            ),
        ),
        (
            "risks",
            list_blocks(
                memo,
                "risk",
                || model.risk_ids().map(str::to_string).collect(),
                |id| model.risk(id).map(|k| element(&risk_data(k))),
            ),
        ),
    ];
    // Where each list goes: the frame's `[]` of that field, on the only line at the top
    // level's indentation with that key. Put together in one buffer of the final size (the
    // file is 6 MB at 10,000 entities).
    let mut at: Vec<(usize, &[std::sync::Arc<String>])> = lists
        .iter()
        .filter_map(|(field, blocks)| {
            let empty = format!("\n  \"{field}\": [],");
            frame
                .find(&empty)
                .map(|i| (i + empty.len() - 3, blocks.as_slice()))
        })
        .collect();
    at.sort_by_key(|(i, _)| *i);
    let len = frame.len()
        + at.iter()
            .flat_map(|(_, b)| b.iter().map(|b| b.len() + 2))
            .sum::<usize>()
        + at.len() * 8;
    let mut out = String::with_capacity(len);
    let mut from = 0;
    for (i, blocks) in at {
        out.push_str(&frame[from..i]);
        from = i + 2;
        if blocks.is_empty() {
            out.push_str("[]");
            continue;
        }
        out.push_str("[\n");
        for (n, b) in blocks.iter().enumerate() {
            if n > 0 {
                out.push_str(",\n");
            }
            out.push_str(b);
        }
        out.push_str("\n  ]");
    }
    out.push_str(&frame[from..]);
    out
}

/// The export as pretty JSON with a final newline.
pub fn to_json(export: &Export) -> String {
    let mut s = serde_json::to_string_pretty(export).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_string_is_written_as_serde_writes_it() {
        let mut every: String = (0u8..0x80).map(char::from).collect();
        every.push_str("æøå «Gestión» \u{2028} \u{e000}nb\u{e001}x\u{e002} \u{10348}");
        for s in [
            every.as_str(),
            "",
            "plain",
            "\"",
            "a\\b",
            "\u{7f}",
            "tab\there\n",
        ] {
            let mut ours = String::from("x");
            json_str(&mut ours, s);
            let serde = serde_json::to_string(s).expect("serialises");
            assert_eq!(ours, format!("x{serde}"), "{s:?}");
        }
    }

    #[test]
    fn an_element_is_indented_as_serde_writes_it_two_levels_deep() {
        let risk = RiskData {
            id: "r\n1".to_string(),
            owner: None,
            likelihood: Some(Score::Level(3)),
            impact: Some(Score::Open(UNDECIDED.to_string())),
            mitigation: None,
            status: Some("open".to_string()),
            roles: vec!["a".to_string(), "b".to_string()],
            forums: Vec::new(),
            systems: Vec::new(),
            points: vec!["p".to_string()],
        };
        assert_eq!(element(&risk), reindented(&risk));
        assert_eq!(
            element(&Vec::<String>::new()),
            reindented(&Vec::<String>::new())
        );
        assert_eq!(element(&"x"), "    \"x\"");
    }
}
