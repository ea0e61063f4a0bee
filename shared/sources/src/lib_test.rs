//! Unit tests of `lib` (kept beside it, out of the production file).

use super::*;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn an_unknown_source_is_refused_and_the_known_ones_are_listed() {
    let e = parse("food_standards", None, Some(&json!({})), None, "msg-1").unwrap_err();
    assert_eq!(e.field, "source");
    assert_eq!(e.source, "food_standards");
    assert_eq!(e.record_id, "msg-1");
    for known in SOURCES {
        assert!(e.reason.contains(known), "{e}");
    }
}

#[test]
fn a_regulator_message_without_its_record_is_refused() {
    let e = parse("cpsc", Some("regulator"), None, None, "msg-2").unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.record_id.as_str()),
        ("record", "msg-2")
    );
}

#[test]
fn a_regulator_source_on_another_channel_is_refused() {
    let e = parse("cpsc", Some("ngo"), Some(&json!({})), None, "msg-3").unwrap_err();
    assert_eq!(e.field, "channel");
}

#[test]
fn the_sources_are_the_feeds_the_platform_and_the_authorities_without_a_feed() {
    let expected: Vec<&str> = FEEDS
        .iter()
        .chain(&["platform"])
        .chain(platform::AUTHORITIES)
        .copied()
        .collect();
    assert_eq!(SOURCES, expected.as_slice());
}

#[test]
fn every_source_has_an_authority_name_and_every_regulator_a_country() {
    use safety_domain::desk::compliance::authority_country;
    use safety_domain::notices::render::source_label;
    for source in SOURCES {
        assert_ne!(source_label(source), *source, "{source} has no name");
        let country = authority_country(source);
        assert_eq!(country.is_none(), *source == "platform", "{source}");
    }
}

#[test]
fn the_error_message_names_source_record_and_field() {
    let e = SourceError::new("cpsc", "26645", "ProductUPCs[0].UPC", "bad check digit");
    assert_eq!(
        e.to_string(),
        "source cpsc, record 26645: field `ProductUPCs[0].UPC`: bad check digit"
    );
}

/// JSON values of every shape, nested a few levels, with strings that
/// sometimes look like the feeds' identifiers and dates.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        "(Class|Type) (I{1,3}|[1-3])".prop_map(Value::String),
        "(UPC|Lot|GTIN)[ :#]{0,2}[0-9 -]{0,16}".prop_map(Value::String),
        "<(table|tr|th|td|h2|br)>[A-Za-z0-9 &;#]{0,12}(</(table|tr|th|td|h2)>)?"
            .prop_map(Value::String),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        any::<String>().prop_map(Value::String),
        "[0-9]{0,15}".prop_map(Value::String),
        "[0-9]{8,14}(\\$[a-z0-9]{0,4}){0,4}(\\|[0-9 ]{0,14}\\$?)*".prop_map(Value::String),
        "(lundi )?[0-9]{1,2}(er)? (janvier|juillet|août|mois) [0-9]{1,5}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\+00:00|Z)?)?"
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((field_name(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// The feeds' own field names, so that random records reach the adapters'
/// inner paths, plus some arbitrary ones.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "RecallID",
            "RecallNumber",
            "RecallDate",
            "Title",
            "URL",
            "Products",
            "Name",
            "Model",
            "Type",
            "ProductUPCs",
            "UPC",
            "Hazards",
            "Remedies",
            "RemedyOptions",
            "Option",
            "Images",
            "fields",
            "reference_fiche",
            "numero_fiche",
            "gtin",
            "identification_produits",
            "identification_des_produits",
            "libelle",
            "marque_produit",
            "modeles_ou_references",
            "date_publication",
            "date_de_fin_de_la_procedure_de_rappel",
            "nature_juridique_rappel",
            "liens_vers_les_images",
            "modalites_de_compensation",
            "categorie_produit",
            "reference",
            "title",
            "hazard",
            "risk",
            "markets",
            "gtins",
            "timing",
            "kind",
            "deadline",
            "remedies",
            "category",
            "recall_number",
            "event_id",
            "classification",
            "product_description",
            "code_info",
            "reason_for_recall",
            "report_date",
            "openfda",
            "upc",
            "brand_name",
            "voluntary_mandated",
            "NID",
            "Title",
            "Product",
            "Issue",
            "What you should do",
            "Recall class",
            "Last updated",
            "base_path",
            "details",
            "body",
            "metadata",
            "product_risk_level",
            "product_measure_type",
            "product_category",
            "product_recall_alert_date",
            "url",
        ])
        .prop_map(str::to_string),
        "[a-z_]{1,12}",
    ]
}

