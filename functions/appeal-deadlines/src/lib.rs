//! `appeal-deadlines`: an EventBridge schedule. Its event's `time` is "now":
//! the use case `safety_app::appeal_deadlines::check` finds, through the
//! sparse appeal-window index, the cases due then and starts their consumer
//! recall (or closes the window of one a regulator's order started early).
//! This crate only reads the event and hands it over.

use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use chrono::{DateTime, Utc};
use safety_app::PortError;
use safety_aws::ports::QueueSet;
use safety_aws::{Queue, Store};
use tracing::Instrument;

pub use safety_app::appeal_deadlines::Report;

pub const FUNCTION: &str = "appeal-deadlines";

#[derive(Debug, thiserror::Error)]
pub enum DeadlineError {
    #[error(
        "scheduled event {event_id}: field `time` is missing; it is the time the check runs for"
    )]
    NoTime { event_id: String },
    #[error("scheduled event {event_id}: {source}")]
    Check {
        event_id: String,
        #[source]
        source: PortError,
    },
}

pub struct AppealDeadlines {
    store: Store,
    queues: QueueSet,
}

impl AppealDeadlines {
    pub fn new(store: Store, consumer_notices: Queue) -> AppealDeadlines {
        AppealDeadlines {
            store,
            queues: QueueSet {
                consumer_notices: Some(consumer_notices),
                ..QueueSet::default()
            },
        }
    }

    pub async fn handle_event(
        &self,
        event: EventBridgeEvent<serde_json::Value>,
    ) -> Result<Report, DeadlineError> {
        let event_id = event.id.clone().unwrap_or_default();
        // The schedule's own time is "now": never the wall clock, so a replay
        // of the same event gives the same result.
        let now = event.time.ok_or_else(|| DeadlineError::NoTime {
            event_id: event_id.clone(),
        })?;
        self.check(now)
            .await
            .map_err(|source| DeadlineError::Check { event_id, source })
    }

    /// The check at `now` (the schedule's time).
    pub async fn check(&self, now: DateTime<Utc>) -> Result<Report, PortError> {
        let span = tracing::info_span!("schedule", function = FUNCTION, checked_at = %now);
        safety_app::appeal_deadlines::check(&self.store, &self.queues, now)
            .instrument(span)
            .await
    }
}
