//! The marketplace's events on the bus (moto, through the real SDK clients):
//! each decision's event once, with the markets it changes.

use chrono::Utc;
use safety_tests::{
    assert_valid_event, event_errors, event_of, listing, order, seller, unshipped_order, Stack,
};
use serde_json::{json, Value};

/// (action, market) of each `listing_measures_changed` published, in order.
fn changes(events: &[(String, Value)]) -> Vec<(String, String)> {
    events
        .iter()
        .filter(|(t, _)| t == "listing_measures_changed")
        .flat_map(|(_, d)| {
            d["markets"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|m| {
                    (
                        m["action"].as_str().unwrap_or("?").to_string(),
                        m["market"].as_str().unwrap_or("?").to_string(),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[tokio::test]
async fn a_recall_in_fr_and_de_blocks_there_once_and_its_upheld_appeal_lifts_fr_and_de() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR","DE","US"]}),
    )
    .await;
    let record = json!({"reference":"INSP-11","title":"Keto slim nuit","hazard":"Ethylene oxide",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR","DE"]});
    let msg = json!({"type":"recall_received","id":"insp-11","source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    // Delivered twice, and twice at once.
    for _ in 0..2 {
        let resp = stack.intake().handle_event(event_of(&[&msg])).await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let (a, b) = (stack.intake(), stack.intake());
    tokio::join!(
        a.handle_event(event_of(&[&msg])),
        b.handle_event(event_of(&[&msg]))
    );
    let events = stack.events().await;
    assert_eq!(
        changes(&events),
        vec![
            ("block".to_string(), "DE".to_string()),
            ("block".to_string(), "FR".to_string())
        ],
        "one event, FR and DE, not US: {events:?}"
    );
    let (detail_type, detail) = &events[0];
    assert_valid_event(detail_type, detail);
    // The check bites: the same event without its listing, or with a market
    // that is no country code, is refused.
    let mut broken = detail.clone();
    broken.as_object_mut().map(|o| o.remove("listing_id"));
    assert!(!event_errors(detail_type, &broken).is_empty());
    let mut broken = detail.clone();
    broken["markets"][0]["market"] = json!("France");
    assert!(!event_errors(detail_type, &broken).is_empty());
    let case_id = detail["case_id"].as_str().expect("a case id").to_string();
    assert_eq!(detail["listing_id"], "L-1");
    assert_eq!(detail["seller_id"], "S-1");
    assert_eq!(detail["schema_version"], 1);

    let now = Utc::now();
    let appeal = json!({"type":"appeal_filed","id":"ap-11","case_id":case_id,"seller_id":"S-1",
        "filed_at":now.to_rfc3339(),"grounds":"Another batch."})
    .to_string();
    let upheld =
        json!({"type":"appeal_decided","id":"ad-11","case_id":case_id,"reviewer":"desk-ana",
        "decision":"upheld","reason":"Checked the lot list.","decided_at":now.to_rfc3339()})
        .to_string();
    for body in [&appeal, &upheld, &upheld] {
        let resp = stack.appeals().handle_event(event_of(&[body])).await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let events = stack.events().await;
    for (detail_type, detail) in &events {
        assert_valid_event(detail_type, detail);
    }
    let changes = changes(&events);
    assert_eq!(
        changes[2..],
        [
            ("lift".to_string(), "DE".to_string()),
            ("lift".to_string(), "FR".to_string())
        ],
        "{changes:?}"
    );
    assert_eq!(changes.len(), 4, "the lift once");
    // The accounts system hears of the standing: warned by the penalty,
    // back to good once it is reversed.
    let standings: Vec<(String, String)> = events
        .iter()
        .filter(|(t, _)| t == "seller_standing_changed")
        .map(|(_, d)| {
            (
                d["from"].as_str().unwrap_or("?").to_string(),
                d["to"].as_str().unwrap_or("?").to_string(),
            )
        })
        .collect();
    assert_eq!(
        standings,
        vec![
            ("good".to_string(), "warning".to_string()),
            ("warning".to_string(), "good".to_string())
        ]
    );
}

#[tokio::test]
async fn each_page_of_a_consumer_recall_reports_its_progress_once() {
    let stack = Stack::new().await;
    safety_tests::orders_recalled_at_once(&stack, 150).await;
    for _ in 0..2 {
        stack.drain_consumer_notices(10).await;
    }
    let progress: Vec<Value> = stack
        .events()
        .await
        .into_iter()
        .filter(|(t, _)| t == "consumer_recall_progress")
        .map(|(t, d)| {
            assert_valid_event(&t, &d);
            d
        })
        .collect();
    let told: Vec<(u64, bool)> = progress
        .iter()
        .map(|d| {
            (
                d["consumers_told"].as_u64().unwrap_or(0),
                d["done"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    // 150 orders by 143 buyers: a page of 100 orders (93 buyers), then 50.
    assert_eq!(told, vec![(93, false), (50, true)], "{progress:?}");
}

#[tokio::test]
async fn an_unshipped_order_is_stopped_with_its_cancellation_and_a_delivered_one_gets_the_recall_notice(
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
    let unshipped = unshipped_order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let delivered = order(&stack, "O-2", "B-2", &["L-1"], "FR", "fr-FR").await;
    // Paid and unshipped at first, shipped before the recall: its buyer has it.
    let shipped_later = unshipped_order(&stack, "O-3", "B-3", &["L-1"], "DE", "de-DE").await;
    let update = json!({"type":"order_updated","id":"evt-o3-shipped","order_id":"O-3",
        "shipped_at":"2026-10-03T09:00:00Z"})
    .to_string();
    let resp = stack.catalog().handle_event(event_of(&[&update])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");

    // A regulator's order to tell consumers at once: the block's order stop
    // and the consumer recall run together. Intake delivered twice.
    let record = json!({"reference":"INSP-12","title":"Keto slim nuit","hazard":"Ethylene oxide above the legal limit",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR","DE"],"timing":{"kind":"immediately"}});
    let msg = json!({"type":"recall_received","id":"insp-12","source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    for _ in 0..2 {
        let resp = stack.intake().handle_event(event_of(&[&msg])).await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    for resp in stack.drain_consumer_notices(20).await {
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    // The block's FR order stop delivered again, twice at once: nothing more.
    let case_id = "R-platform-INSP-12/L-1";
    let stop = json!({"type":"order_stop_page","id":format!("osp:{case_id}:FR:start"),
        "case_id":case_id,"market":"FR","cursor":null})
    .to_string();
    let (a, b) = (stack.consumer_notices(), stack.consumer_notices());
    let (ra, rb) = tokio::join!(
        a.handle_event(event_of(&[&stop])),
        b.handle_event(event_of(&[&stop]))
    );
    assert!(ra.batch_item_failures.is_empty() && rb.batch_item_failures.is_empty());

    let events = stack.events().await;
    let stops: Vec<&Value> = events
        .iter()
        .filter(|(t, _)| t == "order_stop_requested")
        .map(|(t, d)| {
            assert_valid_event(t, d);
            d
        })
        .collect();
    assert_eq!(
        stops.len(),
        1,
        "one stop, of the unshipped order: {stops:?}"
    );
    let stop = stops[0];
    assert_eq!(
        (&stop["order_id"], &stop["market"], &stop["cost_borne_by"]),
        (&json!("O-1"), &json!("FR"), &json!("seller"))
    );
    assert_eq!(stop["case_id"], case_id);
    assert_eq!(
        stop["amount_paid"],
        json!({"amount":"49.80","currency":"EUR"})
    );
    let mut broken = stop.clone();
    broken["cost_borne_by"] = json!("platform");
    assert!(!event_errors("order_stop_requested", &broken).is_empty());

    // The unshipped order's buyer: the cancellation saying why, no recall notice.
    let to_unshipped = stack.emails_to(&unshipped);
    let subjects: Vec<&str> = to_unshipped.iter().map(|e| e.subject.as_str()).collect();
    assert_eq!(subjects.len(), 1, "{subjects:?}");
    assert!(subjects[0].starts_with("Commande annulée"), "{subjects:?}");
    // The delivered order's buyer, and the one shipped later: the recall notice.
    for (to, heading) in [
        (&delivered, "Rappel de produit pour raison de sécurité"),
        (&shipped_later, "Produktsicherheitsrückruf"),
    ] {
        let subjects: Vec<String> = stack.emails_to(to).into_iter().map(|e| e.subject).collect();
        assert_eq!(subjects.len(), 1, "{subjects:?}");
        assert!(subjects[0].starts_with(heading), "{subjects:?}");
    }
}

#[tokio::test]
async fn a_block_stops_its_unshipped_orders_at_once_through_the_sparse_index() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR","DE","US"]}),
    )
    .await;
    let fr = unshipped_order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let us = unshipped_order(&stack, "O-2", "B-2", &["L-1"], "US", "en-US").await;
    let cancelled = unshipped_order(&stack, "O-3", "B-3", &["L-1"], "DE", "de-DE").await;
    let delivered = order(&stack, "O-4", "B-4", &["L-1"], "DE", "de-DE").await;
    let cancel = json!({"type":"order_updated","id":"evt-o3-cancelled","order_id":"O-3",
        "cancelled_at":"2026-10-03T09:00:00Z"})
    .to_string();
    let resp = stack.catalog().handle_event(event_of(&[&cancel])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    // No timing: the consumer recall waits for the appeal window; the
    // block's order stop does not.
    let record = json!({"reference":"INSP-13","title":"Keto slim nuit","hazard":"Ethylene oxide",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR","DE"]});
    let msg = json!({"type":"recall_received","id":"insp-13","source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    let resp = stack.intake().handle_event(event_of(&[&msg])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    stack.calls().reset();
    // One order stop per blocked market (FR, DE).
    for resp in stack.drain_consumer_notices(10).await {
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let (calls, queries) = (
        stack.calls().service_total("DynamoDB"),
        stack.calls().get("DynamoDB.Query"),
    );
    println!("two order-stop pages: {:?}", stack.calls().snapshot());
    let stopped: Vec<String> = stack
        .events()
        .await
        .into_iter()
        .filter(|(t, _)| t == "order_stop_requested")
        .filter_map(|(_, d)| d["order_id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(
        stopped,
        vec!["O-1"],
        "not the US order, not the cancelled one"
    );
    assert_eq!(stack.emails_to(&fr).len(), 1, "the cancellation");
    for other in [&us, &cancelled, &delivered] {
        assert!(stack.emails_to(other).is_empty(), "no recall notice yet");
    }
    // Per market: the processed check, the page's context, one index query
    // and the page marked done (4); FR's stop: its items sorted, written,
    // its buyer's address checked against the suppressed ones and marked
    // sent (4).
    assert_eq!(
        queries, 2,
        "one index query per market, no page of every order"
    );
    assert_eq!(calls, 4 + 4 + 4, "DynamoDB calls for two order-stop pages");
}
