//! `appeals`: a seller's appeal, the reviewer's decision on it, and the
//! desk's review of a weak match (SPEC 1.2, 1.4 steps 2-3).
//!
//! Every message converges when repeated: the lifecycle rules accept the same
//! appeal, decision or review again as a no-op, case writes are conditional
//! on the state they were read in, emails are claimed before they are sent,
//! and starting a consumer recall queues pages with stable ids.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_aws::effects::{
    refresh_standings, send_email_once, send_first_pages, send_seller_notices, EffectError,
};
use safety_aws::store::keys;
use safety_aws::{Mailer, Queue, Store, StoreError};
use safety_domain::catalog::Seller;
use safety_domain::decisions::appeal_decided;
use safety_domain::ledger::Thresholds;
use safety_domain::messages::{
    envelope, AppealOutcome, AppealsMessage, MessageError, ReviewOutcome,
};
use safety_domain::notices::pages::first_page_effects;
use safety_domain::notices::seller::notice_item;
use safety_domain::notices::seller::{case_update, CaseUpdate};
use safety_domain::outbox::Effects;
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::lifecycle::{
    confirm_match, consumer_recall_due, file_appeal, review_match, Refusal,
};
use safety_domain::recall::Recall;
use safety_runtime::{process_batch, Record};
use std::collections::BTreeSet;

pub const FUNCTION: &str = "appeals";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Duplicate,
    AppealRecorded(String),
    /// Refused, and the filing seller told why.
    AppealRefused {
        case_id: String,
        reason: String,
    },
    Upheld(String),
    Rejected(String),
    MatchConfirmed(String),
    MatchDismissed(String),
}

#[derive(Debug, thiserror::Error)]
pub enum AppealsError {
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
    Refused {
        message_id: String,
        case_id: String,
        reason: String,
    },
}

pub struct Appeals {
    store: Store,
    mailer: Mailer,
    consumer_notices: Queue,
    thresholds: Thresholds,
}

impl Appeals {
    pub fn new(store: Store, mailer: Mailer, consumer_notices: Queue) -> Appeals {
        Appeals {
            store,
            mailer,
            consumer_notices,
            thresholds: Thresholds::default(),
        }
    }

    /// The standing thresholds (SPEC 1.5), when not the defaults.
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> Appeals {
        self.thresholds = thresholds;
        self
    }

