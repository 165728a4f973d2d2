//! Issue 3: the default site carries the facts of the source deck. Each fact is checked in the
//! model (structure) or in the Norwegian source text (against the deck's own words), and then
//! found on the page that shows it, in every language.

use govdoc::load::SiteInput;
use govdoc::model::ConceptKind;
use govdoc::model::*;
use govdoc::render::RenderOptions;
use govdoc::site::{BuildOptions, Site};
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

struct Built {
    site: Site,
    /// Output path → visible text (tags removed, entities decoded, whitespace folded).
    text: HashMap<String, String>,
}

fn built() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let input = SiteInput::read(root).expect("default site reads");
        let site = match Site::load(input, &BuildOptions::default()) {
            Ok(s) => s,
            Err(ds) => panic!(
                "default site does not load:\n{}",
                govdoc::diagnostics::render_human(&ds, false)
            ),
        };
        let outputs = site
            .render(RenderOptions::default())
            .expect("default site renders");
        let text = outputs
            .iter()
            .filter(|o| o.path.ends_with(".html"))
            .map(|o| (o.path.clone(), visible(&String::from_utf8_lossy(&o.bytes))))
            .collect();
        Built { site, text }
    })
}

fn visible(html: &str) -> String {
    let main = html
        .find("<main")
        .and_then(|s| html[s..].find("</main>").map(|e| &html[s..s + e]))
        .unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in main.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

const LANGS: [&str; 3] = ["nb", "es", "en"];

fn page(lang: &str, rel: &str) -> &'static str {
    let path = format!("{lang}/{rel}index.html");
    built()
        .text
        .get(&path)
        .unwrap_or_else(|| panic!("no page {path}"))
}

/// A message the deck's fact lives in: it must be asked for by the model, its Norwegian text
/// must carry the deck's words, and every language's text must show on the page.
fn message_fact(id: &str, deck_words: &str, rel: &str) {
    let b = built();
    assert!(
        b.site.model.message_uses().iter().any(|u| u.id == id),
        "the model does not ask for `{id}`"
    );
    let nb = b
        .site
        .catalogues
        .localizer("nb")
        .get(id, None)
        .unwrap_or_else(|| panic!("no nb text for `{id}`"));
    assert!(
        nb.to_lowercase().contains(&deck_words.to_lowercase()),
        "`{id}` = {nb:?} lacks the deck's words {deck_words:?}"
    );
    for lang in LANGS {
        let cat = &b.site.catalogues.by_lang[lang];
        assert!(cat.has(id), "`{id}` is not translated into {lang}");
        let text = b
            .site
            .catalogues
            .localizer(lang)
            .get(id, None)
            .unwrap_or_default();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            page(lang, rel).contains(&text),
            "{lang}/{rel} does not show `{id}`: {text:?}"
        );
    }
}

/// The capitalised name of a role or forum in a language, as link texts show it.
fn title(lang: &str, id: &str) -> String {
    let t = built()
        .site
        .catalogues
        .localizer(lang)
        .get(&format!("-{id}"), None)
        .unwrap_or_default();
    govdoc::render::views::capitalize(&t)
}

fn forum(id: &str) -> &'static Forum {
    built().site.model.forum(id).expect("forum")
}

fn role(id: &str) -> &'static Role {
    built().site.model.role(id).expect("role")
}

/// A structural fact shown on a page as a phrase that differs per language.
fn shown(rel: &str, phrases: [&str; 3]) {
    for (lang, phrase) in LANGS.iter().zip(phrases) {
        assert!(
            page(lang, rel).contains(phrase),
            "{lang}/{rel} lacks {phrase:?}"
        );
    }
}

fn names_shown(rel: &str, id: &str) {
    for lang in LANGS {
        let t = title(lang, id);
        assert!(
            page(lang, rel).contains(&t),
            "{lang}/{rel} does not name {id} ({t:?})"
        );
    }
}

