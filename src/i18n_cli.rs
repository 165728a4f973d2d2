//! `govdoc i18n …`: the translator's commands, printing through the shared diagnostics.

use clap::{Args, Subcommand, ValueEnum};
use govdoc::diagnostics::{render_human, render_json, Diagnostics};
use govdoc::workbench::{termbase, terminology, xliff, StatusEntry, Workbench};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The translator's commands.
#[derive(Debug, Subcommand)]
pub enum I18nCommand {
    /// Per language: translated, missing, stale and obsolete texts, and what to do about them.
    Status {
        /// Languages to report (default: every translation).
        langs: Vec<String>,
        /// Options.
        #[command(flatten)]
        opts: Common,
        /// Exit with status 1 when anything is missing or stale (for CI).
        #[arg(long)]
        strict: bool,
    },
    /// Find what a translation broke: syntax, references, variables, duplicates, copies, and
    /// variants the termbase deprecates.
    Check {
        /// Options.
        #[command(flatten)]
        opts: Common,
    },
    /// Add every missing message to LANG's files, as a copy of the source to translate.
    Scaffold {
        /// The language to add messages to.
        lang: String,
        /// Options.
        #[command(flatten)]
        opts: Common,
    },
    /// Write LANG's missing and stale texts as an XLIFF 1.2 file for a translation tool.
    Export {
        /// The language to export.
        lang: String,
        /// The file to write (default: standard output).
        #[arg(long, short = 'o')]
        out: Option<PathBuf>,
        /// Options.
        #[command(flatten)]
        opts: Common,
    },
    /// Write the translations of an XLIFF file into the `.ftl` files and confirm them.
    Import {
        /// The XLIFF file (as written by `export`, translated).
        file: PathBuf,
        /// Options.
        #[command(flatten)]
        opts: Common,
    },
    /// Export the termbase (termbase/termbase.yml) for translation tools, as TBX or CSV.
    Terms {
        /// The file format.
        #[arg(long, value_enum, default_value_t = TermsFormat::Tbx)]
        format: TermsFormat,
        /// The file to write (default: standard output).
        #[arg(long, short = 'o')]
        out: Option<PathBuf>,
        /// The site folder (the one with govdoc.yml).
        #[arg(long, short = 's', default_value = ".")]
        source: PathBuf,
    },
    /// Record translations as up to date with the current source text.
    MarkCurrent {
        /// The language.
        lang: String,
        /// Message ids to confirm (their attributes included); without ids, only new and
        /// edited translations are recorded.
        ids: Vec<String>,
        /// Confirm every translation of the language.
        #[arg(long, conflicts_with = "ids")]
        all: bool,
        /// Options.
        #[command(flatten)]
        opts: Common,
    },
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// Readable text.
    #[default]
    Text,
    /// JSON for tools.
    Json,
}

/// Formats of the terminology export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TermsFormat {
    /// TBX-Basic (TBX v3, ISO 30042), for CAT tools' termbases.
    Tbx,
    /// CSV, one row per term.
    Csv,
}

/// Options every i18n command takes.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// The site folder (the one with govdoc.yml).
    #[arg(long, short = 's', default_value = ".")]
    pub source: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

fn print(ds: &Diagnostics, format: Format) {
    match format {
        Format::Text if !ds.is_empty() => {
            eprint!("{}", render_human(ds, std::io::stderr().is_terminal()))
        }
        Format::Json => println!("{}", render_json(ds)),
        Format::Text => {}
    }
}

