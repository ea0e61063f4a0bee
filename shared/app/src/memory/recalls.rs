//! The in-memory store's recalls (source references, identity keys as the
//! domain computes them, partitions, intake plans' writes), sellers and the
//! ledger, with the adapters' contracts: a case is written once (a second
//! write is a conflict and writes nothing), a standing only over the
//! version read, a notice's email with its notice.

use super::store::{MemoryStore, State};
use crate::ports::{
    IdentityHits, Ledger, OutboxWrites, PortError, RecallHit, RecallPartition, Recalls, Sellers,
    SendStatus, StoredNotice,
};
use chrono::{DateTime, Duration, Utc};
use safety_domain::catalog::Seller;
use safety_domain::ledger::standing::StoredStanding;
use safety_domain::ledger::LedgerEntry;
use safety_domain::outbox::{Effects, OnSent, OutboxItem, OutboxStatus, StoredItem};
use safety_domain::recall::intake::{Case, ListingMeasures, Measure, RuledOut, SellerNotice};
use safety_domain::recall::matching::{listing_keys, recall_keys, Lookup};
use safety_domain::recall::{Recall, SourceRef};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default)]
pub(crate) struct IntakeState {
    /// (source, reference) -> recall id.
    sources: BTreeMap<(String, String), String>,
    /// (recall, notice id) -> notice, sent or not.
    notices: BTreeMap<(String, String), StoredNotice>,
    ruled_out: BTreeMap<(String, String), RuledOut>,
    /// seller -> entry id -> entry.
    ledger: BTreeMap<String, BTreeMap<String, LedgerEntry>>,
    standings: BTreeMap<String, StoredStanding>,
}

impl MemoryStore {
    /// The notices of a recall as stored.
    pub fn notices_of(&self, recall_id: &str) -> Vec<StoredNotice> {
        self.with_state(|s| {
            s.intake
                .notices
                .iter()
                .filter(|((r, _), _)| r == recall_id)
                .map(|(_, n)| n.clone())
                .collect()
        })
        .unwrap_or_default()
    }

    /// A seller's ledger as stored.
    pub fn ledger_of(&self, seller_id: &str) -> Vec<LedgerEntry> {
        self.with_state(|s| {
            s.intake
                .ledger
                .get(seller_id)
                .map(|l| l.values().cloned().collect())
                .unwrap_or_default()
        })
        .unwrap_or_default()
    }

    /// A seller's standing as stored.
    pub fn standing_of(&self, seller_id: &str) -> StoredStanding {
        self.with_state(|s| s.intake.standings.get(seller_id).cloned())
            .ok()
            .flatten()
            .unwrap_or_default()
    }
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

fn put_notice(s: &mut State, notice: &SellerNotice, email: Option<&OutboxItem>) {
    s.intake.notices.insert(
        (notice.recall_id.clone(), notice.notice_id.clone()),
        StoredNotice {
            notice: notice.clone(),
            status: SendStatus::Pending,
            sent_at: None,
        },
    );
    if let Some(item) = email {
        s.outbox.insert(
            item.key.clone(),
            StoredItem {
                item: item.clone(),
                status: OutboxStatus::Pending { leased_until: None },
            },
        );
    }
}

/// Books an entry once: false when its key was booked before.
pub(super) fn book(s: &mut State, entry: LedgerEntry) -> bool {
    let entries = s.intake.ledger.entry(entry.seller_id.clone()).or_default();
    if entries.contains_key(&entry.entry_id) {
        return false;
    }
    entries.insert(entry.entry_id.clone(), entry);
    true
}

impl Recalls for MemoryStore {
    async fn recall_for_source(&self, source: &SourceRef) -> Result<Option<String>, PortError> {
        self.with_state(|s| {
            s.intake
                .sources
                .get(&(source.source.clone(), source.reference.clone()))
                .cloned()
        })
    }

    async fn lookup(&self, lookup: &Lookup) -> Result<IdentityHits, PortError> {
        self.with_state(|s| {
            let mut hits = IdentityHits::default();
            // A removed listing has left the identity indexes.
            let indexed = s
                .listings
                .values()
                .filter(|l| !s.catalog.is_removed(&l.listing_id));
            for l in indexed {
                if listing_keys(l)
                    .iter()
                    .any(|(k, sk)| *k == lookup.key && sk.starts_with(&lookup.sort_prefix))
                {
                    hits.listings.push(l.clone());
                }
            }
            for r in s.recalls.values() {
                for (k, sk) in recall_keys(r) {
                    if k == lookup.key && sk.starts_with(&lookup.sort_prefix) {
                        hits.recalls.push(RecallHit {
                            recall_id: r.id.clone(),
                            sort_key: sk,
                        });
                    }
                }
            }
            hits
        })
    }

    async fn recall_partition(&self, recall_id: &str) -> Result<RecallPartition, PortError> {
        self.with_state(|s| {
            let cases: Vec<Case> = s
                .cases
                .values()
                .filter(|(c, _)| c.recall_id == recall_id)
                .map(|(c, _)| c.clone())
                .collect();
            let with_case: BTreeSet<&str> = cases.iter().map(|c| c.listing_id.as_str()).collect();
            RecallPartition {
                recall: s.recalls.get(recall_id).cloned(),
                timeline: s
                    .timeline
                    .iter()
                    .filter(|(r, _)| r == recall_id)
                    .map(|(_, f)| (f.clone(), String::new()))
                    .collect(),
                notices: s
                    .intake
                    .notices
                    .iter()
                    .filter(|((r, _), _)| r == recall_id)
                    .map(|(_, n)| n.clone())
                    .collect(),
                ruled_out: s
                    .intake
                    .ruled_out
                    .iter()
                    .filter(|((r, l), _)| r == recall_id && !with_case.contains(l.as_str()))
                    .map(|(_, r)| r.clone())
                    .collect(),
                cases,
            }
        })
    }

