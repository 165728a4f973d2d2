//! Typed ids, so that a forum id can never be passed where a role id is meant.

use serde::Serialize;
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// Id of a role.
    RoleId
);
id_type!(
    /// Id of a forum.
    ForumId
);
id_type!(
    /// Id of a system category.
    CategoryId
);
id_type!(
    /// Id of a risk.
    RiskId
);
id_type!(
    /// Id of a system.
    SystemId
);

/// Whether a string is a valid id or list key: lower-case ASCII letters, digits and hyphens,
/// starting with a letter (so that Fluent message ids derived from it are valid), and not a
/// name Windows reserves for a device (an id becomes a folder name, and a site checked out on
/// Windows could not hold `con/`).
pub fn is_valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
        && !s.contains("--")
        && !is_windows_device_name(s)
}

fn is_windows_device_name(s: &str) -> bool {
    matches!(s, "con" | "prn" | "aux" | "nul")
        || (s.len() == 4
            && (s.starts_with("com") || s.starts_with("lpt"))
            && s.as_bytes()[3].is_ascii_digit()
            && s.as_bytes()[3] != b'0')
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn ids() {
        assert!(is_valid_id("system-owner"));
        assert!(is_valid_id("a1"));
        assert!(!is_valid_id("System-owner"));
        assert!(!is_valid_id("1a"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("a-"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a_b"));
        for reserved in ["con", "nul", "prn", "aux", "com1", "lpt9"] {
            assert!(!is_valid_id(reserved), "{reserved}");
        }
        assert!(is_valid_id("console") && is_valid_id("com0") && is_valid_id("null"));
    }
}
