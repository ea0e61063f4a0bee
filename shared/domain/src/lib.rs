//! Every rule of SPEC.md as plain Rust: no AWS types, no async, no I/O.
//! Time is always a parameter. Functions here return decisions; handlers carry
//! them out.

pub mod carrier;
pub mod catalog;
pub mod consumer;
#[cfg(any(test, feature = "corpus"))]
pub mod corpus;
pub mod ids;
pub mod limits;
pub mod matching;
pub mod messages;
pub mod recall;
pub mod refund_email;
pub mod refund_request;
pub mod refunds;
pub mod reminder;
pub mod time;
pub mod violations;

pub use catalog::{Listing, Money, Order, Seller};
pub use ids::{fold, Country, Gtin, GtinError};
pub use recall::{
    Category, Channel, ProductIds, Recall, Remedy, RiskLevel, SourceRef, TimingOverride,
};
pub mod email;
pub mod intake;
pub mod ledger;
pub mod ledger_email;
pub mod lifecycle;
