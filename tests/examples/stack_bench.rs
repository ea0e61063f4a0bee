//! `make bench` (or, with the stack up: `cargo run -p safety-tests --example
//! stack_bench`): what one recall costs on the local stack, through the real
//! handler and SDK clients: latency from the message to the seller notice
//! sent, and DynamoDB and SES calls per recall, for a small and a ten times
//! larger catalogue. Matching queries indexes, so the calls do not grow with
//! the catalogue. Prints figures; asserts nothing about time.
//!
//! The latency is moto's, not DynamoDB's (`infra/local/moto_server.py`
//! removes moto's costs that grow with the data it holds: the table copy per
//! transaction, the table sort per query, the queue walk per send; what is
//! left is moto's per-item cost). The call counts are what carries over to
//! AWS.
//!
//! Then the cost figures, one `bench:` line each with its floor (the most the
//! design allows) or anchor: a recall matching 100 listings of 100 sellers,
//! a recall matching 1,000 listings of 100 sellers, a duplicate delivery, a
//! consumer recall of 10,000 orders. `stack_bench NAME...` runs only the
//! named parts.

use safety_tests::{
    event_of, hundred_sellers_of_one_gtin, sellers_of_a_product_range,
    ten_thousand_orders_recalled_at_once, Stack,
};
use serde_json::json;
use std::time::Instant;

/// One cost figure, as `make bench` prints it: `bench: NAME = VALUE UNIT
/// (floor|anchor VALUE)`, a floor being the most the design allows.
fn bench(name: &str, value: u64, unit: &str, bound: &str, bound_value: u64) {
    let verdict = if bound == "floor" && value > bound_value {
        "  # above its floor"
    } else {
        ""
    };
    println!("bench: {name} = {value} {unit} ({bound} {bound_value}){verdict}");
}

/// A time figure in seconds, with its floor.
fn bench_secs(name: &str, secs: f64, floor: f64) {
    let verdict = if secs > floor {
        "  # above its floor"
    } else {
        ""
    };
    println!("bench: {name} = {secs:.2} s (floor {floor} s){verdict}");
}

/// A recall matching 100 listings of 100 sellers, and the same message
/// delivered again.
async fn intake_100_sellers() {
    let stack = Stack::new().await;
    let msg = hundred_sellers_of_one_gtin(&stack, &gtin(7)).await;
    stack.calls().reset();
    let t = Instant::now();
    let resp = stack.intake().handle_event(event_of(&[&msg])).await;
    let blocked = t.elapsed().as_secs_f64();
    assert!(resp.batch_item_failures.is_empty());
    println!("  intake of 100 listings of 100 sellers: {blocked:.2} s");
    bench(
        "intake_100_sellers_dynamodb_calls",
        stack.calls().service_total("DynamoDB") as u64,
        "calls",
        "floor",
        350,
    );
    bench(
        "intake_100_sellers_ses_calls",
        stack.calls().service_total("SESv2") as u64,
        "calls",
        "anchor",
        200,
    );
    stack.calls().reset();
    let resp = stack.intake().handle_event(event_of(&[&msg])).await;
    assert!(resp.batch_item_failures.is_empty());
    bench(
        "duplicate_delivery_dynamodb_calls",
        stack.calls().service_total("DynamoDB") as u64,
        "calls",
        "floor",
        1,
    );
    bench(
        "duplicate_delivery_ses_calls",
        stack.calls().service_total("SESv2") as u64,
        "calls",
        "floor",
        0,
    );
}

