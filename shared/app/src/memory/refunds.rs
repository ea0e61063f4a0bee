//! Buyer protection in the in-memory store, with the adapter's contracts: a
//! decision is written once and only over the order's decision count it
//! read, a new label only while the buyer's month has labels left and the
//! order has none, a settlement only on a decision not settled yet; each
//! write goes with its outbox items, all or nothing (a refused write is a
//! conflict, as a cancelled transaction is). Each call first gives the
//! executor a turn, so two deliveries joined in one task interleave between
//! their reads and their writes as two invocations would.

use super::store::{write_effects, MemoryStore, State};
use crate::ports::{OrderRefunds, PortError, Refunds};
use chrono::{DateTime, Utc};
use safety_domain::catalog::{Listing, Order, Seller};
use safety_domain::outbox::Effects;
use safety_domain::recall::case::ListingMeasures;
use safety_domain::refunds::effects::key;
use safety_domain::refunds::request::{RefundRecord, Settlement};
use safety_domain::refunds::MONTHLY_PREPAID_LABELS;
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// (order, request).
type RequestKey = (String, String);

#[derive(Default)]
pub(crate) struct RefundState {
    pub(crate) orders: BTreeMap<String, Order>,
    pub(crate) sellers: BTreeMap<String, Seller>,
    pub(crate) measures: BTreeMap<String, Vec<(ListingMeasures, bool)>>,
    decisions: BTreeMap<RequestKey, RefundRecord>,
    /// The recipients whose email about a decision went out.
    emailed: BTreeMap<RequestKey, BTreeSet<String>>,
    /// The order's decision count.
    versions: BTreeMap<String, u64>,
    /// The request each order's label was issued to.
    order_labels: BTreeMap<String, String>,
    /// (buyer, month) -> labels issued.
    month_labels: BTreeMap<(String, String), u32>,
}

impl RefundState {
    /// What the decision records once one of its emails went out.
    pub(crate) fn emailed(&mut self, order_id: &str, request_id: &str, to: &str) {
        self.emailed
            .entry((order_id.to_string(), request_id.to_string()))
            .or_default()
            .insert(to.to_string());
    }
}

/// A future that is pending once (waking itself), then ready.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

fn turn() -> YieldOnce {
    YieldOnce(false)
}

fn items_absent(s: &State, effects: &Effects) -> bool {
    effects.items.iter().all(|i| !s.outbox.contains_key(&i.key))
}

impl MemoryStore {
    pub fn add_order(&self, order: Order) {
        let _ = self.with_state(|s| s.refunds.orders.insert(order.order_id.clone(), order));
    }

    pub fn add_seller(&self, seller: Seller) {
        let _ = self.with_state(|s| s.refunds.sellers.insert(seller.seller_id.clone(), seller));
    }

    /// A listing's measures of one recall (or report), reversed or not.
    pub fn add_measures(&self, measures: ListingMeasures, reversed: bool) {
        let _ = self.with_state(|s| {
            s.refunds
                .measures
                .entry(measures.listing_id.clone())
                .or_default()
                .push((measures, reversed))
        });
    }

    /// The stored decisions on an order's requests.
    pub fn decisions(&self, order_id: &str) -> Vec<RefundRecord> {
        self.with_state(|s| {
            s.refunds
                .decisions
                .iter()
                .filter(|((o, _), _)| o == order_id)
                .map(|(_, r)| r.clone())
                .collect()
        })
        .unwrap_or_default()
    }

    /// The pre-paid labels issued to a buyer in a month ("2026-11").
    pub fn labels(&self, buyer_id: &str, month: &str) -> u32 {
        self.with_state(|s| {
            s.refunds
                .month_labels
                .get(&(buyer_id.to_string(), month.to_string()))
                .copied()
                .unwrap_or(0)
        })
        .unwrap_or_default()
    }
}

