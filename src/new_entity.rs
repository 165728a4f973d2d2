//! `govdoc new KIND ID`: starts a role, forum, risk or system as a YAML file and its
//! source-language messages, so that the site builds at once and `govdoc check` lists what is
//! left to fill in.
//!
//! What an author still has to decide is written as `undecided` where the model allows it
//! (an owner, a chair), which the site shows as an open question; everything else that needs
//! the author's words carries the marker [`FILL_IN`], in a YAML comment or in the placeholder
//! text of a message. [`unfinished`] finds every marker left in `content/` and the
//! source-language messages, which is how `govdoc check` names what is left to do.

use crate::diagnostics::{Diagnostic, Location};
use crate::load::{FileRole, SiteInput};
use crate::model::{is_valid_id, messages, Governance};
use std::path::{Path, PathBuf};

/// The marker of text still to be written; `govdoc check` reports every one left.
pub const FILL_IN: &str = "TODO(govdoc new)";

/// The kinds `govdoc new` can start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewKind {
    /// A role (`content/roles/`).
    Role,
    /// A forum (`content/forums/`).
    Forum,
    /// A risk (`content/risks/`).
    Risk,
    /// A system (`content/systems/`).
    System,
}

impl NewKind {
    /// The kind as the command line and message ids write it.
    pub fn word(self) -> &'static str {
        match self {
            NewKind::Role => "role",
            NewKind::Forum => "forum",
            NewKind::Risk => "risk",
            NewKind::System => "system",
        }
    }

    /// The content folder, also the name of the messages file the entity's words go into.
    fn folder(self) -> &'static str {
        match self {
            NewKind::Role => "roles",
            NewKind::Forum => "forums",
            NewKind::Risk => "risks",
            NewKind::System => "systems",
        }
    }
}

/// What `govdoc new` wrote, and what the author should do next.
#[derive(Debug, Clone)]
pub struct Created {
    /// The files written or appended to, relative to the site root.
    pub files: Vec<PathBuf>,
    /// What to fill in, one line each.
    pub todo: Vec<String>,
}

/// Refuses an id that is malformed or taken: a role or forum name is a Fluent term shared with
/// every role, forum and system category, so those three share one name space.
fn check_id(model: &Governance, kind: NewKind, id: &str) -> Result<(), Diagnostic> {
    if !is_valid_id(id) {
        return Err(Diagnostic::error(
            "new::bad-id",
            format!("`{}` is not a valid id", id.escape_default()),
        )
        .help("use lower-case letters, digits and single hyphens, starting with a letter, such as `payroll` or `records-manager`"));
    }
    let taken = match kind {
        NewKind::Role | NewKind::Forum => model
            .role(id)
            .map(|r| ("role", &r.origin))
            .or_else(|| model.forum(id).map(|f| ("forum", &f.origin)))
            .or_else(|| {
                model
                    .system_categories()
                    .find(|c| c.id == id)
                    .map(|c| ("system category", &c.origin))
            }),
        NewKind::Risk => model
            .risks()
            .find(|r| r.id.as_str() == id)
            .map(|r| ("risk", &r.origin)),
        NewKind::System => model.system(id).map(|s| ("system", &s.origin)),
    };
    match taken {
        Some((what, origin)) => Err(Diagnostic::error(
            "new::exists",
            format!("the site already has a {what} `{id}`"),
        )
        .at(origin.locate("id"))
        .label("already defined here")
        .help("choose another id, or edit the existing one")),
        None => Ok(()),
    }
}

