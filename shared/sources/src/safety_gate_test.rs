//! Unit tests of `safety_gate` (kept beside it, out of the production file).

use super::*;

const WEEKLY: &str =
    include_str!("../../../tests/fixtures/recalls/safety_gate/weekly_report_structure.xml");
const MALFORMED: &str =
    include_str!("../../../tests/fixtures/recalls/broken/safety_gate_malformed.xml");
const BAD_BARCODE: &str =
    include_str!("../../../tests/fixtures/recalls/broken/safety_gate_bad_barcode_check_digit.xml");

fn xml(raw: &str) -> Value {
    Value::String(raw.to_string())
}

/// The `<notifications>` element of the weekly report, alone.
fn notification() -> String {
    let start = WEEKLY.find("<notifications>").unwrap();
    let end = WEEKLY.find("</notifications>").unwrap() + "</notifications>".len();
    WEEKLY[start..end].to_string()
}

fn codes(r: &Recall) -> Vec<&str> {
    r.markets.iter().map(|c| c.as_str()).collect()
}

#[test]
fn a_notification_element_is_read_with_its_case_number_and_alert_url() {
    let r = parse(&xml(&notification()), "msg-1").unwrap();
    assert_eq!(r.id, "R-safety_gate-SR-02362-26");
    assert_eq!(r.sources[0].source, "safety_gate");
    assert_eq!(r.sources[0].reference, "SR/02362/26");
    assert_eq!(
        r.sources[0].url.as_deref(),
        Some("https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10118487")
    );
    assert_eq!(r.channel, Channel::Regulator);
}

#[test]
fn a_notification_yields_brand_model_batch_and_barcode() {
    let r = parse(&xml(&notification()), "msg-1").unwrap();
    assert_eq!(r.product.brand.as_deref(), Some("MICA"));
    assert_eq!(r.product.models, ["1121031"]);
    assert_eq!(r.product.batches, ["B-42"]);
    assert_eq!(
        r.product
            .gtins
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>(),
        ["08720362191049"]
    );
    assert_eq!(r.title, "LED tree");
    assert_eq!(r.product.name.as_deref(), Some("LED tree"));
    assert_eq!(r.hazard, "Environment: Excessive lead");
}

#[test]
fn a_serious_electrical_alert_applies_to_the_whole_eea() {
    let r = parse(&xml(&notification()), "msg-1").unwrap();
    assert_eq!(r.risk, RiskLevel::Serious);
    assert_eq!(r.category, Some(Category::DigitalElectronicsAndAppliances));
    assert_eq!(r.markets.len(), EU_EEA.len());
    assert!(codes(&r).contains(&"LU") && codes(&r).contains(&"NO"));
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Refund, Remedy::StopUsing])
    );
}

#[test]
fn a_whole_report_with_one_notification_is_accepted() {
    let r = parse(&xml(WEEKLY), "msg-1").unwrap();
    assert_eq!(r.sources[0].reference, "SR/02362/26");
    let dated = WEEKLY.replace(
        "<Safety-Gate>",
        "<Safety-Gate><report_date>26/09/2026</report_date>",
    );
    let r = parse(&xml(&dated), "msg-1").unwrap();
    assert_eq!(
        r.published_at.unwrap().to_rfc3339(),
        "2026-09-26T00:00:00+00:00"
    );
}

#[test]
fn a_report_with_two_notifications_is_refused() {
    let two = WEEKLY.replace(
        "</Safety-Gate>",
        &format!("{}</Safety-Gate>", notification()),
    );
    let e = parse(&xml(&two), "msg-2").unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.record_id.as_str()),
        ("notifications", "msg-2")
    );
    assert!(e.reason.contains('2'), "{e}");
}

#[test]
fn a_notifying_country_outside_the_eea_is_added_to_the_markets() {
    let r = parse(
        &xml(&notification().replace("Luxembourg", "Switzerland")),
        "msg-1",
    )
    .unwrap();
    assert!(codes(&r).contains(&"CH"));
    assert_eq!(r.markets.len(), EU_EEA.len() + 1);
}

