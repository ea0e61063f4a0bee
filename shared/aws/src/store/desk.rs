//! The desk's reads (SPEC 3): a recall's measures and outbox, the review
//! queue (gsi2, `REVIEW`), recalls by receipt month (gsi1, `RECALLS#<yyyy-mm>`),
//! recalls and cases by id. Key reads and index queries only.

use super::*;
use chrono::Datelike;
use safety_domain::catalog::Category;
use safety_domain::desk::lists::{category_from_slug, category_slug, PublicRecall};
use safety_domain::outbox::StoredItem;
use safety_domain::Country;

/// The review queue's partition in gsi2; its sort key is `<opened_at>#<case id>`.
pub(super) const REVIEW: &str = "REVIEW";

/// The gsi1 partition of the recalls received in a month ("RECALLS#2026-11").
pub(super) fn received_partition(at: DateTime<Utc>) -> String {
    format!("RECALLS#{:04}-{:02}", at.year(), at.month())
}

impl Store {
    /// This recall's measures on these listings, each with whether it was reversed.
    pub async fn recall_measures(
        &self,
        recall_id: &str,
        listing_ids: &[String],
    ) -> Result<Vec<(ListingMeasures, bool)>, StoreError> {
        let keys = listing_ids
            .iter()
            .map(|l| keys::measures(l, recall_id))
            .collect();
        self.batch_get(keys)
            .await?
            .iter()
            .map(|i| Ok((from_data(i)?, i.contains_key("reversed_at"))))
            .collect()
    }

    /// Every outbox item about `about`, templates left out.
    pub async fn outbox_about(&self, about: &str) -> Result<Vec<StoredItem>, StoreError> {
        self.query_prefix(&format!("OUTBOX#{about}"), "")
            .await?
            .iter()
            .filter(|i| attr_s(i, "kind") != Some("outbox_template"))
            .filter(|i| !attr_s(i, "sk").is_some_and(|sk| sk.starts_with("TEMPLATE#")))
            .map(super::outbox::stored)
            .collect()
    }

    /// Up to `limit` cases awaiting review, oldest first, after `after` (the
    /// index sort key of the last case of the previous page).
    pub async fn review_queue(
        &self,
        limit: usize,
        after: Option<&str>,
    ) -> Result<(Vec<Case>, Option<String>), StoreError> {
        let mut q = self
            .client
            .query()
            .table_name(&self.table)
            .index_name("gsi2")
            .key_condition_expression("gsi2pk = :r")
            .expression_attribute_values(":r", s(REVIEW))
            .limit(i32::try_from(limit).unwrap_or(i32::MAX));
        if let Some(after) = after {
            // `<opened_at>#<recall id>/<listing id>`: the case's own key too.
            let case_id = after.split_once('#').map(|(_, c)| c).unwrap_or_default();
            let Some((recall_id, listing_id)) = case_id.split_once('/') else {
                return Err(StoreError::Encode(
                    "the review queue's cursor is not one it gave".into(),
                ));
            };
            let (pk, sk) = keys::case(recall_id, listing_id);
            q = q
                .exclusive_start_key("pk", s(pk))
                .exclusive_start_key("sk", s(sk))
                .exclusive_start_key("gsi2pk", s(REVIEW))
                .exclusive_start_key("gsi2sk", s(after));
        }
        let out = q.send().await.map_err(|e| aws("Query", e))?;
        let cases = out
            .items
            .unwrap_or_default()
            .iter()
            .map(from_data)
            .collect::<Result<Vec<Case>, _>>()?;
        let next = out
            .last_evaluated_key
            .and_then(|k| k.get("gsi2sk").and_then(|v| v.as_s().ok()).cloned());
        Ok((cases, next))
    }

    /// The recalls received in `[from, to)`, with their timelines: one
    /// query of gsi1 per month of the period.
    pub async fn recalls_received(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(Recall, BTreeMap<String, String>)>, StoreError> {
        let mut out = Vec::new();
        let (mut y, mut m) = (from.year(), from.month());
        while (y, m) <= (to.year(), to.month()) {
            let q = self
                .client
                .query()
                .table_name(&self.table)
                .index_name("gsi1")
                .key_condition_expression("gsi1pk = :p AND gsi1sk BETWEEN :a AND :b")
                .expression_attribute_values(":p", s(format!("RECALLS#{y:04}-{m:02}")))
                .expression_attribute_values(":a", s(ts(from)))
                .expression_attribute_values(":b", s(ts(to)));
            for item in self.query_all(q).await? {
                let mut timeline = BTreeMap::new();
                for field in TIMELINE {
                    if let Some(v) = attr_s(&item, field) {
                        timeline.insert(field.to_string(), v.to_string());
                    }
                }
                // `to` excluded: a recall received at that instant is the next period's.
                if timeline
                    .get("received_at")
                    .is_some_and(|r| r.as_str() >= ts(to).as_str())
                {
                    continue;
                }
                out.push((from_data(&item)?, timeline));
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        Ok(out)
    }

    /// The public recall product list of a category in a market.
    pub async fn recall_list(
        &self,
        category: Category,
        market: &Country,
    ) -> Result<Vec<PublicRecall>, StoreError> {
        let prefix = format!("{}#{}#", category_slug(category), market.as_str());
        self.query_prefix(keys::LISTS, &prefix)
            .await?
            .iter()
            .map(from_data)
            .collect()
    }

    /// How many recalls each list holds: one query of the lists' keys only.
    pub async fn list_counts(&self) -> Result<Vec<(Category, Country, usize)>, StoreError> {
        let q = self
            .client
            .query()
            .table_name(&self.table)
            .key_condition_expression("pk = :p")
            .expression_attribute_values(":p", s(keys::LISTS))
            .projection_expression("sk");
        let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
        for item in self.query_all(q).await? {
            let sk = attr_s(&item, "sk").unwrap_or_default();
            let mut parts = sk.splitn(3, '#');
            if let (Some(c), Some(m)) = (parts.next(), parts.next()) {
                *counts.entry((c.to_string(), m.to_string())).or_default() += 1;
            }
        }
        Ok(counts
            .into_iter()
            .filter_map(|((c, m), n)| Some((category_from_slug(&c)?, Country::parse(&m).ok()?, n)))
            .collect())
    }

    /// The recalls among `ids`.
    pub async fn recalls_by_id(&self, ids: &BTreeSet<String>) -> Result<Vec<Recall>, StoreError> {
        let keys = ids.iter().map(|id| keys::recall(id)).collect();
        self.batch_get(keys).await?.iter().map(from_data).collect()
    }

    /// The cases among these ids.
    pub async fn cases_by_id(&self, case_ids: &[String]) -> Result<Vec<Case>, StoreError> {
        let keys = case_ids
            .iter()
            .filter_map(|c| c.split_once('/'))
            .map(|(r, l)| keys::case(r, l))
            .collect();
        self.batch_get(keys).await?.iter().map(from_data).collect()
    }
}
