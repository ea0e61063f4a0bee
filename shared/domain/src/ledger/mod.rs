//! The penalty ledger (SPEC 1.5) and the other violations it takes (1.6).

pub mod entries;
pub mod standing;
pub mod violations;

pub use entries::*;
