//! A case: one listing a recall affects, its measures per market, the
//! seller's notice, the appeal and the consumer recall's start.

use super::matching::Confidence;
use super::penalty::Penalty;
use crate::kernel::ids::Country;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The seller's appeal window (seed 000: "appeal within 7 days after receiving the notice").
pub const APPEAL_WINDOW_DAYS: i64 = 7;

/// The deadline of an appeal against a notice sent at `notice_at`.
pub fn appeal_deadline(notice_at: DateTime<Utc>) -> DateTime<Utc> {
    notice_at + Duration::days(APPEAL_WINDOW_DAYS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    /// A weak match: nothing happens until the desk confirms it.
    AwaitingReview,
    /// Measures taken, seller told; the 7-day appeal window runs.
    AppealWindowOpen,
    /// The seller appealed in time; a reviewer decides.
    Appealed,
    /// The appeal was upheld: measures and penalty reversed. Closed.
    Upheld,
    /// The appeal was rejected. Closed; the consumer recall runs.
    Rejected,
    /// The window passed with no appeal. Closed; the consumer recall runs.
    WindowElapsed,
    /// The desk dismissed a weak match. Closed with no effect on the listing.
    Dismissed,
}

impl CaseState {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseState::AwaitingReview => "awaiting_review",
            CaseState::AppealWindowOpen => "appeal_window_open",
            CaseState::Appealed => "appealed",
            CaseState::Upheld => "upheld",
            CaseState::Rejected => "rejected",
            CaseState::WindowElapsed => "window_elapsed",
            CaseState::Dismissed => "dismissed",
        }
    }

    /// The case's measures are in effect: taken and not reversed (not a
    /// weak match waiting for the desk, not dismissed, not upheld).
    pub fn blocks(self) -> bool {
        !matches!(
            self,
            CaseState::AwaitingReview | CaseState::Upheld | CaseState::Dismissed
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    /// Hidden in the affected markets only.
    GeoBlock,
    /// Hidden until the seller fixes the listing.
    Rectification,
    /// Stock in the platform's warehouses is pulled.
    ReturnToWarehouse,
    /// Removed everywhere.
    Delist,
}

impl MeasureKind {
    pub fn label(self) -> &'static str {
        match self {
            MeasureKind::GeoBlock => "geo-block (hidden in this market)",
            MeasureKind::Rectification => "rectification (hidden until you fix the listing)",
            MeasureKind::ReturnToWarehouse => "return to warehouse (platform stock pulled)",
            MeasureKind::Delist => "delisted (removed in every market)",
        }
    }
}

/// One measure on one listing in one market (`market` None: everywhere).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub kind: MeasureKind,
    pub market: Option<Country>,
    pub reason: String,
    pub taken_at: DateTime<Utc>,
}

/// The measures a recall takes on one listing; reversed together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingMeasures {
    pub recall_id: String,
    pub listing_id: String,
    pub measures: Vec<Measure>,
}

impl ListingMeasures {
    /// Measures a recall took (not a reported violation's listing removal,
    /// whose "recall id" is `report:<id>`).
    pub fn is_recall(&self) -> bool {
        !self.recall_id.starts_with("report:")
    }

    /// The recalls whose measures still block a listing, among its measures
    /// as stored (each with whether it was reversed): not reversed, and a
    /// recall's (not a report's), in stored order.
    pub fn blocking_recalls(measures: &[(ListingMeasures, bool)]) -> Vec<String> {
        measures
            .iter()
            .filter(|(m, reversed)| !reversed && m.is_recall())
            .map(|(m, _)| m.recall_id.clone())
            .collect()
    }

    /// The markets where the listing is no longer offered because of this recall.
    pub fn blocked_markets(&self, listing_markets: &BTreeSet<Country>) -> BTreeSet<Country> {
        let mut out = BTreeSet::new();
        for m in &self.measures {
            match (&m.kind, &m.market) {
                (MeasureKind::ReturnToWarehouse, _) => {}
                (_, Some(c)) => {
                    out.insert(c.clone());
                }
                (_, None) => out.extend(listing_markets.iter().cloned()),
            }
        }
        out
    }
}

/// A listing a recall affects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// `<recall id>/<listing id>`: one case per listing and recall, whatever
    /// the number of sources or deliveries.
    pub case_id: String,
    pub recall_id: String,
    pub listing_id: String,
    pub seller_id: String,
    pub listing_title: String,
    pub confidence: Confidence,
    pub evidence: String,
    pub state: CaseState,
    /// The recall's markets where the listing is offered.
    pub markets: BTreeSet<Country>,
    pub opened_at: DateTime<Utc>,
    #[serde(default)]
    pub penalty: Option<Penalty>,
    #[serde(default)]
    pub notice_id: Option<String>,
    #[serde(default)]
    pub notified_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub appeal_deadline: Option<DateTime<Utc>>,
    /// The seller's appeal and its decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeal: Option<Appeal>,
    /// The desk's review of a weak match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// When the penalty was reversed (an upheld appeal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalty_reversed_at: Option<DateTime<Utc>>,
    /// When the consumer recall of this listing started, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_recall: Option<ConsumerRecallStart>,
    /// Opened by the reverse check: the listing was published or edited while
    /// the recall was active, a deliberate (serious) violation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relisted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appeal {
    /// The `appeal_filed` message id.
    pub appeal_id: String,
    pub filed_at: DateTime<Utc>,
    pub grounds: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<AppealDecision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppealDecision {
    /// The `appeal_decided` message id.
    pub decision_id: String,
    pub reviewer: String,
    pub upheld: bool,
    pub reason: String,
    pub decided_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The `match_reviewed` message id.
    pub review_id: String,
    pub reviewer: String,
    pub confirmed: bool,
    pub decided_at: DateTime<Utc>,
}

/// Why a consumer recall started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsumerRecallReason {
    AppealRejected,
    WindowElapsed,
    /// A regulator's order on timing (SPEC 1.1): at once, or by a date.
    RegulatorTiming,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsumerRecallStart {
    pub started_at: DateTime<Utc>,
    pub reason: ConsumerRecallReason,
}

impl Case {
    pub fn id_for(recall_id: &str, listing_id: &str) -> String {
        format!("{recall_id}/{listing_id}")
    }
}

/// A notice to one seller about one recall: the listings, measures, penalty
/// and appeal deadline. Recorded before it is sent; sent once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerNotice {
    /// `<recall id>/<seller id>/<n>`.
    pub notice_id: String,
    pub recall_id: String,
    pub seller_id: String,
    /// True for a notice that extends an earlier one to new markets.
    pub update: bool,
    pub queued_at: DateTime<Utc>,
    pub appeal_deadline: DateTime<Utc>,
    pub items: Vec<NoticeItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeItem {
    pub case_id: String,
    pub listing_id: String,
    pub listing_title: String,
    pub evidence: String,
    pub measures: Vec<Measure>,
    /// The markets the measures apply in (a measure for every market, such
    /// as a delisting, applies in each of them).
    #[serde(default)]
    pub markets: BTreeSet<Country>,
    /// None: the seller recalls this product itself (see
    /// `Recall::recalled_by_sellers`), so no penalty applies.
    #[serde(default)]
    pub penalty: Option<Penalty>,
}