/// A recall of a product range of 10 variants matching 1,000 listings: 100
/// sellers each listing every variant. Wall time from the intake's invoke to
/// every listing blocked: its measures written and its
/// `listing_measures_changed` in the marketplace's hands (the last of the
/// 1,000 delivered by the bus to a queue, by its `SentTimestamp`); and the
/// intake's DynamoDB calls. The handler goes on after that (the sellers'
/// emails, their standings): its whole time is printed beside it. The
/// measures are read back, all 1,000, outside the time.
async fn intake_1000_listings() {
    let stack = Stack::new().await;
    let gtins: Vec<String> = (0..10).map(|v| gtin(50_000 + v)).collect();
    let t = Instant::now();
    let (msg, listing_ids) = sellers_of_a_product_range(&stack, 100, &gtins).await;
    println!(
        "  catalogue of {} listings of 100 sellers synced in {:.1} s",
        listing_ids.len(),
        t.elapsed().as_secs_f64()
    );
    stack.calls().reset();
    let invoked_ms = epoch_ms();
    let t = Instant::now();
    let resp = stack.intake().handle_event(event_of(&[&msg])).await;
    let handled = t.elapsed().as_secs_f64();
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let dynamodb = stack.calls().service_total("DynamoDB") as u64;
    let ses = stack.calls().service_total("SESv2") as u64;
    let calls = stack.calls().snapshot();
    // Where the time went: in each operation's calls (the rest is our code).
    let waited: Vec<String> = stack
        .calls()
        .time_snapshot()
        .iter()
        .map(|(op, t)| format!("{op} {:.2} s", t.as_secs_f64()))
        .collect();
    // Every listing's block as the marketplace received it, each once.
    let blocks: Vec<_> = stack
        .events_delivered()
        .await
        .into_iter()
        .filter(|d| d.detail_type == "listing_measures_changed")
        .collect();
    let told: std::collections::BTreeSet<&str> = blocks
        .iter()
        .filter_map(|d| d.detail["listing_id"].as_str())
        .collect();
    assert_eq!(blocks.len(), listing_ids.len(), "one block per listing");
    assert_eq!(told.len(), listing_ids.len(), "every listing's block");
    let last_ms = blocks.iter().map(|d| d.delivered_ms).max().unwrap_or(0);
    let blocked = last_ms.saturating_sub(invoked_ms) as f64 / 1000.0;
    let measures = stack
        .store()
        .recall_measures(
            &format!("R-platform-INSP-{}", listing_ids.len()),
            &listing_ids,
        )
        .await
        .expect("the measures");
    assert_eq!(
        measures.len(),
        listing_ids.len(),
        "every listing has its measures"
    );
    assert!(
        measures
            .iter()
            .all(|(m, reversed)| !reversed && !m.measures.is_empty()),
        "every listing blocked"
    );
    println!(
        "  intake of 1,000 listings: all blocked and the marketplace told in {blocked:.2} s; \
         the handler returned after {handled:.2} s (the sellers' emails, their standings); \
         {ses} SES calls; {calls:?}"
    );
    println!("  time in calls: {}", waited.join(", "));
    bench_secs("intake_1000_listings_blocked_s", blocked, 5.0);
    bench(
        "intake_1000_listings_dynamodb_calls",
        dynamodb,
        "calls",
        "floor",
        INTAKE_1000_FLOOR,
    );
    stack.clear_sent_emails();
    stack.drop_table().await;
}

/// A consumer recall of 10,000 orders by 9,500 buyers in one market.
async fn consumer_recall_10k() {
    let stack = Stack::new().await;
    ten_thousand_orders_recalled_at_once(&stack).await;
    stack.calls().reset();
    stack.drain_consumer_notices(500).await;
    bench(
        "consumer_recall_10k_dynamodb_calls",
        stack.calls().service_total("DynamoDB") as u64,
        "calls",
        "floor",
        1_500,
    );
    // ⌈9,500 buyers / 50⌉ bulk calls.
    bench(
        "consumer_recall_10k_ses_calls",
        stack.calls().service_total("SESv2") as u64,
        "calls",
        "floor",
        9_500_u64.div_ceil(50),
    );
    stack.clear_sent_emails();
    stack.drop_table().await;
}

