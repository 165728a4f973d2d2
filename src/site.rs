//! The pipeline, end to end: load → model → render → write.
//!
//! [`Site::load`] runs the first stages and collects every error of all of them together;
//! [`Site::render`] renders in memory; [`build`] publishes atomically.

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::i18n::{CatalogueOptions, Catalogues};
use crate::load::{parse_settings, ContentCache, RawContent, Settings, SiteInput, SourceFile};
use crate::model::reads::ModelDelta;
use crate::model::Governance;
use crate::progress::Progress;
use crate::render::engine::Templates;
use crate::render::{plan, Job, Output, RenderEnv, RenderOptions};
use crate::workbench::{self, record::Record};
use crate::write::{PublishReport, Staging};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a build is asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site root.
    pub source: PathBuf,
    /// The output directory.
    pub out: PathBuf,
    /// Overrides the settings' base URL.
    pub base_url: Option<String>,
    /// Mark fallback text for reviewers.
    pub drafts: bool,
    /// Add the pseudo-locale (`qps`), made from the source language.
    pub pseudo: bool,
    /// Publish the translation-status page whatever the settings say (`serve` does).
    pub status_page: bool,
    /// Broken translations are errors, not warnings (for CI).
    pub strict: bool,
}

impl BuildOptions {
    /// Reads the settings file and applies what these options override: the base URL, the
    /// status page, and the pseudo-locale as an extra language. The one place both a full build
    /// and the incremental engine get their settings from.
    pub fn settings(&self, file: &Arc<SourceFile>) -> Result<Settings, Vec<Diagnostic>> {
        let mut settings = parse_settings(file)?;
        if let Some(url) = &self.base_url {
            crate::load::check_base_url_override(url).map_err(|d| vec![d])?;
            settings.base_url = url.clone();
        }
        settings.translation_status_page |= self.status_page;
        if self.pseudo {
            settings
                .languages
                .extend(crate::i18n::pseudo::language(&settings));
        }
        Ok(settings)
    }
}

/// A loaded, validated site, ready to render.
pub struct Site {
    /// Settings.
    pub settings: Settings,
    /// All inputs in memory.
    pub input: SiteInput,
    /// The governance model.
    pub model: Governance,
    /// Words of every language.
    pub catalogues: Arc<Catalogues>,
    /// Compiled templates.
    pub templates: Templates,
    /// Warnings found while loading.
    pub warnings: Diagnostics,
}

impl Site {
    /// Runs load, model and the language checks over inputs already in memory.
    pub fn load(input: SiteInput, opts: &BuildOptions) -> Result<Site, Diagnostics> {
        let settings_file = input.settings_file().cloned().ok_or_else(|| {
            Diagnostics(vec![Diagnostic::error(
                "load::no-site",
                "the site has no govdoc.yml",
            )])
        })?;
        let settings = opts.settings(&settings_file).map_err(Diagnostics)?;
        let mut errors: Vec<Diagnostic> = Vec::new();
        // Content and words are independent until `check_model`: load them side by side.
        let ((model, uses, templates), words) = rayon::join(
            || {
                let model = load_model(&input, &mut ContentCache::default());
                // What the content asks for needs only the model: taken here, while the
                // words are still loading.
                let uses = model.as_ref().ok().map(Governance::message_uses_by_entity);
                (model, uses, Templates::compile(&input))
            },
            || load_words(&settings, &input, opts),
        );
        let catalogues = words.catalogues;
        errors.extend(words.errors);
        errors.extend(words.record_warnings);
        let mut warnings = Vec::new();
        let model = match model {
            Ok(m) => Some(m),
            Err(ds) => {
                errors.extend(ds);
                None
            }
        };
        if let (Some(m), Some(uses)) = (&model, uses) {
            let uses = workbench::uses::ContentUses::checked(&catalogues, uses);
            errors.extend(check_model_using(&settings, &catalogues, m, &uses));
        }
        let templates = match templates {
            Ok(t) => Some(t),
            Err(ds) => {
                errors.extend(ds);
                None
            }
        };
        let (hard, soft): (Vec<Diagnostic>, Vec<Diagnostic>) =
            errors.into_iter().partition(Diagnostic::is_error);
        warnings.extend(soft);
        match (model, templates) {
            (Some(model), Some(templates)) if hard.is_empty() => Ok(Site {
                settings,
                input,
                model,
                catalogues: Arc::new(catalogues),
                templates,
                warnings: Diagnostics(warnings),
            }),
            _ => {
                let mut all = hard;
                all.extend(warnings);
                Err(Diagnostics(all))
            }
        }
    }

