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
use crate::recall::Recall;
use minijinja::context;
use serde::Serialize;

/// The placeholders of a cancellation's [`BulkTemplate`]: the keys of [`cancellation_data`].
pub const PLACEHOLDERS: [&str; 4] = ["order_id", "order_date", "price_paid", "market"];

/// The email's fixed text in one language. `{{...}}` in these strings are
/// SES placeholders: they are values for minijinja, so they come out literally.
#[derive(Serialize)]
struct Strings {
    heading: &'static str,
    greeting: &'static str,
    intro: &'static str,
    not_delivered: &'static str,
    product_heading: &'static str,
    name: &'static str,
    brand: &'static str,
    model: &'static str,
    hazard_heading: &'static str,
    refund_heading: &'static str,
    refund: &'static str,
    nothing_to_do: &'static str,
    help_heading: &'static str,
    contact: &'static str,
    signature: &'static str,
}

const EN: Strings = Strings {
    heading: "Order cancelled: product safety recall",
    greeting: "Dear customer,",
    intro: "We have cancelled your order {{order_id}} of {{order_date}} (delivery to {{market}}) before it was shipped: the product below is the subject of a product safety recall.",
    not_delivered: "It will not be delivered to you. As you never received it, there is nothing to stop using and nothing to send back.",
    product_heading: "The product",
    name: "Product:",
    brand: "Brand:",
    model: "Model:",
    hazard_heading: "Why it is recalled",
    refund_heading: "Your refund",
    refund: "You will be refunded in full, the price you paid ({{price_paid}}) and the order's fees, to the payment method you used.",
    nothing_to_do: "You do not need to do anything.",
    help_heading: "Questions",
    contact: "If you have questions, contact us from the Help section of your account.",
    signature: "Product Safety team",
};

const FR: Strings = Strings {
    heading: "Commande annulée\u{a0}: rappel de produit pour raison de sécurité",
    greeting: "Madame, Monsieur,",
    intro: "Nous avons annulé votre commande {{order_id}} du {{order_date}} (livraison\u{a0}: {{market}}) avant son expédition\u{a0}: le produit ci-dessous fait l’objet d’un rappel pour raison de sécurité.",
    not_delivered: "Il ne vous sera pas livré. Comme vous ne l’avez jamais reçu, vous n’avez rien à cesser d’utiliser ni rien à renvoyer.",
    product_heading: "Le produit",
    name: "Produit\u{a0}:",
    brand: "Marque\u{a0}:",
    model: "Modèle\u{a0}:",
    hazard_heading: "Pourquoi il est rappelé",
    refund_heading: "Votre remboursement",
    refund: "Vous serez remboursé intégralement, du prix payé ({{price_paid}}) et des frais de la commande, sur le moyen de paiement que vous avez utilisé.",
    nothing_to_do: "Vous n’avez rien à faire.",
    help_heading: "Questions",
    contact: "Pour toute question, contactez-nous depuis la rubrique Aide de votre compte.",
    signature: "L’équipe Sécurité des produits",
};

const DE: Strings = Strings {
    heading: "Bestellung storniert: Produktrückruf aus Sicherheitsgründen",
    greeting: "Sehr geehrte Kundin, sehr geehrter Kunde,",
    intro: "Wir haben Ihre Bestellung {{order_id}} vom {{order_date}} (Lieferland: {{market}}) vor dem Versand storniert: Für das unten genannte Produkt läuft ein Rückruf aus Sicherheitsgründen.",
    not_delivered: "Es wird Ihnen nicht geliefert. Da Sie es nie erhalten haben, müssen Sie weder etwas außer Gebrauch nehmen noch etwas zurücksenden.",
    product_heading: "Das Produkt",
    name: "Produkt:",
    brand: "Marke:",
    model: "Modell:",
    hazard_heading: "Warum es zurückgerufen wird",
    refund_heading: "Ihre Erstattung",
    refund: "Sie erhalten den vollen Betrag zurück, den gezahlten Preis ({{price_paid}}) und die Gebühren der Bestellung, über das von Ihnen verwendete Zahlungsmittel.",
    nothing_to_do: "Sie müssen nichts tun.",
    help_heading: "Fragen",
    contact: "Bei Fragen wenden Sie sich über den Bereich Hilfe in Ihrem Konto an uns.",
    signature: "Ihr Team Produktsicherheit",
};

const ES: Strings = Strings {
    heading: "Pedido cancelado: retirada del producto por motivos de seguridad",
    greeting: "Estimado/a cliente:",
    intro: "Hemos cancelado su pedido {{order_id}} del {{order_date}} (entrega en {{market}}) antes de su envío: el producto que se indica a continuación es objeto de una retirada por motivos de seguridad.",
    not_delivered: "No se le entregará. Como nunca lo recibió, no tiene nada que dejar de usar ni nada que devolver.",
    product_heading: "El producto",
    name: "Producto:",
    brand: "Marca:",
    model: "Modelo:",
    hazard_heading: "Por qué se retira",
    refund_heading: "Su reembolso",
    refund: "Se le reembolsará íntegramente el precio pagado ({{price_paid}}) y los gastos del pedido, en el medio de pago que utilizó.",
    nothing_to_do: "No tiene que hacer nada.",
    help_heading: "Preguntas",
    contact: "Si tiene preguntas, póngase en contacto con nosotros desde la sección Ayuda de su cuenta.",
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
    let subject = format!("{} – {}", t.heading, inert(&one_line(product_name, 80)));
    let ctx = context! {
        lang => lang.code(),
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
