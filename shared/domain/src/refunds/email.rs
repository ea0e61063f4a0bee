//! The emails of a refund decision (SPEC 2, seed 004): one to the buyer, one
//! to each seller whose lines the request names, each in its reader's language
//! (English, French, German or Spanish; English for any other locale).
//!
//! Every word the reader sees comes from the tables of this module: the fixed
//! text ([`Strings`]) and the translations of the decision's vocabulary
//! (reasons, bases, remedies, who pays the return, the label, the rules and
//! the recourses). The English `describe()` texts of [`crate::refunds`] are
//! written for the desk (they quote the seed and cite the SPEC) and are not
//! shown to buyers or sellers; the tables here say the same in words for them.
//!
//! Privacy: the buyer never learns whether a refund is charged to the seller;
//! the seller never sees the buyer's name or email address (the order id
//! identifies the buyer to the seller).
//!
//! When a refund waited for the returned items, the warehouse's check settles
//! it and the buyer gets the confirmation the decision email promises
//! ([`settlement_email`]): the refund paid, or the check failed and what the
//! buyer can still do.
//!
//! The text part shows every value verbatim; the HTML part escapes every value
//! (templates named `*.html` are autoescaped, see [`crate::notices::seller`]).

use super::request::{Payout, RecordLine, RefundRecord};
use super::rules::{
    Basis, GrantRule, LabelDecision, LineDecision, Payer, Recourse, RefundReason, RefundRemedy,
    Rule,
};
use crate::catalog::{Buyer, Seller};
use crate::kernel::language::{country_name, format_date, Language};
use crate::kernel::money::Money;
use crate::kernel::text::one_line;
use crate::notices::render::{compose, Email, RenderError};
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

// ---------------------------------------------------------------------------
// The emails
// ---------------------------------------------------------------------------

/// The buyer's email about the decision, in the buyer's language.
pub fn buyer_email(record: &RefundRecord, buyer: &Buyer) -> Result<Email, RenderError> {
    let lang = Language::from_locale(buyer.locale.as_deref());
    let t = strings(lang);
    let pairs = decided_lines(record, |_| true);
    let status = request_status(t, &pairs);
    let (subject, lines, refunded) =
        overview(lang, t.subject_buyer, status, record, &pairs, Reader::Buyer);

    // The refund: the total, where it goes, and when.
    let refund = (!refunded.is_empty()).then(|| {
        let mut timing = Vec::new();
        for (remedy, label) in [
            (RefundRemedy::Refund, t.paid_now),
            (RefundRemedy::RefundAfterReturn, t.paid_after_check),
        ] {
            let these: Vec<&&LineDecision> =
                refunded.iter().filter(|ld| ld.remedy == remedy).collect();
            if !these.is_empty() {
                let amount = sum(these.iter().filter_map(|ld| ld.refund_amount.as_ref()))
                    .filter(|_| these.iter().all(|ld| ld.refund_amount.is_some()));
                timing.push(Timing {
                    label,
                    amount: amount.map(|m| money(lang, &m)),
                });
            }
        }
        RefundView {
            total: record
                .decision
                .refund_amount
                .as_ref()
                .map(|m| money(lang, m)),
            paid_to: match record.payout {
                Payout::RefundBonus => t.payout_bonus,
                Payout::OriginalPayment => t.payout_original,
            },
            after_check: refunded
                .iter()
                .any(|ld| ld.remedy == RefundRemedy::RefundAfterReturn),
            timing,
        }
    });

    let label = match record.decision.prepaid_label {
        LabelDecision::Granted => Some(t.label_granted),
        LabelDecision::SharedWithOrder => Some(t.label_shared),
        LabelDecision::RefusedMonthlyLimit => Some(t.label_limit),
        LabelDecision::PickupSuspended => Some(t.label_suspended),
        LabelDecision::NotNeeded => None,
    };

    // Rules of the request that no line and no label sentence already names
    // (a request naming no item).
    let request_rules: Vec<&'static str> = record
        .decision
        .refused_by
        .iter()
        .filter(|r| {
            !record
                .decision
                .lines
                .iter()
                .any(|l| l.refused_by.contains(r))
        })
        .filter(|r| {
            !matches!(
                (**r, record.decision.prepaid_label),
                (Rule::MonthlyLabelLimit, LabelDecision::RefusedMonthlyLimit)
                    | (Rule::PickupSuspended, LabelDecision::PickupSuspended)
            )
        })
        .map(|r| rule_text(lang, *r))
        .collect();

    // What the buyer can still do when something is refused; it always ends
    // with the statutory rights and the after-sales dispute.
    let something_refused = !record.decision.all_granted || pairs.iter().any(|(_, ld)| !ld.granted);
    let still_open: Vec<String> = if something_refused {
        let mut open = record.decision.still_open.clone();
        open.retain(|r| {
            !matches!(
                r,
                Recourse::StatutoryRights { .. } | Recourse::AfterSalesDispute
            )
        });
        let country = record
            .decision
            .still_open
            .iter()
            .find_map(|r| match r {
                Recourse::StatutoryRights { country } => Some(country.clone()),
                _ => None,
            })
            .unwrap_or_else(|| record.buyer_country.clone());
        open.push(Recourse::StatutoryRights { country });
        open.push(Recourse::AfterSalesDispute);
        open.iter().map(|r| recourse_text(lang, r)).collect()
    } else {
        Vec::new()
    };

    let ctx = BuyerContext {
        lang: lang.code(),
        t,
        subject: subject.clone(),
        heading: fill(t.heading_buyer, &[("status", status)]),
        greeting: fill(t.greeting, &[("name", buyer.name.trim())]),
        intro: fill(t.intro_buyer, &[("order", &record.order_id)]),
        request_id: &record.request_id,
        order_id: &record.order_id,
        reason: reason_text(lang, record.reason),
        requested_on: format_date(lang, record.requested_at),
        lines,
        refund,
        label,
        request_rules,
        still_open,
    };
    let value = minijinja::Value::from_serialize(&ctx);
    compose(
        &buyer.email,
        subject,
        ("refund_buyer.txt", "refund_buyer.html"),
        &value,
    )
}

/// The email to one seller about the decision on their lines, in the seller's
/// language, to the seller's account address. Only the seller's own lines are
/// shown; a seller none of whose lines the request names is told so.
pub fn seller_email(record: &RefundRecord, seller: &Seller) -> Result<Email, RenderError> {
    let lang = Language::from_locale(seller.locale.as_deref());
    let t = strings(lang);
    let pairs = decided_lines(record, |rl| rl.seller_id == seller.seller_id);
    let status = if pairs.is_empty() {
        t.status_info
    } else {
        request_status(t, &pairs)
    };
    let (subject, lines, refunded) = overview(
        lang,
        t.subject_seller,
        status,
        record,
        &pairs,
        Reader::Seller,
    );

    let total_of = |lines: &[&LineDecision]| {
        if lines.is_empty() || lines.iter().any(|ld| ld.refund_amount.is_none()) {
            None
        } else {
            sum(lines.iter().filter_map(|ld| ld.refund_amount.as_ref())).map(|m| money(lang, &m))
        }
    };
    let refunded_total = total_of(&refunded);
    let charged: Vec<&LineDecision> = refunded
        .iter()
        .copied()
        .filter(|ld| ld.charged_to_seller)
        .collect();
    let charged_total = total_of(&charged);
    let items_back = pairs
        .iter()
        .any(|(_, ld)| ld.granted && ld.return_shipping_paid_by != Payer::NoReturn);

    let ctx = SellerContext {
        lang: lang.code(),
        t,
        subject: subject.clone(),
        heading: fill(t.heading_seller, &[("status", status)]),
        greeting: fill(t.greeting, &[("name", seller.name.trim())]),
        intro: fill(t.intro_seller, &[("order", &record.order_id)]),
        request_id: &record.request_id,
        order_id: &record.order_id,
        reason: reason_text(lang, record.reason),
        requested_on: format_date(lang, record.requested_at),
        no_lines: pairs.is_empty(),
        lines,
        refunded_total,
        any_charged: !charged.is_empty(),
        charged_total,
        returns: if items_back {
            t.returns_yes
        } else {
            t.returns_no
        },
        respond: fill(t.seller_respond, &[("order", &record.order_id)]),
    };
    let value = minijinja::Value::from_serialize(&ctx);
    compose(
        &seller.email,
        subject,
        ("refund_seller.txt", "refund_seller.html"),
        &value,
    )
}

// ---------------------------------------------------------------------------
// What the templates get
// ---------------------------------------------------------------------------

#[derive(Serialize)]
struct BuyerContext<'a> {
    lang: &'static str,
    t: &'static Strings,
    subject: String,
    heading: String,
    greeting: String,
    intro: String,
    request_id: &'a str,
    order_id: &'a str,
    reason: &'static str,
    requested_on: String,
    lines: Vec<LineView>,
    refund: Option<RefundView>,
    label: Option<&'static str>,
    request_rules: Vec<&'static str>,
    still_open: Vec<String>,
}

#[derive(Serialize)]
struct SellerContext<'a> {
    lang: &'static str,
    t: &'static Strings,
    subject: String,
    heading: String,
    greeting: String,
    intro: String,
    request_id: &'a str,
    order_id: &'a str,
    reason: &'static str,
    requested_on: String,
    no_lines: bool,
    lines: Vec<LineView>,
    refunded_total: Option<String>,
    any_charged: bool,
    charged_total: Option<String>,
    returns: &'static str,
    respond: String,
}

/// One requested line as the reader sees it.
#[derive(Serialize)]
struct LineView {
    number: usize,
    title: String,
    quantity: u32,
    granted: bool,
    /// "Granted" / "Refused".
    status: &'static str,
    /// The best basis (granted lines).
    basis: &'static str,
    /// The rule that made the best basis grant, when one rule on its own did.
    decided_by: Option<&'static str>,
    remedy: &'static str,
    /// Who sends what back, from the reader's side.
    ret: &'static str,
    amount: Option<String>,
    /// The other bases that grant too.
    also: Vec<&'static str>,
    /// Refused line: the rules that refused it. Granted line: the rules that
    /// stopped the other bases considered.
    rules: Vec<&'static str>,
    /// Seller only: the refund is a recall refund, charged to the seller.
    charged: bool,
}

