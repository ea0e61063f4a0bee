//! The bad-input corpus through the real handlers on the local stack: for
//! every queue, every message type's sample (`events/`) broken every way
//! (`safety_domain::corpus`) in one batch with a good message. Each broken
//! one is a batch item failure whose log line names the message id and the
//! field; the good one is processed; no captured log line repeats a personal
//! value or outgrows a CloudWatch event.

use super::{bodies, samples};
use aws_lambda_events::event::sqs::SqsBatchResponse;
use chrono::Duration;
use safety_domain::corpus::{cases, megabyte_title, BadCase, PERSONAL};
use safety_domain::messages::ConsumerRecallPage;
use safety_domain::Country;
use safety_tests::{event_of, fixture, listing, order, recall_message, seller, Stack};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::Write;
use std::sync::{Arc, Mutex};

const CASE: &str = "R-rappelconso-2021-05-0242/L-1";
/// A CloudWatch log event holds 256 KB; ours stay within a few KB.
const MAX_LINE_BYTES: usize = 4096;

/// The tracing output of the test's thread, as the function's JSON lines.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut b) = self.0.lock() {
            b.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn lines(&self) -> Vec<String> {
        let bytes = self.0.lock().map(|b| b.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes)
            .lines()
            .map(str::to_string)
            .collect()
    }
    fn clear(&self) {
        if let Ok(mut b) = self.0.lock() {
            b.clear();
        }
    }
}

/// The first sample body of each message type of a queue's samples.
fn good_samples(function: &str) -> Vec<Value> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for path in samples(function) {
        if path
            .file_name()
            .is_some_and(|f| f.to_string_lossy().starts_with("broken"))
        {
            continue;
        }
        for (_, body) in bodies(&path) {
            let v: Value = serde_json::from_str(&body).unwrap();
            if seen.insert(v["type"].as_str().unwrap_or_default().to_string()) {
                out.push(v);
            }
        }
    }
    out
}

/// The broken variants of every type of a queue, under SQS ids of `queue`.
fn corpus(function: &str) -> Vec<BadCase> {
    good_samples(function)
        .iter()
        .enumerate()
        .flat_map(|(i, good)| cases(good, &format!("{function}-{i}")))
        .collect()
}

/// Checks one batch: exactly the broken messages failed, each logged with
/// its message id and field; the good ones were processed; no line repeats a
/// personal value or is longer than [`MAX_LINE_BYTES`].
fn check(
    function: &str,
    resp: &SqsBatchResponse,
    bad: &[BadCase],
    good: &[&str],
    logs: &Captured,
    personal: &[String],
) {
    let failed: BTreeSet<&str> = resp
        .batch_item_failures
        .iter()
        .map(|f| f.item_identifier.as_str())
        .collect();
    let expected: BTreeSet<&str> = bad.iter().map(|c| c.sqs_id.as_str()).collect();
    let accepted: Vec<&&str> = expected.difference(&failed).collect();
    assert!(
        accepted.is_empty(),
        "{function}: accepted {:?}",
        bad.iter()
            .filter(|c| accepted.contains(&&c.sqs_id.as_str()))
            .map(|c| &c.label)
            .collect::<Vec<_>>()
    );
    for g in good {
        assert!(
            !failed.contains(g),
            "{function}: the good message {g} failed"
        );
    }
    assert_eq!(failed.len(), expected.len(), "{function}");
    let lines = logs.lines();
    for case in bad {
        let sqs = format!("\"sqs_message_id\":\"{}\"", case.sqs_id);
        let named = format!("message {}: field `{}`", case.message_id, case.field);
        assert!(
            lines.iter().any(|l| l.contains(&sqs) && l.contains(&named)),
            "{function}: {}: no log line with {named}",
            case.label
        );
    }
    for g in good {
        let sqs = format!("\"sqs_message_id\":\"{g}\"");
        assert!(
            lines
                .iter()
                .any(|l| l.contains(&sqs) && l.contains("processed")),
            "{function}: {g} not processed"
        );
    }
    for line in &lines {
        assert!(
            line.len() <= MAX_LINE_BYTES,
            "{function}: a log line of {} bytes",
            line.len()
        );
        for value in PERSONAL
            .iter()
            .copied()
            .chain(personal.iter().map(String::as_str))
        {
            assert!(
                !line.contains(value),
                "{function}: a log line repeats {value}: {}",
                &line[..line.len().min(400)]
            );
        }
    }
    logs.clear();
}