/// The most DynamoDB calls the design allows a recall matching 1,000
/// listings of 100 sellers (docs/benchmarks.md).
const INTAKE_1000_FLOOR: u64 = 450;

/// Now, in milliseconds since the epoch (SQS's `SentTimestamp`'s clock).
fn epoch_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn gtin(n: u64) -> String {
    let body = format!("{:013}", 4_000_000_000_000u64 + n);
    let digits: Vec<u32> = body.chars().filter_map(|c| c.to_digit(10)).collect();
    let cd = safety_domain::kernel::ids::check_digit(&digits);
    format!("{body}{cd}")
}

async fn run(catalogue: usize, recalls: usize) {
    let stack = Stack::new().await;
    let catalog = stack.catalog();
    let mut batch = Vec::new();
    for s in 0..5 {
        batch.push(
            json!({"type":"seller_upserted","id":format!("s-{s}"),"seller_id":format!("S-{s}"),
            "name":format!("Seller {s}"),"email":stack.address(&format!("s{s}"))})
            .to_string(),
        );
    }
    // Two listings per recall (same GTIN), the rest of the catalogue unrelated.
    for i in 0..catalogue {
        let (g, brand) = if i < 2 * recalls {
            (gtin((i / 2) as u64), "Recalled")
        } else {
            (gtin(100_000 + i as u64), "Other")
        };
        batch.push(json!({"type":"listing_upserted","id":format!("l-{i}"),"listing_id":format!("L-{i}"),
            "seller_id":format!("S-{}", i % 5),"title":format!("Product {i}"),"brand":format!("{brand}{}", i % 40),
            "model":format!("M-{i}"),"gtins":[g],"markets":["FR","DE","US"],"updated_at":"2026-11-01T10:00:00Z"}).to_string());
        if batch.len() == 10 {
            catalog.handle_event(event_of(&batch)).await;
            batch.clear();
        }
    }
    if !batch.is_empty() {
        catalog.handle_event(event_of(&batch)).await;
    }
    let intake = stack.intake();
    let mut latencies = Vec::new();
    let mut ddb = 0;
    let mut ses = 0;
    for r in 0..recalls {
        let record = json!({"reference":format!("INSP-{r}"),"title":"Bench recall","hazard":"Bench hazard",
            "risk":"serious","gtins":[gtin(r as u64)],"markets":["FR","DE"]});
        let msg = json!({"type":"recall_received","id":format!("bench-{r}"),"source":"platform",
            "channel":"inspection","recall":record})
        .to_string();
        stack.calls().reset();
        let t = Instant::now();
        let resp = intake.handle_event(event_of(&[msg])).await;
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(resp.batch_item_failures.is_empty());
        ddb += stack.calls().service_total("DynamoDB");
        ses += stack.calls().service_total("SESv2");
    }
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "  catalogue {catalogue:>5} listings: recall -> listings blocked -> seller emailed  p50 {:>5.1} ms  p95 {:>5.1} ms   per recall: {:.1} DynamoDB calls, {:.1} SES calls (2 listings, 2 sellers)",
        pct(0.5),
        pct(0.95),
        ddb as f64 / recalls as f64,
        ses as f64 / recalls as f64
    );
}

#[tokio::main]
async fn main() {
    println!(
        "recall-intake on the local stack (debug build, moto + aws-ses-v2-local on loopback):"
    );
    // `stack_bench NAME...` runs only the named parts (latency,
    // intake_100_sellers, intake_1000_listings, consumer_recall_10k).
    let only: Vec<String> = std::env::args().skip(1).collect();
    let wanted = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    if wanted("latency") {
        run(50, 20).await;
        run(500, 20).await;
    }
    if wanted("intake_100_sellers") {
        intake_100_sellers().await;
    }
    if wanted("intake_1000_listings") {
        intake_1000_listings().await;
    }
    if wanted("consumer_recall_10k") {
        consumer_recall_10k().await;
    }
}