/// Runs one i18n command.
pub fn run(cmd: &I18nCommand) -> ExitCode {
    if let I18nCommand::Terms {
        format,
        out,
        source,
    } = cmd
    {
        return terms(source, *format, out.as_deref());
    }
    let opts = match cmd {
        I18nCommand::Terms { .. } => unreachable!("handled above"),
        I18nCommand::Status { opts, .. }
        | I18nCommand::Check { opts }
        | I18nCommand::Scaffold { opts, .. }
        | I18nCommand::Export { opts, .. }
        | I18nCommand::Import { opts, .. }
        | I18nCommand::MarkCurrent { opts, .. } => opts,
    };
    if let I18nCommand::Import { file, .. } = cmd {
        return import(&opts.source, file, opts.format);
    }
    let bench = match Workbench::open(&opts.source) {
        Ok(b) => b,
        Err(ds) => {
            print(&ds, opts.format);
            return ExitCode::from(1);
        }
    };
    match cmd {
        I18nCommand::Status { langs, strict, .. } => status(&bench, langs, *strict, opts.format),
        I18nCommand::Check { .. } => {
            let ds = bench.check();
            print(&ds, opts.format);
            if opts.format == Format::Text {
                let warnings = ds.iter().count() - ds.error_count();
                eprintln!(
                    "i18n check: {} error(s), {warnings} warning(s) or note(s)",
                    ds.error_count()
                );
            }
            if ds.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        I18nCommand::Scaffold { lang, .. } => {
            if let Err(d) = bench.languages(std::slice::from_ref(lang)) {
                print(&Diagnostics(vec![d]), opts.format);
                return ExitCode::from(1);
            }
            match bench.scaffold(lang) {
                Ok(report) => {
                    print(&Diagnostics(report.notes.clone()), opts.format);
                    for (file, n) in &report.files {
                        eprintln!("added {n} message(s) to {}", file.display());
                    }
                    if report.files.is_empty() {
                        eprintln!("{lang}: nothing is missing; no file changed");
                    } else {
                        eprintln!("translate the added messages (each shows the source text above it), then run `govdoc i18n check`");
                    }
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    print(&Diagnostics(vec![d]), opts.format);
                    ExitCode::from(1)
                }
            }
        }
        I18nCommand::Export { lang, out, .. } => export(&bench, lang, out.as_deref(), opts.format),
        I18nCommand::Import { .. } | I18nCommand::Terms { .. } => unreachable!("handled above"),
        I18nCommand::MarkCurrent { lang, ids, all, .. } => {
            if let Err(d) = bench.languages(std::slice::from_ref(lang)) {
                print(&Diagnostics(vec![d]), opts.format);
                return ExitCode::from(1);
            }
            match bench.mark_current(lang, ids, *all) {
                Ok(n) => {
                    eprintln!(
                        "{lang}: {n} record(s) updated in locales/{lang}/{}",
                        govdoc::workbench::record::RECORD_FILE
                    );
                    ExitCode::SUCCESS
                }
                Err(ds) => {
                    print(&ds, opts.format);
                    ExitCode::from(1)
                }
            }
        }
    }
}

fn status(bench: &Workbench, langs: &[String], strict: bool, format: Format) -> ExitCode {
    let langs = match bench.languages(langs) {
        Ok(l) => l,
        Err(d) => {
            print(&Diagnostics(vec![d]), format);
            return ExitCode::from(2);
        }
    };
    let entries = bench.status(&langs);
    let failing = entries
        .iter()
        .any(|e| e.status.missing + e.status.stale > 0 || e.problems.has_errors());
    match format {
        Format::Json => {
            let doc =
                serde_json::json!({ "source_language": bench.cats.source, "languages": entries });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Text => print_status_text(bench, &entries),
    }
    if strict && failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_status_text(bench: &Workbench, entries: &[StatusEntry]) {
    let source = entries.first().map_or(0, |e| e.status.source);
    println!(
        "source language {}: {source} texts (messages, attributes and pages)",
        bench.cats.source
    );
    println!(
        "{:<6} {:>10} {:>8} {:>6} {:>9} {:>11}",
        "lang", "translated", "missing", "stale", "obsolete", "up to date"
    );
    for e in entries {
        let s = &e.status;
        println!(
            "{:<6} {:>10} {:>8} {:>6} {:>9} {:>10.1}%",
            s.lang, s.translated, s.missing, s.stale, s.obsolete, s.percent
        );
    }
    for e in entries {
        let s = &e.status;
        println!(
            "{}: {} of {} source words to translate ({} in missing texts, {} in stale texts)",
            s.lang,
            s.missing_words + s.stale_words,
            s.source_words,
            s.missing_words,
            s.stale_words
        );
    }
    for e in entries {
        let s = &e.status;
        let copies = &s.unrecorded_copies;
        if s.unrecorded > copies.len() {
            println!(
                "{}: {} translation(s) have no record yet, so a later change of their source cannot be noticed; run `govdoc i18n mark-current {}` once they are checked",
                s.lang,
                s.unrecorded - copies.len(),
                s.lang
            );
        }
        if !copies.is_empty() {
            // `mark-current LANG` skips texts identical to the source (they may be untranslated),
            // so telling the translator to run it again would change nothing: name them.
            println!(
                "{}: {} translation(s) are the source text unchanged and have no record; if that is right (a name, an acronym), confirm them by id: `govdoc i18n mark-current {} {}`",
                s.lang,
                copies.len(),
                s.lang,
                copies.join(" ")
            );
        }
        if !e.problems.is_empty() {
            println!();
            print!(
                "{}",
                render_human(&e.problems, std::io::stdout().is_terminal())
            );
        }
    }
}

fn export(bench: &Workbench, lang: &str, out: Option<&Path>, format: Format) -> ExitCode {
    if let Err(d) = bench.languages(&[lang.to_string()]) {
        print(&Diagnostics(vec![d]), format);
        return ExitCode::from(1);
    }
    let ex = match xliff::export(bench, lang) {
        Ok(ex) => ex,
        Err(d) => {
            print(&Diagnostics(vec![d]), format);
            return ExitCode::from(1);
        }
    };
    match out {
        Some(p) => {
            if let Err(e) = std::fs::write(p, &ex.xml) {
                eprintln!("error: cannot write {}: {e}", p.display());
                return ExitCode::from(1);
            }
        }
        None => print!("{}", ex.xml),
    }
    eprintln!(
        "{lang}: exported {} missing and {} stale text(s) as XLIFF 1.2{}",
        ex.missing,
        ex.stale,
        out.map(|p| format!(" to {}", p.display()))
            .unwrap_or_default()
    );
    if ex.pages > 0 {
        eprintln!(
            "{lang}: {} prose page(s) are not in the file; translate them as Markdown files (see `govdoc i18n status {lang}`)",
            ex.pages
        );
    }
    ExitCode::SUCCESS
}

fn import(root: &Path, file: &Path, format: Format) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", file.display());
            return ExitCode::from(1);
        }
    };
    match xliff::import(root, &text) {
        Ok(r) => {
            for (f, n) in &r.files {
                eprintln!("wrote {n} translation(s) into {}", f.display());
            }
            eprintln!(
                "{}: {} translation(s) confirmed in the record, {} unit(s) without a new translation left alone",
                r.lang, r.confirmed, r.skipped
            );
            ExitCode::SUCCESS
        }
        Err(ds) => {
            print(&ds, format);
            ExitCode::from(1)
        }
    }
}

