//! The penalty-points ledger of a seller and the standing it gives (SPEC 1.5,
//! 1.6; seed 000: "2 points penalty ... for each [general] violation; ... 6
//! points ... for each [serious] violation"). Pure: entries in, standing out.
//!
//! An entry is never deleted: an upheld appeal adds a *reversal* entry that
//! names the entry it reverses. The standing counts, over a rolling 365 days,
//! the points of the penalties that are not reversed, and the account
//! sanctions the desk imposed (a permanent ban whatever its age).
//!
//! The window is counted in UTC calendar days, like every window of the
//! product: an entry booked on day D counts on D + 365 and not on D + 366.

use crate::kernel::money::Money;
use crate::recall::case::Case;
use crate::recall::penalty::Severity;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The rolling window of SPEC 1.5, in calendar days.
pub const WINDOW_DAYS: i64 = 365;

/// What the seller did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolationType {
    /// A recalled product on sale: the penalty the recall notice states
    /// ("the notification about the penalty for violation and the recall
    /// notice"), reversed if the seller's appeal is upheld.
    RecallNotActedOn,
    /// A listing published or edited while an active recall matches it, or
    /// edited to dodge a recall (SPEC 1.2: "penalised as a deliberate
    /// violation"): always serious.
    RecallEvasion,
    /// Counterfeits, copied images, logos or trademarks (seed 001).
    IntellectualProperty,
    /// Banned or restricted items: dangerous substances, weapons, hazardous
    /// chemicals, flammables.
    ProhibitedItem,
    /// Defective electronics, mislabelled medicines, counterfeit medical
    /// devices, unsubstantiated claims.
    HealthAndSafety,
    /// False or misleading listing information.
    FalseInformation,
    /// Price manipulation, fake reviews, misleading discounts.
    PricingAbuse,
}

impl ViolationType {
    /// The types a `violation_reported` message may carry (the recall types
    /// are booked by the recall flow itself).
    pub const REPORTABLE: [ViolationType; 5] = [
        ViolationType::IntellectualProperty,
        ViolationType::ProhibitedItem,
        ViolationType::HealthAndSafety,
        ViolationType::FalseInformation,
        ViolationType::PricingAbuse,
    ];

    /// The severity when the report does not say: the types that put buyers
    /// at risk or break the law outright are serious.
    pub fn default_severity(self) -> Severity {
        match self {
            ViolationType::RecallEvasion
            | ViolationType::IntellectualProperty
            | ViolationType::ProhibitedItem
            | ViolationType::HealthAndSafety => Severity::Serious,
            ViolationType::RecallNotActedOn
            | ViolationType::FalseInformation
            | ViolationType::PricingAbuse => Severity::General,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            ViolationType::RecallNotActedOn => "recalled product on sale",
            ViolationType::RecallEvasion => "listing published or edited while a recall covers it",
            ViolationType::IntellectualProperty => "intellectual-property infringement",
            ViolationType::ProhibitedItem => "prohibited or restricted item",
            ViolationType::HealthAndSafety => "health and safety",
            ViolationType::FalseInformation => "false or misleading listing information",
            ViolationType::PricingAbuse => "pricing and promotion abuse",
        }
    }
}

/// What the desk imposes with a reported violation (seed 001, 003).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sanction {
    /// The listing is removed in every market.
    ListingRemoval,
    /// A fine (`financial_penalty` on the report).
    FinancialPenalty,
    ShippingRestriction,
    AccountFreeze,
    Suspension,
    PermanentBan,
}

impl Sanction {
    /// The account standing the sanction imposes while its entry counts.
    pub fn standing(self) -> Standing {
        match self {
            Sanction::ListingRemoval | Sanction::FinancialPenalty => Standing::Good,
            Sanction::ShippingRestriction | Sanction::AccountFreeze => Standing::ShippingRestricted,
            Sanction::Suspension => Standing::Suspended,
            Sanction::PermanentBan => Standing::Terminated,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Sanction::ListingRemoval => "listing removed in every market",
            Sanction::FinancialPenalty => "financial penalty",
            Sanction::ShippingRestriction => "shipping restriction",
            Sanction::AccountFreeze => "account frozen",
            Sanction::Suspension => "account suspended",
            Sanction::PermanentBan => "permanent ban",
        }
    }
}

/// An account's standing, from best to worst (SPEC 1.5: "warning, listing
/// restrictions, shipping restrictions / freeze, suspension, termination").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Good,
    Warning,
    ListingRestrictions,
    /// Shipping restricted, or the account frozen.
    ShippingRestricted,
    Suspended,
    Terminated,
}

