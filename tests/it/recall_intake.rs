//! `recall-intake` end to end on the local stack: real regulator records through
//! the handler, DynamoDB on moto, emails on the SES stand-in.

use safety_domain::recall::intake::{CaseState, MeasureKind};
use safety_tests::{
    event_of, fixture, listing, recall_message, seller, seller_with_listing, Stack,
};
use serde_json::{json, Value};

fn rappelconso_v2() -> Value {
    serde_json::from_str(&fixture("rappelconso/v2_gtin_trie_2021-05-0242.json")).unwrap()
}

fn safety_gate(barcode: &str, brand: &str, model: &str) -> Value {
    let xml = fixture("safety_gate/weekly_report_structure.xml")
        .replace("8720362191049", barcode)
        .replace("<![CDATA[MICA]]>", &format!("<![CDATA[{brand}]]>"))
        .replace("1121031", model);
    Value::String(xml)
}

#[tokio::test]
async fn each_fixture_record_goes_through_and_opens_the_cases_it_should() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", true).await;
    // Listings for each fixture: the RappelConso v2 GTIN, the Safety Gate barcode,
    // the v1 brand + model, and the CPSC dresser (named in prose only).
    listing(
        &stack,
        "L-KETO",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR","BE"]}),
    )
    .await;
    listing(
        &stack,
        "L-LED",
        "S-1",
        json!({"gtins":["8720362191049"],"markets":["LU","DE","US"]}),
    )
    .await;
    listing(
        &stack,
        "L-BAGEL",
        "S-1",
        json!({"brand":"Système U","model":"Bagels Sésame","markets":["FR"]}),
    )
    .await;
    listing(&stack, "L-DRESSER", "S-1", json!({"brand":"EnHomee","title":"EnHomee 15-Drawer Dresser for bedroom, 51 inch","markets":["US"]})).await;

    let messages = vec![
        recall_message("rc-2021-05-0242", "rappelconso", rappelconso_v2()),
        recall_message(
            "sg-SR-02362-26",
            "safety_gate",
            Value::String(fixture("safety_gate/weekly_report_structure.xml")),
        ),
        recall_message(
            "rc-2021-03-0004",
            "rappelconso",
            serde_json::from_str(&fixture("rappelconso/v1_rappelconso0_2021-03-0004.json"))
                .unwrap(),
        ),
        recall_message(
            "rc-2021-06-0295",
            "rappelconso",
            serde_json::from_str(&fixture("rappelconso/v1_rappelconso0_2021-06-0295.json"))
                .unwrap(),
        ),
        recall_message(
            "cpsc-26645",
            "cpsc",
            serde_json::from_str(&fixture("cpsc/recall_10882_abridged.json")).unwrap(),
        ),
    ];
    let resp = stack.intake().handle_event(event_of(&messages)).await;
    assert!(
        resp.batch_item_failures.is_empty(),
        "{:?}",
        resp.batch_item_failures
    );

    let store = stack.store();
    let keto = store
        .recall_partition("R-rappelconso-2021-05-0242")
        .await
        .unwrap();
    assert_eq!(keto.cases.len(), 1);
    assert_eq!(keto.cases[0].state, CaseState::AppealWindowOpen);
    let led = store
        .recall_partition("R-safety_gate-SR-02362-26")
        .await
        .unwrap();
    assert_eq!(led.cases.len(), 1);
    assert_eq!(led.cases[0].markets.len(), 2, "LU and DE, not US");
    let bagel = store
        .recall_partition("R-rappelconso-2021-03-0004")
        .await
        .unwrap();
    assert_eq!(bagel.cases.len(), 1, "brand + model");
    let dresser = store.recall_partition("R-cpsc-26645").await.unwrap();
    assert_eq!(dresser.cases.len(), 1);
    assert_eq!(
        dresser.cases[0].state,
        CaseState::AwaitingReview,
        "CPSC prose is a weak match"
    );
    let steak = store
        .recall_partition("R-rappelconso-2021-06-0295")
        .await
        .unwrap();
    assert!(
        steak.recall.is_some() && steak.cases.is_empty(),
        "no listing sells it"
    );
}

