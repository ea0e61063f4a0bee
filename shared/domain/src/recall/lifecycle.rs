//! The recall lifecycle after intake (SPEC 1.2 review, 1.4 steps 2-6):
//! appeals, the desk's decisions, the 7-day window and when the consumer
//! recall starts. Pure: each function takes a case and returns the case as it
//! must be stored, or the reason the request is refused.

use super::case::{
    appeal_deadline, Appeal, AppealDecision, Case, CaseState, ConsumerRecallReason,
    ConsumerRecallStart, ListingMeasures, NoticeItem, Review, SellerNotice,
};
use super::intake::measures_for;
use super::normalised::{Recall, TimingOverride};
use super::penalty::{Penalty, Severity};
use crate::catalog::Listing;
use crate::kernel::ids::Country;
use crate::kernel::time::human_time;
use crate::messages::{ConsumerRecallPage, PageKind};
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;

/// Why an appeal or a decision is refused, in words for the seller or the desk.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error(
        "case {case_id} is not a case of seller {seller_id}: only the listing's seller may appeal"
    )]
    NotYourListing { case_id: String, seller_id: String },
    #[error(
        "the appeal was filed at {}, after the deadline of {} (7 days from the recall notice)",
        human_time(*.filed_at),
        human_time(*.deadline)
    )]
    Late {
        filed_at: DateTime<Utc>,
        deadline: DateTime<Utc>,
    },
    #[error("case {case_id} is {state}: {what} is not possible now")]
    WrongState {
        case_id: String,
        state: &'static str,
        what: &'static str,
    },
}

/// The seller appeals (seed 000: within 7 days of the notice; only the
/// listing's seller). An appeal filed at the deadline itself is in time.
pub fn file_appeal(
    case: &Case,
    appeal_id: &str,
    seller_id: &str,
    filed_at: DateTime<Utc>,
    grounds: &str,
) -> Result<Case, Refusal> {
    if let Some(a) = &case.appeal {
        if a.appeal_id == appeal_id {
            return Ok(case.clone()); // the same appeal delivered again
        }
    }
    if case.seller_id != seller_id {
        return Err(Refusal::NotYourListing {
            case_id: case.case_id.clone(),
            seller_id: seller_id.to_string(),
        });
    }
    let (CaseState::AppealWindowOpen, Some(deadline)) = (case.state, case.appeal_deadline) else {
        return Err(wrong_state(case, "an appeal"));
    };
    if filed_at > deadline {
        return Err(Refusal::Late { filed_at, deadline });
    }
    let mut next = case.clone();
    next.state = CaseState::Appealed;
    next.appeal = Some(Appeal {
        appeal_id: appeal_id.to_string(),
        filed_at,
        grounds: grounds.to_string(),
        decision: None,
    });
    Ok(next)
}

/// A reviewer decides an appeal. Upheld: the case closes, its measures and
/// penalty are reversed. Rejected: the case closes and the consumer recall
/// starts (unless a regulator's timing already started it).
pub fn decide_appeal(
    case: &Case,
    decision_id: &str,
    reviewer: &str,
    upheld: bool,
    reason: &str,
    decided_at: DateTime<Utc>,
) -> Result<Case, Refusal> {
    let Some(appeal) = &case.appeal else {
        return Err(wrong_state(case, "deciding an appeal"));
    };
    if let Some(d) = &appeal.decision {
        if d.decision_id == decision_id {
            return Ok(case.clone()); // the same decision delivered again
        }
        return Err(wrong_state(case, "deciding the appeal again"));
    }
    if case.state != CaseState::Appealed {
        return Err(wrong_state(case, "deciding an appeal"));
    }
    let mut next = case.clone();
    if let Some(a) = next.appeal.as_mut() {
        a.decision = Some(AppealDecision {
            decision_id: decision_id.to_string(),
            reviewer: reviewer.to_string(),
            upheld,
            reason: reason.to_string(),
            decided_at,
        });
    }
    if upheld {
        next.state = CaseState::Upheld;
        next.penalty_reversed_at = Some(decided_at);
    } else {
        next.state = CaseState::Rejected;
        start_consumer_recall(&mut next, decided_at, ConsumerRecallReason::AppealRejected);
    }
    Ok(next)
}

/// The desk reviews a weak match. Dismissed: closed, nothing happens to the
/// listing. Confirmed: the case becomes a normal one — use `confirm_match`
/// for its measures and notice.
pub fn review_match(
    case: &Case,
    review_id: &str,
    reviewer: &str,
    confirmed: bool,
    decided_at: DateTime<Utc>,
) -> Result<Case, Refusal> {
    if let Some(r) = &case.review {
        if r.review_id == review_id {
            return Ok(case.clone());
        }
    }
    if case.state != CaseState::AwaitingReview {
        return Err(wrong_state(case, "a match review"));
    }
    let mut next = case.clone();
    next.review = Some(Review {
        review_id: review_id.to_string(),
        reviewer: reviewer.to_string(),
        confirmed,
        decided_at,
    });
    if !confirmed {
        next.state = CaseState::Dismissed;
    }
    Ok(next)
}

