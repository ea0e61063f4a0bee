//! The scheduled check (`appeal-deadlines`): through the sparse index of
//! cases waiting on their window (never a scan), the cases due at `now` (the
//! schedule's own time, so a replay gives the same result): a consumer
//! recall to start when the seller's window passed with no appeal or a
//! regulator's date came; a window to close when a regulator's order had
//! started the consumer recall early.

use crate::consumer_recall;
use crate::ports::{Cases, Outbox, PortError, Queues};
use chrono::{DateTime, Utc};
use safety_domain::notices::pages::first_page_effects;
use safety_domain::outbox::Effects;
use safety_domain::recall::lifecycle::{check_window, next_check};
use safety_domain::recall::Recall;
use serde::Serialize;
use std::collections::BTreeMap;

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

/// The check at `now`.
pub async fn check(
    cases: &(impl Cases + Outbox),
    queues: &impl Queues,
    now: DateTime<Utc>,
) -> Result<Report, PortError> {
    let mut report = Report {
        checked_at: now.to_rfc3339(),
        ..Report::default()
    };
    let due = cases.cases_due(now).await?;
    report.due = due.len();
    let mut recalls: BTreeMap<String, Option<Recall>> = BTreeMap::new();
    for listed in due {
        // The index is eventually consistent: act on the stored case.
        let Some(case) = cases.get_case(&listed.case_id).await? else {
            continue;
        };
        if !recalls.contains_key(&case.recall_id) {
            let r = cases.get_recall(&case.recall_id).await?;
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
                // Saved started while still in the index, with its first
                // pages (a crash before they are queued is finished by the
                // next run); a closed window leaves it, or waits for the
                // window's end.
                let (due, effects) = if check.starts_consumer_recall {
                    (Some(now), first_page_effects(&check.case, recall))
                } else {
                    (next_check(&check.case, recall), Effects::default())
                };
                if !cases
                    .save_case(&check.case, case.state, due, &effects)
                    .await?
                {
                    report.skipped.push(case.case_id);
                    continue;
                }
                if !check.starts_consumer_recall {
                    report.closed.push(check.case.case_id);
                    continue;
                }
                check.case
            }
        };
        consumer_recall::send_first_pages(cases, queues, &started, recall, now).await?;
        report.started.push(started.case_id);
    }
    tracing::info!(checked_at = %report.checked_at, due = report.due,
        started = report.started.len(), closed = report.closed.len(),
        skipped = report.skipped.len(), "appeal windows checked");
    Ok(report)
}

#[cfg(test)]
#[path = "appeal_deadlines_test.rs"]
mod tests;
