//! The consumer recall notice of SPEC 1.4.5 (GPSR Art. 36 and 37): in the
//! consumer's language, with every mandatory element, escaped, and with the
//! SES placeholders left for the per-destination data.

#[path = "support/rendered.rs"]
mod rendered;

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use safety_domain::catalog::Money;
use safety_domain::kernel::ids::Country;
use safety_domain::notices::consumer::{
    authority, consumer_template, offered_remedies, render_for, replacement_data, BulkTemplate,
    ConsumerOrder, Language, ProductView, FALLBACK_AUTHORITY, PLACEHOLDERS,
};
use safety_domain::notices::render::Email;
use safety_domain::recall::{Channel, ProductIds, Recall, Remedy, RiskLevel, SourceRef};
use std::collections::BTreeSet;

const HAZARD: &str = "The magnets can detach. If a child swallows two or more magnets, they can attract each other in the intestine and cause perforation or blockage, which can be fatal.";
const IMAGE: &str = "https://cdn.example.com/listings/L-1/main.jpg";

fn placed_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 14, 30, 0).unwrap()
}

fn country(code: &str) -> Country {
    Country::parse(code).unwrap()
}

fn recall() -> Recall {
    let sources = vec![
        SourceRef {
            source: "rappelconso".into(),
            reference: "2021-05-0242".into(),
            url: Some("https://rappel.conso.gouv.fr/fiche-rappel/242/Interne".into()),
        },
        SourceRef {
            source: "safety_gate".into(),
            reference: "A12/00123/21".into(),
            url: None,
        },
    ];
    Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&sources[0]),
        channel: Channel::Regulator,
        sources,
        title: "Magnetic building tiles JoyBlocks JB-100".into(),
        hazard: HAZARD.into(),
        risk: RiskLevel::Serious,
        category: None,
        product: ProductIds {
            gtins: BTreeSet::new(),
            brand: Some("JoyBlocks".into()),
            models: vec!["JB-100".into()],
            batches: vec!["LOT 2104".into()],
            name: Some("Magnetic building tiles".into()),
            from_prose: false,
            prose_gtins: Default::default(),
        },
        markets: [country("FR"), country("DE"), country("ES")]
            .into_iter()
            .collect(),
        remedies: [Remedy::Refund, Remedy::Replace].into_iter().collect(),
        consumer_instructions: "Put the tiles in a closed box until you return them.".into(),
        image_url: None,
        published_at: None,
        timing: None,
    }
}

fn product() -> ProductView {
    ProductView {
        listing_id: "L-1".into(),
        listing_title: "Magnetic building tiles 100 pcs".into(),
        brand: Some("JoyBlocks".into()),
        model: Some("JB-100".into()),
        batches: vec!["LOT 2104".into(), "LOT 2105".into()],
        image_url: Some(IMAGE.into()),
    }
}

fn order(lang: Language, country_code: &str) -> ConsumerOrder {
    ConsumerOrder {
        order_id: "O-2026-000123".into(),
        buyer_id: "B-1".into(),
        email: "buyer@example.com".into(),
        language: lang,
        country: country(country_code),
        market: country(country_code),
        placed_at: placed_at(),
        quantity: 3,
        unit_price: Money {
            amount: "19.99".into(),
            currency: "EUR".into(),
        },
        fees: Money {
            amount: "4.99".into(),
            currency: "EUR".into(),
        },
        cancelled_at: None,
        shipped_at: Some(placed_at()),
        also: None,
    }
}

fn money(amount: &str, currency: &str) -> Money {
    Money {
        amount: amount.into(),
        currency: currency.into(),
    }
}

/// The HTML as a reader sees it: minijinja writes `/` as `&#x2f;` and so on.
fn decoded(html: &str) -> String {
    html.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn notice(lang: Language, country_code: &str, recall: &Recall, product: &ProductView) -> Email {
    let template = consumer_template(lang, recall, product).unwrap();
    render_for(
        &template,
        &replacement_data(lang, &order(lang, country_code)),
    )
}

fn text_of(value: &serde_json::Value) -> &str {
    value.as_str().unwrap()
}

/// The placeholders (`{{...}}`) left in a template.
fn placeholders_in(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let end = after.find("}}").expect("an unclosed placeholder");
        out.push(after[..end].to_string());
        rest = &after[end + 2..];
    }
    out
}

/// Per language: (the buyer's country, the heading, the order date, the
/// instruction to stop using the product).
fn per_language(lang: Language) -> (&'static str, &'static str, &'static str, &'static str) {
    match lang {
        Language::En => (
            "IE",
            "Product safety recall",
            "3 November 2026",
            "Stop using the product immediately",
        ),
        Language::Fr => (
            "FR",
            "Rappel de produit pour raison de sécurité",
            "3 novembre 2026",
            "Cessez immédiatement d’utiliser ce produit",
        ),
        Language::De => (
            "DE",
            "Produktsicherheitsrückruf",
            "3. November 2026",
            "Verwenden Sie das Produkt ab sofort nicht mehr",
        ),
        Language::Es => (
            "ES",
            "Recuperación de producto por motivos de seguridad",
            "3 de noviembre de 2026",
            "Deje de usar el producto inmediatamente",
        ),
        other => panic!("not one of Language::ALL: {other:?}"),
    }
}

