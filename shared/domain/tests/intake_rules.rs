//! The intake rules of SPEC 1.2-1.4.1, pure: matching, measures per market,
//! cases, notices and the appeal deadline.

#[path = "support/rendered.rs"]
mod rendered;

use chrono::{DateTime, Duration, TimeZone, Utc};
use safety_domain::catalog::{Listing, Seller};
use safety_domain::kernel::ids::{Country, Gtin};
use safety_domain::notices::seller::seller_notice;
use safety_domain::recall::intake::{plan_intake, CaseState, MeasureKind, Severity};
use safety_domain::recall::matching::{evaluate, recall_lookups, Confidence, IdentityKey};
use safety_domain::recall::{Channel, ProductIds, Recall, RiskLevel, SourceRef, TimingOverride};
use std::collections::{BTreeMap, BTreeSet};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 8, 0, 0).unwrap()
}

fn markets(codes: &[&str]) -> BTreeSet<Country> {
    codes.iter().map(|c| Country::parse(c).unwrap()).collect()
}

fn gtins(codes: &[&str]) -> BTreeSet<Gtin> {
    codes.iter().map(|c| Gtin::parse(c).unwrap()).collect()
}

fn recall(risk: RiskLevel, market_codes: &[&str]) -> Recall {
    let src = SourceRef {
        source: "safety_gate".into(),
        reference: "SR/02362/26".into(),
        url: None,
    };
    Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&src),
        channel: Channel::Regulator,
        sources: vec![src],
        title: "Magnetic building tiles".into(),
        hazard: "Small magnets can be swallowed".into(),
        risk,
        category: None,
        product: ProductIds {
            gtins: gtins(&["0850012345671"]),
            brand: Some("JoyBlocks".into()),
            models: vec!["JB-100".into()],
            batches: vec![],
            name: Some("Magnetic building tiles".into()),
            from_prose: false,
            prose_gtins: Default::default(),
        },
        markets: markets(market_codes),
        remedies: BTreeSet::new(),
        consumer_instructions: String::new(),
        image_url: None,
        published_at: None,
        timing: None,
    }
}

fn listing(id: &str, seller: &str, market_codes: &[&str]) -> Listing {
    Listing {
        listing_id: id.into(),
        seller_id: seller.into(),
        title: "Magnetic building tiles 100 pcs".into(),
        brand: Some("JoyBlocks".into()),
        model: Some("JB-100".into()),
        gtins: BTreeSet::new(),
        batches: vec![],
        category: None,
        markets: markets(market_codes),
        updated_at: now() - Duration::days(30),
        image_url: None,
        platform_warehouse: false,
        item_kind: Default::default(),
        durable: None,
        dimensions_mm: None,
        weight_g: None,
        free_return: false,
    }
}

#[test]
fn a_listing_with_the_upc_12_matches_a_recall_giving_the_ean_13() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.brand = None;
    l.model = None;
    l.gtins = gtins(&["850012345671"]);
    let m = evaluate(&r, &l).unwrap();
    assert_eq!(m.confidence, Confidence::ExactIdentifier);
    assert!(m.confident);
    assert!(m.evidence.contains("00850012345671"));
}

#[test]
fn a_model_that_differs_by_a_suffix_is_not_auto_matched() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.model = Some("JB-100B".into());
    let m = evaluate(&r, &l).unwrap();
    assert_eq!(m.confidence, Confidence::PartialModel);
    assert!(!m.confident, "JB-100B must go to a person, not be blocked");
}

#[test]
fn same_brand_and_model_whatever_the_punctuation_is_a_confident_match() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.brand = Some("JOYBLOCKS".into());
    l.model = Some("jb 100".into());
    let m = evaluate(&r, &l).unwrap();
    assert_eq!(m.confidence, Confidence::BrandModel);
    assert!(m.confident);
}

#[test]
fn another_brand_with_the_same_model_number_is_no_match() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.brand = Some("OtherCo".into());
    assert!(evaluate(&r, &l).is_none());
}

#[test]
fn a_gtin_match_with_other_batches_waits_for_review() {
    let mut r = recall(RiskLevel::Serious, &["FR"]);
    r.product.batches = vec!["ken134f".into()];
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.gtins = gtins(&["0850012345671"]);
    l.batches = vec!["KEN200A".into()];
    let m = evaluate(&r, &l).unwrap();
    assert!(!m.confident);
    l.batches = vec!["KEN-134F".into()];
    assert!(evaluate(&r, &l).unwrap().confident, "same lot, folded");
}

#[test]
fn a_cpsc_style_recall_naming_the_product_only_in_prose_is_a_weak_name_match() {
    let mut r = recall(RiskLevel::Serious, &["US"]);
    r.product = ProductIds {
        name: Some("EnHomee 15-Drawer 51\" Dressers".into()),
        ..ProductIds::default()
    };
    r.title = "15-Drawer Dressers Recalled Due to Risk of Serious Injury".into();
    let mut l = listing("L-9", "S-9", &["US"]);
    l.brand = Some("EnHomee".into());
    l.model = None;
    l.title = "EnHomee 15 Drawer Dresser, white, 51 inch".into();
    let m = evaluate(&r, &l).unwrap();
    assert_eq!(m.confidence, Confidence::NameOnly);
    assert!(!m.confident);
    // It is found through the brand's index partition, not a scan.
    let lookups = recall_lookups(&r);
    assert!(lookups
        .iter()
        .any(|l| l.key == IdentityKey::Brand("enhomee".into())));
}

