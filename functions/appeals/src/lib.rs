//! `appeals`: each message is a seller's appeal, a reviewer's decision on
//! one, or the desk's review of a weak match, handed to the use case
//! `safety_app::appeals::handle`. This crate only wires the adapters to it.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::appeals;
use safety_app::ports::Ports;
use safety_aws::ports::QueueSet;
use safety_aws::{Bus, Mailer, Queue, Store};
use safety_domain::ledger::Thresholds;
use safety_runtime::{process_batch, Record};

pub use safety_app::appeals::{AppealsError, Outcome, FUNCTION};

pub struct Appeals {
    store: Store,
    mailer: Mailer,
    /// The consumer-notices queue: a rejected appeal starts the consumer recall.
    queues: QueueSet,
    thresholds: Thresholds,
}

impl Appeals {
    pub fn new(store: Store, mailer: Mailer, consumer_notices: Queue) -> Appeals {
        Appeals {
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
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> Appeals {
        self.thresholds = thresholds;
        self
    }

    /// The marketplace's event bus its decisions' events go to.
    pub fn with_bus(mut self, bus: Option<Bus>) -> Appeals {
        self.queues.bus = bus;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, AppealsError> {
        let ports = Ports {
            store: &self.store,
            mail: &self.mailer,
            queues: &self.queues,
        };
        appeals::handle(
            &ports,
            &record.body,
            &record.sqs_message_id,
            Utc::now(),
            &self.thresholds,
        )
        .await
    }
}