#[tokio::test]
async fn a_cpsc_record_naming_brand_and_model_only_in_prose_opens_weak_cases_and_rules_out_the_brand_s_other_models(
) {
    let stack = Stack::new().await;
    let (account, safety) = seller(&stack, "S-1", true).await;
    let heater = |brand: &str, model: &str| {
        json!({"brand":brand,"model":model,"title":format!("{brand} {model} space heater, 1500W"),
            "markets":["US","CA"]})
    };
    listing(&stack, "L-UPPER", "S-1", heater("SOLVEN", "kx40")).await;
    listing(&stack, "L-SPACED", "S-1", heater("Solven", "KX 40")).await;
    listing(&stack, "L-90", "S-1", heater("Solven", "KX-90")).await;
    listing(&stack, "L-40X", "S-1", heater("Solven", "KX40X")).await;
    // The real CPSC record, its prose rewritten to name a Solven heater.
    let mut record: Value =
        serde_json::from_str(&fixture("cpsc/recall_10882_abridged.json")).unwrap();
    record["RecallNumber"] = json!("26700");
    record["Title"] =
        json!("Solven Recalls KX40 Space Heaters Due to Fire Hazard; Sold Exclusively at Target");
    record["Products"] = json!([{"Name": "Solven KX40 Space Heaters", "Model": "", "Type": ""}]);
    let outcome = stack
        .intake()
        .handle(safety_runtime::Record {
            sqs_message_id: "sqs-1".into(),
            body: recall_message("cpsc-26700", "cpsc", record),
            receive_count: 1,
        })
        .await
        .unwrap();
    assert_eq!(
        (
            outcome.cases_opened,
            outcome.awaiting_review,
            outcome.ruled_out
        ),
        (0, 3, 1)
    );

    let part = stack
        .store()
        .recall_partition("R-cpsc-26700")
        .await
        .unwrap();
    let recall = part.recall.as_ref().unwrap();
    assert_eq!(recall.product.brand.as_deref(), Some("Solven"));
    assert_eq!(recall.product.models, ["KX40"]);
    assert!(recall.product.from_prose);
    let case = |id: &str| {
        part.cases
            .iter()
            .find(|c| c.listing_id == id)
            .unwrap_or_else(|| panic!("a case for {id}"))
    };
    for id in ["L-UPPER", "L-SPACED"] {
        assert_eq!(case(id).state, CaseState::AwaitingReview, "{id}");
        assert_eq!(case(id).confidence.as_str(), "brand_model", "{id}");
        assert_eq!(case(id).markets.len(), 1, "US only");
    }
    assert_eq!(case("L-40X").state, CaseState::AwaitingReview);
    assert_eq!(case("L-40X").confidence.as_str(), "partial_model");
    assert!(part.cases.iter().all(|c| c.listing_id != "L-90"));
    assert_eq!(part.ruled_out.len(), 1);
    let out = &part.ruled_out[0];
    assert_eq!(
        (out.listing_id.as_str(), out.seller_id.as_str()),
        ("L-90", "S-1")
    );
    assert_eq!(out.reason, "other model KX-90 (the recall names KX40)");
    // Weak matches send nothing and block nothing until the desk confirms.
    for id in ["L-UPPER", "L-SPACED", "L-40X", "L-90"] {
        assert!(
            stack.store().get_measures(id).await.unwrap().is_empty(),
            "{id} stays on sale"
        );
    }
    assert_eq!(outcome.notices_sent, 0);
    assert!(stack.notices_to(&account).is_empty());
    assert!(stack.notices_to(&safety).is_empty());
    assert!(stack.emails_of_this_test().is_empty(), "no email to anyone");

    // A second delivery of the same record (a new message id) changes nothing.
    let again = stack
        .intake()
        .handle(safety_runtime::Record {
            sqs_message_id: "sqs-2".into(),
            body: recall_message("cpsc-26700-v2", "cpsc", {
                let mut r: Value =
                    serde_json::from_str(&fixture("cpsc/recall_10882_abridged.json")).unwrap();
                r["RecallNumber"] = json!("26700");
                r["Title"] = json!("Solven Recalls KX40 Space Heaters Due to Fire Hazard");
                r["Products"] = json!([{"Name": "Solven KX40 Space Heaters"}]);
                r
            }),
            receive_count: 1,
        })
        .await
        .unwrap();
    assert_eq!((again.awaiting_review, again.ruled_out), (0, 1));
    let part = stack
        .store()
        .recall_partition("R-cpsc-26700")
        .await
        .unwrap();
    assert_eq!((part.cases.len(), part.ruled_out.len()), (3, 1));
}

