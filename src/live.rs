//! The long-running commands, `govdoc build --watch` and `govdoc serve`: argument handling and
//! printing. The work is done by the library ([`govdoc::watch`], [`govdoc::incremental`],
//! [`govdoc::serve`]); this file decides what the terminal shows: warnings and the summary after
//! the first build (after the same progress display as `govdoc build`), then one line per
//! rebuild, and every error of a failed one with file, line and column, as `govdoc build` prints
//! them.

use crate::cli::{BuildArgs, MessageFormat, ServeArgs, WatchArgs};
use crate::print;
use crate::progress_view;
use govdoc::diagnostics::Diagnostics;
use govdoc::incremental::{Outcome, ProgressSink, Session};
use govdoc::serve::{serve, ServeOptions};
use govdoc::site::BuildOptions;
use govdoc::watch::run::{absolute, run, Msg, WatchOptions, Watcher};
use govdoc::watch::{Event, Scope};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// The first build's progress display, and the sink the library reports to.
fn first_build_progress(format: MessageFormat) -> (Arc<progress_view::Reporter>, ProgressSink) {
    let shown = Arc::new(progress_view::Reporter::start(format));
    let sink = shown.clone();
    (shown, Box::new(move |p| sink.event(p)))
}

fn watch_options(w: &WatchArgs) -> WatchOptions {
    WatchOptions {
        debounce: Duration::from_millis(w.debounce.max(1)),
        poll: w.poll.then(|| Duration::from_millis(500)),
    }
}

/// Prints what the watch loop or the server has to tell.
fn say(event: Event<'_>, format: MessageFormat, progress: &progress_view::Reporter) {
    if let Event::Rebuilt { first: true, .. } = event {
        progress.finish();
    }
    match event {
        Event::Rebuilt {
            outcome,
            out,
            first,
        } => report(outcome, format, out, first),
        Event::Warning(w) => eprintln!("warning: {w}"),
        Event::Serving { source, url } => {
            eprintln!("serving {} at {url} (Ctrl-C to stop)", source.display())
        }
    }
}

/// Prints one outcome: its diagnostics, then its line.
fn report(outcome: &Outcome, format: MessageFormat, out: &Path, first: bool) {
    match outcome {
        Outcome::Built(r) => {
            print(&r.warnings, format);
            if first {
                eprintln!(
                    "built {} files into {} in {} ms",
                    r.written,
                    out.display(),
                    r.elapsed.as_millis()
                );
            } else if let Some(line) = outcome.line(out) {
                eprintln!("{line}");
            }
        }
        Outcome::Failed { errors, .. } => {
            print(errors, format);
            if let Some(line) = outcome.line(out) {
                eprintln!("{line}");
            }
        }
        Outcome::Unchanged => {}
    }
}

/// `govdoc build --watch`.
pub fn run_watch(args: &BuildArgs) -> ExitCode {
    let opts = BuildOptions::from(args);
    let format = args.site.message_format;
    let scope = Scope {
        root: absolute(&opts.source),
        out: absolute(&opts.out),
    };
    let (tx, rx) = std::sync::mpsc::channel();
    // The watcher starts before the first build, so a save during that build is not lost.
    let mut watcher = match Watcher::start(&scope, watch_options(&args.watching), tx.clone()) {
        Ok(w) => w,
        Err(d) => {
            print(&Diagnostics(vec![d]), format);
            return ExitCode::from(1);
        }
    };
    let stop = tx.clone();
    // Installed before the first build: Ctrl-C during it stops right after, cleanly.
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(Msg::Stop);
    }) {
        eprintln!("warning: Ctrl-C will not stop cleanly: {e}");
    }
    let (progress, sink) = first_build_progress(format);
    let started = Session::start_with_progress(opts, sink);
    progress.finish();
    let (mut session, first) = match started {
        Ok(s) => s,
        Err(ds) => {
            print(&ds, format);
            return ExitCode::from(1);
        }
    };
    let out: PathBuf = args.out.clone();
    report(&first, format, &out, true);
    eprintln!(
        "watching {} for changes (Ctrl-C to stop)",
        args.site.source.display()
    );
    run(&mut session, &mut watcher, &scope, &rx, |e| {
        say(e, format, &progress)
    });
    if session.output_intact() {
        eprintln!("stopped; {} holds the last good site", out.display());
    } else {
        eprintln!(
            "stopped; {} is incomplete after a failed write: run `govdoc build` to publish it whole",
            out.display()
        );
    }
    ExitCode::SUCCESS
}

/// `govdoc serve`.
pub fn run_serve(args: &ServeArgs) -> ExitCode {
    let format = args.site.message_format;
    let opts = ServeOptions {
        build: BuildOptions::from(args),
        out: args.out.clone(),
        bind: args.bind,
        port: args.port,
        open: args.open,
        watch: watch_options(&args.watching),
    };
    let kept = opts.out.clone();
    let (progress, sink) = first_build_progress(format);
    let shown = progress.clone();
    let served = serve(opts, Box::new(move |e| say(e, format, &shown)), sink);
    progress.finish();
    match served {
        Ok(()) => {
            match kept {
                Some(o) => eprintln!("stopped; {} holds the last good site", o.display()),
                None => eprintln!("stopped"),
            }
            ExitCode::SUCCESS
        }
        Err(ds) => {
            print(&ds, format);
            ExitCode::from(1)
        }
    }
}
