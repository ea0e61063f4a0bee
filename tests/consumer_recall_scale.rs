//! A consumer recall of 10,000 orders: ⌈buyers/50⌉ SES calls and at most
//! 1,500 DynamoDB calls (the outbox: a page's claims are its write), done through
//! paging (no invocation reads more than one page). Alone in its own test
//! binary (every other suite is in `it`): it
//! clears the SES stand-in's store and drops its table when done, so the
//! other tests never wade through 10,000 emails.

use safety_tests::{ten_thousand_orders_recalled_at_once, Stack};
use std::collections::BTreeSet;

#[tokio::test]
async fn a_consumer_recall_of_10000_orders_makes_190_ses_calls_at_most_1500_dynamodb_calls_and_finishes_through_paging(
) {
    let stack = Stack::new().await;
    ten_thousand_orders_recalled_at_once(&stack).await;

    stack.calls().reset();
    let pages = stack.drain_consumer_notices(500).await;
    let bulk_calls = stack.calls().get("SESv2.SendBulkEmail");
    let ses_calls = stack.calls().service_total("SESv2");
    println!(
        "10,000 orders: {} pages, {bulk_calls} SendBulkEmail calls, {} DynamoDB calls",
        pages.len(),
        stack.calls().service_total("DynamoDB")
    );
    assert!(pages.iter().all(|p| p.batch_item_failures.is_empty()));
    assert!(
        pages.len() >= 100,
        "one page of 100 orders per invocation: {}",
        pages.len()
    );
    assert_eq!(ses_calls, 9_500_u64.div_ceil(50), "⌈9,500 buyers / 50⌉");
    let dynamodb = stack.calls().service_total("DynamoDB");
    assert!(dynamodb <= 1_500, "{dynamodb} DynamoDB calls");
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);

    // The buyers' addresses (the seller's notice goes to ops-S-1.<tag>).
    let to_buyers: Vec<String> = stack
        .emails_of_this_test()
        .into_iter()
        .flat_map(|e| e.destination.to)
        .filter(|to| to.starts_with('b'))
        .collect();
    let told: BTreeSet<&String> = to_buyers.iter().collect();
    assert_eq!(told.len(), 9_500, "every buyer");
    assert_eq!(to_buyers.len(), 9_500, "once");
    stack.clear_sent_emails();
    stack.drop_table().await;
}