#[test]
fn locales_choose_the_notice_language_and_english_is_the_default() {
    for (locale, lang) in [
        (Some("fr-FR"), Language::Fr),
        (Some("fr"), Language::Fr),
        (Some("FR_fr"), Language::Fr),
        (Some("fr-CA"), Language::Fr),
        (Some("de-AT"), Language::De),
        (Some("de_CH.UTF-8"), Language::De),
        (Some("es-MX"), Language::Es),
        (Some("es"), Language::Es),
        (Some("en-GB"), Language::En),
        (Some("ja"), Language::En),
        (Some("ja-JP"), Language::En),
        (Some(""), Language::En),
        (None, Language::En),
    ] {
        assert_eq!(Language::from_locale(locale), lang, "{locale:?}");
    }
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["en", "fr", "de", "es"]);
    assert_eq!(serde_json::to_string(&Language::Fr).unwrap(), "\"fr\"");
    assert_eq!(
        serde_json::from_str::<Language>("\"es\"").unwrap(),
        Language::Es
    );
}

#[test]
fn a_french_buyer_gets_the_french_notice() {
    let lang = Language::from_locale(Some("fr-FR"));
    let email = notice(lang, "FR", &recall(), &product());
    assert!(email.subject.starts_with(
        "Rappel de produit pour raison de sécurité\u{a0}: Magnetic building tiles 100 pcs – "
    ));
    assert!(email
        .html
        .contains("alt=\"Photo du produit rappelé\u{a0}: Magnetic building tiles 100 pcs\""));
    for part in [&email.text, &email.html] {
        assert!(part.contains("Rappel de produit pour raison de sécurité"));
        assert!(part.contains("Vous l’avez acheté le 3 novembre 2026 (commande O-2026-000123)"));
        assert!(part.contains("pays de livraison\u{a0}: France"));
        assert!(part.contains("Le danger\u{a0}:"));
        assert!(part.contains("DGCCRF"));
        assert!(!part.contains("Product safety recall"));
    }
    assert!(email
        .html
        .starts_with("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"));
}

#[test]
fn a_japanese_locale_gets_the_english_notice() {
    let lang = Language::from_locale(Some("ja"));
    assert_eq!(lang, Language::En);
    let mut o = order(lang, "JP");
    o.unit_price = money("1980", "JPY");
    let template = consumer_template(lang, &recall(), &product()).unwrap();
    let email = render_for(&template, &replacement_data(lang, &o));
    assert!(email.subject.starts_with("Product safety recall: "));
    assert!(email.subject.ends_with(" – stop using it now"));
    assert!(email.text.starts_with("Product safety recall\n"));
    assert!(email.text.contains(
        "You bought it on 3 November 2026 (order O-2026-000123), delivered to Japan, on our marketplace."
    ));
    assert!(email.text.contains("5,940 JPY"));
    assert!(email
        .text
        .contains("Consumer Affairs Agency (CAA)\nhttps://www.caa.go.jp\n"));
}

#[test]
fn german_and_spanish_notices_render() {
    let de = notice(Language::De, "DE", &recall(), &product());
    assert!(de.subject.starts_with("Produktsicherheitsrückruf: "));
    assert!(de
        .text
        .contains("Sie haben es am 3. November 2026 (Bestellung O-2026-000123)"));
    assert!(de.text.contains("Lieferland: Deutschland"));
    assert!(de
        .text
        .contains("Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA)"));
    assert!(de.html.contains("<html lang=\"de\" dir=\"ltr\">"));

    let es = notice(Language::Es, "ES", &recall(), &product());
    assert!(es
        .subject
        .starts_with("Recuperación de producto por motivos de seguridad: "));
    assert!(es
        .text
        .contains("Lo compró el 3 de noviembre de 2026 (pedido O-2026-000123)"));
    assert!(es.text.contains("país de entrega: España"));
    assert!(es.text.contains("Dirección General de Consumo"));
    assert!(es.html.contains("<html lang=\"es\" dir=\"ltr\">"));
}

#[test]
fn every_language_notice_has_every_element_of_the_gpsr_recall_notice() {
    for lang in Language::ALL {
        let (buyer_country, heading, date, stop) = per_language(lang);
        let email = notice(lang, buyer_country, &recall(), &product());
        let auth = authority(&country(buyer_country));
        let html = decoded(&email.html);
        for (part, body) in [("text", &email.text), ("html", &html)] {
            let expected = [
                heading,
                "Magnetic building tiles 100 pcs",
                "JoyBlocks",
                "JB-100",
                "LOT 2104, LOT 2105",
                IMAGE,
                HAZARD,
                stop,
                if lang == Language::En {
                    "59.97 EUR"
                } else {
                    "59,97 EUR"
                },
                auth.name,
                auth.url,
                date,
                "O-2026-000123",
                "RappelConso (France) 2021-05-0242",
                "EU Safety Gate A12/00123/21",
                "Magnetic building tiles JoyBlocks JB-100",
                "Put the tiles in a closed box until you return them.",
            ];
            for want in expected {
                assert!(
                    body.contains(want),
                    "{lang:?} {part}: no {want:?} in\n{body}"
                );
            }
        }
        // The remedies: a refund of the price paid and a replacement (the
        // recall's), free of charge, and how to get them.
        let (refund, replace, free, how) = match lang {
            Language::En => (
                "a full refund of the price you paid (59.97 EUR)",
                "a free replacement with a safe product",
                "free of charge for you, including any return shipping",
                "My orders → order O-2026-000123 → Return/refund",
            ),
            Language::Fr => (
                "le remboursement intégral du prix que vous avez payé (59,97 EUR)",
                "le remplacement gratuit par un produit sûr",
                "gratuites pour vous, y compris les éventuels frais de retour",
                "Mes commandes → commande O-2026-000123 → Retour/remboursement",
            ),
            Language::De => (
                "die volle Erstattung des von Ihnen gezahlten Preises (59,97 EUR)",
                "den kostenlosen Ersatz durch ein sicheres Produkt",
                "für Sie kostenlos, auch eine etwaige Rücksendung",
                "Meine Bestellungen → Bestellung O-2026-000123 → Rückgabe/Erstattung",
            ),
            Language::Es => (
                "el reembolso íntegro del precio que pagó (59,97 EUR)",
                "la sustitución gratuita por un producto seguro",
                "gratuitas para usted, incluido el envío de devolución",
                "Mis pedidos → pedido O-2026-000123 → Devolución/reembolso",
            ),
            other => panic!("not one of Language::ALL: {other:?}"),
        };
        for want in [refund, replace, free, how] {
            assert!(email.text.contains(want), "{lang:?}: no {want:?}");
            assert!(html.contains(want), "{lang:?} html: no {want:?}");
        }
        // The picture is an image with alt text in the HTML, a URL in the text.
        assert!(html.contains(&format!("<img src=\"{IMAGE}\" alt=\"")));
        assert!(email.text.contains(&format!(" {IMAGE}\n")));
        assert!(html.contains(&format!("<a href=\"{}\">{}</a>", auth.url, auth.name)));
        assert!(html.contains(
            "<a href=\"https://rappel.conso.gouv.fr/fiche-rappel/242/Interne\">RappelConso (France) 2021-05-0242</a>"
        ));
    }
}

