//! Reading a site from disk into memory: settings, content, locales, templates and static files,
//! with the built-in theme filling in whatever the site does not have on disk.
//!
//! Nothing else in govdoc reads the source tree, and nothing here interprets what it reads
//! beyond sorting files by their role, so a watcher can refresh single files cheaply.

use super::settings::SETTINGS_FILE;
use super::source::SourceFile;
use super::walk::{in_path_order, read_file, walk, Found, ReadFile, TOPS};
use crate::diagnostics::{Diagnostic, Location};
use include_dir::{include_dir, Dir};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// The largest text file (settings, content, messages, prose, templates) govdoc reads, in bytes.
/// Parsing and diagnostics hold several copies of a text: a 200 MB id took 5.2 GB of memory.
/// Static files (images, documents) are copied as they are and have no limit.
pub const MAX_TEXT_FILE: u64 = 10 * 1024 * 1024;

/// The default theme, compiled into the binary so that a site repository needs no theme folder.
static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// What a file is to govdoc, decided from its path relative to the site root.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileRole {
    /// `govdoc.yml`.
    Settings,
    /// `content/<kind>/…​.yml`.
    Content {
        /// The directory name, such as `roles`.
        kind: String,
    },
    /// `locales/<lang>/…​.ftl` or a theme's `locales/<lang>/…​.ftl`.
    Messages {
        /// Language code.
        lang: String,
        /// Whether it comes from the theme (site messages override theme messages).
        theme: bool,
    },
    /// `locales/<lang>/pages/<id>.md`.
    Prose {
        /// Language code.
        lang: String,
        /// Page id.
        page: String,
    },
    /// A template; `name` is its path under `templates/`.
    Template {
        /// Template name (`role.html`).
        name: String,
        /// Whether it comes from the theme (site templates override theme templates).
        theme: bool,
    },
    /// A static file copied to `static/<rel>` in the output.
    Asset {
        /// Path under `static/`.
        rel: String,
        /// Whether it comes from the theme.
        theme: bool,
    },
}

impl FileRole {
    /// The role of a path relative to the site root, for a site using theme `theme`.
    pub fn of(rel: &Path, theme: &str) -> Option<FileRole> {
        let parts: Vec<&str> = rel
            .components()
            .map(|c| match c {
                Component::Normal(s) => s.to_str().unwrap_or(""),
                _ => "",
            })
            .collect();
        Self::of_parts(&parts, theme)
    }

    /// The role of a path given as its components (`""` for any that is not a plain UTF-8
    /// name), which the walk puts together from its folders' without parsing a path.
    pub(super) fn of_parts(parts: &[&str], theme: &str) -> Option<FileRole> {
        if parts.iter().any(|p| p.is_empty() || is_editor_junk(p)) {
            return None;
        }
        // As `Path::extension` of a file name: after the last dot, none for `.name`.
        let ext = match parts.last()?.rsplit_once('.') {
            Some((before, ext)) if !before.is_empty() => ext,
            _ => "",
        };
        match parts {
            [SETTINGS_FILE] => Some(FileRole::Settings),
            ["content", kind, .., _] if ext == "yml" || ext == "yaml" => Some(FileRole::Content {
                kind: kind.to_string(),
            }),
            ["themes", t, rest @ ..] if *t == theme => Self::of_tree(rest, ext, true),
            ["themes", ..] => None,
            rest => Self::of_tree(rest, ext, false),
        }
    }

    fn of_tree(parts: &[&str], ext: &str, theme: bool) -> Option<FileRole> {
        match parts {
            ["locales", lang, "pages", file] if ext == "md" && !theme => Some(FileRole::Prose {
                lang: lang.to_string(),
                page: file.trim_end_matches(".md").to_string(),
            }),
            ["locales", lang, .., _] if ext == "ftl" => Some(FileRole::Messages {
                lang: lang.to_string(),
                theme,
            }),
            ["templates", rest @ ..]
                if !rest.is_empty() && (ext == "html" || ext == "xml" || ext == "txt") =>
            {
                Some(FileRole::Template {
                    name: rest.join("/"),
                    theme,
                })
            }
            ["static", rest @ ..] if !rest.is_empty() => Some(FileRole::Asset {
                rel: rest.join("/"),
                theme,
            }),
            _ => None,
        }
    }
}

