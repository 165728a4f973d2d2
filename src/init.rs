//! `govdoc init DIR`: a minimal site (settings, one role, one forum, three languages) that
//! builds at once with the theme built into the binary.

use crate::diagnostics::{Diagnostic, Location};
use std::path::Path;

const FILES: &[(&str, &str)] = &[
    (
        "govdoc.yml",
        "# Site settings: see the README's \"Site settings\" section.\ntitle: ICT governance\nbase-url: /\ndefault-language: nb\nlanguages:\n  - code: nb\n  - code: es\n    fallback: [nb]\n  - code: en\n    fallback: [nb]\n",
    ),
    ("content/roles/system-owner.yml", "id: system-owner\nresponsibilities: [needs]\n"),
    (
        "content/forums/change-forum.yml",
        "id: change-forum\nper-system: true\ndecision-authority:\n  by-virtue-of: system-owner\n  powers: [stop-or-start]\nmain-tasks: [assess]\nagenda:\n  items: [proposed-changes]\ncadence:\n  rhythm: regular\n  when-needed: true\nchair: system-owner\nparticipants: [system-owner]\n",
    ),
    (
        "locales/nb/site.ftl",
        "site-title = IKT-styring\n-system-owner = systemeier\nrole-system-owner-summary = Eier systemet og prosessen det støtter.\nrole-system-owner-responsibility-needs = Avklare behov og beslutte anskaffelser.\n-change-forum = endringsforum\nforum-change-forum-purpose = Forum for å prioritere og beslutte endringer.\nforum-change-forum-power-stop-or-start = Kan stanse og iverksette endringer.\nforum-change-forum-task-assess = Vurdere funksjonelle endringer.\nforum-change-forum-agenda-proposed-changes = Foreslåtte endringer i neste periode.\n",
    ),
    (
        "locales/es/site.ftl",
        "site-title = Gobernanza TIC\n-system-owner = propietario del sistema\nrole-system-owner-summary = Es dueño del sistema y del proceso que apoya.\nrole-system-owner-responsibility-needs = Aclarar necesidades y decidir compras.\n-change-forum = comité de cambios\nforum-change-forum-purpose = Foro para priorizar y decidir cambios.\nforum-change-forum-power-stop-or-start = Puede detener e iniciar cambios.\nforum-change-forum-task-assess = Evaluar cambios funcionales.\nforum-change-forum-agenda-proposed-changes = Cambios propuestos para el próximo periodo.\n",
    ),
    (
        "locales/en/site.ftl",
        "site-title = ICT governance\n-system-owner = system owner\nrole-system-owner-summary = Owns the system and the process it supports.\nrole-system-owner-responsibility-needs = Clarify needs and decide on purchases.\n-change-forum = change forum\nforum-change-forum-purpose = Forum to prioritise and decide on changes.\nforum-change-forum-power-stop-or-start = Can stop and start changes.\nforum-change-forum-task-assess = Assess functional changes.\nforum-change-forum-agenda-proposed-changes = Proposed changes for the next period.\n",
    ),
];

/// Creates a minimal site in `dir`, which must be absent or empty.
pub fn init(dir: &Path) -> Result<Vec<String>, Diagnostic> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(Diagnostic::error(
                "init::not-empty",
                format!("{} is not empty", dir.display()),
            )
            .at(Location::file_only(dir.to_path_buf()))
            .help("give a new or empty folder; govdoc init never overwrites files"));
        }
    }
    let mut written = Vec::new();
    for (rel, text) in FILES {
        let path = dir.join(rel);
        let io = |e: std::io::Error| {
            Diagnostic::error("init::io", format!("cannot write {}: {e}", path.display()))
                .help("check that the folder is writable")
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&path, text).map_err(io)?;
        written.push(rel.to_string());
    }
    Ok(written)
}
