//! The desk's answers against the in-memory ports, after a real intake: a
//! recall's page, a case, a listing, a seller, the review queue, searches,
//! the public lists; "not found" and named errors.

use super::*;
use crate::memory::{MemoryMail, MemoryQueues, MemoryStore};
use crate::ports::Ports;
use chrono::TimeZone;
use safety_domain::ledger::Thresholds;
use serde_json::json;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 8, 0, 0)
        .single()
        .unwrap_or_default()
}

/// A recall of a GTIN matching L-1 (S-1) and a weak brand match L-2 (S-2).
async fn desk() -> Result<MemoryStore, Box<dyn std::error::Error>> {
    let s = MemoryStore::default();
    for (n, fields) in [
        (1, json!({"gtins": ["03760289220694"]})),
        (2, json!({"brand": "JoyBlocks", "model": "JB-100C"})),
    ] {
        s.add_seller(serde_json::from_value(json!({
            "seller_id": format!("S-{n}"), "name": format!("Seller {n}"),
            "email": format!("s{n}@example.org")
        }))?);
        let mut listing = json!({
            "listing_id": format!("L-{n}"), "seller_id": format!("S-{n}"),
            "title": format!("Listing {n}"), "markets": ["FR", "DE"],
            "updated_at": "2026-10-01T00:00:00Z"
        });
        for (k, v) in fields.as_object().ok_or("fields")? {
            listing[k] = v.clone();
        }
        s.add_listing(serde_json::from_value(listing)?);
    }
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let ports = Ports {
        store: &s,
        mail: &mail,
        queues: &queues,
    };
    let msg = json!({"type": "recall_received", "id": "insp-1", "source": "platform",
        "channel": "inspection", "received_at": "2026-11-03T08:00:00Z",
        "recall": {"reference": "INSP-1", "title": "JoyBlocks tiles", "hazard": "Magnets <script>x</script>",
            "risk": "serious", "category": "toys", "brand": "JoyBlocks", "models": ["JB-100"],
            "gtins": ["03760289220694"], "markets": ["FR"]}});
    crate::recall_intake::handle(
        &ports,
        &msg.to_string(),
        "sqs-1",
        now(),
        &Thresholds::default(),
    )
    .await?;
    Ok(s)
}

const RECALL: &str = "R-platform-INSP-1";

#[tokio::test]
async fn a_recall_s_page_shows_its_matches_measures_notice_and_events() -> TestResult {
    let store = desk().await?;
    let q = DeskQuery::Recall {
        recall_id: RECALL.into(),
    };
    let DeskAnswer::Recall(v) = answer(&store, &q, now(), &HolidayCalendar::defaults()).await?
    else {
        return Err("a recall's answer".into());
    };
    let states: Vec<(&str, &str)> = v
        .cases
        .iter()
        .map(|c| (c.case.listing_id.as_str(), c.state))
        .collect();
    assert_eq!(
        states,
        vec![("L-1", "appeal_window_open"), ("L-2", "awaiting_review")]
    );
    assert_eq!(v.cases[0].measures.len(), 1, "FR only");
    assert_eq!(v.cases[0].measures[0].market.as_str(), "FR");
    assert!(
        v.cases[1].measures.is_empty(),
        "a weak match takes no measure"
    );
    assert_eq!(v.notices.len(), 1);
    assert!(v
        .events
        .iter()
        .any(|e| e.detail_type == "listing_measures_changed" && e.summary.contains("block FR")));
    let html = DeskAnswer::Recall(v).to_html()?;
    assert!(html.contains("<svg") && !html.contains("<script>"));
    Ok(())
}

#[tokio::test]
async fn the_review_queue_lists_exactly_the_cases_awaiting_review() -> TestResult {
    let store = desk().await?;
    let q = DeskQuery::ReviewQueue {
        limit: None,
        after: None,
    };
    let DeskAnswer::ReviewQueue(v) =
        answer(&store, &q, now(), &HolidayCalendar::defaults()).await?
    else {
        return Err("the queue".into());
    };
    let ids: Vec<&str> = v.cases.iter().map(|r| r.case.case_id.as_str()).collect();
    assert_eq!(ids, vec!["R-platform-INSP-1/L-2"]);
    Ok(())
}