#[test]
fn every_role_and_forum_of_the_deck_exists() {
    let m = &built().site.model;
    for id in [
        "municipal-decision-body",
        "overall-management",
        "steering-group-members",
        "ict-staff",
        "chief-executive",
        "system-owner",
        "system-coordinator",
        "ict-coordinator",
        "authorised-buyer",
        "user",
        "operations-provider",
        "other-system-vendors",
        "projects-and-consulting",
    ] {
        assert!(m.has_role(id), "role {id} missing");
        for lang in LANGS {
            assert!(
                page(lang, &format!("roles/{id}/")).contains(&title(lang, id)),
                "{lang} role card of {id}"
            );
        }
    }
    for id in [
        "ict-steering-group",
        "ict-forum",
        "change-forum",
        "user-forum",
        "ikt-tinget",
    ] {
        assert!(m.has_forum(id), "forum {id} missing");
    }
    assert_eq!(m.risks().count(), 6, "slide 24 names six risks");
    assert_eq!(
        m.concepts(ConceptKind::Function).count(),
        5,
        "slide 10 names five functions"
    );
    assert_eq!(
        m.concepts(ConceptKind::Foundation).count(),
        3,
        "slide 7 names three foundations"
    );
    assert_eq!(
        m.concepts(ConceptKind::StrategyLevel).count(),
        4,
        "slide 4 names four levels"
    );
    let caps: Vec<usize> = m
        .concepts(ConceptKind::Capacity)
        .map(|c| c.items.len())
        .collect();
    assert!(
        caps.contains(&4) && caps.contains(&11),
        "slide 5 has four and slide 6 eleven capabilities: {caps:?}"
    );
}

#[test]
fn forum_structure_matches_the_deck() {
    let sg = forum("ict-steering-group");
    assert_eq!(
        sg.chair,
        Decidable::Decided(Chair::Role(RoleId("chief-executive".into()))),
        "slide 19: Ledes av: Rådmann"
    );
    assert_eq!(
        sg.cadence.rhythm,
        Some(Rhythm::Periodic {
            min: 1,
            max: 1,
            per: Period::Month
        }),
        "slide 19: månedlig"
    );
    assert!(sg.cadence.when_needed, "slide 19: og ved behov");
    assert!(
        sg.participants.contains(&RoleId("chief-executive".into())),
        "slide 19: Rådmennene deltar"
    );
    assert!(
        matches!(&sg.authority, Decidable::Decided(DecisionAuthority::Decides { by_virtue_of: Some(r), .. }) if r.as_str() == "chief-executive"),
        "slide 19: I egenskap av Rådmann"
    );
    shown(
        "forums/ict-steering-group/",
        [
            "Månedlig og ved behov",
            "Mensualmente y cuando sea necesario",
            "Monthly and when needed",
        ],
    );
    names_shown("forums/ict-steering-group/", "chief-executive");

    let f = forum("ict-forum");
    assert_eq!(
        f.authority,
        Decidable::Undecided,
        "slide 20: Beslutningsmyndighet ???"
    );
    assert_eq!(
        f.chair,
        Decidable::Decided(Chair::Appointed),
        "slide 20: Utnevnt leder"
    );
    assert_eq!(
        f.cadence.rhythm,
        Some(Rhythm::Periodic {
            min: 1,
            max: 1,
            per: Period::Month
        })
    );
    assert!(
        f.participants.contains(&RoleId("system-owner".into())),
        "slide 20: relevante systemeiere"
    );
    shown(
        "forums/ict-forum/",
        ["Ikke avklart", "Sin decidir", "Not decided"],
    );
    shown(
        "forums/ict-forum/",
        [
            "Utnevnt leder",
            "Un responsable designado",
            "An appointed chair",
        ],
    );

    let c = forum("change-forum");
    assert!(c.per_system, "slide 18: comité de cambios por sistema");
    assert_eq!(
        c.chair,
        Decidable::Decided(Chair::Role(RoleId("system-owner".into()))),
        "slide 21: Ledes av: Systemeier"
    );
    assert_eq!(c.cadence.rhythm, Some(Rhythm::Regular), "slide 21: jevnlig");
    assert!(c.cadence.when_needed);
    assert!(
        c.participants.contains(&RoleId("user".into())),
        "slide 21: relevante brukere"
    );
    let est = c
        .establishment
        .as_ref()
        .expect("slide 21 gives establishment rules");
    assert!(
        est.must.iter().any(|x| x.as_str() == "enterprise-system")
            && est
                .must
                .iter()
                .any(|x| x.as_str() == "cross-disciplinary-system"),
        "skal etableres for konsern- og tverrfaglige systemer"
    );
    assert!(
        est.may
            .iter()
            .any(|x| x.as_str() == "business-critical-system"),
        "kan etableres for virksomhetskritiske systemer"
    );
    shown(
        "forums/change-forum/",
        [
            "Jevnlig og ved behov",
            "Periódicamente y cuando sea necesario",
            "Regularly and when needed",
        ],
    );
    shown(
        "forums/change-forum/",
        [
            "konsernsystemer",
            "sistemas corporativos",
            "enterprise systems",
        ],
    );
    shown(
        "forums/change-forum/",
        [
            "virksomhetskritiske systemer",
            "sistemas críticos para el servicio",
            "business-critical systems",
        ],
    );

    let u = forum("user-forum");
    assert_eq!(
        u.authority,
        Decidable::Decided(DecisionAuthority::None),
        "slide 22: Ikke beslutningsforum"
    );
    assert!(!u.agenda.fixed, "slide 22: Ikke fast agenda");
    assert_eq!(
        u.cadence.convened_by,
        Some(RoleId("system-owner".into())),
        "slide 22: systemeier kaller inn"
    );
    assert!(
        matches!(&u.cadence.for_category, Some((cat, Rhythm::Periodic { min: 2, max: 2, per: Period::Year })) if cat.as_str() == "enterprise-system"),
        "slide 22: konsernsystemer 2 ganger i året"
    );
    shown(
        "forums/user-forum/",
        [
            "Ikke beslutningsforum",
            "No es un foro de decisión",
            "Not a decision forum",
        ],
    );
    shown(
        "forums/user-forum/",
        ["to ganger i året", "dos veces al año", "twice a year"],
    );
    shown(
        "forums/user-forum/",
        ["Ved behov", "Cuando sea necesario", "When needed"],
    );

    let t = forum("ikt-tinget");
    assert_eq!(
        t.cadence.rhythm,
        Some(Rhythm::Periodic {
            min: 1,
            max: 2,
            per: Period::Year
        }),
        "slide 23: 1-2 ganger i året"
    );
    assert_eq!(
        t.authority,
        Decidable::Decided(DecisionAuthority::None),
        "slide 23: Ikke beslutningsforum"
    );
    for p in [
        "steering-group-members",
        "system-owner",
        "operations-provider",
    ] {
        assert!(
            t.participants.contains(&RoleId(p.into())),
            "slide 23: {p} deltar"
        );
    }
    shown(
        "forums/ikt-tinget/",
        [
            "1–2 ganger i året",
            "Una o dos veces al año",
            "Once or twice a year",
        ],
    );
}

