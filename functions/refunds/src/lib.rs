//! `refunds`: each message is a buyer's `refund_requested` or the
//! warehouse's `return_checked`, handed to the use case
//! `safety_app::refunds::handle`, which decides (or settles) through the
//! domain, writes the decision with its emails as outbox items in one
//! transaction and sends them. This crate only wires the adapters to it and
//! reads the programme's configuration from the environment.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::refunds::{self, Ports};
use safety_aws::ports::QueueSet;
use safety_aws::{Bus, Mailer, Store};
use safety_domain::kernel::ids::Country;
use safety_domain::refunds::{RefundConfig, DEFAULT_PROTECTION_DAYS};
use safety_runtime::{process_batch, Record};

pub use safety_app::refunds::{Outcome, RefundError, FUNCTION};

/// Reads the programme's configuration from the environment:
/// `FREE_RETURN_COUNTRIES` (comma-separated ISO codes; the default list when
/// unset) and `PROTECTION_DAYS` (15 when unset).
pub fn config_from_env() -> Result<RefundConfig, String> {
    let mut config = RefundConfig::default();
    if let Ok(raw) = std::env::var("FREE_RETURN_COUNTRIES") {
        if !raw.trim().is_empty() {
            config.free_return_countries = raw
                .split(',')
                .map(|c| {
                    Country::parse(c.trim())
                        .map_err(|e| format!("FREE_RETURN_COUNTRIES: '{}': {e}", c.trim()))
                })
                .collect::<Result<_, _>>()?;
        }
    }
    if let Ok(raw) = std::env::var("PROTECTION_DAYS") {
        if !raw.trim().is_empty() {
            config.protection_days_after_receipt = raw.trim().parse().map_err(|_| {
                format!(
                    "PROTECTION_DAYS: '{raw}' is not a number of days (default {DEFAULT_PROTECTION_DAYS})"
                )
            })?;
        }
    }
    Ok(config)
}

pub struct Refunds {
    store: Store,
    mailer: Mailer,
    /// The marketplace's bus (`refund_decided`).
    queues: QueueSet,
    config: RefundConfig,
}

impl Refunds {
    pub fn new(store: Store, mailer: Mailer, config: RefundConfig) -> Refunds {
        Refunds {
            store,
            mailer,
            queues: QueueSet::default(),
            config,
        }
    }

    /// The marketplace's event bus its decisions' events go to.
    pub fn with_bus(mut self, bus: Option<Bus>) -> Refunds {
        self.queues.bus = bus;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, RefundError> {
        let ports = Ports {
            store: &self.store,
            mail: &self.mailer,
            queues: &self.queues,
            config: &self.config,
        };
        refunds::handle(&ports, &record.body, &record.sqs_message_id, Utc::now()).await
    }
}