#[tokio::test]
async fn a_listing_given_as_upc_12_matches_a_recall_giving_the_ean_13() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-1",
        json!({"gtins":["850012345671"],"markets":["FR"]}),
    )
    .await;
    let msg = recall_message(
        "sg-1",
        "safety_gate",
        safety_gate("0850012345671", "OtherBrand", "X1"),
    );
    let resp = stack.intake().handle_event(event_of(&[msg])).await;
    assert!(resp.batch_item_failures.is_empty());
    let part = stack
        .store()
        .recall_partition("R-safety_gate-SR-02362-26")
        .await
        .unwrap();
    assert_eq!(part.cases.len(), 1);
    assert!(part.cases[0].evidence.contains("00850012345671"));
    assert_eq!(stack.notices_to(&account).len(), 1);
}

#[tokio::test]
async fn a_model_jb_100b_is_not_auto_matched_to_jb_100() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-B",
        json!({"brand":"JoyBlocks","model":"JB-100B","markets":["FR"]}),
    )
    .await;
    listing(
        &stack,
        "L-A",
        "S-1",
        json!({"brand":"Joy Blocks","model":"jb100","markets":["FR"]}),
    )
    .await;
    let msg = recall_message(
        "sg-1",
        "safety_gate",
        safety_gate("", "JoyBlocks", "JB-100"),
    );
    stack.intake().handle_event(event_of(&[msg])).await;
    let part = stack
        .store()
        .recall_partition("R-safety_gate-SR-02362-26")
        .await
        .unwrap();
    let b = part
        .cases
        .iter()
        .find(|c| c.listing_id == "L-B")
        .expect("a case for review");
    assert_eq!(b.state, CaseState::AwaitingReview);
    assert!(
        stack.store().get_measures("L-B").await.unwrap().is_empty(),
        "L-B stays on sale"
    );
    let a = part.cases.iter().find(|c| c.listing_id == "L-A").unwrap();
    assert_eq!(a.state, CaseState::AppealWindowOpen);
    let emails = stack.notices_to(&account);
    assert_eq!(emails.len(), 1);
    let text = emails[0].body.text.clone().unwrap_or_default();
    assert!(
        text.contains("L-A") && !text.contains("L-B"),
        "the notice is about L-A only"
    );
}

#[tokio::test]
async fn a_recall_for_fr_blocks_the_listing_in_fr_and_its_us_market_stays_open() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220748"],"markets":["FR","US"]}),
    )
    .await;
    let msg = recall_message("rc-1", "rappelconso", rappelconso_v2());
    stack.intake().handle_event(event_of(&[msg])).await;
    let measures = stack.store().get_measures("L-1").await.unwrap();
    assert_eq!(measures.len(), 1);
    let (m, reversed) = &measures[0];
    assert!(!reversed);
    let blocked: Vec<String> = m
        .measures
        .iter()
        .filter(|x| x.kind == MeasureKind::GeoBlock)
        .filter_map(|x| x.market.as_ref().map(|c| c.to_string()))
        .collect();
    assert_eq!(blocked, vec!["FR".to_string()]);
}

#[tokio::test]
async fn the_same_recall_twice_or_from_two_regulators_gives_one_case_and_one_email() {
    let stack = Stack::new().await;
    let (_, safety) = seller(&stack, "S-1", true).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    listing(
        &stack,
        "L-2",
        "S-1",
        json!({"gtins":["3760289220748"],"markets":["FR"]}),
    )
    .await;
    let rc = recall_message("rc-2021-05-0242", "rappelconso", rappelconso_v2());
    // The same message twice in one batch, then again in a later batch, then the
    // same product from Safety Gate.
    let r1 = stack.intake().handle_event(event_of(&[&rc, &rc])).await;
    let r2 = stack.intake().handle_event(event_of(&[rc])).await;
    let sg = recall_message(
        "sg-keto",
        "safety_gate",
        safety_gate("3760289220694", "keto slim nuit", "pack keto"),
    );
    let r3 = stack.intake().handle_event(event_of(&[sg])).await;
    for r in [r1, r2, r3] {
        assert!(r.batch_item_failures.is_empty());
    }
    let part = stack
        .store()
        .recall_partition("R-rappelconso-2021-05-0242")
        .await
        .unwrap();
    assert_eq!(part.cases.len(), 2, "one case per listing");
    let recall = part.recall.unwrap();
    assert_eq!(
        recall.sources.len(),
        2,
        "Safety Gate merged into the RappelConso recall"
    );
    assert!(stack
        .store()
        .recall_partition("R-safety_gate-SR-02362-26")
        .await
        .unwrap()
        .recall
        .is_none());
    let emails = stack.notices_to(&safety);
    assert_eq!(
        emails.len(),
        1,
        "one email for the seller: {:?}",
        emails.iter().map(|e| &e.subject).collect::<Vec<_>>()
    );
    let text = emails[0].body.text.clone().unwrap_or_default();
    assert!(
        text.contains("L-1") && text.contains("L-2"),
        "both listings in one notice"
    );
}

