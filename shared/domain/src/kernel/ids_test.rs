//! Unit tests of `ids` (kept beside it, out of the production file).

use super::*;
use proptest::prelude::*;

#[test]
fn upc_12_and_ean_13_of_one_product_normalise_to_the_same_gtin_14() {
    let upc = Gtin::parse("850012345671").unwrap();
    let ean = Gtin::parse("0850012345671").unwrap();
    let gtin14 = Gtin::parse("00850012345671").unwrap();
    assert_eq!(upc, ean);
    assert_eq!(ean, gtin14);
    assert_eq!(upc.as_str(), "00850012345671");
}

#[test]
fn gtin_8_and_real_ean_13_from_the_fixtures_are_valid() {
    assert_eq!(Gtin::parse("96385074").unwrap().as_str(), "00000096385074");
    assert!(Gtin::parse("3760289220694").is_ok());
    assert!(Gtin::parse("8720362191049").is_ok());
}

#[test]
fn a_wrong_check_digit_is_refused_with_the_expected_digit() {
    let err = Gtin::parse("3760289220695").unwrap_err();
    assert_eq!(
        err,
        GtinError::CheckDigit {
            value: "3760289220695".into(),
            found: 5,
            expected: 4
        }
    );
    assert!(err.to_string().contains("expected 4"));
}

#[test]
fn other_lengths_and_letters_are_not_gtins() {
    for bad in [
        "",
        "1234567",
        "12345678901",
        "123456789012345",
        "85001234567A",
        "non concerné",
    ] {
        assert!(
            matches!(Gtin::parse(bad), Err(GtinError::Shape(_))),
            "{bad}"
        );
    }
}

#[test]
fn folding_ignores_case_accents_and_punctuation() {
    assert_eq!(fold("JB-100"), "jb100");
    assert_eq!(fold(" jb 100 "), "jb100");
    assert_eq!(fold("Système U"), "systemeu");
    assert_eq!(fold("EnHomee"), "enhomee");
}

#[test]
fn name_tokens_fold_plurals_and_drop_filler() {
    assert_eq!(
        name_tokens("EnHomee 15-Drawer 51\" Dressers"),
        vec!["drawer", "dresser", "enhomee"]
    );
}

#[test]
fn country_names_from_safety_gate_map_to_codes() {
    assert_eq!(
        country_from_english_name("Luxembourg").unwrap().as_str(),
        "LU"
    );
    assert_eq!(
        country_from_english_name("The Netherlands")
            .unwrap()
            .as_str(),
        "NL"
    );
    assert!(country_from_english_name("Atlantis").is_none());
}

proptest! {
    #[test]
    fn every_13_digit_body_with_its_check_digit_is_a_gtin_and_any_other_digit_is_not(
        body in proptest::collection::vec(0u32..10, 12), wrong in 1u32..10
    ) {
        let mut full = vec![0u32];
        full.extend(&body);
        let cd = check_digit(&full);
        let ean: String = body.iter().chain(std::iter::once(&cd)).map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert!(Gtin::parse(&ean).is_ok());
        let bad_cd = (cd + wrong) % 10;
        let bad: String = body.iter().chain(std::iter::once(&bad_cd)).map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert!(Gtin::parse(&bad).is_err());
    }

    #[test]
    fn leading_zeros_never_change_a_gtin(body in proptest::collection::vec(0u32..10, 11)) {
        let mut full = vec![0u32, 0];
        full.extend(&body);
        let cd = check_digit(&full);
        let upc: String = body.iter().chain(std::iter::once(&cd)).map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert_eq!(Gtin::parse(&upc).unwrap(), Gtin::parse(&format!("0{upc}")).unwrap());
    }
}

#[test]
fn only_assigned_iso_3166_codes_are_countries_and_the_error_never_repeats_the_value() {
    for code in ["GB", "FR", "DE", "US", "BR", "TV", "gb", " fr "] {
        assert!(Country::parse(code).is_ok(), "{code}");
    }
    for code in EU_EEA {
        assert!(Country::parse(code).is_ok(), "{code}");
    }
    for code in [
        "ZZ",
        "XX",
        "UK",
        "XK",
        "EU",
        "AA",
        "F",
        "FRA",
        "",
        "someone@example.org",
    ] {
        let e = Country::parse(code).unwrap_err();
        assert!(
            code.len() < 2 || !e.to_string().contains(code.trim()),
            "{e}"
        );
    }
    let assigned = ('A'..='Z')
        .flat_map(|a| ('A'..='Z').map(move |b| format!("{a}{b}")))
        .filter(|c| Country::parse(c).is_ok())
        .count();
    assert_eq!(assigned, 249, "ISO 3166-1 has 249 assigned alpha-2 codes");
}
