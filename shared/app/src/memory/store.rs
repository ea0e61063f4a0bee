//! An in-memory store for the consumer pages, buyer protection (its part in
//! `refunds.rs`), the outbox and processed ids, with the adapters' contracts: a new outbox item is written only if absent
//! (else the write is a conflict, as a cancelled transaction is), a claim
//! takes only pending items whose lease ran out, a write is all or nothing.
//! Mail and queues can be told to fail their next call; a crash after a
//! write is [`super::CrashAfterWrite`] around the store.

use super::state::{write_effects, MemoryStore};
use super::{poisoned, IndexedCase};
use crate::ports::{
    Cases, ConsumerRecalls, Idempotency, Mail, Outbox, PageContext, PortError, Queues, SentItem,
};
use chrono::{DateTime, Utc};
use safety_domain::catalog::Listing;
use safety_domain::kernel::ids::Country;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::notices::consumer::{ConsumerOrder, Liability};
use safety_domain::outbox::{
    BulkTemplate, Effects, Email, OnSent, OutboxKey, OutboxStatus, QueueName, StoredItem,
};
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::Recall;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

impl MemoryStore {
    pub fn add_recall(&self, r: Recall) {
        let _ = self.with_state(|s| s.recalls.insert(r.id.clone(), r));
    }

    pub fn add_case(&self, c: Case) {
        let _ = self.with_state(|s| s.cases.insert(c.case_id.clone(), (c, None)));
    }

    /// A store holding these recalls and cases (each with its place in the
    /// due index).
    pub fn with_cases(recalls: Vec<Recall>, cases: Vec<IndexedCase>) -> MemoryStore {
        let store = MemoryStore::default();
        for r in recalls {
            store.add_recall(r);
        }
        for c in cases {
            store.put(c.0, c.1);
        }
        store
    }

    /// The case as stored, and its due time in the index.
    pub fn stored(&self, case_id: &str) -> Option<IndexedCase> {
        self.with_state(|s| s.cases.get(case_id).cloned())
            .ok()
            .flatten()
    }

    /// Changes a case behind the use case's back (a concurrent writer).
    pub fn put(&self, case: Case, due: Option<DateTime<Utc>>) {
        let _ = self.with_state(|s| s.cases.insert(case.case_id.clone(), (case, due)));
    }

    /// The next `save_case` fails, as an outage would.
    pub fn fail_next_save(&self) {
        self.fail_next_save.store(true, Ordering::SeqCst);
    }

    pub fn add_listing(&self, l: Listing) {
        let _ = self.with_state(|s| s.listings.insert(l.listing_id.clone(), l));
    }

    pub fn add_report(&self, id: &str, r: ViolationReported) {
        let _ = self.with_state(|s| s.reports.insert(id.to_string(), r));
    }

    pub fn add_order_line(&self, listing_id: &str, line: ConsumerOrder) {
        let _ = self.with_state(|s| {
            let sk = format!("{}#{}", line.market.as_str(), line.order_id);
            s.lines.insert((listing_id.to_string(), sk), line)
        });
    }

    /// Every stored outbox item with its status.
    pub fn outbox_items(&self) -> Vec<StoredItem> {
        self.with_state(|s| s.outbox.values().cloned().collect())
            .unwrap_or_default()
    }

    /// The liabilities recorded: (seller, recall, order) -> liability.
    pub fn liabilities(&self) -> usize {
        self.with_state(|s| s.liabilities.len()).unwrap_or_default()
    }

    /// A page of a listing's order lines (to one market) that `keep`, in
    /// sort-key order after `cursor`, as the table (or its sparse index) gives them.
    fn lines_page(
        &self,
        listing_id: &str,
        market: Option<&Country>,
        cursor: Option<&str>,
        limit: usize,
        keep: impl Fn(&ConsumerOrder) -> bool,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), PortError> {
        self.with_state(|s| {
            let prefix = market
                .map(|m| format!("{}#", m.as_str()))
                .unwrap_or_default();
            let mut page: Vec<(String, ConsumerOrder)> = s
                .lines
                .iter()
                .filter(|((l, sk), o)| l == listing_id && sk.starts_with(&prefix) && keep(o))
                .filter(|((_, sk), _)| cursor.is_none_or(|c| sk.as_str() > c))
                .take(limit + 1)
                .map(|((_, sk), o)| (sk.clone(), o.clone()))
                .collect();
            let more = page.len() > limit;
            page.truncate(limit);
            let next = more
                .then(|| page.last().map(|(sk, _)| sk.clone()))
                .flatten();
            (page.into_iter().map(|(_, o)| o).collect(), next)
        })
    }

