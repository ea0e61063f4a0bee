//! A consumer recall's pages against the in-memory ports: each buyer told
//! once, in their language; the liabilities; the next page; duplicated,
//! concurrent and crashed deliveries; a destination SES refuses.

use super::*;
use crate::memory::{CrashAfterWrite, MemoryMail, MemoryQueues, MemoryStore};
use chrono::{Duration, TimeZone};
use safety_domain::messages::ConsumerRecallPage;
use safety_domain::messages::PageKind;
use safety_domain::notices::consumer::ConsumerOrder;
use safety_domain::outbox::{OutboxStatus, QueueName};
use safety_domain::recall::intake::{plan_intake, ConsumerRecallReason, ConsumerRecallStart};
use safety_domain::recall::Recall;
use safety_domain::Country;
use std::collections::{BTreeMap, BTreeSet};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0)
        .single()
        .unwrap_or_default()
}

const CASE: &str = "R-rappelconso-2021-05-0242/L-1";

/// A recall of L-1 (FR, DE) whose consumer recall has started, and `orders`
/// order lines to FR: buyer `i % buyers`, every 10th in German, the
/// 7th cancelled.
fn store(orders: usize, buyers: usize) -> Result<MemoryStore, Box<dyn std::error::Error>> {
    store_with(orders, buyers, |_| false)
}

/// The same, the orders `unshipped(i)` paid and not shipped yet.
fn store_with(
    orders: usize,
    buyers: usize,
    unshipped: impl Fn(usize) -> bool,
) -> Result<MemoryStore, Box<dyn std::error::Error>> {
    let recall: Recall = serde_json::from_value(serde_json::json!({
        "id": "R-rappelconso-2021-05-0242", "channel": "regulator",
        "sources": [{"source": "rappelconso", "reference": "2021-05-0242"}],
        "title": "keto slim nuit", "hazard": "ethylene oxide", "risk": "high",
        "product": {"gtins": ["03760289220694"]}, "markets": ["FR", "DE"],
        "published_at": null
    }))?;
    let listing: Listing = serde_json::from_value(serde_json::json!({
        "listing_id": "L-1", "seller_id": "S-1", "title": "Keto Slim Nuit",
        "gtins": ["3760289220694"], "markets": ["FR", "DE"],
        "updated_at": "2026-10-01T00:00:00Z"
    }))?;
    let plan = plan_intake(
        &recall,
        std::slice::from_ref(&listing),
        &[],
        &BTreeMap::new(),
        at(3, 8),
    );
    let mut case = plan.new_cases[0].0.clone();
    case.consumer_recall = Some(ConsumerRecallStart {
        started_at: at(10, 8),
        reason: ConsumerRecallReason::WindowElapsed,
    });
    let s = MemoryStore::default();
    s.add_recall(recall);
    s.add_listing(listing);
    s.add_case(case);
    for i in 0..orders {
        let b = i % buyers;
        let line: ConsumerOrder = serde_json::from_value(serde_json::json!({
            "order_id": format!("O-{i:05}"), "buyer_id": format!("B-{b}"),
            "email": format!("b{b}@example.org"),
            "language": if b.is_multiple_of(10) { "de" } else { "fr" },
            "country": "FR", "market": "FR", "placed_at": "2026-10-01T09:00:00Z",
            "quantity": 1, "unit_price": {"amount": "24.90", "currency": "EUR"},
            "fees": {"amount": "3.10", "currency": "EUR"},
            "cancelled_at": if i == 7 { Some("2026-10-01T10:00:00Z") } else { None },
            "shipped_at": if i == 7 || unshipped(i) { None } else { Some("2026-10-02T09:00:00Z") },
        }))?;
        s.add_order_line("L-1", line);
    }
    Ok(s)
}

fn first_page() -> Result<String, Box<dyn std::error::Error>> {
    Ok(ConsumerRecallPage {
        case_id: CASE.into(),
        market: Country::parse("FR")?,
        cursor: None,
        kind: PageKind::Recall,
    }
    .to_message())
}

/// Runs the pages until none is left: the first, then each queued one.
async fn run_all(
    ports: &Ports<'_, MemoryStore, MemoryMail, MemoryQueues>,
    now: DateTime<Utc>,
) -> Result<Vec<Outcome>, PageError> {
    let mut outcomes = vec![handle(ports, &first_page().unwrap_or_default(), "sqs-1", now).await?];
    let mut seen = 0;
    while let Some((_, body)) = ports.queues.sent().get(seen).cloned() {
        seen += 1;
        outcomes.push(handle(ports, &body, "sqs-n", now).await?);
    }
    Ok(outcomes)
}

fn told(mail: &MemoryMail) -> BTreeMap<String, usize> {
    let mut n = BTreeMap::new();
    for d in mail.delivered() {
        *n.entry(d.to).or_default() += 1;
    }
    n
}

