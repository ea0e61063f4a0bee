//! A recall's intake against the in-memory ports: the cases, each seller's
//! notice and change of standing once; a duplicate; two concurrent
//! deliveries; a send failed after the cases' write; a merged second source.

use super::*;
use crate::memory::{MailFailingOnce, MemoryMail, MemoryQueues, MemoryStore};
use crate::ports::SendStatus;
use chrono::TimeZone;
use std::collections::BTreeMap;
use std::sync::atomic::Ordering;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 8, 0, 0)
        .single()
        .unwrap_or_default()
}

const GTIN: &str = "03760289220694";

/// Sellers S-1 and S-2, each with a listing of the recalled GTIN in FR.
fn store() -> Result<MemoryStore, Box<dyn std::error::Error>> {
    let s = MemoryStore::default();
    for n in 1..=2 {
        s.add_seller(serde_json::from_value(serde_json::json!({
            "seller_id": format!("S-{n}"), "name": format!("Seller {n}"),
            "email": format!("s{n}@example.org")
        }))?);
        s.add_listing(serde_json::from_value(serde_json::json!({
            "listing_id": format!("L-{n}"), "seller_id": format!("S-{n}"), "title": "Keto",
            "gtins": [GTIN], "markets": ["FR", "DE"], "updated_at": "2026-10-01T00:00:00Z"
        }))?);
    }
    Ok(s)
}

fn message(id: &str, reference: &str) -> String {
    serde_json::json!({"type": "recall_received", "id": id, "source": "platform",
        "channel": "inspection", "received_at": "2026-11-03T08:00:00Z",
        "recall": {"reference": reference, "title": "Keto slim nuit", "hazard": "Ethylene oxide",
            "risk": "serious", "gtins": [GTIN], "markets": ["FR"]}})
    .to_string()
}

fn received(mail: &MemoryMail) -> BTreeMap<String, Vec<String>> {
    let mut n: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in mail.delivered() {
        n.entry(d.to).or_default().push(d.subject);
    }
    n
}

/// Each seller got exactly the notice and the change of standing.
fn each_seller_told_once(mail: &MemoryMail) {
    let got = received(mail);
    assert_eq!(got.len(), 2, "{got:?}");
    for subjects in got.values() {
        assert_eq!(subjects.len(), 2, "{subjects:?}");
        assert_eq!(
            subjects
                .iter()
                .filter(|s| s.starts_with("Your account standing"))
                .count(),
            1,
            "{subjects:?}"
        );
    }
}

#[tokio::test]
async fn a_recall_blocks_each_listing_in_its_market_and_tells_each_seller_once() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let out = handle(
        &ports,
        &message("insp-1", "INSP-1"),
        "sqs-1",
        now(),
        &Thresholds::default(),
    )
    .await?;
    assert_eq!((out.cases_opened, out.notices_sent), (2, 2));
    each_seller_told_once(&mail);
    let notices = store.notices_of(&out.recall_id);
    assert!(notices.iter().all(|n| n.status == SendStatus::Sent));
    assert_eq!(store.entries_of("S-1").len(), 1, "one penalty");
    assert_eq!(store.standing_of("S-1").points, 6);
    // The window runs from the notice: the case waits in the due index.
    let case = store
        .stored(&format!("{}/L-1", out.recall_id))
        .ok_or("case")?;
    assert!(case.0.notified_at.is_some() && case.1.is_some());

    // The same message again: one read, nothing sent.
    let calls = store.calls.load(Ordering::SeqCst);
    let again = handle(
        &ports,
        &message("insp-1", "INSP-1"),
        "sqs-2",
        now(),
        &Thresholds::default(),
    )
    .await?;
    assert!(again.duplicate);
    assert_eq!(store.calls.load(Ordering::SeqCst) - calls, 1);
    each_seller_told_once(&mail);
    Ok(())
}

#[tokio::test]
async fn a_send_that_fails_after_the_cases_write_is_sent_once_by_the_redelivery() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let failing = MailFailingOnce::new(MemoryMail::default());
    let first = Ports {
        store: &store,
        mail: &failing,
        queues: &queues,
    };
    let th = Thresholds::default();
    assert!(
        handle(&first, &message("insp-1", "INSP-1"), "sqs-1", now(), &th)
            .await
            .is_err()
    );
    assert!(failing.inner.delivered().is_empty(), "nothing went out");
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let out = handle(&ports, &message("insp-1", "INSP-1"), "sqs-1", now(), &th).await?;
    assert_eq!(out.cases_opened, 0, "the first delivery opened them");
    assert_eq!(out.notices_sent, 2, "and this one sends their notices");
    each_seller_told_once(&mail);
    Ok(())
}

