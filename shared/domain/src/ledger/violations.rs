//! Violations the desk reports (SPEC 1.6, seed 001, 003): the
//! `violation_reported` message, the ledger entry it books, and the
//! compliance reminder pages it starts for a non-compliant product that is
//! not recalled.

use super::entries::{LedgerEntry, Sanction, ViolationType};
use crate::kernel::money::Money;
use crate::messages::{body, unknown_type, Envelope, MessageError};
use crate::recall::penalty::Severity;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What the buyers of a non-compliant product are told (SPEC 1.6:
/// "Non-compliant products that are not recalled get compliance reminders to
/// the consumers who bought them").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplianceReminder {
    /// What is wrong with the product, for the buyer ("The charger lacks the
    /// CE marking and the French instructions.").
    pub issue: String,
    /// What the buyer should do ("Use the charger only with the original
    /// cable; contact us for a compliant replacement.").
    pub instructions: String,
}

/// The desk -> `violations`: `{"type":"violation_reported","id":"vr-1",...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViolationReported {
    pub seller_id: String,
    pub violation: ViolationType,
    /// Absent: the type's default ([`ViolationType::default_severity`]).
    #[serde(default)]
    pub severity: Option<Severity>,
    pub reason: String,
    /// The listing concerned, when there is one (needed for a listing removal
    /// and a compliance reminder).
    #[serde(default)]
    pub listing_id: Option<String>,
    #[serde(default)]
    pub sanction: Option<Sanction>,
    /// The fine of a `financial_penalty` sanction.
    #[serde(default)]
    pub financial_penalty: Option<Money>,
    pub reported_at: DateTime<Utc>,
    /// Who on the desk reported it.
    pub reporter: String,
    #[serde(default)]
    pub compliance_reminder: Option<ComplianceReminder>,
}

impl ViolationReported {
    pub const TYPE: &'static str = "violation_reported";

    pub fn parse(env: Envelope) -> Result<(String, ViolationReported), MessageError> {
        if env.kind != Self::TYPE {
            return Err(unknown_type(&env.id, &env.kind, &[Self::TYPE]));
        }
        let id = env.id;
        let v: ViolationReported = body(&id, env.body)?;
        let wrong = |field: &str, reason: &str| MessageError::new(&id, field, reason);
        if !ViolationType::REPORTABLE.contains(&v.violation) {
            return Err(wrong(
                "violation",
                "recall violations are booked by the recall flow; report one of intellectual_property, prohibited_item, health_and_safety, false_information, pricing_abuse",
            ));
        }
        if v.reason.trim().is_empty() {
            return Err(wrong("reason", "must say what the seller did"));
        }
        if v.seller_id.trim().is_empty() {
            return Err(wrong("seller_id", "must not be empty"));
        }
        match (v.sanction, &v.financial_penalty) {
            (Some(Sanction::FinancialPenalty), None) => {
                return Err(wrong(
                    "financial_penalty",
                    "is required with the financial_penalty sanction",
                ))
            }
            (Some(Sanction::FinancialPenalty), Some(m)) => m
                .validate()
                .map_err(|(f, e)| wrong(&format!("financial_penalty.{f}"), &e))?,
            (_, Some(_)) => {
                return Err(wrong(
                    "financial_penalty",
                    "is only for the financial_penalty sanction",
                ))
            }
            _ => {}
        }
        if v.sanction == Some(Sanction::ListingRemoval) && v.listing_id.is_none() {
            return Err(wrong(
                "listing_id",
                "is required with the listing_removal sanction",
            ));
        }
        if let Some(r) = &v.compliance_reminder {
            if v.listing_id.is_none() {
                return Err(wrong(
                    "listing_id",
                    "is required with a compliance_reminder (whose buyers are reminded)",
                ));
            }
            if r.issue.trim().is_empty() {
                return Err(wrong("compliance_reminder.issue", "must not be empty"));
            }
            if r.instructions.trim().is_empty() {
                return Err(wrong(
                    "compliance_reminder.instructions",
                    "must not be empty",
                ));
            }
        }
        Ok((id, v))
    }

    pub fn severity(&self) -> Severity {
        self.severity
            .unwrap_or_else(|| self.violation.default_severity())
    }

    /// The ledger entry the report books (`report:<message id>`).
    pub fn entry(&self, report_id: &str) -> LedgerEntry {
        let severity = self.severity();
        LedgerEntry {
            entry_id: format!("report:{report_id}"),
            seller_id: self.seller_id.clone(),
            at: self.reported_at,
            violation: self.violation,
            severity: Some(severity),
            points: i32::try_from(severity.points()).unwrap_or(i32::MAX),
            reason: self.reason.clone(),
            case_id: None,
            listing_id: self.listing_id.clone(),
            report_id: Some(report_id.to_string()),
            sanction: self.sanction,
            financial_penalty: self.financial_penalty.clone(),
            reverses: None,
        }
    }
}

/// The system itself -> `consumer-notices`: one page of a compliance
/// reminder (the buyers of the report's listing, every market).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderPage {
    pub report_id: String,
    pub listing_id: String,
    /// The sort key of the last order line of the previous page.
    #[serde(default)]
    pub cursor: Option<String>,
}

impl ReminderPage {
    pub const TYPE: &'static str = "compliance_reminder_page";

    /// A stable id: a page enqueued twice is one message for the idempotency
    /// check.
    pub fn message_id(&self) -> String {
        format!(
            "crm:{}:{}",
            self.report_id,
            self.cursor.as_deref().unwrap_or("start")
        )
    }

    pub fn to_message(&self) -> String {
        serde_json::json!({
            "type": Self::TYPE,
            "id": self.message_id(),
            "report_id": self.report_id,
            "listing_id": self.listing_id,
            "cursor": self.cursor,
        })
        .to_string()
    }
}

/// The messages of the `consumer-notices` queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticePage {
    Recall(crate::messages::ConsumerRecallPage),
    Reminder(ReminderPage),
}

impl NoticePage {
    pub const TYPES: &'static [&'static str] = &[
        crate::messages::ConsumerRecallPage::TYPE,
        crate::messages::ConsumerRecallPage::STOP_TYPE,
        ReminderPage::TYPE,
    ];

    pub fn parse(env: Envelope) -> Result<(String, NoticePage), MessageError> {
        let id = env.id.clone();
        match env.kind.as_str() {
            crate::messages::ConsumerRecallPage::TYPE
            | crate::messages::ConsumerRecallPage::STOP_TYPE => {
                crate::messages::ConsumerRecallPage::parse(env)
                    .map(|(id, p)| (id, NoticePage::Recall(p)))
            }
            ReminderPage::TYPE => {
                let page: ReminderPage = body(&id, env.body)?;
                // Pages are ours: their id is built from what they carry.
                if id != page.message_id() {
                    return Err(MessageError::new(
                        &id,
                        "id",
                        "is not the id of a page we queued (crm:<report_id>:<cursor or start>)",
                    ));
                }
                Ok((id, NoticePage::Reminder(page)))
            }
            other => Err(unknown_type(&id, other, Self::TYPES)),
        }
    }
}
