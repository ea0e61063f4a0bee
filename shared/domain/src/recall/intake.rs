//! What a recall does once its listings are found (SPEC 1.2-1.4 step 1): the
//! cases it opens, the measures it takes per market, the penalty that applies
//! and the notices the sellers get. Pure: the handler carries the plan out.

// The case and penalty types live in `case` and `penalty`; re-exported
// here, where intake decides them.
pub use super::case::*;
pub use super::penalty::*;

use super::matching::assess;
use super::normalised::{Channel, Recall, RiskLevel};
use crate::catalog::Listing;
use crate::kernel::ids::Country;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A candidate listing that a recall does not affect, and why: recorded with
/// the recall so the desk sees every listing that was looked at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuledOut {
    pub recall_id: String,
    pub listing_id: String,
    pub seller_id: String,
    pub listing_title: String,
    /// In words: "other model KX-90 (the recall names KX40)", "not offered
    /// in the recall's markets (US)".
    pub reason: String,
    pub ruled_out_at: DateTime<Utc>,
}

/// What the handler must write and send for one recall.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IntakePlan {
    /// New cases, each with its measures (empty for cases awaiting review).
    pub new_cases: Vec<(Case, Option<ListingMeasures>)>,
    /// Existing cases whose measures grew because a merged source added markets.
    pub extended: Vec<(Case, Vec<Measure>)>,
    /// One notice per seller with new confident cases or new blocked markets.
    pub notices: Vec<SellerNotice>,
    /// Candidate listings the recall does not affect, each with the reason
    /// (another model, another brand, not offered in the recall's markets):
    /// no candidate is dropped in silence (SPEC 1.2).
    pub ruled_out: Vec<RuledOut>,
    /// Extended cases whose penalty a merged source raised: the case id and
    /// the points booked before (the ledger books the difference).
    pub penalty_raises: Vec<(String, u32)>,
}

impl IntakePlan {
    /// The notices a delivery must send: this plan's that its own write
    /// created (`written`; one another delivery created is that delivery's
    /// to send), then those an earlier, interrupted delivery left unsent.
    pub fn notices_due(
        &self,
        written: &BTreeSet<String>,
        unsent: Vec<SellerNotice>,
    ) -> Vec<SellerNotice> {
        let mut due: Vec<SellerNotice> = self
            .notices
            .iter()
            .filter(|n| written.contains(&n.notice_id))
            .cloned()
            .collect();
        for n in unsent {
            if !due.iter().any(|d| d.notice_id == n.notice_id) {
                due.push(n);
            }
        }
        due
    }

    /// The sellers whose standing is to be reassessed: every seller with an
    /// acted-on, penalised case of the recall, the stored ones (`existing`)
    /// included, so a delivery after a crash still tells a seller whose
    /// standing moved (a no-op when nothing changed).
    pub fn sellers_to_reassess(&self, existing: &[Case]) -> BTreeSet<String> {
        existing
            .iter()
            .chain(self.new_cases.iter().map(|(c, _)| c))
            .filter(|c| c.state != CaseState::AwaitingReview && c.penalty.is_some())
            .map(|c| c.seller_id.clone())
            .collect()
    }

    pub fn confident_cases(&self) -> usize {
        self.new_cases
            .iter()
            .filter(|(c, _)| c.state == CaseState::AppealWindowOpen)
            .count()
    }

    /// True when the plan acts: it opens a confident case or grows one.
    pub fn acts(&self) -> bool {
        self.confident_cases() > 0 || !self.extended.is_empty()
    }

    /// True when a case of the listing, stored (`existing`) or new, carries a
    /// penalty: its seller's standing is to be reassessed (a no-op when
    /// nothing changed, so a delivery after a crash still tells the seller).
    pub fn penalises_listing(&self, existing: &[Case], listing_id: &str) -> bool {
        existing
            .iter()
            .chain(self.new_cases.iter().map(|(c, _)| c))
            .any(|c| c.listing_id == listing_id && c.penalty.is_some())
    }

    /// Drops the ruled-out listings already recorded with the same reason
    /// (`known`, read from the recall's partition): a repeated delivery
    /// writes nothing again.
    pub fn forget_known_ruled_out(&mut self, known: &[RuledOut]) {
        self.ruled_out.retain(|r| {
            !known
                .iter()
                .any(|k| k.listing_id == r.listing_id && k.reason == r.reason)
        });
    }
}

