//! The penalty-points ledger (README, "Data"): a seller's entries under the
//! seller's partition, sorted by time (`LEDGER#<time>#<entry id>`), and the
//! standing last assessed (`STANDING`), versioned so concurrent assessments
//! converge and a change of standing is emailed exactly once.

use super::{from_data, key_item, keys, s, ts, with, Item, Store};
use crate::StoreError;
use aws_sdk_dynamodb::types::{AttributeValue, TransactWriteItem};
use chrono::{DateTime, Utc};
use safety_domain::ledger::{Assessment, LedgerEntry, Standing};
use serde::{Deserialize, Serialize};

/// The standing as stored: what was last assessed, and the change not yet
/// told to the seller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredStanding {
    pub standing: Standing,
    pub points: u32,
    /// Bumped by every write; the condition of the next one.
    pub version: u64,
    /// The standing before the last change of standing.
    pub previous: Standing,
    /// The version at which the standing last changed (names its email).
    pub changed_version: u64,
    pub changed_at: Option<DateTime<Utc>>,
    /// The last change of standing has not been emailed yet.
    pub email_pending: bool,
}

impl Default for StoredStanding {
    fn default() -> Self {
        StoredStanding {
            standing: Standing::Good,
            points: 0,
            version: 0,
            previous: Standing::Good,
            changed_version: 0,
            changed_at: None,
            email_pending: false,
        }
    }
}

impl StoredStanding {
    /// The next stored standing after `assessment`, or None when nothing
    /// changed.
    pub fn after(&self, assessment: &Assessment, now: DateTime<Utc>) -> Option<StoredStanding> {
        if assessment.standing == self.standing && assessment.points == self.points {
            return None;
        }
        let version = self.version + 1;
        let changed = assessment.standing != self.standing;
        Some(StoredStanding {
            standing: assessment.standing,
            points: assessment.points,
            version,
            previous: if changed {
                self.standing
            } else {
                self.previous
            },
            changed_version: if changed {
                version
            } else {
                self.changed_version
            },
            changed_at: if changed { Some(now) } else { self.changed_at },
            email_pending: changed || self.email_pending,
        })
    }
}

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

    /// Writes the standing over the version read: false when another
    /// assessment wrote first (read again).
    pub async fn save_standing(
        &self,
        seller_id: &str,
        next: &StoredStanding,
        read_version: u64,
    ) -> Result<bool, StoreError> {
        let mut item = with(keys::standing(seller_id), "standing", next)?;
        item.insert(
            "version".into(),
            AttributeValue::N(next.version.to_string()),
        );
        item.insert("standing".into(), super::data(&next.standing)?);
        item.insert("points".into(), AttributeValue::N(next.points.to_string()));
        let put = self
            .client
            .put_item()
            .table_name(self.table())
            .set_item(Some(item));
        let put = if read_version == 0 {
            put.condition_expression("attribute_not_exists(pk)")
        } else {
            put.condition_expression("version = :v")
                .expression_attribute_values(":v", AttributeValue::N(read_version.to_string()))
        };
        super::written("PutItem", put.send().await)
    }

    /// The change of standing `changed_version` was emailed: clear the flag,
    /// unless a later change set it again.
    pub async fn standing_emailed(
        &self,
        seller_id: &str,
        changed_version: u64,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let res = self
            .client
            .update_item()
            .table_name(self.table())
            .set_key(Some(key_item(keys::standing(seller_id))))
            .update_expression("SET #d.email_pending = :f, emailed_at = :at")
            .condition_expression("#d.changed_version = :v")
            .expression_attribute_names("#d", "data")
            .expression_attribute_values(":f", AttributeValue::Bool(false))
            .expression_attribute_values(":at", s(ts(at)))
            .expression_attribute_values(":v", AttributeValue::N(changed_version.to_string()))
            .send()
            .await;
        super::written("UpdateItem", res).map(|_| ())
    }
}
