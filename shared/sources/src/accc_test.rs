//! Unit tests of `accc` (kept beside it, out of the production file).

use super::*;
use safety_domain::{Category, Remedy, RiskLevel};
use std::collections::BTreeSet;

const FEED_XML: &str =
    include_str!("../../../tests/fixtures/recalls/accc/constructed_recalls_feed.xml");
const NO_LINK: &str =
    include_str!("../../../tests/fixtures/recalls/broken/accc_item_missing_link.xml");

/// The feed's items, as the feed poller hands them on.
fn items() -> Vec<String> {
    accc_items(FEED_XML).unwrap()
}

fn xml(raw: &str) -> Value {
    Value::String(raw.to_string())
}

fn heater() -> Recall {
    parse(&xml(&items()[0]), "msg-1").unwrap()
}

#[test]
fn the_feed_is_split_into_its_items_verbatim() {
    let items = items();
    assert_eq!(items.len(), 2);
    assert!(items[0].starts_with("<item>") && items[0].ends_with("</item>"));
    assert!(FEED_XML.contains(&items[1]));
    assert!(items[1].contains("<![CDATA["));
}

#[test]
fn an_item_is_named_by_the_slug_of_its_link() {
    let r = heater();
    assert_eq!(r.id, "R-accc-glowmate-gm-2050-ceramic-fan-heater");
    assert_eq!(r.sources[0].source, "accc");
    assert_eq!(
        r.sources[0].reference,
        "glowmate-gm-2050-ceramic-fan-heater"
    );
    assert_eq!(
        r.sources[0].url.as_deref(),
        Some("https://www.productsafety.gov.au/recalls/glowmate-gm-2050-ceramic-fan-heater")
    );
    assert_eq!(r.channel, Channel::Regulator);
    assert_eq!(
        r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["AU"]
    );
    assert_eq!(
        r.published_at.unwrap().to_rfc3339(),
        "2026-11-02T23:00:00+00:00"
    );
}

#[test]
fn everything_about_the_product_is_read_from_prose() {
    let r = heater();
    assert_eq!(r.title, "Glowmate GM-2050 ceramic fan heater");
    assert_eq!(
        r.product.name.as_deref(),
        Some("Glowmate GM-2050 ceramic fan heater")
    );
    assert_eq!(r.product.models, ["GM-2050"]);
    assert_eq!(r.product.brand, None, "the title says no \"recalls\"");
    assert_eq!(
        r.product
            .gtins
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>(),
        ["09312345678907"]
    );
    assert_eq!(r.product.batches, ["2407A", "2408B"]);
    assert!(r.product.from_prose);
}

#[test]
fn the_description_is_the_hazard_in_plain_text_and_gives_risk_and_remedies() {
    let r = heater();
    assert!(r.hazard.starts_with(
        "The heater’s thermal cut-out may fail, causing the heater to overheat. If the heater"
    ));
    assert!(!r.hazard.contains('<') && !r.hazard.contains("&rsquo;"));
    assert_eq!(r.risk, RiskLevel::Serious);
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Refund, Remedy::StopUsing])
    );
    assert_eq!(
        r.consumer_instructions,
        "Consumers should immediately stop using the heater and return it to the place of \
         purchase for a full refund."
    );
    assert_eq!(r.category, Some(Category::DigitalElectronicsAndAppliances));
}

#[test]
fn a_cdata_description_reads_the_same() {
    let r = parse(&xml(&items()[1]), "msg-2").unwrap();
    assert_eq!(r.sources[0].reference, "sunny-days-baby-bath-seat");
    assert!(r.hazard.starts_with("The seat's suction cups may detach"));
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Replace, Remedy::StopUsing])
    );
    assert_eq!(r.risk, RiskLevel::High);
    assert_eq!(r.category, Some(Category::MotherAndKids));
    assert!(r.product.gtins.is_empty() && r.product.models.is_empty());
}

#[test]
fn the_guid_names_an_item_without_a_link() {
    let item = items()[0].replace(
        "<link>https://www.productsafety.gov.au/recalls/glowmate-gm-2050-ceramic-fan-heater</link>",
        "",
    );
    let r = parse(&xml(&item), "msg-1").unwrap();
    assert_eq!(
        r.sources[0].reference,
        "glowmate-gm-2050-ceramic-fan-heater"
    );
    let item = item.replace(
        "<guid isPermaLink=\"true\">https://www.productsafety.gov.au/recalls/glowmate-gm-2050-ceramic-fan-heater</guid>",
        "<guid isPermaLink=\"false\">PRA-2026-20117</guid>",
    );
    let r = parse(&xml(&item), "msg-1").unwrap();
    assert_eq!(r.sources[0].reference, "PRA-2026-20117");
    assert_eq!(r.sources[0].url, None);
}

#[test]
fn an_item_without_link_or_guid_is_refused_naming_the_link() {
    let e = parse(&xml(NO_LINK), "msg-b").unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("accc", "msg-b", "link")
    );
    let home = NO_LINK.replace(
        "</title>",
        "</title><link>https://www.productsafety.gov.au/</link>",
    );
    let e = parse(&xml(&home), "msg-b").unwrap_err();
    assert_eq!((e.record_id.as_str(), e.field.as_str()), ("msg-b", "link"));
    assert!(e.reason.contains("no recall page"), "{e}");
}

#[test]
fn a_missing_title_or_a_bad_date_is_named() {
    let item = items()[0].replace("<title>Glowmate GM-2050 ceramic fan heater</title>", "");
    let e = parse(&xml(&item), "msg-1").unwrap_err();
    assert_eq!(
        (e.record_id.as_str(), e.field.as_str()),
        ("glowmate-gm-2050-ceramic-fan-heater", "title")
    );
    let item = items()[0].replace("Tue, 03 Nov 2026 10:00:00 +1100", "2026-11-03");
    assert_eq!(parse(&xml(&item), "msg-1").unwrap_err().field, "pubDate");
}

#[test]
fn malformed_or_other_xml_is_refused_naming_the_element() {
    let e = parse(&xml("<item><title>Heater</link></item>"), "msg-1").unwrap_err();
    assert_eq!((e.record_id.as_str(), e.field.as_str()), ("msg-1", "title"));
    assert!(e.reason.starts_with("malformed XML"), "{e}");
    assert_eq!(parse(&xml("<entry/>"), "m").unwrap_err().field, "record");
    assert_eq!(
        parse(&xml("<item><title>x"), "m").unwrap_err().field,
        "title"
    );
    assert_eq!(parse(&xml(""), "m").unwrap_err().field, "record");
    assert_eq!(
        parse(&serde_json::json!({"title": "x"}), "m")
            .unwrap_err()
            .field,
        "record"
    );
}

#[test]
fn a_feed_that_is_not_rss_or_is_truncated_is_a_named_error() {
    let e = accc_items("<!DOCTYPE html><html><body>Service unavailable</body></html>").unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("accc", "recalls.xml", "rss")
    );
    let cut = &FEED_XML[..FEED_XML.len() / 2];
    let e = accc_items(cut).unwrap_err();
    assert_eq!(e.record_id, "recalls.xml");
    assert!(
        e.reason.contains("truncated") || e.reason.contains("malformed"),
        "{e}"
    );
    assert!(accc_items("<rss><channel></channel></rss>")
        .unwrap()
        .is_empty());
    assert_eq!(accc_items("").unwrap_err().field, "rss");
}
