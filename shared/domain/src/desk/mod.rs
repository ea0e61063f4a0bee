//! The recall desk's read side (SPEC 3): pure read models (state in, view
//! out) and their pages. Nothing here decides; it shows what was decided.
//!
//! - [`page`]: the one HTML engine of the desk's and the public pages (a
//!   base layout, every value escaped, no JavaScript).

pub mod page;
