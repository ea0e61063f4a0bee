//! The words of the emails, in Project Fluent (`shared/domain/locales/<locale>/
//! <email>.ftl`, compiled in): the templates keep the layout, Fluent keeps
//! the words, with its plural rules and variables. A message missing in a
//! locale is looked up along the locale's fallback chain (pt-BR -> pt ->
//! en), so a text is never shown as its id.
//!
//! Variables named like an SES placeholder (`{ $order_date }`) come out as
//! that placeholder (`{{order_date}}`): SES fills them per destination.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Every Fluent file: (locale, email, source).
pub const SOURCES: &[(&str, &str, &str)] = &[
    (
        "en",
        "consumer_notice",
        include_str!("../../locales/en/consumer_notice.ftl"),
    ),
    (
        "ar",
        "consumer_notice",
        include_str!("../../locales/ar/consumer_notice.ftl"),
    ),
    (
        "bg",
        "consumer_notice",
        include_str!("../../locales/bg/consumer_notice.ftl"),
    ),
    (
        "cs",
        "consumer_notice",
        include_str!("../../locales/cs/consumer_notice.ftl"),
    ),
    (
        "da",
        "consumer_notice",
        include_str!("../../locales/da/consumer_notice.ftl"),
    ),
    (
        "de",
        "consumer_notice",
        include_str!("../../locales/de/consumer_notice.ftl"),
    ),
    (
        "el",
        "consumer_notice",
        include_str!("../../locales/el/consumer_notice.ftl"),
    ),
    (
        "es",
        "consumer_notice",
        include_str!("../../locales/es/consumer_notice.ftl"),
    ),
    (
        "et",
        "consumer_notice",
        include_str!("../../locales/et/consumer_notice.ftl"),
    ),
    (
        "fi",
        "consumer_notice",
        include_str!("../../locales/fi/consumer_notice.ftl"),
    ),
    (
        "fr",
        "consumer_notice",
        include_str!("../../locales/fr/consumer_notice.ftl"),
    ),
    (
        "ga",
        "consumer_notice",
        include_str!("../../locales/ga/consumer_notice.ftl"),
    ),
    (
        "he",
        "consumer_notice",
        include_str!("../../locales/he/consumer_notice.ftl"),
    ),
    (
        "hr",
        "consumer_notice",
        include_str!("../../locales/hr/consumer_notice.ftl"),
    ),
    (
        "hu",
        "consumer_notice",
        include_str!("../../locales/hu/consumer_notice.ftl"),
    ),
    (
        "id",
        "consumer_notice",
        include_str!("../../locales/id/consumer_notice.ftl"),
    ),
    (
        "it",
        "consumer_notice",
        include_str!("../../locales/it/consumer_notice.ftl"),
    ),
    (
        "ja",
        "consumer_notice",
        include_str!("../../locales/ja/consumer_notice.ftl"),
    ),
    (
        "ko",
        "consumer_notice",
        include_str!("../../locales/ko/consumer_notice.ftl"),
    ),
    (
        "lt",
        "consumer_notice",
        include_str!("../../locales/lt/consumer_notice.ftl"),
    ),
    (
        "lv",
        "consumer_notice",
        include_str!("../../locales/lv/consumer_notice.ftl"),
    ),
    (
        "mt",
        "consumer_notice",
        include_str!("../../locales/mt/consumer_notice.ftl"),
    ),
    (
        "nl",
        "consumer_notice",
        include_str!("../../locales/nl/consumer_notice.ftl"),
    ),
    (
        "pl",
        "consumer_notice",
        include_str!("../../locales/pl/consumer_notice.ftl"),
    ),
    (
        "pt",
        "consumer_notice",
        include_str!("../../locales/pt/consumer_notice.ftl"),
    ),
    (
        "pt-BR",
        "consumer_notice",
        include_str!("../../locales/pt-BR/consumer_notice.ftl"),
    ),
    (
        "ro",
        "consumer_notice",
        include_str!("../../locales/ro/consumer_notice.ftl"),
    ),
    (
        "ru",
        "consumer_notice",
        include_str!("../../locales/ru/consumer_notice.ftl"),
    ),
    (
        "sk",
        "consumer_notice",
        include_str!("../../locales/sk/consumer_notice.ftl"),
    ),
    (
        "sl",
        "consumer_notice",
        include_str!("../../locales/sl/consumer_notice.ftl"),
    ),
    (
        "sv",
        "consumer_notice",
        include_str!("../../locales/sv/consumer_notice.ftl"),
    ),
    (
        "th",
        "consumer_notice",
        include_str!("../../locales/th/consumer_notice.ftl"),
    ),
    (
        "tr",
        "consumer_notice",
        include_str!("../../locales/tr/consumer_notice.ftl"),
    ),
    (
        "uk",
        "consumer_notice",
        include_str!("../../locales/uk/consumer_notice.ftl"),
    ),
    (
        "vi",
        "consumer_notice",
        include_str!("../../locales/vi/consumer_notice.ftl"),
    ),
    (
        "zh-CN",
        "consumer_notice",
        include_str!("../../locales/zh-CN/consumer_notice.ftl"),
    ),
];

