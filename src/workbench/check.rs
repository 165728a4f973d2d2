//! `govdoc i18n check`: what a translator (or author) broke, each finding with file and line.
//!
//! Syntax errors (including a selector without a default variant, which the Fluent parser
//! rejects) and duplicate ids come from building the catalogues; this module adds what needs
//! the syntax tree: references to unknown messages or terms, variables that differ between a
//! translation and its source, and translations identical to their source where that looks
//! like a forgotten translation.

use super::status::Units;
use super::units::{normalize, pair_up, units, units_of, Unit};
use super::uses::ContentUses;
use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::i18n::{Catalogues, LocaleCatalogue};
use crate::model::messages::MessageUse;
use crate::model::Governance;
use fluent_syntax::ast;
use indexmap::IndexMap;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The comment that tells `check` a translation is the same as its source on purpose.
pub const SAME_AS_SOURCE: &str = "same-as-source";

/// What one pattern refers to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Refs {
    /// Variables (`$name`), by name.
    pub vars: BTreeSet<String>,
    /// Messages and terms (`-term`), with the attribute if any.
    pub entries: Vec<(String, Option<String>)>,
    /// Functions called (`NUMBER`), by name.
    pub functions: BTreeSet<String>,
}

/// The references of a unit, read from its language's syntax tree.
pub fn unit_refs(cat: &LocaleCatalogue, unit: &Unit) -> Option<Refs> {
    // The unit's own position, when it is still this language's definition of its entry;
    // a look-up by id otherwise (a unit of another catalogue, or one cut before a patch).
    let known = unit
        .position
        .and_then(|at| cat.entry_at(at))
        .filter(|(file, info)| {
            std::sync::Arc::ptr_eq(&file.source, &unit.file) && info.id == unit.entry
        });
    let (file, info) = match known {
        Some(found) => found,
        None => cat.entry(&unit.entry)?,
    };
    // `id.attr` (ids hold no dots): the key past its entry's id, without searching it.
    let attr = unit
        .key
        .strip_prefix(unit.entry.as_str())
        .and_then(|rest| rest.strip_prefix('.'));
    let (value, attributes) = match file.resource.get_entry(info.index)? {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return None,
    };
    let pattern = match attr {
        Some(a) => &attributes.iter().find(|x| x.id.name == a)?.value,
        None => value?,
    };
    let mut refs = Refs::default();
    walk_pattern(pattern, &mut refs);
    Some(refs)
}

fn walk_pattern(p: &ast::Pattern<&str>, r: &mut Refs) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, r);
        }
    }
}

fn walk_expr(e: &ast::Expression<&str>, r: &mut Refs) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, r);
            for v in variants {
                walk_pattern(&v.value, r);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, r),
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, r: &mut Refs) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            r.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            r.entries.push((
                id.name.to_string(),
                attribute.as_ref().map(|a| a.name.to_string()),
            ));
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            r.entries.push((
                format!("-{}", id.name),
                attribute.as_ref().map(|a| a.name.to_string()),
            ));
            // Arguments passed to a term are the term's parameters, not the message's variables,
            // but they may themselves use the message's variables.
            if let Some(args) = arguments {
                walk_args(args, r);
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            r.functions.insert(id.name.to_string());
            walk_args(arguments, r);
        }
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, r),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_args(args: &ast::CallArguments<&str>, r: &mut Refs) {
    for p in &args.positional {
        walk_inline(p, r);
    }
    for n in &args.named {
        walk_inline(&n.value, r);
    }
}

/// References to messages, terms or attributes the unit's own language does not define
/// (Fluent resolves references inside one language only, so a fallback does not help).
pub fn unknown_references(cat: &LocaleCatalogue, unit: &Unit, refs: &Refs) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (id, attr) in &refs.entries {
        let what = if id.starts_with('-') {
            "term"
        } else {
            "message"
        };
        let problem = match (cat.entry(id), attr) {
            (None, _) => Some((
                format!(
                    "`{}` refers to the {what} `{id}`, which `{}` does not define",
                    unit.key, cat.lang
                ),
                did_you_mean(id, cat.ids()),
            )),
            (Some((_, e)), Some(a)) if !e.attributes.iter().any(|x| x == a) => Some((
                format!(
                    "`{}` refers to the attribute `{id}.{a}`, which `{}` does not define",
                    unit.key, cat.lang
                ),
                did_you_mean(a, e.attributes.iter().map(String::as_str)),
            )),
            _ => None,
        };
        if let Some((message, hint)) = problem {
            let hint = hint.unwrap_or_else(|| {
                format!("define `{id}` in locales/{}/, or fix the name", cat.lang)
            });
            out.push(
                Diagnostic::error("i18n::unknown-reference", message)
                    .at(unit.find(id))
                    .label("unknown")
                    .help(hint),
            );
        }
    }
    out
}

