//! The in-memory store's reported violations, sellers, ledgers, standings
//! and listings' measures, with the adapters' contracts: a report and its
//! entry are written once with the decision's new outbox items, all or
//! nothing (a report recorded or an item stored before is a conflict); a
//! standing is written over the version read only; new items written on
//! their own must be absent.

use super::state::{turn, write_effects, State};
use super::MemoryStore;
use crate::ports::{Ledger, OutboxWrites, PortError, ReportContext, Sellers, Violations};
use chrono::{DateTime, Utc};
use safety_domain::catalog::Seller;
use safety_domain::ledger::standing::StoredStanding;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::LedgerEntry;
use safety_domain::outbox::{Effects, OutboxItem, OutboxStatus, StoredItem};
use safety_domain::recall::intake::ListingMeasures;
use std::collections::{BTreeMap, BTreeSet};

impl MemoryStore {
    pub fn add_seller(&self, seller: Seller) {
        let _ = self.with_state(|s| s.ledger.sellers.insert(seller.seller_id.clone(), seller));
    }

    /// Measures taken on a listing (a recall's), reversed or not.
    pub fn add_measures(&self, measures: ListingMeasures, reversed: bool) {
        let _ = self.with_state(|s| {
            s.ledger
                .measures
                .entry(measures.listing_id.clone())
                .or_default()
                .insert(measures.recall_id.clone(), (measures, reversed))
        });
    }

    /// A seller's ledger as stored, oldest first.
    pub fn entries_of(&self, seller_id: &str) -> Vec<LedgerEntry> {
        self.with_state(|s| entries(s, seller_id))
            .unwrap_or_default()
    }

    /// A listing's measures as stored.
    pub fn measures_of(&self, listing_id: &str) -> Vec<(ListingMeasures, bool)> {
        self.with_state(|s| measures(s, listing_id))
            .unwrap_or_default()
    }

    /// A seller's standing as stored (the default when never assessed).
    pub fn standing_of(&self, seller_id: &str) -> StoredStanding {
        self.with_state(|s| {
            s.ledger
                .standings
                .get(seller_id)
                .cloned()
                .unwrap_or_default()
        })
        .unwrap_or_default()
    }

    /// True when the report is recorded.
    pub fn report_recorded(&self, report_id: &str) -> bool {
        self.with_state(|s| s.reports.contains_key(report_id))
            .unwrap_or_default()
    }
}

fn entries(s: &State, seller_id: &str) -> Vec<LedgerEntry> {
    let mut out: Vec<LedgerEntry> = s
        .ledger
        .entries
        .get(seller_id)
        .map(|e| e.values().cloned().collect())
        .unwrap_or_default();
    out.sort_by(|a, b| a.at.cmp(&b.at).then(a.entry_id.cmp(&b.entry_id)));
    out
}

fn measures(s: &State, listing_id: &str) -> Vec<(ListingMeasures, bool)> {
    s.ledger
        .measures
        .get(listing_id)
        .map(|m| m.values().cloned().collect())
        .unwrap_or_default()
}

impl Violations for MemoryStore {
    async fn report_reads(
        &self,
        report_id: &str,
        seller_id: &str,
        listing_id: Option<&str>,
    ) -> Result<ReportContext, PortError> {
        turn().await;
        self.with_state(|s| ReportContext {
            recorded: s.reports.get(report_id).cloned(),
            seller: s.ledger.sellers.get(seller_id).cloned(),
            listing: listing_id.and_then(|l| s.listings.get(l).cloned()),
            listing_measures: listing_id.map(|l| measures(s, l)).unwrap_or_default(),
        })
    }

    async fn record_report(
        &self,
        report_id: &str,
        report: &ViolationReported,
        entry: &LedgerEntry,
        measures: Option<&ListingMeasures>,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        let written = self.with_state(|s| {
            let entry_booked = s
                .ledger
                .entries
                .get(&entry.seller_id)
                .is_some_and(|e| e.contains_key(&entry.entry_id));
            if s.reports.contains_key(report_id)
                || entry_booked
                || effects.items.iter().any(|i| s.outbox.contains_key(&i.key))
            {
                return false;
            }
            s.reports.insert(report_id.to_string(), report.clone());
            s.ledger
                .entries
                .entry(entry.seller_id.clone())
                .or_default()
                .insert(entry.entry_id.clone(), entry.clone());
            if let Some(m) = measures {
                s.ledger
                    .measures
                    .entry(m.listing_id.clone())
                    .or_default()
                    .insert(m.recall_id.clone(), (m.clone(), false));
            }
            write_effects(s, effects, lease_until);
            true
        })?;
        if !written {
            return Err(PortError::conflict(
                "the report, its entry or an outbox item exists already",
            ));
        }
        Ok(())
    }
}

impl Sellers for MemoryStore {
    async fn sellers(&self, ids: &BTreeSet<String>) -> Result<BTreeMap<String, Seller>, PortError> {
        self.with_state(|s| {
            ids.iter()
                .filter_map(|id| s.ledger.sellers.get(id).map(|x| (id.clone(), x.clone())))
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
                    let st = s.ledger.standings.get(id).cloned().unwrap_or_default();
                    (id.clone(), st)
                })
                .collect()
        })
    }

    async fn ledger(&self, seller_id: &str) -> Result<Vec<LedgerEntry>, PortError> {
        self.with_state(|s| entries(s, seller_id))
    }

    async fn save_standing(
        &self,
        seller_id: &str,
        next: &StoredStanding,
        read_version: u64,
        items: &[OutboxItem],
    ) -> Result<bool, PortError> {
        self.with_state(|s| {
            let stored = s.ledger.standings.get(seller_id).map_or(0, |st| st.version);
            if stored != read_version || items.iter().any(|e| s.outbox.contains_key(&e.key)) {
                return false;
            }
            s.ledger
                .standings
                .insert(seller_id.to_string(), next.clone());
            for e in items {
                // Free to claim: whoever sends it claims it first.
                s.outbox.insert(
                    e.key.clone(),
                    StoredItem {
                        item: e.clone(),
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
            write_effects(s, effects, lease_until);
            true
        })?;
        if !written {
            return Err(PortError::conflict("an outbox item exists already"));
        }
        Ok(())
    }
}
