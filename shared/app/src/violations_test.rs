//! A reported violation against the in-memory ports: booked once with its
//! listing removal, one email to the seller and one first reminder page;
//! duplicated, concurrent and crashed deliveries; a recalled listing; an
//! unknown seller; another seller's listing.

use super::*;
use crate::consumer_page;
use crate::memory::{CrashAfterWrite, MemoryMail, MemoryQueues, MemoryStore};
use chrono::{Duration, TimeZone};
use safety_domain::catalog::{Listing, Seller};
use safety_domain::notices::consumer::ConsumerOrder;
use safety_domain::outbox::{OutboxStatus, QueueName};
use safety_domain::recall::intake::{ListingMeasures, Measure, MeasureKind};
use std::sync::atomic::Ordering;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 10, 10, 0, 0)
        .single()
        .unwrap_or_default()
}

const SAFETY: &str = "safety@joytoys.example";

/// Seller S-1 (with a safety mailbox), their listing L-1 and two buyers of
/// it (FR, DE).
fn store() -> Result<MemoryStore, Box<dyn std::error::Error>> {
    let s = MemoryStore::default();
    s.add_seller(Seller {
        seller_id: "S-1".into(),
        name: "Joy Toys Co.".into(),
        email: "ops@joytoys.example".into(),
        safety_email: Some(SAFETY.into()),
        locale: None,
        updated_at: None,
        time_zone: None,
    });
    let listing: Listing = serde_json::from_value(serde_json::json!({
        "listing_id": "L-1", "seller_id": "S-1", "title": "USB charger",
        "gtins": ["4006381333931"], "markets": ["FR", "DE"],
        "updated_at": "2026-11-01T10:00:00Z"
    }))?;
    s.add_listing(listing);
    for (i, (market, lang)) in [("FR", "fr"), ("DE", "de")].into_iter().enumerate() {
        let line: ConsumerOrder = serde_json::from_value(serde_json::json!({
            "order_id": format!("O-{i}"), "buyer_id": format!("B-{i}"),
            "email": format!("b{i}@example.org"), "language": lang,
            "country": market, "market": market, "placed_at": "2026-10-01T09:00:00Z",
            "quantity": 1, "unit_price": {"amount": "24.90", "currency": "EUR"},
            "fees": {"amount": "3.10", "currency": "EUR"}, "cancelled_at": null,
        }))?;
        s.add_order_line("L-1", line);
    }
    Ok(s)
}

/// A serious report (6 points) on L-1 with a listing removal and a
/// compliance reminder; `extra` overrides its fields.
fn report(extra: serde_json::Value) -> String {
    let mut body = serde_json::json!({"type":"violation_reported","id":"vr-1","seller_id":"S-1",
        "violation":"health_and_safety","reason":"The charger has no CE marking and overheats.",
        "listing_id":"L-1","reported_at":"2026-11-10T09:00:00Z","reporter":"desk-ana",
        "sanction":"listing_removal",
        "compliance_reminder":{"issue":"The charger has no CE marking.","instructions":"Unplug it when not in use."}});
    for (k, v) in extra.as_object().into_iter().flatten() {
        body[k] = v.clone();
    }
    body.to_string()
}

async fn run<S>(
    store: &S,
    mail: &MemoryMail,
    queues: &MemoryQueues,
    body: &str,
    at: DateTime<Utc>,
) -> Result<Outcome, ViolationError>
where
    S: Violations + Ledger + Sellers + Outbox + OutboxWrites + Idempotency,
{
    let ports = Ports {
        store,
        mail,
        queues,
    };
    handle(&ports, body, "sqs-1", at, &Thresholds::default()).await
}

/// The "violation recorded" emails delivered.
fn violation_emails(mail: &MemoryMail) -> usize {
    mail.delivered()
        .iter()
        .filter(|d| d.to == SAFETY && d.subject.starts_with("Violation recorded"))
        .count()
}

/// The reminder pages queued.
fn pages(queues: &MemoryQueues) -> Vec<String> {
    queues
        .sent()
        .into_iter()
        .filter(|(q, b)| *q == QueueName::ConsumerNotices && b.contains("crm:vr-1:start"))
        .map(|(_, b)| b)
        .collect()
}

fn all_sent(store: &MemoryStore) -> bool {
    store
        .outbox_items()
        .iter()
        .all(|i| matches!(i.status, OutboxStatus::Sent { .. }))
}

#[tokio::test]
async fn a_report_is_booked_once_with_its_removal_one_email_and_one_first_reminder_page(
) -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let outcome = run(
        &store,
        &mail,
        &queues,
        &report(serde_json::json!({})),
        now(),
    )
    .await?;
    assert_eq!(
        outcome,
        Outcome::Recorded {
            report_id: "vr-1".into(),
            points: 6,
            standing: Standing::Warning,
            listing_removed: true,
            reminder_started: true,
        }
    );
    let ledger = store.entries_of("S-1");
    assert_eq!(ledger.len(), 1);
    assert_eq!(
        (ledger[0].entry_id.as_str(), ledger[0].points),
        ("report:vr-1", 6)
    );
    let measures = store.measures_of("L-1");
    assert_eq!(measures.len(), 1);
    assert_eq!(measures[0].0.measures[0].kind, MeasureKind::Delist);
    assert_eq!(violation_emails(&mail), 1);
    assert_eq!(mail.delivered().len(), 2, "the violation and the standing");
    assert_eq!(pages(&queues).len(), 1);
    assert_eq!(store.standing_of("S-1").standing, Standing::Warning);
    assert!(all_sent(&store));

    // The first page reminds each buyer once, in their language.
    let page = pages(&queues).remove(0);
    let cp = consumer_page::Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let reminded = consumer_page::handle(&cp, &page, "sqs-2", now()).await?;
    assert_eq!(reminded.sent, 2);
    assert!(!reminded.next_page);
    Ok(())
}