#[derive(Serialize)]
struct RefundView {
    total: Option<String>,
    paid_to: &'static str,
    /// What is paid now and what after the warehouse's quality check.
    timing: Vec<Timing>,
    /// Some refund waits for the returned items' quality check.
    after_check: bool,
}

#[derive(Serialize)]
struct Timing {
    label: &'static str,
    amount: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    Buyer,
    Seller,
}

/// The record's lines with their decisions, in the decision's order, kept
/// when `keep` says so. A decision line without its record line is skipped
/// (a record always has both).
/// What both emails start from: the subject, each line as the reader sees
/// it, and the lines refunded.
fn overview<'a>(
    lang: Language,
    subject_template: &str,
    status: &str,
    record: &RefundRecord,
    pairs: &[(&RecordLine, &'a LineDecision)],
    reader: Reader,
) -> (String, Vec<LineView>, Vec<&'a LineDecision>) {
    let subject = fill(
        subject_template,
        &[
            ("request", &record.request_id),
            ("order", &record.order_id),
            ("status", status),
        ],
    );
    let lines = pairs
        .iter()
        .enumerate()
        .map(|(i, (rl, ld))| line_view(lang, i, rl, ld, reader))
        .collect();
    let refunded = pairs
        .iter()
        .map(|(_, ld)| *ld)
        .filter(|ld| ld.granted && ld.remedy.is_refund())
        .collect();
    (subject, lines, refunded)
}

fn decided_lines(
    record: &RefundRecord,
    keep: impl Fn(&RecordLine) -> bool,
) -> Vec<(&RecordLine, &LineDecision)> {
    record
        .decision
        .lines
        .iter()
        .filter_map(|ld| record.lines.get(ld.item).map(|rl| (rl, ld)))
        .filter(|(rl, _)| keep(rl))
        .collect()
}

/// Granted, partly granted or refused, over the given lines.
fn request_status(t: &'static Strings, lines: &[(&RecordLine, &LineDecision)]) -> &'static str {
    let granted = lines.iter().filter(|(_, ld)| ld.granted).count();
    if granted > 0 && granted == lines.len() {
        t.status_granted
    } else if granted > 0 {
        t.status_partly
    } else {
        t.status_refused
    }
}

fn line_view(
    lang: Language,
    index: usize,
    rl: &RecordLine,
    ld: &LineDecision,
    reader: Reader,
) -> LineView {
    let t = strings(lang);
    let best = ld.best.or_else(|| ld.bases.first().copied());
    LineView {
        number: index + 1,
        title: rl.title.clone(),
        quantity: rl.quantity,
        granted: ld.granted,
        status: if ld.granted {
            t.line_granted
        } else {
            t.line_refused
        },
        basis: best.map_or("", |b| basis_text(lang, b)),
        decided_by: ld
            .decided_by
            .filter(|_| ld.granted)
            .map(|r| grant_rule_text(lang, r)),
        remedy: remedy_text(lang, ld.remedy),
        ret: match reader {
            Reader::Buyer => payer_for_buyer(lang, ld.return_shipping_paid_by),
            Reader::Seller => payer_for_seller(lang, ld.return_shipping_paid_by),
        },
        amount: ld
            .refund_amount
            .as_ref()
            .filter(|_| ld.granted && ld.remedy.is_refund())
            .map(|m| money(lang, m)),
        also: ld
            .bases
            .iter()
            .filter(|b| Some(**b) != best)
            .map(|b| basis_text(lang, *b))
            .collect(),
        rules: ld.refused_by.iter().map(|r| rule_text(lang, *r)).collect(),
        charged: reader == Reader::Seller && ld.granted && ld.charged_to_seller,
    }
}

/// The sum of amounts of one currency; `None` when there is none, or they
/// cannot be added.
fn sum<'a>(amounts: impl IntoIterator<Item = &'a Money>) -> Option<Money> {
    let mut total: Option<Money> = None;
    for m in amounts {
        total = Some(match total {
            None => m.clone(),
            Some(t) => t.plus(m)?,
        });
    }
    total
}

/// An amount as the language writes it, with its ISO currency code, on the
/// decimal string (never a float): "1,234.50 EUR", "1 234,50 EUR" (narrow
/// no-break space), "1.234,50 EUR", "1234,50 EUR" / "12.345,50 EUR" (Spanish
/// groups from five digits). An amount that is not a plain decimal is shown
/// as it is, without anything but digits and separators.
fn money(lang: Language, m: &Money) -> String {
    let currency: String = m
        .currency
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let amount = m.amount.trim();
    if m.parts().is_none() {
        let raw: String = amount
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect();
        return format!("{raw} {currency}");
    }
    let (int, frac) = amount.split_once('.').unwrap_or((amount, ""));
    let (group, decimal, min_digits) = match lang {
        Language::En => (",", ".", 4),
        Language::Fr => ("\u{202f}", ",", 4),
        Language::De => (".", ",", 4),
        Language::Es => (".", ",", 5),
        _ => (",", ".", 4),
    };
    // `parts()` checked that `int` is ASCII digits.
    let grouped = if int.len() >= min_digits {
        let mut groups: Vec<&str> = int
            .as_bytes()
            .rchunks(3)
            .map(|g| std::str::from_utf8(g).unwrap_or_default())
            .collect();
        groups.reverse();
        groups.join(group)
    } else {
        int.to_string()
    };
    if frac.is_empty() {
        format!("{grouped} {currency}")
    } else {
        format!("{grouped}{decimal}{frac} {currency}")
    }
}

/// Fills `{name}` placeholders of a fixed string in one pass (a value is
/// never read as a placeholder). An unknown `{...}` is left as it is.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            values
                .iter()
                .find(|(k, _)| *k == &after[..end])
                .map(|(_, v)| (end, *v))
        });
        match value {
            Some((end, v)) => {
                out.push_str(&one_line(v, 200));
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn date_of(lang: Language, d: NaiveDate) -> String {
    format_date(lang, d.and_time(NaiveTime::MIN).and_utc())
}

// ---------------------------------------------------------------------------
// The vocabulary of the decision, in four languages: [en, fr, de, es]
// ---------------------------------------------------------------------------

fn pick(lang: Language, [en, fr, de, es]: [&'static str; 4]) -> &'static str {
    match lang {
        Language::En => en,
        Language::Fr => fr,
        Language::De => de,
        Language::Es => es,
        _ => en,
    }
}

/// The reason the buyer gave (English: [`RefundReason::as_str`]).
fn reason_text(lang: Language, reason: RefundReason) -> &'static str {
    let en = reason.as_str();
    pick(
        lang,
        match reason {
            RefundReason::NotArrived => {
                [en, "article non reçu", "nicht angekommen", "no ha llegado"]
            }
            RefundReason::LostInTransit => [
                en,
                "perdu pendant le transport",
                "beim Versand verloren gegangen",
                "perdido durante el transporte",
            ],
            RefundReason::Damaged => [
                en,
                "arrivé endommagé",
                "beschädigt angekommen",
                "llegó dañado",
            ],
            RefundReason::Shortage => [
                en,
                "articles manquants",
                "Fehlmenge (Artikel fehlen)",
                "faltan artículos",
            ],
            RefundReason::NotAsDescribed => [
                en,
                "non conforme à la description",
                "entspricht nicht der Beschreibung",
                "no coincide con la descripción",
            ],
            RefundReason::Recall => [
                en,
                "rappel du produit",
                "Produktrückruf",
                "recuperación del producto",
            ],
            RefundReason::ChangeOfMind => [
                en,
                "changement d’avis",
                "Meinung geändert",
                "cambio de opinión",
            ],
            RefundReason::Cancellation => [en, "annulation", "Stornierung", "cancelación"],
        },
    )
}

/// A basis, as a noun phrase after "Granted under:". The recall basis does not
/// say who bears the refund: the buyer is never told; the seller is told on
/// the line.
fn basis_text(lang: Language, basis: Basis) -> &'static str {
    pick(
        lang,
        match basis {
            Basis::Recall => [
                "the product recall",
                "le rappel du produit",
                "Produktrückruf",
                "la recuperación del producto",
            ],
            Basis::Cancellation => [
                "cancellation before shipment",
                "l’annulation avant l’expédition",
                "Stornierung vor dem Versand",
                "la cancelación antes del envío",
            ],
            Basis::Programme => [
                "the Buyer Protection Program",
                "le programme de protection des acheteurs",
                "Käuferschutzprogramm",
                "el Programa de Protección al Comprador",
            ],
            Basis::FreeReturn => [
                "Free Return",
                "le Retour gratuit",
                "Kostenlose Rückgabe",
                "la Devolución gratuita",
            ],
            Basis::BrRegret => [
                "the Brazilian 7-day right of regret",
                "le droit de rétractation brésilien de 7 jours",
                "brasilianisches Widerrufsrecht (7 Tage)",
                "el derecho de arrepentimiento brasileño de 7 días",
            ],
            Basis::EuWithdrawal => [
                "the EU 14-day right of withdrawal",
                "le droit de rétractation de 14 jours de l’UE",
                "EU-Widerrufsrecht (14 Tage)",
                "el derecho de desistimiento de 14 días de la UE",
            ],
            Basis::EuConformity => [
                "the EU 2-year legal guarantee of conformity",
                "la garantie légale de conformité de 2 ans de l’UE",
                "gesetzliche Gewährleistung der EU (2 Jahre)",
                "la garantía legal de conformidad de 2 años de la UE",
            ],
            Basis::BrConformity => [
                "the Brazilian legal conformity warranty",
                "la garantie légale de conformité brésilienne",
                "brasilianische gesetzliche Gewährleistung",
                "la garantía legal de conformidad brasileña",
            ],
        },
    )
}

fn remedy_text(lang: Language, remedy: RefundRemedy) -> &'static str {
    pick(
        lang,
        match remedy {
            RefundRemedy::Refund => [
                "a full refund, nothing to send back",
                "remboursement intégral, rien à renvoyer",
                "volle Erstattung, keine Rücksendung nötig",
                "reembolso íntegro, sin devolver nada",
            ],
            RefundRemedy::RefundAfterReturn => [
                "a full refund after the returned items pass the warehouse's quality check",
                "remboursement intégral après le contrôle qualité des articles retournés à l’entrepôt",
                "volle Erstattung nach der Qualitätsprüfung der zurückgesandten Artikel im Lager",
                "reembolso íntegro tras el control de calidad de los artículos devueltos en el almacén",
            ],
            RefundRemedy::RepairOrReplace => [
                "repair or replacement free of charge",
                "réparation ou remplacement sans frais",
                "kostenlose Reparatur oder Ersatzlieferung",
                "reparación o sustitución gratuitas",
            ],
            RefundRemedy::None => [
                "no remedy",
                "aucune solution",
                "keine Abhilfe",
                "ninguna solución",
            ],
        },
    )
}

/// Who pays the return, as the buyer reads it.
fn payer_for_buyer(lang: Language, payer: Payer) -> &'static str {
    pick(
        lang,
        match payer {
            Payer::NoReturn => [
                "nothing to send back",
                "rien à renvoyer",
                "keine Rücksendung nötig",
                "no hay que devolver nada",
            ],
            Payer::Platform => [
                "with the pre-paid return label, free for you",
                "avec l’étiquette de retour prépayée, sans frais pour vous",
                "mit dem vorfrankierten Rücksendeetikett, für Sie kostenlos",
                "con la etiqueta de devolución prepagada, gratis para usted",
            ],
            Payer::Seller => [
                "at the seller's cost",
                "aux frais du vendeur",
                "auf Kosten des Verkäufers",
                "a cargo del vendedor",
            ],
            Payer::Buyer => [
                "at your own cost",
                "à vos frais",
                "auf Ihre Kosten",
                "a su cargo",
            ],
        },
    )
}

