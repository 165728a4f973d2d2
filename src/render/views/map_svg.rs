//! Draws a governance map: the `layout-rs` crate places the nodes in layers (roles, then the
//! forums and the line organisation they reach) and routes the edges; this module writes the
//! result as inline SVG that the page's stylesheet colours, with every node a link.
//!
//! Same graph in, same bytes out: the crate has no randomness and iterates in insertion order,
//! and coordinates are written rounded to one decimal.

use layout::core::base::Orientation;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

/// What a node stands for; each kind has its own outline, so shape, not colour, tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// A role (rounded ends).
    Role,
    /// A forum (square corners, heavy outline).
    Forum,
    /// The ordinary line organisation (dashed outline).
    Line,
}

/// A box of the map.
#[derive(Debug, Clone)]
pub struct Node {
    /// The words in the box (may carry fallback-language markers).
    pub label: String,
    /// Where it links; `None` for the page's own entity and for a target without a page.
    pub url: Option<String>,
    /// What it is.
    pub kind: NodeKind,
    /// The entity the page is about (drawn heavier, not linked).
    pub current: bool,
}

/// How a role is tied to a forum; each kind has its own line style and a word in the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeKind {
    /// Takes part (dashed).
    TakesPart,
    /// Chairs (solid, heavy).
    Chairs,
    /// Escalates a disagreement to (dotted, with an arrowhead and the system category).
    Escalates,
}

/// A line from a role to a forum or the line organisation.
#[derive(Debug, Clone)]
pub struct Edge {
    /// Index of the role node.
    pub from: usize,
    /// Index of the target node.
    pub to: usize,
    /// The tie.
    pub kind: EdgeKind,
    /// Words on the line (the system category of an escalation).
    pub label: Option<String>,
}

/// The words the drawing needs besides the nodes': its title and the legend.
#[derive(Debug, Clone)]
pub struct Legend {
    /// The drawing's accessible name.
    pub title: String,
    /// The legend's words for roles, forums and the line organisation.
    pub nodes: [String; 3],
    /// The legend's words for takes part, chairs and escalates.
    pub edges: [String; 3],
}

/// The boxes' and the legend's font size, as the drawing writes it.
const FONT: &str = "14";
const CHAR: f64 = 7.6;
const LINE: f64 = 18.0;
/// [`LINE`] as `{}` writes it, for the `dy` of a box's second and later lines.
const LINE_DY: &str = "18";
const WRAP: usize = 22;

