//! The end of every rebuild: collect the findings; if there are none, render the pages the
//! rebuild touched and write only the files whose bytes changed (the first build publishes the
//! whole site atomically instead).

use super::*;

impl Session {
    pub(super) fn finish(&mut self, what: String, started: Instant, first: bool) -> Outcome {
        let findings = self.findings();
        if findings.iter().any(Diagnostic::is_error) || self.needs_reload {
            self.failing = true;
            return Outcome::Failed {
                what,
                errors: Diagnostics(findings),
                elapsed: started.elapsed(),
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
                }
            }
        }
    }

    /// Renders what the pending work needs and writes what changed.
    pub(super) fn render_and_write(&mut self) -> Result<(usize, usize, usize), Vec<Diagnostic>> {
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
        let (env, global) = deps::record(|| {
            RenderEnv::new(
                settings,
                model,
                cats.clone(),
                templates,
                &self.input,
                options,
            )
        });
        let diff = match &self.base {
            Some(old) if self.pending.model && !self.pending.all && self.published => {
                Some(entities::diff(old, model))
            }
            _ => None,
        };
        let full = self.pending.all
            || !self.published
            || (self.pending.model && diff.as_ref().is_none_or(|d| d.all));
        let mut gone: Vec<Job> = Vec::new();
        let which = if full {
            self.pages
                .reset(plan_jobs(model, settings, &self.input, templates), global);
            self.pages.all()
        } else {
            let deps = std::mem::take(&mut self.pending.deps);
            let mut model_jobs = Vec::new();
            if let Some(d) = &diff {
                let jobs = plan_jobs(model, settings, &self.input, templates);
                if jobs != self.pages.jobs {
                    let (removed, added) = self.pages.replan(jobs);
                    gone = removed;
                    model_jobs = added;
                    // Should this render fail, the next attempt cannot tell which outputs went.
                    self.pending.all = true;
                }
                // Pages that looked up a changed entity's words; the list pages among them are
                // decided by the rows they show (`d.lists`), exactly.
                let words: HashSet<Dep> = cats
                    .by_lang
                    .keys()
                    .flat_map(|l| d.messages.iter().map(|id| (l.clone(), id.clone())))
                    .collect();
                let lists = |j: &Job| matches!(j, Job::Page { kind, .. } if !matches!(kind, PageKind::Role(_) | PageKind::Forum(_) | PageKind::Page(_)));
                match self.pages.affected(&words) {
                    Some(js) => model_jobs.extend(
                        js.into_iter()
                            .filter(|&j| !lists(&self.pages.jobs[j as usize])),
                    ),
                    None => model_jobs.extend(self.pages.all()),
                }
                model_jobs.extend(self.pages.find(|j| match j {
                    Job::Page { kind, .. } => match kind {
                        PageKind::Role(id) => d.roles.contains(id),
                        PageKind::Forum(id) => d.forums.contains(id),
                        other => d.lists.shows(other),
                    },
                    Job::Root | Job::NotFound | Job::Asset { .. } => false,
                }));
            }
            let mut which = self
                .pages
                .affected(&deps)
                .unwrap_or_else(|| self.pages.all());
            which.extend(model_jobs);
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
            which
        };
        let rendered = pages::render(&env, &self.pages.jobs, &which)?;
        drop(env);
        self.pages.note(&rendered);
        let out = self.opts.out.clone();
        let (written, removed) = if self.published {
            let written = self
                .pages
                .write_changed(&out, rendered.iter().map(|r| &r.output))
                .map_err(|d| vec![d])?;
            let keep: HashSet<&str> = rendered.iter().map(|r| r.output.path.as_str()).collect();
            let removed = if full {
                self.pages.remove_others(&out, &keep).map_err(|d| vec![d])?
            } else {
                let paths: Vec<String> = gone
                    .iter()
                    .filter_map(|j| match j {
                        Job::Page { lang, kind } => Some(Routes::file(lang, kind)),
                        _ => None,
                    })
                    .filter(|p| !keep.contains(p.as_str()))
                    .collect();
                self.pages.remove(&out, &paths).map_err(|d| vec![d])?
            };
            (written, removed)
        } else {
            let outputs: Vec<Output> = rendered.iter().map(|r| r.output.clone()).collect();
            let report = publish(&out, &self.opts.source, &outputs).map_err(|d| vec![d])?;
            self.pages.manifest = outputs
                .iter()
                .map(|o| (o.path.clone(), digest(&o.bytes)))
                .collect();
            self.published = true;
            (report.files, 0)
        };
        self.pending = Pending::default();
        self.base = None;
        self.model_rendered = true;
        Ok((rendered.len(), written, removed))
    }
}
