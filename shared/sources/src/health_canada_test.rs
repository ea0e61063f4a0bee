//! Unit tests of `health_canada` (kept beside it, out of the production file).

use super::*;
use safety_domain::Remedy;
use serde_json::json;
use std::collections::BTreeSet;

const ENOKI: &str = include_str!(
    "../../../tests/fixtures/recalls/health_canada/constructed_cfia_listeria_90412.json"
);
const NO_NID: &str =
    include_str!("../../../tests/fixtures/recalls/broken/health_canada_missing_nid.json");

fn fixture(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap()
}

#[test]
fn a_cfia_record_is_a_serious_canadian_food_recall_named_by_its_nid() {
    let r = parse(&fixture(ENOKI), "msg-1").unwrap();
    assert_eq!(r.id, "R-health_canada-90412");
    assert_eq!(r.sources[0].source, "health_canada");
    assert_eq!(r.sources[0].reference, "90412");
    assert_eq!(
        r.sources[0].url.as_deref(),
        Some("https://recalls-rappels.canada.ca/en/alert-recall/certain-maple-ridge-brand-enoki-mushrooms-recalled-due-listeria-monocytogenes")
    );
    assert_eq!(r.channel, Channel::Regulator);
    assert_eq!(r.risk, RiskLevel::Serious);
    assert_eq!(r.category, Some(Category::Foods));
    assert_eq!(
        r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["CA"]
    );
    assert_eq!(
        r.published_at.unwrap().to_rfc3339(),
        "2026-11-02T00:00:00+00:00"
    );
    assert_eq!(
        r.title,
        "Certain Maple Ridge brand enoki mushrooms recalled due to Listeria monocytogenes"
    );
    assert_eq!(r.hazard, "Food - Microbial Contamination - Listeria");
}

#[test]
fn a_record_names_the_product_only_in_words_so_its_matches_are_weak() {
    let r = parse(&fixture(ENOKI), "msg-1").unwrap();
    assert_eq!(
        r.product.name.as_deref(),
        Some("Maple Ridge Enoki mushrooms, 200 g")
    );
    assert!(r.product.from_prose);
    assert!(r.product.gtins.is_empty());
    assert_eq!(r.product.brand, None);
    assert!(r.product.models.is_empty() && r.product.batches.is_empty());
}

#[test]
fn what_you_should_do_is_plain_text_and_gives_the_remedies() {
    let r = parse(&fixture(ENOKI), "msg-1").unwrap();
    assert_eq!(
        r.consumer_instructions,
        "Do not consume, serve, use, sell, or distribute recalled products. Recalled products \
         should be thrown out or returned to the location where they were purchased."
    );
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::StopUsing, Remedy::Dispose])
    );
}

#[test]
fn an_absolute_url_is_kept_and_a_nid_may_be_a_number() {
    let mut rec = fixture(ENOKI);
    rec["URL"] = json!("https://recalls-rappels.canada.ca/en/alert-recall/x");
    rec["NID"] = json!(90412);
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(
        r.sources[0].url.as_deref(),
        Some("https://recalls-rappels.canada.ca/en/alert-recall/x")
    );
    assert_eq!(r.sources[0].reference, "90412");
    rec["URL"] = json!("javascript:alert(1)");
    let e = parse(&rec, "msg-1").unwrap_err();
    assert_eq!((e.record_id.as_str(), e.field.as_str()), ("90412", "URL"));
}

#[test]
fn the_recall_class_is_the_risk_and_an_empty_one_is_read_from_the_hazard() {
    for (class, risk) in [
        ("Type I", RiskLevel::Serious),
        ("Type II", RiskLevel::High),
        ("Class 3", RiskLevel::Other),
        ("Type III", RiskLevel::Other),
    ] {
        let mut rec = fixture(ENOKI);
        rec["Recall class"] = json!(class);
        assert_eq!(parse(&rec, "m").unwrap().risk, risk, "{class}");
    }
    let mut rec = fixture(ENOKI);
    rec["Recall class"] = json!("");
    rec["Issue"] = json!("Fire hazard");
    assert_eq!(parse(&rec, "m").unwrap().risk, RiskLevel::High);
    rec["Issue"] = json!("Risk of serious injury or death");
    assert_eq!(parse(&rec, "m").unwrap().risk, RiskLevel::Serious);
    rec["Recall class"] = json!("Urgent");
    let e = parse(&rec, "m").unwrap_err();
    assert_eq!(
        (e.record_id.as_str(), e.field.as_str()),
        ("90412", "Recall class")
    );
}

