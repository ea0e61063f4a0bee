//! `recall-desk` (and `recall-lists`, the public recall product lists): a
//! desk query answered. Invoked directly with a JSON query
//! (`{"query": "recall", "recall_id": ...}`), it answers JSON; called
//! through its Function URL, it answers the page of the path (HTML, or JSON
//! for `.json`, CSV for `/compliance.csv`). The use case
//! `safety_app::desk::answer` reads and the domain renders; this crate only
//! tells the two kinds of event apart and shapes the answer.
//!
//! `recall-lists` is the same code with `public` set: it answers only the
//! public recall product lists (`/lists/...`), anything else is "not found".

use aws_lambda_events::event::lambda_function_urls::{
    LambdaFunctionUrlRequest, LambdaFunctionUrlResponse,
};
use chrono::{DateTime, Utc};
use safety_domain::desk::answer::DeskAnswer;
use safety_domain::desk::query::{DeskError, DeskQuery, Format};
use safety_domain::desk::views::error_page;
pub use safety_domain::desk::working_days::HolidayCalendar;
use std::collections::{BTreeMap, HashMap};

pub use safety_app::desk::FUNCTION;

pub struct RecallDesk<S> {
    store: S,
    /// Only the public recall product lists.
    public: bool,
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
            public: false,
            holidays: HolidayCalendar::defaults(),
        }
    }

    /// The public recall product lists only.
    pub fn public(store: S) -> RecallDesk<S> {
        RecallDesk {
            public: true,
            ..RecallDesk::new(store)
        }
    }

    /// The holidays of the compliance report: the defaults with the
    /// configuration's additions and removals (`HOLIDAYS`, JSON:
    /// `{"FR": {"add": ["2026-05-08"], "remove": [...]}}`).
    pub fn with_holidays(mut self, holidays: HolidayCalendar) -> RecallDesk<S> {
        self.holidays = holidays;
        self
    }

    /// One event at `now`: a Function URL request (it has `rawPath` and
    /// `requestContext`) or a direct query. A store failure is an error (the
    /// caller retries); a bad query or an unknown id is an answer saying so.
    pub async fn handle(
        &self,
        event: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<Reply, DeskError> {
        if event.get("rawPath").is_some() && event.get("requestContext").is_some() {
            let request: LambdaFunctionUrlRequest = serde_json::from_value(event)
                .map_err(|e| DeskError::bad("request", e.to_string()))?;
            return self.page(&request, now).await.map(Reply::Http);
        }
        let answer = match DeskQuery::parse(&event) {
            Ok(query) if self.public && !is_public(&query) => Err(DeskError::NotFound {
                what: "query",
                id: "(the public lists answer recall_list and recall_lists only)".into(),
            }),
            Ok(query) => safety_app::desk::answer(&self.store, &query, now, &self.holidays).await,
            Err(e) => Err(e),
        };
        match answer {
            Ok(a) => Ok(Reply::Json(a.to_json())),
            Err(DeskError::Unavailable(e)) => Err(DeskError::Unavailable(e)),
            Err(e) => Ok(Reply::Json(error_json(&e))),
        }
    }

    async fn page(
        &self,
        request: &LambdaFunctionUrlRequest,
        now: DateTime<Utc>,
    ) -> Result<LambdaFunctionUrlResponse, DeskError> {
        let segments: Vec<String> = request
            .raw_path
            .as_deref()
            .unwrap_or("/")
            .split('/')
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect();
        let params: BTreeMap<String, String> = request
            .query_string_parameters
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let routed = DeskQuery::route(&segments, &params, now.date_naive());
        let (query, format) = match routed {
            Ok((q, _)) if self.public && !is_public(&q) => {
                return Ok(error_response(
                    &DeskError::NotFound {
                        what: "page",
                        id: "(only the recall product lists are public: /lists/)".into(),
                    },
                    Format::Html,
                ))
            }
            Ok(r) => r,
            Err(e) => return Ok(error_response(&e, Format::Html)),
        };
        match safety_app::desk::answer(&self.store, &query, now, &self.holidays).await {
            Ok(answer) => Ok(response(&answer, format)),
            Err(DeskError::Unavailable(e)) => Err(DeskError::Unavailable(e)),
            Err(e) => Ok(error_response(&e, format)),
        }
    }
}