#[test]
fn role_structure_matches_the_deck() {
    let m = &built().site.model;
    let so = role("system-owner");
    assert!(
        so.escalation.iter().any(|e| e
            .category
            .as_ref()
            .is_some_and(|c| c.as_str() == "enterprise-system")
            && e.to == EscalationTarget::Forum(ForumId("ict-steering-group".into()))),
        "slide 16: eskalering for konsernsystemer til IKT-styringsgruppe"
    );
    assert!(
        so.escalation.iter().any(|e| e
            .category
            .as_ref()
            .is_some_and(|c| c.as_str() == "specialist-system")
            && e.to == EscalationTarget::LineOrganisation),
        "slide 16: fagsystemer via linjen"
    );
    assert_eq!(
        so.success_factors.len(),
        5,
        "slide 16: five critical success factors"
    );
    assert_eq!(
        role("system-coordinator").held_by,
        Some(HeldBy::Role(RoleId("system-owner".into()))),
        "slide 12: koordinator på vegne av systemeier"
    );
    assert_eq!(
        role("system-owner").held_by,
        Some(HeldBy::Role(RoleId("chief-executive".into()))),
        "slide 12: gestor del municipio"
    );
    // Derived, not typed twice: the chief executive chairs the steering group and IKT-tinget.
    let chaired: Vec<&str> = m
        .forums_chaired_by(&RoleId("chief-executive".into()))
        .iter()
        .map(|f| f.as_str())
        .collect();
    assert!(
        chaired.contains(&"ict-steering-group") && chaired.contains(&"ikt-tinget"),
        "{chaired:?}"
    );
    names_shown("roles/chief-executive/", "ict-steering-group");
    names_shown("roles/chief-executive/", "ikt-tinget");
    let chaired: Vec<&str> = m
        .forums_chaired_by(&RoleId("system-owner".into()))
        .iter()
        .map(|f| f.as_str())
        .collect();
    assert!(
        chaired.contains(&"change-forum") && chaired.contains(&"user-forum"),
        "{chaired:?}"
    );
    names_shown("roles/system-owner/", "change-forum");
    names_shown("roles/system-owner/", "user-forum");
    names_shown("roles/system-owner/", "ict-steering-group");
    shown(
        "roles/system-owner/",
        [
            "via den ordinære linjeorganisasjonen",
            "a través de la línea jerárquica ordinaria",
            // Issue 15: the site overrides the theme's wording with the termbase's "line management".
            "through normal line management",
        ],
    );
    let groups: Vec<&str> = m.role_groups().map(|g| g.id.as_str()).collect();
    assert_eq!(
        groups.len(),
        3,
        "slides 11-13: management, ordering, suppliers: {groups:?}"
    );
}

