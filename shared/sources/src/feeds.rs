//! Reading the authorities' feeds (SPEC 1.7): what to ask for, and what a
//! page of answer holds. Pure: the caller does the HTTP and keeps the
//! cursor; here, a [`Feed`] builds the next [`Request`] from the cursor and
//! reads a [`Response`] into the records it hands on (each a
//! `recall_received` message for the intake queue, with a stable id: source +
//! reference + the record's own version or date) and the cursor after them.
//!
//! The cursor keeps the newest version or date handed on (`since`), the ids
//! handed on at exactly that value (a feed that filters by day answers them
//! again: they are not sent twice), the paging of a run left unfinished
//! (`draining`: its query and next offset, so the next run resumes), and the
//! ETag / Last-Modified of a feed that answers conditionally.
//!
//! Feeds: `cpsc` (the CPSC recall API, one answer per query), `rappelconso`
//! (the RappelConso open-data API, v2 records, paged), `fda-food`,
//! `fda-drug`, `fda-device` (openFDA enforcement reports, paged), and
//! `health_canada` (the recalls open-data file, conditional).
//!
//! A body that is an HTML page (an error page sent with HTTP 200), ends
//! before its JSON does, or carries the API's own error is a [`FeedError`]
//! naming the feed; so is a status other than 200 (304: not modified).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// One feed we poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feed {
    Cpsc,
    RappelConso,
    OpenFda(FdaEndpoint),
    HealthCanada,
    /// EU Safety Gate: the weekly reports' index, then each new report.
    SafetyGate,
    /// UK OPSS: the GOV.UK search API's product safety notices, then each
    /// new one's content item.
    Opss,
    /// ACCC (Product Safety Australia): the recalls RSS feed.
    Accc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FdaEndpoint {
    Food,
    Drug,
    Device,
}

/// Every feed, by name.
pub const FEEDS: &[&str] = &[
    "cpsc",
    "rappelconso",
    "fda-food",
    "fda-drug",
    "fda-device",
    "health_canada",
    "safety_gate",
    "opss",
    "accc",
];

/// How far one run reads, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedConfig {
    pub base_url: String,
    /// Records asked for per page (paged feeds).
    pub page_size: u32,
    /// Pages read in one run at most; the rest waits for the next run.
    pub max_pages: u32,
}

/// A paging run left unfinished: its query's `since`, the next offset.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drain {
    pub since: Option<String>,
    pub offset: u32,
}

/// A document an index listed: where it is, its reference, its date (the
/// order key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub url: String,
    pub reference: String,
    pub order: String,
}

/// Where a feed's reading stands (kept per feed in the table).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    /// The newest version or date handed on (compared as text: every feed's
    /// dates are ISO-like or `YYYYMMDD`, so text order is time order).
    #[serde(default)]
    pub since: Option<String>,
    /// The ids handed on at exactly `since`.
    #[serde(default)]
    pub at_since: BTreeSet<String>,
    #[serde(default)]
    pub draining: Option<Drain>,
    /// Documents listed by an index and not read yet (Safety Gate's weekly
    /// reports), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<Pending>,
    #[serde(default)]
    pub etag: Option<String>,
    #[serde(default)]
    pub last_modified: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub url: String,
    pub headers: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// Header names in lower case.
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

/// One record handed on: its message id and the `recall_received` message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedRecord {
    pub id: String,
    pub message: String,
}

/// What one page of answer holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The records not handed on before, oldest first.
    pub records: Vec<FeedRecord>,
    /// The cursor once these are handed on.
    pub next: Cursor,
    /// Another page follows in this run.
    pub more: bool,
    /// The feed answered 304: nothing changed.
    pub not_modified: bool,
}

