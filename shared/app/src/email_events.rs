//! `email-events`: SES's bounce and complaint events (a configuration set ->
//! SNS -> this queue). Each message is read by the domain
//! ([`safety_domain::delivery::decide`]) and its decision written with the
//! message's marker in one transaction: the notes under their recall (the
//! desk's recall page shows them), the recipients never emailed again (the
//! outbox skips them, [`crate::outbox`]). A message delivered twice is
//! recorded once.

use crate::ports::{Deliveries, Idempotency, PortError};
use chrono::{DateTime, Utc};
use safety_domain::delivery::decide;
use safety_domain::messages::MessageError;

pub const FUNCTION: &str = "email-events";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Notes recorded, recipients suppressed.
    Recorded { notes: usize, suppressed: usize },
    /// An event of another type (a delivery, an open): nothing to record.
    Nothing,
    /// This message was recorded already.
    Duplicate,
}

#[derive(Debug, thiserror::Error)]
pub enum EmailEventsError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("message {message_id}: {source}")]
    Port {
        message_id: String,
        #[source]
        source: PortError,
    },
}

/// Handles one message of the `email-events` queue at `now`.
pub async fn handle(
    store: &(impl Idempotency + Deliveries),
    body: &str,
    message_id: &str,
    now: DateTime<Utc>,
) -> Result<Outcome, EmailEventsError> {
    let port = |source| EmailEventsError::Port {
        message_id: message_id.to_string(),
        source,
    };
    if store.done(FUNCTION, message_id).await.map_err(port)? {
        return Ok(Outcome::Duplicate);
    }
    let decision = decide(body, message_id)?;
    if decision.notes.is_empty() {
        store
            .mark_done(FUNCTION, message_id, now)
            .await
            .map_err(port)?;
        return Ok(Outcome::Nothing);
    }
    match store
        .record_delivery(&decision, FUNCTION, message_id, now)
        .await
    {
        Ok(()) => {
            for note in &decision.notes {
                let name = match note.outcome {
                    safety_domain::delivery::Outcome::Complaint => "emails_complained",
                    _ => "emails_bounced",
                };
                metrics::counter!(name, "outcome" => note.outcome.as_str()).increment(1);
            }
            Ok(Outcome::Recorded {
                notes: decision.notes.len(),
                suppressed: decision.suppress.len(),
            })
        }
        // Another delivery of this message recorded it between our read and
        // our write.
        Err(e) if e.conflict => Ok(Outcome::Duplicate),
        Err(e) => Err(port(e)),
    }
}

#[cfg(test)]
#[path = "email_events_test.rs"]
mod tests;
