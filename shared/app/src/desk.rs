//! `recall-desk`: the desk's questions answered (SPEC 3). Each query reads
//! what it needs through the ports, by key or index (never a scan), and the
//! domain's read model makes the view; the function renders it as JSON, a
//! page or CSV.
//!
//! Reads per query (DynamoDB calls): a recall, 1 `Query` of its partition +
//! 1 `BatchGetItem` of its measures per 100 cases + 1 `Query` of each
//! case's outbox; a case, the same for its one case; a listing, 1
//! `GetItem` + 1 `Query` of its measures + 1 `BatchGetItem` of its cases; a
//! seller, 1 `BatchGetItem` + 1 `BatchGetItem` of the standing + 1 `Query`
//! of the ledger + 1 `Query` of the cases index; the review queue, 1 index
//! `Query` a page; a search, 1 `Query` (or `GetItem`) + 1 `BatchGetItem`;
//! a list, 1 `Query`; the lists' index, 1 `Query` of keys; the compliance
//! report, 1 index `Query` per month of the period + the review queue's
//! pages (which recalls still wait for the desk).

use crate::ports::{Desk, Ledger, PortError, Recalls, Reviews, Sellers};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use safety_domain::desk::answer::DeskAnswer;
use safety_domain::desk::compliance::{authority_country, compliance_report, AuthorityRecall};
use safety_domain::desk::lists::{list_index, RecallList};
use safety_domain::desk::query::{DeskError, DeskQuery, Format, REVIEW_PAGE, REVIEW_PAGE_MAX};
use safety_domain::desk::views::{
    case_page, error_page, listing_view, recall_view, review_queue, search_view, seller_view,
    NoticeRead, RecallReads,
};
use safety_domain::desk::working_days::HolidayCalendar;
use safety_domain::kernel::ids::{fold, Gtin};
use safety_domain::recall::matching::{IdentityKey, Lookup};
use safety_domain::recall::SourceRef;
use std::collections::{BTreeMap, BTreeSet};

pub const FUNCTION: &str = "recall-desk";

/// Who may ask: the desk (everything), or anyone (the public recall product
/// lists only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Desk,
    Public,
}

impl Audience {
    fn may_ask(self, q: &DeskQuery) -> bool {
        self == Audience::Desk
            || matches!(q, DeskQuery::RecallList { .. } | DeskQuery::RecallLists {})
    }
}

/// A page as the Function URL answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
    /// Cacheable by anyone (the public lists).
    pub public: bool,
}

impl Page {
    fn new(status: u16, content_type: &'static str, body: String, public: bool) -> Page {
        Page {
            status,
            content_type,
            body,
            public,
        }
    }

    /// The page's headers: its type; no script may run and none may be
    /// injected; the desk's pages never cached, the public lists 5 minutes.
    pub fn headers(&self) -> [(&'static str, &'static str); 4] {
        [
            ("content-type", self.content_type),
            (
                "content-security-policy",
                "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; form-action 'self'",
            ),
            ("x-content-type-options", "nosniff"),
            (
                "cache-control",
                if self.public { "public, max-age=300" } else { "no-store" },
            ),
        ]
    }
}

/// A direct invocation's JSON query, answered as JSON: a bad query or an
/// unknown id is an answer saying so; a store failure is the error (the
/// caller retries).
pub async fn query<S>(
    store: &S,
    audience: Audience,
    value: &serde_json::Value,
    now: DateTime<Utc>,
    holidays: &HolidayCalendar,
) -> Result<serde_json::Value, DeskError>
where
    S: Desk + Recalls + Reviews + Sellers + Ledger,
{
    let answered = match DeskQuery::parse(value) {
        Ok(q) if !audience.may_ask(&q) => Err(DeskError::NotFound {
            what: "query",
            id: "(the public lists answer recall_list and recall_lists only)".into(),
        }),
        Ok(q) => answer(store, &q, now, holidays).await,
        Err(e) => Err(e),
    };
    match answered {
        Ok(a) => Ok(a.to_json()),
        Err(e @ DeskError::Unavailable(_)) => Err(e),
        Err(e) => Ok(e.to_json()),
    }
}

