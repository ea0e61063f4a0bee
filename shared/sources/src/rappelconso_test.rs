//! Unit tests of `rappelconso` (kept beside it, out of the production file).

use super::*;
use serde_json::json;

const V1_0004: &str =
    include_str!("../../../tests/fixtures/recalls/rappelconso/v1_rappelconso0_2021-03-0004.json");
const V1_0295: &str =
    include_str!("../../../tests/fixtures/recalls/rappelconso/v1_rappelconso0_2021-06-0295.json");
const V2_0242: &str =
    include_str!("../../../tests/fixtures/recalls/rappelconso/v2_gtin_trie_2021-05-0242.json");
const NO_ID: &str =
    include_str!("../../../tests/fixtures/recalls/broken/rappelconso_missing_numero_fiche.json");

fn fixture(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap()
}

fn gtins(r: &Recall) -> Vec<&str> {
    r.product.gtins.iter().map(|g| g.as_str()).collect()
}

#[test]
fn v2_record_yields_both_gtins_and_the_lot() {
    let r = parse(&fixture(V2_0242), "msg-1").unwrap();
    assert_eq!(gtins(&r), ["03760289220694", "03760289220748"]);
    assert_eq!(r.product.batches, ["ken134f"]);
}

#[test]
fn v2_record_is_named_by_its_numero_fiche() {
    let r = parse(&fixture(V2_0242), "msg-1").unwrap();
    assert_eq!(r.id, "R-rappelconso-2021-05-0242");
    assert_eq!(r.sources[0].reference, "2021-05-0242");
    assert_eq!(
        r.sources[0].url.as_deref(),
        Some("https://rappel.conso.gouv.fr/fiche-rappel/556/interne")
    );
    assert_eq!(r.channel, Channel::Regulator);
}

#[test]
fn v2_record_has_its_brand_split_models_and_french_market() {
    let r = parse(&fixture(V2_0242), "msg-1").unwrap();
    assert_eq!(r.product.brand.as_deref(), Some("keto slim nuit"));
    assert_eq!(r.product.models, ["keto slim nuit", "pack keto"]);
    assert_eq!(
        r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["FR"]
    );
    assert_eq!(r.title, "keto slim nuit");
    assert_eq!(r.category, Some(Category::Foods));
}

#[test]
fn v2_record_is_high_risk_with_refund_exchange_and_its_end_date_for_the_consumer() {
    let r = parse(&fixture(V2_0242), "msg-1").unwrap();
    assert_eq!(r.risk, RiskLevel::High);
    assert_eq!(
        r.remedies,
        BTreeSet::from([Remedy::Refund, Remedy::Replace, Remedy::StopUsing])
    );
    assert_eq!(
        r.timing, None,
        "a voluntary recall orders nothing on timing"
    );
    assert!(r
        .consumer_instructions
        .contains("Fin de la procédure de rappel : 2021-06-30"));
    assert_eq!(
        r.consumer_instructions,
        "ne plus consommer; rapporter le produit au point de vente; contacter le service consommateur. \
         Fin de la procédure de rappel : 2021-06-30"
    );
    assert_eq!(
        r.image_url.as_deref(),
        Some("https://rappel.conso.gouv.fr/image/df223eec-c212-416c-9612-e0f39263f022.jpg")
    );
    assert_eq!(
        r.published_at.unwrap().to_rfc3339(),
        "2021-06-01T15:04:00+00:00"
    );
    assert_eq!(
        r.hazard,
        "présence d'oxyde d'éthylène à une teneur supérieure à la législation européenne. dépassement des limites autorisées de pesticides"
    );
}

#[test]
fn v2_identification_as_an_ods_array_is_read_like_the_string() {
    let mut rec = fixture(V2_0242);
    rec[0]["identification_produits"] = json!([
        "3760289220694",
        "ken134f",
        "non concerné",
        "",
        "|3760289220748",
        "ken134f",
        "non concerné",
        "",
        ""
    ]);
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(gtins(&r), ["03760289220694", "03760289220748"]);
    assert_eq!(r.product.batches, ["ken134f"]);
}

