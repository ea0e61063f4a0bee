//! Buyer protection end to end (issue: SPEC 2): a `refund_requested` message
//! through the real `refunds` handler on the local stack, the decision stored
//! with its rule, the buyer's and the seller's emails in SES, the monthly
//! pre-paid label counter under duplicates and concurrency; a crash between
//! the decision's transaction and its emails.

use chrono::{Duration, Utc};
use safety_app::memory::CrashAfterWrite;
use safety_app::refunds::{self as use_case, Ports};
use safety_domain::carrier::CarrierStatus;
use safety_domain::outbox::OutboxStatus;
use safety_domain::refunds::effects;
use safety_domain::refunds::request::Payout;
use safety_domain::refunds::request::RefundRecord;
use safety_domain::refunds::RefundConfig;
use safety_domain::refunds::{Basis, GrantRule, LabelDecision, Payer, RefundRemedy, Rule};
use safety_tests::{event_of, fixture, recall_message, seller, sync, Stack};
use serde_json::{json, Value};

/// A listing of seller `seller_id`, on sale in FR, DE and US, with `extra`
/// buyer-protection fields.
async fn listing(stack: &Stack, id: &str, seller_id: &str, extra: Value) {
    let mut body = json!({"type":"listing_upserted","id":format!("evt-{id}"),"listing_id":id,
        "seller_id":seller_id,"title":format!("Magnetic tiles {id}"),"markets":["FR","DE","US"],
        "updated_at":"2026-10-01T00:00:00Z"});
    for (k, v) in extra.as_object().into_iter().flatten() {
        body[k] = v.clone();
    }
    sync(stack, body).await;
}

/// An order of one unit of each listing by buyer `buyer_id` living in
/// `country` (locale `locale`), delivered on 2026-11-02; returns the buyer's
/// email address.
async fn order(
    stack: &Stack,
    order_id: &str,
    buyer_id: &str,
    listings: &[&str],
    country: &str,
    locale: &str,
) -> String {
    let email = stack.address(&format!("buyer-{buyer_id}"));
    let lines: Vec<Value> = listings
        .iter()
        .map(|l| {
            json!({"listing_id": l, "quantity": 1,
            "unit_price": {"amount": "24.90", "currency": "EUR"},
            "fees": {"amount": "3.10", "currency": "EUR"}})
        })
        .collect();
    sync(
        stack,
        json!({"type":"order_placed","id":format!("evt-{order_id}"),"order_id":order_id,
        "placed_at":"2026-10-25T09:00:00Z",
        "buyer":{"buyer_id":buyer_id,"email":email,"name":format!("Buyer {buyer_id}"),
                 "country":country,"locale":locale},
        "ship_to":{"country":country,"postal_code":"75011"},
        "lines":lines,
        "shipped_at":"2026-10-26T09:00:00Z","delivered_at":"2026-11-02T15:00:00Z",
        "guaranteed_delivery_by":"2026-11-10T23:59:59Z"}),
    )
    .await;
    email
}

fn request(id: &str, order_id: &str, buyer_id: &str, listings: &[&str], reason: &str) -> Value {
    json!({"type":"refund_requested","id":id,"order_id":order_id,"buyer_id":buyer_id,
        "lines": listings.iter().map(|l| json!({"listing_id": l, "quantity": 1})).collect::<Vec<_>>(),
        "reason":reason,"requested_at":"2026-11-05T10:00:00Z",
        "item_condition":{"used":false,"packaging_intact":true,"seals_intact":true,"tags_attached":true},
        "evidence":["photo-1.jpg"],"payout":"original_payment"})
}

async fn decide(stack: &Stack, bodies: &[Value]) -> Vec<String> {
    let bodies: Vec<String> = bodies.iter().map(Value::to_string).collect();
    let resp = stack.refunds().handle_event(event_of(&bodies)).await;
    resp.batch_item_failures
        .into_iter()
        .map(|f| f.item_identifier)
        .collect()
}

async fn decisions(stack: &Stack, order_id: &str) -> Vec<RefundRecord> {
    stack
        .store()
        .order_partition(order_id)
        .await
        .unwrap()
        .refunds
}

async fn labels(stack: &Stack, buyer_id: &str) -> u32 {
    stack
        .store()
        .labels_used(buyer_id, "2026-11")
        .await
        .unwrap()
}

