//! The events the back office publishes for the marketplace's systems on
//! the `product-safety` EventBridge bus (SPEC 1.8): the back office decides,
//! the marketplace applies. Each is an outbox item of the decision that
//! causes it, keyed so that the same decision twice is the same event with
//! the same `event_id`. Schemas: `docs/events/<detail-type>.v1.json`.

use crate::catalog::Listing;
use crate::kernel::ids::Country;
use crate::kernel::money::Money;
use crate::ledger::Standing;
use crate::outbox::{Effect, OutboxItem, OutboxKey};
use crate::recall::case::{Case, Measure, MeasureKind, SellerNotice};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The events' `source` on the bus.
pub const SOURCE: &str = "marketplace.product-safety";
/// The version of every event's schema.
pub const SCHEMA_VERSION: u32 = 1;
pub const LISTING_MEASURES_CHANGED: &str = "listing_measures_changed";

/// What a listing's measures change for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cause {
    /// `recall` or `report`.
    pub kind: &'static str,
    pub id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Block,
    Lift,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Block => "block",
            Action::Lift => "lift",
        }
    }
}

/// What changes in one market.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MarketChange {
    pub market: Country,
    pub action: Action,
    /// The measures taken (a block) or lifted (a lift) in that market.
    pub measures: Vec<MeasureKind>,
}

/// `listing_measures_changed`: a listing is to be hidden, delisted or pulled
/// in these markets, or its measures there lifted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListingMeasuresChanged {
    pub event_id: String,
    pub occurred_at: DateTime<Utc>,
    pub schema_version: u32,
    pub listing_id: String,
    pub seller_id: String,
    pub cause: Cause,
    pub case_id: Option<String>,
    pub markets: Vec<MarketChange>,
    pub reason: String,
}

/// The measures a notice tells its seller of, as the events that tell the
/// marketplace to apply them: one per case, per market (a measure for every
/// market, such as a delisting, applies in each of the item's markets). A
/// notice and its events are decided together; the events go out whether or
/// not the seller is known yet.
pub fn notice_events(notice: &SellerNotice, at: DateTime<Utc>) -> Vec<OutboxItem> {
    notice
        .items
        .iter()
        .filter_map(|item| {
            let about = Subject {
                case_id: &item.case_id,
                listing_id: &item.listing_id,
                seller_id: &notice.seller_id,
                recall_id: &notice.recall_id,
            };
            let per_market = kinds_per_market(&item.measures, &item.markets);
            changed(
                &about,
                Action::Block,
                per_market,
                reason_of(&item.measures),
                at,
            )
        })
        .collect()
}

/// The lift of a case's measures in every one of its markets (an upheld
/// appeal): the marketplace restores the listing there.
pub fn measures_lifted(
    case: &Case,
    measures: &[Measure],
    reason: &str,
    at: DateTime<Utc>,
) -> Option<OutboxItem> {
    let mut per_market = kinds_per_market(measures, &case.markets);
    per_market.retain(|c, _| case.markets.contains(c));
    for c in &case.markets {
        per_market.entry(c.clone()).or_default();
    }
    let about = Subject {
        case_id: &case.case_id,
        listing_id: &case.listing_id,
        seller_id: &case.seller_id,
        recall_id: &case.recall_id,
    };
    changed(&about, Action::Lift, per_market, reason.to_string(), at)
}

/// A reported violation's listing removal (SPEC 1.6), as the event that
/// tells the marketplace to delist the listing in each of its markets.
pub fn report_measures_event(
    report_id: &str,
    listing: &Listing,
    measures: &[Measure],
    at: DateTime<Utc>,
) -> Option<OutboxItem> {
    let recall_id = format!("report:{report_id}");
    let about = Subject {
        case_id: &recall_id,
        listing_id: &listing.listing_id,
        seller_id: &listing.seller_id,
        recall_id: &recall_id,
    };
    let per_market = kinds_per_market(measures, &listing.markets);
    changed(&about, Action::Block, per_market, reason_of(measures), at)
}

