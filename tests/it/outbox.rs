//! The outbox against moto through the real SDK clients: a crash injected
//! after a decision's transaction and before its dispatch ends, after
//! redelivery, with every item sent exactly once.

use chrono::{Duration, Utc};
use safety_app::consumer_page::{self, Ports};
use safety_app::memory::CrashAfterWrite;
use safety_aws::ports::QueueSet;
use safety_domain::messages::ConsumerRecallPage;
use safety_tests::{orders_recalled_at_once, Stack};
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
    }
    .to_message();
    let (mailer, queues) = (
        stack.mailer(),
        QueueSet {
            consumer_notices: Some(stack.consumer_pages()),
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
