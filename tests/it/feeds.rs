//! The feeds against the local feed server and moto: each poll's HTTP and
//! SendMessageBatch calls counted.

use safety_app::feeds::{poll, FeedPorts};
use safety_aws::ports::QueueSet;
use safety_aws::HttpClient;
use safety_sources::feeds::FeedConfig;
use safety_tests::{CountingHttp, FeedServer, Stack};
use serde_json::json;
use std::sync::atomic::Ordering;
use std::time::Duration;

fn http() -> CountingHttp<HttpClient> {
    CountingHttp {
        inner: HttpClient::new(1, Duration::from_secs(5)).expect("a client"),
        calls: Default::default(),
    }
}

/// What a feed's run needs in these tests: the test's intake queue,
/// counted HTTP, the store of its cursors.
struct Rig {
    intake: safety_aws::Queue,
    queues: QueueSet,
    http: CountingHttp<HttpClient>,
    store: safety_aws::Store,
}

impl Rig {
    async fn new(stack: &Stack) -> Rig {
        let intake = stack.intake_queue().await;
        Rig {
            queues: QueueSet {
                recall_intake: Some(intake.clone()),
                ..QueueSet::default()
            },
            intake,
            http: http(),
            store: stack.store(),
        }
    }

    fn ports(&self) -> FeedPorts<'_, CountingHttp<HttpClient>, safety_aws::Store, QueueSet> {
        FeedPorts {
            http: &self.http,
            cursors: &self.store,
            queues: &self.queues,
        }
    }
}

fn cfg(url: String, page_size: u32, max_pages: u32) -> FeedConfig {
    FeedConfig {
        base_url: url,
        page_size,
        max_pages,
    }
}

