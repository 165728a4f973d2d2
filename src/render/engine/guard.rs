//! Checks of a site's templates before tera sees them: tera renders `{% include %}`,
//! `{% extends %}` and macro calls by recursion without a depth limit, so a template that
//! includes itself or a macro that calls itself (directly or through others) would overflow the
//! stack and kill govdoc. Such cycles are refused, as are template functions that reach outside
//! the site (the build machine's environment).

use crate::diagnostics::Diagnostic;
use crate::load::SourceFile;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use tera::ast::{Expr, ExprVal, Node};

/// Template functions that read the build machine rather than the site.
pub const FORBIDDEN_FUNCTIONS: [&str; 1] = ["get_env"];

/// A template (`macro_name` `None`) or a macro of a template.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Unit {
    template: String,
    macro_name: Option<String>,
}

impl Unit {
    fn describe(&self) -> String {
        match &self.macro_name {
            None => format!("`{}`", self.template),
            Some(m) => format!("macro `{m}` of `{}`", self.template),
        }
    }
}

/// One use of another unit, with the text that names it (to find the line).
#[derive(Debug, Clone)]
struct Edge {
    to: Unit,
    needle: String,
}

#[derive(Default)]
struct Collect {
    edges: Vec<Edge>,
    forbidden: Vec<String>,
}

/// All cycle and forbidden-function errors of a site's templates.
pub fn check(
    parsed: &BTreeMap<String, tera::Template>,
    sources: &BTreeMap<String, Arc<SourceFile>>,
) -> Vec<Diagnostic> {
    let mut graph: BTreeMap<Unit, Vec<Edge>> = BTreeMap::new();
    let mut errors = Vec::new();
    for (name, tpl) in parsed {
        let resolve = |ns: &str| -> Option<String> {
            if ns == "self" {
                return Some(name.clone());
            }
            tpl.imported_macro_files
                .iter()
                .find(|(_, n)| n == ns)
                .map(|(f, _)| f.clone())
        };
        let mut units = vec![(None, &tpl.ast)];
        for (m, def) in &tpl.macros {
            units.push((Some(m.clone()), &def.body));
        }
        for (macro_name, body) in units {
            let mut c = Collect::default();
            nodes(body, &mut c, &resolve);
            for e in &mut c.edges {
                if e.to.macro_name.is_none() {
                    e.needle = quoted_needle(&sources[name].text, &e.needle);
                }
            }
            if macro_name.is_none() {
                if let Some(parent) = &tpl.parent {
                    c.edges.push(Edge {
                        to: Unit {
                            template: parent.clone(),
                            macro_name: None,
                        },
                        needle: quoted_needle(&sources[name].text, parent),
                    });
                }
            }
            for f in &c.forbidden {
                let src = &sources[name];
                let at = src.text.find(f.as_str()).unwrap_or(0);
                errors.push(
                    Diagnostic::error(
                        "template::forbidden-function",
                        format!("the template function `{f}` is not available in govdoc templates"),
                    )
                    .at(src.at_offset(at, f.len()))
                    .label("not allowed")
                    .help("templates may not read the build machine's environment; put the value in `govdoc.yml` or the content instead"),
                );
            }
            let unit = Unit {
                template: name.clone(),
                macro_name,
            };
            graph.entry(unit).or_default().extend(
                c.edges
                    .into_iter()
                    .filter(|e| parsed.contains_key(&e.to.template)),
            );
        }
    }
    // Every cycle is reported once, at the use that closes it.
    let mut done: BTreeSet<Unit> = BTreeSet::new();
    for start in graph.keys() {
        if done.contains(start) {
            continue;
        }
        let mut path: Vec<(Unit, usize)> = vec![(start.clone(), 0)];
        let mut on_path: BTreeSet<Unit> = [start.clone()].into();
        while let Some((unit, next)) = path.last().cloned() {
            let edges = graph.get(&unit).map(Vec::as_slice).unwrap_or(&[]);
            if next >= edges.len() {
                path.pop();
                on_path.remove(&unit);
                done.insert(unit);
                continue;
            }
            path.last_mut().unwrap().1 += 1;
            let edge = &edges[next];
            if on_path.contains(&edge.to) {
                let from = path.iter().position(|(u, _)| *u == edge.to).unwrap_or(0);
                let chain: Vec<String> = path[from..]
                    .iter()
                    .map(|(u, _)| u.describe())
                    .chain([edge.to.describe()])
                    .collect();
                let src = &sources[&unit.template];
                let at = src.text.find(edge.needle.as_str()).unwrap_or(0);
                let what = if path.len() - from == 1 {
                    format!("{} uses itself", unit.describe())
                } else {
                    format!("templates use each other in a cycle: {}", chain.join(" → "))
                };
                errors.push(
                    Diagnostic::error("template::cycle", what)
                        .at(src.at_offset(at, edge.needle.len()))
                        .label("recursion here")
                        .help("tera has no depth limit and would recurse until govdoc crashes; govdoc refuses recursive includes, extends and macro calls"),
                );
                continue;
            }
            if !done.contains(&edge.to) {
                on_path.insert(edge.to.clone());
                path.push((edge.to.clone(), 0));
            }
        }
    }
    errors
}

