//! Appeals against the in-memory ports, on a case the intake use case
//! opened: each email once, a rejected case's consumer recall started once,
//! an upheld one reversed, a send failed after the case's write, a refusal.

use super::*;
use crate::memory::{MailFailingOnce, MemoryMail, MemoryQueues, MemoryStore};
use crate::recall_intake;
use chrono::{Duration, TimeZone};
use std::sync::atomic::Ordering;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 8, 0, 0)
        .single()
        .unwrap_or_default()
}

/// Seller S-1's listing L-1 recalled (a serious risk: 6 points), its notice
/// sent: returns the store, the mail that carried the notice, and the case id.
async fn recalled(
) -> Result<(MemoryStore, MemoryMail, MemoryQueues, String), Box<dyn std::error::Error>> {
    let store = MemoryStore::default();
    store.add_seller(serde_json::from_value(serde_json::json!({
        "seller_id": "S-1", "name": "Seller 1", "email": "s1@example.org"
    }))?);
    store.add_seller(serde_json::from_value(serde_json::json!({
        "seller_id": "S-2", "name": "Seller 2", "email": "s2@example.org"
    }))?);
    store.add_listing(serde_json::from_value(serde_json::json!({
        "listing_id": "L-1", "seller_id": "S-1", "title": "Keto", "gtins": ["03760289220694"],
        "markets": ["FR"], "updated_at": "2026-10-01T00:00:00Z"
    }))?);
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let body = serde_json::json!({"type": "recall_received", "id": "insp-1", "source": "platform",
        "channel": "inspection", "recall": {"reference": "INSP-1", "title": "Keto slim nuit",
        "hazard": "Ethylene oxide", "risk": "serious", "gtins": ["03760289220694"], "markets": ["FR"]}})
    .to_string();
    let out = recall_intake::handle(&ports, &body, "sqs-0", t0(), &Thresholds::default()).await?;
    Ok((store, mail, queues, format!("{}/L-1", out.recall_id)))
}

fn appeal(id: &str, case_id: &str, seller: &str, at: DateTime<Utc>) -> String {
    serde_json::json!({"type": "appeal_filed", "id": id, "case_id": case_id, "seller_id": seller,
        "filed_at": at, "grounds": "Our model is not the recalled one."})
    .to_string()
}

fn decision(id: &str, case_id: &str, decision: &str, at: DateTime<Utc>) -> String {
    serde_json::json!({"type": "appeal_decided", "id": id, "case_id": case_id,
        "reviewer": "desk-ana", "decision": decision, "reason": "checked the labels",
        "decided_at": at})
    .to_string()
}

fn subjects_to(mail: &MemoryMail, to: &str) -> Vec<String> {
    mail.delivered()
        .into_iter()
        .filter(|d| d.to == to)
        .map(|d| d.subject)
        .collect()
}

fn count(subjects: &[String], part: &str) -> usize {
    subjects.iter().filter(|s| s.contains(part)).count()
}

