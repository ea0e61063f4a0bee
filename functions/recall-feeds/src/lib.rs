//! `recall-feeds`: an EventBridge schedule per feed (its input names the
//! feed: `{"feed": "cpsc"}`), so one slow feed holds up no other. The use
//! case `safety_app::feeds::poll` reads the feed from its cursor and hands
//! every new or changed record on to the intake queue; this crate only reads
//! the event and the configuration and wires the adapters.
//!
//! Configuration: `RECALL_INTAKE_QUEUE_URL`; `FEED_URLS` (JSON, feed name ->
//! base URL; a feed not named uses its published address);
//! `FEED_MAX_PAGES` (pages a run reads at most, default 5);
//! `FEED_PAGE_SIZE` (records a page, default 100).

use safety_app::feeds::{poll, FeedPorts, PollError, Polled};
use safety_aws::ports::QueueSet;
use safety_aws::{HttpClient, Queue, Store};
use safety_sources::feeds::{Feed, FeedConfig};
use std::collections::BTreeMap;

pub use safety_app::feeds::FUNCTION;

/// How far and where each feed is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedsConfig {
    pub urls: BTreeMap<String, String>,
    pub max_pages: u32,
    pub page_size: u32,
}

impl Default for FeedsConfig {
    fn default() -> Self {
        FeedsConfig {
            urls: BTreeMap::new(),
            max_pages: 5,
            page_size: 100,
        }
    }
}

impl FeedsConfig {
    /// From the environment's `FEED_URLS`, `FEED_MAX_PAGES`, `FEED_PAGE_SIZE`:
    /// a value that can't be read is an error naming the variable.
    pub fn from_env() -> Result<FeedsConfig, String> {
        let mut cfg = FeedsConfig::default();
        if let Ok(urls) = std::env::var("FEED_URLS") {
            if !urls.trim().is_empty() {
                cfg.urls = serde_json::from_str(&urls).map_err(|e| {
                    format!("environment variable FEED_URLS: not a JSON object of feed -> URL: {e}")
                })?;
            }
        }
        for (var, slot) in [
            ("FEED_MAX_PAGES", &mut cfg.max_pages),
            ("FEED_PAGE_SIZE", &mut cfg.page_size),
        ] {
            if let Ok(v) = std::env::var(var) {
                *slot = v
                    .trim()
                    .parse()
                    .map_err(|_| format!("environment variable {var}: not a whole number"))?;
            }
        }
        Ok(cfg)
    }

    /// One feed's configuration.
    pub fn of(&self, feed: Feed) -> FeedConfig {
        FeedConfig {
            base_url: self
                .urls
                .get(feed.name())
                .cloned()
                .unwrap_or_else(|| feed.default_base_url().to_string()),
            page_size: self.page_size,
            max_pages: self.max_pages,
        }
    }
}

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

    /// One scheduled run: the event's `feed` polled.
    pub async fn handle(&self, event: &serde_json::Value) -> Result<Polled, PollError> {
        let name = event["feed"].as_str().unwrap_or_default();
        let Some(feed) = Feed::parse(name) else {
            return Err(PollError::Unknown(if name.is_empty() {
                "(the event's `feed` is missing)".to_string()
            } else {
                name.to_string()
            }));
        };
        let ports = FeedPorts {
            http: &self.http,
            cursors: &self.store,
            queues: &self.queues,
        };
        let span = tracing::info_span!("feed", feed = name);
        let _enter = span.enter();
        poll(&ports, name, &self.config.of(feed)).await
    }
}