#[tokio::test]
async fn the_notice_goes_to_the_safety_mailbox_or_else_the_account_email_with_everything_the_seller_needs(
) {
    let stack = Stack::new().await;
    let (acct_1, safety_1) = seller(&stack, "S-1", true).await;
    let (acct_2, _) = seller(&stack, "S-2", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR"],"title":"Keto slim nuit 60 gélules"}),
    )
    .await;
    listing(
        &stack,
        "L-2",
        "S-2",
        json!({"gtins":["3760289220694"],"markets":["FR","US"]}),
    )
    .await;
    stack
        .intake()
        .handle_event(event_of(&[recall_message(
            "rc-1",
            "rappelconso",
            rappelconso_v2(),
        )]))
        .await;
    assert_eq!(stack.notices_to(&safety_1).len(), 1);
    assert!(
        stack.notices_to(&acct_1).is_empty(),
        "not the account email when a safety mailbox exists"
    );
    assert_eq!(stack.notices_to(&acct_2).len(), 1);

    let part = stack
        .store()
        .recall_partition("R-rappelconso-2021-05-0242")
        .await
        .unwrap();
    let case = part.cases.iter().find(|c| c.listing_id == "L-1").unwrap();
    assert_eq!(
        case.appeal_deadline.unwrap(),
        case.notified_at.unwrap() + chrono::Duration::days(7)
    );
    // The email states the deadline its notice was decided with (7 days from
    // the decision); the case's window runs from the send, never shorter.
    let notice = part
        .notices
        .iter()
        .find(|n| n.notice.items.iter().any(|i| i.listing_id == "L-1"))
        .unwrap();
    let deadline = notice.notice.appeal_deadline;
    assert!(case.appeal_deadline.unwrap() >= deadline);
    let email = &stack.notices_to(&safety_1)[0];
    let text = email.body.text.clone().unwrap();
    for needle in [
        "Keto slim nuit 60 gélules",
        "L-1",
        "R-rappelconso-2021-05-0242",
        "2021-05-0242",
        "oxyde d'éthylène",
        "geo-block",
        "points",
        &safety_domain::kernel::format::date_time(
            safety_domain::kernel::language::Language::En,
            deadline,
            None,
        ),
    ] {
        assert!(
            text.contains(needle),
            "the notice lacks {needle:?}:\n{text}"
        );
    }
    assert!(
        email
            .body
            .html
            .as_deref()
            .unwrap_or_default()
            .contains("<h1"),
        "an HTML part too"
    );
}

#[tokio::test]
async fn received_identified_blocked_and_notified_times_are_recorded() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    let before = chrono::Utc::now();
    stack
        .intake()
        .handle_event(event_of(&[recall_message(
            "rc-1",
            "rappelconso",
            rappelconso_v2(),
        )]))
        .await;
    let part = stack
        .store()
        .recall_partition("R-rappelconso-2021-05-0242")
        .await
        .unwrap();
    let t = |k: &str| {
        chrono::DateTime::parse_from_rfc3339(
            part.timeline.get(k).unwrap_or_else(|| panic!("no {k}")),
        )
        .unwrap()
        .with_timezone(&chrono::Utc)
    };
    assert_eq!(
        t("received_at").to_rfc3339(),
        "2026-11-03T08:00:00+00:00",
        "the source's receipt time"
    );
    assert!(t("identified_at") >= before);
    assert!(t("blocked_at") >= t("identified_at"));
    assert!(t("sellers_notified_at") >= t("blocked_at"));
    assert!(
        (t("sellers_notified_at") - before).num_seconds() < 10,
        "within seconds"
    );
}