/// Text of one language that would render broken: function calls (govdoc's bundles have no
/// Fluent functions, so `{ NUMBER($n) }` would show literally) and messages or terms that refer
/// to each other in a cycle (Fluent shows `{-term}` instead of text). Theme text is trusted.
pub fn broken_text(cat: &LocaleCatalogue) -> Vec<Diagnostic> {
    cat.text_findings
        .get_or_init(|| find_broken_text(cat))
        .clone()
}

fn find_broken_text(cat: &LocaleCatalogue) -> Vec<Diagnostic> {
    find_broken_text_in(cat, &units(cat))
}

/// Works out every language's [`broken_text`] now, in parallel, from units already cut, so
/// that the checks after loading find it done.
pub fn settle_broken_text(cats: &Catalogues, cut: &BTreeMap<String, Units>) {
    use rayon::prelude::*;
    let langs: Vec<(&LocaleCatalogue, &Units)> = cats
        .by_lang
        .iter()
        .filter(|(lang, _)| lang.as_str() != crate::i18n::pseudo::CODE)
        .filter_map(|(lang, cat)| Some((cat, cut.get(lang)?)))
        .collect();
    langs
        .into_par_iter()
        .for_each(|(cat, units)| settle_broken_text_of(cat, units));
}

/// [`settle_broken_text`] for one language, from its units.
pub fn settle_broken_text_of(cat: &LocaleCatalogue, units: &Units) {
    cat.text_findings
        .get_or_init(|| find_broken_text_in(cat, units));
}

fn find_broken_text_in(cat: &LocaleCatalogue, units: &Units) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // Each unit's references as (key, id) edges; keys borrowed from the units, kept in key
    // order so that cycles are found, and reported, in the same order on every run. Only
    // units that refer to something are nodes: one that refers to nothing closes no cycle,
    // and most units are plain text (the graph and its sets held all 100,000 of a language
    // at the largest sizes).
    let mut order: Vec<&Unit> = Vec::new();
    let mut graph: FxHashMap<&str, Vec<(String, String)>> = FxHashMap::default();
    let listed: Vec<&Unit> = units.values().filter(|u| !u.is_page()).collect();
    // A slice at a time: only one slice's edges wait beside the graph.
    for slice in listed.chunks(4096) {
        for (unit, calls, edges) in unit_edges(cat, slice) {
            out.extend(calls);
            if !edges.is_empty() {
                graph.insert(unit.key.as_str(), edges);
                order.push(unit);
            }
        }
    }
    let by_key: FxHashMap<&str, &Unit> = order.iter().map(|u| (u.key.as_str(), *u)).collect();
    // Depth-first search; each cycle is reported once, at the reference that closes it.
    let mut done: FxHashSet<&str> = FxHashSet::default();
    let mut on_path: FxHashSet<&str> = FxHashSet::default();
    for start in order.iter().map(|u| u.key.as_str()) {
        if done.contains(start) {
            continue;
        }
        let mut path: Vec<(&str, usize)> = vec![(start, 0)];
        on_path.clear();
        on_path.insert(start);
        while let Some(&mut (key, ref mut next)) = path.last_mut() {
            let edges = graph.get(key).map(Vec::as_slice).unwrap_or(&[]);
            if *next >= edges.len() {
                path.pop();
                on_path.remove(key);
                done.insert(key);
                continue;
            }
            let (to, needle) = &edges[*next];
            *next += 1;
            if on_path.contains(to.as_str()) {
                let from = path.iter().position(|(k, _)| k == to).unwrap_or(0);
                let chain: Vec<&str> = path[from..]
                    .iter()
                    .map(|(k, _)| *k)
                    .chain([to.as_str()])
                    .collect();
                let Some(unit) = by_key.get(key) else {
                    continue;
                };
                out.push(
                    Diagnostic::error(
                        "i18n::cycle",
                        format!(
                            "`{}` in `{}` is part of a reference cycle: {}",
                            unit.key,
                            cat.lang,
                            chain.join(" → ")
                        ),
                    )
                    .at(unit.find(needle))
                    .label("cycle")
                    .help("break the cycle: one of these must be written out as text"),
                );
                continue;
            }
            if let Some((&to, _)) = graph.get_key_value(to.as_str()) {
                if !done.contains(to) {
                    on_path.insert(to);
                    path.push((to, 0));
                }
            }
        }
    }
    out
}

