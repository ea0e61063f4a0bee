//! The consumer compliance reminder (SPEC 1.6: "Non-compliant products that
//! are not recalled get compliance reminders to the consumers who bought
//! them"), in the consumer's language. Pure: rendering only.
//!
//! Sent exactly like the consumer recall notice ([`crate::notices::consumer`]): with
//! SES v2 bulk sending, one template per language, report and product,
//! rendered here with the report's and the product's text (escaped in the
//! HTML part, and with a zero-width space after every `{` so SES never reads
//! it as a placeholder), and per-destination replacement data that holds only
//! values formatted by code (order id, order date, delivery country). The
//! only `{{...}}` left in a template are the [`PLACEHOLDERS`].
//!
//! The reminder is not a recall: it tells the buyer what is wrong and what to
//! do, and that they need not send the product back (they may still ask for a
//! return under their rights).

use crate::kernel::language::Language;
use crate::kernel::text::{inert, non_empty, one_line, safe_url};
use crate::ledger::violations::ComplianceReminder;
use crate::notices::consumer::{replacement_data, BulkTemplate, ConsumerOrder, ProductView};
use crate::notices::render::{render_source, RenderError};
use crate::notices::texts::Texts;
use minijinja::context;

/// The placeholders of a reminder's [`BulkTemplate`]: the keys of [`reminder_data`].
pub const PLACEHOLDERS: [&str; 3] = ["order_id", "order_date", "market"];

/// The email's words in one language, from Project Fluent
/// (`shared/domain/locales/<language>/compliance_reminder.ftl`).
fn strings(lang: Language) -> Texts {
    Texts::of(lang.code(), "compliance_reminder")
}

/// The reminder for one report and product in one language, with the
/// per-destination values left as SES placeholders ([`PLACEHOLDERS`]).
/// The product is named by its listing title (its listing id when the title
/// is blank); brand, model and picture are shown when the listing has them.
pub fn reminder_template(
    lang: Language,
    reminder: &ComplianceReminder,
    product: &ProductView,
) -> Result<BulkTemplate, RenderError> {
    let t = strings(lang);
    let product_name = non_empty(Some(&product.listing_title)).unwrap_or(&product.listing_id);
    let brand = non_empty(product.brand.as_ref());
    let model = non_empty(product.model.as_ref());
    let image_url = product.image_url.as_deref().and_then(safe_url);
    let subject = format!(
        "{}{}{}",
        t.get("heading"),
        t.get("sep"),
        inert(&one_line(product_name, 80))
    );
    let ctx = context! {
        lang => lang.code(),
        rtl => lang.is_rtl(),
        t => t,
        subject => subject.clone(),
        product_name => inert(product_name.trim()),
        brand => brand.map(|b| inert(b.trim())),
        model => model.map(|m| inert(m.trim())),
        image_url => image_url,
        issue => inert(reminder.issue.trim()),
        instructions => inert(reminder.instructions.trim()),
    };
    Ok(BulkTemplate {
        subject,
        text: render_source(
            "compliance_reminder.txt",
            include_str!("../../templates/compliance_reminder.txt"),
            &ctx,
        )?,
        html: render_source(
            "compliance_reminder.html",
            include_str!("../../templates/compliance_reminder.html"),
            &ctx,
        )?,
    })
}

/// The per-destination replacement data for one buyer's order: the keys of
/// [`PLACEHOLDERS`], formatted exactly as the recall notice's
/// [`replacement_data`] formats them (order id reduced to letters, digits,
/// `-` and `_`; the order date as the language writes it; the delivery
/// country's name in the language). No value holds a character that SES
/// (Handlebars) would escape in HTML.
pub fn reminder_data(
    lang: Language,
    order: &ConsumerOrder,
) -> serde_json::Map<String, serde_json::Value> {
    let mut all = replacement_data(lang, order);
    PLACEHOLDERS
        .iter()
        .filter_map(|key| all.remove_entry(*key))
        .collect()
}
