//! The in-memory store's catalogue (sellers, listings, orders), with the
//! adapter's contracts: a seller with `updated_at` is written only over an
//! older one; a listing only over an older stored version (its
//! `<updated_at>#<digest>` key; a removal is the version `<removed_at>#~`,
//! which no version stamped at the removal's own time passes), else the write
//! is a conflict and writes nothing; a removed listing leaves the identity
//! indexes; an order is written once with its lines; a ledger entry once.

use super::state::{MemoryStore, State};
use crate::ports::{Catalog, PortError};
use chrono::{DateTime, SecondsFormat, Utc};
use safety_domain::catalog::{Listing, Order, Seller};
use safety_domain::ledger::LedgerEntry;
use safety_domain::messages::OrderUpdated;
use safety_domain::notices::consumer::ConsumerOrder;
use safety_domain::recall::case::ListingMeasures;
use std::collections::BTreeMap;

fn stored_version(s: &State, listing_id: &str) -> Option<String> {
    s.catalog
        .versions
        .get(listing_id)
        .cloned()
        .or_else(|| s.listings.get(listing_id).map(|l| l.version().key()))
}

/// Writes the listing's item at `version` when it is newer than the stored one.
fn put_newer(s: &mut State, listing: &Listing, version: String) -> bool {
    if stored_version(s, &listing.listing_id).is_some_and(|v| v >= version) {
        return false;
    }
    s.listings
        .insert(listing.listing_id.clone(), listing.clone());
    s.catalog
        .versions
        .insert(listing.listing_id.clone(), version);
    true
}

impl MemoryStore {
    /// An order as stored.
    pub fn order_of(&self, order_id: &str) -> Option<Order> {
        self.with_state(|s| s.refunds.orders.get(order_id).cloned())
            .ok()
            .flatten()
    }
}

impl Catalog for MemoryStore {
    async fn put_seller(&self, seller: &Seller) -> Result<bool, PortError> {
        self.with_state(|s| {
            let stored = s.ledger.sellers.get(&seller.seller_id);
            if let (Some(new), Some(old)) = (seller.updated_at, stored.and_then(|x| x.updated_at)) {
                if old >= new {
                    return false;
                }
            }
            s.ledger
                .sellers
                .insert(seller.seller_id.clone(), seller.clone());
            true
        })
    }

    async fn get_listing(&self, listing_id: &str) -> Result<Option<(Listing, bool)>, PortError> {
        self.with_state(|s| {
            s.listings
                .get(listing_id)
                .map(|l| (l.clone(), s.catalog.is_removed(listing_id)))
        })
    }

    async fn put_listing(
        &self,
        listing: &Listing,
        _previous: Option<&Listing>,
    ) -> Result<(), PortError> {
        // The identity keys are the stored listing's own (see `lookup`): the
        // previous version's go with it.
        let written = self.with_state(|s| {
            if !put_newer(s, listing, listing.version().key()) {
                return false;
            }
            s.catalog.removed.remove(&listing.listing_id);
            true
        })?;
        if !written {
            return Err(PortError::conflict(format!(
                "listing {}: the stored version is as new or newer",
                listing.listing_id
            )));
        }
        Ok(())
    }

    async fn remove_listing(
        &self,
        listing: &Listing,
        removed_at: DateTime<Utc>,
    ) -> Result<(), PortError> {
        let version = format!(
            "{}#~",
            removed_at.to_rfc3339_opts(SecondsFormat::Millis, true)
        );
        let written = self.with_state(|s| {
            if !put_newer(s, listing, version) {
                return false;
            }
            s.catalog.removed.insert(listing.listing_id.clone());
            true
        })?;
        if !written {
            return Err(PortError::conflict(format!(
                "listing {}: the stored version is as new or newer",
                listing.listing_id
            )));
        }
        Ok(())
    }

    async fn put_order(
        &self,
        order: &Order,
        lines: &BTreeMap<String, ConsumerOrder>,
    ) -> Result<(), PortError> {
        self.with_state(|s| {
            if s.refunds.orders.contains_key(&order.order_id) {
                // The same order again (a redelivery): already there.
                return;
            }
            s.refunds
                .orders
                .insert(order.order_id.clone(), order.clone());
            for (listing_id, line) in lines {
                let sk = format!("{}#{}", order.market().as_str(), order.order_id);
                s.lines.insert((listing_id.clone(), sk), line.clone());
            }
        })
    }

    async fn update_order(&self, update: &OrderUpdated) -> Result<bool, PortError> {
        self.with_state(|s| {
            let Some(order) = s.refunds.orders.get_mut(&update.order_id) else {
                return false;
            };
            update.apply_to(order);
            let (order_id, market, cancelled, shipped) = (
                order.order_id.clone(),
                order.market().as_str().to_string(),
                order.cancelled_at,
                order.shipped_at.or(order.delivered_at),
            );
            // A cancellation or a shipment reaches the order lines the
            // consumer recall and the order stop read.
            let sk = format!("{market}#{order_id}");
            for ((_, line_sk), line) in s.lines.iter_mut() {
                if *line_sk == sk {
                    line.cancelled_at = cancelled.or(line.cancelled_at);
                    line.shipped_at = shipped.or(line.shipped_at);
                }
            }
            true
        })
    }

    async fn listing_measures(
        &self,
        listing_id: &str,
    ) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        Ok(self.measures_of(listing_id))
    }

    async fn book(&self, entry: &LedgerEntry) -> Result<bool, PortError> {
        self.with_state(|s| super::recalls::book(s, entry.clone()))
    }
}