#[test]
fn forum_texts_match_the_deck() {
    let f =
        |id: &str, words: &str, forum: &str| message_fact(id, words, &format!("forums/{forum}/"));
    f(
        "forum-ict-steering-group-power-priorities",
        "prioriteringer mellom større prosjekter",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-power-coordination",
        "koordinering mellom kommunene",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-task-cross-sector",
        "på tvers av kommunens fagområder",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-task-focus-areas",
        "fokusområder",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-task-resources",
        "ressurser",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-task-sponsorship",
        "sponsorer",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-task-risk",
        "risikostyring",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-agenda-status",
        "status",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-agenda-change-needs",
        "prinsipielle endringsbehov",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-agenda-projects",
        "kritiske prosjekter",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-agenda-costs-and-risk",
        "kostnadsbilde og risiko",
        "ict-steering-group",
    );
    f(
        "forum-ict-steering-group-chair-duty-competence",
        "riktig kompetanse",
        "ict-steering-group",
    );
    f(
        "forum-ict-forum-agenda-steering-group-information",
        "Informasjon fra IKT-styringsgruppen",
        "ict-forum",
    );
    f(
        "forum-ict-forum-agenda-shared-changes",
        "databaser eller infrastruktur",
        "ict-forum",
    );
    f(
        "forum-ict-forum-agenda-changes-affecting-others",
        "andre systemeiere",
        "ict-forum",
    );
    f(
        "forum-ict-forum-participant-note-largest-systems",
        "største og mest kritiske",
        "ict-forum",
    );
    f(
        "forum-ict-forum-participant-note-appointed-others",
        "utpeker",
        "ict-forum",
    );
    f(
        "forum-change-forum-power-stop-or-implement",
        "stanse og/eller iverksette",
        "change-forum",
    );
    f(
        "forum-change-forum-task-assess-changes",
        "funksjonelle endringer",
        "change-forum",
    );
    f(
        "forum-change-forum-task-infrastructure-principles",
        "infrastrukturprinsipp",
        "change-forum",
    );
    f(
        "forum-change-forum-agenda-proposed-changes",
        "endringskalender",
        "change-forum",
    );
    f(
        "forum-change-forum-agenda-future-needs",
        "Fremtidige endringsbehov",
        "change-forum",
    );
    f(
        "forum-change-forum-participant-note-key-users",
        "nøkkelbrukere",
        "change-forum",
    );
    f(
        "forum-user-forum-purpose",
        "opplæring, brukerbehov og erfaringsutveksling",
        "user-forum",
    );
    f(
        "forum-user-forum-task-requirements",
        "funksjonalitet og opplæring",
        "user-forum",
    );
    f(
        "forum-user-forum-agenda-feedback",
        "gevinstrealisering",
        "user-forum",
    );
    f(
        "forum-user-forum-participant-note-composition",
        "sakene som skal belyses",
        "user-forum",
    );
    f(
        "forum-ikt-tinget-agenda-status",
        "status for IKT-arbeidet",
        "ikt-tinget",
    );
    f(
        "forum-ikt-tinget-agenda-plans",
        "Planlagte aktiviteter",
        "ikt-tinget",
    );
    f(
        "forum-ikt-tinget-chair-duty-open-and-close",
        "innlede og avslutte",
        "ikt-tinget",
    );
    f(
        "forum-ikt-tinget-participant-note-unit-heads",
        "Virksomhetsledere",
        "ikt-tinget",
    );
    f(
        "forum-ikt-tinget-note-importance",
        "gå i takt",
        "ikt-tinget",
    );
}

