//! The use cases (ARCHITECTURE: "a use case loads, the domain decides, the
//! use case writes the decision"). Each is a short function generic over the
//! ports it needs ([`ports`]); the AWS adapters implement them in
//! `safety-aws`, the in-memory ones in [`memory`] serve fast tests. No AWS
//! type, no rule: the rules are `safety-domain`'s.
//!
//! Every effect leaves through the outbox ([`outbox`]): written with the
//! decision, sent after it.
//!
//! Migrated so far: the scheduled appeal-window check ([`appeal_deadlines`]),
//! the start of a case's consumer recall ([`consumer_recall`]), which
//! `recall-intake` and `appeals` share, the pages of consumer recalls and
//! compliance reminders ([`consumer_page`]), buyer protection's refund
//! decisions and settlements ([`refunds`]), the violations the desk reports
//! ([`violations`]), a recall's intake ([`recall_intake`]) and the catalogue
//! with its reverse check ([`catalog_sync`]).

pub mod appeal_deadlines;
pub mod appeals;
pub mod catalog_sync;
pub mod consumer_page;
pub mod consumer_recall;
pub mod desk;
pub mod email_events;
pub mod feeds;
pub mod memory;
pub mod notices;
pub mod outbox;
pub mod plans;
pub mod ports;
pub mod recall_intake;
pub mod refunds;
pub mod standings;
pub mod violations;

pub use ports::PortError;
