//! The Markdown renderer of prose pages: any text, checked and rendered. Must never panic, and
//! what comes out must not run script nor load an image from another host.
#![no_main]

use govdoc::load::SourceFile;
use govdoc::render::markdown::{check, to_html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = check(&SourceFile::new("locales/nb/pages/fuzz.md", text), false);
    let html = to_html(text, false);
    // Text escapes `<`, so whatever follows a `<` up to `>` is a tag the browser reads.
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("").to_ascii_lowercase();
        assert!(!tag.starts_with("script"), "script survived: {html}");
        assert!(
            !(tag.contains("href=\"javascript:") || tag.contains("src=\"javascript:")),
            "a javascript: URL survived: {html}"
        );
        assert!(
            !tag.contains("src=\"//") && !tag.contains("src=\"http"),
            "an image from another host: {html}"
        );
    }
});
