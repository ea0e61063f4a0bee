//! DynamoDB: one table, keys designed from the access patterns (README, "Data").
//! Every read is a `GetItem`, `BatchGetItem` or a `Query` on a key; never a `Scan`.
//! Each item keeps its domain value as a map under `data` (serde_dynamo).

use crate::error::StoreError;
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
pub mod keys;

mod cases;
mod catalog;
mod consumers;
mod deliveries;
mod desk;
mod feeds;
mod idempotency;
mod ledger;
mod outbox;
mod recalls;
mod refunds;
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

    /// Items by key, in one consistent `BatchGetItem` per 100 keys, retrying
    /// unprocessed keys; a key with no item is left out.
    /// The items of `keys` read as `T`, by the id `id_of` gives each.
    async fn batch_get_by<T: DeserializeOwned>(
        &self,
        keys: Vec<(String, String)>,
        id_of: impl Fn(&T) -> String,
    ) -> Result<BTreeMap<String, T>, StoreError> {
        self.batch_get(keys)
            .await?
            .iter()
            .map(|i| from_data::<T>(i).map(|t| (id_of(&t), t)))
            .collect()
    }

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
}

/// The partition key of an identity key (re-exported for tests and the desk).
pub fn identity_partition(key: &IdentityKey) -> String {
    key.partition()
}
