//! `govdoc serve`: builds the site into a folder, serves it over HTTP on loopback and reloads
//! open pages after every rebuild.
//!
//! 1. The port is bound first, so a port in use is reported at once and clearly.
//! 2. A watcher thread runs the same incremental engine as `build --watch`
//!    ([`crate::incremental::Session`], [`crate::watch::run`]) into the output folder and, after
//!    every outcome, stores the build number and the current errors in [`Live`] and announces
//!    the new number to every open page.
//! 3. axum serves the folder with tower-http's `ServeDir` (content types from file names, `..`
//!    refused, the site's own `404.html` for unknown paths), plus `/__govdoc/events` (server-sent
//!    events) and `/__govdoc/reload.js`; [`inject::inject`] adds the script and error overlay to
//!    HTML responses only.
//! 4. Ctrl-C stops the server, then the watcher between two rebuilds; a temporary output folder
//!    is removed, a given one (`--out`) is left complete.

pub mod inject;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incremental::{Outcome, ProgressSink, Session};
use crate::site::BuildOptions;
use crate::watch::run::{absolute, run, Msg, WatchOptions, Watcher};
use crate::watch::{Event as WatchEvent, Scope};
use axum::extract::State;
use axum::handler::HandlerWithoutStateExt;
use axum::http::header;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::Html;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use futures_util::stream::{self, Stream, StreamExt};
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use tokio::sync::broadcast;
use tower_http::services::ServeDir;

/// What `serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The build, as the command line asked for it (serve overrides the output folder, the
    /// base URL and the status page).
    pub build: BuildOptions,
    /// The output folder; a temporary one when `None`.
    pub out: Option<PathBuf>,
    /// Address to listen on.
    pub bind: IpAddr,
    /// Port (0: any free port).
    pub port: u16,
    /// Open a browser.
    pub open: bool,
    /// How to watch.
    pub watch: WatchOptions,
}

/// Receives what the server has to tell (the binary prints it).
pub type Reporter = Box<dyn FnMut(WatchEvent<'_>) + Send>;

/// What the server knows about the site: the build number and the current errors.
pub struct Live {
    state: RwLock<(u64, Option<Diagnostics>)>,
    events: broadcast::Sender<Option<u64>>,
}

impl Live {
    fn new() -> Self {
        Live {
            state: RwLock::new((0, None)),
            events: broadcast::channel(16).0,
        }
    }

    /// The build number and, while the site is broken, its errors.
    pub fn snapshot(&self) -> (u64, Option<Diagnostics>) {
        self.state.read().map(|s| s.clone()).unwrap_or((0, None))
    }

    /// Records an outcome and tells open pages (`None` ends their event streams).
    fn update(&self, outcome: &Outcome) {
        let errors = match outcome {
            Outcome::Built(_) => None,
            Outcome::Failed { errors, .. } => Some(errors.clone()),
            Outcome::Unchanged => return,
        };
        let build = match self.state.write() {
            Ok(mut s) => {
                s.0 += 1;
                s.1 = errors;
                s.0
            }
            Err(_) => return,
        };
        let _ = self.events.send(Some(build));
    }
}

async fn events(
    State(live): State<Arc<Live>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let rx = live.events.subscribe();
    let now = live.snapshot().0;
    let later = tokio_stream::wrappers::BroadcastStream::new(rx)
        .take_while(|m| std::future::ready(!matches!(m, Ok(None))))
        .filter_map(|m| std::future::ready(m.ok().flatten()));
    let all = stream::once(std::future::ready(now))
        .chain(later)
        .map(|n| Ok(Event::default().event("build").data(n.to_string())));
    Sse::new(all).keep_alive(KeepAlive::default())
}

/// The site's own 404 page; before the first good build, a stand-in page (so the error overlay
/// has somewhere to appear).
async fn not_found(page: PathBuf) -> (StatusCode, Html<String>) {
    let html = tokio::fs::read_to_string(&page).await.unwrap_or_else(|_| {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>govdoc</title></head><body><p>The site has not been built yet.</p></body></html>".to_string()
    });
    (StatusCode::NOT_FOUND, Html(html))
}

async fn reload_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        inject::RELOAD_JS,
    )
}

fn io(what: String, help: &str) -> Diagnostics {
    Diagnostics(vec![
        Diagnostic::error("serve::io", what).help(help.to_string())
    ])
}