fn texts(stack: &Stack, to: &str) -> Vec<String> {
    stack
        .emails_to(to)
        .into_iter()
        .map(|e| format!("{}\n{}", e.subject, e.body.text.unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn a_damaged_item_is_refunded_under_the_programme_and_buyer_and_seller_are_emailed() {
    let stack = Stack::new().await;
    let (seller_email, _) = seller(&stack, "S-1", true).await;
    listing(&stack, "L-1", "S-1", json!({"free_return": true})).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;

    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "damaged")]
    )
    .await
    .is_empty());

    let stored = decisions(&stack, "O-1").await;
    assert_eq!(stored.len(), 1);
    let d = &stored[0].decision;
    assert!(d.all_granted, "{}", d.explanation);
    assert_eq!(d.best, Some(Basis::Programme), "{}", d.explanation);
    assert_eq!(d.remedy, RefundRemedy::RefundAfterReturn);
    assert_eq!(d.prepaid_label, LabelDecision::Granted);
    assert_eq!(
        d.refund_amount.as_ref().map(|m| m.amount.as_str()),
        Some("24.90")
    );
    // Every basis that grants is named: the EU's withdrawal (day 3 of 14) and
    // legal guarantee come on top of the programme.
    for b in [Basis::Programme, Basis::EuWithdrawal, Basis::EuConformity] {
        assert!(d.bases.contains(&b), "{b:?} in {:?}", d.bases);
    }
    assert_eq!(labels(&stack, "B-1").await, 1);

    let to_buyer = texts(&stack, &buyer);
    assert_eq!(to_buyer.len(), 1, "{to_buyer:?}");
    assert!(
        to_buyer[0].contains("O-1") && to_buyer[0].contains("24,90"),
        "{}",
        to_buyer[0]
    );
    // The seller is emailed at the account address, not the safety mailbox.
    let to_seller = texts(&stack, &seller_email);
    assert_eq!(to_seller.len(), 1, "{to_seller:?}");
    assert!(to_seller[0].contains("rr-1") && to_seller[0].contains("O-1"));
    assert!(
        !to_seller[0].contains(&buyer),
        "no buyer address to the seller"
    );
}

#[tokio::test]
async fn the_same_request_twice_gives_one_decision_one_pair_of_emails_one_label() {
    let stack = Stack::new().await;
    let (seller_email, _) = seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "DE", "de-DE").await;
    let rr = request("rr-1", "O-1", "B-1", &["L-1"], "not_as_described");

    // Twice in one batch, then again later (a redelivery), then once more
    // after the stored emails were both sent.
    assert!(decide(&stack, &[rr.clone(), rr.clone()]).await.is_empty());
    assert!(decide(&stack, std::slice::from_ref(&rr)).await.is_empty());
    stack.calls().reset();
    assert!(decide(&stack, &[rr]).await.is_empty());
    assert_eq!(
        stack.calls().service_total("DynamoDB"),
        1,
        "a redelivery reads the order's partition (the decision records its \
         emails sent) and stops: {:?}",
        stack.calls().snapshot()
    );
    assert_eq!(stack.calls().service_total("SESv2"), 0);

    assert_eq!(decisions(&stack, "O-1").await.len(), 1);
    assert_eq!(labels(&stack, "B-1").await, 1);
    assert_eq!(stack.emails_to(&buyer).len(), 1);
    assert_eq!(stack.emails_to(&seller_email).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_requests_never_take_a_fourth_label_in_a_month() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    for o in ["O-1", "O-2", "O-3", "O-4", "O-5"] {
        order(&stack, o, "B-1", &["L-1"], "FR", "fr").await;
    }
    // Five requests of five orders at once, each from its own instance of the
    // function, as five concurrent Lambda invocations would be.
    let mut runs = tokio::task::JoinSet::new();
    for i in 1..=5 {
        let refunds = stack.refunds();
        let body = request(
            &format!("rr-{i}"),
            &format!("O-{i}"),
            "B-1",
            &["L-1"],
            "damaged",
        )
        .to_string();
        runs.spawn(async move { refunds.handle_event(event_of(&[body])).await });
    }
    while let Some(resp) = runs.join_next().await {
        let resp = resp.unwrap();
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    assert_eq!(labels(&stack, "B-1").await, 3);
    let mut granted = 0;
    let mut refused = 0;
    for o in ["O-1", "O-2", "O-3", "O-4", "O-5"] {
        let d = decisions(&stack, o).await.remove(0).decision;
        match d.prepaid_label {
            LabelDecision::Granted => granted += 1,
            LabelDecision::RefusedMonthlyLimit => {
                refused += 1;
                assert!(d.refused_by.contains(&Rule::MonthlyLabelLimit));
                // Still refunded: the seller pays the return of a damaged item.
                assert!(d.granted, "{}", d.explanation);
            }
            other => panic!("unexpected label {other:?}"),
        }
    }
    assert_eq!((granted, refused), (3, 2));
}

#[tokio::test]
async fn two_requests_of_one_order_share_its_label() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    listing(&stack, "L-2", "S-1", json!({})).await;
    order(&stack, "O-1", "B-1", &["L-1", "L-2"], "FR", "fr").await;
    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "damaged")]
    )
    .await
    .is_empty());
    assert!(decide(
        &stack,
        &[request("rr-2", "O-1", "B-1", &["L-2"], "not_as_described")]
    )
    .await
    .is_empty());
    let stored = decisions(&stack, "O-1").await;
    let label_of = |id: &str| {
        stored
            .iter()
            .find(|r| r.request_id == id)
            .map(|r| r.decision.prepaid_label)
    };
    assert_eq!(label_of("rr-1"), Some(LabelDecision::Granted));
    assert_eq!(label_of("rr-2"), Some(LabelDecision::SharedWithOrder));
    assert_eq!(labels(&stack, "B-1").await, 1, "one label for the order");
}