/// The SVG of a graph; `id` makes its element ids unique within the page.
pub fn draw(nodes: &[Node], edges: &[Edge], legend: &Legend, id: &str) -> String {
    // Each text is stripped of its markers, wrapped and measured once here: the layout, the
    // bounds and the drawing all need it, and stripping was a twentieth of a map's cost.
    let boxes: Vec<BoxText> = nodes.iter().map(|n| BoxText::new(&n.label)).collect();
    let labels: Vec<Option<LabelText>> = edges
        .iter()
        .map(|e| e.label.as_deref().map(LabelText::new))
        .collect();
    let legend_texts = LegendTexts::new(legend);
    let placed = place(&boxes, edges, &labels);
    let (mut min, mut max) = (Point::splat(f64::MAX), Point::splat(f64::MIN));
    let mut grow = |p: Point| {
        min = Point::new(min.x.min(p.x), min.y.min(p.y));
        max = Point::new(max.x.max(p.x), max.y.max(p.y));
    };
    for b in &placed.boxes {
        grow(b.0);
        grow(b.0.add(b.1));
    }
    for (i, path) in &placed.paths {
        for (a, b) in path {
            grow(*a);
            grow(*b);
        }
        if let (Some(label), Some(at)) = (labels.get(*i).and_then(Option::as_ref), path.get(1)) {
            grow(at.1.sub(Point::new(label.width + 2.0, 0.0)));
        }
    }
    if nodes.is_empty() {
        (min, max) = (Point::zero(), Point::new(300.0, 0.0));
    }
    let pad = 12.0;
    let shift = Point::new(pad - min.x, pad - min.y);
    let width = (max.x - min.x + 2.0 * pad).max(legend_texts.width);
    let graph_height = max.y - min.y + 2.0 * pad;
    let height = graph_height + 4.0 * 26.0;
    // Room for a neighbourhood map's drawing, so it is not copied as it grows.
    let mut s = String::with_capacity(2048 + 512 * nodes.len() + 256 * edges.len());
    let (w0, h0) = (d0(width), d0(height));
    put!(&mut s, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"governance-map\" viewBox=\"0 0 ", &w0, " ", &h0, "\" width=\"", &w0, "\" role=\"group\" aria-labelledby=\"", id, "-title\"><title id=\"", id, "-title\">", &Esc(&plain(&legend.title).1), "</title><defs><marker id=\"", id, "-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\" fill=\"currentColor\"/></marker></defs>");
    s.push_str("<g class=\"edges\" aria-hidden=\"true\">");
    for (i, path) in &placed.paths {
        let Some(e) = edges.get(*i) else { continue };
        put!(&mut s, "<path class=\"edge ", edge_class(e.kind), "\" d=\"");
        curve(&mut s, path, shift);
        put!(
            &mut s,
            "\" fill=\"none\" stroke=\"currentColor\"",
            dash(e.kind)
        );
        if e.kind == EdgeKind::Escalates {
            put!(&mut s, " marker-end=\"url(#", id, "-arrow)\"");
        }
        s.push_str("/>");
    }
    // Each label ends where its line reaches the room the layout left for it (a connector
    // point), so it never runs into the box the line goes to.
    for (i, path) in &placed.paths {
        let (Some(label), Some(at)) = (labels.get(*i).and_then(Option::as_ref), path.get(1)) else {
            continue;
        };
        let p = at.1.add(shift);
        let (lang, t, w) = (&label.lang, &label.text, label.width);
        let (x, y) = (d1(p.x - w - 2.0), d1(p.y - 11.0));
        let (tx, ty, w) = (d1(p.x - 6.0), d1(p.y + 3.0), d1(w));
        put!(
            &mut s,
            "<rect class=\"edge-label-bg\" x=\"",
            &x,
            "\" y=\"",
            &y,
            "\" width=\"",
            &w,
            "\" height=\"18\" fill=\"#fff\"/><text class=\"edge-label\" x=\"",
            &tx,
            "\" y=\"",
            &ty,
            "\" text-anchor=\"end\" font-size=\"12.5\" fill=\"currentColor\"",
            &lang_attr(lang),
            ">",
            &Esc(t),
            "</text>"
        );
    }
    s.push_str("</g><g class=\"nodes\">");
    for (i, (n, text)) in nodes.iter().zip(&boxes).enumerate() {
        let Some((top_left, size)) = placed.boxes.get(i) else {
            continue;
        };
        node(&mut s, n, text, top_left.add(shift), *size);
    }
    s.push_str("</g>");
    legend_svg(&mut s, &legend_texts, graph_height, id);
    s.push_str("</svg>");
    s
}

/// Positions computed by the layout: each node's box and each edge's curve.
struct Placed {
    boxes: Vec<(Point, Point)>,
    paths: Vec<(usize, Vec<(Point, Point)>)>,
}

/// Runs the layout. A map illustrates ties the page also lists in words, so a panic inside the
/// layout crate (it asserts on shapes of graph it does not expect) costs the picture its
/// layout, never the build or a running `--watch`: the boxes are then stacked in a column.
fn place(nodes: &[BoxText], edges: &[Edge], labels: &[Option<LabelText>]) -> Placed {
    guarded(|| layered(nodes, edges, labels), nodes)
}

fn guarded(layout: impl FnOnce() -> Placed, nodes: &[BoxText]) -> Placed {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(layout)).unwrap_or_else(|_| {
        let mut top = 0.0;
        let boxes = nodes
            .iter()
            .map(|n| {
                let size = n.size;
                let at = Point::new(0.0, top);
                top += size.y + 20.0;
                (at, size)
            })
            .collect();
        Placed {
            boxes,
            paths: Vec::new(),
        }
    })
}