#[tokio::test]
async fn one_recall_costs_a_bounded_number_of_calls() {
    let stack = Stack::new().await;
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    listing(
        &stack,
        "L-2",
        "S-1",
        json!({"gtins":["3760289220748"],"markets":["FR"]}),
    )
    .await;
    stack.calls().reset();
    let msg = recall_message("rc-1", "rappelconso", rappelconso_v2());
    stack.intake().handle_event(event_of(&[&msg])).await;
    let ddb = stack.calls().service_total("DynamoDB");
    let ses = stack.calls().service_total("SESv2");
    assert_eq!(
        ses,
        1,
        "one email for one seller: {:?}",
        stack.calls().snapshot()
    );
    assert!(
        ddb <= 17,
        "DynamoDB calls for a 2-listing recall: {:?}",
        stack.calls().snapshot()
    );
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    stack.calls().reset();
    stack.intake().handle_event(event_of(&[msg])).await;
    assert_eq!(
        stack.calls().service_total("DynamoDB"),
        1,
        "a duplicate costs one read"
    );
    assert_eq!(stack.calls().service_total("SESv2"), 0);
}

#[tokio::test]
async fn broken_records_fail_with_source_record_and_field_and_end_in_the_dlq() {
    let stack = Stack::new().await;
    let (queue, dlq) = stack.queue_like("RECALL_INTAKE_QUEUE_URL").await;
    let mut bad_gtin: Value =
        serde_json::from_str(&fixture("cpsc/recall_10882_abridged.json")).unwrap();
    bad_gtin["ProductUPCs"] = json!([{"UPC": "850012345672"}]);
    let mut no_id = rappelconso_v2();
    no_id[0].as_object_mut().unwrap().remove("numero_fiche");
    let cases: Vec<(String, &[&str])> = vec![
        (
            recall_message("bad-upc", "cpsc", bad_gtin),
            &["cpsc", "26645", "ProductUPCs[0].UPC"],
        ),
        (
            recall_message("bad-rc", "rappelconso", no_id),
            &["rappelconso", "numero_fiche"],
        ),
        (
            recall_message(
                "bad-xml",
                "safety_gate",
                json!("<notifications><caseNumber>SR/1/26</caseNumber><brand>x</notifications>"),
            ),
            &["safety_gate"],
        ),
        (
            recall_message("bad-src", "cpsc-archive", json!({})),
            &["source", "cpsc-archive"],
        ),
        (
            r#"{"type":"recall_received","id":"no-source"}"#.to_string(),
            &["no-source", "source"],
        ),
    ];
    let intake = stack.intake();
    for (body, needles) in &cases {
        let err = intake
            .handle(safety_runtime::Record {
                sqs_message_id: "sqs-x".into(),
                body: body.clone(),
                receive_count: 1,
            })
            .await
            .expect_err("a broken record must fail");
        let text = err.to_string();
        for n in *needles {
            assert!(text.contains(n), "error {text:?} should name {n:?}");
        }
    }
    for (body, _) in &cases {
        stack.send(&queue, body).await;
    }
    let responses = stack.pump(&queue, 20, |e| intake.handle_event(e)).await;
    assert!(responses.iter().all(|r| !r.batch_item_failures.is_empty()));
    let mut dead = stack.peek(&dlq).await;
    dead.sort();
    let mut sent: Vec<String> = cases.iter().map(|(b, _)| b.clone()).collect();
    sent.sort();
    assert_eq!(dead, sent, "every broken record is in the DLQ, none lost");
    assert!(stack.peek(&queue).await.is_empty());
}

#[tokio::test]
async fn sources_arriving_in_the_other_order_merge_the_same_way() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    let sg = recall_message(
        "sg-keto",
        "safety_gate",
        safety_gate("3760289220694", "keto slim nuit", "pack keto"),
    );
    let rc = recall_message("rc-2021-05-0242", "rappelconso", rappelconso_v2());
    let resp = stack.intake().handle_event(event_of(&[sg, rc])).await;
    assert!(resp.batch_item_failures.is_empty());
    let part = stack
        .store()
        .recall_partition("R-safety_gate-SR-02362-26")
        .await
        .unwrap();
    assert_eq!(part.cases.len(), 1);
    assert_eq!(part.recall.unwrap().sources.len(), 2);
    assert!(stack
        .store()
        .recall_partition("R-rappelconso-2021-05-0242")
        .await
        .unwrap()
        .recall
        .is_none());
    assert_eq!(stack.notices_to(&account).len(), 1);
}

