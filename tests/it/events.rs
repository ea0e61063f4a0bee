//! Every sample in `events/` is an SQS event `cargo lambda invoke` can send,
//! and every body in it is a message its function accepts (the `broken_*`
//! samples excepted: they must be refused, naming the field).

use aws_lambda_events::event::sqs::SqsEvent;
use safety_domain::messages::{envelope, CatalogMessage, RecallReceived};
use std::path::{Path, PathBuf};

mod bad_input;

fn samples(function: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../events")
        .join(function);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no samples in {}", dir.display());
    files
}

fn bodies(path: &Path) -> Vec<(String, String)> {
    let event: SqsEvent = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{} is not an SQS event: {e}", path.display()));
    assert!(
        !event.records.is_empty() && event.records.len() <= 10,
        "{}: 1 to 10 records",
        path.display()
    );
    event
        .records
        .into_iter()
        .map(|r| (r.message_id.unwrap_or_default(), r.body.unwrap_or_default()))
        .collect()
}

#[test]
fn every_catalog_sync_sample_is_accepted() {
    let mut types = std::collections::BTreeSet::new();
    for path in samples("catalog-sync") {
        for (sqs_id, body) in bodies(&path) {
            let env = envelope(&body, &sqs_id).unwrap();
            types.insert(env.kind.clone());
            CatalogMessage::parse(env).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
    let expected: std::collections::BTreeSet<String> = CatalogMessage::TYPES
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(types, expected, "one sample per message type");
}

#[test]
fn every_recall_intake_sample_is_accepted_and_the_broken_one_refused() {
    for path in samples("recall-intake") {
        let broken = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("broken");
        for (sqs_id, body) in bodies(&path) {
            let msg = RecallReceived::parse(envelope(&body, &sqs_id).unwrap()).unwrap();
            let parsed = safety_sources::parse(
                &msg.source,
                msg.channel.as_deref(),
                msg.record.as_ref(),
                msg.recall.as_ref(),
                &msg.id,
            );
            match (broken, parsed) {
                (false, Err(e)) => panic!("{}: {e}", path.display()),
                (true, Ok(_)) => panic!("{} should be refused", path.display()),
                (true, Err(e)) => assert!(e.to_string().contains("UPC"), "{e}"),
                (false, Ok(_)) => {}
            }
        }
    }
}

#[test]
fn every_appeals_sample_is_accepted_one_per_type() {
    use safety_domain::messages::AppealsMessage;
    let mut types = std::collections::BTreeSet::new();
    for path in samples("appeals") {
        for (sqs_id, body) in bodies(&path) {
            let env = envelope(&body, &sqs_id).unwrap();
            types.insert(env.kind.clone());
            AppealsMessage::parse(env).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
    assert_eq!(types.len(), AppealsMessage::TYPES.len());
}

#[test]
fn the_consumer_notices_samples_are_accepted_one_per_type_with_stable_ids() {
    use safety_domain::ledger::violations::NoticePage;
    let mut types = std::collections::BTreeSet::new();
    for path in samples("consumer-notices") {
        for (sqs_id, body) in bodies(&path) {
            let env = envelope(&body, &sqs_id).unwrap();
            types.insert(env.kind.clone());
            let (id, page) = NoticePage::parse(env).unwrap();
            let stable = match page {
                NoticePage::Recall(p) => p.message_id(),
                NoticePage::Reminder(p) => p.message_id(),
            };
            assert_eq!(id, stable, "the sample uses the page's stable id");
        }
    }
    assert_eq!(types.len(), NoticePage::TYPES.len());
}

#[test]
fn every_violations_sample_is_accepted() {
    use safety_domain::ledger::violations::ViolationReported;
    for path in samples("violations") {
        for (sqs_id, body) in bodies(&path) {
            ViolationReported::parse(envelope(&body, &sqs_id).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

#[test]
fn the_scheduled_event_sample_has_its_time() {
    use aws_lambda_events::event::eventbridge::EventBridgeEvent;
    for path in samples("appeal-deadlines") {
        let event: EventBridgeEvent<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(
            event.time.is_some(),
            "{}: the check runs for the event's time",
            path.display()
        );
        assert_eq!(event.detail_type, "Scheduled Event");
    }
}

#[test]
fn every_refunds_sample_is_accepted_one_per_reason_and_the_broken_one_refused() {
    use safety_domain::refunds::request::RefundsMessage;
    use safety_domain::refunds::RefundReason;
    let mut reasons = std::collections::BTreeSet::new();
    let mut types = std::collections::BTreeSet::new();
    for path in samples("refunds") {
        let broken = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("broken");
        for (sqs_id, body) in bodies(&path) {
            let env = envelope(&body, &sqs_id).unwrap();
            types.insert(env.kind.clone());
            match (broken, RefundsMessage::parse(env)) {
                (false, Ok((_, RefundsMessage::Requested(req)))) => {
                    reasons.insert(req.reason);
                }
                (false, Ok((_, RefundsMessage::ReturnChecked(_)))) => {}
                (false, Err(e)) => panic!("{}: {e}", path.display()),
                (true, Ok(_)) => panic!("{} should be refused", path.display()),
                (true, Err(e)) => assert_eq!(e.field, "lines[0].quantity", "{e}"),
            }
        }
    }
    assert_eq!(
        reasons,
        RefundReason::ALL.into_iter().collect(),
        "a sample per reason"
    );
    assert_eq!(
        types.len(),
        RefundsMessage::TYPES.len(),
        "a sample per type"
    );
}

#[test]
fn the_carrier_lost_samples_carry_the_lost_status_and_the_matching_request_comes_before_the_window_ends(
) {
    use safety_domain::carrier::CarrierStatus;
    use safety_domain::refunds::request::RefundsMessage;
    use safety_domain::refunds::RefundReason;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../events");
    let order_of = |id: &str| {
        bodies(&dir.join("catalog-sync/demo_orders.json"))
            .into_iter()
            .find_map(|(sqs_id, body)| {
                match CatalogMessage::parse(envelope(&body, &sqs_id).ok()?) {
                    Ok((_, CatalogMessage::OrderPlaced(o))) if o.order_id == id => Some(o),
                    _ => None,
                }
            })
    };
    let [(sqs_id, body)] = &bodies(&dir.join("catalog-sync/order_updated_carrier_lost.json"))[..]
    else {
        panic!("one order_updated")
    };
    let Ok((_, CatalogMessage::OrderUpdated(update))) =
        CatalogMessage::parse(envelope(body, sqs_id).unwrap())
    else {
        panic!("an order_updated")
    };
    assert_eq!(update.carrier_status, Some(CarrierStatus::Lost));
    let order = order_of(&update.order_id).expect("the order is in demo_orders.json");
    let [(sqs_id, body)] = &bodies(&dir.join("refunds/lost_in_transit_carrier_lost.json"))[..]
    else {
        panic!("one refund_requested")
    };
    let Ok((_, RefundsMessage::Requested(req))) =
        RefundsMessage::parse(envelope(body, sqs_id).unwrap())
    else {
        panic!("a refund_requested")
    };
    assert_eq!(req.order_id, update.order_id);
    assert_eq!(req.reason, RefundReason::LostInTransit);
    assert!(update
        .carrier_status_at
        .is_some_and(|at| at <= req.requested_at));
    assert!(order
        .guaranteed_delivery_by
        .is_some_and(|g| req.requested_at < g));
}
