//! `catalog-sync`: keeps sellers, listings and orders from the marketplace's
//! events, with the identity indexes that recall matching queries.
//!
//! Every new or edited listing is checked against the active recalls through
//! the same identity indexes (never a scan of recalls), in the same
//! invocation: a match blocks it at once in the recall's markets where it is
//! offered, opens a case, sends the seller the notice and books a serious
//! violation (SPEC 1.2, 1.5). An edit that changes the identifiers of a
//! listing blocked by a recall, so that the recall no longer matches it, keeps
//! the block and books a serious violation too.
//!
//! Idempotent without a ledger of message ids: a listing (and a seller that
//! carries `updated_at`) is written only over an older version, so duplicated
//! and reordered deliveries converge on the newest; an order is written once.
//! A delivery of the stored version runs the recall check again, which finds
//! its case opened and its entry booked, and only sends what is still
//! pending.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_aws::effects::{refresh_standings, send_seller_notices, write_plan};
use safety_aws::{Mailer, Store, StoreError};
use safety_domain::catalog::Listing;
use safety_domain::consumer::ConsumerOrder;
use safety_domain::intake::relisting_plan;
use safety_domain::ledger::{dodging_edit, Thresholds, ViolationType};
use safety_domain::matching::listing_lookups;
use safety_domain::messages::{envelope, CatalogMessage, MessageError};
use safety_runtime::{process_batch, Record};
use std::collections::{BTreeMap, BTreeSet};

pub const FUNCTION: &str = "catalog-sync";

/// What one message did, for the log and the tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    SellerSaved(String),
    /// The stored seller is as new or newer (`updated_at`).
    SellerStale(String),
    ListingSaved(String),
    /// Saved, and blocked by the reverse check: the recalls that opened a
    /// case (or grew one) for it, and the recalls it dodged by an edit.
    ListingBlocked {
        listing_id: String,
        recalls: Vec<String>,
        dodged: Vec<String>,
    },
    /// The stored listing is as new or newer (a duplicate or a late delivery).
    ListingStale(String),
    ListingRemoved(String),
    OrderSaved(String),
    OrderUpdated(String),
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("message {message_id}: {source}")]
    Store {
        message_id: String,
        #[source]
        source: StoreError,
    },
    #[error("message {message_id}: {what} is not known yet; retried until it arrives")]
    Unknown { message_id: String, what: String },
    #[error("message {message_id}, listing {listing_id}: {reason}")]
    Check {
        message_id: String,
        listing_id: String,
        reason: String,
    },
}

pub struct CatalogSync {
    store: Store,
    mailer: Mailer,
    thresholds: Thresholds,
}

impl CatalogSync {
    pub fn new(store: Store, mailer: Mailer) -> CatalogSync {
        CatalogSync {
            store,
            mailer,
            thresholds: Thresholds::default(),
        }
    }

