//! The catalogue: sellers, listings with their identity items and version,
//! orders with their lines by destination market, a listing's measures.

use super::*;

impl Store {
    /// Writes a seller. With `updated_at`, only over an older version: returns
    /// false when the stored one is as new or newer (a late delivery).
    pub async fn put_seller(&self, seller: &Seller) -> Result<bool, StoreError> {
        let mut item = with(keys::seller(&seller.seller_id), "seller", seller)?;
        let mut put = self.client.put_item().table_name(&self.table);
        if let Some(t) = seller.updated_at {
            item.insert("updated_at".into(), s(ts(t)));
            put = put
                .condition_expression(
                    "attribute_not_exists(pk) OR attribute_not_exists(updated_at) OR updated_at < :u",
                )
                .expression_attribute_values(":u", s(ts(t)));
        }
        written("PutItem", put.set_item(Some(item)).send().await)
    }

    pub async fn get_listing(&self, id: &str) -> Result<Option<(Listing, bool)>, StoreError> {
        match self.get(keys::listing(id)).await? {
            None => Ok(None),
            Some(item) => Ok(Some((from_data(&item)?, item.contains_key("removed_at")))),
        }
    }

    /// Listings by id (removed ones included), in one `BatchGetItem` per 100.
    pub async fn get_listings(
        &self,
        ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, Listing>, StoreError> {
        let keys = ids.iter().map(|id| keys::listing(id)).collect();
        self.batch_get_by(keys, |l: &Listing| l.listing_id.clone())
            .await
    }

    /// Writes a listing and its identity-index items in one transaction,
    /// dropping the index items its previous version had and this one has not.
    /// Refused (Conflict) when the stored version is as new or newer.
    pub async fn put_listing(
        &self,
        listing: &Listing,
        previous: Option<&Listing>,
    ) -> Result<(), StoreError> {
        let mut item = with(keys::listing(&listing.listing_id), "listing", listing)?;
        item.insert("updated_at".into(), s(ts(listing.updated_at)));
        item.insert("version".into(), s(listing.version().key()));
        let mut writes = vec![self.put_conditional_newer(item)?];
        let new_keys: BTreeSet<(String, String)> = listing_keys(listing)
            .into_iter()
            .map(|(k, sk)| (k.partition(), sk))
            .collect();
        if let Some(prev) = previous {
            for (pk, sk) in listing_keys(prev) {
                let key = (pk.partition(), sk);
                if !new_keys.contains(&key) {
                    writes.push(self.delete(key)?);
                }
            }
        }
        for key in new_keys {
            let mut idx = with(key, "listing_key", listing)?;
            idx.insert("listing_id".into(), s(&listing.listing_id));
            writes.push(self.put(idx, None)?);
        }
        self.transact(writes).await
    }

    /// A put over an older version only: `version` (`<updated_at>#<digest>`,
    /// see `ListingVersion`) must sort after the stored one; an item stored
    /// before versions existed compares by `updated_at`.
    fn put_conditional_newer(&self, item: Item) -> Result<TransactWriteItem, StoreError> {
        let updated = item.get("updated_at").cloned().unwrap_or_else(|| s(""));
        let version = item.get("version").cloned().unwrap_or_else(|| s(""));
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression(
                "attribute_not_exists(pk) OR version < :v OR (attribute_not_exists(version) AND updated_at < :u)",
            )
            .expression_attribute_values(":v", version)
            .expression_attribute_values(":u", updated)
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        Ok(TransactWriteItem::builder().put(put).build())
    }

    /// Removes a listing from the identity indexes and marks it removed (its
    /// cases and measures stay for the record).
    pub async fn remove_listing(
        &self,
        listing: &Listing,
        removed_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut item = with(keys::listing(&listing.listing_id), "listing", listing)?;
        item.insert("updated_at".into(), s(ts(removed_at)));
        item.insert("removed_at".into(), s(ts(removed_at)));
        // '~' sorts after every digest: no version stamped at the removal's
        // own time brings the listing back.
        item.insert("version".into(), s(format!("{}#~", ts(removed_at))));
        let mut writes = vec![self.put_conditional_newer(item)?];
        for (k, sk) in listing_keys(listing) {
            writes.push(self.delete((k.partition(), sk))?);
        }
        self.transact(writes).await
    }

    /// An order and one index item per listing under that listing (`lines`:
    /// listing id -> line data), by destination market, carrying the line
    /// data (what the consumer recall needs, so a page of orders needs no
    /// other read).
    pub async fn put_order<L: Serialize>(
        &self,
        order: &Order,
        lines: &BTreeMap<String, L>,
    ) -> Result<(), StoreError> {
        let mut item = with(keys::order(&order.order_id), "order", order)?;
        if let Some(at) = order.carrier_status_at {
            item.insert("carrier_status_at".into(), s(ts(at)));
        }
        let mut writes = vec![self.put(item, Some("attribute_not_exists(pk)"))?];
        for (listing_id, data) in lines {
            let mut line = with(
                keys::order_line(listing_id, order.market().as_str(), &order.order_id),
                "order_line",
                data,
            )?;
            line.insert("order_id".into(), s(&order.order_id));
            line.insert("buyer_id".into(), s(&order.buyer.buyer_id));
            // Paid and not shipped: in the sparse index of lines to stop
            // (left when it ships or is cancelled).
            if order.shipped_at.is_none()
                && order.delivered_at.is_none()
                && order.cancelled_at.is_none()
            {
                line.insert(
                    "gsi2pk".into(),
                    s(keys::unshipped(listing_id, order.market().as_str())),
                );
                line.insert("gsi2sk".into(), s(&order.order_id));
            }
            writes.push(self.put(line, None)?);
        }
        match self.transact(writes).await {
            // The same order again (a redelivery): already there.
            Err(StoreError::Conflict(_)) => Ok(()),
            other => other,
        }
    }

    /// One page (at most `limit` items) of a listing's order lines in one
    /// market (every market: `None`), after `cursor` (the sort key of the last
    /// line of the previous page). Returns the lines and the cursor of the
    /// next page, if any.
    pub async fn order_lines_page<L: DeserializeOwned>(
        &self,
        listing_id: &str,
        market: Option<&str>,
        cursor: Option<&str>,
        limit: i32,
    ) -> Result<(Vec<L>, Option<String>), StoreError> {
        let pk = format!("LISTING#{listing_id}");
        let mut q = self
            .client
            .query()
            .table_name(&self.table)
            .consistent_read(true)
            .key_condition_expression("pk = :pk AND begins_with(sk, :p)")
            .expression_attribute_values(":pk", s(&pk))
            .expression_attribute_values(
                ":p",
                s(match market {
                    Some(m) => format!("ORDER#{m}#"),
                    None => "ORDER#".to_string(),
                }),
            )
            .limit(limit);
        if let Some(c) = cursor {
            q = q
                .exclusive_start_key("pk", s(&pk))
                .exclusive_start_key("sk", s(c));
        }
        page_of_lines(q.send().await.map_err(|e| aws("Query", e))?)
    }

    /// One page (at most `limit`) of a listing's paid, unshipped order lines
    /// to `market`, from the sparse index gsi2, after `cursor` (the sort key
    /// of the last line of the previous page, as [`Self::order_lines_page`]
    /// gives it). The index is eventually consistent: an order placed a
    /// moment before may be missed here, and is stopped by the consumer
    /// recall's page, which reads the table.
    pub async fn unshipped_lines_page<L: DeserializeOwned>(
        &self,
        listing_id: &str,
        market: &str,
        cursor: Option<&str>,
        limit: i32,
    ) -> Result<(Vec<L>, Option<String>), StoreError> {
        let pk = format!("LISTING#{listing_id}");
        let index_pk = keys::unshipped(listing_id, market);
        let mut q = self
            .client
            .query()
            .table_name(&self.table)
            .index_name("gsi2")
            .key_condition_expression("gsi2pk = :pk")
            .expression_attribute_values(":pk", s(&index_pk))
            .limit(limit);
        if let Some(c) = cursor {
            let order_id = c.strip_prefix(&format!("ORDER#{market}#")).unwrap_or(c);
            q = q
                .exclusive_start_key("pk", s(&pk))
                .exclusive_start_key("sk", s(c))
                .exclusive_start_key("gsi2pk", s(&index_pk))
                .exclusive_start_key("gsi2sk", s(order_id));
        }
        page_of_lines(q.send().await.map_err(|e| aws("Query", e))?)
    }

    pub async fn get_order(&self, id: &str) -> Result<Option<Order>, StoreError> {
        self.get(keys::order(id))
            .await?
            .map(|i| from_data(&i))
            .transpose()
    }

    /// Applies shipping, delivery or cancellation times and the carrier's
    /// status to a stored order. The carrier's status is kept only when its
    /// `carrier_status_at` is later than the stored one, so a late, older
    /// report never overwrites a newer one; the write is conditional on the
    /// carrier time read (a top-level `carrier_status_at`), so two updates
    /// at once can't undo each other's carrier report: the loser reads again.
    pub async fn update_order(&self, update: &OrderUpdated) -> Result<bool, StoreError> {
        let mut written_order = None;
        for _attempt in 0..4 {
            let Some(mut order) = self.get_order(&update.order_id).await? else {
                return Ok(false);
            };
            let read_carrier_at = order.carrier_status_at;
            update.apply_to(&mut order);
            let mut item = with(keys::order(&order.order_id), "order", &order)?;
            if let Some(at) = order.carrier_status_at {
                item.insert("carrier_status_at".into(), s(ts(at)));
            }
            let put = self.client.put_item().table_name(&self.table);
            let put = match read_carrier_at {
                Some(read) => put
                    .condition_expression("carrier_status_at = :read")
                    .expression_attribute_values(":read", s(ts(read))),
                None => put.condition_expression("attribute_not_exists(carrier_status_at)"),
            };
            if written("PutItem", put.set_item(Some(item)).send().await)? {
                written_order = Some(order);
                break;
            }
        }
        let Some(order) = written_order else {
            return Err(StoreError::Conflict(format!(
                "order {}: the carrier's status kept changing under concurrent updates",
                update.order_id
            )));
        };
        // A cancellation or a shipment reaches the order lines the consumer
        // recall and the order stop read.
        let shipped = order.shipped_at.or(order.delivered_at);
        let mut sets = Vec::new();
        let mut values = HashMap::new();
        if let Some(at) = order.cancelled_at {
            sets.push("#d.cancelled_at = :c");
            values.insert(":c".to_string(), s(ts(at)));
        }
        if let Some(at) = shipped {
            sets.push("#d.shipped_at = :s");
            values.insert(":s".to_string(), s(ts(at)));
        }
        if !sets.is_empty() {
            let listings: BTreeSet<&str> =
                order.lines.iter().map(|l| l.listing_id.as_str()).collect();
            for listing_id in listings {
                let key = keys::order_line(listing_id, order.market().as_str(), &order.order_id);
                self.client
                    .update_item()
                    .table_name(&self.table)
                    .set_key(Some(key_item(key)))
                    // Shipped or cancelled: no longer a line to stop.
                    .update_expression(format!("SET {} REMOVE gsi2pk, gsi2sk", sets.join(", ")))
                    .condition_expression("attribute_exists(pk)")
                    .expression_attribute_names("#d", "data")
                    .set_expression_attribute_values(Some(values.clone()))
                    .send()
                    .await
                    .map_err(|e| aws("UpdateItem", e))?;
            }
        }
        Ok(true)
    }

    /// Sellers by id, in one `BatchGetItem` per 100.
    pub async fn get_sellers(
        &self,
        ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, Seller>, StoreError> {
        let keys = ids.iter().map(|id| keys::seller(id)).collect();
        self.batch_get_by(keys, |s: &Seller| s.seller_id.clone())
            .await
    }

    pub async fn get_measures(
        &self,
        listing_id: &str,
    ) -> Result<Vec<(ListingMeasures, bool)>, StoreError> {
        let items = self
            .query_prefix(&format!("LISTING#{listing_id}"), "MEASURE#")
            .await?;
        items
            .iter()
            .map(|i| Ok((from_data(i)?, i.contains_key("reversed_at"))))
            .collect()
    }
}

/// A page of order lines and the cursor of the next (the sort key of the
/// last line read, when there is more).
fn page_of_lines<L: DeserializeOwned>(
    out: aws_sdk_dynamodb::operation::query::QueryOutput,
) -> Result<(Vec<L>, Option<String>), StoreError> {
    let lines = out
        .items
        .unwrap_or_default()
        .iter()
        .map(from_data)
        .collect::<Result<Vec<L>, _>>()?;
    let next = out
        .last_evaluated_key
        .and_then(|k| k.get("sk").and_then(|v| v.as_s().ok()).cloned());
    Ok((lines, next))
}
