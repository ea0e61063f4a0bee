//! `email-events`: each message is SES's bounce or complaint event (a
//! configuration set -> SNS -> this queue), handed to the use case
//! `safety_app::email_events::handle`, which records it under its recall and
//! suppresses the addresses that must not be emailed again, with the
//! message's marker, in one transaction. This crate only wires the store to it.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::email_events;
use safety_aws::Store;
use safety_runtime::{process_batch, Record};

pub use safety_app::email_events::{EmailEventsError, Outcome, FUNCTION};

pub struct EmailEvents {
    store: Store,
}

impl EmailEvents {
    pub fn new(store: Store) -> EmailEvents {
        EmailEvents { store }
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, EmailEventsError> {
        email_events::handle(
            &self.store,
            &record.body,
            &record.sqs_message_id,
            Utc::now(),
        )
        .await
    }
}
