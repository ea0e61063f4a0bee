//! Refund requests and settlements against the in-memory ports: decided
//! once, the buyer and each seller emailed once; duplicated, concurrent,
//! crashed and failed deliveries; a seller not known yet; the warehouse's
//! check settled once and confirmed once.

use super::*;
use crate::memory::{CrashAfterWrite, MemoryMail, MemoryQueues, MemoryStore};
use chrono::{Duration, TimeZone};
use safety_domain::catalog::{Listing, Seller};
use safety_domain::outbox::OutboxStatus;
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::atomic::Ordering;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 5, 11, 0, 0)
        .single()
        .unwrap_or_default()
}

fn seller(id: &str, locale: &str) -> Result<Seller, serde_json::Error> {
    serde_json::from_value(json!({"seller_id": id, "name": format!("Seller {id}"),
        "email": format!("ops@{}.example", id.to_lowercase()), "locale": locale}))
}

fn listing(id: &str, seller_id: &str) -> Result<Listing, serde_json::Error> {
    serde_json::from_value(json!({"listing_id": id, "seller_id": seller_id,
        "title": format!("Magnetic tiles {id}"), "markets": ["FR", "DE", "US"],
        "updated_at": "2026-10-01T00:00:00Z"}))
}

/// Order `order_id` of buyer B-1 (France, French) of one unit of each
/// listing, delivered on 2 November.
fn order(order_id: &str, listings: &[&str]) -> Result<Order, serde_json::Error> {
    let lines: Vec<_> = listings
        .iter()
        .map(|l| {
            json!({"listing_id": l, "quantity": 1,
                "unit_price": {"amount": "24.90", "currency": "EUR"},
                "fees": {"amount": "3.10", "currency": "EUR"}})
        })
        .collect();
    serde_json::from_value(
        json!({"order_id": order_id, "placed_at": "2026-10-25T09:00:00Z",
        "buyer": {"buyer_id": "B-1", "email": "anna@example.org", "name": "Anna",
                  "country": "FR", "locale": "fr-FR"},
        "ship_to": {"country": "FR", "postal_code": "75011"}, "lines": lines,
        "shipped_at": "2026-10-26T09:00:00Z", "delivered_at": "2026-11-02T15:00:00Z"}),
    )
}

fn request(id: &str, order_id: &str, listings: &[&str], reason: &str) -> String {
    json!({"type": "refund_requested", "id": id, "order_id": order_id, "buyer_id": "B-1",
        "lines": listings.iter().map(|l| json!({"listing_id": l, "quantity": 1})).collect::<Vec<_>>(),
        "reason": reason, "requested_at": "2026-11-05T10:00:00Z",
        "item_condition": {"used": false, "packaging_intact": true, "seals_intact": true,
                           "tags_attached": true},
        "evidence": ["photo-1.jpg"], "payout": "original_payment"})
    .to_string()
}

fn checked(id: &str, order_id: &str, request_id: &str, passed: bool) -> String {
    json!({"type": "return_checked", "id": id, "order_id": order_id, "request_id": request_id,
        "checked_at": "2026-11-12T10:00:00Z", "passed": passed})
    .to_string()
}

/// Sellers S-1 (English) and S-2 (German), their listings L-1 and L-2, and
/// order O-1 of both.
fn store() -> Result<MemoryStore, Box<dyn std::error::Error>> {
    let s = MemoryStore::default();
    s.add_seller(seller("S-1", "en")?);
    s.add_seller(seller("S-2", "de")?);
    s.add_listing(listing("L-1", "S-1")?);
    s.add_listing(listing("L-2", "S-2")?);
    s.add_order(order("O-1", &["L-1", "L-2"])?);
    Ok(s)
}

fn told(mail: &MemoryMail) -> BTreeMap<String, usize> {
    let mut n = BTreeMap::new();
    for d in mail.delivered() {
        *n.entry(d.to).or_default() += 1;
    }
    n
}

const BUYER_ADDRESS: &str = "anna@example.org";
const S1: &str = "ops@s-1.example";
const S2: &str = "ops@s-2.example";

fn once_each(mail: &MemoryMail, addresses: &[&str]) -> Result<(), String> {
    let told = told(mail);
    let expected: BTreeMap<String, usize> = addresses.iter().map(|a| (a.to_string(), 1)).collect();
    if told != expected {
        return Err(format!("expected each of {addresses:?} once, got {told:?}"));
    }
    Ok(())
}

fn all_sent(store: &MemoryStore) -> bool {
    store
        .outbox_items()
        .iter()
        .all(|i| matches!(i.status, OutboxStatus::Sent { .. }))
}