/// rr-2 for the item of O-1 that rr-1 refunded: refused on
/// `lines[0].quantity`, naming rr-1; still one decision.
async fn a_second_request_for_the_refunded_item_is_refused_naming_the_first(
    stack: &Stack,
    reason: &str,
) {
    let err = stack
        .refunds()
        .handle(record_of(&request("rr-2", "O-1", "B-1", &["L-1"], reason)))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("rr-2") && err.contains("lines[0].quantity") && err.contains("rr-1"),
        "{err}"
    );
    assert_eq!(decisions(stack, "O-1").await.len(), 1);
}

#[tokio::test]
async fn an_item_refunded_once_is_not_refunded_again_under_another_request_id() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "damaged")]
    )
    .await
    .is_empty());
    a_second_request_for_the_refunded_item_is_refused_naming_the_first(&stack, "damaged").await;
}

fn record_of(body: &Value) -> safety_runtime::Record {
    safety_runtime::Record {
        sqs_message_id: "sqs-1".into(),
        body: body.to_string(),
        receive_count: 1,
    }
}

#[tokio::test]
async fn bad_requests_fail_naming_the_field_and_nothing_is_decided() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    let refunds = stack.refunds();
    let cases = [
        (
            request("rr-a", "O-1", "B-1", &["L-9"], "damaged"),
            "lines[0].listing_id",
        ),
        (
            request("rr-b", "O-1", "B-2", &["L-1"], "damaged"),
            "buyer_id",
        ),
        (request("rr-c", "O-1", "B-1", &["L-1"], "bored"), "reason"),
        (
            {
                let mut r = request("rr-d", "O-1", "B-1", &["L-1"], "damaged");
                r["lines"][0]["quantity"] = json!(5);
                r
            },
            "lines[0].quantity",
        ),
        (
            {
                let mut r = request("rr-e", "O-1", "B-1", &["L-1"], "damaged");
                r["payout"] = json!("cash");
                r
            },
            "payout",
        ),
    ];
    for (body, field) in cases {
        let err = refunds
            .handle(record_of(&body))
            .await
            .unwrap_err()
            .to_string();
        let id = body["id"].as_str().unwrap_or_default();
        assert!(err.contains(id) && err.contains(field), "{field}: {err}");
    }
    assert!(decisions(&stack, "O-1").await.is_empty());
    assert!(stack.emails_of_this_test().is_empty());
}

#[tokio::test]
async fn a_request_before_its_order_arrives_is_retried_then_decided() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    let rr = request("rr-1", "O-1", "B-1", &["L-1"], "not_arrived");
    assert_eq!(
        decide(&stack, std::slice::from_ref(&rr)).await,
        vec!["sqs-0".to_string()]
    );
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    assert!(decide(&stack, &[rr]).await.is_empty());
    // Delivered on 2 November: a not-arrived claim is refused by that rule.
    let d = decisions(&stack, "O-1").await.remove(0).decision;
    assert!(!d.granted);
    assert!(
        d.refused_by.contains(&Rule::AlreadyDelivered),
        "{:?}",
        d.refused_by
    );
    assert_eq!(stack.emails_to(&buyer).len(), 1);
}