#[test]
fn lookups_query_the_model_stem_so_suffixed_variants_are_found() {
    let mut r = recall(RiskLevel::Serious, &["FR"]);
    r.product.models = vec!["JB-100B".into()];
    let lookups = recall_lookups(&r);
    assert!(lookups
        .iter()
        .any(|l| l.key == IdentityKey::Brand("joyblocks".into()) && l.sort_prefix == "jb100"));
    assert!(lookups
        .iter()
        .any(|l| l.key == IdentityKey::Gtin("00850012345671".into())));
}

#[test]
fn a_recall_for_fr_blocks_the_listing_in_fr_only() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let l = listing("L-1", "S-1", &["FR", "US"]);
    let plan = plan_intake(&r, &[l], &[], &BTreeMap::new(), now());
    assert_eq!(plan.new_cases.len(), 1);
    let (case, measures) = &plan.new_cases[0];
    assert_eq!(case.markets, markets(&["FR"]));
    let measures = measures.as_ref().unwrap();
    assert_eq!(measures.measures.len(), 1);
    assert_eq!(measures.measures[0].kind, MeasureKind::GeoBlock);
    assert_eq!(
        measures.measures[0].market,
        Some(Country::parse("FR").unwrap())
    );
    let blocked = measures.blocked_markets(&markets(&["FR", "US"]));
    assert!(
        !blocked.contains(&Country::parse("US").unwrap()),
        "US stays open"
    );
}

#[test]
fn a_serious_recall_covering_every_market_of_the_listing_delists_it() {
    let r = recall(RiskLevel::Serious, &["FR", "DE", "US"]);
    let l = listing("L-1", "S-1", &["FR", "DE"]);
    let plan = plan_intake(&r, &[l], &[], &BTreeMap::new(), now());
    let m = plan.new_cases[0].1.as_ref().unwrap();
    assert_eq!(m.measures.len(), 1);
    assert_eq!(m.measures[0].kind, MeasureKind::Delist);
    assert_eq!(m.measures[0].market, None);
}

#[test]
fn an_other_risk_recall_asks_for_rectification_and_platform_stock_is_pulled_for_high_risk() {
    let r = recall(RiskLevel::Other, &["FR"]);
    let plan = plan_intake(
        &r,
        &[listing("L-1", "S-1", &["FR", "US"])],
        &[],
        &BTreeMap::new(),
        now(),
    );
    assert_eq!(
        plan.new_cases[0].1.as_ref().unwrap().measures[0].kind,
        MeasureKind::Rectification
    );
    let r = recall(RiskLevel::High, &["FR"]);
    let mut l = listing("L-1", "S-1", &["FR", "US"]);
    l.platform_warehouse = true;
    let plan = plan_intake(&r, &[l], &[], &BTreeMap::new(), now());
    let kinds: Vec<MeasureKind> = plan.new_cases[0]
        .1
        .as_ref()
        .unwrap()
        .measures
        .iter()
        .map(|m| m.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![MeasureKind::GeoBlock, MeasureKind::ReturnToWarehouse]
    );
}

#[test]
fn a_listing_outside_the_recall_markets_gets_no_case_and_is_ruled_out_with_the_reason() {
    let r = recall(RiskLevel::Serious, &["US"]);
    let plan = plan_intake(
        &r,
        &[listing("L-1", "S-1", &["FR"])],
        &[],
        &BTreeMap::new(),
        now(),
    );
    assert!(plan.new_cases.is_empty());
    assert_eq!(plan.ruled_out.len(), 1);
    let out = &plan.ruled_out[0];
    assert_eq!(
        (out.listing_id.as_str(), out.seller_id.as_str()),
        ("L-1", "S-1")
    );
    assert_eq!(out.reason, "not offered in the recall's markets (US)");
    assert_eq!(out.recall_id, r.id);
    assert_eq!(out.ruled_out_at, now());
}

/// A CPSC record naming the product only in its title: "Solven Recalls KX40
/// Space Heaters Due to Fire Hazard", brand and model read from prose.
fn prose_recall() -> Recall {
    let src = SourceRef {
        source: "cpsc".into(),
        reference: "26700".into(),
        url: None,
    };
    let mut r = recall(RiskLevel::High, &["US"]);
    r.id = Recall::id_for(&src);
    r.sources = vec![src];
    r.title = "Solven Recalls KX40 Space Heaters Due to Fire Hazard".into();
    r.product = ProductIds {
        brand: Some("Solven".into()),
        models: vec!["KX40".into()],
        name: Some("Solven KX40 Space Heaters".into()),
        from_prose: true,
        prose_gtins: Default::default(),
        ..ProductIds::default()
    };
    r
}

fn heater(id: &str, brand: &str, model: &str) -> Listing {
    let mut l = listing(id, "S-7", &["US"]);
    l.title = format!("{brand} {model} space heater");
    l.brand = Some(brand.into());
    l.model = Some(model.into());
    l
}

