//! The Fluent loader: any text as a site's `.ftl` file (nesting guard, parser, entry index),
//! then its diagnostics rendered as `govdoc build` prints them. Must never panic or overflow.
#![no_main]

use govdoc::diagnostics::{render_human, render_json, Diagnostics};
use govdoc::i18n::FtlFile;
use govdoc::load::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let file = FtlFile::parse(SourceFile::new("locales/nb/fuzz.ftl", text), false);
    let ds = Diagnostics(file.errors.clone());
    let _ = render_human(&ds, false);
    let _ = render_json(&ds);
});