#[tokio::test]
async fn a_recalled_product_is_refunded_with_nothing_to_send_back_and_charged_to_the_seller() {
    let stack = Stack::new().await;
    let (seller_email, _) = seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"title":"Keto slim nuit 60 gélules"}),
    )
    .await;
    let fr_buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    order(&stack, "O-2", "B-2", &["L-1"], "US", "en-US").await;
    let record_v2: Value =
        serde_json::from_str(&fixture("rappelconso/v2_gtin_trie_2021-05-0242.json")).unwrap();
    let resp = stack
        .intake()
        .handle_event(event_of(&[recall_message(
            "rc-1",
            "rappelconso",
            record_v2,
        )]))
        .await;
    assert!(resp.batch_item_failures.is_empty());

    assert!(
        decide(&stack, &[request("rr-1", "O-1", "B-1", &["L-1"], "recall")])
            .await
            .is_empty()
    );
    let d = decisions(&stack, "O-1").await.remove(0).decision;
    assert_eq!(d.best, Some(Basis::Recall), "{}", d.explanation);
    assert!(d.charged_to_seller);
    assert_eq!(
        d.refund_amount.as_ref().map(|m| m.amount.as_str()),
        Some("24.90")
    );
    assert!(!texts(&stack, &fr_buyer).is_empty());
    let seller_texts = texts(&stack, &seller_email);
    assert!(
        seller_texts.iter().any(|t| t.contains("rr-1")),
        "{seller_texts:?}"
    );

    // The French recall blocks FR only: the US buyer's product is not recalled.
    let err = decide(&stack, &[request("rr-2", "O-2", "B-2", &["L-1"], "recall")]).await;
    assert!(err.is_empty());
    let d = decisions(&stack, "O-2").await.remove(0).decision;
    assert_ne!(d.best, Some(Basis::Recall));
    assert!(
        d.refused_by.contains(&Rule::NotRecalled),
        "{:?}",
        d.refused_by
    );
}

#[tokio::test]
async fn a_decision_costs_a_bounded_number_of_calls() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    stack.calls().reset();
    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "damaged")]
    )
    .await
    .is_empty());
    let ddb = stack.calls().service_total("DynamoDB");
    println!(
        "one-line request with a new label: {:?}",
        stack.calls().snapshot()
    );
    // Query the order's partition, BatchGet the listing, Query its measures,
    // GetItem the month's labels, BatchGet the seller, one TransactWrite (the
    // decision, its label and both emails' outbox items), one sent mark for
    // both emails (10 before the outbox: each email was claimed, then marked),
    // and one BatchGet of the suppressed addresses for both emails.
    assert!(ddb <= 8, "{:?}", stack.calls().snapshot());
    assert_eq!(stack.calls().get("DynamoDB.TransactWriteItems"), 2);
    assert_eq!(stack.calls().service_total("SESv2"), 2);
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
}

