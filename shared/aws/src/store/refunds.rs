//! Buyer protection's items (README, "Data"): a request's decision under its
//! order (with the recipients its emails went out to), the order's pre-paid
//! label and decision count (all in the order's partition, so one `Query`
//! reads them), and a buyer's labels per calendar month (a counter written
//! only under its limit). A decision and a settlement are each one
//! `TransactWriteItems` with their outbox items (`keys::outbox`).

use super::{from_data, key_item, keys, s, ts, with, Item, Store};
use crate::error::StoreError;
use aws_sdk_dynamodb::types::{AttributeValue, TransactWriteItem, Update};
use chrono::{DateTime, Utc};
use safety_domain::outbox::Effects;
use safety_domain::refunds::effects;
use safety_domain::refunds::request::{RefundRecord, Settlement};
use safety_domain::refunds::MONTHLY_PREPAID_LABELS;

/// What an order's partition holds for buyer protection (the use case's
/// read model).
pub use safety_app::ports::OrderRefunds as OrderPartition;

/// The attribute of a decision naming the recipients its emails went out to
/// (a string set: `buyer`, `seller:<id>`, `settled`).
const EMAILED: &str = "emailed";

impl Store {
    /// The order, its decisions (with the emails they sent), its label and
    /// its decision count: one `Query`.
    pub async fn order_partition(&self, order_id: &str) -> Result<OrderPartition, StoreError> {
        let (pk, _) = keys::order(order_id);
        let mut out = OrderPartition::default();
        for item in self.query_prefix(&pk, "").await? {
            let sk = item
                .get("sk")
                .and_then(|v| v.as_s().ok())
                .cloned()
                .unwrap_or_default();
            if sk == "ORDER" {
                out.order = Some(from_data(&item)?);
            } else if sk.starts_with("REFUND#") {
                let record: RefundRecord = from_data(&item)?;
                if let Some(AttributeValue::Ss(tos)) = item.get(EMAILED) {
                    out.emails_sent.extend(
                        tos.iter()
                            .map(|to| effects::key(&record.order_id, &record.request_id, to)),
                    );
                }
                out.refunds.push(record);
            } else if sk == "REFUNDS" {
                out.refunds_version = item
                    .get("version")
                    .and_then(|v| v.as_n().ok())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
            } else if sk == "LABEL" {
                out.label_request = item.get("request_id").and_then(|v| v.as_s().ok()).cloned();
            }
        }
        Ok(out)
    }

