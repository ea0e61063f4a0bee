//! The outbox's items (ARCHITECTURE, "The outbox"), in the partition of what
//! they are about (`keys::outbox`): `status` pending or sent, `lease_until`
//! while a delivery holds a pending one, `sent_at` and SES's `receipt` once
//! sent. A decision's write puts its new items with the condition that they
//! do not exist ([`Store::outbox_writes`]), leased to the writer; claims,
//! sent marks and releases are transactions of up to 100 items, so a page of
//! 100 consumers costs one call for each. A sent mark carries what the state
//! records once the item went out: a recall's timeline point, or the
//! recipient on a refund decision (its `emailed` set).

use super::{aws, from_data, key_item, keys, s, ts, with, Item, Store};
use crate::StoreError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{TransactWriteItem, Update};
use chrono::{DateTime, Utc};
use safety_app::ports::SentItem;
use safety_domain::outbox::{
    BulkTemplate, Effect, Effects, OnSent, OutboxKey, OutboxStatus, StoredItem,
};
use std::collections::{BTreeMap, BTreeSet};

/// DynamoDB's most items in one `TransactWriteItems`.
pub(super) const TRANSACTION_MAX: usize = 100;
const PENDING: &str = "pending";
const SENT: &str = "sent";

fn parse_ts(v: Option<&str>) -> Option<DateTime<Utc>> {
    v.and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
}

fn stored(item: &Item) -> Result<StoredItem, StoreError> {
    let attr = |n: &str| item.get(n).and_then(|v| v.as_s().ok()).map(String::as_str);
    let status = match attr("status") {
        Some(SENT) => OutboxStatus::Sent {
            at: parse_ts(attr("sent_at")).unwrap_or(DateTime::<Utc>::MIN_UTC),
        },
        _ => OutboxStatus::Pending {
            leased_until: parse_ts(attr("lease_until")),
        },
    };
    Ok(StoredItem {
        item: from_data(item)?,
        status,
    })
}