/// An SQS event sample of `events/`.
fn sample(path: &str) -> aws_lambda_events::event::sqs::SqsEvent {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../events")
        .join(path);
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

#[tokio::test]
async fn every_sample_request_of_events_goes_through_the_function_with_the_decision_it_illustrates()
{
    let stack = Stack::new().await;
    for file in [
        "catalog-sync/demo_catalogue.json",
        "catalog-sync/demo_orders.json",
        "catalog-sync/demo_refund_catalogue.json",
    ] {
        let resp = stack.catalog().handle_event(sample(file)).await;
        assert!(resp.batch_item_failures.is_empty(), "{file}: {resp:?}");
    }
    let resp = stack
        .intake()
        .handle_event(sample("recall-intake/rappelconso_v2.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty());

    let resp = stack
        .refunds()
        .handle_event(sample("refunds/demo_requests.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    // The carrier reports Hugo's parcel lost; his request is refunded at once.
    let resp = stack
        .catalog()
        .handle_event(sample("catalog-sync/order_updated_carrier_lost.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let resp = stack
        .refunds()
        .handle_event(sample("refunds/lost_in_transit_carrier_lost.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let lost = stack.store().order_partition("O-9110").await.unwrap();
    let d = &lost.refund("rr-9110").expect("rr-9110 decided").decision;
    assert_eq!(
        d.decided_by,
        Some(GrantRule::CarrierReportedLost),
        "{}",
        d.explanation
    );
    assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
    let resp = stack
        .refunds()
        .handle_event(sample("refunds/broken_zero_quantity.json"))
        .await;
    assert_eq!(resp.batch_item_failures.len(), 1);
    let resp = stack
        .refunds()
        .handle_event(sample("refunds/return_checked.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let damaged = stack.store().order_partition("O-9103").await.unwrap();
    let settled = damaged.refund("rr-9103").and_then(|r| r.settlement.clone());
    assert!(settled.is_some_and(|s| s.passed && s.amount.is_some()));

    let expect: [(&str, &str, Option<Basis>, &[Rule]); 11] = [
        ("O-9001", "rr-9001", Some(Basis::Recall), &[]),
        ("O-9110", "rr-9110", Some(Basis::Programme), &[]),
        ("O-9105", "rr-9105", Some(Basis::Programme), &[]),
        ("O-9106", "rr-9106", Some(Basis::Programme), &[]),
        ("O-9103", "rr-9103", Some(Basis::Programme), &[]),
        ("O-9107", "rr-9107", Some(Basis::Programme), &[]),
        ("O-9104", "rr-9104", Some(Basis::Programme), &[]),
        ("O-9102", "rr-9102", Some(Basis::FreeReturn), &[]),
        (
            "O-9101",
            "rr-9101",
            None,
            &[Rule::ChangeOfMindNotCovered, Rule::EuWithdrawalException],
        ),
        ("O-9109", "rr-9109", None, &[Rule::LargeOrderNotConfirmed]),
        ("O-9108", "rr-9108", Some(Basis::Cancellation), &[]),
    ];
    for (order_id, request_id, best, rules) in expect {
        let part = stack.store().order_partition(order_id).await.unwrap();
        let record = part
            .refund(request_id)
            .unwrap_or_else(|| panic!("{request_id} decided"));
        let d = &record.decision;
        assert_eq!(d.best, best, "{request_id}: {}", d.explanation);
        for rule in rules {
            assert!(
                d.refused_by.contains(rule),
                "{request_id}: {rule:?} in {:?}",
                d.refused_by
            );
        }
        let buyer = part.order.clone().unwrap().buyer.email;
        assert!(
            texts(&stack, &buyer).iter().any(|t| t.contains(request_id)),
            "{request_id}: the buyer's email"
        );
        let settled = usize::from(record.settlement.is_some());
        assert_eq!(
            part.emails_sent.len(),
            1 + record.seller_ids().len() + settled + 1,
            "{request_id}: buyer and seller emailed (and the buyer told of the settlement), the decision's event published"
        );
    }
    // Each decision's refund_decided, as its schema says; a recall's refund
    // is paid by the seller, the programme's by the platform.
    let decided: Vec<Value> = stack
        .events()
        .await
        .into_iter()
        .filter(|(t, _)| t == "refund_decided")
        .map(|(_, d)| d)
        .collect();
    assert!(!decided.is_empty());
    let mut recalls = 0;
    for d in &decided {
        safety_tests::assert_valid_event("refund_decided", d);
        if d["basis"] == "recall" {
            recalls += 1;
            assert_eq!(d["payer"]["kind"], "seller", "{d}");
            assert!(d["payer"]["seller_id"].is_string(), "{d}");
            assert!(d["amount"]["currency"].is_string(), "{d}");
        }
    }
    assert!(recalls > 0, "a sample is a recall refund: {decided:?}");
}

fn checked(id: &str, order_id: &str, request_id: &str, passed: bool) -> Value {
    json!({"type":"return_checked","id":id,"order_id":order_id,"request_id":request_id,
        "checked_at":"2026-11-12T10:00:00Z","passed":passed,
        "note": if passed { Value::Null } else { json!("The earbuds were used: <b>scratched</b> case.") }})
}

#[tokio::test]
async fn a_return_that_passes_the_check_is_refunded_once_and_the_buyer_told_once() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "damaged")]
    )
    .await
    .is_empty());
    assert_eq!(stack.emails_to(&buyer).len(), 1, "the decision");

    let check = checked("wh-1", "O-1", "rr-1", true);
    // Twice in one batch, then again: one settlement, one confirmation.
    assert!(decide(&stack, &[check.clone(), check.clone()])
        .await
        .is_empty());
    assert!(decide(&stack, std::slice::from_ref(&check))
        .await
        .is_empty());
    let record = decisions(&stack, "O-1").await.remove(0);
    let settled = record.settlement.expect("settled");
    assert!(settled.passed);
    assert_eq!(settled.check_id, "wh-1");
    assert_eq!(settled.amount.map(|m| m.amount), Some("24.90".to_string()));
    let mails = texts(&stack, &buyer);
    assert_eq!(
        mails.len(),
        2,
        "the decision and the confirmation: {mails:?}"
    );
    assert!(mails
        .iter()
        .any(|m| m.contains("24,90") && m.contains("rr-1") && m != &mails[0]));

    // Another check of the same request is refused, naming the first.
    let err = stack
        .refunds()
        .handle(record_of(&checked("wh-2", "O-1", "rr-1", false)))
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("wh-2") && err.contains("wh-1"), "{err}");
    assert_eq!(stack.emails_to(&buyer).len(), 2);
}

#[tokio::test]
async fn a_return_that_fails_the_check_is_not_refunded_and_the_buyer_is_told_why() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "en-GB").await;
    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "damaged")]
    )
    .await
    .is_empty());
    assert!(decide(&stack, &[checked("wh-1", "O-1", "rr-1", false)])
        .await
        .is_empty());
    let settled = decisions(&stack, "O-1")
        .await
        .remove(0)
        .settlement
        .expect("settled");
    assert!(!settled.passed);
    assert_eq!(settled.amount, None);
    let mail = stack
        .emails_to(&buyer)
        .into_iter()
        .find(|e| {
            e.body
                .text
                .as_deref()
                .is_some_and(|t| t.contains("scratched"))
        })
        .expect("the buyer is told what the warehouse found");
    let html = mail.body.html.unwrap_or_default();
    assert!(
        html.contains("&lt;b&gt;scratched"),
        "escaped in HTML: {html}"
    );
}

