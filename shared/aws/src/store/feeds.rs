//! Each feed's cursor: one item, `FEED#<feed>` / `CURSOR`.

use super::*;
use safety_sources::feeds::Cursor;

impl Store {
    pub async fn feed_cursor(&self, feed: &str) -> Result<Cursor, StoreError> {
        Ok(self
            .get(keys::feed_cursor(feed))
            .await?
            .map(|i| from_data(&i))
            .transpose()?
            .unwrap_or_default())
    }

    pub async fn save_feed_cursor(&self, feed: &str, cursor: &Cursor) -> Result<(), StoreError> {
        let mut item = with(keys::feed_cursor(feed), "feed_cursor", cursor)?;
        item.insert("saved_at".into(), s(ts(Utc::now())));
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