/// Whether and how the items come back, as the seller reads it.
fn payer_for_seller(lang: Language, payer: Payer) -> &'static str {
    pick(
        lang,
        match payer {
            Payer::NoReturn => [
                "nothing comes back to you",
                "aucun article ne vous est renvoyé",
                "es wird nichts an Sie zurückgesandt",
                "no se le devuelve nada",
            ],
            Payer::Platform => [
                "the items come back to you with the platform's pre-paid return label",
                "les articles vous sont renvoyés avec l’étiquette de retour prépayée de la plateforme",
                "die Artikel kommen mit dem vorfrankierten Rücksendeetikett der Plattform an Sie zurück",
                "los artículos se le devuelven con la etiqueta de devolución prepagada de la plataforma",
            ],
            Payer::Seller => [
                "the items come back to you at your cost",
                "les articles vous sont renvoyés à vos frais",
                "die Artikel kommen auf Ihre Kosten an Sie zurück",
                "los artículos se le devuelven a su cargo",
            ],
            Payer::Buyer => [
                "the items come back to you at the buyer's cost",
                "les articles vous sont renvoyés aux frais de l’acheteur",
                "die Artikel kommen auf Kosten des Käufers an Sie zurück",
                "los artículos se le devuelven a cargo del comprador",
            ],
        },
    )
}

/// A rule that granted, neutrally worded so buyer and seller can both read it.
fn grant_rule_text(lang: Language, rule: GrantRule) -> &'static str {
    pick(lang, match rule {
        GrantRule::CarrierReportedLost => [
            "the carrier reported the parcel lost, so the refund is made at once, without waiting for the end of the guaranteed delivery window",
            "le transporteur a déclaré le colis perdu\u{a0}: le remboursement est immédiat, sans attendre la fin du délai de livraison garanti",
            "der Paketdienst hat das Paket als verloren gemeldet: Die Erstattung erfolgt sofort, ohne das Ende des garantierten Lieferfensters abzuwarten",
            "el transportista declaró el paquete perdido: el reembolso es inmediato, sin esperar al final del plazo de entrega garantizado",
        ],
    })
}