fn is_public(q: &DeskQuery) -> bool {
    matches!(q, DeskQuery::RecallList { .. } | DeskQuery::RecallLists {})
}

fn error_json(e: &DeskError) -> serde_json::Value {
    let (kind, field) = match e {
        DeskError::BadQuery { field, .. } => ("bad_query", Some(field.clone())),
        DeskError::NotFound { .. } => ("not_found", None),
        DeskError::Unavailable(_) => ("unavailable", None),
    };
    serde_json::json!({"error": {"kind": kind, "field": field, "message": e.to_string()}})
}

fn http(status: u16, content_type: &str, body: String, public: bool) -> LambdaFunctionUrlResponse {
    let mut headers = aws_lambda_events::http::HeaderMap::new();
    let mut set = |k: &'static str, v: &str| {
        if let Ok(v) = aws_lambda_events::http::HeaderValue::from_str(v) {
            headers.insert(k, v);
        }
    };
    set("content-type", content_type);
    // No script runs on these pages, and none may be injected.
    set(
        "content-security-policy",
        "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; form-action 'self'",
    );
    set("x-content-type-options", "nosniff");
    set(
        "cache-control",
        if public {
            "public, max-age=300"
        } else {
            "no-store"
        },
    );
    let mut response = LambdaFunctionUrlResponse::default();
    response.status_code = i64::from(status);
    response.headers = headers;
    response.body = Some(body);
    response.is_base64_encoded = false;
    response
}

fn response(answer: &DeskAnswer, format: Format) -> LambdaFunctionUrlResponse {
    let public = answer.is_public();
    match format {
        Format::Json => http(
            200,
            "application/json",
            answer.to_json().to_string(),
            public,
        ),
        Format::Csv => match answer.to_csv() {
            Some(Ok(csv)) => http(200, "text/csv; charset=utf-8", csv, public),
            Some(Err(e)) => {
                tracing::error!(error = %e, "a CSV did not write");
                http(
                    500,
                    "text/plain; charset=utf-8",
                    "the CSV did not write".into(),
                    false,
                )
            }
            None => error_response(
                &DeskError::bad("format", "this page has no CSV"),
                Format::Html,
            ),
        },
        Format::Html => match answer.to_html() {
            Ok(html) => http(200, "text/html; charset=utf-8", html, public),
            Err(e) => {
                tracing::error!(error = %e, "a page did not render");
                http(
                    500,
                    "text/plain; charset=utf-8",
                    "the page did not render".into(),
                    false,
                )
            }
        },
    }
}

fn error_response(e: &DeskError, format: Format) -> LambdaFunctionUrlResponse {
    let status = e.status();
    match format {
        Format::Json | Format::Csv => {
            http(status, "application/json", error_json(e).to_string(), false)
        }
        Format::Html => {
            let body = error_page(status, &e.to_string()).unwrap_or_else(|_| e.to_string());
            http(status, "text/html; charset=utf-8", body, false)
        }
    }
}

/// The Function URL request of a page, as Lambda delivers it (for tests
/// and the demo): `GET <path>?<query>`.
pub fn url_request(path: &str, query: &[(&str, &str)]) -> serde_json::Value {
    let params: HashMap<&str, &str> = query.iter().copied().collect();
    serde_json::json!({
        "version": "2.0", "rawPath": path, "rawQueryString": "",
        "headers": {}, "queryStringParameters": params,
        "requestContext": {"http": {"method": "GET", "path": path, "protocol": "HTTP/1.1",
            "sourceIp": "127.0.0.1", "userAgent": "test"},
            "accountId": "123456789012", "apiId": "desk", "domainName": "desk.lambda-url.local",
            "domainPrefix": "desk", "requestId": "r-1", "routeKey": "$default", "stage": "$default",
            "time": "01/Dec/2026:10:00:00 +0000", "timeEpoch": 0},
        "isBase64Encoded": false
    })
}
