use super::*;
use serde_json::json;

fn ok(body: Value) -> Response {
    Response {
        status: 200,
        headers: BTreeMap::from([("etag".to_string(), "\"v1\"".to_string())]),
        body: body.to_string(),
    }
}

fn cfg() -> FeedConfig {
    FeedConfig {
        base_url: "http://feeds.local/fda/food/enforcement.json".into(),
        page_size: 2,
        max_pages: 5,
    }
}

fn fda(n: &str, date: &str) -> Value {
    json!({"recall_number": n, "report_date": date, "product_description": "x"})
}

fn ids(p: &Page) -> Vec<String> {
    p.records.iter().map(|r| r.id.clone()).collect()
}

#[test]
fn a_second_poll_of_an_unchanged_feed_hands_on_nothing_and_a_correction_is_a_new_id() {
    let feed = Feed::Cpsc;
    let body = json!([{"RecallNumber": "26645", "LastPublishDate": "2026-07-30T00:00:00"},
                      {"RecallNumber": "26600", "LastPublishDate": "2026-07-29T00:00:00"}]);
    let first = feed.read(&Cursor::default(), &ok(body.clone())).unwrap();
    assert_eq!(
        ids(&first),
        vec![
            "feed:cpsc:26600:2026-07-29T00_00_00",
            "feed:cpsc:26645:2026-07-30T00_00_00"
        ],
        "oldest first"
    );
    let req = feed.request(&cfg(), &first.next);
    assert!(
        req.url.ends_with("LastPublishDateStart=2026-07-30"),
        "{}",
        req.url
    );
    assert!(req
        .headers
        .contains(&("if-none-match".into(), "\"v1\"".into())));
    // The API answers the day again: nothing new.
    let again = feed.read(&first.next, &ok(body)).unwrap();
    assert!(again.records.is_empty());
    assert_eq!(again.next, first.next);
    // A corrected record (published again): a new id.
    let corrected = json!([{"RecallNumber": "26645", "LastPublishDate": "2026-08-02T00:00:00"}]);
    let p = feed.read(&first.next, &ok(corrected)).unwrap();
    assert_eq!(ids(&p), vec!["feed:cpsc:26645:2026-08-02T00_00_00"]);
    let msg: Value = serde_json::from_str(&p.records[0].message).unwrap();
    assert_eq!(
        (msg["type"].as_str(), msg["source"].as_str()),
        (Some("recall_received"), Some("cpsc"))
    );
    assert_eq!(msg["record"]["RecallNumber"], "26645");
}

#[test]
fn paging_goes_on_from_its_offset_and_moves_since_once_the_drain_is_done() {
    let feed = Feed::OpenFda(FdaEndpoint::Food);
    let page = |results: Vec<Value>, total: u64| {
        ok(json!({"meta": {"results": {"total": total}}, "results": results}))
    };
    let start = Cursor::default();
    assert!(feed.request(&cfg(), &start).url.contains("skip=0"));
    let p1 = feed
        .read(
            &start,
            &page(vec![fda("F-1", "20250101"), fda("F-2", "20250102")], 3),
        )
        .unwrap();
    assert!(p1.more);
    assert_eq!(
        p1.next.draining,
        Some(Drain {
            since: None,
            offset: 2
        })
    );
    let r2 = feed.request(&cfg(), &p1.next);
    assert!(
        r2.url.contains("skip=2") && r2.url.contains("[20000101+TO"),
        "{}",
        r2.url
    );
    assert!(
        r2.headers.is_empty(),
        "no conditional header inside a drain"
    );
    let p2 = feed
        .read(&p1.next, &page(vec![fda("F-3", "20250103")], 3))
        .unwrap();
    assert!(!p2.more && p2.next.draining.is_none());
    assert_eq!(p2.next.since.as_deref(), Some("20250103"));
    assert!(feed.request(&cfg(), &p2.next).url.contains("[20250103+TO"));
    // openFDA's "no match" is a 404 with its error object: an empty page.
    let none = Response {
        status: 404,
        headers: BTreeMap::new(),
        body: json!({"error": {"code": "NOT_FOUND", "message": "No matches found!"}}).to_string(),
    };
    let p3 = feed.read(&p2.next, &none).unwrap();
    assert!(p3.records.is_empty() && !p3.more);
}

