//! Emails rendered from templates (text and HTML). HTML auto-escapes every
//! value, so a regulator's or seller's text can never inject markup.

use crate::catalog::Seller;
use crate::kernel::text::one_line;
use crate::recall::case::{Case, MeasureKind, SellerNotice};
use crate::recall::penalty::Severity;
use crate::recall::Recall;
use minijinja::{context, AutoEscape, Environment};
use serde::Serialize;
use std::sync::OnceLock;

/// A rendered email, ready for SES.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

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

fn severity_text(s: Severity) -> &'static str {
    match s {
        Severity::General => "general violation",
        Severity::Serious => "serious violation",
    }
}

/// The recall notice of SPEC 1.4.1 for one seller.
pub fn seller_notice(
    notice: &SellerNotice,
    recall: &Recall,
    seller: &Seller,
) -> Result<Email, RenderError> {
    let sources: Vec<_> = recall
        .sources
        .iter()
        .map(|s| {
            context! {
                label => format!("{} {}", source_label(&s.source), s.reference),
                url => s.url.clone(),
            }
        })
        .collect();
    let items: Vec<_> = notice
        .items
        .iter()
        .map(|i| {
            let measures: Vec<_> = i
                .measures
                .iter()
                .map(|m| {
                    let place = match (&m.market, m.kind) {
                        (Some(c), MeasureKind::ReturnToWarehouse) => format!("{c} warehouse"),
                        (Some(c), _) => c.to_string(),
                        (None, _) => "all markets".to_string(),
                    };
                    context! { where => place, what => m.kind.label() }
                })
                .collect();
            context! {
                case_id => i.case_id.clone(),
                listing_id => i.listing_id.clone(),
                listing_title => i.listing_title.clone(),
                evidence => i.evidence.clone(),
                measures => measures,
                penalty_text => match &i.penalty {
                    Some(p) => format!(
                        "{} points ({}), booked on your penalty ledger; reversed if your appeal is upheld",
                        p.points,
                        severity_text(p.severity)
                    ),
                    None => OWN_RECALL_PENALTY.to_string(),
                },
            }
        })
        .collect();
    let worst = notice
        .items
        .iter()
        .filter_map(|i| i.penalty.as_ref().map(|p| p.points))
        .max();
    let penalty_summary = match worst {
        Some(w) if w >= 6 => Some("6 points per listing (serious violation)"),
        Some(_) => Some("2 points per listing (general violation)"),
        // Every listing of the notice is the seller's own recall.
        None => None,
    };
    let deadline = when(notice.appeal_deadline);
    let listings = notice.items.len();
    let subject = if notice.update {
        let markets: std::collections::BTreeSet<String> = notice
            .items
            .iter()
            .flat_map(|i| {
                i.measures
                    .iter()
                    .filter_map(|m| m.market.as_ref().map(|c| c.to_string()))
            })
            .collect();
        format!(
            "Update – Product safety recall: {} – now also blocked in {}, appeal by {}",
            one_line(&recall.title, 80),
            markets.into_iter().collect::<Vec<_>>().join(", "),
            notice.appeal_deadline.format("%Y-%m-%d"),
        )
    } else {
        format!(
            "Product safety recall: {} – {} listing{} blocked, appeal by {}",
            one_line(&recall.title, 80),
            listings,
            if listings == 1 { "" } else { "s" },
            notice.appeal_deadline.format("%Y-%m-%d"),
        )
    };
    let ctx = context! {
        subject => subject.clone(),
        update => notice.update,
        seller_name => seller.name.clone(),
        recall_title => recall.title.clone(),
        recall_id => recall.id.clone(),
        sources => sources,
        risk => recall.risk.as_str(),
        hazard => recall.hazard.clone(),
        items => items,
        penalty_summary => penalty_summary,
        deadline => deadline,
    };
    compose(
        seller.notice_address(),
        subject,
        ("seller_notice.txt", "seller_notice.html"),
        &ctx,
    )
}

/// What a notice says of the penalty on a listing whose seller recalls the
/// product itself (a supply-chain recall the seller reported).
pub const OWN_RECALL_PENALTY: &str = "none: you reported this recall of your own product, as the rules ask, so no points are booked for it";

/// The regulator's name for a source adapter.
pub fn source_label(source: &str) -> &str {
    match source {
        "cpsc" => "US CPSC",
        "rappelconso" => "RappelConso (France)",
        "safety_gate" => "EU Safety Gate",
        "platform" => "Platform",
        other => other,
    }
}

/// What happened to a seller's case, for `case_update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseUpdate {
    AppealReceived,
    AppealUpheld { reason: String },
    AppealRejected { reason: String },
}

fn when(t: chrono::DateTime<chrono::Utc>) -> String {
    crate::kernel::time::human_time(t)
}