    /// Renders the whole site in memory.
    pub fn render(&self, opts: RenderOptions) -> Result<Vec<Output>, Diagnostics> {
        let env = RenderEnv::new(
            &self.settings,
            &self.model,
            self.catalogues.clone(),
            &self.templates,
            &self.input,
            opts,
        );
        let jobs = plan(&self.model, &self.settings, &self.input, &self.templates);
        env.render_all(&jobs).map_err(Diagnostics)
    }

    /// Every output of the site, as rendering jobs.
    pub fn jobs(&self) -> Vec<Job> {
        plan(&self.model, &self.settings, &self.input, &self.templates)
    }

    /// Renders `jobs` in parallel, handing each output to `sink` as soon as it is rendered.
    pub fn render_each<F>(
        &self,
        jobs: &[Job],
        opts: RenderOptions,
        sink: F,
    ) -> Result<(), Diagnostics>
    where
        F: Fn(Output) -> Result<(), Diagnostic> + Sync,
    {
        let env = RenderEnv::new(
            &self.settings,
            &self.model,
            self.catalogues.clone(),
            &self.templates,
            &self.input,
            opts,
        );
        env.render_each(jobs, sink).map_err(Diagnostics)
    }

    /// One warning line per language whose text partly comes from a fallback language.
    pub fn fallback_warnings(&self) -> Vec<Diagnostic> {
        fallback_warnings(&self.catalogues)
    }

    /// Lets go of the text of every Fluent file, for a build that renders once and ends:
    /// formatting reads the parse trees, which keep their own copy of the text, and the
    /// findings that point into a file were made while loading (each holds its file's text).
    /// At 15,000 entities per language that is 31 MB of text and 45,000 input entries.
    fn release_fluent_text(&mut self) {
        self.input
            .files
            .retain(|_, f| !matches!(f.role, crate::load::FileRole::Messages { .. }));
        let Some(catalogues) = Arc::get_mut(&mut self.catalogues) else {
            return;
        };
        for cat in catalogues.by_lang.values_mut() {
            // Files the pseudo-locale shares with the source language stay as they are.
            for file in cat.files.iter_mut().filter_map(Arc::get_mut) {
                file.source = SourceFile::new(file.source.display.clone(), "");
            }
        }
    }
}

/// The model of a site's content. A plain build passes an empty cache; `build --watch` keeps
/// one, so that a save re-parses only the files it touched. Either way this is the one path
/// from content files to the model.
pub fn load_model(
    input: &SiteInput,
    cache: &mut ContentCache,
) -> Result<Governance, Vec<Diagnostic>> {
    let (raw, errors) = cache.parse(input);
    if !errors.is_empty() {
        return Err(errors);
    }
    Governance::build(&raw)
}

/// The model after content files changed: updated in place ([`Governance::update`]) when every
/// changed file parsed cleanly and kept its ids, which is what the [`ModelDelta`] then tells;
/// otherwise built afresh from the cache (`None`), so the model and its errors are always
/// those of a full build. `changed`: the only content files that may have changed since the
/// cache last saw the inputs (`None`: any may have).
pub fn update_model(
    input: &SiteInput,
    cache: &mut ContentCache,
    changed: Option<&BTreeSet<PathBuf>>,
    model: &mut Result<Governance, Vec<Diagnostic>>,
) -> Option<ModelDelta> {
    let edits = match changed {
        Some(files) => cache.refresh_files(input, files),
        None => cache.refresh(input),
    };
    if let Ok(m) = model {
        let pairs: Option<Vec<(&RawContent, &RawContent)>> = edits
            .iter()
            .map(|e| match (&e.before, &e.after, e.clean) {
                (Some(b), Some(a), true) => Some((&**b, &**a)),
                _ => None,
            })
            .collect();
        if let Some(delta) = pairs.and_then(|p| m.update(&p)) {
            return Some(delta);
        }
    }
    let (raw, errors) = cache.assemble();
    *model = if errors.is_empty() {
        Governance::build(&raw)
    } else {
        Err(errors)
    };
    None
}

/// The words of every language, with the translation records applied.
pub struct LoadedWords {
    /// Every language's catalogue, with the translation status.
    pub catalogues: Catalogues,
    /// Problems in the Fluent files.
    pub errors: Vec<Diagnostic>,
    /// The translation records by language.
    pub records: BTreeMap<String, Record>,
    /// Problems in the records (warnings: a broken record never stops a build).
    pub record_warnings: Vec<Diagnostic>,
}

