//! The ports: one trait per capability a use case needs. Futures are `Send`
//! so a use case runs inside any Lambda handler.

use chrono::{DateTime, Utc};
use safety_domain::messages::ConsumerRecallPage;
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::Recall;
use std::future::Future;

/// A port's failure, carrying the adapter's own error as its cause.
#[derive(Debug, thiserror::Error)]
#[error("{what}")]
pub struct PortError {
    /// What failed, in words (no personal value).
    pub what: String,
    #[source]
    pub source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl PortError {
    pub fn new(what: impl Into<String>) -> PortError {
        PortError {
            what: what.into(),
            source: None,
        }
    }

    /// Wraps an adapter's error, keeping it as the cause.
    pub fn from_source<E: std::error::Error + Send + Sync + 'static>(e: E) -> PortError {
        PortError {
            what: e.to_string(),
            source: Some(Box::new(e)),
        }
    }
}

/// Cases and the recalls they belong to.
pub trait Cases: Sync {
    /// The cases whose next check is due at `now`, from the sparse index of
    /// cases waiting on their window (eventually consistent: re-read them).
    fn cases_due(
        &self,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Vec<Case>, PortError>> + Send;

    fn get_case(
        &self,
        case_id: &str,
    ) -> impl Future<Output = Result<Option<Case>, PortError>> + Send;

    fn get_recall(
        &self,
        recall_id: &str,
    ) -> impl Future<Output = Result<Option<Recall>, PortError>> + Send;

    /// Writes the case over its version in `expected` state (false when
    /// another writer changed the state first); `due` keeps it in the index
    /// of cases waiting on their window, at that time, or takes it out.
    fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
    ) -> impl Future<Output = Result<bool, PortError>> + Send;
}

/// The consumer-notices queue: pages of a consumer recall to process.
pub trait Pages: Sync {
    /// Queues the pages (each carries a stable message id, so a page queued
    /// twice is one page for its consumer).
    fn queue_pages(
        &self,
        pages: &[ConsumerRecallPage],
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}
