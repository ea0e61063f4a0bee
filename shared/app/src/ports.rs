//! The ports: one trait per capability a use case needs. Futures are `Send`
//! so a use case runs inside any Lambda handler.

use chrono::{DateTime, Utc};
use safety_domain::catalog::{Category, Listing, Order, Seller};
use safety_domain::desk::lists::PublicRecall;
use safety_domain::kernel::ids::Country;
use safety_domain::ledger::standing::StoredStanding;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::LedgerEntry;
use safety_domain::notices::consumer::{BulkTemplate, ConsumerOrder, Liability};
use safety_domain::notices::render::Email;
use safety_domain::outbox::{Effects, OnSent, OutboxItem, OutboxKey, QueueName, StoredItem};
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::intake::{ListingMeasures, Measure, RuledOut, SellerNotice};
use safety_domain::recall::matching::Lookup;
use safety_domain::recall::{Recall, SourceRef};
use safety_domain::refunds::request::{RefundRecord, Settlement};
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;

/// A port's failure, carrying the adapter's own error as its cause.
#[derive(Debug, thiserror::Error)]
#[error("{what}")]
pub struct PortError {
    /// What failed, in words (no personal value).
    pub what: String,
    #[source]
    pub source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
    /// A conditional write lost to another writer (retry after re-reading).
    pub conflict: bool,
}

impl PortError {
    pub fn new(what: impl Into<String>) -> PortError {
        PortError {
            what: what.into(),
            source: None,
            conflict: false,
        }
    }

    /// A conditional write another writer got to first.
    pub fn conflict(what: impl Into<String>) -> PortError {
        PortError {
            conflict: true,
            ..PortError::new(what)
        }
    }

    /// Wraps an adapter's error, keeping it as the cause.
    pub fn from_source<E: std::error::Error + Send + Sync + 'static>(e: E) -> PortError {
        PortError {
            what: e.to_string(),
            source: Some(Box::new(e)),
            conflict: false,
        }
    }
}

/// Cases and the recalls they belong to.
pub trait Cases: Sync {
    /// The cases whose next check is due at `now`, from the sparse index of
    /// cases waiting on their window (eventually consistent: re-read them).
    fn cases_due(
        &self,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Vec<Case>, PortError>> + Send;

    fn get_case(
        &self,
        case_id: &str,
    ) -> impl Future<Output = Result<Option<Case>, PortError>> + Send;

    fn get_recall(
        &self,
        recall_id: &str,
    ) -> impl Future<Output = Result<Option<Recall>, PortError>> + Send;

    /// Writes the case over its version in `expected` state (false when
    /// another writer changed the state first), with the new outbox items
    /// of the decision (its first pages, free to claim) in the same
    /// transaction; `due` keeps it in the index of cases waiting on their
    /// window, at that time, or takes it out.
    fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
        effects: &Effects,
    ) -> impl Future<Output = Result<bool, PortError>> + Send;
}

/// The outbox's items as stored (ARCHITECTURE, "The outbox"). Items are
/// written by each capability's decision write, in its transaction; this port
/// reads, claims and marks them.
pub trait Outbox: Sync {
    /// The stored items among `keys` (absent ones left out).
    fn load(
        &self,
        keys: &[OutboxKey],
    ) -> impl Future<Output = Result<Vec<StoredItem>, PortError>> + Send;

    /// Claims the pending items among `keys` whose lease ran out (or that
    /// have none) until `until`; returns the keys this call got. An item
    /// another delivery holds or sent is not returned.
    fn claim(
        &self,
        keys: &[OutboxKey],
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> impl Future<Output = Result<Vec<OutboxKey>, PortError>> + Send;

    /// The bulk templates named (what the item is about, the template's id).
    fn templates(
        &self,
        ids: &[(String, String)],
    ) -> impl Future<Output = Result<BTreeMap<String, BulkTemplate>, PortError>> + Send;

    /// Marks items sent, each with what the state records once it went out.
    fn mark_sent(&self, sent: &[SentItem]) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Gives claimed items back (their send failed): the next delivery sends them.
    fn release(&self, keys: &[OutboxKey]) -> impl Future<Output = Result<(), PortError>> + Send;

    /// The recipients among `recipients` (keys of addresses,
    /// [`safety_domain::delivery::recipient_key`]) that hard-bounced or
    /// complained: they are not emailed again.
    fn suppressed(
        &self,
        recipients: &[String],
    ) -> impl Future<Output = Result<BTreeSet<String>, PortError>> + Send;
}

/// An item that went out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentItem {
    pub key: OutboxKey,
    pub at: DateTime<Utc>,
    /// The receiving service's id for it (SES's message id), when it gives one.
    pub receipt: Option<String>,
    pub on_sent: Option<OnSent>,
}

