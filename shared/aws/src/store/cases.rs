//! Cases: by id, by seller, due in the appeal-window index (gsi2); the
//! case's conditional save, reversed measures, reports and liabilities.

use super::*;

impl Store {
    pub(super) fn case_item(&self, case: &Case) -> Result<Item, StoreError> {
        let waiting = case.state == CaseState::AppealWindowOpen && case.consumer_recall.is_none();
        self.case_item_due(case, case.appeal_deadline.filter(|_| waiting))
    }

    /// A case item; `due` (when its consumer recall is due, or was started and
    /// still has pages to queue) puts it in the sparse gsi2.
    pub(super) fn case_item_due(
        &self,
        case: &Case,
        due: Option<DateTime<Utc>>,
    ) -> Result<Item, StoreError> {
        let mut item = with(keys::case(&case.recall_id, &case.listing_id), "case", case)?;
        item.insert("state".into(), data(&case.state)?);
        item.insert("gsi1pk".into(), s(format!("SELLER#{}", case.seller_id)));
        item.insert(
            "gsi1sk".into(),
            s(format!("CASE#{}#{}", ts(case.opened_at), case.case_id)),
        );
        // The sparse index of cases waiting on their appeal window, or of
        // weak matches waiting for the desk (the review queue, oldest first).
        if let Some(due) = due {
            item.insert("gsi2pk".into(), s("APPEAL_WINDOW"));
            item.insert("gsi2sk".into(), s(format!("{}#{}", ts(due), case.case_id)));
        } else if case.state == CaseState::AwaitingReview {
            item.insert("gsi2pk".into(), s(super::desk::REVIEW));
            item.insert(
                "gsi2sk".into(),
                s(format!("{}#{}", ts(case.opened_at), case.case_id)),
            );
        }
        Ok(item)
    }

    pub async fn get_case(&self, case_id: &str) -> Result<Option<Case>, StoreError> {
        let Some((recall_id, listing_id)) = case_id.split_once('/') else {
            return Ok(None);
        };
        self.get(keys::case(recall_id, listing_id))
            .await?
            .map(|i| from_data(&i))
            .transpose()
    }

    pub async fn get_recall(&self, recall_id: &str) -> Result<Option<Recall>, StoreError> {
        self.get(keys::recall(recall_id))
            .await?
            .map(|i| from_data(&i))
            .transpose()
    }

    /// Writes a case over the version in `expected` state (optimistic: false
    /// when another writer changed its state first). `due` keeps it in, or
    /// takes it out of, the appeal-window index.
    pub async fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
        effects: &safety_domain::outbox::Effects,
    ) -> Result<bool, StoreError> {
        let item = self.case_item_due(case, due)?;
        if effects.is_empty() {
            let res = self
                .client
                .put_item()
                .table_name(&self.table)
                .set_item(Some(item))
                .condition_expression("#st = :expected")
                .expression_attribute_names("#st", "state")
                .expression_attribute_values(":expected", data(&expected)?)
                .send()
                .await;
            return written("PutItem", res);
        }
        // With the decision's outbox items (a started recall's first pages).
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression("#st = :expected")
            .expression_attribute_names("#st", "state")
            .expression_attribute_values(":expected", data(&expected)?)
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let mut writes = vec![TransactWriteItem::builder().put(put).build()];
        writes.extend(self.outbox_writes(effects, None)?);
        match self.transact(writes).await {
            Ok(()) => Ok(true),
            Err(StoreError::Conflict(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Cases whose consumer recall is due at `now` (index gsi2, `gsi2sk` up to
    /// now), all pages. The index is eventually consistent: act on a case only
    /// through `save_case`'s state check.
    pub async fn cases_due(&self, now: DateTime<Utc>) -> Result<Vec<Case>, StoreError> {
        let q = self
            .client
            .query()
            .table_name(&self.table)
            .index_name("gsi2")
            .key_condition_expression("gsi2pk = :w AND gsi2sk <= :now")
            .expression_attribute_values(":w", s("APPEAL_WINDOW"))
            // '~' sorts after every case id character: every case due at `now`.
            .expression_attribute_values(":now", s(format!("{}#~", ts(now))));
        self.query_all(q).await?.iter().map(from_data).collect()
    }

    /// Reverses a recall's measures on a listing (an upheld appeal): kept, marked reversed.
    pub async fn reverse_measures(
        &self,
        listing_id: &str,
        recall_id: &str,
        at: DateTime<Utc>,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key_item(keys::measures(listing_id, recall_id))))
            .update_expression(
                "SET reversed_at = if_not_exists(reversed_at, :at), reversal_reason = :r",
            )
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":at", s(ts(at)))
            .expression_attribute_values(":r", s(reason))
            .send()
            .await
            .map_err(|e| aws("UpdateItem", e))?;
        Ok(())
    }

    pub async fn get_report<T: DeserializeOwned>(
        &self,
        report_id: &str,
    ) -> Result<Option<T>, StoreError> {
        self.get(keys::report(report_id))
            .await?
            .map(|i| from_data(&i))
            .transpose()
    }

    /// A seller's recorded recall liabilities (the consumers' remedies).
    pub async fn liabilities_of(&self, seller_id: &str) -> Result<Vec<Item>, StoreError> {
        self.query_prefix(&format!("SELLER#{seller_id}"), "LIABILITY#")
            .await
    }

    /// Cases of a seller, oldest first (index gsi1), all pages.
    pub async fn cases_of_seller(&self, seller_id: &str) -> Result<Vec<Case>, StoreError> {
        let q = self
            .client
            .query()
            .table_name(&self.table)
            .index_name("gsi1")
            .key_condition_expression("gsi1pk = :pk")
            .expression_attribute_values(":pk", s(format!("SELLER#{seller_id}")));
        self.query_all(q).await?.iter().map(from_data).collect()
    }
}