#[test]
fn every_broken_answer_is_a_named_error_of_its_feed() {
    let feed = Feed::RappelConso;
    let c = Cursor::default();
    let with = |status: u16, headers: &[(&str, &str)], body: &str| Response {
        status,
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        body: body.to_string(),
    };
    assert_eq!(
        feed.read(&c, &with(429, &[("retry-after", "7")], "")),
        Err(FeedError::RateLimited {
            feed: "rappelconso".into(),
            retry_after: Some(7)
        })
    );
    assert!(matches!(
        feed.read(
            &c,
            &with(
                200,
                &[],
                "<!DOCTYPE html><html><body>Service unavailable</body></html>"
            )
        ),
        Err(FeedError::HtmlPage { .. })
    ));
    assert!(matches!(
        feed.read(
            &c,
            &with(
                200,
                &[],
                r#"{"total_count": 2, "results": [{"numero_fiche": "2021-"#
            )
        ),
        Err(FeedError::Truncated { .. })
    ));
    assert!(matches!(
        feed.read(&c, &with(503, &[], "")),
        Err(FeedError::Status { status: 503, .. })
    ));
    let e = feed
        .read(
            &c,
            &with(
                200,
                &[],
                r#"{"total_count": 1, "results": [{"numero_version": "1"}]}"#,
            ),
        )
        .unwrap_err();
    assert!(
        e.to_string().starts_with("feed rappelconso: field `[0]`"),
        "{e}"
    );
    let cpsc = Feed::Cpsc
        .read(
            &c,
            &with(
                200,
                &[],
                r#"[{"RecallID": 0, "Title": "Error retrieving Recalls: bad date"}]"#,
            ),
        )
        .unwrap_err();
    assert!(matches!(cpsc, FeedError::Api { .. }), "{cpsc}");
    let not_modified = feed.read(&c, &with(304, &[], "")).unwrap();
    assert!(not_modified.not_modified && not_modified.records.is_empty());
}

#[test]
fn health_canada_s_file_reads_bare_or_wrapped() {
    let rec = json!({"NID": "82628", "Title": "Recall", "Last updated": "2026-11-20"});
    for body in [json!([rec.clone()]), json!({"data": [rec.clone()]})] {
        let p = Feed::HealthCanada
            .read(&Cursor::default(), &ok(body))
            .unwrap();
        assert_eq!(ids(&p), vec!["feed:health_canada:82628:2026-11-20"]);
    }
}

#[test]
fn every_feed_is_named_and_its_source_is_an_adapter() {
    for name in FEEDS {
        let feed = Feed::parse(name).unwrap();
        assert_eq!(feed.name(), *name);
        assert!(!feed.source().is_empty());
    }
    assert!(Feed::parse("nope").is_none());
}