#[test]
fn gtin_trie_rows_of_one_fiche_are_one_recall_with_every_gtin() {
    let mut second = fixture(V2_0242)[0].clone();
    second["gtin"] = json!("3760289220748");
    second["identification_produits"] = json!("3760289220748$ken135a$dlc$$");
    let rows = Value::Array(vec![fixture(V2_0242)[0].clone(), second]);
    let r = parse(&rows, "msg-1").unwrap();
    assert_eq!(gtins(&r), ["03760289220694", "03760289220748"]);
    assert_eq!(r.product.batches, ["ken134f", "ken135a"]);
}

#[test]
fn gtin_trie_rows_of_two_fiches_are_refused() {
    let mut second = fixture(V2_0242)[0].clone();
    second["numero_fiche"] = json!("2021-05-0243");
    let rows = Value::Array(vec![fixture(V2_0242)[0].clone(), second]);
    let e = parse(&rows, "msg-1").unwrap_err();
    assert_eq!(e.field, "record[1].numero_fiche");
    assert_eq!(e.record_id, "2021-05-0242");
}

#[test]
fn placeholder_gtins_are_skipped_but_a_wrong_check_digit_is_an_error() {
    let mut rec = fixture(V2_0242);
    rec[0]["gtin"] = Value::Null;
    rec[0]["identification_produits"] =
        json!("0000000000000$lot 1$$$|non concerné$$$$|123456$$$$|3760289220694$$$$");
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(gtins(&r), ["03760289220694"]);
    assert_eq!(r.product.batches, ["1"]);

    rec[0]["identification_produits"] = json!("3760289220694$a$$$|3760289220695$b$$$");
    let e = parse(&rec, "msg-1").unwrap_err();
    assert_eq!(e.field, "identification_produits");
    assert_eq!(e.record_id, "2021-05-0242");
    assert!(e.reason.contains("product 2"), "{e}");
}

#[test]
fn the_gtin_column_must_be_a_valid_gtin() {
    let mut rec = fixture(V2_0242);
    rec[0]["gtin"] = json!("3760289220695");
    assert_eq!(parse(&rec, "msg-1").unwrap_err().field, "gtin");
    rec[0]["gtin"] = json!(3760289220694u64);
    assert!(parse(&rec, "msg-1").is_ok());
}

#[test]
fn v1_record_is_named_by_its_reference_fiche() {
    let r = parse(&fixture(V1_0004), "msg-1").unwrap();
    assert_eq!(r.id, "R-rappelconso-2021-03-0004");
    assert_eq!(r.sources[0].reference, "2021-03-0004");
    assert_eq!(r.product.brand.as_deref(), Some("Système U"));
    assert_eq!(r.product.models, ["Bagels Sésame"]);
    assert_eq!(r.title, "Bagels Sésame Système U");
    assert_eq!(r.category, Some(Category::Foods));
    assert_eq!(r.risk, RiskLevel::High);
    assert!(r.remedies.contains(&Remedy::Refund));
    assert_eq!(r.consumer_instructions, "Ne plus consommer");
    assert!(r.product.gtins.is_empty() && r.product.batches.is_empty());
}

#[test]
fn a_voluntary_recall_without_an_end_date_has_no_timing() {
    let r = parse(&fixture(V1_0004), "msg-1").unwrap();
    assert_eq!(r.timing, None);
    assert_eq!(
        r.published_at.unwrap().to_rfc3339(),
        "2021-03-26T15:44:43+00:00"
    );
}

#[test]
fn v1_free_text_gives_the_lot_and_keeps_the_text_for_the_consumer() {
    let r = parse(&fixture(V1_0295), "msg-1").unwrap();
    assert_eq!(r.product.batches, ["21151-4509"]);
    assert!(r.product.gtins.is_empty());
    assert!(r
        .consumer_instructions
        .contains("Produits concernés : 21151-4509 Date limite de consommation 08/06/2021"));
    assert_eq!(r.product.brand.as_deref(), Some("La belle nature"));
    // No libelle: the title is brand + model.
    assert_eq!(r.title, "La belle nature Steak haché 5% X2 125G");
}

#[test]
fn the_french_long_end_date_is_read_and_told_to_the_consumer_not_taken_as_an_order() {
    let r = parse(&fixture(V1_0295), "msg-1").unwrap();
    assert_eq!(r.timing, None);
    assert!(
        r.consumer_instructions
            .contains("Fin de la procédure de rappel : 2021-07-07"),
        "{}",
        r.consumer_instructions
    );
}

