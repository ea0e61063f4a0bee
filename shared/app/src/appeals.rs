//! `appeals`: a seller's appeal, the reviewer's decision on it, and the
//! desk's review of a weak match (SPEC 1.2, 1.4 steps 2-3).
//!
//! Every message converges when repeated: the lifecycle rules accept the same
//! appeal, decision or review again as a no-op, a case is written only over
//! the state it was read in, with its email (and, rejected, its consumer
//! recall's first pages) as outbox items in the same transaction, and the
//! outbox sends each once.

use crate::notices::{self, NoticeError};
use crate::outbox;
use crate::ports::{
    Cases, Idempotency, Ledger, Mail, Outbox, OutboxWrites, PortError, Ports, Queues, Recalls,
    Reviews, Sellers,
};
use crate::standings;
use chrono::{DateTime, Utc};
use safety_domain::catalog::Seller;
use safety_domain::decisions::appeal_decided;
use safety_domain::ledger::Thresholds;
use safety_domain::marketplace::measures_lifted;
use safety_domain::messages::{
    envelope, AppealOutcome, AppealsMessage, MessageError, ReviewOutcome,
};
use safety_domain::notices::pages::first_page_effects;
use safety_domain::notices::seller::{
    appeal_refused_item, case_update_item, AppealRefusal, CaseUpdate,
};
use safety_domain::outbox::Effects;
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::lifecycle::{
    confirm_match, consumer_recall_due, file_appeal, review_match, Refusal,
};
use safety_domain::recall::Recall;
use std::collections::{BTreeMap, BTreeSet};

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

/// Why a message failed: a message error names its message and field; the
/// others name the case.
#[derive(Debug, thiserror::Error)]
pub enum AppealsError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("case {case_id}: {source}")]
    Port {
        case_id: String,
        #[source]
        source: PortError,
    },
    #[error("case {case_id}: {reason}")]
    Refused { case_id: String, reason: String },
}

/// What the use case needs of the store.
pub trait AppealsStore:
    Cases + Recalls + Reviews + Sellers + Ledger + Outbox + OutboxWrites + Idempotency
{
}

impl<T> AppealsStore for T where
    T: Cases + Recalls + Reviews + Sellers + Ledger + Outbox + OutboxWrites + Idempotency
{
}

/// The failures of one message, naming its case (the message's id is on
/// the per-message span, `safety_runtime::process_batch`); the message id
/// keys an appeal's refusal email.
struct Fail<'a> {
    message_id: &'a str,
    case_id: &'a str,
}

impl Fail<'_> {
    fn port(&self, source: PortError) -> AppealsError {
        AppealsError::Port {
            case_id: self.case_id.to_string(),
            source,
        }
    }

    fn refused(&self, reason: impl Into<String>) -> AppealsError {
        AppealsError::Refused {
            case_id: self.case_id.to_string(),
            reason: reason.into(),
        }
    }

    fn notice(&self, e: NoticeError) -> AppealsError {
        match e {
            NoticeError::Port(p) => self.port(p),
            other => self.refused(other.to_string()),
        }
    }
}

/// Handles one message of the appeals queue at `now`.
pub async fn handle<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    body: &str,
    fallback_id: &str,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Outcome, AppealsError>
