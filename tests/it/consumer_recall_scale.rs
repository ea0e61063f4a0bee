//! A consumer recall of 10,000 orders: at most 200 SES calls, done through
//! paging (no invocation reads more than one page). Alone in its binary: it
//! clears the SES stand-in's store and drops its table when done, so the
//! other tests never wade through 10,000 emails.

use chrono::{TimeZone, Utc};
use safety_domain::notices::consumer::{ConsumerOrder, Language};
use safety_domain::{Country, Money};
use safety_tests::{event_of, listing, seed_order_lines, seller, Stack};
use serde_json::json;
use std::collections::BTreeSet;

#[tokio::test]
async fn a_consumer_recall_of_10000_orders_makes_at_most_200_ses_calls_and_finishes_through_paging()
{
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    // 10,000 orders by 9,500 buyers: 500 of them ordered twice.
    let fr = Country::parse("FR").unwrap();
    let orders: Vec<ConsumerOrder> = (0..10_000)
        .map(|i| {
            let buyer = if i < 1_000 { i / 2 } else { i - 500 };
            ConsumerOrder {
                order_id: format!("O-{i:05}"),
                buyer_id: format!("B-{buyer:05}"),
                email: stack.address(&format!("b{buyer:05}")),
                language: Language::Fr,
                country: fr.clone(),
                market: fr.clone(),
                placed_at: Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap(),
                quantity: 1,
                unit_price: Money {
                    amount: "24.90".into(),
                    currency: "EUR".into(),
                },
                fees: Money {
                    amount: "3.10".into(),
                    currency: "EUR".into(),
                },
                cancelled_at: None,
            }
        })
        .collect();
    seed_order_lines(&stack, "L-1", &orders).await;

    // A regulator's order: the consumer recall starts at once.
    let record = json!({"reference":"ORDER-1","title":"Keto slim nuit","hazard":"Ethylene oxide above the legal limit",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR"],"timing":{"kind":"immediately"}});
    let msg = json!({"type":"recall_received","id":"insp-1","source":"platform","channel":"inspection","recall":record});
    stack
        .intake()
        .handle_event(event_of(&[msg.to_string()]))
        .await;

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
    assert!(ses_calls <= 200, "{ses_calls} SES calls");
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
