//! `violations`: each message is a violation the desk reports (SPEC 1.6),
//! handed to the use case `safety_app::violations::handle`, which books it
//! on the seller's ledger with its sanction through the domain, writes the
//! report, its entry, its measures and its outbox items (the seller's
//! email, the compliance reminder's first page) in one transaction, sends
//! them and reassesses the standing. This crate only wires the adapters to it.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::ports::Mail;
use safety_app::violations::{self, Ports};
use safety_aws::ports::QueueSet;
use safety_aws::{Bus, Mailer, Queue, Store};
use safety_domain::ledger::Thresholds;
use safety_runtime::{process_batch, Record};

pub use safety_app::violations::{Outcome, ViolationError, FUNCTION};

pub struct Violations<M: Mail = Mailer> {
    store: Store,
    mailer: M,
    /// The consumer-notices queue: a compliance reminder's pages.
    queues: QueueSet,
    thresholds: Thresholds,
}

impl<M: Mail> Violations<M> {
    pub fn new(store: Store, mailer: M, consumer_notices: Queue) -> Violations<M> {
        Violations {
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
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> Violations<M> {
        self.thresholds = thresholds;
        self
    }

    /// The marketplace's event bus its decisions' events go to.
    pub fn with_bus(mut self, bus: Option<Bus>) -> Violations<M> {
        self.queues.bus = bus;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, ViolationError> {
        let ports = Ports {
            store: &self.store,
            mail: &self.mailer,
            queues: &self.queues,
        };
        violations::handle(
            &ports,
            &record.body,
            &record.sqs_message_id,
            Utc::now(),
            &self.thresholds,
        )
        .await
    }
}
