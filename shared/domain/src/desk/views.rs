//! The desk's read models (SPEC 3): what the store holds in, what a
//! person reads out. Pure: each view is built from the reads its query made
//! and the time; serialised it is the JSON answer, rendered it is the page.

use crate::catalog::{Listing, Seller};
use crate::desk::page::{render, PageError};
use crate::kernel::ids::Country;
use crate::kernel::text::safe_url;
use crate::kernel::time::human_time;
use crate::ledger::entries::LedgerEntry;
use crate::ledger::standing::StoredStanding;
use crate::notices::render::source_label;
use crate::outbox::{Effect, OutboxStatus, StoredItem};
use crate::recall::case::{Case, CaseState, ListingMeasures, MeasureKind, SellerNotice};
use crate::recall::intake::RuledOut;
use crate::recall::Recall;
use chrono::{DateTime, Utc};
use minijinja::context;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The recall's timeline steps, in order, with their labels.
pub const STEPS: [(&str, &str); 5] = [
    ("received_at", "Received"),
    ("identified_at", "Listings identified"),
    ("blocked_at", "Blocked"),
    ("sellers_notified_at", "Sellers told"),
    ("consumers_notified_at", "Consumers told"),
];

/// A seller notice as stored: sent or pending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoticeRead {
    pub notice: SellerNotice,
    pub status: String,
    pub sent_at: Option<String>,
}

/// What the recall page reads: the recall's partition, its cases' measures
/// and the outbox items about its cases (events, pages, progress).
#[derive(Debug, Clone, Default)]
pub struct RecallReads {
    pub recall: Option<Recall>,
    pub timeline: BTreeMap<String, String>,
    pub cases: Vec<Case>,
    pub notices: Vec<NoticeRead>,
    pub ruled_out: Vec<RuledOut>,
    /// This recall's measures on its cases' listings, each with whether it
    /// was reversed.
    pub measures: Vec<(ListingMeasures, bool)>,
    pub outbox: Vec<StoredItem>,
    /// SES's bounces and complaints of the recall's emails.
    pub deliveries: Vec<crate::delivery::DeliveryNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceView {
    pub source: String,
    pub label: String,
    pub reference: String,
    pub url: Option<String>,
}

/// One step of the timeline: when, and how long after receipt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub field: &'static str,
    pub label: &'static str,
    pub at: Option<DateTime<Utc>>,
    pub at_text: Option<String>,
    /// "+44 ms", "+7 d 1 h" after receipt.
    pub after: Option<String>,
    /// Where the step sits on the drawn timeline (0..=100), equally spaced.
    pub x: u32,
}

/// One market's measures on a case's listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarketMeasures {
    pub market: Country,
    pub measures: Vec<MeasureKind>,
    pub reversed: bool,
}

