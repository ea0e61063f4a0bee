//! `recall-feeds`: an EventBridge schedule per feed (its input names the
//! feed: `{"feed": "cpsc"}`), so one slow feed holds up no other. The use
//! case `safety_app::feeds::poll_scheduled` reads the feed from its cursor
//! and hands every new or changed record on to the intake queue; this crate
//! only wires the adapters.
//!
//! Configuration: `RECALL_INTAKE_QUEUE_URL`; `FEED_URLS` (JSON, feed name ->
//! base URL; a feed not named uses its published address);
//! `FEED_MAX_PAGES` (pages a run reads at most, default 5);
//! `FEED_PAGE_SIZE` (records a page, default 100).

use safety_app::feeds::{poll_scheduled, FeedPorts, PollError, Polled};
use safety_aws::ports::QueueSet;
use safety_aws::{HttpClient, Queue, Store};
use tracing::Instrument;

pub use safety_app::feeds::{FeedsConfig, FUNCTION};

pub struct RecallFeeds {
    store: Store,
    http: HttpClient,
    queues: QueueSet,
    config: FeedsConfig,
}

impl RecallFeeds {
    pub fn new(store: Store, http: HttpClient, intake: Queue, config: FeedsConfig) -> RecallFeeds {
        RecallFeeds {
            store,
            http,
            queues: QueueSet {
                recall_intake: Some(intake),
                ..QueueSet::default()
            },
            config,
        }
    }

    /// One scheduled run.
    pub async fn handle(&self, input: &serde_json::Value) -> Result<Polled, PollError> {
        let ports = FeedPorts {
            http: &self.http,
            cursors: &self.store,
            queues: &self.queues,
        };
        let span = tracing::info_span!("feed", feed = input["feed"].as_str().unwrap_or_default());
        poll_scheduled(&ports, input, &self.config)
            .instrument(span)
            .await
    }
}