impl Standing {
    pub const ALL: [Standing; 6] = [
        Standing::Good,
        Standing::Warning,
        Standing::ListingRestrictions,
        Standing::ShippingRestricted,
        Standing::Suspended,
        Standing::Terminated,
    ];

    pub fn describe(self) -> &'static str {
        match self {
            Standing::Good => "good standing",
            Standing::Warning => "warning",
            Standing::ListingRestrictions => "listing restrictions",
            Standing::ShippingRestricted => "shipping restricted / account frozen",
            Standing::Suspended => "suspended",
            Standing::Terminated => "terminated",
        }
    }

    /// What the standing means for the seller, in one sentence.
    pub fn consequence(self) -> &'static str {
        match self {
            Standing::Good => "No restriction applies to your account.",
            Standing::Warning => {
                "A formal warning: further violations will restrict your account."
            }
            Standing::ListingRestrictions => {
                "You cannot publish new listings or edit existing ones until your points fall below the threshold."
            }
            Standing::ShippingRestricted => {
                "Your shipping permissions are restricted and your account's funds are frozen."
            }
            Standing::Suspended => {
                "Your account is suspended: your listings are hidden and you cannot sell."
            }
            Standing::Terminated => "Your account is terminated.",
        }
    }
}

/// The points at which each standing starts, over the rolling window.
/// Configuration; the defaults follow the marketplace's steps for serious
/// violations (12, 24, 36, 48 points) with a warning at one serious violation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub warning: u32,
    pub listing_restrictions: u32,
    pub shipping_restriction: u32,
    pub suspension: u32,
    pub termination: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            warning: 6,
            listing_restrictions: 12,
            shipping_restriction: 24,
            suspension: 36,
            termination: 48,
        }
    }
}

impl Thresholds {
    /// From "6,12,24,36,48" (warning, listing restrictions, shipping
    /// restriction, suspension, termination), strictly increasing.
    pub fn parse(raw: &str) -> Result<Thresholds, String> {
        let values: Vec<u32> = raw
            .split(',')
            .map(|v| {
                v.trim()
                    .parse::<u32>()
                    .map_err(|_| format!("'{}' is not a number of points", v.trim()))
            })
            .collect::<Result<_, _>>()?;
        let [warning, listing_restrictions, shipping_restriction, suspension, termination] =
            values[..]
        else {
            return Err(format!(
                "expected 5 thresholds (warning, listing restrictions, shipping restriction, suspension, termination), got {}",
                values.len()
            ));
        };
        if warning == 0 || !values.windows(2).all(|w| w[0] < w[1]) {
            return Err("thresholds must be positive and strictly increasing".into());
        }
        Ok(Thresholds {
            warning,
            listing_restrictions,
            shipping_restriction,
            suspension,
            termination,
        })
    }

    /// The standing `points` give.
    pub fn standing(&self, points: u32) -> Standing {
        if points >= self.termination {
            Standing::Terminated
        } else if points >= self.suspension {
            Standing::Suspended
        } else if points >= self.shipping_restriction {
            Standing::ShippingRestricted
        } else if points >= self.listing_restrictions {
            Standing::ListingRestrictions
        } else if points >= self.warning {
            Standing::Warning
        } else {
            Standing::Good
        }
    }
}

/// One line of a seller's ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    /// Stable: `case:<case id>`, `report:<message id>`,
    /// `reversal:<entry id>`; a retried write finds it and adds nothing.
    pub entry_id: String,
    pub seller_id: String,
    pub at: DateTime<Utc>,
    pub violation: ViolationType,
    /// None on a reversal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The points the entry adds (a reversal: minus the points it reverses).
    pub points: i32,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listing_id: Option<String>,
    /// The `violation_reported` message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sanction: Option<Sanction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_penalty: Option<Money>,
    /// On a reversal: the entry it reverses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverses: Option<String>,
}