/// A page of the Function URL (its path as decoded segments, its query
/// string): HTML, JSON for `.json`, CSV for the compliance report; a bad
/// path or an unknown id is its error page; a store failure is the error.
pub async fn page<S>(
    store: &S,
    audience: Audience,
    raw_path: &str,
    params: &BTreeMap<String, String>,
    now: DateTime<Utc>,
    holidays: &HolidayCalendar,
) -> Result<Page, DeskError>
where
    S: Desk + Recalls + Reviews + Sellers + Ledger,
{
    let segments = DeskQuery::path_segments(raw_path);
    let (q, format) = match DeskQuery::route(&segments, params, now.date_naive()) {
        Ok((q, _)) if !audience.may_ask(&q) => {
            return Ok(error_page_of(
                &DeskError::NotFound {
                    what: "page",
                    id: "(only the recall product lists are public: /lists/)".into(),
                },
                Format::Html,
            ))
        }
        Ok(routed) => routed,
        Err(e) => return Ok(error_page_of(&e, Format::Html)),
    };
    match answer(store, &q, now, holidays).await {
        Ok(a) => Ok(page_of(&a, format)),
        Err(e @ DeskError::Unavailable(_)) => Err(e),
        Err(e) => Ok(error_page_of(&e, format)),
    }
}

fn page_of(answer: &DeskAnswer, format: Format) -> Page {
    let public = answer.is_public();
    match format {
        Format::Json => Page::new(
            200,
            "application/json",
            answer.to_json().to_string(),
            public,
        ),
        Format::Csv => match answer.to_csv() {
            Some(Ok(csv)) => Page::new(200, "text/csv; charset=utf-8", csv, public),
            Some(Err(e)) => {
                tracing::error!(error = %e, "a CSV did not write");
                Page::new(
                    500,
                    "text/plain; charset=utf-8",
                    "the CSV did not write".into(),
                    false,
                )
            }
            None => error_page_of(
                &DeskError::bad("format", "this page has no CSV"),
                Format::Html,
            ),
        },
        Format::Html => match answer.to_html() {
            Ok(html) => Page::new(200, "text/html; charset=utf-8", html, public),
            Err(e) => {
                tracing::error!(error = %e, "a page did not render");
                Page::new(
                    500,
                    "text/plain; charset=utf-8",
                    "the page did not render".into(),
                    false,
                )
            }
        },
    }
}

fn error_page_of(e: &DeskError, format: Format) -> Page {
    let status = e.status();
    match format {
        Format::Json | Format::Csv => {
            Page::new(status, "application/json", e.to_json().to_string(), false)
        }
        Format::Html => {
            let body = error_page(status, &e.to_string()).unwrap_or_else(|_| e.to_string());
            Page::new(status, "text/html; charset=utf-8", body, false)
        }
    }
}

fn unavailable(e: PortError) -> DeskError {
    DeskError::Unavailable(e.to_string())
}

