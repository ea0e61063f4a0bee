//! The consumer recall notice (SPEC 1.4.5, GPSR Art. 36 and 37), in the
//! consumer's language. Pure: rendering only.
//!
//! A consumer recall is sent with SES v2 bulk sending: one template per
//! language and recall, rendered here with the recall's and the product's
//! text (escaped in the HTML part), and per-destination replacement data that
//! holds only values this module formats itself (order id, date, price,
//! authority), so nothing a regulator or seller wrote goes through SES's own
//! substitution.
//!
//! SES templates are Handlebars: a `{{` in the text of a recall or a listing
//! would be read by SES as a placeholder (or break the whole bulk send), so
//! every `{` of that text is followed by a zero-width space in the template
//! (and percent-encoded in URLs). The only `{{...}}` left in a template are
//! the placeholders listed on [`BulkTemplate`].

use crate::kernel::format::{country_name, format_date};
use crate::kernel::ids::Country;
pub use crate::kernel::language::Language;
use crate::kernel::money::Money;
use crate::kernel::text::{inert, non_empty, one_line, safe_url};
use crate::notices::render::{render, source_label, Email, RenderError};
use crate::notices::texts::{self, Texts};
use crate::recall::{Recall, Remedy};
use chrono::{DateTime, Utc};
use minijinja::context;
use serde::{Deserialize, Serialize};

/// What the consumer recall needs of one order of an affected listing: kept on
/// the order-line index item, so a page of orders needs no other read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsumerOrder {
    pub order_id: String,
    pub buyer_id: String,
    pub email: String,
    pub language: Language,
    /// The buyer's country of residence (the authority named is the delivery
    /// country's: `market`).
    pub country: Country,
    /// The destination market of the order.
    pub market: Country,
    pub placed_at: DateTime<Utc>,
    pub quantity: u32,
    pub unit_price: Money,
    pub fees: Money,
    /// Set when the order was cancelled (before shipping): the buyer never had
    /// the product, so the consumer recall skips the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<DateTime<Utc>>,
    /// When the seller shipped it. Absent: paid (an order is placed once
    /// paid) and not shipped, so a recall stops it instead of telling its
    /// buyer to stop using a product they never received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipped_at: Option<DateTime<Utc>>,
    /// The delivery country's language, written below the buyer's when it
    /// is another (SPEC 1.4.5: "the notice in that language first and in
    /// the country's language below it").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub also: Option<Language>,
}

/// The product as the notice shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductView {
    pub listing_id: String,
    pub listing_title: String,
    pub brand: Option<String>,
    pub model: Option<String>,
    pub batches: Vec<String>,
    pub image_url: Option<String>,
}

/// GPSR Art. 37: at least two of repair, replacement and refund (of at least
/// the price paid), at no cost to the consumer. Refund is always offered;
/// repair / replacement as the recall lists them; replacement is added when
/// fewer than two would be offered.
pub fn offered_remedies(recall: &Recall) -> Vec<Remedy> {
    let mut out = vec![Remedy::Refund];
    for r in [Remedy::Repair, Remedy::Replace] {
        if recall.remedies.contains(&r) {
            out.push(r);
        }
    }
    if out.len() < 2 {
        out.push(Remedy::Replace);
    }
    out
}

/// The consumer protection / market surveillance authority of a country
/// (name and web address), in the notice's language where it has one.
///
/// Names are the authority's own official name (in the country's language
/// where it is written in Latin script, otherwise the English name the
/// authority uses), so they read the same in every notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authority {
    pub name: &'static str,
    pub url: &'static str,
}

/// What [`authority`] answers for a country it does not know: no national
/// authority is named (naming the wrong one would mislead), the consumer is
/// sent to the OECD GlobalRecalls portal, which gathers the product recalls
/// published by authorities around the world. [`replacement_data`] writes
/// this fallback in the notice's language.
pub const FALLBACK_AUTHORITY: Authority = Authority {
    name: "your national consumer protection authority (product recalls worldwide: OECD GlobalRecalls)",
    url: "https://globalrecalls.oecd.org",
};