impl LedgerEntry {
    /// The penalty a case's notice states, booked when the case opens with its
    /// measures; None for a case without a penalty (awaiting review).
    pub fn for_case(case: &Case) -> Option<LedgerEntry> {
        let penalty = case.penalty.as_ref()?;
        let violation = if case.relisted {
            ViolationType::RecallEvasion
        } else {
            ViolationType::RecallNotActedOn
        };
        Some(LedgerEntry {
            entry_id: format!("case:{}", case.case_id),
            seller_id: case.seller_id.clone(),
            at: case.opened_at,
            violation,
            severity: Some(penalty.severity),
            points: i32::try_from(penalty.points).unwrap_or(i32::MAX),
            reason: format!(
                "{}: listing {} ({}), recall {}",
                violation.describe(),
                case.listing_id,
                case.listing_title,
                case.recall_id
            ),
            case_id: Some(case.case_id.clone()),
            listing_id: Some(case.listing_id.clone()),
            report_id: None,
            sanction: None,
            financial_penalty: None,
            reverses: None,
        })
    }

    /// The rest of a case's penalty when a merged source raised it (the notice
    /// of the extension states the heavier penalty): `case:<case>:raised-to-<n>`.
    pub fn for_raise(case: &Case, before: u32) -> Option<LedgerEntry> {
        let mut entry = LedgerEntry::for_case(case)?;
        let after = entry.points;
        entry.points = after - i32::try_from(before).unwrap_or(0);
        if entry.points <= 0 {
            return None;
        }
        entry.entry_id = format!("case:{}:raised-to-{after}", case.case_id);
        entry.reason = format!(
            "{} (raised from {before} to {after} points: a merged source raised the recall's risk)",
            entry.reason
        );
        Some(entry)
    }

    /// The entry that reverses this one (an upheld appeal), at `at`.
    pub fn reversal(&self, at: DateTime<Utc>, reason: &str) -> LedgerEntry {
        LedgerEntry {
            entry_id: format!("reversal:{}", self.entry_id),
            seller_id: self.seller_id.clone(),
            at,
            violation: self.violation,
            severity: None,
            points: -self.points,
            reason: reason.to_string(),
            case_id: self.case_id.clone(),
            listing_id: self.listing_id.clone(),
            report_id: self.report_id.clone(),
            sanction: None,
            financial_penalty: None,
            reverses: Some(self.entry_id.clone()),
        }
    }

    pub fn is_reversal(&self) -> bool {
        self.reverses.is_some()
    }

    /// The penalty a recall case booked: contested by appealing the case
    /// within its window (other entries, an edit that dodged a recall or a
    /// reported violation, through the seller centre).
    pub fn is_case_penalty(&self) -> bool {
        self.entry_id.starts_with("case:")
    }

    /// The entries an upheld appeal of `case_id` reverses: every entry of the
    /// case (its penalty, a raise, an edit that dodged it) not reversed yet.
    pub fn reversible_for_case<'a>(
        entries: &'a [LedgerEntry],
        case_id: &str,
    ) -> Vec<&'a LedgerEntry> {
        let reversed: BTreeSet<&str> = entries
            .iter()
            .filter_map(|e| e.reverses.as_deref())
            .collect();
        entries
            .iter()
            .filter(|e| !e.is_reversal() && e.case_id.as_deref() == Some(case_id))
            .filter(|e| !reversed.contains(e.entry_id.as_str()))
            .collect()
    }
}

/// The first calendar day whose entries still count at `now`.
pub fn window_start(now: DateTime<Utc>) -> NaiveDate {
    now.date_naive() - chrono::Days::new(WINDOW_DAYS.unsigned_abs())
}

/// The entry counts at `now`: booked no later than `now`, at most 365
/// calendar days before it.
pub fn in_window(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    at <= now && at.date_naive() >= window_start(now)
}

/// A seller's standing at a time, and the entries behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub standing: Standing,
    /// The points of the counted penalties.
    pub points: u32,
    /// The penalties that count (in the window, not reversed), oldest first.
    pub counted: Vec<String>,
    /// The standing the points alone give.
    pub by_points: Standing,
    /// The worst standing a counted sanction imposes (a permanent ban counts
    /// whatever its age).
    pub by_sanction: Standing,
}