/// A rule, neutrally worded so buyer and seller can both read it.
fn rule_text(lang: Language, rule: Rule) -> &'static str {
    pick(lang, match rule {
        Rule::NothingRequested => [
            "the request names no item",
            "la demande ne désigne aucun article",
            "der Antrag nennt keinen Artikel",
            "la solicitud no indica ningún artículo",
        ],
        Rule::ChangeOfMindNotCovered => [
            "a change of mind is not covered by the Buyer Protection Program, only by Free Return or a statutory right",
            "un changement d’avis n’est pas couvert par le programme de protection des acheteurs, seulement par le Retour gratuit ou par un droit légal",
            "eine Meinungsänderung ist nicht durch das Käuferschutzprogramm abgedeckt, sondern nur durch die kostenlose Rückgabe oder ein gesetzliches Recht",
            "un cambio de opinión no está cubierto por el Programa de Protección al Comprador, solo por la Devolución gratuita o por un derecho legal",
        ],
        Rule::NoGuaranteedDeliveryDate => [
            "the order has no guaranteed delivery date against which a non-arrival can be measured",
            "la commande n’a pas de date de livraison garantie permettant de constater une non-réception",
            "die Bestellung hat kein garantiertes Lieferdatum, an dem eine Nichtlieferung gemessen werden kann",
            "el pedido no tiene una fecha de entrega garantizada con la que comprobar que no ha llegado",
        ],
        Rule::DeliveryWindowNotOver => [
            "the guaranteed delivery window shown on the order page is not over yet",
            "le délai de livraison garanti indiqué sur la page de la commande n’est pas encore écoulé",
            "das auf der Bestellseite angegebene garantierte Lieferfenster ist noch nicht abgelaufen",
            "el plazo de entrega garantizado que figura en la página del pedido aún no ha terminado",
        ],
        Rule::AlreadyDelivered => [
            "the item was delivered before the request",
            "l’article a été livré avant la demande",
            "der Artikel wurde vor dem Antrag zugestellt",
            "el artículo se entregó antes de la solicitud",
        ],
        Rule::NotReceived => [
            "the item has not been received yet",
            "l’article n’a pas encore été reçu",
            "der Artikel ist noch nicht angekommen",
            "el artículo aún no se ha recibido",
        ],
        Rule::ProtectionPeriodOver => [
            "the protection period is over",
            "la période de protection est terminée",
            "der Schutzzeitraum ist abgelaufen",
            "el periodo de protección ha terminado",
        ],
        Rule::PersonalisedItem => [
            "personalised and custom-made items are excluded from the Buyer Protection Program",
            "les articles personnalisés et fabriqués sur mesure sont exclus du programme de protection des acheteurs",
            "personalisierte und nach Kundenwunsch angefertigte Artikel sind vom Käuferschutzprogramm ausgenommen",
            "los artículos personalizados y hechos a medida están excluidos del Programa de Protección al Comprador",
        ],
        Rule::FragileOrPerishable => [
            "fragile and perishable items (e.g. food, dairy & eggs, flowers) are excluded from the Buyer Protection Program",
            "les articles fragiles et périssables (p. ex. aliments, produits laitiers et œufs, fleurs) sont exclus du programme de protection des acheteurs",
            "zerbrechliche und verderbliche Artikel (z. B. Lebensmittel, Milchprodukte und Eier, Blumen) sind vom Käuferschutzprogramm ausgenommen",
            "los artículos frágiles y perecederos (p. ej., alimentos, lácteos y huevos, flores) están excluidos del Programa de Protección al Comprador",
        ],
        Rule::HygieneItem => [
            "items unsuitable for return for hygiene or health reasons (e.g. underwear, lotion, toothpaste) are excluded from the Buyer Protection Program",
            "les articles qui ne peuvent pas être retournés pour des raisons d’hygiène ou de protection de la santé (p. ex. sous-vêtements, lotions, dentifrice) sont exclus du programme de protection des acheteurs",
            "Artikel, die aus Gründen der Hygiene oder des Gesundheitsschutzes nicht zur Rückgabe geeignet sind (z. B. Unterwäsche, Lotion, Zahnpasta), sind vom Käuferschutzprogramm ausgenommen",
            "los artículos que no se pueden devolver por motivos de higiene o de protección de la salud (p. ej., ropa interior, lociones, pasta de dientes) están excluidos del Programa de Protección al Comprador",
        ],
        Rule::DestroyedByBuyer => [
            "the items were destroyed or damaged after delivery (e.g. without their package, price tags, safety seals or labels); opening the package to check the contents does not count",
            "les articles ont été détruits ou endommagés après la livraison (p. ex. sans leur emballage, leurs étiquettes de prix, leurs scellés de sécurité ou leurs étiquettes)\u{a0}; ouvrir l’emballage pour vérifier le contenu n’en fait pas partie",
            "die Artikel wurden nach der Zustellung zerstört oder beschädigt (z. B. ohne Verpackung, Preisschilder, Sicherheitssiegel oder Etiketten); das Öffnen der Verpackung zur Prüfung des Inhalts zählt nicht dazu",
            "los artículos se destruyeron o dañaron después de la entrega (p. ej., sin su embalaje, etiquetas de precio, precintos de seguridad o etiquetas); abrir el embalaje para comprobar el contenido no cuenta",
        ],
        Rule::UsedOrConsumed => [
            "the value of the items substantially decreased through use or partial consumption",
            "la valeur des articles a sensiblement diminué du fait de leur utilisation ou de leur consommation partielle",
            "der Wert der Artikel hat sich durch Gebrauch oder teilweisen Verbrauch erheblich verringert",
            "el valor de los artículos ha disminuido considerablemente por su uso o consumo parcial",
        ],
        Rule::ValueLostToTime => [
            "the value of the items substantially decreased with the passage of time and they can no longer be resold",
            "la valeur des articles a sensiblement diminué avec le temps et ils ne peuvent plus être revendus",
            "der Wert der Artikel hat sich im Laufe der Zeit erheblich verringert und sie können nicht mehr verkauft werden",
            "el valor de los artículos ha disminuido considerablemente con el paso del tiempo y ya no se pueden revender",
        ],
        Rule::CopiableUnsealed => [
            "the package of a copiable item (CD, DVD, software) was opened",
            "l’emballage d’un article copiable (CD, DVD, logiciel) a été ouvert",
            "die Verpackung eines kopierbaren Artikels (CD, DVD, Software) wurde geöffnet",
            "se abrió el embalaje de un artículo copiable (CD, DVD, software)",
        ],
        Rule::NoFreeReturnLabel => [
            "the item does not carry the “Free Return” label",
            "l’article ne porte pas la mention «\u{a0}Retour gratuit\u{a0}»",
            "der Artikel trägt nicht das Label „Kostenlose Rückgabe“",
            "el artículo no lleva la etiqueta «Devolución gratuita»",
        ],
        Rule::FreeReturnCountryNotServed => [
            "Free Return is not available in the delivery country",
            "le Retour gratuit n’est pas proposé dans le pays de livraison",
            "die kostenlose Rückgabe wird im Lieferland nicht angeboten",
            "la Devolución gratuita no está disponible en el país de entrega",
        ],
        Rule::PickupSuspended => [
            "return package services are suspended at the delivery address (Ukraine: Luhansk, Donetsk, Zaporizhzhia and Kherson regions; US military ZIP codes 090–099, 962–966 and 340; Puerto Rico 006–009; Hawaii 967–969)",
            "les services de retour de colis sont suspendus à l’adresse de livraison (Ukraine\u{a0}: régions de Louhansk, Donetsk, Zaporijjia et Kherson\u{a0}; codes postaux militaires des États-Unis 090–099, 962–966 et 340\u{a0}; Porto Rico 006–009\u{a0}; Hawaï 967–969)",
            "Rücksendedienste sind an der Lieferadresse ausgesetzt (Ukraine: Gebiete Luhansk, Donezk, Saporischschja und Cherson; US-Militärpostleitzahlen 090–099, 962–966 und 340; Puerto Rico 006–009; Hawaii 967–969)",
            "los servicios de devolución de paquetes están suspendidos en la dirección de entrega (Ucrania: regiones de Lugansk, Donetsk, Zaporiyia y Jersón; códigos postales militares de EE. UU. 090–099, 962–966 y 340; Puerto Rico 006–009; Hawái 967–969)",
        ],
        Rule::LargeOrderNotConfirmed => [
            "a large order (longest side over 120 cm, length + width + height over 210 cm, or weight over 30 kg) needs Free Return confirmed by the seller or customer service before the order is placed",
            "une commande volumineuse (plus grand côté de plus de 120 cm, longueur + largeur + hauteur de plus de 210 cm ou poids de plus de 30 kg) nécessite que le Retour gratuit soit confirmé par le vendeur ou le service client avant la commande",
            "eine große Bestellung (längste Seite über 120 cm, Länge + Breite + Höhe über 210 cm oder Gewicht über 30 kg) erfordert, dass die kostenlose Rückgabe vor der Bestellung vom Verkäufer oder vom Kundenservice bestätigt wird",
            "un pedido voluminoso (lado más largo de más de 120 cm, largo + ancho + alto de más de 210 cm o peso de más de 30 kg) requiere que el vendedor o el servicio de atención al cliente confirme la Devolución gratuita antes de realizar el pedido",
        ],
        Rule::OverseasTerritoryNotConfirmed => [
            "an order to the Canary Islands, Ceuta or Melilla (Spanish postal codes starting with 35, 38, 51 or 52) needs Free Return confirmed before the order is placed",
            "une commande à destination des îles Canaries, de Ceuta ou de Melilla (codes postaux espagnols commençant par 35, 38, 51 ou 52) nécessite que le Retour gratuit soit confirmé avant la commande",
            "eine Bestellung auf die Kanarischen Inseln, nach Ceuta oder Melilla (spanische Postleitzahlen, die mit 35, 38, 51 oder 52 beginnen) erfordert, dass die kostenlose Rückgabe vor der Bestellung bestätigt wird",
            "un pedido a Canarias, Ceuta o Melilla (códigos postales que empiezan por 35, 38, 51 o 52) requiere que la Devolución gratuita se confirme antes de realizar el pedido",
        ],
        Rule::FreeReturnsLimited => [
            "Free Returns are limited on the account that made the request",
            "les Retours gratuits sont limités pour le compte à l’origine de la demande",
            "kostenlose Rückgaben sind für das Konto, von dem der Antrag stammt, eingeschränkt",
            "las Devoluciones gratuitas están limitadas en la cuenta que hizo la solicitud",
        ],
        Rule::FreeReturnWindowOver => [
            "more than 15 calendar days have passed since the items were received (Free Return)",
            "plus de 15 jours calendaires se sont écoulés depuis la réception des articles (Retour gratuit)",
            "seit dem Erhalt der Artikel sind mehr als 15 Kalendertage vergangen (kostenlose Rückgabe)",
            "han pasado más de 15 días naturales desde que se recibieron los artículos (Devolución gratuita)",
        ],
        Rule::FreeReturnItemExcluded => [
            "this kind of item is excluded from Free Return (fresh & frozen food, dairy & eggs, live plants; underwear, adult products; tickets, vouchers, services, virtual products; free gifts; customised products)",
            "ce type d’article est exclu du Retour gratuit (produits frais et surgelés, produits laitiers et œufs, plantes vivantes\u{a0}; sous-vêtements, produits pour adultes\u{a0}; billets, bons d’achat, services, produits virtuels\u{a0}; cadeaux offerts\u{a0}; produits personnalisés)",
            "diese Art von Artikel ist von der kostenlosen Rückgabe ausgenommen (Frisch- und Tiefkühlkost, Milchprodukte und Eier, lebende Pflanzen; Unterwäsche, Erwachsenenprodukte; Tickets, Gutscheine, Dienstleistungen, virtuelle Produkte; Gratisgeschenke; individuell angefertigte Produkte)",
            "este tipo de artículo está excluido de la Devolución gratuita (alimentos frescos y congelados, lácteos y huevos, plantas vivas; ropa interior, productos para adultos; entradas, vales, servicios, productos virtuales; regalos gratuitos; productos personalizados)",
        ],
        Rule::FreeReturnConditionNotMet => [
            "Free Return needs the item unused and undamaged, in its original packaging, with all safety seals, tags and labels, and as a complete set",
            "le Retour gratuit exige un article non utilisé et non endommagé, dans son emballage d’origine, avec tous ses scellés de sécurité et toutes ses étiquettes, et complet",
            "die kostenlose Rückgabe setzt voraus, dass der Artikel unbenutzt, unbeschädigt, in der Originalverpackung, mit allen Sicherheitssiegeln und Etiketten und vollständig ist",
            "la Devolución gratuita exige que el artículo esté sin usar y sin daños, en su embalaje original, con todos sus precintos de seguridad y etiquetas, y completo",
        ],
        Rule::MonthlyLabelLimit => [
            "at most three (3) pre-paid return labels per buyer per calendar month",
            "trois (3) étiquettes de retour prépayées au maximum par acheteur et par mois calendaire",
            "höchstens drei (3) vorfrankierte Rücksendeetiketten pro Käufer und Kalendermonat",
            "un máximo de tres (3) etiquetas de devolución prepagadas por comprador y mes natural",
        ],
        Rule::NotPaid => [
            "the order is not paid, so there is nothing to refund",
            "la commande n’est pas payée\u{a0}: il n’y a rien à rembourser",
            "die Bestellung ist nicht bezahlt, es gibt also nichts zu erstatten",
            "el pedido no está pagado, así que no hay nada que reembolsar",
        ],
        Rule::AlreadyShipped => [
            "the seller had already shipped the order, so it can no longer be cancelled",
            "le vendeur avait déjà expédié la commande\u{a0}: elle ne peut plus être annulée",
            "der Verkäufer hatte die Bestellung bereits versandt, sie kann daher nicht mehr storniert werden",
            "el vendedor ya había enviado el pedido, así que ya no se puede cancelar",
        ],
        Rule::NotRecalled => [
            "the product is not under a recall",
            "le produit ne fait pas l’objet d’un rappel",
            "für das Produkt besteht kein Rückruf",
            "el producto no es objeto de una recuperación",
        ],
        Rule::EuWithdrawalPeriodOver => [
            "more than 14 days have passed since the items were received (EU right of withdrawal)",
            "plus de 14 jours se sont écoulés depuis la réception des articles (droit de rétractation de l’UE)",
            "seit dem Erhalt der Artikel sind mehr als 14 Tage vergangen (EU-Widerrufsrecht)",
            "han pasado más de 14 días desde que se recibieron los artículos (derecho de desistimiento de la UE)",
        ],
        Rule::EuWithdrawalException => [
            "EU law excludes this item from the right of withdrawal (e.g. personalised goods, goods that perish quickly, unsealed hygiene goods, recordings or software, dated tickets, services and digital content already supplied)",
            "le droit de l’UE exclut cet article du droit de rétractation (p. ex. biens personnalisés, biens qui se détériorent rapidement, produits d’hygiène, enregistrements ou logiciels descellés, billets datés, services et contenus numériques déjà fournis)",
            "das EU-Recht nimmt diesen Artikel vom Widerrufsrecht aus (z. B. personalisierte Waren, schnell verderbliche Waren, entsiegelte Hygieneartikel, Ton- oder Videoaufnahmen und Software, Tickets für einen bestimmten Termin, bereits erbrachte Dienstleistungen und gelieferte digitale Inhalte)",
            "el Derecho de la UE excluye este artículo del derecho de desistimiento (p. ej., bienes personalizados, bienes que se deterioran rápidamente, productos de higiene, grabaciones o software desprecintados, entradas con fecha, servicios y contenidos digitales ya prestados)",
        ],
        Rule::EuConformityPeriodOver => [
            "more than 2 years have passed since delivery (EU legal guarantee of conformity)",
            "plus de 2 ans se sont écoulés depuis la livraison (garantie légale de conformité de l’UE)",
            "seit der Lieferung sind mehr als 2 Jahre vergangen (gesetzliche Gewährleistung der EU)",
            "han pasado más de 2 años desde la entrega (garantía legal de conformidad de la UE)",
        ],
        Rule::BrRegretPeriodOver => [
            "more than 7 days have passed since the items were received (Brazilian right of regret)",
            "plus de 7 jours se sont écoulés depuis la réception des articles (droit de rétractation brésilien)",
            "seit dem Erhalt der Artikel sind mehr als 7 Tage vergangen (brasilianisches Widerrufsrecht)",
            "han pasado más de 7 días desde que se recibieron los artículos (derecho de arrepentimiento brasileño)",
        ],
        Rule::BrReturnPolicyExcluded => [
            "in Brazil, prohibited items, underwear, socks, food, batteries and customised items are outside the return policy",
            "au Brésil, les articles interdits, les sous-vêtements, les chaussettes, les aliments, les piles et batteries et les articles personnalisés sont exclus de la politique de retour",
            "in Brasilien sind verbotene Artikel, Unterwäsche, Socken, Lebensmittel, Batterien und individuell angefertigte Artikel von der Rückgaberegelung ausgenommen",
            "en Brasil, los artículos prohibidos, la ropa interior, los calcetines, los alimentos, las pilas y baterías y los artículos personalizados quedan fuera de la política de devoluciones",
        ],
        Rule::BrConformityPeriodOver => [
            "the Brazilian conformity warranty has expired (30 days for non-durable goods, 90 days for durable goods)",
            "la garantie de conformité brésilienne a expiré (30 jours pour les biens non durables, 90 jours pour les biens durables)",
            "die brasilianische Gewährleistung ist abgelaufen (30 Tage für nicht langlebige Waren, 90 Tage für langlebige Waren)",
            "la garantía de conformidad brasileña ha vencido (30 días para bienes no duraderos, 90 días para bienes duraderos)",
        ],
    })
}

