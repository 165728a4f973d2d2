//! `gen-site N DIR`: writes a synthetic govdoc site of N entities per language into DIR (see
//! [`govdoc::synth`]), for benchmarks and size experiments. An example, so that
//! `cargo install` installs only `govdoc`:
//! `cargo run --release --example gen-site -- 10000 /tmp/site10k`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gen-site N DIR   (N entities per language: roles, forums and risks; DIR must be new or empty)");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    if std::fs::read_dir(&dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false)
    {
        eprintln!("error: {} is not empty", dir.display());
        return ExitCode::from(2);
    }
    match govdoc::synth::generate(&dir, n) {
        Ok(()) => {
            let (r, f, k) = govdoc::synth::counts(n);
            eprintln!(
                "wrote {r} roles, {f} forums and {k} risks in nb, es and en into {}",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", dir.display());
            ExitCode::from(1)
        }
    }
}