#[test]
fn an_injury_warning_makes_the_recall_serious() {
    // 2021-06-0295: plastic pieces, "risque de blessures" in the advice.
    let r = parse(&fixture(V1_0295), "msg-1").unwrap();
    assert_eq!(r.risk, RiskLevel::Serious);
    let mut rec = fixture(V2_0242);
    rec[0]["risques_encourus"] =
        json!("listeria monocytogenes (agent responsable de la listériose)");
    assert_eq!(parse(&rec, "msg-1").unwrap().risk, RiskLevel::Serious);
}

#[test]
fn a_recall_imposed_by_a_prefectoral_order_is_immediate() {
    let mut rec = fixture(V1_0295);
    rec["fields"]["nature_juridique_du_rappel"] = json!("Imposé (avec arrêté préfectoral)");
    assert_eq!(
        parse(&rec, "msg-1").unwrap().timing,
        Some(TimingOverride::Immediately)
    );
}

#[test]
fn v1_free_text_gtins_are_taken_when_their_check_digit_is_right() {
    let mut rec = fixture(V1_0295);
    rec["fields"]["identification_des_produits"] =
        json!("Lot 21151-4509, EAN 3760289220694 DLC 08/06/2021");
    let r = parse(&rec, "msg-1").unwrap();
    assert_eq!(gtins(&r), ["03760289220694"]);
    assert_eq!(r.product.batches, ["21151-4509"]);
}

#[test]
fn a_record_without_its_fiche_number_is_refused_naming_the_message() {
    let e = parse(&fixture(NO_ID), "msg-no-id").unwrap_err();
    assert_eq!(e.source, "rappelconso");
    assert_eq!(e.field, "numero_fiche");
    assert_eq!(e.record_id, "msg-no-id");
    let mut v1 = fixture(V1_0004);
    v1["fields"]
        .as_object_mut()
        .unwrap()
        .remove("reference_fiche");
    assert_eq!(parse(&v1, "msg-1").unwrap_err().field, "reference_fiche");
}

#[test]
fn french_categories_map_to_the_platform_lists() {
    assert_eq!(category("Jouets"), Some(Category::Toys));
    assert_eq!(
        category("Hygiène-Beauté"),
        Some(Category::SkinCareCosmetics)
    );
    assert_eq!(
        category("appareils électriques, outils"),
        Some(Category::DigitalElectronicsAndAppliances)
    );
    assert_eq!(
        category("Vêtements, mode, EPI"),
        Some(Category::ClothingAndTextiles)
    );
    assert_eq!(
        category("Bébés-Enfants (hors alimentaire)"),
        Some(Category::MotherAndKids)
    );
    assert_eq!(subcategory("jouets"), Some(Category::Toys));
    assert_eq!(category("Autres"), None);
}

#[test]
fn end_dates_in_every_published_form_parse() {
    let eod = |s: &str| deadline(s).map(|d| d.to_rfc3339());
    assert_eq!(
        eod("mercredi 7 juillet 2021").as_deref(),
        Some("2021-07-07T23:59:59+00:00")
    );
    assert_eq!(
        eod("1er août 2021").as_deref(),
        Some("2021-08-01T23:59:59+00:00")
    );
    assert_eq!(
        eod("31/12/2021").as_deref(),
        Some("2021-12-31T23:59:59+00:00")
    );
    assert_eq!(
        eod("2021-06-30").as_deref(),
        Some("2021-06-30T23:59:59+00:00")
    );
    assert_eq!(eod("30 février 2021"), None);
    assert_eq!(eod("bientôt"), None);
}

#[test]
fn lot_labels_are_stripped_and_placeholders_dropped() {
    assert_eq!(strip_lot_label("Lot : 21151-4509"), "21151-4509");
    assert_eq!(strip_lot_label("LOT N° 123"), "123");
    assert_eq!(strip_lot_label("lotus"), "lotus");
    assert_eq!(strip_lot_label("Lot 21151 EAN :"), "21151");
    assert!(!is_batch("non concerné"));
    assert!(!is_batch("Tous les lots"));
    assert!(is_batch("ken134f"));
}