#[tokio::test]
async fn a_request_is_decided_once_and_the_buyer_and_each_seller_are_emailed_once() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    let out = handle(
        &ports,
        &request("rr-1", "O-1", &["L-1", "L-2"], "damaged"),
        "sqs-1",
        now(),
    )
    .await?;
    match out {
        Outcome::Decided {
            outcome,
            label,
            emails_sent,
            ..
        } => {
            assert_eq!(outcome, "granted");
            assert_eq!(label, LabelDecision::Granted);
            assert_eq!(emails_sent, 3, "the buyer and two sellers");
        }
        other => return Err(format!("expected a decision, got {other:?}").into()),
    }
    assert_eq!(store.decisions("O-1").len(), 1);
    assert_eq!(store.labels("B-1", "2026-11"), 1);
    once_each(&mail, &[BUYER_ADDRESS, S1, S2])?;
    let german = mail
        .delivered()
        .into_iter()
        .find(|d| d.to == S2)
        .ok_or("S-2's email")?;
    assert!(
        german.subject.contains("Erstattung") || german.subject.contains("rr-1"),
        "{}",
        german.subject
    );
    let keys: Vec<_> = store
        .outbox_items()
        .into_iter()
        .map(|i| i.item.key)
        .collect();
    assert_eq!(
        keys.iter().map(|k| k.to.as_str()).collect::<Vec<_>>(),
        vec!["buyer", "event:refund_decided", "seller:S-1", "seller:S-2"],
        "the buyer's and each seller's email, and the decision's event"
    );
    assert!(keys.iter().all(|k| k.about == "refund:O-1/rr-1"));
    assert!(all_sent(&store));
    Ok(())
}

#[tokio::test]
async fn a_duplicate_delivery_reads_the_order_s_partition_only_and_sends_nothing() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    let body = request("rr-1", "O-1", &["L-1", "L-2"], "damaged");
    handle(&ports, &body, "sqs-1", now()).await?;
    let calls = store.calls.load(Ordering::SeqCst);
    let again = handle(&ports, &body, "sqs-2", now() + Duration::minutes(1)).await?;
    assert_eq!(
        again,
        Outcome::AlreadyDecided {
            request_id: "rr-1".into(),
            emails_sent: 0
        }
    );
    assert_eq!(
        store.calls.load(Ordering::SeqCst) - calls,
        1,
        "the partition says every email went out"
    );
    once_each(&mail, &[BUYER_ADDRESS, S1, S2])?;
    assert_eq!(store.decisions("O-1").len(), 1);
    assert_eq!(store.labels("B-1", "2026-11"), 1);
    Ok(())
}

#[tokio::test]
async fn two_concurrent_deliveries_decide_once_and_email_each_recipient_once() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    let body = request("rr-1", "O-1", &["L-1", "L-2"], "damaged");
    let (a, b) = tokio::join!(
        handle(&ports, &body, "sqs-a", now()),
        handle(&ports, &body, "sqs-b", now())
    );
    let decided = [&a, &b]
        .iter()
        .filter(|r| matches!(r, Ok(Outcome::Decided { .. })))
        .count();
    assert_eq!(decided, 1, "one decides: {a:?} / {b:?}");
    // The other found the decision: its emails sent, or held by the first
    // delivery (retried after the visibility timeout).
    let later = handle(&ports, &body, "sqs-c", now() + Duration::minutes(6)).await?;
    assert!(
        matches!(later, Outcome::AlreadyDecided { emails_sent: 0, .. }),
        "{later:?}"
    );
    assert_eq!(store.decisions("O-1").len(), 1);
    assert_eq!(store.labels("B-1", "2026-11"), 1);
    once_each(&mail, &[BUYER_ADDRESS, S1, S2])?;
    Ok(())
}

#[tokio::test]
async fn concurrent_requests_of_one_buyer_never_take_a_fourth_label_in_a_month() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    for o in ["O-2", "O-3", "O-4", "O-5"] {
        store.add_order(order(o, &["L-1"])?);
    }
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    let bodies: Vec<String> = (1..=5)
        .map(|i| request(&format!("rr-{i}"), &format!("O-{i}"), &["L-1"], "damaged"))
        .collect();
    let (r1, r2, r3, r4, r5) = tokio::join!(
        handle(&ports, &bodies[0], "sqs-1", now()),
        handle(&ports, &bodies[1], "sqs-2", now()),
        handle(&ports, &bodies[2], "sqs-3", now()),
        handle(&ports, &bodies[3], "sqs-4", now()),
        handle(&ports, &bodies[4], "sqs-5", now()),
    );
    let mut labels = BTreeMap::new();
    for r in [r1, r2, r3, r4, r5] {
        let Outcome::Decided { label, .. } = r? else {
            return Err("each request decided".into());
        };
        *labels.entry(format!("{label:?}")).or_insert(0) += 1;
    }
    assert_eq!(store.labels("B-1", "2026-11"), 3);
    assert_eq!(labels.get("Granted"), Some(&3), "{labels:?}");
    assert_eq!(labels.get("RefusedMonthlyLimit"), Some(&2), "{labels:?}");
    Ok(())
}