/// Each market's measure kinds: a measure for one market counts there; one
/// for every market (a delisting) in each of `markets`.
fn kinds_per_market(
    measures: &[Measure],
    markets: &BTreeSet<Country>,
) -> BTreeMap<Country, BTreeSet<MeasureKind>> {
    let mut per_market: BTreeMap<Country, BTreeSet<MeasureKind>> = BTreeMap::new();
    for m in measures {
        match &m.market {
            Some(c) => {
                per_market.entry(c.clone()).or_default().insert(m.kind);
            }
            None => {
                for c in markets {
                    per_market.entry(c.clone()).or_default().insert(m.kind);
                }
            }
        }
    }
    per_market
}

/// Why the measures were taken (they share one reason).
fn reason_of(measures: &[Measure]) -> String {
    measures
        .first()
        .map(|m| m.reason.clone())
        .unwrap_or_default()
}

/// Whose measures change (for a report: the report stands for the case).
struct Subject<'a> {
    case_id: &'a str,
    listing_id: &'a str,
    seller_id: &'a str,
    recall_id: &'a str,
}

fn changed(
    case: &Subject<'_>,
    action: Action,
    per_market: BTreeMap<Country, BTreeSet<MeasureKind>>,
    reason: String,
    at: DateTime<Utc>,
) -> Option<OutboxItem> {
    if per_market.is_empty() {
        return None;
    }
    let markets: Vec<&str> = per_market.keys().map(Country::as_str).collect();
    // The decision's identity: this case, this action, these markets.
    let to = format!(
        "event:{LISTING_MEASURES_CHANGED}#{}#{}",
        action.as_str(),
        markets.join(",")
    );
    let event_id = format!("{}:{}", case.case_id, &to["event:".len()..]);
    let (kind, id) = match case.recall_id.strip_prefix("report:") {
        Some(report) => ("report", report.to_string()),
        None => ("recall", case.recall_id.to_string()),
    };
    let event = ListingMeasuresChanged {
        event_id,
        occurred_at: at,
        schema_version: SCHEMA_VERSION,
        listing_id: case.listing_id.to_string(),
        seller_id: case.seller_id.to_string(),
        cause: Cause { kind, id },
        // A report's measures belong to no case.
        case_id: (kind == "recall").then(|| case.case_id.to_string()),
        markets: per_market
            .into_iter()
            .map(|(market, kinds)| MarketChange {
                market,
                action,
                measures: kinds.into_iter().collect(),
            })
            .collect(),
        reason,
    };
    // Under its case, or its report (which stands for the case).
    let about = if kind == "report" {
        case.case_id.to_string()
    } else {
        format!("case:{}", case.case_id)
    };
    event_item(OutboxKey::new(about, to), LISTING_MEASURES_CHANGED, &event)
}

pub const SELLER_STANDING_CHANGED: &str = "seller_standing_changed";
pub const CONSUMER_RECALL_PROGRESS: &str = "consumer_recall_progress";

/// `seller_standing_changed`: the accounts system applies the standing's
/// restrictions (SPEC 1.5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SellerStandingChanged {
    pub event_id: String,
    pub occurred_at: DateTime<Utc>,
    pub schema_version: u32,
    pub seller_id: String,
    pub from: Standing,
    pub to: Standing,
    pub points: u32,
}

/// A change of standing, as the event the accounts system applies: one
/// per change (its version).
pub fn standing_changed_event(
    seller_id: &str,
    changed_version: u64,
    from: Standing,
    to: Standing,
    points: u32,
    at: DateTime<Utc>,
) -> Option<OutboxItem> {
    let to_key = format!("event:{SELLER_STANDING_CHANGED}#v{changed_version}");
    let event = SellerStandingChanged {
        event_id: format!("standing:{seller_id}:v{changed_version}"),
        occurred_at: at,
        schema_version: SCHEMA_VERSION,
        seller_id: seller_id.to_string(),
        from,
        to,
        points,
    };
    event_item(
        OutboxKey::new(format!("standing:{seller_id}"), to_key),
        SELLER_STANDING_CHANGED,
        &event,
    )
}

/// `consumer_recall_progress`: how far a case's consumer recall has come in
/// one market, page by page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsumerRecallProgress {
    pub event_id: String,
    pub occurred_at: DateTime<Utc>,
    pub schema_version: u32,
    pub recall_id: String,
    pub case_id: String,
    pub market: Country,
    /// Consumers this page tells.
    pub consumers_told: u32,
    /// The market's last page.
    pub done: bool,
}

