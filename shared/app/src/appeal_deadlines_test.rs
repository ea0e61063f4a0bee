//! The scheduled check against the in-memory ports.

use super::*;
use crate::memory::{MemoryQueues, MemoryStore};

use chrono::{Duration, TimeZone};
use safety_domain::recall::intake::{plan_intake, Case, CaseState, ConsumerRecallReason};
use safety_domain::recall::{Recall, TimingOverride};
use std::collections::BTreeMap;

fn notice_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 8, 0, 0).unwrap()
}

fn recall(timing: Option<TimingOverride>) -> Recall {
    let mut r: Recall = serde_json::from_value(serde_json::json!({
        "id": "R-rappelconso-2021-05-0242", "channel": "regulator",
        "sources": [{"source": "rappelconso", "reference": "2021-05-0242"}],
        "title": "keto slim nuit", "hazard": "ethylene oxide", "risk": "high",
        "product": {"gtins": ["03760289220694"]}, "markets": ["FR", "DE"],
        "published_at": null
    }))
    .unwrap();
    r.timing = timing;
    r
}

/// An acted-on case of L-1 (offered in FR and DE), its seller told at
/// `notice_time`, in the index when its consumer recall is due: as
/// `mark_notice_sent` leaves it.
fn told_case(r: &Recall) -> (Case, Option<DateTime<Utc>>) {
    let listing = serde_json::from_value(serde_json::json!({
        "listing_id": "L-1", "seller_id": "S-1", "title": "Keto",
        "gtins": ["3760289220694"], "markets": ["FR", "DE"],
        "updated_at": "2026-10-01T00:00:00Z"
    }))
    .unwrap();
    let plan = plan_intake(r, &[listing], &[], &BTreeMap::new(), notice_time());
    let case = plan.new_cases[0].0.clone();
    assert_eq!(case.state, CaseState::AppealWindowOpen);
    // The notice's send puts it in the index at its consumer recall's due
    // time: the deadline, or sooner on a regulator's order.
    let due = next_check(&case, r);
    (case, due)
}

const CASE: &str = "R-rappelconso-2021-05-0242/L-1";

/// Every page queued, repeats included, in order.
fn queued(queues: &MemoryQueues) -> Vec<String> {
    queues.sent().into_iter().map(|(_, body)| body).collect()
}

/// The distinct message ids queued: what the consumer processes.
fn distinct_ids(queues: &MemoryQueues) -> Vec<String> {
    let mut ids: Vec<String> = queued(queues)
        .iter()
        .filter_map(|b| serde_json::from_str::<serde_json::Value>(b).ok())
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[tokio::test]
async fn a_window_passed_with_no_appeal_starts_the_consumer_recall_once_in_each_market() {
    let r = recall(None);
    let cases = MemoryStore::with_cases(vec![r.clone()], vec![told_case(&r)]);
    let pages = MemoryQueues::default();

    let early = check(&cases, &pages, notice_time() + Duration::days(6))
        .await
        .unwrap();
    assert_eq!((early.due, early.started.len()), (0, 0));

    let at = notice_time() + Duration::days(7) + Duration::hours(1);
    let report = check(&cases, &pages, at).await.unwrap();
    assert_eq!(report.started, vec![CASE.to_string()]);
    assert_eq!(
        distinct_ids(&pages),
        vec![
            format!("crp:{CASE}:DE:start"),
            format!("crp:{CASE}:FR:start")
        ]
    );
    let (stored, due) = cases.stored(CASE).unwrap();
    assert_eq!(stored.state, CaseState::WindowElapsed);
    assert_eq!(
        stored.consumer_recall.map(|c| c.reason),
        Some(ConsumerRecallReason::WindowElapsed)
    );
    assert_eq!(due, None, "out of the index");

    let replay = check(&cases, &pages, at).await.unwrap();
    assert_eq!((replay.due, replay.started.len()), (0, 0));
    assert_eq!(queued(&pages).len(), 2, "a replay queues nothing");
}

#[tokio::test]
async fn a_case_told_at_once_closes_at_the_end_of_its_window_without_a_second_start() {
    let r = recall(Some(TimingOverride::Immediately));
    let cases = MemoryStore::with_cases(vec![r.clone()], vec![told_case(&r)]);
    let pages = MemoryQueues::default();
    let started = check(&cases, &pages, notice_time() + Duration::minutes(1))
        .await
        .unwrap();
    assert_eq!(started.started, vec![CASE.to_string()]);
    let (case, due) = cases.stored(CASE).unwrap();
    assert_eq!(
        case.state,
        CaseState::AppealWindowOpen,
        "the seller may still appeal"
    );
    assert_eq!(due, case.appeal_deadline, "waits for the window's end");

    let after = notice_time() + Duration::days(7) + Duration::minutes(1);
    let report = check(&cases, &pages, after).await.unwrap();
    assert_eq!(report.closed, vec![CASE.to_string()]);
    assert!(report.started.is_empty());
    assert_eq!(queued(&pages).len(), 2, "no second consumer recall");
    assert_eq!(
        cases.stored(CASE).unwrap().0.state,
        CaseState::WindowElapsed
    );
}

#[tokio::test]
async fn a_crash_between_the_save_and_the_pages_is_finished_by_the_next_run_with_each_page_once() {
    let r = recall(None);
    let cases = MemoryStore::with_cases(vec![r.clone()], vec![told_case(&r)]);
    let pages = MemoryQueues::default();
    let at = notice_time() + Duration::days(8);
    pages.fail_next();
    assert!(
        check(&cases, &pages, at).await.is_err(),
        "the queue is down"
    );
    let (case, due) = cases.stored(CASE).unwrap();
    assert!(case.consumer_recall.is_some(), "saved started");
    assert_eq!(due, Some(at), "still in the index, to be finished");

    let report = check(&cases, &pages, at + Duration::minutes(15))
        .await
        .unwrap();
    assert_eq!(report.started, vec![CASE.to_string()]);
    assert_eq!(
        distinct_ids(&pages).len(),
        2,
        "each market's first page, once"
    );
    assert_eq!(cases.stored(CASE).unwrap().1, None);
}

#[tokio::test]
async fn a_case_appealed_meanwhile_is_left_to_its_reviewer() {
    let r = recall(None);
    let (case, due) = told_case(&r);
    let cases = MemoryStore::with_cases(vec![r.clone()], vec![(case.clone(), due)]);
    // The seller appealed at the last moment; the index still lists the case.
    let mut appealed = case;
    appealed.state = CaseState::Appealed;
    cases.put(appealed, due);
    let pages = MemoryQueues::default();
    let report = check(&cases, &pages, notice_time() + Duration::days(8))
        .await
        .unwrap();
    assert_eq!(report.due, 1);
    assert!(report.started.is_empty() && report.closed.is_empty());
    assert!(queued(&pages).is_empty());
    assert_eq!(cases.stored(CASE).unwrap().0.state, CaseState::Appealed);
}
