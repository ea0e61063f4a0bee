//! `recall-intake`: a regulator's record -> a normalised recall -> merged with
//! earlier reports of the same product -> matched listings -> cases, measures
//! per market, and the sellers' recall notices (through the outbox), the
//! sellers' standings reassessed, and, on a regulator's order to tell
//! consumers at once, the consumer recalls started.
//!
//! Every step converges when repeated: a recall is found again by its source
//! reference or identifiers, a case exists once per listing (conditional
//! put), a notice's email is an outbox item written with its cases. A
//! message id processed to the end is remembered, so a plain duplicate costs
//! one read.

use crate::consumer_recall;
use crate::notices::{self, NoticeError};
use crate::plans;
use crate::ports::{
    Cases, Idempotency, Ledger, Mail, Outbox, OutboxWrites, PortError, Ports, Queues,
    RecallPartition, Recalls, Sellers,
};
use crate::standings;
use chrono::{DateTime, Utc};
use safety_domain::catalog::Listing;
use safety_domain::ledger::Thresholds;
use safety_domain::messages::{envelope, MessageError, RecallReceived};
use safety_domain::notices::pages::first_page_effects;
use safety_domain::recall::intake::plan_intake;
use safety_domain::recall::lifecycle::check_window;
use safety_domain::recall::matching::{recall_lookups, same_product, Lookup};
use safety_domain::recall::{Recall, TimingOverride};
use safety_sources::SourceError;
use std::collections::BTreeSet;

pub const FUNCTION: &str = "recall-intake";