#[test]
fn the_hazard_and_listing_text_are_escaped_in_html_and_plain_in_text() {
    let mut r = recall();
    r.hazard = "Fire <script>alert('x')</script> & burns".into();
    r.title = "Tiles <img src=x onerror=alert(1)>".into();
    r.consumer_instructions = "<SCRIPT>steal()</SCRIPT>".into();
    let mut p = product();
    p.listing_title = "<b>Tiles</b>".into();
    p.brand = Some("Joy\"Blocks".into());
    p.model = Some("JB<100>".into());
    p.batches = vec!["<i>LOT</i>".into()];
    p.image_url = Some("https://cdn.example.com/a.jpg\" onerror=\"alert(1)".into());
    for lang in Language::ALL {
        let template = consumer_template(lang, &r, &p).unwrap();
        let email = render_for(&template, &replacement_data(lang, &order(lang, "FR")));
        assert!(email
            .html
            .contains("Fire &lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2f;script&gt; &amp; burns"));
        assert!(!email.html.to_lowercase().contains("<script"));
        assert!(!email.html.contains("<b>Tiles"));
        assert!(!email.html.contains("<img src=x"));
        assert!(!email.html.contains("<i>LOT"));
        assert!(!email.html.contains("onerror=\""));
        assert!(email.html.contains("Joy&quot;Blocks"));
        assert!(email.html.contains("JB&lt;100&gt;"));
        // The text part is plain text, shown as written.
        assert!(email
            .text
            .contains("Fire <script>alert('x')</script> & burns"));
        assert!(email.text.contains("<b>Tiles</b>"));
    }
}

#[test]
fn only_http_image_and_source_urls_become_links() {
    let mut r = recall();
    r.sources[0].url = Some("javascript:alert(1)".into());
    let mut p = product();
    p.image_url = Some("javascript:alert(1)".into());
    for lang in Language::ALL {
        let email = notice(lang, "FR", &r, &p);
        assert!(!email.html.contains("javascript"));
        assert!(!email.text.contains("javascript"));
        assert!(!email.html.contains("<img"));
    }
}

#[test]
fn no_notice_softens_the_risk_in_any_language() {
    const BANNED: &[&str] = &[
        // en
        "voluntar",
        "precaution",
        "in rare",
        "rare situation",
        "rare case",
        "abundance of caution",
        "no accidents",
        // fr
        "volontaire",
        "précaution",
        "cas rares",
        "situations rares",
        "rarement",
        // de
        "freiwillig",
        "vorsorglich",
        "vorsichtshalber",
        "selten",
        // es
        "voluntari",
        "precaución",
        "preventiv",
        "casos raros",
        "situaciones raras",
        "raras ocasiones",
    ];
    for lang in Language::ALL {
        for remedies in [
            vec![],
            vec![Remedy::Refund, Remedy::Repair, Remedy::Replace],
        ] {
            let mut r = recall();
            r.remedies = remedies.into_iter().collect();
            let (buyer_country, ..) = per_language(lang);
            let email = notice(lang, buyer_country, &r, &product());
            for part in [&email.subject, &email.text, &email.html] {
                let lower = part.to_lowercase();
                for word in BANNED {
                    assert!(!lower.contains(word), "{lang:?}: {word:?} in\n{part}");
                }
            }
        }
    }
}

#[test]
fn the_ses_placeholders_survive_rendering_and_render_for_fills_them_all() {
    let keys: BTreeSet<String> = PLACEHOLDERS.iter().map(|k| k.to_string()).collect();
    for lang in Language::ALL {
        let template = consumer_template(lang, &recall(), &product()).unwrap();
        for part in [&template.text, &template.html] {
            let found: BTreeSet<String> = placeholders_in(part).into_iter().collect();
            assert_eq!(found, keys, "{lang:?}");
        }
        assert!(template
            .html
            .contains("<a href=\"{{authority_url}}\">{{authority_name}}</a>"));
        assert!(placeholders_in(&template.subject).is_empty());

        let data = replacement_data(lang, &order(lang, "FR"));
        let data_keys: BTreeSet<String> = data.keys().cloned().collect();
        assert_eq!(data_keys, keys);
        let email = render_for(&template, &data);
        for part in [&email.subject, &email.text, &email.html] {
            assert!(!part.contains("{{"), "{lang:?}: unfilled placeholder");
        }
        assert_eq!(email.to, "");
        assert!(email.text.contains(text_of(&data["authority_name"])));
        assert!(email.html.contains(text_of(&data["authority_url"])));
    }
}

