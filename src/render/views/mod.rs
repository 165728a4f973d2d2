//! Template-facing views: plain serializable structs with every word already in the page's
//! language. Templates see these, never the model, so the template contract is this folder.

pub mod calendar;
pub mod common;
pub mod cycle;
pub mod forum;
pub mod lead;
pub mod map;
mod map_svg;
pub mod matrix;
pub mod meetings;
pub mod overview;
pub mod risk_matrix;
pub mod role;
pub mod rows;
pub mod svg_text;
pub mod system;

pub use common::{capitalize, Link, ListItem, Words};
