//! `recall-feeds`: one run of one authority's feed (SPEC 1.7). Reads the
//! feed's cursor, asks for the next page (conditionally when the feed allows
//! it), hands every new or changed record on to the intake queue as a
//! `recall_received` (10 a `SendMessageBatch`), saves the cursor past what
//! was handed on, and goes on to the next page up to the configured bound;
//! the rest waits for the next run. A page that fails leaves the cursor
//! where it was (the records before it were handed on and the cursor saved
//! past them) and fails the run, naming the feed.
//!
//! The order is send, then save: a crash in between sends those records
//! again at the next run, under the same message ids, which the intake's
//! processed-message markers hold. Nothing is lost, nothing is decided twice.

use crate::ports::{FeedCursors, Http, PortError, Queues};
use safety_domain::outbox::QueueName;
use safety_sources::feeds::{Feed, FeedConfig, FeedError};

pub const FUNCTION: &str = "recall-feeds";

/// What one run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Polled {
    pub feed: String,
    /// Pages read (HTTP requests answered).
    pub pages: u32,
    /// Records handed on to the intake queue.
    pub sent: usize,
    /// The feed answered 304: nothing changed since the last run.
    pub not_modified: bool,
    /// The run stopped at its page bound with more to read.
    pub more: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PollError {
    #[error(transparent)]
    Feed(#[from] FeedError),
    #[error("feed {feed}: {source}")]
    Port {
        feed: String,
        #[source]
        source: PortError,
    },
    #[error("feed {0}: not a feed we poll (known: {known})", known = safety_sources::feeds::FEEDS.join(", "))]
    Unknown(String),
}

/// How far and where each feed is read: `urls` (feed -> base URL) over the
/// feeds' published addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedsConfig {
    pub urls: std::collections::BTreeMap<String, String>,
    pub max_pages: u32,
    pub page_size: u32,
}

impl Default for FeedsConfig {
    fn default() -> Self {
        FeedsConfig {
            urls: Default::default(),
            max_pages: 5,
            page_size: 100,
        }
    }
}

impl FeedsConfig {
    /// From configuration values by name (`FEED_URLS`: JSON feed -> URL,
    /// `FEED_MAX_PAGES`, `FEED_PAGE_SIZE`): a value that can't be read is
    /// an error naming it.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<FeedsConfig, String> {
        let mut cfg = FeedsConfig::default();
        if let Some(urls) = var("FEED_URLS").filter(|u| !u.trim().is_empty()) {
            cfg.urls = serde_json::from_str(&urls)
                .map_err(|e| format!("FEED_URLS: not a JSON object of feed -> URL: {e}"))?;
        }
        for (name, slot) in [
            ("FEED_MAX_PAGES", &mut cfg.max_pages),
            ("FEED_PAGE_SIZE", &mut cfg.page_size),
        ] {
            if let Some(v) = var(name) {
                *slot = v
                    .trim()
                    .parse()
                    .map_err(|_| format!("{name}: not a whole number"))?;
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

/// One scheduled run: the feed the schedule's input names (`{"feed": …}`).
pub async fn poll_scheduled<H, S, Q>(
    ports: &FeedPorts<'_, H, S, Q>,
    input: &serde_json::Value,
    config: &FeedsConfig,
) -> Result<Polled, PollError>
where
    H: Http,
    S: FeedCursors,
    Q: Queues,
{
    let name = input["feed"].as_str().unwrap_or_default();
    let Some(feed) = Feed::parse(name) else {
        return Err(PollError::Unknown(if name.is_empty() {
            "(the schedule's input names no `feed`)".to_string()
        } else {
            name.to_string()
        }));
    };
    poll(ports, name, &config.of(feed)).await
}

/// The ports of a run.
pub struct FeedPorts<'a, H, S, Q> {
    pub http: &'a H,
    pub cursors: &'a S,
    pub queues: &'a Q,
}

/// One run of the feed named `feed`.
pub async fn poll<H, S, Q>(
    ports: &FeedPorts<'_, H, S, Q>,
    feed: &str,
    cfg: &FeedConfig,
) -> Result<Polled, PollError>
where
    H: Http,
    S: FeedCursors,
    Q: Queues,
{
    let Some(f) = Feed::parse(feed) else {
        return Err(PollError::Unknown(feed.to_string()));
    };
    let port = |source| PollError::Port {
        feed: feed.to_string(),
        source,
    };
    let mut cursor = ports.cursors.cursor(feed).await.map_err(port)?;
    let mut out = Polled {
        feed: feed.to_string(),
        ..Polled::default()
    };
    for _ in 0..cfg.max_pages.max(1) {
        let request = f.request(cfg, &cursor);
        let response = ports.http.get(&request).await.map_err(port)?;
        out.pages += 1;
        let page = f.read(&cursor, &response)?;
        if page.not_modified {
            out.not_modified = true;
            return Ok(out);
        }
        if !page.records.is_empty() {
            let bodies: Vec<String> = page.records.iter().map(|r| r.message.clone()).collect();
            ports
                .queues
                .send(QueueName::RecallIntake, &bodies)
                .await
                .map_err(port)?;
            out.sent += bodies.len();
        }
        if page.next != cursor {
            ports
                .cursors
                .save_cursor(feed, &page.next)
                .await
                .map_err(port)?;
        }
        cursor = page.next;
        out.more = page.more;
        if !page.more {
            break;
        }
    }
    tracing::info!(
        feed,
        pages = out.pages,
        sent = out.sent,
        more = out.more,
        "feed polled"
    );
    Ok(out)
}

#[cfg(test)]
#[path = "feeds_test.rs"]
mod tests;