/// Why a feed's page was not read: each names the feed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("feed {feed}: HTTP {status}")]
    Status { feed: String, status: u16 },
    #[error("feed {feed}: rate limited (HTTP 429){}", retry_after.map(|s| format!(", retry after {s} s")).unwrap_or_default())]
    RateLimited {
        feed: String,
        retry_after: Option<u64>,
    },
    #[error(
        "feed {feed}: the answer is an HTML page, not the feed (an error page sent with HTTP 200?)"
    )]
    HtmlPage { feed: String },
    #[error("feed {feed}: the body ends before its JSON does (truncated)")]
    Truncated { feed: String },
    #[error("feed {feed}: the body does not parse: {reason}")]
    Unreadable { feed: String, reason: String },
    #[error("feed {feed}: field `{field}`: {reason}")]
    Field {
        feed: String,
        field: String,
        reason: String,
    },
    #[error("feed {feed}: the API answered an error: {message}")]
    Api { feed: String, message: String },
}

impl Feed {
    pub fn parse(name: &str) -> Option<Feed> {
        Some(match name {
            "cpsc" => Feed::Cpsc,
            "rappelconso" => Feed::RappelConso,
            "fda-food" => Feed::OpenFda(FdaEndpoint::Food),
            "fda-drug" => Feed::OpenFda(FdaEndpoint::Drug),
            "fda-device" => Feed::OpenFda(FdaEndpoint::Device),
            "health_canada" => Feed::HealthCanada,
            "safety_gate" => Feed::SafetyGate,
            "opss" => Feed::Opss,
            "accc" => Feed::Accc,
            _ => return None,
        })
    }

