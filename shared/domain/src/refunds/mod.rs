//! Buyer protection (SPEC 2): the rules that decide a request, the request
//! as it arrives and is stored, and the buyer's and seller's emails.

pub mod email;
pub mod request;
pub mod rules;

pub use rules::*;
