//! A buyer's refund request as the `refunds` queue carries it
//! (`refund_requested`, ARCHITECTURE.md 2), turned into the facts the decision
//! needs ([`RefundCase`]) from the stored order and listings, and the record
//! kept of the decision. Pure: the handler reads, this module decides what the
//! request means, [`crate::refunds::decide`] decides the request.

use super::rules::{
    decide, label_month, Condition, Decision, ItemFacts, LabelDecision, OrderLabel, Packaging,
    RefundCase, RefundConfig, RefundReason, RefundRemedy,
};
use crate::catalog::{Listing, Order};
use crate::kernel::ids::Country;
use crate::kernel::money::Money;
use crate::messages::{body, unknown_type, Envelope, MessageError};
use crate::recall::case::ListingMeasures;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Where the refund is paid, as the buyer chose ("paid to the fast refund
/// bonus or the original payment method, buyer's choice").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payout {
    /// The original payment method (card, wallet...): a few business days.
    OriginalPayment,
    /// The platform's refund bonus: at once, spendable on the platform.
    RefundBonus,
}

/// One line of the request: which listing of the order, how many items (for a
/// shortage: how many are missing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestedLine {
    pub listing_id: String,
    pub quantity: u32,
}

/// The item's condition as the buyer declares it. Every field is optional and
/// defaults to "as delivered" (unused, sealed, tagged, complete).
/// `packaging` says precisely what happened to the box; `packaging_intact` is
/// the short form (`true` = intact, `false` = damaged). Give one or the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionReport {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub washed_or_worn: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub damaged_by_buyer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packaging: Option<Packaging>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packaging_intact: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seals_intact: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_attached: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complete_set: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_lost_to_time: Option<bool>,
}

impl ConditionReport {
    /// The condition the rules read; the error names the contradicting field.
    pub fn condition(&self) -> Result<Condition, (String, String)> {
        let d = Condition::as_delivered();
        let packaging = match (self.packaging, self.packaging_intact) {
            (Some(p), None) => p,
            (None, Some(true)) | (None, None) => Packaging::Intact,
            (None, Some(false)) => Packaging::Damaged,
            (Some(p), Some(intact)) => {
                if (p == Packaging::Intact) != intact {
                    return Err((
                        "item_condition.packaging_intact".into(),
                        format!(
                            "says {intact} but item_condition.packaging says {}; give one of the two",
                            serde_json::to_string(&p).unwrap_or_default()
                        ),
                    ));
                }
                p
            }
        };
        Ok(Condition {
            used: self.used.unwrap_or(d.used),
            washed_or_worn: self.washed_or_worn.unwrap_or(d.washed_or_worn),
            damaged_by_buyer: self.damaged_by_buyer.unwrap_or(d.damaged_by_buyer),
            packaging,
            seals_intact: self.seals_intact.unwrap_or(d.seals_intact),
            tags_attached: self.tags_attached.unwrap_or(d.tags_attached),
            complete_set: self.complete_set.unwrap_or(d.complete_set),
            value_lost_to_time: self.value_lost_to_time.unwrap_or(d.value_lost_to_time),
        })
    }
}

/// Buyers -> `refunds`: `{"type":"refund_requested","id":"rr-1",...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefundRequested {
    pub order_id: String,
    pub buyer_id: String,
    pub lines: Vec<RequestedLine>,
    pub reason: RefundReason,
    pub requested_at: DateTime<Utc>,
    /// When the buyer received the items, if they did (overrides the order's
    /// `delivered_at`, which the carrier reports).
    #[serde(default)]
    pub received_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub item_condition: ConditionReport,
    /// References to photos or documents the buyer attached (kept with the
    /// decision for the desk and a dispute; the rules do not read them).
    #[serde(default)]
    pub evidence: Vec<String>,
    pub payout: Payout,
}

impl RefundRequested {
    pub const TYPE: &'static str = "refund_requested";

    /// Parses and checks the message on its own (the order is checked in
    /// [`refund_case`]).
    pub fn parse(env: Envelope) -> Result<(String, RefundRequested), MessageError> {
        if env.kind != Self::TYPE {
            return Err(unknown_type(&env.id, &env.kind, &[Self::TYPE]));
        }
        let id = env.id;
        let req: RefundRequested = body(&id, env.body)?;
        if req.lines.is_empty() {
            return Err(MessageError::new(
                &id,
                "lines",
                "a request needs at least one line",
            ));
        }
        let mut seen = BTreeSet::new();
        for (i, line) in req.lines.iter().enumerate() {
            if line.quantity == 0 {
                return Err(MessageError::new(
                    &id,
                    format!("lines[{i}].quantity"),
                    "must be at least 1",
                ));
            }
            if !seen.insert(line.listing_id.as_str()) {
                return Err(MessageError::new(
                    &id,
                    format!("lines[{i}].listing_id"),
                    format!("listing {} is requested twice", line.listing_id),
                ));
            }
        }
        if let Some(r) = req.received_at {
            if r > req.requested_at {
                return Err(MessageError::new(
                    &id,
                    "received_at",
                    "is after requested_at",
                ));
            }
        }
        req.item_condition
            .condition()
            .map_err(|(field, reason)| MessageError::new(&id, field, reason))?;
        Ok((id, req))
    }
}

