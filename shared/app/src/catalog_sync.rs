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
//! pending (through the outbox).

use crate::notices::{self, NoticeError};
use crate::plans;
use crate::ports::{
    Cases, Catalog, Ledger, Mail, Outbox, OutboxWrites, PortError, Ports, Queues, RecallPartition,
    Recalls, Sellers,
};
use crate::standings;
use chrono::{DateTime, Utc};
use safety_domain::catalog::Listing;
use safety_domain::ledger::{listing_upsert, ListingUpsert, Thresholds};
use safety_domain::messages::{envelope, CatalogMessage, MessageError};
use safety_domain::notices::consumer::ConsumerOrder;
use safety_domain::recall::case::ListingMeasures;
use safety_domain::recall::intake::{published_while_active, relisting_plan};
use safety_domain::recall::matching::listing_lookups;
use safety_domain::recall::Recall;
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
    #[error("{source}")]
    Port {
        #[source]
        source: PortError,
    },
    #[error("{what} is not known yet; retried until it arrives")]
    Unknown { what: String },
    /// The reverse check of a stored listing failed part-way (retried: it
    /// finishes what is left).
    #[error("listing {listing_id}: {source}")]
    Check {
        listing_id: String,
        #[source]
        source: NoticeError,
    },
}

/// Handles one catalogue message at `now`.
pub async fn handle<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    body: &str,
    fallback_id: &str,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Outcome, SyncError>
where
    S: Catalog + Recalls + Cases + Sellers + Ledger + Outbox + OutboxWrites,
    M: Mail,
    Q: Queues,
{
    let (_, message) = CatalogMessage::parse(envelope(body, fallback_id)?)?;
    let store = ports.store;
    let port = |source| SyncError::Port { source };
    match message {
        CatalogMessage::SellerUpserted(seller) => {
            if store.put_seller(&seller).await.map_err(port)? {
                Ok(Outcome::SellerSaved(seller.seller_id))
            } else {
                Ok(Outcome::SellerStale(seller.seller_id))
            }
        }
        CatalogMessage::ListingUpserted(listing) => {
            listing_upserted(ports, listing, now, thresholds).await
        }
        CatalogMessage::ListingRemoved(removed) => {
            let Some((listing, _)) = store.get_listing(&removed.listing_id).await.map_err(port)?
            else {
                return Err(SyncError::Unknown {
                    what: format!("listing {}", removed.listing_id),
                });
            };
            if !removed.removes(&listing) {
                return Ok(Outcome::ListingStale(removed.listing_id));
            }
            match store.remove_listing(&listing, removed.removed_at).await {
                // Refused: removed already, or a newer version is stored.
                Ok(()) => Ok(Outcome::ListingRemoved(removed.listing_id)),
                Err(e) if e.conflict => Ok(Outcome::ListingRemoved(removed.listing_id)),
                Err(e) => Err(port(e)),
            }
        }
        CatalogMessage::OrderPlaced(order) => {
            store
                .put_order(&order, &ConsumerOrder::by_listing(&order))
                .await
                .map_err(port)?;
            Ok(Outcome::OrderSaved(order.order_id))
        }
        CatalogMessage::OrderUpdated(update) => {
            if store.update_order(&update).await.map_err(port)? {
                Ok(Outcome::OrderUpdated(update.order_id))
            } else {
                Err(SyncError::Unknown {
                    what: format!("order {}", update.order_id),
                })
            }
        }
    }
}

