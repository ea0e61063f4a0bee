//! The cancellation of an unshipped order of a recalled product (SPEC 1.8:
//! "no recall notice goes to a buyer who never received the product; the
//! cancellation email says why"), in the buyer's language. Pure: rendering
//! only.
//!
//! Sent like the consumer recall notice ([`crate::notices::consumer`]): SES
//! v2 bulk sending, one template per language, recall and product, with the
//! recall's and the product's text escaped in the HTML part (and a
//! zero-width space after every `{`, so SES never reads it as a
//! placeholder), and per-destination data that holds only values formatted
//! by code. The only `{{...}}` left in a template are the [`PLACEHOLDERS`].

use crate::kernel::language::Language;
use crate::kernel::text::{inert, non_empty, one_line};
use crate::notices::consumer::{replacement_data, BulkTemplate, ConsumerOrder, ProductView};
use crate::notices::render::{render_source, RenderError};
use crate::notices::texts::Texts;
use crate::recall::Recall;
use minijinja::context;

/// The placeholders of a cancellation's [`BulkTemplate`]: the keys of [`cancellation_data`].
pub const PLACEHOLDERS: [&str; 4] = ["order_id", "order_date", "price_paid", "market"];

/// The email's words in one language, from Project Fluent
/// (`shared/domain/locales/<language>/order_cancelled.ftl`).
fn strings(lang: Language) -> Texts {
    Texts::of(lang.code(), "order_cancelled")
}

/// The cancellation for one recall and product in one language, with the
/// per-destination values left as SES placeholders ([`PLACEHOLDERS`]).
/// The product is named by its listing title (the recall's product name,
/// then its title, when the listing has none); the hazard is the recall's.
pub fn cancellation_template(
    lang: Language,
    recall: &Recall,
    product: &ProductView,
) -> Result<BulkTemplate, RenderError> {
    let t = strings(lang);
    let product_name = non_empty(Some(&product.listing_title))
        .or_else(|| non_empty(recall.product.name.as_ref()))
        .unwrap_or(&recall.title);
    let subject = format!(
        "{} – {}",
        t.get("heading"),
        inert(&one_line(product_name, 80))
    );
    let ctx = context! {
        lang => lang.code(),
        rtl => lang.is_rtl(),
        t => t,
        subject => subject.clone(),
        product_name => inert(product_name.trim()),
        brand => non_empty(product.brand.as_ref()).map(|b| inert(b.trim())),
        model => non_empty(product.model.as_ref()).map(|m| inert(m.trim())),
        hazard => inert(recall.hazard.trim()),
    };
    Ok(BulkTemplate {
        subject,
        text: render_source(
            "order_cancelled.txt",
            include_str!("../../templates/order_cancelled.txt"),
            &ctx,
        )?,
        html: render_source(
            "order_cancelled.html",
            include_str!("../../templates/order_cancelled.html"),
            &ctx,
        )?,
    })
}

/// The per-destination data for one stopped order: the keys of
/// [`PLACEHOLDERS`], formatted exactly as the recall notice's
/// [`replacement_data`] formats them. No value holds a character that SES
/// (Handlebars) would escape in HTML.
pub fn cancellation_data(
    lang: Language,
    order: &ConsumerOrder,
) -> serde_json::Map<String, serde_json::Value> {
    let mut all = replacement_data(lang, order);
    PLACEHOLDERS
        .iter()
        .filter_map(|key| all.remove_entry(*key))
        .collect()
}
