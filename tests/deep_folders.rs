//! Reading keeps each folder open for its files: a site nested far deeper than the process may
//! hold descriptors must still be read whole.

#![cfg(unix)]

use std::path::Path;
use std::process::Command;

fn govdoc_in_shell(script: &str, site: &Path) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_govdoc"))
        .arg(site)
        .output()
        .unwrap()
}

#[test]
fn a_site_nested_deeper_than_the_descriptor_limit_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let init = Command::new(env!("CARGO_BIN_EXE_govdoc"))
        .arg("init")
        .arg(&site)
        .output()
        .unwrap();
    assert!(init.status.success(), "{init:?}");
    // 100 folders, each a short name, well inside PATH_MAX; 64 descriptors in all.
    let mut deep = site.join("static");
    for _ in 0..100 {
        deep.push("d");
    }
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("note.txt"), "deep\n").unwrap();
    let run = govdoc_in_shell("ulimit -n 64 && exec \"$1\" check -s \"$2\"", &site);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = tmp.path().join("out");
    let run = govdoc_in_shell(
        &format!(
            "ulimit -n 64 && exec \"$1\" build -s \"$2\" -o {}",
            out.display()
        ),
        &site,
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let copied = out
        .join("static")
        .join(deep.strip_prefix(site.join("static")).unwrap());
    assert_eq!(
        std::fs::read_to_string(copied.join("note.txt")).unwrap(),
        "deep\n"
    );
}