/// The YAML of a new entity: required fields first, open ones `undecided`.
fn yaml(kind: NewKind, id: &str, categories: &[String]) -> String {
    let head = format!(
        "# Started by `govdoc new {} {id}`. Fields: README, \"Content is structure; locales are words\".\n# `govdoc check` lists each line marked TODO below until you remove the mark.\n",
        kind.word()
    );
    let body = match kind {
        NewKind::Role => format!(
            "id: {id}\n# {FILL_IN}: list the role's keys; each needs the message role-{id}-<list>-<key>.\nresponsibilities: []\ntasks: []\n"
        ),
        NewKind::Forum => format!(
            "id: {id}\n# Required: none (not a decision forum), undecided, or {{by-virtue-of: <role>, powers: [keys]}}.\ndecision-authority: undecided\n# Required: who leads it, a role id, appointed or undecided.\nchair: undecided\n# Required: how often it meets.\ncadence:\n  # {FILL_IN}: add a rhythm such as {{times: 1, per: month}}, or keep only when-needed.\n  when-needed: true\n# {FILL_IN}: the role ids that take part.\nparticipants: []\n"
        ),
        NewKind::Risk => format!(
            "id: {id}\nowner: undecided\nlikelihood: undecided\nimpact: undecided\nmitigation: undecided\nstatus: open\n# {FILL_IN}: the roles, forums and systems the risk concerns.\nconcerns:\n  roles: []\n  forums: []\n  systems: []\n"
        ),
        NewKind::System => format!(
            "id: {id}\n# Required. {FILL_IN}: choose the category: {}.\ncategory: {}\nowner: undecided\ncoordinator: undecided\noperations-provider: undecided\nsupplier: undecided\nsla: undecided\nchange-forum: undecided\nuser-forum: undecided\n",
            categories.join(", "),
            categories.first().map_or("", String::as_str)
        ),
    };
    head + &body
}

/// The source-language messages a new entity needs, with placeholder text in the source
/// language (Norwegian Bokmål, Spanish or English; English for any other), so the author
/// reads what to write in the language they write in.
fn ftl(kind: NewKind, id: &str, source_language: &str) -> String {
    let k = kind.word();
    let mut out =
        format!("\n# govdoc new {k} {id}: write each text marked TODO and remove the mark.\n");
    let mut line = |mid: String, what: Hint| {
        out.push_str(&format!(
            "{mid} = {FILL_IN}: {}\n",
            what.in_language(source_language)
        ));
    };
    match kind {
        NewKind::Role => {
            line(messages::term(id), Hint::RoleName);
            line(messages::field(k, id, "summary"), Hint::RoleSummary);
        }
        NewKind::Forum => {
            line(messages::term(id), Hint::ForumName);
            line(messages::field(k, id, "purpose"), Hint::ForumPurpose);
        }
        NewKind::Risk => line(messages::field(k, id, "name"), Hint::RiskName),
        NewKind::System => line(messages::field(k, id, "name"), Hint::SystemName),
    }
    out
}

/// What a placeholder asks the author to write.
#[derive(Clone, Copy)]
enum Hint {
    RoleName,
    RoleSummary,
    ForumName,
    ForumPurpose,
    RiskName,
    SystemName,
}

impl Hint {
    fn in_language(self, lang: &str) -> &'static str {
        let [nb, es, en] = match self {
            Hint::RoleName => ["rollens navn", "el nombre del rol", "the role's name"],
            Hint::RoleSummary => [
                "hva rollen gjør, i én setning",
                "qué hace el rol, en una frase",
                "what the role does, in one sentence",
            ],
            Hint::ForumName => ["forumets navn", "el nombre del foro", "the forum's name"],
            Hint::ForumPurpose => [
                "hva forumet er til, i én setning",
                "para qué sirve el foro, en una frase",
                "what the forum is for, in one sentence",
            ],
            Hint::RiskName => [
                "risikoen, kort",
                "el riesgo, en pocas palabras",
                "the risk, briefly",
            ],
            Hint::SystemName => [
                "systemets navn",
                "el nombre del sistema",
                "the system's name",
            ],
        };
        match lang.split(['-', '_']).next().unwrap_or(lang) {
            "nb" | "no" | "nn" => nb,
            "es" => es,
            _ => en,
        }
    }
}

