//! `catalog-sync`: keeps sellers, listings and orders from the marketplace's
//! events, with the identity indexes that recall matching queries.
//!
//! Idempotent without a ledger of message ids: a listing (and a seller that
//! carries `updated_at`) is written only over an older version, so duplicated
//! and reordered deliveries converge on the newest; an order is written once.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use safety_aws::{Store, StoreError};
use safety_domain::consumer::ConsumerOrder;
use safety_domain::messages::{envelope, CatalogMessage, MessageError};
use safety_runtime::{process_batch, Record};

pub const FUNCTION: &str = "catalog-sync";

/// What one message did, for the log and the tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    SellerSaved(String),
    /// The stored seller is as new or newer (`updated_at`).
    SellerStale(String),
    ListingSaved(String),
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
}

pub struct CatalogSync {
    store: Store,
}

impl CatalogSync {
    pub fn new(store: Store) -> CatalogSync {
        CatalogSync { store }
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
                if let Some((prev, _)) = &previous {
                    if prev.updated_at >= listing.updated_at {
                        return Ok(Outcome::ListingStale(listing.listing_id));
                    }
                }
                match self
                    .store
                    .put_listing(&listing, previous.as_ref().map(|(l, _)| l))
                    .await
                {
                    Ok(()) => Ok(Outcome::ListingSaved(listing.listing_id)),
                    Err(StoreError::Conflict(_)) => Ok(Outcome::ListingStale(listing.listing_id)),
                    Err(e) => Err(store_err(e)),
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
}
