//! The penalty ledger, escalation, the reverse check at publication, reported
//! violations and compliance reminders (issue: SPEC 1.2 reverse check, 1.5,
//! 1.6) on the local stack, through the real handlers.

use chrono::{DateTime, Duration, Utc};
use safety_app::memory::{CrashAfterWrite, MailFailingOnce};
use safety_app::violations::Ports;
use safety_aws::ports::QueueSet;
use safety_domain::ledger::{Standing, Thresholds, ViolationType};
use safety_domain::recall::intake::{CaseState, MeasureKind};
use safety_tests::{event_of, order, seller, sync, Stack, STANDING_SUBJECT};
use serde_json::{json, Value};

/// A serious-risk platform inspection of the JoyBlocks tiles (GTIN
/// 0850012345671), in FR and DE.
fn inspection(id: &str, reference: &str) -> String {
    let record = json!({"reference":reference,"title":"JoyBlocks JB-100: magnets detach",
        "hazard":"Magnets detach and can be swallowed","risk":"serious","brand":"JoyBlocks",
        "models":["JB-100"],"gtins":["0850012345671"],"markets":["FR","DE"]});
    json!({"type":"recall_received","id":id,"source":"platform","channel":"inspection",
        "received_at":"2026-11-01T12:00:00Z","recall":record})
    .to_string()
}