#[tokio::test]
async fn every_buyer_of_every_page_is_told_once_in_their_language_with_a_liability_per_order(
) -> TestResult {
    let (store, mail, queues) = (
        store(250, 180)?,
        MemoryMail::default(),
        MemoryQueues::default(),
    );
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let outcomes = run_all(&ports, at(10, 9)).await?;
    assert_eq!(outcomes.len(), 3, "pages of 100, 100 and 50 order lines");
    assert!(outcomes[0].next_page && outcomes[1].next_page && !outcomes[2].next_page);
    let told = told(&mail);
    assert_eq!(told.len(), 180, "every buyer");
    assert!(told.values().all(|n| *n == 1), "each once");
    // The 7th order was cancelled: its buyer (B-7) is told through their other order.
    assert_eq!(
        store.liabilities(),
        249,
        "every order but the cancelled one"
    );
    let german = mail
        .delivered()
        .into_iter()
        .filter(|d| d.subject.starts_with("Produktsicherheitsrückruf"))
        .count();
    assert_eq!(german, 18, "buyers 0, 10, ... 170 in German");
    assert!(store.timeline_has("R-rappelconso-2021-05-0242", "consumers_notified_at"));
    // Page 1: buyers 0..99 but B-7 (whose order there was cancelled); page
    // 2: 100..179 and 0..19 again (B-7 told now); page 3: 20..69.
    assert_eq!(outcomes[1].already_told, 19);
    assert_eq!(outcomes[2].already_told, 50);
    assert_eq!(
        outcomes.iter().map(|o| o.bulk_calls).sum::<usize>(),
        2 + 1 + 2 + 1
    );
    Ok(())
}

#[tokio::test]
async fn a_duplicate_delivery_is_one_read_and_sends_nothing() -> TestResult {
    let (store, mail, queues) = (
        store(40, 40)?,
        MemoryMail::default(),
        MemoryQueues::default(),
    );
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    handle(&ports, &first_page()?, "sqs-1", at(10, 9)).await?;
    let (calls, sent) = (
        store.calls.load(std::sync::atomic::Ordering::SeqCst),
        mail.delivered().len(),
    );
    let again = handle(&ports, &first_page()?, "sqs-2", at(10, 10)).await?;
    assert!(again.duplicate);
    assert_eq!(
        store.calls.load(std::sync::atomic::Ordering::SeqCst) - calls,
        1
    );
    assert_eq!(mail.delivered().len(), sent);
    Ok(())
}

#[tokio::test]
async fn a_crash_after_the_page_s_write_ends_with_every_item_sent_once_after_redelivery(
) -> TestResult {
    let (store, mail, queues) = (
        store(150, 150)?,
        MemoryMail::default(),
        MemoryQueues::default(),
    );
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let crashing = CrashAfterWrite::new(&store);
    let crash = Ports {
        store: &crashing,
        mail: &mail,
        queues: &queues,
    };
    assert!(
        handle(&crash, &first_page()?, "sqs-1", at(10, 9))
            .await
            .is_err(),
        "the crash"
    );
    assert!(
        mail.delivered().is_empty() && queues.sent().is_empty(),
        "nothing went out"
    );
    assert!(store
        .outbox_items()
        .iter()
        .all(|i| matches!(i.status, OutboxStatus::Pending { .. })));

    // Redelivered before the lease ran out: the items are still held.
    assert!(handle(
        &ports,
        &first_page()?,
        "sqs-1",
        at(10, 9) + Duration::seconds(30)
    )
    .await
    .is_err());
    assert!(mail.delivered().is_empty());

    // After the queue's visibility timeout: sent, once each.
    let outcomes = run_all(&ports, at(10, 9) + Duration::minutes(6)).await?;
    assert_eq!(
        outcomes[0].sent, 99,
        "the first 100 orders but the cancelled one"
    );
    let told = told(&mail);
    assert_eq!(
        told.len(),
        149,
        "every buyer but the one whose only order was cancelled"
    );
    assert!(told.values().all(|n| *n == 1));
    assert_eq!(queues.sent().len(), 1, "the next page, once");
    assert!(store
        .outbox_items()
        .iter()
        .all(|i| matches!(i.status, OutboxStatus::Sent { .. })));
    Ok(())
}

