//! `catalog-sync`: each message is a catalogue event of the marketplace
//! (a seller, a listing published, edited or removed, an order placed or
//! updated), handed to the use case `safety_app::catalog_sync::handle`, which
//! keeps the catalogue and runs the reverse check of a new or edited listing
//! against the active recalls (blocks, cases, notices through the outbox,
//! the seller's standing). This crate only wires the adapters to it.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::catalog_sync;
use safety_app::ports::{Mail, Ports};
use safety_aws::ports::QueueSet;
use safety_aws::{Bus, Mailer, Queue, Store};
use safety_domain::ledger::Thresholds;
use safety_runtime::{process_batch, Record};

pub use safety_app::catalog_sync::{Outcome, SyncError, FUNCTION};

/// The function's adapters; `M` is SES's mailer in the Lambda (another
/// `Mail` in the tests, e.g. one that fails once).
pub struct CatalogSync<M: Mail = Mailer> {
    store: Store,
    mailer: M,
    /// The consumer-notices queue: a block by the reverse check queues the
    /// order stop of its unshipped orders there.
    queues: QueueSet,
    thresholds: Thresholds,
}

impl<M: Mail> CatalogSync<M> {
    pub fn new(store: Store, mailer: M, consumer_notices: Queue) -> CatalogSync<M> {
        CatalogSync {
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
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> CatalogSync<M> {
        self.thresholds = thresholds;
        self
    }

    /// The marketplace's event bus its decisions' events go to.
    pub fn with_bus(mut self, bus: Option<Bus>) -> CatalogSync<M> {
        self.queues.bus = bus;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, SyncError> {
        let ports = Ports {
            store: &self.store,
            mail: &self.mailer,
            queues: &self.queues,
        };
        catalog_sync::handle(
            &ports,
            &record.body,
            &record.sqs_message_id,
            Utc::now(),
            &self.thresholds,
        )
        .await
    }
}