/// One line of a stored decision: the request's line with what the emails
/// show of its listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordLine {
    pub listing_id: String,
    pub seller_id: String,
    pub title: String,
    pub quantity: u32,
    pub unit_price: Money,
}

/// The decision as it is stored (one item per request, under its order) and
/// as the emails show it. `lines[i]` is the line `decision.lines[i]` decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundRecord {
    pub request_id: String,
    pub order_id: String,
    pub buyer_id: String,
    pub reason: RefundReason,
    pub payout: Payout,
    pub requested_at: DateTime<Utc>,
    /// When the function decided (the clock, not the request).
    pub decided_at: DateTime<Utc>,
    pub buyer_country: Country,
    pub lines: Vec<RecordLine>,
    #[serde(default)]
    pub evidence: Vec<String>,
    pub decision: Decision,
    /// The calendar month ("2026-11") a newly issued pre-paid label counts in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_month: Option<String>,
    /// The warehouse's check of the returned items, once it came.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement: Option<Settlement>,
}

impl RefundRecord {
    /// `granted` (every line), `partly_granted` or `refused`.
    pub fn outcome(&self) -> &'static str {
        if self.decision.all_granted {
            "granted"
        } else if self.decision.granted {
            "partly_granted"
        } else {
            "refused"
        }
    }

    /// The sellers whose lines the request names.
    pub fn seller_ids(&self) -> BTreeSet<String> {
        self.lines.iter().map(|l| l.seller_id.clone()).collect()
    }

    /// The quantity of each listing this decision refunds (granted lines whose
    /// remedy is a refund).
    pub fn refunded_quantities(&self) -> BTreeMap<String, u32> {
        let mut out = BTreeMap::new();
        for ld in &self.decision.lines {
            if ld.granted && ld.remedy.is_refund() {
                if let Some(line) = self.lines.get(ld.item) {
                    *out.entry(line.listing_id.clone()).or_insert(0) += line.quantity;
                }
            }
        }
        out
    }
}

/// The label month of a time, as stored: "2026-11".
pub fn month_key(at: DateTime<Utc>) -> String {
    let (y, m) = label_month(at);
    format!("{y:04}-{m:02}")
}

/// What the handler read for a request, besides the request itself.
#[derive(Debug, Clone, Default)]
pub struct RequestContext<'a> {
    /// The request's listings by id (removed ones included: a buyer may ask
    /// about a listing no longer offered).
    pub listings: BTreeMap<String, &'a Listing>,
    /// The requested listings under an active recall measure in the order's
    /// destination market.
    pub recalled: BTreeSet<String>,
    /// The earlier decisions on requests of the same order.
    pub earlier: Vec<&'a RefundRecord>,
    /// Pre-paid labels the buyer had in the month of the request.
    pub labels_used_this_month: u32,
    /// The order's pre-paid label, when an earlier request got one.
    pub order_label: OrderLabel,
}

/// The requested listings under an active recall measure in `market` (the
/// order's destination): a measure of a recall (not a reported violation's
/// listing removal), not reversed by an upheld appeal, that blocks the
/// listing there. `measures` holds each listing's measures with whether they
/// were reversed.
pub fn recalled_listings(
    listings: &BTreeMap<String, Listing>,
    measures: &BTreeMap<String, Vec<(ListingMeasures, bool)>>,
    market: &Country,
) -> BTreeSet<String> {
    listings
        .iter()
        .filter(|(id, listing)| {
            measures.get(*id).is_some_and(|ms| {
                ms.iter().any(|(m, reversed)| {
                    !reversed
                        && m.is_recall()
                        && m.blocked_markets(&listing.markets).contains(market)
                })
            })
        })
        .map(|(id, _)| id.clone())
        .collect()
}

/// The order's pre-paid label as a later request sees it: issued to an
/// earlier request (and shared with this one), or none yet.
pub fn order_label(issued_to: Option<&str>) -> OrderLabel {
    match issued_to {
        Some(_) => OrderLabel::IssuedUnused,
        None => OrderLabel::None,
    }
}

/// Why a request cannot be decided: the field and what is wrong with it.
/// `retry` is true when the fact may still arrive (an order or listing not
/// synced yet); false when the request itself is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestProblem {
    pub field: String,
    pub reason: String,
    pub retry: bool,
}

