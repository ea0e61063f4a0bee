//! `consumer-notices`: one page of a case's consumer recall at a time. Reads a
//! page of the listing's orders in one market (one `Query`), tells each buyer
//! once per recall — however many orders, listings or regulators — with SES
//! v2 bulk sending (up to 50 destinations a call, one template per
//! language), records the seller's liability for each order (SPEC 1.4.6),
//! and queues the next page, so no invocation runs long.
//!
//! Once per consumer: each buyer is claimed under (recall, buyer) before the
//! send and marked sent after it; a page delivered again finds them sent.
//!
//! The same pages carry compliance reminders (SPEC 1.6): the buyers of a
//! reported non-compliant listing, every market, once per report and buyer,
//! in their language.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_aws::mail::BULK_MAX;
use safety_aws::store::keys;
use safety_aws::{Mailer, Queue, Store, StoreError};
use safety_domain::catalog::Listing;
use safety_domain::ledger::violations::{
    ComplianceReminder, NoticePage, ReminderPage, ViolationReported,
};
use safety_domain::messages::{envelope, ConsumerRecallPage, MessageError};
use safety_domain::notices::consumer::{
    by_language, consumer_template, plan_recall_page, plan_reminder_page, replacement_data,
    BulkTemplate, ConsumerOrder, Language, Liability, PagePlan, ProductView,
};
use safety_domain::notices::reminder::{reminder_data, reminder_template};
use safety_domain::notices::render::RenderError;
use safety_domain::recall::Recall;
use safety_runtime::{process_batch, Record};

pub const FUNCTION: &str = "consumer-notices";

/// Order lines read per invocation: two bulk calls of 50 at most.
pub const PAGE_SIZE: i32 = 100;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    pub duplicate: bool,
    /// Consumers emailed by this page.
    pub sent: usize,
    /// Buyers of this page already told of this recall (another order, listing or page).
    pub already_told: usize,
    /// SES bulk calls made.
    pub bulk_calls: usize,
    /// A next page was queued.
    pub next_page: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("message {message_id}, case {case_id}: {source}")]
    Store {
        message_id: String,
        case_id: String,
        #[source]
        source: StoreError,
    },
    #[error("message {message_id}, case {case_id}: {reason}")]
    Failed {
        message_id: String,
        case_id: String,
        reason: String,
    },
}

pub struct ConsumerNotices {
    store: Store,
    mailer: Mailer,
    /// This function's own queue: the next page goes there.
    pages: Queue,
}