/// The consumer protection / market surveillance authority of a country:
/// the EU-27, the EEA, Switzerland, the United Kingdom, the United States,
/// Canada, Australia, New Zealand, Brazil, Japan and South Korea;
/// [`FALLBACK_AUTHORITY`] for any other country.
pub fn authority(country: &Country) -> Authority {
    known_authority(country.as_str()).unwrap_or(FALLBACK_AUTHORITY)
}

fn known_authority(code: &str) -> Option<Authority> {
    let (name, url) = match code {
        "AT" => (
            "Sozialministerium – Konsumentenschutz",
            "https://www.sozialministerium.at",
        ),
        "BE" => (
            "SPF Economie / FOD Economie – Inspection économique / Economische Inspectie",
            "https://economie.fgov.be",
        ),
        "BG" => ("Commission for Consumer Protection (KZP)", "https://kzp.bg"),
        "HR" => ("Državni inspektorat", "https://dirh.gov.hr"),
        "CY" => (
            "Competition and Consumer Protection Service (Ministry of Energy, Commerce and Industry)",
            "https://www.consumer.gov.cy",
        ),
        "CZ" => ("Česká obchodní inspekce (ČOI)", "https://www.coi.cz"),
        "DK" => ("Sikkerhedsstyrelsen", "https://www.sik.dk"),
        "EE" => (
            "Tarbijakaitse ja Tehnilise Järelevalve Amet (TTJA)",
            "https://www.ttja.ee",
        ),
        "FI" => (
            "Turvallisuus- ja kemikaalivirasto (Tukes)",
            "https://tukes.fi",
        ),
        "FR" => (
            "Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)",
            "https://www.economie.gouv.fr/dgccrf",
        ),
        "DE" => (
            "Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA)",
            "https://www.baua.de",
        ),
        "GR" => (
            "General Secretariat of Commerce, Ministry of Development",
            "https://www.mindev.gov.gr",
        ),
        "HU" => (
            "Fogyasztóvédelmi hatóság",
            "https://fogyasztovedelem.kormany.hu",
        ),
        "IE" => (
            "Competition and Consumer Protection Commission (CCPC)",
            "https://www.ccpc.ie",
        ),
        "IT" => (
            "Ministero delle Imprese e del Made in Italy (MIMIT)",
            "https://www.mimit.gov.it",
        ),
        "LV" => (
            "Patērētāju tiesību aizsardzības centrs (PTAC)",
            "https://www.ptac.gov.lv",
        ),
        "LT" => (
            "Valstybinė vartotojų teisių apsaugos tarnyba (VVTAT)",
            "https://vvtat.lrv.lt",
        ),
        "LU" => (
            "Institut luxembourgeois de la normalisation, de l’accréditation, de la sécurité et qualité des produits et services (ILNAS)",
            "https://portail-qualite.public.lu",
        ),
        "MT" => (
            "Malta Competition and Consumer Affairs Authority (MCCAA)",
            "https://mccaa.org.mt",
        ),
        "NL" => (
            "Nederlandse Voedsel- en Warenautoriteit (NVWA)",
            "https://www.nvwa.nl",
        ),
        "PL" => (
            "Urząd Ochrony Konkurencji i Konsumentów (UOKiK)",
            "https://uokik.gov.pl",
        ),
        "PT" => (
            "Direção-Geral do Consumidor",
            "https://www.consumidor.gov.pt",
        ),
        "RO" => (
            "Autoritatea Națională pentru Protecția Consumatorilor (ANPC)",
            "https://anpc.ro",
        ),
        "SK" => ("Slovenská obchodná inšpekcia (SOI)", "https://www.soi.sk"),
        "SI" => (
            "Tržni inšpektorat Republike Slovenije",
            "https://www.gov.si/drzavni-organi/organi-v-sestavi/trzni-inspektorat/",
        ),
        "ES" => (
            "Ministerio de Derechos Sociales, Consumo y Agenda 2030 – Dirección General de Consumo",
            "https://www.consumo.gob.es",
        ),
        "SE" => ("Konsumentverket", "https://www.konsumentverket.se"),
        "IS" => ("Neytendastofa", "https://www.neytendastofa.is"),
        "LI" => (
            "Amt für Volkswirtschaft (Liechtensteinische Landesverwaltung)",
            "https://www.llv.li",
        ),
        "NO" => (
            "Direktoratet for samfunnssikkerhet og beredskap (DSB)",
            "https://www.dsb.no",
        ),
        "CH" => (
            "Staatssekretariat für Wirtschaft SECO / Secrétariat d’Etat à l’économie SECO",
            "https://www.seco.admin.ch",
        ),
        "GB" => (
            "Office for Product Safety and Standards (OPSS)",
            "https://www.gov.uk/government/organisations/office-for-product-safety-and-standards",
        ),
        "US" => (
            "U.S. Consumer Product Safety Commission (CPSC)",
            "https://www.cpsc.gov",
        ),
        "CA" => (
            "Health Canada – Consumer Product Safety",
            "https://www.canada.ca/en/health-canada/services/consumer-product-safety.html",
        ),
        "AU" => (
            "Australian Competition and Consumer Commission (ACCC) – Product Safety Australia",
            "https://www.productsafety.gov.au",
        ),
        "NZ" => (
            "Ministry of Business, Innovation and Employment – Product Safety",
            "https://www.productsafety.govt.nz",
        ),
        "BR" => (
            "Secretaria Nacional do Consumidor (Senacon)",
            "https://www.gov.br/mj/pt-br/assuntos/seus-direitos/consumidor",
        ),
        "JP" => ("Consumer Affairs Agency (CAA)", "https://www.caa.go.jp"),
        "KR" => ("Korea Consumer Agency", "https://www.kca.go.kr"),
        _ => return None,
    };
    Some(Authority { name, url })
}