#[test]
fn brand_and_model_read_from_prose_make_a_weak_brand_model_match_whatever_the_case_or_spacing() {
    let r = prose_recall();
    for (brand, model) in [
        ("SOLVEN", "kx40"),
        ("Solven", "KX 40"),
        ("solven", "K-X-40"),
    ] {
        let m = evaluate(&r, &heater("L-1", brand, model)).unwrap();
        assert_eq!(m.confidence, Confidence::BrandModel, "{brand} {model}");
        assert!(
            !m.confident,
            "{brand} {model}: prose is never acted on at once"
        );
        assert!(m.evidence.contains("only in prose"), "{}", m.evidence);
    }
    let plan = plan_intake(
        &r,
        &[heater("L-1", "SOLVEN", "kx40")],
        &[],
        &BTreeMap::new(),
        now(),
    );
    assert_eq!(plan.new_cases.len(), 1);
    let (case, measures) = &plan.new_cases[0];
    assert_eq!(case.state, CaseState::AwaitingReview);
    assert_eq!(case.confidence, Confidence::BrandModel);
    assert!(measures.is_none() && case.penalty.is_none());
    assert!(
        plan.notices.is_empty(),
        "nothing is sent until the desk confirms"
    );
}

#[test]
fn the_same_brand_and_model_from_fields_is_still_acted_on_at_once() {
    let mut r = prose_recall();
    r.product.from_prose = false;
    let m = evaluate(&r, &heater("L-1", "SOLVEN", "kx40")).unwrap();
    assert_eq!(m.confidence, Confidence::BrandModel);
    assert!(m.confident);
}

#[test]
fn a_suffix_variant_of_a_model_read_from_prose_opens_a_case_awaiting_review() {
    let r = prose_recall();
    let plan = plan_intake(
        &r,
        &[heater("L-X", "Solven", "KX40X")],
        &[],
        &BTreeMap::new(),
        now(),
    );
    assert_eq!(plan.new_cases.len(), 1);
    let case = &plan.new_cases[0].0;
    assert_eq!(case.confidence, Confidence::PartialModel);
    assert_eq!(case.state, CaseState::AwaitingReview);
    assert!(case.evidence.contains("KX40X"), "{}", case.evidence);
    assert!(plan.ruled_out.is_empty() && plan.notices.is_empty());
}

#[test]
fn another_model_of_the_brand_is_ruled_out_with_its_reason() {
    let r = prose_recall();
    let plan = plan_intake(
        &r,
        &[heater("L-90", "Solven", "KX-90")],
        &[],
        &BTreeMap::new(),
        now(),
    );
    assert!(plan.new_cases.is_empty());
    assert_eq!(plan.ruled_out.len(), 1);
    assert_eq!(plan.ruled_out[0].listing_id, "L-90");
    assert_eq!(
        plan.ruled_out[0].reason,
        "other model KX-90 (the recall names KX40)"
    );
}

#[test]
fn a_neighbouring_model_under_a_field_brand_is_ruled_out_not_dropped() {
    // JB-1000 shares the JB-100 prefix, so the stem query finds it.
    let r = recall(RiskLevel::Serious, &["FR"]);
    let mut l = listing("L-1000", "S-1", &["FR"]);
    l.model = Some("JB-1000".into());
    let plan = plan_intake(&r, &[l], &[], &BTreeMap::new(), now());
    assert!(plan.new_cases.is_empty());
    assert_eq!(
        plan.ruled_out[0].reason,
        "other model JB-1000 (the recall names JB-100)"
    );
}

#[test]
fn every_candidate_is_acted_on_queued_for_review_or_ruled_out() {
    let r = prose_recall();
    let mut other_brand = heater("L-O", "Warmly", "KX40");
    other_brand.title = "Warmly KX40 heater".into();
    let mut abroad = heater("L-FR", "Solven", "KX40");
    abroad.markets = markets(&["FR"]);
    let candidates = vec![
        heater("L-1", "SOLVEN", "kx40"),
        heater("L-2", "Solven", "KX 40"),
        heater("L-X", "Solven", "KX40X"),
        heater("L-90", "Solven", "KX-90"),
        other_brand,
        abroad,
    ];
    let plan = plan_intake(&r, &candidates, &[], &BTreeMap::new(), now());
    let mut seen: Vec<&str> = plan
        .new_cases
        .iter()
        .map(|(c, _)| c.listing_id.as_str())
        .chain(plan.ruled_out.iter().map(|o| o.listing_id.as_str()))
        .collect();
    seen.sort();
    assert_eq!(seen, ["L-1", "L-2", "L-90", "L-FR", "L-O", "L-X"]);
    let reason = |id: &str| {
        plan.ruled_out
            .iter()
            .find(|o| o.listing_id == id)
            .map(|o| o.reason.clone())
    };
    assert_eq!(
        reason("L-O").as_deref(),
        Some("other brand Warmly (the recall names Solven)")
    );
    assert_eq!(
        reason("L-FR").as_deref(),
        Some("not offered in the recall's markets (US)")
    );
}

#[test]
fn a_recall_read_from_prose_queries_its_brand_s_whole_partition() {
    let r = prose_recall();
    let lookups = recall_lookups(&r);
    let brand: Vec<_> = lookups
        .iter()
        .filter(|l| l.key == IdentityKey::Brand("solven".into()))
        .collect();
    assert_eq!(brand.len(), 1);
    assert_eq!(
        brand[0].sort_prefix, "",
        "the whole brand, to rule out its other models"
    );
    // A model from a field keeps the model-stem query.
    let mut fields = r.clone();
    fields.product.from_prose = false;
    assert!(recall_lookups(&fields)
        .iter()
        .any(|l| l.key == IdentityKey::Brand("solven".into()) && l.sort_prefix == "kx40"));
}