/// Reads every language's words and applies the translation records: the one path from
/// locale files to catalogues (the watch engine patches single files in afterwards).
pub fn load_words(settings: &Settings, input: &SiteInput, opts: &BuildOptions) -> LoadedWords {
    let (mut catalogues, errors) = Catalogues::build(
        settings,
        input,
        CatalogueOptions {
            pseudo: opts.pseudo,
            drafts: opts.drafts,
            strict: opts.strict,
        },
    );
    // Translation records: scaffolded copies render as missing; the status page needs them.
    let (records, record_errors) = workbench::read_records(&input.root, settings);
    let record_warnings = record_errors
        .into_iter()
        .map(|d| Diagnostic {
            severity: Severity::Warning,
            ..d
        })
        .collect();
    settle_translations(&mut catalogues, &records);
    LoadedWords {
        catalogues,
        errors,
        records,
        record_warnings,
    }
}

/// The records, judgements, status and each language's own text checks, which all read the
/// languages' units: the source language is cut once and kept, each translation is cut once,
/// used for all of them, and dropped before the next, so that at most two languages' units
/// are in memory (all three held at once raised the build's peak at 15,000 entities by a
/// tenth, with units inserted into their maps one at a time). So that both cores stay busy
/// all the same, the source's own checks run beside the translations, and each
/// translation's three checks side by side (each ends on one thread: cycles searched, counts
/// summed).
fn settle_translations(catalogues: &mut Catalogues, records: &BTreeMap<String, Record>) {
    use workbench::{check, status, units};
    let source = catalogues.source.clone();
    let mut cut = BTreeMap::new();
    if let Some(src) = catalogues.by_lang.get(&source) {
        cut.insert(source.clone(), units::units(src));
    }
    workbench::apply_records_with(catalogues, records, Some(&cut));
    let translations: Vec<String> = catalogues
        .by_lang
        .keys()
        .filter(|l| **l != source && l.as_str() != crate::i18n::pseudo::CODE)
        .cloned()
        .collect();
    let shared: &Catalogues = catalogues;
    let src = cut.get(&source);
    let src_words = src.map(status::source_words).unwrap_or_default();
    let empty = Record::default();
    let settled = |lang: &String| {
        let cat = shared.by_lang.get(lang)?;
        let mine = units::units(cat);
        let (judged, ((), status)) = rayon::join(
            || src.map(|s| check::judge_language(shared, lang, cat, &mine, s)),
            || {
                rayon::join(
                    || check::settle_broken_text_of(cat, &mine),
                    || {
                        let record = records.get(lang).unwrap_or(&empty);
                        src.map(|s| {
                            status::lang_status_counted(lang, &source, s, &src_words, &mine, record)
                        })
                    },
                )
            },
        );
        Some((lang.clone(), judged, status))
    };
    // The source's own text and its references, checked from the units just cut.
    let ((), done) = rayon::join(
        || {
            rayon::join(
                || check::settle_broken_text(shared, &cut),
                || check::settle_reference_findings(shared, &cut),
            );
        },
        || translations.iter().filter_map(settled).collect::<Vec<_>>(),
    );
    drop(cut);
    let mut statuses = Vec::new();
    for (lang, judged, status) in done {
        if let Some(judged) = judged {
            check::store_judgements(catalogues, &lang, judged);
        }
        statuses.extend(status);
    }
    catalogues.status = statuses;
}

/// The checks that need the model with the words or the settings: every message the content
/// asks for, every page with an output path of its own, and the governance rules at the levels
/// the settings give. `govdoc build` and the watch engine both run it over each new model.
pub fn check_model(
    settings: &Settings,
    catalogues: &Catalogues,
    model: &Governance,
) -> Vec<Diagnostic> {
    let uses = workbench::uses::ContentUses::new(catalogues, model);
    check_model_using(settings, catalogues, model, &uses)
}

/// [`check_model`] with the content's message uses given.
fn check_model_using(
    settings: &Settings,
    catalogues: &Catalogues,
    model: &Governance,
    uses: &workbench::uses::ContentUses,
) -> Vec<Diagnostic> {
    let checked = check_model_parts(settings, catalogues, model, uses);
    let mut out = checked.before;
    out.extend(catalogues.translation_findings.values().flatten().cloned());
    out.extend(checked.after);
    out
}

/// [`check_model`]'s findings without the broken translations, which sit between the two
/// parts: the watch engine keeps these and reads the translations' findings from the
/// catalogues, where each words edit keeps them current.
pub struct ModelFindings {
    /// Pages with the same output path.
    pub before: Vec<Diagnostic>,
    /// The content's words, the governance rules, the prose pages.
    pub after: Vec<Diagnostic>,
}