/// The consumer notice's bulk template has the SES placeholders
/// `{{order_id}}`, `{{order_date}}`, `{{price_paid}}`, `{{market}}`,
/// `{{authority_name}}`, `{{authority_url}}` for the per-destination values.
pub use crate::outbox::BulkTemplate;

/// The placeholders of a [`BulkTemplate`]: the keys of [`replacement_data`].
pub const PLACEHOLDERS: [&str; 6] = [
    "order_id",
    "order_date",
    "price_paid",
    "market",
    "authority_name",
    "authority_url",
];

/// The email's words in one language, from Project Fluent
/// (`shared/domain/locales/<language>/consumer_notice.ftl`).
fn strings(lang: Language) -> Texts {
    Texts::of(lang.code(), "consumer_notice")
}

/// The notice for one recall and product in one language, with the
/// per-destination values left as SES placeholders. The product's brand,
/// model, batches and picture are the listing's, or the recall's where the
/// listing has none.
pub fn consumer_template(
    lang: Language,
    recall: &Recall,
    product: &ProductView,
) -> Result<BulkTemplate, RenderError> {
    let t = strings(lang);
    let product_name = non_empty(Some(&product.listing_title))
        .or_else(|| non_empty(recall.product.name.as_ref()))
        .unwrap_or(&recall.title);
    let brand =
        non_empty(product.brand.as_ref()).or_else(|| non_empty(recall.product.brand.as_ref()));
    let model = match non_empty(product.model.as_ref()) {
        Some(m) => Some(m.clone()),
        None => {
            let models = join_non_empty(&recall.product.models);
            (!models.is_empty()).then_some(models)
        }
    };
    let batches = match join_non_empty(&product.batches) {
        b if b.is_empty() => join_non_empty(&recall.product.batches),
        b => b,
    };
    let image_url = product
        .image_url
        .as_deref()
        .and_then(safe_url)
        .or_else(|| recall.image_url.as_deref().and_then(safe_url));
    let remedies: Vec<&str> = offered_remedies(recall)
        .into_iter()
        .filter_map(|r| match r {
            Remedy::Refund => Some(t.get("refund")),
            Remedy::Repair => Some(t.get("repair")),
            Remedy::Replace => Some(t.get("replace")),
            Remedy::Dispose | Remedy::StopUsing => None,
        })
        .collect();
    let sources: Vec<_> = recall
        .sources
        .iter()
        .map(|s| {
            let label = if s.source == "platform" {
                t.get("platform")
            } else {
                source_label(&s.source)
            };
            context! {
                label => inert(&format!("{label} {}", s.reference)),
                url => s.url.as_deref().and_then(safe_url),
            }
        })
        .collect();
    let subject = format!(
        "{}{}{} – {}",
        t.get("heading"),
        t.get("sep"),
        one_line(&inert(product_name), 80),
        t.get("subject_tail")
    );
    let ctx = context! {
        lang => lang.code(),
        rtl => lang.is_rtl(),
        t => t,
        subject => subject.clone(),
        product_name => inert(product_name),
        brand => brand.map(|b| inert(b)),
        model => model.map(|m| inert(&m)),
        batches => inert(&batches),
        image_url => image_url,
        hazard => inert(&recall.hazard),
        instructions => inert(recall.consumer_instructions.trim()),
        remedies => remedies,
        recall_title => inert(&recall.title),
        sources => sources,
    };
    Ok(BulkTemplate {
        subject,
        text: render("consumer_notice.txt", &ctx)?,
        html: render("consumer_notice.html", &ctx)?,
    })
}