impl ConsumerNotices {
    pub fn new(store: Store, mailer: Mailer, pages: Queue) -> ConsumerNotices {
        ConsumerNotices {
            store,
            mailer,
            pages,
        }
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, NoticeError> {
        let (id, page) = NoticePage::parse(envelope(&record.body, &record.sqs_message_id)?)?;
        match page {
            NoticePage::Recall(page) => self.recall_page(id, page).await,
            NoticePage::Reminder(page) => self.reminder_page(id, page).await,
        }
    }

    /// One page of a case's consumer recall in one market.
    async fn recall_page(
        &self,
        id: String,
        page: ConsumerRecallPage,
    ) -> Result<Outcome, NoticeError> {
        let case_id = page.case_id.clone();
        let st = |source| NoticeError::Store {
            message_id: id.clone(),
            case_id: case_id.clone(),
            source,
        };
        let failed = |reason: String| NoticeError::Failed {
            message_id: id.clone(),
            case_id: case_id.clone(),
            reason,
        };
        if self.store.message_done(FUNCTION, &id).await.map_err(st)? {
            return Ok(Outcome {
                duplicate: true,
                ..Outcome::default()
            });
        }
        // A page names its case, one of the case's markets and a cursor we
        // issued (the sort key of an order line of that listing and market);
        // anything else is a message error, never a page of 0 sent.
        let wrong = |field: &str, reason: &str| {
            NoticeError::Message(MessageError::new(id.as_str(), field, reason))
        };
        let Some(case) = self.store.get_case(&case_id).await.map_err(st)? else {
            return Err(wrong("case_id", "names no case"));
        };
        if !case.markets.contains(&page.market) {
            return Err(wrong("market", "is not one of the case's markets"));
        }
        if let Some(cursor) = &page.cursor {
            let (_, prefix) = keys::order_line(&case.listing_id, page.market.as_str(), "");
            if cursor.len() <= prefix.len() || !cursor.starts_with(&prefix) {
                return Err(wrong(
                    "cursor",
                    "is not a cursor we issued for this case's order lines in this market",
                ));
            }
        }
        if case.consumer_recall.is_none() {
            return Err(failed("the case's consumer recall has not started".into()));
        }
        let recall = self
            .store
            .get_recall(&case.recall_id)
            .await
            .map_err(st)?
            .ok_or_else(|| failed(format!("recall {} is missing", case.recall_id)))?;
        let (listing, _) = self
            .store
            .get_listing(&case.listing_id)
            .await
            .map_err(st)?
            .ok_or_else(|| failed(format!("listing {} is missing", case.listing_id)))?;
        let product = product_of(&listing);
        let (lines, next) = self
            .lines(
                &case.listing_id,
                Some(page.market.as_str()),
                page.cursor.as_deref(),
            )
            .await
            .map_err(st)?;
        let campaign = Campaign::Recall {
            recall: &recall,
            product: &product,
        };
        let plan = plan_recall_page(&case, &lines);
        let (mut outcome, refused) = self.send_page(&campaign, &plan, &case_id, &id).await?;

        // The seller bears the remedies of every order of the page.
        let liabilities: Vec<(String, String, String, Liability)> = plan
            .liabilities
            .into_iter()
            .map(|l| {
                (
                    case.seller_id.clone(),
                    l.order_id.clone(),
                    l.listing_id.clone(),
                    l,
                )
            })
            .collect();
        let now = Utc::now();
        self.store
            .record_consumer_page(&recall.id, &[], &liabilities, now)
            .await
            .map_err(st)?;
        if outcome.sent > 0 {
            self.store
                .mark_timeline(&recall.id, "consumers_notified_at", now)
                .await
                .map_err(st)?;
        }
        if let Some(cursor) = next {
            let next_page = ConsumerRecallPage {
                case_id: case.case_id.clone(),
                market: page.market.clone(),
                cursor: Some(cursor),
            };
            self.pages
                .send_all(&[next_page.to_message()])
                .await
                .map_err(st)?;
            outcome.next_page = true;
        }
        self.finish(&id, &case_id, outcome, refused).await
    }

    /// One page of a compliance reminder: the buyers of the report's listing,
    /// every market, once per report and buyer.
    async fn reminder_page(&self, id: String, page: ReminderPage) -> Result<Outcome, NoticeError> {
        let about = format!("report {}", page.report_id);
        let st = |source| NoticeError::Store {
            message_id: id.clone(),
            case_id: about.clone(),
            source,
        };
        let failed = |reason: String| NoticeError::Failed {
            message_id: id.clone(),
            case_id: about.clone(),
            reason,
        };
        if self.store.message_done(FUNCTION, &id).await.map_err(st)? {
            return Ok(Outcome {
                duplicate: true,
                ..Outcome::default()
            });
        }
        let wrong = |field: &str, reason: &str| {
            NoticeError::Message(MessageError::new(id.as_str(), field, reason))
        };
        let Some(report): Option<ViolationReported> =
            self.store.get_report(&page.report_id).await.map_err(st)?
        else {
            return Err(wrong("report_id", "names no report"));
        };
        if report.listing_id.as_deref() != Some(page.listing_id.as_str()) {
            return Err(wrong("listing_id", "is not the report's listing"));
        }
        if let Some(cursor) = &page.cursor {
            let (_, any_market) = keys::order_line(&page.listing_id, "", "");
            // "ORDER#<market>#<order_id>": the market's part left open.
            let prefix = any_market.strip_suffix('#').unwrap_or(&any_market);
            if cursor.len() <= prefix.len() + 1 || !cursor.starts_with(prefix) {
                return Err(wrong(
                    "cursor",
                    "is not a cursor we issued for this listing's order lines",
                ));
            }
        }
        let reminder = report
            .compliance_reminder
            .as_ref()
            .ok_or_else(|| failed("the report asks for no compliance reminder".into()))?;
        let (listing, _) = self
            .store
            .get_listing(&page.listing_id)
            .await
            .map_err(st)?
            .ok_or_else(|| failed(format!("listing {} is missing", page.listing_id)))?;
        let product = product_of(&listing);
        let (lines, next) = self
            .lines(&page.listing_id, None, page.cursor.as_deref())
            .await
            .map_err(st)?;
        let campaign = Campaign::Reminder {
            report_id: &page.report_id,
            reminder,
            product: &product,
        };
        let plan = plan_reminder_page(&lines);
        let (mut outcome, refused) = self.send_page(&campaign, &plan, &about, &id).await?;
        if let Some(cursor) = next {
            let next_page = ReminderPage {
                report_id: page.report_id.clone(),
                listing_id: page.listing_id.clone(),
                cursor: Some(cursor),
            };
            self.pages
                .send_all(&[next_page.to_message()])
                .await
                .map_err(st)?;
            outcome.next_page = true;
        }
        self.finish(&id, &about, outcome, refused).await
    }

    /// A page of a listing's order lines (the plan leaves cancelled orders out).
    async fn lines(
        &self,
        listing_id: &str,
        market: Option<&str>,
        cursor: Option<&str>,
    ) -> Result<(Vec<ConsumerOrder>, Option<String>), StoreError> {
        self.store
            .order_lines_page::<ConsumerOrder>(listing_id, market, cursor, PAGE_SIZE)
            .await
    }

    /// Tells each buyer the plan names once for the campaign: claimed before
    /// the send, one template per language, bulk calls of 50, each call's
    /// buyers marked sent after it. Returns what it did and the buyers SES
    /// refused (released, so a retry sends to them).
    async fn send_page(
        &self,
        campaign: &Campaign<'_>,
        plan: &PagePlan<'_>,
        about: &str,
        message_id: &str,
    ) -> Result<(Outcome, Vec<String>), NoticeError> {
        let st = |source| NoticeError::Store {
            message_id: message_id.to_string(),
            case_id: about.to_string(),
            source,
        };
        let mut outcome = Outcome::default();
        let mut claimed: Vec<&ConsumerOrder> = Vec::new();
        for order in &plan.to_tell {
            if self
                .store
                .claim_email(campaign.key(&order.buyer_id), Utc::now())
                .await
                .map_err(st)?
            {
                claimed.push(order);
            } else {
                outcome.already_told += 1;
            }
        }
        let mut refused: Vec<String> = Vec::new();
        // One template per language.
        for (lang, orders) in &by_language(claimed) {
            let template = campaign.template(*lang).map_err(|e| NoticeError::Failed {
                message_id: message_id.to_string(),
                case_id: about.to_string(),
                reason: e.to_string(),
            })?;
            for chunk in orders.chunks(BULK_MAX) {
                let entries: Vec<(String, String)> = chunk
                    .iter()
                    .map(|o| {
                        (
                            o.email.clone(),
                            serde_json::Value::Object(campaign.data(*lang, o)).to_string(),
                        )
                    })
                    .collect();
                outcome.bulk_calls += 1;
                let results = match self
                    .mailer
                    .send_bulk(&template.subject, &template.text, &template.html, &entries)
                    .await
                {
                    Ok(r) => r,
                    Err(e) => {
                        // Give the claims back: the page is retried for them.
                        for o in chunk {
                            self.store
                                .release_email(campaign.key(&o.buyer_id))
                                .await
                                .map_err(st)?;
                        }
                        return Err(st(e));
                    }
                };
                let mut chunk_sent = Vec::new();
                for (o, r) in chunk.iter().zip(results) {
                    match r {
                        Ok(ses_id) => chunk_sent.push((o.buyer_id.clone(), ses_id)),
                        Err(reason) => {
                            // Logged by id only: never the address.
                            tracing::warn!(about = %about, buyer_id = %o.buyer_id, %reason, "SES refused a consumer email");
                            self.store
                                .release_email(campaign.key(&o.buyer_id))
                                .await
                                .map_err(st)?;
                            refused.push(o.buyer_id.clone());
                        }
                    }
                }
                // Marked sent after each call: a crash re-sends at most this call's 50.
                campaign
                    .mark_sent(&self.store, &chunk_sent, Utc::now())
                    .await
                    .map_err(st)?;
                outcome.sent += chunk_sent.len();
            }
        }
        Ok((outcome, refused))
    }

    /// Fails the page when SES refused some buyers (retried for them), else
    /// records it done.
    async fn finish(
        &self,
        id: &str,
        about: &str,
        outcome: Outcome,
        refused: Vec<String>,
    ) -> Result<Outcome, NoticeError> {
        if !refused.is_empty() {
            return Err(NoticeError::Failed {
                message_id: id.to_string(),
                case_id: about.to_string(),
                reason: format!(
                    "SES refused {} of this page's consumers ({}); the page is retried for them",
                    refused.len(),
                    refused.join(", ")
                ),
            });
        }
        self.store
            .mark_message_done(FUNCTION, id, Utc::now())
            .await
            .map_err(|source| NoticeError::Store {
                message_id: id.to_string(),
                case_id: about.to_string(),
                source,
            })?;
        Ok(outcome)
    }
}

fn product_of(listing: &Listing) -> ProductView {
    ProductView {
        listing_id: listing.listing_id.clone(),
        listing_title: listing.title.clone(),
        brand: listing.brand.clone(),
        model: listing.model.clone(),
        batches: listing.batches.clone(),
        image_url: listing.image_url.clone(),
    }
}

/// What a page tells its buyers: a product recall, or a compliance reminder.
enum Campaign<'a> {
    Recall {
        recall: &'a Recall,
        product: &'a ProductView,
    },
    Reminder {
        report_id: &'a str,
        reminder: &'a ComplianceReminder,
        product: &'a ProductView,
    },
}

