//! Fragments of pages kept between rebuilds, so that a page of 10,000 entries re-renders only
//! the entries an edit touched.
//!
//! A view asks for a fragment by a key that, with the words and model reads recorded while it
//! was computed, determines its value (`search-json/nb/role/system-owner`). The first time, the
//! fragment is computed under its own recorders ([`crate::i18n::deps`], [`crate::model::reads`])
//! and kept with what it looked up; the page records only that it used the key ([`record`]).
//! After an edit the watch engine asks which fragments met a changed word or model read
//! ([`Memo::invalidate`]), drops them, and re-renders the pages that used them, which compute
//! them again. A plain `govdoc build` has no memo and computes every fragment in place.
//!
//! Fragments nest: a fragment used while another is computed is kept on its own, and the outer
//! one records that it used it, so dropping the inner one drops the outer one too. A page of
//! 10,000 entries can then use a hundred blocks of a hundred entries: an edit recomputes one
//! entry and one block, and the page puts together a hundred pieces, not 10,000.
//!
//! The memo knows no view and no content kind: keys are opaque strings chosen by the views.
//!
//! A plain build has no memo but may still share a value between the jobs of that one build
//! ([`Shared`]): the home page shows the same role and forum tables as the roles and forums
//! pages, and rendering them once per language saved 2.5 % of a build's instructions.

use crate::i18n::deps::{self, Dep};
use crate::model::reads::{self, ModelRead};
use rustc_hash::FxHashMap;
use std::any::Any;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

/// The key of a fragment.
pub type Key = Arc<str>;

struct Fragment {
    value: Arc<dyn Any + Send + Sync>,
    deps: Vec<Dep>,
    reads: Vec<ModelRead>,
    /// The fragments it used while it was computed.
    inner: Vec<Key>,
}

/// The fragments of the current site, with reverse indexes from what they looked up.
#[derive(Default)]
pub struct Memo {
    fragments: RwLock<HashMap<Key, Fragment>>,
    /// Computed since [`Memo::settle`] last indexed them.
    fresh: Mutex<Vec<Key>>,
    by_dep: HashMap<Dep, Vec<Key>>,
    by_read: HashMap<ModelRead, Vec<Key>>,
    /// Inner fragment → the fragments that used it.
    by_inner: HashMap<Key, Vec<Key>>,
}

thread_local! {
    /// The fragments used by what is being recorded: a page, or the fragment being computed.
    static USED: RefCell<Option<Vec<Key>>> = const { RefCell::new(None) };
}

/// Runs `f` and returns the fragment keys it used, sorted and without repeats.
pub fn record<R>(f: impl FnOnce() -> R) -> (R, Vec<Key>) {
    let outer = USED.with(|u| u.replace(Some(Vec::new())));
    let out = f();
    let mut keys = USED.with(|u| u.replace(outer)).unwrap_or_default();
    keys.sort_unstable();
    keys.dedup();
    (out, keys)
}

/// A fragment from `memo`, computed by `f` when it is not kept (or when there is no memo).
pub fn fragment<T: Any + Send + Sync>(
    memo: Option<&Memo>,
    key: impl FnOnce() -> String,
    f: impl FnOnce() -> T,
) -> Arc<T> {
    let Some(memo) = memo else {
        return Arc::new(f());
    };
    let key: Key = key().into();
    USED.with(|u| {
        if let Some(v) = u.borrow_mut().as_mut() {
            v.push(key.clone());
        }
    });
    let kept = memo
        .fragments
        .read()
        .ok()
        .and_then(|m| m.get(&key).map(|fr| fr.value.clone()));
    if let Some(value) = kept.and_then(|v| v.downcast::<T>().ok()) {
        return value;
    }
    let (((value, deps), reads), inner) = record(|| reads::record(|| deps::record(f)));
    let value = Arc::new(value);
    if let Ok(mut m) = memo.fragments.write() {
        m.insert(
            key.clone(),
            Fragment {
                value: value.clone(),
                deps,
                reads,
                inner,
            },
        );
    }
    if let Ok(mut fresh) = memo.fresh.lock() {
        fresh.push(key);
    }
    value
}