/// The progress a page of a case's consumer recall makes: one event per
/// page (its message id).
pub fn recall_page_event(
    case: &Case,
    market: &Country,
    page_id: &str,
    consumers_told: usize,
    done: bool,
    at: DateTime<Utc>,
) -> Option<OutboxItem> {
    let event = ConsumerRecallProgress {
        event_id: format!("progress:{page_id}"),
        occurred_at: at,
        schema_version: SCHEMA_VERSION,
        recall_id: case.recall_id.clone(),
        case_id: case.case_id.clone(),
        market: market.clone(),
        consumers_told: u32::try_from(consumers_told).unwrap_or(u32::MAX),
        done,
    };
    event_item(
        OutboxKey::new(
            format!("case:{}", case.case_id),
            format!("event:{CONSUMER_RECALL_PROGRESS}#{page_id}"),
        ),
        CONSUMER_RECALL_PROGRESS,
        &event,
    )
}

pub const ORDER_STOP_REQUESTED: &str = "order_stop_requested";

/// `order_stop_requested`: an order of a blocked listing to a blocked market,
/// paid and not shipped. The seller must not ship it; the order system
/// cancels it and refunds the buyer in full (the price paid and the order's
/// fees), charged to the seller; the warehouse holds the stock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrderStopRequested {
    pub event_id: String,
    pub occurred_at: DateTime<Utc>,
    pub schema_version: u32,
    pub order_id: String,
    pub listing_id: String,
    pub seller_id: String,
    pub recall_id: String,
    pub case_id: String,
    pub market: Country,
    pub quantity: u32,
    /// quantity x unit price (absent if the price is not a decimal).
    pub amount_paid: Option<Money>,
    pub fees: Money,
    /// Who bears the refund: always `seller` (SPEC 1.4.6).
    pub cost_borne_by: &'static str,
    pub reason: String,
}

/// The order a stop is about, as its event tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoppedOrder {
    pub order_id: String,
    pub market: Country,
    pub quantity: u32,
    pub amount_paid: Option<Money>,
    pub fees: Money,
}

/// The stop of one unshipped order of a case's listing: one per order and
/// listing, whichever recall, case or page finds it first.
pub fn order_stop_event(
    case: &Case,
    order: StoppedOrder,
    reason: &str,
    at: DateTime<Utc>,
) -> Option<OutboxItem> {
    let key = stopped_order_key(&order.order_id, &case.listing_id, ORDER_STOP_REQUESTED);
    let event = OrderStopRequested {
        event_id: format!("order-stop:{}:{}", order.order_id, case.listing_id),
        occurred_at: at,
        schema_version: SCHEMA_VERSION,
        order_id: order.order_id,
        listing_id: case.listing_id.clone(),
        seller_id: case.seller_id.clone(),
        recall_id: case.recall_id.clone(),
        case_id: case.case_id.clone(),
        market: order.market,
        quantity: order.quantity,
        amount_paid: order.amount_paid,
        fees: order.fees,
        cost_borne_by: "seller",
        reason: reason.to_string(),
    };
    event_item(key, ORDER_STOP_REQUESTED, &event)
}

/// The outbox key of what a stopped order sends `to` (its event, or
/// `buyer:<id>` for the cancellation email): once per order and listing.
pub fn stopped_order_key(order_id: &str, listing_id: &str, to: &str) -> OutboxKey {
    let to = if to.starts_with("buyer:") {
        to.to_string()
    } else {
        format!("event:{to}")
    };
    OutboxKey::new(format!("order:{order_id}#{listing_id}"), to)
}

/// An event as an outbox item (the detail serialised: it always is, these
/// types hold only strings, numbers and dates).
fn event_item<T: Serialize>(key: OutboxKey, detail_type: &str, detail: &T) -> Option<OutboxItem> {
    Some(OutboxItem {
        key,
        effect: Effect::Event {
            detail_type: detail_type.to_string(),
            detail: serde_json::to_string(detail).ok()?,
        },
        on_sent: None,
    })
}