/// A unit's references, read on both cores: each unit with the findings of its function
/// calls and its references as `(key, id)` edges, in the order given.
type UnitEdges<'a> = (&'a Unit, Vec<Diagnostic>, Vec<(String, String)>);

fn unit_edges<'a>(cat: &LocaleCatalogue, units: &[&'a Unit]) -> Vec<UnitEdges<'a>> {
    use rayon::prelude::*;
    units
        .par_iter()
        .filter_map(|&unit| {
            let refs = unit_refs(cat, unit)?;
            let calls = if unit.theme {
                Vec::new()
            } else {
                refs.functions
                    .iter()
                    .map(|f| function_call(unit, f))
                    .collect()
            };
            let edges = refs
                .entries
                .into_iter()
                .map(|(id, attr)| {
                    let key = match attr {
                        Some(a) => format!("{id}.{a}"),
                        None => id.clone(),
                    };
                    (key, id)
                })
                .collect();
            Some((unit, calls, edges))
        })
        .collect()
}

/// A call of a Fluent function, which govdoc's bundles do not have.
fn function_call(unit: &Unit, f: &str) -> Diagnostic {
    Diagnostic::error(
        "i18n::function",
        format!(
            "`{}` calls the Fluent function `{f}()`, which govdoc does not provide",
            unit.key
        ),
    )
    .at(unit.find(f))
    .label("not available")
    .help("write the text without functions; the page would show the call literally")
}

/// Variables a translation uses that its source lacks (an error: the page would show `{$x}`)
/// and variables of the source the translation leaves out (a warning: often a mistake, but a
/// language without plural forms may legitimately drop a `$count`).
pub fn variable_mismatch(
    lang: &str,
    source_lang: &str,
    unit: &Unit,
    source: &Refs,
    translation: &Refs,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if translation.vars == source.vars {
        return out;
    }
    for v in translation.vars.difference(&source.vars) {
        let mut d = Diagnostic::error(
            "i18n::unknown-variable",
            format!(
                "`{}` in `{lang}` uses `${v}`, which the `{source_lang}` source does not have",
                unit.key
            ),
        )
        .at(unit.find(&format!("${v}")))
        .label("not in the source");
        d.help = Some(
            did_you_mean(v, source.vars.iter().map(String::as_str)).unwrap_or_else(|| {
                let known: Vec<String> = source.vars.iter().map(|s| format!("${s}")).collect();
                if known.is_empty() {
                    "the source has no variables".into()
                } else {
                    format!("the source has {}", known.join(", "))
                }
            }),
        );
        out.push(d);
    }
    for v in source.vars.difference(&translation.vars) {
        out.push(
            Diagnostic::warning(
                "i18n::missing-variable",
                format!(
                    "`{}` in `{lang}` does not use `${v}`, which the `{source_lang}` source has",
                    unit.key
                ),
            )
            .at(unit.location())
            .help(format!(
                "add `{{ ${v} }}` where it belongs in the translation"
            )),
        );
    }
    out
}

