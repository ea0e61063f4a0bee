//! Violations the desk reports: a report's reads (the report, its seller
//! and its listing in one `BatchGetItem`; the listing's measures in one
//! `Query`) and the write of its decision (the report, its ledger entry, a
//! listing removal's measures and its new outbox items, one transaction).

use super::{from_data, keys, with, Item, Store};
use crate::error::StoreError;
use chrono::{DateTime, Utc};
use safety_app::ports::ReportContext;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::LedgerEntry;
use safety_domain::outbox::Effects;
use safety_domain::recall::intake::ListingMeasures;

fn key_of(item: &Item) -> (String, String) {
    let attr = |n: &str| {
        item.get(n)
            .and_then(|v| v.as_s().ok())
            .cloned()
            .unwrap_or_default()
    };
    (attr("pk"), attr("sk"))
}

impl Store {
    /// The report if recorded, its seller, its listing (when it names one)
    /// and that listing's measures: one `BatchGetItem`, and a `Query` when
    /// there is a listing.
    pub async fn report_reads(
        &self,
        report_id: &str,
        seller_id: &str,
        listing_id: Option<&str>,
    ) -> Result<ReportContext, StoreError> {
        let (report_key, seller_key) = (keys::report(report_id), keys::seller(seller_id));
        let listing_key = listing_id.map(keys::listing);
        let mut wanted = vec![report_key.clone(), seller_key.clone()];
        wanted.extend(listing_key.clone());
        let mut ctx = ReportContext::default();
        for item in &self.batch_get(wanted).await? {
            let key = key_of(item);
            if key == report_key {
                ctx.recorded = Some(from_data(item)?);
            } else if key == seller_key {
                ctx.seller = Some(from_data(item)?);
            } else if Some(&key) == listing_key.as_ref() {
                ctx.listing = Some(from_data(item)?);
            }
        }
        if let (Some(listing_id), Some(_)) = (listing_id, &ctx.listing) {
            ctx.listing_measures = self.get_measures(listing_id).await?;
        }
        Ok(ctx)
    }

    /// A report's decision in one transaction: the report and its ledger
    /// entry (each `attribute_not_exists`), a listing removal's measures,
    /// and the decision's new outbox items (`attribute_not_exists`), leased
    /// to the writer until `lease_until` (`outbox_writes`). A report
    /// recorded or an item stored before cancels it (`Conflict`).
    pub async fn record_report(
        &self,
        report_id: &str,
        report: &ViolationReported,
        entry: &LedgerEntry,
        measures: Option<&ListingMeasures>,
        effects: &Effects,
        lease_until: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let mut writes = vec![
            self.put(
                with(keys::report(report_id), "violation_report", report)?,
                Some("attribute_not_exists(pk)"),
            )?,
            self.ledger_put(entry)?,
        ];
        if let Some(m) = measures {
            writes.push(self.put(
                with(keys::measures(&m.listing_id, &m.recall_id), "measures", m)?,
                None,
            )?);
        }
        writes.extend(self.outbox_writes(effects, lease_until)?);
        self.transact(writes).await
    }
}