#[test]
fn safety_gate_reads_its_index_then_each_new_report_once() {
    let feed = Feed::SafetyGate;
    let index = Response {
        status: 200,
        headers: BTreeMap::new(),
        body: r#"<?xml version="1.0"?><Safety-Gate>
<weeklyReport><reference>Report-2026-39</reference><publicationDate>25/09/2026</publicationDate><URL>http://sg.local/report/39</URL></weeklyReport>
<weeklyReport><reference>Report-2026-38</reference><publicationDate>18/09/2026</publicationDate><URL>http://sg.local/report/38</URL></weeklyReport>
</Safety-Gate>"#
            .into(),
    };
    let p = feed.read(&Cursor::default(), &index).unwrap();
    assert!(p.records.is_empty() && p.more);
    let urls: Vec<&str> = p.next.pending.iter().map(|x| x.url.as_str()).collect();
    assert_eq!(
        urls,
        vec!["http://sg.local/report/38", "http://sg.local/report/39"],
        "oldest first"
    );
    assert_eq!(
        feed.request(&cfg(), &p.next).url,
        "http://sg.local/report/38"
    );
    let report = Response {
        status: 200,
        headers: BTreeMap::new(),
        body: "<Safety-Gate><report_date>18/09/2026</report_date>\
<notifications><caseNumber>SR/02362/26</caseNumber><product><![CDATA[LED tree </notifications> text]]></product></notifications>\
<notifications><caseNumber>SR/02363/26</caseNumber></notifications></Safety-Gate>"
            .into(),
    };
    let r = feed.read(&p.next, &report).unwrap();
    assert_eq!(
        ids(&r),
        vec![
            "feed:safety_gate:SR_02362_26:Report-2026-38",
            "feed:safety_gate:SR_02363_26:Report-2026-38"
        ]
    );
    let msg: Value = serde_json::from_str(&r.records[0].message).unwrap();
    assert!(
        msg["record"]
            .as_str()
            .unwrap()
            .contains("LED tree </notifications> text"),
        "CDATA kept whole"
    );
    assert!(r.more && r.next.since.as_deref() == Some("2026-09-18"));
    // The next run's index: report 38 is known, only 39 is pending.
    let after = Cursor {
        pending: Vec::new(),
        ..r.next.clone()
    };
    let again = feed.read(&after, &index).unwrap();
    let refs: Vec<&str> = again
        .next
        .pending
        .iter()
        .map(|x| x.reference.as_str())
        .collect();
    assert_eq!(refs, vec!["Report-2026-39"]);
    let cut = Response {
        body: "<Safety-Gate><notifications><caseNumber>SR".into(),
        ..report
    };
    assert!(
        feed.read(&p.next, &cut).is_err(),
        "a truncated report is an error"
    );
}

#[test]
fn opss_lists_its_notices_then_reads_each_new_content_item() {
    let search = Response {
        status: 200,
        headers: BTreeMap::from([("x-content-origin".to_string(), "http://gov.local".to_string())]),
        body: json!({"results": [
            {"link": "/product-safety-alerts-reports-recalls/b", "public_timestamp": "2026-11-02T10:00:00Z"},
            {"link": "/product-safety-alerts-reports-recalls/a", "public_timestamp": "2026-11-01T10:00:00Z"}]})
        .to_string(),
    };
    let p = Feed::Opss.read(&Cursor::default(), &search).unwrap();
    let urls: Vec<&str> = p.next.pending.iter().map(|x| x.url.as_str()).collect();
    assert_eq!(
        urls,
        vec![
            "http://gov.local/api/content/product-safety-alerts-reports-recalls/a",
            "http://gov.local/api/content/product-safety-alerts-reports-recalls/b"
        ]
    );
    let item = Feed::Opss
        .read(
            &p.next,
            &ok(json!({"title": "Recall of X (2609-0229)", "base_path": "/a"})),
        )
        .unwrap();
    assert_eq!(ids(&item), vec!["feed:opss:a:2026-11-01T10_00_00Z"]);
    assert!(item.more);
    assert!(Feed::Opss
        .request(&cfg(), &Cursor::default())
        .url
        .contains("filter_format=product_safety_alert_report_recall"));
}

#[test]
fn accc_reads_its_rss_items_once_by_link_and_date() {
    let rss = |items: &str| Response {
        status: 200,
        headers: BTreeMap::new(),
        body: format!(
            "<?xml version=\"1.0\"?><rss><channel><title>Recalls</title>{items}</channel></rss>"
        ),
    };
    let one = "<item><title>Kids bike helmet</title><link>https://www.productsafety.gov.au/recalls/kids-bike-helmet</link>\
<description>Strap may fail</description><pubDate>Mon, 30 Nov 2026 10:00:00 +1100</pubDate></item>";
    let p = Feed::Accc.read(&Cursor::default(), &rss(one)).unwrap();
    assert_eq!(
        ids(&p),
        vec!["feed:accc:kids-bike-helmet:2026-11-29T23_00_00_00_00"]
    );
    assert_eq!(p.next.since.as_deref(), Some("2026-11-29T23:00:00+00:00"));
    assert!(Feed::Accc
        .read(&p.next, &rss(one))
        .unwrap()
        .records
        .is_empty());
    let bad = "<item><title>x</title><link>l</link><pubDate>yesterday</pubDate></item>";
    assert!(Feed::Accc.read(&Cursor::default(), &rss(bad)).is_err());
}