/// A translation identical to its source, when that looks like a forgotten translation: at
/// least two words of three letters or more, or one plain word of four letters or more (so
/// names like `IKT-tinget` and short terms like `SLA` pass), and no `# same-as-source` comment
/// on the entry.
pub fn identical(
    lang: &str,
    source_lang: &str,
    source: &Unit,
    translation: &Unit,
) -> Option<Diagnostic> {
    if source.is_page()
        || normalize(&source.text) != normalize(&translation.text)
        || !looks_like_prose(&translation.text)
    {
        return None;
    }
    // The bundle's parser drops comments, so the line above the entry is read from the file.
    let above = translation
        .file
        .text
        .get(..translation.span.0)
        .and_then(|t| t.trim_end_matches(['\n', '\r']).lines().next_back());
    if translation
        .comment
        .as_deref()
        .is_some_and(|c| c.contains(SAME_AS_SOURCE))
        || above.is_some_and(|l| l.starts_with('#') && l.contains(SAME_AS_SOURCE))
    {
        return None;
    }
    Some(
        Diagnostic::warning("i18n::identical", format!("`{}` in `{lang}` is identical to the `{source_lang}` source", translation.key))
            .at(translation.location())
            .help(format!("translate it, or put a `# {SAME_AS_SOURCE}` comment right above it if it is the same on purpose")),
    )
}

fn looks_like_prose(text: &str) -> bool {
    // Only literal text counts; names inside placeables are not words of the language.
    let mut depth = 0usize;
    let literal: String = text
        .chars()
        .map(|c| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > 0 || c == '}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words = literal
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3 && w.chars().any(char::is_lowercase))
        .take(2)
        .count();
    // One word counts too ("Begreper"), when it is a plain word of the language: four letters
    // or more, capitals only at its start (so `SLA`, `IKT-tinget` and `GitHub` pass).
    let tokens: Vec<&str> = literal.split_whitespace().collect();
    let one_word = matches!(tokens.as_slice(), [w] if w.chars().count() >= 4
        && w.chars().all(char::is_alphabetic)
        && !w.chars().skip(1).any(char::is_uppercase));
    words >= 2 || one_word
}

// ---- Broken translations: one policy for `build`, `check` and `i18n check`. ----

/// Finds the broken translations of every language but the source (syntax errors, duplicate
/// ids, unknown variables or references, missing variables), marks their entries broken in the
/// catalogue (so lookups fall back along the chain, marked with the language they come from)
/// and keeps the findings, judged by [`Catalogues::policy`], in `translation_findings`.
/// `langs` limits the work to some languages (the watch engine's changed ones); `None` is all.
pub fn judge_translations(cats: &mut Catalogues, langs: Option<&BTreeSet<String>>) {
    judge_translations_with(cats, langs, None);
}

/// [`judge_translations`], reading each language's units from `cut` where it has them (a
/// build cuts every language once for all its checks); the languages are judged in parallel.
pub fn judge_translations_with(
    cats: &mut Catalogues,
    langs: Option<&BTreeSet<String>>,
    cut: Option<&BTreeMap<String, Units>>,
) {
    use rayon::prelude::*;
    use std::borrow::Cow;
    let units_of = |lang: &str, cat| match cut.and_then(|c| c.get(lang)) {
        Some(us) => Cow::Borrowed(us),
        None => Cow::Owned(units(cat)),
    };
    let source_lang = cats.source.clone();
    let Some(src) = cats.by_lang.get(&source_lang) else {
        return;
    };
    let source = units_of(&source_lang, src);
    let shared: &Catalogues = cats;
    let todo: Vec<(&String, &LocaleCatalogue)> = shared
        .by_lang
        .iter()
        .filter(|(lang, _)| {
            judged_language(shared, lang) && langs.is_none_or(|l| l.contains(*lang))
        })
        .collect();
    let found: Vec<(String, BTreeMap<String, Vec<Diagnostic>>)> = todo
        .into_par_iter()
        .map(|(lang, cat)| {
            let judged = judge_language(shared, lang, cat, &units_of(lang, cat), &source);
            (lang.clone(), judged)
        })
        .collect();
    drop(source);
    for (lang, judged) in found {
        store_judgements(cats, &lang, judged);
    }
}

/// One translation's findings by unit key, judged on both cores from its units and the
/// source's, without storing them (see [`store_judgements`]): languages judged side by side
/// share the catalogues until every one is done.
pub fn judge_language(
    cats: &Catalogues,
    lang: &str,
    cat: &LocaleCatalogue,
    units: &Units,
    source: &Units,
) -> BTreeMap<String, Vec<Diagnostic>> {
    use rayon::prelude::*;
    let Some(src) = cats.by_lang.get(&cats.source) else {
        return BTreeMap::new();
    };
    // Each unit with the source's unit of its key, matched in one walk through both.
    pair_up(units, source)
        .both
        .par_iter()
        .filter_map(|&(_, u, s)| {
            let ds = judge_unit(cats, lang, cat, u, |_| s.and_then(|s| unit_refs(src, s)));
            (!ds.is_empty()).then(|| (u.key.clone(), ds))
        })
        .collect()
}

