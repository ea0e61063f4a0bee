use super::*;

fn c(code: &str) -> Country {
    Country::parse(code).unwrap()
}

fn codes(v: Vec<Locale>) -> Vec<&'static str> {
    v.into_iter().map(Locale::code).collect()
}

#[test]
fn the_notice_is_in_the_delivery_country_s_language_and_the_buyer_s_first_when_it_is_another() {
    assert_eq!(
        codes(notice_locales(&c("PL"), Some("pl-PL"))),
        vec!["pl"],
        "a Polish buyer in PL"
    );
    assert_eq!(
        codes(notice_locales(&c("DE"), Some("en-GB"))),
        vec!["en", "de"],
        "English, then German"
    );
    assert_eq!(
        codes(notice_locales(&c("BE"), Some("nl-BE"))),
        vec!["nl"],
        "Dutch in Belgium"
    );
    assert_eq!(codes(notice_locales(&c("BE"), Some("fr-BE"))), vec!["fr"]);
    assert_eq!(
        codes(notice_locales(&c("BE"), Some("ja-JP"))),
        vec!["ja", "nl"]
    );
    assert_eq!(
        codes(notice_locales(&c("BR"), Some("pt-BR"))),
        vec!["pt-BR"],
        "a Brazilian buyer"
    );
    assert_eq!(
        codes(notice_locales(&c("US"), Some("xx-YY"))),
        vec!["en"],
        "unknown locale, the US"
    );
    assert_eq!(codes(notice_locales(&c("US"), None)), vec!["en"]);
    assert_eq!(
        codes(notice_locales(&c("FR"), None)),
        vec!["fr"],
        "no locale: the country's language"
    );
    assert_eq!(
        codes(notice_locales(&c("FI"), Some("sv-FI"))),
        vec!["sv"],
        "Swedish in Finland"
    );
    assert_eq!(codes(notice_locales(&c("LU"), Some("de-LU"))), vec!["de"]);
    assert_eq!(codes(notice_locales(&c("IE"), Some("en-IE"))), vec!["en"]);
    assert_eq!(codes(notice_locales(&c("MT"), Some("en-MT"))), vec!["en"]);
    assert_eq!(
        codes(notice_locales(&c("CY"), Some("tr-CY"))),
        vec!["tr", "el"]
    );
    assert_eq!(
        codes(notice_locales(&c("PT"), Some("pt-BR"))),
        vec!["pt-BR"],
        "Portuguese in Portugal"
    );
    assert_eq!(
        codes(notice_locales(&c("JP"), Some("ja"))),
        vec!["ja"],
        "outside the EU, the buyer's"
    );
}

#[test]
fn locales_parse_as_the_marketplace_gives_them_and_fall_back_to_english() {
    for (raw, code) in [
        ("fr-FR", "fr"),
        ("pt_BR", "pt-BR"),
        ("pt-PT", "pt"),
        ("zh-Hans-CN", "zh-CN"),
        ("zh", "zh-CN"),
        ("DE", "de"),
        ("iw", "he"),
        ("ga-IE", "ga"),
    ] {
        assert_eq!(Locale::parse(raw).map(Locale::code), Some(code), "{raw}");
    }
    for raw in ["", "xx", "nb-NO", "is"] {
        assert_eq!(Locale::parse(raw), None, "{raw}");
    }
    let br = Locale::parse("pt-BR").unwrap();
    assert_eq!(codes(br.fallbacks()), vec!["pt-BR", "pt", "en"]);
    assert_eq!(codes(Locale::ENGLISH.fallbacks()), vec!["en"]);
    assert!(Locale::parse("ar").unwrap().is_rtl() && Locale::parse("he").unwrap().is_rtl());
    assert!(!Locale::parse("fr").unwrap().is_rtl());
}

#[test]
fn every_locale_parses_to_itself_and_every_eu_state_has_its_languages() {
    for l in LOCALES {
        assert_eq!(Locale::parse(l).map(Locale::code), Some(l));
    }
    for state in [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ] {
        let langs = country_languages(&c(state));
        assert!(!langs.is_empty(), "{state}");
        assert!(
            langs.iter().all(|l| Locale::parse(l).is_some()),
            "{state}: {langs:?}"
        );
    }
}

#[test]
fn a_notice_is_written_in_the_first_of_its_languages_that_it_has_a_text_in() {
    use crate::kernel::language::Language::{self, De, En, Es, Fr};
    trait Four {
        fn for_notice4(c: &Country, l: Option<&str>) -> (Language, Option<Language>);
    }
    impl Four for Language {
        fn for_notice4(c: &Country, l: Option<&str>) -> (Language, Option<Language>) {
            Language::for_notice(c, l, |x| Language::ALL.contains(&x))
        }
    }
    // Until every locale has its texts (en, fr, de, es today): a Polish
    // buyer in France reads French (the country's), not English.
    assert_eq!(Language::for_notice4(&c("FR"), Some("pl-PL")), (Fr, None));
    assert_eq!(Language::for_notice4(&c("FR"), None), (Fr, None));
    assert_eq!(
        Language::for_notice4(&c("FR"), Some("es-ES")),
        (Es, Some(Fr)),
        "the buyer's first, the country's below"
    );
    assert_eq!(
        Language::for_notice4(&c("DE"), Some("en-GB")),
        (En, Some(De))
    );
    assert_eq!(
        Language::for_notice4(&c("BE"), Some("ja-JP")),
        (En, None),
        "neither ja nor nl yet"
    );
    assert_eq!(Language::for_notice4(&c("US"), Some("de")), (De, None));
    assert_eq!(Language::for_notice4(&c("JP"), Some("ja")), (En, None));
}