#[tokio::test]
async fn a_crash_after_the_decision_s_write_ends_with_every_email_sent_once_after_redelivery(
) -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let crashing = CrashAfterWrite::new(&store);
    let crash = Ports {
        queues: &MemoryQueues::default(),
        store: &crashing,
        mail: &mail,
        config: &config,
    };
    let body = request("rr-1", "O-1", &["L-1", "L-2"], "damaged");
    assert!(
        handle(&crash, &body, "sqs-1", now()).await.is_err(),
        "the crash"
    );
    assert_eq!(store.decisions("O-1").len(), 1, "the decision committed");
    assert!(mail.delivered().is_empty(), "nothing went out");
    assert_eq!(store.outbox_items().len(), 4, "two emails, the event");
    assert!(store
        .outbox_items()
        .iter()
        .all(|i| matches!(i.status, OutboxStatus::Pending { .. })));

    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    // Redelivered while the crashed delivery's lease holds: nothing sent.
    let held = handle(&ports, &body, "sqs-1", now() + Duration::seconds(30)).await;
    assert!(matches!(held, Err(RefundError::Unsent { .. })), "{held:?}");
    assert!(mail.delivered().is_empty());

    // After the queue's visibility timeout: sent, once each.
    let later = handle(&ports, &body, "sqs-1", now() + Duration::minutes(6)).await?;
    assert_eq!(
        later,
        Outcome::AlreadyDecided {
            request_id: "rr-1".into(),
            emails_sent: 3
        }
    );
    once_each(&mail, &[BUYER_ADDRESS, S1, S2])?;
    assert!(all_sent(&store));
    assert_eq!(store.decisions("O-1").len(), 1);
    assert_eq!(store.labels("B-1", "2026-11"), 1);
    let again = handle(&ports, &body, "sqs-1", now() + Duration::minutes(7)).await?;
    assert!(matches!(
        again,
        Outcome::AlreadyDecided { emails_sent: 0, .. }
    ));
    once_each(&mail, &[BUYER_ADDRESS, S1, S2])?;
    Ok(())
}

#[tokio::test]
async fn a_failed_send_is_given_back_and_only_it_goes_out_on_the_retry() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    let body = request("rr-1", "O-1", &["L-1", "L-2"], "damaged");
    mail.fail_next();
    assert!(handle(&ports, &body, "sqs-1", now()).await.is_err());
    assert!(mail.delivered().is_empty(), "the first send failed");
    // Released: the retry needs no lease to run out.
    let retry = handle(&ports, &body, "sqs-1", now() + Duration::seconds(10)).await?;
    assert_eq!(
        retry,
        Outcome::AlreadyDecided {
            request_id: "rr-1".into(),
            emails_sent: 3
        }
    );
    once_each(&mail, &[BUYER_ADDRESS, S1, S2])?;
    Ok(())
}

#[tokio::test]
async fn a_seller_not_known_yet_is_emailed_once_known_and_the_buyer_is_not_emailed_again(
) -> TestResult {
    let (store, mail, config) = (
        MemoryStore::default(),
        MemoryMail::default(),
        RefundConfig::default(),
    );
    store.add_seller(seller("S-1", "en")?);
    store.add_listing(listing("L-1", "S-1")?);
    store.add_listing(listing("L-2", "S-2")?);
    store.add_order(order("O-1", &["L-1", "L-2"])?);
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    let body = request("rr-1", "O-1", &["L-1", "L-2"], "damaged");
    let waits = handle(&ports, &body, "sqs-1", now()).await;
    match waits {
        Err(RefundError::NotYet { what, .. }) => assert!(what.contains("S-2"), "{what}"),
        other => return Err(format!("expected S-2 to be waited for, got {other:?}").into()),
    }
    assert_eq!(store.decisions("O-1").len(), 1, "the decision is stored");
    once_each(&mail, &[BUYER_ADDRESS, S1])?;

    // Retried before the seller arrives: still waiting, nothing more sent.
    assert!(matches!(
        handle(&ports, &body, "sqs-1", now() + Duration::minutes(1)).await,
        Err(RefundError::NotYet { .. })
    ));
    once_each(&mail, &[BUYER_ADDRESS, S1])?;

    store.add_seller(seller("S-2", "de")?);
    let done = handle(&ports, &body, "sqs-1", now() + Duration::minutes(2)).await?;
    assert_eq!(
        done,
        Outcome::AlreadyDecided {
            request_id: "rr-1".into(),
            emails_sent: 1
        }
    );
    once_each(&mail, &[BUYER_ADDRESS, S1, S2])?;
    assert!(all_sent(&store));
    Ok(())
}

