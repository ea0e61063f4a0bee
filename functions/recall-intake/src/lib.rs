//! `recall-intake`: a regulator's record -> a normalised recall -> merged with
//! earlier reports of the same product -> matched listings -> cases, measures
//! per market, and the sellers' recall notices.
//!
//! Every step converges when repeated: a recall is found again by its source
//! reference or identifiers, a case exists once per listing (conditional put),
//! a notice is recorded before it is sent and claimed before each send. A
//! message id processed to the end is remembered, so a plain duplicate costs
//! one read.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_app::ports::Mail;
use safety_aws::effects::{
    refresh_standings, send_seller_notices, start_consumer_recall, write_plan,
};
use safety_aws::store::RecallPartition;
use safety_aws::{Mailer, Queue, Store, StoreError};
use safety_domain::catalog::Listing;
use safety_domain::ledger::Thresholds;
use safety_domain::messages::{envelope, MessageError, RecallReceived};
use safety_domain::recall::intake::plan_intake;
use safety_domain::recall::lifecycle::check_window;
use safety_domain::recall::matching::{recall_lookups, same_product, Lookup};
use safety_domain::recall::Recall;
use safety_domain::recall::TimingOverride;
use safety_runtime::{process_batch, Record};
use safety_sources::SourceError;
use std::collections::{BTreeMap, BTreeSet};

pub const FUNCTION: &str = "recall-intake";

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("message {message_id}: {source}")]
    Source {
        message_id: String,
        #[source]
        source: SourceError,
    },
    #[error("message {message_id}, recall {recall_id}: {source}")]
    Store {
        message_id: String,
        recall_id: String,
        #[source]
        source: StoreError,
    },
    #[error("message {message_id}, recall {recall_id}: {reason}")]
    Notice {
        message_id: String,
        recall_id: String,
        reason: String,
    },
}

/// What one message did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    pub recall_id: String,
    /// True when the message was processed before (nothing done).
    pub duplicate: bool,
    /// True when the record merged into an earlier recall of the same product.
    pub merged: bool,
    pub cases_opened: usize,
    pub awaiting_review: usize,
    pub cases_extended: usize,
    /// Candidate listings the recall does not affect, each recorded with its
    /// reason (another model, another brand, not offered in its markets).
    pub ruled_out: usize,
    pub notices_sent: usize,
    /// Consumer recalls started at once (a regulator's timing).
    pub consumer_recalls_started: usize,
}

/// The function's adapters; `M` is SES's mailer in the Lambda (another
/// `Mail` in the tests, e.g. one that fails once).
pub struct RecallIntake<M: Mail = Mailer> {
    store: Store,
    mailer: M,
    /// The consumer-notices queue: a regulator's timing starts consumer recalls at once.
    consumer_notices: Queue,
    thresholds: Thresholds,
}

impl<M: Mail> RecallIntake<M> {
    pub fn new(store: Store, mailer: M, consumer_notices: Queue) -> RecallIntake<M> {
        RecallIntake {
            store,
            mailer,
            consumer_notices,
            thresholds: Thresholds::default(),
        }
    }