/// The per-destination replacement data for one buyer's order (values above,
/// formatted for the language: dates as the language writes them, the price
/// paid = quantity x unit price, with its currency).
///
/// The authority is that of the country where the product was delivered
/// (the order's `ship_to.country`: GPSR, the Member State where it was made
/// available), whatever the buyer's own country; the fallback, in the
/// notice's language, for a country not in the table. No value holds a character that SES (Handlebars) would
/// escape in HTML (`& < > " ' = \``).
pub fn replacement_data(
    lang: Language,
    order: &ConsumerOrder,
) -> serde_json::Map<String, serde_json::Value> {
    let t = strings(lang);
    let (authority_name, authority_url) = match known_authority(order.market.as_str()) {
        Some(a) => (a.name, a.url),
        None => (t.get("fallback_authority"), FALLBACK_AUTHORITY.url),
    };
    let order_id: String = order
        .order_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    let values = [
        ("order_id", order_id),
        ("order_date", format_date(lang, order.placed_at)),
        (
            "price_paid",
            price_paid(lang, order.quantity, &order.unit_price),
        ),
        ("market", ses_safe_name(country_name(lang, &order.market))),
        ("authority_name", authority_name.to_string()),
        ("authority_url", authority_url.to_string()),
    ];
    values
        .into_iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v)))
        .collect()
}

/// The same notice rendered for one order with the replacement data filled
/// in (what the consumer reads): for tests, previews and the demo.
///
/// As SES (Handlebars) does, values are HTML-escaped in the HTML part. A
/// placeholder without data is left as it is, so a preview shows it.
pub fn render_for(
    template: &BulkTemplate,
    data: &serde_json::Map<String, serde_json::Value>,
) -> Email {
    Email {
        to: String::new(),
        subject: substitute(&template.subject, data, false),
        text: substitute(&template.text, data, false),
        html: substitute(&template.html, data, true),
    }
}

