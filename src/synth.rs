//! Synthetic sites in govdoc's format, for the watch benchmark, tests and size experiments.
//!
//! [`generate`] writes a three-language site (nb source, es and en falling back to nb) with
//! `n` entities per language, split evenly into roles, forums and risks, each in its own YAML
//! file and with its own `.ftl` file per language (`locales/<lang>/<kind>/<id>.ftl`), and with
//! references between them: roles are held by other roles and escalate to forums, forums are
//! chaired and attended by roles, risks concern roles and forums, and summaries name other
//! roles through Fluent terms. It is the same shape as `/work/shared/bench/gen_anchor_site.py`
//! (three kinds, six responsibilities, links to three other entities) so figures compare.
//! Output is deterministic for a given `n`.

use std::fmt::Write as _;
use std::path::Path;

const LANGS: [&str; 3] = ["nb", "es", "en"];

const WORDS_NB: &str = "styret ansvar beslutning møte årsplan risiko forvaltning åpenhet medlem vedtak rapport tiltak økonomi kontroll prosess samarbeid gjennomføring oppfølging mål fullmakt kommune tjeneste system eier koordinator innkjøp drift leverandør bruker endring forum behov prioritering budsjett avtale sikkerhet personvern kvalitet dokumentasjon opplæring støtte rutine avvik godkjenning plan strategi arkitektur integrasjon data felles region ledelse";
const WORDS_ES: &str = "junta responsabilidad decisión reunión gestión riesgo transparencia miembro acuerdo informe medida economía control proceso colaboración ejecución seguimiento objetivo poder municipio servicio sistema propietario coordinador compra operación proveedor usuario cambio foro comité necesidad prioridad presupuesto contrato seguridad privacidad calidad documentación formación apoyo rutina desviación aprobación plan estrategia arquitectura integración datos común región dirección";
const WORDS_EN: &str = "board responsibility decision meeting management risk transparency member agreement report measure economy control process collaboration execution follow-up objective mandate municipality service system owner coordinator purchase operations supplier user change forum committee need priority budget contract security privacy quality documentation training support routine deviation approval plan strategy architecture integration data shared region leadership";

