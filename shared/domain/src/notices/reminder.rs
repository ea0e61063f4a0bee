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
use minijinja::context;
use serde::Serialize;

/// The placeholders of a reminder's [`BulkTemplate`]: the keys of [`reminder_data`].
pub const PLACEHOLDERS: [&str; 3] = ["order_id", "order_date", "market"];

/// The reminder's fixed text in one language. `{{...}}` in these strings are
/// SES placeholders: they are values for minijinja, so they come out literally.
#[derive(Serialize)]
struct Strings {
    /// Between a label and its value: ": ", in French "\u{a0}: ".
    sep: &'static str,
    heading: &'static str,
    greeting: &'static str,
    intro: &'static str,
    keep: &'static str,
    product_heading: &'static str,
    name: &'static str,
    brand: &'static str,
    model: &'static str,
    picture: &'static str,
    picture_alt: &'static str,
    sold: &'static str,
    issue_heading: &'static str,
    todo_heading: &'static str,
    help_heading: &'static str,
    contact: &'static str,
    rights: &'static str,
    reassure: &'static str,
    signature: &'static str,
}

const EN: Strings = Strings {
    sep: ": ",
    heading: "Product compliance reminder",
    greeting: "Dear customer,",
    intro: "You bought the product below on our marketplace. It does not fully comply with the rules that apply to it. Please read below what is wrong and what to do.",
    keep: "This is a reminder only: we are not asking you to send the product back.",
    product_heading: "Your product",
    name: "Product:",
    brand: "Brand:",
    model: "Model:",
    picture: "Picture:",
    picture_alt: "Picture of the product",
    sold: "You bought it on {{order_date}} (order {{order_id}}), delivered to {{market}}, on our marketplace.",
    issue_heading: "What is wrong",
    todo_heading: "What to do",
    help_heading: "Questions and returns",
    contact: "If you have questions or want to return the product, contact us from the Help section of your account.",
    rights: "You keep all your rights as a consumer, including asking for a return or a refund where they apply.",
    reassure: "We check the products sold on our marketplace and let you know whenever something needs your attention.",
    signature: "Product Safety team",
};

const FR: Strings = Strings {
    sep: "\u{a0}: ",
    heading: "Information sur la conformité du produit",
    greeting: "Madame, Monsieur,",
    intro: "Vous avez acheté le produit ci-dessous sur notre place de marché. Il n’est pas entièrement conforme aux règles qui s’y appliquent. Lisez ci-dessous ce qui ne va pas et ce qu’il faut faire.",
    keep: "Ce message est une simple information\u{a0}: nous ne vous demandons pas de renvoyer le produit.",
    product_heading: "Votre produit",
    name: "Produit\u{a0}:",
    brand: "Marque\u{a0}:",
    model: "Modèle\u{a0}:",
    picture: "Photo\u{a0}:",
    picture_alt: "Photo du produit",
    sold: "Vous l’avez acheté le {{order_date}} (commande {{order_id}}) sur notre place de marché\u{a0}; pays de livraison\u{a0}: {{market}}.",
    issue_heading: "Ce qui ne va pas",
    todo_heading: "Ce qu’il faut faire",
    help_heading: "Questions et retours",
    contact: "Si vous avez des questions ou souhaitez retourner le produit, contactez-nous depuis la rubrique Aide de votre compte.",
    rights: "Vous conservez tous vos droits de consommateur, notamment celui de demander, le cas échéant, un retour ou un remboursement.",
    reassure: "Nous contrôlons les produits vendus sur notre place de marché et vous prévenons chaque fois qu’un point mérite votre attention.",
    signature: "L’équipe Sécurité des produits",
};

const DE: Strings = Strings {
    sep: ": ",
    heading: "Hinweis zur Produktkonformität",
    greeting: "Sehr geehrte Kundin, sehr geehrter Kunde,",
    intro: "Sie haben das unten genannte Produkt auf unserem Marktplatz gekauft. Es entspricht nicht vollständig den dafür geltenden Vorschriften. Lesen Sie unten, was nicht in Ordnung ist und was Sie tun sollten.",
    keep: "Dies ist nur ein Hinweis: Wir bitten Sie nicht, das Produkt zurückzusenden.",
    product_heading: "Ihr Produkt",
    name: "Produkt:",
    brand: "Marke:",
    model: "Modell:",
    picture: "Abbildung:",
    picture_alt: "Abbildung des Produkts",
    sold: "Sie haben es am {{order_date}} (Bestellung {{order_id}}) auf unserem Marktplatz gekauft; Lieferland: {{market}}.",
    issue_heading: "Was nicht in Ordnung ist",
    todo_heading: "Was Sie tun sollten",
    help_heading: "Fragen und Rückgabe",
    contact: "Wenn Sie Fragen haben oder das Produkt zurückgeben möchten, wenden Sie sich über den Bereich Hilfe in Ihrem Konto an uns.",
    rights: "Ihre Verbraucherrechte bleiben unberührt, darunter gegebenenfalls das Recht auf Rückgabe oder Erstattung.",
    reassure: "Wir prüfen die auf unserem Marktplatz verkauften Produkte und informieren Sie, sobald etwas Ihre Aufmerksamkeit erfordert.",
    signature: "Ihr Team Produktsicherheit",
};

const ES: Strings = Strings {
    sep: ": ",
    heading: "Recordatorio de conformidad del producto",
    greeting: "Estimado/a cliente:",
    intro: "Usted compró en nuestra plataforma el producto que se indica a continuación. No cumple plenamente las normas que le son aplicables. Lea a continuación cuál es el problema y qué debe hacer.",
    keep: "Este mensaje es solo un recordatorio: no le pedimos que devuelva el producto.",
    product_heading: "Su producto",
    name: "Producto:",
    brand: "Marca:",
    model: "Modelo:",
    picture: "Imagen:",
    picture_alt: "Imagen del producto",
    sold: "Lo compró el {{order_date}} (pedido {{order_id}}) en nuestra plataforma; país de entrega: {{market}}.",
    issue_heading: "Cuál es el problema",
    todo_heading: "Qué debe hacer",
    help_heading: "Preguntas y devoluciones",
    contact: "Si tiene preguntas o desea devolver el producto, póngase en contacto con nosotros desde la sección Ayuda de su cuenta.",
    rights: "Conserva todos sus derechos como consumidor, incluido, en su caso, el de solicitar una devolución o un reembolso.",
    reassure: "Revisamos los productos que se venden en nuestra plataforma y le avisamos siempre que algo requiere su atención.",
    signature: "El equipo de Seguridad de los Productos",
};

fn strings(lang: Language) -> &'static Strings {
    match lang {
        Language::En => &EN,
        Language::Fr => &FR,
        Language::De => &DE,
        Language::Es => &ES,
        _ => &EN,
    }
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
        t.heading,
        t.sep,
        inert(&one_line(product_name, 80))
    );
    let ctx = context! {
        lang => lang.code(),
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
