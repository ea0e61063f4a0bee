//! The use cases' ports (`safety_app::ports`) implemented by the AWS
//! adapters: cases, recalls, consumer pages, refunds, the ledger, the
//! outbox and processed ids by the DynamoDB store, mail by SES, queues by SQS.

use crate::{Bus, Mailer, Queue, Store, StoreError};
use chrono::{DateTime, Utc};
use safety_app::ports::{
    Cases, ConsumerRecalls, Idempotency, IdentityHits, Ledger, Mail, OrderRefunds, Outbox,
    OutboxWrites, PageContext, PortError, Queues, RecallPartition, Recalls, Refunds, Sellers,
    SentItem,
};
use safety_domain::catalog::{Listing, Seller};
use safety_domain::kernel::ids::Country;
use safety_domain::ledger::standing::StoredStanding;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::LedgerEntry;
use safety_domain::notices::consumer::{ConsumerOrder, Liability};
use safety_domain::outbox::{
    BulkTemplate, Effects, Email, OutboxItem, OutboxKey, QueueName, StoredItem,
};
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::intake::{ListingMeasures, Measure, RuledOut, SellerNotice};
use safety_domain::recall::matching::Lookup;
use safety_domain::recall::{Recall, SourceRef};
use safety_domain::refunds::request::{RefundRecord, Settlement};
use std::collections::{BTreeMap, BTreeSet};

impl Cases for Store {
    async fn cases_due(&self, now: DateTime<Utc>) -> Result<Vec<Case>, PortError> {
        Store::cases_due(self, now)
            .await
            .map_err(PortError::from_source)
    }

    async fn get_case(&self, case_id: &str) -> Result<Option<Case>, PortError> {
        Store::get_case(self, case_id)
            .await
            .map_err(PortError::from_source)
    }

    async fn get_recall(&self, recall_id: &str) -> Result<Option<Recall>, PortError> {
        Store::get_recall(self, recall_id)
            .await
            .map_err(PortError::from_source)
    }

    async fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
        effects: &Effects,
    ) -> Result<bool, PortError> {
        Store::save_case(self, case, expected, due, effects)
            .await
            .map_err(PortError::from_source)
    }
}

fn port(e: StoreError) -> PortError {
    match e {
        StoreError::Conflict(what) => PortError::conflict(what),
        e => PortError::from_source(e),
    }
}

impl Outbox for Store {
    async fn load(&self, keys: &[OutboxKey]) -> Result<Vec<StoredItem>, PortError> {
        self.outbox_load(keys).await.map_err(port)
    }

    async fn claim(
        &self,
        keys: &[OutboxKey],
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<OutboxKey>, PortError> {
        self.outbox_claim(keys, now, until).await.map_err(port)
    }

    async fn templates(
        &self,
        ids: &[(String, String)],
    ) -> Result<BTreeMap<String, BulkTemplate>, PortError> {
        self.outbox_templates(ids).await.map_err(port)
    }

    async fn mark_sent(&self, sent: &[SentItem]) -> Result<(), PortError> {
        self.outbox_mark_sent(sent).await.map_err(port)
    }

    async fn release(&self, keys: &[OutboxKey]) -> Result<(), PortError> {
        self.outbox_release(keys).await.map_err(port)
    }

    async fn suppressed(&self, recipients: &[String]) -> Result<BTreeSet<String>, PortError> {
        Store::suppressed(self, recipients).await.map_err(port)
    }
}

impl safety_app::ports::Deliveries for Store {
    async fn record_delivery(
        &self,
        decision: &safety_domain::delivery::DeliveryDecision,
        function: &str,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::record_delivery(self, decision, function, message_id, now)
            .await
            .map_err(port)
    }
}

impl Idempotency for Store {
    async fn done(&self, function: &str, id: &str) -> Result<bool, PortError> {
        self.message_done(function, id).await.map_err(port)
    }

    async fn mark_done(
        &self,
        function: &str,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), PortError> {
        self.mark_message_done(function, id, now)
            .await
            .map_err(port)
    }
}

impl ConsumerRecalls for Store {
    async fn page_context(&self, case_id: &str) -> Result<PageContext, PortError> {
        self.page_context(case_id).await.map_err(port)
    }

