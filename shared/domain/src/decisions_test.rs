//! A reported violation's decision: the entry, a listing removal, the
//! seller's email and the reminder's first page as outbox items; a recalled
//! listing's buyers get no reminder; another seller's listing is refused; a
//! ledger that holds the entry already counts it once.

use super::*;
use crate::ledger::violations::ComplianceReminder;
use crate::ledger::ViolationType;
use crate::outbox::QueueName;
use chrono::TimeZone;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

fn seller() -> Seller {
    Seller {
        seller_id: "S-1".into(),
        name: "Joy Toys Co.".into(),
        email: "ops@joytoys.example".into(),
        safety_email: Some("safety@joytoys.example".into()),
        locale: None,
        updated_at: None,
        time_zone: None,
    }
}

fn listing(seller_id: &str) -> Result<Listing, serde_json::Error> {
    serde_json::from_value(serde_json::json!({
        "listing_id": "L-1", "seller_id": seller_id, "title": "USB charger",
        "gtins": ["4006381333931"], "markets": ["FR", "DE"],
        "updated_at": "2026-11-01T10:00:00Z"
    }))
}

fn report(sanction: Option<Sanction>, reminder: bool) -> ViolationReported {
    ViolationReported {
        seller_id: "S-1".into(),
        violation: ViolationType::HealthAndSafety,
        severity: None,
        reason: "The charger has no CE marking and overheats.".into(),
        listing_id: Some("L-1".into()),
        sanction,
        financial_penalty: None,
        reported_at: at(10),
        reporter: "desk-ana".into(),
        compliance_reminder: reminder.then(|| ComplianceReminder {
            issue: "The charger has no CE marking.".into(),
            instructions: "Unplug it when not in use.".into(),
        }),
    }
}

fn recall_measures(reversed: bool) -> Vec<(ListingMeasures, bool)> {
    vec![(
        ListingMeasures {
            recall_id: "R-platform-INSP-1".into(),
            listing_id: "L-1".into(),
            measures: vec![Measure {
                kind: MeasureKind::Delist,
                market: None,
                reason: "recalled".into(),
                taken_at: at(2),
            }],
        },
        reversed,
    )]
}

#[test]
fn a_listing_removal_with_a_reminder_books_the_entry_delists_and_returns_the_email_and_the_first_page(
) -> TestResult {
    let (seller, listing) = (seller(), listing("S-1")?);
    let d = violation_reported(
        "vr-1",
        &report(Some(Sanction::ListingRemoval), true),
        &seller,
        &[],
        Some((&listing, &[])),
        at(10),
        &Thresholds::default(),
    )?;
    assert_eq!(d.entry.entry_id, "report:vr-1");
    assert_eq!(d.entry.points, 6);
    let m = d.measures.as_ref().ok_or("a listing removal")?;
    assert_eq!(
        (m.recall_id.as_str(), m.listing_id.as_str()),
        ("report:vr-1", "L-1")
    );
    assert_eq!(m.measures[0].kind, MeasureKind::Delist);
    assert_eq!(m.measures[0].market, None, "every market");
    assert_eq!(d.assessment.points, 6);
    assert_eq!(
        d.seller_email.key,
        OutboxKey::new("report:vr-1", "seller:S-1")
    );
    match &d.seller_email.effect {
        Effect::Email { email } => {
            assert_eq!(email.to, "safety@joytoys.example");
            assert!(email.subject.starts_with("Violation recorded"));
        }
        other => return Err(format!("an email, not {other:?}").into()),
    }
    let page = d.first_page.as_ref().ok_or("a first page")?;
    assert_eq!(
        page.key,
        OutboxKey::new("report:vr-1", "queue:consumer-notices#crm:vr-1:start")
    );
    assert!(matches!(
        &page.effect,
        Effect::Message { queue: QueueName::ConsumerNotices, body } if body.contains("compliance_reminder_page")
    ));
    assert!(!d.reminder_withheld);
    let event = d.event.as_ref().ok_or("the listing removal's event")?;
    assert_eq!(
        event.key,
        OutboxKey::new("report:vr-1", "event:listing_measures_changed#block#DE,FR")
    );
    assert_eq!(
        d.effects().keys(),
        vec![
            d.seller_email.key.clone(),
            event.key.clone(),
            page.key.clone()
        ]
    );
    Ok(())
}

#[test]
fn a_recalled_listing_s_buyers_get_no_reminder_unless_the_recall_was_reversed() -> TestResult {
    let (seller, listing) = (seller(), listing("S-1")?);
    let decide = |measures: &[(ListingMeasures, bool)]| {
        violation_reported(
            "vr-1",
            &report(None, true),
            &seller,
            &[],
            Some((&listing, measures)),
            at(10),
            &Thresholds::default(),
        )
    };
    let recalled = decide(&recall_measures(false))?;
    assert!(recalled.first_page.is_none() && recalled.reminder_withheld);
    assert_eq!(recalled.effects().items.len(), 1, "the seller's email only");
    let reversed = decide(&recall_measures(true))?;
    assert!(reversed.first_page.is_some() && !reversed.reminder_withheld);
    Ok(())
}

#[test]
fn a_report_naming_another_seller_s_listing_or_an_unknown_one_is_refused() -> TestResult {
    let seller = seller();
    let other = listing("S-2")?;
    let r = report(None, false);
    let refused = violation_reported(
        "vr-1",
        &r,
        &seller,
        &[],
        Some((&other, &[])),
        at(10),
        &Thresholds::default(),
    );
    assert!(matches!(
        refused,
        Err(ViolationRefusal::AnotherSellersListing { ref owner, .. }) if owner == "S-2"
    ));
    let unknown = violation_reported(
        "vr-1",
        &r,
        &seller,
        &[],
        None,
        at(10),
        &Thresholds::default(),
    );
    assert!(matches!(
        unknown,
        Err(ViolationRefusal::ListingUnknown { ref listing_id }) if listing_id == "L-1"
    ));
    Ok(())
}

#[test]
fn a_ledger_that_holds_the_entry_already_counts_it_once_and_decides_the_same() -> TestResult {
    let (seller, listing) = (seller(), listing("S-1")?);
    let r = report(Some(Sanction::ListingRemoval), true);
    let decide = |ledger: &[LedgerEntry]| {
        violation_reported(
            "vr-1",
            &r,
            &seller,
            ledger,
            Some((&listing, &[])),
            at(10),
            &Thresholds::default(),
        )
    };
    let first = decide(&[])?;
    let again = decide(std::slice::from_ref(&first.entry))?;
    assert_eq!(again.assessment.points, 6);
    assert_eq!(again, first);
    Ok(())
}