fn terms(root: &Path, format: TermsFormat, out: Option<&Path>) -> ExitCode {
    let bench = match Workbench::open(root) {
        Ok(b) => b,
        Err(ds) => {
            print(&ds, Format::Text);
            return ExitCode::from(1);
        }
    };
    let Some(tb) = &bench.termbase else {
        eprintln!(
            "error: the site has no {}; write one (see the README's termbase section) to export it",
            termbase::TERMBASE_FILE
        );
        return ExitCode::from(1);
    };
    let langs: Vec<String> = bench.settings.codes().map(String::from).collect();
    let text = match format {
        TermsFormat::Tbx => terminology::tbx(tb, &langs, &bench.settings.title),
        TermsFormat::Csv => match terminology::csv(tb, &langs) {
            Ok(t) => t,
            Err(d) => {
                print(&Diagnostics(vec![d]), Format::Text);
                return ExitCode::from(1);
            }
        },
    };
    match out {
        Some(p) => {
            if let Err(e) = std::fs::write(p, &text) {
                eprintln!("error: cannot write {}: {e}", p.display());
                return ExitCode::from(1);
            }
            eprintln!(
                "exported {} concept(s) in {} to {}",
                tb.concepts.len(),
                langs.join(", "),
                p.display()
            );
        }
        None => print!("{text}"),
    }
    ExitCode::SUCCESS
}