#[test]
fn merging_a_field_report_into_a_prose_one_keeps_the_field_brand_and_models() {
    let mut prose = prose_recall();
    let mut fields = recall(RiskLevel::High, &["US"]);
    fields.product = ProductIds {
        brand: Some("Solven Ltd".into()),
        models: vec!["KX-40".into(), "KX-41".into()],
        ..ProductIds::default()
    };
    prose.merge(&fields);
    assert_eq!(prose.product.brand.as_deref(), Some("Solven Ltd"));
    assert_eq!(prose.product.models, ["KX-40", "KX-41"]);
    assert!(
        !prose.product.from_prose,
        "every identifier now comes from a field"
    );

    // The other way round: the field values stay, the prose ones are not added.
    let mut fields_first = recall(RiskLevel::High, &["US"]);
    fields_first.product = fields.product.clone();
    fields_first.merge(&prose_recall());
    assert_eq!(fields_first.product.models, ["KX-40", "KX-41"]);
    assert_eq!(fields_first.product.brand.as_deref(), Some("Solven Ltd"));
    assert!(!fields_first.product.from_prose);
}

#[test]
fn a_model_read_from_prose_kept_beside_a_field_brand_stays_weak() {
    // The field report gives the brand but no model: the prose model is kept,
    // and a match on it must not turn confident.
    let mut fields = recall(RiskLevel::High, &["US"]);
    fields.product = ProductIds {
        brand: Some("Solven".into()),
        ..ProductIds::default()
    };
    fields.merge(&prose_recall());
    assert_eq!(fields.product.models, ["KX40"]);
    assert!(fields.product.from_prose);
    assert!(
        !evaluate(&fields, &heater("L-1", "Solven", "KX40"))
            .unwrap()
            .confident
    );
    // Two prose reports stay prose, their models united.
    let mut a = prose_recall();
    let mut b = prose_recall();
    b.product.models = vec!["KX-41".into()];
    a.merge(&b);
    assert_eq!(a.product.models, ["KX40", "KX-41"]);
    assert!(a.product.from_prose);
}

#[test]
fn a_stored_recall_without_the_prose_mark_reads_as_from_fields() {
    let stored = serde_json::json!({"brand": "Solven", "models": ["KX40"]});
    let ids: ProductIds = serde_json::from_value(stored).unwrap();
    assert!(!ids.from_prose);
}

#[test]
fn one_notice_per_seller_covers_all_their_listings_with_a_seven_day_deadline() {
    let r = recall(RiskLevel::Serious, &["FR", "DE"]);
    let listings = vec![
        listing("L-1", "S-1", &["FR", "US"]),
        listing("L-2", "S-1", &["DE", "US"]),
        listing("L-3", "S-2", &["FR", "US"]),
    ];
    let plan = plan_intake(&r, &listings, &[], &BTreeMap::new(), now());
    assert_eq!(plan.new_cases.len(), 3);
    assert_eq!(plan.notices.len(), 2);
    let s1 = plan.notices.iter().find(|n| n.seller_id == "S-1").unwrap();
    assert_eq!(s1.items.len(), 2);
    assert_eq!(s1.appeal_deadline, now() + Duration::days(7));
    for (case, _) in &plan.new_cases {
        assert_eq!(case.state, CaseState::AppealWindowOpen);
        assert_eq!(case.appeal_deadline, Some(now() + Duration::days(7)));
        assert_eq!(case.penalty.as_ref().unwrap().severity, Severity::Serious);
        assert_eq!(case.penalty.as_ref().unwrap().points, 6);
    }
}

#[test]
fn a_weak_match_opens_a_case_awaiting_review_with_no_measures_and_no_notice() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.model = Some("JB-100B".into());
    let plan = plan_intake(&r, &[l], &[], &BTreeMap::new(), now());
    assert_eq!(plan.new_cases.len(), 1);
    assert_eq!(plan.new_cases[0].0.state, CaseState::AwaitingReview);
    assert!(plan.new_cases[0].1.is_none());
    assert!(plan.new_cases[0].0.penalty.is_none());
    assert!(plan.notices.is_empty());
}

#[test]
fn a_second_delivery_with_the_cases_in_place_plans_nothing() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let l = listing("L-1", "S-1", &["FR", "US"]);
    let first = plan_intake(&r, std::slice::from_ref(&l), &[], &BTreeMap::new(), now());
    let cases: Vec<_> = first.new_cases.iter().map(|(c, _)| c.clone()).collect();
    let again = plan_intake(
        &r,
        &[l],
        &cases,
        &BTreeMap::from([("S-1".to_string(), 1)]),
        now(),
    );
    assert!(again.new_cases.is_empty());
    assert!(again.notices.is_empty());
}

