//! The consumer compliance reminder of SPEC 1.6 ("Non-compliant products that
//! are not recalled get compliance reminders to the consumers who bought
//! them"): in the consumer's language, not worded as a recall, escaped, and
//! with the SES placeholders left for the per-destination data.

#[path = "support/rendered.rs"]
mod rendered;

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use safety_domain::catalog::Money;
use safety_domain::kernel::ids::Country;
use safety_domain::ledger::violations::ComplianceReminder;
use safety_domain::notices::consumer::{
    render_for, replacement_data, BulkTemplate, ConsumerOrder, Language, ProductView,
};
use safety_domain::notices::reminder::{reminder_data, reminder_template, PLACEHOLDERS};
use safety_domain::notices::render::Email;
use std::collections::BTreeSet;

const ISSUE: &str = "The charger lacks the CE marking and the French instructions.";
const INSTRUCTIONS: &str =
    "Use the charger only with the original cable; contact us for a compliant replacement.";
const TITLE: &str = "USB-C fast charger 65 W";
const IMAGE: &str = "https://cdn.example.com/listings/L-7/main.jpg";
const ORDER_ID: &str = "O-2026-000123";

fn placed_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 14, 30, 0).unwrap()
}

fn country(code: &str) -> Country {
    Country::parse(code).unwrap()
}

fn reminder() -> ComplianceReminder {
    ComplianceReminder {
        issue: ISSUE.into(),
        instructions: INSTRUCTIONS.into(),
    }
}

fn product() -> ProductView {
    ProductView {
        listing_id: "L-7".into(),
        listing_title: TITLE.into(),
        brand: Some("VoltaMax".into()),
        model: Some("VM-65C".into()),
        batches: vec!["LOT 77".into()],
        image_url: Some(IMAGE.into()),
    }
}

fn order(lang: Language, country_code: &str) -> ConsumerOrder {
    ConsumerOrder {
        order_id: ORDER_ID.into(),
        buyer_id: "B-1".into(),
        email: "buyer@example.com".into(),
        language: lang,
        country: country(country_code),
        market: country(country_code),
        placed_at: placed_at(),
        quantity: 1,
        unit_price: Money {
            amount: "29.90".into(),
            currency: "EUR".into(),
        },
        fees: Money {
            amount: "0.00".into(),
            currency: "EUR".into(),
        },
        cancelled_at: None,
        shipped_at: Some(placed_at()),
        also: None,
    }
}

