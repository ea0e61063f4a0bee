//! Consumer recalls and compliance reminders: a page's reads (its context
//! in one `BatchGetItem`, its order lines in one `Query`) and the write of
//! its decision (the seller's liabilities, then the page's outbox items).

use super::{from_data, keys, s, ts, with, Item, Store};
use crate::error::StoreError;
use chrono::{DateTime, Utc};
use safety_app::ports::PageContext;
use safety_domain::catalog::Listing;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::notices::consumer::Liability;
use safety_domain::outbox::Effects;

fn sk_of(item: &Item) -> &str {
    item.get("sk")
        .and_then(|v| v.as_s().ok())
        .map(String::as_str)
        .unwrap_or_default()
}

fn pk_of(item: &Item) -> &str {
    item.get("pk")
        .and_then(|v| v.as_s().ok())
        .map(String::as_str)
        .unwrap_or_default()
}

impl Store {
    /// A page's case, its recall and its listing: one `BatchGetItem` (the
    /// case id names the other two).
    pub async fn page_context(&self, case_id: &str) -> Result<PageContext, StoreError> {
        let Some((recall_id, listing_id)) = case_id.split_once('/') else {
            return Ok(PageContext::default());
        };
        let (case_key, recall_key, listing_key) = (
            keys::case(recall_id, listing_id),
            keys::recall(recall_id),
            keys::listing(listing_id),
        );
        let items = self
            .batch_get(vec![
                case_key.clone(),
                recall_key.clone(),
                listing_key.clone(),
            ])
            .await?;
        let mut ctx = PageContext::default();
        for item in &items {
            let key = (pk_of(item).to_string(), sk_of(item).to_string());
            if key == case_key {
                ctx.case = Some(from_data(item)?);
            } else if key == recall_key {
                ctx.recall = Some(from_data(item)?);
            } else if key == listing_key {
                ctx.listing = Some(from_data::<Listing>(item)?);
            }
        }
        Ok(ctx)
    }

    /// A compliance report and its listing: one `BatchGetItem`.
    pub async fn report_context(
        &self,
        report_id: &str,
        listing_id: &str,
    ) -> Result<(Option<ViolationReported>, Option<Listing>), StoreError> {
        let (report_key, listing_key) = (keys::report(report_id), keys::listing(listing_id));
        let items = self
            .batch_get(vec![report_key.clone(), listing_key.clone()])
            .await?;
        let (mut report, mut listing) = (None, None);
        for item in &items {
            let key = (pk_of(item).to_string(), sk_of(item).to_string());
            if key == report_key {
                report = Some(from_data(item)?);
            } else if key == listing_key {
                listing = Some(from_data(item)?);
            }
        }
        Ok((report, listing))
    }

    /// True when `cursor` is the sort key of an order line of this listing
    /// (to this market, when one is given): what `order_lines_page` issues.
    pub fn order_cursor_is_ours(listing_id: &str, market: Option<&str>, cursor: &str) -> bool {
        match market {
            Some(m) => {
                let (_, prefix) = keys::order_line(listing_id, m, "");
                cursor.len() > prefix.len() && cursor.starts_with(&prefix)
            }
            None => {
                // "ORDER#<market>#<order_id>": the market's part left open.
                let (_, any) = keys::order_line(listing_id, "", "");
                let prefix = any.strip_suffix('#').unwrap_or(&any);
                cursor.len() > prefix.len() + 1 && cursor.starts_with(prefix)
            }
        }
    }

    /// A page's decision: the seller's liability for each order (SPEC 1.4.6;
    /// the same put again is the same item), then the page's new outbox
    /// items and their templates, in transactions of up to 100. An item
    /// stored meanwhile by another delivery cancels its transaction
    /// (`Conflict`).
    pub async fn record_page(
        &self,
        liabilities: &[(String, Liability)],
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let now = Utc::now();
        let mut writes = Vec::new();
        for (seller_id, l) in liabilities {
            let recall_id = l.case_id.split_once('/').map_or("", |(r, _)| r);
            let mut item = with(
                keys::liability(seller_id, recall_id, &l.order_id, &l.listing_id),
                "liability",
                l,
            )?;
            item.insert("recorded_at".into(), s(ts(now)));
            writes.push(self.put(item, None)?);
        }
        writes.extend(self.outbox_writes(effects, Some(lease_until))?);
        self.transact_chunks(writes).await
    }
}
