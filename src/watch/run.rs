//! Watch, step 3 of 3 (execute): the debounced file watcher and the loop that hands each batch
//! of changes to the incremental engine.
//!
//! The watcher ([`Watcher::start`]) is notify-debouncer-full, or notify's polling watcher with
//! `--poll` for network shares and containers where native events never arrive. The window is
//! part of every save's latency, so it adapts: with native events the debouncer waits only a
//! sixth of `--debounce` (5 ms by default), and [`run`] then waits the whole window only while
//! a site file is written but not yet closed, or gone (an editor's write-rename-delete dance;
//! see [`Settling`]). A save whose files are all closed is rebuilt at once; where the system
//! reports no closes (polling, or platforms without them) every save waits the whole window. It watches the site root itself (not
//! recursively: `govdoc.yml` and folders appearing) and each input folder recursively, never the
//! output folder. [`run`] receives batches, merges what queued up during the last rebuild (a
//! `git checkout` becomes one rebuild), applies them, and reports each outcome; a [`Msg::Stop`]
//! (Ctrl-C) ends it between rebuilds, so the output folder is always complete.

use super::classify::{classify, ChangeSet, EventKind, PathEvent, Scope, Settling, INPUT_TOPS};
use super::Event;
use crate::diagnostics::{Diagnostic, Location};
use crate::incremental::Session;
use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RenameMode};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    new_debouncer_opt, DebounceEventResult, Debouncer, NoCache, RecommendedCache,
};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::time::Duration;

/// How to watch.
#[derive(Debug, Clone, Copy)]
pub struct WatchOptions {
    /// Quiet time after the last event before a rebuild, while a site file is written but not
    /// yet closed, or gone; a sixth of it once every file is closed (native events only).
    pub debounce: Duration,
    /// Poll the file system at this interval instead of using native events.
    pub poll: Option<Duration>,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            debounce: Duration::from_millis(30),
            poll: None,
        }
    }
}

/// What the loop receives.
#[derive(Debug)]
pub enum Msg {
    /// A debounced batch of events.
    Events(Vec<PathEvent>),
    /// The watcher failed (for example, too many files for inotify).
    Trouble(String),
    /// Finish after the current rebuild.
    Stop,
}

enum Backend {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, NoCache>),
}

/// The running file watcher; dropping it stops watching.
pub struct Watcher {
    backend: Backend,
    root: PathBuf,
    watched: HashSet<PathBuf>,
    /// How long [`run`] waits for a half-written or vanished file to settle.
    window: Duration,
}

/// `native`: the backend reports closes, so a write without one is still under way.
fn convert(e: &notify::Event, native: bool) -> Option<PathEvent> {
    use notify::EventKind as K;
    let kind = match e.kind {
        K::Modify(ModifyKind::Name(RenameMode::Both)) if e.paths.len() == 2 => EventKind::Renamed,
        K::Modify(ModifyKind::Name(RenameMode::From)) | K::Remove(_) => EventKind::Removed,
        // Our own reads show up as access events; only a finished write matters.
        K::Access(AccessKind::Close(AccessMode::Write)) => EventKind::Changed,
        K::Access(_) => return None,
        K::Create(CreateKind::Folder)
        | K::Modify(ModifyKind::Name(_) | ModifyKind::Metadata(_)) => EventKind::Changed,
        K::Create(_) | K::Modify(_) if native => EventKind::Writing,
        _ => EventKind::Changed,
    };
    Some(PathEvent {
        kind,
        paths: e.paths.clone(),
    })
}

fn watch_error(path: &Path, e: &notify::Error) -> Diagnostic {
    Diagnostic::error(
        "watch::start",
        format!("cannot watch {}: {e}", path.display()),
    )
    .at(Location::file_only(path.to_path_buf()))
    .help("on Linux, raise fs.inotify.max_user_watches, or use --poll (also for network shares)")
}