impl Store {
    /// The puts of a decision's new outbox items, leased to the writer until
    /// `lease_until`, each only if it does not exist; and of their templates
    /// (content-addressed: the same put twice is the same item), first.
    pub(crate) fn outbox_writes(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<Vec<TransactWriteItem>, StoreError> {
        let mut writes = Vec::new();
        let mut templates_of: BTreeSet<(&str, &str)> = BTreeSet::new();
        for item in &effects.items {
            if let Effect::Bulk { template, .. } = &item.effect {
                templates_of.insert((item.key.about.as_str(), template.as_str()));
            }
        }
        for (about, id) in templates_of {
            if let Some((_, t)) = effects.templates.iter().find(|(t, _)| t == id) {
                writes.push(self.put(
                    with(keys::outbox_template(about, id), "outbox_template", t)?,
                    None,
                )?);
            }
        }
        for item in &effects.items {
            let mut attrs = with(keys::outbox(&item.key), "outbox", item)?;
            attrs.insert("status".into(), s(PENDING));
            attrs.insert("lease_until".into(), s(ts(lease_until)));
            writes.push(self.put(attrs, Some("attribute_not_exists(pk)"))?);
        }
        Ok(writes)
    }

    /// Runs writes in transactions of up to 100, in order.
    pub(crate) async fn transact_chunks(
        &self,
        writes: Vec<TransactWriteItem>,
    ) -> Result<(), StoreError> {
        for chunk in writes.chunks(TRANSACTION_MAX) {
            self.transact(chunk.to_vec()).await?;
        }
        Ok(())
    }

    pub async fn outbox_load(&self, keys: &[OutboxKey]) -> Result<Vec<StoredItem>, StoreError> {
        let keys = keys.iter().map(keys::outbox).collect();
        self.batch_get(keys).await?.iter().map(stored).collect()
    }

    /// Claims the pending items whose lease ran out (or that have none):
    /// transactions of up to 100 conditional updates; a cancelled one is
    /// tried again without the items whose condition failed (another
    /// delivery holds or sent them).
    pub async fn outbox_claim(
        &self,
        keys: &[OutboxKey],
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<OutboxKey>, StoreError> {
        let mut got = Vec::new();
        for chunk in keys.chunks(TRANSACTION_MAX) {
            let mut left: Vec<OutboxKey> = chunk.to_vec();
            while !left.is_empty() {
                let writes = left
                    .iter()
                    .map(|k| {
                        let update = Update::builder()
                            .table_name(&self.table)
                            .set_key(Some(key_item(keys::outbox(k))))
                            .update_expression("SET lease_until = :until")
                            .condition_expression(
                                "#st = :pending AND (attribute_not_exists(lease_until) OR lease_until <= :now)",
                            )
                            .expression_attribute_names("#st", "status")
                            .expression_attribute_values(":pending", s(PENDING))
                            .expression_attribute_values(":now", s(ts(now)))
                            .expression_attribute_values(":until", s(ts(until)))
                            .build()
                            .map_err(|e| StoreError::Encode(e.to_string()))?;
                        Ok(TransactWriteItem::builder().update(update).build())
                    })
                    .collect::<Result<Vec<_>, StoreError>>()?;
                match self
                    .client
                    .transact_write_items()
                    .set_transact_items(Some(writes))
                    .send()
                    .await
                {
                    Ok(_) => {
                        got.append(&mut left);
                    }
                    Err(e) => {
                        let refused: Vec<bool> = match e.as_service_error() {
                            Some(TransactWriteItemsError::TransactionCanceledException(t)) => t
                                .cancellation_reasons()
                                .iter()
                                .map(|r| r.code() == Some("ConditionalCheckFailed"))
                                .collect(),
                            _ => Vec::new(),
                        };
                        if refused.len() != left.len() || !refused.iter().any(|r| *r) {
                            return Err(aws("TransactWriteItems", e));
                        }
                        left = left
                            .into_iter()
                            .zip(refused)
                            .filter(|(_, r)| !r)
                            .map(|(k, _)| k)
                            .collect();
                    }
                }
            }
        }
        Ok(got)
    }

    pub async fn outbox_templates(
        &self,
        ids: &[(String, String)],
    ) -> Result<BTreeMap<String, BulkTemplate>, StoreError> {
        let keys = ids
            .iter()
            .map(|(about, id)| keys::outbox_template(about, id))
            .collect();
        let mut out = BTreeMap::new();
        for item in self.batch_get(keys).await? {
            let id = item
                .get("sk")
                .and_then(|v| v.as_s().ok())
                .and_then(|sk| sk.strip_prefix("TEMPLATE#"))
                .unwrap_or_default()
                .to_string();
            out.insert(id, from_data::<BulkTemplate>(&item)?);
        }
        Ok(out)
    }

    /// Marks items sent, with what the state records once they went out (a
    /// timeline point, once per chunk), in transactions of up to 100.
    pub async fn outbox_mark_sent(&self, sent: &[SentItem]) -> Result<(), StoreError> {
        // Room in each transaction for its follow-ups.
        for chunk in sent.chunks(TRANSACTION_MAX - 4) {
            let mut writes = Vec::new();
            let mut then: BTreeSet<&OnSent> = BTreeSet::new();
            for SentItem {
                key,
                at,
                receipt,
                on_sent,
            } in chunk
            {
                let mut update = Update::builder()
                    .table_name(&self.table)
                    .set_key(Some(key_item(keys::outbox(key))))
                    .expression_attribute_names("#st", "status")
                    .expression_attribute_values(":sent", s(SENT))
                    .expression_attribute_values(":at", s(ts(*at)));
                update = match receipt {
                    Some(r) => update
                        .update_expression(
                            "SET #st = :sent, sent_at = :at, receipt = :r REMOVE lease_until",
                        )
                        .expression_attribute_values(":r", s(r)),
                    None => update
                        .update_expression("SET #st = :sent, sent_at = :at REMOVE lease_until"),
                };
                let update = update
                    .build()
                    .map_err(|e| StoreError::Encode(e.to_string()))?;
                writes.push(TransactWriteItem::builder().update(update).build());
                then.extend(on_sent.iter());
            }
            let at = chunk.iter().map(|i| i.at).min().unwrap_or_else(Utc::now);
            // One write per decision (a transaction touches an item once).
            let mut emailed: BTreeMap<(&str, &str), Vec<String>> = BTreeMap::new();
            for on_sent in then {
                match on_sent {
                    OnSent::Timeline { recall_id, field } => {
                        writes.push(self.timeline_write(recall_id, field, at)?)
                    }
                    OnSent::RefundEmailed {
                        order_id,
                        request_id,
                        to,
                    } => emailed
                        .entry((order_id.as_str(), request_id.as_str()))
                        .or_default()
                        .push(to.clone()),
                }
            }
            for ((order_id, request_id), to) in emailed {
                writes.push(self.refund_emailed_write(order_id, request_id, to)?);
            }
            self.transact_chunks(writes).await?;
        }
        Ok(())
    }

    /// Gives claimed items back (their send failed): pending, no lease.
    pub async fn outbox_release(&self, keys: &[OutboxKey]) -> Result<(), StoreError> {
        let writes = keys
            .iter()
            .map(|k| {
                let update = Update::builder()
                    .table_name(&self.table)
                    .set_key(Some(key_item(keys::outbox(k))))
                    .update_expression("REMOVE lease_until")
                    .condition_expression("#st = :pending")
                    .expression_attribute_names("#st", "status")
                    .expression_attribute_values(":pending", s(PENDING))
                    .build()
                    .map_err(|e| StoreError::Encode(e.to_string()))?;
                Ok(TransactWriteItem::builder().update(update).build())
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        self.transact_chunks(writes).await
    }
}
