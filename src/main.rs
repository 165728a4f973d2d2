//! The `govdoc` binary: parses the command line, runs the pipeline, prints diagnostics and
//! maps the outcome to an exit status (0 success, 1 errors in the site, 2 wrong usage).

mod cli;
mod i18n_cli;
mod live;
mod progress_view;

// glibc's malloc kept one arena per rendering thread and fragmented them (about 300 MB of the
// peak at 10,000 entities, BENCHMARKS.md); mimalloc's free lists are per thread and cheaper.
// Built with `no_thp`: asking for transparent huge pages made the kernel zero 2 MB at a time
// (a third of a check's CPU at 15,000 entities) and put whole huge pages in the resident set.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use cli::{BuildArgs, CheckArgs, Cli, Command, ExportArgs, MessageFormat, NewArgs};
use govdoc::diagnostics::{render_human, render_json, Diagnostic, Diagnostics};
use govdoc::load::SiteInput;
use govdoc::site::{build_keeping_site, BuildOptions, Site};
use std::io::IsTerminal;
use std::process::ExitCode;

pub(crate) fn print(ds: &Diagnostics, format: MessageFormat) {
    if ds.is_empty() {
        return;
    }
    match format {
        MessageFormat::Human => eprint!("{}", render_human(ds, std::io::stderr().is_terminal())),
        MessageFormat::Json => println!("{}", render_json(ds)),
    }
}

fn run_build(args: &BuildArgs) -> ExitCode {
    let progress = progress_view::Reporter::start(args.site.message_format);
    let result = build_keeping_site(&BuildOptions::from(args), &|p| progress.event(p));
    progress.finish();
    match result {
        Ok((report, site)) => {
            // The process ends now: the operating system takes the memory back at once.
            std::mem::forget(site);
            print(&report.warnings, args.site.message_format);
            if args.site.message_format == MessageFormat::Human {
                eprintln!(
                    "built {} files in {} languages into {} in {} ms",
                    report.written.files,
                    report.languages,
                    args.out.display(),
                    report.elapsed.as_millis()
                );
            }
            ExitCode::SUCCESS
        }
        Err(ds) => {
            print(&ds, args.site.message_format);
            if args.site.message_format == MessageFormat::Human {
                eprintln!("build failed; {} was left as it was", args.out.display());
            }
            ExitCode::from(1)
        }
    }
}

/// The site at `source`, loaded as a build loads it (for commands that read it whole).
fn load_site(source: &std::path::Path) -> Result<Site, Diagnostics> {
    let opts = BuildOptions {
        source: source.to_path_buf(),
        ..Default::default()
    };
    SiteInput::read(&opts.source)
        .map_err(Diagnostics)
        .and_then(|input| Site::load(input, &opts))
}

fn run_export(args: &ExportArgs) -> ExitCode {
    let site = match load_site(&args.site.source) {
        Ok(site) => site,
        Err(ds) => {
            print(&ds, args.site.message_format);
            return ExitCode::from(1);
        }
    };
    print(&site.warnings, args.site.message_format);
    let json = govdoc::render::export::to_json(&govdoc::render::export::export(
        &site.model,
        &site.settings,
        &site.catalogues,
    ));
    match &args.out {
        None => {
            print!("{json}");
            ExitCode::SUCCESS
        }
        Some(path) => match std::fs::write(path, json) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                ExitCode::from(1)
            }
        },
    }
}

fn run_new(args: &NewArgs) -> ExitCode {
    let site = match load_site(&args.site.source) {
        Ok(site) => site,
        Err(ds) => {
            print(&ds, args.site.message_format);
            eprintln!("govdoc new adds to a site that loads: fix the errors above first");
            return ExitCode::from(1);
        }
    };
    let created = govdoc::new_entity::create(
        &site.input,
        &site.model,
        &site.settings.source_language,
        args.kind.into(),
        &args.id,
    );
    match created {
        Ok(c) => {
            for f in &c.files {
                eprintln!("wrote {}", args.site.source.join(f).display());
            }
            eprintln!("to fill in:");
            for t in &c.todo {
                eprintln!("  - {t}");
            }
            ExitCode::SUCCESS
        }
        Err(d) => {
            print(&Diagnostics(vec![d]), args.site.message_format);
            ExitCode::from(1)
        }
    }
}

fn run_check(args: &CheckArgs) -> ExitCode {
    let opts = BuildOptions {
        source: args.site.source.clone(),
        strict: args.strict,
        ..Default::default()
    };
    let loaded = SiteInput::read(&opts.source)
        .map_err(Diagnostics)
        .and_then(|input| Site::load(input, &opts));
    match loaded {
        Ok(site) => {
            let mut ds = site.warnings.clone();
            ds.extend(site.fallback_warnings());
            ds.extend(govdoc::new_entity::unfinished(
                &site.input,
                &site.settings.source_language,
            ));
            for q in site.model.open_questions() {
                ds.push(
                    Diagnostic::note("model::open-question", q.what.clone())
                        .at(q.origin.locate(q.field))
                        .help("the source leaves this open; the site shows it as not yet decided"),
                );
            }
            print(&ds, args.site.message_format);
            if args.site.message_format == MessageFormat::Human {
                eprintln!(
                    "ok: {} roles, {} forums, {} risks, {} languages; {} open question(s)",
                    site.model.roles().count(),
                    site.model.forums().count(),
                    site.model.risks().count(),
                    site.settings.languages.len(),
                    site.model.open_questions().len()
                );
            }
            // The process ends now: the operating system takes the memory back at once.
            std::mem::forget(site);
            ExitCode::SUCCESS
        }
        Err(ds) => {
            print(&ds, args.site.message_format);
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match &cli.command {
        Command::Build(args) if args.watch => live::run_watch(args),
        Command::Build(args) => run_build(args),
        Command::Serve(args) => live::run_serve(args),
        Command::Check(args) => run_check(args),
        Command::Export(args) => run_export(args),
        Command::New(args) => run_new(args),
        Command::I18n(cmd) => i18n_cli::run(cmd),
        Command::Init { dir } => match govdoc::init::init(dir) {
            Ok(files) => {
                for f in files {
                    eprintln!("created {}", dir.join(f).display());
                }
                eprintln!(
                    "next: govdoc build --source {} --out {}/public",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(d) => {
                print(&Diagnostics(vec![d]), MessageFormat::Human);
                ExitCode::from(1)
            }
        },
    }
}
