//! The incremental engine's state and its two procedures, [`Session::start`] and
//! [`Session::apply`] (see the module documentation of [`crate::incremental`]).

use super::pages::{self, digest, Pages};
use super::plan::{self, plan, RebuildPlan};
use super::words::{self, Refs};
use super::ChangeSet;
use super::{describe, Outcome, Rebuild};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::deps::{self, Dep};
use crate::i18n::Catalogues;
use crate::load::{ContentCache, FileRole, Settings, SiteInput};
use crate::model::reads::{Kind, ModelDelta};
use crate::model::Governance;
use crate::progress::Progress;
use crate::render::engine::Templates;
use crate::render::memo::Memo;
use crate::render::routes::{PageKind, Routes};
use crate::render::{plan as plan_jobs, Job, Output, RenderEnv, RenderOptions};
use crate::site::{
    check_model_parts, fallback_warnings, load_words, update_model, BuildOptions, ModelFindings,
};
use crate::workbench::record::Record;
use crate::workbench::uses::ContentUses;
use crate::workbench::{status, units};
use crate::write::{check_output_dir, publish, MARKER};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

mod output;

/// Work the last failed attempts could not do yet.
#[derive(Default)]
struct Pending {
    all: bool,
    status_pages: bool,
    /// The content changed: pages are chosen by the fingerprints of what they read.
    model: bool,
    /// What the model updates since the last render changed (`None` with `model`: the model
    /// was built afresh, so every read is fingerprinted again).
    delta: Option<ModelDelta>,
    deps: HashSet<Dep>,
    assets: BTreeSet<String>,
}

/// A site kept in memory between changes.
pub struct Session {
    opts: BuildOptions,
    input: SiteInput,
    needs_reload: bool,
    read_errors: Vec<Diagnostic>,
    file_errors: BTreeMap<PathBuf, Diagnostic>,
    settings: Result<Settings, Vec<Diagnostic>>,
    content: ContentCache,
    model: Result<Governance, Vec<Diagnostic>>,
    catalogues: Option<Arc<Catalogues>>,
    records: BTreeMap<String, Record>,
    record_warnings: Vec<Diagnostic>,
    refs: Refs,
    templates: Result<Templates, Vec<Diagnostic>>,
    /// The model's findings (`None`: the model, words or settings have errors of their own).
    check: Option<ModelFindings>,
    /// The content's message uses and their findings, from the current model and words.
    uses: Option<ContentUses>,
    pages: Pages,
    /// Fragments of big pages kept between rebuilds.
    memo: Memo,
    pending: Pending,
    published: bool,
    /// A write failed part-way: the output folder mixes old and new pages until republished.
    output_damaged: bool,
    failing: bool,
    /// Told how the first build advances (the binary shows it); silent afterwards.
    progress: ProgressSink,
}

/// Receives the [`Progress`] of a session's first build, from rendering threads too.
pub type ProgressSink = Box<dyn Fn(Progress) + Send + Sync>;

impl Session {
    /// Loads the site, renders it and publishes it atomically. Only an output folder govdoc may
    /// not write, or a folder that is no site at all, is an `Err`; errors in the site give a
    /// session whose first outcome is [`Outcome::Failed`] and which builds once they are fixed.
    pub fn start(opts: BuildOptions) -> Result<(Session, Outcome), Diagnostics> {
        Session::start_with_progress(opts, Box::new(|_| {}))
    }

    /// [`Session::start`], reporting the first build's [`Progress`] as `govdoc build` does; a
    /// long first build of `--watch` or `serve` then shows the same bar or lines.
    pub fn start_with_progress(
        opts: BuildOptions,
        progress: ProgressSink,
    ) -> Result<(Session, Outcome), Diagnostics> {
        let started = Instant::now();
        progress(Progress::Loading);
        check_output_dir(&opts.out, &opts.source).map_err(|d| Diagnostics(vec![d]))?;
        let input = SiteInput::read(&opts.source).map_err(Diagnostics)?;
        let mut s = Session {
            opts,
            input,
            needs_reload: false,
            read_errors: Vec::new(),
            file_errors: BTreeMap::new(),
            settings: Err(Vec::new()),
            content: ContentCache::default(),
            model: Err(Vec::new()),
            catalogues: None,
            records: BTreeMap::new(),
            record_warnings: Vec::new(),
            refs: Refs::default(),
            templates: Err(Vec::new()),
            check: None,
            uses: None,
            pages: Pages::default(),
            memo: Memo::default(),
            pending: Pending::default(),
            published: false,
            output_damaged: false,
            failing: false,
            progress,
        };
        s.load_all();
        let outcome = s.finish("initial build".into(), started, true);
        // Rebuilds print one line each; the display of the first build is done.
        s.progress = Box::new(|_| {});
        Ok((s, outcome))
    }

