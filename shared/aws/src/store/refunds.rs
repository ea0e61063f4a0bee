//! Buyer protection's items (README, "Data"): a request's decision under its
//! order, the order's pre-paid label, the emails sent about a decision (all in
//! the order's partition, so one `Query` reads them), and a buyer's labels per
//! calendar month (a counter written only under its limit).

use super::{from_data, key_item, keys, s, ts, with, Item, Store};
use crate::StoreError;
use aws_sdk_dynamodb::types::{AttributeValue, TransactWriteItem, Update};
use safety_domain::catalog::Order;
use safety_domain::refunds::request::{RefundRecord, Settlement};
use safety_domain::refunds::MONTHLY_PREPAID_LABELS;
use std::collections::BTreeSet;

/// What an order's partition holds for buyer protection.
#[derive(Debug, Default, Clone)]
pub struct OrderPartition {
    pub order: Option<Order>,
    /// The decisions on the order's refund requests.
    pub refunds: Vec<RefundRecord>,
    /// The request the order's pre-paid label was issued to.
    pub label_request: Option<String>,
    /// The sort keys of the refund emails already sent (`REFUNDMAIL#...`).
    pub emails_sent: BTreeSet<String>,
    /// How many decisions the order has had (`REFUNDS` item): the next
    /// decision is written only if it is still this, so two requests of one
    /// order decided at once can't both refund the same item.
    pub refunds_version: u64,
}

impl OrderPartition {
    pub fn refund(&self, request_id: &str) -> Option<&RefundRecord> {
        self.refunds.iter().find(|r| r.request_id == request_id)
    }
}

impl Store {
    /// The order, its decisions, its label and the emails sent: one `Query`.
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
                out.refunds.push(from_data(&item)?);
            } else if sk == "REFUNDS" {
                out.refunds_version = item
                    .get("version")
                    .and_then(|v| v.as_n().ok())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
            } else if sk == "LABEL" {
                out.label_request = item.get("request_id").and_then(|v| v.as_s().ok()).cloned();
            } else if sk.starts_with("REFUNDMAIL#")
                && super::SendStatus::of(&item) == super::SendStatus::Sent
            {
                out.emails_sent.insert(sk);
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
    /// no other decision since `read_version` (its [`OrderPartition`]).
    /// `Conflict` when the decision is already stored, the month's labels ran
    /// out, or the order changed meanwhile: the caller reads again and decides
    /// again.
    pub async fn record_refund(
        &self,
        record: &RefundRecord,
        read_version: u64,
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
        self.transact(writes).await
    }
}

impl Store {
    /// Records the warehouse's check on a stored decision, once: false when
    /// a check settled it already (or the decision is not stored).
    pub async fn settle_refund(
        &self,
        record: &RefundRecord,
        settlement: &Settlement,
    ) -> Result<bool, StoreError> {
        let res = self
            .client
            .update_item()
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
            .send()
            .await;
        super::written("UpdateItem", res)
    }
}
