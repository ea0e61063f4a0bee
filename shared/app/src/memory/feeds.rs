//! The feeds' ports in memory: an HTTP stand-in that answers scripted
//! responses in order (the last one again once they run out) and records
//! every request, and the cursors in the store's state.

use super::MemoryStore;
use crate::ports::{FeedCursors, Http, PortError};
use safety_sources::feeds::{Cursor, Request, Response};
use std::sync::Mutex;

/// Answers each request with the next scripted response.
#[derive(Default)]
pub struct MemoryHttp {
    script: Mutex<Vec<Response>>,
    requests: Mutex<Vec<Request>>,
}

impl MemoryHttp {
    pub fn answering(responses: Vec<Response>) -> MemoryHttp {
        MemoryHttp {
            script: Mutex::new(responses),
            requests: Mutex::new(Vec::new()),
        }
    }

    /// Every request made, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

impl Http for MemoryHttp {
    async fn get(&self, request: &Request) -> Result<Response, PortError> {
        if let Ok(mut r) = self.requests.lock() {
            r.push(request.clone());
        }
        let mut script = self
            .script
            .lock()
            .map_err(|_| PortError::new("in-memory HTTP: a lock was poisoned"))?;
        match script.len() {
            0 => Err(PortError::new("in-memory HTTP: nothing scripted")),
            1 => Ok(script[0].clone()),
            _ => Ok(script.remove(0)),
        }
    }
}

impl FeedCursors for MemoryStore {
    async fn cursor(&self, feed: &str) -> Result<Cursor, PortError> {
        self.with_state(|s| s.feed_cursors.get(feed).cloned().unwrap_or_default())
    }

    async fn save_cursor(&self, feed: &str, cursor: &Cursor) -> Result<(), PortError> {
        self.with_state(|s| {
            s.feed_cursors.insert(feed.to_string(), cursor.clone());
        })
    }
}
