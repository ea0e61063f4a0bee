//! What people read: the seller's recall notice and case updates (with the
//! one rendering engine), the consumer notice, compliance reminders and the
//! ledger's emails.

pub mod cancellation;
pub mod consumer;
pub mod ledger_email;
pub mod pages;
pub mod reminder;
pub mod render;
pub mod seller;
pub mod texts;

pub use render::{Email, RenderError};
