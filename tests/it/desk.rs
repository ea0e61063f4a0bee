//! The recall desk against the local stack (moto, through the real SDK
//! clients), its pages in a real headless browser (Debian's chromium).

use safety_tests::{browser_dom, event_of, listing, seller, Stack};
use serde_json::{json, Value};

/// A catalogue of a GTIN match (L-1 of S-1, FR and DE) and a weak one (L-2
/// of S-2: a suffixed model), and a recall of both whose hazard carries a
/// script; returns the recall's id.
async fn recalled(stack: &Stack) -> String {
    seller(stack, "S-1", false).await;
    seller(stack, "S-2", false).await;
    listing(
        stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR","DE"]}),
    )
    .await;
    listing(
        stack,
        "L-2",
        "S-2",
        json!({"brand":"JoyBlocks","model":"JB-100C","markets":["FR"]}),
    )
    .await;
    let record = json!({"reference":"INSP-31","title":"JoyBlocks <b>tiles</b>",
        "hazard":"Magnets detach <script>document.title='pwned'</script>","risk":"serious",
        "category":"toys","brand":"JoyBlocks","models":["JB-100"],"gtins":["3760289220694"],
        "markets":["FR","DE"]});
    let msg = json!({"type":"recall_received","id":"insp-31","source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    let resp = stack.intake().handle_event(event_of(&[&msg])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    "R-platform-INSP-31".into()
}

#[tokio::test]
async fn a_recall_s_page_shows_its_timeline_in_a_browser_and_its_text_stays_text() {
    let stack = Stack::new().await;
    let id = recalled(&stack).await;
    let (status, ctype, html) = stack.page(false, &format!("/recalls/{id}"), &[]).await;
    assert_eq!((status, ctype.as_str()), (200, "text/html; charset=utf-8"));
    let dom = browser_dom(&html);
    // Drawn: the five steps, the first three reached (received, identified,
    // blocked), then sellers told; consumers not yet.
    assert!(dom.contains("<svg"), "{dom}");
    assert_eq!(dom.matches("data-step=").count(), 5);
    assert_eq!(dom.matches("class=\"step reached\"").count(), 4, "{dom}");
    // The regulator's script arrived as text and never ran.
    assert!(!dom.contains("<title>pwned"), "the hazard's script ran");
    assert!(
        dom.contains("&lt;script&gt;document.title"),
        "shown as text"
    );
    assert_eq!(dom.matches("<script").count(), 0);
    assert!(!dom.contains("<b>tiles"));
    for text in ["L-1", "L-2", "awaiting review", "block FR", "Sellers told"] {
        assert!(dom.contains(text), "the page shows {text}");
    }
}

#[tokio::test]
async fn the_review_queue_lists_exactly_the_cases_awaiting_review_and_loses_a_reviewed_one() {
    let stack = Stack::new().await;
    let id = recalled(&stack).await;
    let rows = |dom: &str| dom.matches("class=\"review-case\"").count();
    let (_, _, html) = stack.page(false, "/review-queue", &[]).await;
    let dom = browser_dom(&html);
    assert_eq!(rows(&dom), 1, "{dom}");
    assert!(dom.contains(&format!("{id}/L-2")) && !dom.contains(&format!("{id}/L-1<")));
    stack.calls().reset();
    let answer = stack.ask(json!({"query":"review_queue"})).await;
    assert_eq!(stack.calls().get("DynamoDB.Query"), 1, "one index query");
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    // The time in that one call is counted, and none in a service not called.
    assert!(stack.calls().service_time("DynamoDB") > std::time::Duration::ZERO);
    assert_eq!(
        stack.calls().service_time("SESv2"),
        std::time::Duration::ZERO
    );
    assert_eq!(answer["cases"].as_array().map(Vec::len), Some(1));
    // The desk dismisses it: the queue is empty.
    let review = json!({"type":"match_reviewed","id":"mr-31","case_id":format!("{id}/L-2"),
        "reviewer":"desk-ana","decision":"dismissed","decided_at":"2026-11-24T09:00:00Z"})
    .to_string();
    let resp = stack.appeals().handle_event(event_of(&[&review])).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let (_, _, html) = stack.page(false, "/review-queue", &[]).await;
    assert_eq!(rows(&browser_dom(&html)), 0);
}

#[tokio::test]
async fn the_public_list_holds_no_seller_or_buyer_and_the_public_function_serves_only_lists() {
    let stack = Stack::new().await;
    let id = recalled(&stack).await;
    safety_tests::order(&stack, "O-31", "B-31", &["L-1"], "FR", "fr-FR").await;
    let (status, _, html) = stack.page(true, "/lists/toys/FR", &[]).await;
    assert_eq!(status, 200);
    let dom = browser_dom(&html);
    assert!(
        dom.contains("JoyBlocks") && dom.contains("3760289220694"),
        "{dom}"
    );
    assert!(!dom.contains("<title>pwned") && dom.matches("<script").count() == 0);
    for private in [
        "S-1",
        "S-2",
        "L-1",
        "L-2",
        "B-31",
        "O-31",
        &format!("{id}/"),
    ] {
        assert!(!dom.contains(private), "the public list shows {private}");
    }
    let (_, ctype, json) = stack.page(true, "/lists/toys/FR.json", &[]).await;
    assert_eq!(ctype, "application/json");
    let v: Value = serde_json::from_str(&json).expect("JSON");
    assert!(!json.contains("S-1") && !json.contains("B-31"), "{v}");
    let (_, _, index) = stack.page(true, "/lists/", &[]).await;
    assert!(browser_dom(&index).contains("/lists/toys/FR"));
    // The desk's pages are not public.
    for path in [
        format!("/recalls/{id}"),
        "/review-queue".to_string(),
        "/sellers/S-1".to_string(),
    ] {
        let (status, _, body) = stack.page(true, &path, &[]).await;
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("S-1") || path.contains("S-1"));
    }
}

#[tokio::test]
async fn an_unknown_id_is_not_found_a_malformed_query_names_its_field_and_no_query_scans() {
    let stack = Stack::new().await;
    let id = recalled(&stack).await;
    for (query, kind, field) in [
        (
            json!({"query":"recall","recall_id":"R-nope"}),
            "not_found",
            Value::Null,
        ),
        (
            json!({"query":"case","case_id":"R-nope/L-1"}),
            "not_found",
            Value::Null,
        ),
        (
            json!({"query":"listing","listing_id":"L-9"}),
            "not_found",
            Value::Null,
        ),
        (
            json!({"query":"seller","seller_id":"S-9"}),
            "not_found",
            Value::Null,
        ),
        (json!({"query":"recall"}), "bad_query", json!("recall_id")),
        (
            json!({"query":"search","gtin":"12"}),
            "bad_query",
            json!("gtin"),
        ),
        (json!({"query":"nothing"}), "bad_query", json!("query")),
    ] {
        let answer = stack.ask(query.clone()).await;
        assert_eq!(answer["error"]["kind"], kind, "{query}: {answer}");
        assert_eq!(answer["error"]["field"], field, "{query}: {answer}");
    }
    let (status, _, html) = stack.page(false, "/recalls/R-nope", &[]).await;
    assert_eq!(status, 404);
    assert!(html.contains("R-nope not found"));
    // Each query's DynamoDB calls, counted: never a scan.
    for (query, most) in [
        (json!({"query":"recall","recall_id":id}), 5),
        (json!({"query":"case","case_id":format!("{id}/L-1")}), 3),
        (json!({"query":"listing","listing_id":"L-1"}), 3),
        (json!({"query":"seller","seller_id":"S-1"}), 4),
        (json!({"query":"search","gtin":"3760289220694"}), 2),
        (
            json!({"query":"search","source":"platform","reference":"INSP-31"}),
            2,
        ),
        (
            json!({"query":"recall_list","category":"toys","market":"FR"}),
            1,
        ),
        (json!({"query":"recall_lists"}), 1),
    ] {
        stack.calls().reset();
        let answer = stack.ask(query.clone()).await;
        assert!(answer.get("error").is_none(), "{query}: {answer}");
        let calls = stack.calls().service_total("DynamoDB");
        println!("{query}: {:?}", stack.calls().snapshot());
        assert!(
            calls <= most,
            "{query}: {calls} DynamoDB calls, at most {most}"
        );
        assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    }
}

#[tokio::test]
async fn the_compliance_report_lists_each_authority_recall_with_its_working_days_as_json_csv_and_a_page(
) {
    let stack = Stack::new().await;
    // An authority's recall (RappelConso) that blocks a listing at once, and
    // the platform's own inspection (no authority's: not in the report).
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
        json!({"brand":"JoyBlocks","model":"JB-100C","markets":["US"]}),
    )
    .await;
    let records = [
        json!({"type":"recall_received","id":"rc-1","source":"platform","channel":"inspection",
            "recall":{"reference":"RC-1","title":"Tiles","hazard":"Magnets","risk":"serious",
            "gtins":["0850012345671"],"markets":["FR"]}}),
    ];
    for r in &records {
        let resp = stack
            .intake()
            .handle_event(event_of(&[r.to_string()]))
            .await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let rappelconso = std::fs::read_to_string(
        safety_tests::project_root().join("events/recall-intake/rappelconso_v2.json"),
    )
    .expect("the RappelConso sample");
    let resp = stack
        .intake()
        .handle_event(serde_json::from_str(&rappelconso).expect("an SQS event"))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    // Today in France: the report reads each receipt as a date of its
    // authority's country (from 23:00 UTC in winter, Paris is a day ahead).
    let paris = safety_domain::kernel::zone::Zone::named("Europe/Paris").expect("Paris's zone");
    let today = chrono::Utc::now().with_timezone(&paris).date_naive();
    let from = (today - chrono::Duration::days(6)).to_string();
    let to = today.to_string();
    stack.calls().reset();
    let report = stack
        .ask(json!({"query":"compliance_report","from":from,"to":to}))
        .await;
    assert_eq!(stack.calls().get("DynamoDB.Scan"), 0);
    assert!(
        stack.calls().service_total("DynamoDB") <= 3,
        "{:?}",
        stack.calls().snapshot()
    );
    let rows = report["recalls"].as_array().cloned().unwrap_or_default();
    let ids: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["recall_id"].as_str())
        .collect();
    assert!(ids.contains(&"R-rappelconso-2021-05-0242"), "{report}");
    assert!(
        !ids.iter().any(|i| i.starts_with("R-platform")),
        "the platform's own recall is no authority's"
    );
    let row = rows
        .iter()
        .find(|r| r["recall_id"] == "R-rappelconso-2021-05-0242")
        .expect("the RappelConso row");
    assert_eq!(row["country"], "FR");
    assert_eq!(row["status"], "blocked");
    assert_eq!(row["within_gpsr"], "within");
    assert!(row["status"].is_string(), "{row}");
    assert!(report["figures"]["pledge_figure"].is_object(), "{report}");
    let (status, ctype, csv) = stack
        .page(false, "/compliance.csv", &[("from", &from), ("to", &to)])
        .await;
    assert_eq!((status, ctype.as_str()), (200, "text/csv; charset=utf-8"));
    assert!(
        csv.lines().count() >= 2 && csv.contains("R-rappelconso-2021-05-0242"),
        "{csv}"
    );
    let (_, _, html) = stack
        .page(false, "/compliance", &[("from", &from), ("to", &to)])
        .await;
    let dom = browser_dom(&html);
    assert!(dom.contains("<svg") && dom.contains("87"), "{dom}");
}