/// Editor swap, backup and temporary files, which are never inputs.
pub fn is_editor_junk(name: &str) -> bool {
    name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name.ends_with(".bck")
        || name == "4913"
        || (name.starts_with('#') && name.ends_with('#'))
        || name.starts_with(".goutputstream")
}

/// One input file in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Its role.
    pub role: FileRole,
    /// Text files: the text; binary assets: `None`.
    pub source: Option<Arc<SourceFile>>,
    /// Raw bytes, for assets (empty for text files, whose text is in `source`).
    pub bytes: Arc<[u8]>,
}

/// Every input of a site, keyed by path relative to the site root.
#[derive(Debug, Clone)]
pub struct SiteInput {
    /// The site root on disk.
    pub root: PathBuf,
    /// The theme name the files were sorted for.
    pub theme: String,
    /// The files.
    pub files: BTreeMap<PathBuf, InputFile>,
}

impl SiteInput {
    /// Reads a whole site. Errors name the file that could not be read.
    pub fn read(root: &Path) -> Result<SiteInput, Vec<Diagnostic>> {
        let settings_path = root.join(SETTINGS_FILE);
        if !settings_path.is_file() {
            return Err(vec![Diagnostic::error(
                "load::no-site",
                format!("no `{SETTINGS_FILE}` in {}", root.display()),
            )
            .help("run govdoc in a site folder, pass `--source DIR`, or create a site with `govdoc init DIR`")]);
        }
        let theme = read_theme_name(&settings_path);
        let mut input = SiteInput {
            root: root.to_path_buf(),
            theme: theme.clone(),
            files: BTreeMap::new(),
        };
        let mut errors = Vec::new();
        let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        for (rel, bytes) in embedded_theme_files(&theme) {
            let _ = input.insert(rel, bytes, true);
        }
        // The walk hands each file to whichever core is free, so reading and decoding (mostly
        // system calls and UTF-8 checks, 60,000 files at the largest sizes) overlap the walk;
        // files are then inserted, and errors reported, in walk order.
        let read: Vec<(usize, usize, ReadFile)> = walk(root, &real_root, &theme)
            .enumerate()
            .par_bridge()
            .map(|(i, f)| match f {
                Found::Error(d) => (i, 0, Err(d)),
                Found::File {
                    top,
                    rel,
                    path,
                    folder,
                    role,
                } => (
                    i,
                    top,
                    read_file(&path, folder.as_deref(), &rel, role).map(|file| (rel, file)),
                ),
            })
            .collect();
        // Put back in walk order by index, not sorted: the results are large to move.
        let mut in_order: Vec<Option<(usize, ReadFile)>> = Vec::with_capacity(read.len());
        in_order.resize_with(read.len(), || None);
        for (i, top, r) in read {
            if let Some(slot) = in_order.get_mut(i) {
                *slot = Some((top, r));
            }
        }
        let mut runs: Vec<Vec<(PathBuf, InputFile)>> = TOPS.iter().map(|_| Vec::new()).collect();
        for (top, r) in in_order.into_iter().flatten() {
            match (r, runs.get_mut(top)) {
                (Ok(file), Some(run)) => run.push(file),
                (Ok(_), None) => {}
                (Err(d), _) => errors.push(d),
            }
        }
        let embedded = std::mem::take(&mut input.files).into_iter().collect();
        input.files = in_path_order(embedded, runs).into_iter().collect();
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(errors)
        }
    }

    /// Puts one file in; text files must be UTF-8. Disk files replace embedded theme files.
    pub fn insert(
        &mut self,
        rel: PathBuf,
        bytes: Vec<u8>,
        embedded: bool,
    ) -> Result<(), Diagnostic> {
        let Some(role) = FileRole::of(&rel, &self.theme) else {
            return Ok(());
        };
        let file = input_file(&rel, role, &bytes, embedded)?;
        self.files.insert(rel, file);
        Ok(())
    }

    /// Reads one file again from disk (or drops it when it is gone), as a watcher does.
    /// A site file that disappears uncovers the built-in theme's file of the same path.
    pub fn refresh(&mut self, rel: &Path) -> Result<(), Diagnostic> {
        let path = self.root.join(rel);
        if path.exists() {
            let real_root = self
                .root
                .canonicalize()
                .unwrap_or_else(|_| self.root.clone());
            check_inside(&real_root, &self.root, &path)?;
        }
        match std::fs::read(&path) {
            Ok(bytes) if path.is_file() => self.insert(rel.to_path_buf(), bytes, false),
            _ => {
                self.files.remove(rel);
                if let Some((_, bytes)) = embedded_theme_files(&self.theme).find(|(p, _)| p == rel)
                {
                    self.insert(rel.to_path_buf(), bytes, true)?;
                }
                Ok(())
            }
        }
    }

    /// The settings file.
    pub fn settings_file(&self) -> Option<&Arc<SourceFile>> {
        self.files
            .get(Path::new(SETTINGS_FILE))
            .and_then(|f| f.source.as_ref())
    }

    /// Text files of one role kind, in path order.
    pub fn sources<'a>(
        &'a self,
        pick: impl Fn(&FileRole) -> bool + 'a,
    ) -> impl Iterator<Item = (&'a FileRole, &'a Arc<SourceFile>)> + 'a {
        self.files
            .values()
            .filter(move |f| pick(&f.role))
            .filter_map(|f| f.source.as_ref().map(|s| (&f.role, s)))
    }
}