impl RequestProblem {
    fn wrong(field: impl Into<String>, reason: impl Into<String>) -> RequestProblem {
        RequestProblem {
            field: field.into(),
            reason: reason.into(),
            retry: false,
        }
    }
}

/// The facts of the decision, from the request, its order and listings; the
/// record's lines come with it. Checks that the request belongs to the order's
/// buyer, names lines of the order, and does not ask for more items than were
/// ordered and not yet refunded by an earlier decision.
pub fn refund_case(
    req: &RefundRequested,
    order: &Order,
    ctx: &RequestContext,
) -> Result<(RefundCase, Vec<RecordLine>), RequestProblem> {
    if req.buyer_id != order.buyer.buyer_id {
        return Err(RequestProblem::wrong(
            "buyer_id",
            format!(
                "order {} was placed by another buyer, not {}",
                order.order_id, req.buyer_id
            ),
        ));
    }
    if req.requested_at < order.placed_at {
        return Err(RequestProblem::wrong(
            "requested_at",
            format!("is before the order was placed ({})", order.placed_at),
        ));
    }
    let mut refunded: BTreeMap<String, (u32, Vec<&str>)> = BTreeMap::new();
    for earlier in &ctx.earlier {
        for (listing, qty) in earlier.refunded_quantities() {
            let e = refunded.entry(listing).or_insert((0, Vec::new()));
            e.0 += qty;
            e.1.push(&earlier.request_id);
        }
    }
    let condition = req
        .item_condition
        .condition()
        .map_err(|(f, r)| RequestProblem::wrong(f, r))?;
    let mut items = Vec::with_capacity(req.lines.len());
    let mut lines = Vec::with_capacity(req.lines.len());
    for (i, line) in req.lines.iter().enumerate() {
        let ordered: Vec<_> = order
            .lines
            .iter()
            .filter(|l| l.listing_id == line.listing_id)
            .collect();
        let Some(first) = ordered.first() else {
            return Err(RequestProblem::wrong(
                format!("lines[{i}].listing_id"),
                format!(
                    "listing {} is not in order {}",
                    line.listing_id, order.order_id
                ),
            ));
        };
        let quantity: u32 = ordered.iter().map(|l| l.quantity).sum();
        let (already, by) = refunded
            .get(&line.listing_id)
            .map(|(q, by)| (*q, by.join(", ")))
            .unwrap_or((0, String::new()));
        if line.quantity + already > quantity {
            let reason = if already > 0 {
                format!(
                    "asks for {} of listing {}; the order has {quantity} and {already} were refunded already (request {by})",
                    line.quantity, line.listing_id
                )
            } else {
                format!(
                    "asks for {} of listing {}; the order has {quantity}",
                    line.quantity, line.listing_id
                )
            };
            return Err(RequestProblem::wrong(
                format!("lines[{i}].quantity"),
                reason,
            ));
        }
        let Some(listing) = ctx.listings.get(&line.listing_id) else {
            return Err(RequestProblem {
                field: format!("lines[{i}].listing_id"),
                reason: format!("listing {} is not known yet", line.listing_id),
                retry: true,
            });
        };
        items.push(ItemFacts {
            kind: listing.item_kind,
            durable: listing.durable.unwrap_or(true),
            free_return_label: first.free_return.unwrap_or(listing.free_return),
            dimensions_mm: listing.dimensions_mm,
            weight_g: listing.weight_g,
            unit_price: first.unit_price.clone(),
            quantity: line.quantity,
            recalled: ctx.recalled.contains(&line.listing_id),
        });
        lines.push(RecordLine {
            listing_id: line.listing_id.clone(),
            seller_id: listing.seller_id.clone(),
            title: listing.title.clone(),
            quantity: line.quantity,
            unit_price: first.unit_price.clone(),
        });
    }
    let case = RefundCase {
        reason: req.reason,
        requested_at: req.requested_at,
        order_placed_at: order.placed_at,
        paid_at: Some(order.paid_at.unwrap_or(order.placed_at)),
        shipped_at: order.shipped_at,
        delivered_at: req.received_at.or(order.delivered_at),
        guaranteed_delivery_by: order.guaranteed_delivery_by,
        buyer_country: order.buyer.country.clone(),
        ship_to: order.ship_to.clone(),
        free_return_confirmed_at: order.free_return_confirmed_at,
        items,
        condition,
        labels_used_this_month: ctx.labels_used_this_month,
        order_label: ctx.order_label,
        returns_limited: false,
        carrier: order.carrier_report(),
        cancelled_at: order.cancelled_at,
    };
    Ok((case, lines))
}

