//! The one rendering engine: emails rendered from templates (text and
//! HTML). HTML auto-escapes every value, so a regulator's or seller's text
//! can never inject markup.

use minijinja::{AutoEscape, Environment};
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