    /// The standing thresholds (SPEC 1.5), when not the defaults.
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> CatalogSync {
        self.thresholds = thresholds;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, SyncError> {
        let (id, message) = CatalogMessage::parse(envelope(&record.body, &record.sqs_message_id)?)?;
        let store_err = |source| SyncError::Store {
            message_id: id.clone(),
            source,
        };
        match message {
            CatalogMessage::SellerUpserted(seller) => {
                if self.store.put_seller(&seller).await.map_err(store_err)? {
                    Ok(Outcome::SellerSaved(seller.seller_id))
                } else {
                    Ok(Outcome::SellerStale(seller.seller_id))
                }
            }
            CatalogMessage::ListingUpserted(listing) => {
                let previous = self
                    .store
                    .get_listing(&listing.listing_id)
                    .await
                    .map_err(store_err)?;
                let previous = previous.map(|(l, _)| l);
                match &previous {
                    Some(prev) if prev.updated_at > listing.updated_at => {
                        return Ok(Outcome::ListingStale(listing.listing_id));
                    }
                    // The stored version again: its check runs again below
                    // (a crash may have cut it short); it only finishes.
                    Some(prev) if prev.updated_at == listing.updated_at => {}
                    _ => match self.store.put_listing(&listing, previous.as_ref()).await {
                        Ok(()) => {}
                        Err(StoreError::Conflict(_)) => {
                            return Ok(Outcome::ListingStale(listing.listing_id))
                        }
                        Err(e) => return Err(store_err(e)),
                    },
                }
                let before = previous.filter(|p| p.updated_at < listing.updated_at);
                let (recalls, dodged) = self.check_listing(&listing, before.as_ref(), &id).await?;
                if recalls.is_empty() && dodged.is_empty() {
                    Ok(Outcome::ListingSaved(listing.listing_id))
                } else {
                    Ok(Outcome::ListingBlocked {
                        listing_id: listing.listing_id,
                        recalls,
                        dodged,
                    })
                }
            }
            CatalogMessage::ListingRemoved(removed) => {
                let Some((listing, _)) = self
                    .store
                    .get_listing(&removed.listing_id)
                    .await
                    .map_err(store_err)?
                else {
                    return Err(SyncError::Unknown {
                        message_id: id,
                        what: format!("listing {}", removed.listing_id),
                    });
                };
                if listing.updated_at >= removed.removed_at {
                    return Ok(Outcome::ListingStale(removed.listing_id));
                }
                match self
                    .store
                    .remove_listing(&listing, removed.removed_at)
                    .await
                {
                    Ok(()) | Err(StoreError::Conflict(_)) => {
                        Ok(Outcome::ListingRemoved(removed.listing_id))
                    }
                    Err(e) => Err(store_err(e)),
                }
            }
            CatalogMessage::OrderPlaced(order) => {
                self.store
                    .put_order(&order, |listing_id| ConsumerOrder::of(&order, listing_id))
                    .await
                    .map_err(store_err)?;
                Ok(Outcome::OrderSaved(order.order_id))
            }
            CatalogMessage::OrderUpdated(update) => {
                if self.store.update_order(&update).await.map_err(store_err)? {
                    Ok(Outcome::OrderUpdated(update.order_id))
                } else {
                    Err(SyncError::Unknown {
                        message_id: id,
                        what: format!("order {}", update.order_id),
                    })
                }
            }
        }
    }

    /// The reverse check of a new or edited listing: the recalls under its
    /// identity keys (one `Query` per key), each planned as at intake for this
    /// listing alone. Returns the recalls that opened or grew a case, and the
    /// recalls an edit dodged.
    async fn check_listing(
        &self,
        listing: &Listing,
        previous: Option<&Listing>,
        message_id: &str,
    ) -> Result<(Vec<String>, Vec<String>), SyncError> {
        let fail = |reason: String| SyncError::Check {
            message_id: message_id.to_string(),
            listing_id: listing.listing_id.clone(),
            reason,
        };
        let st = |e: StoreError| fail(e.to_string());
        let mut recall_ids = BTreeSet::new();
        for lookup in listing_lookups(listing) {
            let hits = self.store.lookup(&lookup).await.map_err(st)?;
            recall_ids.extend(hits.recalls.into_iter().map(|h| h.recall_id));
        }
        // An edit of a listing a recall blocks: the recalls of its measures.
        let mut blocking = BTreeSet::new();
        if previous.is_some() {
            for (m, reversed) in self
                .store
                .get_measures(&listing.listing_id)
                .await
                .map_err(st)?
            {
                if !reversed {
                    blocking.insert(m.recall_id);
                }
            }
        }
        let now = Utc::now();
        let mut acted = Vec::new();
        let mut dodged = Vec::new();
        let mut sellers = BTreeSet::new();
        for recall_id in recall_ids.union(&blocking) {
            let part = self.store.recall_partition(recall_id).await.map_err(st)?;
            let Some(recall) = part.recall.clone() else {
                continue;
            };
            if let Some(prev) = previous.filter(|_| blocking.contains(recall_id)) {
                if let Some(entry) = dodging_edit(&recall, prev, listing) {
                    if self.store.book(&entry).await.map_err(st)? {
                        tracing::warn!(listing_id = %listing.listing_id, recall_id = %recall.id,
                            seller_id = %listing.seller_id, "listing edited to dodge a recall");
                    }
                    sellers.insert(listing.seller_id.clone());
                    dodged.push(recall.id.clone());
                }
            }
            let mut notices_so_far: BTreeMap<String, usize> = BTreeMap::new();
            for n in &part.notices {
                *notices_so_far
                    .entry(n.notice.seller_id.clone())
                    .or_default() += 1;
            }
            let plan = relisting_plan(&recall, listing, &part.cases, &notices_so_far, now);
            write_plan(&self.store, &plan, ViolationType::RecallEvasion)
                .await
                .map_err(st)?;
            if plan.confident_cases() > 0 || !plan.extended.is_empty() {
                acted.push(recall.id.clone());
                self.store
                    .mark_timeline(&recall.id, "blocked_at", Utc::now())
                    .await
                    .map_err(st)?;
                tracing::warn!(listing_id = %listing.listing_id, recall_id = %recall.id,
                    seller_id = %listing.seller_id, "listing blocked at publication: an active recall matches it");
            }
            // This plan's notices, and any an interrupted delivery left pending
            // for this listing's seller.
            let mut to_send = plan.notices.clone();
            to_send.extend(
                part.notices
                    .iter()
                    .filter(|n| n.status != "sent" && n.notice.seller_id == listing.seller_id)
                    .map(|n| n.notice.clone()),
            );
            send_seller_notices(&self.store, &self.mailer, &recall, &to_send)
                .await
                .map_err(|e| fail(e.to_string()))?;
            if part
                .cases
                .iter()
                .chain(plan.new_cases.iter().map(|(c, _)| c))
                .any(|c| c.listing_id == listing.listing_id && c.penalty.is_some())
            {
                sellers.insert(listing.seller_id.clone());
            }
        }
        refresh_standings(&self.store, &self.mailer, &sellers, now, &self.thresholds)
            .await
            .map_err(|e| fail(e.to_string()))?;
        Ok((acted, dodged))
    }
}