/// Writes the YAML and the source-language messages of a new entity into the site at `root`.
/// The site must load without errors first, so that the id can be checked against it.
pub fn create(
    input: &SiteInput,
    model: &Governance,
    source_language: &str,
    kind: NewKind,
    id: &str,
) -> Result<Created, Diagnostic> {
    check_id(model, kind, id)?;
    let categories: Vec<String> = model.system_categories().map(|c| c.id.clone()).collect();
    if kind == NewKind::System && categories.is_empty() {
        return Err(Diagnostic::error(
            "new::no-category",
            "the site has no system category, and a system needs one",
        )
        .help("add one in content/system-categories/ (such as `id: enterprise-system`) with its term in the source language"));
    }
    let yaml_rel = Path::new("content")
        .join(kind.folder())
        .join(format!("{id}.yml"));
    let ftl_rel = Path::new("locales")
        .join(source_language)
        .join(format!("{}.ftl", kind.folder()));
    let root = &input.root;
    if root.join(&yaml_rel).exists() {
        return Err(Diagnostic::error(
            "new::file-exists",
            format!("{} already exists", yaml_rel.display()),
        )
        .at(Location::file_only(yaml_rel.clone()))
        .help("govdoc new never overwrites a file; choose another id or remove the file"));
    }
    let io = |path: &Path, e: std::io::Error| {
        Diagnostic::error("new::io", format!("cannot write {}: {e}", path.display()))
            .help("check that the site folder is writable")
    };
    let yaml_path = root.join(&yaml_rel);
    if let Some(dir) = yaml_path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    }
    let ftl_path = root.join(&ftl_rel);
    let mut messages = std::fs::read_to_string(&ftl_path).unwrap_or_default();
    if !messages.is_empty() && !messages.ends_with('\n') {
        messages.push('\n');
    }
    messages.push_str(&ftl(kind, id, source_language));
    if let Some(dir) = ftl_path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    }
    std::fs::write(&yaml_path, yaml(kind, id, &categories)).map_err(|e| io(&yaml_path, e))?;
    std::fs::write(&ftl_path, messages).map_err(|e| io(&ftl_path, e))?;
    let mut todo = vec![
        format!("write the texts marked {FILL_IN} in {}", ftl_rel.display()),
        format!(
            "fill in {} (lines marked {FILL_IN}, and every `undecided` you can decide)",
            yaml_rel.display()
        ),
    ];
    todo.push(
        "translate the new messages: govdoc i18n scaffold <language> for each other language"
            .into(),
    );
    todo.push("then run govdoc check: it lists what is still open".into());
    Ok(Created {
        files: vec![yaml_rel, ftl_rel],
        todo,
    })
}

/// A note for every [`FILL_IN`] mark left in `content/` and the source-language messages.
pub fn unfinished(input: &SiteInput, source_language: &str) -> Vec<Diagnostic> {
    let picked = |r: &FileRole| match r {
        FileRole::Content { .. } => true,
        FileRole::Messages { lang, theme } => !theme && lang == source_language,
        _ => false,
    };
    let mut out = Vec::new();
    for (_, file) in input.sources(picked) {
        for (at, _) in file.text.match_indices(FILL_IN) {
            let rest = file.text[at + FILL_IN.len()..]
                .split('\n')
                .next()
                .unwrap_or("")
                .trim_start_matches(':')
                .trim();
            out.push(
                Diagnostic::note("new::fill-in", format!("left to fill in: {rest}"))
                    .at(file.at_offset(at, FILL_IN.len()))
                    .help(format!("write it, then remove the mark {FILL_IN}")),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_written_in_the_source_language() {
        let role = |lang| ftl(NewKind::Role, "archivist", lang);
        assert!(role("nb").contains("rollens navn"), "{}", role("nb"));
        assert!(role("es").contains("el nombre del rol"), "{}", role("es"));
        assert!(role("en").contains("the role's name"), "{}", role("en"));
        assert!(role("en-GB").contains("what the role does"));
        assert!(role("de").contains("the role's name"), "English for others");
        for lang in ["nb", "es", "en"] {
            assert_eq!(role(lang).matches(FILL_IN).count(), 2);
        }
    }
}
