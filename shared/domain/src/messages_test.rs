//! Unit tests of `messages` (kept beside it, out of the production file).

use super::*;

fn catalog(raw: &str) -> Result<CatalogMessage, MessageError> {
    CatalogMessage::parse(envelope(raw, "sqs-1")?).map(|(_, m)| m)
}

#[test]
fn malformed_json_names_the_sqs_message() {
    let e = catalog("{not json").unwrap_err();
    assert_eq!(e.message_id, "sqs-1");
    assert!(e.reason.contains("not valid JSON"));
}

#[test]
fn a_missing_id_is_refused() {
    let e = catalog(r#"{"type":"seller_upserted"}"#).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_str()), ("sqs-1", "id"));
}

#[test]
fn an_unknown_type_is_named() {
    let e = catalog(r#"{"type":"seller_deleted","id":"evt-9"}"#).unwrap_err();
    assert_eq!(e.field, "type");
    assert!(e.reason.contains("seller_deleted"));
    assert_eq!(e.message_id, "evt-9");
}

#[test]
fn a_missing_field_is_named() {
    let e = catalog(r#"{"type":"seller_upserted","id":"evt-1","seller_id":"S-1","name":"x"}"#)
        .unwrap_err();
    assert_eq!(e.field, "email");
    assert_eq!(e.message_id, "evt-1");
}

#[test]
fn an_unknown_field_is_named() {
    let e = catalog(r#"{"type":"seller_upserted","id":"evt-1","seller_id":"S-1","name":"x","email":"a@b.c","fax":"1"}"#)
        .unwrap_err();
    assert_eq!(e.field, "fax");
}

#[test]
fn a_bad_gtin_on_a_listing_names_the_field_path() {
    let e = catalog(r#"{"type":"listing_upserted","id":"evt-2","listing_id":"L-1","seller_id":"S-1","title":"t","gtins":["3760289220695"],"markets":["FR"],"updated_at":"2026-11-02T10:00:00Z"}"#)
        .unwrap_err();
    assert!(e.field.starts_with("gtins"), "{e}");
    assert!(e.reason.contains("check digit"), "{e}");
}

#[test]
fn a_float_price_is_refused_with_the_line() {
    let raw = r#"{"type":"order_placed","id":"evt-3","order_id":"O-1","placed_at":"2026-10-01T09:00:00Z",
      "buyer":{"buyer_id":"B-1","email":"a@b.c","name":"A","country":"FR","locale":"fr-FR"},
      "ship_to":{"country":"FR","postal_code":"75011","region":null},
      "lines":[{"listing_id":"L-1","quantity":1,"unit_price":{"amount":"24.9.0","currency":"EUR"},"fees":{"amount":"3.10","currency":"EUR"}}]}"#;
    let e = catalog(raw).unwrap_err();
    assert_eq!(e.field, "lines[0].unit_price.amount");
}

#[test]
fn the_architecture_samples_parse() {
    let raw = r#"{"type":"order_placed","id":"evt-3","order_id":"O-9001","placed_at":"2026-10-01T09:00:00Z",
 "buyer":{"buyer_id":"B-77","email":"anna@example.org","name":"Anna","country":"FR","locale":"fr-FR"},
 "ship_to":{"country":"FR","postal_code":"75011","region":null},
 "lines":[{"listing_id":"L-5001","quantity":1,"unit_price":{"amount":"24.90","currency":"EUR"},
       "fees":{"amount":"3.10","currency":"EUR"},"free_return":true}],
 "shipped_at":"2026-10-02T09:00:00Z","delivered_at":"2026-10-09T15:00:00Z"}"#;
    assert!(matches!(
        catalog(raw).unwrap(),
        CatalogMessage::OrderPlaced(_)
    ));
}

#[test]
fn a_page_of_the_longest_ids_we_accept_is_still_a_page_we_accept() {
    // A listing and an order id at their bound: the case id and the page id
    // composed of them stay within theirs, so our own next page is taken.
    let listing = "L".repeat(crate::kernel::limits::MAX_ID_BYTES);
    let order = "O".repeat(crate::kernel::limits::MAX_ID_BYTES);
    for kind in [PageKind::Recall, PageKind::OrderStop] {
        let page = ConsumerRecallPage {
            case_id: format!("R-safety_gate-A12/00001234/26/{listing}"),
            market: crate::kernel::ids::Country::parse("FR").unwrap(),
            cursor: Some(format!("ORDER#FR#{order}")),
            kind,
        };
        let (id, parsed) =
            ConsumerRecallPage::parse(envelope(&page.to_message(), "sqs-1").unwrap())
                .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((id, parsed), (page.message_id(), page));
    }
}

#[test]
fn an_order_stop_page_is_its_own_type_with_its_own_ids() {
    let fr = crate::kernel::ids::Country::parse("FR").unwrap();
    let stop = ConsumerRecallPage::first("R-1/L-1", &fr, PageKind::OrderStop);
    let msg: serde_json::Value = serde_json::from_str(&stop.to_message()).unwrap();
    assert_eq!(msg["type"], "order_stop_page");
    assert_eq!(msg["id"], "osp:R-1/L-1:FR:start");
    assert_eq!(
        stop.next("ORDER#FR#O-9".into()).message_id(),
        "osp:R-1/L-1:FR:ORDER#FR#O-9"
    );
    // A stop page's id under the recall page's type is not a page we queued.
    let raw = r#"{"type":"consumer_recall_page","id":"osp:R-1/L-1:FR:start","case_id":"R-1/L-1","market":"FR","cursor":null}"#;
    let e = ConsumerRecallPage::parse(envelope(raw, "sqs-1").unwrap()).unwrap_err();
    assert_eq!(e.field, "id");
    assert!(e.reason.contains("crp:"), "{}", e.reason);
}

#[test]
fn a_page_whose_id_is_not_the_one_we_build_is_refused_naming_the_id() {
    let raw = r#"{"type":"consumer_recall_page","id":"crp:C-1:FR:start","case_id":"C-2","market":"FR","cursor":null}"#;
    let e = ConsumerRecallPage::parse(envelope(raw, "sqs-1").unwrap()).unwrap_err();
    assert_eq!(
        (e.message_id.as_str(), e.field.as_str()),
        ("crp:C-1:FR:start", "id")
    );
}

#[test]
fn a_sellers_time_zone_is_an_iana_zone_or_a_named_error() {
    let ok = catalog(
        r#"{"type":"seller_upserted","id":"evt-1","seller_id":"S-1","name":"x","email":"a@b.c","locale":"zh-CN","time_zone":"Asia/Shanghai"}"#,
    );
    assert!(ok.is_ok(), "{ok:?}");
    let e = catalog(
        r#"{"type":"seller_upserted","id":"evt-1","seller_id":"S-1","name":"x","email":"a@b.c","time_zone":"Mars/Olympus"}"#,
    )
    .unwrap_err();
    assert_eq!(
        (e.message_id.as_str(), e.field.as_str()),
        ("evt-1", "time_zone")
    );
}