#[test]
fn recall_text_can_never_form_an_ses_placeholder() {
    let mut r = recall();
    r.hazard = "Burns {{order_id}} {{#each x}}{{/each}} {{{authority_url}}}".into();
    r.title = "{{price_paid}}".into();
    let mut p = product();
    p.listing_title = "Tiles {{market}}".into();
    p.image_url = Some("https://cdn.example.com/{{order_id}}.jpg".into());
    let keys: BTreeSet<&str> = PLACEHOLDERS.into_iter().collect();
    for lang in Language::ALL {
        let template: BulkTemplate = consumer_template(lang, &r, &p).unwrap();
        for part in [&template.subject, &template.text, &template.html] {
            for found in placeholders_in(part) {
                assert!(
                    keys.contains(found.as_str()),
                    "{lang:?}: {found:?} in\n{part}"
                );
            }
        }
        // Each part holds its own placeholders only, as many as the template writes.
        let clean = consumer_template(lang, &recall(), &product()).unwrap();
        assert_eq!(
            placeholders_in(&template.text).len(),
            placeholders_in(&clean.text).len()
        );
        assert_eq!(
            placeholders_in(&template.html).len(),
            placeholders_in(&clean.html).len()
        );
        assert!(template
            .html
            .contains("https:&#x2f;&#x2f;cdn.example.com&#x2f;%7B%7Border_id%7D%7D.jpg"));
    }
}

#[test]
fn price_paid_is_quantity_times_unit_price_exactly_without_the_fees() {
    let price = |quantity: u32, unit: Money| {
        let mut o = order(Language::En, "FR");
        o.quantity = quantity;
        o.unit_price = unit;
        text_of(&replacement_data(Language::En, &o)["price_paid"]).to_string()
    };
    assert_eq!(price(3, money("19.99", "EUR")), "59.97 EUR");
    assert_eq!(price(10, money("0.10", "USD")), "1.00 USD");
    assert_eq!(price(1, money("24.90", "GBP")), "24.90 GBP");
    assert_eq!(price(2, money("5", "CHF")), "10 CHF");
    assert_eq!(price(7, money("0.0001", "EUR")), "0.0007 EUR");
    assert_eq!(price(3, money("0.3", "EUR")), "0.9 EUR");
    assert_eq!(price(100, money("999999.99", "EUR")), "99,999,999.00 EUR");
    assert_eq!(
        price(u32::MAX, money("99999999.9999", "EUR")),
        "429,496,729,499,570,503.2705 EUR"
    );
    // Not a decimal: the multiplication is shown, never a wrong total.
    assert_eq!(price(3, money("19,99", "EUR")), "3 × 19,99 EUR");
    // The same price as each language writes it; the fees are not part of it.
    for (lang, want) in [
        (Language::En, "59.97 EUR"),
        (Language::Fr, "59,97 EUR"),
        (Language::De, "59,97 EUR"),
        (Language::Pl, "59,97 EUR"),
        (Language::Ja, "59.97 EUR"),
    ] {
        let mut o = order(lang, "FR");
        o.fees = money("12.00", "EUR");
        assert_eq!(text_of(&replacement_data(lang, &o)["price_paid"]), want);
    }
}

#[test]
fn order_dates_are_written_as_each_language_writes_them() {
    let date = |lang: Language, y: i32, m: u32, d: u32| {
        let mut o = order(lang, "FR");
        o.placed_at = Utc.with_ymd_and_hms(y, m, d, 23, 59, 59).unwrap();
        text_of(&replacement_data(lang, &o)["order_date"]).to_string()
    };
    assert_eq!(date(Language::En, 2026, 11, 3), "3 November 2026");
    assert_eq!(date(Language::Fr, 2026, 11, 3), "3 novembre 2026");
    assert_eq!(date(Language::Fr, 2026, 8, 1), "1 août 2026");
    assert_eq!(date(Language::Pl, 2026, 11, 3), "3 listopada 2026");
    assert_eq!(date(Language::It, 2026, 11, 3), "3 novembre 2026");
    assert_eq!(date(Language::Ja, 2026, 11, 3), "2026年11月3日");
    assert_eq!(date(Language::De, 2026, 11, 3), "3. November 2026");
    assert_eq!(date(Language::De, 2026, 3, 21), "21. März 2026");
    assert_eq!(date(Language::Es, 2026, 11, 3), "3 de noviembre de 2026");
    assert_eq!(date(Language::Es, 2027, 1, 15), "15 de enero de 2027");
}

#[test]
fn the_order_id_keeps_only_safe_characters() {
    let mut o = order(Language::En, "FR");
    o.order_id = "O-12<script>&x_9 {{market}}".into();
    let data = replacement_data(Language::En, &o);
    assert_eq!(text_of(&data["order_id"]), "O-12scriptx_9market");
}