fn substitute(
    template: &str,
    data: &serde_json::Map<String, serde_json::Value>,
    html: bool,
) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let key = after[..end].trim();
        match data.get(key) {
            Some(value) => {
                let value = match value {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                if html {
                    out.push_str(&handlebars_escape(&value));
                } else {
                    out.push_str(&value);
                }
            }
            None => out.push_str(&rest[start..start + 2 + end + 2]),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// Handlebars' escaping of `{{value}}`.
fn handlebars_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            '`' => out.push_str("&#x60;"),
            '=' => out.push_str("&#x3D;"),
            other => out.push(other),
        }
    }
    out
}

fn join_non_empty(items: &[String]) -> String {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// quantity x unit price, exactly, on the decimal string, with the currency:
/// 3 x "19.99" EUR = "59.97 EUR". An amount that is not a decimal is shown as
/// the multiplication ("3 × 19,99 EUR") rather than a wrong number.
fn price_paid(lang: Language, quantity: u32, unit: &Money) -> String {
    match unit.times(quantity) {
        Some(total) => crate::kernel::format::money(lang, &total),
        None => format!("{quantity} × {}", crate::kernel::format::money(lang, unit)),
    }
}

/// A country's name as an SES replacement value: SES would read `&`, `<`,
/// `>`, quotes and braces (CLDR writes "Antigua & Barbuda"), so `&` becomes
/// `+` and the others are dropped.
fn ses_safe_name(name: String) -> String {
    name.chars()
        .filter_map(|c| match c {
            '&' => Some('+'),
            '<' | '>' | '"' | '\'' | '`' | '=' | '{' | '}' => None,
            c => Some(c),
        })
        .collect()
}

/// The languages of an order's notice (SPEC 1.4.5): the rule's, among
/// those the notice has its texts in.
fn notice_languages(order: &crate::catalog::Order) -> NoticeLanguages {
    Language::for_notice(&order.ship_to.country, order.buyer.locale.as_deref(), |l| {
        texts::has(l.code(), "consumer_notice")
    })
}

impl ConsumerOrder {
    /// What the consumer recall needs of an order, for one of its listings:
    /// kept on the listing's order-line item.
    pub fn of(order: &crate::catalog::Order, listing_id: &str) -> ConsumerOrder {
        let lines: Vec<&crate::catalog::OrderLine> = order
            .lines
            .iter()
            .filter(|l| l.listing_id == listing_id)
            .collect();
        let first = lines.first().copied().or(order.lines.first());
        let (language, also) = notice_languages(order);
        ConsumerOrder {
            order_id: order.order_id.clone(),
            buyer_id: order.buyer.buyer_id.clone(),
            email: order.buyer.email.clone(),
            language,
            also,
            country: order.buyer.country.clone(),
            market: order.ship_to.country.clone(),
            placed_at: order.placed_at,
            quantity: lines.iter().map(|l| l.quantity).sum(),
            unit_price: first.map(|l| l.unit_price.clone()).unwrap_or(Money {
                amount: "0".into(),
                currency: "EUR".into(),
            }),
            fees: first.map(|l| l.fees.clone()).unwrap_or(Money {
                amount: "0".into(),
                currency: "EUR".into(),
            }),
            cancelled_at: order.cancelled_at,
            shipped_at: order.shipped_at.or(order.delivered_at),
        }
    }

    /// What the consumer recall needs of an order, per listing it has a
    /// line of (listing id -> the listing's [`ConsumerOrder::of`]).
    pub fn by_listing(
        order: &crate::catalog::Order,
    ) -> std::collections::BTreeMap<String, ConsumerOrder> {
        order
            .lines
            .iter()
            .map(|l| {
                (
                    l.listing_id.clone(),
                    ConsumerOrder::of(order, &l.listing_id),
                )
            })
            .collect()
    }

    /// What the buyer paid for the recalled product: quantity x unit price.
    pub fn amount_paid(&self) -> Option<Money> {
        self.unit_price.times(self.quantity)
    }

    /// Paid, not shipped and not cancelled: the seller must not ship it.
    pub fn to_stop(&self) -> bool {
        self.cancelled_at.is_none() && self.shipped_at.is_none()
    }

    /// The seller's liability for this order in `case` (SPEC 1.4.6).
    pub fn liability(&self, case: &crate::recall::case::Case) -> Liability {
        Liability {
            case_id: case.case_id.clone(),
            listing_id: case.listing_id.clone(),
            order_id: self.order_id.clone(),
            buyer_id: self.buyer_id.clone(),
            quantity: self.quantity,
            unit_price: self.unit_price.clone(),
            amount_paid: self.amount_paid(),
            fees: self.fees.clone(),
        }
    }
}

/// What the seller bears for one order of a recalled product (SPEC 1.4.6):
/// the amount paid and the order's fees, recorded for every order of a
/// consumer recall page whether or not its buyer was emailed on that page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Liability {
    pub case_id: String,
    pub listing_id: String,
    pub order_id: String,
    pub buyer_id: String,
    pub quantity: u32,
    pub unit_price: Money,
    /// quantity x unit price (absent if the price is not a decimal).
    pub amount_paid: Option<Money>,
    pub fees: Money,
}

