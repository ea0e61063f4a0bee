//! DynamoDB: one table, keys designed from the access patterns (README, "Data").
//! Every read is a `GetItem`, `BatchGetItem` or a `Query` on a key; never a `Scan`.
//! Each item keeps its domain value as a map under `data` (serde_dynamo).

use crate::StoreError;
use aws_sdk_dynamodb::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{
    AttributeValue, Delete, KeysAndAttributes, Put, TransactWriteItem, Update,
};
use aws_sdk_dynamodb::Client;
use aws_smithy_runtime_api::http::Response as HttpResponse;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use safety_domain::catalog::{Listing, Order, Seller};
use safety_domain::ledger::LedgerEntry;
use safety_domain::messages::OrderUpdated;
use safety_domain::outbox::OutboxItem;
use safety_domain::recall::intake::{
    Case, CaseState, ListingMeasures, Measure, RuledOut, SellerNotice,
};
use safety_domain::recall::matching::{listing_keys, recall_keys, IdentityKey, Lookup};
use safety_domain::recall::{Recall, SourceRef};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

type Item = HashMap<String, AttributeValue>;

/// How long a processed message id is remembered (SQS retention is at most 14 days).
const MESSAGE_TTL_DAYS: i64 = 15;

fn s(v: impl Into<String>) -> AttributeValue {
    AttributeValue::S(v.into())
}

pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn aws<E: std::error::Error + Send + Sync + 'static>(op: &'static str, e: E) -> StoreError {
    StoreError::Aws {
        op,
        detail: DisplayErrorContext(&e).to_string(),
        source: Some(Box::new(e)),
    }
}

/// The outcome of a conditional write: true when written, false when its
/// condition refused it (the item was already there, or newer), read from
/// the SDK's typed error (its code), never from the message text.
fn written<T, E>(
    op: &'static str,
    res: Result<T, SdkError<E, HttpResponse>>,
) -> Result<bool, StoreError>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    match res {
        Ok(_) => Ok(true),
        Err(e) if e.code() == Some("ConditionalCheckFailedException") => Ok(false),
        Err(e) => Err(aws(op, e)),
    }
}

/// True when a transaction was cancelled because a condition of one of its
/// writes failed (another delivery got there first), from the typed reasons.
fn transaction_conflict(e: &SdkError<TransactWriteItemsError, HttpResponse>) -> bool {
    match e.as_service_error() {
        Some(TransactWriteItemsError::TransactionCanceledException(t)) => t
            .cancellation_reasons()
            .iter()
            .any(|r| r.code() == Some("ConditionalCheckFailed")),
        _ => false,
    }
}

/// How many times a batch call is made for the items DynamoDB left
/// unprocessed (throttling) before that is an error.
const BATCH_TRIES: u32 = 6;

/// The wait before retry `attempt` of a batch's unprocessed items: 50 ms,
/// doubling, up to 800 ms (AWS's advice: back off before retrying them).
async fn backoff(attempt: u32) {
    let ms = 50u64 << attempt.saturating_sub(1).min(4);
    tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
}

fn data<T: Serialize>(value: &T) -> Result<AttributeValue, StoreError> {
    serde_dynamo::to_attribute_value(value).map_err(|e| StoreError::Encode(e.to_string()))
}

fn from_data<T: DeserializeOwned>(item: &Item) -> Result<T, StoreError> {
    let key = format!(
        "{}/{}",
        item.get("pk")
            .and_then(|v| v.as_s().ok())
            .map(String::as_str)
            .unwrap_or("?"),
        item.get("sk")
            .and_then(|v| v.as_s().ok())
            .map(String::as_str)
            .unwrap_or("?")
    );
    let value = item
        .get("data")
        .cloned()
        .ok_or_else(|| StoreError::Decode(format!("item {key} has no data")))?;
    serde_dynamo::from_attribute_value(value)
        .map_err(|e| StoreError::Decode(format!("item {key}: {e}")))
}

fn attr_s<'a>(item: &'a Item, name: &str) -> Option<&'a str> {
    item.get(name)
        .and_then(|v| v.as_s().ok())
        .map(String::as_str)
}