impl Campaign<'_> {
    /// Once per buyer: per recall, or per report.
    fn key(&self, buyer_id: &str) -> (String, String) {
        match self {
            Campaign::Recall { recall, .. } => keys::consumer(&recall.id, buyer_id),
            Campaign::Reminder { report_id, .. } => keys::reminded(report_id, buyer_id),
        }
    }

    fn template(&self, lang: Language) -> Result<BulkTemplate, RenderError> {
        match self {
            Campaign::Recall { recall, product } => consumer_template(lang, recall, product),
            Campaign::Reminder {
                reminder, product, ..
            } => reminder_template(lang, reminder, product),
        }
    }

    fn data(
        &self,
        lang: Language,
        order: &ConsumerOrder,
    ) -> serde_json::Map<String, serde_json::Value> {
        match self {
            Campaign::Recall { .. } => replacement_data(lang, order),
            Campaign::Reminder { .. } => reminder_data(lang, order),
        }
    }

    async fn mark_sent(
        &self,
        store: &Store,
        sent: &[(String, String)],
        at: chrono::DateTime<Utc>,
    ) -> Result<(), StoreError> {
        match self {
            Campaign::Recall { recall, .. } => {
                store
                    .record_consumer_page::<Liability>(&recall.id, sent, &[], at)
                    .await
            }
            Campaign::Reminder { report_id, .. } => {
                store.record_reminders_sent(report_id, sent, at).await
            }
        }
    }
}