/// Values computed once and used by several jobs of one plain build (no memo, no drafts: no
/// recorder watches the jobs, so a job need not look up itself what another job computed).
/// Each is let go after its last expected use; never used under `--watch`, where [`Memo`]
/// keeps such values.
pub struct Shared<T> {
    /// Per key, the value (once computed) and how many uses are still expected.
    values: Mutex<FxHashMap<String, (Slot<T>, usize)>>,
}

/// A shared value, empty until the first job that asks has computed it.
type Slot<T> = Arc<OnceLock<Arc<T>>>;

impl<T> Default for Shared<T> {
    fn default() -> Self {
        Shared {
            values: Mutex::default(),
        }
    }
}

impl<T> Shared<T> {
    /// The value of `key`, computed by `f` in the first job that asks; a job that asks while
    /// another computes it waits for it. After `uses` asks the map lets it go (a further ask
    /// computes it again), so the build does not hold every shared value to its end.
    pub fn get(&self, key: String, uses: usize, f: impl FnOnce() -> T) -> Arc<T> {
        let cell = {
            let mut values = self.values.lock().unwrap_or_else(|e| e.into_inner());
            let (cell, left) = values
                .entry(key.clone())
                .or_insert_with(|| (Arc::default(), uses));
            let cell = cell.clone();
            *left = left.saturating_sub(1);
            if *left == 0 {
                values.remove(&key);
            }
            cell
        };
        cell.get_or_init(|| Arc::new(f())).clone()
    }
}

impl Memo {
    /// Forgets every fragment (after a full render's inputs changed, or a failed render).
    pub fn clear(&mut self) {
        *self = Memo::default();
    }

    /// Indexes the fragments computed since the last call; returns the model reads they made,
    /// so the engine can fingerprint the ones it has not seen.
    pub fn settle(&mut self) -> Vec<ModelRead> {
        let fresh = std::mem::take(self.fresh.get_mut().unwrap_or_else(|e| e.into_inner()));
        let fragments = self.fragments.get_mut().unwrap_or_else(|e| e.into_inner());
        let mut reads = Vec::new();
        for key in fresh {
            let Some(fr) = fragments.get(&key) else {
                continue;
            };
            for d in &fr.deps {
                self.by_dep.entry(d.clone()).or_default().push(key.clone());
            }
            for r in &fr.reads {
                self.by_read.entry(r.clone()).or_default().push(key.clone());
                reads.push(r.clone());
            }
            for i in &fr.inner {
                self.by_inner
                    .entry(i.clone())
                    .or_default()
                    .push(key.clone());
            }
        }
        reads.sort_unstable();
        reads.dedup();
        reads
    }