/// One file's bytes as an input of `role`: text files must be UTF-8.
pub(super) fn input_file(
    rel: &Path,
    role: FileRole,
    bytes: &[u8],
    embedded: bool,
) -> Result<InputFile, Diagnostic> {
    let is_text = !matches!(role, FileRole::Asset { .. });
    check_size(&role, rel, bytes.len() as u64)?;
    let (source, bytes) = if is_text {
        // A UTF-8 byte-order mark (some Windows editors write one) is not part of the text.
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        // The text is kept once, as text: the raw bytes of text files are never read.
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Diagnostic::error(
                "load::encoding",
                format!("the file is not valid UTF-8 (byte {})", e.valid_up_to()),
            )
            .at(Location::file_only(rel.to_path_buf()))
            .help("save the file as UTF-8")
        })?;
        let display = if embedded {
            Path::new("<built-in>").join(rel)
        } else {
            rel.to_path_buf()
        };
        (Some(SourceFile::new(display, text)), Arc::from([]))
    } else {
        (None, Arc::from(bytes))
    };
    Ok(InputFile {
        role,
        source,
        bytes,
    })
}

/// The theme named in `govdoc.yml`, read before the inputs are walked. Reads at most
/// [`MAX_TEXT_FILE`] bytes: an oversized settings file is reported by the size check later,
/// and must not be read whole first.
fn read_theme_name(settings: &Path) -> String {
    use std::io::Read;
    let mut text = String::new();
    let read = std::fs::File::open(settings)
        .and_then(|f| f.take(MAX_TEXT_FILE + 1).read_to_string(&mut text));
    match read {
        Ok(n) if n as u64 <= MAX_TEXT_FILE => super::settings::theme_name(&text),
        _ => super::settings::theme_name(""),
    }
}

fn embedded_theme_files(theme: &str) -> impl Iterator<Item = (PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    if theme == "default" {
        collect_embedded(&DEFAULT_THEME, &mut out);
    }
    out.into_iter()
        .map(|(p, b)| (Path::new("themes/default").join(p), b))
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for f in dir.files() {
        out.push((f.path().to_path_buf(), f.contents().to_vec()));
    }
    for d in dir.dirs() {
        collect_embedded(d, out);
    }
}

/// The built-in theme's files, for `govdoc init` and tests.
pub fn builtin_theme_files() -> Vec<(PathBuf, Vec<u8>)> {
    embedded_theme_files("default").collect()
}

/// Refuses a path whose resolved target (symbolic links followed) lies outside the site root:
/// a link such as `static/passwd.txt → /etc/passwd` would publish a file of the build machine.
pub(super) fn check_inside(real_root: &Path, root: &Path, path: &Path) -> Result<(), Diagnostic> {
    let Ok(target) = path.canonicalize() else {
        return Ok(());
    };
    if target.starts_with(real_root) {
        return Ok(());
    }
    let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    Err(Diagnostic::error(
        "load::outside-link",
        format!(
            "{} is a link to {}, outside the site",
            rel.display(),
            target.display()
        ),
    )
    .at(Location::file_only(rel))
    .help("copy the file into the site, or point the link at a file inside the site folder"))
}

