//! Unit tests of `prose` (kept beside it, out of the production file), on
//! titles and product names written as CPSC writes them.

use super::*;

fn ids(title: &str, names: &[&str], companies: &[&str]) -> ProseIds {
    let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    let companies: Vec<String> = companies.iter().map(|s| s.to_string()).collect();
    prose_ids(title, &names, &companies)
}

#[test]
fn brand_and_model_are_read_from_a_brand_recalls_title() {
    let r = ids(
        "Brightpaw Recalls BP-12 Chew Toys Due to Choking Hazard",
        &["Brightpaw BP-12 Chew Toys"],
        &[],
    );
    assert_eq!(r.brand.as_deref(), Some("Brightpaw"));
    assert_eq!(r.models, ["BP-12"]);
    let r = ids(
        "Glimmerbloc Recalls GB-64 Night Lights Due to Fire and Burn Hazards; Sold Exclusively at Amazon",
        &[],
        &[],
    );
    assert_eq!(r.brand.as_deref(), Some("Glimmerbloc"));
    assert_eq!(r.models, ["GB-64"]);
    let r = ids(
        "Solven Recalls KX40 Space Heaters Due to Fire Hazard",
        &[],
        &[],
    );
    assert_eq!(
        (r.brand.as_deref(), r.models.as_slice()),
        (Some("Solven"), &["KX40".to_string()][..])
    );
}

#[test]
fn every_model_of_the_title_and_the_product_names_is_kept_once() {
    let r = ids(
        "Nightlume Recall of NL-300 and NL-330 Plug-In Night Lights Due to Shock Hazard",
        &[
            "Nightlume NL-330 Night Light",
            "Nightlume nl 300 night light",
            "Nightlume NL-310",
        ],
        &[],
    );
    assert_eq!(r.brand.as_deref(), Some("Nightlume"));
    assert_eq!(r.models, ["NL-300", "NL-330", "NL-310"]);
}

#[test]
fn a_multi_word_or_hyphenated_brand_keeps_its_words_and_drops_legal_suffixes() {
    assert_eq!(
        ids("Amazon Basics Recalls Portable Heaters", &[], &[])
            .brand
            .as_deref(),
        Some("Amazon Basics")
    );
    assert_eq!(
        ids(
            "Fisher-Price Recalls Rock 'n Glide Soothers Due to Suffocation Hazard",
            &[],
            &[]
        )
        .brand
        .as_deref(),
        Some("Fisher-Price")
    );
    assert_eq!(
        ids(
            "Acme Products Inc. Recalls Kettles Due to Burn Hazard",
            &[],
            &[]
        )
        .brand
        .as_deref(),
        Some("Acme Products")
    );
}

#[test]
fn a_title_without_a_brand_before_recalls_yields_no_brand() {
    for title in [
        "15-Drawer Dressers Recalled Due to Risk of Serious Injury or Death from Tip-Over",
        "Voluntary Recall of Space Heaters Due to Fire Hazard",
        "Recall of BP-12 Chew Toys",
        "CPSC Warns Consumers to Immediately Stop Using Magnetic Balls; Recall Sought",
    ] {
        assert_eq!(ids(title, &[], &[]).brand, None, "{title}");
    }
}

#[test]
fn recall_10882_reads_the_brand_from_its_product_name_and_its_importer_and_no_model() {
    // Verbatim from tests/fixtures/recalls/cpsc/recall_10882_abridged.json.
    let r = ids(
        "15-Drawer Dressers Recalled Due to Risk of Serious Injury or Death from Tip-Over and Entrapment Hazards; Violate Mandatory Standard for Clothing Storage Units; Sold on Amazon by Enhomee-Direct",
        &["EnHomee 15-Drawer 51\" Dressers"],
        &[
            "Changzhou Jiaxuan Intelligence Furniture Co., Ltd., of China",
            "Hong Kong Baojia International Co. Ltd., dba Enhomee-Direct, of China",
        ],
    );
    assert_eq!(r.brand.as_deref(), Some("EnHomee"));
    assert!(
        r.models.is_empty(),
        "15-Drawer and 51\" are sizes: {:?}",
        r.models
    );
}

#[test]
fn a_product_name_s_first_word_is_no_brand_unless_a_company_of_the_record_bears_it() {
    let r = ids(
        "Children's Pajamas Recalled Due to Violation of Flammability Standards",
        &["Children's Pajamas"],
        &["Sleepy Kids Apparel LLC, of New York"],
    );
    assert_eq!(r.brand, None);
}

#[test]
fn sizes_counts_and_formats_are_not_model_numbers() {
    for token in [
        "15-Drawer",
        "51\"",
        "3-Pack",
        "12V",
        "64GB",
        "2.4GHz",
        "1080p",
        "3T",
        "2-in-1",
        "12\"x18\"",
        "4K",
        "18650",
        "100W",
        "6-Piece",
        "2nd",
    ] {
        assert!(models_in(token).is_empty(), "{token} taken as a model");
    }
    let r = ids(
        "Brightpaw Recalls 3-Pack 12\" BP-12 Chew Toys (2-in-1)",
        &["Brightpaw 3-Pack 12-Inch Chew Toys, 64GB"],
        &[],
    );
    assert_eq!(r.models, ["BP-12"]);
}

