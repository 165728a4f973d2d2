//! Parameterised terms: a language may give a term forms (`{ $form -> [definite] … }`) and use
//! them inside messages, while the term alone (a heading, a link) shows its default form.

use std::path::Path;
use std::process::Command;

fn govdoc(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("govdoc runs");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn a_term_with_forms_renders_its_default_alone_and_a_chosen_form_in_messages() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let site = tmp.path().join("site");
    let (code, text) = govdoc(tmp.path(), &["init", "site"]);
    assert_eq!(code, 0, "{text}");
    let nb = site.join("locales/nb/site.ftl");
    let ftl = std::fs::read_to_string(&nb).expect("nb site.ftl");
    let ftl = ftl
        .replace(
            "-system-owner = systemeier\n",
            "-system-owner =\n    { $form ->\n        [definite] systemeieren\n       *[base] systemeier\n    }\n",
        )
        .replace(
            "role-system-owner-summary = Eier systemet og prosessen det støtter.",
            "role-system-owner-summary = Det er { -system-owner(form: \"definite\") } som eier prosessen.",
        );
    std::fs::write(&nb, ftl).expect("write nb");

    let (code, text) = govdoc(&site, &["build"]);
    assert_eq!(code, 0, "{text}");
    let card = std::fs::read_to_string(site.join("public/nb/roles/system-owner/index.html"))
        .expect("role card");
    assert!(
        card.contains("<h1>Systemeier</h1>"),
        "the heading uses the default form"
    );
    assert!(
        card.contains("Det er systemeieren som eier prosessen."),
        "the message uses the chosen form"
    );
    assert!(
        !card.contains("{-system-owner") && !card.contains("$form"),
        "no unresolved placeable"
    );

    let (code, text) = govdoc(&site, &["i18n", "check"]);
    assert_eq!(
        code, 0,
        "a term's own parameters are not a variable mismatch:\n{text}"
    );
    assert!(!text.contains("error["), "{text}");
}