    /// A timeline point is set: (recall, field).
    pub fn timeline_has(&self, recall_id: &str, field: &str) -> bool {
        self.with_state(|s| {
            s.timeline
                .contains(&(recall_id.to_string(), field.to_string()))
        })
        .unwrap_or_default()
    }
}

impl ConsumerRecalls for MemoryStore {
    async fn page_context(&self, case_id: &str) -> Result<PageContext, PortError> {
        self.with_state(|s| {
            let case = s.cases.get(case_id).map(|(c, _)| c.clone());
            let recall = case
                .as_ref()
                .and_then(|c| s.recalls.get(&c.recall_id).cloned());
            let listing = case
                .as_ref()
                .and_then(|c| s.listings.get(&c.listing_id).cloned());
            PageContext {
                case,
                recall,
                listing,
            }
        })
    }

    async fn report_context(
        &self,
        report_id: &str,
        listing_id: &str,
    ) -> Result<(Option<ViolationReported>, Option<Listing>), PortError> {
        self.with_state(|s| {
            (
                s.reports.get(report_id).cloned(),
                s.listings.get(listing_id).cloned(),
            )
        })
    }

    fn cursor_is_ours(&self, _listing_id: &str, market: Option<&Country>, cursor: &str) -> bool {
        match market {
            Some(m) => cursor.starts_with(&format!("{}#", m.as_str())),
            None => cursor.contains('#'),
        }
    }

    async fn order_lines(
        &self,
        listing_id: &str,
        market: Option<&Country>,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), PortError> {
        self.lines_page(listing_id, market, cursor, limit, |_| true)
    }

    async fn unshipped_lines(
        &self,
        listing_id: &str,
        market: &Country,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), PortError> {
        self.lines_page(
            listing_id,
            Some(market),
            cursor,
            limit,
            ConsumerOrder::to_stop,
        )
    }