    /// Re-assesses the seller after an entry was booked or reversed; a change
    /// of standing is emailed.
    async fn refresh_standing(
        &self,
        seller_id: &str,
        message_id: &str,
        case_id: &str,
    ) -> Result<(), AppealsError> {
        let sellers = BTreeSet::from([seller_id.to_string()]);
        refresh_standings(
            &self.store,
            &self.mailer,
            &sellers,
            Utc::now(),
            &self.thresholds,
        )
        .await
        .map_err(|e| AppealsError::Refused {
            message_id: message_id.to_string(),
            case_id: case_id.to_string(),
            reason: format!("assessing the seller's standing: {e}"),
        })?;
        Ok(())
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, AppealsError> {
        let (id, msg) = AppealsMessage::parse(envelope(&record.body, &record.sqs_message_id)?)?;
        let case_id = msg.case_id().to_string();
        let st = |source| AppealsError::Store {
            message_id: id.clone(),
            case_id: case_id.clone(),
            source,
        };
        let refused = |reason: String| AppealsError::Refused {
            message_id: id.clone(),
            case_id: case_id.clone(),
            reason,
        };
        if self.store.message_done(FUNCTION, &id).await.map_err(st)? {
            return Ok(Outcome::Duplicate);
        }
        let case = self.store.get_case(&case_id).await.map_err(st)?;
        let outcome = match (msg, case) {
            (AppealsMessage::AppealFiled(a), None) => {
                // Tell the seller, who may have mistyped the case id.
                let reason = format!("there is no case {case_id}");
                self.tell_seller_refusal(&a.seller_id, &case_id, None, &reason, &id)
                    .await?;
                Outcome::AppealRefused {
                    case_id: case_id.clone(),
                    reason,
                }
            }
            (_, None) => return Err(refused(format!("there is no case {case_id}"))),
            (AppealsMessage::AppealFiled(a), Some(case)) => {
                let recall = self.recall_of(&case).await.map_err(st)?;
                match file_appeal(&case, &id, &a.seller_id, a.filed_at, &a.grounds) {
                    Ok(next) => {
                        if next != case
                            && !self
                                .store
                                .save_case(&next, case.state, None, &Effects::default())
                                .await
                                .map_err(st)?
                        {
                            return Err(refused("the case changed meanwhile; retried".into()));
                        }
                        self.email_case(
                            &next,
                            &recall,
                            "appeal_received",
                            CaseUpdate::AppealReceived,
                            &id,
                        )
                        .await?;
                        Outcome::AppealRecorded(case_id.clone())
                    }
                    Err(refusal) => {
                        let reason = refusal.to_string();
                        // Another seller is not told this case's deadline.
                        let deadline = match &refusal {
                            Refusal::Late { deadline, .. } => Some(*deadline),
                            Refusal::NotYourListing { .. } => None,
                            Refusal::WrongState { .. } => case.appeal_deadline,
                        };
                        self.tell_seller_refusal(&a.seller_id, &case_id, deadline, &reason, &id)
                            .await?;
                        Outcome::AppealRefused {
                            case_id: case_id.clone(),
                            reason,
                        }
                    }
                }
            }
            (AppealsMessage::AppealDecided(d), Some(case)) => {
                let recall = self.recall_of(&case).await.map_err(st)?;
                let upheld = d.decision == AppealOutcome::Upheld;
                // The ledger is read only when entries may be reversed.
                let ledger = if upheld {
                    self.store.ledger(&case.seller_id).await.map_err(st)?
                } else {
                    Vec::new()
                };
                let plan = appeal_decided(
                    &case,
                    &ledger,
                    &id,
                    &d.reviewer,
                    upheld,
                    &d.reason,
                    d.decided_at,
                )
                .map_err(|r| refused(r.to_string()))?;
                let next = &plan.case;
                // A rejected case starts its consumer recall: its first pages
                // are written with it (and queued below).
                let effects = if plan.start_consumer_recall {
                    first_page_effects(next, &recall)
                } else {
                    Effects::default()
                };
                if *next != case
                    && !self
                        .store
                        .save_case(next, case.state, plan.due, &effects)
                        .await
                        .map_err(st)?
                {
                    return Err(refused("the case changed meanwhile; retried".into()));
                }
                // Each reversal has a fixed id: booked once, whatever the retries.
                for reversal in &plan.reversals {
                    self.store.book(reversal).await.map_err(st)?;
                }
                if let Some(why) = &plan.lift_measures {
                    self.store
                        .reverse_measures(&next.listing_id, &next.recall_id, d.decided_at, why)
                        .await
                        .map_err(st)?;
                }
                if plan.start_consumer_recall {
                    send_first_pages(
                        &self.store,
                        &self.consumer_notices,
                        next,
                        &recall,
                        d.decided_at.max(Utc::now()),
                    )
                    .await
                    .map_err(st)?;
                }
                let what = if upheld {
                    "appeal_upheld"
                } else {
                    "appeal_rejected"
                };
                self.email_case(next, &recall, what, plan.update.clone(), &id)
                    .await?;
                if plan.reassess_standing {
                    self.refresh_standing(&next.seller_id, &id, &case_id)
                        .await?;
                }
                if upheld {
                    Outcome::Upheld(case_id.clone())
                } else {
                    Outcome::Rejected(case_id.clone())
                }
            }
            (AppealsMessage::MatchReviewed(r), Some(case)) => {
                let recall = self.recall_of(&case).await.map_err(st)?;
                let confirmed = r.decision == ReviewOutcome::Confirmed;
                let reviewed = review_match(&case, &id, &r.reviewer, confirmed, r.decided_at)
                    .map_err(|e| refused(e.to_string()))?;
                if !confirmed {
                    if reviewed != case
                        && !self
                            .store
                            .save_case(&reviewed, case.state, None, &Effects::default())
                            .await
                            .map_err(st)?
                    {
                        return Err(refused("the case changed meanwhile; retried".into()));
                    }
                    Outcome::MatchDismissed(case_id.clone())
                } else {
                    self.confirm(&case, &reviewed, &recall)
                        .await
                        .map_err(|e| match e {
                            EffectError::Store(source) => st(source),
                            other => refused(other.to_string()),
                        })?;
                    self.refresh_standing(&case.seller_id, &id, &case_id)
                        .await?;
                    Outcome::MatchConfirmed(case_id.clone())
                }
            }
        };
        self.store
            .mark_message_done(FUNCTION, &id, Utc::now())
            .await
            .map_err(st)?;
        Ok(outcome)
    }

    /// A confirmed match: measures, the seller's notice and the 7-day window,
    /// as a confident match gets at intake.
    async fn confirm(
        &self,
        case: &Case,
        reviewed: &Case,
        recall: &Recall,
    ) -> Result<(), EffectError> {
        if case.state == CaseState::AwaitingReview {
            let Some((listing, _)) = self.store.get_listing(&case.listing_id).await? else {
                return Err(EffectError::Render(format!(
                    "listing {} is gone",
                    case.listing_id
                )));
            };
            let part = self.store.recall_partition(&case.recall_id).await?;
            let n = part
                .notices
                .iter()
                .filter(|n| n.notice.seller_id == case.seller_id)
                .count()
                + 1;
            let (next, measures, notice) = confirm_match(reviewed, recall, &listing, n, Utc::now());
            let due = consumer_recall_due(&next, recall);
            // The notice's email with it, when its seller is known (else it
            // is written when the seller arrives, by the send below's retry).
            let sellers = self
                .store
                .get_sellers(&BTreeSet::from([case.seller_id.clone()]))
                .await?;
            let email = sellers
                .get(&case.seller_id)
                .map(|seller| notice_item(&notice, recall, seller))
                .transpose()
                .map_err(|e| EffectError::Render(e.to_string()))?;
            self.store
                .confirm_case(&next, &measures, &notice, email.as_ref(), due)
                .await?;
        }
        // Send what is pending for this recall (this notice, or one a crash left).
        let part = self.store.recall_partition(&case.recall_id).await?;
        let pending = part.unsent_notices(Some(&case.seller_id));
        send_seller_notices(&self.store, &self.mailer, recall, &pending).await?;
        Ok(())
    }

    async fn recall_of(&self, case: &Case) -> Result<Recall, StoreError> {
        self.store
            .get_recall(&case.recall_id)
            .await?
            .ok_or_else(|| {
                StoreError::Decode(format!(
                    "recall {} of case {} is missing",
                    case.recall_id, case.case_id
                ))
            })
    }

    async fn seller(&self, seller_id: &str) -> Result<Option<Seller>, StoreError> {
        let ids: BTreeSet<String> = [seller_id.to_string()].into();
        Ok(self.store.get_sellers(&ids).await?.remove(seller_id))
    }

    async fn email_case(
        &self,
        case: &Case,
        recall: &Recall,
        what: &str,
        update: CaseUpdate,
        message_id: &str,
    ) -> Result<(), AppealsError> {
        let st = |source| AppealsError::Store {
            message_id: message_id.to_string(),
            case_id: case.case_id.clone(),
            source,
        };
        let Some(seller) = self.seller(&case.seller_id).await.map_err(st)? else {
            return Err(AppealsError::Refused {
                message_id: message_id.to_string(),
                case_id: case.case_id.clone(),
                reason: format!("seller {} unknown", case.seller_id),
            });
        };
        let email = case_update(&update, case, Some(recall), &seller).map_err(|e| {
            AppealsError::Refused {
                message_id: message_id.to_string(),
                case_id: case.case_id.clone(),
                reason: e.to_string(),
            }
        })?;
        let key = keys::case_email(&case.case_id, what);
        send_email_once(&self.store, &self.mailer, key, &email)
            .await
            .map_err(st)?;
        Ok(())
    }

    /// Tells the seller who filed an appeal why it was refused (late, not
    /// their listing, closed or unknown case), with the deadline where there is one.
    async fn tell_seller_refusal(
        &self,
        seller_id: &str,
        case_id: &str,
        deadline: Option<chrono::DateTime<Utc>>,
        reason: &str,
        message_id: &str,
    ) -> Result<(), AppealsError> {
        let st = |source| AppealsError::Store {
            message_id: message_id.to_string(),
            case_id: case_id.to_string(),
            source,
        };
        let Some(seller) = self.seller(seller_id).await.map_err(st)? else {
            return Err(AppealsError::Refused {
                message_id: message_id.to_string(),
                case_id: case_id.to_string(),
                reason: format!(
                    "{reason}; and seller {seller_id} is unknown, so nobody can be told"
                ),
            });
        };
        let email =
            safety_domain::notices::seller::appeal_refused(case_id, &seller, reason, deadline)
                .map_err(|e| AppealsError::Refused {
                    message_id: message_id.to_string(),
                    case_id: case_id.to_string(),
                    reason: e.to_string(),
                })?;
        // Keyed by the appeal message: one refusal email per appeal filed.
        let key = keys::seller_email(seller_id, &format!("appeal_refused#{message_id}"));
        send_email_once(&self.store, &self.mailer, key, &email)
            .await
            .map_err(st)?;
        Ok(())
    }
}