/// Decides the measures a recall takes on a listing in `markets` (the
/// recall's markets where the listing is offered): the risk level and the
/// source decide which, the markets decide where (SPEC 1.3).
///
/// | source \ risk | serious | high | other |
/// |---|---|---|---|
/// | regulator | delist when the recall covers every market of the listing, else geo-block | geo-block | rectification |
/// | supply chain, inspection | geo-block | geo-block | rectification |
/// | NGO | geo-block | rectification | rectification |
///
/// Platform-warehouse stock is also pulled (return to warehouse) wherever the
/// listing is blocked.
pub fn measures_for(
    recall: &Recall,
    listing: &Listing,
    markets: &BTreeSet<Country>,
    now: DateTime<Utc>,
) -> Vec<Measure> {
    let sources: Vec<String> = recall
        .sources
        .iter()
        .map(|s| format!("{} {}", s.source, s.reference))
        .collect();
    let reason = format!(
        "recall {} ({}; {} risk)",
        recall.id,
        sources.join(", "),
        recall.risk.as_str()
    );
    let measure = |kind, market: Option<&Country>| Measure {
        kind,
        market: market.cloned(),
        reason: reason.clone(),
        taken_at: now,
    };
    let mut out = Vec::new();
    let everywhere = listing.markets.is_subset(markets);
    let kind = match (recall.channel, recall.risk) {
        (_, RiskLevel::Other) | (Channel::Ngo, RiskLevel::High) => MeasureKind::Rectification,
        _ => MeasureKind::GeoBlock,
    };
    // Removing a listing everywhere is for an authority's order on a serious risk.
    if recall.channel == Channel::Regulator && recall.risk == RiskLevel::Serious && everywhere {
        out.push(measure(MeasureKind::Delist, None));
    } else {
        out.extend(markets.iter().map(|m| measure(kind, Some(m))));
    }
    if listing.platform_warehouse && kind != MeasureKind::Rectification {
        out.extend(
            markets
                .iter()
                .map(|m| measure(MeasureKind::ReturnToWarehouse, Some(m))),
        );
    }
    out
}

/// Whether a listing's version (its `updated_at`) was published or edited
/// once the recall was public (SPEC 1.2, 1.5 "relists a recalled product"):
/// from the recall's publication, else our receipt of it (`received_at`, the
/// recall's timeline), the earlier of the two when both are known. A recall
/// with neither is taken as public all along. A version older than the
/// recall whose event came late is not: an ordinary intake.
pub fn published_while_active(
    recall: &Recall,
    received_at: Option<DateTime<Utc>>,
    listing: &Listing,
) -> bool {
    let active_since = match (recall.published_at, received_at) {
        (Some(p), Some(r)) => Some(p.min(r)),
        (p, r) => p.or(r),
    };
    active_since.is_none_or(|since| listing.updated_at >= since)
}

/// The reverse check (SPEC 1.2): a listing published or edited while an
/// active recall matches it. The same plan as at intake — the same matching,
/// measures in the recall's markets where the listing is offered, a notice —
/// for this one listing. When `evasion` (the listing's version is newer than
/// the recall, [`published_while_active`]: the seller put a recalled product
/// on sale), the penalty of
/// every new case is a serious violation (SPEC 1.5: "relists a recalled
/// product") whatever the recall's risk, and the case is marked `relisted`;
/// a listing older than the recall whose event came late is an ordinary
/// intake. The notice id names the listing
/// (`<recall>/<seller>/L:<listing>`), so two listings of one seller checked at
/// once never claim the same notice.
pub fn relisting_plan(
    recall: &Recall,
    listing: &Listing,
    existing: &[Case],
    evasion: bool,
    now: DateTime<Utc>,
) -> IntakePlan {
    let mut plan = plan_intake(
        recall,
        std::slice::from_ref(listing),
        existing,
        &BTreeMap::new(),
        now,
    );
    let notice_id = format!(
        "{}/{}/L:{}",
        recall.id, listing.seller_id, listing.listing_id
    );
    for notice in &mut plan.notices {
        notice.notice_id = notice_id.clone();
    }
    for (case, _) in &mut plan.new_cases {
        if case.notice_id.is_some() {
            case.notice_id = Some(notice_id.clone());
        }
    }
    if !evasion {
        return plan;
    }
    let serious = Penalty {
        severity: Severity::Serious,
        points: Severity::Serious.points(),
    };
    let note = "; published or edited while the recall was active";
    for (case, _) in &mut plan.new_cases {
        // Acted on (awaiting review gets its penalty once confirmed): a
        // relisting is a deliberate violation, a seller's own recall or not.
        if case.state == CaseState::AppealWindowOpen {
            case.penalty = Some(serious.clone());
        }
        case.relisted = true;
        case.evidence.push_str(note);
    }
    for notice in &mut plan.notices {
        for item in &mut notice.items {
            if plan
                .new_cases
                .iter()
                .any(|(c, _)| c.case_id == item.case_id)
            {
                item.penalty = Some(serious.clone());
                item.evidence.push_str(note);
            }
        }
    }
    plan
}