/// Why a message failed. Bad input names its message and field; the others
/// name the recall: the message's id is on the per-message span
/// (`safety_runtime::process_batch`), on every line logged for it.
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
    #[error("recall {recall_id}: {source}")]
    Port {
        recall_id: String,
        #[source]
        source: PortError,
    },
    #[error("recall {recall_id}: {source}")]
    Notice {
        recall_id: String,
        #[source]
        source: NoticeError,
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

/// Handles one `recall_received` at `now`.
pub async fn handle<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    body: &str,
    fallback_id: &str,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Outcome, IntakeError>
where
    S: Recalls + Cases + Sellers + Ledger + Outbox + OutboxWrites + Idempotency,
    M: Mail,
    Q: Queues,
{
    let store = ports.store;
    let msg = RecallReceived::parse(envelope(body, fallback_id)?)?;
    let id = msg.id.clone();
    let port = |recall_id: &str| {
        let recall_id = recall_id.to_string();
        move |source| IntakeError::Port { recall_id, source }
    };
    let notice = |recall_id: &str| {
        let recall_id = recall_id.to_string();
        move |source| IntakeError::Notice { recall_id, source }
    };
    if store.done(FUNCTION, &id).await.map_err(port("-"))? {
        return Ok(Outcome {
            duplicate: true,
            ..Outcome::default()
        });
    }
    let incoming = recall_of(&msg)?;
    let received_at = msg.received_at.unwrap_or(now);

    // Identify: an earlier recall of the same product, and the listings.
    let mut found = find(store, &incoming).await.map_err(port(&incoming.id))?;
    let (recall, part, merged) = match found.recall_id.clone() {
        Some(existing_id) => {
            let part = store
                .recall_partition(&existing_id)
                .await
                .map_err(port(&existing_id))?;
            match part.recall.clone() {
                Some(mut existing) => {
                    existing.merge(&incoming);
                    // The merged recall may carry identifiers this record lacked.
                    find_more(store, &existing, &mut found)
                        .await
                        .map_err(port(&existing_id))?;
                    (existing, part, true)
                }
                // An index item without its recall: a crashed first attempt. Start afresh.
                None => (incoming, part, false),
            }
        }
        None => (incoming, RecallPartition::default(), false),
    };
    let identified_at = Utc::now().max(now);
    let rid = recall.id.clone();

    let mut plan = plan_intake(
        &recall,
        &found.listings,
        &part.cases,
        &part.notices_per_seller(),
        identified_at,
    );
    // Every candidate not acted on or queued is ruled out with its reason;
    // those already recorded with that reason are not rewritten.
    let ruled_out = plan.ruled_out.len();
    plan.forget_known_ruled_out(&part.ruled_out);

    store
        .put_recall(
            &recall,
            &[
                ("received_at", received_at),
                ("identified_at", identified_at),
            ],
        )
        .await
        .map_err(port(&rid))?;
    // The timeline's `blocked_at` and `sellers_notified_at` are written with
    // the measures and the sent notices themselves (every path).
    let written = plans::write(store, &plan, &recall, now)
        .await
        .map_err(notice(&rid))?;
    metrics::counter!("recalls_received").increment(1);
    let blocked = plan.new_cases.iter().filter(|(_, m)| m.is_some()).count();
    if blocked > 0 {
        // From the authority's publication (or our receipt) to the measures
        // written: the figure the compliance report is about.
        metrics::counter!("listings_blocked").increment(blocked as u64);
        let secs = (Utc::now() - received_at).num_milliseconds() as f64 / 1000.0;
        metrics::histogram!("time_to_block_seconds").record(secs.max(0.0));
    }

    // Send what is due: this plan's notices and any an earlier, interrupted
    // delivery left pending.
    let to_send = plan.notices_due(&written.notices(), part.unsent_notices(None));
    let sent = notices::send(
        store,
        ports.mail,
        ports.queues,
        &recall,
        &to_send,
        &written,
        now,
    )
    .await
    .map_err(notice(&rid))?;
    let penalised = plan.sellers_to_reassess(&part.cases);
    standings::refresh(
        store,
        ports.mail,
        ports.queues,
        &penalised,
        &written.sellers,
        Utc::now().max(now),
        thresholds,
    )
    .await
    .map_err(notice(&rid))?;
    let case_ids: BTreeSet<String> = part
        .cases
        .iter()
        .map(|c| c.case_id.clone())
        .chain(plan.new_cases.iter().map(|(c, _)| c.case_id.clone()))
        .collect();
    let started = start_due_consumer_recalls(ports, &recall, &case_ids, Utc::now().max(now))
        .await
        .map_err(port(&rid))?;
    store
        .mark_done(FUNCTION, &id, Utc::now())
        .await
        .map_err(port(&rid))?;
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

/// The message's record (or the platform's own recall), normalised by its
/// source's parser.
fn recall_of(msg: &RecallReceived) -> Result<Recall, IntakeError> {
    safety_sources::parse(
        &msg.source,
        msg.channel.as_deref(),
        msg.record.as_ref(),
        msg.recall.as_ref(),
        &msg.id,
    )
    .map_err(|source| IntakeError::Source {
        message_id: msg.id.clone(),
        source,
    })
}

/// A regulator's order to tell consumers at once (SPEC 1.1 timing) starts
/// the consumer recall of every acted-on case now, without waiting for the
/// seller's window; the seller may still appeal the penalty.
async fn start_due_consumer_recalls<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    recall: &Recall,
    case_ids: &BTreeSet<String>,
    now: DateTime<Utc>,
) -> Result<usize, PortError>
where
    S: Cases + Outbox,
    Q: Queues,
{
    if recall.timing != Some(TimingOverride::Immediately) {
        return Ok(0);
    }
    let mut started = 0;
    // Every case of the recall: a merge can bring the order to existing ones.
    for case_id in case_ids {
        // Re-read: sending the notice set the case's window.
        let Some(stored) = ports.store.get_case(case_id).await? else {
            continue;
        };
        let Some(check) = check_window(&stored, recall, now) else {
            continue;
        };
        if !check.starts_consumer_recall {
            continue;
        }
        let next = check.case;
        // Saved started, still due now, with its first pages; then queued.
        let effects = first_page_effects(&next, recall);
        if ports
            .store
            .save_case(&next, stored.state, Some(now), &effects)
            .await?
        {
            consumer_recall::send_first_pages(ports.store, ports.queues, &next, recall, now)
                .await?;
            started += 1;
        }
    }
    Ok(started)
}

/// Candidate listings and an earlier recall of the same product, found
/// through the recall's identity keys.
#[derive(Debug, Default)]
struct Found {
    recall_id: Option<String>,
    queried: BTreeSet<Lookup>,
    listing_ids: BTreeSet<String>,
    listings: Vec<Listing>,
}

/// One query per identity key: candidate listings and earlier recalls.
async fn find(store: &impl Recalls, recall: &Recall) -> Result<Found, PortError> {
    let mut found = Found::default();
    if let Some(first) = recall.sources.first() {
        found.recall_id = store.recall_for_source(first).await?;
    }
    find_more(store, recall, &mut found).await?;
    Ok(found)
}

async fn find_more(
    store: &impl Recalls,
    recall: &Recall,
    found: &mut Found,
) -> Result<(), PortError> {
    for lookup in recall_lookups(recall) {
        if !found.queried.insert(lookup.clone()) {
            continue;
        }
        let hits = store.lookup(&lookup).await?;
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

#[cfg(test)]
#[path = "recall_intake_test.rs"]
mod tests;