fn batch(bad: &[BadCase], good: &[(&str, String)]) -> aws_lambda_events::event::sqs::SqsEvent {
    let mut records: Vec<(String, String, u32)> = bad
        .iter()
        .map(|c| (c.sqs_id.clone(), c.body.clone(), 1))
        .collect();
    // The good ones in the middle of the batch, as well as at its end.
    for (i, (id, body)) in good.iter().enumerate() {
        let at = if i == 0 {
            records.len() / 2
        } else {
            records.len()
        };
        records.insert(at, (id.to_string(), body.clone(), 1));
    }
    safety_runtime::sqs_event(records)
}

#[tokio::test]
async fn every_broken_field_of_every_queue_is_a_failure_naming_it_and_no_log_line_repeats_a_personal_value(
) {
    let stack = Stack::new().await;
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .with_max_level(tracing::Level::INFO)
        .with_current_span(false)
        .with_target(false)
        .without_time()
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // What the good messages need: a seller, a recalled listing and its case,
    // an order by a buyer whose name, email and postal code are personal.
    seller(&stack, "S-1", false).await;
    listing(
        &stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR","DE"],
        "title":"Keto slim nuit 60 gélules"}),
    )
    .await;
    let buyer_email = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let resp = stack
        .intake()
        .handle_event(event_of(&[recall_message(
            "rc-1",
            "rappelconso",
            serde_json::from_str(&fixture("rappelconso/v2_gtin_trie_2021-05-0242.json")).unwrap(),
        )]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let case = stack
        .store()
        .get_case(CASE)
        .await
        .unwrap()
        .expect("the case");
    let t0 = case.notified_at.expect("the seller was told");
    let grounds = "Our batch 21-0311 was made for Anna Lindqvist's shop, not the recalled one.";
    let personal = vec![
        buyer_email.clone(),
        "Buyer B-1".to_string(),
        grounds.to_string(),
    ];
    logs.clear();

    // catalog-sync: a new seller among the broken messages of every type.
    let mut bad = corpus("catalog-sync");
    let listing_sample = good_samples("catalog-sync")
        .into_iter()
        .find(|v| v["type"] == "listing_upserted")
        .unwrap();
    bad.push(megabyte_title(&listing_sample, "catalog-sync-1mb"));
    let good = json!({"type":"seller_upserted","id":"evt-S-2","seller_id":"S-2",
        "name":"Anna Lindqvist","email":"someone@example.org","locale":"SV-se"});
    let resp = stack
        .catalog()
        .handle_event(batch(&bad, &[("good-seller", good.to_string())]))
        .await;
    check(
        "catalog-sync",
        &resp,
        &bad,
        &["good-seller"],
        &logs,
        &personal,
    );
    let sellers = stack
        .store()
        .get_sellers(&BTreeSet::from(["S-2".to_string()]))
        .await
        .unwrap();
    let s2 = sellers.get("S-2").expect("the good seller is stored");
    assert_eq!(s2.locale.as_deref(), Some("sv-SE"), "its locale, canonical");
    // The 1 MB listing stored nothing.
    let stored = stack.store().get_listing("L-5001").await.unwrap();
    assert!(stored.is_none(), "a refused listing is not stored");
    let stored = stack.store().get_order("O-9001").await.unwrap();
    assert!(stored.is_none(), "a refused order is not stored");

    // recall-intake.
    let bad = corpus("recall-intake");
    let good = recall_message(
        "cpsc-1",
        "cpsc",
        serde_json::from_str(&fixture("cpsc/recall_10882_abridged.json")).unwrap(),
    );
    let resp = stack
        .intake()
        .handle_event(batch(&bad, &[("good-recall", good)]))
        .await;
    check(
        "recall-intake",
        &resp,
        &bad,
        &["good-recall"],
        &logs,
        &personal,
    );

    // appeals: the seller's appeal, then the desk's rejection (which starts
    // the consumer recall).
    let bad = corpus("appeals");
    let appeal = json!({"type":"appeal_filed","id":"ap-1","case_id":CASE,"seller_id":"S-1",
        "filed_at":(t0 + Duration::hours(5)).to_rfc3339(),"grounds":grounds});
    let rejected = json!({"type":"appeal_decided","id":"ad-1","case_id":CASE,"reviewer":"desk-ana",
        "decision":"rejected","reason":"Checked against the regulator's lot list.",
        "decided_at":(t0 + Duration::days(1)).to_rfc3339()});
    let resp = stack
        .appeals()
        .handle_event(batch(
            &bad,
            &[
                ("good-appeal", appeal.to_string()),
                ("good-decision", rejected.to_string()),
            ],
        ))
        .await;
    check(
        "appeals",
        &resp,
        &bad,
        &["good-appeal", "good-decision"],
        &logs,
        &personal,
    );
    let case = stack
        .store()
        .get_case(CASE)
        .await
        .unwrap()
        .expect("the case");
    assert!(case.appeal.is_some(), "the good appeal is stored");
    assert!(
        case.consumer_recall.is_some(),
        "the rejection started the recall"
    );

    // refunds.
    let bad = corpus("refunds");
    let request = json!({"type":"refund_requested","id":"rr-1","order_id":"O-1","buyer_id":"B-1",
        "lines":[{"listing_id":"L-1","quantity":1}],"reason":"damaged",
        "requested_at":"2026-10-12T10:00:00Z","received_at":"2026-10-09T15:00:00Z",
        "evidence":["photo-1.jpg"],"payout":"original_payment"});
    let resp = stack
        .refunds()
        .handle_event(batch(&bad, &[("good-refund", request.to_string())]))
        .await;
    check("refunds", &resp, &bad, &["good-refund"], &logs, &personal);
    let part = stack.store().order_partition("O-1").await.unwrap();
    assert!(part.refund("rr-1").is_some(), "the good request is decided");

    // violations.
    let bad = corpus("violations");
    let report = json!({"type":"violation_reported","id":"vr-1","seller_id":"S-1",
        "violation":"false_information","reason":"The listing claims a CE marking it lacks.",
        "reported_at":"2026-11-05T10:00:00Z","reporter":"desk-ana"});
    let resp = stack
        .violations()
        .handle_event(batch(&bad, &[("good-report", report.to_string())]))
        .await;
    check(
        "violations",
        &resp,
        &bad,
        &["good-report"],
        &logs,
        &personal,
    );
    let stored: Option<Value> = stack.store().get_report("vr-1").await.unwrap();
    assert!(stored.is_some(), "the good report is stored");

    // consumer-notices: the broken pages, and pages that are well formed but
    // not ours (another market, no such case, an id or a cursor we never
    // issued): each a failure naming the field, none a page of 0 sent.
    let mut bad = corpus("consumer-notices");
    let other_market = ["DE", "US", "BR"]
        .into_iter()
        .map(|m| Country::parse(m).unwrap())
        .find(|m| !case.markets.contains(m))
        .unwrap();
    let page = |case_id: &str, market: &Country, cursor: Option<&str>| ConsumerRecallPage {
        case_id: case_id.into(),
        market: market.clone(),
        cursor: cursor.map(str::to_string),
        kind: safety_domain::messages::PageKind::Recall,
    };
    let fr = Country::parse("FR").unwrap();
    let mut not_ours = |label: &str, body: String, message_id: String, field: &str| {
        bad.push(BadCase {
            label: label.into(),
            sqs_id: format!("not-ours-{field}"),
            body,
            message_id,
            field: field.into(),
        })
    };
    let p = page(CASE, &other_market, None);
    not_ours("another market", p.to_message(), p.message_id(), "market");
    let p = page("R-nope/L-nope", &fr, None);
    not_ours("no such case", p.to_message(), p.message_id(), "case_id");
    let mut forged: Value = serde_json::from_str(&page(CASE, &fr, None).to_message()).unwrap();
    forged["id"] = json!("crp-forged-1");
    not_ours(
        "an id we never issued",
        forged.to_string(),
        "crp-forged-1".into(),
        "id",
    );
    let p = page(CASE, &fr, Some("LISTING#L-1"));
    not_ours(
        "a cursor we never issued",
        p.to_message(),
        p.message_id(),
        "cursor",
    );
    let good = page(CASE, &fr, None);
    let before = stack.emails_to(&buyer_email).len();
    let resp = stack
        .consumer_notices()
        .handle_event(batch(&bad, &[("good-page", good.to_message())]))
        .await;
    check(
        "consumer-notices",
        &resp,
        &bad,
        &["good-page"],
        &logs,
        &personal,
    );
    assert_eq!(
        stack.emails_to(&buyer_email).len(),
        before + 1,
        "the good page told the buyer, once (the pages not ours told no one)"
    );
    stack.drop_table().await;
}
