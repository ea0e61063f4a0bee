//! `consumer-notices`: each message is a page of a consumer recall or of a
//! compliance reminder, handed to the use case
//! `safety_app::consumer_page::handle`, which plans the page through the
//! domain, writes its decision with its outbox items and sends them. This
//! crate only wires the adapters to it.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::consumer_page::{self, Ports};
use safety_aws::ports::QueueSet;
use safety_aws::{Bus, Mailer, Queue, Store};
use safety_runtime::{process_batch, Record};

pub use safety_app::consumer_page::{Outcome, PageError, FUNCTION, PAGE_SIZE};

pub struct ConsumerNotices {
    store: Store,
    mailer: Mailer,
    /// This function's own queue: the next page goes there.
    queues: QueueSet,
}

impl ConsumerNotices {
    pub fn new(store: Store, mailer: Mailer, pages: Queue) -> ConsumerNotices {
        ConsumerNotices {
            store,
            mailer,
            queues: QueueSet {
                consumer_notices: Some(pages),
                ..QueueSet::default()
            },
        }
    }

    /// The marketplace's event bus the pages' progress goes to.
    pub fn with_bus(mut self, bus: Option<Bus>) -> ConsumerNotices {
        self.queues.bus = bus;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, PageError> {
        let ports = Ports {
            store: &self.store,
            mail: &self.mailer,
            queues: &self.queues,
        };
        consumer_page::handle(&ports, &record.body, &record.sqs_message_id, Utc::now()).await
    }
}