impl Refunds for MemoryStore {
    async fn order_refunds(&self, order_id: &str) -> Result<OrderRefunds, PortError> {
        turn().await;
        self.with_state(|s| {
            let r = &s.refunds;
            let refunds: Vec<RefundRecord> = r
                .decisions
                .iter()
                .filter(|((o, _), _)| o == order_id)
                .map(|(_, d)| d.clone())
                .collect();
            let emails_sent = r
                .emailed
                .iter()
                .filter(|((o, _), _)| o == order_id)
                .flat_map(|((o, req), tos)| tos.iter().map(move |to| key(o, req, to)))
                .collect();
            OrderRefunds {
                order: r.orders.get(order_id).cloned(),
                refunds,
                label_request: r.order_labels.get(order_id).cloned(),
                emails_sent,
                refunds_version: r.versions.get(order_id).copied().unwrap_or(0),
            }
        })
    }

    async fn listings(
        &self,
        ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, Listing>, PortError> {
        turn().await;
        self.with_state(|s| {
            ids.iter()
                .filter_map(|id| s.listings.get(id).map(|l| (id.clone(), l.clone())))
                .collect()
        })
    }

    async fn measures(&self, listing_id: &str) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        turn().await;
        self.with_state(|s| {
            s.refunds
                .measures
                .get(listing_id)
                .cloned()
                .unwrap_or_default()
        })
    }

    async fn labels_used(&self, buyer_id: &str, month: &str) -> Result<u32, PortError> {
        turn().await;
        Ok(self.labels(buyer_id, month))
    }

    async fn sellers(&self, ids: &BTreeSet<String>) -> Result<BTreeMap<String, Seller>, PortError> {
        turn().await;
        self.with_state(|s| {
            ids.iter()
                .filter_map(|id| s.refunds.sellers.get(id).map(|x| (id.clone(), x.clone())))
                .collect()
        })
    }

    async fn record_refund(
        &self,
        record: &RefundRecord,
        read_version: u64,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        turn().await;
        let written = self.with_state(|s| {
            let order = record.order_id.clone();
            let request = (order.clone(), record.request_id.clone());
            let r = &s.refunds;
            let refused = r.decisions.contains_key(&request)
                || r.versions.get(&order).copied().unwrap_or(0) != read_version
                || record.label_month.as_ref().is_some_and(|month| {
                    r.order_labels.contains_key(&order)
                        || r.month_labels
                            .get(&(record.buyer_id.clone(), month.clone()))
                            .is_some_and(|n| *n >= MONTHLY_PREPAID_LABELS)
                })
                || !items_absent(s, effects);
            if refused {
                return false;
            }
            let r = &mut s.refunds;
            r.decisions.insert(request, record.clone());
            r.versions.insert(order.clone(), read_version + 1);
            if let Some(month) = &record.label_month {
                *r.month_labels
                    .entry((record.buyer_id.clone(), month.clone()))
                    .or_default() += 1;
                r.order_labels.insert(order, record.request_id.clone());
            }
            write_effects(s, effects, lease_until);
            true
        })?;
        if !written {
            return Err(PortError::conflict(
                "the decision, the order's count, a label or an outbox item changed",
            ));
        }
        Ok(())
    }

    async fn record_settlement(
        &self,
        record: &RefundRecord,
        settlement: &Settlement,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        turn().await;
        let written = self.with_state(|s| {
            let request = (record.order_id.clone(), record.request_id.clone());
            let open = s
                .refunds
                .decisions
                .get(&request)
                .is_some_and(|d| d.settlement.is_none());
            if !open || !items_absent(s, effects) {
                return false;
            }
            if let Some(d) = s.refunds.decisions.get_mut(&request) {
                d.settlement = Some(settlement.clone());
            }
            write_effects(s, effects, lease_until);
            true
        })?;
        if !written {
            return Err(PortError::conflict(
                "the decision is settled already, or an outbox item exists",
            ));
        }
        Ok(())
    }

    async fn record_refund_emails(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        turn().await;
        let written = self.with_state(|s| {
            if !items_absent(s, effects) {
                return false;
            }
            write_effects(s, effects, lease_until);
            true
        })?;
        if !written {
            return Err(PortError::conflict("an outbox item exists already"));
        }
        Ok(())
    }
}
