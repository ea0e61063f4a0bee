//! Decisions that span the contexts below (recall, ledger, notices, outbox): each
//! returns everything its use case must write and send, so no rule is left
//! to a handler.

use crate::catalog::Seller;
use crate::ledger::standing::StoredStanding;
use crate::ledger::{assess, LedgerEntry, Standing, Thresholds};
use crate::notices::ledger_email::standing_changed;
use crate::notices::render::RenderError;
use crate::notices::seller::CaseUpdate;
use crate::outbox::{Effect, OutboxItem, OutboxKey};
use crate::recall::case::Case;
use crate::recall::lifecycle::{decide_appeal, Refusal};
use chrono::{DateTime, Utc};

/// What a reviewer's decision on an appeal makes happen.
#[derive(Debug, Clone, PartialEq)]
pub struct AppealDecisionPlan {
    /// The case as it must be stored.
    pub case: Case,
    /// Where the stored case goes in the due index: a rejected case stays in
    /// it (at its consumer recall's start) until its pages are queued.
    pub due: Option<DateTime<Utc>>,
    /// Upheld: an entry reversing each of the case's entries (its penalty, a
    /// raise, an edit that dodged it); never a deletion.
    pub reversals: Vec<LedgerEntry>,
    /// Upheld: the recall's measures on the listing are lifted, with this reason.
    pub lift_measures: Option<String>,
    /// The seller's email: what happened to the case.
    pub update: CaseUpdate,
    /// Rejected: the case's consumer recall is to be started (queued).
    pub start_consumer_recall: bool,
    /// Upheld: the seller's standing is to be reassessed (points were reversed).
    pub reassess_standing: bool,
}

/// A reviewer decides an appeal (`appeal_decided`), given the seller's
/// ledger. The same decision delivered again gives the same plan (the
/// reversals have fixed ids; the case is unchanged).
pub fn appeal_decided(
    case: &Case,
    ledger: &[LedgerEntry],
    decision_id: &str,
    reviewer: &str,
    upheld: bool,
    reason: &str,
    decided_at: DateTime<Utc>,
) -> Result<AppealDecisionPlan, Refusal> {
    let next = decide_appeal(case, decision_id, reviewer, upheld, reason, decided_at)?;
    let why = format!("appeal upheld by {reviewer}: {reason}");
    let due = next.consumer_recall.as_ref().map(|c| c.started_at);
    Ok(if upheld {
        AppealDecisionPlan {
            reversals: LedgerEntry::reversible_for_case(ledger, &next.case_id)
                .into_iter()
                .map(|e| e.reversal(decided_at, &why))
                .collect(),
            lift_measures: Some(why),
            update: CaseUpdate::AppealUpheld {
                reason: reason.to_string(),
            },
            start_consumer_recall: false,
            reassess_standing: true,
            due,
            case: next,
        }
    } else {
        AppealDecisionPlan {
            reversals: Vec::new(),
            lift_measures: None,
            update: CaseUpdate::AppealRejected {
                reason: reason.to_string(),
            },
            start_consumer_recall: next.consumer_recall.is_some(),
            reassess_standing: false,
            due,
            case: next,
        }
    })
}

/// What a seller's reassessment makes happen (SPEC 1.5).
#[derive(Debug, Clone, PartialEq)]
pub struct StandingReassessed {
    /// The standing to store over the version read (None: nothing to write).
    pub store: Option<StoredStanding>,
    /// The email of a change of standing, for the outbox: written with the
    /// standing. None while the seller is not known (the stored standing
    /// then keeps `email_pending`, and a later reassessment writes it).
    pub email: Option<OutboxItem>,
    /// The change of standing, when this assessment made one.
    pub changed: Option<(Standing, Standing)>,
}

/// The outbox key of the email of a seller's change of standing: one per change.
pub fn standing_email_key(seller_id: &str, changed_version: u64) -> OutboxKey {
    OutboxKey::new(
        format!("standing:{seller_id}"),
        format!("seller:{seller_id}#v{changed_version}"),
    )
}

/// Reassesses a seller's ledger at `now` over the standing as stored. A
/// change of standing is emailed once, with the entries behind it: its
/// email is an outbox item written with the standing that records it.
pub fn standing_reassessed(
    stored: &StoredStanding,
    entries: &[LedgerEntry],
    seller: Option<&Seller>,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<StandingReassessed, RenderError> {
    let assessment = assess(entries, now, thresholds);
    let next = stored.after(&assessment, now);
    let changed = next
        .as_ref()
        .filter(|n| n.changed_version != stored.changed_version)
        .map(|n| (stored.standing, n.standing));
    let mut current = next.clone().unwrap_or_else(|| stored.clone());
    let mut email = None;
    if current.email_pending {
        if let Some(seller) = seller {
            let rendered = standing_changed(
                seller,
                current.previous,
                &assessment,
                entries,
                thresholds,
                now,
            )?;
            email = Some(OutboxItem {
                key: standing_email_key(&seller.seller_id, current.changed_version),
                effect: Effect::Email { email: rendered },
                on_sent: None,
            });
            current.email_pending = false;
        }
    }
    let store = match next {
        Some(_) => Some(current),
        // Only the email moved to the outbox: the flag is cleared.
        None if email.is_some() => Some(StoredStanding {
            version: stored.version + 1,
            ..current
        }),
        None => None,
    };
    Ok(StandingReassessed {
        store,
        email,
        changed,
    })
}
