//! The incremental engine's page table: every job of the site, what each page looked up (words,
//! as a reverse index from `(language, id)` to pages; model reads, as a reverse index from each
//! [`ModelRead`] to pages, with the fingerprint of its answer in the model the output was rendered
//! from), and a hash of every file on disk, so that a rebuild renders only affected pages and
//! writes only files whose bytes changed.

use crate::diagnostics::Diagnostic;
use crate::i18n::deps::{self, Dep};
use crate::model::reads::{self, Fingerprints, ModelDelta, ModelRead};
use crate::model::Governance;
use crate::render::memo::{self, Key};
use crate::render::{Job, Output, RenderEnv};
use crate::write::{remove_output, write_atomic};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::path::Path;

/// One rendered job with what it looked up.
pub struct Rendered {
    /// Index into [`Pages::jobs`].
    pub job: u32,
    /// The file.
    pub output: Output,
    /// Its lookups.
    pub deps: Vec<Dep>,
    /// What it read from the model.
    pub reads: Vec<ModelRead>,
    /// The kept fragments it used ([`crate::render::memo`]).
    pub fragments: Vec<Key>,
}

impl Rendered {
    /// A digest of what the job looked up, read and used ([`Pages::note`]).
    fn digest(&self) -> u64 {
        use std::hash::Hasher;
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        self.deps.hash(&mut h);
        self.reads.hash(&mut h);
        self.fragments.hash(&mut h);
        h.finish()
    }
}

/// Jobs, their dependencies and the files on disk.
#[derive(Default)]
pub struct Pages {
    /// Every job of the current plan.
    pub jobs: Vec<Job>,
    /// `(language, id)` → jobs that looked it up. Entries are only added between full renders,
    /// so a page may be listed for a word it no longer uses: that costs a re-render, never a miss.
    by_dep: HashMap<Dep, Vec<u32>>,
    /// Words looked up while the renderer was set up (language names): every page shows them.
    global: HashSet<Dep>,
    /// Model read → jobs that made it (like `by_dep`, only ever widened between full renders).
    by_read: HashMap<ModelRead, Vec<u32>>,
    /// Model read → fingerprint of its answer in the model the output was rendered from.
    fingerprints: HashMap<ModelRead, u64>,
    /// Kept fragment → jobs that used it (like `by_dep`).
    by_fragment: HashMap<Key, Vec<u32>>,
    /// Job → a digest of the lookups, reads and fragments it was last noted with: a list page
    /// that renders again after an edit usually makes the very same 10,000 of them, and
    /// skipping those saves indexing them again (13 ms of a role's name edit at 10,000).
    noted: HashMap<u32, u64>,
    /// Output path → hash of the bytes on disk.
    pub manifest: HashMap<String, u64>,
}

