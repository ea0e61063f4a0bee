//! Unit tests of `common` (kept beside it, out of the production file).

use super::*;

#[test]
fn gtin_fields_tell_gtins_placeholders_and_errors_apart() {
    assert!(matches!(gtin_field("3760289220694"), GtinField::Gtin(_)));
    assert!(matches!(
        gtin_field(" 3 760289 220694 "),
        GtinField::Gtin(_)
    ));
    assert!(matches!(gtin_field("3760289220695"), GtinField::Bad(_)));
    assert!(matches!(gtin_field("0000000000000"), GtinField::NotGtin));
    assert!(matches!(gtin_field("123456"), GtinField::NotGtin));
    assert!(matches!(gtin_field("non concerné"), GtinField::Text));
    assert!(matches!(gtin_field(""), GtinField::Text));
}

#[test]
fn only_valid_gtins_are_taken_from_free_text() {
    let found = gtins_in_text("EAN 3760289220694, lot 12345678, DLC 08/06/2021, 3760289220695");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0.as_str(), "03760289220694");
}

#[test]
fn iso_dates_with_and_without_offset_are_utc() {
    assert_eq!(
        iso_datetime("2021-03-26T15:44:43+02:00")
            .unwrap()
            .to_rfc3339(),
        "2021-03-26T13:44:43+00:00"
    );
    assert_eq!(
        iso_datetime("2026-07-30T00:00:00").unwrap().to_rfc3339(),
        "2026-07-30T00:00:00+00:00"
    );
    assert!(iso_datetime("mercredi 7 juillet 2021").is_none());
}

#[test]
fn folded_text_has_no_accents_or_capitals() {
    assert_eq!(fold_text("Décès, Électrocution"), "deces, electrocution");
    assert_eq!(words("e. coli"), vec!["e", "coli"]);
}

#[test]
fn sentences_are_joined_with_one_full_stop() {
    assert_eq!(
        join_sentences(["Présence de X.", "Risque Y"]),
        "Présence de X. Risque Y"
    );
    assert_eq!(join_sentences(["A", "", "B"]), "A. B");
}
