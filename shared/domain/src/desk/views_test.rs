use super::*;
use serde_json::json;

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn recall(hazard: &str) -> Recall {
    serde_json::from_value(json!({
        "id": "R-rappelconso-2021-05-0242", "channel": "regulator",
        "sources": [{"source": "rappelconso", "reference": "2021-05-0242",
                     "url": "https://rappel.conso.gouv.fr/fiche-rappel/1/Interne"},
                    {"source": "safety_gate", "reference": "SR/02411/26", "url": "javascript:alert(1)"}],
        "title": "Keto <b>slim</b>", "hazard": hazard, "risk": "serious",
        "product": {"gtins": ["03760289220694"]}, "markets": ["FR", "DE"], "published_at": null
    }))
    .unwrap()
}

fn case(listing: &str, state: &str) -> Case {
    serde_json::from_value(json!({
        "case_id": format!("R-rappelconso-2021-05-0242/{listing}"),
        "recall_id": "R-rappelconso-2021-05-0242", "listing_id": listing, "seller_id": "S-1",
        "listing_title": format!("Listing <i>{listing}</i>"), "confidence": "exact_identifier",
        "evidence": "GTIN 03760289220694", "state": state, "markets": ["FR"],
        "opened_at": "2026-11-03T08:00:00Z"
    }))
    .unwrap()
}

fn reads() -> RecallReads {
    RecallReads {
        recall: Some(recall("<script>alert('hazard')</script> burns")),
        timeline: BTreeMap::from([
            (
                "received_at".to_string(),
                "2026-11-03T08:00:00.000Z".to_string(),
            ),
            (
                "identified_at".to_string(),
                "2026-11-03T08:00:00.030Z".to_string(),
            ),
            (
                "blocked_at".to_string(),
                "2026-11-03T08:00:00.044Z".to_string(),
            ),
            (
                "sellers_notified_at".to_string(),
                "2026-11-03T08:00:01.500Z".to_string(),
            ),
        ]),
        cases: vec![
            case("L-1", "appeal_window_open"),
            case("L-2", "awaiting_review"),
        ],
        ..RecallReads::default()
    }
}

#[test]
fn the_timeline_says_how_long_each_step_took_and_what_is_still_to_come() {
    let v = recall_view(reads()).unwrap();
    let after: Vec<Option<&str>> = v.timeline.iter().map(|s| s.after.as_deref()).collect();
    assert_eq!(
        after,
        vec![None, Some("+30 ms"), Some("+44 ms"), Some("+1 s"), None]
    );
    assert!(v.timeline[4].at.is_none(), "consumers not told yet");
    let html = v.to_html().unwrap();
    assert!(html.contains("<svg"), "drawn");
    assert_eq!(html.matches("class=\"step reached\"").count(), 4);
    assert!(html.contains("not yet"));
}

#[test]
fn regulator_and_seller_text_arrives_escaped_and_no_unsafe_link_is_made() {
    let html = recall_view(reads()).unwrap().to_html().unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains("<b>slim"));
    assert!(!html.contains("<i>L-1"));
    assert!(!html.contains("javascript:"), "only http(s) links");
    assert!(
        html.contains("href=\"https:&#x2f;&#x2f;rappel.conso.gouv.fr")
            || html.contains("href=\"https://rappel.conso.gouv.fr")
    );
}

#[test]
fn the_review_queue_holds_only_cases_awaiting_review_oldest_first() {
    let mut old = case("L-3", "awaiting_review");
    old.opened_at = t("2026-11-01T08:00:00Z");
    let q = review_queue(
        vec![
            case("L-2", "awaiting_review"),
            case("L-1", "appeal_window_open"),
            old,
        ],
        None,
        t("2026-11-04T09:30:00Z"),
    );
    let ids: Vec<&str> = q.cases.iter().map(|r| r.case.listing_id.as_str()).collect();
    assert_eq!(ids, vec!["L-3", "L-2"]);
    assert_eq!(q.cases[0].waiting, "3 d 1 h");
    let html = q.to_html().unwrap();
    assert_eq!(html.matches("class=\"review-case\"").count(), 2);
}

#[test]
fn every_page_renders() {
    let r = reads();
    case_page(&r, "R-rappelconso-2021-05-0242/L-1")
        .unwrap()
        .to_html()
        .unwrap();
    assert!(case_page(&r, "R-rappelconso-2021-05-0242/L-9").is_none());
    let listing: Listing = serde_json::from_value(json!({
        "listing_id": "L-1", "seller_id": "S-1", "title": "Keto", "gtins": ["3760289220694"],
        "markets": ["FR"], "updated_at": "2026-10-01T00:00:00Z"
    }))
    .unwrap();
    listing_view(listing, &[], &[]).to_html().unwrap();
    let seller = seller_view(
        "S-1",
        None,
        StoredStanding::default(),
        vec![],
        vec![case("L-1", "upheld")],
    );
    seller.unwrap().to_html().unwrap();
    assert!(seller_view("S-9", None, StoredStanding::default(), vec![], vec![]).is_none());
    search_view("GTIN 03760289220694".into(), vec![recall("x")])
        .to_html()
        .unwrap();
    let e = error_page(404, "recall R-9 not found").unwrap();
    assert!(e.contains("Not found") && e.contains("R-9"));
}
