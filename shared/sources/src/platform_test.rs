//! Unit tests of `platform` (kept beside it, out of the production file).

use super::*;
use crate::parse as parse_message;
use serde_json::json;

fn form() -> Value {
    json!({
        "reference": " INSP-77 ",
        "title": "Wooden rattle with loose beads",
        "hazard": "Small parts can detach: choking hazard.",
        "risk": "serious",
        "category": "toys",
        "gtins": ["96385074", "3760289220694"],
        "brand": "Joujou",
        "models": ["R-1", "r 1", " R-2 ", ""],
        "batches": ["L2026-09"],
        "product_name": "Joujou wooden rattle",
        "markets": ["FR", "de"],
        "remedies": ["refund", "replace"],
        "consumer_instructions": "Stop using the rattle.",
        "image_url": "https://example.org/rattle.jpg",
        "published_at": "2026-11-03T08:00:00Z",
        "timing": {"kind": "by", "deadline": "2026-11-10T00:00:00Z"}
    })
}

#[test]
fn an_inspection_form_becomes_a_recall_on_the_inspection_channel() {
    let r = parse(Some("inspection"), Some(&form()), "msg-1").unwrap();
    assert_eq!(r.id, "R-platform-INSP-77");
    assert_eq!(r.channel, Channel::Inspection);
    assert_eq!(
        r.sources,
        vec![SourceRef {
            source: "platform".into(),
            reference: "INSP-77".into(),
            url: None
        }]
    );
    assert_eq!(r.risk, RiskLevel::Serious);
    assert_eq!(r.category, Some(Category::Toys));
    assert_eq!(
        r.product
            .gtins
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>(),
        ["00000096385074", "03760289220694"]
    );
    assert_eq!(r.product.models, ["R-1", "R-2"]);
    assert_eq!(
        r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["DE", "FR"]
    );
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Refund, Remedy::Replace])
    );
    assert_eq!(
        r.timing,
        Some(TimingOverride::By {
            deadline: "2026-11-10T00:00:00Z".parse().unwrap()
        })
    );
}

#[test]
fn a_minimal_form_is_enough() {
    let minimal = json!({"reference": "NGO-1", "title": "t", "hazard": "h", "risk": "other",
        "markets": ["IT"], "timing": {"kind": "immediately"}});
    let r = parse_message("platform", Some("ngo"), None, Some(&minimal), "msg-1").unwrap();
    assert_eq!(r.channel, Channel::Ngo);
    assert_eq!(r.timing, Some(TimingOverride::Immediately));
    assert!(r.product.gtins.is_empty() && r.remedies.is_empty());
}

#[test]
fn a_bad_gtin_names_its_index() {
    let mut f = form();
    f["gtins"] = json!(["96385074", "3760289220695"]);
    let e = parse(Some("supply_chain"), Some(&f), "msg-1").unwrap_err();
    assert_eq!(e.field, "recall.gtins[1]");
    assert_eq!(e.record_id, "INSP-77");
    assert!(e.reason.contains("check digit"), "{e}");
}

#[test]
fn the_regulator_channel_and_unknown_channels_are_refused() {
    for channel in [Some("regulator"), Some("press"), None] {
        let e = parse(channel, Some(&form()), "msg-1").unwrap_err();
        assert_eq!(e.field, "channel", "{channel:?}");
    }
}

#[test]
fn unknown_and_missing_fields_are_named() {
    let mut f = form();
    f["fax"] = json!("1");
    assert_eq!(
        parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
        "recall.fax"
    );

    let mut f = form();
    f.as_object_mut().unwrap().remove("title");
    assert_eq!(
        parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
        "recall.title"
    );

    let mut f = form();
    f["markets"] = json!(["FR", "France"]);
    assert_eq!(
        parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
        "recall.markets[1]"
    );

    let mut f = form();
    f["risk"] = json!("catastrophic");
    assert_eq!(
        parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
        "recall.risk"
    );
}

#[test]
fn empty_markets_or_title_are_refused() {
    let mut f = form();
    f["markets"] = json!([]);
    assert_eq!(
        parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
        "recall.markets"
    );
    let mut f = form();
    f["title"] = json!("  ");
    assert_eq!(
        parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
        "recall.title"
    );
}

#[test]
fn a_missing_form_or_reference_names_the_message() {
    let e = parse(Some("ngo"), None, "msg-9").unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.record_id.as_str()),
        ("recall", "msg-9")
    );
    let mut f = form();
    f.as_object_mut().unwrap().remove("reference");
    let e = parse(Some("ngo"), Some(&f), "msg-9").unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.record_id.as_str()),
        ("recall.reference", "msg-9")
    );
    let e = parse(Some("ngo"), Some(&json!("a string")), "msg-9").unwrap_err();
    assert_eq!(e.field, "recall");
}

#[test]
fn a_supply_chain_recall_names_the_seller_recalling_its_own_product() {
    let mut f = form();
    f["reporting_seller_id"] = json!("S-1001");
    let r = parse(Some("supply_chain"), Some(&f), "m").unwrap();
    assert!(r.recalled_by("S-1001"));
    assert!(!r.recalled_by("S-2002"));
    let r = parse(Some("supply_chain"), Some(&form()), "m").unwrap();
    assert!(r.recalled_by_sellers.is_empty());
}

#[test]
fn only_a_supply_chain_recall_has_a_reporting_seller() {
    let mut f = form();
    f["reporting_seller_id"] = json!("S-1001");
    for channel in ["ngo", "inspection"] {
        let e = parse(Some(channel), Some(&f), "m").unwrap_err();
        assert_eq!(e.field, "recall.reporting_seller_id", "{e}");
    }
    f["reporting_seller_id"] = json!("  ");
    let e = parse(Some("supply_chain"), Some(&f), "m").unwrap_err();
    assert_eq!(e.field, "recall.reporting_seller_id");
}

