//! `heap-build SITE OUT [check]`: `govdoc build` (or, with `check`, only its loading and
//! checking) with the system allocator, for heap profilers that do not see mimalloc (heaptrack,
//! valgrind's massif): `heaptrack target/release/examples/heap-build SITE /dev/shm/out`.

use govdoc::site::{build, BuildOptions, Site};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(source), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: heap-build SITE OUT [check]");
        return ExitCode::from(2);
    };
    let opts = BuildOptions {
        source: PathBuf::from(source),
        out: PathBuf::from(out),
        ..Default::default()
    };
    if args.get(2).map(String::as_str) == Some("check") {
        let loaded = govdoc::load::SiteInput::read(&opts.source)
            .map_err(govdoc::diagnostics::Diagnostics)
            .and_then(|input| Site::load(input, &opts));
        return match loaded {
            Ok(_) => ExitCode::SUCCESS,
            Err(ds) => {
                eprintln!("{} problem(s)", ds.0.len());
                ExitCode::from(1)
            }
        };
    }
    match build(&opts) {
        Ok(report) => {
            eprintln!("built {} files", report.written.files);
            ExitCode::SUCCESS
        }
        Err(ds) => {
            eprintln!("{} problem(s)", ds.0.len());
            ExitCode::from(1)
        }
    }
}
