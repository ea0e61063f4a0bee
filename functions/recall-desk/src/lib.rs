//! `recall-desk` (and `recall-lists`, the public recall product lists): a
//! desk query answered. Invoked directly with a JSON query
//! (`{"query": "recall", "recall_id": ...}`), it answers JSON; called
//! through its Function URL, it answers the page of the path. The use case
//! `safety_app::desk` reads, decides who may ask what, and shapes the page;
//! this crate only tells the two kinds of event apart and converts them.
//!
//! `recall-lists` is the same code for the public audience: it answers only
//! the public recall product lists (`/lists/...`).

use aws_lambda_events::event::lambda_function_urls::{
    LambdaFunctionUrlRequest, LambdaFunctionUrlResponse,
};
use chrono::{DateTime, Utc};
use safety_app::desk::{Audience, Page};
use safety_domain::desk::query::DeskError;
use std::collections::BTreeMap;

pub use safety_app::desk::FUNCTION;
pub use safety_domain::desk::working_days::HolidayCalendar;

pub struct RecallDesk<S> {
    store: S,
    audience: Audience,
    /// The public holidays the compliance report skips.
    holidays: HolidayCalendar,
}

/// What the function returns: a JSON answer (direct invocation) or an HTTP
/// response (Function URL).
pub enum Reply {
    Json(serde_json::Value),
    Http(LambdaFunctionUrlResponse),
}

impl<S> RecallDesk<S>
where
    S: safety_app::ports::Desk
        + safety_app::ports::Recalls
        + safety_app::ports::Reviews
        + safety_app::ports::Sellers
        + safety_app::ports::Ledger,
{
    pub fn new(store: S) -> RecallDesk<S> {
        RecallDesk {
            store,
            audience: Audience::Desk,
            holidays: HolidayCalendar::defaults(),
        }
    }

    /// The public recall product lists only.
    pub fn public(store: S) -> RecallDesk<S> {
        RecallDesk {
            audience: Audience::Public,
            ..RecallDesk::new(store)
        }
    }

    /// The holidays of the compliance report (`HOLIDAYS`, JSON, over the defaults).
    pub fn with_holidays(mut self, holidays: HolidayCalendar) -> RecallDesk<S> {
        self.holidays = holidays;
        self
    }

    /// One event at `now`: a Function URL request (it has `rawPath` and
    /// `requestContext`) or a direct query.
    pub async fn handle(
        &self,
        event: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<Reply, DeskError> {
        if event.get("rawPath").is_none() || event.get("requestContext").is_none() {
            return safety_app::desk::query(
                &self.store,
                self.audience,
                &event,
                now,
                &self.holidays,
            )
            .await
            .map(Reply::Json);
        }
        let request: LambdaFunctionUrlRequest =
            serde_json::from_value(event).map_err(|e| DeskError::bad("request", e.to_string()))?;
        let params: BTreeMap<String, String> = request
            .query_string_parameters
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let page = safety_app::desk::page(
            &self.store,
            self.audience,
            request.raw_path.as_deref().unwrap_or("/"),
            &params,
            now,
            &self.holidays,
        )
        .await?;
        Ok(Reply::Http(http(page)))
    }
}

fn http(page: Page) -> LambdaFunctionUrlResponse {
    let mut headers = aws_lambda_events::http::HeaderMap::new();
    for (k, v) in page.headers() {
        if let Ok(v) = aws_lambda_events::http::HeaderValue::from_str(v) {
            headers.insert(k, v);
        }
    }
    let mut response = LambdaFunctionUrlResponse::default();
    response.status_code = i64::from(page.status);
    response.headers = headers;
    response.body = Some(page.body);
    response.is_base64_encoded = false;
    response
}