/// Keeps a language's judgements ([`judge_language`]) and settles its findings and broken
/// entries from them.
pub fn store_judgements(
    cats: &mut Catalogues,
    lang: &str,
    judged: BTreeMap<String, Vec<Diagnostic>>,
) {
    cats.translation_judgements.insert(lang.to_string(), judged);
    settle_judgements(cats, lang);
}

/// Judges again only the units of the given `(language, id)` pairs (an edit that changed texts
/// but no language's set of ids): a changed source text is judged in every language, since
/// its variables may now differ from theirs.
pub fn rejudge_translations(cats: &mut Catalogues, changed: &HashSet<(String, String)>) {
    let source_lang = cats.source.clone();
    let mut ids: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for lang in cats.by_lang.keys().filter(|l| judged_language(cats, l)) {
        let mine = changed
            .iter()
            .filter(|(l, _)| l == lang || *l == source_lang)
            .map(|(_, id)| id.as_str());
        ids.entry(lang.clone()).or_default().extend(mine);
    }
    for (lang, ids) in ids {
        let (Some(cat), Some(src)) = (cats.by_lang.get(&lang), cats.by_lang.get(&source_lang))
        else {
            continue;
        };
        let mut judged = cats
            .translation_judgements
            .get(&lang)
            .cloned()
            .unwrap_or_default();
        for id in ids {
            let attr = format!("{id}.");
            judged.retain(|k, _| k != id && !k.starts_with(&attr));
            let source = units_of(src, id);
            for u in units_of(cat, id) {
                let ds = judge_unit(cats, &lang, cat, &u, |key| {
                    let s = source.iter().find(|s| s.key == key)?;
                    unit_refs(src, s)
                });
                if !ds.is_empty() {
                    judged.insert(u.key.clone(), ds);
                }
            }
        }
        cats.translation_judgements.insert(lang.clone(), judged);
        settle_judgements(cats, &lang);
    }
}

/// Whether a language's translations are judged (not the source, not the pseudo-locale).
fn judged_language(cats: &Catalogues, lang: &str) -> bool {
    lang != cats.source && lang != crate::i18n::pseudo::CODE
}

/// The findings of one unit of a translation (none for pages, the theme's words, and units
/// marked untranslated); `source_refs` gives the references of the source's unit by key.
fn judge_unit(
    cats: &Catalogues,
    lang: &str,
    cat: &LocaleCatalogue,
    u: &Unit,
    source_refs: impl Fn(&str) -> Option<Refs>,
) -> Vec<Diagnostic> {
    if u.is_page() || u.theme || cat.untranslated.contains(&u.key) {
        return Vec::new();
    }
    let Some(refs) = unit_refs(cat, u) else {
        return Vec::new();
    };
    let mut ds = unknown_references(cat, u, &refs);
    if !u.entry.starts_with('-') {
        if let Some(srefs) = source_refs(&u.key) {
            ds.extend(variable_mismatch(lang, &cats.source, u, &srefs, &refs));
        }
    }
    ds
}

/// A language's findings and broken units from its judgements, its syntax errors and its
/// duplicate ids.
fn settle_judgements(cats: &mut Catalogues, lang: &str) {
    let Some(cat) = cats.by_lang.get(lang) else {
        return;
    };
    let judged = cats.translation_judgements.get(lang);
    let mut broken: BTreeSet<String> = BTreeSet::new();
    for f in &cat.files {
        broken.extend(f.junk_ids.iter().cloned());
    }
    for d in &cat.duplicates {
        if let Some(id) = d.message.split('`').nth(1) {
            broken.insert(id.to_string());
        }
    }
    broken.extend(judged.into_iter().flat_map(|j| j.keys().cloned()));
    let findings: Vec<Diagnostic> = judged
        .into_iter()
        .flat_map(|j| j.values().flatten().cloned())
        .map(|d| cats.policy(lang, d))
        .collect();
    cats.translation_findings.insert(lang.to_string(), findings);
    if let Some(cat) = cats.by_lang.get_mut(lang) {
        cat.broken = broken.into_iter().collect();
    }
}