/// Strings that are sometimes XML of the Safety Gate shape.
fn xml_ish() -> impl Strategy<Value = String> {
    let field = prop::sample::select(vec![
        "item",
        "title",
        "link",
        "guid",
        "description",
        "pubDate",
        "caseNumber",
        "barcode",
        "batchNumber_barcode",
        "brand",
        "level",
        "category",
        "notifyingCountry",
        "product",
        "notifications",
        "type_numberOfModel",
        "measures",
    ]);
    let content = prop_oneof![
        "[0-9]{0,14}",
        any::<String>().prop_map(|s| s.replace(['<', '&'], "")),
        "<!\\[CDATA\\[[^\\]]{0,10}\\]\\]>",
        "[<>/&;a-z!\\[\\]]{0,10}",
    ];
    let element = (field, content, any::<bool>()).prop_map(|(f, c, nil)| {
        if nil {
            format!("<{f} xsi:nil=\"true\"/>")
        } else {
            format!("<{f}>{c}</{f}>")
        }
    });
    prop_oneof![
        any::<String>(),
        prop::collection::vec(element.clone(), 0..8)
            .prop_map(|els| format!("<notifications>{}</notifications>", els.concat())),
        (prop::collection::vec(element.clone(), 0..6), 0usize..3).prop_map(|(els, n)| {
            let one = format!("<notifications>{}</notifications>", els.concat());
            format!("<Safety-Gate>{}</Safety-Gate>", one.repeat(n))
        }),
        prop::collection::vec(element.clone(), 0..8)
            .prop_map(|els| format!("<item>{}</item>", els.concat())),
        (prop::collection::vec(element, 0..6), 0usize..3).prop_map(|(els, n)| {
            let one = format!("<item>{}</item>", els.concat());
            format!("<rss><channel>{}</channel></rss>", one.repeat(n))
        }),
    ]
}

fn channel() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        prop::sample::select(vec!["regulator", "ngo", "supply_chain", "inspection", ""])
            .prop_map(|c| Some(c.to_string())),
        any::<String>().prop_map(Some),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_never_panics_on_arbitrary_json(
        source in prop::sample::select(SOURCES.to_vec()),
        channel in channel(),
        record in prop::option::of(json_value()),
        recall in prop::option::of(json_value()),
    ) {
        let _ = parse(source, channel.as_deref(), record.as_ref(), recall.as_ref(), "msg-p");
    }

    #[test]
    fn parse_never_panics_on_arbitrary_strings(
        source in prop::sample::select(SOURCES.to_vec()),
        raw in prop_oneof![any::<String>(), xml_ish()],
    ) {
        let record = Value::String(raw);
        let _ = parse(source, None, Some(&record), Some(&record), "msg-s");
        let _ = parse(source, Some("ngo"), Some(&record), Some(&record), "msg-s");
    }

    #[test]
    fn safety_gate_never_panics_on_xml_ish_strings(raw in xml_ish()) {
        let record = Value::String(raw);
        if let Err(e) = parse("safety_gate", None, Some(&record), None, "msg-x") {
            prop_assert!(!e.field.is_empty());
        }
    }

    #[test]
    fn the_feed_splitters_never_panic(raw in prop_oneof![any::<String>(), xml_ish()]) {
        if let Ok(items) = accc_items(&raw) {
            for item in items {
                let _ = parse("accc", None, Some(&Value::String(item)), None, "msg-i");
            }
        }
        let _ = health_canada_records(&raw);
    }

    #[test]
    fn the_prose_and_html_readers_never_panic(raw in prop_oneof![
        any::<String>(),
        "([<>/&;#a-z0-9 :-]|<t[dhr]>|</t[dhr]>|<table>|<h2>|UPC |Lot |&nbsp;|&#[0-9x]{0,6};|é){0,40}",
    ]) {
        let _ = crate::common::html_text(&raw);
        let _ = crate::common::bounded_line(&raw, 20);
        let _ = crate::prose::labelled_gtins(&raw);
        let _ = crate::prose::labelled_lots(&raw);
        let _ = crate::opss::read_body(&raw);
        let _ = crate::fda::title_of(&raw);
    }

    #[test]
    fn an_unknown_source_is_always_an_error_on_source(source in "[a-z_]{0,12}") {
        prop_assume!(!SOURCES.contains(&source.as_str()));
        let e = parse(&source, None, None, None, "msg-u").unwrap_err();
        prop_assert_eq!(e.field, "source");
    }
}

