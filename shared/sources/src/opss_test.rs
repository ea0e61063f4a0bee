//! Unit tests of `opss` (kept beside it, out of the production file).

use super::*;
use serde_json::json;

const RECALL: &str =
    include_str!("../../../tests/fixtures/recalls/opss/constructed_product_recall_2609-0229.json");
const NO_TITLE: &str =
    include_str!("../../../tests/fixtures/recalls/broken/opss_missing_title.json");

fn fixture(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap()
}

fn gtins(r: &Recall) -> Vec<&str> {
    r.product.gtins.iter().map(|g| g.as_str()).collect()
}

fn with_body(body: &str) -> Value {
    let mut item = fixture(RECALL);
    item["details"]["body"] = json!(body);
    item
}

#[test]
fn a_content_item_is_named_by_the_psd_number_of_its_title() {
    let r = parse(&fixture(RECALL), "msg-1").unwrap();
    assert_eq!(r.id, "R-opss-2609-0229");
    assert_eq!(r.sources[0].source, "opss");
    assert_eq!(r.sources[0].reference, "2609-0229");
    assert_eq!(
        r.sources[0].url.as_deref(),
        Some("https://www.gov.uk/product-safety-alerts-reports-recalls/product-recall-brightwave-travel-hair-dryer-hd-2200-2609-0229")
    );
    assert_eq!(r.channel, Channel::Regulator);
    assert_eq!(
        r.title,
        "Product Recall: BrightWave Travel Hair Dryer HD-2200 sold via online marketplaces (2609-0229)"
    );
}

#[test]
fn the_facets_give_risk_category_remedies_and_date() {
    let r = parse(&fixture(RECALL), "msg-1").unwrap();
    assert_eq!(r.risk, RiskLevel::Serious);
    assert_eq!(r.category, Some(Category::DigitalElectronicsAndAppliances));
    // recall-of-product-from-end-users, and the corrective action's words.
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Refund, Remedy::StopUsing])
    );
    assert_eq!(
        r.published_at.unwrap().to_rfc3339(),
        "2026-09-09T00:00:00+00:00"
    );
    assert_eq!(
        r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["GB"]
    );
}

#[test]
fn the_body_table_gives_brand_models_batches_and_barcodes_as_fields() {
    let r = parse(&fixture(RECALL), "msg-1").unwrap();
    assert_eq!(gtins(&r), ["05060012345624", "05060012345679"]);
    assert_eq!(r.product.brand.as_deref(), Some("BrightWave"));
    assert_eq!(r.product.models, ["HD-2200", "HD-2200S"]);
    assert_eq!(r.product.batches, ["B2607", "B2608"]);
    assert_eq!(
        r.product.name.as_deref(),
        Some("BrightWave Travel Hair Dryer")
    );
    assert!(
        !r.product.from_prose,
        "a table row is a field of the notice"
    );
}

#[test]
fn the_body_sections_give_the_hazard_and_the_consumer_instructions() {
    let r = parse(&fixture(RECALL), "msg-1").unwrap();
    assert_eq!(
        r.hazard,
        "The plug's pins are undersized and the hair dryer has no thermal cut-out, so it can \
         overheat and catch fire or give an electric shock. The product does not meet the \
         requirements of the Electrical Equipment (Safety) Regulations 2016."
    );
    assert_eq!(
        r.consumer_instructions,
        "The product has been recalled from end users. Stop using the hair dryer now and return \
         it to the seller for a full refund."
    );
}

#[test]
fn a_table_with_a_header_row_gives_one_pair_per_product() {
    let body = "<h2>Product details</h2><TABLE><thead><tr><th>Brand</th><th>Model</th><th>Barcode (GTIN)</th><th>Batch/lot number</th></tr></thead>\
        <tbody><tr><td>Sunny</td><td>SL-1</td><td>5060012345679</td><td>L1</td></tr>\
        <tr><td>Sunny</td><td>SL-2</td><td>Not known</td><td>L2</td></tr></tbody></TABLE>";
    let r = parse(&with_body(body), "msg-1").unwrap();
    assert_eq!(r.product.brand.as_deref(), Some("Sunny"));
    assert_eq!(r.product.models, ["SL-1", "SL-2"]);
    assert_eq!(r.product.batches, ["L1", "L2"]);
    assert_eq!(gtins(&r), ["05060012345679"]);
    // No hazard section: the item's description.
    assert_eq!(
        r.hazard,
        "BrightWave Travel Hair Dryer HD-2200 presents a serious risk of fire and electric shock."
    );
}

#[test]
fn rows_of_two_cells_unclosed_cells_and_entities_are_read() {
    let body = "<table><tr><td>Model number</td><td>KX&#8209;40 &amp; KX-41<tr><td>EAN</td><td>5060012345679&nbsp;</td>\
        <tr><td>Brand</td><td>Unbranded</td></table><h3>Hazard</h3><p>Burns.";
    let r = parse(&with_body(body), "msg-1").unwrap();
    assert_eq!(r.product.models, ["KX‑40 & KX-41"]);
    assert_eq!(gtins(&r), ["05060012345679"]);
    assert_eq!(r.product.brand, None, "unbranded is no brand");
    assert_eq!(r.hazard, "Burns.");
    // Without a product name row, the title's product.
    assert_eq!(
        r.product.name.as_deref(),
        Some("BrightWave Travel Hair Dryer HD-2200")
    );
}