/// What the consumer reads.
fn email(
    lang: Language,
    country_code: &str,
    reminder: &ComplianceReminder,
    product: &ProductView,
) -> Email {
    let template = reminder_template(lang, reminder, product).unwrap();
    render_for(&template, &reminder_data(lang, &order(lang, country_code)))
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

/// Every `{{` of the template's three parts opens one of [`PLACEHOLDERS`].
fn assert_only_listed_placeholders(template: &BulkTemplate) {
    for part in [&template.subject, &template.text, &template.html] {
        for p in placeholders_in(part) {
            assert!(
                PLACEHOLDERS.contains(&p.as_str()),
                "unexpected placeholder {{{{{p}}}}} in {part}"
            );
        }
    }
}

/// Per language: (the buyer's country, the heading, the order date, the
/// delivery country's name).
fn per_language(lang: Language) -> (&'static str, &'static str, &'static str, &'static str) {
    match lang {
        Language::En => (
            "IE",
            "Product compliance reminder",
            "3 November 2026",
            "Ireland",
        ),
        Language::Fr => (
            "FR",
            "Information sur la conformité du produit",
            "3 novembre 2026",
            "France",
        ),
        Language::De => (
            "DE",
            "Hinweis zur Produktkonformität",
            "3. November 2026",
            "Deutschland",
        ),
        Language::Es => (
            "ES",
            "Recordatorio de conformidad del producto",
            "3 de noviembre de 2026",
            "España",
        ),
        other => panic!("not one of Language::ALL: {other:?}"),
    }
}

#[test]
fn english_names_the_product_the_issue_what_to_do_and_the_order() {
    let e = email(Language::En, "IE", &reminder(), &product());
    let html = decoded(&e.html);
    assert_eq!(e.subject, format!("Product compliance reminder: {TITLE}"));
    for part in [&e.text, &html] {
        for expected in [
            "Product compliance reminder",
            TITLE,
            "VoltaMax",
            "VM-65C",
            IMAGE,
            ISSUE,
            INSTRUCTIONS,
            ORDER_ID,
            "3 November 2026",
            "Ireland",
            "You bought it on 3 November 2026 (order O-2026-000123), delivered to Ireland",
            "we are not asking you to send the product back",
            "If you have questions or want to return the product, contact us from the Help section of your account.",
            "a return or a refund",
            "Product Safety team",
        ] {
            assert!(part.contains(expected), "{expected:?} missing from:\n{part}");
        }
    }
    assert!(e
        .html
        .contains(&format!("<img src=\"{}\"", e_html_url(IMAGE))));
    assert!(e.html.contains("<html lang=\"en\" dir=\"ltr\">"));
    for part in [&e.subject, &e.text, &e.html] {
        let lower = part.to_lowercase();
        assert!(!lower.contains("recall"), "says recall:\n{part}");
        assert!(
            !lower.contains("stop using"),
            "reads like a recall:\n{part}"
        );
    }
}

/// A URL as minijinja writes it in HTML.
fn e_html_url(url: &str) -> String {
    url.replace('/', "&#x2f;")
}

#[test]
fn brand_model_and_picture_are_left_out_when_the_listing_has_none() {
    let bare = ProductView {
        brand: None,
        model: Some("  ".into()),
        image_url: Some("javascript:alert(1)".into()),
        ..product()
    };
    let e = email(Language::En, "IE", &reminder(), &bare);
    for part in [&e.text, &e.html] {
        assert!(!part.contains("Brand:"), "{part}");
        assert!(!part.contains("Model:"), "{part}");
        assert!(!part.contains("Picture"), "{part}");
        assert!(!part.contains("javascript"), "{part}");
        assert!(part.contains(TITLE));
    }
    let untitled = ProductView {
        listing_title: " ".into(),
        ..product()
    };
    let e = email(Language::En, "IE", &reminder(), &untitled);
    assert_eq!(e.subject, "Product compliance reminder: L-7");
    let long = ProductView {
        listing_title: format!("Charger\n{}", "x".repeat(200)),
        ..product()
    };
    let e = email(Language::En, "IE", &reminder(), &long);
    let name = e
        .subject
        .strip_prefix("Product compliance reminder: ")
        .unwrap();
    assert_eq!(name.chars().count(), 80, "{name}");
    assert!(
        name.starts_with("Charger xxx") && name.ends_with('…'),
        "{name}"
    );
}

#[test]
fn every_language_has_its_heading_its_formats_and_no_english_left() {
    let english = email(Language::En, "IE", &reminder(), &product());
    let values = [TITLE, "VoltaMax", "VM-65C", IMAGE, ISSUE, INSTRUCTIONS];
    // The English fixed sentences: every line of the text without a value of
    // the report or the listing.
    let english_lines: Vec<String> = english
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !values.iter().any(|v| l.contains(v)))
        .map(str::to_lowercase)
        .collect();
    assert!(english_lines.len() >= 12, "{english_lines:?}");
    for lang in [Language::Fr, Language::De, Language::Es] {
        let (country_code, heading, date, country_name) = per_language(lang);
        let e = email(lang, country_code, &reminder(), &product());
        let html = decoded(&e.html);
        let sep = if lang == Language::Fr {
            "\u{a0}: "
        } else {
            ": "
        };
        assert_eq!(e.subject, format!("{heading}{sep}{TITLE}"));
        assert!(e
            .html
            .contains(&format!("<html lang=\"{}\" dir=\"ltr\">", lang.code())));
        for part in [&e.text, &html] {
            for expected in [heading, date, country_name, ORDER_ID, ISSUE, INSTRUCTIONS] {
                assert!(
                    part.contains(expected),
                    "{lang:?}: {expected:?} missing from:\n{part}"
                );
            }
            let lower = part.to_lowercase();
            for line in &english_lines {
                assert!(
                    !lower.contains(line.as_str()),
                    "{lang:?}: English {line:?} left in:\n{part}"
                );
            }
            for english_word in ["dear customer", "your product", "what to do", "marketplace"] {
                assert!(
                    !lower.contains(english_word),
                    "{lang:?}: {english_word:?} left in:\n{part}"
                );
            }
        }
    }
}

#[test]
fn other_locales_get_the_english_reminder() {
    for locale in [Some("ja"), Some("ja-JP"), Some("pt-BR"), None] {
        let lang = Language::from_locale(locale);
        assert_eq!(lang, Language::En, "{locale:?}");
        let e = email(lang, "JP", &reminder(), &product());
        assert!(e.subject.starts_with("Product compliance reminder: "));
        assert!(e.text.contains("You bought it on 3 November 2026"));
        assert!(e.text.contains("delivered to Japan"));
    }
}

#[test]
fn every_placeholder_is_filled_and_only_the_listed_ones_are_used() {
    for lang in Language::ALL {
        let (country_code, ..) = per_language(lang);
        let template = reminder_template(lang, &reminder(), &product()).unwrap();
        assert_only_listed_placeholders(&template);
        let used: BTreeSet<String> = placeholders_in(&template.text)
            .into_iter()
            .chain(placeholders_in(&template.html))
            .collect();
        let listed: BTreeSet<String> = PLACEHOLDERS.iter().map(|p| p.to_string()).collect();
        assert_eq!(used, listed, "{lang:?}");

        let data = reminder_data(lang, &order(lang, country_code));
        let keys: BTreeSet<String> = data.keys().cloned().collect();
        assert_eq!(keys, listed, "{lang:?}");

        let e = render_for(&template, &data);
        for part in [&e.subject, &e.text, &e.html] {
            assert!(
                !part.contains("{{"),
                "{lang:?}: unfilled placeholder in:\n{part}"
            );
            assert!(!part.contains("}}"), "{lang:?}: {part}");
        }
    }
}