impl Watcher {
    /// Starts watching the site at `scope.root`; batches go to `tx`.
    pub fn start(
        scope: &Scope,
        opts: WatchOptions,
        tx: Sender<Msg>,
    ) -> Result<Watcher, Diagnostic> {
        let root = scope.root.clone();
        let native = opts.poll.is_none();
        let handler = move |res: DebounceEventResult| {
            let msg = match res {
                Ok(events) => {
                    if events.iter().any(|e| e.need_rescan()) {
                        // The kernel dropped events: treat it as a change of everything.
                        Msg::Events(vec![PathEvent::new(
                            EventKind::Changed,
                            root.join(crate::load::SETTINGS_FILE),
                        )])
                    } else {
                        Msg::Events(events.iter().filter_map(|e| convert(e, native)).collect())
                    }
                }
                Err(errors) => Msg::Trouble(
                    errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            let _ = tx.send(msg);
        };
        // With native events the debouncer only gathers one save's events (they come within a
        // millisecond); `run` waits longer when a file is not done. A short tick keeps the delay
        // after the window small (the debouncer checks once a tick).
        let settle = (opts.debounce / 6).max(Duration::from_millis(1));
        let tick = Some((settle / 3).max(Duration::from_millis(1)));
        let err = |e: notify::Error| watch_error(&scope.root, &e);
        let backend = match opts.poll {
            None => Backend::Native(
                new_debouncer_opt(
                    settle,
                    tick,
                    handler,
                    RecommendedCache::new(),
                    notify::Config::default(),
                )
                .map_err(err)?,
            ),
            Some(every) => Backend::Poll(
                new_debouncer_opt(
                    opts.debounce,
                    Some((opts.debounce / 6).max(Duration::from_millis(1))),
                    handler,
                    NoCache,
                    notify::Config::default()
                        .with_poll_interval(every)
                        // Modification times have whole seconds on many shares: compare contents,
                        // or a second save within the same second would be missed.
                        .with_compare_contents(true),
                )
                .map_err(err)?,
            ),
        };
        let mut w = Watcher {
            backend,
            root: scope.root.clone(),
            watched: HashSet::new(),
            window: opts.debounce,
        };
        w.watch(&scope.root.clone(), RecursiveMode::NonRecursive)?;
        w.follow_roots()?;
        Ok(w)
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> Result<(), Diagnostic> {
        let r = match &mut self.backend {
            Backend::Native(d) => d.watch(path, mode),
            Backend::Poll(d) => d.watch(path, mode),
        };
        r.map_err(|e| watch_error(path, &e))?;
        self.watched.insert(path.to_path_buf());
        Ok(())
    }

    /// Watches input folders that appeared since the last call (and forgets removed ones).
    pub fn follow_roots(&mut self) -> Result<(), Diagnostic> {
        for top in INPUT_TOPS
            .iter()
            .filter(|t| **t != crate::load::SETTINGS_FILE)
        {
            let dir = self.root.join(top);
            if dir.is_dir() && !self.watched.contains(&dir) {
                self.watch(&dir, RecursiveMode::Recursive)?;
            } else if !dir.is_dir() {
                self.watched.remove(&dir);
            }
        }
        Ok(())
    }
}

pub use crate::write::absolute;

/// Receives batches until [`Msg::Stop`], rebuilding after each and passing every outcome and
/// warning to `report`. Batches that queued up while a rebuild ran are merged into the next one.
pub fn run(
    session: &mut Session,
    watcher: &mut Watcher,
    scope: &Scope,
    rx: &Receiver<Msg>,
    mut report: impl FnMut(Event<'_>),
) {
    let mut settling = Settling::default();
    while let Ok(first) = rx.recv() {
        let mut changes = ChangeSet::default();
        let mut stop = false;
        let mut troubles = Vec::new();
        // Returns whether `m` asks to stop.
        let mut take = |m: Msg, changes: &mut ChangeSet, settling: &mut Settling| match m {
            Msg::Events(events) => {
                settling.note(&events, scope);
                changes.merge(classify(&events, scope));
                false
            }
            Msg::Trouble(t) => {
                troubles.push(format!("the file watcher reported: {t}"));
                false
            }
            Msg::Stop => true,
        };
        stop |= take(first, &mut changes, &mut settling);
        while let Ok(more) = rx.try_recv() {
            stop |= take(more, &mut changes, &mut settling);
        }
        // A file still open for writing, or moved away, is waited for (the window restarts with
        // each event) before a rebuild would read it half-written or missing.
        while !settling.settled() && !stop {
            match rx.recv_timeout(watcher.window) {
                Ok(more) => stop |= take(more, &mut changes, &mut settling),
                Err(_) => break,
            }
        }
        settling.clear();
        for t in troubles {
            report(Event::Warning(t));
        }
        if !changes.is_empty() {
            if let Err(d) = watcher.follow_roots() {
                report(Event::Warning(d.message));
            }
            let outcome = session.apply(&changes);
            report(Event::Rebuilt {
                outcome: &outcome,
                out: session.out(),
                first: false,
            });
        }
        if stop {
            break;
        }
    }
}
