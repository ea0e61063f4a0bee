//! The in-memory store's recalls (source references, identity keys as the
//! domain computes them, partitions, intake plans' writes), sellers and the
//! ledger, with the adapters' contracts: a case is written once (a second
//! write is a conflict and writes nothing), a standing only over the
//! version read, a notice's email with its notice.

use super::state::{MemoryStore, State};
use crate::ports::{
    IdentityHits, PortError, RecallHit, RecallPartition, Recalls, SendStatus, StoredNotice,
};
use chrono::{DateTime, Utc};
use safety_domain::ledger::LedgerEntry;
use safety_domain::outbox::{OutboxItem, OutboxStatus, StoredItem};
use safety_domain::recall::intake::{Case, ListingMeasures, Measure, RuledOut, SellerNotice};
use safety_domain::recall::matching::{listing_keys, recall_keys, Lookup};
use safety_domain::recall::{Recall, SourceRef};
use std::collections::BTreeSet;

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
}

/// A notice and its outbox items, leased to their writer until
/// `leased_until` (free to claim without one).
fn put_notice(
    s: &mut State,
    notice: &SellerNotice,
    items: &[OutboxItem],
    leased_until: Option<DateTime<Utc>>,
) {
    s.intake.notices.insert(
        (notice.recall_id.clone(), notice.notice_id.clone()),
        StoredNotice {
            notice: notice.clone(),
            status: SendStatus::Pending,
            sent_at: None,
        },
    );
    for item in items {
        s.outbox.insert(
            item.key.clone(),
            StoredItem {
                item: item.clone(),
                status: OutboxStatus::Pending { leased_until },
            },
        );
    }
}

/// Books an entry once: false when its key was booked before.
pub(super) fn book(s: &mut State, entry: LedgerEntry) -> bool {
    let entries = s.ledger.entries.entry(entry.seller_id.clone()).or_default();
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
                deliveries: s
                    .deliveries
                    .iter()
                    .filter(|d| d.recall_id.as_deref() == Some(recall_id))
                    .cloned()
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
            for (field, at) in times {
                s.timeline.insert((recall.id.clone(), field.to_string()));
                if *field == "received_at" {
                    s.received_at.entry(recall.id.clone()).or_insert(*at);
                    for (category, market, public) in
                        safety_domain::desk::lists::list_entries(recall, *at)
                    {
                        let slug = safety_domain::desk::lists::category_slug(category);
                        s.lists.insert(
                            (slug.to_string(), market.to_string(), recall.id.clone()),
                            public,
                        );
                    }
                }
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
        items: &[OutboxItem],
        leased_until: DateTime<Utc>,
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
                    s.ledger
                        .measures
                        .entry(m.listing_id.clone())
                        .or_default()
                        .insert(m.recall_id.clone(), (m.clone(), false));
                    if let Some(entry) = LedgerEntry::for_case(case) {
                        book(s, entry);
                    }
                    s.timeline
                        .insert((case.recall_id.clone(), "blocked_at".into()));
                }
            }
            if let Some(n) = notice {
                put_notice(s, n, items, Some(leased_until));
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
        items: &[OutboxItem],
        raises: &[(String, u32)],
        leased_until: DateTime<Utc>,
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
                    .ledger
                    .measures
                    .entry(case.listing_id.clone())
                    .or_default()
                    .get_mut(&case.recall_id)
                {
                    m.measures.extend(added.iter().cloned());
                }
            }
            if let Some(n) = notice {
                put_notice(s, n, items, Some(leased_until));
            }
            true
        })?;
        if !written {
            return Err(PortError::conflict("the notice exists already"));
        }
        Ok(())
    }
}

impl crate::ports::Reviews for MemoryStore {
    async fn book(&self, entry: &LedgerEntry) -> Result<bool, PortError> {
        self.with_state(|s| {
            let booked = s
                .ledger
                .entries
                .get(&entry.seller_id)
                .is_some_and(|e| e.contains_key(&entry.entry_id));
            if !booked {
                book(s, entry.clone());
            }
            !booked
        })
    }

    async fn reverse_measures(
        &self,
        listing_id: &str,
        recall_id: &str,
        _at: DateTime<Utc>,
        _reason: &str,
    ) -> Result<(), PortError> {
        self.with_state(|s| {
            if let Some((_, reversed)) = s
                .ledger
                .measures
                .get_mut(listing_id)
                .and_then(|m| m.get_mut(recall_id))
            {
                *reversed = true;
            }
        })
    }

    async fn listing(
        &self,
        listing_id: &str,
    ) -> Result<Option<safety_domain::catalog::Listing>, PortError> {
        self.with_state(|s| s.listings.get(listing_id).cloned())
    }

    async fn listing_measures(
        &self,
        listing_id: &str,
    ) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        Ok(self.measures_of(listing_id))
    }

    async fn confirm_case(
        &self,
        case: &Case,
        measures: &ListingMeasures,
        notice: &SellerNotice,
        items: &[OutboxItem],
        due: Option<DateTime<Utc>>,
    ) -> Result<(), PortError> {
        self.with_state(|s| {
            let awaiting = s.cases.get(&case.case_id).is_some_and(|(c, _)| {
                c.state == safety_domain::recall::intake::CaseState::AwaitingReview
            });
            if !awaiting {
                return; // confirmed before
            }
            s.cases.insert(case.case_id.clone(), (case.clone(), due));
            s.ledger
                .measures
                .entry(measures.listing_id.clone())
                .or_default()
                .insert(measures.recall_id.clone(), (measures.clone(), false));
            if let Some(entry) = LedgerEntry::for_case(case) {
                book(s, entry);
            }
            put_notice(s, notice, items, None);
        })
    }
}