#[tokio::test]
async fn a_listing_of_a_seller_not_yet_known_is_blocked_at_once_and_notified_when_the_seller_arrives(
) {
    let stack = Stack::new().await;
    listing(
        &stack,
        "L-1",
        "S-LATE",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    let rc = recall_message("rc-1", "rappelconso", rappelconso_v2());
    let first = stack.intake().handle_event(event_of(&[&rc])).await;
    assert_eq!(
        first.batch_item_failures.len(),
        1,
        "retried until the seller is known"
    );
    assert_eq!(
        stack.store().get_measures("L-1").await.unwrap().len(),
        1,
        "blocked already"
    );
    let (account, _) = seller(&stack, "S-LATE", false).await;
    let seller_known_at = chrono::Utc::now();
    // SQS redelivers: the waiting notice goes out, once.
    for _ in 0..2 {
        let again = stack.intake().handle_event(event_of(&[&rc])).await;
        assert!(again.batch_item_failures.is_empty());
    }
    assert_eq!(stack.notices_to(&account).len(), 1);
    let part = stack
        .store()
        .recall_partition("R-rappelconso-2021-05-0242")
        .await
        .unwrap();
    assert_eq!(part.cases.len(), 1);
    assert!(part
        .notices
        .iter()
        .all(|n| n.status == safety_aws::store::SendStatus::Sent));
    // The window runs from the notice as sent, not from when it was queued.
    let case = &part.cases[0];
    let notified = case.notified_at.unwrap();
    assert!(notified >= seller_known_at);
    assert_eq!(
        case.appeal_deadline.unwrap(),
        notified + chrono::Duration::days(7)
    );
    let text = stack.notices_to(&account)[0]
        .body
        .text
        .clone()
        .unwrap_or_default();
    // The email states its notice's deadline (decided once the seller was
    // known); the case's window, from the send, is never shorter.
    let stated = part.notices[0].notice.appeal_deadline;
    assert!(stated >= seller_known_at + chrono::Duration::days(7));
    assert!(case.appeal_deadline.unwrap() >= stated);
    assert!(text.contains(&safety_domain::kernel::format::date_time(
        safety_domain::kernel::language::Language::En,
        stated,
        None,
    )));
}

fn platform(reference: &str, brand: &str, model: &str) -> String {
    json!({"type":"recall_received","id":format!("insp-{reference}"),"source":"platform","channel":"inspection",
        "recall":{"reference":reference,"title":format!("{brand} {model}"),"hazard":"Magnets detach",
                  "risk":"serious","brand":brand,"models":[model],"markets":["FR"]}})
    .to_string()
}

#[tokio::test]
async fn a_recall_of_a_neighbouring_model_is_its_own_recall_not_a_merge() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-100",
        json!({"brand":"JoyBlocks","model":"JB-100","markets":["FR"]}),
    )
    .await;
    listing(
        &stack,
        "L-1000",
        "S-1",
        json!({"brand":"JoyBlocks","model":"JB-1000","markets":["FR"]}),
    )
    .await;
    let resp = stack
        .intake()
        .handle_event(event_of(&[
            platform("INSP-1", "JoyBlocks", "JB-100"),
            platform("INSP-2", "JoyBlocks", "JB-1000"),
        ]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let first = stack
        .store()
        .recall_partition("R-platform-INSP-1")
        .await
        .unwrap();
    let second = stack
        .store()
        .recall_partition("R-platform-INSP-2")
        .await
        .unwrap();
    assert_eq!(first.recall.as_ref().unwrap().sources.len(), 1);
    assert_eq!(second.recall.as_ref().unwrap().sources.len(), 1);
    let ids = |p: &safety_aws::store::RecallPartition| {
        p.cases
            .iter()
            .map(|c| c.listing_id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&first), vec!["L-100"]);
    assert_eq!(ids(&second), vec!["L-1000"]);
    // JB-1000 shares JB-100's prefix, so the first recall found it: ruled out, not dropped.
    assert_eq!(first.ruled_out.len(), 1);
    assert_eq!(first.ruled_out[0].listing_id, "L-1000");
    assert_eq!(
        first.ruled_out[0].reason,
        "other model JB-1000 (the recall names JB-100)"
    );
    assert_eq!(stack.notices_to(&account).len(), 2, "one notice per recall");
    // The same model from a second source does merge.
    stack
        .intake()
        .handle_event(event_of(&[platform("NGO-9", "Joy Blocks", "jb 100")]))
        .await;
    assert_eq!(
        stack
            .store()
            .recall_partition("R-platform-INSP-1")
            .await
            .unwrap()
            .recall
            .unwrap()
            .sources
            .len(),
        2
    );
}

#[tokio::test]
async fn two_deliveries_processed_at_once_send_one_email() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    let rc = recall_message("rc-1", "rappelconso", rappelconso_v2());
    let (a, b) = (stack.intake(), stack.intake());
    let (ra, rb) = tokio::join!(
        a.handle_event(event_of(&[&rc])),
        b.handle_event(event_of(&[rc]))
    );
    // One of them may fail on the conflict and be retried; retry it.
    if !(ra.batch_item_failures.is_empty() && rb.batch_item_failures.is_empty()) {
        let retry = stack
            .intake()
            .handle_event(event_of(&[recall_message(
                "rc-1",
                "rappelconso",
                rappelconso_v2(),
            )]))
            .await;
        assert!(retry.batch_item_failures.is_empty());
    }
    assert_eq!(stack.notices_to(&account).len(), 1);
    assert_eq!(
        stack
            .store()
            .recall_partition("R-rappelconso-2021-05-0242")
            .await
            .unwrap()
            .cases
            .len(),
        1
    );
}