/// Answers one query at `now`; `holidays` count in the compliance report.
pub async fn answer<S>(
    store: &S,
    query: &DeskQuery,
    now: DateTime<Utc>,
    holidays: &HolidayCalendar,
) -> Result<DeskAnswer, DeskError>
where
    S: Desk + Recalls + Reviews + Sellers + Ledger,
{
    match query {
        DeskQuery::Recall { recall_id } => {
            let reads = recall_reads(store, recall_id, None).await?;
            recall_view(reads)
                .map(|v| DeskAnswer::Recall(Box::new(v)))
                .ok_or_else(|| not_found("recall", recall_id))
        }
        DeskQuery::Case { case_id } => {
            let recall_id = case_id.split_once('/').map(|(r, _)| r).unwrap_or_default();
            let reads = recall_reads(store, recall_id, Some(case_id)).await?;
            case_page(&reads, case_id)
                .map(|v| DeskAnswer::Case(Box::new(v)))
                .ok_or_else(|| not_found("case", case_id))
        }
        DeskQuery::Listing { listing_id } => {
            let listing = store
                .listing(listing_id)
                .await
                .map_err(unavailable)?
                .ok_or_else(|| not_found("listing", listing_id))?;
            let measures = store
                .listing_measures(listing_id)
                .await
                .map_err(unavailable)?;
            let case_ids: Vec<String> = measures
                .iter()
                .filter(|(m, _)| m.is_recall())
                .map(|(m, _)| format!("{}/{listing_id}", m.recall_id))
                .collect();
            let cases = if case_ids.is_empty() {
                Vec::new()
            } else {
                store.cases_by_id(&case_ids).await.map_err(unavailable)?
            };
            Ok(DeskAnswer::Listing(listing_view(
                listing, &measures, &cases,
            )))
        }
        DeskQuery::Seller { seller_id } => {
            let ids = BTreeSet::from([seller_id.clone()]);
            let seller = store
                .sellers(&ids)
                .await
                .map_err(unavailable)?
                .remove(seller_id);
            let standing = store
                .standings(&ids)
                .await
                .map_err(unavailable)?
                .remove(seller_id)
                .unwrap_or_default();
            let ledger = store.ledger(seller_id).await.map_err(unavailable)?;
            let cases = store
                .cases_of_seller(seller_id)
                .await
                .map_err(unavailable)?;
            seller_view(seller_id, seller, standing, ledger, cases)
                .map(DeskAnswer::Seller)
                .ok_or_else(|| not_found("seller", seller_id))
        }
        DeskQuery::ReviewQueue { limit, after } => {
            let (cases, next) = store
                .review_queue(limit.unwrap_or(REVIEW_PAGE), after.as_deref())
                .await
                .map_err(unavailable)?;
            Ok(DeskAnswer::ReviewQueue(review_queue(cases, next, now)))
        }
        DeskQuery::Search {
            gtin,
            brand,
            model,
            source,
            reference,
        } => {
            let (by, ids) = match (gtin, brand, source.as_ref().zip(reference.as_ref())) {
                (Some(g), _, _) => {
                    let gtin = Gtin::parse(g).map_err(|e| DeskError::bad("gtin", e.to_string()))?;
                    let lookup = Lookup {
                        key: IdentityKey::Gtin(gtin.to_string()),
                        sort_prefix: String::new(),
                    };
                    (format!("GTIN {gtin}"), hits(store, &lookup).await?)
                }
                (None, Some(b), _) => {
                    let lookup = Lookup {
                        key: IdentityKey::Brand(fold(b)),
                        sort_prefix: model.as_deref().map(fold).unwrap_or_default(),
                    };
                    let by = match model {
                        Some(m) => format!("brand {b}, model {m}"),
                        None => format!("brand {b}"),
                    };
                    (by, hits(store, &lookup).await?)
                }
                (None, None, Some((s, r))) => {
                    let src = SourceRef {
                        source: s.clone(),
                        reference: r.clone(),
                        url: None,
                    };
                    let id = store.recall_for_source(&src).await.map_err(unavailable)?;
                    (format!("{s} {r}"), id.into_iter().collect())
                }
                _ => {
                    return Err(DeskError::bad(
                        "search",
                        "give gtin, brand or source with reference",
                    ))
                }
            };
            let recalls = if ids.is_empty() {
                Vec::new()
            } else {
                store.recalls_by_id(&ids).await.map_err(unavailable)?
            };
            Ok(DeskAnswer::Search(search_view(by, recalls)))
        }
        DeskQuery::ComplianceReport { from, to } => {
            let recalls = authority_recalls(store, *from, *to).await?;
            Ok(DeskAnswer::Compliance(Box::new(compliance_report(
                &recalls,
                (*from, *to),
                now,
                holidays,
            ))))
        }
        DeskQuery::RecallList { category, market } => {
            let recalls = store
                .recall_list(*category, market)
                .await
                .map_err(unavailable)?;
            Ok(DeskAnswer::RecallList(RecallList::new(
                *category,
                market.clone(),
                recalls,
            )))
        }
        DeskQuery::RecallLists {} => {
            let counts = store.list_counts().await.map_err(unavailable)?;
            let markets: BTreeSet<_> = counts.iter().map(|(_, m, _)| m.clone()).collect();
            let markets: Vec<_> = markets.into_iter().collect();
            Ok(DeskAnswer::RecallLists(list_index(&counts, &markets)))
        }
    }
}