/// Assesses a seller's entries at `now`: entries may come in any order and
/// include entries outside the window (they are ignored, but a permanent ban
/// is kept).
pub fn assess(entries: &[LedgerEntry], now: DateTime<Utc>, thresholds: &Thresholds) -> Assessment {
    // A reversal voids its entry whatever its own time (an appeal decided at a
    // time given by the desk may be stamped after "now").
    let reversed: BTreeSet<&str> = entries
        .iter()
        .filter_map(|e| e.reverses.as_deref())
        .collect();
    let mut live: Vec<&LedgerEntry> = entries
        .iter()
        .filter(|e| !e.is_reversal() && !reversed.contains(e.entry_id.as_str()))
        .collect();
    live.sort_by(|a, b| a.at.cmp(&b.at).then(a.entry_id.cmp(&b.entry_id)));
    let mut points: u32 = 0;
    let mut counted = Vec::new();
    let mut by_sanction = Standing::Good;
    for e in &live {
        let counts = in_window(e.at, now);
        if counts {
            points = points.saturating_add(u32::try_from(e.points.max(0)).unwrap_or(0));
            counted.push(e.entry_id.clone());
        }
        if let Some(s) = e.sanction {
            if counts || (s == Sanction::PermanentBan && e.at <= now) {
                by_sanction = by_sanction.max(s.standing());
            }
        }
    }
    let by_points = thresholds.standing(points);
    Assessment {
        standing: by_points.max(by_sanction),
        points,
        counted,
        by_points,
        by_sanction,
    }
}

/// An edit that dodges a recall (SPEC 1.5 "relists or edits a listing to dodge
/// a recall"): the listing is under the recall's active measures and the edit
/// changed the identifiers the recall matched, so that the recall would no
/// longer be acted on for it. The measures stay; the seller books a serious
/// violation (`edit:<listing>:<updated_at>`).
pub fn dodging_edit(
    recall: &crate::recall::Recall,
    previous: &crate::catalog::Listing,
    next: &crate::catalog::Listing,
) -> Option<LedgerEntry> {
    use crate::recall::matching::evaluate;
    let identity = |l: &crate::catalog::Listing| {
        (
            l.gtins.clone(),
            l.folded_brand(),
            l.folded_model(),
            l.folded_batches(),
        )
    };
    if identity(previous) == identity(next) {
        return None;
    }
    let was = evaluate(recall, previous).is_some_and(|m| m.confident);
    let is = evaluate(recall, next).is_some_and(|m| m.confident);
    if !was || is {
        return None;
    }
    let severity = Severity::Serious;
    Some(LedgerEntry {
        entry_id: format!(
            "edit:{}:{}",
            next.listing_id,
            next.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        ),
        seller_id: next.seller_id.clone(),
        at: next.updated_at,
        violation: ViolationType::RecallEvasion,
        severity: Some(severity),
        points: i32::try_from(severity.points()).unwrap_or(i32::MAX),
        reason: format!(
            "listing {} ({}) edited while blocked by recall {}: its identifiers no longer match the recall; the measures stay",
            next.listing_id, next.title, recall.id
        ),
        case_id: Some(crate::recall::case::Case::id_for(&recall.id, &next.listing_id)),
        listing_id: Some(next.listing_id.clone()),
        report_id: None,
        sanction: None,
        financial_penalty: None,
        reverses: None,
    })
}

/// What a delivery of a listing's version does against the stored one (SPEC
/// 1.2, 1.5).
#[derive(Debug, Clone, PartialEq)]
pub enum ListingUpsert {
    /// The stored version is newer (a late or duplicated older delivery):
    /// nothing is written, no check runs.
    Stale,
    /// The stored version itself again: nothing is written, and its recall
    /// check runs again (a crash may have cut the first one short; it only
    /// finishes what is left).
    Again,
    /// A new listing or a newer version: written, then checked. `dodges`:
    /// the recalls blocking the listing that the edit dodges
    /// ([`dodging_edit`]), each with its serious violation, booked *before*
    /// the edit is stored: a crash in between books it again on the
    /// redelivery (same key), never loses it.
    Write { dodges: Vec<(String, LedgerEntry)> },
}

/// Decides what `next` does over the stored `previous` (none: a new
/// listing), given the recalls whose active measures block the listing
/// (`blocking`). The newer version is the later `updated_at`, then the
/// greater content digest ([`crate::catalog::ListingVersion`]), so two edits
/// stamped with the same time converge whatever the delivery order.
pub fn listing_upsert(
    previous: Option<&crate::catalog::Listing>,
    blocking: &[crate::recall::Recall],
    next: &crate::catalog::Listing,
) -> ListingUpsert {
    let Some(prev) = previous else {
        return ListingUpsert::Write { dodges: Vec::new() };
    };
    match next.version().cmp(&prev.version()) {
        std::cmp::Ordering::Less => ListingUpsert::Stale,
        std::cmp::Ordering::Equal => ListingUpsert::Again,
        std::cmp::Ordering::Greater => ListingUpsert::Write {
            dodges: blocking
                .iter()
                .filter_map(|r| dodging_edit(r, prev, next).map(|e| (r.id.clone(), e)))
                .collect(),
        },
    }
}