#[tokio::test]
async fn a_check_of_a_request_with_nothing_to_return_is_refused_naming_the_request() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    // "Not arrived" for a delivered order: refused, nothing comes back.
    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "not_arrived")]
    )
    .await
    .is_empty());
    let err = stack
        .refunds()
        .handle(record_of(&checked("wh-1", "O-1", "rr-1", true)))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("wh-1") && err.contains("request_id") && err.contains("no refund waiting"),
        "{err}"
    );
    // And a check of a request never decided waits (retried, then the DLQ).
    let failed = decide(&stack, &[checked("wh-2", "O-1", "rr-404", true)]).await;
    assert_eq!(failed.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_requests_for_the_same_item_at_once_refund_it_once() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    // The buyer taps three times: three request ids for the one missing item,
    // decided by concurrent invocations. A shortage is refunded with nothing
    // to send back, so no label item stands between them: only the order's
    // decision version does.
    let mut runs = tokio::task::JoinSet::new();
    for id in ["rr-a", "rr-b", "rr-c"] {
        let refunds = stack.refunds();
        let body = request(id, "O-1", "B-1", &["L-1"], "shortage").to_string();
        runs.spawn(async move { refunds.handle_event(event_of(&[body])).await });
    }
    let mut failures = 0;
    while let Some(resp) = runs.join_next().await {
        failures += resp.unwrap().batch_item_failures.len();
    }
    let stored = decisions(&stack, "O-1").await;
    assert_eq!(stored.len(), 1, "one decision: {stored:?}");
    assert!(stored[0].decision.granted);
    assert_eq!(
        failures, 2,
        "the others are refused: the item is refunded already"
    );
    assert_eq!(stack.emails_to(&buyer).len(), 1);
}