/// [`check_model`] in parts, with the content's message uses and their findings given.
pub fn check_model_parts(
    settings: &Settings,
    catalogues: &Catalogues,
    model: &Governance,
    uses: &workbench::uses::ContentUses,
) -> ModelFindings {
    let before = crate::render::routes::output_collisions(model);
    let mut after = workbench::check::check_content_kept(catalogues, model, uses);
    after.extend(crate::rules::check(model, &settings.rules));
    after.extend(prose_findings(settings, catalogues));
    ModelFindings { before, after }
}

/// Prose pages nested too deep or showing images from other hosts; each file once, though the
/// pseudo-locale shares the source language's files.
fn prose_findings(settings: &Settings, catalogues: &Catalogues) -> Vec<Diagnostic> {
    let mut files: Vec<&Arc<SourceFile>> = catalogues
        .by_lang
        .values()
        .flat_map(|c| c.prose.values())
        .collect();
    files.sort_by(|a, b| a.display.cmp(&b.display));
    files.dedup_by(|a, b| a.display == b.display);
    files
        .into_iter()
        .flat_map(|f| crate::render::markdown::check(f, settings.external_images))
        .collect()
}

/// One warning line per language whose text partly comes from a fallback language.
pub fn fallback_warnings(catalogues: &Catalogues) -> Vec<Diagnostic> {
    // The count is the one `govdoc i18n status` shows (messages, attributes and pages).
    catalogues
        .status
        .iter()
        .filter(|st| st.missing > 0)
        .map(|st| {
            let lang = &st.lang;
            let chain = catalogues
                .chains
                .get(lang)
                .map(|c| c[1..].join(" → "))
                .unwrap_or_default();
            Diagnostic::warning(
                "i18n::fallback",
                format!("{lang}: {} text(s) missing, shown from {chain}", st.missing),
            )
            .help(format!("see the list with `govdoc i18n status {lang}`"))
        })
        .collect()
}

/// What a finished build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Pages and files written.
    pub written: PublishReport,
    /// Number of languages.
    pub languages: usize,
    /// Warnings.
    pub warnings: Diagnostics,
    /// Wall time.
    pub elapsed: Duration,
}

/// Reads, checks, renders and publishes a site. Nothing is written unless every stage succeeded.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with_progress(opts, &|_| {})
}

/// [`build`], reporting its [`Progress`] to `progress` (called from rendering threads too).
/// Each page goes into the staging folder as soon as it is rendered; the output folder is
/// replaced only after the last one was written.
pub fn build_with_progress(
    opts: &BuildOptions,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<BuildReport, Diagnostics> {
    build_keeping_site(opts, progress).map(|(report, _site)| report)
}

/// [`build_with_progress`], handing the loaded site back: a process that ends right after
/// the build may leave it to the operating system (`std::mem::forget`) instead of freeing a
/// million small allocations one by one (a tenth of a check at 15,000 entities). The site's
/// Fluent files no longer have their text (see `Site::release_fluent_text`).
pub fn build_keeping_site(
    opts: &BuildOptions,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<(BuildReport, Site), Diagnostics> {
    let started = Instant::now();
    progress(Progress::Loading);
    crate::write::check_output_dir(&opts.out, &opts.source).map_err(|d| Diagnostics(vec![d]))?;
    let input = SiteInput::read(&opts.source).map_err(Diagnostics)?;
    let mut site = Site::load(input, opts)?;
    site.release_fluent_text();
    let staging = Staging::open(&opts.out, &opts.source).map_err(|d| Diagnostics(vec![d]))?;
    let render = RenderOptions {
        drafts: opts.drafts,
    };
    let jobs = site.jobs();
    let total = jobs.len();
    progress(Progress::Rendering { total });
    let done = AtomicUsize::new(0);
    site.render_each(&jobs, render, |output| {
        staging.write(&output)?;
        let done = done.fetch_add(1, Ordering::Relaxed) + 1;
        progress(Progress::Written { done, total });
        Ok(())
    })?;
    progress(Progress::Publishing);
    let written = staging.publish().map_err(|d| Diagnostics(vec![d]))?;
    let mut warnings = site.warnings.clone();
    warnings.extend(site.fallback_warnings());
    let report = BuildReport {
        written,
        languages: site.settings.languages.len(),
        warnings,
        elapsed: started.elapsed(),
    };
    Ok((report, site))
}