    async fn report_context(
        &self,
        report_id: &str,
        listing_id: &str,
    ) -> Result<(Option<ViolationReported>, Option<Listing>), PortError> {
        self.report_context(report_id, listing_id)
            .await
            .map_err(port)
    }

    fn cursor_is_ours(&self, listing_id: &str, market: Option<&Country>, cursor: &str) -> bool {
        Store::order_cursor_is_ours(listing_id, market.map(Country::as_str), cursor)
    }

    async fn order_lines(
        &self,
        listing_id: &str,
        market: Option<&Country>,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), PortError> {
        let limit = i32::try_from(limit).unwrap_or(i32::MAX);
        self.order_lines_page(listing_id, market.map(Country::as_str), cursor, limit)
            .await
            .map_err(port)
    }

    async fn unshipped_lines(
        &self,
        listing_id: &str,
        market: &Country,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), PortError> {
        let limit = i32::try_from(limit).unwrap_or(i32::MAX);
        self.unshipped_lines_page(listing_id, market.as_str(), cursor, limit)
            .await
            .map_err(port)
    }

    async fn record_page(
        &self,
        liabilities: &[(String, Liability)],
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::record_page(self, liabilities, effects, lease_until)
            .await
            .map_err(port)
    }
}

impl Mail for Mailer {
    async fn send(&self, email: &Email, key: &OutboxKey) -> Result<String, PortError> {
        Mailer::send(self, email, key).await.map_err(port)
    }

    async fn send_bulk(
        &self,
        template: &BulkTemplate,
        entries: &[(String, String, OutboxKey)],
    ) -> Result<Vec<Result<String, String>>, PortError> {
        Mailer::send_bulk(
            self,
            &template.subject,
            &template.text,
            &template.html,
            entries,
        )
        .await
        .map_err(port)
    }
}

/// Our queues this function sends to, and the marketplace's bus (none
/// configured: sending there is an error, and the item waits).
#[derive(Debug, Clone, Default)]
pub struct QueueSet {
    pub consumer_notices: Option<Queue>,
    pub recall_intake: Option<Queue>,
    pub bus: Option<Bus>,
}

impl Queues for QueueSet {
    async fn send(&self, queue: QueueName, bodies: &[String]) -> Result<(), PortError> {
        let q = match queue {
            QueueName::ConsumerNotices => self.consumer_notices.as_ref(),
            QueueName::RecallIntake => self.recall_intake.as_ref(),
        };
        let q =
            q.ok_or_else(|| PortError::new(format!("no URL configured for the {queue:?} queue")))?;
        q.send_all(bodies).await.map_err(port)
    }

    async fn publish(
        &self,
        events: &[(String, String)],
    ) -> Result<Vec<Result<(), String>>, PortError> {
        let bus = self
            .bus
            .as_ref()
            .ok_or_else(|| PortError::new("no event bus configured (EVENT_BUS_NAME)"))?;
        bus.put(events).await.map_err(port)
    }
}

impl Sellers for Store {
    async fn sellers(&self, ids: &BTreeSet<String>) -> Result<BTreeMap<String, Seller>, PortError> {
        self.get_sellers(ids).await.map_err(port)
    }
}

impl Ledger for Store {
    async fn standings(
        &self,
        seller_ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, StoredStanding>, PortError> {
        Store::standings(self, seller_ids).await.map_err(port)
    }

    async fn ledger(&self, seller_id: &str) -> Result<Vec<LedgerEntry>, PortError> {
        Store::ledger(self, seller_id).await.map_err(port)
    }

    async fn save_standing(
        &self,
        seller_id: &str,
        next: &StoredStanding,
        read_version: u64,
        items: &[OutboxItem],
    ) -> Result<bool, PortError> {
        Store::save_standing(self, seller_id, next, read_version, items)
            .await
            .map_err(port)
    }
}

impl OutboxWrites for Store {
    async fn write_outbox(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::write_outbox(self, effects, lease_until)
            .await
            .map_err(port)
    }
}

impl Refunds for Store {
    async fn order_refunds(&self, order_id: &str) -> Result<OrderRefunds, PortError> {
        self.order_partition(order_id).await.map_err(port)
    }

    async fn listings(
        &self,
        ids: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, Listing>, PortError> {
        self.get_listings(ids).await.map_err(port)
    }

    async fn measures(&self, listing_id: &str) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        self.get_measures(listing_id).await.map_err(port)
    }

