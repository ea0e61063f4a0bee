//! The penalty-points ledger (README, "Data"): a seller's entries under the
//! seller's partition, sorted by time (`LEDGER#<time>#<entry id>`), and the
//! standing last assessed (`STANDING`), versioned so concurrent assessments
//! converge and a change of standing is emailed exactly once.

use super::{from_data, keys, s, with, Item, Store};
use crate::error::StoreError;
use aws_sdk_dynamodb::types::{AttributeValue, Put, TransactWriteItem};
use safety_domain::ledger::LedgerEntry;
use safety_domain::outbox::{Effects, OutboxItem};
use std::collections::{BTreeMap, BTreeSet};

pub use safety_domain::ledger::standing::StoredStanding;

impl Store {
    /// The conditional put of a ledger entry, for a transaction: written once
    /// (its key is stable), so a retried write adds no points.
    pub fn ledger_put(&self, entry: &LedgerEntry) -> Result<TransactWriteItem, StoreError> {
        self.put(self.ledger_item(entry)?, Some("attribute_not_exists(pk)"))
    }

    fn ledger_item(&self, entry: &LedgerEntry) -> Result<Item, StoreError> {
        let mut item = with(
            keys::ledger(&entry.seller_id, entry.at, &entry.entry_id),
            "ledger_entry",
            entry,
        )?;
        item.insert("entry_id".into(), s(&entry.entry_id));
        item.insert("points".into(), AttributeValue::N(entry.points.to_string()));
        Ok(item)
    }

    /// Books one entry on its own: false when it was booked before.
    pub async fn book(&self, entry: &LedgerEntry) -> Result<bool, StoreError> {
        let res = self
            .client
            .put_item()
            .table_name(self.table())
            .set_item(Some(self.ledger_item(entry)?))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await;
        super::written("PutItem", res)
    }

    /// Every entry of a seller's ledger, oldest first (one `Query`, all
    /// pages). The whole ledger, not only the window: a permanent ban counts
    /// whatever its age, and entries are rare events.
    pub async fn ledger(&self, seller_id: &str) -> Result<Vec<LedgerEntry>, StoreError> {
        let (pk, _) = keys::seller(seller_id);
        self.query_prefix(&pk, "LEDGER#")
            .await?
            .iter()
            .map(from_data)
            .collect()
    }

    pub async fn standing(&self, seller_id: &str) -> Result<StoredStanding, StoreError> {
        match self.get(keys::standing(seller_id)).await? {
            Some(item) => from_data(&item),
            None => Ok(StoredStanding::default()),
        }
    }

    /// The stored standings of these sellers (a seller never assessed has
    /// the default), in one `BatchGetItem` per 100.
    pub async fn standings(
        &self,
        seller_ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, StoredStanding>, StoreError> {
        let keys = seller_ids.iter().map(|id| keys::standing(id)).collect();
        let mut out: BTreeMap<String, StoredStanding> = seller_ids
            .iter()
            .map(|id| (id.clone(), StoredStanding::default()))
            .collect();
        for item in self.batch_get(keys).await? {
            let pk = item
                .get("pk")
                .and_then(|v| v.as_s().ok())
                .and_then(|pk| pk.strip_prefix("SELLER#"))
                .unwrap_or_default()
                .to_string();
            out.insert(pk, from_data(&item)?);
        }
        Ok(out)
    }

    /// Writes the standing over the version read, with the email of its
    /// change as a new outbox item when there is one (one transaction):
    /// false when another assessment wrote first (read again).
    pub async fn save_standing(
        &self,
        seller_id: &str,
        next: &StoredStanding,
        read_version: u64,
        items: &[OutboxItem],
    ) -> Result<bool, StoreError> {
        let mut item = with(keys::standing(seller_id), "standing", next)?;
        item.insert(
            "version".into(),
            AttributeValue::N(next.version.to_string()),
        );
        item.insert("standing".into(), super::data(&next.standing)?);
        item.insert("points".into(), AttributeValue::N(next.points.to_string()));
        let (condition, version) = if read_version == 0 {
            ("attribute_not_exists(pk)", None)
        } else {
            ("version = :v", Some(read_version))
        };
        let put = Put::builder()
            .table_name(self.table())
            .set_item(Some(item))
            .condition_expression(condition)
            .set_expression_attribute_values(version.map(|v| {
                std::collections::HashMap::from([(
                    ":v".to_string(),
                    AttributeValue::N(v.to_string()),
                )])
            }))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let mut writes = vec![TransactWriteItem::builder().put(put).build()];
        if !items.is_empty() {
            let effects = Effects {
                items: items.to_vec(),
                templates: Vec::new(),
            };
            writes.extend(self.outbox_writes(&effects, None)?);
        }
        match self.transact(writes).await {
            Ok(()) => Ok(true),
            Err(StoreError::Conflict(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }
}
