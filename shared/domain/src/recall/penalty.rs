//! The penalty a case carries (seed 000: 2 points per general violation,
//! 6 per serious one).

use super::normalised::{Recall, RiskLevel};
use serde::{Deserialize, Serialize};

/// Seed 000: 2 points per general violation, 6 per serious one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    General,
    Serious,
}

impl Severity {
    pub fn points(self) -> u32 {
        match self {
            Severity::General => 2,
            Severity::Serious => 6,
        }
    }
}

/// The penalty a case carries: what the seller faces for failing to act on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Penalty {
    pub severity: Severity,
    pub points: u32,
}

impl Penalty {
    /// Failing to act on a serious-risk recall is a serious violation; on any
    /// other recall, a general one.
    pub fn for_recall(recall: &Recall) -> Penalty {
        let severity = if recall.risk == RiskLevel::Serious {
            Severity::Serious
        } else {
            Severity::General
        };
        Penalty {
            severity,
            points: severity.points(),
        }
    }
}