/// A 64-bit hash of a file's bytes, to tell whether it changed: XXH3, since the whole-language
/// files of a large site (6 MB of texts) are hashed on every save, and SipHash took 4 % of a
/// message edit.
pub fn digest(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// Outputs at least this big are written after the others ([`Pages::write_changed`]).
const BIG_FILE: usize = 256 * 1024;

/// Lists `job` under `key`, cloning the key only when it is new (a page of 10,000 entries
/// lists the same keys after every edit).
fn list_under<K: Hash + Eq + Clone>(map: &mut HashMap<K, Vec<u32>>, key: &K, job: u32) {
    match map.get_mut(key) {
        Some(list) => {
            if list.last() != Some(&job) {
                list.push(job);
            }
        }
        None => {
            map.insert(key.clone(), vec![job]);
        }
    }
}

/// Renders the given jobs in parallel, recording each one's lookups; all errors are collected.
/// `rendered` is called once per job as it is done (from rendering threads).
pub fn render(
    env: &RenderEnv,
    jobs: &[Job],
    which: &[u32],
    rendered: &(dyn Fn() + Sync),
) -> Result<Vec<Rendered>, Vec<Diagnostic>> {
    type Result1 = (
        u32,
        Result<Output, Diagnostic>,
        Vec<Dep>,
        Vec<ModelRead>,
        Vec<Key>,
    );
    let results: Vec<Result1> = which
        .par_iter()
        .map(|&j| {
            let (((r, deps), reads), fragments) =
                memo::record(|| reads::record(|| deps::record(|| env.render(&jobs[j as usize]))));
            rendered();
            (j, r, deps, reads, fragments)
        })
        .collect();
    let mut ok = Vec::with_capacity(results.len());
    let mut errors: Vec<Diagnostic> = Vec::new();
    for (job, r, deps, reads, fragments) in results {
        match r {
            Ok(output) => ok.push(Rendered {
                job,
                output,
                deps,
                reads,
                fragments,
            }),
            Err(d) => {
                if !errors
                    .iter()
                    .any(|e| e.message == d.message && e.location == d.location)
                {
                    errors.push(d);
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(ok)
    } else {
        Err(errors)
    }
}

impl Pages {
    /// Starts over with a new plan; `global` are the lookups made while setting the renderer up.
    pub fn reset(&mut self, jobs: Vec<Job>, global: Vec<Dep>) {
        self.jobs = jobs;
        self.by_dep.clear();
        self.by_read.clear();
        self.by_fragment.clear();
        self.fingerprints.clear();
        self.noted.clear();
        self.global = global.into_iter().collect();
    }

    /// Switches to a new plan that shares most jobs with the current one (entities added or
    /// removed), keeping what every remaining page looked up. Returns the jobs that are gone and
    /// the indices of the new ones.
    pub fn replan(&mut self, jobs: Vec<Job>) -> (Vec<Job>, Vec<u32>) {
        let index: HashMap<&Job, u32> = jobs
            .iter()
            .enumerate()
            .map(|(i, j)| (j, i as u32))
            .collect();
        let remap: Vec<Option<u32>> = self.jobs.iter().map(|j| index.get(j).copied()).collect();
        drop(index);
        let removed: Vec<Job> = self
            .jobs
            .iter()
            .zip(&remap)
            .filter(|(_, r)| r.is_none())
            .map(|(j, _)| j.clone())
            .collect();
        let mut kept = vec![false; jobs.len()];
        for &n in remap.iter().flatten() {
            kept[n as usize] = true;
        }
        let added: Vec<u32> = (0..jobs.len() as u32)
            .filter(|&i| !kept[i as usize])
            .collect();
        for list in self.by_dep.values_mut() {
            list.retain_mut(|j| match remap[*j as usize] {
                Some(n) => {
                    *j = n;
                    true
                }
                None => false,
            });
        }
        self.by_dep.retain(|_, l| !l.is_empty());
        for list in self.by_read.values_mut() {
            list.retain_mut(|j| match remap[*j as usize] {
                Some(n) => {
                    *j = n;
                    true
                }
                None => false,
            });
        }
        self.by_read.retain(|_, l| !l.is_empty());
        for list in self.by_fragment.values_mut() {
            list.retain_mut(|j| match remap[*j as usize] {
                Some(n) => {
                    *j = n;
                    true
                }
                None => false,
            });
        }
        self.by_fragment.retain(|_, l| !l.is_empty());
        self.noted.clear();
        self.jobs = jobs;
        (removed, added)
    }

    /// Every job index.
    pub fn all(&self) -> Vec<u32> {
        (0..self.jobs.len() as u32).collect()
    }

    /// Remembers what rendered pages looked up and read; `model` is the model they were
    /// rendered from (the fingerprints of reads seen for the first time come from it).
    pub fn note(&mut self, model: &Governance, rendered: &[Rendered]) {
        // The indexes only widen until the next reset or replan, so a job noted before with
        // the same records has every entry already (and every read its fingerprint).
        let digests: Vec<u64> = rendered.par_iter().map(Rendered::digest).collect();
        let rendered: Vec<&Rendered> = rendered
            .iter()
            .zip(digests)
            .filter(|(r, d)| self.noted.insert(r.job, *d) != Some(*d))
            .map(|(r, _)| r)
            .collect();
        for r in &rendered {
            for d in &r.deps {
                list_under(&mut self.by_dep, d, r.job);
            }
            for k in &r.fragments {
                list_under(&mut self.by_fragment, k, r.job);
            }
        }
        let mut fingerprints: Option<Fingerprints> = None;
        for r in &rendered {
            for read in &r.reads {
                list_under(&mut self.by_read, read, r.job);
                if !self.fingerprints.contains_key(read) {
                    let fp = fingerprints.get_or_insert_with(|| Fingerprints::new(model));
                    self.fingerprints.insert(read.clone(), fp.of(read));
                }
            }
        }
    }

    /// Fingerprints the model reads of newly kept fragments that no page made.
    pub fn note_reads(&mut self, model: &Governance, reads: &[ModelRead]) {
        let mut fingerprints: Option<Fingerprints> = None;
        for read in reads {
            if !self.fingerprints.contains_key(read) {
                let fp = fingerprints.get_or_insert_with(|| Fingerprints::new(model));
                self.fingerprints.insert(read.clone(), fp.of(read));
            }
        }
    }

    /// The jobs that used any of the given fragments.
    pub fn using(&self, fragments: &[Key]) -> Vec<u32> {
        fragments
            .iter()
            .filter_map(|k| self.by_fragment.get(k))
            .flatten()
            .copied()
            .collect()
    }

    /// The model reads whose answer differs in `model` from the rendered one, with their new
    /// fingerprints, and the jobs that made them. With the `delta` of an in-place update, only
    /// the reads it may have changed are fingerprinted again.
    pub fn model_changes(
        &self,
        model: &Governance,
        delta: Option<&ModelDelta>,
    ) -> (Vec<(ModelRead, u64)>, Vec<u32>) {
        let fp = Fingerprints::new(model);
        let changed: Vec<(ModelRead, u64)> = self
            .fingerprints
            .par_iter()
            .filter(|(read, _)| delta.is_none_or(|d| d.may_change(read)))
            .filter_map(|(read, &old)| {
                let now = fp.of(read);
                (now != old).then(|| (read.clone(), now))
            })
            .collect();
        let mut jobs: Vec<u32> = changed
            .iter()
            .filter_map(|(read, _)| self.by_read.get(read))
            .flatten()
            .copied()
            .collect();
        jobs.sort_unstable();
        jobs.dedup();
        (changed, jobs)
    }

    /// Takes the new fingerprints once the pages that showed them have been rendered.
    pub fn commit_model(&mut self, changed: Vec<(ModelRead, u64)>) {
        self.fingerprints.extend(changed);
    }

    /// The jobs that looked up any of `changed`; `None` when every page depends on one of them.
    pub fn affected(&self, changed: &HashSet<Dep>) -> Option<Vec<u32>> {
        if changed.iter().any(|d| self.global.contains(d)) {
            return None;
        }
        let mut jobs: Vec<u32> = changed
            .iter()
            .filter_map(|d| self.by_dep.get(d))
            .flatten()
            .copied()
            .collect();
        jobs.sort_unstable();
        jobs.dedup();
        Some(jobs)
    }

    /// The job index of every job equal to one in `wanted`.
    pub fn find(&self, wanted: impl Fn(&Job) -> bool) -> Vec<u32> {
        self.jobs
            .iter()
            .enumerate()
            .filter(|(_, j)| wanted(j))
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// Writes the outputs whose bytes differ from what is on disk; returns how many were written.
    /// Pages go first and the big files after them (a message edit rewrites a language's texts
    /// and search index, 11 MB at 10,000 entities, and replacing a 6 MB file takes 5–10 ms
    /// on ext4): the page the author looks at is on disk that much sooner. Each group is hashed
    /// and written in parallel.
    pub fn write_changed<'a>(
        &mut self,
        out: &Path,
        outputs: impl Iterator<Item = &'a Output>,
    ) -> Result<usize, Diagnostic> {
        let (small, big): (Vec<&Output>, Vec<&Output>) =
            outputs.partition(|o| o.bytes.len() < BIG_FILE);
        let mut written = 0;
        for group in [small, big] {
            let manifest = &self.manifest;
            let done: Vec<(&Output, u64, Result<(), Diagnostic>)> = group
                .par_iter()
                .filter_map(|o| {
                    let h = digest(&o.bytes);
                    (manifest.get(&o.path) != Some(&h))
                        .then(|| (*o, h, write_atomic(out, &o.path, &o.bytes)))
                })
                .collect();
            for (o, h, result) in done {
                result?;
                self.manifest.insert(o.path.clone(), h);
                written += 1;
            }
        }
        Ok(written)
    }

    /// Deletes the given files when govdoc wrote them; returns how many were deleted.
    pub fn remove(&mut self, out: &Path, paths: &[String]) -> Result<usize, Diagnostic> {
        let mut n = 0;
        for p in paths {
            if self.manifest.remove(p).is_some() {
                remove_output(out, p)?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Deletes files on disk that are not in `keep`; returns how many were deleted.
    pub fn remove_others(&mut self, out: &Path, keep: &HashSet<&str>) -> Result<usize, Diagnostic> {
        let stale: Vec<String> = self
            .manifest
            .keys()
            .filter(|p| !keep.contains(p.as_str()))
            .cloned()
            .collect();
        for p in &stale {
            remove_output(out, p)?;
            self.manifest.remove(p);
        }
        Ok(stale.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::routes::PageKind;

    fn dep(l: &str, id: &str) -> Dep {
        (l.into(), id.into())
    }

    fn rendered(job: u32, deps: &[Dep]) -> Rendered {
        Rendered {
            job,
            output: Output {
                path: format!("{job}.html"),
                bytes: b"x"[..].into(),
            },
            deps: deps.to_vec(),
            reads: Vec::new(),
            fragments: Vec::new(),
        }
    }

    #[test]
    fn affected_pages_come_from_recorded_lookups() {
        let mut p = Pages::default();
        let page = |id: &str| Job::Page {
            lang: "nb".into(),
            kind: PageKind::Role(id.into()),
        };
        p.reset(
            vec![page("a"), page("b"), Job::Root],
            vec![dep("nb", "language-name")],
        );
        p.note(
            &Governance::default(),
            &[
                rendered(0, &[dep("nb", "-a"), dep("nb", "nav")]),
                rendered(1, &[dep("nb", "-b"), dep("nb", "-a"), dep("nb", "nav")]),
            ],
        );
        let set = |ds: &[Dep]| ds.iter().cloned().collect::<HashSet<_>>();
        assert_eq!(p.affected(&set(&[dep("nb", "-b")])), Some(vec![1]));
        assert_eq!(p.affected(&set(&[dep("nb", "-a")])), Some(vec![0, 1]));
        assert_eq!(p.affected(&set(&[dep("es", "-a")])), Some(vec![]));
        assert_eq!(p.affected(&set(&[dep("nb", "language-name")])), None);
    }

    #[test]
    fn a_new_plan_keeps_the_lookups_of_remaining_pages() {
        let mut p = Pages::default();
        let page = |id: &str| Job::Page {
            lang: "nb".into(),
            kind: PageKind::Role(id.into()),
        };
        p.reset(vec![page("a"), page("b"), page("c")], Vec::new());
        p.note(
            &Governance::default(),
            &[
                rendered(0, &[dep("nb", "-a")]),
                rendered(1, &[dep("nb", "-x")]),
                rendered(2, &[dep("nb", "-x")]),
            ],
        );
        let (gone, added) = p.replan(vec![page("c"), page("new"), page("a")]);
        assert_eq!(gone, vec![page("b")]);
        assert_eq!(added, vec![1]);
        let set = |ds: &[Dep]| ds.iter().cloned().collect::<HashSet<_>>();
        assert_eq!(p.affected(&set(&[dep("nb", "-a")])), Some(vec![2]));
        assert_eq!(p.affected(&set(&[dep("nb", "-x")])), Some(vec![0]));
    }

    #[test]
    fn a_job_noted_again_with_the_same_records_stays_indexed_after_a_new_plan() {
        let mut p = Pages::default();
        let page = |id: &str| Job::Page {
            lang: "nb".into(),
            kind: PageKind::Role(id.into()),
        };
        let set = |ds: &[Dep]| ds.iter().cloned().collect::<HashSet<_>>();
        p.reset(vec![page("a"), page("b")], Vec::new());
        let model = Governance::default();
        p.note(&model, &[rendered(1, &[dep("nb", "-x")])]);
        p.note(&model, &[rendered(1, &[dep("nb", "-x")])]);
        assert_eq!(p.affected(&set(&[dep("nb", "-x")])), Some(vec![1]));
        // Job 1 is now another page that happens to make the same lookups: it must be indexed.
        let (gone, added) = p.replan(vec![page("a"), page("c")]);
        assert_eq!((gone, added), (vec![page("b")], vec![1]));
        assert_eq!(p.affected(&set(&[dep("nb", "-x")])), Some(vec![]));
        p.note(&model, &[rendered(1, &[dep("nb", "-x")])]);
        assert_eq!(p.affected(&set(&[dep("nb", "-x")])), Some(vec![1]));
    }

    #[test]
    fn only_changed_bytes_are_written() {
        let tmp = tempfile::tempdir().unwrap();
        let mut p = Pages::default();
        let o = |path: &str, b: &str| Output {
            path: path.into(),
            bytes: b.as_bytes().into(),
        };
        assert_eq!(
            p.write_changed(tmp.path(), [o("a.html", "1"), o("b.html", "2")].iter())
                .unwrap(),
            2
        );
        assert_eq!(
            p.write_changed(tmp.path(), [o("a.html", "1"), o("b.html", "3")].iter())
                .unwrap(),
            1
        );
        // Big files are written after the pages, by the same rule.
        let big = "x".repeat(BIG_FILE);
        let both = [o("a.html", "1"), o("big.json", &big)];
        assert_eq!(p.write_changed(tmp.path(), both.iter()).unwrap(), 1);
        assert_eq!(p.write_changed(tmp.path(), both.iter()).unwrap(), 0);
        assert_eq!(
            std::fs::read(tmp.path().join("big.json")).unwrap().len(),
            BIG_FILE
        );
        let keep: HashSet<&str> = ["a.html", "big.json"].into_iter().collect();
        assert_eq!(p.remove_others(tmp.path(), &keep).unwrap(), 1);
        assert!(!tmp.path().join("b.html").exists());
    }
}