/// The layered layout of layout-rs. Duplicate and self edges are dropped first: the crate
/// asserts on them.
fn layered(nodes: &[BoxText], edges: &[Edge], labels: &[Option<LabelText>]) -> Placed {
    let mut vg = VisualGraph::new(Orientation::LeftToRight);
    // One style, copied: `StyleAttr::simple` looks its colours up by name in a table.
    let node_look = StyleAttr::simple();
    // The crate reserves `font_size` points per character of a label: 8 is about the width of
    // a character at the 12.5 px the label is drawn at.
    let mut edge_look = node_look.clone();
    edge_look.font_size = 8;
    let handles: Vec<_> = nodes
        .iter()
        .map(|n| {
            vg.add_node(Element::create(
                ShapeKind::new_box(""),
                node_look.clone(),
                Orientation::LeftToRight,
                n.size,
            ))
        })
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    for (i, e) in edges.iter().enumerate() {
        let (Some(&a), Some(&b)) = (handles.get(e.from), handles.get(e.to)) else {
            continue;
        };
        if e.from == e.to || !seen.insert((e.from, e.to)) {
            continue;
        }
        let label = labels
            .get(i)
            .and_then(Option::as_ref)
            .map_or("", |l| l.text.as_str());
        let mut arrow = Arrow::new(
            LineEndKind::None,
            LineEndKind::None,
            LineStyleKind::Normal,
            label,
            &edge_look,
            &None,
            &None,
        );
        arrow.properties = Some(i.to_string());
        vg.add_edge(arrow, a, b);
    }
    let mut rec = Recorder::default();
    if !nodes.is_empty() {
        vg.do_it(false, false, false, &mut rec);
    }
    let boxes = handles
        .iter()
        .map(|&h| {
            let p = vg.pos(h);
            (p.bbox(false).0, p.size(false))
        })
        .collect();
    Placed {
        boxes,
        paths: rec.paths,
    }
}

/// Keeps the one thing of the layout's drawing this module does not draw itself: the curves.
#[derive(Default)]
struct Recorder {
    paths: Vec<(usize, Vec<(Point, Point)>)>,
}

impl RenderBackend for Recorder {
    fn draw_rect(
        &mut self,
        _: Point,
        _: Point,
        _: &StyleAttr,
        _: Option<String>,
        _: Option<ClipHandle>,
    ) {
    }
    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_text(&mut self, _: Point, _: &str, _: &StyleAttr) {}
    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _: bool,
        _: (bool, bool),
        _: &StyleAttr,
        p: Option<String>,
        _: &str,
    ) {
        if let Some(i) = p.and_then(|p| p.parse().ok()) {
            self.paths.push((i, path.to_vec()));
        }
    }
    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

/// An edge's label without its markers, its language and its width at 12.5 px.
struct LabelText {
    lang: Option<String>,
    text: String,
    width: f64,
}

impl LabelText {
    fn new(label: &str) -> Self {
        let (lang, text) = plain(label);
        let width = text.chars().count() as f64 * CHAR * 0.9 + 8.0;
        LabelText { lang, text, width }
    }
}

/// A box's words without their markers, their language, their lines and the box's size.
struct BoxText {
    lang: Option<String>,
    lines: Vec<String>,
    size: Point,
}

impl BoxText {
    fn new(label: &str) -> Self {
        let (lang, text) = plain(label);
        let (lines, longest) = lines(&text);
        let size = Point::new(
            (longest as f64 * CHAR + 28.0).max(90.0),
            lines.len() as f64 * LINE + 16.0,
        );
        BoxText { lang, lines, size }
    }
}

