//! `appeal-deadlines`: an EventBridge schedule. Finds, through the sparse
//! appeal-window index (never a scan), the cases whose consumer recall is due
//! at the event's `time` — the seller's 7-day window elapsed with no appeal,
//! or a regulator's date reached — and starts their consumer recall.
//!
//! The event's `time` is "now": replaying the same event finds the same
//! cases already started (they left the index), so it changes nothing and
//! sends nothing twice.

use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use chrono::{DateTime, Utc};
use safety_aws::effects::start_consumer_recall;
use safety_aws::{Queue, Store, StoreError};
use safety_domain::recall::lifecycle::{check_window, next_check};
use safety_domain::recall::Recall;
use serde::Serialize;
use std::collections::BTreeMap;

pub const FUNCTION: &str = "appeal-deadlines";

/// What one run did (the function's response, and its log line).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The schedule's time the check ran for.
    pub checked_at: String,
    /// Cases found due in the index.
    pub due: usize,
    /// Cases whose consumer recall this run started.
    pub started: Vec<String>,
    /// Cases whose window this run closed with no appeal, whose consumer
    /// recall a regulator's order had already started (nothing sent again).
    pub closed: Vec<String>,
    /// Cases a concurrent change (an appeal at the last moment) took out first.
    pub skipped: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DeadlineError {
    #[error(
        "scheduled event {event_id}: field `time` is missing; it is the time the check runs for"
    )]
    NoTime { event_id: String },
    #[error("scheduled event {event_id}: {source}")]
    Store {
        event_id: String,
        #[source]
        source: StoreError,
    },
}

pub struct AppealDeadlines {
    store: Store,
    consumer_notices: Queue,
}

impl AppealDeadlines {
    pub fn new(store: Store, consumer_notices: Queue) -> AppealDeadlines {
        AppealDeadlines {
            store,
            consumer_notices,
        }
    }

    pub async fn handle_event(
        &self,
        event: EventBridgeEvent<serde_json::Value>,
    ) -> Result<Report, DeadlineError> {
        let event_id = event.id.clone().unwrap_or_default();
        let st = |source| DeadlineError::Store {
            event_id: event_id.clone(),
            source,
        };
        // The schedule's own time is "now": never the wall clock, so a replay
        // of the same event gives the same result.
        let now = event.time.ok_or_else(|| DeadlineError::NoTime {
            event_id: event_id.clone(),
        })?;
        self.check(now).await.map_err(st)
    }

    /// The check at `now` (the schedule's time).
    pub async fn check(&self, now: DateTime<Utc>) -> Result<Report, StoreError> {
        let mut report = Report {
            checked_at: now.to_rfc3339(),
            ..Report::default()
        };
        let due = self.store.cases_due(now).await?;
        report.due = due.len();
        let mut recalls: BTreeMap<String, Option<Recall>> = BTreeMap::new();
        for listed in due {
            // The index is eventually consistent: act on the stored case.
            let Some(case) = self.store.get_case(&listed.case_id).await? else {
                continue;
            };
            if !recalls.contains_key(&case.recall_id) {
                let r = self.store.get_recall(&case.recall_id).await?;
                recalls.insert(case.recall_id.clone(), r);
            }
            let Some(Some(recall)) = recalls.get(&case.recall_id) else {
                continue;
            };
            let started = match check_window(&case, recall, now) {
                // Stored started but not yet queued (a crash last time): finish it.
                None if case.consumer_recall.is_some() => case,
                None => continue,
                Some(check) => {
                    // Out of the index once closed; until then due at its window's end.
                    let due = if check.starts_consumer_recall {
                        Some(now)
                    } else {
                        next_check(&check.case, recall)
                    };
                    if !self.store.save_case(&check.case, case.state, due).await? {
                        report.skipped.push(case.case_id);
                        continue;
                    }
                    if !check.starts_consumer_recall {
                        // A regulator's order started its consumer recall
                        // early: the window closes, nothing is sent again.
                        report.closed.push(check.case.case_id);
                        continue;
                    }
                    check.case
                }
            };
            start_consumer_recall(&self.store, &self.consumer_notices, &started, recall).await?;
            report.started.push(started.case_id);
        }
        tracing::info!(function = FUNCTION, checked_at = %report.checked_at, due = report.due,
            started = report.started.len(), closed = report.closed.len(), skipped = report.skipped.len(), "appeal windows checked");
        Ok(report)
    }
}
