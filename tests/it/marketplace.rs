//! The marketplace's events on the bus (moto, through the real SDK clients):
//! each decision's event once, with the markets it changes.

use chrono::Utc;
use safety_tests::{assert_valid_event, event_errors, event_of, listing, seller, Stack};
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