#[test]
fn malformed_xml_is_refused_with_the_parser_message() {
    let e = parse(&xml(MALFORMED), "msg-3").unwrap_err();
    assert_eq!(e.source, "safety_gate");
    assert_eq!(e.record_id, "msg-3");
    assert_eq!(e.field, "brand");
    assert!(e.reason.starts_with("malformed XML"), "{e}");
}

#[test]
fn a_barcode_with_a_wrong_check_digit_is_an_error_on_barcode() {
    let e = parse(&xml(BAD_BARCODE), "msg-4").unwrap_err();
    assert_eq!(e.field, "barcode");
    assert_eq!(e.record_id, "SR/00001/26");
    assert!(e.reason.contains("check digit"), "{e}");
}

#[test]
fn an_empty_nil_or_unknown_barcode_is_no_barcode() {
    for barcode in [
        "<barcode/>",
        "<barcode></barcode>",
        r#"<barcode xsi:nil="true"/>"#,
        r#"<barcode xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"></barcode>"#,
        "<barcode><![CDATA[unknown]]></barcode>",
        "<barcode>-</barcode>",
        "<barcode>N/A</barcode>",
    ] {
        let rec = notification().replace("<barcode>8720362191049</barcode>", barcode);
        let r = parse(&xml(&rec), "msg-1").unwrap_or_else(|e| panic!("{barcode}: {e}"));
        assert!(r.product.gtins.is_empty(), "{barcode}");
    }
}

#[test]
fn several_barcodes_in_one_field_are_all_taken() {
    let rec = notification().replace(
        "<barcode>8720362191049</barcode>",
        "<barcode>EAN 8720362191049, 3760289220694 96385074</barcode>",
    );
    let r = parse(&xml(&rec), "msg-1").unwrap();
    assert_eq!(r.product.gtins.len(), 3);
}

#[test]
fn the_old_batch_number_barcode_field_is_split() {
    let rec = notification()
        .replace("<batchNumber>B-42</batchNumber>", "")
        .replace(
            "<barcode>8720362191049</barcode>",
            "<batchNumber_barcode><![CDATA[Batch number: 2020/09 - Barcode: 3760289220694]]></batchNumber_barcode>",
        );
    let r = parse(&xml(&rec), "msg-1").unwrap();
    assert_eq!(
        r.product
            .gtins
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>(),
        ["03760289220694"]
    );
    assert_eq!(r.product.batches, ["2020/09"]);
}

#[test]
fn a_missing_case_number_is_named() {
    let rec = notification().replace("<caseNumber>SR/02362/26</caseNumber>", "");
    let e = parse(&xml(&rec), "msg-5").unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.record_id.as_str()),
        ("caseNumber", "msg-5")
    );
}

#[test]
fn a_record_that_is_not_a_string_is_refused() {
    let e = parse(&serde_json::json!({"caseNumber": "SR/1"}), "msg-6").unwrap_err();
    assert_eq!(e.field, "record");
}

#[test]
fn measures_decide_the_remedies_and_levels_the_risk() {
    let rec = notification()
        .replace("</danger>", "</danger><measures>Withdrawal of the product from the market; destruction of the product</measures>")
        .replace("Serious risk", "High risk");
    let r = parse(&xml(&rec), "msg-1").unwrap();
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Refund, Remedy::Dispose])
    );
    assert_eq!(r.risk, RiskLevel::High);
    let r = parse(
        &xml(&notification().replace("Serious risk", "Other")),
        "msg-1",
    )
    .unwrap();
    assert_eq!(r.risk, RiskLevel::Other);
}

#[test]
fn safety_gate_categories_map_to_the_platform_lists() {
    assert_eq!(category("Toys"), Some(Category::Toys));
    assert_eq!(
        category("Childcare articles and children's equipment"),
        Some(Category::MotherAndKids)
    );
    assert_eq!(
        category("Clothing, textiles and fashion items"),
        Some(Category::ClothingAndTextiles)
    );
    assert_eq!(
        category("Hobby/sports equipment"),
        Some(Category::OutdoorSportsEquipment)
    );
    assert_eq!(category("Motor vehicles"), None);
}