/// How long a client may take to send a request's headers, also while a kept-alive connection
/// waits for its next request: idle or slow connections are closed after it, so they cannot
/// use up the server's connections and starve normal requests.
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Accepts connections until `shutdown`, each served by hyper with [`HEADER_TIMEOUT`].
async fn accept_loop(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use hyper_util::server::conn::auto::Builder;
    use hyper_util::service::TowerToHyperService;
    // HTTP/1 only: the auto-detecting builder waits for a connection's first bytes without any
    // time limit, which is exactly what an idle connection never sends.
    let mut builder = Builder::new(TokioExecutor::new()).http1_only();
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let builder = Arc::new(builder);
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            _ = &mut shutdown => return Ok(()),
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(_) => {
                    // Out of file descriptors or a connection reset before it was accepted:
                    // wait a moment (idle connections time out meanwhile) and go on.
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(app.clone());
        let builder = builder.clone();
        tokio::spawn(async move {
            let _ = builder
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Runs `govdoc serve` until Ctrl-C; `progress` is told how the first build advances.
pub fn serve(
    opts: ServeOptions,
    mut reporter: Reporter,
    progress: ProgressSink,
) -> Result<(), Diagnostics> {
    let addr = SocketAddr::new(opts.bind, opts.port);
    let listener = std::net::TcpListener::bind(addr).map_err(|e| {
        let help = if e.kind() == std::io::ErrorKind::AddrInUse {
            "another program (perhaps another govdoc serve) uses this port: choose another with --port, or --port 0 for any free one"
        } else {
            "check the address given with --bind"
        };
        io(format!("cannot listen on {addr}: {e}"), help)
    })?;
    if !opts.bind.is_loopback() {
        reporter(WatchEvent::Warning(format!(
            "--bind {} makes the site visible to the network: anyone who can reach this machine can read it; use --bind 127.0.0.1 to keep it local",
            opts.bind
        )));
    }
    let local = listener
        .local_addr()
        .map_err(|e| io(format!("cannot listen on {addr}: {e}"), "try another port"))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| io(format!("cannot listen on {addr}: {e}"), "try another port"))?;
    let temp = match &opts.out {
        Some(_) => None,
        None => Some(
            tempfile::Builder::new()
                .prefix("govdoc-serve-")
                .tempdir()
                .map_err(|e| {
                    io(
                        format!("cannot create a temporary folder: {e}"),
                        "pass --out DIR",
                    )
                })?,
        ),
    };
    let out = match (&opts.out, &temp) {
        (Some(o), _) => o.clone(),
        (None, Some(t)) => t.path().join("public"),
        (None, None) => PathBuf::from("public"),
    };
    // Links must work on this server, whatever base URL the site is published under.
    let build = BuildOptions {
        out: out.clone(),
        base_url: Some("/".into()),
        // Translators preview with `serve`; the status page shows them what is left to do.
        status_page: true,
        ..opts.build.clone()
    };
    let scope = Scope {
        root: absolute(&opts.build.source),
        out: absolute(&out),
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher =
        Watcher::start(&scope, opts.watch, tx.clone()).map_err(|d| Diagnostics(vec![d]))?;
    let (mut session, first) = Session::start_with_progress(build, progress)?;
    let live = Arc::new(Live::new());
    live.update(&first);
    reporter(WatchEvent::Rebuilt {
        outcome: &first,
        out: &out,
        first: true,
    });
    let url = format!("http://{local}/");
    reporter(WatchEvent::Serving {
        source: &opts.build.source,
        url: &url,
    });
    if opts.open {
        if let Err(e) = open::that(&url) {
            reporter(WatchEvent::Warning(format!(
                "cannot open a browser ({e}); open {url} yourself"
            )));
        }
    }
    let thread_live = live.clone();
    let watching = std::thread::spawn(move || {
        run(&mut session, &mut watcher, &scope, &rx, |event| {
            if let WatchEvent::Rebuilt { outcome, .. } = &event {
                thread_live.update(outcome);
            }
            reporter(event);
        });
    });
    let not_found = {
        let page = out.join("404.html");
        move || not_found(page.clone())
    };
    let files = ServeDir::new(&out)
        .append_index_html_on_directories(true)
        .not_found_service(not_found.into_service());
    let app = Router::new()
        .route("/__govdoc/events", get(events))
        .route("/__govdoc/reload.js", get(reload_js))
        .fallback_service(files)
        .layer(axum::middleware::from_fn_with_state(
            live.clone(),
            inject::inject,
        ))
        .with_state(live.clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            io(
                format!("cannot start the server: {e}"),
                "check the system's limits",
            )
        })?;
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let shutdown = async move {
            let _ = tokio::signal::ctrl_c().await;
            // End the open event streams, or the server would wait for them forever.
            let _ = live.events.send(None);
        };
        accept_loop(listener, app, shutdown).await
    });
    let _ = tx.send(Msg::Stop);
    let _ = watching.join();
    drop(temp);
    served.map_err(|e| io(format!("the server stopped: {e}"), "start it again"))
}