/// Decides a request: the facts, the decision, and the record to store.
pub fn decide_request(
    request_id: &str,
    req: &RefundRequested,
    order: &Order,
    ctx: &RequestContext,
    config: &RefundConfig,
    now: DateTime<Utc>,
) -> Result<RefundRecord, RequestProblem> {
    let (case, lines) = refund_case(req, order, ctx)?;
    let decision = decide(&case, config);
    let label_month =
        (decision.prepaid_label == LabelDecision::Granted).then(|| month_key(req.requested_at));
    Ok(RefundRecord {
        request_id: request_id.to_string(),
        order_id: order.order_id.clone(),
        buyer_id: req.buyer_id.clone(),
        reason: req.reason,
        payout: req.payout,
        requested_at: req.requested_at,
        decided_at: now,
        buyer_country: order.buyer.country.clone(),
        lines,
        evidence: req.evidence.clone(),
        decision,
        label_month,
        settlement: None,
    })
}

/// The warehouse -> `refunds`: the items returned under a request passed (or
/// failed) the quality check. `{"type":"return_checked","id":"wh-1",...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnChecked {
    pub order_id: String,
    pub request_id: String,
    pub checked_at: DateTime<Utc>,
    pub passed: bool,
    /// What the warehouse found (shown to the buyer when the check fails).
    #[serde(default)]
    pub note: Option<String>,
}

/// What the check settled: the refund that waited for the return, paid (or
/// not, when the items failed the check).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    /// The `return_checked` message that settled it.
    pub check_id: String,
    pub checked_at: DateTime<Utc>,
    pub passed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Paid now to [`Settlement::payout`]: the refunds of the lines that
    /// waited for the return; `None` when the check failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    pub payout: Payout,
}

/// Settles a decided request with the warehouse's check. Refused (the reason
/// names what is wrong) when the request had nothing to return, the check
/// predates the decision's request, or another check settled it already.
pub fn settle(
    record: &RefundRecord,
    check_id: &str,
    check: &ReturnChecked,
) -> Result<Settlement, (String, String)> {
    if let Some(s) = &record.settlement {
        return Err((
            "request_id".into(),
            format!(
                "request {} was settled already by check {} ({})",
                record.request_id,
                s.check_id,
                if s.passed { "passed" } else { "failed" }
            ),
        ));
    }
    let waiting: Vec<&Money> = record
        .decision
        .lines
        .iter()
        .filter(|l| l.granted && l.remedy == RefundRemedy::RefundAfterReturn)
        .filter_map(|l| l.refund_amount.as_ref())
        .collect();
    if waiting.is_empty() {
        return Err((
            "request_id".into(),
            format!(
                "request {} has no refund waiting for a return ({})",
                record.request_id,
                record.outcome()
            ),
        ));
    }
    if check.checked_at < record.requested_at {
        return Err((
            "checked_at".into(),
            format!("is before the request ({})", record.requested_at),
        ));
    }
    let amount = if check.passed {
        let mut total: Option<Money> = None;
        for m in waiting {
            total = match total {
                None => Some(m.clone()),
                Some(t) => t.plus(m),
            };
        }
        total
    } else {
        None
    };
    Ok(Settlement {
        check_id: check_id.to_string(),
        checked_at: check.checked_at,
        passed: check.passed,
        note: check.note.clone(),
        amount,
        payout: record.payout,
    })
}

/// What a warehouse check does to a decided request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckOutcome {
    /// The check settles the request now (to be recorded once).
    Settles(Settlement),
    /// This same check settled it before (a redelivery): its settlement.
    SettledBefore(Settlement),
}

/// The check `check_id` of a decided request: the settlement it made before
/// when it comes again, else [`settle`] (refused when another check settled
/// the request, or it had nothing to return).
pub fn check_request(
    record: &RefundRecord,
    check_id: &str,
    check: &ReturnChecked,
) -> Result<CheckOutcome, (String, String)> {
    match &record.settlement {
        Some(s) if s.check_id == check_id => Ok(CheckOutcome::SettledBefore(s.clone())),
        _ => settle(record, check_id, check).map(CheckOutcome::Settles),
    }
}

/// The messages of the `refunds` queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefundsMessage {
    Requested(RefundRequested),
    ReturnChecked(ReturnChecked),
}

impl RefundsMessage {
    pub const TYPES: &'static [&'static str] = &[RefundRequested::TYPE, "return_checked"];

    pub fn parse(env: Envelope) -> Result<(String, RefundsMessage), MessageError> {
        match env.kind.as_str() {
            RefundRequested::TYPE => {
                RefundRequested::parse(env).map(|(id, r)| (id, RefundsMessage::Requested(r)))
            }
            "return_checked" => {
                let id = env.id;
                let check: ReturnChecked = body(&id, env.body)?;
                Ok((id, RefundsMessage::ReturnChecked(check)))
            }
            other => Err(unknown_type(&env.id, other, Self::TYPES)),
        }
    }

    pub fn order_id(&self) -> &str {
        match self {
            RefundsMessage::Requested(r) => &r.order_id,
            RefundsMessage::ReturnChecked(c) => &c.order_id,
        }
    }
}
