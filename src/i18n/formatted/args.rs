//! Texts formatted with arguments, kept per slot for the few argument sets a message meets.
//!
//! Theme messages such as `month-name` or `cadence-periodic` take their arguments from a small
//! set (twelve months, a few rhythms) and are formatted on thousands of pages, each time
//! through Fluent's resolver and the number formatter: at 1,000 entities such texts cost four
//! times as much as all the plain ones. A slot keeps up to [`KEPT`] argument sets with their
//! texts. A message whose arguments vary more (one that names an entity) fills its slot, and
//! at the first miss after that the slot is given up and never searched again: the memory
//! stays a few texts per message that takes arguments (theme and site messages; content
//! messages take none), and such a message costs one map look-up more than before.

use super::Formatted;
use fluent_bundle::types::FluentNumberOptions;
use fluent_bundle::{FluentArgs, FluentValue};
use rustc_hash::FxHashMap;
use std::sync::RwLock;

/// Argument sets kept per slot before it is given up.
const KEPT: usize = 16;

/// An argument value as kept: strings and numbers (by their bits: `-0` and `0` may format
/// differently); other values are not kept.
#[derive(PartialEq)]
enum Arg {
    Text(Box<str>),
    Number(u64, FluentNumberOptions),
}

impl Arg {
    fn of(value: &FluentValue) -> Option<Arg> {
        match value {
            FluentValue::String(s) => Some(Arg::Text((**s).into())),
            FluentValue::Number(n) => Some(Arg::Number(n.value.to_bits(), n.options.clone())),
            _ => None,
        }
    }

    fn is(&self, value: &FluentValue) -> bool {
        match (self, value) {
            (Arg::Text(a), FluentValue::String(s)) => **a == **s,
            (Arg::Number(bits, options), FluentValue::Number(n)) => {
                *bits == n.value.to_bits() && *options == n.options
            }
            _ => false,
        }
    }
}

/// Argument names and values, in the arguments' own order (by name).
type Key = Box<[(Box<str>, Arg)]>;

/// One argument set and its text.
struct Set {
    args: Key,
    text: Formatted,
}

impl Set {
    fn matches(&self, args: &FluentArgs) -> bool {
        let mut given = args.iter();
        self.args
            .iter()
            .all(|(name, arg)| given.next().is_some_and(|(n, v)| n == &**name && arg.is(v)))
            && given.next().is_none()
    }
}

enum Kept {
    Sets(Vec<Set>),
    /// More argument sets than [`KEPT`] met: formatted every time.
    GivenUp,
}

/// The kept texts with arguments of one catalogue, by slot.
#[derive(Default)]
pub(in crate::i18n) struct ArgsCache {
    by_slot: RwLock<FxHashMap<u32, Kept>>,
}

impl ArgsCache {
    /// The text of `slot` with `args`, kept or formatted by `format`.
    pub(in crate::i18n) fn get(
        &self,
        slot: u32,
        args: &FluentArgs,
        format: impl FnOnce() -> Option<Formatted>,
    ) -> Option<Formatted> {
        if let Ok(map) = self.by_slot.read() {
            match map.get(&slot) {
                Some(Kept::GivenUp) => return format(),
                Some(Kept::Sets(sets)) => {
                    if let Some(set) = sets.iter().find(|s| s.matches(args)) {
                        return Some(set.text.clone());
                    }
                }
                None => {}
            }
        }
        let text = format()?;
        let key: Option<Key> = args
            .iter()
            .map(|(name, value)| Some((name.into(), Arg::of(value)?)))
            .collect();
        let (Some(key), Ok(mut map)) = (key, self.by_slot.write()) else {
            return Some(text);
        };
        let kept = map.entry(slot).or_insert_with(|| Kept::Sets(Vec::new()));
        if let Kept::Sets(sets) = kept {
            if sets.iter().any(|s| s.matches(args)) {
                // Another thread kept it meanwhile.
            } else if sets.len() >= KEPT {
                *kept = Kept::GivenUp;
            } else {
                sets.push(Set {
                    args: key,
                    text: text.clone(),
                });
            }
        }
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn keeps_a_few_argument_sets_per_slot_then_gives_up() {
        let cache = ArgsCache::default();
        let runs = Cell::new(0);
        let get = |slot: u32, month: f64, name: &str| {
            let mut args = FluentArgs::new();
            args.set("month", month);
            args.set("name", name.to_string());
            cache
                .get(slot, &args, || {
                    runs.set(runs.get() + 1);
                    Some((format!("{slot}:{month}:{name}"), Vec::new()))
                })
                .map(|(t, _)| t)
        };
        assert_eq!(get(1, 3.0, "a").as_deref(), Some("1:3:a"));
        assert_eq!(get(1, 3.0, "a").as_deref(), Some("1:3:a"));
        assert_eq!(runs.get(), 1, "kept");
        assert_eq!(get(1, 3.0, "b").as_deref(), Some("1:3:b"));
        assert_eq!(get(2, 3.0, "a").as_deref(), Some("2:3:a"));
        assert_eq!(get(1, -0.0, "a").as_deref(), Some("1:-0:a"));
        assert_eq!(get(1, 0.0, "a").as_deref(), Some("1:0:a"), "not -0");
        assert_eq!(runs.get(), 5);
        for i in 0..(KEPT as u32 + 1) {
            get(3, f64::from(i), "x");
        }
        runs.set(0);
        get(3, 0.0, "x");
        assert_eq!(runs.get(), 1, "given up: formatted again");
        get(1, 3.0, "a");
        assert_eq!(runs.get(), 1, "other slots still kept");
        let mut fewer = FluentArgs::new();
        fewer.set("month", 3.0);
        let text = cache.get(1, &fewer, || Some(("fewer".into(), Vec::new())));
        assert_eq!(text.map(|(t, _)| t).as_deref(), Some("fewer"));
    }
}
