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
use chrono::{DateTime, Utc};
use safety_aws::effects::{refresh_standings, send_seller_notices, write_plan};
use safety_aws::{Mailer, Store, StoreError};
use safety_domain::catalog::Listing;
use safety_domain::ledger::{dodging_edit, Thresholds};
use safety_domain::messages::{envelope, CatalogMessage, MessageError};
use safety_domain::notices::consumer::ConsumerOrder;
use safety_domain::recall::intake::relisting_plan;
use safety_domain::recall::matching::listing_lookups;
use safety_domain::recall::Recall;
use safety_runtime::{process_batch, Record};
use std::cmp::Ordering;
use std::collections::BTreeSet;

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
                let edit = previous.is_some();
                // The recalls whose measures block the listing (an edit only).
                let blocking = if edit {
                    self.blocking_recalls(&listing.listing_id)
                        .await
                        .map_err(store_err)?
                } else {
                    Vec::new()
                };
                let mut dodged = Vec::new();
                let order = previous
                    .as_ref()
                    .map(|prev| listing.version().cmp(&prev.version()));
                if previous
                    .as_ref()
                    .is_some_and(|prev| prev.updated_at == listing.updated_at)
                    && order != Some(Ordering::Equal)
                {
                    // Two edits stamped with the same time: the greater
                    // content digest is kept, whatever the delivery order.
                    tracing::warn!(listing_id = %listing.listing_id, message_id = %id,
                        kept = if order == Some(Ordering::Greater) { "this delivery" } else { "the stored version" },
                        "two versions of a listing carry the same updated_at; the one with the greater content digest is kept");
                }
                match order {
                    Some(Ordering::Less) => {
                        return Ok(Outcome::ListingStale(listing.listing_id));
                    }
                    // The stored version again: its check runs again below
                    // (a crash may have cut it short); it only finishes.
                    Some(Ordering::Equal) => {}
                    _ => {
                        // A dodging edit is booked before the edit is stored: a
                        // crash in between books it again on the redelivery
                        // (same key), never loses it.
                        if let Some(prev) = &previous {
                            for recall in &blocking {
                                if let Some(entry) = dodging_edit(recall, prev, &listing) {
                                    if self.store.book(&entry).await.map_err(store_err)? {
                                        tracing::warn!(listing_id = %listing.listing_id, recall_id = %recall.id,
                                            seller_id = %listing.seller_id, "listing edited to dodge a recall");
                                    }
                                    dodged.push(recall.id.clone());
                                }
                            }
                        }
                        match self.store.put_listing(&listing, previous.as_ref()).await {
                            Ok(()) => {}
                            Err(StoreError::Conflict(_)) => {
                                return Ok(Outcome::ListingStale(listing.listing_id))
                            }
                            Err(e) => return Err(store_err(e)),
                        }
                    }
                }
                let recalls = self
                    .check_listing(&listing, !blocking.is_empty(), &id)
                    .await?;
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
                    .put_order(&order, &ConsumerOrder::by_listing(&order))
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

    /// The recalls of the listing's active recall measures.
    async fn blocking_recalls(&self, listing_id: &str) -> Result<Vec<Recall>, StoreError> {
        let mut out = Vec::new();
        for (m, reversed) in self.store.get_measures(listing_id).await? {
            if reversed || !m.is_recall() {
                continue;
            }
            if let Some(recall) = self.store.get_recall(&m.recall_id).await? {
                out.push(recall);
            }
        }
        Ok(out)
    }

    /// The reverse check of a new or edited listing: the recalls under its
    /// identity keys (one `Query` per key), each planned as at intake for this
    /// listing alone, then the seller's standing reassessed. `blocked`: the
    /// listing is under a recall's measures (an edit may have booked a dodge).
    /// Returns the recalls that opened or grew a case.
    async fn check_listing(
        &self,
        listing: &Listing,
        blocked: bool,
        message_id: &str,
    ) -> Result<Vec<String>, SyncError> {
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
        let now = Utc::now();
        let mut acted = Vec::new();
        let mut penalised = blocked;
        for recall_id in &recall_ids {
            let part = self.store.recall_partition(recall_id).await.map_err(st)?;
            let Some(recall) = part.recall.clone() else {
                continue;
            };
            // Published (or edited) once the recall was public (its
            // publication, else our receipt of it): a deliberate violation. A
            // version older than the recall whose event came late is an
            // ordinary intake.
            let received = part
                .timeline
                .get("received_at")
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.with_timezone(&Utc));
            let active_since = match (recall.published_at, received) {
                (Some(p), Some(r)) => Some(p.min(r)),
                (p, r) => p.or(r),
            };
            let evasion = active_since.is_none_or(|since| listing.updated_at >= since);
            let mut plan = relisting_plan(&recall, listing, &part.cases, evasion, now);
            plan.forget_known_ruled_out(&part.ruled_out);
            let written = write_plan(&self.store, &plan, &recall)
                .await
                .map_err(|e| fail(e.to_string()))?;
            if plan.confident_cases() > 0 || !plan.extended.is_empty() {
                acted.push(recall.id.clone());
                tracing::warn!(listing_id = %listing.listing_id, recall_id = %recall.id,
                    seller_id = %listing.seller_id, "listing blocked at publication: an active recall matches it");
            }
            // This plan's notices it wrote, and any an interrupted delivery
            // left pending for this listing's seller.
            let to_send = plan.notices_due(&written, part.unsent_notices(Some(&listing.seller_id)));
            send_seller_notices(&self.store, &self.mailer, &recall, &to_send)
                .await
                .map_err(|e| fail(e.to_string()))?;
            penalised |= part
                .cases
                .iter()
                .chain(plan.new_cases.iter().map(|(c, _)| c))
                .any(|c| c.listing_id == listing.listing_id && c.penalty.is_some());
        }
        if penalised {
            let sellers = BTreeSet::from([listing.seller_id.clone()]);
            refresh_standings(&self.store, &self.mailer, &sellers, now, &self.thresholds)
                .await
                .map_err(|e| fail(e.to_string()))?;
        }
        Ok(acted)
    }
}