where
    S: AppealsStore,
    M: Mail,
    Q: Queues,
{
    let store = ports.store;
    let (id, msg) = AppealsMessage::parse(envelope(body, fallback_id)?)?;
    let case_id = msg.case_id().to_string();
    let fail = Fail {
        message_id: &id,
        case_id: &case_id,
    };
    if store.done(FUNCTION, &id).await.map_err(|e| fail.port(e))? {
        return Ok(Outcome::Duplicate);
    }
    let case = store.get_case(&case_id).await.map_err(|e| fail.port(e))?;
    let outcome = match (msg, case) {
        (AppealsMessage::AppealFiled(a), None) => {
            // Tell the seller, who may have mistyped the case id.
            let reason = format!("there is no case {case_id}");
            tell_refusal(
                ports,
                &fail,
                &a.seller_id,
                None,
                (AppealRefusal::NoSuchCase, &reason),
                now,
            )
            .await?;
            Outcome::AppealRefused {
                case_id: case_id.clone(),
                reason,
            }
        }
        (_, None) => return Err(fail.refused(format!("there is no case {case_id}"))),
        (AppealsMessage::AppealFiled(a), Some(case)) => {
            let recall = recall_of(store, &case, &fail).await?;
            match file_appeal(&case, &id, &a.seller_id, a.filed_at, &a.grounds) {
                Ok(next) => {
                    let seller = seller(store, &case.seller_id, &fail).await?;
                    let effects = case_email(
                        &CaseUpdate::AppealReceived,
                        &next,
                        &recall,
                        seller.as_ref(),
                        &fail,
                    )?;
                    save(store, &case, &next, None, &effects, &fail).await?;
                    deliver(
                        ports,
                        effects,
                        seller.is_some(),
                        &case.seller_id,
                        &fail,
                        now,
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
                    tell_refusal(
                        ports,
                        &fail,
                        &a.seller_id,
                        deadline,
                        (AppealRefusal::Refused(&refusal), &reason),
                        now,
                    )
                    .await?;
                    Outcome::AppealRefused {
                        case_id: case_id.clone(),
                        reason,
                    }
                }
            }
        }
        (AppealsMessage::AppealDecided(d), Some(case)) => {
            let recall = recall_of(store, &case, &fail).await?;
            let upheld = d.decision == AppealOutcome::Upheld;
            // The ledger is read only when entries may be reversed.
            let ledger = if upheld {
                store
                    .ledger(&case.seller_id)
                    .await
                    .map_err(|e| fail.port(e))?
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
            .map_err(|r| fail.refused(r.to_string()))?;
            let next = &plan.case;
            let seller = seller(store, &case.seller_id, &fail).await?;
            let mut effects = case_email(&plan.update, next, &recall, seller.as_ref(), &fail)?;
            // A rejected case starts its consumer recall: its first pages are
            // written with it.
            if plan.start_consumer_recall {
                effects
                    .items
                    .extend(first_page_effects(next, &recall).items);
            }
            // An upheld appeal lifts the recall's measures: the marketplace
            // is told, market by market.
            if let Some(why) = &plan.lift_measures {
                let measures: Vec<_> = store
                    .listing_measures(&next.listing_id)
                    .await
                    .map_err(|e| fail.port(e))?
                    .into_iter()
                    .filter(|(m, _)| m.recall_id == next.recall_id)
                    .flat_map(|(m, _)| m.measures)
                    .collect();
                effects
                    .items
                    .extend(measures_lifted(next, &measures, why, d.decided_at));
            }
            save(store, &case, next, plan.due, &effects, &fail).await?;
            // Each reversal has a fixed id: booked once, whatever the retries.
            for reversal in &plan.reversals {
                store.book(reversal).await.map_err(|e| fail.port(e))?;
            }
            if let Some(why) = &plan.lift_measures {
                store
                    .reverse_measures(&next.listing_id, &next.recall_id, d.decided_at, why)
                    .await
                    .map_err(|e| fail.port(e))?;
            }
            deliver(
                ports,
                effects,
                seller.is_some(),
                &case.seller_id,
                &fail,
                now,
            )
            .await?;
            if plan.reassess_standing {
                reassess(ports, &next.seller_id, &fail, now, thresholds).await?;
            }
            if upheld {
                Outcome::Upheld(case_id.clone())
            } else {
                Outcome::Rejected(case_id.clone())
            }
        }
        (AppealsMessage::MatchReviewed(r), Some(case)) => {
            let recall = recall_of(store, &case, &fail).await?;
            let confirmed = r.decision == ReviewOutcome::Confirmed;
            let reviewed = review_match(&case, &id, &r.reviewer, confirmed, r.decided_at)
                .map_err(|e| fail.refused(e.to_string()))?;
            if confirmed {
                confirm(ports, &case, &reviewed, &recall, &fail, now).await?;
                reassess(ports, &case.seller_id, &fail, now, thresholds).await?;
                Outcome::MatchConfirmed(case_id.clone())
            } else {
                save(store, &case, &reviewed, None, &Effects::default(), &fail).await?;
                Outcome::MatchDismissed(case_id.clone())
            }
        }
    };
    store
        .mark_done(FUNCTION, &id, Utc::now())
        .await
        .map_err(|e| fail.port(e))?;
    Ok(outcome)
}

/// Writes the case over the state it was read in, with the decision's new
/// outbox items; nothing when it is unchanged (a retry). Another writer
/// first: the message is retried.
async fn save(
    store: &impl Cases,
    read: &Case,
    next: &Case,
    due: Option<DateTime<Utc>>,
    effects: &Effects,
    fail: &Fail<'_>,
) -> Result<(), AppealsError> {
    if next == read {
        return Ok(());
    }
    if !store
        .save_case(next, read.state, due, effects)
        .await
        .map_err(|e| fail.port(e))?
    {
        return Err(fail.refused("the case changed meanwhile; retried"));
    }
    Ok(())
}

/// The case update to its seller as an outbox item (none while the seller
/// is not known: the message then fails after its state is written, and the
/// retry writes and sends the email).
fn case_email(
    update: &CaseUpdate,
    case: &Case,
    recall: &Recall,
    seller: Option<&Seller>,
    fail: &Fail<'_>,
) -> Result<Effects, AppealsError> {
    let mut effects = Effects::default();
    if let Some(seller) = seller {
        effects.items.push(
            case_update_item(update, case, Some(recall), seller)
                .map_err(|e| fail.refused(e.to_string()))?,
        );
    }
    Ok(effects)
}

/// Sends the decision's effects (writing those its first attempt lacked).
async fn deliver<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    effects: Effects,
    seller_known: bool,
    seller_id: &str,
    fail: &Fail<'_>,
    now: DateTime<Utc>,
) -> Result<(), AppealsError>
where
    S: Outbox + OutboxWrites,
    M: Mail,
    Q: Queues,
{
    let (_, waiting) = outbox::deliver(ports.store, ports.mail, ports.queues, effects, now)
        .await
        .map_err(|e| fail.port(e))?;
    if waiting > 0 {
        return Err(fail.refused(format!(
            "{waiting} email(s) or page(s) not sent yet (held by another delivery, or refused by SES): retried"
        )));
    }
    if !seller_known {
        return Err(fail.refused(format!(
            "seller {seller_id} unknown: the case is written, its email waits; retried"
        )));
    }
    Ok(())
}

/// A confirmed match: measures, the seller's notice and the 7-day window,
/// as a confident match gets at intake; then the seller's pending notices.
async fn confirm<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    case: &Case,
    reviewed: &Case,
    recall: &Recall,
    fail: &Fail<'_>,
    now: DateTime<Utc>,
) -> Result<(), AppealsError>
where
    S: AppealsStore,
    M: Mail,
    Q: Queues,
{
    let store = ports.store;
    // The seller as read for the notice's email, reused for its send.
    let mut known = BTreeMap::new();
    if case.state == CaseState::AwaitingReview {
        let Some(listing) = store
            .listing(&case.listing_id)
            .await
            .map_err(|e| fail.port(e))?
        else {
            return Err(fail.refused(format!("listing {} is gone", case.listing_id)));
        };
        let part = store
            .recall_partition(&case.recall_id)
            .await
            .map_err(|e| fail.port(e))?;
        let n = part
            .notices_per_seller()
            .get(&case.seller_id)
            .copied()
            .unwrap_or_default()
            + 1;
        let (next, measures, notice) = confirm_match(reviewed, recall, &listing, n, now);
        let due = consumer_recall_due(&next, recall);
        // The notice's email with it, when its seller is known (else it is
        // written when the seller arrives, by the send below's retry).
        let seller = seller(store, &case.seller_id, fail).await?;
        let items = crate::notices::notice_items(&notice, recall, seller.as_ref())
            .map_err(|e| fail.notice(e))?;
        store
            .confirm_case(&next, &measures, &notice, &items, due)
            .await
            .map_err(|e| fail.port(e))?;
        known.extend(seller.map(|s| (s.seller_id.clone(), s)));
    }
    // Send what is pending for this recall (this notice, or one a crash left).
    let part = store
        .recall_partition(&case.recall_id)
        .await
        .map_err(|e| fail.port(e))?;
    let pending = part.unsent_notices(Some(&case.seller_id));
    notices::send(
        store,
        ports.mail,
        ports.queues,
        recall,
        &pending,
        &notices::Written {
            held: BTreeMap::new(),
            sellers: known,
        },
        now,
    )
    .await
    .map_err(|e| fail.notice(e))?;
    Ok(())
}

