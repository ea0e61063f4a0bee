//! The outbox against moto through the real SDK clients: a crash or a
//! failure injected after a decision's transaction and before its dispatch
//! ends, after redelivery, with every item sent exactly once; concurrent
//! deliveries send once; what a recall of 100 sellers costs.

use chrono::{Duration, Utc};
use recall_intake::RecallIntake;
use safety_app::consumer_page::{self, Ports};
use safety_app::memory::{CrashAfterWrite, MailFailingOnce};
use safety_aws::ports::QueueSet;
use safety_domain::messages::ConsumerRecallPage;
use safety_tests::{
    event_of, hundred_sellers_of_one_gtin, listing, orders_recalled_at_once, seller,
    seller_with_listing, Stack, STANDING_SUBJECT,
};
use serde_json::json;
use std::collections::BTreeMap;

#[tokio::test]
async fn a_consumer_page_crashed_after_its_write_is_sent_once_to_every_buyer_after_redelivery() {
    let stack = Stack::new().await;
    orders_recalled_at_once(&stack, 150).await;
    let store = stack.store();
    let case = store
        .cases_of_seller("S-1")
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("the recall's case");
    let page = ConsumerRecallPage {
        case_id: case.case_id.clone(),
        market: safety_domain::Country::parse("FR").unwrap(),
        cursor: None,
        kind: safety_domain::messages::PageKind::Recall,
    }
    .to_message();
    let (mailer, queues) = (
        stack.mailer(),
        QueueSet {
            consumer_notices: Some(stack.consumer_pages()),
            bus: Some(stack.bus()),
            ..QueueSet::default()
        },
    );
    let now = Utc::now();
    let crashing = CrashAfterWrite::new(&store);
    let crash = Ports {
        store: &crashing,
        mail: &mailer,
        queues: &queues,
    };
    assert!(consumer_page::handle(&crash, &page, "sqs-1", now)
        .await
        .is_err());
    let buyers = |stack: &Stack| {
        let mut n: BTreeMap<String, usize> = BTreeMap::new();
        for e in stack.emails_of_this_test() {
            for to in e.destination.to.into_iter().filter(|t| t.starts_with('b')) {
                *n.entry(to).or_default() += 1;
            }
        }
        n
    };
    assert!(buyers(&stack).is_empty(), "the crash came before any send");

    // Redelivered while the crashed delivery's lease holds: nothing sent twice.
    let ports = Ports {
        store: &store,
        mail: &mailer,
        queues: &queues,
    };
    assert!(
        consumer_page::handle(&ports, &page, "sqs-1", now + Duration::seconds(20))
            .await
            .is_err(),
        "held: retried later"
    );
    // After the visibility timeout.
    let later = consumer_page::handle(&ports, &page, "sqs-1", now + Duration::minutes(6))
        .await
        .unwrap();
    // Orders 0..14 are by buyers 0..7 (twice each); 15.. by one buyer each.
    assert_eq!(later.sent, 8 + 85, "the first 100 orders' buyers");
    assert!(later.next_page);
    // The queue holds the intake's first page (the same message: done) and the next.
    let responses = stack.drain_consumer_notices(10).await;
    assert!(responses.iter().all(|r| r.batch_item_failures.is_empty()));
    let told = buyers(&stack);
    assert_eq!(told.len(), 8 + 135, "every buyer");
    assert!(told.values().all(|n| *n == 1), "once each");
}

/// The emails each address of this test received.
fn received(stack: &Stack) -> BTreeMap<String, usize> {
    let mut n: BTreeMap<String, usize> = BTreeMap::new();
    for e in stack.emails_of_this_test() {
        for to in e.destination.to {
            *n.entry(to).or_default() += 1;
        }
    }
    n
}