#[tokio::test]
async fn a_duplicate_delivery_is_one_store_call_and_sends_nothing() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let body = report(serde_json::json!({}));
    run(&store, &mail, &queues, &body, now()).await?;
    let (calls, delivered, queued) = (
        store.calls.load(Ordering::SeqCst),
        mail.delivered().len(),
        queues.sent().len(),
    );
    let again = run(&store, &mail, &queues, &body, now() + Duration::minutes(1)).await?;
    assert_eq!(again, Outcome::Duplicate);
    assert_eq!(store.calls.load(Ordering::SeqCst) - calls, 1);
    assert_eq!(
        (mail.delivered().len(), queues.sent().len()),
        (delivered, queued)
    );
    Ok(())
}

#[tokio::test]
async fn two_concurrent_deliveries_book_once_and_send_the_email_and_the_page_once() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let body = report(serde_json::json!({}));
    let (a, b) = tokio::join!(
        run(&store, &mail, &queues, &body, now()),
        run(&store, &mail, &queues, &body, now())
    );
    assert!(
        a.is_ok() || b.is_ok(),
        "one of them records and sends: {a:?} {b:?}"
    );
    // The other is retried by the queue, after the visibility timeout.
    run(&store, &mail, &queues, &body, now() + Duration::minutes(6)).await?;
    assert_eq!(store.entries_of("S-1").len(), 1);
    assert_eq!(violation_emails(&mail), 1);
    assert_eq!(pages(&queues).len(), 1);
    assert!(all_sent(&store));
    Ok(())
}

#[tokio::test]
async fn a_crash_after_the_report_s_write_ends_with_the_email_and_the_page_sent_once_after_redelivery(
) -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let body = report(serde_json::json!({}));
    let crashing = CrashAfterWrite::new(&store);
    assert!(
        run(&crashing, &mail, &queues, &body, now()).await.is_err(),
        "the crash"
    );
    assert!(store.report_recorded("vr-1"), "the decision was committed");
    assert!(
        mail.delivered().is_empty() && queues.sent().is_empty(),
        "nothing went out"
    );
    assert_eq!(
        store.outbox_items().len(),
        3,
        "the email, the listing removal's event and the page"
    );
    assert!(store.outbox_items().iter().all(|i| matches!(
        i.status,
        OutboxStatus::Pending {
            leased_until: Some(_)
        }
    )));

    // Redelivered while the crashed delivery's lease holds: nothing is sent.
    assert!(
        run(&store, &mail, &queues, &body, now() + Duration::seconds(30))
            .await
            .is_err()
    );
    assert_eq!(violation_emails(&mail), 0);
    assert!(pages(&queues).is_empty());

    // After the visibility timeout: each once.
    let later = now() + Duration::minutes(6);
    let outcome = run(&store, &mail, &queues, &body, later).await?;
    assert!(matches!(
        outcome,
        Outcome::Recorded {
            reminder_started: true,
            ..
        }
    ));
    run(&store, &mail, &queues, &body, later).await?;
    assert_eq!(violation_emails(&mail), 1);
    assert_eq!(pages(&queues).len(), 1);
    assert_eq!(store.entries_of("S-1").len(), 1);
    assert!(all_sent(&store));
    // The marketplace is told once to delist the listing, for the report.
    let removals: Vec<serde_json::Value> = queues
        .events()
        .iter()
        .filter(|(t, _)| t == "listing_measures_changed")
        .filter_map(|(_, d)| serde_json::from_str(d).ok())
        .collect();
    assert_eq!(removals.len(), 1);
    assert_eq!(removals[0]["cause"]["kind"], "report");
    assert_eq!(removals[0]["cause"]["id"], "vr-1");
    assert!(removals[0]["case_id"].is_null());
    Ok(())
}

#[tokio::test]
async fn a_recalled_listing_s_report_starts_no_reminder() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    store.add_measures(
        ListingMeasures {
            recall_id: "R-platform-INSP-1".into(),
            listing_id: "L-1".into(),
            measures: vec![Measure {
                kind: MeasureKind::Delist,
                market: None,
                reason: "recalled".into(),
                taken_at: now(),
            }],
        },
        false,
    );
    let body = report(serde_json::json!({"sanction": null}));
    let outcome = run(&store, &mail, &queues, &body, now()).await?;
    assert!(matches!(
        outcome,
        Outcome::Recorded {
            reminder_started: false,
            listing_removed: false,
            ..
        }
    ));
    assert!(queues.sent().is_empty());
    assert_eq!(violation_emails(&mail), 1);
    Ok(())
}

#[tokio::test]
async fn an_unknown_seller_is_retried_and_another_seller_s_listing_refused_recording_nothing(
) -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let unknown = report(serde_json::json!({"seller_id": "S-9"}));
    assert!(matches!(
        run(&store, &mail, &queues, &unknown, now()).await,
        Err(ViolationError::NotYet { .. })
    ));
    store.add_seller(Seller {
        seller_id: "S-2".into(),
        name: "Other".into(),
        email: "ops@other.example".into(),
        safety_email: None,
        locale: None,
        updated_at: None,
        time_zone: None,
    });
    let other = report(serde_json::json!({"seller_id": "S-2"}));
    match run(&store, &mail, &queues, &other, now()).await {
        Err(ViolationError::Message(e)) => assert_eq!(e.field, "listing_id"),
        got => return Err(format!("expected a message error, got {got:?}").into()),
    }
    assert!(!store.report_recorded("vr-1"));
    assert!(mail.delivered().is_empty() && queues.sent().is_empty());
    Ok(())
}