    /// The output folder.
    pub fn out(&self) -> &Path {
        &self.opts.out
    }

    /// The site's theme name (it decides which files under `themes/` are inputs).
    pub fn theme(&self) -> &str {
        &self.input.theme
    }

    /// Applies one batch of changed files and rebuilds what they affect.
    pub fn apply(&mut self, changes: &ChangeSet) -> Outcome {
        let started = Instant::now();
        let mut plan = plan(changes, &self.input.theme);
        if plan.is_empty() {
            return Outcome::Unchanged;
        }
        let what = describe(changes);
        if plan.reload || self.needs_reload {
            self.reload();
            return self.finish(what, started, false);
        }
        self.expand_folders(&mut plan);
        let files: Vec<PathBuf> = plan.files().cloned().collect();
        for rel in &files {
            self.refresh(rel);
        }
        let words_changed = !plan.messages.is_empty() || !plan.prose.is_empty();
        // Prose findings (nesting, external images) come from the check.
        let mut check = !plan.prose.is_empty();
        // Words changed, no language's set of ids: the quick check of the changed words.
        let mut words_only = false;
        if words_changed && self.opts.pseudo {
            // The pseudo-locale is built from the source language's files: start afresh.
            self.load_catalogues();
            check = true;
        } else if let (Ok(settings), Some(cats)) = (&self.settings, &mut self.catalogues) {
            let mut langs = BTreeSet::new();
            let mut whole = false;
            for rel in plan.messages.iter().chain(&plan.prose) {
                let ch = words::apply(cats, &mut self.refs, settings, &self.input, rel, false);
                check |= ch.id_set_changed;
                words_only |= !ch.deps.is_empty();
                whole |= ch.id_set_changed || ch.rebuilt_all;
                self.pending.all |= ch.rebuilt_all;
                langs.extend(ch.deps.iter().map(|(l, _)| l.clone()));
                self.pending.deps.extend(ch.deps);
            }
            self.retranslate(&langs, whole);
        }
        if !plan.templates.is_empty() {
            self.templates = Templates::compile(&self.input);
            self.pending.all = true;
        }
        for rel in &plan.assets {
            if let Some(FileRole::Asset { rel: r, .. }) = FileRole::of(rel, &self.input.theme) {
                let present = self
                    .input
                    .files
                    .values()
                    .any(|f| matches!(&f.role, FileRole::Asset { rel: x, .. } if *x == r));
                if present && self.pages.jobs.contains(&Job::Asset { rel: r.clone() }) {
                    self.pending.assets.insert(r);
                } else {
                    self.pending.all = true;
                }
            }
        }
        if !plan.content.is_empty() {
            self.rebuild_model(words_changed, Some(&plan.content));
        } else if words_only && !check {
            self.recheck_words();
        } else if check {
            self.recheck();
        }
        self.finish(what, started, false)
    }

    fn refresh(&mut self, rel: &Path) {
        match self.input.refresh(rel) {
            Ok(()) => {
                self.file_errors.remove(rel);
            }
            Err(d) => {
                // A file that cannot be read is not an input until it can; its error stays.
                self.input.files.remove(rel);
                self.file_errors.insert(rel.to_path_buf(), d);
            }
        }
    }

