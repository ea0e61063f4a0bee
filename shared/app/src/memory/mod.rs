//! In-memory implementations of the ports, for the use cases' fast tests
//! (the same use cases run against moto in the integration tests). They keep
//! the adapters' contracts: the due index holds what `save_case` put there,
//! a save over a changed state is refused, an outbox item is written once.
//! Each can be told to fail its next call, and [`CrashAfterWrite`] injects a
//! crash after a decision's write.

use crate::ports::PortError;
use chrono::{DateTime, Utc};
use safety_domain::recall::intake::Case;

fn poisoned() -> PortError {
    PortError::new("in-memory port: a lock was poisoned")
}

/// A stored case and its place in the due index (none: not in it).
pub type IndexedCase = (Case, Option<DateTime<Utc>>);

mod state;
mod store;
pub use state::MemoryStore;
pub use store::{Delivered, MemoryMail, MemoryQueues};
mod crash;
pub use crash::{CrashAfterWrite, MailFailingOnce};
mod catalog;
mod desk;
mod feeds;
pub use feeds::MemoryHttp;
mod recalls;
mod refunds;
mod violations;