#[test]
fn a_barcode_with_a_wrong_check_digit_names_its_row() {
    let body = "<table><tr><th>Barcode</th><td>5060012345670</td></tr></table>";
    let e = parse(&with_body(body), "msg-1").unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("opss", "2609-0229", "details.body.Barcode")
    );
    assert!(e.reason.contains("check digit"), "{e}");
}

#[test]
fn without_a_psd_number_the_slug_names_the_item() {
    let mut item = fixture(RECALL);
    item["title"] = json!("Product Safety Report: Hand warmers");
    let r = parse(&item, "msg-1").unwrap();
    assert_eq!(
        r.sources[0].reference,
        "product-recall-brightwave-travel-hair-dryer-hd-2200-2609-0229"
    );
    item.as_object_mut().unwrap().remove("base_path");
    let e = parse(&item, "msg-2").unwrap_err();
    assert_eq!(
        (e.record_id.as_str(), e.field.as_str()),
        ("msg-2", "base_path")
    );
}

#[test]
fn risk_levels_of_the_finder_and_an_unknown_one() {
    for (level, risk) in [
        ("high", RiskLevel::High),
        ("medium", RiskLevel::Other),
        ("low", RiskLevel::Other),
        ("not-provided", RiskLevel::Other),
    ] {
        let mut item = fixture(RECALL);
        item["details"]["metadata"]["product_risk_level"] = json!(level);
        assert_eq!(parse(&item, "m").unwrap().risk, risk, "{level}");
    }
    let mut item = fixture(RECALL);
    item["details"]["metadata"]["product_risk_level"] = json!("extreme");
    let e = parse(&item, "m").unwrap_err();
    assert_eq!(
        (e.record_id.as_str(), e.field.as_str()),
        ("2609-0229", "details.metadata.product_risk_level")
    );
}

#[test]
fn bad_facets_and_dates_are_named() {
    let mut item = fixture(RECALL);
    item["details"]["metadata"]["product_recall_alert_date"] = json!("09/09/2026");
    assert_eq!(
        parse(&item, "m").unwrap_err().field,
        "details.metadata.product_recall_alert_date"
    );
    let mut item = fixture(RECALL);
    item["details"]["metadata"]["product_measure_type"] =
        json!(["recall-of-product-from-end-users", 3]);
    assert_eq!(
        parse(&item, "m").unwrap_err().field,
        "details.metadata.product_measure_type[1]"
    );
    let mut item = fixture(RECALL);
    item["details"] = json!("body");
    assert_eq!(parse(&item, "m").unwrap_err().field, "details");
    // Without the alert date, the time the page was updated.
    let mut item = fixture(RECALL);
    item["details"]["metadata"]
        .as_object_mut()
        .unwrap()
        .remove("product_recall_alert_date");
    assert_eq!(
        parse(&item, "m")
            .unwrap()
            .published_at
            .unwrap()
            .to_rfc3339(),
        "2026-09-10T09:00:00+00:00"
    );
}

#[test]
fn finder_categories_map_to_the_lists() {
    assert_eq!(category("toys"), Some(Category::Toys));
    assert_eq!(
        category("childcare-articles-childrens-equipment"),
        Some(Category::MotherAndKids)
    );
    assert_eq!(category("cosmetics"), Some(Category::SkinCareCosmetics));
    assert_eq!(
        category("personal-protective-equipment-ppe"),
        Some(Category::ProtectiveEquipment)
    );
    assert_eq!(category("motor-vehicles"), None);
    let mut item = fixture(RECALL);
    item["details"]["metadata"]["product_category"] = json!("other");
    // An unmapped facet: the product type's words.
    assert_eq!(
        parse(&item, "m").unwrap().category,
        None,
        "a hair dryer is none of the prose words"
    );
}

#[test]
fn an_item_without_a_title_is_refused_naming_it() {
    let e = parse(&fixture(NO_TITLE), "msg-b").unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("opss", "msg-b", "title")
    );
    assert_eq!(parse(&json!([]), "msg-b").unwrap_err().field, "record");
}

#[test]
fn the_body_reader_never_fails_on_broken_html() {
    for html in [
        "<table",
        "<table><tr><th>Model",
        "<tr><td>Model</td><td>X1</td></tr>",
        "<h2>Hazard",
        "<h2>Hazard</h2><table><tr><td>a</td></tr></table>",
        "<table><tr><th>Ä</th><td>ö<br/>ü</td></tr></table><h3>é</h3>ü",
        "<<<>>><td><th></tr></table>",
    ] {
        let _ = read_body(html);
    }
    let body = read_body("<table><tr><th>Model</th><td>A1<br>A2</td></tr></table>");
    assert_eq!(body.rows, [("Model".to_string(), "A1\nA2".to_string())]);
}