fn case_facts(case: &Case, recall: Option<&Recall>) -> Vec<minijinja::Value> {
    let mut facts = vec![
        context! { label => "Case", value => case.case_id.clone() },
        context! { label => "Listing", value => format!("{} ({})", case.listing_title, case.listing_id) },
    ];
    if let Some(r) = recall {
        facts.push(context! { label => "Recall", value => format!("{} ({})", r.title, r.id) });
    }
    let markets: Vec<String> = case.markets.iter().map(|c| c.to_string()).collect();
    facts.push(context! { label => "Markets", value => markets.join(", ") });
    if let Some(d) = case.appeal_deadline {
        facts.push(context! { label => "Appeal deadline", value => when(d) });
    }
    facts
}

fn render_update(
    to: &str,
    subject: String,
    heading: &str,
    seller: &Seller,
    paragraphs: Vec<String>,
    facts: Vec<minijinja::Value>,
) -> Result<Email, RenderError> {
    let ctx = context! {
        subject => subject.clone(),
        heading => heading,
        seller_name => seller.name.clone(),
        paragraphs => paragraphs,
        facts => facts,
    };
    compose(to, subject, ("case_update.txt", "case_update.html"), &ctx)
}

/// The seller is told what became of their case: appeal received, upheld
/// (measures and penalty reversed) or rejected (the consumer recall starts).
pub fn case_update(
    update: &CaseUpdate,
    case: &Case,
    recall: Option<&Recall>,
    seller: &Seller,
) -> Result<Email, RenderError> {
    let markets: Vec<String> = case.markets.iter().map(|c| c.to_string()).collect();
    let markets = markets.join(", ");
    let points = case.penalty.as_ref().map(|p| p.points);
    let (subject, heading, paragraphs) = match update {
        CaseUpdate::AppealReceived => {
            let (filed, grounds) = case
                .appeal
                .as_ref()
                .map(|a| (when(a.filed_at), a.grounds.clone()))
                .unwrap_or_default();
            (
                format!("Appeal received: case {}", case.case_id),
                "We received your appeal",
                vec![
                    format!(
                        "We received your appeal on {filed}. A reviewer will decide on it and we will tell you the outcome. The measures on your listing stay in place until then{}",
                        if case.consumer_recall.is_some() {
                            ". The regulator ordered consumers to be told at once, so the consumer recall goes on meanwhile."
                        } else {
                            ", and no consumer is contacted while your appeal is open."
                        }
                    ),
                    format!("Your grounds: {grounds}"),
                ],
            )
        }
        CaseUpdate::AppealUpheld { reason } => (
            format!("Appeal upheld: case {} – your listing is back on sale", case.case_id),
            "Your appeal was upheld",
            vec![
                format!("A reviewer upheld your appeal: {reason}"),
                format!(
                    "We have lifted the measures on your listing in {markets}: it is on sale there again.{}{}",
                    match points {
                        Some(p) => format!(" The penalty of {p} points is withdrawn."),
                        None => String::new(),
                    },
                    if case.consumer_recall.is_some() {
                        " The consumers were told already, on the regulator's order."
                    } else {
                        " Consumers will not be contacted about this case."
                    }
                ),
            ],
        ),
        CaseUpdate::AppealRejected { reason } => (
            format!("Appeal rejected: case {} – the consumer recall starts", case.case_id),
            "Your appeal was rejected",
            vec![
                format!("A reviewer rejected your appeal: {reason}"),
                format!("The measures on your listing in {markets} stay in place{}. We are now sending a recall notice to every consumer who bought the product in those markets. The consumers' remedies — the price paid and the order's fees — are charged to you.", match points {
                    Some(p) => format!(" and the penalty of {p} points applies"),
                    None => String::new(),
                }),
            ],
        ),
    };
    render_update(
        seller.notice_address(),
        subject,
        heading,
        seller,
        paragraphs,
        case_facts(case, recall),
    )
}

/// An appeal that cannot be accepted (late, not the seller's listing, a
/// closed or unknown case): the seller is told why, with the deadline.
pub fn appeal_refused(
    case_id: &str,
    seller: &Seller,
    reason: &str,
    deadline: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<Email, RenderError> {
    let mut paragraphs = vec![format!(
        "We could not accept your appeal on case {case_id}: {reason}."
    )];
    if let Some(d) = deadline {
        paragraphs.push(format!("The appeal deadline of this case: {}.", when(d)));
    }
    paragraphs.push(
        "If you believe this is a mistake, contact the product safety desk and quote the case id."
            .to_string(),
    );
    render_update(
        seller.notice_address(),
        format!("Appeal not accepted: case {case_id}"),
        "Your appeal could not be accepted",
        seller,
        paragraphs,
        vec![context! { label => "Case", value => case_id }],
    )
}