#[test]
fn replacement_data_is_formatted_by_code_and_safe_for_ses() {
    let hostile = ConsumerOrder {
        order_id: "O-1<b>&'\"=`{{x}} 2_z".into(),
        ..order(Language::Fr, "FR")
    };
    let data = reminder_data(Language::Fr, &hostile);
    assert_eq!(data["order_id"], "O-1bx2_z");
    assert_eq!(data["order_date"], "3 novembre 2026");
    assert_eq!(data["market"], "France");
    // The same values as the recall notice's.
    let recall_data = replacement_data(Language::Fr, &hostile);
    for key in PLACEHOLDERS {
        assert_eq!(data[key], recall_data[key], "{key}");
    }
    for lang in Language::ALL {
        for code in ["FR", "DE", "ES", "IE", "GB", "US", "NL", "JP", "TV"] {
            let data = reminder_data(lang, &order(lang, code));
            for (key, value) in &data {
                let value = value.as_str().unwrap();
                assert!(!value.is_empty(), "{lang:?} {code} {key}");
                assert!(
                    !value.contains(['&', '<', '>', '"', '\'', '=', '`', '{', '}']),
                    "{lang:?} {code} {key}: {value:?}"
                );
            }
        }
    }
}

#[test]
fn hostile_text_is_escaped_in_html_and_inert_for_ses() {
    let evil = ComplianceReminder {
        issue: "<script>alert('x')</script> {{evil}} {{order_id}}".into(),
        instructions: "Do {{#each x}}{{/each}} and {{{raw}}} <b>now</b>".into(),
    };
    let product = ProductView {
        listing_title: "Charger {{evil}} <img src=x onerror=alert(1)>".into(),
        brand: Some("{{brand}}".into()),
        model: Some("M{{".into()),
        image_url: Some("https://cdn.example.com/{{x}}.jpg".into()),
        ..product()
    };
    for lang in Language::ALL {
        let template = reminder_template(lang, &evil, &product).unwrap();
        assert_only_listed_placeholders(&template);
        assert!(!template.html.contains("<script>"), "{}", template.html);
        assert!(!template.html.contains("<img src=x"), "{}", template.html);
        assert!(!template.html.contains("<b>now"), "{}", template.html);
        assert!(template.html.contains("&lt;script&gt;"));
        assert!(template
            .html
            .contains("https:&#x2f;&#x2f;cdn.example.com&#x2f;%7B%7Bx%7D%7D.jpg"));

        let (country_code, ..) = per_language(lang);
        let e = render_for(&template, &reminder_data(lang, &order(lang, country_code)));
        for part in [&e.subject, &e.text, &e.html] {
            assert!(!part.contains("{{"), "{lang:?}: {part}");
            // The text stays visible (with a zero-width space), and an
            // `{{order_id}}` written in the issue is not filled in.
            assert!(
                part.contains("{\u{200b}{\u{200b}evil}}"),
                "{lang:?}: {part}"
            );
        }
        for part in [&e.text, &e.html] {
            assert!(
                part.contains("{\u{200b}{\u{200b}order_id}}"),
                "{lang:?}: {part}"
            );
            assert!(
                part.contains("{\u{200b}{\u{200b}{\u{200b}raw}}}"),
                "{lang:?}: {part}"
            );
        }
        assert!(e.text.contains("<script>alert('x')</script>"));
        assert!(!e.html.contains("<script>"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_leaves_only_the_listed_placeholders(
        issue in "[{}<>&\"'=a-z ]{1,40}",
        instructions in "[{}<>&a-z ]{1,40}",
        title in "[{}<>a-z ]{0,100}",
        lang in prop::sample::select(Language::ALL.to_vec()),
    ) {
        let reminder = ComplianceReminder { issue, instructions };
        let product = ProductView { listing_title: title, ..product() };
        let template = reminder_template(lang, &reminder, &product).unwrap();
        for part in [&template.subject, &template.text, &template.html] {
            for p in placeholders_in(part) {
                prop_assert!(PLACEHOLDERS.contains(&p.as_str()), "{p} in {part}");
            }
        }
        let e = render_for(&template, &reminder_data(lang, &order(lang, "FR")));
        for part in [&e.subject, &e.text, &e.html] {
            prop_assert!(!part.contains("{{"), "{}", part);
        }
    }
}

#[test]
fn the_reminder_renders_in_every_locale_with_every_word_filled() {
    for lang in Language::EVERY {
        let e = email(lang, "FR", &reminder(), &product());
        rendered::assert_rendered(&e, lang, &format!("reminder {lang:?}"));
    }
}
