//! Every rule of SPEC.md as plain Rust: no AWS types, no async, no I/O.
//! Time is always a parameter. Functions here return decisions; handlers carry
//! them out.
//!
//! By bounded context, importing downward only: `kernel` and `outbox` (the
//! effects a decision returns) at the ground, then `carrier`, `catalog`,
//! `messages`, `recall`, `ledger`, `notices`, `refunds`; the desk's read
//! side (`desk`) on top.

pub mod carrier;
pub mod catalog;
#[cfg(any(test, feature = "corpus"))]
pub mod corpus;
pub mod decisions;
pub mod delivery;
pub mod desk;
pub mod kernel;
pub mod ledger;
pub mod marketplace;
pub mod messages;
pub mod notices;
pub mod outbox;
pub mod recall;
pub mod refunds;

pub use catalog::{Listing, Money, Order, Seller};
pub use kernel::ids::{fold, Country, Gtin, GtinError};
pub use recall::{
    Category, Channel, ProductIds, Recall, Remedy, RiskLevel, SourceRef, TimingOverride,
};
