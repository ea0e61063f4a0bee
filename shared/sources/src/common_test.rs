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

#[test]
fn html_becomes_one_line_of_text_with_its_entities_decoded() {
    assert_eq!(
        html_text("<p>Stop using it.&nbsp;Return it&nbsp;for a <strong>refund</strong>.</p>\n<ul><li>Lot&#160;A1</li><li>Lot&#x20;B2</li></ul>"),
        "Stop using it. Return it for a refund. Lot A1 Lot B2"
    );
    assert_eq!(
        html_text("Fish &amp; chips &lt;3 &amp;lt; a < b"),
        "Fish & chips <3 &lt; a < b"
    );
    // An unknown reference is kept as written; an unclosed tag at the end is dropped.
    assert_eq!(html_text("R&D &bogus; x <a href=\"#"), "R&D &bogus; x");
    assert_eq!(html_text("&#0;&#xD800;"), "&#xD800;");
}

#[test]
fn a_long_line_is_cut_at_a_word_with_an_ellipsis() {
    assert_eq!(bounded_line("  short   text ", 40), "short text");
    let cut = bounded_line(
        "Target Up & Up, athlete's foot cream, full prescription strength",
        40,
    );
    assert_eq!(cut, "Target Up & Up, athlete's foot cream…");
    assert_eq!(
        bounded_line("Mild salsa in a glass jar with a metal lid and a label", 30),
        "Mild salsa in a glass jar…"
    );
    assert!(cut.chars().count() <= 40);
    assert_eq!(bounded_line(&"x".repeat(50), 10).chars().count(), 10);
}

#[test]
fn barcode_fields_name_the_field_of_a_bad_check_digit() {
    let ctx = Ctx::new("opss", "2609-0229");
    let found = barcodes(
        &ctx,
        "details.body.Barcode",
        "EAN 8720362191049, 5060012345679 / N/A",
    )
    .unwrap();
    assert_eq!(found.len(), 2);
    let e = barcodes(&ctx, "details.body.Barcode", "5060012345670").unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.record_id.as_str()),
        ("details.body.Barcode", "2609-0229")
    );
    assert!(e.reason.contains("check digit"), "{e}");
    assert!(barcodes(&ctx, "f", "Not known").unwrap().is_empty());
}
