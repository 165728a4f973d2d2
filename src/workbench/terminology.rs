//! `govdoc i18n terms`: the termbase for translation tools. TBX-Basic (TBX v3, ISO 30042:2019,
//! DCA style), which Trados MultiTerm, memoQ, Phrase and OmegaT import as a termbase, and CSV
//! (one row per term) for spreadsheets and tools without TBX. Every concept, in the site's
//! languages (source first), with its definition, the preferred term and the deprecated ones.

use super::termbase::{TermEntry, Termbase};
use super::xliff::esc;
use crate::diagnostics::Diagnostic;

/// The CSV header: one row per term of a concept in a language.
pub const CSV_HEADER: [&str; 7] = [
    "concept",
    "language",
    "term",
    "status",
    "definition",
    "fluent",
    "source",
];

/// The termbase's languages in the site's order (those the termbase has), then any others.
fn ordered<'a>(tb: &'a Termbase, site_langs: &[String]) -> Vec<&'a str> {
    let mut all: Vec<&str> = Vec::new();
    for c in &tb.concepts {
        for l in c.langs.keys() {
            if !all.contains(&l.as_str()) {
                all.push(l);
            }
        }
    }
    let mut out: Vec<&str> = site_langs
        .iter()
        .filter_map(|l| all.iter().find(|a| **a == l.as_str()).copied())
        .collect();
    out.extend(
        all.into_iter()
            .filter(|a| !site_langs.iter().any(|l| l == a)),
    );
    out
}

/// A language's terms with their TBX status: the preferred one, then the deprecated ones. A
/// variant's `*` (it matches longer words) and a hyphen before it (`IT-*`, compounds) are left
/// out, and the duplicates this makes: a termbase entry is a term, not a pattern.
fn terms_of(e: &TermEntry) -> Vec<(String, &'static str)> {
    let mut out = vec![(e.term.clone(), "preferred")];
    for d in &e.deprecated {
        let t = d.trim_end_matches('*').trim_end_matches('-').to_string();
        if !t.is_empty() && !out.iter().any(|(x, _)| *x == t) {
            out.push((t, "deprecated"));
        }
    }
    out
}

/// Every term of the termbase as rows: (concept, language, term, status, definition, fluent
/// term, the deck's wording); `status` is `preferred` or `deprecated`.
pub fn rows(tb: &Termbase, site_langs: &[String]) -> Vec<[String; 7]> {
    let langs = ordered(tb, site_langs);
    let mut out = Vec::new();
    for c in &tb.concepts {
        for lang in &langs {
            let Some(e) = c.langs.get(*lang) else {
                continue;
            };
            for (term, status) in terms_of(e) {
                out.push([
                    c.id.clone(),
                    lang.to_string(),
                    term,
                    status.to_string(),
                    e.definition.trim().to_string(),
                    c.fluent.clone().unwrap_or_default(),
                    c.deck.clone().unwrap_or_default(),
                ]);
            }
        }
    }
    out
}

/// The termbase as CSV (RFC 4180, UTF-8, a header row).
pub fn csv(tb: &Termbase, site_langs: &[String]) -> Result<String, Diagnostic> {
    let fail = |e: &dyn std::fmt::Display| {
        Diagnostic::error("i18n::terms", format!("cannot write the CSV: {e}"))
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_HEADER).map_err(|e| fail(&e))?;
    for r in rows(tb, site_langs) {
        w.write_record(&r).map_err(|e| fail(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| fail(&e))?;
    String::from_utf8(bytes).map_err(|e| fail(&e))
}

/// The termbase as a TBX-Basic document (TBX v3, DCA style).
pub fn tbx(tb: &Termbase, site_langs: &[String], title: &str) -> String {
    let langs = ordered(tb, site_langs);
    let source = langs.first().copied().unwrap_or("und");
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(concat!(
        "<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng\"",
        " type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
    ));
    x.push_str(&format!(
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"{}\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n",
        esc(source)
    ));
    x.push_str("  <tbxHeader>\n    <fileDesc>\n      <titleStmt>\n");
    x.push_str(&format!("        <title>{}</title>\n", esc(title)));
    x.push_str("      </titleStmt>\n      <sourceDesc>\n");
    x.push_str("        <p>Exported by govdoc from termbase/termbase.yml.</p>\n");
    x.push_str("      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n");
    for c in &tb.concepts {
        x.push_str(&format!("      <conceptEntry id=\"{}\">\n", esc(&c.id)));
        if let Some(deck) = &c.deck {
            x.push_str(&format!(
                "        <note>{}</note>\n",
                esc(&format!("In the source: {}", deck.trim()))
            ));
        }
        for lang in &langs {
            let Some(e) = c.langs.get(*lang) else {
                continue;
            };
            x.push_str(&format!("        <langSec xml:lang=\"{}\">\n", esc(lang)));
            x.push_str(&format!(
                "          <descrip type=\"definition\">{}</descrip>\n",
                esc(e.definition.trim())
            ));
            for (term, status) in terms_of(e) {
                x.push_str("          <termSec>\n");
                x.push_str(&format!("            <term>{}</term>\n", esc(&term)));
                x.push_str(&format!(
                    "            <termNote type=\"administrativeStatus\">{status}Term-admn-sts</termNote>\n"
                ));
                x.push_str("          </termSec>\n");
            }
            x.push_str("        </langSec>\n");
        }
        x.push_str("      </conceptEntry>\n");
    }
    x.push_str("    </body>\n  </text>\n</tbx>\n");
    x
}
