//! The end of every rebuild: collect the findings; if there are none, render the pages the
//! rebuild touched and write only the files whose bytes changed (the first build publishes the
//! whole site atomically instead).

use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};

impl Session {
    pub(super) fn finish(&mut self, what: String, started: Instant, first: bool) -> Outcome {
        let findings = self.findings();
        if findings.iter().any(Diagnostic::is_error) || self.needs_reload {
            self.failing = true;
            return Outcome::Failed {
                what,
                errors: Diagnostics(findings),
                elapsed: started.elapsed(),
                output_kept: self.output_intact(),
            };
        }
        match self.render_and_write() {
            Ok((rendered, written, removed)) => {
                let recovered = std::mem::take(&mut self.failing);
                let mut warnings = Diagnostics::default();
                if first || recovered {
                    warnings.extend(findings);
                    warnings.extend(self.record_warnings.iter().cloned());
                    if let Some(c) = &self.catalogues {
                        warnings.extend(fallback_warnings(c));
                    }
                }
                Outcome::Built(Rebuild {
                    what,
                    rendered,
                    written,
                    removed,
                    elapsed: started.elapsed(),
                    recovered,
                    warnings,
                })
            }
            Err(errors) => {
                self.failing = true;
                Outcome::Failed {
                    what,
                    errors: Diagnostics(errors),
                    elapsed: started.elapsed(),
                    output_kept: self.output_intact(),
                }
            }
        }
    }

    /// Whether the output folder holds a complete site this session published (or, before the
    /// first publish, was left as it was).
    pub fn output_intact(&self) -> bool {
        !self.output_damaged
    }

    /// After a failed write or removal: some pages may be new and others old, and only a whole
    /// publish repairs that, so the next good rebuild publishes whole.
    fn damaged(&mut self, d: Diagnostic) -> Vec<Diagnostic> {
        self.output_damaged = true;
        self.published = false;
        self.pending.all = true;
        vec![d]
    }

    /// Renders what the pending work needs and writes what changed.
    pub(super) fn render_and_write(&mut self) -> Result<(usize, usize, usize), Vec<Diagnostic>> {
        // The output folder went away (deleted, or replaced by someone's files) since the last
        // write: writing changed pages alone would leave a fraction of a site, so publish whole.
        if self.published && !self.opts.out.join(MARKER).is_file() {
            self.published = false;
            self.pending.all = true;
        }
        let (Ok(settings), Ok(model), Some(cats), Ok(templates)) = (
            &self.settings,
            &self.model,
            &self.catalogues,
            &self.templates,
        ) else {
            return Err(vec![Diagnostic::error(
                "watch::internal",
                "the site is incomplete although no error was found",
            )]);
        };
        let options = RenderOptions {
            drafts: self.opts.drafts,
        };
        let full = self.pending.all || !self.published;
        let mut gone: Vec<Job> = Vec::new();
        let mut model_changes = Vec::new();
        let mut which = Vec::new();
        if full {
            // Fragments may depend on anything a full render follows (templates, settings).
            self.memo.clear();
        } else {
            let deps = std::mem::take(&mut self.pending.deps);
            let mut model_jobs = Vec::new();
            if self.pending.model {
                let jobs = plan_jobs(model, settings, &self.input, templates);
                if jobs != self.pages.jobs {
                    let (removed, added) = self.pages.replan(jobs);
                    gone = removed;
                    model_jobs = added;
                    // Should this render fail, the next attempt cannot tell which outputs went.
                    self.pending.all = true;
                }
                let delta = self.pending.delta.as_ref();
                let (changes, jobs) = self.pages.model_changes(model, delta);
                model_changes = changes;
                model_jobs.extend(jobs);
            }
            which = self
                .pages
                .affected(&deps)
                .unwrap_or_else(|| self.pages.all());
            which.extend(model_jobs);
            let stale = self
                .memo
                .invalidate(&deps, model_changes.iter().map(|(r, _)| r));
            which.extend(self.pages.using(&stale));
            self.pending.deps = deps;
            let assets = &self.pending.assets;
            if !assets.is_empty() {
                which.extend(
                    self.pages
                        .find(|j| matches!(j, Job::Asset { rel } if assets.contains(rel))),
                );
            }
            if self.pending.status_pages {
                which.extend(self.pages.find(|j| {
                    matches!(
                        j,
                        Job::Page {
                            kind: PageKind::TranslationStatus,
                            ..
                        }
                    )
                }));
            }
            which.sort_unstable();
            which.dedup();
        }
        let (env, global) = deps::record(|| {
            RenderEnv::new(
                settings,
                model,
                cats.clone(),
                templates,
                &self.input,
                options,
            )
            .with_memo(&self.memo)
        });
        if full {
            self.pages
                .reset(plan_jobs(model, settings, &self.input, templates), global);
            which = self.pages.all();
        }
        let total = which.len();
        let publishing = !self.published;
        if publishing {
            (self.progress)(Progress::Rendering { total });
        }
        let done = AtomicUsize::new(0);
        let progress = &self.progress;
        let rendered = pages::render(&env, &self.pages.jobs, &which, &|| {
            if publishing {
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress(Progress::Written { done, total });
            }
        });
        drop(env);
        let rendered = match rendered {
            Ok(r) => r,
            Err(e) => {
                // Fragments computed for pages that failed are indexed nowhere: start afresh.
                self.memo.clear();
                self.pending.all = true;
                return Err(e);
            }
        };
        self.pages.commit_model(model_changes);
        self.pages.note(model, &rendered);
        let fragment_reads = self.memo.settle();
        self.pages.note_reads(model, &fragment_reads);
        let out = self.opts.out.clone();
        let (written, removed) = if self.published {
            let written = self
                .pages
                .write_changed(&out, rendered.iter().map(|r| &r.output))
                .map_err(|d| self.damaged(d))?;
            let keep: HashSet<&str> = rendered.iter().map(|r| r.output.path.as_str()).collect();
            let removed = if full {
                self.pages
                    .remove_others(&out, &keep)
                    .map_err(|d| self.damaged(d))?
            } else {
                let paths: Vec<String> = gone
                    .iter()
                    .filter_map(|j| match j {
                        Job::Page { lang, kind } => Some(Routes::file(lang, kind)),
                        _ => None,
                    })
                    .filter(|p| !keep.contains(p.as_str()))
                    .collect();
                self.pages
                    .remove(&out, &paths)
                    .map_err(|d| self.damaged(d))?
            };
            (written, removed)
        } else {
            (self.progress)(Progress::Publishing);
            let outputs: Vec<Output> = rendered.iter().map(|r| r.output.clone()).collect();
            let report = publish(&out, &self.opts.source, &outputs).map_err(|d| vec![d])?;
            self.output_damaged = false;
            self.pages.manifest = outputs
                .iter()
                .map(|o| (o.path.clone(), digest(&o.bytes)))
                .collect();
            self.published = true;
            (report.files, 0)
        };
        self.pending = Pending::default();
        Ok((rendered.len(), written, removed))
    }
}