#[test]
fn role_texts_match_the_deck() {
    let r = |id: &str, words: &str, role: &str| message_fact(id, words, &format!("roles/{role}/"));
    r(
        "role-chief-executive-task-steering-group",
        "Lede IKT-styringsgruppen",
        "chief-executive",
    );
    r(
        "role-chief-executive-task-operations-contract",
        "driftsleverandøren",
        "chief-executive",
    );
    r(
        "role-chief-executive-task-costs",
        "IKT-kostnadene",
        "chief-executive",
    );
    r(
        "role-chief-executive-task-ordering-policy",
        // Issue 15: "bestillerpolitikken" was a calque of «política de pedidos»; the fact
        // (management responsibility for how the municipality commissions ICT) is unchanged.
        "bestilling av IKT",
        "chief-executive",
    );
    r(
        "role-system-owner-responsibility-legal-compliance",
        "personopplysningsloven",
        "system-owner",
    );
    r(
        "role-system-owner-responsibility-training",
        "superbrukere",
        "system-owner",
    );
    r(
        "role-system-owner-responsibility-agreements-and-budget",
        "lisenser, vedlikehold",
        "system-owner",
    );
    r(
        "role-system-owner-competency-user-needs",
        "Brukernes behov",
        "system-owner",
    );
    r(
        "role-system-owner-competency-project-implementation",
        "Prosjektgjennomføring",
        "system-owner",
    );
    r(
        "role-system-owner-success-factor-management-model",
        "forvaltningsmodell",
        "system-owner",
    );
    r(
        "role-system-owner-success-factor-leader-level",
        "ledernivå",
        "system-owner",
    );
    r(
        "role-system-owner-note-professional-ordering",
        "Profesjonelle bestillere gir profesjonelle leverandører",
        "system-owner",
    );
    r(
        "role-system-owner-note-data-controller",
        "behandlingsansvarlige",
        "system-owner",
    );
    r(
        "role-operations-provider-responsibility-overall-operation",
        "Helhetlig driftsansvar i samsvar med SLA",
        "operations-provider",
    );
    r(
        "role-operations-provider-responsibility-application-operation",
        "Applikasjonsdrift",
        "operations-provider",
    );
    r(
        "role-operations-provider-responsibility-supplier-coordination",
        "flere eksterne leverandører",
        "operations-provider",
    );
    r(
        "role-operations-provider-task-efficient-operation",
        "effektiv, økonomisk og stabil drift",
        "operations-provider",
    );
    r(
        "role-system-coordinator-summary",
        "på vegne av systemeieren",
        "system-coordinator",
    );
    r(
        "role-authorised-buyer-summary",
        "standardprodukter",
        "authorised-buyer",
    );
}

#[test]
fn risk_texts_match_the_deck() {
    let k = |id: &str, words: &str| message_fact(id, words, "risks/");
    k("risk-unclear-role-understanding-name", "rolleforståelse");
    k(
        "risk-lack-of-execution-capacity-point-another-task",
        "Nok en oppgave blant mange andre",
    );
    k(
        "risk-lack-of-execution-capacity-point-capacity-and-competence",
        "Kapasitet og kompetanse",
    );
    k(
        "risk-resistance-to-change-point-change-fatigue",
        "Endringstretthet",
    );
    k(
        "risk-communication-point-understanding",
        "den nye organiseringen",
    );
    k("risk-communication-point-anchoring", "tillitsvalgte");
    k(
        "risk-missing-collaboration-arenas-name",
        "samhandlingsarenaer",
    );
    k("risk-system-owners-own-needs-summary", "egne behov");
}
