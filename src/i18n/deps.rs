//! Stage 3 support (i18n → render): records which words a page looked up while it was rendered,
//! so that the watcher can re-render only the pages a changed message reaches.
//!
//! Procedure: [`record`] runs a closure with a thread-local recorder switched on; every lookup
//! in a [`super::LocaleCatalogue`] notes `(language, id)` through [`note`]. Rendering one job is
//! synchronous on one thread, so the recorder sees exactly that page's lookups, including the
//! ones templates make through `t()` and the ones Fluent makes for a fallback language. Outside
//! [`record`] noting costs one thread-local check and records nothing.

use std::cell::{Cell, RefCell};

/// The pseudo-id noted when a page enumerates a language's ids (the glossary lists every term):
/// such a page depends on which ids exist, not only on the text of the ones it formatted.
pub const ANY_ID: &str = "*ids";

/// One dependency: a language code and a message id, term id (`-x`), prose page
/// (`pages/<id>.md`) or [`ANY_ID`].
pub type Dep = (String, String);

thread_local! {
    static RECORDER: RefCell<Option<Vec<Dep>>> = const { RefCell::new(None) };
    /// Whether `RECORDER` is on: a flag without a destructor is read without the checks a
    /// thread-local with one takes, and every text of every page is noted.
    static RECORDING: Cell<bool> = const { Cell::new(false) };
}

/// Notes that the running job looked `id` up in language `lang`.
#[inline]
pub fn note(lang: &str, id: &str) {
    if !RECORDING.with(Cell::get) {
        return;
    }
    RECORDER.with(|r| {
        if let Some(v) = r.borrow_mut().as_mut() {
            v.push((lang.to_string(), id.to_string()));
        }
    });
}

/// Runs `f` and returns what it looked up, sorted and without repeats.
pub fn record<R>(f: impl FnOnce() -> R) -> (R, Vec<Dep>) {
    // Save and restore an outer recorder, so nested use (a work-stealing thread running
    // another job while this one waits) never mixes two pages' lookups.
    let outer = RECORDER.with(|r| r.replace(Some(Vec::new())));
    RECORDING.with(|r| r.set(true));
    let out = f();
    RECORDING.with(|r| r.set(outer.is_some()));
    let mut deps = RECORDER.with(|r| r.replace(outer)).unwrap_or_default();
    deps.sort_unstable();
    deps.dedup();
    (out, deps)
}

/// The key of a prose page among the dependencies.
pub fn prose_key(page: &str) -> String {
    format!("pages/{page}.md")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_inside_and_nests() {
        note("nb", "outside");
        let ((), outer) = record(|| {
            note("nb", "b");
            let ((), inner) = record(|| note("es", "x"));
            assert_eq!(inner, vec![("es".to_string(), "x".to_string())]);
            note("nb", "a");
            note("nb", "a");
        });
        assert_eq!(
            outer,
            vec![("nb".into(), "a".into()), ("nb".into(), "b".into())]
        );
    }
}