#[tokio::test]
async fn a_seller_recalling_its_own_product_is_blocked_and_told_but_booked_no_points_and_another_seller_is(
) {
    let stack = Stack::new().await;
    let (own_account, _) = seller(&stack, "S-OWN", false).await;
    let (other_account, _) = seller(&stack, "S-OTHER", false).await;
    for (id, s) in [("L-OWN", "S-OWN"), ("L-OTHER", "S-OTHER")] {
        listing(
            &stack,
            id,
            s,
            json!({"gtins":["0850012345671"],"markets":["FR"]}),
        )
        .await;
    }
    let record = json!({"reference":"SC-1","title":"JoyBlocks magnetic tiles","hazard":"Magnets detach",
        "risk":"serious","gtins":["0850012345671"],"markets":["FR"],"reporting_seller_id":"S-OWN"});
    let msg = json!({"type":"recall_received","id":"sc-1","source":"platform",
        "channel":"supply_chain","recall":record});
    let resp = stack
        .intake()
        .handle_event(event_of(&[msg.to_string(), msg.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let store = stack.store();
    let own = store
        .get_case("R-platform-SC-1/L-OWN")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        own.state,
        CaseState::AppealWindowOpen,
        "blocked all the same"
    );
    assert_eq!(store.get_measures("L-OWN").await.unwrap().len(), 1);
    assert!(own.penalty.is_none());
    assert!(
        store.ledger("S-OWN").await.unwrap().is_empty(),
        "no points for recalling one's own product"
    );
    let notice = stack.notices_to(&own_account);
    assert_eq!(notice.len(), 1);
    let text = notice[0].body.text.clone().unwrap_or_default();
    assert!(
        text.contains("you reported this recall of your own product"),
        "{text}"
    );
    assert!(
        stack
            .emails_to(&own_account)
            .iter()
            .all(|e| !e.subject.starts_with(safety_tests::STANDING_SUBJECT)),
        "no change of standing"
    );

    let ledger = store.ledger("S-OTHER").await.unwrap();
    assert_eq!(
        ledger.len(),
        1,
        "the other seller is booked as for any recall"
    );
    assert_eq!(ledger[0].points, 6);
    let other = stack.notices_to(&other_account);
    assert_eq!(other.len(), 1);
    assert!(other[0]
        .body
        .text
        .as_deref()
        .is_some_and(|t| t.contains("6 points (serious violation)")));
}