// ---- The content's words, checked at build time (`govdoc build`, `govdoc check`, watch). ----

/// References in the source language that cannot resolve: a term or message it does not
/// define, or a variable in a content message (content messages are formatted without
/// arguments). Either would show as `{-term}` or `{$x}` on the page, so both are errors.
/// `in_content` tells whether the content asks for a message id.
fn check_source_references(
    cats: &Catalogues,
    in_content: impl Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    let Some(source) = cats.by_lang.get(&cats.source) else {
        return Vec::new();
    };
    source
        .reference_findings
        .get_or_init(|| source_reference_findings(source))
        .iter()
        .filter(|(only_content, _)| only_content.as_deref().is_none_or(&in_content))
        .map(|(_, d)| d.clone())
        .collect()
}

/// Findings of one unit for [`source_reference_findings`].
fn unit_reference_findings(
    source: &LocaleCatalogue,
    unit: &Unit,
    out: &mut Vec<(Option<String>, Diagnostic)>,
) {
    let Some(refs) = unit_refs(source, unit) else {
        return;
    };
    out.extend(
        unknown_references(source, unit, &refs)
            .into_iter()
            .map(|d| (None, d)),
    );
    // Terms may declare parameters of their own (`$form`); messages of the content get
    // no variables at all.
    if unit.entry.starts_with('-') {
        return;
    }
    for var in &refs.vars {
        out.push((
            Some(unit.entry.clone()),
            Diagnostic::error(
                "i18n::variable-in-content",
                format!(
                    "`{}` uses the variable `${var}`, but content messages get no variables",
                    unit.key
                ),
            )
            .at(unit.find(&format!("${var}")))
            .help("write the text out, or refer to a term such as `{ -system-owner }`"),
        ));
    }
}

/// After one file of a language was patched in place (`old` replaced by `new`, the language's
/// caches cleared): puts back the findings kept from before the patch where the patch provably
/// cannot change them, so a message edit does not re-check the whole language. `kept_text` and
/// `kept_refs` are the caches before the patch; `reaching(id)` gives the ids whose text reaches
/// `id` through references (itself included), after the patch.
///
/// Own-text findings (functions, cycles) are put back only when there were none: the file's
/// changed entries call no function, and none of them refers to an id that reaches it (any
/// new cycle runs through a changed entry). Reference findings are put back when the language's
/// ids and attributes are unchanged, none was in this file (their positions may have moved),
/// and the file's entries now have none either.
pub fn carry_over_findings(
    cat: &mut LocaleCatalogue,
    old: &crate::i18n::FtlFile,
    new: &crate::i18n::FtlFile,
    changed: &[String],
    kept_text: Option<Vec<Diagnostic>>,
    kept_refs: Option<Vec<(Option<String>, Diagnostic)>>,
    reaching: impl Fn(&str) -> HashSet<String>,
) {
    if kept_text.as_ref().is_some_and(Vec::is_empty) {
        let clean = changed.iter().all(|id| {
            let reaches_me = reaching(id);
            units_of(cat, id).iter().all(|u| {
                unit_refs(cat, u).is_none_or(|r| {
                    (u.theme || r.functions.is_empty())
                        && r.entries.iter().all(|(to, _)| !reaches_me.contains(to))
                })
            })
        });
        if clean {
            let _ = cat.text_findings.set(Vec::new());
        }
    }
    let Some(kept_refs) = kept_refs else {
        return;
    };
    let attributes = |f: &crate::i18n::FtlFile| -> BTreeMap<String, Vec<String>> {
        f.entries
            .iter()
            .map(|e| (e.id.clone(), e.attributes.clone()))
            .collect()
    };
    if attributes(old) != attributes(new) {
        return;
    }
    let file = &new.source.display;
    if kept_refs
        .iter()
        .any(|(_, d)| d.location.as_ref().is_some_and(|l| &l.file == file))
    {
        return;
    }
    let mut now = Vec::new();
    for e in &new.entries {
        for u in units_of(cat, &e.id) {
            if !u.is_page() {
                unit_reference_findings(cat, &u, &mut now);
            }
        }
    }
    if now.is_empty() {
        let _ = cat.reference_findings.set(kept_refs);
    }
}