#[test]
fn a_merged_source_adding_a_market_extends_the_measures_with_an_update_notice() {
    let fr = recall(RiskLevel::Serious, &["FR"]);
    let l = listing("L-1", "S-1", &["FR", "DE", "US"]);
    let first = plan_intake(&fr, std::slice::from_ref(&l), &[], &BTreeMap::new(), now());
    let cases: Vec<_> = first.new_cases.iter().map(|(c, _)| c.clone()).collect();
    let mut eu = fr.clone();
    eu.merge(&recall(RiskLevel::Serious, &["FR", "DE"]));
    let later = now() + Duration::hours(2);
    let plan = plan_intake(
        &eu,
        &[l],
        &cases,
        &BTreeMap::from([("S-1".to_string(), 1)]),
        later,
    );
    assert!(plan.new_cases.is_empty());
    assert_eq!(plan.extended.len(), 1);
    assert_eq!(
        plan.extended[0].1[0].market,
        Some(Country::parse("DE").unwrap())
    );
    assert_eq!(plan.notices.len(), 1);
    assert!(plan.notices[0].update);
    assert!(plan.notices[0].notice_id.ends_with("/S-1/2"));
}

#[test]
fn merging_keeps_the_higher_risk_the_union_of_markets_and_the_stricter_timing() {
    let mut a = recall(RiskLevel::High, &["FR"]);
    let mut b = recall(RiskLevel::Serious, &["DE"]);
    b.sources[0].source = "rappelconso".into();
    b.timing = Some(TimingOverride::Immediately);
    let new = a.merge(&b);
    assert_eq!(a.risk, RiskLevel::Serious);
    assert_eq!(a.markets, markets(&["FR", "DE"]));
    assert_eq!(new, markets(&["DE"]));
    assert_eq!(a.sources.len(), 2);
    assert_eq!(a.timing, Some(TimingOverride::Immediately));
}

fn seller(safety: Option<&str>) -> Seller {
    Seller {
        seller_id: "S-1".into(),
        name: "Joy Toys Co.".into(),
        email: "ops@joytoys.example".into(),
        safety_email: safety.map(str::to_string),
        locale: Some("en".into()),
        updated_at: None,
        time_zone: None,
    }
}

#[test]
fn the_notice_goes_to_the_safety_mailbox_when_registered_else_the_account_email() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let plan = plan_intake(
        &r,
        &[listing("L-1", "S-1", &["FR"])],
        &[],
        &BTreeMap::new(),
        now(),
    );
    let with = seller_notice(
        &plan.notices[0],
        &r,
        &seller(Some("safety@joytoys.example")),
    )
    .unwrap();
    assert_eq!(with.to, "safety@joytoys.example");
    let without = seller_notice(&plan.notices[0], &r, &seller(None)).unwrap();
    assert_eq!(without.to, "ops@joytoys.example");
}

#[test]
fn the_notice_names_listing_recall_hazard_measures_penalty_and_deadline() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let plan = plan_intake(
        &r,
        &[listing("L-1", "S-1", &["FR", "US"])],
        &[],
        &BTreeMap::new(),
        now(),
    );
    let email = seller_notice(&plan.notices[0], &r, &seller(None)).unwrap();
    // HTML escapes "/" as "&#x2f;": compare what a mail client shows.
    let html_as_read = email.html.replace("&#x2f;", "/");
    for part in [&email.text, &html_as_read] {
        assert!(part.contains("Magnetic building tiles 100 pcs"), "listing");
        assert!(part.contains("L-1"));
        assert!(part.contains(&r.id), "recall id");
        assert!(part.contains("SR/02362/26"), "source reference");
        assert!(part.contains("Small magnets can be swallowed"), "hazard");
        assert!(part.contains("geo-block"), "measure");
        assert!(part.contains("FR"), "market");
        assert!(part.contains("6 points"), "penalty");
        assert!(
            part.contains("10 November 2026 at 08:00 (UTC)"),
            "deadline = notice + 7 days"
        );
    }
    assert!(
        email.subject.contains("appeal by 10 November 2026"),
        "{}",
        email.subject
    );
}

#[test]
fn regulator_text_is_escaped_in_the_html_part() {
    let mut r = recall(RiskLevel::Serious, &["FR"]);
    r.hazard = "<script>alert('x')</script> & lead".into();
    let plan = plan_intake(
        &r,
        &[listing("L-1", "S-1", &["FR"])],
        &[],
        &BTreeMap::new(),
        now(),
    );
    let email = seller_notice(&plan.notices[0], &r, &seller(None)).unwrap();
    assert!(!email.html.contains("<script>"));
    assert!(email.html.contains("&lt;script&gt;"));
    assert!(
        email.text.contains("<script>"),
        "the text part is plain text"
    );
}

#[test]
fn only_a_shared_gtin_or_the_exact_brand_and_model_make_two_recalls_one() {
    use safety_domain::recall::matching::same_product;
    let r = recall(RiskLevel::Serious, &["FR"]);
    assert!(same_product(
        &r,
        &IdentityKey::Gtin("00850012345671".into()),
        "RECALL#R-x"
    ));
    assert!(same_product(
        &r,
        &IdentityKey::Brand("joyblocks".into()),
        "jb100#RECALL#R-x"
    ));
    assert!(
        !same_product(
            &r,
            &IdentityKey::Brand("joyblocks".into()),
            "jb1000#RECALL#R-x"
        ),
        "a model prefix"
    );
    assert!(
        !same_product(&r, &IdentityKey::Brand("joyblocks".into()), "#RECALL#R-x"),
        "the brand alone"
    );
    assert!(!same_product(
        &r,
        &IdentityKey::Batch("b42".into()),
        "RECALL#R-x"
    ));
}