/// What one page of order lines decides, before anyone is claimed or told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePlan<'a> {
    /// One order per buyer to tell, the buyer's first order of the page: a
    /// buyer with several orders is told once. A recall tells only buyers
    /// whose order was shipped.
    pub to_tell: Vec<&'a ConsumerOrder>,
    /// Orders paid and not shipped (recall pages and order-stop pages): the
    /// seller must not ship them; each is cancelled and refunded at the
    /// seller's cost, and its buyer told why (SPEC 1.8), with no recall
    /// notice: they never had the product.
    pub to_stop: Vec<&'a ConsumerOrder>,
    /// Orders cancelled before delivery: their buyers never had the product,
    /// so no notice and no liability.
    pub cancelled: Vec<String>,
    /// The seller's liability for every order shipped or stopped (recall
    /// and order-stop pages only; a compliance reminder charges nobody).
    pub liabilities: Vec<Liability>,
}

/// The plan of a page of a case's consumer recall: the buyers of shipped
/// orders told (each once), the unshipped orders stopped, the seller liable
/// for both.
pub fn plan_recall_page<'a>(
    case: &crate::recall::case::Case,
    lines: &'a [ConsumerOrder],
) -> PagePlan<'a> {
    let (unshipped, shipped): (Vec<&ConsumerOrder>, Vec<&ConsumerOrder>) =
        lines.iter().partition(|l| l.shipped_at.is_none());
    let mut plan = plan_reminder_page(shipped);
    plan.cancelled.extend(
        unshipped
            .iter()
            .filter(|l| l.cancelled_at.is_some())
            .map(|l| l.order_id.clone()),
    );
    plan.to_stop = unshipped.into_iter().filter(|l| l.to_stop()).collect();
    plan.liabilities = lines
        .iter()
        .filter(|l| l.cancelled_at.is_none())
        .map(|l| l.liability(case))
        .collect();
    plan
}

/// The plan of a page of a block's order stop: the unshipped orders
/// stopped and the seller liable for them; nobody else told.
pub fn plan_stop_page<'a>(
    case: &crate::recall::case::Case,
    lines: &'a [ConsumerOrder],
) -> PagePlan<'a> {
    let to_stop: Vec<&ConsumerOrder> = lines.iter().filter(|l| l.to_stop()).collect();
    PagePlan {
        liabilities: to_stop.iter().map(|l| l.liability(case)).collect(),
        to_stop,
        to_tell: Vec::new(),
        cancelled: Vec::new(),
    }
}

/// The plan of a page of a compliance reminder: who to tell, no liability.
pub fn plan_reminder_page<'a>(lines: impl IntoIterator<Item = &'a ConsumerOrder>) -> PagePlan<'a> {
    let mut seen = std::collections::BTreeSet::new();
    let mut to_tell = Vec::new();
    let mut cancelled = Vec::new();
    for line in lines {
        if line.cancelled_at.is_some() {
            cancelled.push(line.order_id.clone());
        } else if seen.insert(line.buyer_id.as_str()) {
            to_tell.push(line);
        }
    }
    PagePlan {
        to_tell,
        to_stop: Vec::new(),
        cancelled,
        liabilities: Vec::new(),
    }
}