    async fn labels_used(&self, buyer_id: &str, month: &str) -> Result<u32, PortError> {
        Store::labels_used(self, buyer_id, month)
            .await
            .map_err(port)
    }

    async fn sellers(&self, ids: &BTreeSet<String>) -> Result<BTreeMap<String, Seller>, PortError> {
        self.get_sellers(ids).await.map_err(port)
    }

    async fn record_refund(
        &self,
        record: &RefundRecord,
        read_version: u64,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::record_refund(self, record, read_version, effects, lease_until)
            .await
            .map_err(port)
    }

    async fn record_settlement(
        &self,
        record: &RefundRecord,
        settlement: &Settlement,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::record_settlement(self, record, settlement, effects, lease_until)
            .await
            .map_err(port)
    }

    async fn record_refund_emails(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::record_refund_emails(self, effects, lease_until)
            .await
            .map_err(port)
    }
}

impl Recalls for Store {
    async fn recall_for_source(&self, source: &SourceRef) -> Result<Option<String>, PortError> {
        Store::recall_for_source(self, source).await.map_err(port)
    }

    async fn lookup(&self, lookup: &Lookup) -> Result<IdentityHits, PortError> {
        Store::lookup(self, lookup).await.map_err(port)
    }

    async fn recall_partition(&self, recall_id: &str) -> Result<RecallPartition, PortError> {
        Store::recall_partition(self, recall_id).await.map_err(port)
    }

    async fn put_recall(
        &self,
        recall: &Recall,
        times: &[(&'static str, DateTime<Utc>)],
    ) -> Result<(), PortError> {
        Store::put_recall(self, recall, times).await.map_err(port)
    }

    async fn record_ruled_out(&self, ruled_out: &[RuledOut]) -> Result<(), PortError> {
        Store::record_ruled_out(self, ruled_out).await.map_err(port)
    }

    async fn open_cases(
        &self,
        cases: &[(Case, Option<ListingMeasures>)],
        notice: Option<&SellerNotice>,
        items: &[OutboxItem],
        leased_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::open_cases(self, cases, notice, items, leased_until)
            .await
            .map_err(port)
    }

    async fn extend_cases(
        &self,
        cases: &[(Case, Vec<Measure>)],
        notice: Option<&SellerNotice>,
        items: &[OutboxItem],
        raises: &[(String, u32)],
        leased_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::extend_cases(self, cases, notice, items, raises, leased_until)
            .await
            .map_err(port)
    }
}

impl safety_app::ports::Violations for Store {
    async fn report_reads(
        &self,
        report_id: &str,
        seller_id: &str,
        listing_id: Option<&str>,
    ) -> Result<safety_app::ports::ReportContext, PortError> {
        Store::report_reads(self, report_id, seller_id, listing_id)
            .await
            .map_err(port)
    }

    async fn record_report(
        &self,
        report_id: &str,
        report: &ViolationReported,
        entry: &LedgerEntry,
        measures: Option<&safety_domain::recall::intake::ListingMeasures>,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::record_report(
            self,
            report_id,
            report,
            entry,
            measures,
            effects,
            Some(lease_until),
        )
        .await
        .map_err(port)
    }
}

impl safety_app::ports::Reviews for Store {
    async fn book(&self, entry: &LedgerEntry) -> Result<bool, PortError> {
        Store::book(self, entry).await.map_err(port)
    }

    async fn reverse_measures(
        &self,
        listing_id: &str,
        recall_id: &str,
        at: DateTime<Utc>,
        reason: &str,
    ) -> Result<(), PortError> {
        Store::reverse_measures(self, listing_id, recall_id, at, reason)
            .await
            .map_err(port)
    }

    async fn listing(&self, listing_id: &str) -> Result<Option<Listing>, PortError> {
        Ok(Store::get_listing(self, listing_id)
            .await
            .map_err(port)?
            .map(|(l, _)| l))
    }

    async fn listing_measures(
        &self,
        listing_id: &str,
    ) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        Store::get_measures(self, listing_id).await.map_err(port)
    }

    async fn confirm_case(
        &self,
        case: &Case,
        measures: &ListingMeasures,
        notice: &SellerNotice,
        items: &[OutboxItem],
        due: Option<DateTime<Utc>>,
    ) -> Result<(), PortError> {
        Store::confirm_case(self, case, measures, notice, items, due)
            .await
            .map_err(port)
    }
}

impl safety_app::ports::Catalog for Store {
    async fn put_seller(&self, seller: &Seller) -> Result<bool, PortError> {
        Store::put_seller(self, seller).await.map_err(port)
    }