/// A label broken into lines of at most [`WRAP`] characters, at spaces, and the length of the
/// longest line in characters.
fn lines(label: &str) -> (Vec<String>, usize) {
    let mut out: Vec<String> = Vec::new();
    // The current (last) line's length in characters, kept instead of counted again per word.
    let (mut current, mut longest) = (0, 0);
    for word in label.split_whitespace() {
        let chars = word.chars().count();
        match out.last_mut() {
            Some(l) if current + 1 + chars <= WRAP => {
                l.push(' ');
                l.push_str(word);
                current += 1 + chars;
            }
            _ => {
                // Room for the whole label, so joining the next words never copies the line.
                let mut l = String::with_capacity(label.len());
                l.push_str(word);
                out.push(l);
                current = chars;
            }
        }
        longest = longest.max(current);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    (out, longest)
}

fn node(s: &mut String, n: &Node, text: &BoxText, at: Point, size: Point) {
    let (lang, ls) = (&text.lang, &text.lines);
    let class = match n.kind {
        NodeKind::Role => "node role",
        NodeKind::Forum => "node forum",
        NodeKind::Line => "node line",
    };
    let current = if n.current { " current" } else { "" };
    // Put together piece by piece, not with `write!`: a site draws a box for every role and
    // forum on every neighbour's page, and the formatter was most of the drawing's own cost.
    match &n.url {
        Some(url) => put!(
            s,
            "<a href=\"",
            &Esc(url),
            "\" class=\"",
            class,
            current,
            "\">"
        ),
        None => put!(s, "<g class=\"", class, current, "\">"),
    }
    let stroke = match (n.kind, n.current) {
        (_, true) => "4",
        (NodeKind::Forum, _) => "2.5",
        _ => "1.5",
    };
    let dash = if n.kind == NodeKind::Line {
        " stroke-dasharray=\"6 4\""
    } else {
        ""
    };
    put!(
        s,
        "<rect x=\"",
        &d1(at.x),
        "\" y=\"",
        &d1(at.y),
        "\" width=\"",
        &d1(size.x),
        "\" height=\"",
        &d1(size.y),
        "\" rx=\"",
        if n.kind == NodeKind::Role { "14" } else { "2" },
        "\" fill=\"#fff\" stroke=\"currentColor\" stroke-width=\"",
        stroke,
        "\"",
        dash,
        "/>"
    );
    let cx = d1(at.x + size.x / 2.0);
    let top = d1(at.y + size.y / 2.0 - (ls.len() as f64 - 1.0) * LINE / 2.0 + 5.0);
    let weight = if n.current {
        " font-weight=\"bold\""
    } else {
        ""
    };
    put!(
        s,
        "<text x=\"",
        &cx,
        "\" y=\"",
        &top,
        "\" text-anchor=\"middle\" font-size=\"",
        FONT,
        "\" fill=\"currentColor\"",
        weight,
        &lang_attr(lang),
        ">"
    );
    for (i, l) in ls.iter().enumerate() {
        let dy = if i == 0 { "0" } else { LINE_DY };
        put!(
            s,
            "<tspan x=\"",
            &cx,
            "\" dy=\"",
            dy,
            "\">",
            &Esc(l),
            "</tspan>"
        );
    }
    s.push_str("</text>");
    s.push_str(if n.url.is_some() { "</a>" } else { "</g>" });
}

/// The legend's words without their markers, with their languages, and its width.
struct LegendTexts {
    nodes: [(Option<String>, String); 3],
    edges: [(Option<String>, String); 3],
    width: f64,
}

impl LegendTexts {
    fn new(l: &Legend) -> Self {
        let nodes = l.nodes.each_ref().map(|t| plain(t));
        let edges = l.edges.each_ref().map(|t| plain(t));
        let width = nodes
            .iter()
            .chain(&edges)
            .map(|(_, t)| t.chars().count() as f64 * CHAR + 80.0)
            .fold(0.0, f64::max)
            * 2.0;
        LegendTexts {
            nodes,
            edges,
            width,
        }
    }
}

/// The legend, in two columns under the graph: node outlines left, line styles right.
fn legend_svg(s: &mut String, l: &LegendTexts, top: f64, id: &str) {
    let half = l.width / 2.0;
    s.push_str("<g class=\"legend\" aria-hidden=\"true\">");
    let kinds = [NodeKind::Role, NodeKind::Forum, NodeKind::Line];
    for (i, (kind, (lang, t))) in kinds.iter().zip(&l.nodes).enumerate() {
        let y = top + 8.0 + i as f64 * 26.0;
        let (ty, y) = (d1(y + 14.0), d1(y));
        let (rx, width, dash) = match kind {
            NodeKind::Role => ("9", "1.5", ""),
            NodeKind::Forum => ("2", "2.5", ""),
            NodeKind::Line => ("2", "1.5", " stroke-dasharray=\"6 4\""),
        };
        put!(
            s,
            "<rect x=\"12\" y=\"",
            &y,
            "\" width=\"40\" height=\"18\" rx=\"",
            rx,
            "\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"",
            width,
            "\"",
            dash,
            "/><text x=\"62\" y=\"",
            &ty,
            "\" font-size=\"",
            FONT,
            "\" fill=\"currentColor\"",
            &lang_attr(lang),
            ">",
            &Esc(t),
            "</text>"
        );
    }
    let kinds = [EdgeKind::TakesPart, EdgeKind::Chairs, EdgeKind::Escalates];
    for (i, (kind, (lang, t))) in kinds.iter().zip(&l.edges).enumerate() {
        let y = top + 17.0 + i as f64 * 26.0;
        let x = half + 12.0;
        let (end, tx, ty) = (d1(x + 44.0), d1(x + 54.0), d1(y + 5.0));
        let (x, y) = (d1(x), d1(y));
        put!(
            s,
            "<path class=\"edge ",
            edge_class(*kind),
            "\" d=\"M",
            &x,
            " ",
            &y,
            " H",
            &end,
            "\" stroke=\"currentColor\"",
            dash(*kind)
        );
        if *kind == EdgeKind::Escalates {
            put!(s, " marker-end=\"url(#", id, "-arrow)\"");
        }
        put!(
            s,
            "/><text x=\"",
            &tx,
            "\" y=\"",
            &ty,
            "\" font-size=\"",
            FONT,
            "\" fill=\"currentColor\"",
            &lang_attr(lang),
            ">",
            &Esc(t),
            "</text>"
        );
    }
    s.push_str("</g>");
}

fn edge_class(k: EdgeKind) -> &'static str {
    match k {
        EdgeKind::TakesPart => "takes-part",
        EdgeKind::Chairs => "chairs",
        EdgeKind::Escalates => "escalates",
    }
}