/// An event for the marketplace, as the outbox holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventView {
    pub detail_type: String,
    pub event_id: String,
    pub summary: String,
    pub sent: bool,
    pub sent_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseView {
    pub case: Case,
    pub state: &'static str,
    pub measures: Vec<MarketMeasures>,
    /// Buyers told of the recall by this case's pages (from their progress).
    pub consumers_told: u64,
    pub events: Vec<EventView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BounceRow {
    pub at: String,
    pub role: String,
    /// What the email was (its outbox key: `notice:…`, `recall:…`).
    pub email: String,
    pub to: String,
    pub outcome: &'static str,
    pub subtype: String,
    /// Never emailed again (a hard bounce, a complaint).
    pub suppressed: bool,
    /// The first characters of the address's key: tells two recipients
    /// apart without naming either.
    pub recipient: String,
}

fn bounce_rows(notes: &[crate::delivery::DeliveryNote]) -> Vec<BounceRow> {
    let mut rows: Vec<BounceRow> = notes
        .iter()
        .map(|n| BounceRow {
            at: crate::kernel::time::human_time(n.at),
            role: n.role.clone(),
            email: n.about.clone().unwrap_or_default(),
            to: n.to.clone().unwrap_or_default(),
            outcome: n.outcome.as_str(),
            subtype: n.subtype.clone(),
            suppressed: n.outcome.suppresses(),
            recipient: n.recipient.chars().take(12).collect(),
        })
        .collect();
    rows.sort_by(|a, b| b.at.cmp(&a.at));
    rows
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecallView {
    pub recall: Recall,
    pub sources: Vec<SourceView>,
    pub timeline: Vec<Step>,
    pub cases: Vec<CaseView>,
    pub ruled_out: Vec<RuledOut>,
    pub notices: Vec<NoticeRead>,
    pub consumers_told: u64,
    /// SES's bounces and complaints of the recall's emails, newest first:
    /// who (a role and the email's outbox key, never an address), what, and
    /// whether the address is no longer emailed.
    pub bounces: Vec<BounceRow>,
    pub events: Vec<EventView>,
}

fn elapsed(from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let d = to - from;
    let ms = d.num_milliseconds();
    if ms < 0 {
        return "before receipt".into();
    }
    if ms < 1000 {
        return format!("+{ms} ms");
    }
    let s = d.num_seconds();
    if s < 60 {
        return format!("+{s} s");
    }
    let m = d.num_minutes();
    if m < 60 {
        return format!("+{m} min");
    }
    let h = d.num_hours();
    if h < 24 {
        return format!("+{h} h {} min", m % 60);
    }
    format!("+{} d {} h", d.num_days(), h % 24)
}

/// The drawn timeline's steps from a recall's timeline attributes.
pub fn timeline(times: &BTreeMap<String, String>) -> Vec<Step> {
    let at = |f: &str| {
        times
            .get(f)
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc))
    };
    let received = at("received_at");
    let last = (STEPS.len() - 1) as u32;
    STEPS
        .iter()
        .enumerate()
        .map(|(i, (field, label))| {
            let t = at(field);
            Step {
                field,
                label,
                at: t,
                at_text: t.map(human_time),
                after: match (received, t) {
                    (Some(r), Some(t)) if *field != "received_at" => Some(elapsed(r, t)),
                    _ => None,
                },
                x: (i as u32) * 100 / last.max(1),
            }
        })
        .collect()
}

fn sources(recall: &Recall) -> Vec<SourceView> {
    recall
        .sources
        .iter()
        .map(|s| SourceView {
            source: s.source.clone(),
            label: source_label(&s.source).to_string(),
            reference: s.reference.clone(),
            url: s.url.as_deref().and_then(safe_url),
        })
        .collect()
}

/// The events among outbox items, newest decisions last (as written).
fn events_of<'a>(items: impl Iterator<Item = &'a StoredItem>) -> Vec<EventView> {
    items
        .filter_map(|s| {
            let Effect::Event {
                detail_type,
                detail,
            } = &s.item.effect
            else {
                return None;
            };
            let d: serde_json::Value = serde_json::from_str(detail).unwrap_or_default();
            let (sent, sent_at) = match &s.status {
                OutboxStatus::Sent { at } => (true, Some(human_time(*at))),
                OutboxStatus::Pending { .. } => (false, None),
            };
            Some(EventView {
                detail_type: detail_type.clone(),
                event_id: d["event_id"].as_str().unwrap_or_default().to_string(),
                summary: event_summary(detail_type, &d),
                sent,
                sent_at,
            })
        })
        .collect()
}