#[tokio::test]
async fn two_concurrent_deliveries_of_a_page_tell_each_buyer_once() -> TestResult {
    let (store, mail, queues) = (
        store(100, 100)?,
        MemoryMail::default(),
        MemoryQueues::default(),
    );
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let body = first_page()?;
    let now = at(10, 9);
    let (a, b) = tokio::join!(
        handle(&ports, &body, "sqs-a", now),
        handle(&ports, &body, "sqs-b", now)
    );
    assert!(a.is_ok() || b.is_ok(), "one of them sends");
    // The other is told to retry, or found the page done: retried later, nothing more goes out.
    let later = handle(&ports, &body, "sqs-c", now + Duration::minutes(6)).await?;
    assert_eq!(later.sent, 0);
    let told = told(&mail);
    assert_eq!(
        told.len(),
        99,
        "every buyer but the one whose only order was cancelled"
    );
    assert!(told.values().all(|n| *n == 1));
    Ok(())
}

#[tokio::test]
async fn a_destination_ses_refuses_fails_the_page_and_is_the_only_one_sent_on_its_retry(
) -> TestResult {
    let (store, mail, queues) = (
        store(30, 30)?,
        MemoryMail::default(),
        MemoryQueues::default(),
    );
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    mail.refuse("b3@example.org");
    let err = handle(&ports, &first_page()?, "sqs-1", at(10, 9)).await;
    assert!(
        matches!(err, Err(PageError::Failed { .. })),
        "retried for the refused one"
    );
    assert_eq!(
        mail.delivered().len(),
        28,
        "29 buyers to tell (one cancelled) but b3"
    );
    mail.accept_all();
    let retry = handle(
        &ports,
        &first_page()?,
        "sqs-1",
        at(10, 9) + Duration::minutes(1),
    )
    .await?;
    assert_eq!((retry.sent, retry.already_told), (1, 28));
    assert_eq!(told(&mail).get("b3@example.org"), Some(&1));
    Ok(())
}

#[tokio::test]
async fn a_failed_queue_send_gives_the_next_page_back_and_the_retry_queues_it_once() -> TestResult {
    let (store, mail, queues) = (
        store(130, 130)?,
        MemoryMail::default(),
        MemoryQueues::default(),
    );
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    queues.fail_next();
    assert!(handle(&ports, &first_page()?, "sqs-1", at(10, 9))
        .await
        .is_err());
    let retry = handle(
        &ports,
        &first_page()?,
        "sqs-1",
        at(10, 9) + Duration::minutes(1),
    )
    .await?;
    assert!(retry.next_page);
    assert_eq!(
        queues
            .sent()
            .iter()
            .filter(|(q, _)| *q == QueueName::ConsumerNotices)
            .count(),
        1
    );
    assert!(told(&mail).values().all(|n| *n == 1));
    Ok(())
}

