//! The AWS adapters: DynamoDB (`store`), SES v2 (`mail`), SQS (`queue`),
//! EventBridge (`bus`), HTTP to the feeds (`http`), the clients and a call
//! counter. The only crate that knows AWS types.

pub mod bus;
pub mod clients;
pub mod counting;
pub mod error;
pub mod http;
pub mod mail;
pub mod ports;
pub mod queue;
pub mod store;

pub use bus::{bus_from_env, Bus};
pub use clients::{env_var, https_client, thresholds_from_env, Aws, Clients};
pub use counting::CallCounter;
pub use error::{BoxError, StoreError};
pub use http::HttpClient;
pub use mail::Mailer;
pub use queue::Queue;
pub use store::Store;