#[tokio::test]
async fn a_settlement_is_recorded_once_and_its_confirmation_sent_once() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    handle(
        &ports,
        &request("rr-1", "O-1", &["L-1"], "damaged"),
        "sqs-1",
        now(),
    )
    .await?;
    let check = checked("wh-1", "O-1", "rr-1", true);
    let first = handle(&ports, &check, "sqs-2", now() + Duration::days(7)).await?;
    assert_eq!(
        first,
        Outcome::Settled {
            request_id: "rr-1".into(),
            passed: true,
            emails_sent: 1
        }
    );
    let again = handle(&ports, &check, "sqs-3", now() + Duration::days(7)).await?;
    assert_eq!(
        again,
        Outcome::Settled {
            request_id: "rr-1".into(),
            passed: true,
            emails_sent: 0
        }
    );
    let to_buyer = told(&mail).get(BUYER_ADDRESS).copied();
    assert_eq!(to_buyer, Some(2), "the decision and the confirmation");
    let settled = store
        .decisions("O-1")
        .first()
        .and_then(|d| d.settlement.clone())
        .ok_or("settled")?;
    assert_eq!(settled.check_id, "wh-1");
    assert_eq!(settled.amount.map(|m| m.amount), Some("24.90".to_string()));

    // Another check of the same request is refused, naming the first.
    let other = handle(
        &ports,
        &checked("wh-2", "O-1", "rr-1", false),
        "sqs-4",
        now() + Duration::days(8),
    )
    .await;
    match other {
        Err(RefundError::Message(e)) => {
            assert_eq!(e.field, "request_id");
            assert!(e.to_string().contains("wh-1"), "{e}");
        }
        other => return Err(format!("expected a refusal, got {other:?}").into()),
    }
    assert_eq!(told(&mail).get(BUYER_ADDRESS).copied(), Some(2));
    Ok(())
}

#[tokio::test]
async fn a_crash_after_the_settlement_s_write_confirms_once_after_redelivery() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    handle(
        &ports,
        &request("rr-1", "O-1", &["L-1"], "damaged"),
        "sqs-1",
        now(),
    )
    .await?;
    let crashing = CrashAfterWrite::new(&store);
    let crash = Ports {
        queues: &MemoryQueues::default(),
        store: &crashing,
        mail: &mail,
        config: &config,
    };
    let check = checked("wh-1", "O-1", "rr-1", false);
    let at = now() + Duration::days(7);
    assert!(handle(&crash, &check, "sqs-2", at).await.is_err());
    assert_eq!(told(&mail).get(BUYER_ADDRESS).copied(), Some(1));
    let later = handle(&ports, &check, "sqs-2", at + Duration::minutes(6)).await?;
    assert_eq!(
        later,
        Outcome::Settled {
            request_id: "rr-1".into(),
            passed: false,
            emails_sent: 1
        }
    );
    assert_eq!(told(&mail).get(BUYER_ADDRESS).copied(), Some(2));
    assert!(all_sent(&store));
    Ok(())
}

#[tokio::test]
async fn a_request_that_cannot_be_right_is_a_message_error_and_writes_nothing() -> TestResult {
    let (store, mail, config) = (store()?, MemoryMail::default(), RefundConfig::default());
    let ports = Ports {
        queues: &MemoryQueues::default(),
        store: &store,
        mail: &mail,
        config: &config,
    };
    let err = handle(
        &ports,
        &request("rr-1", "O-1", &["L-9"], "damaged"),
        "sqs-1",
        now(),
    )
    .await;
    match err {
        Err(RefundError::Message(e)) => assert_eq!(e.field, "lines[0].listing_id"),
        other => return Err(format!("expected a message error, got {other:?}").into()),
    }
    assert!(store.decisions("O-1").is_empty());
    assert!(store.outbox_items().is_empty());
    assert!(mail.delivered().is_empty());
    Ok(())
}