    /// Folders moved in or out: every file under them, on disk or in memory, is planned.
    fn expand_folders(&mut self, plan: &mut RebuildPlan) {
        let mut extra = ChangeSet::default();
        for dir in std::mem::take(&mut plan.folders) {
            extra.changed.extend(
                self.input
                    .files
                    .keys()
                    .filter(|p| p.starts_with(&dir))
                    .cloned(),
            );
            for e in walkdir::WalkDir::new(self.input.root.join(&dir))
                .into_iter()
                .filter_map(Result::ok)
            {
                if let Ok(rel) = e.path().strip_prefix(&self.input.root) {
                    if e.file_type().is_file() && FileRole::of(rel, &self.input.theme).is_some() {
                        extra.changed.insert(rel.to_path_buf());
                    }
                }
            }
        }
        let more = plan::plan(&extra, &self.input.theme);
        plan.content.extend(more.content);
        plan.messages.extend(more.messages);
        plan.prose.extend(more.prose);
        plan.templates.extend(more.templates);
        plan.assets.extend(more.assets);
    }

    fn reload(&mut self) {
        match SiteInput::read(&self.opts.source) {
            Ok(input) => {
                self.input = input;
                self.needs_reload = false;
                self.read_errors.clear();
                self.file_errors.clear();
                self.load_all();
            }
            Err(errors) => {
                self.needs_reload = true;
                self.read_errors = errors;
            }
        }
    }

    /// Everything from the inputs in memory, as `Site::load` does it.
    fn load_all(&mut self) {
        self.pending.all = true;
        self.settings = match self.input.settings_file() {
            Some(f) => self.opts.settings(f),
            None => Err(vec![Diagnostic::error(
                "load::no-site",
                "the site has no govdoc.yml",
            )]),
        };
        self.content = ContentCache::default();
        self.templates = Templates::compile(&self.input);
        self.load_catalogues();
        self.rebuild_model(true, None);
    }

    /// The catalogues from scratch, with the translation records applied, as `Site::load` does.
    fn load_catalogues(&mut self) {
        self.pending.all = true;
        self.catalogues = None;
        self.records.clear();
        self.record_warnings.clear();
        if let Ok(settings) = &self.settings {
            let words = load_words(settings, &self.input, &self.opts);
            self.record_warnings = words.record_warnings;
            self.records = words.records;
            self.catalogues = Some(Arc::new(words.catalogues));
        }
        self.refs = self
            .catalogues
            .as_deref()
            .map(Refs::build)
            .unwrap_or_default();
    }

    /// After words of `langs` changed: their scaffolded-but-untranslated units (a unit's
    /// standing depends only on its own language's text and record), whose changes reach pages
    /// like changed text; then the status, when the site shows it.
    /// `whole`: a language's set of ids changed, so references may newly resolve or break
    /// anywhere in it; otherwise only the changed units are judged again.
    fn retranslate(&mut self, langs: &BTreeSet<String>, whole: bool) {
        let Some(cats) = self.catalogues.as_mut().and_then(Arc::get_mut) else {
            self.load_catalogues();
            return;
        };
        for lang in langs {
            let (Some(record), Some(cat)) = (self.records.get(lang), cats.by_lang.get_mut(lang))
            else {
                continue;
            };
            // Cutting a language into units costs 75 ms at 10,000 entities: skip it when the
            // record marks nothing as untranslated, which is the usual case.
            let now: HashSet<String> = if record.0.values().any(|r| r.untranslated) {
                status::untranslated(&units::units(cat), record)
                    .into_iter()
                    .collect()
            } else {
                HashSet::new()
            };
            for key in now.symmetric_difference(&cat.untranslated) {
                let id = key.split('.').next().unwrap_or(key);
                self.pending.deps.insert((lang.clone(), id.to_string()));
            }
            cat.untranslated = now;
        }
        // Broken translations: the changed languages, or all of them when the source changed;
        // when no language's set of ids changed, only the changed units (a unit's judgement
        // depends on its text, its source's text and which ids its language defines).
        let before: Vec<(String, HashSet<String>)> = cats
            .by_lang
            .iter()
            .map(|(l, c)| (l.clone(), c.broken.clone()))
            .collect();
        if whole {
            let judged = if langs.contains(&cats.source) {
                None
            } else {
                Some(langs)
            };
            crate::workbench::check::judge_translations(cats, judged);
        } else {
            crate::workbench::check::rejudge_translations(cats, &self.pending.deps);
        }
        // Pages showing a unit whose standing changed render again (it now falls back, or no
        // longer does).
        for (lang, old) in &before {
            let Some(cat) = cats.by_lang.get(lang) else {
                continue;
            };
            for id in cat.broken.symmetric_difference(old) {
                self.pending
                    .deps
                    .insert((lang.clone(), id.split('.').next().unwrap_or(id).to_string()));
            }
        }
        if self
            .settings
            .as_ref()
            .is_ok_and(|s| s.translation_status_page)
        {
            cats.status = status::analyse(cats, &self.records);
            self.pending.status_pages = true;
        }
    }