#[tokio::test]
async fn a_listing_removed_for_a_reported_violation_is_not_a_recall_for_refunds() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    let report = json!({"type":"violation_reported","id":"vr-1","seller_id":"S-1",
        "violation":"pricing_abuse","reason":"Fake reviews.","listing_id":"L-1",
        "sanction":"listing_removal","reported_at":"2026-11-04T09:00:00Z","reporter":"desk-ana"});
    let resp = stack
        .violations()
        .handle_event(event_of(&[report.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    assert_eq!(stack.store().get_measures("L-1").await.unwrap().len(), 1);
    assert!(
        decide(&stack, &[request("rr-1", "O-1", "B-1", &["L-1"], "recall")])
            .await
            .is_empty()
    );
    let d = decisions(&stack, "O-1").await.remove(0).decision;
    assert_ne!(d.best, Some(Basis::Recall));
    assert!(!d.charged_to_seller);
    assert!(
        d.refused_by.contains(&Rule::NotRecalled),
        "{:?}",
        d.refused_by
    );
}

/// An order of one unit of `listing` by buyer `buyer_id` (France, French),
/// shipped on 2026-10-26, not delivered, guaranteed by 2026-11-10; returns
/// the buyer's email address.
async fn order_in_transit(stack: &Stack, order_id: &str, buyer_id: &str, listing: &str) -> String {
    let email = stack.address(&format!("buyer-{buyer_id}"));
    sync(
        stack,
        json!({"type":"order_placed","id":format!("evt-{order_id}"),"order_id":order_id,
        "placed_at":"2026-10-25T09:00:00Z",
        "buyer":{"buyer_id":buyer_id,"email":email,"name":format!("Buyer {buyer_id}"),
                 "country":"FR","locale":"fr-FR"},
        "ship_to":{"country":"FR","postal_code":"75011"},
        "lines":[{"listing_id":listing,"quantity":1,
                  "unit_price":{"amount":"24.90","currency":"EUR"},
                  "fees":{"amount":"3.10","currency":"EUR"}}],
        "shipped_at":"2026-10-26T09:00:00Z",
        "carrier_status":"in_transit","carrier_status_at":"2026-10-26T12:00:00Z",
        "guaranteed_delivery_by":"2026-11-10T23:59:59Z"}),
    )
    .await;
    email
}

/// The carrier's report on an order through `catalog-sync`.
async fn carrier(stack: &Stack, id: &str, order_id: &str, status: &str, at: &str) {
    sync(
        stack,
        json!({"type":"order_updated","id":id,"order_id":order_id,
        "carrier_status":status,"carrier_status_at":at}),
    )
    .await;
}

async fn carrier_status(stack: &Stack, order_id: &str) -> Option<CarrierStatus> {
    stack
        .store()
        .get_order(order_id)
        .await
        .unwrap()
        .and_then(|o| o.carrier_status)
}

#[tokio::test]
async fn a_parcel_the_carrier_reports_lost_is_refunded_at_once_before_the_window_ends_and_only_once(
) {
    let stack = Stack::new().await;
    let (seller_email, _) = seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    let buyer = order_in_transit(&stack, "O-1", "B-1", "L-1").await;
    carrier(&stack, "evt-c-lost", "O-1", "lost", "2026-11-04T08:00:00Z").await;
    // An older report delivered late (the carrier's scan of 1 November) does
    // not undo the lost report.
    carrier(
        &stack,
        "evt-c-old",
        "O-1",
        "in_transit",
        "2026-11-01T08:00:00Z",
    )
    .await;
    assert_eq!(
        carrier_status(&stack, "O-1").await,
        Some(CarrierStatus::Lost)
    );

    // 5 November: before the guaranteed delivery date (10 November).
    let rr = request("rr-1", "O-1", "B-1", &["L-1"], "lost_in_transit");
    assert!(decide(&stack, std::slice::from_ref(&rr)).await.is_empty());

    let stored = decisions(&stack, "O-1").await;
    assert_eq!(stored.len(), 1);
    let (record, d) = (&stored[0], &stored[0].decision);
    assert!(d.all_granted, "{}", d.explanation);
    assert_eq!(d.best, Some(Basis::Programme), "{}", d.explanation);
    assert_eq!(d.decided_by, Some(GrantRule::CarrierReportedLost));
    assert_eq!(d.remedy, RefundRemedy::Refund);
    assert_eq!(d.return_shipping_paid_by, Payer::NoReturn);
    assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
    assert_eq!(record.payout, Payout::OriginalPayment);
    assert_eq!(
        d.refund_amount.as_ref().map(|m| m.amount.as_str()),
        Some("24.90")
    );
    assert_eq!(labels(&stack, "B-1").await, 0, "no label");

    let to_buyer = texts(&stack, &buyer);
    assert_eq!(to_buyer.len(), 1, "{to_buyer:?}");
    for said in [
        "le transporteur a déclaré le colis perdu",
        "rien à renvoyer",
        "24,90",
        "votre moyen de paiement d’origine",
    ] {
        assert!(to_buyer[0].contains(said), "{said:?} in\n{}", to_buyer[0]);
    }
    assert!(!to_buyer[0].contains("ÉTIQUETTE"), "{}", to_buyer[0]);
    let to_seller = texts(&stack, &seller_email);
    assert_eq!(to_seller.len(), 1, "{to_seller:?}");
    assert!(
        to_seller[0].contains("the carrier reported the parcel lost")
            && to_seller[0].contains("nothing comes back to you"),
        "{}",
        to_seller[0]
    );

    // The request redelivered: no second decision, no second refund, no
    // second email.
    assert!(decide(&stack, &[rr]).await.is_empty());
    assert_eq!(decisions(&stack, "O-1").await.len(), 1);
    assert_eq!(stack.emails_to(&buyer).len(), 1);
    assert_eq!(stack.emails_to(&seller_email).len(), 1);
    // A second request for the refunded item is refused, naming the first.
    a_second_request_for_the_refunded_item_is_refused_naming_the_first(&stack, "lost_in_transit")
        .await;
}

#[tokio::test]
async fn a_parcel_delivered_after_the_lost_report_waits_for_the_window_as_before() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    order_in_transit(&stack, "O-2", "B-2", "L-1").await;
    order_in_transit(&stack, "O-3", "B-3", "L-1").await;
    // O-2: lost, then found and delivered (a later report wins).
    carrier(&stack, "evt-c-2a", "O-2", "lost", "2026-11-03T08:00:00Z").await;
    carrier(
        &stack,
        "evt-c-2b",
        "O-2",
        "delivered",
        "2026-11-04T08:00:00Z",
    )
    .await;
    assert_eq!(
        carrier_status(&stack, "O-2").await,
        Some(CarrierStatus::Delivered)
    );
    // O-3: returned to the seller.
    carrier(
        &stack,
        "evt-c-3",
        "O-3",
        "returned_to_sender",
        "2026-11-04T08:00:00Z",
    )
    .await;
    assert!(decide(
        &stack,
        &[
            request("rr-2", "O-2", "B-2", &["L-1"], "lost_in_transit"),
            request("rr-3", "O-3", "B-3", &["L-1"], "lost_in_transit"),
        ]
    )
    .await
    .is_empty());
    for order_id in ["O-2", "O-3"] {
        let d = decisions(&stack, order_id).await.remove(0).decision;
        assert!(!d.granted, "{order_id}: {}", d.explanation);
        assert_eq!(d.decided_by, None, "{order_id}");
        assert_eq!(
            d.refused_by,
            vec![Rule::DeliveryWindowNotOver],
            "{order_id}"
        );
    }
}

#[tokio::test]
async fn a_decision_crashed_after_its_transaction_emails_buyer_and_seller_once_after_redelivery(
) -> Result<(), Box<dyn std::error::Error>> {
    let stack = Stack::new().await;
    let (seller_email, _) = seller(&stack, "S-1", false).await;
    listing(&stack, "L-1", "S-1", json!({})).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr").await;
    let body = request("rr-1", "O-1", "B-1", &["L-1"], "damaged").to_string();
    let (store, mailer, config) = (stack.store(), stack.mailer(), RefundConfig::default());
    let queues = safety_aws::ports::QueueSet {
        bus: Some(stack.bus()),
        ..Default::default()
    };
    let now = Utc::now();

    let crashing = CrashAfterWrite::new(&store);
    let crash = Ports {
        queues: &queues,
        store: &crashing,
        mail: &mailer,
        config: &config,
    };
    assert!(
        use_case::handle(&crash, &body, "sqs-1", now).await.is_err(),
        "the crash"
    );
    assert_eq!(decisions(&stack, "O-1").await.len(), 1, "committed");
    assert!(stack.emails_to(&buyer).is_empty() && stack.emails_to(&seller_email).is_empty());
    let keys = [
        effects::key("O-1", "rr-1", effects::BUYER),
        effects::key("O-1", "rr-1", &effects::seller("S-1")),
    ];
    let items = store.outbox_load(&keys).await?;
    assert_eq!(items.len(), 2, "both emails written with the decision");
    assert!(items
        .iter()
        .all(|i| matches!(i.status, OutboxStatus::Pending { .. })));

    let ports = Ports {
        queues: &queues,
        store: &store,
        mail: &mailer,
        config: &config,
    };
    // Redelivered while the crashed delivery's lease holds: nothing sent.
    assert!(
        use_case::handle(&ports, &body, "sqs-1", now + Duration::seconds(20))
            .await
            .is_err(),
        "held: retried later"
    );
    assert!(stack.emails_to(&buyer).is_empty());
    // After the visibility timeout: each email once.
    let later = use_case::handle(&ports, &body, "sqs-1", now + Duration::minutes(6)).await?;
    assert_eq!(
        later,
        use_case::Outcome::AlreadyDecided {
            request_id: "rr-1".into(),
            emails_sent: 2
        }
    );
    // And the function's own redelivery finds them sent.
    assert!(decide(
        &stack,
        &[request("rr-1", "O-1", "B-1", &["L-1"], "damaged")]
    )
    .await
    .is_empty());
    assert_eq!(stack.emails_to(&buyer).len(), 1);
    assert_eq!(stack.emails_to(&seller_email).len(), 1);
    assert_eq!(decisions(&stack, "O-1").await.len(), 1);
    assert_eq!(labels(&stack, "B-1").await, 1);
    let part = store.order_partition("O-1").await?;
    let mut published = keys.to_vec();
    published.push(effects::key("O-1", "rr-1", effects::DECIDED_EVENT));
    assert_eq!(part.emails_sent, published.into_iter().collect());
    // The marketplace's payments system is told once, as its schema says.
    let decided: Vec<_> = stack
        .events()
        .await
        .into_iter()
        .filter(|(t, _)| t == "refund_decided")
        .collect();
    assert_eq!(decided.len(), 1);
    safety_tests::assert_valid_event("refund_decided", &decided[0].1);
    assert_eq!(decided[0].1["order_id"], "O-1");
    assert!(store
        .outbox_load(&part.emails_sent.iter().cloned().collect::<Vec<_>>())
        .await?
        .iter()
        .all(|i| matches!(i.status, OutboxStatus::Sent { .. })));
    Ok(())
}