    /// The feed's name (its cursor's key, its schedule's input).
    pub fn name(self) -> &'static str {
        match self {
            Feed::Cpsc => "cpsc",
            Feed::RappelConso => "rappelconso",
            Feed::OpenFda(FdaEndpoint::Food) => "fda-food",
            Feed::OpenFda(FdaEndpoint::Drug) => "fda-drug",
            Feed::OpenFda(FdaEndpoint::Device) => "fda-device",
            Feed::HealthCanada => "health_canada",
            Feed::SafetyGate => "safety_gate",
            Feed::Opss => "opss",
            Feed::Accc => "accc",
        }
    }

    /// The feed's published address (configuration may point elsewhere:
    /// the local feed server in tests and the demo).
    pub fn default_base_url(self) -> &'static str {
        match self {
            Feed::Cpsc => "https://www.saferproducts.gov/RestWebServices/Recall",
            Feed::RappelConso => "https://data.economie.gouv.fr/api/explore/v2.1/catalog/datasets/rappelconso-v2-gtin-espaces/records",
            Feed::OpenFda(FdaEndpoint::Food) => "https://api.fda.gov/food/enforcement.json",
            Feed::OpenFda(FdaEndpoint::Drug) => "https://api.fda.gov/drug/enforcement.json",
            Feed::OpenFda(FdaEndpoint::Device) => "https://api.fda.gov/device/enforcement.json",
            Feed::HealthCanada => "https://recalls-rappels.canada.ca/sites/default/files/opendata-donneesouvertes/HCRSAMOpenData.json",
            Feed::SafetyGate => "https://ec.europa.eu/safety-gate-alerts/api/download/weeklyReport/list/xml",
            Feed::Opss => "https://www.gov.uk/api/search.json",
            Feed::Accc => "https://www.productsafety.gov.au/rss/recalls.xml",
        }
    }

    /// The adapter that parses its records (the message's `source`).
    pub fn source(self) -> &'static str {
        match self {
            Feed::Cpsc => "cpsc",
            Feed::RappelConso => "rappelconso",
            Feed::OpenFda(_) => "fda",
            Feed::HealthCanada => "health_canada",
            Feed::SafetyGate => "safety_gate",
            Feed::Opss => "opss",
            Feed::Accc => "accc",
        }
    }

    /// The next request from this cursor.
    pub fn request(self, cfg: &FeedConfig, cursor: &Cursor) -> Request {
        let base = cfg.base_url.trim_end_matches('/');
        let (since, offset) = match &cursor.draining {
            Some(d) => (d.since.clone(), d.offset),
            None => (cursor.since.clone(), 0),
        };
        let mut headers = Vec::new();
        let url = match self {
            Feed::Cpsc => {
                // The API filters by day: a record of `since`'s day comes
                // again and is known by `at_since`.
                let day = since
                    .as_deref()
                    .map(|s| s.chars().take(10).collect::<String>())
                    .unwrap_or_else(|| "2000-01-01".into());
                format!("{base}?format=json&LastPublishDateStart={day}")
            }
            Feed::RappelConso => {
                let mut url = format!(
                    "{base}?order_by=date_publication&limit={}&offset={offset}",
                    cfg.page_size
                );
                if let Some(s) = since {
                    url.push_str(&format!(
                        "&where=date_publication%3E%3D%22{}%22",
                        encode(&s)
                    ));
                }
                url
            }
            Feed::OpenFda(_) => format!(
                "{base}?search=report_date:[{}+TO+99991231]&sort=report_date:asc&limit={}&skip={offset}",
                since.unwrap_or_else(|| "20000101".into()),
                cfg.page_size
            ),
            Feed::HealthCanada => base.to_string(),
            Feed::SafetyGate => match cursor.pending.first() {
                Some(p) => {
                    return Request {
                        url: p.url.clone(),
                        headers: Vec::new(),
                    }
                }
                None => base.to_string(),
            },
            Feed::Opss => match cursor.pending.first() {
                Some(p) => {
                    return Request {
                        url: p.url.clone(),
                        headers: Vec::new(),
                    }
                }
                None => {
                    let day = since
                        .as_deref()
                        .map(|s| s.chars().take(10).collect::<String>())
                        .unwrap_or_else(|| "2000-01-01".into());
                    format!(
                        "{base}?filter_format=product_safety_alert_report_recall&order=public_timestamp&count={}&filter_public_timestamp=from:{day}&fields[]=link&fields[]=public_timestamp&fields[]=title",
                        cfg.page_size
                    )
                }
            },
            Feed::Accc => base.to_string(),
        };
        if offset == 0 {
            if let Some(e) = &cursor.etag {
                headers.push(("if-none-match".to_string(), e.clone()));
            }
            if let Some(m) = &cursor.last_modified {
                headers.push(("if-modified-since".to_string(), m.clone()));
            }
        }
        Request { url, headers }
    }

    /// A response to [`Feed::request`] at this cursor, read.
    pub fn read(self, cursor: &Cursor, resp: &Response) -> Result<Page, FeedError> {
        let feed = self.name().to_string();
        match resp.status {
            200 => {}
            304 => {
                return Ok(Page {
                    records: Vec::new(),
                    next: cursor.clone(),
                    more: false,
                    not_modified: true,
                })
            }
            // openFDA answers "no match" with a 404 and its error object.
            404 if matches!(self, Feed::OpenFda(_)) && resp.body.contains("NOT_FOUND") => {
                return Ok(finish(cursor, Vec::new(), resp))
            }
            429 => {
                return Err(FeedError::RateLimited {
                    feed,
                    retry_after: resp
                        .headers
                        .get("retry-after")
                        .and_then(|v| v.trim().parse().ok()),
                })
            }
            status => return Err(FeedError::Status { feed, status }),
        }
        match self {
            Feed::SafetyGate => return safety_gate_page(cursor, resp),
            Feed::Opss => return opss_page(cursor, resp),
            Feed::Accc => return accc_page(cursor, resp),
            _ => {}
        }
        let body = json_body(&feed, &resp.body)?;
        let field = |field: &str, reason: &str| FeedError::Field {
            feed: feed.clone(),
            field: field.to_string(),
            reason: reason.to_string(),
        };
        let (items, total): (Vec<Value>, Option<u64>) = match self {
            Feed::Cpsc => {
                let items = body
                    .as_array()
                    .cloned()
                    .ok_or_else(|| field("(body)", "is not a JSON array of recalls"))?;
                if let Some(e) = items.iter().find(|r| r["RecallID"].as_i64() == Some(0)) {
                    return Err(FeedError::Api {
                        feed,
                        message: e["Title"]
                            .as_str()
                            .unwrap_or("(no title)")
                            .chars()
                            .take(200)
                            .collect(),
                    });
                }
                (items, None)
            }
            Feed::RappelConso => (
                body["results"]
                    .as_array()
                    .cloned()
                    .ok_or_else(|| field("results", "is missing or not an array"))?,
                body["total_count"].as_u64(),
            ),
            Feed::OpenFda(_) => (
                body["results"]
                    .as_array()
                    .cloned()
                    .ok_or_else(|| field("results", "is missing or not an array"))?,
                body["meta"]["results"]["total"].as_u64(),
            ),
            Feed::HealthCanada => (
                match &body {
                    Value::Array(a) => a.clone(),
                    Value::Object(o) => o
                        .get("data")
                        .and_then(Value::as_array)
                        .cloned()
                        .ok_or_else(|| {
                            field("data", "is missing: neither an array nor {\"data\": [...]}")
                        })?,
                    _ => return Err(field("(body)", "is neither an array nor {\"data\": [...]}")),
                },
                None,
            ),
            Feed::SafetyGate | Feed::Opss | Feed::Accc => (Vec::new(), None),
        };
        // Each item: its reference, its version (the id's), its order key.
        let mut read = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let (reference, version, order) = self
                .keys(item)
                .ok_or_else(|| field(&format!("[{i}]"), "has no version or date we can read"))?;
            // A record without its reference is handed on all the same: the
            // intake refuses it naming the field, and the DLQ keeps it; the
            // feed goes on past it.
            let reference = reference.unwrap_or_else(|| format!("unreferenced-{order}-{i}"));
            read.push((reference, version, order, item.clone()));
        }
        let paged = matches!(self, Feed::RappelConso | Feed::OpenFda(_));
        let offset = cursor.draining.as_ref().map_or(0, |d| d.offset);
        let fetched = u64::try_from(read.len()).unwrap_or(u64::MAX);
        let next_offset = u64::from(offset) + fetched;
        let more = paged && fetched > 0 && total.is_some_and(|t| next_offset < t);
        let records = self.fresh(cursor, read);
        let mut page = finish(cursor, records, resp);
        if more {
            // The run goes on (or the next resumes) from the next offset of
            // the same query; `since` moves once the drain is done.
            page.next.draining = Some(Drain {
                since: cursor
                    .draining
                    .as_ref()
                    .map_or(cursor.since.clone(), |d| d.since.clone()),
                offset: u32::try_from(next_offset).unwrap_or(u32::MAX),
            });
            page.more = true;
        }
        Ok(page)
    }

    /// (reference when it has one, version, order key) of one item.
    fn keys(self, item: &Value) -> Option<(Option<String>, String, String)> {
        let s = |k: &str| -> Option<String> {
            match &item[k] {
                Value::String(v) if !v.trim().is_empty() => Some(v.trim().to_string()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }
        };
        match self {
            Feed::Cpsc => {
                let date = s("LastPublishDate").or_else(|| s("RecallDate"))?;
                Some((s("RecallNumber"), date.clone(), date))
            }
            Feed::RappelConso => {
                let version = s("numero_version").unwrap_or_else(|| "1".into());
                Some((s("numero_fiche"), version, s("date_publication")?))
            }
            Feed::OpenFda(_) => {
                let date = s("report_date")?;
                Some((s("recall_number"), date.clone(), date))
            }
            Feed::HealthCanada => {
                let date = s("Last updated")?;
                Some((s("NID"), date.clone(), date))
            }
            Feed::SafetyGate | Feed::Opss | Feed::Accc => None,
        }
    }

    /// The items not handed on before (newer than `since`, or at `since`
    /// and not among its ids), oldest first, as messages.
    fn fresh(
        self,
        cursor: &Cursor,
        read: Vec<(String, String, String, Value)>,
    ) -> Vec<(String, FeedRecord)> {
        let mut out: Vec<(String, FeedRecord)> = read
            .into_iter()
            .map(|(reference, version, order, item)| {
                let id = message_id(self.source(), &reference, &version);
                let message = serde_json::json!({
                    "type": "recall_received", "id": id, "source": self.source(),
                    "channel": "regulator", "record": item,
                })
                .to_string();
                (order, FeedRecord { id, message })
            })
            .filter(|(order, r)| match &cursor.since {
                None => true,
                Some(since) => {
                    order.as_str() > since.as_str()
                        || (order == since && !cursor.at_since.contains(&r.id))
                }
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        let mut seen = BTreeSet::new();
        out.retain(|(_, r)| seen.insert(r.id.clone()));
        out
    }
}

/// Safety Gate: the index lists the weekly reports; the reports not read
/// yet become the cursor's `pending` (oldest first), one read per page; a
/// report's notifications are its records (id: the case number and the
/// report), and once handed on the report's date is `since`.
fn safety_gate_page(cursor: &Cursor, resp: &Response) -> Result<Page, FeedError> {
    let feed = "safety_gate".to_string();
    let body = resp.body.trim_start();
    if !body.starts_with('<')
        || body
            .get(..200)
            .unwrap_or(body)
            .to_ascii_lowercase()
            .contains("<html")
    {
        return Err(FeedError::HtmlPage { feed });
    }
    let xml_err = |reason: String| FeedError::Unreadable {
        feed: "safety_gate".into(),
        reason,
    };
    let Some(report) = cursor.pending.first() else {
        // The index: <weeklyReport><reference/><publicationDate>DD/MM/YYYY</publicationDate><URL/></weeklyReport>...
        let mut pending = Vec::new();
        for entry in elements(body, "weeklyReport").map_err(xml_err)? {
            let text = |tag: &str| element_text(&entry, tag);
            let (Some(reference), Some(date), Some(url)) =
                (text("reference"), text("publicationDate"), text("URL"))
            else {
                return Err(FeedError::Field {
                    feed,
                    field: "weeklyReport".into(),
                    reason: "an entry lacks its reference, publicationDate or URL".into(),
                });
            };
            let order = dmy_to_iso(&date).ok_or_else(|| FeedError::Field {
                feed: "safety_gate".into(),
                field: "weeklyReport.publicationDate".into(),
                reason: "is not DD/MM/YYYY".into(),
            })?;
            let new = match &cursor.since {
                None => true,
                Some(s) => {
                    order.as_str() > s.as_str()
                        || (&order == s && !cursor.at_since.contains(&reference))
                }
            };
            if new {
                pending.push(Pending {
                    url,
                    reference,
                    order,
                });
            }
        }
        pending.sort_by(|a, b| a.order.cmp(&b.order).then(a.reference.cmp(&b.reference)));
        let mut next = cursor.clone();
        next.pending = pending;
        if let Some(e) = resp.headers.get("etag") {
            next.etag = Some(e.clone());
        }
        return Ok(Page {
            records: Vec::new(),
            more: !next.pending.is_empty(),
            next,
            not_modified: false,
        });
    };
    let mut records = Vec::new();
    for n in elements(body, "notifications").map_err(xml_err)? {
        let case = element_text(&n, "caseNumber")
            .unwrap_or_else(|| format!("unreferenced-{}", records.len()));
        let id = message_id("safety_gate", &case, &report.reference);
        let message = serde_json::json!({
            "type": "recall_received", "id": id, "source": "safety_gate",
            "channel": "regulator", "record": n,
        })
        .to_string();
        records.push(FeedRecord { id, message });
    }
    Ok(handed_on(cursor, report, records))
}

/// UK OPSS: the search API lists the notices (link, public_timestamp); the
/// ones not read yet become `pending` (oldest first), each then read from
/// the content API (`<content base>/api/content<link>`, the search URL's
/// origin) as one record.
fn opss_page(cursor: &Cursor, resp: &Response) -> Result<Page, FeedError> {
    let feed = "opss".to_string();
    let body = json_body(&feed, &resp.body)?;
    let Some(item) = cursor.pending.first() else {
        let results = body["results"].as_array().ok_or_else(|| FeedError::Field {
            feed: feed.clone(),
            field: "results".into(),
            reason: "is missing or not an array".into(),
        })?;
        let mut pending = Vec::new();
        for (i, r) in results.iter().enumerate() {
            let (Some(link), Some(at)) = (r["link"].as_str(), r["public_timestamp"].as_str())
            else {
                return Err(FeedError::Field {
                    feed,
                    field: format!("results[{i}]"),
                    reason: "lacks its link or public_timestamp".into(),
                });
            };
            let new = match &cursor.since {
                None => true,
                Some(s) => at > s.as_str() || (at == s && !cursor.at_since.contains(link)),
            };
            if new {
                pending.push(Pending {
                    url: format!("{}/api/content{link}", cursor_origin(cursor, resp)),
                    reference: link.to_string(),
                    order: at.to_string(),
                });
            }
        }
        pending.sort_by(|a, b| a.order.cmp(&b.order));
        let mut next = cursor.clone();
        next.pending = pending;
        return Ok(Page {
            records: Vec::new(),
            more: !next.pending.is_empty(),
            next,
            not_modified: false,
        });
    };
    let slug = item
        .reference
        .rsplit('/')
        .next()
        .unwrap_or(&item.reference)
        .to_string();
    let id = message_id("opss", &slug, &item.order);
    let message = serde_json::json!({
        "type": "recall_received", "id": id, "source": "opss", "channel": "regulator", "record": body,
    })
    .to_string();
    Ok(handed_on(cursor, item, vec![FeedRecord { id, message }]))
}

/// Where the content API is: the `x-content-origin` the search answer
/// carries (the local feed server's), else GOV.UK.
fn cursor_origin(_cursor: &Cursor, resp: &Response) -> String {
    resp.headers
        .get("x-content-origin")
        .cloned()
        .unwrap_or_else(|| "https://www.gov.uk".into())
}

/// The cursor once the first pending document (`item`) was read and its
/// records handed on.
fn handed_on(cursor: &Cursor, item: &Pending, records: Vec<FeedRecord>) -> Page {
    let mut next = cursor.clone();
    next.pending.remove(0);
    match next.since.as_deref() {
        Some(s) if item.order.as_str() < s => {}
        Some(s) if item.order.as_str() == s => {
            next.at_since.insert(item.reference.clone());
        }
        _ => {
            next.since = Some(item.order.clone());
            next.at_since = BTreeSet::from([item.reference.clone()]);
        }
    }
    Page {
        records,
        more: !next.pending.is_empty(),
        next,
        not_modified: false,
    }
}

/// ACCC: the RSS feed's items (title, link, description, pubDate); each
/// item not handed on before is a record (its XML), keyed by its link and
/// dated by its pubDate (RFC 2822, ordered as UTC).
fn accc_page(cursor: &Cursor, resp: &Response) -> Result<Page, FeedError> {
    let feed = "accc".to_string();
    let body = resp.body.trim_start();
    if !body.starts_with('<')
        || body
            .get(..300)
            .unwrap_or(body)
            .to_ascii_lowercase()
            .contains("<html")
    {
        return Err(FeedError::HtmlPage { feed });
    }
    let items = elements(body, "item").map_err(|reason| FeedError::Unreadable {
        feed: feed.clone(),
        reason,
    })?;
    let mut read = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let link = element_text(&item, "link").unwrap_or_else(|| format!("unreferenced-{i}"));
        let date = element_text(&item, "pubDate")
            .and_then(|d| chrono::DateTime::parse_from_rfc2822(d.trim()).ok())
            .map(|d| d.with_timezone(&chrono::Utc).to_rfc3339())
            .ok_or_else(|| FeedError::Field {
                feed: feed.clone(),
                field: format!("item[{i}].pubDate"),
                reason: "is missing or not an RFC 2822 date".into(),
            })?;
        let slug = link
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or(&link)
            .to_string();
        read.push((slug, date.clone(), date, Value::String(item)));
    }
    let records = Feed::Accc.fresh(cursor, read);
    Ok(finish(cursor, records, resp))
}

/// Every `<tag>...</tag>` element of an XML document, as its own text
/// (CDATA kept), read with quick-xml so a CDATA holding `</tag>` is no end.
fn elements(xml: &str, tag: &str) -> Result<Vec<String>, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut depth = 0usize;
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(0);
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == tag.as_bytes() => {
                if start.is_none() {
                    start = Some(before);
                }
                depth += 1;
            }
            Ok(Event::End(e)) if e.name().as_ref() == tag.as_bytes() => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(s) = start.take() {
                        let end = usize::try_from(reader.buffer_position()).unwrap_or(xml.len());
                        out.push(xml.get(s..end).unwrap_or_default().trim().to_string());
                    }
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(format!("the XML does not parse at byte {before}: {e}")),
        }
    }
    if start.is_some() {
        return Err(format!("a <{tag}> element is not closed (truncated?)"));
    }
    Ok(out)
}

