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

/// Every Fluent file: (locale, email, source), inflated once from what the
/// build script packed (`build.rs`: every `locales/<locale>/<email>.ftl`).
pub fn sources() -> &'static [(&'static str, &'static str, &'static str)] {
    static SOURCES: OnceLock<Vec<(&'static str, &'static str, &'static str)>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locales.deflate"));
        const INDEX: &str = include_str!(concat!(env!("OUT_DIR"), "/locales.index"));
        let Ok(bytes) = miniz_oxide::inflate::decompress_to_vec(PACKED) else {
            return Vec::new();
        };
        let Ok(text) = String::from_utf8(bytes) else {
            return Vec::new();
        };
        // Kept for the process's life: the bundles borrow from it.
        let text: &'static str = Box::leak(text.into_boxed_str());
        INDEX
            .lines()
            .filter_map(|line| {
                let mut f = line.split('\t');
                let (locale, email) = (f.next()?, f.next()?);
                let start: usize = f.next()?.parse().ok()?;
                let len: usize = f.next()?.parse().ok()?;
                Some((locale, email, text.get(start..start + len)?))
            })
            .collect()
    })
}

type Bundles = BTreeMap<(&'static str, &'static str), FluentBundle<FluentResource>>;

/// The bundles, built once; a file that does not parse has its messages
/// missing (and fails the test that reads every file).
fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut out = BTreeMap::new();
        for (locale, email, source) in sources() {
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

/// An email's texts in one language, by name (Fluent's ids with `_` for
/// `-`): the English one where a message is missing in that language
/// (which the test below refuses), so a text never shows as its id.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(transparent)]
pub struct Texts(BTreeMap<String, String>);

impl Texts {
    /// Every message of `email` (English's ids) in `locale`.
    pub fn of(locale: &str, email: &str) -> Texts {
        Texts(
            ids("en", email)
                .into_iter()
                .map(|id| {
                    let t = text(locale, email, &id)
                        .or_else(|| text("en", email, &id))
                        .unwrap_or_else(|| missing(email, &id));
                    (id.replace('-', "_"), t)
                })
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map(String::as_str).unwrap_or_default()
    }
}

/// A value given to a message: a text, or a number (which selects a plural
/// form: `{ $count -> [one] … *[other] … }`).
pub use fluent_bundle::FluentValue as Arg;

/// The words of one email in one language, each message formatted with real
/// values (not SES placeholders), looked up along the language's fallback
/// chain (pt-BR -> pt -> en) so a message missing in a language (which the
/// test below refuses) is never shown as its id.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub lang: crate::kernel::language::Language,
    email: &'static str,
}

impl Words {
    pub fn new(lang: crate::kernel::language::Language, email: &'static str) -> Words {
        Words { lang, email }
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Every message of the email that has no variables, by name (Fluent's
    /// ids with `_` for `-`), for a template's `t`.
    pub fn all(&self) -> BTreeMap<String, String> {
        ids("en", self.email)
            .into_iter()
            .map(|id| {
                let t = self.get(&id);
                (id.replace('-', "_"), t)
            })
            .collect()
    }

    /// A message with its variables; a value is never read as Fluent syntax.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let chain = crate::kernel::locale::Locale::parse(self.lang.code())
            .map(|l| l.fallbacks())
            .unwrap_or_else(|| vec![crate::kernel::locale::Locale::ENGLISH]);
        for locale in chain {
            if let Some(out) = format_message(locale.code(), self.email, id, args) {
                return out;
            }
        }
        missing(self.email, id)
    }
}

fn format_message(locale: &str, email: &str, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundles().get(&(locale, email))?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        fargs.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

/// What stands in an email for a message no file has (a bug the tests
/// refuse: [`MISSING`] never reaches a reader): the message's name, marked.
fn missing(email: &str, id: &str) -> String {
    format!("{MISSING}{email}/{id}\u{27e7}")
}

/// The mark that opens a missing message's name in a rendered email.
pub const MISSING: char = '\u{27e6}';

/// True when `email` has its texts in `locale`.
pub fn has(locale: &str, email: &str) -> bool {
    bundles().contains_key(&(locale, email))
}

/// The message ids of `email` in `locale`.
pub fn ids(locale: &str, email: &str) -> Vec<String> {
    sources()
        .iter()
        .filter(|(l, e, _)| *l == locale && *e == email)
        .flat_map(|(_, _, source)| {
            let resource = match fluent_syntax::parser::parse(*source) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            resource
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The variables a pattern uses (`{ $name }`), in its plural selectors and
/// variants too, each once.
pub fn placeholders(pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out: Vec<String> = Vec::new();
    let mut push = |name: &str| {
        if !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    };
    for element in &pattern.elements {
        match element {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => push(id.name),
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                if let InlineExpression::VariableReference { id } = selector {
                    push(id.name);
                }
                for v in variants {
                    for name in placeholders(&v.value) {
                        push(&name);
                    }
                }
            }
            _ => {}
        }
    }
    out
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
        for (locale, email, source) in sources() {
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
    fn every_locale_has_every_email_compiled_in() {
        let emails: Vec<&str> = sources()
            .iter()
            .filter(|(l, _, _)| *l == "en")
            .map(|(_, e, _)| *e)
            .collect();
        assert_eq!(emails.len(), 13, "{emails:?}");
        for lang in crate::kernel::language::Language::EVERY {
            for email in &emails {
                assert!(has(lang.code(), email), "{}/{email}.ftl", lang.code());
            }
        }
        assert_eq!(sources().len(), 36 * 13);
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