/// Whether the content's words are still free of errors after an edit of words that changed
/// no language's set of ids, given that they were before: no language's own text is broken,
/// no reference of the source is, and no `changed` source message the content requires lost its
/// text. `content` tells which message ids the content asks for and whether it requires them.
/// Cheap when the caches were carried over ([`carry_over_findings`]).
pub fn words_still_clean(
    cats: &Catalogues,
    changed: &HashSet<(String, String)>,
    content: &ContentUses,
) -> bool {
    let Some(source) = cats.by_lang.get(&cats.source) else {
        return true;
    };
    let own_text = cats
        .by_lang
        .iter()
        .filter(|(l, _)| l.as_str() != crate::i18n::pseudo::CODE)
        .all(|(_, c)| broken_text(c).is_empty());
    let texts = changed
        .iter()
        .filter(|(l, id)| *l == cats.source && content.asks(id).unwrap_or(false))
        .all(|(_, id)| no_text(source, id).is_none());
    own_text && texts && check_source_references(cats, |id| content.asks(id).is_some()).is_empty()
}

/// The source language's reference findings, from its files alone: each with the entry it
/// applies to only when the content asks for that entry.
fn source_reference_findings(source: &LocaleCatalogue) -> Vec<(Option<String>, Diagnostic)> {
    source_reference_findings_in(source, &units(source))
}

/// [`source_reference_findings`] from the source's units already cut, on both cores.
fn source_reference_findings_in(
    source: &LocaleCatalogue,
    units: &Units,
) -> Vec<(Option<String>, Diagnostic)> {
    use rayon::prelude::*;
    units
        .par_iter()
        .filter(|(_, u)| !u.is_page())
        .flat_map_iter(|(_, unit)| {
            let mut out = Vec::new();
            unit_reference_findings(source, unit, &mut out);
            out
        })
        .collect()
}

/// Works out the source language's reference findings now, from its units already cut (a
/// build cuts each language once), so that [`check_content_kept`] finds them done.
pub fn settle_reference_findings(cats: &Catalogues, cut: &BTreeMap<String, Units>) {
    let (Some(source), Some(units)) = (cats.by_lang.get(&cats.source), cut.get(&cats.source))
    else {
        return;
    };
    source
        .reference_findings
        .get_or_init(|| source_reference_findings_in(source, units));
}

/// Checks that the content's messages exist: required ones in the source language, and every
/// one the source language has somewhere in each language's chain.
pub fn check_content(cats: &Catalogues, model: &Governance) -> Vec<Diagnostic> {
    check_content_kept(cats, model, &ContentUses::new(cats, model))
}

/// [`check_content`] with the content's uses and their findings kept by the caller (the watch
/// engine keeps them between saves and updates only the entities an edit touched).
pub fn check_content_kept(
    cats: &Catalogues,
    model: &Governance,
    kept: &ContentUses,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(source) = cats.by_lang.get(&cats.source) else {
        return out;
    };
    for (lang, cat) in &cats.by_lang {
        if lang != crate::i18n::pseudo::CODE {
            out.extend(broken_text(cat));
        }
    }
    out.extend(kept.findings().cloned());
    // Only findings tied to one entry ask: the index of 100,000 ids is made then, and kept.
    out.extend(check_source_references(cats, |id| kept.asks(id).is_some()));
    for page in model.pages() {
        if !source.prose.contains_key(&page.id) {
            out.push(
                Diagnostic::error(
                    "i18n::missing-prose",
                    format!("page `{}` has no text in the source language", page.id),
                )
                .at(page.origin.locate("id"))
                .help(format!(
                    "write locales/{}/pages/{}.md",
                    cats.source, page.id
                )),
            );
        }
    }
    out
}

/// What is wrong with some of the content's message uses: a required message the source
/// language lacks, or one without text. Each use is judged alone, so findings can be kept
/// per entity ([`ContentUses`]).
pub fn use_findings(cats: &Catalogues, uses: &[MessageUse]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(source) = cats.by_lang.get(&cats.source) else {
        return out;
    };
    for u in uses.iter().filter(|u| u.required) {
        if source.has(&u.id) {
            if let Some(d) = no_text(source, &u.id) {
                out.push(d);
            }
            continue;
        }
        let file = if u.id.starts_with('-') {
            "terms.ftl"
        } else {
            "a .ftl file"
        };
        out.push(
            Diagnostic::error(
                "i18n::missing-source",
                format!(
                    "no message `{}` in the source language `{}`",
                    u.id, cats.source
                ),
            )
            .at(u.origin.locate(&u.path))
            .label("asked for here")
            .help(format!(
                "add `{} = …` to {file} in locales/{}/",
                u.id, cats.source
            )),
        );
    }
    out
}