/// The text of the first `<tag>` inside `xml` (CDATA unwrapped), trimmed.
fn element_text(xml: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = xml.find(&open)? + open.len();
    let end = start + xml.get(start..)?.find(&close)?;
    let inner = xml.get(start..end)?.trim();
    let inner = inner
        .strip_prefix("<![CDATA[")
        .and_then(|i| i.strip_suffix("]]>"))
        .unwrap_or(inner);
    let t = inner.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// "24/09/2026" -> "2026-09-24".
fn dmy_to_iso(d: &str) -> Option<String> {
    let mut parts = d.trim().split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let date = chrono::NaiveDate::from_ymd_opt(
        year.parse().ok()?,
        month.parse().ok()?,
        day.parse().ok()?,
    )?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// The cursor once `records` (with their order keys) are handed on: `since`
/// the newest, `at_since` its ids; the response's validators kept; no drain.
fn finish(cursor: &Cursor, records: Vec<(String, FeedRecord)>, resp: &Response) -> Page {
    let mut next = cursor.clone();
    next.draining = None;
    for (order, r) in &records {
        match next.since.as_deref() {
            Some(s) if order.as_str() < s => {}
            Some(s) if order.as_str() == s => {
                next.at_since.insert(r.id.clone());
            }
            _ => {
                next.since = Some(order.clone());
                next.at_since = BTreeSet::from([r.id.clone()]);
            }
        }
    }
    if let Some(e) = resp.headers.get("etag") {
        next.etag = Some(e.clone());
    }
    if let Some(m) = resp.headers.get("last-modified") {
        next.last_modified = Some(m.clone());
    }
    Page {
        records: records.into_iter().map(|(_, r)| r).collect(),
        next,
        more: false,
        not_modified: false,
    }
}

/// A record's message id: its source, its reference, its version or date;
/// the same record polled twice is one message, a corrected one another.
pub fn message_id(source: &str, reference: &str, version: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    format!("feed:{source}:{}:{}", clean(reference), clean(version))
}

/// The body as JSON, or the named reason it is not.
fn json_body(feed: &str, body: &str) -> Result<Value, FeedError> {
    let trimmed = body.trim_start();
    if trimmed.starts_with('<') {
        return Err(FeedError::HtmlPage {
            feed: feed.to_string(),
        });
    }
    serde_json::from_str(body).map_err(|e| {
        if e.is_eof() {
            FeedError::Truncated {
                feed: feed.to_string(),
            }
        } else {
            FeedError::Unreadable {
                feed: feed.to_string(),
                reason: e.to_string(),
            }
        }
    })
}

/// Percent-encodes a query value.
fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[cfg(test)]
#[path = "feeds_test.rs"]
mod tests;
