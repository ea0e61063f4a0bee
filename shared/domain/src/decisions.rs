//! Decisions that span the contexts below (recall, ledger, notices): each
//! returns everything its use case must write and send, so no rule is left
//! to a handler.

use crate::ledger::LedgerEntry;
use crate::notices::seller::CaseUpdate;
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
