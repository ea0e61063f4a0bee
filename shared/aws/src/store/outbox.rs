//! The outbox's items (ARCHITECTURE, "The outbox"), in the partition of what
//! they are about (`keys::outbox`): `status` pending or sent, `lease_until`
//! while a delivery holds a pending one, `sent_at` and SES's `receipt` once
//! sent. A decision's write puts its new items with the condition that they
//! do not exist ([`Store::outbox_writes`]), leased to the writer; claims,
//! sent marks and releases are transactions of up to 100 items, so a page of
//! 100 consumers costs one call for each. A sent mark carries what the state
//! records once the item went out: a recall's timeline point, a seller told,
//! a case's place in the due index, or the recipient on a refund decision
//! (its `emailed` set).

use super::{aws, from_data, key_item, keys, s, ts, with, Item, Store};
use crate::error::StoreError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{TransactWriteItem, Update};
use chrono::{DateTime, Utc};
use safety_app::ports::SentItem;
use safety_domain::outbox::{
    BulkTemplate, Effect, Effects, OnSent, OutboxKey, OutboxStatus, StoredItem,
};
use std::collections::{BTreeMap, BTreeSet};

/// A follow-up several sent items share, written once per transaction.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Shared {
    /// A recall's timeline point (recall, field).
    Timeline(String, String),
    /// A refund decision's `emailed` set (order, request).
    Refund(String, String),
    /// A case's place in the due index (recall, listing, case): each of a
    /// started recall's first pages (one per market) carries it.
    CaseDue(String, String, String),
}

/// What the items sharing a follow-up bring to it.
#[derive(Debug, Clone)]
enum Joined {
    /// The earliest time (a timeline point).
    At(DateTime<Utc>),
    /// The recipients (a decision's `emailed` set).
    To(Vec<String>),
    /// Where the case waits next (none: out of the index).
    Due(Option<DateTime<Utc>>),
}

/// DynamoDB's most items in one `TransactWriteItems`.
pub(super) const TRANSACTION_MAX: usize = 100;
const PENDING: &str = "pending";
const SENT: &str = "sent";

fn parse_ts(v: Option<&str>) -> Option<DateTime<Utc>> {
    v.and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
}

