//! The AWS adapters: DynamoDB (`store`), SES v2 (`mail`), the clients and a
//! call counter. The only crate that knows AWS types.

pub mod clients;
pub mod counting;
pub mod effects;
pub mod mail;
pub mod queue;
pub mod store;

pub use clients::{env_var, thresholds_from_env, Clients};
pub use counting::CallCounter;
pub use mail::Mailer;
pub use queue::Queue;
pub use store::Store;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("AWS call failed: {0}")]
    Aws(String),
    /// A conditional write found the item already there or newer.
    #[error("conditional write refused: {0}")]
    Conflict(String),
    #[error("could not encode item: {0}")]
    Encode(String),
    #[error("could not decode item: {0}")]
    Decode(String),
    #[error("configuration: {0}")]
    Config(String),
}
