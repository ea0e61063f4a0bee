//! The in-memory store's state: one `MemoryStore` behind a lock, its parts
//! per capability (the catalogue and cases, buyer protection, recalls'
//! intake, the ledger), and what several capabilities' adapters share (new
//! outbox items, a seller told, a turn given to other tasks). Each
//! capability's port implementation sits in its own file above this one.

use super::{poisoned, IndexedCase};
use crate::ports::{PortError, SendStatus, StoredNotice};
use chrono::{DateTime, Duration, Utc};
use safety_domain::catalog::{Listing, Order, Seller};
use safety_domain::ledger::standing::StoredStanding;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::LedgerEntry;
use safety_domain::notices::consumer::{ConsumerOrder, Liability};
use safety_domain::outbox::{BulkTemplate, Effects, OnSent, OutboxKey, OutboxStatus, StoredItem};
use safety_domain::recall::intake::{ListingMeasures, RuledOut};
use safety_domain::recall::Recall;
use safety_domain::refunds::request::RefundRecord;
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::task::{Context, Poll};

#[derive(Default)]
pub(super) struct State {
    pub(super) cases: BTreeMap<String, IndexedCase>,
    pub(super) recalls: BTreeMap<String, Recall>,
    pub(super) listings: BTreeMap<String, Listing>,
    pub(super) reports: BTreeMap<String, ViolationReported>,
    /// (listing, "<market>#<order>") -> order line: a listing's lines in key order.
    pub(super) lines: BTreeMap<(String, String), ConsumerOrder>,
    pub(super) liabilities: BTreeMap<(String, String, String), Liability>,
    pub(super) outbox: BTreeMap<OutboxKey, StoredItem>,
    pub(super) templates: BTreeMap<(String, String), BulkTemplate>,
    pub(super) timeline: BTreeSet<(String, String)>,
    /// Each feed's cursor.
    pub(super) feed_cursors: BTreeMap<String, safety_sources::feeds::Cursor>,
    /// When each recall was first received (the desk's index by receipt).
    pub(super) received_at: BTreeMap<String, DateTime<Utc>>,
    /// The public recall product lists: (category slug, market, recall) -> entry.
    pub(super) lists: BTreeMap<(String, String, String), safety_domain::desk::lists::PublicRecall>,
    pub(super) done: BTreeSet<(String, String)>,
    /// SES's bounces and complaints, and the recipients not emailed again.
    pub(super) deliveries: Vec<safety_domain::delivery::DeliveryNote>,
    pub(super) suppressed: BTreeSet<String>,
    /// Buyer protection's orders, decisions, labels and sellers.
    pub(super) refunds: RefundState,
    /// Recalls' source references, notices, ruled-out candidates; the ledger.
    pub(super) intake: IntakeState,
    /// Sellers, ledgers, standings, listings' measures .
    pub(super) ledger: LedgerState,
    /// Listings' stored versions and removals.
    pub(super) catalog: CatalogState,
}

#[derive(Default)]
pub struct MemoryStore {
    pub(super) state: Mutex<State>,
    pub(super) fail_next_save: AtomicBool,
    /// Calls made, as the design figures count them.
    pub calls: AtomicUsize,
}

impl MemoryStore {
    pub(super) fn with_state<T>(&self, f: impl FnOnce(&mut State) -> T) -> Result<T, PortError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let mut s = self.state.lock().map_err(|_| poisoned())?;
        Ok(f(&mut s))
    }
}

pub(super) fn write_effects(s: &mut State, effects: &Effects, lease_until: DateTime<Utc>) {
    for item in &effects.items {
        if let safety_domain::outbox::Effect::Bulk { template, .. } = &item.effect {
            if let Some((_, t)) = effects.templates.iter().find(|(id, _)| id == template) {
                s.templates
                    .insert((item.key.about.clone(), template.clone()), t.clone());
            }
        }
        s.outbox.insert(
            item.key.clone(),
            StoredItem {
                item: item.clone(),
                status: OutboxStatus::Pending {
                    leased_until: Some(lease_until),
                },
            },
        );
    }
}

#[derive(Default)]
pub(super) struct IntakeState {
    /// (source, reference) -> recall id.
    pub(super) sources: BTreeMap<(String, String), String>,
    /// (recall, notice id) -> notice, sent or not.
    pub(super) notices: BTreeMap<(String, String), StoredNotice>,
    pub(super) ruled_out: BTreeMap<(String, String), RuledOut>,
}

/// A seller told: the notice sent, its cases' window from `at`.
pub(super) fn seller_told(s: &mut State, told: &OnSent, at: DateTime<Utc>) {
    let OnSent::SellerTold {
        recall_id,
        notice_id,
        cases,
        window_secs,
        due_cap,
        due_when_told,
    } = told
    else {
        return;
    };
    let deadline = at + Duration::seconds(*window_secs);
    let due = if *due_when_told {
        at
    } else {
        due_cap.map_or(deadline, |c| c.min(deadline))
    };
    if let Some(n) = s
        .intake
        .notices
        .get_mut(&(recall_id.clone(), notice_id.clone()))
    {
        n.status = SendStatus::Sent;
        n.sent_at = Some(at.to_rfc3339());
        n.notice.appeal_deadline = deadline;
    }
    for (case_id, _) in cases {
        if let Some((case, index)) = s.cases.get_mut(case_id) {
            case.notified_at = Some(at);
            case.appeal_deadline = Some(deadline);
            *index = Some(due);
        }
    }
}

/// (order, request).
type RequestKey = (String, String);

#[derive(Default)]
pub(super) struct RefundState {
    pub(super) orders: BTreeMap<String, Order>,
    pub(super) decisions: BTreeMap<RequestKey, RefundRecord>,
    /// The recipients whose email about a decision went out.
    pub(super) emailed: BTreeMap<RequestKey, BTreeSet<String>>,
    /// The order's decision count.
    pub(super) versions: BTreeMap<String, u64>,
    /// The request each order's label was issued to.
    pub(super) order_labels: BTreeMap<String, String>,
    /// (buyer, month) -> labels issued.
    pub(super) month_labels: BTreeMap<(String, String), u32>,
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

#[derive(Default)]
pub(super) struct LedgerState {
    pub(super) sellers: BTreeMap<String, Seller>,
    /// seller -> entry id -> entry.
    pub(super) entries: BTreeMap<String, BTreeMap<String, LedgerEntry>>,
    pub(super) standings: BTreeMap<String, StoredStanding>,
    /// listing -> recall (or `report:<id>`) -> (measures, reversed).
    pub(super) measures: BTreeMap<String, BTreeMap<String, (ListingMeasures, bool)>>,
}

/// A future that is pending once (waking itself), then ready.
pub(super) struct YieldOnce(bool);

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

pub(super) fn turn() -> YieldOnce {
    YieldOnce(false)
}

#[derive(Default)]
pub(super) struct CatalogState {
    /// listing -> the stored version's key (a listing added by a test
    /// helper has none: its own version counts).
    pub(super) versions: BTreeMap<String, String>,
    /// The removed listings.
    pub(super) removed: BTreeSet<String>,
}

impl CatalogState {
    pub(crate) fn is_removed(&self, listing_id: &str) -> bool {
        self.removed.contains(listing_id)
    }
}
