//! SES's bounces and complaints (`DELIVERY#…` under the recall's partition)
//! and the recipients never emailed again (`SUPPRESSED#<key>`): no address
//! is stored, only its key ([`safety_domain::delivery::recipient_key`]).

use super::*;
use safety_domain::delivery::DeliveryDecision;

impl Store {
    /// One SES event's decision with the message's marker, in one
    /// transaction (the marker's condition makes a second delivery a
    /// conflict, and writes nothing).
    pub async fn record_delivery(
        &self,
        decision: &DeliveryDecision,
        function: &str,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut marker = key_item(keys::message(function, message_id));
        marker.insert("kind".into(), s("message"));
        marker.insert("done_at".into(), s(ts(now)));
        marker.insert(
            "expires_at".into(),
            AttributeValue::N(
                (now + Duration::days(MESSAGE_TTL_DAYS))
                    .timestamp()
                    .to_string(),
            ),
        );
        let mut writes = vec![self.put(marker, Some("attribute_not_exists(pk)"))?];
        for note in &decision.notes {
            writes.push(self.put(with(keys::delivery(note), "delivery", note)?, None)?);
        }
        for recipient in &decision.suppress {
            let mut item = key_item(keys::suppressed(recipient));
            item.insert("kind".into(), s("suppressed"));
            item.insert("at".into(), s(ts(now)));
            writes.push(self.put(item, None)?);
        }
        // A transaction holds 100 writes; an email has a handful of
        // recipients at most.
        writes.truncate(100);
        self.transact(writes).await
    }

    /// The recipients among `recipients` never emailed again: one
    /// consistent `BatchGetItem` per 100.
    pub async fn suppressed(&self, recipients: &[String]) -> Result<BTreeSet<String>, StoreError> {
        let keys = recipients.iter().map(|r| keys::suppressed(r)).collect();
        Ok(self
            .batch_get(keys)
            .await?
            .iter()
            .filter_map(|i| attr_s(i, "pk"))
            .filter_map(|pk| pk.strip_prefix("SUPPRESSED#"))
            .map(str::to_string)
            .collect())
    }
}
