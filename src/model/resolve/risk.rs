//! Resolving a risk of the register: its owner, its 1-5 scores, mitigation, status, concerns.

use super::*;

fn score(r: &mut Resolver, v: Option<RawScore>, o: &Origin, field: &str) -> Option<Decidable<u8>> {
    match v? {
        RawScore::Undecided => Some(Decidable::Undecided),
        RawScore::Score(n @ 1..=5) => Some(Decidable::Decided(n as u8)),
        RawScore::Score(n) => {
            r.errors.push(
                Diagnostic::error("model::bad-score", format!("`{n}` is not on the 1-5 scale"))
                    .at(o.locate(field))
                    .help("1 is the lowest and 5 the highest; write `undecided` while it is not assessed"),
            );
            None
        }
    }
}

fn word<T>(
    r: &mut Resolver,
    v: Option<&str>,
    o: &Origin,
    field: &str,
    words: &[(&str, T)],
) -> Option<T>
where
    T: Clone,
{
    let v = v?;
    if let Some((_, t)) = words.iter().find(|(w, _)| *w == v) {
        return Some(t.clone());
    }
    let names: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
    let mut d = Diagnostic::error(
        "model::bad-value",
        format!("`{v}` is not a value of `{field}`"),
    )
    .at(o.locate(field));
    d.help = did_you_mean(v, names.iter().copied())
        .or_else(|| Some(format!("write one of: {}", names.join(", "))));
    r.errors.push(d);
    None
}

pub(super) fn resolve_risk(r: &mut Resolver, l: &Located<RawRisk>) -> Risk {
    let (v, o) = (&l.value, &l.origin);
    let c = &v.concerns;
    let owner = match v.owner.as_deref() {
        None => None,
        Some("undecided") => Some(Decidable::Undecided),
        Some(id) => r
            .reference(Kind::Role, id, o, "owner", "`owner`")
            .map(|id| Decidable::Decided(RoleId(id))),
    };
    let mitigation = word(
        r,
        v.mitigation.as_deref(),
        o,
        "mitigation",
        &[
            ("described", Decidable::Decided(())),
            ("undecided", Decidable::Undecided),
        ],
    );
    let status = word(
        r,
        v.status.as_deref(),
        o,
        "status",
        &[
            ("open", RiskStatus::Open),
            ("mitigating", RiskStatus::Mitigating),
            ("accepted", RiskStatus::Accepted),
            ("closed", RiskStatus::Closed),
        ],
    );
    Risk {
        id: RiskId(v.id.clone()),
        owner,
        likelihood: score(r, v.likelihood, o, "likelihood"),
        impact: score(r, v.impact, o, "impact"),
        mitigation,
        status,
        roles: r
            .references(Kind::Role, &c.roles, o, "concerns.roles")
            .into_iter()
            .map(RoleId)
            .collect(),
        forums: r
            .references(Kind::Forum, &c.forums, o, "concerns.forums")
            .into_iter()
            .map(ForumId)
            .collect(),
        systems: r
            .references(Kind::System, &c.systems, o, "concerns.systems")
            .into_iter()
            .map(SystemId)
            .collect(),
        points: r.keys(&v.points, o, "points"),
        origin: o.clone(),
    }
}
