//! Unit tests of `effects` and of the request rules the use case asks
//! (which listings are recalled, what a check does), on a real decision.

use super::*;
use crate::catalog::{Listing, Order};
use crate::kernel::ids::Country;
use crate::recall::case::{ListingMeasures, Measure, MeasureKind};
use crate::refunds::request::{
    check_request, decide_request, order_label, recalled_listings, CheckOutcome, RefundRequested,
    RequestContext, ReturnChecked,
};
use crate::refunds::{OrderLabel, RefundConfig};
use chrono::{DateTime, TimeZone, Utc};
use serde_json::json;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn now() -> Result<DateTime<Utc>, String> {
    Utc.with_ymd_and_hms(2026, 11, 5, 11, 0, 0)
        .single()
        .ok_or_else(|| "time".to_string())
}

fn listing(id: &str, seller_id: &str) -> Result<Listing, serde_json::Error> {
    serde_json::from_value(json!({"listing_id": id, "seller_id": seller_id,
        "title": format!("Tiles {id}"), "markets": ["FR", "DE"],
        "updated_at": "2026-10-01T00:00:00Z"}))
}

fn seller(id: &str) -> Result<Seller, serde_json::Error> {
    serde_json::from_value(json!({"seller_id": id, "name": id,
        "email": format!("{id}@shops.example"), "locale": "de"}))
}

fn order() -> Result<Order, serde_json::Error> {
    let line = |l: &str| {
        json!({"listing_id": l, "quantity": 1,
            "unit_price": {"amount": "24.90", "currency": "EUR"},
            "fees": {"amount": "3.10", "currency": "EUR"}})
    };
    serde_json::from_value(
        json!({"order_id": "O-1", "placed_at": "2026-10-25T09:00:00Z",
        "buyer": {"buyer_id": "B-1", "email": "anna@example.org", "name": "Anna",
                  "country": "FR", "locale": "fr"},
        "ship_to": {"country": "FR", "postal_code": "75011"},
        "lines": [line("L-1"), line("L-2")],
        "shipped_at": "2026-10-26T09:00:00Z", "delivered_at": "2026-11-02T15:00:00Z"}),
    )
}

/// The decision on rr-1 (L-1 of S-1, L-2 of S-2, damaged).
fn record() -> Result<(RefundRecord, Order), Box<dyn std::error::Error>> {
    let (l1, l2, order) = (listing("L-1", "S-1")?, listing("L-2", "S-2")?, order()?);
    let req: RefundRequested = serde_json::from_value(json!({"order_id": "O-1",
        "buyer_id": "B-1", "lines": [{"listing_id": "L-1", "quantity": 1},
                                     {"listing_id": "L-2", "quantity": 1}],
        "reason": "damaged", "requested_at": "2026-11-05T10:00:00Z",
        "payout": "original_payment"}))?;
    let ctx = RequestContext {
        listings: [("L-1".to_string(), &l1), ("L-2".to_string(), &l2)]
            .into_iter()
            .collect(),
        ..RequestContext::default()
    };
    let record = decide_request("rr-1", &req, &order, &ctx, &RefundConfig::default(), now()?)
        .map_err(|p| p.reason)?;
    Ok((record, order))
}