/// The line style of each tie, as presentation attributes (the stylesheet may override them).
fn dash(k: EdgeKind) -> &'static str {
    match k {
        EdgeKind::TakesPart => " stroke-width=\"1.5\" stroke-dasharray=\"7 5\"",
        EdgeKind::Chairs => " stroke-width=\"3\"",
        EdgeKind::Escalates => " stroke-width=\"2\" stroke-dasharray=\"2 4\"",
    }
}

/// The layout's path as SVG: a cubic curve out of the first point, smooth ones after.
fn curve(d: &mut String, path: &[(Point, Point)], shift: Point) {
    let p = |q: Point| {
        let q = q.add(shift);
        (d1(q.x), d1(q.y))
    };
    if let [first, second, rest @ ..] = path {
        let ((ax, ay), (bx, by)) = (p(first.0), p(first.1));
        let ((cx, cy), (ex, ey)) = (p(second.0), p(second.1));
        put!(d, "M", &ax, " ", &ay, " C", &bx, " ", &by, " ", &cx, " ", &cy, " ", &ex, " ", &ey);
        for q in rest {
            let ((ax, ay), (bx, by)) = (p(q.0), p(q.1));
            put!(d, " S", &ax, " ", &ay, " ", &bx, " ", &by);
        }
    }
}

use super::svg_text::{lang_attr, plain, OneDecimal};