/// A small deterministic generator (xorshift), so the crate needs no random-number dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn words(rng: &mut Rng, lang: &str, n: usize) -> String {
    let list: Vec<&str> = match lang {
        "nb" => WORDS_NB,
        "es" => WORDS_ES,
        _ => WORDS_EN,
    }
    .split(' ')
    .collect();
    (0..n)
        .map(|_| list[rng.below(list.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

fn sentence(rng: &mut Rng, lang: &str, n: usize) -> String {
    let w = words(rng, lang, n);
    let mut c = w.chars();
    match c.next() {
        Some(f) => format!("{}{}.", f.to_uppercase(), c.as_str()),
        None => String::new(),
    }
}

/// The id of the `i`-th (0-based) role, forum or risk.
pub fn role_id(i: usize) -> String {
    format!("role-{:05}", i + 1)
}

/// The id of the `i`-th forum.
pub fn forum_id(i: usize) -> String {
    format!("forum-{:05}", i + 1)
}

/// The id of the `i`-th risk.
pub fn risk_id(i: usize) -> String {
    format!("risk-{:05}", i + 1)
}

/// How many roles, forums and risks a site of `n` entities per language has.
pub fn counts(n: usize) -> (usize, usize, usize) {
    let n = n.max(3);
    (n.div_ceil(3), (n + 1) / 3, n / 3)
}

fn write(root: &Path, rel: &str, text: &str) -> std::io::Result<()> {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text)
}

/// Writes a site of `n` entities per language (at least 3) into `root`.
pub fn generate(root: &Path, n: usize) -> std::io::Result<()> {
    let (roles, forums, risks) = counts(n);
    write(
        root,
        "govdoc.yml",
        "title: Synthetic governance\nbase-url: /\ndefault-language: nb\nlanguages:\n  - code: nb\n  - code: es\n    fallback: [nb]\n  - code: en\n    fallback: [nb]\n",
    )?;
    for lang in LANGS {
        write(
            root,
            &format!("locales/{lang}/site.ftl"),
            &format!("site-title = Synthetic governance ({lang})\n"),
        )?;
    }
    let mut rng = Rng::new(n as u64);
    for i in 0..roles {
        let id = role_id(i);
        let mut y = format!("id: {id}\n");
        if i == 0 {
            y.push_str("held-by: described\n");
        } else {
            let _ = writeln!(y, "held-by: {}", role_id(rng.below(i)));
        }
        y.push_str("responsibilities: [r1, r2, r3, r4, r5, r6]\n");
        // Even roles escalate to the line organisation, odd ones to the forum the next (even)
        // role chairs: every path ends after at most two steps (rule::escalation-cycle), and
        // moving a chair to another role never closes a circle.
        if i % 2 == 0 {
            y.push_str("escalation:\n  - to: line-organisation\n");
        } else {
            let _ = writeln!(y, "escalation:\n  - to: {}", forum_id((i + 1) % forums));
        }
        write(root, &format!("content/roles/{id}.yml"), &y)?;
        let other = role_id(rng.below(roles));
        for lang in LANGS {
            let mut r =
                Rng::new((i as u64) << 8 | lang.len() as u64 | (lang.as_bytes()[0] as u64) << 3);
            let mut f = format!("-{id} = {} {}\n", words(&mut r, lang, 2), i + 1);
            let _ = writeln!(
                f,
                "role-{id}-summary = {} {{ -{other} }}.",
                sentence(&mut r, lang, 6).trim_end_matches('.')
            );
            if i == 0 {
                let _ = writeln!(f, "role-{id}-held-by = {}", sentence(&mut r, lang, 5));
            }
            for k in 1..=6 {
                let len = 4 + r.below(5);
                let _ = writeln!(
                    f,
                    "role-{id}-responsibility-r{k} = {}",
                    sentence(&mut r, lang, len)
                );
                if k == 1 {
                    let _ = writeln!(f, "    .detail = {}", sentence(&mut r, lang, 30));
                }
            }
            write(root, &format!("locales/{lang}/roles/{id}.ftl"), &f)?;
        }
    }
    for i in 0..forums {
        let id = forum_id(i);
        let chair = role_id(i % roles);
        let ps: Vec<String> = (0..3)
            .map(|k| role_id((i * 3 + k) % roles))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let y = format!(
            "id: {id}\ndecision-authority:\n  by-virtue-of: {chair}\n  powers: [p1]\nmain-tasks: [t1, t2]\nagenda:\n  items: [a1, a2]\ncadence:\n  rhythm:\n    times: 1\n    per: month\n  when-needed: true\nchair: {chair}\nparticipants: [{}]\n",
            ps.join(", ")
        );
        write(root, &format!("content/forums/{id}.yml"), &y)?;
        for lang in LANGS {
            let mut r = Rng::new((i as u64) << 9 | 0x55 | (lang.as_bytes()[1] as u64) << 2);
            let mut f = format!("-{id} = {} {}\n", words(&mut r, lang, 2), i + 1);
            let _ = writeln!(f, "forum-{id}-purpose = {}", sentence(&mut r, lang, 10));
            let _ = writeln!(f, "forum-{id}-power-p1 = {}", sentence(&mut r, lang, 6));
            for k in ["task-t1", "task-t2", "agenda-a1", "agenda-a2"] {
                let len = 5 + r.below(4);
                let _ = writeln!(f, "forum-{id}-{k} = {}", sentence(&mut r, lang, len));
            }
            write(root, &format!("locales/{lang}/forums/{id}.ftl"), &f)?;
        }
    }
    for i in 0..risks {
        let id = risk_id(i);
        let y = format!(
            "id: {id}\nowner: {}\nmitigation: described\nconcerns:\n  roles: [{}]\n  forums: [{}]\npoints: [p1, p2]\n",
            role_id(i % roles),
            role_id(i % roles),
            forum_id(i % forums)
        );
        write(root, &format!("content/risks/{id}.yml"), &y)?;
        for lang in LANGS {
            let mut r = Rng::new((i as u64) << 10 | 0x77 | (lang.as_bytes()[0] as u64));
            let mut f = format!("risk-{id}-name = {}\n", sentence(&mut r, lang, 3));
            let _ = writeln!(f, "risk-{id}-summary = {}", sentence(&mut r, lang, 12));
            let _ = writeln!(f, "risk-{id}-mitigation = {}", sentence(&mut r, lang, 10));
            for k in ["p1", "p2"] {
                let _ = writeln!(f, "risk-{id}-point-{k} = {}", sentence(&mut r, lang, 8));
            }
            write(root, &format!("locales/{lang}/risks/{id}.ftl"), &f)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_site_builds() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("site");
        generate(&src, 12).unwrap();
        let opts = crate::site::BuildOptions {
            source: src.clone(),
            out: tmp.path().join("public"),
            ..Default::default()
        };
        let report = crate::site::build(&opts)
            .map_err(|d| crate::diagnostics::render_human(&d, false))
            .unwrap();
        assert!(report.written.files > 12 * 3, "{report:?}");
        assert!(tmp
            .path()
            .join("public/es/roles/role-00004/index.html")
            .is_file());
    }
}