pub(super) fn stored(item: &Item) -> Result<StoredItem, StoreError> {
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
    /// The puts of a decision's new outbox items, each only if it does not
    /// exist, leased to the writer until `lease_until` (a writer that sends
    /// them right after, with no claim) or free (claimed by whoever sends
    /// them); and of their templates (content-addressed: the same put twice
    /// is the same item), first.
    pub(crate) fn outbox_writes(
        &self,
        effects: &Effects,
        lease_until: Option<DateTime<Utc>>,
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
            if let Some(until) = lease_until {
                attrs.insert("lease_until".into(), s(ts(until)));
            }
            writes.push(self.put(attrs, Some("attribute_not_exists(pk)"))?);
        }
        Ok(writes)
    }

    /// New outbox items on their own (a notice written before its seller was
    /// known gets its email): each only if absent (`Conflict` otherwise).
    pub async fn write_outbox(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let writes = self.outbox_writes(effects, Some(lease_until))?;
        self.transact_chunks(writes).await
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

    /// Marks items sent, each with what the state records once it went out,
    /// in transactions of up to 100 (an item and its follow-ups never split;
    /// a timeline point written once per transaction).
    pub async fn outbox_mark_sent(&self, sent: &[SentItem]) -> Result<(), StoreError> {
        let mut groups: Vec<Vec<TransactWriteItem>> = Vec::new();
        let mut shares: Vec<Option<(Shared, Joined)>> = Vec::new();
        for item in sent {
            let mut update = Update::builder()
                .table_name(&self.table)
                .set_key(Some(key_item(keys::outbox(&item.key))))
                .expression_attribute_names("#st", "status")
                .expression_attribute_values(":sent", s(SENT))
                .expression_attribute_values(":at", s(ts(item.at)));
            update = match &item.receipt {
                Some(r) => update
                    .update_expression(
                        "SET #st = :sent, sent_at = :at, receipt = :r REMOVE lease_until",
                    )
                    .expression_attribute_values(":r", s(r)),
                None => {
                    update.update_expression("SET #st = :sent, sent_at = :at REMOVE lease_until")
                }
            };
            let update = update
                .build()
                .map_err(|e| StoreError::Encode(e.to_string()))?;
            let mut group = vec![TransactWriteItem::builder().update(update).build()];
            let share = match &item.on_sent {
                None => None,
                Some(OnSent::Timeline { recall_id, field }) => Some((
                    Shared::Timeline(recall_id.clone(), field.clone()),
                    Joined::At(item.at),
                )),
                Some(told @ OnSent::SellerTold { recall_id, .. }) => {
                    group.extend(self.seller_told_writes(told, item)?);
                    Some((
                        Shared::Timeline(recall_id.clone(), "sellers_notified_at".into()),
                        Joined::At(item.at),
                    ))
                }
                Some(OnSent::CaseDue {
                    recall_id,
                    listing_id,
                    case_id,
                    due,
                }) => Some((
                    Shared::CaseDue(recall_id.clone(), listing_id.clone(), case_id.clone()),
                    Joined::Due(*due),
                )),
                Some(OnSent::RefundEmailed {
                    order_id,
                    request_id,
                    to,
                }) => Some((
                    Shared::Refund(order_id.clone(), request_id.clone()),
                    Joined::To(vec![to.clone()]),
                )),
            };
            groups.push(group);
            shares.push(share);
        }
        // Items that share a follow-up (a recall's timeline point, a refund
        // decision's `emailed` set) get one write of it per transaction: a
        // transaction touches an item once.
        let mut chunk: Vec<TransactWriteItem> = Vec::new();
        let mut joined: BTreeMap<Shared, Joined> = BTreeMap::new();
        for (group, share) in groups.into_iter().zip(shares) {
            let new_one = share.as_ref().is_some_and(|(k, _)| !joined.contains_key(k));
            if chunk.len() + group.len() + joined.len() + usize::from(new_one) > TRANSACTION_MAX {
                self.flush_sent(&mut chunk, &mut joined).await?;
            }
            chunk.extend(group);
            if let Some((k, v)) = share {
                match (joined.get_mut(&k), v) {
                    (Some(Joined::At(at)), Joined::At(t)) => *at = (*at).min(t),
                    (Some(Joined::To(to)), Joined::To(t)) => to.extend(t),
                    (Some(_), _) => {}
                    (None, v) => {
                        joined.insert(k, v);
                    }
                }
            }
        }
        self.flush_sent(&mut chunk, &mut joined).await
    }

    async fn flush_sent(
        &self,
        chunk: &mut Vec<TransactWriteItem>,
        joined: &mut BTreeMap<Shared, Joined>,
    ) -> Result<(), StoreError> {
        let mut writes = std::mem::take(chunk);
        for (k, v) in std::mem::take(joined) {
            match (k, v) {
                (Shared::Timeline(recall_id, field), Joined::At(at)) => {
                    writes.push(self.timeline_write(&recall_id, &field, at)?)
                }
                (Shared::Refund(order_id, request_id), Joined::To(to)) => {
                    writes.push(self.refund_emailed_write(&order_id, &request_id, to)?)
                }
                (Shared::CaseDue(recall_id, listing_id, case_id), Joined::Due(due)) => {
                    writes.push(self.case_due_write(&recall_id, &listing_id, &case_id, due)?)
                }
                _ => {}
            }
        }
        if writes.is_empty() {
            return Ok(());
        }
        self.transact(writes).await
    }

    /// A case into the due index at `due`, or out of it.
    fn case_due_write(
        &self,
        recall_id: &str,
        listing_id: &str,
        case_id: &str,
        due: Option<DateTime<Utc>>,
    ) -> Result<TransactWriteItem, StoreError> {
        let key = key_item(keys::case(recall_id, listing_id));
        let update = match due {
            Some(d) => Update::builder()
                .table_name(&self.table)
                .set_key(Some(key))
                .update_expression("SET gsi2pk = :w, gsi2sk = :g")
                .expression_attribute_values(":w", s("APPEAL_WINDOW"))
                .expression_attribute_values(":g", s(format!("{}#{case_id}", ts(d)))),
            None => Update::builder()
                .table_name(&self.table)
                .set_key(Some(key))
                .update_expression("REMOVE gsi2pk, gsi2sk"),
        }
        .build()
        .map_err(|e| StoreError::Encode(e.to_string()))?;
        Ok(TransactWriteItem::builder().update(update).build())
    }

    /// A seller told: the notice marked sent, and each of its cases told at
    /// the send, its appeal window running from then and due in the
    /// appeal-window index (gsi2) at its end, or sooner.
    fn seller_told_writes(
        &self,
        told: &OnSent,
        item: &SentItem,
    ) -> Result<Vec<TransactWriteItem>, StoreError> {
        let OnSent::SellerTold {
            recall_id,
            notice_id,
            cases,
            window_secs,
            due_cap,
            due_when_told,
        } = told
        else {
            return Ok(Vec::new());
        };
        let at = item.at;
        let deadline = at + chrono::Duration::seconds(*window_secs);
        let due = if *due_when_told {
            at
        } else {
            due_cap.map_or(deadline, |c| c.min(deadline))
        };
        let notice = Update::builder()
            .table_name(&self.table)
            .set_key(Some(key_item(keys::notice(recall_id, notice_id))))
            .update_expression(
                "SET #st = :sent, sent_at = :at, ses_message_id = :mid, #d.appeal_deadline = :dl",
            )
            .expression_attribute_names("#st", "status")
            .expression_attribute_names("#d", "data")
            .expression_attribute_values(":sent", s(SENT))
            .expression_attribute_values(":at", s(ts(at)))
            .expression_attribute_values(":mid", s(item.receipt.clone().unwrap_or_default()))
            .expression_attribute_values(":dl", s(ts(deadline)))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let mut writes = vec![TransactWriteItem::builder().update(notice).build()];
        for (case_id, listing_id) in cases {
            let case = Update::builder()
                .table_name(&self.table)
                .set_key(Some(key_item(keys::case(recall_id, listing_id))))
                .update_expression(
                    "SET #d.notified_at = :at, #d.appeal_deadline = :dl, gsi2pk = :w, gsi2sk = :g",
                )
                .expression_attribute_names("#d", "data")
                .expression_attribute_values(":at", s(ts(at)))
                .expression_attribute_values(":dl", s(ts(deadline)))
                .expression_attribute_values(":w", s("APPEAL_WINDOW"))
                .expression_attribute_values(":g", s(format!("{}#{case_id}", ts(due))))
                .build()
                .map_err(|e| StoreError::Encode(e.to_string()))?;
            writes.push(TransactWriteItem::builder().update(case).build());
        }
        Ok(writes)
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