/// The first delivery writes its cases, notices and their items (leased to
/// it), then dies before sending: a redelivery within the lease sends
/// nothing and fails (retried); one after the lease sends every notice and
/// every event once.
#[tokio::test]
async fn a_delivery_that_dies_after_its_write_is_sent_once_after_its_lease() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let body = message("insp-9", "INSP-9");
    let recall = recall_of(&RecallReceived::parse(envelope(&body, "sqs-1")?)?)?;
    let found = find(&store, &recall).await?;
    let plan = plan_intake(&recall, &found.listings, &[], &BTreeMap::new(), now());
    store.put_recall(&recall, &[("received_at", now())]).await?;
    let written = plans::write(&store, &plan, &recall, now()).await?;
    assert_eq!(
        written.held.len(),
        2,
        "both notices written, then the crash"
    );

    let th = Thresholds::default();
    let soon = now() + chrono::Duration::seconds(30);
    let early = handle(&ports, &body, "sqs-1", soon, &th).await;
    assert!(
        matches!(early, Err(IntakeError::Notice { source: NoticeError::Waiting(n), .. }) if n > 0),
        "{early:?}"
    );
    assert!(mail.delivered().is_empty(), "nothing sent while leased");
    assert!(
        queues.events().is_empty(),
        "no event published while leased"
    );

    let later = now() + chrono::Duration::seconds(safety_domain::outbox::LEASE_SECS + 1);
    let out = handle(&ports, &body, "sqs-1", later, &th).await?;
    assert_eq!((out.cases_opened, out.notices_sent), (0, 2));
    each_seller_told_once(&mail);
    let blocks = queues
        .events()
        .iter()
        .filter(|(t, _)| t == "listing_measures_changed")
        .count();
    assert_eq!(blocks, 2, "each listing's block published once");
    Ok(())
}

#[tokio::test]
async fn two_concurrent_deliveries_tell_each_seller_once() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let th = Thresholds::default();
    let body = message("insp-1", "INSP-1");
    let (a, b) = tokio::join!(
        handle(&ports, &body, "sqs-a", now(), &th),
        handle(&ports, &body, "sqs-b", now(), &th)
    );
    if a.is_err() || b.is_err() {
        // The loser is retried, as SQS would.
        handle(&ports, &body, "sqs-c", now(), &th).await?;
    }
    each_seller_told_once(&mail);
    Ok(())
}

#[tokio::test]
async fn a_second_source_of_the_same_product_merges_and_tells_no_one_again() -> TestResult {
    let (store, mail, queues) = (store()?, MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let th = Thresholds::default();
    let first = handle(&ports, &message("insp-1", "INSP-1"), "sqs-1", now(), &th).await?;
    let second = handle(&ports, &message("insp-2", "INSP-2"), "sqs-2", now(), &th).await?;
    assert!(second.merged);
    assert_eq!(second.recall_id, first.recall_id);
    assert_eq!((second.cases_opened, second.notices_sent), (0, 0));
    each_seller_told_once(&mail);
    Ok(())
}

#[tokio::test]
async fn a_recall_in_fr_and_de_tells_the_marketplace_once_to_block_there_and_not_in_the_us(
) -> TestResult {
    let store = MemoryStore::default();
    store.add_seller(serde_json::from_value(serde_json::json!({
        "seller_id": "S-1", "name": "Seller 1", "email": "s1@example.org"
    }))?);
    store.add_listing(serde_json::from_value(serde_json::json!({
        "listing_id": "L-1", "seller_id": "S-1", "title": "Keto", "gtins": [GTIN],
        "markets": ["FR", "DE", "US"], "updated_at": "2026-10-01T00:00:00Z"
    }))?);
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let body = serde_json::json!({"type": "recall_received", "id": "insp-3", "source": "platform",
        "channel": "inspection", "recall": {"reference": "INSP-3", "title": "Keto",
        "hazard": "Ethylene oxide", "risk": "serious", "gtins": [GTIN], "markets": ["FR", "DE"]}})
    .to_string();
    for sqs in ["sqs-1", "sqs-2"] {
        handle(&ports, &body, sqs, now(), &Thresholds::default()).await?;
    }
    let events = queues.events();
    let kinds: Vec<&str> = events.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        kinds,
        vec!["listing_measures_changed", "seller_standing_changed"],
        "the block, and the seller's warning (6 points), once each"
    );
    let standing: serde_json::Value = serde_json::from_str(&events[1].1)?;
    assert_eq!(
        (standing["from"].as_str(), standing["to"].as_str()),
        (Some("good"), Some("warning"))
    );
    let (_, detail) = &events[0];
    let detail: serde_json::Value = serde_json::from_str(detail)?;
    let markets: Vec<(&str, &str)> = detail["markets"]
        .as_array()
        .ok_or("markets")?
        .iter()
        .filter_map(|m| Some((m["market"].as_str()?, m["action"].as_str()?)))
        .collect();
    assert_eq!(markets, vec![("DE", "block"), ("FR", "block")]);
    assert_eq!(detail["listing_id"], "L-1");
    assert_eq!(detail["cause"]["kind"], "recall");
    assert_eq!(detail["schema_version"], 1);
    assert!(detail["event_id"].as_str().is_some_and(|id| !id.is_empty()));
    Ok(())
}
