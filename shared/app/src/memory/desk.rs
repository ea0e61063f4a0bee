//! The desk's reads over the in-memory state, as the adapter answers them:
//! the review queue oldest first from the cases awaiting review, recalls by
//! their first receipt.

use super::MemoryStore;
use crate::ports::{Desk, PortError};
use chrono::{DateTime, Utc};
use safety_domain::catalog::Category;
use safety_domain::desk::lists::{category_from_slug, category_slug, PublicRecall};
use safety_domain::outbox::StoredItem;
use safety_domain::recall::case::CaseState;
use safety_domain::recall::intake::{Case, ListingMeasures};
use safety_domain::recall::Recall;
use safety_domain::Country;
use std::collections::{BTreeMap, BTreeSet};

impl Desk for MemoryStore {
    async fn recall_measures(
        &self,
        recall_id: &str,
        listing_ids: &[String],
    ) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        self.with_state(|s| {
            listing_ids
                .iter()
                .filter_map(|l| {
                    s.ledger
                        .measures
                        .get(l)
                        .and_then(|m| m.get(recall_id))
                        .cloned()
                })
                .collect()
        })
    }

    async fn outbox_about(&self, about: &str) -> Result<Vec<StoredItem>, PortError> {
        self.with_state(|s| {
            s.outbox
                .values()
                .filter(|i| i.item.key.about == about)
                .cloned()
                .collect()
        })
    }

    async fn review_queue(
        &self,
        limit: usize,
        after: Option<&str>,
    ) -> Result<(Vec<Case>, Option<String>), PortError> {
        self.with_state(|s| {
            let key = |c: &Case| format!("{}#{}", c.opened_at.to_rfc3339(), c.case_id);
            let mut waiting: Vec<(String, Case)> = s
                .cases
                .values()
                .filter(|(c, _)| c.state == CaseState::AwaitingReview)
                .map(|(c, _)| (key(c), c.clone()))
                .filter(|(k, _)| after.is_none_or(|a| k.as_str() > a))
                .collect();
            waiting.sort_by(|a, b| a.0.cmp(&b.0));
            let more = waiting.len() > limit;
            waiting.truncate(limit);
            let next = more
                .then(|| waiting.last().map(|(k, _)| k.clone()))
                .flatten();
            (waiting.into_iter().map(|(_, c)| c).collect(), next)
        })
    }

    async fn recalls_received(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(Recall, BTreeMap<String, String>)>, PortError> {
        self.with_state(|s| {
            s.received_at
                .iter()
                .filter(|(_, at)| **at >= from && **at < to)
                .filter_map(|(id, at)| {
                    let recall = s.recalls.get(id)?.clone();
                    let timeline = BTreeMap::from([("received_at".to_string(), at.to_rfc3339())]);
                    Some((recall, timeline))
                })
                .collect()
        })
    }

    async fn recalls_by_id(&self, ids: &BTreeSet<String>) -> Result<Vec<Recall>, PortError> {
        self.with_state(|s| {
            ids.iter()
                .filter_map(|id| s.recalls.get(id).cloned())
                .collect()
        })
    }

    async fn cases_of_seller(&self, seller_id: &str) -> Result<Vec<Case>, PortError> {
        self.with_state(|s| {
            let mut cases: Vec<Case> = s
                .cases
                .values()
                .filter(|(c, _)| c.seller_id == seller_id)
                .map(|(c, _)| c.clone())
                .collect();
            cases.sort_by_key(|c| c.opened_at);
            cases
        })
    }

    async fn cases_by_id(&self, case_ids: &[String]) -> Result<Vec<Case>, PortError> {
        self.with_state(|s| {
            case_ids
                .iter()
                .filter_map(|id| s.cases.get(id).map(|(c, _)| c.clone()))
                .collect()
        })
    }

    async fn recall_list(
        &self,
        category: Category,
        market: &Country,
    ) -> Result<Vec<PublicRecall>, PortError> {
        self.with_state(|s| {
            s.lists
                .iter()
                .filter(|((c, m, _), _)| c == category_slug(category) && m == market.as_str())
                .map(|(_, p)| p.clone())
                .collect()
        })
    }

    async fn list_counts(&self) -> Result<Vec<(Category, Country, usize)>, PortError> {
        self.with_state(|s| {
            let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
            for (c, m, _) in s.lists.keys() {
                *counts.entry((c.clone(), m.clone())).or_default() += 1;
            }
            counts
                .into_iter()
                .filter_map(|((c, m), n)| {
                    Some((category_from_slug(&c)?, Country::parse(&m).ok()?, n))
                })
                .collect()
        })
    }
}