/// One record of every regulator, as its message carries it.
fn one_record_per_regulator() -> Vec<(&'static str, Option<Value>, Option<Value>)> {
    let json = |raw: &str| -> Value { serde_json::from_str(raw).unwrap() };
    let accc_feed =
        include_str!("../../../tests/fixtures/recalls/accc/constructed_recalls_feed.xml");
    vec![
        ("cpsc", Some(json(include_str!("../../../tests/fixtures/recalls/cpsc/recall_10882_abridged.json"))), None),
        ("rappelconso", Some(json(include_str!("../../../tests/fixtures/recalls/rappelconso/v2_gtin_trie_2021-05-0242.json"))), None),
        ("safety_gate", Some(Value::String(include_str!("../../../tests/fixtures/recalls/safety_gate/weekly_report_structure.xml").to_string())), None),
        ("fda", Some(json(include_str!("../../../tests/fixtures/recalls/fda/constructed_food_upc_in_description.json"))), None),
        ("health_canada", Some(json(include_str!("../../../tests/fixtures/recalls/health_canada/constructed_cfia_listeria_90412.json"))), None),
        ("opss", Some(json(include_str!("../../../tests/fixtures/recalls/opss/constructed_product_recall_2609-0229.json"))), None),
        ("accc", Some(Value::String(accc_items(accc_feed).unwrap()[0].clone())), None),
        ("kats", None, Some(json!({"reference": "K-1", "title": "t", "hazard": "h", "risk": "high"}))),
        ("consumer24", None, Some(json!({"reference": "C-1", "title": "t", "hazard": "h", "risk": "high"}))),
        ("meti", None, Some(json!({"reference": "M-1", "title": "t", "hazard": "h", "risk": "high"}))),
        ("caa", None, Some(json!({"reference": "A-1", "title": "t", "hazard": "h", "risk": "high"}))),
    ]
}

#[test]
fn every_regulator_gives_a_regulator_recall_under_its_own_name_in_its_country() {
    use safety_domain::desk::compliance::authority_country;
    let records = one_record_per_regulator();
    let sources: Vec<&str> = records.iter().map(|(s, _, _)| *s).collect();
    let regulators: Vec<&str> = SOURCES
        .iter()
        .copied()
        .filter(|s| *s != "platform")
        .collect();
    assert_eq!(sources, regulators);
    for (source, record, recall) in records {
        let r = parse(
            source,
            Some("regulator"),
            record.as_ref(),
            recall.as_ref(),
            "msg-r",
        )
        .unwrap_or_else(|e| panic!("{source}: {e}"));
        assert_eq!(r.channel, safety_domain::Channel::Regulator, "{source}");
        assert_eq!(r.sources[0].source, source);
        assert!(r.id.starts_with(&format!("R-{source}-")), "{}", r.id);
        let country = authority_country(source).unwrap();
        assert!(r.markets.contains(&country), "{source}: {:?}", r.markets);
        // And on another channel, every one of them is refused naming it.
        let e = parse(
            source,
            Some("ngo"),
            record.as_ref(),
            recall.as_ref(),
            "msg-r",
        )
        .unwrap_err();
        assert_eq!((e.source.as_str(), e.field.as_str()), (source, "channel"));
    }
}