#[test]
fn hazards_dates_and_standards_are_not_model_numbers() {
    for text in [
        "COVID-19 Test Kits",
        "N95 Respirators",
        "Risk of CO2 Poisoning",
        "Sold from Mid-2024 through FY2025",
        "Q3 shipments",
        "violates ASTM F2057 and 16 CFR 1261",
    ] {
        assert!(models_in(text).is_empty(), "{text}: {:?}", models_in(text));
    }
    // The hazard and retailer clauses of a title are not read at all.
    let r = ids(
        "Solven Recalls KX40 Space Heaters Due to CO2 and Fire Hazards from Model KX90 Cords; Sold at Target",
        &[],
        &[],
    );
    assert_eq!(r.models, ["KX40"]);
}

#[test]
fn a_brand_with_digits_is_not_its_own_model() {
    let r = ids(
        "Brand2Go Recalls BG-7 Power Banks Due to Fire Hazard",
        &["Brand2Go BG-7 Power Bank"],
        &[],
    );
    assert_eq!(r.brand.as_deref(), Some("Brand2Go"));
    assert_eq!(r.models, ["BG-7"]);
}

fn labelled(text: &str) -> Vec<String> {
    labelled_gtins(text)
        .into_iter()
        .map(|g| g.as_str().to_string())
        .collect()
}

#[test]
fn gtins_labelled_upc_in_prose_are_read_in_the_spellings_of_the_fda() {
    // The spellings of openFDA and iRES records (fixtures/recalls/README.md).
    assert_eq!(
        labelled("Keto bars, 12 ct, UPC 850065403144."),
        ["00850065403144"]
    );
    assert_eq!(
        labelled("Ice cream UPC 8 75343 00001 3, 1.5 qt"),
        ["00875343000013"]
    );
    assert_eq!(
        labelled("NDC 0067-6382-30 & UPC code: 300676382302 (Novartis) Target NDC 1167-3401-04"),
        ["00300676382302"]
    );
    assert_eq!(
        labelled("Burrito.  UPC 1 00001-00029 7.  Keep Refrigerated."),
        ["00100001000297"]
    );
    assert_eq!(labelled("UPC: 012345678905"), ["00012345678905"]);
    assert_eq!(
        labelled("Salsa, 16 oz, UPC 0 41498 12345 1, Best by 2026"),
        ["00041498123451"]
    );
}

#[test]
fn several_labels_and_lists_of_numbers_are_all_read() {
    assert_eq!(
        labelled("UPCs 041498123451, 041498123468 and 041498123475; EAN-13: 4006381333931; GTIN-14 10012345678902"),
        ["00041498123451", "00041498123468", "00041498123475", "04006381333931", "10012345678902"]
    );
    assert_eq!(labelled("UPC/EAN 5060012345679"), ["05060012345679"]);
    assert_eq!(
        labelled("UPC No. 041498123451 and UPC# 041498123451"),
        ["00041498123451"]
    );
}

#[test]
fn a_number_that_is_not_a_labelled_valid_gtin_is_passed_over() {
    // Unlabelled runs: NDCs, lots, dates.
    assert!(labelled("Lot 300676382302, NDC 0067-6382-30, exp 20130331").is_empty());
    // Wrong check digit, wrong length, all zeros, a date after the label.
    assert!(labelled("UPC 041498123452").is_empty());
    assert!(labelled("UPC 12345 67890").is_empty());
    assert!(labelled("UPC 000000000000").is_empty());
    assert!(labelled("UPC 20130331").is_empty());
    assert!(labelled("the UPC is printed on the back, item 041498123451").is_empty());
    // A size after the number is not part of it.
    assert_eq!(labelled("UPC 041498123451 12 oz"), ["00041498123451"]);
}

#[test]
fn prose_names_the_remedies_risk_and_category() {
    assert_eq!(
        remedies_in_prose(
            "Consumers should immediately stop using the heater and return it for a full refund."
        ),
        BTreeSet::from([Remedy::StopUsing, Remedy::Refund])
    );
    assert!(remedies_in_prose("More information on the website.").is_empty());
    assert_eq!(
        risk_in_prose(&["Fire hazard", "could cause serious injury or death"]),
        RiskLevel::Serious
    );
    assert_eq!(risk_in_prose(&["Labelling error"]), RiskLevel::High);
    assert_eq!(
        category_in_prose(&["", "Baby monitors"]),
        Some(Category::MotherAndKids)
    );
    assert_eq!(
        category_in_prose(&["Ceramic space heaters"]),
        Some(Category::DigitalElectronicsAndAppliances)
    );
    assert_eq!(category_in_prose(&["Enoki mushrooms"]), None);
}

#[test]
fn lots_labelled_in_prose_are_read_without_dates_sizes_or_other_codes() {
    assert_eq!(
        labelled_lots("Lot numbers and exp dates:  10108716  31-Mar-2013, \n10111510  30-Apr-2013"),
        ["10108716", "10111510"]
    );
    assert_eq!(
        labelled_lots("Lot codes: PS2610A, PS2610B; Best by 10/2027."),
        ["PS2610A", "PS2610B"]
    );
    assert_eq!(
        labelled_lots("Lot#A123 and Lot: B-456, exp 2026-11-04"),
        ["A123", "B-456"]
    );
    assert_eq!(
        labelled_lots("Lot 2210 12 oz 16oz, UPC 041498123451, Model KX40"),
        ["2210"]
    );
    // The list ends with its sentence; no label, no lots.
    assert_eq!(labelled_lots("Lot 4455. Sold in 2000 stores"), ["4455"]);
    assert!(labelled_lots("all products that has a plant code of \"38-25\".").is_empty());
    assert!(labelled_lots("Serial numbers 100200 to 100300").is_empty());
}