#[tokio::test]
async fn an_appeal_is_recorded_once_and_a_rejection_starts_the_consumer_recall_once() -> TestResult
{
    let (store, mail, queues, case) = recalled().await?;
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let th = Thresholds::default();
    let at = t0() + Duration::days(2);
    let out = handle(&ports, &appeal("ap-1", &case, "S-1", at), "sqs-1", at, &th).await?;
    assert_eq!(out, Outcome::AppealRecorded(case.clone()));
    let calls = store.calls.load(Ordering::SeqCst);
    let again = handle(&ports, &appeal("ap-1", &case, "S-1", at), "sqs-2", at, &th).await?;
    assert_eq!(again, Outcome::Duplicate);
    assert_eq!(store.calls.load(Ordering::SeqCst) - calls, 1, "one read");

    let decided = at + Duration::days(1);
    let out = handle(
        &ports,
        &decision("ad-1", &case, "rejected", decided),
        "sqs-3",
        decided,
        &th,
    )
    .await?;
    assert_eq!(out, Outcome::Rejected(case.clone()));
    // Delivered again: nothing more.
    let again = handle(
        &ports,
        &decision("ad-1", &case, "rejected", decided),
        "sqs-4",
        decided,
        &th,
    )
    .await?;
    assert_eq!(again, Outcome::Duplicate);
    let subjects = subjects_to(&mail, "s1@example.org");
    assert_eq!(count(&subjects, "received"), 1, "{subjects:?}");
    assert_eq!(count(&subjects, "rejected"), 1, "{subjects:?}");
    assert_eq!(
        queues.sent_of_type("consumer_recall_page").len(),
        1,
        "the FR first page, once"
    );
    assert_eq!(
        queues.sent_of_type("order_stop_page").len(),
        1,
        "the block's FR order stop, once"
    );
    let (stored, due) = store.stored(&case).ok_or("case")?;
    assert!(stored.consumer_recall.is_some());
    assert_eq!(due, None, "out of the due index once its pages are queued");
    Ok(())
}

#[tokio::test]
async fn an_upheld_appeal_reverses_the_penalty_and_the_measures_and_tells_the_seller_once(
) -> TestResult {
    let (store, mail, queues, case) = recalled().await?;
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let th = Thresholds::default();
    let at = t0() + Duration::days(2);
    handle(&ports, &appeal("ap-1", &case, "S-1", at), "sqs-1", at, &th).await?;
    let failing = MailFailingOnce::new(MemoryMail::default());
    let first = Ports {
        store: &store,
        mail: &failing,
        queues: &queues,
    };
    let decided = at + Duration::days(1);
    let body = decision("ad-1", &case, "upheld", decided);
    assert!(
        handle(&first, &body, "sqs-2", decided, &th).await.is_err(),
        "the send failed"
    );
    let out = handle(&ports, &body, "sqs-2", decided, &th).await?;
    assert_eq!(out, Outcome::Upheld(case.clone()));
    let points: i32 = store.entries_of("S-1").iter().map(|e| e.points).sum();
    assert_eq!(points, 0, "the penalty and its reversal");
    assert!(store
        .measures_of("L-1")
        .iter()
        .all(|(_, reversed)| *reversed));
    let subjects = subjects_to(&mail, "s1@example.org");
    assert_eq!(count(&subjects, "upheld"), 1, "{subjects:?}");
    assert!(
        queues.sent_of_type("consumer_recall_page").is_empty(),
        "no consumer is told"
    );
    // The marketplace was told to block L-1 in FR, then to lift it there, once each.
    let actions: Vec<String> = queues
        .events()
        .iter()
        .filter_map(|(_, d)| serde_json::from_str::<serde_json::Value>(d).ok())
        .flat_map(|d| {
            d["markets"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|m| {
                    format!(
                        "{} {}",
                        m["action"].as_str().unwrap_or("?"),
                        m["market"].as_str().unwrap_or("?")
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(actions, vec!["block FR", "lift FR"]);
    Ok(())
}

#[tokio::test]
async fn an_appeal_by_another_seller_is_refused_and_that_seller_told_why_once() -> TestResult {
    let (store, mail, queues, case) = recalled().await?;
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let th = Thresholds::default();
    let at = t0() + Duration::days(2);
    for sqs in ["sqs-1", "sqs-2"] {
        let out = handle(&ports, &appeal("ap-9", &case, "S-2", at), sqs, at, &th).await;
        assert!(matches!(
            out,
            Ok(Outcome::AppealRefused { .. }) | Ok(Outcome::Duplicate)
        ));
    }
    assert_eq!(subjects_to(&mail, "s2@example.org").len(), 1);
    let (stored, _) = store.stored(&case).ok_or("case")?;
    assert!(stored.appeal.is_none(), "the case is untouched");
    Ok(())
}