/// `"name"` or `'name'` as written in the template, for locating an include or extends.
fn quoted_needle(text: &str, name: &str) -> String {
    for q in ['"', '\'', '`'] {
        let n = format!("{q}{name}{q}");
        if text.contains(&n) {
            return n;
        }
    }
    name.to_string()
}

fn nodes(body: &[Node], c: &mut Collect, resolve: &dyn Fn(&str) -> Option<String>) {
    for node in body {
        match node {
            Node::VariableBlock(_, e) => expr(e, c, resolve),
            Node::Include(_, names, _) => {
                for n in names {
                    c.edges.push(Edge {
                        to: Unit {
                            template: n.clone(),
                            macro_name: None,
                        },
                        needle: n.clone(),
                    });
                }
            }
            Node::Set(_, set) => expr(&set.value, c, resolve),
            Node::FilterSection(_, fs, _) => {
                fcall(&fs.filter, c, resolve, false);
                nodes(&fs.body, c, resolve);
            }
            Node::Block(_, b, _) => nodes(&b.body, c, resolve),
            Node::Forloop(_, f, _) => {
                expr(&f.container, c, resolve);
                nodes(&f.body, c, resolve);
                if let Some(e) = &f.empty_body {
                    nodes(e, c, resolve);
                }
            }
            Node::If(i, _) => {
                for (_, cond, b) in &i.conditions {
                    expr(cond, c, resolve);
                    nodes(b, c, resolve);
                }
                if let Some((_, b)) = &i.otherwise {
                    nodes(b, c, resolve);
                }
            }
            // Macro bodies are units of their own; the rest holds no calls.
            _ => {}
        }
    }
}

fn fcall(
    f: &tera::ast::FunctionCall,
    c: &mut Collect,
    resolve: &dyn Fn(&str) -> Option<String>,
    is_function: bool,
) {
    if is_function && FORBIDDEN_FUNCTIONS.contains(&f.name.as_str()) {
        c.forbidden.push(f.name.clone());
    }
    for a in f.args.values() {
        expr(a, c, resolve);
    }
}

fn expr(e: &Expr, c: &mut Collect, resolve: &dyn Fn(&str) -> Option<String>) {
    for f in &e.filters {
        fcall(f, c, resolve, false);
    }
    match &e.val {
        ExprVal::Math(m) => {
            expr(&m.lhs, c, resolve);
            expr(&m.rhs, c, resolve);
        }
        ExprVal::Logic(l) => {
            expr(&l.lhs, c, resolve);
            expr(&l.rhs, c, resolve);
        }
        ExprVal::In(i) => {
            expr(&i.lhs, c, resolve);
            expr(&i.rhs, c, resolve);
        }
        ExprVal::Test(t) => {
            for a in &t.args {
                expr(a, c, resolve);
            }
        }
        ExprVal::Array(items) => {
            for a in items {
                expr(a, c, resolve);
            }
        }
        ExprVal::FunctionCall(f) => fcall(f, c, resolve, true),
        ExprVal::MacroCall(m) => {
            if let Some(template) = resolve(&m.namespace) {
                c.edges.push(Edge {
                    to: Unit {
                        template,
                        macro_name: Some(m.name.clone()),
                    },
                    needle: format!("{}::{}", m.namespace, m.name),
                });
            }
            for a in m.args.values() {
                expr(a, c, resolve);
            }
        }
        _ => {}
    }
}
