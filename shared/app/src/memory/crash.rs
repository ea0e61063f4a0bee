//! A crash injected between a decision's write and its dispatch, around any
//! store (the in-memory one, or the AWS adapter in the integration tests):
//! the next decision write goes through to the wrapped store and then
//! fails, as a process that dies right after its transaction would. Every
//! other call is the wrapped store's. And mail that fails once.

use crate::ports::{
    ConsumerRecalls, Idempotency, Ledger, Mail, OrderRefunds, Outbox, OutboxWrites, PageContext,
    PortError, Refunds, ReportContext, Sellers, SentItem, Violations,
};
use chrono::{DateTime, Utc};
use safety_domain::catalog::{Listing, Seller};
use safety_domain::kernel::ids::Country;
use safety_domain::ledger::standing::StoredStanding;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::LedgerEntry;
use safety_domain::notices::consumer::{ConsumerOrder, Liability};
use safety_domain::outbox::{BulkTemplate, Effects, Email, OutboxItem, OutboxKey, StoredItem};
use safety_domain::recall::intake::ListingMeasures;
use safety_domain::refunds::request::{RefundRecord, Settlement};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};

pub struct CrashAfterWrite<'a, S> {
    pub inner: &'a S,
    armed: AtomicBool,
}

impl<'a, S> CrashAfterWrite<'a, S> {
    /// Armed: the next decision write crashes after it commits.
    pub fn new(inner: &'a S) -> CrashAfterWrite<'a, S> {
        CrashAfterWrite {
            inner,
            armed: AtomicBool::new(true),
        }
    }

    fn crash(&self) -> Result<(), PortError> {
        if self.armed.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected crash after the decision's write"));
        }
        Ok(())
    }
}

impl<S: ConsumerRecalls> ConsumerRecalls for CrashAfterWrite<'_, S> {
    async fn page_context(&self, case_id: &str) -> Result<PageContext, PortError> {
        self.inner.page_context(case_id).await
    }

    async fn report_context(
        &self,
        report_id: &str,
        listing_id: &str,
    ) -> Result<(Option<ViolationReported>, Option<Listing>), PortError> {
        self.inner.report_context(report_id, listing_id).await
    }

    fn cursor_is_ours(&self, listing_id: &str, market: Option<&Country>, cursor: &str) -> bool {
        self.inner.cursor_is_ours(listing_id, market, cursor)
    }

    async fn order_lines(
        &self,
        listing_id: &str,
        market: Option<&Country>,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), PortError> {
        self.inner
            .order_lines(listing_id, market, cursor, limit)
            .await
    }

    async fn unshipped_lines(
        &self,
        listing_id: &str,
        market: &Country,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), PortError> {
        self.inner
            .unshipped_lines(listing_id, market, cursor, limit)
            .await
    }

    async fn record_page(
        &self,
        liabilities: &[(String, Liability)],
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.inner
            .record_page(liabilities, effects, lease_until)
            .await?;
        self.crash()
    }
}

impl<S: Refunds> Refunds for CrashAfterWrite<'_, S> {
    async fn order_refunds(&self, order_id: &str) -> Result<OrderRefunds, PortError> {
        self.inner.order_refunds(order_id).await
    }

    async fn listings(
        &self,
        ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, Listing>, PortError> {
        self.inner.listings(ids).await
    }

    async fn measures(&self, listing_id: &str) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        self.inner.measures(listing_id).await
    }

    async fn labels_used(&self, buyer_id: &str, month: &str) -> Result<u32, PortError> {
        self.inner.labels_used(buyer_id, month).await
    }

    async fn sellers(&self, ids: &BTreeSet<String>) -> Result<BTreeMap<String, Seller>, PortError> {
        self.inner.sellers(ids).await
    }

    async fn record_refund(
        &self,
        record: &RefundRecord,
        read_version: u64,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.inner
            .record_refund(record, read_version, effects, lease_until)
            .await?;
        self.crash()
    }

    async fn record_settlement(
        &self,
        record: &RefundRecord,
        settlement: &Settlement,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.inner
            .record_settlement(record, settlement, effects, lease_until)
            .await?;
        self.crash()
    }

    async fn record_refund_emails(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.inner
            .record_refund_emails(effects, lease_until)
            .await?;
        self.crash()
    }
}

