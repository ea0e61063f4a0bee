//! `consumer-notices`: one page of a case's consumer recall at a time. Reads a
//! page of the listing's orders in one market (one `Query`), tells each buyer
//! once per recall — however many orders, listings or regulators — with SES
//! v2 bulk sending (up to 50 destinations a call, one template per
//! language), records the seller's liability for each order (SPEC 1.4.6),
//! and queues the next page, so no invocation runs long.
//!
//! Once per consumer: each buyer is claimed under (recall, buyer) before the
//! send and marked sent after it; a page delivered again finds them sent.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_aws::mail::BULK_MAX;
use safety_aws::store::keys;
use safety_aws::{Mailer, Queue, Store, StoreError};
use safety_domain::consumer::{
    consumer_template, replacement_data, BulkTemplate, ConsumerOrder, Language, ProductView,
};
use safety_domain::messages::{envelope, ConsumerRecallPage, MessageError};
use safety_domain::Money;
use safety_runtime::{process_batch, Record};
use serde::Serialize;
use std::collections::BTreeMap;

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

/// What the seller bears for one order of a recalled product (SPEC 1.4.6).
#[derive(Debug, Clone, Serialize)]
struct Liability {
    case_id: String,
    listing_id: String,
    order_id: String,
    buyer_id: String,
    quantity: u32,
    unit_price: Money,
    /// quantity x unit price (absent if the price is not a decimal).
    amount_paid: Option<Money>,
    fees: Money,
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
        let (id, page) =
            ConsumerRecallPage::parse(envelope(&record.body, &record.sqs_message_id)?)?;
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
        let case = self
            .store
            .get_case(&case_id)
            .await
            .map_err(st)?
            .ok_or_else(|| failed(format!("there is no case {case_id}")))?;
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
        let product = ProductView {
            listing_id: listing.listing_id.clone(),
            listing_title: listing.title.clone(),
            brand: listing.brand.clone(),
            model: listing.model.clone(),
            batches: listing.batches.clone(),
            image_url: listing.image_url.clone(),
        };

        let (all_lines, next) = self
            .store
            .order_lines_page::<ConsumerOrder>(
                &case.listing_id,
                page.market.as_str(),
                page.cursor.as_deref(),
                PAGE_SIZE,
            )
            .await
            .map_err(st)?;
        // A cancelled order never reached its buyer: no notice, no liability.
        let lines: Vec<ConsumerOrder> = all_lines
            .into_iter()
            .filter(|l| l.cancelled_at.is_none())
            .collect();

        // One email per buyer: the first order of the buyer in this page.
        let mut outcome = Outcome::default();
        let mut buyers: BTreeMap<String, &ConsumerOrder> = BTreeMap::new();
        for line in &lines {
            buyers.entry(line.buyer_id.clone()).or_insert(line);
        }
        // Claimed buyers by language (keyed by its code): one template each.
        let mut claimed: BTreeMap<&'static str, (Language, Vec<&ConsumerOrder>)> = BTreeMap::new();
        for (buyer_id, order) in &buyers {
            if self
                .store
                .claim_email(keys::consumer(&recall.id, buyer_id), Utc::now())
                .await
                .map_err(st)?
            {
                claimed
                    .entry(order.language.code())
                    .or_insert_with(|| (order.language, Vec::new()))
                    .1
                    .push(order);
            } else {
                outcome.already_told += 1;
            }
        }
        let mut sent: Vec<(String, String)> = Vec::new();
        let mut refused: Vec<String> = Vec::new();
        for (lang, orders) in claimed.values() {
            let template: BulkTemplate =
                consumer_template(*lang, &recall, &product).map_err(|e| failed(e.to_string()))?;
            for chunk in orders.chunks(BULK_MAX) {
                let entries: Vec<(String, String)> = chunk
                    .iter()
                    .map(|o| {
                        (
                            o.email.clone(),
                            serde_json::Value::Object(replacement_data(*lang, o)).to_string(),
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
                                .release_email(keys::consumer(&recall.id, &o.buyer_id))
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
                            tracing::warn!(case_id = %case.case_id, buyer_id = %o.buyer_id, %reason, "SES refused a consumer notice");
                            self.store
                                .release_email(keys::consumer(&recall.id, &o.buyer_id))
                                .await
                                .map_err(st)?;
                            refused.push(o.buyer_id.clone());
                        }
                    }
                }
                // Marked sent after each call: a crash re-sends at most this call's 50.
                self.store
                    .record_consumer_page::<Liability>(&recall.id, &chunk_sent, &[], Utc::now())
                    .await
                    .map_err(st)?;
                sent.extend(chunk_sent);
            }
        }
        outcome.sent = sent.len();

        // The seller bears the remedies of every order of the page.
        let liabilities: Vec<(String, String, String, Liability)> = lines
            .iter()
            .map(|l| {
                (
                    case.seller_id.clone(),
                    l.order_id.clone(),
                    case.listing_id.clone(),
                    Liability {
                        case_id: case.case_id.clone(),
                        listing_id: case.listing_id.clone(),
                        order_id: l.order_id.clone(),
                        buyer_id: l.buyer_id.clone(),
                        quantity: l.quantity,
                        unit_price: l.unit_price.clone(),
                        amount_paid: l.amount_paid(),
                        fees: l.fees.clone(),
                    },
                )
            })
            .collect();
        let now = Utc::now();
        self.store
            .record_consumer_page(&recall.id, &[], &liabilities, now)
            .await
            .map_err(st)?;
        if !sent.is_empty() {
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
        if !refused.is_empty() {
            return Err(failed(format!(
                "SES refused {} of this page's consumers ({}); the page is retried for them",
                refused.len(),
                refused.join(", ")
            )));
        }
        self.store
            .mark_message_done(FUNCTION, &id, now)
            .await
            .map_err(st)?;
        Ok(outcome)
    }
}