/// A listing published or edited: loads the stored version (and, for an
/// edit, the recalls whose measures block it), lets the domain decide
/// (`listing_upsert`), books the dodges it finds, writes the version, then
/// runs the reverse check.
async fn listing_upserted<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    listing: Listing,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Outcome, SyncError>
where
    S: Catalog + Recalls + Cases + Sellers + Ledger + Outbox + OutboxWrites,
    M: Mail,
    Q: Queues,
{
    let store = ports.store;
    let port = |source| SyncError::Port { source };
    let previous = store
        .get_listing(&listing.listing_id)
        .await
        .map_err(port)?
        .map(|(l, _)| l);
    let blocking = match &previous {
        Some(_) => blocking_recalls(store, &listing.listing_id)
            .await
            .map_err(port)?,
        None => Vec::new(),
    };
    let decided = listing_upsert(previous.as_ref(), &blocking, &listing);
    if previous
        .as_ref()
        .is_some_and(|prev| prev.updated_at == listing.updated_at)
        && !matches!(decided, ListingUpsert::Again)
    {
        tracing::warn!(listing_id = %listing.listing_id,
            kept = if matches!(decided, ListingUpsert::Stale) { "the stored version" } else { "this delivery" },
            "two versions of a listing carry the same updated_at; the one with the greater content digest is kept");
    }
    let mut dodged = Vec::new();
    match decided {
        ListingUpsert::Stale => return Ok(Outcome::ListingStale(listing.listing_id)),
        // The stored version again: its check runs again below.
        ListingUpsert::Again => {}
        ListingUpsert::Write { dodges } => {
            for (recall_id, entry) in dodges {
                if store.book(&entry).await.map_err(port)? {
                    tracing::warn!(listing_id = %listing.listing_id, recall_id = %recall_id,
                        seller_id = %listing.seller_id, "listing edited to dodge a recall");
                }
                dodged.push(recall_id);
            }
            match store.put_listing(&listing, previous.as_ref()).await {
                Ok(()) => {}
                // A newer version was stored meanwhile.
                Err(e) if e.conflict => return Ok(Outcome::ListingStale(listing.listing_id)),
                Err(e) => return Err(port(e)),
            }
        }
    }
    let recalls = check_listing(ports, &listing, !blocking.is_empty(), now, thresholds)
        .await
        .map_err(|source| SyncError::Check {
            listing_id: listing.listing_id.clone(),
            source,
        })?;
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

/// The recalls of the listing's active recall measures.
async fn blocking_recalls(
    store: &(impl Catalog + Cases),
    listing_id: &str,
) -> Result<Vec<Recall>, PortError> {
    let measures = store.listing_measures(listing_id).await?;
    let mut out = Vec::new();
    for recall_id in ListingMeasures::blocking_recalls(&measures) {
        if let Some(recall) = store.get_recall(&recall_id).await? {
            out.push(recall);
        }
    }
    Ok(out)
}

/// The reverse check of a new or edited listing: the recalls under its
/// identity keys (one `Query` per key), each planned as at intake for this
/// listing alone (`relisting_plan`, an evasion when the listing was published
/// while the recall was active), written with its notices' emails and sent,
/// then the seller's standing reassessed. `blocked`: the listing is under a
/// recall's measures (an edit may have booked a dodge). Returns the recalls
/// that opened or grew a case.
async fn check_listing<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    listing: &Listing,
    blocked: bool,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Vec<String>, NoticeError>
where
    S: Recalls + Sellers + Ledger + Outbox + OutboxWrites,
    M: Mail,
    Q: Queues,
{
    let store = ports.store;
    let mut recall_ids = BTreeSet::new();
    for lookup in listing_lookups(listing) {
        let hits = store.lookup(&lookup).await?;
        recall_ids.extend(hits.recalls.into_iter().map(|h| h.recall_id));
    }
    let mut acted = Vec::new();
    let mut penalised = blocked;
    for recall_id in &recall_ids {
        let part = store.recall_partition(recall_id).await?;
        let Some(recall) = part.recall.clone() else {
            continue;
        };
        let evasion = published_while_active(&recall, received_at(&part), listing);
        let mut plan = relisting_plan(&recall, listing, &part.cases, evasion, now);
        plan.forget_known_ruled_out(&part.ruled_out);
        let written = plans::write(store, &plan, &recall, now).await?;
        if plan.acts() {
            acted.push(recall.id.clone());
            tracing::warn!(listing_id = %listing.listing_id, recall_id = %recall.id,
                seller_id = %listing.seller_id, "listing blocked at publication: an active recall matches it");
        }
        // This plan's notices it wrote, and any an interrupted delivery
        // left pending for this listing's seller.
        let to_send = plan.notices_due(
            &written.notices(),
            part.unsent_notices(Some(&listing.seller_id)),
        );
        notices::send(
            store,
            ports.mail,
            ports.queues,
            &recall,
            &to_send,
            &written,
            now,
        )
        .await?;
        penalised |= plan.penalises_listing(&part.cases, &listing.listing_id);
    }
    if penalised {
        let sellers = BTreeSet::from([listing.seller_id.clone()]);
        standings::refresh(
            store,
            ports.mail,
            ports.queues,
            &sellers,
            &BTreeMap::new(),
            now,
            thresholds,
        )
        .await?;
    }
    Ok(acted)
}

/// When we received the recall, from its timeline (none when not recorded).
fn received_at(part: &RecallPartition) -> Option<DateTime<Utc>> {
    part.timeline
        .get("received_at")
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
#[path = "catalog_sync_test.rs"]
mod tests;