#[test]
fn a_recall_naming_only_a_lot_is_a_weak_batch_match() {
    let mut r = recall(RiskLevel::Serious, &["FR"]);
    r.product = ProductIds {
        batches: vec!["21151-4509".into()],
        ..ProductIds::default()
    };
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.batches = vec!["21151 4509".into()];
    let m = evaluate(&r, &l).unwrap();
    assert_eq!(m.confidence, Confidence::BatchOnly);
    assert!(!m.confident);
    assert!(recall_lookups(&r)
        .iter()
        .any(|k| k.key == IdentityKey::Batch("211514509".into())));
}

#[test]
fn the_source_and_the_risk_decide_the_measure() {
    let l = listing("L-1", "S-1", &["FR"]);
    let kind_for = |channel: Channel, risk: RiskLevel| {
        let mut r = recall(risk, &["FR"]);
        r.channel = channel;
        plan_intake(&r, std::slice::from_ref(&l), &[], &BTreeMap::new(), now()).new_cases[0]
            .1
            .as_ref()
            .unwrap()
            .measures[0]
            .kind
    };
    use Channel::*;
    use MeasureKind::*;
    use RiskLevel::{High, Other, Serious};
    let table = [
        (Regulator, Serious, Delist),
        (Regulator, High, GeoBlock),
        (Regulator, Other, Rectification),
        (SupplyChain, Serious, GeoBlock),
        (Inspection, High, GeoBlock),
        (Inspection, Other, Rectification),
        (Ngo, Serious, GeoBlock),
        (Ngo, High, Rectification),
    ];
    for (channel, risk, want) in table {
        assert_eq!(kind_for(channel, risk), want, "{channel:?} {risk:?}");
    }
}

#[test]
fn an_extension_after_a_merge_that_raised_the_risk_carries_the_heavier_penalty() {
    let high = recall(RiskLevel::High, &["FR"]);
    let l = listing("L-1", "S-1", &["FR", "DE"]);
    let first = plan_intake(
        &high,
        std::slice::from_ref(&l),
        &[],
        &BTreeMap::new(),
        now(),
    );
    let cases: Vec<_> = first.new_cases.iter().map(|(c, _)| c.clone()).collect();
    assert_eq!(cases[0].penalty.as_ref().unwrap().points, 2);
    let mut merged = high.clone();
    merged.merge(&recall(RiskLevel::Serious, &["DE"]));
    let plan = plan_intake(
        &merged,
        &[l],
        &cases,
        &BTreeMap::from([("S-1".to_string(), 1)]),
        now(),
    );
    assert_eq!(plan.extended[0].0.penalty.as_ref().unwrap().points, 6);
    assert_eq!(
        plan.notices[0].items[0].penalty.as_ref().map(|p| p.points),
        Some(6)
    );
}

#[test]
fn a_sellers_own_recall_books_no_penalty_on_its_listings_and_its_notice_says_so() {
    let mut r = recall(RiskLevel::Serious, &["FR"]);
    r.channel = Channel::SupplyChain;
    r.recalled_by_sellers.insert("S-OWN".into());
    let own = listing("L-OWN", "S-OWN", &["FR"]);
    let other = listing("L-OTHER", "S-OTHER", &["FR"]);
    let plan = plan_intake(&r, &[own, other], &[], &BTreeMap::new(), now());
    let case = |id: &str| {
        plan.new_cases
            .iter()
            .find(|(c, _)| c.listing_id == id)
            .map(|(c, _)| c.clone())
            .expect("a case")
    };
    let own_case = case("L-OWN");
    assert_eq!(own_case.state, CaseState::AppealWindowOpen, "still blocked");
    assert_eq!(
        own_case.penalty, None,
        "no points for recalling one's own product"
    );
    assert!(
        safety_domain::ledger::LedgerEntry::for_case(&own_case).is_none(),
        "nothing for the ledger"
    );
    let other_case = case("L-OTHER");
    assert_eq!(
        other_case.penalty.as_ref().map(|p| p.severity),
        Some(Severity::Serious),
        "another seller of the product is treated as today"
    );

    let seller = |id: &str| Seller {
        seller_id: id.into(),
        name: format!("Seller {id}"),
        email: format!("{id}@example.org"),
        safety_email: None,
        locale: None,
        updated_at: None,
        time_zone: None,
    };
    let own_notice = plan
        .notices
        .iter()
        .find(|n| n.seller_id == "S-OWN")
        .expect("the seller is still told of the measures");
    assert_eq!(own_notice.items[0].penalty, None);
    let email = seller_notice(own_notice, &r, &seller("S-OWN")).unwrap();
    assert!(
        email
            .text
            .contains("you reported this recall of your own product"),
        "{}",
        email.text
    );
    assert!(!email.text.contains("6 points (serious"), "{}", email.text);
    let other_notice = plan
        .notices
        .iter()
        .find(|n| n.seller_id == "S-OTHER")
        .unwrap();
    let email = seller_notice(other_notice, &r, &seller("S-OTHER")).unwrap();
    assert!(
        email.text.contains("6 points (serious violation)"),
        "{}",
        email.text
    );
    assert!(!email.text.contains("your own product"));
}

