//! The one rendering engine: emails rendered from templates (text and
//! HTML). HTML auto-escapes every value, so a regulator's or seller's text
//! can never inject markup.

use crate::catalog::Seller;
use crate::kernel::language::Language;
use crate::notices::texts::{self, Words};
use minijinja::{context, AutoEscape, Environment};
use std::sync::OnceLock;

pub use crate::outbox::Email;

#[derive(Debug, thiserror::Error)]
#[error("template {template}: {reason}")]
pub struct RenderError {
    template: &'static str,
    reason: String,
}

const TEMPLATES: &[(&str, &str)] = &[
    (
        "seller_notice.txt",
        include_str!("../../templates/seller_notice.txt"),
    ),
    (
        "seller_notice.html",
        include_str!("../../templates/seller_notice.html"),
    ),
    (
        "case_update.txt",
        include_str!("../../templates/case_update.txt"),
    ),
    (
        "case_update.html",
        include_str!("../../templates/case_update.html"),
    ),
    (
        "standing_changed.txt",
        include_str!("../../templates/standing_changed.txt"),
    ),
    (
        "standing_changed.html",
        include_str!("../../templates/standing_changed.html"),
    ),
    (
        "violation_recorded.txt",
        include_str!("../../templates/violation_recorded.txt"),
    ),
    (
        "violation_recorded.html",
        include_str!("../../templates/violation_recorded.html"),
    ),
    (
        "consumer_notice.txt",
        include_str!("../../templates/consumer_notice.txt"),
    ),
    (
        "consumer_notice.html",
        include_str!("../../templates/consumer_notice.html"),
    ),
    (
        "refund_buyer.txt",
        include_str!("../../templates/refund_buyer.txt"),
    ),
    (
        "refund_buyer.html",
        include_str!("../../templates/refund_buyer.html"),
    ),
    (
        "refund_seller.txt",
        include_str!("../../templates/refund_seller.txt"),
    ),
    (
        "refund_seller.html",
        include_str!("../../templates/refund_seller.html"),
    ),
    (
        "refund_settled.txt",
        include_str!("../../templates/refund_settled.txt"),
    ),
    (
        "refund_settled.html",
        include_str!("../../templates/refund_settled.html"),
    ),
];

/// The template environment, built once; a template that does not parse is
/// reported by every render that needs it (and fails the unit tests).
fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_keep_trailing_newline(true);
        // A value the template prints but the context lacks is an error, not
        // an empty string (`{% if x %}` on a missing value still works).
        env.set_undefined_behavior(minijinja::UndefinedBehavior::SemiStrict);
        env
    })
}

pub(crate) fn render(name: &'static str, ctx: &minijinja::Value) -> Result<String, RenderError> {
    let source = TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
        .unwrap_or_default();
    render_source(name, source, ctx)
}

/// An email of a text and an HTML template of [`TEMPLATES`] rendered with
/// the same context.
pub(crate) fn compose(
    to: &str,
    subject: String,
    (text, html): (&'static str, &'static str),
    ctx: &minijinja::Value,
) -> Result<Email, RenderError> {
    Ok(Email {
        to: to.to_string(),
        subject,
        text: render(text, ctx)?,
        html: render(html, ctx)?,
    })
}

/// The language a reader whose locale is `locale` is written `email` in: the
/// first of the locale's fallbacks (pt-BR -> pt) that has the email's words,
/// else English.
pub fn language_for(locale: Option<&str>, email: &str) -> Language {
    crate::kernel::locale::Locale::parse(locale.unwrap_or_default())
        .map(|l| l.fallbacks())
        .unwrap_or_default()
        .into_iter()
        .filter(|l| texts::has(l.code(), email))
        .find_map(|l| Language::from_code(l.code()))
        .unwrap_or(Language::En)
}

/// The layout every seller email shares: each language's part in its own
/// `lang`/`dir` block, the seller's first and the binding English below.
const SELLER_LAYOUT: &str = include_str!("../../templates/seller_layout.html");

/// A seller's email (SPEC 1.4.5): in the seller's language (their locale's,
/// when `email` has its words in it) with the English text below when that is
/// not English, the English binding; a seller with no locale gets English.
/// `build` gives the subject and the templates' context in one language; the
/// HTML template is the body of one language's part.
pub(crate) fn compose_for_seller(
    seller: &Seller,
    email: &'static str,
    (text, html): (&'static str, &'static str),
    build: impl Fn(Language) -> Result<(String, minijinja::Value), RenderError>,
) -> Result<Email, RenderError> {
    let lang = language_for(seller.locale.as_deref(), email);
    let langs: &[Language] = if lang == Language::En {
        &[Language::En]
    } else {
        &[lang, Language::En]
    };
    let mut subject = String::new();
    let mut texts_out = Vec::new();
    let mut parts = Vec::new();
    for (i, l) in langs.iter().enumerate() {
        let (s, ctx) = build(*l)?;
        if i == 0 {
            subject = s;
        }
        // Above the English: the note in the seller's language, then in English.
        let banner = (i > 0).then(|| {
            format!(
                "{} / {}",
                Words::new(lang, "seller_common").get("english-binds"),
                Words::new(*l, "seller_common").get("english-binds")
            )
        });
        let body_text = render(text, &ctx)?;
        texts_out.push(match &banner {
            Some(b) => format!("\n==========\n{b}\n==========\n\n{body_text}"),
            None => body_text,
        });
        parts.push(context! {
            lang => l.code(),
            dir => if l.is_rtl() { "rtl" } else { "ltr" },
            banner => banner,
            body => minijinja::Value::from_safe_string(render(html, &ctx)?),
        });
    }
    let layout = context! {
        subject => subject.clone(),
        lang => lang.code(),
        dir => if lang.is_rtl() { "rtl" } else { "ltr" },
        parts => parts,
    };
    Ok(Email {
        to: seller.notice_address().to_string(),
        subject,
        text: texts_out.join("\n"),
        html: render_source("seller_layout.html", SELLER_LAYOUT, &layout)?,
    })
}

/// Renders a template given with its source (a module's own
/// `include_str!`); names ending in `.html` are HTML-escaped.
pub(crate) fn render_source(
    name: &'static str,
    source: &'static str,
    ctx: &minijinja::Value,
) -> Result<String, RenderError> {
    env()
        .render_named_str(name, source, ctx)
        .map_err(|e| RenderError {
            template: name,
            reason: format!("{e:#}"),
        })
}

/// The authority's name for a source (SPEC 1.1: every authority has a
/// source name of its own): the one table the notices, the desk and the
/// public lists name authorities from. An unknown source is shown as given.
pub fn source_label(source: &str) -> &str {
    match source {
        "cpsc" => "US CPSC",
        "rappelconso" => "RappelConso (France)",
        "safety_gate" => "EU Safety Gate",
        "fda" => "US FDA",
        "health_canada" => "Health Canada",
        "opss" => "UK OPSS",
        "accc" => "ACCC (Product Safety Australia)",
        "kats" => "Korea KATS",
        "consumer24" => "Korea Consumer24",
        "meti" => "Japan METI",
        "caa" => "Japan CAA",
        "platform" => "Platform",
        other => other,
    }
}