/// Reassesses the seller after an entry was booked or reversed; a change of
/// standing is emailed.
async fn reassess<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    seller_id: &str,
    fail: &Fail<'_>,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<(), AppealsError>
where
    S: AppealsStore,
    M: Mail,
    Q: Queues,
{
    let sellers = BTreeSet::from([seller_id.to_string()]);
    standings::refresh(
        ports.store,
        ports.mail,
        ports.queues,
        &sellers,
        &BTreeMap::new(),
        now,
        thresholds,
    )
    .await
    .map_err(|e| fail.refused(format!("assessing the seller's standing: {e}")))?;
    Ok(())
}

/// Tells the seller who filed an appeal why it was refused (late, not their
/// listing, closed or unknown case), with the deadline where there is one:
/// one email per appeal message.
async fn tell_refusal<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    fail: &Fail<'_>,
    seller_id: &str,
    deadline: Option<DateTime<Utc>>,
    (refusal, reason): (AppealRefusal<'_>, &str),
    now: DateTime<Utc>,
) -> Result<(), AppealsError>
where
    S: AppealsStore,
    M: Mail,
    Q: Queues,
{
    let Some(seller) = seller(ports.store, seller_id, fail).await? else {
        return Err(fail.refused(format!(
            "{reason}; and seller {seller_id} is unknown, so nobody can be told"
        )));
    };
    let item = appeal_refused_item(fail.message_id, fail.case_id, &seller, refusal, deadline)
        .map_err(|e| fail.refused(e.to_string()))?;
    let effects = Effects {
        items: vec![item],
        templates: Vec::new(),
    };
    deliver(ports, effects, true, seller_id, fail, now).await
}

async fn recall_of(
    store: &impl Cases,
    case: &Case,
    fail: &Fail<'_>,
) -> Result<Recall, AppealsError> {
    store
        .get_recall(&case.recall_id)
        .await
        .map_err(|e| fail.port(e))?
        .ok_or_else(|| {
            fail.refused(format!(
                "recall {} of case {} is missing",
                case.recall_id, case.case_id
            ))
        })
}

async fn seller(
    store: &impl Sellers,
    seller_id: &str,
    fail: &Fail<'_>,
) -> Result<Option<Seller>, AppealsError> {
    let ids = BTreeSet::from([seller_id.to_string()]);
    Ok(store
        .sellers(&ids)
        .await
        .map_err(|e| fail.port(e))?
        .remove(seller_id))
}

#[cfg(test)]
#[path = "appeals_test.rs"]
mod tests;