/// A coordinate exactly as [`OneDecimal`] writes it, its digits put together by hand in the
/// common case: through the formatter, each coordinate was a nested `write!` with two integer
/// formats, and the maps' coordinates were a third of their drawing's instructions.
enum Num {
    /// `OneDecimal`'s common case, in tenths (written `{n / 10}.{n % 10}`, below 10⁹).
    Tenths(u64),
    /// Anything else, as `OneDecimal` itself writes it.
    Exact(String),
}

/// See [`Num`]; the test of the same branch as `OneDecimal::fmt`, so the same branch is taken.
fn d1(v: f64) -> Num {
    let tenths = v * 10.0;
    if v.is_sign_positive() && (0.0..1e9).contains(&tenths) {
        // In this range the cast is `trunc` and the difference is exact, so `whole` and
        // `fract` give `trunc` and `round` without their library calls (half of a
        // coordinate's cost).
        let whole = tenths as u64;
        let fract = tenths - whole as f64;
        if (fract - 0.5).abs() >= 1e-6 {
            return Num::Tenths(whole + u64::from(fract >= 0.5));
        }
    }
    Num::Exact(OneDecimal(v).to_string())
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Num::Tenths(n) => write!(f, "{}.{}", n / 10, n % 10),
            Num::Exact(text) => f.write_str(text),
        }
    }
}

/// Something [`put!`] appends to the drawing.
trait Piece {
    fn put_to(&self, s: &mut String);
}

impl Piece for str {
    fn put_to(&self, s: &mut String) {
        s.push_str(self);
    }
}

impl Piece for Num {
    /// The digits written by `itoa`: a `&str` of digits put together here would have to be
    /// checked as UTF-8 first (a fifth of a coordinate's cost), and pushing them one by one as
    /// characters cost as much.
    fn put_to(&self, s: &mut String) {
        match self {
            Num::Tenths(n) => {
                s.push_str(itoa::Buffer::new().format(n / 10));
                s.push('.');
                s.push(char::from(b'0' + (n % 10) as u8));
            }
            Num::Exact(text) => s.push_str(text),
        }
    }
}

/// A text escaped straight into the drawing ([`crate::markup::escape`] without a `String` of
/// its own).
struct Esc<'a>(&'a str);

impl Piece for Esc<'_> {
    fn put_to(&self, s: &mut String) {
        crate::markup::escape_into(s, self.0);
    }
}

/// `{:.0}` of a drawing's size: the nearest integer, by `itoa` unless the value is within a
/// hair of a tie or out of its range, where the exact formatter decides as before.
fn d0(v: f64) -> String {
    if v.is_sign_positive() && v < 1e15 && (v.fract() - 0.5).abs() > 1e-6 {
        itoa::Buffer::new().format(v.round() as u64).to_string()
    } else {
        format!("{v:.0}")
    }
}

/// Appends the pieces (texts and [`Num`]s) in order.
macro_rules! put {
    ($s:expr, $($piece:expr),* $(,)?) => {{
        let s: &mut String = $s;
        $( ($piece).put_to(s); )*
    }};
}
use put;

#[cfg(test)]
mod tests {
    use super::*;

    fn legend() -> Legend {
        Legend {
            title: "Map".into(),
            nodes: ["Role".into(), "Forum".into(), "Line".into()],
            edges: ["takes part".into(), "chairs".into(), "escalates".into()],
        }
    }

    fn n(label: &str, kind: NodeKind) -> Node {
        Node {
            label: label.into(),
            url: Some(format!("/{label}/")),
            kind,
            current: false,
        }
    }

    #[test]
    fn odd_graphs_draw_without_panicking() {
        let l = legend();
        // No node, one node, no edge, a duplicate and a self edge.
        assert!(draw(&[], &[], &l, "m").starts_with("<svg"));
        let one = [n("a", NodeKind::Role)];
        assert!(draw(&one, &[], &l, "m").contains("href=\"/a/\""));
        let two = [n("a", NodeKind::Role), n("b", NodeKind::Forum)];
        let e = |from, to, kind| Edge {
            from,
            to,
            kind,
            label: Some("x".into()),
        };
        let svg = draw(
            &two,
            &[
                e(0, 1, EdgeKind::Chairs),
                e(0, 1, EdgeKind::TakesPart),
                e(1, 1, EdgeKind::Chairs),
                e(0, 7, EdgeKind::Chairs),
            ],
            &l,
            "m",
        );
        assert_eq!(svg.matches("class=\"edge chairs\"").count(), 2, "{svg}");
    }