type Bundles = BTreeMap<(&'static str, &'static str), FluentBundle<FluentResource>>;

/// The bundles, built once; a file that does not parse has its messages
/// missing (and fails the test that reads every file).
fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut out = BTreeMap::new();
        for (locale, email, source) in SOURCES {
            let Ok(id) = locale.parse::<unic_langid::LanguageIdentifier>() else {
                continue;
            };
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // The text goes into emails and SES templates: no Unicode
            // isolation marks around the variables.
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource);
            out.insert((*locale, *email), bundle);
        }
        out
    })
}

/// The message `id` of `email` in `locale`, each variable written as the SES
/// placeholder of its name; `None` when the locale has no such message.
pub fn text(locale: &str, email: &str, id: &str) -> Option<String> {
    let bundle = bundles().get(&(locale, email))?;
    let message = bundle.get_message(id)?;
    let pattern = message.value()?;
    let mut args = FluentArgs::new();
    for name in placeholders(pattern) {
        args.set(name.clone(), format!("{{{{{name}}}}}"));
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

/// True when `email` has its texts in `locale`.
pub fn has(locale: &str, email: &str) -> bool {
    bundles().contains_key(&(locale, email))
}

/// The message ids of `email` in `locale`.
pub fn ids(locale: &str, email: &str) -> Vec<String> {
    SOURCES
        .iter()
        .filter(|(l, e, _)| *l == locale && *e == email)
        .flat_map(|(_, _, source)| {
            source
                .lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
                .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The variables a pattern uses (`{ $name }`).
pub fn placeholders(pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    pattern
        .elements
        .iter()
        .filter_map(|e| match e {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The variables of message `id` of `email` in `locale`.
pub fn variables(locale: &str, email: &str, id: &str) -> Option<Vec<String>> {
    let bundle = bundles().get(&(locale, email))?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut v = placeholders(pattern);
    v.sort();
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_every_message_is_in_every_locale_with_the_same_variables() {
        for (locale, email, source) in SOURCES {
            assert!(
                FluentResource::try_new(source.to_string()).is_ok(),
                "{locale}/{email}.ftl does not parse"
            );
            let english = ids("en", email);
            let mine = ids(locale, email);
            assert_eq!(
                mine, english,
                "{locale}/{email}: the same messages as English"
            );
            for id in &english {
                assert_eq!(
                    variables(locale, email, id),
                    variables("en", email, id),
                    "{locale}/{email}: {id} has English's variables"
                );
                assert!(
                    text(locale, email, id).is_some_and(|t| !t.is_empty()),
                    "{locale}/{email}: {id}"
                );
            }
        }
    }

    #[test]
    fn a_variable_comes_out_as_its_ses_placeholder_with_no_isolation_marks() {
        let sold = text("fr", "consumer_notice", "sold").unwrap_or_default();
        assert!(
            sold.contains("{{order_date}}") && sold.contains("{{order_id}}"),
            "{sold}"
        );
        assert!(!sold.contains('\u{2068}') && !sold.contains('\u{2069}'));
        assert_eq!(
            text("fr", "consumer_notice", "sep").as_deref(),
            Some("\u{a0}: ")
        );
        assert_eq!(text("xx", "consumer_notice", "sep"), None);
    }
}