    /// The standing thresholds (SPEC 1.5), when not the defaults.
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> RecallIntake<M> {
        self.thresholds = thresholds;
        self
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, IntakeError> {
        let msg = RecallReceived::parse(envelope(&record.body, &record.sqs_message_id)?)?;
        let id = msg.id.clone();
        let err = |recall_id: &str| {
            let message_id = id.clone();
            let recall_id = recall_id.to_string();
            move |source| IntakeError::Store {
                message_id,
                recall_id,
                source,
            }
        };
        if self
            .store
            .message_done(FUNCTION, &id)
            .await
            .map_err(err("-"))?
        {
            return Ok(Outcome {
                duplicate: true,
                ..Outcome::default()
            });
        }
        let incoming = safety_sources::parse(
            &msg.source,
            msg.channel.as_deref(),
            msg.record.as_ref(),
            msg.recall.as_ref(),
            &id,
        )
        .map_err(|source| IntakeError::Source {
            message_id: id.clone(),
            source,
        })?;
        let received_at = msg.received_at.unwrap_or_else(Utc::now);

        // Identify: an earlier recall of the same product, and the listings.
        let mut found = self.find(&incoming).await.map_err(err(&incoming.id))?;
        let (recall, part, merged) = match found.recall_id.clone() {
            Some(existing_id) => {
                let part = self
                    .store
                    .recall_partition(&existing_id)
                    .await
                    .map_err(err(&existing_id))?;
                match part.recall.clone() {
                    Some(mut existing) => {
                        existing.merge(&incoming);
                        // The merged recall may carry identifiers this record lacked.
                        self.find_more(&existing, &mut found)
                            .await
                            .map_err(err(&existing_id))?;
                        (existing, part, true)
                    }
                    // An index item without its recall: a crashed first attempt. Start afresh.
                    None => (incoming, part, false),
                }
            }
            None => (incoming, RecallPartition::default(), false),
        };
        let identified_at = Utc::now();
        let rid = recall.id.clone();

        let mut notices_so_far: BTreeMap<String, usize> = BTreeMap::new();
        for n in &part.notices {
            *notices_so_far
                .entry(n.notice.seller_id.clone())
                .or_default() += 1;
        }
        let mut plan = plan_intake(
            &recall,
            &found.listings,
            &part.cases,
            &notices_so_far,
            identified_at,
        );
        // Every candidate not acted on or queued is ruled out with its
        // reason; those already recorded with that reason are not rewritten.
        let ruled_out = plan.ruled_out.len();
        plan.forget_known_ruled_out(&part.ruled_out);

        self.store
            .put_recall(
                &recall,
                &[
                    ("received_at", received_at),
                    ("identified_at", identified_at),
                ],
            )
            .await
            .map_err(err(&rid))?;
        // The timeline's `blocked_at` and `sellers_notified_at` are written
        // with the measures and the sent notices themselves (every path).
        let written =
            write_plan(&self.store, &plan, &recall)
                .await
                .map_err(|e| IntakeError::Notice {
                    message_id: id.clone(),
                    recall_id: rid.clone(),
                    reason: e.to_string(),
                })?;

        // Send what is queued: this plan's notices and any an earlier,
        // interrupted delivery left pending.
        let to_send = plan.notices_due(&written, part.unsent_notices(None));
        let sent = send_seller_notices(&self.store, &self.mailer, &recall, &to_send)
            .await
            .map_err(|e| IntakeError::Notice {
                message_id: id.clone(),
                recall_id: rid.clone(),
                reason: e.to_string(),
            })?;
        let penalised = plan.sellers_to_reassess(&part.cases);
        refresh_standings(
            &self.store,
            &self.mailer,
            &penalised,
            Utc::now(),
            &self.thresholds,
        )
        .await
        .map_err(|e| IntakeError::Notice {
            message_id: id.clone(),
            recall_id: rid.clone(),
            reason: e.to_string(),
        })?;
        let case_ids: BTreeSet<String> = part
            .cases
            .iter()
            .map(|c| c.case_id.clone())
            .chain(plan.new_cases.iter().map(|(c, _)| c.case_id.clone()))
            .collect();
        let started = self
            .start_due_consumer_recalls(&recall, &case_ids)
            .await
            .map_err(err(&rid))?;
        self.store
            .mark_message_done(FUNCTION, &id, Utc::now())
            .await
            .map_err(err(&rid))?;
        Ok(Outcome {
            recall_id: rid,
            duplicate: false,
            merged,
            cases_opened: plan.confident_cases(),
            awaiting_review: plan.new_cases.len() - plan.confident_cases(),
            cases_extended: plan.extended.len(),
            ruled_out,
            notices_sent: sent,
            consumer_recalls_started: started,
        })
    }

    /// A regulator's order to tell consumers at once (SPEC 1.1 timing) starts
    /// the consumer recall of every acted-on case now, without waiting for
    /// the seller's window; the seller may still appeal the penalty.
    async fn start_due_consumer_recalls(
        &self,
        recall: &Recall,
        case_ids: &BTreeSet<String>,
    ) -> Result<usize, StoreError> {
        if recall.timing != Some(TimingOverride::Immediately) {
            return Ok(0);
        }
        let now = Utc::now();
        let mut started = 0;
        // Every case of the recall: a merge can bring the order to existing ones.
        for case_id in case_ids {
            // Re-read: sending the notice set the case's window.
            let Some(stored) = self.store.get_case(case_id).await? else {
                continue;
            };
            let Some(check) = check_window(&stored, recall, now) else {
                continue;
            };
            if !check.starts_consumer_recall {
                continue;
            }
            let next = check.case;
            if start_consumer_recall(
                &self.store,
                &self.consumer_notices,
                &next,
                stored.state,
                recall,
                now,
            )
            .await?
            {
                started += 1;
            }
        }
        Ok(started)
    }

    /// One query per identity key: candidate listings and earlier recalls.
    async fn find(&self, recall: &Recall) -> Result<Found, StoreError> {
        let mut found = Found::default();
        if let Some(first) = recall.sources.first() {
            found.recall_id = self.store.recall_for_source(first).await?;
        }
        self.find_more(recall, &mut found).await?;
        Ok(found)
    }

    async fn find_more(&self, recall: &Recall, found: &mut Found) -> Result<(), StoreError> {
        for lookup in recall_lookups(recall) {
            if !found.queried.insert(lookup.clone()) {
                continue;
            }
            let hits = self.store.lookup(&lookup).await?;
            if found.recall_id.is_none() {
                // An earlier report of the same product (a shared GTIN, or the
                // same brand and model): merge into it.
                found.recall_id = hits
                    .recalls
                    .into_iter()
                    .find(|h| same_product(recall, &lookup.key, &h.sort_key))
                    .map(|h| h.recall_id);
            }
            for l in hits.listings {
                if found.listing_ids.insert(l.listing_id.clone()) {
                    found.listings.push(l);
                }
            }
        }
        Ok(())
    }
}

#[derive(Debug, Default)]
struct Found {
    recall_id: Option<String>,
    queried: BTreeSet<Lookup>,
    listing_ids: BTreeSet<String>,
    listings: Vec<Listing>,
}