/// What the buyer can still do, with its dates written as the language writes
/// them and the country named in the language.
fn recourse_text(lang: Language, recourse: &Recourse) -> String {
    let with_date =
        |texts: [&'static str; 4], date: String| fill(pick(lang, texts), &[("date", &date)]);
    match recourse {
        Recourse::ContactSeller => pick(lang, [
            "Contact the seller (“Contact seller” on the order page) to discuss an exchange, a replacement or another solution.",
            "Contactez le vendeur («\u{a0}Contacter le vendeur\u{a0}» sur la page de la commande) pour discuter d’un échange, d’un remplacement ou d’une autre solution.",
            "Kontaktieren Sie den Verkäufer („Verkäufer kontaktieren“ auf der Bestellseite), um einen Umtausch, einen Ersatz oder eine andere Lösung zu besprechen.",
            "Póngase en contacto con el vendedor («Contactar con el vendedor» en la página del pedido) para hablar de un cambio, una sustitución u otra solución.",
        ])
        .to_string(),
        Recourse::RequestAgainAfter { at } => with_date(
            [
                "If the item still has not arrived, ask again after the guaranteed delivery date ({date}).",
                "Si l’article n’est toujours pas arrivé, refaites une demande après la date de livraison garantie ({date}).",
                "Wenn der Artikel dann immer noch nicht angekommen ist, stellen Sie nach dem garantierten Liefertermin ({date}) einen neuen Antrag.",
                "Si el artículo sigue sin llegar, vuelva a solicitarlo después de la fecha de entrega garantizada ({date}).",
            ],
            format_date(lang, *at),
        ),
        Recourse::CancelBeforeShipment => pick(lang, [
            "Cancel the order: it has not been shipped yet.",
            "Annulez la commande\u{a0}: elle n’a pas encore été expédiée.",
            "Stornieren Sie die Bestellung: Sie wurde noch nicht versandt.",
            "Cancele el pedido: todavía no se ha enviado.",
        ])
        .to_string(),
        Recourse::EuWithdrawal { last_day: Some(d) } => with_date(
            [
                "Withdraw from the purchase under EU law, without giving a reason, until {date} (you pay the return shipping).",
                "Exercez votre droit de rétractation prévu par le droit de l’UE, sans avoir à vous justifier, jusqu’au {date} (les frais de retour sont à votre charge).",
                "Widerrufen Sie den Kauf nach EU-Recht ohne Angabe von Gründen bis zum {date} (die Rücksendekosten tragen Sie).",
                "Desista de la compra conforme al Derecho de la UE, sin indicar el motivo, hasta el {date} (usted paga el envío de la devolución).",
            ],
            date_of(lang, *d),
        ),
        Recourse::EuWithdrawal { last_day: None } => pick(lang, [
            "Withdraw from the purchase under EU law, without giving a reason, until 14 days after you receive the items (you pay the return shipping).",
            "Exercez votre droit de rétractation prévu par le droit de l’UE, sans avoir à vous justifier, jusqu’à 14 jours après la réception des articles (les frais de retour sont à votre charge).",
            "Widerrufen Sie den Kauf nach EU-Recht ohne Angabe von Gründen bis 14 Tage nach Erhalt der Artikel (die Rücksendekosten tragen Sie).",
            "Desista de la compra conforme al Derecho de la UE, sin indicar el motivo, hasta 14 días después de recibir los artículos (usted paga el envío de la devolución).",
        ])
        .to_string(),
        Recourse::EuConformity { last_day } => with_date(
            [
                "If the item is faulty or not as described, claim under the EU 2-year legal guarantee of conformity until {date}.",
                "Si l’article est défectueux ou non conforme à sa description, faites jouer la garantie légale de conformité de 2 ans de l’UE jusqu’au {date}.",
                "Wenn der Artikel mangelhaft ist oder nicht der Beschreibung entspricht, machen Sie bis zum {date} Ihre Rechte aus der zweijährigen gesetzlichen Gewährleistung der EU geltend.",
                "Si el artículo es defectuoso o no coincide con la descripción, reclame por la garantía legal de conformidad de 2 años de la UE hasta el {date}.",
            ],
            date_of(lang, *last_day),
        ),
        Recourse::BrRegret { last_day: Some(d) } => with_date(
            [
                "Exercise the Brazilian 7-day right of regret until {date}.",
                "Exercez le droit de rétractation brésilien de 7 jours jusqu’au {date}.",
                "Üben Sie das brasilianische 7-tägige Widerrufsrecht bis zum {date} aus.",
                "Ejerza el derecho de arrepentimiento brasileño de 7 días hasta el {date}.",
            ],
            date_of(lang, *d),
        ),
        Recourse::BrRegret { last_day: None } => pick(lang, [
            "Exercise the Brazilian 7-day right of regret until 7 days after you receive the items.",
            "Exercez le droit de rétractation brésilien de 7 jours jusqu’à 7 jours après la réception des articles.",
            "Üben Sie das brasilianische 7-tägige Widerrufsrecht bis 7 Tage nach Erhalt der Artikel aus.",
            "Ejerza el derecho de arrepentimiento brasileño de 7 días hasta 7 días después de recibir los artículos.",
        ])
        .to_string(),
        Recourse::BrConformity { last_day } => with_date(
            [
                "If the item is faulty, claim under the Brazilian legal conformity warranty until {date}.",
                "Si l’article est défectueux, faites jouer la garantie légale de conformité brésilienne jusqu’au {date}.",
                "Wenn der Artikel mangelhaft ist, machen Sie bis zum {date} Ihre Rechte aus der brasilianischen gesetzlichen Gewährleistung geltend.",
                "Si el artículo es defectuoso, reclame por la garantía legal de conformidad brasileña hasta el {date}.",
            ],
            date_of(lang, *last_day),
        ),
        Recourse::StatutoryRights { country } => fill(
            pick(lang, [
                "Rely on your statutory rights as a consumer in your country of residence ({country}), which the Buyer Protection Program never limits.",
                "Faites valoir les droits que la loi vous accorde en tant que consommateur dans votre pays de résidence ({country}), que le programme de protection des acheteurs ne limite jamais.",
                "Berufen Sie sich auf Ihre gesetzlichen Verbraucherrechte in Ihrem Wohnsitzland ({country}), die das Käuferschutzprogramm nie einschränkt.",
                "Ejerza los derechos que la ley le reconoce como consumidor en su país de residencia ({country}), que el Programa de Protección al Comprador nunca limita.",
            ]),
            &[("country", &country_name(lang, country))],
        ),
        Recourse::AfterSalesDispute => pick(lang, [
            "Open an after-sales dispute from the order page (My orders → order details): if you and the seller cannot settle the request, the platform decides.",
            "Ouvrez un litige après-vente depuis la page de la commande (Mes commandes → détail de la commande)\u{a0}: si le vendeur et vous ne parvenez pas à un accord, la plateforme tranche.",
            "Eröffnen Sie über die Bestellseite (Meine Bestellungen → Bestelldetails) einen Streitfall nach dem Kauf: Wenn Sie und der Verkäufer sich nicht einigen können, entscheidet die Plattform.",
            "Abra una disputa posventa desde la página del pedido (Mis pedidos → detalles del pedido): si usted y el vendedor no llegan a un acuerdo, decide la plataforma.",
        ])
        .to_string(),
    }
}

// ---------------------------------------------------------------------------
// The fixed text of the emails
// ---------------------------------------------------------------------------

/// The emails' fixed text in one language. `{name}` placeholders are filled
/// by [`fill`] before the text reaches a template (and is escaped there).
#[derive(Serialize)]
struct Strings {
    /// Between a label and its value: ": ", in French "\u{a0}: ".
    sep: &'static str,
    /// Before a list: ":", in French "\u{a0}:".
    colon: &'static str,
    /// Between items of a list on one line: "; ", in French "\u{a0}; ".
    list_sep: &'static str,
    subject_buyer: &'static str,
    subject_seller: &'static str,
    heading_buyer: &'static str,
    heading_seller: &'static str,
    status_granted: &'static str,
    status_partly: &'static str,
    status_refused: &'static str,
    status_info: &'static str,
    greeting: &'static str,
    intro_buyer: &'static str,
    intro_seller: &'static str,
    details_heading: &'static str,
    request_label: &'static str,
    order_label: &'static str,
    reason_label: &'static str,
    requested_label: &'static str,
    items_heading_buyer: &'static str,
    items_heading_seller: &'static str,
    line_granted: &'static str,
    line_refused: &'static str,
    quantity: &'static str,
    granted_under: &'static str,
    /// Before the rule that decided a granted line.
    decided_by: &'static str,
    remedy: &'static str,
    return_label: &'static str,
    back_to_you: &'static str,
    amount: &'static str,
    also_granted: &'static str,
    refused_under: &'static str,
    why_not_others: &'static str,
    charged_to_you: &'static str,
    refund_heading: &'static str,
    total: &'static str,
    paid_to: &'static str,
    payout_bonus: &'static str,
    payout_original: &'static str,
    paid_now: &'static str,
    paid_after_check: &'static str,
    after_check_note: &'static str,
    confirmation: &'static str,
    /// Said instead of [`Strings::confirmation`] when nothing waits for a return.
    confirmed_now: &'static str,
    label_heading: &'static str,
    label_granted: &'static str,
    label_shared: &'static str,
    label_limit: &'static str,
    label_suspended: &'static str,
    request_refused: &'static str,
    still_open_heading: &'static str,
    rights_heading: &'static str,
    rights_buyer: &'static str,
    help: &'static str,
    signature: &'static str,
    seller_summary_heading: &'static str,
    refunded_on_yours: &'static str,
    charged_total: &'static str,
    returns_yes: &'static str,
    returns_no: &'static str,
    no_lines: &'static str,
    seller_todo_heading: &'static str,
    seller_respond: &'static str,
    seller_dispute: &'static str,
    seller_rights: &'static str,
    // The confirmation after the warehouse's check ([`settlement_email`]).
    settled_subject_passed: &'static str,
    settled_subject_failed: &'static str,
    settled_heading_passed: &'static str,
    settled_heading_failed: &'static str,
    /// `{order}`, `{date}`.
    settled_intro_passed: &'static str,
    /// `{order}`, `{date}`.
    settled_intro_failed: &'static str,
    settled_checked_label: &'static str,
    settled_items_heading: &'static str,
    settled_to_bonus: &'static str,
    settled_to_original: &'static str,
    settled_bonus_note: &'static str,
    settled_original_note: &'static str,
    settled_found_heading: &'static str,
    /// What the warehouse found, when its message says nothing.
    settled_found_none: &'static str,
    settled_no_refund: &'static str,
}

const EN: Strings = Strings {
    sep: ": ",
    colon: ":",
    list_sep: "; ",
    subject_buyer: "Your refund request {request} for order {order}: {status}",
    subject_seller: "Refund request {request} on order {order}: {status}",
    heading_buyer: "Your refund request: {status}",
    heading_seller: "Refund request on your listings: {status}",
    status_granted: "granted",
    status_partly: "partly granted",
    status_refused: "refused",
    status_info: "for your information",
    greeting: "Hello {name},",
    intro_buyer: "We have decided on your refund request for order {order}. Here is the decision on each item.",
    intro_seller: "A buyer asked for a refund on order {order}. Here is the decision on your listings in the request.",
    details_heading: "Request details",
    request_label: "Request",
    order_label: "Order",
    reason_label: "Reason",
    requested_label: "Requested on",
    items_heading_buyer: "Your items",
    items_heading_seller: "Your listings in this request",
    line_granted: "Granted",
    line_refused: "Refused",
    quantity: "Quantity",
    granted_under: "Granted under",
    decided_by: "Why",
    remedy: "Remedy",
    return_label: "Return",
    back_to_you: "Items back to you",
    amount: "Amount refunded",
    also_granted: "Also granted under",
    refused_under: "Refused under the rules",
    why_not_others: "Why other grounds do not apply",
    charged_to_you: "This is a product-recall refund: it is charged to you.",
    refund_heading: "Your refund",
    total: "Total refund",
    paid_to: "Paid to",
    payout_bonus: "your fast refund bonus (available to spend at once when the refund is paid)",
    payout_original: "your original payment method (your bank may take a few more days to show the transaction)",
    paid_now: "Being paid now",
    paid_after_check: "Paid after the warehouse's quality check",
    after_check_note: "The refund of returned items is paid as soon as the warehouse's quality check of the returned items is completed and they meet the conditions of refund.",
    confirmation: "You will receive a confirmation when the refund is done.",
    confirmed_now: "This email confirms it: the refund is done.",
    label_heading: "Return label",
    label_granted: "A pre-paid return label is issued for this request. Pack the items and send them back with it, following the instructions on the return form.",
    label_shared: "This request shares the pre-paid return label already issued for this order: please return all returned items of the order in one parcel. If you send only part of them with the label, you may have to pay the shipping of the others.",
    label_limit: "No pre-paid return label: you have already received the maximum of three (3) pre-paid return labels this calendar month. Who pays the return of each item is shown above.",
    label_suspended: "No pre-paid return label: return package services are currently suspended at your delivery address. Who pays the return of each item is shown above.",
    request_refused: "The request was refused under the rules",
    still_open_heading: "What you can still do",
    rights_heading: "Your statutory rights",
    rights_buyer: "The Buyer Protection Program is in addition to and never limits your statutory rights as a consumer under the mandatory laws of your country of residence.",
    help: "If you have a question, contact customer service from the Help section of your account.",
    signature: "Buyer Protection team",
    seller_summary_heading: "For you",
    refunded_on_yours: "Refunded on your listings",
    charged_total: "Charged to you (product recall)",
    returns_yes: "Items come back to you: see the return of each listing above.",
    returns_no: "No item comes back to you.",
    no_lines: "This request names none of your listings.",
    seller_todo_heading: "What you can do",
    seller_respond: "Respond to the buyer through the seller centre (order {order}) to offer a solution or explain your position.",
    seller_dispute: "A request that you and the buyer cannot settle goes to the platform as an after-sales dispute, and the platform decides.",
    seller_rights: "The programme never limits the buyer's statutory rights: you remain bound by the legal guarantee and return rules of the buyer's country of residence.",
    settled_subject_passed: "Your refund request {request} for order {order}: the refund is done",
    settled_subject_failed: "Your refund request {request} for order {order}: the returned items did not pass the quality check",
    settled_heading_passed: "Your refund is done",
    settled_heading_failed: "Your returned items did not pass the quality check",
    settled_intro_passed: "The items you returned for order {order} passed the warehouse's quality check on {date}. Your refund is done.",
    settled_intro_failed: "The warehouse checked the items you returned for order {order} on {date}: they did not pass the quality check.",
    settled_checked_label: "Checked on",
    settled_items_heading: "Your returned items",
    settled_to_bonus: "your fast refund bonus",
    settled_to_original: "your original payment method",
    settled_bonus_note: "The refund is available to spend at once.",
    settled_original_note: "Depending on your bank, the transaction may take some time to appear on your account.",
    settled_found_heading: "What the warehouse found",
    settled_found_none: "The returned items do not meet the conditions of refund.",
    settled_no_refund: "No refund is paid for these items.",
};

const FR: Strings = Strings {
    sep: "\u{a0}: ",
    colon: "\u{a0}:",
    list_sep: "\u{a0}; ",
    subject_buyer: "Votre demande de remboursement {request} pour la commande {order}\u{a0}: {status}",
    subject_seller: "Demande de remboursement {request} sur la commande {order}\u{a0}: {status}",
    heading_buyer: "Votre demande de remboursement\u{a0}: {status}",
    heading_seller: "Demande de remboursement sur vos annonces\u{a0}: {status}",
    status_granted: "acceptée",
    status_partly: "partiellement acceptée",
    status_refused: "refusée",
    status_info: "pour information",
    greeting: "Bonjour {name},",
    intro_buyer: "Nous avons statué sur votre demande de remboursement pour la commande {order}. Voici la décision pour chaque article.",
    intro_seller: "Un acheteur a demandé un remboursement sur la commande {order}. Voici la décision concernant vos annonces dans cette demande.",
    details_heading: "Détails de la demande",
    request_label: "Demande",
    order_label: "Commande",
    reason_label: "Motif",
    requested_label: "Demandé le",
    items_heading_buyer: "Vos articles",
    items_heading_seller: "Vos annonces dans cette demande",
    line_granted: "Accordé",
    line_refused: "Refusé",
    quantity: "Quantité",
    granted_under: "Fondement",
    decided_by: "Motif",
    remedy: "Solution",
    return_label: "Retour",
    back_to_you: "Retour des articles",
    amount: "Montant remboursé",
    also_granted: "Autres fondements applicables",
    refused_under: "Refusé en application des règles",
    why_not_others: "Pourquoi d’autres fondements ne s’appliquent pas",
    charged_to_you: "Il s’agit d’un remboursement lié au rappel du produit\u{a0}: il est à votre charge.",
    refund_heading: "Votre remboursement",
    total: "Remboursement total",
    paid_to: "Versé sur",
    payout_bonus: "votre bonus de remboursement rapide (utilisable immédiatement dès le versement du remboursement)",
    payout_original: "votre moyen de paiement d’origine (votre banque peut mettre quelques jours de plus à faire apparaître l’opération)",
    paid_now: "Versé dès maintenant",
    paid_after_check: "Versé après le contrôle qualité à l’entrepôt",
    after_check_note: "Le remboursement des articles retournés est versé dès que leur contrôle qualité à l’entrepôt est terminé et qu’ils remplissent les conditions de remboursement.",
    confirmation: "Vous recevrez une confirmation une fois le remboursement effectué.",
    confirmed_now: "Cet e-mail vaut confirmation : le remboursement est effectué.",
    label_heading: "Étiquette de retour",
    label_granted: "Une étiquette de retour prépayée est émise pour cette demande. Emballez les articles et renvoyez-les avec cette étiquette, en suivant les instructions du formulaire de retour.",
    label_shared: "Cette demande partage l’étiquette de retour prépayée déjà émise pour cette commande\u{a0}: renvoyez tous les articles retournés de la commande dans un seul colis. Si vous n’en renvoyez qu’une partie avec l’étiquette, les frais d’envoi des autres pourront être à votre charge.",
    label_limit: "Pas d’étiquette de retour prépayée\u{a0}: vous avez déjà reçu le maximum de trois (3) étiquettes de retour prépayées ce mois-ci. La prise en charge du retour de chaque article est indiquée ci-dessus.",
    label_suspended: "Pas d’étiquette de retour prépayée\u{a0}: les services de retour de colis sont actuellement suspendus à votre adresse de livraison. La prise en charge du retour de chaque article est indiquée ci-dessus.",
    request_refused: "La demande a été refusée en application des règles",
    still_open_heading: "Ce que vous pouvez encore faire",
    rights_heading: "Vos droits légaux",
    rights_buyer: "Le programme de protection des acheteurs s’ajoute aux droits que les lois impératives de votre pays de résidence vous accordent en tant que consommateur et ne les limite jamais.",
    help: "Pour toute question, contactez notre service client depuis la rubrique Aide de votre compte.",
    signature: "L’équipe Protection des acheteurs",
    seller_summary_heading: "Pour vous",
    refunded_on_yours: "Remboursé sur vos annonces",
    charged_total: "À votre charge (rappel de produit)",
    returns_yes: "Des articles vous sont renvoyés\u{a0}: voir le retour de chaque annonce ci-dessus.",
    returns_no: "Aucun article ne vous est renvoyé.",
    no_lines: "Cette demande ne concerne aucune de vos annonces.",
    seller_todo_heading: "Ce que vous pouvez faire",
    seller_respond: "Répondez à l’acheteur depuis le centre vendeur (commande {order}) pour proposer une solution ou expliquer votre position.",
    seller_dispute: "Une demande que l’acheteur et vous ne parvenez pas à régler est transmise à la plateforme sous forme de litige après-vente, et la plateforme tranche.",
    seller_rights: "Le programme ne limite jamais les droits légaux de l’acheteur\u{a0}: vous restez tenu par les règles de garantie légale et de retour de son pays de résidence.",
    settled_subject_passed: "Votre demande de remboursement {request} pour la commande {order}\u{a0}: remboursement effectué",
    settled_subject_failed: "Votre demande de remboursement {request} pour la commande {order}\u{a0}: les articles retournés n’ont pas passé le contrôle qualité",
    settled_heading_passed: "Votre remboursement est effectué",
    settled_heading_failed: "Vos articles retournés n’ont pas passé le contrôle qualité",
    settled_intro_passed: "Les articles que vous avez retournés pour la commande {order} ont passé le contrôle qualité à l’entrepôt le {date}. Votre remboursement est effectué.",
    settled_intro_failed: "L’entrepôt a contrôlé le {date} les articles que vous avez retournés pour la commande {order}\u{a0}: ils n’ont pas passé le contrôle qualité.",
    settled_checked_label: "Contrôlé le",
    settled_items_heading: "Vos articles retournés",
    settled_to_bonus: "votre bonus de remboursement rapide",
    settled_to_original: "votre moyen de paiement d’origine",
    settled_bonus_note: "Le remboursement est utilisable immédiatement.",
    settled_original_note: "Selon votre banque, l’opération peut mettre un certain temps à apparaître sur votre compte.",
    settled_found_heading: "Constat de l’entrepôt",
    settled_found_none: "Les articles retournés ne remplissent pas les conditions de remboursement.",
    settled_no_refund: "Aucun remboursement n’est versé pour ces articles.",
};

const DE: Strings = Strings {
    sep: ": ",
    colon: ":",
    list_sep: "; ",
    subject_buyer: "Ihr Erstattungsantrag {request} zur Bestellung {order}: {status}",
    subject_seller: "Erstattungsantrag {request} zur Bestellung {order}: {status}",
    heading_buyer: "Ihr Erstattungsantrag: {status}",
    heading_seller: "Erstattungsantrag zu Ihren Angeboten: {status}",
    status_granted: "bewilligt",
    status_partly: "teilweise bewilligt",
    status_refused: "abgelehnt",
    status_info: "zur Information",
    greeting: "Guten Tag {name},",
    intro_buyer: "Wir haben über Ihren Erstattungsantrag zur Bestellung {order} entschieden. Hier ist die Entscheidung für jeden Artikel.",
    intro_seller: "Ein Käufer hat zur Bestellung {order} eine Erstattung beantragt. Hier ist die Entscheidung zu Ihren Angeboten in diesem Antrag.",
    details_heading: "Angaben zum Antrag",
    request_label: "Antrag",
    order_label: "Bestellung",
    reason_label: "Grund",
    requested_label: "Beantragt am",
    items_heading_buyer: "Ihre Artikel",
    items_heading_seller: "Ihre Angebote in diesem Antrag",
    line_granted: "Bewilligt",
    line_refused: "Abgelehnt",
    quantity: "Menge",
    granted_under: "Grundlage",
    decided_by: "Begründung",
    remedy: "Abhilfe",
    return_label: "Rücksendung",
    back_to_you: "Rücksendung an Sie",
    amount: "Erstatteter Betrag",
    also_granted: "Weitere zutreffende Grundlagen",
    refused_under: "Abgelehnt nach den Regeln",
    why_not_others: "Warum andere Grundlagen nicht greifen",
    charged_to_you: "Dies ist eine Erstattung wegen eines Produktrückrufs: Sie wird Ihnen belastet.",
    refund_heading: "Ihre Erstattung",
    total: "Erstattung insgesamt",
    paid_to: "Auszahlung auf",
    payout_bonus: "Ihren Schnellerstattungsbonus (sofort nach der Auszahlung verfügbar)",
    payout_original: "Ihre ursprüngliche Zahlungsmethode (Ihre Bank braucht eventuell einige Tage länger, um die Buchung anzuzeigen)",
    paid_now: "Wird jetzt ausgezahlt",
    paid_after_check: "Ausgezahlt nach der Qualitätsprüfung im Lager",
    after_check_note: "Die Erstattung zurückgesandter Artikel wird ausgezahlt, sobald ihre Qualitätsprüfung im Lager abgeschlossen ist und sie die Erstattungsbedingungen erfüllen.",
    confirmation: "Sie erhalten eine Bestätigung, sobald die Erstattung erfolgt ist.",
    confirmed_now: "Diese E-Mail ist Ihre Bestätigung: Die Erstattung ist erfolgt.",
    label_heading: "Rücksendeetikett",
    label_granted: "Für diesen Antrag wird ein vorfrankiertes Rücksendeetikett ausgestellt. Verpacken Sie die Artikel und senden Sie sie damit zurück; folgen Sie dabei den Anweisungen auf dem Rücksendeformular.",
    label_shared: "Dieser Antrag nutzt das bereits für diese Bestellung ausgestellte vorfrankierte Rücksendeetikett: Senden Sie bitte alle zurückgegebenen Artikel der Bestellung in einem Paket zurück. Wenn Sie nur einen Teil davon mit dem Etikett senden, müssen Sie den Versand der übrigen möglicherweise selbst bezahlen.",
    label_limit: "Kein vorfrankiertes Rücksendeetikett: Sie haben in diesem Kalendermonat bereits die Höchstzahl von drei (3) vorfrankierten Rücksendeetiketten erhalten. Wer die Rücksendung der einzelnen Artikel bezahlt, steht oben.",
    label_suspended: "Kein vorfrankiertes Rücksendeetikett: Rücksendedienste sind an Ihrer Lieferadresse derzeit ausgesetzt. Wer die Rücksendung der einzelnen Artikel bezahlt, steht oben.",
    request_refused: "Der Antrag wurde nach den folgenden Regeln abgelehnt",
    still_open_heading: "Was Sie noch tun können",
    rights_heading: "Ihre gesetzlichen Rechte",
    rights_buyer: "Das Käuferschutzprogramm gilt zusätzlich zu Ihren gesetzlichen Verbraucherrechten nach den zwingenden Vorschriften Ihres Wohnsitzlandes und schränkt sie niemals ein.",
    help: "Bei Fragen wenden Sie sich über den Bereich Hilfe in Ihrem Konto an unseren Kundenservice.",
    signature: "Ihr Käuferschutz-Team",
    seller_summary_heading: "Für Sie",
    refunded_on_yours: "Erstattet auf Ihre Angebote",
    charged_total: "Ihnen belastet (Produktrückruf)",
    returns_yes: "Artikel kommen an Sie zurück: siehe die Rücksendung je Angebot oben.",
    returns_no: "Es kommen keine Artikel an Sie zurück.",
    no_lines: "Dieser Antrag betrifft keines Ihrer Angebote.",
    seller_todo_heading: "Was Sie tun können",
    seller_respond: "Antworten Sie dem Käufer über das Verkäuferzentrum (Bestellung {order}), um eine Lösung anzubieten oder Ihre Sicht darzulegen.",
    seller_dispute: "Ein Antrag, über den Sie und der Käufer sich nicht einigen können, geht als Streitfall nach dem Kauf an die Plattform, die dann entscheidet.",
    seller_rights: "Das Programm schränkt die gesetzlichen Rechte des Käufers nie ein: Sie bleiben an die gesetzlichen Gewährleistungs- und Rückgaberegeln seines Wohnsitzlandes gebunden.",
    settled_subject_passed: "Ihr Erstattungsantrag {request} zur Bestellung {order}: Erstattung erfolgt",
    settled_subject_failed: "Ihr Erstattungsantrag {request} zur Bestellung {order}: Die zurückgesandten Artikel haben die Qualitätsprüfung nicht bestanden",
    settled_heading_passed: "Ihre Erstattung ist erfolgt",
    settled_heading_failed: "Ihre zurückgesandten Artikel haben die Qualitätsprüfung nicht bestanden",
    settled_intro_passed: "Die Artikel, die Sie zur Bestellung {order} zurückgesandt haben, haben am {date} die Qualitätsprüfung im Lager bestanden. Ihre Erstattung ist erfolgt.",
    settled_intro_failed: "Das Lager hat die Artikel, die Sie zur Bestellung {order} zurückgesandt haben, am {date} geprüft: Sie haben die Qualitätsprüfung nicht bestanden.",
    settled_checked_label: "Geprüft am",
    settled_items_heading: "Ihre zurückgesandten Artikel",
    settled_to_bonus: "Ihren Schnellerstattungsbonus",
    settled_to_original: "Ihre ursprüngliche Zahlungsmethode",
    settled_bonus_note: "Die Erstattung ist sofort verfügbar.",
    settled_original_note: "Je nach Bank kann es einige Zeit dauern, bis die Buchung auf Ihrem Konto erscheint.",
    settled_found_heading: "Feststellung des Lagers",
    settled_found_none: "Die zurückgesandten Artikel erfüllen die Erstattungsbedingungen nicht.",
    settled_no_refund: "Für diese Artikel wird keine Erstattung gezahlt.",
};

const ES: Strings = Strings {
    sep: ": ",
    colon: ":",
    list_sep: "; ",
    subject_buyer: "Su solicitud de reembolso {request} del pedido {order}: {status}",
    subject_seller: "Solicitud de reembolso {request} del pedido {order}: {status}",
    heading_buyer: "Su solicitud de reembolso: {status}",
    heading_seller: "Solicitud de reembolso sobre sus anuncios: {status}",
    status_granted: "aceptada",
    status_partly: "aceptada en parte",
    status_refused: "rechazada",
    status_info: "para su información",
    greeting: "Hola, {name}:",
    intro_buyer: "Hemos resuelto su solicitud de reembolso del pedido {order}. Esta es la decisión para cada artículo.",
    intro_seller: "Un comprador ha solicitado un reembolso del pedido {order}. Esta es la decisión sobre sus anuncios incluidos en la solicitud.",
    details_heading: "Datos de la solicitud",
    request_label: "Solicitud",
    order_label: "Pedido",
    reason_label: "Motivo",
    requested_label: "Solicitado el",
    items_heading_buyer: "Sus artículos",
    items_heading_seller: "Sus anuncios en esta solicitud",
    line_granted: "Concedido",
    line_refused: "Rechazado",
    quantity: "Cantidad",
    granted_under: "Fundamento",
    decided_by: "Motivo",
    remedy: "Solución",
    return_label: "Devolución",
    back_to_you: "Devolución de los artículos",
    amount: "Importe reembolsado",
    also_granted: "Otros fundamentos aplicables",
    refused_under: "Rechazado según las normas",
    why_not_others: "Por qué no se aplican otros fundamentos",
    charged_to_you: "Es un reembolso por recuperación del producto: se le carga a usted.",
    refund_heading: "Su reembolso",
    total: "Reembolso total",
    paid_to: "Abonado en",
    payout_bonus: "su bono de reembolso rápido (disponible de inmediato en cuanto se abona el reembolso)",
    payout_original: "su método de pago original (su banco puede tardar unos días más en reflejar la operación)",
    paid_now: "Se abona ahora",
    paid_after_check: "Abonado tras el control de calidad en el almacén",
    after_check_note: "El reembolso de los artículos devueltos se abona en cuanto termina su control de calidad en el almacén y cumplen las condiciones de reembolso.",
    confirmation: "Recibirá una confirmación cuando se haya realizado el reembolso.",
    confirmed_now: "Este correo es su confirmación: el reembolso se ha realizado.",
    label_heading: "Etiqueta de devolución",
    label_granted: "Se emite una etiqueta de devolución prepagada para esta solicitud. Embale los artículos y envíelos con ella, siguiendo las instrucciones del formulario de devolución.",
    label_shared: "Esta solicitud comparte la etiqueta de devolución prepagada ya emitida para este pedido: devuelva todos los artículos del pedido en un solo paquete. Si envía solo una parte con la etiqueta, es posible que tenga que pagar el envío del resto.",
    label_limit: "Sin etiqueta de devolución prepagada: ya ha recibido el máximo de tres (3) etiquetas de devolución prepagadas este mes natural. Arriba se indica quién paga la devolución de cada artículo.",
    label_suspended: "Sin etiqueta de devolución prepagada: los servicios de devolución de paquetes están suspendidos actualmente en su dirección de entrega. Arriba se indica quién paga la devolución de cada artículo.",
    request_refused: "La solicitud se rechazó según las normas",
    still_open_heading: "Lo que aún puede hacer",
    rights_heading: "Sus derechos legales",
    rights_buyer: "El Programa de Protección al Comprador se suma a los derechos que las leyes imperativas de su país de residencia le reconocen como consumidor y nunca los limita.",
    help: "Si tiene alguna pregunta, póngase en contacto con nuestro servicio de atención al cliente desde la sección Ayuda de su cuenta.",
    signature: "El equipo de Protección al Comprador",
    seller_summary_heading: "Para usted",
    refunded_on_yours: "Reembolsado en sus anuncios",
    charged_total: "A su cargo (recuperación de producto)",
    returns_yes: "Se le devuelven artículos: vea la devolución de cada anuncio arriba.",
    returns_no: "No se le devuelve ningún artículo.",
    no_lines: "Esta solicitud no afecta a ninguno de sus anuncios.",
    seller_todo_heading: "Lo que puede hacer",
    seller_respond: "Responda al comprador a través del centro de vendedores (pedido {order}) para ofrecer una solución o explicar su postura.",
    seller_dispute: "Una solicitud que usted y el comprador no puedan resolver pasa a la plataforma como disputa posventa, y la plataforma decide.",
    seller_rights: "El programa nunca limita los derechos legales del comprador: usted sigue obligado por las normas de garantía legal y de devolución de su país de residencia.",
    settled_subject_passed: "Su solicitud de reembolso {request} del pedido {order}: reembolso realizado",
    settled_subject_failed: "Su solicitud de reembolso {request} del pedido {order}: los artículos devueltos no superaron el control de calidad",
    settled_heading_passed: "Su reembolso se ha realizado",
    settled_heading_failed: "Sus artículos devueltos no superaron el control de calidad",
    settled_intro_passed: "Los artículos que devolvió del pedido {order} superaron el control de calidad en el almacén el {date}. Su reembolso se ha realizado.",
    settled_intro_failed: "El almacén revisó el {date} los artículos que devolvió del pedido {order}: no superaron el control de calidad.",
    settled_checked_label: "Revisado el",
    settled_items_heading: "Sus artículos devueltos",
    settled_to_bonus: "su bono de reembolso rápido",
    settled_to_original: "su método de pago original",
    settled_bonus_note: "El reembolso está disponible de inmediato.",
    settled_original_note: "Según su banco, la operación puede tardar algo de tiempo en reflejarse en su cuenta.",
    settled_found_heading: "Lo que constató el almacén",
    settled_found_none: "Los artículos devueltos no cumplen las condiciones de reembolso.",
    settled_no_refund: "No se abona ningún reembolso por estos artículos.",
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

/// The buyer's email when the warehouse checked the returned items (the
/// confirmation the decision email promises): the refund paid (amount, where)
/// when the items passed the check; when they failed it, what the warehouse
/// found, that no refund is paid for them, and what the buyer can still do.
/// The returned items are the granted lines whose remedy waited for the
/// return. Who bears the refund is never said.
pub fn settlement_email(
    record: &RefundRecord,
    settlement: &super::request::Settlement,
    buyer: &Buyer,
) -> Result<Email, RenderError> {
    let lang = Language::from_locale(buyer.locale.as_deref());
    let t = strings(lang);
    let checked_on = format_date(lang, settlement.checked_at);
    let passed = settlement.passed;
    let subject = fill(
        if passed {
            t.settled_subject_passed
        } else {
            t.settled_subject_failed
        },
        &[("request", &record.request_id), ("order", &record.order_id)],
    );
    let amount = settlement
        .amount
        .as_ref()
        .filter(|_| passed)
        .map(|m| money(lang, m));

    let returned = decided_lines(record, |_| true);
    let returned: Vec<&(&RecordLine, &LineDecision)> = returned
        .iter()
        .filter(|(_, ld)| ld.granted && ld.remedy == RefundRemedy::RefundAfterReturn)
        .collect();
    // One line's amount repeats the total; several lines (or no total) show
    // each line's part.
    let line_amounts = passed && (returned.len() > 1 || amount.is_none());
    let lines: Vec<ReturnedLine> = returned
        .iter()
        .map(|(rl, ld)| ReturnedLine {
            title: rl.title.clone(),
            quantity: rl.quantity,
            amount: ld
                .refund_amount
                .as_ref()
                .filter(|_| line_amounts)
                .map(|m| money(lang, m)),
        })
        .collect();

    let (paid_to, payout_note) = match settlement.payout {
        Payout::RefundBonus => (t.settled_to_bonus, t.settled_bonus_note),
        Payout::OriginalPayment => (t.settled_to_original, t.settled_original_note),
    };

    // A failed check: what the warehouse found, and what is still open.
    let found = (!passed).then(|| {
        settlement
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map_or_else(|| t.settled_found_none.to_string(), str::to_string)
    });
    let still_open: Vec<String> = if passed {
        Vec::new()
    } else {
        let country = record
            .decision
            .still_open
            .iter()
            .find_map(|r| match r {
                Recourse::StatutoryRights { country } => Some(country.clone()),
                _ => None,
            })
            .unwrap_or_else(|| record.buyer_country.clone());
        [
            Recourse::ContactSeller,
            Recourse::StatutoryRights { country },
            Recourse::AfterSalesDispute,
        ]
        .iter()
        .map(|r| recourse_text(lang, r))
        .collect()
    };

    let date = [("order", record.order_id.as_str()), ("date", &checked_on)];
    let ctx = SettlementContext {
        lang: lang.code(),
        t,
        subject: subject.clone(),
        heading: if passed {
            t.settled_heading_passed
        } else {
            t.settled_heading_failed
        },
        greeting: fill(t.greeting, &[("name", buyer.name.trim())]),
        intro: fill(
            if passed {
                t.settled_intro_passed
            } else {
                t.settled_intro_failed
            },
            &date,
        ),
        request_id: &record.request_id,
        order_id: &record.order_id,
        checked_on,
        passed,
        lines,
        amount,
        paid_to,
        payout_note,
        found,
        still_open,
    };
    let value = minijinja::Value::from_serialize(&ctx);
    compose(
        &buyer.email,
        subject,
        ("refund_settled.txt", "refund_settled.html"),
        &value,
    )
}

#[derive(Serialize)]
struct SettlementContext<'a> {
    lang: &'static str,
    t: &'static Strings,
    subject: String,
    heading: &'static str,
    greeting: String,
    intro: String,
    request_id: &'a str,
    order_id: &'a str,
    checked_on: String,
    passed: bool,
    /// The returned items the check was about.
    lines: Vec<ReturnedLine>,
    /// Passed: the amount refunded now.
    amount: Option<String>,
    paid_to: &'static str,
    payout_note: &'static str,
    /// Failed: the warehouse's note, or the fallback sentence.
    found: Option<String>,
    /// Failed: what the buyer can still do.
    still_open: Vec<String>,
}

/// One returned line of the settlement email.
#[derive(Serialize)]
struct ReturnedLine {
    title: String,
    quantity: u32,
    amount: Option<String>,
}