#[test]
fn a_relisting_of_ones_own_recalled_product_is_still_a_deliberate_violation() {
    let mut r = recall(RiskLevel::High, &["FR"]);
    r.channel = Channel::SupplyChain;
    r.recalled_by_sellers.insert("S-OWN".into());
    let relisted = listing("L-NEW", "S-OWN", &["FR"]);
    let plan = safety_domain::recall::intake::relisting_plan(&r, &relisted, &[], true, now());
    let (case, _) = &plan.new_cases[0];
    assert_eq!(case.penalty.as_ref().map(|p| p.points), Some(6));
    assert!(case.relisted);
}

#[test]
fn the_notices_due_are_the_plans_own_written_ones_and_those_an_interrupted_delivery_left() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let plan = plan_intake(
        &r,
        &[
            listing("L-1", "S-1", &["FR"]),
            listing("L-2", "S-2", &["FR"]),
        ],
        &[],
        &BTreeMap::new(),
        now(),
    );
    let ids: Vec<String> = plan.notices.iter().map(|n| n.notice_id.clone()).collect();
    assert_eq!(ids.len(), 2);
    // This delivery's write created S-1's notice only (another created S-2's);
    // an earlier delivery left one unsent, and S-1's again.
    let mut left = plan.notices[0].clone();
    left.notice_id = format!("{}/S-9/1", r.id);
    let written = BTreeSet::from([ids[0].clone()]);
    let due = plan.notices_due(&written, vec![left.clone(), plan.notices[0].clone()]);
    let due_ids: Vec<&str> = due.iter().map(|n| n.notice_id.as_str()).collect();
    assert_eq!(
        due_ids,
        vec![ids[0].as_str(), left.notice_id.as_str()],
        "each once"
    );
}

#[test]
fn the_standings_to_reassess_are_those_of_every_seller_with_a_penalised_acted_on_case() {
    let r = recall(RiskLevel::Serious, &["FR"]);
    let earlier = plan_intake(
        &r,
        &[listing("L-0", "S-0", &["FR"])],
        &[],
        &BTreeMap::new(),
        now(),
    );
    let existing: Vec<_> = earlier.new_cases.iter().map(|(c, _)| c.clone()).collect();
    let mut weak = listing("L-2", "S-2", &["FR"]);
    weak.model = Some("JB-100X".into()); // a suffix variant: awaiting review
    let plan = plan_intake(
        &r,
        &[listing("L-1", "S-1", &["FR"]), weak],
        &existing,
        &BTreeMap::new(),
        now(),
    );
    assert_eq!(
        plan.sellers_to_reassess(&existing),
        BTreeSet::from(["S-0".to_string(), "S-1".to_string()]),
        "not S-2, whose case waits for the desk"
    );
}

#[test]
fn a_gtin_read_from_prose_alone_waits_for_the_desk_until_a_source_gives_it_in_a_field() {
    use safety_domain::recall::matching::assess;
    let mut from_text = recall(RiskLevel::Serious, &["FR"]);
    from_text.product.brand = None;
    from_text.product.models.clear();
    from_text.product.prose_gtins = gtins(&["0850012345671"]);
    let mut l = listing("L-1", "S-1", &["FR"]);
    l.brand = None;
    l.model = None;
    l.gtins = gtins(&["0850012345671"]);
    let m = assess(&from_text, &l).expect("a match");
    assert_eq!(m.confidence, Confidence::ExactIdentifier);
    assert!(!m.confident, "held for review: {}", m.evidence);
    assert!(m.evidence.contains("read from the recall's text"));
    // Another source gives the same GTIN in a field of its own: merged, it
    // is no longer only from prose, and the match is acted on.
    let mut merged = from_text.clone();
    let mut field = recall(RiskLevel::Serious, &["FR"]);
    field.sources[0].reference = "SR/09999/26".into();
    merged.merge(&field);
    assert!(merged.product.prose_gtins.is_empty());
    assert!(assess(&merged, &l).expect("a match").confident);
}

mod in_the_sellers_language {
    use super::{listing, now, recall, rendered::assert_rendered, seller};
    use safety_domain::catalog::Seller;
    use safety_domain::kernel::format;
    use safety_domain::kernel::language::Language;
    use safety_domain::notices::seller::{
        appeal_refused, case_update, seller_notice, AppealRefusal, CaseUpdate,
    };
    use safety_domain::notices::texts::Words;
    use safety_domain::recall::case::Appeal;
    use safety_domain::recall::intake::plan_intake;
    use safety_domain::recall::lifecycle::Refusal;
    use safety_domain::recall::RiskLevel;
    use std::collections::BTreeMap;

    /// The plan of a recall matching one listing of S-1, offered in FR.
    fn fr_plan(r: &safety_domain::recall::Recall) -> safety_domain::recall::intake::IntakePlan {
        plan_intake(
            r,
            &[listing("L-1", "S-1", &["FR"])],
            &[],
            &BTreeMap::new(),
            now(),
        )
    }

    fn seller_in(locale: &str, zone: Option<&str>) -> Seller {
        Seller {
            locale: Some(locale.to_string()),
            time_zone: zone.map(str::to_string),
            ..seller(None)
        }
    }