#[test]
fn the_authority_is_the_buyers_countrys_for_the_eu_eea_and_main_markets() {
    const COUNTRIES: &[&str] = &[
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
        "CH", "GB", "US", "CA", "AU", "BR", "JP", "KR",
    ];
    let mut urls = BTreeSet::new();
    for code in COUNTRIES {
        let a = authority(&country(code));
        assert_ne!(a, FALLBACK_AUTHORITY, "{code}");
        assert!(a.url.starts_with("https://"), "{code}: {}", a.url);
        assert!(!a.name.is_empty());
        urls.insert(a.url);
    }
    assert_eq!(urls.len(), COUNTRIES.len(), "one authority per country");
    let fr = authority(&country("FR"));
    assert!(fr.name.contains("DGCCRF"));
    assert_eq!(fr.url, "https://www.economie.gouv.fr/dgccrf");
    assert_eq!(authority(&country("DE")).url, "https://www.baua.de");
    assert_eq!(authority(&country("ES")).url, "https://www.consumo.gob.es");
    assert_eq!(authority(&country("US")).url, "https://www.cpsc.gov");
    assert_eq!(
        authority(&country("GB")).url,
        "https://www.gov.uk/government/organisations/office-for-product-safety-and-standards"
    );
    assert_eq!(authority(&country("IN")), FALLBACK_AUTHORITY);
}

#[test]
fn the_authority_named_is_the_delivery_countrys_whatever_the_buyers_country() {
    // A buyer from Japan whose order was delivered to Belgium: Belgium's.
    let mut o = order(Language::En, "BE");
    o.country = country("JP");
    let data = replacement_data(Language::En, &o);
    assert_eq!(
        text_of(&data["authority_url"]),
        authority(&country("BE")).url
    );
    assert_ne!(authority(&country("BE")).url, authority(&country("JP")).url);
    // A French buyer delivered in Germany: Germany's, not France's.
    let mut o = order(Language::Fr, "DE");
    o.country = country("FR");
    let data = replacement_data(Language::Fr, &o);
    assert_eq!(text_of(&data["authority_url"]), "https://www.baua.de");
}

#[test]
fn a_delivery_country_with_no_known_authority_gets_the_fallback_in_the_notices_language() {
    let mut o = order(Language::Fr, "FR");
    o.market = country("IN");
    let data = replacement_data(Language::Fr, &o);
    assert_eq!(text_of(&data["authority_url"]), FALLBACK_AUTHORITY.url);
    assert!(text_of(&data["authority_name"]).starts_with("l’autorité nationale"));
    assert_eq!(text_of(&data["market"]), "Inde");
    let en = replacement_data(Language::En, &o);
    assert_eq!(text_of(&en["authority_name"]), FALLBACK_AUTHORITY.name);
}