fn listing_event(id: &str, seller_id: &str, gtins: &[&str], markets: &[&str], at: &str) -> Value {
    json!({"type":"listing_upserted","id":format!("evt-{id}-{at}"),"listing_id":id,"seller_id":seller_id,
        "title":format!("Magnetic tiles {id}"),"brand":"JoyBlocks","model":"JB-100","gtins":gtins,
        "markets":markets,"updated_at":at})
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// Subjects of the emails to `to`.
fn subjects(stack: &Stack, to: &str) -> Vec<String> {
    stack.emails_to(to).into_iter().map(|e| e.subject).collect()
}

fn standing_emails(stack: &Stack, to: &str) -> Vec<String> {
    stack
        .emails_to(to)
        .into_iter()
        .filter(|e| e.subject.starts_with(STANDING_SUBJECT))
        .map(|e| format!("{}\n{}", e.subject, e.body.text.unwrap_or_default()))
        .collect()
}

async fn recalled(stack: &Stack) -> String {
    let (account, _) = seller(stack, "S-1", false).await;
    sync(
        stack,
        listing_event(
            "L-1",
            "S-1",
            &["0850012345671"],
            &["FR", "DE", "US"],
            "2026-11-01T10:00:00Z",
        ),
    )
    .await;
    let resp = stack
        .intake()
        .handle_event(event_of(&[inspection("insp-1", "INSP-1")]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    account
}

#[tokio::test]
async fn a_recall_case_books_its_penalty_and_an_upheld_appeal_reverses_it_and_tells_the_seller() {
    let stack = Stack::new().await;
    let account = recalled(&stack).await;
    let case_id = "R-platform-INSP-1/L-1";
    let ledger = stack.store().ledger("S-1").await.unwrap();
    assert_eq!(ledger.len(), 1, "{ledger:?}");
    assert_eq!(ledger[0].entry_id, format!("case:{case_id}"));
    assert_eq!(ledger[0].points, 6);
    assert_eq!(ledger[0].violation, ViolationType::RecallNotActedOn);
    let standing = stack.store().standing("S-1").await.unwrap();
    assert_eq!((standing.standing, standing.points), (Standing::Warning, 6));
    let told = standing_emails(&stack, &account);
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].contains("Good standing → Warning") && told[0].contains(case_id));

    // The seller appeals in time and is upheld; the messages come twice.
    let case = stack.store().get_case(case_id).await.unwrap().unwrap();
    let filed = case.notified_at.unwrap() + chrono::Duration::hours(1);
    let appeal = json!({"type":"appeal_filed","id":"ap-1","case_id":case_id,"seller_id":"S-1",
        "filed_at":filed.to_rfc3339(),"grounds":"Not the recalled batch."})
    .to_string();
    let upheld = json!({"type":"appeal_decided","id":"ad-1","case_id":case_id,"reviewer":"desk-ana",
        "decision":"upheld","reason":"Another production run.","decided_at":(filed + chrono::Duration::hours(5)).to_rfc3339()})
    .to_string();
    for _ in 0..2 {
        let resp = stack
            .appeals()
            .handle_event(event_of(&[&appeal, &upheld, &upheld]))
            .await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let ledger = stack.store().ledger("S-1").await.unwrap();
    assert_eq!(
        ledger.len(),
        2,
        "the entry stays, a reversal is added: {ledger:?}"
    );
    let reversal = ledger.iter().find(|e| e.is_reversal()).unwrap();
    assert_eq!(reversal.points, -6);
    assert_eq!(
        reversal.reverses.as_deref(),
        Some(format!("case:{case_id}").as_str())
    );
    let standing = stack.store().standing("S-1").await.unwrap();
    assert_eq!((standing.standing, standing.points), (Standing::Good, 0));
    let told = standing_emails(&stack, &account);
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(
        told.iter().any(|t| t.contains("Warning → Good standing")),
        "{told:?}"
    );
}

#[tokio::test]
async fn relisting_a_recalled_gtin_under_a_new_listing_id_is_blocked_in_the_same_invocation_in_the_affected_markets_only(
) {
    let stack = Stack::new().await;
    let account = recalled(&stack).await;
    // The seller publishes the same tiles under a new id, for FR, DE and US;
    // the event comes twice.
    let relisted = listing_event(
        "L-2",
        "S-1",
        &["0850012345671"],
        &["FR", "DE", "US"],
        "2026-11-02T10:00:00Z",
    );
    for _ in 0..2 {
        let resp = stack
            .catalog()
            .handle_event(event_of(&[relisted.to_string(), relisted.to_string()]))
            .await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    // Blocked at once (the invocation that stored it), in FR and DE only.
    let measures = stack.store().get_measures("L-2").await.unwrap();
    assert_eq!(measures.len(), 1);
    let (m, reversed) = &measures[0];
    assert!(!reversed);
    let blocked: Vec<String> = m
        .measures
        .iter()
        .filter(|x| x.kind != MeasureKind::ReturnToWarehouse)
        .filter_map(|x| x.market.as_ref().map(|c| c.to_string()))
        .collect();
    assert_eq!(blocked, vec!["DE", "FR"], "{m:?}");
    let case = stack
        .store()
        .get_case("R-platform-INSP-1/L-2")
        .await
        .unwrap()
        .expect("a case for the relisted listing");
    assert_eq!(case.state, CaseState::AppealWindowOpen);
    assert!(case.notified_at.is_some(), "the seller is told");
    // A serious violation, booked once, on top of the first case's.
    let ledger = stack.store().ledger("S-1").await.unwrap();
    let relist: Vec<_> = ledger
        .iter()
        .filter(|e| e.violation == ViolationType::RecallEvasion)
        .collect();
    assert_eq!(relist.len(), 1, "{ledger:?}");
    assert_eq!(relist[0].points, 6);
    let standing = stack.store().standing("S-1").await.unwrap();
    assert_eq!(
        (standing.standing, standing.points),
        (Standing::ListingRestrictions, 12)
    );
    let notices = stack.notices_to(&account);
    assert_eq!(notices.len(), 2, "the recall's notice and the relisting's");
    let relist_notice = notices
        .iter()
        .find(|e| e.body.text.as_deref().is_some_and(|t| t.contains("L-2")))
        .expect("a notice about L-2");
    assert!(relist_notice
        .body
        .text
        .as_deref()
        .is_some_and(|t| t.contains("published or edited while the recall was active")));
    assert_eq!(
        standing_emails(&stack, &account).len(),
        2,
        "{:?}",
        subjects(&stack, &account)
    );
}

#[tokio::test]
async fn a_listing_that_matches_no_recall_is_only_saved() {
    let stack = Stack::new().await;
    recalled(&stack).await;
    // Another product of the same seller: another GTIN, brand and model.
    let mut other = listing_event(
        "L-3",
        "S-1",
        &["4006381333931"],
        &["FR"],
        "2026-11-02T10:00:00Z",
    );
    other["brand"] = json!("Lumos");
    other["model"] = json!("LX-2");
    sync(&stack, other).await;
    assert!(stack.store().get_measures("L-3").await.unwrap().is_empty());
    assert_eq!(stack.store().ledger("S-1").await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_edit_that_drops_the_recalled_gtin_keeps_the_block_and_books_a_serious_violation() {
    let stack = Stack::new().await;
    let account = recalled(&stack).await;
    // The seller removes the GTIN and renames the brand of the blocked listing.
    let mut edit = listing_event(
        "L-1",
        "S-1",
        &[],
        &["FR", "DE", "US"],
        "2026-11-03T10:00:00Z",
    );
    edit["brand"] = json!("GenericBlocks");
    for _ in 0..2 {
        sync(&stack, edit.clone()).await;
    }
    let measures = stack.store().get_measures("L-1").await.unwrap();
    assert!(
        measures.iter().all(|(_, reversed)| !reversed),
        "the block stays"
    );
    let ledger = stack.store().ledger("S-1").await.unwrap();
    let dodge: Vec<_> = ledger
        .iter()
        .filter(|e| e.violation == ViolationType::RecallEvasion)
        .collect();
    assert_eq!(dodge.len(), 1, "booked once: {ledger:?}");
    assert_eq!(dodge[0].at, at("2026-11-03T10:00:00Z"));
    assert!(dodge[0].reason.contains("no longer match"));
    assert_eq!(stack.store().standing("S-1").await.unwrap().points, 12);
    assert!(standing_emails(&stack, &account)
        .iter()
        .any(|t| t.contains("Warning → Listing restrictions")));
    // A title edit of the blocked listing is no violation.
    let mut title = edit.clone();
    title["updated_at"] = json!("2026-11-04T10:00:00Z");
    title["title"] = json!("Tiles, 100 pieces");
    sync(&stack, title).await;
    assert_eq!(stack.store().ledger("S-1").await.unwrap().len(), 2);
}

fn report(id: &str, extra: Value) -> String {
    let mut body = json!({"type":"violation_reported","id":id,"seller_id":"S-1",
        "violation":"health_and_safety","reason":"The charger has no CE marking and overheats.",
        "listing_id":"L-1","reported_at":"2026-11-10T09:00:00Z","reporter":"desk-ana"});
    for (k, v) in extra.as_object().into_iter().flatten() {
        body[k] = v.clone();
    }
    body.to_string()
}

#[tokio::test]
async fn a_reported_violation_is_booked_once_with_its_sanction_and_the_buyers_are_reminded_once_in_their_language(
) {
    let stack = Stack::new().await;
    let (account, _) = seller(&stack, "S-1", true).await;
    sync(
        &stack,
        listing_event(
            "L-1",
            "S-1",
            &["4006381333931"],
            &["FR", "DE"],
            "2026-11-01T10:00:00Z",
        ),
    )
    .await;
    let fr = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let de = order(&stack, "O-2", "B-2", &["L-1"], "DE", "de-DE").await;
    // B-1 bought twice: reminded once.
    order(&stack, "O-3", "B-1", &["L-1"], "FR", "fr-FR").await;
    let msg = report(
        "vr-1",
        json!({"sanction":"listing_removal",
        "compliance_reminder":{"issue":"The charger has no CE marking.","instructions":"Unplug it when not in use."}}),
    );
    for _ in 0..2 {
        let resp = stack
            .violations()
            .handle_event(event_of(&[&msg, &msg]))
            .await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    stack.drain_consumer_notices(10).await;
    // Booked once: 6 points (health and safety is serious), the listing removed.
    let ledger = stack.store().ledger("S-1").await.unwrap();
    assert_eq!(ledger.len(), 1, "{ledger:?}");
    assert_eq!(ledger[0].points, 6);
    let measures = stack.store().get_measures("L-1").await.unwrap();
    assert_eq!(measures.len(), 1);
    assert_eq!(measures[0].0.measures[0].kind, MeasureKind::Delist);
    assert_eq!(measures[0].0.measures[0].market, None);
    // The seller (safety mailbox): the violation, then the standing.
    let safety = stack.address("safety-S-1");
    let subjects: Vec<String> = stack
        .emails_to(&safety)
        .into_iter()
        .map(|e| e.subject)
        .collect();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(subjects.iter().any(|s| s.starts_with("Violation recorded")));
    assert!(stack.emails_to(&account).is_empty());
    // Each buyer once, in their language.
    let fr_mail = stack.emails_to(&fr);
    let de_mail = stack.emails_to(&de);
    assert_eq!((fr_mail.len(), de_mail.len()), (1, 1));
    assert!(
        fr_mail[0].subject.contains("conformité"),
        "{}",
        fr_mail[0].subject
    );
    assert!(
        de_mail[0].subject.contains("Produktkonformität"),
        "{}",
        de_mail[0].subject
    );
    assert!(fr_mail[0]
        .body
        .text
        .as_deref()
        .is_some_and(|t| t.contains("CE marking")));
}

#[tokio::test]
async fn a_report_that_cannot_be_right_is_refused_naming_the_field() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    seller(&stack, "S-2", false).await;
    sync(
        &stack,
        listing_event(
            "L-1",
            "S-1",
            &["4006381333931"],
            &["FR"],
            "2026-11-01T10:00:00Z",
        ),
    )
    .await;
    let cases = [
        (
            report("vr-a", json!({"violation":"recall_evasion"})),
            "violation",
        ),
        (
            report("vr-b", json!({"sanction":"financial_penalty"})),
            "financial_penalty",
        ),
        (report("vr-c", json!({"seller_id":"S-2"})), "listing_id"),
        (report("vr-d", json!({"reason":"  "})), "reason"),
    ];
    for (body, field) in cases {
        let err = stack
            .violations()
            .handle(safety_runtime::Record {
                sqs_message_id: "sqs-1".into(),
                body: body.clone(),
                receive_count: 1,
            })
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains(field), "{field}: {err}");
    }
    assert!(stack.store().ledger("S-1").await.unwrap().is_empty());
    assert!(stack.store().ledger("S-2").await.unwrap().is_empty());
}

#[tokio::test]
async fn a_recalled_products_buyers_get_the_recall_not_a_compliance_reminder() {
    let stack = Stack::new().await;
    recalled(&stack).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let msg = report(
        "vr-1",
        json!({"compliance_reminder":{"issue":"No CE marking.","instructions":"Unplug it."}}),
    );
    let outcome = stack
        .violations()
        .handle(safety_runtime::Record {
            sqs_message_id: "sqs-1".into(),
            body: msg,
            receive_count: 1,
        })
        .await
        .unwrap();
    assert!(
        matches!(
            outcome,
            violations::Outcome::Recorded {
                reminder_started: false,
                ..
            }
        ),
        "{outcome:?}"
    );
    stack.drain_consumer_notices(5).await;
    assert!(stack.emails_to(&buyer).is_empty());
}

/// An SQS event sample of `events/`.
fn sample(path: &str) -> aws_lambda_events::event::sqs::SqsEvent {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../events")
        .join(path);
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

#[tokio::test]
async fn the_ledger_samples_of_events_do_what_they_illustrate() {
    let stack = Stack::new().await;
    for file in [
        "catalog-sync/demo_catalogue.json",
        "catalog-sync/demo_refund_catalogue.json",
    ] {
        let resp = stack.catalog().handle_event(sample(file)).await;
        assert!(resp.batch_item_failures.is_empty(), "{file}: {resp:?}");
    }
    for file in [
        "recall-intake/rappelconso_v2.json",
        "recall-intake/safety_gate_same_product.json",
        "recall-intake/platform_inspection.json",
    ] {
        let resp = stack.intake().handle_event(sample(file)).await;
        assert!(resp.batch_item_failures.is_empty(), "{file}: {resp:?}");
    }
    // The relisted keto capsules: blocked at once where the recall runs, not in the US.
    let resp = stack
        .catalog()
        .handle_event(sample("catalog-sync/relisting.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let measures = stack.store().get_measures("L-5009").await.unwrap();
    assert_eq!(measures.len(), 1, "{measures:?}");
    let markets: Vec<String> = measures[0]
        .0
        .measures
        .iter()
        .filter_map(|m| m.market.as_ref().map(|c| c.to_string()))
        .collect();
    assert!(markets.contains(&"FR".to_string()) && !markets.contains(&"US".to_string()));
    // The dodging edit of the inspected tiles.
    let resp = stack
        .catalog()
        .handle_event(sample("catalog-sync/dodging_edit.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let joy = stack.store().ledger("S-1001").await.unwrap();
    let evasions: Vec<_> = joy
        .iter()
        .filter(|e| e.violation == ViolationType::RecallEvasion)
        .map(|e| e.entry_id.clone())
        .collect();
    assert_eq!(evasions.len(), 2, "the relisting and the edit: {joy:?}");
    // The reported violations, and the reminder to the earbuds' buyers.
    let resp = stack
        .violations()
        .handle_event(sample("violations/violation_reported.json"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    stack.drain_consumer_notices(10).await;
    assert_eq!(stack.store().ledger("S-3003").await.unwrap().len(), 1);
    let fined = stack.store().ledger("S-2002").await.unwrap();
    assert_eq!(
        fined[0]
            .financial_penalty
            .as_ref()
            .map(|m| m.amount.as_str()),
        Some("250.00")
    );
    for (buyer, word) in [
        ("sofia@example.org", "conformidad"),
        ("max@example.org", "Produktkonformität"),
        ("paul@example.org", "conformité"),
    ] {
        assert!(
            stack
                .emails_to(buyer)
                .iter()
                .any(|e| e.subject.contains(word)),
            "{buyer}: {:?}",
            subjects(&stack, buyer)
        );
    }
}

#[tokio::test]
async fn the_recall_check_of_a_listing_costs_a_query_per_identity_key_when_nothing_matches() {
    let stack = Stack::new().await;
    recalled(&stack).await;
    let mut other = listing_event(
        "L-3",
        "S-1",
        &["4006381333931"],
        &["FR"],
        "2026-11-02T10:00:00Z",
    );
    other["brand"] = json!("Lumos");
    other["model"] = json!("LX-2");
    stack.calls().reset();
    sync(&stack, other).await;
    println!("a new listing, no recall: {:?}", stack.calls().snapshot());
    // GetItem (the stored listing), the listing's transaction, 3 queries (its
    // GTIN, its brand's model stem, its brand's recalls without a model).
    assert_eq!(stack.calls().get("DynamoDB.Query"), 3);
    assert_eq!(stack.calls().service_total("DynamoDB"), 5);
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    // A relisting of the recalled GTIN: the block, the case, the notice, the
    // entry and the standing.
    stack.calls().reset();
    sync(
        &stack,
        listing_event(
            "L-2",
            "S-1",
            &["0850012345671"],
            &["FR"],
            "2026-11-02T10:00:00Z",
        ),
    )
    .await;
    let ddb = stack.calls().service_total("DynamoDB");
    println!("a relisting: {:?}", stack.calls().snapshot());
    assert!(ddb <= 22, "{:?}", stack.calls().snapshot());
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    assert_eq!(
        stack.calls().service_total("SESv2"),
        2,
        "the notice and the standing"
    );
}

#[tokio::test]
async fn an_edit_that_adds_a_market_of_the_recall_is_blocked_there_at_once_without_new_points() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    // On sale in FR only when the recall (FR, DE) arrives.
    sync(
        &stack,
        listing_event(
            "L-1",
            "S-1",
            &["0850012345671"],
            &["FR"],
            "2026-11-01T10:00:00Z",
        ),
    )
    .await;
    let msg = inspection("insp-1", "INSP-1");
    for _ in 0..2 {
        // The recall delivered twice: one case, one entry.
        stack.intake().handle_event(event_of(&[&msg])).await;
    }
    assert_eq!(stack.store().ledger("S-1").await.unwrap().len(), 1);
    // The seller adds DE and US.
    sync(
        &stack,
        listing_event(
            "L-1",
            "S-1",
            &["0850012345671"],
            &["FR", "DE", "US"],
            "2026-11-02T10:00:00Z",
        ),
    )
    .await;
    let case = stack
        .store()
        .get_case("R-platform-INSP-1/L-1")
        .await
        .unwrap()
        .unwrap();
    let markets: Vec<String> = case.markets.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        markets,
        vec!["DE", "FR"],
        "DE joins the case, US stays open"
    );
    let blocked: std::collections::BTreeSet<String> = stack
        .store()
        .get_measures("L-1")
        .await
        .unwrap()
        .iter()
        .flat_map(|(m, _)| {
            m.measures
                .iter()
                .filter_map(|x| x.market.as_ref().map(|c| c.to_string()))
        })
        .collect();
    assert!(
        blocked.contains("DE") && !blocked.contains("US"),
        "{blocked:?}"
    );
    assert_eq!(
        stack.store().ledger("S-1").await.unwrap().len(),
        1,
        "the case's penalty already covers the listing"
    );
    // The marketplace hears of the block in FR, then of the new one in DE
    // alone (not FR again, not US).
    let blocks: Vec<Vec<String>> = stack
        .events()
        .await
        .into_iter()
        .filter(|(t, _)| t == "listing_measures_changed")
        .map(|(t, d)| {
            safety_tests::assert_valid_event(&t, &d);
            d["markets"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(|m| {
                    format!(
                        "{} {}",
                        m["action"].as_str().unwrap_or("?"),
                        m["market"].as_str().unwrap_or("?")
                    )
                })
                .collect()
        })
        .collect();
    assert_eq!(
        blocks,
        vec![vec!["block FR".to_string()], vec!["block DE".to_string()]]
    );
}

fn inspection_with(id: &str, reference: &str, risk: &str, markets: &[&str]) -> String {
    let record = json!({"reference":reference,"title":"JoyBlocks JB-100: magnets detach",
        "hazard":"Magnets detach and can be swallowed","risk":risk,"brand":"JoyBlocks",
        "models":["JB-100"],"gtins":["0850012345671"],"markets":markets});
    json!({"type":"recall_received","id":id,"source":"platform","channel":"inspection",
        "received_at":"2026-11-01T12:00:00Z","recall":record})
    .to_string()
}

#[tokio::test]
async fn a_listing_older_than_the_recall_whose_event_came_late_is_an_ordinary_case_not_an_evasion()
{
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    let resp = stack
        .intake()
        .handle_event(event_of(&[inspection_with(
            "insp-1",
            "INSP-1",
            "high",
            &["FR"],
        )]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    // Published on 30 October, before the recall (1 November); delivered now.
    sync(
        &stack,
        listing_event(
            "L-1",
            "S-1",
            &["0850012345671"],
            &["FR"],
            "2026-10-30T10:00:00Z",
        ),
    )
    .await;
    // Published on 2 November, after it.
    sync(
        &stack,
        listing_event(
            "L-2",
            "S-1",
            &["0850012345671"],
            &["FR"],
            "2026-11-02T10:00:00Z",
        ),
    )
    .await;
    let ledger = stack.store().ledger("S-1").await.unwrap();
    let of = |listing: &str| {
        ledger
            .iter()
            .find(|e| e.listing_id.as_deref() == Some(listing))
            .map(|e| (e.violation, e.points))
    };
    assert_eq!(of("L-1"), Some((ViolationType::RecallNotActedOn, 2)));
    assert_eq!(of("L-2"), Some((ViolationType::RecallEvasion, 6)));
}

#[tokio::test]
async fn a_merged_source_that_raises_the_risk_books_the_rest_of_the_penalty_and_an_upheld_appeal_reverses_all(
) {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    sync(
        &stack,
        listing_event(
            "L-1",
            "S-1",
            &["0850012345671"],
            &["FR", "DE"],
            "2026-10-30T10:00:00Z",
        ),
    )
    .await;
    for msg in [
        inspection_with("insp-1", "INSP-1", "high", &["FR"]),
        inspection_with("insp-2", "INSP-2", "serious", &["FR", "DE"]),
    ] {
        let resp = stack.intake().handle_event(event_of(&[msg])).await;
        assert!(resp.batch_item_failures.is_empty());
    }
    let ledger = stack.store().ledger("S-1").await.unwrap();
    let points: i32 = ledger.iter().map(|e| e.points).sum();
    assert_eq!(
        points, 6,
        "2 booked, then 4 more when the risk rose: {ledger:?}"
    );
    assert_eq!(ledger.len(), 2);
    // The seller strips the GTIN and the brand (a dodge), then appeals in
    // time and is upheld: every entry of the case is reversed.
    let mut edit = listing_event("L-1", "S-1", &[], &["FR", "DE"], "2026-11-03T10:00:00Z");
    edit["brand"] = json!("GenericBlocks");
    sync(&stack, edit).await;
    let case_id = "R-platform-INSP-1/L-1";
    let case = stack.store().get_case(case_id).await.unwrap().unwrap();
    let filed = case.notified_at.unwrap() + chrono::Duration::hours(1);
    let appeal = json!({"type":"appeal_filed","id":"ap-1","case_id":case_id,"seller_id":"S-1",
        "filed_at":filed.to_rfc3339(),"grounds":"Not the recalled batch."})
    .to_string();
    let upheld = json!({"type":"appeal_decided","id":"ad-1","case_id":case_id,"reviewer":"desk-ana",
        "decision":"upheld","reason":"Another production run.","decided_at":(filed + chrono::Duration::hours(5)).to_rfc3339()})
    .to_string();
    let resp = stack
        .appeals()
        .handle_event(event_of(&[&appeal, &upheld]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let ledger = stack.store().ledger("S-1").await.unwrap();
    assert_eq!(
        ledger.iter().filter(|e| e.is_reversal()).count(),
        3,
        "{ledger:?}"
    );
    assert_eq!(ledger.iter().map(|e| e.points).sum::<i32>(), 0);
    assert_eq!(
        stack.store().standing("S-1").await.unwrap().standing,
        Standing::Good
    );
}

/// A seller S-1 (safety mailbox) with listing L-1 bought by two buyers, and
/// a serious report with a listing removal and a compliance reminder.
async fn reported(stack: &Stack) -> (String, String, [String; 2]) {
    seller(stack, "S-1", true).await;
    sync(
        stack,
        listing_event(
            "L-1",
            "S-1",
            &["4006381333931"],
            &["FR", "DE"],
            "2026-11-01T10:00:00Z",
        ),
    )
    .await;
    let buyers = [
        order(stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await,
        order(stack, "O-2", "B-2", &["L-1"], "DE", "de-DE").await,
    ];
    let msg = report(
        "vr-1",
        json!({"sanction":"listing_removal",
        "compliance_reminder":{"issue":"The charger has no CE marking.","instructions":"Unplug it when not in use."}}),
    );
    (stack.address("safety-S-1"), msg, buyers)
}

#[tokio::test]
async fn a_reported_violation_costs_a_few_calls_and_its_duplicate_one_read() {
    let stack = Stack::new().await;
    let (_, msg, _) = reported(&stack).await;
    stack.calls().reset();
    let resp = stack.violations().handle_event(event_of(&[&msg])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    println!("a violation reported: {:?}", stack.calls().snapshot());
    let ddb = stack.calls().service_total("DynamoDB");
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    assert_eq!(
        stack.calls().service_total("SESv2"),
        2,
        "the violation and the standing"
    );
    stack.calls().reset();
    let resp = stack.violations().handle_event(event_of(&[&msg])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    println!("its duplicate: {:?}", stack.calls().snapshot());
    assert_eq!(stack.calls().service_total("DynamoDB"), 1);
    assert_eq!(stack.calls().service_total("SESv2"), 0);
    // GetItem (the marker), BatchGetItem (the report, seller and listing),
    // Query (the listing's measures, the ledger), the report's transaction
    // with its two items, a sent mark each; the reassessment: BatchGetItem
    // (the standing, the seller, its email item), Query (the ledger), the
    // standing's transaction, its email's claim and sent mark; the marker.
    assert!(ddb <= 16, "{ddb} DynamoDB calls");
}

/// The seller's "violation recorded" emails and the reminder's first pages
/// on the consumer-notices queue.
async fn told_of_report(stack: &Stack, safety: &str) -> (usize, usize) {
    let emails = stack
        .emails_to(safety)
        .into_iter()
        .filter(|e| e.subject.starts_with("Violation recorded"))
        .count();
    let pages = stack
        .peek(&stack.consumer_queue)
        .await
        .into_iter()
        .filter(|b| b.contains("crm:vr-1:start"))
        .count();
    (emails, pages)
}

#[tokio::test]
async fn a_report_whose_email_failed_after_its_transaction_sends_the_email_and_the_page_once_on_redelivery(
) {
    let stack = Stack::new().await;
    let (safety, msg, buyers) = reported(&stack).await;
    let failing = violations::Violations::new(
        stack.store(),
        MailFailingOnce::new(stack.mailer()),
        stack.consumer_pages(),
    );
    let first = failing.handle_event(event_of(&[&msg])).await;
    assert_eq!(
        first.batch_item_failures.len(),
        1,
        "the send failed: retried"
    );
    // The decision stands: booked, the listing removed.
    assert_eq!(stack.store().ledger("S-1").await.unwrap().len(), 1);
    assert_eq!(stack.store().get_measures("L-1").await.unwrap().len(), 1);
    assert_eq!(told_of_report(&stack, &safety).await.0, 0, "no email yet");

    for _ in 0..2 {
        let again = stack.violations().handle_event(event_of(&[&msg])).await;
        assert!(again.batch_item_failures.is_empty(), "{again:?}");
    }
    assert_eq!(told_of_report(&stack, &safety).await, (1, 1));
    assert_eq!(stack.store().ledger("S-1").await.unwrap().len(), 1);
    stack.drain_consumer_notices(5).await;
    for buyer in buyers {
        assert_eq!(stack.emails_to(&buyer).len(), 1, "{buyer} reminded once");
    }
}

#[tokio::test]
async fn a_report_crashed_after_its_transaction_sends_the_email_and_the_page_once_after_redelivery()
{
    let stack = Stack::new().await;
    let (safety, msg, _) = reported(&stack).await;
    let (store, mailer) = (stack.store(), stack.mailer());
    let queues = QueueSet {
        consumer_notices: Some(stack.consumer_pages()),
        bus: Some(stack.bus()),
        ..QueueSet::default()
    };
    let thresholds = Thresholds::default();
    let now = Utc::now();
    let crashing = CrashAfterWrite::new(&store);
    let crash = Ports {
        store: &crashing,
        mail: &mailer,
        queues: &queues,
    };
    assert!(
        safety_app::violations::handle(&crash, &msg, "sqs-1", now, &thresholds)
            .await
            .is_err()
    );
    assert!(stack
        .store()
        .get_report::<Value>("vr-1")
        .await
        .unwrap()
        .is_some());
    assert_eq!(
        told_of_report(&stack, &safety).await,
        (0, 0),
        "nothing went out"
    );

    let ports = Ports {
        store: &store,
        mail: &mailer,
        queues: &queues,
    };
    // Redelivered while the crashed delivery's lease holds: nothing sent.
    assert!(safety_app::violations::handle(
        &ports,
        &msg,
        "sqs-1",
        now + Duration::seconds(20),
        &thresholds
    )
    .await
    .is_err());
    assert_eq!(told_of_report(&stack, &safety).await, (0, 0));
    // After the visibility timeout: each once, however often redelivered.
    for _ in 0..2 {
        safety_app::violations::handle(
            &ports,
            &msg,
            "sqs-1",
            now + Duration::minutes(6),
            &thresholds,
        )
        .await
        .unwrap();
    }
    assert_eq!(told_of_report(&stack, &safety).await, (1, 1));
    assert_eq!(stack.store().ledger("S-1").await.unwrap().len(), 1);
}
