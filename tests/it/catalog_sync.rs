//! `catalog-sync` on the local stack: duplicated, reordered and broken
//! deliveries, and the identity indexes recall matching relies on.

use safety_domain::recall::matching::{IdentityKey, Lookup};
use safety_tests::{event_of, Stack};
use serde_json::json;

fn listing_msg(id: &str, gtin: &str, updated_at: &str) -> String {
    json!({"type":"listing_upserted","id":format!("evt-{id}-{updated_at}"),"listing_id":id,"seller_id":"S-1",
        "title":"Magnetic tiles","brand":"JoyBlocks","model":"JB-100","gtins":[gtin],"markets":["FR"],
        "updated_at":updated_at})
    .to_string()
}

fn by_gtin(gtin: &str) -> Lookup {
    Lookup {
        key: IdentityKey::Gtin(safety_domain::Gtin::parse(gtin).unwrap().to_string()),
        sort_prefix: String::new(),
    }
}

#[tokio::test]
async fn reordered_listing_updates_converge_on_the_newest_version_and_its_keys() {
    let stack = Stack::new().await;
    let newer = listing_msg("L-1", "3760289220748", "2026-11-02T10:00:00Z");
    let older = listing_msg("L-1", "3760289220694", "2026-11-01T10:00:00Z");
    // Newest first, then the late older one, then the newest again (a duplicate).
    let resp = stack
        .catalog()
        .handle_event(event_of(&[&newer, &older, &newer]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let store = stack.store();
    let (stored, removed) = store.get_listing("L-1").await.unwrap().unwrap();
    assert!(!removed);
    assert_eq!(
        stored.gtins.iter().next().unwrap().as_str(),
        "03760289220748"
    );
    assert_eq!(
        store
            .lookup(&by_gtin("3760289220748"))
            .await
            .unwrap()
            .listings
            .len(),
        1
    );
    assert!(
        store
            .lookup(&by_gtin("3760289220694"))
            .await
            .unwrap()
            .listings
            .is_empty(),
        "the old version's GTIN is not indexed"
    );
}

#[tokio::test]
async fn an_edit_moves_the_listing_from_its_old_identity_keys_to_the_new_ones() {
    let stack = Stack::new().await;
    let catalog = stack.catalog();
    catalog
        .handle_event(event_of(&[listing_msg(
            "L-1",
            "3760289220694",
            "2026-11-01T10:00:00Z",
        )]))
        .await;
    catalog
        .handle_event(event_of(&[listing_msg(
            "L-1",
            "3760289220748",
            "2026-11-02T10:00:00Z",
        )]))
        .await;
    let store = stack.store();
    assert!(store
        .lookup(&by_gtin("3760289220694"))
        .await
        .unwrap()
        .listings
        .is_empty());
    let hits = store.lookup(&by_gtin("3760289220748")).await.unwrap();
    assert_eq!(hits.listings[0].listing_id, "L-1");
    let brand = Lookup {
        key: IdentityKey::Brand("joyblocks".into()),
        sort_prefix: "jb100".into(),
    };
    assert_eq!(
        store.lookup(&brand).await.unwrap().listings.len(),
        1,
        "one brand key, not one per version"
    );
}

#[tokio::test]
async fn a_removed_listing_leaves_the_indexes_and_a_late_upsert_does_not_bring_it_back() {
    let stack = Stack::new().await;
    let catalog = stack.catalog();
    catalog
        .handle_event(event_of(&[listing_msg(
            "L-1",
            "3760289220694",
            "2026-11-01T10:00:00Z",
        )]))
        .await;
    let removed = json!({"type":"listing_removed","id":"evt-rm","listing_id":"L-1","removed_at":"2026-11-03T10:00:00Z"}).to_string();
    let late = listing_msg("L-1", "3760289220694", "2026-11-02T10:00:00Z");
    let resp = catalog.handle_event(event_of(&[removed, late])).await;
    assert!(resp.batch_item_failures.is_empty());
    let (_, is_removed) = stack.store().get_listing("L-1").await.unwrap().unwrap();
    assert!(is_removed);
    assert!(stack
        .store()
        .lookup(&by_gtin("3760289220694"))
        .await
        .unwrap()
        .listings
        .is_empty());
}

#[tokio::test]
async fn an_order_delivered_twice_is_stored_once_and_an_update_before_it_is_retried() {
    let stack = Stack::new().await;
    let order = json!({"type":"order_placed","id":"evt-3","order_id":"O-9001","placed_at":"2026-10-01T09:00:00Z",
        "buyer":{"buyer_id":"B-77","email":"anna@example.org","name":"Anna","country":"FR","locale":"fr-FR"},
        "ship_to":{"country":"FR","postal_code":"75011","region":null},
        "lines":[{"listing_id":"L-5001","quantity":1,"unit_price":{"amount":"24.90","currency":"EUR"},
                  "fees":{"amount":"3.10","currency":"EUR"},"free_return":true}]}).to_string();
    let update = json!({"type":"order_updated","id":"evt-4","order_id":"O-9001","shipped_at":"2026-10-02T09:00:00Z"}).to_string();
    let catalog = stack.catalog();
    // The update overtakes the order: it fails (SQS retries it), the order goes through.
    let first = catalog
        .handle_event(event_of(&[&update, &order, &order]))
        .await;
    assert_eq!(first.batch_item_failures.len(), 1);
    assert_eq!(first.batch_item_failures[0].item_identifier, "sqs-0");
    let retry = catalog.handle_event(event_of(&[update])).await;
    assert!(retry.batch_item_failures.is_empty());
    let stored = stack.store().get_order("O-9001").await.unwrap().unwrap();
    assert!(stored.shipped_at.is_some());
}

#[tokio::test]
async fn bad_messages_fail_alone_naming_message_and_field_and_end_in_the_dlq() {
    let stack = Stack::new().await;
    let (queue, dlq) = stack.queue_like("CATALOG_SYNC_QUEUE_URL").await;
    let good = json!({"type":"seller_upserted","id":"evt-ok","seller_id":"S-1","name":"Joy","email":"ops@joy.example"}).to_string();
    let bad = [
        "{not json".to_string(),
        json!({"type":"seller_upserted","id":"evt-1","seller_id":"S-1","name":"Joy"}).to_string(),
        json!({"type":"listing_upserted","id":"evt-2","listing_id":"L-1","seller_id":"S-1","title":"t",
               "gtins":["0850012345672"],"markets":["FR"],"updated_at":"2026-11-02T10:00:00Z"}).to_string(),
        json!({"type":"listing_upserted","id":"evt-3","listing_id":"L-1","seller_id":"S-1","title":"t",
               "markets":["France"],"updated_at":"2026-11-02T10:00:00Z"}).to_string(),
        json!({"type":"seller_deleted","id":"evt-4"}).to_string(),
    ];
    let catalog = stack.catalog();
    let expected = [
        ("(body)", "not valid JSON"),
        ("evt-1", "email"),
        ("evt-2", "gtins"),
        ("evt-3", "markets"),
        ("evt-4", "type"),
    ];
    for (body, (id, field)) in bad.iter().zip(expected) {
        let err = catalog
            .handle(safety_runtime::Record {
                sqs_message_id: "sqs-9".into(),
                body: body.clone(),
                receive_count: 1,
            })
            .await
            .expect_err("must be refused")
            .to_string();
        let id = if id == "(body)" { "sqs-9" } else { id };
        assert!(
            err.contains(id) && err.contains(field),
            "{err:?} should name {id} and {field}"
        );
    }
    for body in bad.iter().chain(std::iter::once(&good)) {
        stack.send(&queue, body).await;
    }
    stack.pump(&queue, 20, |e| catalog.handle_event(e)).await;
    let mut dead = stack.peek(&dlq).await;
    dead.sort();
    let mut want: Vec<String> = bad.to_vec();
    want.sort();
    assert_eq!(dead, want, "the bad ones, and only them, in the DLQ");
    assert!(
        stack
            .store()
            .get_sellers(&["S-1".to_string()].into())
            .await
            .unwrap()
            .contains_key("S-1"),
        "the good one went through"
    );
}

#[tokio::test]
async fn a_late_older_seller_update_does_not_overwrite_the_newer_one() {
    let stack = Stack::new().await;
    let newer = json!({"type":"seller_upserted","id":"evt-2","seller_id":"S-1","name":"Joy",
        "email":"ops@joy.example","safety_email":"safety@joy.example","updated_at":"2026-11-02T10:00:00Z"}).to_string();
    let older = json!({"type":"seller_upserted","id":"evt-1","seller_id":"S-1","name":"Joy",
        "email":"ops@joy.example","updated_at":"2026-11-01T10:00:00Z"})
    .to_string();
    let resp = stack
        .catalog()
        .handle_event(event_of(&[&newer, &older]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let sellers = stack
        .store()
        .get_sellers(&["S-1".to_string()].into())
        .await
        .unwrap();
    assert_eq!(
        sellers["S-1"].notice_address(),
        "safety@joy.example",
        "the newer version, with its safety mailbox"
    );
}

/// An inspection recall of GTIN 0850012345671 in FR and DE, with no listing yet.
async fn recall_of_the_tiles(stack: &Stack) {
    let record = json!({"reference":"INSP-9","title":"JoyBlocks magnetic tiles","hazard":"Magnets detach",
        "risk":"serious","gtins":["0850012345671"],"markets":["FR","DE"]});
    let msg = json!({"type":"recall_received","id":"insp-9","source":"platform","channel":"inspection","recall":record});
    let resp = stack
        .intake()
        .handle_event(event_of(&[msg.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
}

#[tokio::test]
async fn the_reverse_check_at_publication_records_the_recalls_blocked_and_seller_told_times() {
    let stack = Stack::new().await;
    safety_tests::seller(&stack, "S-1", false).await;
    recall_of_the_tiles(&stack).await;
    let before = stack
        .store()
        .recall_partition("R-platform-INSP-9")
        .await
        .unwrap()
        .timeline;
    assert!(!before.contains_key("blocked_at"), "{before:?}");
    let resp = stack
        .catalog()
        .handle_event(event_of(&[listing_msg(
            "L-1",
            "0850012345671",
            "2026-11-05T10:00:00Z",
        )]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let timeline = stack
        .store()
        .recall_partition("R-platform-INSP-9")
        .await
        .unwrap()
        .timeline;
    assert!(timeline.contains_key("blocked_at"), "{timeline:?}");
    assert!(timeline.contains_key("sellers_notified_at"), "{timeline:?}");
}

#[tokio::test]
async fn two_edits_with_the_same_updated_at_keep_one_version_whatever_the_order_and_the_check_acts_only_on_it(
) {
    // A: not the recalled GTIN, offered in FR. B: the recalled GTIN, offered in DE.
    let a = json!({"listing_id":"L-1","seller_id":"S-1","title":"Magnetic tiles",
        "gtins":["3760289220694"],"markets":["FR"],"updated_at":"2026-11-05T10:00:00Z"});
    let b = json!({"listing_id":"L-1","seller_id":"S-1","title":"Magnetic tiles",
        "gtins":["0850012345671"],"markets":["DE"],"updated_at":"2026-11-05T10:00:00Z"});
    let version = |v: &serde_json::Value| {
        serde_json::from_value::<safety_domain::Listing>(v.clone())
            .unwrap()
            .version()
    };
    let (winner, loser) = if version(&a) > version(&b) {
        (a, b)
    } else {
        (b, a)
    };
    let msg = |v: &serde_json::Value, id: &str| {
        let mut m = v.clone();
        m["type"] = json!("listing_upserted");
        m["id"] = json!(id);
        m.to_string()
    };
    let state = |stack: &Stack| {
        let store = stack.store();
        async move {
            let (stored, _) = store.get_listing("L-1").await.unwrap().unwrap();
            let mut blocked: Vec<String> = store
                .get_measures("L-1")
                .await
                .unwrap()
                .iter()
                .flat_map(|(m, _)| m.measures.iter().filter_map(|x| x.market.clone()))
                .map(|c| c.to_string())
                .collect();
            blocked.sort();
            let case = store.get_case("R-platform-INSP-9/L-1").await.unwrap();
            let points: i64 = store
                .ledger("S-1")
                .await
                .unwrap()
                .iter()
                .map(|e| i64::from(e.points))
                .sum();
            (stored, blocked, case.map(|c| c.markets), points)
        }
    };

    // The winner first, then the loser: the loser leaves no trace at all.
    let stack = Stack::new().await;
    safety_tests::seller(&stack, "S-1", false).await;
    recall_of_the_tiles(&stack).await;
    let resp = stack
        .catalog()
        .handle_event(event_of(&[msg(&winner, "evt-w")]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let after_winner = state(&stack).await;
    let resp = stack
        .catalog()
        .handle_event(event_of(&[msg(&loser, "evt-l")]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let after_both = state(&stack).await;
    assert_eq!(after_both, after_winner, "the losing edit changed nothing");
    let (stored, blocked, case_markets, _) = &after_both;
    for m in blocked {
        assert!(
            stored.markets.iter().any(|x| x.as_str() == m),
            "blocked in {m}, where the stored listing is not offered"
        );
    }
    let recalled = stored.gtins.iter().any(|g| g.as_str() == "00850012345671");
    assert_eq!(
        case_markets.is_some(),
        recalled,
        "a case only for the stored version"
    );

    // The loser first, then the winner: the same version is kept.
    let stack = Stack::new().await;
    safety_tests::seller(&stack, "S-1", false).await;
    recall_of_the_tiles(&stack).await;
    for body in [msg(&loser, "evt-l"), msg(&winner, "evt-w")] {
        let resp = stack.catalog().handle_event(event_of(&[body])).await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let (stored, ..) = state(&stack).await;
    assert_eq!(
        stored, after_winner.0,
        "both delivery orders keep the same version"
    );
}

#[tokio::test]
async fn a_listing_whose_category_is_not_a_recall_list_is_stored_as_given_and_still_matched() {
    let stack = Stack::new().await;
    safety_tests::seller(&stack, "S-1", false).await;
    let body = json!({"type":"listing_upserted","id":"evt-1","listing_id":"L-1","seller_id":"S-1",
        "title":"Magnetic tiles","gtins":["0850012345671"],"markets":["FR"],
        "category":"Collectibles > Vintage curiosities","updated_at":"2026-11-05T10:00:00Z"});
    let resp = stack
        .catalog()
        .handle_event(event_of(&[body.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let (stored, _) = stack.store().get_listing("L-1").await.unwrap().unwrap();
    assert_eq!(
        stored.category.as_deref(),
        Some("Collectibles > Vintage curiosities")
    );
    assert_eq!(stored.recall_list(), None);
    recall_of_the_tiles(&stack).await;
    let case = stack
        .store()
        .get_case("R-platform-INSP-9/L-1")
        .await
        .unwrap()
        .expect("matched by its GTIN, whatever its category");
    assert_eq!(
        case.state,
        safety_domain::recall::intake::CaseState::AppealWindowOpen
    );
}
