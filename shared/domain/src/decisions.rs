//! Decisions that span the contexts below (recall, ledger, notices, outbox): each
//! returns everything its use case must write and send, so no rule is left
//! to a handler: an appeal decided, a standing reassessed, a violation reported.

use crate::catalog::{Listing, Seller};
use crate::ledger::standing::StoredStanding;
use crate::ledger::violations::{ReminderPage, ViolationReported};
use crate::ledger::{assess, Assessment, LedgerEntry, Sanction, Standing, Thresholds};
use crate::marketplace::{report_measures_event, standing_changed_event};
use crate::notices::ledger_email::{standing_changed, violation_recorded};
use crate::notices::pages::reminder_page_item;
use crate::notices::render::RenderError;
use crate::notices::seller::CaseUpdate;
use crate::outbox::{Effect, Effects, OutboxItem, OutboxKey};
use crate::recall::case::Case;
use crate::recall::intake::{ListingMeasures, Measure, MeasureKind};
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
    /// A change of standing's event for the accounts system (written with
    /// the standing that records it, whether or not the seller is known).
    pub event: Option<OutboxItem>,
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
    seller_id: &str,
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
    let event = match (&changed, &store) {
        (Some((from, to)), Some(next)) => standing_changed_event(
            seller_id,
            next.changed_version,
            *from,
            *to,
            next.points,
            now,
        ),
        _ => None,
    };
    Ok(StandingReassessed {
        store,
        email,
        event,
        changed,
    })
}

/// What a violation the desk reported makes happen (SPEC 1.6): written in
/// one transaction (the report, its entry, its measures and the new outbox
/// items), then sent.
#[derive(Debug, Clone, PartialEq)]
pub struct ViolationDecision {
    /// The ledger entry the report books (`report:<id>`): its points, its
    /// sanction, a fine.
    pub entry: LedgerEntry,
    /// A listing removal: the listing delisted in every market, as measures
    /// of the report's own (`report:<id>`).
    pub measures: Option<ListingMeasures>,
    /// The seller's standing with the entry booked, as the email states it
    /// (the stored standing is reassessed after, on its own).
    pub assessment: Assessment,
    /// The seller's "violation recorded" email, once per report.
    pub seller_email: OutboxItem,
    /// A listing removal's event for the marketplace (delist it in each of
    /// its markets), once per report.
    pub event: Option<OutboxItem>,
    /// The first page of the compliance reminder, on the consumer-notices
    /// queue, once per report: when the report asks for one and its listing
    /// is under no active recall.
    pub first_page: Option<OutboxItem>,
    /// A reminder was asked for, but the listing is recalled: its buyers get
    /// the consumer recall, not a reminder (SPEC 1.6: reminders are for
    /// products "that are not recalled").
    pub reminder_withheld: bool,
}

impl ViolationDecision {
    /// The items to write with the report and send: the email, the
    /// marketplace's event, then the page.
    pub fn effects(&self) -> Effects {
        Effects {
            items: std::iter::once(self.seller_email.clone())
                .chain(self.event.clone())
                .chain(self.first_page.clone())
                .collect(),
            templates: Vec::new(),
        }
    }
}

/// Why a report cannot be decided.
#[derive(Debug, thiserror::Error)]
pub enum ViolationRefusal {
    /// The report names another seller's listing: the report is wrong.
    #[error("listing {listing_id} belongs to seller {owner}, not {seller_id}")]
    AnotherSellersListing {
        listing_id: String,
        owner: String,
        seller_id: String,
    },
    /// The report names a listing not given (not known yet: retried until
    /// the catalogue has it).
    #[error("listing {listing_id} is not known")]
    ListingUnknown { listing_id: String },
    #[error("rendering the seller's email: {0}")]
    Render(#[from] RenderError),
}

/// The outbox key of the email telling a seller of a reported violation:
/// once per report.
pub fn violation_email_key(report_id: &str, seller_id: &str) -> OutboxKey {
    OutboxKey::new(format!("report:{report_id}"), format!("seller:{seller_id}"))
}

/// A violation the desk reported (`report_id`: the message's id), given the
/// seller, their ledger as stored (with or without this report's entry),
/// the report's listing when it names one, with that listing's measures
/// (each with whether it was reversed), at `now`. The same report decided
/// again is the same decision: the entry, the measures and the items have
/// fixed keys.
pub fn violation_reported(
    report_id: &str,
    report: &ViolationReported,
    seller: &Seller,
    ledger: &[LedgerEntry],
    listing: Option<(&Listing, &[(ListingMeasures, bool)])>,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<ViolationDecision, ViolationRefusal> {
    let listing = match (&report.listing_id, listing) {
        (None, _) => None,
        (Some(id), Some((l, measures))) if l.listing_id == *id => {
            if l.seller_id != report.seller_id {
                return Err(ViolationRefusal::AnotherSellersListing {
                    listing_id: id.clone(),
                    owner: l.seller_id.clone(),
                    seller_id: report.seller_id.clone(),
                });
            }
            Some((l, measures))
        }
        (Some(id), _) => {
            return Err(ViolationRefusal::ListingUnknown {
                listing_id: id.clone(),
            })
        }
    };
    let entry = report.entry(report_id);
    let measures = match (listing, report.sanction) {
        (Some((l, _)), Some(Sanction::ListingRemoval)) => Some(ListingMeasures {
            recall_id: entry.entry_id.clone(),
            listing_id: l.listing_id.clone(),
            measures: vec![Measure {
                kind: MeasureKind::Delist,
                market: None,
                reason: format!(
                    "violation report {report_id} ({}): {}",
                    report.violation.describe(),
                    report.reason
                ),
                taken_at: report.reported_at,
            }],
        }),
        _ => None,
    };
    // The standing the email states: the ledger with this entry, once.
    let mut entries = ledger.to_vec();
    if !entries.iter().any(|e| e.entry_id == entry.entry_id) {
        entries.push(entry.clone());
    }
    let assessment = assess(&entries, now, thresholds);
    let seller_email = OutboxItem {
        key: violation_email_key(report_id, &report.seller_id),
        effect: Effect::Email {
            email: violation_recorded(seller, &entry, report, &assessment)?,
        },
        on_sent: None,
    };
    let recalled = listing.is_some_and(|(_, measures)| {
        measures
            .iter()
            .any(|(m, reversed)| !reversed && m.is_recall())
    });
    let (first_page, reminder_withheld) = match (&report.compliance_reminder, listing) {
        (Some(_), Some(_)) if recalled => (None, true),
        (Some(_), Some((l, _))) => (
            Some(reminder_page_item(&ReminderPage {
                report_id: report_id.to_string(),
                listing_id: l.listing_id.clone(),
                cursor: None,
            })),
            false,
        ),
        _ => (None, false),
    };
    let event = match (&measures, listing) {
        (Some(m), Some((l, _))) => {
            report_measures_event(report_id, l, &m.measures, report.reported_at)
        }
        _ => None,
    };
    Ok(ViolationDecision {
        entry,
        event,
        measures,
        assessment,
        seller_email,
        first_page,
        reminder_withheld,
    })
}

#[cfg(test)]
#[path = "decisions_test.rs"]
mod tests;