    /// Drops every fragment that looked up one of `words` or made one of `model_reads`, and
    /// every fragment that used a dropped one; returns their keys (the pages that used them
    /// must be rendered again).
    pub fn invalidate<'a>(
        &mut self,
        words: &HashSet<Dep>,
        model_reads: impl IntoIterator<Item = &'a ModelRead>,
    ) -> Vec<Key> {
        let mut gone: Vec<Key> = words
            .iter()
            .filter_map(|d| self.by_dep.remove(d))
            .flatten()
            .collect();
        gone.extend(
            model_reads
                .into_iter()
                .filter_map(|r| self.by_read.remove(r))
                .flatten(),
        );
        let mut todo = gone.clone();
        while let Some(k) = todo.pop() {
            if let Some(outer) = self.by_inner.remove(&k) {
                todo.extend(outer.iter().cloned());
                gone.extend(outer);
            }
        }
        gone.sort_unstable();
        gone.dedup();
        let fragments = self.fragments.get_mut().unwrap_or_else(|e| e.into_inner());
        for k in &gone {
            fragments.remove(k);
        }
        gone
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_kept_fragment_is_not_computed_again_until_what_it_looked_up_changes() {
        let mut memo = Memo::default();
        let runs = Cell::new(0);
        let get = |memo: &Memo| {
            fragment(
                Some(memo),
                || "k".to_string(),
                || {
                    runs.set(runs.get() + 1);
                    deps::note("nb", "a");
                    7
                },
            )
        };
        let (v, used) = record(|| get(&memo));
        assert_eq!((*v, used.len(), runs.get()), (7, 1, 1));
        memo.settle();
        get(&memo);
        assert_eq!(runs.get(), 1, "kept");
        let other: HashSet<Dep> = [("nb".to_string(), "b".to_string())].into();
        assert!(memo.invalidate(&other, []).is_empty());
        let changed: HashSet<Dep> = [("nb".to_string(), "a".to_string())].into();
        assert_eq!(memo.invalidate(&changed, []).len(), 1);
        get(&memo);
        assert_eq!(runs.get(), 2, "computed again");
        // Without a memo, always computed, and nothing is recorded.
        let (_, used) = record(|| fragment(None, || "k".into(), || 1));
        assert!(used.is_empty());
    }

    #[test]
    fn a_shared_value_is_computed_once_for_every_job_that_asks() {
        let shared: Shared<usize> = Shared::default();
        let runs = std::sync::atomic::AtomicUsize::new(0);
        let make = || runs.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 10;
        let values: Vec<usize> = std::thread::scope(|s| {
            let jobs: Vec<_> = (0..4)
                .map(|_| s.spawn(|| *shared.get("nb/role".into(), 4, make)))
                .collect();
            jobs.into_iter().filter_map(|j| j.join().ok()).collect()
        });
        assert_eq!(values, vec![10; 4]);
        assert_eq!(*shared.get("es/role".into(), 2, make), 11, "another key");
        assert_eq!(runs.load(std::sync::atomic::Ordering::Relaxed), 2);
        assert!(
            shared.values.lock().is_ok_and(|v| v.len() == 1),
            "let go after its uses"
        );
        assert_eq!(*shared.get("nb/role".into(), 4, make), 12, "computed again");
    }

    #[test]
    fn dropping_an_inner_fragment_drops_the_outer_ones_that_used_it() {
        let mut memo = Memo::default();
        let runs = RefCell::new(Vec::new());
        let inner = |memo: &Memo, id: &'static str| {
            fragment(
                Some(memo),
                || format!("entry/{id}"),
                || {
                    runs.borrow_mut().push(id);
                    deps::note("nb", id);
                    id.len()
                },
            )
        };
        let outer = |memo: &Memo| {
            fragment(
                Some(memo),
                || "block".to_string(),
                || {
                    runs.borrow_mut().push("block");
                    *inner(memo, "a") + *inner(memo, "bb")
                },
            )
        };
        let (v, used) = record(|| outer(&memo));
        assert_eq!(*v, 3);
        assert_eq!(
            used,
            vec![Key::from("block")],
            "the page records the outer key only"
        );
        memo.settle();
        let changed: HashSet<Dep> = [("nb".to_string(), "bb".to_string())].into();
        let mut gone = memo.invalidate(&changed, []);
        gone.sort();
        assert_eq!(gone, vec![Key::from("block"), Key::from("entry/bb")]);
        runs.borrow_mut().clear();
        assert_eq!(*outer(&memo), 3);
        assert_eq!(
            *runs.borrow(),
            vec!["block", "bb"],
            "the unchanged entry is kept"
        );
        memo.settle();
        let changed: HashSet<Dep> = [("nb".to_string(), "a".to_string())].into();
        assert_eq!(
            memo.invalidate(&changed, []).len(),
            2,
            "edges survive a recompute"
        );
    }
}