/// The key of each kind of item.
pub mod keys {
    pub fn seller(id: &str) -> (String, String) {
        (format!("SELLER#{id}"), "SELLER".into())
    }
    pub fn listing(id: &str) -> (String, String) {
        (format!("LISTING#{id}"), "LISTING".into())
    }
    pub fn measures(listing_id: &str, recall_id: &str) -> (String, String) {
        (
            format!("LISTING#{listing_id}"),
            format!("MEASURE#{recall_id}"),
        )
    }
    pub fn order(id: &str) -> (String, String) {
        (format!("ORDER#{id}"), "ORDER".into())
    }
    pub fn order_line(listing_id: &str, market: &str, order_id: &str) -> (String, String) {
        (
            format!("LISTING#{listing_id}"),
            format!("ORDER#{market}#{order_id}"),
        )
    }
    pub fn recall(id: &str) -> (String, String) {
        (format!("RECALL#{id}"), "RECALL".into())
    }
    pub fn source_ref(source: &str, reference: &str) -> (String, String) {
        (format!("SOURCE#{source}#{reference}"), "SOURCE".into())
    }
    pub fn case(recall_id: &str, listing_id: &str) -> (String, String) {
        (format!("RECALL#{recall_id}"), format!("CASE#{listing_id}"))
    }
    /// A candidate listing the recall does not affect, with the reason.
    pub fn ruled_out(recall_id: &str, listing_id: &str) -> (String, String) {
        (
            format!("RECALL#{recall_id}"),
            format!("RULED_OUT#{listing_id}"),
        )
    }
    pub fn notice(recall_id: &str, notice_id: &str) -> (String, String) {
        (format!("RECALL#{recall_id}"), format!("NOTICE#{notice_id}"))
    }
    /// An outbox item: in the partition of what it is about, under who
    /// receives it (`safety_domain::outbox::OutboxKey`).
    pub fn outbox(key: &safety_domain::outbox::OutboxKey) -> (String, String) {
        (format!("OUTBOX#{}", key.about), key.to.clone())
    }
    /// A bulk template the outbox items about `about` name, by its id.
    pub fn outbox_template(about: &str, id: &str) -> (String, String) {
        (format!("OUTBOX#{about}"), format!("TEMPLATE#{id}"))
    }
    /// What a seller bears for one order of one recalled listing.
    pub fn liability(
        seller_id: &str,
        recall_id: &str,
        order_id: &str,
        listing_id: &str,
    ) -> (String, String) {
        (
            format!("SELLER#{seller_id}"),
            format!("LIABILITY#{recall_id}#{order_id}#{listing_id}"),
        )
    }
    /// A refund request's decision, in its order's partition.
    pub fn refund(order_id: &str, request_id: &str) -> (String, String) {
        (format!("ORDER#{order_id}"), format!("REFUND#{request_id}"))
    }
    /// The order's pre-paid return label (shared by its later requests).
    pub fn order_label(order_id: &str) -> (String, String) {
        (format!("ORDER#{order_id}"), "LABEL".into())
    }
    /// A buyer's pre-paid return labels in one calendar month ("2026-11").
    pub fn buyer_labels(buyer_id: &str, month: &str) -> (String, String) {
        (format!("BUYER#{buyer_id}"), format!("LABELS#{month}"))
    }
    /// A ledger entry, by time then id: a seller's entries of a period are a
    /// range of sort keys.
    pub fn ledger(
        seller_id: &str,
        at: chrono::DateTime<chrono::Utc>,
        entry_id: &str,
    ) -> (String, String) {
        (
            format!("SELLER#{seller_id}"),
            format!("LEDGER#{}#{entry_id}", super::ts(at)),
        )
    }
    /// A violation the desk reported.
    pub fn report(report_id: &str) -> (String, String) {
        (format!("REPORT#{report_id}"), "REPORT".into())
    }
    /// A seller's standing, as last assessed.
    pub fn standing(seller_id: &str) -> (String, String) {
        (format!("SELLER#{seller_id}"), "STANDING".into())
    }
    pub fn message(queue: &str, id: &str) -> (String, String) {
        (format!("MSG#{queue}#{id}"), "MSG".into())
    }
}

mod consumers;
mod outbox;
mod refunds;
pub use refunds::OrderPartition;
mod ledger;
pub use ledger::StoredStanding;
mod violations;

