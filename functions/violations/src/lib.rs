//! `violations`: a violation the desk reports (SPEC 1.6: intellectual
//! property, prohibited or restricted items, health and safety, false listing
//! information, pricing and promotion abuse) is booked on the seller's ledger
//! with its sanction, the seller is told, the standing reassessed, and the
//! buyers of a non-compliant listing get a compliance reminder.
//!
//! Idempotent: the report, its ledger entry and a listing removal are one
//! transaction written once (`attribute_not_exists`); the seller's email is
//! claimed before it is sent; the reminder's first page has a stable id; a
//! processed report is remembered, so a plain duplicate costs one read.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_aws::effects::{refresh_standings, send_email_once};
use safety_aws::store::keys;
use safety_aws::{Mailer, Queue, Store, StoreError};
use safety_domain::ledger::violations::{ReminderPage, ViolationReported};
use safety_domain::ledger::{assess, Sanction, Standing, Thresholds};
use safety_domain::messages::{envelope, MessageError};
use safety_domain::notices::ledger_email::violation_recorded;
use safety_domain::recall::intake::{ListingMeasures, Measure, MeasureKind};
use safety_runtime::{process_batch, Record};
use std::collections::BTreeSet;

pub const FUNCTION: &str = "violations";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Duplicate,
    Recorded {
        report_id: String,
        points: i32,
        standing: Standing,
        listing_removed: bool,
        reminder_started: bool,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum ViolationError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("message {message_id}, seller {seller_id}: {source}")]
    Store {
        message_id: String,
        seller_id: String,
        #[source]
        source: StoreError,
    },
    #[error("message {message_id}: {what} is not known yet; retried until it arrives")]
    NotYet { message_id: String, what: String },
    #[error("message {message_id}, seller {seller_id}: {reason}")]
    Failed {
        message_id: String,
        seller_id: String,
        reason: String,
    },
}

pub struct Violations {
    store: Store,
    mailer: Mailer,
    /// The consumer-notices queue: a compliance reminder's pages.
    notices: Queue,
    thresholds: Thresholds,
}

impl Violations {
    pub fn new(store: Store, mailer: Mailer, notices: Queue) -> Violations {
        Violations {
            store,
            mailer,
            notices,
            thresholds: Thresholds::default(),
        }
    }

    /// The standing thresholds (SPEC 1.5), when not the defaults.
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> Violations {
        self.thresholds = thresholds;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, ViolationError> {
        let (id, report) =
            ViolationReported::parse(envelope(&record.body, &record.sqs_message_id)?)?;
        let st = |source| ViolationError::Store {
            message_id: id.clone(),
            seller_id: report.seller_id.clone(),
            source,
        };
        let failed = |reason: String| ViolationError::Failed {
            message_id: id.clone(),
            seller_id: report.seller_id.clone(),
            reason,
        };
        if self.store.message_done(FUNCTION, &id).await.map_err(st)? {
            return Ok(Outcome::Duplicate);
        }
        let ids = BTreeSet::from([report.seller_id.clone()]);
        let Some(seller) = self
            .store
            .get_sellers(&ids)
            .await
            .map_err(st)?
            .remove(&report.seller_id)
        else {
            return Err(ViolationError::NotYet {
                message_id: id,
                what: format!("seller {}", report.seller_id),
            });
        };
        let listing = match &report.listing_id {
            None => None,
            Some(listing_id) => {
                let Some((listing, _)) = self.store.get_listing(listing_id).await.map_err(st)?
                else {
                    return Err(ViolationError::NotYet {
                        message_id: id,
                        what: format!("listing {listing_id}"),
                    });
                };
                if listing.seller_id != report.seller_id {
                    return Err(ViolationError::Message(MessageError::new(
                        &id,
                        "listing_id",
                        format!(
                            "listing {listing_id} belongs to seller {}, not {}",
                            listing.seller_id, report.seller_id
                        ),
                    )));
                }
                Some(listing)
            }
        };
        let entry = report.entry(&id);
        // A listing removal: delisted in every market, as a measure of its
        // own (the report's), recorded with the report.
        let removal = match (&listing, report.sanction) {
            (Some(l), Some(Sanction::ListingRemoval)) => Some(ListingMeasures {
                recall_id: entry.entry_id.clone(),
                listing_id: l.listing_id.clone(),
                measures: vec![Measure {
                    kind: MeasureKind::Delist,
                    market: None,
                    reason: format!(
                        "violation report {id} ({}): {}",
                        report.violation.describe(),
                        report.reason
                    ),
                    taken_at: report.reported_at,
                }],
            }),
            _ => None,
        };
        if self
            .store
            .record_report(&id, &report, &entry, removal.as_ref())
            .await
            .map_err(st)?
        {
            tracing::info!(report_id = %id, seller_id = %report.seller_id,
                violation = ?report.violation, points = entry.points, "violation booked");
        }
        let now = Utc::now();
        let ledger = self.store.ledger(&report.seller_id).await.map_err(st)?;
        let assessment = assess(&ledger, now, &self.thresholds);
        let email = violation_recorded(&seller, &entry, &report, &assessment)
            .map_err(|e| failed(e.to_string()))?;
        send_email_once(
            &self.store,
            &self.mailer,
            keys::seller_email(&report.seller_id, &format!("violation#{id}")),
            &email,
        )
        .await
        .map_err(st)?;
        refresh_standings(&self.store, &self.mailer, &ids, now, &self.thresholds)
            .await
            .map_err(|e| failed(e.to_string()))?;
        // A recalled product's buyers get the consumer recall, not a reminder
        // (SPEC 1.6: reminders are for products "that are not recalled").
        let recalled = match &listing {
            Some(l) => self
                .store
                .get_measures(&l.listing_id)
                .await
                .map_err(st)?
                .iter()
                .any(|(m, reversed)| !reversed && m.is_recall()),
            None => false,
        };
        let reminder_started = match (&report.compliance_reminder, &listing) {
            (Some(_), Some(_)) if recalled => {
                tracing::info!(report_id = %id, "no compliance reminder: the product is recalled, its buyers get the recall");
                false
            }
            (Some(_), Some(l)) => {
                let first = ReminderPage {
                    report_id: id.clone(),
                    listing_id: l.listing_id.clone(),
                    cursor: None,
                };
                self.notices
                    .send_all(&[first.to_message()])
                    .await
                    .map_err(st)?;
                true
            }
            _ => false,
        };
        self.store
            .mark_message_done(FUNCTION, &id, Utc::now())
            .await
            .map_err(st)?;
        Ok(Outcome::Recorded {
            report_id: id,
            points: entry.points,
            standing: assessment.standing,
            listing_removed: removal.is_some(),
            reminder_started,
        })
    }
}