    #[test]
    fn a_panic_in_the_layout_costs_only_the_layout() {
        let nodes = [n("a", NodeKind::Role), n("b", NodeKind::Forum)];
        let boxes: Vec<BoxText> = nodes.iter().map(|n| BoxText::new(&n.label)).collect();
        let placed = guarded(|| panic!("layout crate assertion"), &boxes);
        assert_eq!(placed.boxes.len(), 2);
        assert!(placed.paths.is_empty());
        assert!(
            placed.boxes[1].0.y > placed.boxes[0].0.y,
            "stacked, not overlapping"
        );
    }

    #[test]
    fn same_graph_same_bytes() {
        let nodes: Vec<Node> = (0..12)
            .map(|i| {
                n(
                    &format!("node number {i}"),
                    if i % 2 == 0 {
                        NodeKind::Role
                    } else {
                        NodeKind::Forum
                    },
                )
            })
            .collect();
        let edges: Vec<Edge> = (0..12)
            .step_by(2)
            .flat_map(|i| {
                [(i, (i + 1) % 12), (i, (i + 3) % 12)].map(|(from, to)| Edge {
                    from,
                    to,
                    kind: EdgeKind::TakesPart,
                    label: None,
                })
            })
            .collect();
        let a = draw(&nodes, &edges, &legend(), "m");
        assert_eq!(a, draw(&nodes, &edges, &legend(), "m"));
        assert_eq!(a.matches("<a href").count(), 12);
    }

    #[test]
    fn coordinates_are_written_as_one_decimal_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            0.45,
            1.05,
            2.675,
            -3.25,
            9.99,
            99_999_999.94,
            99_999_999.96,
            1e8,
            1e9,
            1e20,
            f64::NAN,
            f64::INFINITY,
        ];
        values.extend((0..20_000).map(|i| i as f64 * 0.05));
        values.extend((0..20_000).map(|i| i as f64 / 3.0 - 100.0));
        values.extend((0..2_000).map(|i| i as f64 * 12_345.678_9));
        for v in values {
            let exact = OneDecimal(v).to_string();
            assert_eq!(d1(v).to_string(), exact, "{v}");
            let mut put = String::new();
            d1(v).put_to(&mut put);
            assert_eq!(put, exact, "{v}");
            assert_eq!(d0(v), format!("{v:.0}"), "{v}");
        }
        for v in [0.5, 1.5, 2.5, 2.4999999, 1e15, 1e16 + 1.0, -0.4, 7.0] {
            assert_eq!(d0(v), format!("{v:.0}"), "{v}");
        }
        let mut escaped = String::new();
        Esc("a&b \"c\" <d> é").put_to(&mut escaped);
        assert_eq!(escaped, crate::markup::escape("a&b \"c\" <d> é"));
        assert_eq!(FONT, 14.0_f64.to_string());
        assert_eq!(LINE_DY, LINE.to_string());
    }

    #[test]
    fn long_labels_wrap_at_spaces() {
        assert_eq!(
            lines("Kommunedirektørens strategiske ledergruppe"),
            (
                vec!["Kommunedirektørens", "strategiske", "ledergruppe"]
                    .into_iter()
                    .map(String::from)
                    .collect(),
                18
            )
        );
        assert_eq!(
            lines("a bb  ccc dddd"),
            (vec!["a bb ccc dddd".to_string()], 13)
        );
        assert_eq!(lines(""), (vec![String::new()], 0));
    }

    #[test]
    fn fallback_text_keeps_its_language() {
        let marked = crate::i18n::drafts::mark("nb", "Systemeier");
        assert_eq!(plain(&marked), (Some("nb".into()), "Systemeier".into()));
        assert_eq!(plain("Owner"), (None, "Owner".into()));
    }
}
