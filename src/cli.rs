//! The command line: clap derive, one `Args` struct per command.

use clap::{Args, Parser, Subcommand, ValueEnum};
use govdoc::site::BuildOptions;
use std::path::PathBuf;

/// govdoc builds a multilingual intranet site from a structured ICT governance model.
#[derive(Debug, Parser)]
#[command(name = "govdoc", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder.
    Build(BuildArgs),
    /// Load and validate the site without writing anything; list open questions.
    Check(CheckArgs),
    /// Write the validated model as JSON (ids, relations and the texts per language).
    Export(ExportArgs),
    /// Translators' tools: status, check, scaffold, mark-current.
    #[command(subcommand)]
    I18n(crate::i18n_cli::I18nCommand),
    /// Build the site, serve it on loopback and reload open pages after every change.
    Serve(ServeArgs),
    /// Start a role, forum, risk or system: its YAML file and source-language messages.
    New(NewArgs),
    /// Create a minimal site (settings, one role, one forum, three languages) in DIR.
    Init {
        /// The folder to create; must be new or empty.
        dir: PathBuf,
    },
}

/// What `govdoc new` can start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewKindArg {
    /// A role (content/roles/).
    Role,
    /// A forum (content/forums/).
    Forum,
    /// A risk (content/risks/).
    Risk,
    /// A system (content/systems/).
    System,
}

impl From<NewKindArg> for govdoc::new_entity::NewKind {
    fn from(k: NewKindArg) -> Self {
        use govdoc::new_entity::NewKind;
        match k {
            NewKindArg::Role => NewKind::Role,
            NewKindArg::Forum => NewKind::Forum,
            NewKindArg::Risk => NewKind::Risk,
            NewKindArg::System => NewKind::System,
        }
    }
}

/// `govdoc new KIND ID`.
#[derive(Debug, Clone, Args)]
pub struct NewArgs {
    /// What to start.
    #[arg(value_enum)]
    pub kind: NewKindArg,
    /// Its id: lower-case letters, digits and hyphens, such as `payroll`.
    pub id: String,
    /// Where the site is.
    #[command(flatten)]
    pub site: SourceArgs,
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum MessageFormat {
    /// Readable text with source snippets.
    #[default]
    Human,
    /// A JSON array for tools and editors.
    Json,
}

/// Where the site is.
#[derive(Debug, Clone, Args)]
pub struct SourceArgs {
    /// The site folder (the one with govdoc.yml).
    #[arg(long, short = 's', default_value = ".")]
    pub source: PathBuf,
    /// How to print errors and warnings.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub message_format: MessageFormat,
}

/// `govdoc build`.
#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    /// Where the site is.
    #[command(flatten)]
    pub site: SourceArgs,
    /// The output folder; replaced on every build.
    #[arg(long, short = 'o', default_value = "public")]
    pub out: PathBuf,
    /// The URL the site is published at, such as https://intranet.example/styring/ (overrides govdoc.yml).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Mark text shown from a fallback language, for reviewers.
    #[arg(long)]
    pub drafts: bool,
    /// Also build the pseudo-locale `qps` (accented, longer text) to find hard-coded text.
    #[arg(long)]
    pub pseudo: bool,
    /// Keep running and rebuild what changed whenever a file of the site changes.
    #[arg(long)]
    pub watch: bool,
    /// Make every broken translation an error (for CI); without it a broken translation is a
    /// warning and its text falls back to the next language of the chain.
    #[arg(long)]
    pub strict: bool,
    /// How to watch (with --watch).
    #[command(flatten)]
    pub watching: WatchArgs,
}

/// The one conversion from `govdoc build` arguments to build options, for `build` and
/// `build --watch` alike, so a flag can no longer be dropped by one of them.
impl From<&BuildArgs> for BuildOptions {
    fn from(args: &BuildArgs) -> BuildOptions {
        BuildOptions {
            source: args.site.source.clone(),
            out: args.out.clone(),
            base_url: args.base_url.clone(),
            drafts: args.drafts,
            pseudo: args.pseudo,
            status_page: false,
            strict: args.strict,
        }
    }
}

/// `govdoc serve` builds what `govdoc build` would with the same flags: its arguments as
/// build arguments, through the conversion above (serve has no `--base-url` or `--pseudo`).
impl From<&ServeArgs> for BuildOptions {
    fn from(args: &ServeArgs) -> BuildOptions {
        BuildOptions::from(&BuildArgs {
            site: args.site.clone(),
            out: args.out.clone().unwrap_or_default(),
            base_url: None,
            drafts: args.drafts,
            pseudo: false,
            strict: false,
            watch: true,
            watching: args.watching.clone(),
        })
    }
}

/// How `--watch` and `serve` watch the site.
#[derive(Debug, Clone, Args)]
pub struct WatchArgs {
    /// Milliseconds to wait after the last change while a file is written but not closed, or gone; a file its writer has closed is rebuilt after a sixth of this.
    #[arg(long, value_name = "MS", default_value_t = 30)]
    pub debounce: u64,
    /// Poll for changes (every 500 ms, comparing contents) instead of using file-system events; for network shares and containers.
    #[arg(long)]
    pub poll: bool,
}

/// `govdoc serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Where the site is.
    #[command(flatten)]
    pub site: SourceArgs,
    /// The output folder; a temporary folder, removed on exit, when not given.
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
    /// The address to listen on; loopback by default, so only this computer can see the site.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// The port to listen on; 0 picks a free one.
    #[arg(long, short = 'p', default_value_t = 1111)]
    pub port: u16,
    /// Open the site in a web browser.
    #[arg(long)]
    pub open: bool,
    /// Mark text shown from a fallback language, for reviewers.
    #[arg(long)]
    pub drafts: bool,
    /// How to watch.
    #[command(flatten)]
    pub watching: WatchArgs,
}

/// `govdoc export`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// Where the site is.
    #[command(flatten)]
    pub site: SourceArgs,
    /// The JSON file to write (default: standard output).
    #[arg(short, long)]
    pub out: Option<PathBuf>,
}

/// `govdoc check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Where the site is.
    #[command(flatten)]
    pub site: SourceArgs,
    /// Make every broken translation an error (for CI).
    #[arg(long)]
    pub strict: bool,
}
