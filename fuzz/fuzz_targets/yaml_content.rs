//! The YAML content loader: any bytes as a content file of any kind, then its diagnostics
//! rendered as `govdoc build` prints them. Must never panic, whatever the text.
#![no_main]

use govdoc::diagnostics::{render_human, render_json, Diagnostics};
use govdoc::load::{parse_content_file, RawContent, SourceFile, CONTENT_KINDS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = CONTENT_KINDS[pick as usize % CONTENT_KINDS.len()];
    let file = SourceFile::new(format!("content/{kind}/fuzz.yml"), text);
    let mut content = RawContent::default();
    let mut errors = Vec::new();
    parse_content_file(kind, &file, &mut content, &mut errors);
    let ds = Diagnostics(errors);
    let _ = render_human(&ds, false);
    let _ = render_json(&ds);
});
