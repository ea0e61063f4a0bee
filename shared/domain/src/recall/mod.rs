//! Recalls (SPEC 1.1-1.4): the normalised recall, matching listings against
//! it, what intake decides, and the case's lifecycle after intake.

pub mod case;
pub mod intake;
pub mod lifecycle;
pub mod matching;
pub mod normalised;
pub mod penalty;

pub use normalised::*;