/// Refuses a text file larger than [`MAX_TEXT_FILE`] before anything parses it.
pub(super) fn check_size(role: &FileRole, rel: &Path, size: u64) -> Result<(), Diagnostic> {
    if matches!(role, FileRole::Asset { .. }) || size <= MAX_TEXT_FILE {
        return Ok(());
    }
    Err(Diagnostic::error(
        "load::too-large",
        format!(
            "the file has {size} bytes; govdoc reads text files of at most {MAX_TEXT_FILE} bytes ({} MiB)",
            MAX_TEXT_FILE / 1024 / 1024
        ),
    )
    .at(Location::file_only(rel.to_path_buf()))
    .help("split it into several files (a folder holds any number), or move large documents to `static/`"))
}

pub(super) fn io_error(path: &Path, message: &str) -> Diagnostic {
    Diagnostic::error(
        "load::io",
        format!("cannot read {}: {message}", path.display()),
    )
    .at(Location::file_only(path.to_path_buf()))
    .help("check that the file exists and can be read")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_theme_is_not_read_from_an_oversized_settings_file() {
        let dir = std::env::temp_dir().join(format!("govdoc-theme-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let settings = dir.join("govdoc.yml");
        std::fs::write(&settings, "theme: kommune\n").unwrap();
        assert_eq!(read_theme_name(&settings), "kommune");
        let padding = "#".repeat(MAX_TEXT_FILE as usize);
        std::fs::write(&settings, format!("theme: kommune\n{padding}\n")).unwrap();
        assert_eq!(read_theme_name(&settings), "default");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn site_files_replace_built_in_ones_of_the_same_path_and_all_are_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path();
        let write = |rel: &str, text: &str| {
            let path = site.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("govdoc.yml", "title: t\n");
        write("content/roles/a.yml", "- id: a\n");
        write("themes/default/templates/base.html", "site base");
        write("themes/default/templates/zz-own.html", "own");
        write("themes/default/locales/aa/x.ftl", "x = y\n");
        let input = SiteInput::read(site).unwrap();
        let text = |rel: &str| {
            let file = &input.files[Path::new(rel)];
            let source = file.source.as_ref().unwrap();
            (
                source.display.display().to_string(),
                source.text.to_string(),
            )
        };
        let base = "themes/default/templates/base.html";
        assert_eq!(text(base), (base.to_string(), "site base".to_string()));
        assert_eq!(text("themes/default/templates/zz-own.html").1, "own");
        assert_eq!(text("themes/default/locales/aa/x.ftl").1, "x = y\n");
        let built_in = builtin_theme_files();
        for (rel, _) in &built_in {
            assert!(input.files.contains_key(rel), "{}", rel.display());
        }
        let home = "themes/default/templates/home.html";
        assert!(text(home).0.starts_with("<built-in>"));
        assert_eq!(input.files.len(), built_in.len() + 4);
    }

    #[test]
    fn roles_of_paths() {
        let r = |p: &str| FileRole::of(Path::new(p), "default");
        assert_eq!(r("govdoc.yml"), Some(FileRole::Settings));
        assert_eq!(
            r("content/roles/system-owner.yml"),
            Some(FileRole::Content {
                kind: "roles".into()
            })
        );
        assert_eq!(r("content/roles/.system-owner.yml.swp"), None);
        assert_eq!(r("content/roles/system-owner.yml~"), None);
        assert_eq!(
            r("locales/nb/roles.ftl"),
            Some(FileRole::Messages {
                lang: "nb".into(),
                theme: false
            })
        );
        assert_eq!(
            r("locales/es/pages/about.md"),
            Some(FileRole::Prose {
                lang: "es".into(),
                page: "about".into()
            })
        );
        assert_eq!(
            r("themes/default/templates/role.html"),
            Some(FileRole::Template {
                name: "role.html".into(),
                theme: true
            })
        );
        assert_eq!(r("themes/other/templates/role.html"), None);
        assert_eq!(
            r("templates/partials/nav.html"),
            Some(FileRole::Template {
                name: "partials/nav.html".into(),
                theme: false
            })
        );
        assert_eq!(
            r("static/logo.svg"),
            Some(FileRole::Asset {
                rel: "logo.svg".into(),
                theme: false
            })
        );
        assert_eq!(r("public/nb/index.html"), None);
    }
}