/// An event in a few words: what the marketplace was asked to do.
fn event_summary(detail_type: &str, d: &serde_json::Value) -> String {
    let text = |k: &str| d[k].as_str().unwrap_or("?").to_string();
    match detail_type {
        "listing_measures_changed" => {
            let markets: Vec<String> = d["markets"]
                .as_array()
                .map(|ms| {
                    ms.iter()
                        .map(|m| {
                            let kinds: Vec<&str> = m["measures"]
                                .as_array()
                                .map(|k| k.iter().filter_map(|x| x.as_str()).collect())
                                .unwrap_or_default();
                            format!(
                                "{} {} {}",
                                m["action"].as_str().unwrap_or("?"),
                                m["market"].as_str().unwrap_or("?"),
                                kinds.join("+")
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            format!("listing {}: {}", text("listing_id"), markets.join("; "))
        }
        "consumer_recall_progress" => format!(
            "{}: {} consumers told{}",
            text("market"),
            d["consumers_told"].as_u64().unwrap_or(0),
            if d["done"].as_bool() == Some(true) {
                ", done"
            } else {
                ""
            }
        ),
        "order_stop_requested" => format!(
            "order {} to {}: do not ship, refund at the seller's cost",
            text("order_id"),
            text("market")
        ),
        other => other.to_string(),
    }
}

fn market_measures(case: &Case, measures: &[(ListingMeasures, bool)]) -> Vec<MarketMeasures> {
    let mut per: BTreeMap<Country, (BTreeSet<MeasureKind>, bool)> = BTreeMap::new();
    for (m, reversed) in measures
        .iter()
        .filter(|(m, _)| m.listing_id == case.listing_id && m.recall_id == case.recall_id)
    {
        for x in &m.measures {
            let markets: Vec<Country> = match &x.market {
                Some(c) => vec![c.clone()],
                None => case.markets.iter().cloned().collect(),
            };
            for c in markets {
                let e = per.entry(c).or_default();
                e.0.insert(x.kind);
                e.1 |= *reversed;
            }
        }
    }
    per.into_iter()
        .map(|(market, (kinds, reversed))| MarketMeasures {
            market,
            measures: kinds.into_iter().collect(),
            reversed,
        })
        .collect()
}

fn case_view(case: &Case, measures: &[(ListingMeasures, bool)], outbox: &[StoredItem]) -> CaseView {
    let about = format!("case:{}", case.case_id);
    let mine: Vec<&StoredItem> = outbox
        .iter()
        .filter(|s| s.item.key.about == about)
        .collect();
    let events = events_of(mine.iter().copied());
    let consumers_told = mine
        .iter()
        .filter(|s| matches!(s.status, OutboxStatus::Sent { .. }))
        .filter_map(|s| match &s.item.effect {
            Effect::Event {
                detail_type,
                detail,
            } if detail_type == "consumer_recall_progress" => {
                serde_json::from_str::<serde_json::Value>(detail)
                    .ok()
                    .and_then(|d| d["consumers_told"].as_u64())
            }
            _ => None,
        })
        .sum();
    CaseView {
        case: case.clone(),
        state: case.state.as_str(),
        measures: market_measures(case, measures),
        consumers_told,
        events,
    }
}

/// A recall's page; `None` when the recall is not known.
pub fn recall_view(reads: RecallReads) -> Option<RecallView> {
    let recall = reads.recall?;
    let mut cases: Vec<CaseView> = reads
        .cases
        .iter()
        .map(|c| case_view(c, &reads.measures, &reads.outbox))
        .collect();
    cases.sort_by_key(|c| c.case.opened_at);
    let events: Vec<EventView> = cases.iter().flat_map(|c| c.events.clone()).collect();
    Some(RecallView {
        sources: sources(&recall),
        timeline: timeline(&reads.timeline),
        consumers_told: cases.iter().map(|c| c.consumers_told).sum(),
        cases,
        ruled_out: reads.ruled_out,
        notices: reads.notices,
        bounces: bounce_rows(&reads.deliveries),
        events,
        recall,
    })
}

impl RecallView {
    pub fn to_html(&self) -> Result<String, PageError> {
        render(
            "desk/recall.html",
            context! { title => format!("Recall {}", self.recall.id), v => self },
        )
    }
}

/// One case's page: the case in its recall.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseOnlyView {
    pub recall_id: String,
    pub recall_title: String,
    pub hazard: String,
    pub case: CaseView,
}

/// A case's page from its recall's reads; `None` when the case is not in it.
pub fn case_page(reads: &RecallReads, case_id: &str) -> Option<CaseOnlyView> {
    let recall = reads.recall.as_ref()?;
    let case = reads.cases.iter().find(|c| c.case_id == case_id)?;
    Some(CaseOnlyView {
        recall_id: recall.id.clone(),
        recall_title: recall.title.clone(),
        hazard: recall.hazard.clone(),
        case: case_view(case, &reads.measures, &reads.outbox),
    })
}

impl CaseOnlyView {
    pub fn to_html(&self) -> Result<String, PageError> {
        render(
            "desk/case.html",
            context! { title => format!("Case {}", self.case.case.case_id), v => self },
        )
    }
}

/// A listing's recall history: each recall that took measures on it, with
/// its case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListingView {
    pub listing: Listing,
    pub history: Vec<HistoryRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryRow {
    /// The recall, or `report:<id>` for a reported violation's removal.
    pub recall_id: String,
    pub case: Option<Case>,
    pub state: Option<&'static str>,
    pub measures: Vec<MeasureKind>,
    pub markets: Vec<Country>,
    pub reversed: bool,
}

pub fn listing_view(
    listing: Listing,
    measures: &[(ListingMeasures, bool)],
    cases: &[Case],
) -> ListingView {
    let history = measures
        .iter()
        .map(|(m, reversed)| {
            let case = cases.iter().find(|c| c.recall_id == m.recall_id).cloned();
            let kinds: BTreeSet<MeasureKind> = m.measures.iter().map(|x| x.kind).collect();
            let markets: BTreeSet<Country> =
                m.measures.iter().filter_map(|x| x.market.clone()).collect();
            HistoryRow {
                recall_id: m.recall_id.clone(),
                state: case.as_ref().map(|c| c.state.as_str()),
                case,
                measures: kinds.into_iter().collect(),
                markets: markets.into_iter().collect(),
                reversed: *reversed,
            }
        })
        .collect();
    ListingView { listing, history }
}

impl ListingView {
    pub fn to_html(&self) -> Result<String, PageError> {
        render(
            "desk/listing.html",
            context! { title => format!("Listing {}", self.listing.listing_id), v => self },
        )
    }
}

/// A seller: standing, ledger (newest first) and cases.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SellerView {
    pub seller: Option<Seller>,
    pub seller_id: String,
    pub standing: StoredStanding,
    pub points: i32,
    pub ledger: Vec<LedgerEntry>,
    pub cases: Vec<Case>,
}

/// A seller's page; `None` when the seller is not known and has no case.
pub fn seller_view(
    seller_id: &str,
    seller: Option<Seller>,
    standing: StoredStanding,
    mut ledger: Vec<LedgerEntry>,
    cases: Vec<Case>,
) -> Option<SellerView> {
    if seller.is_none() && cases.is_empty() && ledger.is_empty() {
        return None;
    }
    ledger.sort_by_key(|e| std::cmp::Reverse(e.at));
    Some(SellerView {
        seller_id: seller_id.to_string(),
        points: ledger.iter().map(|e| e.points).sum(),
        seller,
        standing,
        ledger,
        cases,
    })
}

impl SellerView {
    pub fn to_html(&self) -> Result<String, PageError> {
        render(
            "desk/seller.html",
            context! { title => format!("Seller {}", self.seller_id), v => self },
        )
    }
}

/// The review queue: every case awaiting review, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewQueueView {
    pub cases: Vec<ReviewRow>,
    /// The cursor of the next page, when there is one.
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewRow {
    pub case: Case,
    pub waiting: String,
}

pub fn review_queue(cases: Vec<Case>, next: Option<String>, now: DateTime<Utc>) -> ReviewQueueView {
    let mut rows: Vec<ReviewRow> = cases
        .into_iter()
        .filter(|c| c.state == CaseState::AwaitingReview)
        .map(|c| ReviewRow {
            waiting: elapsed(c.opened_at, now)
                .trim_start_matches('+')
                .to_string(),
            case: c,
        })
        .collect();
    rows.sort_by_key(|r| r.case.opened_at);
    ReviewQueueView { cases: rows, next }
}

impl ReviewQueueView {
    pub fn to_html(&self) -> Result<String, PageError> {
        render(
            "desk/review_queue.html",
            context! { title => "Review queue", v => self },
        )
    }
}

/// A search's answer: the recalls found, newest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchView {
    /// What was searched, in words ("GTIN 03760289220694").
    pub by: String,
    pub recalls: Vec<RecallSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecallSummary {
    pub recall_id: String,
    pub title: String,
    pub sources: Vec<SourceView>,
    pub markets: Vec<Country>,
    pub risk: crate::recall::RiskLevel,
}

pub fn search_view(by: String, mut recalls: Vec<Recall>) -> SearchView {
    recalls.sort_by(|a, b| b.published_at.cmp(&a.published_at).then(a.id.cmp(&b.id)));
    SearchView {
        by,
        recalls: recalls
            .iter()
            .map(|r| RecallSummary {
                recall_id: r.id.clone(),
                title: r.title.clone(),
                sources: sources(r),
                markets: r.markets.iter().cloned().collect(),
                risk: r.risk,
            })
            .collect(),
    }
}

impl SearchView {
    pub fn to_html(&self) -> Result<String, PageError> {
        render(
            "desk/search.html",
            context! { title => "Search", v => self },
        )
    }
}

/// The page of an error: what was asked, what is wrong.
pub fn error_page(status: u16, message: &str) -> Result<String, PageError> {
    render(
        "desk/error.html",
        context! { title => format!("{status}"), status => status, message => message },
    )
}

#[cfg(test)]
#[path = "views_test.rs"]
mod tests;
