//! Buyer protection (SPEC 2): the rules that decide a request, the request
//! as it arrives and is stored, the buyer's and seller's emails, and the
//! outbox items that carry them.

pub mod effects;
pub mod email;
pub mod request;
pub mod rules;

pub use rules::*;