#[tokio::test]
async fn each_query_answers_or_says_what_it_did_not_find() -> TestResult {
    let store = desk().await?;
    let found = [
        json!({"query": "case", "case_id": "R-platform-INSP-1/L-1"}),
        json!({"query": "listing", "listing_id": "L-1"}),
        json!({"query": "seller", "seller_id": "S-1"}),
        json!({"query": "search", "gtin": "3760289220694"}),
        json!({"query": "search", "brand": "joyblocks", "model": "JB-100"}),
        json!({"query": "search", "source": "platform", "reference": "INSP-1"}),
        json!({"query": "recall_list", "category": "toys", "market": "FR"}),
        json!({"query": "recall_lists"}),
    ];
    for q in found {
        let a = answer(
            &store,
            &DeskQuery::parse(&q)?,
            now(),
            &HolidayCalendar::defaults(),
        )
        .await?;
        let json = a.to_json().to_string();
        assert!(
            json.contains("INSP-1") || json.contains("L-1") || json.contains("toys"),
            "{q}: {json}"
        );
        a.to_html()?;
    }
    let search = DeskQuery::parse(&json!({"query": "search", "gtin": "3760289220694"}))?;
    let DeskAnswer::Search(s) =
        answer(&store, &search, now(), &HolidayCalendar::defaults()).await?
    else {
        return Err("a search".into());
    };
    assert_eq!(s.recalls.len(), 1);
    for q in [
        json!({"query": "recall", "recall_id": "R-nope"}),
        json!({"query": "case", "case_id": "R-platform-INSP-1/L-9"}),
        json!({"query": "listing", "listing_id": "L-9"}),
        json!({"query": "seller", "seller_id": "S-9"}),
    ] {
        match answer(
            &store,
            &DeskQuery::parse(&q)?,
            now(),
            &HolidayCalendar::defaults(),
        )
        .await
        {
            Err(DeskError::NotFound { .. }) => {}
            other => return Err(format!("{q}: expected not found, got {other:?}").into()),
        }
    }
    let list =
        DeskQuery::parse(&json!({"query": "recall_list", "category": "toys", "market": "FR"}))?;
    let public = answer(&store, &list, now(), &HolidayCalendar::defaults()).await?;
    let text = public.to_json().to_string() + &public.to_html()?;
    for private in ["S-1", "S-2", "L-1", "L-2", "R-platform-INSP-1/L-1"] {
        assert!(!text.contains(private), "the public list holds {private}");
    }
    Ok(())
}

#[tokio::test]
async fn the_public_audience_gets_only_the_lists_and_every_page_forbids_scripts() -> TestResult {
    let store = desk().await?;
    let cal = HolidayCalendar::defaults();
    let none = BTreeMap::new();
    let list = page(
        &store,
        Audience::Public,
        "/lists/toys/FR",
        &none,
        now(),
        &cal,
    )
    .await?;
    assert_eq!((list.status, list.public), (200, true));
    let desk_page = page(
        &store,
        Audience::Public,
        &format!("/recalls/{RECALL}"),
        &none,
        now(),
        &cal,
    )
    .await?;
    assert_eq!(desk_page.status, 404);
    assert!(!desk_page.body.contains("S-1"));
    let answer = query(
        &store,
        Audience::Public,
        &json!({"query": "seller", "seller_id": "S-1"}),
        now(),
        &cal,
    )
    .await?;
    assert_eq!(answer["error"]["kind"], "not_found");
    let mine = page(
        &store,
        Audience::Desk,
        &format!("/recalls/{RECALL}"),
        &none,
        now(),
        &cal,
    )
    .await?;
    assert_eq!(mine.status, 200);
    let headers = mine.headers();
    assert!(headers.contains(&("cache-control", "no-store")));
    assert!(headers
        .iter()
        .any(|(k, v)| *k == "content-security-policy" && v.starts_with("default-src 'none'")));
    Ok(())
}
