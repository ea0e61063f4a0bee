//! `violations`: a violation the desk reports (SPEC 1.6) is booked on the
//! seller's ledger with its sanction, the seller is told, the standing
//! reassessed, and the buyers of a non-compliant listing that is not
//! recalled get a compliance reminder.
//!
//! Reads the report (if recorded), its seller, its listing and the
//! listing's measures, and the seller's ledger; the domain decides
//! (`decisions::violation_reported`): the entry, a listing removal's
//! measures, the seller's email and the reminder's first page as outbox
//! items. One transaction writes the report, its entry, the measures and the
//! new items (leased to this delivery), then the outbox sends them, then the
//! standing is reassessed (`standings::refresh`). A delivery again finds the
//! report recorded and the items sent (or claims those a crash left); a
//! processed report is remembered, so a plain duplicate costs one read.

use crate::notices::NoticeError;
use crate::outbox::{self, lease_until, Sorted};
use crate::ports::{
    Idempotency, Ledger, Mail, Outbox, OutboxWrites, PortError, Queues, Sellers, Violations,
};
use crate::standings;
use chrono::{DateTime, Utc};
use safety_domain::decisions::{violation_reported, ViolationRefusal};
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::{Standing, Thresholds};
use safety_domain::messages::{envelope, MessageError};
use std::collections::{BTreeMap, BTreeSet};

pub const FUNCTION: &str = "violations";

/// How many times a report's write is tried when another delivery wrote
/// the report or one of its items in between (each time after reading again).
const WRITE_ATTEMPTS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Duplicate,
    Recorded {
        report_id: String,
        points: i32,
        /// The seller's standing with the entry booked.
        standing: Standing,
        listing_removed: bool,
        /// The report's compliance reminder was started (its first page
        /// queued, by this delivery or an earlier one).
        reminder_started: bool,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum ViolationError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("seller {seller_id}: {source}")]
    Port {
        seller_id: String,
        #[source]
        source: PortError,
    },
    #[error("{what} is not known yet; retried until it arrives")]
    NotYet { what: String },
    #[error("seller {seller_id}: {reason}")]
    Failed { seller_id: String, reason: String },
}

/// The adapters a report needs: the store (reads, the report's write, the
/// ledger and standings, the outbox, processed ids), mail and queues.
pub struct Ports<'a, S, M, Q> {
    pub store: &'a S,
    pub mail: &'a M,
    pub queues: &'a Q,
}

/// Handles one `violation_reported` message at `now`, the standing assessed
/// with `thresholds` (SPEC 1.5).
pub async fn handle<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    body: &str,
    fallback_id: &str,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Outcome, ViolationError>
where
    S: Violations + Ledger + Sellers + Outbox + OutboxWrites + Idempotency,
    M: Mail,
    Q: Queues,
{
    let (id, report) = ViolationReported::parse(envelope(body, fallback_id)?)?;
    let seller_id = report.seller_id.clone();
    let port = |source| ViolationError::Port {
        seller_id: seller_id.clone(),
        source,
    };
    let failed = |reason: String| ViolationError::Failed {
        seller_id: seller_id.clone(),
        reason,
    };
    let store = ports.store;
    if store.done(FUNCTION, &id).await.map_err(port)? {
        return Ok(Outcome::Duplicate);
    }

    let mut attempt = 0;
    let (decision, sorted, recorded_before) = loop {
        attempt += 1;
        let ctx = store
            .report_reads(&id, &seller_id, report.listing_id.as_deref())
            .await
            .map_err(port)?;
        // A message id is the report's: another report under it is refused,
        // never booked over the one recorded.
        if ctx.recorded.as_ref().is_some_and(|r| *r != report) {
            return Err(MessageError::new(
                &id,
                "id",
                "is the id of another report, recorded before with other content",
            )
            .into());
        }
        let Some(seller) = ctx.seller else {
            return Err(ViolationError::NotYet {
                what: format!("seller {seller_id}"),
            });
        };
        let ledger = store.ledger(&seller_id).await.map_err(port)?;
        let listing = ctx
            .listing
            .as_ref()
            .map(|l| (l, ctx.listing_measures.as_slice()));
        let decision =
            match violation_reported(&id, &report, &seller, &ledger, listing, now, thresholds) {
                Ok(d) => d,
                Err(e @ ViolationRefusal::AnotherSellersListing { .. }) => {
                    return Err(MessageError::new(&id, "listing_id", e.to_string()).into())
                }
                Err(ViolationRefusal::ListingUnknown { listing_id }) => {
                    return Err(ViolationError::NotYet {
                        what: format!("listing {listing_id}"),
                    })
                }
                Err(e @ ViolationRefusal::Render(_)) => return Err(failed(e.to_string())),
            };
        let recorded_before = ctx.recorded.is_some();
        // A report's items are written with it (or after it): none is
        // stored while it is not recorded, so they are read only once it is.
        let sorted = if recorded_before {
            outbox::sort(store, decision.effects(), now)
                .await
                .map_err(port)?
        } else {
            Sorted {
                new: decision.effects(),
                ..Sorted::default()
            }
        };
        let written = if !recorded_before {
            store
                .record_report(
                    &id,
                    &report,
                    &decision.entry,
                    decision.measures.as_ref(),
                    &sorted.new,
                    lease_until(now),
                )
                .await
        } else if !sorted.new.is_empty() {
            // Recorded by a delivery that decided other effects (the
            // listing's recall was lifted since): this one's, on their own.
            store.write_outbox(&sorted.new, lease_until(now)).await
        } else {
            Ok(())
        };
        match written {
            Ok(()) => break (decision, sorted, recorded_before),
            Err(e) if e.conflict && attempt < WRITE_ATTEMPTS => continue,
            Err(e) => return Err(port(e)),
        }
    };
    if !recorded_before {
        tracing::info!(report_id = %id, seller_id = %seller_id, violation = ?report.violation,
            points = decision.entry.points, "violation booked");
    }
    if decision.reminder_withheld {
        tracing::info!(report_id = %id,
            "no compliance reminder: the product is recalled, its buyers get the recall");
    }

    let busy = sorted.busy.len();
    let sent = outbox::send(store, ports.mail, ports.queues, sorted, now)
        .await
        .map_err(port)?;
    for key in &sent.sent {
        tracing::info!(report_id = %id, to = %key.to, "violation effect sent");
    }
    // Reassessed whatever the sends did: the entry is booked.
    let seller_ids = BTreeSet::from([seller_id.clone()]);
    standings::refresh(
        store,
        ports.mail,
        ports.queues,
        &seller_ids,
        &BTreeMap::new(),
        now,
        thresholds,
    )
    .await
    .map_err(|e| match e {
        NoticeError::Port(p) => port(p),
        other => failed(other.to_string()),
    })?;
    let waiting = busy + sent.lost.len() + sent.refused.len();
    if waiting > 0 {
        return Err(failed(format!(
            "{waiting} of the report's effects were not sent (held by another delivery, or \
             refused by SES); the report is retried for them"
        )));
    }
    store
        .mark_done(FUNCTION, &id, Utc::now())
        .await
        .map_err(port)?;
    Ok(Outcome::Recorded {
        report_id: id,
        points: decision.entry.points,
        standing: decision.assessment.standing,
        listing_removed: decision.measures.is_some(),
        reminder_started: decision.first_page.is_some(),
    })
}

#[cfg(test)]
#[path = "violations_test.rs"]
mod tests;
