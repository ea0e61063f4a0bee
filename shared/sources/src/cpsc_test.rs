//! Unit tests of `cpsc` (kept beside it, out of the production file).

use super::*;
use safety_domain::{Category, RiskLevel};
use serde_json::json;

const RECALL_10882: &str =
    include_str!("../../../tests/fixtures/recalls/cpsc/recall_10882_abridged.json");
const ERROR_BODY: &str =
    include_str!("../../../tests/fixtures/recalls/cpsc/error_body_http200.json");
const BAD_UPC: &str =
    include_str!("../../../tests/fixtures/recalls/broken/cpsc_bad_upc_check_digit.json");

fn fixture(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap()
}

#[test]
fn recall_10882_is_read_with_its_recall_number_and_url() {
    let r = parse(&fixture(RECALL_10882), "msg-1").unwrap();
    assert_eq!(r.id, "R-cpsc-26645");
    assert_eq!(r.sources.len(), 1);
    assert_eq!(r.sources[0].source, "cpsc");
    assert_eq!(r.sources[0].reference, "26645");
    assert!(r.sources[0]
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://www.cpsc.gov/Recalls/2026/15-Drawer-Dressers"));
    assert_eq!(r.channel, Channel::Regulator);
}

#[test]
fn recall_10882_is_a_serious_us_furniture_recall_with_a_refund() {
    let r = parse(&fixture(RECALL_10882), "msg-1").unwrap();
    assert_eq!(r.risk, RiskLevel::Serious);
    assert_eq!(
        r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["US"]
    );
    assert_eq!(r.category, Some(Category::HouseholdProducts));
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Refund, Remedy::StopUsing])
    );
    assert!(r
        .consumer_instructions
        .starts_with("Consumers should stop using"));
    assert_eq!(
        r.published_at.unwrap().to_rfc3339(),
        "2026-07-30T00:00:00+00:00"
    );
    assert_eq!(
        r.image_url.as_deref(),
        Some("https://www.cpsc.gov/s3fs-public/Picture1_55.jpg")
    );
    assert!(r.timing.is_none());
}

#[test]
fn recall_10882_names_the_brand_in_prose_and_no_gtin_or_model() {
    let r = parse(&fixture(RECALL_10882), "msg-1").unwrap();
    // Its product name starts with the brand its importer trades as
    // ("dba Enhomee-Direct"); "15-Drawer" and "51\"" are sizes, not models.
    assert_eq!(r.product.brand.as_deref(), Some("EnHomee"));
    assert!(r.product.from_prose);
    assert_eq!(
        r.product.name.as_deref(),
        Some("EnHomee 15-Drawer 51\" Dressers")
    );
    assert!(r.product.gtins.is_empty());
    assert!(r.product.models.is_empty());
    assert!(r.title.starts_with("15-Drawer Dressers Recalled"));
    assert!(r.hazard.starts_with("The recalled dressers are unstable"));
}

#[test]
fn the_api_array_of_one_recall_is_accepted() {
    let one = Value::Array(vec![fixture(RECALL_10882)]);
    assert_eq!(parse(&one, "msg-1").unwrap().id, "R-cpsc-26645");
    let two = Value::Array(vec![fixture(RECALL_10882), fixture(RECALL_10882)]);
    assert_eq!(parse(&two, "msg-1").unwrap_err().field, "record");
}

#[test]
fn the_api_error_body_is_an_error_on_recall_id() {
    let e = parse(&fixture(ERROR_BODY), "msg-err").unwrap_err();
    assert_eq!(e.source, "cpsc");
    assert_eq!(e.field, "RecallID");
    assert_eq!(e.record_id, "msg-err");
    assert!(e.reason.contains("Error retrieving Recalls"), "{e}");
}

#[test]
fn a_upc_with_a_bad_check_digit_names_its_index() {
    let e = parse(&fixture(BAD_UPC), "msg-2").unwrap_err();
    assert_eq!(e.field, "ProductUPCs[1].UPC");
    assert_eq!(e.record_id, "99001");
    assert!(e.reason.contains("check digit"), "{e}");
}

#[test]
fn upcs_become_gtin_14s_and_models_are_split() {
    let mut rec = fixture(RECALL_10882);
    rec["ProductUPCs"] = json!([{"UPC": "850012345671"}, {"UPC": ""}]);
    rec["Products"][0]["Model"] = json!("JB-100; JB-200, , jb 100");
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(
        r.product
            .gtins
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>(),
        ["00850012345671"]
    );
    assert_eq!(r.product.models, ["JB-100", "JB-200"]);
}

#[test]
fn a_recall_without_death_or_serious_injury_is_high_risk() {
    let mut rec = fixture(RECALL_10882);
    rec["Title"] = json!("Kettles Recalled Due to Burn Hazard");
    rec["Hazards"] = json!([{"Name": "The lid can open, posing a burn hazard."}]);
    rec["Products"] = json!([{"Name": "Acme Electric Kettle", "Model": "", "Type": ""}]);
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(r.risk, RiskLevel::High);
    assert_eq!(r.category, Some(Category::DigitalElectronicsAndAppliances));
}

#[test]
fn recall_id_stands_in_for_a_missing_recall_number() {
    let mut rec = fixture(RECALL_10882);
    rec["RecallNumber"] = Value::Null;
    assert_eq!(parse(&rec, "msg-1").unwrap().id, "R-cpsc-10882");
}

#[test]
fn a_malformed_recall_date_is_named() {
    let mut rec = fixture(RECALL_10882);
    rec["RecallDate"] = json!("30/07/2026");
    let e = parse(&rec, "msg-1").unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.record_id.as_str()),
        ("RecallDate", "26645")
    );
}

#[test]
fn a_products_field_of_the_wrong_shape_is_named() {
    let mut rec = fixture(RECALL_10882);
    rec["Products"] = json!(["a string"]);
    assert_eq!(parse(&rec, "msg-1").unwrap_err().field, "Products[0]");
}

#[test]
fn a_record_naming_the_product_only_in_its_title_yields_brand_and_model_from_prose() {
    let mut rec = fixture(RECALL_10882);
    rec["Title"] =
        json!("Solven Recalls KX40 Space Heaters Due to Fire Hazard; Sold Exclusively at Target");
    rec["Products"] = json!([{"Name": "Solven KX40 Space Heaters", "Model": "", "Type": ""}]);
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(r.product.brand.as_deref(), Some("Solven"));
    assert_eq!(r.product.models, ["KX40"]);
    assert!(r.product.from_prose, "its matches must wait for the desk");
    assert!(r.product.gtins.is_empty());
}

#[test]
fn a_model_field_is_taken_instead_of_the_models_in_the_prose() {
    let mut rec = fixture(RECALL_10882);
    rec["Title"] = json!("Solven Recalls KX40 Space Heaters Due to Fire Hazard");
    rec["Products"] =
        json!([{"Name": "Solven KX40 Space Heaters", "Model": "KX-40A; KX-40B", "Type": ""}]);
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(r.product.models, ["KX-40A", "KX-40B"]);
    // The brand is still read from the title: the pair stays weak.
    assert_eq!(r.product.brand.as_deref(), Some("Solven"));
    assert!(r.product.from_prose);
}

#[test]
fn a_record_with_no_brand_or_model_in_its_prose_is_not_marked_from_prose() {
    let mut rec = fixture(RECALL_10882);
    rec["Title"] = json!("Kettles Recalled Due to Burn Hazard");
    rec["Products"] = json!([{"Name": "Electric Kettles", "Model": "", "Type": ""}]);
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(r.product.brand, None);
    assert!(r.product.models.is_empty());
    assert!(!r.product.from_prose);
}