/// A confirmed match gets what a confident one gets at intake: measures in
/// its markets, the penalty, a notice and the 7-day window.
pub fn confirm_match(
    case: &Case,
    recall: &Recall,
    listing: &Listing,
    notice_number: usize,
    now: DateTime<Utc>,
) -> (Case, ListingMeasures, SellerNotice) {
    let markets: BTreeSet<Country> = listing
        .markets
        .intersection(&recall.markets)
        .cloned()
        .collect();
    let measures = measures_for(recall, listing, &markets, now);
    // A case the reverse check opened stays a deliberate violation.
    // A seller recalling its own product is not penalised for it.
    let penalty = if case.relisted {
        Some(Penalty {
            severity: Severity::Serious,
            points: Severity::Serious.points(),
        })
    } else if recall.recalled_by(&case.seller_id) {
        None
    } else {
        Some(Penalty::for_recall(recall))
    };
    let notice_id = format!("{}/{}/{}", recall.id, case.seller_id, notice_number);
    let mut next = case.clone();
    next.state = CaseState::AppealWindowOpen;
    next.markets = markets;
    next.penalty = penalty.clone();
    next.notice_id = Some(notice_id.clone());
    next.notified_at = Some(now);
    next.appeal_deadline = Some(appeal_deadline(now));
    let notice = SellerNotice {
        notice_id,
        recall_id: recall.id.clone(),
        seller_id: case.seller_id.clone(),
        update: false,
        queued_at: now,
        appeal_deadline: appeal_deadline(now),
        items: vec![NoticeItem {
            case_id: case.case_id.clone(),
            listing_id: listing.listing_id.clone(),
            listing_title: listing.title.clone(),
            evidence: format!("{} (confirmed by the product safety desk)", case.evidence),
            measures: measures.clone(),
            markets: case.markets.clone(),
            penalty,
        }],
    };
    let measures = ListingMeasures {
        recall_id: recall.id.clone(),
        listing_id: listing.listing_id.clone(),
        measures,
    };
    (next, measures, notice)
}

/// When the consumer recall of an acted-on case is due: the end of the
/// seller's window, or earlier when a regulator's order says so. None when
/// it is not waiting (closed, appealed, or already started).
pub fn consumer_recall_due(case: &Case, recall: &Recall) -> Option<DateTime<Utc>> {
    if case.state != CaseState::AppealWindowOpen || case.consumer_recall.is_some() {
        return None;
    }
    let window = case.appeal_deadline?;
    Some(match &recall.timing {
        Some(TimingOverride::Immediately) => case.notified_at.unwrap_or(window).min(window),
        Some(TimingOverride::By { deadline }) => window.min(*deadline),
        None => window,
    })
}

/// What the scheduled check decided for one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowCheck {
    /// The case as it must be stored.
    pub case: Case,
    /// True when this check started the case's consumer recall (its first
    /// pages are to be queued); false when it only closed the window of a
    /// case whose consumer recall a regulator's order had already started.
    pub starts_consumer_recall: bool,
}

/// When the scheduled check must next look at a case: its consumer recall's
/// due time while that has not started, then (a regulator's order started it
/// early) the end of the seller's window, so that the case still closes.
/// None for a case with nothing left to wait for.
pub fn next_check(case: &Case, recall: &Recall) -> Option<DateTime<Utc>> {
    if case.state != CaseState::AppealWindowOpen {
        return None;
    }
    match case.consumer_recall {
        None => consumer_recall_due(case, recall),
        Some(_) => case.appeal_deadline,
    }
}

/// The scheduled check at `now` (the schedule's own time): what to store
/// when something is due, else None. The seller's window closes only when it
/// has passed; a regulator's earlier date starts the consumer recall and
/// leaves the window open for the penalty's appeal, and the window then
/// closes like any other when it passes (no second consumer recall).
pub fn check_window(case: &Case, recall: &Recall, now: DateTime<Utc>) -> Option<WindowCheck> {
    let due = next_check(case, recall)?;
    // The window includes its deadline (an appeal filed at the deadline is in
    // time), so it has passed only strictly after it.
    if due >= now {
        return None;
    }
    let mut next = case.clone();
    let window_passed = case.appeal_deadline.is_some_and(|d| d < now);
    if window_passed {
        next.state = CaseState::WindowElapsed;
    }
    let starts_consumer_recall = case.consumer_recall.is_none();
    if starts_consumer_recall {
        let reason = if window_passed {
            ConsumerRecallReason::WindowElapsed
        } else {
            ConsumerRecallReason::RegulatorTiming
        };
        start_consumer_recall(&mut next, now, reason);
    }
    Some(WindowCheck {
        case: next,
        starts_consumer_recall,
    })
}

/// The first page, in each of its markets, of a case's consumer recall: what
/// starting it queues (the next pages follow from each page's cursor).
pub fn first_pages(case: &Case) -> Vec<ConsumerRecallPage> {
    case.markets
        .iter()
        .map(|m| ConsumerRecallPage::first(&case.case_id, m, PageKind::Recall))
        .collect()
}

fn start_consumer_recall(case: &mut Case, at: DateTime<Utc>, reason: ConsumerRecallReason) {
    if case.consumer_recall.is_none() {
        case.consumer_recall = Some(ConsumerRecallStart {
            started_at: at,
            reason,
        });
    }
}

fn wrong_state(case: &Case, what: &'static str) -> Refusal {
    Refusal::WrongState {
        case_id: case.case_id.clone(),
        state: case.state.as_str(),
        what,
    }
}
