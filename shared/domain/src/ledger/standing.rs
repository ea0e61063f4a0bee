//! A seller's standing as stored between assessments (SPEC 1.5): what was
//! last assessed, versioned so concurrent assessments converge, and the
//! change of standing whose email is not in the outbox yet.

use crate::ledger::{Assessment, Standing};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The standing as stored: what was last assessed, and the change not yet
/// told to the seller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredStanding {
    pub standing: Standing,
    pub points: u32,
    /// Bumped by every write; the condition of the next one.
    pub version: u64,
    /// The standing before the last change of standing.
    pub previous: Standing,
    /// The version at which the standing last changed (names its email).
    pub changed_version: u64,
    pub changed_at: Option<DateTime<Utc>>,
    /// The last change of standing has no email in the outbox yet (its
    /// seller was not known when it was assessed).
    pub email_pending: bool,
}

impl Default for StoredStanding {
    fn default() -> Self {
        StoredStanding {
            standing: Standing::Good,
            points: 0,
            version: 0,
            previous: Standing::Good,
            changed_version: 0,
            changed_at: None,
            email_pending: false,
        }
    }
}

impl StoredStanding {
    /// The next stored standing after `assessment`, or None when nothing
    /// changed.
    pub fn after(&self, assessment: &Assessment, now: DateTime<Utc>) -> Option<StoredStanding> {
        if assessment.standing == self.standing && assessment.points == self.points {
            return None;
        }
        let version = self.version + 1;
        let changed = assessment.standing != self.standing;
        Some(StoredStanding {
            standing: assessment.standing,
            points: assessment.points,
            version,
            previous: if changed {
                self.standing
            } else {
                self.previous
            },
            changed_version: if changed {
                version
            } else {
                self.changed_version
            },
            changed_at: if changed { Some(now) } else { self.changed_at },
            email_pending: changed || self.email_pending,
        })
    }
}
