//! The carrier's status on `order_placed` and `order_updated` (SPEC 2, "Lost
//! in transit"): parsed into an enum, refused naming the field and the
//! message (never the value), kept newest first.

use chrono::{DateTime, TimeZone, Utc};
use safety_domain::carrier::{CarrierReport, CarrierStatus};
use safety_domain::messages::{envelope, CatalogMessage, MessageError};
use serde_json::{json, Value};

fn at(d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap()
}

fn parse(body: &Value) -> Result<CatalogMessage, MessageError> {
    CatalogMessage::parse(envelope(&body.to_string(), "sqs-1")?).map(|(_, m)| m)
}

fn updated(extra: Value) -> Value {
    let mut b = json!({"type":"order_updated","id":"evt-9","order_id":"O-1"});
    for (k, v) in extra.as_object().into_iter().flatten() {
        b[k] = v.clone();
    }
    b
}

fn placed(extra: Value) -> Value {
    let mut b = json!({"type":"order_placed","id":"evt-3","order_id":"O-1",
        "placed_at":"2026-10-01T09:00:00Z",
        "buyer":{"buyer_id":"B-1","email":"a@b.c","name":"A","country":"FR","locale":"fr-FR"},
        "ship_to":{"country":"FR","postal_code":"75011","region":null},
        "lines":[{"listing_id":"L-1","quantity":1,"unit_price":{"amount":"24.90","currency":"EUR"},
                  "fees":{"amount":"3.10","currency":"EUR"}}]});
    for (k, v) in extra.as_object().into_iter().flatten() {
        b[k] = v.clone();
    }
    b
}

#[test]
fn order_updated_carries_the_carriers_status_and_its_time() {
    for status in CarrierStatus::ALL {
        let m = parse(&updated(json!({"carrier_status": status.as_str(),
            "carrier_status_at": "2026-11-04T08:00:00+01:00"})))
        .unwrap();
        let CatalogMessage::OrderUpdated(u) = m else {
            panic!("not an order_updated")
        };
        assert_eq!(
            u.carrier_report(),
            Some(CarrierReport {
                status,
                at: at(4, 7)
            })
        );
    }
}

#[test]
fn order_placed_carries_the_carriers_status_and_without_it_has_none() {
    let CatalogMessage::OrderPlaced(o) = parse(&placed(
        json!({"carrier_status":"in_transit","carrier_status_at":"2026-11-04T08:00:00Z"}),
    ))
    .unwrap() else {
        panic!("not an order_placed")
    };
    assert_eq!(o.carrier_status, Some(CarrierStatus::InTransit));
    let CatalogMessage::OrderPlaced(o) = parse(&placed(json!({}))).unwrap() else {
        panic!("not an order_placed")
    };
    assert_eq!(o.carrier_report(), None);
}

#[test]
fn an_unknown_carrier_status_is_refused_naming_the_field_and_message_never_the_value() {
    for (body, id) in [
        (
            updated(json!({"carrier_status":"Lost-Anna-Dupont-75011",
                "carrier_status_at":"2026-11-04T08:00:00Z"})),
            "evt-9",
        ),
        (
            placed(json!({"carrier_status":"Lost-Anna-Dupont-75011",
                "carrier_status_at":"2026-11-04T08:00:00Z"})),
            "evt-3",
        ),
        (
            updated(json!({"carrier_status":"LOST","carrier_status_at":"2026-11-04T08:00:00Z"})),
            "evt-9",
        ),
        (
            updated(json!({"carrier_status":4711,"carrier_status_at":"2026-11-04T08:00:00Z"})),
            "evt-9",
        ),
        (
            updated(json!({"carrier_status":{"name":"Anna"},
                "carrier_status_at":"2026-11-04T08:00:00Z"})),
            "evt-9",
        ),
    ] {
        let e = parse(&body).unwrap_err();
        assert_eq!(e.message_id, id, "{e}");
        assert_eq!(e.field, "carrier_status", "{e}");
        let shown = e.to_string();
        for secret in ["Anna", "Dupont", "LOST", "4711"] {
            assert!(!shown.contains(secret), "the value is repeated: {shown}");
        }
        assert!(
            shown.contains("in_transit, delivered, lost, returned_to_sender"),
            "{shown}"
        );
    }
}

#[test]
fn a_carrier_status_without_its_time_is_refused_naming_carrier_status_at() {
    for (body, id) in [
        (updated(json!({"carrier_status":"lost"})), "evt-9"),
        (
            updated(json!({"carrier_status":"lost","carrier_status_at":null})),
            "evt-9",
        ),
        (placed(json!({"carrier_status":"lost"})), "evt-3"),
    ] {
        let e = parse(&body).unwrap_err();
        assert_eq!(
            (e.message_id.as_str(), e.field.as_str()),
            (id, "carrier_status_at"),
            "{e}"
        );
        assert!(e.reason.contains("required"), "{e}");
    }
}

#[test]
fn a_carrier_time_without_a_status_is_refused_naming_carrier_status() {
    for (body, id) in [
        (
            updated(json!({"carrier_status_at":"2026-11-04T08:00:00Z"})),
            "evt-9",
        ),
        (
            placed(json!({"carrier_status_at":"2026-11-04T08:00:00Z"})),
            "evt-3",
        ),
    ] {
        let e = parse(&body).unwrap_err();
        assert_eq!(
            (e.message_id.as_str(), e.field.as_str()),
            (id, "carrier_status"),
            "{e}"
        );
    }
}

#[test]
fn a_carrier_time_that_is_not_rfc_3339_is_refused_naming_the_field() {
    let e = parse(&updated(
        json!({"carrier_status":"lost","carrier_status_at":"04/11/2026"}),
    ))
    .unwrap_err();
    assert_eq!(
        (e.message_id.as_str(), e.field.as_str()),
        ("evt-9", "carrier_status_at")
    );
}

#[test]
fn the_later_carrier_report_wins_and_a_late_older_one_never_overwrites_it() {
    let lost = CarrierReport {
        status: CarrierStatus::Lost,
        at: at(4, 8),
    };
    let older = CarrierReport {
        status: CarrierStatus::InTransit,
        at: at(3, 8),
    };
    let newer = CarrierReport {
        status: CarrierStatus::Delivered,
        at: at(6, 8),
    };
    assert_eq!(CarrierReport::newest(None, Some(lost)), Some(lost));
    assert_eq!(CarrierReport::newest(Some(lost), Some(older)), Some(lost));
    assert_eq!(CarrierReport::newest(Some(lost), None), Some(lost));
    assert_eq!(CarrierReport::newest(Some(lost), Some(newer)), Some(newer));
    // The same instant (a redelivery, or a second report at the same time):
    // the stored one stays.
    let same = CarrierReport {
        status: CarrierStatus::Delivered,
        at: at(4, 8),
    };
    assert_eq!(CarrierReport::newest(Some(lost), Some(same)), Some(lost));
}
