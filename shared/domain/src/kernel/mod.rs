//! The ground floor: what every context uses and that imports nothing of the
//! domain: identifiers, the contract's bounds, times for people.

pub mod format;
pub mod ids;
pub mod language;
pub mod limits;
pub mod locale;
pub mod money;
pub mod text;
pub mod time;
pub mod zone;