/// The authority recalls received in the period (by each authority's local
/// date: the read takes a day either side, the report keeps its own), with
/// their timelines. Whether a recall affects listings is read from its
/// timeline (blocked) and the review queue (weak matches awaiting the desk,
/// so still open); one that neither blocked nor waits for the desk had
/// nothing on the platform to block.
async fn authority_recalls(
    store: &impl Desk,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<AuthorityRecall>, DeskError> {
    let start = (from - chrono::Duration::days(1))
        .and_time(NaiveTime::MIN)
        .and_utc();
    let end = (to + chrono::Duration::days(2))
        .and_time(NaiveTime::MIN)
        .and_utc();
    let received = store
        .recalls_received(start, end)
        .await
        .map_err(unavailable)?;
    let mut awaiting_review = BTreeSet::new();
    let mut after: Option<String> = None;
    loop {
        let (cases, next) = store
            .review_queue(REVIEW_PAGE_MAX, after.as_deref())
            .await
            .map_err(unavailable)?;
        awaiting_review.extend(cases.into_iter().map(|c| c.recall_id));
        match next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    let at = |t: &BTreeMap<String, String>, f: &str| {
        t.get(f)
            .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
            .map(|v| v.with_timezone(&Utc))
    };
    Ok(received
        .into_iter()
        .filter_map(|(recall, timeline)| {
            let country = recall
                .sources
                .iter()
                .find_map(|s| authority_country(&s.source))?;
            let received_at = at(&timeline, "received_at")?;
            let blocked_at = at(&timeline, "blocked_at");
            let affected = blocked_at.is_some() || awaiting_review.contains(&recall.id);
            // The authorities first: the report names the first.
            let mut sources: Vec<(String, String)> = recall
                .sources
                .iter()
                .map(|s| (s.source.clone(), s.reference.clone()))
                .collect();
            sources.sort_by_key(|(s, _)| authority_country(s).is_none());
            Some(AuthorityRecall {
                sources,
                recall_id: recall.id,
                title: recall.title,
                country,
                received_at,
                identified_at: at(&timeline, "identified_at"),
                blocked_at,
                sellers_notified_at: at(&timeline, "sellers_notified_at"),
                consumers_notified_at: at(&timeline, "consumers_notified_at"),
                affected_listings: usize::from(affected),
            })
        })
        .collect())
}

fn not_found(what: &'static str, id: &str) -> DeskError {
    DeskError::NotFound {
        what,
        id: id.to_string(),
    }
}

/// The recalls under an identity key.
async fn hits(store: &impl Recalls, lookup: &Lookup) -> Result<BTreeSet<String>, DeskError> {
    Ok(store
        .lookup(lookup)
        .await
        .map_err(unavailable)?
        .recalls
        .into_iter()
        .map(|h| h.recall_id)
        .collect())
}

/// What a recall's page (or one of its cases', `only`) reads.
async fn recall_reads<S>(
    store: &S,
    recall_id: &str,
    only: Option<&str>,
) -> Result<RecallReads, DeskError>
where
    S: Desk + Recalls,
{
    let part = store
        .recall_partition(recall_id)
        .await
        .map_err(unavailable)?;
    if part.recall.is_none() {
        return Ok(RecallReads::default());
    }
    let cases: Vec<_> = part
        .cases
        .iter()
        .filter(|c| only.is_none_or(|id| c.case_id == id))
        .collect();
    let listing_ids: Vec<String> = cases.iter().map(|c| c.listing_id.clone()).collect();
    let measures = if listing_ids.is_empty() {
        Vec::new()
    } else {
        store
            .recall_measures(recall_id, &listing_ids)
            .await
            .map_err(unavailable)?
    };
    let mut outbox = Vec::new();
    for c in &cases {
        outbox.extend(
            store
                .outbox_about(&format!("case:{}", c.case_id))
                .await
                .map_err(unavailable)?,
        );
    }
    Ok(RecallReads {
        recall: part.recall,
        timeline: part.timeline,
        cases: part.cases,
        notices: part
            .notices
            .into_iter()
            .map(|n| NoticeRead {
                notice: n.notice,
                status: n.status.as_str().to_string(),
                sent_at: n.sent_at,
            })
            .collect(),
        ruled_out: part.ruled_out,
        measures,
        outbox,
        deliveries: part.deliveries,
    })
}

#[cfg(test)]
#[path = "desk_test.rs"]
mod tests;