#[tokio::test]
async fn an_unchanged_feed_sends_nothing_the_second_time_and_a_correction_merges_into_its_recall() {
    let stack = Stack::new().await;
    let server = FeedServer::start();
    let rig = Rig::new(&stack).await;
    let (ports, http, intake) = (rig.ports(), &rig.http, &rig.intake);
    let cpsc = cfg(server.url("", "cpsc"), 100, 5);
    stack.calls().reset();
    let first = poll(&ports, "cpsc", &cpsc).await.expect("the first poll");
    assert_eq!((first.pages, first.sent), (1, 1));
    assert_eq!(http.calls.load(Ordering::SeqCst), 1);
    assert_eq!(stack.calls().get("SQS.SendMessageBatch"), 1);
    let second = poll(&ports, "cpsc", &cpsc).await.expect("the second poll");
    assert_eq!(second.sent, 0, "{second:?}");
    assert!(second.not_modified, "the ETag answered 304");
    assert_eq!(
        stack.calls().get("SQS.SendMessageBatch"),
        1,
        "nothing sent the second time"
    );
    for resp in stack.drain_intake(intake).await {
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let before = stack
        .store()
        .recall_partition("R-cpsc-26645")
        .await
        .expect("the recall");
    assert!(before.recall.is_some());

    // The authority corrects its record: published again, a new id, merged.
    let mut records = server.records("cpsc");
    records[0]["LastPublishDate"] = json!("2026-08-02T00:00:00");
    records[0]["Title"] = json!("15-Drawer Dressers Recalled (corrected)");
    server.set_records("cpsc", &records);
    let third = poll(&ports, "cpsc", &cpsc).await.expect("the third poll");
    assert_eq!(third.sent, 1);
    for resp in stack.drain_intake(intake).await {
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let after = stack
        .store()
        .recall_partition("R-cpsc-26645")
        .await
        .expect("the recall");
    assert_eq!(
        after.recall.map(|r| r.sources.len()),
        before.recall.map(|r| r.sources.len()),
        "the same recall, one source"
    );
    assert_eq!(after.cases.len(), before.cases.len(), "no second case");
}

#[tokio::test]
async fn a_failing_feed_keeps_its_cursor_names_itself_and_the_others_carry_on() {
    let stack = Stack::new().await;
    let server = FeedServer::start();
    let rig = Rig::new(&stack).await;
    let (ports, http) = (rig.ports(), &rig.http);
    for (prefix, expected) in [
        (
            "html-error/",
            "feed rappelconso: the answer is an HTML page",
        ),
        (
            "truncated/",
            "feed rappelconso: the body ends before its JSON does",
        ),
        ("down/", "feed rappelconso: HTTP 503"),
    ] {
        let e = poll(
            &ports,
            "rappelconso",
            &cfg(server.url(prefix, "rappelconso"), 10, 5),
        )
        .await
        .expect_err("a broken answer");
        assert!(e.to_string().starts_with(expected), "{e}");
        assert_eq!(
            stack
                .store()
                .feed_cursor("rappelconso")
                .await
                .expect("a cursor"),
            Default::default(),
            "the cursor stays where it was"
        );
    }
    // Another feed carries on meanwhile.
    let cpsc = poll(&ports, "cpsc", &cfg(server.url("", "cpsc"), 100, 5))
        .await
        .expect("cpsc");
    assert_eq!(cpsc.sent, 1);
    // Rate limited once (Retry-After: 1): waited for, then read.
    let calls = http.calls.load(Ordering::SeqCst);
    let ok = poll(
        &ports,
        "rappelconso",
        &cfg(server.url("ratelimited/", "rappelconso"), 10, 5),
    )
    .await
    .expect("read after the wait");
    assert_eq!(ok.sent, 1, "the feed resumes");
    assert_eq!(
        http.calls.load(Ordering::SeqCst) - calls,
        1,
        "one request of ours; the client retried the 429"
    );
    let cursor = stack
        .store()
        .feed_cursor("rappelconso")
        .await
        .expect("a cursor");
    assert_eq!(cursor.since.as_deref(), Some("2021-06-01T15:04:00+00:00"));
}

#[tokio::test]
async fn paging_stops_at_the_bound_and_resumes_at_the_next_run() {
    let stack = Stack::new().await;
    let server = FeedServer::start();
    let records: Vec<serde_json::Value> = (1..=5)
        .map(|i| {
            json!({"recall_number": format!("F-000{i}-2025"), "report_date": format!("2025110{i}"),
            "classification": "Class II", "product_description": "x", "reason_for_recall": "y"})
        })
        .collect();
    server.set_records("fda-food", &json!(records));
    let rig = Rig::new(&stack).await;
    let (ports, http) = (rig.ports(), &rig.http);
    let fda = cfg(server.url("", "fda-food"), 2, 2);
    stack.calls().reset();
    let first = poll(&ports, "fda-food", &fda).await.expect("run 1");
    assert_eq!((first.pages, first.sent, first.more), (2, 4, true));
    let second = poll(&ports, "fda-food", &fda).await.expect("run 2");
    assert_eq!((second.pages, second.sent, second.more), (1, 1, false));
    let third = poll(&ports, "fda-food", &fda).await.expect("run 3");
    assert_eq!(third.sent, 0);
    assert_eq!(
        http.calls.load(Ordering::SeqCst),
        2 + 1 + 1,
        "HTTP calls per poll"
    );
    assert_eq!(
        stack.calls().get("SQS.SendMessageBatch"),
        3,
        "one batch per page with records"
    );
}

#[tokio::test]
async fn safety_gate_s_index_and_its_new_reports_are_read_once_and_parse_at_intake() {
    let stack = Stack::new().await;
    let server = FeedServer::start();
    let rig = Rig::new(&stack).await;
    let (ports, http, intake) = (rig.ports(), &rig.http, &rig.intake);
    let sg = cfg(server.url("", "safety_gate"), 100, 5);
    let first = poll(&ports, "safety_gate", &sg)
        .await
        .expect("the first poll");
    assert_eq!(
        (first.pages, first.sent),
        (3, 2),
        "the index, then its two reports"
    );
    for resp in stack.drain_intake(intake).await {
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let led = stack
        .store()
        .recall_partition("R-safety_gate-SR-02362-26")
        .await
        .expect("read");
    assert!(
        led.recall.is_some(),
        "the report's notification is a recall"
    );
    let again = poll(&ports, "safety_gate", &sg)
        .await
        .expect("the second poll");
    assert!(again.not_modified && again.sent == 0, "{again:?}");
    assert_eq!(http.calls.load(Ordering::SeqCst), 3 + 1);
}

#[tokio::test]
async fn every_feed_s_records_parse_at_intake_and_a_upc_in_fda_prose_matches_a_listing_held_for_review(
) {
    let stack = Stack::new().await;
    let server = FeedServer::start();
    safety_tests::seller(&stack, "S-1", false).await;
    safety_tests::listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["041498123451"],"markets":["US"]}),
    )
    .await;
    let rig = Rig::new(&stack).await;
    let (ports, intake) = (rig.ports(), &rig.intake);
    let mut sent = 0;
    for feed in [
        "cpsc",
        "rappelconso",
        "fda-food",
        "health_canada",
        "safety_gate",
        "opss",
        "accc",
    ] {
        let polled = poll(&ports, feed, &cfg(server.url("", feed), 100, 5))
            .await
            .unwrap_or_else(|e| panic!("{feed}: {e}"));
        assert!(polled.sent > 0, "{feed} handed nothing on");
        sent += polled.sent;
    }
    let failures: std::collections::BTreeSet<String> = stack
        .drain_intake(intake)
        .await
        .iter()
        .flat_map(|r| {
            r.batch_item_failures
                .iter()
                .map(|f| f.item_identifier.clone())
        })
        .collect();
    // openFDA's own documentation record has no recall_number: the intake
    // refuses it naming the field (SQS retries it, then the DLQ keeps it).
    assert_eq!(
        failures.len(),
        1,
        "every record parses but the unreferenced one ({sent} sent)"
    );
    let case = stack
        .store()
        .get_case("R-fda-F-0999-2026/L-1")
        .await
        .expect("read")
        .expect("the openFDA recall's UPC matched L-1");
    assert_eq!(
        case.state,
        safety_domain::recall::case::CaseState::AwaitingReview
    );
    assert!(
        case.evidence.contains("read from the recall's text"),
        "{}",
        case.evidence
    );
    for id in ["R-health_canada-90412", "R-opss-2609-0229"] {
        assert!(
            stack
                .store()
                .recall_partition(id)
                .await
                .expect("read")
                .recall
                .is_some(),
            "{id} was written"
        );
    }
}