#[tokio::test]
async fn a_page_naming_another_market_or_a_foreign_cursor_is_a_message_error() -> TestResult {
    let (store, mail, queues) = (store(5, 5)?, MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let page = |market: &str, cursor: Option<&str>| -> Result<String, Box<dyn std::error::Error>> {
        Ok(ConsumerRecallPage {
            case_id: CASE.into(),
            market: Country::parse(market)?,
            cursor: cursor.map(str::to_string),
            kind: PageKind::Recall,
        }
        .to_message())
    };
    for (body, field) in [
        (page("US", None)?, "market"),
        (page("FR", Some("DE#O-1"))?, "cursor"),
    ] {
        match handle(&ports, &body, "sqs-1", at(10, 9)).await {
            Err(PageError::Message(e)) => assert_eq!(e.field, field),
            other => panic!("expected a message error on {field}, got {other:?}"),
        }
    }
    assert!(mail.delivered().is_empty());
    Ok(())
}

fn stop_page() -> Result<String, Box<dyn std::error::Error>> {
    Ok(ConsumerRecallPage::first(CASE, &Country::parse("FR")?, PageKind::OrderStop).to_message())
}

/// The published events of this detail type, as JSON.
fn events_of(queues: &MemoryQueues, detail_type: &str) -> Vec<serde_json::Value> {
    queues
        .events()
        .into_iter()
        .filter(|(t, _)| t == detail_type)
        .filter_map(|(_, d)| serde_json::from_str(&d).ok())
        .collect()
}

fn cancellations(mail: &MemoryMail) -> Vec<String> {
    mail.delivered()
        .into_iter()
        .filter(|d| {
            d.subject.starts_with("Commande annulée")
                || d.subject.starts_with("Bestellung storniert")
        })
        .map(|d| d.to)
        .collect()
}

#[tokio::test]
async fn the_block_s_order_stop_stops_each_unshipped_order_once_and_tells_no_one_else() -> TestResult
{
    // Orders 2 and 3 (buyers B-2, B-3) are paid and not shipped; 7 was cancelled.
    let store = store_with(12, 12, |i| i == 2 || i == 3)?;
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    // Two deliveries at once, then a third: one stop per order.
    let body = stop_page()?;
    let (a, b) = tokio::join!(
        handle(&ports, &body, "sqs-1", at(3, 8)),
        handle(&ports, &body, "sqs-2", at(3, 8)),
    );
    let stopped: usize = [a, b]
        .into_iter()
        .filter_map(Result::ok)
        .map(|o| o.stopped)
        .sum();
    let again = handle(&ports, &stop_page()?, "sqs-3", at(3, 9)).await?;
    assert!(stopped <= 2 && stopped + again.stopped <= 2);
    let events = events_of(&queues, "order_stop_requested");
    let orders: Vec<&str> = events
        .iter()
        .filter_map(|e| e["order_id"].as_str())
        .collect();
    assert_eq!(orders, vec!["O-00002", "O-00003"], "each once");
    assert!(events.iter().all(|e| e["cost_borne_by"] == "seller"
        && e["case_id"] == CASE
        && e["market"] == "FR"
        && e["amount_paid"]["amount"] == "24.90"
        && e["fees"]["amount"] == "3.10"
        && e["reason"] == "ethylene oxide"));
    assert_eq!(
        cancellations(&mail),
        vec!["b2@example.org".to_string(), "b3@example.org".to_string()],
        "each stopped order's buyer, in their language"
    );
    assert_eq!(mail.delivered().len(), 2, "no recall notice to anyone");
    assert_eq!(
        store.liabilities(),
        2,
        "the seller bears the stopped orders"
    );
    assert!(events_of(&queues, "consumer_recall_progress").is_empty());
    Ok(())
}

#[tokio::test]
async fn the_consumer_recall_tells_the_shipped_orders_and_stops_no_order_twice() -> TestResult {
    let store = store_with(12, 12, |i| i == 2 || i == 3)?;
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    handle(&ports, &stop_page()?, "sqs-1", at(3, 8)).await?;
    let outcomes = run_all(&ports, at(10, 9)).await?;
    assert_eq!(
        outcomes[0].sent, 9,
        "12 orders but 2 unshipped and 1 cancelled"
    );
    assert_eq!(outcomes[0].stopped, 0, "stopped already, at the block");
    let told = told(&mail);
    assert_eq!(
        told["b2@example.org"], 1,
        "its cancellation, no recall notice"
    );
    assert_eq!(cancellations(&mail).len(), 2, "the cancellations, once");
    assert_eq!(events_of(&queues, "order_stop_requested").len(), 2);
    assert_eq!(
        store.liabilities(),
        11,
        "every order but the cancelled one, once"
    );
    Ok(())
}

#[tokio::test]
async fn a_consumer_recall_stops_an_unshipped_order_its_block_did_not_see() -> TestResult {
    // No order-stop page ran (an order synced after it): the recall's page
    // stops the order instead of telling its buyer to stop using it.
    let store = store_with(5, 5, |i| i == 4)?;
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let outcomes = run_all(&ports, at(10, 9)).await?;
    assert_eq!((outcomes[0].sent, outcomes[0].stopped), (4, 1));
    assert_eq!(cancellations(&mail), vec!["b4@example.org".to_string()]);
    assert_eq!(told(&mail)["b4@example.org"], 1, "the cancellation only");
    Ok(())
}

#[tokio::test]
async fn an_order_stop_after_the_appeal_was_upheld_stops_nothing() -> TestResult {
    let store = store_with(5, 5, |_| true)?;
    let (mut case, due) = store.stored(CASE).ok_or("case")?;
    case.state = safety_domain::recall::case::CaseState::Upheld;
    store.put(case, due);
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let out = handle(&ports, &stop_page()?, "sqs-1", at(5, 8)).await?;
    assert_eq!(out.stopped, 0);
    assert!(mail.delivered().is_empty() && queues.events().is_empty());
    assert_eq!(store.liabilities(), 0);
    Ok(())
}

#[tokio::test]
async fn a_crash_between_the_stop_s_write_and_its_publish_publishes_once_on_redelivery(
) -> TestResult {
    let store = store_with(5, 5, |i| i < 2)?;
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let crashing = CrashAfterWrite::new(&store);
    let crash = Ports {
        store: &crashing,
        mail: &mail,
        queues: &queues,
    };
    assert!(handle(&crash, &stop_page()?, "sqs-1", at(3, 8))
        .await
        .is_err());
    assert!(queues.events().is_empty() && mail.delivered().is_empty());
    let ports = Ports {
        store: &store,
        mail: &mail,
        queues: &queues,
    };
    let out = handle(
        &ports,
        &stop_page()?,
        "sqs-1",
        at(3, 8) + Duration::minutes(6),
    )
    .await?;
    assert_eq!(out.stopped, 2);
    let ids: BTreeSet<String> = events_of(&queues, "order_stop_requested")
        .iter()
        .filter_map(|e| e["event_id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(queues.events().len(), 2, "published once each");
    assert_eq!(cancellations(&mail).len(), 2);
    Ok(())
}
