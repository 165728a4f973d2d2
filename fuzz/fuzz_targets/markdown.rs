//! The Markdown renderer of prose pages: any text, rendered and cleaned. Must never panic, and
//! what comes out must not run script.
#![no_main]

use govdoc::render::markdown::to_html;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let html = to_html(text);
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script survived: {html}");
    assert!(!lower.contains("=\"javascript:"), "a javascript: URL survived: {html}");
});