    async fn record_page(
        &self,
        liabilities: &[(String, Liability)],
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        let written = self.with_state(|s| {
            if effects.items.iter().any(|i| s.outbox.contains_key(&i.key)) {
                return false;
            }
            for (seller, l) in liabilities {
                s.liabilities.insert(
                    (seller.clone(), l.case_id.clone(), l.order_id.clone()),
                    l.clone(),
                );
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

impl crate::ports::Deliveries for MemoryStore {
    async fn record_delivery(
        &self,
        decision: &safety_domain::delivery::DeliveryDecision,
        function: &str,
        message_id: &str,
        _now: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.with_state(|s| {
            if !s
                .done
                .insert((function.to_string(), message_id.to_string()))
            {
                return Err(PortError::conflict("this message was recorded already"));
            }
            s.deliveries.extend(decision.notes.iter().cloned());
            s.suppressed.extend(decision.suppress.iter().cloned());
            Ok(())
        })?
    }
}

impl MemoryStore {
    /// The bounces and complaints recorded, in order.
    pub fn deliveries(&self) -> Vec<safety_domain::delivery::DeliveryNote> {
        self.with_state(|s| s.deliveries.clone())
            .unwrap_or_default()
    }
}

impl Outbox for MemoryStore {
    async fn suppressed(&self, recipients: &[String]) -> Result<BTreeSet<String>, PortError> {
        self.with_state(|s| {
            recipients
                .iter()
                .filter(|r| s.suppressed.contains(*r))
                .cloned()
                .collect()
        })
    }

    async fn load(&self, keys: &[OutboxKey]) -> Result<Vec<StoredItem>, PortError> {
        self.with_state(|s| {
            keys.iter()
                .filter_map(|k| s.outbox.get(k).cloned())
                .collect()
        })
    }

    async fn claim(
        &self,
        keys: &[OutboxKey],
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<OutboxKey>, PortError> {
        self.with_state(|s| {
            let mut got = Vec::new();
            for k in keys {
                if let Some(item) = s.outbox.get_mut(k) {
                    if item.status.claimable(now) {
                        item.status = OutboxStatus::Pending {
                            leased_until: Some(until),
                        };
                        got.push(k.clone());
                    }
                }
            }
            got
        })
    }

    async fn templates(
        &self,
        ids: &[(String, String)],
    ) -> Result<BTreeMap<String, BulkTemplate>, PortError> {
        self.with_state(|s| {
            ids.iter()
                .filter_map(|k| s.templates.get(k).map(|t| (k.1.clone(), t.clone())))
                .collect()
        })
    }

    async fn mark_sent(&self, sent: &[SentItem]) -> Result<(), PortError> {
        self.with_state(|s| {
            for item in sent {
                if let Some(stored) = s.outbox.get_mut(&item.key) {
                    stored.status = OutboxStatus::Sent { at: item.at };
                }
                match &item.on_sent {
                    Some(OnSent::Timeline { recall_id, field }) => {
                        s.timeline.insert((recall_id.clone(), field.clone()));
                    }
                    Some(told @ OnSent::SellerTold { recall_id, .. }) => {
                        s.timeline
                            .insert((recall_id.clone(), "sellers_notified_at".into()));
                        super::state::seller_told(s, told, item.at);
                    }
                    Some(OnSent::CaseDue { case_id, due, .. }) => {
                        if let Some(c) = s.cases.get_mut(case_id) {
                            c.1 = *due;
                        }
                    }
                    Some(OnSent::RefundEmailed {
                        order_id,
                        request_id,
                        to,
                    }) => s.refunds.emailed(order_id, request_id, to),
                    None => {}
                }
            }
        })
    }

    async fn release(&self, keys: &[OutboxKey]) -> Result<(), PortError> {
        self.with_state(|s| {
            for k in keys {
                if let Some(stored) = s.outbox.get_mut(k) {
                    if let OutboxStatus::Pending { .. } = stored.status {
                        stored.status = OutboxStatus::Pending { leased_until: None };
                    }
                }
            }
        })
    }
}

impl Cases for MemoryStore {
    async fn cases_due(&self, now: DateTime<Utc>) -> Result<Vec<Case>, PortError> {
        self.with_state(|s| {
            let mut due: Vec<(DateTime<Utc>, Case)> = s
                .cases
                .values()
                .filter_map(|(c, d)| d.filter(|d| *d <= now).map(|d| (d, c.clone())))
                .collect();
            due.sort_by(|a, b| (a.0, &a.1.case_id).cmp(&(b.0, &b.1.case_id)));
            due.into_iter().map(|(_, c)| c).collect()
        })
    }

    async fn get_case(&self, case_id: &str) -> Result<Option<Case>, PortError> {
        Ok(self.stored(case_id).map(|(c, _)| c))
    }

    async fn get_recall(&self, recall_id: &str) -> Result<Option<Recall>, PortError> {
        self.with_state(|s| s.recalls.get(recall_id).cloned())
    }

    async fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
        effects: &Effects,
    ) -> Result<bool, PortError> {
        if self.fail_next_save.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: save_case"));
        }
        self.with_state(|s| {
            if s.cases
                .get(&case.case_id)
                .is_some_and(|(stored, _)| stored.state != expected)
            {
                return false;
            }
            if effects.items.iter().any(|i| s.outbox.contains_key(&i.key)) {
                return false;
            }
            s.cases.insert(case.case_id.clone(), (case.clone(), due));
            for item in &effects.items {
                s.outbox.insert(
                    item.key.clone(),
                    StoredItem {
                        item: item.clone(),
                        status: OutboxStatus::Pending { leased_until: None },
                    },
                );
            }
            true
        })
    }
}

impl Idempotency for MemoryStore {
    async fn done(&self, function: &str, id: &str) -> Result<bool, PortError> {
        self.with_state(|s| s.done.contains(&(function.to_string(), id.to_string())))
    }

    async fn mark_done(
        &self,
        function: &str,
        id: &str,
        _now: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.with_state(|s| s.done.insert((function.to_string(), id.to_string())))
            .map(|_| ())
    }
}

/// One email or bulk destination that went out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivered {
    pub to: String,
    pub subject: String,
    /// The bulk destination's replacement data (none for a single email).
    pub data: Option<String>,
}

/// Mail: what was delivered, in order; its next call can be told to fail.
#[derive(Default)]
pub struct MemoryMail {
    delivered: Mutex<Vec<Delivered>>,
    fail_next: AtomicBool,
    /// Addresses SES refuses one by one.
    refuse: Mutex<BTreeSet<String>>,
    pub bulk_calls: AtomicUsize,
}

impl MemoryMail {
    pub fn delivered(&self) -> Vec<Delivered> {
        self.delivered.lock().map(|d| d.clone()).unwrap_or_default()
    }

    pub fn fail_next(&self) {
        self.fail_next.store(true, Ordering::SeqCst);
    }

    pub fn refuse(&self, address: &str) {
        if let Ok(mut r) = self.refuse.lock() {
            r.insert(address.to_string());
        }
    }

    pub fn accept_all(&self) {
        if let Ok(mut r) = self.refuse.lock() {
            r.clear();
        }
    }
}

impl Mail for MemoryMail {
    async fn send(&self, email: &Email, _key: &OutboxKey) -> Result<String, PortError> {
        if self.fail_next.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: SendEmail"));
        }
        let mut d = self.delivered.lock().map_err(|_| poisoned())?;
        d.push(Delivered {
            to: email.to.clone(),
            subject: email.subject.clone(),
            data: None,
        });
        Ok(format!("mem-{}", d.len()))
    }

    async fn send_bulk(
        &self,
        template: &BulkTemplate,
        entries: &[(String, String, OutboxKey)],
    ) -> Result<Vec<Result<String, String>>, PortError> {
        if self.fail_next.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: SendBulkEmail"));
        }
        self.bulk_calls.fetch_add(1, Ordering::SeqCst);
        let refuse = self.refuse.lock().map_err(|_| poisoned())?.clone();
        let mut d = self.delivered.lock().map_err(|_| poisoned())?;
        Ok(entries
            .iter()
            .map(|(to, data, _key)| {
                if refuse.contains(to) {
                    return Err("MessageRejected: refused".to_string());
                }
                d.push(Delivered {
                    to: to.clone(),
                    subject: template.subject.clone(),
                    data: Some(data.clone()),
                });
                Ok(format!("mem-{}", d.len()))
            })
            .collect())
    }
}

/// Queues and the bus: every message sent, per queue, and every event
/// published (detail-type, detail); the next call can be told to fail.
#[derive(Default)]
pub struct MemoryQueues {
    sent: Mutex<Vec<(QueueName, String)>>,
    events: Mutex<Vec<(String, String)>>,
    fail_next: AtomicBool,
    pub publish_calls: AtomicUsize,
}

impl MemoryQueues {
    pub fn sent(&self) -> Vec<(QueueName, String)> {
        self.sent.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// The bodies of the messages sent of this `type`, in order.
    pub fn sent_of_type(&self, kind: &str) -> Vec<String> {
        self.sent()
            .into_iter()
            .map(|(_, body)| body)
            .filter(|body| {
                serde_json::from_str::<serde_json::Value>(body)
                    .is_ok_and(|v| v["type"].as_str() == Some(kind))
            })
            .collect()
    }

    /// Every event published, repeats included, in order.
    pub fn events(&self) -> Vec<(String, String)> {
        self.events.lock().map(|s| s.clone()).unwrap_or_default()
    }

    pub fn fail_next(&self) {
        self.fail_next.store(true, Ordering::SeqCst);
    }
}

impl Queues for MemoryQueues {
    async fn send(&self, queue: QueueName, bodies: &[String]) -> Result<(), PortError> {
        if self.fail_next.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: SendMessageBatch"));
        }
        self.sent
            .lock()
            .map_err(|_| poisoned())?
            .extend(bodies.iter().map(|b| (queue, b.clone())));
        Ok(())
    }

    async fn publish(
        &self,
        events: &[(String, String)],
    ) -> Result<Vec<Result<(), String>>, PortError> {
        if self.fail_next.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: PutEvents"));
        }
        self.publish_calls.fetch_add(1, Ordering::SeqCst);
        self.events
            .lock()
            .map_err(|_| poisoned())?
            .extend(events.iter().cloned());
        Ok(events.iter().map(|_| Ok(())).collect())
    }
}