/// Plans a recall's intake: matches each candidate listing, opens a case per
/// affected listing not already in `existing`, decides measures and groups the
/// seller notices. Every other candidate is ruled out with its reason. `notices_so_far` counts each seller's earlier notices for
/// this recall.
pub fn plan_intake(
    recall: &Recall,
    candidates: &[Listing],
    existing: &[Case],
    notices_so_far: &BTreeMap<String, usize>,
    now: DateTime<Utc>,
) -> IntakePlan {
    let mut plan = IntakePlan::default();
    let by_listing: BTreeMap<&str, &Case> = existing
        .iter()
        .map(|c| (c.listing_id.as_str(), c))
        .collect();
    let mut per_seller: BTreeMap<String, Vec<NoticeItem>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let recall_penalty = Penalty::for_recall(recall);

    for listing in candidates {
        if !seen.insert(listing.listing_id.as_str()) {
            continue;
        }
        // A seller recalling its own product does what the rule asks.
        let penalty = (!recall.recalled_by(&listing.seller_id)).then(|| recall_penalty.clone());
        let markets: BTreeSet<Country> = listing
            .markets
            .intersection(&recall.markets)
            .cloned()
            .collect();
        if let Some(case) = by_listing.get(listing.listing_id.as_str()) {
            // Already a case: only grow the measures of an acted-on case when a
            // merged source added markets where the listing is offered.
            let new_markets: BTreeSet<Country> =
                markets.difference(&case.markets).cloned().collect();
            if case.state != CaseState::AppealWindowOpen || new_markets.is_empty() {
                continue;
            }
            let added = measures_for(recall, listing, &new_markets, now);
            let mut grown = (*case).clone();
            grown.markets.extend(new_markets.iter().cloned());
            // A merged source may have raised the risk: the heavier penalty applies.
            match (grown.penalty.as_ref().map(|p| p.points), &penalty) {
                (Some(before), Some(p)) if before < p.points => {
                    plan.penalty_raises.push((grown.case_id.clone(), before));
                    grown.penalty = Some(p.clone());
                }
                (Some(_), _) => {}
                (None, p) => grown.penalty = p.clone(),
            }
            per_seller
                .entry(listing.seller_id.clone())
                .or_default()
                .push(NoticeItem {
                    case_id: grown.case_id.clone(),
                    listing_id: listing.listing_id.clone(),
                    listing_title: listing.title.clone(),
                    evidence: grown.evidence.clone(),
                    measures: added.clone(),
                    markets: new_markets,
                    penalty: grown.penalty.clone(),
                });
            plan.extended.push((grown, added));
            continue;
        }
        let rule_out = |reason: String| RuledOut {
            recall_id: recall.id.clone(),
            listing_id: listing.listing_id.clone(),
            seller_id: listing.seller_id.clone(),
            listing_title: listing.title.clone(),
            reason,
            ruled_out_at: now,
        };
        let found = match assess(recall, listing) {
            Ok(found) => found,
            Err(reason) => {
                plan.ruled_out.push(rule_out(reason));
                continue;
            }
        };
        if markets.is_empty() {
            let codes: Vec<&str> = recall.markets.iter().map(|c| c.as_str()).collect();
            plan.ruled_out.push(rule_out(format!(
                "not offered in the recall's markets ({})",
                codes.join(", ")
            )));
            continue;
        }
        let mut case = Case {
            case_id: Case::id_for(&recall.id, &listing.listing_id),
            recall_id: recall.id.clone(),
            listing_id: listing.listing_id.clone(),
            seller_id: listing.seller_id.clone(),
            listing_title: listing.title.clone(),
            confidence: found.confidence,
            evidence: found.evidence,
            state: CaseState::AwaitingReview,
            markets: markets.clone(),
            opened_at: now,
            penalty: None,
            notice_id: None,
            notified_at: None,
            appeal_deadline: None,
            appeal: None,
            review: None,
            penalty_reversed_at: None,
            consumer_recall: None,
            relisted: false,
        };
        if !found.confident {
            plan.new_cases.push((case, None));
            continue;
        }
        let measures = measures_for(recall, listing, &markets, now);
        case.state = CaseState::AppealWindowOpen;
        case.penalty = penalty.clone();
        per_seller
            .entry(listing.seller_id.clone())
            .or_default()
            .push(NoticeItem {
                case_id: case.case_id.clone(),
                listing_id: listing.listing_id.clone(),
                listing_title: listing.title.clone(),
                evidence: case.evidence.clone(),
                measures: measures.clone(),
                markets: case.markets.clone(),
                penalty: penalty.clone(),
            });
        plan.new_cases.push((
            case,
            Some(ListingMeasures {
                recall_id: recall.id.clone(),
                listing_id: listing.listing_id.clone(),
                measures,
            }),
        ));
    }

    for (seller_id, items) in per_seller {
        let n = notices_so_far.get(&seller_id).copied().unwrap_or(0) + 1;
        let notice_id = format!("{}/{}/{}", recall.id, seller_id, n);
        let deadline = appeal_deadline(now);
        let update = items
            .iter()
            .all(|i| plan.extended.iter().any(|(c, _)| c.case_id == i.case_id));
        for (case, _) in plan.extended.iter_mut() {
            if case.seller_id == seller_id {
                case.appeal_deadline = case.appeal_deadline.max(Some(deadline));
            }
        }
        for (case, _) in plan.new_cases.iter_mut() {
            if case.seller_id == seller_id && case.state == CaseState::AppealWindowOpen {
                case.notice_id = Some(notice_id.clone());
                case.notified_at = Some(now);
                case.appeal_deadline = Some(deadline);
            }
        }
        plan.notices.push(SellerNotice {
            notice_id,
            recall_id: recall.id.clone(),
            seller_id,
            update,
            queued_at: now,
            appeal_deadline: deadline,
            items,
        });
    }
    plan
}
