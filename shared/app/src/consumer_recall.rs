//! Starting a case's consumer recall: the case is saved started, still in
//! the due index (due now), with its first pages (one per market) as outbox
//! items in the same transaction (`notices::pages::first_page_effects`);
//! then [`send_first_pages`] queues them, and their sent mark takes the case
//! out of the index, or leaves it due at its window's end (a regulator's
//! order started it early). A crash before they are queued leaves the case
//! due now: the next scheduled check sends them.

use crate::outbox;
use crate::ports::{Mail, Outbox, PortError, Queues};
use chrono::{DateTime, Utc};
use safety_domain::notices::pages::first_page_effects;
use safety_domain::outbox::{BulkTemplate, Email};
use safety_domain::recall::intake::Case;
use safety_domain::recall::Recall;

/// Queues a started case's first pages, each once.
pub async fn send_first_pages(
    store: &impl Outbox,
    queues: &impl Queues,
    case: &Case,
    recall: &Recall,
    now: DateTime<Utc>,
) -> Result<(), PortError> {
    let sorted = outbox::sort(store, first_page_effects(case, recall), now).await?;
    let sent = outbox::send(store, &NoMail, queues, sorted, now).await?;
    if !sent.lost.is_empty() {
        return Err(PortError::new(format!(
            "{} first page(s) of case {} held by another delivery: retried",
            sent.lost.len(),
            case.case_id
        )));
    }
    tracing::info!(case_id = %case.case_id, markets = case.markets.len(), "consumer recall started");
    Ok(())
}

/// Queue messages need no mail: a first page is never an email.
struct NoMail;

use safety_domain::outbox::OutboxKey;

impl Mail for NoMail {
    async fn send(&self, _email: &Email, _key: &OutboxKey) -> Result<String, PortError> {
        Err(PortError::new(
            "a consumer recall's first pages send no email",
        ))
    }

    async fn send_bulk(
        &self,
        _template: &BulkTemplate,
        _entries: &[(String, String, OutboxKey)],
    ) -> Result<Vec<Result<String, String>>, PortError> {
        Err(PortError::new(
            "a consumer recall's first pages send no email",
        ))
    }
}
