//! A feed's runs against the in-memory ports: nothing sent twice, a failed
//! page keeps the cursor, paging bounded and resumed.

use super::*;
use crate::memory::{MemoryHttp, MemoryQueues, MemoryStore};
use safety_sources::feeds::Response;
use serde_json::json;
use std::collections::BTreeMap;

fn cfg(max_pages: u32) -> FeedConfig {
    FeedConfig {
        base_url: "http://feeds.local/fda/food".into(),
        page_size: 2,
        max_pages,
    }
}

fn page(records: &[(&str, &str)], total: u64) -> Response {
    let results: Vec<_> = records
        .iter()
        .map(|(n, d)| json!({"recall_number": n, "report_date": d}))
        .collect();
    Response {
        status: 200,
        headers: BTreeMap::new(),
        body: json!({"meta": {"results": {"total": total}}, "results": results}).to_string(),
    }
}

fn sent_ids(q: &MemoryQueues) -> Vec<String> {
    q.sent_of_type("recall_received")
        .iter()
        .filter_map(|b| serde_json::from_str::<serde_json::Value>(b).ok())
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test]
async fn paging_stops_at_its_bound_and_the_next_run_resumes_without_resending(
) -> Result<(), PollError> {
    let store = MemoryStore::default();
    let queues = MemoryQueues::default();
    let http = MemoryHttp::answering(vec![
        page(&[("F-1", "20250101"), ("F-2", "20250102")], 5),
        page(&[("F-3", "20250103"), ("F-4", "20250104")], 5),
        page(&[("F-5", "20250105")], 5),
        page(&[("F-5", "20250105")], 1),
    ]);
    let ports = FeedPorts {
        http: &http,
        cursors: &store,
        queues: &queues,
    };
    let first = poll(&ports, "fda-food", &cfg(2)).await?;
    assert_eq!((first.pages, first.sent, first.more), (2, 4, true));
    let second = poll(&ports, "fda-food", &cfg(2)).await?;
    assert_eq!((second.pages, second.sent, second.more), (1, 1, false));
    let urls: Vec<String> = http.requests().iter().map(|r| r.url.clone()).collect();
    assert!(
        urls[2].contains("skip=4"),
        "resumed at its offset: {urls:?}"
    );
    // The next run asks from the newest date and finds nothing new.
    let third = poll(&ports, "fda-food", &cfg(2)).await?;
    assert_eq!(third.sent, 0);
    assert!(http.requests()[3].url.contains("[20250105+TO"));
    let ids = sent_ids(&queues);
    assert_eq!(ids.len(), 5, "each record once: {ids:?}");
    Ok(())
}

#[tokio::test]
async fn a_failed_page_keeps_the_cursor_and_names_the_feed_and_the_next_run_resumes(
) -> Result<(), PollError> {
    let store = MemoryStore::default();
    let queues = MemoryQueues::default();
    let html = Response {
        status: 200,
        headers: BTreeMap::new(),
        body: "<html><body>Maintenance</body></html>".into(),
    };
    let http = MemoryHttp::answering(vec![
        page(&[("F-1", "20250101"), ("F-2", "20250102")], 3),
        html,
        page(&[("F-3", "20250103")], 3),
    ]);
    let ports = FeedPorts {
        http: &http,
        cursors: &store,
        queues: &queues,
    };
    match poll(&ports, "fda-food", &cfg(5)).await {
        Err(e) => assert!(
            e.to_string()
                .starts_with("feed fda-food: the answer is an HTML page"),
            "{e}"
        ),
        Ok(p) => panic!("expected the HTML page's error, got {p:?}"),
    }
    assert_eq!(sent_ids(&queues).len(), 2, "the first page was handed on");
    let again = poll(&ports, "fda-food", &cfg(5)).await?;
    assert_eq!(again.sent, 1);
    assert!(
        http.requests()[2].url.contains("skip=2"),
        "resumed after the handed-on page"
    );
    assert_eq!(sent_ids(&queues).len(), 3);
    Ok(())
}

#[tokio::test]
async fn an_unknown_feed_is_a_named_error() {
    let (store, queues, http) = (
        MemoryStore::default(),
        MemoryQueues::default(),
        MemoryHttp::default(),
    );
    let ports = FeedPorts {
        http: &http,
        cursors: &store,
        queues: &queues,
    };
    let e = poll(&ports, "nope", &cfg(1)).await.unwrap_err();
    assert!(
        e.to_string().starts_with("feed nope: not a feed we poll"),
        "{e}"
    );
    assert!(http.requests().is_empty());
}

#[test]
fn the_configuration_reads_its_values_and_names_one_it_cannot_read() {
    let vars = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let cfg = FeedsConfig::from_vars(vars(&[
        ("FEED_URLS", r#"{"cpsc": "http://feeds.local/cpsc"}"#),
        ("FEED_MAX_PAGES", "2"),
    ]))
    .unwrap_or_default();
    assert_eq!(cfg.of(Feed::Cpsc).base_url, "http://feeds.local/cpsc");
    assert_eq!(
        cfg.of(Feed::RappelConso).base_url,
        Feed::RappelConso.default_base_url()
    );
    assert_eq!((cfg.max_pages, cfg.page_size), (2, 100));
    let e = FeedsConfig::from_vars(vars(&[("FEED_PAGE_SIZE", "many")])).unwrap_err();
    assert!(e.starts_with("FEED_PAGE_SIZE"), "{e}");
}

#[tokio::test]
async fn a_schedule_without_a_feed_is_a_named_error() {
    let (store, queues, http) = (
        MemoryStore::default(),
        MemoryQueues::default(),
        MemoryHttp::default(),
    );
    let ports = FeedPorts {
        http: &http,
        cursors: &store,
        queues: &queues,
    };
    let e = poll_scheduled(&ports, &json!({}), &FeedsConfig::default())
        .await
        .unwrap_err();
    assert!(e.to_string().contains("names no `feed`"), "{e}");
}