/// Sending email (SES v2). Each email carries its outbox key (as SES tags),
/// which SES's bounce and complaint events give back
/// ([`safety_domain::delivery`]).
pub trait Mail: Sync {
    /// Sends one email; returns the service's message id.
    fn send(
        &self,
        email: &Email,
        key: &OutboxKey,
    ) -> impl Future<Output = Result<String, PortError>> + Send;

    /// Sends one template to up to [`BULK_MAX`] destinations (address,
    /// replacement data as JSON, outbox key); per destination its message
    /// id, or why it was refused (naming no address).
    fn send_bulk(
        &self,
        template: &BulkTemplate,
        entries: &[(String, String, OutboxKey)],
    ) -> impl Future<Output = Result<Vec<Result<String, String>>, PortError>> + Send;
}

/// What SES told us of the emails we sent, and whom not to email again.
pub trait Deliveries: Sync {
    /// Records one SES event's decision with the message's marker, in one
    /// transaction: the notes (under their recall), the suppressed
    /// recipients.
    fn record_delivery(
        &self,
        decision: &safety_domain::delivery::DeliveryDecision,
        function: &str,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// Destinations per bulk send (SES v2's limit).
pub const BULK_MAX: usize = 50;

/// What leaves for other systems as messages: our queues, by name, and
/// the marketplace's `product-safety` event bus.
pub trait Queues: Sync {
    fn send(
        &self,
        queue: QueueName,
        bodies: &[String],
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Puts up to [`EVENTS_MAX`] events (detail-type, detail JSON) on the
    /// bus; per event, whether the bus took it (or why not, naming no
    /// personal value).
    fn publish(
        &self,
        events: &[(String, String)],
    ) -> impl Future<Output = Result<Vec<Result<(), String>>, PortError>> + Send;
}

/// Events per `PutEvents` (EventBridge's limit).
pub const EVENTS_MAX: usize = 10;

/// Processed message ids: a message handled to the end is not handled again.
pub trait Idempotency: Sync {
    fn done(
        &self,
        function: &str,
        id: &str,
    ) -> impl Future<Output = Result<bool, PortError>> + Send;

    fn mark_done(
        &self,
        function: &str,
        id: &str,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// What a page of a consumer recall reads: the case, its recall and listing.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    pub case: Option<Case>,
    pub recall: Option<Recall>,
    pub listing: Option<Listing>,
}

/// Consumer recalls and compliance reminders: the pages' reads, and the
/// write of a page's decision.
pub trait ConsumerRecalls: Sync {
    /// The case named by a page, with its recall and its listing (one read).
    fn page_context(
        &self,
        case_id: &str,
    ) -> impl Future<Output = Result<PageContext, PortError>> + Send;

    /// A compliance report and its listing (one read).
    fn report_context(
        &self,
        report_id: &str,
        listing_id: &str,
    ) -> impl Future<Output = Result<(Option<ViolationReported>, Option<Listing>), PortError>> + Send;

    /// True when `cursor` is one [`ConsumerRecalls::order_lines`] issued for
    /// this listing's order lines (in this market, when one is given).
    fn cursor_is_ours(&self, listing_id: &str, market: Option<&Country>, cursor: &str) -> bool;

    /// Up to `limit` of a listing's order lines (to one market, or all),
    /// after `cursor`; and the cursor of the next page, when there is one.
    fn order_lines(
        &self,
        listing_id: &str,
        market: Option<&Country>,
        cursor: Option<&str>,
        limit: usize,
    ) -> impl Future<Output = Result<(Vec<ConsumerOrder>, Option<String>), PortError>> + Send;

    /// Up to `limit` of a listing's paid, unshipped order lines to `market`
    /// (a sparse index: what a block's order stop reads), after `cursor`
    /// (a cursor of [`ConsumerRecalls::order_lines`]' kind); and the next
    /// cursor.
    fn unshipped_lines(
        &self,
        listing_id: &str,
        market: &Country,
        cursor: Option<&str>,
        limit: usize,
    ) -> impl Future<Output = Result<(Vec<ConsumerOrder>, Option<String>), PortError>> + Send;

    /// Writes a page's decision: the seller's liabilities (seller id, liability)
    /// and the page's new outbox items with their templates, leased to this
    /// delivery until `lease_until`. An item stored meanwhile by another
    /// delivery is a conflict (read again).
    fn record_page(
        &self,
        liabilities: &[(String, Liability)],
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// Sellers, as the catalogue last gave them.
pub trait Sellers: Sync {
    /// The sellers known among `ids` (one read per 100).
    fn sellers(
        &self,
        ids: &BTreeSet<String>,
    ) -> impl Future<Output = Result<BTreeMap<String, Seller>, PortError>> + Send;
}

/// The penalty-points ledger and the standings assessed from it.
pub trait Ledger: Sync {
    /// The stored standings of these sellers (the default for one never assessed).
    fn standings(
        &self,
        seller_ids: &BTreeSet<String>,
    ) -> impl Future<Output = Result<BTreeMap<String, StoredStanding>, PortError>> + Send;

    /// A seller's whole ledger, oldest first.
    fn ledger(
        &self,
        seller_id: &str,
    ) -> impl Future<Output = Result<Vec<LedgerEntry>, PortError>> + Send;

    /// Writes the standing over the version read, with its change's email and
    /// event as new outbox items (one transaction): false when another assessment
    /// wrote first.
    fn save_standing(
        &self,
        seller_id: &str,
        next: &StoredStanding,
        read_version: u64,
        items: &[OutboxItem],
    ) -> impl Future<Output = Result<bool, PortError>> + Send;
}

/// New outbox items written on their own (not with a decision): a notice's
/// email once its seller is known.
pub trait OutboxWrites: Sync {
    fn write_outbox(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// What an order's partition holds for buyer protection (one read).
#[derive(Debug, Default, Clone)]
pub struct OrderRefunds {
    pub order: Option<Order>,
    /// The decisions on the order's refund requests.
    pub refunds: Vec<RefundRecord>,
    /// The request the order's pre-paid label was issued to.
    pub label_request: Option<String>,
    /// The outbox keys of the decisions' emails that went out (each
    /// decision records its own, with the item's sent mark).
    pub emails_sent: BTreeSet<OutboxKey>,
    /// How many decisions the order has had: the next decision is written
    /// only if it is still this, so two requests of one order decided at
    /// once can't both refund the same item.
    pub refunds_version: u64,
}

impl OrderRefunds {
    pub fn refund(&self, request_id: &str) -> Option<&RefundRecord> {
        self.refunds.iter().find(|r| r.request_id == request_id)
    }

    /// The recipients (outbox `to`) of the emails about `about` that went out.
    pub fn sent_to(&self, about: &str) -> BTreeSet<String> {
        self.emails_sent
            .iter()
            .filter(|k| k.about == about)
            .map(|k| k.to.clone())
            .collect()
    }
}

/// Buyer protection: a request's reads (the order's partition, the listings
/// and their measures, the buyer's labels of a month, the sellers) and the
/// writes of its decisions, each with its new outbox items in the same
/// transaction, leased to the writer until `lease_until`.
pub trait Refunds: Sync {
    /// The order with its decisions, its label and the emails sent (one read).
    fn order_refunds(
        &self,
        order_id: &str,
    ) -> impl Future<Output = Result<OrderRefunds, PortError>> + Send;

    /// Listings by id (removed ones included).
    fn listings(
        &self,
        ids: &BTreeSet<String>,
    ) -> impl Future<Output = Result<BTreeMap<String, Listing>, PortError>> + Send;

    /// A listing's measures, each with whether it was reversed.
    fn measures(
        &self,
        listing_id: &str,
    ) -> impl Future<Output = Result<Vec<(ListingMeasures, bool)>, PortError>> + Send;

    /// The pre-paid labels issued to a buyer in a month ("2026-11").
    fn labels_used(
        &self,
        buyer_id: &str,
        month: &str,
    ) -> impl Future<Output = Result<u32, PortError>> + Send;

    /// Sellers by id (unknown ones left out).
    fn sellers(
        &self,
        ids: &BTreeSet<String>,
    ) -> impl Future<Output = Result<BTreeMap<String, Seller>, PortError>> + Send;

    /// Writes a decision once, in one transaction with its new pre-paid
    /// label (counted against the buyer's month only while it has labels
    /// left, and the order's label only if it has none) and its outbox
    /// items; only if the order has had no other decision since
    /// `read_version`. A conflict when the decision is stored already, the
    /// month's labels ran out, the order changed or an item exists: read
    /// again and decide again.
    fn record_refund(
        &self,
        record: &RefundRecord,
        read_version: u64,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Writes a check's settlement on a stored decision once, in one
    /// transaction with its outbox items. A conflict when a check settled it
    /// already (or an item exists): read again.
    fn record_settlement(
        &self,
        record: &RefundRecord,
        settlement: &Settlement,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Writes the outbox items of a stored decision that it lacks (a
    /// seller's email that waited for the seller), in one transaction. A
    /// conflict when one exists already: read again.
    fn record_refund_emails(
        &self,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// The adapters a use case is handed: the store (every capability it
/// reads and writes), mail and queues.
pub struct Ports<'a, S, M, Q> {
    pub store: &'a S,
    pub mail: &'a M,
    pub queues: &'a Q,
}

/// What one identity key holds: the listings and the recalls under it.
#[derive(Debug, Default, Clone)]
pub struct IdentityHits {
    pub listings: Vec<Listing>,
    /// Recalls under the key, with the sort key they were found under.
    pub recalls: Vec<RecallHit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallHit {
    pub recall_id: String,
    pub sort_key: String,
}

/// What a recall's own partition holds: the recall, its timeline, its cases,
/// its notices and the candidate listings it ruled out.
#[derive(Debug, Default, Clone)]
pub struct RecallPartition {
    pub recall: Option<Recall>,
    pub timeline: BTreeMap<String, String>,
    pub cases: Vec<Case>,
    pub notices: Vec<StoredNotice>,
    /// Candidates the recall does not affect, each with its reason; a listing
    /// that has a case since (a merged source added its market) is left out.
    pub ruled_out: Vec<RuledOut>,
    /// SES's bounces and complaints of the recall's emails.
    pub deliveries: Vec<safety_domain::delivery::DeliveryNote>,
}

#[derive(Debug, Clone)]
pub struct StoredNotice {
    pub notice: SellerNotice,
    pub status: SendStatus,
    pub sent_at: Option<String>,
}

/// Where a notice stands: pending until its email's sent mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendStatus {
    Pending,
    Sent,
}

impl SendStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SendStatus::Pending => "pending",
            SendStatus::Sent => "sent",
        }
    }
}

impl RecallPartition {
    /// The recall's notices not sent yet (an interrupted delivery's among
    /// them), of one seller or of all: what a delivery must still send.
    pub fn unsent_notices(&self, seller_id: Option<&str>) -> Vec<SellerNotice> {
        self.notices
            .iter()
            .filter(|n| n.status != SendStatus::Sent)
            .filter(|n| seller_id.is_none_or(|s| n.notice.seller_id == s))
            .map(|n| n.notice.clone())
            .collect()
    }

    /// How many notices each seller has had of this recall (names the next).
    pub fn notices_per_seller(&self) -> BTreeMap<String, usize> {
        let mut n: BTreeMap<String, usize> = BTreeMap::new();
        for s in &self.notices {
            *n.entry(s.notice.seller_id.clone()).or_default() += 1;
        }
        n
    }
}

/// Recalls: finding them (by source reference, by identity key, with the
/// listings under the same keys), their partition, and the writes of an
/// intake plan. Each case is written once (`attribute_not_exists`): a case
/// another delivery wrote first is a conflict.
pub trait Recalls: Sync {
    fn recall_for_source(
        &self,
        source: &SourceRef,
    ) -> impl Future<Output = Result<Option<String>, PortError>> + Send;

    fn lookup(
        &self,
        lookup: &Lookup,
    ) -> impl Future<Output = Result<IdentityHits, PortError>> + Send;

    fn recall_partition(
        &self,
        recall_id: &str,
    ) -> impl Future<Output = Result<RecallPartition, PortError>> + Send;

    /// Writes the recall (and its identity keys), setting these timeline
    /// points the first time.
    fn put_recall(
        &self,
        recall: &Recall,
        times: &[(&'static str, DateTime<Utc>)],
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    fn record_ruled_out(
        &self,
        ruled_out: &[RuledOut],
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Opens cases with their measures (and ledger entries), with the
    /// notice that tells their seller and its outbox items (its email, its
    /// marketplace events), leased to this delivery until `leased_until`:
    /// it sends them without a read or a claim.
    fn open_cases(
        &self,
        cases: &[(Case, Option<ListingMeasures>)],
        notice: Option<&SellerNotice>,
        items: &[OutboxItem],
        leased_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Grows existing cases' measures to new markets (with the rest of a
    /// raised penalty), with the update notice and its outbox items, leased
    /// as [`Self::open_cases`]'.
    fn extend_cases(
        &self,
        cases: &[(Case, Vec<Measure>)],
        notice: Option<&SellerNotice>,
        items: &[OutboxItem],
        raises: &[(String, u32)],
        leased_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// The desk's and the sellers' decisions on cases: the ledger entries and
/// measures they reverse, the listing a confirmed match blocks, and the
/// confirmed match's write.
pub trait Reviews: Sync {
    /// Books one entry on its own: false when it was booked before.
    fn book(&self, entry: &LedgerEntry) -> impl Future<Output = Result<bool, PortError>> + Send;

    /// Reverses a recall's measures on a listing (kept, marked reversed).
    fn reverse_measures(
        &self,
        listing_id: &str,
        recall_id: &str,
        at: DateTime<Utc>,
        reason: &str,
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    fn listing(
        &self,
        listing_id: &str,
    ) -> impl Future<Output = Result<Option<Listing>, PortError>> + Send;

    /// A listing's measures, each with whether it was reversed.
    fn listing_measures(
        &self,
        listing_id: &str,
    ) -> impl Future<Output = Result<Vec<(ListingMeasures, bool)>, PortError>> + Send;

    /// A confirmed match: the case (only over its `awaiting_review`
    /// version), its measures, its ledger entry, its notice with its
    /// outbox items (email, marketplace events), in one transaction;
    /// nothing when it was confirmed before.
    fn confirm_case(
        &self,
        case: &Case,
        measures: &ListingMeasures,
        notice: &SellerNotice,
        items: &[OutboxItem],
        due: Option<DateTime<Utc>>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// What a reported violation's decision reads besides the seller's ledger.
#[derive(Debug, Clone, Default)]
pub struct ReportContext {
    /// The report as an earlier delivery recorded it (none: not recorded yet).
    pub recorded: Option<ViolationReported>,
    pub seller: Option<Seller>,
    /// The report's listing, when it names one and the catalogue has it.
    pub listing: Option<Listing>,
    /// That listing's measures, each with whether it was reversed.
    pub listing_measures: Vec<(safety_domain::recall::intake::ListingMeasures, bool)>,
}

/// Violations the desk reports: their reads, and the write of a report's
/// decision.
pub trait Violations: Sync {
    /// The report if recorded, its seller, its listing and the listing's
    /// measures (`listing_id`: the report's listing, if any).
    fn report_reads(
        &self,
        report_id: &str,
        seller_id: &str,
        listing_id: Option<&str>,
    ) -> impl Future<Output = Result<ReportContext, PortError>> + Send;

    /// Writes a report's decision in one transaction: the report and its
    /// ledger entry (each only if absent), a listing removal's measures and
    /// the decision's new outbox items, leased to this delivery until
    /// `lease_until`. A report recorded, or an item stored, meanwhile by
    /// another delivery is a conflict (read again).
    fn record_report(
        &self,
        report_id: &str,
        report: &ViolationReported,
        entry: &LedgerEntry,
        measures: Option<&safety_domain::recall::intake::ListingMeasures>,
        effects: &Effects,
        lease_until: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}

/// The catalogue as the marketplace gives it (`catalog-sync`'s writes and
/// reads): sellers, listings with their identity items and version, orders
/// with their lines; a listing's measures, and a ledger entry booked on its
/// own (a dodging edit, before the edit is stored).
pub trait Catalog: Sync {
    /// Writes a seller. With `updated_at`, only over an older version:
    /// false when the stored one is as new or newer (a late delivery).
    fn put_seller(&self, seller: &Seller) -> impl Future<Output = Result<bool, PortError>> + Send;

    /// The stored listing, and whether it was removed.
    fn get_listing(
        &self,
        listing_id: &str,
    ) -> impl Future<Output = Result<Option<(Listing, bool)>, PortError>> + Send;

    /// Writes a listing and its identity items in one transaction, dropping
    /// the items its `previous` version had and this one has not; only over
    /// an older stored version (see `Listing::version`; a removal is a
    /// version at its time): a conflict when the stored one is as new or
    /// newer.
    fn put_listing(
        &self,
        listing: &Listing,
        previous: Option<&Listing>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Marks a listing removed at `removed_at` and drops its identity items
    /// (its cases and measures stay); only over an older stored version: a
    /// conflict when the stored one is as new or newer.
    fn remove_listing(
        &self,
        listing: &Listing,
        removed_at: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Writes an order once, with one line item per listing under that
    /// listing (`lines`: listing id -> what the consumer recall reads), in
    /// one transaction; the same order again is a no-op.
    fn put_order(
        &self,
        order: &Order,
        lines: &BTreeMap<String, ConsumerOrder>,
    ) -> impl Future<Output = Result<(), PortError>> + Send;

    /// Applies an update to the stored order (`OrderUpdated::apply_to`), a
    /// cancellation onto its lines too; over the carrier's time read, so two
    /// updates at once can't undo each other's report. False when the order
    /// is not known.
    fn update_order(
        &self,
        update: &safety_domain::messages::OrderUpdated,
    ) -> impl Future<Output = Result<bool, PortError>> + Send;

    /// A listing's measures, each with whether it was reversed.
    fn listing_measures(
        &self,
        listing_id: &str,
    ) -> impl Future<Output = Result<Vec<(ListingMeasures, bool)>, PortError>> + Send;

    /// Books one ledger entry on its own: false when it was booked before
    /// (its key is stable).
    fn book(&self, entry: &LedgerEntry) -> impl Future<Output = Result<bool, PortError>> + Send;
}

/// A recall with its timeline (step -> RFC 3339 time).
pub type ReceivedRecall = (Recall, BTreeMap<String, String>);

/// The desk's reads (SPEC 3), besides the recall's partition, the identity
/// lookups, the listing and its measures, sellers and the ledger, which
/// other ports give: every one a key read or an index query, never a scan.
pub trait Desk: Sync {
    /// This recall's measures on these listings, each with whether it was
    /// reversed (key reads, 100 a call).
    fn recall_measures(
        &self,
        recall_id: &str,
        listing_ids: &[String],
    ) -> impl Future<Output = Result<Vec<(ListingMeasures, bool)>, PortError>> + Send;

    /// Every outbox item about `about` (`case:<case id>`: its events, pages
    /// and progress), templates left out.
    fn outbox_about(
        &self,
        about: &str,
    ) -> impl Future<Output = Result<Vec<StoredItem>, PortError>> + Send;

    /// Up to `limit` cases awaiting review, oldest first, after the cursor
    /// `after` (one a previous call answered); and the next cursor.
    fn review_queue(
        &self,
        limit: usize,
        after: Option<&str>,
    ) -> impl Future<Output = Result<(Vec<Case>, Option<String>), PortError>> + Send;

    /// The recalls received in `[from, to)`, with their timelines (an index
    /// of recalls by receipt month).
    fn recalls_received(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> impl Future<Output = Result<Vec<ReceivedRecall>, PortError>> + Send;

    /// The recalls among `ids` (key reads, 100 a call).
    fn recalls_by_id(
        &self,
        ids: &BTreeSet<String>,
    ) -> impl Future<Output = Result<Vec<Recall>, PortError>> + Send;

    /// A seller's cases, oldest first.
    fn cases_of_seller(
        &self,
        seller_id: &str,
    ) -> impl Future<Output = Result<Vec<Case>, PortError>> + Send;

    /// The cases among these ids (key reads).
    fn cases_by_id(
        &self,
        case_ids: &[String],
    ) -> impl Future<Output = Result<Vec<Case>, PortError>> + Send;

    /// The public recall product list of a category in a market.
    fn recall_list(
        &self,
        category: Category,
        market: &Country,
    ) -> impl Future<Output = Result<Vec<PublicRecall>, PortError>> + Send;

    /// How many recalls each public list holds.
    fn list_counts(
        &self,
    ) -> impl Future<Output = Result<Vec<(Category, Country, usize)>, PortError>> + Send;
}

/// HTTP to the authorities' feeds (the adapter retries transient failures
/// and honours a short `Retry-After` itself; what it answers is final).
pub trait Http: Sync {
    fn get(
        &self,
        request: &safety_sources::feeds::Request,
    ) -> impl Future<Output = Result<safety_sources::feeds::Response, PortError>> + Send;
}

/// Each feed's cursor (where its reading stands).
pub trait FeedCursors: Sync {
    /// The feed's cursor (the default for a feed never polled).
    fn cursor(
        &self,
        feed: &str,
    ) -> impl Future<Output = Result<safety_sources::feeds::Cursor, PortError>> + Send;

    fn save_cursor(
        &self,
        feed: &str,
        cursor: &safety_sources::feeds::Cursor,
    ) -> impl Future<Output = Result<(), PortError>> + Send;
}