fn key_item((pk, sk): (String, String)) -> Item {
    HashMap::from([("pk".to_string(), s(pk)), ("sk".to_string(), s(sk))])
}

fn with<T: Serialize>(key: (String, String), kind: &str, value: &T) -> Result<Item, StoreError> {
    let mut item = key_item(key);
    item.insert("kind".into(), s(kind));
    item.insert("data".into(), data(value)?);
    Ok(item)
}

pub use safety_app::ports::{IdentityHits, RecallHit, RecallPartition, SendStatus, StoredNotice};

/// The status a notice item holds; an item without one is pending.
fn send_status(item: &Item) -> SendStatus {
    match attr_s(item, "status") {
        Some("sent") => SendStatus::Sent,
        _ => SendStatus::Pending,
    }
}

/// Timeline fields of a recall (SPEC 1.2: received, identified, blocked, seller told, consumers told).
pub const TIMELINE: &[&str] = &[
    "received_at",
    "identified_at",
    "blocked_at",
    "sellers_notified_at",
    "consumers_notified_at",
];

#[derive(Debug, Clone)]
pub struct Store {
    client: Client,
    table: String,
}

impl Store {
    pub fn new(client: Client, table: impl Into<String>) -> Store {
        Store {
            client,
            table: table.into(),
        }
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    async fn get(&self, key: (String, String)) -> Result<Option<Item>, StoreError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key_item(key)))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| aws("GetItem", e))?;
        Ok(out.item)
    }

    /// Every item a query returns, all pages.
    async fn query_all(&self, query: QueryFluentBuilder) -> Result<Vec<Item>, StoreError> {
        let mut items = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let out = query
                .clone()
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| aws("Query", e))?;
            items.extend(out.items.unwrap_or_default());
            match out.last_evaluated_key {
                Some(k) if !k.is_empty() => start = Some(k),
                _ => break,
            }
        }
        Ok(items)
    }

    /// Every item of a partition whose sort key starts with `prefix`, all pages.
    async fn query_prefix(&self, pk: &str, prefix: &str) -> Result<Vec<Item>, StoreError> {
        let q = self
            .client
            .query()
            .table_name(&self.table)
            .consistent_read(true)
            .expression_attribute_values(":pk", s(pk));
        let q = if prefix.is_empty() {
            q.key_condition_expression("pk = :pk")
        } else {
            q.key_condition_expression("pk = :pk AND begins_with(sk, :p)")
                .expression_attribute_values(":p", s(prefix))
        };
        self.query_all(q).await
    }

    async fn transact(&self, items: Vec<TransactWriteItem>) -> Result<(), StoreError> {
        if items.is_empty() {
            return Ok(());
        }
        self.client
            .transact_write_items()
            .set_transact_items(Some(items))
            .send()
            .await
            .map_err(|e| {
                if transaction_conflict(&e) {
                    StoreError::Conflict(DisplayErrorContext(&e).to_string())
                } else {
                    aws("TransactWriteItems", e)
                }
            })?;
        Ok(())
    }

    fn put(&self, item: Item, condition: Option<&str>) -> Result<TransactWriteItem, StoreError> {
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(item))
            .set_condition_expression(condition.map(str::to_string))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        Ok(TransactWriteItem::builder().put(put).build())
    }

    fn delete(&self, key: (String, String)) -> Result<TransactWriteItem, StoreError> {
        let del = Delete::builder()
            .table_name(&self.table)
            .set_key(Some(key_item(key)))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        Ok(TransactWriteItem::builder().delete(del).build())
    }

    // ---- idempotency ---------------------------------------------------

    /// True when the message was processed to the end before.
    pub async fn message_done(&self, queue: &str, id: &str) -> Result<bool, StoreError> {
        Ok(self.get(keys::message(queue, id)).await?.is_some())
    }

    pub async fn mark_message_done(
        &self,
        queue: &str,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut item = key_item(keys::message(queue, id));
        item.insert("kind".into(), s("message"));
        item.insert("done_at".into(), s(ts(now)));
        item.insert(
            "expires_at".into(),
            AttributeValue::N(
                (now + Duration::days(MESSAGE_TTL_DAYS))
                    .timestamp()
                    .to_string(),
            ),
        );
        self.client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .send()
            .await
            .map_err(|e| aws("PutItem", e))?;
        Ok(())
    }

    // ---- catalogue -----------------------------------------------------

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
        Ok(self
            .batch_get(keys)
            .await?
            .iter()
            .map(from_data::<Listing>)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .map(|l| (l.listing_id.clone(), l))
            .collect())
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
        let out = q.send().await.map_err(|e| aws("Query", e))?;
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
        // A cancellation reaches the order lines the consumer recall reads.
        if let Some(cancelled) = order.cancelled_at {
            let listings: BTreeSet<&str> =
                order.lines.iter().map(|l| l.listing_id.as_str()).collect();
            for listing_id in listings {
                let key = keys::order_line(listing_id, order.market().as_str(), &order.order_id);
                self.client
                    .update_item()
                    .table_name(&self.table)
                    .set_key(Some(key_item(key)))
                    .update_expression("SET #d.cancelled_at = :c")
                    .condition_expression("attribute_exists(pk)")
                    .expression_attribute_names("#d", "data")
                    .expression_attribute_values(":c", s(ts(cancelled)))
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
        Ok(self
            .batch_get(keys)
            .await?
            .iter()
            .map(from_data::<Seller>)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .map(|s| (s.seller_id.clone(), s))
            .collect())
    }

    /// Items by key, in one consistent `BatchGetItem` per 100 keys, retrying
    /// unprocessed keys; a key with no item is left out.
    async fn batch_get(&self, keys: Vec<(String, String)>) -> Result<Vec<Item>, StoreError> {
        let mut out = Vec::new();
        for chunk in keys.chunks(100) {
            let mut pending = KeysAndAttributes::builder()
                .set_keys(Some(chunk.iter().cloned().map(key_item).collect()))
                .consistent_read(true)
                .build()
                .map_err(|e| StoreError::Encode(e.to_string()))?;
            let mut left = chunk.len();
            for attempt in 0..BATCH_TRIES {
                if attempt > 0 {
                    backoff(attempt).await;
                }
                let resp = self
                    .client
                    .batch_get_item()
                    .request_items(&self.table, pending.clone())
                    .send()
                    .await
                    .map_err(|e| aws("BatchGetItem", e))?;
                out.extend(
                    resp.responses
                        .and_then(|mut r| r.remove(&self.table))
                        .unwrap_or_default(),
                );
                match resp
                    .unprocessed_keys
                    .and_then(|mut u| u.remove(&self.table))
                {
                    Some(rest) if !rest.keys().is_empty() => {
                        left = rest.keys().len();
                        pending = rest;
                    }
                    _ => {
                        left = 0;
                        break;
                    }
                }
            }
            // Never a silent drop: keys still unprocessed are an error.
            if left > 0 {
                return Err(StoreError::aws(
                    "BatchGetItem",
                    format!("left {left} keys unprocessed after {BATCH_TRIES} tries"),
                ));
            }
        }
        Ok(out)
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

    // ---- recalls -------------------------------------------------------

    /// The recall an earlier delivery of this source reference opened, if any.
    pub async fn recall_for_source(
        &self,
        source: &SourceRef,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .get(keys::source_ref(&source.source, &source.reference))
            .await?
            .and_then(|i| attr_s(&i, "recall_id").map(str::to_string)))
    }

    /// The listings and recalls under one identity key (one `Query`, paged).
    pub async fn lookup(&self, lookup: &Lookup) -> Result<IdentityHits, StoreError> {
        let items = self
            .query_prefix(&lookup.key.partition(), &lookup.sort_prefix)
            .await?;
        let mut hits = IdentityHits::default();
        for item in items {
            match attr_s(&item, "kind") {
                Some("listing_key") => hits.listings.push(from_data(&item)?),
                Some("recall_key") => {
                    if let (Some(id), Some(sk)) = (attr_s(&item, "recall_id"), attr_s(&item, "sk"))
                    {
                        hits.recalls.push(RecallHit {
                            recall_id: id.to_string(),
                            sort_key: sk.to_string(),
                        });
                    }
                }
                _ => {}
            }
        }
        Ok(hits)
    }

    pub async fn recall_partition(&self, recall_id: &str) -> Result<RecallPartition, StoreError> {
        let items = self
            .query_prefix(&format!("RECALL#{recall_id}"), "")
            .await?;
        let mut part = RecallPartition::default();
        for item in items {
            match attr_s(&item, "kind") {
                Some("recall") => {
                    part.recall = Some(from_data(&item)?);
                    for field in TIMELINE {
                        if let Some(v) = attr_s(&item, field) {
                            part.timeline.insert(field.to_string(), v.to_string());
                        }
                    }
                }
                Some("case") => part.cases.push(from_data(&item)?),
                Some("notice") => part.notices.push(StoredNotice {
                    notice: from_data(&item)?,
                    status: send_status(&item),
                    sent_at: attr_s(&item, "sent_at").map(str::to_string),
                }),
                Some("ruled_out") => part.ruled_out.push(from_data(&item)?),
                _ => {}
            }
        }
        let with_case: BTreeSet<&str> = part.cases.iter().map(|c| c.listing_id.as_str()).collect();
        part.ruled_out
            .retain(|r| !with_case.contains(r.listing_id.as_str()));
        Ok(part)
    }

    /// Records the candidate listings a recall ruled out, with their reasons,
    /// in the recall's partition (`RULED_OUT#<listing id>`): puts in
    /// transactions of up to 100 (so only `PutItem` rights are needed).
    /// Writing one again replaces it: the latest reason stands.
    pub async fn record_ruled_out(&self, ruled_out: &[RuledOut]) -> Result<(), StoreError> {
        let writes = ruled_out
            .iter()
            .map(|r| {
                let mut item = with(keys::ruled_out(&r.recall_id, &r.listing_id), "ruled_out", r)?;
                item.insert("seller_id".into(), s(&r.seller_id));
                self.put(item, None)
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        for chunk in writes.chunks(100) {
            self.transact(chunk.to_vec()).await?;
        }
        Ok(())
    }

    /// Writes the recall (new or merged), its source references and identity
    /// keys, and the first times of its timeline (kept on later writes).
    pub async fn put_recall(
        &self,
        recall: &Recall,
        times: &[(&str, DateTime<Utc>)],
    ) -> Result<(), StoreError> {
        let (pk, sk) = keys::recall(&recall.id);
        let mut set = vec!["#d = :d".to_string(), "kind = :k".to_string()];
        let mut values: HashMap<String, AttributeValue> = HashMap::from([
            (":d".to_string(), data(recall)?),
            (":k".to_string(), s("recall")),
        ]);
        for (i, (field, t)) in times.iter().enumerate() {
            set.push(format!("{field} = if_not_exists({field}, :t{i})"));
            values.insert(format!(":t{i}"), s(ts(*t)));
        }
        let update = Update::builder()
            .table_name(&self.table)
            .set_key(Some(key_item((pk, sk))))
            .update_expression(format!("SET {}", set.join(", ")))
            .expression_attribute_names("#d", "data")
            .set_expression_attribute_values(Some(values))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let mut writes = vec![TransactWriteItem::builder().update(update).build()];
        for src in &recall.sources {
            let mut item = key_item(keys::source_ref(&src.source, &src.reference));
            item.insert("kind".into(), s("source_ref"));
            item.insert("recall_id".into(), s(&recall.id));
            writes.push(self.put(item, None)?);
        }
        for (key, sk) in recall_keys(recall) {
            let mut item = key_item((key.partition(), sk));
            item.insert("kind".into(), s("recall_key"));
            item.insert("recall_id".into(), s(&recall.id));
            writes.push(self.put(item, None)?);
        }
        for chunk in writes.chunks(100) {
            self.transact(chunk.to_vec()).await?;
        }
        Ok(())
    }

    /// Records the first time of a timeline step (kept when already set).
    pub async fn mark_timeline(
        &self,
        recall_id: &str,
        field: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if !TIMELINE.contains(&field) {
            return Err(StoreError::Encode(format!(
                "unknown timeline field {field}"
            )));
        }
        self.client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key_item(keys::recall(recall_id))))
            .update_expression(format!("SET {field} = if_not_exists({field}, :t)"))
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":t", s(ts(at)))
            .send()
            .await
            .map_err(|e| aws("UpdateItem", e))?;
        Ok(())
    }

    /// The first time of a timeline step as a write of a transaction: the
    /// step is recorded with the state change that makes it true (whatever
    /// path blocks or notifies), and a later write keeps the first time.
    /// `blocked_at` is when the measures are written (the wall clock as the
    /// transaction is built), not when they were decided.
    fn timeline_write(
        &self,
        recall_id: &str,
        field: &str,
        at: DateTime<Utc>,
    ) -> Result<TransactWriteItem, StoreError> {
        let update = Update::builder()
            .table_name(&self.table)
            .set_key(Some(key_item(keys::recall(recall_id))))
            .update_expression(format!("SET {field} = if_not_exists({field}, :t)"))
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":t", s(ts(at)))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        Ok(TransactWriteItem::builder().update(update).build())
    }

    fn case_item(&self, case: &Case) -> Result<Item, StoreError> {
        let waiting = case.state == CaseState::AppealWindowOpen && case.consumer_recall.is_none();
        self.case_item_due(case, case.appeal_deadline.filter(|_| waiting))
    }

    /// A case item; `due` (when its consumer recall is due, or was started and
    /// still has pages to queue) puts it in the sparse gsi2.
    fn case_item_due(&self, case: &Case, due: Option<DateTime<Utc>>) -> Result<Item, StoreError> {
        let mut item = with(keys::case(&case.recall_id, &case.listing_id), "case", case)?;
        item.insert("state".into(), data(&case.state)?);
        item.insert("gsi1pk".into(), s(format!("SELLER#{}", case.seller_id)));
        item.insert(
            "gsi1sk".into(),
            s(format!("CASE#{}#{}", ts(case.opened_at), case.case_id)),
        );
        // The sparse index of cases waiting on their appeal window.
        if let Some(due) = due {
            item.insert("gsi2pk".into(), s("APPEAL_WINDOW"));
            item.insert("gsi2sk".into(), s(format!("{}#{}", ts(due), case.case_id)));
        }
        Ok(item)
    }

    fn notice_item(&self, notice: &SellerNotice) -> Result<Item, StoreError> {
        let mut item = with(
            keys::notice(&notice.recall_id, &notice.notice_id),
            "notice",
            notice,
        )?;
        item.insert("status".into(), s(SendStatus::Pending.as_str()));
        item.insert("seller_id".into(), s(&notice.seller_id));
        Ok(item)
    }

    /// Opens cases with their measures and queues the seller's notice, all in
    /// one transaction (chunked past DynamoDB's 100 items, the notice with the
    /// first chunk). A case that exists already makes the transaction fail with
    /// `Conflict`: another delivery got there first.
    pub async fn open_cases(
        &self,
        cases: &[(Case, Option<ListingMeasures>)],
        notice: Option<&SellerNotice>,
        email: Option<&OutboxItem>,
    ) -> Result<(), StoreError> {
        // One group per case: the case, its measures and the penalty its
        // notice states, never split across transactions.
        let mut groups: Vec<Vec<TransactWriteItem>> = Vec::new();
        if let Some(n) = notice {
            let mut group = vec![self.put(self.notice_item(n)?, Some("attribute_not_exists(pk)"))?];
            group.extend(self.notice_email_writes(email)?);
            groups.push(group);
        }
        for (case, measures) in cases {
            // Into the appeal-window index only when the notice has gone out
            // (`mark_notice_sent`): the window never runs for a seller not told.
            let mut group = vec![self.put(
                self.case_item_due(case, None)?,
                Some("attribute_not_exists(pk)"),
            )?];
            if let Some(m) = measures {
                let item = with(keys::measures(&m.listing_id, &m.recall_id), "measures", m)?;
                group.push(self.put(item, None)?);
                if let Some(entry) = LedgerEntry::for_case(case) {
                    group.push(self.ledger_put(&entry)?);
                }
            }
            groups.push(group);
        }
        // A case acted on blocks its listing: the recall's `blocked_at` is
        // recorded with the first chunk that takes measures.
        let blocked = cases
            .iter()
            .find(|(_, m)| m.is_some())
            .map(|(c, _)| self.timeline_write(&c.recall_id, "blocked_at", Utc::now()))
            .transpose()?;
        let mut chunk: Vec<TransactWriteItem> = Vec::new();
        for (i, group) in groups.into_iter().enumerate() {
            if chunk.len() + group.len() > 98 {
                self.transact(std::mem::take(&mut chunk)).await?;
            }
            chunk.extend(group);
            if i == 0 {
                chunk.extend(blocked.clone());
            }
        }
        self.transact(chunk).await
    }

    /// A confirmed match: the case (only over its `awaiting_review` version),
    /// its measures and its notice, in one transaction. A conflict means
    /// another delivery confirmed it first.
    pub async fn confirm_case(
        &self,
        case: &Case,
        measures: &ListingMeasures,
        notice: &SellerNotice,
        email: Option<&OutboxItem>,
        due: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(self.case_item_due(case, due)?))
            .condition_expression("#st = :review")
            .expression_attribute_names("#st", "state")
            .expression_attribute_values(":review", data(&CaseState::AwaitingReview)?)
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let writes = vec![
            TransactWriteItem::builder().put(put).build(),
            self.put(
                with(
                    keys::measures(&measures.listing_id, &measures.recall_id),
                    "measures",
                    measures,
                )?,
                None,
            )?,
            self.put(self.notice_item(notice)?, Some("attribute_not_exists(pk)"))?,
        ];
        let mut writes = writes;
        writes.extend(self.notice_email_writes(email)?);
        if let Some(entry) = LedgerEntry::for_case(case) {
            writes.push(self.ledger_put(&entry)?);
        }
        writes.push(self.timeline_write(&case.recall_id, "blocked_at", Utc::now())?);
        match self.transact(writes).await {
            Err(StoreError::Conflict(_)) => Ok(()),
            other => other,
        }
    }

    /// Grows the measures of existing cases to new markets, with the update notice.
    pub async fn extend_cases(
        &self,
        cases: &[(Case, Vec<Measure>)],
        notice: Option<&SellerNotice>,
        email: Option<&OutboxItem>,
        raises: &[(String, u32)],
    ) -> Result<(), StoreError> {
        let mut writes = Vec::new();
        if let Some(n) = notice {
            writes.push(self.put(self.notice_item(n)?, Some("attribute_not_exists(pk)"))?);
            writes.extend(self.notice_email_writes(email)?);
        }
        for (case, added) in cases {
            writes.push(self.put(self.case_item(case)?, None)?);
            // A raised penalty books its difference with the extension.
            if let Some((_, before)) = raises.iter().find(|(id, _)| *id == case.case_id) {
                if let Some(entry) = LedgerEntry::for_raise(case, *before) {
                    writes.push(self.ledger_put(&entry)?);
                }
            }
            let (pk, sk) = keys::measures(&case.listing_id, &case.recall_id);
            let update = Update::builder()
                .table_name(&self.table)
                .set_key(Some(key_item((pk, sk))))
                .update_expression("SET #d.measures = list_append(#d.measures, :m)")
                .expression_attribute_names("#d", "data")
                .expression_attribute_values(":m", data(added)?)
                .build()
                .map_err(|e| StoreError::Encode(e.to_string()))?;
            writes.push(TransactWriteItem::builder().update(update).build());
        }
        let mut chunks: Vec<Vec<TransactWriteItem>> = writes
            .chunks(98)
            .map(<[TransactWriteItem]>::to_vec)
            .collect();
        if let (Some(first), Some((case, _))) = (chunks.first_mut(), cases.first()) {
            first.push(self.timeline_write(&case.recall_id, "blocked_at", Utc::now())?);
        }
        for chunk in chunks {
            self.transact(chunk).await?;
        }
        Ok(())
    }

    /// A notice's email as a new outbox item, free for whichever delivery
    /// claims it first (the writer, right after its transaction, or the
    /// redelivery after a crash): none while its seller is not known yet (it
    /// is written when the seller arrives).
    fn notice_email_writes(
        &self,
        email: Option<&OutboxItem>,
    ) -> Result<Vec<TransactWriteItem>, StoreError> {
        let Some(item) = email else {
            return Ok(Vec::new());
        };
        let effects = safety_domain::outbox::Effects {
            items: vec![item.clone()],
            templates: Vec::new(),
        };
        self.outbox_writes(&effects, None)
    }

    pub async fn get_case(&self, case_id: &str) -> Result<Option<Case>, StoreError> {
        let Some((recall_id, listing_id)) = case_id.split_once('/') else {
            return Ok(None);
        };
        self.get(keys::case(recall_id, listing_id))
            .await?
            .map(|i| from_data(&i))
            .transpose()
    }

    pub async fn get_recall(&self, recall_id: &str) -> Result<Option<Recall>, StoreError> {
        self.get(keys::recall(recall_id))
            .await?
            .map(|i| from_data(&i))
            .transpose()
    }

    /// Writes a case over the version in `expected` state (optimistic: false
    /// when another writer changed its state first). `due` keeps it in, or
    /// takes it out of, the appeal-window index.
    pub async fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
        effects: &safety_domain::outbox::Effects,
    ) -> Result<bool, StoreError> {
        let item = self.case_item_due(case, due)?;
        if effects.is_empty() {
            let res = self
                .client
                .put_item()
                .table_name(&self.table)
                .set_item(Some(item))
                .condition_expression("#st = :expected")
                .expression_attribute_names("#st", "state")
                .expression_attribute_values(":expected", data(&expected)?)
                .send()
                .await;
            return written("PutItem", res);
        }
        // With the decision's outbox items (a started recall's first pages).
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression("#st = :expected")
            .expression_attribute_names("#st", "state")
            .expression_attribute_values(":expected", data(&expected)?)
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let mut writes = vec![TransactWriteItem::builder().put(put).build()];
        writes.extend(self.outbox_writes(effects, None)?);
        match self.transact(writes).await {
            Ok(()) => Ok(true),
            Err(StoreError::Conflict(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Cases whose consumer recall is due at `now` (index gsi2, `gsi2sk` up to
    /// now), all pages. The index is eventually consistent: act on a case only
    /// through `save_case`'s state check.
    pub async fn cases_due(&self, now: DateTime<Utc>) -> Result<Vec<Case>, StoreError> {
        let q = self
            .client
            .query()
            .table_name(&self.table)
            .index_name("gsi2")
            .key_condition_expression("gsi2pk = :w AND gsi2sk <= :now")
            .expression_attribute_values(":w", s("APPEAL_WINDOW"))
            // '~' sorts after every case id character: every case due at `now`.
            .expression_attribute_values(":now", s(format!("{}#~", ts(now))));
        self.query_all(q).await?.iter().map(from_data).collect()
    }

    /// Reverses a recall's measures on a listing (an upheld appeal): kept, marked reversed.
    pub async fn reverse_measures(
        &self,
        listing_id: &str,
        recall_id: &str,
        at: DateTime<Utc>,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key_item(keys::measures(listing_id, recall_id))))
            .update_expression(
                "SET reversed_at = if_not_exists(reversed_at, :at), reversal_reason = :r",
            )
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":at", s(ts(at)))
            .expression_attribute_values(":r", s(reason))
            .send()
            .await
            .map_err(|e| aws("UpdateItem", e))?;
        Ok(())
    }

    pub async fn get_report<T: DeserializeOwned>(
        &self,
        report_id: &str,
    ) -> Result<Option<T>, StoreError> {
        self.get(keys::report(report_id))
            .await?
            .map(|i| from_data(&i))
            .transpose()
    }

    /// A seller's recorded recall liabilities (the consumers' remedies).
    pub async fn liabilities_of(&self, seller_id: &str) -> Result<Vec<Item>, StoreError> {
        self.query_prefix(&format!("SELLER#{seller_id}"), "LIABILITY#")
            .await
    }

    /// Cases of a seller, oldest first (index gsi1), all pages.
    pub async fn cases_of_seller(&self, seller_id: &str) -> Result<Vec<Case>, StoreError> {
        let q = self
            .client
            .query()
            .table_name(&self.table)
            .index_name("gsi1")
            .key_condition_expression("gsi1pk = :pk")
            .expression_attribute_values(":pk", s(format!("SELLER#{seller_id}")));
        self.query_all(q).await?.iter().map(from_data).collect()
    }
}

/// The partition key of an identity key (re-exported for tests and the desk).
pub fn identity_partition(key: &IdentityKey) -> String {
    key.partition()
}