    async fn put_recall(
        &self,
        recall: &Recall,
        times: &[(&'static str, DateTime<Utc>)],
    ) -> Result<(), PortError> {
        self.with_state(|s| {
            for src in &recall.sources {
                s.intake.sources.insert(
                    (src.source.clone(), src.reference.clone()),
                    recall.id.clone(),
                );
            }
            s.recalls.insert(recall.id.clone(), recall.clone());
            for (field, _) in times {
                s.timeline.insert((recall.id.clone(), field.to_string()));
            }
        })
    }

    async fn record_ruled_out(&self, ruled_out: &[RuledOut]) -> Result<(), PortError> {
        self.with_state(|s| {
            for r in ruled_out {
                s.intake
                    .ruled_out
                    .insert((r.recall_id.clone(), r.listing_id.clone()), r.clone());
            }
        })
    }

    async fn open_cases(
        &self,
        cases: &[(Case, Option<ListingMeasures>)],
        notice: Option<&SellerNotice>,
        email: Option<&OutboxItem>,
    ) -> Result<(), PortError> {
        let written = self.with_state(|s| {
            if cases.iter().any(|(c, _)| s.cases.contains_key(&c.case_id))
                || notice.is_some_and(|n| {
                    s.intake
                        .notices
                        .contains_key(&(n.recall_id.clone(), n.notice_id.clone()))
                })
            {
                return false;
            }
            for (case, measures) in cases {
                s.cases.insert(case.case_id.clone(), (case.clone(), None));
                if let Some(m) = measures {
                    s.refunds
                        .measures
                        .entry(m.listing_id.clone())
                        .or_default()
                        .push((m.clone(), false));
                    if let Some(entry) = LedgerEntry::for_case(case) {
                        book(s, entry);
                    }
                    s.timeline
                        .insert((case.recall_id.clone(), "blocked_at".into()));
                }
            }
            if let Some(n) = notice {
                put_notice(s, n, email);
            }
            true
        })?;
        if !written {
            return Err(PortError::conflict("a case or the notice exists already"));
        }
        Ok(())
    }

    async fn extend_cases(
        &self,
        cases: &[(Case, Vec<Measure>)],
        notice: Option<&SellerNotice>,
        email: Option<&OutboxItem>,
        raises: &[(String, u32)],
    ) -> Result<(), PortError> {
        let written = self.with_state(|s| {
            if notice.is_some_and(|n| {
                s.intake
                    .notices
                    .contains_key(&(n.recall_id.clone(), n.notice_id.clone()))
            }) {
                return false;
            }
            for (case, added) in cases {
                let due = s.cases.get(&case.case_id).and_then(|(_, d)| *d);
                s.cases.insert(case.case_id.clone(), (case.clone(), due));
                if let Some((_, before)) = raises.iter().find(|(id, _)| *id == case.case_id) {
                    if let Some(entry) = LedgerEntry::for_raise(case, *before) {
                        book(s, entry);
                    }
                }
                if let Some((m, _)) = s
                    .refunds
                    .measures
                    .entry(case.listing_id.clone())
                    .or_default()
                    .iter_mut()
                    .find(|(m, _)| m.recall_id == case.recall_id)
                {
                    m.measures.extend(added.iter().cloned());
                }
            }
            if let Some(n) = notice {
                put_notice(s, n, email);
            }
            true
        })?;
        if !written {
            return Err(PortError::conflict("the notice exists already"));
        }
        Ok(())
    }
}

impl Sellers for MemoryStore {
    async fn sellers(&self, ids: &BTreeSet<String>) -> Result<BTreeMap<String, Seller>, PortError> {
        self.with_state(|s| {
            ids.iter()
                .filter_map(|id| s.refunds.sellers.get(id).map(|x| (id.clone(), x.clone())))
                .collect()
        })
    }
}

impl Ledger for MemoryStore {
    async fn standings(
        &self,
        seller_ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, StoredStanding>, PortError> {
        self.with_state(|s| {
            seller_ids
                .iter()
                .map(|id| {
                    (
                        id.clone(),
                        s.intake.standings.get(id).cloned().unwrap_or_default(),
                    )
                })
                .collect()
        })
    }

    async fn ledger(&self, seller_id: &str) -> Result<Vec<LedgerEntry>, PortError> {
        Ok(self.ledger_of(seller_id))
    }

    async fn save_standing(
        &self,
        seller_id: &str,
        next: &StoredStanding,
        read_version: u64,
        email: Option<&OutboxItem>,
    ) -> Result<bool, PortError> {
        self.with_state(|s| {
            let stored = s.intake.standings.get(seller_id).map_or(0, |st| st.version);
            if stored != read_version || email.is_some_and(|e| s.outbox.contains_key(&e.key)) {
                return false;
            }
            s.intake
                .standings
                .insert(seller_id.to_string(), next.clone());
            if let Some(item) = email {
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

impl OutboxWrites for MemoryStore {
    async fn write_outbox(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        let written = self.with_state(|s| {
            if effects.items.iter().any(|i| s.outbox.contains_key(&i.key)) {
                return false;
            }
            super::store::write_effects(s, effects, lease_until);
            true
        })?;
        if !written {
            return Err(PortError::conflict("an outbox item exists already"));
        }
        Ok(())
    }
}
