//! HTTP to the authorities' feeds: `reqwest` with rustls and its compiled-in
//! roots (the system trust store is never read), behind `reqwest-retry`'s
//! exponential backoff for transient failures (5xx, timeouts, connection
//! errors). A 429's `Retry-After` is honoured here when it is short (at
//! most [`MAX_RETRY_AFTER`]); a longer one, or a 429 still there after
//! that, is answered as it is, and the run fails for that feed, naming it.

use reqwest_middleware::{ClientBuilder, ClientWithMiddleware};
use reqwest_retry::{
    default_on_request_failure, default_on_request_success, policies::ExponentialBackoff,
    RetryTransientMiddleware, Retryable, RetryableStrategy,
};
use safety_app::ports::{Http, PortError};
use safety_sources::feeds::{Request, Response};
use std::collections::BTreeMap;
use std::time::Duration;

/// The longest `Retry-After` waited for inside one run.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(5);
/// Tries of a request the feed rate-limits.
const RATE_LIMITED_TRIES: u32 = 3;

#[derive(Clone)]
pub struct HttpClient {
    client: ClientWithMiddleware,
}

impl HttpClient {
    /// A client retrying transient failures `retries` times (backoff from
    /// 100 ms), each request bounded by `timeout`.
    pub fn new(retries: u32, timeout: Duration) -> Result<HttpClient, PortError> {
        let inner = reqwest::Client::builder()
            .timeout(timeout)
            .user_agent("product-safety-back-office/1 (recall feeds)")
            .build()
            .map_err(|e| PortError::new(format!("building the HTTP client: {e}")))?;
        let policy = ExponentialBackoff::builder()
            .retry_bounds(Duration::from_millis(100), Duration::from_secs(5))
            .build_with_max_retries(retries);
        Ok(HttpClient {
            client: ClientBuilder::new(inner)
                .with(RetryTransientMiddleware::new_with_policy_and_strategy(
                    policy,
                    TransientButRateLimits,
                ))
                .build(),
        })
    }

    async fn once(&self, request: &Request) -> Result<Response, PortError> {
        let mut req = self.client.get(&request.url);
        for (k, v) in &request.headers {
            req = req.header(k, v);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| PortError::new(format!("GET {}: {e}", host_of(&request.url))))?;
        let status = resp.status().as_u16();
        let headers: BTreeMap<String, String> = resp
            .headers()
            .iter()
            .filter_map(|(k, v)| {
                Some((
                    k.as_str().to_ascii_lowercase(),
                    v.to_str().ok()?.to_string(),
                ))
            })
            .collect();
        // A body cut by the connection is read as far as it came: the feed's
        // reader names it truncated.
        let body = resp.text().await.unwrap_or_default();
        Ok(Response {
            status,
            headers,
            body,
        })
    }
}

impl Http for HttpClient {
    async fn get(&self, request: &Request) -> Result<Response, PortError> {
        let mut tries = 0;
        loop {
            tries += 1;
            let resp = self.once(request).await?;
            if resp.status != 429 || tries >= RATE_LIMITED_TRIES {
                return Ok(resp);
            }
            let wait = resp
                .headers
                .get("retry-after")
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            match wait {
                Some(w) if w <= MAX_RETRY_AFTER => tokio::time::sleep(w).await,
                _ => return Ok(resp),
            }
        }
    }
}

/// reqwest-retry's transient failures, but a 429: its `Retry-After` is
/// honoured by [`HttpClient::get`], not replaced by the backoff.
struct TransientButRateLimits;

impl RetryableStrategy for TransientButRateLimits {
    fn handle(
        &self,
        res: &Result<reqwest::Response, reqwest_middleware::Error>,
    ) -> Option<Retryable> {
        match res {
            Ok(r) if r.status().as_u16() == 429 => None,
            Ok(r) => default_on_request_success(r),
            Err(e) => default_on_request_failure(e),
        }
    }
}

/// The URL's host, for errors (a feed's URL holds no personal data, but its
/// query may be long).
fn host_of(url: &str) -> &str {
    url.split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or(url)
}