#[test]
fn a_decision_emails_the_buyer_and_each_seller_once_each_keyed_by_request_and_recipient(
) -> TestResult {
    let (record, order) = record()?;
    assert_eq!(
        recipients(&record).into_iter().collect::<Vec<_>>(),
        vec!["buyer", "event:refund_decided", "seller:S-1", "seller:S-2"]
    );
    let sellers: BTreeMap<String, Seller> = [("S-1".into(), seller("S-1")?)].into();
    let planned = decision_emails(&record, &order.buyer, &sellers, &BTreeSet::new())
        .map_err(|e| e.error.to_string())?;
    assert_eq!(planned.sellers_missing, vec!["S-2".to_string()]);
    let keys = planned.effects.keys();
    assert_eq!(
        keys,
        vec![
            OutboxKey::new("refund:O-1/rr-1", "event:refund_decided"),
            OutboxKey::new("refund:O-1/rr-1", "buyer"),
            OutboxKey::new("refund:O-1/rr-1", "seller:S-1")
        ],
        "the decision's event, then the emails (the missing seller's waits)"
    );
    for item in &planned.effects.items {
        let Effect::Email { email } = &item.effect else {
            assert!(
                matches!(&item.effect, Effect::Event { detail_type, .. } if detail_type == "refund_decided")
            );
            continue;
        };
        let to = if item.key.to == BUYER {
            "anna@example.org"
        } else {
            "S-1@shops.example"
        };
        assert_eq!(email.to, to);
        assert_eq!(
            item.on_sent,
            Some(OnSent::RefundEmailed {
                order_id: "O-1".into(),
                request_id: "rr-1".into(),
                to: item.key.to.clone()
            })
        );
    }

    // What went out is not rendered again.
    let sent: BTreeSet<String> = ["buyer".to_string(), DECIDED_EVENT.to_string()].into();
    let again =
        decision_emails(&record, &order.buyer, &sellers, &sent).map_err(|e| e.error.to_string())?;
    assert_eq!(
        again.effects.keys(),
        vec![OutboxKey::new("refund:O-1/rr-1", "seller:S-1")]
    );
    Ok(())
}

#[test]
fn a_settlement_confirms_to_the_buyer_under_its_own_key() -> TestResult {
    let (record, order) = record()?;
    let check: ReturnChecked = serde_json::from_value(json!({"order_id": "O-1",
        "request_id": "rr-1", "checked_at": "2026-11-12T10:00:00Z", "passed": true}))?;
    let CheckOutcome::Settles(s) = check_request(&record, "wh-1", &check).map_err(|e| e.1)? else {
        return Err("a first check settles".into());
    };
    let effects = settlement_emails(&record, &s, &order.buyer).map_err(|e| e.error.to_string())?;
    assert_eq!(
        effects.keys(),
        vec![OutboxKey::new("refund:O-1/rr-1", SETTLED)]
    );

    // Settled: the same check again is its settlement; another is refused.
    let settled = RefundRecord {
        settlement: Some(s.clone()),
        ..record
    };
    assert_eq!(
        check_request(&settled, "wh-1", &check),
        Ok(CheckOutcome::SettledBefore(s))
    );
    let refused = check_request(&settled, "wh-2", &check).map(|_| ());
    assert!(
        matches!(&refused, Err((field, reason)) if field == "request_id" && reason.contains("wh-1")),
        "{refused:?}"
    );
    Ok(())
}

#[test]
fn a_listing_is_recalled_for_refunds_only_under_an_active_recall_measure_in_the_order_s_market(
) -> TestResult {
    let fr = Country::parse("FR")?;
    let measure = |recall: &str, listing: &str, market: &str| -> Built<ListingMeasures> {
        Ok(ListingMeasures {
            recall_id: recall.into(),
            listing_id: listing.into(),
            measures: vec![Measure {
                kind: MeasureKind::GeoBlock,
                market: Some(Country::parse(market)?),
                reason: "recall".into(),
                taken_at: now()?,
            }],
        })
    };
    let listings: BTreeMap<String, Listing> = ["L-1", "L-2", "L-3", "L-4", "L-5"]
        .into_iter()
        .map(|id| Ok((id.to_string(), listing(id, "S-1")?)))
        .collect::<Result<_, serde_json::Error>>()?;
    let measures: BTreeMap<String, Vec<(ListingMeasures, bool)>> = [
        ("L-1", vec![(measure("R-1", "L-1", "FR")?, false)]),
        // Reversed by an upheld appeal.
        ("L-2", vec![(measure("R-1", "L-2", "FR")?, true)]),
        // A reported violation's listing removal is no recall.
        ("L-3", vec![(measure("report:vr-1", "L-3", "FR")?, false)]),
        // Blocked in another market only.
        ("L-4", vec![(measure("R-1", "L-4", "DE")?, false)]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(
        recalled_listings(&listings, &measures, &fr),
        ["L-1".to_string()].into()
    );
    assert_eq!(order_label(Some("rr-0")), OrderLabel::IssuedUnused);
    assert_eq!(order_label(None), OrderLabel::None);
    Ok(())
}

type Built<T> = Result<T, Box<dyn std::error::Error>>;