    async fn get_listing(&self, listing_id: &str) -> Result<Option<(Listing, bool)>, PortError> {
        Store::get_listing(self, listing_id).await.map_err(port)
    }

    async fn put_listing(
        &self,
        listing: &Listing,
        previous: Option<&Listing>,
    ) -> Result<(), PortError> {
        Store::put_listing(self, listing, previous)
            .await
            .map_err(port)
    }

    async fn remove_listing(
        &self,
        listing: &Listing,
        removed_at: DateTime<Utc>,
    ) -> Result<(), PortError> {
        Store::remove_listing(self, listing, removed_at)
            .await
            .map_err(port)
    }

    async fn put_order(
        &self,
        order: &safety_domain::catalog::Order,
        lines: &BTreeMap<String, ConsumerOrder>,
    ) -> Result<(), PortError> {
        Store::put_order(self, order, lines).await.map_err(port)
    }

    async fn update_order(
        &self,
        update: &safety_domain::messages::OrderUpdated,
    ) -> Result<bool, PortError> {
        Store::update_order(self, update).await.map_err(port)
    }

    async fn listing_measures(
        &self,
        listing_id: &str,
    ) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        self.get_measures(listing_id).await.map_err(port)
    }

    async fn book(&self, entry: &LedgerEntry) -> Result<bool, PortError> {
        Store::book(self, entry).await.map_err(port)
    }
}

impl safety_app::ports::Desk for Store {
    async fn recall_measures(
        &self,
        recall_id: &str,
        listing_ids: &[String],
    ) -> Result<Vec<(ListingMeasures, bool)>, PortError> {
        Store::recall_measures(self, recall_id, listing_ids)
            .await
            .map_err(port)
    }

    async fn outbox_about(
        &self,
        about: &str,
    ) -> Result<Vec<safety_domain::outbox::StoredItem>, PortError> {
        Store::outbox_about(self, about).await.map_err(port)
    }

    async fn review_queue(
        &self,
        limit: usize,
        after: Option<&str>,
    ) -> Result<(Vec<Case>, Option<String>), PortError> {
        Store::review_queue(self, limit, after).await.map_err(port)
    }

    async fn recalls_received(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(Recall, BTreeMap<String, String>)>, PortError> {
        Store::recalls_received(self, from, to).await.map_err(port)
    }

    async fn recalls_by_id(&self, ids: &BTreeSet<String>) -> Result<Vec<Recall>, PortError> {
        Store::recalls_by_id(self, ids).await.map_err(port)
    }

    async fn cases_of_seller(&self, seller_id: &str) -> Result<Vec<Case>, PortError> {
        Store::cases_of_seller(self, seller_id).await.map_err(port)
    }

    async fn cases_by_id(&self, case_ids: &[String]) -> Result<Vec<Case>, PortError> {
        Store::cases_by_id(self, case_ids).await.map_err(port)
    }

    async fn recall_list(
        &self,
        category: safety_domain::catalog::Category,
        market: &Country,
    ) -> Result<Vec<safety_domain::desk::lists::PublicRecall>, PortError> {
        Store::recall_list(self, category, market)
            .await
            .map_err(port)
    }

    async fn list_counts(
        &self,
    ) -> Result<Vec<(safety_domain::catalog::Category, Country, usize)>, PortError> {
        Store::list_counts(self).await.map_err(port)
    }
}

impl safety_app::ports::FeedCursors for Store {
    async fn cursor(&self, feed: &str) -> Result<safety_sources::feeds::Cursor, PortError> {
        self.feed_cursor(feed).await.map_err(port)
    }

    async fn save_cursor(
        &self,
        feed: &str,
        cursor: &safety_sources::feeds::Cursor,
    ) -> Result<(), PortError> {
        self.save_feed_cursor(feed, cursor).await.map_err(port)
    }
}