impl<S: Outbox> Outbox for CrashAfterWrite<'_, S> {
    async fn load(&self, keys: &[OutboxKey]) -> Result<Vec<StoredItem>, PortError> {
        self.inner.load(keys).await
    }

    async fn claim(
        &self,
        keys: &[OutboxKey],
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<OutboxKey>, PortError> {
        self.inner.claim(keys, now, until).await
    }

    async fn templates(
        &self,
        ids: &[(String, String)],
    ) -> Result<BTreeMap<String, BulkTemplate>, PortError> {
        self.inner.templates(ids).await
    }

    async fn mark_sent(&self, sent: &[SentItem]) -> Result<(), PortError> {
        self.inner.mark_sent(sent).await
    }

    async fn release(&self, keys: &[OutboxKey]) -> Result<(), PortError> {
        self.inner.release(keys).await
    }

    async fn suppressed(&self, recipients: &[String]) -> Result<BTreeSet<String>, PortError> {
        self.inner.suppressed(recipients).await
    }
}

impl<S: Idempotency> Idempotency for CrashAfterWrite<'_, S> {
    async fn done(&self, function: &str, id: &str) -> Result<bool, PortError> {
        self.inner.done(function, id).await
    }

    async fn mark_done(
        &self,
        function: &str,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.inner.mark_done(function, id, now).await
    }
}

impl<S: Violations> Violations for CrashAfterWrite<'_, S> {
    async fn report_reads(
        &self,
        report_id: &str,
        seller_id: &str,
        listing_id: Option<&str>,
    ) -> Result<ReportContext, PortError> {
        self.inner
            .report_reads(report_id, seller_id, listing_id)
            .await
    }

    async fn record_report(
        &self,
        report_id: &str,
        report: &ViolationReported,
        entry: &LedgerEntry,
        measures: Option<&ListingMeasures>,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.inner
            .record_report(report_id, report, entry, measures, effects, lease_until)
            .await?;
        self.crash()
    }
}

impl<S: Ledger> Ledger for CrashAfterWrite<'_, S> {
    async fn standings(
        &self,
        seller_ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, StoredStanding>, PortError> {
        self.inner.standings(seller_ids).await
    }

    async fn ledger(&self, seller_id: &str) -> Result<Vec<LedgerEntry>, PortError> {
        self.inner.ledger(seller_id).await
    }

    async fn save_standing(
        &self,
        seller_id: &str,
        next: &StoredStanding,
        read_version: u64,
        items: &[OutboxItem],
    ) -> Result<bool, PortError> {
        self.inner
            .save_standing(seller_id, next, read_version, items)
            .await
    }
}

impl<S: Sellers> Sellers for CrashAfterWrite<'_, S> {
    async fn sellers(&self, ids: &BTreeSet<String>) -> Result<BTreeMap<String, Seller>, PortError> {
        self.inner.sellers(ids).await
    }
}

impl<S: OutboxWrites> OutboxWrites for CrashAfterWrite<'_, S> {
    async fn write_outbox(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.inner.write_outbox(effects, lease_until).await
    }
}

/// Mail that fails its first call (a send the outbox must give back and
/// redo), then is the wrapped mail's.
pub struct MailFailingOnce<M> {
    pub inner: M,
    armed: AtomicBool,
}

impl<M> MailFailingOnce<M> {
    pub fn new(inner: M) -> MailFailingOnce<M> {
        MailFailingOnce {
            inner,
            armed: AtomicBool::new(true),
        }
    }

    fn fail(&self) -> Result<(), PortError> {
        if self.armed.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: the mail service is down"));
        }
        Ok(())
    }
}

impl<M: Mail> Mail for MailFailingOnce<M> {
    async fn send(&self, email: &Email, key: &OutboxKey) -> Result<String, PortError> {
        self.fail()?;
        self.inner.send(email, key).await
    }

    async fn send_bulk(
        &self,
        template: &BulkTemplate,
        entries: &[(String, String, OutboxKey)],
    ) -> Result<Vec<Result<String, String>>, PortError> {
        self.fail()?;
        self.inner.send_bulk(template, entries).await
    }
}
