//! What `govdoc build`, and the first build of `govdoc build --watch` and `govdoc serve`, show
//! while a long build runs. Nothing for the first second (most sites
//! build faster, and their output stays as it was); after that a bar on a terminal, or plain
//! `progress:` lines on standard error when it is not a terminal or the messages are JSON, so
//! logs and tools never get cursor movements.

use crate::cli::MessageFormat;
use govdoc::progress::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long a build runs before progress is shown. Tests shorten it with
/// `GOVDOC_PROGRESS_AFTER_MS`, so they need no slow site to see it.
fn delay() -> Duration {
    std::env::var("GOVDOC_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(1), Duration::from_millis)
}

/// Where the build is, as far as the display needs to know.
#[derive(Default)]
struct State {
    shown: bool,
    finished: bool,
    total: usize,
    done: usize,
    /// The last tenth printed as a plain line.
    tenth: usize,
    publishing: bool,
}

/// Shows a build's [`Progress`]; [`Reporter::finish`] must be called when the build ends.
pub struct Reporter {
    state: Arc<Mutex<State>>,
    bar: Option<ProgressBar>,
    stop: Sender<()>,
}

impl Reporter {
    /// A bar when standard error is a terminal and messages are for people; plain lines
    /// otherwise. Starts the clock: nothing shows before the delay.
    pub fn start(format: MessageFormat) -> Reporter {
        let bar = (format == MessageFormat::Human && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_message("loading and checking the site");
            bar
        });
        let state = Arc::new(Mutex::new(State::default()));
        let (stop, wait) = channel::<()>();
        let delay = delay();
        if delay.is_zero() {
            show(&mut lock(&state), bar.as_ref());
        } else {
            let (watched, shown_bar) = (state.clone(), bar.clone());
            std::thread::spawn(move || {
                if wait.recv_timeout(delay) == Err(RecvTimeoutError::Timeout) {
                    let mut s = lock(&watched);
                    if !s.finished {
                        show(&mut s, shown_bar.as_ref());
                    }
                }
            });
        }
        Reporter { state, bar, stop }
    }

    /// Takes one event of the build; called from rendering threads.
    pub fn event(&self, p: Progress) {
        if let Some(bar) = &self.bar {
            match p {
                Progress::Loading => {}
                Progress::Rendering { total } => {
                    bar.set_length(total as u64);
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{spinner} {msg} [{bar:30}] {pos}/{len} files, {eta} left",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                    );
                    bar.set_message("rendering");
                }
                Progress::Written { .. } => bar.inc(1),
                Progress::Publishing => bar.set_message("publishing"),
            }
            return;
        }
        let mut s = lock(&self.state);
        match p {
            Progress::Loading => {}
            Progress::Rendering { total } => {
                s.total = total;
                if s.shown {
                    line(&s);
                }
            }
            Progress::Written { done, total } => {
                s.done = s.done.max(done);
                let tenth = (s.done * 10).checked_div(total).unwrap_or(10);
                if s.shown && tenth > s.tenth {
                    s.tenth = tenth;
                    eprintln!(
                        "progress: {} of {} files written ({}%)",
                        s.done,
                        total,
                        tenth * 10
                    );
                }
            }
            Progress::Publishing => {
                s.publishing = true;
                if s.shown {
                    line(&s);
                }
            }
        }
    }

    /// Ends the display (the bar is cleared) before the build's summary is printed; a second
    /// call does nothing.
    pub fn finish(&self) {
        let _ = self.stop.send(());
        let mut s = lock(&self.state);
        if s.finished {
            return;
        }
        s.finished = true;
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    // A panic elsewhere must not also cost the display.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

/// Makes progress visible from now on: draws the bar, or prints the current phase.
fn show(s: &mut State, bar: Option<&ProgressBar>) {
    s.shown = true;
    match bar {
        Some(bar) => {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        None => line(s),
    }
}

/// The plain line for the phase the build is in.
fn line(s: &State) {
    if s.publishing {
        eprintln!("progress: publishing the new site");
    } else if s.total == 0 {
        eprintln!("progress: loading and checking the site");
    } else {
        eprintln!("progress: rendering {} files ({} written)", s.total, s.done);
    }
}