#[test]
fn replacement_values_never_hold_what_ses_would_escape_or_substitute() {
    let letters: Vec<char> = ('A'..='Z').collect();
    for a in &letters {
        for b in &letters {
            let code = format!("{a}{b}");
            // Every code a Country can hold (the assigned ones).
            if Country::parse(&code).is_err() {
                continue;
            }
            for lang in Language::EVERY {
                let data = replacement_data(lang, &order(lang, &code));
                for (key, value) in &data {
                    let v = text_of(value);
                    assert!(!v.is_empty(), "{code} {lang:?} {key}");
                    assert!(
                        !v.contains(['&', '<', '>', '"', '\'', '`', '=', '{', '}']),
                        "{code} {lang:?} {key}: {v}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_market_is_named_in_the_notices_language() {
    let market = |lang: Language, code: &str| {
        text_of(&replacement_data(lang, &order(lang, code))["market"]).to_string()
    };
    assert_eq!(market(Language::En, "DE"), "Germany");
    assert_eq!(market(Language::Fr, "DE"), "Allemagne");
    assert_eq!(market(Language::De, "DE"), "Deutschland");
    assert_eq!(market(Language::Es, "DE"), "Alemania");
    assert_eq!(market(Language::Fr, "NL"), "Pays-Bas");
    assert_eq!(market(Language::Pl, "DE"), "Niemcy");
    assert_eq!(market(Language::ZhCn, "DE"), "德国");
    assert_eq!(market(Language::En, "TV"), "Tuvalu");
    assert_eq!(market(Language::En, "AG"), "Antigua + Barbuda", "SES-safe");
}

#[test]
fn a_listing_without_identifiers_shows_the_recalls() {
    let mut r = recall();
    r.image_url = Some("https://rappel.conso.gouv.fr/image/242.jpg".into());
    let p = ProductView {
        listing_id: "L-2".into(),
        listing_title: "Building tiles".into(),
        brand: None,
        model: Some("  ".into()),
        batches: vec![],
        image_url: None,
    };
    let email = notice(Language::En, "FR", &r, &p);
    assert!(email.text.contains("  Brand: JoyBlocks\n"));
    assert!(email.text.contains("  Model: JB-100\n"));
    assert!(email.text.contains("  Batch / lot: LOT 2104\n"));
    assert!(email
        .text
        .contains("  Picture: https://rappel.conso.gouv.fr/image/242.jpg\n"));
}

#[test]
fn empty_recall_details_are_left_out_not_shown_blank() {
    let mut r = recall();
    r.consumer_instructions = "   ".into();
    r.product = ProductIds::default();
    let p = ProductView {
        listing_id: "L-2".into(),
        listing_title: "Building tiles".into(),
        brand: None,
        model: None,
        batches: vec![],
        image_url: None,
    };
    let email = notice(Language::En, "FR", &r, &p);
    for absent in [
        "Brand:",
        "Model:",
        "Batch / lot:",
        "Picture:",
        "Instructions given",
    ] {
        assert!(!email.text.contains(absent), "{absent}");
        assert!(!email.html.contains(absent), "{absent}");
    }
    assert!(!email.html.contains("<img"));
}

#[test]
fn a_recall_that_only_says_dispose_still_offers_a_refund_and_a_replacement() {
    let mut r = recall();
    r.remedies = [Remedy::Dispose, Remedy::StopUsing].into_iter().collect();
    assert_eq!(offered_remedies(&r), vec![Remedy::Refund, Remedy::Replace]);
    let email = notice(Language::En, "FR", &r, &product());
    assert!(email
        .text
        .contains("  - a full refund of the price you paid (59.97 EUR)\n  - a free replacement with a safe product\n"));
    assert!(!email.text.contains("repair"));

    r.remedies = [Remedy::Repair].into_iter().collect();
    assert_eq!(offered_remedies(&r), vec![Remedy::Refund, Remedy::Repair]);
    let email = notice(Language::De, "DE", &r, &product());
    assert!(email
        .html
        .contains("<li>die kostenlose Reparatur des Produkts</li>"));
}

fn any_remedies() -> impl Strategy<Value = BTreeSet<Remedy>> {
    proptest::collection::btree_set(
        prop_oneof![
            Just(Remedy::Refund),
            Just(Remedy::Repair),
            Just(Remedy::Replace),
            Just(Remedy::Dispose),
            Just(Remedy::StopUsing),
        ],
        0..=5,
    )
}

proptest! {
    #[test]
    fn at_least_two_remedies_with_a_refund_are_offered_for_any_recall(remedies in any_remedies()) {
        let mut r = recall();
        r.remedies = remedies.clone();
        let offered = offered_remedies(&r);
        prop_assert!(offered.len() >= 2);
        prop_assert_eq!(offered[0], Remedy::Refund);
        let unique: BTreeSet<Remedy> = offered.iter().copied().collect();
        prop_assert_eq!(unique.len(), offered.len());
        for remedy in &offered {
            prop_assert!(matches!(remedy, Remedy::Refund | Remedy::Repair | Remedy::Replace));
        }
        for listed in [Remedy::Repair, Remedy::Replace] {
            if remedies.contains(&listed) {
                prop_assert!(offered.contains(&listed));
            }
        }
        if !remedies.contains(&Remedy::Replace) && offered.contains(&Remedy::Replace) {
            prop_assert!(!remedies.contains(&Remedy::Repair));
        }
    }
}

mod page_plan {
    use super::{order, placed_at};
    use safety_domain::notices::consumer::{
        by_language, plan_recall_page, plan_reminder_page, plan_stop_page, ConsumerOrder, Language,
    };
    use safety_domain::recall::intake::Case;

    fn line(order_id: &str, buyer: &str, lang: Language, cancelled: bool) -> ConsumerOrder {
        let mut o = order(lang, "FR");
        o.order_id = order_id.into();
        o.buyer_id = buyer.into();
        o.cancelled_at = cancelled.then(placed_at);
        o
    }

    fn case() -> Case {
        serde_json::from_value(serde_json::json!({
            "case_id": "R-1/L-1", "recall_id": "R-1", "listing_id": "L-1", "seller_id": "S-1",
            "listing_title": "Tiles", "confidence": "exact_identifier", "evidence": "GTIN",
            "state": "window_elapsed", "markets": ["FR"], "opened_at": "2026-11-03T08:00:00Z"
        }))
        .unwrap()
    }

    #[test]
    fn a_page_tells_each_buyer_once_and_charges_the_seller_for_every_order_not_cancelled() {
        let lines = vec![
            line("O-1", "B-1", Language::Fr, false),
            line("O-2", "B-1", Language::Fr, false),
            line("O-3", "B-2", Language::De, true),
            line("O-4", "B-3", Language::En, false),
        ];
        let plan = plan_recall_page(&case(), &lines);
        let told: Vec<&str> = plan.to_tell.iter().map(|o| o.order_id.as_str()).collect();
        assert_eq!(told, vec!["O-1", "O-4"], "B-1 once, by its first order");
        assert_eq!(
            plan.cancelled,
            vec!["O-3".to_string()],
            "never had the product"
        );
        let charged: Vec<&str> = plan
            .liabilities
            .iter()
            .map(|l| l.order_id.as_str())
            .collect();
        assert_eq!(charged, vec!["O-1", "O-2", "O-4"]);
        assert!(plan.liabilities.iter().all(|l| l.case_id == "R-1/L-1"));
        assert_eq!(
            plan.liabilities[0]
                .amount_paid
                .as_ref()
                .map(|m| m.amount.as_str()),
            Some("59.97")
        );
        assert!(
            plan_reminder_page(&lines).liabilities.is_empty(),
            "a reminder charges nobody"
        );
    }

    #[test]
    fn an_unshipped_order_is_stopped_not_told_and_the_seller_bears_it() {
        let mut unshipped = line("O-5", "B-5", Language::De, false);
        unshipped.shipped_at = None;
        let mut unshipped_cancelled = line("O-6", "B-6", Language::De, true);
        unshipped_cancelled.shipped_at = None;
        // B-1 has a delivered order and an unshipped one: told once, the
        // unshipped order stopped all the same.
        let mut b1_unshipped = line("O-7", "B-1", Language::Fr, false);
        b1_unshipped.shipped_at = None;
        let lines = vec![
            line("O-1", "B-1", Language::Fr, false),
            unshipped,
            unshipped_cancelled,
            b1_unshipped,
        ];
        let plan = plan_recall_page(&case(), &lines);
        let ids = |v: &[&ConsumerOrder]| -> Vec<String> {
            v.iter().map(|o| o.order_id.clone()).collect()
        };
        assert_eq!(
            ids(&plan.to_tell),
            vec!["O-1"],
            "only a buyer who has it is told"
        );
        assert_eq!(ids(&plan.to_stop), vec!["O-5", "O-7"]);
        assert_eq!(plan.cancelled, vec!["O-6".to_string()]);
        let charged: Vec<&str> = plan
            .liabilities
            .iter()
            .map(|l| l.order_id.as_str())
            .collect();
        assert_eq!(charged, vec!["O-1", "O-5", "O-7"], "shipped and stopped");

        // The block's own stop page: the unshipped orders only, nobody told.
        let stop = plan_stop_page(&case(), &lines);
        assert!(stop.to_tell.is_empty());
        assert_eq!(ids(&stop.to_stop), vec!["O-5", "O-7"]);
        let charged: Vec<&str> = stop
            .liabilities
            .iter()
            .map(|l| l.order_id.as_str())
            .collect();
        assert_eq!(charged, vec!["O-5", "O-7"]);
    }

    #[test]
    fn buyers_are_grouped_by_the_language_of_their_notice() {
        let lines = [
            line("O-1", "B-1", Language::Fr, false),
            line("O-2", "B-2", Language::En, false),
            line("O-3", "B-3", Language::Fr, false),
        ];
        let groups = by_language(lines.iter());
        let shape: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(l, os)| (l.code(), os.iter().map(|o| o.buyer_id.as_str()).collect()))
            .collect();
        assert_eq!(shape, vec![("en", vec!["B-2"]), ("fr", vec!["B-1", "B-3"])]);
    }
}

mod cancellation {
    use super::{decoded, order, placeholders_in, product, recall};
    use safety_domain::notices::cancellation::{
        cancellation_data, cancellation_template, PLACEHOLDERS,
    };
    use safety_domain::notices::consumer::{render_for, Language};
    use std::collections::BTreeSet;

    #[test]
    fn every_language_says_the_order_is_cancelled_why_and_the_refund_with_no_recall_notice() {
        let keys: BTreeSet<String> = PLACEHOLDERS.iter().map(|k| k.to_string()).collect();
        for lang in Language::ALL {
            let template = cancellation_template(lang, &recall(), &product()).unwrap();
            for part in [&template.text, &template.html] {
                let found: BTreeSet<String> = placeholders_in(part).into_iter().collect();
                assert_eq!(found, keys, "{lang:?}");
            }
            let data = cancellation_data(lang, &order(lang, "FR"));
            assert_eq!(data.keys().cloned().collect::<BTreeSet<_>>(), keys);
            let email = render_for(&template, &data);
            for part in [&email.subject, &email.text, &email.html] {
                assert!(!part.contains("{{"), "{lang:?}: unfilled placeholder");
            }
            let (cancelled, refund) = match lang {
                Language::En => ("cancelled your order O-2026-000123", "59.97 EUR"),
                Language::Fr => ("annulé votre commande O-2026-000123", "59,97 EUR"),
                Language::De => ("Bestellung O-2026-000123", "59,97 EUR"),
                Language::Es => ("cancelado su pedido O-2026-000123", "59,97 EUR"),
                other => panic!("not one of Language::ALL: {other:?}"),
            };
            assert!(email.text.contains(cancelled), "{lang:?}: {}", email.text);
            assert!(email.text.contains(refund), "{lang:?}");
            assert!(
                email.text.contains(super::HAZARD),
                "{lang:?}: the hazard says why"
            );
            assert!(decoded(&email.html).contains(super::HAZARD), "{lang:?}");
            assert!(email.html.contains(&format!("lang=\"{}\"", lang.code())));
            // Not the recall notice: no "stop using it", no remedies to claim.
            assert!(!email.subject.contains("Product safety recall"), "{lang:?}");
        }
    }

    #[test]
    fn the_hazard_and_title_are_escaped_and_can_form_no_ses_placeholder() {
        let mut r = recall();
        r.hazard = "<script>alert(1)</script> {{price_paid}}".into();
        let mut p = product();
        p.listing_title = "Tiles <b>{{order_id}}</b>".into();
        let t = cancellation_template(Language::En, &r, &p).unwrap();
        assert!(!t.html.contains("<script>"));
        assert!(t.html.contains("&lt;script&gt;"));
        for part in [&t.subject, &t.text, &t.html] {
            let found: BTreeSet<String> = placeholders_in(part).into_iter().collect();
            assert!(
                found.iter().all(|k| PLACEHOLDERS.contains(&k.as_str())),
                "{found:?}"
            );
        }
    }
}

#[test]
fn a_buyer_whose_language_is_not_the_delivery_country_s_reads_theirs_first_and_the_country_s_below()
{
    use safety_domain::notices::consumer::{bilingual_data, bilingual_template};
    let mut o = order(Language::Es, "FR");
    o.also = Some(Language::Fr);
    let langs = (o.language, o.also);
    let template = bilingual_template(langs, &recall(), &product()).unwrap();
    let email = render_for(&template, &bilingual_data(langs, &o));
    for part in [&email.subject, &email.text, &email.html] {
        assert!(!part.contains("{{"), "every placeholder filled: {part}");
    }
    let es = email
        .text
        .find("Recuperación de producto por motivos de seguridad")
        .expect("Spanish");
    let fr = email
        .text
        .find("Rappel de produit pour raison de sécurité")
        .expect("French below");
    assert!(es < fr, "Spanish first");
    assert!(
        email.text.contains("3 de noviembre de 2026") && email.text.contains("3 novembre 2026")
    );
    assert!(email.html.contains("<div lang=\"fr\">"));
    assert!(
        email.subject.starts_with("Recuperación"),
        "{}",
        email.subject
    );
    // One language when the buyer's is the country's.
    let single = bilingual_template((Language::Fr, None), &recall(), &product()).unwrap();
    assert!(!single.text.contains("Recuperación"));
}

mod every_language {
    use super::{order, placeholders_in, product, recall};
    use safety_domain::catalog::Order;
    use safety_domain::notices::consumer::{
        bilingual_data, bilingual_template, consumer_template, render_for, replacement_data,
        ConsumerOrder, Language,
    };
    use safety_domain::notices::texts;

    #[test]
    fn every_language_renders_its_notice_with_its_heading_and_every_placeholder_filled() {
        let with_texts: Vec<Language> = Language::EVERY
            .into_iter()
            .filter(|l| texts::has(l.code(), "consumer_notice"))
            .collect();
        assert_eq!(with_texts.len(), 36, "every locale has its notice");
        for lang in with_texts {
            let t = consumer_template(lang, &recall(), &product()).unwrap();
            assert_eq!(placeholders_in(&t.subject).len(), 0, "{lang:?}");
            let email = render_for(&t, &replacement_data(lang, &order(lang, "FR")));
            super::rendered::assert_rendered(&email, lang, &format!("notice {lang:?}"));
            // With the delivery country's language below it.
            let below = if lang == Language::De {
                Language::Fr
            } else {
                Language::De
            };
            let mut o = order(lang, "DE");
            o.also = Some(below);
            let two = render_for(
                &bilingual_template((lang, Some(below)), &recall(), &product()).unwrap(),
                &bilingual_data((lang, Some(below)), &o),
            );
            super::rendered::assert_rendered(&two, lang, &format!("notice {lang:?} + {below:?}"));
            assert!(two.html.contains(&format!("lang=\"{}\"", below.code())));
            let heading = texts::text(lang.code(), "consumer_notice", "heading").unwrap();
            assert!(
                email.text.starts_with(&heading),
                "{lang:?}: {}",
                &email.text[..60.min(email.text.len())]
            );
            assert!(email.html.contains(&format!("lang=\"{}\"", lang.code())));
            assert_eq!(
                email.html.contains("dir=\"rtl\""),
                lang.is_rtl(),
                "{lang:?}"
            );
        }
    }

    fn ordered(locale: &str, delivered_to: &str) -> ConsumerOrder {
        let order: Order = serde_json::from_value(serde_json::json!({
            "order_id": "O-1", "placed_at": "2026-10-01T09:00:00Z",
            "buyer": {"buyer_id": "B-1", "email": "b@example.org", "name": "B", "country": delivered_to, "locale": locale},
            "ship_to": {"country": delivered_to},
            "lines": [{"listing_id": "L-1", "quantity": 1,
                       "unit_price": {"amount": "9.90", "currency": "EUR"}, "fees": {"amount": "1.00", "currency": "EUR"}}],
            "shipped_at": "2026-10-02T09:00:00Z"
        }))
        .unwrap();
        ConsumerOrder::of(&order, "L-1")
    }

    #[test]
    fn each_buyer_reads_the_language_the_rule_gives() {
        let cases = [
            ("pl-PL", "PL", Language::Pl, None),
            ("en-GB", "DE", Language::En, Some(Language::De)),
            ("nl-BE", "BE", Language::Nl, None),
            ("pt-BR", "BR", Language::PtBr, None),
            ("xx", "US", Language::En, None),
            ("it-IT", "FR", Language::It, Some(Language::Fr)),
        ];
        for (locale, country, first, also) in cases {
            let o = ordered(locale, country);
            assert_eq!(
                (o.language, o.also),
                (first, also),
                "{locale} delivered to {country}"
            );
        }
        // The Polish buyer's notice is Polish, naming the Polish authority.
        let o = ordered("pl-PL", "PL");
        let langs = (o.language, o.also);
        let email = render_for(
            &bilingual_template(langs, &recall(), &product()).unwrap(),
            &bilingual_data(langs, &o),
        );
        let heading = texts::text("pl", "consumer_notice", "heading").unwrap();
        assert!(email.subject.starts_with(&heading));
        assert!(email.text.contains("UOKiK"), "the Polish authority");
    }
}

mod every_language_of_the_other_buyer_emails {
    use super::{order, product, recall};
    use safety_domain::notices::cancellation::{cancellation_data, cancellation_template};
    use safety_domain::notices::consumer::{render_for, Language};
    use safety_domain::notices::texts;

    #[test]
    fn the_cancellation_renders_in_every_language_with_its_heading_and_every_placeholder_filled() {
        for lang in Language::EVERY {
            assert!(
                texts::has(lang.code(), "order_cancelled"),
                "{lang:?} has its cancellation"
            );
            let t = cancellation_template(lang, &recall(), &product()).unwrap();
            let email = render_for(&t, &cancellation_data(lang, &order(lang, "FR")));
            super::rendered::assert_rendered(&email, lang, &format!("cancellation {lang:?}"));
            let heading = texts::text(lang.code(), "order_cancelled", "heading").unwrap();
            assert!(email.text.starts_with(&heading), "{lang:?}");
        }
    }

    #[test]
    fn the_compliance_reminder_has_its_texts_in_every_language() {
        for lang in Language::EVERY {
            assert!(
                texts::has(lang.code(), "compliance_reminder"),
                "{lang:?} has its reminder"
            );
        }
    }
}
