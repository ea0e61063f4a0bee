//! Processed message ids (`MSG#<function>#<id>`, with a TTL): a message
//! handled to the end is not handled again.

use super::*;

impl Store {
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
}