/// Per language, the ids (messages, terms, prose pages) that come from a fallback language.
pub fn fallback_report(cats: &Catalogues, model: &Governance) -> IndexMap<String, Vec<String>> {
    let mut report = IndexMap::new();
    let Some(source) = cats.by_lang.get(&cats.source) else {
        return report;
    };
    let mut ids: Vec<&str> = source.ids().collect();
    ids.sort_unstable();
    for (lang, cat) in &cats.by_lang {
        if *lang == cats.source {
            continue;
        }
        let mut missing: Vec<String> = ids
            .iter()
            .filter(|id| !cat.has(id))
            .map(|s| s.to_string())
            .collect();
        for p in model.pages() {
            if source.prose.contains_key(&p.id) && !cat.prose.contains_key(&p.id) {
                missing.push(format!("pages/{}.md", p.id));
            }
        }
        report.insert(lang.clone(), missing);
    }
    report
}

/// A required message that defines no text: only attributes (the page would show `[id]`), or
/// a value that is empty (`{ "" }`, the page would show nothing).
fn no_text(source: &LocaleCatalogue, id: &str) -> Option<Diagnostic> {
    use fluent_syntax::ast;
    let (file, info) = source.entry(id)?;
    let ast::Entry::Message(m) = file.resource.get_entry(info.index)? else {
        return None;
    };
    let problem = match &m.value {
        None => "has attributes but no value",
        Some(p) => {
            let empty = p.elements.iter().all(|e| match e {
                ast::PatternElement::TextElement { value } => value.trim().is_empty(),
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
                } => value.trim().is_empty(),
                _ => false,
            });
            if !empty {
                return None;
            }
            "is empty"
        }
    };
    Some(
        Diagnostic::error(
            "i18n::no-text",
            format!("the required message `{id}` {problem}"),
        )
        .at(file.locate(info))
        .label("no text")
        .help(format!("write the text after `{id} =`; the page needs it")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(files: &[(&str, &str, bool)]) -> LocaleCatalogue {
        use crate::i18n::FtlFile;
        use std::sync::Arc;
        let files = files
            .iter()
            .map(|(path, text, theme)| {
                Arc::new(FtlFile::parse(
                    crate::load::SourceFile::new(*path, *text),
                    *theme,
                ))
            })
            .collect();
        let langid = "nb".parse().unwrap_or_default();
        LocaleCatalogue::new("nb", langid, files, Default::default(), false)
    }

    #[test]
    fn a_unit_is_read_where_its_own_catalogue_defines_it() {
        // The theme defines `x` at the same position as `mine` does; the site overrides it.
        let mine = catalogue(&[("locales/nb/a.ftl", "x = { $own }\n", false)]);
        let other = catalogue(&[
            ("<built-in>/locales/nb/theme.ftl", "x = { $theme }\n", true),
            ("locales/nb/site.ftl", "x = { $site }\n", false),
        ]);
        let unit = &units(&mine)["x"];
        let vars = |cat, u| unit_refs(cat, u).map(|r| r.vars.into_iter().collect::<Vec<_>>());
        assert_eq!(vars(&mine, unit), Some(vec!["own".to_string()]));
        // A unit of another catalogue is looked up by id, never read at its old position.
        assert_eq!(vars(&other, unit), Some(vec!["site".to_string()]));
    }

    #[test]
    fn prose_detection() {
        assert!(!looks_like_prose("IKT-tinget"));
        assert!(!looks_like_prose("SLA"));
        // One plain word counts (issue 14: "Begreper" copied untranslated); a name that really
        // is the same, like "Microsoft", takes a `# same-as-source` comment.
        assert!(looks_like_prose("Begreper"));
        assert!(looks_like_prose("Microsoft"));
        assert!(!looks_like_prose("GitHub"));
        assert!(looks_like_prose("Eier systemet"));
        assert!(!looks_like_prose("{ $count } av { $total }"));
    }
}