/// The languages of one notice: the first, and the country's below it.
pub type NoticeLanguages = (Language, Option<Language>);

/// Buyers grouped by the languages of their notice (with the country's
/// below it when `bilingual`, else the first only), each group one bulk
/// template, in a stable order.
pub fn by_languages<'a>(
    orders: impl IntoIterator<Item = &'a ConsumerOrder>,
    bilingual: bool,
) -> Vec<(NoticeLanguages, Vec<&'a ConsumerOrder>)> {
    let mut groups: std::collections::BTreeMap<
        (&'static str, &'static str),
        (NoticeLanguages, Vec<&'a ConsumerOrder>),
    > = std::collections::BTreeMap::new();
    for o in orders {
        let also = if bilingual {
            o.also.filter(|a| *a != o.language)
        } else {
            None
        };
        groups
            .entry((o.language.code(), also.map_or("", Language::code)))
            .or_insert_with(|| ((o.language, also), Vec::new()))
            .1
            .push(o);
    }
    groups.into_values().collect()
}

/// The notice in its first language with, when there is one, the same
/// notice in the country's language below it; the second part's SES
/// placeholders end in `_2` ([`bilingual_data`] fills them).
pub fn bilingual_template(
    langs: NoticeLanguages,
    recall: &Recall,
    product: &ProductView,
) -> Result<BulkTemplate, RenderError> {
    let first = consumer_template(langs.0, recall, product)?;
    let Some(second_lang) = langs.1 else {
        return Ok(first);
    };
    let second = consumer_template(second_lang, recall, product)?;
    let renamed = |part: &str| {
        PLACEHOLDERS.iter().fold(part.to_string(), |acc, k| {
            acc.replace(&format!("{{{{{k}}}}}"), &format!("{{{{{k}_2}}}}"))
        })
    };
    let second_body = |html: &str| -> String {
        let start = html
            .find("<body")
            .and_then(|i| html[i..].find('>').map(|j| i + j + 1));
        let end = html.rfind("</body>");
        match (start, end) {
            (Some(s), Some(e)) if s <= e => html[s..e].to_string(),
            _ => html.to_string(),
        }
    };
    let html = match first.html.rfind("</body>") {
        Some(at) => format!(
            "{}<hr>\n<div lang=\"{}\">{}</div>\n{}",
            &first.html[..at],
            second_lang.code(),
            renamed(&second_body(&second.html)),
            &first.html[at..]
        ),
        None => format!("{}{}", first.html, renamed(&second.html)),
    };
    Ok(BulkTemplate {
        subject: first.subject,
        text: format!(
            "{}\n\n――――――――――――――――――――\n\n{}",
            first.text.trim_end(),
            renamed(&second.text)
        ),
        html,
    })
}

/// The replacement data of a bilingual notice: the first language's, and
/// the second's under keys ending in `_2`.
pub fn bilingual_data(
    langs: NoticeLanguages,
    order: &ConsumerOrder,
) -> serde_json::Map<String, serde_json::Value> {
    let mut data = replacement_data(langs.0, order);
    if let Some(second) = langs.1 {
        for (k, v) in replacement_data(second, order) {
            data.insert(format!("{k}_2"), v);
        }
    }
    data
}

/// Buyers grouped by the language of their notice, each group one bulk
/// template, in a stable order (by language code, then as given).
pub fn by_language<'a>(
    orders: impl IntoIterator<Item = &'a ConsumerOrder>,
) -> Vec<(Language, Vec<&'a ConsumerOrder>)> {
    by_languages(orders, false)
        .into_iter()
        .map(|((lang, _), group)| (lang, group))
        .collect()
}
