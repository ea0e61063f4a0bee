//! Recalls: by source reference and identity key, their partition, the
//! timeline, and an intake plan's writes (cases with their measures and
//! ledger entries, notices with their emails).

use super::*;
use safety_domain::desk::lists::list_entries;

impl Store {
    /// The recall an earlier delivery of this source reference opened, if any.
    pub async fn recall_for_source(
        &self,
        source: &SourceRef,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .get(keys::source_ref(&source.source, &source.reference))
            .await?
            .and_then(|i| attr_s(&i, "recall_id").map(str::to_string)))
    }

    /// The listings and recalls under one identity key (one `Query`, paged).
    pub async fn lookup(&self, lookup: &Lookup) -> Result<IdentityHits, StoreError> {
        let items = self
            .query_prefix(&lookup.key.partition(), &lookup.sort_prefix)
            .await?;
        let mut hits = IdentityHits::default();
        for item in items {
            match attr_s(&item, "kind") {
                Some("listing_key") => hits.listings.push(from_data(&item)?),
                Some("recall_key") => {
                    if let (Some(id), Some(sk)) = (attr_s(&item, "recall_id"), attr_s(&item, "sk"))
                    {
                        hits.recalls.push(RecallHit {
                            recall_id: id.to_string(),
                            sort_key: sk.to_string(),
                        });
                    }
                }
                _ => {}
            }
        }
        Ok(hits)
    }

    pub async fn recall_partition(&self, recall_id: &str) -> Result<RecallPartition, StoreError> {
        let items = self
            .query_prefix(&format!("RECALL#{recall_id}"), "")
            .await?;
        let mut part = RecallPartition::default();
        for item in items {
            match attr_s(&item, "kind") {
                Some("recall") => {
                    part.recall = Some(from_data(&item)?);
                    for field in TIMELINE {
                        if let Some(v) = attr_s(&item, field) {
                            part.timeline.insert(field.to_string(), v.to_string());
                        }
                    }
                }
                Some("case") => part.cases.push(from_data(&item)?),
                Some("notice") => part.notices.push(StoredNotice {
                    notice: from_data(&item)?,
                    status: send_status(&item),
                    sent_at: attr_s(&item, "sent_at").map(str::to_string),
                }),
                Some("ruled_out") => part.ruled_out.push(from_data(&item)?),
                Some("delivery") => part.deliveries.push(from_data(&item)?),
                _ => {}
            }
        }
        let with_case: BTreeSet<&str> = part.cases.iter().map(|c| c.listing_id.as_str()).collect();
        part.ruled_out
            .retain(|r| !with_case.contains(r.listing_id.as_str()));
        Ok(part)
    }

    /// Records the candidate listings a recall ruled out, with their reasons,
    /// in the recall's partition (`RULED_OUT#<listing id>`): puts in
    /// transactions of up to 100 (so only `PutItem` rights are needed).
    /// Writing one again replaces it: the latest reason stands.
    pub async fn record_ruled_out(&self, ruled_out: &[RuledOut]) -> Result<(), StoreError> {
        let writes = ruled_out
            .iter()
            .map(|r| {
                let mut item = with(keys::ruled_out(&r.recall_id, &r.listing_id), "ruled_out", r)?;
                item.insert("seller_id".into(), s(&r.seller_id));
                self.put(item, None)
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        for chunk in writes.chunks(100) {
            self.transact(chunk.to_vec()).await?;
        }
        Ok(())
    }

    /// Writes the recall (new or merged), its source references and identity
    /// keys, and the first times of its timeline (kept on later writes).
    pub async fn put_recall(
        &self,
        recall: &Recall,
        times: &[(&str, DateTime<Utc>)],
    ) -> Result<(), StoreError> {
        let (pk, sk) = keys::recall(&recall.id);
        let mut set = vec!["#d = :d".to_string(), "kind = :k".to_string()];
        let mut values: HashMap<String, AttributeValue> = HashMap::from([
            (":d".to_string(), data(recall)?),
            (":k".to_string(), s("recall")),
        ]);
        for (i, (field, t)) in times.iter().enumerate() {
            set.push(format!("{field} = if_not_exists({field}, :t{i})"));
            values.insert(format!(":t{i}"), s(ts(*t)));
            // The desk's index of recalls by receipt month (gsi1), set once.
            if *field == "received_at" {
                set.push("gsi1pk = if_not_exists(gsi1pk, :gp)".into());
                set.push("gsi1sk = if_not_exists(gsi1sk, :gs)".into());
                values.insert(":gp".into(), s(super::desk::received_partition(*t)));
                values.insert(":gs".into(), s(format!("{}#{}", ts(*t), recall.id)));
            }
        }
        let update = Update::builder()
            .table_name(&self.table)
            .set_key(Some(key_item((pk, sk))))
            .update_expression(format!("SET {}", set.join(", ")))
            .expression_attribute_names("#d", "data")
            .set_expression_attribute_values(Some(values))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let mut writes = vec![TransactWriteItem::builder().update(update).build()];
        for src in &recall.sources {
            let mut item = key_item(keys::source_ref(&src.source, &src.reference));
            item.insert("kind".into(), s("source_ref"));
            item.insert("recall_id".into(), s(&recall.id));
            writes.push(self.put(item, None)?);
        }
        for (key, sk) in recall_keys(recall) {
            let mut item = key_item((key.partition(), sk));
            item.insert("kind".into(), s("recall_key"));
            item.insert("recall_id".into(), s(&recall.id));
            writes.push(self.put(item, None)?);
        }
        // Its entries in the public recall product lists, one per market
        // (what the public pages read: nothing about sellers or buyers).
        if let Some((_, received_at)) = times.iter().find(|(f, _)| *f == "received_at") {
            for (category, market, public) in list_entries(recall, *received_at) {
                let item = with(
                    keys::list_entry(category, &market, &recall.id),
                    "list_entry",
                    &public,
                )?;
                writes.push(self.put(item, None)?);
            }
        }
        for chunk in writes.chunks(100) {
            self.transact(chunk.to_vec()).await?;
        }
        Ok(())
    }

    /// Records the first time of a timeline step (kept when already set).
    pub async fn mark_timeline(
        &self,
        recall_id: &str,
        field: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if !TIMELINE.contains(&field) {
            return Err(StoreError::Encode(format!(
                "unknown timeline field {field}"
            )));
        }
        self.client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key_item(keys::recall(recall_id))))
            .update_expression(format!("SET {field} = if_not_exists({field}, :t)"))
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":t", s(ts(at)))
            .send()
            .await
            .map_err(|e| aws("UpdateItem", e))?;
        Ok(())
    }

    /// The first time of a timeline step as a write of a transaction: the
    /// step is recorded with the state change that makes it true (whatever
    /// path blocks or notifies), and a later write keeps the first time.
    /// `blocked_at` is when the measures are written (the wall clock as the
    /// transaction is built), not when they were decided.
    pub(super) fn timeline_write(
        &self,
        recall_id: &str,
        field: &str,
        at: DateTime<Utc>,
    ) -> Result<TransactWriteItem, StoreError> {
        let update = Update::builder()
            .table_name(&self.table)
            .set_key(Some(key_item(keys::recall(recall_id))))
            .update_expression(format!("SET {field} = if_not_exists({field}, :t)"))
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":t", s(ts(at)))
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        Ok(TransactWriteItem::builder().update(update).build())
    }

    fn notice_item(&self, notice: &SellerNotice) -> Result<Item, StoreError> {
        let mut item = with(
            keys::notice(&notice.recall_id, &notice.notice_id),
            "notice",
            notice,
        )?;
        item.insert("status".into(), s(SendStatus::Pending.as_str()));
        item.insert("seller_id".into(), s(&notice.seller_id));
        Ok(item)
    }

    /// Opens cases with their measures and queues the seller's notice, all in
    /// one transaction (chunked past DynamoDB's 100 items, the notice with the
    /// first chunk). A case that exists already makes the transaction fail with
    /// `Conflict`: another delivery got there first. The notice's items are
    /// leased to the writer until `leased_until`.
    pub async fn open_cases(
        &self,
        cases: &[(Case, Option<ListingMeasures>)],
        notice: Option<&SellerNotice>,
        items: &[OutboxItem],
        leased_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        // One group per case: the case, its measures and the penalty its
        // notice states, never split across transactions.
        let mut groups: Vec<Vec<TransactWriteItem>> = Vec::new();
        if let Some(n) = notice {
            let mut group = vec![self.put(self.notice_item(n)?, Some("attribute_not_exists(pk)"))?];
            group.extend(self.notice_items_writes(items, Some(leased_until))?);
            groups.push(group);
        }
        for (case, measures) in cases {
            // Into the appeal-window index only when the notice has gone out
            // (`mark_notice_sent`): the window never runs for a seller not told.
            let mut group = vec![self.put(
                self.case_item_due(case, None)?,
                Some("attribute_not_exists(pk)"),
            )?];
            if let Some(m) = measures {
                let item = with(keys::measures(&m.listing_id, &m.recall_id), "measures", m)?;
                group.push(self.put(item, None)?);
                if let Some(entry) = LedgerEntry::for_case(case) {
                    group.push(self.ledger_put(&entry)?);
                }
            }
            groups.push(group);
        }
        // A case acted on blocks its listing: the recall's `blocked_at` is
        // recorded with the first chunk that takes measures.
        let blocked = cases
            .iter()
            .find(|(_, m)| m.is_some())
            .map(|(c, _)| self.timeline_write(&c.recall_id, "blocked_at", Utc::now()))
            .transpose()?;
        let mut chunk: Vec<TransactWriteItem> = Vec::new();
        for (i, group) in groups.into_iter().enumerate() {
            if chunk.len() + group.len() > 98 {
                self.transact(std::mem::take(&mut chunk)).await?;
            }
            chunk.extend(group);
            if i == 0 {
                chunk.extend(blocked.clone());
            }
        }
        self.transact(chunk).await
    }

    /// A confirmed match: the case (only over its `awaiting_review` version),
    /// its measures and its notice, in one transaction. A conflict means
    /// another delivery confirmed it first.
    pub async fn confirm_case(
        &self,
        case: &Case,
        measures: &ListingMeasures,
        notice: &SellerNotice,
        items: &[OutboxItem],
        due: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(self.case_item_due(case, due)?))
            .condition_expression("#st = :review")
            .expression_attribute_names("#st", "state")
            .expression_attribute_values(":review", data(&CaseState::AwaitingReview)?)
            .build()
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        let writes = vec![
            TransactWriteItem::builder().put(put).build(),
            self.put(
                with(
                    keys::measures(&measures.listing_id, &measures.recall_id),
                    "measures",
                    measures,
                )?,
                None,
            )?,
            self.put(self.notice_item(notice)?, Some("attribute_not_exists(pk)"))?,
        ];
        let mut writes = writes;
        writes.extend(self.notice_items_writes(items, None)?);
        if let Some(entry) = LedgerEntry::for_case(case) {
            writes.push(self.ledger_put(&entry)?);
        }
        writes.push(self.timeline_write(&case.recall_id, "blocked_at", Utc::now())?);
        match self.transact(writes).await {
            Err(StoreError::Conflict(_)) => Ok(()),
            other => other,
        }
    }

    /// Grows the measures of existing cases to new markets, with the update
    /// notice (its items leased to the writer until `leased_until`).
    pub async fn extend_cases(
        &self,
        cases: &[(Case, Vec<Measure>)],
        notice: Option<&SellerNotice>,
        items: &[OutboxItem],
        raises: &[(String, u32)],
        leased_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut writes = Vec::new();
        if let Some(n) = notice {
            writes.push(self.put(self.notice_item(n)?, Some("attribute_not_exists(pk)"))?);
            writes.extend(self.notice_items_writes(items, Some(leased_until))?);
        }
        for (case, added) in cases {
            writes.push(self.put(self.case_item(case)?, None)?);
            // A raised penalty books its difference with the extension.
            if let Some((_, before)) = raises.iter().find(|(id, _)| *id == case.case_id) {
                if let Some(entry) = LedgerEntry::for_raise(case, *before) {
                    writes.push(self.ledger_put(&entry)?);
                }
            }
            let (pk, sk) = keys::measures(&case.listing_id, &case.recall_id);
            let update = Update::builder()
                .table_name(&self.table)
                .set_key(Some(key_item((pk, sk))))
                .update_expression("SET #d.measures = list_append(#d.measures, :m)")
                .expression_attribute_names("#d", "data")
                .expression_attribute_values(":m", data(added)?)
                .build()
                .map_err(|e| StoreError::Encode(e.to_string()))?;
            writes.push(TransactWriteItem::builder().update(update).build());
        }
        let mut chunks: Vec<Vec<TransactWriteItem>> = writes
            .chunks(98)
            .map(<[TransactWriteItem]>::to_vec)
            .collect();
        if let (Some(first), Some((case, _))) = (chunks.first_mut(), cases.first()) {
            first.push(self.timeline_write(&case.recall_id, "blocked_at", Utc::now())?);
        }
        for chunk in chunks {
            self.transact(chunk).await?;
        }
        Ok(())
    }

    /// A notice's new outbox items (its email, when the seller is known,
    /// and its marketplace events): leased to the writer, who sends them
    /// right after its transaction (a redelivery after a crash claims them
    /// once the lease ran out); or, without a lease, free for whichever
    /// delivery claims them first.
    fn notice_items_writes(
        &self,
        items: &[OutboxItem],
        leased_until: Option<DateTime<Utc>>,
    ) -> Result<Vec<TransactWriteItem>, StoreError> {
        let effects = safety_domain::outbox::Effects {
            items: items.to_vec(),
            templates: Vec::new(),
        };
        self.outbox_writes(&effects, leased_until)
    }
}