#[test]
fn categories_and_organisations_map_to_the_lists() {
    assert_eq!(
        category(Some("Beauty and personal care"), None),
        Some(Category::SkinCareCosmetics)
    );
    assert_eq!(
        category(Some("Multiple food items"), Some("CFIA")),
        Some(Category::Foods)
    );
    assert_eq!(category(Some("Toys"), None), Some(Category::Toys));
    assert_eq!(
        category(None, Some("Medical devices")),
        Some(Category::MedicalDevices)
    );
    assert_eq!(
        category(Some("Drugs"), Some("Drugs and health products")),
        None
    );
}

#[test]
fn a_record_without_nid_or_title_or_with_a_bad_date_is_refused_naming_the_field() {
    let e = parse(&fixture(NO_NID), "msg-b").unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("health_canada", "msg-b", "NID")
    );
    let mut rec = fixture(ENOKI);
    rec.as_object_mut().unwrap().remove("Title");
    let e = parse(&rec, "msg-1").unwrap_err();
    assert_eq!((e.record_id.as_str(), e.field.as_str()), ("90412", "Title"));
    let mut rec = fixture(ENOKI);
    rec["Last updated"] = json!("02/11/2026");
    let e = parse(&rec, "msg-1").unwrap_err();
    assert_eq!(
        (e.record_id.as_str(), e.field.as_str()),
        ("90412", "Last updated")
    );
    let mut rec = fixture(ENOKI);
    rec["Product"] = json!(["a", "b"]);
    assert_eq!(parse(&rec, "msg-1").unwrap_err().field, "Product");
    assert_eq!(parse(&json!("x"), "msg-1").unwrap_err().field, "record");
}

#[test]
fn the_file_is_read_bare_or_wrapped_in_data() {
    let one = fixture(ENOKI);
    let bare = json!([one, one]).to_string();
    assert_eq!(health_canada_records(&bare).unwrap().len(), 2);
    let wrapped = json!({"data": [one]}).to_string();
    let records = health_canada_records(&wrapped).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(
        parse(&records[0], "m").unwrap().sources[0].reference,
        "90412"
    );
    assert!(health_canada_records("[]").unwrap().is_empty());
}

#[test]
fn a_truncated_file_is_a_named_error() {
    let whole = json!({"data": [fixture(ENOKI), fixture(ENOKI)]}).to_string();
    let cut = &whole[..whole.len() / 2];
    let e = health_canada_records(cut).unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("health_canada", "HCRSAMOpenData.json", "body")
    );
    assert!(e.reason.starts_with("is truncated"), "{e}");
    assert!(!e.reason.contains("Maple"), "no value quoted: {e}");
}

#[test]
fn an_error_page_or_another_shape_is_a_named_error() {
    let e = health_canada_records("<!DOCTYPE html><html><body>503</body></html>").unwrap_err();
    assert_eq!(e.field, "body");
    assert!(e.reason.contains("HTML"), "{e}");
    assert_eq!(
        health_canada_records("{\"rows\": []}").unwrap_err().field,
        "data"
    );
    assert_eq!(
        health_canada_records("{\"data\": {}}").unwrap_err().field,
        "data"
    );
    assert_eq!(health_canada_records("\"x\"").unwrap_err().field, "body");
    assert_eq!(health_canada_records("[{}, 3]").unwrap_err().field, "[1]");
    assert_eq!(
        health_canada_records("{\"data\": [3]}").unwrap_err().field,
        "data[0]"
    );
    assert_eq!(health_canada_records("[1,,]").unwrap_err().field, "body");
}