    /// The model after a content change, and its findings. `words_changed`: the words changed
    /// in the same batch, so the kept findings of unchanged entities may be stale too.
    /// `files`: the only content files that changed (`None`: any may have).
    fn rebuild_model(&mut self, words_changed: bool, files: Option<&BTreeSet<PathBuf>>) {
        let delta = update_model(&self.input, &mut self.content, files, &mut self.model);
        match &delta {
            Some(d) if !words_changed => self.recheck_entities(&d.touched),
            _ => self.recheck(),
        }
        // Updates not rendered yet (the site had errors) add up; one full build since the
        // last render means every read must be fingerprinted again.
        self.pending.delta = match (self.pending.model, self.pending.delta.take(), delta) {
            (false, _, d) => d,
            (true, Some(mut before), Some(d)) => {
                before.merge(d);
                Some(before)
            }
            _ => None,
        };
        self.pending.model = true;
    }

    fn recheck(&mut self) {
        (self.check, self.uses) = match (&self.model, &self.catalogues, &self.settings) {
            (Ok(m), Some(c), Ok(s)) => {
                let uses = ContentUses::new(c, m);
                (Some(check_model_parts(s, c, m, &uses)), Some(uses))
            }
            _ => (None, None),
        };
    }

    /// After a model update that kept every id, with the words as they were: only the
    /// entities the update resolved again have uses to check again; the rest of the checks
    /// (output paths, rules, the words' own findings, all kept or cheap) run whole.
    fn recheck_entities(&mut self, touched: &[(Kind, String)]) {
        if let (Ok(m), Some(c), Ok(s), Some(kept), Some(_)) = (
            &self.model,
            &self.catalogues,
            &self.settings,
            self.uses.as_mut(),
            &self.check,
        ) {
            if kept.update(c, m, touched) {
                self.check = Some(check_model_parts(s, c, m, kept));
                return;
            }
        }
        self.recheck();
    }

    /// After a words edit that changed no language's set of ids: the words' findings change
    /// only if a changed text broke (or had been broken); when the site was clean and the
    /// changed words are, nothing but the translations' findings (read live) can differ.
    fn recheck_words(&mut self) {
        let clean_before = self
            .check
            .as_ref()
            .is_some_and(|c| !c.before.iter().chain(&c.after).any(Diagnostic::is_error));
        let (Some(cats), Some(uses)) = (self.catalogues.as_deref(), &self.uses) else {
            return self.recheck();
        };
        if !clean_before {
            return self.recheck();
        }
        if !crate::workbench::check::words_still_clean(cats, &self.pending.deps, uses) {
            self.recheck();
        }
    }

    /// Every finding of the current inputs, in the order a build reports them.
    fn findings(&self) -> Vec<Diagnostic> {
        let mut all: Vec<Diagnostic> = self.read_errors.clone();
        all.extend(self.file_errors.values().cloned());
        if let Err(e) = &self.settings {
            all.extend(e.iter().cloned());
            return all;
        }
        if let Err(e) = &self.model {
            all.extend(e.iter().cloned());
        }
        for c in self.catalogues.iter() {
            for (lang, cat) in &c.by_lang {
                all.extend(
                    cat.files
                        .iter()
                        .flat_map(|f| f.errors.iter().map(|d| c.policy(lang, d.clone()))),
                );
                all.extend(cat.duplicates.iter().map(|d| c.policy(lang, d.clone())));
            }
        }
        if let (Some(check), Some(c)) = (&self.check, &self.catalogues) {
            all.extend(check.before.iter().cloned());
            all.extend(c.translation_findings.values().flatten().cloned());
            all.extend(check.after.iter().cloned());
        }
        if let Err(e) = &self.templates {
            all.extend(e.iter().cloned());
        }
        all
    }
}
