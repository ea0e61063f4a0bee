//! `recall-intake`: each message is a regulator's record (or the normalised
//! form), handed to the use case `safety_app::recall_intake::handle`, which
//! identifies the listings, writes the cases and notices, sends the notices
//! through the outbox and reassesses the sellers. This crate only wires the
//! adapters to it.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::ports::{Mail, Ports};
use safety_app::recall_intake;
use safety_aws::ports::QueueSet;
use safety_aws::{Bus, Mailer, Queue, Store};
use safety_domain::ledger::Thresholds;
use safety_runtime::{process_batch, Record};

pub use safety_app::recall_intake::{IntakeError, Outcome, FUNCTION};

/// The function's adapters; `M` is SES's mailer in the Lambda (another
/// `Mail` in the tests, e.g. one that fails once).
pub struct RecallIntake<M: Mail = Mailer> {
    store: Store,
    mailer: M,
    /// The consumer-notices queue: a regulator's timing starts consumer recalls at once.
    queues: QueueSet,
    thresholds: Thresholds,
}

impl<M: Mail> RecallIntake<M> {
    pub fn new(store: Store, mailer: M, consumer_notices: Queue) -> RecallIntake<M> {
        RecallIntake {
            store,
            mailer,
            queues: QueueSet {
                consumer_notices: Some(consumer_notices),
                ..QueueSet::default()
            },
            thresholds: Thresholds::default(),
        }
    }

    /// The standing thresholds (SPEC 1.5), when not the defaults.
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> RecallIntake<M> {
        self.thresholds = thresholds;
        self
    }

    /// The marketplace's event bus its decisions' events go to.
    pub fn with_bus(mut self, bus: Option<Bus>) -> RecallIntake<M> {
        self.queues.bus = bus;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, IntakeError> {
        let ports = Ports {
            store: &self.store,
            mail: &self.mailer,
            queues: &self.queues,
        };
        recall_intake::handle(
            &ports,
            &record.body,
            &record.sqs_message_id,
            Utc::now(),
            &self.thresholds,
        )
        .await
    }
}