/// A KATS notice as a person enters it from the SafetyKorea page (the
/// authority has no feed we can read: FIELDS.md).
fn kats_form() -> Value {
    json!({
        "reference": "KATS-2026-0412",
        "title": "어린이용 자석 블록 리콜 (Children's magnetic blocks)",
        "hazard": "Small magnets detach and can be swallowed.",
        "risk": "serious",
        "category": "toys",
        "gtins": ["8801234567893"],
        "brand": "JoyBlocks",
        "models": ["JB-100"],
        "remedies": ["refund"],
        "url": "https://www.safetykorea.kr/recall/recallBoard/2026-0412",
        "published_at": "2026-11-02T00:00:00Z"
    })
}

#[test]
fn an_authority_without_a_feed_comes_in_the_form_under_its_own_source_on_the_regulator_channel() {
    let r = parse_message("kats", Some("regulator"), None, Some(&kats_form()), "msg-k").unwrap();
    assert_eq!(r.id, "R-kats-KATS-2026-0412");
    assert_eq!(r.channel, Channel::Regulator);
    assert!(r.from_authority());
    assert_eq!(
        r.sources,
        vec![SourceRef {
            source: "kats".into(),
            reference: "KATS-2026-0412".into(),
            url: Some("https://www.safetykorea.kr/recall/recallBoard/2026-0412".into()),
        }]
    );
    assert_eq!(
        r.product
            .gtins
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>(),
        ["08801234567893"]
    );
    assert_eq!(r.product.brand.as_deref(), Some("JoyBlocks"));
    assert_eq!(r.product.models, ["JB-100"]);
    assert!(!r.product.from_prose, "a person entered them in fields");
    assert_eq!(r.risk, RiskLevel::Serious);
    assert!(
        r.title.starts_with("어린이용"),
        "the authority's own text is kept"
    );
    // Absent channel: a regulator source is on the regulator channel.
    let r = parse_message("kats", None, None, Some(&kats_form()), "msg-k").unwrap();
    assert_eq!(r.channel, Channel::Regulator);
}

#[test]
fn an_authority_notice_without_markets_applies_in_the_authoritys_country() {
    for (source, country) in [
        ("kats", "KR"),
        ("consumer24", "KR"),
        ("meti", "JP"),
        ("caa", "JP"),
    ] {
        let r = parse_message(source, Some("regulator"), None, Some(&kats_form()), "m").unwrap();
        assert_eq!(r.sources[0].source, source);
        assert_eq!(
            r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            [country],
            "{source}"
        );
    }
    let mut f = kats_form();
    f["markets"] = json!(["KR", "JP"]);
    let r = parse_message("caa", Some("regulator"), None, Some(&f), "m").unwrap();
    assert_eq!(r.markets.len(), 2);
    // The platform's own form still must name its markets.
    let mut f = form();
    f.as_object_mut().unwrap().remove("markets");
    assert_eq!(
        parse(Some("inspection"), Some(&f), "m").unwrap_err().field,
        "recall.markets"
    );
}

#[test]
fn an_authority_on_another_channel_is_refused_naming_the_channel() {
    for channel in ["ngo", "inspection", "supply_chain", "press"] {
        let e =
            parse_message("meti", Some(channel), None, Some(&kats_form()), "msg-m").unwrap_err();
        assert_eq!(
            (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
            ("meti", "msg-m", "channel"),
            "{channel}"
        );
    }
}

#[test]
fn an_authority_form_is_checked_like_the_platforms_naming_the_authority() {
    let e = parse_message("consumer24", Some("regulator"), None, None, "msg-c").unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("consumer24", "msg-c", "recall")
    );
    let mut f = kats_form();
    f["gtins"] = json!(["8801234567890"]);
    let e = parse_message("consumer24", None, None, Some(&f), "msg-c").unwrap_err();
    assert_eq!(
        (e.source.as_str(), e.record_id.as_str(), e.field.as_str()),
        ("consumer24", "KATS-2026-0412", "recall.gtins[0]")
    );
    let mut f = kats_form();
    f["fax"] = json!("1");
    assert_eq!(
        parse_message("caa", None, None, Some(&f), "m")
            .unwrap_err()
            .field,
        "recall.fax"
    );
    // Only a supply_chain recall names a seller recalling its own product.
    let mut f = kats_form();
    f["reporting_seller_id"] = json!("S-1001");
    assert_eq!(
        parse_message("kats", None, None, Some(&f), "m")
            .unwrap_err()
            .field,
        "recall.reporting_seller_id"
    );
}

#[test]
fn the_platform_source_refuses_the_regulator_channel_naming_the_authorities() {
    let e = parse(Some("regulator"), Some(&form()), "msg-1").unwrap_err();
    assert_eq!(e.field, "channel");
    for source in AUTHORITIES {
        assert!(e.reason.contains(source), "{e}");
    }
}

#[test]
fn the_form_keeps_the_url_of_the_notice() {
    let mut f = form();
    f["url"] = json!(" https://consumer.example/alerts/77 ");
    let r = parse(Some("ngo"), Some(&f), "m").unwrap();
    assert_eq!(
        r.sources[0].url.as_deref(),
        Some("https://consumer.example/alerts/77")
    );
    assert_eq!(
        parse(Some("ngo"), Some(&form()), "m").unwrap().sources[0].url,
        None
    );
}