    /// The pre-paid labels issued to a buyer in a month ("2026-11").
    pub async fn labels_used(&self, buyer_id: &str, month: &str) -> Result<u32, StoreError> {
        Ok(self
            .get(keys::buyer_labels(buyer_id, month))
            .await?
            .and_then(|i| i.get("count").and_then(|v| v.as_n().ok()).cloned())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0))
    }

    /// Stores a decision, once: with its new pre-paid label, if it has one, in
    /// the same transaction, counted against the buyer's month only while the
    /// month has fewer than [`MONTHLY_PREPAID_LABELS`], and recorded as the
    /// order's label only if the order has none; and only if the order has had
    /// no other decision since `read_version` (its [`OrderPartition`]). Its
    /// new outbox items (`effects`, leased until `lease_until`) are in the
    /// same transaction. `Conflict` when the decision is already stored, the
    /// month's labels ran out, the order changed meanwhile or an item exists:
    /// the caller reads again and decides again.
    pub async fn record_refund(
        &self,
        record: &RefundRecord,
        read_version: u64,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut item = with(
            keys::refund(&record.order_id, &record.request_id),
            "refund",
            record,
        )?;
        item.insert("request_id".into(), s(&record.request_id));
        item.insert("buyer_id".into(), s(&record.buyer_id));
        item.insert("decided_at".into(), s(ts(record.decided_at)));
        item.insert("outcome".into(), s(record.outcome()));
        let mut writes = vec![self.put(item, Some("attribute_not_exists(pk)"))?];
        let (pk, _) = keys::order(&record.order_id);
        let mut version = Update::builder()
            .table_name(self.table())
            .set_key(Some(key_item((pk, "REFUNDS".into()))))
            .update_expression("SET version = :next, kind = :kind")
            .expression_attribute_values(":next", AttributeValue::N((read_version + 1).to_string()))
            .expression_attribute_values(":kind", s("refunds_version"));
        version = if read_version == 0 {
            version.condition_expression("attribute_not_exists(version)")
        } else {
            version
                .condition_expression("version = :read")
                .expression_attribute_values(":read", AttributeValue::N(read_version.to_string()))
        };
        writes.push(
            TransactWriteItem::builder()
                .update(
                    version
                        .build()
                        .map_err(|e| StoreError::Encode(e.to_string()))?,
                )
                .build(),
        );
        if let Some(month) = &record.label_month {
            let update = Update::builder()
                .table_name(self.table())
                .set_key(Some(key_item(keys::buyer_labels(&record.buyer_id, month))))
                .update_expression(
                    "SET #n = if_not_exists(#n, :zero) + :one, kind = :kind ADD request_ids :rid",
                )
                .condition_expression("attribute_not_exists(#n) OR #n < :max")
                .expression_attribute_names("#n", "count")
                .expression_attribute_values(":zero", AttributeValue::N("0".into()))
                .expression_attribute_values(":one", AttributeValue::N("1".into()))
                .expression_attribute_values(
                    ":max",
                    AttributeValue::N(MONTHLY_PREPAID_LABELS.to_string()),
                )
                .expression_attribute_values(":kind", s("labels"))
                .expression_attribute_values(
                    ":rid",
                    AttributeValue::Ss(vec![record.request_id.clone()]),
                )
                .build()
                .map_err(|e| StoreError::Encode(e.to_string()))?;
            writes.push(TransactWriteItem::builder().update(update).build());
            let mut label: Item = key_item(keys::order_label(&record.order_id));
            label.insert("kind".into(), s("label"));
            label.insert("request_id".into(), s(&record.request_id));
            label.insert("month".into(), s(month));
            label.insert("issued_at".into(), s(ts(record.decided_at)));
            writes.push(self.put(label, Some("attribute_not_exists(pk)"))?);
        }
        writes.extend(self.outbox_writes(effects, Some(lease_until))?);
        self.transact(writes).await
    }

    /// Writes outbox items of a stored decision that it lacked (a seller's
    /// email that waited for the seller): one transaction per 100.
    /// `Conflict` when one exists already.
    pub async fn record_refund_emails(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.transact_chunks(self.outbox_writes(effects, Some(lease_until))?)
            .await
    }

    /// The write that records, with an item's sent mark, the recipients a
    /// decision's emails went out to (`emailed`, a string set).
    pub(super) fn refund_emailed_write(
        &self,
        order_id: &str,
        request_id: &str,
        to: Vec<String>,
    ) -> Result<TransactWriteItem, StoreError> {
        let update = Update::builder()
            .table_name(self.table())
            .set_key(Some(key_item(keys::refund(order_id, request_id))))
            .update_expression("ADD #e :to")
            .expression_attribute_names("#e", EMAILED)
            .expression_attribute_values(":to", AttributeValue::Ss(to))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        Ok(TransactWriteItem::builder().update(update).build())
    }
}

impl Store {
    /// Records the warehouse's check on a stored decision, once, in one
    /// transaction with its outbox items (the buyer's confirmation):
    /// `Conflict` when a check settled it already (or the decision is not
    /// stored, or an item exists).
    pub async fn record_settlement(
        &self,
        record: &RefundRecord,
        settlement: &Settlement,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let update = Update::builder()
            .table_name(self.table())
            .set_key(Some(key_item(keys::refund(
                &record.order_id,
                &record.request_id,
            ))))
            .update_expression("SET #d.settlement = :s, settled_at = :t, outcome_check = :o")
            .condition_expression("attribute_exists(pk) AND attribute_not_exists(settled_at)")
            .expression_attribute_names("#d", "data")
            .expression_attribute_values(":s", super::data(settlement)?)
            .expression_attribute_values(":t", s(ts(settlement.checked_at)))
            .expression_attribute_values(
                ":o",
                s(if settlement.passed {
                    "passed"
                } else {
                    "failed"
                }),
            )
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let mut writes = vec![TransactWriteItem::builder().update(update).build()];
        writes.extend(self.outbox_writes(effects, Some(lease_until))?);
        self.transact(writes).await
    }
}