#[tokio::test]
async fn a_seller_notice_whose_send_failed_after_the_intake_s_transaction_goes_out_once_on_redelivery(
) {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    let record = json!({"reference":"INSP-7","title":"Keto slim nuit","hazard":"Ethylene oxide",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR"]});
    let msg = json!({"type":"recall_received","id":"insp-7","source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    let failing = RecallIntake::new(
        stack.store(),
        MailFailingOnce::new(stack.mailer()),
        stack.consumer_pages(),
    )
    .with_bus(Some(stack.bus()));
    let first = failing.handle_event(event_of(&[&msg])).await;
    assert_eq!(
        first.batch_item_failures.len(),
        1,
        "the send failed: retried"
    );
    // The decision stands: the listing is blocked, its case opened.
    let measures = stack.store().get_measures("L-1").await.unwrap();
    assert_eq!(measures.len(), 1);
    assert!(!received(&stack).contains_key(&account), "nothing went out");

    let again = stack.intake().handle_event(event_of(&[&msg])).await;
    assert!(again.batch_item_failures.is_empty(), "{again:?}");
    let third = stack.intake().handle_event(event_of(&[&msg])).await;
    assert!(third.batch_item_failures.is_empty());
    let mut subjects: Vec<String> = stack
        .emails_to(&account)
        .into_iter()
        .map(|e| e.subject)
        .collect();
    subjects.sort();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(
        subjects[0].starts_with(STANDING_SUBJECT) != subjects[1].starts_with(STANDING_SUBJECT),
        "the notice and the change of standing, once each: {subjects:?}"
    );
}

#[tokio::test]
async fn two_concurrent_deliveries_of_a_recall_send_each_seller_notice_once() {
    let stack = Stack::new().await;
    let (account, _) = seller(&stack, "S-1", false).await;
    for l in ["L-1", "L-2"] {
        listing(
            &stack,
            l,
            "S-1",
            json!({"gtins":["3760289220694"],"markets":["FR"]}),
        )
        .await;
    }
    let record = json!({"reference":"INSP-8","title":"Keto slim nuit","hazard":"Ethylene oxide",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR"]});
    let msg = json!({"type":"recall_received","id":"insp-8","source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    let (a, b) = (stack.intake(), stack.intake());
    let (ra, rb) = tokio::join!(
        a.handle_event(event_of(&[&msg])),
        b.handle_event(event_of(&[&msg]))
    );
    // One of them sent; a loser is retried, as SQS would.
    if !(ra.batch_item_failures.is_empty() && rb.batch_item_failures.is_empty()) {
        let retry = stack.intake().handle_event(event_of(&[&msg])).await;
        assert!(retry.batch_item_failures.is_empty(), "{retry:?}");
    }
    let notices = stack
        .emails_to(&account)
        .into_iter()
        .filter(|e| !e.subject.starts_with(STANDING_SUBJECT))
        .count();
    assert_eq!(notices, 1, "one notice for both listings, once");
}

#[tokio::test]
async fn a_recall_matching_100_listings_of_100_sellers_costs_at_most_350_dynamodb_calls_and_sends_exactly_the_emails_due(
) {
    let stack = Stack::new().await;
    let msg = hundred_sellers_of_one_gtin(&stack, "03760289220694").await;
    stack.calls().reset();
    let resp = stack.intake().handle_event(event_of(&[&msg])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let dynamodb = stack.calls().service_total("DynamoDB");
    println!(
        "100 sellers: {dynamodb} DynamoDB calls, {} SES calls",
        stack.calls().service_total("SESv2")
    );
    assert!(dynamodb <= 350, "{dynamodb} DynamoDB calls");
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    // Each seller: the recall notice and the change of standing (a serious
    // violation is a warning), once each.
    let got = received(&stack);
    assert_eq!(got.len(), 100);
    assert!(got.values().all(|n| *n == 2), "{got:?}");
    assert_eq!(stack.calls().service_total("SESv2"), 200);
    // 100 blocks and 100 changes of standing for the marketplace: 10 events a call.
    assert_eq!(stack.calls().get("EventBridge.PutEvents"), 20);
}

#[tokio::test]
async fn a_consumer_recall_started_in_two_markets_queues_each_first_page_once_and_leaves_the_due_index(
) {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR","DE"]}),
    )
    .await;
    let record = json!({"reference":"ORDER-2","title":"Keto slim nuit","hazard":"Ethylene oxide",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR","DE"],"timing":{"kind":"immediately"}});
    let msg = json!({"type":"recall_received","id":"insp-9","source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    for _ in 0..2 {
        let resp = stack.intake().handle_event(event_of(&[&msg])).await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let case = stack
        .store()
        .cases_of_seller("S-1")
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("the case");
    assert!(case.consumer_recall.is_some());
    // Its window is still open (the seller may appeal the penalty): due at
    // its end, not now.
    let due = stack.store().cases_due(chrono::Utc::now()).await.unwrap();
    assert!(due.is_empty(), "{due:?}");
    // One first page per market, each once, beside the block's order stop
    // of each market: a page has no orders here, so each is done at once
    // and none fails.
    let sqs = stack.clients_sqs();
    let out = sqs
        .receive_message()
        .queue_url(stack.consumer_queue_url())
        .max_number_of_messages(10)
        .send()
        .await
        .unwrap();
    let mut ids: Vec<String> = out
        .messages
        .unwrap_or_default()
        .into_iter()
        .filter_map(|m| m.body)
        .filter_map(|b| serde_json::from_str::<serde_json::Value>(&b).ok())
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        vec![
            format!("crp:{}:DE:start", case.case_id),
            format!("crp:{}:FR:start", case.case_id),
            format!("osp:{}:DE:start", case.case_id),
            format!("osp:{}:FR:start", case.case_id)
        ]
    );
}