    #[test]
    fn a_chinese_seller_reads_the_notice_in_chinese_with_the_binding_english_below_and_one_deadline(
    ) {
        let r = recall(RiskLevel::Serious, &["FR"]);
        let plan = fr_plan(&r);
        let notice = &plan.notices[0];
        let email = seller_notice(notice, &r, &seller_in("zh-CN", Some("Asia/Shanghai"))).unwrap();
        let zh = Words::new(Language::ZhCn, "seller_notice");
        let en = Words::new(Language::En, "seller_notice");
        let banner = Words::new(Language::En, "seller_common").get("english-binds");
        // Chinese first, then the banner, then the English.
        let (chinese, english) = email.text.split_once(&banner).expect("the banner");
        assert!(chinese.starts_with(&zh.get("heading")), "{chinese}");
        assert!(english.contains(&en.get("heading")), "{english}");
        assert!(
            email.subject.contains(&r.title) && !email.subject.contains("Product safety recall")
        );
        // The one deadline, in the seller's zone, read the same in both.
        let zone = format::zone(Some("Asia/Shanghai"));
        let in_zh = format::date_time(Language::ZhCn, notice.appeal_deadline, zone.as_ref());
        let in_en = format::date_time(Language::En, notice.appeal_deadline, zone.as_ref());
        assert!(chinese.contains(&in_zh), "{in_zh} in\n{chinese}");
        assert!(english.contains(&in_en), "{in_en} in\n{english}");
        // 2026-11-10 08:00 UTC is 16:00 in Shanghai.
        for shown in [&in_zh, &in_en] {
            assert!(
                shown.contains("16:00") && shown.ends_with("(UTC+8)"),
                "{shown}"
            );
        }
        assert!(in_zh.starts_with("2026年11月10日"), "{in_zh}");
        assert!(in_en.starts_with("10 November 2026"), "{in_en}");
        assert!(email.html.contains("<html lang=\"zh-CN\" dir=\"ltr\""));
        assert!(email.html.contains("<div lang=\"zh-CN\""));
        assert!(email.html.contains("<div lang=\"en\""));
        assert_rendered(&email, Language::ZhCn, "zh-CN notice");
    }

    #[test]
    fn a_seller_with_no_locale_or_an_unknown_one_reads_english_alone() {
        let r = recall(RiskLevel::Serious, &["FR"]);
        let plan = fr_plan(&r);
        let banner = Words::new(Language::En, "seller_common").get("english-binds");
        for s in [
            Seller {
                locale: None,
                ..seller(None)
            },
            seller_in("xx-YY", None),
            seller_in("en-US", None),
        ] {
            let email = seller_notice(&plan.notices[0], &r, &s).unwrap();
            assert!(!email.text.contains(&banner), "{:?}", s.locale);
            assert!(email.text.starts_with("Product safety recall notice"));
            assert_rendered(&email, Language::En, "English notice");
        }
    }

    #[test]
    fn every_seller_email_renders_in_every_locale_with_the_english_below() {
        let r = recall(RiskLevel::Serious, &["FR", "DE"]);
        let plan = plan_intake(
            &r,
            &[listing("L-1", "S-1", &["FR", "DE"])],
            &[],
            &BTreeMap::new(),
            now(),
        );
        let mut case = plan.new_cases[0].0.clone();
        let deadline = now() + chrono::Duration::days(7);
        case.appeal_deadline = Some(deadline);
        case.appeal = Some(Appeal {
            appeal_id: "ap-1".into(),
            filed_at: now() + chrono::Duration::days(2),
            grounds: "The batch sold is not the recalled one.".into(),
            decision: None,
        });
        let refusals = [
            Refusal::Late {
                filed_at: deadline + chrono::Duration::minutes(1),
                deadline,
            },
            Refusal::NotYourListing {
                case_id: case.case_id.clone(),
                seller_id: "S-2".into(),
            },
            Refusal::WrongState {
                case_id: case.case_id.clone(),
                state: "closed",
                what: "an appeal",
            },
        ];
        let updates = [
            CaseUpdate::AppealReceived,
            CaseUpdate::AppealUpheld {
                reason: "another batch".into(),
            },
            CaseUpdate::AppealRejected {
                reason: "the batch is the recalled one".into(),
            },
        ];
        for lang in Language::EVERY {
            let s = seller_in(lang.code(), Some("Europe/Paris"));
            let mut emails = vec![seller_notice(&plan.notices[0], &r, &s).unwrap()];
            for u in &updates {
                emails.push(case_update(u, &case, Some(&r), &s).unwrap());
            }
            emails
                .push(appeal_refused(&case.case_id, &s, AppealRefusal::NoSuchCase, None).unwrap());
            for refusal in &refusals {
                emails.push(
                    appeal_refused(
                        &case.case_id,
                        &s,
                        AppealRefusal::Refused(refusal),
                        Some(deadline),
                    )
                    .unwrap(),
                );
            }
            for (i, email) in emails.iter().enumerate() {
                let what = format!("{lang:?} email {i}");
                assert_rendered(email, lang, &what);
                if lang != Language::En {
                    assert!(
                        email.html.contains("<div lang=\"en\" dir=\"ltr\">"),
                        "{what}"
                    );
                    assert!(
                        email.html.contains(&format!(
                            "<div lang=\"{}\" dir=\"{}\">",
                            lang.code(),
                            if lang.is_rtl() { "rtl" } else { "ltr" }
                        )),
                        "{what}"
                    );
                }
            }
        }
    }
}
